// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: Virt Ferry contributors
// A migration whose watcher goes away, against the lab's real daemons: (a) the app is
// killed (SIGKILL) mid-migration and a new run finds the job through its journal and the
// hosts' job and domain state; (b) only the client's link to the source host drops
// mid-migration, and the batch finds out how the migration ended once the source
// connection is back. Each checks that what the app reported is what really happened: the
// guest on exactly one host with its heartbeat going on, and a job still running on the
// source reported as running.
#include "Connection.h"
#include "ConnectionConfig.h"
#include "Lab.h"
#include "LibvirtHandles.h"
#include "MigrationBatch.h"
#include "MigrationHistory.h"
#include "MigrationJournal.h"
#include "MigrationPlan.h"
#include "QtPrinting.h"
#include "ReliabilityRecord.h"
#include "SshLabTest.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QElapsedTimer>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <gtest/gtest.h>
#include <libvirt/virterror.h>

#include <memory>

#include <signal.h>
#include <unistd.h>

namespace {

constexpr int kBootMs = 60000;
constexpr int kSettleMs = 45000;
constexpr qint64 kMaxLoopGapMs = 1000;
// Slow enough (128 MiB of guest memory) to be caught mid-way, fast enough to end in the
// test's time. The guest dirties no memory, so the limit cannot stall it.
constexpr unsigned long kBandwidthMiBs = 12;

const char kChildJournal[] = "VF_RECOVERY_CHILD_JOURNAL";
const char kChildUuid[] = "VF_RECOVERY_CHILD_UUID";
const char kChildName[] = "VF_RECOVERY_CHILD_NAME";
const char kJournalledLine[] = "VF-RECOVERY-JOURNALLED";

// The client's address in the lab (lab.sh: 10.231.0.10), and host A's.
const QString kHostAAddress = QStringLiteral("10.231.0.11");

// A 50 ms timer on the main thread and the longest gap between its ticks: a frozen loop
// (a blocking libvirt call on the GUI thread) shows as a long gap.
class LoopGapWatch final
{
public:
    LoopGapWatch()
    {
        m_clock.start();
        m_timer.setInterval(50);
        QObject::connect(&m_timer, &QTimer::timeout, &m_timer, [this] { tick(); });
        m_timer.start();
    }
    qint64 maxGapMs()
    {
        tick();
        return m_maxGapMs;
    }

private:
    void tick()
    {
        const qint64 now = m_clock.elapsed();
        m_maxGapMs = std::max(m_maxGapMs, now - m_lastMs);
        m_lastMs = now;
    }
    QElapsedTimer m_clock;
    QTimer m_timer;
    qint64 m_lastMs = 0;
    qint64 m_maxGapMs = 0;
};

MigrationPlan peerToPeerPlan()
{
    // Peer-to-peer: the source's libvirtd drives the migration itself, so it goes on
    // whatever happens to the client.
    MigrationPlan plan;
    plan.options.peerToPeer = true;
    plan.options.connectionUri = Lab::tcpUri(Lab::Host::B);
    plan.options.bandwidthMiBs = kBandwidthMiBs;
    return plan;
}

bool runsOn(Lab::Host host, const QString &name)
{
    Libvirt::DomainPtr domain = Lab::lookupDomain(Lab::openHandle(host), name);
    const bool active = domain && virDomainIsActive(domain.get()) == 1;
    virResetLastError();
    return active;
}

// Whether host A runs a migration job for `name` now, asked below the app (TCP).
bool migrationJobOnA(const QString &name)
{
    Libvirt::DomainPtr domain = Lab::lookupDomain(Lab::openHandle(Lab::Host::A), name);
    if (!domain)
        return false;
    virDomainJobInfo info {};
    const bool running = virDomainGetJobInfo(domain.get(), &info) == 0
        && (info.type == VIR_DOMAIN_JOB_BOUNDED || info.type == VIR_DOMAIN_JOB_UNBOUNDED);
    virResetLastError();
    return running;
}

Lab::Host hostOf(MigrationFate::Where where)
{
    return where == MigrationFate::Where::Destination ? Lab::Host::B : Lab::Host::A;
}

// Cuts, in the client's namespace (where the tests run), the client's traffic with host A:
// what A sends is dropped, and what the client sends is answered with a TCP reset, as a
// firewall or NAT that forgot the connection does. (With drops alone, libvirt's keepalive
// did not notice within 20 s while the migration call was in progress.)
bool cutClientFromA(bool cut)
{
    bool ok = true;
    const QList<QStringList> rules {
        { QStringLiteral("INPUT"), QStringLiteral("-s"), kHostAAddress, QStringLiteral("-j"), QStringLiteral("DROP") },
        { QStringLiteral("OUTPUT"), QStringLiteral("-d"), kHostAAddress, QStringLiteral("-p"), QStringLiteral("tcp"),
            QStringLiteral("-j"), QStringLiteral("REJECT"), QStringLiteral("--reject-with"), QStringLiteral("tcp-reset") },
    };
    for (const QStringList &rule : rules) {
        QProcess iptables;
        iptables.start(QStringLiteral("iptables"),
            QStringList { QStringLiteral("-w"), cut ? QStringLiteral("-I") : QStringLiteral("-D") } + rule);
        const bool applied = iptables.waitForFinished(10000) && iptables.exitStatus() == QProcess::NormalExit
            && iptables.exitCode() == 0;
        if (!applied)
            ADD_FAILURE() << "iptables: " << iptables.readAllStandardError().toStdString();
        ok = ok && applied;
    }
    return ok;
}

// Whether a new TCP connection from here to host A's sshd gets through (nc -z).
bool canReachA()
{
    QProcess nc;
    nc.start(QStringLiteral("nc"), { QStringLiteral("-z"), QStringLiteral("-w"), QStringLiteral("2"), kHostAAddress,
                                       QStringLiteral("22") });
    return nc.waitForFinished(10000) && nc.exitStatus() == QProcess::NormalExit && nc.exitCode() == 0;
}

// The ssh transports libvirt started from this process to host A (its direct children).
QList<pid_t> sshTransportsToA()
{
    QList<pid_t> found;
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs);
    for (const QString &entry : entries) {
        bool isPid = false;
        const pid_t pid = pid_t(entry.toInt(&isPid));
        if (!isPid)
            continue;
        QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
        QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(pid));
        if (!stat.open(QIODevice::ReadOnly) || !cmdline.open(QIODevice::ReadOnly))
            continue;
        // "pid (comm) state ppid …": the fields after the last ')'.
        const QByteArray statLine = stat.readAll();
        const QList<QByteArray> fields = statLine.mid(statLine.lastIndexOf(')') + 2).split(' ');
        const QList<QByteArray> arguments = cmdline.readAll().split('\0');
        if (fields.size() > 1 && fields.at(1).toInt() == getpid() && !arguments.isEmpty()
            && arguments.first().endsWith("ssh") && arguments.contains(Lab::hostName(Lab::Host::A).toUtf8()))
            found.append(pid);
    }
    return found;
}

