// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: Virt Ferry contributors
#include "VolumeXmlFacts.h"

#include <QStringList>
#include <QXmlStreamReader>

VolumeXmlFacts VolumeXmlFacts::fromXml(const QString &xml)
{
    VolumeXmlFacts facts;
    QXmlStreamReader reader(xml);
    QStringList path;
    const QStringList targetFormat
        = { QStringLiteral("volume"), QStringLiteral("target"), QStringLiteral("format") };
    const QStringList backingPath
        = { QStringLiteral("volume"), QStringLiteral("backingStore"), QStringLiteral("path") };
    const QStringList backingFormat
        = { QStringLiteral("volume"), QStringLiteral("backingStore"), QStringLiteral("format") };
    while (!reader.atEnd()) {
        const QXmlStreamReader::TokenType token = reader.readNext();
        if (token == QXmlStreamReader::StartElement) {
            path.append(reader.name().toString());
            if (path == targetFormat) {
                facts.format = reader.attributes().value(QStringLiteral("type")).toString();
            } else if (path == backingFormat) {
                facts.backingFormat = reader.attributes().value(QStringLiteral("type")).toString();
            } else if (path == backingPath) {
                facts.backingPath = reader.readElementText().trimmed();
                path.removeLast(); // readElementText() consumed the end tag
            }
        } else if (token == QXmlStreamReader::EndElement && !path.isEmpty()) {
            path.removeLast();
        }
    }
    return facts;
}
