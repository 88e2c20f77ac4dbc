// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: Virt Ferry contributors
// The migration engine's pure part: options → flags, typed parameters read back through
// libvirt, every refused combination with its reason, and the virsh line proved against a
// real /bin/sh. Plus MigrationJob's failure paths on the test driver (which cannot migrate).
#include "MigrationOptions.h"
#include "MigrationJob.h"

#include "LibvirtHandles.h"
#include "QtPrinting.h"

#include <QProcess>
#include <QSignalSpy>
#include <QTest>
#include <gtest/gtest.h>

namespace {

using Mode = MigrationOptions::Mode;
using Option = MigrationOptions::Option;

QStringList stringParams(const MigrationParameters &parameters, const char *name)
{
    QStringList values;
    for (int i = 0; i < parameters.count(); ++i) {
        const virTypedParameter &param = parameters.data()[i];
        if (qstrcmp(param.field, name) == 0) {
            EXPECT_EQ(param.type, VIR_TYPED_PARAM_STRING) << name;
            values.append(QString::fromUtf8(param.value.s));
        }
    }
    return values;
}

// The options with exactly one problem reported about `option`; returns its reason.
QString onlyProblemAbout(const MigrationOptions &options, Option option)
{
    const QList<MigrationOptions::Problem> problems = options.problems();
    EXPECT_EQ(problems.size(), 1) << [&] {
        std::string all;
        for (const auto &problem : problems)
            all += problem.reason.toStdString() + "\n";
        return all;
    }();
    if (problems.isEmpty())
        return {};
    EXPECT_EQ(problems.first().option, option) << problems.first().reason.toStdString();
    EXPECT_FALSE(problems.first().reason.isEmpty());
    return problems.first().reason;
}

bool hasProblemAbout(const MigrationOptions &options, Option option, const QString &fragment)
{
    for (const auto &problem : options.problems()) {
        if (problem.option == option && problem.reason.contains(fragment))
            return true;
    }
    return false;
}

// Runs `line` in /bin/sh with `virsh` replaced by a function that prints its argv, one
// NUL-terminated argument each: what the real virsh would have received.
QStringList argvAsShellSeesIt(const QString &line)
{
    QProcess shell;
    shell.start(QStringLiteral("/bin/sh"),
        { QStringLiteral("-c"),
            QStringLiteral("virsh() { printf '%s\\0' \"$@\"; printf '\\n\\0'; }\n") + line });
    EXPECT_TRUE(shell.waitForFinished(10000));
    EXPECT_EQ(shell.exitCode(), 0) << shell.readAllStandardError().toStdString();
    QStringList argv = QString::fromUtf8(shell.readAllStandardOutput()).split(QChar(0));
    argv.removeLast(); // after the final NUL
    return argv;
}

} // namespace

TEST(MigrationOptions, DefaultsAreAValidLiveMoveOnSharedStorage)
{
    const MigrationOptions options;
    EXPECT_TRUE(options.problems().isEmpty());
    EXPECT_EQ(
        options.flags(), unsigned(VIR_MIGRATE_LIVE | VIR_MIGRATE_PERSIST_DEST | VIR_MIGRATE_UNDEFINE_SOURCE));
    const MigrationParameters parameters(options);
    EXPECT_TRUE(parameters.isValid());
    EXPECT_EQ(parameters.count(), 0);
}

TEST(MigrationOptions, EachModeMapsToItsFlags)
{
    MigrationOptions options;
    options.persistOnDestination = false;
    options.undefineSource = false;
    options.mode = Mode::LiveShared;
    EXPECT_EQ(options.flags(), unsigned(VIR_MIGRATE_LIVE));
    options.mode = Mode::LiveCopyAllStorage;
    EXPECT_EQ(options.flags(), unsigned(VIR_MIGRATE_LIVE | VIR_MIGRATE_NON_SHARED_DISK));
    options.mode = Mode::LiveCopyIncremental;
    EXPECT_EQ(options.flags(), unsigned(VIR_MIGRATE_LIVE | VIR_MIGRATE_NON_SHARED_INC));
    options.mode = Mode::OfflineShared;
    EXPECT_EQ(options.flags(), unsigned(VIR_MIGRATE_OFFLINE | VIR_MIGRATE_PERSIST_DEST));
}

