// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: Virt Ferry contributors
#pragma once

#include "CredentialExchange.h"
#include "HostKeyQuestion.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QPointer>

class QLineEdit;
class QWidget;
class SecretStore;

// Answers libvirt's credential callback with a window-modal dialog that is opened, never
// exec()'d: the worker waits for the answer, the GUI thread keeps turning.
class CredentialPrompter final : public QObject
{
    Q_OBJECT

public:
    explicit CredentialPrompter(QWidget *parentWindow);

    void prompt(const CredentialExchangePtr &exchange);
    // The app's own SSH sessions ask with a HostKeyQuestion, where "trust once" works.
    void promptHostKey(const HostKeyQuestionPtr &question);
    // With a store, password prompts offer "Remember", and remembered ones are answered
    // without asking (unless the saved password was just refused).
    void setSecretStore(SecretStore *store);
    // The keyring entry a password prompt maps to; empty for other prompts.
    static QString secretAccount(const CredentialExchangePtr &exchange);

private:
    static constexpr int kRetryWindowSeconds = 60;
    // Longer than any password or passphrase; the line edit's buffer is sized for it once.
    static constexpr int kMaximumAnswerLength = 1024;

    // The field's text in UTF-8; the field's own buffer is wiped and emptied.
    static QByteArray takeText(QLineEdit *field);

    bool promptForHostKey(const CredentialExchangePtr &exchange);
    void showDialog(const CredentialExchangePtr &exchange, const QString &account, const QString &notice);

    QWidget *m_parentWindow;
    QPointer<SecretStore> m_secretStore;
    QHash<QString, QDateTime> m_autoAnswered;
};
