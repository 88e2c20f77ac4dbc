// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: Virt Ferry contributors
#include "MigrationSeries.h"

#include "StorageTypes.h"
#include "Tr.h"

#include <QLocale>

#include <algorithm>
#include <climits>
#include <cmath>

namespace {

using Field = JobStats::Field;

// QEMU's default downtime limit, for when the job runs without one of its own.
constexpr quint64 kDefaultDowntimeLimitMs = 300;
// While only disks are copied, libvirt reports no memory total, so the share of the memory
// still to come is unknown; the disk copy fills at most this much of the bar, so the
// percent does not sit near 100 % through the memory passes. Once memory is known, the
// rest of the bar is spread over it (see append()).
constexpr double kDiskOnlyShare = 50.0;
// Rates from processed deltas look this far back: libvirt reports a disk mirror's
// progress in steps of several MiB, a second or two apart.
constexpr qint64 kRateWindowMs = 3000;
// QEMU measures the dirty rate per pass (pages dirtied since the last sync over the pass's
// time), so for a guest that rewrites a bounded working set it saturates at about the
// transfer rate instead of passing it: a dirty rate within 5 % of the transfer rate
// already means each pass leaves as much as the one before (see the not-converging
// recording under tests/data). Back under 90 %, the migration catches up again.
constexpr double kNotConvergingRatio = 0.95;
constexpr double kConvergingAgainRatio = 0.90;

quint64 valueOr(const JobStats &stats, Field field, quint64 fallback = 0)
{
    return stats.value(field).value_or(fallback);
}

bool positive(const JobStats &stats, Field field)
{
    return valueOr(stats, field) > 0;
}

// What a sample knows of memory and disk, in bytes; remaining preferred over processed,
// as processed keeps growing past the total when passes repeat.
struct Progress
{
    quint64 memoryTotal = 0;
    quint64 memoryDone = 0;
    quint64 diskTotal = 0;
    quint64 diskDone = 0;
};

Progress progressOf(const JobStats &stats)
{
    Progress progress;
    progress.memoryTotal = valueOr(stats, Field::MemoryTotal);
    if (progress.memoryTotal > 0) {
        if (const auto remaining = stats.value(Field::MemoryRemaining))
            progress.memoryDone = progress.memoryTotal - std::min(*remaining, progress.memoryTotal);
        else
            progress.memoryDone = std::min(valueOr(stats, Field::MemoryProcessed), progress.memoryTotal);
    }
    progress.diskTotal = valueOr(stats, Field::DiskTotal);
    if (progress.diskTotal > 0) {
        if (const auto processed = stats.value(Field::DiskProcessed))
            progress.diskDone = std::min(*processed, progress.diskTotal);
        else if (const auto remaining = stats.value(Field::DiskRemaining))
            progress.diskDone = progress.diskTotal - std::min(*remaining, progress.diskTotal);
    }
    return progress;
}

// The percent the sample itself says, before the series keeps it from moving back.
std::optional<double> rawPercent(const JobStats &stats, MigrationPhase phase)
{
    if (phase == MigrationPhase::Setup)
        return std::nullopt;
    const Progress progress = progressOf(stats);
    if (progress.memoryTotal == 0 && progress.diskTotal > 0)
        return kDiskOnlyShare * double(progress.diskDone) / double(progress.diskTotal);
    if (progress.memoryTotal + progress.diskTotal > 0)
        return 100.0 * double(progress.memoryDone + progress.diskDone)
            / double(progress.memoryTotal + progress.diskTotal);
    const quint64 dataTotal = valueOr(stats, Field::DataTotal);
    if (dataTotal > 0) {
        if (const auto remaining = stats.value(Field::DataRemaining))
            return 100.0 * double(dataTotal - std::min(*remaining, dataTotal)) / double(dataTotal);
        if (const auto processed = stats.value(Field::DataProcessed))
            return 100.0 * double(std::min(*processed, dataTotal)) / double(dataTotal);
    }
    return std::nullopt;
}

// Bytes sent so far (memory and disk), for rates from deltas.
std::optional<quint64> processedBytes(const JobStats &stats)
{
    if (const auto data = stats.value(Field::DataProcessed))
        return data;
    if (!stats.has(Field::MemoryProcessed) && !stats.has(Field::DiskProcessed))
        return std::nullopt;
    return valueOr(stats, Field::MemoryProcessed) + valueOr(stats, Field::DiskProcessed);
}

std::optional<quint64> remainingBytes(const JobStats &stats)
{
    if (const auto data = stats.value(Field::DataRemaining))
        return data;
    if (!stats.has(Field::MemoryRemaining) && !stats.has(Field::DiskRemaining))
        return std::nullopt;
    return valueOr(stats, Field::MemoryRemaining) + valueOr(stats, Field::DiskRemaining);
}

QString rateText(double bytesPerSecond)
{
    return Tr::tr("%1/s").arg(formatBytes(quint64(std::max(0.0, bytesPerSecond))));
}

} // namespace

