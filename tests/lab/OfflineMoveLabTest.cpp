// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: Virt Ferry contributors
// The offline move against the lab's real daemons: a shut-off domain whose disk is a
// volume in a dir pool on host A is copied to a dir pool on host B, defined there with the
// disk path rewritten, and the source kept or undefined as asked; refusals and failures
// leave host B clean and host A untouched.
#include "DomainDisks.h"
#include "Lab.h"
#include "LibvirtError.h"
#include "LibvirtHandles.h"
#include "OfflineMoveJob.h"
#include "QtPrinting.h"

#include <QCryptographicHash>
#include <QFile>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QTest>
#include <QXmlStreamWriter>
#include <gtest/gtest.h>
#include <libvirt/virterror.h>

#include <cstdlib>
#include <functional>

namespace {

constexpr quint64 kMiB = 1024 * 1024;
constexpr quint64 kCapacity = 64 * kMiB;
constexpr int kJobWaitMs = 60000;

const QString kPool = QStringLiteral("vf-move");
const QString kPoolPath = QStringLiteral("/var/lib/libvirt/vf-move");
const QString kVolume = QStringLiteral("vf-move-disk.raw");
const QString kDomain = QStringLiteral("vf-offline-move");

QString fileOn(Lab::Host host, const QString &volume)
{
    return Lab::hostLibvirtPath(host, kPoolPath + u'/' + volume);
}

// SHA-256 of the whole file; 64 MiB is quick to read even with its holes.
QByteArray checksum(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&file))
        return {};
    return hash.result().toHex();
}

void undefineDomain(const ConnectionHandle &connection, const QString &name)
{
    if (Libvirt::DomainPtr domain = Lab::lookupDomain(connection, name)) {
        if (virDomainIsActive(domain.get()) == 1)
            virDomainDestroy(domain.get());
        virDomainUndefineFlags(domain.get(), VIR_DOMAIN_UNDEFINE_NVRAM);
    }
    virResetLastError();
}

struct MoveRun
{
    bool finished = false;
    bool succeeded = false;
    QString message;
    QList<OfflineMoveJob::State> states;
    quint64 lastDone = 0;
    quint64 lastTotal = 0;
    int diskProgressCount = 0;
};

// `onState` sees each state as the job enters it, before the job goes on.
MoveRun runMove(const OfflineMoveRequest &request,
    const std::function<void(OfflineMoveJob &, OfflineMoveJob::State)> &onState = {},
    const std::function<void(OfflineMoveJob &, const CopyProgress &)> &onProgress = {})
{
    MoveRun run;
    OfflineMoveJob job(request);
    QObject::connect(&job, &OfflineMoveJob::stateChanged, &job, [&](OfflineMoveJob::State state) {
        run.states.append(state);
        if (onState)
            onState(job, state);
    });
    QObject::connect(&job, &OfflineMoveJob::progressChanged, &job, [&run](quint64 done, quint64 total) {
        run.lastDone = done;
        run.lastTotal = total;
    });
    QObject::connect(&job, &OfflineMoveJob::diskProgress, &job, [&](int, const CopyProgress &progress) {
        ++run.diskProgressCount;
        if (onProgress)
            onProgress(job, progress);
    });
    QObject::connect(&job, &OfflineMoveJob::finished, &job, [&run](bool succeeded, const QString &message) {
        run.finished = true;
        run.succeeded = succeeded;
        run.message = message;
    });
    job.start();
    [[maybe_unused]] const bool done = QTest::qWaitFor([&run] { return run.finished; }, kJobWaitMs);
    return run;
}

