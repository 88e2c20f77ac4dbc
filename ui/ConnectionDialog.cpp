// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: Virt Ferry contributors
#include "ConnectionDialog.h"

#include "ui_ConnectionDialog.h"

#include "CredentialPrompter.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QPainter>
#include <QPainterPath>
#include <QPushButton>
#include <QSet>
#include <QStyle>
#include <QUrl>

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

// The URI parameters the SSH fields stand for, in the order a new query lists them.
const QString kKnownHostsParameter = QStringLiteral("known_hosts");
const QString kKeyFileParameter = QStringLiteral("keyfile");
const QString kSshAuthParameter = QStringLiteral("sshauth");
const QStringList kSshParameters { kKnownHostsParameter, kKeyFileParameter, kSshAuthParameter };
const QStringList kSshAuthMethods { QStringLiteral("agent"), QStringLiteral("privkey"), QStringLiteral("password"),
    QStringLiteral("keyboard-interactive") };

struct Parameter
{
    QString name;
    QString raw; // "name=value" exactly as typed
};

QList<Parameter> splitParameters(const QString &query)
{
    QList<Parameter> parameters;
    for (const QString &pair : query.trimmed().split(u'&', Qt::SkipEmptyParts))
        parameters.append(Parameter { pair.section(u'=', 0, 0), pair });
    return parameters;
}

// Values travel percent-encoded in the query; / : @ , stay readable, they are legal there.
QString encodeValue(const QString &value)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(value, "/:@,"));
}

QString decodeValue(const QString &raw)
{
    return QUrl::fromPercentEncoding(raw.toUtf8());
}

QStringList sshAuthMethods(const QString &text)
{
    QStringList methods;
    for (const QString &method : text.split(u','))
        methods.append(method.trimmed());
    return methods;
}

