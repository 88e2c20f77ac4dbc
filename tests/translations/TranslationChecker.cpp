// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: Virt Ferry contributors
#include "TranslationChecker.h"

#include <QFile>
#include <QTextStream>
#include <QXmlStreamReader>

#include <algorithm>

namespace {
// Without the mnemonic markers: "&Live migration" reads "Live migration", "&&" one '&'.
QString withoutMnemonics(const QString &text)
{
    QString plain;
    plain.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == QLatin1Char('&') && i + 1 < text.size()) {
            ++i;
            plain.append(text.at(i));
            continue;
        }
        plain.append(text.at(i));
    }
    return plain;
}

// The length of an entity ("&lt;", "&nbsp;", "&#8594;") starting at `at`, or 0. Rich
// text sources carry them, and they are not mnemonics.
qsizetype entityLength(const QString &text, qsizetype at)
{
    qsizetype i = at + 1;
    if (i < text.size() && text.at(i) == QLatin1Char('#'))
        ++i;
    const qsizetype nameStart = i;
    while (i < text.size() && text.at(i).isLetterOrNumber() && text.at(i).unicode() < 128)
        ++i;
    if (i == nameStart || i >= text.size() || text.at(i) != QLatin1Char(';'))
        return 0;
    return i - at + 1;
}

QString oneLine(QString text)
{
    text.replace(QLatin1Char('\n'), QStringLiteral("\\n"));
    return text;
}
} // namespace

QString TranslationProblem::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Unfinished:
        return QStringLiteral("unfinished");
    case Kind::Vanished:
        return QStringLiteral("vanished");
    case Kind::Obsolete:
        return QStringLiteral("obsolete");
    case Kind::Empty:
        return QStringLiteral("empty");
    case Kind::MissingPlaceholder:
        return QStringLiteral("placeholder missing");
    case Kind::ExtraPlaceholder:
        return QStringLiteral("placeholder extra");
    case Kind::MissingMnemonic:
        return QStringLiteral("mnemonic missing");
    case Kind::NumerusWithoutForms:
        return QStringLiteral("numerus without forms");
    case Kind::Glossary:
        return QStringLiteral("glossary");
    }
    return {};
}

QString TranslationProblem::toString() const
{
    QString line = QStringLiteral("[%1] \"%2\"").arg(context, oneLine(source));
    if (!disambiguation.isEmpty())
        line += QStringLiteral(" (%1)").arg(oneLine(disambiguation));
    line += QStringLiteral(": ") + kindName(kind);
    if (!detail.isEmpty())
        line += QStringLiteral(": ") + oneLine(detail);
    return line;
}

QString TranslationChecker::readGlossary(const QString &path, QList<GlossaryTerm> *terms)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return QStringLiteral("cannot read the glossary %1: %2").arg(path, file.errorString());
    QTextStream stream(&file);
    int lineNumber = 0;
    while (!stream.atEnd()) {
        const QString line = stream.readLine();
        ++lineNumber;
        if (line.trimmed().isEmpty() || line.trimmed().startsWith(QLatin1Char('#')))
            continue;
        const QStringList fields = line.split(QLatin1Char('\t'));
        if (fields.size() != 2 || fields.at(0).trimmed().isEmpty() || fields.at(1).trimmed().isEmpty())
            return QStringLiteral("%1:%2: expected \"English term<TAB>translation\"")
                .arg(path)
                .arg(lineNumber);
        terms->append({ fields.at(0).trimmed(), fields.at(1).trimmed() });
    }
    return {};
}

QString TranslationChecker::check(const QString &tsPath)
{
    QFile file(tsPath);
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("cannot read %1: %2").arg(tsPath, file.errorString());
    QXmlStreamReader reader(&file);
    if (!reader.readNextStartElement() || reader.name() != QStringLiteral("TS"))
        return QStringLiteral("%1 is not a Qt Linguist .ts file").arg(tsPath);

    while (reader.readNextStartElement()) {
        if (reader.name() != QStringLiteral("context")) {
            reader.skipCurrentElement();
            continue;
        }
        QString context;
        while (reader.readNextStartElement()) {
            if (reader.name() == QStringLiteral("name")) {
                context = reader.readElementText();
                continue;
            }
            if (reader.name() != QStringLiteral("message")) {
                reader.skipCurrentElement();
                continue;
            }
            Message message;
            message.context = context;
            message.numerus = reader.attributes().value(QStringLiteral("numerus")) == QStringLiteral("yes");
            while (reader.readNextStartElement()) {
                if (reader.name() == QStringLiteral("source")) {
                    message.source = reader.readElementText(QXmlStreamReader::IncludeChildElements);
                } else if (reader.name() == QStringLiteral("comment")) {
                    message.disambiguation = reader.readElementText(QXmlStreamReader::IncludeChildElements);
                } else if (reader.name() == QStringLiteral("translation")) {
                    message.hasTranslation = true;
                    message.type = reader.attributes().value(QStringLiteral("type")).toString();
                    if (message.numerus) {
                        while (reader.readNextStartElement()) {
                            if (reader.name() == QStringLiteral("numerusform"))
                                message.forms.append(
                                    reader.readElementText(QXmlStreamReader::IncludeChildElements));
                            else
                                reader.skipCurrentElement();
                        }
                    } else {
                        message.forms.append(reader.readElementText(QXmlStreamReader::IncludeChildElements));
                    }
                } else {
                    reader.skipCurrentElement();
                }
            }
            checkMessage(message);
        }
    }
    if (reader.hasError())
        return QStringLiteral("%1:%2: %3").arg(tsPath).arg(reader.lineNumber()).arg(reader.errorString());
    return {};
}

