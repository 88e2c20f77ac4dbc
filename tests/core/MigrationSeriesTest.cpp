// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: Virt Ferry contributors
// The series model of a migration: phases, percent that never moves back, rates, ETA,
// iteration markers, the convergence warning and the summary; first on small sequences
// built here, then on sequences recorded from real migrations in the lab.
#include "MigrationSeries.h"
#include "QtPrinting.h"

#include <QFile>
#include <QSignalSpy>
#include <gtest/gtest.h>

#include <initializer_list>
#include <memory>
#include <utility>

inline void PrintTo(MigrationPhase phase, std::ostream *os)
{
    *os << MigrationSeries::phaseText(phase).toStdString();
}

namespace {

using Field = JobStats::Field;
using Kind = MigrationMarker::Kind;

constexpr quint64 kMiB = 1024ULL * 1024ULL;
constexpr quint64 kPage = 4096;

JobStats makeStats(quint64 elapsedMs, std::initializer_list<std::pair<Field, quint64>> values)
{
    JobStats stats;
    stats.jobType = VIR_DOMAIN_JOB_UNBOUNDED;
    stats.sampledAtMs = qint64(elapsedMs);
    stats.setValue(Field::TimeElapsed, elapsedMs);
    for (const auto &[field, value] : values)
        stats.setValue(field, value);
    return stats;
}

// A memory pass sample: `remaining` of `total` bytes left, `bps` sent, `dirtyPages`/s.
JobStats memorySample(quint64 elapsedMs, quint64 total, quint64 remaining, quint64 processed, int iteration,
    quint64 bps, quint64 dirtyPages)
{
    return makeStats(elapsedMs,
        {{Field::MemoryTotal, total}, {Field::MemoryRemaining, remaining}, {Field::MemoryProcessed, processed},
            {Field::MemoryIteration, quint64(iteration)}, {Field::MemoryBps, bps},
            {Field::MemoryDirtyRate, dirtyPages}, {Field::MemoryPageSize, kPage}, {Field::DataTotal, total},
            {Field::DataRemaining, remaining}, {Field::DataProcessed, processed}});
}

QList<MigrationMarker> markersOf(const MigrationSeries &series, Kind kind)
{
    QList<MigrationMarker> found;
    for (const MigrationMarker &marker : series.markers()) {
        if (marker.kind == kind)
            found.append(marker);
    }
    return found;
}

void expectMonotonicPercent(const MigrationSeries &series)
{
    std::optional<double> before;
    for (int index = 0; index < series.samples().size(); ++index) {
        const std::optional<double> percent = series.samples().at(index).percent;
        if (before) {
            ASSERT_TRUE(percent.has_value()) << "sample " << index << " lost its percent";
            EXPECT_GE(*percent, *before) << "sample " << index << " moved back";
        }
        if (percent) {
            EXPECT_GE(*percent, 0.0);
            EXPECT_LE(*percent, 100.0);
            before = percent;
        }
    }
}

} // namespace

TEST(MigrationSeriesTest, OnlyElapsedTimeIsSetupWithoutPercentOrEta)
{
    MigrationSeries series;
    QSignalSpy appended(&series, &MigrationSeries::sampleAppended);
    series.append(makeStats(120, {}));
    ASSERT_EQ(series.samples().size(), 1);
    EXPECT_EQ(appended.count(), 1);
    EXPECT_EQ(appended.first().at(0).toInt(), 0);
    const MigrationSample &sample = series.samples().first();
    EXPECT_EQ(sample.phase, MigrationPhase::Setup);
    EXPECT_EQ(sample.elapsedMs, 120);
    EXPECT_FALSE(sample.percent);
    EXPECT_FALSE(sample.etaMs);
    EXPECT_FALSE(sample.dirtyBytesPerSecond);
    EXPECT_EQ(series.phase(), MigrationPhase::Setup);
    EXPECT_EQ(series.summary().iterations, 0);
}

TEST(MigrationSeriesTest, WithoutElapsedTimeTheClientClockCounts)
{
    MigrationSeries series;
    JobStats stats;
    stats.jobType = VIR_DOMAIN_JOB_UNBOUNDED;
    stats.sampledAtMs = 700;
    series.append(stats);
    EXPECT_EQ(series.samples().first().elapsedMs, 700);
    EXPECT_EQ(series.latest()->elapsedMs, 700);
}

