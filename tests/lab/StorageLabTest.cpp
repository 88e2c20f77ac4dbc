// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: Virt Ferry contributors
// Storage against the lab's real daemons: VolumeCopyJob's sparse copies between host A
// and host B through libvirt streams (checksums, allocation, cancel, refusal), upload and
// download of local files, one netfs pool ensured on both hosts through PoolReplicator,
// and NFS export discovery (showmount on the hypervisor against the lab's nfs-ganesha).
#include "Connection.h"
#include "Lab.h"
#include "LibvirtError.h"
#include "LibvirtHandles.h"
#include "PoolReplicator.h"
#include "PoolSourceDiscovery.h"
#include "QtPrinting.h"
#include "VolumeCopyJob.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>
#include <QtEndian>
#include <gtest/gtest.h>
#include <libvirt/virterror.h>

#include <cerrno>
#include <cstdlib>
#include <fcntl.h>
#include <memory>
#include <sys/stat.h>
#include <unistd.h>

namespace {

constexpr quint64 kMiB = 1024 * 1024;
constexpr quint64 kGiB = 1024 * kMiB;
constexpr int kCopyWaitMs = 120000;
constexpr int kConnectMs = 30000;
constexpr int kRequestWaitMs = 60000;

const QString kPool = QStringLiteral("vf-copy");
const QString kPoolPath = QStringLiteral("/var/lib/libvirt/vf-copy");
const QString kSourceVolume = QStringLiteral("sparse-1g.raw");
// 8 MiB of data at a few offsets, holes everywhere else.
const quint64 kDataOffsetsMiB[] = {0, 100, 500, 1022};
constexpr quint64 kChunk = 2 * kMiB;

// What a file holds, independent of how sparse it is: SHA-256 over its size and every
// 4 KiB block that is not all zeros (with its offset). Reading only the data extents
// keeps this fast on a 1 GiB file with 8 MiB of data, where a plain sha256sum takes
// seconds; two files with equal bytes always give equal checksums.
struct FileContent
{
    QByteArray checksum;
    quint64 size = 0;
    quint64 allocatedBytes = 0;
    bool ok = false;
};

FileContent inspectFile(const QString &path)
{
    FileContent content;
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return content;
    struct stat status = {};
    fstat(fd, &status);
    content.size = quint64(status.st_size);
    content.allocatedBytes = quint64(status.st_blocks) * 512;
    QCryptographicHash hash(QCryptographicHash::Sha256);
    uchar sizeBytes[8];
    qToLittleEndian<quint64>(content.size, sizeBytes);
    hash.addData(QByteArrayView(reinterpret_cast<const char *>(sizeBytes), 8));
    constexpr qsizetype kBlock = 4096;
    QByteArray buffer(qsizetype(kMiB), Qt::Uninitialized);
    const QByteArray zeros(kBlock, '\0');
    off_t position = 0;
    const off_t end = off_t(content.size);
    while (position < end) {
        const off_t data = lseek(fd, position, SEEK_DATA);
        if (data < 0)
            break; // ENXIO: only a hole remains
        const off_t hole = lseek(fd, data, SEEK_HOLE);
        for (off_t offset = data; offset < hole;) {
            const ssize_t got = pread(fd, buffer.data(), size_t(std::min<off_t>(buffer.size(), hole - offset)), offset);
            if (got <= 0) {
                ::close(fd);
                return content;
            }
            for (qsizetype at = 0; at < got; at += kBlock) {
                const qsizetype length = std::min<qsizetype>(kBlock, got - at);
                const QByteArrayView block(buffer.constData() + at, length);
                if (block == QByteArrayView(zeros.constData(), length))
                    continue;
                uchar offsetBytes[8];
                qToLittleEndian<quint64>(quint64(offset + at), offsetBytes);
                hash.addData(QByteArrayView(reinterpret_cast<const char *>(offsetBytes), 8));
                hash.addData(block);
            }
            offset += got;
        }
        position = hole;
    }
    ::close(fd);
    content.checksum = hash.result().toHex();
    content.ok = true;
    return content;
}

// Writes `length` bytes of seeded random data at `offset` into an existing file.
bool writeRandom(const QString &path, quint64 offset, quint64 length, quint32 seed)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite) || !file.seek(qint64(offset)))
        return false;
    QRandomGenerator generator(seed);
    QByteArray data(qsizetype(length), Qt::Uninitialized);
    generator.fillRange(reinterpret_cast<quint32 *>(data.data()), data.size() / 4);
    return file.write(data) == data.size();
}

