// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: Virt Ferry contributors
#pragma once

#include "DomainDisks.h"
#include "DomainInfo.h"
#include "MigrationPlan.h"

#include <QList>
#include <QPointer>
#include <QWizard>

#include <memory>

class Connection;
class ConnectionManager;

// The migrate wizard: destination (unusable hosts greyed with the reason), method (what
// the VMs' state allows: live on shared storage, live with storage copy, offline, save
// state and move), disks and destination pool, options (advanced collapsed), pre-flight
// checks, and a summary with every step and the equivalent virsh command line. It only
// decides: on accept, the caller reads destination(), targets() and plan() and starts a
// MigrationBatch.
class MigrateWizard final : public QWizard
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MigrateWizard)

public:
    enum PageId { DestinationPageId, MethodPageId, StoragePageId, OptionsPageId, ChecksPageId, SummaryPageId };

    // `domains` all belong to `source`; several VMs migrate with one plan.
    MigrateWizard(ConnectionManager *connections, Connection *source, QList<DomainInfo> domains,
        QWidget *parent = nullptr);
    ~MigrateWizard() override;

    // Preselects a destination (a VM dropped onto a host) and skips to the next page.
    void setDestination(Connection *destination);

    Connection *source() const;
    Connection *destination() const;
    const QList<DomainInfo> &domains() const;
    MigrationPlan plan() const;

    ConnectionManager *connectionManager() const;
    // The disks of a VM as its live definition on the source describes them (read on
    // the connection's worker when the wizard opens); empty until then.
    QList<DomainDisk> disks(const QString &uuid) const;
    bool disksKnown() const;
    // The live XML those disks were read from; empty until it arrived.
    QString domainXml(const QString &uuid) const;
    // Why a VM's definition could not be read; empty when it was (or is still asked).
    QString disksError() const;

    int nextId() const override;

Q_SIGNALS:
    // The chosen destination changed (or its state did).
    void destinationChanged();
    // A VM's disks arrived.
    void disksChanged();
    // The method, move kind or any option changed: the plan is different.
    void planChanged();

private:
    void onDomainXml(quint64 requestId, const QString &uuid, const QString &xml, const QString &errorMessage);

    struct Private;
    std::unique_ptr<Private> d;
};
