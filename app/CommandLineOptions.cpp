// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: Virt Ferry contributors
#include "CommandLineOptions.h"

#include "ConnectionConfig.h"
#include "Localization.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

namespace {
[[noreturn]] void failWith(const QString &message)
{
    std::fprintf(stderr, "virt-ferry: %s\n", qUtf8Printable(message));
    std::exit(2);
}

QStringList languageCodes()
{
    QStringList codes;
    for (const Localization::Language &language : Localization::availableLanguages())
        codes.append(language.code);
    return codes;
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
    const QCommandLineOption languageOption(
        QStringLiteral("language"),
        QCoreApplication::translate("main", "Show Virt Ferry in LANGUAGE for this session (%1; default: the "
                                            "language chosen in Preferences, else the system's).")
            .arg(languageCodes().join(QStringLiteral(", "))),
        QStringLiteral("LANGUAGE"));
    parser.addOptions(
        {connectOption, noAutoconnectOption, timeoutOption, statsOption, languageOption, reportOption, quitOption});
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
    if (parser.isSet(languageOption)) {
        options.language = Localization::matchAvailable(parser.value(languageOption));
        if (options.language.isEmpty())
            failWith(QCoreApplication::translate("main", "--language %1: Virt Ferry is available in %2.")
                         .arg(parser.value(languageOption), languageCodes().join(QStringLiteral(", "))));
    }
    options.quitWhenPopulated = parser.isSet(quitOption);
    options.reportPopulation = options.quitWhenPopulated || parser.isSet(reportOption);
    return options;
}

QString CommandLineOptions::languageArgument(const QStringList &arguments)
{
    const QString option = QStringLiteral("--language");
    const QString withValue = option + QLatin1Char('=');
    QString value;
    // Skips the program name; the last occurrence wins, as with QCommandLineParser::value.
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == QStringLiteral("--"))
            break;
        if (argument == option && i + 1 < arguments.size())
            value = arguments.at(++i);
        else if (argument.startsWith(withValue))
            value = argument.mid(withValue.size());
    }
    return value;
}
