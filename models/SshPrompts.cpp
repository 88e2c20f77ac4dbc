// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: Virt Ferry contributors
#include "SshPrompts.h"

namespace {

// The text between `before` and the next `after` in `text`, or a null string.
QString between(const QString &text, const QString &before, const QString &after)
{
    const qsizetype start = text.indexOf(before);
    if (start < 0)
        return {};
    const qsizetype from = start + before.size();
    const qsizetype end = text.indexOf(after, from);
    return end < 0 ? QString() : text.mid(from, end - from);
}

} // namespace

namespace SshPrompts {

std::optional<HostKeyInfo> hostKeyFromOpenSshPrompt(const QString &prompt)
{
    // The authenticity of host 'host-b (10.231.0.12)' can't be established.
    // ED25519 key fingerprint is SHA256:abc….
    // Are you sure you want to continue connecting (yes/no/[fingerprint])?
    if (!prompt.contains(QStringLiteral("continue connecting")))
        return std::nullopt;
    HostKeyInfo info;
    QString host = between(prompt, QStringLiteral("authenticity of host '"), QStringLiteral("'"));
    if (const qsizetype space = host.indexOf(u' '); space > 0)
        host.truncate(space); // drop " (address)"
    if (host.startsWith(u'[') && host.contains(QStringLiteral("]:"))) {
        info.port = host.section(QStringLiteral("]:"), 1).toInt();
        host = host.mid(1).section(u']', 0, 0);
    }
    info.host = host;
    const QString fingerprintLine = prompt.section(u'\n', 1, 1).trimmed();
    info.keyType = fingerprintLine.section(u' ', 0, 0);
    info.sha256Fingerprint = between(fingerprintLine + u'\n', QStringLiteral("fingerprint is "), QStringLiteral("\n"));
    if (info.sha256Fingerprint.endsWith(u'.'))
        info.sha256Fingerprint.chop(1);
    info.status = HostKeyInfo::Status::Unknown;
    info.knownHostsFile = QStringLiteral("~/.ssh/known_hosts");
    if (info.host.isEmpty() || info.sha256Fingerprint.isEmpty())
        return std::nullopt;
    return info;
}

std::optional<HostKeyInfo> hostKeyFromLibvirtPrompt(const QString &prompt)
{
    // Accept SSH host key with hash 'AB:CD:…' for host 'host-b:22' (y/n)?
    if (!prompt.startsWith(QStringLiteral("Accept SSH host key with hash '")))
        return std::nullopt;
    HostKeyInfo info;
    info.sha256Fingerprint = between(prompt, QStringLiteral("with hash '"), QStringLiteral("'"));
    const QString hostAndPort = between(prompt, QStringLiteral("for host '"), QStringLiteral("'"));
    const qsizetype colon = hostAndPort.lastIndexOf(u':');
    info.host = colon > 0 ? hostAndPort.left(colon) : hostAndPort;
    info.port = colon > 0 ? hostAndPort.mid(colon + 1).toInt() : 22;
    info.status = HostKeyInfo::Status::Unknown;
    if (info.host.isEmpty() || info.sha256Fingerprint.isEmpty())
        return std::nullopt;
    return info;
}

} // namespace SshPrompts
