// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: Virt Ferry contributors
#include "PoolReplicator.h"

#include "Connection.h"
#include "Tr.h"

#include <algorithm>

PoolReplicator::PoolReplicator(QObject *parent)
    : QObject(parent)
{
}

void PoolReplicator::start(const PoolDefinition &definition, const PoolSetup &setup,
                           const QList<Connection *> &connections)
{
    for (const HostResult &result : std::as_const(m_results)) {
        if (result.connection)
            result.connection->disconnect(this);
    }
    m_results.clear();
    m_requestIds.clear();
    for (Connection *connection : connections) {
        HostResult result;
        result.connection = connection;
        m_results.append(result);
        m_requestIds.append(0);
    }
    if (connections.isEmpty()) {
        QMetaObject::invokeMethod(this, &PoolReplicator::finished, Qt::QueuedConnection);
        return;
    }
    const auto record = [this](int index, EnsurePoolOutcome outcome, const QString &message) {
        HostResult &result = m_results[index];
        if (result.done)
            return;
        result.done = true;
        result.outcome = outcome;
        result.message = message;
        Q_EMIT hostFinished(index, result);
        if (isFinished())
            Q_EMIT finished();
    };
    for (int index = 0; index < connections.size(); ++index) {
        Connection *connection = connections.at(index);
        if (!connection) {
            QMetaObject::invokeMethod(
                this, [record, index] { record(index, EnsurePoolOutcome::Failed, Tr::tr("Not connected.")); },
                Qt::QueuedConnection);
            continue;
        }
        connect(connection, &Connection::poolEnsured, this,
                [this, record, index](quint64 requestId, EnsurePoolOutcome outcome, const QString &message) {
                    if (requestId == m_requestIds.value(index))
                        record(index, outcome, message);
                });
        connect(connection, &QObject::destroyed, this, [record, index] {
            record(index, EnsurePoolOutcome::Failed, Tr::tr("The connection was closed before it answered."));
        });
        // A connection that is not open answers at once (queued) that it is not connected.
        m_requestIds[index] = connection->requestEnsurePool(definition, setup);
    }
}

bool PoolReplicator::isFinished() const
{
    return std::all_of(m_results.cbegin(), m_results.cend(), [](const HostResult &result) { return result.done; });
}
