// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: Virt Ferry contributors
#pragma once

#include "ConnectionHandle.h"
#include "JobStats.h"

#include <QObject>
#include <QString>

#include <memory>

// Watches the job of one domain on one host: on a thread of its own it calls
// virDomainGetJobStats every interval while the job runs, and it listens to the
// domain's MIGRATION_ITERATION and JOB_COMPLETED events (registered on the same thread,
// as registering is a network call). The completed statistics come from the
// JOB_COMPLETED event, or, when the event did not come, from
// virDomainGetJobStats(VIR_DOMAIN_JOB_STATS_COMPLETED) on finish().
//
// Several monitors of one domain on one connection share one libvirt registration
// (libvirt refuses the same callback twice for a domain), so each gets every event.
// After a successful migration the source's JOB_COMPLETED event is what brings the
// completed statistics (the domain has left the source); after an abort, libvirt 9.0
// kept none in the lab, so completed() may never come.
//
// Lives on the GUI thread and never blocks it; one slow or dead host delays only its
// own samples. Destroying the monitor stops it without waiting.
class JobStatsMonitor final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobStatsMonitor)

public:
    static constexpr int kDefaultIntervalMs = 500;

    // `domainUuid` in libvirt's string form.
    JobStatsMonitor(ConnectionHandle connection, QString domainUuid, QObject *parent = nullptr);
    ~JobStatsMonitor() override;

    void setInterval(int milliseconds); // before start()
    int interval() const { return m_intervalMs; }
    // Before start(): poll over a second connection to the same host, opened on the
    // monitor's thread (Libvirt::openPrivateConnection()), so its calls never wait on one
    // RPC client with another thread's; the given connection where none can be opened.
    void setOwnConnection(bool own);

    void start();
    // The job ended (the migrate call returned): stop polling, and deliver the completed
    // statistics (completed()) if the event has not already, then stopped().
    void finish();
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    // A sample of a running job (jobType BOUNDED or UNBOUNDED); samples of no job are dropped.
    void sampled(const JobStats &stats);
    // libvirt's MIGRATION_ITERATION event: memory pass `iteration` began.
    void iterationStarted(int iteration);
    // The final statistics (success and downtime where libvirt knows them). At most once.
    void completed(const JobStats &stats);
    // A call failed in a way that ends monitoring (domain gone, connection lost).
    void failed(const QString &message);
    // The thread is done; no more signals follow.
    void stopped();

private:
    struct Shared;
    // On this object's thread: completed() at most once, and only before stopped().
    void deliverCompleted(const JobStats &stats);
    void markStopped();

    std::shared_ptr<Shared> m_shared;
    int m_intervalMs = kDefaultIntervalMs;
    bool m_ownConnection = false;
    bool m_running = false;
    bool m_started = false;
    bool m_completedEmitted = false;
};
