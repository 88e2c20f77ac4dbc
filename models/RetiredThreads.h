// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: Virt Ferry contributors
#pragma once

class QObject;
class QThread;

// Worker threads that their owners have let go of but that may still be finishing (a
// libvirt close, an SSH disconnect, a connect stuck on a blackholed host). Nobody waits
// for them on the GUI thread; they are deleted here once they have finished, and at
// process exit the ones that finished late are joined and deleted too, so a thread that
// ends after the event loop stopped is not leaked. Threads still stuck at exit are left
// alone on purpose: waiting for them would hang the exit.
namespace RetiredThreads {

// Takes ownership of a thread that has been told to quit (or will finish on its own).
// GUI thread only.
void adopt(QThread *thread);

// Deletes the adopted threads that have finished. Called after each adoption and when
// an adopted thread finishes; exposed for tests.
void reapFinished();

// Deletes `worker`, which lives in `thread`, on that thread as the thread finishes. A
// deleteLater() posted there would be lost when the thread finishes after the
// application object is gone (a worker closing its connection at exit).
void deleteWorkerWhenFinished(QThread *thread, QObject *worker);

// How many adopted threads are still alive (for tests).
int pendingCount();

} // namespace RetiredThreads
