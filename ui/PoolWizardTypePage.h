// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: Virt Ferry contributors
#pragma once

#include "FieldErrors.h"

#include <QWizardPage>

class PoolWizard;
class QComboBox;
class QLabel;
class QLineEdit;
class QStandardItemModel;

// The pool wizard's first page: the pool's name (checked against libvirt's rules and the
// names already used on the connection) and its type, from what the host says it supports.
class PoolWizardTypePage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PoolWizardTypePage)

public:
    explicit PoolWizardTypePage(PoolWizard *wizard);

    QString poolName() const;
    QString poolType() const;
    // Selects `type` if it is offered and enabled; returns whether it is now selected.
    bool selectType(const QString &type);

    // The types offered whatever the host says, in this order.
    static QStringList commonTypes();
    // "Directory (dir)" and the like, for lists and summaries.
    static QString typeTitle(const QString &type);
    // Why the wizard cannot set up `type` even when the host can; empty when it can.
    static QString wizardLimitation(const QString &type);

    QString nameError() const;
    bool isComplete() const override;
    bool validatePage() override;

private:
    void rebuildTypes();
    void updateNameError();

    PoolWizard *m_wizard;
    QLineEdit *m_nameEdit;
    QLabel *m_nameErrorLabel;
    QComboBox *m_typeCombo;
    QStandardItemModel *m_typeModel;
    QLabel *m_typeNoteLabel;
    FieldErrors m_fieldErrors;
    bool m_nameTouched = false;
};
