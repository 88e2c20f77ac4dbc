// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: Virt Ferry contributors
// The item models and the saved connection list, checked by QAbstractItemModelTester
// while real test-driver connections fill them.
#include "Connection.h"
#include "ConnectionListModel.h"
#include "ConnectionManager.h"
#include "HostTreeModel.h"
#include "MigrationOptions.h"
#include "NodeXmlGenerator.h"
#include "QtPrinting.h"
#include "StorageTypes.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <gtest/gtest.h>

namespace {

// Turns QAbstractItemModelTester's warnings into test failures.
class ModelWarningCollector
{
public:
    ModelWarningCollector() { s_messages.clear(), m_previous = qInstallMessageHandler(&collect); }
    ~ModelWarningCollector() { qInstallMessageHandler(m_previous); }
    static QStringList messages() { return s_messages; }

private:
    static void collect(QtMsgType type, const QMessageLogContext &, const QString &message)
    {
        if (type != QtDebugMsg && type != QtInfoMsg)
            s_messages.append(message);
    }
    static inline QStringList s_messages;
    QtMessageHandler m_previous;
};

struct Fixture
{
    Fixture() : settings(dir.filePath(QStringLiteral("settings.conf")), QSettings::IniFormat) {}
    QString writeNode(const QString &name, int count)
    {
        const QString path = dir.filePath(name);
        NodeXmlGenerator::Options options;
        options.domainCount = count;
        EXPECT_EQ(NodeXmlGenerator::write(path, options), QString());
        return QStringLiteral("test://") + path;
    }
    QTemporaryDir dir;
    QSettings settings;
};

} // namespace

TEST(HostTreeModel, FillsFromConnectionsInOneInsertPerListing)
{
    ModelWarningCollector warnings;
    Fixture fixture;
    ConnectionManager manager(&fixture.settings);
    HostTreeModel model(&manager);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Warning);

    Connection *big = manager.add(ConnectionConfig::fromUri(fixture.writeNode(QStringLiteral("big.xml"), 1000)));
    Connection *small = manager.add(ConnectionConfig::fromUri(fixture.writeNode(QStringLiteral("small.xml"), 10)));
    ASSERT_EQ(model.rowCount(), 2);

    QSignalSpy inserts(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy populated(&model, &HostTreeModel::domainsPopulated);
    big->open();
    small->open();
    ASSERT_TRUE(QTest::qWaitFor([&] { return populated.count() == 2; }, 30000));
    EXPECT_EQ(inserts.count(), 2) << "one insert per connection, not one per VM";
    EXPECT_EQ(model.rowCount(model.indexOfConnection(big)), 1000);
    EXPECT_EQ(model.rowCount(model.indexOfConnection(small)), 10);
    EXPECT_EQ(model.domainCount(), 1010);

    // Listing order is libvirt's (active domains first); find the row by name.
    QModelIndex first;
    for (int row = 0; row < model.rowCount(model.indexOfConnection(small)); ++row) {
        const QModelIndex candidate = model.index(row, HostTreeModel::NameColumn, model.indexOfConnection(small));
        if (candidate.data().toString() == QStringLiteral("vm-00000"))
            first = candidate;
    }
    ASSERT_TRUE(first.isValid());
    EXPECT_EQ(first.siblingAtColumn(HostTreeModel::StateColumn).data().toString(), QStringLiteral("Running"));
    EXPECT_EQ(first.siblingAtColumn(HostTreeModel::VcpuColumn).data().toInt(), 1);
    EXPECT_EQ(model.connectionAt(first), small);
    EXPECT_EQ(model.indexOfDomain(small, first.data(HostTreeModel::UuidRole).toString()), first);
    EXPECT_EQ(model.index(0, HostTreeModel::StateColumn).data().toString(), QStringLiteral("Connected"));

    // An action changes one row through an event: a dataChanged, no new rows.
    QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
    inserts.clear();
    small->setStatsPaused(true);
    small->requestDomainAction(first.data(HostTreeModel::UuidRole).toString(), DomainAction::Pause);
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return first.siblingAtColumn(HostTreeModel::StateColumn).data().toString() == QStringLiteral("Paused"); },
        5000));
    EXPECT_EQ(inserts.count(), 0);
    EXPECT_GE(changes.count(), 1);

    // Delete removes exactly that row.
    const QString uuid = first.data(HostTreeModel::UuidRole).toString();
    small->requestDomainAction(uuid, DomainAction::Delete);
    ASSERT_TRUE(QTest::qWaitFor([&] { return model.rowCount(model.indexOfConnection(small)) == 9; }, 5000));
    EXPECT_FALSE(model.indexOfDomain(small, uuid).isValid());

    // Disconnecting empties the host's rows; removing the connection removes the host.
    small->close();
    EXPECT_EQ(model.rowCount(model.indexOfConnection(small)), 0);
    EXPECT_EQ(model.index(1, HostTreeModel::StateColumn).data().toString(), QStringLiteral("Disconnected"));
    manager.remove(big);
    EXPECT_EQ(model.rowCount(), 1);
    EXPECT_TRUE(warnings.messages().isEmpty()) << warnings.messages().join(u'\n').toStdString();
}

