// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: Virt Ferry contributors
#pragma once

#include <QMetaObject>
#include <QMutex>
#include <QMutexLocker>

#include <libvirt/libvirt.h>

#include <memory>

// Owning smart pointers for libvirt objects, so no error path leaks a reference.
namespace Libvirt {

struct ConnectCloser
{
    void operator()(virConnectPtr connection) const { virConnectClose(connection); }
};
struct DomainFreer
{
    void operator()(virDomainPtr domain) const { virDomainFree(domain); }
};
struct StoragePoolFreer
{
    void operator()(virStoragePoolPtr pool) const { virStoragePoolFree(pool); }
};
struct StorageVolFreer
{
    void operator()(virStorageVolPtr volume) const { virStorageVolFree(volume); }
};
struct StreamFreer
{
    void operator()(virStreamPtr stream) const { virStreamFree(stream); }
};
struct NetworkFreer
{
    void operator()(virNetworkPtr network) const { virNetworkFree(network); }
};
struct InterfaceFreer
{
    void operator()(virInterfacePtr interface) const { virInterfaceFree(interface); }
};

using ConnectPtr = std::unique_ptr<virConnect, ConnectCloser>;
using DomainPtr = std::unique_ptr<virDomain, DomainFreer>;
using StoragePoolPtr = std::unique_ptr<virStoragePool, StoragePoolFreer>;
using StorageVolPtr = std::unique_ptr<virStorageVol, StorageVolFreer>;
using StreamPtr = std::unique_ptr<virStream, StreamFreer>;
using NetworkPtr = std::unique_ptr<virNetwork, NetworkFreer>;
using InterfacePtr = std::unique_ptr<virInterface, InterfaceFreer>;

// Frees an array returned by virConnectListAll*/virConnectGetAllDomainStats.
struct DomainStatsListFreer
{
    void operator()(virDomainStatsRecordPtr *records) const { virDomainStatsRecordListFree(records); }
};
using DomainStatsListPtr = std::unique_ptr<virDomainStatsRecordPtr, DomainStatsListFreer>;

// Bridges libvirt event callbacks (event-loop thread) to a QObject's thread. Libvirt owns
// a reference through the callback's opaque pointer (newOpaque()) and drops it in the free
// callback (release), so a callback that fires while the target is being destroyed finds
// a null target (the target clears it in its destructor) instead of freed memory.
template<typename Target>
struct EventSink
{
    QMutex mutex;
    Target *target = nullptr;

    // Runs `function(target)` on the target's thread. Qt drops the queued call if the
    // target is deleted first, so the captured pointer is never dangling when it runs.
    template<typename Function>
    void post(Function function)
    {
        QMutexLocker locker(&mutex);
        if (Target *receiver = target) {
            QMetaObject::invokeMethod(
                receiver, [receiver, function = std::move(function)] { function(receiver); }, Qt::QueuedConnection);
        }
    }

    void clearTarget()
    {
        QMutexLocker locker(&mutex);
        target = nullptr;
    }

    static void *newOpaque(const std::shared_ptr<EventSink> &sink) { return new std::shared_ptr<EventSink>(sink); }
    static void release(void *opaque) { delete static_cast<std::shared_ptr<EventSink> *>(opaque); }
    static EventSink *from(void *opaque) { return static_cast<std::shared_ptr<EventSink> *>(opaque)->get(); }
};

} // namespace Libvirt
