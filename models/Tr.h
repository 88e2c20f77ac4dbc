// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: Virt Ferry contributors
#pragma once

#include <QCoreApplication>

// Translation context for code that is not a QObject.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(VirtFerry)
};
