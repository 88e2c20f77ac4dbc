// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: Virt Ferry contributors
#include "MigrationJob.h"

#include "Connection.h"

#include "DomainDisks.h"
#include "JobStatsMonitor.h"
#include "LibvirtCalls.h"
#include "LibvirtError.h"
#include "LibvirtHandles.h"
#include "StorageTypes.h"
#include "Tr.h"
#include "VolumeXmlFacts.h"

#include <QFileInfo>
#include <QSet>
#include <QTimer>
#include <QUrl>

#include <libvirt/virterror.h>

#include <atomic>
#include <chrono>
#include <cstdlib>
#include <thread>
#include <vector>

namespace {

// How often the downtime setter tries while libvirt has not yet registered the migration
// job on the source domain.
constexpr auto kRetryInterval = std::chrono::milliseconds(100);
// How long the end waits for the statistics monitor to deliver the completed statistics.
constexpr int kCompletedStatsGraceMs = 2000;
// An abort sent right after the migrate call may come before libvirt registered the job:
// it is retried for about ten seconds, or until the call ends.
constexpr int kAbortAttemptsBeforeNotice = 100; // about ten seconds of refused aborts

using Libvirt::lastErrorMessage;
using Libvirt::lookupDomainByUuid;
using Libvirt::takeString;

// Deletes what the job created on the destination. Right after a failed migration the
// destination's QEMU may still hold an image for a moment, so each deletion is retried.
// Adds a sentence to libvirt's message, which may or may not end with a full stop.
QString withNote(const QString &message, const QString &note)
{
    if (note.isEmpty())
        return message;
    if (message.isEmpty())
        return note;
    const bool ended = message.endsWith(u'.') || message.endsWith(u'。');
    return message + (ended ? QStringLiteral(" ") : QStringLiteral(". ")) + note;
}

QStringList deleteVolumes(std::vector<Libvirt::StorageVolPtr> &volumes)
{
    QStringList left;
    for (Libvirt::StorageVolPtr &volume : volumes) {
        if (!Libvirt::deleteVolumeRetrying(volume.get()))
            left.append(QString::fromUtf8(virStorageVolGetName(volume.get())));
    }
    volumes.clear();
    return left;
}

// Creates the destination volumes for a copy into `poolName` and points the destination
// XML's disks at them. On failure returns the reason; what was created is in `created`.
QString prepareDestinationVolumes(virConnectPtr source, virConnectPtr destination, virDomainPtr domain,
    const QString &poolName, MigrationOptions &options, std::vector<Libvirt::StorageVolPtr> &created,
    QStringList &createdPaths)
{
    if (!destination)
        return Tr::tr("Copying the disks into a chosen pool needs a connection to the destination host.");
    Libvirt::StoragePoolPtr pool(virStoragePoolLookupByName(destination, poolName.toUtf8().constData()));
    if (!pool)
        return Tr::tr("The pool “%1” was not found on the destination: %2")
            .arg(poolName, lastErrorMessage(Tr::tr("no such pool")));
    if (virStoragePoolIsActive(pool.get()) != 1) {
        virResetLastError();
        return Tr::tr("The pool “%1” on the destination is not running; start it first.").arg(poolName);
    }
    virStoragePoolRefresh(pool.get(), 0);
    virResetLastError();

    QString xml = options.destinationXml;
    if (xml.isEmpty()) {
        xml = Libvirt::domainXmlWithSecrets(domain, VIR_DOMAIN_XML_MIGRATABLE);
        if (xml.isEmpty())
            return Tr::tr("Cannot read the definition of the virtual machine: %1")
                .arg(lastErrorMessage(Tr::tr("unknown error")));
    }
    QString error;
    const QList<DomainDisk> disks = domainDisks(xml, &error);
    if (!error.isEmpty())
        return error;

    const QSet<QString> wanted(options.migrateDisks.cbegin(), options.migrateDisks.cend());
    QSet<QString> known;
    QStringList copied;
    QSet<QString> names;
    DomainXmlRewrite rewrite;
    const bool incremental = options.mode == MigrationOptions::Mode::LiveCopyIncremental;
    for (const DomainDisk &disk : disks) {
        known.insert(disk.targetDev);
        const bool local = disk.type == QLatin1String("file") || disk.type == QLatin1String("block")
            || disk.type == QLatin1String("volume");
        if (wanted.isEmpty()) {
            // What libvirt copies when no disk is named: writable, unshared, local disks.
            if (!local || !disk.hasSource() || disk.readOnly || disk.shareable)
                continue;
        } else if (!wanted.contains(disk.targetDev)) {
            continue;
        } else if (!local || !disk.hasSource()) {
            return Tr::tr("Disk %1 has no local image, so it cannot be copied into pool “%2”.")
                .arg(disk.targetDev, poolName);
        }

        Libvirt::StorageVolPtr sourceVolume;
        if (disk.type == QLatin1String("volume")) {
            sourceVolume = Libvirt::lookupVolume(source, disk.sourcePool, disk.sourceVolume);
        } else {
            sourceVolume.reset(virStorageVolLookupByPath(source, disk.sourcePath.toUtf8().constData()));
        }
        virResetLastError();

        VolumeDefinition definition;
        definition.allocationBytes = 0;
        if (sourceVolume) {
            virStorageVolInfo info = {};
            char *volumeXml = virStorageVolGetXMLDesc(sourceVolume.get(), 0);
            if (virStorageVolGetInfo(sourceVolume.get(), &info) != 0 || !volumeXml) {
                std::free(volumeXml);
                return Tr::tr("Cannot read the source volume of disk %1: %2")
                    .arg(disk.targetDev, lastErrorMessage(Tr::tr("unknown error")));
            }
            const VolumeXmlFacts facts = VolumeXmlFacts::fromXml(takeString(volumeXml));
            definition.name = QString::fromUtf8(virStorageVolGetName(sourceVolume.get()));
            definition.capacityBytes = info.capacity;
            definition.format = facts.format.isEmpty() ? QStringLiteral("raw") : facts.format;
            if (incremental) {
                definition.backingPath = facts.backingPath;
                definition.backingFormat = facts.backingFormat;
            }
        } else {
            // Not in any pool on the source: the running disk still knows its size.
            virDomainBlockInfo info = {};
            if (virDomainGetBlockInfo(domain, disk.targetDev.toUtf8().constData(), &info, 0) != 0)
                return Tr::tr("Cannot read the size of disk %1: %2")
                    .arg(disk.targetDev, lastErrorMessage(Tr::tr("unknown error")));
            if (incremental)
                return Tr::tr("Disk %1 is not in a storage pool on the source, so its backing image is unknown; "
                              "an incremental copy into pool “%2” needs it.")
                    .arg(disk.targetDev, poolName);
            definition.name = QFileInfo(disk.sourcePath).fileName();
            definition.capacityBytes = info.capacity;
            definition.format = disk.driverFormat.isEmpty() ? QStringLiteral("raw") : disk.driverFormat;
        }
        if (definition.name.isEmpty() || names.contains(definition.name))
            return Tr::tr("Two disks would get the volume name “%1” in pool “%2”.")
                .arg(definition.name, poolName);
        names.insert(definition.name);
        Libvirt::StorageVolPtr existing(
            virStorageVolLookupByName(pool.get(), definition.name.toUtf8().constData()));
        virResetLastError();
        if (existing)
            return Tr::tr("Pool “%1” on the destination already has a volume named “%2”; nothing was migrated.")
                .arg(poolName, definition.name);

        Libvirt::StorageVolPtr volume(
            virStorageVolCreateXML(pool.get(), definition.toXml().toUtf8().constData(), 0));
        if (!volume)
            return Tr::tr("Cannot create the volume “%1” in pool “%2” on the destination: %3")
                .arg(definition.name, poolName, lastErrorMessage(Tr::tr("unknown error")));
        const QString path = takeString(virStorageVolGetPath(volume.get()));
        virStorageVolInfo createdInfo = {};
        const bool isBlock
            = virStorageVolGetInfo(volume.get(), &createdInfo) == 0 && createdInfo.type == VIR_STORAGE_VOL_BLOCK;
        virResetLastError();
        created.push_back(std::move(volume));
        createdPaths.append(path);
        if (path.isEmpty())
            return Tr::tr("The new volume “%1” on the destination has no path.").arg(definition.name);
        rewrite.sources.insert(
            disk.targetDev, isBlock ? DiskSourceRewrite::block(path) : DiskSourceRewrite::file(path));
        copied.append(disk.targetDev);
    }
    for (const QString &target : options.migrateDisks) {
        if (!known.contains(target))
            return Tr::tr("The virtual machine has no disk %1.").arg(target);
    }
    if (copied.isEmpty())
        return Tr::tr("The virtual machine has no disk to copy into pool “%1”.").arg(poolName);

    const std::optional<QString> newXml = rewriteDomainXml(xml, rewrite, &error);
    if (!newXml)
        return error;
    options.destinationXml = *newXml;
    // Exactly the disks that have a volume waiting: libvirt must not look for others.
    options.migrateDisks = copied;
    return {};
}

QString describe(MigrationJob::FinalHost where)
{
    switch (where) {
    case MigrationJob::FinalHost::Source:
        return Tr::tr("still on the source host");
    case MigrationJob::FinalHost::Destination:
        return Tr::tr("on the destination host");
    case MigrationJob::FinalHost::Both:
        return Tr::tr("on both hosts");
    case MigrationJob::FinalHost::None:
        return Tr::tr("on neither host");
    case MigrationJob::FinalHost::Unknown:
        break;
    }
    return Tr::tr("on an unknown host");
}

// The source's domain is paused because its migration is in post-copy (running, or failed
// and waiting to be resumed): the guest's memory is split between the hosts.
bool isInPostCopy(virDomainPtr domain)
{
    int state = VIR_DOMAIN_NOSTATE;
    int reason = 0;
    if (virDomainGetState(domain, &state, &reason, 0) != 0) {
        virResetLastError();
        return false;
    }
    return state == VIR_DOMAIN_PAUSED
        && (reason == VIR_DOMAIN_PAUSED_POSTCOPY || reason == VIR_DOMAIN_PAUSED_POSTCOPY_FAILED);
}

// The destination's name for messages, read on a migration thread.
QString readDestinationHostName(virConnectPtr destination, const MigrationOptions &options)
{
    QString name;
    if (destination) {
        name = takeString(virConnectGetHostname(destination));
        virResetLastError();
    }
    if (name.isEmpty() && options.peerToPeer)
        name = QUrl(options.connectionUri).host();
    return name;
}

// libvirt's own "no limit" for the migration speed (QEMU_DOMAIN_MIG_BANDWIDTH_MAX, the
// largest MiB/s QEMU's byte counter holds): 0 would mean "stop sending" to QEMU.
constexpr unsigned long kUnlimitedMiBs = 0x7FFFFFFFFFFFFFFFULL / (1024ULL * 1024ULL);

// The statistics libvirt kept of the domain's last job; nullopt when it kept none.
std::optional<JobStats> completedJobStats(virDomainPtr domain)
{
    if (!domain)
        return std::nullopt;
    int type = VIR_DOMAIN_JOB_NONE;
    virTypedParameterPtr parameters = nullptr;
    int count = 0;
    // KEEP_COMPLETED: the administrator's `virsh domjobinfo --completed` still sees them.
    if (virDomainGetJobStats(domain, &type, &parameters, &count,
            VIR_DOMAIN_JOB_STATS_COMPLETED | VIR_DOMAIN_JOB_STATS_KEEP_COMPLETED)
        < 0) {
        virResetLastError();
        return std::nullopt;
    }
    JobStats stats = JobStats::fromTypedParameters(type, parameters, count);
    virTypedParamsFree(parameters, count);
    if (type == VIR_DOMAIN_JOB_NONE)
        return std::nullopt;
    return stats;
}

} // namespace

