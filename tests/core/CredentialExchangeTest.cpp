// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: Virt Ferry contributors
// The hand-over between a worker waiting in libvirt's credential callback and the GUI.
#include "CredentialExchange.h"

#include <gtest/gtest.h>

#include <thread>

namespace {
CredentialExchangePtr passwordExchange()
{
    CredentialExchange::Prompt prompt;
    prompt.kind = CredentialExchange::Kind::Passphrase;
    prompt.prompt = QStringLiteral("Password for root@host-b");
    prompt.echo = false;
    return std::make_shared<CredentialExchange>(QStringLiteral("qemu+libssh://root@host-b/system"),
                                                QList<CredentialExchange::Prompt>{prompt});
}
} // namespace

TEST(CredentialExchange, WorkerReceivesTheAnswerGivenOnAnotherThread)
{
    CredentialExchangePtr exchange = passwordExchange();
    std::optional<QList<QByteArray>> received;
    std::thread worker([&] { received = exchange->waitForAnswer(); });
    exchange->answer({QByteArrayLiteral("s3cret")});
    worker.join();
    ASSERT_TRUE(received.has_value());
    ASSERT_EQ(received->size(), 1);
    EXPECT_EQ(received->first(), QByteArrayLiteral("s3cret"));
}

TEST(CredentialExchange, CancelReleasesTheWorkerWithNoAnswer)
{
    CredentialExchangePtr exchange = passwordExchange();
    std::optional<QList<QByteArray>> received = QList<QByteArray>{};
    std::thread worker([&] { received = exchange->waitForAnswer(); });
    exchange->cancel();
    worker.join();
    EXPECT_FALSE(received.has_value());
    // A late answer after a cancel is dropped, not delivered to a later wait.
    exchange->answer({QByteArrayLiteral("late")});
    EXPECT_FALSE(exchange->waitForAnswer().has_value());
}

TEST(CredentialExchange, WipeSecretZeroesTheBufferEvenWhenShared)
{
    QByteArray secret = QStringLiteral("correct horse battery staple").toUtf8();
    const QByteArray otherHolder = secret; // implicitly shared, as Qt copies are
    wipeSecret(secret);
    EXPECT_TRUE(secret.isEmpty());
    EXPECT_EQ(otherHolder.size(), 28);
    EXPECT_EQ(otherHolder.count('\0'), otherHolder.size()) << "a copy of the password survived";
}

TEST(CredentialExchange, AnsweringLeavesTheCallersBufferIntact)
{
    // A caller may answer several prompts with one buffer (the password asked twice);
    // the exchange wipes only its own copy.
    const QByteArray password = QStringLiteral("hunter2").toUtf8();
    for (int round = 0; round < 2; ++round) {
        CredentialExchangePtr exchange = passwordExchange();
        exchange->answer({password});
        std::optional<QList<QByteArray>> received = exchange->waitForAnswer();
        ASSERT_TRUE(received.has_value());
        EXPECT_EQ(received->first(), QByteArrayLiteral("hunter2"));
        wipeSecret(received->first());
    }
    EXPECT_EQ(password, QByteArrayLiteral("hunter2"));
}
