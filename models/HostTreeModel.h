// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: Virt Ferry contributors
#pragma once

#include "Connection.h"
#include "DomainInfo.h"

#include <QAbstractItemModel>
#include <QHash>

#include <memory>
#include <vector>

class ConnectionManager;
class QMimeData;

// The host tree: one top-level row per connection, its domains as children. Fed by the
// connections' signals; every batch from a worker becomes one insert, one remove range
// or one dataChanged span, so thousands of domains arrive in one go. GUI thread only.
class HostTreeModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HostTreeModel)

public:
    enum Column { NameColumn, StateColumn, CpuColumn, VcpuColumn, MemoryColumn, ColumnCount };
    enum class RowKind { Host, Domain };
    enum Role {
        RowKindRole = Qt::UserRole + 1, // RowKind as int
        UuidRole, // domains
        DomainStateRole, // DomainState as int
        ConnectionStateRole, // Connection::State as int (hosts)
        CpuHistoryRole, // QList<qreal>, oldest first, percent
        CpuPercentRole, // qreal, or invalid when unknown
        ConnectionRole, // Connection* as QObject*
        SortRole, // a value that sorts naturally per column
        MigrationPercentRole, // int 0-100 while a migration of the VM runs, else invalid
    };
    static constexpr int kCpuHistoryLength = 40;
    // Dragged VM rows: the source connection's id and the VMs' UUIDs (see mimeData()).
    static constexpr const char *kDomainsMimeType = "application/x-virtferry-domains";

    explicit HostTreeModel(ConnectionManager *manager, QObject *parent = nullptr);
    ~HostTreeModel() override;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Dragging VM rows of one host onto another connected host asks for their migration
    // (migrationDropped); nothing is moved by the model itself.
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;
    Qt::DropActions supportedDragActions() const override;
    Qt::DropActions supportedDropActions() const override;

    Connection *connectionAt(const QModelIndex &index) const;
    QModelIndex indexOfConnection(const Connection *connection) const;
    QModelIndex indexOfDomain(const Connection *connection, const QString &uuid) const;
    std::optional<DomainInfo> domainAt(const QModelIndex &index) const;
    int domainCount() const;

    // The percent of a running migration of a VM (its State cell reads "Migrating 42%");
    // nullopt clears it. Kept by UUID, so it survives the host relisting its VMs.
    void setMigrationProgress(const Connection *connection, const QString &uuid, std::optional<int> percent);

Q_SIGNALS:
    // Emitted after a connection's domains were (re)listed in one batch.
    void domainsPopulated(Connection *connection, int count);
    // VMs of `source` (by UUID) were dropped onto the host row of `destination`.
    void migrationDropped(Connection *source, const QStringList &uuids, Connection *destination);

private:
    struct DomainRow
    {
        DomainInfo info;
        std::optional<double> cpuPercent;
        QList<qreal> cpuHistory;
    };
    struct HostNode
    {
        Connection *connection = nullptr;
        std::vector<DomainRow> domains;
        QHash<QString, int> rowByUuid;
        QHash<QString, int> migrationPercent;
        void reindexFrom(int firstRow);
    };

    struct DroppedDomains
    {
        Connection *source = nullptr;
        QStringList uuids;
        Connection *destination = nullptr;
    };
    // What a drop would migrate; nullopt when it is not a drop of VMs onto another open host.
    std::optional<DroppedDomains> decodeDrop(const QMimeData *data, const QModelIndex &parent) const;

    void addConnection(Connection *connection);
    void removeConnection(Connection *connection);
    int hostRow(const Connection *connection) const;
    HostNode *hostOf(const QModelIndex &index) const;
    void onDomainsListed(Connection *connection, const QList<DomainInfo> &domains);
    void onDomainsChanged(Connection *connection, const QList<DomainInfo> &domains);
    void onDomainsRemoved(Connection *connection, const QStringList &uuids);
    void onStatsSampled(Connection *connection, const QList<DomainStatsSample> &samples);
    void onConnectionChanged(Connection *connection);
    QVariant hostData(const HostNode &host, int column, int role) const;
    QVariant domainData(const DomainRow &row, const HostNode &host, int column, int role) const;

    std::vector<std::unique_ptr<HostNode>> m_hosts;
};

QString formatKiB(quint64 kib);
