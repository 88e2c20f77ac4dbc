// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: Virt Ferry contributors
#pragma once

#include <QString>

#include <optional>

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

} // namespace MigrationUnits
