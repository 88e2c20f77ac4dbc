// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: Virt Ferry contributors
#include "OfflineMoveJob.h"

#include "DomainDisks.h"
#include "LibvirtCalls.h"
#include "LibvirtError.h"
#include "LibvirtHandles.h"
#include "Tr.h"

#include <QCryptographicHash>
#include <QSet>
#include <QThread>

#include <libvirt/virterror.h>

#include <algorithm>
#include <vector>

namespace {

using Libvirt::hostLabel;
using Libvirt::lastErrorMessage;
using Libvirt::takeString;

struct HashSink
{
    QCryptographicHash hash { QCryptographicHash::Sha256 };
    const std::atomic_bool *cancel = nullptr;
    quint64 bytes = 0;
};

int hashData(virStreamPtr, const char *data, size_t bytes, void *opaque)
{
    auto *sink = static_cast<HashSink *>(opaque);
    if (sink->cancel->load())
        return -1;
    sink->hash.addData(QByteArrayView(data, qsizetype(bytes)));
    sink->bytes += bytes;
    return int(bytes);
}

int hashHole(virStreamPtr, long long length, void *opaque)
{
    auto *sink = static_cast<HashSink *>(opaque);
    // Hashed as the zeros a reader sees: one host may store as a hole what the other
    // stores as written zeros, and the contents are still equal.
    static const QByteArray zeros(qsizetype(1024 * 1024), '\0');
    while (length > 0) {
        if (sink->cancel->load())
            return -1;
        const qsizetype chunk = qsizetype(std::min<long long>(length, zeros.size()));
        sink->hash.addData(QByteArrayView(zeros.constData(), chunk));
        sink->bytes += quint64(chunk);
        length -= chunk;
    }
    return 0;
}

} // namespace

VolumeDigest volumeSha256(virStorageVolPtr volume, const std::atomic_bool &cancel)
{
    VolumeDigest digest;
    virConnectPtr connection = volume ? virStorageVolGetConnect(volume) : nullptr;
    Libvirt::StreamPtr stream(connection ? virStreamNew(connection, 0) : nullptr);
    if (!stream
        || virStorageVolDownload(volume, stream.get(), 0, 0, VIR_STORAGE_VOL_DOWNLOAD_SPARSE_STREAM) != 0) {
        digest.error = lastErrorMessage(OfflineMoveJob::tr("cannot read the volume"));
        return digest;
    }
    HashSink sink;
    sink.cancel = &cancel;
    if (virStreamSparseRecvAll(stream.get(), hashData, hashHole, &sink) != 0) {
        // libvirt has aborted the stream already.
        digest.cancelled = cancel.load();
        digest.error = digest.cancelled ? OfflineMoveJob::tr("cancelled")
                                        : lastErrorMessage(OfflineMoveJob::tr("reading the volume failed"));
        virResetLastError();
        return digest;
    }
    if (virStreamFinish(stream.get()) != 0) {
        digest.error = lastErrorMessage(OfflineMoveJob::tr("reading the volume failed"));
        return digest;
    }
    digest.sha256 = sink.hash.result().toHex();
    digest.bytes = sink.bytes;
    return digest;
}

struct OfflineMoveJob::CheckResult
{
    QString error;
    QString domainXml;
    QString destinationName;
    QList<OfflineMoveDisk> disks;
};

struct OfflineMoveJob::DefineResult
{
    QString error;
    QString warning;
    QString definedXml;
    bool defined = false;
};

OfflineMoveJob::OfflineMoveJob(OfflineMoveRequest request, QObject *parent)
    : QObject(parent)
    , m_request(std::move(request))
{ }