class RecoveryLab : public SshLabTest
{
protected:
    void TearDown() override
    {
        if (m_linkCut)
            cutClientFromA(false);
        m_batch.reset();
        SshLabTest::TearDown();
    }

    QString startOnA(const QString &name, int *before)
    {
        QString error;
        const QString uuid = Lab::startBeating(
            Lab::Host::A, name, Lab::prepareGuest(name, Lab::GuestDisk::NfsNetwork, Lab::Host::A), kBootMs, before, &error);
        if (uuid.isEmpty())
            ADD_FAILURE() << error;
        return uuid;
    }

    // The guest runs on exactly the host the app named, and goes on beating there.
    void expectRunsOnlyOn(const QString &name, MigrationFate::Where where, int before)
    {
        ASSERT_TRUE(where == MigrationFate::Where::Source || where == MigrationFate::Where::Destination)
            << "reported: " << int(where);
        const Lab::Host host = hostOf(where);
        const Lab::Host other = host == Lab::Host::A ? Lab::Host::B : Lab::Host::A;
        EXPECT_EQ(Lab::activeCopies(name), 1);
        EXPECT_TRUE(runsOn(host, name)) << "the app said " << Lab::hostName(host) << ", but it does not run there";
        EXPECT_FALSE(runsOn(other, name));
        EXPECT_GE(Lab::waitForTick(host, name, before + 10, 30000), before + 10)
            << "no heartbeat on " << Lab::hostName(host);
    }

    std::unique_ptr<MigrationBatch> m_batch;
    bool m_linkCut = false;
};

} // namespace

