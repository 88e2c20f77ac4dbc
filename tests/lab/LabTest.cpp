// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: Virt Ferry contributors
// The lab's own tests: real libvirt daemons reached over SSH, libssh and TCP through the
// project's connection layer, a real guest's heartbeat, and one live migration on NFS.
#include "Connection.h"
#include "DomainRecorder.h"
#include "Lab.h"
#include "LibvirtHandles.h"
#include "QtPrinting.h"

#include <QSignalSpy>
#include <QTest>
#include <gtest/gtest.h>
#include <libvirt/virterror.h>

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
