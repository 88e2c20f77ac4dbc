// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: Virt Ferry contributors
#include "ConnectionTester.h"

#include "ConnectionTesterWorker.h"
#include "RetiredThreads.h"
#include "Tr.h"

#include <QDir>
#include <QElapsedTimer>
#include <QLocale>
#include <QPointer>
#include <QThread>
#include <QTimer>
#include <QUrlQuery>

#include <libvirt/virterror.h>

namespace {

using Step = ConnectionTester::Step;
using Outcome = ConnectionTester::Outcome;
using Problem = ConnectionTester::Problem;

// Name resolution and the connect have their own deadline on the worker; this margin lets
// the worker answer first and leaves the outer timer for a lookup stuck in getaddrinfo.
constexpr int kWorkerMarginMs = 1000;

// Finds virt-ssh-helper and libvirt's sockets on the host. Run by the login shell as
// `sh -c SCRIPT sh MODE SOCKET...`; prints "helper PATH" and "socket PATH" lines and
// exits 0 when libvirt is there, 3 when it is not. A session daemon is started on demand
// by virt-ssh-helper, so for /session the helper alone is enough.
const char kRemoteCheckScript[] = R"(mode=$1; shift
if [ "$mode" = session ]; then
    rt=${XDG_RUNTIME_DIR:-/run/user/$(id -u)}
    set -- "$rt/libvirt/libvirt-sock" "$rt/libvirt/virtqemud-sock" "$HOME/.cache/libvirt/libvirt-sock"
fi
helper=$(command -v virt-ssh-helper 2>/dev/null) && echo "helper $helper"
found=
for f in "$@"; do if [ -S "$f" ]; then echo "socket $f"; found=1; fi; done
[ -n "$found" ] && exit 0
[ "$mode" = session ] && [ -n "$helper" ] && exit 0
exit 3
)";

bool allowsPasswords(const QStringList &methods)
{
    return methods.isEmpty() || methods.contains(u"password") || methods.contains(u"keyboard-interactive");
}

} // namespace

ConnectionTester::ConnectionTester(QObject *parent)
    : QObject(parent)
    , m_stepTimer(new QTimer(this))
{
    m_stepTimer->setSingleShot(true);
    connect(m_stepTimer, &QTimer::timeout, this, &ConnectionTester::onStepTimeout);
    for (int i = 0; i < kStepCount; ++i)
        m_results.append(StepResult { Step(i), Outcome::Pending, {}, {}, Problem::None, {} });
}

ConnectionTester::~ConnectionTester()
{
    m_running = false;
    cancelPendingQuestions();
    retireWorker();
    closeSession();
}

QString ConnectionTester::stepName(Step step)
{
    switch (step) {
    case Step::Reachability:
        return Tr::tr("Name resolution and reachability");
    case Step::SshLogin:
        return Tr::tr("SSH login");
    case Step::RemoteLibvirt:
        return Tr::tr("libvirt on the host");
    case Step::LibvirtConnection:
        return Tr::tr("libvirt connection");
    }
    return {};
}

void ConnectionTester::start(const QString &uri)
{
    m_running = false; // a test that runs is replaced silently
    cancelPendingQuestions();
    retireWorker();
    closeSession();
    m_stepTimer->stop();

    m_uri = uri.trimmed();
    m_url = QUrl(m_uri, QUrl::StrictMode);
    const QStringList schemeParts = m_url.scheme().split(u'+');
    m_transport = schemeParts.value(1).toLower();
    m_host = m_url.host(QUrl::FullyDecoded);
    if (m_transport == u"ssh" || m_transport == u"libssh" || m_transport == u"libssh2") {
        m_route = Route::Ssh;
        m_port = m_url.port(22);
    } else if (m_transport == u"tcp") {
        m_route = Route::Daemon;
        m_port = m_url.port(16509);
    } else if (m_transport == u"tls" || (m_transport.isEmpty() && !m_host.isEmpty())) {
        m_route = Route::Daemon; // qemu://host/system is TLS too
        m_port = m_url.port(16514);
    } else {
        m_route = Route::Local; // no transport, unix, or ext: nothing of ours to check on the way
        m_port = 0;
    }
    if (m_route != Route::Local && m_host.isEmpty())
        m_host = QStringLiteral("localhost"); // as libvirt does

    for (StepResult &result : m_results)
        result = StepResult { result.step, Outcome::Pending, {}, {}, Problem::None, {} };
    m_hostKeyStatuses.clear();
    m_running = true;
    const quint64 generation = ++m_generation;
    QTimer::singleShot(0, this, [this, generation] {
        if (m_running && generation == m_generation)
            runStep(Step::Reachability);
    });
}

