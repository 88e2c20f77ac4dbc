// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: Virt Ferry contributors
#include "StorageService.h"

#include "LibvirtCalls.h"
#include "LibvirtError.h"
#include "StoragePoolListModel.h"
#include "Tr.h"

#include <QXmlStreamReader>

#include <libvirt/virterror.h>

#include <algorithm>
#include <cstdlib>

namespace {

using Libvirt::lastErrorMessage;
using Libvirt::takeString;

// The volume's format is <volume><target><format type='…'/>; <backingStore> has a
// <format> of its own, which must not be taken for it.
QString volumeFormatFromXml(const QString &xml)
{
    QXmlStreamReader reader(xml);
    int depth = 0;
    bool inTarget = false;
    while (!reader.atEnd()) {
        const auto token = reader.readNext();
        if (token == QXmlStreamReader::StartElement) {
            ++depth;
            if (depth == 2)
                inTarget = reader.name() == u"target";
            else if (depth == 3 && inTarget && reader.name() == u"format")
                return reader.attributes().value(QLatin1StringView("type")).toString();
        } else if (token == QXmlStreamReader::EndElement) {
            --depth;
        }
    }
    return {};
}

QString sourceDescription(const PoolDefinition &definition)
{
    if (!definition.sourceHost.isEmpty())
        return definition.sourceDir.isEmpty() ? definition.sourceHost
                                              : definition.sourceHost + u':' + definition.sourceDir;
    if (definition.type == u"logical" && !definition.sourceName.isEmpty())
        return definition.sourceName;
    if (!definition.sourceDevice.isEmpty())
        return definition.sourceDevice;
    if (!definition.sourceDir.isEmpty())
        return definition.sourceDir;
    return definition.sourceName;
}

QString poolUuid(virStoragePoolPtr pool)
{
    char uuid[VIR_UUID_STRING_BUFLEN];
    if (virStoragePoolGetUUIDString(pool, uuid) < 0)
        return {};
    return QString::fromLatin1(uuid);
}

} // namespace

int StorageService::onPoolLifecycleEvent(virConnectPtr, virStoragePoolPtr pool, int, int, void *opaque)
{
    Sink::from(opaque)->post([uuid = poolUuid(pool), name = QString::fromUtf8(virStoragePoolGetName(pool))](
                                 StorageService *service) { service->handlePoolEvent(uuid, name, false); });
    return 0;
}

int StorageService::onPoolRefreshEvent(virConnectPtr, virStoragePoolPtr pool, void *opaque)
{
    Sink::from(opaque)->post([uuid = poolUuid(pool), name = QString::fromUtf8(virStoragePoolGetName(pool))](
                                 StorageService *service) { service->handlePoolEvent(uuid, name, true); });
    return 0;
}

StorageService::StorageService(QObject *parent)
    : QObject(parent)
    , m_sink(std::make_shared<Sink>())
{
    m_sink->target = this;
}

StorageService::~StorageService()
{
    m_sink->clearTarget();
    detach();
}

void StorageService::attach(virConnectPtr connection)
{
    detach();
    m_connection = connection;
    m_lifecycleCallbackId = registerPoolEvent(VIR_STORAGE_POOL_EVENT_ID_LIFECYCLE,
                                              VIR_STORAGE_POOL_EVENT_CALLBACK(onPoolLifecycleEvent));
    if (m_lifecycleCallbackId >= 0)
        m_refreshCallbackId = registerPoolEvent(VIR_STORAGE_POOL_EVENT_ID_REFRESH,
                                                VIR_STORAGE_POOL_EVENT_CALLBACK(onPoolRefreshEvent));
    if (m_lifecycleCallbackId < 0 || m_refreshCallbackId < 0)
        Q_EMIT problem(Tr::tr("Storage pools will not update by themselves: %1").arg(lastErrorMessage()));
    listPools();
}

int StorageService::registerPoolEvent(int eventId, virConnectStoragePoolEventGenericCallback callback)
{
    void *opaque = Sink::newOpaque(m_sink);
    const int callbackId =
        virConnectStoragePoolEventRegisterAny(m_connection, nullptr, eventId, callback, opaque, Sink::release);
    if (callbackId < 0)
        Sink::release(opaque); // libvirt took no reference
    return callbackId;
}

