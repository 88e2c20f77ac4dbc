// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: Virt Ferry contributors
#include "HostTreeModel.h"

#include "ConnectionManager.h"
#include "StorageTypes.h"
#include "Tr.h"

#include <QDataStream>
#include <QIODevice>
#include <QLocale>
#include <QMimeData>

#include <algorithm>

QString formatKiB(quint64 kib)
{
    return formatBytes(kib * 1024);
}

void HostTreeModel::HostNode::reindexFrom(int firstRow)
{
    for (int row = firstRow; row < int(domains.size()); ++row)
        rowByUuid.insert(domains[row].info.uuid, row);
}

HostTreeModel::HostTreeModel(ConnectionManager *manager, QObject *parent)
    : QAbstractItemModel(parent)
{
    for (Connection *connection : manager->connections())
        addConnection(connection);
    connect(manager, &ConnectionManager::connectionAdded, this, &HostTreeModel::addConnection);
    connect(manager, &ConnectionManager::connectionAboutToBeRemoved, this, &HostTreeModel::removeConnection);
}

HostTreeModel::~HostTreeModel() = default;

void HostTreeModel::addConnection(Connection *connection)
{
    const int row = int(m_hosts.size());
    beginInsertRows({}, row, row);
    auto host = std::make_unique<HostNode>();
    host->connection = connection;
    m_hosts.push_back(std::move(host));
    endInsertRows();

    connect(connection, &Connection::domainsListed, this,
            [this, connection](const QList<DomainInfo> &domains) { onDomainsListed(connection, domains); });
    connect(connection, &Connection::domainsChanged, this,
            [this, connection](const QList<DomainInfo> &domains) { onDomainsChanged(connection, domains); });
    connect(connection, &Connection::domainsRemoved, this,
            [this, connection](const QStringList &uuids) { onDomainsRemoved(connection, uuids); });
    connect(connection, &Connection::statsSampled, this,
            [this, connection](const QList<DomainStatsSample> &samples) { onStatsSampled(connection, samples); });
    connect(connection, &Connection::stateChanged, this, [this, connection] { onConnectionChanged(connection); });
    connect(connection, &Connection::configChanged, this, [this, connection] { onConnectionChanged(connection); });
}

void HostTreeModel::removeConnection(Connection *connection)
{
    const int row = hostRow(connection);
    if (row < 0)
        return;
    connection->disconnect(this);
    beginRemoveRows({}, row, row);
    m_hosts.erase(m_hosts.begin() + row);
    endRemoveRows();
}

int HostTreeModel::hostRow(const Connection *connection) const
{
    for (int row = 0; row < int(m_hosts.size()); ++row) {
        if (m_hosts[row]->connection == connection)
            return row;
    }
    return -1;
}

HostTreeModel::HostNode *HostTreeModel::hostOf(const QModelIndex &index) const
{
    return static_cast<HostNode *>(index.internalPointer());
}

QModelIndex HostTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid())
        return row < int(m_hosts.size()) ? createIndex(row, column, nullptr) : QModelIndex();
    if (hostOf(parent) || parent.column() != 0)
        return {}; // domains have no children
    HostNode *host = m_hosts[parent.row()].get();
    return row < int(host->domains.size()) ? createIndex(row, column, host) : QModelIndex();
}

QModelIndex HostTreeModel::parent(const QModelIndex &child) const
{
    const HostNode *host = child.isValid() ? hostOf(child) : nullptr;
    if (!host)
        return {};
    return createIndex(hostRow(host->connection), 0, nullptr);
}

int HostTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_hosts.size());
    if (hostOf(parent) || parent.column() != 0)
        return 0;
    return int(m_hosts[parent.row()]->domains.size());
}

int HostTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

Qt::ItemFlags HostTreeModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags result = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (hostOf(index))
        result |= Qt::ItemNeverHasChildren | Qt::ItemIsDragEnabled;
    else
        result |= Qt::ItemIsDropEnabled;
    return result;
}

QStringList HostTreeModel::mimeTypes() const
{
    return {QString::fromLatin1(kDomainsMimeType)};
}

QMimeData *HostTreeModel::mimeData(const QModelIndexList &indexes) const
{
    const HostNode *host = nullptr;
    QStringList uuids;
    QStringList names;
    for (const QModelIndex &index : indexes) {
        const HostNode *rowHost = index.isValid() && index.model() == this ? hostOf(index) : nullptr;
        if (!rowHost)
            continue; // a host row: not something to migrate
        if (host && rowHost != host)
            return nullptr; // one migration has one source host
        host = rowHost;
        const DomainInfo &info = rowHost->domains[index.row()].info;
        if (!uuids.contains(info.uuid)) {
            uuids.append(info.uuid);
            names.append(info.name);
        }
    }
    if (!host || uuids.isEmpty())
        return nullptr;
    QByteArray encoded;
    QDataStream stream(&encoded, QIODevice::WriteOnly);
    stream << host->connection->config().id << uuids;
    auto *data = new QMimeData;
    data->setData(QString::fromLatin1(kDomainsMimeType), encoded);
    data->setText(names.join(u'\n'));
    return data;
}

