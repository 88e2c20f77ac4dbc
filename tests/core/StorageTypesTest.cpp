// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: Virt Ferry contributors
// Pool and volume XML (written, read back, compared), libvirt's capability and source
// documents, and every inline validation rule with its message.
#include "PoolSourceDiscovery.h"
#include "QtPrinting.h"
#include "StoragePoolListModel.h"
#include "StorageTypes.h"

#include <QLocale>
#include <QSet>
#include <QXmlStreamReader>
#include <gtest/gtest.h>

namespace {

constexpr auto kFsNamespace = QLatin1StringView("http://libvirt.org/schemas/storagepool/fs/1.0");

PoolDefinition nfsPool()
{
    PoolDefinition definition;
    definition.name = QStringLiteral("shared");
    definition.type = QStringLiteral("netfs");
    definition.targetPath = QStringLiteral("/var/lib/libvirt/images/shared");
    definition.sourceHost = QStringLiteral("nfs.example");
    definition.sourceDir = QStringLiteral("/export/vms");
    definition.sourceFormat = QStringLiteral("nfs");
    definition.nfsProtocolVersion = 4;
    definition.mountOptions = {QStringLiteral("noatime"), QStringLiteral("nconnect=4")};
    return definition;
}

// Element paths ("pool/source/host") with the attribute asked for, read back with a
// reader independent of the code under test's own parser.
QString valueAt(const QString &xml, const QString &elementPath, const QString &attribute = {})
{
    QXmlStreamReader reader(xml);
    QStringList path;
    while (!reader.atEnd()) {
        const auto token = reader.readNext();
        if (token == QXmlStreamReader::StartElement) {
            path.append(reader.name().toString());
            if (path.join(u'/') == elementPath)
                return attribute.isEmpty() ? reader.readElementText() : reader.attributes().value(attribute).toString();
        } else if (token == QXmlStreamReader::EndElement) {
            path.removeLast();
        }
    }
    return QStringLiteral("<missing>");
}

} // namespace

TEST(PoolDefinition, NetfsXmlHasSourceProtocolAndNamespacedMountOptions)
{
    const QString xml = nfsPool().toXml();
    EXPECT_EQ(valueAt(xml, QStringLiteral("pool"), QStringLiteral("type")), QStringLiteral("netfs"));
    EXPECT_EQ(valueAt(xml, QStringLiteral("pool/name")), QStringLiteral("shared"));
    EXPECT_EQ(valueAt(xml, QStringLiteral("pool/source/host"), QStringLiteral("name")), QStringLiteral("nfs.example"));
    EXPECT_EQ(valueAt(xml, QStringLiteral("pool/source/dir"), QStringLiteral("path")), QStringLiteral("/export/vms"));
    EXPECT_EQ(valueAt(xml, QStringLiteral("pool/source/format"), QStringLiteral("type")), QStringLiteral("nfs"));
    EXPECT_EQ(valueAt(xml, QStringLiteral("pool/source/protocol"), QStringLiteral("ver")), QStringLiteral("4"));
    EXPECT_EQ(valueAt(xml, QStringLiteral("pool/target/path")), QStringLiteral("/var/lib/libvirt/images/shared"));

    // The options must be in libvirt's fs namespace, directly under <pool>.
    QXmlStreamReader reader(xml);
    QStringList options;
    int depth = 0;
    while (!reader.atEnd()) {
        const auto token = reader.readNext();
        if (token == QXmlStreamReader::StartElement) {
            ++depth;
            if (reader.name() == u"mount_opts") {
                EXPECT_EQ(depth, 2);
                EXPECT_EQ(reader.namespaceUri(), kFsNamespace);
            }
            if (reader.name() == u"option") {
                EXPECT_EQ(reader.namespaceUri(), kFsNamespace);
                options.append(reader.attributes().value(QLatin1StringView("name")).toString());
            }
        } else if (token == QXmlStreamReader::EndElement) {
            --depth;
        }
    }
    EXPECT_FALSE(reader.hasError()) << reader.errorString();
    EXPECT_EQ(options, (QStringList{QStringLiteral("noatime"), QStringLiteral("nconnect=4")}));
}

