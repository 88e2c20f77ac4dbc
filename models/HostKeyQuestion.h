// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: Virt Ferry contributors
#pragma once

#include <QMetaType>
#include <QMutex>
#include <QString>
#include <QWaitCondition>

#include <memory>

// What is known about a server's host key when it is not simply trusted: shown to the
// user by the host-key dialog, filled in by whoever holds the SSH session (HostSession's
// worker, or libvirt's qemu+libssh prompt).
struct HostKeyInfo
{
    enum class Status {
        Unknown, // not in known_hosts: the user may trust it
        Changed, // known_hosts holds a different key: possible man-in-the-middle, never accepted
        Known,
    };

    QString host;
    int port = 22;
    QString keyType; // "ssh-ed25519", "ecdsa-sha2-nistp256", ...
    QString sha256Fingerprint; // "SHA256:base64", as OpenSSH prints it
    Status status = Status::Unknown;
    QString knownHostsFile;
    // Changed: the existing line to review (and remove by hand if the change is expected).
    // Unknown: the line "Trust and remember" would append.
    QString knownHostsLine;

    // "host" on port 22, "[host]:port" otherwise, as known_hosts spells it.
    QString hostAndPort() const;
};

enum class HostKeyDecision { Reject, TrustOnce, TrustAndRemember };

// One host-key question handed from a worker (which waits) to the GUI (which asks the
// user and answers). Like CredentialExchange, the GUI never waits on it. Thread-safe.
//
// A Changed key is a hard stop: whatever the answer, waitForDecision() returns Reject for
// it, so no caller can override it by mistake. The question is informational then.
class HostKeyQuestion final
{
public:
    explicit HostKeyQuestion(HostKeyInfo info);
    Q_DISABLE_COPY_MOVE(HostKeyQuestion)

    const HostKeyInfo &info() const { return m_info; }
    // Whether the answer can possibly be anything but Reject.
    bool canTrust() const { return m_info.status == HostKeyInfo::Status::Unknown; }

    // GUI side. The first answer counts; later ones are ignored. cancel() answers Reject.
    void answer(HostKeyDecision decision);
    void cancel();
    bool isAnswered() const;

    // Worker side: blocks until answered or cancelled.
    HostKeyDecision waitForDecision();

private:
    const HostKeyInfo m_info;
    mutable QMutex m_mutex;
    QWaitCondition m_answered;
    bool m_done = false;
    HostKeyDecision m_decision = HostKeyDecision::Reject;
};

using HostKeyQuestionPtr = std::shared_ptr<HostKeyQuestion>;
Q_DECLARE_METATYPE(HostKeyInfo)
Q_DECLARE_METATYPE(HostKeyDecision)
Q_DECLARE_METATYPE(HostKeyQuestionPtr)
