// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: Virt Ferry contributors
// The host-key dialog: trust choices for an unknown key, a hard stop for a changed one.
#include "HostKeyDialog.h"
#include "QtPrinting.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <gtest/gtest.h>

namespace {
HostKeyInfo sampleKey(HostKeyInfo::Status status)
{
    HostKeyInfo info;
    info.host = QStringLiteral("host-b");
    info.keyType = QStringLiteral("ssh-ed25519");
    info.sha256Fingerprint = QStringLiteral("SHA256:2mGf0k3Qe4oHq5mJk8x9kq0uPz6a1b2c3d4e5f6g7h8");
    info.status = status;
    info.knownHostsFile = QStringLiteral("/root/.ssh/known_hosts");
    info.knownHostsLine = QStringLiteral("host-b ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIF");
    return info;
}
} // namespace

TEST(HostKeyDialog, UnknownKeyOffersTrustOnceRememberAndCancel)
{
    HostKeyDialog dialog(sampleKey(HostKeyInfo::Status::Unknown), true);
    dialog.show();
    EXPECT_EQ(dialog.findChild<QLabel *>(QStringLiteral("fingerprintValueLabel"))->text(),
              QStringLiteral("SHA256:2mGf0k3Qe4oHq5mJk8x9kq0uPz6a1b2c3d4e5f6g7h8"));
    EXPECT_EQ(dialog.findChild<QLabel *>(QStringLiteral("keyTypeValueLabel"))->text(), QStringLiteral("ssh-ed25519"));
    auto *cancel = dialog.findChild<QPushButton *>(QStringLiteral("cancelButton"));
    ASSERT_NE(cancel, nullptr);
    EXPECT_TRUE(cancel->isDefault()) << "Enter must not trust a key";
    ASSERT_NE(dialog.findChild<QPushButton *>(QStringLiteral("trustOnceButton")), nullptr);
    QSignalSpy decided(&dialog, &HostKeyDialog::decided);
    dialog.findChild<QPushButton *>(QStringLiteral("trustAndRememberButton"))->click();
    ASSERT_EQ(decided.count(), 1);
    EXPECT_EQ(decided.first().first().value<HostKeyDecision>(), HostKeyDecision::TrustAndRemember);
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
}

TEST(HostKeyDialog, WithoutTrustOnceThereIsNoSuchButton)
{
    HostKeyDialog dialog(sampleKey(HostKeyInfo::Status::Unknown), false);
    EXPECT_EQ(dialog.findChild<QPushButton *>(QStringLiteral("trustOnceButton")), nullptr);
    dialog.findChild<QPushButton *>(QStringLiteral("cancelButton"))->click();
    EXPECT_EQ(dialog.decision(), HostKeyDecision::Reject);
}

TEST(HostKeyDialog, ChangedKeyIsAHardStopThatShowsTheLineToReview)
{
    HostKeyDialog dialog(sampleKey(HostKeyInfo::Status::Changed), true);
    dialog.show();
    EXPECT_EQ(dialog.findChild<QPushButton *>(QStringLiteral("trustOnceButton")), nullptr);
    EXPECT_EQ(dialog.findChild<QPushButton *>(QStringLiteral("trustAndRememberButton")), nullptr);
    EXPECT_TRUE(dialog.findChild<QLabel *>(QStringLiteral("explanationLabel"))->text().contains(QStringLiteral("man-in-the-middle")));
    EXPECT_EQ(dialog.findChild<QLineEdit *>(QStringLiteral("knownHostsLineEdit"))->text(),
              QStringLiteral("host-b ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIF"));
    dialog.findChild<QPushButton *>(QStringLiteral("closeButton"))->click();
    EXPECT_EQ(dialog.decision(), HostKeyDecision::Reject);
}
