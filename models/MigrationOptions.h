// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: Virt Ferry contributors
#pragma once

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <libvirt/libvirt.h>

// What the user chose for one libvirt-driven migration (virDomainMigrate3 /
// virDomainMigrateToURI3), as a plain value type. Offline moves with a disk copy and
// save-state-and-move are not libvirt migrations and are described elsewhere.
// Everything here is pure: it validates, maps to flags and typed parameters, and writes
// the equivalent virsh command line, without touching a connection.
struct MigrationOptions
{
    enum class Mode {
        LiveShared, // disks on storage both hosts see
        LiveCopyAllStorage, // VIR_MIGRATE_NON_SHARED_DISK: full copy of every (chosen) disk
        LiveCopyIncremental, // VIR_MIGRATE_NON_SHARED_INC: only what is above a shared base image
        OfflineShared, // VIR_MIGRATE_OFFLINE | PERSIST_DEST: only the definition moves
    };

    // The option a Problem concerns, so a wizard can show the reason at that field.
    enum class Option {
        Mode,
        PeerToPeer,
        Tunnelled,
        PersistOnDestination,
        UndefineSource,
        PauseAfter,
        MigrationUri,
        ConnectionUri,
        Bandwidth,
        MaxDowntime,
        Compression,
        AutoConverge,
        PostCopy,
        ParallelConnections,
        Tls,
        DestinationName,
        DestinationXml,
        MigrateDisks,
        Unsafe,
    };

    struct Problem
    {
        Option option = Option::Mode;
        QString reason; // user-facing, translated
        friend bool operator==(const Problem &, const Problem &) = default;
    };

    // Limits of the numeric options; the UI uses them for its spin boxes.
    static constexpr unsigned long kMaxBandwidthMiBs = 1024UL * 1024UL; // 1 TiB/s: anything above is a typo
    static constexpr unsigned long long kMaxDowntimeMs = 3600ULL * 1000ULL;
    static constexpr int kMaxParallelConnections = 255;

    Mode mode = Mode::LiveShared;
    bool peerToPeer = false;
    bool tunnelled = false;
    bool persistOnDestination = true;
    bool undefineSource = true;
    bool pauseAfter = false;
    QString migrationUri; // VIR_MIGRATE_PARAM_URI, e.g. tcp://10.0.0.2:49152; empty: libvirt picks
    QString connectionUri; // the destination libvirt URI (dconnuri) for peer-to-peer
    unsigned long bandwidthMiBs = 0; // 0: unlimited
    // Not a migration parameter in libvirt: applied with virDomainMigrateSetMaxDowntime
    // once the job runs. 0: the hypervisor's default.
    unsigned long long maxDowntimeMs = 0;
    QStringList compressionMethods; // VIR_MIGRATE_PARAM_COMPRESSION, e.g. "xbzrle", "zlib"
    bool autoConverge = false;
    bool postCopyAllowed = false;
    int parallelConnections = 0; // 0: not parallel; >= 1 sets VIR_MIGRATE_PARALLEL
    bool tls = false;
    QString destinationName; // dname; empty keeps the name
    QString destinationXml; // empty: libvirt uses the source definition
    QStringList migrateDisks; // target names (vda, sdb); empty: every non-shared disk
    bool unsafe = false;

    bool isLive() const { return mode != Mode::OfflineShared; }
    bool copiesStorage() const
    {
        return mode == Mode::LiveCopyAllStorage || mode == Mode::LiveCopyIncremental;
    }

    // Every invalid or unsupported combination, in option order; empty when the
    // migration can be started.
    QList<Problem> problems() const;

    // The VIR_MIGRATE_* flags these options mean.
    unsigned long flags() const;

    // The equivalent `virsh migrate …` command line; every user-typed value goes through
    // shellQuote(). `destinationUri` is the destination's libvirt URI (virsh's desturi).
    // A destination XML is referred to as the file destination.xml, which the caller
    // offers to save. With a maximum downtime, a second line sets it with
    // migrate-setmaxdowntime, to run while the migration runs (virsh migrate has no
    // such option). Null when a value cannot be passed to a shell (contains NUL).
    QString virshCommandLine(const QString &domainName, const QString &destinationUri) const;

    friend bool operator==(const MigrationOptions &, const MigrationOptions &) = default;
};

// The typed parameters for virDomainMigrate3 / virDomainMigrateToURI3, owned and freed
// with virTypedParamsFree. Move-only.
class MigrationParameters final
{
public:
    explicit MigrationParameters(const MigrationOptions &options);
    ~MigrationParameters();
    MigrationParameters(MigrationParameters &&other) noexcept;
    MigrationParameters &operator=(MigrationParameters &&other) noexcept;
    MigrationParameters(const MigrationParameters &) = delete;
    MigrationParameters &operator=(const MigrationParameters &) = delete;

    virTypedParameterPtr data() const { return m_params; }
    int count() const { return m_count; }
    // False when libvirt could not add a parameter (out of memory); the parameters are
    // then incomplete and must not be used.
    bool isValid() const { return m_valid; }

private:
    void addString(const char *name, const QString &value);

    virTypedParameterPtr m_params = nullptr;
    int m_count = 0;
    int m_capacity = 0;
    bool m_valid = true;
};

Q_DECLARE_METATYPE(MigrationOptions)
