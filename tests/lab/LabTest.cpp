// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: Virt Ferry contributors
// The lab's own tests: real libvirt daemons reached over SSH, libssh and TCP through the
// project's connection layer, a real guest's heartbeat, and one live migration on NFS.
#include "AskpassServer.h"
#include "Connection.h"
#include "SshPrompts.h"
#include "DomainRecorder.h"
#include "Lab.h"
#include "LibvirtCalls.h"
#include "LibvirtHandles.h"
#include "QtPrinting.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <gtest/gtest.h>
#include <libvirt/virterror.h>

#include <atomic>
#include <thread>

namespace {

constexpr int kConnectMs = 30000;
constexpr int kBootMs = 60000; // first domain on a fresh daemon probes capabilities

// A models-layer connection with a watcher attached before it opens, so the first
// listing is not missed.
struct LabConnection
{
    explicit LabConnection(const QString &uri)
        : connection(std::make_unique<Connection>([&] {
            ConnectionConfig config = ConnectionConfig::fromUri(uri);
            config.autoconnect = false;
            return config;
        }()))
        , watcher(*connection)
    {
        connection->setConnectTimeout(kConnectMs);
        connection->open();
        // The caller checks the state; a timeout here shows up there as "Connecting".
        [[maybe_unused]] const bool settled =
            QTest::qWaitFor([&] { return connection->state() != Connection::State::Connecting; }, kConnectMs + 5000);
    }
    Connection *operator->() const { return connection.get(); }

    std::unique_ptr<Connection> connection;
    DomainRecorder watcher;
};

Libvirt::DomainPtr defineOn(Lab::Host host, const QString &xml, Libvirt::ConnectPtr &connection)
{
    connection.reset(virConnectOpen(Lab::tcpUri(host).toUtf8().constData()));
    if (!connection)
        return {};
    return Libvirt::DomainPtr(virDomainDefineXML(connection.get(), xml.toUtf8().constData()));
}

class LabTest : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(Lab::isInside()) << "lab tests run inside the lab's client namespace"; }
    void TearDown() override
    {
        for (const QString &name : std::as_const(m_guests))
            Lab::removeGuestEverywhere(name);
    }
    QString guestName(const char *base)
    {
        m_guests.append(QString::fromLatin1(base));
        return m_guests.last();
    }
    QStringList m_guests;
};

} // namespace

TEST_F(LabTest, ConnectsToBothHostsOverSshAndLibssh)
{
    for (const QString &uri : {Lab::sshUri(Lab::Host::A), Lab::sshUri(Lab::Host::B), Lab::libsshUri(Lab::Host::A),
                               Lab::libsshUri(Lab::Host::B), Lab::tcpUri(Lab::Host::A)}) {
        LabConnection connection(uri);
        ASSERT_EQ(connection->state(), Connection::State::Connected) << uri << ": " << connection->stateText();
        const bool isHostB = uri.contains(Lab::hostName(Lab::Host::B));
        EXPECT_EQ(connection->hostInfo().hostname, isHostB ? Lab::hostName(Lab::Host::B) : Lab::hostName(Lab::Host::A))
            << uri;
        EXPECT_EQ(connection->hostInfo().hypervisorType, QStringLiteral("QEMU")) << uri;
        EXPECT_GT(connection->hostInfo().memoryKiB, 0u);
    }
}

TEST_F(LabTest, StartsTheGuestThroughTheConnectionAndSeesItsHeartbeat)
{
    const QString name = guestName("lab-heartbeat");
    Libvirt::ConnectPtr raw;
    Libvirt::DomainPtr domain = defineOn(Lab::Host::A, Lab::prepareGuest(name, Lab::GuestDisk::LocalFile, Lab::Host::A), raw);
    ASSERT_TRUE(domain) << LibvirtError::fromLastError().message();

    LabConnection connection(Lab::sshUri(Lab::Host::A));
    ASSERT_EQ(connection->state(), Connection::State::Connected) << connection->stateText();
    DomainRecorder &watcher = connection.watcher;
    ASSERT_TRUE(QTest::qWaitFor([&] { return watcher.byName(name).has_value(); }, 10000))
        << "the defined guest was not listed";
    EXPECT_EQ(watcher.byName(name)->state, DomainState::ShutOff);

    QSignalSpy finished(connection.connection.get(), &Connection::actionFinished);
    connection->requestDomainAction(watcher.byName(name)->uuid, DomainAction::Start);
    ASSERT_TRUE(QTest::qWaitFor([&] { return finished.count() == 1; }, kBootMs));
    ASSERT_TRUE(finished.first().at(3).toBool()) << finished.first().at(4).toString();
    EXPECT_TRUE(QTest::qWaitFor([&] { return watcher.byName(name)->state == DomainState::Running; }, 10000))
        << "the start event did not reach the model";

    const int tick = Lab::waitForTick(Lab::Host::A, name, 10, kBootMs);
    EXPECT_GE(tick, 10) << "no heartbeat on host A's serial console";
    EXPECT_EQ(Lab::activeCopies(name), 1);
}

