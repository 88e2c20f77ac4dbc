// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: Virt Ferry contributors
#include "DomainDisks.h"
#include "QtPrinting.h"

#include <QXmlStreamReader>

#include <gtest/gtest.h>
#include <libvirt/libvirt.h>

#include <cstdio>
#include <cstdlib>

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

// A document's structure as a reader sees it: every element with its namespace, path,
// attributes (sorted) and non-blank text, every comment, in order.
QStringList structure(const QString &xml)
{
    QStringList items;
    QStringList path;
    QXmlStreamReader reader(xml);
    while (!reader.atEnd()) {
        switch (reader.readNext()) {
        case QXmlStreamReader::StartElement: {
            path.append(QLatin1Char('{') + reader.namespaceUri().toString() + QLatin1Char('}')
                + reader.name().toString());
            QStringList attributes;
            for (const QXmlStreamAttribute &attribute : reader.attributes())
                attributes.append(QLatin1Char('{') + attribute.namespaceUri().toString() + QLatin1Char('}')
                    + attribute.name().toString() + QLatin1Char('=') + attribute.value().toString());
            attributes.sort();
            items.append(path.join(QLatin1Char('/')) + QLatin1Char(' ') + attributes.join(QLatin1Char(' ')));
            break;
        }
        case QXmlStreamReader::EndElement:
            path.removeLast();
            break;
        case QXmlStreamReader::Characters:
            if (!reader.isWhitespace())
                items.append(QStringLiteral("text:") + reader.text().toString());
            break;
        case QXmlStreamReader::Comment:
            items.append(QStringLiteral("comment:") + reader.text().toString());
            break;
        default:
            break;
        }
    }
    EXPECT_FALSE(reader.hasError()) << reader.errorString() << "\n" << xml;
    return items;
}

QString testDriverXml()
{
    virConnectPtr connection = virConnectOpen("test:///default");
    if (!connection)
        return {};
    QString xml;
    if (virDomainPtr domain = virDomainLookupByName(connection, "test")) {
        if (char *desc = virDomainGetXMLDesc(domain, 0)) {
            xml = QString::fromUtf8(desc);
            std::free(desc);
        }
        virDomainFree(domain);
    }
    virConnectClose(connection);
    return xml;
}

const char *kRichXml = R"(<domain type='kvm' xmlns:qemu='http://libvirt.org/schemas/domain/qemu/1.0'>
  <name>web-1</name>
  <uuid>2b1e6b3e-4f44-4c3c-9c55-0f7a44c9e111</uuid>
  <title>网站服务器</title>
  <description>生产环境 &amp; “quotes” &lt;ok&gt;</description>
  <metadata>
    <vf:note xmlns:vf='https://virtferry.example/ns'>
      <vf:disk>not a disk</vf:disk>
      <vf:owner name='张三'/>
    </vf:note>
  </metadata>
  <memory unit='KiB'>1048576</memory>
  <os>
    <type arch='x86_64' machine='pc-q35-7.2'>hvm</type>
  </os>
  <!-- hand written; keep this comment -->
  <devices>
    <emulator>/usr/bin/qemu-system-x86_64</emulator>
    <disk type='file' device='disk'>
      <driver name='qemu' type='qcow2' cache='none'/>
      <source file='/var/lib/libvirt/images/web-1.qcow2'>
        <seclabel model='dac' relabel='no'/>
      </source>
      <backingStore type='file'>
        <format type='raw'/>
        <source file='/var/lib/libvirt/images/base.raw'/>
        <backingStore/>
      </backingStore>
      <target dev='vda' bus='virtio'/>
    </disk>
    <disk type='block' device='disk'>
      <driver name='qemu' type='raw'/>
      <source dev='/dev/vg0/web-data'/>
      <target dev='vdb' bus='virtio'/>
      <shareable/>
    </disk>
    <disk type='file' device='cdrom'>
      <driver name='qemu' type='raw'/>
      <source file='/srv/iso/debian-12.iso'/>
      <target dev='sda' bus='sata'/>
      <readonly/>
    </disk>
    <disk type='volume' device='disk'>
      <driver name='qemu' type='raw'/>
      <source pool='fast' volume='scratch.raw'/>
      <target dev='vdc' bus='virtio'/>
    </disk>
    <disk type='network' device='disk'>
      <driver name='qemu' type='raw'/>
      <source protocol='nfs' name='/export/web-1-logs.raw'>
        <host name='nfs-server' port='2049'/>
        <host name='nfs-backup'/>
      </source>
      <target dev='vdd' bus='virtio'/>
    </disk>
    <disk type='file' device='cdrom'>
      <target dev='sdb' bus='sata'/>
      <readonly/>
    </disk>
  </devices>
  <qemu:commandline>
    <qemu:arg value='-no-hpet'/>
    <qemu:env name='LANG' value='zh_CN.UTF-8'/>
  </qemu:commandline>
