// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: Virt Ferry contributors
// The storage view, its volume dialogs and the pool delete confirmation, with the real
// widgets on the offscreen platform, against libvirt's test driver: test:///default for
// what it lists, and a private node file (pools with volumes) for what changes things.
#include "Connection.h"
#include "QtPrinting.h"
#include "StoragePoolListModel.h"
#include "StorageUsageDelegate.h"
#include "StorageView.h"
#include "TestDriverXml.h"
#include "VolumeCopyDialog.h"
#include "VolumeDialog.h"
#include "WidgetLookup.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeView>
#include <QTreeWidget>
#include <QXmlStreamWriter>

#include <gtest/gtest.h>

#include <memory>

namespace {

constexpr quint64 kGiB = quint64(1) << 30;

struct TestVolume
{
    QString name;
    QString format;
    quint64 capacity;
    quint64 allocation;
};

struct TestPool
{
    QString name;
    QString uuid;
    quint64 capacity;
    quint64 allocation;
    QList<TestVolume> volumes;
};

// Writes a test-driver node file holding `pools`, each running, with its volumes.
QString writeNode(const QString &path, const QList<TestPool> &pools)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return file.errorString();
    QXmlStreamWriter xml(&file);
    xml.setAutoFormatting(true);
    xml.writeStartDocument();
    xml.writeStartElement(QStringLiteral("node"));
    for (const TestPool &pool : pools) {
        TestDriverXml::startDirPool(
            xml, pool.name, pool.uuid, pool.capacity, pool.allocation, QStringLiteral("/pools/") + pool.name);
        for (const TestVolume &volume : pool.volumes) {
            xml.writeStartElement(QStringLiteral("volume"));
            xml.writeAttribute(QStringLiteral("type"), QStringLiteral("file"));
            xml.writeTextElement(QStringLiteral("name"), volume.name);
            TestDriverXml::writeBytes(xml, QStringLiteral("capacity"), volume.capacity);
            TestDriverXml::writeBytes(xml, QStringLiteral("allocation"), volume.allocation);
            xml.writeStartElement(QStringLiteral("target"));
            xml.writeEmptyElement(QStringLiteral("format"));
            xml.writeAttribute(QStringLiteral("type"), volume.format);
            xml.writeEndElement();
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }
    xml.writeEndElement();
    xml.writeEndDocument();
    return file.error() == QFileDevice::NoError ? QString() : file.errorString();
}

class StorageViewTest : public ::testing::Test
{
protected:
    // Opens `uri`, shows a storage view on it and waits for its pools.
    void openView(const QString &uri, int expectedPools)
    {
        m_connection = std::make_unique<Connection>(ConnectionConfig::fromUri(uri));
        m_connection->open();
        ASSERT_TRUE(QTest::qWaitFor([&] { return m_connection->isOpen(); }, 10000)) << m_connection->stateText();
        m_view = std::make_unique<StorageView>();
        m_poolTester = std::make_unique<QAbstractItemModelTester>(m_view->poolModel());
        m_volumeTester = std::make_unique<QAbstractItemModelTester>(m_view->volumeModel());
        m_view->resize(1000, 700);
        m_view->setConnection(m_connection.get());
        m_view->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(m_view.get()));
        ASSERT_TRUE(QTest::qWaitFor([&] { return m_view->poolModel()->rowCount() == expectedPools; }, 5000))
            << m_view->poolModel()->rowCount();
    }

    void openPrivateNode()
    {
        const QString path = m_dir.filePath(QStringLiteral("storage-node.xml"));
        const QList<TestPool> pools = {
            {QStringLiteral("images"), QStringLiteral("6b0d2ef0-2c39-4a0e-9d1e-0d7b1c1a0001"), 100 * kGiB, 20 * kGiB,
             {{QStringLiteral("disk-a.qcow2"), QStringLiteral("qcow2"), 10 * kGiB, 2 * kGiB},
              {QStringLiteral("base.raw"), QStringLiteral("raw"), 5 * kGiB, 5 * kGiB}}},
            {QStringLiteral("scratch"), QStringLiteral("6b0d2ef0-2c39-4a0e-9d1e-0d7b1c1a0002"), 50 * kGiB, 1 * kGiB,
             {{QStringLiteral("tmp.qcow2"), QStringLiteral("qcow2"), 3 * kGiB, kGiB}}},
        };
        ASSERT_EQ(writeNode(path, pools), QString());
        openView(QStringLiteral("test://") + path, 2);
    }

