// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: Virt Ferry contributors
#include "ConnectionConfig.h"
#include "QtPrinting.h"

#include <QString>

#include <gtest/gtest.h>

using Hypervisor = ConnectionConfig::Hypervisor;
using Transport = ConnectionConfig::Transport;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

ConnectionConfig remoteConfig(Transport transport, const char *host)
{
    ConnectionConfig config;
    config.transport = transport;
    config.host = s(host);
    return config;
}

} // namespace

// ---- uri() ----------------------------------------------------------------------------

TEST(ConnectionConfigUri, DefaultIsLocalQemuSystem)
{
    EXPECT_EQ(ConnectionConfig().uri(), s("qemu:///system"));
}

TEST(ConnectionConfigUri, BuildsFromFields)
{
    struct Case
    {
        const char *name;
        ConnectionConfig config;
        const char *expected;
    };
    ConnectionConfig session;
    session.hypervisor = Hypervisor::QemuSession;

    ConnectionConfig testDefault;
    testDefault.hypervisor = Hypervisor::Test;

    ConnectionConfig testFile = testDefault;
    testFile.testDriverPath = s("/tmp/node.xml");

    ConnectionConfig ssh = remoteConfig(Transport::Ssh, "host-b.example");
    ssh.user = s("root");
    ssh.port = 2222;

    ConnectionConfig libssh = remoteConfig(Transport::Libssh, "10.0.0.5");
    libssh.user = s("admin");
    libssh.extraParameters = s("known_hosts=/root/.ssh/known_hosts");

    ConnectionConfig tls = remoteConfig(Transport::Tls, "kvm1.example.org");
    ConnectionConfig tcp = remoteConfig(Transport::Tcp, "kvm2.example.org");
    tcp.port = 16509;

    ConnectionConfig ipv6 = remoteConfig(Transport::Ssh, "fe80::1");
    ipv6.port = 22;
    ConnectionConfig ipv6Bracketed = remoteConfig(Transport::Ssh, "[fe80::1]");

    ConnectionConfig sessionSsh = remoteConfig(Transport::Ssh, "h");
    sessionSsh.hypervisor = Hypervisor::QemuSession;

    ConnectionConfig testSsh = remoteConfig(Transport::Ssh, "h");
    testSsh.hypervisor = Hypervisor::Test;

    ConnectionConfig encodedUser = remoteConfig(Transport::Ssh, "h");
    encodedUser.user = s("dom\\user%");

    ConnectionConfig localIgnoresRemoteFields;
    localIgnoresRemoteFields.user = s("root");
    localIgnoresRemoteFields.host = s("ignored.example");
    localIgnoresRemoteFields.port = 22;

    ConnectionConfig qemuIgnoresTestPath;
    qemuIgnoresTestPath.testDriverPath = s("/tmp/node.xml");

    ConnectionConfig paddedParameters;
    paddedParameters.extraParameters = s("  mode=legacy  ");

    ConnectionConfig custom = remoteConfig(Transport::Ssh, "ignored.example");
    custom.customUri = s("  qemu+unix:///system?socket=/run/x.sock ");

    const Case cases[] = {
        { "session", session, "qemu:///session" },
        { "test default", testDefault, "test:///default" },
        { "test file", testFile, "test:///tmp/node.xml" },
        { "ssh user port", ssh, "qemu+ssh://root@host-b.example:2222/system" },
        { "libssh params", libssh, "qemu+libssh://admin@10.0.0.5/system?known_hosts=/root/.ssh/known_hosts" },
        { "tls", tls, "qemu+tls://kvm1.example.org/system" },
        { "tcp port", tcp, "qemu+tcp://kvm2.example.org:16509/system" },
        { "ipv6 gets brackets", ipv6, "qemu+ssh://[fe80::1]:22/system" },
        { "ipv6 already bracketed", ipv6Bracketed, "qemu+ssh://[fe80::1]/system" },
        { "remote session", sessionSsh, "qemu+ssh://h/session" },
        { "remote test", testSsh, "test+ssh://h/default" },
        { "user percent-encoded", encodedUser, "qemu+ssh://dom%5Cuser%25@h/system" },
        { "local ignores user/host/port", localIgnoresRemoteFields, "qemu:///system" },
        { "qemu ignores test path", qemuIgnoresTestPath, "qemu:///system" },
        { "parameters trimmed", paddedParameters, "qemu:///system?mode=legacy" },
        { "custom uri wins, trimmed", custom, "qemu+unix:///system?socket=/run/x.sock" },
    };
    for (const Case &c : cases)
        EXPECT_EQ(c.config.uri(), s(c.expected)) << c.name;
}

