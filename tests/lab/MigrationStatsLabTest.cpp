// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: Virt Ferry contributors
// Job statistics of real lab migrations: a bandwidth-limited live migration of a guest
// that does not dirty memory is sampled while it runs, a raised bandwidth shows in the
// measured rate, the completed statistics carry the downtime, and the live controls act
// on (or refuse) the running job. MigrationStatsRecording captures the sample sequences
// under tests/data/migration-recordings; it runs only when VF_RECORD_DIR names where to
// write them.
#include "Connection.h"
#include "JobStats.h"
#include "JobStatsMonitor.h"
#include "Lab.h"
#include "MigrationBatch.h"
#include "MigrationHistory.h"
#include "MigrationJob.h"
#include "MigrationOptions.h"
#include "MigrationPlan.h"
#include "MigrationSeries.h"
#include "QtPrinting.h"
#include "SshLabTest.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <gtest/gtest.h>

#include <memory>

namespace {

using Field = JobStats::Field;

constexpr int kBootMs = 60000;
constexpr int kMigrateMs = 120000;
constexpr quint64 kMiB = 1024 * 1024;

bool runTool(const QString &program, const QStringList &arguments, QString *output = nullptr)
{
    QProcess process;
    process.start(program, arguments);
    const bool ran = process.waitForFinished(60000);
    if (output)
        *output = QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError());
    return ran && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
}

// What a job reported, in order of arrival.
struct Recording
{
    QList<JobStats> samples;
    QList<int> iterations;
    std::optional<JobStats> completed;
    bool completedBeforeFinished = true;
    bool finished = false;
};

// memory_processed per second between the first and last of `samples` (nullopt when
// fewer than two carry it or no time passed).
std::optional<double> processedRate(const QList<JobStats> &samples)
{
    const JobStats *first = nullptr;
    const JobStats *last = nullptr;
    for (const JobStats &sample : samples) {
        if (!sample.has(Field::MemoryProcessed) || !sample.has(Field::TimeElapsed))
            continue;
        if (!first)
            first = &sample;
        last = &sample;
    }
    if (!first || first == last)
        return std::nullopt;
    const double seconds
        = double(*last->value(Field::TimeElapsed) - *first->value(Field::TimeElapsed)) / 1000.0;
    if (seconds <= 0)
        return std::nullopt;
    return double(*last->value(Field::MemoryProcessed) - *first->value(Field::MemoryProcessed)) / seconds;
}

class MigrationStatsFixture : public SshLabTest
{
protected:
    void TearDown() override
    {
        m_job.reset();
        removeGuests();
        Lab::removeGuestImages(Lab::Host::B, m_guests);
        SshLabTest::TearDown();
    }
    // The heartbeat guest on the NFS disk, running on A (the last tick seen in m_startTick);
    // empty after reporting why not.
    QString startNfsGuestOnA(const QString &name, int dirtyMiB)
    {
        return startOnA(name, Lab::prepareGuest(name, Lab::GuestDisk::NfsNetwork, Lab::Host::A, dirtyMiB));
    }
    QString startOnA(const QString &name, const QString &xml)
    {
        QString error;
        const QString uuid = Lab::startBeating(Lab::Host::A, name, xml, kBootMs, &m_startTick, &error);
        EXPECT_FALSE(uuid.isEmpty()) << error;
        return uuid;
    }
    MigrationJob &makeJob(const QString &uuid, const MigrationOptions &options, int intervalMs)
    {
        m_job = std::make_unique<MigrationJob>(m_hostA->handle(), m_hostB->handle(), uuid, options);
        m_job->setStatsInterval(intervalMs);
        m_recording = Recording();
        QObject::connect(m_job.get(), &MigrationJob::statsSampled, m_job.get(),
            [this](const JobStats &stats) { m_recording.samples.append(stats); });
        QObject::connect(m_job.get(), &MigrationJob::iterationStarted, m_job.get(),
            [this](int iteration) { m_recording.iterations.append(iteration); });
        QObject::connect(m_job.get(), &MigrationJob::completedStats, m_job.get(), [this](const JobStats &stats) {
            m_recording.completed = stats;
            m_recording.completedBeforeFinished = !m_recording.finished;
        });
        QObject::connect(m_job.get(), &MigrationJob::finished, m_job.get(), [this] { m_recording.finished = true; });
        return *m_job;
    }
    // libvirt copies into an existing image: create it on B with the source's format and size.
    bool createDestinationImage(const QString &name)
    {
        QString output;
        const bool created = runTool(QStringLiteral("qemu-img"),
            { QStringLiteral("create"), QStringLiteral("-q"), QStringLiteral("-f"), QStringLiteral("qcow2"),
                Lab::guestImagePath(Lab::Host::B, name), QStringLiteral("64M") },
            &output);
        if (!created)
            ADD_FAILURE() << output.toStdString();
        return created;
    }