class OfflineMoveLabTest : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        s_hostA = Lab::openHandle(Lab::Host::A);
        s_hostB = Lab::openHandle(Lab::Host::B);
        if (!s_hostA || !s_hostB)
            s_setupError = QStringLiteral("cannot open the lab hosts over TCP: ")
                + LibvirtError::fromLastError().message();
    }

    static void TearDownTestSuite()
    {
        s_hostA.reset();
        s_hostB.reset();
    }

    // Each test starts from nothing: a pool on each host, a volume with data on A, the
    // domain defined (not started) on A with that volume as its disk.
    void SetUp() override
    {
        ASSERT_TRUE(Lab::isInside()) << "lab tests run inside the lab's client namespace";
        ASSERT_TRUE(s_setupError.isEmpty()) << s_setupError;
        cleanAll();
        QString error;
        for (const ConnectionHandle &host : { s_hostA, s_hostB })
            ASSERT_TRUE(Lab::createDirPool(host, kPool, kPoolPath, &error)) << error;

        s_sourcePathOnHost = Lab::createVolume(s_hostA, kPool, kVolume, kCapacity, QStringLiteral("raw"), &error);
        ASSERT_FALSE(s_sourcePathOnHost.isEmpty()) << error;

        // Random data at a few places, holes elsewhere.
        QFile file(fileOn(Lab::Host::A, kVolume));
        ASSERT_TRUE(file.open(QIODevice::ReadWrite)) << file.fileName();
        QRandomGenerator generator(42);
        for (quint64 offset : { quint64(0), 20 * kMiB, kCapacity - kMiB }) {
            QByteArray data(qsizetype(kMiB), Qt::Uninitialized);
            generator.fillRange(reinterpret_cast<quint32 *>(data.data()), data.size() / 4);
            ASSERT_TRUE(file.seek(qint64(offset)));
            ASSERT_EQ(file.write(data), data.size());
        }
        file.close();
        s_sourceChecksum = checksum(fileOn(Lab::Host::A, kVolume));
        ASSERT_FALSE(s_sourceChecksum.isEmpty());

        // The lab's guest definition, with its disk moved onto the pool volume. It is
        // never started here, so its qcow2 driver line over a raw volume does not matter.
        const QString guestXml = Lab::prepareGuest(kDomain, Lab::GuestDisk::LocalFile, Lab::Host::A);
        QFile::remove(Lab::hostLibvirtPath(
            Lab::Host::A, QStringLiteral("/var/lib/libvirt/images/") + kDomain + QStringLiteral(".qcow2")));
        DomainXmlRewrite rewrite;
        rewrite.sources.insert(QStringLiteral("vda"), DiskSourceRewrite::file(s_sourcePathOnHost));
        const std::optional<QString> xml = rewriteDomainXml(guestXml, rewrite, &error);
        ASSERT_TRUE(xml.has_value()) << error;
        Libvirt::DomainPtr domain(virDomainDefineXMLFlags(s_hostA.get(), xml->toUtf8().constData(), 0));
        ASSERT_TRUE(domain) << LibvirtError::fromLastError().message();
    }

    void TearDown() override { cleanAll(); }

    static void cleanAll()
    {
        for (const ConnectionHandle &host : { s_hostA, s_hostB }) {
            if (!host)
                continue;
            undefineDomain(host, kDomain);
            undefineDomain(host, kDomain + QStringLiteral("-renamed"));
            Lab::removePoolWithContents(host, kPool);
        }
    }

    static OfflineMoveRequest request()
    {
        OfflineMoveRequest move;
        move.source = s_hostA;
        move.destination = s_hostB;
        move.domainName = kDomain;
        move.destinationPool = kPool;
        return move;
    }

    static void expectSourceUntouched()
    {
        Libvirt::DomainPtr domain = Lab::lookupDomain(s_hostA, kDomain);
        ASSERT_TRUE(domain) << "the source domain is gone";
        EXPECT_EQ(virDomainIsActive(domain.get()), 0);
        const QList<DomainDisk> disks = domainDisks(Lab::domainXml(domain.get(), VIR_DOMAIN_XML_INACTIVE));
        ASSERT_EQ(disks.size(), 1);
        EXPECT_EQ(disks[0].sourcePath, s_sourcePathOnHost);
        EXPECT_EQ(checksum(fileOn(Lab::Host::A, kVolume)), s_sourceChecksum);
    }

    static inline ConnectionHandle s_hostA;
    static inline ConnectionHandle s_hostB;
    static inline QString s_setupError;
    static inline QString s_sourcePathOnHost;
    static inline QByteArray s_sourceChecksum;
};

} // namespace

