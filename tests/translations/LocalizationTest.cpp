// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: Virt Ferry contributors
// models/Localization on a QCoreApplication: the languages the build embeds, the override
// in the settings, and installing (and removing) the translators and default locale.
#include "Localization.h"
#include "QtPrinting.h"

#include <QCoreApplication>
#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTranslator>
#include <gtest/gtest.h>

namespace {

const QString kChinese = QStringLiteral("zh_CN");

bool hasCjk(const QString &text)
{
    return std::any_of(
        text.cbegin(), text.cend(), [](QChar c) { return c.unicode() >= 0x4E00 && c.unicode() <= 0x9FFF; });
}

TEST(Localization, ListsEnglishAndTheEmbeddedTranslations)
{
    ASSERT_TRUE(QFile::exists(QStringLiteral(":/i18n/virt-ferry_zh_CN.qm")));
    QTranslator translator;
    EXPECT_TRUE(translator.load(QStringLiteral(":/i18n/virt-ferry_zh_CN.qm")));

    const QList<Localization::Language> languages = Localization::availableLanguages();
    ASSERT_GE(languages.size(), 2);
    EXPECT_EQ(languages.first().code, QStringLiteral("en"));
    EXPECT_EQ(languages.first().nativeName, QStringLiteral("English"));
    const auto chinese = std::find_if(languages.cbegin(), languages.cend(),
        [](const Localization::Language &language) { return language.code == kChinese; });
    ASSERT_NE(chinese, languages.cend());
    EXPECT_EQ(chinese->nativeName, QStringLiteral("简体中文"));
}

TEST(Localization, MatchesLanguageCodesToShippedOnes)
{
    EXPECT_EQ(Localization::matchAvailable(QStringLiteral("zh_CN")), kChinese);
    EXPECT_EQ(Localization::matchAvailable(QStringLiteral("zh-CN")), kChinese);
    EXPECT_EQ(Localization::matchAvailable(QStringLiteral(" zh ")), kChinese);
    EXPECT_EQ(Localization::matchAvailable(QStringLiteral("zh_SG")), kChinese);
    EXPECT_EQ(Localization::matchAvailable(QStringLiteral("zh_TW")), QString()); // Traditional script
    EXPECT_EQ(Localization::matchAvailable(QStringLiteral("en")), QStringLiteral("en"));
    EXPECT_EQ(Localization::matchAvailable(QStringLiteral("en_GB")), QStringLiteral("en"));
    EXPECT_EQ(Localization::matchAvailable(QStringLiteral("tlh")), QString());
    EXPECT_EQ(Localization::matchAvailable(QStringLiteral("C")), QString());
    EXPECT_EQ(Localization::matchAvailable(QString()), QString());
}

TEST(Localization, OverrideIsKeptInTheSettings)
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("settings.conf")), QSettings::IniFormat);
    EXPECT_EQ(Localization::savedOverride(settings), QString());
    EXPECT_EQ(Localization::effectiveLocale(Localization::savedOverride(settings)), QLocale::system());

    Localization::saveOverride(settings, kChinese);
    settings.sync();
    // Read back from a copy: QSettings in this process would answer from its cache of the
    // file, not from what the next start reads.
    ASSERT_TRUE(QFile::copy(settings.fileName(), dir.filePath(QStringLiteral("next-start.conf"))));
    QSettings reread(dir.filePath(QStringLiteral("next-start.conf")), QSettings::IniFormat);
    EXPECT_EQ(Localization::savedOverride(reread), kChinese) << reread.allKeys().join(QLatin1Char(','));
    EXPECT_EQ(Localization::effectiveLocale(Localization::savedOverride(reread)).name(), kChinese);

    Localization::saveOverride(settings, QStringLiteral("en"));
    EXPECT_EQ(
        Localization::effectiveLocale(Localization::savedOverride(settings)).language(), QLocale::English);
    // One this build does not ship is ignored, not applied half-way.
    Localization::saveOverride(settings, QStringLiteral("tlh"));
    EXPECT_EQ(Localization::effectiveLocale(Localization::savedOverride(settings)), QLocale::system());
}

