// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: Virt Ferry contributors
#include "ExportsApplier.h"

#include "HostSession.h"
#include "ShellQuoting.h"
#include "Tr.h"

#include <QTimer>

QString ExportsApplier::exportsPath()
{
    return QStringLiteral("/etc/exports");
}

QString ExportsApplier::temporaryPath()
{
    return QStringLiteral("/etc/exports.virt-ferry.tmp");
}

QString ExportsApplier::backupPath()
{
    return QStringLiteral("/etc/exports.virt-ferry.bak");
}

ExportsApplier::ExportsApplier(HostSession *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
{
    if (session) {
        connect(session, &HostSession::commandFinished, this, &ExportsApplier::onCommandFinished);
        connect(session, &HostSession::fileRead, this, &ExportsApplier::onFileRead);
        connect(session, &HostSession::fileWritten, this, &ExportsApplier::onFileWritten);
    }
}

ExportsApplier::~ExportsApplier() = default;

void ExportsApplier::load()
{
    if (m_busy || !m_session) {
        const QString error = m_busy ? tr("Another operation on /etc/exports is still running.")
                                     : tr("There is no SSH session.");
        QTimer::singleShot(0, this, [this, error] { Q_EMIT loaded({}, error); });
        return;
    }
    m_busy = true;
    m_loading = true;
    m_requestId = m_session->readFile(exportsPath());
}

void ExportsApplier::onFileRead(quint64 id, const QByteArray &data, const QString &error)
{
    if (!m_loading || id != m_requestId)
        return;
    m_loading = false;
    m_busy = false;
    Q_EMIT loaded(data, error);
}

void ExportsApplier::apply(const QByteArray &newContent, const QStringList &directoriesToCreate)
{
    if (m_busy || !m_session) {
        const QString error = m_busy ? tr("Another operation on /etc/exports is still running.")
                                     : tr("There is no SSH session.");
        QTimer::singleShot(0, this, [this, error] { Q_EMIT finished(false, error); });
        return;
    }
    m_busy = true;
    m_newContent = newContent;
    m_directories = directoriesToCreate;
    m_directories.removeAll(QString());
    m_directories.removeDuplicates();
    m_hadOriginal = false;
    m_output.clear();
    createDirectories();
}

void ExportsApplier::log(const QString &text)
{
    m_output += text;
    if (!m_output.endsWith(u'\n'))
        m_output += u'\n';
}

void ExportsApplier::runStep(const QString &step, const QStringList &argv, CommandHandler next)
{
    Q_EMIT progress(step);
    log(QStringLiteral("$ ") + shellCommand(argv));
    m_commandHandler = std::move(next);
    m_requestId = m_session ? m_session->runCommand(argv) : 0;
    if (!m_session)
        QTimer::singleShot(
            0, this, [this] { onCommandFinished(0, -1, {}, {}, tr("The SSH session is gone.")); });
}

void ExportsApplier::writeStep(
    const QString &step, const QString &path, const QByteArray &data, FileHandler next)
{
    Q_EMIT progress(step);
    log(tr("(SFTP) writing %1 (%n byte(s))", nullptr, int(data.size())).arg(path));
    m_fileHandler = std::move(next);
    m_requestId = m_session ? m_session->writeFile(path, data, 0644) : 0;
    if (!m_session)
        QTimer::singleShot(0, this, [this] { onFileWritten(0, tr("The SSH session is gone.")); });
}

void ExportsApplier::onCommandFinished(quint64 id, int exitStatus, const QByteArray &stdoutData,
    const QByteArray &stderrData, const QString &error)
{
    if (!m_commandHandler || id != m_requestId)
        return;
    if (!stdoutData.isEmpty())
        log(QString::fromUtf8(stdoutData));
    if (!stderrData.isEmpty())
        log(QString::fromUtf8(stderrData));
    if (!error.isEmpty())
        log(tr("error: %1").arg(error));
    else if (exitStatus != 0)
        log(tr("(exit status %1)").arg(exitStatus));
    CommandHandler handler = std::exchange(m_commandHandler, {});
    handler(CommandResult { exitStatus, error });
}

void ExportsApplier::onFileWritten(quint64 id, const QString &error)
{
    if (!m_fileHandler || id != m_requestId)
        return;
    if (!error.isEmpty())
        log(tr("error: %1").arg(error));
    FileHandler handler = std::exchange(m_fileHandler, {});
    handler(error);
}

void ExportsApplier::createDirectories()
{
    if (m_directories.isEmpty())
        return writeTemporary();
    QStringList argv = { QStringLiteral("mkdir"), QStringLiteral("-p"), QStringLiteral("--") };
    argv += m_directories;
    runStep(tr("Creating %1").arg(Tr::joinedList(m_directories)), argv,
        [this](const CommandResult &result) {
            if (!result.succeeded())
                return finish(
                    false, tr("Could not create the exported directories; /etc/exports was not changed."));
            writeTemporary();
        });
}

void ExportsApplier::writeTemporary()
{
    writeStep(tr("Writing the new exports to %1").arg(temporaryPath()), temporaryPath(), m_newContent,
        [this](const QString &error) {
            if (!error.isEmpty())
                return abandonBeforeReplacing(tr("Could not write the new exports file."));
            checkExisting();
        });
}

void ExportsApplier::checkExisting()
{
    runStep(tr("Checking for an existing %1").arg(exportsPath()),
        { QStringLiteral("test"), QStringLiteral("-e"), exportsPath() }, [this](const CommandResult &result) {
            if (!result.error.isEmpty() || (result.exitStatus != 0 && result.exitStatus != 1))
                return abandonBeforeReplacing(tr("Could not check for an existing %1.").arg(exportsPath()));
            m_hadOriginal = result.exitStatus == 0;
            backUp();
        });
}

void ExportsApplier::backUp()
{
    if (!m_hadOriginal) {
        // No current file: a backup left by an earlier run would only mislead.
        runStep(tr("Removing an old backup"),
            { QStringLiteral("rm"), QStringLiteral("-f"), QStringLiteral("--"), backupPath() },
            [this](const CommandResult &result) {
                if (!result.succeeded())
                    return abandonBeforeReplacing(
                        tr("Could not remove the old backup %1.").arg(backupPath()));
                replace();
            });
        return;
    }
    runStep(tr("Keeping a backup in %1").arg(backupPath()),
        { QStringLiteral("cp"), QStringLiteral("-p"), QStringLiteral("--"), exportsPath(), backupPath() },
        [this](const CommandResult &result) {
            if (!result.succeeded())
                return abandonBeforeReplacing(tr("Could not back up %1.").arg(exportsPath()));
            replace();
        });
}

void ExportsApplier::replace()
{
    runStep(tr("Replacing %1").arg(exportsPath()),
        { QStringLiteral("mv"), QStringLiteral("-f"), QStringLiteral("--"), temporaryPath(), exportsPath() },
        [this](const CommandResult &result) {
            if (result.succeeded())
                return reload();
            if (!result.error.isEmpty())
                return abandonBeforeReplacing(tr("Could not replace %1.").arg(exportsPath()));
            // rename(2) cannot replace a mount point (EBUSY): /etc/exports bind-mounted
            // into a container or a lab. Only then, overwrite it in place instead.
            runStep(tr("Checking whether %1 is a mount point").arg(exportsPath()),
                { QStringLiteral("mountpoint"), QStringLiteral("-q"), QStringLiteral("--"), exportsPath() },
                [this](const CommandResult &check) {
                    if (!check.succeeded())
                        return abandonBeforeReplacing(tr("Could not replace %1.").arg(exportsPath()));
                    log(tr("%1 is a mount point and cannot be renamed over; copying the new content "
                           "into it instead (not atomic; the backup is kept).")
                            .arg(exportsPath()));
                    replaceInPlace();
                });
        });
}

void ExportsApplier::replaceInPlace()
{
    runStep(tr("Copying the new exports into %1").arg(exportsPath()),
        { QStringLiteral("cp"), QStringLiteral("--"), temporaryPath(), exportsPath() },
        [this](const CommandResult &result) {
            if (!result.succeeded()) // a failed cp may have truncated the file: restore
                return restore(tr("Could not copy the new content into %1.").arg(exportsPath()));
            runStep(tr("Removing %1").arg(temporaryPath()),
                { QStringLiteral("rm"), QStringLiteral("-f"), QStringLiteral("--"), temporaryPath() },
                [this](const CommandResult &) { reload(); });
        });
}

void ExportsApplier::reload()
{
    runStep(tr("Reloading the exports (exportfs -ra)"), { QStringLiteral("exportfs"), QStringLiteral("-ra") },
        [this](const CommandResult &result) {
            if (!result.succeeded())
                return restore(tr("exportfs rejected the new exports."));
            finish(true,
                tr("The new exports are active. The previous file is kept in %1.")
                    .arg(m_hadOriginal ? backupPath() : tr("(none: there was no %1)").arg(exportsPath())));
        });
}

void ExportsApplier::restore(const QString &why)
{
    log(why);
    const auto reloadRestored = [this, why](bool restored) {
        runStep(tr("Reloading the restored exports (exportfs -ra)"),
            { QStringLiteral("exportfs"), QStringLiteral("-ra") },
            [this, why, restored](const CommandResult &result) {
                if (restored && result.succeeded())
                    finish(false,
                        why + u' '
                            + tr("The previous %1 was restored and is active again.").arg(exportsPath()));
                else if (restored)
                    finish(false,
                        why + u' '
                            + tr("The previous %1 was restored, but reloading it failed too: check the "
                                 "server's exports by hand.")
                                  .arg(exportsPath()));
                else
                    finish(false,
                        why + u' '
                            + tr("Restoring the previous %1 from %2 failed: fix the file by hand.")
                                  .arg(exportsPath(), backupPath()));
            });
    };
    if (m_hadOriginal) {
        runStep(tr("Restoring %1 from %2").arg(exportsPath(), backupPath()),
            { QStringLiteral("cp"), QStringLiteral("-p"), QStringLiteral("--"), backupPath(), exportsPath() },
            [reloadRestored](const CommandResult &result) { reloadRestored(result.succeeded()); });
    } else {
        runStep(tr("Removing the new %1 (there was none before)").arg(exportsPath()),
            { QStringLiteral("rm"), QStringLiteral("-f"), QStringLiteral("--"), exportsPath() },
            [reloadRestored](const CommandResult &result) { reloadRestored(result.succeeded()); });
    }
}

void ExportsApplier::abandonBeforeReplacing(const QString &why)
{
    // /etc/exports is untouched; only the temporary file may be left over.
    runStep(tr("Removing %1").arg(temporaryPath()),
        { QStringLiteral("rm"), QStringLiteral("-f"), QStringLiteral("--"), temporaryPath() },
        [this, why](const CommandResult &) {
            finish(false, why + u' ' + tr("%1 was not changed.").arg(exportsPath()));
        });
}

void ExportsApplier::finish(bool succeeded, const QString &summary)
{
    log(summary);
    m_busy = false;
    m_commandHandler = {};
    m_fileHandler = {};
    m_newContent.clear();
    Q_EMIT finished(succeeded, std::exchange(m_output, {}));
}
