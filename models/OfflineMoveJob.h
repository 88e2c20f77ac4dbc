// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: Virt Ferry contributors
#pragma once

#include "ConnectionHandle.h"
#include "VolumeCopyJob.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

#include <atomic>
#include <functional>

#include <libvirt/libvirt.h>

class QThread;

// The SHA-256 of a volume's contents as its storage stream delivers them (the file's bytes
// for qcow2, the disk for raw), read with virStorageVolDownload on the calling thread.
// Holes count as the zeros they read as, so a sparse copy and a thick one hash alike.
// Stops early when `cancel` becomes true. Blocks: never call it on the GUI thread.
struct VolumeDigest
{
    QByteArray sha256; // hex; empty on error or cancel
    quint64 bytes = 0; // hashed, holes included
    QString error;
    bool cancelled = false;
};
VolumeDigest volumeSha256(virStorageVolPtr volume, const std::atomic_bool &cancel);

struct OfflineMoveRequest
{
    ConnectionHandle source;
    ConnectionHandle destination;
    QString domainName; // on the source; must be persistent and shut off
    QString destinationPool; // every copied disk lands here (same volume name)
    QString newName; // empty: keep the name
    bool undefineSource = false;
    // Only together with undefineSource, and only after the copies were checked: same
    // capacity and the same SHA-256 on both hosts (volumeSha256). A mismatch keeps the
    // source volumes and the job completes with a warning.
    bool deleteSourceVolumes = false;
};

// One disk that is copied.
struct OfflineMoveDisk
{
    QString targetDev;
    QString sourcePool;
    QString sourceVolume;
    QString sourcePath;
    QString format;
    quint64 capacity = 0;
    quint64 streamLength = 0; // what the copy streams (capacity for raw, file size for qcow2)
    QString destinationPath; // once copied
};

// Moves a shut-off persistent domain to another host: copies every disk that lives in a
// storage pool on the source into one pool on the destination (VolumeCopyJob, sparse
// streams), rewrites the disk sources in the domain XML (DomainDisks), defines it there
// (VALIDATE), and only if asked undefines it on the source and deletes the source
// volumes. Network disks are kept as they are (reachable from both hosts, presumably);
// a running domain, a disk outside every pool, a name already used on the destination
// are refused before anything is written. Failure or cancel deletes the destination
// volumes already copied and leaves the source as it was, still defined.
//
// Lives on the GUI thread; every libvirt call runs on a thread of its own (checks,
// define, clean-up) or in the copy jobs' threads. Destroy it only once finished: a job
// destroyed mid-way cancels its current copy but cannot remove earlier copies.
class OfflineMoveJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OfflineMoveJob)

public:
    enum class State { Idle, Checking, Copying, Defining, CleaningUp, Completed, Failed, Cancelled };
    Q_ENUM(State)

    explicit OfflineMoveJob(OfflineMoveRequest request, QObject *parent = nullptr);
    ~OfflineMoveJob() override;

    void start();
    // Never blocks: the current step notices and the job cleans up.
    void cancel();

    State state() const { return m_state; }
    bool isFinished() const
    {
        return m_state == State::Completed || m_state == State::Failed || m_state == State::Cancelled;
    }
    QString errorMessage() const { return m_errorMessage; }
    // The disks to copy, known once the checks passed.
    const QList<OfflineMoveDisk> &disks() const { return m_disks; }
    int currentDisk() const { return m_currentDisk; }
    quint64 bytesDone() const { return m_bytesDone; }
    quint64 bytesTotal() const { return m_bytesTotal; }
    // The XML defined on the destination, once defined.
    QString definedXml() const { return m_definedXml; }

Q_SIGNALS:
    void stateChanged(OfflineMoveJob::State state);
    void diskProgress(int index, const CopyProgress &progress);
    void progressChanged(quint64 bytesDone, quint64 bytesTotal);
    // Completed, Failed or Cancelled; on success the message may carry a warning (a
    // source volume that could not be deleted).
    void finished(bool succeeded, const QString &message);

private:
    struct CheckResult;
    struct DefineResult;

    void setState(State state);
    void runOnThread(std::function<void()> work);
    void checked(const CheckResult &result);
    void copyNext();
    void copyFinished(bool succeeded, const QString &message);
    void defined(const DefineResult &result);
    void cleanUp(State finalState, const QString &message);
    void finish(State state, const QString &message);

    const OfflineMoveRequest m_request;
    State m_state = State::Idle;
    QString m_errorMessage;
    QString m_domainXml;
    QString m_destinationName;
    QString m_definedXml;
    QList<OfflineMoveDisk> m_disks;
    int m_currentDisk = -1;
    quint64 m_bytesDone = 0; // of the disks already copied
    quint64 m_bytesTotal = 0;
    QPointer<VolumeCopyJob> m_copy;
    QThread *m_thread = nullptr;
    std::atomic_bool m_cancelRequested = false;
};
