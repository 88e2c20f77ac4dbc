// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: Virt Ferry contributors
// Storage through Connection on libvirt's test driver: pool listing and events, volume
// create/clone/resize/delete with both table models following, pool actions, EnsurePool,
// definitions, networks, export discovery, and requests on a closed connection.
#include "Connection.h"
#include "DomainDisks.h"
#include "NodeXmlGenerator.h"
#include "PoolSourceDiscovery.h"
#include "QtPrinting.h"
#include "StoragePoolListModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <gtest/gtest.h>

#include <libvirt/libvirt.h>

#include <memory>

// Outcomes by name in failure messages.
inline void PrintTo(EnsurePoolOutcome outcome, std::ostream *os)
{
    *os << ensurePoolOutcomeText(outcome).toStdString();
}

namespace {

struct Answer
{
    bool succeeded = false;
    QString message;
};

// Every answer a connection gives, by request id.
struct Answers
{
    explicit Answers(Connection &connection)
    {
        QObject::connect(&connection, &Connection::requestFinished, &connection,
                         [this](quint64 id, bool ok, const QString &message) { finished.insert(id, {ok, message}); });
        QObject::connect(&connection, &Connection::poolEnsured, &connection,
                         [this](quint64 id, EnsurePoolOutcome outcome, const QString &message) {
                             ensured.insert(id, {outcome, message});
                         });
        QObject::connect(&connection, &Connection::volumesListed, &connection,
                         [this](quint64 id, const QString &, const QList<VolumeInfo> &volumes) {
                             volumeListings.insert(id, volumes);
                         });
        QObject::connect(&connection, &Connection::problem, &connection,
                         [this](const QString &message) { problems.append(message); });
    }

    Answer waitFinished(quint64 id)
    {
        EXPECT_TRUE(QTest::qWaitFor([&] { return finished.contains(id); }, 10000)) << "no answer to request " << id;
        return finished.value(id);
    }
    QPair<EnsurePoolOutcome, QString> waitEnsured(quint64 id)
    {
        EXPECT_TRUE(QTest::qWaitFor([&] { return ensured.contains(id); }, 10000)) << "no answer to request " << id;
        return ensured.value(id, {EnsurePoolOutcome::Failed, QStringLiteral("<no answer>")});
    }

    QHash<quint64, Answer> finished;
    QHash<quint64, QPair<EnsurePoolOutcome, QString>> ensured;
    QHash<quint64, QList<VolumeInfo>> volumeListings;
    QStringList problems;
};

std::unique_ptr<Connection> openConnection(const QString &uri)
{
    ConnectionConfig config = ConnectionConfig::fromUri(uri);
    config.autoconnect = false;
    auto connection = std::make_unique<Connection>(config);
    connection->open();
    const bool settled = QTest::qWaitFor([&] { return connection->state() != Connection::State::Connecting; }, 10000);
    EXPECT_TRUE(settled && connection->isOpen()) << connection->stateText();
    return connection;
}

QString privateNode(const QTemporaryDir &dir, const QString &name)
{
    const QString path = dir.filePath(name);
    NodeXmlGenerator::Options options;
    options.domainCount = 1;
    EXPECT_EQ(NodeXmlGenerator::write(path, options), QString());
    return QStringLiteral("test://") + path;
}

PoolDefinition dirPool(const QString &name, const QString &target)
{
    PoolDefinition definition;
    definition.name = name;
    definition.type = QStringLiteral("dir");
    definition.targetPath = target;
    return definition;
}

// Fails the test on any QAbstractItemModelTester complaint.
class ModelWarnings
{
public:
    ModelWarnings() { s_messages.clear(), m_previous = qInstallMessageHandler(&collect); }
    ~ModelWarnings()
    {
        qInstallMessageHandler(m_previous);
        EXPECT_TRUE(s_messages.isEmpty()) << s_messages.join(u'\n');
    }

private:
    static void collect(QtMsgType type, const QMessageLogContext &, const QString &message)
    {
        if (type != QtDebugMsg && type != QtInfoMsg)
            s_messages.append(message);
    }
    static inline QStringList s_messages;
    QtMessageHandler m_previous;
};

QStringList volumeNames(const StorageVolumeListModel &model)
{
    QStringList names;
    for (int row = 0; row < model.rowCount(); ++row)
        names.append(model.index(row, StorageVolumeListModel::NameColumn).data().toString());
    return names;
}

} // namespace

