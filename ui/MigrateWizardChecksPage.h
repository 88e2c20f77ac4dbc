// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: Virt Ferry contributors
#pragma once

#include "MigrationPreflight.h"

#include <QList>
#include <QWizardPage>

class MigrateWizard;
class QCheckBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTreeWidget;

// The migrate wizard's pre-flight page: runs MigrationPreflight for every VM (on threads
// of their own) while a busy indicator shows, then lists each check as pass, warning or
// failure with what was found and how to fix it. A failure blocks Next with its reason;
// warnings need an explicit tick. Re-check runs them again.
class MigrateWizardChecksPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MigrateWizardChecksPage)

public:
    enum Column { VmColumn, CheckColumn, ResultColumn, DetailColumn, FixColumn, ColumnCount };
    // On each row's ResultColumn: the PreflightCheck::Outcome as an int.
    static constexpr int OutcomeRole = Qt::UserRole + 1;

    explicit MigrateWizardChecksPage(MigrateWizard *wizard);
    ~MigrateWizardChecksPage() override;

    bool isChecking() const;
    // Every VM's checks, in VM order, once all arrived.
    QList<PreflightCheck> checks() const;

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;

    void recheck();

Q_SIGNALS:
    void checksFinished();

private:
    void cancelAll();
    void onFinished(int index, const QList<PreflightCheck> &checks);
    void showResults();
    void showDetail();

    MigrateWizard *m_wizard;
    QList<MigrationPreflight *> m_preflights;
    QList<QList<PreflightCheck>> m_results;
    QList<bool> m_arrived;
    QLabel *m_statusLabel;
    QProgressBar *m_progressBar;
    QTreeWidget *m_tree;
    QLabel *m_detailLabel;
    QLabel *m_blockedLabel;
    QCheckBox *m_acknowledgeCheckBox;
    QPushButton *m_recheckButton;
};