TEST_F(LabTest, LiveMigrationOnNfsKeepsTheGuestBeatingOnHostB)
{
    const QString name = guestName("lab-migrate-nfs");
    Libvirt::ConnectPtr source;
    Libvirt::DomainPtr domain =
        defineOn(Lab::Host::A, Lab::prepareGuest(name, Lab::GuestDisk::NfsNetwork, Lab::Host::A, 1), source);
    ASSERT_TRUE(domain) << LibvirtError::fromLastError().message();
    ASSERT_EQ(virDomainCreate(domain.get()), 0) << LibvirtError::fromLastError().message();
    const int beforeMigration = Lab::waitForTick(Lab::Host::A, name, 10, kBootMs);
    ASSERT_GE(beforeMigration, 10) << "the guest never beat on host A";

    // The models' view of host B, to see the guest arrive through events.
    LabConnection hostB(Lab::sshUri(Lab::Host::B));
    ASSERT_EQ(hostB->state(), Connection::State::Connected) << hostB->stateText();
    DomainRecorder &watcherB = hostB.watcher;
    ASSERT_TRUE(QTest::qWaitFor([&] { return !watcherB.byName(name).has_value(); }, 5000));

    Libvirt::ConnectPtr destination(virConnectOpen(Lab::tcpUri(Lab::Host::B).toUtf8().constData()));
    ASSERT_TRUE(destination);
    virTypedParameterPtr params = nullptr;
    int count = 0;
    int capacity = 0;
    virTypedParamsAddString(&params, &count, &capacity, VIR_MIGRATE_PARAM_DEST_NAME, name.toUtf8().constData());
    const unsigned int flags = VIR_MIGRATE_LIVE | VIR_MIGRATE_PERSIST_DEST | VIR_MIGRATE_UNDEFINE_SOURCE;
    Libvirt::DomainPtr migrated(virDomainMigrate3(domain.get(), destination.get(), params, count, flags));
    virTypedParamsFree(params, count);
    ASSERT_TRUE(migrated) << LibvirtError::fromLastError().message();

    EXPECT_EQ(Lab::activeCopies(name), 1) << "the guest must run on exactly one host";
    Libvirt::DomainPtr onA(virDomainLookupByName(source.get(), name.toUtf8().constData()));
    EXPECT_FALSE(onA) << "the source definition should be gone (UNDEFINE_SOURCE)";
    virResetLastError();
    EXPECT_EQ(virDomainIsActive(migrated.get()), 1);

    // The heartbeat goes on where it left off: the counter lives in the migrated memory.
    const int afterMigration = Lab::waitForTick(Lab::Host::B, name, beforeMigration + 10, 30000);
    EXPECT_GE(afterMigration, beforeMigration + 10) << "no heartbeat on host B";
    const QList<int> onB = Lab::ticks(Lab::Host::B, name);
    ASSERT_FALSE(onB.isEmpty());
    EXPECT_GT(onB.first(), beforeMigration) << "host B's guest restarted instead of continuing";
    EXPECT_TRUE(QTest::qWaitFor(
        [&] { return watcherB.byName(name) && watcherB.byName(name)->state == DomainState::Running; }, 10000))
        << "host B's model never saw the guest arrive";
}

