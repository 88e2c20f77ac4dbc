// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: Virt Ferry contributors
#include "MigrationChartsWidget.h"

#include "MigrationSeries.h"
#include "StorageTypes.h"

#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QFontMetricsF>
#include <QGraphicsLineItem>
#include <QGraphicsSimpleTextItem>
#include <QGridLayout>
#include <QImage>
#include <QLegend>
#include <QLineSeries>
#include <QLocale>
#include <QMetaEnum>
#include <QPen>
#include <QTimer>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>

namespace {

QColor markerColor(MigrationMarker::Kind kind)
{
    switch (kind) {
    case MigrationMarker::Kind::PhaseChanged:
        return QColor(0x60, 0x60, 0x60);
    case MigrationMarker::Kind::Iteration:
        return QColor(0x9a, 0x9a, 0x9a);
    case MigrationMarker::Kind::RedirtyPass:
        return QColor(0xd9, 0x7b, 0x00);
    case MigrationMarker::Kind::BandwidthChanged:
    case MigrationMarker::Kind::DowntimeChanged:
        return QColor(0x1f, 0x5f, 0xbf);
    case MigrationMarker::Kind::PostCopyStarted:
        return QColor(0x7b, 0x3f, 0xb0);
    case MigrationMarker::Kind::AbortRequested:
        return QColor(0xc0, 0x1c, 0x28);
    case MigrationMarker::Kind::ConvergenceWarning:
        return QColor(0xe0, 0x4a, 0x00);
    }
    return Qt::gray;
}

} // namespace

MigrationChartsWidget::MigrationChartsWidget(QWidget *parent)
    : QWidget(parent)
    , m_flushTimer(new QTimer(this))
    , m_grid(new QGridLayout(this))
{
    setObjectName(QStringLiteral("migrationChartsWidget"));
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setSpacing(4);
    m_grid->setColumnStretch(0, 1);
    m_grid->setColumnStretch(1, 1);
    m_flushTimer->setSingleShot(true);
    m_flushTimer->setInterval(kFlushIntervalMs);
    connect(m_flushTimer, &QTimer::timeout, this, &MigrationChartsWidget::flush);

    const QColor processed(0x2a, 0x7a, 0xc8);
    const QColor remaining(0xe0, 0x8a, 0x1e);
    buildChart(chartOf(ChartKind::Memory), ChartKind::Memory, tr("Memory"), tr("Memory"), ValueKind::Bytes,
               {tr("Processed"), tr("Remaining")}, {processed, remaining});
    buildChart(chartOf(ChartKind::Rates), ChartKind::Rates, tr("Transfer and dirty rate"), tr("Rate"),
               ValueKind::Rate, {tr("Transfer rate"), tr("Dirty rate")}, {QColor(0x2e, 0x9e, 0x4f), QColor(0xc8, 0x3a, 0x3a)});
    buildChart(chartOf(ChartKind::Disk), ChartKind::Disk, tr("Disks"), tr("Disk"), ValueKind::Bytes,
               {tr("Processed"), tr("Remaining")}, {processed, remaining});
    buildChart(chartOf(ChartKind::Downtime), ChartKind::Downtime, tr("Expected downtime"), tr("Downtime"),
               ValueKind::Milliseconds, {tr("Expected downtime"), tr("Max downtime")},
               {QColor(0x7b, 0x3f, 0xb0), QColor(0xc0, 0x1c, 0x28)});
    // The limit is a line to stay under, not a measurement.
    QPen limitPen = chartOf(ChartKind::Downtime).lines[1].series->pen();
    limitPen.setStyle(Qt::DashLine);
    chartOf(ChartKind::Downtime).lines[1].series->setPen(limitPen);
    clear();
}

MigrationChartsWidget::~MigrationChartsWidget() = default;

