// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: Virt Ferry contributors
#include "HostSession.h"

#include "RetiredThreads.h"
#include "ShellQuoting.h"
#include "Tr.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QLocale>
#include <QMessageAuthenticationCode>
#include <QMetaMethod>
#include <QMutex>
#include <QMutexLocker>
#include <QRegularExpression>
#include <QThread>
#include <QTimer>

#include <libssh/callbacks.h>
#include <libssh/libssh.h>
#include <libssh/sftp.h>

#include <algorithm>
#include <atomic>
#include <cstring>
#include <fcntl.h>
#include <optional>

namespace {

constexpr int kChunkBytes = 32768;
constexpr int kPollSliceMs = 100;
constexpr int kMaximumKeyboardInteractiveRounds = 8;

struct SshStringDeleter
{
    void operator()(char *text) const { ssh_string_free_char(text); }
};
using SshString = std::unique_ptr<char, SshStringDeleter>;

struct SshKeyDeleter
{
    void operator()(ssh_key key) const { ssh_key_free(key); }
};
using SshKey = std::unique_ptr<std::remove_pointer_t<ssh_key>, SshKeyDeleter>;

struct ChannelDeleter
{
    void operator()(ssh_channel channel) const
    {
        if (ssh_channel_is_open(channel))
            ssh_channel_close(channel);
        ssh_channel_free(channel);
    }
};
using Channel = std::unique_ptr<std::remove_pointer_t<ssh_channel>, ChannelDeleter>;

struct SftpFileDeleter
{
    void operator()(sftp_file file) const { sftp_close(file); }
};
using SftpFile = std::unique_ptr<std::remove_pointer_t<sftp_file>, SftpFileDeleter>;

QString sftpErrorText(int code)
{
    switch (code) {
    case SSH_FX_NO_SUCH_FILE:
    case SSH_FX_NO_SUCH_PATH:
        return Tr::tr("no such file or directory");
    case SSH_FX_PERMISSION_DENIED:
        return Tr::tr("permission denied");
    case SSH_FX_FILE_ALREADY_EXISTS:
        return Tr::tr("the file already exists");
    case SSH_FX_OP_UNSUPPORTED:
        return Tr::tr("operation not supported by the server");
    case SSH_FX_NO_CONNECTION:
    case SSH_FX_CONNECTION_LOST:
        return Tr::tr("the connection was lost");
    default:
        return Tr::tr("SFTP error %1").arg(code);
    }
}

// A known_hosts host pattern: '*' and '?' are wildcards, everything else is literal.
bool matchesGlob(const QString &pattern, const QString &name)
{
    QString expression;
    for (const QChar character : pattern) {
        if (character == u'*')
            expression += QStringLiteral(".*");
        else if (character == u'?')
            expression += u'.';
        else
            expression += QRegularExpression::escape(QString(character));
    }
    return QRegularExpression(
        QRegularExpression::anchoredPattern(expression), QRegularExpression::CaseInsensitiveOption)
        .match(name)
        .hasMatch();
}

// Whether a known_hosts host field ("a,b,!c", "|1|salt|hash") names `hostAndPort`.
bool hostFieldMatches(const QString &field, const QString &hostAndPort)
{
    if (field.startsWith(QStringLiteral("|1|"))) {
        const QStringList parts = field.split(u'|');
        if (parts.size() != 4)
            return false;
        const QByteArray salt = QByteArray::fromBase64(parts.at(2).toLatin1());
        const QByteArray hash = QByteArray::fromBase64(parts.at(3).toLatin1());
        return QMessageAuthenticationCode::hash(hostAndPort.toUtf8(), salt, QCryptographicHash::Sha1) == hash;
    }
    bool matched = false;
    for (const QString &pattern : field.split(u',', Qt::SkipEmptyParts)) {
        if (pattern.startsWith(u'!')) {
            if (matchesGlob(pattern.mid(1), hostAndPort))
                return false;
        } else if (matchesGlob(pattern, hostAndPort)) {
            matched = true;
        }
    }
    return matched;
}

struct KnownHostsLine
{
    QString file;
    int number = 0;
    QString text;
    QString keyType;
};

// The lines of `file` that record a key for the host: libssh tells that a recorded key
// differs, but not where it is, and the user must be able to review that very line.
QList<KnownHostsLine> knownHostsLinesFor(const QString &file, const QString &hostAndPort)
{
    QList<KnownHostsLine> lines;
    QFile input(file);
    if (!input.open(QIODevice::ReadOnly))
        return lines;
    int number = 0;
    while (!input.atEnd()) {
        ++number;
        const QString text = QString::fromUtf8(input.readLine()).trimmed();
        if (text.isEmpty() || text.startsWith(u'#'))
            continue;
        QStringList fields = text.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
        if (!fields.isEmpty() && fields.first().startsWith(u'@'))
            fields.removeFirst(); // @cert-authority / @revoked
        if (fields.size() < 3 || !hostFieldMatches(fields.at(0), hostAndPort))
            continue;
        lines.append({ file, number, text, fields.at(1) });
    }
    return lines;
}

} // namespace

// Owns one libssh session and makes every call on it, on its own thread. Slots are
// invoked queued from HostSession; results go back as signals. Questions to the user
// (host key, password, passphrase) block this thread, never the GUI's.
class HostSessionWorker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HostSessionWorker)