    std::unique_ptr<MigrationJob> m_job;
    Recording m_recording;
    int m_startTick = 0;
};

// ---------------------------------------------------------------------------------
// Fixture capture (not a CI test): VF_RECORD_DIR=<dir> lab_tests
// --gtest_filter='MigrationStatsRecording*'

class MigrationStatsRecording : public MigrationStatsFixture
{
protected:
    void SetUp() override
    {
        m_directory = qEnvironmentVariable("VF_RECORD_DIR");
        if (m_directory.isEmpty())
            GTEST_SKIP() << "set VF_RECORD_DIR to capture the recordings";
        MigrationStatsFixture::SetUp();
    }
    void save(const QString &name)
    {
        ASSERT_TRUE(QDir().mkpath(m_directory));
        const auto writeFile = [](const QString &path, const QString &text) {
            QFile file(path);
            ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate)) << path;
            file.write(text.toUtf8());
        };
        writeFile(m_directory + u'/' + name + QStringLiteral(".csv"), JobStatsCsv::write(m_recording.samples));
        if (m_recording.completed)
            writeFile(m_directory + u'/' + name + QStringLiteral("-completed.csv"),
                JobStatsCsv::write({ *m_recording.completed }));
        QStringList iterations;
        for (int iteration : std::as_const(m_recording.iterations))
            iterations.append(QString::number(iteration));
        std::printf("recorded %s: %lld samples, completed %s (before finished: %s), iteration events [%s], "
                    "job %s %s\n",
            qPrintable(name), static_cast<long long>(m_recording.samples.size()),
            m_recording.completed ? "yes" : "no", m_recording.completedBeforeFinished ? "yes" : "no",
            qPrintable(iterations.join(u',')), m_job ? qPrintable(QVariant::fromValue(m_job->state()).toString()) : "-",
            m_job ? qPrintable(m_job->errorMessage()) : "");
        if (m_recording.completed)
            std::printf("completed: %s\n", qPrintable(m_recording.completed->toCsvRow().join(u',')));
        std::fflush(stdout);
    }
    // Runs a job with `options` until it ends, or aborts it after `timeoutMs`, and saves
    // what it reported as `recording`.
    void record(const QString &uuid, const MigrationOptions &options, const QString &recording,
        int timeoutMs = kMigrateMs)
    {
        MigrationJob &job = makeJob(uuid, options, 250);
        QSignalSpy finished(&job, &MigrationJob::finished);
        job.start();
        if (!finished.wait(timeoutMs)) {
            job.cancel();
            ASSERT_TRUE(finished.wait(60000)) << "the abort did not end the migration";
        }
        save(recording);
    }

    QString m_directory;
};

} // namespace

TEST_F(MigrationStatsRecording, LiveShared)
{
    const QString uuid = startNfsGuestOnA(guestName("rec-live-shared"), 0);
    ASSERT_FALSE(uuid.isEmpty());
    MigrationOptions options;
    options.bandwidthMiBs = 8;
    record(uuid, options, QStringLiteral("live-shared"));
    EXPECT_EQ(m_job->state(), MigrationJob::State::Completed) << m_job->errorMessage();
}

TEST_F(MigrationStatsRecording, LiveCopyStorage)
{
    const QString name = guestName("rec-live-copy");
    const QString xml = Lab::prepareGuest(name, Lab::GuestDisk::LocalFile, Lab::Host::A, 0);
    // 24 MiB of data past the heartbeat's record, so the disk phase lasts a few seconds.
    QString output;
    ASSERT_TRUE(runTool(QStringLiteral("qemu-io"),
        { QStringLiteral("-f"), QStringLiteral("qcow2"), QStringLiteral("-c"),
            QStringLiteral("write -P 0x5a 1M 24M"), Lab::guestImagePath(Lab::Host::A, name) },
        &output))
        << output.toStdString();
    const QString uuid = startOnA(name, xml);
    ASSERT_FALSE(uuid.isEmpty());
    ASSERT_TRUE(createDestinationImage(name));
    MigrationOptions options;
    options.mode = MigrationOptions::Mode::LiveCopyAllStorage;
    options.migrateDisks = { QStringLiteral("vda") };
    options.bandwidthMiBs = 8;
    record(uuid, options, QStringLiteral("live-copy-storage"));
    EXPECT_EQ(m_job->state(), MigrationJob::State::Completed) << m_job->errorMessage();
}

