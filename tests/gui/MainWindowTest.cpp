// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: Virt Ferry contributors
// The main window with the real widgets on the offscreen platform, fed by real
// test-driver connections.
#include "Connection.h"
#include "ConnectionManager.h"
#include "HostDetailsWidget.h"
#include "HostTreeModel.h"
#include "HostTreeProxyModel.h"
#include "HostTreeView.h"
#include "MainWindow.h"
#include "MigrateWizard.h"
#include "MigrationBatch.h"
#include "MigrationHistory.h"
#include "MigrationHistoryDialog.h"
#include "MigrationProgressDialog.h"
#include "MigrationRecords.h"
#include "NewVmDialog.h"
#include "NodeXmlGenerator.h"
#include "NotificationArea.h"
#include "PoolWizard.h"
#include "QtPrinting.h"
#include "StoragePoolListModel.h"
#include "StorageView.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMimeData>
#include <QToolBar>
#include <QTreeWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <gtest/gtest.h>

namespace {

class MainWindowTest : public ::testing::Test
{
protected:
    MainWindowTest()
        : m_settings(m_dir.filePath(QStringLiteral("settings.conf")), QSettings::IniFormat)
        , m_manager(&m_settings)
        , m_history(std::make_unique<MigrationHistory>(m_dir.filePath(QStringLiteral("migrations"))))
    {
    }

    // The window records migrations in the test's own directory, never the user's.
    void createWindow()
    {
        m_window = std::make_unique<MainWindow>(&m_manager);
        m_window->setMigrationHistory(m_history.get());
    }

    QString writeNode(int count)
    {
        const QString path = m_dir.filePath(QStringLiteral("node-%1.xml").arg(count));
        NodeXmlGenerator::Options options;
        options.domainCount = count;
        EXPECT_EQ(NodeXmlGenerator::write(path, options), QString());
        return QStringLiteral("test://") + path;
    }

    // Opens the window on `uri` and waits until its VMs are painted.
    Connection *showWith(const QString &uri)
    {
        Connection *connection = m_manager.add(ConnectionConfig::fromUri(uri));
        createWindow();
        m_window->show();
        QSignalSpy painted(m_window.get(), &MainWindow::populatedAndPainted);
        connection->open();
        m_window->waitForPopulation({connection});
        EXPECT_TRUE(QTest::qWaitFor([&] { return painted.count() == 1; }, 30000));
        return connection;
    }

    // Opens the window on two private test-driver hosts (two hosts as far as the app can
    // tell) and waits until both have listed their VMs.
    std::pair<Connection *, Connection *> showWithTwo(int firstCount, int secondCount)
    {
        Connection *first = m_manager.add(ConnectionConfig::fromUri(writeNode(firstCount)));
        Connection *second = m_manager.add(ConnectionConfig::fromUri(writeNode(secondCount)));
        createWindow();
        m_window->show();
        QSignalSpy painted(m_window.get(), &MainWindow::populatedAndPainted);
        first->open();
        second->open();
        m_window->waitForPopulation({first, second});
        EXPECT_TRUE(QTest::qWaitFor([&] { return painted.count() == 1; }, 30000));
        return {first, second};
    }

    QAction *action(const char *name) const
    {
        return m_window->findChild<QAction *>(QString::fromLatin1(name));
    }

    void select(const QModelIndexList &proxyIndexes)
    {
        HostTreeView *tree = m_window->hostTreeView();
        tree->selectionModel()->clearSelection();
        for (const QModelIndex &index : proxyIndexes)
            tree->selectionModel()->select(index, QItemSelectionModel::Select | QItemSelectionModel::Rows);
        if (!proxyIndexes.isEmpty())
            tree->selectionModel()->setCurrentIndex(proxyIndexes.first(), QItemSelectionModel::NoUpdate);
    }

    // The wizard the window opened (non-modal to the app, window-modal to the window).
    MigrateWizard *openedWizard() const
    {
        MigrateWizard *wizard = nullptr;
        const bool shown = QTest::qWaitFor([&] {
            wizard = m_window->findChild<MigrateWizard *>();
            return wizard && wizard->isVisible();
        }, 3000);
        return shown ? wizard : nullptr;
    }

    static QStringList names(const QList<DomainInfo> &domains)
    {
        QStringList result;
        for (const DomainInfo &domain : domains)
            result.append(domain.name);
        result.sort();
        return result;
    }

    QModelIndex proxyIndexOfDomain(Connection *connection, const QString &name)
    {
        HostTreeView *tree = m_window->hostTreeView();
        const QModelIndex host = m_window->hostModel()->indexOfConnection(connection);
        for (int row = 0; row < m_window->hostModel()->rowCount(host); ++row) {
            const QModelIndex index = m_window->hostModel()->index(row, 0, host);
            if (index.data().toString() == name)
                return tree->proxyModel()->mapFromSource(index);
        }
        return {};
    }