TEST_F(LabTest, KeepaliveNoticesACutLinkAndReconnectWorksOnceItIsBack)
{
    LabConnection hostB(Lab::sshUri(Lab::Host::B));
    ASSERT_EQ(hostB->state(), Connection::State::Connected) << hostB->stateText();

    ASSERT_TRUE(Lab::setLinkUp(Lab::Host::B, false));
    // Keepalive is 5 s x 3 probes: the drop must show well within 30 s.
    const bool noticed = QTest::qWaitFor([&] { return hostB->state() == Connection::State::Disconnected; }, 30000);
    ASSERT_TRUE(Lab::setLinkUp(Lab::Host::B, true));
    ASSERT_TRUE(noticed) << "still " << hostB->stateText();
    EXPECT_EQ(hostB->stateText(), QStringLiteral("Disconnected: keepalive timeout"));

    hostB->open(); // what the Reconnect action does
    EXPECT_TRUE(QTest::qWaitFor([&] { return hostB->state() == Connection::State::Connected; }, 30000))
        << hostB->stateText();
}

namespace {
QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}
bool writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(content) == content.size();
}
QByteArray withoutHost(const QByteArray &knownHosts, const QString &host)
{
    QByteArray kept;
    for (const QByteArray &line : knownHosts.split('\n')) {
        if (!line.isEmpty() && !line.startsWith(host.toUtf8() + ',') && !line.startsWith(host.toUtf8() + ' '))
            kept += line + '\n';
    }
    return kept;
}
} // namespace

TEST_F(LabTest, QemuSshPasswordPromptReachesTheAppThroughAskpass)
{
    AskpassServer askpass(QStringLiteral(VF_ASKPASS_HELPER));
    QString error;
    ASSERT_TRUE(askpass.listen(&error)) << error;
    askpass.exportToEnvironment();
    QList<CredentialExchange::Kind> asked;
    QObject::connect(&askpass, &AskpassServer::credentialsRequested, [&](const CredentialExchangePtr &exchange) {
        asked.append(exchange->prompts().first().kind);
        exchange->answer({qEnvironmentVariable("VF_LAB_PASSWORD").toUtf8()});
    });
    LabConnection connection(QStringLiteral("qemu+ssh://%1@%2/system")
                                 .arg(qEnvironmentVariable("VF_LAB_PASSWORD_USER"), Lab::hostName(Lab::Host::A)));
    EXPECT_EQ(connection->state(), Connection::State::Connected) << connection->stateText();
    EXPECT_EQ(asked, QList{CredentialExchange::Kind::Password}) << "exactly one password prompt, through the app";
    EXPECT_EQ(connection->hostInfo().hostname, Lab::hostName(Lab::Host::A));
}

// A migration's own connections (Libvirt::openPrivateConnection) reach the same host
// where keys let ssh in, and never ask anything where only a password would.
TEST_F(LabTest, PrivateConnectionsOpenWithKeysAndNeverPrompt)
{
    LabConnection withKey(Lab::sshUri(Lab::Host::A));
    ASSERT_EQ(withKey->state(), Connection::State::Connected) << withKey->stateText();
    const auto openPrivate = [](const ConnectionHandle &shared) {
        // Off the main thread: the askpass server below answers on it.
        std::atomic_bool done = false;
        Libvirt::ConnectPtr opened;
        QString hostname;
        std::thread worker([&] {
            opened = Libvirt::openPrivateConnection(shared.get());
            if (opened)
                hostname = Libvirt::takeString(virConnectGetHostname(opened.get()));
            done = true;
        });
        const bool finished = QTest::qWaitFor([&] { return done.load(); }, 60000);
        worker.join();
        EXPECT_TRUE(finished);
        return std::make_pair(std::move(opened), hostname);
    };
    auto [privateWithKey, hostname] = openPrivate(withKey->handle());
    ASSERT_TRUE(privateWithKey) << "keys let the shared connection in, so they must let this one in";
    EXPECT_NE(privateWithKey.get(), withKey->handle().get());
    EXPECT_EQ(hostname, Lab::hostName(Lab::Host::A));
    EXPECT_TRUE(Libvirt::takeString(virConnectGetURI(privateWithKey.get())).contains(QStringLiteral("no_tty=1")));

    AskpassServer askpass(QStringLiteral(VF_ASKPASS_HELPER));
    QString error;
    ASSERT_TRUE(askpass.listen(&error)) << error;
    askpass.exportToEnvironment();
    int prompts = 0;
    QObject::connect(&askpass, &AskpassServer::credentialsRequested, [&](const CredentialExchangePtr &exchange) {
        ++prompts;
        exchange->answer({qEnvironmentVariable("VF_LAB_PASSWORD").toUtf8()});
    });
    LabConnection withPassword(QStringLiteral("qemu+ssh://%1@%2/system")
                                   .arg(qEnvironmentVariable("VF_LAB_PASSWORD_USER"), Lab::hostName(Lab::Host::A)));
    ASSERT_EQ(withPassword->state(), Connection::State::Connected) << withPassword->stateText();
    ASSERT_EQ(prompts, 1);
    auto [privateWithPassword, unused] = openPrivate(withPassword->handle());
    EXPECT_FALSE(privateWithPassword) << "only a typed password lets this user in";
    EXPECT_EQ(prompts, 1) << "the private connection asked for the password";
}

