// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: Virt Ferry contributors
#pragma once

#include "LibvirtHandles.h"
#include "StorageTypes.h"

#include <QObject>
#include <QSet>

#include <memory>

// The storage (and definition) calls of one connection: pools, volumes, pool events,
// EnsurePool, networks, domain definition. Owned by the ConnectionWorker and living on
// its thread; every method is called there, queued from the GUI thread. It borrows the
// worker's virConnectPtr between attach() and detach(); outside that window every
// request fails at once with "not connected". Pool events arrive on libvirt's
// event-loop thread and are only forwarded here.
class StorageService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StorageService)

public:
    explicit StorageService(QObject *parent = nullptr);
    ~StorageService() override;

    // After the connection opened: registers pool events and lists every pool (poolsListed).
    void attach(virConnectPtr connection);
    // Before the connection closes: deregisters the events and forgets the connection.
    void detach();
    bool isAttached() const { return m_connection != nullptr; }

    void listPools();
    void listVolumes(quint64 requestId, const QString &poolName);
    void runPoolAction(quint64 requestId, const QString &poolName, PoolAction action, bool flag);
    void createVolume(quint64 requestId, const QString &poolName, const VolumeDefinition &volume);
    void deleteVolume(quint64 requestId, const QString &poolName, const QString &volumeName);
    void resizeVolume(quint64 requestId, const QString &poolName, const QString &volumeName, quint64 capacityBytes);
    void cloneVolume(quint64 requestId, const QString &poolName, const QString &volumeName, const QString &cloneName);
    void ensurePool(quint64 requestId, const PoolDefinition &definition, const PoolSetup &setup);
    void readPoolCapabilities(quint64 requestId);
    void readPoolXml(quint64 requestId, const QString &poolName);
    void readDomainXml(quint64 requestId, const QString &uuid, bool inactive);
    void defineDomain(quint64 requestId, const QString &domainXml, bool start);
    void listNetworks(quint64 requestId);
    void readCapabilitiesXml(quint64 requestId);

Q_SIGNALS:
    void poolsListed(const QList<PoolInfo> &pools);
    void poolsChanged(const QList<PoolInfo> &pools);
    void poolsRemoved(const QStringList &uuids);
    void volumesListed(quint64 requestId, const QString &poolName, const QList<VolumeInfo> &volumes);
    void requestFinished(quint64 requestId, bool succeeded, const QString &message);
    void poolEnsured(quint64 requestId, EnsurePoolOutcome outcome, const QString &message);
    void poolCapabilitiesReady(quint64 requestId, const QList<PoolTypeSupport> &types, const QString &errorMessage);
    void poolXmlReady(quint64 requestId, const QString &xml, const QString &errorMessage);
    void domainXmlReady(quint64 requestId, const QString &uuid, const QString &xml, const QString &errorMessage);
    void domainDefined(quint64 requestId, bool succeeded, const QString &uuid, const QString &message);
    void networksListed(quint64 requestId, const QStringList &networks, const QStringList &bridges,
                        const QString &errorMessage);
    void capabilitiesXmlReady(quint64 requestId, const QString &xml, const QString &errorMessage);
    void problem(const QString &message);

private:
    using Sink = Libvirt::EventSink<StorageService>;
    static int onPoolLifecycleEvent(virConnectPtr, virStoragePoolPtr pool, int event, int detail, void *opaque);
    static int onPoolRefreshEvent(virConnectPtr, virStoragePoolPtr pool, void *opaque);

    int registerPoolEvent(int eventId, virConnectStoragePoolEventGenericCallback callback);
    void handlePoolEvent(const QString &uuid, const QString &name, bool refreshed);
    void rereadPool(const QString &uuid);
    void announceVolumes(const QString &poolName);
    std::optional<PoolInfo> readPoolInfo(virStoragePoolPtr pool) const;
    std::optional<QList<VolumeInfo>> readVolumes(virStoragePoolPtr pool, QString *errorMessage) const;
    Libvirt::StoragePoolPtr lookUpPool(const QString &poolName, QString *errorMessage) const;
    // The pool a requestFinished-answered request is about, or null after answering it.
    Libvirt::StoragePoolPtr poolForRequest(quint64 requestId, const QString &poolName);
    QString runPoolActionOn(virStoragePoolPtr pool, PoolAction action, bool flag);
    QString deletePool(virStoragePoolPtr pool, bool deleteContents);
    QString createVolumeIn(virStoragePoolPtr pool, const VolumeDefinition &volume);
    void finishVolumeChange(quint64 requestId, virStoragePoolPtr pool, const QString &poolName,
                            const QString &error);
    QString startAndAutostart(virStoragePoolPtr pool, const PoolSetup &setup);
    QString notConnected() const;

    virConnectPtr m_connection = nullptr; // the worker's; borrowed between attach() and detach()
    std::shared_ptr<Sink> m_sink;
    int m_lifecycleCallbackId = -1;
    int m_refreshCallbackId = -1;
    QSet<QString> m_watchedPools; // pools whose volumes someone asked for
};
