// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: Virt Ferry contributors
#pragma once

#include "ConnectionHandle.h"
#include "JobStats.h"
#include "LibvirtHandles.h"
#include "MigrationOptions.h"

#include <QElapsedTimer>
#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

class Connection;
class JobStatsMonitor;

// One libvirt migration of one domain (virDomainMigrate3, or virDomainMigrateToURI3 for
// peer-to-peer), driven from the GUI thread. The migrate call blocks for the whole
// migration, so it runs on a thread of its own, never on a connection's worker; the job
// only holds references on the two connections (ConnectionHandle).
//
// At the end the job looks the domain up by UUID on both hosts and reports where it
// really runs (or, offline, where it is defined): libvirt's return value alone does not
// prove it, and an aborted migration may leave either side behind.
//
// The job lives on the GUI thread; signals arrive there. Destroying a running job
// requests an abort (none in post-copy: see cancel()) and lets the thread finish on its
// own (the GUI thread never waits for it).
class MigrationJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MigrationJob)

public:
    enum class State { Idle, Preparing, Running, Completed, Failed, Cancelled };
    Q_ENUM(State)
    // Where the domain runs after the job (defined, for an offline migration), as checked.
    enum class FinalHost { Unknown, Source, Destination, Both, None };
    Q_ENUM(FinalHost)

    // `domainUuid` in libvirt's string form. The options are used as given: check
    // MigrationOptions::problems() before starting.
    MigrationJob(ConnectionHandle source, ConnectionHandle destination, QString domainUuid,
        MigrationOptions options, QObject *parent = nullptr);
    ~MigrationJob() override;

    // Live migration with storage copy into a chosen pool of the destination: before the
    // migration, the job creates there one volume per copied disk (the source's format and
    // capacity; for an incremental copy, over the same backing image), rewrites those disks'
    // sources to the new volumes in the destination XML (options.destinationXml as the
    // base when given, else the source's migratable XML), and limits the copy to those
    // disks. A migration that fails or is cancelled deletes the volumes it created.
    // Without a pool (the default), libvirt expects images at the same paths on the
    // destination. Call before start(); ignored unless options.copiesStorage().
    void setDestinationPool(const QString &pool);
    QString destinationPool() const { return m_destinationPool; }
    // The paths of the volumes created on the destination (known once Running).
    QStringList createdVolumePaths() const { return m_createdVolumePaths; }
    // The volumes of the destination pool the finished job created but could not delete
    // (the destination's daemon or connection was gone), by name.
    QStringList leftoverVolumes() const { return m_leftoverVolumes; }
    // Deletes `names` from `pool` over `destination` (the app's Connection to the
    // destination host) as soon as it is connected: at once, or after it reconnects. The
    // owner of a finished job with leftoverVolumes() calls this.
    static void removeLeftoversWhenConnected(Connection *destination, const QString &pool, const QStringList &names);

    void start();
    // Aborts the migration (virDomainAbortJob) from a short-lived thread of its own, as it
    // is a network call. The job then ends Cancelled, or Completed if it was too late.
    //
    // Post-copy is the point of no return: once the guest runs on the destination, neither
    // host holds all of its state, and libvirt 9.0 refuses virDomainAbortJob ("cannot abort
    // migration in post-copy mode"); its VIR_DOMAIN_ABORT_JOB_POSTCOPY would only pause the
    // guest half-migrated until the migration is resumed. So from startPostCopy() on,
    // cancel() sends nothing to libvirt and answers cancelRefused() instead, and the job
    // runs on to its end. The same answer comes when libvirt refuses the abort because the
    // migration was switched to post-copy behind the job's back.
    void cancel();
    // Whether cancel() would still ask libvirt to abort (the job runs, not in post-copy).
    bool canCancel() const;

    // How often the job statistics are read while the migration runs (JobStatsMonitor on
    // the source host). Before start().
    void setStatsInterval(int milliseconds);

    // Live controls of the running migration. Each is a network call on a short-lived
    // thread of its own; the outcome comes as controlFinished(). Ignored unless Running.
    enum class Control { MaxSpeed, MaxDowntime, PostCopy };
    Q_ENUM(Control)
    // virDomainMigrateSetMaxSpeed in MiB/s; 0 lifts the limit.
    void setMaxSpeed(quint64 mebibytesPerSecond);
    // virDomainMigrateSetMaxDowntime in milliseconds.
    void setMaxDowntime(quint64 milliseconds);
    // virDomainMigrateStartPostCopy: only for a live job started with post-copy allowed.
    void startPostCopy();
    bool canStartPostCopy() const;
    // From the moment startPostCopy() is sent (or libvirt was found in post-copy) until the
    // job ends, unless libvirt refused the switch.
    bool isPostCopyStarted() const { return m_postCopyRequested || m_postCopyStarted; }
    // The destination host's name as libvirt reports it (virConnectGetHostname), known once
    // Running; "the destination host" when it could not be read.
    QString destinationHostName() const { return m_destinationHostName; }

    State state() const { return m_state; }
    bool isFinished() const
    {
        return m_state == State::Completed || m_state == State::Failed || m_state == State::Cancelled;
    }
    // libvirt's message (or the job's own) for Failed and Cancelled; empty on success.
    QString errorMessage() const { return m_errorMessage; }
    FinalHost finalHost() const { return m_finalHost; }
    const MigrationOptions &options() const { return m_options; }