// Not a test of its own: the app that gets killed. RecoveryLab.AppKilledMidMigration...
// runs this binary again with this test alone; it starts the migration through a batch
// with a journal, says when the journal holds it, and waits to be killed.
TEST_F(RecoveryLab, DISABLED_ChildMigratesWithAJournalUntilKilled)
{
    if (!qEnvironmentVariableIsSet(kChildJournal))
        GTEST_SKIP() << "only run by RecoveryLab.AppKilledMidMigrationFindsTheJobOrTheVmAfterRestart";
    MigrationJournal journal(qEnvironmentVariable(kChildJournal));
    m_batch = std::make_unique<MigrationBatch>(m_hostA->handle(), m_hostB->handle(), Lab::tcpUri(Lab::Host::B),
        QList<MigrationTarget> { MigrationTarget { qEnvironmentVariable(kChildUuid), qEnvironmentVariable(kChildName) } },
        peerToPeerPlan());
    m_batch->setJournal(&journal, m_hostA.get(), m_hostB.get());
    m_batch->start();
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return m_batch->itemState(0) == MigrationBatch::ItemState::Migrating && !journal.entries().isEmpty(); },
        30000))
        << m_batch->itemMessage(0);
    std::printf("%s\n", kJournalledLine);
    std::fflush(stdout);
    QTest::qWait(120000); // killed long before
}

TEST_F(RecoveryLab, AppKilledMidMigrationFindsTheJobOrTheVmAfterRestart)
{
    Reliability::describe(Reliability::Area::FaultMatrix,
        QStringLiteral("The app is killed (SIGKILL) mid live migration and started again"),
        QStringLiteral("Peer-to-peer migration A→B journalled by a child process, which was killed; the journal "
                       "was resolved from a new connection to both hosts, and watched until it settled"));
    const QString name = guestName("rec-killed");
    int before = 0;
    const QString uuid = startOnA(name, &before);
    ASSERT_FALSE(uuid.isEmpty());

    QTemporaryDir journalDir;
    ASSERT_TRUE(journalDir.isValid());
    QProcess child;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QString::fromLatin1(kChildJournal), journalDir.path());
    environment.insert(QString::fromLatin1(kChildUuid), uuid);
    environment.insert(QString::fromLatin1(kChildName), name);
    // The child's own reliability rows would only be noise.
    environment.insert(QStringLiteral("VF_RELIABILITY_ROWS"), journalDir.filePath(QStringLiteral("child-rows.jsonl")));
    child.setProcessEnvironment(environment);
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(QCoreApplication::applicationFilePath(),
        { QStringLiteral("--gtest_also_run_disabled_tests"),
            QStringLiteral("--gtest_filter=RecoveryLab.DISABLED_ChildMigratesWithAJournalUntilKilled") });
    ASSERT_TRUE(child.waitForStarted(10000));
    QByteArray output;
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            output += child.readAllStandardOutput();
            return output.contains(kJournalledLine) || child.state() == QProcess::NotRunning;
        },
        40000));
    ASSERT_TRUE(output.contains(kJournalledLine)) << "the child did not start the migration:\n" << output.toStdString();
    QTest::qWait(1500); // well inside the memory transfer
    child.kill(); // SIGKILL: no destructor, no abort, the journal entry stays
    ASSERT_TRUE(child.waitForFinished(10000));
    ASSERT_EQ(child.exitStatus(), QProcess::CrashExit);

    LoopGapWatch loop;
    // The restarted app: its journal, and connections opened from what the entry names.
    MigrationJournal journal(journalDir.path());
    EXPECT_TRUE(journal.problems().isEmpty()) << journal.problems().join(u'\n');
    ASSERT_EQ(journal.entries().size(), 1);
    const MigrationJournalEntry entry = journal.entries().first();
    EXPECT_EQ(entry.vmUuid, uuid);
    EXPECT_EQ(entry.vmName, name);
    ASSERT_EQ(entry.sourceUri, Lab::sshUri(Lab::Host::A));
    ASSERT_EQ(entry.destinationUri, Lab::sshUri(Lab::Host::B));
    const std::unique_ptr<Connection> hostA = Lab::openConnection(entry.sourceUri);
    const std::unique_ptr<Connection> hostB = Lab::openConnection(entry.destinationUri);
    ASSERT_TRUE(hostA->isOpen()) << hostA->stateText();
    ASSERT_TRUE(hostB->isOpen()) << hostB->stateText();

    QSignalSpy resolved(&journal, &MigrationJournal::resolved);
    journal.resolve(entry, hostA->handle(), hostB->handle());
    ASSERT_TRUE(resolved.wait(20000));
    MigrationFate fate = resolved.takeFirst().at(1).value<MigrationFate>();
    // Asked after the app's answer: a job still running then was running before too.
    const bool runningAfter = migrationJobOnA(name);
    const QString firstAnswer = MigrationJournal::describe(entry, fate);
    Reliability::showed(firstAnswer);
    if (runningAfter) {
        EXPECT_TRUE(fate.jobRunning) << "libvirt runs the job, the app said: " << firstAnswer;
    }
    if (fate.jobRunning) {
        EXPECT_TRUE(firstAnswer.startsWith(QStringLiteral("Still migrating"))) << firstAnswer;
        EXPECT_EQ(fate.where, MigrationFate::Where::Source);
        EXPECT_TRUE(fate.percent.has_value()) << "libvirt sends the amounts while it migrates";
    }

    // Watch it to its end, as the dialog does.
    QElapsedTimer watching;
    watching.start();
    while (!fate.isSettled() && watching.elapsed() < kSettleMs) {
        QTest::qWait(1000);
        journal.resolve(entry, hostA->handle(), hostB->handle());
        ASSERT_TRUE(resolved.wait(20000));
        fate = resolved.takeFirst().at(1).value<MigrationFate>();
    }
    const QString finalAnswer = MigrationJournal::describe(entry, fate);
    if (finalAnswer != firstAnswer)
        Reliability::showed(finalAnswer);
    ASSERT_TRUE(fate.isSettled()) << finalAnswer;
    EXPECT_FALSE(fate.jobRunning);
    expectRunsOnlyOn(name, fate.where, before);

    MigrationHistory history(journalDir.filePath(QStringLiteral("history")));
    QString error;
    ASSERT_TRUE(journal.conclude(entry.id, fate, &history, &error)) << error;
    EXPECT_TRUE(MigrationJournal(journalDir.path()).entries().isEmpty());
    ASSERT_EQ(history.records().size(), 1);
    EXPECT_EQ(history.records().first().finalHost, fate.whereName());
    EXPECT_LT(loop.maxGapMs(), kMaxLoopGapMs) << "the main loop froze while the hosts were asked";
}

