// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: Virt Ferry contributors
#pragma once

#include <QWizardPage>

class MigrateWizard;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTextEdit;

// The migrate wizard's last page: every step that will happen, in order, per VM
// (MigrationPlan::steps), and the equivalent virsh command lines in a read-only
// monospace box with a Copy button. Finish only accepts; the caller starts the batch.
class MigrateWizardSummaryPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MigrateWizardSummaryPage)

public:
    explicit MigrateWizardSummaryPage(MigrateWizard *wizard);

    // The destination's libvirt URI as the virsh lines use it.
    QString destinationUri() const;
    QString stepsText() const;
    QString virshText() const;

    void initializePage() override;

private:
    MigrateWizard *m_wizard;
    QTextEdit *m_stepsTextEdit;
    QPlainTextEdit *m_virshTextEdit;
    QPushButton *m_copyButton;
    QLabel *m_xmlNoteLabel;
};