    QAction *action(const char *name) const
    {
        auto *found = m_view->findChild<QAction *>(QString::fromLatin1(name));
        if (!found)
            throw std::runtime_error(std::string("no action named ") + name);
        return found;
    }

    QString poolCell(const QString &pool, int column) const
    {
        return m_view->poolModel()->indexOfPool(pool).siblingAtColumn(column).data().toString();
    }

    std::optional<VolumeInfo> volumeNamed(const QString &name) const
    {
        StorageVolumeListModel *model = m_view->volumeModel();
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->volume(row)->name == name)
                return model->volume(row);
        }
        return std::nullopt;
    }

    // Selects `pool` and waits until its volumes are listed.
    void selectPool(const QString &pool, int expectedVolumes)
    {
        m_view->selectPool(pool);
        ASSERT_EQ(m_view->currentPoolName(), pool);
        ASSERT_TRUE(QTest::qWaitFor(
            [&] {
                return m_view->volumeModel()->poolName() == pool
                    && m_view->volumeModel()->rowCount() == expectedVolumes;
            },
            5000))
            << m_view->volumeModel()->rowCount();
    }

    void selectVolume(const QString &name)
    {
        StorageVolumeListModel *model = m_view->volumeModel();
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->volume(row)->name == name) {
                m_view->volumesView()->selectionModel()->setCurrentIndex(
                    model->index(row, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
                return;
            }
        }
        throw std::runtime_error("no volume named " + name.toStdString());
    }

    // Triggers `actionName` and returns the VolumeDialog it opens.
    VolumeDialog *openVolumeDialog(const char *actionName)
    {
        QAction *trigger = action(actionName);
        if (!trigger->isEnabled())
            throw std::runtime_error(std::string(actionName) + " is disabled");
        trigger->trigger();
        VolumeDialog *dialog = nullptr;
        const bool opened = QTest::qWaitFor([&] {
            dialog = m_view->findChild<VolumeDialog *>();
            return dialog && dialog->isVisible();
        }, 2000);
        if (!opened)
            throw std::runtime_error("no volume dialog opened");
        return dialog;
    }

    static void type(QLineEdit *edit, const QString &text)
    {
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Backspace);
        QTest::keyClicks(edit, text);
    }

    static QPushButton *okButton(QDialog *dialog)
    {
        return WidgetLookup(*dialog).child<QDialogButtonBox>("buttonBox")->button(QDialogButtonBox::Ok);
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Connection> m_connection;
    std::unique_ptr<StorageView> m_view;
    std::unique_ptr<QAbstractItemModelTester> m_poolTester;
    std::unique_ptr<QAbstractItemModelTester> m_volumeTester;
};

} // namespace

TEST_F(StorageViewTest, ListsTheDefaultPoolWithItsColumns)
{
    openView(QStringLiteral("test:///default"), 1);
    const QModelIndex pool = m_view->poolModel()->indexOfPool(QStringLiteral("default-pool"));
    ASSERT_TRUE(pool.isValid());
    EXPECT_EQ(poolCell(QStringLiteral("default-pool"), StoragePoolListModel::TypeColumn), QStringLiteral("dir"));
    EXPECT_EQ(poolCell(QStringLiteral("default-pool"), StoragePoolListModel::StateColumn),
              poolStateText(PoolState::Running));
    EXPECT_EQ(poolCell(QStringLiteral("default-pool"), StoragePoolListModel::AutostartColumn), QStringLiteral("No"));
    EXPECT_EQ(poolCell(QStringLiteral("default-pool"), StoragePoolListModel::AvailableColumn),
              formatBytes(100 * kGiB));
    EXPECT_EQ(poolCell(QStringLiteral("default-pool"), StoragePoolListModel::TargetPathColumn),
              QStringLiteral("/default-pool"));

    // The usage column is a bar with "allocation of capacity" on it.
    QTreeView *pools = m_view->poolsView();
    EXPECT_NE(qobject_cast<StorageUsageDelegate *>(pools->itemDelegateForColumn(StoragePoolListModel::UsageColumn)),
              nullptr);
    EXPECT_EQ(StorageUsageDelegate::usageText(pool.siblingAtColumn(StoragePoolListModel::UsageColumn)),
              QStringLiteral("%1 of %2").arg(formatBytes(0), formatBytes(100 * kGiB)));
    // Capacity and allocation are on the bar; the separate columns would repeat them.
    EXPECT_TRUE(pools->isColumnHidden(StoragePoolListModel::CapacityColumn));
    EXPECT_TRUE(pools->isColumnHidden(StoragePoolListModel::AllocationColumn));
    for (int column : {StoragePoolListModel::NameColumn, StoragePoolListModel::TypeColumn,
                       StoragePoolListModel::StateColumn, StoragePoolListModel::AutostartColumn,
                       StoragePoolListModel::UsageColumn, StoragePoolListModel::AvailableColumn,
                       StoragePoolListModel::TargetPathColumn, StoragePoolListModel::SourceColumn}) {
        EXPECT_FALSE(pools->isColumnHidden(column)) << column;
        EXPECT_GT(pools->columnWidth(column), 20) << column;
    }
    EXPECT_GE(pools->columnWidth(StoragePoolListModel::UsageColumn),
              pools->fontMetrics().horizontalAdvance(
                  StorageUsageDelegate::usageText(pool.siblingAtColumn(StoragePoolListModel::UsageColumn))))
        << "the usage text must fit on its bar";

    // The only pool is selected at once, and it is running: its volume actions are on.
    EXPECT_EQ(m_view->currentPoolName(), QStringLiteral("default-pool"));
    EXPECT_TRUE(action("createVolumeAction")->isEnabled());
    EXPECT_TRUE(action("stopPoolAction")->isEnabled());
    EXPECT_FALSE(action("startPoolAction")->isEnabled());
    EXPECT_FALSE(action("cloneVolumeAction")->isEnabled()) << "no volume is selected";
}