TEST(MigrationSeriesTest, StorageCopyShowsDiskCopyBeforeTheMemoryPasses)
{
    MigrationSeries series;
    series.setCopiesStorage(true);
    const quint64 disk = 1000 * kMiB;
    const quint64 memory = 100 * kMiB;
    series.append(makeStats(100, {}));
    // libvirt sends the memory fields as 0 while the disks are mirrored.
    for (quint64 step = 1; step <= 4; ++step) {
        series.append(makeStats(100 + step * 500,
            {{Field::DiskTotal, disk}, {Field::DiskProcessed, step * disk / 4}, {Field::DiskRemaining, disk - step * disk / 4},
                {Field::MemoryTotal, 0}, {Field::MemoryProcessed, 0}, {Field::MemoryRemaining, 0},
                {Field::MemoryBps, 0}}));
    }
    for (quint64 step = 1; step <= 3; ++step) {
        series.append(makeStats(2100 + step * 500,
            {{Field::DiskTotal, disk}, {Field::DiskProcessed, disk}, {Field::DiskRemaining, 0},
                {Field::MemoryTotal, memory}, {Field::MemoryProcessed, step * 25 * kMiB},
                {Field::MemoryRemaining, memory - step * 25 * kMiB}, {Field::MemoryIteration, 1},
                {Field::MemoryBps, 60 * kMiB}}));
    }
    const QList<MigrationSample> &samples = series.samples();
    ASSERT_EQ(samples.size(), 8);
    EXPECT_EQ(samples.at(0).phase, MigrationPhase::Setup);
    for (int index = 1; index <= 4; ++index) {
        EXPECT_EQ(samples.at(index).phase, MigrationPhase::DiskCopy) << index;
        EXPECT_EQ(samples.at(index).iteration, 0);
        ASSERT_TRUE(samples.at(index).percent);
    }
    EXPECT_LT(*samples.at(1).percent, *samples.at(4).percent);
    EXPECT_LT(*samples.at(4).percent, 100.0) << "memory is still to come";
    for (int index = 5; index <= 7; ++index) {
        EXPECT_EQ(samples.at(index).phase, MigrationPhase::MemoryPass) << index;
        EXPECT_EQ(samples.at(index).iteration, 1);
    }
    expectMonotonicPercent(series);
    EXPECT_GT(*samples.at(7).percent, *samples.at(4).percent);
    // Copying disks comes before the first memory pass on the chart.
    const QList<MigrationMarker> phases = markersOf(series, Kind::PhaseChanged);
    const QList<MigrationMarker> passes = markersOf(series, Kind::Iteration);
    ASSERT_FALSE(phases.isEmpty());
    ASSERT_EQ(passes.size(), 1);
    EXPECT_EQ(phases.first().text, MigrationSeries::phaseText(MigrationPhase::DiskCopy));
    EXPECT_EQ(phases.first().elapsedMs, 600);
    EXPECT_EQ(passes.first().elapsedMs, 2600);
    EXPECT_EQ(passes.first().text, QStringLiteral("Memory pass 1"));
    EXPECT_TRUE(markersOf(series, Kind::RedirtyPass).isEmpty()) << "memory joining is no re-dirty pass";
}

TEST(MigrationSeriesTest, PercentHoldsWhenAPassRedirtiesMemoryAndSaysSo)
{
    MigrationSeries series;
    const quint64 total = 1000 * kMiB;
    series.append(memorySample(1000, total, 800 * kMiB, 200 * kMiB, 1, 100 * kMiB, 0));
    series.append(memorySample(2000, total, 400 * kMiB, 600 * kMiB, 1, 100 * kMiB, 0));
    series.append(memorySample(3000, total, 100 * kMiB, 900 * kMiB, 1, 100 * kMiB, 0));
    const double beforeRedirty = *series.latest()->percent;
    EXPECT_NEAR(beforeRedirty, 90.0, 0.01);
    // Pass 2 finds 300 MiB written again since the first pass sent it.
    series.append(memorySample(4000, total, 300 * kMiB, 1000 * kMiB, 2, 100 * kMiB, 0));
    EXPECT_DOUBLE_EQ(*series.latest()->percent, beforeRedirty) << "held, not moved back to 70 %";
    const QList<MigrationMarker> redirty = markersOf(series, Kind::RedirtyPass);
    ASSERT_EQ(redirty.size(), 1);
    EXPECT_EQ(redirty.first().elapsedMs, 4000);
    EXPECT_TRUE(redirty.first().text.contains(QStringLiteral("Pass 2"))) << redirty.first().text;
    EXPECT_TRUE(redirty.first().text.contains(QStringLiteral("300"))) << redirty.first().text;
    // The pass goes on: the percent moves forward again from where it held.
    series.append(memorySample(5000, total, 150 * kMiB, 1150 * kMiB, 2, 100 * kMiB, 0));
    EXPECT_GT(*series.latest()->percent, beforeRedirty);
    series.append(memorySample(5500, total, 0, 1300 * kMiB, 2, 100 * kMiB, 0));
    EXPECT_NEAR(*series.latest()->percent, 100.0, 0.01);
    expectMonotonicPercent(series);
    // One marker per pass.
    const QList<MigrationMarker> passes = markersOf(series, Kind::Iteration);
    ASSERT_EQ(passes.size(), 2);
    EXPECT_EQ(passes.at(1).text, QStringLiteral("Memory pass 2"));
    EXPECT_EQ(series.summary().iterations, 2);
}

TEST(MigrationSeriesTest, TransferRateFromBpsOrFromProcessedDeltas)
{
    MigrationSeries withBps;
    withBps.setCopiesStorage(true);
    withBps.append(makeStats(1000,
        {{Field::MemoryTotal, 100 * kMiB}, {Field::MemoryProcessed, 10 * kMiB}, {Field::MemoryRemaining, 90 * kMiB},
            {Field::MemoryBps, 30 * kMiB}, {Field::DiskBps, 5 * kMiB}}));
    ASSERT_TRUE(withBps.latest()->transferBytesPerSecond);
    EXPECT_DOUBLE_EQ(*withBps.latest()->transferBytesPerSecond, double(35 * kMiB));

    // No bps: bytes processed between samples over the time between them.
    MigrationSeries fromDeltas;
    fromDeltas.append(makeStats(1000, {{Field::DataTotal, 100 * kMiB}, {Field::DataProcessed, 10 * kMiB}}));
    EXPECT_FALSE(fromDeltas.latest()->transferBytesPerSecond) << "one sample has no delta";
    fromDeltas.append(makeStats(1500, {{Field::DataTotal, 100 * kMiB}, {Field::DataProcessed, 30 * kMiB}}));
    ASSERT_TRUE(fromDeltas.latest()->transferBytesPerSecond);
    EXPECT_DOUBLE_EQ(*fromDeltas.latest()->transferBytesPerSecond, double(40 * kMiB));
    ASSERT_TRUE(fromDeltas.latest()->percent);
    EXPECT_NEAR(*fromDeltas.latest()->percent, 30.0, 0.01);
}

