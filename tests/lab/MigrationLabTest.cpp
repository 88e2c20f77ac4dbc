// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: Virt Ferry contributors
// MigrationJob against the lab's real daemons, through Connections opened over SSH: a live
// migration on the NFS network disk, a live migration with a full storage copy of a local
// disk (to the same path, and into a chosen pool at another path), and cancelled ones.
// Each ends by counting where the guest really runs.
#include "Connection.h"
#include "ConnectionConfig.h"
#include "DomainDisks.h"
#include "Lab.h"
#include "LibvirtError.h"
#include "LibvirtHandles.h"
#include "MigrationJob.h"
#include "MigrationOptions.h"
#include "QtPrinting.h"

#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>
#include <gtest/gtest.h>
#include <libvirt/virterror.h>

#include <cstdlib>
#include <memory>

namespace {

constexpr int kConnectMs = 30000;
constexpr int kBootMs = 60000;
constexpr int kMigrateMs = 60000;

QString imagePathOn(Lab::Host host, const QString &name)
{
    return Lab::hostLibvirtPath(
        host, QStringLiteral("/var/lib/libvirt/images/") + name + QStringLiteral(".qcow2"));
}

// Runs qemu-io on a local image; true when it exits 0 (a pattern mismatch exits 1).
bool qemuIo(const QStringList &arguments, QString *output = nullptr)
{
    QProcess process;
    process.start(QStringLiteral("qemu-io"), arguments);
    const bool ran = process.waitForFinished(30000);
    if (output)
        *output = QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError());
    return ran && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
}

// Defines and starts the guest on host A over TCP; returns its UUID, empty on failure.
QString startOnA(const QString &xml)
{
    Libvirt::ConnectPtr connection(virConnectOpen(Lab::tcpUri(Lab::Host::A).toUtf8().constData()));
    if (!connection)
        return {};
    Libvirt::DomainPtr domain(virDomainDefineXML(connection.get(), xml.toUtf8().constData()));
    char uuid[VIR_UUID_STRING_BUFLEN] = {};
    if (!domain || virDomainCreate(domain.get()) != 0 || virDomainGetUUIDString(domain.get(), uuid) != 0)
        return {};
    return QString::fromLatin1(uuid);
}

// Whether `host` has any definition (running or not) of `name`.
bool isDefinedOn(Lab::Host host, const QString &name)
{
    Libvirt::ConnectPtr connection(virConnectOpen(Lab::tcpUri(host).toUtf8().constData()));
    if (!connection)
        return false;
    Libvirt::DomainPtr domain(virDomainLookupByName(connection.get(), name.toUtf8().constData()));
    virResetLastError();
    return domain != nullptr;
}

// A pool on each host at a different path: the copy must land where B's pool is, not at
// the source's path.
const QString kSourcePool = QStringLiteral("vf-mig-src");
const QString kSourcePoolPath = QStringLiteral("/var/lib/libvirt/vf-mig-src");
const QString kDestinationPool = QStringLiteral("vf-mig-dst");
const QString kDestinationPoolPath = QStringLiteral("/var/lib/libvirt/vf-mig-dst");

ConnectionHandle openHandle(Lab::Host host)
{
    virConnectPtr connection = virConnectOpen(Lab::tcpUri(host).toUtf8().constData());
    if (!connection)
        return {};
    return ConnectionHandle(connection, [](virConnectPtr held) { virConnectClose(held); });
}

int volumeCount(const ConnectionHandle &connection, const QString &poolName)
{
    Libvirt::StoragePoolPtr pool = Lab::lookupPool(connection, poolName);
    if (!pool)
        return -1;
    virStoragePoolRefresh(pool.get(), 0);
    const int count = virStoragePoolNumOfVolumes(pool.get());
    virResetLastError();
    return count;
}

QString liveXml(const QString &name, Lab::Host host)
{
    Libvirt::ConnectPtr connection(virConnectOpen(Lab::tcpUri(host).toUtf8().constData()));
    if (!connection)
        return {};
    Libvirt::DomainPtr domain(virDomainLookupByName(connection.get(), name.toUtf8().constData()));
    char *xml = domain ? virDomainGetXMLDesc(domain.get(), 0) : nullptr;
    virResetLastError();
    const QString result = QString::fromUtf8(xml ? xml : "");
    std::free(xml);
    return result;
}

