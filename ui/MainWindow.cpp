// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: Virt Ferry contributors
#include "MainWindow.h"

#include "Connection.h"
#include "ConnectionDialog.h"
#include "ConnectionManager.h"
#include "CredentialPrompter.h"
#include "HostDetailsWidget.h"
#include "HostTreeModel.h"
#include "HostTreeProxyModel.h"
#include "HostTreeView.h"
#include "InterruptedMigrationsDialog.h"
#include "MigrateWizard.h"
#include "MigrationBatch.h"
#include "MigrationHistory.h"
#include "MigrationHistoryDialog.h"
#include "MigrationJournal.h"
#include "MigrationProgressDialog.h"
#include "NewVmDialog.h"
#include "NfsExportsController.h"
#include "NotificationArea.h"
#include "PoolWizard.h"
#include "PreferencesDialog.h"
#include "StateIcons.h"
#include "StorageView.h"
#include "Tr.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QCloseEvent>
#include <QDockWidget>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QToolBar>
#include <QTimer>
#include <QToolButton>

// The icons live in the static virtferry_ui library, whose resource initialiser the
// linker would otherwise drop.
namespace {

// A toolbar button shows no mnemonic. Qt drops the "&" of "&Add", but a Chinese
// translation marks it as "添加连接(&A)", which would show as "添加连接(A)".
QString toolButtonText(QString text)
{
    const qsizetype open = text.indexOf(QLatin1String("(&"));
    if (open >= 0 && open + 3 < text.size() && text.at(open + 3) == u')')
        text.remove(open, 4);
    text.replace(QLatin1String("&&"), QLatin1String("\x01")).remove(u'&').replace(u'\x01', u'&');
    if (text.endsWith(u'…'))
        text.chop(1);
    else if (text.endsWith(QLatin1String("...")))
        text.chop(3);
    return text.trimmed();
}

} // namespace

static void initUiResources()
{
    Q_INIT_RESOURCE(resources);
}

