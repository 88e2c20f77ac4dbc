// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: Virt Ferry contributors
// The migration monitor (charts, figures, convergence warning, live controls) fed by the
// job statistics recorded in lab migrations (tests/data/migration-recordings), replayed
// sample by sample as MigrationBatch feeds a live series. The test driver cannot migrate,
// so no MigrationJob ever runs here: the controls are checked up to the batch (abort) and
// the widget's request signals (bandwidth, downtime); the lab tests drive a real job.
#include "ConnectionHandle.h"
#include "JobStats.h"
#include "LibvirtHandles.h"
#include "MigrationBatch.h"
#include "MigrationChartsWidget.h"
#include "MigrationMonitorWidget.h"
#include "MigrationSeries.h"
#include "MigrationUnits.h"
#include "NodeXmlGenerator.h"
#include "QtPrinting.h"
#include "StorageTypes.h"

#include <QChart>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <gtest/gtest.h>

#include <memory>

namespace {

using Chart = MigrationChartsWidget::ChartKind;
using Figure = MigrationMonitorWidget::Figure;

QString readRecordingText(const QString &name)
{
    QFile file(QStringLiteral(VF_TEST_DATA_DIR "/migration-recordings/%1.csv").arg(name));
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return {};
    return QString::fromUtf8(file.readAll());
}

QList<JobStats> readRecording(const QString &name)
{
    QString error;
    const std::optional<QList<JobStats>> samples = JobStatsCsv::read(readRecordingText(name), &error);
    EXPECT_TRUE(samples.has_value()) << name << ": " << error;
    return samples.value_or(QList<JobStats>{});
}

class MigrationMonitorTest : public ::testing::Test
{
protected:
    // A monitor watching a fresh series, fed the recording one sample at a time with the
    // events in between, as the batch feeds it during a migration.
    void replay(const QString &name, bool finish)
    {
        m_samples = readRecording(name);
        ASSERT_GT(m_samples.size(), 10) << name;
        m_monitor.setSeries(&m_series);
        m_monitor.resize(1180, 680);
        m_monitor.show();
        for (const JobStats &stats : std::as_const(m_samples)) {
            m_series.append(stats);
            m_bannerEverShown = m_bannerEverShown || m_monitor.isConvergenceWarningShown();
        }
        if (finish) {
            const QList<JobStats> completed = readRecording(name + QStringLiteral("-completed"));
            ASSERT_EQ(completed.size(), 1);
            m_series.finish(completed.first(), MigrationPhase::Completed, {});
        }
        m_monitor.charts()->flush();
    }

    // How many samples a chart line must have drawn: those where the value is known and
    // means something (memory only once memory moves).
    int expectedPoints(const std::function<bool(const MigrationSample &)> &drawn) const
    {
        return int(std::count_if(m_series.samples().cbegin(), m_series.samples().cend(), drawn));
    }
    static bool memoryMoves(const MigrationSample &sample)
    {
        return sample.phase != MigrationPhase::Setup && sample.phase != MigrationPhase::DiskCopy;
    }

    MigrationSeries m_series;
    MigrationMonitorWidget m_monitor;
    QList<JobStats> m_samples;
    bool m_bannerEverShown = false;
};

} // namespace

