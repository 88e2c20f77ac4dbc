// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: Virt Ferry contributors
#pragma once

#include <QMetaType>

#include <libvirt/libvirt.h>

#include <memory>

// A reference on an open libvirt connection, for long jobs (volume copies, export
// discovery, migrations) that run on threads of their own rather than on the
// connection's worker. libvirt connections are thread-safe; each holder owns one
// virConnectRef, so the connection stays usable until the last job lets go even if the
// user closes it meanwhile.
using ConnectionHandle = std::shared_ptr<virConnect>;

inline ConnectionHandle shareConnection(virConnectPtr connection)
{
    if (!connection || virConnectRef(connection) < 0)
        return {};
    return ConnectionHandle(connection, [](virConnectPtr held) { virConnectClose(held); });
}

// Takes over a connection the caller opened (its reference), as a handle.
inline ConnectionHandle adoptConnection(virConnectPtr opened)
{
    if (!opened)
        return {};
    return ConnectionHandle(opened, [](virConnectPtr held) { virConnectClose(held); });
}

// How often an idle RPC connection is probed, and how many unanswered probes close it:
// a dead link is noticed within about interval × (count + 1) seconds.
namespace KeepAlive {
constexpr int kDefaultIntervalSeconds = 5;
constexpr int kDefaultCount = 3;
} // namespace KeepAlive

Q_DECLARE_METATYPE(ConnectionHandle)