TEST(PoolDefinition, RoundTripsThroughXml)
{
    const PoolDefinition original = nfsPool();
    QString error;
    const auto read = PoolDefinition::fromXml(original.toXml(), &error);
    ASSERT_TRUE(read.has_value()) << error;
    EXPECT_EQ(read->name, original.name);
    EXPECT_EQ(read->type, original.type);
    EXPECT_EQ(read->targetPath, original.targetPath);
    EXPECT_EQ(read->sourceHost, original.sourceHost);
    EXPECT_EQ(read->sourceDir, original.sourceDir);
    EXPECT_EQ(read->sourceFormat, original.sourceFormat);
    EXPECT_EQ(read->nfsProtocolVersion, std::optional<int>(4));
    EXPECT_EQ(read->mountOptions, original.mountOptions);
    EXPECT_TRUE(read->sameDefinition(original));
    EXPECT_TRUE(read->differencesFrom(original).isEmpty());

    PoolDefinition logical;
    logical.name = QStringLiteral("vg");
    logical.type = QStringLiteral("logical");
    logical.targetPath = QStringLiteral("/dev/vmvg");
    logical.sourceName = QStringLiteral("vmvg");
    logical.sourceDevice = QStringLiteral("/dev/sdb1");
    logical.sourceFormat = QStringLiteral("lvm2");
    const QString logicalXml = logical.toXml();
    EXPECT_EQ(valueAt(logicalXml, QStringLiteral("pool/source/name")), QStringLiteral("vmvg"));
    EXPECT_EQ(valueAt(logicalXml, QStringLiteral("pool/source/device"), QStringLiteral("path")),
              QStringLiteral("/dev/sdb1"));
    EXPECT_EQ(valueAt(logicalXml, QStringLiteral("pool/source/format"), QStringLiteral("type")),
              QStringLiteral("lvm2"));
    const auto readLogical = PoolDefinition::fromXml(logicalXml);
    ASSERT_TRUE(readLogical.has_value());
    EXPECT_EQ(readLogical->sourceName, QStringLiteral("vmvg"));
    EXPECT_EQ(readLogical->name, QStringLiteral("vg")) << "the source's <name> must not replace the pool's";
    EXPECT_TRUE(readLogical->sameDefinition(logical));
    EXPECT_EQ(valueAt(logicalXml, QStringLiteral("pool/mount_opts")), QStringLiteral("<missing>"));
}

TEST(PoolDefinition, ReadsWhatLibvirtWritesAndComparesMeaning)
{
    // As libvirt dumps a netfs pool defined without a format: it adds "auto", runtime
    // sizes, a uuid and a trailing-slash-free path.
    const QString dumped = QStringLiteral(
        "<pool type='netfs'><name>shared</name><uuid>0b4b33e0-0f0c-4a0f-9f5e-35e0e5f0a001</uuid>"
        "<capacity unit='bytes'>0</capacity><allocation unit='bytes'>0</allocation>"
        "<source><host name='nfs.example'/><dir path='/export/vms'/><format type='auto'/></source>"
        "<target><path>/srv/shared</path><permissions><mode>0711</mode></permissions></target></pool>");
    const auto present = PoolDefinition::fromXml(dumped);
    ASSERT_TRUE(present.has_value());
    PoolDefinition requested;
    requested.name = QStringLiteral("shared");
    requested.type = QStringLiteral("netfs");
    requested.targetPath = QStringLiteral("/srv/shared/");
    requested.sourceHost = QStringLiteral("nfs.example");
    requested.sourceDir = QStringLiteral("/export/vms");
    EXPECT_TRUE(present->sameDefinition(requested)) << present->differencesFrom(requested).join(u';');

    requested.targetPath = QStringLiteral("/srv/other");
    const QStringList differences = present->differencesFrom(requested);
    ASSERT_EQ(differences.size(), 1);
    EXPECT_EQ(differences.first(), QStringLiteral("target path /srv/shared here, /srv/other requested"));
    EXPECT_FALSE(present->sameDefinition(requested));

    requested.targetPath = QStringLiteral("/srv/shared");
    requested.mountOptions = {QStringLiteral("soft")};
    EXPECT_FALSE(present->sameDefinition(requested));
    requested.mountOptions.clear();
    requested.nfsProtocolVersion = 3;
    EXPECT_FALSE(present->sameDefinition(requested));
    requested.nfsProtocolVersion.reset();
    requested.sourceHost = QStringLiteral("other.example");
    EXPECT_FALSE(present->sameDefinition(requested));
}