void StorageService::detach()
{
    if (!m_connection)
        return;
    if (m_lifecycleCallbackId >= 0)
        virConnectStoragePoolEventDeregisterAny(m_connection, m_lifecycleCallbackId);
    if (m_refreshCallbackId >= 0)
        virConnectStoragePoolEventDeregisterAny(m_connection, m_refreshCallbackId);
    m_lifecycleCallbackId = -1;
    m_refreshCallbackId = -1;
    m_connection = nullptr;
    m_watchedPools.clear();
    virResetLastError();
}

QString StorageService::notConnected() const
{
    return Tr::tr("Not connected.");
}

void StorageService::listPools()
{
    if (!m_connection)
        return;
    virStoragePoolPtr *pools = nullptr;
    const int count = virConnectListAllStoragePools(m_connection, &pools, 0);
    if (count < 0) {
        Q_EMIT problem(Tr::tr("Cannot list the storage pools: %1").arg(lastErrorMessage()));
        Q_EMIT poolsListed({});
        return;
    }
    QList<PoolInfo> infos;
    for (int i = 0; i < count; ++i) {
        Libvirt::StoragePoolPtr pool(pools[i]);
        if (auto info = readPoolInfo(pool.get()))
            infos.append(std::move(*info));
    }
    std::free(pools);
    std::sort(infos.begin(), infos.end(), [](const PoolInfo &a, const PoolInfo &b) { return a.name < b.name; });
    Q_EMIT poolsListed(infos);
}

std::optional<PoolInfo> StorageService::readPoolInfo(virStoragePoolPtr pool) const
{
    PoolInfo info;
    info.uuid = poolUuid(pool);
    virStoragePoolInfo raw;
    if (info.uuid.isEmpty() || virStoragePoolGetInfo(pool, &raw) < 0) {
        virResetLastError();
        return std::nullopt; // vanished between listing and asking; its event follows
    }
    info.name = QString::fromUtf8(virStoragePoolGetName(pool));
    info.state = static_cast<PoolState>(raw.state);
    info.capacityBytes = raw.capacity;
    info.allocationBytes = raw.allocation;
    info.availableBytes = raw.available;
    int autostart = 0;
    info.autostart = virStoragePoolGetAutostart(pool, &autostart) == 0 && autostart == 1;
    info.persistent = virStoragePoolIsPersistent(pool) == 1;
    if (char *xml = virStoragePoolGetXMLDesc(pool, 0)) {
        if (const auto definition = PoolDefinition::fromXml(takeString(xml))) {
            info.type = definition->type;
            info.targetPath = definition->targetPath;
            info.sourceDescription = sourceDescription(*definition);
        }
    }
    virResetLastError();
    return info;
}

std::optional<QList<VolumeInfo>> StorageService::readVolumes(virStoragePoolPtr pool, QString *errorMessage) const
{
    QList<VolumeInfo> infos;
    if (virStoragePoolIsActive(pool) != 1) {
        virResetLastError();
        return infos; // an inactive pool has no volumes to show
    }
    const QString poolName = QString::fromUtf8(virStoragePoolGetName(pool));
    virStorageVolPtr *volumes = nullptr;
    const int count = virStoragePoolListAllVolumes(pool, &volumes, 0);
    if (count < 0) {
        *errorMessage = Tr::tr("Cannot list the volumes of %1: %2").arg(poolName, lastErrorMessage());
        return std::nullopt;
    }
    for (int i = 0; i < count; ++i) {
        Libvirt::StorageVolPtr volume(volumes[i]);
        VolumeInfo info;
        info.poolName = poolName;
        info.name = QString::fromUtf8(virStorageVolGetName(volume.get()));
        info.key = QString::fromUtf8(virStorageVolGetKey(volume.get()));
        if (char *path = virStorageVolGetPath(volume.get()))
            info.path = takeString(path);
        virStorageVolInfo raw;
        if (virStorageVolGetInfo(volume.get(), &raw) == 0) {
            info.type = static_cast<VolumeType>(raw.type);
            info.capacityBytes = raw.capacity;
            info.allocationBytes = raw.allocation;
        }
        if (char *xml = virStorageVolGetXMLDesc(volume.get(), 0))
            info.format = volumeFormatFromXml(takeString(xml));
        infos.append(std::move(info));
    }
    std::free(volumes);
    virResetLastError();
    std::sort(infos.begin(), infos.end(), [](const VolumeInfo &a, const VolumeInfo &b) { return a.name < b.name; });
    return infos;
}