TEST_F(MigrationStatsRecording, NotConverging)
{
    const QString name = guestName("rec-not-converging");
    const int dirtyMiB = qEnvironmentVariableIsSet("VF_RECORD_DIRTY_MIB") ? qEnvironmentVariableIntValue("VF_RECORD_DIRTY_MIB") : 8;
    const int bandwidth = qEnvironmentVariableIsSet("VF_RECORD_BANDWIDTH") ? qEnvironmentVariableIntValue("VF_RECORD_BANDWIDTH") : 4;
    const int seconds = qEnvironmentVariableIsSet("VF_RECORD_SECONDS") ? qEnvironmentVariableIntValue("VF_RECORD_SECONDS") : 30;
    const QString uuid = startNfsGuestOnA(name, dirtyMiB);
    ASSERT_FALSE(uuid.isEmpty());
    MigrationOptions options;
    options.bandwidthMiBs = static_cast<unsigned long>(bandwidth);
    options.maxDowntimeMs = 1;
    record(uuid, options, QStringLiteral("not-converging"), seconds * 1000);
    std::printf("dirty %d MiB/tick, bandwidth %d MiB/s, %d s\n", dirtyMiB, bandwidth, seconds);
}

// ---------------------------------------------------------------------------------
// CI tests

class MigrationStatsLab : public MigrationStatsFixture
{
};