TEST_F(OfflineMoveLabTest, MovesAShutOffDomainToBAndKeepsTheSourceDefined)
{
    const MoveRun run = runMove(request());
    ASSERT_TRUE(run.finished) << "the move did not finish in time";
    ASSERT_TRUE(run.succeeded) << run.message;
    EXPECT_TRUE(run.states.contains(OfflineMoveJob::State::Copying));
    EXPECT_TRUE(run.states.contains(OfflineMoveJob::State::Defining));
    EXPECT_EQ(run.states.last(), OfflineMoveJob::State::Completed);
    EXPECT_EQ(run.lastTotal, kCapacity); // raw: the stream is the whole capacity
    EXPECT_EQ(run.lastDone, run.lastTotal);
    EXPECT_GT(run.diskProgressCount, 0);

    Libvirt::DomainPtr moved = Lab::lookupDomain(s_hostB, kDomain);
    ASSERT_TRUE(moved) << "not defined on B";
    EXPECT_EQ(virDomainIsActive(moved.get()), 0);
    EXPECT_EQ(virDomainIsPersistent(moved.get()), 1);
    const QList<DomainDisk> disks = domainDisks(Lab::domainXml(moved.get(), VIR_DOMAIN_XML_INACTIVE));
    ASSERT_EQ(disks.size(), 1);
    Libvirt::StorageVolPtr copy = Lab::lookupVolume(s_hostB, kPool, kVolume);
    ASSERT_TRUE(copy);
    char *copyPath = virStorageVolGetPath(copy.get());
    EXPECT_EQ(disks[0].sourcePath, QString::fromUtf8(copyPath));
    std::free(copyPath);
    EXPECT_TRUE(disks[0].sourcePath.startsWith(kPoolPath + u'/')) << disks[0].sourcePath;
    EXPECT_EQ(checksum(fileOn(Lab::Host::B, kVolume)), s_sourceChecksum);

    // Same domain, not a new one: the UUID travelled.
    char uuidA[VIR_UUID_STRING_BUFLEN] = {};
    char uuidB[VIR_UUID_STRING_BUFLEN] = {};
    Libvirt::DomainPtr original = Lab::lookupDomain(s_hostA, kDomain);
    ASSERT_TRUE(original);
    ASSERT_EQ(virDomainGetUUIDString(original.get(), uuidA), 0);
    ASSERT_EQ(virDomainGetUUIDString(moved.get(), uuidB), 0);
    EXPECT_STREQ(uuidA, uuidB);
    expectSourceUntouched();
}

TEST_F(OfflineMoveLabTest, UndefinesTheSourceAndDeletesItsVolumeOnlyWhenAsked)
{
    OfflineMoveRequest move = request();
    move.undefineSource = true;
    move.deleteSourceVolumes = true;
    const MoveRun run = runMove(move);
    ASSERT_TRUE(run.finished);
    ASSERT_TRUE(run.succeeded) << run.message;
    EXPECT_TRUE(run.message.isEmpty()) << run.message;

    EXPECT_TRUE(Lab::lookupDomain(s_hostB, kDomain));
    EXPECT_FALSE(Lab::lookupDomain(s_hostA, kDomain)) << "still defined on A";
    EXPECT_FALSE(Lab::lookupVolume(s_hostA, kPool, kVolume)) << "the source volume was not deleted";
    EXPECT_EQ(checksum(fileOn(Lab::Host::B, kVolume)), s_sourceChecksum);
}

