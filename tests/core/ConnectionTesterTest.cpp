// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: Virt Ferry contributors
// ConnectionTester against what this machine has without a lab: libvirt's test driver,
// a name that cannot resolve, and a local port nobody listens on.
#include "ConnectionTester.h"
#include "QtPrinting.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

#include <gtest/gtest.h>
#include <libvirt/virterror.h>

#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace {

using Step = ConnectionTester::Step;
using Outcome = ConnectionTester::Outcome;
using Problem = ConnectionTester::Problem;

constexpr int kWaitMs = 20000;

// Runs one test to its end and records the order of what it reported.
struct TesterRun
{
    explicit TesterRun(const QString &uri, int stepTimeoutMs = 5000)
    {
        tester.setStepTimeout(stepTimeoutMs);
        QObject::connect(&tester, &ConnectionTester::stepFinished, &tester,
            [this](const ConnectionTester::StepResult &result) { reported.append(result.step); });
        QObject::connect(&tester, &ConnectionTester::finished, &tester, [this](bool passed) { allPassed = passed; });
        tester.start(uri);
        startedSynchronously = !reported.isEmpty();
        [[maybe_unused]] const bool done = QTest::qWaitFor([this] { return allPassed.has_value(); }, kWaitMs);
    }
    const ConnectionTester::StepResult &operator[](Step step) const { return tester.result(step); }

    ConnectionTester tester;
    QList<Step> reported;
    std::optional<bool> allPassed;
    bool startedSynchronously = false;
};

// A TCP port on 127.0.0.1 that refuses connections: bound, then closed again.
int closedLocalPort()
{
    const int fd = socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address {};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t length = sizeof address;
    if (fd < 0 || bind(fd, reinterpret_cast<sockaddr *>(&address), length) != 0
        || getsockname(fd, reinterpret_cast<sockaddr *>(&address), &length) != 0) {
        if (fd >= 0)
            close(fd);
        return 0;
    }
    close(fd);
    return ntohs(address.sin_port);
}

// A loopback port whose connects hang: a listener that never accepts, with its accept
// queue filled, so the kernel drops further SYNs like a firewall would. No network needed.
class SilentPort
{
public:
    SilentPort()
    {
        m_listener = socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in address {};
        address.sin_family = AF_INET;
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        socklen_t length = sizeof address;
        if (m_listener < 0 || bind(m_listener, reinterpret_cast<sockaddr *>(&address), length) != 0
            || listen(m_listener, 0) != 0
            || getsockname(m_listener, reinterpret_cast<sockaddr *>(&address), &length) != 0)
            return;
        for (int attempt = 0; attempt < 8; ++attempt) {
            const int fd = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK, 0);
            m_fillers.append(fd);
            if (connect(fd, reinterpret_cast<sockaddr *>(&address), length) == 0)
                continue;
            pollfd poller { fd, POLLOUT, 0 };
            if (poll(&poller, 1, 200) == 0) { // this one hangs: the queue is full
                m_port = ntohs(address.sin_port);
                return;
            }
        }
    }
    ~SilentPort()
    {
        for (int fd : std::as_const(m_fillers))
            close(fd);
        if (m_listener >= 0)
            close(m_listener);
    }
    Q_DISABLE_COPY_MOVE(SilentPort)
    int port() const { return m_port; }

private:
    int m_listener = -1;
    QList<int> m_fillers;
    int m_port = 0;
};

} // namespace

