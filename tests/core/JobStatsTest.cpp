// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: Virt Ferry contributors
#include "JobStats.h"
#include "JobStatsMonitor.h"
#include "LibvirtHandles.h"
#include "QtPrinting.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <gtest/gtest.h>

namespace {

using Field = JobStats::Field;

// Typed parameters built the way libvirt's client library builds them, freed after use.
class TypedParameters
{
public:
    TypedParameters() = default;
    ~TypedParameters() { virTypedParamsFree(m_parameters, m_count); }
    TypedParameters(const TypedParameters &) = delete;
    TypedParameters &operator=(const TypedParameters &) = delete;

    void addULLong(const char *name, unsigned long long value)
    {
        ASSERT_EQ(virTypedParamsAddULLong(&m_parameters, &m_count, &m_capacity, name, value), 0);
    }
    void addInt(const char *name, int value)
    {
        ASSERT_EQ(virTypedParamsAddInt(&m_parameters, &m_count, &m_capacity, name, value), 0);
    }
    void addUInt(const char *name, unsigned int value)
    {
        ASSERT_EQ(virTypedParamsAddUInt(&m_parameters, &m_count, &m_capacity, name, value), 0);
    }
    void addBoolean(const char *name, bool value)
    {
        ASSERT_EQ(virTypedParamsAddBoolean(&m_parameters, &m_count, &m_capacity, name, value ? 1 : 0), 0);
    }
    void addString(const char *name, const char *value)
    {
        ASSERT_EQ(virTypedParamsAddString(&m_parameters, &m_count, &m_capacity, name, value), 0);
    }
    JobStats decode(int jobType) const { return JobStats::fromTypedParameters(jobType, m_parameters, m_count); }

private:
    virTypedParameterPtr m_parameters = nullptr;
    int m_count = 0;
    int m_capacity = 0;
};

} // namespace

TEST(JobStats, KeysAreLibvirtsNamesAndMapBack)
{
    EXPECT_EQ(JobStats::key(Field::TimeElapsed), QStringLiteral("time_elapsed"));
    EXPECT_EQ(JobStats::key(Field::MemoryDirtyRate), QStringLiteral("memory_dirty_rate"));
    EXPECT_EQ(JobStats::key(Field::MemoryPostcopyRequests), QStringLiteral("memory_postcopy_requests"));
    EXPECT_EQ(JobStats::key(Field::AutoConvergeThrottle), QStringLiteral("auto_converge_throttle"));
    EXPECT_EQ(JobStats::key(Field::DiskTempTotal), QStringLiteral("disk_temp_total"));
    QSet<QString> seen;
    for (int i = 0; i < JobStats::kFieldCount; ++i) {
        const QString key = JobStats::key(Field(i));
        ASSERT_FALSE(key.isEmpty()) << i;
        EXPECT_FALSE(seen.contains(key)) << key;
        seen.insert(key);
        const std::optional<Field> back = JobStats::fieldForKey(key);
        ASSERT_TRUE(back.has_value()) << key;
        EXPECT_EQ(int(*back), i);
    }
    EXPECT_FALSE(JobStats::fieldForKey(QStringLiteral("memory_bogus")).has_value());
    EXPECT_FALSE(JobStats::fieldForKey(QStringLiteral("success")).has_value()) << "not an unsigned field";
}

