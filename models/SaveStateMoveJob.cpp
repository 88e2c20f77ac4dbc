// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: Virt Ferry contributors
#include "SaveStateMoveJob.h"

#include "DomainDisks.h"
#include "LibvirtCalls.h"
#include "LibvirtError.h"
#include "LibvirtHandles.h"
#include "OfflineMoveJob.h"
#include "StorageTypes.h"
#include "VolumeCopyJob.h"
#include "Tr.h"

#include <QSet>
#include <QThread>

#include <libvirt/virterror.h>

#include <vector>

namespace {

using Libvirt::deleteVolume;
using Libvirt::hostLabel;
using Libvirt::lastErrorMessage;
using Libvirt::lookupDomainByUuid;
using Libvirt::lookupVolume;
using Libvirt::refreshPool;
using Libvirt::takeString;

// Where the domain runs now, asked on both hosts.
SaveStateMoveJob::FinalHost whereRunning(virConnectPtr source, virConnectPtr destination, const QString &uuid)
{
    const auto active = [&uuid](virConnectPtr connection) {
        Libvirt::DomainPtr domain = lookupDomainByUuid(connection, uuid);
        if (!domain)
            return false;
        const int result = virDomainIsActive(domain.get());
        virResetLastError();
        return result == 1;
    };
    const bool onSource = active(source);
    const bool onDestination = active(destination);
    if (onSource && onDestination)
        return SaveStateMoveJob::FinalHost::Both;
    if (onSource)
        return SaveStateMoveJob::FinalHost::Source;
    if (onDestination)
        return SaveStateMoveJob::FinalHost::Destination;
    return SaveStateMoveJob::FinalHost::None;
}

} // namespace

struct SaveStateMoveJob::CheckResult
{
    QString error;
    QString uuid;
    QString domainXml;
    QString destinationName;
    QList<Disk> disks;
};

struct SaveStateMoveJob::SaveResult
{
    QString error;
    bool saved = false;
    bool cancelled = false;
    QString statePath;
    QString stateXml;
    quint64 stateLength = 0;
};

struct SaveStateMoveJob::RestoreResult
{
    QString error; // before the restore went through: the job rolls back
    QString warning; // after: the guest runs on the destination, something was left
    bool restored = false;
    FinalHost where = FinalHost::Unknown;
};

struct SaveStateMoveJob::RollbackInput
{
    QStringList copiedVolumes; // in the destination pool
    bool saved = false;
};

SaveStateMoveJob::SaveStateMoveJob(SaveStateMoveRequest request, QObject *parent)
    : QObject(parent)
    , m_request(std::move(request))
{ }

