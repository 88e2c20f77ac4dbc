// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: Virt Ferry contributors
#pragma once

#include "ConnectionHandle.h"
#include "MigrationPlan.h"

#include <QList>
#include <QPointer>
#include <QObject>
#include <QString>
#include <QStringList>

// One VM of a batch.
struct MigrationTarget
{
    QString uuid;
    QString name;
};

// Carries out a MigrationPlan for one or several VMs from one host to another, at most
// plan.concurrency at a time, each through the job its method needs (MigrationJob,
// OfflineMoveJob or SaveStateMoveJob). One VM failing does not stop the others; cancel()
// cancels the running ones and drops the queued ones.
//
// Lives on the GUI thread and never blocks it.
class Connection;
class MigrationHistory;
class MigrationJob;
class MigrationJournal;
struct MigrationFate;
struct MigrationJournalEntry;
class MigrationSeries;

class MigrationBatch final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MigrationBatch)

public:
    // itemProgress' total for a libvirt migration: done is the percent in tenths.
    static constexpr quint64 kSeriesProgressTotal = 1000;

    // Checking: the pre-flight checks run again right before the VM starts, as the hosts
    // may have changed since the wizard ran them (a long evacuation). Saving: a save-state
    // move writes the memory to its file. Finishing: defining on the destination,
    // undefining on the source, removing what is no longer needed.
    enum class ItemState {
        Queued,
        Checking,
        Preparing,
        Saving,
        Copying,
        Migrating,
        Restoring,
        Finishing,
        Completed,
        Failed,
        Cancelled,
    };
    Q_ENUM(ItemState)

    static bool isFinalState(ItemState state)
    {
        return state == ItemState::Completed || state == ItemState::Failed || state == ItemState::Cancelled;
    }

    // `destinationUri` is the destination's libvirt URI as the source host reaches it
    // (peer-to-peer migrations and the virsh line).
    MigrationBatch(ConnectionHandle source, ConnectionHandle destination, QString destinationUri,
        QList<MigrationTarget> targets, MigrationPlan plan, QObject *parent = nullptr);
    ~MigrationBatch() override;

    // Starts the first plan.concurrency VMs; a plan with problems (MigrationPlan::problems
    // for count() VMs) fails every VM with the reason instead. Only the first call counts.
    void start();
    // Drops the queued VMs (Cancelled) and aborts the running ones, which end Cancelled,
    // or Completed when it was too late.
    void cancel();
    void cancelItem(int index);

    int count() const;
    const MigrationTarget &target(int index) const;
    ItemState itemState(int index) const;
    QString itemMessage(int index) const; // libvirt's message on failure, a warning on success
    bool isStarted() const { return m_started; }
    bool isFinished() const;
    // How many VMs are in `state` now.
    int countIn(ItemState state) const;
    const MigrationPlan &plan() const;

    // The job statistics of a VM moved by a libvirt migration (Method::Libvirt), created
    // when its job starts (itemSeriesCreated) and kept as long as the batch; null before,
    // and for the other methods. The batch feeds it samples, iteration events, the
    // completed statistics, and a marker for every control applied or abort requested.
    MigrationSeries *itemSeries(int index) const;
    // The running libvirt migration of a VM, for its live controls (bandwidth, downtime,
    // post-copy); null when none runs.
    MigrationJob *itemMigrationJob(int index) const;
    // Where each finished VM is recorded, with its samples; null records nothing. The host
    // names are the connections' display names. Before start().
    // Every VM that started (its checks ran) is recorded when it ends, whatever the method;
    // VMs cancelled while queued, or refused with the plan's problems, never started and
    // are not. A history that cannot be written adds the reason to the VM's message.
    void setHistory(MigrationHistory *history, const QString &sourceHost, const QString &destinationHost);
    // Journals every libvirt migration while it runs (MigrationJournal), so that an app
    // killed meanwhile finds it again when it restarts; the entry goes when the job ends.
    // The connections name the hosts in the entry, and let the batch find out what became
    // of a migration whose job failed without the VM found back on the source (typically
    // the source connection dropped): the journal's resolver asks both hosts at once and,
    // while the source is unreachable, again as soon as `source` is connected again. The
    // VM's item stays Migrating, its message saying so, until that is known. Before start().
    void setJournal(MigrationJournal *journal, Connection *source, Connection *destination);
    // How often job statistics are sampled (JobStatsMonitor::kDefaultIntervalMs). Before start().
    void setStatsInterval(int milliseconds);

    // The live controls of a running libvirt migration, through the batch so the chart's
    // marker can name the value once libvirt applied it (MigrationJob::controlFinished
    // does not carry it). Calling the job itself works too; its markers then have no value.
    // Ignored unless the VM's libvirt migration runs.
    void setItemMaxSpeed(int index, quint64 mebibytesPerSecond);
    void setItemMaxDowntime(int index, quint64 milliseconds);
    void startItemPostCopy(int index);

    // The history's names of a method, a mode and the VIR_MIGRATE_* flags.
    static QString methodName(MigrationPlan::Method method);
    static QString modeName(MigrationOptions::Mode mode);
    static QStringList flagNames(unsigned long flags);

Q_SIGNALS:
    void itemStateChanged(int index, MigrationBatch::ItemState state, const QString &message);
    // Bytes moved of the item; total 0 while unknown (a libvirt migration before its first
    // statistics). For a libvirt migration done/total follow the series' percent: total is
    // kSeriesProgressTotal and done the percent × 10 (bytes would run backwards when a pass
    // re-dirties memory).
    void itemProgress(int index, quint64 done, quint64 total);
    void itemSeriesCreated(int index, MigrationSeries *series);
    void finished(int succeeded, int failed, int cancelled);

private:
    struct Item;
    void startNext();
    void launch(int index);
    void startJob(int index);
    void setItemState(int index, ItemState state, const QString &message = {});
    void itemFinished(int index, bool succeeded, bool cancelled, const QString &message);
    int runningCount() const;
    void emitFinishedIfDone();
    void connectSeries(int index, MigrationJob *job);
    void recordHistory(int index, bool succeeded, bool cancelled);
    // The journal's entry of the item's libvirt migration, as written when it runs.
    MigrationJournalEntry journalEntry(int index) const;
    void journalStarted(int index);
    void journalEnded(int index);
    // Asks the hosts what became of the item's migration (the journal's resolver).
    void resolveFate(int index);
    void onFateResolved(const QString &entryId, const MigrationFate &fate);
    void onSourceStateChanged();

    ConnectionHandle m_source;
    ConnectionHandle m_destination;
    QString m_destinationUri;
    MigrationPlan m_plan;
    QList<Item *> m_items;
    bool m_started = false;
    bool m_launching = false; // startNext() is on the stack: a job that ends at once must not re-enter it
    bool m_finishedEmitted = false;
    QPointer<MigrationHistory> m_history;
    QString m_sourceHost;
    QString m_destinationHost;
    int m_statsIntervalMs = 500;
    QPointer<MigrationJournal> m_journal;
    QPointer<Connection> m_sourceConnection;
    QPointer<Connection> m_destinationConnection;
};
