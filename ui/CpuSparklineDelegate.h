// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: Virt Ferry contributors
#pragma once

#include <QStyledItemDelegate>

// Draws a domain's recent CPU usage (HostTreeModel::CpuHistoryRole) as a sparkline with
// the current percentage, as virt-manager's CPU column does.
class CpuSparklineDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};
