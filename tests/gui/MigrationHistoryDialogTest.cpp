// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: Virt Ferry contributors
// The migration history window over a MigrationHistory in a temporary directory, with
// jobs whose samples are the lab recordings (tests/data/migration-recordings).
#include "JobStats.h"
#include "MigrationChartsWidget.h"
#include "MigrationHistory.h"
#include "MigrationHistoryDialog.h"
#include "MigrationRecords.h"
#include "MigrationSeries.h"
#include "QtPrinting.h"

#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <gtest/gtest.h>

#include <memory>

namespace {

QString readRecordingText(const QString &name)
{
    QFile file(QStringLiteral(VF_TEST_DATA_DIR "/migration-recordings/%1.csv").arg(name));
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return {};
    return QString::fromUtf8(file.readAll());
}

class MigrationHistoryDialogTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_history = std::make_unique<MigrationHistory>(m_dir.filePath(QStringLiteral("migrations")));
        // Oldest first, as they would have run.
        m_sharedId = addRecord(QStringLiteral("web-1"), QStringLiteral("11111111-0000-0000-0000-000000000001"),
                               QStringLiteral("kvm-a"), QStringLiteral("kvm-b"), QStringLiteral("completed"),
                               QStringLiteral("live-shared"));
        addRecord(QStringLiteral("db-1"), QStringLiteral("22222222-0000-0000-0000-000000000002"),
                  QStringLiteral("kvm-b"), QStringLiteral("kvm-c"), QStringLiteral("failed"), {});
        m_storageId = addRecord(QStringLiteral("web-1"), QStringLiteral("11111111-0000-0000-0000-000000000001"),
                                QStringLiteral("kvm-b"), QStringLiteral("kvm-a"), QStringLiteral("completed"),
                                QStringLiteral("live-copy-storage"));
    }

    QString addRecord(const QString &vm, const QString &uuid, const QString &source, const QString &destination,
                      const QString &result, const QString &recording)
    {
        MigrationRecord record = completedMigrationRecord(uuid, vm, source, destination,
            QDateTime::currentDateTimeUtc().addSecs(-600 + 60 * m_history->records().size()));
        record.method = QStringLiteral("Live migration");
        record.durationMs = 12000;
        record.downtimeMs = 27;
        record.bytesTransferred = 140ULL * 1024 * 1024;
        record.result = result;
        record.message = result == QLatin1String("failed") ? QStringLiteral("unable to connect to server") : QString();
        std::unique_ptr<MigrationSeries> series;
        if (!recording.isEmpty()) {
            QString error;
            series.reset(MigrationSeries::fromCsv(readRecordingText(recording), &error));
            EXPECT_NE(series, nullptr) << error;
        }
        QString error;
        EXPECT_TRUE(m_history->add(record, series.get(), &error)) << error;
        return m_history->records().constLast().id;
    }

    static QTreeWidget *tree(MigrationHistoryDialog &dialog)
    {
        return dialog.findChild<QTreeWidget *>(QStringLiteral("recordsTreeWidget"));
    }

    QTemporaryDir m_dir;
    std::unique_ptr<MigrationHistory> m_history;
    QString m_sharedId;
    QString m_storageId;
};

} // namespace

TEST_F(MigrationHistoryDialogTest, ListsTheRecordsNewestFirstAndFilters)
{
    MigrationHistoryDialog dialog(m_history.get());
    dialog.show();
    ASSERT_NE(tree(dialog), nullptr);
    ASSERT_EQ(tree(dialog)->topLevelItemCount(), 3);
    EXPECT_EQ(dialog.visibleRecordCount(), 3);
    QTreeWidgetItem *newest = tree(dialog)->topLevelItem(0);
    EXPECT_EQ(newest->data(MigrationHistoryDialog::VmColumn, MigrationHistoryDialog::kRecordIdRole).toString(),
              m_storageId);
    EXPECT_EQ(newest->text(MigrationHistoryDialog::SourceColumn), QStringLiteral("kvm-b"));
    EXPECT_EQ(newest->text(MigrationHistoryDialog::DestinationColumn), QStringLiteral("kvm-a"));
    EXPECT_EQ(newest->text(MigrationHistoryDialog::ModeColumn), QStringLiteral("Live, on shared storage"));
    EXPECT_TRUE(newest->text(MigrationHistoryDialog::FlagsColumn).contains(QStringLiteral("live")));
    EXPECT_EQ(newest->text(MigrationHistoryDialog::DurationColumn), QStringLiteral("12 s"));
    EXPECT_EQ(newest->text(MigrationHistoryDialog::DowntimeColumn), QStringLiteral("27 ms"));
    EXPECT_EQ(newest->text(MigrationHistoryDialog::BytesColumn), QStringLiteral("140.0 MiB"));
    EXPECT_EQ(newest->text(MigrationHistoryDialog::ResultColumn), QStringLiteral("Completed"));
    EXPECT_EQ(tree(dialog)->topLevelItem(1)->text(MigrationHistoryDialog::ResultColumn), QStringLiteral("Failed"));
    EXPECT_EQ(tree(dialog)->topLevelItem(1)->toolTip(MigrationHistoryDialog::ResultColumn),
              QStringLiteral("unable to connect to server"));

    auto *filter = dialog.findChild<QLineEdit *>(QStringLiteral("filterLineEdit"));
    ASSERT_NE(filter, nullptr);
    filter->setText(QStringLiteral("failed"));
    EXPECT_EQ(dialog.visibleRecordCount(), 1);
    filter->setText(QStringLiteral("KVM-C"));
    EXPECT_EQ(dialog.visibleRecordCount(), 1);
    filter->setText(QStringLiteral("web"));
    EXPECT_EQ(dialog.visibleRecordCount(), 2);
    filter->clear();

    // A job finished while the window is open shows up on top.
    const QString added = addRecord(QStringLiteral("cache-1"), QStringLiteral("33333333-0000-0000-0000-000000000003"),
                                    QStringLiteral("kvm-a"), QStringLiteral("kvm-c"), QStringLiteral("cancelled"), {});
    ASSERT_EQ(tree(dialog)->topLevelItemCount(), 4);
    EXPECT_EQ(tree(dialog)->topLevelItem(0)->data(0, MigrationHistoryDialog::kRecordIdRole).toString(), added);
}