TEST_F(MigrationStatsLab, BandwidthLimitedMigrationIsSampledAndARaisedBandwidthRaisesTheRate)
{
    const QString name = guestName("stats-raise");
    // No memory dirtying: QEMU 7.2's TCG mishandles throttled dirtying guests.
    const QString uuid = startNfsGuestOnA(name, 0);
    ASSERT_FALSE(uuid.isEmpty());
    MigrationOptions options;
    options.bandwidthMiBs = 2;
    MigrationJob &job = makeJob(uuid, options, 250);
    QSignalSpy finished(&job, &MigrationJob::finished);
    QSignalSpy controls(&job, &MigrationJob::controlFinished);
    // A second monitor that is never told to finish: its completed statistics can only
    // come from libvirt's JOB_COMPLETED event, and its iterations from MIGRATION_ITERATION.
    JobStatsMonitor watcher(m_hostA->handle(), uuid);
    watcher.setInterval(1000);
    QSignalSpy watcherCompleted(&watcher, &JobStatsMonitor::completed);
    QSignalSpy watcherIterations(&watcher, &JobStatsMonitor::iterationStarted);
    job.start();
    ASSERT_TRUE(QTest::qWaitFor([&] { return job.state() == MigrationJob::State::Running; }, 10000));
    watcher.start();

    // Enough samples of the memory transfer at 2 MiB/s to measure its rate.
    const auto memorySamples = [this] {
        qsizetype count = 0;
        for (const JobStats &sample : std::as_const(m_recording.samples))
            count += sample.has(Field::MemoryProcessed) && sample.value(Field::MemoryProcessed) > 0u ? 1 : 0;
        return count;
    };
    ASSERT_TRUE(QTest::qWaitFor([&] { return memorySamples() >= 8 || job.isFinished(); }, 30000));
    ASSERT_FALSE(job.isFinished()) << "the limited migration ended before it could be sampled: "
                                   << m_recording.samples.size() << " samples";
    const QList<JobStats> slow = m_recording.samples;
    for (const JobStats &sample : slow) {
        EXPECT_TRUE(sample.isActive());
        EXPECT_EQ(sample.operation, std::optional<int>(VIR_DOMAIN_JOB_OPERATION_MIGRATION_OUT));
    }
    // The series grows: elapsed time and processed memory never go back.
    for (qsizetype i = 1; i < slow.size(); ++i) {
        EXPECT_GE(slow[i].sampledAtMs, slow[i - 1].sampledAtMs);
        // value_or(0): a field that goes unknown after being known counts as going back.
        if (slow[i - 1].has(Field::TimeElapsed)) {
            EXPECT_GE(slow[i].value(Field::TimeElapsed).value_or(0), *slow[i - 1].value(Field::TimeElapsed));
        }
        if (slow[i - 1].has(Field::MemoryProcessed)) {
            EXPECT_GE(
                slow[i].value(Field::MemoryProcessed).value_or(0), *slow[i - 1].value(Field::MemoryProcessed));
        }
    }
    EXPECT_TRUE(slow.last().has(Field::MemoryTotal));
    EXPECT_GT(slow.last().value(Field::MemoryProcessed).value_or(0), slow.first().value(Field::MemoryProcessed).value_or(0));

    job.setMaxSpeed(32);
    ASSERT_TRUE(controls.wait(10000));
    EXPECT_EQ(controls.first().at(0).value<MigrationJob::Control>(), MigrationJob::Control::MaxSpeed);
    EXPECT_TRUE(controls.first().at(1).toBool()) << controls.first().at(2).toString();
    const qsizetype raisedAt = m_recording.samples.size();
    ASSERT_TRUE(finished.wait(kMigrateMs)) << "the migration did not end";
    ASSERT_EQ(job.state(), MigrationJob::State::Completed) << job.errorMessage();

    const std::optional<double> slowRate = processedRate(slow.mid(slow.size() / 2));
    const std::optional<double> fastRate = processedRate(m_recording.samples.mid(raisedAt));
    ASSERT_TRUE(slowRate.has_value());
    ASSERT_TRUE(fastRate.has_value()) << "too few samples after raising the bandwidth: "
                                      << m_recording.samples.size() - raisedAt;
    EXPECT_LT(*slowRate, 3.0 * double(kMiB)) << "the 2 MiB/s limit did not hold";
    EXPECT_GT(*fastRate, 2.0 * *slowRate) << "slow " << *slowRate << " B/s, fast " << *fastRate << " B/s";

    ASSERT_TRUE(m_recording.completed.has_value()) << "no completed statistics";
    EXPECT_TRUE(m_recording.completedBeforeFinished);
    EXPECT_TRUE(m_recording.completed->has(Field::Downtime)) << m_recording.completed->toCsvRow().join(u',');
    EXPECT_GT(m_recording.completed->value(Field::TimeElapsed).value_or(0), 0u);
    EXPECT_NE(m_recording.completed->success, std::optional<bool>(false));
    // The source's JOB_COMPLETED event, with the whole job's time, not the destination's
    // kept statistics (operation MIGRATION_IN, timed from its own Prepare step).
    EXPECT_EQ(m_recording.completed->operation, std::optional<int>(VIR_DOMAIN_JOB_OPERATION_MIGRATION_OUT));
    EXPECT_EQ(Lab::activeCopies(name), 1);

    EXPECT_FALSE(m_recording.iterations.isEmpty()) << "no MIGRATION_ITERATION event reached the job";
    EXPECT_FALSE(watcherIterations.isEmpty());
    ASSERT_TRUE(watcherCompleted.size() == 1 || watcherCompleted.wait(10000)) << "no JOB_COMPLETED event";
    const JobStats fromEvent = watcherCompleted.first().at(0).value<JobStats>();
    EXPECT_EQ(fromEvent.jobType, VIR_DOMAIN_JOB_COMPLETED);
    EXPECT_TRUE(fromEvent.has(Field::Downtime)) << fromEvent.toCsvRow().join(u',');
    QTest::qWait(300);
    EXPECT_EQ(watcherCompleted.size(), 1) << "completed() more than once";

    // The destination keeps its own completed statistics too (the job's fallback).
    const ConnectionHandle handleB = Lab::openHandle(Lab::Host::B);
    Libvirt::DomainPtr onB = Lab::lookupDomain(handleB, name);
    ASSERT_TRUE(onB);
    int type = VIR_DOMAIN_JOB_NONE;
    virTypedParameterPtr parameters = nullptr;
    int count = 0;
    const int read = virDomainGetJobStats(onB.get(), &type, &parameters, &count,
        VIR_DOMAIN_JOB_STATS_COMPLETED | VIR_DOMAIN_JOB_STATS_KEEP_COMPLETED);
    const JobStats onDestination = JobStats::fromTypedParameters(type, parameters, count);
    virTypedParamsFree(parameters, count);
    ASSERT_EQ(read, 0);
    EXPECT_EQ(onDestination.jobType, VIR_DOMAIN_JOB_COMPLETED);
    EXPECT_EQ(onDestination.operation, std::optional<int>(VIR_DOMAIN_JOB_OPERATION_MIGRATION_IN));
    EXPECT_TRUE(onDestination.has(Field::Downtime));
}

