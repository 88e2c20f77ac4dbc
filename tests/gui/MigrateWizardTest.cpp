// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: Virt Ferry contributors
// The migrate wizard with the real widgets on the offscreen platform, on private
// test-driver hosts (test:///<node.xml>) in one ConnectionManager: alpha holds the VMs,
// beta takes them, gamma stays disconnected.
#include "Connection.h"
#include "ConnectionManager.h"
#include "MigrateWizard.h"
#include "MigrateWizardChecksPage.h"
#include "MigrateWizardDestinationPage.h"
#include "MigrateWizardOptionsPage.h"
#include "MigrateWizardSummaryPage.h"
#include "QtPrinting.h"
#include "ShellQuoting.h"
#include "StoragePoolListModel.h"
#include "TestDriverXml.h"
#include "WidgetLookup.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>
#include <QToolButton>
#include <QTreeWidget>
#include <QXmlStreamWriter>
#include <gtest/gtest.h>

#include <memory>

namespace {

constexpr int kTimeoutMs = 30000;
constexpr quint64 kGiB = quint64(1) << 30;

struct TestDisk
{
    QString target;
    QString path;
};

struct TestDomain
{
    QString name;
    QString uuid;
    int state = 1; // virDomainState: 1 running, 5 shut off
    QList<TestDisk> disks;
};

struct TestPool
{
    QString name;
    QString uuid;
    quint64 capacity = 0;
    quint64 allocation = 0;
};

// A test-driver node file: its domains (with file disks) and running dir pools.
QString writeNode(const QString &path, const QList<TestDomain> &domains, const QList<TestPool> &pools)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return file.errorString();
    QXmlStreamWriter xml(&file);
    xml.setAutoFormatting(true);
    xml.writeStartDocument();
    xml.writeStartElement(QStringLiteral("node"));
    for (const TestDomain &domain : domains) {
        TestDriverXml::startDomain(xml, domain.name, domain.uuid, 512, 1);
        TestDriverXml::writeHvmOs(xml);
        xml.writeStartElement(QStringLiteral("devices"));
        for (const TestDisk &disk : domain.disks)
            TestDriverXml::writeFileDisk(xml, disk.path, disk.target, QStringLiteral("qcow2"));
        xml.writeEndElement();
        TestDriverXml::endDomain(xml, domain.state);
    }
    for (const TestPool &pool : pools) {
        TestDriverXml::startDirPool(
            xml, pool.name, pool.uuid, pool.capacity, pool.allocation, QStringLiteral("/pools/") + pool.name);
        xml.writeEndElement();
    }
    xml.writeEndElement();
    xml.writeEndDocument();
    return file.error() == QFileDevice::NoError ? QString() : file.errorString();
}

const QString kWebUuid = QStringLiteral("5a0a0000-0000-4000-8000-00000000a001");
const QString kDbUuid = QStringLiteral("5a0a0000-0000-4000-8000-00000000a002");

TestDomain web()
{
    return { QStringLiteral("web"), kWebUuid, 1,
        { { QStringLiteral("vda"), QStringLiteral("/pools/default/web.qcow2") },
            { QStringLiteral("vdb"), QStringLiteral("/pools/default/web-data.qcow2") } } };
}

TestDomain db()
{
    return { QStringLiteral("db"), kDbUuid, 5, { { QStringLiteral("vda"), QStringLiteral("/pools/default/db.qcow2") } } };
}

class MigrateWizardTest : public ::testing::Test
{
protected:
    MigrateWizardTest()
        : m_settings(m_dir.filePath(QStringLiteral("settings.conf")), QSettings::IniFormat)
        , m_manager(&m_settings)
    {
    }

    // Adds a host of its own to the manager; opens it unless told not to.
    Connection *addHost(const QString &name, const QList<TestDomain> &domains, const QList<TestPool> &pools,
        bool open = true)
    {
        const QString path = m_dir.filePath(name + QStringLiteral(".xml"));
        EXPECT_EQ(writeNode(path, domains, pools), QString());
        ConnectionConfig config = ConnectionConfig::fromUri(QStringLiteral("test://") + path);
        config.displayName = name;
        config.autoconnect = false;
        Connection *connection = m_manager.add(config);
        if (open) {
            connection->open();
            EXPECT_TRUE(QTest::qWaitFor([connection] { return connection->isOpen(); }, kTimeoutMs))
                << connection->stateReason();
        }
        return connection;
    }

    void addThreeHosts(const QList<TestDomain> &moreOnAlpha = {})
    {
        m_alpha = addHost(QStringLiteral("alpha"), QList<TestDomain> { web(), db() } + moreOnAlpha,
            { { QStringLiteral("default"), QStringLiteral("11111111-0000-4000-8000-000000000001"), 50 * kGiB, 10 * kGiB } });
        m_beta = addHost(QStringLiteral("beta"), {},
            { { QStringLiteral("images"), QStringLiteral("22222222-0000-4000-8000-000000000001"), 100 * kGiB, 40 * kGiB },
                { QStringLiteral("fast"), QStringLiteral("22222222-0000-4000-8000-000000000002"), 20 * kGiB, 1 * kGiB } });
        m_gamma = addHost(QStringLiteral("gamma"), {}, {}, false);
    }