class MigrationLab : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(Lab::isInside()) << "lab tests run inside the lab's client namespace";
        m_hostA = Lab::openConnection(Lab::sshUri(Lab::Host::A), kConnectMs);
        m_hostB = Lab::openConnection(Lab::sshUri(Lab::Host::B), kConnectMs);
        ASSERT_EQ(m_hostA->state(), Connection::State::Connected) << m_hostA->stateText();
        ASSERT_EQ(m_hostB->state(), Connection::State::Connected) << m_hostB->stateText();
    }
    void TearDown() override
    {
        m_job.reset();
        for (const QString &name : std::as_const(m_guests)) {
            Lab::removeGuestEverywhere(name);
            QFile::remove(imagePathOn(Lab::Host::B, name));
        }
        if (m_poolsCreated) {
            Lab::removePoolWithContents(m_handleA, kSourcePool);
            Lab::removePoolWithContents(m_handleB, kDestinationPool);
        }
        m_handleA.reset();
        m_handleB.reset();
        m_hostA.reset();
        m_hostB.reset();
    }
    // The guest's disk becomes a qcow2 volume in a pool on A (with a marker at 1 MiB), and
    // B gets an empty pool at another path; returns the guest's XML.
    QString prepareGuestInPools(const QString &name, QString *sourcePath)
    {
        m_handleA = openHandle(Lab::Host::A);
        m_handleB = openHandle(Lab::Host::B);
        if (!m_handleA || !m_handleB)
            return {};
        m_poolsCreated = true;
        QString error;
        if (!Lab::createDirPool(m_handleA, kSourcePool, kSourcePoolPath, &error)
            || !Lab::createDirPool(m_handleB, kDestinationPool, kDestinationPoolPath, &error)) {
            ADD_FAILURE() << error;
            return {};
        }
        const QString guestXml = Lab::prepareGuest(name, Lab::GuestDisk::LocalFile, Lab::Host::A);
        QFile::remove(imagePathOn(Lab::Host::A, name));
        Libvirt::StoragePoolPtr pool = Lab::lookupPool(m_handleA, kSourcePool);
        const QString volumeXml = QStringLiteral("<volume><name>%1.qcow2</name><capacity unit='M'>64</capacity>"
                                                 "<allocation unit='bytes'>0</allocation>"
                                                 "<target><format type='qcow2'/></target></volume>")
                                      .arg(name);
        Libvirt::StorageVolPtr volume(
            pool ? virStorageVolCreateXML(pool.get(), volumeXml.toUtf8().constData(), 0) : nullptr);
        char *path = volume ? virStorageVolGetPath(volume.get()) : nullptr;
        if (!path) {
            ADD_FAILURE() << LibvirtError::fromLastError().message();
            return {};
        }
        *sourcePath = QString::fromUtf8(path);
        std::free(path);
        if (!qemuIo({ QStringLiteral("-f"), QStringLiteral("qcow2"), QStringLiteral("-c"),
                QStringLiteral("write -P 0x5a 1M 64k"), Lab::hostLibvirtPath(Lab::Host::A, *sourcePath) })) {
            ADD_FAILURE() << "qemu-io could not write the marker";
            return {};
        }
        DomainXmlRewrite rewrite;
        rewrite.sources.insert(QStringLiteral("vda"), DiskSourceRewrite::file(*sourcePath));
        return rewriteDomainXml(guestXml, rewrite, &error).value_or(QString());
    }
    QString guestName(const char *base)
    {
        m_guests.append(QString::fromLatin1(base));
        Lab::removeGuestEverywhere(m_guests.last()); // leftovers of an interrupted run
        return m_guests.last();
    }
    MigrationJob &makeJob(const QString &uuid, const MigrationOptions &options)
    {
        m_job = std::make_unique<MigrationJob>(m_hostA->handle(), m_hostB->handle(), uuid, options);
        return *m_job;
    }

    std::unique_ptr<Connection> m_hostA;
    std::unique_ptr<Connection> m_hostB;
    std::unique_ptr<MigrationJob> m_job;
    QStringList m_guests;
    ConnectionHandle m_handleA;
    ConnectionHandle m_handleB;
    bool m_poolsCreated = false;
};

} // namespace

