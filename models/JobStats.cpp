// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: Virt Ferry contributors
#include "JobStats.h"

#include "Tr.h"

#include <QHash>

#include <cstring>

namespace {

using Field = JobStats::Field;

// libvirt's names, indexed by Field. Spelled through libvirt's own macros so a typo
// cannot creep in.
constexpr std::array<const char *, JobStats::kFieldCount> kKeys = {
    VIR_DOMAIN_JOB_TIME_ELAPSED,
    VIR_DOMAIN_JOB_TIME_ELAPSED_NET,
    VIR_DOMAIN_JOB_TIME_REMAINING,
    VIR_DOMAIN_JOB_DOWNTIME,
    VIR_DOMAIN_JOB_DOWNTIME_NET,
    VIR_DOMAIN_JOB_SETUP_TIME,
    VIR_DOMAIN_JOB_DATA_TOTAL,
    VIR_DOMAIN_JOB_DATA_PROCESSED,
    VIR_DOMAIN_JOB_DATA_REMAINING,
    VIR_DOMAIN_JOB_MEMORY_TOTAL,
    VIR_DOMAIN_JOB_MEMORY_PROCESSED,
    VIR_DOMAIN_JOB_MEMORY_REMAINING,
    VIR_DOMAIN_JOB_MEMORY_CONSTANT,
    VIR_DOMAIN_JOB_MEMORY_NORMAL,
    VIR_DOMAIN_JOB_MEMORY_NORMAL_BYTES,
    VIR_DOMAIN_JOB_MEMORY_BPS,
    VIR_DOMAIN_JOB_MEMORY_DIRTY_RATE,
    VIR_DOMAIN_JOB_MEMORY_PAGE_SIZE,
    VIR_DOMAIN_JOB_MEMORY_ITERATION,
    VIR_DOMAIN_JOB_MEMORY_POSTCOPY_REQS,
    VIR_DOMAIN_JOB_DISK_TOTAL,
    VIR_DOMAIN_JOB_DISK_PROCESSED,
    VIR_DOMAIN_JOB_DISK_REMAINING,
    VIR_DOMAIN_JOB_DISK_BPS,
    VIR_DOMAIN_JOB_COMPRESSION_CACHE,
    VIR_DOMAIN_JOB_COMPRESSION_BYTES,
    VIR_DOMAIN_JOB_COMPRESSION_PAGES,
    VIR_DOMAIN_JOB_COMPRESSION_CACHE_MISSES,
    VIR_DOMAIN_JOB_COMPRESSION_OVERFLOW,
    VIR_DOMAIN_JOB_AUTO_CONVERGE_THROTTLE,
    VIR_DOMAIN_JOB_DISK_TEMP_USED,
    VIR_DOMAIN_JOB_DISK_TEMP_TOTAL,
};

const QHash<QString, Field> &fieldsByKey()
{
    static const QHash<QString, Field> fields = [] {
        QHash<QString, Field> result;
        for (int i = 0; i < JobStats::kFieldCount; ++i)
            result.insert(QString::fromLatin1(kKeys[size_t(i)]), Field(i));
        return result;
    }();
    return fields;
}

const QString kSampledAt = QStringLiteral("sampled_at_ms");
const QString kJobType = QStringLiteral("job_type");
const QString kOperation = QStringLiteral(VIR_DOMAIN_JOB_OPERATION);
const QString kSuccess = QStringLiteral(VIR_DOMAIN_JOB_SUCCESS);

QString invalidCell(const QString &column, const QString &cell)
{
    return Tr::tr("Column “%1” holds “%2”, which is not a valid value.").arg(column, cell);
}

} // namespace

QString JobStats::key(Field field)
{
    const int index = int(field);
    if (index < 0 || index >= kFieldCount)
        return {};
    return QString::fromLatin1(kKeys[size_t(index)]);
}

std::optional<JobStats::Field> JobStats::fieldForKey(const QString &key)
{
    const auto found = fieldsByKey().constFind(key);
    if (found == fieldsByKey().cend())
        return std::nullopt;
    return *found;
}

JobStats JobStats::fromTypedParameters(int jobType, virTypedParameterPtr parameters, int count)
{
    JobStats stats;
    stats.jobType = jobType;
    for (int i = 0; parameters && i < count; ++i) {
        const virTypedParameter &parameter = parameters[i];
        const char *name = parameter.field;
        if (std::strcmp(name, VIR_DOMAIN_JOB_OPERATION) == 0) {
            if (parameter.type == VIR_TYPED_PARAM_INT)
                stats.operation = parameter.value.i;
            continue;
        }
        if (std::strcmp(name, VIR_DOMAIN_JOB_SUCCESS) == 0) {
            if (parameter.type == VIR_TYPED_PARAM_BOOLEAN)
                stats.success = parameter.value.b != 0;
            continue;
        }
        if (std::strcmp(name, VIR_DOMAIN_JOB_ERRMSG) == 0) {
            if (parameter.type == VIR_TYPED_PARAM_STRING && parameter.value.s)
                stats.errorMessage = QString::fromUtf8(parameter.value.s);
            continue;
        }
        const std::optional<Field> field = fieldForKey(QString::fromLatin1(name));
        if (!field)
            continue; // a newer libvirt's field
        if (*field == Field::AutoConvergeThrottle) {
            // libvirt sends the throttle as an int percentage.
            if (parameter.type == VIR_TYPED_PARAM_INT && parameter.value.i >= 0)
                stats.setValue(*field, quint64(parameter.value.i));
            continue;
        }
        if (parameter.type == VIR_TYPED_PARAM_ULLONG)
            stats.setValue(*field, quint64(parameter.value.ul));
    }
    return stats;
}

