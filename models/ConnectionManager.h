// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: Virt Ferry contributors
#pragma once

#include "ConnectionConfig.h"

#include <QList>
#include <QObject>

class Connection;
class QSettings;

// Owns every Connection of the session and keeps the saved ones in QSettings (URIs,
// names and flags only; never a password). GUI thread only.
class ConnectionManager final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionManager)

public:
    // `settings` must outlive the manager; tests pass a file of their own.
    explicit ConnectionManager(QSettings *settings, QObject *parent = nullptr);
    ~ConnectionManager() override;

    // Reads the preferences and the saved connections; on the very first run, saves the
    // embedded test connection.
    void load();
    void save() const;
    // Stores the current timeout and statistics interval as the user's preferences.
    void savePreferences() const;

    const QList<Connection *> &connections() const { return m_connections; }
    int indexOf(const Connection *connection) const { return int(m_connections.indexOf(connection)); }
    Connection *findByUri(const QString &uri) const;
    Connection *findById(const QString &id) const;

    Connection *add(ConnectionConfig config);
    void remove(Connection *connection);
    // Opens the saved connection with this URI, or adds one for it.
    Connection *openUri(const QString &uri);
    void openAutoconnect();

    void setConnectTimeout(int milliseconds);
    int connectTimeout() const { return m_connectTimeoutMs; }
    void setStatsInterval(int milliseconds);
    int statsInterval() const { return m_statsIntervalMs; }
    void setStatsPaused(bool paused);
    void setConnectTimeoutsHeld(bool held);

Q_SIGNALS:
    void connectionAboutToBeAdded(int row); // for models that mirror connections()
    void connectionAdded(Connection *connection);
    void connectionAboutToBeRemoved(Connection *connection);
    void connectionRemoved(Connection *connection);

private:
    void apply(Connection *connection) const;

    QSettings *m_settings;
    QList<Connection *> m_connections;
    int m_connectTimeoutMs;
    int m_statsIntervalMs;
    bool m_statsPaused = false;
};
