// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: Virt Ferry contributors
#include "Lab.h"

#include "Connection.h"
#include "LibvirtError.h"
#include "LibvirtHandles.h"
#include "StorageTypes.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTest>
#include <QXmlStreamWriter>

#include <libvirt/virterror.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <map>
#include <spawn.h>
#include <string>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

extern char **environ;

namespace {

// Runs a command without a shell; returns its exit status (or -1).
int run(const std::vector<std::string> &arguments)
{
    std::vector<char *> argv;
    for (const std::string &argument : arguments)
        argv.push_back(const_cast<char *>(argument.c_str()));
    argv.push_back(nullptr);
    pid_t pid = 0;
    if (posix_spawnp(&pid, argv[0], nullptr, nullptr, argv.data(), environ) != 0)
        return -1;
    int status = 0;
    while (waitpid(pid, &status, 0) < 0) {
    }
    return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}

std::map<std::string, std::string> readEnvFile(const std::string &path)
{
    std::map<std::string, std::string> values;
    std::ifstream file(path);
    std::string line;
    while (std::getline(file, line)) {
        const auto equals = line.find('=');
        if (equals != std::string::npos)
            values[line.substr(0, equals)] = line.substr(equals + 1);
    }
    return values;
}

QString env(const char *name)
{
    return qEnvironmentVariable(name);
}

} // namespace

namespace Lab {

bool isInside()
{
    return qEnvironmentVariableIsSet("VF_LAB_INSIDE");
}

std::optional<int> runOutsideIfNeeded(int argc, char *argv[])
{
    if (isInside())
        return std::nullopt;
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--gtest_list_tests") == 0 || std::strcmp(argv[i], "--help") == 0)
            return std::nullopt;
    }
    const std::string labScript = VF_LAB_SCRIPT;
    const std::string guestScript = VF_BUILD_GUEST_SCRIPT;
    const std::string guestDir = VF_LAB_GUEST_DIR;
    const char *labDirOverride = std::getenv("VF_LAB_DIR");
    const std::string labDir = labDirOverride ? labDirOverride : VF_LAB_DIR;
    setenv("VF_LAB_DIR", labDir.c_str(), 1);

    std::fprintf(stderr, "lab tests: building the guest in %s\n", guestDir.c_str());
    if (run({"bash", guestScript, guestDir}) != 0) {
        std::fprintf(stderr, "lab tests: building the guest failed\n");
        return 1;
    }
    std::fprintf(stderr, "lab tests: bringing the lab up in %s\n", labDir.c_str());
    if (run({"bash", labScript, "up"}) != 0) {
        std::fprintf(stderr, "lab tests: the lab did not come up\n");
        run({"bash", labScript, "down"});
        return 1;
    }
    const auto values = readEnvFile(labDir + "/current/lab.env");
    for (const auto &[name, value] : values)
        setenv(name.c_str(), value.c_str(), 1);
    setenv("VF_LAB_INSIDE", "1", 1);
    setenv("VF_LAB_GUEST_DIR", guestDir.c_str(), 1);

    std::vector<std::string> inside = {"nsenter", "-t", values.count("VF_LAB_CLIENT_PID") ? values.at("VF_LAB_CLIENT_PID") : "0",
                                       "--net", "--mount", "--uts", "--", "/proc/self/exe"};
    char self[4096];
    const ssize_t length = readlink("/proc/self/exe", self, sizeof(self) - 1);
    if (length > 0) {
        self[length] = '\0';
        inside.back() = self;
    }
    for (int i = 1; i < argc; ++i)
        inside.emplace_back(argv[i]);
    const int status = values.empty() ? 1 : run(inside);

    if (!std::getenv("VF_LAB_KEEP"))
        run({"bash", labScript, "down"});
    else
        std::fprintf(stderr, "lab tests: VF_LAB_KEEP is set, leaving the lab up\n");
    return status;
}

QString hostName(Host host)
{
    return host == Host::A ? env("VF_LAB_HOST_A") : env("VF_LAB_HOST_B");
}

QString sshUri(Host host)
{
    return QStringLiteral("qemu+ssh://root@%1/system").arg(hostName(host));
}

QString libsshUri(Host host)
{
    return QStringLiteral("qemu+libssh://root@%1/system?known_hosts=%2&keyfile=%3&sshauth=privkey")
        .arg(hostName(host), env("VF_LAB_KNOWN_HOSTS"), env("VF_LAB_SSH_KEY"));
}

