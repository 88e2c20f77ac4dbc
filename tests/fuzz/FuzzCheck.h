// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: Virt Ferry contributors
#pragma once

#include <QByteArray>
#include <QString>

#include <cstdio>
#include <cstdlib>

// A broken invariant is a finding like a crash: abort() so libFuzzer keeps the input as a
// crash-* artifact and the run fails.
[[noreturn]] inline void fuzzFailure(const char *file, int line, const char *condition, const QString &detail)
{
    std::fprintf(stderr, "%s:%d: invariant broken: %s\n", file, line, condition);
    if (!detail.isEmpty())
        std::fprintf(stderr, "  %s\n", detail.toUtf8().constData());
    std::fflush(stderr);
    std::abort();
}

#define FUZZ_CHECK(condition, detail)                                                                              \
    do {                                                                                                           \
        if (!(condition))                                                                                          \
            fuzzFailure(__FILE__, __LINE__, #condition, (detail));                                                 \
    } while (false)

inline QString fuzzQuoted(const QString &text)
{
    return QString::fromLatin1(text.toUtf8().toPercentEncoding(" /:=,.<>'\"()[]{}@#&?!*-_"));
}
