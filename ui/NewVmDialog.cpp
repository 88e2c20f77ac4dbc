// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: Virt Ferry contributors
#include "NewVmDialog.h"
#include "ui_NewVmDialog.h"

#include "Connection.h"
#include "StoragePoolListModel.h"

#include <QComboBox>
#include <QFontDatabase>
#include <QGridLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>

#include <algorithm>

namespace {

constexpr quint64 kGiB = quint64(1) << 30;

enum NetworkItemRole { NetworkKindRole = Qt::UserRole + 1, NetworkNameRole };

enum VolumeItemRole { VolumePathRole = Qt::UserRole + 1, VolumeFormatRole, VolumeNameRole };

bool looksLikeIso(const VolumeInfo &volume)
{
    return volume.format == QStringLiteral("iso")
        || volume.name.endsWith(QStringLiteral(".iso"), Qt::CaseInsensitive);
}

void showLabelError(QLabel *label, const QString &error)
{
    label->setText(error);
    label->setVisible(!error.isEmpty());
}

} // namespace

NewVmDialog::NewVmDialog(Connection *connection, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::NewVmDialog>())
    , m_connection(connection)
    , m_pools(new StoragePoolListModel(this))
{
    m_ui->setupUi(this);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Create"));
    m_ui->xmlPreviewTextEdit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));

    m_ui->bridgeComboBox->lineEdit()->setObjectName(QStringLiteral("bridgeLineEdit"));
    m_fieldErrors.addField(m_ui->nameLineEdit, m_ui->nameErrorLabel);
    m_fieldErrors.addField(m_ui->newVolumeNameLineEdit, m_ui->newVolumeNameErrorLabel);
    m_fieldErrors.addField(m_ui->isoLineEdit, m_ui->isoErrorLabel);
    m_fieldErrors.addField(m_ui->bridgeComboBox->lineEdit(), m_ui->bridgeErrorLabel);
    for (QLabel *label : {m_ui->memoryErrorLabel, m_ui->vcpusErrorLabel, m_ui->newVolumeSizeErrorLabel,
                          m_ui->diskErrorLabel, m_ui->createErrorLabel}) {
        FieldErrors::paintAsError(label);
        label->setTextFormat(Qt::PlainText);
    }

    m_ui->firmwareComboBox->addItem(tr("BIOS (hypervisor default)"), QString());
    m_ui->firmwareComboBox->addItem(tr("UEFI"), QStringLiteral("efi"));
    m_ui->newVolumeFormatComboBox->addItem(tr("qcow2 (thin, snapshots)"), QStringLiteral("qcow2"));
    m_ui->newVolumeFormatComboBox->addItem(tr("raw (sparse)"), QStringLiteral("raw"));
    m_ui->domainTypeComboBox->addItem(tr("Asking the host…"));
    m_ui->domainTypeComboBox->setEnabled(false);

    // One label column width for every section, so the fields line up down the dialog.
    int labelWidth = 0;
    const QList<QGridLayout *> grids = {m_ui->generalGridLayout, m_ui->diskGridLayout, m_ui->installerGridLayout,
                                        m_ui->networkGridLayout};
    for (QLabel *label : {m_ui->nameLabel, m_ui->memoryLabel, m_ui->vcpusLabel, m_ui->domainTypeLabel,
                          m_ui->firmwareLabel, m_ui->poolLabel, m_ui->volumeLabel, m_ui->newVolumeNameLabel,
                          m_ui->newVolumeSizeLabel, m_ui->isoLabel, m_ui->isoPoolLabel, m_ui->networkLabel,
                          m_ui->bridgeLabel})
        labelWidth = std::max(labelWidth, label->sizeHint().width());
    for (QGridLayout *grid : grids)
        grid->setColumnMinimumWidth(0, labelWidth);

    m_ui->poolComboBox->setModel(m_pools);
    m_ui->poolComboBox->setModelColumn(StoragePoolListModel::NameColumn);
    m_ui->isoPoolComboBox->setModel(m_pools);
    m_ui->isoPoolComboBox->setModelColumn(StoragePoolListModel::NameColumn);

    const HostInfo host = connection ? connection->hostInfo() : HostInfo{};
    m_architecture = host.architecture.isEmpty() ? QStringLiteral("x86_64") : host.architecture;
    if (host.memoryKiB != 0)
        m_ui->memoryHintLabel->setText(tr("of %1 on the host").arg(formatBytes(host.memoryKiB * 1024)));
    if (host.cpus != 0)
        m_ui->vcpusHintLabel->setText(tr("of %n on the host", nullptr, int(host.cpus)));
    if (host.memoryKiB != 0 && host.memoryKiB < 4 * 1024 * 1024)
        m_ui->memorySpinBox->setValue(1024);
    if (host.cpus == 1)
        m_ui->vcpusSpinBox->setValue(1);
    setWindowTitle(host.hostname.isEmpty() ? tr("New Virtual Machine")
                                           : tr("New Virtual Machine on %1").arg(host.hostname));

    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &NewVmDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &NewVmDialog::reject);

    const auto revalidate = [this] { validate(); };
    connect(m_ui->nameLineEdit, &QLineEdit::textChanged, this, &NewVmDialog::onNameEdited);
    connect(m_ui->memorySpinBox, &QSpinBox::valueChanged, this, revalidate);
    connect(m_ui->vcpusSpinBox, &QSpinBox::valueChanged, this, revalidate);
    connect(m_ui->domainTypeComboBox, &QComboBox::currentIndexChanged, this, revalidate);
    connect(m_ui->firmwareComboBox, &QComboBox::currentIndexChanged, this, revalidate);
    connect(m_ui->existingVolumeRadioButton, &QRadioButton::toggled, this, &NewVmDialog::onDiskModeToggled);
    connect(m_ui->poolComboBox, &QComboBox::currentIndexChanged, this, &NewVmDialog::onPoolChanged);
    connect(m_ui->volumeComboBox, &QComboBox::currentIndexChanged, this, revalidate);
    connect(m_ui->newVolumeNameLineEdit, &QLineEdit::textEdited, this, &NewVmDialog::onNewVolumeNameEdited);
    connect(m_ui->newVolumeNameLineEdit, &QLineEdit::textChanged, this, revalidate);
    connect(m_ui->newVolumeSizeSpinBox, &QSpinBox::valueChanged, this, revalidate);
    connect(m_ui->newVolumeFormatComboBox, &QComboBox::currentIndexChanged, this, [this] {
        // Keep the conventional extension in step with the format, unless the user named it.
        if (m_newVolumeNameTracksName) {
            const QSignalBlocker blocker(m_ui->newVolumeNameLineEdit);
            m_ui->newVolumeNameLineEdit->setText(defaultVolumeName());
        }
        validate();
    });
    connect(m_ui->isoLineEdit, &QLineEdit::textChanged, this, revalidate);
    connect(m_ui->isoPoolComboBox, &QComboBox::currentIndexChanged, this, &NewVmDialog::onIsoPoolChanged);
    connect(m_ui->isoVolumeComboBox, &QComboBox::activated, this, &NewVmDialog::onIsoVolumeActivated);
    connect(m_ui->networkComboBox, &QComboBox::currentIndexChanged, this, &NewVmDialog::onNetworkChanged);
    connect(m_ui->bridgeComboBox, &QComboBox::currentTextChanged, this, revalidate);
    connect(m_ui->showXmlToolButton, &QToolButton::toggled, this, [this](bool shown) {
        m_ui->showXmlToolButton->setArrowType(shown ? Qt::DownArrow : Qt::RightArrow);
        m_ui->xmlPreviewTextEdit->setVisible(shown);
    });
    // A pool that appears, starts or changes its free space changes what the disk may be,
    // and one that just started has volumes to list now: onPoolChanged asks for them.
    const auto poolsChanged = [this] {
        onPoolChanged();
        onIsoPoolChanged();
    };
    connect(m_pools, &QAbstractItemModel::dataChanged, this, poolsChanged);
    connect(m_pools, &QAbstractItemModel::rowsInserted, this, poolsChanged);
    connect(m_pools, &QAbstractItemModel::rowsRemoved, this, poolsChanged);
    connect(m_pools, &QAbstractItemModel::modelReset, this, poolsChanged);

    onNetworkChanged();
    onDiskModeToggled();

    if (connection) {
        connect(connection, &Connection::volumesListed, this, &NewVmDialog::onVolumesListed);
        connect(connection, &Connection::networksListed, this, &NewVmDialog::onNetworksListed);
        connect(connection, &Connection::capabilitiesXmlReady, this, &NewVmDialog::onCapabilities);
        connect(connection, &Connection::requestFinished, this, &NewVmDialog::onRequestFinished);
        connect(connection, &Connection::domainDefined, this, &NewVmDialog::onDomainDefined);
        m_pools->setConnection(connection);
        // The model only hears listings from now on; ask for one so it fills at once.
        connection->refreshPools();
        m_networksRequest = connection->requestNetworks();
        m_capabilitiesRequest = connection->requestCapabilitiesXml();
    }
    validate();
}

