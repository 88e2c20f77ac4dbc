// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: Virt Ferry contributors
#include "MigrateWizardStoragePage.h"

#include "Connection.h"
#include "FieldErrors.h"
#include "MigrateWizard.h"
#include "StoragePoolListModel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QStandardItemModel>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

const int kPoolNameRole = Qt::UserRole + 1;
const int kPoolFreeRole = Qt::UserRole + 2;

QLabel *errorLabel(QWidget *parent, const char *name)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QString::fromLatin1(name));
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    FieldErrors::paintAsError(label);
    label->hide();
    return label;
}

void showError(QLabel *label, const QString &text)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

} // namespace

MigrateWizardStoragePage::MigrateWizardStoragePage(MigrateWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_destinationPools(new StoragePoolListModel(this))
    , m_sourcePools(new StoragePoolListModel(this))
    , m_disksLabel(new QLabel(this))
    , m_disksTree(new QTreeWidget(this))
    , m_disksErrorLabel(errorLabel(this, "disksErrorLabel"))
    , m_destinationPoolCombo(new QComboBox(this))
    , m_poolFreeLabel(new QLabel(this))
    , m_destinationPoolErrorLabel(errorLabel(this, "destinationPoolErrorLabel"))
    , m_statePoolLabel(new QLabel(tr("&State file pool (source):"), this))
    , m_statePoolCombo(new QComboBox(this))
    , m_statePoolErrorLabel(errorLabel(this, "statePoolErrorLabel"))
    , m_sharedStorageCheckBox(new QCheckBox(
          tr("Disks and state pool are on &shared storage both hosts see: copy nothing"), this))
    , m_deleteSourceCheckBox(new QCheckBox(tr("&Delete the source volumes after the copies were verified"), this))
    , m_deleteSourceReasonLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("storageWizardPage"));
    setTitle(tr("Storage"));
    m_destinationPools->setObjectName(QStringLiteral("destinationPoolModel"));
    m_sourcePools->setObjectName(QStringLiteral("sourcePoolModel"));
    m_disksLabel->setObjectName(QStringLiteral("disksLabel"));
    m_disksLabel->setWordWrap(true);
    m_disksTree->setObjectName(QStringLiteral("disksTreeWidget"));
    m_disksTree->setRootIsDecorated(false);
    m_disksTree->setColumnCount(DiskColumnCount);
    m_disksTree->setHeaderLabels(
        { tr("VM"), tr("Disk"), tr("Source", "a disk's source file or volume"), tr("Format", "disk image format") });
    m_disksTree->header()->setSectionResizeMode(SourceColumn, QHeaderView::Stretch);
    m_disksTree->header()->setStretchLastSection(false);
    m_destinationPoolCombo->setObjectName(QStringLiteral("destinationPoolComboBox"));
    m_poolFreeLabel->setObjectName(QStringLiteral("poolFreeLabel"));
    m_statePoolCombo->setObjectName(QStringLiteral("statePoolComboBox"));
    m_sharedStorageCheckBox->setObjectName(QStringLiteral("sharedStorageCheckBox"));
    m_deleteSourceCheckBox->setObjectName(QStringLiteral("deleteSourceVolumesCheckBox"));
    m_deleteSourceReasonLabel->setObjectName(QStringLiteral("deleteSourceVolumesReasonLabel"));
    m_deleteSourceReasonLabel->setWordWrap(true);
    m_deleteSourceReasonLabel->setContentsMargins(24, 0, 0, 0);
    QFont italic = m_deleteSourceReasonLabel->font();
    italic.setItalic(true);
    m_deleteSourceReasonLabel->setFont(italic);

    auto *poolRow = new QHBoxLayout;
    poolRow->addWidget(m_destinationPoolCombo, 1);
    poolRow->addWidget(m_poolFreeLabel);
    auto *form = new QFormLayout;
    auto *poolLabel = new QLabel(tr("&Destination pool:"), this);
    poolLabel->setBuddy(m_destinationPoolCombo);
    form->addRow(poolLabel, poolRow);
    form->addRow(QString(), m_destinationPoolErrorLabel);
    m_statePoolLabel->setBuddy(m_statePoolCombo);
    form->addRow(m_statePoolLabel, m_statePoolCombo);
    form->addRow(QString(), m_statePoolErrorLabel);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_disksLabel);
    layout->addWidget(m_disksTree, 1);
    layout->addWidget(m_disksErrorLabel);
    layout->addLayout(form);
    layout->addWidget(m_sharedStorageCheckBox);
    layout->addWidget(m_deleteSourceCheckBox);
    layout->addWidget(m_deleteSourceReasonLabel);

    const auto poolsChanged = [this](StoragePoolListModel *model) {
        const auto rebuild = [this, model] {
            if (model == m_destinationPools)
                rebuildPools(m_destinationPoolCombo, model, libvirtCopy());
            else
                rebuildPools(m_statePoolCombo, model, false);
            changedByUser();
        };
        connect(model, &QAbstractItemModel::rowsInserted, this, rebuild);
        connect(model, &QAbstractItemModel::rowsRemoved, this, rebuild);
        connect(model, &QAbstractItemModel::modelReset, this, rebuild);
        connect(model, &QAbstractItemModel::dataChanged, this, rebuild);
    };
    poolsChanged(m_destinationPools);
    poolsChanged(m_sourcePools);

    connect(m_disksTree, &QTreeWidget::itemChanged, this, [this](QTreeWidgetItem *changed, int column) {
        if (m_updating || column != VmColumn)
            return;
        // A target name stands for that disk of every VM: the plan lists names.
        const QString target = changed->text(TargetColumn);
        const Qt::CheckState state = changed->checkState(VmColumn);
        if (state == Qt::Checked)
            m_uncheckedTargets.remove(target);
        else
            m_uncheckedTargets.insert(target);
        // Updated in place: `changed` is still inside its setCheckState here.
        m_updating = true;
        for (int row = 0; row < m_disksTree->topLevelItemCount(); ++row) {
            QTreeWidgetItem *item = m_disksTree->topLevelItem(row);
            if (item != changed && item->text(TargetColumn) == target && item->checkState(VmColumn) != state)
                item->setCheckState(VmColumn, state);
        }
        m_updating = false;
        changedByUser();
    });
    connect(m_destinationPoolCombo, &QComboBox::currentIndexChanged, this, &MigrateWizardStoragePage::changedByUser);
    connect(m_statePoolCombo, &QComboBox::currentIndexChanged, this, &MigrateWizardStoragePage::changedByUser);
    connect(m_sharedStorageCheckBox, &QCheckBox::toggled, this, &MigrateWizardStoragePage::changedByUser);
    connect(m_deleteSourceCheckBox, &QCheckBox::toggled, this, &MigrateWizardStoragePage::changedByUser);
    connect(wizard, &MigrateWizard::disksChanged, this, [this] {
        rebuildDisks();
        refresh();
    });
    connect(wizard, &MigrateWizard::planChanged, this, [this] {
        if (!m_updating)
            refresh();
    });
}

