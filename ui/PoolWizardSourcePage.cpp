// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: Virt Ferry contributors
#include "PoolWizardSourcePage.h"

#include "Connection.h"
#include "PoolWizard.h"
#include "PoolWizardTypePage.h"

#include <QComboBox>
#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace {

enum SourceRole { DirRole = Qt::UserRole + 1, DeviceRole, NameRole, FormatRole, HostRole };

// A field with its error label right under it, so one form row holds both and hiding
// the row for another pool type hides both.
// `row`, if given, receives the layout beside the field, where the Browse button may go.
QWidget *fieldWithError(QWidget *parent, QWidget *field, QLabel *errorLabel, QHBoxLayout **row = nullptr)
{
    auto *column = new QWidget(parent);
    auto *layout = new QVBoxLayout(column);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    auto *fieldRow = new QHBoxLayout;
    fieldRow->addWidget(field, 1);
    layout->addLayout(fieldRow);
    if (row)
        *row = fieldRow;
    errorLabel->setWordWrap(true);
    layout->addWidget(errorLabel);
    return column;
}

QLineEdit *newEdit(QWidget *parent, const char *name)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(QString::fromLatin1(name));
    return edit;
}

QLabel *newErrorLabel(QWidget *parent, const char *name)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QString::fromLatin1(name));
    return label;
}

bool hasSpaceQuoteOrControl(const QString &text)
{
    for (const QChar c : text) {
        if (c.isSpace() || c == u'\'' || c == u'"' || c == u'\\' || c.category() == QChar::Other_Control)
            return true;
    }
    return false;
}

} // namespace

PoolTypeFields PoolTypeFields::forType(const QString &type)
{
    PoolTypeFields fields;
    if (type == u"dir") {
        fields.target = true;
    } else if (type == u"netfs") {
        fields.host = fields.sourceDir = fields.sourceDirRequired = fields.format = fields.target = true;
        fields.browse = true;
    } else if (type == u"logical") {
        fields.sourceName = fields.device = fields.browse = true;
        fields.sourceNameLabel = PoolWizardSourcePage::tr("&Volume group:");
        fields.deviceLabel = PoolWizardSourcePage::tr("&Physical volume (optional):");
    } else if (type == u"fs") {
        fields.device = fields.deviceRequired = fields.format = fields.target = true;
        fields.deviceLabel = PoolWizardSourcePage::tr("&Device:");
    } else if (type == u"disk") {
        fields.device = fields.deviceRequired = fields.format = fields.target = true;
        fields.deviceLabel = PoolWizardSourcePage::tr("&Disk:");
        fields.fixedTarget = QStringLiteral("/dev");
    } else if (type == u"iscsi") {
        fields.host = fields.device = fields.deviceRequired = fields.target = fields.browse = true;
        fields.deviceIsPath = false;
        fields.deviceLabel = PoolWizardSourcePage::tr("Target &IQN:");
        fields.fixedTarget = QStringLiteral("/dev/disk/by-path");
    } else if (type == u"mpath") {
        fields.target = true;
        fields.fixedTarget = QStringLiteral("/dev/mapper");
    } else if (type == u"gluster") {
        fields.host = fields.sourceName = fields.sourceDir = true;
        fields.sourceNameLabel = PoolWizardSourcePage::tr("Gluster &volume:");
    } else if (type == u"rbd") {
        fields.host = fields.sourceName = true;
        fields.sourceNameLabel = PoolWizardSourcePage::tr("Ceph &pool:");
    } else if (type == u"zfs") {
        fields.sourceName = fields.device = true;
        fields.sourceNameLabel = PoolWizardSourcePage::tr("ZFS &pool:");
        fields.deviceLabel = PoolWizardSourcePage::tr("&Device (optional):");
    } else if (type == u"vstorage") {
        fields.sourceName = fields.target = true;
        fields.sourceNameLabel = PoolWizardSourcePage::tr("&Cluster:");
    } else {
        fields.target = true;
    }
    return fields;
}