TEST(MigrationOptions, EachOptionMapsToItsFlag)
{
    const auto flagsWith = [](auto change) {
        MigrationOptions options;
        options.persistOnDestination = false;
        options.undefineSource = false;
        change(options);
        return options.flags() & ~unsigned(VIR_MIGRATE_LIVE);
    };
    EXPECT_EQ(flagsWith([](MigrationOptions &) {}), 0u);
    EXPECT_EQ(flagsWith([](MigrationOptions &o) { o.peerToPeer = true; }), unsigned(VIR_MIGRATE_PEER2PEER));
    EXPECT_EQ(flagsWith([](MigrationOptions &o) { o.tunnelled = true; }), unsigned(VIR_MIGRATE_TUNNELLED));
    EXPECT_EQ(flagsWith([](MigrationOptions &o) { o.persistOnDestination = true; }),
        unsigned(VIR_MIGRATE_PERSIST_DEST));
    EXPECT_EQ(flagsWith([](MigrationOptions &o) { o.undefineSource = true; }),
        unsigned(VIR_MIGRATE_UNDEFINE_SOURCE));
    EXPECT_EQ(flagsWith([](MigrationOptions &o) { o.pauseAfter = true; }), unsigned(VIR_MIGRATE_PAUSED));
    EXPECT_EQ(
        flagsWith([](MigrationOptions &o) { o.autoConverge = true; }), unsigned(VIR_MIGRATE_AUTO_CONVERGE));
    EXPECT_EQ(
        flagsWith([](MigrationOptions &o) { o.postCopyAllowed = true; }), unsigned(VIR_MIGRATE_POSTCOPY));
    EXPECT_EQ(
        flagsWith([](MigrationOptions &o) { o.parallelConnections = 4; }), unsigned(VIR_MIGRATE_PARALLEL));
    EXPECT_EQ(flagsWith([](MigrationOptions &o) { o.tls = true; }), unsigned(VIR_MIGRATE_TLS));
    EXPECT_EQ(flagsWith([](MigrationOptions &o) { o.unsafe = true; }), unsigned(VIR_MIGRATE_UNSAFE));
    EXPECT_EQ(flagsWith([](MigrationOptions &o) { o.compressionMethods = { QStringLiteral("xbzrle") }; }),
        unsigned(VIR_MIGRATE_COMPRESSED));
    // Values that only travel as parameters set no flag.
    EXPECT_EQ(flagsWith([](MigrationOptions &o) {
        o.bandwidthMiBs = 100;
        o.maxDowntimeMs = 300;
        o.destinationName = QStringLiteral("x");
    }),
        0u);
}

TEST(MigrationOptions, ParametersCarryEveryValueAndReadBackThroughLibvirt)
{
    MigrationOptions options;
    options.mode = Mode::LiveCopyAllStorage;
    options.migrationUri = QStringLiteral("tcp://10.0.0.2:49152");
    options.destinationName = QStringLiteral("新名字");
    options.destinationXml = QStringLiteral("<domain type='kvm'><name>x</name></domain>");
    options.bandwidthMiBs = 250;
    options.migrateDisks = { QStringLiteral("vda"), QStringLiteral("vdb") };
    options.compressionMethods = { QStringLiteral("xbzrle"), QStringLiteral("mt") };
    options.parallelConnections = 3;
    options.maxDowntimeMs = 500;

    const MigrationParameters parameters(options);
    ASSERT_TRUE(parameters.isValid());
    virTypedParameterPtr params = parameters.data();
    const int count = parameters.count();
    EXPECT_EQ(count, 9);

    const char *text = nullptr;
    ASSERT_EQ(virTypedParamsGetString(params, count, VIR_MIGRATE_PARAM_URI, &text), 1);
    EXPECT_STREQ(text, "tcp://10.0.0.2:49152");
    ASSERT_EQ(virTypedParamsGetString(params, count, VIR_MIGRATE_PARAM_DEST_NAME, &text), 1);
    EXPECT_EQ(QString::fromUtf8(text), QStringLiteral("新名字"));
    ASSERT_EQ(virTypedParamsGetString(params, count, VIR_MIGRATE_PARAM_DEST_XML, &text), 1);
    EXPECT_EQ(QString::fromUtf8(text), options.destinationXml);
    unsigned long long bandwidth = 0;
    ASSERT_EQ(virTypedParamsGetULLong(params, count, VIR_MIGRATE_PARAM_BANDWIDTH, &bandwidth), 1);
    EXPECT_EQ(bandwidth, 250u);
    int parallel = 0;
    ASSERT_EQ(virTypedParamsGetInt(params, count, VIR_MIGRATE_PARAM_PARALLEL_CONNECTIONS, &parallel), 1);
    EXPECT_EQ(parallel, 3);
    EXPECT_EQ(stringParams(parameters, VIR_MIGRATE_PARAM_MIGRATE_DISKS), options.migrateDisks);
    EXPECT_EQ(stringParams(parameters, VIR_MIGRATE_PARAM_COMPRESSION), options.compressionMethods);
}