TEST_F(OfflineMoveLabTest, UndefinesTheSourceButKeepsItsVolumeByDefault)
{
    OfflineMoveRequest move = request();
    move.undefineSource = true;
    const MoveRun run = runMove(move);
    ASSERT_TRUE(run.finished);
    ASSERT_TRUE(run.succeeded) << run.message;
    EXPECT_TRUE(Lab::lookupDomain(s_hostB, kDomain));
    EXPECT_FALSE(Lab::lookupDomain(s_hostA, kDomain));
    EXPECT_EQ(checksum(fileOn(Lab::Host::A, kVolume)), s_sourceChecksum);
}

TEST_F(OfflineMoveLabTest, ANameAlreadyOnBIsRefusedBeforeAnyCopy)
{
    // Another domain of that name (its own UUID) on B.
    Libvirt::DomainPtr original = Lab::lookupDomain(s_hostA, kDomain);
    ASSERT_TRUE(original);
    DomainXmlRewrite rewrite;
    rewrite.dropUuid = true;
    const std::optional<QString> xml
        = rewriteDomainXml(Lab::domainXml(original.get(), VIR_DOMAIN_XML_INACTIVE), rewrite);
    ASSERT_TRUE(xml.has_value());
    Libvirt::DomainPtr other(virDomainDefineXMLFlags(s_hostB.get(), xml->toUtf8().constData(), 0));
    ASSERT_TRUE(other) << LibvirtError::fromLastError().message();

    const MoveRun run = runMove(request());
    ASSERT_TRUE(run.finished);
    EXPECT_FALSE(run.succeeded);
    EXPECT_TRUE(run.message.contains(kDomain)) << run.message;
    EXPECT_TRUE(run.message.contains(QStringLiteral("already exists"))) << run.message;
    EXPECT_FALSE(run.states.contains(OfflineMoveJob::State::Copying));
    EXPECT_EQ(Lab::volumeCount(s_hostB, kPool), 0) << "B's pool is not clean";
    expectSourceUntouched();
}

TEST_F(OfflineMoveLabTest, ADefineFailureOnBDeletesTheCopyAndLeavesAUntouched)
{
    // The qemu driver refuses a name with '/' only when defining, after the copy.
    OfflineMoveRequest move = request();
    move.newName = QStringLiteral("bad/name");
    move.undefineSource = true;
    move.deleteSourceVolumes = true;
    const MoveRun run = runMove(move);
    ASSERT_TRUE(run.finished);
    EXPECT_FALSE(run.succeeded);
    EXPECT_FALSE(run.message.isEmpty());
    EXPECT_TRUE(run.states.contains(OfflineMoveJob::State::Copying));
    EXPECT_TRUE(run.states.contains(OfflineMoveJob::State::CleaningUp));
    EXPECT_EQ(run.states.last(), OfflineMoveJob::State::Failed);
    EXPECT_EQ(Lab::volumeCount(s_hostB, kPool), 0) << "the copy was left on B";
    EXPECT_FALSE(Lab::lookupDomain(s_hostB, QStringLiteral("bad/name")));
    expectSourceUntouched();
}

TEST_F(OfflineMoveLabTest, ADiskOutsideEveryPoolIsRefused)
{
    // Point the disk at a file no pool on A contains.
    undefineDomain(s_hostA, kDomain);
    const QString guestXml = Lab::prepareGuest(kDomain, Lab::GuestDisk::LocalFile, Lab::Host::A);
    const QString image = Lab::hostLibvirtPath(
        Lab::Host::A, QStringLiteral("/var/lib/libvirt/images/") + kDomain + QStringLiteral(".qcow2"));
    auto removeImage = qScopeGuard([&image] { QFile::remove(image); });
    DomainXmlRewrite rewrite;
    rewrite.sources.insert(QStringLiteral("vda"),
        DiskSourceRewrite::file(QStringLiteral("/var/lib/libvirt/vf-move-outside.qcow2")));
    const std::optional<QString> xml = rewriteDomainXml(guestXml, rewrite);
    ASSERT_TRUE(xml.has_value());
    Libvirt::DomainPtr domain(virDomainDefineXMLFlags(s_hostA.get(), xml->toUtf8().constData(), 0));
    ASSERT_TRUE(domain) << LibvirtError::fromLastError().message();

    const MoveRun run = runMove(request());
    ASSERT_TRUE(run.finished);
    EXPECT_FALSE(run.succeeded);
    EXPECT_TRUE(run.message.contains(QStringLiteral("not in any storage pool"))) << run.message;
    EXPECT_FALSE(Lab::lookupDomain(s_hostB, kDomain));
    EXPECT_EQ(Lab::volumeCount(s_hostB, kPool), 0);
    EXPECT_TRUE(Lab::lookupDomain(s_hostA, kDomain));
}