TEST(MigrationSeriesTest, DirtyRateIsInBytesPerSecond)
{
    MigrationSeries series;
    series.append(memorySample(1000, 100 * kMiB, 50 * kMiB, 50 * kMiB, 1, 10 * kMiB, 256));
    ASSERT_TRUE(series.latest()->dirtyBytesPerSecond);
    EXPECT_DOUBLE_EQ(*series.latest()->dirtyBytesPerSecond, 256.0 * 4096.0);
}

TEST(MigrationSeriesTest, EtaFromLibvirtOrFromTheNetRate)
{
    MigrationSeries series;
    // 80 MiB left, 10 MiB/s sent, 2 MiB/s dirtied again: 10 s.
    series.append(memorySample(1000, 100 * kMiB, 80 * kMiB, 20 * kMiB, 1, 10 * kMiB, 2 * kMiB / kPage));
    ASSERT_TRUE(series.latest()->etaMs);
    EXPECT_EQ(*series.latest()->etaMs, 10000);

    // libvirt's own estimate wins.
    JobStats withEstimate = memorySample(2000, 100 * kMiB, 72 * kMiB, 28 * kMiB, 1, 10 * kMiB, 2 * kMiB / kPage);
    withEstimate.setValue(Field::TimeRemaining, 4321);
    series.append(withEstimate);
    EXPECT_EQ(series.latest()->etaMs, 4321);

    // Dirtied as fast as sent: no ETA rather than a negative or infinite one.
    series.append(memorySample(3000, 100 * kMiB, 72 * kMiB, 38 * kMiB, 1, 10 * kMiB, 10 * kMiB / kPage));
    EXPECT_FALSE(series.latest()->etaMs);
}

TEST(MigrationSeriesTest, IterationMarkersFromEventsAndFieldWithoutDuplicates)
{
    MigrationSeries series;
    QSignalSpy markers(&series, &MigrationSeries::markerAdded);
    series.append(memorySample(1000, 100 * kMiB, 80 * kMiB, 20 * kMiB, 1, 10 * kMiB, 0));
    series.noteIteration(2); // the event comes between samples
    series.noteIteration(2);
    series.append(memorySample(2000, 100 * kMiB, 70 * kMiB, 100 * kMiB, 2, 10 * kMiB, 0));
    series.append(memorySample(3000, 100 * kMiB, 60 * kMiB, 110 * kMiB, 2, 10 * kMiB, 0));
    series.append(memorySample(4000, 100 * kMiB, 40 * kMiB, 130 * kMiB, 3, 10 * kMiB, 0)); // the event was missed
    series.noteIteration(3);
    const QList<MigrationMarker> passes = markersOf(series, Kind::Iteration);
    ASSERT_EQ(passes.size(), 3);
    EXPECT_EQ(passes.at(0).text, QStringLiteral("Memory pass 1"));
    EXPECT_EQ(passes.at(1).text, QStringLiteral("Memory pass 2"));
    EXPECT_EQ(passes.at(1).elapsedMs, 1000) << "at the latest sample when the event came";
    EXPECT_EQ(passes.at(2).elapsedMs, 4000);
    EXPECT_EQ(series.latest()->iteration, 3);
    EXPECT_EQ(markers.count(), series.markers().size());
}

TEST(MigrationSeriesTest, ConvergenceWarningAfterTheWindowAndClearedOnRecovery)
{
    MigrationSeries series;
    series.setConvergenceWindow(3);
    QSignalSpy changed(&series, &MigrationSeries::convergenceChanged);
    const quint64 sent = 10 * kMiB;
    const quint64 fasterPages = 12 * kMiB / kPage;
    // Not a memory pass yet: the dirty rate alone means nothing.
    series.append(makeStats(500, {{Field::MemoryDirtyRate, fasterPages}, {Field::MemoryPageSize, kPage}, {Field::MemoryBps, sent}}));
    series.append(memorySample(1000, 100 * kMiB, 60 * kMiB, 40 * kMiB, 2, sent, fasterPages));
    series.append(memorySample(2000, 100 * kMiB, 62 * kMiB, 50 * kMiB, 2, sent, fasterPages));
    EXPECT_FALSE(series.isNotConverging());
    EXPECT_EQ(changed.count(), 0);
    series.append(memorySample(3000, 100 * kMiB, 64 * kMiB, 60 * kMiB, 2, sent, fasterPages));
    EXPECT_TRUE(series.isNotConverging());
    ASSERT_EQ(changed.count(), 1);
    EXPECT_TRUE(changed.first().at(0).toBool());
    const QList<MigrationMarker> warnings = markersOf(series, Kind::ConvergenceWarning);
    ASSERT_EQ(warnings.size(), 1);
    EXPECT_EQ(warnings.first().elapsedMs, 3000);
    EXPECT_FALSE(warnings.first().text.isEmpty());
    EXPECT_FALSE(series.latest()->etaMs);
    // Still not converging: no second marker.
    series.append(memorySample(4000, 100 * kMiB, 66 * kMiB, 70 * kMiB, 2, sent, fasterPages));
    EXPECT_EQ(markersOf(series, Kind::ConvergenceWarning).size(), 1);
    // Recovers (the bandwidth was raised).
    series.append(memorySample(5000, 100 * kMiB, 40 * kMiB, 100 * kMiB, 2, 40 * kMiB, fasterPages));
    EXPECT_FALSE(series.isNotConverging());
    ASSERT_EQ(changed.count(), 2);
    EXPECT_FALSE(changed.at(1).at(0).toBool());
    // A new run needs the whole window again.
    series.append(memorySample(6000, 100 * kMiB, 42 * kMiB, 110 * kMiB, 2, sent, fasterPages));
    series.append(memorySample(7000, 100 * kMiB, 44 * kMiB, 120 * kMiB, 2, sent, fasterPages));
    EXPECT_FALSE(series.isNotConverging());
}

