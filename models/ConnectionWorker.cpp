// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: Virt Ferry contributors
#include "ConnectionWorker.h"

#include "LibvirtAuth.h"
#include "StorageService.h"
#include "Tr.h"

#include <QMutex>
#include <QMutexLocker>
#include <QThread>
#include <QTimer>
#include <QXmlStreamReader>

#include <libvirt/virterror.h>

#include <cstdlib>
#include <cstring>

namespace {

constexpr int kCpuHistoryResetGapMs = 30000;

QString closeReasonText(int reason)
{
    switch (reason) {
    case VIR_CONNECT_CLOSE_REASON_KEEPALIVE:
        return Tr::tr("keepalive timeout");
    case VIR_CONNECT_CLOSE_REASON_EOF:
        return Tr::tr("the host closed the connection");
    case VIR_CONNECT_CLOSE_REASON_ERROR:
        return Tr::tr("connection error");
    default:
        return Tr::tr("closed");
    }
}

QString xmlAttribute(const QXmlStreamReader &reader, const char *name)
{
    return reader.attributes().value(QLatin1String(name)).toString();
}

} // namespace

int ConnectionWorker::onLifecycleEvent(virConnectPtr, virDomainPtr domain, int, int, void *opaque)
{
    char uuid[VIR_UUID_STRING_BUFLEN];
    if (virDomainGetUUIDString(domain, uuid) < 0)
        return 0;
    Sink::from(opaque)->post(
        [uuidText = QString::fromLatin1(uuid)](ConnectionWorker *worker) { worker->queueDomainRefresh(uuidText); });
    return 0;
}

void ConnectionWorker::onConnectionClosed(virConnectPtr, int reason, void *opaque)
{
    Sink::from(opaque)->post([reason](ConnectionWorker *worker) { worker->handleClose(reason); });
}

ConnectionWorker::ConnectionWorker(QString uri)
    : m_uri(std::move(uri))
    , m_sink(std::make_shared<Sink>())
    , m_storage(new StorageService(this))
{
    m_sink->target = this;
    m_clock.start();
}

ConnectionWorker::~ConnectionWorker()
{
    m_sink->clearTarget();
    releaseConnection();
}

void ConnectionWorker::abandon()
{
    m_abandoned = true;
    QMutexLocker locker(&m_sink->mutex);
    if (m_pendingExchange)
        m_pendingExchange->cancel();
}

int ConnectionWorker::authCallback(virConnectCredentialPtr credentials, unsigned int count, void *opaque)
{
    auto *worker = static_cast<ConnectionWorker *>(opaque);
    return LibvirtAuth::answer(
        credentials, count, worker->m_uri,
        [worker](const CredentialExchangePtr &exchange) {
            {
                QMutexLocker locker(&worker->m_sink->mutex);
                if (worker->m_abandoned)
                    return false;
                worker->m_pendingExchange = exchange;
            }
            Q_EMIT worker->credentialsRequested(exchange);
            return true;
        },
        [worker] {
            QMutexLocker locker(&worker->m_sink->mutex);
            worker->m_pendingExchange.reset();
        });
}

