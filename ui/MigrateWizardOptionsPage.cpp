// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: Virt Ferry contributors
#include "MigrateWizardOptionsPage.h"

#include "Connection.h"
#include "MigrateWizard.h"

#include <QCheckBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>
#include <QXmlStreamReader>

namespace {

using Option = MigrationOptions::Option;

const QStringList kCompressionMethods
    = { QStringLiteral("xbzrle"), QStringLiteral("zlib"), QStringLiteral("zstd"), QStringLiteral("mt") };

void setLabelText(QLabel *label, const QString &text, bool isError)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
    if (isError) {
        FieldErrors::paintAsError(label);
    } else {
        label->setPalette(QPalette());
    }
    QFont font = label->font();
    font.setItalic(!isError);
    label->setFont(font);
}

// Why an edited destination XML cannot be used; empty when it is a <domain> document.
QString destinationXmlError(const QString &xml)
{
    QXmlStreamReader reader(xml);
    bool sawRoot = false;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement() && !sawRoot) {
            sawRoot = true;
            if (reader.name() != u"domain")
                return MigrateWizardOptionsPage::tr("The root element must be <domain>, not <%1>.")
                    .arg(reader.name().toString());
        }
    }
    if (reader.hasError())
        return MigrateWizardOptionsPage::tr("Line %1, column %2: %3")
            .arg(reader.lineNumber())
            .arg(reader.columnNumber())
            .arg(reader.errorString());
    if (!sawRoot)
        return MigrateWizardOptionsPage::tr("The XML is empty.");
    return {};
}

} // namespace