void MigrationChartsWidget::buildChart(Chart &chart, ChartKind kind, const QString &title, const QString &yTitle,
                                       ValueKind valueKind, const QStringList &lineNames, const QList<QColor> &colors)
{
    chart.kind = kind;
    chart.valueKind = valueKind;
    chart.yTitle = yTitle;
    chart.chart = new QChart;
    chart.chart->setTitle(title);
    QFont titleFont = font();
    titleFont.setBold(true);
    chart.chart->setTitleFont(titleFont);
    // Animations would redraw every point on every sample.
    chart.chart->setAnimationOptions(QChart::NoAnimation);
    // Axis labels in the user's decimal separator; the label format is printf-style.
    chart.chart->setLocalizeNumbers(true);
    chart.chart->setLocale(QLocale());
    chart.chart->setMargins(QMargins(4, 2, 4, 2));
    chart.chart->setBackgroundRoundness(0);
    chart.chart->legend()->setAlignment(Qt::AlignBottom);
    QFont small = font();
    small.setPointSizeF(std::max(6.0, small.pointSizeF() - 1));
    chart.chart->legend()->setFont(small);

    chart.xAxis = new QValueAxis(chart.chart);
    chart.yAxis = new QValueAxis(chart.chart);
    for (QValueAxis *axis : {chart.xAxis, chart.yAxis}) {
        axis->setLabelsFont(small);
        axis->setTitleFont(small);
        axis->setLabelFormat(QStringLiteral("%.4g"));
        axis->setMin(0);
    }
    chart.chart->addAxis(chart.xAxis, Qt::AlignBottom);
    chart.chart->addAxis(chart.yAxis, Qt::AlignLeft);

    for (qsizetype index = 0; index < lineNames.size(); ++index) {
        auto *series = new QLineSeries(chart.chart);
        series->setName(lineNames.at(index));
        QPen pen(colors.value(index, Qt::black));
        pen.setWidthF(1.6);
        series->setPen(pen);
        chart.chart->addSeries(series);
        series->attachAxis(chart.xAxis);
        series->attachAxis(chart.yAxis);
        const int line = int(index);
        connect(series, &QXYSeries::hovered, this, [this, kind, line](const QPointF &point, bool state) {
            if (state)
                QToolTip::showText(QCursor::pos(), hoverText(kind, line, point), this);
            else
                QToolTip::hideText();
        });
        chart.lines.append(Line{series, {}});
    }
    connect(chart.chart, &QChart::plotAreaChanged, this, [this, kind] { layoutMarkers(chartOf(kind)); });

    chart.view = new QChartView(chart.chart, this);
    chart.view->setObjectName(QStringLiteral("%1ChartView")
                                  .arg(QString::fromLatin1(QMetaEnum::fromType<ChartKind>().valueToKey(int(kind))).toLower()));
    chart.view->setRenderHint(QPainter::Antialiasing);
    chart.view->setMinimumSize(260, 170);
}

void MigrationChartsWidget::arrange()
{
    for (const Chart &chart : m_charts)
        m_grid->removeWidget(chart.view);
    m_grid->addWidget(chartOf(ChartKind::Memory).view, 0, 0);
    m_grid->addWidget(chartOf(ChartKind::Rates).view, 0, 1);
    QChartView *disk = chartOf(ChartKind::Disk).view;
    if (m_diskSeen) {
        m_grid->addWidget(disk, 1, 0);
        m_grid->addWidget(chartOf(ChartKind::Downtime).view, 1, 1);
    } else {
        m_grid->addWidget(chartOf(ChartKind::Downtime).view, 1, 0, 1, 2);
    }
    disk->setVisible(m_diskSeen);
}

void MigrationChartsWidget::clear()
{
    m_flushTimer->stop();
    m_drawnSamples = 0;
    m_drawnMarkers = 0;
    m_xMaxMs = 0;
    m_xUnit = MigrationUnits::timeUnit(0);
    m_markerTimes.clear();
    m_markerKinds.clear();
    m_markerTexts.clear();
    m_lastMaxDowntime.reset();
    m_diskSeen = false;
    for (Chart &chart : m_charts) {
        for (Line &line : chart.lines) {
            line.raw.clear();
            line.series->clear();
            line.series->setVisible(false);
        }
        qDeleteAll(chart.markerLines);
        qDeleteAll(chart.markerLabels);
        chart.markerLines.clear();
        chart.markerLabels.clear();
        chart.yMax = 0;
        chart.yUnit = unitFor(chart.valueKind, 0);
        chart.xAxis->setRange(0, 10);
        chart.xAxis->setTitleText(tr("Elapsed (%1)").arg(m_xUnit.name));
        chart.yAxis->setRange(0, 1);
        //: An axis title: %1 is what the axis shows ("Memory"), %2 its unit ("MiB").
        chart.yAxis->setTitleText(tr("%1 (%2)").arg(chart.yTitle, chart.yUnit.name));
    }
    arrange();
}

