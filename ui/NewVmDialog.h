// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: Virt Ferry contributors
#pragma once

#include "DomainXmlBuilder.h"
#include "FieldErrors.h"
#include "StorageTypes.h"

#include <QDialog>
#include <QHash>
#include <QPointer>

#include <memory>

class Connection;
class QComboBox;
class StoragePoolListModel;

namespace Ui {
class NewVmDialog;
}

// "New virtual machine" on one connection: name, memory, vCPUs, a disk that is an
// existing volume or a new one created thin in a chosen pool, an optional installer ISO,
// network, firmware and domain type. Shows the domain XML it will define (NewDomainSpec),
// validates every field inline and keeps Create disabled until the form can be defined.
// Create runs as a chain of Connection requests (create volume, look up its path, define
// and start), so the GUI thread never waits; a failure is shown in the dialog, with the
// form as it was typed. GUI thread only.
class NewVmDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NewVmDialog)

public:
    explicit NewVmDialog(Connection *connection, QWidget *parent = nullptr);
    ~NewVmDialog() override;

    // What the fields describe. With "Create a new volume" the disk path is where the
    // volume will be (the pool's target path and the volume name) until it exists.
    NewDomainSpec spec() const;
    bool isFormValid() const { return m_formValid; }
    bool isBusy() const { return m_step != Step::Idle && m_step != Step::Done; }
    // The UUID libvirt gave the new domain; empty until it is defined.
    const QString &createdDomainUuid() const { return m_createdUuid; }

    // Starts creating (the Create button); the dialog closes itself once the domain is defined.
    void accept() override;

private:
    enum class Step { Idle, CreatingVolume, LookingUpVolume, Defining, Done };

    void validate();
    QString selectedPoolName(const QComboBox *combo) const;
    std::optional<PoolInfo> selectedPool(const QComboBox *combo) const;
    void requestVolumesOf(const QString &poolName);
    void fillVolumeCombo(QComboBox *combo, const QString &poolName, bool isoFirst);
    void onPoolChanged();
    void onIsoPoolChanged();
    void onIsoVolumeActivated(int index);
    void onDiskModeToggled();
    void onNewVolumeNameEdited();
    void onNameEdited();
    void onNetworkChanged();

    void onVolumesListed(quint64 requestId, const QString &poolName, const QList<VolumeInfo> &volumes);
    void onNetworksListed(quint64 requestId, const QStringList &networks, const QStringList &bridges,
                          const QString &errorMessage);
    void onCapabilities(quint64 requestId, const QString &xml, const QString &errorMessage);
    void onRequestFinished(quint64 requestId, bool succeeded, const QString &message);
    void onDomainDefined(quint64 requestId, bool succeeded, const QString &uuid, const QString &message);

    void defineDomain(const QString &diskPath, const QString &diskFormat);
    void setBusy(Step step, const QString &status);
    void fail(const QString &message);
    QString defaultVolumeName() const;

    std::unique_ptr<Ui::NewVmDialog> m_ui;
    QPointer<Connection> m_connection;
    StoragePoolListModel *m_pools = nullptr;
    FieldErrors m_fieldErrors;
    bool m_formValid = false;

    QHash<QString, QList<VolumeInfo>> m_volumes; // pool name → its volumes, from volumesListed
    QString m_capabilitiesXml;
    QString m_architecture;
    bool m_domainTypesKnown = false;
    bool m_networksKnown = false;
    bool m_newVolumeNameTracksName = true; // until the user types a volume name of their own

    Step m_step = Step::Idle;
    quint64 m_networksRequest = 0;
    quint64 m_capabilitiesRequest = 0;
    quint64 m_createVolumeRequest = 0;
    quint64 m_lookupRequest = 0;
    quint64 m_defineRequest = 0;
    QString m_pendingPool;       // the new volume's pool while it is created and looked up
    QString m_pendingVolumeName;
    QString m_pendingFormat;
    bool m_createdVolume = false; // removed again if the define fails, so a retry can recreate it
    QString m_createdUuid;
};
