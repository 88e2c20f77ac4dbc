// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: Virt Ferry contributors
#pragma once

#include <QDialog>
#include <QPointer>

#include <memory>

class MigrationChartsWidget;
class MigrationHistory;
class MigrationSeries;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;
struct MigrationRecord;

// The migrations done from this machine (MigrationHistory): a row per job with source,
// destination, mode, flags, start, duration, downtime, bytes and result, a filter, and
// for the selected job its charts rebuilt from the stored samples, which can be exported
// as CSV and the charts as PNG. Opened for all jobs, one VM's or one host's. Non-modal;
// rows added to the history while it is open appear at once.
class MigrationHistoryDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MigrationHistoryDialog)

public:
    enum Column {
        VmColumn,
        SourceColumn,
        DestinationColumn,
        ModeColumn,
        FlagsColumn,
        StartColumn,
        DurationColumn,
        DowntimeColumn,
        BytesColumn,
        ResultColumn,
        ColumnCount
    };
    static constexpr int kRecordIdRole = Qt::UserRole + 1;

    explicit MigrationHistoryDialog(MigrationHistory *history, QWidget *parent = nullptr);
    ~MigrationHistoryDialog() override;

    // Only one VM's jobs, or one host's (as source or destination).
    void setVmFilter(const QString &uuid, const QString &name);
    void setHostFilter(const QString &host);

    // Rows that match the filters and the filter field.
    int visibleRecordCount() const;
    QString selectedRecordId() const;
    void selectRecord(const QString &id);
    // The selected job's series (rebuilt from its samples), null without samples.
    MigrationSeries *selectedSeries() const { return m_series.get(); }
    MigrationChartsWidget *charts() const { return m_charts; }

    // The selected job's stored samples as a CSV file, and its charts as a PNG.
    bool exportCsv(const QString &path, QString *error = nullptr) const;
    bool exportPng(const QString &path);

private:
    bool matchesScope(const MigrationRecord &record) const;
    void reloadRows();
    void addRow(const MigrationRecord &record, bool atTop);
    void applyFilterText();
    void showSelected();
    void exportWithDialog(bool png);

    QPointer<MigrationHistory> m_history;
    QString m_vmUuid;
    QString m_host;
    std::unique_ptr<MigrationSeries> m_series;
    QLabel *m_scopeLabel;
    QLineEdit *m_filterLineEdit;
    QTreeWidget *m_recordsTree;
    QLabel *m_detailsLabel;
    MigrationChartsWidget *m_charts;
    QPushButton *m_exportCsvButton;
    QPushButton *m_exportPngButton;
    QLabel *m_exportResultLabel;
};