TEST_F(MigrationLab, LiveOnTheNfsDiskEndsOnBWithTheHeartbeatGoingOn)
{
    const QString name = guestName("mig-job-nfs");
    const QString uuid = startOnA(Lab::prepareGuest(name, Lab::GuestDisk::NfsNetwork, Lab::Host::A));
    ASSERT_FALSE(uuid.isEmpty()) << LibvirtError::fromLastError().message();
    const int before = Lab::waitForTick(Lab::Host::A, name, 10, kBootMs);
    ASSERT_GE(before, 10) << "the guest never beat on host A";

    MigrationOptions options;
    options.maxDowntimeMs = 500; // exercises the setter on a real job
    ASSERT_TRUE(options.problems().isEmpty());
    MigrationJob &job = makeJob(uuid, options);
    QSignalSpy states(&job, &MigrationJob::stateChanged);
    QSignalSpy finished(&job, &MigrationJob::finished);
    job.start();
    ASSERT_TRUE(finished.wait(kMigrateMs)) << "the migration did not end";
    ASSERT_EQ(job.state(), MigrationJob::State::Completed) << job.errorMessage();
    EXPECT_TRUE(finished.first().at(0).toBool());
    EXPECT_EQ(job.finalHost(), MigrationJob::FinalHost::Destination);
    QList<MigrationJob::State> seen;
    for (const auto &arguments : std::as_const(states))
        seen.append(arguments.at(0).value<MigrationJob::State>());
    EXPECT_EQ(seen,
        (QList<MigrationJob::State> {
            MigrationJob::State::Preparing, MigrationJob::State::Running, MigrationJob::State::Completed }));

    EXPECT_EQ(Lab::activeCopies(name), 1);
    EXPECT_FALSE(isDefinedOn(Lab::Host::A, name)) << "undefine source is on by default";
    const int after = Lab::waitForTick(Lab::Host::B, name, before + 10, 30000);
    EXPECT_GE(after, before + 10) << "no heartbeat on host B";
    const QList<int> onB = Lab::ticks(Lab::Host::B, name);
    ASSERT_FALSE(onB.isEmpty());
    EXPECT_GT(onB.first(), before) << "host B's guest restarted instead of continuing";
}

TEST_F(MigrationLab, LiveWithFullStorageCopyOfALocalDiskEndsOnBOnly)
{
    const QString name = guestName("mig-job-copy");
    const QString xml = Lab::prepareGuest(name, Lab::GuestDisk::LocalFile, Lab::Host::A);
    // A marker away from the heartbeat's record at offset 0, to find on B after the copy.
    const QStringList marker = { QStringLiteral("-f"), QStringLiteral("qcow2") };
    ASSERT_TRUE(qemuIo(marker
        + QStringList {
            QStringLiteral("-c"), QStringLiteral("write -P 0x5a 1M 64k"), imagePathOn(Lab::Host::A, name) }));
    const QString uuid = startOnA(xml);
    ASSERT_FALSE(uuid.isEmpty()) << LibvirtError::fromLastError().message();
    const int before = Lab::waitForTick(Lab::Host::A, name, 10, kBootMs);
    ASSERT_GE(before, 10) << "the guest never beat on host A";

    // libvirt copies into an existing image: create it on B with the source's format and size.
    const QString destinationImage = imagePathOn(Lab::Host::B, name);
    ASSERT_FALSE(QFile::exists(destinationImage));
    QProcess qemuImg;
    qemuImg.start(QStringLiteral("qemu-img"),
        { QStringLiteral("create"), QStringLiteral("-q"), QStringLiteral("-f"), QStringLiteral("qcow2"),
            destinationImage, QStringLiteral("64M") });
    ASSERT_TRUE(qemuImg.waitForFinished(30000) && qemuImg.exitCode() == 0)
        << qemuImg.readAllStandardError().toStdString();

    MigrationOptions options;
    options.mode = MigrationOptions::Mode::LiveCopyAllStorage;
    options.migrateDisks = { QStringLiteral("vda") };
    ASSERT_TRUE(options.problems().isEmpty());
    MigrationJob &job = makeJob(uuid, options);
    QSignalSpy finished(&job, &MigrationJob::finished);
    job.start();
    ASSERT_TRUE(finished.wait(kMigrateMs)) << "the migration did not end";
    ASSERT_EQ(job.state(), MigrationJob::State::Completed) << job.errorMessage();
    EXPECT_EQ(job.finalHost(), MigrationJob::FinalHost::Destination);
    EXPECT_EQ(Lab::activeCopies(name), 1);
    EXPECT_FALSE(isDefinedOn(Lab::Host::A, name));
    EXPECT_TRUE(isDefinedOn(Lab::Host::B, name));
    EXPECT_GE(Lab::waitForTick(Lab::Host::B, name, before + 10, 30000), before + 10)
        << "no heartbeat on host B";
    // The data really crossed: B's image (in use, hence -U) holds the marker.
    QString output;
    EXPECT_TRUE(qemuIo(marker
            + QStringList { QStringLiteral("-r"), QStringLiteral("-U"), QStringLiteral("-c"),
                QStringLiteral("read -P 0x5a 1M 64k"), destinationImage },
        &output))
        << output;
}

