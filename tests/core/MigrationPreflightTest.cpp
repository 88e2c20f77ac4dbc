// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: Virt Ferry contributors
// Pre-flight checks on libvirt's test driver: every host is a private node XML written
// here (networks, pools with volumes, domains), opened through Connection, so two
// connections behave as two hosts. Each test asserts the outcome of specific checks.
#include "MigrationPreflight.h"
#include "Connection.h"
#include "QtPrinting.h"
#include "TestDriverHosts.h"
#include "TestDriverXml.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamWriter>
#include <gtest/gtest.h>

#include <memory>
#include <vector>

inline void PrintTo(PreflightCheck::Outcome outcome, std::ostream *os)
{
    switch (outcome) {
    case PreflightCheck::Outcome::Pass:
        *os << "Pass";
        break;
    case PreflightCheck::Outcome::Warning:
        *os << "Warning";
        break;
    case PreflightCheck::Outcome::Failure:
        *os << "Failure";
        break;
    }
}

namespace {

using Outcome = PreflightCheck::Outcome;

constexpr quint64 kGiB = 1024ULL * 1024 * 1024;

struct TestVolume
{
    QString name;
    quint64 capacity = 0;
    quint64 allocation = 0;
};

struct TestPool
{
    QString name;
    QString path;
    QList<TestVolume> volumes;
};

struct TestDomain
{
    QString name;
    QString uuid;
    int runstate = 1; // 1 running, 5 shut off
    QString network; // empty: no interface
    QString diskPath; // empty: no disk
    QString cache; // disk cache attribute
    bool customCpu = false;
    bool hostdev = false; // a PCI device of the host
};

struct TestNode
{
    QStringList networks;
    QList<TestPool> pools;
    QList<TestDomain> domains;
};

void writeNode(const QString &path, const TestNode &node)
{
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate)) << file.errorString();
    QXmlStreamWriter xml(&file);
    xml.setAutoFormatting(true);
    xml.writeStartDocument();
    xml.writeStartElement(QStringLiteral("node"));
    TestDriverXml::writeHostCpu(xml, { QStringLiteral("i686"), 4, 1, 4, 1 });
    xml.writeTextElement(QStringLiteral("memory"), QStringLiteral("8388608"));
    int serial = 0;
    for (const QString &network : node.networks) {
        ++serial;
        xml.writeStartElement(QStringLiteral("network"));
        xml.writeTextElement(QStringLiteral("name"), network);
        xml.writeTextElement(QStringLiteral("uuid"),
            QStringLiteral("6a0a0000-0000-4000-8000-%1").arg(serial, 12, 10, QLatin1Char('0')));
        xml.writeEmptyElement(QStringLiteral("bridge"));
        xml.writeAttribute(QStringLiteral("name"), QStringLiteral("virbr%1").arg(serial + 10));
        xml.writeEndElement();
    }
    for (const TestPool &pool : node.pools) {
        ++serial;
        xml.writeStartElement(QStringLiteral("pool"));
        xml.writeAttribute(QStringLiteral("type"), QStringLiteral("dir"));
        xml.writeTextElement(QStringLiteral("name"), pool.name);
        xml.writeTextElement(QStringLiteral("uuid"),
            QStringLiteral("7a0a0000-0000-4000-8000-%1").arg(serial, 12, 10, QLatin1Char('0')));
        xml.writeEmptyElement(QStringLiteral("source"));
        xml.writeStartElement(QStringLiteral("target"));
        xml.writeTextElement(QStringLiteral("path"), pool.path);
        xml.writeEndElement();
        for (const TestVolume &volume : pool.volumes) {
            xml.writeStartElement(QStringLiteral("volume"));
            xml.writeAttribute(QStringLiteral("type"), QStringLiteral("file"));
            xml.writeTextElement(QStringLiteral("name"), volume.name);
            xml.writeTextElement(QStringLiteral("capacity"), QString::number(volume.capacity));
            xml.writeTextElement(QStringLiteral("allocation"), QString::number(volume.allocation));
            xml.writeStartElement(QStringLiteral("target"));
            xml.writeTextElement(QStringLiteral("path"), pool.path + QLatin1Char('/') + volume.name);
            xml.writeEndElement();
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }
    for (const TestDomain &domain : node.domains) {
        TestDriverXml::startDomain(xml, domain.name, domain.uuid, 512, 1);
        TestDriverXml::writeHvmOs(xml, QStringLiteral("i686"));
        if (domain.customCpu) {
            xml.writeStartElement(QStringLiteral("cpu"));
            xml.writeAttribute(QStringLiteral("mode"), QStringLiteral("custom"));
            xml.writeAttribute(QStringLiteral("match"), QStringLiteral("exact"));
            xml.writeTextElement(QStringLiteral("model"), QStringLiteral("qemu32"));
            xml.writeEndElement();
        }
        xml.writeStartElement(QStringLiteral("devices"));
        if (!domain.diskPath.isEmpty())
            TestDriverXml::writeFileDisk(
                xml, domain.diskPath, QStringLiteral("vda"), QStringLiteral("raw"), domain.cache);
        if (domain.hostdev) {
            xml.writeStartElement(QStringLiteral("hostdev"));
            xml.writeAttribute(QStringLiteral("mode"), QStringLiteral("subsystem"));
            xml.writeAttribute(QStringLiteral("type"), QStringLiteral("pci"));
            xml.writeAttribute(QStringLiteral("managed"), QStringLiteral("yes"));
            xml.writeStartElement(QStringLiteral("source"));
            xml.writeEmptyElement(QStringLiteral("address"));
            xml.writeAttribute(QStringLiteral("domain"), QStringLiteral("0x0000"));
            xml.writeAttribute(QStringLiteral("bus"), QStringLiteral("0x03"));
            xml.writeAttribute(QStringLiteral("slot"), QStringLiteral("0x00"));
            xml.writeAttribute(QStringLiteral("function"), QStringLiteral("0x0"));
            xml.writeEndElement();
            xml.writeEndElement();
        }
        if (!domain.network.isEmpty()) {
            xml.writeStartElement(QStringLiteral("interface"));
            xml.writeAttribute(QStringLiteral("type"), QStringLiteral("network"));
            xml.writeEmptyElement(QStringLiteral("source"));
            xml.writeAttribute(QStringLiteral("network"), domain.network);
            xml.writeEndElement();
        }
        xml.writeEndElement(); // devices
        TestDriverXml::endDomain(xml, domain.runstate);
    }
    xml.writeEndElement();
    xml.writeEndDocument();
    ASSERT_FALSE(xml.hasError());
}