Libvirt::StoragePoolPtr StorageService::poolForRequest(quint64 requestId, const QString &poolName)
{
    QString error;
    Libvirt::StoragePoolPtr pool = lookUpPool(poolName, &error);
    if (!pool)
        Q_EMIT requestFinished(requestId, false, error);
    return pool;
}

Libvirt::StoragePoolPtr StorageService::lookUpPool(const QString &poolName, QString *errorMessage) const
{
    if (!m_connection) {
        *errorMessage = notConnected();
        return {};
    }
    Libvirt::StoragePoolPtr pool(virStoragePoolLookupByName(m_connection, poolName.toUtf8().constData()));
    if (!pool) {
        const LibvirtError error = LibvirtError::fromLastError();
        *errorMessage = error.code() == VIR_ERR_NO_STORAGE_POOL
            ? Tr::tr("There is no storage pool named “%1”.").arg(poolName)
            : error.message();
    }
    return pool;
}

void StorageService::handlePoolEvent(const QString &uuid, const QString &name, bool refreshed)
{
    if (!m_connection)
        return;
    Q_UNUSED(refreshed) // a start, stop or refresh all change what the pool holds
    rereadPool(uuid);
    if (m_watchedPools.contains(name))
        announceVolumes(name);
}

void StorageService::rereadPool(const QString &uuid)
{
    if (!m_connection || uuid.isEmpty())
        return;
    Libvirt::StoragePoolPtr pool(virStoragePoolLookupByUUIDString(m_connection, uuid.toLatin1().constData()));
    std::optional<PoolInfo> info;
    if (pool)
        info = readPoolInfo(pool.get());
    if (info) {
        Q_EMIT poolsChanged({*info});
        return;
    }
    const LibvirtError error = LibvirtError::fromLastError();
    if (!pool && error.code() != VIR_ERR_NO_STORAGE_POOL) {
        Q_EMIT problem(error.message());
        return;
    }
    Q_EMIT poolsRemoved({uuid});
}

void StorageService::announceVolumes(const QString &poolName)
{
    QString error;
    Libvirt::StoragePoolPtr pool(virStoragePoolLookupByName(m_connection, poolName.toUtf8().constData()));
    if (!pool) {
        virResetLastError();
        Q_EMIT volumesListed(0, poolName, {}); // undefined: nothing left to show
        return;
    }
    if (const auto volumes = readVolumes(pool.get(), &error))
        Q_EMIT volumesListed(0, poolName, *volumes);
    else
        Q_EMIT problem(error);
}

void StorageService::listVolumes(quint64 requestId, const QString &poolName)
{
    if (!m_connection) {
        Q_EMIT volumesListed(requestId, poolName, {});
        return;
    }
    m_watchedPools.insert(poolName);
    QString error;
    Libvirt::StoragePoolPtr pool = lookUpPool(poolName, &error);
    std::optional<QList<VolumeInfo>> volumes;
    if (pool)
        volumes = readVolumes(pool.get(), &error);
    if (!volumes)
        Q_EMIT problem(error);
    Q_EMIT volumesListed(requestId, poolName, volumes.value_or(QList<VolumeInfo>()));
}

void StorageService::runPoolAction(quint64 requestId, const QString &poolName, PoolAction action, bool flag)
{
    Libvirt::StoragePoolPtr pool = poolForRequest(requestId, poolName);
    if (!pool)
        return;
    const QString uuid = poolUuid(pool.get());
    const QString error = runPoolActionOn(pool.get(), action, flag);
    Q_EMIT requestFinished(requestId, error.isEmpty(), error);
    // Events normally report the change; drivers without pool events still show it.
    handlePoolEvent(uuid, poolName, true);
}

QString StorageService::runPoolActionOn(virStoragePoolPtr pool, PoolAction action, bool flag)
{
    int result = 0;
    switch (action) {
    case PoolAction::Start:
        result = virStoragePoolCreate(pool, 0);
        break;
    case PoolAction::Stop:
        result = virStoragePoolDestroy(pool);
        break;
    case PoolAction::Refresh:
        result = virStoragePoolRefresh(pool, 0);
        break;
    case PoolAction::SetAutostart:
        result = virStoragePoolSetAutostart(pool, flag ? 1 : 0);
        break;
    case PoolAction::Delete:
        return deletePool(pool, flag);
    }
    return result < 0 ? lastErrorMessage() : QString();
}

