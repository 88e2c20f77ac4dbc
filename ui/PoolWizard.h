// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: Virt Ferry contributors
#pragma once

#include "StorageTypes.h"

#include <QList>
#include <QPointer>
#include <QStringList>
#include <QWizard>

#include <optional>

class Connection;
class PoolReplicator;
class PoolWizardHostsPage;
class PoolWizardResultPage;
class PoolWizardReviewPage;
class PoolWizardSourcePage;
class PoolWizardTypePage;
class StoragePoolListModel;

// Defines a storage pool on one connection and, optionally, the same pool (same XML, so
// the same target path) on other open connections at once. GUI thread only: the host is
// asked for its pool capabilities, for export discovery and for the pools themselves
// through the connections' workers and threads of their own, never here.
class PoolWizard final : public QWizard
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PoolWizard)

public:
    enum PageId { TypePageId, SourcePageId, HostsPageId, ReviewPageId, ResultPageId };

    enum class CapabilitiesState {
        Asking,  // the common types are offered until the host answers
        Known,   // what the host reported
        Unknown, // the host could not say (old libvirt, test driver…): the common types are offered
    };

    PoolWizard(Connection *connection, const QList<Connection *> &otherOpenConnections, QWidget *parent = nullptr);
    ~PoolWizard() override;

    Connection *connection() const { return m_connection; }
    QList<Connection *> otherConnections() const;

    // Pool names already used on this connection, in addition to those its pool list
    // reports (the wizard keeps a list of its own, but a caller may know more).
    void setExistingPoolNames(const QStringList &names);
    QStringList existingPoolNames() const;

    // What the pages describe now.
    QString poolName() const;
    QString poolType() const;
    PoolDefinition definition() const;
    PoolSetup setup() const;
    // This connection first, then the checked other ones, in list order.
    QList<Connection *> targetConnections() const;

    // What the host can do, when the caller already knows it (the wizard asks the host
    // itself too; whichever answer comes last counts). An error or an empty list means
    // the host could not say.
    void setCapabilities(const QList<PoolTypeSupport> &types, const QString &errorMessage = {});
    CapabilitiesState capabilitiesState() const { return m_capabilitiesState; }
    const QString &capabilitiesError() const { return m_capabilitiesError; }
    // The host's answer for `type`; nullopt unless the state is Known and it was listed.
    std::optional<PoolTypeSupport> typeSupport(const QString &type) const;
    const QList<PoolTypeSupport> &capabilities() const { return m_capabilities; }

    // The running or finished replication of the result page; nullptr before it starts.
    PoolReplicator *replicator() const;

Q_SIGNALS:
    void existingPoolNamesChanged();
    void capabilitiesChanged();

private:
    void onCapabilitiesReady(quint64 requestId, const QList<PoolTypeSupport> &types, const QString &errorMessage);

    QPointer<Connection> m_connection;
    QList<QPointer<Connection>> m_otherConnections;
    StoragePoolListModel *m_poolModel = nullptr;
    QStringList m_extraPoolNames;
    quint64 m_capabilitiesRequest = 0;
    CapabilitiesState m_capabilitiesState = CapabilitiesState::Asking;
    QString m_capabilitiesError;
    QList<PoolTypeSupport> m_capabilities;

    PoolWizardTypePage *m_typePage = nullptr;
    PoolWizardSourcePage *m_sourcePage = nullptr;
    PoolWizardHostsPage *m_hostsPage = nullptr;
    PoolWizardReviewPage *m_reviewPage = nullptr;
    PoolWizardResultPage *m_resultPage = nullptr;
};