TEST(JobStats, DecodesTypedParametersAndLeavesAbsentFieldsUnknown)
{
    TypedParameters parameters;
    parameters.addInt(VIR_DOMAIN_JOB_OPERATION, VIR_DOMAIN_JOB_OPERATION_MIGRATION_OUT);
    parameters.addULLong(VIR_DOMAIN_JOB_TIME_ELAPSED, 4200);
    parameters.addULLong(VIR_DOMAIN_JOB_MEMORY_TOTAL, 134217728);
    parameters.addULLong(VIR_DOMAIN_JOB_MEMORY_PROCESSED, 0); // a real 0, not unknown
    parameters.addULLong(VIR_DOMAIN_JOB_MEMORY_REMAINING, 100000000);
    parameters.addULLong(VIR_DOMAIN_JOB_MEMORY_DIRTY_RATE, 300);
    parameters.addULLong(VIR_DOMAIN_JOB_MEMORY_PAGE_SIZE, 4096);
    parameters.addInt(VIR_DOMAIN_JOB_AUTO_CONVERGE_THROTTLE, 30);
    const JobStats stats = parameters.decode(VIR_DOMAIN_JOB_UNBOUNDED);

    EXPECT_EQ(stats.jobType, VIR_DOMAIN_JOB_UNBOUNDED);
    EXPECT_TRUE(stats.isActive());
    EXPECT_EQ(stats.operation, std::optional<int>(VIR_DOMAIN_JOB_OPERATION_MIGRATION_OUT));
    EXPECT_EQ(stats.value(Field::TimeElapsed), std::optional<quint64>(4200));
    EXPECT_EQ(stats.value(Field::MemoryTotal), std::optional<quint64>(134217728));
    EXPECT_TRUE(stats.has(Field::MemoryProcessed));
    EXPECT_EQ(stats.value(Field::MemoryProcessed), std::optional<quint64>(0));
    EXPECT_EQ(stats.value(Field::AutoConvergeThrottle), std::optional<quint64>(30));
    EXPECT_EQ(stats.dirtyBytesPerSecond(), std::optional<quint64>(300 * 4096));
    // Not sent: unknown, never 0.
    EXPECT_FALSE(stats.has(Field::Downtime));
    EXPECT_FALSE(stats.has(Field::DiskTotal));
    EXPECT_FALSE(stats.has(Field::MemoryBps));
    EXPECT_FALSE(stats.has(Field::TimeRemaining));
    EXPECT_FALSE(stats.success.has_value());
    EXPECT_TRUE(stats.errorMessage.isEmpty());
}

TEST(JobStats, OnlyElapsedTimeBeforeTheDestinationIsReadyLeavesEverythingElseUnknown)
{
    TypedParameters parameters;
    parameters.addULLong(VIR_DOMAIN_JOB_TIME_ELAPSED, 12);
    const JobStats stats = parameters.decode(VIR_DOMAIN_JOB_UNBOUNDED);
    for (int i = 0; i < JobStats::kFieldCount; ++i) {
        EXPECT_EQ(stats.has(Field(i)), Field(i) == Field::TimeElapsed) << JobStats::key(Field(i));
    }
    EXPECT_FALSE(stats.dirtyBytesPerSecond().has_value());
    EXPECT_FALSE(stats.operation.has_value());
}

TEST(JobStats, DecodesCompletedFieldsSuccessAndMessage)
{
    TypedParameters parameters;
    parameters.addULLong(VIR_DOMAIN_JOB_DOWNTIME, 87);
    parameters.addBoolean(VIR_DOMAIN_JOB_SUCCESS, false);
    parameters.addString(VIR_DOMAIN_JOB_ERRMSG, "operation aborted: migration out: canceled by client");
    const JobStats stats = parameters.decode(VIR_DOMAIN_JOB_FAILED);
    EXPECT_FALSE(stats.isActive());
    EXPECT_EQ(stats.success, std::optional<bool>(false));
    EXPECT_EQ(stats.errorMessage, QStringLiteral("operation aborted: migration out: canceled by client"));
    EXPECT_EQ(stats.value(Field::Downtime), std::optional<quint64>(87));
}

TEST(JobStats, SkipsUnknownKeysAndIgnoresKnownKeysOfTheWrongType)
{
    TypedParameters parameters;
    parameters.addULLong("memory_from_the_future", 5);
    parameters.addUInt(VIR_DOMAIN_JOB_MEMORY_TOTAL, 1024); // libvirt sends ULLONG
    parameters.addString(VIR_DOMAIN_JOB_DISK_TOTAL, "big");
    parameters.addULLong(VIR_DOMAIN_JOB_AUTO_CONVERGE_THROTTLE, 20); // libvirt sends INT
    parameters.addInt(VIR_DOMAIN_JOB_SUCCESS, 1); // libvirt sends BOOLEAN
    parameters.addULLong(VIR_DOMAIN_JOB_OPERATION, 3); // libvirt sends INT
    parameters.addULLong(VIR_DOMAIN_JOB_MEMORY_BPS, 8388608);
    const JobStats stats = parameters.decode(VIR_DOMAIN_JOB_UNBOUNDED);
    EXPECT_FALSE(stats.has(Field::MemoryTotal));
    EXPECT_FALSE(stats.has(Field::DiskTotal));
    EXPECT_FALSE(stats.has(Field::AutoConvergeThrottle));
    EXPECT_FALSE(stats.success.has_value());
    EXPECT_FALSE(stats.operation.has_value());
    EXPECT_EQ(stats.value(Field::MemoryBps), std::optional<quint64>(8388608));
}