struct MigrationJob::Shared
{
    ConnectionHandle source;
    ConnectionHandle destination;
    QString uuid;
    MigrationOptions options;
    QString destinationPool;
    std::atomic_bool cancelRequested = false;
    std::atomic_bool migrateReturned = false;
    // Written by the migration thread before it hands over its outcome, read after.
    QStringList leftoverVolumes;
};

struct MigrationJob::Outcome
{
    State state = State::Failed;
    FinalHost finalHost = FinalHost::Unknown;
    QString message;
    // For when the JOB_COMPLETED event did not reach the monitor in time.
    std::optional<JobStats> completed = {};
};

MigrationJob::MigrationJob(ConnectionHandle source, ConnectionHandle destination, QString domainUuid,
    MigrationOptions options, QObject *parent)
    : QObject(parent)
    , m_shared(std::make_shared<Shared>())
    , m_sink(std::make_shared<Libvirt::EventSink<MigrationJob>>())
    , m_options(std::move(options))
{
    m_shared->source = std::move(source);
    m_shared->destination = std::move(destination);
    m_shared->uuid = domainUuid;
    m_shared->options = m_options;
    m_sink->target = this;
}

MigrationJob::~MigrationJob()
{
    m_sink->clearTarget();
    if (m_state == State::Preparing || m_state == State::Running)
        cancel();
}

