// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: Virt Ferry contributors
#pragma once

#include <QWizardPage>

class PoolWizard;
class QLabel;
class QPlainTextEdit;

// The pool wizard's last look before anything happens: a summary and the exact XML every
// host gets. Its Create button commits: there is no way back once hosts are changed.
class PoolWizardReviewPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PoolWizardReviewPage)

public:
    explicit PoolWizardReviewPage(PoolWizard *wizard);

    void initializePage() override;

private:
    PoolWizard *m_wizard;
    QLabel *m_summaryLabel;
    QPlainTextEdit *m_xmlPreview;
};
