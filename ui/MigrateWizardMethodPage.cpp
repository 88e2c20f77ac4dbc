// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: Virt Ferry contributors
#include "MigrateWizardMethodPage.h"

#include "Connection.h"
#include "MigrateWizard.h"
#include "Tr.h"

#include <QButtonGroup>
#include <QFrame>
#include <QLabel>
#include <QRadioButton>
#include <QVBoxLayout>

namespace {

bool isLiveState(DomainState state)
{
    return state == DomainState::Running || state == DomainState::Blocked || state == DomainState::Paused;
}

bool isOffState(DomainState state)
{
    return state == DomainState::ShutOff || state == DomainState::Crashed;
}

QLabel *indentedLabel(QWidget *parent, const QString &text)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setContentsMargins(24, 0, 0, 4);
    return label;
}

} // namespace

MigrateWizardMethodPage::MigrateWizardMethodPage(MigrateWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_group(new QButtonGroup(this))
    , m_moveRadio(new QRadioButton(tr("&Move: defined on the destination, removed from the source"), this))
    , m_temporaryRadio(new QRadioButton(
          tr("&Temporary move: it stays defined on the source and comes back there"), this))
    , m_temporaryReasonLabel(indentedLabel(this, {}))
    , m_vmsLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("methodWizardPage"));
    setTitle(tr("Method"));
    setSubTitle(tr("How the virtual machines move. Ways their state does not allow are greyed out with the reason."));
    m_vmsLabel->setObjectName(QStringLiteral("methodVmsLabel"));
    m_vmsLabel->setWordWrap(true);
    m_vmsLabel->setTextFormat(Qt::PlainText);
    m_moveRadio->setObjectName(QStringLiteral("moveRadioButton"));
    m_temporaryRadio->setObjectName(QStringLiteral("temporaryMoveRadioButton"));
    m_temporaryReasonLabel->setObjectName(QStringLiteral("temporaryMoveReasonLabel"));
    m_moveRadio->setChecked(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_vmsLabel);
    addChoice(Choice::LiveShared, "liveSharedRadioButton", tr("Live, on shared storage"),
        tr("The guest keeps running; only its memory moves. Its disks must be on storage both hosts see "
           "at the same paths (NFS, a shared directory, iSCSI…)."));
    addChoice(Choice::LiveCopyAll, "liveCopyAllRadioButton", tr("Live, with a full copy of its storage"),
        tr("The guest keeps running while its disks are copied block by block to the destination, then its "
           "memory. For hosts without shared storage."));
    addChoice(Choice::LiveCopyIncremental, "liveCopyIncrementalRadioButton",
        tr("Live, with an incremental storage copy"),
        tr("Like the full copy, but only what lies above a base image that both hosts already have."));
    //: "Save state" as in virsh save: the running guest's memory is written to a file.
    addChoice(Choice::SaveStateAndMove, "saveStateRadioButton", tr("Save state and move"),
        tr("The guest's memory is saved to a file, disks and file are copied, and it is restored on the "
           "destination: it resumes where it stopped, after a pause as long as the copy."));
    addChoice(Choice::OfflineCopy, "offlineCopyRadioButton", tr("Offline, with a disk copy"),
        tr("Each disk is copied into a pool on the destination, the definition is rewritten to the new "
           "volumes and defined there."));
    addChoice(Choice::OfflineShared, "offlineSharedRadioButton", tr("Offline, on shared storage (define only)"),
        tr("Only the definition moves; the disks stay where both hosts see them."));

    auto *line = new QFrame(this);
    line->setFrameShape(QFrame::HLine);
    line->setFrameShadow(QFrame::Sunken);
    layout->addWidget(line);
    auto *moveGroup = new QButtonGroup(this);
    moveGroup->addButton(m_moveRadio);
    moveGroup->addButton(m_temporaryRadio);
    layout->addWidget(m_moveRadio);
    layout->addWidget(m_temporaryRadio);
    layout->addWidget(m_temporaryReasonLabel);
    layout->addStretch();

    connect(m_group, &QButtonGroup::idToggled, this, [this](int, bool checked) {
        if (!checked)
            return;
        updateAvailability();
        Q_EMIT completeChanged();
        Q_EMIT methodChanged();
    });
    connect(m_moveRadio, &QRadioButton::toggled, this, [this] { Q_EMIT methodChanged(); });
    updateAvailability();
}

void MigrateWizardMethodPage::addChoice(
    Choice choice, const char *objectName, const QString &text, const QString &description)
{
    auto *radio = new QRadioButton(text, this);
    radio->setObjectName(QString::fromLatin1(objectName));
    QFont font = radio->font();
    font.setBold(true);
    radio->setFont(font);
    m_group->addButton(radio, int(choice));
    auto *descriptionLabel = indentedLabel(this, description);
    descriptionLabel->setObjectName(
        QString::fromLatin1(objectName).replace(QStringLiteral("RadioButton"), QStringLiteral("DescriptionLabel")));
    auto *reasonLabel = indentedLabel(this, {});
    reasonLabel->setObjectName(
        QString::fromLatin1(objectName).replace(QStringLiteral("RadioButton"), QStringLiteral("ReasonLabel")));
    QFont italic = reasonLabel->font();
    italic.setItalic(true);
    reasonLabel->setFont(italic);
    reasonLabel->hide();
    m_reasonLabels.insert(int(choice), reasonLabel);
    m_descriptionLabels.insert(int(choice), descriptionLabel);
    auto *layout = static_cast<QVBoxLayout *>(this->layout());
    layout->addWidget(radio);
    layout->addWidget(descriptionLabel);
    layout->addWidget(reasonLabel);
}

