// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: Virt Ferry contributors
// vf-migrate-watch: one live migration through Virt Ferry's engine (MigrationBatch, with
// its job statistics monitor) for tests/bench/migration-bench.sh. With --gui the progress
// window (its charts included) is on screen and a probe on the GUI thread measures how
// late its timer fires: the longest event-loop stall while the migration is watched.
// Prints figures as key=value lines; no assertions.
//
//   vf-migrate-watch [--gui] [--bandwidth MIB_S] [--interval MS] [--abort-after S]
//                    SOURCE_URI DEST_URI DOMAIN
#include "ConnectionHandle.h"
#include "LibvirtError.h"
#include "LibvirtEventLoop.h"
#include "MigrationBatch.h"
#include "MigrationPlan.h"
#include "MigrationProgressDialog.h"
#include "MigrationSeries.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <memory>

namespace {

// The probe's period: short enough to see a 50 ms stall, long enough to cost nothing.
constexpr int kProbeIntervalMs = 5;

ConnectionHandle open(const QString &uri)
{
    virConnectPtr connection = virConnectOpen(uri.toUtf8().constData());
    if (!connection) {
        std::fprintf(stderr, "vf-migrate-watch: cannot open %s: %s\n", qPrintable(uri),
            qPrintable(LibvirtError::fromLastError().message()));
        return {};
    }
    return ConnectionHandle(connection, [](virConnectPtr held) { virConnectClose(held); });
}

// The domain's UUID on the source, looked up before anything is timed.
QString uuidOf(const ConnectionHandle &connection, const QString &name)
{
    virDomainPtr domain = virDomainLookupByName(connection.get(), name.toUtf8().constData());
    if (!domain)
        return {};
    char uuid[VIR_UUID_STRING_BUFLEN] = {};
    const bool ok = virDomainGetUUIDString(domain, uuid) == 0;
    virDomainFree(domain);
    return ok ? QString::fromLatin1(uuid) : QString();
}

} // namespace

int main(int argc, char *argv[])
{
    LibvirtEventLoop::prepareBeforeQtApplication();
    QApplication application(argc, argv);
    LibvirtError::installQuietHandler();
    QString eventLoopError;
    if (!LibvirtEventLoop::start(&eventLoopError)) {
        std::fprintf(stderr, "vf-migrate-watch: %s\n", qPrintable(eventLoopError));
        return 1;
    }

    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption guiOption(QStringLiteral("gui"), QStringLiteral("Show the progress window and probe stalls."));
    const QCommandLineOption bandwidthOption(
        QStringLiteral("bandwidth"), QStringLiteral("Bandwidth limit in MiB/s."), QStringLiteral("MIB_S"));
    const QCommandLineOption intervalOption(
        QStringLiteral("interval"), QStringLiteral("Statistics interval in ms."), QStringLiteral("MS"));
    const QCommandLineOption abortOption(
        QStringLiteral("abort-after"), QStringLiteral("Abort after this many seconds."), QStringLiteral("S"));
    parser.addOptions({ guiOption, bandwidthOption, intervalOption, abortOption });
    parser.addPositionalArgument(QStringLiteral("SOURCE_URI"), QStringLiteral("Source host."));
    parser.addPositionalArgument(QStringLiteral("DEST_URI"), QStringLiteral("Destination host."));
    parser.addPositionalArgument(QStringLiteral("DOMAIN"), QStringLiteral("The running VM."));
    parser.process(application);
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 3)
        parser.showHelp(2);

    const ConnectionHandle source = open(positional.at(0));
    const ConnectionHandle destination = open(positional.at(1));
    if (!source || !destination)
        return 1;
    const QString uuid = uuidOf(source, positional.at(2));
    if (uuid.isEmpty()) {
        std::fprintf(stderr, "vf-migrate-watch: no domain %s on the source\n", qPrintable(positional.at(2)));
        return 1;
    }

    MigrationPlan plan; // live on shared storage, persistent on the destination, source undefined
    plan.options.bandwidthMiBs = parser.value(bandwidthOption).toULongLong();
    if (!plan.problems().isEmpty()) {
        std::fprintf(stderr, "vf-migrate-watch: %s\n", qPrintable(plan.problems().first().reason));
        return 2;
    }
    MigrationBatch batch(source, destination, positional.at(1), { MigrationTarget { uuid, positional.at(2) } }, plan);
    if (parser.isSet(intervalOption))
        batch.setStatsInterval(parser.value(intervalOption).toInt());

    std::unique_ptr<MigrationProgressDialog> dialog;
    if (parser.isSet(guiOption)) {
        dialog = std::make_unique<MigrationProgressDialog>(&batch, positional.at(0), positional.at(1));
        dialog->resize(1100, 800);
        dialog->show();
    }

    // The stall probe: how much later than asked the GUI thread got to a short timer,
    // while the VM migrates (pre-flight checks excluded).
    QElapsedTimer sinceLastTick;
    qint64 longestStallMs = 0;
    bool migrating = false;
    QTimer probe;
    probe.setTimerType(Qt::PreciseTimer);
    probe.setInterval(kProbeIntervalMs);
    QObject::connect(&probe, &QTimer::timeout, [&] {
        if (migrating && sinceLastTick.isValid())
            longestStallMs = std::max(longestStallMs, sinceLastTick.elapsed() - kProbeIntervalMs);
        sinceLastTick.restart();
    });
    probe.start();

    QElapsedTimer migrationClock;
    double migrationSeconds = 0;
    QObject::connect(&batch, &MigrationBatch::itemStateChanged,
        [&](int, MigrationBatch::ItemState state, const QString &) {
            if (state == MigrationBatch::ItemState::Migrating && !migrationClock.isValid()) {
                migrationClock.start();
                migrating = true;
            } else if (MigrationBatch::isFinalState(state) && migrationClock.isValid()) {
                migrationSeconds = double(migrationClock.nsecsElapsed()) / 1e9;
                migrating = false;
            }
        });
    if (parser.isSet(abortOption)) {
        QTimer::singleShot(parser.value(abortOption).toInt() * 1000, &batch, [&batch] { batch.cancel(); });
    }
    int exitCode = 1;
    QObject::connect(&batch, &MigrationBatch::finished, [&](int succeeded, int, int) {
        exitCode = succeeded == 1 ? 0 : 1;
        // A moment for the last repaint, so the stall figure covers the end as well.
        QTimer::singleShot(200, &application, &QCoreApplication::quit);
    });
    batch.start();
    application.exec();

    const MigrationSeries *series = batch.itemSeries(0);
    std::printf("result=%s\n", qPrintable(MigrationProgressDialog::stateText(batch.itemState(0))));
    if (!batch.itemMessage(0).isEmpty())
        std::printf("message=%s\n", qPrintable(batch.itemMessage(0)));
    std::printf("migration_seconds=%.3f\n", migrationSeconds);
    std::printf("samples=%lld\n", series ? qlonglong(series->samples().size()) : 0LL);
    if (series && series->summary().downtimeMs)
        std::printf("downtime_ms=%llu\n", static_cast<unsigned long long>(*series->summary().downtimeMs));
    if (parser.isSet(guiOption))
        std::printf("max_stall_ms=%lld\n", static_cast<long long>(longestStallMs));
    dialog.reset();
    LibvirtEventLoop::stop();
    return exitCode;
}
