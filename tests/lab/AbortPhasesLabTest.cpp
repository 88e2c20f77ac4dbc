// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: Virt Ferry contributors
// Aborting a live migration (MigrationJob::cancel) at each of its phases against the lab's
// real daemons: during setup, during the storage copy, during the memory passes, and once
// it switched to post-copy, where libvirt cannot abort it any more and the app must say so
// instead of pretending. Each test checks where the guest runs afterwards (exactly one
// host, its heartbeat going on), that nothing is left on B, what the app reported, and
// that the main event loop kept turning while it happened.
#include "Connection.h"
#include "JobStats.h"
#include "Lab.h"
#include "LabMigrationFixture.h"
#include "MigrationJob.h"
#include "MigrationOptions.h"
#include "QtPrinting.h"
#include "ReliabilityRecord.h"

#include <QFile>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <gtest/gtest.h>

#include <algorithm>
#include <optional>

namespace {

constexpr int kEndMs = 30000;

const QString kSourcePool = QStringLiteral("vf-abort-src");
const QString kSourcePoolPath = QStringLiteral("/var/lib/libvirt/vf-abort-src");
const QString kDestinationPool = QStringLiteral("vf-abort-dst");
const QString kDestinationPoolPath = QStringLiteral("/var/lib/libvirt/vf-abort-dst");

class AbortPhasesLab : public LabMigrationTest
{
protected:
    // A sample every 250 ms: these tests cancel on what a sample shows, and a phase as
    // short as the setup must show in one.
    AbortPhasesLab()
        : LabMigrationTest({ kSourcePool, kSourcePoolPath, kDestinationPool, kDestinationPoolPath }, 250)
    {
    }

    // The aborted job's end as the app reports it: Cancelled with a specific message, or
    // Completed when libvirt says the abort came too late (then the guest is on B only).
    void expectCancelledOrTooLate(const MigrationJob &job)
    {
        if (job.state() == MigrationJob::State::Completed) {
            EXPECT_EQ(job.finalHost(), MigrationJob::FinalHost::Destination);
            return;
        }
        EXPECT_EQ(job.state(), MigrationJob::State::Cancelled) << job.errorMessage();
        EXPECT_EQ(job.finalHost(), MigrationJob::FinalHost::Source) << job.errorMessage();
        EXPECT_FALSE(job.errorMessage().isEmpty());
        EXPECT_NE(job.errorMessage(), QStringLiteral("The migration failed.")) << "a generic message";
        EXPECT_TRUE(job.errorMessage().contains(QStringLiteral("cancel"), Qt::CaseInsensitive)) << job.errorMessage();
    }

    // Exactly one running copy, on the host the job reported, still beating; nothing on the
    // other one. Returns that host's name for the report.
    QString expectOnOneHostBeating(const MigrationJob &job, const QString &name)
    {
        const bool onB = job.state() == MigrationJob::State::Completed;
        const Lab::Host where = onB ? Lab::Host::B : Lab::Host::A;
        const Lab::Host other = onB ? Lab::Host::A : Lab::Host::B;
        EXPECT_EQ(Lab::activeCopies(name), 1);
        EXPECT_TRUE(isDefinedOn(where, name));
        EXPECT_FALSE(isDefinedOn(other, name)) << "a definition was left on " << Lab::hostName(other);
        const int now = lastTickOn(where, name);
        EXPECT_GE(Lab::waitForTick(where, name, now + 10, 20000), now + 10)
            << "the guest stopped beating on " << Lab::hostName(where);
        return Lab::hostName(where);
    }
};

} // namespace

