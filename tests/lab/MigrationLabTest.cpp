// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: Virt Ferry contributors
// MigrationJob against the lab's real daemons, through Connections opened over SSH: a live
// migration on the NFS network disk, a live migration with a full storage copy of a local
// disk, and a cancelled one. Each ends by counting where the guest really runs.
#include "Connection.h"
#include "ConnectionConfig.h"
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
        m_hostA.reset();
        m_hostB.reset();
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