TEST_F(OfflineMoveLabTest, AChecksumMismatchKeepsTheSourceVolume)
{
    OfflineMoveRequest move = request();
    move.undefineSource = true;
    move.deleteSourceVolumes = true;
    // Once copied, and before the job checks it, the copy on B is damaged in place: same
    // size, same capacity, other contents.
    bool damaged = false;
    const MoveRun run = runMove(move, [&damaged](OfflineMoveJob &, OfflineMoveJob::State state) {
        if (state != OfflineMoveJob::State::Defining)
            return;
        QFile copy(fileOn(Lab::Host::B, kVolume));
        if (!copy.open(QIODevice::ReadWrite) || !copy.seek(qint64(30 * kMiB)))
            return;
        damaged = copy.write(QByteArray(4096, '\xff')) == 4096;
    });
    ASSERT_TRUE(damaged) << "the copy on B could not be damaged";
    ASSERT_TRUE(run.finished);
    ASSERT_TRUE(run.succeeded) << run.message;
    EXPECT_TRUE(run.message.contains(QStringLiteral("kept"))) << run.message;
    EXPECT_TRUE(run.message.contains(s_sourcePathOnHost)) << run.message;

    // Moved (defined on B only), but the source volume is still there, unchanged.
    EXPECT_TRUE(Lab::lookupDomain(s_hostB, kDomain));
    EXPECT_FALSE(Lab::lookupDomain(s_hostA, kDomain));
    EXPECT_TRUE(Lab::lookupVolume(s_hostA, kPool, kVolume)) << "the source volume was deleted despite the mismatch";
    EXPECT_EQ(checksum(fileOn(Lab::Host::A, kVolume)), s_sourceChecksum);
    EXPECT_NE(checksum(fileOn(Lab::Host::B, kVolume)), s_sourceChecksum);
}

TEST_F(OfflineMoveLabTest, CancelDuringTheCopyLeavesBCleanAndAUntouched)
{
    OfflineMoveRequest move = request();
    move.undefineSource = true;
    move.deleteSourceVolumes = true;
    bool cancelled = false;
    const MoveRun run = runMove(move, {}, [&cancelled](OfflineMoveJob &job, const CopyProgress &progress) {
        if (cancelled || progress.bytesDone == 0)
            return;
        cancelled = true;
        job.cancel();
    });
    ASSERT_TRUE(cancelled) << "no progress was reported";
    ASSERT_TRUE(run.finished);
    EXPECT_FALSE(run.succeeded);
    EXPECT_EQ(run.states.last(), OfflineMoveJob::State::Cancelled) << run.message;
    EXPECT_FALSE(run.states.contains(OfflineMoveJob::State::Defining));
    EXPECT_EQ(Lab::volumeCount(s_hostB, kPool), 0) << "a copy was left on B";
    EXPECT_FALSE(Lab::lookupDomain(s_hostB, kDomain));
    expectSourceUntouched();
}

