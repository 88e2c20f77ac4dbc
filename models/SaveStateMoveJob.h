// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: Virt Ferry contributors
#pragma once

#include "ConnectionHandle.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>

class QThread;
class VolumeCopyJob;

struct SaveStateMoveRequest
{
    ConnectionHandle source;
    ConnectionHandle destination;
    QString domainName; // on the source; running or paused, persistent
    QString statePool; // on the source: where the memory state file is written
    QString destinationPool; // on the destination: where disks and the state file are copied
    bool sharedStorage = false; // disks and state pool visible on both hosts: copy nothing
    QString newName; // empty: keep the name
    bool deleteSourceVolumes = false; // only after verified copies
};

// Save state and move (the article's S4): saves the running VM's memory to a file in a
// storage pool (virDomainSaveFlags), copies the disks and the state file to the
// destination pool with the copy engine (nothing on shared storage), restores it there
// (virDomainRestoreFlags with the rewritten XML) so the guest resumes where it stopped,
// then undefines it on the source and removes the state files. Any failure after the
// save restores the VM on the source from its state file and removes what was copied:
// the VM ends running on exactly one host.
//
// The destination is first given the persistent definition (rewritten like the restore
// XML), then the restore: libvirt then attaches the restored guest to that definition, so
// the result is persistent there. The state file is named "<vm>.vfstate"; it is deleted
// on both hosts at the end. With deleteSourceVolumes, every copied disk is verified (same
// capacity, same SHA-256) while the guest is still saved, and only verified volumes are
// deleted, after the restore and the undefine went through.
//
// Lives on the GUI thread; every libvirt call runs on threads of its own. Destroy it only
// once finished: a job destroyed mid-way stops its current step but cannot roll back.
class SaveStateMoveJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SaveStateMoveJob)

public:
    enum class State { Idle, Checking, Saving, Copying, Restoring, CleaningUp, Completed, Failed, Cancelled };
    Q_ENUM(State)
    // Where the domain runs after the job.
    enum class FinalHost { Unknown, Source, Destination, Both, None };
    Q_ENUM(FinalHost)

    explicit SaveStateMoveJob(SaveStateMoveRequest request, QObject *parent = nullptr);
    ~SaveStateMoveJob() override;

    void start();
    void cancel(); // never blocks
    State state() const { return m_state; }
    bool isFinished() const
    {
        return m_state == State::Completed || m_state == State::Failed || m_state == State::Cancelled;
    }
    QString errorMessage() const { return m_errorMessage; }
    // As checked on both hosts at the end (by UUID).
    FinalHost finalHost() const { return m_finalHost; }
    // The state file on the source, once saved ("<pool path>/<vm>.vfstate").
    QString stateFilePath() const { return m_stateSourcePath; }

    // The name of the state file a request uses in its pools.
    static QString stateFileName(const QString &domainName);

Q_SIGNALS:
    void stateChanged(SaveStateMoveJob::State state);
    void progressChanged(quint64 bytesDone, quint64 bytesTotal);
    void finished(bool succeeded, const QString &message);

private:
    struct Disk
    {
        QString targetDev;
        QString sourcePool;
        QString sourceVolume;
        QString sourcePath;
        quint64 capacity = 0;
        quint64 streamLength = 0;
        bool copied = false; // a copy exists in the destination pool
    };
    struct CheckResult;
    struct SaveResult;
    struct RestoreResult;
    struct RollbackInput;

    void setState(State state);
    void runOnThread(std::function<void()> work);
    void checked(const CheckResult &result);
    void saved(const SaveResult &result);
    void copyNext();
    void copyFinished(bool succeeded, const QString &message);
    void startRestore();
    void restored(const RestoreResult &result);
    // Any failure after the save: the guest goes back to running on the source from its
    // state file, and the copies on the destination are deleted.
    void rollBack(State finalState, const QString &message);
    void finish(State state, const QString &message, FinalHost where);

    const SaveStateMoveRequest m_request;
    State m_state = State::Idle;
    FinalHost m_finalHost = FinalHost::Unknown;
    QString m_errorMessage;
    QString m_uuid;
    QString m_domainXml; // persistent definition on the source
    QString m_destinationName;
    QString m_stateName;
    QString m_stateSourcePath;
    QString m_stateXml; // from the state file: what the restore gets, rewritten
    quint64 m_stateLength = 0;
    bool m_saved = false;
    bool m_stateCopied = false;
    QList<Disk> m_disks;
    int m_currentCopy = -1; // m_disks.size() is the state file
    quint64 m_bytesDone = 0;
    quint64 m_bytesTotal = 0;
    QPointer<VolumeCopyJob> m_copy;
    QThread *m_thread = nullptr;
    std::atomic_bool m_cancelRequested = false;
    // Shared with the thread that aborts the save, which may outlive the job.
    std::shared_ptr<std::atomic_bool> m_saveReturned = std::make_shared<std::atomic_bool>(false);
};