    DomainInfo domainInfo(const TestDomain &domain) const
    {
        DomainInfo info;
        info.uuid = domain.uuid;
        info.name = domain.name;
        info.state = DomainState(domain.state);
        return info;
    }

    MigrateWizard &openWizard(const QList<TestDomain> &domains)
    {
        QList<DomainInfo> infos;
        for (const TestDomain &domain : domains)
            infos << domainInfo(domain);
        m_wizard = std::make_unique<MigrateWizard>(&m_manager, m_alpha, infos);
        m_wizard->show();
        EXPECT_TRUE(QTest::qWaitFor([this] { return m_wizard->disksKnown(); }, kTimeoutMs));
        return *m_wizard;
    }

    QListWidgetItem *destinationItem(const QString &name) const
    {
        auto *list = WidgetLookup(*m_wizard).child<QListWidget>("destinationListWidget");
        for (int row = 0; row < list->count(); ++row) {
            if (list->item(row)->text().startsWith(name + QStringLiteral(" ")) || list->item(row)->text() == name)
                return list->item(row);
        }
        return nullptr;
    }

    template<typename T>
    T *child(const char *name) const
    {
        return WidgetLookup(*m_wizard).child<T>(name);
    }

    bool nextEnabled() const { return m_wizard->button(QWizard::NextButton)->isEnabled(); }

    // From the destination page to the method page with beta chosen.
    void chooseBeta()
    {
        ASSERT_EQ(m_wizard->currentId(), MigrateWizard::DestinationPageId);
        QListWidgetItem *beta = destinationItem(QStringLiteral("beta"));
        ASSERT_NE(beta, nullptr);
        child<QListWidget>("destinationListWidget")->setCurrentItem(beta);
        ASSERT_TRUE(nextEnabled());
        m_wizard->next();
        ASSERT_EQ(m_wizard->currentId(), MigrateWizard::MethodPageId);
    }

    void choose(const char *radio)
    {
        auto *button = child<QRadioButton>(radio);
        ASSERT_TRUE(button->isEnabled()) << radio;
        button->setChecked(true);
    }

    QString reasonLabelText(const char *name) const
    {
        auto *label = child<QLabel>(name);
        return label->isVisibleTo(m_wizard.get()) ? label->text() : QString();
    }

    void saveScreenshot(const QString &name)
    {
        const QString directory = qEnvironmentVariable("VF_SCREENSHOT_DIR");
        QTest::qWait(50);
        const QPixmap image = m_wizard->grab();
        ASSERT_FALSE(image.isNull());
        if (!directory.isEmpty()) {
            const QString path = QDir(directory).filePath(QStringLiteral("migrate-wizard-%1.png").arg(name));
            EXPECT_TRUE(image.save(path)) << path;
        }
    }

    QTemporaryDir m_dir;
    QSettings m_settings;
    ConnectionManager m_manager;
    Connection *m_alpha = nullptr;
    Connection *m_beta = nullptr;
    Connection *m_gamma = nullptr;
    std::unique_ptr<MigrateWizard> m_wizard;
};

} // namespace

TEST_F(MigrateWizardTest, DestinationListGreysUnusableHostsWithTheReason)
{
    addThreeHosts();
    openWizard({ web() });
    auto *list = child<QListWidget>("destinationListWidget");
    ASSERT_EQ(list->count(), 3);

    QListWidgetItem *alpha = destinationItem(QStringLiteral("alpha"));
    QListWidgetItem *beta = destinationItem(QStringLiteral("beta"));
    QListWidgetItem *gamma = destinationItem(QStringLiteral("gamma"));
    ASSERT_TRUE(alpha && beta && gamma);
    EXPECT_FALSE(alpha->flags() & Qt::ItemIsEnabled) << "the source cannot be the destination";
    EXPECT_TRUE(alpha->data(MigrateWizardDestinationPage::ReasonRole).toString().contains(QStringLiteral("on this host")));
    EXPECT_TRUE(alpha->text().contains(alpha->data(MigrateWizardDestinationPage::ReasonRole).toString()))
        << "the reason is shown, not only in a tooltip";
    EXPECT_FALSE(gamma->flags() & Qt::ItemIsEnabled);
    EXPECT_TRUE(gamma->data(MigrateWizardDestinationPage::ReasonRole).toString().startsWith(QStringLiteral("not connected")))
        << gamma->text();
    EXPECT_TRUE(beta->flags() & Qt::ItemIsEnabled);
    EXPECT_TRUE(beta->data(MigrateWizardDestinationPage::ReasonRole).toString().isEmpty());

    list->setCurrentItem(gamma);
    EXPECT_EQ(m_wizard->destination(), nullptr) << "a greyed host cannot be chosen";
    EXPECT_FALSE(nextEnabled());
    list->setCurrentItem(beta);
    EXPECT_EQ(m_wizard->destination(), m_beta);
    EXPECT_TRUE(nextEnabled());

    // Live: gamma connects and becomes usable; beta disconnects and is greyed, unchosen.
    m_gamma->open();
    ASSERT_TRUE(QTest::qWaitFor([&] {
        QListWidgetItem *item = destinationItem(QStringLiteral("gamma"));
        return item && (item->flags() & Qt::ItemIsEnabled);
    }, kTimeoutMs));
    m_beta->close();
    ASSERT_TRUE(QTest::qWaitFor([&] {
        QListWidgetItem *item = destinationItem(QStringLiteral("beta"));
        return item && !(item->flags() & Qt::ItemIsEnabled);
    }, kTimeoutMs));
    EXPECT_EQ(m_wizard->destination(), nullptr);
    EXPECT_FALSE(nextEnabled());
    EXPECT_TRUE(destinationItem(QStringLiteral("beta"))->text().contains(QStringLiteral("not connected")));

    // A host added while the wizard is open shows up.
    addHost(QStringLiteral("delta"), {}, {});
    EXPECT_TRUE(QTest::qWaitFor([&] { return destinationItem(QStringLiteral("delta")) != nullptr; }, kTimeoutMs));
}