const QString kVmUuid = QStringLiteral("5a0a0000-0000-4000-8000-000000000001");

TestDomain guest(int runstate = 1)
{
    TestDomain domain;
    domain.name = QStringLiteral("guest");
    domain.uuid = kVmUuid;
    domain.runstate = runstate;
    return domain;
}

// Hosts with the nodes each test writes.
class Hosts
{
public:
    Connection *open(const QString &name, const TestNode &node)
    {
        const QString path = m_hosts.filePath(name + QStringLiteral(".xml"));
        writeNode(path, node);
        return openUri(QStringLiteral("test://") + path);
    }
    Connection *openUri(const QString &uri) { return m_hosts.openUri(uri); }

private:
    TestDriverHosts m_hosts;
};

// A plan whose migration stream goes to an explicit URI, so the test driver's host name
// (this machine's, which may resolve to loopback) does not decide the outcome.
MigrationPlan livePlan()
{
    MigrationPlan plan;
    plan.method = MigrationPlan::Method::Libvirt;
    plan.options.mode = MigrationOptions::Mode::LiveShared;
    plan.options.migrationUri = QStringLiteral("tcp://192.0.2.10:49152");
    return plan;
}

QList<PreflightCheck> runChecks(
    Connection *source, Connection *destination, const MigrationPlan &plan, const QString &uuid = kVmUuid)
{
    MigrationPreflight preflight;
    QSignalSpy finished(&preflight, &MigrationPreflight::finished);
    preflight.start(PreflightRequest { source->handle(), destination->handle(), uuid, plan });
    EXPECT_TRUE(preflight.isRunning());
    EXPECT_TRUE(finished.wait(20000));
    EXPECT_EQ(finished.count(), 1);
    EXPECT_FALSE(preflight.isRunning());
    if (finished.isEmpty())
        return {};
    return finished.first().first().value<QList<PreflightCheck>>();
}

PreflightCheck checkById(const QList<PreflightCheck> &checks, const QString &id)
{
    for (const PreflightCheck &check : checks)
        if (check.id == id)
            return check;
    ADD_FAILURE() << "no check " << id.toStdString();
    return PreflightCheck { QStringLiteral("<missing>"), {}, Outcome::Pass, {}, {} };
}