MainWindow::MainWindow(ConnectionManager *manager, QWidget *parent)
    : QMainWindow(parent)
    , m_manager(manager)
    , m_model(new HostTreeModel(manager, this))
    , m_tree(new HostTreeView(m_model, this))
    , m_details(new HostDetailsWidget(this))
    , m_storageView(new StorageView(this))
    , m_detailsTabs(new QTabWidget(this))
    , m_notifications(new NotificationArea(this))
    , m_prompter(new CredentialPrompter(this))
    , m_filterLineEdit(new QLineEdit(this))
    , m_statusLabel(new QLabel(this))
{
    initUiResources();
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Virt Ferry"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/virt-ferry.svg")));
    resize(1100, 680);

    m_detailsTabs->setObjectName(QStringLiteral("detailsTabWidget"));
    m_detailsTabs->setDocumentMode(true);
    m_detailsTabs->addTab(m_details, tr("Overview"));
    m_detailsTabs->addTab(m_storageView, tr("Storage"));
    m_storageView->setConnectionsProvider([this] { return m_manager->connections(); });
    connect(m_storageView, &StorageView::problem, this, [this](const QString &message) {
        m_notifications->post(NotificationArea::Severity::Error, message);
    });
    connect(m_detailsTabs, &QTabWidget::currentChanged, this, &MainWindow::onDetailsTabChanged);

    m_splitter = new QSplitter(this);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(m_tree);
    m_splitter->addWidget(m_detailsTabs);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({760, 340});
    setCentralWidget(m_splitter);

    auto *messagesDock = new QDockWidget(tr("Messages"), this);
    messagesDock->setObjectName(QStringLiteral("messagesDockWidget"));
    messagesDock->setWidget(m_notifications);
    addDockWidget(Qt::BottomDockWidgetArea, messagesDock);
    messagesDock->hide();

    m_filterLineEdit->setObjectName(QStringLiteral("filterLineEdit"));
    m_filterLineEdit->setPlaceholderText(tr("Filter virtual machines"));
    m_filterLineEdit->setClearButtonEnabled(true);
    m_filterLineEdit->setMaximumWidth(260);
    connect(m_filterLineEdit, &QLineEdit::textChanged, m_tree, &HostTreeView::setFilterText);

    m_statusLabel->setObjectName(QStringLiteral("statusLabel"));
    statusBar()->addPermanentWidget(m_statusLabel);

    createActions();
    createMenusAndToolBar();
    m_showMessagesAction = messagesDock->toggleViewAction();
    m_showMessagesAction->setObjectName(QStringLiteral("showMessagesAction"));
    m_showMessagesAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_M));
    m_viewMenu->addAction(m_showMessagesAction);

    connect(m_tree->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateActions();
        updateDetails();
    });
    connect(m_tree, &QWidget::customContextMenuRequested, this, &MainWindow::showContextMenu);
    connect(m_tree, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        Connection *connection = m_model->connectionAt(m_tree->proxyModel()->mapToSource(index));
        if (connection && !m_tree->proxyModel()->mapToSource(index).parent().isValid() && !connection->isOpen())
            connection->open();
    });
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this] {
        updateActions();
    });
    // Evacuate depends on which VMs a host has.
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateActions);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateActions);
    // Queued: the wizard opens once the drag has ended, not inside the drop event.
    connect(m_model, &HostTreeModel::migrationDropped, this, &MainWindow::onMigrationDropped, Qt::QueuedConnection);
    connect(m_model, &HostTreeModel::domainsPopulated, this, [this](Connection *connection) {
        markPopulated(connection);
        // Start with something useful in the details panel rather than a hint.
        if (!m_tree->currentIndex().isValid())
            m_tree->selectSource(m_model->indexOfConnection(connection));
    });
    connect(m_notifications, &NotificationArea::posted, this,
            [this, messagesDock](NotificationArea::Severity severity, const QString &message) {
                statusBar()->showMessage(message, 8000);
                if (severity == NotificationArea::Severity::Error)
                    messagesDock->show();
            });

    for (Connection *connection : manager->connections())
        watchConnection(connection);
    connect(manager, &ConnectionManager::connectionAdded, this, &MainWindow::watchConnection);
    m_tree->viewport()->installEventFilter(this);
    updateActions();
    updateDetails();
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    auto makeAction = [this](const QString &text, const QString &objectName, const QKeySequence &shortcut,
                             auto slot) {
        auto *action = new QAction(text, this);
        action->setIconText(toolButtonText(text));
        action->setObjectName(objectName);
        if (!shortcut.isEmpty())
            action->setShortcut(shortcut);
        connect(action, &QAction::triggered, this, slot);
        return action;
    };
    m_addConnectionAction = makeAction(tr("&Add Connection…"), QStringLiteral("addConnectionAction"),
                                       QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N), &MainWindow::addConnection);
    m_addConnectionAction->setIcon(style()->standardIcon(QStyle::SP_FileDialogNewFolder));
    m_editConnectionAction = makeAction(tr("&Edit Connection…"), QStringLiteral("editConnectionAction"), {},
                                        &MainWindow::editConnection);
    m_removeConnectionAction = makeAction(tr("&Remove Connection"), QStringLiteral("removeConnectionAction"), {},
                                          &MainWindow::removeConnection);
    m_connectAction = makeAction(tr("&Connect / Reconnect"), QStringLiteral("connectAction"),
                                 QKeySequence(Qt::CTRL | Qt::Key_R), &MainWindow::connectSelected);
    m_connectAction->setIcon(style()->standardIcon(QStyle::SP_BrowserReload));
    m_disconnectAction = makeAction(tr("&Disconnect"), QStringLiteral("disconnectAction"), {},
                                    &MainWindow::disconnectSelected);
    m_startAction = makeAction(tr("&Start"), QStringLiteral("startAction"), QKeySequence(Qt::CTRL | Qt::Key_Return),
                               [this] { runOnSelected(DomainAction::Start); });
    m_startAction->setIcon(StateIcons::forDomain(DomainState::Running));
    m_shutdownAction = makeAction(tr("Shut &Down"), QStringLiteral("shutdownAction"),
                                  QKeySequence(Qt::CTRL | Qt::Key_D), [this] { runOnSelected(DomainAction::Shutdown); });
    m_shutdownAction->setIcon(StateIcons::forDomain(DomainState::ShutOff));
    m_rebootAction = makeAction(tr("Re&boot"), QStringLiteral("rebootAction"), {},
                                [this] { confirmAndRun(DomainAction::Reboot); });
    m_forceOffAction = makeAction(tr("&Force Off"), QStringLiteral("forceOffAction"), {},
                                  [this] { confirmAndRun(DomainAction::ForceOff); });
    m_forceOffAction->setIcon(StateIcons::forDomain(DomainState::Crashed));
    m_pauseAction = makeAction(tr("&Pause"), QStringLiteral("pauseAction"), QKeySequence(Qt::CTRL | Qt::Key_P),
                               [this] { runOnSelected(DomainAction::Pause); });
    m_pauseAction->setIcon(StateIcons::forDomain(DomainState::Paused));
    m_resumeAction = makeAction(tr("R&esume"), QStringLiteral("resumeAction"), QKeySequence(Qt::CTRL | Qt::Key_U),
                                [this] { runOnSelected(DomainAction::Resume); });
    m_deleteAction = makeAction(tr("De&lete…"), QStringLiteral("deleteAction"), QKeySequence::Delete,
                                &MainWindow::confirmAndDelete);
    m_deleteAction->setIcon(style()->standardIcon(QStyle::SP_TrashIcon));
    m_pauseStatsAction = makeAction(tr("Pause &Statistics"), QStringLiteral("pauseStatsAction"), {},
                                    [this](bool paused) { m_manager->setStatsPaused(paused); });
    m_pauseStatsAction->setCheckable(true);
    m_newVmAction = makeAction(tr("&New Virtual Machine…"), QStringLiteral("newVmAction"),
                               QKeySequence(Qt::CTRL | Qt::Key_N), &MainWindow::openNewVmDialog);
    m_newVmAction->setIcon(style()->standardIcon(QStyle::SP_FileIcon));
    m_newVmAction->setIconText(tr("New VM"));
    m_newVmAction->setToolTip(tr("Define a new virtual machine on the selected host"));
    m_newPoolAction = makeAction(tr("New &Storage Pool…"), QStringLiteral("newPoolAction"), {},
                                 &MainWindow::openPoolWizard);
    m_newPoolAction->setIcon(style()->standardIcon(QStyle::SP_DriveHDIcon));
    m_newPoolAction->setToolTip(tr("Add a storage pool to the selected host, and optionally to other hosts"));
    m_migrateAction = makeAction(tr("&Migrate…"), QStringLiteral("migrateAction"),
                                 QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M), &MainWindow::migrateSelected);
    m_migrateAction->setIcon(style()->standardIcon(QStyle::SP_ArrowForward));
    m_migrateAction->setIconText(tr("Migrate"));
    m_evacuateAction = makeAction(tr("E&vacuate Host…"), QStringLiteral("evacuateHostAction"), {},
                                  &MainWindow::evacuateHost);
    m_vmHistoryAction = makeAction(tr("Migration &History…"), QStringLiteral("vmMigrationHistoryAction"), {},
                                   [this] { openMigrationHistory(HistoryScope::Vm); });
    m_vmHistoryAction->setToolTip(tr("The migrations of the selected virtual machine, with their charts"));
    m_hostHistoryAction = makeAction(tr("Migration &History of Host…"), QStringLiteral("hostMigrationHistoryAction"),
                                     {}, [this] { openMigrationHistory(HistoryScope::Host); });
    m_hostHistoryAction->setToolTip(tr("The migrations from and to the selected host"));
    m_allHistoryAction = makeAction(tr("All &Migrations…"), QStringLiteral("allMigrationHistoryAction"), {},
                                    [this] { openMigrationHistory(HistoryScope::All); });
    m_allHistoryAction->setToolTip(tr("Every migration done from this machine"));
    //: Edits the directories an NFS server shares (/etc/exports); not saving to a file.
    m_nfsExportsAction = makeAction(tr("&NFS Exports on a Server…"), QStringLiteral("nfsExportsAction"), {},
                                    &MainWindow::openNfsExports);
    m_preferencesAction = makeAction(tr("&Preferences…"), QStringLiteral("preferencesAction"),
                                     QKeySequence::Preferences, [this] {
                                         auto *dialog = new PreferencesDialog(m_manager, this);
                                         dialog->setAttribute(Qt::WA_DeleteOnClose);
                                         dialog->open();
                                     });
    m_quitAction = makeAction(tr("&Quit"), QStringLiteral("quitAction"), QKeySequence::Quit, &QWidget::close);
    m_aboutAction = makeAction(tr("&About Virt Ferry"), QStringLiteral("aboutAction"), {}, [this] {
        QMessageBox::about(this, tr("About Virt Ferry"),
                           tr("<b>Virt Ferry %1</b><p>Manage KVM hosts and move virtual machines between them.</p>")
                               .arg(QApplication::applicationVersion()));
    });
}