Libvirt::StorageVolPtr lookupVolume(const ConnectionHandle &connection, const QString &pool, const QString &name)
{
    Libvirt::StoragePoolPtr owner = Lab::lookupPool(connection, pool);
    if (!owner)
        return {};
    Libvirt::StorageVolPtr volume(virStorageVolLookupByName(owner.get(), name.toUtf8().constData()));
    virResetLastError();
    return volume;
}

void deleteVolume(const ConnectionHandle &connection, const QString &pool, const QString &name)
{
    if (Libvirt::StorageVolPtr volume = lookupVolume(connection, pool, name))
        virStorageVolDelete(volume.get(), 0);
    virResetLastError();
}

QString volumeFormat(virStorageVolPtr volume)
{
    char *xml = virStorageVolGetXMLDesc(volume, 0);
    if (!xml)
        return {};
    QXmlStreamReader reader(QString::fromUtf8(xml));
    std::free(xml);
    QStringList path;
    while (!reader.atEnd()) {
        const auto token = reader.readNext();
        if (token == QXmlStreamReader::StartElement) {
            path.append(reader.name().toString());
            if (path == QStringList{QStringLiteral("volume"), QStringLiteral("target"), QStringLiteral("format")})
                return reader.attributes().value(QStringLiteral("type")).toString();
        } else if (token == QXmlStreamReader::EndElement) {
            path.removeLast();
        }
    }
    return {};
}

struct CopyRun
{
    bool finished = false;
    bool succeeded = false;
    QString message;
    QList<CopyProgress> progress;
    QList<VolumeCopyJob::State> states;
};

void watch(VolumeCopyJob &job, CopyRun &run)
{
    QObject::connect(&job, &VolumeCopyJob::progressChanged, &job,
                     [&run](const CopyProgress &progress) { run.progress.append(progress); });
    QObject::connect(&job, &VolumeCopyJob::stateChanged, &job,
                     [&run](VolumeCopyJob::State state) { run.states.append(state); });
    QObject::connect(&job, &VolumeCopyJob::finished, &job, [&run](bool succeeded, const QString &message) {
        run.finished = true;
        run.succeeded = succeeded;
        run.message = message;
    });
}

// A models-layer connection, opened and settled.
class StorageLabTest : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        s_hostA = Lab::openHandle(Lab::Host::A);
        s_hostB = Lab::openHandle(Lab::Host::B);
        if (!s_hostA || !s_hostB) {
            s_setupError = QStringLiteral("cannot open the lab hosts over TCP: ") + LibvirtError::fromLastError().message();
            return;
        }
        for (const ConnectionHandle &host : {s_hostA, s_hostB}) {
            if (!Lab::createDirPool(host, kPool, kPoolPath, &s_setupError))
                return;
        }
        Libvirt::StoragePoolPtr pool = Lab::lookupPool(s_hostA, kPool);
        const QString xml = QStringLiteral("<volume><name>%1</name><capacity unit='bytes'>%2</capacity>"
                                           "<allocation unit='bytes'>0</allocation>"
                                           "<target><format type='raw'/></target></volume>")
                                .arg(kSourceVolume)
                                .arg(kGiB);
        Libvirt::StorageVolPtr volume(virStorageVolCreateXML(pool.get(), xml.toUtf8().constData(), 0));
        if (!volume) {
            s_setupError = LibvirtError::fromLastError().message();
            return;
        }
        const QString file = sourceFile();
        quint32 seed = 1;
        for (quint64 offsetMiB : kDataOffsetsMiB) {
            if (!writeRandom(file, offsetMiB * kMiB, kChunk, seed++)) {
                s_setupError = QStringLiteral("cannot write test data into ") + file;
                return;
            }
        }
        s_sourceContent = inspectFile(file);
        if (!s_sourceContent.ok)
            s_setupError = QStringLiteral("cannot read back ") + file;
    }

    static void TearDownTestSuite()
    {
        for (const ConnectionHandle &host : {s_hostA, s_hostB}) {
            if (host)
                Lab::removePoolWithContents(host, kPool);
        }
        s_hostA.reset();
        s_hostB.reset();
    }

    void SetUp() override
    {
        ASSERT_TRUE(Lab::isInside()) << "lab tests run inside the lab's client namespace";
        ASSERT_TRUE(s_setupError.isEmpty()) << s_setupError;
    }

    static QString sourceFile() { return Lab::hostLibvirtPath(Lab::Host::A, kPoolPath + u'/' + kSourceVolume); }
    static QString fileOn(Lab::Host host, const QString &volume)
    {
        return Lab::hostLibvirtPath(host, kPoolPath + u'/' + volume);
    }
    static VolumeEndpoint sourceEndpoint() { return VolumeEndpoint::volume(s_hostA, kPool, kSourceVolume); }

    static void expectSourceUnchanged()
    {
        const FileContent now = inspectFile(sourceFile());
        EXPECT_EQ(now.checksum, s_sourceContent.checksum) << "the source volume changed";
        EXPECT_EQ(now.size, kGiB);
    }

    static inline ConnectionHandle s_hostA;
    static inline ConnectionHandle s_hostB;
    static inline QString s_setupError;
    static inline FileContent s_sourceContent;
};

} // namespace

