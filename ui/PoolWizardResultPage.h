// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: Virt Ferry contributors
#pragma once

#include "PoolReplicator.h"

#include <QWizardPage>

class PoolWizard;
class QLabel;
class QTreeWidget;

// The pool wizard's result page: starts the replication once and shows one row per host
// as its answer arrives; complete (Finish enabled) when every host has answered.
class PoolWizardResultPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PoolWizardResultPage)

public:
    enum Column { HostColumn, ResultColumn };
    // The outcome of a finished row, as an int (EnsurePoolOutcome); invalid while waiting.
    static constexpr int OutcomeRole = Qt::UserRole + 1;

    explicit PoolWizardResultPage(PoolWizard *wizard);

    PoolReplicator *replicator() const { return m_replicator; }
    static QString resultText(EnsurePoolOutcome outcome, const QString &message);

    void initializePage() override;
    bool isComplete() const override;

private:
    void showHostResult(int index, const PoolReplicator::HostResult &result);
    void showFinished();

    PoolWizard *m_wizard;
    QLabel *m_statusLabel;
    QTreeWidget *m_resultTree;
    PoolReplicator *m_replicator = nullptr;
};
