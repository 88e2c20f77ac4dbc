// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: Virt Ferry contributors
#include "PoolWizardTypePage.h"

#include "Connection.h"
#include "PoolWizard.h"
#include "StorageTypes.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHash>
#include <QLabel>
#include <QLineEdit>
#include <QStandardItemModel>
#include <QVBoxLayout>

namespace {
const int kTypeRole = Qt::UserRole + 1;
} // namespace

PoolWizardTypePage::PoolWizardTypePage(PoolWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_nameEdit(new QLineEdit(this))
    , m_nameErrorLabel(new QLabel(this))
    , m_typeCombo(new QComboBox(this))
    , m_typeModel(new QStandardItemModel(this))
    , m_typeNoteLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("typeWizardPage"));
    setTitle(tr("Name and type"));
    const QString hostName = wizard->connection() ? wizard->connection()->config().effectiveDisplayName() : QString();
    setSubTitle(tr("A new storage pool on %1.").arg(hostName));

    m_nameEdit->setObjectName(QStringLiteral("nameLineEdit"));
    m_nameEdit->setPlaceholderText(tr("e.g. shared-images"));
    m_nameErrorLabel->setObjectName(QStringLiteral("nameErrorLabel"));
    m_nameErrorLabel->setWordWrap(true);
    m_fieldErrors.addField(m_nameEdit, m_nameErrorLabel);

    m_typeCombo->setObjectName(QStringLiteral("typeComboBox"));
    m_typeCombo->setModel(m_typeModel);
    m_typeNoteLabel->setObjectName(QStringLiteral("typeNoteLabel"));
    m_typeNoteLabel->setWordWrap(true);
    m_typeNoteLabel->setTextFormat(Qt::PlainText);

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_nameEdit);
    form->addRow(QString(), m_nameErrorLabel);
    form->addRow(tr("&Type:"), m_typeCombo);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_typeNoteLabel);
    layout->addStretch();

    connect(m_nameEdit, &QLineEdit::textEdited, this, [this] { m_nameTouched = true; });
    connect(m_nameEdit, &QLineEdit::textChanged, this, &PoolWizardTypePage::updateNameError);
    connect(m_wizard, &PoolWizard::existingPoolNamesChanged, this, &PoolWizardTypePage::updateNameError);
    connect(m_wizard, &PoolWizard::capabilitiesChanged, this, &PoolWizardTypePage::rebuildTypes);
    connect(m_typeCombo, &QComboBox::currentIndexChanged, this, &QWizardPage::completeChanged);
    rebuildTypes();
}

QStringList PoolWizardTypePage::commonTypes()
{
    return {QStringLiteral("dir"), QStringLiteral("netfs"), QStringLiteral("logical"), QStringLiteral("fs")};
}

QString PoolWizardTypePage::typeTitle(const QString &type)
{
    static const QHash<QString, const char *> titles = {
        {QStringLiteral("dir"), QT_TR_NOOP("Directory on the host")},
        {QStringLiteral("netfs"), QT_TR_NOOP("Network file system: NFS, CIFS, GlusterFS")},
        {QStringLiteral("logical"), QT_TR_NOOP("LVM volume group")},
        {QStringLiteral("fs"), QT_TR_NOOP("Formatted block device")},
        {QStringLiteral("disk"), QT_TR_NOOP("Whole disk, partitions as volumes")},
        {QStringLiteral("iscsi"), QT_TR_NOOP("iSCSI target")},
        {QStringLiteral("iscsi-direct"), QT_TR_NOOP("iSCSI target through libiscsi")},
        {QStringLiteral("scsi"), QT_TR_NOOP("SCSI host adapter")},
        {QStringLiteral("mpath"), QT_TR_NOOP("Multipath devices")},
        {QStringLiteral("rbd"), QT_TR_NOOP("Ceph RBD pool")},
        {QStringLiteral("sheepdog"), QT_TR_NOOP("Sheepdog cluster")},
        {QStringLiteral("gluster"), QT_TR_NOOP("GlusterFS volume through libgfapi")},
        {QStringLiteral("zfs"), QT_TR_NOOP("ZFS pool")},
        {QStringLiteral("vstorage"), QT_TR_NOOP("Virtuozzo storage")},
    };
    const auto it = titles.constFind(type);
    if (it == titles.constEnd())
        return type;
    //: %1 is a pool type's description, %2 libvirt's name for it ("netfs").
    return tr("%1 (%2)").arg(tr(it.value()), type);
}