TEST_F(MigrationStatsLab, LiveControlsActOnTheRunningJobAndAbortLeavesTheGuestOnA)
{
    const QString name = guestName("stats-controls");
    const QString uuid = startNfsGuestOnA(name, 0);
    ASSERT_FALSE(uuid.isEmpty());

    {
        // Before any job: a monitor sends no samples and stops when told, without error.
        JobStatsMonitor monitor(m_hostA->handle(), uuid);
        monitor.setInterval(200);
        QSignalSpy sampled(&monitor, &JobStatsMonitor::sampled);
        QSignalSpy completed(&monitor, &JobStatsMonitor::completed);
        QSignalSpy stopped(&monitor, &JobStatsMonitor::stopped);
        QSignalSpy failed(&monitor, &JobStatsMonitor::failed);
        monitor.start();
        EXPECT_TRUE(monitor.isRunning());
        QTest::qWait(1000);
        EXPECT_TRUE(sampled.isEmpty()) << "samples of no job must be dropped";
        monitor.finish();
        ASSERT_TRUE(stopped.wait(10000));
        EXPECT_FALSE(monitor.isRunning());
        EXPECT_TRUE(failed.isEmpty()) << failed.value(0).value(0).toString();
        EXPECT_TRUE(completed.isEmpty()) << "a domain that never had a job has no completed statistics";
    }
    MigrationOptions options;
    options.bandwidthMiBs = 1; // far longer than the test waits
    MigrationJob &job = makeJob(uuid, options, 250);
    QSignalSpy finished(&job, &MigrationJob::finished);
    QSignalSpy controls(&job, &MigrationJob::controlFinished);
    EXPECT_FALSE(job.canStartPostCopy());
    job.start();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !m_recording.samples.isEmpty() || job.isFinished(); }, 20000));
    ASSERT_FALSE(job.isFinished()) << job.errorMessage();

    job.setMaxDowntime(300);
    ASSERT_TRUE(controls.wait(10000));
    EXPECT_EQ(controls.last().at(0).value<MigrationJob::Control>(), MigrationJob::Control::MaxDowntime);
    EXPECT_TRUE(controls.last().at(1).toBool()) << controls.last().at(2).toString();

    EXPECT_FALSE(job.canStartPostCopy()) << "post-copy was not allowed for this job";
    job.startPostCopy();
    ASSERT_TRUE(controls.wait(10000));
    EXPECT_EQ(controls.last().at(0).value<MigrationJob::Control>(), MigrationJob::Control::PostCopy);
    EXPECT_FALSE(controls.last().at(1).toBool());
    EXPECT_FALSE(controls.last().at(2).toString().isEmpty());
    ASSERT_FALSE(job.isFinished()) << "the refused post-copy ended the job: " << job.errorMessage();

    job.cancel();
    ASSERT_TRUE(finished.wait(30000)) << "cancel did not end the migration";
    EXPECT_EQ(job.state(), MigrationJob::State::Cancelled) << job.errorMessage();
    EXPECT_EQ(job.finalHost(), MigrationJob::FinalHost::Source);
    EXPECT_EQ(Lab::activeCopies(name), 1);
    EXPECT_GE(Lab::waitForTick(Lab::Host::A, name, m_startTick + 20, 30000), m_startTick + 20)
        << "the guest stopped beating on A after the abort";
    std::printf("completed statistics after the abort: %s\n",
        m_recording.completed ? qPrintable(m_recording.completed->toCsvRow().join(u',')) : "none");
    if (m_recording.completed) {
        EXPECT_TRUE(m_recording.completedBeforeFinished);
        EXPECT_NE(m_recording.completed->success, std::optional<bool>(true));
    }
}

