// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: Virt Ferry contributors
#include "Connection.h"
#include "ConnectionConfig.h"
#include "DomainRecorder.h"
#include "FormsTestHost.h"
#include "NewVmDialog.h"
#include "QtPrinting.h"
#include "WidgetLookup.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <gtest/gtest.h>

#include <memory>
#include <stdexcept>

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}


class NewVmDialogTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_host = std::make_unique<FormsTestHost>();
        ASSERT_TRUE(m_host->isReady());

        m_dialog = std::make_unique<NewVmDialog>(m_host->connection());
        m_dialog->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(m_dialog.get()));
        // Ready once the host has answered: domain types, networks, pools and volumes.
        ASSERT_TRUE(QTest::qWaitFor([&] { return combo("domainTypeComboBox")->findData(s("test")) >= 0; }, 5000));
        ASSERT_TRUE(QTest::qWaitFor([&] { return combo("networkComboBox")->count() >= 3; }, 5000));
        ASSERT_TRUE(QTest::qWaitFor([&] { return combo("poolComboBox")->currentText() == s("vm-pool"); }, 5000));
        ASSERT_TRUE(QTest::qWaitFor([&] { return combo("volumeComboBox")->count() == 2; }, 5000));
    }

    void TearDown() override
    {
        m_dialog.reset();
        m_host.reset();
    }

    template<typename T>
    T *child(const char *name) const
    {
        return WidgetLookup(*m_dialog).child<T>(name);
    }
    QComboBox *combo(const char *name) const { return child<QComboBox>(name); }
    QLabel *label(const char *name) const { return WidgetLookup(*m_dialog).label(name); }
    QPushButton *createButton() const { return child<QDialogButtonBox>("buttonBox")->button(QDialogButtonBox::Ok); }
    // "Visible" as the user would see it: the label is shown within a shown dialog.
    bool shown(const char *labelName) const { return label(labelName)->isVisibleTo(m_dialog.get()); }

    void type(const char *editName, const QString &text) const
    {
        QLineEdit *edit = WidgetLookup(*m_dialog).edit(editName);
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Delete);
        // QTest synthesizes Latin-1 keys only; the rest arrives as typed-in text would.
        for (const QChar c : text) {
            if (c.unicode() < 0x80)
                QTest::keyClick(edit, c.toLatin1());
            else
                edit->insert(QString(c));
        }
    }

    void selectVolume(const char *comboName, const char *volumeName) const
    {
        QComboBox *volumes = combo(comboName);
        for (int i = 0; i < volumes->count(); ++i) {
            if (volumes->itemText(i).startsWith(s(volumeName) + QLatin1Char(' '))) {
                volumes->setCurrentIndex(i);
                Q_EMIT volumes->activated(i);
                return;
            }
        }
        throw std::runtime_error(std::string(comboName) + " has no volume " + volumeName);
    }

    static std::optional<VolumeInfo> find(const QList<VolumeInfo> &volumes, const QString &name)
    {
        for (const VolumeInfo &volume : volumes) {
            if (volume.name == name)
                return volume;
        }
        return std::nullopt;
    }

    std::unique_ptr<FormsTestHost> m_host;
    std::unique_ptr<NewVmDialog> m_dialog;
};

TEST_F(NewVmDialogTest, StartsEmptyAndCreateDisabledUntilNamed)
{
    EXPECT_FALSE(createButton()->isEnabled());
    EXPECT_TRUE(shown("nameErrorLabel"));
    EXPECT_EQ(label("nameErrorLabel")->text(), s("Enter a name for the virtual machine."));
    type("nameLineEdit", s("web01"));
    EXPECT_FALSE(shown("nameErrorLabel"));
    EXPECT_TRUE(createButton()->isEnabled());
    // The host's figures, for scale.
    EXPECT_TRUE(label("vcpusHintLabel")->text().contains(s("4"))) << label("vcpusHintLabel")->text();
}

