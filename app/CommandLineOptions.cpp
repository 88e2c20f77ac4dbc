// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: Virt Ferry contributors
#include "CommandLineOptions.h"

#include "ConnectionConfig.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

namespace {
[[noreturn]] void failWith(const QString &message)
{
    std::fprintf(stderr, "virt-ferry: %s\n", qUtf8Printable(message));
    std::exit(2);
}
} // namespace

CommandLineOptions CommandLineOptions::parse(const QCoreApplication &application)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Manage KVM hosts and migrate virtual machines between them."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption connectOption(
        {QStringLiteral("c"), QStringLiteral("connect")},
        QCoreApplication::translate("main", "Connect to the hypervisor at URI (may be repeated)."),
        QStringLiteral("URI"));
    const QCommandLineOption noAutoconnectOption(
        QStringLiteral("no-conn-autostart"),
        QCoreApplication::translate("main", "Do not open the saved autoconnect connections."));
    const QCommandLineOption timeoutOption(
        QStringLiteral("connect-timeout"),
        QCoreApplication::translate("main", "Give up a connection attempt after SECONDS (default 15)."),
        QStringLiteral("SECONDS"));
    const QCommandLineOption statsOption(
        QStringLiteral("stats-interval"),
        QCoreApplication::translate("main", "Sample VM statistics every MILLISECONDS (default 2000, 0 pauses)."),
        QStringLiteral("MILLISECONDS"));
    const QCommandLineOption reportOption(
        QStringLiteral("report-populated"),
        QCoreApplication::translate("main", "Print a line once the VMs of the opened connections are on screen."));
    const QCommandLineOption quitOption(
        QStringLiteral("quit-when-populated"),
        QCoreApplication::translate("main", "Like --report-populated, then quit (for tests and benchmarks)."));
    parser.addOptions({connectOption, noAutoconnectOption, timeoutOption, statsOption, reportOption, quitOption});
    parser.process(application);

    CommandLineOptions options;
    for (const QString &uri : parser.values(connectOption)) {
        if (const QString error = ConnectionValidation::uriError(uri); !error.isEmpty())
            failWith(QCoreApplication::translate("main", "--connect %1: %2").arg(uri, error));
        options.connectUris.append(uri);
    }
    options.autoconnectSaved = !parser.isSet(noAutoconnectOption);
    if (parser.isSet(timeoutOption)) {
        bool ok = false;
        const double seconds = parser.value(timeoutOption).toDouble(&ok);
        if (!ok || seconds <= 0 || seconds > 3600)
            failWith(QCoreApplication::translate("main", "--connect-timeout needs a number of seconds between 0 and 3600."));
        options.connectTimeoutMs = int(seconds * 1000);
    }
    if (parser.isSet(statsOption)) {
        bool ok = false;
        const int interval = parser.value(statsOption).toInt(&ok);
        if (!ok || interval < 0)
            failWith(QCoreApplication::translate("main", "--stats-interval needs a whole number of milliseconds."));
        options.statsIntervalMs = interval;
    }
    options.quitWhenPopulated = parser.isSet(quitOption);
    options.reportPopulation = options.quitWhenPopulated || parser.isSet(reportOption);
    return options;
}
