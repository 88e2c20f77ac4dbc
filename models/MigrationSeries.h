// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: Virt Ferry contributors
#pragma once

#include "JobStats.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <optional>

// What a migration is doing at one sample, as the user should read it. libvirt reports
// only elapsed time before the destination is ready (Setup), memory fields of 0 while it
// copies disks (DiskCopy), and re-dirtied memory on each new pass (MemoryPass).
enum class MigrationPhase { Setup, DiskCopy, MemoryPass, PostCopy, Completing, Completed, Failed, Cancelled };

// One sample with what is derived from it and the ones before.
struct MigrationSample
{
    JobStats stats;
    qint64 elapsedMs = 0; // libvirt's time_elapsed when known, else the client's clock
    MigrationPhase phase = MigrationPhase::Setup;
    int iteration = 0; // memory pass, 0 before the first
    // Percent of the whole job done (disk and memory), never lower than the sample
    // before: a new pass that re-dirties memory holds it and adds a RedirtyPass marker
    // instead of moving it back. Unknown in Setup.
    std::optional<double> percent;
    std::optional<double> transferBytesPerSecond; // memory_bps (+ disk_bps), or from processed deltas
    std::optional<double> dirtyBytesPerSecond;
    std::optional<qint64> etaMs; // libvirt's time_remaining, else remaining ÷ net rate
};

// A moment worth a vertical line on the charts.
struct MigrationMarker
{
    enum class Kind {
        PhaseChanged,
        Iteration, // a new memory pass (libvirt's event or the iteration field)
        RedirtyPass, // a pass found more memory to send than the one before left
        BandwidthChanged,
        DowntimeChanged,
        PostCopyStarted,
        AbortRequested,
        ConvergenceWarning,
    };
    Kind kind = Kind::PhaseChanged;
    qint64 elapsedMs = 0;
    QString text; // translated, for the chart's label and tooltip
};

// The summary shown when the job has ended.
struct MigrationSummary
{
    MigrationPhase outcome = MigrationPhase::Completed; // Completed, Failed or Cancelled
    qint64 totalMs = 0;
    std::optional<quint64> downtimeMs; // measured (completed statistics)
    std::optional<quint64> bytesTransferred; // data_processed, else memory + disk processed
    std::optional<double> averageBytesPerSecond;
    int iterations = 0;
    QString message; // libvirt's message on failure
};

// The samples of one migration (time → statistics) and what they mean: percent that never
// moves back silently, transfer and dirty rates in bytes/s, ETA, phases, markers, and a
// convergence warning when the dirty rate stays above the transfer rate for
// convergenceWindow() samples in a row, with the choices that help.
//
// A plain model on the GUI thread, fed by MigrationBatch (or by a recording in tests);
// it does no I/O.
class MigrationSeries final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MigrationSeries)

public:
    static constexpr int kDefaultConvergenceWindow = 5;

    explicit MigrationSeries(QObject *parent = nullptr);
    ~MigrationSeries() override;

    // Whether the job copies storage and may switch to post-copy (from its flags); the
    // phases and the warning's suggestions depend on them.
    void setCopiesStorage(bool copiesStorage);
    void setPostCopyAllowed(bool allowed);
    bool isPostCopyAllowed() const { return m_postCopyAllowed; }
    // Whether the job already runs with auto-converge (the advice leaves it out then).
    void setAutoConverge(bool enabled) { m_autoConverge = enabled; }
    // The max downtime the job runs with (ms), for the downtime chart's limit line.
    void setMaxDowntimeMs(std::optional<quint64> milliseconds);
    std::optional<quint64> maxDowntimeMs() const { return m_maxDowntimeMs; }
    void setConvergenceWindow(int samples);
    int convergenceWindow() const { return m_convergenceWindow; }

    // A running job's sample. Samples without elapsed time use stats.sampledAtMs.
    void append(const JobStats &stats);
    // libvirt's MIGRATION_ITERATION event (a marker even between samples).
    void noteIteration(int iteration);
    // A control the user applied (bandwidth, downtime, post-copy, abort), as a marker at
    // the latest sample's time; post-copy also moves the phase to PostCopy.
    void addMarker(MigrationMarker::Kind kind, const QString &text);
    // The end: the completed statistics (may be empty when libvirt kept none), the outcome
    // (Completed, Failed or Cancelled) and libvirt's message.
    void finish(const std::optional<JobStats> &completed, MigrationPhase outcome, const QString &message);

    const QList<MigrationSample> &samples() const { return m_samples; }
    const QList<MigrationMarker> &markers() const { return m_markers; }
    std::optional<MigrationSample> latest() const;
    MigrationPhase phase() const;
    bool isFinished() const { return m_finished; }
    std::optional<JobStats> completedStats() const { return m_completed; }
    MigrationSummary summary() const;
    // The memory pass the job is in (from the samples and MIGRATION_ITERATION events); once
    // it has ended, libvirt's count from the completed statistics, which also counts the
    // passes QEMU makes at the switch-over, after the last sample (the recordings end with
    // pass 2 in their last sample and 4 in their completed statistics, 60 ms later).
    // summary().iterations says the same.
    int iteration() const;

    // True once the dirty rate has stayed at (within 5 %) or above the transfer rate for
    // convergenceWindow() samples of memory passes in a row, until it falls clearly below
    // (under 90 %), post-copy starts or the job ends. No ETA is given meanwhile.
    bool isNotConverging() const { return m_notConverging; }
    // The translated choices that help now: raise the bandwidth, auto-converge (when the
    // job lacks it), switch to post-copy (when allowed and not started), pause the guest.
    // Empty once the job has ended.
    QStringList convergenceAdvice() const;

    // The translated name of a phase ("Memory pass 3" needs the iteration).
    static QString phaseText(MigrationPhase phase, int iteration = 0);

    // Every sample as JobStatsCsv, for export and recordings.
    QString toCsv() const;
    // A series rebuilt from a CSV (replays every row through append()). Nullopt with the
    // reason on a malformed file. The caller owns the result.
    static MigrationSeries *fromCsv(const QString &csv, QString *error, QObject *parent = nullptr);

Q_SIGNALS:
    void sampleAppended(int index);
    void markerAdded(const MigrationMarker &marker);
    void convergenceChanged(bool notConverging);
    void finished();

private:
    qint64 latestElapsedMs() const;

    QList<MigrationSample> m_samples;
    QList<MigrationMarker> m_markers;
    std::optional<JobStats> m_completed;
    std::optional<quint64> m_maxDowntimeMs;
    MigrationPhase m_outcome = MigrationPhase::Completed;
    QString m_message;
    int m_convergenceWindow = kDefaultConvergenceWindow;
    int m_notConvergingRun = 0;
    bool m_copiesStorage = false;
    bool m_postCopyAllowed = false;
    bool m_autoConverge = false;
    bool m_postCopyStarted = false;
    bool m_notConverging = false;
    bool m_finished = false;
    bool m_postCopyMarked = false;
    int m_notedIteration = 0; // the highest MIGRATION_ITERATION event
    int m_lastIterationMarked = 0;
    int m_completingMarkedIteration = -1;
    int m_completingIteration = -1; // the pass that began with what is left within reach
    int m_redirtyMarkedIteration = -1;
    // The percent shown and the one the last sample said; after a drop the shown value
    // holds (m_heldPercent) and moves on in proportion from where the sample fell to
    // (m_rawAtHold).
    std::optional<double> m_lastPercent;
    std::optional<double> m_lastRaw;
    double m_heldPercent = 0.0;
    double m_rawAtHold = 0.0;
};
