// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: Virt Ferry contributors
#include "CredentialPrompter.h"

#include "FieldErrors.h"
#include "HostKeyDialog.h"
#include "SecretBytes.h"
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
    if (!m_secretStore || account.isEmpty() || m_secretStore->availability() == SecretStore::Availability::Unavailable) {
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
                              // Shares the keyring job's buffer: wiping it clears that too.
                              QByteArray saved = secret;
                              CredentialExchangePtr pending = weakExchange.lock();
                              if (!pending || saved.isEmpty()) {
                                  wipeSecret(saved);
                                  if (pending)
                                      showDialog(pending, account, {});
                                  return;
                              }
                              m_autoAnswered.insert(account, QDateTime::currentDateTimeUtc());
                              pending->answer({saved});
                              wipeSecret(saved);
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
        auto *field = new QLineEdit(dialog);
        field->setObjectName(QStringLiteral("credentialLineEdit%1").arg(fields.size()));
        if (!prompt.echo)
            field->setEchoMode(QLineEdit::Password); // also keeps undo and copy out of reach
        // Typed text goes into one buffer, sized once, that the line edit owns alone: it
        // never grows (a grown QString leaves the old buffer, with what was typed so far,
        // on the heap unwiped), and wipeLineEdit() can clear it where it is.
        field->setMaxLength(kMaximumAnswerLength);
        QString buffer;
        buffer.reserve(kMaximumAnswerLength + 1);
        field->setText(buffer);
        buffer = QString();
        field->insert(prompt.defaultResult);
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
        auto *reason = new QLabel(dialog);
        reason->setObjectName(QStringLiteral("rememberUnavailableLabel"));
        reason->setWordWrap(true);
        layout->addWidget(reason);
        // Never fail silently: without a keyring the option is off, and says why. The probe
        // that SecretStore started may still be running: follow it.
        auto showAvailability = [remember, reason](SecretStore *store) {
            QString why;
            switch (store->availability()) {
            case SecretStore::Availability::Available:
                break;
            case SecretStore::Availability::Checking:
                why = tr("Looking for a keyring service…");
                break;
            case SecretStore::Availability::Unavailable:
                why = store->unavailableReason();
                break;
            }
            remember->setEnabled(why.isEmpty());
            if (!why.isEmpty())
                remember->setChecked(false);
            remember->setToolTip(why);
            reason->setText(why);
            reason->setVisible(!why.isEmpty());
        };
        showAvailability(m_secretStore);
        SecretStore *store = m_secretStore;
        connect(store, &SecretStore::availabilityChanged, remember,
                [store, showAvailability] { showAvailability(store); });
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
        for (QLineEdit *field : fields)
            answers.append(takeText(field));
        CredentialExchangePtr exchange = weakExchange.lock();
        if (exchange && result == QDialog::Accepted) {
            const bool rememberIt = remember && remember->isEnabled() && remember->isChecked() && store
                && store->availability() != SecretStore::Availability::Unavailable && !answers.isEmpty();
            if (rememberIt)
                store->store(account, answers.first()); // it keeps a copy of its own
            exchange->answer(answers); // shared with ours: the exchange copies them
        } else if (exchange) {
            exchange->cancel();
        }
        for (QByteArray &answer : answers)
            wipeSecret(answer);
    });
    dialog->open();
}

QByteArray CredentialPrompter::takeText(QLineEdit *field)
{
    // text() shares the line edit's own buffer: wiping it in place clears the characters
    // where they were typed. setText() then drops the buffer and the undo history.
    QString text = field->text();
    // Not toUtf8(): its SIMD conversion leaves the password in vector registers.
    QByteArray utf8 = SecretBytes::toUtf8(text);
    wipeSecret(text);
    field->setText(QString());
    return utf8;
}
