// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: Virt Ferry contributors
#include "DomainXmlBuilder.h"
#include "QtPrinting.h"

#include <QHash>
#include <QList>
#include <QXmlStreamReader>

#include <gtest/gtest.h>
#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>

#include <memory>

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

// One element of the generated document, as read back by QXmlStreamReader: its path
// from the root ("domain/devices/disk/source"), attributes and text.
struct Element
{
    QString path;
    QHash<QString, QString> attributes;
    QString text;
};

// Reads the whole document back; a malformed document fails the test.
QList<Element> parse(const QString &xml)
{
    QList<Element> elements;
    QStringList stack;
    QList<int> open;
    QXmlStreamReader reader(xml);
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement()) {
            stack.append(reader.name().toString());
            Element element;
            element.path = stack.join(QLatin1Char('/'));
            for (const QXmlStreamAttribute &attribute : reader.attributes())
                element.attributes.insert(attribute.name().toString(), attribute.value().toString());
            elements.append(element);
            open.append(int(elements.size()) - 1);
        } else if (reader.isCharacters() && !reader.isWhitespace() && !open.isEmpty()) {
            elements[open.last()].text += reader.text();
        } else if (reader.isEndElement()) {
            stack.removeLast();
            open.removeLast();
        }
    }
    EXPECT_FALSE(reader.hasError()) << reader.errorString();
    return elements;
}

QList<Element> all(const QList<Element> &elements, const char *path)
{
    QList<Element> found;
    for (const Element &element : elements) {
        if (element.path == s(path))
            found.append(element);
    }
    return found;
}

Element one(const QList<Element> &elements, const char *path)
{
    const QList<Element> found = all(elements, path);
    EXPECT_EQ(found.size(), 1) << "elements at " << path;
    return found.isEmpty() ? Element{} : found.first();
}

// The disk elements of one device kind ("disk" or "cdrom"), each with its children.
struct Disk
{
    QHash<QString, QString> disk, driver, source, target;
    bool readonly = false;
};

QList<Disk> disks(const QList<Element> &elements, const char *device)
{
    QList<Disk> found;
    Disk *current = nullptr;
    for (const Element &element : elements) {
        if (element.path == s("domain/devices/disk")) {
            if (element.attributes.value(s("device")) == s(device)) {
                found.append(Disk{element.attributes, {}, {}, {}, false});
                current = &found.last();
            } else {
                current = nullptr;
            }
        } else if (current && element.path == s("domain/devices/disk/driver")) {
            current->driver = element.attributes;
        } else if (current && element.path == s("domain/devices/disk/source")) {
            current->source = element.attributes;
        } else if (current && element.path == s("domain/devices/disk/target")) {
            current->target = element.attributes;
        } else if (current && element.path == s("domain/devices/disk/readonly")) {
            current->readonly = true;
        }
    }
    return found;
}

QStringList bootOrder(const QList<Element> &elements)
{
    QStringList order;
    for (const Element &element : all(elements, "domain/os/boot"))
        order.append(element.attributes.value(s("dev")));
    return order;
}

NewDomainSpec sampleSpec()
{
    NewDomainSpec spec;
    spec.name = s("web01");
    spec.memoryMiB = 2048;
    spec.vcpus = 2;
    spec.diskPath = s("/var/lib/libvirt/images/shared/web01.qcow2");
    spec.diskFormat = s("qcow2");
    return spec;
}

TEST(DomainXmlBuilder, WritesNameMemoryVcpusAndDisk)
{
    const QList<Element> xml = parse(sampleSpec().toXml());
    const Element domain = one(xml, "domain");
    EXPECT_EQ(domain.attributes.value(s("type")), s("kvm"));
    EXPECT_EQ(one(xml, "domain/name").text, s("web01"));
    const Element memory = one(xml, "domain/memory");
    EXPECT_EQ(memory.attributes.value(s("unit")), s("KiB"));
    EXPECT_EQ(memory.text, s("2097152"));
    const Element current = one(xml, "domain/currentMemory");
    EXPECT_EQ(current.attributes.value(s("unit")), s("KiB"));
    EXPECT_EQ(current.text, s("2097152"));
    EXPECT_EQ(one(xml, "domain/vcpu").text, s("2"));

    const Element osType = one(xml, "domain/os/type");
    EXPECT_EQ(osType.text, s("hvm"));
    EXPECT_EQ(osType.attributes.value(s("arch")), s("x86_64"));
    EXPECT_FALSE(osType.attributes.contains(s("machine")));
    EXPECT_FALSE(one(xml, "domain/os").attributes.contains(s("firmware")));

    const QList<Disk> hardDisks = disks(xml, "disk");
    ASSERT_EQ(hardDisks.size(), 1);
    EXPECT_EQ(hardDisks[0].disk.value(s("type")), s("file"));
    EXPECT_EQ(hardDisks[0].source.value(s("file")), s("/var/lib/libvirt/images/shared/web01.qcow2"));
    EXPECT_EQ(hardDisks[0].driver.value(s("name")), s("qemu"));
    EXPECT_EQ(hardDisks[0].driver.value(s("type")), s("qcow2"));
    // Shared storage and live migration need the host page cache off.
    EXPECT_EQ(hardDisks[0].driver.value(s("cache")), s("none"));
    EXPECT_EQ(hardDisks[0].target.value(s("bus")), s("virtio"));
    EXPECT_EQ(hardDisks[0].target.value(s("dev")), s("vda"));
}

