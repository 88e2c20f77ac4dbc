// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: Virt Ferry contributors
#pragma once

#include "DomainInfo.h"

#include <QMainWindow>
#include <QPointer>
#include <QSet>

#include <optional>

class Connection;
class ConnectionManager;
class CredentialPrompter;
class HostDetailsWidget;
class HostTreeModel;
class HostTreeView;
class InterruptedMigrationsDialog;
class MigrateWizard;
class MigrationBatch;
class MigrationHistory;
class MigrationJournal;
class NotificationArea;
class QAction;
class QLabel;
class QLineEdit;
class QMenu;
class QSplitter;
class QTabWidget;
class StorageView;

// The main window: the host tree with its VMs, the details panel (a host's overview and
// storage), the actions on both, and the notification area. Talks to connections only through their asynchronous API.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(ConnectionManager *manager, QWidget *parent = nullptr);
    ~MainWindow() override;

    HostTreeModel *hostModel() const { return m_model; }
    HostTreeView *hostTreeView() const { return m_tree; }
    NotificationArea *notificationArea() const { return m_notifications; }
    CredentialPrompter *credentialPrompter() const { return m_prompter; }
    QTabWidget *detailsTabWidget() const { return m_detailsTabs; }
    StorageView *storageView() const { return m_storageView; }
    // The migration batches still running; each stays owned by the window until it ends.
    QList<MigrationBatch *> runningMigrations() const;
    // Where finished migrations are recorded: the window's own (the default directory),
    // made on first use, unless one was set before (tests use a temporary directory).
    MigrationHistory *migrationHistory();
    void setMigrationHistory(MigrationHistory *history);
    // The journal of migrations in flight: the window's own (the default directory), made
    // on first use, unless one was set before. Its entries at the first check are the
    // migrations an earlier run left behind; each is checked (InterruptedMigrationsDialog)
    // once its source host is connected, and again whenever a host connects.
    MigrationJournal *migrationJournal();
    void setMigrationJournal(MigrationJournal *journal);
    // Null until an interrupted migration was found.
    InterruptedMigrationsDialog *interruptedMigrationsDialog() const;

    // Emits populatedAndPainted once every connection listed here has listed its VMs
    // (or failed) and the tree has painted them.
    void waitForPopulation(const QList<Connection *> &connections);

Q_SIGNALS:
    void populatedAndPainted(int domainCount);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createMenusAndToolBar();
    void watchConnection(Connection *connection);
    void updateActions();
    void updateDetails();
    void showContextMenu(const QPoint &position);
    void onDetailsTabChanged(int index);
    // The host of the current row (the host itself or the VM's host).
    Connection *currentConnection() const;
    void openPoolWizard();
    void openNewVmDialog();

    // Why the selected VMs cannot be migrated now, in plain words; empty when they can.
    QString migrateUnavailableReason() const;
    // Why the current host cannot be evacuated now; empty when it can.
    QString evacuateUnavailableReason(Connection *host) const;
    bool hasOtherOpenHost(const Connection *connection) const;
    void migrateSelected();
    void evacuateHost();
    void onMigrationDropped(Connection *source, const QStringList &uuids, Connection *destination);
    void openMigrateWizard(Connection *source, const QList<DomainInfo> &domains, Connection *destination);
    void startMigration(MigrateWizard *wizard);
    // The history dialog for every job, the selected VM's, or the current host's.
    enum class HistoryScope { All, Vm, Host };
    void openMigrationHistory(HistoryScope scope);

    QList<Connection *> selectedConnections() const;
    struct SelectedDomain
    {
        Connection *connection;
        DomainInfo info;
    };
    QList<SelectedDomain> selectedDomains() const;

    void addConnection();
    void editConnection();
    void removeConnection();
    void openNfsExports();
    void connectSelected();
    void disconnectSelected();
    void runOnSelected(DomainAction action);
    void confirmAndRun(DomainAction action);
    void confirmAndDelete();
    void onActionFinished(Connection *connection, const QString &uuid, DomainAction action, bool succeeded,
                          const QString &message);
    void onConnectionStateChanged(Connection *connection);
    void markPopulated(Connection *connection);
    void checkInterruptedMigrations();

    ConnectionManager *m_manager;
    HostTreeModel *m_model;
    HostTreeView *m_tree;
    HostDetailsWidget *m_details;
    StorageView *m_storageView;
    QTabWidget *m_detailsTabs;
    QSplitter *m_splitter = nullptr;
    QList<int> m_sizesBeforeStorage;
    bool m_storageTabWanted = false; // the user's last tab choice for a host
    bool m_switchingTabs = false;
    NotificationArea *m_notifications;
    CredentialPrompter *m_prompter;
    QLineEdit *m_filterLineEdit;
    QLabel *m_statusLabel;

    QMenu *m_viewMenu = nullptr;
    QAction *m_addConnectionAction = nullptr;
    QAction *m_editConnectionAction = nullptr;
    QAction *m_removeConnectionAction = nullptr;
    QAction *m_connectAction = nullptr;
    QAction *m_disconnectAction = nullptr;
    QAction *m_startAction = nullptr;
    QAction *m_shutdownAction = nullptr;
    QAction *m_rebootAction = nullptr;
    QAction *m_forceOffAction = nullptr;
    QAction *m_pauseAction = nullptr;
    QAction *m_resumeAction = nullptr;
    QAction *m_deleteAction = nullptr;
    QAction *m_pauseStatsAction = nullptr;
    QAction *m_showMessagesAction = nullptr;
    QAction *m_nfsExportsAction = nullptr;
    QAction *m_newPoolAction = nullptr;
    QAction *m_newVmAction = nullptr;
    QAction *m_migrateAction = nullptr;
    QAction *m_evacuateAction = nullptr;
    QAction *m_vmHistoryAction = nullptr;
    QAction *m_hostHistoryAction = nullptr;
    QAction *m_allHistoryAction = nullptr;
    MigrationHistory *m_history = nullptr;
    MigrationJournal *m_journal = nullptr;
    // The journal's entries at the first check: left by an earlier run, not by this one's batches.
    std::optional<QSet<QString>> m_leftoverJournalIds;
    QPointer<InterruptedMigrationsDialog> m_interruptedDialog;
    QAction *m_preferencesAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_aboutAction = nullptr;

    QSet<Connection *> m_awaitingPopulation;
    bool m_populationWatched = false;
    bool m_populated = false;
    bool m_populationReported = false;
};
