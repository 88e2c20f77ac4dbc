// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: Virt Ferry contributors
#pragma once

#include "Connection.h"
#include "ConnectionHandle.h"
#include "LibvirtHandles.h"
#include "MigrationBatch.h"
#include "NodeXmlGenerator.h"

#include <QTemporaryDir>
#include <QTest>
#include <gtest/gtest.h>

#include <algorithm>
#include <memory>
#include <vector>

// Separate hosts on libvirt's test driver: each its own node XML in a private directory,
// so two test:///<path> connections behave as two hosts (the test driver cannot migrate,
// so a libvirt migration between them fails with libvirt's own message). For the tests
// of what runs between hosts: migration batches, pre-flight checks, pool replication.
class TestDriverHosts final
{
    Q_DISABLE_COPY_MOVE(TestDriverHosts)

public:
    // A source with `sourceVms` VMs (their running ones in `targets`, by name, as the
    // wizard passes them) and a destination with one, as raw connections for MigrationBatch.
    struct Pair
    {
        ConnectionHandle source;
        ConnectionHandle destination;
        QList<MigrationTarget> targets;
    };

    TestDriverHosts() = default;

    bool isValid() const { return m_dir.isValid(); }
    QString filePath(const QString &name) const { return m_dir.filePath(name); }

    // Writes <name>.xml with `domainCount` VMs named vm-<name>N (NodeXmlGenerator) and
    // returns its test:// URI.
    QString writeNode(const QString &name, int domainCount, const QString &uuidPrefix = QStringLiteral("5a0a0000"))
    {
        const QString path = filePath(name + QStringLiteral(".xml"));
        NodeXmlGenerator::Options options;
        options.domainCount = domainCount;
        options.namePrefix = QStringLiteral("vm-") + name;
        options.uuidPrefix = uuidPrefix;
        EXPECT_EQ(NodeXmlGenerator::write(path, options), QString());
        return QStringLiteral("test://") + path;
    }

    // A Connection (as the GUI holds one) to `uri`, open; it lives as long as this.
    Connection *openUri(const QString &uri)
    {
        ConnectionConfig config = ConnectionConfig::fromUri(uri);
        config.autoconnect = false;
        m_connections.push_back(std::make_unique<Connection>(config));
        Connection *connection = m_connections.back().get();
        connection->open();
        EXPECT_TRUE(QTest::qWaitFor([&] { return connection->isOpen(); }, 10000)) << connection->stateText().toStdString();
        return connection;
    }

    // A raw shared libvirt connection to `uri` (null when it cannot be opened).
    static ConnectionHandle openHandle(const QString &uri)
    {
        Libvirt::ConnectPtr connection(virConnectOpen(uri.toUtf8().constData()));
        return shareConnection(connection.get());
    }

    // Hosts "a" (source, `sourceVms` VMs) and "b" (destination, one VM), with different VMs.
    Pair openPair(int sourceVms)
    {
        Pair pair;
        pair.source = openHandle(writeNode(QStringLiteral("a"), sourceVms, QStringLiteral("5a0a0000")));
        pair.destination = openHandle(writeNode(QStringLiteral("b"), 1, QStringLiteral("5b0b0000")));
        if (pair.source)
            pair.targets = runningVms(pair.source);
        return pair;
    }

    // The running VMs of `host`, by name.
    static QList<MigrationTarget> runningVms(const ConnectionHandle &host)
    {
        QList<MigrationTarget> targets;
        virDomainPtr *domains = nullptr;
        const int count = virConnectListAllDomains(host.get(), &domains, VIR_CONNECT_LIST_DOMAINS_ACTIVE);
        for (int index = 0; index < count; ++index) {
            Libvirt::DomainPtr domain(domains[index]);
            char uuid[VIR_UUID_STRING_BUFLEN] = {};
            EXPECT_EQ(virDomainGetUUIDString(domain.get(), uuid), 0);
            targets.append(MigrationTarget{QString::fromLatin1(uuid), QString::fromUtf8(virDomainGetName(domain.get()))});
        }
        free(domains);
        std::sort(targets.begin(), targets.end(),
            [](const MigrationTarget &left, const MigrationTarget &right) { return left.name < right.name; });
        return targets;
    }

private:
    QTemporaryDir m_dir;
    std::vector<std::unique_ptr<Connection>> m_connections;
};