TEST(ConnectionTesterTest, TestDriverPassesTheLibvirtStepWithVersions)
{
    TesterRun run(QStringLiteral("test:///default"));
    ASSERT_TRUE(run.allPassed.has_value()) << "the test never finished";
    EXPECT_FALSE(run.startedSynchronously) << "results must come later than start()";
    EXPECT_TRUE(*run.allPassed);
    EXPECT_EQ(run.reported, (QList<Step> { Step::Reachability, Step::SshLogin, Step::RemoteLibvirt,
                                Step::LibvirtConnection }));
    for (Step step : { Step::Reachability, Step::SshLogin, Step::RemoteLibvirt }) {
        EXPECT_EQ(run[step].outcome, Outcome::Skipped) << ConnectionTester::stepName(step);
        EXPECT_TRUE(run[step].detail.contains(QStringLiteral("local connection"))) << run[step].detail;
    }
    const auto &last = run[Step::LibvirtConnection];
    EXPECT_EQ(last.outcome, Outcome::Passed) << last.detail << " / " << last.hint;
    // "TEST 0.0.2 via libvirt 9.0.0 on <hostname>"
    EXPECT_TRUE(last.detail.startsWith(QStringLiteral("TEST "))) << last.detail;
    EXPECT_TRUE(last.detail.contains(QStringLiteral(" via libvirt 9."))) << last.detail;
    EXPECT_TRUE(last.detail.contains(QStringLiteral(" on "))) << last.detail;
    EXPECT_TRUE(last.hint.isEmpty());
    EXPECT_FALSE(run.tester.isRunning());
}

TEST(ConnectionTesterTest, MissingTestDriverFileFailsTheLibvirtStepWithAHint)
{
    TesterRun run(QStringLiteral("test:///nonexistent/virt-ferry-node.xml"));
    ASSERT_TRUE(run.allPassed.has_value());
    EXPECT_FALSE(*run.allPassed);
    const auto &last = run[Step::LibvirtConnection];
    EXPECT_EQ(last.outcome, Outcome::Failed);
    EXPECT_EQ(last.problem, Problem::LibvirtError);
    EXPECT_NE(last.libvirtError.code(), VIR_ERR_OK);
    EXPECT_FALSE(last.detail.isEmpty()) << "libvirt's own message is shown";
    EXPECT_FALSE(last.hint.isEmpty());
}

TEST(ConnectionTesterTest, UnknownDriverFailsTheLibvirtStepWithAHintFromTheErrorCode)
{
    TesterRun run(QStringLiteral("bogus:///nowhere"));
    ASSERT_TRUE(run.allPassed.has_value());
    EXPECT_FALSE(*run.allPassed);
    const auto &last = run[Step::LibvirtConnection];
    EXPECT_EQ(last.outcome, Outcome::Failed);
    EXPECT_EQ(last.problem, Problem::LibvirtError);
    // With no local daemon, libvirt hands an unknown scheme to the remote driver, which
    // cannot reach the daemon's socket: a system error from the RPC layer.
    EXPECT_EQ(last.libvirtError.code(), VIR_ERR_SYSTEM_ERROR) << last.detail;
    EXPECT_TRUE(last.hint.contains(QStringLiteral("apt install libvirt-daemon-system"))) << last.hint;
}

TEST(ConnectionTesterTest, NameThatDoesNotResolveFailsStepOneAndSkipsTheRest)
{
    TesterRun run(QStringLiteral("qemu+ssh://root@does-not-exist.invalid/system"));
    ASSERT_TRUE(run.allPassed.has_value());
    EXPECT_FALSE(*run.allPassed);
    const auto &first = run[Step::Reachability];
    EXPECT_EQ(first.outcome, Outcome::Failed) << first.detail;
    EXPECT_EQ(first.problem, Problem::NameDoesNotResolve) << first.detail;
    EXPECT_TRUE(first.hint.startsWith(QStringLiteral("The name does not resolve"))) << first.hint;
    EXPECT_TRUE(first.hint.contains(QStringLiteral("does-not-exist.invalid"))) << first.hint;
    for (Step step : { Step::SshLogin, Step::RemoteLibvirt, Step::LibvirtConnection }) {
        EXPECT_EQ(run[step].outcome, Outcome::Skipped) << ConnectionTester::stepName(step);
        EXPECT_TRUE(run[step].detail.contains(ConnectionTester::stepName(Step::Reachability))) << run[step].detail;
    }
}