TEST(DomainXmlBuilder, KvmGetsHostPassthroughAndEmulationDoesNot)
{
    NewDomainSpec spec = sampleSpec();
    const QList<Element> kvm = parse(spec.toXml());
    EXPECT_EQ(one(kvm, "domain/cpu").attributes.value(s("mode")), s("host-passthrough"));

    spec.domainType = s("qemu");
    const QList<Element> tcg = parse(spec.toXml());
    EXPECT_EQ(one(tcg, "domain").attributes.value(s("type")), s("qemu"));
    EXPECT_TRUE(all(tcg, "domain/cpu").isEmpty());
}

TEST(DomainXmlBuilder, WritesTheFixedDevices)
{
    const QList<Element> xml = parse(sampleSpec().toXml());
    EXPECT_EQ(all(xml, "domain/features/acpi").size(), 1);
    EXPECT_EQ(all(xml, "domain/features/apic").size(), 1);
    EXPECT_EQ(one(xml, "domain/on_poweroff").text, s("destroy"));
    EXPECT_EQ(one(xml, "domain/on_reboot").text, s("restart"));
    EXPECT_EQ(one(xml, "domain/on_crash").text, s("destroy"));
    EXPECT_EQ(one(xml, "domain/clock").attributes.value(s("offset")), s("utc"));
    EXPECT_EQ(one(xml, "domain/devices/serial").attributes.value(s("type")), s("pty"));
    EXPECT_EQ(one(xml, "domain/devices/console").attributes.value(s("type")), s("pty"));
    const Element graphics = one(xml, "domain/devices/graphics");
    EXPECT_EQ(graphics.attributes.value(s("type")), s("vnc"));
    EXPECT_EQ(graphics.attributes.value(s("autoport")), s("yes"));
    EXPECT_EQ(one(xml, "domain/devices/graphics/listen").attributes.value(s("address")), s("127.0.0.1"));
    EXPECT_EQ(one(xml, "domain/devices/video/model").attributes.value(s("type")), s("virtio"));
    EXPECT_EQ(one(xml, "domain/devices/memballoon").attributes.value(s("model")), s("virtio"));
    EXPECT_EQ(one(xml, "domain/devices/rng").attributes.value(s("model")), s("virtio"));
    EXPECT_EQ(one(xml, "domain/devices/rng/backend").text, s("/dev/urandom"));
}

TEST(DomainXmlBuilder, CdromOnlyWithAnIsoAndBootedFirst)
{
    NewDomainSpec spec = sampleSpec();
    QList<Element> xml = parse(spec.toXml());
    EXPECT_TRUE(disks(xml, "cdrom").isEmpty());
    EXPECT_EQ(bootOrder(xml), QStringList{s("hd")});

    spec.installerIsoPath = s("/var/lib/libvirt/images/debian-12.iso");
    xml = parse(spec.toXml());
    const QList<Disk> cdroms = disks(xml, "cdrom");
    ASSERT_EQ(cdroms.size(), 1);
    EXPECT_EQ(cdroms[0].source.value(s("file")), s("/var/lib/libvirt/images/debian-12.iso"));
    EXPECT_EQ(cdroms[0].target.value(s("bus")), s("sata"));
    EXPECT_EQ(cdroms[0].driver.value(s("type")), s("raw"));
    EXPECT_TRUE(cdroms[0].readonly);
    EXPECT_EQ(bootOrder(xml), (QStringList{s("cdrom"), s("hd")}));
    EXPECT_EQ(disks(xml, "disk").size(), 1);
}

