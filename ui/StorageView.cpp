// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: Virt Ferry contributors
#include "StorageView.h"

#include "Connection.h"
#include "FieldErrors.h"
#include "PoolWizard.h"
#include "StateIcons.h"
#include "StoragePoolListModel.h"
#include "StorageUsageDelegate.h"
#include "VolumeCopyDialog.h"
#include "VolumeDialog.h"

#include <QAction>
#include <QCheckBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QStyle>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

bool poolIsActive(const PoolInfo &pool)
{
    return pool.state != PoolState::Inactive;
}

QString hostName(const Connection *connection)
{
    return connection ? connection->config().effectiveDisplayName() : QString();
}

} // namespace

StorageView::StorageView(QWidget *parent)
    : QWidget(parent)
    , m_poolModel(new StoragePoolListModel(this))
    , m_volumeModel(new StorageVolumeListModel(this))
    , m_poolsView(new QTreeView(this))
    , m_volumesView(new QTreeView(this))
    , m_splitter(new QSplitter(Qt::Vertical, this))
    , m_poolsToolBar(new QToolBar(this))
    , m_volumesToolBar(new QToolBar(this))
    , m_volumesTitleLabel(new QLabel(this))
    , m_messageBar(new QWidget(this))
    , m_messageLabel(new QLabel(m_messageBar))
{
    setObjectName(QStringLiteral("storageView"));
    m_poolsView->setObjectName(QStringLiteral("poolsTreeView"));
    m_volumesView->setObjectName(QStringLiteral("volumesTreeView"));
    m_splitter->setObjectName(QStringLiteral("storageSplitter"));
    m_poolsToolBar->setObjectName(QStringLiteral("poolsToolBar"));
    m_volumesToolBar->setObjectName(QStringLiteral("volumesToolBar"));
    m_volumesTitleLabel->setObjectName(QStringLiteral("volumesTitleLabel"));
    m_messageBar->setObjectName(QStringLiteral("messageBarWidget"));
    m_messageLabel->setObjectName(QStringLiteral("messageLabel"));

    // The message bar: a failure stays in view, next to what failed, until dismissed.
    m_messageLabel->setWordWrap(true);
    m_messageLabel->setTextFormat(Qt::PlainText);
    m_messageLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    FieldErrors::paintAsError(m_messageLabel);
    auto *messageIcon = new QLabel(m_messageBar);
    messageIcon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(16, 16));
    auto *dismissButton = new QToolButton(m_messageBar);
    dismissButton->setObjectName(QStringLiteral("dismissMessageButton"));
    dismissButton->setAutoRaise(true);
    dismissButton->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    dismissButton->setToolTip(tr("Dismiss"));
    connect(dismissButton, &QToolButton::clicked, this, &StorageView::hideMessage);
    auto *messageLayout = new QHBoxLayout(m_messageBar);
    messageLayout->setContentsMargins(4, 2, 4, 2);
    messageLayout->addWidget(messageIcon, 0, Qt::AlignTop);
    messageLayout->addWidget(m_messageLabel, 1);
    messageLayout->addWidget(dismissButton, 0, Qt::AlignTop);
    m_messageBar->hide();

    for (QTreeView *view : {m_poolsView, m_volumesView}) {
        view->setRootIsDecorated(false);
        view->setUniformRowHeights(true);
        view->setAllColumnsShowFocus(true);
        view->setAlternatingRowColors(true);
        view->setSelectionMode(QAbstractItemView::SingleSelection);
        view->setSelectionBehavior(QAbstractItemView::SelectRows);
        view->setContextMenuPolicy(Qt::CustomContextMenu);
        view->header()->setStretchLastSection(true);
    }
    m_poolsView->setModel(m_poolModel);
    m_poolsView->setItemDelegateForColumn(StoragePoolListModel::UsageColumn, new StorageUsageDelegate(this));
    // The usage bar says "x of y"; separate capacity and allocation columns would repeat it.
    m_poolsView->setColumnHidden(StoragePoolListModel::CapacityColumn, true);
    m_poolsView->setColumnHidden(StoragePoolListModel::AllocationColumn, true);
    QHeaderView *poolHeader = m_poolsView->header();
    for (int column : {StoragePoolListModel::NameColumn, StoragePoolListModel::TypeColumn,
                       StoragePoolListModel::StateColumn, StoragePoolListModel::AutostartColumn,
                       StoragePoolListModel::AvailableColumn})
        poolHeader->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    poolHeader->setSectionResizeMode(StoragePoolListModel::UsageColumn, QHeaderView::Interactive);
    poolHeader->resizeSection(StoragePoolListModel::UsageColumn,
                              fontMetrics().horizontalAdvance(tr("%1 of %2").arg(formatBytes(quint64(999) << 30),
                                                                                formatBytes(quint64(999) << 30)))
                                  + 40);
    poolHeader->setSectionResizeMode(StoragePoolListModel::TargetPathColumn, QHeaderView::Interactive);
    poolHeader->resizeSection(StoragePoolListModel::TargetPathColumn, fontMetrics().averageCharWidth() * 28);

    m_volumesView->setModel(m_volumeModel);
    QHeaderView *volumeHeader = m_volumesView->header();
    for (int column : {StorageVolumeListModel::NameColumn, StorageVolumeListModel::FormatColumn,
                       StorageVolumeListModel::CapacityColumn, StorageVolumeListModel::AllocationColumn})
        volumeHeader->setSectionResizeMode(column, QHeaderView::ResizeToContents);

    createActions();

    auto *poolsTitle = new QLabel(tr("<b>Storage pools</b>"), this);
    poolsTitle->setObjectName(QStringLiteral("poolsTitleLabel"));
    auto *poolsPane = new QWidget(m_splitter);
    auto *poolsLayout = new QVBoxLayout(poolsPane);
    poolsLayout->setSpacing(2);
    poolsLayout->setContentsMargins(0, 4, 0, 0);
    // Title, then the toolbar on a row of its own: the details side is narrow, and a
    // toolbar sharing a row with a long pool name would hide actions behind its overflow.
    poolsLayout->addWidget(poolsTitle);
    poolsLayout->addWidget(m_poolsToolBar);
    poolsLayout->addWidget(m_poolsView);

    auto *volumesPane = new QWidget(m_splitter);
    auto *volumesLayout = new QVBoxLayout(volumesPane);
    volumesLayout->setSpacing(2);
    volumesLayout->setContentsMargins(0, 6, 0, 0);
    volumesLayout->addWidget(m_volumesTitleLabel);
    volumesLayout->addWidget(m_volumesToolBar);
    volumesLayout->addWidget(m_volumesView);
    m_volumesTitleLabel->setTextFormat(Qt::PlainText);
    m_volumesTitleLabel->setWordWrap(true);
    QFont titleFont = m_volumesTitleLabel->font();
    titleFont.setBold(true);
    m_volumesTitleLabel->setFont(titleFont);

    m_splitter->addWidget(poolsPane);
    m_splitter->addWidget(volumesPane);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_messageBar);
    layout->addWidget(m_splitter);

    connect(m_poolsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &StorageView::onPoolSelectionChanged);
    connect(m_volumesView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &StorageView::updateActions);
    connect(m_poolModel, &QAbstractItemModel::modelReset, this, &StorageView::restoreSelection);
    connect(m_poolModel, &QAbstractItemModel::rowsInserted, this, &StorageView::restoreSelection);
    connect(m_poolModel, &QAbstractItemModel::rowsRemoved, this, &StorageView::restoreSelection);
    connect(m_poolModel, &QAbstractItemModel::dataChanged, this, [this] {
        // A pool that stops or starts changes what its volume list can show.
        const std::optional<PoolInfo> pool = currentPool();
        if (pool && poolIsActive(*pool) != m_volumesForActivePool)
            onPoolSelectionChanged();
        updateActions();
    });
    connect(m_volumeModel, &QAbstractItemModel::modelReset, this, &StorageView::updateActions);
    connect(m_volumeModel, &QAbstractItemModel::rowsInserted, this, &StorageView::updateActions);
    connect(m_volumeModel, &QAbstractItemModel::rowsRemoved, this, &StorageView::updateActions);
    connect(m_poolsView, &QWidget::customContextMenuRequested, this, &StorageView::onPoolsContextMenu);
    connect(m_volumesView, &QWidget::customContextMenuRequested, this, &StorageView::onVolumesContextMenu);
    connect(m_poolsView, &QAbstractItemView::doubleClicked, this, [this] {
        if (m_startPoolAction->isEnabled())
            m_startPoolAction->trigger();
    });
    onPoolSelectionChanged();
}

