// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: Virt Ferry contributors
// HostSession (the app's own libssh client) and ExportsApplier against the lab's real
// sshd on host-a, host-b and nfs-server: every authentication path, host-key trust,
// commands with hostile arguments, SFTP, and /etc/exports replaced and rolled back.
#include "HostSession.h"
#include "ExportsApplier.h"
#include "Lab.h"
#include "QtPrinting.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <gtest/gtest.h>

#include <optional>

namespace {

constexpr int kOpenWaitMs = 30000;
constexpr int kCommandWaitMs = 30000;

QString env(const char *name)
{
    return qEnvironmentVariable(name);
}

QString nfsServer()
{
    return Lab::nfsHost();
}

QString hostA()
{
    return Lab::hostName(Lab::Host::A);
}

QString hostB()
{
    return Lab::hostName(Lab::Host::B);
}

// The NFS server's /etc is private to the lab (a copy under the run directory), so the
// server's /etc/exports.* files are read here through that copy.
QString serverEtcFile(const QString &serverPath)
{
    return QFileInfo(qEnvironmentVariable("VF_LAB_NFS_EXPORTS_FILE")).absolutePath() + u'/'
        + QFileInfo(serverPath).fileName();
}

QByteArray readLocalFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeLocalFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(data) == data.size();
}

// Runs a local program (no shell); returns its standard output, or nullopt on failure.
std::optional<QByteArray> runLocal(const QString &program, const QStringList &arguments,
    const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment())
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(program, arguments);
    process.closeWriteChannel();
    if (!process.waitForFinished(30000) || process.exitStatus() != QProcess::NormalExit
        || process.exitCode() != 0)
        return std::nullopt;
    return process.readAllStandardOutput();
}

// A HostSession opened the way the GUI would, answering its questions with what the
// test chose, and recording what it was asked.
struct SessionRun
{
    explicit SessionRun(const HostSession::Options &options,
        std::optional<HostKeyDecision> hostKeyAnswer = {}, std::optional<QByteArray> password = {})
    {
        QObject::connect(&session, &HostSession::hostKeyQuestion, &session,
            [this, hostKeyAnswer](const HostKeyQuestionPtr &question) {
                questions.append(question->info());
                canTrust.append(question->canTrust());
                // Answered later, as a dialog would, never from inside the signal.
                QTimer::singleShot(10, [question, hostKeyAnswer] {
                    if (hostKeyAnswer)
                        question->answer(*hostKeyAnswer);
                    else
                        question->cancel();
                });
            });
        QObject::connect(&session, &HostSession::credentialsRequested, &session,
            [this, password](const CredentialExchangePtr &exchange) {
                for (const CredentialExchange::Prompt &prompt : exchange->prompts())
                    prompts.append(prompt);
                QTimer::singleShot(10, [exchange, password] {
                    if (password)
                        exchange->answer({ *password });
                    else
                        exchange->cancel();
                });
            });
        QObject::connect(&session, &HostSession::opened, &session, [this] { outcome = true; });
        QObject::connect(&session, &HostSession::failed, &session, [this](const QString &message) {
            outcome = false;
            failure = message;
        });
        timer.start();
        session.open(options);
        [[maybe_unused]] const bool settled
            = QTest::qWaitFor([this] { return outcome.has_value(); }, kOpenWaitMs);
        elapsedMs = timer.elapsed();
    }

    bool opened() const { return outcome == true; }