QStringList ids(const QList<PreflightCheck> &checks)
{
    QStringList result;
    for (const PreflightCheck &check : checks)
        result.append(check.id);
    return result;
}

} // namespace

TEST(MigrationPreflight, ChecksComeInAFixedOrder)
{
    Hosts hosts;
    TestDomain domain = guest();
    domain.network = QStringLiteral("lan");
    domain.diskPath = QStringLiteral("/images/guest.img");
    domain.cache = QStringLiteral("none");
    TestNode a;
    a.networks = { QStringLiteral("lan") };
    a.pools = { TestPool { QStringLiteral("images"), QStringLiteral("/images"),
        { TestVolume { QStringLiteral("guest.img"), kGiB, kGiB / 2 } } } };
    a.domains = { domain };
    TestNode b;
    b.networks = { QStringLiteral("lan") };
    b.pools = a.pools; // the same storage, as if shared
    b.pools.first().volumes = { TestVolume { QStringLiteral("guest.img"), kGiB, kGiB / 2 } };
    Connection *source = hosts.open(QStringLiteral("a"), a);
    Connection *destination = hosts.open(QStringLiteral("b"), b);

    const QList<PreflightCheck> checks = runChecks(source, destination, livePlan());
    EXPECT_EQ(ids(checks),
        QStringList({ QStringLiteral("destination.connected"), QStringLiteral("destination.distinct"),
            QStringLiteral("hypervisor"), QStringLiteral("domain.state"), QStringLiteral("cpu"),
            QStringLiteral("machine"), QStringLiteral("memory"), QStringLiteral("disk.vda"),
            QStringLiteral("network.lan"), QStringLiteral("name"), QStringLiteral("uuid"),
            QStringLiteral("destination.hostname"), QStringLiteral("cache"), QStringLiteral("hostdev") }));
    for (const PreflightCheck &check : checks) {
        EXPECT_FALSE(check.title.isEmpty()) << check.id;
        EXPECT_FALSE(check.detail.isEmpty()) << check.id;
        if (check.id != u"memory") { // the test driver's private hosts report no free memory
            EXPECT_EQ(check.outcome, Outcome::Pass) << check.id << ": " << check.detail;
        }
    }
    EXPECT_FALSE(MigrationPreflight::blocks(checks));
}

TEST(MigrationPreflight, AMissingNetworkOnTheDestinationBlocks)
{
    Hosts hosts;
    TestDomain domain = guest();
    domain.network = QStringLiteral("lan");
    TestNode a;
    a.networks = { QStringLiteral("lan") };
    a.domains = { domain };
    TestNode withoutLan;
    withoutLan.networks = { QStringLiteral("other") };
    TestNode withLan;
    withLan.networks = { QStringLiteral("lan") };
    Connection *source = hosts.open(QStringLiteral("a"), a);
    Connection *b = hosts.open(QStringLiteral("b"), withoutLan);
    Connection *c = hosts.open(QStringLiteral("c"), withLan);

    QList<PreflightCheck> checks = runChecks(source, b, livePlan());
    PreflightCheck network = checkById(checks, QStringLiteral("network.lan"));
    EXPECT_EQ(network.outcome, Outcome::Failure) << network.detail;
    EXPECT_TRUE(network.detail.contains(QStringLiteral("lan"))) << network.detail;
    EXPECT_FALSE(network.fixHint.isEmpty());
    EXPECT_TRUE(MigrationPreflight::blocks(checks));

    checks = runChecks(source, c, livePlan());
    network = checkById(checks, QStringLiteral("network.lan"));
    EXPECT_EQ(network.outcome, Outcome::Pass) << network.detail;
    EXPECT_FALSE(MigrationPreflight::blocks(checks));
}