</domain>
)";

} // namespace

TEST(DomainDisksTest, ReadsTheTestDriverDomain)
{
    const QString xml = testDriverXml();
    ASSERT_FALSE(xml.isEmpty());
    QString error;
    const QList<DomainDisk> disks = domainDisks(xml, &error);
    EXPECT_TRUE(error.isEmpty()) << error;
    ASSERT_EQ(disks.size(), 1);
    EXPECT_EQ(disks[0].device, s("disk"));
    EXPECT_EQ(disks[0].type, s("file"));
    EXPECT_EQ(disks[0].targetDev, s("vda"));
    EXPECT_EQ(disks[0].targetBus, s("virtio"));
    EXPECT_EQ(disks[0].sourcePath, s("/guest/diskimage1"));
    EXPECT_EQ(domainXmlName(xml), s("test"));
}

TEST(DomainDisksTest, ReadsEveryKindOfDisk)
{
    QString error;
    const QList<DomainDisk> disks = domainDisks(s(kRichXml), &error);
    EXPECT_TRUE(error.isEmpty()) << error;
    ASSERT_EQ(disks.size(), 6);

    EXPECT_EQ(disks[0].type, s("file"));
    EXPECT_EQ(disks[0].device, s("disk"));
    EXPECT_EQ(disks[0].sourcePath, s("/var/lib/libvirt/images/web-1.qcow2"));
    EXPECT_EQ(disks[0].driverFormat, s("qcow2")); // not the backing store's raw
    EXPECT_EQ(disks[0].targetDev, s("vda"));

    EXPECT_EQ(disks[1].type, s("block"));
    EXPECT_EQ(disks[1].sourcePath, s("/dev/vg0/web-data"));
    EXPECT_TRUE(disks[1].shareable);
    EXPECT_FALSE(disks[1].readOnly);

    EXPECT_EQ(disks[2].device, s("cdrom"));
    EXPECT_EQ(disks[2].targetBus, s("sata"));
    EXPECT_TRUE(disks[2].readOnly);

    EXPECT_EQ(disks[3].type, s("volume"));
    EXPECT_EQ(disks[3].sourcePool, s("fast"));
    EXPECT_EQ(disks[3].sourceVolume, s("scratch.raw"));
    EXPECT_TRUE(disks[3].sourcePath.isEmpty());

    EXPECT_EQ(disks[4].type, s("network"));
    EXPECT_EQ(disks[4].sourceProtocol, s("nfs"));
    EXPECT_EQ(disks[4].sourceName, s("/export/web-1-logs.raw"));
    EXPECT_EQ(disks[4].sourceHosts, (QStringList { s("nfs-server:2049"), s("nfs-backup") }));

    EXPECT_EQ(disks[5].device, s("cdrom"));
    EXPECT_FALSE(disks[5].hasSource());
    EXPECT_EQ(domainXmlName(s(kRichXml)), s("web-1"));
}

TEST(DomainDisksTest, MalformedXmlReportsAnError)
{
    QString error;
    domainDisks(s("<domain><devices><disk type='file'>"), &error);
    EXPECT_FALSE(error.isEmpty());
    EXPECT_FALSE(rewriteDomainXml(s("<domain><name>x</name>"), {}, &error).has_value());
    EXPECT_FALSE(error.isEmpty());
    EXPECT_FALSE(rewriteDomainXml(s("<pool><name>x</name></pool>"), {}, &error).has_value());
    EXPECT_TRUE(error.contains(s("pool"))) << error;
}

