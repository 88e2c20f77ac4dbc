// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: Virt Ferry contributors
// vf-copy-volume: one volume copy through Virt Ferry's engine (VolumeCopyJob), for
// tests/bench/copy-bench.sh. No GUI, no gtest; prints what it did and how long it took.
//
//   vf-copy-volume SOURCE_URI SOURCE_POOL SOURCE_VOLUME DEST_URI DEST_POOL [DEST_NAME]
//
// SOURCE_URI or DEST_URI "file" makes that side a local file: SOURCE_POOL/DEST_POOL is
// then ignored and SOURCE_VOLUME/DEST_NAME is the file's path.
#include "ConnectionHandle.h"
#include "LibvirtError.h"
#include "VolumeCopyJob.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QStringList>

#include <cstdio>

namespace {

ConnectionHandle open(const QString &uri)
{
    virConnectPtr connection = virConnectOpen(uri.toUtf8().constData());
    if (!connection) {
        std::fprintf(stderr, "vf-copy-volume: cannot open %s: %s\n", qPrintable(uri),
                     qPrintable(LibvirtError::fromLastError().message()));
        return {};
    }
    return ConnectionHandle(connection, [](virConnectPtr held) { virConnectClose(held); });
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication application(argc, argv);
    LibvirtError::installQuietHandler();
    const QStringList arguments = application.arguments().mid(1);
    if (arguments.size() < 5 || arguments.size() > 6) {
        std::fprintf(stderr, "usage: vf-copy-volume SOURCE_URI SOURCE_POOL SOURCE_VOLUME DEST_URI DEST_POOL [DEST_NAME]\n"
                             "       (URI \"file\": that side is a local file named by the volume argument)\n");
        return 2;
    }
    const QString fileUri = QStringLiteral("file");
    VolumeEndpoint source;
    if (arguments.at(0) == fileUri) {
        source = VolumeEndpoint::localFile(arguments.at(2));
    } else {
        ConnectionHandle connection = open(arguments.at(0));
        if (!connection)
            return 1;
        source = VolumeEndpoint::volume(connection, arguments.at(1), arguments.at(2));
    }
    const QString destinationName = arguments.value(5);
    VolumeEndpoint destination;
    if (arguments.at(3) == fileUri) {
        destination = VolumeEndpoint::localFile(destinationName);
    } else {
        ConnectionHandle connection = open(arguments.at(3));
        if (!connection)
            return 1;
        destination = VolumeEndpoint::volume(connection, arguments.at(4), destinationName);
    }

    QElapsedTimer clock;
    clock.start();
    VolumeCopyJob job(source, destination);
    int status = 1;
    QObject::connect(&job, &VolumeCopyJob::finished, &application, [&](bool succeeded, const QString &message) {
        const double seconds = double(clock.nsecsElapsed()) / 1e9;
        const CopyProgress &progress = job.progress();
        if (succeeded) {
            std::printf("copied %llu bytes (%llu of data) in %.3f s\n",
                        static_cast<unsigned long long>(progress.bytesDone),
                        static_cast<unsigned long long>(progress.dataBytes), seconds);
            status = 0;
        } else {
            std::fprintf(stderr, "vf-copy-volume: %s\n", qPrintable(message));
        }
        QCoreApplication::quit();
    });
    job.start();
    application.exec();
    return status;
}