    struct Command
    {
        int exitStatus = -1;
        QByteArray out;
        QByteArray err;
        QString error;
        bool answered = false;
    };
    Command run(const QStringList &argv, const QByteArray &stdinData = {}, int timeoutMs = 20000)
    {
        Command command;
        const quint64 id = session.runCommand(argv, stdinData, timeoutMs);
        const auto connection = QObject::connect(&session, &HostSession::commandFinished, &session,
            [&](quint64 finishedId, int status, const QByteArray &out, const QByteArray &err,
                const QString &error) {
                if (finishedId != id)
                    return;
                command = { status, out, err, error, true };
            });
        [[maybe_unused]] const bool done
            = QTest::qWaitFor([&] { return command.answered; }, timeoutMs + kCommandWaitMs);
        QObject::disconnect(connection);
        return command;
    }
    std::pair<QByteArray, QString> read(const QString &path)
    {
        std::optional<std::pair<QByteArray, QString>> result;
        const quint64 id = session.readFile(path);
        const auto connection = QObject::connect(&session, &HostSession::fileRead, &session,
            [&](quint64 readId, const QByteArray &data, const QString &error) {
                if (readId == id)
                    result.emplace(data, error);
            });
        [[maybe_unused]] const bool done
            = QTest::qWaitFor([&] { return result.has_value(); }, kCommandWaitMs);
        QObject::disconnect(connection);
        return result.value_or(std::pair<QByteArray, QString> { {}, QStringLiteral("no answer") });
    }
    QString write(const QString &path, const QByteArray &data, int mode = 0644)
    {
        std::optional<QString> result;
        const quint64 id = session.writeFile(path, data, mode);
        const auto connection = QObject::connect(
            &session, &HostSession::fileWritten, &session, [&](quint64 writtenId, const QString &error) {
                if (writtenId == id)
                    result = error;
            });
        [[maybe_unused]] const bool done
            = QTest::qWaitFor([&] { return result.has_value(); }, kCommandWaitMs);
        QObject::disconnect(connection);
        return result.value_or(QStringLiteral("no answer"));
    }

    HostSession session;
    QList<HostKeyInfo> questions;
    QList<bool> canTrust;
    QList<CredentialExchange::Prompt> prompts;
    std::optional<bool> outcome;
    QString failure;
    QElapsedTimer timer;
    qint64 elapsedMs = 0;
};

HostSession::Options rootOptions(const QString &host)
{
    HostSession::Options options;
    options.host = host;
    options.user = QStringLiteral("root");
    options.knownHostsFile = env("VF_LAB_KNOWN_HOSTS");
    options.identityFile = env("VF_LAB_SSH_KEY");
    options.useAgent = false;
    options.allowPassword = false;
    return options;
}

HostSession::Options passwordUserOptions(const QString &host)
{
    HostSession::Options options;
    options.host = host;
    options.user = env("VF_LAB_PASSWORD_USER");
    options.knownHostsFile = env("VF_LAB_KNOWN_HOSTS");
    options.useAgent = false;
    return options;
}

// The line of the lab's known_hosts for `host`, as lab.sh wrote it.
QByteArray knownHostsLineOf(const QString &host)
{
    for (const QByteArray &line : readLocalFile(env("VF_LAB_KNOWN_HOSTS")).split('\n')) {
        if (line.startsWith(host.toUtf8() + ','))
            return line + '\n';
    }
    return {};
}

class HostSessionTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(Lab::isInside()) << "lab tests run inside the lab's client namespace";
    }
};

} // namespace

TEST_F(HostSessionTest, KeyAuthenticationAsRoot)
{
    SessionRun run(rootOptions(hostA()));
    ASSERT_TRUE(run.opened()) << run.failure;
    EXPECT_TRUE(run.questions.isEmpty()) << "the lab's known_hosts knows host-a";
    EXPECT_TRUE(run.prompts.isEmpty()) << "the key has no passphrase";
    EXPECT_EQ(run.session.state(), HostSession::State::Open);
    const auto command
        = run.run({ QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("id -un; hostname") });
    EXPECT_TRUE(command.error.isEmpty()) << command.error;
    EXPECT_EQ(command.exitStatus, 0);
    EXPECT_EQ(command.out, QByteArrayLiteral("root\nhost-a\n"));

    QSignalSpy closed(&run.session, &HostSession::closed);
    run.session.close();
    EXPECT_EQ(closed.count(), 1);
    EXPECT_EQ(run.session.state(), HostSession::State::Closed);
    const auto afterClose = run.run({ QStringLiteral("true") });
    EXPECT_TRUE(afterClose.answered) << "a request on a closed session is answered too";
    EXPECT_FALSE(afterClose.error.isEmpty());
}

TEST_F(HostSessionTest, PasswordAuthenticationThroughTheCredentialExchange)
{
    SessionRun run(passwordUserOptions(nfsServer()), std::nullopt, env("VF_LAB_PASSWORD").toUtf8());
    ASSERT_TRUE(run.opened()) << run.failure;
    ASSERT_EQ(run.prompts.size(), 1);
    EXPECT_EQ(run.prompts.first().kind, CredentialExchange::Kind::Password);
    EXPECT_FALSE(run.prompts.first().echo);
    EXPECT_TRUE(run.prompts.first().prompt.contains(env("VF_LAB_PASSWORD_USER")))
        << run.prompts.first().prompt;
    const auto command = run.run({ QStringLiteral("id"), QStringLiteral("-un") });
    EXPECT_EQ(command.out, env("VF_LAB_PASSWORD_USER").toUtf8() + '\n') << command.error;
}

