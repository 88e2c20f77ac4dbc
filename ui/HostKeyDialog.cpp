// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: Virt Ferry contributors
#include "HostKeyDialog.h"

#include "ui_HostKeyDialog.h"

#include <QFontDatabase>
#include <QPushButton>
#include <QStyle>

HostKeyDialog::HostKeyDialog(const HostKeyInfo &info, bool canTrustOnce, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::HostKeyDialog>())
{
    m_ui->setupUi(this);
    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_ui->fingerprintValueLabel->setFont(fixed);
    m_ui->knownHostsLineEdit->setFont(fixed);
    m_ui->hostValueLabel->setText(info.hostAndPort());
    m_ui->keyTypeValueLabel->setText(info.keyType.isEmpty() ? tr("not reported") : info.keyType);
    m_ui->fingerprintValueLabel->setText(info.sha256Fingerprint);
    m_ui->knownHostsLineEdit->setText(info.knownHostsLine);
    m_ui->iconLabel->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    m_ui->titleLabel->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_ui->titleLabel->setAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    QFont titleFont = m_ui->titleLabel->font();
    titleFont.setBold(true);
    m_ui->titleLabel->setFont(titleFont);
    const int iconSize = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);

    if (info.status == HostKeyInfo::Status::Changed) {
        setWindowTitle(tr("Host key changed"));
        m_ui->iconLabel->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxCritical).pixmap(iconSize));
        m_ui->titleLabel->setText(tr("The host key of %1 has changed. Virt Ferry will not connect.")
                                      .arg(info.hostAndPort()));
        m_ui->explanationLabel->setText(
            tr("Someone could be intercepting the connection (a man-in-the-middle attack), or the host was "
               "reinstalled or its keys replaced. Confirm the new fingerprint with the host's administrator or "
               "on its console (ssh-keygen -lf /etc/ssh/ssh_host_*_key.pub). If the change is expected, remove "
               "the old entry below from the known hosts file and connect again."));
        m_ui->knownHostsCaptionLabel->setText(tr("Stored entry in %1:").arg(info.knownHostsFile));
        QPushButton *close = m_ui->buttonBox->addButton(QDialogButtonBox::Close);
        close->setObjectName(QStringLiteral("closeButton"));
        connect(close, &QPushButton::clicked, this, [this] { decide(HostKeyDecision::Reject); });
        adjustSize();
        return;
    }

    setWindowTitle(tr("Unknown host key"));
    m_ui->iconLabel->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxQuestion).pixmap(iconSize));
    m_ui->titleLabel->setText(tr("Virt Ferry has never connected to %1 before.").arg(info.hostAndPort()));
    m_ui->explanationLabel->setText(
        tr("Check that the fingerprint below is the host's, for example with its administrator or on its "
           "console (ssh-keygen -lf /etc/ssh/ssh_host_*_key.pub), before you trust it."));
    if (info.knownHostsLine.isEmpty()) {
        m_ui->knownHostsCaptionLabel->hide();
        m_ui->knownHostsLineEdit->hide();
    } else {
        m_ui->knownHostsCaptionLabel->setText(tr("\"Trust and remember\" adds this line to %1:").arg(info.knownHostsFile));
    }
    QPushButton *cancel = m_ui->buttonBox->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    connect(cancel, &QPushButton::clicked, this, [this] { decide(HostKeyDecision::Reject); });
    if (canTrustOnce) {
        QPushButton *once = m_ui->buttonBox->addButton(tr("Trust &Once"), QDialogButtonBox::AcceptRole);
        once->setObjectName(QStringLiteral("trustOnceButton"));
        connect(once, &QPushButton::clicked, this, [this] { decide(HostKeyDecision::TrustOnce); });
    }
    QPushButton *remember = m_ui->buttonBox->addButton(tr("Trust and &Remember"), QDialogButtonBox::AcceptRole);
    remember->setObjectName(QStringLiteral("trustAndRememberButton"));
    connect(remember, &QPushButton::clicked, this, [this] { decide(HostKeyDecision::TrustAndRemember); });
    cancel->setDefault(true); // trusting must be a deliberate click
    cancel->setFocus();
    adjustSize();
}

HostKeyDialog::~HostKeyDialog() = default;

void HostKeyDialog::decide(HostKeyDecision decision)
{
    m_decision = decision;
    Q_EMIT decided(decision);
    decision == HostKeyDecision::Reject ? reject() : accept();
}