std::optional<HostTreeModel::DroppedDomains> HostTreeModel::decodeDrop(const QMimeData *data,
                                                                       const QModelIndex &parent) const
{
    // Only onto a host row, or between its VM rows (which the view reports as the host).
    if (!data || !parent.isValid() || parent.model() != this || hostOf(parent))
        return std::nullopt;
    const QByteArray encoded = data->data(QString::fromLatin1(kDomainsMimeType));
    if (encoded.isEmpty())
        return std::nullopt;
    QDataStream stream(encoded);
    QString sourceId;
    QStringList uuids;
    stream >> sourceId >> uuids;
    if (stream.status() != QDataStream::Ok || uuids.isEmpty())
        return std::nullopt;
    Connection *destination = m_hosts[parent.row()]->connection;
    Connection *source = nullptr;
    for (const auto &host : m_hosts) {
        if (host->connection->config().id == sourceId)
            source = host->connection;
    }
    if (!source || source == destination || !source->isOpen() || !destination->isOpen())
        return std::nullopt;
    return DroppedDomains{source, uuids, destination};
}

bool HostTreeModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int, int,
                                    const QModelIndex &parent) const
{
    return (action & supportedDropActions()) && decodeDrop(data, parent).has_value();
}

bool HostTreeModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int, int, const QModelIndex &parent)
{
    if (!(action & supportedDropActions()))
        return false;
    const std::optional<DroppedDomains> drop = decodeDrop(data, parent);
    if (!drop)
        return false;
    Q_EMIT migrationDropped(drop->source, drop->uuids, drop->destination);
    return true;
}

Qt::DropActions HostTreeModel::supportedDragActions() const
{
    return Qt::MoveAction;
}

Qt::DropActions HostTreeModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

QVariant HostTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return Tr::tr("Name");
    case StateColumn:
        return Tr::tr("State");
    case CpuColumn:
        return Tr::tr("CPU usage");
    case VcpuColumn:
        return Tr::tr("vCPUs");
    case MemoryColumn:
        return Tr::tr("Memory");
    }
    return {};
}

QHash<int, QByteArray> HostTreeModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    names.insert(RowKindRole, "rowKind");
    names.insert(UuidRole, "uuid");
    names.insert(DomainStateRole, "domainState");
    names.insert(ConnectionStateRole, "connectionState");
    names.insert(CpuHistoryRole, "cpuHistory");
    names.insert(CpuPercentRole, "cpuPercent");
    names.insert(MigrationPercentRole, "migrationPercent");
    return names;
}

QVariant HostTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (const HostNode *host = hostOf(index))
        return domainData(host->domains[index.row()], *host, index.column(), role);
    return hostData(*m_hosts[index.row()], index.column(), role);
}