void ConnectionWorker::open(int keepAliveIntervalSeconds, int keepAliveCount)
{
    virConnectAuth auth{const_cast<int *>(LibvirtAuth::credentialTypes()), LibvirtAuth::credentialTypeCount(),
                        &ConnectionWorker::authCallback, this};

    const QByteArray uri = m_uri.toUtf8();
    Libvirt::ConnectPtr connection(virConnectOpenAuth(uri.constData(), &auth, 0));
    if (m_abandoned)
        return; // the connection (if any) closes as `connection` goes out of scope
    if (!connection) {
        Q_EMIT openFailed(LibvirtError::fromLastError(Tr::tr("Cannot connect to %1").arg(m_uri)));
        return;
    }
    m_connection = std::move(connection);

    // Keepalive and close callbacks exist only where an RPC link can die (the remote
    // driver, which also serves qemu:///system). In-process drivers such as test://
    // answer "not supported" to keepalive and would accept a close callback without
    // ever calling or freeing it, so register it only where keepalive is understood.
    if (virConnectSetKeepAlive(m_connection.get(), keepAliveIntervalSeconds, unsigned(keepAliveCount)) >= 0) {
        auto *holder = Sink::newOpaque(m_sink);
        if (virConnectRegisterCloseCallback(m_connection.get(), onConnectionClosed, holder, Sink::release) == 0) {
            m_closeCallbackRegistered = true;
        } else {
            Sink::release(holder);
            virResetLastError();
        }
    } else {
        virResetLastError();
    }

    void *lifecycleOpaque = Sink::newOpaque(m_sink);
    m_lifecycleCallbackId = virConnectDomainEventRegisterAny(m_connection.get(), nullptr, VIR_DOMAIN_EVENT_ID_LIFECYCLE,
                                                             VIR_DOMAIN_EVENT_CALLBACK(onLifecycleEvent),
                                                             lifecycleOpaque, Sink::release);
    if (m_lifecycleCallbackId < 0) {
        const LibvirtError error = LibvirtError::fromLastError();
        Sink::release(lifecycleOpaque); // libvirt took no reference
        Q_EMIT problem(Tr::tr("Live updates are unavailable for %1: %2").arg(m_uri, error.message()));
    }

    const HostInfo hostInfo = readHostInfo();

    virDomainPtr *domains = nullptr;
    const int domainCount = virConnectListAllDomains(m_connection.get(), &domains, 0);
    if (domainCount < 0) {
        const LibvirtError error = LibvirtError::fromLastError(Tr::tr("Cannot list the domains"));
        releaseConnection();
        Q_EMIT openFailed(error);
        return;
    }
    QList<DomainInfo> infos;
    infos.reserve(domainCount);
    for (int i = 0; i < domainCount; ++i) {
        Libvirt::DomainPtr domain(domains[i]);
        if (auto info = readDomainInfo(domain.get()))
            infos.append(std::move(*info));
    }
    std::free(domains);

    m_refreshTimer = new QTimer(this);
    m_refreshTimer->setSingleShot(true);
    // Coalesces event storms (an evacuated host) into one batch for the model.
    m_refreshTimer->setInterval(50);
    connect(m_refreshTimer, &QTimer::timeout, this, &ConnectionWorker::refreshQueuedDomains);
    m_statsTimer = new QTimer(this);
    connect(m_statsTimer, &QTimer::timeout, this, &ConnectionWorker::sampleStats);

    Q_EMIT opened(hostInfo, shareConnection(m_connection.get()));
    Q_EMIT domainsListed(infos);
    m_storage->attach(m_connection.get());
}

void ConnectionWorker::setStatsInterval(int milliseconds)
{
    if (!m_statsTimer)
        return;
    if (milliseconds <= 0) {
        m_statsTimer->stop();
        return;
    }
    m_statsTimer->start(milliseconds);
    sampleStats();
}

HostInfo ConnectionWorker::readHostInfo()
{
    HostInfo info;
    virConnectPtr connection = m_connection.get();
    if (char *hostname = virConnectGetHostname(connection)) {
        info.hostname = QString::fromUtf8(hostname);
        std::free(hostname);
    }
    if (const char *type = virConnectGetType(connection))
        info.hypervisorType = QString::fromUtf8(type);
    unsigned long version = 0;
    if (virConnectGetVersion(connection, &version) == 0)
        info.hypervisorVersion = version;
    if (virConnectGetLibVersion(connection, &version) == 0)
        info.libvirtVersion = version;
    virNodeInfo nodeInfo;
    if (virNodeGetInfo(connection, &nodeInfo) == 0) {
        info.architecture = QString::fromUtf8(nodeInfo.model);
        info.cpus = nodeInfo.cpus;
        info.mhz = nodeInfo.mhz;
        info.numaNodes = nodeInfo.nodes;
        info.sockets = nodeInfo.sockets;
        info.cores = nodeInfo.cores;
        info.threads = nodeInfo.threads;
        info.memoryKiB = nodeInfo.memory;
    }
    if (char *capabilities = virConnectGetCapabilities(connection)) {
        QXmlStreamReader reader(capabilities);
        QStringList path;
        while (!reader.atEnd()) {
            const auto token = reader.readNext();
            if (token == QXmlStreamReader::StartElement) {
                path.append(reader.name().toString());
                if (path == QStringList{u"capabilities"_qs, u"host"_qs, u"cpu"_qs, u"model"_qs})
                    info.cpuModel = reader.readElementText();
                if (reader.isEndElement())
                    path.removeLast();
            } else if (token == QXmlStreamReader::EndElement) {
                path.removeLast();
            }
        }
        std::free(capabilities);
    }
    virResetLastError();
    return info;
}