TEST_F(MigrationLab, CancelledMidwayLeavesTheGuestRunningOnAAndNothingOnB)
{
    const QString name = guestName("mig-job-cancel");
    // No memory dirtying: QEMU 7.2's TCG mishandles throttled dirtying guests.
    const QString uuid = startOnA(Lab::prepareGuest(name, Lab::GuestDisk::NfsNetwork, Lab::Host::A, 0));
    ASSERT_FALSE(uuid.isEmpty()) << LibvirtError::fromLastError().message();
    const int before = Lab::waitForTick(Lab::Host::A, name, 10, kBootMs);
    ASSERT_GE(before, 10) << "the guest never beat on host A";

    MigrationOptions options;
    options.bandwidthMiBs = 1; // 128 MiB of guest memory: minutes, far longer than the test waits
    MigrationJob &job = makeJob(uuid, options);
    QSignalSpy finished(&job, &MigrationJob::finished);
    job.start();
    ASSERT_TRUE(QTest::qWaitFor([&] { return job.state() == MigrationJob::State::Running; }, 10000));
    QTest::qWait(2000); // well inside the memory transfer
    ASSERT_FALSE(job.isFinished()) << job.errorMessage();
    job.cancel();
    ASSERT_TRUE(finished.wait(30000)) << "cancel did not end the migration";
    EXPECT_EQ(job.state(), MigrationJob::State::Cancelled) << job.errorMessage();
    EXPECT_FALSE(finished.first().at(0).toBool());
    EXPECT_FALSE(job.errorMessage().isEmpty());
    EXPECT_EQ(job.finalHost(), MigrationJob::FinalHost::Source);

    EXPECT_EQ(Lab::activeCopies(name), 1);
    EXPECT_TRUE(isDefinedOn(Lab::Host::A, name));
    EXPECT_FALSE(isDefinedOn(Lab::Host::B, name)) << "the aborted migration left a domain on B";
    const int after = Lab::waitForTick(Lab::Host::A, name, before + 20, 30000);
    EXPECT_GE(after, before + 20) << "the guest stopped beating on A after the abort";
}

