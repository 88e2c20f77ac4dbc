// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: Virt Ferry contributors
// Hostile and broken input in every form, table-driven: each value is typed (or pasted,
// where a keyboard cannot type it) into its field of the real dialog on the offscreen
// platform. A rejected value must show a specific message at that field, keep OK / Next /
// Create refusing, and leave libvirt's test driver exactly as it was. An accepted one must
// come back unchanged from libvirt (the object exists with exactly that name or path) or,
// where it ends up in a shell command, from a real /bin/sh.

#include "Connection.h"
#include "ConnectionConfig.h"
#include "ConnectionDialog.h"
#include "ConnectionManager.h"
#include "DomainRecorder.h"
#include "DomainXmlBuilder.h"
#include "ExportsEditorDialog.h"
#include "ExportsFile.h"
#include "FormsTestHost.h"
#include "LibvirtHandles.h"
#include "MigrateWizard.h"
#include "MigrationOptions.h"
#include "NewVmDialog.h"
#include "NodeXmlGenerator.h"
#include "PoolWizard.h"
#include "QtPrinting.h"
#include "ReliabilityRecord.h"
#include "ShellQuoting.h"
#include "StoragePoolListModel.h"
#include "StorageTypes.h"
#include "TestDriverXml.h"
#include "VolumeDialog.h"
#include "WidgetLookup.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProcess>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

#include <gtest/gtest.h>

#include <libvirt/libvirt.h>

#include <cstdlib>
#include <memory>
#include <optional>
#include <vector>

namespace {

constexpr int kTimeoutMs = 30000;
constexpr quint64 kGiB = quint64(1) << 30;

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

QString withCode(const char *before, char32_t code, const char *after)
{
    return s(before) + QString::fromUcs4(&code, 1) + s(after);
}

QString nulIn(const char *before, const char *after)
{
    return s(before) + QChar(0) + s(after);
}

// One row of a form's table: what is typed, and either acceptance (`message` empty) or a
// rejection whose inline message contains `message`.
struct Case
{
    const char *what; // the class of input, for the report and failure messages
    QString value;
    QString message;

    bool accepted() const { return message.isEmpty(); }
};

std::string describe(const Case &row)
{
    QString shown = row.value;
    if (shown.size() > 40)
        shown = shown.left(37) + s("…");
    shown.replace(QChar(0), s("\\0")).replace(u'\n', s("\\n")).replace(u'\t', s("\\t"));
    return std::string(row.what) + " [" + shown.toStdString() + "]";
}

// The reason a field shows for a rejected value, noted for docs/reliability.md.
QString reasonShown(const QLabel *errorLabel)
{
    Reliability::showed(errorLabel->text());
    return errorLabel->text();
}

// A value the app or libvirt gave back for an accepted input, noted for docs/reliability.md.
QString readBack(const QString &value)
{
    QString shown = value.size() > 40 ? value.left(37) + QStringLiteral("…") : value;
    Reliability::showed(QStringLiteral("read back as ") + shown);
    return value;
}

void reportInputs(const char *form, const char *classes, const char *action)
{
    Reliability::describe(Reliability::Area::HostileInput,
        QString::fromUtf8(form) + QStringLiteral(": ") + QString::fromUtf8(classes), QString::fromUtf8(action));
}

// Types `value` as a user would: keystrokes for plain ASCII, and inserted text (as a paste
// delivers it, with textEdited) for what no key produces: Chinese, control characters, NUL.
// The old text is deleted first, so even an empty value counts as edited.
void enter(QLineEdit *edit, const QString &value)
{
    if (edit->text().isEmpty())
        QTest::keyClick(edit, Qt::Key_X);
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Delete);
    // An editable combo box completes what is typed; the bridge field is one.
    bool typeable = !qobject_cast<QComboBox *>(edit->parentWidget()) && !value.isEmpty();
    for (const QChar c : value)
        typeable &= c.unicode() >= 0x20 && c.unicode() < 0x7f;
    if (typeable)
        QTest::keyClicks(edit, value);
    else if (!value.isEmpty())
        edit->insert(value);
    EXPECT_EQ(edit->text(), value) << "the field did not take the value as typed";
}

// Everything libvirt's test driver holds that a form could have created.
struct LibvirtState
{
    QStringList domains;
    QStringList pools;
    QStringList volumes; // "pool/volume"

    friend bool operator==(const LibvirtState &, const LibvirtState &) = default;
};

void PrintTo(const LibvirtState &state, std::ostream *out)
{
    *out << "domains {" << state.domains.join(u',').toStdString() << "} pools {"
         << state.pools.join(u',').toStdString() << "} volumes {" << state.volumes.join(u',').toStdString() << '}';
}

LibvirtState snapshot(virConnectPtr connection)
{
    LibvirtState state;
    virDomainPtr *domains = nullptr;
    const int domainCount = virConnectListAllDomains(connection, &domains, 0);
    for (int i = 0; i < domainCount; ++i) {
        Libvirt::DomainPtr domain(domains[i]);
        state.domains << QString::fromUtf8(virDomainGetName(domain.get()));
    }
    free(domains);
    virStoragePoolPtr *pools = nullptr;
    const int poolCount = virConnectListAllStoragePools(connection, &pools, 0);
    for (int i = 0; i < poolCount; ++i) {
        Libvirt::StoragePoolPtr pool(pools[i]);
        const QString poolName = QString::fromUtf8(virStoragePoolGetName(pool.get()));
        state.pools << poolName;
        virStorageVolPtr *volumes = nullptr;
        const int volumeCount = virStoragePoolListAllVolumes(pool.get(), &volumes, 0);
        for (int j = 0; j < volumeCount; ++j) {
            Libvirt::StorageVolPtr volume(volumes[j]);
            state.volumes << poolName + u'/' + QString::fromUtf8(virStorageVolGetName(volume.get()));
        }
        free(volumes);
    }
    free(pools);
    state.domains.sort();
    state.pools.sort();
    state.volumes.sort();
    return state;
}

// The arguments /bin/sh hands to `program` when it runs `line` (built with shellCommand),
// with the program replaced by a function that prints them NUL-separated.
QStringList argumentsThroughShell(const QString &program, const QString &line)
{
    QProcess shell;
    shell.start(QStringLiteral("/bin/sh"),
                {QStringLiteral("-c"), program + QStringLiteral("() { printf '%s\\0' \"$@\"; }; ") + line});
    EXPECT_TRUE(shell.waitForFinished(10000));
    EXPECT_EQ(shell.exitCode(), 0) << shell.readAllStandardError().toStdString();
    QStringList arguments;
    const QList<QByteArray> parts = shell.readAllStandardOutput().split('\0');
    for (qsizetype i = 0; i + 1 < parts.size(); ++i)
        arguments << QString::fromUtf8(parts.at(i));
    return arguments;
}

// The values of `attribute` on every <element> in `xml` (a domain's disk sources, say).
QStringList attributeValues(const QString &xml, QLatin1StringView element, QLatin1StringView attribute)
{
    QStringList values;
    QXmlStreamReader reader(xml);
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement() && reader.name() == element && reader.attributes().hasAttribute(attribute))
            values << reader.attributes().value(attribute).toString();
    }
    EXPECT_FALSE(reader.hasError()) << reader.errorString().toStdString();
    return values;
}

QString repeated(const char *unit, int times)
{
    QString text;
    for (int i = 0; i < times; ++i)
        text += s(unit);
    return text;
}

// The hostile classes every name field meets; each form says which it accepts.
const QString kChinese = s("测试虚拟机");

// The state libvirt holds for `host`, to show that a rejected value sent nothing.
LibvirtState stateOf(const FormsTestHost &host)
{
    return snapshot(host.connection()->handle().get());
}

// ---------------------------------------------------------------------------------------
// The shared checks the forms use, on the characters no keyboard test reaches well.