TEST_F(OfflineMoveLabTest, MovesEveryDiskOfATwoDiskDomain)
{
    // A second data volume, attached to the definition as vdb.
    const QString dataVolume = QStringLiteral("vf-move-data.raw");
    constexpr quint64 kDataCapacity = 16 * kMiB;
    QString error;
    const QString dataPath
        = Lab::createVolume(s_hostA, kPool, dataVolume, kDataCapacity, QStringLiteral("raw"), &error);
    ASSERT_FALSE(dataPath.isEmpty()) << error;
    {
        QFile file(fileOn(Lab::Host::A, dataVolume));
        ASSERT_TRUE(file.open(QIODevice::ReadWrite));
        ASSERT_TRUE(file.seek(qint64(5 * kMiB)));
        ASSERT_EQ(file.write(QByteArray(qsizetype(kMiB), 'd')), qint64(kMiB));
    }
    const QByteArray dataChecksum = checksum(fileOn(Lab::Host::A, dataVolume));

    QString diskXml;
    QXmlStreamWriter writer(&diskXml);
    writer.writeStartElement(QStringLiteral("disk"));
    writer.writeAttribute(QStringLiteral("type"), QStringLiteral("file"));
    writer.writeAttribute(QStringLiteral("device"), QStringLiteral("disk"));
    writer.writeEmptyElement(QStringLiteral("driver"));
    writer.writeAttribute(QStringLiteral("name"), QStringLiteral("qemu"));
    writer.writeAttribute(QStringLiteral("type"), QStringLiteral("raw"));
    writer.writeEmptyElement(QStringLiteral("source"));
    writer.writeAttribute(QStringLiteral("file"), dataPath);
    writer.writeEmptyElement(QStringLiteral("target"));
    writer.writeAttribute(QStringLiteral("dev"), QStringLiteral("vdb"));
    writer.writeAttribute(QStringLiteral("bus"), QStringLiteral("virtio"));
    writer.writeEndElement();
    Libvirt::DomainPtr domain = Lab::lookupDomain(s_hostA, kDomain);
    ASSERT_TRUE(domain);
    ASSERT_EQ(virDomainAttachDeviceFlags(domain.get(), diskXml.toUtf8().constData(), VIR_DOMAIN_AFFECT_CONFIG), 0)
        << LibvirtError::fromLastError().message();

    OfflineMoveRequest move = request();
    move.undefineSource = true;
    move.deleteSourceVolumes = true;
    const MoveRun run = runMove(move);
    ASSERT_TRUE(run.finished);
    ASSERT_TRUE(run.succeeded) << run.message;
    EXPECT_TRUE(run.message.isEmpty()) << run.message;
    EXPECT_EQ(run.lastTotal, kCapacity + kDataCapacity);
    EXPECT_EQ(run.lastDone, run.lastTotal);

    Libvirt::DomainPtr moved = Lab::lookupDomain(s_hostB, kDomain);
    ASSERT_TRUE(moved);
    EXPECT_FALSE(Lab::lookupDomain(s_hostA, kDomain));
    const QList<DomainDisk> disks = domainDisks(Lab::domainXml(moved.get(), VIR_DOMAIN_XML_INACTIVE));
    ASSERT_EQ(disks.size(), 2);
    EXPECT_EQ(disks[0].targetDev, QStringLiteral("vda"));
    EXPECT_EQ(disks[0].sourcePath, kPoolPath + u'/' + kVolume);
    EXPECT_EQ(disks[1].targetDev, QStringLiteral("vdb"));
    EXPECT_EQ(disks[1].sourcePath, kPoolPath + u'/' + dataVolume);
    EXPECT_EQ(checksum(fileOn(Lab::Host::B, kVolume)), s_sourceChecksum);
    EXPECT_EQ(checksum(fileOn(Lab::Host::B, dataVolume)), dataChecksum);
    EXPECT_EQ(Lab::volumeCount(s_hostA, kPool), 0) << "the verified source volumes were not deleted";
    EXPECT_EQ(Lab::volumeCount(s_hostB, kPool), 2);
}
