// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: Virt Ferry contributors
#pragma once

#include "Connection.h"
#include "StorageTypes.h"
#include "VolumeDialog.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

#include <functional>

class QAction;
class QLabel;
class QMenu;
class QSplitter;
class QToolBar;
class QToolButton;
class QTreeView;
class StoragePoolListModel;
class StorageVolumeListModel;

// The storage of one connection: its pools (with a usage bar) and the volumes of the
// selected pool, and the actions on both. GUI thread only; every libvirt call goes
// through the Connection's requests, and failures land in the inline message bar with
// the pool or volume named.
class StorageView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StorageView)

public:
    explicit StorageView(QWidget *parent = nullptr);
    ~StorageView() override;

    void setConnection(Connection *connection); // nullptr clears
    Connection *connection() const { return m_connection; }
    // Every connection of the session: copy destinations and the pool wizard's "also
    // create on" list. Without one, only this view's connection is offered.
    void setConnectionsProvider(std::function<QList<Connection *>()> provider);

    StoragePoolListModel *poolModel() const { return m_poolModel; }
    StorageVolumeListModel *volumeModel() const { return m_volumeModel; }
    QTreeView *poolsView() const { return m_poolsView; }
    QTreeView *volumesView() const { return m_volumesView; }
    QString currentPoolName() const;
    std::optional<PoolInfo> currentPool() const;
    std::optional<VolumeInfo> currentVolume() const;
    void selectPool(const QString &name);
    QString messageText() const; // what the message bar shows; empty when hidden

    // Opens the pool wizard for this view's connection (also the main window's action).
    void openPoolWizard();

Q_SIGNALS:
    // A failed request, in words that name the pool or volume; the main window also
    // posts it to its notification area.
    void problem(const QString &message);

private:

    void createActions();
    void updateActions();
    void onPoolSelectionChanged();
    void onVolumesContextMenu(const QPoint &position);
    void onPoolsContextMenu(const QPoint &position);
    void onRequestFinished(Connection *connection, quint64 requestId, bool succeeded, const QString &message);
    void restoreSelection();
    void showMessage(const QString &text);
    void hideMessage();
    QList<Connection *> allConnections() const;

    void runPoolAction(PoolAction action, bool flag = false);
    void confirmDeletePool();
    // Opens a VolumeDialog on the current pool; on OK, sendRequest sends the request and
    // returns its id and the description failures are reported under.
    using VolumeRequest = std::function<std::pair<quint64, QString>(const VolumeDialog &, Connection &)>;
    void openVolumeDialog(VolumeDialog::Mode mode, const std::optional<VolumeInfo> &volume,
                          const VolumeRequest &sendRequest);
    void createVolume();
    void cloneVolume();
    void resizeVolume();
    void confirmDeleteVolume();
    void copyVolume();
    void uploadFile();
    void downloadVolume();
    // Remembers what a request does, so its failure can say so.
    void track(quint64 requestId, const QString &description);
    void listenTo(Connection *connection);
    QList<VolumeInfo> currentVolumes() const;

    QPointer<Connection> m_connection;
    std::function<QList<Connection *>()> m_connectionsProvider;
    StoragePoolListModel *m_poolModel;
    StorageVolumeListModel *m_volumeModel;
    QTreeView *m_poolsView;
    QTreeView *m_volumesView;
    QSplitter *m_splitter;
    QToolBar *m_poolsToolBar;
    QToolBar *m_volumesToolBar;
    QLabel *m_volumesTitleLabel;
    QWidget *m_messageBar;
    QLabel *m_messageLabel;
    QString m_rememberedPool; // reselected after the pool list is replaced

    QAction *m_newPoolAction = nullptr;
    QAction *m_startPoolAction = nullptr;
    QAction *m_stopPoolAction = nullptr;
    QAction *m_refreshPoolAction = nullptr;
    QAction *m_autostartPoolAction = nullptr;
    QAction *m_deletePoolAction = nullptr;
    QAction *m_newVolumeAction = nullptr;
    QAction *m_cloneVolumeAction = nullptr;
    QAction *m_resizeVolumeAction = nullptr;
    QAction *m_deleteVolumeAction = nullptr;
    QAction *m_copyVolumeAction = nullptr;
    QAction *m_uploadVolumeAction = nullptr;
    QAction *m_downloadVolumeAction = nullptr;

    // (connection, request id) → "starting pool “default-pool” on host"; kept across
    // connection switches so a late failure is still reported.
    QHash<QPair<const Connection *, quint64>, QString> m_pending;
    QList<QPointer<Connection>> m_listening;
    bool m_volumesForActivePool = false;
};