TEST(HostileValidators, InvisibleAndXmlInvalidCharactersAreNamedByCodePoint)
{
    reportInputs("Every validator", "invisible, bidi and XML-invalid characters", "each character through the validators; the message names its code point");
    using StorageValidation::invisibleCharacterError;
    const char16_t loneHigh[] = {u'a', 0xd800, u'b', 0};
    const char16_t loneLow[] = {u'a', 0xdc00, 0};
    const QList<std::pair<QString, QString>> rejected = {
        {QString(QChar(0xfeff)) + s("name"), s("U+FEFF at position 1")},
        {withCode("abc", 0x202e, "gpj.exe"), s("U+202E at position 4")},
        {withCode("a", 0x2066, "b"), s("U+2066")},
        {withCode("a", 0x200b, "b"), s("U+200B")},
        {withCode("a", 0xe0041, "b"), s("U+E0041")}, // a tag character, outside the BMP
        {withCode("a", 0xfffe, ""), s("U+FFFE")},
        {withCode("a", 0x1ffff, ""), s("U+1FFFF")},
        {QString::fromUtf16(loneHigh), s("U+D800 at position 2")},
        {QString::fromUtf16(loneLow), s("U+DC00")},
    };
    for (const auto &[text, message] : rejected) {
        const QString error = invisibleCharacterError(text);
        EXPECT_TRUE(error.contains(message)) << error.toStdString() << " lacks " << message.toStdString();
        EXPECT_FALSE(StorageValidation::volumeNameError(text).isEmpty()) << message.toStdString();
        EXPECT_FALSE(StorageValidation::absolutePathError(s("/srv/") + text).isEmpty()) << message.toStdString();
        EXPECT_FALSE(NewDomainValidation::nameError(text).isEmpty()) << message.toStdString();
    }
    for (const QString &fine : {kChinese, s("𠀀𠀁 (CJK extension B)"), s("emoji 😀"), s("-rf;$(x)`y`")})
        EXPECT_EQ(invisibleCharacterError(fine), QString()) << fine.toStdString();
}

TEST(HostileValidators, NameLengthsCountUtf8BytesAsTheFileSystemDoes)
{
    reportInputs("Pool, volume and VM names", "names at and over the byte limits, ASCII and Chinese", "checked at the limit and one byte over");
    EXPECT_EQ(StorageValidation::volumeNameError(repeated("卷", 85)), QString());
    EXPECT_TRUE(StorageValidation::volumeNameError(repeated("卷", 86)).contains(s("258 bytes")));
    EXPECT_EQ(StorageValidation::poolNameError(repeated("池", 66)), QString());
    EXPECT_TRUE(StorageValidation::poolNameError(repeated("池", 67)).contains(s("too long")));
    EXPECT_EQ(NewDomainValidation::nameError(repeated("机", 66)), QString());
    EXPECT_FALSE(NewDomainValidation::nameError(repeated("机", 67)).isEmpty());
}

TEST(HostileValidators, SshUserNamesFollowWhatOpenSshAccepts)
{
    reportInputs("SSH user", "shell characters, spaces, leading dash, Chinese", "checked by the connection validator");
    for (const char *fine : {"root", "dom\\user", "first.last", "李雷", "user$"})
        EXPECT_EQ(ConnectionValidation::userError(s(fine)), QString()) << fine;
    for (const char *bad : {"a'b", "a`b", "a\"b", "a;b", "a&b", "a<b", "a>b", "a|b", "$(x)", "a{b}"})
        EXPECT_TRUE(ConnectionValidation::userError(s(bad)).contains(s("shell characters"))) << bad;
    EXPECT_FALSE(ConnectionValidation::userError(nulIn("root", "")).isEmpty());
    EXPECT_FALSE(ConnectionValidation::userError(withCode("root", 0x202e, "")).isEmpty());
}

// ---------------------------------------------------------------------------------------
// New VM dialog

class HostileNewVmTest : public ::testing::Test
{
protected:
    std::unique_ptr<NewVmDialog> openDialog()
    {
        auto dialog = std::make_unique<NewVmDialog>(m_host.connection());
        dialog->show();
        EXPECT_TRUE(QTest::qWaitForWindowExposed(dialog.get()));
        const WidgetLookup ui(*dialog);
        EXPECT_TRUE(QTest::qWaitFor(
            [&] { return ui.child<QComboBox>("domainTypeComboBox")->findData(s("test")) >= 0; }, kTimeoutMs));
        EXPECT_TRUE(QTest::qWaitFor([&] { return ui.child<QComboBox>("networkComboBox")->count() >= 2; }, kTimeoutMs));
        EXPECT_TRUE(QTest::qWaitFor(
            [&] { return ui.child<QComboBox>("poolComboBox")->currentText() == s("vm-pool"); }, kTimeoutMs));
        EXPECT_TRUE(QTest::qWaitFor([&] { return ui.child<QComboBox>("volumeComboBox")->count() >= 2; }, kTimeoutMs));
        return dialog;
    }

    static QPushButton *createButton(const NewVmDialog &dialog)
    {
        return WidgetLookup(dialog).child<QDialogButtonBox>("buttonBox")->button(QDialogButtonBox::Ok);
    }

    // Rejected: the message at the field, Create disabled, and a forced accept() defines nothing.
    void expectRejected(NewVmDialog &dialog, const char *editName, const char *labelName, const Case &row)
    {
        const LibvirtState before = stateOf(m_host);
        const WidgetLookup ui(dialog);
        enter(ui.edit(editName), row.value);
        QLabel *error = ui.label(labelName);
        EXPECT_TRUE(error->isVisibleTo(&dialog)) << describe(row);
        EXPECT_TRUE(reasonShown(error).contains(row.message))
            << describe(row) << ": \"" << error->text().toStdString() << "\" lacks \"" << row.message.toStdString()
            << '"';
        EXPECT_TRUE(ui.edit(editName)->property("invalid").toBool()) << describe(row);
        EXPECT_FALSE(createButton(dialog)->isEnabled()) << describe(row);
        dialog.accept();
        QTest::qWait(20);
        EXPECT_FALSE(dialog.isBusy()) << describe(row);
        EXPECT_TRUE(dialog.isVisible()) << describe(row);
        EXPECT_EQ(stateOf(m_host), before) << describe(row);
    }

    FormsTestHost m_host { QStringLiteral("alpha"), kTimeoutMs };
};

TEST_F(HostileNewVmTest, RejectedNamesSayWhyAtTheFieldAndDefineNothing)
{
    reportInputs("New VM name", "quotes, line breaks, control characters, bidi, zero-width, “..”, “/”, spaces, too long", "typed into the field, then OK forced; the test driver checked for new objects");
    const QList<Case> table = {
        {"empty", QString(), s("Enter a name")},
        {"single quote", s("it's"), s("quotes")},
        {"double quote", s("say\"hi\""), s("quotes")},
        {"newline", s("web\nreboot"), s("line breaks")},
        {"carriage return", s("web\rx"), s("line breaks")},
        {"unicode line separator", withCode("web", 0x2028, "x"), s("line breaks")},
        {"tab", s("web\t1"), s("control characters")},
        {"NUL", nulIn("web", "1"), s("control characters")},
        {"SOH control", s("web\x01"), s("control characters")},
        {"escape sequence", s("web\x1b[31m"), s("control characters")},
        {"right-to-left override", withCode("evil", 0x202e, "txt.exe"), s("U+202E")},
        {"zero-width space", withCode("web", 0x200b, "01"), s("U+200B")},
        {"non-character", withCode("web", 0xffff, ""), s("U+FFFF")},
        {"dot-dot", s(".."), s("“..”")},
        {"dot", s("."), s("“.”")},
        {"slash (path traversal)", s("../../etc/passwd"), s("“/”")},
        {"leading space", s(" web"), s("space")},
        {"trailing space", s("web "), s("space")},
        {"too long (201 bytes)", repeated("x", 201), s("too long")},
        {"too long Chinese (67 × 3 bytes)", repeated("测", 67), s("too long")},
    };
    auto dialog = openDialog();
    for (const Case &row : table) {
        ASSERT_FALSE(row.accepted());
        EXPECT_FALSE(NewDomainValidation::nameError(row.value).isEmpty()) << describe(row);
        expectRejected(*dialog, "nameLineEdit", "nameErrorLabel", row);
    }
}

