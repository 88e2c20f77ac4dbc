// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: Virt Ferry contributors
#include "ConnectionConfig.h"

#include "Tr.h"

#include <QUrl>
#include <QUrlQuery>
#include <QUuid>

#include <arpa/inet.h>

#include <algorithm>

namespace {

QString transportSuffix(ConnectionConfig::Transport transport)
{
    switch (transport) {
    case ConnectionConfig::Transport::Local:
        return {};
    case ConnectionConfig::Transport::Ssh:
        return QStringLiteral("+ssh");
    case ConnectionConfig::Transport::Libssh:
        return QStringLiteral("+libssh");
    case ConnectionConfig::Transport::Tls:
        return QStringLiteral("+tls");
    case ConnectionConfig::Transport::Tcp:
        return QStringLiteral("+tcp");
    }
    return {};
}

std::optional<ConnectionConfig::Transport> transportFromSuffix(const QString &suffix)
{
    if (suffix.isEmpty() || suffix == u"unix")
        return ConnectionConfig::Transport::Local;
    if (suffix == u"ssh")
        return ConnectionConfig::Transport::Ssh;
    if (suffix == u"libssh")
        return ConnectionConfig::Transport::Libssh;
    if (suffix == u"tls")
        return ConnectionConfig::Transport::Tls;
    if (suffix == u"tcp")
        return ConnectionConfig::Transport::Tcp;
    return std::nullopt;
}

bool isIpAddress(const QString &text)
{
    // Brackets belong to IPv6 only: qemu+ssh://[1.2.3.4]/system is not a valid URI.
    unsigned char buffer[sizeof(struct in6_addr)];
    // inet_pton stops at a NUL, and toLatin1() turns what it cannot encode into '?'.
    if (text.contains(QChar(0)) || QString::fromLatin1(text.toLatin1()) != text)
        return false;
    if (text.startsWith(u'[') && text.endsWith(u']'))
        return inet_pton(AF_INET6, text.mid(1, text.size() - 2).toLatin1().constData(), buffer) == 1;
    const QByteArray latin = text.toLatin1();
    return inet_pton(AF_INET, latin.constData(), buffer) == 1 || inet_pton(AF_INET6, latin.constData(), buffer) == 1;
}

bool isHexDigit(QChar c)
{
    return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
}

bool isHostLabel(QStringView label)
{
    if (label.isEmpty() || label.size() > 63 || label.startsWith(u'-') || label.endsWith(u'-'))
        return false;
    for (QChar c : label) {
        if (!(c.isLetterOrNumber() && c.unicode() < 128) && c != u'-')
            return false;
    }
    return true;
}

} // namespace

QString ConnectionConfig::uri() const
{
    if (!customUri.trimmed().isEmpty())
        return customUri.trimmed();

    QString scheme;
    QString path;
    switch (hypervisor) {
    case Hypervisor::QemuSystem:
        scheme = QStringLiteral("qemu");
        path = QStringLiteral("/system");
        break;
    case Hypervisor::QemuSession:
        scheme = QStringLiteral("qemu");
        path = QStringLiteral("/session");
        break;
    case Hypervisor::Test:
        scheme = QStringLiteral("test");
        // libvirt unescapes the path, so spaces and % in a file name must be encoded.
        path = testDriverPath.isEmpty() ? QStringLiteral("/default")
                                        : QString::fromLatin1(QUrl::toPercentEncoding(testDriverPath, "/"));
        break;
    }

    QString authority;
    if (isRemote()) {
        if (!user.isEmpty())
            authority += QString::fromUtf8(QUrl::toPercentEncoding(user)) + u'@';
        authority += host.contains(u':') && !host.startsWith(u'[') ? u'[' + host + u']' : host;
        if (port > 0)
            authority += u':' + QString::number(port);
    }

    QString result = scheme + transportSuffix(transport) + QStringLiteral("://") + authority + path;
    if (!extraParameters.trimmed().isEmpty())
        result += u'?' + extraParameters.trimmed();
    return result;
}

QString ConnectionConfig::effectiveDisplayName() const
{
    if (!displayName.trimmed().isEmpty())
        return displayName.trimmed();
    if (isRemote() && customUri.isEmpty()) {
        const QString kind = hypervisor == Hypervisor::Test
            //: Names a remote connection to libvirt's test driver: "Test: host.example.org".
            ? Tr::tr("Test", "hypervisor")
            : QStringLiteral("QEMU/KVM");
        // Two connections to one host as different users must not look alike.
        return QStringLiteral("%1: %2").arg(kind, user.isEmpty() || user == u"root" ? host : user + u'@' + host);
    }
    return uri();
}

