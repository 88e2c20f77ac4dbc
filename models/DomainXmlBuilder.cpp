// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: Virt Ferry contributors
#include "DomainXmlBuilder.h"

#include "Connection.h" // StoragePoolListModel.h holds a QPointer<Connection>, which needs the full type
#include "StoragePoolListModel.h"
#include "Tr.h"

#include <algorithm>

#include <QXmlStreamReader>
#include <QXmlStreamWriter>

namespace {

// Volumes of logical and disk pools are block devices; everything else is a file.
bool isBlockDevicePath(const QString &path)
{
    return path.startsWith(QStringLiteral("/dev/"));
}

void writeDisk(QXmlStreamWriter &xml, const QString &path, const QString &format)
{
    const bool block = isBlockDevicePath(path);
    xml.writeStartElement(QStringLiteral("disk"));
    xml.writeAttribute(QStringLiteral("type"), block ? QStringLiteral("block") : QStringLiteral("file"));
    xml.writeAttribute(QStringLiteral("device"), QStringLiteral("disk"));
    xml.writeStartElement(QStringLiteral("driver"));
    xml.writeAttribute(QStringLiteral("name"), QStringLiteral("qemu"));
    // An unknown format is declared raw rather than probed: probing lets a guest that writes
    // a qcow2 header into a raw disk read host files through a backing chain.
    xml.writeAttribute(QStringLiteral("type"), format.isEmpty() ? QStringLiteral("raw") : format);
    // No host page cache: libvirt refuses live migration of a disk on shared storage with
    // any other cache mode (the destination could read stale pages), and io='native' needs it.
    xml.writeAttribute(QStringLiteral("cache"), QStringLiteral("none"));
    xml.writeAttribute(QStringLiteral("io"), QStringLiteral("native"));
    // Thin volumes stay thin when the guest trims.
    xml.writeAttribute(QStringLiteral("discard"), QStringLiteral("unmap"));
    xml.writeEndElement();
    xml.writeStartElement(QStringLiteral("source"));
    xml.writeAttribute(block ? QStringLiteral("dev") : QStringLiteral("file"), path);
    xml.writeEndElement();
    xml.writeStartElement(QStringLiteral("target"));
    xml.writeAttribute(QStringLiteral("dev"), QStringLiteral("vda"));
    xml.writeAttribute(QStringLiteral("bus"), QStringLiteral("virtio"));
    xml.writeEndElement();
    xml.writeEndElement(); // disk
}

void writeCdrom(QXmlStreamWriter &xml, const QString &path)
{
    const bool block = isBlockDevicePath(path);
    xml.writeStartElement(QStringLiteral("disk"));
    xml.writeAttribute(QStringLiteral("type"), block ? QStringLiteral("block") : QStringLiteral("file"));
    xml.writeAttribute(QStringLiteral("device"), QStringLiteral("cdrom"));
    xml.writeStartElement(QStringLiteral("driver"));
    xml.writeAttribute(QStringLiteral("name"), QStringLiteral("qemu"));
    xml.writeAttribute(QStringLiteral("type"), QStringLiteral("raw"));
    xml.writeEndElement();
    xml.writeStartElement(QStringLiteral("source"));
    xml.writeAttribute(block ? QStringLiteral("dev") : QStringLiteral("file"), path);
    xml.writeEndElement();
    // SATA: every installer boots from it without extra drivers, on q35 and i440fx alike.
    xml.writeStartElement(QStringLiteral("target"));
    xml.writeAttribute(QStringLiteral("dev"), QStringLiteral("sda"));
    xml.writeAttribute(QStringLiteral("bus"), QStringLiteral("sata"));
    xml.writeEndElement();
    xml.writeEmptyElement(QStringLiteral("readonly"));
    xml.writeEndElement(); // disk
}

void writeSimpleElement(QXmlStreamWriter &xml, const QString &name, const QString &attribute,
                        const QString &value)
{
    xml.writeStartElement(name);
    xml.writeAttribute(attribute, value);
    xml.writeEndElement();
}

bool hasControlCharacter(const QString &text)
{
    for (const QChar c : text) {
        if (c.category() == QChar::Other_Control)
            return true;
    }
    return false;
}

} // namespace

