// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: Virt Ferry contributors
// Connection and its worker on libvirt's test driver: listing, events, actions, bulk
// stats and the error paths, including a daemon that accepts and never answers.
#include "Connection.h"
#include "DomainRecorder.h"
#include "NodeXmlGenerator.h"
#include "QtPrinting.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <gtest/gtest.h>
#include <libvirt/libvirt.h>

#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

namespace {

ConnectionConfig configFor(const QString &uri)
{
    ConnectionConfig config = ConnectionConfig::fromUri(uri);
    config.autoconnect = false; // tests decide when to retry
    return config;
}

// DomainRecorder plus the stats and action results a connection reports.
struct Recorder : DomainRecorder
{
    explicit Recorder(Connection &connection)
        : DomainRecorder(connection)
    {
        QObject::connect(&connection, &Connection::statsSampled, &connection,
                         [this](const QList<DomainStatsSample> &samples) { lastStats = samples; ++statsBatches; });
        QObject::connect(&connection, &Connection::actionFinished, &connection,
                         [this](quint64, const QString &, DomainAction, bool ok, const QString &message) {
                             actionResults.append({ok, message});
                         });
    }

    int statsBatches = 0;
    QList<DomainStatsSample> lastStats;
    QList<QPair<bool, QString>> actionResults;
};

bool waitConnected(Connection &connection, int timeoutMs = 10000)
{
    return QTest::qWaitFor([&] { return connection.state() != Connection::State::Connecting; }, timeoutMs)
        && connection.state() == Connection::State::Connected;
}

} // namespace

TEST(Connection, OpensTheTestDriverAndListsItsDomain)
{
    Connection connection(configFor(QStringLiteral("test:///default")));
    Recorder recorder(connection);
    QSignalSpy states(&connection, &Connection::stateChanged);
    connection.open();
    EXPECT_EQ(connection.state(), Connection::State::Connecting) << "open() returns at once";
    ASSERT_TRUE(waitConnected(connection)) << connection.stateText();
    ASSERT_TRUE(QTest::qWaitFor([&] { return recorder.listings > 0; }, 5000));
    const auto test = recorder.byName(QStringLiteral("test"));
    ASSERT_TRUE(test.has_value());
    EXPECT_EQ(test->state, DomainState::Running);
    EXPECT_EQ(test->vcpus, 2u);
    EXPECT_EQ(test->maxMemoryKiB, 8388608u);
    EXPECT_EQ(connection.hostInfo().hypervisorType, QStringLiteral("TEST"));
    EXPECT_GT(connection.hostInfo().cpus, 0u);
    EXPECT_GE(connection.hostInfo().libvirtVersion, 9000000u);
    EXPECT_GE(states.count(), 2);
}

class GeneratedNode : public ::testing::TestWithParam<int>
{
};

TEST_P(GeneratedNode, ListsEveryDomainInOneBatchWithItsState)
{
    const int count = GetParam();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("node.xml"));
    NodeXmlGenerator::Options options;
    options.domainCount = count;
    ASSERT_EQ(NodeXmlGenerator::write(path, options), QString());

    Connection connection(configFor(QStringLiteral("test://") + path));
    // Parsing 5000 domains can outlast the default 15 s under sanitizers on a busy machine.
    connection.setConnectTimeout(120000);
    Recorder recorder(connection);
    connection.open();
    ASSERT_TRUE(waitConnected(connection, 120000)) << connection.stateText();
    ASSERT_TRUE(QTest::qWaitFor([&] { return recorder.listings > 0; }, 5000));
    EXPECT_EQ(recorder.listings, 1) << "the whole inventory arrives as one batch";
    ASSERT_EQ(recorder.domains.size(), count);
    int mismatches = 0;
    for (int i = 0; i < count; ++i) {
        const auto info = recorder.byName(QStringLiteral("vm-%1").arg(i, 5, 10, QLatin1Char('0')));
        if (!info || int(info->state) != NodeXmlGenerator::stateOf(i) || info->vcpus != unsigned(1 + i % 4))
            ++mismatches;
    }
    EXPECT_EQ(mismatches, 0);
    EXPECT_EQ(connection.hostInfo().cpus, 16u);
}

INSTANTIATE_TEST_SUITE_P(Sizes, GeneratedNode, ::testing::Values(10, 1000, 5000));