TEST(DomainDisksTest, EmptyRewriteKeepsEverything)
{
    for (const QString &xml : { testDriverXml(), s(kRichXml) }) {
        ASSERT_FALSE(xml.isEmpty());
        QString error;
        const std::optional<QString> result = rewriteDomainXml(xml, {}, &error);
        ASSERT_TRUE(result.has_value()) << error;
        EXPECT_EQ(structure(*result), structure(xml));
    }
    // The foreign namespaces survive with their URIs.
    const std::optional<QString> result = rewriteDomainXml(s(kRichXml), {});
    ASSERT_TRUE(result.has_value());
    EXPECT_TRUE(structure(*result).contains(
        s("{}domain/{http://libvirt.org/schemas/domain/qemu/1.0}commandline/"
          "{http://libvirt.org/schemas/domain/qemu/1.0}env {}name=LANG {}value=zh_CN.UTF-8")));
    EXPECT_TRUE(result->contains(s("网站服务器")));
    // Prefixes are kept as written, and no XML declaration is added.
    EXPECT_TRUE(result->contains(s("<vf:note xmlns:vf=")));
    EXPECT_TRUE(result->contains(s("<qemu:arg value=")));
    EXPECT_FALSE(result->startsWith(s("<?xml")));
}

TEST(DomainDisksTest, RewritesSourcesNameAndUuid)
{
    DomainXmlRewrite rewrite;
    rewrite.sources.insert(s("vda"), DiskSourceRewrite::file(s("/pool-b/web-1.qcow2")));
    rewrite.sources.insert(s("vdb"), DiskSourceRewrite::poolVolume(s("big"), s("web-data")));
    rewrite.sources.insert(s("vdd"), DiskSourceRewrite::file(s("/pool-b/logs.raw")));
    rewrite.sources.insert(s("vdc"), DiskSourceRewrite::block(s("/dev/vg1/scratch")));
    rewrite.name = s("web-1-迁移");
    rewrite.dropUuid = true;

    QString error;
    const std::optional<QString> result = rewriteDomainXml(s(kRichXml), rewrite, &error);
    ASSERT_TRUE(result.has_value()) << error;
    if (qEnvironmentVariableIsSet("VF_PRINT_XML"))
        std::printf("%s\n", qPrintable(*result));

    const QList<DomainDisk> disks = domainDisks(*result, &error);
    EXPECT_TRUE(error.isEmpty()) << error;
    ASSERT_EQ(disks.size(), 6);
    EXPECT_EQ(disks[0].type, s("file"));
    EXPECT_EQ(disks[0].sourcePath, s("/pool-b/web-1.qcow2"));
    EXPECT_EQ(disks[0].driverFormat, s("qcow2"));
    EXPECT_EQ(disks[1].type, s("volume"));
    EXPECT_EQ(disks[1].sourcePool, s("big"));
    EXPECT_EQ(disks[1].sourceVolume, s("web-data"));
    EXPECT_TRUE(disks[1].sourcePath.isEmpty());
    EXPECT_TRUE(disks[1].shareable);
    EXPECT_EQ(disks[2].sourcePath, s("/srv/iso/debian-12.iso")); // untouched
    EXPECT_EQ(disks[3].type, s("block"));
    EXPECT_EQ(disks[3].sourcePath, s("/dev/vg1/scratch"));
    EXPECT_TRUE(disks[3].sourcePool.isEmpty());
    EXPECT_EQ(disks[4].type, s("file"));
    EXPECT_EQ(disks[4].sourcePath, s("/pool-b/logs.raw"));
    EXPECT_TRUE(disks[4].sourceHosts.isEmpty());
    EXPECT_TRUE(disks[4].sourceProtocol.isEmpty());
    EXPECT_EQ(domainXmlName(*result), s("web-1-迁移"));
    EXPECT_FALSE(result->contains(s("2b1e6b3e")));

    // Everything outside the rewritten parts is as it was.
    QStringList before = structure(s(kRichXml));
    QStringList after = structure(*result);
    auto untouched = [](const QStringList &items) {
        QStringList kept;
        for (const QString &item : items) {
            if (!item.startsWith(s("{}domain/{}devices/{}disk")) && !item.startsWith(s("{}domain/{}uuid"))
                && !item.startsWith(s("{}domain/{}name")) && !item.startsWith(s("text:")))
                kept.append(item);
        }
        return kept;
    };
    EXPECT_EQ(untouched(after), untouched(before));
    EXPECT_TRUE(after.contains(s("text:生产环境 & “quotes” <ok>")));
    EXPECT_TRUE(after.contains(s("comment: hand written; keep this comment ")));
    // The backing chain of vda belonged to the old image and stays with the disk element
    // untouched; only the disk's own <source> was replaced.
    EXPECT_EQ(after.filter(s("backingStore")).size(), before.filter(s("backingStore")).size());
}