TEST_F(StorageViewTest, SelectingAPoolListsItsVolumes)
{
    openPrivateNode();
    selectPool(QStringLiteral("images"), 2);
    const std::optional<VolumeInfo> disk = volumeNamed(QStringLiteral("disk-a.qcow2"));
    ASSERT_TRUE(disk.has_value());
    EXPECT_EQ(disk->format, QStringLiteral("qcow2"));
    EXPECT_EQ(disk->capacityBytes, 10 * kGiB);
    EXPECT_EQ(disk->path, QStringLiteral("/pools/images/disk-a.qcow2"));
    const QModelIndex first = m_view->volumeModel()->index(0, StorageVolumeListModel::CapacityColumn);
    EXPECT_FALSE(first.data().toString().isEmpty());
    EXPECT_NE(m_view->findChild<QLabel *>(QStringLiteral("volumesTitleLabel"))->text().indexOf(QStringLiteral("images")),
              -1);

    selectPool(QStringLiteral("scratch"), 1);
    EXPECT_TRUE(volumeNamed(QStringLiteral("tmp.qcow2")).has_value());
    EXPECT_FALSE(volumeNamed(QStringLiteral("disk-a.qcow2")).has_value());

    // A selected volume turns its actions on.
    EXPECT_FALSE(action("deleteVolumeAction")->isEnabled());
    selectVolume(QStringLiteral("tmp.qcow2"));
    EXPECT_TRUE(action("deleteVolumeAction")->isEnabled());
    EXPECT_TRUE(action("cloneVolumeAction")->isEnabled());
    EXPECT_TRUE(action("copyVolumeAction")->isEnabled());
}

TEST_F(StorageViewTest, CreatesAVolumeTypedIntoTheDialog)
{
    openPrivateNode();
    selectPool(QStringLiteral("images"), 2);
    VolumeDialog *dialog = openVolumeDialog("createVolumeAction");
    const WidgetLookup form(*dialog);
    EXPECT_FALSE(okButton(dialog)->isEnabled()) << "no name yet";
    EXPECT_EQ(form.child<QComboBox>("formatComboBox")->currentData().toString(), QStringLiteral("qcow2"));
    EXPECT_EQ(form.edit("allocationLineEdit")->text(), QStringLiteral("0")) << "thin by default";

    type(form.edit("nameLineEdit"), QStringLiteral("web-01.qcow2"));
    type(form.edit("capacityLineEdit"), QStringLiteral("4"));
    auto *unit = form.child<QComboBox>("capacityUnitComboBox");
    unit->setCurrentIndex(unit->findText(QStringLiteral("GiB")));
    // A backing volume makes a copy-on-write overlay of it.
    auto *backing = form.child<QComboBox>("backingComboBox");
    EXPECT_TRUE(backing->isEnabled());
    ASSERT_GE(backing->findData(QStringLiteral("base.raw")), 0);
    ASSERT_TRUE(okButton(dialog)->isEnabled()) << form.label("nameErrorLabel")->text();
    const VolumeDefinition definition = dialog->definition();
    EXPECT_EQ(definition.name, QStringLiteral("web-01.qcow2"));
    EXPECT_EQ(definition.capacityBytes, 4 * kGiB);
    EXPECT_EQ(definition.allocationBytes, 0u);
    EXPECT_TRUE(definition.backingPath.isEmpty());
    okButton(dialog)->click();

    ASSERT_TRUE(QTest::qWaitFor([&] { return volumeNamed(QStringLiteral("web-01.qcow2")).has_value(); }, 5000))
        << m_view->messageText();
    EXPECT_EQ(volumeNamed(QStringLiteral("web-01.qcow2"))->capacityBytes, 4 * kGiB);
    EXPECT_EQ(volumeNamed(QStringLiteral("web-01.qcow2"))->format, QStringLiteral("qcow2"));
    EXPECT_EQ(m_view->messageText(), QString());
}

