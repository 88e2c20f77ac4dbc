// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: Virt Ferry contributors
#include "MigrationPreflight.h"

#include "DomainDisks.h"
#include "LibvirtCalls.h"
#include "LibvirtError.h"
#include "LibvirtHandles.h"
#include "RetiredThreads.h"
#include "StorageTypes.h"
#include "Tr.h"

#include <QHash>
#include <QSet>
#include <QThread>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

#include <libvirt/virterror.h>

#include <netdb.h>
#include <netinet/in.h>
#include <sys/socket.h>

#include <cstdlib>
#include <map>

// One start(): the check thread posts its answer through this to the owner, which
// cancel() or the owner's destructor clear, so a late answer is dropped.
struct MigrationPreflight::Attempt : Libvirt::EventSink<MigrationPreflight>
{
};

namespace {

using Outcome = PreflightCheck::Outcome;
using Method = MigrationPlan::Method;
using Mode = MigrationOptions::Mode;

using Libvirt::takeString;

// Checks report what libvirt said, or this when it said nothing.
QString lastErrorMessage()
{
    return Libvirt::lastErrorMessage(Tr::tr("unknown error"));
}

int lastErrorCode()
{
    const virErrorPtr error = virGetLastError();
    return error ? error->code : 0;
}

// What the checks need from the domain's XML, read once.
struct DomainFacts
{
    struct Interface
    {
        QString type; // network, bridge, direct, …
        QString source; // network name, bridge name or host device
    };

    QString name;
    QString uuid;
    QString virtType; // kvm, qemu, test…
    QString osType; // hvm
    QString arch;
    QString machine;
    quint64 memoryKiB = 0;
    quint64 currentMemoryKiB = 0;
    QString cpuMode; // empty when the domain has no <cpu>
    bool cpuHasModel = false;
    QString cpuXml; // the <cpu> element, for virConnectCompareHypervisorCPU
    QList<Interface> interfaces;
    QStringList hostdevs; // their types: pci, usb, scsi, mdev
    QHash<QString, QString> diskCache; // target dev → cache attribute ("" when default)
};

quint64 toKiB(const QString &value, const QString &unit)
{
    const quint64 number = value.trimmed().toULongLong();
    const QString u = unit.toLower();
    if (u.isEmpty() || u == u"k" || u == u"kib")
        return number;
    if (u == u"b" || u == u"bytes")
        return number / 1024;
    if (u == u"kb")
        return number * 1000 / 1024;
    if (u == u"m" || u == u"mib")
        return number * 1024;
    if (u == u"mb")
        return number * 1000 * 1000 / 1024;
    if (u == u"g" || u == u"gib")
        return number * 1024 * 1024;
    if (u == u"gb")
        return number * 1000 * 1000 * 1000 / 1024;
    if (u == u"t" || u == u"tib")
        return number * 1024 * 1024 * 1024;
    return number;
}

DomainFacts readDomainFacts(const QString &xml)
{
    DomainFacts facts;
    QXmlStreamReader reader(xml);
    QStringList path;
    QXmlStreamWriter cpuWriter(&facts.cpuXml);
    int cpuDepth = 0;
    QString diskTarget;
    QString diskCache;
    while (!reader.atEnd()) {
        const QXmlStreamReader::TokenType token = reader.readNext();
        if (cpuDepth > 0) {
            // The <cpu> subtree is copied token by token, so the CPU compare sees
            // exactly what the domain has.
            cpuWriter.writeCurrentToken(reader);
            if (token == QXmlStreamReader::StartElement) {
                ++cpuDepth;
                if (reader.name() == u"model" && cpuDepth == 2)
                    facts.cpuHasModel = true;
            } else if (token == QXmlStreamReader::EndElement) {
                --cpuDepth;
            }
            if (token == QXmlStreamReader::EndElement && cpuDepth == 0)
                path.removeLast();
            continue;
        }
        if (token == QXmlStreamReader::EndElement) {
            if (path.size() == 3 && path.at(1) == u"devices" && path.at(2) == u"disk"
                && !diskTarget.isEmpty())
                facts.diskCache.insert(diskTarget, diskCache);
            if (!path.isEmpty())
                path.removeLast();
            continue;
        }
        if (token != QXmlStreamReader::StartElement)
            continue;
        path.append(reader.name().toString());
        const QXmlStreamAttributes attributes = reader.attributes();
        const auto attribute
            = [&attributes](const char *key) { return attributes.value(QLatin1StringView(key)).toString(); };
        const qsizetype depth = path.size();
        if (depth == 1) {
            if (path.first() != u"domain")
                break;
            facts.virtType = attribute("type");
        } else if (depth == 2) {
            const QString &name = path.last();
            if (name == u"name") {
                facts.name = reader.readElementText();
                path.removeLast();
            } else if (name == u"uuid") {
                facts.uuid = reader.readElementText().trimmed();
                path.removeLast();
            } else if (name == u"memory") {
                const QString unit = attribute("unit");
                facts.memoryKiB = toKiB(reader.readElementText(), unit);
                path.removeLast();
            } else if (name == u"currentMemory") {
                const QString unit = attribute("unit");
                facts.currentMemoryKiB = toKiB(reader.readElementText(), unit);
                path.removeLast();
            } else if (name == u"cpu") {
                facts.cpuMode = attribute("mode");
                if (facts.cpuMode.isEmpty())
                    facts.cpuMode = QStringLiteral("custom");
                cpuWriter.writeCurrentToken(reader);
                cpuDepth = 1;
            }
        } else if (depth == 3 && path.at(1) == u"os" && path.last() == u"type") {
            facts.arch = attribute("arch");
            facts.machine = attribute("machine");
            facts.osType = reader.readElementText().trimmed();
            path.removeLast();
        } else if (depth == 3 && path.at(1) == u"devices") {
            const QString &name = path.last();
            if (name == u"interface") {
                facts.interfaces.append(DomainFacts::Interface { attribute("type"), {} });
                // An SR-IOV function passed through as a NIC is a host device all the same.
                if (attribute("type") == u"hostdev")
                    facts.hostdevs.append(QStringLiteral("interface"));
            } else if (name == u"hostdev") {
                facts.hostdevs.append(attribute("type"));
            } else if (name == u"disk") {
                diskTarget.clear();
                diskCache.clear();
            }
        } else if (depth == 4 && path.at(1) == u"devices") {
            const QString &parent = path.at(2);
            const QString &name = path.last();
            if (parent == u"interface" && name == u"source" && !facts.interfaces.isEmpty()) {
                DomainFacts::Interface &interface = facts.interfaces.last();
                if (interface.type == u"network")
                    interface.source = attribute("network");
                else if (interface.type == u"bridge")
                    interface.source = attribute("bridge");
                else if (interface.type == u"direct")
                    interface.source = attribute("dev");
            } else if (parent == u"disk" && name == u"driver") {
                diskCache = attribute("cache");
            } else if (parent == u"disk" && name == u"target") {
                diskTarget = attribute("dev");
            }
        }
    }
    return facts;
}

// The <cpu> element with another mode: a running host-model domain carries the model
// it was expanded to, which is what the destination must provide, so it is compared
// as that custom model.
QString withCpuMode(const QString &cpuXml, const QString &mode)
{
    QString result;
    QXmlStreamReader reader(cpuXml);
    QXmlStreamWriter writer(&result);
    bool first = true;
    while (!reader.atEnd()) {
        const QXmlStreamReader::TokenType token = reader.readNext();
        if (token == QXmlStreamReader::StartElement && first) {
            first = false;
            writer.writeStartElement(reader.name().toString());
            for (const QXmlStreamAttribute &attribute : reader.attributes()) {
                if (attribute.name() == u"mode" || attribute.name() == u"check")
                    continue;
                writer.writeAttribute(attribute.name().toString(), attribute.value().toString());
            }
            writer.writeAttribute(QStringLiteral("mode"), mode);
            continue;
        }
        if (token == QXmlStreamReader::StartDocument || token == QXmlStreamReader::EndDocument)
            continue;
        writer.writeCurrentToken(reader);
    }
    return result;
}

// What the checks need from a host's capabilities XML.
struct HostCapabilities
{
    struct Guest
    {
        QString osType;
        QString arch;
        QStringList domainTypes;
        QStringList machines; // names and canonical names
    };
    QString hostUuid;
    QList<Guest> guests;
};

HostCapabilities readCapabilities(const QString &xml)
{
    HostCapabilities caps;
    QXmlStreamReader reader(xml);
    QStringList path;
    while (!reader.atEnd()) {
        const QXmlStreamReader::TokenType token = reader.readNext();
        if (token == QXmlStreamReader::EndElement) {
            if (!path.isEmpty())
                path.removeLast();
            continue;
        }
        if (token != QXmlStreamReader::StartElement)
            continue;
        path.append(reader.name().toString());
        const qsizetype depth = path.size();
        if (depth == 3 && path.at(1) == u"host" && path.last() == u"uuid") {
            caps.hostUuid = reader.readElementText().trimmed();
            path.removeLast();
        } else if (depth == 2 && path.last() == u"guest") {
            caps.guests.append(HostCapabilities::Guest());
        } else if (depth >= 3 && path.at(1) == u"guest" && !caps.guests.isEmpty()) {
            HostCapabilities::Guest &guest = caps.guests.last();
            const QString &name = path.last();
            if (depth == 3 && name == u"os_type") {
                guest.osType = reader.readElementText().trimmed();
                path.removeLast();
            } else if (depth == 3 && name == u"arch") {
                guest.arch = reader.attributes().value(QLatin1StringView("name")).toString();
            } else if (depth == 4 && name == u"domain") {
                guest.domainTypes.append(reader.attributes().value(QLatin1StringView("type")).toString());
            } else if ((depth == 4 || depth == 5) && name == u"machine") {
                const QString canonical
                    = reader.attributes().value(QLatin1StringView("canonical")).toString();
                if (!canonical.isEmpty())
                    guest.machines.append(canonical);
                guest.machines.append(reader.readElementText().trimmed());
                path.removeLast();
            }
        }
    }
    return caps;
}

QString poolTargetPath(virStoragePoolPtr pool)
{
    const QString xml = takeString(virStoragePoolGetXMLDesc(pool, 0));
    QXmlStreamReader reader(xml);
    QStringList path;
    while (!reader.atEnd()) {
        const QXmlStreamReader::TokenType token = reader.readNext();
        if (token == QXmlStreamReader::EndElement) {
            if (!path.isEmpty())
                path.removeLast();
        } else if (token == QXmlStreamReader::StartElement) {
            path.append(reader.name().toString());
            if (path.size() == 3 && path.at(1) == u"target" && path.last() == u"path")
                return reader.readElementText().trimmed();
        }
    }
    return {};
}

QString parentDirectory(const QString &path)
{
    const qsizetype slash = path.lastIndexOf(QLatin1Char('/'));
    return slash <= 0 ? QStringLiteral("/") : path.left(slash);
}

QString stripSlash(QString path)
{
    while (path.size() > 1 && path.endsWith(QLatin1Char('/')))
        path.chop(1);
    return path;
}

// Runs on the check thread: every libvirt call and the name resolution happen here.
class Checker final
{
public:
    explicit Checker(const PreflightRequest &request)
        : m_request(request)
        , m_plan(request.plan)
        , m_source(request.source.get())
        , m_destination(request.destination.get())
    { }