ConnectionConfig ConnectionConfig::fromUri(const QString &uriText)
{
    ConnectionConfig config;
    config.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    // Trimmed before parsing, as customUri keeps it: otherwise " test:///x" would be custom
    // while the URI it makes is not.
    const QString trimmed = uriText.trimmed();
    const QUrl url(trimmed, QUrl::StrictMode);
    const QStringList schemeParts = url.scheme().split(u'+');
    const auto transport = transportFromSuffix(schemeParts.value(1));
    const QString driver = schemeParts.value(0);
    const QString path = url.path(QUrl::FullyDecoded);

    bool understood = url.isValid() && transport && schemeParts.size() <= 2 && !url.hasFragment();
    if (understood && driver == u"qemu" && (path == u"/system" || path == u"/session")) {
        config.hypervisor = path == u"/system" ? Hypervisor::QemuSystem : Hypervisor::QemuSession;
    } else if (understood && driver == u"test" && path.startsWith(u'/')) {
        config.hypervisor = Hypervisor::Test;
        config.testDriverPath = path == u"/default" ? QString() : path;
    } else {
        understood = false;
    }
    // e.g. qemu://host/system, libvirt's implicit TLS, or a user or port without a host,
    // which a local config cannot hold: keep it verbatim.
    if (understood && *transport == Transport::Local && !url.authority().isEmpty())
        understood = false;
    if (understood && *transport == Transport::Local && schemeParts.size() == 2)
        understood = false; // +unix carries a socket parameter; keep it verbatim

    if (!understood) {
        config.customUri = trimmed;
        return config;
    }
    config.transport = *transport;
    config.user = url.userName(QUrl::FullyDecoded);
    config.host = url.host(QUrl::FullyDecoded);
    config.port = url.port(0);
    config.extraParameters = url.query(QUrl::FullyEncoded);
    return config;
}

ConnectionConfig ConnectionConfig::defaultTestConnection()
{
    ConnectionConfig config;
    config.id = QStringLiteral("embedded-test-default");
    config.displayName = Tr::tr("Test driver (test:///default)");
    config.hypervisor = Hypervisor::Test;
    config.transport = Transport::Local;
    config.autoconnect = true;
    return config;
}

namespace ConnectionValidation {

QString hostError(const QString &host)
{
    if (host.trimmed().isEmpty())
        return Tr::tr("Enter the host name or IP address of the remote host.");
    if (host != host.trimmed())
        return Tr::tr("The host name must not start or end with spaces.");
    if (isIpAddress(host))
        return {};
    if (host.size() > 253)
        return Tr::tr("A host name can be at most 253 characters long.");
    // QUrl (and getaddrinfo) read "10.1" or "0" as IPv4 shorthand for 10.0.0.1 or 0.0.0.0; no
    // top-level domain is all digits, so such a name is an address typed wrong.
    const QStringView lastLabel = QStringView(host).endsWith(u'.') ? QStringView(host).chopped(1).split(u'.').last()
                                                                   : QStringView(host).split(u'.').last();
    if (!lastLabel.isEmpty()
        && std::all_of(lastLabel.cbegin(), lastLabel.cend(), [](QChar c) { return c >= u'0' && c <= u'9'; }))
        return Tr::tr("\"%1\" is not a valid IPv4 address.").arg(host);
    const auto labels = QStringView(host).split(u'.');
    for (qsizetype i = 0; i < labels.size(); ++i) {
        const QStringView label = labels.at(i);
        if (label.isEmpty() && i == labels.size() - 1 && i > 0)
            continue; // a trailing dot is a fully qualified name
        if (!isHostLabel(label))
            return Tr::tr("\"%1\" is not a valid host name: use letters, digits and hyphens, "
                          "separated by dots, with no hyphen at either end of a part.")
                .arg(host);
    }
    // QUrl also reads hexadecimal, octal and binary numbers ("0x10", "0B0") as IPv4 shorthand
    // and would connect to the address it makes of them.
    QUrl asUrl;
    asUrl.setHost(host);
    if (asUrl.host().compare(host, Qt::CaseInsensitive) != 0)
        return Tr::tr("\"%1\" reads as the IPv4 address %2; type that address instead.").arg(host, asUrl.host());
    return {};
}

QString portError(int port)
{
    if (port == 0)
        return {};
    if (port < 1 || port > 65535)
        return Tr::tr("The port must be between 1 and 65535 (or empty for the default).");
    return {};
}

QString userError(const QString &user)
{
    for (QChar c : user) {
        if (c.isSpace() || c == u'@' || c == u'/' || c == u':' || c == u'?' || c == u'#')
            return Tr::tr("A user name cannot contain spaces or any of @ / : ? #.");
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format || c.isNonCharacter())
            return Tr::tr("A user name cannot contain control or invisible characters.");
    }
    // The characters OpenSSH refuses in a user name (they could reach a shell through %u
    // expansions), so the connection would otherwise fail later with a vaguer message.
    static const QString shellCharacters = QStringLiteral("'`\";&<>|(){}");
    for (QChar c : user) {
        if (shellCharacters.contains(c))
            return Tr::tr("A user name cannot contain quotes or shell characters (%1): ssh refuses them.")
                .arg(QStringLiteral("' ` \" ; & < > | ( ) { }"));
    }
    if (user.startsWith(u'-'))
        return Tr::tr("A user name cannot start with a hyphen.");
    return {};
}

