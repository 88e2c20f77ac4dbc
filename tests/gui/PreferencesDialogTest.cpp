// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: Virt Ferry contributors
// The Preferences dialog's language choice on a private QSettings: the languages named in
// themselves, the saved choice loaded again, the restart note, and the one message on OK
// when the choice changed.
#include "PreferencesDialog.h"
#include "ConnectionManager.h"
#include "Localization.h"
#include "QtPrinting.h"
#include "WidgetLookup.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <gtest/gtest.h>

namespace {

const QString kChinese = QStringLiteral("zh_CN");

class PreferencesDialogTest : public ::testing::Test
{
protected:
    PreferencesDialogTest()
        : m_settings(m_dir.filePath(QStringLiteral("settings.conf")), QSettings::IniFormat)
        , m_manager(&m_settings)
    { }

    // The message deletes itself once closed; none may be left behind for other tests.
    void TearDown() override
    {
        closeRestartMessages();
        EXPECT_TRUE(restartMessages(false).isEmpty());
    }

    static QList<QMessageBox *> restartMessages(bool visibleOnly = true)
    {
        QList<QMessageBox *> boxes;
        for (QWidget *widget : QApplication::topLevelWidgets()) {
            if (widget->objectName() == QStringLiteral("languageRestartMessageBox")
                && (widget->isVisible() || !visibleOnly))
                boxes.append(qobject_cast<QMessageBox *>(widget));
        }
        return boxes;
    }

    static void closeRestartMessages()
    {
        for (QMessageBox *box : restartMessages())
            box->close();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    }

    // Opens the dialog, picks the entry whose code is `code`, and presses OK.
    void chooseAndAccept(const QString &code)
    {
        PreferencesDialog dialog(&m_manager, &m_settings);
        dialog.show();
        auto *combo = WidgetLookup(dialog).child<QComboBox>("languageComboBox");
        const int index = combo->findData(code);
        ASSERT_GE(index, 0) << code;
        combo->setCurrentIndex(index);
        QTest::mouseClick(
            WidgetLookup(dialog).child<QDialogButtonBox>("buttonBox")->button(QDialogButtonBox::Ok),
            Qt::LeftButton);
        EXPECT_EQ(dialog.result(), QDialog::Accepted);
    }

    QString selectedCode()
    {
        PreferencesDialog dialog(&m_manager, &m_settings);
        return WidgetLookup(dialog).child<QComboBox>("languageComboBox")->currentData().toString();
    }

    QTemporaryDir m_dir;
    QSettings m_settings;
    ConnectionManager m_manager;
};

TEST_F(PreferencesDialogTest, ListsTheLanguagesEachInItself)
{
    PreferencesDialog dialog(&m_manager, &m_settings);
    auto *combo = WidgetLookup(dialog).child<QComboBox>("languageComboBox");
    ASSERT_EQ(combo->count(), Localization::availableLanguages().size() + 1);
    EXPECT_EQ(combo->itemData(0).toString(), QString());
    EXPECT_EQ(combo->itemText(0),
        QStringLiteral("System default (%1)").arg(Localization::nativeLanguageName(QLocale::system())));
    EXPECT_EQ(combo->itemText(combo->findData(QStringLiteral("en"))), QStringLiteral("English"));
    EXPECT_EQ(combo->itemText(combo->findData(kChinese)), QStringLiteral("简体中文"));
    EXPECT_EQ(combo->currentIndex(), 0) << "nothing saved follows the system";
    EXPECT_EQ(WidgetLookup(dialog).label("languageLabel")->buddy(), combo);
}

TEST_F(PreferencesDialogTest, TheNoteSaysARestartIsNeeded)
{
    PreferencesDialog dialog(&m_manager, &m_settings);
    dialog.show();
    QLabel *note = WidgetLookup(dialog).label("languageNoteLabel");
    EXPECT_TRUE(note->isVisible());
    EXPECT_TRUE(note->text().contains(QStringLiteral("restarts"))) << note->text();
}

TEST_F(PreferencesDialogTest, OkSavesTheChoiceAndSaysOnceThatItNeedsARestart)
{
    ASSERT_NO_FATAL_FAILURE(chooseAndAccept(kChinese));
    EXPECT_EQ(Localization::savedOverride(m_settings), kChinese);
    m_settings.sync();
    // A copy, so that QSettings reads the file as the next start will, not its cache.
    ASSERT_TRUE(QFile::copy(m_settings.fileName(), m_dir.filePath(QStringLiteral("next-start.conf"))));
    QSettings reread(m_dir.filePath(QStringLiteral("next-start.conf")), QSettings::IniFormat);
    EXPECT_EQ(Localization::savedOverride(reread), kChinese);
    const QList<QMessageBox *> told = restartMessages();
    ASSERT_EQ(told.size(), 1);
    EXPECT_TRUE(told.first()->text().contains(QStringLiteral("简体中文"))) << told.first()->text();
    EXPECT_TRUE(told.first()->text().contains(QStringLiteral("next start"))) << told.first()->text();
    closeRestartMessages();

    EXPECT_EQ(selectedCode(), kChinese) << "the dialog shows the saved language";
    ASSERT_NO_FATAL_FAILURE(chooseAndAccept(kChinese));
    EXPECT_TRUE(restartMessages().isEmpty()) << "nothing changed, nothing to tell";

    ASSERT_NO_FATAL_FAILURE(chooseAndAccept(QString()));
    EXPECT_EQ(Localization::savedOverride(m_settings), QString());
    EXPECT_EQ(m_settings.value(Localization::settingsKey()).toString(), QString());
    ASSERT_EQ(restartMessages().size(), 1);
    EXPECT_TRUE(
        restartMessages().first()->text().contains(Localization::nativeLanguageName(QLocale::system())));
    EXPECT_EQ(selectedCode(), QString());
}

TEST_F(PreferencesDialogTest, CancelKeepsTheSavedLanguage)
{
    Localization::saveOverride(m_settings, QStringLiteral("en"));
    PreferencesDialog dialog(&m_manager, &m_settings);
    auto *combo = WidgetLookup(dialog).child<QComboBox>("languageComboBox");
    EXPECT_EQ(combo->currentData().toString(), QStringLiteral("en"));
    combo->setCurrentIndex(combo->findData(kChinese));
    dialog.reject();
    EXPECT_EQ(Localization::savedOverride(m_settings), QStringLiteral("en"));
    EXPECT_TRUE(restartMessages().isEmpty());
}

TEST_F(PreferencesDialogTest, ALanguageThisBuildLacksShowsAsTheSystemDefault)
{
    Localization::saveOverride(m_settings, QStringLiteral("tlh"));
    EXPECT_EQ(selectedCode(), QString());
    PreferencesDialog dialog(&m_manager, &m_settings);
    dialog.accept();
    EXPECT_EQ(Localization::savedOverride(m_settings), QStringLiteral("tlh"))
        << "untouched, so not rewritten";
    EXPECT_TRUE(restartMessages().isEmpty());
}

} // namespace