TEST_F(HostSessionTest, AWrongPasswordFailsClearlyAndNothingHangs)
{
    SessionRun run(passwordUserOptions(nfsServer()), std::nullopt, QByteArrayLiteral("not-the-password"));
    ASSERT_TRUE(run.outcome.has_value()) << "neither opened nor failed";
    EXPECT_FALSE(run.opened());
    EXPECT_EQ(run.prompts.size(), 1);
    EXPECT_TRUE(run.failure.contains(QStringLiteral("Authentication failed"))) << run.failure;
    EXPECT_TRUE(run.failure.contains(QStringLiteral("password (rejected)"))) << run.failure;
    EXPECT_TRUE(run.failure.contains(QStringLiteral("public key"))) << run.failure;
    EXPECT_EQ(run.session.state(), HostSession::State::Failed);
    EXPECT_EQ(run.session.errorString(), run.failure);
    EXPECT_LT(run.elapsedMs, 15000);
    RecordProperty("failure", run.failure.toStdString());
}

TEST_F(HostSessionTest, CancellingThePasswordPromptFails)
{
    SessionRun run(passwordUserOptions(nfsServer()), std::nullopt, std::nullopt);
    ASSERT_TRUE(run.outcome.has_value());
    EXPECT_FALSE(run.opened());
    EXPECT_TRUE(run.failure.contains(QStringLiteral("cancelled"))) << run.failure;
}

TEST_F(HostSessionTest, AgentAuthentication)
{
    // A key that exists only in the agent, and the only one host-b accepts for the test:
    // key files cannot have done the work.
    QTemporaryDir directory;
    ASSERT_TRUE(directory.isValid());
    const QString key = directory.filePath(QStringLiteral("agent_key"));
    ASSERT_TRUE(runLocal(QStringLiteral("ssh-keygen"),
        { QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("ed25519"), QStringLiteral("-N"),
            QString(), QStringLiteral("-f"), key }));
    const QByteArray publicKey = readLocalFile(key + QStringLiteral(".pub"));
    ASSERT_FALSE(publicKey.isEmpty());
    QFile::remove(key); // the private key now lives only in the agent (added below from a copy)

    const QString authorizedKeys
        = env("VF_LAB_RUN") + u'/' + hostB() + QStringLiteral("/ssh/authorized_keys");
    const QByteArray savedAuthorizedKeys = readLocalFile(authorizedKeys);
    ASSERT_FALSE(savedAuthorizedKeys.isEmpty());
    struct Restore
    {
        QString path;
        QByteArray data;
        ~Restore() { writeLocalFile(path, data); }
    } restore { authorizedKeys, savedAuthorizedKeys };

    // `ssh-agent -D` rather than `-s`: the same agent in the foreground, so the test owns
    // its process and ends it by its own handle.
    const QString socket = directory.filePath(QStringLiteral("agent.sock"));
    QProcess agent;
    agent.start(QStringLiteral("ssh-agent"), { QStringLiteral("-D"), QStringLiteral("-a"), socket });
    ASSERT_TRUE(agent.waitForStarted());
    ASSERT_TRUE(QTest::qWaitFor([&] { return QFile::exists(socket); }, 5000));
    const QString keyCopy = directory.filePath(QStringLiteral("to_add"));
    ASSERT_TRUE(runLocal(QStringLiteral("ssh-keygen"),
        { QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("ed25519"), QStringLiteral("-N"),
            QString(), QStringLiteral("-f"), keyCopy }));
    const QByteArray agentPublicKey = readLocalFile(keyCopy + QStringLiteral(".pub"));
    QProcessEnvironment agentEnvironment = QProcessEnvironment::systemEnvironment();
    agentEnvironment.insert(QStringLiteral("SSH_AUTH_SOCK"), socket);
    ASSERT_TRUE(runLocal(QStringLiteral("ssh-add"), { keyCopy }, agentEnvironment));
    QFile::remove(keyCopy);
    QFile::remove(keyCopy + QStringLiteral(".pub"));
    ASSERT_TRUE(writeLocalFile(authorizedKeys, agentPublicKey));

    const QByteArray savedSocket = qgetenv("SSH_AUTH_SOCK");
    const bool hadSocket = qEnvironmentVariableIsSet("SSH_AUTH_SOCK");
    qputenv("SSH_AUTH_SOCK", socket.toUtf8());
    HostSession::Options options = rootOptions(hostB());
    options.identityFile.clear();
    options.useAgent = true;
    {
        SessionRun run(options);
        EXPECT_TRUE(run.opened()) << run.failure;
        EXPECT_EQ(run.run({ QStringLiteral("hostname") }).out, QByteArrayLiteral("host-b\n"));
    }
    {
        options.useAgent = false; // the same session without the agent must fail
        SessionRun run(options);
        EXPECT_FALSE(run.opened());
        EXPECT_TRUE(run.failure.contains(QStringLiteral("public key (key files)"))) << run.failure;
    }
    if (hadSocket)
        qputenv("SSH_AUTH_SOCK", savedSocket);
    else
        qunsetenv("SSH_AUTH_SOCK");
    agent.kill();
    agent.waitForFinished();
    Q_UNUSED(publicKey);
}