void MigrationJob::setDestinationPool(const QString &pool)
{
    if (m_state != State::Idle)
        return;
    m_destinationPool = pool;
    m_shared->destinationPool = pool;
}

void MigrationJob::start()
{
    if (m_state != State::Idle)
        return;
    setState(State::Preparing);
    if (!m_shared->source || (!m_shared->options.peerToPeer && !m_shared->destination)) {
        finish({ State::Failed, FinalHost::Unknown, tr("The source or destination host is not connected.") });
        return;
    }
    std::thread([sink = m_sink, shared = m_shared] {
        const Outcome outcome
            = run(shared, [&sink](const QStringList &createdPaths, const QString &destinationHost) {
                  sink->post([createdPaths, destinationHost](MigrationJob *job) {
                      job->m_createdVolumePaths = createdPaths;
                      job->m_destinationHostName = destinationHost;
                      if (job->m_state == State::Preparing)
                          job->setState(State::Running);
                  });
              });
        // Whatever way run() ended, no abort is pending on a call that is over.
        shared->migrateReturned.store(true);
        sink->post([outcome](MigrationJob *job) { job->finish(outcome); });
    }).detach();
}

bool MigrationJob::canCancel() const
{
    return (m_state == State::Preparing || m_state == State::Running) && !isPostCopyStarted();
}