TEST_F(StorageLabTest, TheContentChecksumSeesDataNotSparseness)
{
    // The checksum used below must tell the source from an empty file of the same size
    // and must not depend on allocation.
    QTemporaryDir directory;
    ASSERT_TRUE(directory.isValid());
    const QString empty = directory.filePath(QStringLiteral("empty.raw"));
    {
        QFile file(empty);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        ASSERT_TRUE(file.resize(qint64(kGiB)));
    }
    const FileContent emptyContent = inspectFile(empty);
    ASSERT_TRUE(emptyContent.ok);
    EXPECT_NE(emptyContent.checksum, s_sourceContent.checksum);
    EXPECT_EQ(s_sourceContent.size, kGiB);
    EXPECT_GE(s_sourceContent.allocatedBytes, 8 * kMiB);
    EXPECT_LT(s_sourceContent.allocatedBytes, 64 * kMiB) << "the source should be sparse";

    // Explicit zeros in place of a hole: same bytes, same checksum.
    const QString dense = directory.filePath(QStringLiteral("dense.raw"));
    {
        QFile file(dense);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        ASSERT_EQ(file.write(QByteArray(qsizetype(4 * kMiB), '\0')), qint64(4 * kMiB));
        ASSERT_TRUE(file.resize(qint64(kGiB)));
    }
    const FileContent denseContent = inspectFile(dense);
    EXPECT_EQ(denseContent.checksum, emptyContent.checksum);
    EXPECT_GT(denseContent.allocatedBytes, emptyContent.allocatedBytes);
}

TEST_F(StorageLabTest, CopiesASparseVolumeFromHostAToHostBKeepingHoles)
{
    const QString name = QStringLiteral("copied-1g.raw");
    deleteVolume(s_hostB, kPool, name);
    VolumeCopyJob job(sourceEndpoint(), VolumeEndpoint::volume(s_hostB, kPool, name));
    CopyRun run;
    watch(job, run);
    job.start();
    ASSERT_TRUE(QTest::qWaitFor([&] { return run.finished; }, kCopyWaitMs)) << "the copy did not finish";
    ASSERT_TRUE(run.succeeded) << run.message;
    EXPECT_TRUE(run.message.isEmpty());
    EXPECT_EQ(job.state(), VolumeCopyJob::State::Completed);
    EXPECT_TRUE(run.states.contains(VolumeCopyJob::State::Preparing));
    EXPECT_TRUE(run.states.contains(VolumeCopyJob::State::Copying));
    EXPECT_EQ(job.destinationPath(), kPoolPath + u'/' + name);

    ASSERT_FALSE(run.progress.isEmpty()) << "no progress was reported";
    const CopyProgress &last = run.progress.last();
    EXPECT_EQ(last.bytesDone, kGiB);
    EXPECT_EQ(last.bytesTotal, kGiB);
    EXPECT_EQ(job.progress().bytesDone, kGiB);
    // Holes travel as holes: only about the 8 MiB of data crossed the wire.
    EXPECT_GE(last.dataBytes, 8 * kMiB);
    EXPECT_LT(last.dataBytes, 64 * kMiB);

    const FileContent copy = inspectFile(fileOn(Lab::Host::B, name));
    ASSERT_TRUE(copy.ok);
    EXPECT_EQ(copy.checksum, s_sourceContent.checksum);
    EXPECT_EQ(copy.size, kGiB);
    EXPECT_LT(copy.allocatedBytes, 64 * kMiB) << "the copy on host B was filled in";

    // libvirt's view on host B agrees.
    Libvirt::StorageVolPtr volume = lookupVolume(s_hostB, kPool, name);
    ASSERT_TRUE(volume);
    virStorageVolInfo info = {};
    ASSERT_EQ(virStorageVolGetInfo(volume.get(), &info), 0);
    EXPECT_EQ(info.capacity, kGiB);
    EXPECT_LT(info.allocation, 64 * kMiB);
    EXPECT_EQ(volumeFormat(volume.get()), QStringLiteral("raw"));
    expectSourceUnchanged();
    deleteVolume(s_hostB, kPool, name);
}

