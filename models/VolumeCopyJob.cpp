// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: Virt Ferry contributors
#include "VolumeCopyJob.h"

#include "LibvirtCalls.h"
#include "LibvirtError.h"
#include "LibvirtHandles.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QStorageInfo>
#include <QThread>
#include <QXmlStreamReader>
#include <QtEndian>

#include <libvirt/virterror.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <deque>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

VolumeEndpoint VolumeEndpoint::volume(ConnectionHandle connection, QString poolName, QString volumeName)
{
    VolumeEndpoint endpoint;
    endpoint.connection = std::move(connection);
    endpoint.poolName = std::move(poolName);
    endpoint.volumeName = std::move(volumeName);
    return endpoint;
}

VolumeEndpoint VolumeEndpoint::localFile(QString path)
{
    VolumeEndpoint endpoint;
    endpoint.localPath = std::move(path);
    return endpoint;
}

namespace {

constexpr qint64 kProgressIntervalMs = 100;
constexpr qint64 kRateWindowMs = 3000;
constexpr int kDeleteRetryMs = 5000;

QString libvirtMessage(const QString &fallback)
{
    return LibvirtError::fromLastError(fallback).message();
}

QString systemMessage(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

QString hostLabel(virConnectPtr connection)
{
    char *name = virConnectGetHostname(connection);
    if (!name) {
        virResetLastError();
        return VolumeCopyJob::tr("the host");
    }
    const QString result = QString::fromUtf8(name);
    std::free(name);
    return result;
}

// The volume's format from its XML: <volume><target><format type='…'/>. The backing
// store has a <format> of its own, which must not be taken for the volume's.
QString volumeFormat(const QString &xml)
{
    QXmlStreamReader reader(xml);
    QStringList path;
    while (!reader.atEnd()) {
        switch (reader.readNext()) {
        case QXmlStreamReader::StartElement:
            path.append(reader.name().toString());
            if (path == QStringList{QStringLiteral("volume"), QStringLiteral("target"), QStringLiteral("format")})
                return reader.attributes().value(QStringLiteral("type")).toString();
            break;
        case QXmlStreamReader::EndElement:
            path.removeLast();
            break;
        default:
            break;
        }
    }
    return {};
}

struct SourceFacts
{
    QString name;
    QString format;
    quint64 capacity = 0;
    quint64 allocation = 0;
    quint64 streamLength = 0;
};

// A local image's format and virtual size, so an upload creates a volume that libvirt
// describes correctly (qcow2 keeps its virtual size in the header, big-endian at 24).
bool probeLocalImage(int fd, quint64 fileSize, SourceFacts &facts)
{
    unsigned char header[32] = {};
    const ssize_t got = pread(fd, header, sizeof(header), 0);
    if (got < 0)
        return false;
    if (got == sizeof(header) && std::memcmp(header, "QFI\xfb", 4) == 0) {
        facts.format = QStringLiteral("qcow2");
        facts.capacity = qFromBigEndian<quint64>(header + 24);
    } else {
        facts.format = QStringLiteral("raw");
        facts.capacity = fileSize;
    }
    return true;
}

class FileCloser final
{
public:
    FileCloser() = default;
    ~FileCloser() { reset(); }
    Q_DISABLE_COPY_MOVE(FileCloser)
    void reset(int fd = -1)
    {
        if (m_fd >= 0)
            ::close(m_fd);
        m_fd = fd;
    }
    int get() const { return m_fd; }
    int release()
    {
        const int fd = m_fd;
        m_fd = -1;
        return fd;
    }

private:
    int m_fd = -1;
};

} // namespace

// Everything that runs on the copy's own thread. It owns its libvirt objects and talks to
// the job only through queued calls, so the job's members stay on the job's thread.
class VolumeCopyJob::Runner final
{
public:
    explicit Runner(VolumeCopyJob *job)
        : m_job(job)
        , m_source(job->m_source)
        , m_destination(job->m_destination)
        , m_bandwidthLimit(job->m_bandwidthLimit)
        , m_cancel(job->m_cancelRequested)
    {
    }
    Q_DISABLE_COPY_MOVE(Runner)

    void run();

private:
    enum class Outcome { Done, Failed, Cancelled };

