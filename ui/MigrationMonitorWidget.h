// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: Virt Ferry contributors
#pragma once

#include "MigrationBatch.h"
#include "MigrationJob.h"
#include "MigrationSeries.h"

#include <QPointer>
#include <QWidget>

#include <optional>

class MigrationChartsWidget;
class QGroupBox;
class QLabel;
class QPushButton;
class QSpinBox;

// Watches and steers one VM's libvirt migration: the charts of its job statistics, the
// figures `info migrate` prints (and the ones it leaves out), a warning with what helps
// when the migration does not converge, the live controls (bandwidth, max downtime,
// post-copy, abort) and, at the end, the result and where the VM is.
//
// The controls go through the batch (setItemMaxSpeed, setItemMaxDowntime,
// startItemPostCopy, cancelItem), and the running MigrationJob's controlFinished answer is
// shown next to each control. A bandwidth or downtime applied while the VM still waits or
// prepares is sent once its migration runs. Without a batch (a recording, a history record) only charts and figures show.
// GUI thread only; nothing here waits on libvirt.
class MigrationMonitorWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MigrationMonitorWidget)

public:
    enum class Figure {
        Status,
        Phase,
        Elapsed,
        Eta,
        RamTransferred,
        RamRemaining,
        RamTotal,
        DiskTransferred,
        DiskRemaining,
        DiskTotal,
        Rate,
        DirtyRate,
        Iteration,
        Downtime,
        Count
    };
    Q_ENUM(Figure)

    explicit MigrationMonitorWidget(QWidget *parent = nullptr);
    ~MigrationMonitorWidget() override;

    // A VM of a running batch, with its series (MigrationBatch::itemSeries) and the hosts'
    // display names for the result.
    void setBatchItem(MigrationBatch *batch, int index, MigrationSeries *series, const QString &sourceHost,
                      const QString &destinationHost);
    // A series alone: charts, figures and result, no controls. Not owned.
    void setSeries(MigrationSeries *series);
    MigrationSeries *series() const { return m_series; }
    MigrationChartsWidget *charts() const { return m_charts; }

    // The text a figure shows now ("—" when unknown).
    QString figureText(Figure figure) const;
    bool isConvergenceWarningShown() const;

    // What the "Switch to Post-Copy" button does: asks first, as post-copy is the point of
    // no return (the migration can no longer be aborted), then switches the running job.
    void requestPostCopy();
    // Whether the migration is in post-copy (the chart's phase, or the job's own word),
    // so it can no longer be aborted.
    bool isInPostCopy();

    // The samples as CSV (MigrationSeries::toCsv) and the charts as PNG.
    bool exportCsv(const QString &path, QString *error = nullptr) const;
    bool exportPng(const QString &path);

Q_SIGNALS:
    // Emitted when the user applies a control, before it reaches the job.
    void maxSpeedRequested(quint64 mebibytesPerSecond);
    void maxDowntimeRequested(quint64 milliseconds);
    void postCopyRequested();
    void abortRequested();

private:
    void buildFigures(QGroupBox *box);
    QGroupBox *buildControls();
    QGroupBox *buildResult();
    void attachSeries(MigrationSeries *series);
    void updateFigures();
    void updateConvergence();
    void updateControls();
    void updateResult();
    // The batch's running job, watched for its controls' answers and its final host.
    MigrationJob *job();
    void watchJob(MigrationJob *job);
    void onControlFinished(MigrationJob::Control control, bool succeeded, const QString &message);
    void applyPending();
    void dropPending();
    void applyBandwidth();
    void applyDowntime();
    void switchToPostCopy();
    void confirmAbort();
    QString destinationText() const;
    void showControlPending(QLabel *label);
    static void showControlOutcome(QLabel *label, bool succeeded, const QString &text);
    QLabel *controlLabel(MigrationJob::Control control) const;
    bool isLive() const;
    QString locationText() const;
    void exportWithDialog(bool png);

    QPointer<MigrationSeries> m_series;
    QPointer<MigrationBatch> m_batch;
    QPointer<MigrationJob> m_watchedJob;
    int m_index = -1;
    QString m_sourceHost;
    // The samples as they were when the job ended: the batch, and its series with it,
    // may be gone before the user exports them.
    QString m_csvSnapshot;
    QString m_destinationHost;
    std::optional<MigrationJob::FinalHost> m_finalHost;
    // Values applied before the job runs, sent as soon as it does.
    std::optional<quint64> m_pendingSpeed;
    std::optional<quint64> m_pendingDowntime;
    MigrationBatch::ItemState m_itemState = MigrationBatch::ItemState::Queued;

    MigrationChartsWidget *m_charts;
    QLabel *m_bannerLabel;
    QList<QLabel *> m_figureLabels;
    QGroupBox *m_controlsBox = nullptr;
    QSpinBox *m_bandwidthSpinBox = nullptr;
    QPushButton *m_bandwidthApplyButton = nullptr;
    QLabel *m_bandwidthResultLabel = nullptr;
    QSpinBox *m_downtimeSpinBox = nullptr;
    QPushButton *m_downtimeApplyButton = nullptr;
    QLabel *m_downtimeResultLabel = nullptr;
    QPushButton *m_postCopyButton = nullptr;
    QLabel *m_postCopyResultLabel = nullptr;
    QLabel *m_postCopyNoteLabel = nullptr;
    QPushButton *m_abortButton = nullptr;
    QLabel *m_abortResultLabel = nullptr;
    QLabel *m_abortBlockedLabel = nullptr;
    QGroupBox *m_resultBox = nullptr;
    QLabel *m_resultHeadlineLabel = nullptr;
    QLabel *m_totalTimeLabel = nullptr;
    QLabel *m_measuredDowntimeLabel = nullptr;
    QLabel *m_dataTransferredLabel = nullptr;
    QLabel *m_averageRateLabel = nullptr;
    QLabel *m_iterationsLabel = nullptr;
    QLabel *m_locationLabel = nullptr;
    QLabel *m_exportResultLabel = nullptr;
};
