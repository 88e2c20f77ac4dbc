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
#include "LabMigrationFixture.h"
#include "MigrationJob.h"
#include "MigrationOptions.h"
#include "QtPrinting.h"

#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>
#include <gtest/gtest.h>

namespace {

constexpr int kMigrateMs = 60000;

const QString kSourcePool = QStringLiteral("vf-mig-src");
const QString kSourcePoolPath = QStringLiteral("/var/lib/libvirt/vf-mig-src");
const QString kDestinationPool = QStringLiteral("vf-mig-dst");
const QString kDestinationPoolPath = QStringLiteral("/var/lib/libvirt/vf-mig-dst");

QString liveXml(const QString &name, Lab::Host host)
{
    return Lab::domainXml(Lab::lookupDomain(Lab::openHandle(host), name).get());
}

class MigrationLab : public LabMigrationTest
{
protected:
    MigrationLab()
        : LabMigrationTest({ kSourcePool, kSourcePoolPath, kDestinationPool, kDestinationPoolPath })
    {
    }
};

} // namespace

TEST_F(MigrationLab, LiveOnTheNfsDiskEndsOnBWithTheHeartbeatGoingOn)
{
    const QString name = guestName("mig-job-nfs");
    int before = 0;
    const QString uuid = startOnNfsDiskOnA(name, &before);
    ASSERT_FALSE(uuid.isEmpty());

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
        + QStringList { QStringLiteral("-c"), QStringLiteral("write -P 0x5a 1M 64k"),
            Lab::guestImagePath(Lab::Host::A, name) }));
    int before = 0;
    const QString uuid = startOnA(name, xml, &before);
    ASSERT_FALSE(uuid.isEmpty());

    // libvirt copies into an existing image: create it on B with the source's format and size.
    const QString destinationImage = Lab::guestImagePath(Lab::Host::B, name);
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
    int before = 0;
    const QString uuid = startOnNfsDiskOnA(name, &before);
    ASSERT_FALSE(uuid.isEmpty());

    MigrationOptions options;
    options.bandwidthMiBs = 1; // 128 MiB of guest memory: minutes, far longer than the test waits
    MigrationJob &job = makeJob(uuid, options);
    QSignalSpy finished(&job, &MigrationJob::finished);
    job.start();
    ASSERT_TRUE(waitUntilRunning(job, 10000));
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
    int before = 0;
    const QString uuid = startInPoolsOnA(name, &sourcePath, &before);
    ASSERT_FALSE(uuid.isEmpty());

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
    EXPECT_EQ(Lab::volumeCount(m_handleB, kDestinationPool), 1);
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
    int before = 0;
    const QString uuid = startInPoolsOnA(name, &sourcePath, &before);
    ASSERT_FALSE(uuid.isEmpty());

    MigrationOptions options;
    options.mode = MigrationOptions::Mode::LiveCopyAllStorage;
    options.migrateDisks = { QStringLiteral("vda") };
    options.bandwidthMiBs = 1; // disk and memory at 1 MiB/s: far longer than the test waits
    ASSERT_TRUE(options.problems().isEmpty());
    MigrationJob &job = makeJob(uuid, options);
    job.setDestinationPool(kDestinationPool);
    QSignalSpy finished(&job, &MigrationJob::finished);
    job.start();
    ASSERT_TRUE(waitUntilRunning(job, 10000));
    ASSERT_EQ(job.createdVolumePaths().size(), 1);
    EXPECT_EQ(Lab::volumeCount(m_handleB, kDestinationPool), 1) << "the volume was not pre-created on B";
    QTest::qWait(2000);
    ASSERT_FALSE(job.isFinished()) << job.errorMessage();
    job.cancel();
    ASSERT_TRUE(finished.wait(30000)) << "cancel did not end the migration";
    EXPECT_EQ(job.state(), MigrationJob::State::Cancelled) << job.errorMessage();
    EXPECT_EQ(job.finalHost(), MigrationJob::FinalHost::Source);

    EXPECT_EQ(Lab::activeCopies(name), 1);
    EXPECT_TRUE(isDefinedOn(Lab::Host::A, name));
    EXPECT_FALSE(isDefinedOn(Lab::Host::B, name)) << "the aborted migration left a domain on B";
    EXPECT_EQ(Lab::volumeCount(m_handleB, kDestinationPool), 0) << "the pre-created volume stayed on B";
    EXPECT_FALSE(QFile::exists(Lab::hostLibvirtPath(Lab::Host::B, job.createdVolumePaths().value(0))));
    EXPECT_GE(Lab::waitForTick(Lab::Host::A, name, before + 20, 30000), before + 20)
        << "the guest stopped beating on A after the abort";
}