TEST_F(NewVmDialogTest, InvalidFieldsShowInlineMessagesAndKeepCreateDisabled)
{
    type("nameLineEdit", s("web/01"));
    EXPECT_TRUE(shown("nameErrorLabel"));
    EXPECT_TRUE(label("nameErrorLabel")->text().contains(s("“/”"))) << label("nameErrorLabel")->text();
    EXPECT_FALSE(createButton()->isEnabled());
    type("nameLineEdit", s("web01"));
    ASSERT_TRUE(createButton()->isEnabled());

    auto *memory = child<QSpinBox>("memorySpinBox");
    memory->setValue(32);
    EXPECT_TRUE(shown("memoryErrorLabel"));
    EXPECT_EQ(label("memoryErrorLabel")->text(), s("A virtual machine needs at least 64 MiB of memory."));
    EXPECT_FALSE(createButton()->isEnabled());
    memory->setValue(9000); // the host has 8 GiB
    EXPECT_TRUE(shown("memoryErrorLabel"));
    EXPECT_TRUE(label("memoryErrorLabel")->text().startsWith(s("More than the host has")));
    EXPECT_FALSE(createButton()->isEnabled());
    memory->setValue(1024);
    EXPECT_FALSE(shown("memoryErrorLabel"));
    EXPECT_TRUE(createButton()->isEnabled());

    child<QSpinBox>("vcpusSpinBox")->setValue(5); // the host has 4
    EXPECT_TRUE(shown("vcpusErrorLabel"));
    EXPECT_FALSE(createButton()->isEnabled());
    child<QSpinBox>("vcpusSpinBox")->setValue(4);
    EXPECT_FALSE(shown("vcpusErrorLabel"));

    type("isoLineEdit", s("relative/installer.iso"));
    EXPECT_TRUE(shown("isoErrorLabel"));
    EXPECT_FALSE(createButton()->isEnabled());
    type("isoLineEdit", QString());
    EXPECT_FALSE(shown("isoErrorLabel"));

    combo("networkComboBox")->setCurrentIndex(combo("networkComboBox")->count() - 2); // bridge
    ASSERT_TRUE(combo("bridgeComboBox")->isVisibleTo(m_dialog.get()));
    combo("bridgeComboBox")->setEditText(s("br 0"));
    EXPECT_TRUE(shown("bridgeErrorLabel"));
    EXPECT_FALSE(createButton()->isEnabled());
    combo("bridgeComboBox")->setEditText(s("br0"));
    EXPECT_FALSE(shown("bridgeErrorLabel"));

    child<QRadioButton>("newVolumeRadioButton")->setChecked(true);
    type("newVolumeNameLineEdit", s("disk1.qcow2"));
    EXPECT_TRUE(shown("newVolumeNameErrorLabel"));
    EXPECT_TRUE(label("newVolumeNameErrorLabel")->text().contains(s("already has a volume"))) << label("newVolumeNameErrorLabel")->text();
    EXPECT_FALSE(createButton()->isEnabled());
    type("newVolumeNameLineEdit", s("web01.qcow2"));
    EXPECT_FALSE(shown("newVolumeNameErrorLabel"));
    child<QSpinBox>("newVolumeSizeSpinBox")->setValue(0);
    EXPECT_TRUE(shown("newVolumeSizeErrorLabel"));
    EXPECT_FALSE(createButton()->isEnabled());
    child<QSpinBox>("newVolumeSizeSpinBox")->setValue(500); // the pool has 90 GiB free
    EXPECT_TRUE(shown("newVolumeSizeErrorLabel"));
    EXPECT_FALSE(createButton()->isEnabled());
    child<QSpinBox>("newVolumeSizeSpinBox")->setValue(20);
    EXPECT_FALSE(shown("newVolumeSizeErrorLabel"));
    EXPECT_TRUE(createButton()->isEnabled());
}

TEST_F(NewVmDialogTest, XmlPreviewFollowsTheFields)
{
    auto *toggle = child<QToolButton>("showXmlToolButton");
    auto *preview = child<QPlainTextEdit>("xmlPreviewTextEdit");
    EXPECT_FALSE(preview->isVisibleTo(m_dialog.get()));
    toggle->click();
    EXPECT_TRUE(preview->isVisibleTo(m_dialog.get()));
    EXPECT_TRUE(preview->isReadOnly());

    type("nameLineEdit", s("R&D 测试"));
    selectVolume("volumeComboBox", "disk1.qcow2");
    EXPECT_TRUE(preview->toPlainText().contains(s("<name>R&amp;D 测试</name>"))) << preview->toPlainText();
    EXPECT_TRUE(preview->toPlainText().contains(s("/vm-pool/disk1.qcow2")));
    EXPECT_TRUE(preview->toPlainText().contains(s("<domain type=\"test\">"))) << preview->toPlainText();
    EXPECT_FALSE(preview->toPlainText().contains(s("cdrom")));

    selectVolume("isoVolumeComboBox", "debian.iso");
    EXPECT_EQ(WidgetLookup(*m_dialog).edit("isoLineEdit")->text(), s("/vm-pool/debian.iso"));
    EXPECT_TRUE(preview->toPlainText().contains(s("cdrom")));

    child<QComboBox>("firmwareComboBox")->setCurrentIndex(1);
    EXPECT_TRUE(preview->toPlainText().contains(s("firmware=\"efi\""))) << preview->toPlainText();
}