TEST(MigrationOptions, ParametersMoveWithoutDoubleFree)
{
    MigrationOptions options;
    options.destinationName = QStringLiteral("moved");
    MigrationParameters first(options);
    MigrationParameters second(std::move(first));
    EXPECT_EQ(second.count(), 1);
    MigrationParameters third(MigrationOptions {});
    third = std::move(second);
    ASSERT_EQ(third.count(), 1);
    const char *text = nullptr;
    ASSERT_EQ(virTypedParamsGetString(third.data(), third.count(), VIR_MIGRATE_PARAM_DEST_NAME, &text), 1);
    EXPECT_STREQ(text, "moved");
}

TEST(MigrationOptions, TunnelledCannotCopyStorage)
{
    MigrationOptions options;
    options.peerToPeer = true;
    options.connectionUri = QStringLiteral("qemu+ssh://b/system");
    options.tunnelled = true;
    EXPECT_TRUE(options.problems().isEmpty());
    options.mode = Mode::LiveCopyAllStorage;
    EXPECT_TRUE(onlyProblemAbout(options, Option::Tunnelled).contains(QStringLiteral("cannot copy storage")));
    options.mode = Mode::LiveCopyIncremental;
    EXPECT_TRUE(onlyProblemAbout(options, Option::Tunnelled).contains(QStringLiteral("cannot copy storage")));
}

TEST(MigrationOptions, TunnelledNeedsPeerToPeerAndRefusesParallelAndAMigrationUri)
{
    MigrationOptions options;
    options.tunnelled = true;
    EXPECT_TRUE(onlyProblemAbout(options, Option::Tunnelled).contains(QStringLiteral("peer-to-peer")));
    options.peerToPeer = true;
    options.connectionUri = QStringLiteral("qemu+tls://b/system");
    options.parallelConnections = 2;
    EXPECT_TRUE(onlyProblemAbout(options, Option::Tunnelled).contains(QStringLiteral("parallel")));
    options.parallelConnections = 0;
    options.migrationUri = QStringLiteral("tcp://10.0.0.2");
    EXPECT_TRUE(onlyProblemAbout(options, Option::MigrationUri).contains(QStringLiteral("tunnelled")));
}

TEST(MigrationOptions, PeerToPeerNeedsAValidConnectionUri)
{
    MigrationOptions options;
    options.peerToPeer = true;
    EXPECT_TRUE(onlyProblemAbout(options, Option::ConnectionUri)
                    .contains(QStringLiteral("destination's libvirt URI")));
    options.connectionUri = QStringLiteral("host-b");
    EXPECT_TRUE(onlyProblemAbout(options, Option::ConnectionUri).contains(QStringLiteral("qemu://")));
    options.connectionUri = QStringLiteral("qemu+ssh://root@host-b/system");
    EXPECT_TRUE(options.problems().isEmpty());
}

