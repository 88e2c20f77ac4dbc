// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: Virt Ferry contributors
// Regressions for what the libFuzzer harnesses (tests/fuzz) found: each case is a crash or
// a broken round trip the fuzzers reported, reduced to the input that shows it.
#include "ConnectionConfig.h"
#include "ExportsFile.h"
#include "MigrationHistory.h"
#include "StorageTypes.h"
#include "VolumeXmlFacts.h"

#include <gtest/gtest.h>

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

QByteArray historyLine(const char *numbers)
{
    return QByteArray(R"({"id":"fuzz-1","result":"completed","started":"2026-11-20T10:15:30.250Z",)") + numbers
        + '}';
}

// A config that parses back from its own URI into the same fields.
void expectRoundTrip(const ConnectionConfig &config)
{
    ConnectionConfig parsed = ConnectionConfig::fromUri(config.uri());
    parsed.id = config.id;
    EXPECT_EQ(parsed.uri(), config.uri());
    EXPECT_EQ(parsed.customUri, config.customUri) << config.uri().toStdString();
    EXPECT_EQ(parsed.host, config.host) << config.uri().toStdString();
    EXPECT_EQ(parsed.user, config.user) << config.uri().toStdString();
    EXPECT_EQ(parsed.extraParameters, config.extraParameters) << config.uri().toStdString();
}

} // namespace

// fuzz_migration_history: a number past what a double holds exactly was cast to quint64,
// which is undefined behaviour past 2^64 (UBSan: "outside the range of representable
// values"), and a silent change of the value past 2^53 or, for iterations, past INT_MAX.
TEST(FuzzFindings, HistoryRejectsNumbersItNeverWrites)
{
    EXPECT_FALSE(MigrationHistory::fromJsonLine(historyLine(R"("durationMs":1e300)")));
    EXPECT_FALSE(MigrationHistory::fromJsonLine(historyLine(R"("bytesTransferred":1.2345e132)")));
    EXPECT_FALSE(MigrationHistory::fromJsonLine(historyLine(R"("downtimeMs":18446744073709551616)")));
    EXPECT_FALSE(MigrationHistory::fromJsonLine(historyLine(R"("bytesTransferred":9007199254740994)")));
    EXPECT_FALSE(MigrationHistory::fromJsonLine(historyLine(R"("iterations":4294967296)")));
    EXPECT_FALSE(MigrationHistory::fromJsonLine(historyLine(R"("iterations":2147483648)")));

    // The largest values still read, and come back unchanged.
    const std::optional<MigrationRecord> record = MigrationHistory::fromJsonLine(
        historyLine(R"("bytesTransferred":9007199254740992,"iterations":2147483647)"));
    ASSERT_TRUE(record);
    EXPECT_EQ(record->bytesTransferred, quint64(9007199254740992ULL));
    EXPECT_EQ(record->iterations, 2147483647);
    EXPECT_EQ(MigrationHistory::fromJsonLine(MigrationHistory::toJsonLine(*record)), record);
}

// fuzz_connection_uri: parameters the dialog accepted made a URI QUrl rejects (a backtick)
// or reads back percent-encoded (non-ASCII), so the saved config changed on reload.
TEST(FuzzFindings, ParametersOutsideAUriQueryAreRejected)
{
    for (const char *bad : { "a=x`y", "a=caf\xc3\xa9", "a=x\"y", "a=<b>", "a=b\\c", "a=%zz", "a=%4", "a=b|c",
             "a=b{c}", "a=b^c", "a=\x01" }) {
        EXPECT_FALSE(ConnectionValidation::extraParametersError(s(bad)).isEmpty()) << bad;
    }
    for (const char *good : { "a=%41", "keyfile=/root/.ssh/id&no_verify=1", "a=b:c@d", "a=(b);c!$'*+,~" })
        EXPECT_TRUE(ConnectionValidation::extraParametersError(s(good)).isEmpty()) << good;

    ConnectionConfig config;
    config.hypervisor = ConnectionConfig::Hypervisor::QemuSystem;
    config.transport = ConnectionConfig::Transport::Ssh;
    config.host = s("kvm1.example.org");
    config.user = s("root");
    config.extraParameters = s("keyfile=/root/.ssh/id&name=a%2Fb:c@d");
    ASSERT_TRUE(ConnectionValidation::firstError(config).isEmpty());
    expectRoundTrip(config);
}

// fuzz_connection_uri: "0" and "10.1" passed as host names, but QUrl (like getaddrinfo)
// reads them as IPv4 shorthand, so the host came back as 0.0.0.0 or 10.0.0.1.
TEST(FuzzFindings, AllDigitHostNamesAreRejected)
{
    for (const char *bad : { "0", "10.1", "192.168.1", "host.123", "host.123." })
        EXPECT_FALSE(ConnectionValidation::hostError(s(bad)).isEmpty()) << bad;
    for (const char *good : { "10.0.0.5", "kvm1.example.org", "a1", "1host.example", "123.example." })
        EXPECT_TRUE(ConnectionValidation::hostError(s(good)).isEmpty()) << good;
}

