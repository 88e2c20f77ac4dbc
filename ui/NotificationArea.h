// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: Virt Ferry contributors
#pragma once

#include <QWidget>

class QListWidget;

// Collects errors and results of background actions in one list, so a burst of
// failures (an unreachable host, fifty VMs that will not start) never becomes a storm of
// modal dialogs.
class NotificationArea final : public QWidget
{
    Q_OBJECT

public:
    enum class Severity { Information, Warning, Error };

    explicit NotificationArea(QWidget *parent = nullptr);

    void post(Severity severity, const QString &message);
    int count() const;
    QString latestMessage() const;
    void clear();

Q_SIGNALS:
    void posted(NotificationArea::Severity severity, const QString &message);

private:
    QListWidget *m_list;
};
