// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: Virt Ferry contributors
#include "ConnectionTesterWorker.h"

#include "LibvirtHandles.h"
#include "LibvirtAuth.h"
#include "Tr.h"

#include <QDeadlineTimer>
#include <QMutexLocker>

#include <libvirt/virterror.h>

#include <arpa/inet.h>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <netdb.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace {

struct AddrInfoFreer
{
    void operator()(addrinfo *info) const { freeaddrinfo(info); }
};

QString addressText(const sockaddr *address)
{
    char buffer[INET6_ADDRSTRLEN] = {};
    if (address->sa_family == AF_INET)
        inet_ntop(AF_INET, &reinterpret_cast<const sockaddr_in *>(address)->sin_addr, buffer, sizeof buffer);
    else if (address->sa_family == AF_INET6)
        inet_ntop(AF_INET6, &reinterpret_cast<const sockaddr_in6 *>(address)->sin6_addr, buffer, sizeof buffer);
    return QString::fromLatin1(buffer);
}

// Connects to one address within the deadline. Returns 0 on success or the errno of the
// failure (ETIMEDOUT when the deadline passed without an answer).
int connectWithin(const addrinfo *candidate, QDeadlineTimer deadline)
{
    const int fd = socket(candidate->ai_family, candidate->ai_socktype | SOCK_NONBLOCK | SOCK_CLOEXEC,
        candidate->ai_protocol);
    if (fd < 0)
        return errno;
    int result = 0;
    if (connect(fd, candidate->ai_addr, candidate->ai_addrlen) != 0) {
        result = errno;
        if (result == EINPROGRESS) {
            pollfd poller { fd, POLLOUT, 0 };
            int ready = 0;
            do {
                const qint64 remaining = deadline.remainingTime();
                ready = poll(&poller, 1, int(std::max<qint64>(0, remaining)));
            } while (ready < 0 && errno == EINTR);
            if (ready == 0) {
                result = ETIMEDOUT;
            } else if (ready < 0) {
                result = errno;
            } else {
                socklen_t length = sizeof result;
                if (getsockopt(fd, SOL_SOCKET, SO_ERROR, &result, &length) != 0)
                    result = errno;
            }
        }
    }
    close(fd);
    return result;
}

QString versionText(unsigned long version)
{
    return QStringLiteral("%1.%2.%3").arg(version / 1000000).arg(version / 1000 % 1000).arg(version % 1000);
}

} // namespace

ConnectionTesterWorker::~ConnectionTesterWorker() = default;

void ConnectionTesterWorker::abandon()
{
    m_abandoned = true;
    QMutexLocker locker(&m_mutex);
    if (m_pendingExchange)
        m_pendingExchange->cancel();
}

void ConnectionTesterWorker::checkReachability(const QString &host, int port, int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    addrinfo hints {};
    hints.ai_family = AF_UNSPEC;
    hints.ai_socktype = SOCK_STREAM;
    hints.ai_flags = AI_ADDRCONFIG;
    addrinfo *raw = nullptr;
    // IPv6 literals arrive bracketed from URIs; getaddrinfo wants them bare.
    const QString bare = host.startsWith(u'[') && host.endsWith(u']') ? host.mid(1, host.size() - 2) : host;
    const int status = getaddrinfo(bare.toUtf8().constData(), QByteArray::number(port).constData(), &hints, &raw);
    std::unique_ptr<addrinfo, AddrInfoFreer> addresses(raw);
    if (m_abandoned)
        return;
    if (status != 0) {
        const QString detail = status == EAI_SYSTEM ? QString::fromLocal8Bit(std::strerror(errno))
                                                    : QString::fromLocal8Bit(gai_strerror(status));
        Q_EMIT reachabilityChecked(Reach::DoesNotResolve, {}, detail);
        return;
    }

    // Like ssh, try every address in turn; report the most telling failure.
    Reach worst = Reach::NoAnswer;
    QString lastAddress;
    QString lastDetail;
    bool refused = false;
    for (const addrinfo *candidate = addresses.get(); candidate; candidate = candidate->ai_next) {
        if (m_abandoned)
            return;
        lastAddress = addressText(candidate->ai_addr);
        const int error = connectWithin(candidate, deadline);
        if (error == 0) {
            Q_EMIT reachabilityChecked(Reach::Reached, lastAddress, {});
            return;
        }
        lastDetail = QString::fromLocal8Bit(std::strerror(error));
        if (error == ECONNREFUSED) {
            refused = true;
            worst = Reach::Refused;
        } else if (!refused) {
            worst = error == ETIMEDOUT ? Reach::NoAnswer
                : error == EHOSTUNREACH || error == ENETUNREACH ? Reach::Unreachable
                                                                : Reach::OtherError;
        }
        if (deadline.hasExpired())
            break;
    }
    if (!m_abandoned)
        Q_EMIT reachabilityChecked(worst, lastAddress, lastDetail);
}