QString testDriverPathError(const QString &path)
{
    if (path.isEmpty())
        return {};
    if (!path.startsWith(u'/'))
        return Tr::tr("The test driver needs an absolute path to a node XML file, starting with /.");
    if (path.contains(u'?') || path.contains(u'#'))
        return Tr::tr("The path cannot contain ? or #.");
    return localPathCharacterError(path);
}

QString localPathCharacterError(const QString &path)
{
    for (qsizetype i = 0; i < path.size(); ++i) {
        const QChar c = path.at(i);
        if (c.category() == QChar::Other_Control || c == QChar::LineSeparator || c == QChar::ParagraphSeparator)
            return Tr::tr("The path cannot contain line breaks, tabs or other control characters.");
        if (c.category() == QChar::Other_Format || c.isNonCharacter()
            || (c.isHighSurrogate() ? !(i + 1 < path.size() && path.at(i + 1).isLowSurrogate()) : c.isLowSurrogate()))
            return Tr::tr("Invisible or invalid characters are not allowed here: %1 at position %2.")
                .arg(QStringLiteral("U+%1").arg(uint(c.unicode()), 4, 16, QLatin1Char('0')).toUpper())
                .arg(i + 1);
        if (c.isHighSurrogate())
            ++i;
    }
    return {};
}

QString extraParametersError(const QString &parameters)
{
    const QString trimmed = parameters.trimmed();
    if (trimmed.isEmpty())
        return {};
    for (const QString &pair : trimmed.split(u'&')) {
        const qsizetype equals = pair.indexOf(u'=');
        const QString name = pair.left(equals);
        if (equals <= 0)
            return Tr::tr("Each parameter must look like name=value; \"%1\" does not.").arg(pair);
        for (QChar c : name) {
            if (!(c.isLetterOrNumber() && c.unicode() < 128) && c != u'_')
                return Tr::tr("The parameter name \"%1\" may contain only letters, digits and _.").arg(name);
        }
        // Only what RFC 3986 allows in a query: anything else makes an invalid URI, or one
        // that reads back percent-encoded.
        static const QString allowed = QStringLiteral("-._~!$&'()*+,;=:@/?");
        for (qsizetype i = 0; i < pair.size(); ++i) {
            const QChar c = pair.at(i);
            if (c == u'%') {
                const bool escape = i + 2 < pair.size() && isHexDigit(pair.at(i + 1)) && isHexDigit(pair.at(i + 2));
                if (!escape)
                    return Tr::tr("A percent sign in a parameter must start an escape such as %20.");
                continue;
            }
            if (!((c.isLetterOrNumber() && c.unicode() < 128) || allowed.contains(c)))
                return Tr::tr("Parameter values cannot contain spaces, #, quotes, control or non-ASCII "
                              "characters; percent-encode them.");
        }
    }
    return {};
}

QString uriError(const QString &uri)
{
    const QString trimmed = uri.trimmed();
    if (trimmed.isEmpty())
        return Tr::tr("Enter a libvirt URI such as qemu+ssh://root@host/system.");
    const QUrl url(trimmed, QUrl::StrictMode);
    if (!url.isValid())
        return Tr::tr("This is not a valid URI: %1").arg(url.errorString());
    if (url.scheme().isEmpty() || !trimmed.contains(QStringLiteral("://")))
        return Tr::tr("A libvirt URI starts with a driver, such as qemu:// or test://.");
    if (url.scheme().count(u'+') > 1)
        return Tr::tr("A URI scheme has at most one transport, as in qemu+ssh.");
    const QString transport = url.scheme().section(u'+', 1);
    if (!transport.isEmpty() && !transportFromSuffix(transport) && transport != u"ext")
        return Tr::tr("Unknown transport \"%1\": use ssh, libssh, tls, tcp, unix or ext.").arg(transport);
    return {};
}

QString firstError(const ConnectionConfig &config)
{
    if (!config.customUri.trimmed().isEmpty())
        return uriError(config.customUri);
    if (config.isRemote()) {
        if (QString error = hostError(config.host); !error.isEmpty())
            return error;
        if (QString error = userError(config.user); !error.isEmpty())
            return error;
        if (QString error = portError(config.port); !error.isEmpty())
            return error;
    }
    if (config.hypervisor == ConnectionConfig::Hypervisor::Test) {
        if (QString error = testDriverPathError(config.testDriverPath); !error.isEmpty())
            return error;
    }
    return extraParametersError(config.extraParameters);
}

} // namespace ConnectionValidation
