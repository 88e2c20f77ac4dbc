// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: Virt Ferry contributors
// The migration progress window over a real MigrationBatch between two test-driver hosts.
// The test driver cannot migrate, so libvirt fails each job: the rows must show that,
// with libvirt's own message, and cancelling must drop what has not started.
#include "MigrationBatch.h"
#include "MigrationMonitorWidget.h"
#include "MigrationProgressDialog.h"
#include "MigrationSeries.h"
#include "QtPrinting.h"
#include "TestDriverHosts.h"

#include <QDir>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <gtest/gtest.h>

#include <memory>

namespace {

class MigrationProgressDialogTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_hosts.isValid());
        // Running VMs of the source, as the wizard would pass them.
        m_pair = m_hosts.openPair(6);
        ASSERT_TRUE(m_pair.source && m_pair.destination);
        ASSERT_GT(m_pair.targets.size(), 3);
    }

    std::unique_ptr<MigrationBatch> makeBatch(int vms, int concurrency)
    {
        MigrationPlan plan;
        plan.concurrency = concurrency;
        // Both test-driver hosts call themselves by this machine's name, which may resolve
        // to loopback; with a migration URI that pre-flight check does not apply.
        plan.options.migrationUri = QStringLiteral("tcp://192.0.2.2:49152");
        return std::make_unique<MigrationBatch>(
            m_pair.source, m_pair.destination, QStringLiteral("test:///b"), m_pair.targets.mid(0, vms), plan);
    }

    static QTreeWidget *tree(MigrationProgressDialog &dialog)
    {
        return dialog.findChild<QTreeWidget *>(QStringLiteral("itemsTreeWidget"));
    }
    static QString cell(MigrationProgressDialog &dialog, int row, int column)
    {
        return tree(dialog)->topLevelItem(row)->text(column);
    }
    // The confirmation on screen (a dismissed one lingers until deleted).
    static QMessageBox *shownCancelAllBox(MigrationProgressDialog &dialog)
    {
        for (QMessageBox *box : dialog.findChildren<QMessageBox *>(QStringLiteral("cancelAllMessageBox"))) {
            if (box->isVisible())
                return box;
        }
        return nullptr;
    }
    static QPushButton *button(MigrationProgressDialog &dialog, const char *name)
    {
        return dialog.findChild<QPushButton *>(QString::fromLatin1(name));
    }

    TestDriverHosts m_hosts;
    TestDriverHosts::Pair m_pair;
};

} // namespace

TEST_F(MigrationProgressDialogTest, EachVmFailsWithLibvirtsMessageAndTheSummaryCountsThem)
{
    std::unique_ptr<MigrationBatch> batch = makeBatch(3, 1);
    MigrationProgressDialog dialog(batch.get(), QStringLiteral("host-a"), QStringLiteral("host-b"));
    dialog.show();
    ASSERT_NE(tree(dialog), nullptr);
    ASSERT_EQ(tree(dialog)->topLevelItemCount(), 3);
    for (int row = 0; row < 3; ++row) {
        EXPECT_EQ(cell(dialog, row, MigrationProgressDialog::NameColumn), m_pair.targets.at(row).name);
        EXPECT_EQ(cell(dialog, row, MigrationProgressDialog::StateColumn), QStringLiteral("Waiting"));
    }
    EXPECT_TRUE(dialog.windowTitle().contains(QStringLiteral("host-a")));
    EXPECT_EQ(dialog.findChild<QLabel *>(QStringLiteral("summaryLabel"))->text(), QStringLiteral("0 moved, 3 waiting"));

    // Concurrency 1: one at a time, and the next only after the previous ended.
    QList<std::pair<int, MigrationBatch::ItemState>> order;
    QObject::connect(batch.get(), &MigrationBatch::itemStateChanged,
                     [&order](int index, MigrationBatch::ItemState state) { order.append({index, state}); });
    QSignalSpy finished(batch.get(), &MigrationBatch::finished);
    batch->start();
    // The checks run again right before each VM starts; the test driver passes them (with
    // warnings) and then fails the migration itself.
    EXPECT_EQ(cell(dialog, 0, MigrationProgressDialog::StateColumn), QStringLiteral("Checking"));
    EXPECT_EQ(cell(dialog, 1, MigrationProgressDialog::StateColumn), QStringLiteral("Waiting"));
    auto *firstBar = dialog.findChild<QProgressBar *>(QStringLiteral("progressBar0"));
    ASSERT_NE(firstBar, nullptr);
    EXPECT_EQ(firstBar->maximum(), 0) << "no byte count for a libvirt migration: busy";
    EXPECT_FALSE(button(dialog, "closeButton")->text().contains(QStringLiteral("Close")));

    ASSERT_TRUE(QTest::qWaitFor([&] { return finished.count() == 1; }, 20000));
    EXPECT_EQ(finished.first().at(0).toInt(), 0);
    EXPECT_EQ(finished.first().at(1).toInt(), 3);
    EXPECT_EQ(finished.first().at(2).toInt(), 0);
    for (int row = 0; row < 3; ++row) {
        EXPECT_EQ(batch->itemState(row), MigrationBatch::ItemState::Failed);
        EXPECT_EQ(cell(dialog, row, MigrationProgressDialog::StateColumn), QStringLiteral("Failed"));
        const QString message = cell(dialog, row, MigrationProgressDialog::MessageColumn);
        EXPECT_EQ(message, batch->itemMessage(row));
        // libvirt's own words: the test driver has no migration support.
        EXPECT_TRUE(message.contains(QStringLiteral("not supported"))) << message;
    }
    for (int index = 1; index < 3; ++index) {
        const auto startOf = std::find(order.cbegin(), order.cend(),
                                       std::pair{index, MigrationBatch::ItemState::Checking});
        const auto endOfPrevious = std::find(order.cbegin(), order.cend(),
                                             std::pair{index - 1, MigrationBatch::ItemState::Failed});
        ASSERT_NE(startOf, order.cend());
        ASSERT_NE(endOfPrevious, order.cend());
        EXPECT_LT(endOfPrevious - order.cbegin(), startOf - order.cbegin());
    }
    EXPECT_EQ(dialog.findChild<QLabel *>(QStringLiteral("summaryLabel"))->text(), QStringLiteral("0 moved, 3 failed"));
    EXPECT_EQ(dialog.summaryText(), QStringLiteral("0 moved, 3 failed"));
    EXPECT_FALSE(button(dialog, "cancelAllButton")->isEnabled());
    EXPECT_FALSE(button(dialog, "cancelSelectedButton")->isEnabled());
    EXPECT_EQ(button(dialog, "closeButton")->text(), QStringLiteral("&Close"));

    // The rows outlive the batch.
    batch.reset();
    EXPECT_EQ(cell(dialog, 2, MigrationProgressDialog::StateColumn), QStringLiteral("Failed"));
    EXPECT_FALSE(cell(dialog, 2, MigrationProgressDialog::MessageColumn).isEmpty());
    button(dialog, "closeButton")->click();
    EXPECT_FALSE(dialog.isVisible());
}