    QTemporaryDir m_dir;
    QSettings m_settings;
    ConnectionManager m_manager;
    std::unique_ptr<MigrationHistory> m_history;
    std::unique_ptr<MainWindow> m_window;
};

} // namespace

TEST_F(MainWindowTest, ShowsTheTestDriversVmsUnderTheirHost)
{
    Connection *connection = showWith(writeNode(25));
    HostTreeView *tree = m_window->findChild<HostTreeView *>(QStringLiteral("hostTreeView"));
    ASSERT_NE(tree, nullptr);
    const QModelIndex host = tree->model()->index(0, 0);
    EXPECT_EQ(tree->model()->rowCount(host), 25);
    EXPECT_TRUE(tree->isExpanded(host)) << "a new user must see the VMs at once";
    EXPECT_EQ(tree->model()->index(0, HostTreeModel::StateColumn).data().toString(), QStringLiteral("Connected"));
    EXPECT_FALSE(tree->model()->index(0, 0, host).data(Qt::DecorationRole).value<QIcon>().isNull());

    // Selecting the host shows its details from virNodeGetInfo.
    tree->setCurrentIndex(host);
    auto *cpus = m_window->findChild<QLabel *>(QStringLiteral("cpusValueLabel"));
    ASSERT_NE(cpus, nullptr);
    EXPECT_TRUE(cpus->text().startsWith(QStringLiteral("16 "))) << cpus->text().toStdString();
    EXPECT_EQ(m_window->findChild<QLabel *>(QStringLiteral("detailsTitleLabel"))->text(),
              connection->config().effectiveDisplayName());

    // The filter narrows VMs and keeps hosts.
    auto *filter = m_window->findChild<QLineEdit *>(QStringLiteral("filterLineEdit"));
    ASSERT_NE(filter, nullptr);
    QTest::keyClicks(filter, QStringLiteral("vm-0001"));
    EXPECT_EQ(tree->model()->rowCount(tree->model()->index(0, 0)), 10);
    filter->clear();
    EXPECT_EQ(tree->model()->rowCount(tree->model()->index(0, 0)), 25);
}

TEST_F(MainWindowTest, PauseFromTheContextMenuPausesTheVm)
{
    Connection *connection = showWith(writeNode(6));
    HostTreeView *tree = m_window->hostTreeView();
    const QModelIndex vm = proxyIndexOfDomain(connection, QStringLiteral("vm-00000"));
    ASSERT_TRUE(vm.isValid());
    ASSERT_EQ(vm.siblingAtColumn(HostTreeModel::StateColumn).data().toString(), QStringLiteral("Running"));
    tree->selectionModel()->setCurrentIndex(vm, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);

    const QRect rect = tree->visualRect(vm);
    QMetaObject::invokeMethod(tree, "customContextMenuRequested", Q_ARG(QPoint, rect.center()));
    auto *menu = m_window->findChild<QMenu *>(QStringLiteral("hostTreeContextMenu"));
    ASSERT_NE(menu, nullptr);
    ASSERT_TRUE(QTest::qWaitFor([&] { return menu->isVisible(); }, 2000));
    QAction *pause = nullptr;
    for (QAction *action : menu->actions()) {
        if (action->objectName() == QStringLiteral("pauseAction"))
            pause = action;
    }
    ASSERT_NE(pause, nullptr);
    EXPECT_TRUE(pause->isEnabled());
    EXPECT_FALSE(m_window->findChild<QAction *>(QStringLiteral("resumeAction"))->isEnabled());
    menu->setActiveAction(pause);
    QTest::keyClick(menu, Qt::Key_Return);

    EXPECT_TRUE(QTest::qWaitFor(
        [&] { return vm.siblingAtColumn(HostTreeModel::StateColumn).data().toString() == QStringLiteral("Paused"); },
        5000));
    EXPECT_TRUE(QTest::qWaitFor(
        [&] { return m_window->findChild<QAction *>(QStringLiteral("resumeAction"))->isEnabled(); }, 2000));
}

