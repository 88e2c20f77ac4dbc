// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: Virt Ferry contributors
// Seed steps S6 and S7 against the lab's real daemons, through the same core calls the
// UI makes: one netfs pool ensured on host A and host B by PoolReplicator, a thin 10 GiB
// qcow2 volume created in it on A and seen on B, and a VM defined from NewDomainSpec on
// that volume and started on A. Also: a raw volume in a dir pool is not preallocated.
#include "Connection.h"
#include "DomainXmlBuilder.h"
#include "Lab.h"
#include "PoolReplicator.h"
#include "QtPrinting.h"

#include <QDir>
#include <QFile>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QHash>
#include <QTest>
#include <gtest/gtest.h>

#include <functional>
#include <memory>
#include <optional>
#include <sys/stat.h>

namespace {

constexpr quint64 kMiB = 1024 * 1024;
constexpr quint64 kGiB = 1024 * kMiB;
constexpr int kConnectMs = 30000;
constexpr int kRequestWaitMs = 60000;

// The arguments of the first signal in `spy` whose first argument is `requestId`, once it
// arrives; nullopt on timeout.
std::optional<QList<QVariant>> waitForAnswer(QSignalSpy &spy, quint64 requestId, int timeoutMs = kRequestWaitMs)
{
    std::optional<QList<QVariant>> answer;
    [[maybe_unused]] const bool arrived = QTest::qWaitFor(
        [&] {
            for (const QList<QVariant> &arguments : std::as_const(spy)) {
                if (arguments.at(0).toULongLong() == requestId) {
                    answer = arguments;
                    return true;
                }
            }
            return false;
        },
        timeoutMs);
    return answer;
}

// requestFinished's (succeeded, message) for `requestId`, or a failure message on timeout.
std::pair<bool, QString> finish(Connection &connection, const std::function<quint64()> &request)
{
    QSignalSpy spy(&connection, &Connection::requestFinished);
    const quint64 id = request();
    const std::optional<QList<QVariant>> answer = waitForAnswer(spy, id);
    if (!answer)
        return {false, QStringLiteral("no answer from %1").arg(connection.config().uri())};
    return {answer->at(1).toBool(), answer->at(2).toString()};
}

std::optional<QList<VolumeInfo>> listVolumes(Connection &connection, const QString &pool)
{
    QSignalSpy spy(&connection, &Connection::volumesListed);
    const quint64 id = connection.requestVolumes(pool);
    const std::optional<QList<QVariant>> answer = waitForAnswer(spy, id);
    if (!answer)
        return std::nullopt;
    return answer->at(2).value<QList<VolumeInfo>>();
}

std::optional<VolumeInfo> findVolume(const QList<VolumeInfo> &volumes, const QString &name)
{
    for (const VolumeInfo &volume : volumes) {
        if (volume.name == name)
            return volume;
    }
    return std::nullopt;
}

// The domains a Connection knows, by UUID, as its domain signals report them.
class DomainWatch
{
public:
    explicit DomainWatch(Connection &connection)
    {
        QObject::connect(&connection, &Connection::domainsListed, &m_context, [this](const QList<DomainInfo> &domains) {
            m_domains.clear();
            for (const DomainInfo &domain : domains)
                m_domains.insert(domain.uuid, domain);
        });
        QObject::connect(&connection, &Connection::domainsChanged, &m_context, [this](const QList<DomainInfo> &domains) {
            for (const DomainInfo &domain : domains)
                m_domains.insert(domain.uuid, domain);
        });
        QObject::connect(&connection, &Connection::domainsRemoved, &m_context, [this](const QStringList &uuids) {
            for (const QString &uuid : uuids)
                m_domains.remove(uuid);
        });
    }
    std::optional<DomainInfo> domain(const QString &uuid) const
    {
        const auto found = m_domains.constFind(uuid);
        return found == m_domains.cend() ? std::nullopt : std::optional<DomainInfo>(*found);
    }

private:
    QObject m_context;
    QHash<QString, DomainInfo> m_domains;
};

class NewVmLabTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(Lab::isInside()) << "lab tests run inside the lab's client namespace";
        m_hostA = Lab::openConnection(Lab::tcpUri(Lab::Host::A), kConnectMs);
        m_hostB = Lab::openConnection(Lab::tcpUri(Lab::Host::B), kConnectMs);
        ASSERT_EQ(m_hostA->state(), Connection::State::Connected) << m_hostA->stateText();
        ASSERT_EQ(m_hostB->state(), Connection::State::Connected) << m_hostB->stateText();
    }

    std::unique_ptr<Connection> m_hostA;
    std::unique_ptr<Connection> m_hostB;
};