QString NewDomainSpec::toXml() const
{
    QString out;
    QXmlStreamWriter xml(&out);
    xml.setAutoFormatting(true);
    xml.setAutoFormattingIndent(2);

    xml.writeStartElement(QStringLiteral("domain"));
    xml.writeAttribute(QStringLiteral("type"), domainType);
    xml.writeTextElement(QStringLiteral("name"), name);

    const QString memoryKiB = QString::number(memoryMiB * 1024);
    xml.writeStartElement(QStringLiteral("memory"));
    xml.writeAttribute(QStringLiteral("unit"), QStringLiteral("KiB"));
    xml.writeCharacters(memoryKiB);
    xml.writeEndElement();
    xml.writeStartElement(QStringLiteral("currentMemory"));
    xml.writeAttribute(QStringLiteral("unit"), QStringLiteral("KiB"));
    xml.writeCharacters(memoryKiB);
    xml.writeEndElement();
    xml.writeStartElement(QStringLiteral("vcpu"));
    xml.writeAttribute(QStringLiteral("placement"), QStringLiteral("static"));
    xml.writeCharacters(QString::number(vcpus));
    xml.writeEndElement();

    xml.writeStartElement(QStringLiteral("os"));
    // libvirt picks a matching firmware image (and NVRAM template) from the host's
    // firmware descriptors, so no loader path that would differ between hosts is written.
    if (!firmware.isEmpty())
        xml.writeAttribute(QStringLiteral("firmware"), firmware);
    xml.writeStartElement(QStringLiteral("type"));
    xml.writeAttribute(QStringLiteral("arch"), architecture);
    if (!machine.isEmpty())
        xml.writeAttribute(QStringLiteral("machine"), machine);
    xml.writeCharacters(QStringLiteral("hvm"));
    xml.writeEndElement();
    // The installer first; once it has written a boot loader the guest boots from disk
    // as soon as the ISO is ejected, with no change to the definition.
    if (!installerIsoPath.isEmpty())
        writeSimpleElement(xml, QStringLiteral("boot"), QStringLiteral("dev"), QStringLiteral("cdrom"));
    writeSimpleElement(xml, QStringLiteral("boot"), QStringLiteral("dev"), QStringLiteral("hd"));
    xml.writeEndElement(); // os

    xml.writeStartElement(QStringLiteral("features"));
    xml.writeEmptyElement(QStringLiteral("acpi"));
    xml.writeEmptyElement(QStringLiteral("apic"));
    xml.writeEndElement();

    if (domainType == QStringLiteral("kvm")) {
        // Near-native speed. migratable='on' keeps features that cannot move between hosts
        // (invariant TSC and the like) out of the guest, so it can still migrate between
        // hosts with the same CPU model.
        xml.writeStartElement(QStringLiteral("cpu"));
        xml.writeAttribute(QStringLiteral("mode"), QStringLiteral("host-passthrough"));
        xml.writeAttribute(QStringLiteral("check"), QStringLiteral("none"));
        xml.writeAttribute(QStringLiteral("migratable"), QStringLiteral("on"));
        xml.writeEndElement();
    }

    xml.writeStartElement(QStringLiteral("clock"));
    xml.writeAttribute(QStringLiteral("offset"), QStringLiteral("utc"));
    xml.writeStartElement(QStringLiteral("timer"));
    xml.writeAttribute(QStringLiteral("name"), QStringLiteral("rtc"));
    xml.writeAttribute(QStringLiteral("tickpolicy"), QStringLiteral("catchup"));
    xml.writeEndElement();
    xml.writeStartElement(QStringLiteral("timer"));
    xml.writeAttribute(QStringLiteral("name"), QStringLiteral("pit"));
    xml.writeAttribute(QStringLiteral("tickpolicy"), QStringLiteral("delay"));
    xml.writeEndElement();
    xml.writeStartElement(QStringLiteral("timer"));
    xml.writeAttribute(QStringLiteral("name"), QStringLiteral("hpet"));
    xml.writeAttribute(QStringLiteral("present"), QStringLiteral("no"));
    xml.writeEndElement();
    xml.writeEndElement(); // clock

    xml.writeTextElement(QStringLiteral("on_poweroff"), QStringLiteral("destroy"));
    xml.writeTextElement(QStringLiteral("on_reboot"), QStringLiteral("restart"));
    xml.writeTextElement(QStringLiteral("on_crash"), QStringLiteral("destroy"));

    xml.writeStartElement(QStringLiteral("devices"));
    if (!diskPath.isEmpty())
        writeDisk(xml, diskPath, diskFormat);
    if (!installerIsoPath.isEmpty())
        writeCdrom(xml, installerIsoPath);

    if (networkKind != NetworkKind::None) {
        const bool bridge = networkKind == NetworkKind::Bridge;
        xml.writeStartElement(QStringLiteral("interface"));
        xml.writeAttribute(QStringLiteral("type"), bridge ? QStringLiteral("bridge") : QStringLiteral("network"));
        writeSimpleElement(xml, QStringLiteral("source"),
                           bridge ? QStringLiteral("bridge") : QStringLiteral("network"), networkName);
        writeSimpleElement(xml, QStringLiteral("model"), QStringLiteral("type"), QStringLiteral("virtio"));
        xml.writeEndElement();
    }

    xml.writeStartElement(QStringLiteral("serial"));
    xml.writeAttribute(QStringLiteral("type"), QStringLiteral("pty"));
    writeSimpleElement(xml, QStringLiteral("target"), QStringLiteral("port"), QStringLiteral("0"));
    xml.writeEndElement();
    xml.writeStartElement(QStringLiteral("console"));
    xml.writeAttribute(QStringLiteral("type"), QStringLiteral("pty"));
    xml.writeStartElement(QStringLiteral("target"));
    xml.writeAttribute(QStringLiteral("type"), QStringLiteral("serial"));
    xml.writeAttribute(QStringLiteral("port"), QStringLiteral("0"));
    xml.writeEndElement();
    xml.writeEndElement(); // console

    // The guest agent's channel: clean shutdowns and filesystem freezes when the guest runs one.
    xml.writeStartElement(QStringLiteral("channel"));
    xml.writeAttribute(QStringLiteral("type"), QStringLiteral("unix"));
    xml.writeStartElement(QStringLiteral("target"));
    xml.writeAttribute(QStringLiteral("type"), QStringLiteral("virtio"));
    xml.writeAttribute(QStringLiteral("name"), QStringLiteral("org.qemu.guest_agent.0"));
    xml.writeEndElement();
    xml.writeEndElement(); // channel

    // An absolute pointer, so the VNC cursor follows the mouse instead of lagging behind it.
    xml.writeStartElement(QStringLiteral("input"));
    xml.writeAttribute(QStringLiteral("type"), QStringLiteral("tablet"));
    xml.writeAttribute(QStringLiteral("bus"), QStringLiteral("usb"));
    xml.writeEndElement();

    // VNC on the loopback address only: the console has no password, so it must not be
    // reachable from the network; viewers reach it through an SSH tunnel to the host.
    // 127.0.0.1 also exists on every host, so the definition migrates unchanged, where a
    // host's own address would not. autoport: several guests on a host never clash.
    xml.writeStartElement(QStringLiteral("graphics"));
    xml.writeAttribute(QStringLiteral("type"), QStringLiteral("vnc"));
    xml.writeAttribute(QStringLiteral("port"), QStringLiteral("-1"));
    xml.writeAttribute(QStringLiteral("autoport"), QStringLiteral("yes"));
    xml.writeStartElement(QStringLiteral("listen"));
    xml.writeAttribute(QStringLiteral("type"), QStringLiteral("address"));
    xml.writeAttribute(QStringLiteral("address"), QStringLiteral("127.0.0.1"));
    xml.writeEndElement();
    xml.writeEndElement(); // graphics

    // virtio-vga keeps a VGA-compatible mode, so installers without virtio drivers still show.
    xml.writeStartElement(QStringLiteral("video"));
    xml.writeStartElement(QStringLiteral("model"));
    xml.writeAttribute(QStringLiteral("type"), QStringLiteral("virtio"));
    xml.writeAttribute(QStringLiteral("heads"), QStringLiteral("1"));
    xml.writeAttribute(QStringLiteral("primary"), QStringLiteral("yes"));
    xml.writeEndElement();
    xml.writeEndElement(); // video

    xml.writeStartElement(QStringLiteral("memballoon"));
    xml.writeAttribute(QStringLiteral("model"), QStringLiteral("virtio"));
    xml.writeEndElement();

    // /dev/urandom never blocks the host, unlike /dev/random on old kernels.
    xml.writeStartElement(QStringLiteral("rng"));
    xml.writeAttribute(QStringLiteral("model"), QStringLiteral("virtio"));
    xml.writeStartElement(QStringLiteral("backend"));
    xml.writeAttribute(QStringLiteral("model"), QStringLiteral("random"));
    xml.writeCharacters(QStringLiteral("/dev/urandom"));
    xml.writeEndElement();
    xml.writeEndElement(); // rng

    xml.writeEndElement(); // devices
    xml.writeEndElement(); // domain
    return out;
}