QVariant HostTreeModel::hostData(const HostNode &host, int column, int role) const
{
    const Connection *connection = host.connection;
    switch (role) {
    case RowKindRole:
        return int(RowKind::Host);
    case ConnectionStateRole:
        return int(connection->state());
    case ConnectionRole:
        return QVariant::fromValue(static_cast<QObject *>(host.connection));
    case Qt::ToolTipRole:
        return QStringLiteral("%1\n%2").arg(connection->config().uri(), connection->stateText());
    case Qt::TextAlignmentRole:
        if (column == VcpuColumn || column == MemoryColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case SortRole:
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    const HostInfo &info = connection->hostInfo();
    const bool open = connection->isOpen();
    switch (column) {
    case NameColumn:
        return connection->config().effectiveDisplayName();
    case StateColumn:
        return connection->stateText();
    case VcpuColumn:
        return open && info.cpus ? QVariant(info.cpus) : QVariant();
    case MemoryColumn:
        if (!open || !info.memoryKiB)
            return {};
        return role == SortRole ? QVariant(info.memoryKiB) : QVariant(formatKiB(info.memoryKiB));
    }
    return {};
}

QVariant HostTreeModel::domainData(const DomainRow &row, const HostNode &host, int column, int role) const
{
    const DomainInfo &info = row.info;
    switch (role) {
    case RowKindRole:
        return int(RowKind::Domain);
    case UuidRole:
        return info.uuid;
    case DomainStateRole:
        return int(info.state);
    case CpuHistoryRole:
        return QVariant::fromValue(row.cpuHistory);
    case CpuPercentRole:
        return row.cpuPercent ? QVariant(*row.cpuPercent) : QVariant();
    case MigrationPercentRole: {
        const auto percent = host.migrationPercent.constFind(info.uuid);
        return percent == host.migrationPercent.cend() ? QVariant() : QVariant(*percent);
    }
    case ConnectionRole:
        return QVariant::fromValue(static_cast<QObject *>(host.connection));
    case Qt::ToolTipRole:
        return QStringLiteral("%1\n%2").arg(info.name, info.uuid);
    case Qt::TextAlignmentRole:
        if (column == VcpuColumn || column == MemoryColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case SortRole:
        switch (column) {
        case StateColumn:
            return int(info.state);
        case CpuColumn:
            return row.cpuPercent.value_or(-1.0);
        case VcpuColumn:
            return info.vcpus;
        case MemoryColumn:
            return info.memoryKiB;
        default:
            return info.name;
        }
    case Qt::DisplayRole:
        switch (column) {
        case NameColumn:
            return info.name;
        case StateColumn:
            if (const auto percent = host.migrationPercent.constFind(info.uuid);
                percent != host.migrationPercent.cend())
                //: A VM's state while it migrates; %1 is the percentage done.
                return Tr::tr("Migrating %1%").arg(QLocale().toString(*percent));
            return domainStateText(info.state);
        case CpuColumn:
            return row.cpuPercent ? QVariant(QLocale().toString(*row.cpuPercent, 'f', 0) + u'%') : QVariant();
        case VcpuColumn:
            return info.vcpus;
        case MemoryColumn:
            return formatKiB(domainStateIsActive(info.state) ? info.memoryKiB : info.maxMemoryKiB);
        }
        return {};
    default:
        return {};
    }
}

Connection *HostTreeModel::connectionAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this)
        return nullptr;
    if (const HostNode *host = hostOf(index))
        return host->connection;
    return m_hosts[index.row()]->connection;
}

QModelIndex HostTreeModel::indexOfConnection(const Connection *connection) const
{
    const int row = hostRow(connection);
    return row < 0 ? QModelIndex() : createIndex(row, 0, nullptr);
}

QModelIndex HostTreeModel::indexOfDomain(const Connection *connection, const QString &uuid) const
{
    const int row = hostRow(connection);
    if (row < 0)
        return {};
    HostNode *host = m_hosts[row].get();
    const int domainRow = host->rowByUuid.value(uuid, -1);
    return domainRow < 0 ? QModelIndex() : createIndex(domainRow, 0, host);
}

std::optional<DomainInfo> HostTreeModel::domainAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this)
        return std::nullopt;
    const HostNode *host = hostOf(index);
    if (!host)
        return std::nullopt;
    return host->domains[index.row()].info;
}

int HostTreeModel::domainCount() const
{
    int count = 0;
    for (const auto &host : m_hosts)
        count += int(host->domains.size());
    return count;
}

void HostTreeModel::setMigrationProgress(const Connection *connection, const QString &uuid,
                                         std::optional<int> percent)
{
    const int row = hostRow(connection);
    if (row < 0)
        return;
    HostNode &host = *m_hosts[row];
    const auto existing = host.migrationPercent.constFind(uuid);
    const bool had = existing != host.migrationPercent.cend();
    if (percent) {
        const int clamped = std::clamp(*percent, 0, 100);
        if (had && *existing == clamped)
            return;
        host.migrationPercent.insert(uuid, clamped);
    } else {
        if (!had)
            return;
        host.migrationPercent.remove(uuid);
    }
    const int domainRow = host.rowByUuid.value(uuid, -1);
    if (domainRow >= 0) {
        Q_EMIT dataChanged(createIndex(domainRow, StateColumn, &host), createIndex(domainRow, StateColumn, &host),
                           {Qt::DisplayRole, MigrationPercentRole});
    }
}

void HostTreeModel::onDomainsListed(Connection *connection, const QList<DomainInfo> &domains)
{
    const int row = hostRow(connection);
    if (row < 0)
        return;
    HostNode &host = *m_hosts[row];
    const QModelIndex hostIndex = createIndex(row, 0, nullptr);
    if (!host.domains.empty()) {
        beginRemoveRows(hostIndex, 0, int(host.domains.size()) - 1);
        host.domains.clear();
        host.rowByUuid.clear();
        endRemoveRows();
    }
    if (!domains.isEmpty()) {
        beginInsertRows(hostIndex, 0, int(domains.size()) - 1);
        host.domains.reserve(domains.size());
        host.rowByUuid.reserve(domains.size());
        for (const DomainInfo &info : domains)
            host.domains.push_back(DomainRow{info, std::nullopt, {}});
        host.reindexFrom(0);
        endInsertRows();
    }
    Q_EMIT domainsPopulated(connection, int(domains.size()));
}