TEST(MigrationOptions, OfflineRefusesStorageCopyAndEveryLiveOnlyOption)
{
    MigrationOptions options;
    options.mode = Mode::OfflineShared;
    EXPECT_TRUE(options.problems().isEmpty());

    options.migrateDisks = { QStringLiteral("vda") };
    EXPECT_TRUE(onlyProblemAbout(options, Option::MigrateDisks)
                    .contains(QStringLiteral("offline move with disk copy")));
    options.migrateDisks.clear();

    options.persistOnDestination = false;
    EXPECT_TRUE(
        onlyProblemAbout(options, Option::PersistOnDestination).contains(QStringLiteral("persistent")));
    options.persistOnDestination = true;

    const std::vector<std::pair<Option, std::function<void(MigrationOptions &)>>> liveOnly = {
        { Option::PauseAfter, [](MigrationOptions &o) { o.pauseAfter = true; } },
        { Option::MigrationUri, [](MigrationOptions &o) { o.migrationUri = QStringLiteral("tcp://b"); } },
        { Option::Bandwidth, [](MigrationOptions &o) { o.bandwidthMiBs = 10; } },
        { Option::MaxDowntime, [](MigrationOptions &o) { o.maxDowntimeMs = 100; } },
        { Option::Compression, [](MigrationOptions &o) { o.compressionMethods = { QStringLiteral("mt") }; } },
        { Option::AutoConverge, [](MigrationOptions &o) { o.autoConverge = true; } },
        { Option::PostCopy, [](MigrationOptions &o) { o.postCopyAllowed = true; } },
        { Option::ParallelConnections, [](MigrationOptions &o) { o.parallelConnections = 2; } },
        { Option::Tls, [](MigrationOptions &o) { o.tls = true; } },
    };
    for (const auto &[option, change] : liveOnly) {
        MigrationOptions offline = options;
        change(offline);
        EXPECT_TRUE(onlyProblemAbout(offline, option).contains(QStringLiteral("offline migration")))
            << int(option);
        MigrationOptions live = offline;
        live.mode = Mode::LiveShared;
        EXPECT_TRUE(live.problems().isEmpty()) << int(option) << " is fine for a live migration";
    }
}

TEST(MigrationOptions, ChosenDisksNeedAStorageCopy)
{
    MigrationOptions options;
    options.migrateDisks = { QStringLiteral("vda") };
    EXPECT_TRUE(onlyProblemAbout(options, Option::MigrateDisks).contains(QStringLiteral("storage copy")));
    options.mode = Mode::LiveCopyAllStorage;
    EXPECT_TRUE(options.problems().isEmpty());
    options.migrateDisks = { QStringLiteral("vda"), QStringLiteral("vda") };
    EXPECT_TRUE(onlyProblemAbout(options, Option::MigrateDisks).contains(QStringLiteral("twice")));
    options.migrateDisks = { QStringLiteral("/dev/vda") };
    EXPECT_TRUE(onlyProblemAbout(options, Option::MigrateDisks).contains(QStringLiteral("target name")));
}

TEST(MigrationOptions, RangesAreChecked)
{
    MigrationOptions options;
    options.bandwidthMiBs = MigrationOptions::kMaxBandwidthMiBs;
    options.maxDowntimeMs = MigrationOptions::kMaxDowntimeMs;
    options.parallelConnections = MigrationOptions::kMaxParallelConnections;
    EXPECT_TRUE(options.problems().isEmpty());

    options.bandwidthMiBs = MigrationOptions::kMaxBandwidthMiBs + 1;
    EXPECT_TRUE(onlyProblemAbout(options, Option::Bandwidth).contains(QStringLiteral("MiB/s")));
    options.bandwidthMiBs = 0;
    options.maxDowntimeMs = MigrationOptions::kMaxDowntimeMs + 1;
    EXPECT_TRUE(onlyProblemAbout(options, Option::MaxDowntime).contains(QStringLiteral("ms")));
    options.maxDowntimeMs = 0;
    options.parallelConnections = MigrationOptions::kMaxParallelConnections + 1;
    EXPECT_TRUE(
        onlyProblemAbout(options, Option::ParallelConnections).contains(QStringLiteral("between 1 and")));
    options.parallelConnections = -1;
    EXPECT_TRUE(
        onlyProblemAbout(options, Option::ParallelConnections).contains(QStringLiteral("between 1 and")));
}