PoolWizardSourcePage::PoolWizardSourcePage(PoolWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_form(new QFormLayout)
    , m_hostEdit(newEdit(this, "sourceHostLineEdit"))
    , m_hostErrorLabel(newErrorLabel(this, "sourceHostErrorLabel"))
    , m_sourcePathEdit(newEdit(this, "sourcePathLineEdit"))
    , m_browseButton(new QPushButton(tr("&Browse…"), this))
    , m_sourcePathErrorLabel(newErrorLabel(this, "sourcePathErrorLabel"))
    , m_discoveryRow(new QWidget(this))
    , m_discoveryProgressBar(new QProgressBar(this))
    , m_discoveryCancelButton(new QPushButton(tr("Cancel"), this))
    , m_discoveryStatusLabel(new QLabel(this))
    , m_sourcesList(new QListWidget(this))
    , m_deviceEdit(newEdit(this, "sourceDeviceLineEdit"))
    , m_deviceErrorLabel(newErrorLabel(this, "sourceDeviceErrorLabel"))
    , m_sourceNameEdit(newEdit(this, "sourceNameLineEdit"))
    , m_sourceNameErrorLabel(newErrorLabel(this, "sourceNameErrorLabel"))
    , m_formatCombo(new QComboBox(this))
    , m_protocolCombo(new QComboBox(this))
    , m_mountOptionsEdit(newEdit(this, "mountOptionsLineEdit"))
    , m_mountOptionsErrorLabel(newErrorLabel(this, "mountOptionsErrorLabel"))
    , m_targetPathEdit(newEdit(this, "targetPathLineEdit"))
    , m_targetPathErrorLabel(newErrorLabel(this, "targetPathErrorLabel"))
{
    setObjectName(QStringLiteral("sourceWizardPage"));
    m_browseButton->setObjectName(QStringLiteral("browseButton"));
    m_discoveryProgressBar->setObjectName(QStringLiteral("discoveryProgressBar"));
    m_discoveryCancelButton->setObjectName(QStringLiteral("discoveryCancelButton"));
    m_discoveryStatusLabel->setObjectName(QStringLiteral("discoveryStatusLabel"));
    m_sourcesList->setObjectName(QStringLiteral("sourcesListWidget"));
    m_formatCombo->setObjectName(QStringLiteral("formatComboBox"));
    m_protocolCombo->setObjectName(QStringLiteral("protocolComboBox"));

    m_hostEdit->setPlaceholderText(tr("e.g. nfs-server or 192.0.2.10"));
    m_sourcePathEdit->setPlaceholderText(tr("e.g. /export/images"));
    m_mountOptionsEdit->setPlaceholderText(tr("e.g. noatime,nconnect=4 (comma-separated)"));
    for (QLineEdit *edit : {m_hostEdit, m_sourcePathEdit, m_deviceEdit, m_sourceNameEdit, m_mountOptionsEdit,
                            m_targetPathEdit}) {
        connect(edit, &QLineEdit::textEdited, this, [this, edit] { m_touched.insert(edit); });
        connect(edit, &QLineEdit::textChanged, this, &PoolWizardSourcePage::updateErrors);
    }
    m_fieldErrors.addField(m_hostEdit, m_hostErrorLabel);
    m_fieldErrors.addField(m_sourcePathEdit, m_sourcePathErrorLabel);
    m_fieldErrors.addField(m_deviceEdit, m_deviceErrorLabel);
    m_fieldErrors.addField(m_sourceNameEdit, m_sourceNameErrorLabel);
    m_fieldErrors.addField(m_mountOptionsEdit, m_mountOptionsErrorLabel);
    m_fieldErrors.addField(m_targetPathEdit, m_targetPathErrorLabel);

    m_protocolCombo->addItem(tr("Default (negotiated with the server)"), QString());
    m_protocolCombo->addItem(tr("NFSv3"), QStringLiteral("3"));
    m_protocolCombo->addItem(tr("NFSv4"), QStringLiteral("4"));
    m_protocolCombo->addItem(tr("NFSv4.1"), QStringLiteral("4.1"));
    m_protocolCombo->addItem(tr("NFSv4.2"), QStringLiteral("4.2"));

    m_discoveryProgressBar->setRange(0, 0);
    m_discoveryProgressBar->setTextVisible(false);
    m_discoveryProgressBar->setMaximumHeight(m_discoveryCancelButton->sizeHint().height());
    m_discoveryStatusLabel->setWordWrap(true);
    m_discoveryStatusLabel->setTextFormat(Qt::PlainText);
    m_discoveryStatusLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *discoveryLayout = new QVBoxLayout(m_discoveryRow);
    discoveryLayout->setContentsMargins(0, 0, 0, 0);
    auto *progressLayout = new QHBoxLayout;
    progressLayout->addWidget(m_discoveryProgressBar, 1);
    progressLayout->addWidget(m_discoveryCancelButton);
    discoveryLayout->addLayout(progressLayout);
    discoveryLayout->addWidget(m_discoveryStatusLabel);
    discoveryLayout->addWidget(m_sourcesList);
    m_sourcesList->setMaximumHeight(m_sourcesList->fontMetrics().height() * 6);
    m_sourcesList->hide();
    m_discoveryProgressBar->hide();
    m_discoveryCancelButton->hide();
    m_discoveryStatusLabel->hide();

    m_form->addRow(tr("&Server:"), fieldWithError(this, m_hostEdit, m_hostErrorLabel));
    m_form->addRow(tr("Source &path:"),
                   fieldWithError(this, m_sourcePathEdit, m_sourcePathErrorLabel, &m_sourcePathRowLayout));
    m_form->addRow(QString(), m_discoveryRow);
    m_form->addRow(tr("&Device:"), fieldWithError(this, m_deviceEdit, m_deviceErrorLabel, &m_deviceRowLayout));
    m_form->addRow(tr("&Name:"),
                   fieldWithError(this, m_sourceNameEdit, m_sourceNameErrorLabel, &m_sourceNameRowLayout));
    m_form->addRow(tr("&Format:"), m_formatCombo);
    m_form->addRow(tr("NFS &version:"), m_protocolCombo);
    m_form->addRow(tr("&Mount options:"), fieldWithError(this, m_mountOptionsEdit, m_mountOptionsErrorLabel));
    m_form->addRow(tr("&Target path:"), fieldWithError(this, m_targetPathEdit, m_targetPathErrorLabel));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addStretch();

    connect(m_targetPathEdit, &QLineEdit::textEdited, this,
            [this](const QString &text) { m_targetEdited = !text.isEmpty(); });
    connect(m_formatCombo, &QComboBox::currentIndexChanged, this, &PoolWizardSourcePage::updateFormatDependentRows);
    connect(m_protocolCombo, &QComboBox::currentIndexChanged, this, &PoolWizardSourcePage::updateErrors);
    connect(m_browseButton, &QPushButton::clicked, this, &PoolWizardSourcePage::startDiscovery);
    connect(m_discoveryCancelButton, &QPushButton::clicked, this, &PoolWizardSourcePage::cancelDiscovery);
    connect(m_sourcesList, &QListWidget::itemClicked, this, &PoolWizardSourcePage::pickSource);
    connect(m_sourcesList, &QListWidget::itemActivated, this, &PoolWizardSourcePage::pickSource);
    connect(m_wizard, &PoolWizard::capabilitiesChanged, this, &PoolWizardSourcePage::fillFormats);
}

PoolWizardSourcePage::~PoolWizardSourcePage() = default;

QString PoolWizardSourcePage::defaultTargetPath(const QString &poolName)
{
    return QStringLiteral("/var/lib/libvirt/images/") + poolName;
}

QString PoolWizardSourcePage::mountOptionsError(const QString &options)
{
    if (options.isEmpty())
        return {};
    for (const QChar c : options) {
        if (c.isSpace())
            return tr("Mount options cannot contain spaces; separate them with commas, e.g. noatime,nconnect=4.");
        if (c == u'\'' || c == u'"' || c == u'\\' || c == u'`')
            return tr("Mount options cannot contain quotes or backslashes.");
        if (c.category() == QChar::Other_Control)
            return tr("Mount options cannot contain control characters.");
    }
    if (QString error = StorageValidation::invisibleCharacterError(options); !error.isEmpty())
        return error;
    const QStringList list = options.split(u',');
    for (const QString &option : list) {
        if (option.isEmpty())
            return tr("There is an empty option: remove the extra comma.");
        const QString key = option.section(u'=', 0, 0);
        if (key == u"vers" || key == u"nfsvers" || key == u"minorversion")
            return tr("Choose the NFS version in the list above instead of “%1” here.").arg(option);
    }
    return {};
}

namespace {
// The rows of m_form, in the order the constructor adds them.
enum FormRow { HostRow, SourcePathRow, DiscoveryRow, DeviceRow, SourceNameRow, FormatRow, ProtocolRow,
               MountOptionsRow, TargetPathRow };

QString formatTitle(const QString &format)
{
    if (format == u"auto")
        return PoolWizardSourcePage::tr("Automatic (auto)");
    if (format == u"nfs")
        return PoolWizardSourcePage::tr("NFS (nfs)");
    if (format == u"cifs")
        return PoolWizardSourcePage::tr("CIFS / SMB (cifs)");
    if (format == u"glusterfs")
        return PoolWizardSourcePage::tr("GlusterFS (glusterfs)");
    return format;
}

QStringList fallbackFormats(const QString &type)
{
    if (type == u"netfs")
        return {QStringLiteral("auto"), QStringLiteral("nfs"), QStringLiteral("cifs"), QStringLiteral("glusterfs")};
    if (type == u"fs")
        return {QStringLiteral("auto"), QStringLiteral("ext2"), QStringLiteral("ext3"), QStringLiteral("ext4"),
                QStringLiteral("ufs"), QStringLiteral("iso9660"), QStringLiteral("udf"), QStringLiteral("gfs"),
                QStringLiteral("gfs2"), QStringLiteral("vfat"), QStringLiteral("hfs+"), QStringLiteral("xfs"),
                QStringLiteral("ocfs2"), QStringLiteral("vmfs")};
    if (type == u"disk")
        return {QStringLiteral("unknown"), QStringLiteral("dos"), QStringLiteral("dvh"), QStringLiteral("gpt"),
                QStringLiteral("mac"), QStringLiteral("bsd"), QStringLiteral("pc98"), QStringLiteral("sun"),
                QStringLiteral("lvm2")};
    return {};
}

QString objectNameError(const QString &name)
{
    if (name.isEmpty())
        return PoolWizardSourcePage::tr("Enter a name.");
    for (const QChar c : name) {
        if (!(c.isLetterOrNumber() || c == u'.' || c == u'_' || c == u'-' || c == u'+'))
            return PoolWizardSourcePage::tr("Use letters, digits and . _ + - only (“%1” is not allowed).").arg(c);
    }
    return {};
}

} // namespace

void PoolWizardSourcePage::initializePage()
{
    const QString type = m_wizard->poolType();
    if (type != m_type) {
        cancelDiscovery();
        m_sourcesList->clear();
        m_sourcesList->hide();
        m_discoveryStatusLabel->hide();
        m_type = type;
        m_fields = PoolTypeFields::forType(type);
        m_targetEdited = false;
    }
    const QString hostName =
        m_wizard->connection() ? m_wizard->connection()->config().effectiveDisplayName() : QString();
    if (type == u"netfs") {
        setTitle(tr("Network file system"));
        setSubTitle(tr("%1 mounts the NFS (or CIFS, GlusterFS) share at the target path.").arg(hostName));
    } else {
        setTitle(PoolWizardTypePage::typeTitle(type));
        setSubTitle(tr("Where %1 finds the pool’s storage.").arg(hostName));
    }

    m_form->setRowVisible(HostRow, m_fields.host);
    m_form->setRowVisible(SourcePathRow, m_fields.sourceDir);
    m_form->setRowVisible(DiscoveryRow, m_fields.browse);
    m_form->setRowVisible(DeviceRow, m_fields.device);
    m_form->setRowVisible(SourceNameRow, m_fields.sourceName);
    m_form->setRowVisible(FormatRow, m_fields.format);
    m_form->setRowVisible(TargetPathRow, m_fields.target);
    if (!m_fields.deviceLabel.isEmpty())
        qobject_cast<QLabel *>(m_form->itemAt(DeviceRow, QFormLayout::LabelRole)->widget())->setText(m_fields.deviceLabel);
    if (!m_fields.sourceNameLabel.isEmpty())
        qobject_cast<QLabel *>(m_form->itemAt(SourceNameRow, QFormLayout::LabelRole)->widget())
            ->setText(m_fields.sourceNameLabel);
    m_sourcePathEdit->setPlaceholderText(type == u"gluster" ? tr("optional, e.g. /images") : tr("e.g. /export/images"));
    m_deviceEdit->setPlaceholderText(m_fields.deviceIsPath ? tr("e.g. /dev/sdb1")
                                                           : tr("e.g. iqn.2013-06.com.example:target0"));

    // The Browse button goes beside the field discovery fills in.
    QHBoxLayout *browseRow = type == u"logical" ? m_sourceNameRowLayout
                             : type == u"iscsi" ? m_deviceRowLayout
                                                : m_sourcePathRowLayout;
    for (QHBoxLayout *row : {m_sourcePathRowLayout, m_deviceRowLayout, m_sourceNameRowLayout})
        row->removeWidget(m_browseButton);
    browseRow->addWidget(m_browseButton);
    m_browseButton->setVisible(m_fields.browse);

    // The target follows the name until the user types one of their own.
    if (m_fields.target && !m_targetEdited) {
        m_targetPathEdit->setText(m_fields.fixedTarget.isEmpty() ? defaultTargetPath(m_wizard->poolName())
                                                                 : m_fields.fixedTarget);
    }
    fillFormats();
    updateFormatDependentRows();
}

void PoolWizardSourcePage::fillFormats()
{
    if (!m_fields.format) {
        m_formatCombo->clear();
        m_formatsForType.clear();
        return;
    }
    QStringList formats = fallbackFormats(m_type);
    QString preferred = formats.value(0);
    if (const std::optional<PoolTypeSupport> support = m_wizard->typeSupport(m_type);
        support && !support->sourceFormats.isEmpty()) {
        formats = support->sourceFormats;
        preferred = support->defaultSourceFormat;
    }
    // Shared VM storage is nearly always NFS, and only nfs takes a version and options.
    if (m_type == u"netfs" && formats.contains(QStringLiteral("nfs")))
        preferred = QStringLiteral("nfs");
    const QString previous = m_formatsForType == m_type ? currentFormat() : QString();

    const QSignalBlocker blocker(m_formatCombo);
    m_formatCombo->clear();
    for (const QString &format : std::as_const(formats))
        m_formatCombo->addItem(formatTitle(format), format);
    int row = m_formatCombo->findData(previous.isEmpty() ? preferred : previous);
    m_formatCombo->setCurrentIndex(row >= 0 ? row : 0);
    m_formatsForType = m_type;
    updateFormatDependentRows();
}

QString PoolWizardSourcePage::currentFormat() const
{
    return m_formatCombo->currentData().toString();
}

bool PoolWizardSourcePage::nfsOptionsApply() const
{
    return m_type == u"netfs" && currentFormat() == u"nfs";
}

void PoolWizardSourcePage::updateFormatDependentRows()
{
    const bool netfs = m_type == u"netfs";
    m_form->setRowVisible(ProtocolRow, netfs);
    m_form->setRowVisible(MountOptionsRow, netfs);
    const bool nfs = nfsOptionsApply();
    const QString why = nfs ? QString() : tr("Only for the nfs format: libvirt passes these to mount.nfs.");
    for (QWidget *widget : {static_cast<QWidget *>(m_protocolCombo), static_cast<QWidget *>(m_mountOptionsEdit)}) {
        widget->setEnabled(nfs);
        widget->setToolTip(why);
    }
    updateErrors();
}

bool PoolWizardSourcePage::Errors::any() const
{
    return !host.isEmpty() || !sourceDir.isEmpty() || !device.isEmpty() || !sourceName.isEmpty()
        || !mountOptions.isEmpty() || !target.isEmpty();
}

PoolWizardSourcePage::Errors PoolWizardSourcePage::errors() const
{
    Errors errors;
    if (m_fields.host)
        errors.host = StorageValidation::hostNameError(m_hostEdit->text());
    if (m_fields.sourceDir) {
        const QString dir = m_sourcePathEdit->text();
        if (dir.isEmpty())
            errors.sourceDir = m_fields.sourceDirRequired
                ? tr("Enter the exported directory on the server, e.g. /export/images.")
                : QString();
        else
            errors.sourceDir = StorageValidation::absolutePathError(dir);
    }
    if (m_fields.device) {
        const QString device = m_deviceEdit->text();
        if (device.isEmpty()) {
            if (m_fields.deviceRequired)
                errors.device = m_fields.deviceIsPath ? tr("Enter the device, e.g. /dev/sdb1.")
                                                      : tr("Enter the target’s IQN, e.g. iqn.2013-06.com.example:target0.");
        } else if (m_fields.deviceIsPath) {
            errors.device = StorageValidation::absolutePathError(device);
        } else if (hasSpaceQuoteOrControl(device)) {
            errors.device = tr("An IQN has no spaces, quotes or backslashes.");
        }
    }
    if (m_fields.sourceName)
        errors.sourceName = objectNameError(m_sourceNameEdit->text());
    if (nfsOptionsApply())
        errors.mountOptions = mountOptionsError(m_mountOptionsEdit->text());
    if (m_fields.target)
        errors.target = StorageValidation::absolutePathError(m_targetPathEdit->text());
    return errors;
}

void PoolWizardSourcePage::updateErrors()
{
    const Errors current = errors();
    // An empty field the user has not touched yet is incomplete, not wrong.
    const auto shown = [this](QLineEdit *edit, const QString &error) {
        return edit->text().isEmpty() && !m_touched.contains(edit) ? QString() : error;
    };
    m_fieldErrors.show(m_hostEdit, shown(m_hostEdit, current.host));
    m_fieldErrors.show(m_sourcePathEdit, shown(m_sourcePathEdit, current.sourceDir));
    m_fieldErrors.show(m_deviceEdit, shown(m_deviceEdit, current.device));
    m_fieldErrors.show(m_sourceNameEdit, shown(m_sourceNameEdit, current.sourceName));
    m_fieldErrors.show(m_mountOptionsEdit, current.mountOptions);
    m_fieldErrors.show(m_targetPathEdit, shown(m_targetPathEdit, current.target));

    const bool hostReady = !m_fields.host || current.host.isEmpty();
    m_browseButton->setEnabled(m_fields.browse && hostReady && !isDiscoveryRunning());
    m_browseButton->setToolTip(hostReady ? QString() : tr("Enter the server first."));
    Q_EMIT completeChanged();
}

bool PoolWizardSourcePage::isDiscoveryRunning() const
{
    return m_discovery && m_discovery->isRunning();
}

void PoolWizardSourcePage::setDiscoveryRunning(bool running)
{
    m_discoveryProgressBar->setVisible(running);
    m_discoveryCancelButton->setVisible(running);
    updateErrors();
}

void PoolWizardSourcePage::startDiscovery()
{
    if (isDiscoveryRunning())
        return;
    m_sourcesList->clear();
    m_sourcesList->hide();
    Connection *connection = m_wizard->connection();
    const QString hostName = connection ? connection->config().effectiveDisplayName() : tr("this host");
    m_discoveryHost = m_fields.host ? m_hostEdit->text() : QString();
    const ConnectionHandle handle = connection && connection->isOpen() ? connection->handle() : ConnectionHandle();
    if (!handle) {
        showDiscoveryFailure(tr("%1 is not connected; connect to it first.").arg(hostName));
        return;
    }
    // Parented too, so tests can find it; the unique_ptr still decides when it goes.
    m_discovery = std::make_unique<PoolSourceDiscovery>(handle, this);
    connect(m_discovery.get(), &PoolSourceDiscovery::finished, this, &PoolWizardSourcePage::showDiscoveryResult);
    connect(m_discovery.get(), &PoolSourceDiscovery::failed, this, &PoolWizardSourcePage::showDiscoveryFailure);

    m_discoveryStatusLabel->setPalette(QPalette());
    if (m_type == u"netfs")
        m_discoveryStatusLabel->setText(tr("Asking %1 for the exports of %2…").arg(hostName, m_discoveryHost));
    else if (m_type == u"iscsi")
        m_discoveryStatusLabel->setText(tr("Asking %1 for the targets of %2…").arg(hostName, m_discoveryHost));
    else
        m_discoveryStatusLabel->setText(tr("Asking %1 for its volume groups…").arg(hostName));
    m_discoveryStatusLabel->show();
    m_discovery->start(m_type, m_discoveryHost);
    setDiscoveryRunning(true);
}

void PoolWizardSourcePage::cancelDiscovery()
{
    if (!isDiscoveryRunning())
        return;
    m_discovery->cancel();
    // libvirt's call cannot be interrupted; dropping the object drops its late answer.
    m_discovery.reset();
    m_discoveryStatusLabel->setPalette(QPalette());
    m_discoveryStatusLabel->setText(tr("Cancelled. Type the path yourself or browse again."));
    setDiscoveryRunning(false);
}

void PoolWizardSourcePage::showDiscoveryResult(const QList<PoolSourceDiscovery::Source> &sources)
{
    m_sourcesList->clear();
    for (const PoolSourceDiscovery::Source &source : sources) {
        QString text;
        if (m_type == u"logical")
            //: %1 is an LVM volume group, %2 the device it lives on.
            text = source.device.isEmpty() ? source.name : tr("%1 (on %2)").arg(source.name, source.device);
        else if (m_type == u"iscsi")
            text = source.device;
        else
            //: %1 is an exported directory, %2 its file system type ("nfs").
            text = source.format.isEmpty() ? source.dir : tr("%1 (%2)").arg(source.dir, source.format);
        auto *item = new QListWidgetItem(text, m_sourcesList);
        item->setData(DirRole, source.dir);
        item->setData(DeviceRole, source.device);
        item->setData(NameRole, source.name);
        item->setData(FormatRole, source.format);
        item->setData(HostRole, source.host);
    }
    m_discoveryStatusLabel->setPalette(QPalette());
    if (sources.isEmpty()) {
        m_discoveryStatusLabel->setText(m_type == u"netfs"
                                            ? tr("%1 exports nothing this host may mount.").arg(m_discoveryHost)
                                            : tr("Nothing found."));
    } else {
        m_discoveryStatusLabel->setText(m_type == u"netfs" ? tr("Exports of %1 — pick one:").arg(m_discoveryHost)
                                                           : tr("Found — pick one:"));
        m_sourcesList->show();
    }
    setDiscoveryRunning(false);
}

void PoolWizardSourcePage::showDiscoveryFailure(const QString &message)
{
    QString text;
    if (m_type == u"netfs")
        text = tr("Could not list the exports of %1: %2\nType the export path instead.").arg(m_discoveryHost, message);
    else if (m_type == u"iscsi")
        text = tr("Could not list the targets of %1: %2\nType the target IQN instead.").arg(m_discoveryHost, message);
    else
        text = tr("Could not list the volume groups: %1\nType the name instead.").arg(message);
    m_discoveryStatusLabel->setText(text);
    FieldErrors::paintAsError(m_discoveryStatusLabel);
    m_discoveryStatusLabel->show();
    setDiscoveryRunning(false);
}

void PoolWizardSourcePage::pickSource(QListWidgetItem *item)
{
    if (!item)
        return;
    const auto fill = [this](QLineEdit *edit, const QString &value) {
        if (value.isEmpty())
            return;
        edit->setText(value);
        m_touched.insert(edit);
    };
    if (m_type == u"logical") {
        fill(m_sourceNameEdit, item->data(NameRole).toString());
        fill(m_deviceEdit, item->data(DeviceRole).toString());
    } else if (m_type == u"iscsi") {
        fill(m_deviceEdit, item->data(DeviceRole).toString());
    } else {
        fill(m_sourcePathEdit, item->data(DirRole).toString());
        const int format = m_formatCombo->findData(item->data(FormatRole).toString());
        if (format >= 0)
            m_formatCombo->setCurrentIndex(format);
    }
}

bool PoolWizardSourcePage::isComplete() const
{
    return !errors().any();
}

bool PoolWizardSourcePage::validatePage()
{
    for (QLineEdit *edit : {m_hostEdit, m_sourcePathEdit, m_deviceEdit, m_sourceNameEdit, m_targetPathEdit})
        m_touched.insert(edit);
    cancelDiscovery();
    updateErrors();
    return isComplete();
}

void PoolWizardSourcePage::fillDefinition(PoolDefinition &definition) const
{
    if (m_fields.host)
        definition.sourceHost = m_hostEdit->text();
    if (m_fields.sourceDir)
        definition.sourceDir = m_sourcePathEdit->text();
    if (m_fields.device)
        definition.sourceDevice = m_deviceEdit->text();
    if (m_fields.sourceName)
        definition.sourceName = m_sourceNameEdit->text();
    if (m_fields.format)
        definition.sourceFormat = currentFormat();
    if (m_fields.target)
        definition.targetPath = m_targetPathEdit->text();
    if (m_type == u"logical") {
        definition.sourceFormat = QStringLiteral("lvm2");
        // libvirt puts a volume group's volumes there whatever the XML says.
        if (!definition.sourceName.isEmpty())
            definition.targetPath = QStringLiteral("/dev/") + definition.sourceName;
    }
    if (nfsOptionsApply()) {
        const QString options = m_mountOptionsEdit->text();
        if (!options.isEmpty())
            definition.mountOptions = options.split(u',');
        // <protocol ver> is a whole number; a minor version goes to mount.nfs as an option.
        const QString version = m_protocolCombo->currentData().toString();
        if (!version.isEmpty()) {
            definition.nfsProtocolVersion = version.section(u'.', 0, 0).toInt();
            const QString minor = version.section(u'.', 1, 1);
            if (!minor.isEmpty())
                definition.mountOptions.append(QStringLiteral("minorversion=") + minor);
        }
    }
}