NewVmDialog::~NewVmDialog() = default;

QString NewVmDialog::defaultVolumeName() const
{
    const QString name = m_ui->nameLineEdit->text().trimmed();
    if (name.isEmpty())
        return {};
    const bool raw = m_ui->newVolumeFormatComboBox->currentData().toString() == QStringLiteral("raw");
    return name + (raw ? QStringLiteral(".img") : QStringLiteral(".qcow2"));
}

void NewVmDialog::onNameEdited()
{
    if (m_newVolumeNameTracksName) {
        const QSignalBlocker blocker(m_ui->newVolumeNameLineEdit);
        m_ui->newVolumeNameLineEdit->setText(defaultVolumeName());
    }
    validate();
}

void NewVmDialog::onNewVolumeNameEdited()
{
    // Typed by the user: from now on it is theirs. Cleared: follow the VM's name again.
    m_newVolumeNameTracksName = m_ui->newVolumeNameLineEdit->text().isEmpty();
}

QString NewVmDialog::selectedPoolName(const QComboBox *combo) const
{
    return combo->currentIndex() < 0 ? QString() : combo->currentText();
}

std::optional<PoolInfo> NewVmDialog::selectedPool(const QComboBox *combo) const
{
    const QString name = selectedPoolName(combo);
    return name.isEmpty() ? std::nullopt : m_pools->pool(name);
}