// Test-step icons, drawn so they follow no icon theme and read at a glance.
QIcon stepIcon(ConnectionTester::Outcome outcome)
{
    constexpr int size = 32;
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF disc(3, 3, size - 6, size - 6);
    const auto filled = [&](const QColor &color) {
        painter.setPen(QPen(color.darker(130), 2));
        painter.setBrush(color);
        painter.drawEllipse(disc);
        painter.setPen(QPen(Qt::white, 3.5, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter.setBrush(Qt::NoBrush);
    };
    switch (outcome) {
    case ConnectionTester::Outcome::Passed: {
        filled(QColor(0x27, 0xae, 0x60));
        QPainterPath check;
        check.moveTo(10, 16.5);
        check.lineTo(14.5, 21);
        check.lineTo(22.5, 11.5);
        painter.drawPath(check);
        break;
    }
    case ConnectionTester::Outcome::Failed:
        filled(FieldErrors::errorColor());
        painter.drawLine(QPointF(11.5, 11.5), QPointF(20.5, 20.5));
        painter.drawLine(QPointF(20.5, 11.5), QPointF(11.5, 20.5));
        break;
    case ConnectionTester::Outcome::Skipped:
        filled(QColor(0x95, 0xa5, 0xa6));
        painter.drawLine(QPointF(10.5, 16), QPointF(21.5, 16));
        break;
    case ConnectionTester::Outcome::Running:
        filled(QColor(0x29, 0x80, 0xb9));
        painter.setPen(Qt::NoPen);
        painter.setBrush(Qt::white);
        for (int i = 0; i < 3; ++i)
            painter.drawEllipse(QPointF(10 + i * 6, 16), 2, 2);
        break;
    case ConnectionTester::Outcome::Pending:
        painter.setPen(QPen(QColor(0x95, 0xa5, 0xa6), 2, Qt::DashLine));
        painter.drawEllipse(disc);
        break;
    }
    return QIcon(pixmap);
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
    m_fieldErrors.addField(m_ui->knownHostsLineEdit, m_ui->knownHostsErrorLabel);
    m_fieldErrors.addField(m_ui->keyFileLineEdit, m_ui->keyFileErrorLabel);
    m_fieldErrors.addField(m_ui->sshAuthLineEdit, m_ui->sshAuthErrorLabel);
    QFont hintFont = m_ui->knownHostsHintLabel->font();
    hintFont.setPointSizeF(hintFont.pointSizeF() * 0.9);
    m_ui->knownHostsHintLabel->setFont(hintFont);
    m_ui->knownHostsHintLabel->setForegroundRole(QPalette::PlaceholderText);

    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);

    for (QLineEdit *edit :
        { m_ui->displayNameLineEdit, m_ui->userLineEdit, m_ui->hostLineEdit, m_ui->portLineEdit,
            m_ui->testDriverPathLineEdit, m_ui->extraParametersLineEdit, m_ui->customUriLineEdit,
            m_ui->knownHostsLineEdit, m_ui->keyFileLineEdit, m_ui->sshAuthLineEdit }) {
        connect(edit, &QLineEdit::textChanged, this, &ConnectionDialog::updateState);
    }
    connect(m_ui->hypervisorComboBox, &QComboBox::currentIndexChanged, this, &ConnectionDialog::updateState);
    connect(m_ui->transportComboBox, &QComboBox::currentIndexChanged, this, &ConnectionDialog::updateState);
    connect(m_ui->customUriCheckBox, &QCheckBox::toggled, this, &ConnectionDialog::onCustomUriToggled);
    connect(m_ui->autoconnectCheckBox, &QCheckBox::toggled, this, &ConnectionDialog::updateState);
    connect(m_ui->testDriverPathBrowseButton, &QPushButton::clicked, this,
        &ConnectionDialog::browseTestDriverPath);
    connect(m_ui->knownHostsBrowseButton, &QPushButton::clicked, this, [this] {
        browseFile(m_ui->knownHostsLineEdit, tr("Choose a known_hosts File"),
            QDir::homePath() + QStringLiteral("/.ssh/known_hosts"));
    });
    connect(m_ui->keyFileBrowseButton, &QPushButton::clicked, this, [this] {
        browseFile(m_ui->keyFileLineEdit, tr("Choose an SSH Private Key"), QDir::homePath() + QStringLiteral("/.ssh"));
    });

    m_tester = new ConnectionTester(this);
    m_prompter = new CredentialPrompter(this);
    connect(m_ui->testConnectionButton, &QPushButton::clicked, this, &ConnectionDialog::startTest);
    connect(m_ui->testCancelButton, &QPushButton::clicked, m_tester, &ConnectionTester::cancel);
    connect(m_tester, &ConnectionTester::stepStarted, this, &ConnectionDialog::onTestStepStarted);
    connect(m_tester, &ConnectionTester::stepFinished, this, &ConnectionDialog::onTestStepFinished);
    connect(m_tester, &ConnectionTester::finished, this, &ConnectionDialog::onTestFinished);
    connect(m_tester, &ConnectionTester::hostKeyQuestion, this, &ConnectionDialog::onHostKeyQuestion);
    connect(m_tester, &ConnectionTester::credentialsRequested, m_prompter, &CredentialPrompter::prompt);
    // A closed dialog stops its test; its prompts would have no window to belong to.
    connect(this, &QDialog::finished, m_tester, &ConnectionTester::cancel);

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

    // The SSH parameters this transport understands move into their fields; everything
    // else (and a second copy of one) stays in the extra parameters, untouched.
    m_loadedSshParameters.clear();
    m_parameterOrder.clear();
    QStringList rest;
    for (const Parameter &parameter : splitParameters(config.extraParameters)) {
        m_parameterOrder.append(parameter.name);
        const QString raw = parameter.raw.section(u'=', 1);
        if (kSshParameters.contains(parameter.name) && appliesToTransport(parameter.name)
            && !m_loadedSshParameters.contains(parameter.name) && parameter.raw.contains(u'=')) {
            m_loadedSshParameters.insert(parameter.name, SshParameter { decodeValue(raw), raw });
        } else {
            rest.append(parameter.raw);
        }
    }
    for (const QString &name : kSshParameters)
        editForParameter(name)->setText(m_loadedSshParameters.value(name).value);
    m_ui->extraParametersLineEdit->setText(rest.join(u'&'));
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
    config.extraParameters = m_ui->customUriCheckBox->isChecked()
        ? m_ui->extraParametersLineEdit->text().trimmed()
        : mergedParameters();
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
    // Like the node file row: SSH options are shown only for the transports that read them.
    const QList<std::pair<QString, QList<QWidget *>>> sshRows {
        { kKnownHostsParameter,
            { m_ui->knownHostsLabel, m_ui->knownHostsLineEdit, m_ui->knownHostsBrowseButton,
                m_ui->knownHostsHintLabel } },
        { kKeyFileParameter, { m_ui->keyFileLabel, m_ui->keyFileLineEdit, m_ui->keyFileBrowseButton } },
        { kSshAuthParameter, { m_ui->sshAuthLabel, m_ui->sshAuthLineEdit } },
    };
    for (const auto &[parameter, widgets] : sshRows) {
        for (QWidget *widget : widgets) {
            widget->setVisible(appliesToTransport(parameter));
            widget->setEnabled(!custom);
        }
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
    const auto sshFieldError = [&](const QString &parameter, QString (*check)(const QString &)) {
        return !custom && appliesToTransport(parameter) ? check(editForParameter(parameter)->text()) : QString();
    };
    valid &= showFieldError(m_ui->knownHostsLineEdit, m_ui->knownHostsErrorLabel,
        sshFieldError(kKnownHostsParameter, &ConnectionDialog::knownHostsFileError));
    valid &= showFieldError(m_ui->keyFileLineEdit, m_ui->keyFileErrorLabel,
        sshFieldError(kKeyFileParameter, &ConnectionDialog::keyFileError));
    valid &= showFieldError(m_ui->sshAuthLineEdit, m_ui->sshAuthErrorLabel,
        sshFieldError(kSshAuthParameter, &ConnectionDialog::sshAuthError));
    QString extraError;
    if (!custom) {
        extraError = ConnectionValidation::extraParametersError(m_ui->extraParametersLineEdit->text());
        if (extraError.isEmpty())
            extraError = duplicatedParameterError();
    }
    valid &= showFieldError(m_ui->extraParametersLineEdit, m_ui->extraParametersErrorLabel, extraError);
    valid &= showFieldError(m_ui->customUriLineEdit, m_ui->customUriErrorLabel,
        custom ? ConnectionValidation::uriError(m_ui->customUriLineEdit->text()) : QString());

    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(valid);
    m_formValid = valid;
    m_ui->testConnectionButton->setEnabled(valid && !(m_tester && m_tester->isRunning()));

    const ConnectionConfig current = config();
    m_ui->uriPreviewLabel->setText(current.uri());
    m_ui->displayNameLineEdit->setPlaceholderText(current.effectiveDisplayName());
}

void ConnectionDialog::accept()
{
    updateState();
    if (!m_formValid)
        return;
    QDialog::accept();
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

QString ConnectionDialog::knownHostsFileError(const QString &path)
{
    if (path.isEmpty())
        return {};
    if (path.startsWith(u'/'))
        return ConnectionValidation::localPathCharacterError(path);
    return tr("Enter an absolute path, such as %1/.ssh/known_hosts, or leave it empty for libvirt's own list.")
        .arg(QDir::homePath());
}

QString ConnectionDialog::keyFileError(const QString &path)
{
    if (path.isEmpty())
        return {};
    if (path.startsWith(u'/'))
        return ConnectionValidation::localPathCharacterError(path);
    return tr("Enter an absolute path, such as %1/.ssh/id_ed25519, or leave it empty for the default keys.")
        .arg(QDir::homePath());
}

QString ConnectionDialog::sshAuthError(const QString &methods)
{
    if (methods.trimmed().isEmpty())
        return {};
    QSet<QString> seen;
    for (const QString &method : sshAuthMethods(methods)) {
        if (method.isEmpty())
            return tr("Separate the methods with single commas, as in agent,privkey,password.");
        if (!kSshAuthMethods.contains(method))
            return tr("Unknown method \"%1\": use agent, privkey, password or keyboard-interactive.").arg(method);
        if (seen.contains(method))
            return tr("\"%1\" is listed twice; each method is tried once.").arg(method);
        seen.insert(method);
    }
    return {};
}

bool ConnectionDialog::appliesToTransport(const QString &parameter) const
{
    // libvirt reads keyfile for both SSH transports, known_hosts and sshauth for libssh only.
    const Transport transport = currentTransport();
    if (parameter == kKeyFileParameter)
        return transport == Transport::Ssh || transport == Transport::Libssh;
    return transport == Transport::Libssh;
}

QLineEdit *ConnectionDialog::editForParameter(const QString &parameter) const
{
    if (parameter == kKnownHostsParameter)
        return m_ui->knownHostsLineEdit;
    if (parameter == kKeyFileParameter)
        return m_ui->keyFileLineEdit;
    return m_ui->sshAuthLineEdit;
}

QString ConnectionDialog::sshParameterValue(const QString &parameter) const
{
    const QString text = editForParameter(parameter)->text();
    if (parameter == kSshAuthParameter)
        return text.trimmed().isEmpty() ? QString() : sshAuthMethods(text).join(u',');
    return text;
}

QString ConnectionDialog::mergedParameters() const
{
    QList<Parameter> parameters = splitParameters(m_ui->extraParametersLineEdit->text());
    for (const QString &name : kSshParameters) {
        const QString value = sshParameterValue(name);
        if (value.isEmpty() || !appliesToTransport(name))
            continue;
        const auto loaded = m_loadedSshParameters.constFind(name);
        const QString raw = loaded != m_loadedSshParameters.cend() && loaded->value == value ? loaded->raw
                                                                                              : encodeValue(value);
        parameters.append(Parameter { name, name + u'=' + raw });
    }
    // Back in the order setConfig() found them; new ones after those.
    std::stable_sort(parameters.begin(), parameters.end(), [this](const Parameter &a, const Parameter &b) {
        const auto rank = [this](const QString &name) {
            const qsizetype index = m_parameterOrder.indexOf(name);
            return index < 0 ? m_parameterOrder.size() : index;
        };
        return rank(a.name) < rank(b.name);
    });
    QStringList pairs;
    for (const Parameter &parameter : std::as_const(parameters))
        pairs.append(parameter.raw);
    return pairs.join(u'&');
}

QString ConnectionDialog::duplicatedParameterError() const
{
    for (const Parameter &parameter : splitParameters(m_ui->extraParametersLineEdit->text())) {
        if (kSshParameters.contains(parameter.name) && appliesToTransport(parameter.name)
            && !sshParameterValue(parameter.name).isEmpty()) {
            return tr("%1 is already set by its own field above; remove it here.").arg(parameter.name);
        }
    }
    return {};
}

void ConnectionDialog::browseFile(QLineEdit *edit, const QString &title, const QString &defaultPath)
{
    const QString current = edit->text();
    const QString start = current.startsWith(u'/') ? current : defaultPath;
    // Starting inside ~/.ssh shows its files, which a filter for hidden names would not.
    const QString path = QFileDialog::getOpenFileName(this, title, start, tr("All files (*)"));
    if (!path.isEmpty())
        edit->setText(path);
}

void ConnectionDialog::startTest()
{
    if (!m_formValid)
        return;
    const QString uri = config().uri();
    m_ui->testResultsListWidget->clear();
    for (int i = 0; i < ConnectionTester::kStepCount; ++i) {
        auto *item = new QListWidgetItem(stepIcon(ConnectionTester::Outcome::Pending),
            ConnectionTester::stepName(ConnectionTester::Step(i)), m_ui->testResultsListWidget);
        item->setData(Qt::UserRole, int(ConnectionTester::Outcome::Pending));
    }
    m_ui->testResultsListWidget->setVisible(true);
    m_ui->testStatusLabel->setText(tr("Testing…"));
    m_ui->testStatusLabel->setToolTip(uri);
    m_ui->testCancelButton->setVisible(true);
    m_tester->start(uri);
    m_ui->testConnectionButton->setEnabled(false);
}

QListWidgetItem *ConnectionDialog::testItem(ConnectionTester::Step step) const
{
    return m_ui->testResultsListWidget->item(int(step));
}

void ConnectionDialog::onTestStepStarted(ConnectionTester::Step step)
{
    if (QListWidgetItem *item = testItem(step)) {
        item->setIcon(stepIcon(ConnectionTester::Outcome::Running));
        item->setText(tr("%1: checking…").arg(ConnectionTester::stepName(step)));
        item->setData(Qt::UserRole, int(ConnectionTester::Outcome::Running));
    }
}

void ConnectionDialog::onTestStepFinished(const ConnectionTester::StepResult &result)
{
    QListWidgetItem *item = testItem(result.step);
    if (!item)
        return;
    QString text = ConnectionTester::stepName(result.step);
    //: %1 is a step of the connection test ("SSH login"), %2 what it found.
    if (!result.detail.isEmpty())
        text = tr("%1: %2").arg(text, result.detail);
    if (!result.hint.isEmpty())
        text += u'\n' + result.hint;
    item->setText(text);
    item->setIcon(stepIcon(result.outcome));
    item->setData(Qt::UserRole, int(result.outcome));
    item->setToolTip(text);
    if (result.outcome == ConnectionTester::Outcome::Skipped)
        item->setForeground(palette().brush(QPalette::Disabled, QPalette::Text));
    else
        item->setForeground(palette().brush(QPalette::Text));
}

void ConnectionDialog::onTestFinished(bool allPassed)
{
    m_ui->testCancelButton->setVisible(false);
    m_ui->testConnectionButton->setEnabled(m_formValid);
    QString failedStep;
    for (const ConnectionTester::StepResult &result : m_tester->results()) {
        if (result.outcome == ConnectionTester::Outcome::Failed) {
            failedStep = ConnectionTester::stepName(result.step);
            break;
        }
    }
    if (allPassed)
        m_ui->testStatusLabel->setText(tr("The connection works."));
    else if (!failedStep.isEmpty())
        m_ui->testStatusLabel->setText(tr("The connection does not work yet: \"%1\" failed.").arg(failedStep));
    else
        m_ui->testStatusLabel->setText(tr("The test was stopped."));
}

void ConnectionDialog::onHostKeyQuestion(const HostKeyQuestionPtr &question)
{
    m_prompter->promptHostKey(question);
}