public:
    explicit HostSessionWorker(HostSession::Options options);
    ~HostSessionWorker() override;

    // Thread-safe. After this the worker emits nothing, gives up waiting for answers, and
    // ends its session as soon as the blocking call it may be stuck in returns.
    void abandon();

    void open();
    void runCommand(quint64 id, const QStringList &argv, const QByteArray &stdinData, int timeoutMs);
    void readFile(quint64 id, const QString &path);
    void writeFile(quint64 id, const QString &path, const QByteArray &data, int mode);
    void closeSession();

Q_SIGNALS:
    void hostKeyQuestion(const HostKeyQuestionPtr &question);
    void credentialsRequested(const CredentialExchangePtr &exchange);
    void questionAnswered();
    void opened();
    void openFailed(const QString &message);
    void connectionLost(const QString &reason);
    void commandFinished(quint64 id, int exitStatus, const QByteArray &stdoutData,
        const QByteArray &stderrData, const QString &error);
    void fileRead(quint64 id, const QByteArray &data, const QString &error);
    void fileWritten(quint64 id, const QString &error);

private:
    static int passphraseCallback(
        const char *prompt, char *buffer, size_t length, int echo, int verify, void *userdata);

    QString destination() const;
    QString sessionError() const;
    bool checkHostKey(QString *error);
    bool authenticate(QString *error);
    int authenticateWithPassword(int methods, QStringList *tried, QString *error);
    std::optional<QByteArray> askSecret(CredentialExchange::Kind kind, const QString &prompt);
    bool ensureConnected(QString *error);
    bool killRemoteProcessGroup(qint64 pid);
    bool ensureSftp(QString *error);
    QString sftpError(const QString &context);
    void noticeLostConnection();
    void releaseSession();

    const HostSession::Options m_options;
    const QString m_knownHostsFile;
    ssh_session m_session = nullptr;
    sftp_session m_sftp = nullptr;
    ssh_callbacks_struct m_callbacks {};
    bool m_connected = false;
    std::atomic_bool m_abandoned = false;
    QMutex m_pendingMutex;
    CredentialExchangePtr m_pendingExchange; // guarded by m_pendingMutex: abandon() cancels it
    HostKeyQuestionPtr m_pendingQuestion; // likewise
};

HostSessionWorker::HostSessionWorker(HostSession::Options options)
    : m_options(std::move(options))
    , m_knownHostsFile(m_options.knownHostsFile.isEmpty() ? HostSession::defaultKnownHostsFile()
                                                          : m_options.knownHostsFile)
{ }

HostSessionWorker::~HostSessionWorker()
{
    releaseSession();
}

void HostSessionWorker::abandon()
{
    m_abandoned = true;
    QMutexLocker locker(&m_pendingMutex);
    if (m_pendingExchange)
        m_pendingExchange->cancel();
    if (m_pendingQuestion)
        m_pendingQuestion->cancel();
}

QString HostSessionWorker::destination() const
{
    const QString host = m_options.port == 22
        ? m_options.host
        : QStringLiteral("%1:%2").arg(m_options.host).arg(m_options.port);
    return m_options.user.isEmpty() ? host : m_options.user + u'@' + host;
}

QString HostSessionWorker::sessionError() const
{
    const char *text = m_session ? ssh_get_error(m_session) : nullptr;
    return text && *text ? QString::fromUtf8(text) : Tr::tr("unknown SSH error");
}

void HostSessionWorker::releaseSession()
{
    if (m_sftp) {
        sftp_free(m_sftp);
        m_sftp = nullptr;
    }
    if (m_session) {
        if (m_connected)
            ssh_disconnect(m_session);
        ssh_free(m_session);
        m_session = nullptr;
    }
    m_connected = false;
}

void HostSessionWorker::closeSession()
{
    releaseSession();
}

void HostSessionWorker::open()
{
    const auto fail = [this](const QString &message) {
        releaseSession();
        if (!m_abandoned)
            Q_EMIT openFailed(message);
    };
    if (m_options.host.isEmpty()) {
        fail(Tr::tr("No host name was given."));
        return;
    }
    m_session = ssh_new();
    if (!m_session) {
        fail(Tr::tr("Cannot create an SSH session."));
        return;
    }
    const QByteArray host = m_options.host.toUtf8();
    ssh_options_set(m_session, SSH_OPTIONS_HOST, host.constData());
    // The user's ~/.ssh/config first (host aliases, proxies), then our explicit options
    // over it: libssh would otherwise apply the config at connect time, over ours.
    ssh_options_parse_config(m_session, nullptr);
    const unsigned int port = unsigned(m_options.port);
    ssh_options_set(m_session, SSH_OPTIONS_PORT, &port);
    if (!m_options.user.isEmpty()) {
        const QByteArray user = m_options.user.toUtf8();
        ssh_options_set(m_session, SSH_OPTIONS_USER, user.constData());
    }
    const QByteArray knownHosts = QFile::encodeName(m_knownHostsFile);
    ssh_options_set(m_session, SSH_OPTIONS_KNOWNHOSTS, knownHosts.constData());
    if (!m_options.identityFile.isEmpty()) {
        const QByteArray identity = QFile::encodeName(m_options.identityFile);
        ssh_options_set(m_session, SSH_OPTIONS_IDENTITY, identity.constData()); // prepended: tried first
    }
    if (!m_options.useAgent) {
        // ssh_userauth_publickey_auto() always asks the agent first. A socket path that
        // cannot exist is the only way libssh 0.10 offers to keep it out.
        ssh_options_set(m_session, SSH_OPTIONS_IDENTITY_AGENT, "/nonexistent/virt-ferry-agent-disabled");
    }
    // Bounds every blocking libssh call, so an abandoned worker ends eventually.
    const long timeoutSeconds = std::max(1L, long((m_options.connectTimeoutMs + 999) / 1000));
    ssh_options_set(m_session, SSH_OPTIONS_TIMEOUT, &timeoutSeconds);

    m_callbacks = {};
    m_callbacks.userdata = this;
    m_callbacks.auth_function = &HostSessionWorker::passphraseCallback;
    ssh_callbacks_init(&m_callbacks);
    ssh_set_callbacks(m_session, &m_callbacks);

    if (ssh_connect(m_session) != SSH_OK) {
        const QString reason = sessionError();
        if (reason.contains(QStringLiteral("Timeout"), Qt::CaseInsensitive))
            fail(Tr::tr("Cannot connect to %1: timed out after %2 s (%3).")
                     .arg(destination())
                     .arg(timeoutSeconds)
                     .arg(reason));
        else if (reason.contains(QStringLiteral("refused"), Qt::CaseInsensitive))
            fail(Tr::tr("Cannot connect to %1: connection refused (no SSH server on port %2?). %3")
                     .arg(destination())
                     .arg(m_options.port)
                     .arg(reason));
        else
            fail(Tr::tr("Cannot connect to %1: %2").arg(destination(), reason));
        return;
    }
    m_connected = true;
    if (m_abandoned)
        return releaseSession();

    QString error;
    if (!checkHostKey(&error) || !authenticate(&error)) {
        fail(error);
        return;
    }
    if (m_abandoned)
        return releaseSession();
    Q_EMIT opened();
}