int ConnectionTesterWorker::authCallback(virConnectCredentialPtr credentials, unsigned int count, void *opaque)
{
    // The same exchange as ConnectionWorker's, so the dialog shows the app's own prompts.
    auto *worker = static_cast<ConnectionTesterWorker *>(opaque);
    return LibvirtAuth::answer(
        credentials, count, worker->m_uri,
        [worker](const CredentialExchangePtr &exchange) {
            {
                QMutexLocker locker(&worker->m_mutex);
                if (worker->m_abandoned)
                    return false;
                worker->m_pendingExchange = exchange;
            }
            Q_EMIT worker->credentialsRequested(exchange);
            return true;
        },
        [worker] {
            QMutexLocker locker(&worker->m_mutex);
            worker->m_pendingExchange.reset();
        });
}

void ConnectionTesterWorker::openLibvirt(const QString &uri)
{
    m_uri = uri;
    virConnectAuth auth { const_cast<int *>(LibvirtAuth::credentialTypes()), LibvirtAuth::credentialTypeCount(),
        &ConnectionTesterWorker::authCallback, this };
    const QByteArray uriBytes = uri.toUtf8();
    Libvirt::ConnectPtr connection(virConnectOpenAuth(uriBytes.constData(), &auth, 0));
    if (m_abandoned)
        return; // closed as `connection` goes out of scope
    if (!connection) {
        Q_EMIT libvirtChecked(false, {}, LibvirtError::fromLastError(Tr::tr("Cannot connect to %1").arg(uri)));
        return;
    }
    unsigned long hypervisorVersion = 0;
    unsigned long libraryVersion = 0;
    const char *type = virConnectGetType(connection.get()); // owned by the connection
    if (!type || virConnectGetVersion(connection.get(), &hypervisorVersion) < 0
        || virConnectGetLibVersion(connection.get(), &libraryVersion) < 0) {
        Q_EMIT libvirtChecked(false, {}, LibvirtError::fromLastError(Tr::tr("Cannot read the versions of %1").arg(uri)));
        return;
    }
    QString hostname;
    if (char *name = virConnectGetHostname(connection.get())) {
        hostname = QString::fromUtf8(name);
        std::free(name);
    } else {
        virResetLastError(); // only for the summary
    }
    //: %1 is the hypervisor ("QEMU"), %2 its version, %3 the version of libvirt on the host.
    QString summary = Tr::tr("%1 %2 via libvirt %3")
                          .arg(QString::fromUtf8(type), versionText(hypervisorVersion), versionText(libraryVersion));
    if (!hostname.isEmpty())
        //: %1 is the hypervisor and versions ("QEMU 7.2.0 via libvirt 9.0.0"), %2 the host's name.
        summary = Tr::tr("%1 on %2").arg(summary, hostname);
    if (!m_abandoned)
        Q_EMIT libvirtChecked(true, summary, {});
}