std::optional<DomainInfo> ConnectionWorker::readDomainInfo(virDomainPtr domain)
{
    DomainInfo info;
    char uuid[VIR_UUID_STRING_BUFLEN];
    if (virDomainGetUUIDString(domain, uuid) < 0)
        return std::nullopt;
    info.uuid = QString::fromLatin1(uuid);
    info.name = QString::fromUtf8(virDomainGetName(domain));
    virDomainInfo raw;
    if (virDomainGetInfo(domain, &raw) < 0) {
        virResetLastError();
        return std::nullopt; // vanished between listing and asking; its event follows
    }
    info.state = static_cast<DomainState>(raw.state);
    info.vcpus = raw.nrVirtCpu;
    info.maxMemoryKiB = raw.maxMem;
    info.memoryKiB = raw.memory;
    const unsigned int id = virDomainGetID(domain);
    info.id = id == unsigned(-1) ? -1 : int(id);
    info.persistent = virDomainIsPersistent(domain) == 1;
    return info;
}

void ConnectionWorker::queueDomainRefresh(const QString &uuid)
{
    m_domainsToRefresh.insert(uuid);
    if (m_refreshTimer && !m_refreshTimer->isActive())
        m_refreshTimer->start();
}

void ConnectionWorker::refreshQueuedDomains()
{
    if (!m_connection || m_abandoned)
        return;
    QList<DomainInfo> changed;
    QStringList removed;
    for (const QString &uuid : std::exchange(m_domainsToRefresh, {})) {
        Libvirt::DomainPtr domain(virDomainLookupByUUIDString(m_connection.get(), uuid.toLatin1().constData()));
        std::optional<DomainInfo> info;
        if (domain)
            info = readDomainInfo(domain.get());
        if (info) {
            changed.append(std::move(*info));
        } else {
            const LibvirtError error = LibvirtError::fromLastError();
            if (!domain && error.code() != VIR_ERR_NO_DOMAIN) {
                Q_EMIT problem(error.message());
                continue;
            }
            removed.append(uuid);
            m_cpuMarks.remove(uuid);
        }
    }
    if (!changed.isEmpty())
        Q_EMIT domainsChanged(changed);
    if (!removed.isEmpty())
        Q_EMIT domainsRemoved(removed);
}