TEST(HostTreeModel, StatsTicksBecomeOneDataChangedPerBatch)
{
    ModelWarningCollector warnings;
    Fixture fixture;
    ConnectionManager manager(&fixture.settings);
    manager.setStatsInterval(100);
    HostTreeModel model(&manager);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Warning);
    Connection *connection = manager.add(ConnectionConfig::fromUri(fixture.writeNode(QStringLiteral("n.xml"), 50)));
    QSignalSpy populated(&model, &HostTreeModel::domainsPopulated);
    connection->open();
    ASSERT_TRUE(QTest::qWaitFor([&] { return populated.count() == 1; }, 10000));

    // A state change that no event reported (simulated: an out-of-date row) is corrected
    // by the next bulk stats tick.
    QSignalSpy stats(connection, &Connection::statsSampled);
    ASSERT_TRUE(QTest::qWaitFor([&] { return stats.count() >= 2; }, 5000));
    const auto samples = stats.last().first().value<QList<DomainStatsSample>>();
    EXPECT_EQ(samples.size(), 50);
    EXPECT_TRUE(warnings.messages().isEmpty()) << warnings.messages().join(u'\n').toStdString();
}

TEST(ConnectionManager, FirstRunGetsTheEmbeddedTestConnectionAndItIsSaved)
{
    Fixture fixture;
    {
        ConnectionManager manager(&fixture.settings);
        manager.load();
        ASSERT_EQ(manager.connections().size(), 1);
        EXPECT_EQ(manager.connections().first()->config().uri(), QStringLiteral("test:///default"));
        EXPECT_TRUE(manager.connections().first()->config().autoconnect);
        ConnectionConfig remote = ConnectionConfig::fromUri(QStringLiteral("qemu+ssh://root@host-b/system"));
        remote.displayName = QStringLiteral("Host B");
        remote.autoconnect = false;
        manager.add(remote);
        manager.save();
    }
    ConnectionManager reloaded(&fixture.settings);
    reloaded.load();
    ASSERT_EQ(reloaded.connections().size(), 2) << "a user who removed everything must not get it back either";
    const ConnectionConfig &hostB = reloaded.connections().at(1)->config();
    EXPECT_EQ(hostB.uri(), QStringLiteral("qemu+ssh://root@host-b/system"));
    EXPECT_EQ(hostB.displayName, QStringLiteral("Host B"));
    EXPECT_FALSE(hostB.autoconnect);
    EXPECT_EQ(hostB.host, QStringLiteral("host-b"));

    // Nothing secret is ever written: the file holds URIs, names and flags only.
    fixture.settings.sync();
    QFile file(fixture.settings.fileName());
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_FALSE(file.readAll().toLower().contains("password"));
}

TEST(ConnectionManager, RemovedConnectionsStayRemoved)
{
    Fixture fixture;
    {
        ConnectionManager manager(&fixture.settings);
        manager.load();
        manager.remove(manager.connections().first());
        manager.save();
    }
    ConnectionManager reloaded(&fixture.settings);
    reloaded.load();
    EXPECT_TRUE(reloaded.connections().isEmpty());
}

