// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: Virt Ferry contributors
#pragma once

#include "Connection.h"
#include "DomainInfo.h"

#include <QIcon>

// State icons drawn in code, so they follow the palette and need no image plugin.
namespace StateIcons {
QIcon forDomain(DomainState state);
QIcon forConnection(Connection::State state);
// One frame of the "connecting" spinner; `frame` counts up from 0 at any rate.
QIcon connectingFrame(int frame);
} // namespace StateIcons
