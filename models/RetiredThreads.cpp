// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: Virt Ferry contributors
#include "RetiredThreads.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QList>
#include <QThread>

namespace {

// How long process exit may wait, in total, for threads that are merely closing.
constexpr int kExitGraceMs = 3000;

class Registry final
{
public:
    Registry() = default;
    Q_DISABLE_COPY_MOVE(Registry)

    ~Registry()
    {
        const QDeadlineTimer deadline(kExitGraceMs);
        for (QThread *thread : std::as_const(m_threads)) {
            if (thread->wait(deadline))
                delete thread;
        }
    }

    QList<QThread *> m_threads;
};

Registry &registry()
{
    // Constructed on first use, after libvirt and Qt were set up, so it is destroyed
    // before them at exit.
    static Registry instance;
    return instance;
}

} // namespace

namespace RetiredThreads {

void adopt(QThread *thread)
{
    if (!thread)
        return;
    registry().m_threads.append(thread);
    if (QCoreApplication *app = QCoreApplication::instance())
        QObject::connect(thread, &QThread::finished, app, &reapFinished, Qt::QueuedConnection);
    reapFinished();
}

void reapFinished()
{
    QList<QThread *> &threads = registry().m_threads;
    for (auto it = threads.begin(); it != threads.end();) {
        if ((*it)->isFinished()) {
            delete *it;
            it = threads.erase(it);
        } else {
            ++it;
        }
    }
}

void deleteWorkerWhenFinished(QThread *thread, QObject *worker)
{
    // Direct: `finished` is emitted on the thread itself, after its event loop ended, so
    // the worker is deleted on its own thread with nothing of it still running.
    QObject::connect(thread, &QThread::finished, thread, [worker] { delete worker; }, Qt::DirectConnection);
}

int pendingCount()
{
    return int(registry().m_threads.size());
}

} // namespace RetiredThreads