void MigrationJob::cancel()
{
    if (isFinished() || m_state == State::Idle)
        return;
    if (isPostCopyStarted()) {
        // Asynchronous like every other answer of the job.
        m_sink->post([](MigrationJob *job) { job->refuseCancel({}); });
        return;
    }
    if (m_shared->cancelRequested.exchange(true))
        return;
    std::thread([sink = m_sink, shared = m_shared] {
        Libvirt::DomainPtr domain = lookupDomainByUuid(shared->source.get(), shared->uuid);
        if (!domain) {
            virResetLastError();
            return;
        }
        // Until the migrate call returns: a busy QEMU (a guest dirtying memory under TCG) can
        // keep refusing for a while, and an abort that silently gave up would leave the user
        // believing the migration stops. After the first refusals the user is told.
        for (int attempt = 0; !shared->migrateReturned.load(); ++attempt) {
            if (virDomainAbortJob(domain.get()) == 0)
                return;
            const QString refusal = lastErrorMessage();
            virResetLastError();
            if (attempt + 1 == kAbortAttemptsBeforeNotice) {
                sink->post([refusal](MigrationJob *job) {
                    if (!job->isFinished())
                        Q_EMIT job->cancelRefused(
                            tr("libvirt has not accepted the abort yet (%1); Virt Ferry keeps asking until the "
                               "migration ends.")
                                .arg(refusal));
                });
            }
            // Switched to post-copy by someone else (virsh migrate-postcopy): libvirt
            // refuses, rightly. The migration is not cancelled, so it must not end as such.
            if (isInPostCopy(domain.get())) {
                shared->cancelRequested.store(false);
                sink->post([refusal](MigrationJob *job) {
                    job->m_postCopyStarted = true;
                    job->refuseCancel(refusal);
                });
                return;
            }
            std::this_thread::sleep_for(kRetryInterval);
        }
    }).detach();
}