TEST_F(StorageViewTest, BadInputGetsASpecificMessageAndCreatesNothing)
{
    openPrivateNode();
    selectPool(QStringLiteral("images"), 2);
    VolumeDialog *dialog = openVolumeDialog("createVolumeAction");
    const WidgetLookup form(*dialog);
    QLineEdit *name = form.edit("nameLineEdit");
    QLabel *nameError = form.label("nameErrorLabel");

    for (const QString &bad : {QStringLiteral("a/b.qcow2"), QStringLiteral("it's.qcow2"), QStringLiteral("..")}) {
        type(name, bad);
        const QString expected = StorageValidation::volumeNameError(bad);
        ASSERT_FALSE(expected.isEmpty()) << bad;
        EXPECT_TRUE(nameError->isVisibleTo(dialog)) << bad;
        EXPECT_EQ(nameError->text(), expected) << bad;
        EXPECT_FALSE(okButton(dialog)->isEnabled()) << bad;
    }
    type(name, QStringLiteral("disk-a.qcow2"));
    EXPECT_TRUE(nameError->isVisibleTo(dialog));
    EXPECT_TRUE(nameError->text().contains(QStringLiteral("already has a volume"))) << nameError->text();
    EXPECT_FALSE(okButton(dialog)->isEnabled());
    type(name, QStringLiteral("fine.qcow2"));
    EXPECT_FALSE(nameError->isVisibleTo(dialog)) << nameError->text();
    EXPECT_TRUE(okButton(dialog)->isEnabled());

    QLineEdit *capacity = form.edit("capacityLineEdit");
    QLabel *capacityError = form.label("capacityErrorLabel");
    type(capacity, QStringLiteral("0"));
    EXPECT_TRUE(capacityError->isVisibleTo(dialog));
    EXPECT_FALSE(capacityError->text().isEmpty());
    EXPECT_FALSE(okButton(dialog)->isEnabled());
    type(capacity, QStringLiteral("-3"));
    EXPECT_EQ(capacityError->text(), QStringLiteral("A size cannot be negative."));
    type(capacity, QStringLiteral("ten"));
    EXPECT_TRUE(capacityError->text().contains(QStringLiteral("is not a number"))) << capacityError->text();
    type(capacity, QStringLiteral("200"));
    EXPECT_FALSE(capacityError->isVisibleTo(dialog)) << "a thin volume may be larger than the pool's free space";
    EXPECT_TRUE(okButton(dialog)->isEnabled());

    // Allocating it all now needs the space: 200 GiB do not fit in the pool's 93 GiB free
    // (the test driver recomputes it from the volumes).
    const quint64 available = m_view->currentPool()->availableBytes;
    ASSERT_LT(available, 200 * kGiB);
    form.child<QCheckBox>("allocateAllCheckBox")->click();
    QLabel *allocationError = form.label("allocationErrorLabel");
    EXPECT_TRUE(allocationError->isVisibleTo(dialog));
    EXPECT_EQ(allocationError->text(), StorageValidation::capacityError(200 * kGiB, available));
    EXPECT_FALSE(okButton(dialog)->isEnabled());
    form.child<QCheckBox>("allocateAllCheckBox")->click();
    type(form.edit("allocationLineEdit"), QStringLiteral("300"));
    EXPECT_TRUE(allocationError->text().contains(QStringLiteral("cannot exceed the capacity"))) << allocationError->text();
    type(form.edit("allocationLineEdit"), QStringLiteral("0"));
    EXPECT_TRUE(okButton(dialog)->isEnabled());

    // Accepting with a bad field does nothing, even when forced past the disabled button.
    type(name, QStringLiteral("a/b"));
    dialog->accept();
    EXPECT_TRUE(dialog->isVisible());
    dialog->reject();
    QTest::qWait(300);
    EXPECT_EQ(m_view->volumeModel()->rowCount(), 2);
    EXPECT_EQ(m_view->messageText(), QString());
}

