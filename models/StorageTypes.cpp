// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: Virt Ferry contributors
#include "StorageTypes.h"

#include "Tr.h"

#include <algorithm>

#include <QDir>
#include <QLocale>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

namespace {

// QXmlStreamWriter writes a carriage return in text as it is, and every XML reader turns it
// into a line feed; a character reference keeps it, so a name or path reads back exactly.
void writeExactTextElement(QXmlStreamWriter &writer, const QString &element, const QString &text)
{
    writer.writeStartElement(element);
    const QStringList parts = text.split(u'\r');
    for (qsizetype i = 0; i < parts.size(); ++i) {
        if (i > 0)
            writer.writeEntityReference(QStringLiteral("#13"));
        writer.writeCharacters(parts.at(i));
    }
    writer.writeEndElement();
}

const QString kFsNamespace = QStringLiteral("http://libvirt.org/schemas/storagepool/fs/1.0");

QString attribute(const QXmlStreamReader &reader, QLatin1StringView name)
{
    return reader.attributes().value(name).toString();
}

// Where the reader is, as element names from the root ("pool/source/host"), so a parser
// can tell <source><format> from <target><format> without regular expressions.
class ElementPath
{
public:
    void push(QStringView name) { m_names.append(name.toString()); }
    void pop()
    {
        if (!m_names.isEmpty())
            m_names.removeLast();
    }
    bool is(std::initializer_list<QLatin1StringView> names) const
    {
        if (qsizetype(names.size()) != m_names.size())
            return false;
        qsizetype i = 0;
        for (QLatin1StringView name : names) {
            if (m_names.at(i++) != name)
                return false;
        }
        return true;
    }

private:
    QStringList m_names;
};

QString readError(const QXmlStreamReader &reader)
{
    return Tr::tr("Cannot read libvirt's XML (line %1): %2").arg(reader.lineNumber()).arg(reader.errorString());
}

bool hasForbiddenCharacter(const QString &text)
{
    for (const QChar ch : text) {
        const auto category = ch.category();
        if (category == QChar::Other_Control || category == QChar::Separator_Line
            || category == QChar::Separator_Paragraph)
            return true;
    }
    return false;
}

// The first invisible or XML-invalid character (see invisibleCharacterError); -1 if none.
qsizetype invisibleCharacterIndex(const QString &text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar ch = text.at(i);
        if (ch.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            const char32_t code = QChar::surrogateToUcs4(ch, text.at(i + 1));
            if (QChar::isNonCharacter(code) || QChar::category(code) == QChar::Other_Format)
                return i;
            ++i;
            continue;
        }
        if (ch.isSurrogate() || ch.isNonCharacter() || ch.category() == QChar::Other_Format)
            return i;
    }
    return -1;
}

QString objectNameError(const QString &name, const QString &what, qsizetype maxBytes, const QString &whyLimited)
{
    //: %1 is "pool" or "volume" (translated on their own) in this and the following name errors.
    if (name.trimmed().isEmpty())
        return Tr::tr("Enter a %1 name.").arg(what);
    if (hasForbiddenCharacter(name))
        return Tr::tr("The %1 name cannot contain line breaks, tabs or other control characters.").arg(what);
    if (QString error = StorageValidation::invisibleCharacterError(name); !error.isEmpty())
        return error;
    if (name == u"." || name == u"..")
        return Tr::tr("“.” and “..” cannot be used as a %1 name.").arg(what);
    if (name.contains(u'/'))
        return Tr::tr("The %1 name cannot contain “/”: it becomes a file name.").arg(what);
    if (name.contains(u'\'') || name.contains(u'"') || name.contains(u'`'))
        return Tr::tr("The %1 name cannot contain quotes (' \" `).").arg(what);
    if (name != name.trimmed())
        return Tr::tr("The %1 name cannot start or end with a space.").arg(what);
    if (const qsizetype bytes = name.toUtf8().size(); bytes > maxBytes) {
        //: %1 is "pool" or "volume"; %4 says why ("it becomes a file name").
        return Tr::tr("The %1 name is too long: %2 bytes in UTF-8, at most %3 (a Chinese character takes 3); %4.")
            .arg(what)
            .arg(bytes)
            .arg(maxBytes)
            .arg(whyLimited);
    }
    return {};
}

