// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: Virt Ferry contributors
#include "DomainDisks.h"

#include "Tr.h"

#include <QSet>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

namespace {

const QString kDomain = QStringLiteral("domain");
const QString kDevices = QStringLiteral("devices");
const QString kDisk = QStringLiteral("disk");
const QString kSource = QStringLiteral("source");

QString attribute(const QXmlStreamReader &reader, const char *name)
{
    return reader.attributes().value(QLatin1String(name)).toString();
}

// <domain><devices><disk>, in the default namespace only: a foreign element of the same
// local name (in <metadata>, say) is not a disk.
bool isDiskPath(const QStringList &path)
{
    return path.size() == 3 && path.at(0) == kDomain && path.at(1) == kDevices && path.at(2) == kDisk;
}

QString parseError(const QXmlStreamReader &reader)
{
    return Tr::tr("The domain XML is not well-formed (line %1, column %2): %3")
        .arg(reader.lineNumber())
        .arg(reader.columnNumber())
        .arg(reader.errorString());
}

// The element's path name: its local name if it is in no namespace, otherwise something
// no libvirt element is called, so foreign elements never match.
QString pathName(const QXmlStreamReader &reader)
{
    if (!reader.namespaceUri().isEmpty())
        return QLatin1Char('{') + reader.namespaceUri().toString() + QLatin1Char('}')
            + reader.name().toString();
    return reader.name().toString();
}

} // namespace

QList<DomainDisk> domainDisks(const QString &domainXml, QString *error)
{
    QList<DomainDisk> disks;
    QXmlStreamReader reader(domainXml);
    QStringList path;
    DomainDisk disk;
    while (!reader.atEnd()) {
        const QXmlStreamReader::TokenType token = reader.readNext();
        if (token == QXmlStreamReader::StartElement) {
            path.append(pathName(reader));
            if (isDiskPath(path)) {
                disk = DomainDisk();
                disk.device = attribute(reader, "device");
                if (disk.device.isEmpty())
                    disk.device = QStringLiteral("disk");
                disk.type = attribute(reader, "type");
                if (disk.type.isEmpty())
                    disk.type = QStringLiteral("file");
                continue;
            }
            // Direct children of a disk, and <host> directly inside its <source>; the
            // <backingStore> chain has sources and formats of its own.
            const bool inDisk = path.size() == 4 && isDiskPath(path.mid(0, 3));
            const bool inDiskSource = path.size() == 5 && isDiskPath(path.mid(0, 3)) && path.at(3) == kSource;
            if (inDisk) {
                const QString element = path.at(3);
                if (element == kSource) {
                    for (const char *name : { "file", "dev", "dir" }) {
                        const QString value = attribute(reader, name);
                        if (!value.isEmpty())
                            disk.sourcePath = value;
                    }
                    disk.sourcePool = attribute(reader, "pool");
                    disk.sourceVolume = attribute(reader, "volume");
                    disk.sourceProtocol = attribute(reader, "protocol");
                    disk.sourceName = attribute(reader, "name");
                } else if (element == QLatin1String("target")) {
                    disk.targetDev = attribute(reader, "dev");
                    disk.targetBus = attribute(reader, "bus");
                } else if (element == QLatin1String("driver")) {
                    disk.driverFormat = attribute(reader, "type");
                } else if (element == QLatin1String("readonly")) {
                    disk.readOnly = true;
                } else if (element == QLatin1String("shareable")) {
                    disk.shareable = true;
                }
            } else if (inDiskSource && path.at(4) == QLatin1String("host")) {
                QString host = attribute(reader, "name");
                const QString port = attribute(reader, "port");
                if (!port.isEmpty())
                    host += QLatin1Char(':') + port;
                if (!host.isEmpty())
                    disk.sourceHosts.append(host);
            }
        } else if (token == QXmlStreamReader::EndElement) {
            if (isDiskPath(path))
                disks.append(disk);
            if (!path.isEmpty())
                path.removeLast();
        }
    }
    if (error)
        *error = reader.hasError() ? parseError(reader) : QString();
    return disks;
}

