// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: Virt Ferry contributors
#include "LibvirtCalls.h"

#include "Tr.h"

#include <QDeadlineTimer>
#include <QUrl>
#include <QUrlQuery>

#include <libvirt/virterror.h>

#include <chrono>
#include <cstdlib>
#include <thread>

namespace {

constexpr auto kRetryInterval = std::chrono::milliseconds(100);
constexpr int kDeleteRetryMs = 5000;
constexpr int kAbortAttempts = 100;

} // namespace

namespace Libvirt {

QString takeString(char *text)
{
    const QString result = QString::fromUtf8(text);
    std::free(text);
    return result;
}

QString hostLabel(virConnectPtr connection)
{
    char *name = connection ? virConnectGetHostname(connection) : nullptr;
    if (!name) {
        virResetLastError();
        return Tr::tr("the host");
    }
    return takeString(name);
}

QString domainXmlWithSecrets(virDomainPtr domain, unsigned int flags)
{
    char *xml = virDomainGetXMLDesc(domain, flags | VIR_DOMAIN_XML_SECURE);
    if (!xml) {
        virResetLastError();
        xml = virDomainGetXMLDesc(domain, flags);
    }
    return takeString(xml);
}

DomainPtr defineMovedDomain(virConnectPtr destination, const QString &domainXml)
{
    return DomainPtr(virDomainDefineXMLFlags(destination, domainXml.toUtf8().constData(), 0));
}

DomainPtr lookupDomainByUuid(virConnectPtr connection, const QString &uuid)
{
    DomainPtr domain(
        connection ? virDomainLookupByUUIDString(connection, uuid.toUtf8().constData()) : nullptr);
    if (!domain)
        virResetLastError();
    return domain;
}

ConnectPtr openPrivateConnection(virConnectPtr connection)
{
    if (!connection)
        return {};
    QUrl uri(takeString(virConnectGetURI(connection)));
    virResetLastError();
    if (!uri.isValid() || uri.host().isEmpty())
        return {};
    QUrlQuery query(uri);
    // No prompt may appear for a connection the user did not ask for: OpenSSH runs in
    // batch mode, and libvirt gets no credential callback.
    if (uri.scheme().endsWith(QLatin1String("+ssh")) && !query.hasQueryItem(QStringLiteral("no_tty"))) {
        query.addQueryItem(QStringLiteral("no_tty"), QStringLiteral("1"));
        uri.setQuery(query);
    }
    ConnectPtr opened(virConnectOpen(uri.toString(QUrl::FullyEncoded).toUtf8().constData()));
    // Without keepalive, a call on a link that went silent would wait until TCP gives up.
    if (!opened || virConnectSetKeepAlive(opened.get(), KeepAlive::kDefaultIntervalSeconds,
                       unsigned(KeepAlive::kDefaultCount)) < 0)
        virResetLastError();
    return opened;
}

StorageVolPtr lookupVolume(virConnectPtr connection, const QString &pool, const QString &name)
{
    StoragePoolPtr found(virStoragePoolLookupByName(connection, pool.toUtf8().constData()));
    StorageVolPtr volume(found ? virStorageVolLookupByName(found.get(), name.toUtf8().constData()) : nullptr);
    virResetLastError();
    return volume;
}

void refreshPool(virConnectPtr connection, const QString &pool)
{
    StoragePoolPtr found(virStoragePoolLookupByName(connection, pool.toUtf8().constData()));
    if (found)
        virStoragePoolRefresh(found.get(), 0);
    virResetLastError();
}

bool readVolumeFacts(virStorageVolPtr volume, VolumeFacts *facts)
{
    StoragePoolPtr pool(virStoragePoolLookupByVolume(volume));
    char *xml = virStorageVolGetXMLDesc(volume, 0);
    virStorageVolInfo info = {};
    virStorageVolInfo physical = {};
    if (!pool || virStorageVolGetInfo(volume, &info) != 0
        || virStorageVolGetInfoFlags(volume, &physical, VIR_STORAGE_VOL_GET_PHYSICAL) != 0 || !xml) {
        std::free(xml);
        return false;
    }
    facts->pool = QString::fromUtf8(virStoragePoolGetName(pool.get()));
    facts->name = QString::fromUtf8(virStorageVolGetName(volume));
    facts->path = takeString(virStorageVolGetPath(volume));
    facts->xml = VolumeXmlFacts::fromXml(takeString(xml));
    facts->capacity = info.capacity;
    facts->allocation = info.allocation;
    facts->physical = physical.allocation;
    return true;
}

void abortJobSoon(ConnectionHandle connection, const QString &uuid, std::function<bool()> callReturned)
{
    std::thread([connection = std::move(connection), uuid, callReturned = std::move(callReturned)] {
        DomainPtr domain = lookupDomainByUuid(connection.get(), uuid);
        if (!domain)
            return;
        for (int attempt = 0; attempt < kAbortAttempts && !callReturned(); ++attempt) {
            if (virDomainAbortJob(domain.get()) == 0)
                return;
            virResetLastError();
            std::this_thread::sleep_for(kRetryInterval);
        }
    }).detach();
}

bool deleteVolumeRetrying(virStorageVolPtr volume)
{
    const QDeadlineTimer deadline(kDeleteRetryMs);
    while (virStorageVolDelete(volume, 0) != 0) {
        virResetLastError();
        if (deadline.hasExpired())
            return false;
        std::this_thread::sleep_for(kRetryInterval);
    }
    return true;
}

bool deleteVolume(virConnectPtr connection, const QString &pool, const QString &name)
{
    StorageVolPtr volume = lookupVolume(connection, pool, name);
    return !volume || deleteVolumeRetrying(volume.get());
}

} // namespace Libvirt