TEST_F(MainWindowTest, DeleteAsksFirstAndCancelKeepsTheVm)
{
    Connection *connection = showWith(writeNode(4));
    HostTreeView *tree = m_window->hostTreeView();
    const QModelIndex vm = proxyIndexOfDomain(connection, QStringLiteral("vm-00001"));
    ASSERT_TRUE(vm.isValid());
    tree->selectionModel()->setCurrentIndex(vm, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QAction *deleteAction = m_window->findChild<QAction *>(QStringLiteral("deleteAction"));
    ASSERT_TRUE(deleteAction->isEnabled());

    // Cancel first: the modal is answered by a single-shot queued before it opens.
    bool sawDialog = false;
    QTimer::singleShot(0, m_window.get(), [&] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        ASSERT_NE(box, nullptr);
        sawDialog = true;
        EXPECT_TRUE(box->text().contains(QStringLiteral("vm-00001")));
        box->button(QMessageBox::Cancel)->click();
    });
    deleteAction->trigger();
    ASSERT_TRUE(QTest::qWaitFor([&] { return sawDialog; }, 2000));
    QTest::qWait(300);
    EXPECT_EQ(m_window->hostModel()->rowCount(m_window->hostModel()->indexOfConnection(connection)), 4);

    // Then confirm.
    tree->selectionModel()->setCurrentIndex(vm, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QTimer::singleShot(0, m_window.get(), [&] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        ASSERT_NE(box, nullptr);
        auto *storage = box->findChild<QCheckBox *>(QStringLiteral("deleteStorageCheckBox"));
        ASSERT_NE(storage, nullptr);
        EXPECT_FALSE(storage->isChecked()) << "deleting disks must be opted into";
        box->findChild<QPushButton *>(QStringLiteral("confirmDeleteButton"))->click();
    });
    deleteAction->trigger();
    EXPECT_TRUE(QTest::qWaitFor(
        [&] { return m_window->hostModel()->rowCount(m_window->hostModel()->indexOfConnection(connection)) == 3; },
        5000));
    EXPECT_FALSE(proxyIndexOfDomain(connection, QStringLiteral("vm-00001")).isValid());
}

TEST_F(MainWindowTest, FailuresGoToTheNotificationAreaNotToModalDialogs)
{
    Connection *connection = showWith(writeNode(3));
    const QModelIndex vm = proxyIndexOfDomain(connection, QStringLiteral("vm-00001")); // shut off
    ASSERT_TRUE(vm.isValid());
    const QString uuid = vm.data(HostTreeModel::UuidRole).toString();
    connection->requestDomainAction(uuid, DomainAction::Resume); // cannot resume a shut-off VM
    connection->requestDomainAction(uuid, DomainAction::Pause);
    NotificationArea *notifications = m_window->notificationArea();
    ASSERT_TRUE(QTest::qWaitFor([&] { return notifications->count() >= 2; }, 5000));
    EXPECT_EQ(QApplication::activeModalWidget(), nullptr);
    EXPECT_TRUE(notifications->latestMessage().contains(QStringLiteral("vm-00001")))
        << notifications->latestMessage().toStdString();
}

TEST_F(MainWindowTest, AHungHostDoesNotHoldUpTheWindowOrOtherHosts)
{
    // A unix socket that accepts and never answers plays the hung daemon.
    Connection *healthy = m_manager.add(ConnectionConfig::fromUri(writeNode(5)));
    ConnectionConfig hungConfig =
        ConnectionConfig::fromUri(QStringLiteral("test+unix:///default?socket=") + m_dir.filePath(QStringLiteral("none")));
    hungConfig.autoconnect = false;
    Connection *hung = m_manager.add(hungConfig);
    hung->setConnectTimeout(60000);
    createWindow();
    m_window->show();
    hung->open();
    healthy->open();
    EXPECT_TRUE(QTest::qWaitFor([&] { return healthy->state() == Connection::State::Connected; }, 10000));
    EXPECT_NE(hung->state(), Connection::State::Connected);
    EXPECT_EQ(m_window->hostModel()->rowCount(m_window->hostModel()->indexOfConnection(healthy)), 5);
}

TEST_F(MainWindowTest, PreferencesApplyToConnectionsAndAreSaved)
{
    createWindow();
    m_window->show();
    QAction *preferences = m_window->findChild<QAction *>(QStringLiteral("preferencesAction"));
    ASSERT_NE(preferences, nullptr);
    bool answered = false;
    QTimer::singleShot(0, m_window.get(), [&] {
        QWidget *dialog = QApplication::activeModalWidget();
        ASSERT_NE(dialog, nullptr);
        auto *timeout = dialog->findChild<QSpinBox *>(QStringLiteral("connectTimeoutSpinBox"));
        auto *interval = dialog->findChild<QDoubleSpinBox *>(QStringLiteral("statsIntervalSpinBox"));
        ASSERT_NE(timeout, nullptr);
        ASSERT_NE(interval, nullptr);
        EXPECT_EQ(timeout->value(), 15) << "the default is 15 s";
        timeout->setValue(4);
        interval->setValue(5.5);
        answered = true;
        QMetaObject::invokeMethod(dialog, "accept");
    });
    preferences->trigger();
    ASSERT_TRUE(QTest::qWaitFor([&] { return answered && !QApplication::activeModalWidget(); }, 3000));
    EXPECT_EQ(m_manager.connectTimeout(), 4000);
    EXPECT_EQ(m_manager.statsInterval(), 5500);
    Connection *added = m_manager.add(ConnectionConfig::fromUri(QStringLiteral("test:///default")));
    EXPECT_EQ(added->connectTimeout(), 4000) << "new connections get the preference";

    ConnectionManager reloaded(&m_settings);
    reloaded.load();
    EXPECT_EQ(reloaded.connectTimeout(), 4000);
    EXPECT_EQ(reloaded.statsInterval(), 5500);
}

