// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: Virt Ferry contributors
#pragma once

#include "ConnectionHandle.h"
#include "LibvirtHandles.h"
#include "VolumeXmlFacts.h"

#include <QString>

#include <libvirt/libvirt.h>

#include <functional>

// Small libvirt calls the jobs make again and again, each with the same error rule: a
// lookup that finds nothing returns null and clears the thread's libvirt error, so the
// next message read is not a stale one. They block: call them on a worker thread.
namespace Libvirt {

// Takes a string libvirt allocated for the caller; null gives an empty string.
QString takeString(char *text);

// The host's name for messages, or "the host" when it cannot be read.
QString hostLabel(virConnectPtr connection);

// The domain's XML with `flags`, with its secrets where the connection may read them
// (a read-only one may not; the XML then keeps what it can). Empty on failure, with the
// libvirt error left for the caller to report.
QString domainXmlWithSecrets(virDomainPtr domain, unsigned int flags);

DomainPtr lookupDomainByUuid(virConnectPtr connection, const QString &uuid);

// A second connection to the host `connection` talks to, for one thread's long calls (a
// migration, its statistics, a stream, a save) that would otherwise share the RPC client
// with the worker's calls.
// libvirt 9.0's client (Debian 12) can crash when several threads wait on one client
// and its transport dies: CVE-2024-4418, a callback left registered on the event loop
// points into the stack of a thread that has left it (fixed in libvirt 10.3). A call
// alone on its own client cannot meet another thread there. Only hosts reached over a
// network get one (in-process drivers such as test:// would open a different, empty
// host), and only without questions: an open that needs credentials typed returns null,
// and the caller keeps the shared connection. It gets the default keepalive.
ConnectPtr openPrivateConnection(virConnectPtr connection);

// Defines on another host a domain XML that libvirt itself wrote (and a move rewrote).
// Without VIR_DOMAIN_DEFINE_VALIDATE: libvirt's RelaxNG schema lags its own output (9.0
// requires an <identity> element in NFS network disk sources that it does not write), so
// schema validation would refuse guests libvirt runs fine. The parser still checks the XML.
DomainPtr defineMovedDomain(virConnectPtr destination, const QString &domainXml);
StorageVolPtr lookupVolume(virConnectPtr connection, const QString &pool, const QString &name);
void refreshPool(virConnectPtr connection, const QString &pool);

// A volume as a copy of it sees it: where it lives, its XML's format and backing file,
// its sizes, and what a stream of it carries (`physical`: the file's size for qcow2).
struct VolumeFacts
{
    QString pool;
    QString name;
    QString path;
    VolumeXmlFacts xml;
    quint64 capacity = 0;
    quint64 allocation = 0;
    quint64 physical = 0;
};
// False when any of it cannot be read, with the libvirt error left for the caller.
bool readVolumeFacts(virStorageVolPtr volume, VolumeFacts *facts);

// Aborts the job of the domain `uuid` (virDomainAbortJob) from a detached thread, so the
// caller never waits. A blocking call that has just started may not have registered its
// job yet: the abort is retried for about ten seconds, until it succeeds or
// `callReturned()` says the call ended on its own.
void abortJobSoon(ConnectionHandle connection, const QString &uuid, std::function<bool()> callReturned);

// Deletes a volume, retrying for a few seconds: right after a restore, a failed migration
// or an aborted stream the host may still hold the file. True when it is gone.
bool deleteVolumeRetrying(virStorageVolPtr volume);
// The same by pool and name; a volume that is not there counts as gone.
bool deleteVolume(virConnectPtr connection, const QString &pool, const QString &name);

} // namespace Libvirt