TEST(JobStats, NoParametersGiveAnEmptySampleOfTheJobType)
{
    const JobStats stats = JobStats::fromTypedParameters(VIR_DOMAIN_JOB_NONE, nullptr, 0);
    EXPECT_FALSE(stats.isActive());
    for (int i = 0; i < JobStats::kFieldCount; ++i)
        EXPECT_FALSE(stats.has(Field(i)));
}

TEST(JobStatsCsv, RoundTripsKnownZeroAndUnknownValues)
{
    JobStats first;
    first.jobType = VIR_DOMAIN_JOB_UNBOUNDED;
    first.sampledAtMs = 250;
    first.operation = VIR_DOMAIN_JOB_OPERATION_MIGRATION_OUT;
    first.setValue(Field::TimeElapsed, 260);
    first.setValue(Field::MemoryProcessed, 0);
    first.setValue(Field::MemoryTotal, 18446744073709551615ULL); // the full quint64 range survives
    JobStats second;
    second.jobType = VIR_DOMAIN_JOB_COMPLETED;
    second.sampledAtMs = 9000;
    second.success = true;
    second.setValue(Field::Downtime, 42);
    JobStats third;
    third.jobType = VIR_DOMAIN_JOB_FAILED;
    third.success = false;

    const QString text = JobStatsCsv::write({ first, second, third });
    EXPECT_TRUE(text.startsWith(JobStats::csvHeader().join(u',') + u'\n'));
    EXPECT_EQ(text.count(u'\n'), 4);
    QString error;
    const std::optional<QList<JobStats>> read = JobStatsCsv::read(text, &error);
    ASSERT_TRUE(read.has_value()) << error;
    ASSERT_EQ(read->size(), 3);
    EXPECT_EQ(read->at(0), first);
    EXPECT_EQ(read->at(1), second);
    EXPECT_EQ(read->at(2), third);
    EXPECT_TRUE(read->at(0).has(Field::MemoryProcessed));
    EXPECT_FALSE(read->at(0).has(Field::MemoryRemaining));
}

TEST(JobStatsCsv, ReadsColumnsInAnyOrderAndIgnoresUnknownOnes)
{
    const QString text = QStringLiteral("memory_bps,future_column,job_type,sampled_at_ms\r\n"
                                        "1048576,x,2,500\r\n"
                                        ",y,2,1000\r\n");
    QString error;
    const std::optional<QList<JobStats>> read = JobStatsCsv::read(text, &error);
    ASSERT_TRUE(read.has_value()) << error;
    ASSERT_EQ(read->size(), 2);
    EXPECT_EQ(read->at(0).value(Field::MemoryBps), std::optional<quint64>(1048576));
    EXPECT_EQ(read->at(0).jobType, VIR_DOMAIN_JOB_UNBOUNDED);
    EXPECT_EQ(read->at(0).sampledAtMs, 500);
    EXPECT_FALSE(read->at(1).has(Field::MemoryBps));
    EXPECT_EQ(read->at(1).sampledAtMs, 1000);
}

TEST(JobStatsCsv, RejectsMalformedFilesWithTheLineAndReason)
{
    const QString header = JobStats::csvHeader().join(u',');
    JobStats sample;
    sample.jobType = VIR_DOMAIN_JOB_UNBOUNDED;
    const QStringList good = sample.toCsvRow();
    const auto withCell = [&good](const QString &column, const QString &value) {
        QStringList row = good;
        row[JobStats::csvHeader().indexOf(column)] = value;
        return row.join(u',');
    };
    struct Case
    {
        QString text;
        QString expected; // a part of the error
    };
    const QList<Case> cases = {
        { QString(), QStringLiteral("Line 1") },
        { QStringLiteral("a,b,c\n1,2,3\n"), QStringLiteral("Line 1") },
        { header + u'\n' + withCell(QStringLiteral("memory_total"), QStringLiteral("12kB")) + u'\n',
            QStringLiteral("memory_total") },
        { header + u'\n' + withCell(QStringLiteral("memory_total"), QStringLiteral("-5")) + u'\n',
            QStringLiteral("memory_total") },
        { header + u'\n' + withCell(QStringLiteral("success"), QStringLiteral("yes")) + u'\n',
            QStringLiteral("success") },
        { header + u'\n' + withCell(QStringLiteral("job_type"), QString()) + u'\n', QStringLiteral("job_type") },
        { header + u'\n' + withCell(QStringLiteral("sampled_at_ms"), QStringLiteral("1.5")) + u'\n',
            QStringLiteral("sampled_at_ms") },
        { header + u'\n' + good.join(u',') + u'\n' + good.mid(1).join(u',') + u'\n', QStringLiteral("Line 3") },
        { header + u'\n' + u'\n' + good.join(u',') + u'\n', QStringLiteral("Line 2") },
    };
    for (const Case &testCase : cases) {
        QString error;
        EXPECT_FALSE(JobStatsCsv::read(testCase.text, &error).has_value()) << testCase.text;
        EXPECT_TRUE(error.contains(testCase.expected)) << error << " for " << testCase.text;
    }
    // And the good row alone is accepted, so the cases above fail for their one fault.
    QString error;
    EXPECT_TRUE(JobStatsCsv::read(header + u'\n' + good.join(u',') + u'\n', &error).has_value()) << error;
}

