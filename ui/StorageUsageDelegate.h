// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: Virt Ferry contributors
#pragma once

#include <QStyledItemDelegate>

// Paints a pool's usage column as a bar (allocation / capacity) with "x of y" on it, so a
// nearly full pool stands out in a list of many. Reads StoragePoolListModel's roles only.
class StorageUsageDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StorageUsageDelegate)

public:
    // Above these fractions the bar turns to warning, then error colours.
    static constexpr double kWarningFraction = 0.80;
    static constexpr double kCriticalFraction = 0.95;

    explicit StorageUsageDelegate(QObject *parent = nullptr);

    // "12.0 GiB of 100 GiB", or empty when the pool reports no capacity (inactive).
    static QString usageText(const QModelIndex &index);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};
