// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: Virt Ferry contributors
#pragma once

#include "FieldErrors.h"
#include "Connection.h"
#include "StorageTypes.h"
#include "VolumeCopyJob.h"

#include <QDialog>
#include <QPointer>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class StoragePoolListModel;
class StorageVolumeListModel;

// Picks where a volume goes (a pool on any open connection, or a local file) and runs a
// VolumeCopyJob there, showing its progress, rate and ETA. The copy runs on the job's own
// thread; this dialog only watches it, and closing it cancels the copy (the job removes
// the partial destination) before the dialog goes away.
class VolumeCopyDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VolumeCopyDialog)

public:
    enum class Mode {
        Copy,     // volume → a pool on any open connection
        Upload,   // local file → a pool
        Download, // volume → local file
    };
    Q_ENUM(Mode)

    explicit VolumeCopyDialog(Mode mode, QWidget *parent = nullptr);
    ~VolumeCopyDialog() override;

    Mode mode() const { return m_mode; }
    // Copy and Download.
    void setSourceVolume(Connection *connection, const VolumeInfo &volume);
    // Upload.
    void setSourceFile(const QString &path);
    // Copy and Upload: the connections to offer (the open ones are listed) and the one
    // and pool to preselect.
    void setDestinations(const QList<Connection *> &connections, Connection *preferred = nullptr,
                         const QString &preferredPool = {});
    // Download.
    void setDestinationFile(const QString &path);

    Connection *destinationConnection() const;
    QString destinationPool() const;
    QString destinationName() const;
    bool isRunning() const;
    VolumeCopyJob *job() const { return m_job; }

    // Starts the copy if the destination is valid (also what the Start button does).
    void startCopy();

    void reject() override;

Q_SIGNALS:
    // After the job ended and, for a volume destination, its pool was asked to refresh.
    void copyFinished(bool succeeded, const QString &message);

private:
    void onConnectionChosen();
    void fillPools();
    void onPoolChosen();
    void validate();
    void fitHeight();
    QString destinationNameError() const;
    void onProgress(const CopyProgress &progress);
    void onFinished(bool succeeded, const QString &message);
    QString describeSource() const;

    Mode m_mode;
    QPointer<Connection> m_sourceConnection;
    std::optional<VolumeInfo> m_sourceVolume;
    QString m_sourceFile;
    QString m_destinationFile;
    QList<QPointer<Connection>> m_connections;
    QString m_preferredPool;

    QLabel *m_sourceLabel;
    QComboBox *m_connectionComboBox;
    QComboBox *m_poolComboBox;
    QLineEdit *m_nameLineEdit;
    QLabel *m_nameErrorLabel;
    QLabel *m_destinationFileLabel;
    QLabel *m_spaceLabel;
    QWidget *m_progressWidget = nullptr;
    QProgressBar *m_progressBar;
    QLabel *m_bytesLabel;
    QLabel *m_rateLabel;
    QLabel *m_etaLabel;
    QLabel *m_resultLabel;
    QDialogButtonBox *m_buttonBox;
    QPushButton *m_startButton;
    QPushButton *m_cancelButton;
    QPushButton *m_closeButton;
    FieldErrors m_fieldErrors;

    StoragePoolListModel *m_poolModel;
    StorageVolumeListModel *m_volumeModel;
    VolumeCopyJob *m_job = nullptr;
    QPointer<Connection> m_jobDestinationConnection;
    QString m_jobDestinationPool;
    bool m_closeWhenFinished = false;
    bool m_nameEdited = false;
};
