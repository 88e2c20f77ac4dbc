// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: Virt Ferry contributors
#include "JobStatsMonitor.h"

#include "LibvirtCalls.h"
#include "LibvirtError.h"
#include "LibvirtHandles.h"
#include "Tr.h"

#include <libvirt/virterror.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <map>
#include <mutex>
#include <string>
#include <thread>
#include <utility>
#include <vector>

namespace {

using Sink = Libvirt::EventSink<JobStatsMonitor>;

// One monitor's end of the events: the shared registration below holds it weakly, the
// monitor's thread strongly. Deliberately no connection reference: libvirt may drop the
// registration's last reference on its event-loop thread, where closing a connection is
// not allowed.
struct Events : Sink
{
    std::atomic_bool completedSent = false;
    // Written before the callbacks are registered, read-only afterwards.
    std::chrono::steady_clock::time_point started;

    qint64 elapsedMs() const
    {
        return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - started)
            .count();
    }
};

// libvirt refuses a second registration of the same callback for the same domain and
// event on one connection ("event callback already tracked"), so every monitor of a
// domain on a connection shares one registration: the first subscriber registers, the
// last one deregisters, and the callbacks hand each event to every subscriber.
struct DomainEvents
{
    std::mutex mutex; // guards subscribers; the callbacks take it, never a libvirt call under it
    std::vector<std::weak_ptr<Events>> subscribers;

    std::vector<std::shared_ptr<Events>> current()
    {
        std::lock_guard lock(mutex);
        std::vector<std::shared_ptr<Events>> alive;
        for (const std::weak_ptr<Events> &subscriber : subscribers) {
            if (std::shared_ptr<Events> events = subscriber.lock())
                alive.push_back(std::move(events));
        }
        return alive;
    }
    static void release(void *opaque) { delete static_cast<std::shared_ptr<DomainEvents> *>(opaque); }
    static DomainEvents &from(void *opaque) { return **static_cast<std::shared_ptr<DomainEvents> *>(opaque); }
};

class EventHub
{
public:
    using Key = std::pair<virConnectPtr, std::string>;

    static EventHub &instance()
    {
        // Never destroyed: a monitor thread still finishing at exit may use it.
        static EventHub *hub = new EventHub;
        return *hub;
    }

    // Adds `events` to the domain's subscribers, registering with libvirt when it is the
    // first. False when libvirt refused (the monitor then only polls).
    bool subscribe(virConnectPtr connection, virDomainPtr domain, const QString &uuid,
        const std::shared_ptr<Events> &events, virConnectDomainEventGenericCallback onIteration,
        virConnectDomainEventGenericCallback onCompleted)
    {
        // Serialises registering and deregistering on this connection only: a host that
        // hangs in these network calls must not hold up the monitors of other hosts.
        const std::shared_ptr<std::mutex> connectionLock = registrationLock(connection);
        std::lock_guard registering(*connectionLock);
        Entry &entry = entryFor(Key { connection, uuid.toLower().toStdString() });
        if (!entry.events)
            entry.events = std::make_shared<DomainEvents>();
        {
            std::lock_guard lock(entry.events->mutex);
            entry.events->subscribers.push_back(events);
        }
        ++entry.users;
        if (entry.users > 1)
            return entry.iterationId >= 0 || entry.completedId >= 0;
        const auto registerEvent = [&](int eventId, virConnectDomainEventGenericCallback callback) {
            const int id = virConnectDomainEventRegisterAny(connection, domain, eventId, callback,
                new std::shared_ptr<DomainEvents>(entry.events), DomainEvents::release);
            if (id < 0)
                virResetLastError();
            return id;
        };
        entry.iterationId = registerEvent(VIR_DOMAIN_EVENT_ID_MIGRATION_ITERATION, onIteration);
        entry.completedId = registerEvent(VIR_DOMAIN_EVENT_ID_JOB_COMPLETED, onCompleted);
        return entry.iterationId >= 0 || entry.completedId >= 0;
    }