TEST(StorageService, ListsPoolsAfterConnectingAndSharesTheConnection)
{
    ModelWarnings warnings;
    ConnectionConfig config = ConnectionConfig::fromUri(QStringLiteral("test:///default"));
    Connection connection(config);
    QList<QList<PoolInfo>> listings;
    QObject::connect(&connection, &Connection::poolsListed, &connection,
                     [&](const QList<PoolInfo> &pools) { listings.append(pools); });
    EXPECT_FALSE(connection.handle());
    connection.open();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !listings.isEmpty(); }, 10000));
    ASSERT_TRUE(connection.isOpen());
    ASSERT_TRUE(connection.handle());
    EXPECT_EQ(virConnectIsAlive(connection.handle().get()), 1);

    ASSERT_EQ(listings.first().size(), 1);
    const PoolInfo pool = listings.first().first();
    EXPECT_EQ(pool.name, QStringLiteral("default-pool"));
    EXPECT_EQ(pool.type, QStringLiteral("dir"));
    EXPECT_EQ(pool.state, PoolState::Running);
    EXPECT_EQ(pool.targetPath, QStringLiteral("/default-pool"));
    EXPECT_EQ(pool.capacityBytes, 100ull << 30);
    EXPECT_TRUE(pool.persistent);
    EXPECT_EQ(pool.uuid.size(), 36);

    StoragePoolListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Warning);
    model.setConnection(&connection);
    ASSERT_TRUE(QTest::qWaitFor([&] { return model.rowCount() == 1; }, 5000));
    EXPECT_EQ(model.index(0, StoragePoolListModel::StateColumn).data().toString(), poolStateText(PoolState::Running));
    EXPECT_EQ(model.index(0, StoragePoolListModel::CapacityColumn).data().toString(), formatBytes(100ull << 30));
    EXPECT_DOUBLE_EQ(model.index(0, 0).data(StoragePoolListModel::UsageFractionRole).toDouble(), 0.0);

    const ConnectionHandle kept = connection.handle();
    connection.close();
    EXPECT_FALSE(connection.handle()) << "cleared when leaving Connected";
    EXPECT_EQ(virConnectIsAlive(kept.get()), 1) << "a job's own reference stays usable";
    EXPECT_TRUE(listings.last().isEmpty());
    EXPECT_EQ(model.rowCount(), 0);
}

TEST(StorageService, PoolModelFollowsEventsFromOutsideTheApp)
{
    ModelWarnings warnings;
    auto connection = openConnection(QStringLiteral("test:///default"));
    StoragePoolListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Warning);
    model.setConnection(connection.get());
    ASSERT_TRUE(QTest::qWaitFor([&] { return model.rowCount() == 1; }, 5000));
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);

    // Another client of the same (in-process) test driver stops the pool: only libvirt's
    // lifecycle event can tell our worker.
    virConnectPtr other = virConnectOpen("test:///default");
    ASSERT_NE(other, nullptr);
    virStoragePoolPtr pool = virStoragePoolLookupByName(other, "default-pool");
    ASSERT_NE(pool, nullptr);
    ASSERT_EQ(virStoragePoolDestroy(pool), 0);
    EXPECT_TRUE(QTest::qWaitFor(
        [&] { return model.pool(QStringLiteral("default-pool")).value_or(PoolInfo()).state == PoolState::Inactive; },
        5000));
    ASSERT_EQ(virStoragePoolCreate(pool, 0), 0);
    EXPECT_TRUE(QTest::qWaitFor(
        [&] { return model.pool(QStringLiteral("default-pool")).value_or(PoolInfo()).state == PoolState::Running; },
        5000));
    virStoragePoolFree(pool);
    virConnectClose(other);
    EXPECT_EQ(resets.count(), 0) << "rows are updated in place";
    EXPECT_EQ(model.rowCount(), 1);
}

