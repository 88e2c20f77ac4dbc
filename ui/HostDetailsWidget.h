// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: Virt Ferry contributors
#pragma once

#include "DomainInfo.h"

#include <QPointer>
#include <QWidget>

class Connection;
class QFormLayout;
class QLabel;

// The side panel: what is known about the selected host (from virNodeGetInfo and the
// capabilities) or the selected VM. Reads only cached values; never calls libvirt.
class HostDetailsWidget final : public QWidget
{
    Q_OBJECT

public:
    explicit HostDetailsWidget(QWidget *parent = nullptr);

    void showHost(Connection *connection);
    void showDomain(Connection *connection, const DomainInfo &domain);
    void showNothing();

private:
    void addRow(const QString &label, const QString &value, const QString &objectName);
    void clearRows();

    QLabel *m_titleLabel;
    QFormLayout *m_form;
    QPointer<Connection> m_connection;
};