    QList<PreflightCheck> run()
    {
        if (!checkConnections())
            return m_checks;
        checkDistinctHosts();
        checkHypervisorType();
        if (!checkDomainState())
            return m_checks;
        checkCpu();
        checkMachine();
        checkMemory();
        checkDisks();
        checkInterfaces();
        checkNameAndUuid();
        checkHostname();
        checkCacheModes();
        checkHostDevices();
        return m_checks;
    }

private:
    void add(const QString &id, const QString &title, Outcome outcome, const QString &detail,
        const QString &fixHint = {})
    {
        m_checks.append(PreflightCheck { id, title, outcome, detail, fixHint });
    }

    // A live migration keeps the guest running across; the others move a stopped one.
    bool keepsRunning() const { return m_plan.isLive(); }
    bool libvirtLive() const { return m_plan.method == Method::Libvirt && m_plan.options.isLive(); }
    bool libvirtCopy() const { return m_plan.method == Method::Libvirt && m_plan.options.copiesStorage(); }

    bool checkConnections()
    {
        const QString title = Tr::tr("Destination connected");
        if (!m_source) {
            add(QStringLiteral("destination.connected"), Tr::tr("Source connected"), Outcome::Failure,
                Tr::tr("The source host is not connected."), Tr::tr("Connect to the source host first."));
            return false;
        }
        if (!m_destination || virConnectIsAlive(m_destination) != 1) {
            virResetLastError();
            add(QStringLiteral("destination.connected"), title, Outcome::Failure,
                Tr::tr("The destination host is not connected."),
                Tr::tr("Connect to the destination host first."));
            return false;
        }
        m_destinationUri = takeString(virConnectGetURI(m_destination));
        add(QStringLiteral("destination.connected"), title, Outcome::Pass,
            Tr::tr("Connected to %1.").arg(m_destinationUri));
        m_sourceCaps = readCapabilities(takeString(virConnectGetCapabilities(m_source)));
        virResetLastError();
        const QString destinationCaps = takeString(virConnectGetCapabilities(m_destination));
        m_haveDestinationCaps = !destinationCaps.isEmpty();
        if (!m_haveDestinationCaps)
            m_destinationCapsError = lastErrorMessage();
        m_destinationCaps = readCapabilities(destinationCaps);
        return true;
    }

