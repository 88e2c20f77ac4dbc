// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: Virt Ferry contributors
#include "StateIcons.h"

#include <QHash>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace {

constexpr int kIconSize = 32; // drawn large, scaled down crisply by QIcon
constexpr int kSpinnerFrames = 12;

QPixmap canvas()
{
    QPixmap pixmap(kIconSize, kIconSize);
    pixmap.fill(Qt::transparent);
    return pixmap;
}

QIcon disc(const QColor &fill, const std::function<void(QPainter &)> &glyph)
{
    QPixmap pixmap = canvas();
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(fill.darker(140), 2));
    painter.setBrush(fill);
    painter.drawEllipse(QRectF(3, 3, kIconSize - 6, kIconSize - 6));
    painter.setPen(Qt::NoPen);
    painter.setBrush(Qt::white);
    if (glyph)
        glyph(painter);
    return QIcon(pixmap);
}

void playGlyph(QPainter &painter)
{
    QPainterPath path;
    path.moveTo(13, 10);
    path.lineTo(23, 16);
    path.lineTo(13, 22);
    path.closeSubpath();
    painter.drawPath(path);
}

void pauseGlyph(QPainter &painter)
{
    painter.drawRect(QRectF(11, 10, 4, 12));
    painter.drawRect(QRectF(18, 10, 4, 12));
}

void stopGlyph(QPainter &painter)
{
    painter.drawRect(QRectF(11, 11, 10, 10));
}

void crossGlyph(QPainter &painter)
{
    painter.setPen(QPen(Qt::white, 3, Qt::SolidLine, Qt::RoundCap));
    painter.drawLine(QPointF(11, 11), QPointF(21, 21));
    painter.drawLine(QPointF(21, 11), QPointF(11, 21));
}

void hostGlyph(QPainter &painter)
{
    painter.drawRect(QRectF(9, 10, 14, 4));
    painter.drawRect(QRectF(9, 18, 14, 4));
}

} // namespace

namespace StateIcons {

QIcon forDomain(DomainState state)
{
    static QHash<int, QIcon> cache;
    auto found = cache.constFind(int(state));
    if (found != cache.cend())
        return *found;
    QIcon icon;
    switch (state) {
    case DomainState::Running:
    case DomainState::Blocked:
        icon = disc(QColor(0x2e, 0x9d, 0x4f), playGlyph);
        break;
    case DomainState::Paused:
    case DomainState::PmSuspended:
        icon = disc(QColor(0xd9, 0x96, 0x1a), pauseGlyph);
        break;
    case DomainState::ShuttingDown:
        icon = disc(QColor(0x6c, 0x8e, 0xbf), stopGlyph);
        break;
    case DomainState::Crashed:
        icon = disc(QColor(0xc0, 0x39, 0x2b), crossGlyph);
        break;
    case DomainState::ShutOff:
    case DomainState::NoState:
        icon = disc(QColor(0x8a, 0x8f, 0x98), stopGlyph);
        break;
    }
    cache.insert(int(state), icon);
    return icon;
}

QIcon forConnection(Connection::State state)
{
    switch (state) {
    case Connection::State::Connected:
        return disc(QColor(0x2f, 0x6f, 0xb5), hostGlyph);
    case Connection::State::Connecting:
        return connectingFrame(0);
    case Connection::State::Disconnected:
        return disc(QColor(0x8a, 0x8f, 0x98), hostGlyph);
    case Connection::State::Failed:
        return disc(QColor(0xc0, 0x39, 0x2b), crossGlyph);
    }
    return {};
}

QIcon connectingFrame(int frame)
{
    static QHash<int, QIcon> cache;
    const int step = frame % kSpinnerFrames;
    auto found = cache.constFind(step);
    if (found != cache.cend())
        return *found;
    QPixmap pixmap = canvas();
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(QColor(0x2f, 0x6f, 0xb5), 4, Qt::SolidLine, Qt::RoundCap));
    const int startAngle = -step * (360 / kSpinnerFrames) * 16;
    painter.drawArc(QRectF(5, 5, kIconSize - 10, kIconSize - 10), startAngle, 270 * 16);
    QIcon icon(pixmap);
    cache.insert(step, icon);
    return icon;
}

} // namespace StateIcons
