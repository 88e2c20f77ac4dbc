// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: Virt Ferry contributors
#include "HostTreeView.h"

#include "CpuSparklineDelegate.h"
#include "HostTreeModel.h"
#include "HostTreeProxyModel.h"

#include <QHeaderView>
#include <QTimer>

HostTreeView::HostTreeView(HostTreeModel *model, QWidget *parent)
    : QTreeView(parent)
    , m_model(model)
    , m_proxy(new HostTreeProxyModel(this))
    , m_spinnerTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("hostTreeView"));
    m_proxy->setSourceModel(model);
    setModel(m_proxy);
    setItemDelegateForColumn(HostTreeModel::CpuColumn, new CpuSparklineDelegate(this));
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setUniformRowHeights(true); // lets the view lay out thousands of rows without measuring each
    setSortingEnabled(true);
    sortByColumn(HostTreeModel::NameColumn, Qt::AscendingOrder);
    setAlternatingRowColors(true);
    setContextMenuPolicy(Qt::CustomContextMenu);
    // VM rows dragged onto another host ask for their migration (HostTreeModel::migrationDropped).
    setDragEnabled(true);
    setAcceptDrops(true);
    setDropIndicatorShown(true);
    setDragDropMode(QAbstractItemView::DragDrop);
    setDefaultDropAction(Qt::MoveAction);
    setAllColumnsShowFocus(true);
    header()->setStretchLastSection(false);
    header()->setSectionResizeMode(HostTreeModel::NameColumn, QHeaderView::Stretch);
    header()->resizeSection(HostTreeModel::StateColumn, 190);
    header()->resizeSection(HostTreeModel::CpuColumn, 150);
    header()->resizeSection(HostTreeModel::VcpuColumn, 60);
    header()->resizeSection(HostTreeModel::MemoryColumn, 100);

    m_spinnerTimer->setInterval(90);
    connect(m_spinnerTimer, &QTimer::timeout, this, [this] {
        m_proxy->setSpinnerFrame(++m_spinnerFrame);
        viewport()->update();
    });
    connect(model, &QAbstractItemModel::dataChanged, this, &HostTreeView::updateSpinner);
    connect(model, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex &parent) {
        updateSpinner();
        if (!parent.isValid())
            return;
        // A host whose VMs just arrived opens, so a new user sees them at once.
        const QModelIndex proxyParent = m_proxy->mapFromSource(parent);
        if (!isExpanded(proxyParent))
            expand(proxyParent);
    });
    updateSpinner();
}

void HostTreeView::updateSpinner()
{
    bool anyConnecting = false;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex hostIndex = m_model->index(row, 0);
        if (Connection::State(hostIndex.data(HostTreeModel::ConnectionStateRole).toInt())
            == Connection::State::Connecting)
            anyConnecting = true;
    }
    // An idle window must cost no CPU: the timer runs only while something connects.
    if (anyConnecting && !m_spinnerTimer->isActive())
        m_spinnerTimer->start();
    else if (!anyConnecting)
        m_spinnerTimer->stop();
}

void HostTreeView::setFilterText(const QString &text)
{
    m_proxy->setFilterFixedString(text);
    expandAll();
}

QModelIndexList HostTreeView::selectedSourceRows() const
{
    QModelIndexList rows;
    for (const QModelIndex &proxyIndex : selectionModel()->selectedRows(0))
        rows.append(m_proxy->mapToSource(proxyIndex));
    return rows;
}

QModelIndex HostTreeView::currentSourceIndex() const
{
    const QModelIndex current = currentIndex();
    return current.isValid() ? m_proxy->mapToSource(current.siblingAtColumn(0)) : QModelIndex();
}

void HostTreeView::selectSource(const QModelIndex &sourceIndex)
{
    const QModelIndex proxyIndex = m_proxy->mapFromSource(sourceIndex);
    setCurrentIndex(proxyIndex);
    selectionModel()->select(proxyIndex, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    scrollTo(proxyIndex);
}