// fuzz_connection_uri (in CI): "0B0" passed as a host name, but QUrl reads hexadecimal,
// octal and binary numbers as IPv4 shorthand too, so the host came back as 0.0.0.0.
TEST(FuzzFindings, NumericHostNamesInAnyBaseAreRejected)
{
    for (const char *bad : { "0B0", "0x10", "0X7f000001", "0x7f.0x1" }) {
        const QString error = ConnectionValidation::hostError(s(bad));
        EXPECT_TRUE(error.contains(s("reads as the IPv4 address"))) << bad << ": " << error.toStdString();
    }
    for (const char *good : { "0b-host", "x10", "0xbox.example.org", "b0" })
        EXPECT_TRUE(ConnectionValidation::hostError(s(good)).isEmpty()) << good;
}

// fuzz_connection_uri: inet_pton stopped at a NUL, so "5::1<NUL>garbage" passed as an IPv6
// address and made an invalid URI.
TEST(FuzzFindings, AddressWithEmbeddedNulIsRejected)
{
    EXPECT_FALSE(ConnectionValidation::hostError(s("5::1") + QChar(0) + s("kqx")).isEmpty());
    EXPECT_FALSE(ConnectionValidation::hostError(s("10.0.0.5") + QChar(0)).isEmpty());
    EXPECT_FALSE(ConnectionValidation::hostError(s("fe80::1") + QChar(0x00e9)).isEmpty());
}

// fuzz_connection_uri: fromUri() parsed the untrimmed text but kept the trimmed one, and
// dropped a user or port given without a host, so fromUri(fromUri(t).uri()) differed.
TEST(FuzzFindings, FromUriIsAFixedPoint)
{
    for (const char *text : { "test:///xm\v", " qemu:///system\t", "qemu://ro@/system", "qemu://:5/session",
             "qemu://ro@:5/system", "test:///default" }) {
        const ConnectionConfig first = ConnectionConfig::fromUri(s(text));
        ConnectionConfig second = ConnectionConfig::fromUri(first.uri());
        second.id = first.id;
        EXPECT_EQ(second, first) << text << " -> " << first.uri().toStdString();
    }
    EXPECT_EQ(ConnectionConfig::fromUri(s("test:///xm\v")).testDriverPath, s("/xm"));
    EXPECT_EQ(ConnectionConfig::fromUri(s("qemu://ro@/system")).customUri, s("qemu://ro@/system"));
}

// fuzz_exports: "/srv/everyone ()" exports to the world with default options, but its
// canonical form dropped the empty "()", and with it the client.
TEST(FuzzFindings, WorldClientWithoutOptionsKeepsItsParentheses)
{
    const ExportsFile file = ExportsFile::parse("/srv/everyone ()\n");
    ASSERT_EQ(file.entryCount(), 1);
    const ExportEntry entry = file.entry(0);
    ASSERT_EQ(entry.clients.size(), 1);
    EXPECT_TRUE(entry.clients.first().host.isEmpty());
    const QByteArray canonical = ExportsFile::serializeEntry(entry);
    EXPECT_EQ(canonical, QByteArray("/srv/everyone ()"));
    EXPECT_EQ(ExportsFile::parse(canonical + '\n').entry(0), entry);
}

// fuzz_storage_xml: a carriage return in a pool's name or path (&#13;) was read, but the
// XML written back turned it into a line feed: such definitions are refused, by name.
TEST(FuzzFindings, PoolDefinitionsWithControlCharactersAreRefused)
{
    QString error;
    EXPECT_FALSE(PoolDefinition::fromXml(s("<pool type='dir'><name>a&#13;b</name><target><path>/p</path></target></pool>"), &error));
    EXPECT_TRUE(error.contains(s("name"))) << error.toStdString();
    EXPECT_FALSE(PoolDefinition::fromXml(s("<pool type='dir'><name>a</name><target><path>/p&#9;q</path></target></pool>"), &error));
    EXPECT_TRUE(error.contains(s("target path"))) << error.toStdString();
    const auto fine = PoolDefinition::fromXml(s("<pool type='dir'><name>测试 pool</name><target><path>/srv/a b</path></target></pool>"), &error);
    ASSERT_TRUE(fine);
    EXPECT_EQ(fine->name, s("测试 pool"));
}

// fuzz_storage_xml: a carriage return in a backing path (&#13;) came back from the volume
// XML the app writes as a line feed, so an incremental copy would name another file.
TEST(FuzzFindings, CarriageReturnsInVolumePathsSurviveTheWrittenXml)
{
    VolumeDefinition definition;
    definition.name = s("over\rlay.qcow2");
    definition.format = s("qcow2");
    definition.backingPath = s("/var/lib/lib\rimages/base.raw");
    definition.backingFormat = s("raw");
    const VolumeXmlFacts reread = VolumeXmlFacts::fromXml(definition.toXml());
    EXPECT_EQ(reread.backingPath, definition.backingPath);
    EXPECT_TRUE(definition.toXml().contains(s("over&#13;lay.qcow2"))) << definition.toXml().toStdString();
}
