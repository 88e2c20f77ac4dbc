// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: Virt Ferry contributors
#include "MigrationOptions.h"

#include "ConnectionConfig.h"
#include "DomainXmlBuilder.h"
#include "ShellQuoting.h"
#include "Tr.h"

#include <QLocale>
#include <QSet>
#include <QUrl>

#include <utility>

namespace {

using Option = MigrationOptions::Option;
using Problem = MigrationOptions::Problem;

// The methods libvirt's QEMU driver accepts for VIR_MIGRATE_PARAM_COMPRESSION.
const QStringList kCompressionMethods
    = { QStringLiteral("xbzrle"), QStringLiteral("mt"), QStringLiteral("zlib"), QStringLiteral("zstd") };

QString migrationUriError(const QString &uri)
{
    const QUrl url(uri.trimmed(), QUrl::StrictMode);
    const QString scheme = url.scheme();
    if (!url.isValid() || scheme.isEmpty() || !uri.contains(QStringLiteral("://")))
        return Tr::tr("A migration URI looks like tcp://10.0.0.2 or tcp://host:49152.");
    if (scheme == u"unix")
        return url.path().isEmpty()
            ? Tr::tr("A unix migration URI needs a socket path, as in unix:///run/mig.sock.")
            : QString();
    if (scheme != u"tcp" && scheme != u"rdma")
        return Tr::tr("Unknown migration transport \"%1\": use tcp, rdma or unix.").arg(scheme);
    if (url.host().isEmpty())
        return Tr::tr("The migration URI needs the destination's address, as in tcp://10.0.0.2.");
    if (!url.path().isEmpty() || url.hasQuery() || url.hasFragment() || !url.userInfo().isEmpty())
        return Tr::tr("A %1 migration URI has only an address and a port.").arg(scheme);
    return {};
}

} // namespace

QList<MigrationOptions::Problem> MigrationOptions::problems() const
{
    QList<Problem> found;
    const auto add = [&found](Option option, QString reason) { found.append({ option, std::move(reason) }); };

    if (peerToPeer) {
        if (connectionUri.trimmed().isEmpty())
            add(Option::ConnectionUri,
                Tr::tr("Peer-to-peer migration needs the destination's libvirt URI, as the source host sees "
                       "it."));
        else if (const QString error = ConnectionValidation::uriError(connectionUri); !error.isEmpty())
            add(Option::ConnectionUri, error);
    }
    if (tunnelled) {
        if (!peerToPeer)
            add(Option::Tunnelled,
                Tr::tr("Tunnelled migration runs through the libvirt daemons: turn on peer-to-peer."));
        if (copiesStorage())
            add(Option::Tunnelled,
                Tr::tr(
                    "Tunnelled migration cannot copy storage: libvirt's tunnel carries only memory. Turn off "
                    "tunnelling or use shared storage."));
        if (parallelConnections > 0)
            add(Option::Tunnelled, Tr::tr("Tunnelled migration cannot use parallel connections."));
        if (!migrationUri.isEmpty())
            add(Option::MigrationUri,
                Tr::tr("A tunnelled migration has no migration URI of its own: the data goes "
                       "through the libvirt connection."));
    }

    if (!isLive()) {
        const QString liveOnly = Tr::tr(
            "An offline migration only defines the virtual machine on the destination; this option applies "
            "only to a running one.");
        if (!persistOnDestination)
            add(Option::PersistOnDestination,
                Tr::tr(
                    "An offline migration consists of defining the virtual machine on the destination: keep "
                    "\"persistent on destination\" on."));
        if (pauseAfter)
            add(Option::PauseAfter, liveOnly);
        if (!migrationUri.isEmpty())
            add(Option::MigrationUri, liveOnly);
        if (bandwidthMiBs > 0)
            add(Option::Bandwidth, liveOnly);
        if (maxDowntimeMs > 0)
            add(Option::MaxDowntime, liveOnly);
        if (!compressionMethods.isEmpty())
            add(Option::Compression, liveOnly);
        if (autoConverge)
            add(Option::AutoConverge, liveOnly);
        if (postCopyAllowed)
            add(Option::PostCopy, liveOnly);
        if (parallelConnections > 0)
            add(Option::ParallelConnections, liveOnly);
        if (tls)
            add(Option::Tls, liveOnly);
        if (!migrateDisks.isEmpty())
            add(Option::MigrateDisks,
                Tr::tr("An offline migration cannot copy storage; use the offline move with disk copy "
                       "instead."));
    } else if (!copiesStorage() && !migrateDisks.isEmpty()) {
        add(Option::MigrateDisks, Tr::tr("Choosing disks to copy needs a migration with storage copy."));
    }

    if (!migrationUri.isEmpty() && isLive()) {
        if (const QString error = migrationUriError(migrationUri); !error.isEmpty())
            add(Option::MigrationUri, error);
    }
    if (bandwidthMiBs > kMaxBandwidthMiBs)
        add(Option::Bandwidth,
            Tr::tr("The bandwidth limit can be at most %1 MiB/s; 0 means unlimited.")
                .arg(QLocale().toString(kMaxBandwidthMiBs)));
    if (maxDowntimeMs > kMaxDowntimeMs)
        add(Option::MaxDowntime,
            Tr::tr("The maximum downtime can be at most %1 ms; 0 keeps the hypervisor's default.")
                .arg(QLocale().toString(kMaxDowntimeMs)));
    if (parallelConnections < 0 || parallelConnections > kMaxParallelConnections)
        add(Option::ParallelConnections,
            Tr::tr("Parallel connections must be between 1 and %1, or 0 for a single connection.")
                .arg(kMaxParallelConnections));

    QSet<QString> seenMethods;
    for (const QString &method : compressionMethods) {
        if (!kCompressionMethods.contains(method))
            add(Option::Compression,
                Tr::tr("Unknown compression method \"%1\": use %2.")
                    .arg(method, Tr::joinedList(kCompressionMethods)));
        else if (seenMethods.contains(method))
            add(Option::Compression, Tr::tr("The compression method \"%1\" is listed twice.").arg(method));
        seenMethods.insert(method);
    }

    if (!destinationName.isEmpty()) {
        if (const QString error = NewDomainValidation::nameError(destinationName); !error.isEmpty())
            add(Option::DestinationName, error);
    }
    QSet<QString> seenDisks;
    for (const QString &disk : migrateDisks) {
        if (disk.isEmpty() || disk.trimmed() != disk || disk.contains(u'/'))
            add(Option::MigrateDisks, Tr::tr("\"%1\" is not a disk target name such as vda.").arg(disk));
        else if (seenDisks.contains(disk))
            add(Option::MigrateDisks, Tr::tr("The disk \"%1\" is listed twice.").arg(disk));
        seenDisks.insert(disk);
    }
    if (destinationXml.trimmed().isEmpty() != destinationXml.isEmpty())
        add(Option::DestinationXml,
            Tr::tr("The destination XML is empty; clear it to use the source definition."));
    return found;
}