TEST_F(StorageViewTest, StopStartAndAutostartUpdateTheTable)
{
    openPrivateNode();
    selectPool(QStringLiteral("scratch"), 1);
    const QString scratch = QStringLiteral("scratch");
    ASSERT_TRUE(action("stopPoolAction")->isEnabled());
    action("stopPoolAction")->trigger();
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return poolCell(scratch, StoragePoolListModel::StateColumn) == poolStateText(PoolState::Inactive); },
        5000))
        << m_view->messageText();
    EXPECT_TRUE(action("startPoolAction")->isEnabled());
    EXPECT_FALSE(action("stopPoolAction")->isEnabled());
    EXPECT_FALSE(action("createVolumeAction")->isEnabled()) << "an inactive pool takes no volumes";
    EXPECT_TRUE(QTest::qWaitFor([&] { return m_view->volumeModel()->rowCount() == 0; }, 2000));
    EXPECT_EQ(m_view->currentPoolName(), scratch) << "the selection stays on the pool";

    action("startPoolAction")->trigger();
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return poolCell(scratch, StoragePoolListModel::StateColumn) == poolStateText(PoolState::Running); },
        5000))
        << m_view->messageText();
    EXPECT_TRUE(QTest::qWaitFor([&] { return m_view->volumeModel()->rowCount() == 1; }, 5000))
        << "its volumes come back";

    QAction *autostart = action("autostartPoolAction");
    EXPECT_FALSE(autostart->isChecked());
    autostart->trigger();
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return poolCell(scratch, StoragePoolListModel::AutostartColumn) == QStringLiteral("Yes"); }, 5000))
        << m_view->messageText();
    EXPECT_TRUE(autostart->isChecked());
    autostart->trigger();
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return poolCell(scratch, StoragePoolListModel::AutostartColumn) == QStringLiteral("No"); }, 5000));
    EXPECT_FALSE(autostart->isChecked());
    EXPECT_EQ(poolCell(QStringLiteral("images"), StoragePoolListModel::AutostartColumn), QStringLiteral("No"));
}

TEST_F(StorageViewTest, DeletingAPoolsContentsRequiresItsTypedName)
{
    openPrivateNode();
    selectPool(QStringLiteral("scratch"), 1);
    action("deletePoolAction")->trigger();
    QDialog *dialog = nullptr;
    ASSERT_TRUE(QTest::qWaitFor([&] {
        dialog = m_view->findChild<QDialog *>(QStringLiteral("deletePoolDialog"));
        return dialog && dialog->isVisible();
    }, 2000));
    const WidgetLookup form(*dialog);
    auto *deleteButton = form.child<QPushButton>("confirmDeletePoolButton");
    auto *contents = form.child<QCheckBox>("deleteContentsCheckBox");
    EXPECT_FALSE(contents->isChecked()) << "destroying data must be opted into";
    EXPECT_TRUE(deleteButton->isEnabled()) << "undefining alone keeps the data";

    contents->click();
    // What will be destroyed: every volume, with its size.
    auto *doomed = form.child<QTreeWidget>("doomedVolumesTreeWidget");
    ASSERT_TRUE(QTest::qWaitFor([&] { return doomed->topLevelItemCount() == 1; }, 5000));
    EXPECT_EQ(doomed->topLevelItem(0)->text(0), QStringLiteral("tmp.qcow2"));
    EXPECT_EQ(doomed->topLevelItem(0)->text(1), formatBytes(3 * kGiB));
    EXPECT_TRUE(doomed->isVisibleTo(dialog));
    EXPECT_FALSE(deleteButton->isEnabled());
    QLineEdit *confirm = form.edit("confirmPoolNameLineEdit");
    QTest::keyClicks(confirm, QStringLiteral("scratc"));
    EXPECT_FALSE(deleteButton->isEnabled());
    QTest::keyClicks(confirm, QStringLiteral("h"));
    EXPECT_TRUE(deleteButton->isEnabled());
    deleteButton->click();

    ASSERT_TRUE(QTest::qWaitFor([&] { return m_view->poolModel()->rowCount() == 1; }, 5000)) << m_view->messageText();
    EXPECT_FALSE(m_view->poolModel()->indexOfPool(QStringLiteral("scratch")).isValid());
    EXPECT_EQ(m_view->currentPoolName(), QStringLiteral("images")) << "the remaining pool is selected";
}