QString MigrateWizardMethodPage::unavailableReason(Choice choice) const
{
    const QList<DomainInfo> &domains = m_wizard->domains();
    if (domains.isEmpty())
        return tr("No virtual machine was chosen.");
    const bool live = choice == Choice::LiveShared || choice == Choice::LiveCopyAll
        || choice == Choice::LiveCopyIncremental || choice == Choice::SaveStateAndMove;
    for (const DomainInfo &domain : domains) {
        if (live && !isLiveState(domain.state))
            return domains.size() == 1
                ? tr("Only for a running virtual machine: “%1” is %2.").arg(domain.name, domainStateText(domain.state).toLower())
                : tr("Only for running virtual machines: “%1” is %2.").arg(domain.name, domainStateText(domain.state).toLower());
        if (!live && !isOffState(domain.state))
            return domains.size() == 1
                ? tr("Only for a shut-off virtual machine: “%1” is %2.").arg(domain.name, domainStateText(domain.state).toLower())
                : tr("Only for shut-off virtual machines: “%1” is %2.").arg(domain.name, domainStateText(domain.state).toLower());
        if ((choice == Choice::SaveStateAndMove || !live) && !domain.persistent)
            return tr("“%1” is transient: this way needs a persistent definition to carry over.").arg(domain.name);
    }
    return {};
}

void MigrateWizardMethodPage::updateAvailability()
{
    QAbstractButton *firstAvailable = nullptr;
    for (QAbstractButton *button : m_group->buttons()) {
        const Choice choice = Choice(m_group->id(button));
        const QString reason = unavailableReason(choice);
        button->setEnabled(reason.isEmpty());
        button->setToolTip(reason);
        QLabel *label = m_reasonLabels.value(int(choice));
        label->setText(reason);
        label->setVisible(!reason.isEmpty());
        m_descriptionLabels.value(int(choice))->setEnabled(reason.isEmpty());
        if (reason.isEmpty() && !firstAvailable)
            firstAvailable = button;
    }
    QAbstractButton *checked = m_group->checkedButton();
    if ((!checked || !checked->isEnabled()) && firstAvailable)
        firstAvailable->setChecked(true); // re-enters through idToggled

    // Save state and move resumes the guest only on the destination: there is no
    // definition left behind to come back to.
    const bool saveState = hasChoice() && choice() == Choice::SaveStateAndMove;
    m_temporaryRadio->setEnabled(!saveState);
    m_temporaryReasonLabel->setText(
        saveState ? tr("Save state and move always removes the virtual machine from the source.") : QString());
    m_temporaryReasonLabel->setVisible(saveState);
    if (saveState && m_temporaryRadio->isChecked())
        m_moveRadio->setChecked(true);

    QStringList names;
    for (const DomainInfo &domain : m_wizard->domains())
        //: %1 is a virtual machine, %2 its state ("running").
        names << tr("%1 (%2)").arg(domain.name, domainStateText(domain.state).toLower());
    m_vmsLabel->setText(tr("Moving: %1").arg(Tr::joinedList(names)));
}

bool MigrateWizardMethodPage::hasChoice() const
{
    return m_group->checkedButton() && m_group->checkedButton()->isEnabled();
}

MigrateWizardMethodPage::Choice MigrateWizardMethodPage::choice() const
{
    return m_group->checkedButton() ? Choice(m_group->checkedId()) : Choice::LiveShared;
}

bool MigrateWizardMethodPage::isMove() const
{
    return m_moveRadio->isChecked();
}

bool MigrateWizardMethodPage::needsStoragePage() const
{
    switch (choice()) {
    case Choice::LiveCopyAll:
    case Choice::LiveCopyIncremental:
    case Choice::SaveStateAndMove:
    case Choice::OfflineCopy:
        return true;
    case Choice::LiveShared:
    case Choice::OfflineShared:
        return false;
    }
    return false;
}

void MigrateWizardMethodPage::fillPlan(MigrationPlan &plan) const
{
    switch (choice()) {
    case Choice::LiveShared:
        plan.method = MigrationPlan::Method::Libvirt;
        plan.options.mode = MigrationOptions::Mode::LiveShared;
        break;
    case Choice::LiveCopyAll:
        plan.method = MigrationPlan::Method::Libvirt;
        plan.options.mode = MigrationOptions::Mode::LiveCopyAllStorage;
        break;
    case Choice::LiveCopyIncremental:
        plan.method = MigrationPlan::Method::Libvirt;
        plan.options.mode = MigrationOptions::Mode::LiveCopyIncremental;
        break;
    case Choice::SaveStateAndMove:
        plan.method = MigrationPlan::Method::SaveStateAndMove;
        break;
    case Choice::OfflineCopy:
        plan.method = MigrationPlan::Method::OfflineCopy;
        break;
    case Choice::OfflineShared:
        plan.method = MigrationPlan::Method::Libvirt;
        plan.options.mode = MigrationOptions::Mode::OfflineShared;
        break;
    }
}

bool MigrateWizardMethodPage::isComplete() const
{
    return hasChoice();
}