MigrateWizardOptionsPage::MigrateWizardOptionsPage(MigrateWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_persistentCheckBox(new QCheckBox(tr("Keep it &defined on the destination (persistent)")))
    , m_undefineSourceCheckBox(new QCheckBox(tr("&Remove its definition from the source (undefine)")))
    , m_pauseAfterCheckBox(new QCheckBox(tr("Leave it &paused on the destination")))
    , m_newNameLineEdit(new QLineEdit)
    , m_concurrencySpinBox(new QSpinBox)
    , m_concurrencyLabel(new QLabel(tr("Move &several at once:")))
    , m_advancedToolButton(new QToolButton)
    , m_advancedWidget(new QWidget)
    , m_libvirtOnlyLabel(new QLabel)
    , m_migrationUriLineEdit(new QLineEdit)
    , m_connectionUriLineEdit(new QLineEdit)
    , m_peerToPeerCheckBox(new QCheckBox(tr("Pee&r to peer (the source's libvirt connects to the destination)")))
    , m_tunnelledCheckBox(new QCheckBox(tr("&Tunnelled through the libvirt connection")))
    , m_bandwidthSpinBox(new QSpinBox)
    , m_maxDowntimeSpinBox(new QSpinBox)
    , m_compressionListWidget(new QListWidget)
    , m_autoConvergeCheckBox(new QCheckBox(tr("Auto-&converge (slow the guest down if memory changes too fast)")))
    , m_postCopyCheckBox(new QCheckBox(tr("Allow p&ost-copy (switch over before all memory arrived)")))
    , m_parallelConnectionsSpinBox(new QSpinBox)
    , m_tlsCheckBox(new QCheckBox(tr("Encrypt with T&LS")))
    , m_destinationXmlPushButton(new QPushButton(tr("Edit destination &XML…")))
    , m_destinationXmlStatusLabel(new QLabel)
    , m_unsafeCheckBox(new QCheckBox(tr("&Unsafe: migrate although libvirt considers the disk cache unsafe")))
    , m_unsafeWarningLabel(new QLabel)
    , m_postCopyWarningLabel(new QLabel)
    , m_otherProblemsLabel(new QLabel)
{
    setObjectName(QStringLiteral("optionsWizardPage"));
    setTitle(tr("Options"));
    setSubTitle(tr("The defaults suit most migrations. Options that cannot be combined with your choices are "
                   "greyed out with the reason."));

    m_persistentCheckBox->setObjectName(QStringLiteral("persistentCheckBox"));
    m_undefineSourceCheckBox->setObjectName(QStringLiteral("undefineSourceCheckBox"));
    m_pauseAfterCheckBox->setObjectName(QStringLiteral("pauseAfterCheckBox"));
    m_newNameLineEdit->setObjectName(QStringLiteral("newNameLineEdit"));
    m_newNameLineEdit->setPlaceholderText(tr("keep the name"));
    m_concurrencySpinBox->setObjectName(QStringLiteral("concurrencySpinBox"));
    m_concurrencySpinBox->setRange(1, MigrationPlan::kMaxConcurrency);
    m_concurrencySpinBox->setSuffix(tr(" at a time"));
    m_advancedToolButton->setObjectName(QStringLiteral("advancedToolButton"));
    m_advancedToolButton->setText(tr("Ad&vanced"));
    m_advancedToolButton->setCheckable(true);
    m_advancedToolButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_advancedToolButton->setArrowType(Qt::RightArrow);
    m_advancedToolButton->setAutoRaise(true);
    m_advancedWidget->setObjectName(QStringLiteral("advancedWidget"));
    m_libvirtOnlyLabel->setObjectName(QStringLiteral("libvirtOnlyLabel"));
    m_libvirtOnlyLabel->setWordWrap(true);
    m_migrationUriLineEdit->setObjectName(QStringLiteral("migrationUriLineEdit"));
    m_migrationUriLineEdit->setPlaceholderText(tr("chosen by libvirt, e.g. tcp://10.0.0.2:49152"));
    m_connectionUriLineEdit->setObjectName(QStringLiteral("connectionUriLineEdit"));
    m_peerToPeerCheckBox->setObjectName(QStringLiteral("peerToPeerCheckBox"));
    m_tunnelledCheckBox->setObjectName(QStringLiteral("tunnelledCheckBox"));
    m_bandwidthSpinBox->setObjectName(QStringLiteral("bandwidthSpinBox"));
    m_bandwidthSpinBox->setRange(0, int(MigrationOptions::kMaxBandwidthMiBs));
    m_bandwidthSpinBox->setSpecialValueText(tr("Unlimited"));
    m_bandwidthSpinBox->setSuffix(tr(" MiB/s"));
    m_maxDowntimeSpinBox->setObjectName(QStringLiteral("maxDowntimeSpinBox"));
    m_maxDowntimeSpinBox->setRange(0, int(MigrationOptions::kMaxDowntimeMs));
    m_maxDowntimeSpinBox->setSpecialValueText(tr("Hypervisor default"));
    m_maxDowntimeSpinBox->setSuffix(tr(" ms"));
    m_compressionListWidget->setObjectName(QStringLiteral("compressionListWidget"));
    for (const QString &method : kCompressionMethods) {
        auto *item = new QListWidgetItem(method, m_compressionListWidget);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    m_compressionListWidget->setMaximumHeight(m_compressionListWidget->sizeHintForRow(0) * 4 + 6);
    m_autoConvergeCheckBox->setObjectName(QStringLiteral("autoConvergeCheckBox"));
    m_postCopyCheckBox->setObjectName(QStringLiteral("postCopyCheckBox"));
    // Said before it is chosen: libvirt refuses to abort a migration in post-copy.
    const QString postCopyNoReturn
        = tr("Post-copy is a point of no return: once the migration switches to it, the virtual machine runs on "
             "the destination while the rest of its memory still comes from the source, so the migration can no "
             "longer be aborted or undone, and if either host or the network fails before it completes, the "
             "virtual machine is lost.");
    m_postCopyCheckBox->setToolTip(postCopyNoReturn);
    m_postCopyWarningLabel->setObjectName(QStringLiteral("postCopyWarningLabel"));
    m_postCopyWarningLabel->setWordWrap(true);
    m_postCopyWarningLabel->setTextFormat(Qt::PlainText);
    m_postCopyWarningLabel->setContentsMargins(24, 0, 0, 0);
    m_postCopyWarningLabel->setText(postCopyNoReturn);
    m_parallelConnectionsSpinBox->setObjectName(QStringLiteral("parallelConnectionsSpinBox"));
    m_parallelConnectionsSpinBox->setRange(0, MigrationOptions::kMaxParallelConnections);
    m_parallelConnectionsSpinBox->setSpecialValueText(tr("One connection"));
    m_tlsCheckBox->setObjectName(QStringLiteral("tlsCheckBox"));
    m_destinationXmlPushButton->setObjectName(QStringLiteral("destinationXmlPushButton"));
    m_destinationXmlStatusLabel->setObjectName(QStringLiteral("destinationXmlStatusLabel"));
    m_unsafeCheckBox->setObjectName(QStringLiteral("unsafeCheckBox"));
    m_unsafeWarningLabel->setObjectName(QStringLiteral("unsafeWarningLabel"));
    m_unsafeWarningLabel->setWordWrap(true);
    m_unsafeWarningLabel->setContentsMargins(24, 0, 0, 0);
    m_unsafeWarningLabel->setText(
        tr("libvirt refuses to migrate a guest whose disks use the host's page cache on storage it cannot "
           "prove coherent (a shared directory, some NFS setups): the destination could read stale data and "
           "corrupt the disk. Tick this only when the storage is coherent, e.g. the guest flushes or the "
           "cluster file system guarantees it."));
    m_otherProblemsLabel->setObjectName(QStringLiteral("otherProblemsLabel"));
    m_otherProblemsLabel->setWordWrap(true);
    m_otherProblemsLabel->setTextFormat(Qt::PlainText);
    FieldErrors::paintAsError(m_otherProblemsLabel);
    m_otherProblemsLabel->hide();

    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 6, 0);
    const auto addChecked = [&](QVBoxLayout *into, QCheckBox *box, const char *reasonName, Option option,
                                std::function<void(MigrationPlan &)> flip) {
        box->setParent(content);
        QLabel *reason = addReasonLabel(reasonName);
        into->addWidget(box);
        into->addWidget(reason);
        addControl(option, box, reason, std::move(flip));
    };
    addChecked(layout, m_persistentCheckBox, "persistentReasonLabel", Option::PersistOnDestination,
        [](MigrationPlan &plan) { plan.options.persistOnDestination = !plan.options.persistOnDestination; });
    addChecked(layout, m_undefineSourceCheckBox, "undefineSourceReasonLabel", Option::UndefineSource,
        [](MigrationPlan &plan) { plan.options.undefineSource = !plan.options.undefineSource; });
    addChecked(layout, m_pauseAfterCheckBox, "pauseAfterReasonLabel", Option::PauseAfter,
        [](MigrationPlan &plan) { plan.options.pauseAfter = !plan.options.pauseAfter; });

    auto *basicForm = new QFormLayout;
    auto *nameLabel = new QLabel(tr("New &name:"));
    nameLabel->setBuddy(m_newNameLineEdit);
    auto *newNameError = new QLabel;
    newNameError->setObjectName(QStringLiteral("newNameErrorLabel"));
    newNameError->setWordWrap(true);
    m_fieldErrors.addField(m_newNameLineEdit, newNameError);
    QLabel *newNameReason = addReasonLabel("newNameReasonLabel");
    basicForm->addRow(nameLabel, m_newNameLineEdit);
    basicForm->addRow(QString(), newNameError);
    basicForm->addRow(QString(), newNameReason);
    addControl(Option::DestinationName, m_newNameLineEdit, newNameReason, [](MigrationPlan &plan) {
        plan.options.destinationName = plan.options.destinationName.isEmpty() ? QStringLiteral("renamed") : QString();
    });
    m_concurrencyLabel->setBuddy(m_concurrencySpinBox);
    basicForm->addRow(m_concurrencyLabel, m_concurrencySpinBox);
    layout->addLayout(basicForm);

    layout->addWidget(m_advancedToolButton);
    layout->addWidget(m_advancedWidget);
    m_advancedWidget->setParent(content);
    auto *grid = new QGridLayout(m_advancedWidget);
    grid->setContentsMargins(18, 0, 0, 0);
    grid->addWidget(m_libvirtOnlyLabel, 0, 0, 1, 2);
    auto *left = new QVBoxLayout;
    auto *right = new QVBoxLayout;
    grid->addLayout(left, 1, 0);
    grid->addLayout(right, 1, 1);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);

    const auto addEdit = [&](QVBoxLayout *into, const QString &text, QLineEdit *edit, const char *errorName,
                             const char *reasonName, Option option, std::function<void(MigrationPlan &)> flip) {
        auto *label = new QLabel(text);
        label->setBuddy(edit);
        auto *error = new QLabel;
        error->setObjectName(QString::fromLatin1(errorName));
        error->setWordWrap(true);
        m_fieldErrors.addField(edit, error);
        QLabel *reason = addReasonLabel(reasonName);
        into->addWidget(label);
        into->addWidget(edit);
        into->addWidget(error);
        into->addWidget(reason);
        addControl(option, edit, reason, std::move(flip));
    };
    const auto addSpin = [&](QVBoxLayout *into, const QString &text, QSpinBox *spin, const char *reasonName,
                             Option option, std::function<void(MigrationPlan &)> flip) {
        auto *row = new QHBoxLayout;
        auto *label = new QLabel(text);
        label->setBuddy(spin);
        row->addWidget(label);
        row->addWidget(spin, 1);
        QLabel *reason = addReasonLabel(reasonName);
        into->addLayout(row);
        into->addWidget(reason);
        addControl(option, spin, reason, std::move(flip));
    };

    addEdit(left, tr("&Migration URI (where the data goes):"), m_migrationUriLineEdit, "migrationUriErrorLabel",
        "migrationUriReasonLabel", Option::MigrationUri, [](MigrationPlan &plan) {
            plan.options.migrationUri = plan.options.migrationUri.isEmpty() ? QStringLiteral("tcp://192.0.2.1") : QString();
        });
    addChecked(left, m_peerToPeerCheckBox, "peerToPeerReasonLabel", Option::PeerToPeer, [this](MigrationPlan &plan) {
        plan.options.peerToPeer = !plan.options.peerToPeer;
        if (plan.options.peerToPeer && plan.options.connectionUri.isEmpty() && m_wizard->destination())
            plan.options.connectionUri = m_wizard->destination()->config().uri();
    });
    addEdit(left, tr("&Connection URI for peer to peer (as the source host sees the destination):"),
        m_connectionUriLineEdit, "connectionUriErrorLabel", "connectionUriReasonLabel", Option::ConnectionUri, {});
    addChecked(left, m_tunnelledCheckBox, "tunnelledReasonLabel", Option::Tunnelled, [](MigrationPlan &plan) {
        plan.options.tunnelled = !plan.options.tunnelled;
        if (plan.options.tunnelled)
            plan.options.peerToPeer = true; // ticking it ticks peer to peer as well
    });
    addChecked(left, m_tlsCheckBox, "tlsReasonLabel", Option::Tls,
        [](MigrationPlan &plan) { plan.options.tls = !plan.options.tls; });
    addSpin(left, tr("&Bandwidth:"), m_bandwidthSpinBox, "bandwidthReasonLabel", Option::Bandwidth,
        [](MigrationPlan &plan) { plan.options.bandwidthMiBs = plan.options.bandwidthMiBs ? 0 : 1; });
    addSpin(left, tr("Max &downtime:"), m_maxDowntimeSpinBox, "maxDowntimeReasonLabel", Option::MaxDowntime,
        [](MigrationPlan &plan) { plan.options.maxDowntimeMs = plan.options.maxDowntimeMs ? 0 : 1; });
    addSpin(left, tr("Parallel co&nnections:"), m_parallelConnectionsSpinBox, "parallelConnectionsReasonLabel",
        Option::ParallelConnections, [](MigrationPlan &plan) {
            plan.options.parallelConnections = plan.options.parallelConnections ? 0 : 2;
        });
    left->addStretch();

    auto *compressionLabel = new QLabel(tr("Co&mpression of memory:"));
    compressionLabel->setBuddy(m_compressionListWidget);
    QLabel *compressionReason = addReasonLabel("compressionReasonLabel");
    right->addWidget(compressionLabel);
    right->addWidget(m_compressionListWidget);
    right->addWidget(compressionReason);
    addControl(Option::Compression, m_compressionListWidget, compressionReason, [](MigrationPlan &plan) {
        plan.options.compressionMethods
            = plan.options.compressionMethods.isEmpty() ? QStringList { QStringLiteral("xbzrle") } : QStringList();
    });
    addChecked(right, m_autoConvergeCheckBox, "autoConvergeReasonLabel", Option::AutoConverge,
        [](MigrationPlan &plan) { plan.options.autoConverge = !plan.options.autoConverge; });
    addChecked(right, m_postCopyCheckBox, "postCopyReasonLabel", Option::PostCopy,
        [](MigrationPlan &plan) { plan.options.postCopyAllowed = !plan.options.postCopyAllowed; });
    m_postCopyWarningLabel->setParent(content);
    right->addWidget(m_postCopyWarningLabel);
    auto *xmlRow = new QHBoxLayout;
    xmlRow->addWidget(m_destinationXmlPushButton);
    xmlRow->addWidget(m_destinationXmlStatusLabel, 1);
    QLabel *xmlReason = addReasonLabel("destinationXmlReasonLabel");
    right->addLayout(xmlRow);
    right->addWidget(xmlReason);
    addControl(Option::DestinationXml, m_destinationXmlPushButton, xmlReason, [](MigrationPlan &plan) {
        plan.options.destinationXml = plan.options.destinationXml.isEmpty() ? QStringLiteral("<domain/>") : QString();
    });
    addChecked(right, m_unsafeCheckBox, "unsafeReasonLabel", Option::Unsafe,
        [](MigrationPlan &plan) { plan.options.unsafe = !plan.options.unsafe; });
    right->addWidget(m_unsafeWarningLabel);
    right->addStretch();
    m_advancedWidget->hide();

    layout->addWidget(m_otherProblemsLabel);
    layout->addStretch();

    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("optionsScrollArea"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto *pageLayout = new QVBoxLayout(this);
    pageLayout->setContentsMargins(0, 0, 0, 0);
    pageLayout->addWidget(scroll);

    connect(m_advancedToolButton, &QToolButton::toggled, this, &MigrateWizardOptionsPage::setAdvancedVisible);
    for (QCheckBox *box : { m_persistentCheckBox, m_undefineSourceCheckBox, m_pauseAfterCheckBox, m_tlsCheckBox,
             m_autoConvergeCheckBox, m_postCopyCheckBox, m_unsafeCheckBox })
        connect(box, &QCheckBox::toggled, this, &MigrateWizardOptionsPage::changedByUser);
    connect(m_peerToPeerCheckBox, &QCheckBox::toggled, this, [this](bool checked) {
        if (checked && m_connectionUriLineEdit->text().isEmpty() && m_wizard->destination())
            m_connectionUriLineEdit->setText(m_wizard->destination()->config().uri());
        if (!checked)
            m_tunnelledCheckBox->setChecked(false); // tunnelling needs it
        changedByUser();
    });
    connect(m_tunnelledCheckBox, &QCheckBox::toggled, this, [this](bool checked) {
        if (checked)
            m_peerToPeerCheckBox->setChecked(true);
        changedByUser();
    });
    for (QLineEdit *edit : { m_newNameLineEdit, m_migrationUriLineEdit, m_connectionUriLineEdit })
        connect(edit, &QLineEdit::textChanged, this, &MigrateWizardOptionsPage::changedByUser);
    for (QSpinBox *spin : { m_concurrencySpinBox, m_bandwidthSpinBox, m_maxDowntimeSpinBox, m_parallelConnectionsSpinBox })
        connect(spin, &QSpinBox::valueChanged, this, &MigrateWizardOptionsPage::changedByUser);
    connect(m_compressionListWidget, &QListWidget::itemChanged, this, &MigrateWizardOptionsPage::changedByUser);
    connect(m_destinationXmlPushButton, &QPushButton::clicked, this, &MigrateWizardOptionsPage::openDestinationXmlEditor);
    connect(wizard, &MigrateWizard::planChanged, this, &MigrateWizardOptionsPage::refresh);
    setDestinationXml({});
}

MigrateWizardOptionsPage::~MigrateWizardOptionsPage() = default;

QLabel *MigrateWizardOptionsPage::addReasonLabel(const char *objectName)
{
    auto *label = new QLabel;
    label->setObjectName(QString::fromLatin1(objectName));
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setContentsMargins(24, 0, 0, 0);
    label->hide();
    return label;
}

void MigrateWizardOptionsPage::addControl(
    MigrationOptions::Option option, QWidget *widget, QLabel *label, std::function<void(MigrationPlan &)> flip)
{
    m_controls.append({ option, widget, label, std::move(flip) });
}

void MigrateWizardOptionsPage::fillPlan(MigrationPlan &plan) const
{
    MigrationOptions &options = plan.options;
    options.persistOnDestination = m_persistentCheckBox->isChecked();
    options.undefineSource = m_undefineSourceCheckBox->isChecked();
    options.pauseAfter = m_pauseAfterCheckBox->isChecked();
    options.destinationName = m_newNameLineEdit->text();
    options.migrationUri = m_migrationUriLineEdit->text().trimmed();
    options.peerToPeer = m_peerToPeerCheckBox->isChecked();
    // Unused without peer to peer; kept in the field in case it is ticked again.
    options.connectionUri = options.peerToPeer ? m_connectionUriLineEdit->text().trimmed() : QString();
    options.tunnelled = m_tunnelledCheckBox->isChecked();
    options.bandwidthMiBs = unsigned(m_bandwidthSpinBox->value());
    options.maxDowntimeMs = unsigned(m_maxDowntimeSpinBox->value());
    options.compressionMethods.clear();
    for (int row = 0; row < m_compressionListWidget->count(); ++row) {
        if (m_compressionListWidget->item(row)->checkState() == Qt::Checked)
            options.compressionMethods << m_compressionListWidget->item(row)->text();
    }
    options.autoConverge = m_autoConvergeCheckBox->isChecked();
    options.postCopyAllowed = m_postCopyCheckBox->isChecked();
    options.parallelConnections = m_parallelConnectionsSpinBox->value();
    options.tls = m_tlsCheckBox->isChecked();
    options.destinationXml = m_destinationXml;
    options.unsafe = m_unsafeCheckBox->isChecked();
    plan.concurrency = m_wizard->domains().size() > 1 ? m_concurrencySpinBox->value() : 1;
}

void MigrateWizardOptionsPage::setMoveDefaults(bool move, bool live)
{
    const QSignalBlocker persistent(m_persistentCheckBox);
    const QSignalBlocker undefine(m_undefineSourceCheckBox);
    // A temporary live move leaves nothing behind on the destination: it comes home
    // when it shuts down. Offline ways consist of defining it there.
    m_persistentCheckBox->setChecked(move || !live);
    m_undefineSourceCheckBox->setChecked(move);
}

void MigrateWizardOptionsPage::setAdvancedVisible(bool visible)
{
    const QSignalBlocker blocker(m_advancedToolButton);
    m_advancedToolButton->setChecked(visible);
    m_advancedToolButton->setArrowType(visible ? Qt::DownArrow : Qt::RightArrow);
    m_advancedWidget->setVisible(visible);
}

void MigrateWizardOptionsPage::setDestinationXml(const QString &xml)
{
    m_destinationXml = xml;
    m_destinationXmlStatusLabel->setText(
        xml.isEmpty() ? tr("The source's definition is used.")
                      : tr("Edited (%n line(s)).", nullptr, int(xml.count(u'\n') + 1)));
}

QDialog *MigrateWizardOptionsPage::destinationXmlDialog() const
{
    return m_xmlDialog;
}

void MigrateWizardOptionsPage::openDestinationXmlEditor()
{
    if (m_xmlDialog) {
        m_xmlDialog->raise();
        return;
    }
    const QList<DomainInfo> &domains = m_wizard->domains();
    const QString sourceXml = domains.isEmpty() ? QString() : m_wizard->domainXml(domains.first().uuid);
    auto *dialog = new QDialog(this);
    m_xmlDialog = dialog;
    dialog->setObjectName(QStringLiteral("destinationXmlDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Destination XML"));
    auto *edit = new QPlainTextEdit(dialog);
    edit->setObjectName(QStringLiteral("destinationXmlTextEdit"));
    edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    edit->setLineWrapMode(QPlainTextEdit::NoWrap);
    edit->setPlainText(m_destinationXml.isEmpty() ? sourceXml : m_destinationXml);
    auto *note = new QLabel(tr("The definition the destination host gets. libvirt refuses changes that the "
                               "running guest cannot follow (devices, memory size); disk paths and host-side "
                               "settings can change."),
        dialog);
    note->setWordWrap(true);
    auto *error = new QLabel(dialog);
    error->setObjectName(QStringLiteral("destinationXmlErrorLabel"));
    error->setWordWrap(true);
    error->setTextFormat(Qt::PlainText);
    FieldErrors::paintAsError(error);
    error->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::Reset, dialog);
    buttons->button(QDialogButtonBox::Reset)->setText(tr("Use the &source definition"));
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(note);
    layout->addWidget(edit, 1);
    layout->addWidget(error);
    layout->addWidget(buttons);
    dialog->resize(720, 520);

    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    connect(buttons->button(QDialogButtonBox::Reset), &QPushButton::clicked, dialog, [this, dialog] {
        setDestinationXml({});
        changedByUser();
        dialog->accept();
    });
    connect(buttons, &QDialogButtonBox::accepted, dialog, [this, dialog, edit, error, sourceXml] {
        const QString text = edit->toPlainText();
        const QString problem = destinationXmlError(text);
        error->setText(problem);
        error->setVisible(!problem.isEmpty());
        if (!problem.isEmpty())
            return; // the text stays as typed
        setDestinationXml(text == sourceXml ? QString() : text);
        changedByUser();
        dialog->accept();
    });
    dialog->open();
}