void ConnectionTester::cancel()
{
    if (!m_running)
        return;
    m_running = false;
    ++m_generation;
    m_stepTimer->stop();
    cancelPendingQuestions();
    retireWorker();
    closeSession();
    for (StepResult &result : m_results) {
        if (result.outcome != Outcome::Pending && result.outcome != Outcome::Running)
            continue;
        const bool wasRunning = result.outcome == Outcome::Running;
        result.outcome = Outcome::Skipped;
        result.problem = wasRunning ? Problem::Cancelled : Problem::None;
        result.detail = wasRunning ? Tr::tr("Cancelled.") : Tr::tr("Not run: the test was cancelled.");
        Q_EMIT stepFinished(result);
    }
    Q_EMIT finished(false);
}

void ConnectionTester::runStep(Step step)
{
    m_current = step;
    const bool ssh = m_route == Route::Ssh;
    QString skipReason;
    if (m_route == Route::Local) {
        if (step != Step::LibvirtConnection)
            skipReason = Tr::tr("Not needed: %1 is a local connection, no network is involved.").arg(m_uri);
    } else if (!ssh && (step == Step::SshLogin || step == Step::RemoteLibvirt)) {
        skipReason = Tr::tr("Not needed: the %1 transport talks to libvirt's daemon directly, not over SSH.")
                         .arg(m_transport.isEmpty() ? QStringLiteral("tls") : m_transport);
    }
    if (!skipReason.isEmpty()) {
        m_results[int(step)].outcome = Outcome::Running;
        finishStep(Outcome::Skipped, skipReason);
        return;
    }

    m_results[int(step)].outcome = Outcome::Running;
    Q_EMIT stepStarted(step);
    switch (step) {
    case Step::Reachability:
        startReachability();
        break;
    case Step::SshLogin:
        startSshLogin();
        break;
    case Step::RemoteLibvirt:
        startRemoteLibvirtCheck();
        break;
    case Step::LibvirtConnection:
        startLibvirtConnection();
        break;
    }
}

void ConnectionTester::finishStep(
    Outcome outcome, const QString &detail, Problem problem, const QString &hint, const LibvirtError &error)
{
    if (!m_running)
        return;
    m_stepTimer->stop();
    StepResult &result = m_results[int(m_current)];
    result.outcome = outcome;
    result.detail = detail;
    result.problem = problem;
    result.hint = hint;
    result.libvirtError = error;
    Q_EMIT stepFinished(result);
    if (!m_running)
        return; // a receiver cancelled

    if (outcome == Outcome::Failed) {
        skipRemaining(Tr::tr("Not run: \"%1\" failed.").arg(stepName(m_current)));
        return;
    }
    if (m_current == Step::LibvirtConnection) {
        m_running = false;
        retireWorker();
        closeSession();
        Q_EMIT finished(true);
        return;
    }
    runStep(Step(int(m_current) + 1));
}

void ConnectionTester::skipRemaining(const QString &why)
{
    m_running = false;
    retireWorker();
    closeSession();
    for (int i = int(m_current) + 1; i < kStepCount; ++i) {
        StepResult &result = m_results[i];
        result.outcome = Outcome::Skipped;
        result.detail = why;
        Q_EMIT stepFinished(result);
    }
    Q_EMIT finished(false);
}

// Step 1 -------------------------------------------------------------------------------

void ConnectionTester::startReachability()
{
    ensureWorker();
    m_stepTimer->start(m_stepTimeoutMs + kWorkerMarginMs);
    QMetaObject::invokeMethod(
        m_worker,
        [worker = m_worker, host = m_host, port = m_port, timeout = m_stepTimeoutMs] {
            worker->checkReachability(host, port, timeout);
        },
        Qt::QueuedConnection);
}

