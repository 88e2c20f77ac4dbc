// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: Virt Ferry contributors
#include "NodeXmlGenerator.h"

#include <QFile>
#include <QXmlStreamWriter>

namespace NodeXmlGenerator {

int stateOf(int index)
{
    // 1 running, 5 shut off, 3 paused: half running, a third off, the rest paused.
    static constexpr int kRotation[] = {1, 5, 1, 3, 5, 1};
    return kRotation[index % 6];
}

QString write(const QString &path, const Options &options)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return file.errorString();
    QXmlStreamWriter xml(&file);
    xml.setAutoFormatting(true);
    xml.writeStartDocument();
    xml.writeStartElement(QStringLiteral("node"));
    xml.writeStartElement(QStringLiteral("cpu"));
    xml.writeTextElement(QStringLiteral("mhz"), QStringLiteral("2600"));
    xml.writeTextElement(QStringLiteral("model"), QStringLiteral("x86_64"));
    xml.writeTextElement(QStringLiteral("active"), QStringLiteral("16"));
    xml.writeTextElement(QStringLiteral("nodes"), QStringLiteral("1"));
    xml.writeTextElement(QStringLiteral("sockets"), QStringLiteral("2"));
    xml.writeTextElement(QStringLiteral("cores"), QStringLiteral("4"));
    xml.writeTextElement(QStringLiteral("threads"), QStringLiteral("2"));
    xml.writeEndElement();
    xml.writeTextElement(QStringLiteral("memory"), QStringLiteral("67108864"));

    const QString testNamespace = QStringLiteral("http://libvirt.org/schemas/domain/test/1.0");
    for (int i = 0; i < options.domainCount; ++i) {
        xml.writeStartElement(QStringLiteral("domain"));
        xml.writeNamespace(testNamespace, QStringLiteral("test"));
        xml.writeAttribute(QStringLiteral("type"), QStringLiteral("test"));
        xml.writeTextElement(QStringLiteral("name"), QStringLiteral("%1-%2").arg(options.namePrefix).arg(i, 5, 10, QLatin1Char('0')));
        xml.writeTextElement(QStringLiteral("uuid"),
                             QStringLiteral("5a0a0000-0000-4000-8000-%1").arg(i, 12, 16, QLatin1Char('0')));
        xml.writeStartElement(QStringLiteral("memory"));
        xml.writeAttribute(QStringLiteral("unit"), QStringLiteral("MiB"));
        xml.writeCharacters(QString::number(512 << (i % 4)));
        xml.writeEndElement();
        xml.writeTextElement(QStringLiteral("vcpu"), QString::number(1 + i % 4));
        xml.writeStartElement(QStringLiteral("os"));
        xml.writeTextElement(QStringLiteral("type"), QStringLiteral("hvm"));
        xml.writeEndElement();
        xml.writeTextElement(testNamespace, QStringLiteral("runstate"), QString::number(stateOf(i)));
        xml.writeEndElement();
    }
    xml.writeEndElement();
    xml.writeEndDocument();
    if (xml.hasError() || !file.flush())
        return file.errorString();
    return {};
}

} // namespace NodeXmlGenerator
