// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: Virt Ferry contributors
// The main window built in zh_CN, through models/Localization as the app does it: the
// menus, a toolbar action, the host tree's headers and Qt's own button texts come out
// translated, and numbers and dates follow the Chinese locale. The expectations are
// whatever the shipped catalogue says (QCoreApplication::translate), never its wording,
// so this checks that the texts on screen go through the translation.
#include "Connection.h"
#include "ConnectionManager.h"
#include "HostTreeView.h"
#include "Localization.h"
#include "MainWindow.h"
#include "MigrationHistory.h"
#include "PreferencesDialog.h"
#include "QtPrinting.h"

#include <QAction>
#include <QApplication>
#include <QDate>
#include <QDialogButtonBox>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <gtest/gtest.h>

#include <algorithm>

namespace {

const QString kChinese = QStringLiteral("zh_CN");

bool hasCjk(const QString &text)
{
    return std::any_of(
        text.cbegin(), text.cend(), [](QChar c) { return c.unicode() >= 0x4E00 && c.unicode() <= 0x9FFF; });
}

// The catalogue's text for `source`, checked to be Chinese so that an English fallback
// (an untranslated or unloaded string) cannot pass as translated.
QString translated(const char *context, const char *source)
{
    const QString text = QCoreApplication::translate(context, source);
    EXPECT_TRUE(hasCjk(text)) << context << " \"" << source << "\" has no Chinese translation: " << text;
    return text;
}

class ChineseLocaleTest : public ::testing::Test
{
protected:
    ChineseLocaleTest()
        : m_settings(m_dir.filePath(QStringLiteral("settings.conf")), QSettings::IniFormat)
    {
        m_localeBefore = QLocale();
        m_installed = m_localization.install(Localization::effectiveLocale(kChinese));
        // The manager comes after the translators, as in main(): it names things too.
        m_manager = std::make_unique<ConnectionManager>(&m_settings);
        m_history = std::make_unique<MigrationHistory>(m_dir.filePath(QStringLiteral("migrations")));
    }

    ~ChineseLocaleTest() override
    {
        // Windows first, then the translators: the other tests run in English.
        m_window.reset();
        m_history.reset();
        m_manager.reset();
        m_localization.remove();
    }

    void showOnTestDriver()
    {
        Connection *connection = m_manager->add(ConnectionConfig::fromUri(QStringLiteral("test:///default")));
        m_window = std::make_unique<MainWindow>(m_manager.get());
        m_window->setMigrationHistory(m_history.get());
        m_window->show();
        QSignalSpy painted(m_window.get(), &MainWindow::populatedAndPainted);
        connection->open();
        m_window->waitForPopulation({ connection });
        ASSERT_TRUE(QTest::qWaitFor([&] { return painted.count() == 1; }, 30000));
    }

    QTemporaryDir m_dir;
    QSettings m_settings;
    QLocale m_localeBefore;
    Localization m_localization;
    bool m_installed = false;
    std::unique_ptr<ConnectionManager> m_manager;
    std::unique_ptr<MigrationHistory> m_history;
    std::unique_ptr<MainWindow> m_window;
};

TEST_F(ChineseLocaleTest, MainWindowComesUpInChinese)
{
    ASSERT_TRUE(m_installed) << "no zh_CN catalogue under :/i18n";
    ASSERT_TRUE(m_localization.hasQtTranslation()) << "qtbase_zh_CN.qm not found";
    ASSERT_NO_FATAL_FAILURE(showOnTestDriver());

    QStringList menuTitles;
    for (QAction *menu : m_window->menuBar()->actions())
        menuTitles.append(menu->text());
    for (const char *title : { "&File", "&Virtual Machine", "V&iew", "&Help" })
        EXPECT_TRUE(menuTitles.contains(translated("MainWindow", title)))
            << title << " not in " << menuTitles.join(QStringLiteral(" | "));

    auto *toolBar = m_window->findChild<QToolBar *>(QStringLiteral("mainToolBar"));
    auto *migrate = m_window->findChild<QAction *>(QStringLiteral("migrateAction"));
    ASSERT_NE(toolBar, nullptr);
    ASSERT_NE(migrate, nullptr);
    EXPECT_TRUE(toolBar->actions().contains(migrate));
    EXPECT_EQ(migrate->iconText(), translated("MainWindow", "Migrate"));
    EXPECT_EQ(migrate->text(), translated("MainWindow", "&Migrate…"));
    // Toolbar buttons show no mnemonic: "添加连接(&A)…" is "添加连接" there, not "添加连接(A)…".
    for (QAction *action : toolBar->actions()) {
        if (action->isSeparator() || action->text().isEmpty())
            continue;
        EXPECT_FALSE(action->iconText().contains(u'(') || action->iconText().contains(u'&')
                     || action->iconText().endsWith(u'…'))
            << action->objectName().toStdString() << ": " << action->iconText().toStdString();
    }

    const QAbstractItemModel *tree = m_window->hostTreeView()->model();
    ASSERT_GE(tree->columnCount(), 2);
    EXPECT_EQ(tree->headerData(0, Qt::Horizontal).toString(), translated("VirtFerry", "Name"));
    EXPECT_EQ(tree->headerData(1, Qt::Horizontal).toString(), translated("VirtFerry", "State"));

    // Qt's own strings come from qtbase_zh_CN.qm.
    PreferencesDialog preferences(m_manager.get(), &m_settings, m_window.get());
    auto *buttons = preferences.findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"));
    ASSERT_NE(buttons, nullptr);
    ASSERT_NE(buttons->button(QDialogButtonBox::Cancel), nullptr);
    EXPECT_EQ(buttons->button(QDialogButtonBox::Cancel)->text(), translated("QPlatformTheme", "Cancel"));
    EXPECT_EQ(preferences.windowTitle(), translated("PreferencesDialog", "Preferences"));
}

TEST_F(ChineseLocaleTest, NumbersAndDatesFollowTheChineseLocale)
{
    EXPECT_EQ(QLocale().name(), kChinese);
    EXPECT_EQ(QLocale().toString(1234567.25, 'f', 2), QLocale(kChinese).toString(1234567.25, 'f', 2));
    EXPECT_EQ(QLocale().toString(1234567.25, 'f', 2), QStringLiteral("1,234,567.25"));
    const QString date = QLocale().toString(QDate(2026, 11, 27), QLocale::LongFormat);
    EXPECT_TRUE(date.contains(QStringLiteral("2026年"))) << date;
    EXPECT_TRUE(hasCjk(QLocale().dayName(1))) << QLocale().dayName(1);
}

TEST_F(ChineseLocaleTest, RemovingTheTranslatorsBringsEnglishBack)
{
    ASSERT_TRUE(m_installed);
    ASSERT_TRUE(hasCjk(QCoreApplication::translate("MainWindow", "&File")));
    m_localization.remove();
    EXPECT_EQ(QCoreApplication::translate("MainWindow", "&File"), QStringLiteral("&File"));
    EXPECT_EQ(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Cancel"));
    EXPECT_EQ(QLocale(), m_localeBefore);
}

} // namespace
