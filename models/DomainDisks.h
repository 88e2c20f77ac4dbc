// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: Virt Ferry contributors
#pragma once

#include <QHash>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

// The disks of a domain as its XML describes them, and a rewrite of that XML for moving
// the domain to another host: new disk sources, a new name, no <uuid>. Everything the
// rewrite does not name (foreign namespaces such as qemu:commandline, comments, text,
// attribute order) is streamed through unchanged, so libvirt sees the same domain.

struct DomainDisk
{
    QString device; // disk, cdrom, floppy, lun
    QString type; // file, block, volume, network, dir
    QString targetDev; // vda, sdb, …
    QString targetBus; // virtio, sata, scsi, …
    QString sourcePath; // file: the file, block: the device, dir: the directory
    QString sourcePool; // volume disks
    QString sourceVolume; // volume disks
    QString sourceProtocol; // network disks: nfs, rbd, iscsi, …
    QString sourceName; // network disks: export path, image, IQN/LUN
    QStringList sourceHosts; // network disks: "name" or "name:port", in order
    QString driverFormat; // raw, qcow2, …; empty when not given
    bool readOnly = false;
    bool shareable = false;

    bool hasSource() const
    {
        return !sourcePath.isEmpty() || !sourceVolume.isEmpty() || !sourceName.isEmpty();
    }
};

// Reads every <domain><devices><disk>; malformed XML gives what was read before the error
// (with `error` set when given).
QList<DomainDisk> domainDisks(const QString &domainXml, QString *error = nullptr);

// The new source of one disk.
struct DiskSourceRewrite
{
    enum class Kind { File, Block, Volume };
    Kind kind = Kind::File;
    QString path; // File, Block
    QString pool; // Volume
    QString volume; // Volume

    static DiskSourceRewrite file(QString path);
    static DiskSourceRewrite block(QString path);
    static DiskSourceRewrite poolVolume(QString pool, QString volume);
};

struct DomainXmlRewrite
{
    QHash<QString, DiskSourceRewrite> sources; // by target dev
    std::optional<QString> name;
    bool dropUuid = false;

    bool isEmpty() const { return sources.isEmpty() && !name && !dropUuid; }
};

// The domain XML with the rewrite applied (UTF-8 on the way back into a QString), or
// nullopt with a reason in `error`: malformed XML, not a <domain>, a target dev no disk
// has, an empty new name or path.
std::optional<QString> rewriteDomainXml(
    const QString &domainXml, const DomainXmlRewrite &rewrite, QString *error = nullptr);

// The <domain><name> of a domain XML; empty if none.
QString domainXmlName(const QString &domainXml);

Q_DECLARE_METATYPE(DomainDisk)