SaveStateMoveJob::~SaveStateMoveJob()
{
    m_cancelRequested.store(true);
    if (m_copy)
        m_copy->cancel();
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

QString SaveStateMoveJob::stateFileName(const QString &domainName)
{
    return domainName + QStringLiteral(".vfstate");
}

void SaveStateMoveJob::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void SaveStateMoveJob::runOnThread(std::function<void()> work)
{
    // The previous step's thread has already posted its result; it is only exiting.
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
    m_thread = QThread::create(std::move(work));
    m_thread->setObjectName(QStringLiteral("SaveStateMoveJob"));
    m_thread->start();
}

void SaveStateMoveJob::cancel()
{
    if (isFinished() || m_state == State::Idle || m_cancelRequested.exchange(true))
        return;
    if (m_copy)
        m_copy->cancel();
    if (m_state != State::Saving)
        return;
    // The save blocks its thread; libvirt stops it through the domain's job, which the
    // save may not have registered yet: retry until it has, or the save returned.
    Libvirt::abortJobSoon(m_request.source, m_uuid, [returned = m_saveReturned] { return returned->load(); });
}

void SaveStateMoveJob::start()
{
    if (m_state != State::Idle)
        return;
    setState(State::Checking);
    if (!m_request.source || !m_request.destination) {
        finish(State::Failed, tr("Both the source and the destination host must be connected."),
            FinalHost::Unknown);
        return;
    }
    if (m_request.statePool.isEmpty() || (!m_request.sharedStorage && m_request.destinationPool.isEmpty())) {
        finish(State::Failed, tr("Choose the pool for the memory state file and the destination pool."),
            FinalHost::Unknown);
        return;
    }
    const SaveStateMoveRequest request = m_request;
    runOnThread([this, request] {
        CheckResult result;
        auto fail = [&result](const QString &message) { result.error = message; };
        virConnectPtr source = request.source.get();
        virConnectPtr destination = request.destination.get();
        const QString sourceHost = hostLabel(source);
        const QString destinationHost = hostLabel(destination);
        [&] {
            Libvirt::DomainPtr domain(virDomainLookupByName(source, request.domainName.toUtf8().constData()));
            if (!domain)
                return fail(tr("The domain “%1” was not found on %2: %3")
                                .arg(request.domainName, sourceHost, lastErrorMessage(
                                    //: "Domain" is libvirt's word for a virtual machine.
                                    tr("no such domain"))));
            int state = VIR_DOMAIN_NOSTATE;
            if (virDomainGetState(domain.get(), &state, nullptr, 0) != 0)
                return fail(tr("Cannot read the state of “%1”: %2")
                                .arg(request.domainName, lastErrorMessage(tr("unknown error"))));
            if (state != VIR_DOMAIN_RUNNING && state != VIR_DOMAIN_PAUSED)
                return fail(tr("“%1” is not running on %2; save state and move needs a running or paused "
                               "guest (use an offline move for a shut-off one).")
                                .arg(request.domainName, sourceHost));
            if (virDomainIsPersistent(domain.get()) != 1)
                return fail(tr("“%1” is a transient domain; only a defined domain can be moved this way.")
                                .arg(request.domainName));
            char uuid[VIR_UUID_STRING_BUFLEN] = {};
            if (virDomainGetUUIDString(domain.get(), uuid) != 0)
                return fail(lastErrorMessage(tr("Cannot read the domain's UUID.")));
            result.uuid = QString::fromLatin1(uuid);
            result.domainXml = Libvirt::domainXmlWithSecrets(domain.get(), VIR_DOMAIN_XML_INACTIVE);
            if (result.domainXml.isEmpty())
                return fail(tr("Cannot read the definition of “%1”: %2")
                                .arg(request.domainName, lastErrorMessage(tr("unknown error"))));
            result.destinationName = request.newName.isEmpty() ? request.domainName : request.newName;

            Libvirt::DomainPtr clash(
                virDomainLookupByName(destination, result.destinationName.toUtf8().constData()));
            virResetLastError();
            if (clash)
                return fail(tr("A domain named “%1” already exists on %2; choose another name.")
                                .arg(result.destinationName, destinationHost));
            if (Libvirt::DomainPtr sameUuid = lookupDomainByUuid(destination, result.uuid)) {
                const char *name = virDomainGetName(sameUuid.get());
                return fail(tr("%1 already has a domain with the same UUID (“%2”).")
                                .arg(destinationHost, QString::fromUtf8(name ? name : "")));
            }

            virDomainInfo domainInfo = {};
            const quint64 memoryBytes
                = virDomainGetInfo(domain.get(), &domainInfo) == 0 ? quint64(domainInfo.memory) * 1024 : 0;
            virResetLastError();
            const QString stateName = stateFileName(request.domainName);

            Libvirt::StoragePoolPtr statePool(
                virStoragePoolLookupByName(source, request.statePool.toUtf8().constData()));
            if (!statePool)
                return fail(tr("The pool “%1” was not found on %2: %3")
                                .arg(request.statePool, sourceHost, lastErrorMessage(tr("no such pool"))));
            virStoragePoolInfo statePoolInfo = {};
            if (virStoragePoolGetInfo(statePool.get(), &statePoolInfo) != 0
                || statePoolInfo.state != VIR_STORAGE_POOL_RUNNING) {
                virResetLastError();
                return fail(tr("The pool “%1” on %2 is not running; start it first.")
                                .arg(request.statePool, sourceHost));
            }
            virStoragePoolRefresh(statePool.get(), 0);
            virResetLastError();
            if (lookupVolume(source, request.statePool, stateName))
                return fail(
                    tr("Pool “%1” on %2 already has a state file “%3”; remove it or restore it first.")
                        .arg(request.statePool, sourceHost, stateName));
            if (memoryBytes > statePoolInfo.available)
                return fail(tr("Pool “%1” on %2 has %3 free, but the guest's memory needs up to %4.")
                                .arg(request.statePool, sourceHost, formatBytes(statePoolInfo.available),
                                    formatBytes(memoryBytes)));
            if (request.sharedStorage)
                return; // nothing is copied: disks and state file are where the destination sees them

            Libvirt::StoragePoolPtr pool(
                virStoragePoolLookupByName(destination, request.destinationPool.toUtf8().constData()));
            if (!pool)
                return fail(
                    tr("The pool “%1” was not found on %2: %3")
                        .arg(request.destinationPool, destinationHost, lastErrorMessage(tr("no such pool"))));
            virStoragePoolInfo poolInfo = {};
            if (virStoragePoolGetInfo(pool.get(), &poolInfo) != 0
                || poolInfo.state != VIR_STORAGE_POOL_RUNNING) {
                virResetLastError();
                return fail(tr("The pool “%1” on %2 is not running; start it first.")
                                .arg(request.destinationPool, destinationHost));
            }
            virStoragePoolRefresh(pool.get(), 0);
            virResetLastError();

            QString parseError;
            const QList<DomainDisk> disks = domainDisks(result.domainXml, &parseError);
            if (!parseError.isEmpty())
                return fail(parseError);
            QSet<QString> names = { stateName };
            quint64 needed = memoryBytes;
            for (const DomainDisk &disk : disks) {
                if (disk.type == QLatin1String("network") || !disk.hasSource())
                    continue; // reached from both hosts alike, or an empty drive
                Libvirt::StorageVolPtr volume;
                if (disk.type == QLatin1String("volume"))
                    volume = lookupVolume(source, disk.sourcePool, disk.sourceVolume);
                else if (disk.type == QLatin1String("file") || disk.type == QLatin1String("block"))
                    volume.reset(virStorageVolLookupByPath(source, disk.sourcePath.toUtf8().constData()));
                else
                    return fail(
                        tr("Disk %1 is a %2 disk, which cannot be copied.").arg(disk.targetDev, disk.type));
                virResetLastError();
                const QString shown = disk.sourcePath.isEmpty()
                    ? disk.sourcePool + QLatin1Char('/') + disk.sourceVolume
                    : disk.sourcePath;
                if (!volume)
                    return fail(
                        tr("Disk %1 (%2) is not in any storage pool on %3, so it cannot be copied; add its "
                           "folder as a pool first, or eject it.")
                            .arg(disk.targetDev, shown, sourceHost));
                Libvirt::VolumeFacts facts;
                if (!Libvirt::readVolumeFacts(volume.get(), &facts))
                    return fail(tr("Cannot read the volume of disk %1 (%2): %3")
                                    .arg(disk.targetDev, shown, lastErrorMessage(tr("unknown error"))));
                if (!facts.xml.backingPath.isEmpty())
                    return fail(
                        tr("Disk %1 (%2) is an overlay on %3; copying it alone would break the chain. "
                           "Flatten it first.")
                            .arg(disk.targetDev, shown, facts.xml.backingPath));
                Disk move;
                move.targetDev = disk.targetDev;
                move.sourcePool = facts.pool;
                move.sourceVolume = facts.name;
                move.sourcePath = facts.path;
                move.capacity = facts.capacity;
                move.streamLength = facts.physical;
                if (names.contains(move.sourceVolume))
                    return fail(tr("Two files would be named “%1” in pool “%2”.")
                                    .arg(move.sourceVolume, request.destinationPool));
                names.insert(move.sourceVolume);
                if (Libvirt::StorageVolPtr existing(
                        virStorageVolLookupByName(pool.get(), move.sourceVolume.toUtf8().constData()));
                    existing)
                    return fail(tr("Pool “%1” on %2 already has a volume named “%3”; nothing was saved.")
                                    .arg(request.destinationPool, destinationHost, move.sourceVolume));
                virResetLastError();
                needed += facts.allocation;
                result.disks.append(move);
            }
            if (lookupVolume(destination, request.destinationPool, stateName))
                return fail(tr("Pool “%1” on %2 already has a file named “%3”; nothing was saved.")
                                .arg(request.destinationPool, destinationHost, stateName));
            if (needed > poolInfo.available)
                return fail(
                    tr("Pool “%1” on %2 has %3 free, but the disks and the memory state need up to %4; "
                       "nothing was saved.")
                        .arg(request.destinationPool, destinationHost, formatBytes(poolInfo.available),
                            formatBytes(needed)));
        }();
        QMetaObject::invokeMethod(
            this, [this, result] { checked(result); }, Qt::QueuedConnection);
    });
}

void SaveStateMoveJob::checked(const CheckResult &result)
{
    if (!result.error.isEmpty()) {
        finish(State::Failed, result.error, FinalHost::Source);
        return;
    }
    if (m_cancelRequested.load()) {
        finish(State::Cancelled, tr("The move was cancelled before the guest was saved."), FinalHost::Source);
        return;
    }
    m_uuid = result.uuid;
    m_domainXml = result.domainXml;
    m_destinationName = result.destinationName;
    m_disks = result.disks;
    m_stateName = stateFileName(m_request.domainName);
    setState(State::Saving);

    const SaveStateMoveRequest request = m_request;
    const QString uuid = m_uuid;
    const QString stateName = m_stateName;
    runOnThread([this, request, uuid, stateName] {
        SaveResult result;
        // The save runs for as long as the guest's memory takes to write, beside the
        // source worker's calls: on a connection of its own (openPrivateConnection()).
        // The abort stays on the shared one.
        const Libvirt::ConnectPtr privateSource = Libvirt::openPrivateConnection(request.source.get());
        virConnectPtr source = privateSource ? privateSource.get() : request.source.get();
        [&] {
            Libvirt::DomainPtr domain = lookupDomainByUuid(source, uuid);
            if (!domain) {
                result.error = tr("“%1” disappeared from the source.").arg(request.domainName);
                return;
            }
            // The state file is created as a volume first: the pool gives its path, and a
            // pool that cannot take files fails here, before the guest stops.
            Libvirt::StoragePoolPtr pool(
                virStoragePoolLookupByName(source, request.statePool.toUtf8().constData()));
            VolumeDefinition definition;
            definition.name = stateName;
            definition.format = QStringLiteral("raw");
            Libvirt::StorageVolPtr volume(pool
                    ? virStorageVolCreateXML(pool.get(), definition.toXml().toUtf8().constData(), 0)
                    : nullptr);
            if (!volume) {
                result.error = tr("Cannot create the state file in pool “%1”: %2")
                                   .arg(request.statePool, lastErrorMessage(tr("unknown error")));
                return;
            }
            result.statePath = takeString(virStorageVolGetPath(volume.get()));
            if (m_cancelRequested.load() || result.statePath.isEmpty()) {
                result.cancelled = m_cancelRequested.load();
                if (!result.cancelled)
                    result.error = tr("The state file in pool “%1” has no path.").arg(request.statePool);
                virStorageVolDelete(volume.get(), 0);
                virResetLastError();
                return;
            }
            // Keeps the state the guest was in (running or paused) for the restore.
            const int saved
                = virDomainSaveFlags(domain.get(), result.statePath.toUtf8().constData(), nullptr, 0);
            const LibvirtError saveError
                = saved == 0 ? LibvirtError() : LibvirtError::fromLastError(tr("unknown error"));
            m_saveReturned->store(true);
            if (saved != 0) {
                result.cancelled = m_cancelRequested.load();
                result.error = tr("Saving the guest's memory failed: %1").arg(saveError.message());
                virStorageVolDelete(volume.get(), 0);
                virResetLastError();
                return;
            }
            result.saved = true;
            volume.reset();
            if (pool)
                virStoragePoolRefresh(pool.get(), 0);
            virResetLastError();
            Libvirt::StorageVolPtr state = lookupVolume(source, request.statePool, stateName);
            virStorageVolInfo physical = {};
            if (!state
                || virStorageVolGetInfoFlags(state.get(), &physical, VIR_STORAGE_VOL_GET_PHYSICAL) != 0) {
                result.error = tr("The state file %1 cannot be read back: %2")
                                   .arg(result.statePath, lastErrorMessage(tr("unknown error")));
                return;
            }
            result.stateLength = physical.allocation;
            char *xml = virDomainSaveImageGetXMLDesc(
                source, result.statePath.toUtf8().constData(), VIR_DOMAIN_SAVE_IMAGE_XML_SECURE);
            if (!xml) {
                result.error = tr("Cannot read the definition in the state file: %1")
                                   .arg(lastErrorMessage(tr("unknown error")));
                return;
            }
            result.stateXml = takeString(xml);
        }();
        QMetaObject::invokeMethod(
            this, [this, result] { saved(result); }, Qt::QueuedConnection);
    });
}

void SaveStateMoveJob::saved(const SaveResult &result)
{
    m_saved = result.saved;
    m_stateSourcePath = result.statePath;
    if (!result.saved) {
        // The guest was never stopped: nothing to undo.
        if (result.cancelled)
            finish(State::Cancelled, tr("The move was cancelled; the guest keeps running on the source."),
                FinalHost::Source);
        else
            finish(State::Failed, result.error, FinalHost::Source);
        return;
    }
    if (!result.error.isEmpty()) {
        rollBack(State::Failed, result.error);
        return;
    }
    if (m_cancelRequested.load()) {
        rollBack(State::Cancelled, tr("The move was cancelled; the guest was restored on the source."));
        return;
    }
    m_stateXml = result.stateXml;
    m_stateLength = result.stateLength;
    if (m_request.sharedStorage) {
        startRestore();
        return;
    }
    m_bytesTotal = m_stateLength;
    for (const Disk &disk : std::as_const(m_disks))
        m_bytesTotal += disk.streamLength;
    setState(State::Copying);
    Q_EMIT progressChanged(0, m_bytesTotal);
    copyNext();
}

void SaveStateMoveJob::copyNext()
{
    ++m_currentCopy;
    if (m_currentCopy > m_disks.size()) {
        startRestore();
        return;
    }
    const bool isState = m_currentCopy == m_disks.size();
    const VolumeEndpoint from = isState
        ? VolumeEndpoint::volume(m_request.source, m_request.statePool, m_stateName)
        : VolumeEndpoint::volume(
            m_request.source, m_disks.at(m_currentCopy).sourcePool, m_disks.at(m_currentCopy).sourceVolume);
    auto *copy = new VolumeCopyJob(
        from, VolumeEndpoint::volume(m_request.destination, m_request.destinationPool, {}), this);
    m_copy = copy;
    connect(copy, &VolumeCopyJob::progressChanged, this, [this](const CopyProgress &progress) {
        Q_EMIT progressChanged(m_bytesDone + progress.bytesDone, m_bytesTotal);
    });
    connect(copy, &VolumeCopyJob::finished, this, &SaveStateMoveJob::copyFinished);
    if (m_cancelRequested.load())
        copy->cancel();
    copy->start();
}

void SaveStateMoveJob::copyFinished(bool succeeded, const QString &message)
{
    if (VolumeCopyJob *copy = m_copy.data())
        copy->deleteLater(); // its thread has finished: the destructor does not block
    m_copy.clear();
    const bool isState = m_currentCopy == m_disks.size();
    if (!succeeded) {
        // The failed copy removed its own partial volume.
        if (m_cancelRequested.load())
            rollBack(State::Cancelled, tr("The move was cancelled; the guest was restored on the source."));
        else
            rollBack(State::Failed,
                isState ? tr("Copying the memory state failed: %1").arg(message)
                        : tr("Copying disk %1 failed: %2").arg(m_disks.at(m_currentCopy).targetDev, message));
        return;
    }
    if (isState) {
        m_stateCopied = true;
        m_bytesDone += m_stateLength;
    } else {
        m_disks[m_currentCopy].copied = true;
        m_bytesDone += m_disks.at(m_currentCopy).streamLength;
    }
    Q_EMIT progressChanged(m_bytesDone, m_bytesTotal);
    if (m_cancelRequested.load()) {
        rollBack(State::Cancelled, tr("The move was cancelled; the guest was restored on the source."));
        return;
    }
    copyNext();
}

void SaveStateMoveJob::startRestore()
{
    setState(State::Restoring);
    const SaveStateMoveRequest request = m_request;
    const QString uuid = m_uuid;
    const QString domainXml = m_domainXml;
    const QString stateXml = m_stateXml;
    const QString destinationName = m_destinationName;
    const QString stateName = m_stateName;
    const QString stateSourcePath = m_stateSourcePath;
    const QList<Disk> disks = m_disks;
    runOnThread(
        [this, request, uuid, domainXml, stateXml, destinationName, stateName, stateSourcePath, disks] {
            RestoreResult result;
            virConnectPtr source = request.source.get();
            // The restore is the long call here; see the save above.
            const Libvirt::ConnectPtr privateDestination
                = Libvirt::openPrivateConnection(request.destination.get());
            virConnectPtr destination = privateDestination ? privateDestination.get() : request.destination.get();
            const QString destinationHost = hostLabel(destination);
            std::vector<Libvirt::StorageVolPtr>
                verifiedSources; // deletable once the guest runs on the destination
            QString statePath = stateSourcePath;
            [&] {
                if (m_cancelRequested.load())
                    return;
                DomainXmlRewrite rewrite;
                if (destinationName != request.domainName)
                    rewrite.name = destinationName;
                if (!request.sharedStorage) {
                    refreshPool(destination, request.destinationPool);
                    for (const Disk &disk : disks) {
                        Libvirt::StorageVolPtr copy
                            = lookupVolume(destination, request.destinationPool, disk.sourceVolume);
                        virStorageVolInfo info = {};
                        if (!copy || virStorageVolGetInfo(copy.get(), &info) != 0) {
                            result.error = tr("The copy of disk %1 cannot be found on %2: %3")
                                               .arg(disk.targetDev, destinationHost,
                                                   lastErrorMessage(tr("unknown error")));
                            return;
                        }
                        if (info.capacity != disk.capacity) {
                            result.error = tr("The copy of disk %1 has a capacity of %2, the original %3.")
                                               .arg(disk.targetDev, formatBytes(info.capacity),
                                                   formatBytes(disk.capacity));
                            return;
                        }
                        const QString path = takeString(virStorageVolGetPath(copy.get()));
                        rewrite.sources.insert(disk.targetDev,
                            info.type == VIR_STORAGE_VOL_BLOCK ? DiskSourceRewrite::block(path)
                                                               : DiskSourceRewrite::file(path));
                        if (!request.deleteSourceVolumes)
                            continue;
                        // Verified now, while the guest is saved and neither side changes.
                        Libvirt::StorageVolPtr original
                            = lookupVolume(source, disk.sourcePool, disk.sourceVolume);
                        const VolumeDigest before
                            = original ? volumeSha256(original.get(), m_cancelRequested) : VolumeDigest();
                        const VolumeDigest after = before.sha256.isEmpty()
                            ? VolumeDigest()
                            : volumeSha256(copy.get(), m_cancelRequested);
                        if (m_cancelRequested.load())
                            return;
                        if (before.sha256.isEmpty() || after.sha256 != before.sha256)
                            result.warning += QLatin1Char(' ')
                                + tr("The copy of disk %1 could not be verified, so the original %2 was kept.")
                                      .arg(disk.targetDev, disk.sourcePath);
                        else
                            verifiedSources.push_back(std::move(original));
                    }
                    Libvirt::StorageVolPtr stateCopy
                        = lookupVolume(destination, request.destinationPool, stateName);
                    statePath = stateCopy ? takeString(virStorageVolGetPath(stateCopy.get())) : QString();
                    if (statePath.isEmpty()) {
                        result.error = tr("The copy of the memory state cannot be found on %1: %2")
                                           .arg(destinationHost, lastErrorMessage(tr("unknown error")));
                        return;
                    }
                }
                QString error;
                const std::optional<QString> definition = rewriteDomainXml(domainXml, rewrite, &error);
                const std::optional<QString> restoreXml
                    = definition ? rewriteDomainXml(stateXml, rewrite, &error) : std::nullopt;
                if (!definition || !restoreXml) {
                    result.error = error;
                    return;
                }
                if (m_cancelRequested.load())
                    return;
                // Defined first, so the restored guest becomes that persistent domain rather
                // than a transient one.
                Libvirt::DomainPtr defined = Libvirt::defineMovedDomain(destination, *definition);
                if (!defined) {
                    result.error = tr("%1 refused the definition: %2")
                                       .arg(destinationHost, lastErrorMessage(tr("unknown error")));
                    return;
                }
                if (m_cancelRequested.load()
                    || virDomainRestoreFlags(
                           destination, statePath.toUtf8().constData(), restoreXml->toUtf8().constData(), 0)
                        != 0) {
                    if (!m_cancelRequested.load())
                        result.error = tr("%1 could not restore the guest: %2")
                                           .arg(destinationHost, lastErrorMessage(tr("unknown error")));
                    virDomainUndefineFlags(defined.get(), VIR_DOMAIN_UNDEFINE_KEEP_NVRAM);
                    virResetLastError();
                    return;
                }
                // From here on the guest runs on the destination: the rest only tidies up.
                result.restored = true;
                bool undefined = false;
                if (Libvirt::DomainPtr original = lookupDomainByUuid(source, uuid)) {
                    undefined = virDomainUndefineFlags(original.get(), VIR_DOMAIN_UNDEFINE_KEEP_NVRAM) == 0;
                    if (!undefined)
                        result.warning += QLatin1Char(' ')
                            + tr("“%1” is still defined (shut off) on the source: %2")
                                  .arg(request.domainName, lastErrorMessage(tr("unknown error")));
                    virResetLastError();
                } else {
                    undefined = true;
                }
                QStringList stateLeft;
                if (!deleteVolume(source, request.statePool, stateName))
                    stateLeft.append(stateSourcePath);
                if (!request.sharedStorage && !deleteVolume(destination, request.destinationPool, stateName))
                    stateLeft.append(statePath);
                if (!stateLeft.isEmpty())
                    result.warning += QLatin1Char(' ')
                        + tr("These state files could not be deleted: %1")
                              .arg(Tr::joinedList(stateLeft));
                if (!undefined)
                    return; // the old definition still uses its volumes
                for (const Libvirt::StorageVolPtr &volume : verifiedSources) {
                    if (virStorageVolDelete(volume.get(), 0) != 0) {
                        result.warning += QLatin1Char(' ')
                            + tr("The source volume %1 could not be deleted: %2")
                                  .arg(takeString(virStorageVolGetPath(volume.get())),
                                      lastErrorMessage(tr("unknown error")));
                        virResetLastError();
                    }
                }
            }();
            if (result.restored)
                result.where = whereRunning(source, destination, uuid);
            QMetaObject::invokeMethod(
                this, [this, result] { restored(result); }, Qt::QueuedConnection);
        });
}

void SaveStateMoveJob::restored(const RestoreResult &result)
{
    if (result.restored) {
        const QString warning = result.warning.trimmed();
        if (result.where == FinalHost::Destination)
            finish(State::Completed, warning, result.where);
        else
            finish(State::Failed,
                tr("The guest was restored on the destination, but the check found it elsewhere.")
                    + QLatin1Char(' ') + warning,
                result.where);
        return;
    }
    if (result.error.isEmpty())
        rollBack(State::Cancelled, tr("The move was cancelled; the guest was restored on the source."));
    else
        rollBack(State::Failed, result.error);
}

void SaveStateMoveJob::rollBack(State finalState, const QString &message)
{
    setState(State::CleaningUp);
    QStringList copies;
    for (const Disk &disk : std::as_const(m_disks)) {
        if (disk.copied)
            copies.append(disk.sourceVolume);
    }
    if (m_stateCopied)
        copies.append(m_stateName);
    const SaveStateMoveRequest request = m_request;
    const QString uuid = m_uuid;
    const QString stateName = m_stateName;
    const QString statePath = m_stateSourcePath;
    const bool saved = m_saved;
    runOnThread([this, request, uuid, stateName, statePath, saved, copies, finalState, message] {
        virConnectPtr source = request.source.get();
        virConnectPtr destination = request.destination.get();
        QString text = message;
        // The guest first: every second here is downtime.
        bool running = !saved;
        if (saved) {
            if (virDomainRestore(source, statePath.toUtf8().constData()) == 0) {
                running = true;
                if (!deleteVolume(source, request.statePool, stateName))
                    text += QLatin1Char(' ') + tr("The state file %1 could not be deleted.").arg(statePath);
            } else {
                text += QLatin1Char(' ')
                    + tr("Restoring the guest on the source failed too (%1); its memory state is kept in %2 "
                         "on the "
                         "source: restore it from there (virsh restore).")
                          .arg(lastErrorMessage(tr("unknown error")), statePath);
            }
        }
        if (!request.sharedStorage && !copies.isEmpty()) {
            // A domain defined on the destination by a failed restore was already undefined.
            QStringList left;
            for (const QString &name : copies) {
                if (!deleteVolume(destination, request.destinationPool, name))
                    left.append(name);
            }
            if (!left.isEmpty())
                text += QLatin1Char(' ')
                    + tr("These copies could not be deleted from pool “%1”: %2")
                          .arg(request.destinationPool, Tr::joinedList(left));
        }
        const FinalHost where = whereRunning(source, destination, uuid);
        const State state = running ? finalState : State::Failed;
        QMetaObject::invokeMethod(
            this, [this, state, text, where] { finish(state, text, where); }, Qt::QueuedConnection);
    });
}

void SaveStateMoveJob::finish(State state, const QString &message, FinalHost where)
{
    m_finalHost = where;
    m_errorMessage = state == State::Completed ? QString() : message;
    setState(state);
    Q_EMIT finished(state == State::Completed, message);
}