TEST(StorageService, VolumesAreCreatedClonedResizedAndDeletedWithTheModelsFollowing)
{
    ModelWarnings warnings;
    QTemporaryDir dir;
    auto connection = openConnection(privateNode(dir, QStringLiteral("volumes.xml")));
    Answers answers(*connection);
    const auto ensured = answers.waitEnsured(
        connection->requestEnsurePool(dirPool(QStringLiteral("images"), QStringLiteral("/vf/images")), PoolSetup()));
    ASSERT_EQ(ensured.first, EnsurePoolOutcome::Created) << ensured.second;

    StoragePoolListModel pools;
    QAbstractItemModelTester poolTester(&pools, QAbstractItemModelTester::FailureReportingMode::Warning);
    pools.setConnection(connection.get());
    ASSERT_TRUE(QTest::qWaitFor([&] { return pools.pool(QStringLiteral("images")).has_value(); }, 5000));
    const PoolInfo before = *pools.pool(QStringLiteral("images"));
    EXPECT_EQ(before.state, PoolState::Running);
    EXPECT_TRUE(before.autostart);
    ASSERT_GT(before.availableBytes, 0u);

    StorageVolumeListModel volumes;
    QAbstractItemModelTester volumeTester(&volumes, QAbstractItemModelTester::FailureReportingMode::Warning);
    volumes.setPool(connection.get(), QStringLiteral("images"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return !answers.volumeListings.isEmpty(); }, 5000));
    EXPECT_EQ(volumes.rowCount(), 0);
    QSignalSpy resets(&volumes, &QAbstractItemModel::modelReset);
    QSignalSpy poolResets(&pools, &QAbstractItemModel::modelReset);

    VolumeDefinition disk;
    disk.name = QStringLiteral("disk.qcow2");
    disk.capacityBytes = 10ull << 30;
    Answer answer = answers.waitFinished(connection->requestCreateVolume(QStringLiteral("images"), disk));
    ASSERT_TRUE(answer.succeeded) << answer.message;
    ASSERT_TRUE(QTest::qWaitFor([&] { return volumes.rowCount() == 1; }, 5000));
    const VolumeInfo created = *volumes.volume(0);
    EXPECT_EQ(created.name, QStringLiteral("disk.qcow2"));
    EXPECT_EQ(created.format, QStringLiteral("qcow2"));
    EXPECT_EQ(created.capacityBytes, 10ull << 30);
    EXPECT_EQ(created.allocationBytes, 0u) << "thin unless asked";
    EXPECT_EQ(created.path, QStringLiteral("/vf/images/disk.qcow2"));
    EXPECT_EQ(volumes.index(0, StorageVolumeListModel::CapacityColumn).data().toString(), formatBytes(10ull << 30));

    VolumeDefinition raw;
    raw.name = QStringLiteral("数据.img");
    raw.format = QStringLiteral("raw");
    raw.capacityBytes = 1ull << 30;
    raw.allocationBytes = 1ull << 30;
    answer = answers.waitFinished(connection->requestCreateVolume(QStringLiteral("images"), raw));
    ASSERT_TRUE(answer.succeeded) << answer.message;
    ASSERT_TRUE(QTest::qWaitFor([&] { return volumes.rowCount() == 2; }, 5000));
    EXPECT_TRUE(QTest::qWaitFor(
        [&] { return pools.pool(QStringLiteral("images"))->allocationBytes == before.allocationBytes + (1ull << 30); },
        5000))
        << "the pool's allocation follows its volumes";

    // Refused before libvirt is asked, each with its reason.
    answer = answers.waitFinished(connection->requestCreateVolume(QStringLiteral("images"), disk));
    EXPECT_FALSE(answer.succeeded);
    EXPECT_EQ(answer.message, QStringLiteral("A volume named “disk.qcow2” already exists in pool images."));
    VolumeDefinition bad = disk;
    bad.name = QStringLiteral("a/b");
    answer = answers.waitFinished(connection->requestCreateVolume(QStringLiteral("images"), bad));
    EXPECT_EQ(answer.message, QStringLiteral("The volume name cannot contain “/”: it becomes a file name."));
    bad.name = QStringLiteral("big.raw");
    bad.format = QStringLiteral("raw");
    bad.capacityBytes = before.availableBytes * 2;
    bad.allocationBytes = bad.capacityBytes;
    answer = answers.waitFinished(connection->requestCreateVolume(QStringLiteral("images"), bad));
    EXPECT_FALSE(answer.succeeded);
    EXPECT_TRUE(answer.message.startsWith(QStringLiteral("Allocating "))) << answer.message;
    bad.allocationBytes = 0;
    answer = answers.waitFinished(connection->requestCreateVolume(QStringLiteral("images"), bad));
    EXPECT_TRUE(answer.succeeded) << "a thin volume may promise more than is free: " << answer.message;
    bad.name = QStringLiteral("zero.qcow2");
    bad.capacityBytes = 0;
    answer = answers.waitFinished(connection->requestCreateVolume(QStringLiteral("images"), bad));
    EXPECT_EQ(answer.message, QStringLiteral("The size must be greater than zero."));
    ASSERT_TRUE(QTest::qWaitFor([&] { return volumes.rowCount() == 3; }, 5000));

    answer = answers.waitFinished(
        connection->requestCloneVolume(QStringLiteral("images"), QStringLiteral("disk.qcow2"), QStringLiteral("copy.qcow2")));
    ASSERT_TRUE(answer.succeeded) << answer.message;
    ASSERT_TRUE(QTest::qWaitFor([&] { return volumes.rowCount() == 4; }, 5000));
    EXPECT_EQ(volumeNames(volumes), (QStringList{QStringLiteral("big.raw"), QStringLiteral("copy.qcow2"),
                                                 QStringLiteral("disk.qcow2"), QStringLiteral("数据.img")}));
    EXPECT_EQ(volumes.volume(1)->format, QStringLiteral("qcow2"));
    EXPECT_EQ(volumes.volume(1)->capacityBytes, 10ull << 30);

    answer = answers.waitFinished(
        connection->requestResizeVolume(QStringLiteral("images"), QStringLiteral("disk.qcow2"), 1ull << 30));
    EXPECT_FALSE(answer.succeeded);
    EXPECT_TRUE(answer.message.contains(QStringLiteral("shrinking would destroy data"))) << answer.message;
    answer = answers.waitFinished(
        connection->requestResizeVolume(QStringLiteral("images"), QStringLiteral("disk.qcow2"), 20ull << 30));
    // The test driver has no virStorageVolResize: what matters is that libvirt's reason arrives.
    EXPECT_FALSE(answer.succeeded);
    EXPECT_TRUE(answer.message.contains(QStringLiteral("not supported"))) << answer.message;

    answer = answers.waitFinished(connection->requestDeleteVolume(QStringLiteral("images"), QStringLiteral("copy.qcow2")));
    ASSERT_TRUE(answer.succeeded) << answer.message;
    ASSERT_TRUE(QTest::qWaitFor([&] { return volumes.rowCount() == 3; }, 5000));
    EXPECT_FALSE(volumeNames(volumes).contains(QStringLiteral("copy.qcow2")));
    answer = answers.waitFinished(connection->requestDeleteVolume(QStringLiteral("images"), QStringLiteral("nope")));
    EXPECT_FALSE(answer.succeeded);
    EXPECT_FALSE(answer.message.isEmpty());

    EXPECT_EQ(resets.count(), 0);
    EXPECT_EQ(poolResets.count(), 0);

    connection->close();
    EXPECT_EQ(volumes.rowCount(), 0) << "a closed connection shows no stale volumes";
    EXPECT_EQ(pools.rowCount(), 0);
}

