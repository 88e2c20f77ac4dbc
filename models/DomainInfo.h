// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: Virt Ferry contributors
#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

// Value types that carry what a connection's worker learned to the GUI thread.

// Mirrors virDomainState, kept here so code outside the worker needs no libvirt header.
enum class DomainState {
    NoState = 0,
    Running = 1,
    Blocked = 2,
    Paused = 3,
    ShuttingDown = 4,
    ShutOff = 5,
    Crashed = 6,
    PmSuspended = 7,
};

QString domainStateText(DomainState state);
bool domainStateIsActive(DomainState state);

struct DomainInfo
{
    QString uuid;
    QString name;
    DomainState state = DomainState::NoState;
    int id = -1; // -1 while inactive
    unsigned vcpus = 0;
    quint64 maxMemoryKiB = 0;
    quint64 memoryKiB = 0;
    bool persistent = true;
};

// One domain's figures from one bulk virConnectGetAllDomainStats call. Absent fields
// are unknown, not zero: the test driver, for one, reports only the state.
struct DomainStatsSample
{
    QString uuid;
    DomainState state = DomainState::NoState;
    std::optional<double> cpuPercent; // of the guest's own vCPUs, 0–100
    std::optional<unsigned> vcpus;
    std::optional<quint64> memoryKiB;
};

struct HostInfo
{
    QString hostname;
    QString hypervisorType; // e.g. "QEMU", "TEST"
    quint64 hypervisorVersion = 0; // libvirt's major * 1,000,000 + minor * 1,000 + release
    quint64 libvirtVersion = 0;
    QString architecture;
    QString cpuModel;
    unsigned cpus = 0;
    unsigned mhz = 0;
    unsigned numaNodes = 0;
    unsigned sockets = 0;
    unsigned cores = 0;
    unsigned threads = 0;
    quint64 memoryKiB = 0;
};

QString libvirtVersionText(quint64 version);

enum class DomainAction { Start, Shutdown, Reboot, ForceOff, Pause, Resume, Delete };
QString domainActionText(DomainAction action);

Q_DECLARE_METATYPE(DomainInfo)
Q_DECLARE_METATYPE(DomainStatsSample)
Q_DECLARE_METATYPE(HostInfo)
Q_DECLARE_METATYPE(DomainAction)