void MigrationChartsWidget::setSeries(MigrationSeries *series)
{
    if (m_series == series)
        return;
    if (m_series)
        m_series->disconnect(this);
    clear();
    m_series = series;
    if (!series)
        return;
    // Samples and markers are read from the series when drawn; the signals only wake us.
    connect(series, &MigrationSeries::sampleAppended, this, &MigrationChartsWidget::scheduleFlush);
    connect(series, &MigrationSeries::markerAdded, this, &MigrationChartsWidget::scheduleFlush);
    connect(series, &MigrationSeries::finished, this, &MigrationChartsWidget::flush);
    connect(series, &QObject::destroyed, this, [this] {
        m_flushTimer->stop();
    });
    flush();
}

void MigrationChartsWidget::scheduleFlush()
{
    if (!m_flushTimer->isActive())
        m_flushTimer->start();
}

MigrationUnits::Unit MigrationChartsWidget::unitFor(ValueKind kind, double max)
{
    switch (kind) {
    case ValueKind::Bytes:
        return MigrationUnits::byteUnit(max);
    case ValueKind::Rate:
        return MigrationUnits::rateUnit(max);
    case ValueKind::Milliseconds:
        // Downtimes are small: ms until they reach seconds.
        return max >= 10000 ? MigrationUnits::Unit{1000.0, tr("s")} : MigrationUnits::Unit{1.0, tr("ms")};
    }
    return {};
}

void MigrationChartsWidget::addPoint(Chart &chart, int line, qint64 x, double y)
{
    chart.lines[line].raw.append(QPointF(double(x), y));
    chart.yMax = std::max(chart.yMax, y);
}

void MigrationChartsWidget::flush()
{
    m_flushTimer->stop();
    if (!m_series)
        return;
    const QList<MigrationSample> &samples = m_series->samples();
    const bool diskBefore = m_diskSeen;
    for (int index = m_drawnSamples; index < samples.size(); ++index) {
        const MigrationSample &sample = samples.at(index);
        const JobStats &stats = sample.stats;
        const qint64 x = sample.elapsedMs;
        m_xMaxMs = std::max(m_xMaxMs, x);
        // Before the destination is ready and while disks copy, libvirt's memory fields
        // are absent or 0: no points rather than a line along the floor.
        const bool memoryPhase = sample.phase != MigrationPhase::Setup && sample.phase != MigrationPhase::DiskCopy;
        if (memoryPhase) {
            if (const auto processed = stats.value(JobStats::Field::MemoryProcessed))
                addPoint(chartOf(ChartKind::Memory), 0, x, double(*processed));
            if (const auto remaining = stats.value(JobStats::Field::MemoryRemaining))
                addPoint(chartOf(ChartKind::Memory), 1, x, double(*remaining));
        }
        if (sample.transferBytesPerSecond)
            addPoint(chartOf(ChartKind::Rates), 0, x, *sample.transferBytesPerSecond);
        if (sample.dirtyBytesPerSecond)
            addPoint(chartOf(ChartKind::Rates), 1, x, *sample.dirtyBytesPerSecond);
        if (stats.value(JobStats::Field::DiskTotal).value_or(0) > 0)
            m_diskSeen = true;
        if (m_diskSeen) {
            if (const auto processed = stats.value(JobStats::Field::DiskProcessed))
                addPoint(chartOf(ChartKind::Disk), 0, x, double(*processed));
            if (const auto remaining = stats.value(JobStats::Field::DiskRemaining))
                addPoint(chartOf(ChartKind::Disk), 1, x, double(*remaining));
        }
        if (const auto expected = stats.value(JobStats::Field::Downtime); expected && stats.isActive())
            addPoint(chartOf(ChartKind::Downtime), 0, x, double(*expected));
        if (const std::optional<quint64> limit = m_series->maxDowntimeMs()) {
            // A step where the limit was changed.
            if (m_lastMaxDowntime && *m_lastMaxDowntime != *limit)
                addPoint(chartOf(ChartKind::Downtime), 1, x, double(*m_lastMaxDowntime));
            addPoint(chartOf(ChartKind::Downtime), 1, x, double(*limit));
            m_lastMaxDowntime = limit;
        }
    }
    m_drawnSamples = int(samples.size());
    const QList<MigrationMarker> &markers = m_series->markers();
    for (int index = m_drawnMarkers; index < markers.size(); ++index)
        appendMarker(markers.at(index));
    m_drawnMarkers = int(markers.size());
    if (m_diskSeen != diskBefore)
        arrange();
    rescale();
    layoutAllMarkers();
}