TEST_F(MigrationMonitorTest, ARecordingDrawsEverySampleWithItsMarkersAndFigures)
{
    replay(QStringLiteral("live-shared"), true);
    MigrationChartsWidget *charts = m_monitor.charts();
    ASSERT_EQ(m_series.samples().size(), m_samples.size());

    // Memory: one point per sample once memory moves (the first sample, before the
    // destination was ready, has only the elapsed time).
    const int memorySamples = expectedPoints([](const MigrationSample &sample) {
        return memoryMoves(sample) && sample.stats.has(JobStats::Field::MemoryProcessed);
    });
    EXPECT_GE(memorySamples, int(m_samples.size()) - 4) << "only the first ~0.5 s have no memory figures";
    EXPECT_EQ(charts->pointCount(Chart::Memory), memorySamples);
    EXPECT_EQ(charts->pointCount(Chart::Memory, 1), expectedPoints([](const MigrationSample &sample) {
        return memoryMoves(sample) && sample.stats.has(JobStats::Field::MemoryRemaining);
    }));
    const int rateSamples = expectedPoints([](const MigrationSample &sample) { return sample.transferBytesPerSecond.has_value(); });
    EXPECT_GT(rateSamples, 30);
    EXPECT_EQ(charts->pointCount(Chart::Rates), rateSamples);
    EXPECT_EQ(charts->pointCount(Chart::Rates, 1),
              expectedPoints([](const MigrationSample &sample) { return sample.dirtyBytesPerSecond.has_value(); }));
    EXPECT_EQ(charts->pointCount(Chart::Downtime), expectedPoints([](const MigrationSample &sample) {
        return sample.stats.isActive() && sample.stats.has(JobStats::Field::Downtime);
    }));
    EXPECT_FALSE(charts->isChartShown(Chart::Disk)) << "no storage copy: no disk chart";
    EXPECT_EQ(charts->pointCount(Chart::Disk), 0);

    // Axes in human units: 128 MiB of RAM in MiB, ~8 MiB/s, ~12 s.
    EXPECT_EQ(charts->yUnitName(Chart::Memory), QStringLiteral("MiB"));
    EXPECT_EQ(charts->yUnitName(Chart::Rates), QStringLiteral("MiB/s"));
    EXPECT_EQ(charts->xUnitName(), QStringLiteral("s"));
    const QString hover = charts->hoverText(Chart::Memory, 0, QPointF(5, 64));
    EXPECT_TRUE(hover.contains(QStringLiteral("64.0 MiB")) && hover.contains(QStringLiteral("5 s"))) << hover;

    // A marker for each of the series' markers (at least the second pass), with its text.
    ASSERT_FALSE(m_series.markers().isEmpty());
    EXPECT_EQ(charts->markerCount(), m_series.markers().size());
    QStringList texts;
    for (const MigrationMarker &marker : m_series.markers())
        texts.append(marker.text);
    EXPECT_EQ(charts->markerTexts(), texts);

    // The figures show the last sample, formatted.
    const std::optional<MigrationSample> latest = m_series.latest();
    ASSERT_TRUE(latest.has_value());
    const JobStats &stats = latest->stats;
    ASSERT_TRUE(stats.has(JobStats::Field::MemoryTotal));
    EXPECT_EQ(m_monitor.figureText(Figure::RamTotal), formatBytes(*stats.value(JobStats::Field::MemoryTotal)));
    EXPECT_EQ(m_monitor.figureText(Figure::RamTransferred),
              formatBytes(*stats.value(JobStats::Field::MemoryProcessed)));
    EXPECT_EQ(m_monitor.figureText(Figure::RamRemaining),
              formatBytes(*stats.value(JobStats::Field::MemoryRemaining)));
    ASSERT_TRUE(latest->transferBytesPerSecond.has_value());
    ASSERT_GT(*latest->transferBytesPerSecond, 1024.0 * 1024.0);
    ASSERT_LT(*latest->transferBytesPerSecond, 1024.0 * 1024.0 * 1024.0);
    EXPECT_EQ(m_monitor.figureText(Figure::Rate),
              QLocale().toString(*latest->transferBytesPerSecond / (1024.0 * 1024.0), 'f', 1) + QStringLiteral(" MiB/s"));
    // Once completed, the pass count is libvirt's (the switch-over passes come after the
    // last sample), the same as the summary's.
    EXPECT_EQ(m_monitor.figureText(Figure::Iteration), QString::number(m_series.summary().iterations));
    // Finished: the phase is the outcome, not the last sample's.
    ASSERT_EQ(m_series.phase(), MigrationPhase::Completed);
    EXPECT_EQ(m_monitor.figureText(Figure::Phase), MigrationSeries::phaseText(MigrationPhase::Completed));
    EXPECT_EQ(m_monitor.figureText(Figure::Status), QStringLiteral("Completed"));
    // No storage copy: the disk fields libvirt sends as 0 mean nothing.
    EXPECT_EQ(m_monitor.figureText(Figure::DiskTotal), QStringLiteral("—"));

    // The result: measured downtime of the completed statistics, total time.
    auto *result = m_monitor.findChild<QWidget *>(QStringLiteral("resultGroupBox"));
    ASSERT_NE(result, nullptr);
    EXPECT_TRUE(result->isVisible());
    const MigrationSummary summary = m_series.summary();
    ASSERT_TRUE(summary.downtimeMs.has_value());
    EXPECT_EQ(m_monitor.findChild<QLabel *>(QStringLiteral("measuredDowntimeValueLabel"))->text(),
              QStringLiteral("%1 ms").arg(*summary.downtimeMs));
    EXPECT_FALSE(m_monitor.findChild<QWidget *>(QStringLiteral("controlsGroupBox"))->isVisible())
        << "a series without a batch has nothing to steer";
}