TEST_F(StorageLabTest, CopiesAQcow2VolumeByteForByteAndItStaysValid)
{
    const QString name = QStringLiteral("image.qcow2");
    deleteVolume(s_hostA, kPool, name);
    deleteVolume(s_hostB, kPool, name);
    Libvirt::StoragePoolPtr pool = Lab::lookupPool(s_hostA, kPool);
    ASSERT_TRUE(pool);
    const QString xml = QStringLiteral("<volume><name>%1</name><capacity unit='bytes'>%2</capacity>"
                                       "<allocation unit='bytes'>0</allocation>"
                                       "<target><format type='qcow2'/></target></volume>")
                            .arg(name)
                            .arg(kGiB);
    Libvirt::StorageVolPtr created(virStorageVolCreateXML(pool.get(), xml.toUtf8().constData(), 0));
    ASSERT_TRUE(created) << LibvirtError::fromLastError().message();
    QProcess write;
    write.start(QStringLiteral("qemu-io"), {QStringLiteral("-f"), QStringLiteral("qcow2"), QStringLiteral("-c"),
                                            QStringLiteral("write -P 0x5a 10M 3M"), fileOn(Lab::Host::A, name)});
    ASSERT_TRUE(write.waitForFinished(30000) && write.exitCode() == 0) << write.readAllStandardError().constData();
    const FileContent source = inspectFile(fileOn(Lab::Host::A, name));

    VolumeCopyJob job(VolumeEndpoint::volume(s_hostA, kPool, name), VolumeEndpoint::volume(s_hostB, kPool, {}));
    CopyRun run;
    watch(job, run);
    job.start();
    ASSERT_TRUE(QTest::qWaitFor([&] { return run.finished; }, kCopyWaitMs));
    ASSERT_TRUE(run.succeeded) << run.message;
    // An empty destination name means the source's.
    EXPECT_EQ(job.destinationPath(), kPoolPath + u'/' + name);
    const FileContent copy = inspectFile(fileOn(Lab::Host::B, name));
    EXPECT_EQ(copy.checksum, source.checksum);
    EXPECT_EQ(copy.size, source.size);

    Libvirt::StorageVolPtr volume = lookupVolume(s_hostB, kPool, name);
    ASSERT_TRUE(volume);
    EXPECT_EQ(volumeFormat(volume.get()), QStringLiteral("qcow2"));
    virStorageVolInfo info = {};
    ASSERT_EQ(virStorageVolGetInfo(volume.get(), &info), 0);
    EXPECT_EQ(info.capacity, kGiB);
    QProcess check;
    check.start(QStringLiteral("qemu-img"), {QStringLiteral("check"), fileOn(Lab::Host::B, name)});
    ASSERT_TRUE(check.waitForFinished(30000));
    EXPECT_EQ(check.exitCode(), 0) << check.readAllStandardOutput().constData();
    deleteVolume(s_hostA, kPool, name);
    deleteVolume(s_hostB, kPool, name);
}

TEST_F(StorageLabTest, CancelMidCopyDeletesThePartialVolumeAndKeepsTheSource)
{
    const QString name = QStringLiteral("cancelled.raw");
    deleteVolume(s_hostB, kPool, name);
    VolumeCopyJob job(sourceEndpoint(), VolumeEndpoint::volume(s_hostB, kPool, name));
    // 8 MiB at 2 MiB/s: about four seconds, so the cancel lands mid-way for sure.
    job.setBandwidthLimit(2 * kMiB);
    CopyRun run;
    watch(job, run);
    bool destinationSeen = false;
    QObject::connect(&job, &VolumeCopyJob::progressChanged, &job, [&](const CopyProgress &progress) {
        if (progress.dataBytes > 0 && !destinationSeen) {
            destinationSeen = bool(lookupVolume(s_hostB, kPool, name));
            job.cancel();
        }
    });
    job.start();
    ASSERT_TRUE(QTest::qWaitFor([&] { return run.finished; }, kCopyWaitMs)) << "the copy did not finish";
    EXPECT_FALSE(run.succeeded);
    EXPECT_EQ(job.state(), VolumeCopyJob::State::Cancelled);
    EXPECT_TRUE(run.message.contains(QStringLiteral("cancelled"))) << run.message;
    EXPECT_TRUE(destinationSeen) << "the partial destination volume should have existed during the copy";
    ASSERT_FALSE(run.progress.isEmpty());
    EXPECT_LT(run.progress.last().dataBytes, 8 * kMiB) << "the cancel came too late to be mid-way";
    EXPECT_TRUE(run.states.contains(VolumeCopyJob::State::CleaningUp));

    EXPECT_FALSE(lookupVolume(s_hostB, kPool, name)) << "the partial volume is still listed on host B";
    EXPECT_FALSE(QFile::exists(fileOn(Lab::Host::B, name))) << "the partial file is still on host B";
    expectSourceUnchanged();
}