// libvirt cannot parse "test:///tmp/my node.xml" ("Unable to parse URI"), but opens
// "test:///tmp/my%20node.xml"; a literal % must likewise become %25.
TEST(ConnectionConfigUri, TestDriverPathIsPercentEncoded)
{
    ConnectionConfig config;
    config.hypervisor = Hypervisor::Test;
    config.testDriverPath = s("/tmp/my node.xml");
    EXPECT_EQ(config.uri(), s("test:///tmp/my%20node.xml"));
    EXPECT_EQ(ConnectionConfig::fromUri(config.uri()).testDriverPath, config.testDriverPath);

    config.testDriverPath = s("/tmp/100%.xml");
    EXPECT_EQ(config.uri(), s("test:///tmp/100%25.xml"));
    EXPECT_EQ(ConnectionConfig::fromUri(config.uri()).testDriverPath, config.testDriverPath);
}

TEST(ConnectionConfigUri, EffectiveDisplayName)
{
    ConnectionConfig named;
    named.displayName = s("  Lab  ");
    EXPECT_EQ(named.effectiveDisplayName(), s("Lab"));

    ConnectionConfig remote = remoteConfig(Transport::Ssh, "kvm1.example.org");
    EXPECT_EQ(remote.effectiveDisplayName(), s("QEMU/KVM: kvm1.example.org"));

    EXPECT_EQ(ConnectionConfig().effectiveDisplayName(), s("qemu:///system"));
}

// ---- fromUri() ------------------------------------------------------------------------

TEST(ConnectionConfigFromUri, RoundTrips)
{
    const char *const uris[] = {
        "qemu:///system",
        "qemu:///session",
        "qemu+ssh://user@host:22/system",
        "qemu+ssh://root@host-b.example:2222/system",
        "qemu+libssh://h/system?sshauth=privkey",
        "qemu+libssh://admin@10.0.0.5/system?known_hosts=/root/.ssh/known_hosts",
        "qemu+tls://kvm1.example.org/system",
        "qemu+tcp://kvm2.example.org:16509/session",
        "test:///default",
        "test:///abs/path.xml",
        "test+ssh://h/default",
        "qemu+ssh://[fe80::1]/system",
        "qemu+ssh://root@[2001:db8::5]:2200/system",
        "qemu+ssh://h/system?keyfile=/k&no_verify=1",
    };
    for (const char *uri : uris) {
        const ConnectionConfig config = ConnectionConfig::fromUri(s(uri));
        EXPECT_TRUE(config.customUri.isEmpty()) << uri << " landed in customUri";
        EXPECT_EQ(config.uri(), s(uri));
        EXPECT_EQ(ConnectionValidation::firstError(config), QString()) << uri;
    }
}

