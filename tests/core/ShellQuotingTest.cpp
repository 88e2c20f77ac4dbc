// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: Virt Ferry contributors
// Quoting for remote shells, proved against a real /bin/sh: every hostile value must come
// back from `printf %s` byte for byte, and nothing in it may run.
#include "ShellQuoting.h"

#include "QtPrinting.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <gtest/gtest.h>

namespace {

const QStringList &hostileValues()
{
    static const QStringList values = {
        QStringLiteral("/srv/x; rm -rf /"),
        QStringLiteral("$(reboot)"),
        QStringLiteral("`reboot`"),
        QStringLiteral("${HOME}"),
        QStringLiteral("$HOME"),
        QStringLiteral("it's"),
        QStringLiteral("'"),
        QStringLiteral("''"),
        QStringLiteral("'\\''"),
        QStringLiteral("\"double\" quotes"),
        QStringLiteral("back\\slash\\"),
        QStringLiteral("line one\nline two\n"),
        QStringLiteral("\n"),
        QStringLiteral("tab\there"),
        QStringLiteral("\r\x1b[31mescape"),
        QStringLiteral("-n"),
        QStringLiteral("--help"),
        QStringLiteral("-rf /"),
        QStringLiteral("a && b || c | d & e"),
        QStringLiteral("> /tmp/owned < /etc/passwd"),
        QStringLiteral("*"),
        QStringLiteral("~root"),
        QStringLiteral("{a,b}"),
        QStringLiteral("[abc]?"),
        QStringLiteral("!!"),
        QStringLiteral("#not a comment"),
        QStringLiteral("A=b"),
        QStringLiteral("   spaces   "),
        QStringLiteral(""),
        QStringLiteral("/srv/虚拟机/镜像 一"),
        QStringLiteral("Ünïcödé – ✓ 🚢"),
        QStringLiteral("/plain/path_1.2,3:4+5@6%7"),
    };
    return values;
}

struct ShellRun
{
    QByteArray output;
    QByteArray errors;
    int exitCode = -1;
};

ShellRun runShell(const QString &script, const QString &workingDirectory = {})
{
    QProcess shell;
    shell.setWorkingDirectory(workingDirectory);
    shell.start(QStringLiteral("/bin/sh"), { QStringLiteral("-c"), script });
    shell.closeWriteChannel();
    ShellRun run;
    if (!shell.waitForFinished(10000))
        return run;
    run.output = shell.readAllStandardOutput();
    run.errors = shell.readAllStandardError();
    run.exitCode = shell.exitStatus() == QProcess::NormalExit ? shell.exitCode() : -1;
    return run;
}

} // namespace

TEST(ShellQuoting, QuotesWithSingleQuotesAndEscapesEmbeddedOnes)
{
    EXPECT_EQ(shellQuote(QStringLiteral("it's")), QStringLiteral("'it'\\''s'"));
    EXPECT_EQ(shellQuote(QStringLiteral("$(reboot)")), QStringLiteral("'$(reboot)'"));
    EXPECT_EQ(shellQuote(QString()), QStringLiteral("''"));
    EXPECT_EQ(shellQuote(QStringLiteral("")), QStringLiteral("''"));
    EXPECT_EQ(shellQuote(QStringLiteral("/etc/exports")), QStringLiteral("/etc/exports"));
    EXPECT_EQ(shellQuote(QStringLiteral("A=b")), QStringLiteral("'A=b'"));
    EXPECT_EQ(shellCommand({ QStringLiteral("mkdir"), QStringLiteral("-p"), QStringLiteral("--"),
                  QStringLiteral("/srv/x; rm -rf /") }),
        QStringLiteral("mkdir -p -- '/srv/x; rm -rf /'"));
}

TEST(ShellQuoting, RefusesNulAndEmptyCommands)
{
    const QString withNul = QStringLiteral("a") + QChar(u'\0') + QStringLiteral("b");
    EXPECT_TRUE(shellQuote(withNul).isNull());
    EXPECT_TRUE(shellCommand({ QStringLiteral("printf"), withNul }).isNull());
    EXPECT_TRUE(shellCommand({}).isNull());
    EXPECT_FALSE(shellQuote(QString()).isNull());
}

TEST(ShellQuoting, EveryHostileValueComesBackByteIdenticalFromARealShell)
{
    // Run in an empty directory, so a glob that escaped its quotes would show up as a
    // file name rather than be silently the same.
    QTemporaryDir directory;
    ASSERT_TRUE(directory.isValid());
    for (const QString &value : hostileValues()) {
        const ShellRun run = runShell(QStringLiteral("printf '%s' ") + shellQuote(value), directory.path());
        EXPECT_EQ(run.exitCode, 0) << value << ": " << QString::fromUtf8(run.errors);
        EXPECT_EQ(run.output, value.toUtf8()) << "quoted as " << shellQuote(value);
        EXPECT_TRUE(run.errors.isEmpty()) << value << ": " << QString::fromUtf8(run.errors);
    }
}

TEST(ShellQuoting, AWholeCommandLinePassesEveryArgumentSeparately)
{
    QTemporaryDir directory;
    ASSERT_TRUE(directory.isValid());
    // The shell runs the command line exactly as sshd hands it to the login shell.
    QStringList argv = { QStringLiteral("printf"), QStringLiteral("<%s>\\n") };
    argv += hostileValues();
    const ShellRun run = runShell(shellCommand(argv), directory.path());
    ASSERT_EQ(run.exitCode, 0) << QString::fromUtf8(run.errors);
    QByteArray expected;
    for (const QString &value : hostileValues())
        expected += '<' + value.toUtf8() + ">\n";
    EXPECT_EQ(run.output, expected);
    EXPECT_TRUE(QDir(directory.path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries).isEmpty())
        << "a redirection escaped its quotes";
}

TEST(ShellQuoting, AQuotedArgumentIsNeverRunAsACommand)
{
    QTemporaryDir directory;
    ASSERT_TRUE(directory.isValid());
    const QString marker = directory.filePath(QStringLiteral("ran"));
    const QStringList attacks = {
        QStringLiteral("$(touch %1)").arg(marker),
        QStringLiteral("`touch %1`").arg(marker),
        QStringLiteral("x; touch %1").arg(marker),
        QStringLiteral("x\ntouch %1").arg(marker),
        QStringLiteral("x' ; touch %1 ; '").arg(marker),
        QStringLiteral("x'\\''; touch %1; echo '").arg(marker),
    };
    for (const QString &attack : attacks) {
        const ShellRun run
            = runShell(shellCommand({ QStringLiteral("printf"), QStringLiteral("%s"), attack }));
        EXPECT_EQ(run.output, attack.toUtf8());
        EXPECT_FALSE(QFile::exists(marker)) << "ran: " << attack;
    }
}