void MigrationChartsWidget::rescale()
{
    const MigrationUnits::Unit xUnit = MigrationUnits::timeUnit(double(m_xMaxMs));
    const bool xChanged = xUnit.factor != m_xUnit.factor;
    m_xUnit = xUnit;
    for (Chart &chart : m_charts) {
        const MigrationUnits::Unit yUnit = unitFor(chart.valueKind, chart.yMax);
        const bool yChanged = yUnit.factor != chart.yUnit.factor || yUnit.name != chart.yUnit.name;
        chart.yUnit = yUnit;
        for (Line &line : chart.lines) {
            const qsizetype drawn = line.series->count();
            if (drawn == line.raw.size() && !xChanged && !yChanged)
                continue;
            auto scaled = [&](const QPointF &point) {
                return QPointF(point.x() / m_xUnit.factor, point.y() / chart.yUnit.factor);
            };
            // A new unit rescales what is drawn (a handful of times per job); otherwise
            // only the new points go in, as one batch.
            QList<QPointF> points;
            const qsizetype first = xChanged || yChanged ? 0 : drawn;
            points.reserve(line.raw.size() - first);
            for (qsizetype index = first; index < line.raw.size(); ++index)
                points.append(scaled(line.raw.at(index)));
            if (first == 0)
                line.series->replace(points);
            else
                line.series->append(points);
        }
        // A line with nothing to draw (no max downtime known) stays out of the legend.
        for (Line &line : chart.lines)
            line.series->setVisible(!line.raw.isEmpty());
        const double xMax = std::max(double(m_xMaxMs) / m_xUnit.factor, 10000.0 / m_xUnit.factor);
        if (xChanged || xMax > chart.xAxis->max()) {
            chart.xAxis->setRange(0, xMax);
            chart.xAxis->applyNiceNumbers();
            chart.xAxis->setTitleText(tr("Elapsed (%1)").arg(m_xUnit.name));
        }
        const double yMax = std::max(chart.yMax * 1.05 / chart.yUnit.factor, 1.0);
        if (yChanged || yMax > chart.yAxis->max()) {
            chart.yAxis->setRange(0, yMax);
            chart.yAxis->applyNiceNumbers();
            chart.yAxis->setTitleText(tr("%1 (%2)").arg(chart.yTitle, chart.yUnit.name));
        }
    }
}

void MigrationChartsWidget::appendMarker(const MigrationMarker &marker)
{
    m_markerTimes.append(marker.elapsedMs);
    m_markerKinds.append(int(marker.kind));
    m_markerTexts.append(marker.text);
    m_xMaxMs = std::max(m_xMaxMs, marker.elapsedMs);
    const QColor color = markerColor(marker.kind);
    QFont labelFont = font();
    labelFont.setPointSizeF(std::max(6.0, labelFont.pointSizeF() - 1.5));
    for (Chart &chart : m_charts) {
        auto *line = new QGraphicsLineItem(chart.chart);
        QPen pen(color);
        pen.setWidthF(marker.kind == MigrationMarker::Kind::Iteration ? 1.0 : 1.4);
        pen.setStyle(marker.kind == MigrationMarker::Kind::Iteration ? Qt::DotLine : Qt::DashLine);
        line->setPen(pen);
        line->setZValue(10);
        line->setToolTip(marker.text);
        auto *label = new QGraphicsSimpleTextItem(marker.text, chart.chart);
        label->setFont(labelFont);
        label->setBrush(color.darker(120));
        label->setRotation(-90);
        label->setZValue(11);
        label->setToolTip(marker.text);
        chart.markerLines.append(line);
        chart.markerLabels.append(label);
    }
}