TEST_F(StorageLabTest, AnExistingDestinationIsRefusedBeforeAnyWork)
{
    const QString name = QStringLiteral("already-there.raw");
    deleteVolume(s_hostB, kPool, name);
    Libvirt::StoragePoolPtr pool = Lab::lookupPool(s_hostB, kPool);
    ASSERT_TRUE(pool);
    const QString xml = QStringLiteral("<volume><name>%1</name><capacity unit='bytes'>%2</capacity>"
                                       "<allocation unit='bytes'>0</allocation>"
                                       "<target><format type='raw'/></target></volume>")
                            .arg(name)
                            .arg(4 * kMiB);
    Libvirt::StorageVolPtr existing(virStorageVolCreateXML(pool.get(), xml.toUtf8().constData(), 0));
    ASSERT_TRUE(existing) << LibvirtError::fromLastError().message();
    ASSERT_TRUE(writeRandom(fileOn(Lab::Host::B, name), kMiB, kMiB, 99));
    const FileContent before = inspectFile(fileOn(Lab::Host::B, name));

    VolumeCopyJob job(sourceEndpoint(), VolumeEndpoint::volume(s_hostB, kPool, name));
    CopyRun run;
    watch(job, run);
    job.start();
    ASSERT_TRUE(QTest::qWaitFor([&] { return run.finished; }, kCopyWaitMs));
    EXPECT_FALSE(run.succeeded);
    EXPECT_EQ(job.state(), VolumeCopyJob::State::Failed);
    EXPECT_TRUE(run.message.contains(QStringLiteral("already exists"))) << run.message;
    EXPECT_TRUE(run.message.contains(name)) << run.message;
    EXPECT_FALSE(run.states.contains(VolumeCopyJob::State::Copying)) << "it started copying";
    EXPECT_FALSE(run.states.contains(VolumeCopyJob::State::CleaningUp)) << "it touched the destination";
    EXPECT_TRUE(run.progress.isEmpty());

    const FileContent after = inspectFile(fileOn(Lab::Host::B, name));
    EXPECT_EQ(after.checksum, before.checksum) << "the existing volume was written";
    EXPECT_EQ(after.size, 4 * kMiB);
    EXPECT_TRUE(lookupVolume(s_hostB, kPool, name)) << "the existing volume was deleted";
    expectSourceUnchanged();

    // A local file that exists is refused the same way.
    QTemporaryDir directory;
    ASSERT_TRUE(directory.isValid());
    const QString localPath = directory.filePath(QStringLiteral("there.raw"));
    {
        QFile file(localPath);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        ASSERT_EQ(file.write("keep me"), 7);
    }
    VolumeCopyJob download(sourceEndpoint(), VolumeEndpoint::localFile(localPath));
    CopyRun downloadRun;
    watch(download, downloadRun);
    download.start();
    ASSERT_TRUE(QTest::qWaitFor([&] { return downloadRun.finished; }, kCopyWaitMs));
    EXPECT_FALSE(downloadRun.succeeded);
    EXPECT_TRUE(downloadRun.message.contains(QStringLiteral("already exists"))) << downloadRun.message;
    QFile kept(localPath);
    ASSERT_TRUE(kept.open(QIODevice::ReadOnly));
    EXPECT_EQ(kept.readAll(), QByteArray("keep me"));
    deleteVolume(s_hostB, kPool, name);
}