TEST(MigrationSeriesTest, AdviceFollowsTheJobsOptions)
{
    MigrationSeries series;
    QStringList advice = series.convergenceAdvice();
    ASSERT_EQ(advice.size(), 3);
    EXPECT_TRUE(advice.at(0).contains(QStringLiteral("bandwidth")));
    EXPECT_TRUE(advice.at(1).contains(QStringLiteral("auto-converge")));
    EXPECT_TRUE(advice.at(2).contains(QStringLiteral("Pause")));

    series.setAutoConverge(true);
    series.setPostCopyAllowed(true);
    advice = series.convergenceAdvice();
    ASSERT_EQ(advice.size(), 3);
    EXPECT_FALSE(advice.join(u'\n').contains(QStringLiteral("auto-converge")));
    EXPECT_TRUE(advice.at(1).contains(QStringLiteral("post-copy")));

    series.addMarker(Kind::PostCopyStarted, QStringLiteral("Switched to post-copy"));
    EXPECT_FALSE(series.convergenceAdvice().join(u'\n').contains(QStringLiteral("post-copy")))
        << "already switched";
    series.finish(std::nullopt, MigrationPhase::Cancelled, {});
    EXPECT_TRUE(series.convergenceAdvice().isEmpty()) << "nothing helps a finished job";
}

TEST(MigrationSeriesTest, PostCopyFromTheMarkerOrTheRequests)
{
    MigrationSeries series;
    series.setPostCopyAllowed(true);
    series.setConvergenceWindow(1);
    series.append(memorySample(1000, 100 * kMiB, 60 * kMiB, 40 * kMiB, 3, kMiB, 2 * kMiB / kPage));
    EXPECT_TRUE(series.isNotConverging());
    QSignalSpy changed(&series, &MigrationSeries::convergenceChanged);
    series.addMarker(Kind::PostCopyStarted, QStringLiteral("Switched to post-copy"));
    EXPECT_EQ(series.phase(), MigrationPhase::PostCopy);
    EXPECT_FALSE(series.isNotConverging()) << "post-copy ends however fast the guest writes";
    EXPECT_EQ(changed.count(), 1);
    ASSERT_EQ(markersOf(series, Kind::PostCopyStarted).size(), 1);
    EXPECT_EQ(markersOf(series, Kind::PostCopyStarted).first().elapsedMs, 1000);
    series.append(memorySample(2000, 100 * kMiB, 30 * kMiB, 70 * kMiB, 3, kMiB, 2 * kMiB / kPage));
    EXPECT_EQ(series.latest()->phase, MigrationPhase::PostCopy);
    EXPECT_FALSE(series.isNotConverging());

    // Started elsewhere (virsh): the requests show it.
    MigrationSeries other;
    other.append(memorySample(1000, 100 * kMiB, 60 * kMiB, 40 * kMiB, 2, kMiB, 0));
    JobStats postCopy = memorySample(2000, 100 * kMiB, 50 * kMiB, 50 * kMiB, 2, kMiB, 0);
    postCopy.setValue(Field::MemoryPostcopyRequests, 12);
    other.append(postCopy);
    EXPECT_EQ(other.latest()->phase, MigrationPhase::PostCopy);
    ASSERT_EQ(markersOf(other, Kind::PhaseChanged).size(), 1);
    EXPECT_EQ(markersOf(other, Kind::PhaseChanged).first().text, MigrationSeries::phaseText(MigrationPhase::PostCopy));
}

TEST(MigrationSeriesTest, CompletingWhenWhatIsLeftFitsTheDowntime)
{
    MigrationSeries series;
    series.setMaxDowntimeMs(500);
    EXPECT_EQ(series.maxDowntimeMs(), 500U);
    series.append(memorySample(1000, 1000 * kMiB, 500 * kMiB, 500 * kMiB, 1, 100 * kMiB, 0));
    EXPECT_EQ(series.latest()->phase, MigrationPhase::MemoryPass);
    // 40 MiB at 100 MiB/s is 400 ms: within the 500 ms allowed.
    series.append(memorySample(2000, 1000 * kMiB, 40 * kMiB, 960 * kMiB, 2, 100 * kMiB, 1));
    EXPECT_EQ(series.latest()->phase, MigrationPhase::Completing);
    EXPECT_EQ(series.phase(), MigrationPhase::Completing);
    const QList<MigrationMarker> phases = markersOf(series, Kind::PhaseChanged);
    ASSERT_EQ(phases.size(), 1);
    EXPECT_EQ(phases.first().text, QStringLiteral("Completing"));
}