TEST_F(AbortPhasesLab, AbortDuringSetupLeavesTheGuestOnAAndNothingOnB)
{
    Reliability::describe(Reliability::Area::FaultMatrix,
        QStringLiteral("Abort during setup of a live migration (NFS disk), before any data moved"),
        QStringLiteral("MigrationJob::cancel() the moment the job reported Running"));
    const QString name = guestName("abort-setup");
    int before = 0;
    const QString uuid = startOnNfsDiskOnA(name, &before);
    ASSERT_FALSE(uuid.isEmpty());

    MigrationOptions options;
    options.bandwidthMiBs = 1; // the guest is not dirtying memory: safe to throttle
    ASSERT_TRUE(options.problems().isEmpty());
    MigrationJob &job = makeJob(uuid, options);
    int samplesWithDataBeforeCancel = 0;
    bool cancelled = false;
    QObject::connect(&job, &MigrationJob::statsSampled, &job, [&](const JobStats &stats) {
        if (!cancelled && stats.value(JobStats::Field::DataProcessed).value_or(0) > 0)
            ++samplesWithDataBeforeCancel;
    });
    QObject::connect(&job, &MigrationJob::stateChanged, &job, [&](MigrationJob::State state) {
        if (state == MigrationJob::State::Running && !cancelled) {
            cancelled = true;
            job.cancel();
        }
    });
    QSignalSpy finished(&job, &MigrationJob::finished);
    MainLoopLiveness loop;
    job.start();
    ASSERT_TRUE(finished.wait(kEndMs)) << "cancel did not end the migration";
    loop.stop();
    EXPECT_TRUE(cancelled);
    EXPECT_EQ(samplesWithDataBeforeCancel, 0) << "data moved before the abort: not the setup phase";
    expectCancelledOrTooLate(job);
    EXPECT_EQ(job.state(), MigrationJob::State::Cancelled) << "a 1 MiB/s migration cannot finish in setup";
    Reliability::showed(keyOf(job.state()) + QStringLiteral(": ") + job.errorMessage());
    const QString where = expectOnOneHostBeating(job, name);
    Reliability::showed(QStringLiteral("VM running on %1 only, heartbeat on").arg(where));
    EXPECT_LT(loop.largestGapMs(), MainLoopLiveness::kLimitMs) << "the main loop stalled";
}

TEST_F(AbortPhasesLab, AbortDuringTheDiskCopyRemovesThePreCreatedVolumeAndKeepsTheSourceImage)
{
    Reliability::describe(Reliability::Area::FaultMatrix,
        QStringLiteral("Abort during the disk copy of a live migration with full storage copy (local disk)"),
        QStringLiteral("MigrationJob::cancel() once the job statistics showed disk bytes moving and no memory"));
    const QString name = guestName("abort-disk");
    QString sourcePath;
    int before = 0;
    const QString uuid = startInPoolsOnA(name, &sourcePath, &before, QStringLiteral("24M"));
    ASSERT_FALSE(uuid.isEmpty());

    MigrationOptions options;
    options.mode = MigrationOptions::Mode::LiveCopyAllStorage;
    options.migrateDisks = { QStringLiteral("vda") };
    options.bandwidthMiBs = 1; // the 24 MiB of data take far longer than the test waits
    ASSERT_TRUE(options.problems().isEmpty());
    MigrationJob &job = makeJob(uuid, options);
    job.setDestinationPool(kDestinationPool);
    std::optional<JobStats> atCancel;
    QObject::connect(&job, &MigrationJob::statsSampled, &job, [&](const JobStats &stats) {
        using Field = JobStats::Field;
        if (atCancel || stats.value(Field::DiskTotal).value_or(0) == 0)
            return;
        if (stats.value(Field::DiskProcessed).value_or(0) > 0 && stats.value(Field::MemoryProcessed).value_or(0) == 0) {
            atCancel = stats;
            job.cancel();
        }
    });
    QSignalSpy finished(&job, &MigrationJob::finished);
    MainLoopLiveness loop;
    job.start();
    ASSERT_TRUE(QTest::qWaitFor([&] { return job.state() != MigrationJob::State::Preparing; }, kEndMs));
    ASSERT_EQ(job.createdVolumePaths().size(), 1) << job.errorMessage();
    const QString created = job.createdVolumePaths().constFirst();
    ASSERT_TRUE(finished.wait(kEndMs)) << "no disk copy seen, or cancel did not end the migration";
    loop.stop();
    ASSERT_TRUE(atCancel.has_value()) << "the job ended without a disk-copy sample: " << job.errorMessage();
    expectCancelledOrTooLate(job);
    EXPECT_EQ(job.state(), MigrationJob::State::Cancelled) << "24 MiB at 1 MiB/s cannot be done already";
    Reliability::showed(QStringLiteral("cancelled at disk %1 of %2 bytes, memory 0")
                            .arg(atCancel->value(JobStats::Field::DiskProcessed).value_or(0))
                            .arg(atCancel->value(JobStats::Field::DiskTotal).value_or(0)));
    Reliability::showed(keyOf(job.state()) + QStringLiteral(": ") + job.errorMessage());

    const QString where = expectOnOneHostBeating(job, name);
    EXPECT_EQ(Lab::volumeCount(m_handleB, kDestinationPool), 0) << "the pre-created volume stayed on B";
    EXPECT_FALSE(QFile::exists(Lab::hostLibvirtPath(Lab::Host::B, created)));
    // The source image still holds every byte of its data (the guest only writes its
    // heartbeat record at offset 0).
    QString output;
    EXPECT_TRUE(qemuIo({ QStringLiteral("-f"), QStringLiteral("qcow2"), QStringLiteral("-r"), QStringLiteral("-U"),
                           QStringLiteral("-c"), QStringLiteral("read -P 0x5a 1M 24M"),
                           Lab::hostLibvirtPath(Lab::Host::A, sourcePath) },
        &output))
        << output;
    Reliability::showed(QStringLiteral("VM running on %1 only, no volume left on B, source data intact").arg(where));
    EXPECT_LT(loop.largestGapMs(), MainLoopLiveness::kLimitMs) << "the main loop stalled";
}