void MigrationJob::refuseCancel(const QString &libvirtMessage)
{
    if (isFinished())
        return;
    const QString where = m_destinationHostName.isEmpty() ? tr("the destination host") : m_destinationHostName;
    QString message = m_postCopyStarted
        ? tr("Post-copy cannot be aborted: the virtual machine already runs on %1, and only the migration can "
             "bring the rest of its memory there. The migration goes on until it completes.")
              .arg(where)
        : tr("Post-copy cannot be aborted: the switch to post-copy was already sent, and from then on the "
             "virtual machine runs on %1. The migration goes on until it completes.")
              .arg(where);
    if (!libvirtMessage.isEmpty())
        message += QLatin1Char(' ') + tr("(libvirt: %1)").arg(libvirtMessage);
    Q_EMIT cancelRefused(message);
}

MigrationJob::Outcome MigrationJob::run(const std::shared_ptr<Shared> &shared,
    const std::function<void(const QStringList &, const QString &)> &running)
{
    // A copy: preparing destination volumes adds their XML and the disk list.
    MigrationOptions options = shared->options;
    Libvirt::DomainPtr domain = lookupDomainByUuid(shared->source.get(), shared->uuid);
    if (!domain)
        return {
            State::Failed, FinalHost::Unknown,
            Tr::tr("The virtual machine %1 is not on the source host.").arg(shared->uuid)
        };

    std::vector<Libvirt::StorageVolPtr> created;
    QStringList createdPaths;
    // Anything that ends the job before the domain is on the destination takes back the
    // volumes made for it.
    // A destination whose daemon died keeps them: the owner deletes them later, over the
    // connection that comes back (removeLeftoverVolumes()).
    const auto removeCreated = [&created, &shared]() -> QString {
        const QStringList left = deleteVolumes(created);
        if (left.isEmpty())
            return {};
        shared->leftoverVolumes = left;
        return Tr::tr("These volumes created on the destination could not be deleted yet: %1. They are deleted "
                      "once the destination host is connected again.")
            .arg(Tr::joinedList(left));
    };
    const auto withoutVolumes = [&removeCreated](Outcome outcome) {
        outcome.message = withNote(outcome.message, removeCreated());
        return outcome;
    };
    if (options.copiesStorage() && !shared->destinationPool.isEmpty()) {
        const QString problem = prepareDestinationVolumes(shared->source.get(), shared->destination.get(),
            domain.get(), shared->destinationPool, options, created, createdPaths);
        if (!problem.isEmpty())
            return withoutVolumes({ State::Failed, FinalHost::Source, problem });
    }

    const MigrationParameters parameters(options);
    if (!parameters.isValid())
        return withoutVolumes(
            { State::Failed, FinalHost::Source, Tr::tr("Could not prepare the migration parameters.") });
    if (shared->cancelRequested.load())
        return withoutVolumes({ State::Cancelled, FinalHost::Source,
            Tr::tr("The migration was cancelled before it started.") });

    // The maximum downtime is not a migration parameter: it can only be set on the
    // running job, so a helper keeps trying until the job exists.
    std::thread downtimeSetter;
    if (options.maxDowntimeMs > 0 && options.isLive()) {
        downtimeSetter = std::thread([shared, domain = domain.get(), downtime = options.maxDowntimeMs] {
            while (!shared->migrateReturned.load()) {
                if (virDomainMigrateSetMaxDowntime(domain, downtime, 0) == 0)
                    return;
                virResetLastError();
                std::this_thread::sleep_for(kRetryInterval);
            }
        });
    }

    // The migrate call waits for minutes beside the hosts' workers; on connections of its
    // own, a transport that dies meanwhile cannot crash libvirt's client (see
    // openPrivateConnection()). The checks after it use them too. The statistics monitor
    // opens its own; the abort and the live controls stay on the shared ones.
    const Libvirt::ConnectPtr privateSource = Libvirt::openPrivateConnection(shared->source.get());
    const Libvirt::ConnectPtr privateDestination = Libvirt::openPrivateConnection(shared->destination.get());
    virConnectPtr source = privateSource ? privateSource.get() : shared->source.get();
    virConnectPtr destination = privateDestination ? privateDestination.get() : shared->destination.get();
    Libvirt::DomainPtr privateDomain = privateSource ? Libvirt::lookupDomainByUuid(source, shared->uuid) : nullptr;
    virDomainPtr migrating = privateDomain ? privateDomain.get() : domain.get();

    const QString destinationName = readDestinationHostName(shared->destination.get(), options);
    const QString sourceName = Libvirt::hostLabel(source);
    running(createdPaths, destinationName);
    const unsigned int flags = static_cast<unsigned int>(options.flags());
    bool migrated = false;
    Libvirt::DomainPtr migratedDomain;
    if (options.peerToPeer) {
        migrated = virDomainMigrateToURI3(migrating, options.connectionUri.toUtf8().constData(),
                       parameters.data(), static_cast<unsigned int>(parameters.count()), flags)
            == 0;
    } else {
        migratedDomain.reset(virDomainMigrate3(
            migrating, destination, parameters.data(), static_cast<unsigned int>(parameters.count()), flags));
        migrated = migratedDomain != nullptr;
    }
    const LibvirtError error
        = migrated ? LibvirtError() : LibvirtError::fromLastError(Tr::tr("The migration failed."));
    shared->migrateReturned.store(true);
    // libvirt's words for a dead link ("client socket is closed", "End of file while
    // reading data") do not say which host was lost; the client knows without asking.
    QStringList lostHosts;
    if (!migrated) {
        if (virConnectIsAlive(source) == 0)
            lostHosts.append(sourceName);
        if (destination && virConnectIsAlive(destination) == 0)
            lostHosts.append(destinationName.isEmpty() ? Tr::tr("the destination host") : destinationName);
        virResetLastError();
    }
    const QString lostNote = lostHosts.isEmpty()
        ? QString()
        : Tr::tr("The connection to %1 was lost during the migration.").arg(Tr::joinedList(lostHosts));
    if (downtimeSetter.joinable())
        downtimeSetter.join();

    // The completed statistics stay with the domain where the job left it: the
    // destination after success, the source after a failure.
    if (migrated && !migratedDomain && destination)
        migratedDomain = lookupDomainByUuid(destination, shared->uuid);
    std::optional<JobStats> completed
        = migrated ? completedJobStats(migratedDomain.get()) : completedJobStats(migrating);
    if (!completed)
        completed = migrated ? completedJobStats(migrating) : completedJobStats(migratedDomain.get());
    virResetLastError();
    migratedDomain.reset();
    const auto withStats = [&completed](Outcome outcome) {
        outcome.completed = completed;
        return outcome;
    };

    // Where is it now? Checked on both hosts, never inferred from the return value.
    const auto present = [&](virConnectPtr connection) {
        if (!connection)
            return false;
        Libvirt::DomainPtr found = lookupDomainByUuid(connection, shared->uuid);
        if (!found)
            return false;
        const int result
            = options.isLive() ? virDomainIsActive(found.get()) : virDomainIsPersistent(found.get());
        if (result < 0)
            virResetLastError();
        return result == 1;
    };
    domain.reset();
    privateDomain.reset();
    const bool onSource = present(source);
    const bool onDestination = present(destination);
    FinalHost where = FinalHost::None;
    if (onSource && onDestination)
        where = FinalHost::Both;
    else if (onSource)
        where = FinalHost::Source;
    else if (onDestination)
        where = FinalHost::Destination;
    if (!shared->destination && !onSource)
        where = FinalHost::Unknown; // peer-to-peer without a destination connection: cannot tell

    // Not on the destination: the new volumes hold a partial copy nobody uses. On the
    // destination they are its disks and stay.
    const QString cleanupNote = onDestination ? QString() : removeCreated();
    created.clear();

    if (migrated) {
        // An offline migration that keeps the source definition leaves it on both.
        const FinalHost expected
            = !options.isLive() && !options.undefineSource ? FinalHost::Both : FinalHost::Destination;
        if (where == expected || (!shared->destination && !onSource))
            return withStats({ State::Completed, where, {} });
        return withStats({ State::Failed, where,
            withNote(Tr::tr("libvirt reported the migration as done, but the check found the virtual machine %1.")
                         .arg(describe(where)),
                cleanupNote) });
    }
    if (shared->cancelRequested.load())
        // libvirt's words after an abort are often the destination's side of it ("qemu
        // unexpectedly closed the monitor…"): say first that it was the requested cancel.
        return withStats({ State::Cancelled, where,
            withNote(Tr::tr("Cancelled as requested (libvirt: %1)").arg(error.message()), cleanupNote) });
    return withStats({ State::Failed, where, withNote(withNote(error.message(), lostNote), cleanupNote) });
}

