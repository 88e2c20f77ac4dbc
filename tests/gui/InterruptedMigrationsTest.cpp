// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: Virt Ferry contributors
// The interrupted migrations an earlier run left in the journal, shown with what the hosts
// answered: the dialog on two test-driver hosts, and the main window finding them once the
// source host connects.
#include "ConnectionManager.h"
#include "InterruptedMigrationsDialog.h"
#include "MainWindow.h"
#include "MigrationHistory.h"
#include "MigrationJournal.h"
#include "QtPrinting.h"
#include "ReliabilityRecord.h"
#include "TestDriverHosts.h"

#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <gtest/gtest.h>

#include <memory>

namespace {

class InterruptedMigrationsTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_hosts.isValid());
        m_pair = m_hosts.openPair(3);
        ASSERT_TRUE(m_pair.source && m_pair.destination);
        ASSERT_FALSE(m_pair.targets.isEmpty());
        m_journal = std::make_unique<MigrationJournal>(m_hosts.filePath(QStringLiteral("migrations")));
        m_history = std::make_unique<MigrationHistory>(m_hosts.filePath(QStringLiteral("migrations")));
    }

    MigrationJournalEntry journalled(const MigrationTarget &target)
    {
        MigrationJournalEntry entry;
        entry.vmUuid = target.uuid;
        entry.vmName = target.name;
        entry.sourceUri = QStringLiteral("test:///a");
        entry.sourceName = QStringLiteral("host-a");
        entry.destinationUri = QStringLiteral("test:///b");
        entry.destinationName = QStringLiteral("host-b");
        entry.method = QStringLiteral("libvirt migration");
        entry.mode = QStringLiteral("live-shared");
        entry.started = QDateTime::currentDateTimeUtc().addSecs(-60);
        EXPECT_TRUE(m_journal->add(entry));
        return entry;
    }

    TestDriverHosts m_hosts;
    TestDriverHosts::Pair m_pair;
    std::unique_ptr<MigrationJournal> m_journal;
    std::unique_ptr<MigrationHistory> m_history;
};

} // namespace

TEST_F(InterruptedMigrationsTest, ShowsWhereTheVmEndedRecordsItAndEmptiesTheJournal)
{
    Reliability::describe(Reliability::Area::FaultMatrix,
        QStringLiteral("App restarted with a journalled migration whose VM stayed on the source"),
        QStringLiteral("Dialog asked both test-driver hosts about the journal entry"));
    const MigrationJournalEntry entry = journalled(m_pair.targets.first());
    InterruptedMigrationsDialog dialog(m_journal.get(), m_history.get());
    dialog.show();
    auto *tree = dialog.findChild<QTreeWidget *>(QStringLiteral("migrationsTreeWidget"));
    auto *watch = dialog.findChild<QPushButton *>(QStringLiteral("watchPushButton"));
    ASSERT_NE(tree, nullptr);
    ASSERT_NE(watch, nullptr);
    QSignalSpy shown(&dialog, &InterruptedMigrationsDialog::fateShown);

    dialog.check(entry, m_pair.source, m_pair.destination);
    EXPECT_TRUE(dialog.isChecking(entry.id));
    EXPECT_EQ(dialog.fateText(entry.id), QStringLiteral("Checking…"));
    ASSERT_EQ(tree->topLevelItemCount(), 1);
    EXPECT_EQ(tree->topLevelItem(0)->text(InterruptedMigrationsDialog::VmColumn), entry.vmName);
    EXPECT_EQ(tree->topLevelItem(0)->text(InterruptedMigrationsDialog::SourceColumn), QStringLiteral("host-a"));
    ASSERT_TRUE(shown.wait(10000));

    const QString text = tree->topLevelItem(0)->text(InterruptedMigrationsDialog::FateColumn);
    Reliability::showed(text);
    EXPECT_EQ(text, QStringLiteral("Ended: the virtual machine runs on host-a."));
    EXPECT_FALSE(dialog.isChecking(entry.id));
    EXPECT_FALSE(watch->isEnabled()) << "nothing runs to watch";
    EXPECT_TRUE(m_journal->entries().isEmpty()) << "a settled migration leaves the journal";
    ASSERT_EQ(m_history->records().size(), 1);
    EXPECT_EQ(m_history->records().first().finalHost, QStringLiteral("source"));
    EXPECT_EQ(m_history->records().first().message, text);
    // The cell is narrow; the selected row's whole account shows below the table.
    tree->setCurrentItem(tree->topLevelItem(0));
    EXPECT_EQ(dialog.findChild<QLabel *>(QStringLiteral("detailLabel"))->text(), text);
}