TEST_F(HostSessionTest, UnknownHostKeyTrustOnceLeavesKnownHostsUnchanged)
{
    QTemporaryDir directory;
    ASSERT_TRUE(directory.isValid());
    const QString knownHosts = directory.filePath(QStringLiteral("known_hosts"));
    const QByteArray otherHost = knownHostsLineOf(hostA());
    ASSERT_FALSE(otherHost.isEmpty());
    ASSERT_TRUE(writeLocalFile(knownHosts, otherHost));

    HostSession::Options options = rootOptions(nfsServer());
    options.knownHostsFile = knownHosts;
    SessionRun run(options, HostKeyDecision::TrustOnce);
    ASSERT_TRUE(run.opened()) << run.failure;
    ASSERT_EQ(run.questions.size(), 1);
    const HostKeyInfo &info = run.questions.first();
    EXPECT_EQ(info.status, HostKeyInfo::Status::Unknown);
    EXPECT_TRUE(run.canTrust.first());
    EXPECT_EQ(info.host, nfsServer());
    EXPECT_EQ(info.port, 22);
    EXPECT_EQ(info.keyType, QStringLiteral("ssh-ed25519"));
    EXPECT_TRUE(info.sha256Fingerprint.startsWith(QStringLiteral("SHA256:"))) << info.sha256Fingerprint;
    EXPECT_EQ(info.knownHostsFile, knownHosts);
    EXPECT_TRUE(info.knownHostsLine.startsWith(nfsServer() + QStringLiteral(" ssh-ed25519 ")))
        << info.knownHostsLine;

    // The fingerprint is the one OpenSSH shows for the server's key file.
    const auto fingerprint = runLocal(QStringLiteral("ssh-keygen"),
        { QStringLiteral("-l"), QStringLiteral("-E"), QStringLiteral("sha256"), QStringLiteral("-f"),
            env("VF_LAB_RUN") + QStringLiteral("/nfs-server/ssh_host_ed25519_key.pub") });
    ASSERT_TRUE(fingerprint.has_value());
    EXPECT_TRUE(fingerprint->contains(info.sha256Fingerprint.toUtf8())) << fingerprint->constData();

    EXPECT_EQ(readLocalFile(knownHosts), otherHost) << "TrustOnce must not write known_hosts";
    EXPECT_EQ(run.run({ QStringLiteral("hostname") }).out, QByteArrayLiteral("nfs-server\n"));
}