void NewVmDialog::requestVolumesOf(const QString &poolName)
{
    const std::optional<PoolInfo> pool = m_pools->pool(poolName);
    if (m_connection && pool && pool->state == PoolState::Running)
        m_connection->requestVolumes(poolName);
}

void NewVmDialog::onPoolChanged()
{
    const QString pool = selectedPoolName(m_ui->poolComboBox);
    fillVolumeCombo(m_ui->volumeComboBox, pool, false);
    if (!pool.isEmpty() && !m_volumes.contains(pool))
        requestVolumesOf(pool);
    validate();
}

void NewVmDialog::onIsoPoolChanged()
{
    const QString pool = selectedPoolName(m_ui->isoPoolComboBox);
    fillVolumeCombo(m_ui->isoVolumeComboBox, pool, true);
    if (!pool.isEmpty() && !m_volumes.contains(pool))
        requestVolumesOf(pool);
}

void NewVmDialog::fillVolumeCombo(QComboBox *combo, const QString &poolName, bool isoFirst)
{
    const QString previousPath = combo->currentData(VolumePathRole).toString();
    const QSignalBlocker blocker(combo);
    combo->clear();
    QList<VolumeInfo> volumes = m_volumes.value(poolName);
    if (isoFirst) {
        // Installer images first; anything else stays choosable (a raw image can boot too).
        std::stable_partition(volumes.begin(), volumes.end(), looksLikeIso);
        combo->addItem(volumes.isEmpty() ? tr("(no volumes)") : tr("Choose a volume…"));
    }
    for (const VolumeInfo &volume : volumes) {
        const QString format = volume.format.isEmpty() ? tr("unknown format") : volume.format;
        //: %1 is a storage volume, %2 its format ("qcow2"), %3 its size.
        combo->addItem(tr("%1 (%2, %3)").arg(volume.name, format, formatBytes(volume.capacityBytes)));
        const int row = combo->count() - 1;
        combo->setItemData(row, volume.path, VolumePathRole);
        combo->setItemData(row, volume.format, VolumeFormatRole);
        combo->setItemData(row, volume.name, VolumeNameRole);
        combo->setItemData(row, volume.path, Qt::ToolTipRole);
    }
    const int previous = previousPath.isEmpty() ? -1 : combo->findData(previousPath, VolumePathRole);
    combo->setCurrentIndex(previous >= 0 ? previous : 0);
    combo->setEnabled(!volumes.isEmpty());
}

void NewVmDialog::onIsoVolumeActivated(int index)
{
    const QString path = m_ui->isoVolumeComboBox->itemData(index, VolumePathRole).toString();
    if (!path.isEmpty())
        m_ui->isoLineEdit->setText(path);
}