TEST_F(InterruptedMigrationsTest, ARunningMigrationOffersWatchAndStaysJournalledUntilItEnds)
{
    MigrationJournalEntry entry = journalled(m_pair.targets.first());
    InterruptedMigrationsDialog dialog(m_journal.get(), m_history.get());
    dialog.show();
    auto *watch = dialog.findChild<QPushButton *>(QStringLiteral("watchPushButton"));
    ASSERT_NE(watch, nullptr);

    // What the resolver reports for a job still running on the source (the lab's case).
    MigrationFate running;
    running.jobRunning = true;
    running.where = MigrationFate::Where::Source;
    running.onSource = MigrationFate::Presence::Active;
    running.onDestination = MigrationFate::Presence::Incoming;
    running.percent = 42.4;
    dialog.check(entry, m_pair.source, m_pair.destination); // holds the connections for Watch
    ASSERT_TRUE(QTest::qWaitFor([&] { return !dialog.isChecking(entry.id); }, 10000));
    ASSERT_TRUE(m_journal->add(entry)) << "put back for this case";
    dialog.showFate(entry, running);
    EXPECT_EQ(dialog.fateText(entry.id), QStringLiteral("Still migrating to host-b: 42 % done."));
    dialog.selectEntry(entry.id);
    EXPECT_TRUE(watch->isEnabled());
    EXPECT_EQ(m_journal->entries().size(), 1) << "not over: the entry stays";

    // Watching a VM without a job: the monitor gets no sample; asking again settles it.
    QTest::mouseClick(watch, Qt::LeftButton);
    EXPECT_TRUE(dialog.isWatching(entry.id));
    EXPECT_FALSE(watch->isEnabled());
    ASSERT_TRUE(QTest::qWaitFor([&] { return m_journal->entries().isEmpty(); },
        InterruptedMigrationsDialog::kWatchRecheckMs + 10000));
    EXPECT_EQ(dialog.fateText(entry.id), QStringLiteral("Ended: the virtual machine runs on host-a."));
    EXPECT_FALSE(dialog.isWatching(entry.id));
    EXPECT_FALSE(watch->isEnabled());
}

TEST_F(InterruptedMigrationsTest, TheMainWindowChecksLeftoversOnceTheSourceConnects)
{
    Reliability::describe(Reliability::Area::FaultMatrix,
        QStringLiteral("App started with a migration left in its journal"),
        QStringLiteral("Main window opened; the entry's source host connected"));
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    QSettings settings(dir.filePath(QStringLiteral("settings.conf")), QSettings::IniFormat);
    ConnectionManager manager(&settings);
    const QString uri = m_hosts.writeNode(QStringLiteral("main"), 3, QStringLiteral("5d0d0000"));
    const QList<MigrationTarget> vms = TestDriverHosts::runningVms(TestDriverHosts::openHandle(uri));
    ASSERT_FALSE(vms.isEmpty());
    MigrationJournalEntry entry = journalled(vms.first());
    ASSERT_TRUE(m_journal->remove(entry.id));
    entry.id.clear();
    entry.sourceUri = uri;
    entry.sourceName = QStringLiteral("rack-1");
    ASSERT_TRUE(m_journal->add(entry));

    MainWindow window(&manager);
    window.setMigrationHistory(m_history.get());
    window.setMigrationJournal(m_journal.get());
    window.show();
    EXPECT_EQ(window.interruptedMigrationsDialog(), nullptr);
    ConnectionConfig config = ConnectionConfig::fromUri(uri);
    config.autoconnect = false;
    Connection *connection = manager.add(config);
    connection->open();
    ASSERT_TRUE(QTest::qWaitFor([&] { return window.interruptedMigrationsDialog() != nullptr; }, 10000));
    InterruptedMigrationsDialog *dialog = window.interruptedMigrationsDialog();
    EXPECT_TRUE(dialog->isVisible()) << "shown without blocking the window";
    EXPECT_FALSE(dialog->isModal());
    ASSERT_TRUE(QTest::qWaitFor([&] { return m_journal->entries().isEmpty(); }, 10000));
    Reliability::showed(dialog->fateText(entry.id));
    EXPECT_EQ(dialog->fateText(entry.id), QStringLiteral("Ended: the virtual machine runs on rack-1."));
    EXPECT_EQ(dialog->rowCount(), 1);
    ASSERT_EQ(m_history->records().size(), 1);
    EXPECT_EQ(m_history->records().first().vmUuid, entry.vmUuid);
}