TEST_F(StorageViewTest, CancellingThePoolDeleteKeepsThePool)
{
    openPrivateNode();
    selectPool(QStringLiteral("images"), 2);
    action("deletePoolAction")->trigger();
    QDialog *dialog = nullptr;
    ASSERT_TRUE(QTest::qWaitFor([&] {
        dialog = m_view->findChild<QDialog *>(QStringLiteral("deletePoolDialog"));
        return dialog && dialog->isVisible();
    }, 2000));
    dialog->reject();
    QTest::qWait(300);
    EXPECT_EQ(m_view->poolModel()->rowCount(), 2);
}

TEST_F(StorageViewTest, ClonesAndDeletesAVolume)
{
    openPrivateNode();
    selectPool(QStringLiteral("images"), 2);
    selectVolume(QStringLiteral("disk-a.qcow2"));
    VolumeDialog *dialog = openVolumeDialog("cloneVolumeAction");
    const WidgetLookup form(*dialog);
    EXPECT_EQ(form.edit("nameLineEdit")->text(), QStringLiteral("disk-a-clone.qcow2"));
    EXPECT_FALSE(form.edit("capacityLineEdit")->isVisibleTo(dialog));
    type(form.edit("nameLineEdit"), QStringLiteral("base.raw"));
    EXPECT_FALSE(okButton(dialog)->isEnabled()) << "the clone's name is taken";
    type(form.edit("nameLineEdit"), QStringLiteral("disk-b.qcow2"));
    okButton(dialog)->click();
    ASSERT_TRUE(QTest::qWaitFor([&] { return volumeNamed(QStringLiteral("disk-b.qcow2")).has_value(); }, 5000))
        << m_view->messageText();
    EXPECT_EQ(volumeNamed(QStringLiteral("disk-b.qcow2"))->capacityBytes, 10 * kGiB);

    // Delete asks first; Cancel keeps it.
    selectVolume(QStringLiteral("disk-b.qcow2"));
    action("deleteVolumeAction")->trigger();
    QMessageBox *box = nullptr;
    ASSERT_TRUE(QTest::qWaitFor([&] {
        box = m_view->findChild<QMessageBox *>(QStringLiteral("deleteVolumeMessageBox"));
        return box && box->isVisible();
    }, 2000));
    EXPECT_TRUE(box->text().contains(QStringLiteral("disk-b.qcow2")));
    box->button(QMessageBox::Cancel)->click();
    QTest::qWait(300);
    EXPECT_TRUE(volumeNamed(QStringLiteral("disk-b.qcow2")).has_value());

    selectVolume(QStringLiteral("disk-b.qcow2"));
    action("deleteVolumeAction")->trigger();
    ASSERT_TRUE(QTest::qWaitFor([&] {
        box = m_view->findChild<QMessageBox *>(QStringLiteral("deleteVolumeMessageBox"));
        return box && box->isVisible();
    }, 2000));
    WidgetLookup(*box).child<QPushButton>("confirmDeleteVolumeButton")->click();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !volumeNamed(QStringLiteral("disk-b.qcow2")).has_value(); }, 5000))
        << m_view->messageText();
    EXPECT_EQ(m_view->volumeModel()->rowCount(), 2);
}