bool isIpv4(QStringView text, QString *error)
{
    const auto parts = text.split(u'.');
    if (parts.size() != 4) {
        *error = Tr::tr("“%1” is not a valid IPv4 address: it needs four numbers separated by dots.").arg(text);
        return false;
    }
    for (QStringView part : parts) {
        bool ok = false;
        const uint value = part.toUInt(&ok);
        if (part.isEmpty() || part.size() > 3 || !ok || value > 255) {
            *error = Tr::tr("“%1” is not a valid IPv4 address: each number must be between 0 and 255.").arg(text);
            return false;
        }
    }
    return true;
}

bool isIpv6(QStringView text)
{
    if (text.startsWith(u'[') && text.endsWith(u']'))
        text = text.mid(1, text.size() - 2);
    const qsizetype compressed = text.indexOf(u"::");
    if (compressed >= 0 && text.indexOf(u"::", compressed + 1) >= 0)
        return false;
    int groups = 0;
    const auto parts = text.split(u':');
    for (qsizetype i = 0; i < parts.size(); ++i) {
        const QStringView part = parts.at(i);
        if (part.isEmpty())
            continue; // the "::" (or its leading/trailing half)
        if (i == parts.size() - 1 && part.contains(u'.')) {
            QString ignored;
            if (!isIpv4(part, &ignored))
                return false;
            groups += 2;
            continue;
        }
        if (part.size() > 4)
            return false;
        for (const QChar ch : part) {
            if (!ch.isDigit() && !(ch.toLower() >= u'a' && ch.toLower() <= u'f'))
                return false;
        }
        ++groups;
    }
    if (text.startsWith(u':') && !text.startsWith(u"::"))
        return false;
    if (text.endsWith(u':') && !text.endsWith(u"::"))
        return false;
    return compressed >= 0 ? groups < 8 : groups == 8;
}

bool isHostName(QStringView text)
{
    if (text.endsWith(u'.'))
        text.chop(1);
    if (text.isEmpty() || text.size() > 253)
        return false;
    for (QStringView label : text.split(u'.')) {
        if (label.isEmpty() || label.size() > 63 || label.startsWith(u'-') || label.endsWith(u'-'))
            return false;
        for (const QChar ch : label) {
            const bool asciiLetterOrDigit = ch.unicode() < 128 && ch.isLetterOrNumber();
            if (!asciiLetterOrDigit && ch != u'-')
                return false;
        }
    }
    return true;
}

// libvirt writes some defaults back (a netfs pool without a format reads back as "auto",
// a path loses its trailing slash), so compare what the definitions mean.
QString normalizedFormat(const PoolDefinition &definition)
{
    if (definition.sourceFormat.isEmpty() && (definition.type == u"netfs" || definition.type == u"fs"))
        return QStringLiteral("auto");
    return definition.sourceFormat;
}

QString normalizedPath(const QString &path)
{
    return path.isEmpty() ? path : QDir::cleanPath(path);
}

QString shown(const QString &value)
{
    return value.isEmpty() ? Tr::tr("(none)") : value;
}

} // namespace

QString poolStateText(PoolState state)
{
    switch (state) {
    case PoolState::Inactive:
        return Tr::tr("Inactive");
    case PoolState::Building:
        return Tr::tr("Building");
    case PoolState::Running:
        return Tr::tr("Active");
    case PoolState::Degraded:
        return Tr::tr("Degraded");
    case PoolState::Inaccessible:
        return Tr::tr("Inaccessible");
    }
    return Tr::tr("Unknown");
}

QString poolActionText(PoolAction action)
{
    switch (action) {
    case PoolAction::Start:
        return Tr::tr("Start");
    case PoolAction::Stop:
        return Tr::tr("Stop");
    case PoolAction::Refresh:
        return Tr::tr("Refresh");
    case PoolAction::SetAutostart:
        return Tr::tr("Set autostart");
    case PoolAction::Delete:
        return Tr::tr("Delete");
    }
    return {};
}