TEST_F(HostileNewVmTest, AcceptedNamesComeBackFromLibvirtExactlyWithTheirNewVolume)
{
    reportInputs("New VM name", "Chinese, ;, $(), backticks, shell operators, leading dash, ..x, 200 bytes", "created; the name read back from libvirt and from the app’s list");
    const QList<Case> table = {
        {"Chinese", kChinese, {}},
        {"Chinese with spaces inside", s("测试 虚拟机 二"), {}},
        {"semicolon", s("web;reboot"), {}},
        {"command substitution", s("$(reboot)"), {}},
        {"backticks", s("`id`"), {}},
        {"shell operators", s("a&b|c>d<e"), {}},
        {"leading dash", s("-rf"), {}},
        {"dot-dot prefix", s("..hidden"), {}},
        {"200 bytes", repeated("x", 200), {}},
        {"66 Chinese characters + 2 (200 bytes)", repeated("测", 66) + s("ab"), {}},
    };
    for (const Case &row : table) {
        ASSERT_TRUE(row.accepted());
        auto dialog = openDialog();
        const WidgetLookup ui(*dialog);
        ui.child<QRadioButton>("newVolumeRadioButton")->setChecked(true);
        ui.child<QCheckBox>("startCheckBox")->setChecked(false);
        enter(ui.edit("nameLineEdit"), row.value);
        EXPECT_FALSE(ui.label("nameErrorLabel")->isVisibleTo(dialog.get()))
            << describe(row) << ": " << ui.label("nameErrorLabel")->text().toStdString();
        QString volumeName = row.value + s(".qcow2");
        EXPECT_EQ(ui.edit("newVolumeNameLineEdit")->text(), volumeName) << describe(row);
        if (const QString volumeError = StorageValidation::volumeNameError(volumeName); !volumeError.isEmpty()) {
            // A fine VM name can make a volume name the pools refuse (quotes): that field
            // says so, and the user names the volume.
            EXPECT_TRUE(ui.label("newVolumeNameErrorLabel")->isVisibleTo(dialog.get())) << describe(row);
            EXPECT_EQ(ui.label("newVolumeNameErrorLabel")->text(), volumeError) << describe(row);
            EXPECT_FALSE(createButton(*dialog)->isEnabled()) << describe(row);
            volumeName = s("renamed-") + QString::number(qHash(row.value)) + s(".qcow2");
            enter(ui.edit("newVolumeNameLineEdit"), volumeName);
        }
        ASSERT_TRUE(createButton(*dialog)->isEnabled()) << describe(row);
        createButton(*dialog)->click();
        ASSERT_TRUE(QTest::qWaitFor([&] { return !dialog->createdDomainUuid().isEmpty(); }, kTimeoutMs))
            << describe(row) << ": " << ui.label("createErrorLabel")->text().toStdString();

        Libvirt::DomainPtr domain(virDomainLookupByName(m_host.connection()->handle().get(), row.value.toUtf8().constData()));
        ASSERT_TRUE(domain) << describe(row);
        EXPECT_EQ(readBack(QString::fromUtf8(virDomainGetName(domain.get()))), row.value) << describe(row);
        char *xml = virDomainGetXMLDesc(domain.get(), VIR_DOMAIN_XML_INACTIVE);
        ASSERT_NE(xml, nullptr);
        const QString domainXml = QString::fromUtf8(xml);
        free(xml);
        EXPECT_TRUE(attributeValues(domainXml, QLatin1StringView("source"), QLatin1StringView("file"))
                        .contains(s("/vm-pool/") + volumeName))
            << describe(row) << '\n' << domainXml.toStdString();
        EXPECT_TRUE(stateOf(m_host).volumes.contains(s("vm-pool/") + volumeName)) << describe(row);
        // …and the app's own list shows it under that name.
        EXPECT_TRUE(QTest::qWaitFor([&] { return m_host.recorder().byName(row.value).has_value(); }, kTimeoutMs))
            << describe(row);
    }
}

TEST_F(HostileNewVmTest, VolumeIsoAndBridgeFieldsRejectWithAReasonAndSendNothing)
{
    reportInputs("New VM volume, ISO path and bridge", "bad names, relative and “..” paths, control characters, bridge names libvirt refuses", "typed into each field, then OK forced; nothing defined");
    auto dialog = openDialog();
    const WidgetLookup ui(*dialog);
    enter(ui.edit("nameLineEdit"), s("web01"));
    ui.child<QRadioButton>("newVolumeRadioButton")->setChecked(true);
    const QList<Case> volumeNames = {
        {"slash", s("a/b.qcow2"), s("“/”")},
        {"dot-dot", s(".."), s("“..”")},
        {"single quote", s("it's.qcow2"), s("quotes")},
        {"backtick", s("`id`.qcow2"), s("quotes")},
        {"newline", s("a\nb.qcow2"), s("control characters")},
        {"tab", s("a\tb.qcow2"), s("control characters")},
        {"NUL", nulIn("a", ".qcow2"), s("control characters")},
        {"right-to-left override", withCode("a", 0x202e, "2woc"), s("U+202E")},
        {"too long (256 bytes)", repeated("v", 256), s("too long")},
        {"too long Chinese (86 × 3 bytes)", repeated("卷", 86), s("too long")},
        {"taken", s("disk1.qcow2"), s("already has a volume")},
    };
    for (const Case &row : volumeNames)
        expectRejected(*dialog, "newVolumeNameLineEdit", "newVolumeNameErrorLabel", row);
    enter(ui.edit("newVolumeNameLineEdit"), s("web01.qcow2"));
    ASSERT_TRUE(createButton(*dialog)->isEnabled());

    const QList<Case> isoPaths = {
        {"relative", s("isos/debian.iso"), s("absolute")},
        {"dot-dot component", s("/vm-pool/../etc/shadow"), s("“..”")},
        {"newline", s("/vm-pool/a\n.iso"), s("control characters")},
        {"tab", s("/vm-pool/a\t.iso"), s("control characters")},
        {"NUL", nulIn("/vm-pool/a", ".iso"), s("control characters")},
        {"zero-width joiner", withCode("/vm-pool/a", 0x200d, ".iso"), s("U+200D")},
    };
    for (const Case &row : isoPaths)
        expectRejected(*dialog, "isoLineEdit", "isoErrorLabel", row);
    enter(ui.edit("isoLineEdit"), QString());

    auto *network = ui.child<QComboBox>("networkComboBox");
    network->setCurrentIndex(network->count() - 2); // the bridge
    ASSERT_TRUE(ui.child<QComboBox>("bridgeComboBox")->isVisibleTo(dialog.get()));
    const QList<Case> bridges = {
        {"space", s("br 0"), s("spaces")},
        {"slash", s("br/0"), s("“/”")},
        {"newline", s("br\n0"), s("spaces")},
        {"dot-dot", s(".."), s("“..”")},
        {"too long", s("bridge-with-a-long-name"), s("15")},
        {"right-to-left override", withCode("br", 0x202e, "0"), s("U+202E")},
        {"semicolon", s("br0;reboot"), s("only letters")},
        {"command substitution", s("$(x)"), s("only letters")},
        {"Chinese", s("网桥"), s("only letters")},
    };
    for (const Case &row : bridges)
        expectRejected(*dialog, "bridgeLineEdit", "bridgeErrorLabel", row);
}

TEST_F(HostileNewVmTest, HostileIsoPathsAndBridgeNamesReachTheDefinitionUnchanged)
{
    reportInputs("New VM ISO path and bridge", "spaces, quotes, ;, $(), Chinese in paths and names", "defined; read back from the domain XML");
    const QString iso = s("/vm-pool/测试 $(reboot); `id` 'q\" -rf.iso");
    const QString bridge = s("-br_0.1"); // the most libvirt's schema allows
    auto dialog = openDialog();
    const WidgetLookup ui(*dialog);
    ui.child<QCheckBox>("startCheckBox")->setChecked(false);
    enter(ui.edit("nameLineEdit"), kChinese);
    enter(ui.edit("isoLineEdit"), iso);
    EXPECT_FALSE(ui.label("isoErrorLabel")->isVisibleTo(dialog.get())) << ui.label("isoErrorLabel")->text();
    auto *network = ui.child<QComboBox>("networkComboBox");
    network->setCurrentIndex(network->count() - 2);
    enter(ui.edit("bridgeLineEdit"), bridge);
    EXPECT_FALSE(ui.label("bridgeErrorLabel")->isVisibleTo(dialog.get())) << ui.label("bridgeErrorLabel")->text();
    ASSERT_TRUE(createButton(*dialog)->isEnabled());
    createButton(*dialog)->click();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !dialog->createdDomainUuid().isEmpty(); }, kTimeoutMs))
        << ui.label("createErrorLabel")->text();
    Libvirt::DomainPtr domain(virDomainLookupByName(m_host.connection()->handle().get(), kChinese.toUtf8().constData()));
    ASSERT_TRUE(domain);
    char *xml = virDomainGetXMLDesc(domain.get(), VIR_DOMAIN_XML_INACTIVE);
    ASSERT_NE(xml, nullptr);
    const QString domainXml = QString::fromUtf8(xml);
    free(xml);
    EXPECT_TRUE(attributeValues(domainXml, QLatin1StringView("source"), QLatin1StringView("file")).contains(iso))
        << domainXml.toStdString();
    EXPECT_EQ(attributeValues(domainXml, QLatin1StringView("source"), QLatin1StringView("bridge")), QStringList{bridge})
        << domainXml.toStdString();
}

