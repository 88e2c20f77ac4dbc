// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: Virt Ferry contributors
#pragma once

#include "FieldErrors.h"
#include "MigrationPlan.h"

#include <QList>
#include <QPointer>
#include <QWizardPage>

#include <functional>

class MigrateWizard;
class QCheckBox;
class QDialog;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;
class QToolButton;

// The migrate wizard's options: sensible defaults up front (persistent, undefine the
// source, pause after, new name, concurrency) and libvirt's migration options in a
// collapsed "Advanced" group. A choice that would make the plan impossible cannot be
// made: its field is disabled with the reason beside it (from MigrationPlan::problems,
// so the rules live in one place); a problem that remains (typed values, or a choice
// made on an earlier page) is shown at its field and keeps Next disabled.
class MigrateWizardOptionsPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MigrateWizardOptionsPage)

public:
    explicit MigrateWizardOptionsPage(MigrateWizard *wizard);
    ~MigrateWizardOptionsPage() override;

    void fillPlan(MigrationPlan &plan) const;
    // The Move / Temporary move choice of the method page sets persistent and undefine.
    void setMoveDefaults(bool move, bool live);
    void setAdvancedVisible(bool visible);
    // The destination XML the user edited; empty: the source's definition is used.
    void setDestinationXml(const QString &xml);
    QString destinationXml() const { return m_destinationXml; }
    // The editor dialog while it is open, for tests; nullptr otherwise.
    QDialog *destinationXmlDialog() const;

    void initializePage() override;
    bool isComplete() const override;
    // QWizard::next() (a shortcut, a script, a test) moves on without asking isComplete():
    // refuse here too, so invalid options can never reach the checks and the migration.
    bool validatePage() override;

    // Shows problems and what cannot be chosen, for the current plan.
    void refresh();

Q_SIGNALS:
    void optionsChanged();

private:
    // One field of the page and the option it sets.
    struct Control
    {
        MigrationOptions::Option option;
        QWidget *widget = nullptr;
        QLabel *label = nullptr;
        // Changes `plan` the way the user's next action on the widget would (a checkbox
        // flipped, a value entered or cleared), to learn whether that would be refused.
        std::function<void(MigrationPlan &)> flip;
    };

    QLabel *addReasonLabel(const char *objectName);
    void addControl(MigrationOptions::Option option, QWidget *widget, QLabel *label,
        std::function<void(MigrationPlan &)> flip);
    void changedByUser();
    void openDestinationXmlEditor();

    MigrateWizard *m_wizard;
    QList<Control> m_controls;
    FieldErrors m_fieldErrors;

    QCheckBox *m_persistentCheckBox;
    QCheckBox *m_undefineSourceCheckBox;
    QCheckBox *m_pauseAfterCheckBox;
    QLineEdit *m_newNameLineEdit;
    QSpinBox *m_concurrencySpinBox;
    QLabel *m_concurrencyLabel;
    QToolButton *m_advancedToolButton;
    QWidget *m_advancedWidget;
    QLabel *m_libvirtOnlyLabel;
    QLineEdit *m_migrationUriLineEdit;
    QLineEdit *m_connectionUriLineEdit;
    QCheckBox *m_peerToPeerCheckBox;
    QCheckBox *m_tunnelledCheckBox;
    QSpinBox *m_bandwidthSpinBox;
    QSpinBox *m_maxDowntimeSpinBox;
    QListWidget *m_compressionListWidget;
    QCheckBox *m_autoConvergeCheckBox;
    QCheckBox *m_postCopyCheckBox;
    QSpinBox *m_parallelConnectionsSpinBox;
    QCheckBox *m_tlsCheckBox;
    QPushButton *m_destinationXmlPushButton;
    QLabel *m_destinationXmlStatusLabel;
    QCheckBox *m_unsafeCheckBox;
    QLabel *m_unsafeWarningLabel;
    QLabel *m_postCopyWarningLabel;
    QLabel *m_otherProblemsLabel;
    QPointer<QDialog> m_xmlDialog; // deletes itself on close
    QString m_destinationXml;
    bool m_refreshing = false;
};
