// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: Virt Ferry contributors
#pragma once

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

// Value types for storage pools and volumes, carried from a connection's worker to the
// GUI thread, and the definitions the app writes as libvirt XML (QXmlStreamWriter) or
// reads back (QXmlStreamReader). No libvirt header here, so the GUI needs none.

// Mirrors virStoragePoolState.
enum class PoolState { Inactive = 0, Building = 1, Running = 2, Degraded = 3, Inaccessible = 4 };
QString poolStateText(PoolState state);

struct PoolInfo
{
    QString uuid;
    QString name;
    QString type; // libvirt's pool type name: "dir", "netfs", "logical", …
    PoolState state = PoolState::Inactive;
    bool autostart = false;
    bool persistent = true;
    quint64 capacityBytes = 0;
    quint64 allocationBytes = 0;
    quint64 availableBytes = 0;
    QString targetPath;
    QString sourceDescription; // e.g. "nfs-server:/export" or "/dev/sdb1"; empty for dir pools
};

// Mirrors virStorageVolType.
enum class VolumeType { File = 0, Block = 1, Dir = 2, Network = 3, NetDir = 4, Ploop = 5 };

struct VolumeInfo
{
    QString poolName;
    QString name;
    QString key;
    QString path;
    QString format; // "qcow2", "raw", "iso", … from the volume XML; empty if unknown
    VolumeType type = VolumeType::File;
    quint64 capacityBytes = 0;
    quint64 allocationBytes = 0;
};

// What the app defines. Only the fields Virt Ferry edits are modelled; toXml() writes a
// complete <pool> document for them, fromXml() reads them back from any libvirt pool XML
// (unknown elements are ignored), and sameDefinition() compares what matters for "is
// this the same shared pool": type, source and target path.
struct PoolDefinition
{
    QString name;
    QString type = QStringLiteral("dir");
    QString targetPath;
    QString sourceHost;    // netfs, gluster, iscsi…
    QString sourceDir;     // netfs: the export path
    QString sourceDevice;  // fs, logical (physical volume), disk…
    QString sourceName;    // logical: the volume group name
    QString sourceFormat;  // netfs: auto, nfs, cifs, glusterfs; fs: auto, ext4, …; logical: lvm2
    std::optional<int> nfsProtocolVersion; // <source><protocol ver='N'/>, netfs with format nfs
    QStringList mountOptions;              // <fs:mount_opts><fs:option name='…'/>, netfs only

    QString toXml() const;
    static std::optional<PoolDefinition> fromXml(const QString &xml, QString *errorMessage = nullptr);
    bool sameDefinition(const PoolDefinition &other) const;
    // What differs from `requested`, one phrase each ("target path /a here, /b requested");
    // empty when sameDefinition().
    QStringList differencesFrom(const PoolDefinition &requested) const;
};

struct VolumeDefinition
{
    QString name;
    QString format = QStringLiteral("qcow2"); // "qcow2" or "raw"
    quint64 capacityBytes = 0;
    // Thin by default: libvirt fully preallocates a raw file unless an allocation is given,
    // so toXml() always writes <allocation>, 0 unless the user asked for more.
    quint64 allocationBytes = 0;
    QString backingPath;   // optional backing volume (qcow2 only)
    QString backingFormat;

    QString toXml() const;
};

// Options for the steps after defining a pool.
struct PoolSetup
{
    bool build = true;     // virStoragePoolBuild: mkdir the target (and format, never: no OVERWRITE)
    bool start = true;
    bool autostart = true;
};

enum class PoolAction {
    Start,
    Stop,         // virStoragePoolDestroy: deactivates, keeps the definition and the data
    Refresh,
    SetAutostart, // flag: the new autostart value
    Delete,       // stop if active, then undefine; flag: first delete the contents (volumes, then the pool's directory/data)
};
QString poolActionText(PoolAction action);

// One pool type as virConnectGetStoragePoolCapabilities reports it for a host.
struct PoolTypeSupport
{
    QString type;
    bool supported = false;
    QStringList sourceFormats; // e.g. netfs: auto, nfs, cifs, glusterfs
    QString defaultSourceFormat;
    QStringList volumeFormats;
    QString defaultVolumeFormat;
};
// Parses libvirt's <storagepoolCapabilities> document.
QList<PoolTypeSupport> parsePoolCapabilities(const QString &xml, QString *errorMessage = nullptr);

// What EnsurePool found or did on one host.
enum class EnsurePoolOutcome {
    Created,            // defined (and built/started/autostarted as asked)
    AlreadyIdentical,   // a pool of that name with the same definition exists; started if asked
    Conflict,           // a pool of that name with a different definition exists; left alone
    Failed,             // libvirt refused; message says why (a defined-then-failed pool is undefined again)
};
QString ensurePoolOutcomeText(EnsurePoolOutcome outcome);

// Human sizes ("10.0 GiB") in binary units with the current QLocale's number format.
QString formatBytes(quint64 bytes);

// Inline validation: each returns an empty string when the value is acceptable, otherwise
// a specific sentence for the field's error label. Names are libvirt object names, which
// become file names: no '/', no control characters, not "." or "..", not empty.
namespace StorageValidation {
QString poolNameError(const QString &name);
QString volumeNameError(const QString &name);
QString absolutePathError(const QString &path); // absolute, no ".." component, no newline
QString hostNameError(const QString &host);     // NFS/gluster server: hostname or IP address
QString capacityError(quint64 bytes, std::optional<quint64> poolAvailableBytes);
// Characters that are not control characters yet have no place in a name or path: format
// characters (right-to-left overrides, zero-width spaces) that make two different names
// look alike, and non-characters or unpaired surrogates that XML cannot carry, so libvirt
// would refuse the definition with a parser error far from the field. Empty when `text`
// has none; otherwise a sentence naming the first one by its code point.
QString invisibleCharacterError(const QString &text);
} // namespace StorageValidation

Q_DECLARE_METATYPE(PoolInfo)
Q_DECLARE_METATYPE(VolumeInfo)
Q_DECLARE_METATYPE(PoolDefinition)
Q_DECLARE_METATYPE(VolumeDefinition)
Q_DECLARE_METATYPE(EnsurePoolOutcome)
Q_DECLARE_METATYPE(PoolAction)
Q_DECLARE_METATYPE(PoolTypeSupport)