void NewVmDialog::onDiskModeToggled()
{
    const bool existing = m_ui->existingVolumeRadioButton->isChecked();
    for (QWidget *widget : {static_cast<QWidget *>(m_ui->volumeLabel), static_cast<QWidget *>(m_ui->volumeComboBox)})
        widget->setVisible(existing);
    for (QWidget *widget : {static_cast<QWidget *>(m_ui->newVolumeNameLabel),
                            static_cast<QWidget *>(m_ui->newVolumeNameLineEdit),
                            static_cast<QWidget *>(m_ui->newVolumeSizeLabel),
                            static_cast<QWidget *>(m_ui->newVolumeSizeSpinBox),
                            static_cast<QWidget *>(m_ui->newVolumeFormatLabel),
                            static_cast<QWidget *>(m_ui->newVolumeFormatComboBox)})
        widget->setVisible(!existing);
    if (!existing && m_newVolumeNameTracksName) {
        const QSignalBlocker blocker(m_ui->newVolumeNameLineEdit);
        m_ui->newVolumeNameLineEdit->setText(defaultVolumeName());
    }
    validate();
}

void NewVmDialog::onNetworkChanged()
{
    const auto kind = NewDomainSpec::NetworkKind(m_ui->networkComboBox->currentData(NetworkKindRole).toInt());
    const bool bridge = m_ui->networkComboBox->currentIndex() >= 0 && kind == NewDomainSpec::NetworkKind::Bridge;
    m_ui->bridgeLabel->setVisible(bridge);
    m_ui->bridgeComboBox->setVisible(bridge);
    validate();
}

void NewVmDialog::onVolumesListed(quint64 requestId, const QString &poolName, const QList<VolumeInfo> &volumes)
{
    // Any listing of a pool is current, whoever asked for it.
    m_volumes.insert(poolName, volumes);
    if (selectedPoolName(m_ui->poolComboBox) == poolName)
        fillVolumeCombo(m_ui->volumeComboBox, poolName, false);
    if (selectedPoolName(m_ui->isoPoolComboBox) == poolName)
        fillVolumeCombo(m_ui->isoVolumeComboBox, poolName, true);

    if (m_step == Step::LookingUpVolume && requestId == m_lookupRequest) {
        for (const VolumeInfo &volume : volumes) {
            if (volume.name == m_pendingVolumeName) {
                defineDomain(volume.path, volume.format.isEmpty() ? m_pendingFormat : volume.format);
                return;
            }
        }
        fail(tr("The volume “%1” was created but does not appear in the pool “%2”.")
                 .arg(m_pendingVolumeName, m_pendingPool));
        return;
    }
    validate();
}

void NewVmDialog::onNetworksListed(quint64 requestId, const QStringList &networks, const QStringList &bridges,
                                   const QString &errorMessage)
{
    if (requestId != m_networksRequest)
        return;
    m_networksKnown = true;
    {
        const QSignalBlocker blocker(m_ui->networkComboBox);
        m_ui->networkComboBox->clear();
        for (const QString &network : networks) {
            m_ui->networkComboBox->addItem(tr("Virtual network “%1”").arg(network));
            m_ui->networkComboBox->setItemData(m_ui->networkComboBox->count() - 1,
                                               int(NewDomainSpec::NetworkKind::LibvirtNetwork), NetworkKindRole);
            m_ui->networkComboBox->setItemData(m_ui->networkComboBox->count() - 1, network, NetworkNameRole);
        }
        m_ui->networkComboBox->addItem(tr("Bridge to the host’s network"));
        m_ui->networkComboBox->setItemData(m_ui->networkComboBox->count() - 1,
                                           int(NewDomainSpec::NetworkKind::Bridge), NetworkKindRole);
        m_ui->networkComboBox->addItem(tr("No network"));
        m_ui->networkComboBox->setItemData(m_ui->networkComboBox->count() - 1,
                                           int(NewDomainSpec::NetworkKind::None), NetworkKindRole);
        // libvirt's NAT network if there is one, else a bridge if the host has one.
        int preferred = networks.indexOf(QStringLiteral("default"));
        if (preferred < 0)
            preferred = networks.isEmpty() ? (bridges.isEmpty() ? int(networks.size()) + 1 : int(networks.size())) : 0;
        m_ui->networkComboBox->setCurrentIndex(preferred);
    }
    {
        const QSignalBlocker blocker(m_ui->bridgeComboBox);
        const QString typed = m_ui->bridgeComboBox->currentText();
        m_ui->bridgeComboBox->clear();
        m_ui->bridgeComboBox->addItems(bridges);
        m_ui->bridgeComboBox->setEditText(typed.isEmpty() && !bridges.isEmpty() ? bridges.first() : typed);
    }
    m_ui->networkNoteLabel->setVisible(!errorMessage.isEmpty());
    if (!errorMessage.isEmpty()) {
        m_ui->networkNoteLabel->setText(tr("Could not list the host’s networks: %1").arg(errorMessage));
        FieldErrors::paintAsError(m_ui->networkNoteLabel);
    }
    onNetworkChanged();
}