TEST_F(MigrationMonitorTest, BeforeTheDestinationIsReadyTheFiguresAreUnknownNotZero)
{
    const QList<JobStats> samples = readRecording(QStringLiteral("live-shared"));
    ASSERT_FALSE(samples.isEmpty());
    // The first sample: elapsed time only, memory fields 0.
    ASSERT_EQ(samples.first().value(JobStats::Field::MemoryProcessed).value_or(1), 0u);
    m_monitor.setSeries(&m_series);
    m_series.append(samples.first());
    ASSERT_TRUE(m_series.latest().has_value());
    EXPECT_EQ(m_series.latest()->phase, MigrationPhase::Setup);
    for (Figure figure : {Figure::RamTransferred, Figure::RamRemaining, Figure::RamTotal, Figure::DiskTransferred,
                          Figure::Rate, Figure::DirtyRate, Figure::Iteration, Figure::Eta})
        EXPECT_EQ(m_monitor.figureText(figure), QStringLiteral("—")) << int(figure);
    EXPECT_EQ(m_monitor.figureText(Figure::Status), QStringLiteral("Active"));
    m_monitor.charts()->flush();
    EXPECT_EQ(m_monitor.charts()->pointCount(Chart::Memory), 0) << "no line along the floor";
}

TEST_F(MigrationMonitorTest, AStorageCopyShowsTheDiskChartAndNoMemoryWhileDisksCopy)
{
    replay(QStringLiteral("live-copy-storage"), true);
    MigrationChartsWidget *charts = m_monitor.charts();
    EXPECT_TRUE(charts->isChartShown(Chart::Disk));
    const int diskSamples = expectedPoints([](const MigrationSample &sample) {
        return sample.stats.value(JobStats::Field::DiskTotal).value_or(0) > 0
            && sample.stats.has(JobStats::Field::DiskProcessed);
    });
    EXPECT_GT(diskSamples, 20);
    EXPECT_EQ(charts->pointCount(Chart::Disk), diskSamples);
    const int diskCopySamples = expectedPoints(
        [](const MigrationSample &sample) { return sample.phase == MigrationPhase::DiskCopy; });
    EXPECT_GT(diskCopySamples, 10) << "the recording starts with ~8 s of disk copy";
    EXPECT_EQ(charts->pointCount(Chart::Memory), expectedPoints([](const MigrationSample &sample) {
        return memoryMoves(sample) && sample.stats.has(JobStats::Field::MemoryProcessed);
    }));
    EXPECT_LE(charts->pointCount(Chart::Memory), int(m_samples.size()) - diskCopySamples);
    const std::optional<MigrationSample> latest = m_series.latest();
    ASSERT_TRUE(latest.has_value());
    const JobStats &last = latest->stats;
    EXPECT_EQ(m_monitor.figureText(Figure::DiskTotal), formatBytes(*last.value(JobStats::Field::DiskTotal)));
    EXPECT_EQ(m_monitor.figureText(Figure::DiskTransferred), formatBytes(*last.value(JobStats::Field::DiskProcessed)));
}

