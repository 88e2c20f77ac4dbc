// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: Virt Ferry contributors
#include "NfsExportsController.h"

#include "ConnectionConfig.h"
#include "CredentialPrompter.h"
#include "ExportsApplier.h"
#include "ExportsEditorDialog.h"
#include "FieldErrors.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace {

struct ServerSpec
{
    QString user;
    QString host;
    int port = 22;
    QString error;
};

ServerSpec parseServer(const QString &text)
{
    ServerSpec spec;
    QString rest = text.trimmed();
    if (const qsizetype at = rest.lastIndexOf(u'@'); at >= 0) {
        spec.user = rest.left(at);
        rest = rest.mid(at + 1);
        if (QString error = ConnectionValidation::userError(spec.user); !error.isEmpty() || spec.user.isEmpty()) {
            spec.error = spec.user.isEmpty() ? NfsExportsController::tr("Enter a user name before the @.") : error;
            return spec;
        }
    }
    // host:port, but not a bare IPv6 address; [v6]:port is accepted.
    if (rest.startsWith(u'[') && rest.contains(QStringLiteral("]:"))) {
        spec.port = rest.section(QStringLiteral("]:"), 1).toInt();
        rest = rest.section(QStringLiteral("]:"), 0, 0) + u']';
    } else if (rest.count(u':') == 1) {
        bool ok = false;
        spec.port = rest.section(u':', 1).toInt(&ok);
        if (!ok)
            spec.port = -1;
        rest = rest.section(u':', 0, 0);
    }
    if (spec.port < 1 || spec.port > 65535) {
        spec.error = NfsExportsController::tr("The port must be a number between 1 and 65535.");
        return spec;
    }
    spec.host = rest.startsWith(u'[') ? rest.mid(1, rest.size() - 2) : rest;
    spec.error = ConnectionValidation::hostError(rest);
    return spec;
}

} // namespace

NfsExportsController::NfsExportsController(const HostSession::Options &options, CredentialPrompter *prompter,
                                           QWidget *parentWindow)
    : QObject(parentWindow)
    , m_options(options)
    , m_prompter(prompter)
    , m_parentWindow(parentWindow)
    , m_session(new HostSession(this))
    , m_applier(new ExportsApplier(m_session, this))
    , m_dialog(new ExportsEditorDialog(options.host, parentWindow))
{
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &QObject::destroyed, this, [this] {
        m_session->close();
        deleteLater();
    });
    connect(m_session, &HostSession::hostKeyQuestion, this, &NfsExportsController::askAboutHostKey);
    connect(m_session, &HostSession::credentialsRequested, this, [this](const CredentialExchangePtr &exchange) {
        if (m_prompter)
            m_prompter->prompt(exchange);
        else
            exchange->cancel();
    });
    connect(m_session, &HostSession::opened, this, [this] {
        m_dialog->setBusy(true, tr("Reading /etc/exports…"));
        m_applier->load();
    });
    connect(m_session, &HostSession::failed, this, [this](const QString &message) {
        // Stop the busy bar; applying without a session fails with its own clear error.
        m_dialog->setBusy(false, tr("Cannot connect to %1: %2").arg(m_options.host, message));
    });
    connect(m_applier, &ExportsApplier::loaded, this, [this](const QByteArray &content, const QString &error) {
        if (!error.isEmpty()) {
            m_dialog->setBusy(false, tr("Cannot read /etc/exports: %1").arg(error));
            return;
        }
        m_dialog->setOriginalContent(content);
        m_dialog->setBusy(false);
    });
    connect(m_dialog, &ExportsEditorDialog::applyRequested, this,
            [this](const QByteArray &content, const QStringList &directories) {
                m_dialog->setBusy(true, tr("Applying…"));
                m_applier->apply(content, directories);
            });
    connect(m_applier, &ExportsApplier::progress, this, [this](const QString &step) { m_dialog->setBusy(true, step); });
    connect(m_applier, &ExportsApplier::finished, this, [this](bool succeeded, const QString &output) {
        m_dialog->setBusy(false);
        m_dialog->showApplyResult(succeeded, output);
    });
}

void NfsExportsController::start()
{
    m_dialog->setBusy(true, tr("Connecting to %1…").arg(m_options.host));
    m_dialog->show();
    m_session->open(m_options);
}

void NfsExportsController::askAboutHostKey(const HostKeyQuestionPtr &question)
{
    if (m_prompter)
        m_prompter->promptHostKey(question);
    else
        question->cancel();
}

std::optional<HostSession::Options> NfsExportsController::askForServer(const QString &suggestion,
                                                                        QWidget *parentWindow)
{
    QDialog dialog(parentWindow);
    dialog.setObjectName(QStringLiteral("nfsServerDialog"));
    dialog.setWindowTitle(tr("NFS exports"));
    auto *layout = new QVBoxLayout(&dialog);
    auto *intro = new QLabel(tr("Edit /etc/exports on this NFS server, over SSH ([user@]host[:port]):"), &dialog);
    intro->setWordWrap(true);
    auto *serverLineEdit = new QLineEdit(suggestion, &dialog);
    serverLineEdit->setObjectName(QStringLiteral("serverLineEdit"));
    auto *errorLabel = new QLabel(&dialog);
    errorLabel->setObjectName(QStringLiteral("serverErrorLabel"));
    FieldErrors::paintAsError(errorLabel);
    errorLabel->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    layout->addWidget(intro);
    layout->addWidget(serverLineEdit);
    layout->addWidget(errorLabel);
    layout->addWidget(buttons);
    auto validate = [&] {
        const ServerSpec spec = parseServer(serverLineEdit->text());
        errorLabel->setText(spec.error);
        errorLabel->setVisible(!spec.error.isEmpty());
        buttons->button(QDialogButtonBox::Ok)->setEnabled(spec.error.isEmpty());
    };
    connect(serverLineEdit, &QLineEdit::textChanged, &dialog, validate);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    validate();
    // A short, local question: exec() waits on the user, never on the network.
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    const ServerSpec spec = parseServer(serverLineEdit->text());
    HostSession::Options options;
    options.host = spec.host;
    options.port = spec.port;
    options.user = spec.user;
    return options;
}