QString tcpUri(Host host)
{
    return QStringLiteral("qemu+tcp://%1/system").arg(hostName(host));
}

std::unique_ptr<Connection> openConnection(const QString &uri, int timeoutMs)
{
    ConnectionConfig config = ConnectionConfig::fromUri(uri);
    config.autoconnect = false;
    auto connection = std::make_unique<Connection>(config);
    connection->setConnectTimeout(timeoutMs);
    connection->open();
    [[maybe_unused]] const bool settled =
        QTest::qWaitFor([&] { return connection->state() != Connection::State::Connecting; }, timeoutMs + 5000);
    return connection;
}

ConnectionHandle openHandle(Host host)
{
    virConnectPtr connection = virConnectOpen(tcpUri(host).toUtf8().constData());
    if (!connection)
        return {};
    return ConnectionHandle(connection, [](virConnectPtr held) { virConnectClose(held); });
}

Libvirt::DomainPtr lookupDomain(const ConnectionHandle &connection, const QString &name)
{
    Libvirt::DomainPtr domain(virDomainLookupByName(connection.get(), name.toUtf8().constData()));
    virResetLastError();
    return domain;
}

QString domainXml(virDomainPtr domain, unsigned int flags)
{
    char *xml = domain ? virDomainGetXMLDesc(domain, flags) : nullptr;
    virResetLastError();
    const QString result = QString::fromUtf8(xml ? xml : "");
    std::free(xml);
    return result;
}

QString defineAndStart(Host host, const QString &xml, QString *error)
{
    Libvirt::ConnectPtr connection(virConnectOpen(tcpUri(host).toUtf8().constData()));
    Libvirt::DomainPtr domain(connection ? virDomainDefineXML(connection.get(), xml.toUtf8().constData()) : nullptr);
    char uuid[VIR_UUID_STRING_BUFLEN] = {};
    if (!domain || virDomainCreate(domain.get()) != 0 || virDomainGetUUIDString(domain.get(), uuid) != 0) {
        // Read before closing the connection, which clears the thread's error.
        const QString message = LibvirtError::fromLastError().message();
        if (error)
            *error = message;
        return {};
    }
    return QString::fromLatin1(uuid);
}

Libvirt::StoragePoolPtr lookupPool(const ConnectionHandle &connection, const QString &name)
{
    Libvirt::StoragePoolPtr pool(virStoragePoolLookupByName(connection.get(), name.toUtf8().constData()));
    virResetLastError();
    return pool;
}

Libvirt::StorageVolPtr lookupVolume(const ConnectionHandle &connection, const QString &pool, const QString &name)
{
    Libvirt::StoragePoolPtr found = lookupPool(connection, pool);
    if (!found)
        return {};
    virStoragePoolRefresh(found.get(), 0);
    Libvirt::StorageVolPtr volume(virStorageVolLookupByName(found.get(), name.toUtf8().constData()));
    virResetLastError();
    return volume;
}

int volumeCount(const ConnectionHandle &connection, const QString &pool)
{
    Libvirt::StoragePoolPtr found = lookupPool(connection, pool);
    if (!found)
        return -1;
    virStoragePoolRefresh(found.get(), 0);
    const int count = virStoragePoolNumOfVolumes(found.get());
    virResetLastError();
    return count;
}

QString createVolume(const ConnectionHandle &connection, const QString &pool, const QString &name,
                     quint64 capacityBytes, const QString &format, QString *error)
{
    VolumeDefinition definition;
    definition.name = name;
    definition.format = format;
    definition.capacityBytes = capacityBytes;
    Libvirt::StoragePoolPtr found = lookupPool(connection, pool);
    Libvirt::StorageVolPtr volume(
        found ? virStorageVolCreateXML(found.get(), definition.toXml().toUtf8().constData(), 0) : nullptr);
    char *path = volume ? virStorageVolGetPath(volume.get()) : nullptr;
    if (!path) {
        *error = found ? LibvirtError::fromLastError().message()
                       : QStringLiteral("the pool %1 does not exist").arg(pool);
        return {};
    }
    const QString result = QString::fromUtf8(path);
    std::free(path);
    return result;
}