TEST_F(MigrationMonitorTest, TheConvergenceWarningShowsForTheNonConvergingRecordingOnly)
{
    replay(QStringLiteral("not-converging"), false);
    EXPECT_TRUE(m_series.isNotConverging());
    EXPECT_TRUE(m_monitor.isConvergenceWarningShown());
    auto *banner = m_monitor.findChild<QLabel *>(QStringLiteral("convergenceBannerLabel"));
    ASSERT_NE(banner, nullptr);
    EXPECT_TRUE(banner->isVisible());
    const QStringList advice = m_series.convergenceAdvice();
    ASSERT_FALSE(advice.isEmpty());
    for (const QString &choice : advice)
        EXPECT_TRUE(banner->text().contains(choice.toHtmlEscaped())) << choice;
    // Many passes: many markers, and the charts carry each one.
    EXPECT_GT(m_monitor.charts()->markerCount(), 10);
    EXPECT_EQ(m_monitor.charts()->markerCount(), m_series.markers().size());

    // Once aborted, there is nothing left to warn about.
    m_series.finish(std::nullopt, MigrationPhase::Cancelled, QStringLiteral("operation aborted: job cancelled"));
    EXPECT_FALSE(m_monitor.isConvergenceWarningShown());
    EXPECT_EQ(m_monitor.figureText(Figure::Status), QStringLiteral("Cancelled"));
}

TEST_F(MigrationMonitorTest, NoConvergenceWarningForAMigrationThatConverges)
{
    replay(QStringLiteral("live-shared"), false);
    EXPECT_FALSE(m_bannerEverShown);
    EXPECT_FALSE(m_monitor.isConvergenceWarningShown());
}

TEST_F(MigrationMonitorTest, SamplesExportAsCsvThatReadsBackAndChartsAsPng)
{
    replay(QStringLiteral("live-copy-storage"), false);
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString csvPath = dir.filePath(QStringLiteral("samples.csv"));
    QString error;
    ASSERT_TRUE(m_monitor.exportCsv(csvPath, &error)) << error;
    QFile file(csvPath);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const std::optional<QList<JobStats>> back = JobStatsCsv::read(QString::fromUtf8(file.readAll()), &error);
    ASSERT_TRUE(back.has_value()) << error;
    EXPECT_EQ(*back, m_samples);

    const QString pngPath = dir.filePath(QStringLiteral("charts.png"));
    ASSERT_TRUE(m_monitor.exportPng(pngPath));
    const QImage image(pngPath);
    EXPECT_FALSE(image.isNull());
    EXPECT_GE(image.width(), 500);
    EXPECT_FALSE(m_monitor.exportCsv(dir.filePath(QStringLiteral("missing/dir/x.csv")), &error));
    EXPECT_FALSE(error.isEmpty());
}