TEST(StorageService, PoolActionsStopStartAutostartAndDelete)
{
    ModelWarnings warnings;
    QTemporaryDir dir;
    auto connection = openConnection(privateNode(dir, QStringLiteral("actions.xml")));
    Answers answers(*connection);
    for (const QString &name : {QStringLiteral("keep"), QStringLiteral("full")}) {
        const auto ensured = answers.waitEnsured(
            connection->requestEnsurePool(dirPool(name, QStringLiteral("/vf/") + name), PoolSetup{true, true, false}));
        ASSERT_EQ(ensured.first, EnsurePoolOutcome::Created) << ensured.second;
    }
    StoragePoolListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Warning);
    model.setConnection(connection.get());
    ASSERT_TRUE(QTest::qWaitFor([&] { return model.rowCount() == 2; }, 5000));
    EXPECT_FALSE(model.pool(QStringLiteral("keep"))->autostart);
    StorageVolumeListModel volumes;
    QAbstractItemModelTester volumeTester(&volumes, QAbstractItemModelTester::FailureReportingMode::Warning);
    volumes.setPool(connection.get(), QStringLiteral("keep"));
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);

    const auto stateOf = [&](const QString &name) { return model.pool(name).value_or(PoolInfo()).state; };
    Answer answer = answers.waitFinished(connection->requestPoolAction(QStringLiteral("keep"), PoolAction::Stop));
    ASSERT_TRUE(answer.succeeded) << answer.message;
    EXPECT_TRUE(QTest::qWaitFor([&] { return stateOf(QStringLiteral("keep")) == PoolState::Inactive; }, 5000));
    EXPECT_EQ(model.index(model.indexOfPool(QStringLiteral("keep")).row(), StoragePoolListModel::StateColumn)
                  .data()
                  .toString(),
              poolStateText(PoolState::Inactive));
    answer = answers.waitFinished(connection->requestPoolAction(QStringLiteral("keep"), PoolAction::Stop));
    EXPECT_FALSE(answer.succeeded) << "stopping a stopped pool is libvirt's error to report";
    EXPECT_FALSE(answer.message.isEmpty());
    VolumeDefinition disk;
    disk.name = QStringLiteral("disk.qcow2");
    disk.capacityBytes = 1ull << 30;
    answer = answers.waitFinished(connection->requestCreateVolume(QStringLiteral("keep"), disk));
    EXPECT_EQ(answer.message, QStringLiteral("Pool keep is not active; start it first."));

    answer = answers.waitFinished(connection->requestPoolAction(QStringLiteral("keep"), PoolAction::Start));
    ASSERT_TRUE(answer.succeeded) << answer.message;
    EXPECT_TRUE(QTest::qWaitFor([&] { return stateOf(QStringLiteral("keep")) == PoolState::Running; }, 5000));
    answer = answers.waitFinished(connection->requestPoolAction(QStringLiteral("keep"), PoolAction::SetAutostart, true));
    ASSERT_TRUE(answer.succeeded) << answer.message;
    EXPECT_TRUE(QTest::qWaitFor([&] { return model.pool(QStringLiteral("keep"))->autostart; }, 5000));
    answer = answers.waitFinished(connection->requestCreateVolume(QStringLiteral("keep"), disk));
    ASSERT_TRUE(answer.succeeded) << answer.message;
    answer = answers.waitFinished(connection->requestPoolAction(QStringLiteral("keep"), PoolAction::Refresh));
    ASSERT_TRUE(answer.succeeded) << answer.message;
    EXPECT_TRUE(QTest::qWaitFor([&] { return volumes.rowCount() == 1; }, 5000));

    // Without the flag the data stays: here, undefining an inactive pool.
    answer = answers.waitFinished(connection->requestPoolAction(QStringLiteral("keep"), PoolAction::Delete));
    ASSERT_TRUE(answer.succeeded) << answer.message;
    EXPECT_TRUE(QTest::qWaitFor([&] { return !model.pool(QStringLiteral("keep")).has_value(); }, 5000));
    EXPECT_TRUE(QTest::qWaitFor([&] { return volumes.rowCount() == 0; }, 5000));

    // With the flag: volumes first, then the pool's storage, then the definition.
    answer = answers.waitFinished(connection->requestCreateVolume(QStringLiteral("full"), disk));
    ASSERT_TRUE(answer.succeeded) << answer.message;
    answer = answers.waitFinished(connection->requestPoolAction(QStringLiteral("full"), PoolAction::Delete, true));
    ASSERT_TRUE(answer.succeeded) << answer.message;
    EXPECT_TRUE(QTest::qWaitFor([&] { return model.rowCount() == 0; }, 5000));
    answer = answers.waitFinished(connection->requestPoolAction(QStringLiteral("full"), PoolAction::Start));
    EXPECT_EQ(answer.message, QStringLiteral("There is no storage pool named “full”."));
    EXPECT_EQ(resets.count(), 0);
}

