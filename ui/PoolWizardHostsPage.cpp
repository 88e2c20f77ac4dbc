// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: Virt Ferry contributors
#include "PoolWizardHostsPage.h"

#include "Connection.h"
#include "PoolWizard.h"

#include <QCheckBox>
#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

namespace {
const int kConnectionIndexRole = Qt::UserRole + 1;
} // namespace

PoolWizardHostsPage::PoolWizardHostsPage(PoolWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_hostsList(new QListWidget(this))
    , m_noOtherHostsLabel(new QLabel(tr("No other connection is open. Connect to more hosts first to create "
                                        "this pool on them at the same time."),
                                     this))
    , m_sharedNoteLabel(new QLabel(this))
    , m_buildCheckBox(new QCheckBox(this))
    , m_startCheckBox(new QCheckBox(tr("&Start the pool"), this))
    , m_autostartCheckBox(new QCheckBox(tr("Start it &automatically when the host boots"), this))
{
    setObjectName(QStringLiteral("hostsWizardPage"));
    setTitle(tr("Hosts and options"));
    m_hostsList->setObjectName(QStringLiteral("alsoCreateOnListWidget"));
    m_noOtherHostsLabel->setObjectName(QStringLiteral("noOtherHostsLabel"));
    m_noOtherHostsLabel->setWordWrap(true);
    m_sharedNoteLabel->setObjectName(QStringLiteral("sharedNoteLabel"));
    m_sharedNoteLabel->setWordWrap(true);
    m_buildCheckBox->setObjectName(QStringLiteral("buildCheckBox"));
    m_startCheckBox->setObjectName(QStringLiteral("startCheckBox"));
    m_autostartCheckBox->setObjectName(QStringLiteral("autostartCheckBox"));
    m_startCheckBox->setChecked(true);
    m_autostartCheckBox->setChecked(true);

    const QList<Connection *> others = wizard->otherConnections();
    for (int index = 0; index < others.size(); ++index) {
        auto *item = new QListWidgetItem(others[index]->config().effectiveDisplayName(), m_hostsList);
        item->setData(kConnectionIndexRole, index);
        item->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled);
        item->setCheckState(Qt::Unchecked);
        item->setToolTip(others[index]->config().uri());
    }
    m_hostsList->setMaximumHeight(m_hostsList->fontMetrics().height() * 8);
    m_hostsList->setVisible(!others.isEmpty());
    m_noOtherHostsLabel->setVisible(others.isEmpty());

    auto *alsoLabel = new QLabel(tr("Also create this pool on:"), this);
    alsoLabel->setBuddy(m_hostsList);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(alsoLabel);
    layout->addWidget(m_hostsList);
    layout->addWidget(m_noOtherHostsLabel);
    layout->addWidget(m_sharedNoteLabel);
    layout->addSpacing(12);
    layout->addWidget(m_buildCheckBox);
    layout->addWidget(m_startCheckBox);
    layout->addWidget(m_autostartCheckBox);
    layout->addStretch();

    connect(m_buildCheckBox, &QCheckBox::clicked, this, [this] { m_buildChosen = true; });
}

void PoolWizardHostsPage::initializePage()
{
    const QString type = m_wizard->poolType();
    const QString hostName =
        m_wizard->connection() ? m_wizard->connection()->config().effectiveDisplayName() : QString();
    setSubTitle(tr("The pool is defined on %1 and on every host checked below, from the same XML.").arg(hostName));
    // Building a logical or disk pool writes a volume group or a partition table: never by default.
    const bool destructive = type == u"logical" || type == u"disk";
    if (type == u"logical")
        m_buildCheckBox->setText(tr("&Build: create the volume group on the physical volume (erases it)"));
    else if (type == u"disk")
        m_buildCheckBox->setText(tr("&Build: write a new partition table on the disk (erases it)"));
    else if (type == u"fs")
        m_buildCheckBox->setText(tr("&Build: create the target directory (the device is not formatted)"));
    else
        m_buildCheckBox->setText(tr("&Build: create the target directory"));
    if (!m_buildChosen)
        m_buildCheckBox->setChecked(!destructive);

    const PoolDefinition definition = m_wizard->definition();
    m_sharedNoteLabel->setText(
        definition.targetPath.isEmpty()
            ? QString()
            : tr("Every host gets the same target path, %1, as live migration on shared storage needs. A host "
                 "that already has a pool named “%2” keeps it: an identical one is reused, a different one is "
                 "reported and left alone.")
                  .arg(definition.targetPath, definition.name));
    m_sharedNoteLabel->setVisible(!m_hostsList->isHidden() && !definition.targetPath.isEmpty());
}

QList<Connection *> PoolWizardHostsPage::checkedConnections() const
{
    const QList<Connection *> others = m_wizard->otherConnections();
    QList<Connection *> checked;
    for (int row = 0; row < m_hostsList->count(); ++row) {
        const QListWidgetItem *item = m_hostsList->item(row);
        const int index = item->data(kConnectionIndexRole).toInt();
        if (item->checkState() == Qt::Checked && index < others.size() && others[index])
            checked.append(others[index]);
    }
    return checked;
}

PoolSetup PoolWizardHostsPage::setup() const
{
    PoolSetup setup;
    setup.build = m_buildCheckBox->isChecked();
    setup.start = m_startCheckBox->isChecked();
    setup.autostart = m_autostartCheckBox->isChecked();
    return setup;
}
