// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: Virt Ferry contributors
// The migration history on a private directory (never the real home), and a
// MigrationBatch recording what each VM's move ended with, between two test-driver hosts
// (the test driver cannot migrate: a libvirt migration there fails with libvirt's message).
#include "MigrationBatch.h"
#include "MigrationHistory.h"
#include "MigrationRecords.h"
#include "MigrationSeries.h"
#include "QtPrinting.h"
#include "TestDriverHosts.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <gtest/gtest.h>

#include <memory>

namespace {

MigrationRecord makeRecord(const QString &vmUuid, const QString &source, const QString &destination, int minute)
{
    MigrationRecord record = completedMigrationRecord(vmUuid, QStringLiteral("vm-") + vmUuid.left(4), source,
        destination, QDateTime(QDate(2026, 11, 26), QTime(21, minute, 7, 123), Qt::UTC));
    record.durationMs = 12345;
    record.downtimeMs = 42;
    record.bytesTransferred = 1234567890123ULL;
    record.averageBytesPerSecond = 98765432.125;
    record.iterations = 4;
    record.finalHost = QStringLiteral("destination");
    return record;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool appendTo(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Append) && file.write(bytes) == bytes.size();
}

class MigrationHistoryTest : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(m_dir.isValid()); }
    QString historyDir() const { return m_dir.filePath(QStringLiteral("migrations")); }
    QString historyFile() const { return historyDir() + QStringLiteral("/history.jsonl"); }

    QTemporaryDir m_dir;
};

} // namespace

TEST_F(MigrationHistoryTest, AddedRecordsComeBackAfterReload)
{
    MigrationHistory history(historyDir());
    EXPECT_EQ(history.directory(), historyDir());
    EXPECT_TRUE(history.records().isEmpty()) << "a directory not created yet is an empty history";
    QSignalSpy added(&history, &MigrationHistory::recordAdded);

    MigrationRecord first = makeRecord(QStringLiteral("aaaa0001-0000-0000-0000-000000000001"), QStringLiteral("host-a"),
        QStringLiteral("host-b"), 1);
    MigrationRecord second = makeRecord(QStringLiteral("bbbb0002-0000-0000-0000-000000000002"), QStringLiteral("host-b"),
        QStringLiteral("host-c"), 2);
    // Unknown figures stay unknown, and a failure keeps libvirt's words.
    second.downtimeMs.reset();
    second.bytesTransferred.reset();
    second.averageBytesPerSecond.reset();
    second.result = QStringLiteral("failed");
    second.message = QStringLiteral("operation failed: “migration” job: unexpectedly failed\nsecond line, \"quoted\"");
    second.finalHost = QStringLiteral("source");
    QString error;
    ASSERT_TRUE(history.add(first, nullptr, &error)) << error;
    ASSERT_TRUE(history.add(second, nullptr, &error)) << error;
    ASSERT_EQ(history.records().size(), 2);
    EXPECT_EQ(added.count(), 2);
    EXPECT_FALSE(history.records().at(0).id.isEmpty()) << "a fresh id";
    EXPECT_NE(history.records().at(0).id, history.records().at(1).id);
    EXPECT_FALSE(history.records().at(0).hasSamples);

    // One line per record.
    EXPECT_EQ(readAll(historyFile()).count('\n'), 2);

    MigrationHistory reloaded(historyDir());
    ASSERT_EQ(reloaded.records().size(), 2);
    EXPECT_EQ(reloaded.skippedLines(), 0);
    EXPECT_EQ(reloaded.records(), history.records());
    const MigrationRecord &back = reloaded.records().at(1);
    EXPECT_EQ(back.message, second.message);
    EXPECT_FALSE(back.downtimeMs);
    EXPECT_FALSE(back.bytesTransferred);
    EXPECT_EQ(reloaded.records().at(0).bytesTransferred, 1234567890123ULL);
    EXPECT_EQ(reloaded.records().at(0).started, first.started);
    EXPECT_EQ(reloaded.records().at(0).started.timeSpec(), Qt::UTC);
    EXPECT_EQ(reloaded.records().at(0).flags, first.flags);
}