    void usePrivateConnections();
    bool cancelled() const { return m_cancel.load(); }
    void postState(State state);
    void postProgress(bool force);
    bool inspectSource(QString &error);
    bool checkDestination(QString &error);
    bool createDestination(QString &error);
    Outcome copy(QString &error);
    Outcome copyVolumeToVolume(QString &error);
    Outcome copyVolumeToFile(QString &error);
    Outcome copyFileToVolume(QString &error);
    void removeDestination();
    Outcome callbackOutcome(QString &error, const QString &fallback);

    // Called per chunk by libvirt's stream loops; returns false to stop the copy.
    bool accountData(quint64 bytes);
    bool accountHole(quint64 bytes);
    bool fail(const QString &message);

    static int sinkToStream(virStreamPtr, const char *data, size_t bytes, void *opaque);
    static int holeToStream(virStreamPtr, long long length, void *opaque);
    static int sinkToFile(virStreamPtr, const char *data, size_t bytes, void *opaque);
    static int holeToFile(virStreamPtr, long long length, void *opaque);
    static int readFromFile(virStreamPtr, char *data, size_t bytes, void *opaque);
    static int fileSection(virStreamPtr, int *inData, long long *length, void *opaque);
    static int skipInFile(virStreamPtr, long long length, void *opaque);

    VolumeCopyJob *m_job;
    VolumeEndpoint m_source; // its connection replaced by a private one in run()
    VolumeEndpoint m_destination;
    const quint64 m_bandwidthLimit;
    std::atomic_bool &m_cancel;

    SourceFacts m_facts;
    QString m_destinationName;
    QString m_destinationHost;
    Libvirt::StorageVolPtr m_sourceVolume;
    Libvirt::StoragePoolPtr m_destinationPool;
    Libvirt::StorageVolPtr m_destinationVolume;
    FileCloser m_sourceFile;
    FileCloser m_destinationFile;
    bool m_destinationCreated = false;

    virStreamPtr m_sendStream = nullptr; // the destination stream while pumping volume → volume
    quint64 m_position = 0;
    quint64 m_dataBytes = 0;
    QString m_callbackError; // set when a callback stopped the copy for a reason of its own
    bool m_sendStreamBroken = false; // virStreamSend/SendHole failed: the stream is already dead