void MainWindow::createMenusAndToolBar()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    fileMenu->addAction(m_addConnectionAction);
    fileMenu->addAction(m_editConnectionAction);
    fileMenu->addAction(m_removeConnectionAction);
    fileMenu->addSeparator();
    fileMenu->addAction(m_connectAction);
    fileMenu->addAction(m_disconnectAction);
    fileMenu->addAction(m_hostHistoryAction);
    fileMenu->addSeparator();
    fileMenu->addAction(m_newPoolAction);
    fileMenu->addAction(m_nfsExportsAction);
    fileMenu->addAction(m_preferencesAction);
    fileMenu->addSeparator();
    fileMenu->addAction(m_quitAction);

    QMenu *vmMenu = menuBar()->addMenu(tr("&Virtual Machine"));
    vmMenu->addAction(m_newVmAction);
    vmMenu->addSeparator();
    vmMenu->addActions({m_startAction, m_shutdownAction, m_rebootAction, m_forceOffAction});
    vmMenu->addSeparator();
    vmMenu->addActions({m_pauseAction, m_resumeAction});
    vmMenu->addSeparator();
    vmMenu->addActions({m_migrateAction, m_evacuateAction, m_vmHistoryAction});
    vmMenu->addSeparator();
    vmMenu->addAction(m_deleteAction);

    m_viewMenu = menuBar()->addMenu(tr("V&iew"));
    m_viewMenu->addAction(m_pauseStatsAction);
    m_viewMenu->addAction(m_allHistoryAction);

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->addAction(m_aboutAction);

    QToolBar *toolBar = addToolBar(tr("Main", "toolbar name"));
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->addActions({m_addConnectionAction, m_connectAction});
    toolBar->addSeparator();
    // One button for both "new" actions keeps the VM actions and the filter in view.
    auto *newMenu = new QMenu(this);
    newMenu->setObjectName(QStringLiteral("newMenu"));
    newMenu->addActions({m_newVmAction, m_newPoolAction});
    auto *newButton = new QToolButton(toolBar);
    newButton->setObjectName(QStringLiteral("newToolButton"));
    newButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    newButton->setDefaultAction(m_newVmAction);
    newButton->setMenu(newMenu);
    newButton->setPopupMode(QToolButton::MenuButtonPopup);
    toolBar->addWidget(newButton);
    toolBar->addSeparator();
    toolBar->addActions({m_startAction, m_pauseAction, m_shutdownAction, m_forceOffAction, m_deleteAction});
    toolBar->addSeparator();
    toolBar->addAction(m_migrateAction);
    auto *spacer = new QWidget(toolBar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    toolBar->addWidget(spacer);
    toolBar->addWidget(m_filterLineEdit);
}