unsigned long MigrationOptions::flags() const
{
    unsigned long result = 0;
    switch (mode) {
    case Mode::LiveShared:
        result |= VIR_MIGRATE_LIVE;
        break;
    case Mode::LiveCopyAllStorage:
        result |= VIR_MIGRATE_LIVE | VIR_MIGRATE_NON_SHARED_DISK;
        break;
    case Mode::LiveCopyIncremental:
        result |= VIR_MIGRATE_LIVE | VIR_MIGRATE_NON_SHARED_INC;
        break;
    case Mode::OfflineShared:
        result |= VIR_MIGRATE_OFFLINE | VIR_MIGRATE_PERSIST_DEST;
        break;
    }
    if (peerToPeer)
        result |= VIR_MIGRATE_PEER2PEER;
    if (tunnelled)
        result |= VIR_MIGRATE_TUNNELLED;
    if (persistOnDestination)
        result |= VIR_MIGRATE_PERSIST_DEST;
    if (undefineSource)
        result |= VIR_MIGRATE_UNDEFINE_SOURCE;
    if (pauseAfter)
        result |= VIR_MIGRATE_PAUSED;
    if (!compressionMethods.isEmpty())
        result |= VIR_MIGRATE_COMPRESSED;
    if (autoConverge)
        result |= VIR_MIGRATE_AUTO_CONVERGE;
    if (postCopyAllowed)
        result |= VIR_MIGRATE_POSTCOPY;
    if (parallelConnections > 0)
        result |= VIR_MIGRATE_PARALLEL;
    if (tls)
        result |= VIR_MIGRATE_TLS;
    if (unsafe)
        result |= VIR_MIGRATE_UNSAFE;
    return result;
}