namespace {

// Walks the <guest> elements of a capabilities document, calling `visit` for each
// hvm guest <arch> whose name matches, positioned on that <arch> start element.
template<typename Visit>
void forEachHvmArch(const QString &capabilitiesXml, const QString &architecture, Visit visit)
{
    QXmlStreamReader reader(capabilitiesXml);
    if (!reader.readNextStartElement() || reader.name() != QStringLiteral("capabilities"))
        return;
    while (reader.readNextStartElement()) {
        if (reader.name() != QStringLiteral("guest")) {
            reader.skipCurrentElement();
            continue;
        }
        QString osType;
        while (reader.readNextStartElement()) {
            if (reader.name() == QStringLiteral("os_type")) {
                osType = reader.readElementText().trimmed();
            } else if (reader.name() == QStringLiteral("arch") && osType == QStringLiteral("hvm")
                       && reader.attributes().value(QStringLiteral("name")) == architecture) {
                visit(reader); // consumes the <arch> element
            } else {
                reader.skipCurrentElement();
            }
        }
    }
}

} // namespace

QStringList guestDomainTypes(const QString &capabilitiesXml, const QString &architecture)
{
    QStringList types;
    forEachHvmArch(capabilitiesXml, architecture, [&types](QXmlStreamReader &reader) {
        while (reader.readNextStartElement()) {
            if (reader.name() == QStringLiteral("domain")) {
                const QString type = reader.attributes().value(QStringLiteral("type")).toString();
                if (!type.isEmpty() && !types.contains(type))
                    types.append(type);
            }
            reader.skipCurrentElement();
        }
    });
    // Hardware virtualization first: TCG emulation is a fallback, many times slower.
    std::stable_sort(types.begin(), types.end(), [](const QString &a, const QString &b) {
        const auto rank = [](const QString &type) {
            if (type == QStringLiteral("kvm"))
                return 0;
            if (type == QStringLiteral("qemu"))
                return 1;
            return 2;
        };
        return rank(a) < rank(b);
    });
    return types;
}