QString StorageService::deletePool(virStoragePoolPtr pool, bool deleteContents)
{
    bool active = virStoragePoolIsActive(pool) == 1;
    const bool persistent = virStoragePoolIsPersistent(pool) == 1;
    if (deleteContents) {
        // Volumes can only be listed and deleted while the pool runs.
        if (!active && virStoragePoolCreate(pool, 0) == 0)
            active = true;
        virResetLastError();
        if (active) {
            virStorageVolPtr *volumes = nullptr;
            const int count = virStoragePoolListAllVolumes(pool, &volumes, 0);
            if (count < 0)
                return Tr::tr("Cannot list the volumes to delete: %1").arg(lastErrorMessage());
            QStringList failures;
            for (int i = 0; i < count; ++i) {
                Libvirt::StorageVolPtr volume(volumes[i]);
                if (virStorageVolDelete(volume.get(), 0) < 0)
                    failures.append(Tr::tr("%1: %2").arg(QString::fromUtf8(virStorageVolGetName(volume.get())),
                                                         lastErrorMessage()));
            }
            std::free(volumes);
            if (!failures.isEmpty())
                return Tr::tr("Some volumes could not be deleted, so the pool was kept:\n%1").arg(failures.join(u'\n'));
        }
    }
    if (active && virStoragePoolDestroy(pool) < 0)
        return Tr::tr("Cannot stop the pool: %1").arg(lastErrorMessage());
    if (deleteContents && persistent && virStoragePoolDelete(pool, 0) < 0)
        return Tr::tr("The volumes were deleted, but not the pool's own storage: %1").arg(lastErrorMessage());
    if (persistent && virStoragePoolUndefine(pool) < 0)
        return Tr::tr("Cannot remove the pool's definition: %1").arg(lastErrorMessage());
    return {};
}

void StorageService::finishVolumeChange(quint64 requestId, virStoragePoolPtr pool, const QString &poolName,
                                        const QString &error)
{
    Q_EMIT requestFinished(requestId, error.isEmpty(), error);
    if (!error.isEmpty())
        return;
    // libvirt has no volume events: show the change, and the pool's new allocation.
    announceVolumes(poolName);
    rereadPool(poolUuid(pool));
}

QString StorageService::createVolumeIn(virStoragePoolPtr pool, const VolumeDefinition &volume)
{
    const QString poolName = QString::fromUtf8(virStoragePoolGetName(pool));
    if (QString error = StorageValidation::volumeNameError(volume.name); !error.isEmpty())
        return error;
    if (QString error = StorageValidation::capacityError(volume.capacityBytes, std::nullopt); !error.isEmpty())
        return error;
    if (volume.allocationBytes > volume.capacityBytes)
        return Tr::tr("The allocation (%1) cannot be larger than the capacity (%2).")
            .arg(formatBytes(volume.allocationBytes), formatBytes(volume.capacityBytes));
    if (!volume.backingPath.isEmpty() && volume.format != u"qcow2")
        return Tr::tr("Only qcow2 volumes can have a backing volume.");
    if (virStoragePoolIsActive(pool) != 1)
        return Tr::tr("Pool %1 is not active; start it first.").arg(poolName);
    virStoragePoolInfo info;
    if (virStoragePoolGetInfo(pool, &info) < 0)
        return lastErrorMessage();
    // A thin volume may promise more than is free; what is allocated now must fit.
    if (volume.allocationBytes > info.available)
        return Tr::tr("Allocating %1 needs more than the %2 free in pool %3.")
            .arg(formatBytes(volume.allocationBytes), formatBytes(info.available), poolName);
    if (Libvirt::StorageVolPtr existing(virStorageVolLookupByName(pool, volume.name.toUtf8().constData())); existing)
        return Tr::tr("A volume named “%1” already exists in pool %2.").arg(volume.name, poolName);
    virResetLastError();
    Libvirt::StorageVolPtr created(virStorageVolCreateXML(pool, volume.toXml().toUtf8().constData(), 0));
    return created ? QString() : lastErrorMessage();
}

void StorageService::createVolume(quint64 requestId, const QString &poolName, const VolumeDefinition &volume)
{
    Libvirt::StoragePoolPtr pool = poolForRequest(requestId, poolName);
    if (!pool)
        return;
    finishVolumeChange(requestId, pool.get(), poolName, createVolumeIn(pool.get(), volume));
}

