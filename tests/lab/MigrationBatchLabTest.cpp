// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: Virt Ferry contributors
// MigrationBatch against the lab's real daemons: two guests on the NFS network disk go
// live from A to B one after the other (concurrency 1), then back from B to A both at
// once (concurrency 2). Each ends running on exactly one host, the right one, and keeps
// beating.
#include "Connection.h"
#include "Lab.h"
#include "LibvirtHandles.h"
#include "MigrationBatch.h"
#include "MigrationPlan.h"
#include "QtPrinting.h"
#include "SshLabTest.h"

#include <QSignalSpy>
#include <QTest>
#include <gtest/gtest.h>
#include <libvirt/virterror.h>

#include <memory>

namespace {

constexpr int kBootMs = 60000;
constexpr int kBatchMs = 180000;

using ItemState = MigrationBatch::ItemState;

// Whether `name` runs on `host` (asked over the lab's TCP URI, not through the app).
bool runsOn(Lab::Host host, const QString &name)
{
    Libvirt::DomainPtr domain = Lab::lookupDomain(Lab::openHandle(host), name);
    const bool active = domain && virDomainIsActive(domain.get()) == 1;
    virResetLastError();
    return active;
}

struct Event
{
    int index;
    ItemState state;
    QString message;
};

class MigrationBatchLab : public SshLabTest
{
protected:
    MigrationTarget startGuest(const char *base)
    {
        const QString name = guestName(base);
        QString error;
        const QString uuid = Lab::defineAndStart(
            Lab::Host::A, Lab::prepareGuest(name, Lab::GuestDisk::NfsNetwork, Lab::Host::A), &error);
        EXPECT_FALSE(uuid.isEmpty()) << error;
        return MigrationTarget{uuid, name};
    }

    // Runs a batch to its end; returns every item state change in order.
    QList<Event> runBatch(Connection *from, Connection *to, Lab::Host toHost, const QList<MigrationTarget> &targets,
                          int concurrency, MigrationBatch **keep = nullptr)
    {
        MigrationPlan plan; // live on shared storage, persistent on B, source undefined
        plan.concurrency = concurrency;
        EXPECT_TRUE(plan.problems(int(targets.size())).isEmpty());
        m_batch = std::make_unique<MigrationBatch>(from->handle(), to->handle(), Lab::sshUri(toHost), targets, plan);
        QList<Event> events;
        QObject::connect(m_batch.get(), &MigrationBatch::itemStateChanged,
                         [&events](int index, ItemState state, const QString &message) {
                             events.append(Event{index, state, message});
                         });
        QSignalSpy finished(m_batch.get(), &MigrationBatch::finished);
        m_batch->start();
        EXPECT_TRUE(QTest::qWaitFor([&] { return finished.count() == 1; }, kBatchMs)) << "the batch did not end";
        if (finished.count() == 1) {
            EXPECT_EQ(finished.first().at(0).toInt(), int(targets.size())) << "all moved";
        }
        if (keep)
            *keep = m_batch.get();
        return events;
    }

    static qsizetype positionOf(const QList<Event> &events, int index, ItemState state)
    {
        for (qsizetype position = 0; position < events.size(); ++position) {
            if (events.at(position).index == index && events.at(position).state == state)
                return position;
        }
        return -1;
    }

    std::unique_ptr<MigrationBatch> m_batch;
};

} // namespace

TEST_F(MigrationBatchLab, TwoGuestsGoOneAfterTheOtherThenBackBothAtOnce)
{
    const QList<MigrationTarget> guests{startGuest("batch-one"), startGuest("batch-two")};
    ASSERT_FALSE(guests.at(0).uuid.isEmpty());
    ASSERT_FALSE(guests.at(1).uuid.isEmpty());
    QList<int> before;
    for (const MigrationTarget &guest : guests) {
        before.append(Lab::waitForTick(Lab::Host::A, guest.name, 10, kBootMs));
        ASSERT_GE(before.last(), 10) << guest.name.toStdString() << " never beat on host A";
    }

    // A → B, concurrency 1: the second starts only once the first has finished.
    MigrationBatch *batch = nullptr;
    const QList<Event> there = runBatch(m_hostA.get(), m_hostB.get(), Lab::Host::B, guests, 1, &batch);
    ASSERT_NE(batch, nullptr);
    for (int index = 0; index < 2; ++index)
        ASSERT_EQ(batch->itemState(index), ItemState::Completed) << batch->itemMessage(index);
    const qsizetype firstDone = positionOf(there, 0, ItemState::Completed);
    const qsizetype secondStarts = positionOf(there, 1, ItemState::Preparing);
    ASSERT_GE(firstDone, 0);
    ASSERT_GE(secondStarts, 0);
    EXPECT_LT(firstDone, secondStarts) << "concurrency 1 must not overlap";
    EXPECT_GE(positionOf(there, 0, ItemState::Migrating), 0);
    EXPECT_GE(positionOf(there, 1, ItemState::Migrating), 0);
    for (int index = 0; index < 2; ++index) {
        const QString &name = guests.at(index).name;
        EXPECT_EQ(Lab::activeCopies(name), 1) << name.toStdString();
        EXPECT_TRUE(runsOn(Lab::Host::B, name)) << name.toStdString();
        EXPECT_GE(Lab::waitForTick(Lab::Host::B, name, before.at(index) + 5, 30000), before.at(index) + 5)
            << "no heartbeat on host B for " << name.toStdString();
    }

    // B → A, concurrency 2: both move at the same time.
    QList<int> onB;
    for (const MigrationTarget &guest : guests) {
        const QList<int> ticks = Lab::ticks(Lab::Host::B, guest.name);
        onB.append(ticks.isEmpty() ? 0 : ticks.last());
    }
    const QList<Event> back = runBatch(m_hostB.get(), m_hostA.get(), Lab::Host::A, guests, 2, &batch);
    for (int index = 0; index < 2; ++index)
        ASSERT_EQ(batch->itemState(index), ItemState::Completed) << batch->itemMessage(index);
    // Both were migrating before either had finished.
    qsizetype firstEnd = back.size();
    for (int index = 0; index < 2; ++index) {
        const qsizetype end = positionOf(back, index, ItemState::Completed);
        ASSERT_GE(end, 0);
        firstEnd = std::min(firstEnd, end);
    }
    for (int index = 0; index < 2; ++index) {
        const qsizetype migrating = positionOf(back, index, ItemState::Migrating);
        ASSERT_GE(migrating, 0);
        EXPECT_LT(migrating, firstEnd) << "VM " << index << " waited for the other one";
    }
    for (int index = 0; index < 2; ++index) {
        const QString &name = guests.at(index).name;
        EXPECT_EQ(Lab::activeCopies(name), 1) << name.toStdString();
        EXPECT_TRUE(runsOn(Lab::Host::A, name)) << name.toStdString();
        EXPECT_FALSE(runsOn(Lab::Host::B, name)) << name.toStdString();
        EXPECT_GE(Lab::waitForTick(Lab::Host::A, name, onB.at(index) + 5, 30000), onB.at(index) + 5)
            << "no heartbeat on host A for " << name.toStdString();
    }
}