// A VM of a real batch between two test-driver hosts, before it starts: the controls are
// live (the VM waits), bandwidth and downtime are requested and kept until its migration
// runs, post-copy says why not, and Abort asks before it cancels the VM in the batch.
TEST_F(MigrationMonitorTest, ControlsGoThroughTheBatchAndAbortAsksFirst)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    auto openHost = [&](const QString &name, const QString &uuidPrefix) {
        const QString path = dir.filePath(QStringLiteral("node-%1.xml").arg(name));
        NodeXmlGenerator::Options options;
        options.domainCount = 2;
        options.namePrefix = QStringLiteral("vm-") + name;
        options.uuidPrefix = uuidPrefix;
        EXPECT_EQ(NodeXmlGenerator::write(path, options), QString());
        Libvirt::ConnectPtr connection(virConnectOpen((QStringLiteral("test://") + path).toUtf8().constData()));
        return shareConnection(connection.get());
    };
    const ConnectionHandle source = openHost(QStringLiteral("a"), QStringLiteral("5a0a0000"));
    const ConnectionHandle destination = openHost(QStringLiteral("b"), QStringLiteral("5b0b0000"));
    ASSERT_TRUE(source && destination);
    MigrationPlan plan;
    plan.options.bandwidthMiBs = 64;
    MigrationBatch batch(source, destination, QStringLiteral("test:///b"),
                         {MigrationTarget{QStringLiteral("5a0a0000-0000-0000-0000-000000000000"), QStringLiteral("vm-a0")}},
                         plan);
    m_monitor.setBatchItem(&batch, 0, &m_series, QStringLiteral("kvm-a"), QStringLiteral("kvm-b"));
    m_monitor.show();

    auto *controls = m_monitor.findChild<QWidget *>(QStringLiteral("controlsGroupBox"));
    ASSERT_NE(controls, nullptr);
    EXPECT_TRUE(controls->isVisible());
    auto *bandwidth = m_monitor.findChild<QSpinBox *>(QStringLiteral("bandwidthSpinBox"));
    auto *bandwidthApply = m_monitor.findChild<QPushButton *>(QStringLiteral("bandwidthApplyButton"));
    auto *downtime = m_monitor.findChild<QSpinBox *>(QStringLiteral("downtimeSpinBox"));
    auto *downtimeApply = m_monitor.findChild<QPushButton *>(QStringLiteral("downtimeApplyButton"));
    auto *postCopy = m_monitor.findChild<QPushButton *>(QStringLiteral("postCopyButton"));
    auto *abort = m_monitor.findChild<QPushButton *>(QStringLiteral("abortButton"));
    ASSERT_TRUE(bandwidth && bandwidthApply && downtime && downtimeApply && postCopy && abort);
    EXPECT_EQ(bandwidth->value(), 64) << "starts from the plan's bandwidth";

    QSignalSpy speedRequests(&m_monitor, &MigrationMonitorWidget::maxSpeedRequested);
    QSignalSpy downtimeRequests(&m_monitor, &MigrationMonitorWidget::maxDowntimeRequested);
    QSignalSpy abortRequests(&m_monitor, &MigrationMonitorWidget::abortRequested);
    ASSERT_TRUE(bandwidthApply->isEnabled());
    bandwidth->setValue(200);
    bandwidthApply->click();
    ASSERT_EQ(speedRequests.count(), 1);
    EXPECT_EQ(speedRequests.first().at(0).toULongLong(), 200u);
    auto *bandwidthResult = m_monitor.findChild<QLabel *>(QStringLiteral("bandwidthResultLabel"));
    EXPECT_TRUE(bandwidthResult->isVisible());
    EXPECT_TRUE(bandwidthResult->text().contains(QStringLiteral("once the migration runs"))) << bandwidthResult->text();
    downtime->setValue(750);
    downtimeApply->click();
    ASSERT_EQ(downtimeRequests.count(), 1);
    EXPECT_EQ(downtimeRequests.first().at(0).toULongLong(), 750u);

    EXPECT_FALSE(postCopy->isEnabled()) << "no running job that allowed post-copy";
    EXPECT_FALSE(postCopy->toolTip().isEmpty());

    // Abort asks; keeping going changes nothing.
    ASSERT_TRUE(abort->isEnabled());
    auto shownBox = [&]() -> QMessageBox * {
        for (QMessageBox *box : m_monitor.findChildren<QMessageBox *>(QStringLiteral("abortMessageBox"))) {
            if (box->isVisible())
                return box;
        }
        return nullptr;
    };
    abort->click();
    QMessageBox *box = shownBox();
    ASSERT_NE(box, nullptr);
    box->findChild<QPushButton *>(QStringLiteral("keepGoingButton"))->click();
    EXPECT_EQ(batch.itemState(0), MigrationBatch::ItemState::Queued);
    EXPECT_EQ(abortRequests.count(), 0);

    abort->click();
    box = shownBox();
    ASSERT_NE(box, nullptr);
    box->findChild<QPushButton *>(QStringLiteral("confirmAbortButton"))->click();
    EXPECT_EQ(abortRequests.count(), 1);
    EXPECT_EQ(batch.itemState(0), MigrationBatch::ItemState::Cancelled) << "batch->cancelItem was called";

    // Over: the controls are off, the values never sent say so, and the result shows.
    EXPECT_FALSE(bandwidthApply->isEnabled());
    EXPECT_FALSE(abort->isEnabled());
    EXPECT_TRUE(bandwidthResult->text().contains(QStringLiteral("Not sent"))) << bandwidthResult->text();
    auto *headline = m_monitor.findChild<QLabel *>(QStringLiteral("resultHeadlineLabel"));
    ASSERT_NE(headline, nullptr);
    EXPECT_TRUE(m_monitor.findChild<QWidget *>(QStringLiteral("resultGroupBox"))->isVisible());
    EXPECT_TRUE(headline->text().contains(QStringLiteral("Cancelled"))) << headline->text();
    EXPECT_TRUE(m_monitor.findChild<QLabel *>(QStringLiteral("locationValueLabel"))->text().contains(QStringLiteral("kvm-a")));
}