TEST_F(MigrationProgressDialogTest, CancelSelectedAndCancelAllDropTheQueuedVms)
{
    std::unique_ptr<MigrationBatch> batch = makeBatch(4, 1);
    MigrationProgressDialog dialog(batch.get(), QStringLiteral("host-a"), QStringLiteral("host-b"));
    dialog.show();
    QSignalSpy finished(batch.get(), &MigrationBatch::finished);
    batch->start();
    // Nothing has come back from the job's thread yet: VM 0 runs, 1 to 3 wait.
    ASSERT_EQ(batch->itemState(1), MigrationBatch::ItemState::Queued);

    QPushButton *cancelSelected = button(dialog, "cancelSelectedButton");
    EXPECT_FALSE(cancelSelected->isEnabled()) << "nothing selected";
    tree(dialog)->topLevelItem(1)->setSelected(true);
    ASSERT_TRUE(cancelSelected->isEnabled());
    cancelSelected->click();
    EXPECT_EQ(batch->itemState(1), MigrationBatch::ItemState::Cancelled);
    EXPECT_EQ(cell(dialog, 1, MigrationProgressDialog::StateColumn), QStringLiteral("Cancelled"));
    EXPECT_EQ(batch->itemState(2), MigrationBatch::ItemState::Queued) << "only the selected one";

    // Cancel all asks first; keeping going changes nothing. (No event is processed until
    // the end, so VM 0's failure cannot start VM 2 meanwhile.)
    button(dialog, "cancelAllButton")->click();
    QMessageBox *box = shownCancelAllBox(dialog);
    ASSERT_NE(box, nullptr);
    QAbstractButton *keep = nullptr;
    for (QAbstractButton *candidate : box->buttons()) {
        if (box->buttonRole(candidate) == QMessageBox::RejectRole)
            keep = candidate;
    }
    ASSERT_NE(keep, nullptr);
    keep->click();
    EXPECT_EQ(batch->itemState(2), MigrationBatch::ItemState::Queued);
    EXPECT_EQ(shownCancelAllBox(dialog), nullptr);

    button(dialog, "cancelAllButton")->click();
    box = shownCancelAllBox(dialog);
    ASSERT_NE(box, nullptr);
    auto *confirm = box->findChild<QPushButton *>(QStringLiteral("confirmCancelAllButton"));
    ASSERT_NE(confirm, nullptr);
    confirm->click();
    EXPECT_EQ(batch->itemState(2), MigrationBatch::ItemState::Cancelled);
    EXPECT_EQ(batch->itemState(3), MigrationBatch::ItemState::Cancelled);

    ASSERT_TRUE(QTest::qWaitFor([&] { return finished.count() == 1; }, 20000));
    // VM 0 was already migrating: libvirt either refused it or it was aborted.
    EXPECT_TRUE(batch->itemState(0) == MigrationBatch::ItemState::Failed
                || batch->itemState(0) == MigrationBatch::ItemState::Cancelled);
    EXPECT_FALSE(batch->itemMessage(0).isEmpty());
    EXPECT_EQ(finished.first().at(0).toInt(), 0);
    EXPECT_EQ(finished.first().at(1).toInt() + finished.first().at(2).toInt(), 4);
    const QString summary = dialog.findChild<QLabel *>(QStringLiteral("summaryLabel"))->text();
    EXPECT_TRUE(summary.startsWith(QStringLiteral("0 moved, "))) << summary;
    EXPECT_TRUE(summary.contains(QStringLiteral(" cancelled"))) << summary;
    for (int row = 1; row < 4; ++row)
        EXPECT_EQ(cell(dialog, row, MigrationProgressDialog::StateColumn), QStringLiteral("Cancelled"));
    EXPECT_FALSE(button(dialog, "cancelAllButton")->isEnabled());
}

