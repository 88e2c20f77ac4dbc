// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: Virt Ferry contributors
#include "VolumeDialog.h"

#include "StoragePoolListModel.h"

#include "ui_VolumeDialog.h"

#include <QLayout>
#include <QPushButton>
#include <QSignalBlocker>

#include <algorithm>
#include <cmath>
#include <limits>

namespace {

constexpr quint64 kMiB = quint64(1) << 20;
constexpr quint64 kGiB = quint64(1) << 30;
constexpr quint64 kTiB = quint64(1) << 40;

// Locales differ in the decimal separator; accept the user's and the C one ("2.5").
std::optional<double> parseNumber(const QString &text)
{
    bool ok = false;
    double value = QLocale().toDouble(text, &ok);
    if (!ok)
        value = QLocale::c().toDouble(text, &ok);
    if (!ok || !std::isfinite(value))
        return std::nullopt;
    return value;
}

QString numberText(double value)
{
    QLocale locale;
    locale.setNumberOptions(QLocale::OmitGroupSeparator);
    return locale.toString(value, 'f', QLocale::FloatingPointShortest);
}

// "disk.qcow2" → "disk-clone.qcow2": the extension still says what the file is.
QString suggestedCloneName(const QString &name, const QList<VolumeInfo> &volumes)
{
    const qsizetype dot = name.lastIndexOf(u'.');
    const QString stem = dot > 0 ? name.left(dot) : name;
    const QString extension = dot > 0 ? name.mid(dot) : QString();
    auto taken = [&volumes](const QString &candidate) {
        return std::any_of(volumes.cbegin(), volumes.cend(),
                           [&candidate](const VolumeInfo &volume) { return volume.name == candidate; });
    };
    QString candidate = stem + QStringLiteral("-clone") + extension;
    for (int number = 2; taken(candidate); ++number)
        candidate = stem + QStringLiteral("-clone%1").arg(number) + extension;
    return candidate;
}

} // namespace