TEST_F(MigrationHistoryTest, FiltersPerVmAndPerHost)
{
    MigrationHistory history(historyDir());
    const QString vm1 = QStringLiteral("aaaa0001-0000-0000-0000-000000000001");
    const QString vm2 = QStringLiteral("bbbb0002-0000-0000-0000-000000000002");
    ASSERT_TRUE(history.add(makeRecord(vm1, QStringLiteral("host-a"), QStringLiteral("host-b"), 1), nullptr));
    ASSERT_TRUE(history.add(makeRecord(vm2, QStringLiteral("host-a"), QStringLiteral("host-c"), 2), nullptr));
    ASSERT_TRUE(history.add(makeRecord(vm1, QStringLiteral("host-b"), QStringLiteral("host-a"), 3), nullptr));

    const QList<MigrationRecord> ofVm1 = history.recordsForVm(vm1);
    ASSERT_EQ(ofVm1.size(), 2);
    EXPECT_EQ(ofVm1.at(0).sourceHost, QStringLiteral("host-a"));
    EXPECT_EQ(ofVm1.at(1).sourceHost, QStringLiteral("host-b")) << "newest last";
    EXPECT_EQ(history.recordsForVm(vm2).size(), 1);
    EXPECT_TRUE(history.recordsForVm(QStringLiteral("cccc0003-0000-0000-0000-000000000003")).isEmpty());

    EXPECT_EQ(history.recordsForHost(QStringLiteral("host-a")).size(), 3) << "as source and as destination";
    EXPECT_EQ(history.recordsForHost(QStringLiteral("host-b")).size(), 2);
    const QList<MigrationRecord> ofC = history.recordsForHost(QStringLiteral("host-c"));
    ASSERT_EQ(ofC.size(), 1);
    EXPECT_EQ(ofC.first().vmUuid, vm2);
    EXPECT_TRUE(history.recordsForHost(QStringLiteral("host")).isEmpty()) << "whole names only";
}

TEST_F(MigrationHistoryTest, DamagedLinesAreSkippedAndCounted)
{
    {
        MigrationHistory history(historyDir());
        ASSERT_TRUE(history.add(makeRecord(QStringLiteral("aaaa0001-0000-0000-0000-000000000001"), QStringLiteral("a"),
                                    QStringLiteral("b"), 1),
            nullptr));
    }
    ASSERT_TRUE(appendTo(historyFile(), "not json at all\n[1,2,3]\n{\"id\":\"x\"}\n\n"));
    // A crash while writing: the last line is cut short, without its newline.
    const QByteArray whole = MigrationHistory::toJsonLine(makeRecord(
        QStringLiteral("bbbb0002-0000-0000-0000-000000000002"), QStringLiteral("a"), QStringLiteral("b"), 2));
    ASSERT_TRUE(appendTo(historyFile(), whole.left(whole.size() / 2)));

    MigrationHistory history(historyDir());
    ASSERT_EQ(history.records().size(), 1);
    EXPECT_EQ(history.records().first().vmUuid, QStringLiteral("aaaa0001-0000-0000-0000-000000000001"));
    EXPECT_EQ(history.skippedLines(), 4);

    // The next record is not glued to the cut line.
    ASSERT_TRUE(history.add(makeRecord(QStringLiteral("cccc0003-0000-0000-0000-000000000003"), QStringLiteral("a"),
                                QStringLiteral("b"), 3),
        nullptr));
    history.reload();
    ASSERT_EQ(history.records().size(), 2);
    EXPECT_EQ(history.records().at(1).vmUuid, QStringLiteral("cccc0003-0000-0000-0000-000000000003"));
    EXPECT_EQ(history.skippedLines(), 4);
}