TEST_F(HostSessionTest, UnknownHostKeyTrustAndRememberWritesTheLine)
{
    QTemporaryDir directory;
    ASSERT_TRUE(directory.isValid());
    const QString knownHosts = directory.filePath(QStringLiteral("known_hosts"));
    const QByteArray otherHost = knownHostsLineOf(hostA());
    ASSERT_TRUE(writeLocalFile(knownHosts, otherHost));

    HostSession::Options options = rootOptions(nfsServer());
    options.knownHostsFile = knownHosts;
    QString offeredLine;
    {
        SessionRun run(options, HostKeyDecision::TrustAndRemember);
        ASSERT_TRUE(run.opened()) << run.failure;
        ASSERT_EQ(run.questions.size(), 1);
        offeredLine = run.questions.first().knownHostsLine;
    }
    const QByteArray written = readLocalFile(knownHosts);
    EXPECT_TRUE(written.startsWith(otherHost)) << "the existing lines stay";
    EXPECT_EQ(written.mid(otherHost.size()).trimmed(), offeredLine.toUtf8()) << written.constData();

    // Now known: no question the second time.
    SessionRun again(options, HostKeyDecision::Reject);
    EXPECT_TRUE(again.opened()) << again.failure;
    EXPECT_TRUE(again.questions.isEmpty());
}

TEST_F(HostSessionTest, UnknownHostKeyRejectedFails)
{
    QTemporaryDir directory;
    ASSERT_TRUE(directory.isValid());
    HostSession::Options options = rootOptions(nfsServer());
    options.knownHostsFile = directory.filePath(QStringLiteral("missing/known_hosts"));
    SessionRun run(options, HostKeyDecision::Reject);
    EXPECT_FALSE(run.opened());
    EXPECT_EQ(run.questions.size(), 1);
    EXPECT_TRUE(run.failure.contains(QStringLiteral("not trusted"))) << run.failure;
    EXPECT_FALSE(QFile::exists(options.knownHostsFile));
}

TEST_F(HostSessionTest, ChangedHostKeyIsRefusedEvenIfAnsweredTrustOnce)
{
    QTemporaryDir directory;
    ASSERT_TRUE(directory.isValid());
    const QString impostor = directory.filePath(QStringLiteral("impostor"));
    ASSERT_TRUE(runLocal(QStringLiteral("ssh-keygen"),
        { QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("ed25519"), QStringLiteral("-N"),
            QString(), QStringLiteral("-f"), impostor }));
    const QList<QByteArray> fields = readLocalFile(impostor + QStringLiteral(".pub")).split(' ');
    ASSERT_GE(fields.size(), 2);
    const QByteArray recordedLine = hostA().toUtf8() + ",10.231.0.11 " + fields.at(0) + ' ' + fields.at(1);
    const QString knownHosts = directory.filePath(QStringLiteral("known_hosts"));
    const QByteArray content = "# a comment\n" + knownHostsLineOf(hostB()) + recordedLine + '\n';
    ASSERT_TRUE(writeLocalFile(knownHosts, content));

    for (const HostKeyDecision answer : { HostKeyDecision::TrustOnce, HostKeyDecision::TrustAndRemember }) {
        HostSession::Options options = rootOptions(hostA());
        options.knownHostsFile = knownHosts;
        SessionRun run(options, answer);
        EXPECT_FALSE(run.opened()) << "a changed host key must never be accepted";
        ASSERT_EQ(run.questions.size(), 1) << "the user is shown the changed key";
        EXPECT_EQ(run.questions.first().status, HostKeyInfo::Status::Changed);
        EXPECT_FALSE(run.canTrust.first());
        EXPECT_EQ(run.questions.first().knownHostsLine, QString::fromUtf8(recordedLine));
        EXPECT_EQ(run.questions.first().knownHostsFile, knownHosts);
        EXPECT_TRUE(run.failure.contains(QStringLiteral("man-in-the-middle"))) << run.failure;
        EXPECT_TRUE(run.failure.contains(knownHosts + QStringLiteral(", line 3"))) << run.failure;
        EXPECT_TRUE(run.failure.contains(QString::fromUtf8(recordedLine))) << run.failure;
        EXPECT_EQ(readLocalFile(knownHosts), content) << "known_hosts must not change";
        RecordProperty("failure", run.failure.toStdString());
    }
}

TEST_F(HostSessionTest, ConnectionRefusedAndConnectTimeout)
{
    HostSession::Options options = rootOptions(hostA());
    options.port = 2222; // nothing listens there
    SessionRun refused(options);
    EXPECT_FALSE(refused.opened());
    EXPECT_TRUE(refused.failure.contains(QStringLiteral("refused"), Qt::CaseInsensitive)) << refused.failure;

    // No host answers on this lab address: the handle gives up on time, whatever the
    // worker is stuck in.
    options.host = QStringLiteral("10.231.0.99");
    options.port = 22;
    options.connectTimeoutMs = 1500;
    SessionRun silent(options);
    EXPECT_FALSE(silent.opened());
    EXPECT_FALSE(silent.failure.isEmpty());
    EXPECT_LT(silent.elapsedMs, 6000) << silent.failure;
    RecordProperty("refused", refused.failure.toStdString());
    RecordProperty("silent", silent.failure.toStdString());
}