void StorageService::deleteVolume(quint64 requestId, const QString &poolName, const QString &volumeName)
{
    Libvirt::StoragePoolPtr pool = poolForRequest(requestId, poolName);
    if (!pool)
        return;
    QString error;
    Libvirt::StorageVolPtr volume(virStorageVolLookupByName(pool.get(), volumeName.toUtf8().constData()));
    if (!volume)
        error = lastErrorMessage();
    else if (virStorageVolDelete(volume.get(), 0) < 0)
        error = lastErrorMessage();
    finishVolumeChange(requestId, pool.get(), poolName, error);
}

void StorageService::resizeVolume(quint64 requestId, const QString &poolName, const QString &volumeName,
                                  quint64 capacityBytes)
{
    Libvirt::StoragePoolPtr pool = poolForRequest(requestId, poolName);
    if (!pool)
        return;
    QString error = StorageValidation::capacityError(capacityBytes, std::nullopt);
    Libvirt::StorageVolPtr volume;
    if (error.isEmpty()) {
        volume.reset(virStorageVolLookupByName(pool.get(), volumeName.toUtf8().constData()));
        if (!volume)
            error = lastErrorMessage();
    }
    virStorageVolInfo info;
    if (volume && virStorageVolGetInfo(volume.get(), &info) < 0)
        error = lastErrorMessage();
    else if (volume && capacityBytes < info.capacity)
        error = Tr::tr("%1 is smaller than the volume's %2: shrinking would destroy data, so only growing is "
                       "supported.")
                    .arg(formatBytes(capacityBytes), formatBytes(info.capacity));
    else if (volume && capacityBytes > info.capacity && virStorageVolResize(volume.get(), capacityBytes, 0) < 0)
        error = lastErrorMessage();
    finishVolumeChange(requestId, pool.get(), poolName, error);
}

void StorageService::cloneVolume(quint64 requestId, const QString &poolName, const QString &volumeName,
                                 const QString &cloneName)
{
    Libvirt::StoragePoolPtr pool = poolForRequest(requestId, poolName);
    if (!pool)
        return;
    QString error = StorageValidation::volumeNameError(cloneName);
    Libvirt::StorageVolPtr source;
    if (error.isEmpty()) {
        source.reset(virStorageVolLookupByName(pool.get(), volumeName.toUtf8().constData()));
        if (!source)
            error = lastErrorMessage();
    }
    if (error.isEmpty()) {
        if (Libvirt::StorageVolPtr existing(virStorageVolLookupByName(pool.get(), cloneName.toUtf8().constData()));
            existing)
            error = Tr::tr("A volume named “%1” already exists in pool %2.").arg(cloneName, poolName);
        virResetLastError();
    }
    virStorageVolInfo info;
    if (error.isEmpty() && virStorageVolGetInfo(source.get(), &info) < 0)
        error = lastErrorMessage();
    if (error.isEmpty()) {
        VolumeDefinition clone;
        clone.name = cloneName;
        clone.capacityBytes = info.capacity;
        if (char *xml = virStorageVolGetXMLDesc(source.get(), 0))
            clone.format = volumeFormatFromXml(takeString(xml));
        Libvirt::StorageVolPtr created(
            virStorageVolCreateXMLFrom(pool.get(), clone.toXml().toUtf8().constData(), source.get(), 0));
        if (!created)
            error = lastErrorMessage();
    }
    finishVolumeChange(requestId, pool.get(), poolName, error);
}

QString StorageService::startAndAutostart(virStoragePoolPtr pool, const PoolSetup &setup)
{
    if (setup.start && virStoragePoolIsActive(pool) != 1 && virStoragePoolCreate(pool, 0) < 0)
        return Tr::tr("Cannot start the pool: %1").arg(lastErrorMessage());
    int autostart = 0;
    if (setup.autostart && (virStoragePoolGetAutostart(pool, &autostart) < 0 || autostart != 1)
        && virStoragePoolSetAutostart(pool, 1) < 0)
        return Tr::tr("Cannot mark the pool to start with the host: %1").arg(lastErrorMessage());
    virResetLastError();
    return {};
}