bool HostSessionWorker::checkHostKey(QString *error)
{
    ssh_key rawKey = nullptr;
    if (ssh_get_server_publickey(m_session, &rawKey) != SSH_OK) {
        *error = Tr::tr("Cannot read the host key of %1: %2").arg(destination(), sessionError());
        return false;
    }
    SshKey key(rawKey);
    unsigned char *hash = nullptr;
    size_t hashLength = 0;
    if (ssh_get_publickey_hash(key.get(), SSH_PUBLICKEY_HASH_SHA256, &hash, &hashLength) != SSH_OK) {
        *error = Tr::tr("Cannot compute the host key fingerprint of %1.").arg(destination());
        return false;
    }
    SshString fingerprint(ssh_get_fingerprint_hash(SSH_PUBLICKEY_HASH_SHA256, hash, hashLength));
    ssh_clean_pubkey_hash(&hash);

    HostKeyInfo info;
    info.host = m_options.host;
    info.port = m_options.port;
    info.keyType = QString::fromLatin1(ssh_key_type_to_char(ssh_key_type(key.get())));
    info.sha256Fingerprint = fingerprint ? QString::fromLatin1(fingerprint.get()) : QString();
    info.knownHostsFile = m_knownHostsFile;

    const ssh_known_hosts_e state = ssh_session_is_known_server(m_session);
    switch (state) {
    case SSH_KNOWN_HOSTS_OK:
        return true;
    case SSH_KNOWN_HOSTS_ERROR:
        *error = Tr::tr("Cannot check the host key of %1 against %2: %3")
                     .arg(destination(), m_knownHostsFile, sessionError());
        return false;
    case SSH_KNOWN_HOSTS_CHANGED:
    case SSH_KNOWN_HOSTS_OTHER: {
        // Hard stop, whatever the answer: no override exists, by design.
        info.status = HostKeyInfo::Status::Changed;
        QList<KnownHostsLine> lines = knownHostsLinesFor(m_knownHostsFile, info.hostAndPort());
        if (lines.isEmpty())
            lines = knownHostsLinesFor(QStringLiteral("/etc/ssh/ssh_known_hosts"), info.hostAndPort());
        const auto sameType = std::find_if(lines.cbegin(), lines.cend(),
            [&](const KnownHostsLine &line) { return line.keyType == info.keyType; });
        const KnownHostsLine recorded = sameType != lines.cend() ? *sameType
            : lines.isEmpty() ? KnownHostsLine { m_knownHostsFile, 0, {}, {} }
                              : lines.first();
        info.knownHostsFile = recorded.file;
        info.knownHostsLine = recorded.text;
        releaseSession(); // talk no further to what may be an impostor
        const QString where = recorded.number > 0
            ? Tr::tr("%1, line %2:\n%3").arg(recorded.file).arg(recorded.number).arg(recorded.text)
            : recorded.file;
        *error
            = Tr::tr("The host key of %1 has changed: possible man-in-the-middle attack. Someone may be "
                     "impersonating the host, or the host was reinstalled. The server presented %2 %3, but "
                     "the key recorded for it differs (%4). Virt Ferry will not connect. If the change is "
                     "expected, verify the new fingerprint with the host's administrator, remove the old "
                     "line and connect again.")
                  .arg(info.hostAndPort(), info.keyType, info.sha256Fingerprint, where);
        auto question = std::make_shared<HostKeyQuestion>(info);
        {
            QMutexLocker locker(&m_pendingMutex);
            if (m_abandoned)
                return false;
            m_pendingQuestion = question;
        }
        Q_EMIT hostKeyQuestion(question);
        question->waitForDecision(); // always Reject for a changed key
        {
            QMutexLocker locker(&m_pendingMutex);
            m_pendingQuestion.reset();
        }
        Q_EMIT questionAnswered();
        return false;
    }
    case SSH_KNOWN_HOSTS_NOT_FOUND:
    case SSH_KNOWN_HOSTS_UNKNOWN:
        break;
    }

    info.status = HostKeyInfo::Status::Unknown;
    char *line = nullptr;
    if (ssh_session_export_known_hosts_entry(m_session, &line) == SSH_OK && line) {
        info.knownHostsLine = QString::fromUtf8(line).trimmed();
        ssh_string_free_char(line);
    }
    auto question = std::make_shared<HostKeyQuestion>(info);
    {
        QMutexLocker locker(&m_pendingMutex);
        if (m_abandoned)
            return false;
        m_pendingQuestion = question;
    }
    Q_EMIT hostKeyQuestion(question);
    const HostKeyDecision decision = question->waitForDecision();
    {
        QMutexLocker locker(&m_pendingMutex);
        m_pendingQuestion.reset();
    }
    Q_EMIT questionAnswered();
    if (m_abandoned)
        return false;
    switch (decision) {
    case HostKeyDecision::Reject:
        *error = Tr::tr("The host key of %1 (%2 %3) was not trusted; not connected.")
                     .arg(info.hostAndPort(), info.keyType, info.sha256Fingerprint);
        return false;
    case HostKeyDecision::TrustOnce:
        return true;
    case HostKeyDecision::TrustAndRemember:
        QDir().mkpath(QFileInfo(m_knownHostsFile).absolutePath());
        if (ssh_session_update_known_hosts(m_session) != SSH_OK) {
            *error = Tr::tr("Cannot add the host key of %1 to %2: %3")
                         .arg(info.hostAndPort(), m_knownHostsFile, sessionError());
            return false;
        }
        return true;
    }
    return false;
}