    QElapsedTimer m_clock;
    qint64 m_lastPostMs = -kProgressIntervalMs;
    std::deque<std::pair<qint64, quint64>> m_samples; // (ms, position)
};

void VolumeCopyJob::Runner::postState(State state)
{
    QMetaObject::invokeMethod(m_job, [job = m_job, state] { job->setState(state); }, Qt::QueuedConnection);
}

void VolumeCopyJob::Runner::postProgress(bool force)
{
    const qint64 now = m_clock.elapsed();
    if (!force && now - m_lastPostMs < kProgressIntervalMs)
        return;
    m_lastPostMs = now;
    m_samples.emplace_back(now, m_position);
    while (m_samples.size() > 2 && now - m_samples.front().first > kRateWindowMs)
        m_samples.pop_front();

    CopyProgress progress;
    progress.bytesDone = m_position;
    progress.bytesTotal = std::max(m_facts.streamLength, m_position);
    progress.dataBytes = m_dataBytes;
    const auto &[firstMs, firstPosition] = m_samples.front();
    if (now > firstMs) {
        progress.bytesPerSecond = double(m_position - firstPosition) * 1000.0 / double(now - firstMs);
        if (progress.bytesPerSecond > 0)
            progress.etaSeconds = qint64(double(progress.bytesTotal - progress.bytesDone) / progress.bytesPerSecond + 0.5);
    }
    QMetaObject::invokeMethod(
        m_job,
        [job = m_job, progress] {
            job->m_progress = progress;
            Q_EMIT job->progressChanged(progress);
        },
        Qt::QueuedConnection);
}

// The streams run for minutes beside the calls of the hosts' workers; on connections of
// their own a transport that dies cannot crash libvirt's client (see
// Libvirt::openPrivateConnection()). They close with the runner, on this thread.
void VolumeCopyJob::Runner::usePrivateConnections()
{
    const bool sameConnection = m_source.connection == m_destination.connection;
    if (m_source.connection) {
        if (ConnectionHandle own = adoptConnection(Libvirt::openPrivateConnection(m_source.connection.get()).release()))
            m_source.connection = std::move(own);
    }
    if (sameConnection) {
        m_destination.connection = m_source.connection;
    } else if (m_destination.connection) {
        if (ConnectionHandle own
            = adoptConnection(Libvirt::openPrivateConnection(m_destination.connection.get()).release()))
            m_destination.connection = std::move(own);
    }
}

void VolumeCopyJob::Runner::run()
{
    m_clock.start();
    postState(State::Preparing);
    usePrivateConnections();
    QString error;
    Outcome outcome = Outcome::Failed;
    if (m_source.isLocalFile() && m_destination.isLocalFile())
        error = tr("Copying a local file to a local file is not a volume copy; one side must be a volume.");
    else if (inspectSource(error) && checkDestination(error)) {
        if (cancelled())
            outcome = Outcome::Cancelled;
        else if (createDestination(error)) {
            postState(State::Copying);
            postProgress(true);
            outcome = copy(error);
            if (outcome == Outcome::Done)
                postProgress(true);
        }
    }

    if (outcome != Outcome::Done && m_destinationCreated) {
        postState(State::CleaningUp);
        removeDestination();
    }
    const State finalState = outcome == Outcome::Done        ? State::Completed
                             : outcome == Outcome::Cancelled ? State::Cancelled
                                                             : State::Failed;
    if (outcome == Outcome::Cancelled)
        error = m_destinationCreated ? tr("The copy was cancelled; the partial copy was deleted.")
                                     : tr("The copy was cancelled before anything was written.");
    QMetaObject::invokeMethod(
        m_job, [job = m_job, finalState, error] { job->finish(finalState, error); }, Qt::QueuedConnection);
}

bool VolumeCopyJob::Runner::inspectSource(QString &error)
{
    if (m_source.isLocalFile()) {
        const QString path = m_source.localPath;
        m_sourceFile.reset(::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC));
        struct stat status = {};
        if (m_sourceFile.get() < 0 || fstat(m_sourceFile.get(), &status) != 0) {
            error = tr("Cannot read %1: %2").arg(path, systemMessage(errno));
            return false;
        }
        if (!S_ISREG(status.st_mode)) {
            error = tr("%1 is not a regular file.").arg(path);
            return false;
        }
        m_facts.name = QFileInfo(path).fileName();
        m_facts.streamLength = quint64(status.st_size);
        m_facts.allocation = quint64(status.st_blocks) * 512;
        if (!probeLocalImage(m_sourceFile.get(), m_facts.streamLength, m_facts)) {
            error = tr("Cannot read %1: %2").arg(path, systemMessage(errno));
            return false;
        }
        return true;
    }

    virConnectPtr connection = m_source.connection.get();
    const QString host = hostLabel(connection);
    Libvirt::StoragePoolPtr pool(virStoragePoolLookupByName(connection, m_source.poolName.toUtf8().constData()));
    if (!pool) {
        error = tr("The source pool “%1” was not found on %2: %3")
                    .arg(m_source.poolName, host, libvirtMessage(tr("no such pool")));
        return false;
    }
    m_sourceVolume.reset(virStorageVolLookupByName(pool.get(), m_source.volumeName.toUtf8().constData()));
    if (!m_sourceVolume) {
        error = tr("The source volume “%1” was not found in pool “%2” on %3: %4")
                    .arg(m_source.volumeName, m_source.poolName, host, libvirtMessage(tr("no such volume")));
        return false;
    }
    virStorageVolInfo info = {};
    virStorageVolInfo physical = {};
    char *xml = virStorageVolGetXMLDesc(m_sourceVolume.get(), 0);
    if (virStorageVolGetInfo(m_sourceVolume.get(), &info) != 0
        || virStorageVolGetInfoFlags(m_sourceVolume.get(), &physical, VIR_STORAGE_VOL_GET_PHYSICAL) != 0 || !xml) {
        std::free(xml);
        error = tr("Cannot read the source volume “%1”: %2")
                    .arg(m_source.volumeName, libvirtMessage(tr("unknown error")));
        return false;
    }
    m_facts.name = m_source.volumeName;
    m_facts.format = volumeFormat(QString::fromUtf8(xml));
    std::free(xml);
    if (m_facts.format.isEmpty())
        m_facts.format = QStringLiteral("raw");
    m_facts.capacity = info.capacity;
    m_facts.allocation = info.allocation;
    // What a download streams: the file's bytes, which is the capacity for raw and the
    // (smaller) file size for qcow2.
    m_facts.streamLength = physical.allocation;
    return true;
}