TEST(MigrationSeriesTest, SummaryFromTheCompletedStatistics)
{
    MigrationSeries series;
    QSignalSpy finished(&series, &MigrationSeries::finished);
    series.append(memorySample(1000, 100 * kMiB, 60 * kMiB, 40 * kMiB, 1, 40 * kMiB, 0));
    series.append(memorySample(2000, 100 * kMiB, 10 * kMiB, 90 * kMiB, 2, 50 * kMiB, 0));
    JobStats completed = makeStats(2400,
        {{Field::Downtime, 37}, {Field::DataProcessed, 120 * kMiB}, {Field::MemoryIteration, 3},
            {Field::MemoryTotal, 100 * kMiB}, {Field::MemoryRemaining, 0}});
    completed.jobType = VIR_DOMAIN_JOB_COMPLETED;
    completed.success = true;
    series.finish(completed, MigrationPhase::Completed, {});
    EXPECT_TRUE(series.isFinished());
    EXPECT_EQ(finished.count(), 1);
    EXPECT_EQ(series.phase(), MigrationPhase::Completed);
    EXPECT_EQ(series.completedStats(), completed);
    const MigrationSummary summary = series.summary();
    EXPECT_EQ(summary.outcome, MigrationPhase::Completed);
    EXPECT_EQ(summary.totalMs, 2400);
    EXPECT_EQ(summary.downtimeMs, 37U);
    EXPECT_EQ(summary.bytesTransferred, 120 * kMiB);
    ASSERT_TRUE(summary.averageBytesPerSecond);
    EXPECT_DOUBLE_EQ(*summary.averageBytesPerSecond, double(120 * kMiB) / 2.4);
    EXPECT_EQ(summary.iterations, 3);
    EXPECT_TRUE(summary.message.isEmpty());

    // Nothing more after the end.
    series.append(memorySample(3000, 100 * kMiB, 0, 100 * kMiB, 3, 0, 0));
    series.finish(std::nullopt, MigrationPhase::Failed, QStringLiteral("late"));
    EXPECT_EQ(series.samples().size(), 2);
    EXPECT_EQ(finished.count(), 1);
    EXPECT_EQ(series.summary().outcome, MigrationPhase::Completed);
}

TEST(MigrationSeriesTest, SummaryOfAFailureWithoutCompletedStatistics)
{
    MigrationSeries series;
    series.append(memorySample(1000, 100 * kMiB, 60 * kMiB, 40 * kMiB, 1, 40 * kMiB, 0));
    series.append(memorySample(1800, 100 * kMiB, 30 * kMiB, 70 * kMiB, 1, 40 * kMiB, 0));
    series.finish(std::nullopt, MigrationPhase::Failed, QStringLiteral("operation aborted: migration out job"));
    const MigrationSummary summary = series.summary();
    EXPECT_EQ(summary.outcome, MigrationPhase::Failed);
    EXPECT_EQ(summary.totalMs, 1800);
    EXPECT_FALSE(summary.downtimeMs) << "no measured downtime without completed statistics";
    EXPECT_EQ(summary.bytesTransferred, 70 * kMiB);
    EXPECT_EQ(summary.iterations, 1);
    EXPECT_EQ(summary.message, QStringLiteral("operation aborted: migration out job"));
    EXPECT_EQ(series.phase(), MigrationPhase::Failed);
}

TEST(MigrationSeriesTest, AFailedJobHasNoMeasuredDowntimeEvenWithCompletedStatistics)
{
    MigrationSeries series;
    series.append(memorySample(1000, 100 * kMiB, 60 * kMiB, 40 * kMiB, 1, 40 * kMiB, 0));
    JobStats completed = makeStats(1500, {{Field::Downtime, 300}, {Field::DataProcessed, 50 * kMiB}});
    completed.jobType = VIR_DOMAIN_JOB_FAILED;
    completed.success = false;
    series.finish(completed, MigrationPhase::Failed, QStringLiteral("migration failed"));
    const MigrationSummary summary = series.summary();
    EXPECT_FALSE(summary.downtimeMs) << "the guest never stopped for a switch-over";
    EXPECT_EQ(summary.bytesTransferred, 50 * kMiB);
    EXPECT_EQ(summary.totalMs, 1500);
}

TEST(MigrationSeriesTest, CsvRoundTripReplaysTheSameSeries)
{
    MigrationSeries series;
    series.append(makeStats(100, {}));
    series.append(memorySample(1000, 100 * kMiB, 80 * kMiB, 20 * kMiB, 1, 20 * kMiB, 100));
    series.append(memorySample(2000, 100 * kMiB, 40 * kMiB, 60 * kMiB, 1, 20 * kMiB, 100));
    series.append(memorySample(3000, 100 * kMiB, 50 * kMiB, 80 * kMiB, 2, 20 * kMiB, 100));
    const QString csv = series.toCsv();
    EXPECT_EQ(csv.count(u'\n'), 5) << "a header and four samples";
    QString error;
    std::unique_ptr<MigrationSeries> replayed(MigrationSeries::fromCsv(csv, &error));
    ASSERT_TRUE(replayed) << error;
    ASSERT_EQ(replayed->samples().size(), series.samples().size());
    for (int index = 0; index < series.samples().size(); ++index) {
        const MigrationSample &left = series.samples().at(index);
        const MigrationSample &right = replayed->samples().at(index);
        EXPECT_EQ(left.stats, right.stats) << index;
        EXPECT_EQ(left.phase, right.phase) << index;
        EXPECT_EQ(left.percent, right.percent) << index;
        EXPECT_EQ(left.etaMs, right.etaMs) << index;
    }
    EXPECT_EQ(replayed->markers().size(), series.markers().size());
    EXPECT_EQ(replayed->toCsv(), csv);

    QString malformed = csv;
    malformed.replace(QStringLiteral("\n1000,"), QStringLiteral("\nsoon,"));
    ASSERT_NE(malformed, csv);
    EXPECT_EQ(MigrationSeries::fromCsv(malformed, &error), nullptr);
    EXPECT_FALSE(error.isEmpty());
}

TEST(MigrationSeriesTest, PhaseTexts)
{
    EXPECT_EQ(MigrationSeries::phaseText(MigrationPhase::MemoryPass, 3), QStringLiteral("Memory pass 3"));
    EXPECT_EQ(MigrationSeries::phaseText(MigrationPhase::DiskCopy), QStringLiteral("Copying disks"));
    EXPECT_EQ(MigrationSeries::phaseText(MigrationPhase::Setup), QStringLiteral("Setting up"));
    EXPECT_NE(MigrationSeries::phaseText(MigrationPhase::Failed), MigrationSeries::phaseText(MigrationPhase::Cancelled));
}