    void unsubscribe(virConnectPtr connection, const QString &uuid, const std::shared_ptr<Events> &events)
    {
        const std::shared_ptr<std::mutex> connectionLock = registrationLock(connection);
        std::lock_guard registering(*connectionLock);
        const Key key { connection, uuid.toLower().toStdString() };
        Entry *found = findEntry(key);
        if (!found)
            return;
        Entry &entry = *found;
        {
            std::lock_guard lock(entry.events->mutex);
            auto &subscribers = entry.events->subscribers;
            subscribers.erase(std::remove_if(subscribers.begin(), subscribers.end(),
                                  [&events](const std::weak_ptr<Events> &subscriber) {
                                      const std::shared_ptr<Events> held = subscriber.lock();
                                      return !held || held == events;
                                  }),
                subscribers.end());
        }
        if (--entry.users > 0)
            return;
        for (const int id : { entry.iterationId, entry.completedId }) {
            if (id >= 0 && virConnectDomainEventDeregisterAny(connection, id) < 0)
                virResetLastError();
        }
        std::lock_guard lock(m_entriesMutex);
        m_entries.erase(key);
    }

private:
    struct Entry
    {
        std::shared_ptr<DomainEvents> events;
        int users = 0;
        int iterationId = -1;
        int completedId = -1;
    };
    std::shared_ptr<std::mutex> registrationLock(virConnectPtr connection)
    {
        std::lock_guard lock(m_entriesMutex);
        std::shared_ptr<std::mutex> &registering = m_registrationLocks[connection];
        if (!registering)
            registering = std::make_shared<std::mutex>();
        return registering;
    }
    // The map itself is guarded by m_entriesMutex; an entry's fields only by its
    // connection's registration lock, under which it is also the only one to erase it,
    // so the reference stays valid while that lock is held (std::map never moves nodes).
    Entry &entryFor(const Key &key)
    {
        std::lock_guard lock(m_entriesMutex);
        return m_entries[key];
    }
    Entry *findEntry(const Key &key)
    {
        std::lock_guard lock(m_entriesMutex);
        const auto found = m_entries.find(key);
        return found == m_entries.end() ? nullptr : &found->second;
    }

    std::mutex m_entriesMutex; // held for map lookups only, never across a libvirt call
    // One per connection ever monitored: a few bytes each, kept so that a lock is never
    // destroyed while a thread waits on it.
    std::map<virConnectPtr, std::shared_ptr<std::mutex>> m_registrationLocks;
    std::map<Key, Entry> m_entries;
};

// virDomainGetJobStats with `flags`; nullopt (error left set) when the call failed.
std::optional<JobStats> readJobStats(virDomainPtr domain, unsigned int flags)
{
    int type = VIR_DOMAIN_JOB_NONE;
    virTypedParameterPtr parameters = nullptr;
    int count = 0;
    if (virDomainGetJobStats(domain, &type, &parameters, &count, flags) < 0)
        return std::nullopt;
    JobStats stats = JobStats::fromTypedParameters(type, parameters, count);
    virTypedParamsFree(parameters, count);
    return stats;
}

} // namespace

struct JobStatsMonitor::Shared
{
    ConnectionHandle connection;
    QString uuid;
    int intervalMs = kDefaultIntervalMs;
    std::shared_ptr<Events> events = std::make_shared<Events>();

    std::mutex mutex;
    std::condition_variable wake;
    bool ownConnection = false; // set before the thread starts
    bool finishRequested = false; // deliver the completed statistics, then stop
    bool stopRequested = false; // the monitor is gone: just stop

    void run();
    static void sendCompleted(Events &events, const JobStats &stats);
    static void onIteration(virConnectPtr, virDomainPtr, int iteration, void *opaque);
    static void onJobCompleted(virConnectPtr, virDomainPtr, virTypedParameterPtr parameters, int count, void *opaque);
};

void JobStatsMonitor::Shared::sendCompleted(Events &events, const JobStats &stats)
{
    if (events.completedSent.exchange(true))
        return;
    events.post([stats](JobStatsMonitor *monitor) { monitor->deliverCompleted(stats); });
}

void JobStatsMonitor::Shared::onIteration(virConnectPtr, virDomainPtr, int iteration, void *opaque)
{
    for (const std::shared_ptr<Events> &events : DomainEvents::from(opaque).current())
        events->post([iteration](JobStatsMonitor *monitor) { Q_EMIT monitor->iterationStarted(iteration); });
}

void JobStatsMonitor::Shared::onJobCompleted(
    virConnectPtr, virDomainPtr, virTypedParameterPtr parameters, int count, void *opaque)
{
    JobStats stats = JobStats::fromTypedParameters(VIR_DOMAIN_JOB_COMPLETED, parameters, count);
    if (stats.success == false)
        stats.jobType = VIR_DOMAIN_JOB_FAILED;
    for (const std::shared_ptr<Events> &events : DomainEvents::from(opaque).current()) {
        JobStats own = stats;
        own.sampledAtMs = events->elapsedMs();
        sendCompleted(*events, own);
    }
}