TEST_F(MigrationHistoryDialogTest, PerVmAndPerHostViewsHoldOnlyTheirJobs)
{
    MigrationHistoryDialog vmDialog(m_history.get());
    vmDialog.setVmFilter(QStringLiteral("11111111-0000-0000-0000-000000000001"), QStringLiteral("web-1"));
    EXPECT_EQ(vmDialog.visibleRecordCount(), 2);
    EXPECT_TRUE(vmDialog.windowTitle().contains(QStringLiteral("web-1")));

    MigrationHistoryDialog hostDialog(m_history.get());
    hostDialog.setHostFilter(QStringLiteral("kvm-c"));
    EXPECT_EQ(hostDialog.visibleRecordCount(), 1);
    hostDialog.setHostFilter(QStringLiteral("kvm-a"));
    EXPECT_EQ(hostDialog.visibleRecordCount(), 2) << "as source or as destination";
    // A job of another host does not appear in this view when it finishes.
    addRecord(QStringLiteral("x"), QStringLiteral("44444444-0000-0000-0000-000000000004"), QStringLiteral("kvm-b"),
              QStringLiteral("kvm-c"), QStringLiteral("completed"), {});
    EXPECT_EQ(hostDialog.visibleRecordCount(), 2);
}

TEST_F(MigrationHistoryDialogTest, ASelectedJobShowsItsChartsAndExportsItsSamples)
{
    MigrationHistoryDialog dialog(m_history.get());
    dialog.resize(1100, 760);
    dialog.show();
    auto *exportCsv = dialog.findChild<QPushButton *>(QStringLiteral("exportCsvButton"));
    ASSERT_NE(exportCsv, nullptr);
    EXPECT_FALSE(exportCsv->isEnabled()) << "nothing selected";

    // The failed job stored no samples: no charts, and it says so.
    dialog.selectRecord(tree(dialog)->topLevelItem(1)->data(0, MigrationHistoryDialog::kRecordIdRole).toString());
    EXPECT_EQ(dialog.selectedSeries(), nullptr);
    EXPECT_FALSE(exportCsv->isEnabled());
    EXPECT_TRUE(dialog.findChild<QLabel *>(QStringLiteral("recordDetailsLabel"))->text().contains(
        QStringLiteral("No samples")));
    EXPECT_TRUE(dialog.findChild<QLabel *>(QStringLiteral("recordDetailsLabel"))->text().contains(
        QStringLiteral("unable to connect to server")));

    dialog.selectRecord(m_storageId);
    ASSERT_EQ(dialog.selectedRecordId(), m_storageId);
    MigrationSeries *series = dialog.selectedSeries();
    ASSERT_NE(series, nullptr);
    EXPECT_TRUE(exportCsv->isEnabled());
    const QString original = readRecordingText(QStringLiteral("live-copy-storage"));
    QString error;
    const std::optional<QList<JobStats>> recorded = JobStatsCsv::read(original, &error);
    ASSERT_TRUE(recorded.has_value()) << error;
    ASSERT_EQ(series->samples().size(), recorded->size());
    MigrationChartsWidget *charts = dialog.charts();
    charts->flush();
    EXPECT_TRUE(charts->isChartShown(MigrationChartsWidget::ChartKind::Disk));
    const auto disk = std::count_if(series->samples().cbegin(), series->samples().cend(), [](const MigrationSample &s) {
        return s.stats.value(JobStats::Field::DiskTotal).value_or(0) > 0 && s.stats.has(JobStats::Field::DiskProcessed);
    });
    EXPECT_GT(disk, 0);
    EXPECT_EQ(charts->pointCount(MigrationChartsWidget::ChartKind::Disk), int(disk));

    // The CSV export reads back as the recorded samples.
    const QString csvPath = m_dir.filePath(QStringLiteral("export.csv"));
    ASSERT_TRUE(dialog.exportCsv(csvPath, &error)) << error;
    QFile file(csvPath);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const std::optional<QList<JobStats>> back = JobStatsCsv::read(QString::fromUtf8(file.readAll()), &error);
    ASSERT_TRUE(back.has_value()) << error;
    EXPECT_EQ(*back, *recorded);

    const QString pngPath = m_dir.filePath(QStringLiteral("charts.png"));
    ASSERT_TRUE(dialog.exportPng(pngPath));
    EXPECT_FALSE(QImage(pngPath).isNull());

    // Another selection replaces the charts.
    dialog.selectRecord(m_sharedId);
    ASSERT_NE(dialog.selectedSeries(), nullptr);
    charts->flush();
    EXPECT_FALSE(charts->isChartShown(MigrationChartsWidget::ChartKind::Disk));
    EXPECT_EQ(dialog.selectedSeries()->samples().size(), JobStatsCsv::read(readRecordingText(QStringLiteral("live-shared")), &error)->size());
}