TEST(StorageService, EnsurePoolRefusesBadInputAndLeavesNothingHalfMade)
{
    QTemporaryDir dir;
    auto connection = openConnection(privateNode(dir, QStringLiteral("refusals.xml")));
    Answers answers(*connection);
    auto ensured = answers.waitEnsured(
        connection->requestEnsurePool(dirPool(QStringLiteral("bad/name"), QStringLiteral("/vf/x")), PoolSetup()));
    EXPECT_EQ(ensured.first, EnsurePoolOutcome::Failed);
    EXPECT_EQ(ensured.second, QStringLiteral("The pool name cannot contain “/”: it becomes a file name."));
    ensured = answers.waitEnsured(
        connection->requestEnsurePool(dirPool(QStringLiteral("rel"), QStringLiteral("vf/x")), PoolSetup()));
    EXPECT_EQ(ensured.first, EnsurePoolOutcome::Failed);
    EXPECT_EQ(ensured.second, QStringLiteral("The path must be absolute (start with “/”)."));

    // A second pool on the same target path is libvirt's to refuse, at define time.
    ensured = answers.waitEnsured(
        connection->requestEnsurePool(dirPool(QStringLiteral("one"), QStringLiteral("/vf/same")), PoolSetup()));
    ASSERT_EQ(ensured.first, EnsurePoolOutcome::Created) << ensured.second;
    ensured = answers.waitEnsured(
        connection->requestEnsurePool(dirPool(QStringLiteral("two"), QStringLiteral("/vf/same")), PoolSetup()));
    EXPECT_EQ(ensured.first, EnsurePoolOutcome::Failed);
    EXPECT_FALSE(ensured.second.isEmpty());
    virConnectPtr raw = connection->handle().get();
    virStoragePoolPtr two = virStoragePoolLookupByName(raw, "two");
    EXPECT_EQ(two, nullptr) << "nothing half-made is left";
    if (two)
        virStoragePoolFree(two);
}