void ConnectionTester::onReachabilityChecked(int reach, const QString &address, const QString &detail)
{
    const bool ssh = m_route == Route::Ssh;
    const QString where = address.isEmpty() || address == m_host
        ? Tr::tr("%1, port %2").arg(m_host).arg(m_port)
        : Tr::tr("%1 (%2), port %3").arg(m_host, address).arg(m_port);
    switch (ConnectionTesterWorker::Reach(reach)) {
    case ConnectionTesterWorker::Reach::Reached:
        finishStep(Outcome::Passed,
            address == m_host ? Tr::tr("Port %1 on %2 answers.").arg(m_port).arg(address)
                              : Tr::tr("%1 resolves to %2; port %3 answers.").arg(m_host, address).arg(m_port));
        return;
    case ConnectionTesterWorker::Reach::DoesNotResolve:
        finishStep(Outcome::Failed, Tr::tr("Cannot look up %1: %2").arg(m_host, detail), Problem::NameDoesNotResolve,
            Tr::tr("The name does not resolve: check the spelling of \"%1\", your DNS settings or /etc/hosts, "
                   "or use the host's IP address.")
                .arg(m_host));
        return;
    case ConnectionTesterWorker::Reach::Refused:
        finishStep(Outcome::Failed, Tr::tr("%1: %2").arg(where, detail), Problem::ConnectionRefused,
            ssh ? Tr::tr("Connection refused: no SSH server on port %1. Is sshd installed and running on the "
                         "host, and is the port right?")
                      .arg(m_port)
                : Tr::tr("Connection refused: no libvirt daemon listens on port %1. On the host, enable "
                         "libvirtd's %2 listener (virtproxyd-%2.socket or listen_%2 in libvirtd.conf).")
                      .arg(m_port)
                      .arg(m_port == 16509 ? QStringLiteral("tcp") : QStringLiteral("tls")));
        return;
    case ConnectionTesterWorker::Reach::NoAnswer:
        finishStep(Outcome::Failed,
            Tr::tr("%1: no answer within %2 s.").arg(where, QLocale().toString(m_stepTimeoutMs / 1000.0, 'g', 3)),
            Problem::NoAnswer,
            Tr::tr("No answer: a firewall drops the connection, or the address is wrong (is the host up?)."));
        return;
    case ConnectionTesterWorker::Reach::Unreachable:
        finishStep(Outcome::Failed, Tr::tr("%1: %2").arg(where, detail), Problem::Unreachable,
            Tr::tr("No route to the host: the address is wrong, or the host or its network is down."));
        return;
    case ConnectionTesterWorker::Reach::OtherError:
        break;
    }
    finishStep(Outcome::Failed, Tr::tr("%1: %2").arg(where, detail), Problem::NetworkError,
        Tr::tr("The network refused the connection; the message says why."));
}

// Step 2 -------------------------------------------------------------------------------

HostSession::Options ConnectionTester::sessionOptions() const
{
    const QUrlQuery query(m_url);
    HostSession::Options options;
    options.host = m_host;
    options.port = m_port;
    options.user = m_url.userName(QUrl::FullyDecoded);
    options.identityFile = query.queryItemValue(QStringLiteral("keyfile"), QUrl::FullyDecoded);
    options.connectTimeoutMs = m_stepTimeoutMs;
    if (m_transport != u"ssh") {
        // libvirt's libssh transports keep their own known_hosts unless the URI names one.
        options.knownHostsFile = query.queryItemValue(QStringLiteral("known_hosts"), QUrl::FullyDecoded);
        if (options.knownHostsFile.isEmpty()) {
            const QString configHome = qEnvironmentVariable("XDG_CONFIG_HOME", QDir::homePath() + QStringLiteral("/.config"));
            options.knownHostsFile = configHome + QStringLiteral("/libvirt/known_hosts");
        }
        const QStringList methods = query.queryItemValue(QStringLiteral("sshauth"), QUrl::FullyDecoded)
                                        .split(u',', Qt::SkipEmptyParts);
        options.useAgent = methods.isEmpty() || methods.contains(u"agent");
        options.allowPassword = allowsPasswords(methods);
    }
    return options;
}

QString ConnectionTester::authMethodsText() const
{
    const HostSession::Options options = sessionOptions();
    QStringList methods;
    if (options.useAgent && qEnvironmentVariableIsSet("SSH_AUTH_SOCK"))
        methods.append(Tr::tr("the SSH agent"));
    methods.append(options.identityFile.isEmpty() ? Tr::tr("your default keys (~/.ssh/id_*)")
                                                  : Tr::tr("the key file %1").arg(options.identityFile));
    if (options.allowPassword)
        methods.append(Tr::tr("a password"));
    return Tr::joinedList(methods);
}

