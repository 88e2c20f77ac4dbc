// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: Virt Ferry contributors
#pragma once

#include <QStringList>

#include <optional>

class QCoreApplication;

// The command line, parsed once in main(): virt-manager's options plus a few of ours.
struct CommandLineOptions
{
    QStringList connectUris;
    bool autoconnectSaved = true;
    std::optional<int> connectTimeoutMs;
    std::optional<int> statsIntervalMs;
    // For the smoke test and the benchmark: report when the first connections' VMs are
    // on screen, then quit.
    bool quitWhenPopulated = false;
    bool reportPopulation = false;
    // --language: a shipped language for this session only, over the Preferences one.
    QString language;

    // Exits the process on --help, --version or a bad value, like QCommandLineParser::process.
    static CommandLineOptions parse(const QCoreApplication &application);
    // The raw --language value, read before parse() so that --help and parse()'s own
    // messages are already in that language; parse() validates it.
    static QString languageArgument(const QStringList &arguments);
};
