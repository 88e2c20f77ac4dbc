// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: Virt Ferry contributors
#pragma once

#include <QTreeView>

class HostTreeModel;
class HostTreeProxyModel;
class QTimer;

// The tree of hosts and their VMs, sorted and filtered through HostTreeProxyModel, with
// a CPU sparkline column and a spinner on hosts that are connecting.
class HostTreeView final : public QTreeView
{
    Q_OBJECT

public:
    explicit HostTreeView(HostTreeModel *model, QWidget *parent = nullptr);

    HostTreeModel *hostModel() const { return m_model; }
    HostTreeProxyModel *proxyModel() const { return m_proxy; }
    void setFilterText(const QString &text);

    // Selection mapped back to the source model: column-0 indexes.
    QModelIndexList selectedSourceRows() const;
    QModelIndex currentSourceIndex() const;
    void selectSource(const QModelIndex &sourceIndex);

private:
    void updateSpinner();

    HostTreeModel *m_model;
    HostTreeProxyModel *m_proxy;
    QTimer *m_spinnerTimer;
    int m_spinnerFrame = 0;
};
