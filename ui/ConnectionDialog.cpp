// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: Virt Ferry contributors
#include "ConnectionDialog.h"

#include "ui_ConnectionDialog.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QPushButton>
#include <QStyle>

#include <algorithm>
#include <limits>

namespace {

using Hypervisor = ConnectionConfig::Hypervisor;
using Transport = ConnectionConfig::Transport;

bool isAsciiNumber(const QString &text)
{
    return !text.isEmpty()
        && std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}

} // namespace

ConnectionDialog::ConnectionDialog(QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ConnectionDialog>())
{
    m_ui->setupUi(this);

    m_ui->hypervisorComboBox->addItem(tr("QEMU/KVM system"), int(Hypervisor::QemuSystem));
    m_ui->hypervisorComboBox->addItem(tr("QEMU/KVM user session"), int(Hypervisor::QemuSession));
    m_ui->hypervisorComboBox->addItem(tr("libvirt test driver"), int(Hypervisor::Test));

    m_ui->transportComboBox->addItem(tr("Local"), int(Transport::Local));
    m_ui->transportComboBox->addItem(tr("SSH (qemu+ssh)"), int(Transport::Ssh));
    m_ui->transportComboBox->addItem(tr("libssh (qemu+libssh)"), int(Transport::Libssh));
    m_ui->transportComboBox->addItem(tr("TLS"), int(Transport::Tls));
    m_ui->transportComboBox->addItem(tr("TCP"), int(Transport::Tcp));
    m_ui->transportComboBox->setItemData(m_ui->transportComboBox->findData(int(Transport::Tcp)),
        tr("Unencrypted; use only on a trusted network."), Qt::ToolTipRole);

    m_fieldErrors.addField(m_ui->userLineEdit, m_ui->userErrorLabel);
    m_fieldErrors.addField(m_ui->hostLineEdit, m_ui->hostErrorLabel);
    m_fieldErrors.addField(m_ui->portLineEdit, m_ui->portErrorLabel);
    m_fieldErrors.addField(m_ui->testDriverPathLineEdit, m_ui->testDriverPathErrorLabel);
    m_fieldErrors.addField(m_ui->extraParametersLineEdit, m_ui->extraParametersErrorLabel);
    m_fieldErrors.addField(m_ui->customUriLineEdit, m_ui->customUriErrorLabel);

    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);

    for (QLineEdit *edit :
        { m_ui->displayNameLineEdit, m_ui->userLineEdit, m_ui->hostLineEdit, m_ui->portLineEdit,
            m_ui->testDriverPathLineEdit, m_ui->extraParametersLineEdit, m_ui->customUriLineEdit }) {
        connect(edit, &QLineEdit::textChanged, this, &ConnectionDialog::updateState);
    }
    connect(m_ui->hypervisorComboBox, &QComboBox::currentIndexChanged, this, &ConnectionDialog::updateState);
    connect(m_ui->transportComboBox, &QComboBox::currentIndexChanged, this, &ConnectionDialog::updateState);
    connect(m_ui->customUriCheckBox, &QCheckBox::toggled, this, &ConnectionDialog::onCustomUriToggled);
    connect(m_ui->autoconnectCheckBox, &QCheckBox::toggled, this, &ConnectionDialog::updateState);
    connect(m_ui->testDriverPathBrowseButton, &QPushButton::clicked, this,
        &ConnectionDialog::browseTestDriverPath);

    updateState();
}

ConnectionDialog::~ConnectionDialog() = default;

void ConnectionDialog::setConfig(const ConnectionConfig &config)
{
    m_id = config.id;
    m_ui->displayNameLineEdit->setText(config.displayName);
    m_ui->hypervisorComboBox->setCurrentIndex(m_ui->hypervisorComboBox->findData(int(config.hypervisor)));
    m_ui->transportComboBox->setCurrentIndex(m_ui->transportComboBox->findData(int(config.transport)));
    m_ui->userLineEdit->setText(config.user);
    m_ui->hostLineEdit->setText(config.host);
    m_ui->portLineEdit->setText(config.port > 0 ? QString::number(config.port) : QString());
    m_ui->testDriverPathLineEdit->setText(config.testDriverPath);
    m_ui->extraParametersLineEdit->setText(config.extraParameters);
    // The text first: ticking the box with an empty URI would prefill it from the fields.
    m_ui->customUriLineEdit->setText(config.customUri);
    m_ui->customUriCheckBox->setChecked(!config.customUri.trimmed().isEmpty());
    m_ui->autoconnectCheckBox->setChecked(config.autoconnect);
    updateState();
}

ConnectionConfig ConnectionDialog::config() const
{
    ConnectionConfig config;
    config.id = m_id;
    config.displayName = m_ui->displayNameLineEdit->text().trimmed();
    config.hypervisor = currentHypervisor();
    config.transport = currentTransport();
    // Rows the form disables are not part of the connection: a host typed before
    // switching back to Local must not be saved, or come back as a hidden error later.
    if (config.isRemote()) {
        config.user = m_ui->userLineEdit->text();
        config.host = m_ui->hostLineEdit->text();
        config.port = portValue();
    }
    if (config.hypervisor == Hypervisor::Test)
        config.testDriverPath = m_ui->testDriverPathLineEdit->text();
    config.extraParameters = m_ui->extraParametersLineEdit->text().trimmed();
    if (m_ui->customUriCheckBox->isChecked())
        config.customUri = m_ui->customUriLineEdit->text().trimmed();
    config.autoconnect = m_ui->autoconnectCheckBox->isChecked();
    return config;
}