void JobStatsMonitor::Shared::run()
{
    events->started = std::chrono::steady_clock::now();
    // Closed on this thread as run() returns: closing is a network call.
    const Libvirt::ConnectPtr own = ownConnection ? Libvirt::openPrivateConnection(connection.get()) : nullptr;
    virConnectPtr used = own ? own.get() : connection.get();
    Libvirt::DomainPtr domain = Libvirt::lookupDomainByUuid(used, uuid);
    if (!domain) {
        events->post([uuid = uuid](JobStatsMonitor *monitor) {
            Q_EMIT monitor->failed(Tr::tr("The virtual machine %1 is not on this host.").arg(uuid));
            monitor->markStopped();
        });
        return;
    }

    // Events are a nicety: a host that refuses them still gets polled.
    EventHub::instance().subscribe(used, domain.get(), uuid, events,
        VIR_DOMAIN_EVENT_CALLBACK(onIteration), VIR_DOMAIN_EVENT_CALLBACK(onJobCompleted));

    bool finishing = false;
    bool polling = true;
    while (true) {
        if (polling) {
            const std::optional<JobStats> sample = readJobStats(domain.get(), 0);
            if (!sample) {
                // The domain left this host or the link died: nothing more to read, but
                // finish() may still bring the completed statistics from the event.
                polling = false;
                const LibvirtError error = LibvirtError::fromLastError(Tr::tr("Cannot read the job statistics."));
                events->post([message = error.message()](JobStatsMonitor *monitor) { Q_EMIT monitor->failed(message); });
            } else if (sample->isActive()) {
                JobStats stats = *sample;
                stats.sampledAtMs = events->elapsedMs();
                events->post([stats](JobStatsMonitor *monitor) { Q_EMIT monitor->sampled(stats); });
            }
        }
        std::unique_lock lock(mutex);
        wake.wait_for(lock, std::chrono::milliseconds(intervalMs), [this] { return finishRequested || stopRequested; });
        if (stopRequested || finishRequested) {
            finishing = finishRequested && !stopRequested;
            break;
        }
    }

    if (finishing && !events->completedSent.load()) {
        // The event did not come (yet): libvirt keeps the last job's statistics on the
        // domain while it is still here (a failed or cancelled migration).
        // KEEP_COMPLETED: reading them must not take them from `virsh domjobinfo --completed`.
        if (std::optional<JobStats> completed = readJobStats(
                domain.get(), VIR_DOMAIN_JOB_STATS_COMPLETED | VIR_DOMAIN_JOB_STATS_KEEP_COMPLETED)) {
            if (completed->jobType != VIR_DOMAIN_JOB_NONE) {
                completed->sampledAtMs = events->elapsedMs();
                sendCompleted(*events, *completed);
            }
        } else {
            virResetLastError();
        }
    }
    EventHub::instance().unsubscribe(used, uuid, events);
    events->post([](JobStatsMonitor *monitor) { monitor->markStopped(); });
}

JobStatsMonitor::JobStatsMonitor(ConnectionHandle connection, QString domainUuid, QObject *parent)
    : QObject(parent)
    , m_shared(std::make_shared<Shared>())
{
    m_shared->connection = std::move(connection);
    m_shared->uuid = std::move(domainUuid);
    m_shared->events->target = this;
}

JobStatsMonitor::~JobStatsMonitor()
{
    m_shared->events->clearTarget();
    {
        std::lock_guard lock(m_shared->mutex);
        m_shared->stopRequested = true;
    }
    m_shared->wake.notify_all();
}

void JobStatsMonitor::setInterval(int milliseconds)
{
    if (m_started || milliseconds <= 0)
        return;
    m_intervalMs = milliseconds;
}

void JobStatsMonitor::setOwnConnection(bool own)
{
    if (!m_started)
        m_ownConnection = own;
}

void JobStatsMonitor::start()
{
    if (m_started)
        return;
    m_started = true;
    m_running = true;
    m_shared->intervalMs = m_intervalMs;
    m_shared->ownConnection = m_ownConnection;
    if (!m_shared->connection) {
        // Queued, so a caller connecting after start() still hears it.
        m_shared->events->post([](JobStatsMonitor *monitor) {
            Q_EMIT monitor->failed(tr("The host is not connected."));
            monitor->markStopped();
        });
        return;
    }
    std::thread([shared = m_shared] { shared->run(); }).detach();
}

void JobStatsMonitor::finish()
{
    if (!m_running)
        return;
    {
        std::lock_guard lock(m_shared->mutex);
        m_shared->finishRequested = true;
    }
    m_shared->wake.notify_all();
}

void JobStatsMonitor::deliverCompleted(const JobStats &stats)
{
    if (m_completedEmitted || !m_running)
        return;
    m_completedEmitted = true;
    Q_EMIT completed(stats);
}

void JobStatsMonitor::markStopped()
{
    if (!m_running)
        return;
    m_running = false;
    Q_EMIT stopped();
}
