// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: Virt Ferry contributors
#pragma once

#include "ConnectionHandle.h"
#include "MigrationJournal.h"

#include <QDialog>
#include <QHash>
#include <QPointer>

#include <memory>

class JobStatsMonitor;
class MigrationHistory;
class QLabel;
class QPushButton;
class QTreeWidget;
class QTimer;
class QTreeWidgetItem;

// The migrations an earlier run of Virt Ferry left in its journal (it was killed, or lost
// its connection, while they ran): a row per VM saying what the hosts answered, "still
// migrating, N % — Watch" or where the VM ended up. A settled migration is recorded in the
// history and leaves the journal. Watch follows a migration that still runs (its job
// statistics on the source) and checks both hosts again when it ends. Non-modal; never
// waits on a host.
class InterruptedMigrationsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InterruptedMigrationsDialog)

public:
    static constexpr int kWatchRecheckMs = 3000;
    enum Column { VmColumn, SourceColumn, DestinationColumn, StartedColumn, FateColumn, ColumnCount };
    static constexpr int kEntryIdRole = Qt::UserRole + 1;

    // `history` may be null (nothing recorded).
    InterruptedMigrationsDialog(MigrationJournal *journal, MigrationHistory *history, QWidget *parent = nullptr);
    ~InterruptedMigrationsDialog() override;

    // Asks the hosts about the entry (the journal's resolver) and shows the answer in its
    // row, which is added first ("Checking…"). Connections are held for Watch and for
    // checking again; a null `destination` is one not connected.
    void check(const MigrationJournalEntry &entry, ConnectionHandle source, ConnectionHandle destination);
    // Shows an answer in the entry's row (check() does this when the hosts answer); a
    // settled one is recorded and removed from the journal.
    void showFate(const MigrationJournalEntry &entry, const MigrationFate &fate);

    bool hasEntry(const QString &id) const { return m_rows.contains(id); }
    bool isChecking(const QString &id) const;
    bool isWatching(const QString &id) const;
    // The row's text in the "What happened" column; empty for an unknown id.
    QString fateText(const QString &id) const;
    int rowCount() const;
    void selectEntry(const QString &id);
    // Starts watching the selected entry's running migration (the Watch button).
    void watchSelected();

Q_SIGNALS:
    // A row got an answer (text as shown).
    void fateShown(const QString &id, const MigrationFate &fate, const QString &text);

private:
    struct Row
    {
        MigrationJournalEntry entry;
        ConnectionHandle source;
        ConnectionHandle destination;
        std::optional<MigrationFate> fate;
        bool checking = false;
        std::unique_ptr<JobStatsMonitor> monitor;
        QTreeWidgetItem *item = nullptr;
    };
    Row *rowFor(const QString &id) const;
    Row &ensureRow(const MigrationJournalEntry &entry);
    void onResolved(const QString &id, const MigrationFate &fate);
    void setFateText(Row &row, const QString &text);
    void updateButtons();
    void recheck(const QString &id);

    QPointer<MigrationJournal> m_journal;
    QPointer<MigrationHistory> m_history;
    QLabel *m_introLabel;
    // The selected row's whole account: the table's cell is too narrow for a sentence.
    QLabel *m_detailLabel;
    QTreeWidget *m_tree;
    QPushButton *m_watchButton;
    QPushButton *m_checkAgainButton;
    // While watching: a migration that fails sends no JOB_COMPLETED event, so the hosts
    // are asked again now and then as well.
    QTimer *m_watchTimer;
    QHash<QString, std::shared_ptr<Row>> m_rows;
};