TEST_F(LabTest, QemuSshUnknownHostKeyIsAskedInTheAppAndRemembered)
{
    const QString knownHosts = qEnvironmentVariable("VF_LAB_KNOWN_HOSTS");
    const QByteArray original = readFile(knownHosts);
    ASSERT_TRUE(writeFile(knownHosts, withoutHost(original, Lab::hostName(Lab::Host::B))));
    AskpassServer askpass(QStringLiteral(VF_ASKPASS_HELPER));
    QString error;
    ASSERT_TRUE(askpass.listen(&error)) << error;
    askpass.exportToEnvironment();
    QString hostKeyPrompt;
    QObject::connect(&askpass, &AskpassServer::credentialsRequested, [&](const CredentialExchangePtr &exchange) {
        hostKeyPrompt = exchange->prompts().first().prompt;
        const bool isHostKey = exchange->prompts().first().kind == CredentialExchange::Kind::HostKeyConfirmation;
        exchange->answer({isHostKey ? SshPrompts::openSshAnswer(true) : QByteArray()});
    });
    LabConnection connection(Lab::sshUri(Lab::Host::B));
    const QByteArray after = readFile(knownHosts);
    writeFile(knownHosts, original);
    EXPECT_EQ(connection->state(), Connection::State::Connected) << connection->stateText();
    const auto info = SshPrompts::hostKeyFromOpenSshPrompt(hostKeyPrompt);
    ASSERT_TRUE(info.has_value()) << hostKeyPrompt;
    EXPECT_EQ(info->host, Lab::hostName(Lab::Host::B));
    EXPECT_TRUE(info->sha256Fingerprint.startsWith(QStringLiteral("SHA256:")));
    // Debian's ssh hashes host names in known_hosts, so look for the key itself.
    const QByteArray hostBKey = readFile(qEnvironmentVariable("VF_LAB_RUN") + QStringLiteral("/host-b/ssh_host_ed25519_key.pub"))
                                    .split(' ')
                                    .value(1);
    ASSERT_FALSE(hostBKey.isEmpty());
    EXPECT_FALSE(withoutHost(original, Lab::hostName(Lab::Host::B)).contains(hostBKey));
    EXPECT_TRUE(after.contains(hostBKey)) << "trusting must remember the key";
}

