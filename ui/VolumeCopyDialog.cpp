// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: Virt Ferry contributors
#include "VolumeCopyDialog.h"

#include "Connection.h"
#include "StoragePoolListModel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace {

constexpr int kProgressSteps = 1000;

QString durationText(qint64 seconds)
{
    const QLocale locale;
    //: A duration in seconds.
    if (seconds < 60)
        return VolumeCopyDialog::tr("%1 s").arg(locale.toString(seconds));
    //: A duration: %1 minutes and %2 seconds.
    if (seconds < 3600)
        return VolumeCopyDialog::tr("%1 min %2 s").arg(locale.toString(seconds / 60), locale.toString(seconds % 60));
    //: A duration: %1 hours and %2 minutes.
    return VolumeCopyDialog::tr("%1 h %2 min")
        .arg(locale.toString(seconds / 3600), locale.toString((seconds % 3600) / 60));
}

} // namespace

VolumeCopyDialog::VolumeCopyDialog(Mode mode, QWidget *parent)
    : QDialog(parent)
    , m_mode(mode)
    , m_sourceLabel(new QLabel(this))
    , m_connectionComboBox(new QComboBox(this))
    , m_poolComboBox(new QComboBox(this))
    , m_nameLineEdit(new QLineEdit(this))
    , m_nameErrorLabel(new QLabel(this))
    , m_destinationFileLabel(new QLabel(this))
    , m_spaceLabel(new QLabel(this))
    , m_progressBar(new QProgressBar(this))
    , m_bytesLabel(new QLabel(this))
    , m_rateLabel(new QLabel(this))
    , m_etaLabel(new QLabel(this))
    , m_resultLabel(new QLabel(this))
    , m_buttonBox(new QDialogButtonBox(this))
    , m_poolModel(new StoragePoolListModel(this))
    , m_volumeModel(new StorageVolumeListModel(this))
{
    setObjectName(QStringLiteral("volumeCopyDialog"));
    m_sourceLabel->setObjectName(QStringLiteral("sourceValueLabel"));
    m_connectionComboBox->setObjectName(QStringLiteral("destinationConnectionComboBox"));
    m_poolComboBox->setObjectName(QStringLiteral("destinationPoolComboBox"));
    m_nameLineEdit->setObjectName(QStringLiteral("destinationNameLineEdit"));
    m_nameErrorLabel->setObjectName(QStringLiteral("destinationNameErrorLabel"));
    m_destinationFileLabel->setObjectName(QStringLiteral("destinationFileValueLabel"));
    m_spaceLabel->setObjectName(QStringLiteral("spaceErrorLabel"));
    m_progressBar->setObjectName(QStringLiteral("copyProgressBar"));
    m_bytesLabel->setObjectName(QStringLiteral("bytesValueLabel"));
    m_rateLabel->setObjectName(QStringLiteral("rateValueLabel"));
    m_etaLabel->setObjectName(QStringLiteral("etaValueLabel"));
    m_resultLabel->setObjectName(QStringLiteral("resultLabel"));

    for (QLabel *label : {m_sourceLabel, m_destinationFileLabel, m_resultLabel, m_spaceLabel}) {
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    m_fieldErrors.addField(m_nameLineEdit, m_nameErrorLabel);
    m_nameErrorLabel->setWordWrap(true);
    FieldErrors::paintAsError(m_spaceLabel);
    m_spaceLabel->hide();
    m_progressBar->setRange(0, kProgressSteps);
    m_progressBar->setValue(0);
    m_progressBar->setTextVisible(true);

    auto *form = new QFormLayout;
    form->addRow(tr("From:"), m_sourceLabel);
    auto *progressForm = new QFormLayout;
    progressForm->addRow(m_progressBar);
    progressForm->addRow(tr("Copied:"), m_bytesLabel);
    progressForm->addRow(tr("Rate:"), m_rateLabel);
    progressForm->addRow(tr("Time left:"), m_etaLabel);
    m_progressWidget = new QWidget(this);
    m_progressWidget->setObjectName(QStringLiteral("progressWidget"));
    m_progressWidget->setLayout(progressForm);
    progressForm->setContentsMargins(0, 0, 0, 0);
    m_progressWidget->hide();

    QString startText;
    switch (m_mode) {
    case Mode::Copy:
        setWindowTitle(tr("Copy Volume"));
        startText = tr("&Copy");
        break;
    case Mode::Upload:
        setWindowTitle(tr("Upload File to a Pool"));
        startText = tr("&Upload");
        break;
    case Mode::Download:
        setWindowTitle(tr("Download Volume"));
        startText = tr("&Download");
        break;
    }
    if (m_mode == Mode::Download) {
        form->addRow(tr("To file:"), m_destinationFileLabel);
        m_connectionComboBox->hide();
        m_poolComboBox->hide();
        m_nameLineEdit->hide();
    } else {
        form->addRow(tr("To host:"), m_connectionComboBox);
        //: A libvirt storage pool on the destination host.
        form->addRow(tr("Pool:"), m_poolComboBox);
        form->addRow(tr("Volume name:"), m_nameLineEdit);
        form->addRow(QString(), m_nameErrorLabel);
        m_destinationFileLabel->hide();
    }
    form->addRow(m_spaceLabel);

    m_startButton = m_buttonBox->addButton(startText, QDialogButtonBox::ActionRole);
    m_startButton->setObjectName(QStringLiteral("startCopyButton"));
    m_startButton->setDefault(true);
    m_cancelButton = m_buttonBox->addButton(QDialogButtonBox::Cancel);
    m_cancelButton->setObjectName(QStringLiteral("cancelCopyButton"));
    m_closeButton = m_buttonBox->addButton(QDialogButtonBox::Close);
    m_closeButton->setObjectName(QStringLiteral("closeButton"));
    m_closeButton->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_progressWidget);
    layout->addWidget(m_resultLabel);
    layout->addStretch();
    layout->addWidget(m_buttonBox);
    m_resultLabel->hide();
    setMinimumWidth(520);

    connect(m_startButton, &QPushButton::clicked, this, &VolumeCopyDialog::startCopy);
    connect(m_cancelButton, &QPushButton::clicked, this, [this] {
        if (isRunning()) {
            // Stay open: the user wants to see that the partial copy was cleaned up.
            m_job->cancel();
            m_cancelButton->setEnabled(false);
            m_resultLabel->setText(tr("Cancelling and removing the partial copy…"));
            m_resultLabel->show();
        } else {
            reject();
        }
    });
    connect(m_closeButton, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_connectionComboBox, &QComboBox::currentIndexChanged, this, &VolumeCopyDialog::onConnectionChosen);
    connect(m_poolComboBox, &QComboBox::currentIndexChanged, this, &VolumeCopyDialog::onPoolChosen);
    connect(m_nameLineEdit, &QLineEdit::textEdited, this, [this] { m_nameEdited = true; });
    connect(m_nameLineEdit, &QLineEdit::textChanged, this, &VolumeCopyDialog::validate);
    connect(m_poolModel, &QAbstractItemModel::modelReset, this, &VolumeCopyDialog::fillPools);
    connect(m_poolModel, &QAbstractItemModel::rowsInserted, this, &VolumeCopyDialog::fillPools);
    connect(m_poolModel, &QAbstractItemModel::rowsRemoved, this, &VolumeCopyDialog::fillPools);
    connect(m_poolModel, &QAbstractItemModel::dataChanged, this, &VolumeCopyDialog::fillPools);
    connect(m_volumeModel, &QAbstractItemModel::modelReset, this, &VolumeCopyDialog::validate);
    connect(m_volumeModel, &QAbstractItemModel::rowsInserted, this, &VolumeCopyDialog::validate);
    connect(m_volumeModel, &QAbstractItemModel::rowsRemoved, this, &VolumeCopyDialog::validate);
    connect(m_volumeModel, &QAbstractItemModel::dataChanged, this, &VolumeCopyDialog::validate);
    validate();
}