bool VolumeCopyJob::Runner::checkDestination(QString &error)
{
    if (m_destination.isLocalFile()) {
        const QString path = m_destination.localPath;
        const QFileInfo file(path);
        if (path.isEmpty() || file.isRelative()) {
            error = tr("The destination file needs an absolute path.");
            return false;
        }
        if (file.exists() || file.isSymLink()) {
            error = tr("%1 already exists; nothing was copied.").arg(path);
            return false;
        }
        if (!file.absoluteDir().exists()) {
            error = tr("The folder %1 does not exist.").arg(file.absolutePath());
            return false;
        }
        const QStorageInfo storage(file.absolutePath());
        if (storage.isValid() && quint64(storage.bytesAvailable()) < m_facts.allocation) {
            error = tr("%1 has %2 free, but the volume holds %3; nothing was copied.")
                        .arg(file.absolutePath(), formatBytes(quint64(storage.bytesAvailable())),
                             formatBytes(m_facts.allocation));
            return false;
        }
        return true;
    }

    virConnectPtr connection = m_destination.connection.get();
    m_destinationHost = hostLabel(connection);
    m_destinationName = m_destination.volumeName.isEmpty() ? m_facts.name : m_destination.volumeName;
    m_destinationPool.reset(virStoragePoolLookupByName(connection, m_destination.poolName.toUtf8().constData()));
    if (!m_destinationPool) {
        error = tr("The destination pool “%1” was not found on %2: %3")
                    .arg(m_destination.poolName, m_destinationHost, libvirtMessage(tr("no such pool")));
        return false;
    }
    if (virStoragePoolIsActive(m_destinationPool.get()) != 1) {
        virResetLastError();
        error = tr("The destination pool “%1” on %2 is not running; start it first.")
                    .arg(m_destination.poolName, m_destinationHost);
        return false;
    }
    Libvirt::StorageVolPtr existing(
        virStorageVolLookupByName(m_destinationPool.get(), m_destinationName.toUtf8().constData()));
    virResetLastError();
    if (existing) {
        error = tr("A volume named “%1” already exists in pool “%2” on %3; nothing was copied.")
                    .arg(m_destinationName, m_destination.poolName, m_destinationHost);
        return false;
    }
    virStoragePoolInfo pool = {};
    if (virStoragePoolGetInfo(m_destinationPool.get(), &pool) != 0) {
        error = tr("Cannot read the destination pool “%1”: %2")
                    .arg(m_destination.poolName, libvirtMessage(tr("unknown error")));
        return false;
    }
    if (pool.available < m_facts.allocation) {
        error = tr("Pool “%1” on %2 has %3 free, but the volume holds %4; nothing was copied.")
                    .arg(m_destination.poolName, m_destinationHost, formatBytes(pool.available),
                         formatBytes(m_facts.allocation));
        return false;
    }
    return true;
}

bool VolumeCopyJob::Runner::createDestination(QString &error)
{
    if (m_destination.isLocalFile()) {
        // O_EXCL: a file that appeared since the check is never overwritten.
        m_destinationFile.reset(::open(QFile::encodeName(m_destination.localPath).constData(),
                                       O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600));
        if (m_destinationFile.get() < 0) {
            error = tr("Cannot create %1: %2").arg(m_destination.localPath, systemMessage(errno));
            return false;
        }
        m_destinationCreated = true;
        return true;
    }

    VolumeDefinition definition;
    definition.name = m_destinationName;
    definition.format = m_facts.format;
    definition.capacityBytes = m_facts.capacity;
    definition.allocationBytes = 0;
    m_destinationVolume.reset(
        virStorageVolCreateXML(m_destinationPool.get(), definition.toXml().toUtf8().constData(), 0));
    if (!m_destinationVolume) {
        error = tr("Cannot create the volume “%1” in pool “%2” on %3: %4")
                    .arg(m_destinationName, m_destination.poolName, m_destinationHost,
                         libvirtMessage(tr("unknown error")));
        return false;
    }
    m_destinationCreated = true;
    if (char *path = virStorageVolGetPath(m_destinationVolume.get())) {
        QMetaObject::invokeMethod(
            m_job, [job = m_job, path = QString::fromUtf8(path)] { job->m_destinationPath = path; },
            Qt::QueuedConnection);
        std::free(path);
    }
    virResetLastError();
    return true;
}

