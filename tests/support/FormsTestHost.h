// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: Virt Ferry contributors
#pragma once

#include "Connection.h"
#include "ConnectionConfig.h"
#include "DomainRecorder.h"
#include "StorageTypes.h"

#include <QFile>
#include <QObject>
#include <QTemporaryDir>
#include <QTest>
#include <gtest/gtest.h>

#include <memory>

// The private test-driver host the form tests (new VM, volume, pool wizard, hostile input)
// work on: tests/data/forms-host.xml, copied so the test driver's changes stay private,
// with 4 CPUs, 8 GiB, the running dir pool "vm-pool" holding disk1.qcow2 and debian.iso,
// libvirt's "default" network, the bridge br0, and the domain "occupied". One open
// Connection, as the GUI holds it, and a DomainRecorder of what it lists.
class FormsTestHost final
{
    Q_DISABLE_COPY_MOVE(FormsTestHost)

public:
    explicit FormsTestHost(const QString &displayName = QString(), int timeoutMs = 10000)
    {
        EXPECT_TRUE(m_dir.isValid());
        const QString path = m_dir.filePath(QStringLiteral("node.xml"));
        EXPECT_TRUE(QFile::copy(QStringLiteral(VF_TEST_DATA_DIR "/forms-host.xml"), path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        ConnectionConfig config = ConnectionConfig::fromUri(QStringLiteral("test://") + path);
        config.displayName = displayName;
        m_connection = std::make_unique<Connection>(config);
        m_recorder = std::make_unique<DomainRecorder>(*m_connection);
        m_connection->open();
        EXPECT_TRUE(QTest::qWaitFor([&] { return m_connection->isOpen(); }, timeoutMs))
            << m_connection->stateText().toStdString();
        m_ready = QTest::qWaitFor(
            [&] { return m_recorder->byName(QStringLiteral("occupied")).has_value(); }, timeoutMs);
        EXPECT_TRUE(m_ready);
    }

    // Open, with the host's domains listed.
    bool isReady() const { return m_ready && m_connection->isOpen(); }
    Connection *connection() const { return m_connection.get(); }
    DomainRecorder &recorder() const { return *m_recorder; }

    // The pool's volumes as the connection lists them now.
    QList<VolumeInfo> listVolumes(const QString &pool, int timeoutMs = 10000) const
    {
        QList<VolumeInfo> result;
        bool done = false;
        const quint64 id = m_connection->requestVolumes(pool);
        const auto connection = QObject::connect(m_connection.get(), &Connection::volumesListed,
            [&](quint64 requestId, const QString &, const QList<VolumeInfo> &volumes) {
                if (requestId == id) {
                    result = volumes;
                    done = true;
                }
            });
        EXPECT_TRUE(QTest::qWaitFor([&] { return done; }, timeoutMs));
        QObject::disconnect(connection);
        return result;
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Connection> m_connection;
    std::unique_ptr<DomainRecorder> m_recorder;
    bool m_ready = false;
};