TEST_F(StorageViewTest, AFailedRequestNamesTheVolumeInTheMessageBar)
{
    openPrivateNode();
    selectPool(QStringLiteral("images"), 2);
    selectVolume(QStringLiteral("disk-a.qcow2"));
    VolumeDialog *dialog = openVolumeDialog("resizeVolumeAction");
    const WidgetLookup form(*dialog);
    QLineEdit *capacity = form.edit("capacityLineEdit");
    EXPECT_EQ(capacity->text(), QStringLiteral("10"));
    EXPECT_FALSE(okButton(dialog)->isEnabled()) << "the current size is no resize";
    type(capacity, QStringLiteral("8"));
    EXPECT_TRUE(form.label("capacityErrorLabel")->text().contains(QStringLiteral("only grow")))
        << form.label("capacityErrorLabel")->text();
    EXPECT_FALSE(okButton(dialog)->isEnabled());
    type(capacity, QStringLiteral("20"));
    ASSERT_TRUE(okButton(dialog)->isEnabled());
    EXPECT_EQ(dialog->capacityBytes(), 20 * kGiB);

    QSignalSpy problems(m_view.get(), &StorageView::problem);
    okButton(dialog)->click();
    // The test driver cannot resize volumes: the failure must say which volume, where.
    ASSERT_TRUE(QTest::qWaitFor([&] { return !m_view->messageText().isEmpty(); }, 5000));
    const QString message = m_view->messageText();
    EXPECT_TRUE(message.contains(QStringLiteral("disk-a.qcow2"))) << message;
    EXPECT_TRUE(message.contains(QStringLiteral("images"))) << message;
    EXPECT_EQ(problems.count(), 1);
    EXPECT_EQ(QApplication::activeModalWidget(), nullptr) << "no modal storm";
    WidgetLookup(*m_view).child<QToolButton>("dismissMessageButton")->click();
    EXPECT_EQ(m_view->messageText(), QString());
}

TEST_F(StorageViewTest, CopyDialogOffersOpenHostsAndChecksTheDestinationName)
{
    openPrivateNode();
    selectPool(QStringLiteral("images"), 2);
    selectVolume(QStringLiteral("disk-a.qcow2"));
    action("copyVolumeAction")->trigger();
    VolumeCopyDialog *dialog = nullptr;
    ASSERT_TRUE(QTest::qWaitFor([&] {
        dialog = m_view->findChild<VolumeCopyDialog *>();
        return dialog && dialog->isVisible();
    }, 2000));
    const WidgetLookup form(*dialog);
    auto *pools = form.child<QComboBox>("destinationPoolComboBox");
    ASSERT_TRUE(QTest::qWaitFor([&] { return pools->count() == 2; }, 5000));
    EXPECT_EQ(dialog->destinationPool(), QStringLiteral("images"));
    QLineEdit *name = form.edit("destinationNameLineEdit");
    EXPECT_EQ(name->text(), QStringLiteral("disk-a.qcow2"));
    auto *start = form.child<QPushButton>("startCopyButton");
    // Into its own pool under its own name: taken.
    ASSERT_TRUE(QTest::qWaitFor([&] { return form.label("destinationNameErrorLabel")->isVisibleTo(dialog); }, 5000));
    EXPECT_FALSE(start->isEnabled());
    pools->setCurrentIndex(pools->findData(QStringLiteral("scratch")));
    ASSERT_TRUE(QTest::qWaitFor([&] { return start->isEnabled(); }, 5000))
        << form.label("destinationNameErrorLabel")->text();
    type(name, QStringLiteral("x/y"));
    EXPECT_FALSE(start->isEnabled());
    EXPECT_EQ(form.label("destinationNameErrorLabel")->text(), StorageValidation::volumeNameError(QStringLiteral("x/y")));

    // The test driver has no storage streams: the copy fails, says so, and leaves no
    // partial volume behind.
    type(name, QStringLiteral("copied.qcow2"));
    ASSERT_TRUE(start->isEnabled());
    QSignalSpy finished(dialog, &VolumeCopyDialog::copyFinished);
    start->click();
    ASSERT_TRUE(QTest::qWaitFor([&] { return finished.count() == 1; }, 10000));
    EXPECT_FALSE(finished.at(0).at(0).toBool());
    QLabel *result = form.label("resultLabel");
    EXPECT_TRUE(result->isVisibleTo(dialog));
    EXPECT_TRUE(result->text().contains(QStringLiteral("failed"))) << result->text();
    EXPECT_TRUE(form.child<QPushButton>("closeButton")->isVisibleTo(dialog));
    EXPECT_FALSE(form.child<QPushButton>("cancelCopyButton")->isVisibleTo(dialog));
    form.child<QPushButton>("closeButton")->click();
    selectPool(QStringLiteral("scratch"), 1);
    QTest::qWait(200);
    EXPECT_FALSE(volumeNamed(QStringLiteral("copied.qcow2")).has_value());
    EXPECT_EQ(m_view->volumeModel()->rowCount(), 1);
}