TEST(PoolDefinition, RejectsWhatIsNotAPool)
{
    QString error;
    EXPECT_FALSE(PoolDefinition::fromXml(QStringLiteral("<volume><name>x</name></volume>"), &error).has_value());
    EXPECT_FALSE(error.isEmpty());
    error.clear();
    EXPECT_FALSE(PoolDefinition::fromXml(QStringLiteral("<pool type='dir'><name>x</name>"), &error).has_value());
    EXPECT_TRUE(error.contains(QStringLiteral("line"))) << error;
}

TEST(VolumeDefinition, WritesBytesAlwaysAnAllocationAndBackingOnlyForQcow2)
{
    VolumeDefinition volume;
    volume.name = QStringLiteral("disk.qcow2");
    volume.capacityBytes = 10ull << 30;
    volume.backingPath = QStringLiteral("/images/base.qcow2");
    volume.backingFormat = QStringLiteral("qcow2");
    QString xml = volume.toXml();
    EXPECT_EQ(valueAt(xml, QStringLiteral("volume/name")), QStringLiteral("disk.qcow2"));
    EXPECT_EQ(valueAt(xml, QStringLiteral("volume/capacity")), QStringLiteral("10737418240"));
    EXPECT_EQ(valueAt(xml, QStringLiteral("volume/capacity"), QStringLiteral("unit")), QStringLiteral("bytes"));
    EXPECT_EQ(valueAt(xml, QStringLiteral("volume/allocation")), QStringLiteral("0"));
    EXPECT_EQ(valueAt(xml, QStringLiteral("volume/allocation"), QStringLiteral("unit")), QStringLiteral("bytes"));
    EXPECT_EQ(valueAt(xml, QStringLiteral("volume/target/format"), QStringLiteral("type")), QStringLiteral("qcow2"));
    EXPECT_EQ(valueAt(xml, QStringLiteral("volume/backingStore/path")), QStringLiteral("/images/base.qcow2"));
    EXPECT_EQ(valueAt(xml, QStringLiteral("volume/backingStore/format"), QStringLiteral("type")),
              QStringLiteral("qcow2"));

    volume.format = QStringLiteral("raw");
    volume.allocationBytes = 1u << 20;
    xml = volume.toXml();
    EXPECT_EQ(valueAt(xml, QStringLiteral("volume/allocation")), QStringLiteral("1048576"));
    EXPECT_EQ(valueAt(xml, QStringLiteral("volume/target/format"), QStringLiteral("type")), QStringLiteral("raw"));
    EXPECT_EQ(valueAt(xml, QStringLiteral("volume/backingStore/path")), QStringLiteral("<missing>"));
}

