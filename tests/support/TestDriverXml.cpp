// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: Virt Ferry contributors
#include "TestDriverXml.h"

#include <QXmlStreamWriter>

namespace TestDriverXml {

QString testNamespace()
{
    return QStringLiteral("http://libvirt.org/schemas/domain/test/1.0");
}

void writeHostCpu(QXmlStreamWriter &xml, const HostCpu &cpu)
{
    xml.writeStartElement(QStringLiteral("cpu"));
    xml.writeTextElement(QStringLiteral("mhz"), QStringLiteral("2600"));
    xml.writeTextElement(QStringLiteral("model"), cpu.model);
    xml.writeTextElement(QStringLiteral("active"), QString::number(cpu.active));
    xml.writeTextElement(QStringLiteral("nodes"), QStringLiteral("1"));
    xml.writeTextElement(QStringLiteral("sockets"), QString::number(cpu.sockets));
    xml.writeTextElement(QStringLiteral("cores"), QString::number(cpu.cores));
    xml.writeTextElement(QStringLiteral("threads"), QString::number(cpu.threads));
    xml.writeEndElement();
}

void writeBytes(QXmlStreamWriter &xml, const QString &element, quint64 bytes)
{
    xml.writeStartElement(element);
    xml.writeAttribute(QStringLiteral("unit"), QStringLiteral("bytes"));
    xml.writeCharacters(QString::number(bytes));
    xml.writeEndElement();
}

void startDirPool(QXmlStreamWriter &xml, const QString &name, const QString &uuid, quint64 capacity,
    quint64 allocation, const QString &path)
{
    xml.writeStartElement(QStringLiteral("pool"));
    xml.writeAttribute(QStringLiteral("type"), QStringLiteral("dir"));
    xml.writeTextElement(QStringLiteral("name"), name);
    xml.writeTextElement(QStringLiteral("uuid"), uuid);
    writeBytes(xml, QStringLiteral("capacity"), capacity);
    writeBytes(xml, QStringLiteral("allocation"), allocation);
    writeBytes(xml, QStringLiteral("available"), capacity - allocation);
    xml.writeStartElement(QStringLiteral("target"));
    xml.writeTextElement(QStringLiteral("path"), path);
    xml.writeEndElement();
}

void startDomain(QXmlStreamWriter &xml, const QString &name, const QString &uuid, int memoryMiB, int vcpus)
{
    xml.writeStartElement(QStringLiteral("domain"));
    xml.writeNamespace(testNamespace(), QStringLiteral("test"));
    xml.writeAttribute(QStringLiteral("type"), QStringLiteral("test"));
    xml.writeTextElement(QStringLiteral("name"), name);
    xml.writeTextElement(QStringLiteral("uuid"), uuid);
    xml.writeStartElement(QStringLiteral("memory"));
    xml.writeAttribute(QStringLiteral("unit"), QStringLiteral("MiB"));
    xml.writeCharacters(QString::number(memoryMiB));
    xml.writeEndElement();
    xml.writeTextElement(QStringLiteral("vcpu"), QString::number(vcpus));
}

void writeHvmOs(QXmlStreamWriter &xml, const QString &arch)
{
    xml.writeStartElement(QStringLiteral("os"));
    xml.writeStartElement(QStringLiteral("type"));
    if (!arch.isEmpty())
        xml.writeAttribute(QStringLiteral("arch"), arch);
    xml.writeCharacters(QStringLiteral("hvm"));
    xml.writeEndElement();
    xml.writeEndElement();
}

void endDomain(QXmlStreamWriter &xml, int runstate)
{
    xml.writeTextElement(testNamespace(), QStringLiteral("runstate"), QString::number(runstate));
    xml.writeEndElement();
}

void writeFileDisk(QXmlStreamWriter &xml, const QString &path, const QString &target, const QString &format,
    const QString &cache)
{
    xml.writeStartElement(QStringLiteral("disk"));
    xml.writeAttribute(QStringLiteral("type"), QStringLiteral("file"));
    xml.writeAttribute(QStringLiteral("device"), QStringLiteral("disk"));
    xml.writeEmptyElement(QStringLiteral("driver"));
    xml.writeAttribute(QStringLiteral("name"), QStringLiteral("qemu"));
    xml.writeAttribute(QStringLiteral("type"), format);
    if (!cache.isEmpty())
        xml.writeAttribute(QStringLiteral("cache"), cache);
    xml.writeEmptyElement(QStringLiteral("source"));
    xml.writeAttribute(QStringLiteral("file"), path);
    xml.writeEmptyElement(QStringLiteral("target"));
    xml.writeAttribute(QStringLiteral("dev"), target);
    xml.writeAttribute(QStringLiteral("bus"), QStringLiteral("virtio"));
    xml.writeEndElement();
}

} // namespace TestDriverXml
