// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: Virt Ferry contributors
#pragma once

#include "MigrationBatch.h"

#include <QDialog>
#include <QHash>
#include <QPointer>

class MigrationMonitorWidget;
class MigrationSeries;
class QLabel;
class QProgressBar;
class QPushButton;
class QSplitter;
class QTabWidget;
class QTreeWidget;

// The progress of one migration batch: a row per VM with its state, progress and
// message, Cancel for one VM or all of them, and the result; below, a tab per VM moved
// by a libvirt migration with its live charts, figures and controls
// (MigrationMonitorWidget), opened when its job starts. Selecting a row shows its tab.
// Non-modal; the batch outlives a closed window, and the window keeps showing the last
// state once the batch is gone.
class MigrationProgressDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MigrationProgressDialog)

public:
    enum Column { NameColumn, StateColumn, ProgressColumn, MessageColumn, ColumnCount };

    MigrationProgressDialog(MigrationBatch *batch, const QString &sourceName, const QString &destinationName,
        QWidget *parent = nullptr);
    ~MigrationProgressDialog() override;

    // "Migrating", "Failed"… as the State column shows it.
    static QString stateText(MigrationBatch::ItemState state);
    // "2 moved, 1 failed", plus what still runs or waits.
    QString summaryText() const;
    // The monitor tab of a VM, null until its libvirt migration started.
    MigrationMonitorWidget *monitor(int index) const { return m_monitors.value(index); }
    QTabWidget *monitorTabs() const { return m_monitorTabs; }

private:
    void updateRow(int index);
    void showProgress(int index, quint64 done, quint64 total);
    void updateSummary();
    void updateMessage();
    void updateButtons();
    void cancelSelected();
    void confirmCancelAll();
    QProgressBar *progressBar(int index) const;
    void addMonitor(int index, MigrationSeries *series);
    void showSelectedMonitor();

    QPointer<MigrationBatch> m_batch;
    QList<MigrationBatch::ItemState> m_states; // a copy, so the rows outlive the batch
    QString m_sourceName;
    QString m_destinationName;
    QHash<int, MigrationMonitorWidget *> m_monitors;
    QTreeWidget *m_itemsTree;
    QTabWidget *m_monitorTabs;
    QSplitter *m_splitter;
    QLabel *m_messageLabel;
    QLabel *m_summaryLabel;
    QPushButton *m_cancelSelectedButton;
    QPushButton *m_cancelAllButton;
    QPushButton *m_closeButton;
};
