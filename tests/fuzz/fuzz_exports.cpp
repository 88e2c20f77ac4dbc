// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: Virt Ferry contributors
// /etc/exports: ExportsFile::parse on arbitrary bytes.
// Invariants: an untouched file serializes back byte for byte (its diff is empty); every
// entry's canonical text parses back, alone and without problems, to the same entry;
// options are stable through toList()/fromList(); an edited entry survives
// serialize()/parse() while every other entry stays as it was; a removed entry is gone
// and nothing else changes.
#include "ExportsFile.h"
#include "FuzzCheck.h"

#include <cstddef>
#include <cstdint>

namespace {

QString describe(const ExportEntry &entry)
{
    QString text = fuzzQuoted(entry.path) + QStringLiteral(" [") + entry.defaultOptions.toList().join(u',')
        + QStringLiteral("]");
    for (const ExportClient &client : entry.clients)
        text += u' ' + fuzzQuoted(client.host) + u'(' + fuzzQuoted(client.options.toList().join(u',')) + u')';
    return text;
}

void checkOptions(const ExportOptions &options)
{
    const ExportOptions again = ExportOptions::fromList(options.toList());
    FUZZ_CHECK(again == options,
        options.toList().join(u',') + QStringLiteral(" became ") + again.toList().join(u','));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray content(reinterpret_cast<const char *>(data), qsizetype(size));
    const ExportsFile file = ExportsFile::parse(content);

    FUZZ_CHECK(file.serialize() == content, QStringLiteral("an untouched file changed"));
    FUZZ_CHECK(ExportsFile::unifiedDiff(content, file.serialize(), QStringLiteral("a"), QStringLiteral("b")).isEmpty(),
        QStringLiteral("a diff between equal files"));
    for (const ExportsFile::Problem &problem : file.problems())
        FUZZ_CHECK(problem.line >= 1 && !problem.message.isEmpty(), QString::number(problem.line));

    const QList<ExportEntry> entries = file.entries();
    FUZZ_CHECK(entries.size() == file.entryCount(), QString());
    int previousLine = 0;
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const ExportEntry &entry = entries.at(i);
        FUZZ_CHECK(file.entryLine(i) > previousLine, QString::number(file.entryLine(i)));
        previousLine = file.entryLine(i);
        FUZZ_CHECK(!entry.path.isEmpty(), QStringLiteral("an entry without a path"));
        checkOptions(entry.defaultOptions);
        for (const ExportClient &client : entry.clients)
            checkOptions(client.options);

        const QByteArray canonical = ExportsFile::serializeEntry(entry);
        FUZZ_CHECK(!canonical.contains('\n'), QString::fromUtf8(canonical));
        const ExportsFile alone = ExportsFile::parse(canonical + '\n');
        FUZZ_CHECK(alone.problems().isEmpty() && alone.entryCount() == 1,
            QString::fromUtf8(canonical) + QStringLiteral(": ")
                + (alone.problems().isEmpty() ? QString() : alone.problems().first().message));
        FUZZ_CHECK(alone.entry(0) == entry,
            describe(entry) + QStringLiteral("\nwritten as ") + QString::fromUtf8(canonical)
                + QStringLiteral("\nread back as ") + describe(alone.entry(0)));
    }

    if (entries.isEmpty())
        return 0;
    // Edit the first entry (flip read-only, add a client) and remove the last.
    ExportsFile edited = file;
    ExportEntry changed = entries.first();
    changed.defaultOptions.access = changed.defaultOptions.access == ExportOptions::Access::ReadOnly
        ? ExportOptions::Access::ReadWrite
        : ExportOptions::Access::ReadOnly;
    ExportClient added;
    added.host = QStringLiteral("fuzz.example.org");
    added.options.sync = ExportOptions::Sync::Sync;
    changed.clients.append(added);
    edited.replaceEntry(0, changed);
    const ExportsFile reread = ExportsFile::parse(edited.serialize());
    FUZZ_CHECK(reread.entryCount() == entries.size(), QString::number(reread.entryCount()));
    FUZZ_CHECK(reread.entry(0) == changed, describe(changed) + QStringLiteral(" read back as ") + describe(reread.entry(0)));
    for (qsizetype i = 1; i < entries.size(); ++i)
        FUZZ_CHECK(reread.entry(i) == entries.at(i), describe(entries.at(i)) + QStringLiteral(" became ") + describe(reread.entry(i)));
    FUZZ_CHECK(!ExportsFile::unifiedDiff(content, edited.serialize(), QStringLiteral("a"), QStringLiteral("b")).isEmpty(),
        QStringLiteral("an edit without a diff"));

    ExportsFile removed = file;
    removed.removeEntry(entries.size() - 1);
    const ExportsFile afterRemoval = ExportsFile::parse(removed.serialize());
    FUZZ_CHECK(afterRemoval.entryCount() == entries.size() - 1, QString::number(afterRemoval.entryCount()));
    for (qsizetype i = 0; i + 1 < entries.size(); ++i)
        FUZZ_CHECK(afterRemoval.entry(i) == entries.at(i), describe(entries.at(i)) + QStringLiteral(" became ") + describe(afterRemoval.entry(i)));
    return 0;
}
