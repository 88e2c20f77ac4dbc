// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: Virt Ferry contributors
#include "DomainInfo.h"

#include "Tr.h"

QString domainStateText(DomainState state)
{
    switch (state) {
    case DomainState::NoState:
        return Tr::tr("No state");
    case DomainState::Running:
        return Tr::tr("Running");
    case DomainState::Blocked:
        return Tr::tr("Blocked");
    case DomainState::Paused:
        return Tr::tr("Paused");
    case DomainState::ShuttingDown:
        return Tr::tr("Shutting down");
    case DomainState::ShutOff:
        return Tr::tr("Shut off");
    case DomainState::Crashed:
        return Tr::tr("Crashed");
    case DomainState::PmSuspended:
        return Tr::tr("Suspended");
    }
    return Tr::tr("Unknown");
}

bool domainStateIsActive(DomainState state)
{
    return state != DomainState::ShutOff && state != DomainState::NoState && state != DomainState::Crashed;
}

QString libvirtVersionText(quint64 version)
{
    if (version == 0)
        return Tr::tr("unknown");
    return QStringLiteral("%1.%2.%3").arg(version / 1000000).arg((version / 1000) % 1000).arg(version % 1000);
}

QString domainActionText(DomainAction action)
{
    switch (action) {
    case DomainAction::Start:
        return Tr::tr("Start");
    case DomainAction::Shutdown:
        return Tr::tr("Shut down");
    case DomainAction::Reboot:
        return Tr::tr("Reboot");
    case DomainAction::ForceOff:
        return Tr::tr("Force off");
    case DomainAction::Pause:
        return Tr::tr("Pause");
    case DomainAction::Resume:
        return Tr::tr("Resume");
    case DomainAction::Delete:
        return Tr::tr("Delete");
    }
    return {};
}