VolumeCopyDialog::~VolumeCopyDialog() = default;

QString VolumeCopyDialog::describeSource() const
{
    if (m_mode == Mode::Upload)
        //: %1 is a local file, %2 its size.
        return tr("%1 (%2)").arg(QDir::toNativeSeparators(m_sourceFile),
                                 formatBytes(quint64(QFileInfo(m_sourceFile).size())));
    if (!m_sourceVolume)
        return {};
    const QString host = m_sourceConnection ? m_sourceConnection->config().effectiveDisplayName() : QString();
    return tr("%1 in pool %2 on %3 (%4, %5 allocated)")
        .arg(m_sourceVolume->name, m_sourceVolume->poolName, host, formatBytes(m_sourceVolume->capacityBytes),
             formatBytes(m_sourceVolume->allocationBytes));
}

void VolumeCopyDialog::setSourceVolume(Connection *connection, const VolumeInfo &volume)
{
    m_sourceConnection = connection;
    m_sourceVolume = volume;
    m_sourceLabel->setText(describeSource());
    if (!m_nameEdited)
        m_nameLineEdit->setText(volume.name);
    validate();
}

void VolumeCopyDialog::setSourceFile(const QString &path)
{
    m_sourceFile = path;
    m_sourceLabel->setText(describeSource());
    if (!m_nameEdited)
        m_nameLineEdit->setText(QFileInfo(path).fileName());
    validate();
}

