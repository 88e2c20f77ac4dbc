// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: Virt Ferry contributors
#include "NodeXmlGenerator.h"

#include "TestDriverXml.h"

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
    TestDriverXml::writeHostCpu(xml, { QStringLiteral("x86_64"), 16, 2, 4, 2 });
    xml.writeTextElement(QStringLiteral("memory"), QStringLiteral("67108864"));

    for (int i = 0; i < options.domainCount; ++i) {
        TestDriverXml::startDomain(
            xml, QStringLiteral("%1-%2").arg(options.namePrefix).arg(i, 5, 10, QLatin1Char('0')),
            QStringLiteral("%1-0000-4000-8000-%2").arg(options.uuidPrefix).arg(i, 12, 16, QLatin1Char('0')),
            512 << (i % 4), 1 + i % 4);
        TestDriverXml::writeHvmOs(xml);
        TestDriverXml::endDomain(xml, stateOf(i));
    }
    xml.writeEndElement();
    xml.writeEndDocument();
    if (xml.hasError() || !file.flush())
        return file.errorString();
    return {};
}

} // namespace NodeXmlGenerator
