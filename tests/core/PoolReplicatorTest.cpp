// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: Virt Ferry contributors
// One pool on several hosts: two (and three) test-driver connections from private node
// XMLs behave as separate hosts. Created everywhere, then identical on a second run, a
// conflicting same-named pool reported and left alone, a closed connection refused.
#include "Connection.h"
#include "PoolReplicator.h"
#include "QtPrinting.h"
#include "TestDriverHosts.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <gtest/gtest.h>

#include <memory>

// Outcomes by name in failure messages.
inline void PrintTo(EnsurePoolOutcome outcome, std::ostream *os)
{
    *os << ensurePoolOutcomeText(outcome).toStdString();
}

namespace {

// Hosts with one VM each.
class Hosts
{
public:
    Connection *open(const QString &name) { return m_hosts.openUri(m_hosts.writeNode(name, 1)); }

private:
    TestDriverHosts m_hosts;
};

PoolDefinition sharedPool(const QString &target = QStringLiteral("/var/lib/libvirt/images/shared"))
{
    PoolDefinition definition;
    definition.name = QStringLiteral("shared");
    definition.type = QStringLiteral("dir");
    definition.targetPath = target;
    return definition;
}

// Runs one replication to its end; the outcomes in connection order.
QList<PoolReplicator::HostResult> replicate(const PoolDefinition &definition, const QList<Connection *> &connections)
{
    PoolReplicator replicator;
    QSignalSpy finished(&replicator, &PoolReplicator::finished);
    QSignalSpy perHost(&replicator, &PoolReplicator::hostFinished);
    replicator.start(definition, PoolSetup(), connections);
    EXPECT_FALSE(replicator.isFinished());
    EXPECT_TRUE(finished.wait(10000));
    EXPECT_EQ(finished.count(), 1);
    EXPECT_EQ(perHost.count(), connections.size());
    EXPECT_TRUE(replicator.isFinished());
    return replicator.results();
}

QString targetOf(Connection *connection, const QString &poolName)
{
    QString result = QStringLiteral("<no answer>");
    const QMetaObject::Connection answer = QObject::connect(connection, &Connection::poolXmlReady, connection,
                     [&](quint64, const QString &xml, const QString &error) {
                         const auto definition = PoolDefinition::fromXml(xml);
                         result = definition ? definition->targetPath : error;
                     });
    connection->requestPoolXml(poolName);
    EXPECT_TRUE(QTest::qWaitFor([&] { return result != u"<no answer>"; }, 10000));
    QObject::disconnect(answer);
    return result;
}

} // namespace

TEST(PoolReplicator, CreatesOnEveryHostThenFindsThemIdentical)
{
    Hosts hosts;
    Connection *a = hosts.open(QStringLiteral("a"));
    Connection *b = hosts.open(QStringLiteral("b"));

    QList<PoolReplicator::HostResult> results = replicate(sharedPool(), {a, b});
    ASSERT_EQ(results.size(), 2);
    for (const auto &result : results) {
        EXPECT_TRUE(result.done);
        EXPECT_EQ(result.outcome, EnsurePoolOutcome::Created) << result.message;
    }
    EXPECT_EQ(results[0].connection, a);
    EXPECT_EQ(results[1].connection, b);
    EXPECT_EQ(targetOf(a, QStringLiteral("shared")), QStringLiteral("/var/lib/libvirt/images/shared"));
    EXPECT_EQ(targetOf(b, QStringLiteral("shared")), QStringLiteral("/var/lib/libvirt/images/shared"));

    results = replicate(sharedPool(), {a, b});
    ASSERT_EQ(results.size(), 2);
    for (const auto &result : results)
        EXPECT_EQ(result.outcome, EnsurePoolOutcome::AlreadyIdentical) << result.message;
}

TEST(PoolReplicator, ReportsAConflictingPoolAndLeavesItAlone)
{
    Hosts hosts;
    Connection *a = hosts.open(QStringLiteral("a"));
    Connection *c = hosts.open(QStringLiteral("c"));
    // Host C already has a "shared" pool, elsewhere.
    QList<PoolReplicator::HostResult> results = replicate(sharedPool(QStringLiteral("/srv/elsewhere")), {c});
    ASSERT_EQ(results.size(), 1);
    ASSERT_EQ(results[0].outcome, EnsurePoolOutcome::Created) << results[0].message;

    results = replicate(sharedPool(), {a, c});
    ASSERT_EQ(results.size(), 2);
    EXPECT_EQ(results[0].outcome, EnsurePoolOutcome::Created) << results[0].message;
    EXPECT_EQ(results[1].outcome, EnsurePoolOutcome::Conflict);
    EXPECT_TRUE(results[1].message.contains(
        QStringLiteral("target path /srv/elsewhere here, /var/lib/libvirt/images/shared requested")))
        << results[1].message;
    EXPECT_EQ(targetOf(c, QStringLiteral("shared")), QStringLiteral("/srv/elsewhere")) << "never overwritten";
}

TEST(PoolReplicator, AClosedConnectionFailsAsNotConnected)
{
    Hosts hosts;
    Connection *a = hosts.open(QStringLiteral("a"));
    Connection closed(ConnectionConfig::fromUri(QStringLiteral("test:///default")));
    const QList<PoolReplicator::HostResult> results = replicate(sharedPool(), {a, &closed});
    ASSERT_EQ(results.size(), 2);
    EXPECT_EQ(results[0].outcome, EnsurePoolOutcome::Created) << results[0].message;
    EXPECT_EQ(results[1].outcome, EnsurePoolOutcome::Failed);
    EXPECT_EQ(results[1].message, QStringLiteral("test:///default is not connected."));
}

TEST(PoolReplicator, NoHostsFinishesAtOnce)
{
    PoolReplicator replicator;
    QSignalSpy finished(&replicator, &PoolReplicator::finished);
    replicator.start(sharedPool(), PoolSetup(), {});
    EXPECT_TRUE(replicator.isFinished());
    EXPECT_TRUE(finished.wait(2000));
}