TEST(Connection, ActionsChangeStateAndRaiseEvents)
{
    Connection connection(configFor(QStringLiteral("test:///default")));
    connection.setStatsPaused(true); // what changes must come from events, not from stats
    Recorder recorder(connection);
    connection.open();
    ASSERT_TRUE(waitConnected(connection));
    ASSERT_TRUE(QTest::qWaitFor([&] { return recorder.byName(QStringLiteral("test")).has_value(); }, 5000));
    const QString uuid = recorder.byName(QStringLiteral("test"))->uuid;

    auto runAndExpect = [&](DomainAction action, DomainState expected) {
        const qsizetype before = recorder.actionResults.size();
        connection.requestDomainAction(uuid, action);
        EXPECT_TRUE(QTest::qWaitFor([&] { return recorder.actionResults.size() > before; }, 5000));
        EXPECT_TRUE(recorder.actionResults.last().first) << recorder.actionResults.last().second;
        EXPECT_TRUE(QTest::qWaitFor([&] { return recorder.domains.value(uuid).state == expected; }, 5000))
            << "after " << qPrintable(domainActionText(action)) << " state is "
            << qPrintable(domainStateText(recorder.domains.value(uuid).state));
    };
    runAndExpect(DomainAction::Pause, DomainState::Paused);
    runAndExpect(DomainAction::Resume, DomainState::Running);
    runAndExpect(DomainAction::ForceOff, DomainState::ShutOff);
    runAndExpect(DomainAction::Start, DomainState::Running);
    runAndExpect(DomainAction::Shutdown, DomainState::ShutOff);

    // Resuming a shut-off domain fails, with libvirt's own message.
    const qsizetype before = recorder.actionResults.size();
    connection.requestDomainAction(uuid, DomainAction::Resume);
    ASSERT_TRUE(QTest::qWaitFor([&] { return recorder.actionResults.size() > before; }, 5000));
    EXPECT_FALSE(recorder.actionResults.last().first);
    EXPECT_FALSE(recorder.actionResults.last().second.isEmpty());

    connection.requestDomainAction(uuid, DomainAction::Delete);
    EXPECT_TRUE(QTest::qWaitFor([&] { return !recorder.domains.contains(uuid); }, 5000)) << "delete must remove it";
    EXPECT_TRUE(recorder.actionResults.last().first) << recorder.actionResults.last().second;
}

TEST(Connection, ChangesMadeElsewhereArriveAsEvents)
{
    // test:///default is one shared instance per process, so a second, plain libvirt
    // connection plays "another administrator"; only lifecycle events can tell the
    // model, since stats are paused and nothing is relisted.
    Connection connection(configFor(QStringLiteral("test:///default")));
    connection.setStatsPaused(true);
    Recorder recorder(connection);
    connection.open();
    ASSERT_TRUE(waitConnected(connection));
    ASSERT_TRUE(QTest::qWaitFor([&] { return recorder.listings > 0; }, 5000));

    virConnectPtr outside = virConnectOpen("test:///default");
    ASSERT_NE(outside, nullptr);
    const char *xml = "<domain type='test'><name>outsider</name><memory unit='MiB'>256</memory>"
                      "<vcpu>3</vcpu><os><type>hvm</type></os></domain>";
    virDomainPtr domain = virDomainDefineXML(outside, xml);
    ASSERT_NE(domain, nullptr);
    EXPECT_TRUE(QTest::qWaitFor([&] { return recorder.byName(QStringLiteral("outsider")).has_value(); }, 5000))
        << "defined elsewhere, never listed";
    EXPECT_EQ(recorder.byName(QStringLiteral("outsider"))->state, DomainState::ShutOff);
    EXPECT_EQ(recorder.byName(QStringLiteral("outsider"))->vcpus, 3u);

    ASSERT_EQ(virDomainCreate(domain), 0);
    EXPECT_TRUE(QTest::qWaitFor(
        [&] { return recorder.byName(QStringLiteral("outsider"))->state == DomainState::Running; }, 5000));
    ASSERT_EQ(virDomainSuspend(domain), 0);
    EXPECT_TRUE(QTest::qWaitFor(
        [&] { return recorder.byName(QStringLiteral("outsider"))->state == DomainState::Paused; }, 5000));
    ASSERT_EQ(virDomainDestroy(domain), 0);
    ASSERT_EQ(virDomainUndefine(domain), 0);
    EXPECT_TRUE(QTest::qWaitFor([&] { return !recorder.byName(QStringLiteral("outsider")).has_value(); }, 5000))
        << "undefined elsewhere, still listed";
    virDomainFree(domain);
    virConnectClose(outside);

    EXPECT_EQ(recorder.listings, 1) << "no relisting";
    EXPECT_EQ(recorder.statsBatches, 0) << "stats were paused";
}

