// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: Virt Ferry contributors
#pragma once

#include "Connection.h"
#include "StorageTypes.h"

#include <QAbstractTableModel>
#include <QPointer>

// The pools of one connection, as a table, kept current from the connection's
// poolsListed/poolsChanged/poolsRemoved signals (libvirt pool events), updated in place
// row by row, never reset on a change.
class StoragePoolListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StoragePoolListModel)

public:
    enum Column { NameColumn, TypeColumn, StateColumn, AutostartColumn, UsageColumn, CapacityColumn,
                  AllocationColumn, AvailableColumn, TargetPathColumn, SourceColumn, ColumnCount };
    enum Role {
        PoolInfoRole = Qt::UserRole + 1, // QVariant<PoolInfo>
        PoolNameRole,
        UsageFractionRole, // double 0–1 (allocation / capacity), for the usage bar; invalid if unknown
    };

    explicit StoragePoolListModel(QObject *parent = nullptr);
    void setConnection(Connection *connection); // nullptr clears

    Connection *connection() const { return m_connection; }
    std::optional<PoolInfo> pool(const QString &name) const;
    QModelIndex indexOfPool(const QString &name) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QPointer<Connection> m_connection;
    QList<PoolInfo> m_pools;
};

// The volumes of one pool of one connection, kept current from volumesListed (the
// worker re-lists a pool after each volume change and refresh).
class StorageVolumeListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StorageVolumeListModel)

public:
    enum Column { NameColumn, FormatColumn, CapacityColumn, AllocationColumn, PathColumn, ColumnCount };
    enum Role { VolumeInfoRole = Qt::UserRole + 1, VolumeNameRole };

    explicit StorageVolumeListModel(QObject *parent = nullptr);
    // Asks the connection for the pool's volumes; empty poolName clears.
    void setPool(Connection *connection, const QString &poolName);

    Connection *connection() const { return m_connection; }
    const QString &poolName() const { return m_poolName; }
    std::optional<VolumeInfo> volume(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QPointer<Connection> m_connection;
    QString m_poolName;
    QList<VolumeInfo> m_volumes;
};