// ---------------------------------------------------------------------------------------
// Volume dialog (create): the dialog never calls libvirt itself; what it hands over is
// sent through Connection here, as the Storage view does.

class HostileVolumeTest : public ::testing::Test
{
protected:
    std::unique_ptr<VolumeDialog> openDialog()
    {
        PoolInfo pool;
        pool.name = s("vm-pool");
        pool.type = s("dir");
        pool.state = PoolState::Running;
        pool.capacityBytes = 100 * kGiB;
        pool.allocationBytes = 10 * kGiB;
        pool.availableBytes = 90 * kGiB;
        pool.targetPath = s("/vm-pool");
        auto dialog = std::make_unique<VolumeDialog>(VolumeDialog::Mode::Create, pool,
                                                     m_host.listVolumes(s("vm-pool")));
        dialog->show();
        EXPECT_TRUE(QTest::qWaitForWindowExposed(dialog.get()));
        return dialog;
    }

    static QPushButton *okButton(const VolumeDialog &dialog)
    {
        return WidgetLookup(dialog).child<QDialogButtonBox>("buttonBox")->button(QDialogButtonBox::Ok);
    }

    void expectRejected(VolumeDialog &dialog, const char *editName, const char *labelName, const Case &row)
    {
        const WidgetLookup ui(dialog);
        enter(ui.edit(editName), row.value);
        QLabel *error = ui.label(labelName);
        EXPECT_TRUE(error->isVisibleTo(&dialog)) << describe(row);
        EXPECT_TRUE(reasonShown(error).contains(row.message))
            << describe(row) << ": \"" << error->text().toStdString() << "\" lacks \"" << row.message.toStdString()
            << '"';
        EXPECT_FALSE(dialog.isInputValid()) << describe(row);
        EXPECT_FALSE(okButton(dialog)->isEnabled()) << describe(row);
        dialog.accept();
        EXPECT_NE(dialog.result(), QDialog::Accepted) << describe(row);
        EXPECT_TRUE(dialog.isVisible()) << describe(row);
    }

    FormsTestHost m_host { QStringLiteral("alpha"), kTimeoutMs };
};

TEST_F(HostileVolumeTest, RejectedNamesAndSizesSayWhyAndNothingIsCreated)
{
    reportInputs("New volume name and size", "quotes, “/”, control characters, too long; zero, negative and absurd sizes", "typed, then OK forced; the pool checked for new volumes");
    const LibvirtState before = stateOf(m_host);
    auto dialog = openDialog();
    const QList<Case> names = {
        {"empty", QString(), s("Enter a volume name")},
        {"slash", s("../etc/passwd"), s("“/”")},
        {"dot-dot", s(".."), s("“..”")},
        {"single quote", s("it's.qcow2"), s("quotes")},
        {"double quote", s("a\"b"), s("quotes")},
        {"backtick", s("`reboot`"), s("quotes")},
        {"newline", s("a\nb"), s("control characters")},
        {"tab", s("a\tb"), s("control characters")},
        {"NUL", nulIn("a", "b"), s("control characters")},
        {"unicode line separator", withCode("a", 0x2028, "b"), s("control characters")},
        {"right-to-left override", withCode("a", 0x202e, "b"), s("U+202E")},
        {"byte order mark", QString(QChar(0xfeff)) + s("a"), s("U+FEFF")},
        {"leading space", s(" a"), s("space")},
        {"too long (256 bytes)", repeated("v", 256), s("too long")},
        {"taken", s("disk1.qcow2"), s("already has a volume")},
    };
    for (const Case &row : names)
        expectRejected(*dialog, "nameLineEdit", "nameErrorLabel", row);
    enter(WidgetLookup(*dialog).edit("nameLineEdit"), s("fine.qcow2"));
    const QList<Case> sizes = {
        {"empty", QString(), s("Enter a size")},
        {"letters", s("ten"), s("not a number")},
        {"command substitution", s("$(reboot)"), s("not a number")},
        {"semicolon", s("10;rm"), s("not a number")},
        {"newline", s("1\n0"), s("not a number")},
        {"negative", s("-5"), s("negative")},
        {"zero", s("0"), s("greater than zero")},
        {"overflow", s("99999999999999999999"), s("too large")},
    };
    for (const Case &row : sizes)
        expectRejected(*dialog, "capacityLineEdit", "capacityErrorLabel", row);
    EXPECT_EQ(stateOf(m_host), before);
}

TEST_F(HostileVolumeTest, AcceptedNamesAreCreatedWithExactlyThatName)
{
    reportInputs("New volume name", "Chinese, ;, $(), leading dash, ..x", "created; the name read back from libvirt");
    const QList<Case> table = {
        {"Chinese", kChinese + s(".qcow2"), {}},
        {"semicolon and substitution", s("a;$(reboot).qcow2"), {}},
        {"leading dash", s("-rf"), {}},
        {"dot-dot prefix", s("..x"), {}},
        {"shell operators and spaces inside", s("a & b | c > d"), {}},
        {"255 bytes", repeated("v", 255), {}},
        {"85 Chinese characters (255 bytes)", repeated("卷", 85), {}},
    };
    for (const Case &row : table) {
        auto dialog = openDialog();
        const WidgetLookup ui(*dialog);
        enter(ui.edit("nameLineEdit"), row.value);
        enter(ui.edit("capacityLineEdit"), s("1"));
        ASSERT_TRUE(dialog->isInputValid()) << describe(row) << ": " << ui.label("nameErrorLabel")->text().toStdString();
        okButton(*dialog)->click();
        ASSERT_EQ(dialog->result(), QDialog::Accepted) << describe(row);
        const VolumeDefinition definition = dialog->definition();
        EXPECT_EQ(readBack(definition.name), row.value) << describe(row);

        QSignalSpy finished(m_host.connection(), &Connection::requestFinished);
        const quint64 id = m_host.connection()->requestCreateVolume(s("vm-pool"), definition);
        ASSERT_TRUE(QTest::qWaitFor([&] { return !finished.isEmpty(); }, kTimeoutMs));
        EXPECT_EQ(finished.first().at(0).toULongLong(), id);
        ASSERT_TRUE(finished.first().at(1).toBool()) << describe(row) << ": " << finished.first().at(2).toString();
        bool found = false;
        for (const VolumeInfo &volume : m_host.listVolumes(s("vm-pool"))) {
            if (volume.name == row.value) {
                found = true;
                EXPECT_EQ(volume.path, s("/vm-pool/") + row.value) << describe(row);
            }
        }
        EXPECT_TRUE(found) << describe(row);
        EXPECT_TRUE(stateOf(m_host).volumes.contains(s("vm-pool/") + row.value)) << describe(row);
    }
}

// ---------------------------------------------------------------------------------------
// Pool wizard

class HostilePoolWizardTest : public ::testing::Test
{
protected:
    static void chooseType(PoolWizard &wizard, const QString &type)
    {
        auto *types = WidgetLookup(wizard).child<QComboBox>("typeComboBox");
        const int row = types->findData(type, Qt::UserRole + 1);
        ASSERT_GE(row, 0) << type.toStdString();
        types->setCurrentIndex(row);
    }

    FormsTestHost m_host { QStringLiteral("alpha"), kTimeoutMs };
};