void ConnectionTester::startSshLogin()
{
    closeSession();
    m_session = new HostSession(this);
    const bool ignoreHostKeys = QUrlQuery(m_url).queryItemValue(QStringLiteral("known_hosts_verify")) == u"ignore"
        && m_transport != u"ssh";
    connect(m_session, &HostSession::hostKeyQuestion, this, [this, ignoreHostKeys](const HostKeyQuestionPtr &question) {
        m_hostKeyStatuses.append(question->info().status);
        m_lastHostKeyQuestion = question;
        if (ignoreHostKeys && question->canTrust()) {
            question->answer(HostKeyDecision::TrustOnce); // what libvirt itself will do for this URI
            return;
        }
        Q_EMIT hostKeyQuestion(question);
    });
    connect(m_session, &HostSession::credentialsRequested, this, [this](const CredentialExchangePtr &exchange) {
        m_pendingExchange = exchange;
        Q_EMIT credentialsRequested(exchange);
    });
    connect(m_session, &HostSession::opened, this, [this] {
        m_lastHostKeyQuestion.reset();
        finishStep(Outcome::Passed, Tr::tr("Logged in to %1.").arg(m_session->destination()));
    });
    connect(m_session, &HostSession::failed, this, &ConnectionTester::onSessionFailed);
    m_session->open(sessionOptions());
}

void ConnectionTester::onSessionFailed(const QString &message)
{
    if (m_current != Step::SshLogin)
        return;
    const HostKeyQuestionPtr question = std::exchange(m_lastHostKeyQuestion, {});
    if (m_hostKeyStatuses.contains(HostKeyInfo::Status::Changed)) {
        finishStep(Outcome::Failed, message, Problem::HostKeyChanged,
            Tr::tr("The host key changed since it was recorded: someone may be impersonating the host, or it "
                   "was reinstalled. Verify the new fingerprint with its administrator, then remove the old "
                   "line from the known_hosts file."));
        return;
    }
    // The worker has returned from the question by now, so asking for the decision does not wait.
    if (question && question->isAnswered() && question->waitForDecision() == HostKeyDecision::Reject) {
        finishStep(Outcome::Failed, message, Problem::HostKeyNotTrusted,
            Tr::tr("The host key was not trusted, so nothing more was tried. Compare its fingerprint with "
                   "the one the host's administrator gives you, then trust it."));
        return;
    }
    const QString user = m_session ? m_session->options().user : QString();
    finishStep(Outcome::Failed, message, Problem::SshLoginFailed,
        Tr::tr("The SSH login as %1 failed. Tried: %2. Check the user name, that the key's public half is in "
               "~/.ssh/authorized_keys on the host, and the password.")
            .arg(user.isEmpty() ? Tr::tr("your local user") : user, authMethodsText()));
}

// Step 3 -------------------------------------------------------------------------------

void ConnectionTester::startRemoteLibvirtCheck()
{
    if (!m_session || !m_session->isOpen()) {
        finishStep(Outcome::Failed, Tr::tr("The SSH session closed."), Problem::CommandFailed,
            Tr::tr("The host ended the SSH session; try again."));
        return;
    }
    const bool session = m_url.path() == u"/session";
    QStringList argv { QStringLiteral("sh"), QStringLiteral("-c"), QString::fromLatin1(kRemoteCheckScript),
        QStringLiteral("sh"), session ? QStringLiteral("session") : QStringLiteral("system") };
    if (!session) {
        argv << QStringLiteral("/var/run/libvirt/libvirt-sock") << QStringLiteral("/var/run/libvirt/virtqemud-sock");
        const QString socket = QUrlQuery(m_url).queryItemValue(QStringLiteral("socket"), QUrl::FullyDecoded);
        if (!socket.isEmpty())
            argv << socket;
    }
    connect(m_session, &HostSession::commandFinished, this, &ConnectionTester::onCommandFinished, Qt::UniqueConnection);
    m_commandId = m_session->runCommand(argv, {}, m_stepTimeoutMs);
}

