// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: Virt Ferry contributors
#include "MigrationUnits.h"

#include "FieldErrors.h"
#include "StorageTypes.h"
#include "Tr.h"

#include <QFileDialog>
#include <QLabel>
#include <QLocale>
#include <QPalette>
#include <QSaveFile>

#include <cmath>

namespace MigrationUnits {

Unit byteUnit(double maxBytes)
{
    static const char *const names[] = {"B", "KiB", "MiB", "GiB", "TiB"};
    double factor = 1.0;
    int index = 0;
    while (index + 1 < int(std::size(names)) && maxBytes >= factor * 1024.0) {
        factor *= 1024.0;
        ++index;
    }
    return Unit{factor, QString::fromLatin1(names[index])};
}

Unit rateUnit(double maxBytesPerSecond)
{
    Unit unit = byteUnit(maxBytesPerSecond);
    unit.name += QStringLiteral("/s");
    return unit;
}

Unit timeUnit(double maxMs)
{
    // Minutes only once seconds grow past three digits' worth of reading.
    if (maxMs >= 3.0 * 3600.0 * 1000.0)
        //: Unit symbol for hours on a chart axis.
        return Unit{3600.0 * 1000.0, Tr::tr("h")};
    if (maxMs >= 180.0 * 1000.0)
        //: Unit symbol for minutes on a chart axis.
        return Unit{60.0 * 1000.0, Tr::tr("min")};
    //: Unit symbol for seconds on a chart axis.
    return Unit{1000.0, Tr::tr("s")};
}

QString unknown()
{
    return QStringLiteral("—");
}

QString bytes(std::optional<quint64> value)
{
    return value ? formatBytes(*value) : unknown();
}

QString rate(std::optional<double> bytesPerSecond)
{
    if (!bytesPerSecond || !std::isfinite(*bytesPerSecond) || *bytesPerSecond < 0)
        return unknown();
    const Unit unit = rateUnit(*bytesPerSecond);
    const double value = *bytesPerSecond / unit.factor;
    return QStringLiteral("%1 %2").arg(QLocale().toString(value, 'f', unit.factor > 1.0 ? 1 : 0), unit.name);
}

QString duration(std::optional<qint64> milliseconds)
{
    if (!milliseconds || *milliseconds < 0)
        return unknown();
    const qint64 seconds = (*milliseconds + 500) / 1000;
    const QLocale locale;
    const auto twoDigits = [&locale](qint64 value) {
        return locale.toString(value).rightJustified(2, locale.zeroDigit().front());
    };
    //: A duration in seconds.
    if (seconds < 60)
        return Tr::tr("%1 s").arg(locale.toString(seconds));
    //: A duration: %1 minutes and %2 seconds (two digits).
    if (seconds < 3600)
        return Tr::tr("%1 min %2 s").arg(locale.toString(seconds / 60), twoDigits(seconds % 60));
    //: A duration: %1 hours and %2 minutes (two digits).
    return Tr::tr("%1 h %2 min").arg(locale.toString(seconds / 3600), twoDigits((seconds % 3600) / 60));
}

QString downtime(std::optional<quint64> milliseconds)
{
    if (!milliseconds)
        return unknown();
    if (*milliseconds < 10000)
        return Tr::tr("%1 ms").arg(QLocale().toString(*milliseconds));
    return duration(qint64(*milliseconds));
}

bool writeCsv(const QString &path, const QString &csv, QString *error)
{
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly | QIODevice::Text)) {
        file.write(csv.toUtf8());
        if (file.commit())
            return true;
    }
    if (error)
        *error = Tr::tr("Cannot write %1: %2").arg(path, file.errorString());
    return false;
}

void exportWithDialog(QWidget *parent, bool png, QLabel *resultLabel,
    const std::function<bool(const QString &path, QString *error)> &save)
{
    auto *dialog = new QFileDialog(parent, png ? Tr::tr("Export Charts") : Tr::tr("Export Samples"));
    dialog->setObjectName(
        png ? QStringLiteral("exportPngFileDialog") : QStringLiteral("exportCsvFileDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setNameFilter(png ? Tr::tr("PNG images (*.png)") : Tr::tr("CSV files (*.csv)"));
    dialog->setDefaultSuffix(png ? QStringLiteral("png") : QStringLiteral("csv"));
    QObject::connect(
        dialog, &QFileDialog::fileSelected, resultLabel, [resultLabel, save](const QString &path) {
            QString error;
            const bool ok = save(path, &error);
            if (!ok && error.isEmpty())
                error = Tr::tr("Cannot write %1.").arg(path);
            resultLabel->setPalette(QPalette());
            if (!ok)
                FieldErrors::paintAsError(resultLabel);
            resultLabel->setText(ok ? Tr::tr("Saved %1").arg(path) : error);
            resultLabel->setVisible(true);
        });
    dialog->open();
}

} // namespace MigrationUnits
