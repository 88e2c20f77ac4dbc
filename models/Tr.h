// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: Virt Ferry contributors
#pragma once

#include <QCoreApplication>
#include <QStringList>

// Translation context for code that is not a QObject.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(VirtFerry)

public:
    // Items of a list shown in a sentence ("a, b, c"), joined with the separator of the
    // UI language (Chinese uses 、).
    static QString joinedList(const QStringList &items)
    {
        //: Separator between the items of a list inside a sentence.
        return items.join(tr(", ", "list separator"));
    }
};