TEST_F(RecoveryLab, SourceConnectionDropsMidMigrationAndTheFateIsFoundAfterReconnect)
{
    Reliability::describe(Reliability::Area::FaultMatrix,
        QStringLiteral("The client's link to the source host drops mid live migration"),
        QStringLiteral("iptables cut client↔A (drop in, TCP reset out) during a peer-to-peer migration A→B until "
                       "the connection to A was lost (keepalive, or else its ssh transports ended as when TCP gives "
                       "up), then the link and the connection (Reconnect) came back"));
    const QString name = guestName("rec-dropped");
    int before = 0;
    const QString uuid = startOnA(name, &before);
    ASSERT_FALSE(uuid.isEmpty());

    // A connection to A that notices the drop quickly, as the app's own would (later).
    ConnectionConfig config = ConnectionConfig::fromUri(Lab::sshUri(Lab::Host::A));
    config.autoconnect = false;
    Connection hostA(config);
    hostA.setKeepAlive(1, 2);
    hostA.open();
    ASSERT_TRUE(QTest::qWaitFor([&] { return hostA.state() != Connection::State::Connecting; }, 30000));
    ASSERT_TRUE(hostA.isOpen()) << hostA.stateText();

    QTemporaryDir journalDir;
    ASSERT_TRUE(journalDir.isValid());
    MigrationJournal journal(journalDir.path());
    MigrationHistory history(journalDir.path());
    // Slow enough to be still on its way when the client has noticed the drop (its
    // migrate call's own connection has the default keepalive: some 20 s), so the fate
    // can only be found once A answers again.
    MigrationPlan slowPlan = peerToPeerPlan();
    slowPlan.options.bandwidthMiBs = 1;
    m_batch = std::make_unique<MigrationBatch>(hostA.handle(), m_hostB->handle(), Lab::tcpUri(Lab::Host::B),
        QList<MigrationTarget> { MigrationTarget { uuid, name } }, slowPlan);
    m_batch->setHistory(&history, QStringLiteral("host-a"), QStringLiteral("host-b"));
    m_batch->setJournal(&journal, &hostA, m_hostB.get());
    QSignalSpy finished(m_batch.get(), &MigrationBatch::finished);
    m_batch->start();
    ASSERT_TRUE(QTest::qWaitFor([&] { return m_batch->itemState(0) == MigrationBatch::ItemState::Migrating; }, 30000))
        << m_batch->itemMessage(0);
    QTest::qWait(1000);
    ASSERT_FALSE(m_batch->isFinished()) << m_batch->itemMessage(0);
    ASSERT_EQ(journal.entries().size(), 1);

    m_linkCut = cutClientFromA(true);
    ASSERT_TRUE(m_linkCut);
    EXPECT_FALSE(canReachA()) << "the cut let a new connection to A through";
    // Watched from here: the probe above blocks this thread for its 2 s timeout itself.
    LoopGapWatch loop;
    // Keepalive should notice. In this lab it did not while the migration call was in
    // progress, so the dead TCP connection's end is what the client sees: its ssh
    // transport to A ends, as it would once TCP gives up.
    if (!QTest::qWaitFor([&] { return !hostA.isOpen(); }, 8000)) {
        // libvirt then writes into the socket of a dead ssh transport: without this the
        // process dies of SIGPIPE (the app must ignore it too; see the report).
        ::signal(SIGPIPE, SIG_IGN);
        const QList<pid_t> transports = sshTransportsToA();
        EXPECT_FALSE(transports.isEmpty()) << "no ssh transport to host A found";
        for (const pid_t pid : transports) {
            std::fprintf(stderr, "RecoveryLab: ending ssh transport %d (this process is %d)\n", int(pid), int(getpid()));
            std::fflush(stderr);
            ::kill(pid, SIGKILL);
        }
    }
    // The job's call fails. Where B already runs the guest, the migration is known to have
    // gone through (the source's own libvirtd confirms a peer-to-peer migration); otherwise
    // the batch waits for the source.
    ASSERT_TRUE(QTest::qWaitFor([&] { return !hostA.isOpen(); }, 20000)) << "the dead link went unnoticed";
    Reliability::showed(QStringLiteral("connection to A: %1").arg(hostA.stateText()));
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            return finished.count() == 1
                || m_batch->itemMessage(0).contains(QStringLiteral("is connected again"));
        },
        // The migrate call has a connection of its own, with the default keepalive.
        (KeepAlive::kDefaultCount + 2) * KeepAlive::kDefaultIntervalSeconds * 1000))
        << m_batch->itemMessage(0);
    const bool waitedForSource = finished.isEmpty();
    EXPECT_TRUE(waitedForSource) << "the batch settled the fate while A could not be asked: "
                                 << m_batch->itemMessage(0).toStdString();
    if (waitedForSource) {
        EXPECT_EQ(m_batch->itemState(0), MigrationBatch::ItemState::Migrating) << "not over until it is known";
        EXPECT_EQ(journal.entries().size(), 1) << "the entry stays while the fate is unknown";
    }
    Reliability::showed(m_batch->itemMessage(0));

    ASSERT_TRUE(cutClientFromA(false));
    m_linkCut = false;
    hostA.open(); // Reconnect
    ASSERT_TRUE(QTest::qWaitFor([&] { return hostA.state() != Connection::State::Connecting; }, 30000));
    ASSERT_TRUE(hostA.isOpen()) << hostA.stateText();
    if (waitedForSource) {
        // A's libvirtd carried on without the client: the batch finds the job still running.
        const bool seenRunning = QTest::qWaitFor(
            [&] { return finished.count() == 1 || m_batch->itemMessage(0).contains(QStringLiteral("Still migrating")); },
            20000);
        if (seenRunning && finished.isEmpty())
            Reliability::showed(m_batch->itemMessage(0).section(QLatin1Char('\n'), -1));
        // The rest at full speed, set below the app, so the test need not wait for 1 MiB/s.
        Libvirt::DomainPtr domain = Lab::lookupDomain(Lab::openHandle(Lab::Host::A), name);
        if (domain && virDomainMigrateSetMaxSpeed(domain.get(), 10000, 0) < 0)
            virResetLastError();
    }
    ASSERT_TRUE(QTest::qWaitFor([&] { return finished.count() == 1; }, kSettleMs)) << m_batch->itemMessage(0);
    const QString message = m_batch->itemMessage(0);
    if (waitedForSource)
        Reliability::showed(message);
    EXPECT_TRUE(message.contains(QStringLiteral("Ended: the virtual machine runs on"))) << message;
    const bool moved = m_batch->itemState(0) == MigrationBatch::ItemState::Completed;
    EXPECT_TRUE(moved || m_batch->itemState(0) == MigrationBatch::ItemState::Failed);
    expectRunsOnlyOn(name, moved ? MigrationFate::Where::Destination : MigrationFate::Where::Source, before);
    EXPECT_TRUE(journal.entries().isEmpty());
    ASSERT_EQ(history.records().size(), 1);
    EXPECT_EQ(history.records().first().finalHost, moved ? QStringLiteral("destination") : QStringLiteral("source"));
    EXPECT_LT(loop.maxGapMs(), kMaxLoopGapMs) << "the main loop froze while the link was down";
}