TEST_F(NewVmDialogTest, CreatesOnAnExistingVolume)
{
    type("nameLineEdit", s("web-测试"));
    child<QSpinBox>("memorySpinBox")->setValue(512);
    child<QSpinBox>("vcpusSpinBox")->setValue(2);
    selectVolume("volumeComboBox", "disk1.qcow2");
    selectVolume("isoVolumeComboBox", "debian.iso");
    child<QCheckBox>("startCheckBox")->setChecked(true);
    ASSERT_TRUE(createButton()->isEnabled());
    createButton()->click();

    ASSERT_TRUE(QTest::qWaitFor([&] { return m_dialog->result() == QDialog::Accepted; }, 5000))
        << label("createErrorLabel")->text();
    EXPECT_FALSE(m_dialog->isVisible());
    EXPECT_FALSE(m_dialog->createdDomainUuid().isEmpty());
    ASSERT_TRUE(QTest::qWaitFor([&] { return m_host->recorder().byName(s("web-测试")).has_value(); }, 5000));
    const DomainInfo created = *m_host->recorder().byName(s("web-测试"));
    EXPECT_EQ(created.uuid, m_dialog->createdDomainUuid());
    EXPECT_EQ(created.vcpus, 2u);
    EXPECT_EQ(created.maxMemoryKiB, 512u * 1024);
    EXPECT_TRUE(QTest::qWaitFor(
        [&] { return m_host->recorder().byName(s("web-测试"))->state == DomainState::Running; }, 5000));
}

TEST_F(NewVmDialogTest, DefineWithoutStartingLeavesItShutOff)
{
    type("nameLineEdit", s("cold"));
    selectVolume("volumeComboBox", "disk1.qcow2");
    child<QCheckBox>("startCheckBox")->setChecked(false);
    createButton()->click();
    ASSERT_TRUE(QTest::qWaitFor([&] { return m_dialog->result() == QDialog::Accepted; }, 5000))
        << label("createErrorLabel")->text();
    ASSERT_TRUE(QTest::qWaitFor([&] { return m_host->recorder().byName(s("cold")).has_value(); }, 5000));
    EXPECT_EQ(m_host->recorder().byName(s("cold"))->state, DomainState::ShutOff);
}

TEST_F(NewVmDialogTest, CreatesANewVolumeThenTheDomainOnIt)
{
    type("nameLineEdit", s("db01"));
    child<QRadioButton>("newVolumeRadioButton")->setChecked(true);
    EXPECT_EQ(WidgetLookup(*m_dialog).edit("newVolumeNameLineEdit")->text(), s("db01.qcow2"));
    child<QSpinBox>("newVolumeSizeSpinBox")->setValue(5);
    child<QCheckBox>("startCheckBox")->setChecked(false);
    ASSERT_TRUE(createButton()->isEnabled());
    createButton()->click();
    EXPECT_FALSE(child<QWidget>("formWidget")->isEnabled()) << "the form is locked while creating";

    ASSERT_TRUE(QTest::qWaitFor([&] { return m_dialog->result() == QDialog::Accepted; }, 5000))
        << label("createErrorLabel")->text();
    ASSERT_TRUE(QTest::qWaitFor([&] { return m_host->recorder().byName(s("db01")).has_value(); }, 5000));
    const std::optional<VolumeInfo> volume = find(m_host->listVolumes(s("vm-pool")), s("db01.qcow2"));
    ASSERT_TRUE(volume.has_value());
    EXPECT_EQ(volume->capacityBytes, quint64(5) << 30);
    EXPECT_EQ(volume->format, s("qcow2"));
    // The definition is on the volume's real path.
    EXPECT_TRUE(child<QPlainTextEdit>("xmlPreviewTextEdit")->toPlainText().contains(volume->path));
}