TEST(DomainXmlBuilder, BlockDeviceVolumesAreBlockDisks)
{
    NewDomainSpec spec = sampleSpec();
    spec.diskPath = s("/dev/vg0/web01");
    spec.diskFormat = s("raw");
    const QList<Disk> hardDisks = disks(parse(spec.toXml()), "disk");
    ASSERT_EQ(hardDisks.size(), 1);
    EXPECT_EQ(hardDisks[0].disk.value(s("type")), s("block"));
    EXPECT_EQ(hardDisks[0].source.value(s("dev")), s("/dev/vg0/web01"));
    EXPECT_FALSE(hardDisks[0].source.contains(s("file")));
    EXPECT_EQ(hardDisks[0].driver.value(s("type")), s("raw"));
}

TEST(DomainXmlBuilder, NetworkBridgeOrNone)
{
    NewDomainSpec spec = sampleSpec();
    spec.networkKind = NewDomainSpec::NetworkKind::LibvirtNetwork;
    spec.networkName = s("lab-net");
    QList<Element> xml = parse(spec.toXml());
    EXPECT_EQ(one(xml, "domain/devices/interface").attributes.value(s("type")), s("network"));
    Element source = one(xml, "domain/devices/interface/source");
    EXPECT_EQ(source.attributes.value(s("network")), s("lab-net"));
    EXPECT_FALSE(source.attributes.contains(s("bridge")));
    EXPECT_EQ(one(xml, "domain/devices/interface/model").attributes.value(s("type")), s("virtio"));

    spec.networkKind = NewDomainSpec::NetworkKind::Bridge;
    spec.networkName = s("br0");
    xml = parse(spec.toXml());
    EXPECT_EQ(one(xml, "domain/devices/interface").attributes.value(s("type")), s("bridge"));
    source = one(xml, "domain/devices/interface/source");
    EXPECT_EQ(source.attributes.value(s("bridge")), s("br0"));
    EXPECT_FALSE(source.attributes.contains(s("network")));

    spec.networkKind = NewDomainSpec::NetworkKind::None;
    EXPECT_TRUE(all(parse(spec.toXml()), "domain/devices/interface").isEmpty());
}

TEST(DomainXmlBuilder, EfiFirmwareAndMachine)
{
    NewDomainSpec spec = sampleSpec();
    spec.firmware = s("efi");
    spec.machine = s("q35");
    const QList<Element> xml = parse(spec.toXml());
    EXPECT_EQ(one(xml, "domain/os").attributes.value(s("firmware")), s("efi"));
    EXPECT_EQ(one(xml, "domain/os/type").attributes.value(s("machine")), s("q35"));
}

TEST(DomainXmlBuilder, SpecialCharactersAndChineseRoundTrip)
{
    NewDomainSpec spec = sampleSpec();
    spec.name = s("R&D <测试> 虚拟机");
    spec.diskPath = s("/srv/池/R&D <1>.qcow2");
    spec.installerIsoPath = s("/srv/iso/a&b.iso");
    const QString text = spec.toXml();
    // The raw text holds entities, never a bare '<' or '&' from the data.
    EXPECT_TRUE(text.contains(s("R&amp;D &lt;测试> 虚拟机")) || text.contains(s("R&amp;D &lt;测试&gt; 虚拟机")))
        << text;
    const QList<Element> xml = parse(text);
    EXPECT_EQ(one(xml, "domain/name").text, s("R&D <测试> 虚拟机"));
    const QList<Disk> hardDisks = disks(xml, "disk");
    ASSERT_EQ(hardDisks.size(), 1);
    EXPECT_EQ(hardDisks[0].source.value(s("file")), s("/srv/池/R&D <1>.qcow2"));
    const QList<Disk> cdroms = disks(xml, "cdrom");
    ASSERT_EQ(cdroms.size(), 1);
    EXPECT_EQ(cdroms[0].source.value(s("file")), s("/srv/iso/a&b.iso"));
}

struct VirConnectDeleter
{
    void operator()(virConnectPtr connection) const { virConnectClose(connection); }
};
struct VirDomainDeleter
{
    void operator()(virDomainPtr domain) const { virDomainFree(domain); }
};