MigrationPlan::Method MigrateWizardStoragePage::method() const
{
    return m_wizard->plan().method;
}

bool MigrateWizardStoragePage::libvirtCopy() const
{
    return method() == MigrationPlan::Method::Libvirt;
}

void MigrateWizardStoragePage::initializePage()
{
    const MigrationPlan plan = m_wizard->plan();
    const bool saveState = plan.method == MigrationPlan::Method::SaveStateAndMove;
    switch (plan.method) {
    case MigrationPlan::Method::Libvirt:
        setSubTitle(tr("Choose the disks libvirt copies while the guest runs, and where they land."));
        m_disksLabel->setText(tr("Disks to copy (unchecked disks must be on storage both hosts see):"));
        break;
    case MigrationPlan::Method::OfflineCopy:
        setSubTitle(tr("Every disk that lives in a storage pool is copied into one pool on the destination."));
        m_disksLabel->setText(tr("Disks that are copied:"));
        break;
    case MigrationPlan::Method::SaveStateAndMove:
        setSubTitle(tr("The memory state is saved to a file in a pool on the source; disks and file are copied "
                       "unless both hosts share the storage."));
        m_disksLabel->setText(tr("Disks that are copied:"));
        break;
    }
    if (m_destinationPools->connection() != m_wizard->destination())
        m_destinationPools->setConnection(m_wizard->destination());
    if (m_sourcePools->connection() != m_wizard->source())
        m_sourcePools->setConnection(m_wizard->source());
    rebuildPools(m_destinationPoolCombo, m_destinationPools, plan.method == MigrationPlan::Method::Libvirt);
    rebuildPools(m_statePoolCombo, m_sourcePools, false);
    m_statePoolLabel->setVisible(saveState);
    m_statePoolCombo->setVisible(saveState);
    m_sharedStorageCheckBox->setVisible(saveState);
    m_deleteSourceCheckBox->setVisible(plan.method != MigrationPlan::Method::Libvirt);
    if (plan.method == MigrationPlan::Method::Libvirt)
        m_deleteSourceCheckBox->setChecked(false);
    rebuildDisks();
    refresh();
}