TEST_F(MigrationStatsLab, BatchRecordsTheJobInTheHistoryWithSamplesThatRoundTrip)
{
    const QString name = guestName("stats-history");
    const QString uuid = startNfsGuestOnA(name, 0);
    ASSERT_FALSE(uuid.isEmpty());
    QTemporaryDir directory;
    ASSERT_TRUE(directory.isValid());
    MigrationHistory history(directory.path());

    MigrationPlan plan; // live on shared storage
    plan.options.bandwidthMiBs = 24; // a few seconds of samples
    ASSERT_TRUE(plan.problems(1).isEmpty());
    MigrationBatch batch(m_hostA->handle(), m_hostB->handle(), Lab::sshUri(Lab::Host::B), { MigrationTarget { uuid, name } },
        plan);
    batch.setHistory(&history, QStringLiteral("host-a"), QStringLiteral("host-b"));
    batch.setStatsInterval(250);
    QSignalSpy finished(&batch, &MigrationBatch::finished);
    batch.start();

    // The live controls through the batch: each applied value is named on the chart. A
    // lower bandwidth keeps the job running while both are applied (the guest does not
    // dirty memory, so throttling it is safe under TCG).
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            return (batch.itemSeries(0) && !batch.itemSeries(0)->samples().isEmpty()) || finished.count() > 0;
        },
        30000));
    ASSERT_EQ(finished.count(), 0) << "the batch ended before it could be steered: " << batch.itemMessage(0);
    const MigrationSeries *series = batch.itemSeries(0);
    constexpr quint64 kSteeredMiBs = 16;
    constexpr quint64 kSteeredDowntimeMs = 450;
    batch.setItemMaxDowntime(0, kSteeredDowntimeMs);
    batch.setItemMaxSpeed(0, kSteeredMiBs);
    const auto markerOf = [series](MigrationMarker::Kind kind) -> std::optional<MigrationMarker> {
        for (const MigrationMarker &marker : series->markers()) {
            if (marker.kind == kind)
                return marker;
        }
        return std::nullopt;
    };
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            return (markerOf(MigrationMarker::Kind::BandwidthChanged)
                       && markerOf(MigrationMarker::Kind::DowntimeChanged))
                || finished.count() > 0;
        },
        10000));
    const std::optional<MigrationMarker> bandwidth = markerOf(MigrationMarker::Kind::BandwidthChanged);
    const std::optional<MigrationMarker> downtime = markerOf(MigrationMarker::Kind::DowntimeChanged);
    ASSERT_TRUE(bandwidth.has_value()) << "no bandwidth marker";
    ASSERT_TRUE(downtime.has_value()) << "no downtime marker";
    EXPECT_TRUE(bandwidth->text.contains(QString::number(kSteeredMiBs))) << bandwidth->text;
    EXPECT_TRUE(downtime->text.contains(QString::number(kSteeredDowntimeMs))) << downtime->text;
    EXPECT_EQ(series->maxDowntimeMs(), std::optional<quint64>(kSteeredDowntimeMs));

    ASSERT_TRUE(finished.count() > 0 || finished.wait(kMigrateMs)) << "the batch did not end";
    ASSERT_EQ(finished.first().at(0).toInt(), 1) << batch.itemMessage(0);
    ASSERT_EQ(batch.itemSeries(0), series);
    ASSERT_GE(series->samples().size(), 4) << "the migration was too short to sample";
    ASSERT_EQ(history.records().size(), 1);
    const MigrationRecord record = history.records().first();
    EXPECT_EQ(record.vmUuid, uuid);
    EXPECT_EQ(record.vmName, name);
    EXPECT_EQ(record.sourceHost, QStringLiteral("host-a"));
    EXPECT_EQ(record.destinationHost, QStringLiteral("host-b"));
    EXPECT_EQ(record.result, QStringLiteral("completed"));
    EXPECT_TRUE(record.downtimeMs.has_value()) << "the completed statistics gave no downtime";
    EXPECT_GT(record.durationMs, 0);
    EXPECT_TRUE(record.hasSamples);

    // What was stored reads back as the series' own samples, also after a reload.
    MigrationHistory reloaded(directory.path());
    ASSERT_EQ(reloaded.records().size(), 1);
    EXPECT_EQ(reloaded.records().first(), record);
    const QString csv = reloaded.samplesCsv(record.id);
    ASSERT_FALSE(csv.isEmpty());
    QString error;
    const std::optional<QList<JobStats>> stored = JobStatsCsv::read(csv, &error);
    ASSERT_TRUE(stored.has_value()) << error;
    const std::optional<QList<JobStats>> exported = JobStatsCsv::read(series->toCsv(), &error);
    ASSERT_TRUE(exported.has_value()) << error;
    EXPECT_EQ(*stored, *exported);
    EXPECT_GE(stored->size(), series->samples().size());
    EXPECT_EQ(Lab::activeCopies(name), 1);
}
