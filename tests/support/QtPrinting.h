// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: Virt Ferry contributors
#pragma once

#include <QString>
#include <QStringList>

#include <ostream>

// Readable QString values in GoogleTest's failure messages (Qt Creator's gtest-qt-printing.h).
QT_BEGIN_NAMESPACE
inline void PrintTo(const QString &value, std::ostream *os)
{
    *os << '"' << value.toStdString() << '"';
}
inline void PrintTo(const QStringList &value, std::ostream *os)
{
    *os << '[' << value.join(QStringLiteral(", ")).toStdString() << ']';
}
// So a QString can follow an EXPECT as its failure message.
inline std::ostream &operator<<(std::ostream &os, const QString &value)
{
    return os << value.toStdString();
}
QT_END_NAMESPACE