// Disabled on 2026-11-27 after the migration went on for 90 s after cancel() in 2 of 3
// runs. Since the migrate call and the statistics monitor got connections of their own
// (they shared one RPC client with the abort before, see openPrivateConnection()), it
// passed in every run: the abort is taken within a second.
TEST_F(AbortPhasesLab, AbortDuringTheMemoryPassesOfADirtyingGuestLeavesItOnA)
{
    Reliability::describe(Reliability::Area::FaultMatrix,
        QStringLiteral("Abort during the memory passes of a live migration (NFS disk, guest dirtying memory)"),
        QStringLiteral("MigrationJob::cancel() once the memory passes repeat (or 20 s into them)"));
    const QString name = guestName("abort-memory");
    int before = 0;
    const QString uuid = startOnNfsDiskOnA(name, &before, 8);
    ASSERT_FALSE(uuid.isEmpty());

    // Never throttled (QEMU 7.2's TCG mishandles throttled dirtying guests); the 1 ms
    // downtime keeps it from converging.
    MigrationOptions options;
    options.maxDowntimeMs = 1;
    ASSERT_TRUE(options.problems().isEmpty());
    MigrationJob &job = makeJob(uuid, options);
    // Cancelled in the second pass, when the dirtied pages are sent again; on a loaded
    // machine TCG may need long for the first, so 20 s of moving memory is enough too.
    int passAtCancel = 0;
    int lastPass = 0;
    const auto cancelInPass = [&](int iteration) {
        if (passAtCancel == 0 && iteration >= 1) {
            passAtCancel = iteration;
            job.cancel();
        }
    };
    QObject::connect(&job, &MigrationJob::iterationStarted, &job, [&](int iteration) {
        lastPass = std::max(lastPass, iteration);
        if (iteration >= 2)
            cancelInPass(iteration);
    });
    QObject::connect(&job, &MigrationJob::statsSampled, &job, [&](const JobStats &stats) {
        lastPass = std::max(lastPass, int(stats.value(JobStats::Field::MemoryIteration).value_or(0)));
        if (lastPass >= 2)
            cancelInPass(lastPass);
    });
    QTimer patience;
    patience.setSingleShot(true);
    QObject::connect(&patience, &QTimer::timeout, &job, [&] { cancelInPass(lastPass); });
    QObject::connect(&job, &MigrationJob::stateChanged, &job, [&](MigrationJob::State state) {
        if (state == MigrationJob::State::Running)
            patience.start(20000);
    });
    QSignalSpy finished(&job, &MigrationJob::finished);
    MainLoopLiveness loop;
    job.start();
    ASSERT_TRUE(finished.wait(90000)) << "cancel in the memory passes did not end the migration (pass "
                                      << lastPass << ")";
    loop.stop();
    expectCancelledOrTooLate(job);
    if (job.state() == MigrationJob::State::Cancelled) {
        EXPECT_GE(passAtCancel, 1) << "the job was cancelled before any memory pass";
    }
    Reliability::showed(QStringLiteral("cancelled in memory pass %1").arg(passAtCancel));
    Reliability::showed(keyOf(job.state()) + QStringLiteral(": ") + job.errorMessage());
    const QString where = expectOnOneHostBeating(job, name);
    Reliability::showed(QStringLiteral("VM running on %1 only, heartbeat on").arg(where));
    EXPECT_LT(loop.largestGapMs(), MainLoopLiveness::kLimitMs) << "the main loop stalled";
}