void MigrateWizardOptionsPage::initializePage()
{
    const int count = int(m_wizard->domains().size());
    m_concurrencyLabel->setVisible(count > 1);
    m_concurrencySpinBox->setVisible(count > 1);
    m_concurrencySpinBox->setMaximum(qMax(1, qMin(count, MigrationPlan::kMaxConcurrency)));
    if (Connection *destination = m_wizard->destination())
        m_connectionUriLineEdit->setPlaceholderText(destination->config().uri());
    refresh();
}

void MigrateWizardOptionsPage::changedByUser()
{
    if (m_refreshing)
        return;
    refresh();
    Q_EMIT optionsChanged();
}

void MigrateWizardOptionsPage::refresh()
{
    if (m_refreshing)
        return;
    m_refreshing = true;
    const MigrationPlan plan = m_wizard->plan();
    const int count = int(m_wizard->domains().size());
    const QList<MigrationOptions::Problem> current = plan.problems(count);
    QList<MigrationOptions::Problem> unshown = current;

    for (const Control &control : std::as_const(m_controls)) {
        QStringList errors;
        for (const MigrationOptions::Problem &problem : current) {
            if (problem.option == control.option) {
                errors << problem.reason;
                unshown.removeAll(problem);
            }
        }
        QString reason;
        if (errors.isEmpty() && control.flip) {
            MigrationPlan other = plan;
            control.flip(other);
            for (const MigrationOptions::Problem &problem : other.problems(count)) {
                if (problem.option == control.option && !current.contains(problem)) {
                    reason = problem.reason;
                    break;
                }
            }
        }
        control.widget->setEnabled(reason.isEmpty());
        if (auto *edit = qobject_cast<QLineEdit *>(control.widget)) {
            m_fieldErrors.show(edit, errors.join(u'\n'));
            setLabelText(control.label, reason, false);
        } else {
            setLabelText(control.label, errors.isEmpty() ? reason : errors.join(u'\n'), !errors.isEmpty());
        }
    }
    // Only peer to peer uses the connection URI; there is nothing to explain beyond that.
    m_connectionUriLineEdit->setEnabled(m_connectionUriLineEdit->isEnabled() && m_peerToPeerCheckBox->isChecked());

    const bool libvirt = plan.method == MigrationPlan::Method::Libvirt;
    m_libvirtOnlyLabel->setText(libvirt ? QString()
                                        : tr("These are options of libvirt's migration; the way chosen on the "
                                             "Method page does not use them."));
    m_libvirtOnlyLabel->setVisible(!libvirt);

    QStringList others;
    for (const MigrationOptions::Problem &problem : std::as_const(unshown))
        others << problem.reason;
    m_otherProblemsLabel->setText(others.isEmpty() ? QString()
                                                   : tr("To fix on an earlier page:\n%1").arg(others.join(u'\n')));
    m_otherProblemsLabel->setVisible(!others.isEmpty());
    // A problem inside the collapsed group must be seen.
    for (const Control &control : std::as_const(m_controls)) {
        if (!m_advancedWidget->isAncestorOf(control.widget))
            continue;
        for (const MigrationOptions::Problem &problem : current) {
            if (problem.option == control.option)
                setAdvancedVisible(true);
        }
    }
    m_refreshing = false;
    Q_EMIT completeChanged();
}

bool MigrateWizardOptionsPage::isComplete() const
{
    return m_wizard->plan().problems(int(m_wizard->domains().size())).isEmpty();
}

bool MigrateWizardOptionsPage::validatePage()
{
    if (isComplete())
        return true;
    refresh(); // every problem at its field
    return false;
}
