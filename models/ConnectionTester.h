// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: Virt Ferry contributors
#pragma once

#include "CredentialExchange.h"
#include "HostKeyQuestion.h"
#include "HostSession.h"
#include "LibvirtError.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QUrl>

class ConnectionTesterWorker;
class QThread;
class QTimer;

// Checks a libvirt URI step by step and says, in plain words, where it breaks: name and
// port, SSH login, libvirt on the far side, then the libvirt connection itself. Lives in
// the GUI thread and never blocks it: lookups, connects and virConnectOpenAuth run on a
// worker thread of its own (abandoned, never waited for, when it overruns the step
// timeout or the test is cancelled); SSH runs on a HostSession, which has its own.
class ConnectionTester final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionTester)

public:
    enum class Step { Reachability, SshLogin, RemoteLibvirt, LibvirtConnection };
    Q_ENUM(Step)
    enum class Outcome { Pending, Running, Passed, Failed, Skipped };
    Q_ENUM(Outcome)
    // Why a step failed, for code that reacts to it (the hint is the user's version).
    enum class Problem {
        None,
        NameDoesNotResolve,
        ConnectionRefused,
        NoAnswer,
        Unreachable,
        NetworkError,
        HostKeyChanged,
        HostKeyNotTrusted,
        SshLoginFailed,
        LibvirtMissing,
        CommandFailed,
        LibvirtError,
        TimedOut,
        Cancelled,
    };
    Q_ENUM(Problem)

    struct StepResult
    {
        Step step = Step::Reachability;
        Outcome outcome = Outcome::Pending;
        QString detail; // what was seen: the pass text, an error message, why it was skipped
        QString hint; // what to do about a failure, in plain words; empty otherwise
        Problem problem = Problem::None;
        LibvirtError libvirtError; // LibvirtConnection failures only
    };

    static constexpr int kStepCount = 4;
    static constexpr int kDefaultStepTimeoutMs = 15000;

    explicit ConnectionTester(QObject *parent = nullptr);
    ~ConnectionTester() override; // cancels a test that runs

    static QString stepName(Step step);

    void setStepTimeout(int milliseconds) { m_stepTimeoutMs = milliseconds; }
    int stepTimeout() const { return m_stepTimeoutMs; }

    // Starts testing `uri`, cancelling a test that runs. Results come as signals, never
    // from inside this call.
    void start(const QString &uri);
    // Stops the test: the running step and the ones after it end as Skipped ("cancelled").
    void cancel();

    bool isRunning() const { return m_running; }
    const QString &uri() const { return m_uri; }
    const QList<StepResult> &results() const { return m_results; }
    const StepResult &result(Step step) const { return m_results.at(int(step)); }

Q_SIGNALS:
    void stepStarted(ConnectionTester::Step step);
    void stepFinished(const ConnectionTester::StepResult &result);
    void finished(bool allPassed);
    // Forwarded from the SSH session and from libvirt's credential callback: answer them
    // as for a real connection (HostKeyDialog, CredentialPrompter).
    void hostKeyQuestion(const HostKeyQuestionPtr &question);
    void credentialsRequested(const CredentialExchangePtr &exchange);

private:
    enum class Route { Local, Ssh, Daemon };

    void runStep(Step step);
    void finishStep(Outcome outcome, const QString &detail, Problem problem = Problem::None,
        const QString &hint = {}, const LibvirtError &error = {});
    void skipRemaining(const QString &why);
    void startReachability();
    void startSshLogin();
    void startRemoteLibvirtCheck();
    void startLibvirtConnection();
    void onReachabilityChecked(int reach, const QString &address, const QString &detail);
    void onSessionFailed(const QString &message);
    void onCommandFinished(quint64 id, int exitStatus, const QByteArray &out, const QByteArray &err,
        const QString &error);
    void onLibvirtChecked(bool succeeded, const QString &summary, const LibvirtError &error);
    void onStepTimeout();
    void onWorkerCredentialsRequested(const CredentialExchangePtr &exchange);
    void ensureWorker();
    void retireWorker();
    void closeSession();
    void cancelPendingQuestions();
    HostSession::Options sessionOptions() const;
    QString authMethodsText() const;
    static QString libvirtHint(const LibvirtError &error, bool remote);

    QString m_uri;
    QUrl m_url;
    Route m_route = Route::Local;
    QString m_transport;
    QString m_host;
    int m_port = 0;
    bool m_running = false;
    quint64 m_generation = 0; // queued work of an earlier run is dropped
    int m_stepTimeoutMs = kDefaultStepTimeoutMs;
    Step m_current = Step::Reachability;
    QList<StepResult> m_results;

    QThread *m_thread = nullptr;
    ConnectionTesterWorker *m_worker = nullptr;
    QTimer *m_stepTimer = nullptr;
    HostSession *m_session = nullptr;
    quint64 m_commandId = 0;
    QList<HostKeyInfo::Status> m_hostKeyStatuses; // asked during the SSH step
    HostKeyQuestionPtr m_lastHostKeyQuestion;
    CredentialExchangePtr m_pendingExchange;
};

Q_DECLARE_METATYPE(ConnectionTester::StepResult)