TEST(StorageService, DefinesAndStartsADomain)
{
    QTemporaryDir dir;
    auto connection = openConnection(privateNode(dir, QStringLiteral("define.xml")));
    QHash<quint64, std::tuple<bool, QString, QString>> defined;
    QObject::connect(connection.get(), &Connection::domainDefined, connection.get(),
                     [&](quint64 id, bool ok, const QString &uuid, const QString &message) {
                         defined.insert(id, {ok, uuid, message});
                     });
    QList<DomainInfo> seen;
    QObject::connect(connection.get(), &Connection::domainsChanged, connection.get(),
                     [&](const QList<DomainInfo> &domains) { seen.append(domains); });
    const QString xml = QStringLiteral(
        "<domain type='test'><name>fresh</name><memory unit='MiB'>256</memory><vcpu>1</vcpu>"
        "<os><type arch='x86_64'>hvm</type></os></domain>");
    const quint64 id = connection->requestDefineDomain(xml, true);
    ASSERT_TRUE(QTest::qWaitFor([&] { return defined.contains(id); }, 10000));
    const auto [ok, uuid, message] = defined.value(id);
    ASSERT_TRUE(ok) << message;
    EXPECT_EQ(uuid.size(), 36);
    EXPECT_TRUE(QTest::qWaitFor(
        [&] {
            return std::any_of(seen.cbegin(), seen.cend(), [&](const DomainInfo &domain) {
                return domain.uuid == uuid && domain.name == u"fresh" && domain.state == DomainState::Running;
            });
        },
        5000));

    const quint64 bad = connection->requestDefineDomain(QStringLiteral("<domain type='test'><name>x</name>"), false);
    ASSERT_TRUE(QTest::qWaitFor([&] { return defined.contains(bad); }, 10000));
    EXPECT_FALSE(std::get<0>(defined.value(bad)));
    EXPECT_FALSE(std::get<2>(defined.value(bad)).isEmpty());
}