TEST_F(MigrateWizardTest, SetDestinationSkipsToTheMethodPage)
{
    addThreeHosts();
    openWizard({ web() });
    m_wizard->setDestination(m_gamma);
    EXPECT_EQ(m_wizard->currentId(), MigrateWizard::DestinationPageId) << "a disconnected host is not taken";
    m_wizard->setDestination(m_beta);
    EXPECT_EQ(m_wizard->currentId(), MigrateWizard::MethodPageId);
    EXPECT_EQ(m_wizard->destination(), m_beta);
}

TEST_F(MigrateWizardTest, MethodChoicesFollowTheVmState)
{
    addThreeHosts();
    openWizard({ web() });
    chooseBeta();
    for (const char *live : { "liveSharedRadioButton", "liveCopyAllRadioButton", "liveCopyIncrementalRadioButton",
             "saveStateRadioButton" })
        EXPECT_TRUE(child<QRadioButton>(live)->isEnabled()) << live;
    for (const char *offline : { "offlineCopyRadioButton", "offlineSharedRadioButton" })
        EXPECT_FALSE(child<QRadioButton>(offline)->isEnabled()) << offline;
    EXPECT_TRUE(reasonLabelText("offlineCopyReasonLabel").contains(QStringLiteral("shut-off"))) << reasonLabelText("offlineCopyReasonLabel");
    EXPECT_TRUE(reasonLabelText("offlineCopyReasonLabel").contains(QStringLiteral("“web” is running")));
    EXPECT_TRUE(reasonLabelText("liveSharedReasonLabel").isEmpty());
    EXPECT_TRUE(child<QRadioButton>("liveSharedRadioButton")->isChecked()) << "the first possible way is preselected";
    EXPECT_TRUE(nextEnabled());

    // Save state and move cannot be temporary: the source forgets the VM.
    choose("saveStateRadioButton");
    EXPECT_FALSE(child<QRadioButton>("temporaryMoveRadioButton")->isEnabled());
    EXPECT_FALSE(reasonLabelText("temporaryMoveReasonLabel").isEmpty());
    EXPECT_EQ(m_wizard->plan().method, MigrationPlan::Method::SaveStateAndMove);
    choose("liveSharedRadioButton");
    EXPECT_TRUE(child<QRadioButton>("temporaryMoveRadioButton")->isEnabled());
    child<QRadioButton>("temporaryMoveRadioButton")->setChecked(true);
    EXPECT_FALSE(m_wizard->plan().options.undefineSource);
    EXPECT_FALSE(m_wizard->plan().options.persistOnDestination) << "a temporary live move leaves no definition";

    m_wizard.reset();
    openWizard({ db() });
    chooseBeta();
    for (const char *live : { "liveSharedRadioButton", "liveCopyAllRadioButton", "liveCopyIncrementalRadioButton",
             "saveStateRadioButton" }) {
        EXPECT_FALSE(child<QRadioButton>(live)->isEnabled()) << live;
    }
    EXPECT_TRUE(reasonLabelText("liveSharedReasonLabel").contains(QStringLiteral("“db” is shut off")))
        << reasonLabelText("liveSharedReasonLabel");
    EXPECT_TRUE(child<QRadioButton>("offlineCopyRadioButton")->isChecked());
    EXPECT_TRUE(child<QRadioButton>("offlineSharedRadioButton")->isEnabled());
    EXPECT_EQ(m_wizard->plan().method, MigrationPlan::Method::OfflineCopy);
    choose("offlineSharedRadioButton");
    EXPECT_EQ(m_wizard->plan().method, MigrationPlan::Method::Libvirt);
    EXPECT_EQ(m_wizard->plan().options.mode, MigrationOptions::Mode::OfflineShared);

    // A running and a shut-off VM together have no common way.
    m_wizard.reset();
    openWizard({ web(), db() });
    chooseBeta();
    for (const char *any : { "liveSharedRadioButton", "offlineCopyRadioButton", "offlineSharedRadioButton" })
        EXPECT_FALSE(child<QRadioButton>(any)->isEnabled()) << any;
    EXPECT_FALSE(nextEnabled());
}

