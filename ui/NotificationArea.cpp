// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: Virt Ferry contributors
#include "NotificationArea.h"

#include <QHBoxLayout>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QStyle>
#include <QTime>
#include <QVBoxLayout>

namespace {
constexpr int kMaximumEntries = 500;
}

NotificationArea::NotificationArea(QWidget *parent)
    : QWidget(parent)
    , m_list(new QListWidget(this))
{
    setObjectName(QStringLiteral("notificationArea"));
    m_list->setObjectName(QStringLiteral("notificationsListWidget"));
    m_list->setWordWrap(true);
    auto *clearButton = new QPushButton(tr("Clear"), this);
    clearButton->setObjectName(QStringLiteral("clearNotificationsButton"));
    connect(clearButton, &QPushButton::clicked, this, &NotificationArea::clear);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(clearButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addWidget(m_list);
    layout->addLayout(buttons);
}

void NotificationArea::post(Severity severity, const QString &message)
{
    QStyle::StandardPixmap icon = QStyle::SP_MessageBoxInformation;
    if (severity == Severity::Warning)
        icon = QStyle::SP_MessageBoxWarning;
    else if (severity == Severity::Error)
        icon = QStyle::SP_MessageBoxCritical;
    const QString time = QLocale().toString(QTime::currentTime(), QLocale::ShortFormat);
    auto *item = new QListWidgetItem(style()->standardIcon(icon), QStringLiteral("%1  %2").arg(time, message));
    m_list->insertItem(0, item);
    while (m_list->count() > kMaximumEntries)
        delete m_list->takeItem(m_list->count() - 1);
    Q_EMIT posted(severity, message);
}

int NotificationArea::count() const
{
    return m_list->count();
}

QString NotificationArea::latestMessage() const
{
    return m_list->count() ? m_list->item(0)->text() : QString();
}

void NotificationArea::clear()
{
    m_list->clear();
}