TEST_F(MigrationHistoryTest, JsonLinesRejectWhatIsNotARecord)
{
    const MigrationRecord record = makeRecord(QStringLiteral("aaaa0001-0000-0000-0000-000000000001"),
        QStringLiteral("a"), QStringLiteral("b"), 1);
    MigrationRecord withId = record;
    withId.id = QStringLiteral("1b4e28ba-2fa1-11d2-883f-0016d3cca427");
    const QByteArray line = MigrationHistory::toJsonLine(withId);
    EXPECT_FALSE(line.contains('\n'));
    const std::optional<MigrationRecord> back = MigrationHistory::fromJsonLine(line);
    ASSERT_TRUE(back);
    EXPECT_EQ(*back, withId);

    EXPECT_FALSE(MigrationHistory::fromJsonLine(MigrationHistory::toJsonLine(record))) << "no id";
    EXPECT_FALSE(MigrationHistory::fromJsonLine(QByteArray(line).replace("\"started\"", "\"begun\"")));
    EXPECT_FALSE(MigrationHistory::fromJsonLine(QByteArray(line).replace("\"durationMs\":12345", "\"durationMs\":\"long\"")));
    EXPECT_FALSE(MigrationHistory::fromJsonLine(
        QByteArray(line).replace(withId.id.toLatin1(), QByteArrayLiteral("../../etc/passwd"))))
        << "an id names a file";
    EXPECT_FALSE(MigrationHistory::fromJsonLine("42"));
}

TEST_F(MigrationHistoryTest, SamplesAreStoredAsCsvAndReadBack)
{
    MigrationSeries series;
    for (quint64 step = 1; step <= 5; ++step) {
        JobStats stats;
        stats.jobType = VIR_DOMAIN_JOB_UNBOUNDED;
        stats.sampledAtMs = qint64(step * 500);
        stats.setValue(JobStats::Field::TimeElapsed, step * 500);
        stats.setValue(JobStats::Field::MemoryTotal, 1000);
        stats.setValue(JobStats::Field::MemoryProcessed, step * 150);
        stats.setValue(JobStats::Field::MemoryRemaining, 1000 - step * 150);
        stats.setValue(JobStats::Field::MemoryBps, 300);
        series.append(stats);
    }
    MigrationHistory history(historyDir());
    QString error;
    ASSERT_TRUE(history.add(makeRecord(QStringLiteral("aaaa0001-0000-0000-0000-000000000001"), QStringLiteral("a"),
                                QStringLiteral("b"), 1),
        &series, &error))
        << error;
    const MigrationRecord record = history.records().first();
    EXPECT_TRUE(record.hasSamples);
    EXPECT_TRUE(QFile::exists(historyDir() + QLatin1Char('/') + record.id + QStringLiteral(".csv")));

    MigrationHistory reloaded(historyDir());
    ASSERT_EQ(reloaded.records().size(), 1);
    EXPECT_TRUE(reloaded.records().first().hasSamples);
    const QString csv = reloaded.samplesCsv(record.id);
    EXPECT_EQ(csv, series.toCsv());
    std::unique_ptr<MigrationSeries> back(MigrationSeries::fromCsv(csv, &error));
    ASSERT_TRUE(back) << error;
    ASSERT_EQ(back->samples().size(), 5);
    for (int index = 0; index < 5; ++index)
        EXPECT_EQ(back->samples().at(index).stats, series.samples().at(index).stats);

    EXPECT_TRUE(reloaded.samplesCsv(QStringLiteral("aaaaaaaa-no-such-record")).isEmpty());
    EXPECT_TRUE(reloaded.samplesCsv(QStringLiteral("../history")).isEmpty());

    // No samples, no file.
    ASSERT_TRUE(history.add(makeRecord(QStringLiteral("bbbb0002-0000-0000-0000-000000000002"), QStringLiteral("a"),
                                QStringLiteral("b"), 2),
        nullptr));
    EXPECT_FALSE(history.records().last().hasSamples);
    EXPECT_TRUE(history.samplesCsv(history.records().last().id).isEmpty());
}