    void checkDistinctHosts()
    {
        const QString id = QStringLiteral("destination.distinct");
        const QString title = Tr::tr("Destination is another host");
        const QString fix = Tr::tr("Choose a destination that is another machine.");
        if (m_source == m_destination) {
            add(id, title, Outcome::Failure, Tr::tr("Source and destination are the same connection."), fix);
            return;
        }
        const QString sourceUuid = m_sourceCaps.hostUuid;
        const QString destinationUuid = m_destinationCaps.hostUuid;
        if (!sourceUuid.isEmpty() && !destinationUuid.isEmpty()) {
            // libvirt's own "same host" refusal compares exactly these host UUIDs.
            if (sourceUuid.compare(destinationUuid, Qt::CaseInsensitive) == 0)
                add(id, title, Outcome::Failure,
                    Tr::tr("Both hosts report the host UUID %1, so libvirt treats them as the same machine.")
                        .arg(sourceUuid),
                    Tr::tr("Choose another destination, or, if these really are two machines (cloned "
                           "installations), give each a unique host_uuid in libvirtd.conf."));
            else
                add(id, title, Outcome::Pass,
                    Tr::tr("Host UUIDs differ (%1, %2).").arg(sourceUuid, destinationUuid));
            return;
        }
        // Some drivers (libvirt's test driver among them) report no host UUID, and their
        // host names are the name of the machine running the client, so neither tells
        // hosts apart. Their URIs do: each test:///<file> connection is a host of its own,
        // and two connections with the same URI reach the same host.
        const QString sourceUri = takeString(virConnectGetURI(m_source));
        virResetLastError();
        if (!sourceUri.isEmpty() && sourceUri == m_destinationUri)
            add(id, title, Outcome::Failure,
                Tr::tr("Source and destination are both %1: the same host.").arg(sourceUri), fix);
        else
            add(id, title, Outcome::Pass,
                Tr::tr("The hosts report no host UUID; their connection URIs differ (%1, %2).")
                    .arg(sourceUri, m_destinationUri));
    }

    void checkHypervisorType()
    {
        const QString id = QStringLiteral("hypervisor");
        const QString title = Tr::tr("Same hypervisor");
        const char *source = virConnectGetType(m_source);
        const char *destination = virConnectGetType(m_destination);
        if (!source || !destination) {
            add(id, title, Outcome::Warning,
                Tr::tr("Could not read the hypervisor type: %1").arg(lastErrorMessage()));
            return;
        }
        const QString sourceType = QString::fromUtf8(source);
        const QString destinationType = QString::fromUtf8(destination);
        if (sourceType.compare(destinationType, Qt::CaseInsensitive) != 0)
            add(id, title, Outcome::Failure,
                Tr::tr("The source runs %1, the destination %2.").arg(sourceType, destinationType),
                Tr::tr("Choose a destination with the same hypervisor."));
        else
            add(id, title, Outcome::Pass, Tr::tr("Both hosts run %1.").arg(sourceType));
    }

    bool checkDomainState()
    {
        const QString id = QStringLiteral("domain.state");
        const QString title = Tr::tr("VM state fits the method");
        m_domain.reset(virDomainLookupByUUIDString(m_source, m_request.domainUuid.toUtf8().constData()));
        if (!m_domain) {
            add(id, title, Outcome::Failure,
                Tr::tr("The VM %1 was not found on the source: %2")
                    .arg(m_request.domainUuid, lastErrorMessage()));
            return false;
        }
        int state = VIR_DOMAIN_NOSTATE;
        int reason = 0;
        if (virDomainGetState(m_domain.get(), &state, &reason, 0) != 0) {
            add(id, title, Outcome::Failure,
                Tr::tr("Cannot read the VM's state: %1").arg(lastErrorMessage()));
            return false;
        }
        const int persistent = virDomainIsPersistent(m_domain.get());
        virResetLastError();
        m_xml = takeString(virDomainGetXMLDesc(m_domain.get(), 0));
        if (m_xml.isEmpty()) {
            add(id, title, Outcome::Failure,
                Tr::tr("Cannot read the VM's definition: %1").arg(lastErrorMessage()));
            return false;
        }
        m_facts = readDomainFacts(m_xml);

        const bool running
            = state == VIR_DOMAIN_RUNNING || state == VIR_DOMAIN_PAUSED || state == VIR_DOMAIN_BLOCKED;
        const bool shutOff = state == VIR_DOMAIN_SHUTOFF;
        //: A virtual machine's state, inserted as %2 into "“%1” is %2; …" below.
        const QString stateText = running
            ? (state == VIR_DOMAIN_PAUSED ? Tr::tr("paused") : Tr::tr("running"))
            : (shutOff ? Tr::tr("shut off") : Tr::tr("neither running nor shut off"));
        if (keepsRunning()) {
            if (!running) {
                add(id, title, Outcome::Failure,
                    Tr::tr("“%1” is %2; a live move needs it running or paused.")
                        .arg(m_facts.name, stateText),
                    Tr::tr("Start the VM, or choose an offline method."));
                return true;
            }
        } else {
            if (!shutOff) {
                add(id, title, Outcome::Failure,
                    Tr::tr("“%1” is %2; an offline move needs it shut off.").arg(m_facts.name, stateText),
                    Tr::tr("Shut the VM down, or choose a live method."));
                return true;
            }
            if (persistent != 1) {
                add(id, title, Outcome::Failure,
                    Tr::tr("“%1” is transient: there is no definition to move.").arg(m_facts.name),
                    Tr::tr("Define the VM first."));
                return true;
            }
        }
        if (m_plan.options.undefineSource && persistent != 1) {
            add(id, title, Outcome::Warning,
                Tr::tr("“%1” is %2 and transient: there is no definition on the source to undefine.")
                    .arg(m_facts.name, stateText),
                Tr::tr("Turn off “undefine on the source”, or define the VM first."));
            return true;
        }
        //: %1 is a virtual machine, %2 its state ("running", "paused", "shut off").
        add(id, title, Outcome::Pass, Tr::tr("“%1” is %2.").arg(m_facts.name, stateText));
        return true;
    }

