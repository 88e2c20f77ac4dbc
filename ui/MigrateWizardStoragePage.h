// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: Virt Ferry contributors
#pragma once

#include "MigrationPlan.h"

#include <QSet>
#include <QWizardPage>

class MigrateWizard;
class QCheckBox;
class QComboBox;
class QLabel;
class QTreeWidget;
class StoragePoolListModel;

// The migrate wizard's storage page, for the ways that copy: the VMs' disks (which ones
// a live storage copy takes), the destination pool they land in with its free space,
// and for save state and move the source pool of the state file and whether everything
// is on shared storage; deleting the source volumes after a verified copy.
class MigrateWizardStoragePage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MigrateWizardStoragePage)

public:
    enum DiskColumn { VmColumn, TargetColumn, SourceColumn, FormatColumn, DiskColumnCount };

    explicit MigrateWizardStoragePage(MigrateWizard *wizard);

    void fillPlan(MigrationPlan &plan) const;
    // The checked disk targets (vda, sdb…) in list order, each once.
    QStringList checkedDisks() const;

    void initializePage() override;
    bool isComplete() const override;

Q_SIGNALS:
    void storageChanged();

private:
    void rebuildDisks();
    void rebuildPools(QComboBox *combo, StoragePoolListModel *model, bool offerSamePaths);
    void refresh();
    // A choice on this page (or a pool list) changed what the plan says.
    void changedByUser();
    MigrationPlan::Method method() const;
    bool libvirtCopy() const;
    QString problemText(MigrationPlan::Field field) const;

    MigrateWizard *m_wizard;
    StoragePoolListModel *m_destinationPools;
    StoragePoolListModel *m_sourcePools;
    QLabel *m_disksLabel;
    QTreeWidget *m_disksTree;
    QLabel *m_disksErrorLabel;
    QComboBox *m_destinationPoolCombo;
    QLabel *m_poolFreeLabel;
    QLabel *m_destinationPoolErrorLabel;
    QLabel *m_statePoolLabel;
    QComboBox *m_statePoolCombo;
    QLabel *m_statePoolErrorLabel;
    QCheckBox *m_sharedStorageCheckBox;
    QCheckBox *m_deleteSourceCheckBox;
    QLabel *m_deleteSourceReasonLabel;
    QSet<QString> m_uncheckedTargets;
    bool m_updating = false;
};