VolumeDialog::VolumeDialog(Mode mode, const PoolInfo &pool, const QList<VolumeInfo> &volumes,
                           const std::optional<VolumeInfo> &source, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::VolumeDialog>())
    , m_mode(mode)
    , m_pool(pool)
    , m_volumes(volumes)
    , m_source(mode == Mode::Create ? std::nullopt : source)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("volumeDialog"));
    m_fieldErrors.addField(m_ui->nameLineEdit, m_ui->nameErrorLabel);
    m_fieldErrors.addField(m_ui->capacityLineEdit, m_ui->capacityErrorLabel);
    m_fieldErrors.addField(m_ui->allocationLineEdit, m_ui->allocationErrorLabel);
    FieldErrors::paintAsError(m_ui->problemLabel);
    m_ui->problemLabel->hide();
    m_ui->formatComboBox->addItem(tr("qcow2 (grows as written, snapshots, backing files)"), QStringLiteral("qcow2"));
    m_ui->formatComboBox->addItem(tr("raw (plain image, fastest)"), QStringLiteral("raw"));
    setUpSizeField(m_ui->capacityUnitComboBox, Unit::GiB);
    setUpSizeField(m_ui->allocationUnitComboBox, Unit::GiB);
    m_ui->poolSpaceLabel->setText(tr("Pool %1: %2 available of %3.")
                                      .arg(m_pool.name, formatBytes(m_pool.availableBytes),
                                           formatBytes(m_pool.capacityBytes)));

    QPushButton *okButton = m_ui->buttonBox->button(QDialogButtonBox::Ok);
    okButton->setObjectName(QStringLiteral("okButton"));
    const QList<QWidget *> createOnly = {m_ui->formatLabel,          m_ui->formatComboBox,
                                         m_ui->allocationLabel,      m_ui->allocationLineEdit,
                                         m_ui->allocationUnitComboBox, m_ui->allocateAllCheckBox,
                                         m_ui->backingLabel,         m_ui->backingComboBox};
    switch (m_mode) {
    case Mode::Create:
        setWindowTitle(tr("New Volume in %1").arg(m_pool.name));
        okButton->setText(tr("&Create"));
        m_ui->sourceLabel->hide();
        setSize(m_ui->capacityLineEdit, m_ui->capacityUnitComboBox, 10 * kGiB);
        m_ui->allocationLineEdit->setText(numberText(0));
        m_ui->allocationLineEdit->setToolTip(
            tr("0 keeps the volume thin: space is taken as the guest writes. Without an allocation, libvirt "
               "would write out every byte of a raw image."));
        fillBackingVolumes();
        break;
    case Mode::Resize:
        setWindowTitle(tr("Resize %1").arg(m_source ? m_source->name : QString()));
        okButton->setText(tr("&Resize"));
        for (QWidget *widget : createOnly)
            widget->hide();
        m_ui->nameLineEdit->setReadOnly(true);
        if (m_source) {
            m_ui->nameLineEdit->setText(m_source->name);
            m_ui->sourceLabel->setText(tr("%1 holds %2 (%3 allocated). Volumes can only grow; the guest must "
                                          "then grow its partition and file system itself.")
                                           .arg(m_source->name, formatBytes(m_source->capacityBytes),
                                                formatBytes(m_source->allocationBytes)));
            setSize(m_ui->capacityLineEdit, m_ui->capacityUnitComboBox, m_source->capacityBytes);
        }
        break;
    case Mode::Clone:
        setWindowTitle(tr("Clone %1").arg(m_source ? m_source->name : QString()));
        okButton->setText(tr("&Clone"));
        for (QWidget *widget : createOnly)
            widget->hide();
        for (QWidget *widget : QList<QWidget *>{m_ui->capacityLabel, m_ui->capacityLineEdit,
                                                m_ui->capacityUnitComboBox})
            widget->hide();
        if (m_source) {
            m_ui->sourceLabel->setText(tr("A full copy of %1 (%2, %3 allocated) in pool %4.")
                                           .arg(m_source->name, formatBytes(m_source->capacityBytes),
                                                formatBytes(m_source->allocationBytes), m_pool.name));
            m_ui->nameLineEdit->setText(suggestedCloneName(m_source->name, m_volumes));
            m_touched.insert(m_ui->nameLineEdit);
        }
        break;
    }

    for (QLineEdit *edit : {m_ui->nameLineEdit, m_ui->capacityLineEdit, m_ui->allocationLineEdit}) {
        connect(edit, &QLineEdit::textEdited, this, [this, edit] {
            m_touched.insert(edit);
            validate();
        });
        connect(edit, &QLineEdit::textChanged, this, [this] { validate(); });
    }
    connect(m_ui->capacityUnitComboBox, &QComboBox::currentIndexChanged, this, [this] {
        m_touched.insert(m_ui->capacityLineEdit);
        validate();
    });
    connect(m_ui->allocationUnitComboBox, &QComboBox::currentIndexChanged, this, [this] {
        m_touched.insert(m_ui->allocationLineEdit);
        validate();
    });
    connect(m_ui->formatComboBox, &QComboBox::currentIndexChanged, this, &VolumeDialog::onFormatChanged);
    connect(m_ui->backingComboBox, &QComboBox::currentIndexChanged, this, &VolumeDialog::onBackingChanged);
    connect(m_ui->allocateAllCheckBox, &QCheckBox::toggled, this, &VolumeDialog::onAllocateAllToggled);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &VolumeDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);

    onFormatChanged();
    validate();
    if (m_mode == Mode::Resize)
        m_ui->capacityLineEdit->setFocus();
    else
        m_ui->nameLineEdit->setFocus();
    setMinimumWidth(520);
    adjustSize();
}

VolumeDialog::~VolumeDialog() = default;

void VolumeDialog::setUpSizeField(QComboBox *unitComboBox, Unit defaultUnit)
{
    unitComboBox->addItem(tr("MiB"), QVariant::fromValue(kMiB));
    unitComboBox->addItem(tr("GiB"), QVariant::fromValue(kGiB));
    unitComboBox->addItem(tr("TiB"), QVariant::fromValue(kTiB));
    unitComboBox->setCurrentIndex(int(defaultUnit));
}

void VolumeDialog::setSize(QLineEdit *edit, QComboBox *unitComboBox, quint64 bytes)
{
    Unit unit = Unit::MiB;
    if (bytes >= kTiB)
        unit = Unit::TiB;
    else if (bytes >= kGiB)
        unit = Unit::GiB;
    const QSignalBlocker blocker(unitComboBox);
    unitComboBox->setCurrentIndex(int(unit));
    // Dividing by a power of two is exact and the shortest text round-trips, so a resize
    // starts from exactly the current size, never a rounded one below it.
    edit->setText(numberText(double(bytes) / double(unitComboBox->currentData().toULongLong())));
}