TEST(DomainDisksTest, EmptyCdromGainsASource)
{
    DomainXmlRewrite rewrite;
    rewrite.sources.insert(s("sdb"), DiskSourceRewrite::file(s("/iso/new.iso")));
    const std::optional<QString> result = rewriteDomainXml(s(kRichXml), rewrite);
    ASSERT_TRUE(result.has_value());
    const QList<DomainDisk> disks = domainDisks(*result);
    ASSERT_EQ(disks.size(), 6);
    EXPECT_EQ(disks[5].sourcePath, s("/iso/new.iso"));
    EXPECT_TRUE(disks[5].readOnly);
}

TEST(DomainDisksTest, UnknownTargetIsAnError)
{
    DomainXmlRewrite rewrite;
    rewrite.sources.insert(s("vdz"), DiskSourceRewrite::file(s("/x.raw")));
    QString error;
    EXPECT_FALSE(rewriteDomainXml(s(kRichXml), rewrite, &error).has_value());
    EXPECT_TRUE(error.contains(s("vdz"))) << error;

    // An empty new source is refused rather than written as source file=''.
    rewrite.sources.clear();
    rewrite.sources.insert(s("vda"), DiskSourceRewrite::file(QString()));
    EXPECT_FALSE(rewriteDomainXml(s(kRichXml), rewrite, &error).has_value());
    EXPECT_TRUE(error.contains(s("vda"))) << error;

    DomainXmlRewrite renamed;
    renamed.name = s("  ");
    EXPECT_FALSE(rewriteDomainXml(s(kRichXml), renamed, &error).has_value());
    EXPECT_FALSE(error.isEmpty());
}

TEST(DomainDisksTest, HostilePathsAreEscaped)
{
    const QString hostile = s("/images/a'b\"c&d<e>f ]]> 盘.raw");
    const QString hostileName = s("vm</name><uuid>x</uuid>&amp;");
    DomainXmlRewrite rewrite;
    rewrite.sources.insert(s("vda"), DiskSourceRewrite::file(hostile));
    rewrite.sources.insert(s("vdc"), DiskSourceRewrite::poolVolume(s("p'o\"ol&"), s("<vol>")));
    rewrite.name = hostileName;
    QString error;
    const std::optional<QString> result = rewriteDomainXml(s(kRichXml), rewrite, &error);
    ASSERT_TRUE(result.has_value()) << error;
    QString parseError;
    const QList<DomainDisk> disks = domainDisks(*result, &parseError);
    EXPECT_TRUE(parseError.isEmpty()) << parseError << "\n" << *result;
    ASSERT_EQ(disks.size(), 6);
    EXPECT_EQ(disks[0].sourcePath, hostile);
    EXPECT_EQ(disks[3].sourcePool, s("p'o\"ol&"));
    EXPECT_EQ(disks[3].sourceVolume, s("<vol>"));
    EXPECT_EQ(domainXmlName(*result), hostileName);
    // Still exactly one uuid and one name: nothing was injected.
    const QStringList items = structure(*result);
    EXPECT_EQ(items.filter(s("{}domain/{}uuid")).size(), 1);
    EXPECT_EQ(items.filter(s("{}domain/{}name")).size(), 1);
}