TEST_F(HostilePoolWizardTest, RejectedNamesAndPathsKeepTheWizardWhereItIsAndDefineNothing)
{
    reportInputs("Pool wizard", "bad names, relative and “..” paths, NFS hosts with $() ; and leading dash", "typed, then Next forced; the wizard stayed and nothing was defined");
    const LibvirtState before = stateOf(m_host);
    PoolWizard wizard(m_host.connection(), {});
    wizard.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&wizard));
    const WidgetLookup ui(wizard);
    chooseType(wizard, s("dir"));
    const QList<Case> names = {
        {"slash", s("a/b"), s("“/”")},
        {"dot-dot", s(".."), s("“..”")},
        {"single quote", s("it's"), s("quotes")},
        {"backtick", s("`id`"), s("quotes")},
        {"newline", s("pool\nx"), s("control characters")},
        {"tab", s("pool\tx"), s("control characters")},
        {"NUL", nulIn("pool", "x"), s("control characters")},
        {"right-to-left override", withCode("pool", 0x202e, "x"), s("U+202E")},
        {"trailing space", s("pool "), s("space")},
        {"too long (201 bytes)", repeated("p", 201), s("too long")},
        {"taken", s("vm-pool"), s("vm-pool")},
    };
    for (const Case &row : names) {
        enter(ui.edit("nameLineEdit"), row.value);
        QLabel *error = ui.label("nameErrorLabel");
        EXPECT_TRUE(QTest::qWaitFor([&] { return error->isVisibleTo(&wizard); }, 2000)) << describe(row);
        EXPECT_TRUE(reasonShown(error).contains(row.message)) << describe(row) << ": " << error->text().toStdString();
        EXPECT_FALSE(wizard.currentPage()->isComplete()) << describe(row);
        wizard.next();
        EXPECT_EQ(wizard.currentId(), PoolWizard::TypePageId) << describe(row);
    }
    enter(ui.edit("nameLineEdit"), kChinese);
    wizard.next();
    ASSERT_EQ(wizard.currentId(), PoolWizard::SourcePageId);
    const QList<Case> targets = {
        {"empty", QString(), s("Enter a path")},
        {"relative", s("srv/images"), s("absolute")},
        {"dot-dot component", s("/srv/../etc"), s("“..”")},
        {"newline", s("/srv/a\nb"), s("control characters")},
        {"tab", s("/srv/a\tb"), s("control characters")},
        {"NUL", nulIn("/srv/a", "b"), s("control characters")},
        {"zero-width space", withCode("/srv/a", 0x200b, "b"), s("U+200B")},
    };
    for (const Case &row : targets) {
        enter(ui.edit("targetPathLineEdit"), row.value);
        QLabel *error = ui.label("targetPathErrorLabel");
        EXPECT_TRUE(error->isVisibleTo(&wizard)) << describe(row);
        EXPECT_TRUE(reasonShown(error).contains(row.message)) << describe(row) << ": " << error->text().toStdString();
        EXPECT_FALSE(wizard.currentPage()->isComplete()) << describe(row);
        wizard.next();
        EXPECT_EQ(wizard.currentId(), PoolWizard::SourcePageId) << describe(row);
    }

    // An NFS pool's own fields.
    wizard.back();
    chooseType(wizard, s("netfs"));
    wizard.next();
    ASSERT_EQ(wizard.currentId(), PoolWizard::SourcePageId);
    enter(ui.edit("targetPathLineEdit"), s("/srv/nfs"));
    const QList<std::pair<const char *, Case>> netfs = {
        {"sourceHost", {"command substitution", s("$(reboot)"), s("not a valid host name")}},
        {"sourceHost", {"semicolon", s("nfs;reboot"), s("not a valid host name")}},
        {"sourceHost", {"leading dash", s("-oProxyCommand=x"), s("not a valid host name")}},
        {"sourceHost", {"space", s("nfs server"), s("spaces")}},
        {"sourceHost", {"newline", s("nfs\nx"), s("control characters")}},
        {"sourcePath", {"relative", s("export"), s("absolute")}},
        {"sourcePath", {"dot-dot component", s("/export/../etc"), s("“..”")}},
        {"sourcePath", {"newline", s("/export\n/etc"), s("control characters")}},
        {"mountOptions", {"space", s("soft, timeo=600"), s("spaces")}},
        {"mountOptions", {"quote", s("x='y'"), s("quotes")}},
        {"mountOptions", {"tab", s("soft\t"), s("spaces")}},
        {"mountOptions", {"right-to-left override", withCode("soft", 0x202e, ""), s("U+202E")}},
    };
    enter(ui.edit("sourceHostLineEdit"), s("nfs.lab"));
    enter(ui.edit("sourcePathLineEdit"), s("/export"));
    for (const auto &[field, row] : netfs) {
        const QByteArray edit = QByteArray(field) + "LineEdit";
        const QByteArray label = QByteArray(field) + "ErrorLabel";
        const QString good = ui.edit(edit.constData())->text();
        enter(ui.edit(edit.constData()), row.value);
        EXPECT_TRUE(ui.label(label.constData())->isVisibleTo(&wizard)) << field << ' ' << describe(row);
        EXPECT_TRUE(reasonShown(ui.label(label.constData())).contains(row.message))
            << field << ' ' << describe(row) << ": " << ui.label(label.constData())->text().toStdString();
        EXPECT_FALSE(wizard.currentPage()->isComplete()) << describe(row);
        wizard.next();
        EXPECT_EQ(wizard.currentId(), PoolWizard::SourcePageId) << describe(row);
        enter(ui.edit(edit.constData()), good);
    }
    EXPECT_TRUE(wizard.currentPage()->isComplete());
    EXPECT_EQ(stateOf(m_host), before);
}

TEST_F(HostilePoolWizardTest, AcceptedNamesAndPathsAreDefinedExactly)
{
    reportInputs("Pool wizard", "Chinese names, paths with spaces, quotes and ;", "defined; read back from the pool XML");
    const QList<std::pair<Case, QString>> table = {
        {{"Chinese", s("测试池"), {}}, s("/srv/测试池")},
        {{"shell characters", s("-p;$(reboot)&x"), {}}, s("/srv/$(reboot); `id` 'q\" -rf")},
        {{"dot-dot prefix, 200 bytes", s("..") + repeated("p", 198), {}}, s("/srv/..x/ y ")},
    };
    for (const auto &[row, target] : table) {
        PoolWizard wizard(m_host.connection(), {});
        wizard.show();
        const WidgetLookup ui(wizard);
        chooseType(wizard, s("dir"));
        enter(ui.edit("nameLineEdit"), row.value);
        ASSERT_TRUE(wizard.currentPage()->isComplete()) << describe(row) << ": " << ui.label("nameErrorLabel")->text().toStdString();
        wizard.next();
        ASSERT_EQ(wizard.currentId(), PoolWizard::SourcePageId);
        enter(ui.edit("targetPathLineEdit"), target);
        ASSERT_TRUE(wizard.currentPage()->isComplete()) << describe(row) << ": " << ui.label("targetPathErrorLabel")->text().toStdString();
        wizard.next();
        ASSERT_EQ(wizard.currentId(), PoolWizard::HostsPageId);
        wizard.next();
        ASSERT_EQ(wizard.currentId(), PoolWizard::ReviewPageId);
        wizard.next();
        ASSERT_EQ(wizard.currentId(), PoolWizard::ResultPageId);
        ASSERT_TRUE(QTest::qWaitFor([&] { return wizard.button(QWizard::FinishButton)->isEnabled(); }, kTimeoutMs));

        Libvirt::StoragePoolPtr pool(
            virStoragePoolLookupByName(m_host.connection()->handle().get(), row.value.toUtf8().constData()));
        ASSERT_TRUE(pool) << describe(row) << ": "
                          << ui.child<QTreeWidget>("resultTreeWidget")->topLevelItem(0)->text(1).toStdString();
        EXPECT_EQ(readBack(QString::fromUtf8(virStoragePoolGetName(pool.get()))), row.value);
        const QString name = row.value;
        const PoolInfo info = [&] {
            StoragePoolListModel model;
            QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Warning);
            model.setConnection(m_host.connection());
            m_host.connection()->refreshPools();
            EXPECT_TRUE(QTest::qWaitFor([&] { return model.pool(name).has_value(); }, kTimeoutMs));
            return model.pool(name).value_or(PoolInfo{});
        }();
        EXPECT_EQ(info.name, row.value) << describe(row);
        EXPECT_EQ(info.targetPath, target) << describe(row);
    }
}

// ---------------------------------------------------------------------------------------
// NFS exports editor: "sent" is the applyRequested signal (what ExportsApplier writes).

class HostileExportsTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_dialog.setOriginalContent(kSample);
        m_dialog.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&m_dialog));
    }

    QPushButton *button(const char *name) const { return WidgetLookup(m_dialog).child<QPushButton>(name); }

    const QByteArray kSample = "/srv/iso *(ro,sync,no_subtree_check)\n";
    ExportsEditorDialog m_dialog{s("nfs.lab")};
};