void MigrationChartsWidget::layoutAllMarkers()
{
    for (Chart &chart : m_charts)
        layoutMarkers(chart);
}

void MigrationChartsWidget::layoutMarkers(Chart &chart)
{
    if (chart.lines.isEmpty() || chart.markerLines.isEmpty())
        return;
    const QRectF plot = chart.chart->plotArea();
    QLineSeries *reference = chart.lines.first().series;
    qreal lastLabelX = -1e9;
    for (qsizetype index = 0; index < chart.markerLines.size(); ++index) {
        const double x = double(m_markerTimes.at(index)) / m_xUnit.factor;
        const qreal position = chart.chart->mapToPosition(QPointF(x, 0), reference).x();
        const bool inside = plot.isValid() && position >= plot.left() - 0.5 && position <= plot.right() + 0.5;
        QGraphicsLineItem *line = chart.markerLines.at(index);
        line->setVisible(inside);
        line->setLine(position, plot.top(), position, plot.bottom());
        QGraphicsSimpleTextItem *label = chart.markerLabels.at(index);
        const QFontMetricsF metrics(label->font());
        // Labels of markers closer than a line of text would overprint each other: the
        // first one keeps its label, the lines all stay.
        const bool room = position - lastLabelX >= metrics.height() + 1;
        label->setVisible(inside && room);
        if (!inside || !room)
            continue;
        lastLabelX = position;
        const QString text =
            metrics.elidedText(m_markerTexts.at(index), Qt::ElideRight, std::max<qreal>(0, plot.height() - 6));
        label->setText(text);
        // Rotated a quarter turn: the text runs upwards along the line, right of it.
        label->setPos(position + 1, plot.top() + 3 + metrics.horizontalAdvance(text));
    }
}

int MigrationChartsWidget::pointCount(ChartKind kind) const
{
    return pointCount(kind, 0);
}

int MigrationChartsWidget::pointCount(ChartKind kind, int line) const
{
    const Chart &chart = chartOf(kind);
    if (line < 0 || line >= chart.lines.size())
        return 0;
    return int(chart.lines.at(line).series->count());
}

bool MigrationChartsWidget::isChartShown(ChartKind kind) const
{
    return kind != ChartKind::Disk || m_diskSeen;
}

QChart *MigrationChartsWidget::chart(ChartKind kind) const
{
    return chartOf(kind).chart;
}

QString MigrationChartsWidget::yUnitName(ChartKind kind) const
{
    return chartOf(kind).yUnit.name;
}

QString MigrationChartsWidget::hoverText(ChartKind kind, int line, const QPointF &point) const
{
    const Chart &chart = chartOf(kind);
    if (line < 0 || line >= chart.lines.size())
        return {};
    const double x = point.x() * m_xUnit.factor;
    const double y = std::max(0.0, point.y() * chart.yUnit.factor);
    QString value;
    switch (chart.valueKind) {
    case ValueKind::Bytes:
        value = formatBytes(quint64(y));
        break;
    case ValueKind::Rate:
        value = MigrationUnits::rate(y);
        break;
    case ValueKind::Milliseconds:
        value = MigrationUnits::downtime(quint64(y));
        break;
    }
    //: A chart tooltip: %1 is a line ("Transfer rate"), %2 its value, %3 the time since the start.
    return tr("%1: %2 at %3").arg(chart.lines.at(line).series->name(), value, MigrationUnits::duration(qint64(x)));
}

QImage MigrationChartsWidget::toImage()
{
    flush();
    if (!isVisible() && layout())
        layout()->activate();
    return grab().toImage();
}

bool MigrationChartsWidget::savePng(const QString &path)
{
    return toImage().save(path, "PNG");
}