// The real check of "a sane domain": libvirt's own parser accepts the document. The test
// driver's host is i686 and offers the "test" domain type only.
TEST(DomainXmlBuilder, LibvirtTestDriverAcceptsTheDocument)
{
    std::unique_ptr<virConnect, VirConnectDeleter> connection(virConnectOpen("test:///default"));
    ASSERT_TRUE(connection);
    NewDomainSpec spec = sampleSpec();
    spec.name = s("builder-测试 & co");
    spec.domainType = s("test");
    spec.architecture = s("i686");
    spec.installerIsoPath = s("/default-pool/installer.iso");
    spec.networkName = s("default");
    const QByteArray xml = spec.toXml().toUtf8();
    std::unique_ptr<virDomain, VirDomainDeleter> domain(virDomainDefineXML(connection.get(), xml.constData()));
    ASSERT_TRUE(domain) << virGetLastErrorMessage();
    EXPECT_EQ(QString::fromUtf8(virDomainGetName(domain.get())), spec.name);
    char *written = virDomainGetXMLDesc(domain.get(), VIR_DOMAIN_XML_INACTIVE);
    ASSERT_NE(written, nullptr);
    const QList<Element> back = parse(QString::fromUtf8(written));
    free(written);
    EXPECT_EQ(one(back, "domain/memory").text, s("2097152"));
    EXPECT_EQ(one(back, "domain/vcpu").text, s("2"));
    EXPECT_EQ(disks(back, "disk").size(), 1);
    EXPECT_EQ(disks(back, "cdrom").size(), 1);
    EXPECT_EQ(virDomainUndefine(domain.get()), 0);
}

const char *const kCapabilities = R"(<capabilities>
  <host><cpu><arch>x86_64</arch></cpu></host>
  <guest>
    <os_type>hvm</os_type>
    <arch name='i686'>
      <wordsize>32</wordsize>
      <machine maxCpus='255'>pc</machine>
      <domain type='qemu'/>
      <domain type='kvm'/>
    </arch>
  </guest>
  <guest>
    <os_type>hvm</os_type>
    <arch name='x86_64'>
      <wordsize>64</wordsize>
      <emulator>/usr/bin/qemu-system-x86_64</emulator>
      <machine maxCpus='255'>pc-i440fx-7.2</machine>
      <machine canonical='pc-i440fx-7.2' maxCpus='255'>pc</machine>
      <machine maxCpus='288'>pc-q35-7.2</machine>
      <machine canonical='pc-q35-7.2' maxCpus='288'>q35</machine>
      <domain type='qemu'/>
      <domain type='kvm'>
        <emulator>/usr/libexec/qemu-kvm</emulator>
        <machine maxCpus='710'>q35</machine>
      </domain>
    </arch>
    <features><acpi default='on' toggle='yes'/></features>
  </guest>
  <guest>
    <os_type>xen</os_type>
    <arch name='x86_64'><domain type='xen'/></arch>
  </guest>
</capabilities>)";

TEST(GuestDomainTypes, KvmFirstForTheArchitecture)
{
    EXPECT_EQ(guestDomainTypes(s(kCapabilities), s("x86_64")), (QStringList{s("kvm"), s("qemu")}));
    EXPECT_EQ(guestDomainTypes(s(kCapabilities), s("i686")), (QStringList{s("kvm"), s("qemu")}));
    EXPECT_TRUE(guestDomainTypes(s(kCapabilities), s("aarch64")).isEmpty());
}

TEST(GuestDomainTypes, EmulationOnlyHost)
{
    const char *const caps = R"(<capabilities><host/><guest><os_type>hvm</os_type>
        <arch name='x86_64'><domain type='qemu'/></arch></guest></capabilities>)";
    EXPECT_EQ(guestDomainTypes(s(caps), s("x86_64")), QStringList{s("qemu")});
}

TEST(GuestDomainTypes, MalformedOrEmptyGivesNothing)
{
    EXPECT_TRUE(guestDomainTypes(QString(), s("x86_64")).isEmpty());
    EXPECT_TRUE(guestDomainTypes(s("<capabilities><guest><os_type>hvm"), s("x86_64")).isEmpty());
    EXPECT_TRUE(guestDomainTypes(s("<other/>"), s("x86_64")).isEmpty());
}

TEST(GuestDomainTypes, TestDriverCapabilities)
{
    std::unique_ptr<virConnect, VirConnectDeleter> connection(virConnectOpen("test:///default"));
    ASSERT_TRUE(connection);
    char *caps = virConnectGetCapabilities(connection.get());
    ASSERT_NE(caps, nullptr);
    const QString xml = QString::fromUtf8(caps);
    free(caps);
    EXPECT_EQ(guestDomainTypes(xml, s("i686")), QStringList{s("test")});
    EXPECT_TRUE(guestMachines(xml, s("i686"), s("test")).isEmpty());
}

TEST(GuestMachines, ArchListOrTheDomainsOwn)
{
    EXPECT_EQ(guestMachines(s(kCapabilities), s("x86_64"), s("qemu")),
              (QStringList{s("pc-i440fx-7.2"), s("pc"), s("pc-q35-7.2"), s("q35")}));
    EXPECT_EQ(guestMachines(s(kCapabilities), s("x86_64"), s("kvm")), QStringList{s("q35")});
    EXPECT_EQ(guestMachines(s(kCapabilities), s("i686"), s("kvm")), QStringList{s("pc")});
}