void MigrationJob::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    if (state == State::Running)
        startMonitor();
    Q_EMIT stateChanged(state);
}

void MigrationJob::setStatsInterval(int milliseconds)
{
    if (m_state != State::Idle || milliseconds <= 0)
        return;
    m_statsIntervalMs = milliseconds;
}

void MigrationJob::startMonitor()
{
    if (m_monitor || !m_shared->source)
        return;
    m_runningClock.start();
    m_monitor = std::make_unique<JobStatsMonitor>(m_shared->source, m_shared->uuid);
    m_monitor->setInterval(m_statsIntervalMs);
    m_monitor->setOwnConnection(true);
    connect(m_monitor.get(), &JobStatsMonitor::sampled, this, [this](const JobStats &stats) {
        if (m_state == State::Running)
            Q_EMIT statsSampled(stats);
    });
    connect(m_monitor.get(), &JobStatsMonitor::iterationStarted, this, [this](int iteration) {
        if (m_state == State::Running)
            Q_EMIT iterationStarted(iteration);
    });
    connect(m_monitor.get(), &JobStatsMonitor::completed, this, &MigrationJob::emitCompletedStats);
    m_monitor->start();
}

void MigrationJob::emitCompletedStats(const JobStats &stats)
{
    if (m_completedStatsEmitted || isFinished())
        return;
    m_completedStatsEmitted = true;
    Q_EMIT completedStats(stats);
}