    void checkCpu()
    {
        const QString id = QStringLiteral("cpu");
        const QString title = Tr::tr("CPU compatible with the destination");
        const QString mode = m_facts.cpuMode;
        if (mode.isEmpty()) {
            add(id, title, Outcome::Pass, Tr::tr("The VM uses the hypervisor's default CPU model."));
            return;
        }
        if (mode == u"host-passthrough" || mode == u"maximum") {
            if (keepsRunning())
                add(id, title, Outcome::Warning,
                    Tr::tr("The VM passes the source's CPU through (%1): a live move only works when the "
                           "destination's CPU is identical, and that cannot be checked.")
                        .arg(mode),
                    Tr::tr("Make sure both hosts have the same CPU, or give the VM a named CPU model."));
            else
                add(id, title, Outcome::Pass,
                    Tr::tr("The VM takes the CPU of the host it starts on (%1).").arg(mode));
            return;
        }
        QString cpuXml = m_facts.cpuXml;
        if (mode == u"host-model") {
            if (!keepsRunning() || !m_facts.cpuHasModel) {
                add(id, title, keepsRunning() ? Outcome::Warning : Outcome::Pass,
                    keepsRunning() ? Tr::tr(
                        "The VM's host-model CPU was not expanded to a model, so it cannot be compared.")
                                   : Tr::tr("The VM's CPU (host-model) follows the host it starts on."));
                return;
            }
            cpuXml = withCpuMode(cpuXml, QStringLiteral("custom"));
        }
        const QByteArray xml = cpuXml.toUtf8();
        const QByteArray arch = m_facts.arch.toUtf8();
        const QByteArray machine = m_facts.machine.toUtf8();
        const QByteArray virtType = m_facts.virtType.toUtf8();
        // No emulator: the source's path may not exist on the destination; libvirt picks
        // the destination's own emulator for the architecture.
        const int result = virConnectCompareHypervisorCPU(m_destination, nullptr,
            arch.isEmpty() ? nullptr : arch.constData(), machine.isEmpty() ? nullptr : machine.constData(),
            virtType.isEmpty() ? nullptr : virtType.constData(), xml.constData(), 0);
        if (result == VIR_CPU_COMPARE_ERROR) {
            const int code = lastErrorCode();
            const QString message = lastErrorMessage();
            add(id, title, Outcome::Warning,
                code == VIR_ERR_NO_SUPPORT ? Tr::tr(
                    "The destination's libvirt cannot compare CPUs, so the CPU could not be checked.")
                                           : Tr::tr("The CPU could not be checked: %1").arg(message),
                Tr::tr("Make sure the destination's CPU provides the VM's CPU model and features."));
            return;
        }
        if (result == VIR_CPU_COMPARE_INCOMPATIBLE) {
            add(id, title, keepsRunning() ? Outcome::Failure : Outcome::Warning,
                keepsRunning() ? Tr::tr("The destination's CPU lacks the model or features the VM uses.")
                               : Tr::tr("The destination's CPU lacks the model or features the VM uses; it "
                                        "will not start there."),
                Tr::tr("Choose a CPU model both hosts provide (an older, common one) in the VM's CPU "
                       "settings."));
            return;
        }
        add(id, title, Outcome::Pass, Tr::tr("The destination provides the VM's CPU."));
    }

    void checkMachine()
    {
        const QString id = QStringLiteral("machine");
        const QString title = Tr::tr("Machine type supported on the destination");
        if (!m_haveDestinationCaps) {
            add(id, title, Outcome::Warning,
                Tr::tr("Could not read the destination's capabilities: %1").arg(m_destinationCapsError));
            return;
        }
        const QString osType = m_facts.osType.isEmpty() ? QStringLiteral("hvm") : m_facts.osType;
        bool archFound = false;
        bool typeFound = false;
        bool machineFound = m_facts.machine.isEmpty();
        for (const HostCapabilities::Guest &guest : m_destinationCaps.guests) {
            if (guest.osType != osType || (!m_facts.arch.isEmpty() && guest.arch != m_facts.arch))
                continue;
            archFound = true;
            if (m_facts.virtType.isEmpty() || guest.domainTypes.contains(m_facts.virtType))
                typeFound = true;
            if (!machineFound && guest.machines.contains(m_facts.machine))
                machineFound = true;
        }
        const QString arch = m_facts.arch.isEmpty() ? Tr::tr("the default architecture") : m_facts.arch;
        if (!archFound) {
            add(id, title, Outcome::Failure,
                Tr::tr("The destination cannot run %1 guests of architecture %2.").arg(osType, arch),
                Tr::tr("Choose a destination that supports this architecture."));
        } else if (!typeFound) {
            add(id, title, Outcome::Failure,
                Tr::tr("The destination has no %1 virtualization for %2.").arg(m_facts.virtType, arch),
                Tr::tr("Enable %1 on the destination (for kvm: hardware virtualization and the kvm module).")
                    .arg(m_facts.virtType));
        } else if (!machineFound) {
            add(id, title, Outcome::Failure,
                Tr::tr("The destination's emulator has no machine type %1 for %2.")
                    .arg(m_facts.machine, arch),
                Tr::tr("Update QEMU on the destination, or move the VM to an older machine type both hosts "
                       "have."));
        } else {
            add(id, title, Outcome::Pass,
                m_facts.machine.isEmpty()
                    ? Tr::tr("The destination runs %1 guests.").arg(arch)
                    : Tr::tr("The destination supports machine type %1 (%2).").arg(m_facts.machine, arch));
        }
    }

