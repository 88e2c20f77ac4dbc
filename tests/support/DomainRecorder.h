// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: Virt Ferry contributors
#pragma once

#include "Connection.h"

#include <QHash>

#include <optional>

// Keeps the latest view of one connection's domains, as the GUI's model would, from
// the connection's listing, change and removal signals. Attach it before open() or the
// first listing is missed.
struct DomainRecorder
{
    explicit DomainRecorder(Connection &connection)
    {
        QObject::connect(&connection, &Connection::domainsListed, &connection, [this](const QList<DomainInfo> &list) {
            ++listings;
            domains.clear();
            for (const DomainInfo &info : list)
                domains.insert(info.uuid, info);
        });
        QObject::connect(&connection, &Connection::domainsChanged, &connection, [this](const QList<DomainInfo> &list) {
            ++changeBatches;
            for (const DomainInfo &info : list)
                domains.insert(info.uuid, info);
        });
        QObject::connect(&connection, &Connection::domainsRemoved, &connection, [this](const QStringList &uuids) {
            for (const QString &uuid : uuids)
                domains.remove(uuid);
        });
    }

    std::optional<DomainInfo> byName(const QString &name) const
    {
        for (const DomainInfo &info : domains) {
            if (info.name == name)
                return info;
        }
        return std::nullopt;
    }

    QHash<QString, DomainInfo> domains;
    int listings = 0;
    int changeBatches = 0;
};
