// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: Virt Ferry contributors
#include "PoolWizard.h"

#include "Connection.h"
#include "PoolReplicator.h"
#include "PoolWizardHostsPage.h"
#include "PoolWizardResultPage.h"
#include "PoolWizardReviewPage.h"
#include "PoolWizardSourcePage.h"
#include "PoolWizardTypePage.h"
#include "StoragePoolListModel.h"

PoolWizard::PoolWizard(Connection *connection, const QList<Connection *> &otherOpenConnections, QWidget *parent)
    : QWizard(parent)
    , m_connection(connection)
    , m_poolModel(new StoragePoolListModel(this))
{
    setObjectName(QStringLiteral("poolWizard"));
    setWindowTitle(tr("New storage pool on %1")
                       .arg(connection ? connection->config().effectiveDisplayName() : QString()));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage, true);
    // Once the result page shows, the pools are being made: there is nothing left to cancel.
    setOption(QWizard::NoCancelButtonOnLastPage, true);
    for (Connection *other : otherOpenConnections) {
        if (other && other != connection)
            m_otherConnections.append(other);
    }

    // The pool list is the wizard's own, so duplicate names are caught even when the caller
    // passes none; the model asks the connection for a fresh listing.
    const auto namesChanged = [this] { Q_EMIT existingPoolNamesChanged(); };
    connect(m_poolModel, &QAbstractItemModel::rowsInserted, this, namesChanged);
    connect(m_poolModel, &QAbstractItemModel::rowsRemoved, this, namesChanged);
    connect(m_poolModel, &QAbstractItemModel::modelReset, this, namesChanged);
    connect(m_poolModel, &QAbstractItemModel::dataChanged, this, namesChanged);
    m_poolModel->setConnection(connection);

    m_typePage = new PoolWizardTypePage(this);
    m_sourcePage = new PoolWizardSourcePage(this);
    m_hostsPage = new PoolWizardHostsPage(this);
    m_reviewPage = new PoolWizardReviewPage(this);
    m_resultPage = new PoolWizardResultPage(this);
    setPage(TypePageId, m_typePage);
    setPage(SourcePageId, m_sourcePage);
    setPage(HostsPageId, m_hostsPage);
    setPage(ReviewPageId, m_reviewPage);
    setPage(ResultPageId, m_resultPage);
    setStartId(TypePageId);

    if (connection) {
        connect(connection, &Connection::poolCapabilitiesReady, this, &PoolWizard::onCapabilitiesReady);
        // A connection that is not open answers at once with why: the common types stay.
        m_capabilitiesRequest = connection->requestPoolCapabilities();
    } else {
        m_capabilitiesState = CapabilitiesState::Unknown;
        m_capabilitiesError = tr("no connection");
        Q_EMIT capabilitiesChanged();
    }
}

PoolWizard::~PoolWizard() = default;

QList<Connection *> PoolWizard::otherConnections() const
{
    QList<Connection *> connections;
    for (const QPointer<Connection> &connection : m_otherConnections)
        connections.append(connection.data());
    return connections;
}

void PoolWizard::setExistingPoolNames(const QStringList &names)
{
    m_extraPoolNames = names;
    Q_EMIT existingPoolNamesChanged();
}

QStringList PoolWizard::existingPoolNames() const
{
    QStringList names = m_extraPoolNames;
    for (int row = 0; row < m_poolModel->rowCount(); ++row) {
        const QString name = m_poolModel->index(row, 0).data(StoragePoolListModel::PoolNameRole).toString();
        if (!names.contains(name))
            names.append(name);
    }
    return names;
}

QString PoolWizard::poolName() const
{
    return m_typePage->poolName();
}

QString PoolWizard::poolType() const
{
    return m_typePage->poolType();
}

PoolDefinition PoolWizard::definition() const
{
    PoolDefinition definition;
    definition.name = poolName();
    definition.type = poolType();
    m_sourcePage->fillDefinition(definition);
    return definition;
}

PoolSetup PoolWizard::setup() const
{
    return m_hostsPage->setup();
}

QList<Connection *> PoolWizard::targetConnections() const
{
    QList<Connection *> connections;
    if (m_connection)
        connections.append(m_connection);
    connections.append(m_hostsPage->checkedConnections());
    return connections;
}

std::optional<PoolTypeSupport> PoolWizard::typeSupport(const QString &type) const
{
    if (m_capabilitiesState != CapabilitiesState::Known)
        return std::nullopt;
    for (const PoolTypeSupport &support : m_capabilities) {
        if (support.type == type)
            return support;
    }
    return std::nullopt;
}

PoolReplicator *PoolWizard::replicator() const
{
    return m_resultPage->replicator();
}

void PoolWizard::onCapabilitiesReady(quint64 requestId, const QList<PoolTypeSupport> &types,
                                     const QString &errorMessage)
{
    if (requestId != m_capabilitiesRequest)
        return;
    setCapabilities(types, errorMessage);
}

void PoolWizard::setCapabilities(const QList<PoolTypeSupport> &types, const QString &errorMessage)
{
    if (errorMessage.isEmpty() && !types.isEmpty()) {
        m_capabilitiesState = CapabilitiesState::Known;
        m_capabilities = types;
        m_capabilitiesError.clear();
    } else {
        m_capabilitiesState = CapabilitiesState::Unknown;
        m_capabilities.clear();
        m_capabilitiesError = errorMessage.isEmpty() ? tr("it listed no pool types") : errorMessage;
    }
    Q_EMIT capabilitiesChanged();
}
