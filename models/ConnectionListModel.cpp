// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: Virt Ferry contributors
#include "ConnectionListModel.h"

#include "Connection.h"
#include "ConnectionManager.h"

ConnectionListModel::ConnectionListModel(ConnectionManager *manager, QObject *parent)
    : QAbstractListModel(parent)
    , m_manager(manager)
{
    for (Connection *connection : manager->connections())
        watch(connection);
    connect(manager, &ConnectionManager::connectionAboutToBeAdded, this,
            [this](int row) { beginInsertRows({}, row, row); });
    connect(manager, &ConnectionManager::connectionAdded, this, [this](Connection *connection) {
        endInsertRows();
        watch(connection);
    });
    connect(manager, &ConnectionManager::connectionAboutToBeRemoved, this, [this](Connection *connection) {
        const int row = m_manager->indexOf(connection);
        connection->disconnect(this);
        beginRemoveRows({}, row, row);
    });
    connect(manager, &ConnectionManager::connectionRemoved, this, [this] { endRemoveRows(); });
}

void ConnectionListModel::watch(Connection *connection)
{
    auto changed = [this, connection] {
        const QModelIndex changedIndex = index(m_manager->indexOf(connection));
        Q_EMIT dataChanged(changedIndex, changedIndex);
    };
    connect(connection, &Connection::stateChanged, this, changed);
    connect(connection, &Connection::configChanged, this, changed);
}

int ConnectionListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_manager->connections().size());
}

Connection *ConnectionListModel::connectionAt(int row) const
{
    return row >= 0 && row < m_manager->connections().size() ? m_manager->connections().at(row) : nullptr;
}

QVariant ConnectionListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Connection *connection = connectionAt(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return connection->config().effectiveDisplayName();
    case Qt::ToolTipRole:
        return connection->stateText();
    case UriRole:
        return connection->config().uri();
    case StateRole:
        return int(connection->state());
    case IsOpenRole:
        return connection->isOpen();
    case ConnectionRole:
        return QVariant::fromValue(static_cast<QObject *>(const_cast<Connection *>(connection)));
    }
    return {};
}

QHash<int, QByteArray> ConnectionListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(UriRole, "uri");
    names.insert(StateRole, "state");
    names.insert(IsOpenRole, "isOpen");
    return names;
}