void StorageService::ensurePool(quint64 requestId, const PoolDefinition &definition, const PoolSetup &setup)
{
    if (!m_connection) {
        Q_EMIT poolEnsured(requestId, EnsurePoolOutcome::Failed, notConnected());
        return;
    }
    QString error = StorageValidation::poolNameError(definition.name);
    if (error.isEmpty() && !definition.targetPath.isEmpty())
        error = StorageValidation::absolutePathError(definition.targetPath);
    if (!error.isEmpty()) {
        Q_EMIT poolEnsured(requestId, EnsurePoolOutcome::Failed, error);
        return;
    }
    const QByteArray name = definition.name.toUtf8();
    if (Libvirt::StoragePoolPtr existing(virStoragePoolLookupByName(m_connection, name.constData())); existing) {
        char *xml = virStoragePoolGetXMLDesc(existing.get(), VIR_STORAGE_XML_INACTIVE);
        if (!xml && LibvirtError::fromLastError().code() == VIR_ERR_INVALID_ARG) {
            // Drivers without the flag (the test driver) have no separate inactive definition.
            xml = virStoragePoolGetXMLDesc(existing.get(), 0);
        }
        const auto present = xml ? PoolDefinition::fromXml(takeString(xml), &error) : std::nullopt;
        if (!present) {
            Q_EMIT poolEnsured(requestId, EnsurePoolOutcome::Failed, error.isEmpty() ? lastErrorMessage() : error);
            return;
        }
        if (const QStringList differences = present->differencesFrom(definition); !differences.isEmpty()) {
            Q_EMIT poolEnsured(requestId, EnsurePoolOutcome::Conflict,
                               Tr::tr("A different pool named “%1” exists: %2. It was left unchanged.")
                                   .arg(definition.name, differences.join(QStringLiteral("; "))));
            return;
        }
        error = startAndAutostart(existing.get(), setup);
        Q_EMIT poolEnsured(requestId, error.isEmpty() ? EnsurePoolOutcome::AlreadyIdentical : EnsurePoolOutcome::Failed,
                           error);
        rereadPool(poolUuid(existing.get()));
        return;
    }
    if (const LibvirtError lookupError = LibvirtError::fromLastError(); lookupError.code() != VIR_ERR_NO_STORAGE_POOL) {
        Q_EMIT poolEnsured(requestId, EnsurePoolOutcome::Failed, lookupError.message());
        return;
    }
    Libvirt::StoragePoolPtr pool(virStoragePoolDefineXML(m_connection, definition.toXml().toUtf8().constData(), 0));
    if (!pool) {
        Q_EMIT poolEnsured(requestId, EnsurePoolOutcome::Failed, lastErrorMessage());
        return;
    }
    // Never VIR_STORAGE_POOL_BUILD_OVERWRITE: building must not format anyone's data.
    if (setup.build && virStoragePoolBuild(pool.get(), 0) < 0)
        error = Tr::tr("Cannot build the pool: %1").arg(lastErrorMessage());
    if (error.isEmpty())
        error = startAndAutostart(pool.get(), setup);
    if (!error.isEmpty()) {
        // Leave the host as it was rather than with a half-made pool.
        if (virStoragePoolIsActive(pool.get()) == 1)
            virStoragePoolDestroy(pool.get());
        if (virStoragePoolUndefine(pool.get()) == 0)
            error += u' ' + Tr::tr("The definition was removed again.");
        virResetLastError();
        Q_EMIT poolEnsured(requestId, EnsurePoolOutcome::Failed, error);
        return;
    }
    Q_EMIT poolEnsured(requestId, EnsurePoolOutcome::Created, {});
    rereadPool(poolUuid(pool.get()));
}

void StorageService::readPoolCapabilities(quint64 requestId)
{
    if (!m_connection) {
        Q_EMIT poolCapabilitiesReady(requestId, {}, notConnected());
        return;
    }
    char *xml = virConnectGetStoragePoolCapabilities(m_connection, 0);
    if (!xml) {
        Q_EMIT poolCapabilitiesReady(
            requestId, {},
            Tr::tr("This host cannot tell which storage pool types it supports: %1").arg(lastErrorMessage()));
        return;
    }
    QString error;
    const QList<PoolTypeSupport> types = parsePoolCapabilities(takeString(xml), &error);
    Q_EMIT poolCapabilitiesReady(requestId, types, error);
}

void StorageService::readPoolXml(quint64 requestId, const QString &poolName)
{
    QString error;
    Libvirt::StoragePoolPtr pool = lookUpPool(poolName, &error);
    if (!pool) {
        Q_EMIT poolXmlReady(requestId, {}, error);
        return;
    }
    char *xml = virStoragePoolGetXMLDesc(pool.get(), 0);
    if (!xml) {
        Q_EMIT poolXmlReady(requestId, {}, lastErrorMessage());
        return;
    }
    Q_EMIT poolXmlReady(requestId, takeString(xml), {});
}

