// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: Virt Ferry contributors
// vf-check-ts [--glossary FILE.tsv] FILE.ts...: lists every problem of the translations
// (TranslationChecker) and exits 1 if there is one, 2 if a file cannot be read.
#include "TranslationChecker.h"

#include <QMap>
#include <QStringList>

#include <cstdio>

int main(int argc, char *argv[])
{
    QStringList tsFiles;
    QString glossaryPath;
    bool usageError = false;
    for (int i = 1; i < argc; ++i) {
        const QString argument = QString::fromLocal8Bit(argv[i]);
        if (argument == QStringLiteral("--glossary") && i + 1 < argc)
            glossaryPath = QString::fromLocal8Bit(argv[++i]);
        else if (argument.startsWith(QLatin1Char('-')))
            usageError = true;
        else
            tsFiles.append(argument);
    }
    if (usageError || tsFiles.isEmpty()) {
        std::fprintf(stderr, "usage: vf-check-ts [--glossary FILE.tsv] FILE.ts...\n");
        return 2;
    }

    QList<GlossaryTerm> glossary;
    if (!glossaryPath.isEmpty()) {
        if (const QString error = TranslationChecker::readGlossary(glossaryPath, &glossary);
            !error.isEmpty()) {
            std::fprintf(stderr, "vf-check-ts: %s\n", qUtf8Printable(error));
            return 2;
        }
    }

    int status = 0;
    for (const QString &tsFile : std::as_const(tsFiles)) {
        TranslationChecker checker;
        checker.setGlossary(glossary);
        if (const QString error = checker.check(tsFile); !error.isEmpty()) {
            std::fprintf(stderr, "vf-check-ts: %s\n", qUtf8Printable(error));
            return 2;
        }
        QMap<QString, int> perKind;
        for (const TranslationProblem &problem : checker.problems()) {
            std::printf("%s: %s\n", qUtf8Printable(tsFile), qUtf8Printable(problem.toString()));
            ++perKind[TranslationProblem::kindName(problem.kind)];
        }
        QStringList summary;
        for (auto it = perKind.cbegin(); it != perKind.cend(); ++it)
            summary.append(QStringLiteral("%1 %2").arg(it.value()).arg(it.key()));
        std::printf("%s: %d messages, %lld problems%s%s\n", qUtf8Printable(tsFile), checker.messageCount(),
            qlonglong(checker.problems().size()), summary.isEmpty() ? "" : ": ",
            qUtf8Printable(summary.join(QStringLiteral(", "))));
        if (!checker.problems().isEmpty())
            status = 1;
    }
    return status;
}