StorageView::~StorageView() = default;

void StorageView::createActions()
{
    auto makeAction = [this](const QString &text, const QString &objectName, const QIcon &icon, auto slot) {
        auto *action = new QAction(icon, text, this);
        action->setObjectName(objectName);
        connect(action, &QAction::triggered, this, slot);
        return action;
    };
    QStyle *style = this->style();
    m_newPoolAction = makeAction(tr("New Pool…"), QStringLiteral("createPoolAction"),
                                 style->standardIcon(QStyle::SP_FileDialogNewFolder), &StorageView::openPoolWizard);
    m_startPoolAction = makeAction(tr("Start"), QStringLiteral("startPoolAction"),
                                   StateIcons::forDomain(DomainState::Running),
                                   [this] { runPoolAction(PoolAction::Start); });
    m_stopPoolAction = makeAction(tr("Stop"), QStringLiteral("stopPoolAction"),
                                  StateIcons::forDomain(DomainState::ShutOff),
                                  [this] { runPoolAction(PoolAction::Stop); });
    m_stopPoolAction->setToolTip(tr("Deactivate the pool; its definition and data stay"));
    m_refreshPoolAction = makeAction(tr("Refresh"), QStringLiteral("refreshPoolAction"),
                                     style->standardIcon(QStyle::SP_BrowserReload),
                                     [this] { runPoolAction(PoolAction::Refresh); });
    m_refreshPoolAction->setToolTip(tr("Rescan the pool for volumes created outside Virt Ferry"));
    // triggered, not toggled: selecting another pool sets the check mark without a request.
    m_autostartPoolAction = makeAction(tr("Autostart"), QStringLiteral("autostartPoolAction"), QIcon(),
                                       [this](bool checked) { runPoolAction(PoolAction::SetAutostart, checked); });
    m_autostartPoolAction->setCheckable(true);
    m_autostartPoolAction->setToolTip(tr("Start the pool when the host boots"));
    m_deletePoolAction = makeAction(tr("Delete…"), QStringLiteral("deletePoolAction"),
                                    style->standardIcon(QStyle::SP_TrashIcon), &StorageView::confirmDeletePool);

    m_newVolumeAction = makeAction(tr("New Volume…"), QStringLiteral("createVolumeAction"),
                                   style->standardIcon(QStyle::SP_FileIcon), &StorageView::createVolume);
    m_cloneVolumeAction = makeAction(tr("Clone…"), QStringLiteral("cloneVolumeAction"), QIcon(),
                                     &StorageView::cloneVolume);
    m_resizeVolumeAction = makeAction(tr("Resize…"), QStringLiteral("resizeVolumeAction"), QIcon(),
                                      &StorageView::resizeVolume);
    m_deleteVolumeAction = makeAction(tr("Delete…"), QStringLiteral("deleteVolumeAction"),
                                      style->standardIcon(QStyle::SP_TrashIcon), &StorageView::confirmDeleteVolume);
    m_copyVolumeAction = makeAction(tr("Copy To…"), QStringLiteral("copyVolumeAction"),
                                    style->standardIcon(QStyle::SP_ArrowRight), &StorageView::copyVolume);
    m_copyVolumeAction->setToolTip(tr("Copy the volume to a pool on any open host, keeping holes as holes"));
    m_uploadVolumeAction = makeAction(tr("Upload File…"), QStringLiteral("uploadVolumeAction"),
                                      style->standardIcon(QStyle::SP_ArrowUp), &StorageView::uploadFile);
    m_downloadVolumeAction = makeAction(tr("Download…"), QStringLiteral("downloadVolumeAction"),
                                        style->standardIcon(QStyle::SP_ArrowDown), &StorageView::downloadVolume);

    // Short words on the toolbars, whole phrases in the menus: both tables share the
    // width of the details side.
    m_newPoolAction->setIconText(tr("New…"));
    m_newVolumeAction->setIconText(tr("New…"));
    m_uploadVolumeAction->setIconText(tr("Upload…"));
    m_newPoolAction->setToolTip(tr("Add a storage pool to this host"));
    m_newVolumeAction->setToolTip(tr("Create a volume in this pool"));
    m_uploadVolumeAction->setToolTip(tr("Upload a local file into this pool as a new volume"));
    m_poolsToolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_poolsToolBar->setIconSize(QSize(16, 16));
    m_poolsToolBar->addActions({m_newPoolAction, m_startPoolAction, m_stopPoolAction, m_refreshPoolAction,
                                m_autostartPoolAction, m_deletePoolAction});
    m_volumesToolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_volumesToolBar->setIconSize(QSize(16, 16));
    m_volumesToolBar->addActions({m_newVolumeAction, m_cloneVolumeAction, m_resizeVolumeAction,
                                  m_deleteVolumeAction});
    m_volumesToolBar->addSeparator();
    m_volumesToolBar->addActions({m_copyVolumeAction, m_uploadVolumeAction, m_downloadVolumeAction});
}

