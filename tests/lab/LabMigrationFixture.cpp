// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: Virt Ferry contributors
#include "LabMigrationFixture.h"

#include "DomainDisks.h"
#include "LibvirtHandles.h"
#include "QtPrinting.h"

#include <QFile>
#include <QProcess>
#include <libvirt/virterror.h>

#include <algorithm>
#include <optional>
#include <utility>

namespace {

constexpr int kBootMs = 60000;
constexpr quint64 kGuestDiskBytes = 64ULL * 1024 * 1024;

} // namespace

MainLoopLiveness::MainLoopLiveness()
{
    m_clock.start();
    QObject::connect(&m_timer, &QTimer::timeout, &m_timer, [this] { tick(); });
    m_timer.start(50);
}

void MainLoopLiveness::stop()
{
    tick();
    m_timer.stop();
}

void MainLoopLiveness::tick()
{
    m_largestGapMs = std::max(m_largestGapMs, m_clock.restart());
}

LabMigrationTest::LabMigrationTest(Pools pools, int statsIntervalMs)
    : m_pools(std::move(pools))
    , m_statsIntervalMs(statsIntervalMs)
{ }

void LabMigrationTest::TearDown()
{
    m_job.reset();
    SshLabTest::TearDown();
    Lab::removeGuestImages(Lab::Host::B, m_guests);
    // Fresh connections: a test that killed a libvirtd leaves the ones it held dead.
    if (m_poolsCreated) {
        Lab::removePoolWithContents(Lab::openHandle(Lab::Host::A), m_pools.source);
        Lab::removePoolWithContents(Lab::openHandle(Lab::Host::B), m_pools.destination);
    }
    m_handleA.reset();
    m_handleB.reset();
}

QString LabMigrationTest::startOnA(const QString &name, const QString &xml, int *before)
{
    QString error;
    const QString uuid = Lab::startBeating(Lab::Host::A, name, xml, kBootMs, before, &error);
    if (uuid.isEmpty())
        ADD_FAILURE() << error;
    return uuid;
}

QString LabMigrationTest::startOnNfsDiskOnA(const QString &name, int *before, int dirtyMiB)
{
    return startOnA(
        name, Lab::prepareGuest(name, Lab::GuestDisk::NfsNetwork, Lab::Host::A, dirtyMiB), before);
}

QString LabMigrationTest::startInPoolsOnA(
    const QString &name, QString *sourcePath, int *before, const QString &markerLength)
{
    m_handleA = Lab::openHandle(Lab::Host::A);
    m_handleB = Lab::openHandle(Lab::Host::B);
    if (!m_handleA || !m_handleB) {
        ADD_FAILURE() << "cannot reach the hosts over TCP";
        return {};
    }
    m_poolsCreated = true;
    QString error;
    if (!Lab::createDirPool(m_handleA, m_pools.source, m_pools.sourcePath, &error)
        || !Lab::createDirPool(m_handleB, m_pools.destination, m_pools.destinationPath, &error)) {
        ADD_FAILURE() << error;
        return {};
    }
    const QString guestXml = Lab::prepareGuest(name, Lab::GuestDisk::LocalFile, Lab::Host::A);
    // The disk lives in the pool instead: the prepared image would only be left behind.
    QFile::remove(Lab::guestImagePath(Lab::Host::A, name));
    *sourcePath = Lab::createVolume(m_handleA, m_pools.source, name + QStringLiteral(".qcow2"),
        kGuestDiskBytes, QStringLiteral("qcow2"), &error);
    if (sourcePath->isEmpty()) {
        ADD_FAILURE() << error;
        return {};
    }
    QString output;
    if (!qemuIo({ QStringLiteral("-f"), QStringLiteral("qcow2"), QStringLiteral("-c"),
                    QStringLiteral("write -P 0x5a 1M ") + markerLength,
                    Lab::hostLibvirtPath(Lab::Host::A, *sourcePath) },
            &output)) {
        ADD_FAILURE() << "qemu-io could not write the marker: " << output;
        return {};
    }
    DomainXmlRewrite rewrite;
    rewrite.sources.insert(QStringLiteral("vda"), DiskSourceRewrite::file(*sourcePath));
    const std::optional<QString> xml = rewriteDomainXml(guestXml, rewrite, &error);
    if (!xml) {
        ADD_FAILURE() << error;
        return {};
    }
    return startOnA(name, *xml, before);
}

MigrationJob &LabMigrationTest::makeJob(const QString &uuid, const MigrationOptions &options)
{
    m_job = std::make_unique<MigrationJob>(m_hostA->handle(), m_hostB->handle(), uuid, options);
    if (m_statsIntervalMs > 0)
        m_job->setStatsInterval(m_statsIntervalMs);
    QObject::connect(m_job.get(), &MigrationJob::statsSampled, m_job.get(),
        [this](const JobStats &stats) { m_samples.append(stats); });
    return *m_job;
}

bool LabMigrationTest::waitUntilRunning(const MigrationJob &job, int timeoutMs)
{
    return QTest::qWaitFor([&] { return job.state() == MigrationJob::State::Running; }, timeoutMs);
}

bool LabMigrationTest::waitUntilTransferring(const MigrationJob &job, int timeoutMs) const
{
    return QTest::qWaitFor(
        [&] {
            if (job.isFinished() || job.state() != MigrationJob::State::Running || m_samples.isEmpty())
                return false;
            const JobStats &last = m_samples.last();
            return last.value(JobStats::Field::MemoryProcessed).value_or(0) > 0
                || last.value(JobStats::Field::DiskProcessed).value_or(0) > 0;
        },
        timeoutMs);
}

bool LabMigrationTest::isDefinedOn(Lab::Host host, const QString &name)
{
    return offMainThread([&] { return Lab::lookupDomain(Lab::openHandle(host), name) != nullptr; });
}

bool LabMigrationTest::isActiveOn(Lab::Host host, const QString &name)
{
    return offMainThread([&] {
        Libvirt::DomainPtr domain = Lab::lookupDomain(Lab::openHandle(host), name);
        const bool active = domain && virDomainIsActive(domain.get()) == 1;
        virResetLastError();
        return active;
    });
}

int LabMigrationTest::activeCopies(const QString &name)
{
    return offMainThread([&] { return Lab::activeCopies(name); });
}

int LabMigrationTest::lastTickOn(Lab::Host host, const QString &name)
{
    const QList<int> seen = Lab::ticks(host, name);
    return seen.isEmpty() ? 0 : seen.last();
}

bool LabMigrationTest::qemuIo(const QStringList &arguments, QString *output)
{
    QProcess process;
    process.start(QStringLiteral("qemu-io"), arguments);
    const bool ran = process.waitForFinished(30000);
    if (output)
        *output = QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError());
    return ran && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
}