void MigrateWizardStoragePage::rebuildPools(QComboBox *combo, StoragePoolListModel *model, bool offerSamePaths)
{
    const QString previous = combo->currentData(kPoolNameRole).toString();
    const bool hadChoice = combo->currentIndex() >= 0 && combo->count() > 0;
    const QSignalBlocker blocker(combo);
    combo->clear();
    if (offerSamePaths)
        combo->addItem(tr("Same paths as on the source (libvirt creates the volumes)"), QString());
    int preferred = -1;
    for (int row = 0; row < model->rowCount(); ++row) {
        const auto pool = model->index(row, 0).data(StoragePoolListModel::PoolInfoRole).value<PoolInfo>();
        const bool active = pool.state == PoolState::Running;
        const QString text = active
            //: %1 is a storage pool, %2 its free space, %3 its capacity.
            ? tr("%1 — %2 free of %3").arg(pool.name, formatBytes(pool.availableBytes), formatBytes(pool.capacityBytes))
            : tr("%1 — not active").arg(pool.name);
        combo->addItem(text, pool.name);
        const int index = combo->count() - 1;
        combo->setItemData(index, pool.name, kPoolNameRole);
        combo->setItemData(index, QVariant::fromValue(pool.availableBytes), kPoolFreeRole);
        if (!active) {
            if (auto *items = qobject_cast<QStandardItemModel *>(combo->model()))
                items->item(index)->setEnabled(false);
        } else if (preferred < 0 || pool.name == u"default") {
            preferred = index;
        }
    }
    if (offerSamePaths)
        combo->setItemData(0, QString(), kPoolNameRole);
    int select = hadChoice ? combo->findData(previous, kPoolNameRole) : -1;
    if (select < 0)
        select = offerSamePaths ? 0 : preferred;
    combo->setCurrentIndex(select);
    combo->setEnabled(combo->count() > 0);
    if (combo->count() == 0)
        combo->setPlaceholderText(model->connection() && model->connection()->isOpen() ? tr("Listing pools…")
                                                                                      : tr("Not connected"));
}

void MigrateWizardStoragePage::rebuildDisks()
{
    m_updating = true;
    m_disksTree->clear();
    const bool checkable = libvirtCopy();
    const bool several = m_wizard->domains().size() > 1;
    m_disksTree->setColumnHidden(VmColumn, !several && !checkable);
    // With one VM the first column only holds the check boxes.
    m_disksTree->headerItem()->setText(VmColumn, several ? tr("VM") : tr("Copy", "column: whether a disk is copied"));
    for (const DomainInfo &domain : m_wizard->domains()) {
        for (const DomainDisk &disk : m_wizard->disks(domain.uuid)) {
            if (disk.device == u"cdrom" || disk.device == u"floppy")
                continue;
            auto *item = new QTreeWidgetItem(m_disksTree);
            item->setText(VmColumn, several ? domain.name : QString());
            item->setText(TargetColumn, disk.targetDev);
            QString source = disk.sourcePath;
            if (!disk.sourceVolume.isEmpty())
                //: %1 is a storage volume, %2 the storage pool that holds it.
                source = tr("%1 in pool %2").arg(disk.sourceVolume, disk.sourcePool);
            else if (!disk.sourceName.isEmpty())
                //: %1 is a network disk's name, %2 its protocol ("rbd", "iscsi"…).
                source = tr("%1 (%2)").arg(disk.sourceName, disk.sourceProtocol);
            item->setText(SourceColumn, source);
            item->setToolTip(SourceColumn, source);
            item->setText(FormatColumn, disk.driverFormat);
            if (checkable) {
                item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
                item->setCheckState(
                    VmColumn, m_uncheckedTargets.contains(disk.targetDev) ? Qt::Unchecked : Qt::Checked);
            }
        }
    }
    for (int column = 0; column < DiskColumnCount; ++column) {
        if (column != SourceColumn)
            m_disksTree->resizeColumnToContents(column);
    }
    m_updating = false;
}

QStringList MigrateWizardStoragePage::checkedDisks() const
{
    QStringList targets;
    for (int row = 0; row < m_disksTree->topLevelItemCount(); ++row) {
        const QTreeWidgetItem *item = m_disksTree->topLevelItem(row);
        const QString target = item->text(TargetColumn);
        if (item->checkState(VmColumn) == Qt::Checked && !targets.contains(target))
            targets.append(target);
    }
    return targets;
}

