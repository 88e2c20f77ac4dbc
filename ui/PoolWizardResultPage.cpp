// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: Virt Ferry contributors
#include "PoolWizardResultPage.h"

#include "Connection.h"
#include "PoolWizard.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

PoolWizardResultPage::PoolWizardResultPage(PoolWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_statusLabel(new QLabel(this))
    , m_resultTree(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("resultWizardPage"));
    setTitle(tr("Result"));
    m_statusLabel->setObjectName(QStringLiteral("resultStatusLabel"));
    m_statusLabel->setWordWrap(true);
    m_resultTree->setObjectName(QStringLiteral("resultTreeWidget"));
    m_resultTree->setHeaderLabels({tr("Host"), tr("Result")});
    m_resultTree->setRootIsDecorated(false);
    m_resultTree->setWordWrap(true);
    m_resultTree->header()->setSectionResizeMode(HostColumn, QHeaderView::ResizeToContents);
    m_resultTree->header()->setStretchLastSection(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_statusLabel);
    layout->addWidget(m_resultTree, 1);
}

QString PoolWizardResultPage::resultText(EnsurePoolOutcome outcome, const QString &message)
{
    QString text;
    switch (outcome) {
    case EnsurePoolOutcome::Created:
        text = tr("Created");
        break;
    case EnsurePoolOutcome::AlreadyIdentical:
        text = tr("Already exists identically");
        break;
    case EnsurePoolOutcome::Conflict:
        text = tr("Conflict");
        break;
    case EnsurePoolOutcome::Failed:
        text = tr("Failed");
        break;
    }
    //: %1 is the outcome on a host ("Failed"), %2 libvirt's message.
    return message.isEmpty() ? text : tr("%1: %2").arg(text, message);
}

void PoolWizardResultPage::initializePage()
{
    // Reached only through the commit page, so this runs once.
    if (m_replicator)
        return;
    const QList<Connection *> connections = m_wizard->targetConnections();
    for (Connection *connection : connections) {
        auto *item = new QTreeWidgetItem(m_resultTree);
        item->setText(HostColumn, connection->config().effectiveDisplayName());
        item->setText(ResultColumn, tr("Working…"));
    }
    m_statusLabel->setText(tr("Defining the pool on %n host(s)…", nullptr, int(connections.size())));
    m_replicator = new PoolReplicator(this);
    connect(m_replicator, &PoolReplicator::hostFinished, this, &PoolWizardResultPage::showHostResult);
    connect(m_replicator, &PoolReplicator::finished, this, &PoolWizardResultPage::showFinished);
    m_replicator->start(m_wizard->definition(), m_wizard->setup(), connections);
}

void PoolWizardResultPage::showHostResult(int index, const PoolReplicator::HostResult &result)
{
    QTreeWidgetItem *item = m_resultTree->topLevelItem(index);
    if (!item)
        return;
    item->setText(ResultColumn, resultText(result.outcome, result.message));
    item->setToolTip(ResultColumn, result.message);
    item->setData(ResultColumn, OutcomeRole, int(result.outcome));
    QStyle::StandardPixmap icon = QStyle::SP_DialogApplyButton;
    if (result.outcome == EnsurePoolOutcome::Conflict)
        icon = QStyle::SP_MessageBoxWarning;
    else if (result.outcome == EnsurePoolOutcome::Failed)
        icon = QStyle::SP_MessageBoxCritical;
    item->setIcon(ResultColumn, style()->standardIcon(icon));
}

void PoolWizardResultPage::showFinished()
{
    int good = 0;
    const QList<PoolReplicator::HostResult> &results = m_replicator->results();
    for (int index = 0; index < results.size(); ++index) {
        // Rows already shown stay; this catches any host whose answer came with finished().
        if (results[index].done)
            showHostResult(index, results[index]);
        if (results[index].outcome == EnsurePoolOutcome::Created
            || results[index].outcome == EnsurePoolOutcome::AlreadyIdentical)
            ++good;
    }
    if (good == results.size())
        m_statusLabel->setText(tr("The pool is ready on every host."));
    else
        m_statusLabel->setText(tr("The pool is ready on %1 of %n host(s); see the reasons below.", nullptr,
                                   int(results.size()))
                                   .arg(QLocale().toString(good)));
    Q_EMIT completeChanged();
}

bool PoolWizardResultPage::isComplete() const
{
    return m_replicator && m_replicator->isFinished();
}