// Sequences recorded from real migrations in the lab (tests/data/migration-recordings, the
// JobStatsCsv format): what libvirt 9.0 and QEMU really send, zeros and gaps included.
namespace {

QList<JobStats> readRecording(const QString &name, QString *error)
{
    QFile file(QStringLiteral(VF_TEST_DATA_DIR "/migration-recordings/") + name);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.fileName() + QStringLiteral(": ") + file.errorString();
        return {};
    }
    return JobStatsCsv::read(QString::fromUtf8(file.readAll()), error).value_or(QList<JobStats>());
}

struct Recording
{
    std::unique_ptr<MigrationSeries> series;
    std::optional<JobStats> completed;
};

// Replays a recording (and its "-completed" statistics when there are some) as the batch
// feeds a live job.
Recording replay(const QString &name, bool copiesStorage)
{
    Recording recording;
    QString error;
    const QList<JobStats> samples = readRecording(name + QStringLiteral(".csv"), &error);
    EXPECT_FALSE(samples.isEmpty()) << error;
    recording.series = std::make_unique<MigrationSeries>();
    recording.series->setCopiesStorage(copiesStorage);
    for (const JobStats &stats : samples)
        recording.series->append(stats);
    const QList<JobStats> completed = readRecording(name + QStringLiteral("-completed.csv"), &error);
    if (!completed.isEmpty())
        recording.completed = completed.first();
    return recording;
}

int firstIndexIn(const MigrationSeries &series, MigrationPhase phase)
{
    for (int index = 0; index < series.samples().size(); ++index) {
        if (series.samples().at(index).phase == phase)
            return index;
    }
    return -1;
}

int lastIndexIn(const MigrationSeries &series, MigrationPhase phase)
{
    for (int index = int(series.samples().size()) - 1; index >= 0; --index) {
        if (series.samples().at(index).phase == phase)
            return index;
    }
    return -1;
}

} // namespace

TEST(MigrationSeriesRecordingTest, LiveSharedMigrationConverges)
{
    Recording recording = replay(QStringLiteral("live-shared"), false);
    ASSERT_TRUE(recording.series);
    MigrationSeries &series = *recording.series;
    ASSERT_GT(series.samples().size(), 10);
    ASSERT_TRUE(recording.completed) << "the recording's completed statistics";

    // Before QEMU starts, libvirt sends zeros: setup, not 0 % of nothing.
    EXPECT_EQ(series.samples().first().phase, MigrationPhase::Setup);
    EXPECT_FALSE(series.samples().first().percent);
    const int firstPass = firstIndexIn(series, MigrationPhase::MemoryPass);
    ASSERT_GT(firstPass, 0);
    for (int index = 0; index < firstPass; ++index)
        EXPECT_EQ(series.samples().at(index).phase, MigrationPhase::Setup) << index;
    expectMonotonicPercent(series);
    EXPECT_GT(*series.latest()->percent, 95.0);
    EXPECT_EQ(series.latest()->phase, MigrationPhase::Completing) << "what is left fits in the downtime";

    // The rate is what libvirt measured; the ETA agrees with when the job really ended
    // (QEMU skips zero pages, so it ends somewhat earlier than bytes ÷ rate).
    const qint64 endedAtMs = qint64(*recording.completed->value(Field::TimeElapsed));
    int etaChecked = 0;
    for (int index = firstPass; index < series.samples().size(); ++index) {
        const MigrationSample &sample = series.samples().at(index);
        ASSERT_TRUE(sample.transferBytesPerSecond) << index;
        EXPECT_GT(*sample.transferBytesPerSecond, 1e6) << index;
        ASSERT_TRUE(sample.etaMs) << index;
        const double actualMs = double(endedAtMs - sample.elapsedMs);
        // Within half the time really left, give or take a second (the samples are 250 ms
        // apart and the switch-over takes some).
        EXPECT_NEAR(double(*sample.etaMs), actualMs, 0.5 * actualMs + 1000.0) << index;
        ++etaChecked;
    }
    EXPECT_GT(etaChecked, 10);

    // A guest that writes little converges: no warning, no re-dirty pass.
    EXPECT_FALSE(series.isNotConverging());
    EXPECT_TRUE(markersOf(series, Kind::ConvergenceWarning).isEmpty());
    EXPECT_TRUE(markersOf(series, Kind::RedirtyPass).isEmpty());
    const QList<MigrationMarker> passes = markersOf(series, Kind::Iteration);
    ASSERT_GE(passes.size(), 1);
    for (int index = 0; index < passes.size(); ++index)
        EXPECT_EQ(passes.at(index).text, QStringLiteral("Memory pass %1").arg(index + 1));

    series.finish(recording.completed, MigrationPhase::Completed, {});
    const MigrationSummary summary = series.summary();
    EXPECT_EQ(summary.totalMs, endedAtMs);
    EXPECT_EQ(summary.downtimeMs, recording.completed->value(Field::Downtime));
    EXPECT_GT(*summary.downtimeMs, 0U);
    EXPECT_EQ(summary.bytesTransferred, recording.completed->value(Field::DataProcessed));
    ASSERT_TRUE(summary.averageBytesPerSecond);
    EXPECT_NEAR(*summary.averageBytesPerSecond,
        double(*recording.completed->value(Field::DataProcessed)) * 1000.0 / double(endedAtMs), 1.0);
    EXPECT_EQ(summary.iterations, int(*recording.completed->value(Field::MemoryIteration)));
}