void HostTreeModel::onDomainsChanged(Connection *connection, const QList<DomainInfo> &domains)
{
    const int row = hostRow(connection);
    if (row < 0)
        return;
    HostNode &host = *m_hosts[row];
    QList<DomainInfo> added;
    int firstChanged = INT_MAX;
    int lastChanged = -1;
    for (const DomainInfo &info : domains) {
        const int domainRow = host.rowByUuid.value(info.uuid, -1);
        if (domainRow < 0) {
            added.append(info);
            continue;
        }
        DomainRow &existing = host.domains[domainRow];
        if (!domainStateIsActive(info.state)) {
            existing.cpuPercent.reset();
            existing.cpuHistory.clear();
        }
        existing.info = info;
        firstChanged = std::min(firstChanged, domainRow);
        lastChanged = std::max(lastChanged, domainRow);
    }
    if (lastChanged >= 0) {
        Q_EMIT dataChanged(createIndex(firstChanged, 0, &host), createIndex(lastChanged, ColumnCount - 1, &host));
    }
    if (!added.isEmpty()) {
        const int first = int(host.domains.size());
        beginInsertRows(createIndex(row, 0, nullptr), first, first + int(added.size()) - 1);
        for (const DomainInfo &info : std::as_const(added))
            host.domains.push_back(DomainRow{info, std::nullopt, {}});
        host.reindexFrom(first);
        endInsertRows();
    }
}

void HostTreeModel::onDomainsRemoved(Connection *connection, const QStringList &uuids)
{
    const int row = hostRow(connection);
    if (row < 0)
        return;
    HostNode &host = *m_hosts[row];
    QList<int> rows;
    for (const QString &uuid : uuids) {
        const int domainRow = host.rowByUuid.value(uuid, -1);
        if (domainRow >= 0)
            rows.append(domainRow);
    }
    if (rows.isEmpty())
        return;
    std::sort(rows.begin(), rows.end(), std::greater<>());
    const QModelIndex hostIndex = createIndex(row, 0, nullptr);
    // Remove contiguous runs from the bottom up so earlier rows keep their numbers.
    qsizetype i = 0;
    while (i < rows.size()) {
        const int last = rows[i];
        int first = last;
        while (i + 1 < rows.size() && rows[i + 1] == first - 1)
            first = rows[++i];
        ++i;
        beginRemoveRows(hostIndex, first, last);
        for (int r = first; r <= last; ++r)
            host.rowByUuid.remove(host.domains[r].info.uuid);
        host.domains.erase(host.domains.begin() + first, host.domains.begin() + last + 1);
        endRemoveRows();
    }
    host.reindexFrom(rows.last());
}

void HostTreeModel::onStatsSampled(Connection *connection, const QList<DomainStatsSample> &samples)
{
    const int row = hostRow(connection);
    if (row < 0)
        return;
    HostNode &host = *m_hosts[row];
    int firstChanged = INT_MAX;
    int lastChanged = -1;
    QList<DomainInfo> unknownDomains;
    for (const DomainStatsSample &sample : samples) {
        const int domainRow = host.rowByUuid.value(sample.uuid, -1);
        if (domainRow < 0)
            continue; // its lifecycle event is on the way
        DomainRow &domain = host.domains[domainRow];
        bool changed = false;
        if (sample.state != DomainState::NoState && sample.state != domain.info.state) {
            domain.info.state = sample.state; // a missed event corrects itself here
            changed = true;
        }
        if (sample.vcpus && *sample.vcpus != domain.info.vcpus) {
            domain.info.vcpus = *sample.vcpus;
            changed = true;
        }
        if (sample.memoryKiB && *sample.memoryKiB != domain.info.memoryKiB) {
            domain.info.memoryKiB = *sample.memoryKiB;
            changed = true;
        }
        if (sample.cpuPercent) {
            domain.cpuPercent = sample.cpuPercent;
            domain.cpuHistory.append(*sample.cpuPercent);
            if (domain.cpuHistory.size() > kCpuHistoryLength)
                domain.cpuHistory.removeFirst();
            changed = true;
        }
        if (changed) {
            firstChanged = std::min(firstChanged, domainRow);
            lastChanged = std::max(lastChanged, domainRow);
        }
    }
    if (lastChanged >= 0)
        Q_EMIT dataChanged(createIndex(firstChanged, 0, &host), createIndex(lastChanged, ColumnCount - 1, &host));
}

void HostTreeModel::onConnectionChanged(Connection *connection)
{
    const int row = hostRow(connection);
    if (row >= 0)
        Q_EMIT dataChanged(createIndex(row, 0, nullptr), createIndex(row, ColumnCount - 1, nullptr));
}