TEST(ConnectionTesterTest, ClosedPortFailsStepOneAsRefused)
{
    const int port = closedLocalPort();
    ASSERT_GT(port, 0);
    TesterRun run(QStringLiteral("qemu+ssh://root@127.0.0.1:%1/system").arg(port));
    ASSERT_TRUE(run.allPassed.has_value());
    const auto &first = run[Step::Reachability];
    EXPECT_EQ(first.outcome, Outcome::Failed) << first.detail;
    EXPECT_EQ(first.problem, Problem::ConnectionRefused) << first.detail;
    EXPECT_TRUE(first.hint.startsWith(QStringLiteral("Connection refused: no SSH server on port %1").arg(port)))
        << first.hint;
    EXPECT_EQ(run[Step::SshLogin].outcome, Outcome::Skipped);
    EXPECT_EQ(run[Step::LibvirtConnection].outcome, Outcome::Skipped);

    // The same port over TCP names libvirtd's listener instead.
    TesterRun tcp(QStringLiteral("qemu+tcp://127.0.0.1:%1/system").arg(port));
    ASSERT_TRUE(tcp.allPassed.has_value());
    EXPECT_EQ(tcp[Step::Reachability].problem, Problem::ConnectionRefused);
    EXPECT_TRUE(tcp[Step::Reachability].hint.contains(QStringLiteral("no libvirt daemon"))) << tcp[Step::Reachability].hint;
}

TEST(ConnectionTesterTest, CancelSkipsTheRunningStepAndReportsAtOnce)
{
    SilentPort silent;
    ASSERT_GT(silent.port(), 0) << "could not make a loopback port whose connects hang";
    ConnectionTester tester;
    QSignalSpy finished(&tester, &ConnectionTester::finished);
    QSignalSpy started(&tester, &ConnectionTester::stepStarted);
    tester.setStepTimeout(30000);
    tester.start(QStringLiteral("qemu+ssh://root@127.0.0.1:%1/system").arg(silent.port()));
    ASSERT_TRUE(QTest::qWaitFor([&] { return started.count() == 1; }, 5000));
    QTest::qWait(200);
    ASSERT_TRUE(tester.isRunning()) << tester.result(Step::Reachability).detail;
    EXPECT_EQ(tester.result(Step::Reachability).outcome, Outcome::Running);
    tester.cancel();
    ASSERT_EQ(finished.count(), 1);
    EXPECT_FALSE(finished.first().first().toBool());
    EXPECT_EQ(tester.result(Step::Reachability).outcome, Outcome::Skipped);
    EXPECT_EQ(tester.result(Step::Reachability).problem, Problem::Cancelled);
    EXPECT_EQ(tester.result(Step::LibvirtConnection).outcome, Outcome::Skipped);
    QTest::qWait(100);
    EXPECT_EQ(finished.count(), 1) << "an abandoned worker must stay silent";
}

TEST(ConnectionTesterTest, StepTimeoutEndsAHangingConnect)
{
    SilentPort silent;
    ASSERT_GT(silent.port(), 0) << "could not make a loopback port whose connects hang";
    ConnectionTester tester;
    tester.setStepTimeout(500);
    QSignalSpy finished(&tester, &ConnectionTester::finished);
    QElapsedTimer clock;
    clock.start();
    tester.start(QStringLiteral("qemu+tcp://127.0.0.1:%1/system").arg(silent.port()));
    ASSERT_TRUE(QTest::qWaitFor([&] { return finished.count() == 1; }, 5000));
    EXPECT_GE(clock.elapsed(), 450);
    const auto &first = tester.result(Step::Reachability);
    EXPECT_EQ(first.outcome, Outcome::Failed);
    EXPECT_EQ(first.problem, Problem::NoAnswer) << first.detail;
    EXPECT_TRUE(first.hint.startsWith(QStringLiteral("No answer"))) << first.hint;
}
