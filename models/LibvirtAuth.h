// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: Virt Ferry contributors
#pragma once

#include "CredentialExchange.h"

#include <libvirt/libvirt.h>

#include <functional>

// libvirt's credential callback, answered through a CredentialExchange: one place for
// what both ConnectionWorker and ConnectionTesterWorker do inside virConnectOpenAuth.
namespace LibvirtAuth {

// The credential types the app can answer.
const int *credentialTypes();
unsigned int credentialTypeCount();

// Turns libvirt's credentials into one exchange, hands it to `publish` (which returns
// false when nobody can answer any more, e.g. the worker was abandoned), waits for the
// answer on the calling (worker) thread, and fills libvirt's results. Returns what the
// callback must return: 0, or -1 when cancelled.
int answer(virConnectCredentialPtr credentials, unsigned int count, const QString &uri,
           const std::function<bool(const CredentialExchangePtr &)> &publish,
           const std::function<void()> &done);

} // namespace LibvirtAuth