TEST_F(NewVmLabTest, CreatesASharedPoolAVolumeOnItAndAVmThatRunsOnHostA)
{
    const QString exportSubdirectory = QStringLiteral("vf-newvm-pool");
    const QString exportDirectory = Lab::nfsExportDirectory() + u'/' + exportSubdirectory;
    ASSERT_FALSE(QFile::exists(exportDirectory)) << "left over from an earlier run: " << exportDirectory;
    ASSERT_TRUE(QDir().mkpath(exportDirectory));
    const QString poolName = QStringLiteral("vf-newvm");
    const QString volumeName = QStringLiteral("newvm-disk.qcow2");
    const QString domainName = QStringLiteral("vf-newvm-guest");

    PoolDefinition pool;
    pool.name = poolName;
    pool.type = QStringLiteral("netfs");
    pool.targetPath = QStringLiteral("/var/lib/libvirt/vf-newvm");
    pool.sourceHost = Lab::nfsHost();
    pool.sourceDir = Lab::nfsExport() + u'/' + exportSubdirectory;
    pool.sourceFormat = QStringLiteral("nfs");
    PoolSetup setup;
    setup.build = true;
    setup.start = true;
    setup.autostart = false;

    // Whatever fails below, no host keeps the guest, the volume or the pool, and the
    // export holds what it held before.
    const auto cleanUp = qScopeGuard([&] {
        Lab::removeGuestEverywhere(domainName);
        finish(*m_hostA, [&] { return m_hostA->requestDeleteVolume(poolName, volumeName); });
        for (Connection *host : {m_hostA.get(), m_hostB.get()})
            finish(*host, [&] { return host->requestPoolAction(poolName, PoolAction::Delete, false); });
        QDir(exportDirectory).removeRecursively();
    });

    // S6: the same pool on both hosts.
    PoolReplicator replicator;
    QSignalSpy replicated(&replicator, &PoolReplicator::finished);
    replicator.start(pool, setup, {m_hostA.get(), m_hostB.get()});
    ASSERT_TRUE(QTest::qWaitFor([&] { return replicated.count() == 1; }, kRequestWaitMs)) << "PoolReplicator did not finish";
    ASSERT_EQ(replicator.results().size(), 2);
    for (const PoolReplicator::HostResult &result : replicator.results()) {
        EXPECT_TRUE(result.done);
        EXPECT_EQ(result.outcome, EnsurePoolOutcome::Created) << result.message;
    }
    if (HasFailure())
        return;

    // S7, first half: a thin 10 GiB qcow2 volume, created through host A.
    VolumeDefinition volume;
    volume.name = volumeName;
    volume.format = QStringLiteral("qcow2");
    volume.capacityBytes = 10 * kGiB;
    const auto [created, createMessage] = finish(*m_hostA, [&] { return m_hostA->requestCreateVolume(poolName, volume); });
    ASSERT_TRUE(created) << createMessage;
    const std::optional<QList<VolumeInfo>> onA = listVolumes(*m_hostA, poolName);
    ASSERT_TRUE(onA.has_value()) << "host A never listed the pool's volumes";
    const std::optional<VolumeInfo> volumeOnA = findVolume(*onA, volumeName);
    ASSERT_TRUE(volumeOnA.has_value());
    EXPECT_EQ(volumeOnA->format, QStringLiteral("qcow2"));
    EXPECT_EQ(volumeOnA->capacityBytes, 10 * kGiB);
    EXPECT_LT(volumeOnA->allocationBytes, 16 * kMiB) << "the qcow2 volume is not thin";
    EXPECT_EQ(volumeOnA->path, pool.targetPath + u'/' + volumeName);
    EXPECT_TRUE(QFile::exists(exportDirectory + u'/' + volumeName)) << "the volume did not land on the NFS export";

    // Host B sees it at the same path once its pool is refreshed.
    const auto [refreshed, refreshMessage] =
        finish(*m_hostB, [&] { return m_hostB->requestPoolAction(poolName, PoolAction::Refresh); });
    ASSERT_TRUE(refreshed) << refreshMessage;
    const std::optional<QList<VolumeInfo>> onB = listVolumes(*m_hostB, poolName);
    ASSERT_TRUE(onB.has_value()) << "host B never listed the pool's volumes";
    const std::optional<VolumeInfo> volumeOnB = findVolume(*onB, volumeName);
    ASSERT_TRUE(volumeOnB.has_value()) << "host B does not see the volume";
    EXPECT_EQ(volumeOnB->path, volumeOnA->path);
    EXPECT_EQ(volumeOnB->capacityBytes, 10 * kGiB);
    EXPECT_EQ(volumeOnB->format, QStringLiteral("qcow2"));

    // S7, second half: what the New VM dialog asks host A before writing the XML.
    QSignalSpy capabilitiesSpy(m_hostA.get(), &Connection::capabilitiesXmlReady);
    const std::optional<QList<QVariant>> capabilities =
        waitForAnswer(capabilitiesSpy, m_hostA->requestCapabilitiesXml());
    ASSERT_TRUE(capabilities.has_value()) << "no capabilities from host A";
    ASSERT_TRUE(capabilities->at(2).toString().isEmpty()) << capabilities->at(2).toString();
    const QString capabilitiesXml = capabilities->at(1).toString();
    const QStringList domainTypes = guestDomainTypes(capabilitiesXml, QStringLiteral("x86_64"));
    ASSERT_FALSE(domainTypes.isEmpty()) << "host A offers no x86_64 guests";
    EXPECT_TRUE(domainTypes.contains(QStringLiteral("qemu"))) << domainTypes.join(u',');
    // A /dev/kvm without hardware virtualisation is listed but useless: take what the lab
    // can really run, which the dialog would offer first on a real KVM host.
    const QString domainType = domainTypes.contains(Lab::domainType()) ? Lab::domainType() : domainTypes.first();
    const QStringList machines = guestMachines(capabilitiesXml, QStringLiteral("x86_64"), domainType);
    EXPECT_FALSE(machines.isEmpty()) << "a real QEMU lists its machine types";

    QSignalSpy networksSpy(m_hostA.get(), &Connection::networksListed);
    const std::optional<QList<QVariant>> networks = waitForAnswer(networksSpy, m_hostA->requestNetworks());
    ASSERT_TRUE(networks.has_value()) << "host A never listed its networks";

    NewDomainSpec spec;
    spec.name = domainName;
    spec.domainType = domainType;
    spec.memoryMiB = 128;
    spec.vcpus = 1;
    spec.diskPath = volumeOnA->path;
    spec.diskFormat = volumeOnA->format;
    spec.firmware.clear(); // BIOS
    if (machines.contains(QStringLiteral("pc")))
        spec.machine = QStringLiteral("pc"); // the cheapest machine for TCG
    // The lab defines libvirt's "default" network but leaves it inactive (no dnsmasq in
    // the namespaces); a guest on an inactive network cannot start, so use the first
    // listed network only when virsh on host A reports it active.
    const QStringList networkNames = networks->at(1).toStringList();
    spec.networkKind = NewDomainSpec::NetworkKind::None;
    if (!networkNames.isEmpty()
        && Lab::runOnHost(Lab::Host::A, {QStringLiteral("sh"), QStringLiteral("-c"),
                                         QStringLiteral("virsh -q -c qemu:///system net-list --name | grep -qxF -- \"$1\""),
                                         QStringLiteral("sh"), networkNames.first()})
               == 0) {
        spec.networkKind = NewDomainSpec::NetworkKind::LibvirtNetwork;
        spec.networkName = networkNames.first(); // active networks come first
    }

    DomainWatch watch(*m_hostA);
    QSignalSpy definedSpy(m_hostA.get(), &Connection::domainDefined);
    const std::optional<QList<QVariant>> defined = waitForAnswer(definedSpy, m_hostA->requestDefineDomain(spec.toXml(), true));
    ASSERT_TRUE(defined.has_value()) << "host A never answered the define";
    ASSERT_TRUE(defined->at(1).toBool()) << defined->at(3).toString() << "\n" << spec.toXml();
    const QString uuid = defined->at(2).toString();
    ASSERT_FALSE(uuid.isEmpty());

    // The connection's own domain signals report it running, and so does libvirt.
    EXPECT_TRUE(QTest::qWaitFor(
        [&] {
            const std::optional<DomainInfo> info = watch.domain(uuid);
            return info && info->state == DomainState::Running;
        },
        kRequestWaitMs))
        << "host A's connection never reported the new domain running";
    if (const std::optional<DomainInfo> info = watch.domain(uuid)) {
        EXPECT_EQ(info->name, domainName);
        EXPECT_EQ(info->vcpus, 1u);
    }
    EXPECT_EQ(Lab::activeCopies(domainName), 1);
    EXPECT_EQ(Lab::runOnHost(Lab::Host::A, {QStringLiteral("virsh"), QStringLiteral("-q"), QStringLiteral("-c"),
                                            QStringLiteral("qemu:///system"), QStringLiteral("domstate"), domainName}),
              0);

    // Destroy and undefine it as the UI does, then delete the volume.
    QSignalSpy actions(m_hostA.get(), &Connection::actionFinished);
    const std::optional<QList<QVariant>> forcedOff =
        waitForAnswer(actions, m_hostA->requestDomainAction(uuid, DomainAction::ForceOff));
    ASSERT_TRUE(forcedOff.has_value()) << "force off never answered";
    EXPECT_TRUE(forcedOff->at(3).toBool()) << forcedOff->at(4).toString();
    EXPECT_TRUE(QTest::qWaitFor([&] { return Lab::activeCopies(domainName) == 0; }, kRequestWaitMs));
    const std::optional<QList<QVariant>> deleted =
        waitForAnswer(actions, m_hostA->requestDomainAction(uuid, DomainAction::Delete, false));
    ASSERT_TRUE(deleted.has_value()) << "delete never answered";
    EXPECT_TRUE(deleted->at(3).toBool()) << deleted->at(4).toString();
    EXPECT_TRUE(QTest::qWaitFor([&] { return !watch.domain(uuid).has_value(); }, kRequestWaitMs))
        << "the domain is still listed on host A";
    EXPECT_TRUE(QFile::exists(exportDirectory + u'/' + volumeName)) << "deleting the domain took its disk";

    const auto [volumeDeleted, deleteMessage] =
        finish(*m_hostA, [&] { return m_hostA->requestDeleteVolume(poolName, volumeName); });
    EXPECT_TRUE(volumeDeleted) << deleteMessage;
    EXPECT_FALSE(QFile::exists(exportDirectory + u'/' + volumeName));
}