TEST_F(AbortPhasesLab, AbortAfterPostCopyStartedIsRefusedAndTheGuestEndsOnBOnly)
{
    Reliability::describe(Reliability::Area::FaultMatrix,
        QStringLiteral("Abort after a live migration switched to post-copy (point of no return)"),
        QStringLiteral("MigrationJob::cancel() right after startPostCopy(), and again once libvirt confirmed it"));
    const QString name = guestName("abort-postcopy");
    int before = 0;
    const QString uuid = startOnNfsDiskOnA(name, &before);
    ASSERT_FALSE(uuid.isEmpty());

    MigrationOptions options;
    options.postCopyAllowed = true;
    options.bandwidthMiBs = 1; // pre-copy alone would take minutes; not a dirtying guest
    ASSERT_TRUE(options.problems().isEmpty());
    MigrationJob &job = makeJob(uuid, options);
    QSignalSpy refused(&job, &MigrationJob::cancelRefused);
    QSignalSpy controlled(&job, &MigrationJob::controlFinished);
    QSignalSpy finished(&job, &MigrationJob::finished);
    int samples = 0;
    QObject::connect(&job, &MigrationJob::statsSampled, &job, [&samples] { ++samples; });
    // Once libvirt confirmed the switch, abort at once: the job cannot have ended yet.
    bool cancelledInPostCopy = false;
    QObject::connect(&job, &MigrationJob::controlFinished, &job,
        [&](MigrationJob::Control control, bool succeeded) {
            if (control != MigrationJob::Control::PostCopy || !succeeded)
                return;
            EXPECT_FALSE(job.canCancel());
            cancelledInPostCopy = true;
            job.cancel();
        });
    MainLoopLiveness loop;
    job.start();
    ASSERT_TRUE(QTest::qWaitFor([&] { return job.isFinished() || samples >= 6; }, kEndMs))
        << "no statistics from the running migration";
    ASSERT_FALSE(job.isFinished()) << job.errorMessage();
    ASSERT_TRUE(job.canStartPostCopy());
    ASSERT_TRUE(job.canCancel());
    job.startPostCopy();
    EXPECT_TRUE(job.isPostCopyStarted());
    EXPECT_FALSE(job.canCancel());
    job.cancel(); // the switch is on its way: an abort now could reach QEMU after it
    ASSERT_TRUE(finished.wait(60000)) << "the migration did not end after the switch";
    loop.stop();

    ASSERT_GE(controlled.count(), 1);
    EXPECT_TRUE(controlled.first().at(1).toBool()) << controlled.first().at(2).toString();
    EXPECT_TRUE(cancelledInPostCopy);
    ASSERT_EQ(refused.count(), 2) << "each abort request in post-copy is answered";
    const QString whileSwitching = refused.at(0).at(0).toString();
    const QString inPostCopy = refused.at(1).at(0).toString();
    for (const QString &message : { whileSwitching, inPostCopy }) {
        EXPECT_TRUE(message.startsWith(QStringLiteral("Post-copy cannot be aborted"))) << message;
        EXPECT_TRUE(message.contains(job.destinationHostName())) << message;
    }
    EXPECT_FALSE(job.destinationHostName().isEmpty());
    EXPECT_NE(whileSwitching, inPostCopy);
    Reliability::showed(inPostCopy);

    // Not cancelled: it ran on to the end, on B.
    ASSERT_EQ(job.state(), MigrationJob::State::Completed) << job.errorMessage();
    EXPECT_EQ(job.finalHost(), MigrationJob::FinalHost::Destination);
    const QString where = expectOnOneHostBeating(job, name);
    EXPECT_EQ(where, Lab::hostName(Lab::Host::B));
    const QList<int> onB = Lab::ticks(Lab::Host::B, name);
    ASSERT_FALSE(onB.isEmpty());
    EXPECT_GT(onB.first(), before) << "host B's guest restarted instead of continuing";
    Reliability::showed(QStringLiteral("%1; VM running on %2 only, heartbeat continued").arg(keyOf(job.state()), where));
    EXPECT_LT(loop.largestGapMs(), MainLoopLiveness::kLimitMs) << "the main loop stalled";
}