TEST(MigrationOptions, CompressionMethodsMustBeKnownAndUnique)
{
    MigrationOptions options;
    options.compressionMethods = { QStringLiteral("xbzrle"), QStringLiteral("zstd") };
    EXPECT_TRUE(options.problems().isEmpty());
    options.compressionMethods = { QStringLiteral("gzip") };
    EXPECT_TRUE(onlyProblemAbout(options, Option::Compression)
                    .contains(QStringLiteral("Unknown compression method \"gzip\"")));
    options.compressionMethods = { QStringLiteral("mt"), QStringLiteral("mt") };
    EXPECT_TRUE(onlyProblemAbout(options, Option::Compression).contains(QStringLiteral("twice")));
}

TEST(MigrationOptions, DestinationNameIsValidatedLikeADomainName)
{
    MigrationOptions options;
    options.destinationName = QStringLiteral("web-01 新");
    EXPECT_TRUE(options.problems().isEmpty());
    options.destinationName = QStringLiteral("a/b");
    EXPECT_TRUE(onlyProblemAbout(options, Option::DestinationName).contains(QStringLiteral("/")));
    options.destinationName = QStringLiteral(" padded");
    EXPECT_TRUE(onlyProblemAbout(options, Option::DestinationName).contains(QStringLiteral("space")));
    options.destinationName = QStringLiteral("it's");
    EXPECT_TRUE(onlyProblemAbout(options, Option::DestinationName).contains(QStringLiteral("quotes")));
    options.destinationName = QStringLiteral("..");
    EXPECT_FALSE(onlyProblemAbout(options, Option::DestinationName).isEmpty());
}

TEST(MigrationOptions, MigrationUriIsParsed)
{
    MigrationOptions options;
    for (const QString &good : { QStringLiteral("tcp://10.0.0.2"), QStringLiteral("tcp://host-b:49152"),
             QStringLiteral("tcp://[fd00::2]:49152"), QStringLiteral("rdma://10.0.0.2"),
             QStringLiteral("unix:///run/migrate.sock") }) {
        options.migrationUri = good;
        EXPECT_TRUE(options.problems().isEmpty()) << good.toStdString();
    }
    options.migrationUri = QStringLiteral("10.0.0.2");
    EXPECT_TRUE(onlyProblemAbout(options, Option::MigrationUri).contains(QStringLiteral("tcp://")));
    options.migrationUri = QStringLiteral("ftp://host-b");
    EXPECT_TRUE(onlyProblemAbout(options, Option::MigrationUri).contains(QStringLiteral("\"ftp\"")));
    options.migrationUri = QStringLiteral("tcp://:49152");
    EXPECT_TRUE(onlyProblemAbout(options, Option::MigrationUri).contains(QStringLiteral("address")));
    options.migrationUri = QStringLiteral("tcp://host-b/path");
    EXPECT_TRUE(onlyProblemAbout(options, Option::MigrationUri).contains(QStringLiteral("only an address")));
    options.migrationUri = QStringLiteral("unix://");
    EXPECT_TRUE(hasProblemAbout(options, Option::MigrationUri, QStringLiteral("socket path")));
}

TEST(MigrationOptions, DestinationXmlMustNotBeBlank)
{
    MigrationOptions options;
    options.destinationXml = QStringLiteral("  \n");
    EXPECT_TRUE(onlyProblemAbout(options, Option::DestinationXml).contains(QStringLiteral("empty")));
}