void StorageView::setConnectionsProvider(std::function<QList<Connection *>()> provider)
{
    m_connectionsProvider = std::move(provider);
}

QList<Connection *> StorageView::allConnections() const
{
    QList<Connection *> connections;
    if (m_connectionsProvider)
        connections = m_connectionsProvider();
    if (m_connection && !connections.contains(m_connection.data()))
        connections.prepend(m_connection.data());
    return connections;
}

void StorageView::listenTo(Connection *connection)
{
    for (const QPointer<Connection> &known : std::as_const(m_listening)) {
        if (known == connection)
            return;
    }
    m_listening.removeAll(nullptr);
    m_listening.append(connection);
    connect(connection, &Connection::requestFinished, this,
            [this, connection](quint64 requestId, bool succeeded, const QString &message) {
                onRequestFinished(connection, requestId, succeeded, message);
            });
    connect(connection, &QObject::destroyed, this, [this, connection] {
        for (auto it = m_pending.begin(); it != m_pending.end();) {
            if (it.key().first == connection)
                it = m_pending.erase(it);
            else
                ++it;
        }
    });
}

void StorageView::setConnection(Connection *connection)
{
    if (m_connection == connection)
        return;
    if (m_connection)
        disconnect(m_connection, &Connection::stateChanged, this, nullptr);
    m_connection = connection;
    m_rememberedPool.clear();
    hideMessage();
    m_volumeModel->setPool(nullptr, QString());
    m_poolModel->setConnection(connection);
    if (connection) {
        listenTo(connection);
        connect(connection, &Connection::stateChanged, this, [this] {
            if (!m_connection || !m_connection->isOpen())
                m_volumeModel->setPool(nullptr, QString());
            onPoolSelectionChanged();
        });
    }
    restoreSelection();
    onPoolSelectionChanged();
}