TEST(MigrationPreflight, ANameTakenOnTheDestinationAsksForANewName)
{
    Hosts hosts;
    TestNode a;
    a.domains = { guest() };
    TestDomain namesake = guest(5);
    namesake.uuid = QStringLiteral("5a0a0000-0000-4000-8000-0000000000ff");
    TestNode b;
    b.domains = { namesake };
    Connection *source = hosts.open(QStringLiteral("a"), a);
    Connection *destination = hosts.open(QStringLiteral("b"), b);

    MigrationPlan plan = livePlan();
    QList<PreflightCheck> checks = runChecks(source, destination, plan);
    PreflightCheck name = checkById(checks, QStringLiteral("name"));
    EXPECT_EQ(name.outcome, Outcome::Failure) << name.detail;
    EXPECT_TRUE(name.detail.contains(QStringLiteral("guest"))) << name.detail;
    EXPECT_TRUE(name.fixHint.contains(QStringLiteral("new name"))) << name.fixHint;
    EXPECT_EQ(checkById(checks, QStringLiteral("uuid")).outcome, Outcome::Pass);
    EXPECT_TRUE(MigrationPreflight::blocks(checks));

    plan.options.destinationName = QStringLiteral("guest-moved");
    checks = runChecks(source, destination, plan);
    name = checkById(checks, QStringLiteral("name"));
    EXPECT_EQ(name.outcome, Outcome::Pass) << name.detail;
    EXPECT_TRUE(name.detail.contains(QStringLiteral("guest-moved"))) << name.detail;

    // The new name itself is checked: the destination's own "guest" is taken.
    plan.options.destinationName = QStringLiteral("guest");
    checks = runChecks(source, destination, plan);
    name = checkById(checks, QStringLiteral("name"));
    EXPECT_EQ(name.outcome, Outcome::Failure) << name.detail;
    EXPECT_TRUE(name.fixHint.contains(QStringLiteral("another new name"))) << name.fixHint;
}

TEST(MigrationPreflight, TheSameUuidOnTheDestinationFails)
{
    Hosts hosts;
    TestNode a;
    a.domains = { guest() };
    TestDomain twin = guest(5);
    twin.name = QStringLiteral("twin");
    TestNode b;
    b.domains = { twin };
    Connection *source = hosts.open(QStringLiteral("a"), a);
    Connection *destination = hosts.open(QStringLiteral("b"), b);

    const QList<PreflightCheck> checks = runChecks(source, destination, livePlan());
    EXPECT_EQ(checkById(checks, QStringLiteral("name")).outcome, Outcome::Pass);
    const PreflightCheck uuid = checkById(checks, QStringLiteral("uuid"));
    EXPECT_EQ(uuid.outcome, Outcome::Failure) << uuid.detail;
    EXPECT_TRUE(uuid.detail.contains(QStringLiteral("twin"))) << uuid.detail;
}

TEST(MigrationPreflight, ARunningVmCannotBeCopiedOffline)
{
    Hosts hosts;
    TestNode a;
    a.domains = { guest(1) };
    Connection *source = hosts.open(QStringLiteral("a"), a);
    Connection *destination = hosts.open(QStringLiteral("b"), TestNode());

    MigrationPlan plan;
    plan.method = MigrationPlan::Method::OfflineCopy;
    plan.destinationPool = QStringLiteral("images");
    QList<PreflightCheck> checks = runChecks(source, destination, plan);
    PreflightCheck state = checkById(checks, QStringLiteral("domain.state"));
    EXPECT_EQ(state.outcome, Outcome::Failure) << state.detail;
    EXPECT_TRUE(state.fixHint.contains(QStringLiteral("Shut"))) << state.fixHint;
    EXPECT_TRUE(MigrationPreflight::blocks(checks));

    // The same VM moved live is fine as far as its state goes.
    checks = runChecks(source, destination, livePlan());
    state = checkById(checks, QStringLiteral("domain.state"));
    EXPECT_EQ(state.outcome, Outcome::Pass) << state.detail;
}

