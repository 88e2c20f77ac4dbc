// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: Virt Ferry contributors
#include "MigrateWizardDestinationPage.h"

#include "Connection.h"
#include "ConnectionManager.h"
#include "HostTreeModel.h"
#include "MigrateWizard.h"

#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QVBoxLayout>

MigrateWizardDestinationPage::MigrateWizardDestinationPage(MigrateWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_list(new QListWidget(this))
    , m_noDestinationLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("destinationWizardPage"));
    setTitle(tr("Destination"));
    m_list->setObjectName(QStringLiteral("destinationListWidget"));
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setWordWrap(true);
    m_noDestinationLabel->setObjectName(QStringLiteral("noDestinationLabel"));
    m_noDestinationLabel->setWordWrap(true);
    m_noDestinationLabel->setText(
        tr("No host can take these virtual machines now. Connect to another host of the same hypervisor "
           "type; this list follows as hosts connect."));

    auto *label = new QLabel(tr("Move to:"), this);
    label->setBuddy(m_list);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_noDestinationLabel);

    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        Connection *chosen = row >= 0 && row < m_rows.size()
                && (m_list->item(row)->flags() & Qt::ItemIsEnabled)
            ? m_rows.at(row).data()
            : nullptr;
        if (chosen == m_selected)
            return;
        m_selected = chosen;
        Q_EMIT completeChanged();
        Q_EMIT destinationChanged();
    });
    connect(m_list, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        if ((item->flags() & Qt::ItemIsEnabled) && m_selected)
            m_wizard->next();
    });

    if (ConnectionManager *manager = wizard->connectionManager()) {
        connect(manager, &ConnectionManager::connectionAdded, this, &MigrateWizardDestinationPage::rebuild);
        // The connection is still alive here; it is gone from the manager's list after.
        connect(manager, &ConnectionManager::connectionRemoved, this, &MigrateWizardDestinationPage::rebuild,
            Qt::QueuedConnection);
    }
    rebuild();
}

Connection *MigrateWizardDestinationPage::destination() const
{
    return m_selected;
}

bool MigrateWizardDestinationPage::selectDestination(Connection *connection)
{
    const qsizetype row = m_rows.indexOf(connection);
    if (row < 0 || !(m_list->item(int(row))->flags() & Qt::ItemIsEnabled))
        return false;
    m_list->setCurrentRow(int(row));
    return m_selected == connection;
}

QString MigrateWizardDestinationPage::unusableReason(const Connection *source, const Connection *candidate)
{
    if (candidate == source)
        return tr("the virtual machines are on this host");
    if (!source || !source->isOpen())
        return tr("the source host is not connected");
    switch (candidate->state()) {
    case Connection::State::Connected:
        break;
    case Connection::State::Connecting:
        return tr("connecting…");
    case Connection::State::Disconnected:
    case Connection::State::Failed:
        return candidate->stateReason().isEmpty() ? tr("not connected")
                                                  : tr("not connected: %1").arg(candidate->stateReason());
    }
    if (candidate->config().uri() == source->config().uri())
        return tr("another connection to the source host");
    const QString sourceType = source->hostInfo().hypervisorType;
    const QString type = candidate->hostInfo().hypervisorType;
    if (!sourceType.isEmpty() && !type.isEmpty() && sourceType.compare(type, Qt::CaseInsensitive) != 0)
        return tr("runs %1, the source runs %2: both need the same hypervisor").arg(type, sourceType);
    return {};
}

bool MigrateWizardDestinationPage::isComplete() const
{
    return m_selected && unusableReason(m_wizard->source(), m_selected).isEmpty();
}

void MigrateWizardDestinationPage::watch(Connection *connection)
{
    connect(connection, &Connection::stateChanged, this, &MigrateWizardDestinationPage::rebuild,
        Qt::UniqueConnection);
}

void MigrateWizardDestinationPage::rebuild()
{
    const QPointer<Connection> previous = m_selected;
    Connection *source = m_wizard->source();
    if (source)
        watch(source);
    m_list->blockSignals(true);
    m_list->clear();
    m_rows.clear();
    int usable = 0;
    int selectRow = -1;
    ConnectionManager *manager = m_wizard->connectionManager();
    const QList<Connection *> connections = manager ? manager->connections() : QList<Connection *>{ source };
    for (Connection *connection : connections) {
        if (!connection)
            continue;
        watch(connection);
        const QString reason = unusableReason(source, connection);
        const QString name = connection->config().effectiveDisplayName();
        auto *item = new QListWidgetItem(m_list);
        item->setData(ReasonRole, reason);
        if (reason.isEmpty()) {
            const HostInfo &host = connection->hostInfo();
            //: %1 is a connection's name, %2 the host name it reports.
            const QString title = host.hostname.isEmpty() ? name : tr("%1 — %2").arg(name, host.hostname);
            // What an administrator weighs when picking a host: hypervisor, size, load.
            //: %1 is the hypervisor ("QEMU"), %2 its version, %3 the CPU architecture ("x86_64").
            const QString facts = tr("%1 %2 · %3 · CPUs: %4 · memory: %5")
                                      .arg(host.hypervisorType, libvirtVersionText(host.hypervisorVersion),
                                          host.architecture, QLocale().toString(host.cpus), formatKiB(host.memoryKiB));
            item->setText(title + QLatin1Char('\n') + facts);
            item->setToolTip(connection->config().uri());
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
            ++usable;
            if (connection == previous)
                selectRow = m_list->count() - 1;
        } else {
            // Disabled items are greyed by the style; the reason is part of the text so it
            // is read out and seen without hovering.
            item->setText(tr("%1 — %2").arg(name, reason));
            item->setToolTip(reason);
            item->setFlags(Qt::NoItemFlags);
        }
        m_rows.append(connection);
    }
    m_list->setCurrentRow(selectRow);
    m_list->blockSignals(false);
    m_noDestinationLabel->setVisible(usable == 0);
    m_selected = selectRow >= 0 ? previous : QPointer<Connection>();
    if (m_selected != previous || selectRow < 0) {
        Q_EMIT completeChanged();
        Q_EMIT destinationChanged();
    }
    const QString sourceName = source ? source->config().effectiveDisplayName() : QString();
    const QList<DomainInfo> &domains = m_wizard->domains();
    //: %n (always more than one) virtual machines; %1 is the source host.
    const QString several = tr("Where the %n virtual machines from %1 go. Hosts that cannot take them are greyed out "
                               "with the reason.",
        nullptr, int(domains.size()));
    setSubTitle(domains.size() == 1
            ? tr("Where “%1” goes from %2. Hosts that cannot take it are greyed out with the reason.")
                  .arg(domains.first().name, sourceName)
            : several.arg(sourceName));
}
