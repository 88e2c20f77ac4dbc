// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: Virt Ferry contributors
#pragma once

#include <QList>
#include <QLocale>
#include <QString>

#include <memory>
#include <optional>

class QSettings;
class QTranslator;

// The one place that decides the UI language: the user's override from the settings
// ("" follows the system), the languages the build ships (English plus every
// virt-ferry_*.qm embedded under :/i18n), and the translators (ours and Qt's qtbase)
// installed on the application. GUI thread only; the language applies from the next
// window built, so the app applies it once at start.
class Localization final
{
    Q_DISABLE_COPY_MOVE(Localization)

public:
    struct Language
    {
        QString code; // QLocale::name() form: "en", "zh_CN"
        QString nativeName; // the language named in itself: "English", "简体中文"
    };

    // The settings key of the override; its value is a code from availableLanguages(),
    // or empty (or absent) to follow the system.
    static QString settingsKey();
    static QString savedOverride(const QSettings &settings);
    static void saveOverride(QSettings &settings, const QString &code);

    // English first (the sources' language), then each shipped translation by code.
    static QList<Language> availableLanguages();
    // The shipped language `code` stands for ("zh-CN", "zh" and "zh_CN" all give
    // "zh_CN"; "en_GB" gives "en"), or empty when none matches.
    static QString matchAvailable(const QString &code);
    // `locale`'s language named in itself ("简体中文", "Deutsch"), "English" for C.
    static QString nativeLanguageName(const QLocale &locale);
    // The override when it names a shipped language, else the system's locale.
    static QLocale effectiveLocale(const QString &overrideCode);

    Localization();
    // Removes whatever install() installed and restores the default locale it replaced.
    ~Localization();

    // Makes `locale` the default QLocale (numbers, dates) and installs Virt Ferry's
    // translation for it and, when there is one, Qt's own (qtbase: standard buttons, file
    // dialogs). Returns whether Virt Ferry's translation was found; English needs none.
    bool install(const QLocale &locale);
    void remove();

    bool hasAppTranslation() const { return m_appTranslator != nullptr; }
    bool hasQtTranslation() const { return m_qtTranslator != nullptr; }
    // The file the app translation came from (for diagnostics), or empty.
    QString appTranslationFile() const;

private:
    std::unique_ptr<QTranslator> m_appTranslator;
    std::unique_ptr<QTranslator> m_qtTranslator;
    std::optional<QLocale> m_previousDefault;
};