TEST(MigrationOptions, VirshLineNamesEveryOption)
{
    MigrationOptions options;
    options.mode = Mode::LiveCopyIncremental;
    options.peerToPeer = true;
    options.pauseAfter = true;
    options.autoConverge = true;
    options.postCopyAllowed = true;
    options.tls = true;
    options.unsafe = true;
    options.compressionMethods = { QStringLiteral("xbzrle"), QStringLiteral("mt") };
    options.parallelConnections = 4;
    options.bandwidthMiBs = 100;
    options.migrateDisks = { QStringLiteral("vda"), QStringLiteral("vdb") };
    options.destinationXml = QStringLiteral("<domain/>");
    options.migrationUri = QStringLiteral("tcp://10.0.0.2:49152");
    EXPECT_EQ(options.virshCommandLine(QStringLiteral("web"), QStringLiteral("qemu+ssh://root@b/system")),
        QStringLiteral(
            "virsh migrate --live --copy-storage-inc --p2p --persistent --undefinesource --suspend "
            "--auto-converge --postcopy --tls --unsafe --compressed --comp-methods xbzrle,mt "
            "--parallel --parallel-connections 4 --bandwidth 100 --migrate-disks vda,vdb "
            "--xml destination.xml --domain web --desturi qemu+ssh://root@b/system --migrateuri "
            "tcp://10.0.0.2:49152"));

    MigrationOptions offline;
    offline.mode = Mode::OfflineShared;
    offline.undefineSource = false;
    EXPECT_EQ(offline.virshCommandLine(QStringLiteral("db"), QStringLiteral("qemu:///system")),
        QStringLiteral("virsh migrate --offline --persistent --domain db --desturi qemu:///system"));

    MigrationOptions downtime;
    downtime.maxDowntimeMs = 250;
    const QStringList lines
        = downtime.virshCommandLine(QStringLiteral("web"), QStringLiteral("qemu:///b")).split(u'\n');
    ASSERT_EQ(lines.size(), 2);
    EXPECT_EQ(lines.at(1), QStringLiteral("virsh migrate-setmaxdowntime --domain web --downtime 250"));
}

TEST(MigrationOptions, VirshLineQuotesHostileValuesSoTheShellPassesThemVerbatim)
{
    const QString name = QStringLiteral("it's; rm -rf / $(reboot) `id` \"x\" 虚拟机");
    const QString destination = QStringLiteral("qemu+ssh://root@b/system?keyfile=/tmp/k y&x=$(id)");
    MigrationOptions options;
    options.destinationName = QStringLiteral("新 $(touch /tmp/pwned) ;");
    options.migrationUri = QStringLiteral("tcp://b:1;reboot");
    options.migrateDisks = { QStringLiteral("vda'"), QStringLiteral("$(id)") };
    const QString line = options.virshCommandLine(name, destination);
    ASSERT_FALSE(line.isNull());
    const QStringList argv = argvAsShellSeesIt(line);
    ASSERT_FALSE(argv.isEmpty());
    EXPECT_EQ(argv.last(), QStringLiteral("\n"));
    const auto valueAfter = [&](const QString &option) {
        const qsizetype at = argv.indexOf(option);
        return at >= 0 && at + 1 < argv.size() ? argv.at(at + 1) : QStringLiteral("<missing>");
    };
    EXPECT_EQ(argv.first(), QStringLiteral("migrate"));
    EXPECT_EQ(valueAfter(QStringLiteral("--domain")), name);
    EXPECT_EQ(valueAfter(QStringLiteral("--desturi")), destination);
    EXPECT_EQ(valueAfter(QStringLiteral("--dname")), options.destinationName);
    EXPECT_EQ(valueAfter(QStringLiteral("--migrateuri")), options.migrationUri);
    EXPECT_EQ(valueAfter(QStringLiteral("--migrate-disks")), QStringLiteral("vda',$(id)"));

    MigrationOptions nul;
    EXPECT_TRUE(
        nul.virshCommandLine(QStringLiteral("a") + QChar(0) + QStringLiteral("b"), QStringLiteral("x"))
            .isNull());
}