TEST(Connection, BulkStatsReportEveryDomainEachTick)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("node.xml"));
    NodeXmlGenerator::Options options;
    options.domainCount = 12;
    ASSERT_EQ(NodeXmlGenerator::write(path, options), QString());
    Connection connection(configFor(QStringLiteral("test://") + path));
    connection.setStatsInterval(100);
    Recorder recorder(connection);
    connection.open();
    ASSERT_TRUE(waitConnected(connection));
    ASSERT_TRUE(QTest::qWaitFor([&] { return recorder.statsBatches >= 3; }, 5000));
    ASSERT_EQ(recorder.lastStats.size(), 12);
    int wrongStates = 0;
    for (const DomainStatsSample &sample : recorder.lastStats) {
        const DomainInfo info = recorder.domains.value(sample.uuid);
        if (sample.state != info.state)
            ++wrongStates;
        // The test driver reports no cpu.time: unknown must stay unknown, not 0 %.
        EXPECT_FALSE(sample.cpuPercent.has_value());
    }
    EXPECT_EQ(wrongStates, 0);

    connection.setStatsPaused(true);
    QTest::qWait(150);
    const int pausedAt = recorder.statsBatches;
    QTest::qWait(400);
    EXPECT_LE(recorder.statsBatches, pausedAt + 1) << "pausing stops the ticks";
}

TEST(Connection, BadUriFailsWithLibvirtsMessage)
{
    Connection connection(configFor(QStringLiteral("nosuchdriver:///system")));
    connection.open();
    ASSERT_TRUE(QTest::qWaitFor([&] { return connection.state() == Connection::State::Failed; }, 10000));
    EXPECT_FALSE(connection.stateReason().isEmpty());
    EXPECT_TRUE(connection.stateText().startsWith(QStringLiteral("Error:"))) << connection.stateText().toStdString();
}

TEST(Connection, GivesUpOnADaemonThatAcceptsAndNeverAnswers)
{
    QTemporaryDir dir;
    const QByteArray socketPath = dir.filePath(QStringLiteral("hung.sock")).toUtf8();
    const int listener = socket(AF_UNIX, SOCK_STREAM, 0);
    ASSERT_GE(listener, 0);
    sockaddr_un address{};
    address.sun_family = AF_UNIX;
    std::strncpy(address.sun_path, socketPath.constData(), sizeof(address.sun_path) - 1);
    ASSERT_EQ(bind(listener, reinterpret_cast<sockaddr *>(&address), sizeof(address)), 0);
    ASSERT_EQ(listen(listener, 4), 0); // the kernel accepts; nobody ever answers

    Connection connection(configFor(QStringLiteral("test+unix:///default?socket=") + QString::fromUtf8(socketPath)));
    connection.setConnectTimeout(700);

    // The GUI thread must keep turning while the worker is stuck.
    int ticks = 0;
    QTimer ticker;
    QObject::connect(&ticker, &QTimer::timeout, [&] { ++ticks; });
    ticker.start(20);

    QElapsedTimer clock;
    clock.start();
    connection.open();
    EXPECT_LT(clock.elapsed(), 200) << "open() must not block";
    ASSERT_TRUE(QTest::qWaitFor([&] { return connection.state() == Connection::State::Failed; }, 10000));
    EXPECT_GE(clock.elapsed(), 600);
    EXPECT_TRUE(connection.stateReason().contains(QStringLiteral("gave up"))) << connection.stateReason().toStdString();
    EXPECT_GT(ticks, 10) << "the event loop stalled while connecting";

    // A second attempt is independent of the stuck worker and fails the same way.
    connection.open();
    EXPECT_EQ(connection.state(), Connection::State::Connecting);
    ASSERT_TRUE(QTest::qWaitFor([&] { return connection.state() == Connection::State::Failed; }, 10000));
    // Closing the listener resets the pending connections: the abandoned workers return
    // from libvirt, their threads finish and delete themselves (else LeakSanitizer
    // rightly reports them at exit).
    close(listener);
    QTest::qWait(1500);
}

TEST(Connection, AutoconnectRetriesAfterAFailure)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("later.xml"));
    ConnectionConfig config = ConnectionConfig::fromUri(QStringLiteral("test://") + path);
    config.autoconnect = true;
    Connection connection(config);
    connection.setRetryBaseDelay(100);
    connection.open();
    ASSERT_TRUE(QTest::qWaitFor([&] { return connection.state() == Connection::State::Failed; }, 10000))
        << "the node file does not exist yet";
    NodeXmlGenerator::Options options;
    options.domainCount = 2;
    ASSERT_EQ(NodeXmlGenerator::write(path, options), QString());
    EXPECT_TRUE(QTest::qWaitFor([&] { return connection.state() == Connection::State::Connected; }, 10000))
        << "no retry happened: " << connection.stateText().toStdString();
}

TEST(Connection, CloseReturnsToDisconnectedAndEmptiesTheList)
{
    Connection connection(configFor(QStringLiteral("test:///default")));
    Recorder recorder(connection);
    connection.open();
    ASSERT_TRUE(waitConnected(connection));
    ASSERT_TRUE(QTest::qWaitFor([&] { return !recorder.domains.isEmpty(); }, 5000));
    connection.close();
    EXPECT_EQ(connection.state(), Connection::State::Disconnected);
    EXPECT_TRUE(recorder.domains.isEmpty());
    connection.open();
    EXPECT_TRUE(waitConnected(connection));
}
