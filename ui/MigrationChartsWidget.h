// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: Virt Ferry contributors
#pragma once

#include "MigrationSeries.h"
#include "MigrationUnits.h"

#include <QList>
#include <QPointer>
#include <QPointF>
#include <QStringList>
#include <QWidget>

#include <array>
#include <optional>

class QChart;
class QGridLayout;
class QChartView;
class QGraphicsLineItem;
class QGraphicsSimpleTextItem;
class QLineSeries;
class QTimer;
class QValueAxis;

// The charts of one migration's job statistics (a MigrationSeries): memory processed vs
// remaining, transfer vs dirty rate, disk processed vs remaining (storage copies only),
// expected downtime against the max downtime, with a vertical line at every marker
// (passes, controls applied, post-copy, abort, re-dirty passes, convergence warnings).
//
// Live samples are appended, never redrawn from scratch: new samples wait for a short
// timer and go in as one batch per line, so a fast poller costs one repaint per tick.
// GUI thread only.
class MigrationChartsWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MigrationChartsWidget)

public:
    enum class ChartKind { Memory, Rates, Disk, Downtime };
    Q_ENUM(ChartKind)
    static constexpr int kChartCount = 4;
    // How long new samples wait to be drawn together.
    static constexpr int kFlushIntervalMs = 150;

    explicit MigrationChartsWidget(QWidget *parent = nullptr);
    ~MigrationChartsWidget() override;

    // Shows `series` (its samples so far at once, the next ones as they come); null
    // clears the charts. The series is not owned.
    void setSeries(MigrationSeries *series);
    MigrationSeries *series() const { return m_series; }

    // Draws the samples still waiting for the timer now.
    void flush();

    // Test and export hooks: the points of a chart's first line (memory processed,
    // transfer rate, disk processed, expected downtime), the markers drawn, and whether a
    // chart is part of the picture (the disk chart only for storage copies).
    int pointCount(ChartKind kind) const;
    int pointCount(ChartKind kind, int line) const;
    int markerCount() const { return int(m_markerTexts.size()); }
    QStringList markerTexts() const { return m_markerTexts; }
    bool isChartShown(ChartKind kind) const;
    QChart *chart(ChartKind kind) const;
    // The axes' unit names ("MiB", "s"…) of a chart as now scaled.
    QString xUnitName() const { return m_xUnit.name; }
    QString yUnitName(ChartKind kind) const;
    // What the tooltip says for a point of a line, in its chart's current units.
    QString hoverText(ChartKind kind, int line, const QPointF &point) const;

    // The charts as one picture (also the history's "export charts as PNG").
    QImage toImage();
    bool savePng(const QString &path);

private:
    struct Line
    {
        QLineSeries *series = nullptr;
        QList<QPointF> raw; // x in ms, y in bytes, bytes/s or ms
    };
    enum class ValueKind { Bytes, Rate, Milliseconds };
    struct Chart
    {
        ChartKind kind = ChartKind::Memory;
        ValueKind valueKind = ValueKind::Bytes;
        QChart *chart = nullptr;
        QChartView *view = nullptr;
        QValueAxis *xAxis = nullptr;
        QValueAxis *yAxis = nullptr;
        QList<Line> lines;
        MigrationUnits::Unit yUnit;
        QString yTitle;
        double yMax = 0;
        QList<QGraphicsLineItem *> markerLines;
        QList<QGraphicsSimpleTextItem *> markerLabels;
    };

    void buildChart(Chart &chart, ChartKind kind, const QString &title, const QString &yTitle, ValueKind valueKind,
                    const QStringList &lineNames, const QList<QColor> &colors);
    void clear();
    void arrange();
    void scheduleFlush();
    void addPoint(Chart &chart, int line, qint64 x, double y);
    void appendMarker(const MigrationMarker &marker);
    void rescale();
    void layoutMarkers(Chart &chart);
    void layoutAllMarkers();
    static MigrationUnits::Unit unitFor(ValueKind kind, double max);
    Chart &chartOf(ChartKind kind) { return m_charts[size_t(kind)]; }
    const Chart &chartOf(ChartKind kind) const { return m_charts[size_t(kind)]; }

    QPointer<MigrationSeries> m_series;
    std::array<Chart, kChartCount> m_charts;
    QTimer *m_flushTimer;
    QGridLayout *m_grid;
    int m_drawnSamples = 0;
    int m_drawnMarkers = 0;
    qint64 m_xMaxMs = 0;
    MigrationUnits::Unit m_xUnit;
    QList<qint64> m_markerTimes;
    QList<int> m_markerKinds;
    QStringList m_markerTexts;
    std::optional<quint64> m_lastMaxDowntime;
    bool m_diskSeen = false;
};