void NewVmDialog::onCapabilities(quint64 requestId, const QString &xml, const QString &errorMessage)
{
    if (requestId != m_capabilitiesRequest)
        return;
    m_capabilitiesXml = xml;
    QStringList types = errorMessage.isEmpty() ? guestDomainTypes(xml, m_architecture) : QStringList();
    QString note;
    bool warn = false;
    if (!errorMessage.isEmpty()) {
        // Without the capabilities the user still knows better than nothing: offer both.
        types = {QStringLiteral("kvm"), QStringLiteral("qemu")};
        note = tr("Could not read the host’s capabilities (%1); choose the virtualization yourself.")
                   .arg(errorMessage);
        warn = true;
    } else if (types.isEmpty()) {
        note = tr("This host offers no hardware-virtualized (hvm) guests for %1.").arg(m_architecture);
        warn = true;
    } else if (!types.contains(QStringLiteral("kvm")) && types.contains(QStringLiteral("qemu"))) {
        note = tr("No KVM on this host: the guest is emulated, which is slow.");
        warn = true;
    }

    const QSignalBlocker blocker(m_ui->domainTypeComboBox);
    m_ui->domainTypeComboBox->clear();
    for (const QString &type : types) {
        QString text = type;
        if (type == QStringLiteral("kvm"))
            text = tr("KVM (hardware virtualization)");
        else if (type == QStringLiteral("qemu"))
            text = tr("QEMU emulation (slow)");
        else if (type == QStringLiteral("test"))
            text = tr("libvirt test driver");
        m_ui->domainTypeComboBox->addItem(text, type);
    }
    m_ui->domainTypeComboBox->setEnabled(true);
    m_domainTypesKnown = !types.isEmpty();
    m_ui->domainTypeNoteLabel->setText(note);
    m_ui->domainTypeNoteLabel->setVisible(!note.isEmpty());
    if (warn)
        FieldErrors::paintAsError(m_ui->domainTypeNoteLabel);
    validate();
}

NewDomainSpec NewVmDialog::spec() const
{
    NewDomainSpec spec;
    spec.name = m_ui->nameLineEdit->text();
    spec.memoryMiB = quint64(m_ui->memorySpinBox->value());
    spec.vcpus = unsigned(m_ui->vcpusSpinBox->value());
    spec.architecture = m_architecture;
    const QString domainType = m_ui->domainTypeComboBox->currentData().toString();
    if (!domainType.isEmpty())
        spec.domainType = domainType;
    // q35 where the host offers it: PCIe and SATA built in, and what UEFI guests expect.
    if (guestMachines(m_capabilitiesXml, m_architecture, spec.domainType).contains(QStringLiteral("q35")))
        spec.machine = QStringLiteral("q35");
    spec.firmware = m_ui->firmwareComboBox->currentData().toString();

    if (m_ui->existingVolumeRadioButton->isChecked()) {
        spec.diskPath = m_ui->volumeComboBox->currentData(VolumePathRole).toString();
        const QString format = m_ui->volumeComboBox->currentData(VolumeFormatRole).toString();
        spec.diskFormat = format.isEmpty() ? QStringLiteral("raw") : format;
    } else {
        const std::optional<PoolInfo> pool = selectedPool(m_ui->poolComboBox);
        const QString volumeName = m_ui->newVolumeNameLineEdit->text();
        if (pool && !pool->targetPath.isEmpty() && !volumeName.isEmpty())
            spec.diskPath = pool->targetPath + QLatin1Char('/') + volumeName;
        spec.diskFormat = m_ui->newVolumeFormatComboBox->currentData().toString();
    }
    spec.installerIsoPath = m_ui->isoLineEdit->text().trimmed();

    spec.networkKind = NewDomainSpec::NetworkKind(m_ui->networkComboBox->currentData(NetworkKindRole).toInt());
    if (m_ui->networkComboBox->currentIndex() < 0)
        spec.networkKind = NewDomainSpec::NetworkKind::None;
    if (spec.networkKind == NewDomainSpec::NetworkKind::LibvirtNetwork)
        spec.networkName = m_ui->networkComboBox->currentData(NetworkNameRole).toString();
    else if (spec.networkKind == NewDomainSpec::NetworkKind::Bridge)
        spec.networkName = m_ui->bridgeComboBox->currentText().trimmed();
    else
        spec.networkName.clear();
    return spec;
}