void MainWindow::watchConnection(Connection *connection)
{
    connect(connection, &Connection::credentialsRequested, m_prompter, &CredentialPrompter::prompt);
    connect(connection, &Connection::problem, this, [this](const QString &message) {
        m_notifications->post(NotificationArea::Severity::Warning, message);
    });
    connect(connection, &Connection::stateChanged, this,
            [this, connection] { onConnectionStateChanged(connection); });
    connect(connection, &Connection::actionFinished, this,
            [this, connection](quint64, const QString &uuid, DomainAction action, bool succeeded,
                               const QString &message) {
                onActionFinished(connection, uuid, action, succeeded, message);
            });
}

void MainWindow::onConnectionStateChanged(Connection *connection)
{
    const QString name = connection->config().effectiveDisplayName();
    switch (connection->state()) {
    case Connection::State::Failed:
        m_notifications->post(NotificationArea::Severity::Error,
                              //: %1 is a connection's name, %2 why it failed or closed.
                              tr("%1: %2").arg(name, connection->stateText()));
        markPopulated(connection);
        break;
    case Connection::State::Disconnected:
        if (!connection->stateReason().isEmpty())
            m_notifications->post(NotificationArea::Severity::Error, tr("%1: %2").arg(name, connection->stateText()));
        break;
    case Connection::State::Connected:
        m_statusLabel->setText(tr("%1 connected").arg(name));
        checkInterruptedMigrations();
        break;
    case Connection::State::Connecting:
        break;
    }
    updateActions();
    updateDetails();
}

void MainWindow::onActionFinished(Connection *connection, const QString &uuid, DomainAction action, bool succeeded,
                                  const QString &message)
{
    const QModelIndex index = m_model->indexOfDomain(connection, uuid);
    const QString name = index.isValid() ? index.data().toString() : uuid;
    if (succeeded) {
        //: %1 is a virtual machine, %2 an action such as "Start" or "Reboot".
        statusBar()->showMessage(tr("%1: %2 done").arg(name, domainActionText(action)), 5000);
        if (!message.isEmpty())
            m_notifications->post(NotificationArea::Severity::Information, tr("%1: %2").arg(name, message));
        return;
    }
    m_notifications->post(NotificationArea::Severity::Error,
                          //: %1 is an action such as "Start" or "Reboot", %2 the virtual machine, %3 libvirt's error.
                          tr("%1 failed for %2: %3").arg(domainActionText(action), name, message));
}

QList<Connection *> MainWindow::selectedConnections() const
{
    QList<Connection *> result;
    for (const QModelIndex &index : m_tree->selectedSourceRows()) {
        Connection *connection = m_model->connectionAt(index);
        if (connection && !index.parent().isValid() && !result.contains(connection))
            result.append(connection);
    }
    return result;
}

QList<MainWindow::SelectedDomain> MainWindow::selectedDomains() const
{
    QList<SelectedDomain> result;
    for (const QModelIndex &index : m_tree->selectedSourceRows()) {
        if (auto info = m_model->domainAt(index))
            result.append(SelectedDomain{m_model->connectionAt(index), *info});
    }
    return result;
}

void MainWindow::updateActions()
{
    const QList<SelectedDomain> domains = selectedDomains();
    const QList<Connection *> connections = selectedConnections();
    auto any = [&domains](auto predicate) {
        return std::any_of(domains.cbegin(), domains.cend(), [&](const SelectedDomain &d) { return predicate(d.info.state); });
    };
    const auto isRunning = [](DomainState s) { return s == DomainState::Running || s == DomainState::Blocked; };
    m_startAction->setEnabled(any([](DomainState s) { return s == DomainState::ShutOff || s == DomainState::Crashed; }));
    m_shutdownAction->setEnabled(any(isRunning));
    m_rebootAction->setEnabled(any(isRunning));
    m_forceOffAction->setEnabled(any([](DomainState s) { return domainStateIsActive(s); }));
    m_pauseAction->setEnabled(any(isRunning));
    m_resumeAction->setEnabled(any([](DomainState s) { return s == DomainState::Paused; }));
    m_deleteAction->setEnabled(!domains.isEmpty());
    m_editConnectionAction->setEnabled(connections.size() == 1);
    m_removeConnectionAction->setEnabled(!connections.isEmpty());
    m_connectAction->setEnabled(std::any_of(connections.cbegin(), connections.cend(), [](Connection *c) {
        return c->state() != Connection::State::Connected && c->state() != Connection::State::Connecting;
    }));
    m_disconnectAction->setEnabled(std::any_of(connections.cbegin(), connections.cend(), [](Connection *c) {
        return c->state() == Connection::State::Connected || c->state() == Connection::State::Connecting;
    }));
    Connection *current = currentConnection();
    m_newPoolAction->setEnabled(current && current->isOpen());
    m_newVmAction->setEnabled(current && current->isOpen());
    m_vmHistoryAction->setEnabled(!domains.isEmpty());
    m_hostHistoryAction->setEnabled(current != nullptr);

    // A disabled action says why in its tooltip (and the status bar on hover).
    const QString migrateReason = migrateUnavailableReason();
    m_migrateAction->setEnabled(migrateReason.isEmpty());
    m_migrateAction->setToolTip(migrateReason.isEmpty()
                                    ? tr("Move the selected virtual machines to another host")
                                    : tr("Migrate: %1").arg(migrateReason));
    m_migrateAction->setStatusTip(m_migrateAction->toolTip());
    const QString evacuateReason = evacuateUnavailableReason(current);
    m_evacuateAction->setEnabled(evacuateReason.isEmpty());
    m_evacuateAction->setToolTip(evacuateReason.isEmpty()
                                     ? tr("Migrate every running virtual machine of this host to another host")
                                     : tr("Evacuate host: %1").arg(evacuateReason));
    m_evacuateAction->setStatusTip(m_evacuateAction->toolTip());
}