TEST(NewDomainValidation, Names)
{
    using namespace NewDomainValidation;
    EXPECT_TRUE(nameError(s("web01")).isEmpty());
    EXPECT_TRUE(nameError(s("数据库服务器")).isEmpty());
    EXPECT_TRUE(nameError(s("R&D <lab> ü")).isEmpty());
    EXPECT_EQ(nameError(QString()), s("Enter a name for the virtual machine."));
    EXPECT_EQ(nameError(s(" web")), s("The name cannot start or end with a space."));
    EXPECT_EQ(nameError(s("web ")), s("The name cannot start or end with a space."));
    EXPECT_EQ(nameError(s("a/b")),
              s("The name cannot contain “/”: libvirt stores the definition in a file named after it."));
    EXPECT_EQ(nameError(s("it's")), s("The name cannot contain quotes."));
    EXPECT_EQ(nameError(s("say \"hi\"")), s("The name cannot contain quotes."));
    EXPECT_EQ(nameError(s("two\nlines")), s("The name cannot contain line breaks."));
    EXPECT_EQ(nameError(s("two\rlines")), s("The name cannot contain line breaks."));
    EXPECT_EQ(nameError(s("tab\there")), s("The name cannot contain control characters such as tabs."));
    EXPECT_EQ(nameError(s("bell\x07")), s("The name cannot contain control characters such as tabs."));
    EXPECT_EQ(nameError(s("..")), s("“.” and “..” cannot be used as names."));
    EXPECT_TRUE(nameError(QString(200, QLatin1Char('a'))).isEmpty());
    EXPECT_EQ(nameError(QString(201, QLatin1Char('a'))), s("The name is too long (at most 200 bytes in UTF-8)."));
    // 67 Chinese characters are 201 bytes in UTF-8.
    EXPECT_EQ(nameError(QString(67, QChar(0x6d4b))), s("The name is too long (at most 200 bytes in UTF-8)."));
}

TEST(NewDomainValidation, Memory)
{
    using namespace NewDomainValidation;
    EXPECT_TRUE(memoryError(64, 0).isEmpty());
    EXPECT_TRUE(memoryError(1u << 20, 0).isEmpty()); // unknown host: no upper bound
    EXPECT_EQ(memoryError(63, 0), s("A virtual machine needs at least 64 MiB of memory."));
    EXPECT_EQ(memoryError(0, 4u << 20), s("A virtual machine needs at least 64 MiB of memory."));
    EXPECT_TRUE(memoryError(4096, 4u << 20).isEmpty()); // exactly the host's 4 GiB
    const QString tooMuch = memoryError(4097, 4u << 20);
    EXPECT_TRUE(tooMuch.startsWith(s("More than the host has: it has "))) << tooMuch;
    EXPECT_TRUE(tooMuch.contains(s("4"))) << tooMuch;
}

TEST(NewDomainValidation, Vcpus)
{
    using namespace NewDomainValidation;
    EXPECT_TRUE(vcpusError(1, 0).isEmpty());
    EXPECT_TRUE(vcpusError(512, 0).isEmpty());
    EXPECT_TRUE(vcpusError(16, 16).isEmpty());
    EXPECT_EQ(vcpusError(0, 0), s("A virtual machine needs at least one virtual CPU."));
    EXPECT_EQ(vcpusError(0, 4), s("A virtual machine needs at least one virtual CPU."));
    const QString tooMany = vcpusError(17, 16);
    EXPECT_TRUE(tooMany.startsWith(s("More than the host has: it has 16 CPU"))) << tooMany;
}

TEST(NewDomainValidation, Bridges)
{
    using namespace NewDomainValidation;
    EXPECT_TRUE(bridgeError(s("br0")).isEmpty());
    EXPECT_TRUE(bridgeError(s("virbr-lab.10")).isEmpty());
    EXPECT_EQ(bridgeError(QString()), s("Enter the name of a bridge on the host, such as br0."));
    EXPECT_EQ(bridgeError(s("br 0")), s("A bridge name cannot contain spaces, “/” or “:”."));
    EXPECT_EQ(bridgeError(s("br/0")), s("A bridge name cannot contain spaces, “/” or “:”."));
    EXPECT_EQ(bridgeError(s("br:0")), s("A bridge name cannot contain spaces, “/” or “:”."));
    EXPECT_EQ(bridgeError(s("abcdefghijklmnop")), s("A bridge name has at most 15 characters."));
}

} // namespace