MigrationSeries::MigrationSeries(QObject *parent)
    : QObject(parent)
{
}

MigrationSeries::~MigrationSeries() = default;

void MigrationSeries::setCopiesStorage(bool copiesStorage)
{
    m_copiesStorage = copiesStorage;
}

void MigrationSeries::setPostCopyAllowed(bool allowed)
{
    m_postCopyAllowed = allowed;
}

void MigrationSeries::setMaxDowntimeMs(std::optional<quint64> milliseconds)
{
    m_maxDowntimeMs = milliseconds;
}

void MigrationSeries::setConvergenceWindow(int samples)
{
    m_convergenceWindow = std::max(1, samples);
}

std::optional<MigrationSample> MigrationSeries::latest() const
{
    if (m_samples.isEmpty())
        return std::nullopt;
    return m_samples.last();
}

MigrationPhase MigrationSeries::phase() const
{
    if (m_finished)
        return m_outcome;
    if (m_postCopyStarted)
        return MigrationPhase::PostCopy;
    return m_samples.isEmpty() ? MigrationPhase::Setup : m_samples.last().phase;
}

void MigrationSeries::append(const JobStats &stats)
{
    if (m_finished)
        return;
    const MigrationSample *previous = m_samples.isEmpty() ? nullptr : &m_samples.last();
    QList<MigrationMarker> added;

    MigrationSample sample;
    sample.stats = stats;
    sample.elapsedMs = qint64(stats.value(Field::TimeElapsed).value_or(quint64(std::max<qint64>(0, stats.sampledAtMs))));
    // Samples may mix libvirt's clock and the client's; time never runs back on a chart.
    if (previous)
        sample.elapsedMs = std::max(sample.elapsedMs, previous->elapsedMs);

    // Rates first: the phase (Completing) and the warning depend on them.
    const quint64 memoryBps = valueOr(stats, Field::MemoryBps);
    const quint64 diskBps = valueOr(stats, Field::DiskBps);
    if (memoryBps + diskBps > 0) {
        sample.transferBytesPerSecond = double(memoryBps + diskBps);
    } else if (previous) {
        // The oldest sample within the window, at least the one before.
        qsizetype from = m_samples.size() - 1;
        while (from > 0 && sample.elapsedMs - m_samples.at(from - 1).elapsedMs <= kRateWindowMs)
            --from;
        const MigrationSample &reference = m_samples.at(from);
        const auto now = processedBytes(stats);
        const auto before = processedBytes(reference.stats);
        if (now && before && *now >= *before && sample.elapsedMs > reference.elapsedMs)
            sample.transferBytesPerSecond = double(*now - *before) * 1000.0 / double(sample.elapsedMs - reference.elapsedMs);
    }
    if (!sample.transferBytesPerSecond && (stats.has(Field::MemoryBps) || stats.has(Field::DiskBps)))
        sample.transferBytesPerSecond = 0.0;
    if (const auto dirty = stats.dirtyBytesPerSecond())
        sample.dirtyBytesPerSecond = double(*dirty);

    // Phase and memory pass.
    const bool memoryMoving = positive(stats, Field::MemoryProcessed)
        || (positive(stats, Field::MemoryTotal) && stats.has(Field::MemoryRemaining)
            && valueOr(stats, Field::MemoryRemaining) < valueOr(stats, Field::MemoryTotal));
    const bool diskMoving = positive(stats, Field::DiskTotal) || positive(stats, Field::DiskProcessed)
        || (m_copiesStorage && positive(stats, Field::DataTotal));
    sample.iteration = std::max({int(std::min<quint64>(valueOr(stats, Field::MemoryIteration), quint64(INT_MAX))),
        m_notedIteration, previous ? previous->iteration : 0});
    if (m_postCopyStarted || positive(stats, Field::MemoryPostcopyRequests)) {
        m_postCopyStarted = true;
        sample.phase = MigrationPhase::PostCopy;
    } else if (memoryMoving) {
        sample.iteration = std::max(sample.iteration, 1);
        sample.phase = MigrationPhase::MemoryPass;
        // QEMU decides to stop the guest and send the rest when a pass begins (at its
        // dirty-page sync) with what is left fitting in the downtime the job allows. Every
        // pass also ends with little left, but the next sync finds what the guest wrote
        // meanwhile: judged there, "Completing" would flap back to a memory pass at the end
        // of each pass. So only a pass that begins within reach is Completing, to its end.
        const bool passBegins = !previous || previous->iteration < sample.iteration
            || (previous->phase != MigrationPhase::MemoryPass
                && previous->phase != MigrationPhase::Completing);
        if (passBegins && !m_notConverging) {
            const auto remaining = stats.value(Field::MemoryRemaining);
            const double limitMs = double(m_maxDowntimeMs.value_or(kDefaultDowntimeLimitMs));
            const bool keepsUp = !sample.dirtyBytesPerSecond || !sample.transferBytesPerSecond
                || *sample.dirtyBytesPerSecond < *sample.transferBytesPerSecond * kNotConvergingRatio;
            if (remaining && keepsUp
                && (*remaining == 0
                    || (sample.transferBytesPerSecond
                        && double(*remaining) <= *sample.transferBytesPerSecond * limitMs / 1000.0)))
                m_completingIteration = sample.iteration;
        }
        if (m_completingIteration == sample.iteration)
            sample.phase = MigrationPhase::Completing;
    } else if (diskMoving) {
        sample.phase = MigrationPhase::DiskCopy;
    } else if (positive(stats, Field::DataProcessed)) {
        // Only the totals of both: bytes move, of what is not said.
        sample.phase = m_copiesStorage ? MigrationPhase::DiskCopy : MigrationPhase::MemoryPass;
        if (sample.phase == MigrationPhase::MemoryPass)
            sample.iteration = std::max(sample.iteration, 1);
    } else {
        sample.phase = MigrationPhase::Setup;
    }

    // Percent that never moves back: when the sample says less than the one before (a new
    // pass re-dirtied memory, or memory joined the disks), the shown value holds there and
    // the rest of the way to 100 is spread over what the sample still has to do.
    if (const auto raw = rawPercent(stats, sample.phase)) {
        double shown = *raw;
        if (m_lastRaw && m_lastPercent) {
            if (*raw < *m_lastRaw) {
                m_heldPercent = *m_lastPercent;
                m_rawAtHold = *raw;
                shown = *m_lastPercent;
            } else {
                const double span = 100.0 - m_rawAtHold;
                const double mapped = span > 0 ? m_heldPercent + (100.0 - m_heldPercent) * (*raw - m_rawAtHold) / span
                                               : 100.0;
                shown = std::max(*m_lastPercent, mapped);
            }
        }
        sample.percent = std::clamp(shown, 0.0, 100.0);
        m_lastRaw = raw;
        m_lastPercent = sample.percent;
    } else if (m_lastPercent) {
        sample.percent = m_lastPercent;
    }

    // Markers.
    const qint64 at = sample.elapsedMs;
    const MigrationPhase before = previous ? previous->phase : MigrationPhase::Setup;
    if (sample.iteration > m_lastIterationMarked && (sample.phase == MigrationPhase::MemoryPass
            || sample.phase == MigrationPhase::Completing || sample.phase == MigrationPhase::PostCopy)) {
        m_lastIterationMarked = sample.iteration;
        //: %1 counts the passes over the guest's memory during a live migration: 1, 2, 3…
        added.append({MigrationMarker::Kind::Iteration, at, Tr::tr("Memory pass %1").arg(sample.iteration)});
    }
    if (sample.phase != before && sample.phase != MigrationPhase::MemoryPass
        && !(sample.phase == MigrationPhase::Completing && m_completingMarkedIteration == sample.iteration)
        && !(sample.phase == MigrationPhase::PostCopy && m_postCopyMarked)) {
        if (sample.phase == MigrationPhase::Completing)
            m_completingMarkedIteration = sample.iteration;
        if (sample.phase == MigrationPhase::PostCopy)
            m_postCopyMarked = true;
        added.append({MigrationMarker::Kind::PhaseChanged, at, phaseText(sample.phase, sample.iteration)});
    }
    if (previous && (sample.phase == MigrationPhase::MemoryPass || sample.phase == MigrationPhase::Completing)
        && (before == MigrationPhase::MemoryPass || before == MigrationPhase::Completing)) {
        const auto remainingNow = stats.value(Field::MemoryRemaining);
        const auto remainingBefore = previous->stats.value(Field::MemoryRemaining);
        if (remainingNow && remainingBefore && *remainingNow > *remainingBefore
            && (sample.iteration == 0 || sample.iteration != m_redirtyMarkedIteration)) {
            m_redirtyMarkedIteration = sample.iteration;
            added.append({MigrationMarker::Kind::RedirtyPass, at,
                //: %1 is the number of the pass over the guest's memory, %2 an amount of memory
                //: ("1.5 GiB"), %3 a percentage.
                Tr::tr("Pass %1 found %2 of memory written again since it was sent; progress holds at %3%")
                    .arg(QLocale().toString(sample.iteration), formatBytes(*remainingNow),
                         QLocale().toString(sample.percent.value_or(0.0), 'f', 1))});
        }
    }

    // Convergence: the dirty rate at 95 % of the transfer rate or more, sample after sample
    // (QEMU measures it per pass, so it saturates near the transfer rate, not above it).
    bool convergenceFlipped = false;
    if (sample.phase == MigrationPhase::MemoryPass || sample.phase == MigrationPhase::Completing) {
        if (sample.dirtyBytesPerSecond && sample.transferBytesPerSecond) {
            const double ratio = *sample.transferBytesPerSecond > 0
                ? *sample.dirtyBytesPerSecond / *sample.transferBytesPerSecond
                : (*sample.dirtyBytesPerSecond > 0 ? 1.0 : 0.0);
            if (ratio >= kNotConvergingRatio) {
                ++m_notConvergingRun;
                if (!m_notConverging && m_notConvergingRun >= m_convergenceWindow) {
                    m_notConverging = true;
                    convergenceFlipped = true;
                    added.append({MigrationMarker::Kind::ConvergenceWarning, at,
                        Tr::tr("Not converging: the guest writes %1 of memory, the migration sends %2")
                            .arg(rateText(*sample.dirtyBytesPerSecond), rateText(*sample.transferBytesPerSecond))});
                }
            } else {
                m_notConvergingRun = 0;
                if (m_notConverging && ratio < kConvergingAgainRatio) {
                    m_notConverging = false;
                    convergenceFlipped = true;
                }
            }
        }
    } else if (sample.phase == MigrationPhase::PostCopy) {
        // Post-copy ends by itself, however fast the guest writes.
        m_notConvergingRun = 0;
        if (m_notConverging) {
            m_notConverging = false;
            convergenceFlipped = true;
        }
    }

    // ETA: libvirt's own when it has one, else what is left over the net rate (sent minus
    // re-dirtied); none while the guest dirties as fast as the link sends, as each pass
    // then leaves as much as the one before.
    if (const auto remainingMs = stats.value(Field::TimeRemaining)) {
        sample.etaMs = qint64(*remainingMs);
    } else if (sample.phase != MigrationPhase::Setup && sample.transferBytesPerSecond && !m_notConverging) {
        const double dirty = sample.phase == MigrationPhase::PostCopy ? 0.0 : sample.dirtyBytesPerSecond.value_or(0.0);
        const double net = *sample.transferBytesPerSecond - dirty;
        const auto remaining = remainingBytes(stats);
        if (net > 0 && remaining)
            sample.etaMs = qint64(std::llround(double(*remaining) * 1000.0 / net));
    }

    m_samples.append(sample);
    Q_EMIT sampleAppended(int(m_samples.size()) - 1);
    for (const MigrationMarker &marker : std::as_const(added)) {
        m_markers.append(marker);
        Q_EMIT markerAdded(marker);
    }
    if (convergenceFlipped)
        Q_EMIT convergenceChanged(m_notConverging);
}