TEST_F(MigrateWizardTest, StoragePageListsDisksAndDestinationPools)
{
    addThreeHosts();
    openWizard({ web() });
    chooseBeta();
    choose("liveCopyAllRadioButton");
    m_wizard->next();
    ASSERT_EQ(m_wizard->currentId(), MigrateWizard::StoragePageId);

    auto *pools = child<StoragePoolListModel>("destinationPoolModel");
    QAbstractItemModelTester tester(pools, QAbstractItemModelTester::FailureReportingMode::Warning);
    auto *disks = child<QTreeWidget>("disksTreeWidget");
    ASSERT_EQ(disks->topLevelItemCount(), 2);
    EXPECT_EQ(disks->topLevelItem(0)->text(1), QStringLiteral("vda"));
    EXPECT_EQ(disks->topLevelItem(1)->text(2), QStringLiteral("/pools/default/web-data.qcow2"));
    auto *combo = child<QComboBox>("destinationPoolComboBox");
    ASSERT_TRUE(QTest::qWaitFor([&] { return combo->count() == 3; }, kTimeoutMs)) << combo->count();
    EXPECT_EQ(combo->currentIndex(), 0) << "libvirt's own placement by default";
    EXPECT_TRUE(m_wizard->plan().destinationPool.isEmpty());
    const int images = combo->findText(QStringLiteral("images"), Qt::MatchStartsWith);
    ASSERT_GE(images, 0);
    const std::optional<PoolInfo> imagesPool = pools->pool(QStringLiteral("images"));
    ASSERT_TRUE(imagesPool.has_value());
    const QString free = formatBytes(imagesPool->availableBytes);
    EXPECT_TRUE(combo->itemText(images).contains(free + QStringLiteral(" free of 100.0 GiB"))) << combo->itemText(images);
    combo->setCurrentIndex(images);
    EXPECT_EQ(m_wizard->plan().destinationPool, QStringLiteral("images"));
    EXPECT_EQ(child<QLabel>("poolFreeLabel")->text(), free + QStringLiteral(" free"));

    // Every disk checked is libvirt's default; one unchecked names the others.
    EXPECT_TRUE(m_wizard->plan().options.migrateDisks.isEmpty());
    disks->topLevelItem(1)->setCheckState(0, Qt::Unchecked);
    EXPECT_EQ(m_wizard->plan().options.migrateDisks, QStringList { QStringLiteral("vda") });
    EXPECT_TRUE(nextEnabled());
    disks->topLevelItem(0)->setCheckState(0, Qt::Unchecked);
    EXPECT_FALSE(nextEnabled()) << "nothing to copy";
    EXPECT_TRUE(child<QLabel>("disksErrorLabel")->isVisibleTo(m_wizard.get()));
    disks->topLevelItem(0)->setCheckState(0, Qt::Checked);
    EXPECT_TRUE(nextEnabled());

    // Offline copy of a shut-off VM: a pool is required, and deleting the source
    // volumes only comes with undefining the source.
    m_wizard.reset();
    openWizard({ db() });
    chooseBeta();
    child<QRadioButton>("temporaryMoveRadioButton")->setChecked(true);
    m_wizard->next();
    ASSERT_EQ(m_wizard->currentId(), MigrateWizard::StoragePageId);
    combo = child<QComboBox>("destinationPoolComboBox");
    ASSERT_TRUE(QTest::qWaitFor([&] { return combo->count() == 2; }, kTimeoutMs)) << combo->count();
    EXPECT_FALSE(m_wizard->plan().destinationPool.isEmpty());
    auto *deleteSource = child<QCheckBox>("deleteSourceVolumesCheckBox");
    EXPECT_FALSE(deleteSource->isEnabled());
    EXPECT_TRUE(reasonLabelText("deleteSourceVolumesReasonLabel").contains(QStringLiteral("undefined on the source")))
        << reasonLabelText("deleteSourceVolumesReasonLabel");
    m_wizard->back();
    child<QRadioButton>("moveRadioButton")->setChecked(true);
    m_wizard->next();
    EXPECT_TRUE(deleteSource->isEnabled());
    deleteSource->setChecked(true);
    EXPECT_TRUE(m_wizard->plan().deleteSourceVolumes);
    EXPECT_TRUE(nextEnabled());
}