TEST_F(NewVmLabTest, ARawVolumeInADirPoolIsNotPreallocated)
{
    const QString poolName = QStringLiteral("vf-thin");
    const QString poolPath = QStringLiteral("/var/lib/libvirt/images/vf-thin");
    const QString volumeName = QStringLiteral("thin-1g.raw");
    PoolDefinition pool;
    pool.name = poolName;
    pool.type = QStringLiteral("dir");
    pool.targetPath = poolPath;
    PoolSetup setup;
    setup.autostart = false;

    const auto cleanUp = qScopeGuard([&] {
        finish(*m_hostB, [&] { return m_hostB->requestPoolAction(poolName, PoolAction::Delete, true); });
    });
    QSignalSpy ensured(m_hostB.get(), &Connection::poolEnsured);
    const std::optional<QList<QVariant>> outcome = waitForAnswer(ensured, m_hostB->requestEnsurePool(pool, setup));
    ASSERT_TRUE(outcome.has_value()) << "host B never answered";
    ASSERT_EQ(outcome->at(1).value<EnsurePoolOutcome>(), EnsurePoolOutcome::Created) << outcome->at(2).toString();

    VolumeDefinition volume;
    volume.name = volumeName;
    volume.format = QStringLiteral("raw");
    volume.capacityBytes = kGiB;
    const auto [created, message] = finish(*m_hostB, [&] { return m_hostB->requestCreateVolume(poolName, volume); });
    ASSERT_TRUE(created) << message;

    const std::optional<QList<VolumeInfo>> volumes = listVolumes(*m_hostB, poolName);
    ASSERT_TRUE(volumes.has_value()) << "host B never listed the pool's volumes";
    const std::optional<VolumeInfo> info = findVolume(*volumes, volumeName);
    ASSERT_TRUE(info.has_value());
    EXPECT_EQ(info->format, QStringLiteral("raw"));
    EXPECT_EQ(info->capacityBytes, kGiB);
    EXPECT_LT(info->allocationBytes, 16 * kMiB) << "libvirt preallocated the raw volume";

    // The file itself, as the host's file system holds it.
    struct stat status = {};
    const QString file = Lab::hostLibvirtPath(Lab::Host::B, poolPath + u'/' + volumeName);
    ASSERT_EQ(::stat(QFile::encodeName(file).constData(), &status), 0) << file;
    EXPECT_EQ(quint64(status.st_size), kGiB);
    EXPECT_LT(quint64(status.st_blocks) * 512, 16 * kMiB) << "the raw file is filled in";
}

} // namespace