void ConnectionTester::onCommandFinished(
    quint64 id, int exitStatus, const QByteArray &out, const QByteArray &err, const QString &error)
{
    if (id != m_commandId || m_current != Step::RemoteLibvirt)
        return;
    if (!error.isEmpty()) {
        finishStep(Outcome::Failed, error, Problem::CommandFailed,
            Tr::tr("Could not run a check command over SSH. Does the account have a POSIX login shell "
                   "(sh, bash), and does the host allow command execution?"));
        return;
    }
    QString helper;
    QStringList sockets;
    for (const QByteArray &line : out.split('\n')) {
        if (line.startsWith("helper "))
            helper = QString::fromUtf8(line.mid(7));
        else if (line.startsWith("socket "))
            sockets.append(QString::fromUtf8(line.mid(7)));
    }
    QStringList found;
    if (!sockets.isEmpty())
        found.append(Tr::tr("socket %1").arg(Tr::joinedList(sockets)));
    found.append(helper.isEmpty() ? Tr::tr("no virt-ssh-helper (libvirt falls back to nc)")
                                  : Tr::tr("virt-ssh-helper at %1").arg(helper));
    if (exitStatus == 0) {
        finishStep(Outcome::Passed, Tr::tr("Found %1.").arg(found.join(QStringLiteral("; "))));
        return;
    }
    if (exitStatus == 3) {
        finishStep(Outcome::Failed,
            Tr::tr("Neither libvirt's socket nor virt-ssh-helper was found on %1 (%2).")
                .arg(m_host, found.join(QStringLiteral("; "))),
            Problem::LibvirtMissing,
            Tr::tr("libvirt is not installed or not running on the host (apt install libvirt-daemon-system, "
                   "then systemctl enable --now libvirtd)."));
        return;
    }
    finishStep(Outcome::Failed,
        Tr::tr("The check command ended with status %1: %2").arg(exitStatus).arg(QString::fromUtf8(err).trimmed()),
        Problem::CommandFailed,
        Tr::tr("Could not run a check command over SSH. Does the account have a POSIX login shell (sh, bash)?"));
}

// Step 4 -------------------------------------------------------------------------------

void ConnectionTester::startLibvirtConnection()
{
    closeSession(); // libvirt opens a session of its own
    ensureWorker();
    m_stepTimer->start(m_stepTimeoutMs);
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, uri = m_uri] { worker->openLibvirt(uri); }, Qt::QueuedConnection);
}

void ConnectionTester::onWorkerCredentialsRequested(const CredentialExchangePtr &exchange)
{
    // The user may take longer than the network timeout to type a password.
    m_stepTimer->stop();
    m_pendingExchange = exchange;
    QPointer<ConnectionTester> self(this);
    const quint64 generation = m_generation;
    exchange->setCompletionHandler([self, generation] {
        QMetaObject::invokeMethod(
            self.data(),
            [self, generation] {
                if (self && self->m_running && self->m_generation == generation
                    && self->m_current == Step::LibvirtConnection)
                    self->m_stepTimer->start(self->m_stepTimeoutMs);
            },
            Qt::QueuedConnection);
    });
    Q_EMIT credentialsRequested(exchange);
}

void ConnectionTester::onLibvirtChecked(bool succeeded, const QString &summary, const LibvirtError &error)
{
    if (m_current != Step::LibvirtConnection)
        return;
    m_pendingExchange.reset();
    if (succeeded)
        finishStep(Outcome::Passed, summary);
    else
        finishStep(Outcome::Failed, error.message(), Problem::LibvirtError, libvirtHint(error, m_route != Route::Local),
            error);
}

