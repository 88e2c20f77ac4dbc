// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: Virt Ferry contributors
#include "CredentialPrompter.h"

#include "FieldErrors.h"
#include "HostKeyDialog.h"
#include "SecretStore.h"
#include "SshPrompts.h"

#include <QCheckBox>
#include <QDateTime>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

CredentialPrompter::CredentialPrompter(QWidget *parentWindow)
    : QObject(parentWindow)
    , m_parentWindow(parentWindow)
{
}

bool CredentialPrompter::promptForHostKey(const CredentialExchangePtr &exchange)
{
    if (exchange->prompts().size() != 1)
        return false;
    const CredentialExchange::Prompt &question = exchange->prompts().first();
    std::optional<HostKeyInfo> info;
    bool openSsh = false;
    if (question.kind == CredentialExchange::Kind::HostKeyConfirmation) {
        info = SshPrompts::hostKeyFromOpenSshPrompt(question.prompt);
        openSsh = true;
    } else if (question.kind == CredentialExchange::Kind::EchoPrompt) {
        info = SshPrompts::hostKeyFromLibvirtPrompt(question.prompt);
    }
    if (!info)
        return false;
    // Both ssh and libvirt write known_hosts themselves on "yes": no "trust once" here.
    auto *dialog = new HostKeyDialog(*info, false, m_parentWindow);
    dialog->setObjectName(QStringLiteral("hostKeyDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    std::weak_ptr<CredentialExchange> weakExchange = exchange;
    connect(dialog, &QDialog::finished, dialog, [dialog, weakExchange, openSsh] {
        CredentialExchangePtr pending = weakExchange.lock();
        if (!pending)
            return;
        const bool trust = dialog->decision() == HostKeyDecision::TrustAndRemember;
        pending->answer({openSsh ? SshPrompts::openSshAnswer(trust) : SshPrompts::libvirtAnswer(trust)});
    });
    dialog->open();
    return true;
}

void CredentialPrompter::promptHostKey(const HostKeyQuestionPtr &question)
{
    auto *dialog = new HostKeyDialog(question->info(), true, m_parentWindow);
    dialog->setObjectName(QStringLiteral("hostKeyDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    std::weak_ptr<HostKeyQuestion> weakQuestion = question;
    connect(dialog, &QDialog::finished, dialog, [dialog, weakQuestion] {
        if (HostKeyQuestionPtr pending = weakQuestion.lock())
            pending->answer(dialog->decision());
    });
    dialog->open();
}

void CredentialPrompter::setSecretStore(SecretStore *store)
{
    m_secretStore = store;
}

QString CredentialPrompter::secretAccount(const CredentialExchangePtr &exchange)
{
    if (exchange->prompts().size() != 1)
        return {};
    const CredentialExchange::Prompt &prompt = exchange->prompts().first();
    if (prompt.kind != CredentialExchange::Kind::Password && prompt.kind != CredentialExchange::Kind::Passphrase)
        return {};
    // The prompt names user and host ("vfuser@host-a's password:"), or the key file.
    return exchange->uri() + u'\n' + prompt.prompt.trimmed();
}

void CredentialPrompter::prompt(const CredentialExchangePtr &exchange)
{
    if (promptForHostKey(exchange))
        return;
    const QString account = secretAccount(exchange);
    if (!m_secretStore || account.isEmpty()) {
        showDialog(exchange, account, {});
        return;
    }
    // A saved password that was just given and is asked for again was refused: ask the
    // user instead of trying it forever.
    const QDateTime lastUse = m_autoAnswered.value(account);
    if (lastUse.isValid() && lastUse.secsTo(QDateTime::currentDateTimeUtc()) < kRetryWindowSeconds) {
        m_autoAnswered.remove(account);
        showDialog(exchange, account, tr("The saved password was not accepted."));
        return;
    }
    auto connection = std::make_shared<QMetaObject::Connection>();
    std::weak_ptr<CredentialExchange> weakExchange = exchange;
    *connection = connect(m_secretStore, &SecretStore::found, this,
                          [this, connection, account, weakExchange](const QString &foundAccount,
                                                                    const QByteArray &secret, const QString &) {
                              if (foundAccount != account)
                                  return;
                              disconnect(*connection);
                              CredentialExchangePtr pending = weakExchange.lock();
                              if (!pending)
                                  return;
                              if (secret.isEmpty()) {
                                  showDialog(pending, account, {});
                                  return;
                              }
                              m_autoAnswered.insert(account, QDateTime::currentDateTimeUtc());
                              pending->answer({secret});
                          });
    m_secretStore->lookup(account);
}

void CredentialPrompter::showDialog(const CredentialExchangePtr &exchange, const QString &account,
                                    const QString &notice)
{
    auto *dialog = new QDialog(m_parentWindow);
    dialog->setObjectName(QStringLiteral("credentialDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Authentication required"));
    auto *layout = new QVBoxLayout(dialog);
    auto *intro = new QLabel(tr("Credentials are needed to connect to %1.").arg(exchange->uri()), dialog);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    if (!notice.isEmpty()) {
        auto *noticeLabel = new QLabel(notice, dialog);
        noticeLabel->setObjectName(QStringLiteral("credentialNoticeLabel"));
        FieldErrors::paintAsError(noticeLabel);
        layout->addWidget(noticeLabel);
    }
    auto *form = new QFormLayout;
    layout->addLayout(form);

    QList<QLineEdit *> fields;
    for (const CredentialExchange::Prompt &prompt : exchange->prompts()) {
        auto *field = new QLineEdit(prompt.defaultResult, dialog);
        field->setObjectName(QStringLiteral("credentialLineEdit%1").arg(fields.size()));
        if (!prompt.echo)
            field->setEchoMode(QLineEdit::Password);
        QString label = prompt.prompt;
        if (!prompt.challenge.isEmpty())
            label += u'\n' + prompt.challenge;
        form->addRow(label, field);
        fields.append(field);
    }
    QCheckBox *remember = nullptr;
    if (m_secretStore && !account.isEmpty()) {
        remember = new QCheckBox(tr("&Remember in the system keyring"), dialog);
        remember->setObjectName(QStringLiteral("rememberPasswordCheckBox"));
        layout->addWidget(remember);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);

    // A weak reference: a connection that times out cancels the exchange itself.
    std::weak_ptr<CredentialExchange> weakExchange = exchange;
    QPointer<SecretStore> store = m_secretStore;
    connect(dialog, &QDialog::finished, dialog, [weakExchange, fields, remember, store, account](int result) {
        QList<QByteArray> answers;
        for (QLineEdit *field : fields) {
            answers.append(field->text().toUtf8());
            field->clear(); // don't leave the secret in the widget's buffer
        }
        if (result == QDialog::Accepted && remember && remember->isChecked() && store && !answers.isEmpty())
            store->store(account, answers.first());
        CredentialExchangePtr exchange = weakExchange.lock();
        if (!exchange || result != QDialog::Accepted) {
            for (QByteArray &answer : answers)
                wipeSecret(answer);
            if (exchange)
                exchange->cancel();
            return;
        }
        exchange->answer(std::move(answers));
    });
    dialog->open();
}