std::optional<QByteArray> HostSessionWorker::askSecret(CredentialExchange::Kind kind, const QString &prompt)
{
    CredentialExchange::Prompt request;
    request.kind = kind;
    request.prompt = prompt;
    request.echo = false;
    auto exchange = std::make_shared<CredentialExchange>(
        QStringLiteral("ssh://") + destination(), QList<CredentialExchange::Prompt> { request });
    {
        QMutexLocker locker(&m_pendingMutex);
        if (m_abandoned)
            return std::nullopt;
        m_pendingExchange = exchange;
    }
    Q_EMIT credentialsRequested(exchange);
    std::optional<QList<QByteArray>> answers = exchange->waitForAnswer();
    {
        QMutexLocker locker(&m_pendingMutex);
        m_pendingExchange.reset();
    }
    Q_EMIT questionAnswered();
    if (!answers)
        return std::nullopt;
    if (answers->size() != 1 || m_abandoned) {
        for (QByteArray &answer : *answers)
            wipeSecret(answer);
        return std::nullopt;
    }
    return std::exchange(answers->first(), {});
}

int HostSessionWorker::passphraseCallback(const char *, char *buffer, size_t length, int, int, void *userdata)
{
    auto *worker = static_cast<HostSessionWorker *>(userdata);
    if (length == 0)
        return -1;
    std::optional<QByteArray> secret = worker->askSecret(CredentialExchange::Kind::Passphrase,
        Tr::tr("Passphrase for the SSH key used to log in to %1:").arg(worker->destination()));
    if (!secret)
        return -1;
    const size_t size = std::min(length - 1, size_t(secret->size()));
    std::memcpy(buffer, secret->constData(), size);
    buffer[size] = '\0';
    wipeSecret(*secret);
    return 0;
}

bool HostSessionWorker::authenticate(QString *error)
{
    int rc = ssh_userauth_none(m_session, nullptr);
    if (rc == SSH_AUTH_SUCCESS)
        return true;
    if (rc == SSH_AUTH_ERROR) {
        *error = Tr::tr("Cannot log in to %1: %2").arg(destination(), sessionError());
        return false;
    }
    int methods = ssh_userauth_list(m_session, nullptr);
    QStringList tried;
    bool cancelled = false;

    if (methods & SSH_AUTH_METHOD_PUBLICKEY) {
        const bool agent = m_options.useAgent && !qEnvironmentVariableIsEmpty("SSH_AUTH_SOCK");
        tried.append(agent ? Tr::tr("public key (agent, then key files)") : Tr::tr("public key (key files)"));
        // Asks the agent first, then tries the identity file and the default keys,
        // asking for a passphrase (passphraseCallback) only for a key the server accepts.
        rc = ssh_userauth_publickey_auto(m_session, nullptr, nullptr);
        if (m_abandoned)
            return false;
        if (rc == SSH_AUTH_SUCCESS)
            return true;
        if (rc == SSH_AUTH_ERROR) {
            *error = Tr::tr("Cannot log in to %1: %2").arg(destination(), sessionError());
            return false;
        }
        if (rc == SSH_AUTH_PARTIAL)
            methods = ssh_userauth_list(m_session, nullptr);
    }

    if (m_options.allowPassword && (methods & (SSH_AUTH_METHOD_PASSWORD | SSH_AUTH_METHOD_INTERACTIVE))) {
        rc = authenticateWithPassword(methods, &tried, error);
        if (rc == SSH_AUTH_SUCCESS)
            return true;
        if (rc == SSH_AUTH_ERROR)
            return false;
        cancelled = rc == -100;
    }
    if (m_abandoned)
        return false;

    QStringList offered;
    if (methods & SSH_AUTH_METHOD_PUBLICKEY)
        offered.append(QStringLiteral("publickey"));
    if (methods & SSH_AUTH_METHOD_PASSWORD)
        offered.append(QStringLiteral("password"));
    if (methods & SSH_AUTH_METHOD_INTERACTIVE)
        offered.append(QStringLiteral("keyboard-interactive"));
    if (methods & SSH_AUTH_METHOD_GSSAPI_MIC)
        offered.append(QStringLiteral("gssapi-with-mic"));
    if (methods & SSH_AUTH_METHOD_HOSTBASED)
        offered.append(QStringLiteral("hostbased"));
    //: No SSH authentication method (tried or offered); inserted into the message below.
    const QString triedText = tried.isEmpty() ? Tr::tr("none") : Tr::joinedList(tried);
    const QString offeredText = offered.isEmpty() ? Tr::tr("none") : Tr::joinedList(offered);
    if (cancelled)
        *error = Tr::tr("Authentication to %1 was cancelled (tried: %2).").arg(destination(), triedText);
    else
        *error = Tr::tr("Authentication failed for %1. Tried: %2. The server accepts: %3.")
                     .arg(destination(), triedText, offeredText);
    return false;
}

