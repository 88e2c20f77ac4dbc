// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: Virt Ferry contributors
#pragma once

#include "MigrationHistory.h"

#include <QDateTime>

// History records for the tests of the history and its views: a completed live
// migration on shared storage; each test then sets what it is about.
inline MigrationRecord completedMigrationRecord(const QString &vmUuid, const QString &vmName, const QString &source,
    const QString &destination, const QDateTime &started = QDateTime::currentDateTimeUtc())
{
    MigrationRecord record;
    record.vmUuid = vmUuid;
    record.vmName = vmName;
    record.sourceHost = source;
    record.destinationHost = destination;
    record.method = QStringLiteral("libvirt migration");
    record.mode = QStringLiteral("live-shared");
    record.flags = {QStringLiteral("VIR_MIGRATE_LIVE"), QStringLiteral("VIR_MIGRATE_PERSIST_DEST")};
    record.started = started;
    record.result = QStringLiteral("completed");
    return record;
}