QString ConnectionTester::libvirtHint(const LibvirtError &error, bool remote)
{
    switch (error.code()) {
    case VIR_ERR_AUTH_FAILED:
        return Tr::tr("The host refused the credentials: check the user name and password, or the SASL/polkit "
                      "rules that allow this user to manage libvirt.");
    case VIR_ERR_AUTH_CANCELLED:
        return Tr::tr("The login was cancelled; run the test again and answer the prompt.");
    case VIR_ERR_AUTH_UNAVAILABLE:
        return Tr::tr("libvirt has no way to ask for the credentials it needs here.");
    case VIR_ERR_NO_CONNECT:
        return Tr::tr("No libvirt driver accepts this URI. Check the hypervisor and path (qemu:///system, "
                      "qemu:///session, test:///default), and that the driver is installed.");
    case VIR_ERR_OPERATION_DENIED:
    case VIR_ERR_ACCESS_DENIED:
        return Tr::tr("This user may not manage the host's virtual machines: connect as root, or add the user "
                      "to the libvirt group on the host.");
    case VIR_ERR_NO_SUPPORT:
    case VIR_ERR_CONFIG_UNSUPPORTED:
    case VIR_ERR_INVALID_ARG:
        return Tr::tr("This libvirt does not support what the URI asks for: check the transport and the extra "
                      "parameters.");
    case VIR_ERR_OPERATION_TIMEOUT:
        return Tr::tr("The host did not answer in time: it may be overloaded, or a firewall drops the traffic.");
    case VIR_ERR_RPC:
        return Tr::tr("The link to the libvirt daemon broke off: the daemon on the host may have stopped or "
                      "restarted, or its version is too old.");
    case VIR_ERR_OPEN_FAILED:
    case VIR_ERR_XML_ERROR:
    case VIR_ERR_XML_DETAIL:
        return Tr::tr("libvirt could not open or read the driver's file; the message names it.");
    case VIR_ERR_SYSTEM_ERROR:
        if (error.domain() == VIR_FROM_RPC || error.domain() == VIR_FROM_REMOTE) {
            return remote ? Tr::tr("libvirt could not reach the daemon through the transport. For SSH, check that "
                                   "libvirt is installed and running on the host (apt install "
                                   "libvirt-daemon-system); the message shows what the host said.")
                          : Tr::tr("libvirt's daemon is not running here, or its socket is elsewhere: start it "
                                   "(systemctl start libvirtd) or install it (apt install libvirt-daemon-system).");
        }
        return Tr::tr("The operating system refused something libvirt needed; the message says what.");
    default:
        break;
    }
    return Tr::tr("libvirt refused the connection; the message above says why.");
}

// Plumbing ------------------------------------------------------------------------------

void ConnectionTester::onStepTimeout()
{
    if (!m_running)
        return;
    const QString seconds = QLocale().toString(m_stepTimeoutMs / 1000.0, 'g', 3);
    retireWorker(); // abandoned: it may be stuck in getaddrinfo or virConnectOpenAuth
    cancelPendingQuestions();
    if (m_current == Step::Reachability) {
        finishStep(Outcome::Failed, Tr::tr("No answer from %1 within %2 s.").arg(m_host, seconds), Problem::NoAnswer,
            Tr::tr("No answer: looking up the name or connecting took too long. A firewall may drop the "
                   "connection, the address may be wrong, or the DNS server does not answer."));
    } else {
        finishStep(Outcome::Failed, Tr::tr("libvirt did not finish connecting within %1 s.").arg(seconds),
            Problem::TimedOut,
            Tr::tr("The connection hangs: the host may be overloaded, or something waits for input that "
                   "cannot be given here (such as an ssh prompt without the app's askpass helper)."));
    }
}

void ConnectionTester::ensureWorker()
{
    if (m_worker)
        return;
    m_thread = new QThread; // no parent: an abandoned thread must outlive us while it is stuck
    m_thread->setObjectName(QStringLiteral("connection test"));
    m_worker = new ConnectionTesterWorker;
    m_worker->moveToThread(m_thread);
    RetiredThreads::deleteWorkerWhenFinished(m_thread, m_worker);
    connect(m_worker, &ConnectionTesterWorker::reachabilityChecked, this,
        [this](ConnectionTesterWorker::Reach reach, const QString &address, const QString &detail) {
            if (m_running && m_current == Step::Reachability)
                onReachabilityChecked(int(reach), address, detail);
        });
    connect(m_worker, &ConnectionTesterWorker::libvirtChecked, this, &ConnectionTester::onLibvirtChecked);
    connect(m_worker, &ConnectionTesterWorker::credentialsRequested, this,
        &ConnectionTester::onWorkerCredentialsRequested);
    m_thread->start();
}

void ConnectionTester::retireWorker()
{
    if (!m_worker)
        return;
    m_worker->disconnect(this);
    m_worker->abandon(); // idle or stuck alike: it emits nothing more
    m_thread->quit();
    RetiredThreads::adopt(m_thread);
    m_worker = nullptr;
    m_thread = nullptr;
}

void ConnectionTester::closeSession()
{
    if (!m_session)
        return;
    m_session->disconnect(this);
    m_session->close();
    m_session->deleteLater();
    m_session = nullptr;
}

void ConnectionTester::cancelPendingQuestions()
{
    if (CredentialExchangePtr exchange = std::exchange(m_pendingExchange, {}))
        exchange->cancel();
    if (HostKeyQuestionPtr question = std::exchange(m_lastHostKeyQuestion, {}))
        question->cancel();
}