void VolumeCopyDialog::setDestinationFile(const QString &path)
{
    m_destinationFile = path;
    m_destinationFileLabel->setText(QDir::toNativeSeparators(path));
    validate();
}

void VolumeCopyDialog::setDestinations(const QList<Connection *> &connections, Connection *preferred,
                                       const QString &preferredPool)
{
    m_preferredPool = preferredPool;
    m_connections.clear();
    const QSignalBlocker blocker(m_connectionComboBox);
    m_connectionComboBox->clear();
    int preferredIndex = 0;
    for (Connection *connection : connections) {
        if (!connection->isOpen())
            continue;
        if (connection == preferred)
            preferredIndex = m_connectionComboBox->count();
        m_connections.append(connection);
        m_connectionComboBox->addItem(connection->config().effectiveDisplayName(),
                                      int(m_connections.size() - 1));
    }
    m_connectionComboBox->setCurrentIndex(m_connectionComboBox->count() ? preferredIndex : -1);
    onConnectionChosen();
}

Connection *VolumeCopyDialog::destinationConnection() const
{
    const QVariant index = m_connectionComboBox->currentData();
    if (!index.isValid() || index.toInt() < 0 || index.toInt() >= m_connections.size())
        return nullptr;
    return m_connections.at(index.toInt());
}

QString VolumeCopyDialog::destinationPool() const
{
    return m_poolComboBox->currentData().toString();
}

QString VolumeCopyDialog::destinationName() const
{
    return m_nameLineEdit->text();
}

void VolumeCopyDialog::onConnectionChosen()
{
    Connection *connection = destinationConnection();
    m_poolModel->setConnection(connection); // which asks the connection for its pools
    fillPools();
}

void VolumeCopyDialog::fillPools()
{
    const QString previous = m_poolComboBox->currentData().toString();
    {
        const QSignalBlocker blocker(m_poolComboBox);
        m_poolComboBox->clear();
        for (int row = 0; row < m_poolModel->rowCount(); ++row) {
            const auto pool = m_poolModel->index(row, 0).data(StoragePoolListModel::PoolInfoRole).value<PoolInfo>();
            // Only a running pool can take a new volume.
            if (pool.state != PoolState::Running)
                continue;
            m_poolComboBox->addItem(tr("%1 (%2 free)").arg(pool.name, formatBytes(pool.availableBytes)), pool.name);
        }
        int index = m_poolComboBox->findData(previous.isEmpty() ? m_preferredPool : previous);
        if (index < 0 && !m_preferredPool.isEmpty())
            index = m_poolComboBox->findData(m_preferredPool);
        m_poolComboBox->setCurrentIndex(index >= 0 ? index : (m_poolComboBox->count() ? 0 : -1));
    }
    if (m_poolComboBox->currentData().toString() != m_volumeModel->poolName()
        || destinationConnection() != m_volumeModel->connection())
        onPoolChosen();
    else
        validate();
}

