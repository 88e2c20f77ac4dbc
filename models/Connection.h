// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: Virt Ferry contributors
#pragma once

#include "ConnectionConfig.h"
#include "ConnectionHandle.h"
#include "CredentialExchange.h"
#include "DomainInfo.h"
#include "LibvirtError.h"
#include "StorageTypes.h"

#include <QDeadlineTimer>
#include <QObject>
#include <QPointer>

class ConnectionWorker;
class QThread;
class QTimer;

// The GUI thread's handle on one libvirt connection. Lives in the GUI thread and never
// blocks: every libvirt call goes to its ConnectionWorker on a thread of its own. Gives
// up on a connect attempt after a timeout (abandoning a worker stuck in a blocking call)
// and, for autoconnect connections, retries with backoff after a failure or a drop.
class Connection final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Connection)

public:
    enum class State { Disconnected, Connecting, Connected, Failed };
    Q_ENUM(State)

    static constexpr int kDefaultConnectTimeoutMs = 15000;
    static constexpr int kDefaultStatsIntervalMs = 2000;
    static constexpr int kShutdownGraceMs = 2000;

    explicit Connection(ConnectionConfig config, QObject *parent = nullptr);
    ~Connection() override;

    const ConnectionConfig &config() const { return m_config; }
    void setConfig(const ConnectionConfig &config); // reconnects if the URI changed and it was open

    State state() const { return m_state; }
    // Why it is disconnected or failed, in plain words; empty otherwise.
    const QString &stateReason() const { return m_stateReason; }
    QString stateText() const;
    const HostInfo &hostInfo() const { return m_hostInfo; }
    bool isOpen() const { return m_state == State::Connected; }

    void setConnectTimeout(int milliseconds) { m_connectTimeoutMs = milliseconds; }
    int connectTimeout() const { return m_connectTimeoutMs; }
    void setKeepAlive(int intervalSeconds, int count);
    void setStatsInterval(int milliseconds);
    void setStatsPaused(bool paused);
    bool statsPaused() const { return m_statsPaused; }
    // Holds the connect timeout while the user answers a prompt that does not pass
    // through this connection's callback (OpenSSH's askpass); resuming restarts it.
    void setConnectTimeoutHeld(bool held);
    // For autoconnect connections: first retry delay, doubled after each failure up to a minute.
    void setRetryBaseDelay(int milliseconds) { m_retryBaseDelayMs = milliseconds; }

    void open();
    void close();

    // Process exit: ask the worker to close its libvirt connection, then wait for it at
    // most until `deadline`. A worker still stuck after that is left to the OS.
    void beginShutdown();
    bool waitForShutdown(QDeadlineTimer deadline);

    // Runs on the worker; the answer comes as actionFinished with the returned id.
    quint64 requestDomainAction(const QString &uuid, DomainAction action, bool deleteStorage = false);

    // A reference on the open libvirt connection for jobs on threads of their own
    // (volume copies, export discovery); empty unless connected.
    ConnectionHandle handle() const { return m_handle; }

    // Storage and definitions, on the worker. Pools arrive as poolsListed (all of them,
    // after connecting and on refreshPools) and then as poolsChanged/poolsRemoved from
    // libvirt's storage pool lifecycle and refresh events. Each request*() returns an id;
    // the answer is the signal named in its comment, carrying that id. A request on a
    // connection that is not open fails at once (queued) with a clear message.
    void refreshPools();
    quint64 requestVolumes(const QString &poolName); // volumesListed
    quint64 requestPoolAction(const QString &poolName, PoolAction action, bool flag = false); // requestFinished
    quint64 requestCreateVolume(const QString &poolName, const VolumeDefinition &volume); // requestFinished
    quint64 requestDeleteVolume(const QString &poolName, const QString &volumeName); // requestFinished
    quint64 requestResizeVolume(const QString &poolName, const QString &volumeName,
                                quint64 capacityBytes); // requestFinished
    quint64 requestCloneVolume(const QString &poolName, const QString &volumeName,
                               const QString &cloneName); // requestFinished
    quint64 requestEnsurePool(const PoolDefinition &definition, const PoolSetup &setup); // poolEnsured
    quint64 requestPoolCapabilities(); // poolCapabilitiesReady
    quint64 requestPoolXml(const QString &poolName); // poolXmlReady
    // The live definition (or, with `inactive`, the persistent one) of a domain.
    quint64 requestDomainXml(const QString &uuid, bool inactive = false); // domainXmlReady
    quint64 requestDefineDomain(const QString &domainXml, bool start); // domainDefined
    quint64 requestNetworks(); // networksListed
    quint64 requestCapabilitiesXml(); // capabilitiesXmlReady (virConnectGetCapabilities)

