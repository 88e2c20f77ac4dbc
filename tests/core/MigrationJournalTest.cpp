// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: Virt Ferry contributors
// The journal of migrations in flight on a private directory, and its resolver asking two
// test-driver hosts where a VM is (the test driver runs no migration job, so the job part
// is the lab's: RecoveryLab).
#include "LibvirtHandles.h"
#include "MigrationBatch.h"
#include "MigrationHistory.h"
#include "MigrationJournal.h"
#include "QtPrinting.h"
#include "TestDriverHosts.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <gtest/gtest.h>

namespace {

MigrationJournalEntry makeEntry(const QString &vmUuid, const QString &name)
{
    MigrationJournalEntry entry;
    entry.vmUuid = vmUuid;
    entry.vmName = name;
    entry.sourceId = QStringLiteral("id-a");
    entry.sourceUri = QStringLiteral("qemu+ssh://root@host-a/system");
    entry.sourceName = QStringLiteral("host-a");
    entry.destinationId = QStringLiteral("id-b");
    entry.destinationUri = QStringLiteral("qemu+ssh://root@host-b/system");
    entry.destinationName = QStringLiteral("host-b");
    entry.method = QStringLiteral("libvirt migration");
    entry.mode = QStringLiteral("live-shared");
    entry.started = QDateTime(QDate(2026, 11, 27), QTime(4, 30, 1, 250), Qt::UTC);
    return entry;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

const QString kVm1 = QStringLiteral("aaaa0001-0000-0000-0000-000000000001");
const QString kVm2 = QStringLiteral("bbbb0002-0000-0000-0000-000000000002");

class MigrationJournalTest : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(m_dir.isValid()); }
    QString journalDir() const { return m_dir.filePath(QStringLiteral("migrations")); }

    QTemporaryDir m_dir;
};

} // namespace

TEST_F(MigrationJournalTest, EntriesAreWrittenReadBackAndRemoved)
{
    MigrationJournal journal(journalDir());
    EXPECT_EQ(journal.filePath(), journalDir() + QStringLiteral("/in-flight.jsonl"));
    EXPECT_TRUE(journal.entries().isEmpty()) << "no file yet is an empty journal";
    QSignalSpy changed(&journal, &MigrationJournal::entriesChanged);

    MigrationJournalEntry first = makeEntry(kVm1, QStringLiteral("web"));
    MigrationJournalEntry second = makeEntry(kVm2, QStringLiteral("数据库"));
    second.live = false;
    second.mode = QStringLiteral("offline-shared");
    QString error;
    ASSERT_TRUE(journal.add(first, &error)) << error;
    ASSERT_TRUE(journal.add(second, &error)) << error;
    EXPECT_FALSE(first.id.isEmpty()) << "add() gives the entry its id";
    EXPECT_NE(first.id, second.id);
    EXPECT_EQ(changed.count(), 2);
    EXPECT_EQ(readAll(journal.filePath()).count('\n'), 2) << "one line per entry";

    MigrationJournal reread(journalDir());
    ASSERT_EQ(reread.entries().size(), 2);
    EXPECT_TRUE(reread.problems().isEmpty());
    EXPECT_EQ(reread.entries().at(0), first);
    EXPECT_EQ(reread.entries().at(1), second);
    EXPECT_EQ(reread.entries().at(1).vmName, QStringLiteral("数据库"));
    EXPECT_FALSE(reread.entries().at(1).live);
    EXPECT_EQ(reread.entries().at(0).started.timeSpec(), Qt::UTC);
    ASSERT_TRUE(reread.entry(second.id));
    EXPECT_EQ(reread.entry(second.id)->vmUuid, kVm2);
    EXPECT_FALSE(reread.entry(QStringLiteral("nope")));

    ASSERT_TRUE(reread.remove(first.id, &error)) << error;
    ASSERT_EQ(reread.entries().size(), 1);
    MigrationJournal afterRemove(journalDir());
    ASSERT_EQ(afterRemove.entries().size(), 1);
    EXPECT_EQ(afterRemove.entries().first().id, second.id);
    EXPECT_TRUE(afterRemove.remove(QStringLiteral("never-there"), &error)) << "removing nothing is fine";
    EXPECT_EQ(afterRemove.entries().size(), 1);
}