    void checkMemory()
    {
        const QString id = QStringLiteral("memory");
        const QString title = Tr::tr("Enough memory on the destination");
        const quint64 neededKiB = m_facts.currentMemoryKiB ? m_facts.currentMemoryKiB : m_facts.memoryKiB;
        const quint64 needed = neededKiB * 1024;
        const unsigned long long freeBytes = virNodeGetFreeMemory(m_destination);
        if (freeBytes == 0) {
            // 0 is libvirt's error value; an idle host never has no free memory at all.
            const QString message = lastErrorMessage();
            add(id, title, keepsRunning() ? Outcome::Warning : Outcome::Pass,
                Tr::tr("Could not read the destination's free memory (%1); the VM needs %2.")
                    .arg(message, formatBytes(needed)),
                keepsRunning() ? Tr::tr("Check that the destination has %1 free.").arg(formatBytes(needed))
                               : QString());
            return;
        }
        if (freeBytes >= needed) {
            add(id, title, Outcome::Pass,
                Tr::tr("The VM needs %1; the destination has %2 free.")
                    .arg(formatBytes(needed), formatBytes(freeBytes)));
        } else if (keepsRunning()) {
            add(id, title, Outcome::Failure,
                Tr::tr("The VM needs %1, but the destination has only %2 free.")
                    .arg(formatBytes(needed), formatBytes(freeBytes)),
                Tr::tr("Free memory on the destination, or choose another one."));
        } else {
            add(id, title, Outcome::Warning,
                Tr::tr("The VM needs %1, but the destination has only %2 free: it would not start there now.")
                    .arg(formatBytes(needed), formatBytes(freeBytes)),
                Tr::tr("Free memory on the destination before starting the VM there."));
        }
    }

    // Whether the method copies this disk's data to the destination (else the destination
    // must reach it where it is).
    bool copies(const DomainDisk &disk) const
    {
        if (!disk.hasSource())
            return false;
        if (m_plan.method == Method::Libvirt) {
            if (!m_plan.options.copiesStorage())
                return false;
            if (!m_plan.options.migrateDisks.isEmpty())
                return m_plan.options.migrateDisks.contains(disk.targetDev);
            // libvirt copies neither read-only nor shareable disks, and network disks
            // are reached over the network by both hosts.
            return !disk.readOnly && !disk.shareable && disk.device != u"cdrom" && disk.type != u"network";
        }
        if (m_plan.method == Method::SaveStateAndMove && m_plan.sharedStorage)
            return false;
        return disk.type != u"network";
    }

    void checkDisks()
    {
        QString error;
        const QList<DomainDisk> disks = domainDisks(m_xml, &error);
        for (const DomainDisk &disk : disks)
            checkDisk(disk);
        if (!error.isEmpty())
            add(QStringLiteral("disks"), Tr::tr("Disks"), Outcome::Failure,
                Tr::tr("The VM's disks could not all be read: %1").arg(error));
    }

    QString shownSource(const DomainDisk &disk) const
    {
        if (!disk.sourcePath.isEmpty())
            return disk.sourcePath;
        if (!disk.sourceVolume.isEmpty())
            return disk.sourcePool + QLatin1Char('/') + disk.sourceVolume;
        if (!disk.sourceName.isEmpty())
            return disk.sourceProtocol + QStringLiteral("://")
                + (disk.sourceHosts.isEmpty() ? QString() : disk.sourceHosts.first()) + QLatin1Char('/')
                + disk.sourceName;
        return {};
    }

    Libvirt::StorageVolPtr volumeOn(virConnectPtr connection, const DomainDisk &disk) const
    {
        Libvirt::StorageVolPtr volume;
        if (disk.type == u"volume") {
            Libvirt::StoragePoolPtr pool(
                virStoragePoolLookupByName(connection, disk.sourcePool.toUtf8().constData()));
            if (pool)
                volume.reset(virStorageVolLookupByName(pool.get(), disk.sourceVolume.toUtf8().constData()));
        } else if (!disk.sourcePath.isEmpty()) {
            volume.reset(virStorageVolLookupByPath(connection, disk.sourcePath.toUtf8().constData()));
        }
        virResetLastError();
        return volume;
    }

    void checkDisk(const DomainDisk &disk)
    {
        const QString id = QStringLiteral("disk.") + disk.targetDev;
        const bool media = disk.device == u"cdrom" || disk.device == u"floppy";
        //: A check's title: %1 is the device kind ("cdrom", "floppy"), %2 its target ("sdb").
        const QString title = media ? Tr::tr("%1 %2: media").arg(disk.device, disk.targetDev)
                                    : Tr::tr("Disk %1").arg(disk.targetDev);
        const QString source = shownSource(disk);
        if (!disk.hasSource()) {
            add(id, title, Outcome::Pass, Tr::tr("Empty drive: nothing to move."));
            return;
        }
        if (copies(disk)) {
            checkCopiedDisk(disk, id, title, source);
            return;
        }
        QString prefix;
        if (libvirtCopy() && !m_plan.options.migrateDisks.isEmpty())
            prefix = Tr::tr("Not among the disks to copy. ");
        if (disk.type == u"network") {
            add(id, title, Outcome::Pass,
                prefix
                    + Tr::tr(
                        "Network disk %1: the destination reaches it over the network as the source does.")
                          .arg(source));
            return;
        }
        if (volumeOn(m_destination, disk)) {
            add(id, title, Outcome::Pass,
                prefix + Tr::tr("%1 is reachable on the destination at the same path.").arg(source));
            return;
        }
        if (media) {
            add(id, title, Outcome::Warning,
                prefix
                    + Tr::tr("The medium %1 was not found in any storage pool on the destination.")
                          .arg(source),
                Tr::tr("Eject it before the move, or put the same file on the destination in a pool at the "
                       "same path."));
            return;
        }
        add(id, title, Outcome::Failure,
            prefix
                + Tr::tr(
                    "%1 is not in any storage pool on the destination, so the destination cannot reach it.")
                      .arg(source),
            Tr::tr("Use a storage copy, or add the shared storage as a pool on the destination at the same "
                   "path."));
    }

    // The destination pool a copied disk lands in, with its free space tracked across
    // the disks that share it.
    struct PoolSpace
    {
        QString name;
        bool found = false;
        bool running = false;
        quint64 available = 0;
        quint64 neededAllocation = 0;
        quint64 neededCapacity = 0;
        Libvirt::StoragePoolPtr pool;
    };

    PoolSpace *destinationPoolFor(const DomainDisk &disk, QString *error)
    {
        QString name = m_plan.destinationPool;
        if (name.isEmpty() && libvirtCopy()) {
            // libvirt creates the volume itself where a destination pool has the disk's
            // directory as its target path.
            if (disk.sourcePath.isEmpty()) {
                *error = Tr::tr("it has no path for libvirt to create the copy at");
                return nullptr;
            }
            name = destinationPoolWithTarget(parentDirectory(disk.sourcePath));
            if (name.isEmpty()) {
                *error = Tr::tr("no storage pool on the destination has the folder %1")
                             .arg(parentDirectory(disk.sourcePath));
                return nullptr;
            }
        }
        if (name.isEmpty()) {
            *error = Tr::tr("no destination pool was chosen");
            return nullptr;
        }
        auto it = m_pools.find(name);
        if (it == m_pools.end()) {
            PoolSpace space;
            space.name = name;
            space.pool.reset(virStoragePoolLookupByName(m_destination, name.toUtf8().constData()));
            virStoragePoolInfo info = {};
            if (space.pool) {
                space.found = true;
                if (virStoragePoolGetInfo(space.pool.get(), &info) == 0) {
                    space.running = info.state == VIR_STORAGE_POOL_RUNNING;
                    space.available = info.available;
                }
            }
            virResetLastError();
            it = m_pools.emplace(name, std::move(space)).first;
        }
        return &it->second;
    }