Q_SIGNALS:
    void stateChanged(Connection::State state);
    void credentialsRequested(const CredentialExchangePtr &exchange);
    void domainsListed(const QList<DomainInfo> &domains); // replaces every domain
    void domainsChanged(const QList<DomainInfo> &domains);
    void domainsRemoved(const QStringList &uuids);
    void statsSampled(const QList<DomainStatsSample> &samples);
    void actionFinished(quint64 requestId, const QString &uuid, DomainAction action, bool succeeded,
                        const QString &message);
    void problem(const QString &message);
    void configChanged();

    void poolsListed(const QList<PoolInfo> &pools); // replaces every pool
    void poolsChanged(const QList<PoolInfo> &pools);
    void poolsRemoved(const QStringList &uuids);
    // requestId 0: the worker re-listed the pool by itself, after a volume changed in it
    // or the pool was refreshed.
    void volumesListed(quint64 requestId, const QString &poolName, const QList<VolumeInfo> &volumes);
    void requestFinished(quint64 requestId, bool succeeded, const QString &message);
    void poolEnsured(quint64 requestId, EnsurePoolOutcome outcome, const QString &message);
    void poolCapabilitiesReady(quint64 requestId, const QList<PoolTypeSupport> &types, const QString &errorMessage);
    void poolXmlReady(quint64 requestId, const QString &xml, const QString &errorMessage);
    void domainXmlReady(quint64 requestId, const QString &uuid, const QString &xml, const QString &errorMessage);
    void domainDefined(quint64 requestId, bool succeeded, const QString &uuid, const QString &message);
    // Names of the libvirt virtual networks (active ones first) and of the host's bridge
    // interfaces where libvirt can list interfaces.
    void networksListed(quint64 requestId, const QStringList &networks, const QStringList &bridges,
                        const QString &errorMessage);
    void capabilitiesXmlReady(quint64 requestId, const QString &xml, const QString &errorMessage);

private:
    void setState(State state, const QString &reason = {});
    void startWorker();
    void retireWorker(bool abandon);
    void onOpened(const HostInfo &hostInfo, const ConnectionHandle &handle);
    void onOpenFailed(const LibvirtError &error);
    void onConnectionLost(const QString &reason);
    void onConnectTimeout();
    void onCredentialsRequested(const CredentialExchangePtr &exchange);
    void scheduleRetry(const QString &reason);
    template<typename Function>
    void invokeOnWorker(Function function);
    // Runs work(storageService, requestId) on the worker, or, when not connected, answers
    // at once (queued) through refuse(requestId, message).
    template<typename Work, typename Refuse>
    quint64 requestStorage(Work work, Refuse refuse);
    void detachWorker();

    ConnectionConfig m_config;
    State m_state = State::Disconnected;
    QString m_stateReason;
    HostInfo m_hostInfo;

    QThread *m_thread = nullptr;
    QThread *m_shuttingDownThread = nullptr;
    ConnectionWorker *m_worker = nullptr;
    QTimer *m_connectTimer = nullptr;
    QTimer *m_retryTimer = nullptr;
    CredentialExchangePtr m_pendingExchange;
    ConnectionHandle m_handle;

    int m_connectTimeoutMs = kDefaultConnectTimeoutMs;
    int m_statsIntervalMs = kDefaultStatsIntervalMs;
    bool m_statsPaused = false;
    int m_keepAliveIntervalSeconds = KeepAlive::kDefaultIntervalSeconds;
    int m_keepAliveCount = KeepAlive::kDefaultCount;
    int m_retryBaseDelayMs = 2000;
    int m_failedAttempts = 0;
    quint64 m_nextRequestId = 1;
};