TEST_F(MigrationJournalTest, AnEntryNotFinishedSurvivesTheProcessGoingAway)
{
    QString id;
    {
        // The app "crashes": the journal object goes without the entry ever being removed.
        auto journal = std::make_unique<MigrationJournal>(journalDir());
        MigrationJournalEntry entry = makeEntry(kVm1, QStringLiteral("web"));
        ASSERT_TRUE(journal->add(entry));
        id = entry.id;
    }
    // The file was replaced atomically: no temporary file is left next to it.
    const QStringList files = QDir(journalDir()).entryList(QDir::Files);
    EXPECT_EQ(files, QStringList { QStringLiteral("in-flight.jsonl") });

    MigrationJournal restarted(journalDir());
    ASSERT_EQ(restarted.entries().size(), 1);
    EXPECT_EQ(restarted.entries().first().id, id);
    EXPECT_EQ(restarted.entries().first().sourceUri, QStringLiteral("qemu+ssh://root@host-a/system"));
    EXPECT_EQ(restarted.entries().first().destinationId, QStringLiteral("id-b"));
}

TEST_F(MigrationJournalTest, DamagedLinesAreIgnoredWithAMessage)
{
    MigrationJournalEntry good = makeEntry(kVm1, QStringLiteral("web"));
    good.id = QStringLiteral("11111111-2222-3333-4444-555555555555");
    MigrationJournalEntry noUuid = makeEntry(QStringLiteral("not-a-uuid"), QStringLiteral("x"));
    noUuid.id = QStringLiteral("x");
    const QByteArray content = "{not json\n" + good.toJsonLine() + "\n[1,2]\n\n" + noUuid.toJsonLine() + "\n"
        + good.toJsonLine().left(20); // a line cut short
    const QString path = journalDir() + QStringLiteral("/in-flight.jsonl");
    ASSERT_TRUE(writeFile(path, content));

    MigrationJournal journal(journalDir());
    ASSERT_EQ(journal.entries().size(), 1);
    EXPECT_EQ(journal.entries().first(), good);
    ASSERT_EQ(journal.problems().size(), 4) << journal.problems().join(u'\n');
    EXPECT_TRUE(journal.problems().first().contains(QStringLiteral("Line 1 "))) << journal.problems().first();
    EXPECT_TRUE(journal.problems().first().contains(path)) << journal.problems().first();
    EXPECT_TRUE(journal.problems().at(1).contains(QStringLiteral("Line 3 "))) << journal.problems().at(1);
    EXPECT_TRUE(journal.problems().at(3).contains(QStringLiteral("Line 6 "))) << journal.problems().at(3);

    // The next write keeps only what can be resolved.
    ASSERT_TRUE(journal.remove(good.id));
    EXPECT_EQ(readAll(path), QByteArray());
    journal.reload();
    EXPECT_TRUE(journal.problems().isEmpty());
}

TEST_F(MigrationJournalTest, AnUnwritableDirectoryGivesTheReason)
{
    const QString blocker = m_dir.filePath(QStringLiteral("file"));
    ASSERT_TRUE(writeFile(blocker, "x"));
    MigrationJournal journal(blocker + QStringLiteral("/migrations"));
    MigrationJournalEntry entry = makeEntry(kVm1, QStringLiteral("web"));
    QString error;
    EXPECT_FALSE(journal.add(entry, &error));
    EXPECT_TRUE(error.contains(blocker)) << error;
    EXPECT_TRUE(journal.entries().isEmpty()) << "nothing is kept that is not on disk";
}

// Two test-driver hosts: "a" runs vm-a0…, "b" runs vm-b0.
class MigrationResolverTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_hosts.isValid());
        m_pair = m_hosts.openPair(4);
        ASSERT_TRUE(m_pair.source && m_pair.destination);
        ASSERT_FALSE(m_pair.targets.isEmpty());
        m_onA = m_pair.targets.first();
        const QList<MigrationTarget> onB = TestDriverHosts::runningVms(m_pair.destination);
        ASSERT_FALSE(onB.isEmpty());
        m_onB = onB.first();
    }
    MigrationJournalEntry entryFor(const MigrationTarget &target) const
    {
        MigrationJournalEntry entry = makeEntry(target.uuid, target.name);
        entry.id = QStringLiteral("entry-") + target.name;
        return entry;
    }

    TestDriverHosts m_hosts;
    TestDriverHosts::Pair m_pair;
    MigrationTarget m_onA;
    MigrationTarget m_onB;
};