TEST(PoolCapabilities, ParsesTypesFormatsAndSupport)
{
    const QString xml = QStringLiteral(R"(<storagepoolCapabilities>
  <pool type='dir' supported='yes'>
    <volOptions>
      <defaultFormat type='raw'/>
      <enum name='targetFormatType'><value>none</value><value>raw</value><value>qcow2</value></enum>
    </volOptions>
  </pool>
  <pool type='netfs' supported='yes'>
    <poolOptions>
      <defaultFormat type='auto'/>
      <enum name='sourceFormatType'><value>auto</value><value>nfs</value><value>glusterfs</value><value>cifs</value></enum>
    </poolOptions>
    <volOptions><defaultFormat type='raw'/><enum name='targetFormatType'><value>raw</value></enum></volOptions>
  </pool>
  <pool type='rbd' supported='no'/>
</storagepoolCapabilities>)");
    QString error;
    const QList<PoolTypeSupport> types = parsePoolCapabilities(xml, &error);
    EXPECT_TRUE(error.isEmpty()) << error;
    ASSERT_EQ(types.size(), 3);
    EXPECT_EQ(types[0].type, QStringLiteral("dir"));
    EXPECT_TRUE(types[0].supported);
    EXPECT_EQ(types[0].defaultVolumeFormat, QStringLiteral("raw"));
    EXPECT_EQ(types[0].volumeFormats, (QStringList{QStringLiteral("none"), QStringLiteral("raw"), QStringLiteral("qcow2")}));
    EXPECT_TRUE(types[0].sourceFormats.isEmpty());
    EXPECT_EQ(types[1].type, QStringLiteral("netfs"));
    EXPECT_EQ(types[1].defaultSourceFormat, QStringLiteral("auto"));
    EXPECT_EQ(types[1].sourceFormats, (QStringList{QStringLiteral("auto"), QStringLiteral("nfs"),
                                                   QStringLiteral("glusterfs"), QStringLiteral("cifs")}));
    EXPECT_EQ(types[1].volumeFormats, QStringList{QStringLiteral("raw")});
    EXPECT_EQ(types[2].type, QStringLiteral("rbd"));
    EXPECT_FALSE(types[2].supported);

    EXPECT_TRUE(parsePoolCapabilities(QStringLiteral("<storagepoolCapabilities><pool"), &error).isEmpty());
    EXPECT_FALSE(error.isEmpty());
}

TEST(PoolSources, ParsesNetfsAndLogicalAnswers)
{
    QString error;
    const auto exports = parsePoolSources(QStringLiteral(
        "<sources><source><host name='nfs.example'/><dir path='/export/a'/><format type='nfs'/></source>"
        "<source><host name='nfs.example'/><dir path='/export/b'/><format type='nfs'/></source></sources>"), &error);
    EXPECT_TRUE(error.isEmpty()) << error;
    ASSERT_EQ(exports.size(), 2);
    EXPECT_EQ(exports[0].host, QStringLiteral("nfs.example"));
    EXPECT_EQ(exports[0].dir, QStringLiteral("/export/a"));
    EXPECT_EQ(exports[0].format, QStringLiteral("nfs"));
    EXPECT_EQ(exports[1].dir, QStringLiteral("/export/b"));

    const auto groups = parsePoolSources(QStringLiteral(
        "<sources><source><device path='/dev/sda20'/><name>testvg1</name><format type='lvm2'/></source></sources>"));
    ASSERT_EQ(groups.size(), 1);
    EXPECT_EQ(groups[0].device, QStringLiteral("/dev/sda20"));
    EXPECT_EQ(groups[0].name, QStringLiteral("testvg1"));
    EXPECT_EQ(groups[0].format, QStringLiteral("lvm2"));

    EXPECT_TRUE(parsePoolSources(QStringLiteral("<sources>\n</sources>"), &error).isEmpty());
    EXPECT_TRUE(error.isEmpty());
    EXPECT_TRUE(parsePoolSources(QStringLiteral("<error/>"), &error).isEmpty());
    EXPECT_FALSE(error.isEmpty());
}