TEST(ConnectionConfigFromUri, ParsesFields)
{
    const ConnectionConfig ssh = ConnectionConfig::fromUri(s("qemu+ssh://user@host:22/system"));
    EXPECT_EQ(ssh.hypervisor, Hypervisor::QemuSystem);
    EXPECT_EQ(ssh.transport, Transport::Ssh);
    EXPECT_EQ(ssh.user, s("user"));
    EXPECT_EQ(ssh.host, s("host"));
    EXPECT_EQ(ssh.port, 22);
    EXPECT_TRUE(ssh.extraParameters.isEmpty());
    EXPECT_FALSE(ssh.id.isEmpty()) << "a new config needs its own settings key";

    const ConnectionConfig session = ConnectionConfig::fromUri(s("qemu:///session"));
    EXPECT_EQ(session.hypervisor, Hypervisor::QemuSession);
    EXPECT_EQ(session.transport, Transport::Local);
    EXPECT_FALSE(session.isRemote());

    const ConnectionConfig libssh = ConnectionConfig::fromUri(s("qemu+libssh://h/system?sshauth=privkey"));
    EXPECT_EQ(libssh.transport, Transport::Libssh);
    EXPECT_EQ(libssh.host, s("h"));
    EXPECT_EQ(libssh.port, 0);
    EXPECT_EQ(libssh.extraParameters, s("sshauth=privkey"));

    const ConnectionConfig testDefault = ConnectionConfig::fromUri(s("test:///default"));
    EXPECT_EQ(testDefault.hypervisor, Hypervisor::Test);
    EXPECT_TRUE(testDefault.testDriverPath.isEmpty());

    const ConnectionConfig testFile = ConnectionConfig::fromUri(s("test:///abs/path.xml"));
    EXPECT_EQ(testFile.hypervisor, Hypervisor::Test);
    EXPECT_EQ(testFile.testDriverPath, s("/abs/path.xml"));

    const ConnectionConfig ipv6 = ConnectionConfig::fromUri(s("qemu+ssh://[fe80::1]:2222/system"));
    EXPECT_EQ(ipv6.host, s("fe80::1"));
    EXPECT_EQ(ipv6.port, 2222);
    EXPECT_TRUE(ipv6.customUri.isEmpty());
}

TEST(ConnectionConfigFromUri, FreshIdEachTime)
{
    EXPECT_NE(
        ConnectionConfig::fromUri(s("qemu:///system")).id, ConnectionConfig::fromUri(s("qemu:///system")).id);
}

TEST(ConnectionConfigFromUri, UnrecognisedLandsInCustomUri)
{
    const char *const uris[] = {
        "qemu+unix:///system?socket=/x",
        "xen:///",
        "qemu://host.example/system", // implicit TLS: keep the user's exact spelling
        "qemu:///embed?root=/tmp/x",
        "qemu+ext:///system?command=/bin/x",
        "qemu+ssh+x://h/system",
        "qemu:///system#fragment",
        "lxc:///",
        "not a uri",
    };
    for (const char *uri : uris) {
        const ConnectionConfig config = ConnectionConfig::fromUri(s(uri));
        EXPECT_EQ(config.customUri, s(uri));
        EXPECT_EQ(config.uri(), s(uri));
        EXPECT_FALSE(config.id.isEmpty());
    }
}

TEST(ConnectionConfigFromUri, CustomUriIsTrimmed)
{
    const ConnectionConfig config = ConnectionConfig::fromUri(s("  xen:///  "));
    EXPECT_EQ(config.customUri, s("xen:///"));
}

// ---- defaultTestConnection() ----------------------------------------------------------

TEST(ConnectionConfigDefault, EmbeddedTestConnection)
{
    const ConnectionConfig config = ConnectionConfig::defaultTestConnection();
    EXPECT_EQ(config.id, s("embedded-test-default"));
    EXPECT_EQ(config.uri(), s("test:///default"));
    EXPECT_EQ(config.hypervisor, Hypervisor::Test);
    EXPECT_EQ(config.transport, Transport::Local);
    EXPECT_TRUE(config.customUri.isEmpty());
    EXPECT_TRUE(config.testDriverPath.isEmpty());
    EXPECT_TRUE(config.autoconnect);
    EXPECT_FALSE(config.displayName.isEmpty());
    EXPECT_EQ(ConnectionValidation::firstError(config), QString());
    // Stable: the settings recognise it across runs by this id.
    EXPECT_EQ(config, ConnectionConfig::defaultTestConnection());
}