void TranslationChecker::add(const Message &message, TranslationProblem::Kind kind, const QString &detail)
{
    m_problems.append({ kind, message.context, message.source, message.disambiguation, detail });
}

void TranslationChecker::checkMessage(const Message &message)
{
    using Kind = TranslationProblem::Kind;
    ++m_messageCount;
    if (message.type == QStringLiteral("vanished")) {
        add(message, Kind::Vanished, QStringLiteral("no longer in the sources"));
        return;
    }
    if (message.type == QStringLiteral("obsolete")) {
        add(message, Kind::Obsolete, QStringLiteral("no longer in the sources"));
        return;
    }
    const bool unfinished = message.type == QStringLiteral("unfinished");
    if (unfinished)
        add(message, Kind::Unfinished);
    if (message.numerus && message.forms.isEmpty()) {
        add(message, Kind::NumerusWithoutForms);
        return;
    }
    const bool allEmpty = std::all_of(
        message.forms.cbegin(), message.forms.cend(), [](const QString &form) { return form.isEmpty(); });
    if (allEmpty) {
        // An unfinished message with no text yet is reported once, as unfinished.
        if (!unfinished)
            add(message, Kind::Empty);
        return;
    }

    const QStringList expected = placeholders(message.source);
    const bool mnemonic = hasMnemonic(message.source);
    QList<const GlossaryTerm *> terms;
    for (const GlossaryTerm &term : m_glossary) {
        if (containsWords(message.source, term.english))
            terms.append(&term);
    }
    for (qsizetype i = 0; i < message.forms.size(); ++i) {
        const QString &form = message.forms.at(i);
        const QString where
            = message.forms.size() > 1 ? QStringLiteral(" (plural form %1)").arg(i + 1) : QString();
        if (form.isEmpty()) {
            add(message, Kind::Empty, QStringLiteral("plural form %1").arg(i + 1));
            continue;
        }
        const QStringList found = placeholders(form);
        for (const QString &placeholder : expected) {
            if (!found.contains(placeholder))
                add(message, Kind::MissingPlaceholder,
                    placeholder + QStringLiteral(" not in \"") + form + QLatin1Char('"') + where);
        }
        for (const QString &placeholder : found) {
            if (!expected.contains(placeholder))
                add(message, Kind::ExtraPlaceholder,
                    placeholder + QStringLiteral(" in \"") + form + QStringLiteral("\" is not in the source")
                        + where);
        }
        if (mnemonic && !hasMnemonic(form))
            add(message, Kind::MissingMnemonic,
                QStringLiteral("no '&' in \"") + form + QLatin1Char('"') + where);
        for (const GlossaryTerm *term : std::as_const(terms)) {
            if (!withoutMnemonics(form).contains(term->translation))
                add(message, Kind::Glossary,
                    QStringLiteral("\"%1\" should be rendered \"%2\" in \"%3\"%4")
                        .arg(term->english, term->translation, form, where));
        }
    }
}

QStringList TranslationChecker::placeholders(const QString &text)
{
    QStringList found;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('%'))
            continue;
        qsizetype j = i + 1;
        if (j < text.size() && text.at(j) == QLatin1Char('L'))
            ++j;
        if (j < text.size() && text.at(j) == QLatin1Char('n')) {
            found.append(text.mid(i, j - i + 1));
            i = j;
            continue;
        }
        // %1 to %99, as QString::arg reads them.
        if (j < text.size() && text.at(j) >= QLatin1Char('1') && text.at(j) <= QLatin1Char('9')) {
            qsizetype end = j + 1;
            if (end < text.size() && text.at(end).isDigit() && text.at(end).unicode() < 128)
                ++end;
            found.append(text.mid(i, end - i));
            i = end - 1;
        }
    }
    found.sort();
    found.removeDuplicates();
    return found;
}

bool TranslationChecker::hasMnemonic(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&'))
            continue;
        const QChar next = text.at(i + 1);
        if (next == QLatin1Char('&')) {
            ++i;
            continue;
        }
        if (next.isSpace())
            continue;
        if (const qsizetype length = entityLength(text, i)) {
            i += length - 1;
            continue;
        }
        return true;
    }
    return false;
}

bool TranslationChecker::containsWords(const QString &text, const QString &term)
{
    const QString plain = withoutMnemonics(text);
    const auto isWordCharacter = [](QChar c) { return c.isLetterOrNumber() || c == QLatin1Char('_'); };
    qsizetype from = 0;
    while (true) {
        const qsizetype at = plain.indexOf(term, from, Qt::CaseInsensitive);
        if (at < 0)
            return false;
        const qsizetype end = at + term.size();
        const bool startsWord = at == 0 || !isWordCharacter(plain.at(at - 1));
        const bool endsWord = end == plain.size() || !isWordCharacter(plain.at(end));
        if (startsWord && endsWord)
            return true;
        from = at + 1;
    }
}