QString StorageView::currentPoolName() const
{
    const QModelIndex current = m_poolsView->currentIndex();
    return current.isValid() ? current.data(StoragePoolListModel::PoolNameRole).toString() : QString();
}

std::optional<PoolInfo> StorageView::currentPool() const
{
    const QString name = currentPoolName();
    if (name.isEmpty())
        return std::nullopt;
    return m_poolModel->pool(name);
}

std::optional<VolumeInfo> StorageView::currentVolume() const
{
    const QModelIndex current = m_volumesView->currentIndex();
    if (!current.isValid())
        return std::nullopt;
    return m_volumeModel->volume(current.row());
}

QList<VolumeInfo> StorageView::currentVolumes() const
{
    QList<VolumeInfo> volumes;
    for (int row = 0; row < m_volumeModel->rowCount(); ++row) {
        if (auto volume = m_volumeModel->volume(row))
            volumes.append(*volume);
    }
    return volumes;
}

void StorageView::selectPool(const QString &name)
{
    const QModelIndex index = m_poolModel->indexOfPool(name);
    if (!index.isValid())
        return;
    m_rememberedPool = name;
    m_poolsView->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect
                                                              | QItemSelectionModel::Rows);
}

void StorageView::restoreSelection()
{
    if (m_poolsView->currentIndex().isValid()) {
        updateActions();
        return;
    }
    QModelIndex index = m_rememberedPool.isEmpty() ? QModelIndex() : m_poolModel->indexOfPool(m_rememberedPool);
    if (!index.isValid() && m_poolModel->rowCount() > 0)
        index = m_poolModel->index(0, 0);
    if (index.isValid())
        m_poolsView->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect
                                                                  | QItemSelectionModel::Rows);
    else
        onPoolSelectionChanged();
}

void StorageView::onPoolSelectionChanged()
{
    const std::optional<PoolInfo> pool = currentPool();
    if (pool)
        m_rememberedPool = pool->name;
    const bool open = m_connection && m_connection->isOpen();
    if (!open) {
        m_volumesForActivePool = false;
        m_volumeModel->setPool(nullptr, QString());
        m_volumesTitleLabel->setText(m_connection ? tr("%1 is not connected.").arg(hostName(m_connection))
                                                  : tr("No host selected."));
    } else if (!pool) {
        m_volumesForActivePool = false;
        m_volumeModel->setPool(nullptr, QString());
        m_volumesTitleLabel->setText(tr("Select a pool to see its volumes."));
    } else if (!poolIsActive(*pool)) {
        m_volumesForActivePool = false;
        m_volumeModel->setPool(nullptr, QString());
        m_volumesTitleLabel->setText(tr("Pool %1 is not running; start it to list its volumes.").arg(pool->name));
    } else {
        m_volumesForActivePool = true;
        if (m_volumeModel->poolName() != pool->name || m_volumeModel->connection() != m_connection)
            m_volumeModel->setPool(m_connection, pool->name);
        m_volumesTitleLabel->setText(tr("Volumes in %1").arg(pool->name));
    }
    updateActions();
}