void VolumeDialog::fillBackingVolumes()
{
    m_ui->backingComboBox->addItem(tr("None"), QString());
    for (const VolumeInfo &volume : std::as_const(m_volumes)) {
        if (volume.format != QLatin1String("qcow2") && volume.format != QLatin1String("raw"))
            continue;
        m_ui->backingComboBox->addItem(
            //: %1 is a storage volume, %2 its format ("qcow2"), %3 its size.
            tr("%1 (%2, %3)").arg(volume.name, volume.format, formatBytes(volume.capacityBytes)), volume.name);
    }
    m_ui->backingComboBox->setToolTip(
        tr("The new volume starts as a copy-on-write overlay of this one; the backing volume must then "
           "stay unchanged."));
}

const VolumeInfo *VolumeDialog::backingVolume() const
{
    const QString name = m_ui->backingComboBox->currentData().toString();
    if (name.isEmpty() || !m_ui->backingComboBox->isEnabled())
        return nullptr;
    for (const VolumeInfo &volume : m_volumes) {
        if (volume.name == name)
            return &volume;
    }
    return nullptr;
}

void VolumeDialog::onFormatChanged()
{
    const bool qcow2 = m_ui->formatComboBox->currentData().toString() == QLatin1String("qcow2");
    m_ui->backingComboBox->setEnabled(qcow2 && m_ui->backingComboBox->count() > 1);
    if (!qcow2)
        m_ui->backingComboBox->setCurrentIndex(0);
    validate();
}

void VolumeDialog::onBackingChanged()
{
    // An overlay is usually as big as its base; offer that unless the user chose a size.
    if (const VolumeInfo *backing = backingVolume(); backing && !m_touched.contains(m_ui->capacityLineEdit))
        setSize(m_ui->capacityLineEdit, m_ui->capacityUnitComboBox, backing->capacityBytes);
    validate();
}

void VolumeDialog::onAllocateAllToggled(bool checked)
{
    m_ui->allocationLineEdit->setEnabled(!checked);
    m_ui->allocationUnitComboBox->setEnabled(!checked);
    m_touched.insert(m_ui->allocationLineEdit);
    validate();
}

VolumeDialog::SizeParse VolumeDialog::parseSize(const QLineEdit *edit, const QComboBox *unitComboBox,
                                                bool allowZero) const
{
    const QString text = edit->text().trimmed();
    if (text.isEmpty())
        return {std::nullopt, tr("Enter a size.")};
    const std::optional<double> value = parseNumber(text);
    if (!value)
        return {std::nullopt, tr("“%1” is not a number. Enter a size such as 10 or 2.5.").arg(text)};
    if (*value < 0)
        return {std::nullopt, tr("A size cannot be negative.")};
    const double bytes = std::round(*value * double(unitComboBox->currentData().toULongLong()));
    if (bytes >= double(std::numeric_limits<qint64>::max()))
        return {std::nullopt, tr("That size is too large.")};
    const auto result = quint64(bytes);
    if (result == 0 && !allowZero) {
        QString error = StorageValidation::capacityError(0, std::nullopt);
        if (error.isEmpty())
            error = tr("The size must be greater than zero.");
        return {std::nullopt, error};
    }
    return {result, QString()};
}

bool VolumeDialog::nameTaken(const QString &name) const
{
    return std::any_of(m_volumes.cbegin(), m_volumes.cend(),
                       [&name](const VolumeInfo &volume) { return volume.name == name; });
}

QString VolumeDialog::nameError() const
{
    const QString name = m_ui->nameLineEdit->text();
    if (QString error = StorageValidation::volumeNameError(name); !error.isEmpty())
        return error;
    if (nameTaken(name))
        return tr("Pool %1 already has a volume named “%2”.").arg(m_pool.name, name);
    return {};
}