TEST(MigrationSeriesRecordingTest, StorageCopyShowsDiskCopyBeforeMemoryPasses)
{
    Recording recording = replay(QStringLiteral("live-copy-storage"), true);
    ASSERT_TRUE(recording.series);
    MigrationSeries &series = *recording.series;
    ASSERT_GT(series.samples().size(), 10);

    const int firstDisk = firstIndexIn(series, MigrationPhase::DiskCopy);
    const int lastDisk = lastIndexIn(series, MigrationPhase::DiskCopy);
    const int firstPass = firstIndexIn(series, MigrationPhase::MemoryPass);
    ASSERT_GT(firstDisk, 0) << "setup first";
    ASSERT_GT(firstPass, lastDisk) << "every disk copy sample before the first memory pass";
    for (int index = 0; index < firstDisk; ++index)
        EXPECT_EQ(series.samples().at(index).phase, MigrationPhase::Setup) << index;
    for (int index = firstDisk; index <= lastDisk; ++index) {
        const MigrationSample &sample = series.samples().at(index);
        EXPECT_EQ(sample.phase, MigrationPhase::DiskCopy) << index;
        EXPECT_EQ(sample.iteration, 0) << index;
        ASSERT_TRUE(sample.percent) << index;
        EXPECT_LE(*sample.percent, 50.0) << "memory is still to come";
    }
    // libvirt reports the mirror in steps; the rate over the last seconds still shows it.
    int withRate = 0;
    for (int index = firstDisk + 1; index <= lastDisk; ++index) {
        const auto rate = series.samples().at(index).transferBytesPerSecond;
        withRate += rate && *rate > 0 ? 1 : 0;
    }
    EXPECT_GT(withRate, (lastDisk - firstDisk) / 2);
    expectMonotonicPercent(series);
    EXPECT_GT(*series.samples().at(firstPass).percent, *series.samples().at(lastDisk).percent - 1e-9);
    EXPECT_GT(*series.latest()->percent, 95.0);

    // On the chart: "Copying disks", then memory pass 1.
    const QList<MigrationMarker> phases = markersOf(series, Kind::PhaseChanged);
    const QList<MigrationMarker> passes = markersOf(series, Kind::Iteration);
    ASSERT_FALSE(phases.isEmpty());
    ASSERT_FALSE(passes.isEmpty());
    EXPECT_EQ(phases.first().text, QStringLiteral("Copying disks"));
    EXPECT_EQ(phases.first().elapsedMs, series.samples().at(firstDisk).elapsedMs);
    EXPECT_EQ(passes.first().elapsedMs, series.samples().at(firstPass).elapsedMs);
    EXPECT_TRUE(markersOf(series, Kind::RedirtyPass).isEmpty());

    ASSERT_TRUE(recording.completed);
    series.finish(recording.completed, MigrationPhase::Completed, {});
    const MigrationSummary summary = series.summary();
    EXPECT_EQ(summary.bytesTransferred, recording.completed->value(Field::DataProcessed));
    EXPECT_GT(*summary.bytesTransferred, *recording.completed->value(Field::DiskTotal)) << "disks and memory";
    EXPECT_TRUE(summary.downtimeMs);
}

TEST(MigrationSeriesRecordingTest, GuestThatDirtiesAsFastAsTheLinkRaisesTheConvergenceWarning)
{
    QString error;
    const QList<JobStats> samples = readRecording(QStringLiteral("not-converging.csv"), &error);
    ASSERT_GT(samples.size(), 50) << error;
    MigrationSeries series;
    series.setMaxDowntimeMs(1); // as recorded
    QSignalSpy changed(&series, &MigrationSeries::convergenceChanged);
    int firstOfPass3 = -1;
    for (const JobStats &stats : samples) {
        series.append(stats);
        if (firstOfPass3 < 0 && series.latest()->iteration == 3)
            firstOfPass3 = int(series.samples().size()) - 1;
        if (firstOfPass3 < 0) {
            EXPECT_FALSE(series.isNotConverging()) << "pass 1 and 2 catch up, at " << series.latest()->elapsedMs;
        }
    }
    ASSERT_GT(firstOfPass3, 0);

    // Raised once, in pass 3, and kept: each pass leaves as much as the one before.
    EXPECT_TRUE(series.isNotConverging());
    ASSERT_EQ(changed.count(), 1);
    EXPECT_TRUE(changed.first().at(0).toBool());
    const QList<MigrationMarker> warnings = markersOf(series, Kind::ConvergenceWarning);
    ASSERT_EQ(warnings.size(), 1);
    EXPECT_GE(warnings.first().elapsedMs, series.samples().at(firstOfPass3).elapsedMs);
    EXPECT_LT(warnings.first().elapsedMs, series.samples().at(firstOfPass3).elapsedMs + 2000);
    EXPECT_TRUE(warnings.first().text.contains(QStringLiteral("/s"))) << warnings.first().text;
    const QStringList advice = series.convergenceAdvice();
    EXPECT_EQ(advice.size(), 3) << "bandwidth, auto-converge, pause (post-copy not allowed)";
    for (const MigrationSample &sample : series.samples()) {
        if (sample.elapsedMs > warnings.first().elapsedMs) {
            EXPECT_FALSE(sample.etaMs) << "no ETA for a migration that does not end, at " << sample.elapsedMs;
        }
    }

    // Every pass after the first re-dirties memory: the percent holds, and the chart says so.
    expectMonotonicPercent(series);
    const int passes = series.latest()->iteration;
    EXPECT_GE(passes, 10);
    const QList<MigrationMarker> iterations = markersOf(series, Kind::Iteration);
    ASSERT_EQ(iterations.size(), passes) << "one marker per pass, no duplicates";
    for (int index = 0; index < passes; ++index)
        EXPECT_EQ(iterations.at(index).text, QStringLiteral("Memory pass %1").arg(index + 1));
    const QList<MigrationMarker> redirty = markersOf(series, Kind::RedirtyPass);
    ASSERT_EQ(redirty.size(), passes - 1);
    for (int index = 0; index < redirty.size(); ++index) {
        EXPECT_TRUE(redirty.at(index).text.startsWith(QStringLiteral("Pass %1 ").arg(index + 2))) << redirty.at(index).text;
        EXPECT_EQ(redirty.at(index).elapsedMs, iterations.at(index + 1).elapsedMs);
    }
    for (int index = 1; index < series.samples().size(); ++index) {
        const MigrationSample &sample = series.samples().at(index);
        const MigrationSample &before = series.samples().at(index - 1);
        const auto now = sample.stats.value(Field::MemoryRemaining);
        const auto then = before.stats.value(Field::MemoryRemaining);
        if (now && then && *now > *then && before.phase == MigrationPhase::MemoryPass) {
            EXPECT_DOUBLE_EQ(*sample.percent, *before.percent) << "held at " << sample.elapsedMs;
        }
    }
    EXPECT_TRUE(markersOf(series, Kind::PhaseChanged).isEmpty()) << "never completing with 1 ms allowed";

    // Aborted: libvirt kept no completed statistics.
    series.finish(std::nullopt, MigrationPhase::Cancelled, QStringLiteral("operation aborted"));
    EXPECT_FALSE(series.isNotConverging());
    EXPECT_EQ(changed.count(), 2);
    const MigrationSummary summary = series.summary();
    EXPECT_EQ(summary.outcome, MigrationPhase::Cancelled);
    EXPECT_FALSE(summary.downtimeMs);
    EXPECT_EQ(summary.iterations, passes);
    EXPECT_EQ(summary.bytesTransferred, samples.last().value(Field::DataProcessed));
    EXPECT_EQ(summary.totalMs, qint64(*samples.last().value(Field::TimeElapsed)));
    EXPECT_TRUE(series.convergenceAdvice().isEmpty());
}