TEST(JobStatsCsv, FromCsvRowReportsACellCountMismatch)
{
    QString error;
    EXPECT_FALSE(JobStats::fromCsvRow(JobStats::csvHeader(), { QStringLiteral("1") }, &error).has_value());
    EXPECT_FALSE(error.isEmpty());
}

// The committed recordings (tests/data/migration-recordings) are what the series and the
// charts are tested on: each must read back, hold only running samples, and keep the
// shape its README describes.
namespace {

QList<JobStats> readRecording(const QString &name)
{
    QFile file(QStringLiteral(VF_TEST_DATA_DIR "/migration-recordings/") + name);
    if (!file.open(QIODevice::ReadOnly)) {
        ADD_FAILURE() << "cannot open " << file.fileName();
        return {};
    }
    QString error;
    const std::optional<QList<JobStats>> samples = JobStatsCsv::read(QString::fromUtf8(file.readAll()), &error);
    if (!samples) {
        ADD_FAILURE() << name << ": " << error;
        return {};
    }
    return *samples;
}

} // namespace

TEST(JobStatsRecordings, AllReadBackAndHoldOnlyRunningSamplesInTimeOrder)
{
    const QStringList files = QDir(QStringLiteral(VF_TEST_DATA_DIR "/migration-recordings"))
                                  .entryList({ QStringLiteral("*.csv") }, QDir::Files, QDir::Name);
    ASSERT_GE(files.size(), 3);
    for (const QString &name : files) {
        const QList<JobStats> samples = readRecording(name);
        ASSERT_FALSE(samples.isEmpty()) << name;
        if (name.endsWith(QLatin1String("-completed.csv"))) {
            ASSERT_EQ(samples.size(), 1) << name;
            EXPECT_EQ(samples[0].jobType, VIR_DOMAIN_JOB_COMPLETED) << name;
            EXPECT_TRUE(samples[0].has(Field::Downtime)) << name;
            continue;
        }
        EXPECT_GE(samples.size(), 20) << name;
        for (qsizetype i = 0; i < samples.size(); ++i) {
            EXPECT_TRUE(samples[i].isActive()) << name << " line " << i + 2;
            if (i > 0) {
                EXPECT_GT(samples[i].sampledAtMs, samples[i - 1].sampledAtMs) << name << " line " << i + 2;
            }
        }
        // The first sample comes before the destination is ready: no memory figures yet.
        EXPECT_EQ(samples.first().value(Field::MemoryTotal).value_or(0), 0u) << name;
    }
}

TEST(JobStatsRecordings, StorageCopyShowsTheDiskPhaseBeforeMemory)
{
    const QList<JobStats> samples = readRecording(QStringLiteral("live-copy-storage.csv"));
    ASSERT_FALSE(samples.isEmpty());
    qsizetype diskOnly = 0;
    qsizetype firstMemory = -1;
    for (qsizetype i = 0; i < samples.size(); ++i) {
        const quint64 memory = samples[i].value(Field::MemoryProcessed).value_or(0);
        if (memory > 0 && firstMemory < 0)
            firstMemory = i;
        if (memory == 0 && samples[i].value(Field::DiskProcessed).value_or(0) > 0)
            ++diskOnly;
    }
    EXPECT_GE(diskOnly, 5);
    ASSERT_GE(firstMemory, 0);
    EXPECT_EQ(samples[firstMemory].value(Field::DiskProcessed), samples[firstMemory].value(Field::DiskTotal));
}

TEST(JobStatsRecordings, NotConvergingKeepsPassingWithoutShrinking)
{
    const QList<JobStats> samples = readRecording(QStringLiteral("not-converging.csv"));
    ASSERT_FALSE(samples.isEmpty());
    EXPECT_GE(samples.last().value(Field::MemoryIteration).value_or(0), 8u);
    qsizetype atOrAbove = 0;
    for (const JobStats &sample : samples) {
        const std::optional<quint64> dirty = sample.dirtyBytesPerSecond();
        if (dirty && sample.has(Field::MemoryBps) && *dirty > 0 && *dirty >= *sample.value(Field::MemoryBps))
            ++atOrAbove;
    }
    EXPECT_GE(atOrAbove, 10);
}