// The next start reads the file, not this process's QSettings cache: read back from a copy.
TEST(ConnectionManager, PreferencesAndRemovalsSurviveARestart)
{
    Fixture fixture;
    {
        ConnectionManager manager(&fixture.settings);
        manager.load();
        manager.remove(manager.connections().first());
        manager.save();
        manager.setConnectTimeout(4321);
        manager.setStatsInterval(2500);
        manager.savePreferences();
    }
    const QString nextStart = fixture.dir.filePath(QStringLiteral("next-start.conf"));
    ASSERT_TRUE(QFile::copy(fixture.settings.fileName(), nextStart));
    QSettings reread(nextStart, QSettings::IniFormat);
    ConnectionManager reloaded(&reread);
    reloaded.load();
    EXPECT_TRUE(reloaded.connections().isEmpty()) << "the embedded test connection came back after a restart";
    EXPECT_EQ(reloaded.connectTimeout(), 4321);
    EXPECT_EQ(reloaded.statsInterval(), 2500);
}

// Earlier builds stored these under "general", which the file turned into [%General].
TEST(ConnectionManager, ReadsPreferencesWrittenUnderTheOldGeneralGroup)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.conf"));
    {
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write("[%General]\nconnectionsInitialized=true\nconnectTimeoutMs=7000\nstatsIntervalMs=3000\n");
    }
    QSettings old(path, QSettings::IniFormat);
    ConnectionManager manager(&old);
    manager.load();
    EXPECT_TRUE(manager.connections().isEmpty());
    EXPECT_EQ(manager.connectTimeout(), 7000);
    EXPECT_EQ(manager.statsInterval(), 3000);
}

TEST(ConnectionListModel, TracksConnectionsAndTheirState)
{
    ModelWarningCollector warnings;
    Fixture fixture;
    ConnectionManager manager(&fixture.settings);
    ConnectionListModel model(&manager);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Warning);
    manager.load();
    ASSERT_EQ(model.rowCount(), 1);
    Connection *extra = manager.add(ConnectionConfig::fromUri(fixture.writeNode(QStringLiteral("x.xml"), 2)));
    ASSERT_EQ(model.rowCount(), 2);
    EXPECT_EQ(model.index(1).data(ConnectionListModel::UriRole).toString(), extra->config().uri());
    EXPECT_FALSE(model.index(1).data(ConnectionListModel::IsOpenRole).toBool());
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    extra->open();
    ASSERT_TRUE(QTest::qWaitFor([&] { return model.index(1).data(ConnectionListModel::IsOpenRole).toBool(); }, 5000));
    EXPECT_GE(changed.count(), 2);
    manager.remove(manager.connections().first());
    EXPECT_EQ(model.rowCount(), 1);
    EXPECT_EQ(model.connectionAt(0), extra);
    EXPECT_TRUE(warnings.messages().isEmpty()) << warnings.messages().join(u'\n').toStdString();
}

// Sizes and numbers in messages follow QLocale::setDefault, as the app sets it from the
// system or from Preferences.
TEST(LocaleFormatting, SizesAndNumbersInMessagesFollowTheDefaultLocale)
{
    struct RestoreLocale
    {
        QLocale previous;
        ~RestoreLocale() { QLocale::setDefault(previous); }
    } restore;

    MigrationOptions tooLong;
    tooLong.maxDowntimeMs = MigrationOptions::kMaxDowntimeMs + 1;
    const auto downtimeReason = [&tooLong] {
        for (const MigrationOptions::Problem &problem : tooLong.problems()) {
            if (problem.option == MigrationOptions::Option::MaxDowntime)
                return problem.reason;
        }
        return QString();
    };

    QLocale::setDefault(QLocale::c());
    EXPECT_EQ(formatKiB(1536 * 1024), QStringLiteral("1.5 GiB"));
    EXPECT_EQ(formatBytes(1023), QStringLiteral("1023 B"));
    EXPECT_TRUE(downtimeReason().contains(QStringLiteral("3600000 ms"))) << downtimeReason().toStdString();

    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    EXPECT_EQ(formatKiB(1536 * 1024), QStringLiteral("1,5 GiB"));
    EXPECT_EQ(formatBytes(1023), QStringLiteral("1.023 B"));
    EXPECT_TRUE(downtimeReason().contains(QStringLiteral("3.600.000 ms"))) << downtimeReason().toStdString();
}