    QString destinationPoolWithTarget(const QString &directory)
    {
        if (!m_poolTargetsRead) {
            m_poolTargetsRead = true;
            virStoragePoolPtr *pools = nullptr;
            const int count = virConnectListAllStoragePools(m_destination, &pools, 0);
            for (int i = 0; i < count; ++i) {
                Libvirt::StoragePoolPtr pool(pools[i]);
                m_poolTargets.insert(stripSlash(poolTargetPath(pool.get())),
                    QString::fromUtf8(virStoragePoolGetName(pool.get())));
            }
            std::free(pools);
            virResetLastError();
        }
        return m_poolTargets.value(stripSlash(directory));
    }

    void checkCopiedDisk(
        const DomainDisk &disk, const QString &id, const QString &title, const QString &source)
    {
        const Libvirt::StorageVolPtr volume = volumeOn(m_source, disk);
        virStorageVolInfo info = {};
        if (!volume || virStorageVolGetInfo(volume.get(), &info) != 0) {
            virResetLastError();
            add(id, title, Outcome::Failure,
                Tr::tr(
                    "%1 is not in any storage pool on the source, so its size and format are unknown and it "
                    "cannot be copied.")
                    .arg(source),
                Tr::tr("Add the disk's folder on the source as a storage pool."));
            return;
        }
        QString error;
        PoolSpace *space = destinationPoolFor(disk, &error);
        if (!space) {
            add(id, title, Outcome::Failure, Tr::tr("%1 cannot be copied: %2.").arg(source, error),
                Tr::tr("Choose a destination pool for the copies."));
            return;
        }
        if (!space->found) {
            add(id, title, Outcome::Failure,
                Tr::tr("The pool “%1” does not exist on the destination.").arg(space->name),
                Tr::tr("Choose another destination pool, or create it on the destination."));
            return;
        }
        if (!space->running) {
            add(id, title, Outcome::Failure,
                Tr::tr("The pool “%1” on the destination is not running.").arg(space->name),
                Tr::tr("Start the pool on the destination."));
            return;
        }
        // The move jobs create the copy under the source volume's name; libvirt's own
        // copy reuses a volume that already exists at the path.
        const bool createsByName = !m_plan.destinationPool.isEmpty();
        if (createsByName) {
            const char *volumeName = virStorageVolGetName(volume.get());
            Libvirt::StorageVolPtr existing(
                virStorageVolLookupByName(space->pool.get(), volumeName ? volumeName : ""));
            virResetLastError();
            if (existing) {
                add(id, title, Outcome::Failure,
                    Tr::tr("The pool “%1” on the destination already has a volume named “%2”.")
                        .arg(space->name, QString::fromUtf8(volumeName)),
                    Tr::tr("Remove or rename that volume on the destination, or choose another pool."));
                return;
            }
        }
        space->neededAllocation += info.allocation;
        space->neededCapacity += info.capacity;
        const QString sizes = Tr::tr("%1 holds %2 of %3; the pool “%4” on the destination has %5 free")
                                  .arg(source, formatBytes(info.allocation), formatBytes(info.capacity),
                                      space->name, formatBytes(space->available));
        if (space->neededAllocation > space->available) {
            add(id, title, Outcome::Failure,
                Tr::tr("%1, not enough for the disks copied there (%2).")
                    .arg(sizes, formatBytes(space->neededAllocation)),
                Tr::tr("Free space in the pool “%1”, or choose a larger pool.").arg(space->name));
        } else if (space->neededCapacity > space->available) {
            add(id, title, Outcome::Warning,
                Tr::tr("%1: the copies fit now but could outgrow it (%2 when full).")
                    .arg(sizes, formatBytes(space->neededCapacity)),
                Tr::tr("Make sure the pool “%1” has room for the disks to grow.").arg(space->name));
        } else {
            add(id, title, Outcome::Pass, Tr::tr("Will be copied: %1.").arg(sizes));
        }
    }

    void checkInterfaces()
    {
        QSet<QString> seen;
        for (const DomainFacts::Interface &interface : m_facts.interfaces) {
            if (interface.source.isEmpty())
                continue;
            const QString key = interface.type + QLatin1Char('/') + interface.source;
            if (seen.contains(key))
                continue;
            seen.insert(key);
            if (interface.type == u"network")
                checkNetwork(interface.source);
            else if (interface.type == u"bridge" || interface.type == u"direct")
                checkHostInterface(interface.type, interface.source);
        }
    }

    void checkNetwork(const QString &name)
    {
        const QString id = QStringLiteral("network.") + name;
        const QString title = Tr::tr("Network %1").arg(name);
        Libvirt::NetworkPtr network(virNetworkLookupByName(m_destination, name.toUtf8().constData()));
        if (!network) {
            virResetLastError();
            add(id, title, Outcome::Failure,
                Tr::tr("The VM uses the virtual network “%1”, which the destination does not have.")
                    .arg(name),
                Tr::tr("Define and start a network named “%1” on the destination, or connect the VM to a "
                       "network "
                       "the destination has (in the destination XML).")
                    .arg(name));
            return;
        }
        const int active = virNetworkIsActive(network.get());
        virResetLastError();
        if (active == 1) {
            add(id, title, Outcome::Pass, Tr::tr("“%1” exists and is active on the destination.").arg(name));
            return;
        }
        add(id, title, keepsRunning() ? Outcome::Failure : Outcome::Warning,
            Tr::tr("The network “%1” exists on the destination but is not active.").arg(name),
            Tr::tr("Start the network “%1” on the destination.").arg(name));
    }

