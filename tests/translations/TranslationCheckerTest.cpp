// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: Virt Ferry contributors
// The .ts checker on small files written here: each kind of problem is found, and a
// clean file gives none.
#include "TranslationChecker.h"
#include "QtPrinting.h"

#include <QFile>
#include <QTemporaryDir>
#include <gtest/gtest.h>

namespace {

using Kind = TranslationProblem::Kind;

class TranslationCheckerTest : public ::testing::Test
{
protected:
    // Writes a .ts with `messages` (the XML of <message> elements) in context "Test".
    QString writeTs(const QString &messages)
    {
        const QString path = m_dir.filePath(QStringLiteral("test_zh_CN.ts"));
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(QStringLiteral("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<!DOCTYPE TS>\n"
                                  "<TS version=\"2.1\" language=\"zh_CN\">\n<context>\n<name>Test</name>\n%1"
                                  "</context>\n</TS>\n")
                       .arg(messages)
                       .toUtf8());
        return path;
    }

    static QString message(const QString &source, const QString &translation, const QString &type = {})
    {
        const QString typeAttribute = type.isEmpty() ? QString() : QStringLiteral(" type=\"%1\"").arg(type);
        return QStringLiteral("<message><source>%1</source><translation%2>%3</translation></message>\n")
            .arg(source, typeAttribute, translation);
    }

    QList<Kind> kindsOf(const QString &messages)
    {
        TranslationChecker checker;
        checker.setGlossary({ { QStringLiteral("live migration"), QStringLiteral("动态迁移") },
            { QStringLiteral("storage pool"), QStringLiteral("存储池") } });
        EXPECT_EQ(checker.check(writeTs(messages)), QString());
        QList<Kind> kinds;
        for (const TranslationProblem &problem : checker.problems())
            kinds.append(problem.kind);
        return kinds;
    }