TEST_F(StorageLabTest, APoolWithoutRoomForTheDataIsRefusedBeforeAnyWork)
{
    // A 4 MiB tmpfs on host B cannot take the source's 8 MiB of data.
    const QString poolName = QStringLiteral("vf-tiny");
    const QString path = QStringLiteral("/var/lib/libvirt/vf-tiny");
    ASSERT_TRUE(QDir().mkpath(Lab::hostLibvirtPath(Lab::Host::B, path)));
    ASSERT_EQ(Lab::runOnHost(Lab::Host::B, {QStringLiteral("mount"), QStringLiteral("-t"), QStringLiteral("tmpfs"),
                                            QStringLiteral("-o"), QStringLiteral("size=4m"), QStringLiteral("vf-tiny"), path}),
              0);
    const auto cleanUp = qScopeGuard([&] {
        if (Libvirt::StoragePoolPtr pool = Lab::lookupPool(s_hostB, poolName)) {
            virStoragePoolDestroy(pool.get());
            virStoragePoolUndefine(pool.get());
            virResetLastError();
        }
        Lab::runOnHost(Lab::Host::B, {QStringLiteral("umount"), path});
    });
    const QString xml = QStringLiteral("<pool type='dir'><name>%1</name><target><path>%2</path></target></pool>")
                            .arg(poolName, path);
    Libvirt::StoragePoolPtr pool(virStoragePoolCreateXML(s_hostB.get(), xml.toUtf8().constData(), 0));
    ASSERT_TRUE(pool) << LibvirtError::fromLastError().message();

    VolumeCopyJob job(sourceEndpoint(), VolumeEndpoint::volume(s_hostB, poolName, QStringLiteral("too-big.raw")));
    CopyRun run;
    watch(job, run);
    job.start();
    ASSERT_TRUE(QTest::qWaitFor([&] { return run.finished; }, kCopyWaitMs));
    EXPECT_FALSE(run.succeeded);
    EXPECT_EQ(job.state(), VolumeCopyJob::State::Failed);
    EXPECT_TRUE(run.message.contains(poolName)) << run.message;
    EXPECT_TRUE(run.message.contains(QStringLiteral("free"))) << run.message;
    EXPECT_TRUE(run.message.contains(QStringLiteral("nothing was copied"))) << run.message;
    EXPECT_FALSE(run.states.contains(VolumeCopyJob::State::Copying));
    EXPECT_FALSE(lookupVolume(s_hostB, poolName, QStringLiteral("too-big.raw")));
}