TEST_F(MigrationHistoryTest, AnUnwritableDirectoryGivesAnError)
{
    // A regular file where a folder should be: no one can create the directory, root
    // included.
    const QString blocker = m_dir.filePath(QStringLiteral("blocker"));
    ASSERT_TRUE(appendTo(blocker, "a file\n"));
    MigrationHistory history(blocker + QStringLiteral("/migrations"));
    QSignalSpy added(&history, &MigrationHistory::recordAdded);
    QString error;
    EXPECT_FALSE(history.add(makeRecord(QStringLiteral("aaaa0001-0000-0000-0000-000000000001"), QStringLiteral("a"),
                                 QStringLiteral("b"), 1),
        nullptr, &error));
    EXPECT_FALSE(error.isEmpty());
    EXPECT_TRUE(error.contains(QStringLiteral("migrations"))) << error;
    EXPECT_TRUE(history.records().isEmpty());
    EXPECT_EQ(added.count(), 0);

    // The history file itself unwritable: a directory in its place.
    ASSERT_TRUE(QDir().mkpath(historyFile()));
    MigrationHistory blocked(historyDir());
    EXPECT_FALSE(blocked.add(makeRecord(QStringLiteral("aaaa0001-0000-0000-0000-000000000001"), QStringLiteral("a"),
                                 QStringLiteral("b"), 1),
        nullptr, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("history.jsonl"))) << error;
}

TEST_F(MigrationHistoryTest, DefaultDirectoryIsUnderTheApplicationData)
{
    const QString directory = MigrationHistory::defaultDirectory();
    EXPECT_TRUE(directory.endsWith(QStringLiteral("/migrations"))) << directory;
    EXPECT_TRUE(directory.startsWith(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))) << directory;
    // Tests run in QStandardPaths' test mode: never the user's own data.
    EXPECT_TRUE(directory.contains(QStringLiteral(".qttest"))) << directory;
}

namespace {

// Two test-driver hosts, as in the progress window's tests.
class MigrationBatchHistoryTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_hosts.isValid());
        m_pair = m_hosts.openPair(4);
        ASSERT_TRUE(m_pair.source && m_pair.destination);
        ASSERT_GE(m_pair.targets.size(), 2);
    }

    MigrationPlan libvirtPlan() const
    {
        MigrationPlan plan;
        // Both test-driver hosts call themselves by this machine's name, which may resolve
        // to loopback; with a migration URI that pre-flight check does not apply.
        plan.options.migrationUri = QStringLiteral("tcp://192.0.2.2:49152");
        plan.options.postCopyAllowed = true;
        plan.options.maxDowntimeMs = 250;
        return plan;
    }

    TestDriverHosts m_hosts;
    TestDriverHosts::Pair m_pair;
};

} // namespace