TEST_F(MigrationResolverTest, FindsWhereTheVmRunsOnTwoHosts)
{
    const MigrationFate onSource = MigrationJournal::resolveNow(entryFor(m_onA), m_pair.source.get(), m_pair.destination.get());
    EXPECT_EQ(onSource.where, MigrationFate::Where::Source);
    EXPECT_EQ(onSource.onSource, MigrationFate::Presence::Active);
    EXPECT_EQ(onSource.onDestination, MigrationFate::Presence::Absent);
    EXPECT_FALSE(onSource.jobRunning) << "the test driver runs no job";
    EXPECT_TRUE(onSource.isSettled());
    EXPECT_EQ(onSource.whereName(), QStringLiteral("source"));
    EXPECT_EQ(MigrationJournal::describe(entryFor(m_onA), onSource),
        QStringLiteral("Ended: the virtual machine runs on host-a."));

    const MigrationFate onDestination
        = MigrationJournal::resolveNow(entryFor(m_onB), m_pair.source.get(), m_pair.destination.get());
    EXPECT_EQ(onDestination.where, MigrationFate::Where::Destination);
    EXPECT_EQ(onDestination.onSource, MigrationFate::Presence::Absent);
    EXPECT_EQ(MigrationJournal::describe(entryFor(m_onB), onDestination),
        QStringLiteral("Ended: the virtual machine runs on host-b."));

    MigrationTarget nowhere { QStringLiteral("cccc0003-0000-0000-0000-000000000003"), QStringLiteral("ghost") };
    const MigrationFate none = MigrationJournal::resolveNow(entryFor(nowhere), m_pair.source.get(), m_pair.destination.get());
    EXPECT_EQ(none.where, MigrationFate::Where::None);
    EXPECT_TRUE(none.isSettled());
    EXPECT_TRUE(MigrationJournal::describe(entryFor(nowhere), none).contains(QStringLiteral("neither")));
}

TEST_F(MigrationResolverTest, ACopyOnBothHostsIsReportedAsBoth)
{
    Libvirt::DomainPtr original(virDomainLookupByUUIDString(m_pair.source.get(), m_onA.uuid.toUtf8().constData()));
    ASSERT_TRUE(original);
    char *xml = virDomainGetXMLDesc(original.get(), 0);
    ASSERT_NE(xml, nullptr);
    Libvirt::DomainPtr copy(virDomainCreateXML(m_pair.destination.get(), xml, 0));
    free(xml);
    ASSERT_TRUE(copy) << Libvirt::lastErrorMessage().toStdString();
    const MigrationFate fate = MigrationJournal::resolveNow(entryFor(m_onA), m_pair.source.get(), m_pair.destination.get());
    EXPECT_EQ(fate.where, MigrationFate::Where::Both);
    EXPECT_TRUE(MigrationJournal::describe(entryFor(m_onA), fate).contains(QStringLiteral("both host-a and host-b")));
}

TEST_F(MigrationResolverTest, AHostThatCannotBeAskedLeavesItUnknownUnlessTheOtherTells)
{
    // The source not connected: the VM is not on B, so it may still be on A.
    const MigrationFate noSource = MigrationJournal::resolveNow(entryFor(m_onA), nullptr, m_pair.destination.get());
    EXPECT_EQ(noSource.where, MigrationFate::Where::Unknown);
    EXPECT_EQ(noSource.onSource, MigrationFate::Presence::Unreachable);
    EXPECT_FALSE(noSource.isSettled());
    EXPECT_EQ(MigrationJournal::describe(entryFor(m_onA), noSource),
        QStringLiteral("Not known yet: host-a cannot be asked (not connected)."));
    // Running on B while A cannot be asked: it moved (a live VM runs in one place).
    const MigrationFate movedToB = MigrationJournal::resolveNow(entryFor(m_onB), nullptr, m_pair.destination.get());
    EXPECT_EQ(movedToB.where, MigrationFate::Where::Destination);
    // Running on A while B cannot be asked: still on A.
    const MigrationFate stayed = MigrationJournal::resolveNow(entryFor(m_onA), m_pair.source.get(), nullptr);
    EXPECT_EQ(stayed.where, MigrationFate::Where::Source);
    EXPECT_EQ(stayed.onDestination, MigrationFate::Presence::Unreachable);
    // An offline migration with B unreachable: B may hold a definition too.
    MigrationJournalEntry offline = entryFor(m_onA);
    offline.live = false;
    EXPECT_EQ(MigrationJournal::resolveNow(offline, m_pair.source.get(), nullptr).where, MigrationFate::Where::Unknown);
}

