// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: Virt Ferry contributors
// Host-key prompts as OpenSSH (through askpass) and libvirt (through the credential
// callback) word them, and the askpass relay with the real helper program.
#include "AskpassServer.h"
#include "QtPrinting.h"
#include "SshPrompts.h"

#include <QProcess>
#include <QSignalSpy>
#include <QTest>
#include <gtest/gtest.h>

TEST(SshPrompts, ReadsOpenSshsUnknownHostQuestion)
{
    const QString prompt = QStringLiteral(
        "The authenticity of host 'host-b (10.231.0.12)' can't be established.\n"
        "ED25519 key fingerprint is SHA256:2mGf0k3Qe4oHq5mJk8x9kq0uPz6a1b2c3d4e5f6g7h8.\n"
        "This key is not known by any other names.\n"
        "Are you sure you want to continue connecting (yes/no/[fingerprint])?");
    const auto info = SshPrompts::hostKeyFromOpenSshPrompt(prompt);
    ASSERT_TRUE(info.has_value());
    EXPECT_EQ(info->host, QStringLiteral("host-b"));
    EXPECT_EQ(info->port, 22);
    EXPECT_EQ(info->keyType, QStringLiteral("ED25519"));
    EXPECT_EQ(info->sha256Fingerprint, QStringLiteral("SHA256:2mGf0k3Qe4oHq5mJk8x9kq0uPz6a1b2c3d4e5f6g7h8"));
    EXPECT_EQ(AskpassServer::classifyPrompt(prompt), CredentialExchange::Kind::HostKeyConfirmation);

    const auto onPort = SshPrompts::hostKeyFromOpenSshPrompt(
        QStringLiteral("The authenticity of host '[kvm1.example]:2222 ([10.0.0.5]:2222)' can't be established.\n"
                       "ECDSA key fingerprint is SHA256:abc.\nAre you sure you want to continue connecting (yes/no)?"));
    ASSERT_TRUE(onPort.has_value());
    EXPECT_EQ(onPort->host, QStringLiteral("kvm1.example"));
    EXPECT_EQ(onPort->port, 2222);
    EXPECT_FALSE(SshPrompts::hostKeyFromOpenSshPrompt(QStringLiteral("root@host-b's password: ")).has_value());
}

TEST(SshPrompts, ReadsLibvirtsLibsshQuestion)
{
    const auto info = SshPrompts::hostKeyFromLibvirtPrompt(
        QStringLiteral("Accept SSH host key with hash '5f:11:aa:90' for host 'host-b:22' (y/n)?"));
    ASSERT_TRUE(info.has_value());
    EXPECT_EQ(info->host, QStringLiteral("host-b"));
    EXPECT_EQ(info->port, 22);
    EXPECT_EQ(info->sha256Fingerprint, QStringLiteral("5f:11:aa:90"));
    EXPECT_FALSE(SshPrompts::hostKeyFromLibvirtPrompt(QStringLiteral("Password for root@host-b:")).has_value());
    EXPECT_EQ(SshPrompts::libvirtAnswer(true), QByteArrayLiteral("y"));
    EXPECT_EQ(SshPrompts::openSshAnswer(false), QByteArrayLiteral("no"));
}

TEST(AskpassServer, ClassifiesSshPrompts)
{
    EXPECT_EQ(AskpassServer::classifyPrompt(QStringLiteral("root@host-a's password: ")),
              CredentialExchange::Kind::Password);
    EXPECT_EQ(AskpassServer::classifyPrompt(QStringLiteral("Enter passphrase for key '/root/.ssh/id_ed25519': ")),
              CredentialExchange::Kind::Passphrase);
}

namespace {
// Runs the askpass wrapper the way ssh does: the prompt as its only argument.
struct AskpassRun
{
    explicit AskpassRun(const AskpassServer &server, const QString &prompt)
    {
        process.start(server.askpassProgram(), {prompt});
    }
    QProcess process;
};
} // namespace

TEST(AskpassServer, RelaysAPromptToTheAppAndTheAnswerBackToSsh)
{
    AskpassServer server(QStringLiteral(VF_ASKPASS_HELPER));
    QString error;
    ASSERT_TRUE(server.listen(&error)) << error;
    QFileInfo wrapper(server.askpassProgram());
    EXPECT_TRUE(wrapper.isExecutable());
    EXPECT_EQ(QFileInfo(wrapper.absolutePath()).permissions() & (QFile::ReadOther | QFile::ExeOther | QFile::ReadGroup),
              QFile::Permissions()) << "the socket's directory must be private";

    QSignalSpy asked(&server, &AskpassServer::credentialsRequested);
    AskpassRun run(server, QStringLiteral("vfuser@host-a's password: "));
    ASSERT_TRUE(QTest::qWaitFor([&] { return asked.count() == 1; }, 5000));
    const auto exchange = asked.first().first().value<CredentialExchangePtr>();
    ASSERT_EQ(exchange->prompts().size(), 1);
    EXPECT_EQ(exchange->prompts().first().kind, CredentialExchange::Kind::Password);
    EXPECT_FALSE(exchange->prompts().first().echo);
    exchange->answer({QByteArrayLiteral("it's a 'secret' $(reboot)")});
    ASSERT_TRUE(QTest::qWaitFor([&] { return run.process.state() == QProcess::NotRunning; }, 5000));
    EXPECT_EQ(run.process.exitCode(), 0);
    EXPECT_EQ(run.process.readAllStandardOutput(), QByteArrayLiteral("it's a 'secret' $(reboot)\n"));
}

TEST(AskpassServer, CancellingMakesSshSeeARefusal)
{
    AskpassServer server(QStringLiteral(VF_ASKPASS_HELPER));
    QString error;
    ASSERT_TRUE(server.listen(&error)) << error;
    QSignalSpy asked(&server, &AskpassServer::credentialsRequested);
    AskpassRun run(server, QStringLiteral("Enter passphrase for key '/root/.ssh/id_ed25519': "));
    ASSERT_TRUE(QTest::qWaitFor([&] { return asked.count() == 1; }, 5000));
    asked.first().first().value<CredentialExchangePtr>()->cancel();
    ASSERT_TRUE(QTest::qWaitFor([&] { return run.process.state() == QProcess::NotRunning; }, 5000));
    EXPECT_EQ(run.process.exitCode(), 1);
    EXPECT_TRUE(run.process.readAllStandardOutput().isEmpty());
}