VolumeCopyJob::Runner::Outcome VolumeCopyJob::Runner::copy(QString &error)
{
    if (m_destination.isLocalFile())
        return copyVolumeToFile(error);
    if (m_source.isLocalFile())
        return copyFileToVolume(error);
    return copyVolumeToVolume(error);
}

// A stream loop ended early: by cancel, by a callback's own error, or by libvirt.
VolumeCopyJob::Runner::Outcome VolumeCopyJob::Runner::callbackOutcome(QString &error, const QString &fallback)
{
    if (cancelled())
        return Outcome::Cancelled;
    error = m_callbackError.isEmpty() ? libvirtMessage(fallback) : m_callbackError;
    return Outcome::Failed;
}

VolumeCopyJob::Runner::Outcome VolumeCopyJob::Runner::copyVolumeToVolume(QString &error)
{
    Libvirt::StreamPtr upload(virStreamNew(m_destination.connection.get(), 0));
    if (!upload
        || virStorageVolUpload(m_destinationVolume.get(), upload.get(), 0, 0, VIR_STORAGE_VOL_UPLOAD_SPARSE_STREAM) != 0) {
        error = tr("Cannot start writing to %1: %2").arg(m_destinationHost, libvirtMessage(tr("unknown error")));
        return Outcome::Failed;
    }
    Libvirt::StreamPtr download(virStreamNew(m_source.connection.get(), 0));
    if (!download
        || virStorageVolDownload(m_sourceVolume.get(), download.get(), 0, 0, VIR_STORAGE_VOL_DOWNLOAD_SPARSE_STREAM)
            != 0) {
        error = tr("Cannot start reading the source volume: %1").arg(libvirtMessage(tr("unknown error")));
        virStreamAbort(upload.get());
        virResetLastError();
        return Outcome::Failed;
    }

    // libvirt's receive loop hands each chunk (its own bounded buffer) to the callbacks,
    // which send it on at once: one thread, no queue, holes forwarded as holes.
    m_sendStream = upload.get();
    const int received = virStreamSparseRecvAll(download.get(), sinkToStream, holeToStream, this);
    m_sendStream = nullptr;
    if (received != 0) {
        // libvirt has aborted (or lost) the download; the upload is ours to abort unless
        // it already broke.
        const Outcome outcome = callbackOutcome(error, tr("reading the source volume failed"));
        if (!m_sendStreamBroken)
            virStreamAbort(upload.get());
        virResetLastError();
        return outcome;
    }
    if (virStreamFinish(download.get()) != 0) {
        error = tr("Reading the source volume failed: %1").arg(libvirtMessage(tr("unknown error")));
        virStreamAbort(upload.get());
        virResetLastError();
        return Outcome::Failed;
    }
    // The upload's finish waits until the destination host has written everything.
    if (virStreamFinish(upload.get()) != 0) {
        error = tr("Writing to %1 failed: %2").arg(m_destinationHost, libvirtMessage(tr("unknown error")));
        return Outcome::Failed;
    }
    return Outcome::Done;
}

VolumeCopyJob::Runner::Outcome VolumeCopyJob::Runner::copyVolumeToFile(QString &error)
{
    Libvirt::StreamPtr download(virStreamNew(m_source.connection.get(), 0));
    if (!download
        || virStorageVolDownload(m_sourceVolume.get(), download.get(), 0, 0, VIR_STORAGE_VOL_DOWNLOAD_SPARSE_STREAM)
            != 0) {
        error = tr("Cannot start reading the source volume: %1").arg(libvirtMessage(tr("unknown error")));
        return Outcome::Failed;
    }
    if (virStreamSparseRecvAll(download.get(), sinkToFile, holeToFile, this) != 0)
        return callbackOutcome(error, tr("reading the source volume failed"));
    if (virStreamFinish(download.get()) != 0) {
        error = tr("Reading the source volume failed: %1").arg(libvirtMessage(tr("unknown error")));
        return Outcome::Failed;
    }
    // A trailing hole was only skipped over; the file's size must still reach it.
    if (ftruncate(m_destinationFile.get(), off_t(m_position)) != 0 || ::close(m_destinationFile.release()) != 0) {
        error = tr("Cannot write %1: %2").arg(m_destination.localPath, systemMessage(errno));
        return Outcome::Failed;
    }
    return Outcome::Done;
}