TEST_F(HostSessionTest, HostileArgumentsComeBackVerbatim)
{
    SessionRun run(rootOptions(hostA()));
    ASSERT_TRUE(run.opened()) << run.failure;
    const QStringList hostile = {
        QStringLiteral("$(reboot)"),
        QStringLiteral("`reboot`"),
        QStringLiteral("/srv/x; rm -rf /"),
        QStringLiteral("it's \"quoted\""),
        QStringLiteral("line\nbreak"),
        QStringLiteral("-n"),
        QStringLiteral("${PATH} && $HOME | > /tmp/vf-owned"),
        QStringLiteral("*"),
        QStringLiteral(""),
        QStringLiteral("/srv/虚拟机/镜像"),
    };
    QStringList argv = { QStringLiteral("printf"), QStringLiteral("%s\\n") };
    argv += hostile;
    const auto command = run.run(argv);
    ASSERT_TRUE(command.error.isEmpty()) << command.error;
    EXPECT_EQ(command.exitStatus, 0) << command.err.constData();
    QByteArray expected;
    for (const QString &value : hostile)
        expected += value.toUtf8() + '\n';
    EXPECT_EQ(command.out, expected);
    EXPECT_TRUE(command.err.isEmpty()) << command.err.constData();
    const auto owned
        = run.run({ QStringLiteral("test"), QStringLiteral("-e"), QStringLiteral("/tmp/vf-owned") });
    EXPECT_EQ(owned.exitStatus, 1) << "a redirection escaped its quotes";

    const QString withNul = QStringLiteral("a") + QChar(u'\0');
    const auto refused = run.run({ QStringLiteral("printf"), withNul });
    EXPECT_TRUE(refused.error.contains(QStringLiteral("NUL"))) << refused.error;
}

TEST_F(HostSessionTest, CommandStatusStandardStreamsAndInput)
{
    SessionRun run(rootOptions(hostA()));
    ASSERT_TRUE(run.opened()) << run.failure;
    const auto failing = run.run(
        { QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("echo out; echo err >&2; exit 7") });
    EXPECT_TRUE(failing.error.isEmpty()) << failing.error;
    EXPECT_EQ(failing.exitStatus, 7);
    EXPECT_EQ(failing.out, QByteArrayLiteral("out\n"));
    EXPECT_EQ(failing.err, QByteArrayLiteral("err\n"));

    // More input than one channel window, binary, through the command and back.
    QByteArray input;
    for (int i = 0; i < 3 * 1024 * 1024; ++i)
        input.append(char((qint64(i) * 7919) % 256)); // 64-bit: i * 7919 overflows an int
    const auto echoed = run.run({ QStringLiteral("cat") }, input);
    EXPECT_TRUE(echoed.error.isEmpty()) << echoed.error;
    EXPECT_EQ(echoed.exitStatus, 0);
    EXPECT_EQ(echoed.out.size(), input.size());
    EXPECT_TRUE(echoed.out == input);
}

TEST_F(HostSessionTest, ACommandThatTakesTooLongIsKilled)
{
    SessionRun run(rootOptions(hostA()));
    ASSERT_TRUE(run.opened()) << run.failure;
    QElapsedTimer timer;
    timer.start();
    const auto slow = run.run({ QStringLiteral("sleep"), QStringLiteral("31.5") }, {}, 1000);
    const qint64 elapsed = timer.elapsed();
    EXPECT_TRUE(slow.answered);
    EXPECT_EQ(slow.exitStatus, -1);
    EXPECT_TRUE(slow.error.contains(QStringLiteral("did not finish"))) << slow.error;
    EXPECT_LT(elapsed, 5000);
    // The session goes on, and the command is gone on the host.
    const auto check = run.run({ QStringLiteral("sh"), QStringLiteral("-c"),
        QStringLiteral("sleep 0.5; pgrep -f 'sleep 31[.]5' || echo none") });
    EXPECT_TRUE(check.error.isEmpty()) << check.error;
    EXPECT_EQ(check.out, QByteArrayLiteral("none\n"));
}