TEST_F(MigrationProgressDialogTest, AManyVmBatchRefusesANewName)
{
    MigrationPlan plan;
    plan.options.destinationName = QStringLiteral("renamed");
    ASSERT_FALSE(plan.problems(2).isEmpty()) << "MigrationPlan must refuse a new name for several VMs";
    MigrationBatch batch(
        m_pair.source, m_pair.destination, QStringLiteral("test:///b"), m_pair.targets.mid(0, 2), plan);
    QSignalSpy finished(&batch, &MigrationBatch::finished);
    batch.start();
    ASSERT_EQ(finished.count(), 1) << "refused at once, nothing started";
    EXPECT_EQ(batch.itemState(0), MigrationBatch::ItemState::Failed);
    EXPECT_EQ(batch.itemMessage(0), plan.problems(2).first().reason);
}

// Not a check of behaviour: the picture in docs/migration-progress.png, taken when the first
// VM has failed and the second has just started, when VF_SCREENSHOT_DIR is set. The
// failure's message is shown in full below the rows.
TEST_F(MigrationProgressDialogTest, MixedStatesRenderForTheScreenshot)
{
    std::unique_ptr<MigrationBatch> batch = makeBatch(4, 1);
    MigrationProgressDialog dialog(batch.get(), QStringLiteral("kvm-a"), QStringLiteral("kvm-b"));
    dialog.resize(820, 300);
    dialog.show();
    QPixmap picture;
    QObject::connect(batch.get(), &MigrationBatch::itemStateChanged, &dialog,
                     [&](int index, MigrationBatch::ItemState state) {
                         if (index == 1 && state == MigrationBatch::ItemState::Preparing && picture.isNull())
                             picture = dialog.grab();
                     });
    QSignalSpy finished(batch.get(), &MigrationBatch::finished);
    batch->start();
    batch->cancelItem(3);
    ASSERT_TRUE(QTest::qWaitFor([&] { return finished.count() == 1; }, 20000));
    ASSERT_FALSE(picture.isNull());
    EXPECT_EQ(cell(dialog, 3, MigrationProgressDialog::StateColumn), QStringLiteral("Cancelled"));
    auto *message = dialog.findChild<QLabel *>(QStringLiteral("messageLabel"));
    ASSERT_NE(message, nullptr);
    EXPECT_TRUE(message->isVisible());
    EXPECT_TRUE(message->text().startsWith(m_pair.targets.at(2).name + QStringLiteral(": ")))
        << message->text();
    const QString directory = qEnvironmentVariable("VF_SCREENSHOT_DIR");
    if (!directory.isEmpty()) {
        const QString path = QDir(directory).filePath(QStringLiteral("migration-progress.png"));
        EXPECT_TRUE(picture.save(path)) << path;
    }
}