// ---- ConnectionValidation -------------------------------------------------------------

namespace {

struct ValidationCase
{
    const char *input;
    bool valid;
};

void checkCases(
    QString (*validate)(const QString &), const char *function, std::initializer_list<ValidationCase> cases)
{
    for (const ValidationCase &c : cases) {
        const QString error = validate(s(c.input));
        if (c.valid)
            EXPECT_TRUE(error.isEmpty())
                << function << "(\"" << c.input << "\") rejected: " << error.toStdString();
        else
            EXPECT_FALSE(error.isEmpty()) << function << "(\"" << c.input << "\") accepted";
    }
}

} // namespace

TEST(ConnectionValidation, HostError)
{
    checkCases(ConnectionValidation::hostError, "hostError",
        {
            { "host", true },
            { "host-b.example", true },
            { "kvm1.example.org", true },
            { "kvm1.example.org.", true }, // fully qualified
            { "10.0.0.5", true },
            { "fe80::1", true },
            { "[fe80::1]", true },
            { "2001:db8::5", true },
            { "a1", true },
            { "xn--bcher-kva.example", true },
            { "", false },
            { "   ", false },
            { " host", false },
            { "host ", false },
            { "bad host!", false },
            { "-lead.example", false },
            { "trail-.example", false },
            { "a..b", false },
            { ".example", false },
            { ".", false },
            { "host:22", false },
            { "user@host", false },
            { "host/path", false },
            { "under_score.example", false },
            { "bücher.example", false },
            { "[fe80::1", false },
            { "[not-an-ip]", false },
            // A bracketed IPv4 address makes qemu+ssh://[1.2.3.4]/system, which is not a URI.
            { "[1.2.3.4]", false },
        });

    const QString longLabel(64, u'a');
    EXPECT_FALSE(ConnectionValidation::hostError(longLabel + s(".example")).isEmpty());
    EXPECT_TRUE(ConnectionValidation::hostError(QString(63, u'a') + s(".example")).isEmpty());

    QString longName;
    while (longName.size() < 254)
        longName += s("abcdefghi.");
    longName += s("example");
    EXPECT_FALSE(ConnectionValidation::hostError(longName).isEmpty());

    // The message names the problem rather than just "invalid".
    EXPECT_TRUE(ConnectionValidation::hostError(s("bad host!")).contains(s("bad host!")));
    EXPECT_NE(ConnectionValidation::hostError(QString()), ConnectionValidation::hostError(s("bad host!")));
}

TEST(ConnectionValidation, PortError)
{
    struct Case
    {
        int port;
        bool valid;
    };
    const Case cases[] = {
        { 0, true },
        { 1, true },
        { 22, true },
        { 16509, true },
        { 65535, true },
        { -1, false },
        { 65536, false },
        { 70000, false },
    };
    for (const Case &c : cases)
        EXPECT_EQ(ConnectionValidation::portError(c.port).isEmpty(), c.valid) << c.port;
}

TEST(ConnectionValidation, UserError)
{
    checkCases(ConnectionValidation::userError, "userError",
        {
            { "", true },
            { "root", true },
            { "admin", true },
            { "first.last", true },
            { "user_1", true },
            { "us-er", true },
            { "dom\\user", true },
            { "with space", false },
            { "tab\there", false },
            { "a@b", false },
            { "a/b", false },
            { "a:b", false },
            { "a?b", false },
            { "a#b", false },
            { "-oProxyCommand=x", false },
        });
}

TEST(ConnectionValidation, TestDriverPathError)
{
    checkCases(ConnectionValidation::testDriverPathError, "testDriverPathError",
        {
            { "", true }, // libvirt's built-in default node
            { "/tmp/node.xml", true },
            { "/abs/path.xml", true },
            { "nodes.xml", false },
            { "./nodes.xml", false },
            { "~/nodes.xml", false },
            { "/tmp/a?b.xml", false },
            { "/tmp/a#b.xml", false },
        });
}

