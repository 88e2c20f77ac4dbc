// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: Virt Ferry contributors
#include "HostTreeProxyModel.h"

#include "HostTreeModel.h"
#include "StateIcons.h"

HostTreeProxyModel::HostTreeProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(HostTreeModel::SortRole);
    setFilterCaseSensitivity(Qt::CaseInsensitive);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
    setRecursiveFilteringEnabled(false);
}

QVariant HostTreeProxyModel::data(const QModelIndex &index, int role) const
{
    if (role != Qt::DecorationRole || index.column() != HostTreeModel::NameColumn)
        return QSortFilterProxyModel::data(index, role);
    const auto kind = HostTreeModel::RowKind(index.data(HostTreeModel::RowKindRole).toInt());
    if (kind == HostTreeModel::RowKind::Domain)
        return StateIcons::forDomain(DomainState(index.data(HostTreeModel::DomainStateRole).toInt()));
    const auto state = Connection::State(index.data(HostTreeModel::ConnectionStateRole).toInt());
    if (state == Connection::State::Connecting)
        return StateIcons::connectingFrame(m_spinnerFrame);
    return StateIcons::forConnection(state);
}

void HostTreeProxyModel::setSpinnerFrame(int frame)
{
    m_spinnerFrame = frame;
}

bool HostTreeProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    // Hosts always stay visible; the filter narrows their VMs.
    if (!sourceParent.isValid())
        return true;
    return QSortFilterProxyModel::filterAcceptsRow(sourceRow, sourceParent);
}

bool HostTreeProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    // Keep hosts in the order the user added them, whatever the sort column.
    if (!left.parent().isValid())
        return sortOrder() == Qt::AscendingOrder ? left.row() < right.row() : left.row() > right.row();
    return QSortFilterProxyModel::lessThan(left, right);
}