void ConnectionDialog::updateState()
{
    const bool custom = m_ui->customUriCheckBox->isChecked();
    const bool remote = !custom && currentTransport() != Transport::Local;
    const bool testDriver = currentHypervisor() == Hypervisor::Test;

    m_ui->hypervisorComboBox->setEnabled(!custom);
    m_ui->transportComboBox->setEnabled(!custom);
    const QList<QWidget *> remoteRows { m_ui->userLabel, m_ui->userLineEdit, m_ui->hostLabel,
        m_ui->hostLineEdit, m_ui->portLabel, m_ui->portLineEdit };
    for (QWidget *widget : remoteRows)
        widget->setEnabled(remote);
    // The node file row means nothing to QEMU, so it is hidden rather than greyed out.
    const QList<QWidget *> testDriverRow { m_ui->testDriverPathLabel, m_ui->testDriverPathLineEdit,
        m_ui->testDriverPathBrowseButton };
    for (QWidget *widget : testDriverRow) {
        widget->setVisible(testDriver);
        widget->setEnabled(testDriver && !custom);
    }
    m_ui->extraParametersLabel->setEnabled(!custom);
    m_ui->extraParametersLineEdit->setEnabled(!custom);
    m_ui->customUriLineEdit->setEnabled(custom);

    // Every field is checked, not just the first bad one, so the user sees all of them at once.
    bool valid = true;
    valid &= showFieldError(m_ui->userLineEdit, m_ui->userErrorLabel,
        remote ? ConnectionValidation::userError(m_ui->userLineEdit->text()) : QString());
    valid &= showFieldError(m_ui->hostLineEdit, m_ui->hostErrorLabel,
        remote ? ConnectionValidation::hostError(m_ui->hostLineEdit->text()) : QString());
    valid &= showFieldError(m_ui->portLineEdit, m_ui->portErrorLabel, remote ? portTextError() : QString());
    valid &= showFieldError(m_ui->testDriverPathLineEdit, m_ui->testDriverPathErrorLabel,
        testDriver && !custom
            ? ConnectionValidation::testDriverPathError(m_ui->testDriverPathLineEdit->text())
            : QString());
    valid &= showFieldError(m_ui->extraParametersLineEdit, m_ui->extraParametersErrorLabel,
        !custom ? ConnectionValidation::extraParametersError(m_ui->extraParametersLineEdit->text())
                : QString());
    valid &= showFieldError(m_ui->customUriLineEdit, m_ui->customUriErrorLabel,
        custom ? ConnectionValidation::uriError(m_ui->customUriLineEdit->text()) : QString());

    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(valid);

    const ConnectionConfig current = config();
    m_ui->uriPreviewLabel->setText(current.uri());
    m_ui->displayNameLineEdit->setPlaceholderText(current.effectiveDisplayName());
}

void ConnectionDialog::onCustomUriToggled(bool checked)
{
    // Starting from the URI the fields make is easier than typing one from scratch.
    if (checked && m_ui->customUriLineEdit->text().trimmed().isEmpty()) {
        ConnectionConfig fromFields = config();
        fromFields.customUri.clear();
        m_ui->customUriLineEdit->setText(fromFields.uri());
    }
    updateState();
    if (checked)
        m_ui->customUriLineEdit->setFocus();
}

void ConnectionDialog::browseTestDriverPath()
{
    const QString current = m_ui->testDriverPathLineEdit->text();
    const QString startDirectory
        = current.startsWith(u'/') ? QFileInfo(current).absolutePath() : QDir::homePath();
    const QString path = QFileDialog::getOpenFileName(this, tr("Choose a Test Driver Node File"),
        startDirectory, tr("libvirt node XML (*.xml);;All files (*)"));
    if (!path.isEmpty())
        m_ui->testDriverPathLineEdit->setText(path);
}

ConnectionConfig::Hypervisor ConnectionDialog::currentHypervisor() const
{
    return Hypervisor(m_ui->hypervisorComboBox->currentData().toInt());
}

ConnectionConfig::Transport ConnectionDialog::currentTransport() const
{
    return Transport(m_ui->transportComboBox->currentData().toInt());
}

int ConnectionDialog::portValue() const
{
    const QString text = m_ui->portLineEdit->text().trimmed();
    if (!isAsciiNumber(text))
        return 0;
    bool ok = false;
    const int port = text.toInt(&ok);
    // Too many digits for an int is still a number, just out of range; let portError say so.
    return ok ? port : std::numeric_limits<int>::max();
}

QString ConnectionDialog::portTextError() const
{
    const QString text = m_ui->portLineEdit->text().trimmed();
    if (text.isEmpty())
        return {};
    if (!isAsciiNumber(text))
        return tr("The port must be a number, such as 22, or empty for the default.");
    return ConnectionValidation::portError(portValue());
}

bool ConnectionDialog::showFieldError(QLineEdit *edit, QLabel *, const QString &error)
{
    return m_fieldErrors.show(edit, error);
}