TEST(StorageService, ReportsNetworksCapabilitiesAndPoolXml)
{
    auto connection = openConnection(QStringLiteral("test:///default"));
    QStringList networks;
    QStringList bridges;
    QString networkError = QStringLiteral("<none>");
    QObject::connect(connection.get(), &Connection::networksListed, connection.get(),
            [&](quint64, const QStringList &names, const QStringList &bridgeNames, const QString &error) {
                networks = names;
                bridges = bridgeNames;
                networkError = error;
            });
    connection->requestNetworks();
    ASSERT_TRUE(QTest::qWaitFor([&] { return networkError != u"<none>"; }, 10000));
    EXPECT_TRUE(networkError.isEmpty()) << networkError;
    EXPECT_EQ(networks, QStringList{QStringLiteral("default")});
    EXPECT_TRUE(bridges.isEmpty()) << "the test driver's only interface is an ethernet one";

    QString capabilities;
    QObject::connect(connection.get(), &Connection::capabilitiesXmlReady, connection.get(),
            [&](quint64, const QString &xml, const QString &) { capabilities = xml; });
    connection->requestCapabilitiesXml();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !capabilities.isEmpty(); }, 10000));
    EXPECT_TRUE(capabilities.contains(QStringLiteral("<capabilities>")));

    // The test driver cannot report pool capabilities: an error and no types, not a hang.
    std::optional<QPair<int, QString>> poolCaps;
    QObject::connect(connection.get(), &Connection::poolCapabilitiesReady, connection.get(),
            [&](quint64, const QList<PoolTypeSupport> &types, const QString &error) {
                poolCaps = {int(types.size()), error};
            });
    connection->requestPoolCapabilities();
    ASSERT_TRUE(QTest::qWaitFor([&] { return poolCaps.has_value(); }, 10000));
    EXPECT_EQ(poolCaps->first, 0);
    EXPECT_TRUE(poolCaps->second.startsWith(QStringLiteral("This host cannot tell"))) << poolCaps->second;

    QHash<quint64, QPair<QString, QString>> xmls;
    QObject::connect(connection.get(), &Connection::poolXmlReady, connection.get(),
            [&](quint64 id, const QString &xml, const QString &error) { xmls.insert(id, {xml, error}); });
    const quint64 known = connection->requestPoolXml(QStringLiteral("default-pool"));
    const quint64 unknown = connection->requestPoolXml(QStringLiteral("missing"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return xmls.contains(known) && xmls.contains(unknown); }, 10000));
    const auto definition = PoolDefinition::fromXml(xmls.value(known).first);
    ASSERT_TRUE(definition.has_value()) << xmls.value(known).second;
    EXPECT_EQ(definition->targetPath, QStringLiteral("/default-pool"));
    EXPECT_EQ(xmls.value(unknown).second, QStringLiteral("There is no storage pool named “missing”."));
}

TEST(StorageService, ReadsADomainDefinitionByUuidAndReportsAnUnknownOne)
{
    auto connection = openConnection(QStringLiteral("test:///default"));
    // test:///default always has "test", with this UUID.
    const QString testUuid = QStringLiteral("6695eb01-f6a4-8304-79aa-97f2502e193f");
    const QString missingUuid = QStringLiteral("00000000-0000-0000-0000-000000000001");
    QHash<QString, QPair<QString, QString>> xmls;
    QObject::connect(connection.get(), &Connection::domainXmlReady, connection.get(),
            [&](quint64, const QString &uuid, const QString &xml, const QString &error) {
                xmls.insert(uuid, {xml, error});
            });
    connection->requestDomainXml(testUuid);
    connection->requestDomainXml(missingUuid, true);
    ASSERT_TRUE(QTest::qWaitFor([&] { return xmls.size() == 2; }, 10000));
    EXPECT_EQ(domainXmlName(xmls.value(testUuid).first), QStringLiteral("test")) << xmls.value(testUuid).second;
    EXPECT_TRUE(xmls.value(testUuid).second.isEmpty());
    EXPECT_TRUE(xmls.value(missingUuid).first.isEmpty());
    EXPECT_FALSE(xmls.value(missingUuid).second.isEmpty());
}

