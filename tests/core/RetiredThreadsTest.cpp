// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: Virt Ferry contributors
#include "RetiredThreads.h"

#include <QCoreApplication>
#include <QPointer>
#include <QSemaphore>
#include <QThread>

#include <gtest/gtest.h>

#include <atomic>

namespace {

// A thread that keeps running until the test lets it go, like a worker still closing
// its connection when its owner retires it.
QThread *startHeldThread(QSemaphore *release)
{
    QThread *thread = QThread::create([release] { release->acquire(); });
    thread->start();
    return thread;
}

} // namespace

TEST(RetiredThreads, DeletesAThreadOnceItFinishesLate)
{
    QSemaphore release;
    QPointer<QThread> thread = startHeldThread(&release);
    const int before = RetiredThreads::pendingCount();
    RetiredThreads::adopt(thread);
    EXPECT_EQ(RetiredThreads::pendingCount(), before + 1) << "a running thread must not be deleted";
    EXPECT_FALSE(thread.isNull());

    release.release();
    ASSERT_TRUE(thread->wait(5000));
    QCoreApplication::processEvents(); // the queued reap after `finished`
    EXPECT_TRUE(thread.isNull()) << "the finished thread was not deleted";
    EXPECT_EQ(RetiredThreads::pendingCount(), before);
}

TEST(RetiredThreads, ReapsFinishedThreadsEvenWithoutAnEventLoop)
{
    QSemaphore release;
    QPointer<QThread> thread = startHeldThread(&release);
    RetiredThreads::adopt(thread);
    release.release();
    ASSERT_TRUE(thread->wait(5000));
    // No processEvents: the explicit reap (also run at each adoption and at exit) is enough.
    RetiredThreads::reapFinished();
    EXPECT_TRUE(thread.isNull());
}

TEST(RetiredThreads, DeletesTheWorkerOnItsOwnThreadAsItFinishesWithoutTheEventLoop)
{
    QThread thread;
    auto *worker = new QObject;
    worker->moveToThread(&thread);
    std::atomic<Qt::HANDLE> deletedOn = nullptr;
    Qt::HANDLE workerThread = nullptr;
    QObject::connect(worker, &QObject::destroyed, worker,
                     [&deletedOn] { deletedOn = QThread::currentThreadId(); }, Qt::DirectConnection);
    RetiredThreads::deleteWorkerWhenFinished(&thread, worker);
    QObject::connect(&thread, &QThread::started, &thread,
                     [&workerThread] { workerThread = QThread::currentThreadId(); }, Qt::DirectConnection);
    thread.start();
    thread.quit();
    ASSERT_TRUE(thread.wait(5000));
    // No processEvents here: a deleteLater() would still be waiting for an event loop.
    EXPECT_NE(deletedOn.load(), nullptr) << "the worker was not deleted";
    EXPECT_EQ(deletedOn.load(), workerThread) << "the worker was deleted on another thread";
}