VolumeCopyJob::Runner::Outcome VolumeCopyJob::Runner::copyFileToVolume(QString &error)
{
    Libvirt::StreamPtr upload(virStreamNew(m_destination.connection.get(), 0));
    if (!upload
        || virStorageVolUpload(m_destinationVolume.get(), upload.get(), 0, 0, VIR_STORAGE_VOL_UPLOAD_SPARSE_STREAM) != 0) {
        error = tr("Cannot start writing to %1: %2").arg(m_destinationHost, libvirtMessage(tr("unknown error")));
        return Outcome::Failed;
    }
    if (virStreamSparseSendAll(upload.get(), readFromFile, fileSection, skipInFile, this) != 0)
        return callbackOutcome(error, tr("writing to %1 failed").arg(m_destinationHost));
    if (virStreamFinish(upload.get()) != 0) {
        error = tr("Writing to %1 failed: %2").arg(m_destinationHost, libvirtMessage(tr("unknown error")));
        return Outcome::Failed;
    }
    return Outcome::Done;
}

void VolumeCopyJob::Runner::removeDestination()
{
    if (m_destination.isLocalFile()) {
        m_destinationFile.reset();
        ::unlink(QFile::encodeName(m_destination.localPath).constData());
        return;
    }
    if (!m_destinationVolume)
        return;
    // Right after an aborted upload the destination host may still be closing its side
    // and refreshing the pool; deletion can be refused for a moment.
    const QDeadlineTimer deadline(kDeleteRetryMs);
    while (virStorageVolDelete(m_destinationVolume.get(), 0) != 0) {
        const QString message = libvirtMessage({});
        if (deadline.hasExpired()) {
            qWarning("VolumeCopyJob: could not delete the partial volume %s: %s", qPrintable(m_destinationName),
                     qPrintable(message));
            return;
        }
        QThread::msleep(100);
    }
}

bool VolumeCopyJob::Runner::fail(const QString &message)
{
    m_callbackError = message;
    return false;
}

bool VolumeCopyJob::Runner::accountData(quint64 bytes)
{
    m_position += bytes;
    m_dataBytes += bytes;
    if (m_bandwidthLimit > 0) {
        // Sleep in short slices so a cancel is seen quickly even at a low limit.
        const qint64 dueMs = qint64(double(m_dataBytes) * 1000.0 / double(m_bandwidthLimit));
        while (!cancelled() && m_clock.elapsed() < dueMs) {
            postProgress(false);
            QThread::msleep(quint64(std::min<qint64>(50, dueMs - m_clock.elapsed())));
        }
    }
    postProgress(false);
    return !cancelled();
}

bool VolumeCopyJob::Runner::accountHole(quint64 bytes)
{
    m_position += bytes;
    postProgress(false);
    return !cancelled();
}

int VolumeCopyJob::Runner::sinkToStream(virStreamPtr, const char *data, size_t bytes, void *opaque)
{
    auto *self = static_cast<Runner *>(opaque);
    if (self->cancelled())
        return -1;
    size_t sent = 0;
    while (sent < bytes) {
        const int done = virStreamSend(self->m_sendStream, data + sent, bytes - sent);
        if (done < 0) {
            self->m_sendStreamBroken = true;
            self->fail(tr("Writing to %1 failed: %2")
                           .arg(self->m_destinationHost, libvirtMessage(tr("unknown error"))));
            return -1;
        }
        sent += size_t(done);
    }
    return self->accountData(bytes) ? int(bytes) : -1;
}

int VolumeCopyJob::Runner::holeToStream(virStreamPtr, long long length, void *opaque)
{
    auto *self = static_cast<Runner *>(opaque);
    if (self->cancelled())
        return -1;
    if (virStreamSendHole(self->m_sendStream, length, 0) != 0) {
        self->m_sendStreamBroken = true;
        self->fail(tr("Writing to %1 failed: %2").arg(self->m_destinationHost, libvirtMessage(tr("unknown error"))));
        return -1;
    }
    return self->accountHole(quint64(length)) ? 0 : -1;
}