TEST_F(MigrateWizardTest, ImpossibleOptionCombinationsAreRefusedWithTheReason)
{
    addThreeHosts();
    openWizard({ web() });
    chooseBeta();
    m_wizard->next(); // live on shared storage: straight to the options
    ASSERT_EQ(m_wizard->currentId(), MigrateWizard::OptionsPageId);
    EXPECT_FALSE(child<QWidget>("advancedWidget")->isVisibleTo(m_wizard.get())) << "advanced starts collapsed";
    child<QToolButton>("advancedToolButton")->click();
    EXPECT_TRUE(child<QWidget>("advancedWidget")->isVisibleTo(m_wizard.get()));
    EXPECT_TRUE(nextEnabled());

    auto *tunnelled = child<QCheckBox>("tunnelledCheckBox");
    ASSERT_TRUE(tunnelled->isEnabled());
    tunnelled->setChecked(true);
    EXPECT_TRUE(child<QCheckBox>("peerToPeerCheckBox")->isChecked()) << "tunnelling runs peer to peer";
    EXPECT_EQ(child<QLineEdit>("connectionUriLineEdit")->text(), m_beta->config().uri());
    EXPECT_TRUE(nextEnabled()) << m_wizard->plan().problems().value(0).reason;

    // Storage copy chosen afterwards: the tunnel is now a problem, at its field.
    m_wizard->back();
    choose("liveCopyAllRadioButton");
    m_wizard->next();
    ASSERT_EQ(m_wizard->currentId(), MigrateWizard::StoragePageId);
    m_wizard->next();
    ASSERT_EQ(m_wizard->currentId(), MigrateWizard::OptionsPageId);
    EXPECT_FALSE(nextEnabled());
    EXPECT_TRUE(reasonLabelText("tunnelledReasonLabel").contains(QStringLiteral("cannot copy storage")))
        << reasonLabelText("tunnelledReasonLabel");
    EXPECT_TRUE(tunnelled->isEnabled()) << "so it can be turned off";
    tunnelled->setChecked(false);
    EXPECT_TRUE(nextEnabled());
    // …and it cannot be ticked again while storage is copied.
    EXPECT_FALSE(tunnelled->isEnabled());
    EXPECT_TRUE(reasonLabelText("tunnelledReasonLabel").contains(QStringLiteral("cannot copy storage")));

    // A typed value with a mistake is shown at its field and blocks Next.
    auto *uri = child<QLineEdit>("migrationUriLineEdit");
    uri->setText(QStringLiteral("ftp://beta"));
    EXPECT_FALSE(nextEnabled());
    EXPECT_TRUE(child<QLabel>("migrationUriErrorLabel")->isVisibleTo(m_wizard.get()));
    EXPECT_TRUE(uri->property("invalid").toBool());
    uri->setText(QStringLiteral("tcp://10.0.0.2:49152"));
    EXPECT_TRUE(nextEnabled());
    EXPECT_FALSE(uri->property("invalid").toBool());

    // The offline migration of a shut-off VM has no use for live-only options.
    m_wizard.reset();
    openWizard({ db() });
    chooseBeta();
    choose("offlineSharedRadioButton");
    m_wizard->next();
    ASSERT_EQ(m_wizard->currentId(), MigrateWizard::OptionsPageId);
    child<QToolButton>("advancedToolButton")->click();
    EXPECT_FALSE(child<QSpinBox>("bandwidthSpinBox")->isEnabled());
    EXPECT_FALSE(reasonLabelText("bandwidthReasonLabel").isEmpty());
    EXPECT_FALSE(child<QCheckBox>("postCopyCheckBox")->isEnabled());
    EXPECT_FALSE(child<QCheckBox>("persistentCheckBox")->isEnabled()) << "offline means defining it there";
    EXPECT_TRUE(child<QCheckBox>("persistentCheckBox")->isChecked());

    // A new name is only for one VM.
    m_wizard.reset();
    openWizard({ web(), { QStringLiteral("app"), QStringLiteral("5a0a0000-0000-4000-8000-00000000a003"), 1, {} } });
    chooseBeta();
    m_wizard->next();
    ASSERT_EQ(m_wizard->currentId(), MigrateWizard::OptionsPageId);
    EXPECT_FALSE(child<QLineEdit>("newNameLineEdit")->isEnabled());
    EXPECT_TRUE(reasonLabelText("newNameReasonLabel").contains(QStringLiteral("one virtual machine")));
    auto *concurrency = child<QSpinBox>("concurrencySpinBox");
    EXPECT_TRUE(concurrency->isVisibleTo(m_wizard.get()));
    concurrency->setValue(2);
    EXPECT_EQ(m_wizard->plan().concurrency, 2);
}

// Post-copy is the point of no return: the option says so before it is ticked, in its
// tooltip and in a note under it, and ticking it puts it in the plan.
TEST_F(MigrateWizardTest, AllowPostCopySaysItCannotBeAbortedOrUndone)
{
    addThreeHosts();
    openWizard({ web() });
    chooseBeta();
    m_wizard->next(); // live on shared storage: straight to the options
    ASSERT_EQ(m_wizard->currentId(), MigrateWizard::OptionsPageId);
    child<QToolButton>("advancedToolButton")->click();
    auto *postCopy = child<QCheckBox>("postCopyCheckBox");
    ASSERT_TRUE(postCopy->isEnabled());
    EXPECT_FALSE(postCopy->isChecked());
    auto *note = child<QLabel>("postCopyWarningLabel");
    EXPECT_TRUE(note->isVisibleTo(m_wizard.get())) << "said before it is ticked";
    for (const QString &text : { postCopy->toolTip(), note->text() }) {
        EXPECT_TRUE(text.contains(QStringLiteral("can no longer be aborted or undone"))) << text;
        EXPECT_TRUE(text.contains(QStringLiteral("lost"))) << text;
    }
    EXPECT_FALSE(m_wizard->plan().options.postCopyAllowed);
    postCopy->setChecked(true);
    EXPECT_TRUE(m_wizard->plan().options.postCopyAllowed);
    EXPECT_TRUE(nextEnabled());
}

