// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: Virt Ferry contributors
// Switching a running migration to post-copy, as the progress window's button does
// (MigrationBatch::startItemPostCopy → virDomainMigrateStartPostCopy), against the
// lab's real daemons. The pre-copy runs throttled so the switch lands mid-flight; the
// guest does not dirty memory (QEMU 7.2's TCG mishandles throttled dirtying guests).
#include "Lab.h"
#include "MigrationBatch.h"
#include "MigrationJob.h"
#include "MigrationPlan.h"
#include "MigrationSeries.h"
#include "QtPrinting.h"
#include "SshLabTest.h"

#include <QSignalSpy>
#include <QTest>
#include <gtest/gtest.h>

#include <algorithm>
#include <memory>

namespace {

constexpr int kBootMs = 60000;
constexpr int kMigrateMs = 120000;

class PostCopyLab : public SshLabTest
{
};

TEST_F(PostCopyLab, SwitchingToPostCopyMidFlightEndsOnBWithTheGuestStillBeating)
{
    const QString name = guestName("mig-postcopy");
    int before = 0;
    QString error;
    const QString uuid = Lab::startBeating(Lab::Host::A, name,
        Lab::prepareGuest(name, Lab::GuestDisk::NfsNetwork, Lab::Host::A, 0), kBootMs, &before, &error);
    ASSERT_FALSE(uuid.isEmpty()) << error;

    MigrationPlan plan; // live on shared storage
    plan.options.postCopyAllowed = true;
    plan.options.bandwidthMiBs = 1; // pre-copy alone would take minutes
    ASSERT_TRUE(plan.problems().isEmpty());
    MigrationBatch batch(m_hostA->handle(), m_hostB->handle(), Lab::sshUri(Lab::Host::B),
        { MigrationTarget { uuid, name } }, plan);
    batch.setStatsInterval(250);
    QSignalSpy finished(&batch, &MigrationBatch::finished);
    batch.start();

    // Well inside the memory pass: statistics are coming and the job may switch.
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            const MigrationSeries *series = batch.itemSeries(0);
            return batch.isFinished() || (series && series->samples().size() >= 6);
        },
        kMigrateMs))
        << "no statistics from the running migration";
    ASSERT_FALSE(batch.isFinished()) << batch.itemMessage(0);
    MigrationJob *job = batch.itemMigrationJob(0);
    ASSERT_NE(job, nullptr);
    EXPECT_TRUE(job->canStartPostCopy());
    QSignalSpy controlled(job, &MigrationJob::controlFinished);
    batch.startItemPostCopy(0);

    ASSERT_TRUE(finished.wait(kMigrateMs)) << "the migration did not end after the switch";
    ASSERT_EQ(batch.itemState(0), MigrationBatch::ItemState::Completed) << batch.itemMessage(0);
    ASSERT_GE(controlled.count(), 1);
    EXPECT_EQ(controlled.first().at(0).value<MigrationJob::Control>(), MigrationJob::Control::PostCopy);
    EXPECT_TRUE(controlled.first().at(1).toBool()) << controlled.first().at(2).toString();

    const MigrationSeries *series = batch.itemSeries(0);
    ASSERT_NE(series, nullptr);
    const QList<MigrationMarker> &markers = series->markers();
    EXPECT_TRUE(std::any_of(markers.cbegin(), markers.cend(),
        [](const MigrationMarker &marker) { return marker.kind == MigrationMarker::Kind::PostCopyStarted; }))
        << "the switch is not on the chart";

    // One running copy, on B, continuing from where it was on A.
    EXPECT_EQ(Lab::activeCopies(name), 1);
    const int after = Lab::waitForTick(Lab::Host::B, name, before + 10, 30000);
    EXPECT_GE(after, before + 10) << "no heartbeat on host B";
    const QList<int> onB = Lab::ticks(Lab::Host::B, name);
    ASSERT_FALSE(onB.isEmpty());
    EXPECT_GT(onB.first(), before) << "host B's guest restarted instead of continuing";
}

} // namespace