TEST(MigrationPreflight, APoolTooSmallForTheCopyFails)
{
    Hosts hosts;
    TestDomain domain = guest(5);
    domain.diskPath = QStringLiteral("/images/guest.img");
    TestNode a;
    a.pools = { TestPool { QStringLiteral("images"), QStringLiteral("/images"),
        { TestVolume { QStringLiteral("guest.img"), 4 * kGiB, kGiB } } } };
    a.domains = { domain };
    // The test driver gives every pool 100 GiB; a filler volume leaves "small" half a GiB.
    TestNode b;
    b.pools = { TestPool { QStringLiteral("small"), QStringLiteral("/small"),
                    { TestVolume { QStringLiteral("filler"), 100 * kGiB, 100 * kGiB - kGiB / 2 } } },
        TestPool { QStringLiteral("large"), QStringLiteral("/large"), {} } };
    Connection *source = hosts.open(QStringLiteral("a"), a);
    Connection *destination = hosts.open(QStringLiteral("b"), b);

    MigrationPlan plan;
    plan.method = MigrationPlan::Method::OfflineCopy;
    plan.destinationPool = QStringLiteral("small");
    QList<PreflightCheck> checks = runChecks(source, destination, plan);
    PreflightCheck disk = checkById(checks, QStringLiteral("disk.vda"));
    EXPECT_EQ(disk.outcome, Outcome::Failure) << disk.detail;
    EXPECT_TRUE(disk.detail.contains(QStringLiteral("small"))) << disk.detail;
    EXPECT_TRUE(MigrationPreflight::blocks(checks));

    plan.destinationPool = QStringLiteral("large");
    checks = runChecks(source, destination, plan);
    disk = checkById(checks, QStringLiteral("disk.vda"));
    EXPECT_EQ(disk.outcome, Outcome::Pass) << disk.detail;
    EXPECT_EQ(checkById(checks, QStringLiteral("domain.state")).outcome, Outcome::Pass);

    plan.destinationPool = QStringLiteral("nowhere");
    checks = runChecks(source, destination, plan);
    disk = checkById(checks, QStringLiteral("disk.vda"));
    EXPECT_EQ(disk.outcome, Outcome::Failure) << disk.detail;
    EXPECT_TRUE(disk.detail.contains(QStringLiteral("nowhere"))) << disk.detail;
}

TEST(MigrationPreflight, ADiskTheDestinationCannotReachNeedsAStorageCopy)
{
    Hosts hosts;
    TestDomain domain = guest();
    domain.diskPath = QStringLiteral("/images/guest.img");
    domain.cache = QStringLiteral("writeback");
    TestNode a;
    a.pools = { TestPool { QStringLiteral("images"), QStringLiteral("/images"),
        { TestVolume { QStringLiteral("guest.img"), kGiB, kGiB } } } };
    a.domains = { domain };
    TestNode b;
    b.pools = { TestPool { QStringLiteral("images"), QStringLiteral("/images"), {} } };
    Connection *source = hosts.open(QStringLiteral("a"), a);
    Connection *destination = hosts.open(QStringLiteral("b"), b);

    MigrationPlan plan = livePlan();
    QList<PreflightCheck> checks = runChecks(source, destination, plan);
    PreflightCheck disk = checkById(checks, QStringLiteral("disk.vda"));
    EXPECT_EQ(disk.outcome, Outcome::Failure) << disk.detail;
    EXPECT_TRUE(disk.fixHint.contains(QStringLiteral("storage copy"))) << disk.fixHint;
    EXPECT_EQ(checkById(checks, QStringLiteral("cache")).outcome, Outcome::Warning);

    // Copied by libvirt into the destination pool with the same folder: it fits, and a
    // copied disk's cache mode does not matter.
    plan.options.mode = MigrationOptions::Mode::LiveCopyAllStorage;
    checks = runChecks(source, destination, plan);
    disk = checkById(checks, QStringLiteral("disk.vda"));
    EXPECT_EQ(disk.outcome, Outcome::Pass) << disk.detail;
    EXPECT_EQ(checkById(checks, QStringLiteral("cache")).outcome, Outcome::Pass);

    // Left out of the disks to copy: it must be shared again.
    plan.options.migrateDisks = { QStringLiteral("vdb") };
    checks = runChecks(source, destination, plan);
    disk = checkById(checks, QStringLiteral("disk.vda"));
    EXPECT_EQ(disk.outcome, Outcome::Failure) << disk.detail;
    EXPECT_TRUE(disk.detail.contains(QStringLiteral("Not among the disks to copy"))) << disk.detail;
}

TEST(MigrationPreflight, TheSameHostTwiceFails)
{
    Hosts hosts;
    TestNode a;
    a.domains = { guest() };
    Connection *source = hosts.open(QStringLiteral("a"), a);
    // A second connection to the same URI reaches the same host.
    Connection *again = hosts.openUri(source->config().uri());
    Connection *other = hosts.open(QStringLiteral("b"), TestNode());

    QList<PreflightCheck> checks = runChecks(source, again, livePlan());
    PreflightCheck distinct = checkById(checks, QStringLiteral("destination.distinct"));
    EXPECT_EQ(distinct.outcome, Outcome::Failure) << distinct.detail;
    EXPECT_TRUE(MigrationPreflight::blocks(checks));

    checks = runChecks(source, source, livePlan());
    EXPECT_EQ(checkById(checks, QStringLiteral("destination.distinct")).outcome, Outcome::Failure);

    checks = runChecks(source, other, livePlan());
    distinct = checkById(checks, QStringLiteral("destination.distinct"));
    EXPECT_EQ(distinct.outcome, Outcome::Pass) << distinct.detail;
}