TEST(StorageValidation, NamesRejectWhatCannotBeAFileName)
{
    using namespace StorageValidation;
    EXPECT_EQ(poolNameError(QString()), QStringLiteral("Enter a pool name."));
    EXPECT_EQ(volumeNameError(QStringLiteral("  ")), QStringLiteral("Enter a volume name."));
    EXPECT_EQ(poolNameError(QStringLiteral(".")), QStringLiteral("“.” and “..” cannot be used as a pool name."));
    EXPECT_EQ(volumeNameError(QStringLiteral("..")), QStringLiteral("“.” and “..” cannot be used as a volume name."));
    EXPECT_EQ(volumeNameError(QStringLiteral("a/b")),
              QStringLiteral("The volume name cannot contain “/”: it becomes a file name."));
    EXPECT_EQ(volumeNameError(QStringLiteral("/")),
              QStringLiteral("The volume name cannot contain “/”: it becomes a file name."));
    const QString controlMessage =
        QStringLiteral("The pool name cannot contain line breaks, tabs or other control characters.");
    EXPECT_EQ(poolNameError(QStringLiteral("a\nb")), controlMessage);
    EXPECT_EQ(poolNameError(QStringLiteral("a\tb")), controlMessage);
    EXPECT_EQ(poolNameError(QStringLiteral("a") + QChar(0x2028) + QStringLiteral("b")), controlMessage);
    const QString quoteMessage = QStringLiteral("The volume name cannot contain quotes (' \" `).");
    EXPECT_EQ(volumeNameError(QStringLiteral("it's")), quoteMessage);
    EXPECT_EQ(volumeNameError(QStringLiteral("a\"b")), quoteMessage);
    EXPECT_EQ(volumeNameError(QStringLiteral("a`b")), quoteMessage);
    EXPECT_EQ(poolNameError(QStringLiteral(" padded")), QStringLiteral("The pool name cannot start or end with a space."));

    EXPECT_EQ(poolNameError(QStringLiteral("shared-nfs_1.pool")), QString());
    EXPECT_EQ(volumeNameError(QStringLiteral("磁盘 一.qcow2")), QString());
    EXPECT_EQ(poolNameError(QStringLiteral("虚拟机存储")), QString());
}

TEST(StorageValidation, PathsMustBeAbsoluteWithoutDotDot)
{
    using namespace StorageValidation;
    EXPECT_EQ(absolutePathError(QString()), QStringLiteral("Enter a path."));
    EXPECT_EQ(absolutePathError(QStringLiteral("images")), QStringLiteral("The path must be absolute (start with “/”)."));
    EXPECT_EQ(absolutePathError(QStringLiteral("./images")), QStringLiteral("The path must be absolute (start with “/”)."));
    EXPECT_EQ(absolutePathError(QStringLiteral("/var/../etc")), QStringLiteral("The path cannot contain “..”."));
    EXPECT_EQ(absolutePathError(QStringLiteral("/var/lib/..")), QStringLiteral("The path cannot contain “..”."));
    EXPECT_EQ(absolutePathError(QStringLiteral("/var/lib\n/x")),
              QStringLiteral("The path cannot contain line breaks, tabs or other control characters."));
    EXPECT_EQ(absolutePathError(QStringLiteral("/var/lib/libvirt/images/shared")), QString());
    EXPECT_EQ(absolutePathError(QStringLiteral("/srv/..data/镜像")), QString()) << "“..data” is a name, not “..”";
    EXPECT_EQ(absolutePathError(QStringLiteral("/")), QString());
}

