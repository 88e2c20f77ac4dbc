// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: Virt Ferry contributors
#pragma once

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <libvirt/libvirt.h>

#include <array>
#include <optional>

// One reading of virDomainGetJobStats (or of a JOB_COMPLETED event): every field libvirt's
// typed parameters can carry, each either known or unknown. A field libvirt did not send
// stays unknown, never 0: before the destination is ready libvirt sends only the elapsed
// time, and a 0 there would draw as a real value.
struct JobStats
{
    // The unsigned numeric fields, in libvirt's order. Sizes in bytes, times in
    // milliseconds, rates in bytes/s, except MemoryDirtyRate (pages/s, as libvirt sends it;
    // see dirtyBytesPerSecond()) and AutoConvergeThrottle (percent).
    enum class Field {
        TimeElapsed,
        TimeElapsedNet,
        TimeRemaining,
        Downtime, // expected while running, measured once completed
        DowntimeNet,
        SetupTime,
        DataTotal,
        DataProcessed,
        DataRemaining,
        MemoryTotal,
        MemoryProcessed,
        MemoryRemaining,
        MemoryConstant,
        MemoryNormal,
        MemoryNormalBytes,
        MemoryBps,
        MemoryDirtyRate,
        MemoryPageSize,
        MemoryIteration,
        MemoryPostcopyRequests,
        DiskTotal,
        DiskProcessed,
        DiskRemaining,
        DiskBps,
        CompressionCache,
        CompressionBytes,
        CompressionPages,
        CompressionCacheMisses,
        CompressionOverflow,
        AutoConvergeThrottle,
        DiskTempUsed,
        DiskTempTotal,
        Count
    };
    static constexpr int kFieldCount = int(Field::Count);

    // virDomainJobType as libvirt reported it (VIR_DOMAIN_JOB_NONE when no job runs).
    int jobType = VIR_DOMAIN_JOB_NONE;
    // virDomainJobOperation, when sent.
    std::optional<int> operation;
    // Completed jobs only: whether it succeeded, and libvirt's message when not.
    std::optional<bool> success;
    QString errorMessage;
    // When the client took the sample, in ms since the monitor started (a client clock,
    // for series where libvirt sent no elapsed time yet).
    qint64 sampledAtMs = 0;

    std::optional<quint64> value(Field field) const { return m_values[size_t(field)]; }
    bool has(Field field) const { return m_values[size_t(field)].has_value(); }
    void setValue(Field field, std::optional<quint64> value) { m_values[size_t(field)] = value; }

    // libvirt's parameter name of a field ("time_elapsed", "memory_dirty_rate"…).
    static QString key(Field field);
    static std::optional<Field> fieldForKey(const QString &key);

    // Decodes virDomainGetJobStats' output. Unknown keys are skipped (a newer libvirt may
    // send more); a known key of an unexpected type leaves its field unknown.
    static JobStats fromTypedParameters(int jobType, virTypedParameterPtr parameters, int count);

    // The dirty rate in bytes/s (memory_dirty_rate × memory_page_size), when both are known.
    std::optional<quint64> dirtyBytesPerSecond() const;
    bool isActive() const { return jobType == VIR_DOMAIN_JOB_BOUNDED || jobType == VIR_DOMAIN_JOB_UNBOUNDED; }

    // One CSV line per sample, the format of the recordings under tests/data and of the
    // history's sample files: sampled_at_ms, job_type, operation, success, then every
    // Field by key(); an unknown value is an empty cell. errorMessage is not part of it.
    static QStringList csvHeader();
    QStringList toCsvRow() const;
    // Reads a row written under `header` (columns may come in any order; unknown columns
    // are ignored). Nullopt, with the reason in `error`, for a malformed cell.
    static std::optional<JobStats> fromCsvRow(const QStringList &header, const QStringList &row, QString *error);

    friend bool operator==(const JobStats &, const JobStats &) = default;

private:
    std::array<std::optional<quint64>, kFieldCount> m_values {};
};
Q_DECLARE_METATYPE(JobStats)

// Reads and writes whole sample files (a header line, then one line per sample; cells are
// plain numbers, so no quoting is needed).
namespace JobStatsCsv {
QString write(const QList<JobStats> &samples);
// Nullopt with the line and reason in `error` on a malformed file.
std::optional<QList<JobStats>> read(const QString &text, QString *error);
} // namespace JobStatsCsv