void MigrateWizardStoragePage::fillPlan(MigrationPlan &plan) const
{
    const bool saveState = plan.method == MigrationPlan::Method::SaveStateAndMove;
    plan.sharedStorage = saveState && m_sharedStorageCheckBox->isChecked();
    plan.destinationPool = plan.sharedStorage ? QString() : m_destinationPoolCombo->currentData(kPoolNameRole).toString();
    plan.statePool = saveState ? m_statePoolCombo->currentData(kPoolNameRole).toString() : QString();
    plan.deleteSourceVolumes
        = plan.method != MigrationPlan::Method::Libvirt && m_deleteSourceCheckBox->isChecked();
    if (plan.method == MigrationPlan::Method::Libvirt && plan.options.copiesStorage() && !m_uncheckedTargets.isEmpty())
        plan.options.migrateDisks = checkedDisks(); // all checked: libvirt's default, every non-shared disk
}

QString MigrateWizardStoragePage::problemText(MigrationPlan::Field field) const
{
    QStringList reasons;
    const MigrationPlan plan = m_wizard->plan();
    for (const MigrationPlan::FieldProblem &problem : plan.fieldProblems(int(m_wizard->domains().size()))) {
        if (problem.field == field
            || (field == MigrationPlan::Field::Option && problem.option == MigrationOptions::Option::MigrateDisks))
            reasons << problem.reason;
    }
    return reasons.join(u'\n');
}

void MigrateWizardStoragePage::refresh()
{
    if (m_updating)
        return;
    m_updating = true;
    const MigrationPlan plan = m_wizard->plan();
    const bool saveState = plan.method == MigrationPlan::Method::SaveStateAndMove;

    m_destinationPoolCombo->setEnabled(!(saveState && m_sharedStorageCheckBox->isChecked())
        && m_destinationPoolCombo->count() > 0);
    const QVariant free = m_destinationPoolCombo->currentData(kPoolFreeRole);
    m_poolFreeLabel->setText(free.isValid() && m_destinationPoolCombo->isEnabled()
            ? tr("%1 free").arg(formatBytes(free.toULongLong()))
            : QString());

    // Deleting the source volumes makes sense only when the source forgets the VM.
    MigrationPlan withDelete = plan;
    withDelete.deleteSourceVolumes = true;
    QString deleteReason;
    if (!plan.deleteSourceVolumes) {
        for (const MigrationPlan::FieldProblem &problem : withDelete.fieldProblems(int(m_wizard->domains().size()))) {
            if (problem.field == MigrationPlan::Field::DeleteSourceVolumes)
                deleteReason = problem.reason;
        }
    }
    m_deleteSourceCheckBox->setEnabled(deleteReason.isEmpty() || plan.deleteSourceVolumes);
    m_deleteSourceReasonLabel->setText(deleteReason);
    m_deleteSourceReasonLabel->setVisible(!deleteReason.isEmpty() && m_deleteSourceCheckBox->isVisibleTo(this));

    QString disksError;
    if (plan.method == MigrationPlan::Method::Libvirt && m_disksTree->topLevelItemCount() > 0 && checkedDisks().isEmpty())
        disksError = tr("Check at least one disk to copy, or go back and migrate on shared storage.");
    else if (!m_wizard->disksError().isEmpty())
        disksError = m_wizard->disksError();
    else if (m_wizard->disksKnown() && m_disksTree->topLevelItemCount() == 0)
        disksError = tr("The virtual machine has no disk to copy.");
    const QString optionDisks = problemText(MigrationPlan::Field::Option);
    showError(m_disksErrorLabel, optionDisks.isEmpty() ? disksError : optionDisks);
    showError(m_destinationPoolErrorLabel, problemText(MigrationPlan::Field::DestinationPool));
    showError(m_statePoolErrorLabel, saveState ? problemText(MigrationPlan::Field::StatePool) : QString());
    if (const QString problem = problemText(MigrationPlan::Field::DeleteSourceVolumes);
        m_deleteSourceCheckBox->isChecked() && !problem.isEmpty()) {
        m_deleteSourceReasonLabel->setText(problem);
        m_deleteSourceReasonLabel->setVisible(true);
    }
    m_updating = false;
    Q_EMIT completeChanged();
}

void MigrateWizardStoragePage::changedByUser()
{
    refresh();
    Q_EMIT storageChanged();
}

bool MigrateWizardStoragePage::isComplete() const
{
    const MigrationPlan plan = m_wizard->plan();
    if (plan.method == MigrationPlan::Method::Libvirt && m_disksTree->topLevelItemCount() > 0 && checkedDisks().isEmpty())
        return false;
    for (const MigrationPlan::FieldProblem &problem : plan.fieldProblems(int(m_wizard->domains().size()))) {
        if (problem.field != MigrationPlan::Field::Option && problem.field != MigrationPlan::Field::Concurrency)
            return false;
        if (problem.field == MigrationPlan::Field::Option && problem.option == MigrationOptions::Option::MigrateDisks)
            return false;
    }
    return true;
}