TEST_F(StorageLabTest, UploadsALocalSparseFileAndDownloadsItBackSparse)
{
    QTemporaryDir directory;
    ASSERT_TRUE(directory.isValid());
    const QString original = directory.filePath(QStringLiteral("local.raw"));
    constexpr quint64 kSize = 256 * kMiB;
    {
        QFile file(original);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        ASSERT_TRUE(file.resize(qint64(kSize)));
    }
    ASSERT_TRUE(writeRandom(original, 0, kMiB, 7));
    ASSERT_TRUE(writeRandom(original, 64 * kMiB + 4096, kMiB, 8));
    ASSERT_TRUE(writeRandom(original, kSize - kMiB, kMiB, 9));
    const FileContent local = inspectFile(original);
    ASSERT_TRUE(local.ok);

    const QString name = QStringLiteral("uploaded.raw");
    deleteVolume(s_hostA, kPool, name);
    VolumeCopyJob upload(VolumeEndpoint::localFile(original), VolumeEndpoint::volume(s_hostA, kPool, name));
    CopyRun uploadRun;
    watch(upload, uploadRun);
    upload.start();
    ASSERT_TRUE(QTest::qWaitFor([&] { return uploadRun.finished; }, kCopyWaitMs));
    ASSERT_TRUE(uploadRun.succeeded) << uploadRun.message;
    ASSERT_FALSE(uploadRun.progress.isEmpty());
    EXPECT_EQ(uploadRun.progress.last().bytesDone, kSize);
    EXPECT_LT(uploadRun.progress.last().dataBytes, 16 * kMiB);

    const FileContent inPool = inspectFile(fileOn(Lab::Host::A, name));
    EXPECT_EQ(inPool.checksum, local.checksum);
    EXPECT_EQ(inPool.size, kSize);
    EXPECT_LT(inPool.allocatedBytes, 16 * kMiB);
    Libvirt::StorageVolPtr volume = lookupVolume(s_hostA, kPool, name);
    ASSERT_TRUE(volume);
    EXPECT_EQ(volumeFormat(volume.get()), QStringLiteral("raw"));

    const QString downloaded = directory.filePath(QStringLiteral("downloaded.raw"));
    VolumeCopyJob download(VolumeEndpoint::volume(s_hostA, kPool, name), VolumeEndpoint::localFile(downloaded));
    CopyRun downloadRun;
    watch(download, downloadRun);
    download.start();
    ASSERT_TRUE(QTest::qWaitFor([&] { return downloadRun.finished; }, kCopyWaitMs));
    ASSERT_TRUE(downloadRun.succeeded) << downloadRun.message;
    EXPECT_TRUE(download.destinationPath().isEmpty());

    const FileContent back = inspectFile(downloaded);
    ASSERT_TRUE(back.ok);
    EXPECT_EQ(back.checksum, local.checksum);
    EXPECT_EQ(back.size, kSize);
    EXPECT_LT(back.allocatedBytes, 16 * kMiB) << "the downloaded file was filled in";
    QFile a(original);
    QFile b(downloaded);
    ASSERT_TRUE(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
    bool equal = true;
    while (equal && !a.atEnd())
        equal = a.read(qint64(4 * kMiB)) == b.read(qint64(4 * kMiB));
    EXPECT_TRUE(equal) << "the downloaded bytes differ from the uploaded file";
    deleteVolume(s_hostA, kPool, name);
}

TEST_F(StorageLabTest, TheSameNetfsPoolIsCreatedOnBothHostsAndSharesVolumes)
{
    const QString exportSubdirectory = QStringLiteral("vf-shared-pool");
    ASSERT_TRUE(QDir().mkpath(Lab::nfsExportDirectory() + u'/' + exportSubdirectory));
    const QString poolName = QStringLiteral("vf-shared");
    PoolDefinition definition;
    definition.name = poolName;
    definition.type = QStringLiteral("netfs");
    definition.targetPath = QStringLiteral("/var/lib/libvirt/vf-shared");
    definition.sourceHost = Lab::nfsHost();
    definition.sourceDir = Lab::nfsExport() + u'/' + exportSubdirectory;
    definition.sourceFormat = QStringLiteral("nfs");
    PoolSetup setup;
    setup.build = true;
    setup.start = true;
    setup.autostart = false;

    std::unique_ptr<Connection> hostA = Lab::openConnection(Lab::tcpUri(Lab::Host::A), kConnectMs);
    std::unique_ptr<Connection> hostB = Lab::openConnection(Lab::tcpUri(Lab::Host::B), kConnectMs);
    ASSERT_EQ(hostA->state(), Connection::State::Connected) << hostA->stateText();
    ASSERT_EQ(hostB->state(), Connection::State::Connected) << hostB->stateText();
    const auto cleanUp = [&] {
        for (const ConnectionHandle &host : {s_hostA, s_hostB}) {
            if (Libvirt::StoragePoolPtr pool = Lab::lookupPool(host, poolName)) {
                deleteVolume(host, poolName, QStringLiteral("from-b.qcow2"));
                virStoragePoolDestroy(pool.get());
                virStoragePoolUndefine(pool.get());
                virResetLastError();
            }
        }
    };
    cleanUp();
    // Whatever fails below, neither host keeps the pool.
    const auto cleanUpAtEnd = qScopeGuard([&] {
        cleanUp();
        QDir(Lab::nfsExportDirectory() + u'/' + exportSubdirectory).removeRecursively();
    });

    bool replicated = false;
    const auto replicate = [&](const PoolDefinition &what) {
        PoolReplicator replicator;
        QSignalSpy finished(&replicator, &PoolReplicator::finished);
        replicator.start(what, setup, {hostA.get(), hostB.get()});
        replicated = QTest::qWaitFor([&] { return finished.count() == 1; }, kRequestWaitMs) && replicator.isFinished();
        for (const PoolReplicator::HostResult &result : replicator.results()) {
            if (!result.done)
                ADD_FAILURE() << (result.connection ? result.connection->config().uri() : QString()) << " never answered";
        }
        return replicator.results();
    };

    const QList<PoolReplicator::HostResult> created = replicate(definition);
    ASSERT_TRUE(replicated) << "PoolReplicator did not finish";
    ASSERT_EQ(created.size(), 2);
    for (const PoolReplicator::HostResult &result : created) {
        EXPECT_TRUE(result.done);
        EXPECT_EQ(result.outcome, EnsurePoolOutcome::Created) << result.message;
    }
    // Both really run it, on the same target path.
    for (const ConnectionHandle &host : {s_hostA, s_hostB}) {
        Libvirt::StoragePoolPtr pool = Lab::lookupPool(host, poolName);
        ASSERT_TRUE(pool);
        EXPECT_EQ(virStoragePoolIsActive(pool.get()), 1);
        char *xml = virStoragePoolGetXMLDesc(pool.get(), 0);
        ASSERT_TRUE(xml);
        const std::optional<PoolDefinition> read = PoolDefinition::fromXml(QString::fromUtf8(xml));
        std::free(xml);
        ASSERT_TRUE(read.has_value());
        EXPECT_EQ(read->targetPath, definition.targetPath);
        EXPECT_EQ(read->sourceHost, definition.sourceHost);
        EXPECT_EQ(read->sourceDir, definition.sourceDir);
    }

    const QList<PoolReplicator::HostResult> again = replicate(definition);
    ASSERT_TRUE(replicated) << "PoolReplicator did not finish";
    ASSERT_EQ(again.size(), 2);
    for (const PoolReplicator::HostResult &result : again)
        EXPECT_EQ(result.outcome, EnsurePoolOutcome::AlreadyIdentical) << result.message;

    PoolDefinition different = definition;
    different.sourceDir = Lab::nfsExport();
    const QList<PoolReplicator::HostResult> conflicting = replicate(different);
    ASSERT_TRUE(replicated) << "PoolReplicator did not finish";
    ASSERT_EQ(conflicting.size(), 2);
    for (const PoolReplicator::HostResult &result : conflicting)
        EXPECT_EQ(result.outcome, EnsurePoolOutcome::Conflict) << result.message;

    // A volume created through host B shows up on host A after a refresh.
    VolumeDefinition volume;
    volume.name = QStringLiteral("from-b.qcow2");
    volume.format = QStringLiteral("qcow2");
    volume.capacityBytes = 64 * kMiB;
    QSignalSpy createdOnB(hostB.get(), &Connection::requestFinished);
    const quint64 createId = hostB->requestCreateVolume(poolName, volume);
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            for (const QList<QVariant> &arguments : std::as_const(createdOnB)) {
                if (arguments.at(0).toULongLong() == createId)
                    return true;
            }
            return false;
        },
        kRequestWaitMs));
    for (const QList<QVariant> &arguments : std::as_const(createdOnB)) {
        if (arguments.at(0).toULongLong() == createId) {
            ASSERT_TRUE(arguments.at(1).toBool()) << arguments.at(2).toString();
        }
    }
    EXPECT_TRUE(QFile::exists(Lab::nfsExportDirectory() + u'/' + exportSubdirectory + QStringLiteral("/from-b.qcow2")))
        << "the volume did not land on the NFS export";

    QSignalSpy refreshed(hostA.get(), &Connection::requestFinished);
    const quint64 refreshId = hostA->requestPoolAction(poolName, PoolAction::Refresh);
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            for (const QList<QVariant> &arguments : std::as_const(refreshed)) {
                if (arguments.at(0).toULongLong() == refreshId)
                    return true;
            }
            return false;
        },
        kRequestWaitMs));
    QSignalSpy listed(hostA.get(), &Connection::volumesListed);
    const quint64 listId = hostA->requestVolumes(poolName);
    QStringList namesOnA;
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            for (const QList<QVariant> &arguments : std::as_const(listed)) {
                if (arguments.at(0).toULongLong() != listId)
                    continue;
                for (const VolumeInfo &info : arguments.at(2).value<QList<VolumeInfo>>())
                    namesOnA.append(info.name);
                return true;
            }
            return false;
        },
        kRequestWaitMs));
    EXPECT_TRUE(namesOnA.contains(QStringLiteral("from-b.qcow2"))) << namesOnA.join(u',');

}