void StorageView::updateActions()
{
    const bool open = m_connection && m_connection->isOpen();
    const std::optional<PoolInfo> pool = open ? currentPool() : std::nullopt;
    const bool active = pool && poolIsActive(*pool);
    const bool volumeSelected = active && currentVolume().has_value();
    m_newPoolAction->setEnabled(open);
    m_startPoolAction->setEnabled(pool && pool->state == PoolState::Inactive);
    m_stopPoolAction->setEnabled(active);
    m_refreshPoolAction->setEnabled(active);
    // A transient pool vanishes when stopped; autostart means nothing for it.
    m_autostartPoolAction->setEnabled(pool && pool->persistent);
    m_autostartPoolAction->setChecked(pool && pool->autostart);
    m_deletePoolAction->setEnabled(pool.has_value());
    m_newVolumeAction->setEnabled(active);
    m_uploadVolumeAction->setEnabled(active);
    for (QAction *action : {m_cloneVolumeAction, m_resizeVolumeAction, m_deleteVolumeAction, m_copyVolumeAction,
                            m_downloadVolumeAction})
        action->setEnabled(volumeSelected);
}

void StorageView::onPoolsContextMenu(const QPoint &position)
{
    auto *menu = new QMenu(this);
    menu->setObjectName(QStringLiteral("poolsContextMenu"));
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->addAction(m_newPoolAction);
    if (m_poolsView->indexAt(position).isValid()) {
        menu->addSeparator();
        menu->addActions({m_startPoolAction, m_stopPoolAction, m_refreshPoolAction, m_autostartPoolAction});
        menu->addSeparator();
        menu->addAction(m_deletePoolAction);
    }
    menu->popup(m_poolsView->viewport()->mapToGlobal(position));
}

void StorageView::onVolumesContextMenu(const QPoint &position)
{
    auto *menu = new QMenu(this);
    menu->setObjectName(QStringLiteral("volumesContextMenu"));
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->addAction(m_newVolumeAction);
    menu->addAction(m_uploadVolumeAction);
    if (m_volumesView->indexAt(position).isValid()) {
        menu->addSeparator();
        menu->addActions({m_cloneVolumeAction, m_resizeVolumeAction, m_copyVolumeAction, m_downloadVolumeAction});
        menu->addSeparator();
        menu->addAction(m_deleteVolumeAction);
    }
    menu->popup(m_volumesView->viewport()->mapToGlobal(position));
}

void StorageView::track(quint64 requestId, const QString &description)
{
    if (m_connection)
        m_pending.insert({m_connection.data(), requestId}, description);
}

void StorageView::onRequestFinished(Connection *connection, quint64 requestId, bool succeeded,
                                    const QString &message)
{
    const auto key = qMakePair(static_cast<const Connection *>(connection), requestId);
    const auto it = m_pending.constFind(key);
    if (it == m_pending.cend())
        return; // someone else's request
    const QString description = it.value();
    m_pending.erase(it);
    if (succeeded)
        return; // the pool and volume lists show the result
    //: %1 describes the operation ("Starting pool default on kvm1"), %2 is libvirt's error.
    const QString text = tr("%1 failed: %2").arg(description, message);
    showMessage(text);
    Q_EMIT problem(text);
}

void StorageView::showMessage(const QString &text)
{
    m_messageLabel->setText(text);
    m_messageBar->show();
}

void StorageView::hideMessage()
{
    m_messageLabel->clear();
    m_messageBar->hide();
}

QString StorageView::messageText() const
{
    return m_messageBar->isHidden() ? QString() : m_messageLabel->text();
}

void StorageView::runPoolAction(PoolAction action, bool flag)
{
    const std::optional<PoolInfo> pool = currentPool();
    if (!pool || !m_connection)
        return;
    QString description;
    switch (action) {
    case PoolAction::Start:
        description = tr("Starting pool %1 on %2");
        break;
    case PoolAction::Stop:
        description = tr("Stopping pool %1 on %2");
        break;
    case PoolAction::Refresh:
        description = tr("Refreshing pool %1 on %2");
        break;
    case PoolAction::SetAutostart:
        description = flag ? tr("Turning on autostart of pool %1 on %2")
                           : tr("Turning off autostart of pool %1 on %2");
        // Shows the real value until the host confirms it.
        m_autostartPoolAction->setChecked(pool->autostart);
        break;
    case PoolAction::Delete:
        description = flag ? tr("Deleting pool %1 and its contents on %2") : tr("Deleting pool %1 on %2");
        break;
    }
    hideMessage();
    track(m_connection->requestPoolAction(pool->name, action, flag), description.arg(pool->name, hostName(m_connection)));
}

