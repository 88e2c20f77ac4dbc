// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: Virt Ferry contributors
#pragma once

#include <QString>

// The process's one libvirt event loop: libvirt's default implementation, run on a
// dedicated thread.
//
// Why not an adapter onto Qt's loop: libvirt's own poll loop is the reference that
// virsh and libvirtd use (no seconds-versus-milliseconds translation to get wrong,
// deferred removal and asynchronous free callbacks as libvirt expects), and running it
// on its own thread keeps keepalive answering while the GUI thread sits in a modal
// dialog or paints thousands of rows. The price: every event callback runs on this
// thread, so callbacks must only hand work on (queued invocations) and never block.
//
// libvirt 9's default implementation is GLib's default main context, which a thread can
// iterate only while no other thread owns it. Qt's GLib event dispatcher owns it for the
// GUI thread, so prepareBeforeQtApplication() makes Qt use its own UNIX dispatcher.
class LibvirtEventLoop final
{
public:
    // Call first thing in main(), before the Q(Core|Gui)Application exists. Also ignores
    // SIGPIPE, which a dying qemu+ssh transport would otherwise end the process with.
    static void prepareBeforeQtApplication();

    // Registers the implementation (once per process) and starts the thread. Idempotent.
    // Must run before the first connection is opened, or that connection gets no events.
    static bool start(QString *errorMessage = nullptr);

    // Stops and joins the thread; registrations stay valid and a later start() resumes.
    static void stop();

    static bool isRunning();

    LibvirtEventLoop() = delete;
};