void MigrationJob::setMaxSpeed(quint64 mebibytesPerSecond)
{
    const unsigned long speed
        = mebibytesPerSecond == 0 || mebibytesPerSecond > kUnlimitedMiBs ? kUnlimitedMiBs : mebibytesPerSecond;
    runControl(Control::MaxSpeed, [speed](virDomainPtr domain) { return virDomainMigrateSetMaxSpeed(domain, speed, 0); });
}

void MigrationJob::setMaxDowntime(quint64 milliseconds)
{
    runControl(Control::MaxDowntime,
        [milliseconds](virDomainPtr domain) { return virDomainMigrateSetMaxDowntime(domain, milliseconds, 0); });
}

bool MigrationJob::canStartPostCopy() const
{
    return m_state == State::Running && m_options.postCopyAllowed && m_options.isLive() && !isPostCopyStarted();
}

void MigrationJob::startPostCopy()
{
    if (m_state != State::Running)
        return;
    if (isPostCopyStarted()) {
        m_sink->post([](MigrationJob *job) {
            Q_EMIT job->controlFinished(Control::PostCopy, false, tr("The migration is already switching to post-copy."));
        });
        return;
    }
    if (!canStartPostCopy()) {
        m_sink->post([](MigrationJob *job) {
            Q_EMIT job->controlFinished(Control::PostCopy, false,
                tr("This migration was not started with post-copy allowed, so it cannot switch to post-copy."));
        });
        return;
    }
    // From the moment the switch is sent, an abort could reach QEMU after it switched:
    // cancel() refuses from here on, unless libvirt refuses the switch.
    m_postCopyRequested = true;
    runControl(Control::PostCopy, [](virDomainPtr domain) { return virDomainMigrateStartPostCopy(domain, 0); });
}

