// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: Virt Ferry contributors
#include "ConnectionManager.h"

#include "Connection.h"

#include <QSettings>
#include <QUuid>

namespace {
const QString kConnectionsArray = QStringLiteral("connections");
// Not under a group named "general": QSettings' INI files write it as [%General] and read
// it back as "General", so keys stored there were never found on the next start.
const QString kInitializedKey = QStringLiteral("startup/connectionsInitialized");
const QString kConnectTimeoutKey = QStringLiteral("preferences/connectTimeoutMs");
const QString kStatsIntervalKey = QStringLiteral("preferences/statsIntervalMs");

// What releases before 0.1.0 wrote (see above), read once so nothing set there is lost.
QVariant valueOrLegacy(const QSettings &settings, const QString &key, const QVariant &fallback)
{
    if (settings.contains(key))
        return settings.value(key);
    const QString legacyKey = QStringLiteral("General/") + key.section(QLatin1Char('/'), 1);
    return settings.value(legacyKey, fallback);
}
} // namespace

ConnectionManager::ConnectionManager(QSettings *settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_connectTimeoutMs(Connection::kDefaultConnectTimeoutMs)
    , m_statsIntervalMs(Connection::kDefaultStatsIntervalMs)
{
}

ConnectionManager::~ConnectionManager()
{
    // Close every connection at once and share one short deadline: remote hosts get a
    // proper close, and a dead one cannot hold up the exit for long.
    for (Connection *connection : std::as_const(m_connections))
        connection->beginShutdown();
    const QDeadlineTimer deadline(Connection::kShutdownGraceMs);
    for (Connection *connection : std::as_const(m_connections))
        connection->waitForShutdown(deadline);
    qDeleteAll(m_connections);
}

void ConnectionManager::load()
{
    setConnectTimeout(valueOrLegacy(*m_settings, kConnectTimeoutKey, m_connectTimeoutMs).toInt());
    setStatsInterval(valueOrLegacy(*m_settings, kStatsIntervalKey, m_statsIntervalMs).toInt());
    const bool initialized = valueOrLegacy(*m_settings, kInitializedKey, false).toBool()
        || m_settings->contains(kConnectionsArray + QStringLiteral("/size"));
    if (!initialized) {
        add(ConnectionConfig::defaultTestConnection());
        m_settings->setValue(kInitializedKey, true);
        save();
        return;
    }
    const int count = m_settings->beginReadArray(kConnectionsArray);
    QList<ConnectionConfig> configs;
    for (int i = 0; i < count; ++i) {
        m_settings->setArrayIndex(i);
        ConnectionConfig config = ConnectionConfig::fromUri(m_settings->value(QStringLiteral("uri")).toString());
        config.id = m_settings->value(QStringLiteral("id"), config.id).toString();
        config.displayName = m_settings->value(QStringLiteral("displayName")).toString();
        config.autoconnect = m_settings->value(QStringLiteral("autoconnect"), true).toBool();
        configs.append(config);
    }
    m_settings->endArray();
    for (const ConnectionConfig &config : std::as_const(configs)) {
        if (!findById(config.id))
            add(config);
    }
}

void ConnectionManager::save() const
{
    m_settings->remove(kConnectionsArray);
    m_settings->beginWriteArray(kConnectionsArray, int(m_connections.size()));
    for (int i = 0; i < m_connections.size(); ++i) {
        const ConnectionConfig &config = m_connections.at(i)->config();
        m_settings->setArrayIndex(i);
        m_settings->setValue(QStringLiteral("id"), config.id);
        m_settings->setValue(QStringLiteral("uri"), config.uri());
        m_settings->setValue(QStringLiteral("displayName"), config.displayName);
        m_settings->setValue(QStringLiteral("autoconnect"), config.autoconnect);
    }
    m_settings->endArray();
    m_settings->sync();
}

void ConnectionManager::savePreferences() const
{
    m_settings->setValue(kConnectTimeoutKey, m_connectTimeoutMs);
    m_settings->setValue(kStatsIntervalKey, m_statsIntervalMs);
    m_settings->sync();
}

Connection *ConnectionManager::findByUri(const QString &uri) const
{
    for (Connection *connection : m_connections) {
        if (connection->config().uri() == uri)
            return connection;
    }
    return nullptr;
}

Connection *ConnectionManager::findById(const QString &id) const
{
    for (Connection *connection : m_connections) {
        if (connection->config().id == id)
            return connection;
    }
    return nullptr;
}

Connection *ConnectionManager::add(ConnectionConfig config)
{
    if (config.id.isEmpty())
        config.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    auto *connection = new Connection(std::move(config), this);
    apply(connection);
    Q_EMIT connectionAboutToBeAdded(int(m_connections.size()));
    m_connections.append(connection);
    Q_EMIT connectionAdded(connection);
    return connection;
}

void ConnectionManager::remove(Connection *connection)
{
    if (!m_connections.contains(connection))
        return;
    Q_EMIT connectionAboutToBeRemoved(connection);
    m_connections.removeOne(connection);
    connection->close();
    Q_EMIT connectionRemoved(connection);
    connection->deleteLater();
}

Connection *ConnectionManager::openUri(const QString &uri)
{
    Connection *connection = findByUri(uri);
    if (!connection) {
        connection = add(ConnectionConfig::fromUri(uri));
        save();
    }
    connection->open();
    return connection;
}

void ConnectionManager::openAutoconnect()
{
    for (Connection *connection : std::as_const(m_connections)) {
        if (connection->config().autoconnect)
            connection->open();
    }
}

void ConnectionManager::setConnectTimeout(int milliseconds)
{
    m_connectTimeoutMs = milliseconds;
    for (Connection *connection : std::as_const(m_connections))
        connection->setConnectTimeout(milliseconds);
}

void ConnectionManager::setStatsInterval(int milliseconds)
{
    m_statsIntervalMs = milliseconds;
    for (Connection *connection : std::as_const(m_connections))
        connection->setStatsInterval(milliseconds);
}

void ConnectionManager::setStatsPaused(bool paused)
{
    m_statsPaused = paused;
    for (Connection *connection : std::as_const(m_connections))
        connection->setStatsPaused(paused);
}

void ConnectionManager::setConnectTimeoutsHeld(bool held)
{
    for (Connection *connection : std::as_const(m_connections))
        connection->setConnectTimeoutHeld(held);
}

void ConnectionManager::apply(Connection *connection) const
{
    connection->setConnectTimeout(m_connectTimeoutMs);
    connection->setStatsInterval(m_statsIntervalMs);
    connection->setStatsPaused(m_statsPaused);
}
