// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: Virt Ferry contributors
#include "CpuSparklineDelegate.h"

#include "HostTreeModel.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

void CpuSparklineDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                 const QModelIndex &index) const
{
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &background, painter, widget);

    const auto history = index.data(HostTreeModel::CpuHistoryRole).value<QList<qreal>>();
    const QString text = index.data(Qt::DisplayRole).toString();
    const QRect area = option.rect.adjusted(4, 3, -4, -3);
    const int textWidth = option.fontMetrics.horizontalAdvance(QStringLiteral("100%")) + 6;
    const QRect graph = area.adjusted(0, 0, -textWidth, 0);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const bool selected = option.state & QStyle::State_Selected;
    const QColor line = selected ? option.palette.highlightedText().color() : QColor(0x2f, 0x6f, 0xb5);
    if (history.size() >= 2 && graph.width() > 10) {
        const qreal stepX = qreal(graph.width()) / (HostTreeModel::kCpuHistoryLength - 1);
        const qreal startX = graph.right() - stepX * (history.size() - 1);
        QPainterPath path;
        for (qsizetype i = 0; i < history.size(); ++i) {
            const QPointF point(startX + stepX * i, graph.bottom() - graph.height() * history[i] / 100.0);
            i == 0 ? path.moveTo(point) : path.lineTo(point);
        }
        QPainterPath fill = path;
        fill.lineTo(graph.right(), graph.bottom());
        fill.lineTo(startX, graph.bottom());
        fill.closeSubpath();
        QColor fillColor = line;
        fillColor.setAlpha(50);
        painter->fillPath(fill, fillColor);
        painter->setPen(QPen(line, 1.2));
        painter->drawPath(path);
    }
    painter->setPen(selected ? option.palette.highlightedText().color() : option.palette.text().color());
    painter->drawText(area, Qt::AlignRight | Qt::AlignVCenter, text);
    painter->restore();
}

QSize CpuSparklineDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setWidth(std::max(size.width(), 120));
    return size;
}