TEST_F(MainWindowTest, ASelectedHostHasAStorageTabAndNewActions)
{
    Connection *connection = showWith(QStringLiteral("test:///default"));
    HostTreeView *tree = m_window->hostTreeView();
    QTabWidget *tabs = m_window->findChild<QTabWidget *>(QStringLiteral("detailsTabWidget"));
    ASSERT_NE(tabs, nullptr);
    StorageView *storage = m_window->storageView();
    const int storageTab = tabs->indexOf(storage);
    ASSERT_GE(storageTab, 0);
    EXPECT_EQ(tabs->tabText(storageTab), QStringLiteral("Storage"));
    EXPECT_EQ(tabs->tabText(tabs->indexOf(m_window->findChild<HostDetailsWidget *>())), QStringLiteral("Overview"));
    QAction *newPool = m_window->findChild<QAction *>(QStringLiteral("newPoolAction"));
    QAction *newVm = m_window->findChild<QAction *>(QStringLiteral("newVmAction"));
    ASSERT_NE(newPool, nullptr);
    ASSERT_NE(newVm, nullptr);

    const QModelIndex host = tree->model()->index(0, 0);
    tree->setCurrentIndex(host);
    EXPECT_TRUE(tabs->isTabVisible(storageTab));
    EXPECT_TRUE(newPool->isEnabled());
    EXPECT_TRUE(newVm->isEnabled());
    tabs->setCurrentIndex(storageTab);
    EXPECT_EQ(storage->connection(), connection);
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return storage->poolModel()->indexOfPool(QStringLiteral("default-pool")).isValid(); }, 5000));
    // Two tables need room: the storage tab widens the details side.
    const QList<int> sizes = m_window->findChild<QSplitter *>(QStringLiteral("mainSplitter"))->sizes();
    EXPECT_GT(sizes.value(1), sizes.value(0)) << sizes.value(0) << " " << sizes.value(1);

    // A VM is no host: no storage tab; back on the host, the storage tab returns.
    const QModelIndex vm = proxyIndexOfDomain(connection, QStringLiteral("test"));
    ASSERT_TRUE(vm.isValid());
    tree->selectionModel()->setCurrentIndex(vm, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    EXPECT_FALSE(tabs->isTabVisible(storageTab));
    EXPECT_EQ(tabs->currentWidget(), m_window->findChild<HostDetailsWidget *>());
    EXPECT_TRUE(newVm->isEnabled()) << "a VM's host is the one to create on";
    tree->selectionModel()->setCurrentIndex(host, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    EXPECT_TRUE(tabs->isTabVisible(storageTab));
    EXPECT_EQ(tabs->currentWidget(), storage) << "the user's tab choice sticks";

    // The actions open the wizard and the dialog for that host.
    newPool->trigger();
    PoolWizard *wizard = nullptr;
    ASSERT_TRUE(QTest::qWaitFor([&] {
        wizard = m_window->findChild<PoolWizard *>();
        return wizard && wizard->isVisible();
    }, 2000));
    wizard->reject();
    newVm->trigger();
    NewVmDialog *newVmDialog = nullptr;
    ASSERT_TRUE(QTest::qWaitFor([&] {
        newVmDialog = m_window->findChild<NewVmDialog *>();
        return newVmDialog && newVmDialog->isVisible();
    }, 2000));
    newVmDialog->reject();

    connection->close();
    ASSERT_TRUE(QTest::qWaitFor([&] { return connection->state() == Connection::State::Disconnected; }, 5000));
    EXPECT_FALSE(newPool->isEnabled());
    EXPECT_FALSE(newVm->isEnabled());
    EXPECT_FALSE(storage->findChild<QAction *>(QStringLiteral("createPoolAction"))->isEnabled());
}

TEST_F(MainWindowTest, MigrateIsDisabledWithItsReasonUntilAnotherHostIsConnected)
{
    Connection *connection = showWith(writeNode(6));
    QAction *migrate = action("migrateAction");
    ASSERT_NE(migrate, nullptr);
    EXPECT_FALSE(migrate->isEnabled());
    EXPECT_TRUE(migrate->toolTip().contains(QStringLiteral("select one or more virtual machines")))
        << migrate->toolTip();

    select({proxyIndexOfDomain(connection, QStringLiteral("vm-00000"))});
    EXPECT_FALSE(migrate->isEnabled()) << "one host only: nowhere to go";
    EXPECT_TRUE(migrate->toolTip().contains(QStringLiteral("connect another host"))) << migrate->toolTip();

    // A second host connects: the same selection can now move.
    Connection *other = m_manager.add(ConnectionConfig::fromUri(writeNode(2)));
    other->open();
    ASSERT_TRUE(QTest::qWaitFor([&] { return other->isOpen(); }, 10000));
    EXPECT_TRUE(QTest::qWaitFor([&] { return migrate->isEnabled(); }, 2000));
    EXPECT_EQ(migrate->toolTip(), QStringLiteral("Move the selected virtual machines to another host"));

    // VMs of two hosts are not one migration.
    ASSERT_TRUE(QTest::qWaitFor([&] { return proxyIndexOfDomain(other, QStringLiteral("vm-00000")).isValid(); },
                                10000));
    select({proxyIndexOfDomain(connection, QStringLiteral("vm-00000")),
            proxyIndexOfDomain(other, QStringLiteral("vm-00000"))});
    EXPECT_FALSE(migrate->isEnabled());
    EXPECT_TRUE(migrate->toolTip().contains(QStringLiteral("different hosts"))) << migrate->toolTip();

    // The source itself disconnected.
    select({proxyIndexOfDomain(connection, QStringLiteral("vm-00001"))});
    EXPECT_TRUE(migrate->isEnabled());
    other->close();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !other->isOpen(); }, 5000));
    EXPECT_FALSE(migrate->isEnabled());
}

