// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: Virt Ferry contributors
#include "StoragePoolListModel.h"

#include <QLocale>
#include <QSet>

#include <algorithm>
#include <functional>

namespace {

// The protected begin/end calls of the model that owns the rows, so one algorithm keeps
// both tables current row by row.
struct RowSignals
{
    std::function<void(int)> beginInsert;
    std::function<void()> endInsert;
    std::function<void(int)> beginRemove;
    std::function<void()> endRemove;
    std::function<void(int)> changed;
};

// Replaces the row with the same key in place, or inserts the item where `less` sorts it.
template<typename Item, typename KeyOf, typename Less>
void upsertRow(QList<Item> &rows, const Item &item, KeyOf keyOf, Less less, const RowSignals &hooks)
{
    const auto key = keyOf(item);
    const auto found = std::find_if(rows.begin(), rows.end(), [&](const Item &row) { return keyOf(row) == key; });
    if (found != rows.end()) {
        *found = item;
        hooks.changed(int(found - rows.begin()));
        return;
    }
    const int position = int(std::lower_bound(rows.begin(), rows.end(), item, less) - rows.begin());
    hooks.beginInsert(position);
    rows.insert(position, item);
    hooks.endInsert();
}

template<typename Item, typename Predicate>
void removeRowsWhere(QList<Item> &rows, Predicate predicate, const RowSignals &hooks)
{
    for (int row = int(rows.size()) - 1; row >= 0; --row) {
        if (!predicate(rows.at(row)))
            continue;
        hooks.beginRemove(row);
        rows.removeAt(row);
        hooks.endRemove();
    }
}

// A new listing: rows that are gone are removed, the rest updated or inserted.
template<typename Item, typename KeyOf, typename Less>
void replaceRows(QList<Item> &rows, const QList<Item> &listing, KeyOf keyOf, Less less, const RowSignals &hooks)
{
    QSet<decltype(keyOf(listing.value(0)))> keys;
    for (const Item &item : listing)
        keys.insert(keyOf(item));
    removeRowsWhere(rows, [&](const Item &row) { return !keys.contains(keyOf(row)); }, hooks);
    for (const Item &item : listing)
        upsertRow(rows, item, keyOf, less, hooks);
}

QVariant alignedNumber(int column, std::initializer_list<int> numericColumns)
{
    if (std::find(numericColumns.begin(), numericColumns.end(), column) == numericColumns.end())
        return {};
    return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
}

std::optional<QString> columnTitle(const QStringList &titles, int section, Qt::Orientation orientation, int role)
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= titles.size())
        return std::nullopt;
    return titles.at(section);
}

const auto poolKey = [](const PoolInfo &pool) { return pool.uuid; };
const auto poolLess = [](const PoolInfo &a, const PoolInfo &b) { return a.name < b.name; };
const auto volumeKey = [](const VolumeInfo &volume) { return volume.name; };
const auto volumeLess = [](const VolumeInfo &a, const VolumeInfo &b) { return a.name < b.name; };

} // namespace

StoragePoolListModel::StoragePoolListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void StoragePoolListModel::setConnection(Connection *connection)
{
    if (m_connection)
        m_connection->disconnect(this);
    beginResetModel();
    m_connection = connection;
    m_pools.clear();
    endResetModel();
    if (!connection)
        return;
    const RowSignals hooks{
        [this](int row) { beginInsertRows({}, row, row); },
        [this] { endInsertRows(); },
        [this](int row) { beginRemoveRows({}, row, row); },
        [this] { endRemoveRows(); },
        [this](int row) { Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1)); },
    };
    connect(connection, &Connection::poolsListed, this, [this, hooks](const QList<PoolInfo> &pools) {
        replaceRows(m_pools, pools, poolKey, poolLess, hooks);
    });
    connect(connection, &Connection::poolsChanged, this, [this, hooks](const QList<PoolInfo> &pools) {
        for (const PoolInfo &pool : pools)
            upsertRow(m_pools, pool, poolKey, poolLess, hooks);
    });
    connect(connection, &Connection::poolsRemoved, this, [this, hooks](const QStringList &uuids) {
        removeRowsWhere(m_pools, [&](const PoolInfo &pool) { return uuids.contains(pool.uuid); }, hooks);
    });
    connect(connection, &QObject::destroyed, this, [this, hooks] {
        removeRowsWhere(m_pools, [](const PoolInfo &) { return true; }, hooks);
    });
    connection->refreshPools();
}

std::optional<PoolInfo> StoragePoolListModel::pool(const QString &name) const
{
    for (const PoolInfo &pool : m_pools) {
        if (pool.name == name)
            return pool;
    }
    return std::nullopt;
}

QModelIndex StoragePoolListModel::indexOfPool(const QString &name) const
{
    for (int row = 0; row < m_pools.size(); ++row) {
        if (m_pools.at(row).name == name)
            return index(row, NameColumn);
    }
    return {};
}

int StoragePoolListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_pools.size());
}

int StoragePoolListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant StoragePoolListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PoolInfo &pool = m_pools.at(index.row());
    const bool sized = pool.state == PoolState::Running || pool.capacityBytes > 0;
    switch (role) {
    case PoolInfoRole:
        return QVariant::fromValue(pool);
    case PoolNameRole:
        return pool.name;
    case UsageFractionRole:
        if (pool.capacityBytes == 0)
            return {};
        return double(pool.allocationBytes) / double(pool.capacityBytes);
    case Qt::TextAlignmentRole:
        return alignedNumber(index.column(), {UsageColumn, CapacityColumn, AllocationColumn, AvailableColumn});
    case Qt::ToolTipRole:
        if (index.column() == StateColumn && !pool.persistent)
            return tr("Transient: the pool disappears when it is stopped.");
        return {};
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (Column(index.column())) {
    case NameColumn:
        return pool.name;
    case TypeColumn:
        return pool.type;
    case StateColumn:
        return poolStateText(pool.state);
    case AutostartColumn:
        return pool.autostart ? tr("Yes") : tr("No");
    case UsageColumn:
        if (pool.capacityBytes == 0)
            return {};
        //: A percentage: how full the pool is.
        return tr("%1 %").arg(QLocale().toString(100.0 * double(pool.allocationBytes) / double(pool.capacityBytes),
                                                 'f', 0));
    case CapacityColumn:
        return sized ? formatBytes(pool.capacityBytes) : QString();
    case AllocationColumn:
        return sized ? formatBytes(pool.allocationBytes) : QString();
    case AvailableColumn:
        return sized ? formatBytes(pool.availableBytes) : QString();
    case TargetPathColumn:
        return pool.targetPath;
    case SourceColumn:
        return pool.sourceDescription;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant StoragePoolListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    // In Column order.
    const QStringList titles{tr("Name"),     tr("Type"),       tr("State"),     tr("Autostart"),
                             tr("Usage"),    tr("Capacity"),   tr("Allocation"), tr("Available"),
                             tr("Target path"), tr("Source", "storage pool's source: server and export, or device")};
    Q_ASSERT(titles.size() == ColumnCount);
    if (const auto title = columnTitle(titles, section, orientation, role))
        return *title;
    return QAbstractTableModel::headerData(section, orientation, role);
}

StorageVolumeListModel::StorageVolumeListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void StorageVolumeListModel::setPool(Connection *connection, const QString &poolName)
{
    if (m_connection)
        m_connection->disconnect(this);
    beginResetModel();
    m_connection = connection;
    m_poolName = connection ? poolName : QString();
    m_volumes.clear();
    endResetModel();
    if (!connection || poolName.isEmpty())
        return;
    const RowSignals hooks{
        [this](int row) { beginInsertRows({}, row, row); },
        [this] { endInsertRows(); },
        [this](int row) { beginRemoveRows({}, row, row); },
        [this] { endRemoveRows(); },
        [this](int row) { Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1)); },
    };
    connect(connection, &Connection::volumesListed, this,
            [this, hooks](quint64, const QString &pool, const QList<VolumeInfo> &volumes) {
                if (pool == m_poolName)
                    replaceRows(m_volumes, volumes, volumeKey, volumeLess, hooks);
            });
    const auto clear = [this, hooks] { removeRowsWhere(m_volumes, [](const VolumeInfo &) { return true; }, hooks); };
    connect(connection, &Connection::stateChanged, this, [this, clear](Connection::State state) {
        if (state == Connection::State::Connected)
            m_connection->requestVolumes(m_poolName);
        else
            clear();
    });
    connect(connection, &QObject::destroyed, this, clear);
    if (connection->isOpen())
        connection->requestVolumes(poolName);
}

std::optional<VolumeInfo> StorageVolumeListModel::volume(int row) const
{
    if (row < 0 || row >= m_volumes.size())
        return std::nullopt;
    return m_volumes.at(row);
}

int StorageVolumeListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_volumes.size());
}

int StorageVolumeListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant StorageVolumeListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const VolumeInfo &volume = m_volumes.at(index.row());
    switch (role) {
    case VolumeInfoRole:
        return QVariant::fromValue(volume);
    case VolumeNameRole:
        return volume.name;
    case Qt::TextAlignmentRole:
        return alignedNumber(index.column(), {CapacityColumn, AllocationColumn});
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (Column(index.column())) {
    case NameColumn:
        return volume.name;
    case FormatColumn:
        return volume.format;
    case CapacityColumn:
        return formatBytes(volume.capacityBytes);
    case AllocationColumn:
        return formatBytes(volume.allocationBytes);
    case PathColumn:
        return volume.path;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant StorageVolumeListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    // In Column order.
    const QStringList titles{tr("Name"), tr("Format"), tr("Capacity"), tr("Allocation"), tr("Path")};
    Q_ASSERT(titles.size() == ColumnCount);
    if (const auto title = columnTitle(titles, section, orientation, role))
        return *title;
    return QAbstractTableModel::headerData(section, orientation, role);
}
