// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: Virt Ferry contributors
#pragma once

#include "ConnectionHandle.h"
#include "StorageTypes.h"

#include <QObject>
#include <QString>

#include <atomic>
#include <optional>

class QThread;

// Where a copy reads from or writes to: a volume in a pool on some connection, or a
// local file on this machine.
struct VolumeEndpoint
{
    ConnectionHandle connection; // empty for a local file
    QString poolName;
    QString volumeName;
    QString localPath;

    static VolumeEndpoint volume(ConnectionHandle connection, QString poolName, QString volumeName);
    static VolumeEndpoint localFile(QString path);
    bool isLocalFile() const { return !connection; }
};

struct CopyProgress
{
    quint64 bytesDone = 0;     // data and holes passed so far (position in the stream)
    // The stream's length: the volume's capacity for raw volumes, the file's size for
    // qcow2 (whose bytes are copied as they are, so it stays valid qcow2).
    quint64 bytesTotal = 0;
    quint64 dataBytes = 0;     // bytes actually transferred (holes excluded)
    double bytesPerSecond = 0; // progress through the stream (holes included) over the last few seconds
    std::optional<qint64> etaSeconds;
};

// Copies one volume through libvirt storage streams, volume → volume (between pools and
// hosts), local file → volume (upload) or volume → local file (download), keeping holes
// as holes (VIR_STORAGE_VOL_DOWNLOAD/UPLOAD_SPARSE_STREAM, virStreamSparseRecvAll/SendAll).
// Runs on a thread of its own, never the connection's worker, so the host's VM list stays
// live. A volume destination is created first (same format and capacity as the source,
// thin); on failure or cancel the partial destination volume (or file) is deleted and the
// source is never written. This is the engine the offline migration reuses.
//
// Signals are emitted on the thread the job lives in; state(), progress() and the other
// getters are for that thread too.
class VolumeCopyJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VolumeCopyJob)

public:
    enum class State { Idle, Preparing, Copying, CleaningUp, Completed, Failed, Cancelled };
    Q_ENUM(State)

    // destination.volumeName empty: the source volume's (or file's) name.
    VolumeCopyJob(VolumeEndpoint source, VolumeEndpoint destination, QObject *parent = nullptr);
    ~VolumeCopyJob() override; // cancels and waits for the thread

    // Caps the data rate (holes pass free), e.g. to spare a shared link; 0 = no limit.
    // Takes effect for a job not yet started.
    void setBandwidthLimit(quint64 bytesPerSecond);
    quint64 bandwidthLimit() const { return m_bandwidthLimit; }

    void start();
    // Thread-safe and never blocks: raises a flag the copy thread checks between chunks;
    // that thread then aborts the streams (virStreamAbort) and deletes the partial
    // destination.
    void cancel();
    State state() const { return m_state; }
    bool isFinished() const
    {
        return m_state == State::Completed || m_state == State::Failed || m_state == State::Cancelled;
    }
    const CopyProgress &progress() const { return m_progress; }
    QString errorMessage() const { return m_errorMessage; }
    // The destination volume's path once created (empty for a local file destination).
    QString destinationPath() const { return m_destinationPath; }

Q_SIGNALS:
    void stateChanged(VolumeCopyJob::State state);
    void progressChanged(const CopyProgress &progress); // at most ~10 times a second
    // Completed, Failed or Cancelled; message empty on success.
    void finished(bool succeeded, const QString &message);

private:
    class Runner;

    void setState(State state);
    void finish(State state, const QString &message);

    VolumeEndpoint m_source;
    VolumeEndpoint m_destination;
    State m_state = State::Idle;
    CopyProgress m_progress;
    QString m_errorMessage;
    QString m_destinationPath;
    quint64 m_bandwidthLimit = 0;
    QThread *m_thread = nullptr;
    std::atomic_bool m_cancelRequested = false;
};

Q_DECLARE_METATYPE(CopyProgress)