TEST_F(MainWindowTest, MigrateIsInTheContextMenuToolbarAndVmMenuAndOpensTheWizardOnTheSelection)
{
    const auto [source, destination] = showWithTwo(6, 2);
    QAction *migrate = action("migrateAction");
    ASSERT_NE(migrate, nullptr);
    auto *toolBar = m_window->findChild<QToolBar *>(QStringLiteral("mainToolBar"));
    ASSERT_NE(toolBar, nullptr);
    EXPECT_TRUE(toolBar->actions().contains(migrate));
    bool inAMenu = false;
    for (QMenu *menu : m_window->findChildren<QMenu *>()) {
        if (menu->title() == QStringLiteral("&Virtual Machine"))
            inAMenu = menu->actions().contains(migrate);
    }
    EXPECT_TRUE(inAMenu) << "the Virtual Machine menu has Migrate";

    const QModelIndex first = proxyIndexOfDomain(source, QStringLiteral("vm-00000"));
    const QModelIndex second = proxyIndexOfDomain(source, QStringLiteral("vm-00001"));
    ASSERT_TRUE(first.isValid() && second.isValid());
    select({first, second});
    HostTreeView *tree = m_window->hostTreeView();
    QMetaObject::invokeMethod(tree, "customContextMenuRequested", Q_ARG(QPoint, tree->visualRect(first).center()));
    auto *menu = m_window->findChild<QMenu *>(QStringLiteral("hostTreeContextMenu"));
    ASSERT_NE(menu, nullptr);
    ASSERT_TRUE(QTest::qWaitFor([&] { return menu->isVisible(); }, 2000));
    ASSERT_TRUE(menu->actions().contains(migrate));
    ASSERT_TRUE(migrate->isEnabled());
    menu->close();
    migrate->trigger();

    MigrateWizard *wizard = openedWizard();
    ASSERT_NE(wizard, nullptr);
    EXPECT_EQ(wizard->source(), source);
    EXPECT_NE(wizard->destination(), source) << "never the host the VMs are on";
    EXPECT_EQ(names(wizard->domains()), (QStringList{QStringLiteral("vm-00000"), QStringLiteral("vm-00001")}));
    wizard->reject();
}

