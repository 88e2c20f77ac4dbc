// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: Virt Ferry contributors
#pragma once

#include "ConnectionHandle.h"
#include "LibvirtHandles.h"

#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

class Connection;

// The migration lab as the lab tests see it. The test binary starts outside the lab:
// runOutsideIfNeeded() builds the guest, brings the lab up (tests/lab/lab.sh), re-runs
// the binary inside the lab's client namespace, and tears the lab down afterwards.
// Inside, the accessors below describe the lab from the environment lab.sh wrote.
namespace Lab {

// Returns the exit code when this process was the outside runner, nullopt when the
// tests should run here (inside the lab, or only listing tests).
std::optional<int> runOutsideIfNeeded(int argc, char *argv[]);
bool isInside();

enum class Host { A, B };
QString hostName(Host host);
QString sshUri(Host host); // qemu+ssh, OpenSSH with the client's key and known_hosts
QString libsshUri(Host host); // qemu+libssh with the same key and known_hosts
QString tcpUri(Host host); // qemu+tcp, lab-only unauthenticated TCP
QString nfsHost();
// A Connection (autoconnect off) opened on `uri`, once it has left Connecting: connected,
// or failed with its reason for the test to report.
std::unique_ptr<Connection> openConnection(const QString &uri, int timeoutMs = 30000);

// A bare libvirt connection to `host` over the lab's TCP URI, for set-up and checks
// below the app; null when it cannot be opened.
ConnectionHandle openHandle(Host host);
// These return null when nothing matches, with the libvirt error cleared.
Libvirt::DomainPtr lookupDomain(const ConnectionHandle &connection, const QString &name);
// The domain's XML (virDomainGetXMLDesc flags); empty when it cannot be read.
QString domainXml(virDomainPtr domain, unsigned int flags = 0);
// Defines and starts a guest on `host`; returns its UUID, or empty with `error` set.
QString defineAndStart(Host host, const QString &xml, QString *error = nullptr);

// Storage set-up for tests that work below the app's own storage layer.
Libvirt::StoragePoolPtr lookupPool(const ConnectionHandle &connection, const QString &name);
// The pool is refreshed first, so files the test wrote behind libvirt's back count.
Libvirt::StorageVolPtr lookupVolume(const ConnectionHandle &connection, const QString &pool, const QString &name);
// -1 when the pool is missing.
int volumeCount(const ConnectionHandle &connection, const QString &pool);
// Creates a thin volume in `pool`; returns its path on the host, or empty with `error` set.
QString createVolume(const ConnectionHandle &connection, const QString &pool, const QString &name,
                     quint64 capacityBytes, const QString &format, QString *error);
// Defines, builds and starts a dir pool at `path`, replacing any pool of that name.
bool createDirPool(const ConnectionHandle &connection, const QString &name, const QString &path, QString *error);
// Deletes the pool's volumes, its directory and its definition; ignores what is not there.
void removePoolWithContents(const ConnectionHandle &connection, const QString &name);
QString nfsExport();
// The export's directory as this machine (and the client) sees it.
QString nfsExportDirectory();
// Where a file inside `host`'s private /var/lib/libvirt really lives: the lab keeps each
// host's /var/lib/libvirt under its run directory, visible to the client.
// `pathOnHost` must start with /var/lib/libvirt/.
QString hostLibvirtPath(Host host, const QString &pathOnHost);
// Runs a command inside `host`'s namespaces (as lab.sh exec does); returns its exit status.
int runOnHost(Host host, const QStringList &command);

// The guest: Debian's cloud kernel and a busybox initramfs that prints "tick N" every
// 100 ms on the serial console, optionally dirtying memory and writing to /dev/vda.
enum class GuestDisk {
    NfsNetwork, // QEMU's own NFS client on nfs-server:/export (shared, safe to migrate)
    SharedDirectory, // a plain file both hosts see at the same path (needs UNSAFE)
    LocalFile, // a file in the host's private /var/lib/libvirt/images
};
// Creates the guest's disk image and returns the domain XML to define on `host`.
QString prepareGuest(const QString &name, GuestDisk disk, Host host, int dirtyMiB = 0);
// "qemu" (TCG) unless the CPU really has hardware virtualisation.
QString domainType();

// The heartbeat ticks `name` printed on `host`'s serial console, in order.
QList<int> ticks(Host host, const QString &name);
// Waits until `host`'s console shows a tick >= `atLeast`; returns the last tick seen.
int waitForTick(Host host, const QString &name, int atLeast, int timeoutMs);
// How many hosts run an active copy of `name`, asked over the lab's TCP URIs.
int activeCopies(const QString &name);
// Cuts or restores `host`'s link to the lab's bridge (its port on the switch).
bool setLinkUp(Host host, bool up);
// The same for the NFS server's link: its clients' traffic is dropped, not refused, as
// when a real server vanishes.
bool setNfsServerLinkUp(bool up);

// Fault injection (lab.sh libvirtd): SIGKILLs `host`'s libvirtd and waits until it is gone;
// its guests' QEMU processes live on, as after a crash of the daemon.
bool killLibvirtd(Host host);
// Starts `host`'s libvirtd again as the lab does and waits until it answers over TCP.
bool startLibvirtd(Host host);
// Whether `host`'s libvirtd answers over the lab's TCP URI.
bool libvirtdAnswers(Host host);

// A guest's image, /var/lib/libvirt/images/<name>.qcow2 on `host`, as seen from here.
QString guestImagePath(Host host, const QString &name);
// Removes the images of the guests `names` on `host` (a storage copy leaves its own on
// the destination), ignoring what is not there.
void removeGuestImages(Host host, const QStringList &names);

// Defines and starts the guest `name` on `host` (defineAndStart) and waits up to
// `timeoutMs` for its heartbeat to reach tick 10; returns its UUID with the last tick seen
// in `lastTick`, or empty with `error` set (libvirt's message, or that it never beat).
QString startBeating(
    Host host, const QString &name, const QString &xml, int timeoutMs, int *lastTick, QString *error);

// Destroys and undefines `name` on both hosts, ignoring what is not there.
void removeGuestEverywhere(const QString &name);

} // namespace Lab
