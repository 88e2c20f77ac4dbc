// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: Virt Ferry contributors
#pragma once

#include "ConnectionHandle.h"
#include "JobStats.h"
#include "Lab.h"
#include "MigrationJob.h"
#include "MigrationOptions.h"
#include "SshLabTest.h"

#include <QElapsedTimer>
#include <QList>
#include <QMetaEnum>
#include <QString>
#include <QStringList>
#include <QTest>
#include <QTimer>

#include <atomic>
#include <memory>
#include <thread>

// The main thread's pulse: a 50 ms timer whose largest gap between ticks shows whether
// anything (a blocking libvirt call on the GUI thread) froze the event loop while a fault
// or an abort happened. A liveness check, not a speed target. Main thread only.
class MainLoopLiveness final
{
    Q_DISABLE_COPY_MOVE(MainLoopLiveness)

public:
    // Above this the loop counts as frozen: a person would see the window hang.
    static constexpr qint64 kLimitMs = 1000;

    MainLoopLiveness();
    // Counts the pause still running since the last tick too, so a stall that lasts until
    // the job ended is not missed.
    void stop();
    qint64 largestGapMs() const { return m_largestGapMs; }

private:
    void tick();

    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_largestGapMs = 0;
};

// The base of the lab tests that migrate one guest from A to B with a MigrationJob over the
// app's SSH Connections (SshLabTest). It owns the job, the statistics it sampled, and the
// suite's pair of storage pools, and cleans all of it up after each test.
class LabMigrationTest : public SshLabTest
{
protected:
    // A pool on each host at a different path, so a storage copy must land where B's pool
    // is, not at the source's path. Each suite names its own, so a failed run of one cannot
    // leave volumes in another's.
    struct Pools
    {
        QString source;
        QString sourcePath;
        QString destination;
        QString destinationPath;
    };

    // `statsIntervalMs` 0 keeps the job's own sampling interval.
    explicit LabMigrationTest(Pools pools, int statsIntervalMs = 0);

    void TearDown() override;

    // Defines and starts the guest on A; returns its UUID once it beats, or empty after
    // reporting the failure. `before` gets the last tick seen on A.
    QString startOnA(const QString &name, const QString &xml, int *before);
    // The lab guest on the shared NFS disk, which any host can run without copying storage.
    QString startOnNfsDiskOnA(const QString &name, int *before, int dirtyMiB = 0);
    // The guest's disk becomes a 64 MiB qcow2 volume in the source pool on A with pattern
    // 0x5a over `markerLength` at 1 MiB (the heartbeat rewrites only offset 0, so the marker
    // stays as written unless a copy breaks it), B gets the empty destination pool, and the
    // guest starts on A. `sourcePath` gets the volume's path on A.
    QString startInPoolsOnA(const QString &name, QString *sourcePath, int *before,
        const QString &markerLength = QStringLiteral("64k"));

    // The test's job, from A to B; its statistics samples collect in m_samples.
    MigrationJob &makeJob(const QString &uuid, const MigrationOptions &options);
    static bool waitUntilRunning(const MigrationJob &job, int timeoutMs);
    // Until the migration is Running and its statistics show memory or disk data on the
    // way: a fault or an abort then hits the transfer, not the set-up.
    bool waitUntilTransferring(const MigrationJob &job, int timeoutMs = 20000) const;

    // The checks below ask the hosts over the lab's TCP URIs on a thread of their own, so a
    // busy or dead daemon cannot freeze the loop a MainLoopLiveness is measuring.
    static bool isDefinedOn(Lab::Host host, const QString &name);
    static bool isActiveOn(Lab::Host host, const QString &name);
    static int activeCopies(const QString &name);
    // The last heartbeat tick on `host`'s console; 0 before the first one.
    static int lastTickOn(Lab::Host host, const QString &name);

    // Runs qemu-io on an image this machine sees; true when it exits 0 (a pattern mismatch
    // exits 1). `output` gets what it printed.
    static bool qemuIo(const QStringList &arguments, QString *output = nullptr);

    // Runs a blocking lab call (killing or starting a daemon takes seconds, a libvirt
    // look-up on a busy host may too) on a thread of its own while the main event loop
    // turns, so a liveness measurement sees the app, not the test.
    template <typename Work> static auto offMainThread(Work work) -> decltype(work())
    {
        std::atomic_bool done = false;
        decltype(work()) result {};
        std::thread thread([&] {
            result = work();
            done = true;
        });
        [[maybe_unused]] const bool ended = QTest::qWaitFor([&] { return done.load(); }, 120000);
        thread.join();
        return result;
    }

    // An enum value's name as the report shows it ("Cancelled", "Failed").
    template <typename Enum> static QString keyOf(Enum value)
    {
        return QString::fromLatin1(QMetaEnum::fromType<Enum>().valueToKey(int(value)));
    }

    std::unique_ptr<MigrationJob> m_job;
    QList<JobStats> m_samples;
    // Bare TCP connections to the hosts, set by startInPoolsOnA(), for checks below the app.
    ConnectionHandle m_handleA;
    ConnectionHandle m_handleB;
    bool m_poolsCreated = false;

private:
    const Pools m_pools;
    const int m_statsIntervalMs;
};
