// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: Virt Ferry contributors
#pragma once

#include "ConnectionHandle.h"

#include <QObject>
#include <QStringList>

#include <memory>

// Asks a hypervisor which sources a pool type could use, through
// virConnectFindStoragePoolSources; for "netfs" that is the exports an NFS server offers
// (libvirt runs showmount on the host). The call can take long or hang on a dead server,
// so it runs on a thread of its own with a shared connection handle; cancel() stops
// waiting for it (libvirt's call cannot be interrupted; its late answer is dropped).
class PoolSourceDiscovery final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PoolSourceDiscovery)

public:
    struct Source
    {
        QString host;
        QString dir;    // netfs: the export path
        QString device;
        QString name;
        QString format;
    };

    explicit PoolSourceDiscovery(ConnectionHandle connection, QObject *parent = nullptr);
    ~PoolSourceDiscovery() override;

    // type: "netfs", "logical", …; host: the server to ask (netfs, iscsi), may be empty.
    void start(const QString &type, const QString &host);
    void cancel();
    bool isRunning() const;

Q_SIGNALS:
    void finished(const QList<PoolSourceDiscovery::Source> &sources);
    // Plain words, e.g. that the host lacks showmount or the server refused.
    void failed(const QString &message);

private:
    ConnectionHandle m_connection;
    struct Attempt;
    std::shared_ptr<Attempt> m_attempt;
};

// Parses libvirt's <sources> document.
QList<PoolSourceDiscovery::Source> parsePoolSources(const QString &xml, QString *errorMessage = nullptr);