TEST(Localization, InstallsChineseWithQtsOwnAndRemovesThem)
{
    const QLocale before;
    const QString cancel = QCoreApplication::translate("QPlatformTheme", "Cancel");
    ASSERT_EQ(cancel, QStringLiteral("Cancel"));
    {
        Localization localization;
        EXPECT_TRUE(localization.install(QLocale(kChinese)));
        EXPECT_TRUE(localization.hasAppTranslation());
        EXPECT_TRUE(localization.appTranslationFile().endsWith(QStringLiteral("virt-ferry_zh_CN.qm")))
            << localization.appTranslationFile();
        ASSERT_TRUE(localization.hasQtTranslation());
        EXPECT_TRUE(hasCjk(QCoreApplication::translate("QPlatformTheme", "Cancel")))
            << QCoreApplication::translate("QPlatformTheme", "Cancel");
        EXPECT_EQ(QLocale().name(), kChinese);
        EXPECT_EQ(QLocale().toString(1234567.5, 'f', 1), QLocale(kChinese).toString(1234567.5, 'f', 1));
        EXPECT_TRUE(hasCjk(QLocale().dayName(1))) << QLocale().dayName(1);

        localization.remove();
        EXPECT_FALSE(localization.hasAppTranslation());
        EXPECT_EQ(QCoreApplication::translate("QPlatformTheme", "Cancel"), cancel);
        EXPECT_EQ(QLocale(), before);

        localization.install(QLocale(kChinese));
    }
    // The destructor undoes it too.
    EXPECT_EQ(QCoreApplication::translate("QPlatformTheme", "Cancel"), cancel);
    EXPECT_EQ(QLocale(), before);
}

TEST(Localization, EnglishNeedsNoTranslator)
{
    Localization localization;
    EXPECT_FALSE(localization.install(QLocale(QStringLiteral("en"))));
    EXPECT_FALSE(localization.hasAppTranslation());
    EXPECT_FALSE(localization.hasQtTranslation());
    EXPECT_EQ(QLocale().language(), QLocale::English);
    EXPECT_EQ(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Cancel"));
}

TEST(Localization, NamesLanguagesInThemselves)
{
    EXPECT_EQ(Localization::nativeLanguageName(QLocale(kChinese)), QStringLiteral("简体中文"));
    EXPECT_EQ(Localization::nativeLanguageName(QLocale(QStringLiteral("de_DE"))), QStringLiteral("Deutsch"));
    EXPECT_EQ(Localization::nativeLanguageName(QLocale(QStringLiteral("fr_FR"))), QStringLiteral("Français"));
    EXPECT_EQ(Localization::nativeLanguageName(QLocale::c()), QStringLiteral("English"));
}

// Run as is, the system locale decides when nothing overrides it; the ctest
// translations.lang_zh_CN_selects_chinese runs this under LANG=zh_CN.UTF-8 with
// VF_EXPECT_LANGUAGE=zh_CN, where that must mean Chinese, translations and all.
TEST(LocalizationSystemLocale, NoOverrideFollowsTheSystem)
{
    EXPECT_EQ(Localization::effectiveLocale(QString()), QLocale::system());
    EXPECT_EQ(Localization::effectiveLocale(QStringLiteral("tlh")), QLocale::system());
    const QString expected = qEnvironmentVariable("VF_EXPECT_LANGUAGE");
    if (expected.isEmpty())
        return;
    EXPECT_EQ(QLocale::system().name(), expected);
    Localization localization;
    EXPECT_TRUE(localization.install(Localization::effectiveLocale(QString())));
    EXPECT_EQ(QLocale().name(), expected);
    EXPECT_TRUE(localization.appTranslationFile().endsWith(QStringLiteral("virt-ferry_%1.qm").arg(expected)))
        << localization.appTranslationFile();
    EXPECT_TRUE(localization.hasQtTranslation());
}

} // namespace