void VolumeCopyDialog::onPoolChosen()
{
    const QString pool = destinationPool();
    m_volumeModel->setPool(pool.isEmpty() ? nullptr : destinationConnection(), pool);
    validate();
}

QString VolumeCopyDialog::destinationNameError() const
{
    const QString name = m_nameLineEdit->text();
    if (QString error = StorageValidation::volumeNameError(name); !error.isEmpty())
        return error;
    if (m_volumeModel->poolName() == destinationPool()) {
        for (int row = 0; row < m_volumeModel->rowCount(); ++row) {
            if (m_volumeModel->volume(row) && m_volumeModel->volume(row)->name == name) {
                Connection *connection = destinationConnection();
                return tr("Pool %1 on %2 already has a volume named “%3”.")
                    .arg(destinationPool(), connection ? connection->config().effectiveDisplayName() : QString(),
                         name);
            }
        }
    }
    return {};
}

void VolumeCopyDialog::validate()
{
    if (m_job) {
        m_startButton->setEnabled(false);
        return;
    }
    bool valid = true;
    QString spaceProblem;
    switch (m_mode) {
    case Mode::Copy:
    case Mode::Upload: {
        const bool haveSource = m_mode == Mode::Copy ? m_sourceVolume.has_value() : !m_sourceFile.isEmpty();
        valid = haveSource && destinationConnection() && !destinationPool().isEmpty();
        valid = m_fieldErrors.show(m_nameLineEdit, destinationNameError()) && valid;
        if (m_connectionComboBox->count() == 0)
            spaceProblem = tr("No connection is open to copy to.");
        else if (destinationConnection() && m_poolComboBox->count() == 0 && m_poolModel->rowCount() > 0)
            spaceProblem = tr("%1 has no running pool.").arg(destinationConnection()->config().effectiveDisplayName());
        const std::optional<PoolInfo> pool = m_poolModel->pool(destinationPool());
        // The copy keeps holes, so what it needs is the source's allocation, not its size.
        const quint64 needed = m_mode == Mode::Copy && m_sourceVolume ? m_sourceVolume->allocationBytes : 0;
        if (pool && needed > 0) {
            if (QString error = StorageValidation::capacityError(needed, pool->availableBytes); !error.isEmpty()) {
                spaceProblem = error;
                valid = false;
            }
        }
        break;
    }
    case Mode::Download:
        valid = m_sourceVolume.has_value() && !m_destinationFile.isEmpty();
        break;
    }
    m_spaceLabel->setText(spaceProblem);
    m_spaceLabel->setVisible(!spaceProblem.isEmpty());
    m_startButton->setEnabled(valid);
    fitHeight();
}

void VolumeCopyDialog::fitHeight()
{
    // Wrapped messages need more height than the dialog had; a top-level window does not
    // grow for height-for-width content by itself.
    QLayout *layout = this->layout();
    if (!layout)
        return;
    const int needed = layout->hasHeightForWidth() ? layout->totalHeightForWidth(width())
                                                   : layout->totalSizeHint().height();
    if (needed > height())
        resize(width(), needed);
}

bool VolumeCopyDialog::isRunning() const
{
    return m_job && m_closeButton->isHidden();
}