void StorageView::openPoolWizard()
{
    if (!m_connection || !m_connection->isOpen())
        return;
    QList<Connection *> others;
    for (Connection *connection : allConnections()) {
        if (connection != m_connection && connection->isOpen())
            others.append(connection);
    }
    auto *wizard = new PoolWizard(m_connection, others, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->open();
}

void StorageView::confirmDeletePool()
{
    const std::optional<PoolInfo> pool = currentPool();
    if (!pool || !m_connection)
        return;
    const QString poolName = pool->name;
    QPointer<Connection> connection = m_connection;

    auto *dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("deletePoolDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Delete Pool %1").arg(poolName));
    auto *question = new QLabel(
        tr("Delete pool %1 on %2? Its definition is removed from the host (it is stopped first if it is "
           "running). Its volumes and data stay where they are unless you also delete its contents.")
            .arg(poolName, hostName(connection)),
        dialog);
    question->setObjectName(QStringLiteral("deletePoolQuestionLabel"));
    question->setWordWrap(true);
    auto *contentsCheckBox =
        new QCheckBox(tr("Also delete its contents: every volume and the pool's storage (cannot be undone)"), dialog);
    contentsCheckBox->setObjectName(QStringLiteral("deleteContentsCheckBox"));

    auto *contentsWidget = new QWidget(dialog);
    contentsWidget->setObjectName(QStringLiteral("deleteContentsWidget"));
    auto *doomedLabel = new QLabel(tr("These will be destroyed:"), contentsWidget);
    FieldErrors::paintAsError(doomedLabel);
    auto *doomedTree = new QTreeWidget(contentsWidget);
    doomedTree->setObjectName(QStringLiteral("doomedVolumesTreeWidget"));
    doomedTree->setRootIsDecorated(false);
    doomedTree->setMaximumHeight(fontMetrics().height() * 12);
    doomedTree->setHeaderLabels({tr("Volume"), tr("Size"), tr("Allocated")});
    doomedTree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    doomedTree->header()->setStretchLastSection(false);
    auto *summaryLabel = new QLabel(contentsWidget);
    summaryLabel->setObjectName(QStringLiteral("doomedSummaryLabel"));
    summaryLabel->setWordWrap(true);
    auto *confirmLabel = new QLabel(tr("Type the pool's name, %1, to confirm:").arg(poolName), contentsWidget);
    auto *confirmEdit = new QLineEdit(contentsWidget);
    confirmEdit->setObjectName(QStringLiteral("confirmPoolNameLineEdit"));
    confirmLabel->setBuddy(confirmEdit);
    auto *contentsLayout = new QVBoxLayout(contentsWidget);
    contentsLayout->setContentsMargins(0, 0, 0, 0);
    contentsLayout->addWidget(doomedLabel);
    contentsLayout->addWidget(doomedTree);
    contentsLayout->addWidget(summaryLabel);
    contentsLayout->addWidget(confirmLabel);
    contentsLayout->addWidget(confirmEdit);
    contentsWidget->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, dialog);
    QPushButton *deleteButton = buttons->addButton(tr("Delete Pool"), QDialogButtonBox::DestructiveRole);
    deleteButton->setObjectName(QStringLiteral("confirmDeletePoolButton"));
    buttons->button(QDialogButtonBox::Cancel)->setDefault(true);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(question);
    layout->addWidget(contentsCheckBox);
    layout->addWidget(contentsWidget);
    layout->addWidget(buttons);

    const QString targetPath = pool->targetPath;
    const bool active = poolIsActive(*pool);
    auto showVolumes = [doomedTree, summaryLabel, targetPath](const QList<VolumeInfo> &volumes) {
        doomedTree->clear();
        quint64 allocated = 0;
        for (const VolumeInfo &volume : volumes) {
            auto *item = new QTreeWidgetItem(doomedTree, {volume.name, formatBytes(volume.capacityBytes),
                                                          formatBytes(volume.allocationBytes)});
            item->setToolTip(0, volume.path);
            allocated += volume.allocationBytes;
        }
        doomedTree->resizeColumnToContents(1);
        doomedTree->resizeColumnToContents(2);
        summaryLabel->setText(tr("%n volume(s) holding %1, and the pool's storage at %2.", nullptr,
                                 int(volumes.size()))
                                  .arg(formatBytes(allocated), targetPath));
    };
    if (active && connection) {
        summaryLabel->setText(tr("Listing the pool's volumes…"));
        const quint64 listRequest = connection->requestVolumes(poolName);
        connect(connection, &Connection::volumesListed, dialog,
                [showVolumes, listRequest](quint64 requestId, const QString &, const QList<VolumeInfo> &volumes) {
                    if (requestId == listRequest)
                        showVolumes(volumes);
                });
        // Until the host answers, what this view already lists.
        if (m_volumeModel->poolName() == poolName)
            showVolumes(currentVolumes());
    } else {
        doomedTree->hide();
        summaryLabel->setText(tr("The pool is not running, so its volumes cannot be listed here. Everything "
                                 "in its storage at %1 is destroyed.")
                                  .arg(targetPath));
    }

    auto updateButton = [contentsCheckBox, confirmEdit, deleteButton, poolName] {
        deleteButton->setEnabled(!contentsCheckBox->isChecked() || confirmEdit->text() == poolName);
    };
    connect(contentsCheckBox, &QCheckBox::toggled, dialog, [dialog, contentsWidget, confirmEdit, updateButton](bool on) {
        contentsWidget->setVisible(on);
        if (on)
            confirmEdit->setFocus();
        updateButton();
        dialog->adjustSize();
    });
    connect(confirmEdit, &QLineEdit::textChanged, dialog, updateButton);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    connect(deleteButton, &QPushButton::clicked, dialog,
            [this, dialog, connection, poolName, contentsCheckBox, confirmEdit] {
                const bool contents = contentsCheckBox->isChecked();
                if (contents && confirmEdit->text() != poolName)
                    return;
                dialog->accept();
                if (!connection)
                    return;
                hideMessage();
                const QString description = contents ? tr("Deleting pool %1 and its contents on %2")
                                                     : tr("Deleting pool %1 on %2");
                m_pending.insert({connection.data(), connection->requestPoolAction(poolName, PoolAction::Delete, contents)},
                                 description.arg(poolName, hostName(connection)));
            });
    updateButton();
    dialog->resize(520, dialog->sizeHint().height());
    dialog->open();
}

