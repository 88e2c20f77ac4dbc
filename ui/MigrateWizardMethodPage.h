// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: Virt Ferry contributors
#pragma once

#include "MigrationPlan.h"

#include <QHash>
#include <QWizardPage>

class MigrateWizard;
class QButtonGroup;
class QLabel;
class QRadioButton;

// The migrate wizard's "how" page: the ways the VMs' state allows (running: live on
// shared storage, live with a full or incremental storage copy, save state and move;
// shut off: offline with a disk copy or, on shared storage, define only), impossible
// ones disabled with the reason, and whether it is a move or a temporary move.
class MigrateWizardMethodPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MigrateWizardMethodPage)

public:
    enum class Choice { LiveShared, LiveCopyAll, LiveCopyIncremental, SaveStateAndMove, OfflineCopy, OfflineShared };
    Q_ENUM(Choice)

    explicit MigrateWizardMethodPage(MigrateWizard *wizard);

    bool hasChoice() const;
    Choice choice() const;
    // Move (defined on the destination, removed from the source) or temporary move.
    bool isMove() const;
    // Whether the chosen way copies disks or a state file (the storage page is shown).
    bool needsStoragePage() const;
    // Sets method and mode; the options page sets the rest.
    void fillPlan(MigrationPlan &plan) const;
    // Why `choice` is impossible for these VMs; empty when it is possible.
    QString unavailableReason(Choice choice) const;

    bool isComplete() const override;

Q_SIGNALS:
    // The choice or the move kind changed.
    void methodChanged();

private:
    void addChoice(Choice choice, const char *objectName, const QString &text, const QString &description);
    void updateAvailability();

    MigrateWizard *m_wizard;
    QButtonGroup *m_group;
    QHash<int, QLabel *> m_reasonLabels;
    QHash<int, QLabel *> m_descriptionLabels;
    QRadioButton *m_moveRadio;
    QRadioButton *m_temporaryRadio;
    QLabel *m_temporaryReasonLabel;
    QLabel *m_vmsLabel;
};