// Returns an SSH_AUTH_* code, or -100 when the user cancelled the password prompt.
int HostSessionWorker::authenticateWithPassword(int methods, QStringList *tried, QString *error)
{
    std::optional<QByteArray> password
        = askSecret(CredentialExchange::Kind::Password, Tr::tr("Password for %1:").arg(destination()));
    if (!password)
        return -100;
    int rc = SSH_AUTH_DENIED;
    if (methods & SSH_AUTH_METHOD_PASSWORD) {
        tried->append(Tr::tr("password (rejected)"));
        rc = ssh_userauth_password(m_session, nullptr, password->constData());
    } else {
        // Servers with only keyboard-interactive (PAM) ask for the same password there.
        tried->append(Tr::tr("keyboard-interactive with the password (rejected)"));
        rc = ssh_userauth_kbdint(m_session, nullptr, nullptr);
        for (int round = 0; rc == SSH_AUTH_INFO && round < kMaximumKeyboardInteractiveRounds; ++round) {
            const int prompts = ssh_userauth_kbdint_getnprompts(m_session);
            for (int i = 0; i < prompts; ++i) {
                char echo = 0;
                ssh_userauth_kbdint_getprompt(m_session, unsigned(i), &echo);
                ssh_userauth_kbdint_setanswer(m_session, unsigned(i), echo ? "" : password->constData());
            }
            rc = ssh_userauth_kbdint(m_session, nullptr, nullptr);
        }
    }
    wipeSecret(*password);
    if (rc == SSH_AUTH_SUCCESS)
        tried->removeLast();
    if (rc == SSH_AUTH_ERROR)
        *error = Tr::tr("Cannot log in to %1: %2").arg(destination(), sessionError());
    return rc;
}

bool HostSessionWorker::ensureConnected(QString *error)
{
    if (m_session && m_connected && ssh_is_connected(m_session))
        return true;
    *error = Tr::tr("The SSH session to %1 is not open.").arg(destination());
    return false;
}

void HostSessionWorker::noticeLostConnection()
{
    if (!m_session || !m_connected || ssh_is_connected(m_session))
        return;
    const QString reason = Tr::tr("The SSH connection to %1 was lost: %2").arg(destination(), sessionError());
    releaseSession();
    if (!m_abandoned)
        Q_EMIT connectionLost(reason);
}

void HostSessionWorker::runCommand(
    quint64 id, const QStringList &argv, const QByteArray &stdinData, int timeoutMs)
{
    QByteArray out;
    QByteArray err;
    const auto finish = [&](int status, const QString &error) {
        if (!m_abandoned)
            Q_EMIT commandFinished(id, error.isEmpty() ? status : -1, out, err, error);
        if (!error.isEmpty())
            noticeLostConnection();
    };
    QString error;
    if (!ensureConnected(&error))
        return finish(-1, error);
    const QString command = shellCommand(argv);
    if (command.isNull())
        return finish(-1,
            argv.isEmpty() ? Tr::tr("No command was given.")
                           : Tr::tr("A command argument contains a NUL character; not run."));

    Channel channel(ssh_channel_new(m_session));
    if (!channel || ssh_channel_open_session(channel.get()) != SSH_OK)
        return finish(-1, Tr::tr("Cannot open a channel to %1: %2").arg(destination(), sessionError()));
    // The shell reports its pid and then becomes the command, so that a timeout can kill
    // it: sshd made it a process-group leader, and it refuses "signal" requests on root
    // sessions ("session signalling requires privilege separation").
    const QByteArray commandLine = "echo $$; exec " + command.toUtf8();
    if (ssh_channel_request_exec(channel.get(), commandLine.constData()) != SSH_OK)
        return finish(-1, Tr::tr("Cannot run %1 on %2: %3").arg(argv.first(), destination(), sessionError()));

    QDeadlineTimer deadline(std::max(0, timeoutMs));
    qsizetype written = 0;
    bool eofSent = false;
    std::optional<qint64> pid;
    char buffer[kChunkBytes];
    const auto takePid = [&] {
        const qsizetype newline = out.indexOf('\n');
        if (pid || newline < 0)
            return;
        bool ok = false;
        const qint64 value = out.left(newline).trimmed().toLongLong(&ok);
        pid = ok && value > 1 ? value : 0;
        out.remove(0, newline + 1);
    };
    while (true) {
        if (m_abandoned)
            return;
        if (deadline.hasExpired()) {
            ssh_channel_request_send_signal(channel.get(), "KILL"); // where sshd allows it
            channel.reset();
            const bool killed = pid.value_or(0) > 1 && killRemoteProcessGroup(*pid);
            const QString limit = QLocale().toString(timeoutMs / 1000.0, 'g', 3);
            return finish(-1,
                killed ? Tr::tr("%1 did not finish within %2 s on %3; it was killed.")
                             .arg(argv.first(), limit, destination())
                       : Tr::tr("%1 did not finish within %2 s on %3; it may still be running there.")
                             .arg(argv.first(), limit, destination()));
        }
        // Write no more than the window takes, so a command that never reads its input
        // cannot block us past the deadline.
        if (written < stdinData.size()) {
            const qsizetype room = std::min<qsizetype>(ssh_channel_window_size(channel.get()), kChunkBytes);
            if (room > 0) {
                const int chunk = int(std::min(room, stdinData.size() - written));
                const int rc
                    = ssh_channel_write(channel.get(), stdinData.constData() + written, uint32_t(chunk));
                if (rc == SSH_ERROR)
                    return finish(-1,
                        Tr::tr("Cannot write to %1 on %2: %3")
                            .arg(argv.first(), destination(), sessionError()));
                written += rc;
            }
        }
        if (written >= stdinData.size() && !eofSent) {
            ssh_channel_send_eof(channel.get());
            eofSent = true;
        }
        const int slice = int(std::min<qint64>(kPollSliceMs, std::max<qint64>(1, deadline.remainingTime())));
        int rc = ssh_channel_read_timeout(channel.get(), buffer, sizeof(buffer), 0, slice);
        if (rc == SSH_ERROR)
            return finish(-1,
                Tr::tr("Lost the output of %1 on %2: %3").arg(argv.first(), destination(), sessionError()));
        if (rc > 0) {
            out.append(buffer, rc);
            takePid();
        }
        while ((rc = ssh_channel_read_nonblocking(channel.get(), buffer, sizeof(buffer), 1)) > 0)
            err.append(buffer, rc);
        if (rc == SSH_ERROR)
            return finish(-1,
                Tr::tr("Lost the output of %1 on %2: %3").arg(argv.first(), destination(), sessionError()));
        if (ssh_channel_is_eof(channel.get()))
            break;
    }
    if (!pid)
        out.clear(); // the shell died before it could even report its pid
    const int status = ssh_channel_get_exit_status(channel.get());
    if (status < 0)
        return finish(-1,
            Tr::tr("%1 on %2 ended without an exit status (killed by a signal?).")
                .arg(argv.first(), destination()));
    finish(status, {});
}

