// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: Virt Ferry contributors
#pragma once

#include "HostKeyQuestion.h"

#include <optional>

// Reads the host-key questions that reach the app as plain prompt text: OpenSSH's
// "continue connecting (yes/no)?" through askpass (qemu+ssh), and libvirt's own
// "Accept SSH host key …?" through the credential callback (qemu+libssh). Both programs
// add the key to known_hosts themselves when the answer is yes, so neither can "trust
// once". Prompts these do not recognise (other languages, other versions) fall back to
// a plain question with the prompt's own words.
namespace SshPrompts {

std::optional<HostKeyInfo> hostKeyFromOpenSshPrompt(const QString &prompt);
std::optional<HostKeyInfo> hostKeyFromLibvirtPrompt(const QString &prompt);

// What each program expects as its yes and no.
inline QByteArray openSshAnswer(bool trust) { return trust ? QByteArrayLiteral("yes") : QByteArrayLiteral("no"); }
inline QByteArray libvirtAnswer(bool trust) { return trust ? QByteArrayLiteral("y") : QByteArrayLiteral("n"); }

} // namespace SshPrompts