    void checkHostInterface(const QString &type, const QString &name)
    {
        const bool bridge = type == u"bridge";
        const QString id = (bridge ? QStringLiteral("bridge.") : QStringLiteral("interface.")) + name;
        const QString title = bridge ? Tr::tr("Bridge %1").arg(name) : Tr::tr("Host interface %1").arg(name);
        Libvirt::InterfacePtr interface(virInterfaceLookupByName(m_destination, name.toUtf8().constData()));
        if (!interface) {
            const int code = lastErrorCode();
            const QString message = lastErrorMessage();
            if (code == VIR_ERR_NO_INTERFACE)
                add(id, title, Outcome::Failure,
                    Tr::tr("The VM is connected to %1, which the destination does not have.").arg(name),
                    Tr::tr("Create %1 on the destination, or connect the VM to something the destination has "
                           "(in "
                           "the destination XML).")
                        .arg(name));
            else
                add(id, title, Outcome::Warning,
                    Tr::tr("Could not check whether the destination has %1: %2").arg(name, message),
                    Tr::tr("Make sure %1 exists on the destination.").arg(name));
            return;
        }
        const int active = virInterfaceIsActive(interface.get());
        virResetLastError();
        if (active == 1)
            add(id, title, Outcome::Pass, Tr::tr("%1 exists and is up on the destination.").arg(name));
        else
            add(id, title, keepsRunning() ? Outcome::Failure : Outcome::Warning,
                Tr::tr("%1 exists on the destination but is not up.").arg(name),
                Tr::tr("Bring %1 up on the destination.").arg(name));
    }

    void checkNameAndUuid()
    {
        const QString name
            = m_plan.options.destinationName.isEmpty() ? m_facts.name : m_plan.options.destinationName;
        const bool renamed = !m_plan.options.destinationName.isEmpty();
        const QString title = Tr::tr("Name free on the destination");
        Libvirt::DomainPtr sameName(virDomainLookupByName(m_destination, name.toUtf8().constData()));
        virResetLastError();
        Libvirt::DomainPtr sameUuid(
            virDomainLookupByUUIDString(m_destination, m_facts.uuid.toUtf8().constData()));
        virResetLastError();
        // A libvirt migration may replace an inactive definition of this very VM (same
        // name and UUID) on the destination, as after an earlier move back.
        const bool staleSelf = sameName && sameUuid && m_plan.method == Method::Libvirt && !renamed
            && virDomainIsActive(sameName.get()) == 0
            && QString::fromUtf8(virDomainGetName(sameUuid.get())) == name;
        virResetLastError();
        const QString staleDetail
            = Tr::tr("An inactive definition of this same VM (“%1”, same UUID) exists on the "
                     "destination; the migration replaces it.")
                  .arg(name);
        if (!sameName)
            add(QStringLiteral("name"), title, Outcome::Pass,
                Tr::tr("No VM named “%1” on the destination.").arg(name));
        else if (staleSelf)
            add(QStringLiteral("name"), title, Outcome::Warning, staleDetail,
                Tr::tr("Undefine the old copy on the destination if its settings should not be replaced."));
        else
            add(QStringLiteral("name"), title, Outcome::Failure,
                Tr::tr("A VM named “%1” already exists on the destination.").arg(name),
                renamed ? Tr::tr("Choose another new name.")
                        : Tr::tr("Set a new name for the VM on the destination (Options → new name)."));

        const QString uuidTitle = Tr::tr("UUID free on the destination");
        if (!sameUuid) {
            add(QStringLiteral("uuid"), uuidTitle, Outcome::Pass,
                Tr::tr("No VM with the UUID %1 on the destination.").arg(m_facts.uuid));
        } else if (staleSelf) {
            add(QStringLiteral("uuid"), uuidTitle, Outcome::Warning, staleDetail);
        } else {
            const QString other = QString::fromUtf8(virDomainGetName(sameUuid.get()));
            add(QStringLiteral("uuid"), uuidTitle, Outcome::Failure,
                Tr::tr("The destination already has a VM with the UUID %1 (“%2”).").arg(m_facts.uuid, other),
                Tr::tr("Undefine “%1” on the destination if it is a stale copy of this VM.").arg(other));
        }
    }

    void checkHostname()
    {
        const QString id = QStringLiteral("destination.hostname");
        const QString title = Tr::tr("Destination host name reachable");
        if (!libvirtLive()) {
            add(id, title, Outcome::Pass,
                Tr::tr("Not needed: no migration stream goes to the destination's host name."));
            return;
        }
        if (m_plan.options.tunnelled) {
            add(id, title, Outcome::Pass, Tr::tr("Not needed: the migration is tunnelled through libvirt."));
            return;
        }
        if (!m_plan.options.migrationUri.isEmpty()) {
            add(id, title, Outcome::Pass,
                Tr::tr("Not needed: the migration goes to %1.").arg(m_plan.options.migrationUri));
            return;
        }
        const QString hostname = takeString(virConnectGetHostname(m_destination));
        if (hostname.isEmpty()) {
            add(id, title, Outcome::Warning,
                Tr::tr("Could not read the destination's host name: %1").arg(lastErrorMessage()),
                Tr::tr("Set a migration URI with the destination's address in the options."));
            return;
        }
        const QString fix
            = Tr::tr("Set a migration URI with the destination's real address (Options → migration "
                     "URI), or fix the destination's entry in /etc/hosts so its host name resolves to "
                     "that address.");
        if (hostname == u"localhost" || hostname.startsWith(QLatin1StringView("localhost."))) {
            add(id, title, Outcome::Failure,
                Tr::tr("The destination calls itself “%1”; libvirt refuses to migrate to localhost.")
                    .arg(hostname),
                fix);
            return;
        }
        // Resolved here, on the client: the source host resolves the same name when it
        // opens the migration stream, and a loopback answer here usually means the
        // /etc/hosts entry that trips libvirt ("127.0.1.1 hostname").
        QStringList addresses;
        bool loopback = false;
        addrinfo hints = {};
        hints.ai_family = AF_UNSPEC;
        hints.ai_socktype = SOCK_STREAM;
        addrinfo *result = nullptr;
        const int rc = getaddrinfo(hostname.toUtf8().constData(), nullptr, &hints, &result);
        for (addrinfo *entry = rc == 0 ? result : nullptr; entry; entry = entry->ai_next) {
            char text[NI_MAXHOST] = {};
            if (getnameinfo(entry->ai_addr, entry->ai_addrlen, text, sizeof text, nullptr, 0, NI_NUMERICHOST)
                == 0) {
                const QString address = QString::fromLatin1(text);
                if (!addresses.contains(address))
                    addresses.append(address);
            }
            if (entry->ai_family == AF_INET) {
                const auto *ipv4 = reinterpret_cast<const sockaddr_in *>(entry->ai_addr);
                if ((ntohl(ipv4->sin_addr.s_addr) >> 24) == 127)
                    loopback = true;
            } else if (entry->ai_family == AF_INET6) {
                const auto *ipv6 = reinterpret_cast<const sockaddr_in6 *>(entry->ai_addr);
                if (IN6_IS_ADDR_LOOPBACK(&ipv6->sin6_addr))
                    loopback = true;
            }
        }
        if (result)
            freeaddrinfo(result);
        if (rc != 0) {
            add(id, title, Outcome::Warning,
                Tr::tr("The destination's host name “%1” does not resolve here (%2); the source host must be "
                       "able to "
                       "resolve it.")
                    .arg(hostname, QString::fromUtf8(gai_strerror(rc))),
                fix);
        } else if (loopback) {
            add(id, title, Outcome::Failure,
                Tr::tr(
                    "The destination's host name “%1” resolves to a loopback address (%2): the source would "
                    "migrate to itself.")
                    .arg(hostname, Tr::joinedList(addresses)),
                fix);
        } else {
            add(id, title, Outcome::Pass,
                Tr::tr("“%1” resolves to %2.").arg(hostname, Tr::joinedList(addresses)));
        }
    }

