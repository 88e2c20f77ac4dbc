// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: Virt Ferry contributors
// The libvirt event loop as LibvirtEventLoop runs it: watches, timers and the
// asynchronous free callbacks keepalive relies on (after libvirt-glib's test-events.c).
#include "LibvirtEventLoop.h"

#include <gtest/gtest.h>
#include <libvirt/libvirt.h>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <thread>
#include <unistd.h>

using namespace std::chrono_literals;
using Clock = std::chrono::steady_clock;

namespace {

struct Probe
{
    std::mutex mutex;
    std::condition_variable changed;
    int fired = 0;
    int freed = 0;
    Clock::time_point firstFire;
    std::thread::id freeThread;

    void fire()
    {
        std::lock_guard lock(mutex);
        if (fired++ == 0)
            firstFire = Clock::now();
        changed.notify_all();
    }
    bool waitFired(int count, std::chrono::milliseconds timeout)
    {
        std::unique_lock lock(mutex);
        return changed.wait_for(lock, timeout, [&] { return fired >= count; });
    }
    bool waitFreed(std::chrono::milliseconds timeout)
    {
        std::unique_lock lock(mutex);
        return changed.wait_for(lock, timeout, [&] { return freed > 0; });
    }
    int firedCount()
    {
        std::lock_guard lock(mutex);
        return fired;
    }
};

void onHandle(int, int fd, int events, void *opaque)
{
    if (events & VIR_EVENT_HANDLE_READABLE) {
        char byte;
        [[maybe_unused]] auto bytesRead = read(fd, &byte, 1);
    }
    static_cast<Probe *>(opaque)->fire();
}

void onTimeout(int, void *opaque)
{
    static_cast<Probe *>(opaque)->fire();
}

void onFree(void *opaque)
{
    auto *probe = static_cast<Probe *>(opaque);
    std::lock_guard lock(probe->mutex);
    probe->freeThread = std::this_thread::get_id();
    ++probe->freed;
    probe->changed.notify_all();
}

class EventLoopTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(LibvirtEventLoop::isRunning());
        ASSERT_EQ(pipe(m_pipe), 0);
    }
    void TearDown() override
    {
        close(m_pipe[0]);
        close(m_pipe[1]);
    }
    void writeByte() { ASSERT_EQ(write(m_pipe[1], "x", 1), 1); }

    int m_pipe[2] = {-1, -1};
};

} // namespace

TEST_F(EventLoopTest, PipeWatchFiresWhenReadable)
{
    Probe probe;
    const int watch = virEventAddHandle(m_pipe[0], VIR_EVENT_HANDLE_READABLE, onHandle, &probe, onFree);
    ASSERT_GE(watch, 0) << "the ID must be returned at once";
    EXPECT_FALSE(probe.waitFired(1, 100ms)) << "nothing was written yet";
    writeByte();
    EXPECT_TRUE(probe.waitFired(1, 2s));
    virEventRemoveHandle(watch);
    EXPECT_TRUE(probe.waitFreed(2s));
}

TEST_F(EventLoopTest, UpdateDisablesAndReenablesAWatch)
{
    Probe probe;
    const int watch = virEventAddHandle(m_pipe[0], VIR_EVENT_HANDLE_READABLE, onHandle, &probe, onFree);
    ASSERT_GE(watch, 0);
    virEventUpdateHandle(watch, 0);
    writeByte();
    EXPECT_FALSE(probe.waitFired(1, 300ms)) << "a watch updated to no events must not fire";
    virEventUpdateHandle(watch, VIR_EVENT_HANDLE_READABLE);
    EXPECT_TRUE(probe.waitFired(1, 2s)) << "the pending byte must fire once re-enabled";
    virEventRemoveHandle(watch);
    ASSERT_TRUE(probe.waitFreed(2s));
}

TEST_F(EventLoopTest, RemovedWatchStopsFiringAndIsFreedLaterOnTheLoopThread)
{
    Probe probe;
    const int watch = virEventAddHandle(m_pipe[0], VIR_EVENT_HANDLE_READABLE, onHandle, &probe, onFree);
    ASSERT_GE(watch, 0);
    EXPECT_EQ(virEventRemoveHandle(watch), 0);
    writeByte();
    EXPECT_FALSE(probe.waitFired(1, 300ms)) << "a removed watch fired";
    ASSERT_TRUE(probe.waitFreed(2s));
    std::lock_guard lock(probe.mutex);
    // Run inside remove, the free callback would run on this (the removing) thread. It
    // may well run on the loop thread while remove is still returning here: that is
    // deferred, as required, so only the thread is checked.
    EXPECT_NE(probe.freeThread, std::this_thread::get_id()) << "free callbacks must be deferred to the loop's thread";
}

TEST_F(EventLoopTest, FiftyMillisecondTimerFiresInMilliseconds)
{
    Probe probe;
    const auto start = Clock::now();
    const int timer = virEventAddTimeout(50, onTimeout, &probe, onFree);
    ASSERT_GE(timer, 0);
    ASSERT_TRUE(probe.waitFired(3, 5s)) << "a 50 ms timer did not fire three times in 5 s";
    virEventRemoveTimeout(timer);
    ASSERT_TRUE(probe.waitFreed(2s));
    std::lock_guard lock(probe.mutex);
    const auto firstAfter = std::chrono::duration_cast<std::chrono::milliseconds>(probe.firstFire - start);
    // Bounds wide enough for a loaded machine, narrow enough to catch ms-vs-s mix-ups.
    EXPECT_GE(firstAfter.count(), 45);
    EXPECT_LT(firstAfter.count(), 1000) << "interval treated as seconds?";
}

TEST_F(EventLoopTest, MinusOneDisablesATimerAndZeroFiresOnEveryPass)
{
    Probe probe;
    const int timer = virEventAddTimeout(-1, onTimeout, &probe, onFree);
    ASSERT_GE(timer, 0);
    EXPECT_FALSE(probe.waitFired(1, 300ms)) << "a timer with interval -1 must stay disabled";
    virEventUpdateTimeout(timer, 0);
    EXPECT_TRUE(probe.waitFired(20, 2s)) << "interval 0 fires on every loop pass";
    virEventUpdateTimeout(timer, -1);
    const int settled = probe.firedCount();
    std::this_thread::sleep_for(300ms);
    EXPECT_LE(probe.firedCount(), settled + 1) << "disabling again must stop it";
    virEventRemoveTimeout(timer);
    EXPECT_TRUE(probe.waitFreed(2s));
}

TEST(EventLoopLifecycle, StopAndStartAgainKeepsWorking)
{
    LibvirtEventLoop::stop();
    EXPECT_FALSE(LibvirtEventLoop::isRunning());
    ASSERT_TRUE(LibvirtEventLoop::start());
    EXPECT_TRUE(LibvirtEventLoop::start()) << "start is idempotent";
    Probe probe;
    const int timer = virEventAddTimeout(10, onTimeout, &probe, onFree);
    EXPECT_TRUE(probe.waitFired(1, 2s));
    virEventRemoveTimeout(timer);
    EXPECT_TRUE(probe.waitFreed(2s));
}