bool HostSessionWorker::killRemoteProcessGroup(qint64 pid)
{
    Channel channel(ssh_channel_new(m_session));
    if (!channel || ssh_channel_open_session(channel.get()) != SSH_OK)
        return false;
    const QByteArray command
        = "kill -s KILL -- -" + QByteArray::number(pid) + " || kill -s KILL " + QByteArray::number(pid);
    if (ssh_channel_request_exec(channel.get(), command.constData()) != SSH_OK)
        return false;
    char buffer[256];
    QDeadlineTimer deadline(5000);
    while (!ssh_channel_is_eof(channel.get()) && !deadline.hasExpired()) {
        if (ssh_channel_read_timeout(channel.get(), buffer, sizeof(buffer), 0, kPollSliceMs) == SSH_ERROR)
            return false;
        while (ssh_channel_read_nonblocking(channel.get(), buffer, sizeof(buffer), 1) > 0) { }
    }
    return ssh_channel_is_eof(channel.get()) && ssh_channel_get_exit_status(channel.get()) == 0;
}

bool HostSessionWorker::ensureSftp(QString *error)
{
    if (!ensureConnected(error))
        return false;
    if (m_sftp)
        return true;
    m_sftp = sftp_new(m_session);
    if (!m_sftp) {
        *error = Tr::tr("Cannot start SFTP on %1: %2").arg(destination(), sessionError());
        return false;
    }
    if (sftp_init(m_sftp) != SSH_OK) {
        *error = Tr::tr("Cannot start SFTP on %1 (is the sftp subsystem enabled?): %2")
                     .arg(destination(), sftpErrorText(sftp_get_error(m_sftp)));
        sftp_free(m_sftp);
        m_sftp = nullptr;
        return false;
    }
    return true;
}

QString HostSessionWorker::sftpError(const QString &context)
{
    const int code = m_sftp ? sftp_get_error(m_sftp) : SSH_FX_OK;
    const QString detail = code != SSH_FX_OK ? sftpErrorText(code) : sessionError();
    return Tr::tr("%1: %2").arg(context, detail);
}

void HostSessionWorker::readFile(quint64 id, const QString &path)
{
    QByteArray data;
    QString error;
    const auto finish = [&] {
        if (!error.isEmpty())
            data.clear();
        if (!m_abandoned)
            Q_EMIT fileRead(id, data, error);
        if (!error.isEmpty())
            noticeLostConnection();
    };
    if (!ensureSftp(&error))
        return finish();
    const QByteArray remotePath = path.toUtf8();
    SftpFile file(sftp_open(m_sftp, remotePath.constData(), O_RDONLY, 0));
    if (!file) {
        error = sftpError(Tr::tr("Cannot open %1 on %2").arg(path, destination()));
        return finish();
    }
    char buffer[kChunkBytes];
    while (!m_abandoned) {
        const ssize_t rc = sftp_read(file.get(), buffer, sizeof(buffer));
        if (rc == 0)
            break;
        if (rc < 0) {
            error = sftpError(Tr::tr("Cannot read %1 on %2").arg(path, destination()));
            break;
        }
        data.append(buffer, qsizetype(rc));
    }
    finish();
}