TEST_F(HostileExportsTest, RejectedValuesSayWhyAtTheFieldAndWriteNothing)
{
    reportInputs("NFS export path and client", "relative and “..” paths, control characters, bad client hosts and options", "typed into the exports editor; nothing written");
    QSignalSpy applied(&m_dialog, &ExportsEditorDialog::applyRequested);
    const WidgetLookup ui(m_dialog);
    button("addExportButton")->click();
    enter(ui.edit("exportPathLineEdit"), s("/srv/new"));
    enter(ui.edit("clientsLineEdit"), s("*"));
    ASSERT_TRUE(button("saveExportButton")->isEnabled());
    const QList<std::pair<const char *, Case>> table = {
        {"exportPath", {"empty", QString(), s("Enter the directory")}},
        {"exportPath", {"relative", s("srv/x"), s("absolute")}},
        {"exportPath", {"dot-dot component", s("/srv/../etc"), s("\"..\"")}},
        {"exportPath", {"newline (a second export line)", s("/srv/a\n/ *(rw,no_root_squash)"), s("line breaks")}},
        {"exportPath", {"NUL", nulIn("/srv/a", "b"), s("NUL")}},
        {"exportPath", {"tab", s("/srv/a\tb"), s("control characters")}},
        {"exportPath", {"right-to-left override", withCode("/srv/a", 0x202e, "b"), s("control characters")}},
        {"exportPath", {"backslash", s("/srv/a\\040b"), s("backslash")}},
        {"exportPath", {"leading space", s(" /srv/a"), s("space")}},
        {"exportPath", {"too long (1025 bytes)", s("/") + repeated("e", 1024), s("1024")}},
        {"exportPath", {"already exported", s("/srv/iso"), s("line 1")}},
        {"clients", {"command substitution", s("$(reboot)"), QString()}},
        {"clients", {"semicolon", s("host;id"), QString()}},
        {"clients", {"leading dash", s("-ro"), QString()}},
        {"clients", {"double quote", s("a\"b"), QString()}},
        {"clients", {"newline", s("host\n/etc *(rw)"), QString()}},
        {"clients", {"backtick", s("`id`"), QString()}},
        {"anonUid", {"too large", s("4294967296"), QString()}},
        {"anonUid", {"negative", s("-1"), QString()}},
        {"anonUid", {"command substitution", s("$(id -u)"), QString()}},
        {"anonGid", {"letters", s("root"), QString()}},
        {"otherOptions", {"rw among other options", s("insecure,rw"), QString()}},
        {"otherOptions", {"semicolon", s("insecure;reboot"), QString()}},
        {"otherOptions", {"parenthesis", s("insecure)(rw"), QString()}},
    };
    for (const auto &[field, row] : table) {
        const QByteArray edit = QByteArray(field) + "LineEdit";
        const QByteArray label = QByteArray(field) + "ErrorLabel";
        const QString good = ui.edit(edit.constData())->text();
        enter(ui.edit(edit.constData()), row.value);
        QLabel *error = ui.label(label.constData());
        EXPECT_TRUE(error->isVisibleTo(&m_dialog)) << field << ' ' << describe(row);
        EXPECT_FALSE(error->text().isEmpty()) << field << ' ' << describe(row);
        EXPECT_TRUE(reasonShown(error).contains(row.message))
            << field << ' ' << describe(row) << ": " << error->text().toStdString();
        EXPECT_FALSE(button("saveExportButton")->isEnabled()) << field << ' ' << describe(row);
        enter(ui.edit(edit.constData()), good);
    }
    EXPECT_EQ(m_dialog.editedContent(), kSample);
    EXPECT_TRUE(applied.isEmpty());
}

TEST_F(HostileExportsTest, AcceptedPathsComeBackFromTheFileAndFromTheShellUnchanged)
{
    reportInputs("NFS export path", "spaces, quotes, ;, $(), Chinese", "written to exports, parsed back, and passed through a real /bin/sh as one argument");
    const QStringList paths = {
        s("/srv/测试虚拟机"),
        s("/srv/x\" *(rw,no_root_squash) # $(reboot); rm -rf /"),
        s("/srv/-rf"),
        s("/srv/`id`/'q'"),
        s("/srv/a b;c&d|e"),
        s("/srv/..x/.y"),
        withCode("/srv/a", 0x2028, "b"),
    };
    const WidgetLookup ui(m_dialog);
    for (const QString &path : paths) {
        button("addExportButton")->click();
        enter(ui.edit("exportPathLineEdit"), path);
        enter(ui.edit("clientsLineEdit"), s("*"));
        ui.child<QCheckBox>("createPathCheckBox")->setChecked(true);
        ASSERT_TRUE(button("saveExportButton")->isEnabled())
            << path.toStdString() << ": " << ui.label("exportPathErrorLabel")->text().toStdString();
        button("saveExportButton")->click();
    }
    const ExportsFile reread = ExportsFile::parse(m_dialog.editedContent());
    ASSERT_EQ(reread.entryCount(), paths.size() + 1) << m_dialog.editedContent().toStdString();
    EXPECT_EQ(m_dialog.editedContent().count('\n'), paths.size() + 1) << "one line per export, no injected ones";
    for (qsizetype i = 0; i < paths.size(); ++i) {
        EXPECT_EQ(readBack(reread.entry(i + 1).path), paths.at(i));
        ASSERT_EQ(reread.entry(i + 1).clients.size(), 1);
        EXPECT_FALSE(reread.entry(i + 1).clients.at(0).options.grantsRootAccess()) << paths.at(i).toStdString();
    }
    // The directories are created with `mkdir -p -- …` through the server's shell, quoted
    // with shellCommand as ExportsApplier does: each comes back as one argument.
    EXPECT_EQ(m_dialog.directoriesToCreate(), paths);
    const QStringList argv = QStringList{s("mkdir"), s("-p"), s("--")} + m_dialog.directoriesToCreate();
    EXPECT_EQ(argumentsThroughShell(s("mkdir"), shellCommand(argv)), argv.mid(1));
}

// ---------------------------------------------------------------------------------------
// Migrate wizard, options page

class HostileMigrationOptionsTest : public ::testing::Test
{
protected:
    HostileMigrationOptionsTest()
        : m_settings(m_dir.filePath(QStringLiteral("settings.conf")), QSettings::IniFormat)
        , m_manager(&m_settings)
    {
    }

    Connection *addHost(const QString &name, bool withDomain)
    {
        const QString path = m_dir.filePath(name + QStringLiteral(".xml"));
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        QXmlStreamWriter xml(&file);
        xml.writeStartDocument();
        xml.writeStartElement(QStringLiteral("node"));
        if (withDomain) {
            TestDriverXml::startDomain(xml, s("web"), kWebUuid, 512, 1);
            TestDriverXml::writeHvmOs(xml);
            TestDriverXml::endDomain(xml, 1);
        }
        xml.writeEndElement();
        xml.writeEndDocument();
        file.close();
        ConnectionConfig config = ConnectionConfig::fromUri(QStringLiteral("test://") + path);
        config.displayName = name;
        config.autoconnect = false;
        Connection *connection = m_manager.add(config);
        connection->open();
        EXPECT_TRUE(QTest::qWaitFor([connection] { return connection->isOpen(); }, kTimeoutMs));
        return connection;
    }

    // The wizard on its options page, web going from alpha to beta live.
    void openOptionsPage()
    {
        m_alpha = addHost(s("alpha"), true);
        m_beta = addHost(s("beta"), false);
        DomainInfo web;
        web.uuid = kWebUuid;
        web.name = s("web");
        web.state = DomainState(1);
        m_wizard = std::make_unique<MigrateWizard>(&m_manager, m_alpha, QList<DomainInfo>{web});
        m_wizard->show();
        ASSERT_TRUE(QTest::qWaitFor([this] { return m_wizard->disksKnown(); }, kTimeoutMs));
        m_wizard->setDestination(m_beta);
        for (int step = 0; step < 4 && m_wizard->currentId() != MigrateWizard::OptionsPageId; ++step)
            m_wizard->next();
        ASSERT_EQ(m_wizard->currentId(), MigrateWizard::OptionsPageId);
        WidgetLookup(*m_wizard).child<QToolButton>("advancedToolButton")->click();
    }

    bool nextEnabled() const { return m_wizard->button(QWizard::NextButton)->isEnabled(); }

    const QString kWebUuid = QStringLiteral("5a0a0000-0000-4000-8000-00000000a001");
    QTemporaryDir m_dir;
    QSettings m_settings;
    ConnectionManager m_manager;
    Connection *m_alpha = nullptr;
    Connection *m_beta = nullptr;
    std::unique_ptr<MigrateWizard> m_wizard;
};