bool MainWindow::hasOtherOpenHost(const Connection *connection) const
{
    const QList<Connection *> &all = m_manager->connections();
    return std::any_of(all.cbegin(), all.cend(),
                       [connection](const Connection *other) { return other != connection && other->isOpen(); });
}

QString MainWindow::migrateUnavailableReason() const
{
    const QList<SelectedDomain> domains = selectedDomains();
    if (domains.isEmpty())
        return tr("select one or more virtual machines first.");
    Connection *source = domains.first().connection;
    for (const SelectedDomain &domain : domains) {
        if (domain.connection != source)
            return tr("the selected virtual machines are on different hosts; select those of one host.");
    }
    if (!source->isOpen())
        return tr("%1 is not connected.").arg(source->config().effectiveDisplayName());
    if (!hasOtherOpenHost(source))
        return tr("connect another host to migrate to.");
    return {};
}

QString MainWindow::evacuateUnavailableReason(Connection *host) const
{
    if (!host)
        return tr("select a host first.");
    const QString name = host->config().effectiveDisplayName();
    if (!host->isOpen())
        return tr("%1 is not connected.").arg(name);
    const QModelIndex hostIndex = m_model->indexOfConnection(host);
    bool anyRunning = false;
    for (int row = 0; row < m_model->rowCount(hostIndex) && !anyRunning; ++row) {
        const auto state = DomainState(m_model->index(row, 0, hostIndex).data(HostTreeModel::DomainStateRole).toInt());
        anyRunning = state == DomainState::Running || state == DomainState::Blocked || state == DomainState::Paused;
    }
    if (!anyRunning)
        return tr("no virtual machine runs on %1.").arg(name);
    if (!hasOtherOpenHost(host))
        return tr("connect another host to migrate to.");
    return {};
}

QList<MigrationBatch *> MainWindow::runningMigrations() const
{
    QList<MigrationBatch *> running;
    for (MigrationBatch *batch : findChildren<MigrationBatch *>(Qt::FindDirectChildrenOnly)) {
        if (!batch->isFinished())
            running.append(batch);
    }
    return running;
}

void MainWindow::migrateSelected()
{
    if (!migrateUnavailableReason().isEmpty())
        return;
    const QList<SelectedDomain> selected = selectedDomains();
    QList<DomainInfo> domains;
    for (const SelectedDomain &domain : selected)
        domains.append(domain.info);
    openMigrateWizard(selected.first().connection, domains, nullptr);
}

void MainWindow::evacuateHost()
{
    Connection *host = currentConnection();
    if (!evacuateUnavailableReason(host).isEmpty())
        return;
    // Select what is about to move, so the tree shows it as the wizard asks.
    const QModelIndex hostIndex = m_model->indexOfConnection(host);
    QList<DomainInfo> domains;
    QItemSelection selection;
    for (int row = 0; row < m_model->rowCount(hostIndex); ++row) {
        const QModelIndex index = m_model->index(row, 0, hostIndex);
        const std::optional<DomainInfo> info = m_model->domainAt(index);
        if (!info
            || (info->state != DomainState::Running && info->state != DomainState::Blocked
                && info->state != DomainState::Paused))
            continue;
        domains.append(*info);
        const QModelIndex proxyIndex = m_tree->proxyModel()->mapFromSource(index);
        if (proxyIndex.isValid())
            selection.select(proxyIndex, proxyIndex);
    }
    m_tree->expand(m_tree->proxyModel()->mapFromSource(hostIndex));
    m_tree->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    openMigrateWizard(host, domains, nullptr);
}

void MainWindow::onMigrationDropped(Connection *source, const QStringList &uuids, Connection *destination)
{
    // The drop was queued: the hosts may have gone meanwhile.
    const QList<Connection *> &all = m_manager->connections();
    if (!all.contains(source) || !all.contains(destination) || !source->isOpen() || !destination->isOpen())
        return;
    QList<DomainInfo> domains;
    for (const QString &uuid : uuids) {
        if (const std::optional<DomainInfo> info = m_model->domainAt(m_model->indexOfDomain(source, uuid)))
            domains.append(*info);
    }
    if (domains.isEmpty())
        return;
    openMigrateWizard(source, domains, destination);
}

void MainWindow::openMigrateWizard(Connection *source, const QList<DomainInfo> &domains, Connection *destination)
{
    auto *wizard = new MigrateWizard(m_manager, source, domains, this);
    wizard->setObjectName(QStringLiteral("migrateWizard"));
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    if (destination)
        wizard->setDestination(destination);
    connect(wizard, &QDialog::accepted, this, [this, wizard] { startMigration(wizard); });
    wizard->open();
}

