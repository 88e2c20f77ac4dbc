// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: Virt Ferry contributors
#pragma once

#include "FieldErrors.h"
#include "PoolSourceDiscovery.h"
#include "StorageTypes.h"

#include <QSet>
#include <QWizardPage>

#include <memory>

class PoolWizard;
class QComboBox;
class QFormLayout;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QProgressBar;
class QPushButton;

// Which source and target fields a pool type needs, and what they are called for it.
struct PoolTypeFields
{
    bool host = false;
    bool sourceDir = false;
    bool sourceDirRequired = false;
    bool device = false;
    bool deviceRequired = false;
    bool deviceIsPath = true; // false: an iSCSI target IQN
    bool sourceName = false;
    bool format = false;
    bool target = false;
    bool browse = false; // virConnectFindStoragePoolSources can list sources for it
    QString deviceLabel;
    QString sourceNameLabel;
    QString fixedTarget; // a directory libvirt expects (e.g. /dev/disk/by-path); empty: images/<name>

    static PoolTypeFields forType(const QString &type);
};

// The pool wizard's source and target page. One page for every type: it shows the rows
// the chosen type needs (netfs: server, export with discovery, format, NFS version, mount
// options, target). Export discovery runs on a thread of its own (PoolSourceDiscovery).
class PoolWizardSourcePage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PoolWizardSourcePage)

public:
    explicit PoolWizardSourcePage(PoolWizard *wizard);
    ~PoolWizardSourcePage() override;

    // Writes the fields the current type uses into `definition` (name and type already set).
    void fillDefinition(PoolDefinition &definition) const;

    // The target path libvirt's images directory convention gives a pool of that name.
    static QString defaultTargetPath(const QString &poolName);
    // Empty when `options` is a valid comma-separated mount option list, else why not.
    static QString mountOptionsError(const QString &options);

    bool isDiscoveryRunning() const;

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

private:
    struct Errors
    {
        QString host, sourceDir, device, sourceName, mountOptions, target;
        bool any() const;
    };
    Errors errors() const;
    void updateErrors();
    void updateFormatDependentRows();
    void fillFormats();
    void startDiscovery();
    void cancelDiscovery();
    void showDiscoveryResult(const QList<PoolSourceDiscovery::Source> &sources);
    void showDiscoveryFailure(const QString &message);
    void setDiscoveryRunning(bool running);
    void pickSource(QListWidgetItem *item);
    QString currentFormat() const;
    bool nfsOptionsApply() const;

    PoolWizard *m_wizard;
    PoolTypeFields m_fields;
    QString m_type;
    FieldErrors m_fieldErrors;
    QFormLayout *m_form;
    QHBoxLayout *m_sourcePathRowLayout = nullptr;
    QHBoxLayout *m_deviceRowLayout = nullptr;
    QHBoxLayout *m_sourceNameRowLayout = nullptr;

    QLineEdit *m_hostEdit;
    QLabel *m_hostErrorLabel;
    QLineEdit *m_sourcePathEdit;
    QPushButton *m_browseButton;
    QLabel *m_sourcePathErrorLabel;
    QWidget *m_discoveryRow;
    QProgressBar *m_discoveryProgressBar;
    QPushButton *m_discoveryCancelButton;
    QLabel *m_discoveryStatusLabel;
    QListWidget *m_sourcesList;
    QLineEdit *m_deviceEdit;
    QLabel *m_deviceErrorLabel;
    QLineEdit *m_sourceNameEdit;
    QLabel *m_sourceNameErrorLabel;
    QComboBox *m_formatCombo;
    QComboBox *m_protocolCombo;
    QLineEdit *m_mountOptionsEdit;
    QLabel *m_mountOptionsErrorLabel;
    QLineEdit *m_targetPathEdit;
    QLabel *m_targetPathErrorLabel;

    std::unique_ptr<PoolSourceDiscovery> m_discovery;
    QString m_discoveryHost;
    bool m_targetEdited = false;
    QString m_formatsForType; // the type m_formatCombo was filled for
    QSet<const QLineEdit *> m_touched;
};