// Post-copy before and after the point of no return, on a VM of a real batch between two
// test-driver hosts that allows post-copy: the note and the question say that it cannot be
// undone or aborted, and once the series is in post-copy (the batch's marker) the abort is
// off with the reason next to it.
TEST_F(MigrationMonitorTest, PostCopyWarnsItCannotBeUndoneAndThenDisablesTheAbort)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("node-a.xml"));
    NodeXmlGenerator::Options nodeOptions;
    nodeOptions.domainCount = 1;
    nodeOptions.namePrefix = QStringLiteral("vm-a");
    nodeOptions.uuidPrefix = QStringLiteral("5a0a0000");
    ASSERT_EQ(NodeXmlGenerator::write(path, nodeOptions), QString());
    Libvirt::ConnectPtr connection(virConnectOpen((QStringLiteral("test://") + path).toUtf8().constData()));
    const ConnectionHandle source = shareConnection(connection.get());
    Libvirt::ConnectPtr other(virConnectOpen("test:///default"));
    const ConnectionHandle destination = shareConnection(other.get());
    ASSERT_TRUE(source && destination);
    MigrationPlan plan;
    plan.options.postCopyAllowed = true;
    MigrationBatch batch(source, destination, QStringLiteral("test:///default"),
                         {MigrationTarget{QStringLiteral("5a0a0000-0000-0000-0000-000000000000"), QStringLiteral("vm-a0")}},
                         plan);
    m_monitor.setBatchItem(&batch, 0, &m_series, QStringLiteral("kvm-a"), QStringLiteral("kvm-b"));
    m_monitor.show();

    auto *postCopy = m_monitor.findChild<QPushButton *>(QStringLiteral("postCopyButton"));
    auto *note = m_monitor.findChild<QLabel *>(QStringLiteral("postCopyNoteLabel"));
    auto *abort = m_monitor.findChild<QPushButton *>(QStringLiteral("abortButton"));
    auto *blocked = m_monitor.findChild<QLabel *>(QStringLiteral("abortBlockedLabel"));
    auto *postCopyResult = m_monitor.findChild<QLabel *>(QStringLiteral("postCopyResultLabel"));
    ASSERT_TRUE(postCopy && note && abort && blocked && postCopyResult);

    // Before: said next to the button, and the abort is still there.
    EXPECT_TRUE(note->isVisible());
    EXPECT_EQ(note->text(), QStringLiteral("Post-copy cannot be undone: once switched, the virtual machine runs on kvm-b "
                                           "and the migration can no longer be aborted."));
    EXPECT_FALSE(postCopy->isEnabled()) << "no running job yet";
    EXPECT_TRUE(abort->isEnabled());
    EXPECT_FALSE(blocked->isVisible());
    EXPECT_FALSE(m_monitor.isInPostCopy());

    // The switch asks first; keeping pre-copy sends nothing.
    QSignalSpy postCopyRequests(&m_monitor, &MigrationMonitorWidget::postCopyRequested);
    auto shownBox = [&]() -> QMessageBox * {
        for (QMessageBox *box : m_monitor.findChildren<QMessageBox *>(QStringLiteral("postCopyMessageBox"))) {
            if (box->isVisible())
                return box;
        }
        return nullptr;
    };
    // For docs/ when VF_SCREENSHOT_DIR is set: the question, and the window once switched.
    const QString screenshots = qEnvironmentVariable("VF_SCREENSHOT_DIR");
    m_monitor.requestPostCopy();
    QMessageBox *box = shownBox();
    ASSERT_NE(box, nullptr);
    if (!screenshots.isEmpty()) {
        EXPECT_TRUE(box->grab().save(QDir(screenshots).filePath(QStringLiteral("migration-postcopy-question.png"))));
    }
    EXPECT_TRUE(box->text().contains(QStringLiteral("This cannot be undone"))) << box->text();
    EXPECT_TRUE(box->text().contains(QStringLiteral("the migration cannot be aborted"))) << box->text();
    EXPECT_TRUE(box->text().contains(QStringLiteral("running on kvm-b"))) << box->text();
    EXPECT_TRUE(box->text().contains(QStringLiteral("comes from kvm-a"))) << box->text();
    auto *keep = box->findChild<QPushButton *>(QStringLiteral("keepPreCopyButton"));
    ASSERT_NE(keep, nullptr);
    EXPECT_EQ(box->defaultButton(), keep) << "the safe answer is the default";
    keep->click();
    EXPECT_EQ(postCopyRequests.count(), 0);
    EXPECT_EQ(batch.itemState(0), MigrationBatch::ItemState::Queued);

    // Confirmed without a running job: requested, and the answer says it cannot start.
    m_monitor.requestPostCopy();
    box = shownBox();
    ASSERT_NE(box, nullptr);
    box->findChild<QPushButton *>(QStringLiteral("confirmPostCopyButton"))->click();
    EXPECT_EQ(postCopyRequests.count(), 1);
    EXPECT_EQ(postCopyResult->text(), QStringLiteral("Post-copy cannot start now."));

    // In post-copy (the batch adds this marker when libvirt confirmed the switch).
    m_series.addMarker(MigrationMarker::Kind::PostCopyStarted, QStringLiteral("Switched to post-copy"));
    ASSERT_EQ(m_series.phase(), MigrationPhase::PostCopy);
    EXPECT_TRUE(m_monitor.isInPostCopy());
    const QString reason = QStringLiteral("Post-copy cannot be aborted: the VM already runs on kvm-b.");
    EXPECT_FALSE(abort->isEnabled());
    EXPECT_EQ(abort->toolTip(), reason);
    EXPECT_TRUE(blocked->isVisible());
    EXPECT_EQ(blocked->text(), reason);
    EXPECT_FALSE(note->isVisible()) << "the warning is past; the reason replaces it";
    EXPECT_FALSE(postCopyResult->isVisible()) << "the earlier \"cannot start now\" no longer holds";
    EXPECT_FALSE(postCopy->isEnabled());
    EXPECT_EQ(postCopy->toolTip(), QStringLiteral("Already in post-copy"));
    if (!screenshots.isEmpty()) {
        m_monitor.resize(1180, 980); // the steering section, with the disabled Abort, in view
        QTest::qWait(50);
        EXPECT_TRUE(m_monitor.grab().save(QDir(screenshots).filePath(QStringLiteral("migration-postcopy-switched.png"))));
    }
    QSignalSpy abortRequests(&m_monitor, &MigrationMonitorWidget::abortRequested);
    abort->click();
    EXPECT_EQ(abortRequests.count(), 0);
    EXPECT_EQ(m_monitor.findChildren<QMessageBox *>(QStringLiteral("abortMessageBox")).size(), 0);
    EXPECT_EQ(batch.itemState(0), MigrationBatch::ItemState::Queued);
}