TEST(StorageValidation, HostsAreNamesOrProperAddresses)
{
    using namespace StorageValidation;
    EXPECT_EQ(hostNameError(QString()), QStringLiteral("Enter the server's host name or IP address."));
    EXPECT_EQ(hostNameError(QStringLiteral("nfs server")),
              QStringLiteral("The server address cannot contain spaces or control characters."));
    for (const char *good : {"nfs", "nfs.example.com", "nfs-1.lab", "10.0.0.1", "255.255.255.255", "0.0.0.0",
                             "fd00::1", "::1", "2001:db8:0:0:0:0:0:1", "[fe80::1]", "::ffff:192.0.2.1"})
        EXPECT_EQ(hostNameError(QLatin1StringView(good)), QString()) << good;
    const QString rangeMessage =
        QStringLiteral("“256.1.1.1” is not a valid IPv4 address: each number must be between 0 and 255.");
    EXPECT_EQ(hostNameError(QStringLiteral("256.1.1.1")), rangeMessage);
    EXPECT_EQ(hostNameError(QStringLiteral("10.0.0")),
              QStringLiteral("“10.0.0” is not a valid IPv4 address: it needs four numbers separated by dots."));
    EXPECT_EQ(hostNameError(QStringLiteral("1.2.3.4.5")),
              QStringLiteral("“1.2.3.4.5” is not a valid IPv4 address: it needs four numbers separated by dots."));
    EXPECT_EQ(hostNameError(QStringLiteral("fd00:::1")), QStringLiteral("“fd00:::1” is not a valid IPv6 address."));
    EXPECT_EQ(hostNameError(QStringLiteral("1:2:3:4:5:6:7:8:9")),
              QStringLiteral("“1:2:3:4:5:6:7:8:9” is not a valid IPv6 address."));
    EXPECT_EQ(hostNameError(QStringLiteral("fd00::g")), QStringLiteral("“fd00::g” is not a valid IPv6 address."));
    EXPECT_EQ(hostNameError(QStringLiteral("-nfs.example")),
              QStringLiteral("“-nfs.example” is not a valid host name: use letters, digits, “-” and dots."));
    EXPECT_EQ(hostNameError(QStringLiteral("nfs..example")),
              QStringLiteral("“nfs..example” is not a valid host name: use letters, digits, “-” and dots."));
    EXPECT_EQ(hostNameError(QStringLiteral("nfs_server")),
              QStringLiteral("“nfs_server” is not a valid host name: use letters, digits, “-” and dots."));
}

TEST(StorageValidation, CapacityIsPositiveAndFits)
{
    using namespace StorageValidation;
    EXPECT_EQ(capacityError(0, std::nullopt), QStringLiteral("The size must be greater than zero."));
    EXPECT_EQ(capacityError(0, 100), QStringLiteral("The size must be greater than zero."));
    EXPECT_EQ(capacityError(1, std::nullopt), QString());
    EXPECT_EQ(capacityError(10ull << 30, 10ull << 30), QString());
    EXPECT_EQ(capacityError((10ull << 30) + 1, 10ull << 30),
              QStringLiteral("%1 is more than the %2 free in this pool.")
                  .arg(formatBytes((10ull << 30) + 1), formatBytes(10ull << 30)));
}

TEST(StorageTexts, EveryValueHasItsOwnText)
{
    QStringList texts;
    for (PoolState state : {PoolState::Inactive, PoolState::Building, PoolState::Running, PoolState::Degraded,
                            PoolState::Inaccessible})
        texts.append(poolStateText(state));
    for (PoolAction action : {PoolAction::Start, PoolAction::Stop, PoolAction::Refresh, PoolAction::SetAutostart,
                              PoolAction::Delete})
        texts.append(poolActionText(action));
    for (EnsurePoolOutcome outcome : {EnsurePoolOutcome::Created, EnsurePoolOutcome::AlreadyIdentical,
                                      EnsurePoolOutcome::Conflict, EnsurePoolOutcome::Failed})
        texts.append(ensurePoolOutcomeText(outcome));
    for (const QString &text : texts)
        EXPECT_FALSE(text.isEmpty());
    EXPECT_EQ(QSet<QString>(texts.cbegin(), texts.cend()).size(), texts.size());
}

TEST(FormatBytes, UsesBinaryUnitsAndTheLocale)
{
    QLocale::setDefault(QLocale::c());
    EXPECT_EQ(formatBytes(0), QStringLiteral("0 B"));
    EXPECT_EQ(formatBytes(1023), QStringLiteral("1023 B"));
    EXPECT_EQ(formatBytes(1024), QStringLiteral("1.0 KiB"));
    EXPECT_EQ(formatBytes(10ull << 30), QStringLiteral("10.0 GiB"));
    EXPECT_EQ(formatBytes(1536ull << 20), QStringLiteral("1.5 GiB"));
    QLocale::setDefault(QLocale(QLocale::German));
    EXPECT_EQ(formatBytes(1536ull << 20), QStringLiteral("1,5 GiB"));
    QLocale::setDefault(QLocale::c());
}