TEST_F(NewVmDialogTest, DefineFailureShowsLibvirtsMessageAndKeepsTheForm)
{
    type("nameLineEdit", s("occupied")); // taken by a domain on this host
    child<QSpinBox>("memorySpinBox")->setValue(768);
    selectVolume("volumeComboBox", "disk1.qcow2");
    ASSERT_TRUE(createButton()->isEnabled());
    createButton()->click();

    ASSERT_TRUE(QTest::qWaitFor([&] { return shown("createErrorLabel"); }, 5000));
    const QString message = label("createErrorLabel")->text();
    EXPECT_TRUE(message.contains(s("occupied"))) << message; // libvirt names the clash
    EXPECT_TRUE(m_dialog->isVisible());
    EXPECT_NE(m_dialog->result(), QDialog::Accepted);
    EXPECT_TRUE(child<QWidget>("formWidget")->isEnabled());
    EXPECT_EQ(WidgetLookup(*m_dialog).edit("nameLineEdit")->text(), s("occupied"));
    EXPECT_EQ(child<QSpinBox>("memorySpinBox")->value(), 768);
    EXPECT_TRUE(combo("volumeComboBox")->currentText().startsWith(s("disk1.qcow2")));
    EXPECT_TRUE(createButton()->isEnabled()) << "the user can correct and retry";

    // Corrected, the same dialog succeeds.
    type("nameLineEdit", s("free-name"));
    createButton()->click();
    ASSERT_TRUE(QTest::qWaitFor([&] { return m_dialog->result() == QDialog::Accepted; }, 5000))
        << label("createErrorLabel")->text();
    EXPECT_TRUE(QTest::qWaitFor([&] { return m_host->recorder().byName(s("free-name")).has_value(); }, 5000));
}

TEST_F(NewVmDialogTest, DefineFailureRemovesTheVolumeItCreated)
{
    type("nameLineEdit", s("occupied"));
    child<QRadioButton>("newVolumeRadioButton")->setChecked(true);
    type("newVolumeNameLineEdit", s("leftover.qcow2"));
    createButton()->click();
    ASSERT_TRUE(QTest::qWaitFor([&] { return shown("createErrorLabel"); }, 5000));
    EXPECT_TRUE(label("createErrorLabel")->text().contains(s("occupied")));
    EXPECT_TRUE(QTest::qWaitFor([&] { return !find(m_host->listVolumes(s("vm-pool")), s("leftover.qcow2")); }, 5000));
    EXPECT_EQ(WidgetLookup(*m_dialog).edit("newVolumeNameLineEdit")->text(), s("leftover.qcow2"));
    EXPECT_TRUE(createButton()->isEnabled());
}

// Not a check: a picture of the filled-in dialog for the docs, when VF_SCREENSHOT_DIR is set.
// Fills the dialog as in docs/new-vm-dialog.png; saves the picture when VF_SCREENSHOT_DIR is set.
TEST_F(NewVmDialogTest, FilledFormRendersForTheScreenshot)
{
    const QString directory = qEnvironmentVariable("VF_SCREENSHOT_DIR");
    type("nameLineEdit", s("web01"));
    child<QSpinBox>("memorySpinBox")->setValue(4096);
    child<QRadioButton>("newVolumeRadioButton")->setChecked(true);
    child<QSpinBox>("newVolumeSizeSpinBox")->setValue(10);
    selectVolume("isoVolumeComboBox", "debian.iso");
    child<QComboBox>("firmwareComboBox")->setCurrentIndex(1);
    child<QToolButton>("showXmlToolButton")->click();
    m_dialog->resize(640, m_dialog->minimumSizeHint().height());
    QTest::qWait(50);
    EXPECT_TRUE(m_dialog->isFormValid());
    const QPixmap image = m_dialog->grab();
    ASSERT_FALSE(image.isNull());
    if (!directory.isEmpty()) {
        const QString path = QDir(directory).filePath(QStringLiteral("new-vm-dialog.png"));
        EXPECT_TRUE(image.save(path)) << path;
    }

    // The same dialog with mistakes in it, to see the inline errors.
    type("nameLineEdit", s("web/01"));
    child<QSpinBox>("memorySpinBox")->setValue(32);
    type("newVolumeNameLineEdit", s("disk1.qcow2"));
    child<QToolButton>("showXmlToolButton")->click();
    m_dialog->resize(640, m_dialog->minimumSizeHint().height());
    QTest::qWait(50);
    EXPECT_FALSE(m_dialog->isFormValid());
    const QPixmap errorsImage = m_dialog->grab();
    ASSERT_FALSE(errorsImage.isNull());
    if (!directory.isEmpty()) {
        const QString errorsPath = QDir(directory).filePath(QStringLiteral("new-vm-dialog-errors.png"));
        EXPECT_TRUE(errorsImage.save(errorsPath)) << errorsPath;
    }
}

} // namespace