TEST_F(MigrationBatchHistoryTest, AFailedLibvirtMigrationIsRecordedWithItsSeriesAndMessage)
{
    MigrationHistory history(m_hosts.filePath(QStringLiteral("history")));
    MigrationBatch batch(m_pair.source, m_pair.destination, QStringLiteral("test:///b"),
        m_pair.targets.mid(0, 1), libvirtPlan());
    batch.setHistory(&history, QStringLiteral("host-a"), QStringLiteral("host-b"));
    batch.setStatsInterval(100);
    qRegisterMetaType<MigrationSeries *>();
    QSignalSpy created(&batch, &MigrationBatch::itemSeriesCreated);
    QSignalSpy finished(&batch, &MigrationBatch::finished);
    EXPECT_EQ(batch.itemSeries(0), nullptr) << "none before the job starts";
    EXPECT_EQ(batch.itemMigrationJob(0), nullptr);
    EXPECT_EQ(batch.itemSeries(7), nullptr);
    batch.start();
    ASSERT_TRUE(QTest::qWaitFor([&] { return finished.count() == 1; }, 20000));
    ASSERT_EQ(batch.itemState(0), MigrationBatch::ItemState::Failed);
    EXPECT_TRUE(batch.itemMessage(0).contains(QStringLiteral("not supported"))) << batch.itemMessage(0);

    // The series: created when the job started, ended with the job's outcome.
    ASSERT_EQ(created.count(), 1);
    EXPECT_EQ(created.first().at(0).toInt(), 0);
    MigrationSeries *series = batch.itemSeries(0);
    ASSERT_NE(series, nullptr);
    EXPECT_EQ(created.first().at(1).value<MigrationSeries *>(), series);
    EXPECT_TRUE(series->isFinished());
    EXPECT_EQ(series->summary().outcome, MigrationPhase::Failed);
    EXPECT_EQ(series->summary().message, batch.itemMessage(0));
    EXPECT_TRUE(series->isPostCopyAllowed());
    EXPECT_EQ(series->maxDowntimeMs(), 250U);
    EXPECT_EQ(batch.itemMigrationJob(0), nullptr) << "no running job any more";

    ASSERT_EQ(history.records().size(), 1);
    const MigrationRecord record = history.records().first();
    EXPECT_EQ(record.vmUuid, m_pair.targets.at(0).uuid);
    EXPECT_EQ(record.vmName, m_pair.targets.at(0).name);
    EXPECT_EQ(record.sourceHost, QStringLiteral("host-a"));
    EXPECT_EQ(record.destinationHost, QStringLiteral("host-b"));
    EXPECT_EQ(record.method, MigrationBatch::methodName(MigrationPlan::Method::Libvirt));
    EXPECT_EQ(record.mode, QStringLiteral("live-shared"));
    EXPECT_TRUE(record.flags.contains(QStringLiteral("VIR_MIGRATE_LIVE"))) << record.flags.join(u',');
    EXPECT_TRUE(record.flags.contains(QStringLiteral("VIR_MIGRATE_POSTCOPY"))) << record.flags.join(u',');
    EXPECT_EQ(record.result, QStringLiteral("failed"));
    EXPECT_EQ(record.message, batch.itemMessage(0));
    EXPECT_EQ(record.finalHost, QStringLiteral("source")) << "the VM still runs on the source";
    EXPECT_TRUE(record.started.isValid());
    EXPECT_LE(record.started, QDateTime::currentDateTimeUtc());
    EXPECT_GE(record.durationMs, 0);

    // On disk as well.
    MigrationHistory reloaded(m_hosts.filePath(QStringLiteral("history")));
    ASSERT_EQ(reloaded.records().size(), 1);
    EXPECT_EQ(reloaded.records().first(), record);
}

TEST_F(MigrationBatchHistoryTest, EveryMethodIsRecordedButNotWhatNeverStarted)
{
    MigrationHistory history(m_hosts.filePath(QStringLiteral("history")));
    MigrationPlan plan;
    plan.method = MigrationPlan::Method::OfflineCopy;
    plan.destinationPool = QStringLiteral("default");
    // Running VMs cannot be moved offline: the first fails, the second is cancelled while
    // it waits.
    MigrationBatch batch(
        m_pair.source, m_pair.destination, QStringLiteral("test:///b"), m_pair.targets.mid(0, 2), plan);
    batch.setHistory(&history, QStringLiteral("host-a"), QStringLiteral("host-b"));
    QSignalSpy finished(&batch, &MigrationBatch::finished);
    qRegisterMetaType<MigrationSeries *>();
    QSignalSpy created(&batch, &MigrationBatch::itemSeriesCreated);
    batch.start();
    batch.cancelItem(1);
    ASSERT_TRUE(QTest::qWaitFor([&] { return finished.count() == 1; }, 20000));
    ASSERT_EQ(batch.itemState(0), MigrationBatch::ItemState::Failed) << batch.itemMessage(0);
    ASSERT_EQ(batch.itemState(1), MigrationBatch::ItemState::Cancelled) << batch.itemMessage(1);
    EXPECT_EQ(created.count(), 0) << "a series only for libvirt migrations";
    EXPECT_EQ(batch.itemSeries(0), nullptr);

    ASSERT_EQ(history.records().size(), 1) << "the cancelled VM never started";
    const MigrationRecord record = history.records().first();
    EXPECT_EQ(record.vmUuid, m_pair.targets.at(0).uuid);
    EXPECT_EQ(record.method, MigrationBatch::methodName(MigrationPlan::Method::OfflineCopy));
    EXPECT_TRUE(record.mode.isEmpty());
    EXPECT_TRUE(record.flags.isEmpty());
    EXPECT_EQ(record.result, QStringLiteral("failed"));
    EXPECT_FALSE(record.message.isEmpty());
    EXPECT_EQ(record.message, batch.itemMessage(0));
    EXPECT_EQ(record.finalHost, QStringLiteral("source"));
    EXPECT_FALSE(record.hasSamples);
    EXPECT_FALSE(record.downtimeMs);
}