void MigrationSeries::noteIteration(int iteration)
{
    if (m_finished || iteration <= 0)
        return;
    m_notedIteration = std::max(m_notedIteration, iteration);
    if (iteration <= m_lastIterationMarked)
        return;
    m_lastIterationMarked = iteration;
    const MigrationMarker marker{MigrationMarker::Kind::Iteration, latestElapsedMs(),
        Tr::tr("Memory pass %1").arg(iteration)};
    m_markers.append(marker);
    Q_EMIT markerAdded(marker);
}

void MigrationSeries::addMarker(MigrationMarker::Kind kind, const QString &text)
{
    const MigrationMarker marker{kind, latestElapsedMs(), text};
    bool convergenceFlipped = false;
    if (kind == MigrationMarker::Kind::PostCopyStarted && !m_finished) {
        m_postCopyStarted = true;
        m_postCopyMarked = true; // this marker says it
        m_notConvergingRun = 0;
        if (m_notConverging) {
            m_notConverging = false;
            convergenceFlipped = true;
        }
    }
    m_markers.append(marker);
    Q_EMIT markerAdded(marker);
    if (convergenceFlipped)
        Q_EMIT convergenceChanged(false);
}

void MigrationSeries::finish(const std::optional<JobStats> &completed, MigrationPhase outcome, const QString &message)
{
    if (m_finished)
        return;
    if (outcome != MigrationPhase::Completed && outcome != MigrationPhase::Failed && outcome != MigrationPhase::Cancelled)
        outcome = MigrationPhase::Failed;
    m_completed = completed;
    m_outcome = outcome;
    m_message = message;
    m_finished = true;
    const bool wasNotConverging = m_notConverging;
    m_notConverging = false;
    m_notConvergingRun = 0;
    if (wasNotConverging)
        Q_EMIT convergenceChanged(false);
    Q_EMIT finished();
}