TEST(ConnectionValidation, ExtraParametersError)
{
    checkCases(ConnectionValidation::extraParametersError, "extraParametersError",
        {
            { "", true },
            { "   ", true },
            { "sshauth=privkey", true },
            { "known_hosts=/root/.ssh/known_hosts", true },
            { "keyfile=/k&no_verify=1", true },
            { "name=", true },
            { "a=b=c", true },
            { "value=with%20space", true },
            { "novalue", false },
            { "=value", false },
            { "a=1&&b=2", false },
            { "a=1&", false },
            { "bad-name=1", false },
            { "na me=1", false },
            { "a=with space", false },
            { "a=b#c", false },
        });
    // Each message points at the offending part.
    EXPECT_TRUE(ConnectionValidation::extraParametersError(s("a=1&novalue")).contains(s("novalue")));
    EXPECT_TRUE(ConnectionValidation::extraParametersError(s("bad-name=1")).contains(s("bad-name")));
}

TEST(ConnectionValidation, UriError)
{
    checkCases(ConnectionValidation::uriError, "uriError",
        {
            { "qemu:///system", true },
            { "qemu+ssh://root@host/system", true },
            { "qemu+unix:///system?socket=/x", true },
            { "qemu+ext:///system?command=/bin/x", true },
            { "test:///default", true },
            { "xen:///", true },
            { "  qemu:///session  ", true },
            { "", false },
            { "   ", false },
            { "not a uri", false },
            { "qemu:/system", false },
            { "/system", false },
            { "qemu+ssh+tls://h/system", false },
            { "qemu+ftp://h/system", false },
            { "qemu+ssh://[1.2.3.4/system", false },
        });
    EXPECT_TRUE(ConnectionValidation::uriError(s("qemu+ftp://h/system")).contains(s("ftp")));
}

TEST(ConnectionValidation, FirstError)
{
    EXPECT_EQ(ConnectionValidation::firstError(ConnectionConfig()), QString());

    // Remote fields count only for remote transports.
    ConnectionConfig local;
    local.host = s("bad host!");
    local.user = s("a b");
    local.port = 70000;
    EXPECT_EQ(ConnectionValidation::firstError(local), QString());

    ConnectionConfig remote = remoteConfig(Transport::Ssh, "");
    EXPECT_EQ(ConnectionValidation::firstError(remote), ConnectionValidation::hostError(QString()));
    remote.host = s("host");
    remote.user = s("a b");
    EXPECT_EQ(ConnectionValidation::firstError(remote), ConnectionValidation::userError(remote.user));
    remote.user = s("root");
    remote.port = 70000;
    EXPECT_EQ(ConnectionValidation::firstError(remote), ConnectionValidation::portError(70000));
    remote.port = 22;
    EXPECT_EQ(ConnectionValidation::firstError(remote), QString());

    // The test path counts only for the test driver.
    ConnectionConfig qemu;
    qemu.testDriverPath = s("nodes.xml");
    EXPECT_EQ(ConnectionValidation::firstError(qemu), QString());
    ConnectionConfig test = qemu;
    test.hypervisor = Hypervisor::Test;
    EXPECT_EQ(
        ConnectionValidation::firstError(test), ConnectionValidation::testDriverPathError(s("nodes.xml")));

    ConnectionConfig parameters;
    parameters.extraParameters = s("novalue");
    EXPECT_EQ(ConnectionValidation::firstError(parameters),
        ConnectionValidation::extraParametersError(s("novalue")));

    // A custom URI replaces the fields, so only the URI itself is checked.
    ConnectionConfig custom = remoteConfig(Transport::Ssh, "bad host!");
    custom.extraParameters = s("novalue");
    custom.customUri = s("qemu+unix:///system?socket=/x");
    EXPECT_EQ(ConnectionValidation::firstError(custom), QString());
    custom.customUri = s("not a uri");
    EXPECT_EQ(ConnectionValidation::firstError(custom), ConnectionValidation::uriError(s("not a uri")));
}