std::optional<quint64> JobStats::dirtyBytesPerSecond() const
{
    const std::optional<quint64> pages = value(Field::MemoryDirtyRate);
    const std::optional<quint64> pageSize = value(Field::MemoryPageSize);
    if (!pages || !pageSize)
        return std::nullopt;
    return *pages * *pageSize;
}

QStringList JobStats::csvHeader()
{
    QStringList header = { kSampledAt, kJobType, kOperation, kSuccess };
    for (int i = 0; i < kFieldCount; ++i)
        header.append(key(Field(i)));
    return header;
}

QStringList JobStats::toCsvRow() const
{
    QStringList row = {
        QString::number(sampledAtMs),
        QString::number(jobType),
        operation ? QString::number(*operation) : QString(),
        success ? QString::number(*success ? 1 : 0) : QString(),
    };
    for (const std::optional<quint64> &value : m_values)
        row.append(value ? QString::number(*value) : QString());
    return row;
}

std::optional<JobStats> JobStats::fromCsvRow(const QStringList &header, const QStringList &row, QString *error)
{
    const auto fail = [error](const QString &reason) -> std::optional<JobStats> {
        if (error)
            *error = reason;
        return std::nullopt;
    };
    if (row.size() != header.size())
        return fail(Tr::tr("The line has %1 cells, but the header has %2 columns.").arg(row.size()).arg(header.size()));

    JobStats stats;
    for (qsizetype column = 0; column < header.size(); ++column) {
        const QString name = header[column].trimmed();
        const QString cell = row[column].trimmed();
        bool ok = false;
        if (name == kSampledAt) {
            const qint64 value = cell.toLongLong(&ok);
            if (!ok)
                return fail(invalidCell(name, cell));
            stats.sampledAtMs = value;
        } else if (name == kJobType) {
            const int value = cell.toInt(&ok);
            if (!ok || value < 0)
                return fail(invalidCell(name, cell));
            stats.jobType = value;
        } else if (name == kOperation) {
            if (cell.isEmpty())
                continue;
            const int value = cell.toInt(&ok);
            if (!ok)
                return fail(invalidCell(name, cell));
            stats.operation = value;
        } else if (name == kSuccess) {
            if (cell.isEmpty())
                continue;
            if (cell != QLatin1String("0") && cell != QLatin1String("1"))
                return fail(invalidCell(name, cell));
            stats.success = cell == QLatin1String("1");
        } else if (const std::optional<Field> field = fieldForKey(name)) {
            if (cell.isEmpty())
                continue; // unknown stays unknown
            // toULongLong accepts a leading '-' and wraps; a count is never negative.
            const quint64 value = cell.startsWith(u'-') ? 0 : cell.toULongLong(&ok);
            if (!ok)
                return fail(invalidCell(name, cell));
            stats.setValue(*field, value);
        }
    }
    return stats;
}

namespace JobStatsCsv {

QString write(const QList<JobStats> &samples)
{
    QString text = JobStats::csvHeader().join(u',') + u'\n';
    for (const JobStats &sample : samples)
        text += sample.toCsvRow().join(u',') + u'\n';
    return text;
}

std::optional<QList<JobStats>> read(const QString &text, QString *error)
{
    const auto fail = [error](int line, const QString &reason) -> std::optional<QList<JobStats>> {
        if (error)
            *error = Tr::tr("Line %1: %2").arg(line).arg(reason);
        return std::nullopt;
    };
    QStringList lines = text.split(u'\n');
    // A final newline leaves one empty string behind; a blank line inside is an error.
    while (!lines.isEmpty() && lines.last().trimmed().isEmpty())
        lines.removeLast();
    if (lines.isEmpty())
        return fail(1, Tr::tr("The file is empty; it needs a header line."));

    const auto cells = [](QString line) {
        if (line.endsWith(u'\r'))
            line.chop(1);
        return line.split(u',');
    };
    const QStringList header = cells(lines.first());
    if (!header.contains(kJobType) || !header.contains(kSampledAt))
        return fail(1,
            Tr::tr("The header must name the columns “%1” and “%2”; is this a job statistics file?")
                .arg(kSampledAt, kJobType));

    QList<JobStats> samples;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const int lineNumber = int(i) + 1;
        if (lines[i].trimmed().isEmpty())
            return fail(lineNumber, Tr::tr("The line is empty."));
        QString reason;
        const std::optional<JobStats> sample = JobStats::fromCsvRow(header, cells(lines[i]), &reason);
        if (!sample)
            return fail(lineNumber, reason);
        samples.append(*sample);
    }
    return samples;
}

} // namespace JobStatsCsv
