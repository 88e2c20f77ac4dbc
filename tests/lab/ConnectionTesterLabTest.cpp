// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: Virt Ferry contributors
// ConnectionTester against the lab's real sshd and libvirtd: every step passes over
// qemu+ssh and qemu+libssh, the password user's prompts are answered by the test, and a
// wrong password stops the test at the SSH login with a hint.
#include "AskpassServer.h"
#include "ConnectionTester.h"
#include "Lab.h"
#include "QtPrinting.h"

#include <QTest>
#include <QTimer>
#include <gtest/gtest.h>

namespace {

using Step = ConnectionTester::Step;
using Outcome = ConnectionTester::Outcome;
using Problem = ConnectionTester::Problem;

constexpr int kWaitMs = 90000;

// One test run; credential prompts are answered with `password` (or cancelled), later,
// as a dialog would; host-key questions are refused and recorded (none are expected).
struct LabTesterRun
{
    explicit LabTesterRun(const QString &uri, std::optional<QByteArray> password = {})
    {
        tester.setStepTimeout(30000);
        QObject::connect(&tester, &ConnectionTester::credentialsRequested, &tester,
            [this, password](const CredentialExchangePtr &exchange) {
                for (const CredentialExchange::Prompt &prompt : exchange->prompts()) {
                    prompts.append(prompt.kind);
                    promptTexts.append(prompt.prompt);
                }
                QTimer::singleShot(10, [exchange, password] {
                    if (!password) {
                        exchange->cancel();
                        return;
                    }
                    QList<QByteArray> answers;
                    for (qsizetype i = 0; i < exchange->prompts().size(); ++i)
                        answers.append(*password);
                    exchange->answer(answers);
                });
            });
        QObject::connect(&tester, &ConnectionTester::hostKeyQuestion, &tester,
            [this](const HostKeyQuestionPtr &question) {
                hostKeyQuestions.append(question->info().hostAndPort());
                QTimer::singleShot(10, [question] { question->cancel(); });
            });
        QObject::connect(&tester, &ConnectionTester::finished, &tester, [this](bool passed) { allPassed = passed; });
        tester.start(uri);
        [[maybe_unused]] const bool done = QTest::qWaitFor([this] { return allPassed.has_value(); }, kWaitMs);
    }
    const ConnectionTester::StepResult &operator[](Step step) const { return tester.result(step); }
    std::string describe() const
    {
        std::string text = "prompts: " + std::to_string(prompts.size()) + " " + promptTexts.join(u'|').toStdString() + "\n";
        for (const auto &result : tester.results()) {
            text += ConnectionTester::stepName(result.step).toStdString() + ": "
                + std::to_string(int(result.outcome)) + " " + result.detail.toStdString() + " / "
                + result.hint.toStdString() + "\n";
        }
        return text;
    }

    ConnectionTester tester;
    QList<CredentialExchange::Kind> prompts;
    QStringList promptTexts;
    QStringList hostKeyQuestions;
    std::optional<bool> allPassed;
};

QString passwordUserSshUri(Lab::Host host)
{
    return QStringLiteral("qemu+ssh://%1@%2/system").arg(qEnvironmentVariable("VF_LAB_PASSWORD_USER"), Lab::hostName(host));
}

QString passwordUserUri(Lab::Host host)
{
    return QStringLiteral("qemu+libssh://%1@%2/system?known_hosts=%3&sshauth=password")
        .arg(qEnvironmentVariable("VF_LAB_PASSWORD_USER"), Lab::hostName(host),
            qEnvironmentVariable("VF_LAB_KNOWN_HOSTS"));
}

class ConnectionTesterLabTest : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(Lab::isInside()) << "lab tests run inside the lab's client namespace"; }
};

} // namespace

TEST_F(ConnectionTesterLabTest, EveryStepPassesOverSshAndLibssh)
{
    for (const auto &[uri, host] : { std::pair { Lab::sshUri(Lab::Host::A), Lab::Host::A },
             std::pair { Lab::libsshUri(Lab::Host::B), Lab::Host::B } }) {
        LabTesterRun run(uri);
        ASSERT_TRUE(run.allPassed.has_value()) << uri << ": the test never finished\n" << run.describe();
        EXPECT_TRUE(*run.allPassed) << uri << "\n" << run.describe();
        for (const auto &result : run.tester.results())
            EXPECT_EQ(result.outcome, Outcome::Passed) << uri << "\n" << run.describe();
        EXPECT_TRUE(run[Step::Reachability].detail.contains(QStringLiteral("port 22 answers")))
            << run[Step::Reachability].detail;
        EXPECT_TRUE(run[Step::RemoteLibvirt].detail.contains(QStringLiteral("/var/run/libvirt/libvirt-sock")))
            << run[Step::RemoteLibvirt].detail;
        const QString summary = run[Step::LibvirtConnection].detail;
        EXPECT_TRUE(summary.startsWith(QStringLiteral("QEMU "))) << summary;
        EXPECT_TRUE(summary.contains(QStringLiteral(" via libvirt 9."))) << summary;
        EXPECT_TRUE(summary.endsWith(QStringLiteral(" on ") + Lab::hostName(host))) << summary;
        EXPECT_TRUE(run.prompts.isEmpty()) << uri << ": key login needs no prompt";
        EXPECT_TRUE(run.hostKeyQuestions.isEmpty()) << run.hostKeyQuestions.join(u',');
    }
}