TEST_F(MainWindowTest, EvacuateHostSelectsItsRunningVmsAndOpensTheWizardWithThem)
{
    const auto [source, destination] = showWithTwo(7, 1);
    QAction *evacuate = action("evacuateHostAction");
    ASSERT_NE(evacuate, nullptr);
    HostTreeModel *model = m_window->hostModel();
    const QModelIndex host = model->indexOfConnection(source);
    QStringList running;
    QStringList others;
    for (int row = 0; row < model->rowCount(host); ++row) {
        const std::optional<DomainInfo> info = model->domainAt(model->index(row, 0, host));
        ASSERT_TRUE(info.has_value());
        const bool active = info->state == DomainState::Running || info->state == DomainState::Blocked
            || info->state == DomainState::Paused;
        (active ? running : others).append(info->name);
    }
    running.sort();
    ASSERT_GE(running.size(), 2) << "the generated host has running VMs";
    ASSERT_FALSE(others.isEmpty()) << "and shut-off ones, which must stay behind";

    HostTreeView *tree = m_window->hostTreeView();
    const QModelIndex proxyHost = tree->proxyModel()->mapFromSource(host);
    select({proxyHost});
    QMetaObject::invokeMethod(tree, "customContextMenuRequested", Q_ARG(QPoint, tree->visualRect(proxyHost).center()));
    auto *menu = m_window->findChild<QMenu *>(QStringLiteral("hostTreeContextMenu"));
    ASSERT_NE(menu, nullptr);
    ASSERT_TRUE(QTest::qWaitFor([&] { return menu->isVisible(); }, 2000));
    ASSERT_TRUE(menu->actions().contains(evacuate));
    ASSERT_TRUE(evacuate->isEnabled()) << evacuate->toolTip().toStdString();
    menu->close();

    // What the wizard receives, read once it is up (it opens window-modal, without blocking).
    QStringList received;
    Connection *receivedSource = nullptr;
    QTimer::singleShot(0, m_window.get(), [&] {
        if (auto *wizard = m_window->findChild<MigrateWizard *>()) {
            received = names(wizard->domains());
            receivedSource = wizard->source();
            wizard->reject();
        }
    });
    evacuate->trigger();
    ASSERT_TRUE(QTest::qWaitFor([&] { return receivedSource != nullptr; }, 3000));
    EXPECT_EQ(receivedSource, source);
    EXPECT_EQ(received, running);
    QStringList selected;
    for (const QModelIndex &index : tree->selectedSourceRows())
        selected.append(index.data().toString());
    selected.sort();
    EXPECT_EQ(selected, running) << "the tree shows what is about to move";

    // A host with nothing running cannot be evacuated, and says so.
    const QModelIndex otherHost = tree->proxyModel()->mapFromSource(model->indexOfConnection(destination));
    tree->selectionModel()->setCurrentIndex(otherHost, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    const std::optional<DomainInfo> lone = model->domainAt(model->index(0, 0, model->indexOfConnection(destination)));
    ASSERT_TRUE(lone.has_value());
    if (lone->state != DomainState::Running && lone->state != DomainState::Blocked && lone->state != DomainState::Paused) {
        EXPECT_FALSE(evacuate->isEnabled());
        EXPECT_TRUE(evacuate->toolTip().contains(QStringLiteral("no virtual machine runs"))) << evacuate->toolTip();
    } else {
        EXPECT_TRUE(evacuate->isEnabled());
    }
}

TEST_F(MainWindowTest, DroppingVmsOnAnotherHostOpensTheWizardWithThatDestinationAndRunsTheBatch)
{
    const auto [source, destination] = showWithTwo(6, 2);
    HostTreeView *tree = m_window->hostTreeView();
    QAbstractItemModel *proxy = tree->model();
    const QModelIndex first = proxyIndexOfDomain(source, QStringLiteral("vm-00000"));
    const QModelIndex second = proxyIndexOfDomain(source, QStringLiteral("vm-00003"));
    ASSERT_TRUE(first.isValid() && second.isValid());
    const QModelIndex sourceHost = tree->proxyModel()->mapFromSource(m_window->hostModel()->indexOfConnection(source));
    const QModelIndex destinationHost =
        tree->proxyModel()->mapFromSource(m_window->hostModel()->indexOfConnection(destination));

    // What the view would drag: both VM rows, all columns.
    QModelIndexList dragged;
    for (int column = 0; column < proxy->columnCount(); ++column)
        dragged << first.siblingAtColumn(column) << second.siblingAtColumn(column);
    ASSERT_TRUE(proxy->flags(first) & Qt::ItemIsDragEnabled);
    ASSERT_TRUE(proxy->flags(destinationHost) & Qt::ItemIsDropEnabled);
    std::unique_ptr<QMimeData> data(proxy->mimeData(dragged));
    ASSERT_NE(data, nullptr);
    EXPECT_TRUE(data->hasFormat(QString::fromLatin1(HostTreeModel::kDomainsMimeType)));
    EXPECT_TRUE(tree->acceptDrops());

    // Not onto its own host, not onto empty space; VMs of two hosts are no single drag.
    EXPECT_FALSE(proxy->canDropMimeData(data.get(), Qt::MoveAction, -1, -1, sourceHost));
    EXPECT_FALSE(proxy->canDropMimeData(data.get(), Qt::MoveAction, -1, -1, {}));
    const QModelIndex foreignVm = proxyIndexOfDomain(destination, QStringLiteral("vm-00000"));
    ASSERT_TRUE(foreignVm.isValid());
    EXPECT_EQ(proxy->mimeData({first, foreignVm}), nullptr);
    EXPECT_TRUE(proxy->canDropMimeData(data.get(), Qt::MoveAction, -1, -1, destinationHost));
    EXPECT_EQ(m_window->findChild<MigrateWizard *>(), nullptr);

    ASSERT_TRUE(proxy->dropMimeData(data.get(), Qt::MoveAction, -1, -1, destinationHost));
    MigrateWizard *wizard = openedWizard();
    ASSERT_NE(wizard, nullptr);
    EXPECT_EQ(wizard->source(), source);
    EXPECT_EQ(wizard->destination(), destination) << "the host it was dropped on is preselected";
    EXPECT_EQ(names(wizard->domains()), (QStringList{QStringLiteral("vm-00000"), QStringLiteral("vm-00003")}));
    EXPECT_EQ(m_window->hostModel()->rowCount(m_window->hostModel()->indexOfConnection(source)), 6)
        << "a drop moves nothing by itself";

    // Finishing the wizard starts a batch owned by the window and shows its progress. The
    // test driver cannot migrate, so both fail, and the window says so.
    NotificationArea *notifications = m_window->notificationArea();
    const int notificationsBefore = notifications->count();
    wizard->accept();
    auto *progress = m_window->findChild<MigrationProgressDialog *>();
    ASSERT_NE(progress, nullptr);
    EXPECT_TRUE(progress->isVisible());
    auto *rows = progress->findChild<QTreeWidget *>(QStringLiteral("itemsTreeWidget"));
    ASSERT_NE(rows, nullptr);
    EXPECT_EQ(rows->topLevelItemCount(), 2);
    ASSERT_TRUE(QTest::qWaitFor([&] { return m_window->runningMigrations().isEmpty(); }, 20000));
    ASSERT_TRUE(QTest::qWaitFor([&] { return notifications->count() > notificationsBefore; }, 5000));
    EXPECT_TRUE(notifications->latestMessage().contains(QStringLiteral("2 failed")))
        << notifications->latestMessage().toStdString();
    EXPECT_EQ(progress->summaryText(), QStringLiteral("0 moved, 2 failed"));
    EXPECT_TRUE(QTest::qWaitFor([&] { return m_window->findChildren<MigrationBatch *>().isEmpty(); }, 2000))
        << "a finished batch is released";
    EXPECT_EQ(m_window->hostModel()->rowCount(m_window->hostModel()->indexOfConnection(source)), 6);
    // Both started (their checks ran) and failed: the window's history holds them.
    ASSERT_EQ(m_history->records().size(), 2);
    for (const MigrationRecord &record : m_history->records()) {
        EXPECT_EQ(record.result, QStringLiteral("failed"));
        EXPECT_EQ(record.sourceHost, source->config().effectiveDisplayName());
        EXPECT_EQ(record.destinationHost, destination->config().effectiveDisplayName());
    }
}

TEST_F(MainWindowTest, AMigratingVmsRowShowsItsPercent)
{
    Connection *connection = showWith(writeNode(3));
    HostTreeModel *model = m_window->hostModel();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Warning);
    const QModelIndex host = model->indexOfConnection(connection);
    ASSERT_EQ(model->rowCount(host), 3);
    const QModelIndex vm = model->index(0, HostTreeModel::StateColumn, host);
    const QModelIndex other = model->index(1, HostTreeModel::StateColumn, host);
    const QString uuid = vm.data(HostTreeModel::UuidRole).toString();
    const QString before = vm.data().toString();
    const QString otherBefore = other.data().toString();
    EXPECT_FALSE(vm.data(HostTreeModel::MigrationPercentRole).isValid());

    QSignalSpy changed(model, &QAbstractItemModel::dataChanged);
    model->setMigrationProgress(connection, uuid, 42);
    EXPECT_EQ(vm.data().toString(), QStringLiteral("Migrating 42%"));
    EXPECT_EQ(vm.data(HostTreeModel::MigrationPercentRole).toInt(), 42);
    EXPECT_EQ(other.data().toString(), otherBefore) << "only that VM";
    ASSERT_EQ(changed.count(), 1);
    EXPECT_EQ(changed.first().at(0).value<QModelIndex>(), vm);
    model->setMigrationProgress(connection, uuid, 42);
    EXPECT_EQ(changed.count(), 1) << "no change, no signal";
    model->setMigrationProgress(connection, uuid, 150);
    EXPECT_EQ(vm.data().toString(), QStringLiteral("Migrating 100%"));
    // The proxy the tree shows passes it on.
    const QModelIndex shown = m_window->hostTreeView()->proxyModel()->mapFromSource(vm);
    EXPECT_EQ(shown.data().toString(), QStringLiteral("Migrating 100%"));

    model->setMigrationProgress(connection, uuid, std::nullopt);
    EXPECT_EQ(vm.data().toString(), before);
    EXPECT_FALSE(vm.data(HostTreeModel::MigrationPercentRole).isValid());
    model->setMigrationProgress(connection, QStringLiteral("00000000-dead-beef-0000-000000000000"), 10);
    EXPECT_EQ(vm.data().toString(), before) << "an unknown VM changes nothing shown";
}