void NewVmDialog::validate()
{
    const HostInfo host = m_connection ? m_connection->hostInfo() : HostInfo{};
    const NewDomainSpec current = spec();

    // Every field is checked, not only the first bad one, so all problems show at once.
    bool valid = true;
    valid &= m_fieldErrors.show(m_ui->nameLineEdit, NewDomainValidation::nameError(current.name));

    const QString memoryError = NewDomainValidation::memoryError(current.memoryMiB, host.memoryKiB);
    showLabelError(m_ui->memoryErrorLabel, memoryError);
    valid &= memoryError.isEmpty();
    const QString vcpusError = NewDomainValidation::vcpusError(current.vcpus, host.cpus);
    showLabelError(m_ui->vcpusErrorLabel, vcpusError);
    valid &= vcpusError.isEmpty();
    // Until the host has answered, the defaults would silently be guesses.
    valid &= m_domainTypesKnown && m_networksKnown;

    const std::optional<PoolInfo> pool = selectedPool(m_ui->poolComboBox);
    const bool existing = m_ui->existingVolumeRadioButton->isChecked();
    QString diskError;
    QString volumeNameError;
    QString sizeError;
    if (!pool) {
        diskError = m_pools->rowCount() == 0 ? tr("This host has no storage pool; add one in the Storage view.")
                                             : tr("Choose a storage pool.");
    } else if (pool->state != PoolState::Running) {
        diskError = tr("The pool “%1” is not active; start it in the Storage view first.").arg(pool->name);
    } else if (existing) {
        if (!m_volumes.contains(pool->name))
            diskError = tr("Reading the pool’s volumes…");
        else if (current.diskPath.isEmpty())
            diskError = m_volumes.value(pool->name).isEmpty()
                ? tr("The pool “%1” has no volumes; create a new one instead.").arg(pool->name)
                : tr("Choose a volume, or create a new one.");
    } else {
        const QString volumeName = m_ui->newVolumeNameLineEdit->text();
        volumeNameError = StorageValidation::volumeNameError(volumeName);
        if (volumeNameError.isEmpty()) {
            for (const VolumeInfo &volume : m_volumes.value(pool->name)) {
                if (volume.name == volumeName) {
                    volumeNameError = tr("The pool “%1” already has a volume named “%2”.").arg(pool->name, volumeName);
                    break;
                }
            }
        }
        const quint64 bytes = quint64(m_ui->newVolumeSizeSpinBox->value()) * kGiB;
        // A pool that reports no capacity (some network pools) has no known free space.
        const std::optional<quint64> available =
            pool->capacityBytes != 0 ? std::optional<quint64>(pool->availableBytes) : std::nullopt;
        sizeError = StorageValidation::capacityError(bytes, available);
    }
    if (pool && pool->capacityBytes != 0)
        m_ui->poolSpaceLabel->setText(tr("%1 free").arg(formatBytes(pool->availableBytes)));
    else
        m_ui->poolSpaceLabel->clear();
    showLabelError(m_ui->diskErrorLabel, diskError);
    valid &= diskError.isEmpty();
    valid &= m_fieldErrors.show(m_ui->newVolumeNameLineEdit, existing ? QString() : volumeNameError);
    showLabelError(m_ui->newVolumeSizeErrorLabel, existing ? QString() : sizeError);
    valid &= existing || sizeError.isEmpty();

    valid &= m_fieldErrors.show(m_ui->isoLineEdit, current.installerIsoPath.isEmpty()
                                    ? QString()
                                    : StorageValidation::absolutePathError(current.installerIsoPath));
    valid &= m_fieldErrors.show(m_ui->bridgeComboBox->lineEdit(),
                                current.networkKind == NewDomainSpec::NetworkKind::Bridge
                                    ? NewDomainValidation::bridgeError(current.networkName)
                                    : QString());

    m_formValid = valid;
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(valid && m_step == Step::Idle && m_connection);
    const QString xml = current.toXml();
    if (m_ui->xmlPreviewTextEdit->toPlainText() != xml)
        m_ui->xmlPreviewTextEdit->setPlainText(xml);
}