bool VolumeDialog::validate(bool showAll)
{
    if (showAll) {
        m_touched.insert(m_ui->nameLineEdit);
        m_touched.insert(m_ui->capacityLineEdit);
        m_touched.insert(m_ui->allocationLineEdit);
    }
    auto report = [this](QLineEdit *edit, const QString &error) {
        m_fieldErrors.show(edit, m_touched.contains(edit) ? error : QString());
        return error.isEmpty();
    };
    bool valid = true;
    QString problem;
    switch (m_mode) {
    case Mode::Create: {
        valid = report(m_ui->nameLineEdit, nameError()) && valid;
        const SizeParse capacity = parseSize(m_ui->capacityLineEdit, m_ui->capacityUnitComboBox, false);
        QString capacityError = capacity.error;
        if (capacity.bytes) {
            // A thin volume may promise more than the pool holds; only allocation needs room.
            capacityError = StorageValidation::capacityError(*capacity.bytes, std::nullopt);
            const VolumeInfo *backing = backingVolume();
            if (capacityError.isEmpty() && backing && *capacity.bytes < backing->capacityBytes)
                capacityError = tr("An overlay cannot be smaller than its backing volume (%1).")
                                    .arg(formatBytes(backing->capacityBytes));
        }
        valid = report(m_ui->capacityLineEdit, capacityError) && valid;

        QString allocationError;
        if (m_ui->allocateAllCheckBox->isChecked()) {
            if (capacity.bytes)
                allocationError = StorageValidation::capacityError(*capacity.bytes, m_pool.availableBytes);
        } else {
            const SizeParse allocation = parseSize(m_ui->allocationLineEdit, m_ui->allocationUnitComboBox, true);
            allocationError = allocation.error;
            if (allocation.bytes && capacity.bytes && *allocation.bytes > *capacity.bytes)
                allocationError = tr("The allocation cannot exceed the capacity (%1).")
                                      .arg(formatBytes(*capacity.bytes));
            else if (allocation.bytes && *allocation.bytes > 0)
                allocationError = StorageValidation::capacityError(*allocation.bytes, m_pool.availableBytes);
        }
        if (m_ui->allocateAllCheckBox->isChecked())
            m_touched.insert(m_ui->allocationLineEdit);
        valid = report(m_ui->allocationLineEdit, allocationError) && valid;
        break;
    }
    case Mode::Resize: {
        const SizeParse capacity = parseSize(m_ui->capacityLineEdit, m_ui->capacityUnitComboBox, false);
        QString error = capacity.error;
        if (capacity.bytes && m_source) {
            if (*capacity.bytes < m_source->capacityBytes)
                error = tr("Volumes can only grow: %1 is less than the current %2.")
                            .arg(formatBytes(*capacity.bytes), formatBytes(m_source->capacityBytes));
            else if (*capacity.bytes == m_source->capacityBytes)
                error = tr("That is the current size. Enter a larger one.");
            else
                error = StorageValidation::capacityError(*capacity.bytes, std::nullopt);
        }
        valid = report(m_ui->capacityLineEdit, error) && valid;
        valid = valid && m_source.has_value();
        break;
    }
    case Mode::Clone:
        valid = report(m_ui->nameLineEdit, nameError()) && valid;
        if (m_source && m_source->allocationBytes > m_pool.availableBytes) {
            problem = tr("Pool %1 has %2 free, and the clone needs about %3.")
                          .arg(m_pool.name, formatBytes(m_pool.availableBytes),
                               formatBytes(m_source->allocationBytes));
            valid = false;
        }
        valid = valid && m_source.has_value();
        break;
    }
    m_ui->problemLabel->setText(problem);
    m_ui->problemLabel->setVisible(!problem.isEmpty());
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(valid);
    fitHeight();
    return valid;
}

void VolumeDialog::fitHeight()
{
    // A wrapped error label needs more height than the dialog had; a top-level window
    // does not grow for height-for-width content by itself.
    QLayout *layout = this->layout();
    if (!layout)
        return;
    const int needed = layout->hasHeightForWidth() ? layout->totalHeightForWidth(width())
                                                   : layout->totalSizeHint().height();
    if (needed > height())
        resize(width(), needed);
}

bool VolumeDialog::isInputValid() const
{
    return m_ui->buttonBox->button(QDialogButtonBox::Ok)->isEnabled();
}

void VolumeDialog::accept()
{
    if (!validate(true))
        return;
    QDialog::accept();
}

QString VolumeDialog::volumeName() const
{
    return m_ui->nameLineEdit->text();
}

quint64 VolumeDialog::capacityBytes() const
{
    return parseSize(m_ui->capacityLineEdit, m_ui->capacityUnitComboBox, false).bytes.value_or(0);
}

VolumeDefinition VolumeDialog::definition() const
{
    VolumeDefinition definition;
    definition.name = volumeName();
    definition.format = m_ui->formatComboBox->currentData().toString();
    definition.capacityBytes = capacityBytes();
    definition.allocationBytes =
        m_ui->allocateAllCheckBox->isChecked()
            ? definition.capacityBytes
            : parseSize(m_ui->allocationLineEdit, m_ui->allocationUnitComboBox, true).bytes.value_or(0);
    if (const VolumeInfo *backing = backingVolume()) {
        definition.backingPath = backing->path;
        definition.backingFormat = backing->format;
    }
    return definition;
}
