// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: Virt Ferry contributors
#pragma once

#include <QAbstractListModel>

class Connection;
class ConnectionManager;

// A flat list of the session's connections (name, URI, state), for choosers such as a
// migration's destination. GUI thread only.
class ConnectionListModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionListModel)

public:
    enum Role { UriRole = Qt::UserRole + 1, StateRole, IsOpenRole, ConnectionRole };

    explicit ConnectionListModel(ConnectionManager *manager, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    Connection *connectionAt(int row) const;

private:
    void watch(Connection *connection);

    ConnectionManager *m_manager;
};