QString MigrationOptions::virshCommandLine(const QString &domainName, const QString &destinationUri) const
{
    QStringList argv = { QStringLiteral("virsh"), QStringLiteral("migrate") };
    switch (mode) {
    case Mode::LiveShared:
        argv << QStringLiteral("--live");
        break;
    case Mode::LiveCopyAllStorage:
        argv << QStringLiteral("--live") << QStringLiteral("--copy-storage-all");
        break;
    case Mode::LiveCopyIncremental:
        argv << QStringLiteral("--live") << QStringLiteral("--copy-storage-inc");
        break;
    case Mode::OfflineShared:
        argv << QStringLiteral("--offline");
        break;
    }
    if (peerToPeer)
        argv << QStringLiteral("--p2p");
    if (tunnelled)
        argv << QStringLiteral("--tunnelled");
    if (persistOnDestination || mode == Mode::OfflineShared)
        argv << QStringLiteral("--persistent");
    if (undefineSource)
        argv << QStringLiteral("--undefinesource");
    if (pauseAfter)
        argv << QStringLiteral("--suspend");
    if (autoConverge)
        argv << QStringLiteral("--auto-converge");
    if (postCopyAllowed)
        argv << QStringLiteral("--postcopy");
    if (tls)
        argv << QStringLiteral("--tls");
    if (unsafe)
        argv << QStringLiteral("--unsafe");
    if (!compressionMethods.isEmpty())
        argv << QStringLiteral("--compressed") << QStringLiteral("--comp-methods")
             << compressionMethods.join(QLatin1Char(','));
    if (parallelConnections > 0)
        argv << QStringLiteral("--parallel") << QStringLiteral("--parallel-connections")
             << QString::number(parallelConnections);
    if (bandwidthMiBs > 0)
        argv << QStringLiteral("--bandwidth") << QString::number(bandwidthMiBs);
    if (!destinationName.isEmpty())
        argv << QStringLiteral("--dname") << destinationName;
    if (!migrateDisks.isEmpty())
        argv << QStringLiteral("--migrate-disks") << migrateDisks.join(QLatin1Char(','));
    if (!destinationXml.isEmpty())
        argv << QStringLiteral("--xml") << QStringLiteral("destination.xml");
    argv << QStringLiteral("--domain") << domainName << QStringLiteral("--desturi") << destinationUri;
    if (!migrationUri.isEmpty())
        argv << QStringLiteral("--migrateuri") << migrationUri;
    QString line = shellCommand(argv);
    if (line.isNull())
        return {};
    if (maxDowntimeMs > 0) {
        // The limit can only be set on a running job, so it is a second command.
        const QString downtime = shellCommand(
            { QStringLiteral("virsh"), QStringLiteral("migrate-setmaxdowntime"), QStringLiteral("--domain"),
                domainName, QStringLiteral("--downtime"), QString::number(maxDowntimeMs) });
        line += u'\n' + downtime;
    }
    return line;
}

MigrationParameters::MigrationParameters(const MigrationOptions &options)
{
    if (!options.migrationUri.isEmpty())
        addString(VIR_MIGRATE_PARAM_URI, options.migrationUri);
    if (!options.destinationName.isEmpty())
        addString(VIR_MIGRATE_PARAM_DEST_NAME, options.destinationName);
    if (!options.destinationXml.isEmpty())
        addString(VIR_MIGRATE_PARAM_DEST_XML, options.destinationXml);
    if (options.bandwidthMiBs > 0 && m_valid)
        m_valid = virTypedParamsAddULLong(
                      &m_params, &m_count, &m_capacity, VIR_MIGRATE_PARAM_BANDWIDTH, options.bandwidthMiBs)
            == 0;
    for (const QString &disk : options.migrateDisks)
        addString(VIR_MIGRATE_PARAM_MIGRATE_DISKS, disk);
    for (const QString &method : options.compressionMethods)
        addString(VIR_MIGRATE_PARAM_COMPRESSION, method);
    if (options.parallelConnections > 0 && m_valid)
        m_valid = virTypedParamsAddInt(&m_params, &m_count, &m_capacity,
                      VIR_MIGRATE_PARAM_PARALLEL_CONNECTIONS, options.parallelConnections)
            == 0;
}

MigrationParameters::~MigrationParameters()
{
    virTypedParamsFree(m_params, m_count);
}

MigrationParameters::MigrationParameters(MigrationParameters &&other) noexcept
    : m_params(std::exchange(other.m_params, nullptr))
    , m_count(std::exchange(other.m_count, 0))
    , m_capacity(std::exchange(other.m_capacity, 0))
    , m_valid(other.m_valid)
{ }

MigrationParameters &MigrationParameters::operator=(MigrationParameters &&other) noexcept
{
    if (this != &other) {
        virTypedParamsFree(m_params, m_count);
        m_params = std::exchange(other.m_params, nullptr);
        m_count = std::exchange(other.m_count, 0);
        m_capacity = std::exchange(other.m_capacity, 0);
        m_valid = other.m_valid;
    }
    return *this;
}

void MigrationParameters::addString(const char *name, const QString &value)
{
    if (!m_valid)
        return;
    // Repeated names (migrate_disks, compression) are how libvirt takes lists.
    m_valid
        = virTypedParamsAddString(&m_params, &m_count, &m_capacity, name, value.toUtf8().constData()) == 0;
}