TEST_F(MainWindowTest, MigrationHistoryOpensForTheVmTheHostOrEverything)
{
    Connection *connection = showWith(writeNode(4));
    HostTreeModel *model = m_window->hostModel();
    const QModelIndex host = model->indexOfConnection(connection);
    const QString hostName = connection->config().effectiveDisplayName();
    const std::optional<DomainInfo> first = model->domainAt(model->index(0, 0, host));
    ASSERT_TRUE(first.has_value());
    auto record
        = [&](const QString &uuid, const QString &name, const QString &source, const QString &destination) {
              QString error;
              EXPECT_TRUE(
                  m_history->add(completedMigrationRecord(uuid, name, source, destination), nullptr, &error))
                  << error;
          };
    record(first->uuid, first->name, hostName, QStringLiteral("elsewhere"));
    record(first->uuid, first->name, QStringLiteral("elsewhere"), hostName);
    record(QStringLiteral("99999999-0000-0000-0000-000000000009"), QStringLiteral("other"), QStringLiteral("x"),
           QStringLiteral("y"));

    QAction *vmHistory = action("vmMigrationHistoryAction");
    QAction *hostHistory = action("hostMigrationHistoryAction");
    QAction *allHistory = action("allMigrationHistoryAction");
    ASSERT_TRUE(vmHistory && hostHistory && allHistory);
    auto inMenuBar = [&](QAction *wanted) {
        for (QMenu *menu : m_window->menuBar()->findChildren<QMenu *>()) {
            if (menu->actions().contains(wanted))
                return true;
        }
        return false;
    };
    EXPECT_TRUE(inMenuBar(vmHistory));
    EXPECT_TRUE(inMenuBar(hostHistory));
    EXPECT_TRUE(inMenuBar(allHistory));

    auto openedDialog = [&]() -> MigrationHistoryDialog * {
        MigrationHistoryDialog *dialog = nullptr;
        (void)QTest::qWaitFor([&] {
            for (MigrationHistoryDialog *candidate : m_window->findChildren<MigrationHistoryDialog *>()) {
                if (candidate->isVisible())
                    dialog = candidate;
            }
            return dialog != nullptr;
        }, 3000);
        return dialog;
    };

    select({proxyIndexOfDomain(connection, first->name)});
    ASSERT_TRUE(vmHistory->isEnabled());
    vmHistory->trigger();
    MigrationHistoryDialog *dialog = openedDialog();
    ASSERT_NE(dialog, nullptr);
    EXPECT_EQ(dialog->visibleRecordCount(), 2);
    EXPECT_TRUE(dialog->windowTitle().contains(first->name));
    dialog->close();
    EXPECT_TRUE(QTest::qWaitFor([&] { return m_window->findChildren<MigrationHistoryDialog *>().isEmpty(); }, 2000));

    select({m_window->hostTreeView()->proxyModel()->mapFromSource(host)});
    EXPECT_FALSE(vmHistory->isEnabled()) << "no VM selected";
    ASSERT_TRUE(hostHistory->isEnabled());
    hostHistory->trigger();
    dialog = openedDialog();
    ASSERT_NE(dialog, nullptr);
    EXPECT_EQ(dialog->visibleRecordCount(), 2) << "as source and as destination";
    dialog->close();
    EXPECT_TRUE(QTest::qWaitFor([&] { return m_window->findChildren<MigrationHistoryDialog *>().isEmpty(); }, 2000));

    allHistory->trigger();
    dialog = openedDialog();
    ASSERT_NE(dialog, nullptr);
    EXPECT_EQ(dialog->visibleRecordCount(), 3);
}