QString ensurePoolOutcomeText(EnsurePoolOutcome outcome)
{
    switch (outcome) {
    case EnsurePoolOutcome::Created:
        return Tr::tr("Created");
    case EnsurePoolOutcome::AlreadyIdentical:
        return Tr::tr("Already exists, identical");
    case EnsurePoolOutcome::Conflict:
        return Tr::tr("A different pool of that name exists");
    case EnsurePoolOutcome::Failed:
        return Tr::tr("Failed");
    }
    return {};
}

QString PoolDefinition::toXml() const
{
    QString xml;
    QXmlStreamWriter writer(&xml);
    writer.setAutoFormatting(true);
    writer.setAutoFormattingIndent(2);
    writer.writeStartElement(QStringLiteral("pool"));
    writer.writeAttribute(QStringLiteral("type"), type);
    const bool withMountOptions = type == u"netfs" && !mountOptions.isEmpty();
    if (withMountOptions)
        writer.writeNamespace(kFsNamespace, QStringLiteral("fs"));
    writeExactTextElement(writer, QStringLiteral("name"), name);

    const bool hasSource = !sourceHost.isEmpty() || !sourceDir.isEmpty() || !sourceDevice.isEmpty()
        || !sourceName.isEmpty() || !sourceFormat.isEmpty() || nfsProtocolVersion.has_value();
    if (hasSource) {
        writer.writeStartElement(QStringLiteral("source"));
        if (!sourceHost.isEmpty()) {
            writer.writeEmptyElement(QStringLiteral("host"));
            writer.writeAttribute(QStringLiteral("name"), sourceHost);
        }
        if (!sourceDir.isEmpty()) {
            writer.writeEmptyElement(QStringLiteral("dir"));
            writer.writeAttribute(QStringLiteral("path"), sourceDir);
        }
        if (!sourceDevice.isEmpty()) {
            writer.writeEmptyElement(QStringLiteral("device"));
            writer.writeAttribute(QStringLiteral("path"), sourceDevice);
        }
        if (!sourceName.isEmpty())
            writeExactTextElement(writer, QStringLiteral("name"), sourceName);
        if (!sourceFormat.isEmpty()) {
            writer.writeEmptyElement(QStringLiteral("format"));
            writer.writeAttribute(QStringLiteral("type"), sourceFormat);
        }
        if (nfsProtocolVersion) {
            writer.writeEmptyElement(QStringLiteral("protocol"));
            writer.writeAttribute(QStringLiteral("ver"), QString::number(*nfsProtocolVersion));
        }
        writer.writeEndElement();
    }
    if (!targetPath.isEmpty()) {
        writer.writeStartElement(QStringLiteral("target"));
        writeExactTextElement(writer, QStringLiteral("path"), targetPath);
        writer.writeEndElement();
    }
    if (withMountOptions) {
        writer.writeStartElement(kFsNamespace, QStringLiteral("mount_opts"));
        for (const QString &option : mountOptions) {
            writer.writeEmptyElement(kFsNamespace, QStringLiteral("option"));
            writer.writeAttribute(QStringLiteral("name"), option);
        }
        writer.writeEndElement();
    }
    writer.writeEndElement();
    writer.writeEndDocument();
    return xml;
}

