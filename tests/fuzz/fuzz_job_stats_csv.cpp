// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: Virt Ferry contributors
// JobStatsCsv::read on arbitrary text (the recordings and the history's sample files).
// Invariants: a failure always names a line and a reason; what read() accepts, write()
// writes in a form read() gives back identically; every row has one cell per column.
#include "FuzzCheck.h"
#include "JobStats.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    QString error;
    const std::optional<QList<JobStats>> samples = JobStatsCsv::read(text, &error);
    if (!samples) {
        FUZZ_CHECK(error.startsWith(QStringLiteral("Line ")), error);
        return 0;
    }
    FUZZ_CHECK(error.isEmpty(), error);
    const qsizetype columns = JobStats::csvHeader().size();
    for (const JobStats &sample : *samples) {
        FUZZ_CHECK(sample.toCsvRow().size() == columns, QString::number(sample.toCsvRow().size()));
        FUZZ_CHECK(sample.errorMessage.isEmpty(), sample.errorMessage);
    }
    const QString written = JobStatsCsv::write(*samples);
    QString rereadError;
    const std::optional<QList<JobStats>> reread = JobStatsCsv::read(written, &rereadError);
    FUZZ_CHECK(reread.has_value(), QStringLiteral("write() wrote what read() rejects: ") + rereadError);
    FUZZ_CHECK(*reread == *samples, written);
    FUZZ_CHECK(JobStatsCsv::write(*reread) == written, QStringLiteral("write() is not stable"));
    return 0;
}
