// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: Virt Ferry contributors
#pragma once

#include <QList>
#include <QPointer>
#include <QWizardPage>

class Connection;
class MigrateWizard;
class QLabel;
class QListWidget;

// The migrate wizard's first page: every connection of the session, those that cannot
// take the VMs greyed out with the reason (the source itself, not connected, another
// connection to the source host, another hypervisor), kept current as hosts connect and
// disconnect.
class MigrateWizardDestinationPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MigrateWizardDestinationPage)

public:
    // On each item: why the host cannot be the destination; empty when it can.
    static constexpr int ReasonRole = Qt::UserRole + 1;

    explicit MigrateWizardDestinationPage(MigrateWizard *wizard);

    Connection *destination() const;
    // Selects `connection` if it can take the VMs; returns whether it could.
    bool selectDestination(Connection *connection);
    // Why `candidate` cannot take VMs from `source`; empty when it can.
    static QString unusableReason(const Connection *source, const Connection *candidate);

    bool isComplete() const override;

Q_SIGNALS:
    void destinationChanged();

private:
    void rebuild();
    void watch(Connection *connection);

    MigrateWizard *m_wizard;
    QListWidget *m_list;
    QLabel *m_noDestinationLabel;
    QList<QPointer<Connection>> m_rows; // parallel to the list's rows
    QPointer<Connection> m_selected;
};