std::optional<PoolDefinition> PoolDefinition::fromXml(const QString &xml, QString *errorMessage)
{
    PoolDefinition definition;
    definition.type.clear();
    QXmlStreamReader reader(xml);
    ElementPath path;
    bool sawPool = false;
    constexpr auto pool = QLatin1StringView("pool");
    constexpr auto source = QLatin1StringView("source");
    while (!reader.atEnd()) {
        const auto token = reader.readNext();
        if (token == QXmlStreamReader::EndElement) {
            path.pop();
            continue;
        }
        if (token != QXmlStreamReader::StartElement)
            continue;
        path.push(reader.name());
        if (path.is({pool})) {
            sawPool = true;
            definition.type = attribute(reader, QLatin1StringView("type"));
        } else if (path.is({pool, QLatin1StringView("name")})) {
            definition.name = reader.readElementText();
            path.pop();
        } else if (path.is({pool, source, QLatin1StringView("host")}) && definition.sourceHost.isEmpty()) {
            definition.sourceHost = attribute(reader, QLatin1StringView("name"));
        } else if (path.is({pool, source, QLatin1StringView("dir")})) {
            definition.sourceDir = attribute(reader, QLatin1StringView("path"));
        } else if (path.is({pool, source, QLatin1StringView("device")}) && definition.sourceDevice.isEmpty()) {
            definition.sourceDevice = attribute(reader, QLatin1StringView("path"));
        } else if (path.is({pool, source, QLatin1StringView("name")})) {
            definition.sourceName = reader.readElementText();
            path.pop();
        } else if (path.is({pool, source, QLatin1StringView("format")})) {
            definition.sourceFormat = attribute(reader, QLatin1StringView("type"));
        } else if (path.is({pool, source, QLatin1StringView("protocol")})) {
            bool ok = false;
            const int version = attribute(reader, QLatin1StringView("ver")).toInt(&ok);
            if (ok)
                definition.nfsProtocolVersion = version;
        } else if (path.is({pool, QLatin1StringView("target"), QLatin1StringView("path")})) {
            definition.targetPath = reader.readElementText();
            path.pop();
        } else if (reader.namespaceUri() == kFsNamespace && reader.name() == u"option"
                   && path.is({pool, QLatin1StringView("mount_opts"), QLatin1StringView("option")})) {
            definition.mountOptions.append(attribute(reader, QLatin1StringView("name")));
        }
    }
    if (reader.hasError() || !sawPool) {
        if (errorMessage)
            *errorMessage = reader.hasError() ? readError(reader) : Tr::tr("This is not a storage pool definition.");
        return std::nullopt;
    }
    // Names and paths with control characters cannot be written back as they were (XML
    // turns a carriage return in text into a line feed), and no pool needs them.
    const std::pair<QString, const QString *> values[] = {
        { Tr::tr("name"), &definition.name },
        { Tr::tr("source name"), &definition.sourceName },
        { Tr::tr("source host"), &definition.sourceHost },
        { Tr::tr("source directory"), &definition.sourceDir },
        { Tr::tr("source device"), &definition.sourceDevice },
        { Tr::tr("target path"), &definition.targetPath },
    };
    for (const auto &[what, value] : values) {
        if (std::any_of(value->cbegin(), value->cend(), [](QChar c) { return c.category() == QChar::Other_Control; })) {
            if (errorMessage) {
                //: %1 is a part of a storage pool definition: its name, source host, target path…
                *errorMessage = Tr::tr("The pool definition's %1 contains control characters.").arg(what);
            }
            return std::nullopt;
        }
    }
    return definition;
}

QStringList PoolDefinition::differencesFrom(const PoolDefinition &requested) const
{
    QStringList differences;
    const auto compare = [&](const QString &what, const QString &here, const QString &wanted) {
        if (here != wanted)
            //: %1 is a pool setting such as "target path" (translated on its own), %2 its value on
            //: this host, %3 the value the new pool asks for.
            differences.append(Tr::tr("%1 %2 here, %3 requested").arg(what, shown(here), shown(wanted)));
    };
    compare(Tr::tr("type"), type, requested.type);
    compare(Tr::tr("target path"), normalizedPath(targetPath), normalizedPath(requested.targetPath));
    compare(Tr::tr("source host"), sourceHost, requested.sourceHost);
    compare(Tr::tr("source path"), normalizedPath(sourceDir), normalizedPath(requested.sourceDir));
    compare(Tr::tr("source device"), sourceDevice, requested.sourceDevice);
    compare(Tr::tr("source name"), sourceName, requested.sourceName);
    compare(Tr::tr("source format"), normalizedFormat(*this), normalizedFormat(requested));
    const auto versionText = [](const std::optional<int> &version) {
        return version ? QString::number(*version) : QString();
    };
    compare(Tr::tr("NFS version"), versionText(nfsProtocolVersion), versionText(requested.nfsProtocolVersion));
    compare(Tr::tr("mount options"), mountOptions.join(u','), requested.mountOptions.join(u','));
    return differences;
}

