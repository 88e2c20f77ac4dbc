// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: Virt Ferry contributors
#pragma once

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <functional>

class HostSession;

// Reads and replaces an NFS server's /etc/exports over an open HostSession, on the GUI
// thread without blocking (every step is a HostSession request).
//
// apply() creates the requested directories, writes the new content to a temporary file
// beside /etc/exports, keeps a copy of the current file as a backup, renames the
// temporary file over /etc/exports and runs `exportfs -ra`. If anything fails after the
// rename, it puts the backup back and runs `exportfs -ra` again, and reports both. The
// login user must be allowed to write /etc and run exportfs (root).
class ExportsApplier final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportsApplier)

public:
    static QString exportsPath();
    static QString temporaryPath(); // /etc/exports.virt-ferry.tmp
    static QString backupPath(); // /etc/exports.virt-ferry.bak

    explicit ExportsApplier(HostSession *session, QObject *parent = nullptr);
    ~ExportsApplier() override;

    // One operation at a time: while busy, load() and apply() answer with an error at once.
    bool isBusy() const { return m_busy; }

    void load();
    void apply(const QByteArray &newContent, const QStringList &directoriesToCreate);

Q_SIGNALS:
    void loaded(const QByteArray &content, const QString &error);
    void progress(const QString &step);
    // output: every command run, with its output, in order; and what went wrong.
    void finished(bool succeeded, const QString &output);

private:
    struct CommandResult
    {
        int exitStatus = -1;
        QString error; // transport error: the command may not have run at all
        bool succeeded() const { return error.isEmpty() && exitStatus == 0; }
    };
    using CommandHandler = std::function<void(const CommandResult &)>;
    using FileHandler = std::function<void(const QString &error)>;

    void runStep(const QString &step, const QStringList &argv, CommandHandler next);
    void writeStep(const QString &step, const QString &path, const QByteArray &data, FileHandler next);
    void onCommandFinished(quint64 id, int exitStatus, const QByteArray &stdoutData,
        const QByteArray &stderrData, const QString &error);
    void onFileRead(quint64 id, const QByteArray &data, const QString &error);
    void onFileWritten(quint64 id, const QString &error);

    void createDirectories();
    void writeTemporary();
    void checkExisting();
    void backUp();
    void replace();
    void replaceInPlace();
    void reload();
    void restore(const QString &why);
    void abandonBeforeReplacing(const QString &why);
    void finish(bool succeeded, const QString &summary);
    void log(const QString &text);

    QPointer<HostSession> m_session;
    bool m_busy = false;
    quint64 m_requestId = 0;
    CommandHandler m_commandHandler;
    FileHandler m_fileHandler;
    bool m_loading = false;

    QByteArray m_newContent;
    QStringList m_directories;
    bool m_hadOriginal = false;
    QString m_output;
};
