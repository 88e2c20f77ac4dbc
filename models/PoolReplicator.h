// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: Virt Ferry contributors
#pragma once

#include "StorageTypes.h"

#include <QList>
#include <QObject>
#include <QPointer>

class Connection;

// Creates the same pool (same XML, hence the same target path, which live migration on
// shared storage needs) on several connections at once, through each one's
// requestEnsurePool. A host that already has a pool of that name with the same definition
// reports AlreadyIdentical; one with a different definition reports Conflict and is never
// overwritten. Results come per host as they arrive; finished() after the last.
class PoolReplicator final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PoolReplicator)

public:
    struct HostResult
    {
        QPointer<Connection> connection;
        bool done = false;
        EnsurePoolOutcome outcome = EnsurePoolOutcome::Failed;
        QString message;
    };

    explicit PoolReplicator(QObject *parent = nullptr);

    void start(const PoolDefinition &definition, const PoolSetup &setup, const QList<Connection *> &connections);
    const QList<HostResult> &results() const { return m_results; }
    bool isFinished() const;

Q_SIGNALS:
    void hostFinished(int index, const PoolReplicator::HostResult &result);
    void finished();

private:
    QList<HostResult> m_results;
    QList<quint64> m_requestIds;
};