// A replayed recording (the history's view, the GUI's tests) does not know the job's max
// downtime: the default 300 ms then puts the end of every pass "within reach". QEMU only
// switches over when a pass begins within reach, so the recorded not-converging job, which
// never did, must show no "Completing", and no recording may go back from Completing to a
// memory pass of the same number.
TEST(MigrationSeriesRecordingTest, CompletingDoesNotFlapAtTheEndOfEachPass)
{
    for (const QString &name : { QStringLiteral("not-converging"), QStringLiteral("live-shared"),
             QStringLiteral("live-copy-storage") }) {
        SCOPED_TRACE(name.toStdString());
        Recording recording = replay(name, name == u"live-copy-storage");
        ASSERT_TRUE(recording.series);
        const MigrationSeries &series = *recording.series;
        ASSERT_GT(series.samples().size(), 10);
        for (int index = 1; index < series.samples().size(); ++index) {
            const MigrationSample &before = series.samples().at(index - 1);
            const MigrationSample &sample = series.samples().at(index);
            if (before.phase == MigrationPhase::Completing) {
                EXPECT_TRUE(sample.phase == MigrationPhase::Completing || sample.iteration > before.iteration)
                    << "back to " << MigrationSeries::phaseText(sample.phase, sample.iteration).toStdString()
                    << " at " << sample.elapsedMs;
            }
        }
        const QList<MigrationMarker> phases = markersOf(series, Kind::PhaseChanged);
        qsizetype completing = 0;
        for (const MigrationMarker &marker : phases)
            completing += marker.text == MigrationSeries::phaseText(MigrationPhase::Completing) ? 1 : 0;
        if (name == u"not-converging") {
            EXPECT_EQ(completing, 0) << "it was aborted after 15 passes, never completing";
            EXPECT_EQ(firstIndexIn(series, MigrationPhase::Completing), -1);
        } else {
            // The last pass began with ~1.7 MB left at ~8.4 MB/s: that one completed.
            EXPECT_EQ(completing, 1);
            EXPECT_EQ(series.latest()->phase, MigrationPhase::Completing);
            EXPECT_EQ(series.samples().at(firstIndexIn(series, MigrationPhase::Completing)).iteration,
                series.latest()->iteration)
                << "only the last pass";
        }
    }
}

// The last running sample of a recording says memory pass 2, the completed statistics 60 ms
// later say 4 (QEMU's passes at the switch-over): the figures and the summary say 4 once the
// job has ended, and the running figures said the latest pass.
TEST(MigrationSeriesRecordingTest, FiguresAndSummaryAgreeOnTheIterationsAtTheEnd)
{
    Recording recording = replay(QStringLiteral("live-copy-storage"), true);
    ASSERT_TRUE(recording.series);
    MigrationSeries &series = *recording.series;
    ASSERT_TRUE(recording.completed);
    const int lastSampled = series.latest()->iteration;
    const auto completedCount = recording.completed->value(Field::MemoryIteration);
    ASSERT_TRUE(completedCount.has_value());
    ASSERT_LT(lastSampled, int(*completedCount)) << "the recording no longer shows the difference";
    EXPECT_EQ(series.iteration(), lastSampled) << "while it runs: the latest pass";
    series.finish(recording.completed, MigrationPhase::Completed, {});
    EXPECT_EQ(series.iteration(), int(*completedCount));
    EXPECT_EQ(series.summary().iterations, series.iteration());

    // An event between samples moves the running count on too.
    MigrationSeries running;
    running.append(memorySample(1000, 100 * kMiB, 60 * kMiB, 40 * kMiB, 1, 40 * kMiB, 0));
    running.noteIteration(2);
    EXPECT_EQ(running.iteration(), 2);
    EXPECT_EQ(running.summary().iterations, 2);
}
