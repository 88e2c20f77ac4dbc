// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: Virt Ferry contributors
#pragma once

#include <QString>
#include <QStringList>

// What the "New virtual machine" dialog collects, and the libvirt domain XML for it,
// written with QXmlStreamWriter.
struct NewDomainSpec
{
    QString name;
    QString domainType = QStringLiteral("kvm"); // "kvm", or "qemu" (TCG) where the host has no KVM
    quint64 memoryMiB = 1024;
    unsigned vcpus = 1;
    QString diskPath;                           // an existing volume's path
    QString diskFormat = QStringLiteral("qcow2");
    QString installerIsoPath;                   // optional; a CD-ROM, booted first when set
    enum class NetworkKind { None, LibvirtNetwork, Bridge } networkKind = NetworkKind::LibvirtNetwork;
    QString networkName = QStringLiteral("default"); // network or bridge name
    QString firmware;                           // "" = hypervisor default (BIOS), or "efi"
    QString architecture = QStringLiteral("x86_64");
    QString machine;                            // empty: libvirt's default

    QString toXml() const;
};

// The domain types (<guest><arch name=…><domain type=…>) a host's capabilities XML
// offers for an architecture, best first ("kvm" before "qemu").
QStringList guestDomainTypes(const QString &capabilitiesXml, const QString &architecture);
// The machine types (<machine> text, e.g. "q35", "pc") the capabilities list for an hvm
// architecture and domain type; empty when none are listed (the test driver lists none).
QStringList guestMachines(const QString &capabilitiesXml, const QString &architecture, const QString &domainType);

// Per-field validation for the dialog; empty = fine, else a sentence for the field.
namespace NewDomainValidation {
inline constexpr quint64 kMinimumMemoryMiB = 64;
QString nameError(const QString &name);
QString memoryError(quint64 memoryMiB, quint64 hostMemoryKiB); // 0 host memory = unknown
QString vcpusError(unsigned vcpus, unsigned hostCpus);         // 0 host cpus = unknown
QString bridgeError(const QString &bridge);                    // a Linux interface name
} // namespace NewDomainValidation