// Not a check of behaviour: docs/migration-progress-charts.png, the monitor fed by a
// recorded storage copy and, for the warning, the non-converging one, when
// VF_SCREENSHOT_DIR is set.
TEST_F(MigrationMonitorTest, ARecordingRendersForTheScreenshot)
{
    replay(QStringLiteral("live-copy-storage"), true);
    QTest::qWait(50);
    const QImage picture = m_monitor.grab().toImage();
    EXPECT_FALSE(picture.isNull());
    MigrationSeries stuck;
    MigrationMonitorWidget stuckMonitor;
    stuckMonitor.setSeries(&stuck);
    stuckMonitor.resize(1180, 720);
    stuckMonitor.show();
    for (const JobStats &stats : readRecording(QStringLiteral("not-converging")))
        stuck.append(stats);
    stuckMonitor.charts()->flush();
    QTest::qWait(50);
    const QImage stuckPicture = stuckMonitor.grab().toImage();
    EXPECT_TRUE(stuckMonitor.isConvergenceWarningShown());
    const QString directory = qEnvironmentVariable("VF_SCREENSHOT_DIR");
    if (!directory.isEmpty()) {
        EXPECT_TRUE(picture.save(QDir(directory).filePath(QStringLiteral("migration-progress-charts.png"))));
        EXPECT_TRUE(stuckPicture.save(QDir(directory).filePath(QStringLiteral("migration-not-converging.png"))));
    }
}