QStringList guestMachines(const QString &capabilitiesXml, const QString &architecture, const QString &domainType)
{
    QStringList archMachines;
    QStringList domainMachines;
    bool domainHasOwnList = false;
    forEachHvmArch(capabilitiesXml, architecture, [&](QXmlStreamReader &reader) {
        while (reader.readNextStartElement()) {
            if (reader.name() == QStringLiteral("machine")) {
                archMachines.append(reader.readElementText().trimmed());
            } else if (reader.name() == QStringLiteral("domain")
                       && reader.attributes().value(QStringLiteral("type")) == domainType) {
                while (reader.readNextStartElement()) {
                    if (reader.name() == QStringLiteral("machine")) {
                        domainHasOwnList = true;
                        domainMachines.append(reader.readElementText().trimmed());
                    } else {
                        reader.skipCurrentElement();
                    }
                }
            } else {
                reader.skipCurrentElement();
            }
        }
    });
    // A <domain> with machines of its own (a different emulator) replaces the arch's list.
    return domainHasOwnList ? domainMachines : archMachines;
}

namespace NewDomainValidation {

QString nameError(const QString &name)
{
    if (name.isEmpty())
        return Tr::tr("Enter a name for the virtual machine.");
    if (name.trimmed() != name)
        return Tr::tr("The name cannot start or end with a space.");
    if (name.contains(QLatin1Char('/')))
        return Tr::tr("The name cannot contain “/”: libvirt stores the definition in a file named after it.");
    if (name.contains(QLatin1Char('\'')) || name.contains(QLatin1Char('"')))
        return Tr::tr("The name cannot contain quotes.");
    if (name.contains(QLatin1Char('\n')) || name.contains(QLatin1Char('\r')) || name.contains(QChar::LineSeparator)
        || name.contains(QChar::ParagraphSeparator))
        return Tr::tr("The name cannot contain line breaks.");
    if (hasControlCharacter(name))
        return Tr::tr("The name cannot contain control characters such as tabs.");
    if (QString error = StorageValidation::invisibleCharacterError(name); !error.isEmpty())
        return error;
    if (name == QStringLiteral(".") || name == QStringLiteral(".."))
        return Tr::tr("“.” and “..” cannot be used as names.");
    // The definition file is <name>.xml and file names are limited to 255 bytes.
    if (name.toUtf8().size() > 200)
        return Tr::tr("The name is too long (at most 200 bytes in UTF-8).");
    return {};
}

QString memoryError(quint64 memoryMiB, quint64 hostMemoryKiB)
{
    if (memoryMiB < kMinimumMemoryMiB)
        return Tr::tr("A virtual machine needs at least %1 MiB of memory.").arg(kMinimumMemoryMiB);
    if (hostMemoryKiB != 0 && memoryMiB * 1024 > hostMemoryKiB)
        return Tr::tr("More than the host has: it has %1 of memory.").arg(formatBytes(hostMemoryKiB * 1024));
    return {};
}

QString vcpusError(unsigned vcpus, unsigned hostCpus)
{
    if (vcpus == 0)
        return Tr::tr("A virtual machine needs at least one virtual CPU.");
    if (hostCpus != 0 && vcpus > hostCpus)
        return Tr::tr("More than the host has: it has %n CPU(s).", nullptr, int(hostCpus));
    return {};
}

QString bridgeError(const QString &bridge)
{
    if (bridge.isEmpty())
        return Tr::tr("Enter the name of a bridge on the host, such as br0.");
    for (const QChar c : bridge) {
        if (c.isSpace() || c == QLatin1Char('/') || c == QLatin1Char(':') || c.category() == QChar::Other_Control)
            return Tr::tr("A bridge name cannot contain spaces, “/” or “:”.");
    }
    if (bridge == QStringLiteral(".") || bridge == QStringLiteral(".."))
        return Tr::tr("“.” and “..” cannot be used as bridge names.");
    if (QString error = StorageValidation::invisibleCharacterError(bridge); !error.isEmpty())
        return error;
    // libvirt's schema (deviceName) refuses anything else in <source bridge=…>, and the
    // refusal would come only from the define, far from this field.
    for (const QChar c : bridge) {
        const bool allowed = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9')
            || c == u'_' || c == u'.' || c == u'-';
        if (!allowed)
            return Tr::tr("A bridge name may contain only letters A–Z, digits, “_”, “.” and “-” (not “%1”).").arg(c);
    }
    // Linux interface names: IFNAMSIZ (16) including the terminating NUL.
    if (bridge.toUtf8().size() > 15)
        return Tr::tr("A bridge name has at most 15 characters.");
    return {};
}

} // namespace NewDomainValidation
