// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: Virt Ferry contributors
#pragma once

#include <QString>

class QXmlStreamWriter;

// Pieces of the node XML that libvirt's test driver (test:///path) reads, shared by the
// tests that write their own hosts. Each test still decides what its node holds; these
// only write the elements the same way everywhere.
namespace TestDriverXml {

// The namespace of the test driver's <test:runstate>.
QString testNamespace();

struct HostCpu
{
    QString model;
    int active = 0;
    int sockets = 1;
    int cores = 1;
    int threads = 1;
};
// <cpu> of the node (2600 MHz, one NUMA node).
void writeHostCpu(QXmlStreamWriter &xml, const HostCpu &cpu);

// <element unit='bytes'>bytes</element>
void writeBytes(QXmlStreamWriter &xml, const QString &element, quint64 bytes);

// Starts <pool type='dir'> with its name, uuid, capacity, allocation, what remains as
// available, and <target><path>; the caller writes its volumes, then ends the element.
void startDirPool(QXmlStreamWriter &xml, const QString &name, const QString &uuid, quint64 capacity,
    quint64 allocation, const QString &path);

// Starts <domain type='test'> with its name, uuid, <memory unit='MiB'> and <vcpu>; the
// caller writes <os> and <devices>, then endDomain().
void startDomain(QXmlStreamWriter &xml, const QString &name, const QString &uuid, int memoryMiB, int vcpus);
// <os><type [arch]>hvm</type></os>
void writeHvmOs(QXmlStreamWriter &xml, const QString &arch = {});
// <test:runstate> (a virDomainState) and the end of the domain.
void endDomain(QXmlStreamWriter &xml, int runstate);

// A file disk on virtio: <driver name='qemu' type=format [cache]>, <source file>, <target>.
void writeFileDisk(QXmlStreamWriter &xml, const QString &path, const QString &target, const QString &format,
    const QString &cache = {});

} // namespace TestDriverXml