TEST_F(MigrateWizardTest, ChecksPageShowsItIsBusy)
{
    addThreeHosts();
    openWizard({ web() });
    chooseBeta();
    m_wizard->next();
    ASSERT_EQ(m_wizard->currentId(), MigrateWizard::OptionsPageId);
    m_wizard->next();
    ASSERT_EQ(m_wizard->currentId(), MigrateWizard::ChecksPageId);
    auto *page = qobject_cast<MigrateWizardChecksPage *>(m_wizard->currentPage());
    ASSERT_NE(page, nullptr);
    // The checks run on threads of their own: the page is busy at first, whatever they find.
    EXPECT_TRUE(page->isChecking());
    EXPECT_TRUE(child<QProgressBar>("checksProgressBar")->isVisibleTo(m_wizard.get()));
    EXPECT_TRUE(child<QLabel>("checksStatusLabel")->text().startsWith(QStringLiteral("Checking")));
    EXPECT_FALSE(nextEnabled());
    EXPECT_FALSE(child<QPushButton>("recheckPushButton")->isEnabled());
}

TEST_F(MigrateWizardTest, AFailedCheckBlocksNextWithItsReason)
{
    // beta already has a VM with web's name and UUID: the migration cannot define it there.
    m_alpha = addHost(QStringLiteral("alpha"), { web() },
        { { QStringLiteral("default"), QStringLiteral("11111111-0000-4000-8000-000000000001"), 50 * kGiB, 10 * kGiB } });
    TestDomain twin = web();
    twin.state = 5;
    m_beta = addHost(QStringLiteral("beta"), { twin }, {});
    openWizard({ web() });
    chooseBeta();
    m_wizard->next();
    m_wizard->next();
    ASSERT_EQ(m_wizard->currentId(), MigrateWizard::ChecksPageId);
    auto *page = qobject_cast<MigrateWizardChecksPage *>(m_wizard->currentPage());
    ASSERT_TRUE(QTest::qWaitFor([&] { return !page->isChecking(); }, kTimeoutMs)) << "the checks never answered";
    const QList<PreflightCheck> checks = page->checks();
    ASSERT_FALSE(checks.isEmpty());
    EXPECT_TRUE(MigrationPreflight::blocks(checks)) << "the name and UUID are taken on beta";
    EXPECT_FALSE(nextEnabled());
    auto *blocked = child<QLabel>("checksBlockedLabel");
    EXPECT_TRUE(blocked->isVisibleTo(m_wizard.get()));
    EXPECT_FALSE(blocked->text().isEmpty());
    auto *tree = child<QTreeWidget>("checksTreeWidget");
    EXPECT_EQ(tree->topLevelItemCount(), checks.size());
    EXPECT_TRUE(child<QPushButton>("recheckPushButton")->isEnabled());
    EXPECT_FALSE(child<QProgressBar>("checksProgressBar")->isVisibleTo(m_wizard.get()));
}