// The test driver has no migration: the job must fail with libvirt's message and report,
// checked, that the domain is still on the source only.
TEST(MigrationJob, FailureOnTheTestDriverReportsLibvirtsMessageAndTheCheckedHost)
{
    Libvirt::ConnectPtr rawSource(virConnectOpen("test:///default"));
    Libvirt::ConnectPtr rawDestination(virConnectOpen("test:///default"));
    ASSERT_TRUE(rawSource && rawDestination);
    Libvirt::DomainPtr domain(virDomainLookupByName(rawSource.get(), "test"));
    ASSERT_TRUE(domain);
    char uuid[VIR_UUID_STRING_BUFLEN] = {};
    ASSERT_EQ(virDomainGetUUIDString(domain.get(), uuid), 0);

    MigrationJob job(shareConnection(rawSource.get()), shareConnection(rawDestination.get()),
        QString::fromLatin1(uuid), MigrationOptions {});
    QSignalSpy states(&job, &MigrationJob::stateChanged);
    QSignalSpy finished(&job, &MigrationJob::finished);
    job.start();
    ASSERT_TRUE(finished.wait(10000));
    EXPECT_EQ(job.state(), MigrationJob::State::Failed);
    EXPECT_FALSE(finished.first().at(0).toBool());
    EXPECT_FALSE(job.errorMessage().isEmpty());
    EXPECT_EQ(finished.first().at(1).toString(), job.errorMessage());
    // Two test:///default connections share one in-process driver: it is "both" hosts
    // and the domain runs there, which the check must see rather than assume.
    EXPECT_EQ(job.finalHost(), MigrationJob::FinalHost::Both);
    ASSERT_GE(states.size(), 2);
    EXPECT_EQ(states.first().at(0).value<MigrationJob::State>(), MigrationJob::State::Preparing);
    EXPECT_EQ(states.last().at(0).value<MigrationJob::State>(), MigrationJob::State::Failed);
}

TEST(MigrationJob, UnknownDomainFailsClearly)
{
    Libvirt::ConnectPtr raw(virConnectOpen("test:///default"));
    ASSERT_TRUE(raw);
    MigrationJob job(shareConnection(raw.get()), shareConnection(raw.get()),
        QStringLiteral("11111111-2222-3333-4444-555555555555"), MigrationOptions {});
    QSignalSpy finished(&job, &MigrationJob::finished);
    job.start();
    ASSERT_TRUE(finished.wait(10000));
    EXPECT_EQ(job.state(), MigrationJob::State::Failed);
    EXPECT_TRUE(job.errorMessage().contains(QStringLiteral("not on the source host")))
        << job.errorMessage().toStdString();
}

TEST(MigrationJob, MissingConnectionFailsWithoutAThread)
{
    MigrationJob job(ConnectionHandle {}, ConnectionHandle {}, QStringLiteral("x"), MigrationOptions {});
    QSignalSpy finished(&job, &MigrationJob::finished);
    job.start();
    EXPECT_EQ(job.state(), MigrationJob::State::Failed);
    EXPECT_EQ(finished.size(), 1);
    EXPECT_TRUE(job.errorMessage().contains(QStringLiteral("not connected")));
}

// The migration thread outlives a job destroyed mid-way; its late results must go nowhere.
TEST(MigrationJob, DestroyedWhileRunningDropsTheLateResult)
{
    Libvirt::ConnectPtr raw(virConnectOpen("test:///default"));
    ASSERT_TRUE(raw);
    Libvirt::DomainPtr domain(virDomainLookupByName(raw.get(), "test"));
    ASSERT_TRUE(domain);
    char uuid[VIR_UUID_STRING_BUFLEN] = {};
    ASSERT_EQ(virDomainGetUUIDString(domain.get(), uuid), 0);
    int finishedCount = 0;
    {
        MigrationJob job(shareConnection(raw.get()), shareConnection(raw.get()), QString::fromLatin1(uuid),
            MigrationOptions {});
        QObject::connect(&job, &MigrationJob::finished, [&finishedCount] { ++finishedCount; });
        job.start();
        EXPECT_EQ(job.state(), MigrationJob::State::Preparing);
    }
    // Time for the thread to end and post; nothing may arrive.
    QTest::qWait(500);
    EXPECT_EQ(finishedCount, 0);
}