MigrationSummary MigrationSeries::summary() const
{
    MigrationSummary summary;
    summary.outcome = m_finished ? m_outcome : phase();
    summary.message = m_message;
    const MigrationSample *last = m_samples.isEmpty() ? nullptr : &m_samples.last();
    const JobStats *completed = m_completed ? &*m_completed : nullptr;

    if (completed && completed->has(Field::TimeElapsed))
        summary.totalMs = qint64(*completed->value(Field::TimeElapsed));
    else if (last)
        summary.totalMs = last->elapsedMs;

    // Only completed statistics measure the downtime (while running it is an estimate),
    // and only a migration that completed stopped the guest for the switch-over.
    if (completed && m_finished && m_outcome == MigrationPhase::Completed)
        summary.downtimeMs = completed->value(Field::Downtime);

    if (completed)
        summary.bytesTransferred = processedBytes(*completed);
    if (!summary.bytesTransferred && last)
        summary.bytesTransferred = processedBytes(last->stats);

    if (summary.bytesTransferred && summary.totalMs > 0)
        summary.averageBytesPerSecond = double(*summary.bytesTransferred) * 1000.0 / double(summary.totalMs);

    summary.iterations = iteration();
    return summary;
}

int MigrationSeries::iteration() const
{
    int iteration = std::max(m_notedIteration, m_samples.isEmpty() ? 0 : m_samples.last().iteration);
    if (m_completed) {
        iteration = std::max(iteration,
            int(std::min<quint64>(valueOr(*m_completed, Field::MemoryIteration), quint64(INT_MAX))));
    }
    return iteration;
}