TEST_F(MigrateWizardTest, SummaryShowsTheStepsAndTheVirshLine)
{
    addThreeHosts();
    openWizard({ web() });
    chooseBeta();
    m_wizard->next();
    ASSERT_EQ(m_wizard->currentId(), MigrateWizard::OptionsPageId);
    child<QToolButton>("advancedToolButton")->click();
    child<QSpinBox>("bandwidthSpinBox")->setValue(100);
    child<QLineEdit>("newNameLineEdit")->setText(QStringLiteral("web-moved"));
    child<QCheckBox>("autoConvergeCheckBox")->setChecked(true);
    auto *compression = child<QListWidget>("compressionListWidget");
    compression->findItems(QStringLiteral("zstd"), Qt::MatchExactly).first()->setCheckState(Qt::Checked);
    ASSERT_TRUE(nextEnabled()) << m_wizard->plan().problems().value(0).reason;

    const MigrationPlan plan = m_wizard->plan();
    EXPECT_EQ(plan.method, MigrationPlan::Method::Libvirt);
    EXPECT_EQ(plan.options.mode, MigrationOptions::Mode::LiveShared);
    EXPECT_EQ(plan.options.bandwidthMiBs, 100UL);
    EXPECT_EQ(plan.options.destinationName, QStringLiteral("web-moved"));
    EXPECT_TRUE(plan.options.autoConverge);
    EXPECT_EQ(plan.options.compressionMethods, QStringList { QStringLiteral("zstd") });
    EXPECT_TRUE(plan.options.persistOnDestination);
    EXPECT_TRUE(plan.options.undefineSource);
    EXPECT_FALSE(plan.options.tunnelled);
    EXPECT_EQ(plan.concurrency, 1);

    m_wizard->next(); // checks; validatePage does not wait for them
    m_wizard->next();
    ASSERT_EQ(m_wizard->currentId(), MigrateWizard::SummaryPageId);
    const QString steps = child<QTextEdit>("stepsTextEdit")->toPlainText();
    EXPECT_TRUE(steps.contains(QStringLiteral("Migrate “web” live from alpha to beta"))) << steps;
    EXPECT_TRUE(steps.contains(QStringLiteral("100 MiB/s"))) << steps;
    EXPECT_TRUE(steps.contains(QStringLiteral("called “web-moved”"))) << steps;
    const QString virsh = child<QPlainTextEdit>("virshCommandTextEdit")->toPlainText();
    // Plain `virsh` lines go to the source host, wherever the lines are pasted.
    const QString exportLine = QStringLiteral("export LIBVIRT_DEFAULT_URI=") + shellQuote(m_alpha->config().uri());
    ASSERT_TRUE(virsh.startsWith(exportLine + u'\n')) << virsh;
    const QString commands = virsh.mid(exportLine.size() + 1);
    EXPECT_EQ(commands, plan.virshCommandLines(QStringLiteral("web"), m_beta->config().uri(), m_wizard->disks(kWebUuid)));
    EXPECT_TRUE(commands.startsWith(QStringLiteral("virsh migrate --live --persistent --undefinesource --auto-converge "
                                                "--compressed --comp-methods zstd --bandwidth 100 --dname web-moved "
                                                "--domain web --desturi test://")))
        << virsh;
    EXPECT_TRUE(child<QPlainTextEdit>("virshCommandTextEdit")->isReadOnly());
    child<QPushButton>("copyPushButton")->click();
    EXPECT_EQ(QGuiApplication::clipboard()->text(), virsh);

    EXPECT_TRUE(m_wizard->button(QWizard::FinishButton)->isVisible());
    m_wizard->button(QWizard::FinishButton)->click();
    EXPECT_EQ(m_wizard->result(), QDialog::Accepted);
    EXPECT_EQ(m_wizard->plan(), plan) << "what was clicked is what the caller gets";
    EXPECT_EQ(m_wizard->destination(), m_beta);
}

TEST_F(MigrateWizardTest, OfflineCopySummaryHasTheManualCommands)
{
    addThreeHosts();
    openWizard({ db() });
    chooseBeta();
    m_wizard->next();
    ASSERT_EQ(m_wizard->currentId(), MigrateWizard::StoragePageId);
    auto *combo = child<QComboBox>("destinationPoolComboBox");
    ASSERT_TRUE(QTest::qWaitFor([&] { return combo->count() == 2; }, kTimeoutMs));
    combo->setCurrentIndex(combo->findText(QStringLiteral("fast"), Qt::MatchStartsWith));
    m_wizard->next();
    m_wizard->next();
    m_wizard->next();
    ASSERT_EQ(m_wizard->currentId(), MigrateWizard::SummaryPageId);
    const QString virsh = child<QPlainTextEdit>("virshCommandTextEdit")->toPlainText();
    EXPECT_TRUE(virsh.contains(QStringLiteral("vol-upload --pool fast --vol db.qcow2"))) << virsh;
    EXPECT_TRUE(virsh.contains(QStringLiteral("virsh undefine --domain db"))) << virsh;
    const QString steps = child<QTextEdit>("stepsTextEdit")->toPlainText();
    EXPECT_TRUE(steps.contains(QStringLiteral("into pool “fast” on beta"))) << steps;
}

// Not a check of its own: pictures of every page for docs/, when VF_SCREENSHOT_DIR is set.
TEST_F(MigrateWizardTest, EveryPageRendersForTheScreenshots)
{
    addThreeHosts();
    openWizard({ web() });
    m_wizard->resize(860, 700);
    child<QListWidget>("destinationListWidget")->setCurrentItem(destinationItem(QStringLiteral("beta")));
    saveScreenshot(QStringLiteral("destination"));
    m_wizard->next();
    choose("liveCopyAllRadioButton");
    saveScreenshot(QStringLiteral("method"));
    m_wizard->next();
    ASSERT_EQ(m_wizard->currentId(), MigrateWizard::StoragePageId);
    auto *combo = child<QComboBox>("destinationPoolComboBox");
    ASSERT_TRUE(QTest::qWaitFor([&] { return combo->count() == 3; }, kTimeoutMs));
    combo->setCurrentIndex(combo->findText(QStringLiteral("images"), Qt::MatchStartsWith));
    saveScreenshot(QStringLiteral("storage"));
    m_wizard->next();
    ASSERT_EQ(m_wizard->currentId(), MigrateWizard::OptionsPageId);
    child<QToolButton>("advancedToolButton")->click();
    child<QSpinBox>("bandwidthSpinBox")->setValue(200);
    child<QCheckBox>("autoConvergeCheckBox")->setChecked(true);
    m_wizard->resize(980, 1000);
    saveScreenshot(QStringLiteral("options"));
    m_wizard->resize(860, 700);
    m_wizard->next();
    ASSERT_EQ(m_wizard->currentId(), MigrateWizard::ChecksPageId);
    auto *page = qobject_cast<MigrateWizardChecksPage *>(m_wizard->currentPage());
    // Until the checks answer, the picture shows the busy state.
    [[maybe_unused]] const bool answered = QTest::qWaitFor([&] { return !page->isChecking(); }, 10000);
    saveScreenshot(QStringLiteral("checks"));
    m_wizard->next();
    ASSERT_EQ(m_wizard->currentId(), MigrateWizard::SummaryPageId);
    saveScreenshot(QStringLiteral("summary"));
}