void NewVmDialog::accept()
{
    validate();
    if (!m_formValid || m_step != Step::Idle || !m_connection)
        return;
    m_ui->createErrorLabel->hide();
    if (m_ui->existingVolumeRadioButton->isChecked()) {
        const NewDomainSpec current = spec();
        defineDomain(current.diskPath, current.diskFormat);
        return;
    }
    m_pendingPool = selectedPoolName(m_ui->poolComboBox);
    m_pendingVolumeName = m_ui->newVolumeNameLineEdit->text();
    m_pendingFormat = m_ui->newVolumeFormatComboBox->currentData().toString();
    VolumeDefinition volume;
    volume.name = m_pendingVolumeName;
    volume.format = m_pendingFormat;
    volume.capacityBytes = quint64(m_ui->newVolumeSizeSpinBox->value()) * kGiB;
    volume.allocationBytes = 0; // thin: nothing is written up front
    setBusy(Step::CreatingVolume, tr("Creating the volume “%1”…").arg(volume.name));
    m_createVolumeRequest = m_connection->requestCreateVolume(m_pendingPool, volume);
}

void NewVmDialog::onRequestFinished(quint64 requestId, bool succeeded, const QString &message)
{
    if (m_step != Step::CreatingVolume || requestId != m_createVolumeRequest)
        return;
    if (!succeeded) {
        fail(tr("Could not create the volume: %1").arg(message));
        return;
    }
    m_createdVolume = true;
    // The path is the pool's to decide (a logical pool's volumes live under /dev), so ask.
    setBusy(Step::LookingUpVolume, tr("Looking up the new volume…"));
    m_lookupRequest = m_connection->requestVolumes(m_pendingPool);
}

void NewVmDialog::defineDomain(const QString &diskPath, const QString &diskFormat)
{
    NewDomainSpec current = spec();
    current.diskPath = diskPath;
    current.diskFormat = diskFormat;
    const bool start = m_ui->startCheckBox->isChecked();
    setBusy(Step::Defining, start ? tr("Defining and starting “%1”…").arg(current.name)
                                  : tr("Defining “%1”…").arg(current.name));
    m_ui->xmlPreviewTextEdit->setPlainText(current.toXml());
    m_defineRequest = m_connection->requestDefineDomain(current.toXml(), start);
}

void NewVmDialog::onDomainDefined(quint64 requestId, bool succeeded, const QString &uuid, const QString &message)
{
    if (m_step != Step::Defining || requestId != m_defineRequest)
        return;
    if (succeeded) {
        m_createdUuid = uuid;
        m_step = Step::Done;
        QDialog::accept();
        return;
    }
    if (!uuid.isEmpty()) {
        // Defined but it would not start: the definition stands, so the form must not be
        // submitted again (the name is taken now). Say so and offer only Close.
        m_createdUuid = uuid;
        m_step = Step::Done;
        m_ui->statusLabel->hide();
        m_ui->createErrorLabel->setText(
            tr("The virtual machine was created but could not be started: %1").arg(message));
        m_ui->createErrorLabel->show();
        m_ui->buttonBox->button(QDialogButtonBox::Ok)->hide();
        m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setText(tr("&Close"));
        return;
    }
    if (m_createdVolume) {
        // Leave nothing behind, so a corrected retry can create the volume again.
        m_connection->requestDeleteVolume(m_pendingPool, m_pendingVolumeName);
        m_createdVolume = false;
    }
    fail(tr("libvirt could not define the virtual machine: %1").arg(message));
}

void NewVmDialog::setBusy(Step step, const QString &status)
{
    m_step = step;
    m_ui->formWidget->setEnabled(false);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(false);
    m_ui->statusLabel->setText(status);
    m_ui->statusLabel->show();
}

void NewVmDialog::fail(const QString &message)
{
    m_step = Step::Idle;
    m_ui->formWidget->setEnabled(true);
    m_ui->statusLabel->hide();
    m_ui->createErrorLabel->setText(message);
    m_ui->createErrorLabel->show();
    validate();
}