TEST_F(ConnectionTesterLabTest, TcpSkipsTheSshStepsAndPasses)
{
    LabTesterRun run(Lab::tcpUri(Lab::Host::A));
    ASSERT_TRUE(run.allPassed.has_value());
    EXPECT_TRUE(*run.allPassed) << run.describe();
    EXPECT_TRUE(run[Step::Reachability].detail.contains(QStringLiteral("port 16509 answers")))
        << run[Step::Reachability].detail;
    EXPECT_EQ(run[Step::SshLogin].outcome, Outcome::Skipped);
    EXPECT_EQ(run[Step::RemoteLibvirt].outcome, Outcome::Skipped);
    EXPECT_EQ(run[Step::LibvirtConnection].outcome, Outcome::Passed) << run.describe();
}

TEST_F(ConnectionTesterLabTest, PasswordUserPassesWithThePasswordAnswered)
{
    // The tester's own SSH login asks through its signal; libvirt's qemu+ssh runs OpenSSH,
    // which asks through the app's askpass relay, as in the app.
    AskpassServer askpass(QStringLiteral(VF_ASKPASS_HELPER));
    QString error;
    ASSERT_TRUE(askpass.listen(&error)) << error;
    askpass.exportToEnvironment();
    QList<CredentialExchange::Kind> askpassPrompts;
    QObject::connect(&askpass, &AskpassServer::credentialsRequested, [&](const CredentialExchangePtr &exchange) {
        askpassPrompts.append(exchange->prompts().first().kind);
        exchange->answer({ qEnvironmentVariable("VF_LAB_PASSWORD").toUtf8() });
    });
    LabTesterRun run(passwordUserSshUri(Lab::Host::A), qEnvironmentVariable("VF_LAB_PASSWORD").toUtf8());
    ASSERT_TRUE(run.allPassed.has_value()) << run.describe();
    EXPECT_TRUE(*run.allPassed) << run.describe();
    for (const auto &result : run.tester.results())
        EXPECT_EQ(result.outcome, Outcome::Passed) << run.describe();
    EXPECT_TRUE(run[Step::SshLogin].detail.contains(qEnvironmentVariable("VF_LAB_PASSWORD_USER")))
        << run[Step::SshLogin].detail;
    EXPECT_EQ(run.prompts, QList { CredentialExchange::Kind::Password }) << run.describe();
    EXPECT_EQ(askpassPrompts, QList { CredentialExchange::Kind::Password });
    EXPECT_TRUE(run[Step::LibvirtConnection].detail.endsWith(Lab::hostName(Lab::Host::A)))
        << run[Step::LibvirtConnection].detail;
}

TEST_F(ConnectionTesterLabTest, WrongPasswordFailsTheSshLoginWithTheAuthHint)
{
    LabTesterRun run(passwordUserUri(Lab::Host::A), QByteArrayLiteral("not-the-password"));
    ASSERT_TRUE(run.allPassed.has_value()) << run.describe();
    EXPECT_FALSE(*run.allPassed);
    EXPECT_EQ(run[Step::Reachability].outcome, Outcome::Passed) << run.describe();
    const auto &login = run[Step::SshLogin];
    EXPECT_EQ(login.outcome, Outcome::Failed) << run.describe();
    EXPECT_EQ(login.problem, Problem::SshLoginFailed) << run.describe();
    EXPECT_TRUE(login.detail.contains(QStringLiteral("password (rejected)"))) << login.detail;
    EXPECT_TRUE(login.hint.startsWith(QStringLiteral("The SSH login as %1 failed. Tried: ")
                                          .arg(qEnvironmentVariable("VF_LAB_PASSWORD_USER"))))
        << login.hint;
    EXPECT_TRUE(login.hint.contains(QStringLiteral("a password"))) << login.hint;
    EXPECT_EQ(run[Step::RemoteLibvirt].outcome, Outcome::Skipped);
    EXPECT_EQ(run[Step::LibvirtConnection].outcome, Outcome::Skipped);
}

TEST_F(ConnectionTesterLabTest, PasswordUserPassesOverLibsshToo)
{
    // Both the tester's SSH login and libvirt's own libssh login ask through the
    // tester's signal; the run answers every password prompt.
    LabTesterRun run(passwordUserUri(Lab::Host::A), qEnvironmentVariable("VF_LAB_PASSWORD").toUtf8());
    ASSERT_TRUE(run.allPassed.has_value()) << run.describe();
    EXPECT_TRUE(*run.allPassed) << run.describe();
    EXPECT_TRUE(run[Step::LibvirtConnection].detail.endsWith(Lab::hostName(Lab::Host::A)))
        << run[Step::LibvirtConnection].detail;
}