bool createDirPool(const ConnectionHandle &connection, const QString &name, const QString &path, QString *error)
{
    if (Libvirt::StoragePoolPtr old = lookupPool(connection, name)) {
        if (virStoragePoolIsActive(old.get()) == 1)
            virStoragePoolDestroy(old.get());
        virStoragePoolUndefine(old.get());
        virResetLastError();
    }
    PoolDefinition definition;
    definition.name = name;
    definition.type = QStringLiteral("dir");
    definition.targetPath = path;
    Libvirt::StoragePoolPtr pool(virStoragePoolDefineXML(connection.get(), definition.toXml().toUtf8().constData(), 0));
    if (!pool || virStoragePoolBuild(pool.get(), 0) != 0 || virStoragePoolCreate(pool.get(), 0) != 0) {
        *error = LibvirtError::fromLastError().message();
        return false;
    }
    return true;
}

void removePoolWithContents(const ConnectionHandle &connection, const QString &name)
{
    Libvirt::StoragePoolPtr pool = lookupPool(connection, name);
    if (!pool)
        return;
    virStoragePoolRefresh(pool.get(), 0);
    virStorageVolPtr *volumes = nullptr;
    const int count = virStoragePoolListAllVolumes(pool.get(), &volumes, 0);
    for (int i = 0; i < count; ++i) {
        virStorageVolDelete(volumes[i], 0);
        virStorageVolFree(volumes[i]);
    }
    std::free(volumes);
    virStoragePoolDestroy(pool.get());
    virStoragePoolDelete(pool.get(), 0);
    virStoragePoolUndefine(pool.get());
    virResetLastError();
}

QString nfsHost()
{
    return env("VF_LAB_NFS_HOST");
}

QString nfsExport()
{
    return env("VF_LAB_NFS_EXPORT");
}

QString nfsExportDirectory()
{
    return env("VF_LAB_NFS_DIR");
}

QString domainType()
{
    QFile cpuinfo(QStringLiteral("/proc/cpuinfo"));
    if (!QFile::exists(QStringLiteral("/dev/kvm")) || !cpuinfo.open(QIODevice::ReadOnly))
        return QStringLiteral("qemu");
    const QByteArray flags = cpuinfo.readAll();
    // /dev/kvm without vmx/svm is a software hypervisor: Linux guests die there.
    return flags.contains(" vmx") || flags.contains(" svm") ? QStringLiteral("kvm") : QStringLiteral("qemu");
}

static QString hostDirectory(Host host)
{
    return env("VF_LAB_RUN") + u'/' + hostName(host);
}

static void createImage(const QString &path)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile::remove(path);
    QProcess process;
    process.start(QStringLiteral("qemu-img"),
                  {QStringLiteral("create"), QStringLiteral("-q"), QStringLiteral("-f"), QStringLiteral("qcow2"), path,
                   QStringLiteral("64M")});
    if (!process.waitForFinished(30000) || process.exitCode() != 0)
        qFatal("qemu-img create %s failed: %s", qPrintable(path), process.readAllStandardError().constData());
}