TEST_F(HostileMigrationOptionsTest, RejectedValuesSayWhyAtTheFieldAndNothingMigrates)
{
    reportInputs("Migration options", "bad names, hosts, URIs and numbers", "typed into the options page, then Next forced; nothing migrated");
    openOptionsPage();
    ASSERT_TRUE(nextEnabled());
    const LibvirtState alphaBefore = snapshot(m_alpha->handle().get());
    const LibvirtState betaBefore = snapshot(m_beta->handle().get());
    const WidgetLookup ui(*m_wizard);
    ui.child<QCheckBox>("peerToPeerCheckBox")->setChecked(true);
    ASSERT_TRUE(nextEnabled()) << m_wizard->plan().options.problems().value(0).reason;
    const QList<std::pair<const char *, Case>> table = {
        {"newName", {"single quote", s("it's"), s("quotes")}},
        {"newName", {"newline", s("web\nx"), s("line breaks")}},
        {"newName", {"tab", s("web\tx"), s("control characters")}},
        {"newName", {"NUL", nulIn("web", "x"), s("control characters")}},
        {"newName", {"slash", s("../web"), s("“/”")}},
        {"newName", {"dot-dot", s(".."), s("“..”")}},
        {"newName", {"right-to-left override", withCode("web", 0x202e, "x"), s("U+202E")}},
        {"newName", {"too long (201 bytes)", repeated("n", 201), s("too long")}},
        {"migrationUri", {"semicolon in host", s("tcp://beta;reboot"), s("tcp://")}},
        {"migrationUri", {"command substitution", s("tcp://$(reboot)"), s("tcp://")}},
        {"migrationUri", {"space", s("tcp://be ta"), s("tcp://")}},
        {"migrationUri", {"path with backticks", s("tcp://beta/`id`"), s("tcp://")}},
        {"migrationUri", {"newline inside", s("tcp://be\nta"), s("tcp://")}},
        {"migrationUri", {"unknown scheme", s("ftp://beta"), s("ftp")}},
        {"migrationUri", {"no scheme", s("-beta"), s("tcp://")}},
        {"connectionUri", {"not a URI", s("beta; reboot"), s("not a valid URI")}},
        {"connectionUri", {"newline inside", s("qemu+ssh://be\nta/system"), QString()}},
        {"connectionUri", {"unknown transport", s("qemu+evil://beta/system"), s("evil")}},
        {"connectionUri", {"space", s("qemu+ssh://be ta/system"), QString()}},
    };
    for (const auto &[field, row] : table) {
        const QByteArray edit = QByteArray(field) + "LineEdit";
        const QByteArray label = QByteArray(field) + "ErrorLabel";
        const QString good = ui.edit(edit.constData())->text();
        enter(ui.edit(edit.constData()), row.value);
        QLabel *error = ui.label(label.constData());
        EXPECT_TRUE(error->isVisibleTo(m_wizard.get())) << field << ' ' << describe(row);
        EXPECT_FALSE(error->text().isEmpty()) << field << ' ' << describe(row);
        EXPECT_TRUE(reasonShown(error).contains(row.message))
            << field << ' ' << describe(row) << ": " << error->text().toStdString();
        EXPECT_TRUE(ui.edit(edit.constData())->property("invalid").toBool()) << field << ' ' << describe(row);
        EXPECT_FALSE(nextEnabled()) << field << ' ' << describe(row);
        m_wizard->next();
        EXPECT_EQ(m_wizard->currentId(), MigrateWizard::OptionsPageId) << field << ' ' << describe(row);
        enter(ui.edit(edit.constData()), good);
    }
    EXPECT_TRUE(nextEnabled());
    EXPECT_EQ(snapshot(m_alpha->handle().get()), alphaBefore);
    EXPECT_EQ(snapshot(m_beta->handle().get()), betaBefore);
}

TEST_F(HostileMigrationOptionsTest, AcceptedNamesReachLibvirtsParametersAndVirshUnchanged)
{
    reportInputs("Migration options", "Chinese and shell characters in the destination name", "passed to virDomainMigrate3’s typed parameters and to the virsh line unchanged");
    openOptionsPage();
    const WidgetLookup ui(*m_wizard);
    const QList<Case> table = {
        {"Chinese", kChinese, {}},
        {"shell characters", s("web;$(reboot)`id`&|<>"), {}},
        {"leading dash", s("-rf"), {}},
        {"leading double dash", s("--undefinesource"), {}},
        {"dot-dot prefix", s("..web"), {}},
    };
    for (const Case &row : table) {
        enter(ui.edit("newNameLineEdit"), row.value);
        EXPECT_FALSE(ui.label("newNameErrorLabel")->isVisibleTo(m_wizard.get()))
            << describe(row) << ": " << ui.label("newNameErrorLabel")->text().toStdString();
        EXPECT_TRUE(nextEnabled()) << describe(row);
        const MigrationOptions options = m_wizard->plan().options;
        EXPECT_EQ(options.destinationName, row.value) << describe(row);

        const MigrationParameters parameters(options);
        ASSERT_TRUE(parameters.isValid());
        const char *dname = nullptr;
        ASSERT_EQ(virTypedParamsGetString(parameters.data(), parameters.count(), VIR_MIGRATE_PARAM_DEST_NAME, &dname), 1);
        EXPECT_EQ(readBack(QString::fromUtf8(dname)), row.value) << describe(row);

        // The command line shown for copying: virsh receives the name as one argument,
        // the value of --dname, whatever it starts with.
        const QString line = options.virshCommandLine(s("web"), m_beta->config().uri());
        ASSERT_FALSE(line.isEmpty());
        const QStringList arguments = argumentsThroughShell(s("virsh"), line);
        const qsizetype at = arguments.indexOf(s("--dname"));
        ASSERT_GE(at, 0) << line.toStdString();
        EXPECT_EQ(arguments.value(at + 1), row.value) << line.toStdString();
    }

    // A line break pasted after a migration URI is trimmed, not sent.
    enter(ui.edit("migrationUriLineEdit"), s("tcp://10.0.0.2:49152\n"));
    EXPECT_TRUE(nextEnabled());
    EXPECT_EQ(m_wizard->plan().options.migrationUri, s("tcp://10.0.0.2:49152"));
}

// ---------------------------------------------------------------------------------------
// Connection dialog: "sent" would be the dialog accepting (the caller then adds and
// opens the connection); a refused dialog stays open and returns nothing.

class HostileConnectionDialogTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_dialog.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&m_dialog));
    }

    QPushButton *okButton() const
    {
        return WidgetLookup(m_dialog).child<QDialogButtonBox>("buttonBox")->button(QDialogButtonBox::Ok);
    }

    // Return in a field presses the dialog's default button; only OK may be one (a Browse
    // button would open a modal file dialog and stall the test).
    void pressReturn(QLineEdit *edit) const
    {
        for (const QPushButton *button : m_dialog.findChildren<QPushButton *>()) {
            if (button->isDefault() && button != okButton()) {
                ADD_FAILURE() << button->objectName().toStdString() << " is the default button";
                return;
            }
        }
        QTest::keyClick(edit, Qt::Key_Return);
    }

    void select(const char *comboName, const QString &itemText) const
    {
        auto *combo = WidgetLookup(m_dialog).child<QComboBox>(comboName);
        const int index = combo->findText(itemText);
        ASSERT_GE(index, 0) << comboName << ' ' << itemText.toStdString();
        combo->setCurrentIndex(index);
    }

    void setCustomUri(bool on) const
    {
        auto *box = WidgetLookup(m_dialog).child<QCheckBox>("customUriCheckBox");
        if (box->isChecked() != on)
            box->click();
    }

    ConnectionDialog m_dialog;
};

