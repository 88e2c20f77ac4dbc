// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: Virt Ferry contributors
#include "Localization.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QSettings>
#include <QTranslator>

namespace {
const QString kResourceDir = QStringLiteral(":/i18n");
const QString kCatalog = QStringLiteral("virt-ferry");
const QString kEnglishCode = QStringLiteral("en");

// Language names in CLDR start in lower case in some languages ("français"); a list of
// choices reads better capitalised, in the language's own rules.
QString capitalised(const QString &name, const QLocale &locale)
{
    if (name.isEmpty())
        return name;
    return locale.toUpper(name.left(1)) + name.mid(1);
}
} // namespace

QString Localization::settingsKey()
{
    // Not under "general": QSettings writes that group as [%General] and reads it back as
    // "General", so a key there does not survive a restart.
    return QStringLiteral("interface/language");
}

QString Localization::savedOverride(const QSettings &settings)
{
    return settings.value(settingsKey()).toString();
}

void Localization::saveOverride(QSettings &settings, const QString &code)
{
    settings.setValue(settingsKey(), code);
}

QList<Localization::Language> Localization::availableLanguages()
{
    // "American English" is what CLDR calls en_US; the sources are plain English.
    QList<Language> languages { { kEnglishCode, QLocale::languageToString(QLocale::English) } };
    const QString prefix = kCatalog + QLatin1Char('_');
    const QStringList files
        = QDir(kResourceDir).entryList({ prefix + QStringLiteral("*.qm") }, QDir::Files, QDir::Name);
    for (const QString &file : files) {
        const QString code = file.mid(prefix.size()).chopped(3);
        const QLocale locale(code);
        if (locale.language() == QLocale::C || locale.language() == QLocale::English)
            continue;
        languages.append({ code, nativeLanguageName(locale) });
    }
    return languages;
}

QString Localization::matchAvailable(const QString &code)
{
    const QString trimmed = code.trimmed();
    if (trimmed.isEmpty())
        return {};
    const QLocale requested(trimmed);
    if (requested.language() == QLocale::C || requested.language() == QLocale::AnyLanguage)
        return {};
    // Language and script, not territory: zh_SG reads zh_CN's Simplified Chinese, zh_TW's
    // Traditional script does not.
    for (const Language &language : availableLanguages()) {
        const QLocale candidate(language.code);
        if (candidate.language() == requested.language() && candidate.script() == requested.script())
            return language.code;
    }
    return {};
}

QString Localization::nativeLanguageName(const QLocale &locale)
{
    if (locale.language() == QLocale::C || locale.nativeLanguageName().isEmpty())
        return QLocale::languageToString(QLocale::English);
    return capitalised(locale.nativeLanguageName(), locale);
}

QLocale Localization::effectiveLocale(const QString &overrideCode)
{
    const QString code = matchAvailable(overrideCode);
    return code.isEmpty() ? QLocale::system() : QLocale(code);
}

Localization::Localization() = default;

Localization::~Localization()
{
    remove();
}

bool Localization::install(const QLocale &locale)
{
    remove();
    m_previousDefault = QLocale();
    QLocale::setDefault(locale);

    // An empty catalogue (a language whose strings are all still unfinished) counts as
    // none, so Qt's dialogs do not switch language while the app's own texts stay English.
    auto appTranslator = std::make_unique<QTranslator>();
    if (!appTranslator->load(locale, kCatalog, QStringLiteral("_"), kResourceDir) || appTranslator->isEmpty())
        return false;
    QCoreApplication::installTranslator(appTranslator.get());
    m_appTranslator = std::move(appTranslator);

    // Qt's own strings only along with ours: a German system with no German Virt Ferry
    // gets English throughout rather than German buttons in English dialogs.
    auto qtTranslator = std::make_unique<QTranslator>();
    if (qtTranslator->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
            QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qtTranslator.get());
        m_qtTranslator = std::move(qtTranslator);
    }
    return true;
}

void Localization::remove()
{
    if (m_qtTranslator)
        QCoreApplication::removeTranslator(m_qtTranslator.get());
    if (m_appTranslator)
        QCoreApplication::removeTranslator(m_appTranslator.get());
    m_qtTranslator.reset();
    m_appTranslator.reset();
    if (m_previousDefault)
        QLocale::setDefault(*m_previousDefault);
    m_previousDefault.reset();
}

QString Localization::appTranslationFile() const
{
    return m_appTranslator ? m_appTranslator->filePath() : QString();
}