void ConnectionWorker::sampleStats()
{
    if (!m_connection || m_abandoned)
        return;
    const unsigned int statsWanted =
        VIR_DOMAIN_STATS_STATE | VIR_DOMAIN_STATS_CPU_TOTAL | VIR_DOMAIN_STATS_BALLOON | VIR_DOMAIN_STATS_VCPU;
    virDomainStatsRecordPtr *records = nullptr;
    const int count = virConnectGetAllDomainStats(m_connection.get(), statsWanted, &records, 0);
    if (count < 0) {
        const LibvirtError error = LibvirtError::fromLastError();
        if (!m_statsErrorReported)
            Q_EMIT problem(Tr::tr("Cannot read statistics from %1: %2").arg(m_uri, error.message()));
        m_statsErrorReported = true;
        return;
    }
    m_statsErrorReported = false;
    Libvirt::DomainStatsListPtr recordList(records);
    const qint64 nowNs = m_clock.nsecsElapsed();

    QList<DomainStatsSample> samples;
    samples.reserve(count);
    for (int i = 0; i < count; ++i) {
        const virDomainStatsRecordPtr record = records[i];
        char uuid[VIR_UUID_STRING_BUFLEN];
        if (virDomainGetUUIDString(record->dom, uuid) < 0)
            continue;
        DomainStatsSample sample;
        sample.uuid = QString::fromLatin1(uuid);
        int state = 0;
        if (virTypedParamsGetInt(record->params, record->nparams, "state.state", &state) == 1)
            sample.state = static_cast<DomainState>(state);
        unsigned int vcpus = 0;
        if (virTypedParamsGetUInt(record->params, record->nparams, "vcpu.current", &vcpus) == 1)
            sample.vcpus = vcpus;
        unsigned long long balloon = 0;
        if (virTypedParamsGetULLong(record->params, record->nparams, "balloon.current", &balloon) == 1)
            sample.memoryKiB = balloon;
        unsigned long long cpuTime = 0;
        if (virTypedParamsGetULLong(record->params, record->nparams, "cpu.time", &cpuTime) == 1) {
            auto previous = m_cpuMarks.constFind(sample.uuid);
            if (previous != m_cpuMarks.cend() && cpuTime >= previous->cpuTimeNs
                && nowNs - previous->wallNs < qint64(kCpuHistoryResetGapMs) * 1000000) {
                const double wallNs = double(nowNs - previous->wallNs);
                const double cpus = std::max(1u, sample.vcpus.value_or(1));
                sample.cpuPercent = std::clamp(100.0 * double(cpuTime - previous->cpuTimeNs) / (wallNs * cpus),
                                               0.0, 100.0);
            }
            m_cpuMarks.insert(sample.uuid, CpuMark{cpuTime, nowNs});
        }
        samples.append(std::move(sample));
    }
    virResetLastError();
    Q_EMIT statsSampled(samples);
}

void ConnectionWorker::handleClose(int reason)
{
    if (reason == VIR_CONNECT_CLOSE_REASON_CLIENT || m_abandoned)
        return;
    releaseConnection();
    Q_EMIT connectionLost(closeReasonText(reason));
}

QStringList ConnectionWorker::deleteDomainStorage(virDomainPtr domain, QString *failures)
{
    QStringList deleted;
    char *xml = virDomainGetXMLDesc(domain, VIR_DOMAIN_XML_INACTIVE);
    if (!xml) {
        *failures = LibvirtError::fromLastError().message();
        return deleted;
    }
    struct DiskSource
    {
        QString path;
        QString pool;
        QString volume;
    };
    QList<DiskSource> sources;
    QXmlStreamReader reader(xml);
    std::free(xml);
    bool inDisk = false;
    while (!reader.atEnd()) {
        const auto token = reader.readNext();
        if (token == QXmlStreamReader::StartElement && reader.name() == u"disk") {
            inDisk = xmlAttribute(reader, "device").isEmpty() || xmlAttribute(reader, "device") == u"disk";
        } else if (token == QXmlStreamReader::EndElement && reader.name() == u"disk") {
            inDisk = false;
        } else if (token == QXmlStreamReader::StartElement && inDisk && reader.name() == u"source") {
            DiskSource source;
            source.path = xmlAttribute(reader, "file");
            if (source.path.isEmpty())
                source.path = xmlAttribute(reader, "dev");
            source.pool = xmlAttribute(reader, "pool");
            source.volume = xmlAttribute(reader, "volume");
            sources.append(source);
        }
    }
    QStringList problems;
    for (const DiskSource &source : sources) {
        Libvirt::StorageVolPtr volume;
        QString label = source.path;
        if (!source.path.isEmpty()) {
            volume.reset(virStorageVolLookupByPath(m_connection.get(), source.path.toUtf8().constData()));
        } else if (!source.pool.isEmpty()) {
            label = source.pool + u'/' + source.volume;
            Libvirt::StoragePoolPtr pool(virStoragePoolLookupByName(m_connection.get(), source.pool.toUtf8().constData()));
            if (pool)
                volume.reset(virStorageVolLookupByName(pool.get(), source.volume.toUtf8().constData()));
        }
        if (!volume) {
            problems.append(Tr::tr("%1 is not a managed storage volume: %2")
                                .arg(label, LibvirtError::fromLastError().message()));
            continue;
        }
        if (virStorageVolDelete(volume.get(), 0) < 0) {
            problems.append(Tr::tr("%1: %2").arg(label, LibvirtError::fromLastError().message()));
            continue;
        }
        deleted.append(label);
    }
    *failures = problems.join(u'\n');
    return deleted;
}

