// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: Virt Ferry contributors
#pragma once

#include <QString>

// What copying a volume needs from its XML: <target><format> and the <backingStore> it
// sits on, if any (an overlay cannot be copied alone; an incremental copy rebuilds it).
struct VolumeXmlFacts
{
    QString format;
    QString backingPath;
    QString backingFormat;

    static VolumeXmlFacts fromXml(const QString &xml);
};