OfflineMoveJob::~OfflineMoveJob()
{
    m_cancelRequested.store(true);
    if (m_copy)
        m_copy->cancel();
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

void OfflineMoveJob::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void OfflineMoveJob::runOnThread(std::function<void()> work)
{
    // The previous step's thread has already posted its result; it is only exiting.
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
    m_thread = QThread::create(std::move(work));
    m_thread->setObjectName(QStringLiteral("OfflineMoveJob"));
    m_thread->start();
}

void OfflineMoveJob::cancel()
{
    if (isFinished() || m_state == State::Idle)
        return;
    m_cancelRequested.store(true);
    if (m_copy)
        m_copy->cancel();
}

void OfflineMoveJob::start()
{
    if (m_state != State::Idle)
        return;
    setState(State::Checking);
    if (!m_request.source || !m_request.destination) {
        finish(State::Failed, tr("Both the source and the destination host must be connected."));
        return;
    }
    if (m_request.deleteSourceVolumes && !m_request.undefineSource) {
        finish(State::Failed,
            tr("The source volumes can only be deleted when the domain is undefined on the source."));
        return;
    }
    const OfflineMoveRequest request = m_request;
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
            if (virDomainIsActive(domain.get()) != 0)
                return fail(tr("“%1” is running on %2; shut it down first, or use a live migration.")
                                .arg(request.domainName, sourceHost));
            if (virDomainIsPersistent(domain.get()) != 1)
                return fail(tr("“%1” is a transient domain; only a defined domain can be moved offline.")
                                .arg(request.domainName));
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
            unsigned char uuid[VIR_UUID_BUFLEN] = {};
            if (virDomainGetUUID(domain.get(), uuid) == 0) {
                Libvirt::DomainPtr sameUuid(virDomainLookupByUUID(destination, uuid));
                virResetLastError();
                if (sameUuid) {
                    const char *name = virDomainGetName(sameUuid.get());
                    return fail(tr("%1 already has a domain with the same UUID (“%2”).")
                                    .arg(destinationHost, QString::fromUtf8(name ? name : "")));
                }
            }

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

            QString parseError;
            const QList<DomainDisk> disks = domainDisks(result.domainXml, &parseError);
            if (!parseError.isEmpty())
                return fail(parseError);
            QSet<QString> names;
            quint64 needed = 0;
            for (const DomainDisk &disk : disks) {
                if (disk.type == QLatin1String("network"))
                    continue; // shared by nature: the destination reaches it as the source does
                if (!disk.hasSource())
                    continue; // an empty CD-ROM drive
                Libvirt::StorageVolPtr volume;
                if (disk.type == QLatin1String("volume")) {
                    volume = Libvirt::lookupVolume(source, disk.sourcePool, disk.sourceVolume);
                } else if (disk.type == QLatin1String("file") || disk.type == QLatin1String("block")) {
                    volume.reset(virStorageVolLookupByPath(source, disk.sourcePath.toUtf8().constData()));
                } else {
                    return fail(tr("Disk %1 is a %2 disk, which an offline move cannot copy.")
                                    .arg(disk.targetDev, disk.type));
                }
                virResetLastError();
                const QString shown = disk.sourcePath.isEmpty()
                    ? disk.sourcePool + QLatin1Char('/') + disk.sourceVolume
                    : disk.sourcePath;
                if (!volume)
                    return fail(disk.device == QLatin1String("disk")
                            ? tr("Disk %1 (%2) is not in any storage pool on %3, so it cannot be copied; "
                                 "add its folder as a pool first.")
                                  .arg(disk.targetDev, shown, sourceHost)
                            : tr("The %1 %2 (%3) is not in any storage pool on %4; eject it or add its "
                                 "folder as a pool first.")
                                  .arg(disk.device, disk.targetDev, shown, sourceHost));
                Libvirt::VolumeFacts facts;
                if (!Libvirt::readVolumeFacts(volume.get(), &facts))
                    return fail(tr("Cannot read the volume of disk %1 (%2): %3")
                                    .arg(disk.targetDev, shown, lastErrorMessage(tr("unknown error"))));
                if (!facts.xml.backingPath.isEmpty())
                    return fail(tr("Disk %1 (%2) is an overlay on %3; copying it alone would break the "
                                   "chain. Flatten it first.")
                                    .arg(disk.targetDev, shown, facts.xml.backingPath));
                OfflineMoveDisk move;
                move.targetDev = disk.targetDev;
                move.sourcePool = facts.pool;
                move.sourceVolume = facts.name;
                move.sourcePath = facts.path;
                move.format = facts.xml.format.isEmpty() ? QStringLiteral("raw") : facts.xml.format;
                move.capacity = facts.capacity;
                move.streamLength = facts.physical;
                if (names.contains(move.sourceVolume))
                    return fail(tr("Two disks use volumes named “%1”; they cannot land in one pool.")
                                    .arg(move.sourceVolume));
                names.insert(move.sourceVolume);
                Libvirt::StorageVolPtr existing(
                    virStorageVolLookupByName(pool.get(), move.sourceVolume.toUtf8().constData()));
                virResetLastError();
                if (existing)
                    return fail(tr("Pool “%1” on %2 already has a volume named “%3”; nothing was copied.")
                                    .arg(request.destinationPool, destinationHost, move.sourceVolume));
                needed += facts.allocation;
                result.disks.append(move);
            }
            if (needed > poolInfo.available)
                return fail(tr("Pool “%1” on %2 has %3 free, but the disks hold %4; nothing was copied.")
                                .arg(request.destinationPool, destinationHost,
                                    formatBytes(poolInfo.available), formatBytes(needed)));
        }();
        QMetaObject::invokeMethod(
            this, [this, result] { checked(result); }, Qt::QueuedConnection);
    });
}