void ConnectionWorker::runDomainAction(quint64 requestId, const QString &uuid, DomainAction action,
                                       bool deleteStorage)
{
    if (!m_connection || m_abandoned) {
        Q_EMIT actionFinished(requestId, uuid, action, false, Tr::tr("Not connected."));
        return;
    }
    Libvirt::DomainPtr domain(virDomainLookupByUUIDString(m_connection.get(), uuid.toLatin1().constData()));
    if (!domain) {
        Q_EMIT actionFinished(requestId, uuid, action, false, LibvirtError::fromLastError().message());
        return;
    }
    int result = 0;
    QString message;
    switch (action) {
    case DomainAction::Start:
        result = virDomainCreate(domain.get());
        break;
    case DomainAction::Shutdown:
        result = virDomainShutdown(domain.get());
        break;
    case DomainAction::Reboot:
        result = virDomainReboot(domain.get(), 0);
        break;
    case DomainAction::ForceOff:
        result = virDomainDestroy(domain.get());
        break;
    case DomainAction::Pause:
        result = virDomainSuspend(domain.get());
        break;
    case DomainAction::Resume:
        result = virDomainResume(domain.get());
        break;
    case DomainAction::Delete: {
        QString storageFailures;
        QStringList deletedVolumes;
        // Read the disks before undefining: afterwards there is no definition to read.
        const bool active = virDomainIsActive(domain.get()) == 1;
        const bool persistent = virDomainIsPersistent(domain.get()) == 1;
        if (active && virDomainDestroy(domain.get()) < 0) {
            result = -1;
            break;
        }
        if (deleteStorage)
            deletedVolumes = deleteDomainStorage(domain.get(), &storageFailures);
        if (persistent) {
            const unsigned int undefineFlags = VIR_DOMAIN_UNDEFINE_MANAGED_SAVE
                | VIR_DOMAIN_UNDEFINE_SNAPSHOTS_METADATA | VIR_DOMAIN_UNDEFINE_CHECKPOINTS_METADATA
                | VIR_DOMAIN_UNDEFINE_NVRAM;
            result = virDomainUndefineFlags(domain.get(), undefineFlags);
            if (result < 0) {
                const LibvirtError error = LibvirtError::fromLastError();
                if (error.code() != VIR_ERR_NO_SUPPORT && error.code() != VIR_ERR_INVALID_ARG) {
                    message = error.message();
                    break;
                }
                result = virDomainUndefine(domain.get());
            }
        }
        if (result == 0 && !storageFailures.isEmpty())
            message = Tr::tr("The virtual machine was deleted, but some storage was not:\n%1").arg(storageFailures);
        else if (result == 0 && !deletedVolumes.isEmpty())
            message = Tr::tr("Deleted storage: %1").arg(Tr::joinedList(deletedVolumes));
        break;
    }
    }
    if (result < 0 && message.isEmpty())
        message = LibvirtError::fromLastError().message();
    Q_EMIT actionFinished(requestId, uuid, action, result == 0, message);
    // Events normally report the change; drivers without events still show it.
    queueDomainRefresh(uuid);
}

void ConnectionWorker::closeConnection()
{
    releaseConnection();
}

void ConnectionWorker::releaseConnection()
{
    if (m_statsTimer)
        m_statsTimer->stop();
    if (!m_connection)
        return;
    m_storage->detach();
    if (m_lifecycleCallbackId >= 0)
        virConnectDomainEventDeregisterAny(m_connection.get(), m_lifecycleCallbackId);
    if (m_closeCallbackRegistered)
        virConnectUnregisterCloseCallback(m_connection.get(), onConnectionClosed);
    m_lifecycleCallbackId = -1;
    m_closeCallbackRegistered = false;
    m_connection.reset();
    m_cpuMarks.clear();
    virResetLastError();
}
