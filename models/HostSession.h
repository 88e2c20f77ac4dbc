// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: Virt Ferry contributors
#pragma once

#include "CredentialExchange.h"
#include "HostKeyQuestion.h"

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QStringList>

class HostSessionWorker;
class QThread;
class QTimer;

// The app's own SSH client (libssh) for host tasks: commands, and files over SFTP.
// The GUI thread's handle on one session; it never blocks. Every libssh call runs on a
// worker with a thread of its own; results come back as signals. A connect attempt that
// takes longer than Options::connectTimeoutMs is abandoned (the worker may stay stuck in
// a blocking call; it cleans up after itself and is never waited for).
//
// Requests are served one at a time, in order. Each returns an id at once; the answer
// (commandFinished, fileRead, fileWritten) always comes, also when the session is not
// open or closes first, and always later than the call, never from inside it.
class HostSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HostSession)

public:
    struct Options
    {
        QString host;
        int port = 22;
        QString user; // empty: the SSH config's, or the local user name
        QString knownHostsFile; // empty: ~/.ssh/known_hosts
        QString identityFile; // optional; tried before the default keys
        bool useAgent = true; // only where SSH_AUTH_SOCK is set
        bool allowPassword = true;
        int connectTimeoutMs = 15000;
    };
    enum class State { Closed, Opening, Open, Failed };
    Q_ENUM(State)

    static constexpr int kDefaultCommandTimeoutMs = 30000;

    explicit HostSession(QObject *parent = nullptr);
    ~HostSession() override;

    static QString defaultKnownHostsFile();

    // Connects, checks the host key and authenticates. Answers with opened() or failed(),
    // possibly after hostKeyQuestion() and credentialsRequested() (the connect timeout is
    // paused while a question waits for the user). Closes a session already open.
    void open(const Options &options);
    // Ends the session. Requests still waiting are answered with an error. Emits closed()
    // if a session was open or opening.
    void close();

    State state() const { return m_state; }
    bool isOpen() const { return m_state == State::Open; }
    const Options &options() const { return m_options; }
    // Why the session failed or ended; empty while opening or open.
    const QString &errorString() const { return m_errorString; }
    // "user@host" or "user@host:port", for messages.
    QString destination() const;

    // Runs argv[0] with the rest as its arguments. The remote login shell receives the
    // command line built by shellCommand(), so every argument arrives verbatim (the
    // account's shell must be a POSIX one: sh, bash, dash, zsh). stdinData is written to
    // the command's standard input, then closed. After timeoutMs the command's process
    // group is killed (SIGKILL), its channel closed, and the answer carries an error.
    quint64 runCommand(
        const QStringList &argv, const QByteArray &stdinData = {}, int timeoutMs = kDefaultCommandTimeoutMs);
    quint64 readFile(const QString &path);
    // Creates or truncates `path` and sets its permission bits to `mode`.
    quint64 writeFile(const QString &path, const QByteArray &data, int mode = 0644);

Q_SIGNALS:
    // Unknown key: answer it to go on. Changed key: informational, the session fails
    // whatever the answer, with a "possible man-in-the-middle" message.
    void hostKeyQuestion(const HostKeyQuestionPtr &question);
    // A password (Kind::Password) or a key's passphrase (Kind::Passphrase).
    void credentialsRequested(const CredentialExchangePtr &exchange);
    void opened();
    void failed(const QString &message);
    void closed();
    // exitStatus is -1 whenever error is set. Output is returned also on a timeout.
    void commandFinished(quint64 id, int exitStatus, const QByteArray &stdoutData,
        const QByteArray &stderrData, const QString &error);
    void fileRead(quint64 id, const QByteArray &data, const QString &error);
    void fileWritten(quint64 id, const QString &error);

private:
    enum class RequestKind { Command, Read, Write };

    void setState(State state, const QString &reason = {});
    void startWorker();
    void retireWorker(bool abandon);
    void onOpened();
    void onOpenFailed(const QString &message);
    void onConnectionLost(const QString &reason);
    void onConnectTimeout();
    void onQuestionAsked();
    void onQuestionAnswered();
    void answerLater(quint64 id, RequestKind kind, const QString &error);
    void failPendingRequests(const QString &error);
    bool takePending(quint64 id);
    template <typename Function> void invokeOnWorker(Function function);

    Options m_options;
    State m_state = State::Closed;
    QString m_errorString;
    QThread *m_thread = nullptr;
    HostSessionWorker *m_worker = nullptr;
    quint64 m_workerGeneration = 0; // results of a retired worker are dropped
    QTimer *m_connectTimer = nullptr;
    CredentialExchangePtr m_pendingExchange;
    HostKeyQuestionPtr m_pendingQuestion;
    QHash<quint64, RequestKind> m_pendingRequests;
    quint64 m_nextRequestId = 1;
};