void OfflineMoveJob::checked(const CheckResult &result)
{
    if (!result.error.isEmpty()) {
        finish(State::Failed, result.error);
        return;
    }
    if (m_cancelRequested.load()) {
        finish(State::Cancelled, tr("The move was cancelled before anything was copied."));
        return;
    }
    m_domainXml = result.domainXml;
    m_destinationName = result.destinationName;
    m_disks = result.disks;
    m_bytesTotal = 0;
    for (const OfflineMoveDisk &disk : std::as_const(m_disks))
        m_bytesTotal += disk.streamLength;
    setState(State::Copying);
    Q_EMIT progressChanged(0, m_bytesTotal);
    copyNext();
}

void OfflineMoveJob::copyNext()
{
    ++m_currentDisk;
    if (m_currentDisk >= m_disks.size()) {
        setState(State::Defining);
        const OfflineMoveRequest request = m_request;
        const QString xml = m_domainXml;
        const QString name = m_destinationName;
        const QList<OfflineMoveDisk> disks = m_disks;
        runOnThread([this, request, xml, name, disks] {
            DefineResult result;
            virConnectPtr destination = request.destination.get();
            [&] {
                if (m_cancelRequested.load())
                    return;
                // Started while its disks were being copied? Then the copies are stale.
                Libvirt::DomainPtr domain(
                    virDomainLookupByName(request.source.get(), request.domainName.toUtf8().constData()));
                if (!domain) {
                    result.error
                        = tr("“%1” disappeared from the source during the copy.").arg(request.domainName);
                    return;
                }
                if (virDomainIsActive(domain.get()) != 0) {
                    result.error = tr("“%1” was started during the copy, so the copies are out of date.")
                                       .arg(request.domainName);
                    return;
                }
                Libvirt::StoragePoolPtr pool(
                    virStoragePoolLookupByName(destination, request.destinationPool.toUtf8().constData()));
                if (pool)
                    virStoragePoolRefresh(pool.get(), 0);
                DomainXmlRewrite rewrite;
                for (const OfflineMoveDisk &disk : disks) {
                    Libvirt::StorageVolPtr copy(pool
                            ? virStorageVolLookupByName(pool.get(), disk.sourceVolume.toUtf8().constData())
                            : nullptr);
                    virStorageVolInfo info = {};
                    if (!copy || virStorageVolGetInfo(copy.get(), &info) != 0) {
                        result.error = tr("The copy of disk %1 cannot be found on the destination: %2")
                                           .arg(disk.targetDev, lastErrorMessage(tr("unknown error")));
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
                }
                if (name != request.domainName)
                    rewrite.name = name;
                QString error;
                const std::optional<QString> newXml = rewriteDomainXml(xml, rewrite, &error);
                if (!newXml) {
                    result.error = error;
                    return;
                }
                if (m_cancelRequested.load())
                    return;
                Libvirt::DomainPtr definedDomain = Libvirt::defineMovedDomain(destination, *newXml);
                if (!definedDomain) {
                    result.error = tr("%1 refused the definition: %2")
                                       .arg(hostLabel(destination), lastErrorMessage(tr("unknown error")));
                    return;
                }
                result.defined = true;
                result.definedXml = *newXml;
                if (!request.undefineSource)
                    return;
                // Snapshots' metadata would only make the undefine fail; the NVRAM file was
                // not copied and must stay with whatever the user does next.
                if (virDomainUndefineFlags(domain.get(), VIR_DOMAIN_UNDEFINE_KEEP_NVRAM) != 0) {
                    result.error = tr("The source refused to undefine “%1”: %2")
                                       .arg(request.domainName, lastErrorMessage(tr("unknown error")));
                    // One definition only: take back the one just made.
                    if (virDomainUndefine(definedDomain.get()) == 0)
                        result.defined = false;
                    virResetLastError();
                    return;
                }
                if (!request.deleteSourceVolumes)
                    return;
                // Every copy is checked before any source volume goes: same capacity and
                // the same contents, hashed on both hosts.
                std::vector<Libvirt::StorageVolPtr> sourceVolumes;
                QStringList unverified;
                for (const OfflineMoveDisk &disk : disks) {
                    Libvirt::StoragePoolPtr sourcePool(virStoragePoolLookupByName(
                        request.source.get(), disk.sourcePool.toUtf8().constData()));
                    Libvirt::StorageVolPtr volume(sourcePool ? virStorageVolLookupByName(sourcePool.get(),
                                                      disk.sourceVolume.toUtf8().constData())
                                                             : nullptr);
                    virResetLastError();
                    Libvirt::StorageVolPtr copy(pool
                            ? virStorageVolLookupByName(pool.get(), disk.sourceVolume.toUtf8().constData())
                            : nullptr);
                    virResetLastError();
                    virStorageVolInfo sourceInfo = {};
                    virStorageVolInfo copyInfo = {};
                    if (!volume || !copy || virStorageVolGetInfo(volume.get(), &sourceInfo) != 0
                        || virStorageVolGetInfo(copy.get(), &copyInfo) != 0) {
                        virResetLastError();
                        unverified.append(tr("%1 (cannot be read)").arg(disk.sourcePath));
                        sourceVolumes.emplace_back();
                        continue;
                    }
                    if (sourceInfo.capacity != copyInfo.capacity) {
                        unverified.append(tr("%1 (capacity %2, the copy %3)")
                                              .arg(disk.sourcePath, formatBytes(sourceInfo.capacity),
                                                  formatBytes(copyInfo.capacity)));
                        sourceVolumes.emplace_back();
                        continue;
                    }
                    const VolumeDigest original = volumeSha256(volume.get(), m_cancelRequested);
                    const VolumeDigest copied = original.sha256.isEmpty()
                        ? VolumeDigest()
                        : volumeSha256(copy.get(), m_cancelRequested);
                    if (original.sha256.isEmpty() || copied.sha256.isEmpty()) {
                        const QString reason = original.sha256.isEmpty() ? original.error : copied.error;
                        unverified.append(tr("%1 (checksum not computed: %2)").arg(disk.sourcePath, reason));
                        sourceVolumes.emplace_back();
                        continue;
                    }
                    if (original.sha256 != copied.sha256) {
                        unverified.append(tr("%1 (the copy's checksum differs)").arg(disk.sourcePath));
                        sourceVolumes.emplace_back();
                        continue;
                    }
                    sourceVolumes.push_back(std::move(volume));
                }
                if (!unverified.isEmpty()) {
                    result.warning = tr("Moved, but the source volumes were kept because these copies could "
                                        "not be verified: %1")
                                         .arg(Tr::joinedList(unverified));
                    return;
                }
                QStringList kept;
                for (qsizetype i = 0; i < disks.size(); ++i) {
                    const OfflineMoveDisk &disk = disks.at(i);
                    const Libvirt::StorageVolPtr &volume = sourceVolumes.at(size_t(i));
                    if (!volume || virStorageVolDelete(volume.get(), 0) != 0)
                        kept.append(
                            tr("%1 (%2)").arg(disk.sourcePath, lastErrorMessage(tr("unknown error"))));
                    virResetLastError();
                }
                if (!kept.isEmpty())
                    result.warning = tr("Moved, but these source volumes could not be deleted: %1")
                                         .arg(Tr::joinedList(kept));
            }();
            QMetaObject::invokeMethod(
                this, [this, result] { defined(result); }, Qt::QueuedConnection);
        });
        return;
    }

    const OfflineMoveDisk &disk = m_disks.at(m_currentDisk);
    auto *copy
        = new VolumeCopyJob(VolumeEndpoint::volume(m_request.source, disk.sourcePool, disk.sourceVolume),
            VolumeEndpoint::volume(m_request.destination, m_request.destinationPool, QString()), this);
    m_copy = copy;
    const int index = m_currentDisk;
    connect(copy, &VolumeCopyJob::progressChanged, this, [this, index](const CopyProgress &progress) {
        Q_EMIT diskProgress(index, progress);
        Q_EMIT progressChanged(m_bytesDone + progress.bytesDone, m_bytesTotal);
    });
    connect(copy, &VolumeCopyJob::finished, this, &OfflineMoveJob::copyFinished);
    if (m_cancelRequested.load())
        copy->cancel();
    copy->start();
}

void OfflineMoveJob::copyFinished(bool succeeded, const QString &message)
{
    VolumeCopyJob *copy = m_copy.data();
    const QString path = copy ? copy->destinationPath() : QString();
    if (copy)
        copy->deleteLater(); // its thread has finished: the destructor does not block
    m_copy.clear();
    if (!succeeded) {
        if (m_cancelRequested.load())
            cleanUp(State::Cancelled, tr("The move was cancelled; the copies made so far were deleted."));
        else
            cleanUp(State::Failed,
                tr("Copying disk %1 failed: %2").arg(m_disks.at(m_currentDisk).targetDev, message));
        return;
    }
    m_disks[m_currentDisk].destinationPath = path;
    m_bytesDone += m_disks.at(m_currentDisk).streamLength;
    Q_EMIT progressChanged(m_bytesDone, m_bytesTotal);
    if (m_cancelRequested.load()) {
        cleanUp(State::Cancelled, tr("The move was cancelled; the copies made so far were deleted."));
        return;
    }
    copyNext();
}

void OfflineMoveJob::defined(const DefineResult &result)
{
    if (result.error.isEmpty() && !m_cancelRequested.load()) {
        m_definedXml = result.definedXml;
        finish(State::Completed, result.warning);
        return;
    }
    if (result.defined && !result.error.isEmpty()) {
        // The source refused to undefine and the destination refused to take its copy
        // back: say exactly where things stand, and keep the copies the new one uses.
        m_definedXml = result.definedXml;
        finish(State::Failed,
            result.error + QLatin1Char(' ')
                + tr("“%1” is now defined on both hosts; undefine one of them.").arg(m_request.domainName));
        return;
    }
    if (result.defined) {
        // Cancelled after the define went through: the move is done; say so rather than
        // pretend it was undone.
        m_definedXml = result.definedXml;
        finish(State::Completed, tr("The move had already finished when it was cancelled."));
        return;
    }
    if (result.error.isEmpty())
        cleanUp(State::Cancelled, tr("The move was cancelled; the copies made so far were deleted."));
    else
        cleanUp(State::Failed, result.error);
}

void OfflineMoveJob::cleanUp(State finalState, const QString &message)
{
    setState(State::CleaningUp);
    QStringList volumes;
    // The disk that failed was removed by its own copy job; the earlier ones are ours.
    for (const OfflineMoveDisk &disk : std::as_const(m_disks)) {
        if (!disk.destinationPath.isEmpty())
            volumes.append(disk.sourceVolume);
    }
    const OfflineMoveRequest request = m_request;
    runOnThread([this, request, volumes, finalState, message] {
        QStringList left;
        Libvirt::StoragePoolPtr pool(virStoragePoolLookupByName(
            request.destination.get(), request.destinationPool.toUtf8().constData()));
        for (const QString &name : volumes) {
            Libvirt::StorageVolPtr volume(
                pool ? virStorageVolLookupByName(pool.get(), name.toUtf8().constData()) : nullptr);
            if (!volume || virStorageVolDelete(volume.get(), 0) != 0)
                left.append(name);
            virResetLastError();
        }
        QString text = message;
        if (!left.isEmpty())
            text += QLatin1Char(' ')
                + tr("These copies could not be deleted from pool “%1”: %2")
                      .arg(request.destinationPool, Tr::joinedList(left));
        QMetaObject::invokeMethod(
            this, [this, finalState, text] { finish(finalState, text); }, Qt::QueuedConnection);
    });
}

void OfflineMoveJob::finish(State state, const QString &message)
{
    m_errorMessage = state == State::Completed ? QString() : message;
    setState(state);
    Q_EMIT finished(state == State::Completed, message);
}