void HostSessionWorker::writeFile(quint64 id, const QString &path, const QByteArray &data, int mode)
{
    QString error;
    const auto finish = [&] {
        if (!m_abandoned)
            Q_EMIT fileWritten(id, error);
        if (!error.isEmpty())
            noticeLostConnection();
    };
    if (!ensureSftp(&error))
        return finish();
    const QByteArray remotePath = path.toUtf8();
    sftp_file rawFile = sftp_open(m_sftp, remotePath.constData(), O_WRONLY | O_CREAT | O_TRUNC, mode_t(mode));
    if (!rawFile) {
        error = sftpError(Tr::tr("Cannot create %1 on %2").arg(path, destination()));
        return finish();
    }
    SftpFile file(rawFile);
    qsizetype written = 0;
    while (written < data.size() && !m_abandoned) {
        const size_t chunk = size_t(std::min<qsizetype>(kChunkBytes, data.size() - written));
        const ssize_t rc = sftp_write(file.get(), data.constData() + written, chunk);
        if (rc <= 0) {
            error = sftpError(Tr::tr("Cannot write %1 on %2").arg(path, destination()));
            return finish();
        }
        written += rc;
    }
    // The server's errors on a write may surface only when the file is closed.
    if (sftp_close(file.release()) != SSH_OK) {
        error = sftpError(Tr::tr("Cannot write %1 on %2").arg(path, destination()));
        return finish();
    }
    // The mode passed to open applies only to a new file, and through the umask.
    if (sftp_chmod(m_sftp, remotePath.constData(), mode_t(mode)) != SSH_OK)
        error = sftpError(Tr::tr("Cannot set the permissions of %1 on %2").arg(path, destination()));
    finish();
}

// ---------------------------------------------------------------------------------------

HostSession::HostSession(QObject *parent)
    : QObject(parent)
    , m_connectTimer(new QTimer(this))
{
    m_connectTimer->setSingleShot(true);
    connect(m_connectTimer, &QTimer::timeout, this, &HostSession::onConnectTimeout);
}

HostSession::~HostSession()
{
    retireWorker(true);
}

QString HostSession::defaultKnownHostsFile()
{
    return QDir::homePath() + QStringLiteral("/.ssh/known_hosts");
}

QString HostSession::destination() const
{
    const QString host = m_options.port == 22
        ? m_options.host
        : QStringLiteral("%1:%2").arg(m_options.host).arg(m_options.port);
    return m_options.user.isEmpty() ? host : m_options.user + u'@' + host;
}

template <typename Function> void HostSession::invokeOnWorker(Function function)
{
    if (HostSessionWorker *worker = m_worker)
        QMetaObject::invokeMethod(
            worker, [worker, function = std::move(function)] { function(worker); }, Qt::QueuedConnection);
}

void HostSession::setState(State state, const QString &reason)
{
    m_state = state;
    m_errorString = reason;
}

void HostSession::open(const Options &options)
{
    if (m_state == State::Opening || m_state == State::Open)
        close();
    m_options = options;
    startWorker();
}

void HostSession::close()
{
    m_connectTimer->stop();
    const bool wasActive = m_state == State::Opening || m_state == State::Open;
    retireWorker(m_state == State::Opening);
    if (!wasActive)
        return;
    setState(State::Closed);
    failPendingRequests(Tr::tr("The SSH session to %1 was closed.").arg(destination()));
    Q_EMIT closed();
}

void HostSession::startWorker()
{
    retireWorker(true);
    const quint64 generation = ++m_workerGeneration;
    m_thread = new QThread; // no parent: an abandoned thread must outlive us while it is stuck
    m_thread->setObjectName(QStringLiteral("ssh: %1").arg(destination()));
    m_worker = new HostSessionWorker(m_options);
    m_worker->moveToThread(m_thread);
    RetiredThreads::deleteWorkerWhenFinished(m_thread, m_worker);

    // Every result is checked against the generation: a queued signal of a retired
    // worker may still be in the event queue after it was disconnected.
    const auto current = [this, generation] { return generation == m_workerGeneration && m_worker; };
    connect(m_worker, &HostSessionWorker::opened, this, [=, this] {
        if (current())
            onOpened();
    });
    connect(m_worker, &HostSessionWorker::openFailed, this, [=, this](const QString &message) {
        if (current())
            onOpenFailed(message);
    });
    connect(m_worker, &HostSessionWorker::connectionLost, this, [=, this](const QString &reason) {
        if (current())
            onConnectionLost(reason);
    });
    connect(
        m_worker, &HostSessionWorker::hostKeyQuestion, this, [=, this](const HostKeyQuestionPtr &question) {
            if (!current()) {
                question->cancel();
                return;
            }
            onQuestionAsked();
            m_pendingQuestion = question;
            // Nobody to ask: answer for the user rather than wait forever.
            if (!isSignalConnected(QMetaMethod::fromSignal(&HostSession::hostKeyQuestion)))
                question->cancel();
            else
                Q_EMIT hostKeyQuestion(question);
        });
    connect(m_worker, &HostSessionWorker::credentialsRequested, this,
        [=, this](const CredentialExchangePtr &exchange) {
            if (!current()) {
                exchange->cancel();
                return;
            }
            onQuestionAsked();
            m_pendingExchange = exchange;
            if (!isSignalConnected(QMetaMethod::fromSignal(&HostSession::credentialsRequested)))
                exchange->cancel();
            else
                Q_EMIT credentialsRequested(exchange);
        });
    connect(m_worker, &HostSessionWorker::questionAnswered, this, [=, this] {
        if (current())
            onQuestionAnswered();
    });
    connect(m_worker, &HostSessionWorker::commandFinished, this,
        [=, this](
            quint64 id, int status, const QByteArray &out, const QByteArray &err, const QString &error) {
            if (current() && takePending(id))
                Q_EMIT commandFinished(id, status, out, err, error);
        });
    connect(m_worker, &HostSessionWorker::fileRead, this,
        [=, this](quint64 id, const QByteArray &data, const QString &error) {
            if (current() && takePending(id))
                Q_EMIT fileRead(id, data, error);
        });
    connect(m_worker, &HostSessionWorker::fileWritten, this, [=, this](quint64 id, const QString &error) {
        if (current() && takePending(id))
            Q_EMIT fileWritten(id, error);
    });

    m_thread->start();
    setState(State::Opening);
    m_connectTimer->start(m_options.connectTimeoutMs);
    invokeOnWorker([](HostSessionWorker *worker) { worker->open(); });
}