void StorageView::openVolumeDialog(VolumeDialog::Mode mode, const std::optional<VolumeInfo> &volume,
                                   const VolumeRequest &sendRequest)
{
    const std::optional<PoolInfo> pool = currentPool();
    if (!pool || !m_connection)
        return;
    auto *dialog = new VolumeDialog(mode, *pool, currentVolumes(), volume, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QPointer<Connection> connection = m_connection;
    connect(dialog, &QDialog::accepted, this, [this, dialog, connection, sendRequest] {
        if (!connection)
            return;
        hideMessage();
        const auto [requestId, description] = sendRequest(*dialog, *connection);
        m_pending.insert({connection.data(), requestId}, description);
    });
    dialog->open();
}

void StorageView::createVolume()
{
    openVolumeDialog(VolumeDialog::Mode::Create, std::nullopt, [this](const VolumeDialog &dialog, Connection &connection) {
        const VolumeDefinition definition = dialog.definition();
        const QString poolName = dialog.pool().name;
        return std::pair{connection.requestCreateVolume(poolName, definition),
                         tr("Creating volume %1 in pool %2 on %3").arg(definition.name, poolName, hostName(&connection))};
    });
}

void StorageView::cloneVolume()
{
    const std::optional<VolumeInfo> volume = currentVolume();
    if (!volume)
        return;
    openVolumeDialog(VolumeDialog::Mode::Clone, volume, [this](const VolumeDialog &dialog, Connection &connection) {
        const QString poolName = dialog.pool().name;
        const QString source = dialog.sourceVolume()->name;
        const QString clone = dialog.volumeName();
        return std::pair{connection.requestCloneVolume(poolName, source, clone),
                         tr("Cloning volume %1 to %2 in pool %3 on %4")
                             .arg(source, clone, poolName, hostName(&connection))};
    });
}

void StorageView::resizeVolume()
{
    const std::optional<VolumeInfo> volume = currentVolume();
    if (!volume)
        return;
    openVolumeDialog(VolumeDialog::Mode::Resize, volume, [this](const VolumeDialog &dialog, Connection &connection) {
        const QString poolName = dialog.pool().name;
        const QString name = dialog.sourceVolume()->name;
        const quint64 capacity = dialog.capacityBytes();
        return std::pair{connection.requestResizeVolume(poolName, name, capacity),
                         tr("Resizing volume %1 in pool %2 on %3 to %4")
                             .arg(name, poolName, hostName(&connection), formatBytes(capacity))};
    });
}

void StorageView::confirmDeleteVolume()
{
    const std::optional<VolumeInfo> volume = currentVolume();
    const QString poolName = currentPoolName();
    if (!volume || !m_connection)
        return;
    QPointer<Connection> connection = m_connection;
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Delete Volume"),
                                tr("Delete volume %1 (%2, %3 allocated) from pool %4 on %5? Its data is destroyed "
                                   "and cannot be recovered.")
                                    .arg(volume->name, formatBytes(volume->capacityBytes),
                                         formatBytes(volume->allocationBytes), poolName, hostName(connection)),
                                QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("deleteVolumeMessageBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setInformativeText(tr("A virtual machine that uses it will no longer start."));
    QPushButton *deleteButton = box->addButton(tr("Delete Volume"), QMessageBox::DestructiveRole);
    deleteButton->setObjectName(QStringLiteral("confirmDeleteVolumeButton"));
    box->setDefaultButton(QMessageBox::Cancel);
    const QString name = volume->name;
    connect(box, &QMessageBox::buttonClicked, this, [this, deleteButton, connection, poolName, name](QAbstractButton *button) {
        if (button != deleteButton || !connection)
            return;
        hideMessage();
        m_pending.insert({connection.data(), connection->requestDeleteVolume(poolName, name)},
                         tr("Deleting volume %1 from pool %2 on %3").arg(name, poolName, hostName(connection)));
    });
    box->open();
}

void StorageView::copyVolume()
{
    const std::optional<VolumeInfo> volume = currentVolume();
    if (!volume || !m_connection)
        return;
    auto *dialog = new VolumeCopyDialog(VolumeCopyDialog::Mode::Copy, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setSourceVolume(m_connection, *volume);
    // Another host first: copying within the same pool is what Clone is for.
    Connection *preferred = m_connection;
    for (Connection *connection : allConnections()) {
        if (connection != m_connection && connection->isOpen()) {
            preferred = connection;
            break;
        }
    }
    dialog->setDestinations(allConnections(), preferred, volume->poolName);
    connect(dialog, &VolumeCopyDialog::copyFinished, this, [this](bool succeeded, const QString &message) {
        if (!succeeded)
            Q_EMIT problem(message);
    });
    dialog->open();
}

void StorageView::uploadFile()
{
    const std::optional<PoolInfo> pool = currentPool();
    if (!pool || !m_connection)
        return;
    auto *fileDialog = new QFileDialog(this, tr("Upload a File to Pool %1").arg(pool->name));
    fileDialog->setObjectName(QStringLiteral("uploadFileDialog"));
    fileDialog->setAttribute(Qt::WA_DeleteOnClose);
    fileDialog->setFileMode(QFileDialog::ExistingFile);
    fileDialog->setNameFilters({tr("Disk images (*.qcow2 *.img *.raw *.iso)"), tr("All files (*)")});
    QPointer<Connection> connection = m_connection;
    const QString poolName = pool->name;
    connect(fileDialog, &QFileDialog::fileSelected, this, [this, connection, poolName](const QString &path) {
        if (!connection || path.isEmpty())
            return;
        auto *dialog = new VolumeCopyDialog(VolumeCopyDialog::Mode::Upload, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setSourceFile(path);
        dialog->setDestinations(allConnections(), connection, poolName);
        connect(dialog, &VolumeCopyDialog::copyFinished, this, [this](bool succeeded, const QString &message) {
            if (!succeeded)
                Q_EMIT problem(message);
        });
        dialog->open();
    });
    fileDialog->open();
}

void StorageView::downloadVolume()
{
    const std::optional<VolumeInfo> volume = currentVolume();
    if (!volume || !m_connection)
        return;
    auto *fileDialog = new QFileDialog(this, tr("Download Volume %1").arg(volume->name));
    fileDialog->setObjectName(QStringLiteral("downloadFileDialog"));
    fileDialog->setAttribute(Qt::WA_DeleteOnClose);
    fileDialog->setAcceptMode(QFileDialog::AcceptSave);
    fileDialog->selectFile(volume->name);
    QPointer<Connection> connection = m_connection;
    const VolumeInfo source = *volume;
    connect(fileDialog, &QFileDialog::fileSelected, this, [this, connection, source](const QString &path) {
        if (!connection || path.isEmpty())
            return;
        auto *dialog = new VolumeCopyDialog(VolumeCopyDialog::Mode::Download, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setSourceVolume(connection, source);
        dialog->setDestinationFile(path);
        connect(dialog, &VolumeCopyDialog::copyFinished, this, [this](bool succeeded, const QString &message) {
            if (!succeeded)
                Q_EMIT problem(message);
        });
        dialog->open();
        dialog->startCopy();
    });
    fileDialog->open();
}
