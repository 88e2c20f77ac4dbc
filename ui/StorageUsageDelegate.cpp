// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: Virt Ferry contributors
#include "StorageUsageDelegate.h"

#include "FieldErrors.h"
#include "StoragePoolListModel.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace {
constexpr int kHorizontalMargin = 4;
constexpr int kVerticalMargin = 3;
constexpr int kTextPadding = 8;

QColor barColour(double fraction, const QPalette &palette)
{
    if (fraction >= StorageUsageDelegate::kCriticalFraction)
        return FieldErrors::errorColor();
    if (fraction >= StorageUsageDelegate::kWarningFraction)
        return QColor(0xf6, 0x74, 0x00); // Breeze's "neutral text", readable in both themes
    return palette.color(QPalette::Highlight);
}
} // namespace

StorageUsageDelegate::StorageUsageDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
}

QString StorageUsageDelegate::usageText(const QModelIndex &index)
{
    const QVariant variant = index.data(StoragePoolListModel::PoolInfoRole);
    if (!variant.canConvert<PoolInfo>())
        return {};
    const auto pool = variant.value<PoolInfo>();
    if (pool.capacityBytes == 0)
        return {};
    return tr("%1 of %2").arg(formatBytes(pool.allocationBytes), formatBytes(pool.capacityBytes));
}

void StorageUsageDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                 const QModelIndex &index) const
{
    const QVariant fractionVariant = index.data(StoragePoolListModel::UsageFractionRole);
    const QString text = usageText(index);
    if (!fractionVariant.isValid() || text.isEmpty()) {
        // Unknown usage (an inactive pool): whatever the model says, usually a dash.
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    const double fraction = std::clamp(fractionVariant.toDouble(), 0.0, 1.0);

    // The selection background first, so a selected row still reads as selected.
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &background, painter, widget);

    const QRectF bar = QRectF(option.rect).adjusted(kHorizontalMargin, kVerticalMargin, -kHorizontalMargin,
                                                    -kVerticalMargin);
    if (bar.width() <= 2 || bar.height() <= 2)
        return;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QPalette &palette = option.palette;
    QPainterPath frame;
    frame.addRoundedRect(bar, 3, 3);
    painter->setPen(QPen(palette.color(QPalette::Mid), 1));
    painter->setBrush(palette.color(QPalette::Base));
    painter->drawPath(frame);

    QColor fill = barColour(fraction, palette);
    // On a selected row the highlight colour is also the row's background; a darker fill
    // keeps the bar readable as a bar.
    if ((option.state & QStyle::State_Selected) && fill == palette.color(QPalette::Highlight))
        fill = fill.darker(150);
    if (fraction > 0) {
        QRectF filled = bar.adjusted(2, 2, -2, -2);
        filled.setWidth(std::max(2.0, filled.width() * fraction));
        painter->setClipPath(frame);
        painter->fillRect(filled, fill);
        painter->setClipping(false);
    }

    // The text straddles the fill edge: draw it twice, clipped, so both halves stay readable.
    QRectF filledArea = bar.adjusted(2, 0, 0, 0);
    filledArea.setWidth(std::max(0.0, (bar.width() - 4) * fraction));
    painter->setFont(option.font);
    painter->setPen(palette.color(QPalette::Text));
    painter->setClipRect(QRectF(filledArea.right(), bar.top(), bar.right() - filledArea.right(), bar.height()));
    painter->drawText(bar, Qt::AlignCenter, text);
    painter->setPen(fraction >= kWarningFraction ? QColor(Qt::white) : palette.color(QPalette::HighlightedText));
    painter->setClipRect(filledArea);
    painter->drawText(bar, Qt::AlignCenter, text);
    painter->restore();
}

QSize StorageUsageDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    const QString text = usageText(index);
    if (!text.isEmpty()) {
        const int textWidth = option.fontMetrics.horizontalAdvance(text);
        size.setWidth(std::max(size.width(), textWidth + 2 * (kHorizontalMargin + kTextPadding)));
        size.setHeight(std::max(size.height(), option.fontMetrics.height() + 2 * kVerticalMargin + 2));
    }
    return size;
}
