// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: Virt Ferry contributors
#include "Connection.h"

#include "ConnectionWorker.h"
#include "RetiredThreads.h"
#include "StorageService.h"
#include "Tr.h"

#include <QLocale>
#include <QThread>
#include <QTimer>

#include <libvirt/virterror.h>

namespace {
constexpr int kMaximumRetryDelayMs = 60000;
}

Connection::Connection(ConnectionConfig config, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_connectTimer(new QTimer(this))
    , m_retryTimer(new QTimer(this))
{
    m_connectTimer->setSingleShot(true);
    connect(m_connectTimer, &QTimer::timeout, this, &Connection::onConnectTimeout);
    m_retryTimer->setSingleShot(true);
    connect(m_retryTimer, &QTimer::timeout, this, &Connection::open);
}

Connection::~Connection()
{
    // Close the libvirt connection on its worker and give it a moment, so no worker is
    // still inside libvirt when the process tears libvirt down. A worker stuck in a
    // connect is abandoned at once instead (beginShutdown), and one that overruns the
    // deadline is left to finish on its own.
    beginShutdown();
    if (!waitForShutdown(QDeadlineTimer(kShutdownGraceMs)))
        RetiredThreads::adopt(std::exchange(m_shuttingDownThread, nullptr));
    retireWorker(true);
}

void Connection::beginShutdown()
{
    m_retryTimer->stop();
    m_connectTimer->stop();
    if (!m_worker)
        return;
    const bool stuck = m_state == State::Connecting;
    detachWorker();
    if (stuck) {
        retireWorker(true);
        return;
    }
    // The worker deletes itself (closing its connection in its destructor) as its
    // thread finishes; the thread object is ours to delete once it has.
    m_shuttingDownThread = m_thread;
    m_thread->quit();
    m_worker = nullptr;
    m_thread = nullptr;
}

bool Connection::waitForShutdown(QDeadlineTimer deadline)
{
    if (!m_shuttingDownThread)
        return true;
    if (!m_shuttingDownThread->wait(deadline))
        return false; // abandoned: the thread object leaks rather than abort the process
    delete m_shuttingDownThread;
    m_shuttingDownThread = nullptr;
    return true;
}

void Connection::setConfig(const ConnectionConfig &config)
{
    const bool uriChanged = config.uri() != m_config.uri();
    m_config = config;
    Q_EMIT configChanged();
    if (uriChanged && m_state != State::Disconnected) {
        close();
        open();
    }
}

QString Connection::stateText() const
{
    switch (m_state) {
    case State::Disconnected:
        return m_stateReason.isEmpty() ? Tr::tr("Disconnected") : Tr::tr("Disconnected: %1").arg(m_stateReason);
    case State::Connecting:
        return Tr::tr("Connecting…");
    case State::Connected:
        return Tr::tr("Connected");
    case State::Failed:
        return Tr::tr("Error: %1").arg(m_stateReason);
    }
    return {};
}

template<typename Function>
void Connection::invokeOnWorker(Function function)
{
    if (ConnectionWorker *worker = m_worker)
        QMetaObject::invokeMethod(worker, [worker, function = std::move(function)] { function(worker); }, Qt::QueuedConnection);
}

void Connection::setKeepAlive(int intervalSeconds, int count)
{
    m_keepAliveIntervalSeconds = intervalSeconds;
    m_keepAliveCount = count;
}

void Connection::setStatsInterval(int milliseconds)
{
    m_statsIntervalMs = milliseconds;
    if (m_worker && m_state == State::Connected && !m_statsPaused)
        invokeOnWorker([milliseconds](ConnectionWorker *worker) { worker->setStatsInterval(milliseconds); });
}

void Connection::setStatsPaused(bool paused)
{
    m_statsPaused = paused;
    if (m_worker && m_state == State::Connected)
        invokeOnWorker([interval = paused ? 0 : m_statsIntervalMs](ConnectionWorker *worker) {
            worker->setStatsInterval(interval);
        });
}

void Connection::setConnectTimeoutHeld(bool held)
{
    if (m_state != State::Connecting)
        return;
    if (held)
        m_connectTimer->stop();
    else
        m_connectTimer->start(m_connectTimeoutMs);
}

void Connection::setState(State state, const QString &reason)
{
    if (state == m_state && reason == m_stateReason)
        return;
    if (state != State::Connected)
        m_handle.reset(); // jobs holding their own reference keep theirs
    m_state = state;
    m_stateReason = reason;
    Q_EMIT stateChanged(state);
}

void Connection::open()
{
    if (m_state == State::Connecting || m_state == State::Connected)
        return;
    m_retryTimer->stop();
    startWorker();
}

void Connection::close()
{
    m_retryTimer->stop();
    m_connectTimer->stop();
    m_failedAttempts = 0;
    retireWorker(m_state == State::Connecting);
    m_hostInfo = {};
    Q_EMIT domainsListed({});
    Q_EMIT poolsListed({});
    setState(State::Disconnected);
}

void Connection::startWorker()
{
    retireWorker(true);
    m_thread = new QThread; // no parent: an abandoned thread must outlive us while it is stuck
    m_thread->setObjectName(QStringLiteral("libvirt: %1").arg(m_config.effectiveDisplayName()));
    m_worker = new ConnectionWorker(m_config.uri());
    m_worker->moveToThread(m_thread);
    RetiredThreads::deleteWorkerWhenFinished(m_thread, m_worker);

    connect(m_worker, &ConnectionWorker::opened, this, &Connection::onOpened);
    connect(m_worker, &ConnectionWorker::openFailed, this, &Connection::onOpenFailed);
    connect(m_worker, &ConnectionWorker::connectionLost, this, &Connection::onConnectionLost);
    connect(m_worker, &ConnectionWorker::credentialsRequested, this, &Connection::onCredentialsRequested);
    connect(m_worker, &ConnectionWorker::domainsListed, this, &Connection::domainsListed);
    connect(m_worker, &ConnectionWorker::domainsChanged, this, &Connection::domainsChanged);
    connect(m_worker, &ConnectionWorker::domainsRemoved, this, &Connection::domainsRemoved);
    connect(m_worker, &ConnectionWorker::statsSampled, this, &Connection::statsSampled);
    connect(m_worker, &ConnectionWorker::actionFinished, this, &Connection::actionFinished);
    connect(m_worker, &ConnectionWorker::problem, this, &Connection::problem);
    // The storage service is the worker's child, on the worker's thread: queued as well.
    StorageService *storage = m_worker->storage();
    connect(storage, &StorageService::poolsListed, this, &Connection::poolsListed);
    connect(storage, &StorageService::poolsChanged, this, &Connection::poolsChanged);
    connect(storage, &StorageService::poolsRemoved, this, &Connection::poolsRemoved);
    connect(storage, &StorageService::volumesListed, this, &Connection::volumesListed);
    connect(storage, &StorageService::requestFinished, this, &Connection::requestFinished);
    connect(storage, &StorageService::poolEnsured, this, &Connection::poolEnsured);
    connect(storage, &StorageService::poolCapabilitiesReady, this, &Connection::poolCapabilitiesReady);
    connect(storage, &StorageService::poolXmlReady, this, &Connection::poolXmlReady);
    connect(storage, &StorageService::domainXmlReady, this, &Connection::domainXmlReady);
    connect(storage, &StorageService::domainDefined, this, &Connection::domainDefined);
    connect(storage, &StorageService::networksListed, this, &Connection::networksListed);
    connect(storage, &StorageService::capabilitiesXmlReady, this, &Connection::capabilitiesXmlReady);
    connect(storage, &StorageService::problem, this, &Connection::problem);

    m_thread->start();
    setState(State::Connecting);
    m_connectTimer->start(m_connectTimeoutMs);
    invokeOnWorker([interval = m_keepAliveIntervalSeconds, count = m_keepAliveCount](ConnectionWorker *worker) {
        worker->open(interval, count);
    });
}

void Connection::retireWorker(bool abandon)
{
    if (m_pendingExchange) {
        m_pendingExchange->cancel();
        m_pendingExchange.reset();
    }
    if (!m_worker)
        return;
    detachWorker();
    if (abandon) {
        // The worker may be stuck in virConnectOpenAuth for minutes (a blackholed host):
        // never wait for it. It closes whatever it gets and the thread deletes itself.
        m_worker->abandon();
    } else {
        invokeOnWorker([](ConnectionWorker *worker) { worker->closeConnection(); });
    }
    m_thread->quit();
    RetiredThreads::adopt(m_thread);
    m_worker = nullptr;
    m_thread = nullptr;
}

void Connection::detachWorker()
{
    m_worker->disconnect(this);
    m_worker->storage()->disconnect(this);
}

void Connection::onOpened(const HostInfo &hostInfo, const ConnectionHandle &handle)
{
    m_connectTimer->stop();
    m_failedAttempts = 0;
    m_hostInfo = hostInfo;
    m_handle = handle;
    setState(State::Connected);
    if (!m_statsPaused)
        invokeOnWorker([interval = m_statsIntervalMs](ConnectionWorker *worker) { worker->setStatsInterval(interval); });
}

void Connection::onOpenFailed(const LibvirtError &error)
{
    m_connectTimer->stop();
    retireWorker(false);
    const bool authProblem = error.code() == VIR_ERR_AUTH_FAILED || error.code() == VIR_ERR_AUTH_CANCELLED;
    if (authProblem) {
        // Retrying would only ask for the password again and again.
        setState(State::Failed, error.message());
        return;
    }
    scheduleRetry(error.message());
}

void Connection::onConnectionLost(const QString &reason)
{
    retireWorker(false);
    Q_EMIT domainsListed({});
    Q_EMIT poolsListed({});
    m_state = State::Failed; // so that the state change below is always signalled
    setState(State::Disconnected, reason);
    if (m_config.autoconnect)
        scheduleRetry(reason);
}

void Connection::onConnectTimeout()
{
    retireWorker(true);
    scheduleRetry(Tr::tr("no answer from %1 within %2 s; gave up")
                      .arg(m_config.uri())
                      .arg(QLocale().toString(m_connectTimeoutMs / 1000.0, 'g', 3)));
}

void Connection::onCredentialsRequested(const CredentialExchangePtr &exchange)
{
    // The user may take longer than the network timeout to type a password.
    m_connectTimer->stop();
    m_pendingExchange = exchange;
    Q_EMIT credentialsRequested(exchange);
    if (m_state == State::Connecting && m_worker)
        m_connectTimer->start(m_connectTimeoutMs);
}

void Connection::scheduleRetry(const QString &reason)
{
    ++m_failedAttempts;
    const bool lostWhileConnected = m_state == State::Disconnected && !reason.isEmpty();
    if (!lostWhileConnected)
        setState(State::Failed, reason);
    if (!m_config.autoconnect)
        return;
    const int shift = std::min(m_failedAttempts - 1, 5);
    const int delay = std::min(kMaximumRetryDelayMs, m_retryBaseDelayMs << shift);
    m_retryTimer->start(delay);
}

quint64 Connection::requestDomainAction(const QString &uuid, DomainAction action, bool deleteStorage)
{
    const quint64 requestId = m_nextRequestId++;
    if (!m_worker || m_state != State::Connected) {
        QMetaObject::invokeMethod(
            this,
            [this, requestId, uuid, action] {
                Q_EMIT actionFinished(requestId, uuid, action, false, Tr::tr("%1 is not connected.")
                                                                          .arg(m_config.effectiveDisplayName()));
            },
            Qt::QueuedConnection);
        return requestId;
    }
    invokeOnWorker([=](ConnectionWorker *worker) { worker->runDomainAction(requestId, uuid, action, deleteStorage); });
    return requestId;
}

template<typename Work, typename Refuse>
quint64 Connection::requestStorage(Work work, Refuse refuse)
{
    const quint64 requestId = m_nextRequestId++;
    if (!m_worker || m_state != State::Connected) {
        QMetaObject::invokeMethod(
            this,
            [this, requestId, refuse = std::move(refuse),
             message = Tr::tr("%1 is not connected.").arg(m_config.effectiveDisplayName())] {
                refuse(this, requestId, message);
            },
            Qt::QueuedConnection);
        return requestId;
    }
    invokeOnWorker([requestId, work = std::move(work)](ConnectionWorker *worker) { work(worker->storage(), requestId); });
    return requestId;
}

namespace {
// The refusal of every request answered by requestFinished.
void refuseAction(Connection *connection, quint64 requestId, const QString &message)
{
    Q_EMIT connection->requestFinished(requestId, false, message);
}
} // namespace

void Connection::refreshPools()
{
    if (m_worker && m_state == State::Connected)
        invokeOnWorker([](ConnectionWorker *worker) { worker->storage()->listPools(); });
}

quint64 Connection::requestVolumes(const QString &poolName)
{
    return requestStorage(
        [poolName](StorageService *storage, quint64 id) { storage->listVolumes(id, poolName); },
        [poolName](Connection *connection, quint64 id, const QString &message) {
            Q_EMIT connection->problem(message);
            Q_EMIT connection->volumesListed(id, poolName, {});
        });
}

quint64 Connection::requestPoolAction(const QString &poolName, PoolAction action, bool flag)
{
    return requestStorage(
        [=](StorageService *storage, quint64 id) { storage->runPoolAction(id, poolName, action, flag); },
        refuseAction);
}

quint64 Connection::requestCreateVolume(const QString &poolName, const VolumeDefinition &volume)
{
    return requestStorage(
        [=](StorageService *storage, quint64 id) { storage->createVolume(id, poolName, volume); }, refuseAction);
}

quint64 Connection::requestDeleteVolume(const QString &poolName, const QString &volumeName)
{
    return requestStorage(
        [=](StorageService *storage, quint64 id) { storage->deleteVolume(id, poolName, volumeName); },
        refuseAction);
}

quint64 Connection::requestResizeVolume(const QString &poolName, const QString &volumeName, quint64 capacityBytes)
{
    return requestStorage(
        [=](StorageService *storage, quint64 id) { storage->resizeVolume(id, poolName, volumeName, capacityBytes); },
        refuseAction);
}

quint64 Connection::requestCloneVolume(const QString &poolName, const QString &volumeName, const QString &cloneName)
{
    return requestStorage(
        [=](StorageService *storage, quint64 id) { storage->cloneVolume(id, poolName, volumeName, cloneName); },
        refuseAction);
}

quint64 Connection::requestEnsurePool(const PoolDefinition &definition, const PoolSetup &setup)
{
    return requestStorage(
        [=](StorageService *storage, quint64 id) { storage->ensurePool(id, definition, setup); },
        [](Connection *connection, quint64 id, const QString &message) {
            Q_EMIT connection->poolEnsured(id, EnsurePoolOutcome::Failed, message);
        });
}

quint64 Connection::requestPoolCapabilities()
{
    return requestStorage([](StorageService *storage, quint64 id) { storage->readPoolCapabilities(id); },
                          [](Connection *connection, quint64 id, const QString &message) {
                              Q_EMIT connection->poolCapabilitiesReady(id, {}, message);
                          });
}

quint64 Connection::requestPoolXml(const QString &poolName)
{
    return requestStorage([poolName](StorageService *storage, quint64 id) { storage->readPoolXml(id, poolName); },
                          [](Connection *connection, quint64 id, const QString &message) {
                              Q_EMIT connection->poolXmlReady(id, {}, message);
                          });
}

quint64 Connection::requestDomainXml(const QString &uuid, bool inactive)
{
    return requestStorage(
        [uuid, inactive](StorageService *storage, quint64 id) { storage->readDomainXml(id, uuid, inactive); },
        [uuid](Connection *connection, quint64 id, const QString &message) {
            Q_EMIT connection->domainXmlReady(id, uuid, {}, message);
        });
}

quint64 Connection::requestDefineDomain(const QString &domainXml, bool start)
{
    return requestStorage(
        [=](StorageService *storage, quint64 id) { storage->defineDomain(id, domainXml, start); },
        [](Connection *connection, quint64 id, const QString &message) {
            Q_EMIT connection->domainDefined(id, false, {}, message);
        });
}

quint64 Connection::requestNetworks()
{
    return requestStorage([](StorageService *storage, quint64 id) { storage->listNetworks(id); },
                          [](Connection *connection, quint64 id, const QString &message) {
                              Q_EMIT connection->networksListed(id, {}, {}, message);
                          });
}

quint64 Connection::requestCapabilitiesXml()
{
    return requestStorage([](StorageService *storage, quint64 id) { storage->readCapabilitiesXml(id); },
                          [](Connection *connection, quint64 id, const QString &message) {
                              Q_EMIT connection->capabilitiesXmlReady(id, {}, message);
                          });
}