TEST_F(MigrationLab, LiveWithFullStorageCopyIntoAChosenPoolAtAnotherPathEndsOnB)
{
    const QString name = guestName("mig-job-pool");
    QString sourcePath;
    const QString xml = prepareGuestInPools(name, &sourcePath);
    ASSERT_FALSE(xml.isEmpty());
    const QString uuid = startOnA(xml);
    ASSERT_FALSE(uuid.isEmpty()) << LibvirtError::fromLastError().message();
    const int before = Lab::waitForTick(Lab::Host::A, name, 10, kBootMs);
    ASSERT_GE(before, 10) << "the guest never beat on host A";

    // No disk named: the job picks the writable local disks and pre-creates their volumes.
    MigrationOptions options;
    options.mode = MigrationOptions::Mode::LiveCopyAllStorage;
    ASSERT_TRUE(options.problems().isEmpty());
    MigrationJob &job = makeJob(uuid, options);
    job.setDestinationPool(kDestinationPool);
    QSignalSpy finished(&job, &MigrationJob::finished);
    job.start();
    ASSERT_TRUE(finished.wait(kMigrateMs)) << "the migration did not end";
    ASSERT_EQ(job.state(), MigrationJob::State::Completed) << job.errorMessage();
    EXPECT_EQ(job.finalHost(), MigrationJob::FinalHost::Destination);
    const QString expectedPath = kDestinationPoolPath + QStringLiteral("/") + name + QStringLiteral(".qcow2");
    EXPECT_EQ(job.createdVolumePaths(), QStringList { expectedPath });

    EXPECT_EQ(Lab::activeCopies(name), 1);
    EXPECT_FALSE(isDefinedOn(Lab::Host::A, name));
    EXPECT_TRUE(isDefinedOn(Lab::Host::B, name));
    const QList<DomainDisk> disks = domainDisks(liveXml(name, Lab::Host::B));
    ASSERT_EQ(disks.size(), 1);
    EXPECT_EQ(disks[0].sourcePath, expectedPath) << "the disk on B is not in the chosen pool";
    EXPECT_NE(disks[0].sourcePath, sourcePath);
    EXPECT_EQ(volumeCount(m_handleB, kDestinationPool), 1);
    const int after = Lab::waitForTick(Lab::Host::B, name, before + 10, 30000);
    EXPECT_GE(after, before + 10) << "no heartbeat on host B";
    const QList<int> onB = Lab::ticks(Lab::Host::B, name);
    ASSERT_FALSE(onB.isEmpty());
    EXPECT_GT(onB.first(), before) << "host B's guest restarted instead of continuing";
    QString output;
    EXPECT_TRUE(qemuIo({ QStringLiteral("-f"), QStringLiteral("qcow2"), QStringLiteral("-r"), QStringLiteral("-U"),
                          QStringLiteral("-c"), QStringLiteral("read -P 0x5a 1M 64k"),
                          Lab::hostLibvirtPath(Lab::Host::B, expectedPath) },
        &output))
        << output;
}

TEST_F(MigrationLab, CancelledCopyIntoAChosenPoolRemovesThePreCreatedVolume)
{
    const QString name = guestName("mig-job-pool-cancel");
    QString sourcePath;
    const QString xml = prepareGuestInPools(name, &sourcePath);
    ASSERT_FALSE(xml.isEmpty());
    const QString uuid = startOnA(xml);
    ASSERT_FALSE(uuid.isEmpty()) << LibvirtError::fromLastError().message();
    const int before = Lab::waitForTick(Lab::Host::A, name, 10, kBootMs);
    ASSERT_GE(before, 10) << "the guest never beat on host A";

    MigrationOptions options;
    options.mode = MigrationOptions::Mode::LiveCopyAllStorage;
    options.migrateDisks = { QStringLiteral("vda") };
    options.bandwidthMiBs = 1; // disk and memory at 1 MiB/s: far longer than the test waits
    ASSERT_TRUE(options.problems().isEmpty());
    MigrationJob &job = makeJob(uuid, options);
    job.setDestinationPool(kDestinationPool);
    QSignalSpy finished(&job, &MigrationJob::finished);
    job.start();
    ASSERT_TRUE(QTest::qWaitFor([&] { return job.state() == MigrationJob::State::Running; }, 10000));
    ASSERT_EQ(job.createdVolumePaths().size(), 1);
    EXPECT_EQ(volumeCount(m_handleB, kDestinationPool), 1) << "the volume was not pre-created on B";
    QTest::qWait(2000);
    ASSERT_FALSE(job.isFinished()) << job.errorMessage();
    job.cancel();
    ASSERT_TRUE(finished.wait(30000)) << "cancel did not end the migration";
    EXPECT_EQ(job.state(), MigrationJob::State::Cancelled) << job.errorMessage();
    EXPECT_EQ(job.finalHost(), MigrationJob::FinalHost::Source);

    EXPECT_EQ(Lab::activeCopies(name), 1);
    EXPECT_TRUE(isDefinedOn(Lab::Host::A, name));
    EXPECT_FALSE(isDefinedOn(Lab::Host::B, name)) << "the aborted migration left a domain on B";
    EXPECT_EQ(volumeCount(m_handleB, kDestinationPool), 0) << "the pre-created volume stayed on B";
    EXPECT_FALSE(QFile::exists(Lab::hostLibvirtPath(Lab::Host::B, job.createdVolumePaths().value(0))));
    EXPECT_GE(Lab::waitForTick(Lab::Host::A, name, before + 20, 30000), before + 20)
        << "the guest stopped beating on A after the abort";
}