// JobStatsMonitor against libvirt's test driver, which runs no jobs: what it must not do.
namespace {

ConnectionHandle openTestDriver()
{
    virConnectPtr connection = virConnectOpen("test:///default");
    if (!connection)
        return {};
    return ConnectionHandle(connection, [](virConnectPtr held) { virConnectClose(held); });
}

QString testDomainUuid(const ConnectionHandle &connection)
{
    Libvirt::DomainPtr domain(virDomainLookupByName(connection.get(), "test"));
    char uuid[VIR_UUID_STRING_BUFLEN] = {};
    if (!domain || virDomainGetUUIDString(domain.get(), uuid) != 0)
        return {};
    return QString::fromLatin1(uuid);
}

} // namespace

TEST(JobStatsMonitor, DropsSamplesOfNoJobAndStopsOnFinish)
{
    const ConnectionHandle connection = openTestDriver();
    ASSERT_TRUE(connection);
    const QString uuid = testDomainUuid(connection);
    ASSERT_FALSE(uuid.isEmpty());
    JobStatsMonitor monitor(connection, uuid);
    monitor.setInterval(50);
    EXPECT_EQ(monitor.interval(), 50);
    QSignalSpy sampled(&monitor, &JobStatsMonitor::sampled);
    QSignalSpy completed(&monitor, &JobStatsMonitor::completed);
    QSignalSpy failed(&monitor, &JobStatsMonitor::failed);
    QSignalSpy stopped(&monitor, &JobStatsMonitor::stopped);
    monitor.start();
    EXPECT_TRUE(monitor.isRunning());
    monitor.setInterval(1000);
    EXPECT_EQ(monitor.interval(), 50) << "the interval is fixed once started";
    QTest::qWait(400);
    monitor.finish();
    ASSERT_TRUE(stopped.wait(5000));
    EXPECT_FALSE(monitor.isRunning());
    EXPECT_TRUE(sampled.isEmpty()) << "the test driver runs no job";
    EXPECT_TRUE(completed.isEmpty());
    // The test driver may not implement job statistics at all; then it says so once.
    EXPECT_LE(failed.size(), 1);
    QTest::qWait(200);
    EXPECT_EQ(stopped.size(), 1);
}

TEST(JobStatsMonitor, ADomainThatIsNotThereFailsAndStops)
{
    const ConnectionHandle connection = openTestDriver();
    ASSERT_TRUE(connection);
    JobStatsMonitor monitor(connection, QStringLiteral("00000000-0000-0000-0000-0000000000ff"));
    QSignalSpy failed(&monitor, &JobStatsMonitor::failed);
    QSignalSpy stopped(&monitor, &JobStatsMonitor::stopped);
    monitor.start();
    ASSERT_TRUE(stopped.wait(5000));
    ASSERT_EQ(failed.size(), 1);
    EXPECT_TRUE(failed.first().at(0).toString().contains(QStringLiteral("00000000-0000-0000-0000-0000000000ff")));
    EXPECT_FALSE(monitor.isRunning());
}

TEST(JobStatsMonitor, WithoutAConnectionFailsAndStops)
{
    JobStatsMonitor monitor(ConnectionHandle(), QStringLiteral("00000000-0000-0000-0000-000000000001"));
    QSignalSpy failed(&monitor, &JobStatsMonitor::failed);
    QSignalSpy stopped(&monitor, &JobStatsMonitor::stopped);
    monitor.start();
    ASSERT_TRUE(stopped.wait(5000));
    EXPECT_EQ(failed.size(), 1);
}

TEST(JobStatsMonitor, DestroyingARunningMonitorDoesNotWait)
{
    const ConnectionHandle connection = openTestDriver();
    ASSERT_TRUE(connection);
    const QString uuid = testDomainUuid(connection);
    ASSERT_FALSE(uuid.isEmpty());
    auto monitor = std::make_unique<JobStatsMonitor>(connection, uuid);
    monitor->setInterval(10000); // the thread sleeps in a wait the destructor must cut short
    monitor->start();
    QTest::qWait(100);
    QElapsedTimer timer;
    timer.start();
    monitor.reset();
    EXPECT_LT(timer.elapsed(), 100);
    QTest::qWait(200); // the thread's late posts find no target
}