TEST_F(MigrationResolverTest, AShutOffVmCountsOnlyForAnOfflineMigration)
{
    Libvirt::DomainPtr domain(virDomainLookupByUUIDString(m_pair.source.get(), m_onA.uuid.toUtf8().constData()));
    ASSERT_TRUE(domain);
    ASSERT_EQ(virDomainDestroy(domain.get()), 0);
    const MigrationFate live = MigrationJournal::resolveNow(entryFor(m_onA), m_pair.source.get(), m_pair.destination.get());
    EXPECT_EQ(live.onSource, MigrationFate::Presence::Inactive);
    EXPECT_EQ(live.where, MigrationFate::Where::None);
    MigrationJournalEntry offline = entryFor(m_onA);
    offline.live = false;
    const MigrationFate defined = MigrationJournal::resolveNow(offline, m_pair.source.get(), m_pair.destination.get());
    EXPECT_EQ(defined.where, MigrationFate::Where::Source);
    EXPECT_EQ(MigrationJournal::describe(offline, defined),
        QStringLiteral("Ended: the virtual machine is defined on host-a."));
}

TEST_F(MigrationResolverTest, ResolvesOnAThreadAndConcludesIntoTheHistory)
{
    MigrationJournal journal(m_hosts.filePath(QStringLiteral("migrations")));
    MigrationHistory history(m_hosts.filePath(QStringLiteral("migrations")));
    MigrationJournalEntry entry = entryFor(m_onA);
    entry.id.clear();
    ASSERT_TRUE(journal.add(entry));
    QSignalSpy resolved(&journal, &MigrationJournal::resolved);
    journal.resolve(entry, m_pair.source, m_pair.destination);
    EXPECT_EQ(resolved.count(), 0) << "the answer comes later, from another thread";
    ASSERT_TRUE(resolved.wait(10000));
    EXPECT_EQ(resolved.first().at(0).toString(), entry.id);
    const MigrationFate fate = resolved.first().at(1).value<MigrationFate>();
    EXPECT_EQ(fate.where, MigrationFate::Where::Source);

    // Not settled: the entry stays.
    QString error;
    EXPECT_FALSE(journal.conclude(entry.id, MigrationFate {}, &history, &error));
    EXPECT_FALSE(error.isEmpty());
    EXPECT_EQ(journal.entries().size(), 1);
    EXPECT_TRUE(history.records().isEmpty());

    ASSERT_TRUE(journal.conclude(entry.id, fate, &history, &error)) << error;
    EXPECT_TRUE(journal.entries().isEmpty());
    EXPECT_TRUE(MigrationJournal(m_hosts.filePath(QStringLiteral("migrations"))).entries().isEmpty());
    ASSERT_EQ(history.records().size(), 1);
    const MigrationRecord record = history.records().first();
    EXPECT_EQ(record.vmUuid, m_onA.uuid);
    EXPECT_EQ(record.sourceHost, QStringLiteral("host-a"));
    EXPECT_EQ(record.destinationHost, QStringLiteral("host-b"));
    EXPECT_EQ(record.result, QStringLiteral("failed"));
    EXPECT_EQ(record.finalHost, QStringLiteral("source"));
    EXPECT_EQ(record.message, MigrationJournal::describe(entry, fate));
    EXPECT_EQ(record.started, entry.started);
}

TEST_F(MigrationResolverTest, JobPercentComesFromTheDataAmounts)
{
    JobStats stats;
    EXPECT_FALSE(MigrationJournal::jobPercent(stats));
    stats.setValue(JobStats::Field::MemoryTotal, 1000);
    stats.setValue(JobStats::Field::MemoryProcessed, 250);
    EXPECT_EQ(MigrationJournal::jobPercent(stats), 25.0);
    stats.setValue(JobStats::Field::DataTotal, 2000);
    stats.setValue(JobStats::Field::DataRemaining, 500);
    EXPECT_EQ(MigrationJournal::jobPercent(stats), 75.0) << "data (memory and disks) first";
    stats.setValue(JobStats::Field::DataRemaining, 5000);
    EXPECT_EQ(MigrationJournal::jobPercent(stats), 0.0) << "never below 0";
}

