// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: Virt Ferry contributors
#include "CredentialPrompter.h"

#include "HostKeyDialog.h"
#include "SshPrompts.h"

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

void CredentialPrompter::prompt(const CredentialExchangePtr &exchange)
{
    if (promptForHostKey(exchange))
        return;
    auto *dialog = new QDialog(m_parentWindow);
    dialog->setObjectName(QStringLiteral("credentialDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Authentication required"));
    auto *layout = new QVBoxLayout(dialog);
    auto *intro = new QLabel(tr("Credentials are needed to connect to %1.").arg(exchange->uri()), dialog);
    intro->setWordWrap(true);
    layout->addWidget(intro);
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
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);

    // A weak reference: a connection that times out cancels the exchange itself.
    std::weak_ptr<CredentialExchange> weakExchange = exchange;
    connect(dialog, &QDialog::finished, dialog, [weakExchange, fields](int result) {
        QList<QByteArray> answers;
        for (QLineEdit *field : fields) {
            answers.append(field->text().toUtf8());
            field->clear(); // don't leave the secret in the widget's buffer
        }
        CredentialExchangePtr exchange = weakExchange.lock();
        if (!exchange) {
            for (QByteArray &answer : answers)
                wipeSecret(answer);
            return;
        }
        if (result == QDialog::Accepted)
            exchange->answer(std::move(answers));
        else
            exchange->cancel();
    });
    dialog->open();
}