void StorageService::readDomainXml(quint64 requestId, const QString &uuid, bool inactive)
{
    Libvirt::DomainPtr domain(virDomainLookupByUUIDString(m_connection, uuid.toLatin1().constData()));
    if (!domain) {
        Q_EMIT domainXmlReady(requestId, uuid, {}, lastErrorMessage());
        return;
    }
    char *xml = virDomainGetXMLDesc(domain.get(), inactive ? VIR_DOMAIN_XML_INACTIVE : 0);
    if (!xml) {
        Q_EMIT domainXmlReady(requestId, uuid, {}, lastErrorMessage());
        return;
    }
    Q_EMIT domainXmlReady(requestId, uuid, takeString(xml), {});
}

void StorageService::defineDomain(quint64 requestId, const QString &domainXml, bool start)
{
    if (!m_connection) {
        Q_EMIT domainDefined(requestId, false, {}, notConnected());
        return;
    }
    Libvirt::DomainPtr domain(
        virDomainDefineXMLFlags(m_connection, domainXml.toUtf8().constData(), VIR_DOMAIN_DEFINE_VALIDATE));
    if (!domain) {
        Q_EMIT domainDefined(requestId, false, {}, lastErrorMessage());
        return;
    }
    char uuidBuffer[VIR_UUID_STRING_BUFLEN];
    const QString uuid = virDomainGetUUIDString(domain.get(), uuidBuffer) == 0 ? QString::fromLatin1(uuidBuffer)
                                                                               : QString();
    if (start && virDomainCreate(domain.get()) < 0) {
        Q_EMIT domainDefined(requestId, false, uuid,
                             Tr::tr("The virtual machine was defined but did not start: %1").arg(lastErrorMessage()));
        return;
    }
    Q_EMIT domainDefined(requestId, true, uuid, {});
}

void StorageService::listNetworks(quint64 requestId)
{
    if (!m_connection) {
        Q_EMIT networksListed(requestId, {}, {}, notConnected());
        return;
    }
    virNetworkPtr *networks = nullptr;
    const int networkCount = virConnectListAllNetworks(m_connection, &networks, 0);
    if (networkCount < 0) {
        Q_EMIT networksListed(requestId, {}, {}, Tr::tr("Cannot list the networks: %1").arg(lastErrorMessage()));
        return;
    }
    QList<QPair<bool, QString>> found; // (inactive, name): active ones sort first
    for (int i = 0; i < networkCount; ++i) {
        Libvirt::NetworkPtr network(networks[i]);
        found.append({virNetworkIsActive(network.get()) != 1, QString::fromUtf8(virNetworkGetName(network.get()))});
    }
    std::free(networks);
    std::sort(found.begin(), found.end());
    QStringList networkNames;
    for (const auto &[inactive, name] : std::as_const(found))
        networkNames.append(name);

    QStringList bridges;
    virInterfacePtr *interfaces = nullptr;
    // Hosts without an interface driver (netcf) simply offer no bridges.
    const int interfaceCount = virConnectListAllInterfaces(m_connection, &interfaces, 0);
    for (int i = 0; i < interfaceCount; ++i) {
        Libvirt::InterfacePtr interface(interfaces[i]);
        char *xml = virInterfaceGetXMLDesc(interface.get(), 0);
        if (!xml)
            continue;
        QXmlStreamReader reader(takeString(xml));
        if (reader.readNextStartElement() && reader.name() == u"interface"
            && reader.attributes().value(QLatin1StringView("type")) == u"bridge")
            bridges.append(reader.attributes().value(QLatin1StringView("name")).toString());
    }
    if (interfaceCount >= 0)
        std::free(interfaces);
    virResetLastError();
    bridges.sort();
    Q_EMIT networksListed(requestId, networkNames, bridges, {});
}

void StorageService::readCapabilitiesXml(quint64 requestId)
{
    if (!m_connection) {
        Q_EMIT capabilitiesXmlReady(requestId, {}, notConnected());
        return;
    }
    char *xml = virConnectGetCapabilities(m_connection);
    if (!xml) {
        Q_EMIT capabilitiesXmlReady(requestId, {}, lastErrorMessage());
        return;
    }
    Q_EMIT capabilitiesXmlReady(requestId, takeString(xml), {});
}
