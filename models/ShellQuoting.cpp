// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: Virt Ferry contributors
#include "ShellQuoting.h"

#include <algorithm>

namespace {

// Characters no POSIX shell gives a meaning to in any position of a word. '=' is left
// out (a bare first word "A=b" is an assignment), and so are '~', '{', '}', '[', ']',
// '*', '?' and '!', which some shells expand.
bool isPlainWordCharacter(QChar character)
{
    const char16_t c = character.unicode();
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'_'
        || c == u'-' || c == u'.' || c == u'/' || c == u':' || c == u',' || c == u'+' || c == u'@'
        || c == u'%';
}

} // namespace

QString shellQuote(const QString &argument)
{
    if (argument.contains(QChar(u'\0')))
        return {};
    if (argument.isEmpty())
        return QStringLiteral("''");
    if (std::all_of(argument.cbegin(), argument.cend(), isPlainWordCharacter))
        return argument;
    QString quoted;
    quoted.reserve(argument.size() + 2);
    quoted += u'\'';
    for (const QChar character : argument) {
        if (character == u'\'')
            quoted += QStringLiteral("'\\''"); // close, an escaped quote, reopen
        else
            quoted += character;
    }
    quoted += u'\'';
    return quoted;
}

QString shellCommand(const QStringList &argv)
{
    if (argv.isEmpty())
        return {};
    QStringList words;
    words.reserve(argv.size());
    for (const QString &argument : argv) {
        QString word = shellQuote(argument);
        if (word.isNull())
            return {};
        words.append(std::move(word));
    }
    return words.join(u' ');
}