int VolumeCopyJob::Runner::sinkToFile(virStreamPtr, const char *data, size_t bytes, void *opaque)
{
    auto *self = static_cast<Runner *>(opaque);
    if (self->cancelled())
        return -1;
    size_t written = 0;
    while (written < bytes) {
        const ssize_t done = ::write(self->m_destinationFile.get(), data + written, bytes - written);
        if (done < 0 && errno == EINTR)
            continue;
        if (done <= 0) {
            self->fail(tr("Cannot write %1: %2").arg(self->m_destination.localPath, systemMessage(errno)));
            return -1;
        }
        written += size_t(done);
    }
    return self->accountData(bytes) ? int(bytes) : -1;
}

int VolumeCopyJob::Runner::holeToFile(virStreamPtr, long long length, void *opaque)
{
    auto *self = static_cast<Runner *>(opaque);
    if (self->cancelled())
        return -1;
    // Seeking past the hole leaves it unallocated; the final ftruncate covers a hole at the end.
    if (lseek(self->m_destinationFile.get(), off_t(length), SEEK_CUR) == off_t(-1)) {
        self->fail(tr("Cannot write %1: %2").arg(self->m_destination.localPath, systemMessage(errno)));
        return -1;
    }
    return self->accountHole(quint64(length)) ? 0 : -1;
}

int VolumeCopyJob::Runner::readFromFile(virStreamPtr, char *data, size_t bytes, void *opaque)
{
    auto *self = static_cast<Runner *>(opaque);
    if (self->cancelled())
        return -1;
    ssize_t got = -1;
    do {
        got = pread(self->m_sourceFile.get(), data, bytes, off_t(self->m_position));
    } while (got < 0 && errno == EINTR);
    if (got < 0) {
        self->fail(tr("Cannot read %1: %2").arg(self->m_source.localPath, systemMessage(errno)));
        return -1;
    }
    if (got > 0 && !self->accountData(quint64(got)))
        return -1;
    return int(got);
}

int VolumeCopyJob::Runner::fileSection(virStreamPtr, int *inData, long long *length, void *opaque)
{
    auto *self = static_cast<Runner *>(opaque);
    if (self->cancelled())
        return -1;
    const int fd = self->m_sourceFile.get();
    const off_t position = off_t(self->m_position);
    const off_t end = off_t(self->m_facts.streamLength);
    if (position >= end) {
        *inData = 0;
        *length = 0;
        return 0;
    }
    const off_t data = lseek(fd, position, SEEK_DATA);
    if (data == off_t(-1)) {
        if (errno != ENXIO) {
            self->fail(tr("Cannot read %1: %2").arg(self->m_source.localPath, systemMessage(errno)));
            return -1;
        }
        // No data after here: the rest is one hole.
        *inData = 0;
        *length = end - position;
        return 0;
    }
    if (data > position) {
        *inData = 0;
        *length = data - position;
        return 0;
    }
    const off_t hole = lseek(fd, position, SEEK_HOLE);
    if (hole == off_t(-1)) {
        self->fail(tr("Cannot read %1: %2").arg(self->m_source.localPath, systemMessage(errno)));
        return -1;
    }
    *inData = 1;
    *length = hole - position;
    return 0;
}

int VolumeCopyJob::Runner::skipInFile(virStreamPtr, long long length, void *opaque)
{
    auto *self = static_cast<Runner *>(opaque);
    return self->accountHole(quint64(length)) ? 0 : -1;
}

VolumeCopyJob::VolumeCopyJob(VolumeEndpoint source, VolumeEndpoint destination, QObject *parent)
    : QObject(parent)
    , m_source(std::move(source))
    , m_destination(std::move(destination))
{
}

VolumeCopyJob::~VolumeCopyJob()
{
    cancel();
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

void VolumeCopyJob::setBandwidthLimit(quint64 bytesPerSecond)
{
    m_bandwidthLimit = bytesPerSecond;
}

void VolumeCopyJob::start()
{
    if (m_state != State::Idle || m_thread)
        return;
    m_thread = QThread::create([this] {
        Runner runner(this);
        runner.run();
    });
    m_thread->setObjectName(QStringLiteral("VolumeCopyJob"));
    m_thread->start();
}

void VolumeCopyJob::cancel()
{
    m_cancelRequested.store(true);
}

void VolumeCopyJob::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void VolumeCopyJob::finish(State state, const QString &message)
{
    m_errorMessage = state == State::Completed ? QString() : message;
    setState(state);
    Q_EMIT finished(state == State::Completed, m_errorMessage);
}
