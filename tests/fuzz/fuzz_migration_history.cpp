// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: Virt Ferry contributors
// The migration history's JSON lines: MigrationHistory::fromJsonLine on arbitrary bytes.
// Invariant: a record fromJsonLine() accepts, toJsonLine() writes so that fromJsonLine()
// reads the same record back, and writes it the same way again.
#include "FuzzCheck.h"
#include "MigrationHistory.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray line(reinterpret_cast<const char *>(data), qsizetype(size));
    const std::optional<MigrationRecord> record = MigrationHistory::fromJsonLine(line);
    if (!record)
        return 0;
    const QByteArray written = MigrationHistory::toJsonLine(*record);
    FUZZ_CHECK(!written.contains('\n'), QString::fromUtf8(written));
    const std::optional<MigrationRecord> reread = MigrationHistory::fromJsonLine(written);
    FUZZ_CHECK(reread.has_value(), QStringLiteral("toJsonLine wrote what fromJsonLine rejects: ")
            + QString::fromUtf8(line) + QStringLiteral("\n  ") + QString::fromUtf8(written));
    FUZZ_CHECK(*reread == *record, QString::fromUtf8(line) + QStringLiteral("\n  ") + QString::fromUtf8(written)
            + QStringLiteral("\n  ") + QString::fromUtf8(MigrationHistory::toJsonLine(*reread)));
    FUZZ_CHECK(MigrationHistory::toJsonLine(*reread) == written, QString::fromUtf8(written));
    return 0;
}
