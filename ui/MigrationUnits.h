// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: Virt Ferry contributors
#pragma once

#include <QString>

#include <functional>
#include <optional>

class QLabel;
class QWidget;

// Human units for the migration views: the charts pick one unit per axis from the largest
// value shown, the figures format each value on its own. Unknown values read "—", never 0.
namespace MigrationUnits {

// A unit of an axis: values are divided by `factor` and the axis is titled with `name`.
struct Unit
{
    double factor = 1.0;
    QString name;
};

// B, KiB, MiB, GiB or TiB, the largest that keeps `maxBytes` at 1 or more.
Unit byteUnit(double maxBytes);
// The same per second ("MiB/s").
Unit rateUnit(double maxBytesPerSecond);
// s, min or h for an axis of milliseconds reaching `maxMs`.
Unit timeUnit(double maxMs);

// The placeholder of an unknown value.
QString unknown();
QString bytes(std::optional<quint64> value);
QString rate(std::optional<double> bytesPerSecond);
// "45 s", "3 min 12 s", "1 h 04 min".
QString duration(std::optional<qint64> milliseconds);
// Short downtimes read best in ms ("300 ms"), long ones as a duration.
QString downtime(std::optional<quint64> milliseconds);

// Exporting one migration's samples (CSV) and charts (PNG), the same from the progress
// window and from the history.
// Writes `csv` to `path` whole or not at all; false with the reason in `error`.
bool writeCsv(const QString &path, const QString &csv, QString *error);
// Asks where to save with a file dialog on `parent` (exportCsvFileDialog or
// exportPngFileDialog), calls `save` with the chosen path and shows "Saved <path>" or
// why not in `resultLabel` (painted as an error then).
void exportWithDialog(QWidget *parent, bool png, QLabel *resultLabel,
    const std::function<bool(const QString &path, QString *error)> &save);

} // namespace MigrationUnits