void MainWindow::startMigration(MigrateWizard *wizard)
{
    Connection *source = wizard->source();
    Connection *destination = wizard->destination();
    const QList<Connection *> &all = m_manager->connections();
    if (!source || !destination || !all.contains(source) || !all.contains(destination) || !source->isOpen()
        || !destination->isOpen()) {
        m_notifications->post(NotificationArea::Severity::Error,
                              tr("The migration did not start: the source or the destination host is no longer "
                                 "connected."));
        return;
    }
    QList<MigrationTarget> targets;
    for (const DomainInfo &domain : wizard->domains())
        targets.append(MigrationTarget{domain.uuid, domain.name});
    const QString sourceName = source->config().effectiveDisplayName();
    const QString destinationName = destination->config().effectiveDisplayName();
    // Owned by the window, so it runs on whatever happens to its progress window.
    auto *batch = new MigrationBatch(source->handle(), destination->handle(), destination->config().uri(), targets,
                                     wizard->plan(), this);
    batch->setHistory(migrationHistory(), sourceName, destinationName);
    batch->setJournal(migrationJournal(), source, destination);
    // The VM's row shows how far its migration is; the source's row, as the VM shows up
    // on the destination only once it has moved.
    const QPointer<Connection> sourceConnection(source);
    connect(batch, &MigrationBatch::itemProgress, this,
            [this, sourceConnection, targets](int index, quint64 done, quint64 total) {
                if (!sourceConnection || index < 0 || index >= targets.size() || total == 0)
                    return;
                m_model->setMigrationProgress(sourceConnection, targets.at(index).uuid,
                                              int(std::min<quint64>(100, done * 100 / total)));
            });
    connect(batch, &MigrationBatch::itemStateChanged, this,
            [this, sourceConnection, targets](int index, MigrationBatch::ItemState state) {
                if (sourceConnection && index >= 0 && index < targets.size() && MigrationBatch::isFinalState(state))
                    m_model->setMigrationProgress(sourceConnection, targets.at(index).uuid, std::nullopt);
            });
    connect(batch, &MigrationBatch::finished, this,
            [this, batch, destinationName, sourceConnection](int succeeded, int failed, int cancelled) {
                QStringList parts{tr("%n moved", nullptr, succeeded)};
                if (failed > 0)
                    parts.append(tr("%n failed", nullptr, failed));
                if (cancelled > 0)
                    parts.append(tr("%n cancelled", nullptr, cancelled));
                m_notifications->post(failed > 0 ? NotificationArea::Severity::Error
                                                 : NotificationArea::Severity::Information,
                                      tr("Migration to %1: %2").arg(destinationName, Tr::joinedList(parts)));
                for (int index = 0; index < batch->count(); ++index) {
                    if (sourceConnection)
                        m_model->setMigrationProgress(sourceConnection, batch->target(index).uuid, std::nullopt);
                }
                // The progress window keeps its own copy of the rows.
                batch->deleteLater();
            });
    auto *dialog = new MigrationProgressDialog(batch, sourceName, destinationName, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    batch->start();
}

MigrationHistory *MainWindow::migrationHistory()
{
    if (!m_history)
        m_history = new MigrationHistory({}, this);
    return m_history;
}

void MainWindow::setMigrationHistory(MigrationHistory *history)
{
    m_history = history;
}

MigrationJournal *MainWindow::migrationJournal()
{
    if (!m_journal)
        m_journal = new MigrationJournal({}, this);
    return m_journal;
}

void MainWindow::setMigrationJournal(MigrationJournal *journal)
{
    m_journal = journal;
    m_leftoverJournalIds.reset();
}

InterruptedMigrationsDialog *MainWindow::interruptedMigrationsDialog() const
{
    return m_interruptedDialog;
}

void MainWindow::checkInterruptedMigrations()
{
    MigrationJournal *journal = migrationJournal();
    if (!m_leftoverJournalIds) {
        m_leftoverJournalIds.emplace();
        for (const MigrationJournalEntry &entry : journal->entries())
            m_leftoverJournalIds->insert(entry.id);
        for (const QString &problem : journal->problems())
            m_notifications->post(NotificationArea::Severity::Warning, problem);
    }
    for (const MigrationJournalEntry &entry : journal->entries()) {
        if (!m_leftoverJournalIds->contains(entry.id) || (m_interruptedDialog && m_interruptedDialog->isChecking(entry.id)))
            continue;
        Connection *source = m_manager->findById(entry.sourceId);
        if (!source)
            source = m_manager->findByUri(entry.sourceUri);
        Connection *destination = m_manager->findById(entry.destinationId);
        if (!destination)
            destination = m_manager->findByUri(entry.destinationUri);
        // The source holds the job: without it nothing can be told yet.
        if (!source || !source->isOpen())
            continue;
        if (!m_interruptedDialog) {
            m_interruptedDialog = new InterruptedMigrationsDialog(journal, migrationHistory(), this);
            m_interruptedDialog->setAttribute(Qt::WA_DeleteOnClose);
        }
        const bool newRow = !m_interruptedDialog->hasEntry(entry.id);
        m_interruptedDialog->check(entry, source->handle(),
            destination && destination->isOpen() ? destination->handle() : ConnectionHandle());
        if (newRow)
            m_interruptedDialog->show();
    }
}

void MainWindow::openMigrationHistory(HistoryScope scope)
{
    auto *dialog = new MigrationHistoryDialog(migrationHistory(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (scope == HistoryScope::Vm) {
        const QList<SelectedDomain> domains = selectedDomains();
        if (domains.isEmpty()) {
            delete dialog;
            return;
        }
        dialog->setVmFilter(domains.first().info.uuid, domains.first().info.name);
    } else if (scope == HistoryScope::Host) {
        Connection *host = currentConnection();
        if (!host) {
            delete dialog;
            return;
        }
        dialog->setHostFilter(host->config().effectiveDisplayName());
    }
    dialog->show();
}

Connection *MainWindow::currentConnection() const
{
    return m_model->connectionAt(m_tree->currentSourceIndex());
}

void MainWindow::openPoolWizard()
{
    Connection *connection = currentConnection();
    if (!connection || !connection->isOpen())
        return;
    QList<Connection *> others;
    for (Connection *other : m_manager->connections()) {
        if (other != connection && other->isOpen())
            others.append(other);
    }
    auto *wizard = new PoolWizard(connection, others, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->open();
}

void MainWindow::openNewVmDialog()
{
    Connection *connection = currentConnection();
    if (!connection || !connection->isOpen())
        return;
    auto *dialog = new NewVmDialog(connection, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::onDetailsTabChanged(int index)
{
    const bool storage = m_detailsTabs->widget(index) == m_storageView;
    if (!m_switchingTabs)
        m_storageTabWanted = storage;
    // Two tables of pools and volumes need more room than the overview's form.
    if (storage && m_sizesBeforeStorage.isEmpty()) {
        const QList<int> sizes = m_splitter->sizes();
        const int total = sizes.value(0) + sizes.value(1);
        const int left = std::min(sizes.value(0), std::max(300, total * 3 / 10));
        if (left < sizes.value(0)) {
            m_sizesBeforeStorage = sizes;
            m_splitter->setSizes({left, total - left});
        }
    } else if (!storage && !m_sizesBeforeStorage.isEmpty()) {
        m_splitter->setSizes(m_sizesBeforeStorage);
        m_sizesBeforeStorage.clear();
    }
}

void MainWindow::updateDetails()
{
    const QModelIndex current = m_tree->currentSourceIndex();
    Connection *connection = m_model->connectionAt(current);
    const int storageTab = m_detailsTabs->indexOf(m_storageView);
    m_switchingTabs = true;
    m_storageView->setConnection(connection);
    const std::optional<DomainInfo> domain = connection ? m_model->domainAt(current) : std::nullopt;
    const bool host = connection && !domain;
    m_detailsTabs->setTabVisible(storageTab, host);
    if (host && m_storageTabWanted)
        m_detailsTabs->setCurrentIndex(storageTab);
    else if (!host)
        m_detailsTabs->setCurrentWidget(m_details);
    m_switchingTabs = false;
    if (!connection)
        m_details->showNothing();
    else if (domain)
        m_details->showDomain(connection, *domain);
    else
        m_details->showHost(connection);
}

void MainWindow::showContextMenu(const QPoint &position)
{
    const QModelIndex proxyIndex = m_tree->indexAt(position);
    if (!proxyIndex.isValid()) {
        QMenu menu(this);
        menu.addAction(m_addConnectionAction);
        menu.exec(m_tree->viewport()->mapToGlobal(position));
        return;
    }
    auto *menu = new QMenu(this);
    menu->setObjectName(QStringLiteral("hostTreeContextMenu"));
    menu->setAttribute(Qt::WA_DeleteOnClose);
    if (m_model->domainAt(m_tree->proxyModel()->mapToSource(proxyIndex))) {
        menu->addActions({m_startAction, m_shutdownAction, m_rebootAction, m_forceOffAction});
        menu->addSeparator();
        menu->addActions({m_pauseAction, m_resumeAction});
        menu->addSeparator();
        menu->addActions({m_migrateAction, m_vmHistoryAction});
        menu->addSeparator();
        menu->addAction(m_deleteAction);
    } else {
        menu->addActions({m_connectAction, m_disconnectAction});
        menu->addSeparator();
        menu->addActions({m_newVmAction, m_newPoolAction});
        menu->addSeparator();
        menu->addActions({m_evacuateAction, m_hostHistoryAction});
        menu->addSeparator();
        menu->addActions({m_editConnectionAction, m_removeConnectionAction});
        menu->addSeparator();
        menu->addAction(m_nfsExportsAction);
    }
    menu->popup(m_tree->viewport()->mapToGlobal(position));
}

void MainWindow::addConnection()
{
    auto *dialog = new ConnectionDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Add Connection"));
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        ConnectionConfig config = dialog->config();
        if (Connection *existing = m_manager->findByUri(config.uri())) {
            m_notifications->post(NotificationArea::Severity::Warning,
                                  tr("A connection to %1 already exists.").arg(config.uri()));
            existing->open();
            return;
        }
        Connection *connection = m_manager->add(config);
        m_manager->save();
        connection->open();
        m_tree->selectSource(m_model->indexOfConnection(connection));
    });
    dialog->open();
}

void MainWindow::editConnection()
{
    const QList<Connection *> connections = selectedConnections();
    if (connections.size() != 1)
        return;
    Connection *connection = connections.first();
    auto *dialog = new ConnectionDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Edit Connection"));
    dialog->setConfig(connection->config());
    connect(dialog, &QDialog::accepted, this, [this, dialog, connection] {
        connection->setConfig(dialog->config());
        m_manager->save();
    });
    dialog->open();
}

void MainWindow::removeConnection()
{
    const QList<Connection *> connections = selectedConnections();
    if (connections.isEmpty())
        return;
    QStringList names;
    for (Connection *connection : connections)
        names.append(connection->config().effectiveDisplayName());
    auto *box = new QMessageBox(QMessageBox::Question, tr("Remove connection"),
                                tr("Remove %1 from the list? Its virtual machines are not touched.")
                                    .arg(Tr::joinedList(names)),
                                QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::accepted, this, [this, connections] {
        for (Connection *connection : connections) {
            m_awaitingPopulation.remove(connection);
            m_manager->remove(connection);
        }
        m_manager->save();
    });
    box->open();
}

void MainWindow::openNfsExports()
{
    // Suggest the selected remote host: the article's NFS server is often a KVM host too.
    QString suggestion;
    const QList<Connection *> connections = selectedConnections();
    if (connections.size() == 1 && connections.first()->config().isRemote()) {
        const ConnectionConfig &config = connections.first()->config();
        suggestion = (config.user.isEmpty() ? QStringLiteral("root") : config.user) + u'@' + config.host;
    }
    const auto options = NfsExportsController::askForServer(suggestion, this);
    if (!options)
        return;
    auto *controller = new NfsExportsController(*options, m_prompter, this);
    controller->start();
}

void MainWindow::connectSelected()
{
    for (Connection *connection : selectedConnections())
        connection->open();
}

void MainWindow::disconnectSelected()
{
    for (Connection *connection : selectedConnections())
        connection->close();
}

void MainWindow::runOnSelected(DomainAction action)
{
    for (const SelectedDomain &domain : selectedDomains())
        domain.connection->requestDomainAction(domain.info.uuid, action);
}

void MainWindow::confirmAndRun(DomainAction action)
{
    const QList<SelectedDomain> domains = selectedDomains();
    if (domains.isEmpty())
        return;
    QStringList names;
    for (const SelectedDomain &domain : domains)
        names.append(domain.info.name);
    const QString question = action == DomainAction::ForceOff
        ? tr("Force off %1? This is like pulling the power cord: unsaved data in the guest is lost.")
        : tr("Reboot %1?");
    auto *box = new QMessageBox(QMessageBox::Warning, domainActionText(action),
                                question.arg(Tr::joinedList(names)), QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("confirmActionMessageBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->addButton(domainActionText(action), QMessageBox::AcceptRole);
    connect(box, &QMessageBox::accepted, this, [domains, action] {
        for (const SelectedDomain &domain : domains)
            domain.connection->requestDomainAction(domain.info.uuid, action);
    });
    box->open();
}

void MainWindow::confirmAndDelete()
{
    const QList<SelectedDomain> domains = selectedDomains();
    if (domains.isEmpty())
        return;
    QStringList names;
    bool anyActive = false;
    for (const SelectedDomain &domain : domains) {
        names.append(domain.info.name);
        anyActive = anyActive || domainStateIsActive(domain.info.state);
    }
    QString text = tr("Delete %1? The definition is removed from its host.").arg(Tr::joinedList(names));
    if (anyActive)
        text += u' ' + tr("Running virtual machines are forced off first.");
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Delete virtual machine"), text, QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("deleteMessageBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *deleteButton = box->addButton(tr("Delete"), QMessageBox::DestructiveRole);
    deleteButton->setObjectName(QStringLiteral("confirmDeleteButton"));
    auto *storageCheckBox = new QCheckBox(tr("Also delete its storage volumes (cannot be undone)"), box);
    storageCheckBox->setObjectName(QStringLiteral("deleteStorageCheckBox"));
    box->setCheckBox(storageCheckBox);
    box->setDefaultButton(QMessageBox::Cancel);
    connect(box, &QMessageBox::buttonClicked, this, [domains, deleteButton, storageCheckBox](QAbstractButton *button) {
        if (button != deleteButton)
            return;
        for (const SelectedDomain &domain : domains)
            domain.connection->requestDomainAction(domain.info.uuid, DomainAction::Delete, storageCheckBox->isChecked());
    });
    box->open();
}

void MainWindow::waitForPopulation(const QList<Connection *> &connections)
{
    m_populationWatched = true;
    for (Connection *connection : connections) {
        if (connection->state() != Connection::State::Failed)
            m_awaitingPopulation.insert(connection);
    }
    m_populated = m_awaitingPopulation.isEmpty();
    m_tree->viewport()->update();
}

void MainWindow::markPopulated(Connection *connection)
{
    if (!m_awaitingPopulation.remove(connection))
        return;
    if (m_awaitingPopulation.isEmpty()) {
        m_populated = true;
        m_tree->viewport()->update();
    }
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_tree->viewport() && event->type() == QEvent::Paint && m_populationWatched && m_populated
        && !m_populationReported) {
        m_populationReported = true;
        const int count = m_model->domainCount();
        // After this paint has reached the screen, not before it.
        QMetaObject::invokeMethod(this, [this, count] { Q_EMIT populatedAndPainted(count); }, Qt::QueuedConnection);
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (const qsizetype running = runningMigrations().size(); running > 0) {
        const auto answer = QMessageBox::warning(
            this, tr("Quit Virt Ferry"),
            tr("Migrations are still running (%1). Quitting aborts them; the virtual machines not moved yet stay "
               "on their source host.")
                .arg(running),
            QMessageBox::Abort | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Abort) {
            event->ignore();
            return;
        }
    }
    m_manager->save();
    event->accept();
}