TEST_F(HostileConnectionDialogTest, RejectedValuesSayWhyAtTheFieldAndTheDialogRefuses)
{
    reportInputs("Connection dialog", "bad hosts, users, ports, paths and URIs", "typed, then OK forced; the dialog refused");
    const WidgetLookup ui(m_dialog);
    select("transportComboBox", s("libssh (qemu+libssh)")); // shows every SSH field
    enter(ui.edit("hostLineEdit"), s("kvm1.lab"));
    ASSERT_TRUE(okButton()->isEnabled());
    const QList<std::pair<const char *, Case>> sshTable = {
        {"host", {"command substitution", s("$(reboot)"), s("not a valid host name")}},
        {"host", {"semicolon", s("kvm1;reboot"), s("not a valid host name")}},
        {"host", {"leading dash (ssh option)", s("-oProxyCommand=reboot"), s("not a valid host name")}},
        {"host", {"backticks", s("`id`"), s("not a valid host name")}},
        {"host", {"newline", s("kvm1\nx"), s("not a valid host name")}},
        {"host", {"slash", s("kvm1/../x"), s("not a valid host name")}},
        {"host", {"too long", repeated("h", 254), s("253")}},
        {"user", {"leading dash", s("-oProxyCommand=x"), s("hyphen")}},
        {"user", {"command substitution", s("$(reboot)"), s("shell characters")}},
        {"user", {"semicolon", s("root;reboot"), s("shell characters")}},
        {"user", {"backticks", s("`id`"), s("shell characters")}},
        {"user", {"single quote", s("o'brien"), s("shell characters")}},
        {"user", {"newline", s("root\nx"), s("spaces")}},
        {"user", {"NUL", nulIn("root", "x"), s("control")}},
        {"user", {"right-to-left override", withCode("root", 0x202e, ""), s("invisible")}},
        {"user", {"at sign", s("root@evil"), s("@")}},
        {"port", {"letters", s("ssh"), s("number")}},
        {"port", {"semicolon", s("22;reboot"), s("number")}},
        {"port", {"negative", s("-1"), s("number")}},
        {"port", {"too large", s("65536"), s("65535")}},
        {"port", {"full-width digits", s("２２"), s("number")}},
        {"knownHosts", {"relative", s(".ssh/known_hosts"), s("absolute")}},
        {"knownHosts", {"newline", s("/root/.ssh/kh\nx"), s("line breaks")}},
        {"keyFile", {"tab", s("/root/.ssh/id\t"), s("control characters")}},
        {"keyFile", {"zero-width space", withCode("/root/.ssh/id", 0x200b, ""), s("U+200B")}},
        {"sshAuth", {"unknown method", s("agent;reboot"), s("Unknown method")}},
        {"extraParameters", {"no value", s("$(reboot)"), s("name=value")}},
        {"extraParameters", {"bad name", s("a;b=1"), s("letters, digits")}},
        {"extraParameters", {"space in value", s("command=rm -rf"), s("spaces")}},
    };
    for (const auto &[field, row] : sshTable) {
        const QByteArray edit = QByteArray(field) + "LineEdit";
        const QByteArray label = QByteArray(field) + "ErrorLabel";
        const QString good = ui.edit(edit.constData())->text();
        enter(ui.edit(edit.constData()), row.value);
        QLabel *error = ui.label(label.constData());
        EXPECT_TRUE(error->isVisibleTo(&m_dialog)) << field << ' ' << describe(row);
        EXPECT_TRUE(reasonShown(error).contains(row.message))
            << field << ' ' << describe(row) << ": \"" << error->text().toStdString() << '"';
        EXPECT_FALSE(okButton()->isEnabled()) << field << ' ' << describe(row);
        // Enter in the field presses the default button, which must not accept.
        pressReturn(ui.edit(edit.constData()));
        EXPECT_TRUE(m_dialog.isVisible()) << field << ' ' << describe(row);
        EXPECT_NE(m_dialog.result(), QDialog::Accepted) << field << ' ' << describe(row);
        // Nor does a forced accept().
        m_dialog.accept();
        EXPECT_TRUE(m_dialog.isVisible()) << field << ' ' << describe(row);
        EXPECT_NE(m_dialog.result(), QDialog::Accepted) << field << ' ' << describe(row);
        enter(ui.edit(edit.constData()), good);
    }
    EXPECT_TRUE(okButton()->isEnabled());
    EXPECT_NE(m_dialog.result(), QDialog::Accepted);

    select("hypervisorComboBox", s("libvirt test driver"));
    const QList<Case> testPaths = {
        {"relative", s("node.xml"), s("absolute")},
        {"question mark", s("/tmp/a?b.xml"), s("?")},
        {"newline", s("/tmp/a\nb.xml"), s("line breaks")},
        {"NUL", nulIn("/tmp/a", ".xml"), s("control characters")},
        {"right-to-left override", withCode("/tmp/a", 0x202e, "lmx.xml"), s("U+202E")},
    };
    for (const Case &row : testPaths) {
        enter(ui.edit("testDriverPathLineEdit"), row.value);
        QLabel *error = ui.label("testDriverPathErrorLabel");
        EXPECT_TRUE(error->isVisibleTo(&m_dialog)) << describe(row);
        EXPECT_TRUE(reasonShown(error).contains(row.message)) << describe(row) << ": " << error->text().toStdString();
        EXPECT_FALSE(okButton()->isEnabled()) << describe(row);
    }

    setCustomUri(true);
    const QList<Case> uris = {
        {"empty", QString(), s("Enter a libvirt URI")},
        {"shell command", s("$(reboot)"), QString()},
        {"no scheme", s("-c qemu:///system"), QString()},
        {"two transports", s("qemu+ssh+tls://h/system"), s("one transport")},
        {"unknown transport", s("qemu+evil://h/system"), s("evil")},
        {"newline", s("qemu:///system\nx"), QString()},
    };
    for (const Case &row : uris) {
        enter(ui.edit("customUriLineEdit"), row.value);
        QLabel *error = ui.label("customUriErrorLabel");
        EXPECT_TRUE(error->isVisibleTo(&m_dialog)) << describe(row);
        EXPECT_FALSE(error->text().isEmpty()) << describe(row);
        EXPECT_TRUE(reasonShown(error).contains(row.message)) << describe(row) << ": " << error->text().toStdString();
        EXPECT_FALSE(okButton()->isEnabled()) << describe(row);
        pressReturn(ui.edit("customUriLineEdit"));
        EXPECT_NE(m_dialog.result(), QDialog::Accepted) << describe(row);
    }
    EXPECT_TRUE(m_dialog.isVisible());
}

TEST_F(HostileConnectionDialogTest, AcceptedNamesAndPathsSurviveSavingAndConnecting)
{
    reportInputs("Connection dialog", "Chinese names, paths with spaces and shell characters", "saved, read back and connected");
    // A test-driver node under a directory whose name has everything a shell or a URI
    // could trip on; the URI the dialog builds must still open exactly that file.
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString subdirectory = s("测试 $(reboot);`id` 'q\" -rf #frag ?query %41");
    ASSERT_TRUE(QDir(dir.path()).mkpath(subdirectory));
    const QString path = dir.filePath(subdirectory + s("/节点.xml"));
    NodeXmlGenerator::Options options;
    options.domainCount = 1;
    options.namePrefix = s("虚拟机");
    ASSERT_EQ(NodeXmlGenerator::write(path, options), QString());

    const WidgetLookup ui(m_dialog);
    select("hypervisorComboBox", s("libvirt test driver"));
    enter(ui.edit("testDriverPathLineEdit"), path);
    // "?" and "#" are refused (they would end the URI's path); the rest is fine.
    EXPECT_TRUE(ui.label("testDriverPathErrorLabel")->isVisibleTo(&m_dialog));
    const QString plainSubdirectory = s("测试 $(reboot);`id` 'q\" -rf %41");
    ASSERT_TRUE(QDir(dir.path()).mkpath(plainSubdirectory));
    const QString plainPath = dir.filePath(plainSubdirectory + s("/节点.xml"));
    ASSERT_EQ(NodeXmlGenerator::write(plainPath, options), QString());
    enter(ui.edit("testDriverPathLineEdit"), plainPath);
    const QString displayName = s("主机 \"quoted\" $(reboot); `id` -rf\\n");
    enter(ui.edit("displayNameLineEdit"), displayName);
    EXPECT_FALSE(ui.label("testDriverPathErrorLabel")->isVisibleTo(&m_dialog))
        << ui.label("testDriverPathErrorLabel")->text().toStdString();
    ASSERT_TRUE(okButton()->isEnabled());
    okButton()->click();
    ASSERT_EQ(m_dialog.result(), QDialog::Accepted);
    const ConnectionConfig config = m_dialog.config();
    EXPECT_EQ(config.testDriverPath, plainPath);
    EXPECT_EQ(config.displayName, displayName);

    // Saved and read back by another manager, as on the next start.
    const QString settingsPath = dir.filePath(s("settings.conf"));
    {
        QSettings settings(settingsPath, QSettings::IniFormat);
        ConnectionManager manager(&settings);
        manager.add(config);
        manager.save();
    }
    QSettings settings(settingsPath, QSettings::IniFormat);
    ConnectionManager manager(&settings);
    manager.load();
    const Connection *saved = nullptr;
    for (const Connection *connection : manager.connections()) {
        if (connection->config().displayName == displayName)
            saved = connection;
    }
    ASSERT_NE(saved, nullptr) << "the display name did not come back unchanged";
    EXPECT_EQ(saved->config().uri(), config.uri());
    EXPECT_EQ(readBack(saved->config().testDriverPath), plainPath);

    Connection connection(config);
    DomainRecorder recorder(connection);
    connection.open();
    ASSERT_TRUE(QTest::qWaitFor([&] { return connection.isOpen(); }, kTimeoutMs)) << connection.stateText();
    // The domain from that very file: the generator names it after the prefix.
    EXPECT_TRUE(QTest::qWaitFor([&] { return recorder.domains.size() == 1; }, kTimeoutMs));
    ASSERT_EQ(recorder.domains.size(), 1);
    EXPECT_TRUE(recorder.domains.begin()->name.startsWith(s("虚拟机-"))) << recorder.domains.begin()->name;
}

} // namespace
