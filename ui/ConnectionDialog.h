// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: Virt Ferry contributors
#pragma once

#include "ConnectionConfig.h"
#include "ConnectionTester.h"

#include "FieldErrors.h"

#include <QDialog>
#include <QHash>

#include <memory>

class CredentialPrompter;
class QAction;
class QLabel;
class QLineEdit;
class QListWidgetItem;

namespace Ui {
class ConnectionDialog;
}

// Adds or edits one saved libvirt connection. Validates every field as the user types,
// using ConnectionValidation, and keeps OK disabled until the whole form can be saved.
// The SSH options (known_hosts, keyfile, sshauth) are URI parameters: the dialog shows
// them as fields and keeps them in ConnectionConfig::extraParameters. GUI thread only;
// "Test connection" runs a ConnectionTester, which does the talking on its own threads.
class ConnectionDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionDialog)

public:
    explicit ConnectionDialog(QWidget *parent = nullptr);
    ~ConnectionDialog() override;

    void setConfig(const ConnectionConfig &config); // for Edit; keeps config.id
    ConnectionConfig config() const; // built from the fields

    // Validation of the SSH option fields; empty when acceptable.
    static QString knownHostsFileError(const QString &path);
    static QString keyFileError(const QString &path);
    static QString sshAuthError(const QString &methods);

    // Refuses while a field is invalid, however it is called (a shortcut, a script, the
    // default button while OK is disabled): an invalid connection is never saved.
    void accept() override;

private:
    struct SshParameter
    {
        QString value; // decoded, as shown in its field
        QString raw; // as it stood in the query, reused while the value is unchanged
    };

    bool appliesToTransport(const QString &parameter) const;
    QLineEdit *editForParameter(const QString &parameter) const;
    QString sshParameterValue(const QString &parameter) const;
    QString mergedParameters() const;
    QString duplicatedParameterError() const;
    void browseFile(QLineEdit *edit, const QString &title, const QString &defaultPath);

    void startTest();
    void onTestStepStarted(ConnectionTester::Step step);
    void onTestStepFinished(const ConnectionTester::StepResult &result);
    void onTestFinished(bool allPassed);
    void onHostKeyQuestion(const HostKeyQuestionPtr &question);
    QListWidgetItem *testItem(ConnectionTester::Step step) const;

    void updateState();
    void onCustomUriToggled(bool checked);
    void browseTestDriverPath();

    ConnectionConfig::Hypervisor currentHypervisor() const;
    ConnectionConfig::Transport currentTransport() const;
    int portValue() const;
    QString portTextError() const;

    // Shows `error` under `edit` and marks the edit; returns whether the field is fine.
    bool showFieldError(QLineEdit *edit, QLabel *errorLabel, const QString &error);

    std::unique_ptr<Ui::ConnectionDialog> m_ui;
    QString m_id;
    FieldErrors m_fieldErrors;
    // From setConfig(): the SSH parameters moved into their fields, and the order of all
    // parameters, so that an unchanged config gives back the very same query string.
    QHash<QString, SshParameter> m_loadedSshParameters;
    QStringList m_parameterOrder;
    bool m_formValid = true;
    ConnectionTester *m_tester = nullptr;
    CredentialPrompter *m_prompter = nullptr;
};