QString domainXmlName(const QString &domainXml)
{
    QXmlStreamReader reader(domainXml);
    QStringList path;
    while (!reader.atEnd()) {
        const QXmlStreamReader::TokenType token = reader.readNext();
        if (token == QXmlStreamReader::StartElement) {
            path.append(pathName(reader));
            if (path == QStringList { kDomain, QStringLiteral("name") })
                return reader.readElementText(QXmlStreamReader::IncludeChildElements).trimmed();
        } else if (token == QXmlStreamReader::EndElement && !path.isEmpty()) {
            path.removeLast();
        }
    }
    return {};
}

DiskSourceRewrite DiskSourceRewrite::file(QString path)
{
    DiskSourceRewrite rewrite;
    rewrite.kind = Kind::File;
    rewrite.path = std::move(path);
    return rewrite;
}

DiskSourceRewrite DiskSourceRewrite::block(QString path)
{
    DiskSourceRewrite rewrite;
    rewrite.kind = Kind::Block;
    rewrite.path = std::move(path);
    return rewrite;
}

DiskSourceRewrite DiskSourceRewrite::poolVolume(QString pool, QString volume)
{
    DiskSourceRewrite rewrite;
    rewrite.kind = Kind::Volume;
    rewrite.pool = std::move(pool);
    rewrite.volume = std::move(volume);
    return rewrite;
}

namespace {

QString kindType(DiskSourceRewrite::Kind kind)
{
    switch (kind) {
    case DiskSourceRewrite::Kind::File:
        return QStringLiteral("file");
    case DiskSourceRewrite::Kind::Block:
        return QStringLiteral("block");
    case DiskSourceRewrite::Kind::Volume:
        return QStringLiteral("volume");
    }
    return QStringLiteral("file");
}

void writeSource(QXmlStreamWriter &writer, const DiskSourceRewrite &rewrite)
{
    writer.writeEmptyElement(kSource);
    switch (rewrite.kind) {
    case DiskSourceRewrite::Kind::File:
        writer.writeAttribute(QStringLiteral("file"), rewrite.path);
        break;
    case DiskSourceRewrite::Kind::Block:
        writer.writeAttribute(QStringLiteral("dev"), rewrite.path);
        break;
    case DiskSourceRewrite::Kind::Volume:
        writer.writeAttribute(QStringLiteral("pool"), rewrite.pool);
        writer.writeAttribute(QStringLiteral("volume"), rewrite.volume);
        break;
    }
}

// Copies the reader's start tag as written: prefixes and namespace declarations stay as
// they were (writeCurrentToken would invent prefixes such as n1: for foreign metadata).
// `diskType` replaces or adds the type attribute.
void writeStartElement(QXmlStreamWriter &writer, const QXmlStreamReader &reader, const QString &diskType = {})
{
    writer.writeStartElement(reader.qualifiedName().toString());
    for (const QXmlStreamNamespaceDeclaration &declaration : reader.namespaceDeclarations()) {
        const QString prefix = declaration.prefix().toString();
        writer.writeAttribute(prefix.isEmpty() ? QStringLiteral("xmlns") : QStringLiteral("xmlns:") + prefix,
            declaration.namespaceUri().toString());
    }
    bool typeWritten = diskType.isEmpty();
    for (const QXmlStreamAttribute &attribute : reader.attributes()) {
        if (attribute.isDefault())
            continue; // from a DTD, not from the document
        if (!diskType.isEmpty() && attribute.qualifiedName() == QLatin1String("type")) {
            writer.writeAttribute(QStringLiteral("type"), diskType);
            typeWritten = true;
        } else {
            writer.writeAttribute(attribute.qualifiedName().toString(), attribute.value().toString());
        }
    }
    if (!typeWritten)
        writer.writeAttribute(QStringLiteral("type"), diskType);
}

QString validationError(const QString &domainXml, const DomainXmlRewrite &rewrite)
{
    if (rewrite.name && rewrite.name->trimmed().isEmpty())
        return Tr::tr("The new name of the domain is empty.");
    for (auto it = rewrite.sources.cbegin(); it != rewrite.sources.cend(); ++it) {
        const DiskSourceRewrite &source = it.value();
        const bool empty = source.kind == DiskSourceRewrite::Kind::Volume
            ? source.pool.isEmpty() || source.volume.isEmpty()
            : source.path.isEmpty();
        if (empty)
            return Tr::tr("The new source of disk %1 is empty.").arg(it.key());
    }
    QString error;
    const QList<DomainDisk> disks = domainDisks(domainXml, &error);
    if (!error.isEmpty())
        return error;
    QSet<QString> targets;
    for (const DomainDisk &disk : disks)
        targets.insert(disk.targetDev);
    for (auto it = rewrite.sources.cbegin(); it != rewrite.sources.cend(); ++it) {
        if (!targets.contains(it.key()))
            return Tr::tr("The domain has no disk with target “%1”.").arg(it.key());
    }
    return {};
}

} // namespace