// The figures, the history and the charts' axes read numbers in the user's locale.
TEST(MigrationUnitsLocale, RatesDurationsDowntimesAndAxesFollowTheDefaultLocale)
{
    struct RestoreLocale
    {
        QLocale previous;
        ~RestoreLocale() { QLocale::setDefault(previous); }
    } restore;
    constexpr double kMiB = 1024.0 * 1024.0;

    QLocale::setDefault(QLocale::c());
    EXPECT_EQ(MigrationUnits::rate(1.5 * kMiB), QStringLiteral("1.5 MiB/s"));
    EXPECT_EQ(MigrationUnits::duration(65'000), QStringLiteral("1 min 05 s"));
    EXPECT_EQ(MigrationUnits::duration((3 * 3600 + 4 * 60) * 1000), QStringLiteral("3 h 04 min"));
    EXPECT_EQ(MigrationUnits::downtime(1234), QStringLiteral("1234 ms"));

    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    EXPECT_EQ(MigrationUnits::rate(1.5 * kMiB), QStringLiteral("1,5 MiB/s"));
    EXPECT_EQ(MigrationUnits::bytes(quint64(2.5 * 1024 * kMiB)), QStringLiteral("2,5 GiB"));
    EXPECT_EQ(MigrationUnits::duration(65'000), QStringLiteral("1 min 05 s"));
    EXPECT_EQ(MigrationUnits::downtime(1234), QStringLiteral("1.234 ms"));

    const MigrationChartsWidget charts;
    for (const Chart kind : {Chart::Memory, Chart::Rates, Chart::Disk, Chart::Downtime}) {
        ASSERT_NE(charts.chart(kind), nullptr);
        EXPECT_TRUE(charts.chart(kind)->localizeNumbers());
        EXPECT_EQ(charts.chart(kind)->locale().language(), QLocale::German);
    }
}