QString prepareGuest(const QString &name, GuestDisk disk, Host host, int dirtyMiB)
{
    const QString guestDir = env("VF_LAB_GUEST_DIR");
    QString xml;
    QXmlStreamWriter writer(&xml);
    writer.setAutoFormatting(true);
    writer.writeStartElement(QStringLiteral("domain"));
    writer.writeAttribute(QStringLiteral("type"), domainType());
    writer.writeTextElement(QStringLiteral("name"), name);
    writer.writeStartElement(QStringLiteral("memory"));
    writer.writeAttribute(QStringLiteral("unit"), QStringLiteral("MiB"));
    writer.writeCharacters(QStringLiteral("128"));
    writer.writeEndElement();
    writer.writeTextElement(QStringLiteral("vcpu"), QStringLiteral("1"));
    writer.writeStartElement(QStringLiteral("os"));
    writer.writeStartElement(QStringLiteral("type"));
    writer.writeAttribute(QStringLiteral("arch"), QStringLiteral("x86_64"));
    writer.writeAttribute(QStringLiteral("machine"), QStringLiteral("pc"));
    writer.writeCharacters(QStringLiteral("hvm"));
    writer.writeEndElement();
    writer.writeTextElement(QStringLiteral("kernel"), guestDir + QStringLiteral("/vmlinuz"));
    writer.writeTextElement(QStringLiteral("initrd"), guestDir + QStringLiteral("/initrd.img"));
    writer.writeTextElement(QStringLiteral("cmdline"),
                            QStringLiteral("console=ttyS0 panic=-1 DIRTY_MB=%1").arg(dirtyMiB));
    writer.writeEndElement(); // os
    writer.writeTextElement(QStringLiteral("on_crash"), QStringLiteral("destroy"));
    writer.writeStartElement(QStringLiteral("devices"));

    writer.writeStartElement(QStringLiteral("disk"));
    writer.writeAttribute(QStringLiteral("type"), disk == GuestDisk::NfsNetwork ? QStringLiteral("network")
                                                                                 : QStringLiteral("file"));
    writer.writeAttribute(QStringLiteral("device"), QStringLiteral("disk"));
    writer.writeStartElement(QStringLiteral("driver"));
    writer.writeAttribute(QStringLiteral("name"), QStringLiteral("qemu"));
    writer.writeAttribute(QStringLiteral("type"), QStringLiteral("qcow2"));
    writer.writeEndElement();
    writer.writeStartElement(QStringLiteral("source"));
    switch (disk) {
    case GuestDisk::NfsNetwork:
        createImage(env("VF_LAB_NFS_DIR") + u'/' + name + QStringLiteral(".qcow2"));
        writer.writeAttribute(QStringLiteral("protocol"), QStringLiteral("nfs"));
        writer.writeAttribute(QStringLiteral("name"), nfsExport() + u'/' + name + QStringLiteral(".qcow2"));
        writer.writeStartElement(QStringLiteral("host"));
        writer.writeAttribute(QStringLiteral("name"), nfsHost());
        writer.writeEndElement();
        break;
    case GuestDisk::SharedDirectory: {
        const QString path = env("VF_LAB_RUN") + QStringLiteral("/shared/") + name + QStringLiteral(".qcow2");
        createImage(path);
        writer.writeAttribute(QStringLiteral("file"), path);
        break;
    }
    case GuestDisk::LocalFile:
        // The host's /var/lib/libvirt is private to it; create through the backing dir.
        createImage(hostDirectory(host) + QStringLiteral("/var-lib-libvirt/images/") + name + QStringLiteral(".qcow2"));
        writer.writeAttribute(QStringLiteral("file"),
                              QStringLiteral("/var/lib/libvirt/images/") + name + QStringLiteral(".qcow2"));
        break;
    }
    writer.writeEndElement(); // source
    writer.writeStartElement(QStringLiteral("target"));
    writer.writeAttribute(QStringLiteral("dev"), QStringLiteral("vda"));
    writer.writeAttribute(QStringLiteral("bus"), QStringLiteral("virtio"));
    writer.writeEndElement();
    writer.writeEndElement(); // disk

    // /var/log/libvirt is private per host, so the same path keeps each host's console
    // output apart, also after a migration.
    writer.writeStartElement(QStringLiteral("serial"));
    writer.writeAttribute(QStringLiteral("type"), QStringLiteral("file"));
    writer.writeStartElement(QStringLiteral("source"));
    writer.writeAttribute(QStringLiteral("path"), QStringLiteral("/var/log/libvirt/qemu/") + name + QStringLiteral("-console.log"));
    writer.writeEndElement();
    writer.writeStartElement(QStringLiteral("target"));
    writer.writeAttribute(QStringLiteral("port"), QStringLiteral("0"));
    writer.writeEndElement();
    writer.writeEndElement(); // serial
    writer.writeEndElement(); // devices
    writer.writeEndElement(); // domain

    for (Host each : {Host::A, Host::B})
        QFile::remove(hostDirectory(each) + QStringLiteral("/var-log-libvirt/qemu/") + name + QStringLiteral("-console.log"));
    return xml;
}

QString hostLibvirtPath(Host host, const QString &pathOnHost)
{
    const QString prefix = QStringLiteral("/var/lib/libvirt/");
    if (!pathOnHost.startsWith(prefix))
        qFatal("hostLibvirtPath: %s is not under /var/lib/libvirt", qPrintable(pathOnHost));
    return hostDirectory(host) + QStringLiteral("/var-lib-libvirt/") + pathOnHost.mid(prefix.size());
}

int runOnHost(Host host, const QStringList &command)
{
    const QString pid = host == Host::A ? env("VF_LAB_HOST_A_PID") : env("VF_LAB_HOST_B_PID");
    std::vector<std::string> arguments = {"nsenter", "-t", pid.toStdString(), "--net", "--mount", "--uts", "--"};
    for (const QString &argument : command)
        arguments.push_back(argument.toStdString());
    return run(arguments);
}