QString PoolWizardTypePage::wizardLimitation(const QString &type)
{
    if (type == u"scsi")
        return tr("needs a SCSI adapter description this wizard does not offer; define it with virsh pool-define");
    if (type == u"iscsi-direct")
        return tr("needs an initiator IQN this wizard does not offer; define it with virsh pool-define");
    if (type == u"sheepdog")
        return tr("Sheepdog is no longer maintained; define it with virsh pool-define");
    if (typeTitle(type) == type)
        return tr("this wizard does not know this pool type; define it with virsh pool-define");
    return {};
}

QString PoolWizardTypePage::poolName() const
{
    return m_nameEdit->text();
}

QString PoolWizardTypePage::poolType() const
{
    return m_typeCombo->currentData(kTypeRole).toString();
}

bool PoolWizardTypePage::selectType(const QString &type)
{
    const int row = m_typeCombo->findData(type, kTypeRole);
    if (row < 0 || !m_typeModel->item(row)->isEnabled())
        return false;
    m_typeCombo->setCurrentIndex(row);
    return true;
}

void PoolWizardTypePage::rebuildTypes()
{
    const QString previous = poolType();
    const QString hostName =
        m_wizard->connection() ? m_wizard->connection()->config().effectiveDisplayName() : tr("this host");

    QStringList types = commonTypes();
    if (m_wizard->capabilitiesState() == PoolWizard::CapabilitiesState::Known) {
        for (const PoolTypeSupport &support : m_wizard->capabilities()) {
            if (!types.contains(support.type))
                types.append(support.type);
        }
    }

    QStringList unavailable;
    m_typeModel->clear();
    for (const QString &type : std::as_const(types)) {
        auto *item = new QStandardItem(typeTitle(type));
        item->setData(type, kTypeRole);
        QString why;
        if (m_wizard->capabilitiesState() == PoolWizard::CapabilitiesState::Known) {
            const std::optional<PoolTypeSupport> support = m_wizard->typeSupport(type);
            if (!support || !support->supported)
                why = tr("libvirt on %1 cannot create %2 pools (its storage driver was built without them)")
                          .arg(hostName, type);
        }
        if (why.isEmpty())
            why = wizardLimitation(type);
        if (!why.isEmpty()) {
            item->setEnabled(false);
            item->setToolTip(why);
            item->setText(tr("%1 — not available").arg(item->text()));
            //: %1 is libvirt's name of a pool type ("iscsi"), %2 why it cannot be used.
            unavailable.append(tr("%1: %2").arg(type, why));
        }
        m_typeModel->appendRow(item);
    }

    QStringList notes;
    switch (m_wizard->capabilitiesState()) {
    case PoolWizard::CapabilitiesState::Asking:
        notes.append(tr("Asking %1 which pool types it supports…").arg(hostName));
        break;
    case PoolWizard::CapabilitiesState::Unknown:
        notes.append(tr("%1 could not say which pool types it supports (%2), so the common types are offered; "
                        "libvirt reports any it cannot create when the pool is defined.")
                         .arg(hostName, m_wizard->capabilitiesError()));
        break;
    case PoolWizard::CapabilitiesState::Known:
        break;
    }
    if (!unavailable.isEmpty())
        notes.append(tr("Not available:\n%1").arg(unavailable.join(u'\n')));
    m_typeNoteLabel->setText(notes.join(QStringLiteral("\n\n")));
    m_typeNoteLabel->setVisible(!notes.isEmpty());

    if (previous.isEmpty() || !selectType(previous)) {
        for (int row = 0; row < m_typeModel->rowCount(); ++row) {
            if (m_typeModel->item(row)->isEnabled()) {
                m_typeCombo->setCurrentIndex(row);
                break;
            }
        }
    }
    Q_EMIT completeChanged();
}

QString PoolWizardTypePage::nameError() const
{
    const QString name = poolName();
    const QString error = StorageValidation::poolNameError(name);
    if (!error.isEmpty())
        return error;
    if (m_wizard->existingPoolNames().contains(name)) {
        const QString hostName =
            m_wizard->connection() ? m_wizard->connection()->config().effectiveDisplayName() : tr("this host");
        return tr("%1 already has a pool named “%2”.").arg(hostName, name);
    }
    return {};
}

void PoolWizardTypePage::updateNameError()
{
    // An empty field the user has not touched yet is incomplete, not wrong.
    const QString error = nameError();
    m_fieldErrors.show(m_nameEdit, m_nameTouched || !poolName().isEmpty() ? error : QString());
    Q_EMIT completeChanged();
}

bool PoolWizardTypePage::isComplete() const
{
    const int row = m_typeCombo->currentIndex();
    return nameError().isEmpty() && row >= 0 && m_typeModel->item(row)->isEnabled();
}

bool PoolWizardTypePage::validatePage()
{
    m_nameTouched = true;
    updateNameError();
    return isComplete();
}