TEST(StorageService, RequestsOnAClosedConnectionFailAtOnceWithAMessage)
{
    Connection connection(ConnectionConfig::fromUri(QStringLiteral("test:///default")));
    Answers answers(connection);
    QStringList messages;
    QObject::connect(&connection, &Connection::poolCapabilitiesReady, &connection,
            [&](quint64, const QList<PoolTypeSupport> &, const QString &error) { messages.append(error); });
    QObject::connect(&connection, &Connection::poolXmlReady, &connection,
            [&](quint64, const QString &, const QString &error) { messages.append(error); });
    QObject::connect(&connection, &Connection::domainDefined, &connection,
            [&](quint64, bool ok, const QString &, const QString &error) { messages.append(ok ? QString() : error); });
    QObject::connect(&connection, &Connection::networksListed, &connection,
            [&](quint64, const QStringList &, const QStringList &, const QString &error) { messages.append(error); });
    QObject::connect(&connection, &Connection::capabilitiesXmlReady, &connection,
            [&](quint64, const QString &, const QString &error) { messages.append(error); });

    const QList<quint64> actions{
        connection.requestPoolAction(QStringLiteral("p"), PoolAction::Start),
        connection.requestCreateVolume(QStringLiteral("p"), VolumeDefinition()),
        connection.requestDeleteVolume(QStringLiteral("p"), QStringLiteral("v")),
        connection.requestResizeVolume(QStringLiteral("p"), QStringLiteral("v"), 1),
        connection.requestCloneVolume(QStringLiteral("p"), QStringLiteral("v"), QStringLiteral("w")),
    };
    const quint64 ensure = connection.requestEnsurePool(dirPool(QStringLiteral("p"), QStringLiteral("/p")), PoolSetup());
    const quint64 volumes = connection.requestVolumes(QStringLiteral("p"));
    connection.requestPoolCapabilities();
    connection.requestPoolXml(QStringLiteral("p"));
    connection.requestDefineDomain(QStringLiteral("<domain/>"), false);
    connection.requestNetworks();
    connection.requestCapabilitiesXml();
    EXPECT_TRUE(answers.finished.isEmpty()) << "answers are queued, never re-entrant";
    ASSERT_TRUE(QTest::qWaitFor([&] { return messages.size() == 5 && answers.finished.size() == 5; }, 5000));

    const QString expected = QStringLiteral("test:///default is not connected.");
    for (quint64 id : actions) {
        EXPECT_FALSE(answers.finished.value(id).succeeded);
        EXPECT_EQ(answers.finished.value(id).message, expected);
    }
    for (const QString &message : std::as_const(messages))
        EXPECT_EQ(message, expected);
    ASSERT_TRUE(answers.ensured.contains(ensure));
    EXPECT_EQ(answers.ensured.value(ensure).first, EnsurePoolOutcome::Failed);
    EXPECT_EQ(answers.ensured.value(ensure).second, expected);
    EXPECT_TRUE(answers.volumeListings.contains(volumes));
    EXPECT_TRUE(answers.problems.contains(expected));
}

TEST(PoolSourceDiscovery, ListsTheExportsTheHostReports)
{
    auto connection = openConnection(QStringLiteral("test:///default"));
    PoolSourceDiscovery discovery(connection->handle());
    QSignalSpy finished(&discovery, &PoolSourceDiscovery::finished);
    QSignalSpy failed(&discovery, &PoolSourceDiscovery::failed);
    discovery.start(QStringLiteral("netfs"), QStringLiteral("nfs.example"));
    EXPECT_TRUE(discovery.isRunning());
    ASSERT_TRUE(finished.wait(10000)) << (failed.isEmpty() ? QString() : failed.first().first().toString());
    EXPECT_FALSE(discovery.isRunning());
    const auto sources = finished.first().first().value<QList<PoolSourceDiscovery::Source>>();
    ASSERT_EQ(sources.size(), 1);
    EXPECT_EQ(sources.first().host, QStringLiteral("nfs.example"));
    EXPECT_EQ(sources.first().dir, QStringLiteral("/testshare"));

    discovery.start(QStringLiteral("dir"), QString());
    ASSERT_TRUE(failed.wait(10000));
    EXPECT_TRUE(failed.first().first().toString().startsWith(QStringLiteral("Cannot look for dir sources:")))
        << failed.first().first().toString();

    // A cancelled discovery never answers, even though libvirt's call completes.
    finished.clear();
    failed.clear();
    discovery.start(QStringLiteral("logical"), QString());
    discovery.cancel();
    EXPECT_FALSE(discovery.isRunning());
    QTest::qWait(300);
    EXPECT_EQ(finished.count() + failed.count(), 0);

    PoolSourceDiscovery unconnected(ConnectionHandle{});
    QSignalSpy refused(&unconnected, &PoolSourceDiscovery::failed);
    unconnected.start(QStringLiteral("netfs"), QStringLiteral("nfs.example"));
    ASSERT_TRUE(refused.wait(2000));
    EXPECT_EQ(refused.first().first().toString(), QStringLiteral("Not connected."));
}
