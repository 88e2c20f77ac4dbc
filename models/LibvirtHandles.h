// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: Virt Ferry contributors
#pragma once

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

using ConnectPtr = std::unique_ptr<virConnect, ConnectCloser>;
using DomainPtr = std::unique_ptr<virDomain, DomainFreer>;
using StoragePoolPtr = std::unique_ptr<virStoragePool, StoragePoolFreer>;
using StorageVolPtr = std::unique_ptr<virStorageVol, StorageVolFreer>;
using StreamPtr = std::unique_ptr<virStream, StreamFreer>;

// Frees an array returned by virConnectListAll*/virConnectGetAllDomainStats.
struct DomainStatsListFreer
{
    void operator()(virDomainStatsRecordPtr *records) const { virDomainStatsRecordListFree(records); }
};
using DomainStatsListPtr = std::unique_ptr<virDomainStatsRecordPtr, DomainStatsListFreer>;

} // namespace Libvirt