TEST_F(StorageLabTest, DiscoversTheNfsServersExportsFromHostA)
{
    PoolSourceDiscovery discovery(s_hostA);
    QSignalSpy found(&discovery, &PoolSourceDiscovery::finished);
    QSignalSpy failed(&discovery, &PoolSourceDiscovery::failed);
    discovery.start(QStringLiteral("netfs"), Lab::nfsHost());
    ASSERT_TRUE(QTest::qWaitFor([&] { return found.count() + failed.count() > 0; }, kRequestWaitMs))
        << "no answer from the discovery";
    ASSERT_EQ(failed.count(), 0) << failed.first().at(0).toString();
    const auto sources = found.first().at(0).value<QList<PoolSourceDiscovery::Source>>();
    QStringList exports;
    for (const PoolSourceDiscovery::Source &source : sources) {
        exports.append(source.dir);
        EXPECT_EQ(source.host, Lab::nfsHost());
    }
    EXPECT_TRUE(exports.contains(Lab::nfsExport())) << exports.join(u',');

    // A host with no NFS server behind it gets a clear failure, not an empty list.
    PoolSourceDiscovery nowhere(s_hostA);
    QSignalSpy nowhereFound(&nowhere, &PoolSourceDiscovery::finished);
    QSignalSpy nowhereFailed(&nowhere, &PoolSourceDiscovery::failed);
    nowhere.start(QStringLiteral("netfs"), Lab::hostName(Lab::Host::B));
    ASSERT_TRUE(QTest::qWaitFor([&] { return nowhereFound.count() + nowhereFailed.count() > 0; }, kRequestWaitMs));
    ASSERT_EQ(nowhereFailed.count(), 1);
    EXPECT_FALSE(nowhereFailed.first().at(0).toString().isEmpty());
}