TEST_F(MigrateWizardTest, DestinationXmlEditorRefusesBrokenXmlAndKeepsIt)
{
    addThreeHosts();
    openWizard({ web() });
    chooseBeta();
    m_wizard->next();
    ASSERT_EQ(m_wizard->currentId(), MigrateWizard::OptionsPageId);
    auto *page = qobject_cast<MigrateWizardOptionsPage *>(m_wizard->currentPage());
    ASSERT_NE(page, nullptr);
    child<QToolButton>("advancedToolButton")->click();
    child<QPushButton>("destinationXmlPushButton")->click();
    QDialog *dialog = page->destinationXmlDialog();
    ASSERT_NE(dialog, nullptr);
    auto *edit = dialog->findChild<QPlainTextEdit *>(QStringLiteral("destinationXmlTextEdit"));
    ASSERT_NE(edit, nullptr);
    EXPECT_EQ(edit->toPlainText(), m_wizard->domainXml(kWebUuid)) << "it starts from the source's definition";
    EXPECT_TRUE(edit->toPlainText().contains(QStringLiteral("<name>web</name>")));

    const QString broken = QStringLiteral("<domain><name>web</name>");
    edit->setPlainText(broken);
    auto *buttons = dialog->findChild<QDialogButtonBox *>();
    ASSERT_NE(buttons, nullptr);
    buttons->button(QDialogButtonBox::Ok)->click();
    EXPECT_TRUE(dialog->isVisible()) << "broken XML is not taken";
    auto *error = dialog->findChild<QLabel *>(QStringLiteral("destinationXmlErrorLabel"));
    ASSERT_NE(error, nullptr);
    EXPECT_TRUE(error->isVisibleTo(dialog));
    EXPECT_EQ(edit->toPlainText(), broken) << "nothing typed is lost";
    EXPECT_TRUE(m_wizard->plan().options.destinationXml.isEmpty());

    const QString edited = m_wizard->domainXml(kWebUuid).replace(QStringLiteral("<vcpu"), QStringLiteral("<!-- edited --><vcpu"));
    edit->setPlainText(edited);
    buttons->button(QDialogButtonBox::Ok)->click();
    EXPECT_TRUE(QTest::qWaitFor([&] { return page->destinationXmlDialog() == nullptr; }, kTimeoutMs));
    EXPECT_EQ(m_wizard->plan().options.destinationXml, edited);
    EXPECT_TRUE(child<QLabel>("destinationXmlStatusLabel")->text().startsWith(QStringLiteral("Edited")));
}

TEST_F(MigrateWizardTest, SeveralVmsShareTheDiskChoiceByTargetName)
{
    const TestDomain app { QStringLiteral("app"), QStringLiteral("5a0a0000-0000-4000-8000-00000000a003"), 1,
        { { QStringLiteral("vda"), QStringLiteral("/pools/default/app.qcow2") } } };
    addThreeHosts({ app });
    openWizard({ web(), app });
    chooseBeta();
    choose("liveCopyAllRadioButton");
    m_wizard->next();
    ASSERT_EQ(m_wizard->currentId(), MigrateWizard::StoragePageId);
    auto *disks = child<QTreeWidget>("disksTreeWidget");
    ASSERT_EQ(disks->topLevelItemCount(), 3);
    EXPECT_EQ(disks->topLevelItem(2)->text(0), QStringLiteral("app"));
    EXPECT_FALSE(child<QLabel>("disksErrorLabel")->isVisibleTo(m_wizard.get()));
    // vda of web unchecked: app's vda follows, as the plan names disks by target.
    disks->topLevelItem(0)->setCheckState(0, Qt::Unchecked);
    EXPECT_EQ(disks->topLevelItem(2)->checkState(0), Qt::Unchecked);
    EXPECT_EQ(m_wizard->plan().options.migrateDisks, QStringList { QStringLiteral("vdb") });
    disks->topLevelItem(2)->setCheckState(0, Qt::Checked);
    EXPECT_EQ(disks->topLevelItem(0)->checkState(0), Qt::Checked);
    EXPECT_TRUE(m_wizard->plan().options.migrateDisks.isEmpty()) << "every disk: libvirt's default";
}