QList<int> ticks(Host host, const QString &name)
{
    QList<int> result;
    QFile log(hostDirectory(host) + QStringLiteral("/var-log-libvirt/qemu/") + name + QStringLiteral("-console.log"));
    if (!log.open(QIODevice::ReadOnly))
        return result;
    for (const QByteArray &line : log.readAll().split('\n')) {
        const QByteArray trimmed = line.trimmed();
        if (trimmed.startsWith("tick ")) {
            bool ok = false;
            const int tick = trimmed.mid(5).toInt(&ok);
            if (ok)
                result.append(tick);
        }
    }
    return result;
}

int waitForTick(Host host, const QString &name, int atLeast, int timeoutMs)
{
    int last = -1;
    [[maybe_unused]] const bool reached = QTest::qWaitFor(
        [&] {
            const QList<int> seen = ticks(host, name);
            last = seen.isEmpty() ? -1 : seen.last();
            return last >= atLeast;
        },
        timeoutMs);
    return last;
}

QString guestImagePath(Host host, const QString &name)
{
    return hostLibvirtPath(
        host, QStringLiteral("/var/lib/libvirt/images/") + name + QStringLiteral(".qcow2"));
}

void removeGuestImages(Host host, const QStringList &names)
{
    for (const QString &name : names)
        QFile::remove(guestImagePath(host, name));
}

QString startBeating(
    Host host, const QString &name, const QString &xml, int timeoutMs, int *lastTick, QString *error)
{
    const QString uuid = defineAndStart(host, xml, error);
    if (uuid.isEmpty())
        return {};
    *lastTick = waitForTick(host, name, 10, timeoutMs);
    if (*lastTick < 10) {
        if (error)
            *error = QStringLiteral("the guest %1 never beat on host %2").arg(name, hostName(host));
        return {};
    }
    return uuid;
}

int activeCopies(const QString &name)
{
    int copies = 0;
    for (Host host : {Host::A, Host::B}) {
        Libvirt::ConnectPtr connection(virConnectOpen(tcpUri(host).toUtf8().constData()));
        if (!connection)
            continue;
        Libvirt::DomainPtr domain(virDomainLookupByName(connection.get(), name.toUtf8().constData()));
        if (domain && virDomainIsActive(domain.get()) == 1)
            ++copies;
        virResetLastError();
    }
    return copies;
}

bool setLinkUp(Host host, bool up)
{
    // The switch namespace is reachable from the client: it shares the machine's /run.
    const QString switchNamespace = QStringLiteral("vf%1-switch").arg(env("VF_LAB_ID"));
    return run({"ip", "-n", switchNamespace.toStdString(), "link", "set", "p-" + hostName(host).toStdString(),
                up ? "up" : "down"})
        == 0;
}

bool setNfsServerLinkUp(bool up)
{
    const QString switchNamespace = QStringLiteral("vf%1-switch").arg(env("VF_LAB_ID"));
    return run({"ip", "-n", switchNamespace.toStdString(), "link", "set", "p-" + nfsHost().toStdString(),
               up ? "up" : "down"})
        == 0;
}

bool killLibvirtd(Host host)
{
    return run({"bash", VF_LAB_SCRIPT, "libvirtd", hostName(host).toStdString(), "kill"}) == 0;
}

bool startLibvirtd(Host host)
{
    return run({"bash", VF_LAB_SCRIPT, "libvirtd", hostName(host).toStdString(), "start"}) == 0;
}

bool libvirtdAnswers(Host host)
{
    const bool answers = openHandle(host) != nullptr;
    virResetLastError();
    return answers;
}

void removeGuestEverywhere(const QString &name)
{
    for (Host host : {Host::A, Host::B}) {
        Libvirt::ConnectPtr connection(virConnectOpen(tcpUri(host).toUtf8().constData()));
        if (!connection)
            continue;
        Libvirt::DomainPtr domain(virDomainLookupByName(connection.get(), name.toUtf8().constData()));
        if (domain) {
            if (virDomainIsActive(domain.get()) == 1)
                virDomainDestroy(domain.get());
            virDomainUndefine(domain.get());
        }
        virResetLastError();
    }
}

} // namespace Lab