bool PoolDefinition::sameDefinition(const PoolDefinition &other) const
{
    return differencesFrom(other).isEmpty();
}

QString VolumeDefinition::toXml() const
{
    QString xml;
    QXmlStreamWriter writer(&xml);
    writer.setAutoFormatting(true);
    writer.setAutoFormattingIndent(2);
    writer.writeStartElement(QStringLiteral("volume"));
    writeExactTextElement(writer, QStringLiteral("name"), name);
    const auto writeBytes = [&writer](const QString &element, quint64 bytes) {
        writer.writeStartElement(element);
        writer.writeAttribute(QStringLiteral("unit"), QStringLiteral("bytes"));
        writer.writeCharacters(QString::number(bytes));
        writer.writeEndElement();
    };
    writeBytes(QStringLiteral("capacity"), capacityBytes);
    writeBytes(QStringLiteral("allocation"), allocationBytes);
    if (!format.isEmpty()) {
        writer.writeStartElement(QStringLiteral("target"));
        writer.writeEmptyElement(QStringLiteral("format"));
        writer.writeAttribute(QStringLiteral("type"), format);
        writer.writeEndElement();
    }
    if (!backingPath.isEmpty() && format == u"qcow2") {
        writer.writeStartElement(QStringLiteral("backingStore"));
        writeExactTextElement(writer, QStringLiteral("path"), backingPath);
        if (!backingFormat.isEmpty()) {
            writer.writeEmptyElement(QStringLiteral("format"));
            writer.writeAttribute(QStringLiteral("type"), backingFormat);
        }
        writer.writeEndElement();
    }
    writer.writeEndElement();
    writer.writeEndDocument();
    return xml;
}

QList<PoolTypeSupport> parsePoolCapabilities(const QString &xml, QString *errorMessage)
{
    QList<PoolTypeSupport> types;
    QXmlStreamReader reader(xml);
    ElementPath path;
    QString enumName;
    constexpr auto root = QLatin1StringView("storagepoolCapabilities");
    constexpr auto pool = QLatin1StringView("pool");
    constexpr auto poolOptions = QLatin1StringView("poolOptions");
    constexpr auto volOptions = QLatin1StringView("volOptions");
    while (!reader.atEnd()) {
        const auto token = reader.readNext();
        if (token == QXmlStreamReader::EndElement) {
            path.pop();
            continue;
        }
        if (token != QXmlStreamReader::StartElement)
            continue;
        path.push(reader.name());
        if (path.is({root, pool})) {
            PoolTypeSupport support;
            support.type = attribute(reader, QLatin1StringView("type"));
            support.supported = attribute(reader, QLatin1StringView("supported")) == u"yes";
            types.append(support);
        } else if (types.isEmpty()) {
            continue;
        } else if (path.is({root, pool, poolOptions, QLatin1StringView("defaultFormat")})) {
            types.last().defaultSourceFormat = attribute(reader, QLatin1StringView("type"));
        } else if (path.is({root, pool, volOptions, QLatin1StringView("defaultFormat")})) {
            types.last().defaultVolumeFormat = attribute(reader, QLatin1StringView("type"));
        } else if (path.is({root, pool, poolOptions, QLatin1StringView("enum")})
                   || path.is({root, pool, volOptions, QLatin1StringView("enum")})) {
            enumName = attribute(reader, QLatin1StringView("name"));
        } else if (reader.name() == u"value"
                   && (path.is({root, pool, poolOptions, QLatin1StringView("enum"), QLatin1StringView("value")})
                       || path.is({root, pool, volOptions, QLatin1StringView("enum"), QLatin1StringView("value")}))) {
            const QString value = reader.readElementText();
            path.pop();
            if (enumName == u"sourceFormatType")
                types.last().sourceFormats.append(value);
            else if (enumName == u"targetFormatType")
                types.last().volumeFormats.append(value);
        }
    }
    if (reader.hasError()) {
        if (errorMessage)
            *errorMessage = readError(reader);
        return {};
    }
    return types;
}