    void checkCacheModes()
    {
        const QString id = QStringLiteral("cache");
        const QString title = Tr::tr("Disk cache modes safe for a live move");
        if (!libvirtLive()) {
            add(id, title, Outcome::Pass, Tr::tr("Not needed: the VM is not migrated live by libvirt."));
            return;
        }
        // libvirt refuses a live migration of a disk it does not copy when its file may
        // be cached on the source (cache other than none or directsync) unless QEMU can
        // drop that cache or the storage is a cluster file system; network disks,
        // read-only and shareable disks are safe. Which file system holds a file is only
        // known on the source host, so this is a warning, not a failure.
        QStringList risky;
        QString error;
        for (const DomainDisk &disk : domainDisks(m_xml, &error)) {
            if (!disk.hasSource() || disk.readOnly || disk.shareable || disk.type == u"network"
                || copies(disk))
                continue;
            const QString cache = m_facts.diskCache.value(disk.targetDev);
            if (cache == u"none" || cache == u"directsync")
                continue;
            risky.append(
                //: %1 is a disk's target ("vda"), %2 its cache mode ("writeback", or "default").
                Tr::tr("%1 (cache %2)").arg(disk.targetDev, cache.isEmpty() ? Tr::tr("default") : cache));
        }
        if (risky.isEmpty()) {
            add(id, title, Outcome::Pass, Tr::tr("No shared disk is cached on the source."));
        } else if (m_plan.options.unsafe) {
            add(id, title, Outcome::Pass,
                Tr::tr("Cached disks %1; the migration is allowed as unsafe.")
                    .arg(Tr::joinedList(risky)));
        } else {
            add(id, title, Outcome::Warning,
                Tr::tr("Disks %1 may be cached on the source; libvirt refuses the migration unless the "
                       "storage is a "
                       "cluster file system or QEMU can drop the cache.")
                    .arg(Tr::joinedList(risky)),
                Tr::tr("Set the disks' cache mode to none, or allow an unsafe migration (Options → unsafe) "
                       "if the "
                       "storage is really shared and consistent."));
        }
    }

    void checkHostDevices()
    {
        const QString id = QStringLiteral("hostdev");
        const QString title = Tr::tr("No host devices assigned");
        if (m_facts.hostdevs.isEmpty()) {
            add(id, title, Outcome::Pass, Tr::tr("The VM uses no devices of the host."));
            return;
        }
        QStringList types = m_facts.hostdevs;
        types.removeDuplicates();
        const QString list = Tr::joinedList(types);
        if (keepsRunning())
            add(id, title, Outcome::Failure,
                Tr::tr("The VM has %n host device(s) assigned (%1); a running VM cannot take them along.",
                    nullptr, int(m_facts.hostdevs.size()))
                    .arg(list),
                Tr::tr("Detach the host devices first, or shut the VM down and move it offline."));
        else
            add(id, title, Outcome::Warning,
                Tr::tr("The VM has %n host device(s) assigned (%1); the destination needs the same devices "
                       "for it "
                       "to start.",
                    nullptr, int(m_facts.hostdevs.size()))
                    .arg(list),
                Tr::tr(
                    "Check the devices exist at the same addresses on the destination, or edit them there."));
    }

    const PreflightRequest &m_request;
    const MigrationPlan &m_plan;
    virConnectPtr m_source = nullptr;
    virConnectPtr m_destination = nullptr;
    QList<PreflightCheck> m_checks;
    QString m_destinationUri;
    HostCapabilities m_sourceCaps;
    HostCapabilities m_destinationCaps;
    bool m_haveDestinationCaps = false;
    QString m_destinationCapsError;
    Libvirt::DomainPtr m_domain;
    QString m_xml;
    DomainFacts m_facts;
    std::map<QString, PoolSpace> m_pools;
    bool m_poolTargetsRead = false;
    QHash<QString, QString> m_poolTargets; // target path → pool name
};

} // namespace

MigrationPreflight::MigrationPreflight(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<PreflightCheck>();
}

MigrationPreflight::~MigrationPreflight()
{
    cancel();
}

void MigrationPreflight::start(const PreflightRequest &request)
{
    cancel();
    auto attempt = std::make_shared<Attempt>();
    attempt->target = this;
    m_attempt = attempt;
    // The checks call libvirt on two hosts and resolve a host name, any of which may wait
    // long on a dead peer: a thread of its own that nobody waits for.
    QThread *thread = QThread::create([attempt, request] {
        const QList<PreflightCheck> checks = Checker(request).run();
        attempt->post([attempt, checks](MigrationPreflight *owner) {
            if (owner->m_attempt != attempt)
                return;
            owner->m_attempt.reset();
            Q_EMIT owner->finished(checks);
        });
    });
    thread->setObjectName(QStringLiteral("migration pre-flight"));
    thread->start();
    RetiredThreads::adopt(thread);
}

void MigrationPreflight::cancel()
{
    if (const std::shared_ptr<Attempt> attempt = std::exchange(m_attempt, nullptr))
        attempt->clearTarget();
}

bool MigrationPreflight::isRunning() const
{
    return bool(m_attempt);
}

bool MigrationPreflight::blocks(const QList<PreflightCheck> &checks)
{
    for (const PreflightCheck &check : checks)
        if (check.outcome == PreflightCheck::Outcome::Failure)
            return true;
    return false;
}

bool MigrationPreflight::hasWarnings(const QList<PreflightCheck> &checks)
{
    for (const PreflightCheck &check : checks)
        if (check.outcome == PreflightCheck::Outcome::Warning)
            return true;
    return false;
}