QStringList MigrationSeries::convergenceAdvice() const
{
    if (m_finished)
        return {};
    QStringList advice;
    advice << Tr::tr("Raise the bandwidth limit, so each pass sends more than the guest writes again.");
    if (!m_autoConverge)
        advice << Tr::tr("Migrate again with auto-converge, which slows the guest's CPUs until the migration catches up.");
    if (m_postCopyAllowed && !m_postCopyStarted)
        advice << Tr::tr("Switch to post-copy: the guest runs on the destination at once and fetches the rest of "
                         "its memory from the source.");
    advice << Tr::tr("Pause the guest: it stops writing to its memory and the migration completes; resume it "
                     "afterwards if it stays paused.");
    return advice;
}

QString MigrationSeries::phaseText(MigrationPhase phase, int iteration)
{
    switch (phase) {
    case MigrationPhase::Setup:
        return Tr::tr("Setting up");
    case MigrationPhase::DiskCopy:
        return Tr::tr("Copying disks");
    case MigrationPhase::MemoryPass:
        return iteration > 0 ? Tr::tr("Memory pass %1").arg(iteration) : Tr::tr("Copying memory");
    case MigrationPhase::PostCopy:
        return Tr::tr("Post-copy");
    case MigrationPhase::Completing:
        return Tr::tr("Completing");
    case MigrationPhase::Completed:
        return Tr::tr("Completed");
    case MigrationPhase::Failed:
        return Tr::tr("Failed");
    case MigrationPhase::Cancelled:
        return Tr::tr("Cancelled");
    }
    return {};
}

QString MigrationSeries::toCsv() const
{
    QList<JobStats> stats;
    stats.reserve(m_samples.size());
    for (const MigrationSample &sample : m_samples)
        stats.append(sample.stats);
    return JobStatsCsv::write(stats);
}

MigrationSeries *MigrationSeries::fromCsv(const QString &csv, QString *error, QObject *parent)
{
    const std::optional<QList<JobStats>> stats = JobStatsCsv::read(csv, error);
    if (!stats)
        return nullptr;
    auto *series = new MigrationSeries(parent);
    for (const JobStats &sample : *stats)
        series->append(sample);
    return series;
}

qint64 MigrationSeries::latestElapsedMs() const
{
    return m_samples.isEmpty() ? 0 : m_samples.last().elapsedMs;
}