namespace StorageValidation {

QString poolNameError(const QString &name)
{
    // libvirt keeps a persistent pool's definition in <name>.xml, and the autostart link
    // beside it; 200 bytes leaves room within a file name's 255, as for domains.
    //: A storage pool, inserted into "Enter a %1 name." and the like.
    return objectNameError(name, Tr::tr("pool"), 200,
                           Tr::tr("libvirt stores the pool's definition in a file named after it"));
}

QString volumeNameError(const QString &name)
{
    //: A storage volume, inserted into "Enter a %1 name." and the like.
    return objectNameError(name, Tr::tr("volume"), 255,
                           Tr::tr("a volume in a directory pool is a file of that name"));
}

QString absolutePathError(const QString &path)
{
    if (path.isEmpty())
        return Tr::tr("Enter a path.");
    if (hasForbiddenCharacter(path))
        return Tr::tr("The path cannot contain line breaks, tabs or other control characters.");
    if (QString error = invisibleCharacterError(path); !error.isEmpty())
        return error;
    if (!path.startsWith(u'/'))
        return Tr::tr("The path must be absolute (start with “/”).");
    const auto components = QStringView(path).split(u'/');
    for (QStringView component : components) {
        if (component == u"..")
            return Tr::tr("The path cannot contain “..”.");
    }
    return {};
}

QString hostNameError(const QString &host)
{
    if (host.trimmed().isEmpty())
        return Tr::tr("Enter the server's host name or IP address.");
    if (hasForbiddenCharacter(host) || host.contains(u' '))
        return Tr::tr("The server address cannot contain spaces or control characters.");
    if (host.contains(u':'))
        return isIpv6(host) ? QString() : Tr::tr("“%1” is not a valid IPv6 address.").arg(host);
    bool numeric = true;
    for (const QChar ch : host) {
        if (!ch.isDigit() && ch != u'.')
            numeric = false;
    }
    if (numeric) {
        QString error;
        return isIpv4(host, &error) ? QString() : error;
    }
    if (!isHostName(host))
        return Tr::tr("“%1” is not a valid host name: use letters, digits, “-” and dots.").arg(host);
    return {};
}

QString capacityError(quint64 bytes, std::optional<quint64> poolAvailableBytes)
{
    if (bytes == 0)
        return Tr::tr("The size must be greater than zero.");
    if (poolAvailableBytes && bytes > *poolAvailableBytes)
        return Tr::tr("%1 is more than the %2 free in this pool.").arg(formatBytes(bytes), formatBytes(*poolAvailableBytes));
    return {};
}

QString invisibleCharacterError(const QString &text)
{
    const qsizetype index = invisibleCharacterIndex(text);
    if (index < 0)
        return {};
    const QChar ch = text.at(index);
    const char32_t code = ch.isHighSurrogate() && index + 1 < text.size() && text.at(index + 1).isLowSurrogate()
        ? QChar::surrogateToUcs4(ch, text.at(index + 1))
        : ch.unicode();
    //: %1 is a Unicode code point such as "U+202E"; %2 the character's position, counted from 1.
    return Tr::tr("Invisible or invalid characters are not allowed here: %1 at position %2.")
        .arg(QStringLiteral("U+%1").arg(uint(code), 4, 16, QLatin1Char('0')).toUpper())
        .arg(index + 1);
}

} // namespace StorageValidation

QString formatBytes(quint64 bytes)
{
    static const char *const units[] = {"B", "KiB", "MiB", "GiB", "TiB", "PiB", "EiB"};
    const QLocale locale;
    if (bytes < 1024)
        return QStringLiteral("%1 %2").arg(locale.toString(bytes), QLatin1StringView(units[0]));
    double value = double(bytes);
    int unit = 0;
    while (value >= 1024.0 && unit < int(std::size(units)) - 1) {
        value /= 1024.0;
        ++unit;
    }
    return QStringLiteral("%1 %2").arg(locale.toString(value, 'f', 1), QLatin1StringView(units[unit]));
}