Q_SIGNALS:
    void stateChanged(MigrationJob::State state);
    // A sample of libvirt's job statistics while Running (every interval).
    void statsSampled(const JobStats &stats);
    // libvirt's MIGRATION_ITERATION event.
    void iterationStarted(int iteration);
    // The completed job's statistics (measured downtime…), when libvirt kept them. Comes
    // before finished().
    // After a success they are the source's JOB_COMPLETED event (operation MIGRATION_OUT,
    // the whole job's time); only when that did not arrive within a moment, the
    // destination's kept statistics (MIGRATION_IN, timed from its own Prepare step). After
    // an abort libvirt 9.0 keeps none, so none come.
    void completedStats(const JobStats &stats);
    void controlFinished(MigrationJob::Control control, bool succeeded, const QString &message);

    // cancel() did not abort: the migration is in post-copy (the message says why and
    // where the guest runs; the job goes on and ends as usual), or libvirt has refused the
    // abort for a while (the job keeps asking until the migration ends).
    void cancelRefused(const QString &message);
    // Completed, Failed or Cancelled; message empty on success.
    void finished(bool succeeded, const QString &message);

private:
    struct Shared;
    struct Outcome;
    // On the migration thread; `running` is called just before the migrate call with the
    // paths of the volumes created on the destination and the destination's host name.
    static Outcome run(const std::shared_ptr<Shared> &shared,
        const std::function<void(const QStringList &, const QString &)> &running);
    void setState(State state);
    void finish(const Outcome &outcome);
    void conclude(const Outcome &outcome);
    void startMonitor();
    void emitCompletedStats(const JobStats &stats);
    // Runs `call` on the source's domain on a short-lived thread; controlFinished() follows.
    void runControl(Control control, std::function<int(virDomainPtr)> call);
    // Emits cancelRefused() with the post-copy reason (and libvirt's own words, if any).
    void refuseCancel(const QString &libvirtMessage);

    std::shared_ptr<Shared> m_shared;
    // Brings the migration thread's results to this job, or nowhere once it is gone.
    std::shared_ptr<Libvirt::EventSink<MigrationJob>> m_sink;
    MigrationOptions m_options;
    State m_state = State::Idle;
    FinalHost m_finalHost = FinalHost::Unknown;
    QString m_errorMessage;
    QString m_destinationPool;
    QStringList m_createdVolumePaths;
    QStringList m_leftoverVolumes;
    std::unique_ptr<JobStatsMonitor> m_monitor;
    int m_statsIntervalMs = 500;
    // Since Running: the clock of the samples, for completed statistics read at the end.
    QElapsedTimer m_runningClock;
    bool m_completedStatsEmitted = false;
    // Sent the switch, not answered yet / libvirt confirmed it (or was found in it).
    bool m_postCopyRequested = false;
    bool m_postCopyStarted = false;
    QString m_destinationHostName;
};