void VolumeCopyDialog::startCopy()
{
    validate();
    if (m_job || !m_startButton->isEnabled())
        return;

    auto showFailure = [this](const QString &message) {
        m_resultLabel->setText(message);
        FieldErrors::paintAsError(m_resultLabel);
        m_resultLabel->show();
    };
    VolumeEndpoint source;
    if (m_mode == Mode::Upload) {
        source = VolumeEndpoint::localFile(m_sourceFile);
    } else {
        const ConnectionHandle handle = m_sourceConnection ? m_sourceConnection->handle() : ConnectionHandle();
        if (!handle) {
            showFailure(tr("The source host is not connected."));
            return;
        }
        source = VolumeEndpoint::volume(handle, m_sourceVolume->poolName, m_sourceVolume->name);
    }
    VolumeEndpoint destination;
    if (m_mode == Mode::Download) {
        destination = VolumeEndpoint::localFile(m_destinationFile);
    } else {
        Connection *connection = destinationConnection();
        const ConnectionHandle handle = connection ? connection->handle() : ConnectionHandle();
        if (!handle) {
            showFailure(tr("The destination host is not connected."));
            return;
        }
        destination = VolumeEndpoint::volume(handle, destinationPool(), destinationName());
        m_jobDestinationConnection = connection;
        m_jobDestinationPool = destinationPool();
    }

    m_job = new VolumeCopyJob(source, destination, this);
    connect(m_job, &VolumeCopyJob::progressChanged, this, &VolumeCopyDialog::onProgress);
    connect(m_job, &VolumeCopyJob::finished, this, &VolumeCopyDialog::onFinished);
    for (QWidget *widget : {static_cast<QWidget *>(m_connectionComboBox), static_cast<QWidget *>(m_poolComboBox),
                            static_cast<QWidget *>(m_nameLineEdit)})
        widget->setEnabled(false);
    m_startButton->setEnabled(false);
    m_startButton->hide();
    m_progressWidget->show();
    m_bytesLabel->setText(tr("starting…"));
    m_rateLabel->setText(tr("—"));
    m_etaLabel->setText(tr("—"));
    m_resultLabel->hide();
    fitHeight();
    m_job->start();
}

void VolumeCopyDialog::onProgress(const CopyProgress &progress)
{
    if (progress.bytesTotal > 0)
        m_progressBar->setValue(int(double(progress.bytesDone) / double(progress.bytesTotal) * kProgressSteps));
    m_bytesLabel->setText(tr("%1 of %2 (%3 of data, the rest holes)")
                              .arg(formatBytes(progress.bytesDone), formatBytes(progress.bytesTotal),
                                   formatBytes(progress.dataBytes)));
    m_rateLabel->setText(progress.bytesPerSecond > 0 ? tr("%1/s").arg(formatBytes(quint64(progress.bytesPerSecond)))
                                                     : tr("—"));
    m_etaLabel->setText(progress.etaSeconds ? durationText(*progress.etaSeconds) : tr("—"));
}

void VolumeCopyDialog::onFinished(bool succeeded, const QString &message)
{
    const VolumeCopyJob::State state = m_job->state();
    QString text;
    if (succeeded) {
        m_progressBar->setValue(kProgressSteps);
        m_etaLabel->setText(tr("done"));
        if (m_mode == Mode::Download)
            text = tr("Done: saved to %1.").arg(QDir::toNativeSeparators(m_destinationFile));
        else
            text = tr("Done: created %1.").arg(m_job->destinationPath().isEmpty() ? destinationName()
                                                                                  : m_job->destinationPath());
        m_resultLabel->setPalette(palette());
    } else if (state == VolumeCopyJob::State::Cancelled) {
        text = message.isEmpty() ? tr("Cancelled. The partial copy was removed.") : tr("Cancelled. %1").arg(message);
        m_resultLabel->setPalette(palette());
    } else {
        text = tr("The copy failed: %1").arg(message);
        FieldErrors::paintAsError(m_resultLabel);
    }
    m_resultLabel->setText(text);
    m_resultLabel->show();
    fitHeight();
    m_cancelButton->hide();
    m_closeButton->show();
    m_closeButton->setDefault(true);
    // libvirt sends no volume events; a pool refresh makes every view list the new volume.
    if (m_jobDestinationConnection && m_jobDestinationConnection->isOpen())
        m_jobDestinationConnection->requestPoolAction(m_jobDestinationPool, PoolAction::Refresh);
    Q_EMIT copyFinished(succeeded, text);
    if (m_closeWhenFinished)
        QDialog::reject();
}

void VolumeCopyDialog::reject()
{
    if (isRunning()) {
        // Close once the job has removed its partial destination, not before.
        m_closeWhenFinished = true;
        m_job->cancel();
        m_cancelButton->setEnabled(false);
        m_resultLabel->setText(tr("Cancelling and removing the partial copy…"));
        m_resultLabel->show();
        return;
    }
    QDialog::reject();
}