TEST_F(LabTest, QemuLibsshHostKeyQuestionsComeThroughTheCredentialCallback)
{
    QTemporaryDir dir;
    const QString knownHosts = dir.filePath(QStringLiteral("known_hosts"));
    ASSERT_TRUE(writeFile(knownHosts, withoutHost(readFile(qEnvironmentVariable("VF_LAB_KNOWN_HOSTS")),
                                                  Lab::hostName(Lab::Host::B))));
    const QString uri = QStringLiteral("qemu+libssh://root@%1/system?known_hosts=%2&keyfile=%3&sshauth=privkey")
                            .arg(Lab::hostName(Lab::Host::B), knownHosts, qEnvironmentVariable("VF_LAB_SSH_KEY"));

    // First answer no: a clear refusal, and nothing remembered.
    {
        ConnectionConfig config = ConnectionConfig::fromUri(uri);
        config.autoconnect = false;
        Connection connection(config);
        QString prompt;
        QObject::connect(&connection, &Connection::credentialsRequested, [&](const CredentialExchangePtr &exchange) {
            prompt = exchange->prompts().first().prompt;
            exchange->answer({SshPrompts::libvirtAnswer(false)});
        });
        connection.open();
        ASSERT_TRUE(QTest::qWaitFor([&] { return connection.state() == Connection::State::Failed; }, 30000))
            << connection.stateText();
        const auto info = SshPrompts::hostKeyFromLibvirtPrompt(prompt);
        ASSERT_TRUE(info.has_value()) << prompt;
        EXPECT_EQ(info->host, Lab::hostName(Lab::Host::B));
        EXPECT_FALSE(readFile(knownHosts).contains(Lab::hostName(Lab::Host::B).toUtf8()));
    }
    // Then yes: connected, and the key is in the chosen known_hosts file.
    ConnectionConfig config = ConnectionConfig::fromUri(uri);
    config.autoconnect = false;
    Connection connection(config);
    QObject::connect(&connection, &Connection::credentialsRequested, [&](const CredentialExchangePtr &exchange) {
        exchange->answer({SshPrompts::libvirtAnswer(true)});
    });
    connection.open();
    ASSERT_TRUE(QTest::qWaitFor([&] { return connection.state() != Connection::State::Connecting; }, 30000));
    EXPECT_EQ(connection.state(), Connection::State::Connected) << connection.stateText();
    EXPECT_TRUE(readFile(knownHosts).contains(Lab::hostName(Lab::Host::B).toUtf8()));

    // A key that changed is refused outright, with libvirt's man-in-the-middle warning.
    const QByteArray hostALine = readFile(qEnvironmentVariable("VF_LAB_KNOWN_HOSTS")).split('\n').first();
    QByteArray forged = hostALine;
    forged.replace(Lab::hostName(Lab::Host::A).toUtf8(), Lab::hostName(Lab::Host::B).toUtf8());
    ASSERT_TRUE(writeFile(knownHosts, forged + '\n'));
    Connection changed(config);
    int prompts = 0;
    QObject::connect(&changed, &Connection::credentialsRequested, [&](const CredentialExchangePtr &exchange) {
        ++prompts;
        exchange->answer({SshPrompts::libvirtAnswer(true)});
    });
    changed.open();
    ASSERT_TRUE(QTest::qWaitFor([&] { return changed.state() == Connection::State::Failed; }, 30000))
        << changed.stateText();
    EXPECT_EQ(prompts, 0) << "a changed key must not be offered for acceptance";
    EXPECT_TRUE(changed.stateReason().contains(QStringLiteral("man in the middle"), Qt::CaseInsensitive))
        << changed.stateReason();
}

TEST_F(LabTest, QemuLibsshPasswordThroughTheCredentialCallback)
{
    // libvirt's default order (agent, private keys, password): the keys are refused first.
    const QString uri = QStringLiteral("qemu+libssh://%1@%2/system?known_hosts=%3")
                            .arg(qEnvironmentVariable("VF_LAB_PASSWORD_USER"), Lab::hostName(Lab::Host::A),
                                 qEnvironmentVariable("VF_LAB_KNOWN_HOSTS"));
    ConnectionConfig config = ConnectionConfig::fromUri(uri);
    config.autoconnect = false;
    Connection connection(config);
    connection.setConnectTimeout(30000);
    QStringList prompts;
    QObject::connect(&connection, &Connection::credentialsRequested, [&](const CredentialExchangePtr &exchange) {
        QList<QByteArray> answers;
        for (const CredentialExchange::Prompt &prompt : exchange->prompts()) {
            prompts.append(prompt.prompt);
            answers.append(prompt.kind == CredentialExchange::Kind::Username
                               ? qEnvironmentVariable("VF_LAB_PASSWORD_USER").toUtf8()
                               : qEnvironmentVariable("VF_LAB_PASSWORD").toUtf8());
        }
        exchange->answer(answers);
    });
    connection.open();
    ASSERT_TRUE(QTest::qWaitFor([&] { return connection.state() != Connection::State::Connecting; }, 40000));
    EXPECT_EQ(connection.state(), Connection::State::Connected) << connection.stateText();
    EXPECT_EQ(prompts.size(), 1) << prompts.join(u'|');
}