void HostSession::retireWorker(bool abandon)
{
    if (m_pendingExchange) {
        m_pendingExchange->cancel();
        m_pendingExchange.reset();
    }
    if (m_pendingQuestion) {
        m_pendingQuestion->cancel();
        m_pendingQuestion.reset();
    }
    if (!m_worker)
        return;
    ++m_workerGeneration;
    m_worker->disconnect(this);
    if (abandon) {
        // The worker may be stuck in ssh_connect or a command for a long time: never
        // wait for it. It ends its session when it returns and the thread deletes itself.
        m_worker->abandon();
    } else {
        invokeOnWorker([](HostSessionWorker *worker) { worker->closeSession(); });
    }
    m_thread->quit();
    RetiredThreads::adopt(m_thread);
    m_worker = nullptr;
    m_thread = nullptr;
}

void HostSession::onOpened()
{
    m_connectTimer->stop();
    setState(State::Open);
    Q_EMIT opened();
}

void HostSession::onOpenFailed(const QString &message)
{
    m_connectTimer->stop();
    retireWorker(false);
    setState(State::Failed, message);
    failPendingRequests(message);
    Q_EMIT failed(message);
}

void HostSession::onConnectionLost(const QString &reason)
{
    retireWorker(false);
    setState(State::Closed, reason);
    failPendingRequests(reason);
    Q_EMIT closed();
}

void HostSession::onConnectTimeout()
{
    retireWorker(true);
    const QString message = Tr::tr("No answer from %1 within %2 s; gave up.")
                                .arg(destination(), QLocale().toString(m_options.connectTimeoutMs / 1000.0, 'g', 3));
    setState(State::Failed, message);
    failPendingRequests(message);
    Q_EMIT failed(message);
}

void HostSession::onQuestionAsked()
{
    // The user may take longer than the network timeout to answer.
    m_connectTimer->stop();
}

void HostSession::onQuestionAnswered()
{
    m_pendingExchange.reset();
    m_pendingQuestion.reset();
    if (m_state == State::Opening)
        m_connectTimer->start(m_options.connectTimeoutMs);
}

bool HostSession::takePending(quint64 id)
{
    return m_pendingRequests.remove(id);
}

void HostSession::answerLater(quint64 id, RequestKind kind, const QString &error)
{
    QMetaObject::invokeMethod(
        this,
        [this, id, kind, error] {
            switch (kind) {
            case RequestKind::Command:
                Q_EMIT commandFinished(id, -1, {}, {}, error);
                break;
            case RequestKind::Read:
                Q_EMIT fileRead(id, {}, error);
                break;
            case RequestKind::Write:
                Q_EMIT fileWritten(id, error);
                break;
            }
        },
        Qt::QueuedConnection);
}

void HostSession::failPendingRequests(const QString &error)
{
    const auto pending = std::exchange(m_pendingRequests, {});
    for (auto it = pending.cbegin(); it != pending.cend(); ++it)
        answerLater(it.key(), it.value(), error);
}

quint64 HostSession::runCommand(const QStringList &argv, const QByteArray &stdinData, int timeoutMs)
{
    const quint64 id = m_nextRequestId++;
    if (m_state != State::Open || !m_worker) {
        answerLater(
            id, RequestKind::Command, Tr::tr("The SSH session to %1 is not open.").arg(destination()));
        return id;
    }
    m_pendingRequests.insert(id, RequestKind::Command);
    invokeOnWorker([=](HostSessionWorker *worker) { worker->runCommand(id, argv, stdinData, timeoutMs); });
    return id;
}

quint64 HostSession::readFile(const QString &path)
{
    const quint64 id = m_nextRequestId++;
    if (m_state != State::Open || !m_worker) {
        answerLater(id, RequestKind::Read, Tr::tr("The SSH session to %1 is not open.").arg(destination()));
        return id;
    }
    m_pendingRequests.insert(id, RequestKind::Read);
    invokeOnWorker([=](HostSessionWorker *worker) { worker->readFile(id, path); });
    return id;
}

quint64 HostSession::writeFile(const QString &path, const QByteArray &data, int mode)
{
    const quint64 id = m_nextRequestId++;
    if (m_state != State::Open || !m_worker) {
        answerLater(id, RequestKind::Write, Tr::tr("The SSH session to %1 is not open.").arg(destination()));
        return id;
    }
    m_pendingRequests.insert(id, RequestKind::Write);
    invokeOnWorker([=](HostSessionWorker *worker) { worker->writeFile(id, path, data, mode); });
    return id;
}

#include "HostSession.moc"
