// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: Virt Ferry contributors
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// One line of translations/glossary_<lang>.tsv: an English term and its rendering.
struct GlossaryTerm
{
    QString english;
    QString translation;
};

// One thing wrong with one message of a .ts file.
struct TranslationProblem
{
    enum class Kind {
        Unfinished,
        Vanished,
        Obsolete,
        Empty,
        MissingPlaceholder,
        ExtraPlaceholder,
        MissingMnemonic,
        NumerusWithoutForms,
        Glossary,
    };
    Kind kind;
    QString context;
    QString source;
    QString disambiguation;
    QString detail;

    static QString kindName(Kind kind);
    // "[context] "source" (disambiguation): kind: detail", on one line.
    QString toString() const;
};

// Reads a Qt Linguist .ts file with QXmlStreamReader and lists what keeps it from
// shipping: messages unfinished, vanished or obsolete, empty translations, placeholders
// (%1..%99, %L1, %n) lost or invented, a lost mnemonic, numerus messages without forms,
// and glossary terms not rendered as the glossary says.
class TranslationChecker final
{
public:
    // Reads "English<TAB>translation" lines ('#' starts a comment); returns an error, or
    // an empty string.
    static QString readGlossary(const QString &path, QList<GlossaryTerm> *terms);

    void setGlossary(const QList<GlossaryTerm> &terms) { m_glossary = terms; }
    // Checks `tsPath`, adding to problems(); returns an error when the file cannot be
    // read or is not a .ts, or an empty string.
    QString check(const QString &tsPath);

    const QList<TranslationProblem> &problems() const { return m_problems; }
    int messageCount() const { return m_messageCount; }

    // The placeholders of `text`, sorted, each once: "%1", "%L2", "%n".
    static QStringList placeholders(const QString &text);
    // Whether `text` marks a mnemonic: an '&' before a character, not "&&" or an entity.
    static bool hasMnemonic(const QString &text);
    // Whether `text` contains `term` as whole words, in any case, mnemonics ignored.
    static bool containsWords(const QString &text, const QString &term);

private:
    struct Message
    {
        QString context;
        QString source;
        QString disambiguation;
        QString type;
        bool numerus = false;
        QStringList forms; // the translation, or its numerus forms
        bool hasTranslation = false;
    };

    void checkMessage(const Message &message);
    void add(const Message &message, TranslationProblem::Kind kind, const QString &detail = {});

    QList<GlossaryTerm> m_glossary;
    QList<TranslationProblem> m_problems;
    int m_messageCount = 0;
};
