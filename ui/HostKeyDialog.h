// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: Virt Ferry contributors
#pragma once

#include "HostKeyQuestion.h"

#include <QDialog>

#include <memory>

class QPushButton;
namespace Ui {
class HostKeyDialog;
}

// Asks whether to trust an SSH host key: host, key type and SHA256 fingerprint, with
// "Trust once", "Trust and remember" and "Cancel". A key that changed is a hard stop:
// the dialog explains the possible man-in-the-middle and shows the known_hosts line to
// review, and offers no way to connect anyway.
class HostKeyDialog final : public QDialog
{
    Q_OBJECT

public:
    // `canTrustOnce`: false where the transport can only remember (OpenSSH's and
    // libvirt's own prompts write known_hosts themselves).
    HostKeyDialog(const HostKeyInfo &info, bool canTrustOnce, QWidget *parent = nullptr);
    ~HostKeyDialog() override;

    HostKeyDecision decision() const { return m_decision; }

Q_SIGNALS:
    void decided(HostKeyDecision decision);

private:
    void decide(HostKeyDecision decision);

    std::unique_ptr<Ui::HostKeyDialog> m_ui;
    HostKeyDecision m_decision = HostKeyDecision::Reject;
};