std::optional<QString> rewriteDomainXml(
    const QString &domainXml, const DomainXmlRewrite &rewrite, QString *error)
{
    auto failed = [error](const QString &message) -> std::optional<QString> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    if (const QString problem = validationError(domainXml, rewrite); !problem.isEmpty())
        return failed(problem);

    // The target dev of each disk, in document order, so a disk's start tag (whose type
    // attribute may change) can be written before its <target> is read.
    const QList<DomainDisk> disks = domainDisks(domainXml);

    QByteArray output;
    QXmlStreamWriter writer(&output);
    QXmlStreamReader reader(domainXml);
    QStringList path;
    bool sawDomain = false;
    qsizetype diskIndex = -1;
    const DiskSourceRewrite *currentRewrite = nullptr; // the disk being rewritten, if any
    bool sourceWritten = false;

    while (!reader.atEnd()) {
        const QXmlStreamReader::TokenType token = reader.readNext();
        if (token == QXmlStreamReader::Invalid)
            break;
        if (token == QXmlStreamReader::StartElement) {
            path.append(pathName(reader));
            if (path.size() == 1) {
                if (path.first() != kDomain)
                    return failed(Tr::tr("The XML is not a domain definition (its root is <%1>).")
                                      .arg(reader.qualifiedName().toString()));
                sawDomain = true;
            }
            if (isDiskPath(path)) {
                ++diskIndex;
                const QString target = diskIndex < disks.size() ? disks.at(diskIndex).targetDev : QString();
                const auto found = rewrite.sources.constFind(target);
                currentRewrite
                    = found != rewrite.sources.cend() && !target.isEmpty() ? &found.value() : nullptr;
                sourceWritten = false;
                if (currentRewrite) {
                    writeStartElement(writer, reader, kindType(currentRewrite->kind));
                    continue;
                }
            } else if (currentRewrite && path.size() == 4 && isDiskPath(path.mid(0, 3))
                && path.at(3) == kSource) {
                // The old source goes with everything inside it (hosts, auth, seclabels
                // that describe the old storage).
                writeSource(writer, *currentRewrite);
                sourceWritten = true;
                reader.skipCurrentElement();
                path.removeLast();
                continue;
            } else if (path == QStringList { kDomain, QStringLiteral("uuid") } && rewrite.dropUuid) {
                reader.skipCurrentElement();
                path.removeLast();
                continue;
            } else if (path == QStringList { kDomain, QStringLiteral("name") } && rewrite.name) {
                writeStartElement(writer, reader);
                writer.writeCharacters(*rewrite.name);
                reader.skipCurrentElement();
                writer.writeEndElement();
                path.removeLast();
                continue;
            }
        } else if (token == QXmlStreamReader::EndElement) {
            if (isDiskPath(path)) {
                if (currentRewrite && !sourceWritten)
                    writeSource(writer, *currentRewrite); // an empty cdrom gains a source
                currentRewrite = nullptr;
            }
            if (!path.isEmpty())
                path.removeLast();
        } else if (token == QXmlStreamReader::StartDocument && reader.documentVersion().isEmpty()) {
            continue; // libvirt's XML has no declaration; do not add one
        }
        if (token == QXmlStreamReader::StartElement)
            writeStartElement(writer, reader);
        else
            writer.writeCurrentToken(reader);
    }
    if (reader.hasError())
        return failed(parseError(reader));
    if (!sawDomain)
        return failed(Tr::tr("The domain XML is empty."));
    return QString::fromUtf8(output);
}