void MigrationJob::runControl(Control control, std::function<int(virDomainPtr)> call)
{
    if (m_state != State::Running)
        return;
    std::thread([sink = m_sink, shared = m_shared, control, call = std::move(call)] {
        bool succeeded = false;
        QString message;
        Libvirt::DomainPtr domain = lookupDomainByUuid(shared->source.get(), shared->uuid);
        if (!domain) {
            message = Tr::tr("The virtual machine is no longer on the source host.");
        } else if (call(domain.get()) == 0) {
            succeeded = true;
        } else {
            message = LibvirtError::fromLastError(Tr::tr("The change was refused.")).message();
        }
        sink->post([control, succeeded, message](MigrationJob *job) {
            if (control == Control::PostCopy) {
                job->m_postCopyStarted = job->m_postCopyStarted || succeeded;
                job->m_postCopyRequested = false;
            }
            Q_EMIT job->controlFinished(control, succeeded, message);
        });
    }).detach();
}

void MigrationJob::removeLeftoversWhenConnected(
    Connection *destination, const QString &pool, const QStringList &names)
{
    if (!destination || names.isEmpty())
        return;
    const auto removeAll = [destination, pool, names] {
        for (const QString &name : names)
            destination->requestDeleteVolume(pool, name);
    };
    if (destination->state() == Connection::State::Connected) {
        removeAll();
        return;
    }
    // Once, on the next Connected; the connection's lifetime bounds the wait.
    auto waiting = std::make_shared<QMetaObject::Connection>();
    *waiting = QObject::connect(destination, &Connection::stateChanged, destination,
        [waiting, removeAll](Connection::State state) {
            if (state != Connection::State::Connected)
                return;
            QObject::disconnect(*waiting);
            removeAll();
        });
}

void MigrationJob::finish(const Outcome &outcome)
{
    if (isFinished())
        return;
    if (!m_completedStatsEmitted && m_monitor && m_monitor->isRunning()) {
        // The source's JOB_COMPLETED event carries the whole job's figures (what the
        // destination keeps starts at its own Prepare step), and it may still be on its
        // way: let the monitor finish (it also reads the source's kept statistics, which
        // is what a failed job has) and take the thread's reading only if nothing came.
        // Queued: conclude() deletes the monitor, which must not happen inside its own signal.
        connect(
            m_monitor.get(), &JobStatsMonitor::stopped, this, [this, outcome] { conclude(outcome); },
            Qt::QueuedConnection);
        QTimer::singleShot(kCompletedStatsGraceMs, this, [this, outcome] { conclude(outcome); });
        m_monitor->finish();
        return;
    }
    conclude(outcome);
}

void MigrationJob::conclude(const Outcome &outcome)
{
    if (isFinished())
        return;
    // Stopping the monitor does not wait; its late signals are gone with it.
    m_monitor.reset();
    if (outcome.completed) {
        JobStats completed = *outcome.completed;
        completed.sampledAtMs = m_runningClock.isValid() ? m_runningClock.elapsed() : 0;
        emitCompletedStats(completed);
    }
    m_finalHost = outcome.finalHost;
    m_leftoverVolumes = m_shared->leftoverVolumes;
    m_errorMessage = outcome.state == State::Completed ? QString() : outcome.message;
    setState(outcome.state);
    Q_EMIT finished(outcome.state == State::Completed, m_errorMessage);
}