TEST_F(MigrationBatchHistoryTest, AnUnwritableHistoryIsReportedInTheVmsMessage)
{
    const QString blocker = m_hosts.filePath(QStringLiteral("blocker"));
    ASSERT_TRUE(appendTo(blocker, "a file\n"));
    MigrationHistory history(blocker + QStringLiteral("/history"));
    MigrationBatch batch(m_pair.source, m_pair.destination, QStringLiteral("test:///b"),
        m_pair.targets.mid(0, 1), libvirtPlan());
    batch.setHistory(&history, QStringLiteral("host-a"), QStringLiteral("host-b"));
    QSignalSpy finished(&batch, &MigrationBatch::finished);
    batch.start();
    ASSERT_TRUE(QTest::qWaitFor([&] { return finished.count() == 1; }, 20000));
    EXPECT_TRUE(batch.itemMessage(0).contains(QStringLiteral("not supported"))) << batch.itemMessage(0);
    EXPECT_TRUE(batch.itemMessage(0).contains(QStringLiteral("history"))) << batch.itemMessage(0);
    EXPECT_TRUE(history.records().isEmpty());
}

TEST(MigrationBatchNamesTest, FlagsModesAndMethodsAsTheHistoryNamesThem)
{
    EXPECT_EQ(MigrationBatch::flagNames(VIR_MIGRATE_LIVE | VIR_MIGRATE_PERSIST_DEST | VIR_MIGRATE_NON_SHARED_DISK),
        (QStringList{QStringLiteral("VIR_MIGRATE_LIVE"), QStringLiteral("VIR_MIGRATE_PERSIST_DEST"),
            QStringLiteral("VIR_MIGRATE_NON_SHARED_DISK")}));
    EXPECT_EQ(MigrationBatch::flagNames(0), QStringList());
    EXPECT_EQ(MigrationBatch::flagNames(1UL << 30), QStringList{QStringLiteral("0x40000000")});
    MigrationOptions options;
    options.mode = MigrationOptions::Mode::LiveCopyAllStorage;
    options.autoConverge = true;
    const QStringList names = MigrationBatch::flagNames(options.flags());
    EXPECT_TRUE(names.contains(QStringLiteral("VIR_MIGRATE_AUTO_CONVERGE"))) << names.join(u',');
    EXPECT_TRUE(names.contains(QStringLiteral("VIR_MIGRATE_NON_SHARED_DISK"))) << names.join(u',');
    EXPECT_EQ(MigrationBatch::modeName(MigrationOptions::Mode::LiveShared), QStringLiteral("live-shared"));
    EXPECT_EQ(MigrationBatch::modeName(MigrationOptions::Mode::OfflineShared), QStringLiteral("offline-shared"));
    EXPECT_NE(MigrationBatch::methodName(MigrationPlan::Method::Libvirt),
        MigrationBatch::methodName(MigrationPlan::Method::SaveStateAndMove));
}
