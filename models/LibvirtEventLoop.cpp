// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: Virt Ferry contributors
#include "LibvirtEventLoop.h"

#include "LibvirtError.h"
#include "Tr.h"

#include <QtGlobal>

#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>

#include <atomic>
#include <csignal>
#include <mutex>
#include <thread>

namespace {

std::mutex s_lifecycleMutex;
std::thread s_thread;
std::atomic_bool s_stopRequested = false;
bool s_registered = false;

void wakeUpOnce(int timerId, void *)
{
    virEventRemoveTimeout(timerId);
}

void runLoop()
{
    while (!s_stopRequested.load()) {
        if (virEventRunDefaultImpl() < 0) {
            // An error here is a libvirt bug or memory exhaustion; keep turning rather
            // than leave every connection without keepalive.
            virResetLastError();
        }
    }
}

} // namespace

void LibvirtEventLoop::prepareBeforeQtApplication()
{
    qputenv("QT_NO_GLIB", "1");
    // libvirt talks to a qemu+ssh host through a pipe to the ssh child: when the link and
    // ssh die, the next write must fail with EPIPE for libvirt to report, not end the app.
    std::signal(SIGPIPE, SIG_IGN);
}

bool LibvirtEventLoop::start(QString *errorMessage)
{
    std::lock_guard lock(s_lifecycleMutex);
    if (!s_registered) {
        if (virInitialize() < 0 || virEventRegisterDefaultImpl() < 0) {
            if (errorMessage)
                *errorMessage = LibvirtError::fromLastError(Tr::tr("Cannot start libvirt's event loop"))
                                    .message();
            return false;
        }
        LibvirtError::installQuietHandler();
        s_registered = true;
    }
    if (s_thread.joinable())
        return true;
    s_stopRequested = false;
    s_thread = std::thread(runLoop);
    return true;
}

void LibvirtEventLoop::stop()
{
    std::lock_guard lock(s_lifecycleMutex);
    if (!s_thread.joinable())
        return;
    s_stopRequested = true;
    // Adding a timer interrupts the poll() the loop thread is sleeping in.
    virEventAddTimeout(0, wakeUpOnce, nullptr, nullptr);
    s_thread.join();
}

bool LibvirtEventLoop::isRunning()
{
    std::lock_guard lock(s_lifecycleMutex);
    return s_thread.joinable();
}
