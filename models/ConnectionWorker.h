// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: Virt Ferry contributors
#pragma once

#include "ConnectionHandle.h"
#include "CredentialExchange.h"
#include "DomainInfo.h"
#include "LibvirtError.h"
#include "LibvirtHandles.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QSet>

#include <atomic>
#include <memory>

class QTimer;
class StorageService;

// Owns one virConnectPtr and makes every call on it, on its own thread (one worker per
// connection, so a dead host stalls nobody else). Slots are invoked queued from the GUI
// thread; results go back as signals. Libvirt event callbacks arrive on the libvirt
// event-loop thread and are only forwarded here.
class ConnectionWorker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionWorker)

public:
    explicit ConnectionWorker(QString uri);
    ~ConnectionWorker() override;

    // Thread-safe. After this the worker emits nothing and closes its connection as
    // soon as the blocking call it may be stuck in returns.
    void abandon();
    bool isAbandoned() const { return m_abandoned.load(); }
    // The storage calls, on this worker's thread; created with the worker (so requests
    // never find it missing) and attached to the connection once it is open.
    StorageService *storage() const { return m_storage; }

public Q_SLOTS:
    void open(int keepAliveIntervalSeconds, int keepAliveCount);
    void setStatsInterval(int milliseconds); // 0 pauses
    void runDomainAction(quint64 requestId, const QString &uuid, DomainAction action, bool deleteStorage);
    void closeConnection();

Q_SIGNALS:
    void opened(const HostInfo &hostInfo, const ConnectionHandle &handle);
    void openFailed(const LibvirtError &error);
    void credentialsRequested(const CredentialExchangePtr &exchange);
    void domainsListed(const QList<DomainInfo> &domains);
    void domainsChanged(const QList<DomainInfo> &domains);
    void domainsRemoved(const QStringList &uuids);
    void statsSampled(const QList<DomainStatsSample> &samples);
    void connectionLost(const QString &reason);
    void actionFinished(quint64 requestId, const QString &uuid, DomainAction action, bool succeeded,
                        const QString &message);
    void problem(const QString &message);

private:
    using Sink = Libvirt::EventSink<ConnectionWorker>;
    static int authCallback(virConnectCredentialPtr credentials, unsigned int count, void *opaque);
    static int onLifecycleEvent(virConnectPtr, virDomainPtr domain, int event, int detail, void *opaque);
    static void onConnectionClosed(virConnectPtr, int reason, void *opaque);

    void queueDomainRefresh(const QString &uuid);
    void refreshQueuedDomains();
    void sampleStats();
    void handleClose(int reason);
    HostInfo readHostInfo();
    std::optional<DomainInfo> readDomainInfo(virDomainPtr domain);
    QStringList deleteDomainStorage(virDomainPtr domain, QString *failures);
    void releaseConnection();

    const QString m_uri;
    Libvirt::ConnectPtr m_connection;
    std::shared_ptr<Sink> m_sink;
    StorageService *m_storage = nullptr;
    int m_lifecycleCallbackId = -1;
    bool m_closeCallbackRegistered = false;
    std::atomic_bool m_abandoned = false;
    CredentialExchangePtr m_pendingExchange; // guarded by m_sink->mutex: abandon() cancels it

    QTimer *m_statsTimer = nullptr;
    QTimer *m_refreshTimer = nullptr;
    QSet<QString> m_domainsToRefresh;
    struct CpuMark
    {
        quint64 cpuTimeNs = 0;
        qint64 wallNs = 0;
    };
    QHash<QString, CpuMark> m_cpuMarks;
    QElapsedTimer m_clock;
    bool m_statsErrorReported = false;
};