TEST(MigrationPreflight, AnUnsupportedCpuCompareIsAWarning)
{
    Hosts hosts;
    TestDomain domain = guest();
    domain.customCpu = true;
    TestNode a;
    a.domains = { domain };
    Connection *source = hosts.open(QStringLiteral("a"), a);
    Connection *destination = hosts.open(QStringLiteral("b"), TestNode());

    const QList<PreflightCheck> checks = runChecks(source, destination, livePlan());
    const PreflightCheck cpu = checkById(checks, QStringLiteral("cpu"));
    EXPECT_EQ(cpu.outcome, Outcome::Warning) << cpu.detail;
    EXPECT_TRUE(cpu.detail.contains(QStringLiteral("could not be checked"))) << cpu.detail;
    EXPECT_TRUE(MigrationPreflight::hasWarnings(checks));
}

TEST(MigrationPreflight, AHostDeviceBlocksALiveMoveOnly)
{
    Hosts hosts;
    TestDomain running = guest(1);
    running.hostdev = true;
    TestDomain off = guest(5);
    off.name = QStringLiteral("off");
    off.uuid = QStringLiteral("5a0a0000-0000-4000-8000-000000000002");
    off.hostdev = true;
    TestNode a;
    a.domains = { running, off };
    Connection *source = hosts.open(QStringLiteral("a"), a);
    Connection *destination = hosts.open(QStringLiteral("b"), TestNode());

    QList<PreflightCheck> checks = runChecks(source, destination, livePlan());
    PreflightCheck hostdev = checkById(checks, QStringLiteral("hostdev"));
    EXPECT_EQ(hostdev.outcome, Outcome::Failure) << hostdev.detail;
    EXPECT_TRUE(hostdev.detail.contains(QStringLiteral("pci"))) << hostdev.detail;

    MigrationPlan offline;
    offline.method = MigrationPlan::Method::Libvirt;
    offline.options.mode = MigrationOptions::Mode::OfflineShared;
    checks = runChecks(source, destination, offline, off.uuid);
    EXPECT_EQ(checkById(checks, QStringLiteral("domain.state")).outcome, Outcome::Pass);
    hostdev = checkById(checks, QStringLiteral("hostdev"));
    EXPECT_EQ(hostdev.outcome, Outcome::Warning) << hostdev.detail;
}

TEST(MigrationPreflight, ADisconnectedDestinationFailsFirst)
{
    Hosts hosts;
    TestNode a;
    a.domains = { guest() };
    Connection *source = hosts.open(QStringLiteral("a"), a);
    Connection closed(ConnectionConfig::fromUri(QStringLiteral("test:///default")));

    const QList<PreflightCheck> checks = runChecks(source, &closed, livePlan());
    ASSERT_EQ(checks.size(), 1);
    EXPECT_EQ(checks.first().id, QStringLiteral("destination.connected"));
    EXPECT_EQ(checks.first().outcome, Outcome::Failure);
}

TEST(MigrationPreflight, CancelDropsTheAnswer)
{
    Hosts hosts;
    TestNode a;
    a.domains = { guest() };
    Connection *source = hosts.open(QStringLiteral("a"), a);
    Connection *destination = hosts.open(QStringLiteral("b"), TestNode());

    MigrationPreflight preflight;
    QSignalSpy finished(&preflight, &MigrationPreflight::finished);
    preflight.start(PreflightRequest { source->handle(), destination->handle(), kVmUuid, livePlan() });
    ASSERT_TRUE(preflight.isRunning());
    preflight.cancel();
    EXPECT_FALSE(preflight.isRunning());
    QTest::qWait(1500);
    EXPECT_EQ(finished.count(), 0);

    // The same object runs again afterwards and answers once.
    preflight.start(PreflightRequest { source->handle(), destination->handle(), kVmUuid, livePlan() });
    EXPECT_TRUE(finished.wait(20000));
    QTest::qWait(200);
    EXPECT_EQ(finished.count(), 1);
}