    QTemporaryDir m_dir;
};

TEST_F(TranslationCheckerTest, FindsPlaceholders)
{
    EXPECT_EQ(TranslationChecker::placeholders(QStringLiteral("%2 of %L1, %n left, 100% done, %10 %1")),
        QStringList({ QStringLiteral("%1"), QStringLiteral("%10"), QStringLiteral("%2"),
            QStringLiteral("%L1"), QStringLiteral("%n") }));
    EXPECT_EQ(TranslationChecker::placeholders(QStringLiteral("50% of 100%")), QStringList());
    EXPECT_EQ(TranslationChecker::placeholders(QStringLiteral("%Ln byte(s)")),
        QStringList({ QStringLiteral("%Ln") }));
}

TEST_F(TranslationCheckerTest, FindsMnemonics)
{
    EXPECT_TRUE(TranslationChecker::hasMnemonic(QStringLiteral("&File")));
    EXPECT_TRUE(TranslationChecker::hasMnemonic(QStringLiteral("文件(&F)")));
    EXPECT_TRUE(TranslationChecker::hasMnemonic(QStringLiteral("Save && &quit")));
    EXPECT_FALSE(TranslationChecker::hasMnemonic(QStringLiteral("Save && quit")));
    EXPECT_FALSE(TranslationChecker::hasMnemonic(QStringLiteral("a &lt;b&gt; &#8594; c")));
    EXPECT_FALSE(TranslationChecker::hasMnemonic(QStringLiteral("Tom & Jerry")));
    EXPECT_FALSE(TranslationChecker::hasMnemonic(QStringLiteral("trailing &")));
}

TEST_F(TranslationCheckerTest, MatchesWholeWordsInAnyCase)
{
    EXPECT_TRUE(TranslationChecker::containsWords(
        QStringLiteral("Start a Live Migration now"), QStringLiteral("live migration")));
    EXPECT_TRUE(TranslationChecker::containsWords(
        QStringLiteral("&Live migration…"), QStringLiteral("live migration")));
    EXPECT_TRUE(
        TranslationChecker::containsWords(QStringLiteral("Use post-copy."), QStringLiteral("post-copy")));
    EXPECT_FALSE(TranslationChecker::containsWords(
        QStringLiteral("Alive migrations"), QStringLiteral("live migration")));
    EXPECT_FALSE(
        TranslationChecker::containsWords(QStringLiteral("storage pools"), QStringLiteral("storage pool")));
    EXPECT_FALSE(TranslationChecker::containsWords(
        QStringLiteral("live, migration"), QStringLiteral("live migration")));
}

TEST_F(TranslationCheckerTest, CleanFileHasNoProblems)
{
    const QString messages
        = message(QStringLiteral("&amp;Live migration of %1"), QStringLiteral("%1 的动态迁移(&amp;L)"))
        + message(QStringLiteral("Storage pool %L1 is full"), QStringLiteral("存储池 %L1 已满"))
        + QStringLiteral("<message numerus=\"yes\"><source>%n VM(s)</source><translation>"
                         "<numerusform>%n 台虚拟机</numerusform></translation></message>\n");
    TranslationChecker checker;
    EXPECT_EQ(checker.check(writeTs(messages)), QString());
    EXPECT_EQ(checker.messageCount(), 3);
    EXPECT_TRUE(checker.problems().isEmpty()) << checker.problems().first().toString();
}

TEST_F(TranslationCheckerTest, ReportsEachKindOfProblem)
{
    EXPECT_EQ(kindsOf(message(QStringLiteral("Name"), QString(), QStringLiteral("unfinished"))),
        QList<Kind>({ Kind::Unfinished }));
    EXPECT_EQ(kindsOf(message(QStringLiteral("Name"), QStringLiteral("名称"), QStringLiteral("unfinished"))),
        QList<Kind>({ Kind::Unfinished }));
    EXPECT_EQ(kindsOf(message(QStringLiteral("Name"), QStringLiteral("名称"), QStringLiteral("vanished"))),
        QList<Kind>({ Kind::Vanished }));
    EXPECT_EQ(kindsOf(message(QStringLiteral("Name"), QStringLiteral("名称"), QStringLiteral("obsolete"))),
        QList<Kind>({ Kind::Obsolete }));
    EXPECT_EQ(kindsOf(message(QStringLiteral("Name"), QString())), QList<Kind>({ Kind::Empty }));
    EXPECT_EQ(kindsOf(message(QStringLiteral("Copied %1 of %2"), QStringLiteral("已复制 %1"))),
        QList<Kind>({ Kind::MissingPlaceholder }));
    EXPECT_EQ(kindsOf(message(QStringLiteral("Copied %1"), QStringLiteral("已复制 %1，共 %2"))),
        QList<Kind>({ Kind::ExtraPlaceholder }));
    EXPECT_EQ(kindsOf(message(QStringLiteral("Copied %L1"), QStringLiteral("已复制 %1"))),
        QList<Kind>({ Kind::MissingPlaceholder, Kind::ExtraPlaceholder }));
    EXPECT_EQ(kindsOf(message(QStringLiteral("&amp;Name"), QStringLiteral("名称"))),
        QList<Kind>({ Kind::MissingMnemonic }));
    EXPECT_EQ(kindsOf(message(QStringLiteral("Start the live migration"), QStringLiteral("开始实时迁移"))),
        QList<Kind>({ Kind::Glossary }));
    EXPECT_EQ(kindsOf(QStringLiteral("<message numerus=\"yes\"><source>%n VM(s)</source>"
                                     "<translation></translation></message>\n")),
        QList<Kind>({ Kind::NumerusWithoutForms }));
    EXPECT_EQ(kindsOf(QStringLiteral("<message numerus=\"yes\"><source>%n VM(s)</source><translation>"
                                     "<numerusform>台虚拟机</numerusform></translation></message>\n")),
        QList<Kind>({ Kind::MissingPlaceholder }));
}

TEST_F(TranslationCheckerTest, ProblemNamesTheMessage)
{
    TranslationChecker checker;
    checker.setGlossary({ { QStringLiteral("storage pool"), QStringLiteral("存储池") } });
    ASSERT_EQ(checker.check(
                  writeTs(QStringLiteral("<message><source>New Storage Pool</source><comment>menu</comment>"
                                         "<translation>新建池</translation></message>\n"))),
        QString());
    ASSERT_EQ(checker.problems().size(), 1);
    EXPECT_EQ(checker.problems().first().toString(),
        QStringLiteral("[Test] \"New Storage Pool\" (menu): glossary: \"storage pool\" should be rendered "
                       "\"存储池\" in \"新建池\""));
}

TEST_F(TranslationCheckerTest, RejectsWhatIsNotATsFile)
{
    TranslationChecker checker;
    EXPECT_NE(checker.check(m_dir.filePath(QStringLiteral("missing.ts"))), QString());
    const QString path = m_dir.filePath(QStringLiteral("other.xml"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("<html><body/></html>");
    file.close();
    EXPECT_NE(checker.check(path), QString());
    EXPECT_NE(checker.check(writeTs(QStringLiteral("<message><source>broken</message>"))), QString());
}

TEST_F(TranslationCheckerTest, ReadsTheGlossary)
{
    QList<GlossaryTerm> terms;
    EXPECT_EQ(TranslationChecker::readGlossary(QStringLiteral(VF_GLOSSARY), &terms), QString());
    ASSERT_FALSE(terms.isEmpty());
    const auto live = std::find_if(terms.cbegin(), terms.cend(),
        [](const GlossaryTerm &term) { return term.english == QStringLiteral("live migration"); });
    ASSERT_NE(live, terms.cend());
    EXPECT_EQ(live->translation, QStringLiteral("动态迁移"));

    const QString bad = m_dir.filePath(QStringLiteral("bad.tsv"));
    QFile file(bad);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("# comment\nlive migration 动态迁移\n");
    file.close();
    QList<GlossaryTerm> none;
    EXPECT_NE(TranslationChecker::readGlossary(bad, &none), QString());
}

} // namespace