TEST_F(HostSessionTest, ReadAndWriteFilesOverSftp)
{
    SessionRun run(rootOptions(hostA()));
    ASSERT_TRUE(run.opened()) << run.failure;
    const QString path
        = QStringLiteral("/tmp/vf-hostsession-%1 it's a file").arg(QCoreApplication::applicationPid());
    QByteArray data;
    for (int i = 0; i < 200000; ++i)
        data.append(char(i % 251));
    data.append(QStringLiteral("\n中文 end").toUtf8());

    EXPECT_EQ(run.write(path, data, 0600), QString());
    const auto [readBack, readError] = run.read(path);
    EXPECT_TRUE(readError.isEmpty()) << readError;
    EXPECT_TRUE(readBack == data) << readBack.size() << " bytes back of " << data.size();
    const auto mode = run.run({ QStringLiteral("stat"), QStringLiteral("-c"), QStringLiteral("%a"), path });
    EXPECT_EQ(mode.out, QByteArrayLiteral("600\n")) << mode.err.constData();

    // Rewriting truncates, and sets the mode asked for.
    EXPECT_EQ(run.write(path, QByteArrayLiteral("short"), 0640), QString());
    EXPECT_EQ(run.read(path).first, QByteArrayLiteral("short"));
    EXPECT_EQ(run.run({ QStringLiteral("stat"), QStringLiteral("-c"), QStringLiteral("%a"), path }).out,
        QByteArrayLiteral("640\n"));
    run.run({ QStringLiteral("rm"), QStringLiteral("-f"), QStringLiteral("--"), path });

    const auto [missing, missingError] = run.read(QStringLiteral("/nonexistent/file"));
    EXPECT_TRUE(missing.isEmpty());
    EXPECT_TRUE(missingError.contains(QStringLiteral("no such file"))) << missingError;
    EXPECT_FALSE(run.write(QStringLiteral("/nonexistent/dir/file"), "x").isEmpty());
}

namespace {

// /etc/exports of the lab's nfs-server is a bind mount of VF_LAB_NFS_EXPORTS_FILE; the
// rest of its /etc is this machine's, so the applier's temporary and backup files land
// in this machine's /etc: the fixture removes them. The kernel NFS server is absent from
// the lab (ganesha serves its NFS): `exportfs` only checks the file and updates
// /var/lib/nfs/etab (private to nfs-server), which is what `exportfs -v` reports.
class ExportsApplierTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(Lab::isInside());
        m_backingFile = env("VF_LAB_NFS_EXPORTS_FILE");
        m_original = readLocalFile(m_backingFile);
        ASSERT_FALSE(m_original.isEmpty());
    }
    void TearDown() override
    {
        writeLocalFile(m_backingFile, m_original);
        QFile::remove(serverEtcFile(ExportsApplier::backupPath()));
        QFile::remove(serverEtcFile(ExportsApplier::temporaryPath()));
        const QString images = env("VF_LAB_RUN") + QStringLiteral("/nfs-server/srv-images");
        QDir(images + QStringLiteral("/vf-new-export")).removeRecursively();
        QDir(images + QStringLiteral("/vf dir; touch pwned")).removeRecursively();
        SessionRun run(rootOptions(nfsServer()));
        if (run.opened())
            run.run({ QStringLiteral("exportfs"), QStringLiteral("-ra") });
    }

    struct Applied
    {
        bool finished = false;
        bool succeeded = false;
        QString output;
        QStringList steps;
    };
    static Applied apply(ExportsApplier &applier, const QByteArray &content, const QStringList &directories)
    {
        Applied result;
        const auto progress = QObject::connect(
            &applier, &ExportsApplier::progress, [&](const QString &step) { result.steps.append(step); });
        const auto done = QObject::connect(
            &applier, &ExportsApplier::finished, [&](bool succeeded, const QString &output) {
                result = { true, succeeded, output, result.steps };
            });
        applier.apply(content, directories);
        [[maybe_unused]] const bool settled = QTest::qWaitFor([&] { return result.finished; }, 60000);
        QObject::disconnect(progress);
        QObject::disconnect(done);
        return result;
    }

    QString m_backingFile;
    QByteArray m_original;
};

} // namespace