TEST_F(MigrationResolverTest, ABatchLeavesNoJournalEntryBehind)
{
    // Connections as the GUI holds them, for the entry's names and the reconnect.
    const QString uriA = m_hosts.writeNode(QStringLiteral("ca"), 2, QStringLiteral("5c0a0000"));
    const QString uriB = m_hosts.writeNode(QStringLiteral("cb"), 1, QStringLiteral("5c0b0000"));
    Connection *hostA = m_hosts.openUri(uriA);
    Connection *hostB = m_hosts.openUri(uriB);
    ASSERT_TRUE(hostA->isOpen() && hostB->isOpen());
    const QList<MigrationTarget> targets = TestDriverHosts::runningVms(hostA->handle());
    ASSERT_FALSE(targets.isEmpty());
    MigrationJournal journal(m_hosts.filePath(QStringLiteral("journal")));
    MigrationPlan plan;
    plan.options.migrationUri = QStringLiteral("tcp://192.0.2.2:49152");
    MigrationBatch batch(hostA->handle(), hostB->handle(), uriB, targets.mid(0, 1), plan);
    batch.setJournal(&journal, hostA, hostB);
    QSignalSpy finished(&batch, &MigrationBatch::finished);
    batch.start();
    ASSERT_TRUE(QTest::qWaitFor([&] { return finished.count() == 1; }, 20000));
    EXPECT_EQ(batch.itemState(0), MigrationBatch::ItemState::Failed);
    EXPECT_TRUE(batch.itemMessage(0).contains(QStringLiteral("not supported"))) << batch.itemMessage(0);
    EXPECT_TRUE(journal.entries().isEmpty());
    EXPECT_TRUE(MigrationJournal(m_hosts.filePath(QStringLiteral("journal"))).entries().isEmpty());
}

// The rule itself, for the states the test driver cannot produce (a paused incoming copy).
TEST(MigrationFateRule, APausedIncomingCopySettlesNothingWhileTheOtherHostCannotBeAsked)
{
    using Presence = MigrationFate::Presence;
    using Where = MigrationFate::Where;
    // Seen in the lab: A unreachable, B holding the incoming copy paused while A went on
    // sending. The migration may still be under way; only A can tell.
    EXPECT_EQ(MigrationJournal::whereFrom(true, Presence::Unreachable, Presence::Incoming, false), Where::Unknown);
    EXPECT_EQ(MigrationJournal::whereFrom(true, Presence::Incoming, Presence::Unreachable, false), Where::Unknown);
    // A running copy does settle it: a live VM runs in one place.
    EXPECT_EQ(MigrationJournal::whereFrom(true, Presence::Unreachable, Presence::Active, false), Where::Destination);
    EXPECT_EQ(MigrationJournal::whereFrom(true, Presence::Active, Presence::Unreachable, false), Where::Source);
    // Both hosts answering: the paused half left behind where the other runs it is no copy.
    EXPECT_EQ(MigrationJournal::whereFrom(true, Presence::Absent, Presence::Incoming, false), Where::Destination);
    EXPECT_EQ(MigrationJournal::whereFrom(true, Presence::Active, Presence::Incoming, false), Where::Source);
    EXPECT_EQ(MigrationJournal::whereFrom(true, Presence::Incoming, Presence::Active, false), Where::Destination);
    // A job still running on the source keeps it there until the switch-over.
    EXPECT_EQ(MigrationJournal::whereFrom(true, Presence::Active, Presence::Incoming, true), Where::Source);
    // Offline: any definition counts, so an unreachable host leaves it unknown.
    EXPECT_EQ(MigrationJournal::whereFrom(false, Presence::Unreachable, Presence::Inactive, false), Where::Unknown);
    EXPECT_EQ(MigrationJournal::whereFrom(false, Presence::Inactive, Presence::Absent, false), Where::Source);
    EXPECT_EQ(MigrationJournal::whereFrom(false, Presence::Absent, Presence::Absent, false), Where::None);
}