// The checks run again right before a VM starts: a destination that already holds the
// VM's UUID (here a second host made with the same UUIDs) fails the VM before any
// migration call, with the check's reason, and the others go on.
TEST_F(MigrationProgressDialogTest, AFailedPreflightCheckStopsThatVmBeforeItStarts)
{
    const ConnectionHandle clashing
        = TestDriverHosts::openHandle(m_hosts.writeNode(QStringLiteral("c"), 2, QStringLiteral("5a0a0000")));
    ASSERT_TRUE(clashing);
    MigrationPlan plan;
    plan.options.migrationUri = QStringLiteral("tcp://192.0.2.2:49152");
    QList<MigrationTarget> targets = m_pair.targets.mid(0, 3);
    std::sort(targets.begin(), targets.end(),
              [](const MigrationTarget &left, const MigrationTarget &right) { return left.uuid < right.uuid; });
    MigrationBatch batch(m_pair.source, clashing, QStringLiteral("test:///c"), targets, plan);
    QList<std::pair<int, MigrationBatch::ItemState>> order;
    QObject::connect(&batch, &MigrationBatch::itemStateChanged,
                     [&order](int index, MigrationBatch::ItemState state) { order.append({index, state}); });
    QSignalSpy finished(&batch, &MigrationBatch::finished);
    batch.start();
    ASSERT_TRUE(QTest::qWaitFor([&] { return finished.count() == 1; }, 20000));
    int clashes = 0;
    for (int index = 0; index < batch.count(); ++index) {
        EXPECT_EQ(batch.itemState(index), MigrationBatch::ItemState::Failed);
        const bool clash = batch.target(index).uuid.endsWith(QStringLiteral("000000000000"))
            || batch.target(index).uuid.endsWith(QStringLiteral("000000000001"));
        if (clash) {
            ++clashes;
            EXPECT_TRUE(batch.itemMessage(index).startsWith(QStringLiteral("Not started: a pre-flight check failed")))
                << batch.itemMessage(index);
            EXPECT_EQ(std::find(order.cbegin(), order.cend(), std::pair{index, MigrationBatch::ItemState::Preparing}),
                      order.cend())
                << "a VM whose checks failed was started";
        } else {
            EXPECT_TRUE(batch.itemMessage(index).contains(QStringLiteral("not supported"))) << batch.itemMessage(index);
        }
    }
    EXPECT_GE(clashes, 1) << "the fixture has no VM whose UUID is on the clashing host";
}

// Each VM moved by libvirt gets a tab with its monitor once its job starts; selecting its
// row shows the tab, and the tab shows the end: libvirt's message and where the VM is.
TEST_F(MigrationProgressDialogTest, EachLibvirtMigrationGetsAMonitorTabThatFollowsTheSelection)
{
    std::unique_ptr<MigrationBatch> batch = makeBatch(3, 1);
    MigrationProgressDialog dialog(batch.get(), QStringLiteral("host-a"), QStringLiteral("host-b"));
    dialog.show();
    QTabWidget *tabs = dialog.monitorTabs();
    ASSERT_NE(tabs, nullptr);
    EXPECT_EQ(tabs->count(), 0);
    EXPECT_FALSE(tabs->isVisible()) << "no job yet, no charts";
    int created = 0;
    QObject::connect(batch.get(), &MigrationBatch::itemSeriesCreated, [&created] { ++created; });
    QSignalSpy finished(batch.get(), &MigrationBatch::finished);
    batch->start();
    ASSERT_TRUE(QTest::qWaitFor([&] { return finished.count() == 1; }, 20000));
    ASSERT_EQ(created, 3) << "every VM's libvirt job started (and failed on the test driver)";
    ASSERT_EQ(tabs->count(), 3);
    EXPECT_TRUE(tabs->isVisible());
    for (int index = 0; index < 3; ++index) {
        MigrationMonitorWidget *monitor = dialog.monitor(index);
        ASSERT_NE(monitor, nullptr) << index;
        EXPECT_EQ(tabs->indexOf(monitor), index) << "tabs in the rows' order";
        EXPECT_EQ(tabs->tabText(index), m_pair.targets.at(index).name);
        EXPECT_EQ(monitor->series(), batch->itemSeries(index));
    }
    tree(dialog)->topLevelItem(2)->setSelected(true);
    EXPECT_EQ(tabs->currentWidget(), dialog.monitor(2));
    tree(dialog)->clearSelection();
    tree(dialog)->topLevelItem(1)->setSelected(true);
    EXPECT_EQ(tabs->currentWidget(), dialog.monitor(1));

    MigrationMonitorWidget *monitor = dialog.monitor(1);
    auto *result = monitor->findChild<QWidget *>(QStringLiteral("resultGroupBox"));
    ASSERT_NE(result, nullptr);
    EXPECT_TRUE(result->isVisible());
    const QString headline = monitor->findChild<QLabel *>(QStringLiteral("resultHeadlineLabel"))->text();
    EXPECT_TRUE(headline.contains(QStringLiteral("Failed"))) << headline;
    EXPECT_TRUE(headline.contains(QStringLiteral("not supported"))) << headline;
    const QString location = monitor->findChild<QLabel *>(QStringLiteral("locationValueLabel"))->text();
    EXPECT_TRUE(location.contains(QStringLiteral("host-a"))) << location;
    EXPECT_FALSE(monitor->findChild<QPushButton *>(QStringLiteral("abortButton"))->isEnabled());

    // The tabs outlive the batch (and its series).
    batch.reset();
    EXPECT_EQ(tabs->count(), 3);
    EXPECT_EQ(dialog.monitor(1)->series(), nullptr);
}