TEST_F(ExportsApplierTest, LoadsAppliesAndRollsBackOnTheNfsServer)
{
    SessionRun run(rootOptions(nfsServer()));
    ASSERT_TRUE(run.opened()) << run.failure;
    ExportsApplier applier(&run.session);

    std::optional<std::pair<QByteArray, QString>> loaded;
    QObject::connect(&applier, &ExportsApplier::loaded,
        [&](const QByteArray &content, const QString &error) { loaded.emplace(content, error); });
    applier.load();
    ASSERT_TRUE(QTest::qWaitFor([&] { return loaded.has_value(); }, kCommandWaitMs));
    EXPECT_TRUE(loaded->second.isEmpty()) << loaded->second;
    EXPECT_EQ(loaded->first, m_original);

    // A new export, its directory, and a hostile directory name that must be created
    // verbatim and run nothing.
    const QByteArray newContent
        = m_original + "/srv/images/vf-new-export 10.231.0.0/24(rw,sync,no_subtree_check)\n";
    const QString hostileDirectory = QStringLiteral("/srv/images/vf dir; touch pwned");
    const Applied applied
        = apply(applier, newContent, { QStringLiteral("/srv/images/vf-new-export"), hostileDirectory });
    ASSERT_TRUE(applied.finished) << "no answer from the applier";
    EXPECT_TRUE(applied.succeeded) << applied.output;
    EXPECT_FALSE(applied.steps.isEmpty());
    EXPECT_TRUE(applied.output.contains(QStringLiteral("exportfs -ra"))) << applied.output;
    EXPECT_EQ(readLocalFile(m_backingFile), newContent);
    EXPECT_EQ(readLocalFile(serverEtcFile(ExportsApplier::backupPath())), m_original) << "the backup is the previous file";
    EXPECT_FALSE(QFile::exists(serverEtcFile(ExportsApplier::temporaryPath())));
    const QString images = env("VF_LAB_RUN") + QStringLiteral("/nfs-server/srv-images");
    EXPECT_TRUE(QFileInfo(images + QStringLiteral("/vf-new-export")).isDir());
    EXPECT_TRUE(QFileInfo(images + QStringLiteral("/vf dir; touch pwned")).isDir());
    EXPECT_FALSE(QFile::exists(images + QStringLiteral("/pwned")));

    const auto exports = run.run({ QStringLiteral("exportfs"), QStringLiteral("-v") });
    EXPECT_TRUE(exports.out.contains("/srv/images/vf-new-export")) << exports.out.constData();
    EXPECT_TRUE(exports.out.contains("/srv/images ")) << exports.out.constData();

    // Content exportfs rejects: the previous file comes back and is reloaded.
    const QByteArray rejected = newContent + "/srv/images 10.231.0.0/24(rw,bogus_option)\n";
    const Applied failed = apply(applier, rejected, {});
    ASSERT_TRUE(failed.finished);
    EXPECT_FALSE(failed.succeeded);
    EXPECT_TRUE(failed.output.contains(QStringLiteral("unknown keyword"))) << failed.output;
    EXPECT_TRUE(failed.output.contains(QStringLiteral("restored"))) << failed.output;
    EXPECT_EQ(failed.output.count(QStringLiteral("$ exportfs -ra")), 2) << failed.output;
    EXPECT_EQ(readLocalFile(m_backingFile), newContent) << "the file before the failed apply is back";
    EXPECT_EQ(readLocalFile(serverEtcFile(ExportsApplier::backupPath())), newContent);
    const auto after = run.run({ QStringLiteral("exportfs"), QStringLiteral("-v") });
    EXPECT_TRUE(after.out.contains("/srv/images/vf-new-export")) << after.out.constData();

    // A directory that cannot be created stops everything before /etc/exports is touched.
    const Applied early = apply(applier, m_original, { QStringLiteral("/proc/vf-cannot-exist") });
    EXPECT_FALSE(early.succeeded);
    EXPECT_TRUE(early.output.contains(QStringLiteral("was not changed"))) << early.output;
    EXPECT_EQ(readLocalFile(m_backingFile), newContent);
    RecordProperty("applied", applied.output.toStdString());
    RecordProperty("rolledBack", failed.output.toStdString());
}
