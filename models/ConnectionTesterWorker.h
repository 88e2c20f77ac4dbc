// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: Virt Ferry contributors
#pragma once

#include "CredentialExchange.h"
#include "LibvirtError.h"

#include <QMutex>
#include <QObject>

#include <libvirt/libvirt.h>

#include <atomic>

// The blocking half of ConnectionTester: name lookup, a TCP connect and
// virConnectOpenAuth, each on the worker's own thread. The tester may abandon it while a
// call is stuck (getaddrinfo cannot be interrupted); it then emits nothing more and its
// thread deletes it when the call returns.
class ConnectionTesterWorker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionTesterWorker)

public:
    enum class Reach { Reached, DoesNotResolve, Refused, NoAnswer, Unreachable, OtherError };
    Q_ENUM(Reach)

    ConnectionTesterWorker() = default;
    ~ConnectionTesterWorker() override;

    // Thread-safe: cancels a credential question that waits and silences the worker.
    void abandon();

public Q_SLOTS:
    void checkReachability(const QString &host, int port, int timeoutMs);
    void openLibvirt(const QString &uri);

Q_SIGNALS:
    // `address`: the address that answered (or the last one tried); `detail`: the
    // system's own words (gai_strerror, strerror).
    void reachabilityChecked(ConnectionTesterWorker::Reach reach, const QString &address, const QString &detail);
    // `summary` on success: "QEMU 7.2.0 via libvirt 9.0.0 on host-b".
    void libvirtChecked(bool succeeded, const QString &summary, const LibvirtError &error);
    void credentialsRequested(const CredentialExchangePtr &exchange);

private:
    static int authCallback(virConnectCredentialPtr credentials, unsigned int count, void *opaque);

    QString m_uri;
    std::atomic_bool m_abandoned = false;
    QMutex m_mutex; // guards m_pendingExchange against abandon() from the GUI thread
    CredentialExchangePtr m_pendingExchange;
};
