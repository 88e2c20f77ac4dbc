// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: Virt Ferry contributors
#include "ExportsFile.h"
#include "QtPrinting.h"

#include <gtest/gtest.h>

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

using Access = ExportOptions::Access;
using Squash = ExportOptions::Squash;

// Debian 12's /etc/exports as installed by nfs-kernel-server.
const QByteArray debianDefault
    = "# /etc/exports: the access control list for filesystems which may be exported\n"
      "#\t\tto NFS clients.  See exports(5).\n"
      "#\n"
      "# Example for NFSv2 and NFSv3:\n"
      "# /srv/homes       hostname1(rw,sync,no_subtree_check) "
      "hostname2(ro,sync,no_subtree_check)\n"
      "#\n"
      "# Example for NFSv4:\n"
      "# /srv/nfs4        gss/krb5i(rw,sync,fsid=0,crossmnt,no_subtree_check)\n"
      "# /srv/nfs4/homes  gss/krb5i(rw,sync,no_subtree_check)\n"
      "#\n";

// The sample from exports(5), plus the article's line.
const QByteArray manPageSample = "# sample /etc/exports file\n"
                                 "/               master(rw) trusty(rw,no_root_squash)\n"
                                 "/projects       proj*.local.domain(rw)\n"
                                 "/usr            *.local.domain(ro) @trusted(rw)\n"
                                 "/home/joe       pc001(rw,all_squash,anonuid=150,anongid=100)\n"
                                 "/pub            *(ro,insecure,all_squash)\n"
                                 "/srv/www        -sync,rw server @trusted @external(ro)\n"
                                 "/foo            2001:db8:9:e54::/64(rw) 192.0.2.0/24(rw)\n"
                                 "/build          buildhost[0-9].local.domain(rw)\n"
                                 "\n"
                                 "/home/image *(rw,sync,no_root_squash)\n";

ExportOptions options(const char *list)
{
    return ExportOptions::fromList(s(list).split(u',', Qt::SkipEmptyParts));
}

ExportEntry makeEntry(const QString &path, const QString &host, const char *list)
{
    ExportEntry entry;
    entry.path = path;
    entry.clients.append({ host, options(list) });
    return entry;
}

int lineCount(const QByteArray &data)
{
    return int(data.count('\n'));
}

} // namespace

TEST(ExportsFileTest, DebianDefaultHasNoEntriesAndRoundTrips)
{
    const ExportsFile file = ExportsFile::parse(debianDefault);
    EXPECT_EQ(file.entryCount(), 0);
    EXPECT_TRUE(file.problems().isEmpty());
    EXPECT_EQ(file.serialize(), debianDefault);
}

TEST(ExportsFileTest, ArticleLineParses)
{
    const ExportsFile file = ExportsFile::parse("/home/image *(rw,sync,no_root_squash)\n");
    ASSERT_EQ(file.entryCount(), 1);
    const ExportEntry entry = file.entry(0);
    EXPECT_EQ(entry.path, s("/home/image"));
    ASSERT_EQ(entry.clients.size(), 1);
    EXPECT_EQ(entry.clients.at(0).host, s("*"));
    const ExportOptions &opts = entry.clients.at(0).options;
    EXPECT_EQ(opts.access, Access::ReadWrite);
    EXPECT_EQ(opts.sync, ExportOptions::Sync::Sync);
    EXPECT_EQ(opts.squash, Squash::NoRootSquash);
    EXPECT_TRUE(opts.grantsRootAccess());
    EXPECT_TRUE(opts.otherOptions.isEmpty());
    EXPECT_EQ(ExportsFile::serializeEntry(entry), QByteArray("/home/image *(rw,sync,no_root_squash)"));
}

TEST(ExportsFileTest, ManPageSampleParsesEveryClientForm)
{
    const ExportsFile file = ExportsFile::parse(manPageSample);
    EXPECT_TRUE(file.problems().isEmpty());
    ASSERT_EQ(file.entryCount(), 9);
    EXPECT_EQ(file.serialize(), manPageSample);

    EXPECT_EQ(file.entry(0).path, s("/"));
    EXPECT_EQ(file.entry(0).clients.size(), 2);
    EXPECT_EQ(file.entry(0).clients.at(1).options.squash, Squash::NoRootSquash);
    EXPECT_EQ(file.entryLine(0), 2);

    EXPECT_EQ(file.entry(2).clients.at(1).host, s("@trusted"));

    const ExportOptions joe = file.entry(3).clients.at(0).options;
    EXPECT_EQ(joe.squash, Squash::AllSquash);
    EXPECT_EQ(joe.anonUid, 150u);
    EXPECT_EQ(joe.anonGid, 100u);

    EXPECT_EQ(file.entry(4).clients.at(0).options.otherOptions, QStringList { s("insecure") });

    const ExportEntry www = file.entry(5);
    EXPECT_EQ(www.defaultOptions.access, Access::ReadWrite);
    EXPECT_EQ(www.defaultOptions.sync, ExportOptions::Sync::Sync);
    ASSERT_EQ(www.clients.size(), 3);
    EXPECT_EQ(www.clients.at(0).host, s("server"));
    EXPECT_TRUE(www.clients.at(0).options.isEmpty());
    EXPECT_EQ(www.clients.at(2).options.access, Access::ReadOnly);

    EXPECT_EQ(file.entry(6).clients.at(0).host, s("2001:db8:9:e54::/64"));
    EXPECT_EQ(file.entry(6).clients.at(1).host, s("192.0.2.0/24"));
    EXPECT_EQ(file.entry(7).clients.at(0).host, s("buildhost[0-9].local.domain"));
    EXPECT_EQ(file.entry(8).path, s("/home/image"));
    EXPECT_EQ(file.entryLine(8), 11);
}

TEST(ExportsFileTest, ContinuationLinesMakeOneEntry)
{
    const QByteArray text = "# head\n"
                            "/srv/a host1(rw) \\\n"
                            "      10.0.0.0/24(ro,sync) \\\n"
                            "\t*(ro)\n"
                            "/srv/b host2(rw)\n";
    const ExportsFile file = ExportsFile::parse(text);
    EXPECT_TRUE(file.problems().isEmpty());
    ASSERT_EQ(file.entryCount(), 2);
    EXPECT_EQ(file.entry(0).clients.size(), 3);
    EXPECT_EQ(file.entry(0).clients.at(2).host, s("*"));
    EXPECT_EQ(file.entryLine(0), 2);
    EXPECT_EQ(file.entryLine(1), 5);
    EXPECT_EQ(file.serialize(), text);

    // Removing the continued entry takes all three of its lines, nothing else.
    ExportsFile edited = file;
    edited.removeEntry(0);
    EXPECT_EQ(edited.serialize(), QByteArray("# head\n/srv/b host2(rw)\n"));
}

TEST(ExportsFileTest, QuotedPathsAndOctalEscapes)
{
    const ExportsFile file = ExportsFile::parse("\"/srv/my share\" host(rw)\n"
                                                "/srv/other\\040share host(ro)\n"
                                                "/srv/\"half quoted\"/dir *(ro)\n"
                                                "/srv/a#b host(rw) # a comment, not part of the path\n");
    EXPECT_TRUE(file.problems().isEmpty());
    ASSERT_EQ(file.entryCount(), 4);
    EXPECT_EQ(file.entry(0).path, s("/srv/my share"));
    EXPECT_EQ(file.entry(1).path, s("/srv/other share"));
    EXPECT_EQ(file.entry(2).path, s("/srv/half quoted/dir"));
    EXPECT_EQ(file.entry(3).path, s("/srv/a#b"));
    EXPECT_EQ(file.entry(3).clients.size(), 1);
}

TEST(ExportsFileTest, ClientsWithoutOptionsAndGss)
{
    const ExportsFile file
        = ExportsFile::parse("/srv host\n"
                             "/srv/nfs4 gss/krb5i(rw,sync,fsid=0,crossmnt,no_subtree_check)\n");
    ASSERT_EQ(file.entryCount(), 2);
    EXPECT_EQ(file.entry(0).clients.at(0).host, s("host"));
    EXPECT_TRUE(file.entry(0).clients.at(0).options.isEmpty());
    const ExportOptions nfs4 = file.entry(1).clients.at(0).options;
    EXPECT_EQ(file.entry(1).clients.at(0).host, s("gss/krb5i"));
    EXPECT_EQ(nfs4.subtreeCheck, ExportOptions::SubtreeCheck::NoCheck);
    EXPECT_EQ(nfs4.otherOptions, (QStringList { s("fsid=0"), s("crossmnt") }));
}

TEST(ExportsFileTest, SyntaxErrorsAreReportedWithLineNumbersAndKept)
{
    const QByteArray text = "# ok\n"
                            "/srv/a host(rw\n"
                            "relative host(rw)\n"
                            "/srv/b host(rw)x\n"
                            "/srv/c host1(rw) -ro host2\n"
                            "/srv/good *(ro)\n"
                            "\"/srv/unclosed host(rw)\n"
                            "/srv/eaten *(ro)\n";
    const ExportsFile file = ExportsFile::parse(text);
    const QList<ExportsFile::Problem> problems = file.problems();
    ASSERT_EQ(problems.size(), 5);
    EXPECT_EQ(problems.at(0).line, 2);
    EXPECT_EQ(problems.at(1).line, 3);
    EXPECT_TRUE(problems.at(1).message.contains(s("not absolute"))) << problems.at(1).message;
    EXPECT_EQ(problems.at(2).line, 4);
    EXPECT_EQ(problems.at(3).line, 5);
    EXPECT_EQ(problems.at(4).line, 7);
    EXPECT_TRUE(problems.at(4).message.contains(s("quote"))) << problems.at(4).message;
    // An open quote swallows the rest of the file, as it does for exportfs.
    ASSERT_EQ(file.entryCount(), 1);
    EXPECT_EQ(file.entry(0).path, s("/srv/good"));
    EXPECT_EQ(file.serialize(), text);
}

TEST(ExportsFileTest, UntouchedFilesRoundTripByteForByte)
{
    const QList<QByteArray> samples {
        debianDefault,
        manPageSample,
        "",
        "\n\n\n",
        "/srv host(rw)",
        "/srv\thost(rw)   \t# trailing\t\n   \n\t/srv2  *(ro)\r\n",
        "/a \\\n",
        "#only\\\n/srv *(ro)\n",
    };
    for (const QByteArray &sample : samples)
        EXPECT_EQ(ExportsFile::parse(sample).serialize(), sample) << sample.toStdString();
}

TEST(ExportsFileTest, ReplacingKeepsOtherLinesAndTheTrailingComment)
{
    const QByteArray text = "# NFS for the migration lab\n"
                            "/srv/iso   *(ro,sync)      # install media\n"
                            "\n"
                            "/home/image\t192.168.1.0/24(rw,sync)\n"
                            "# end\n";
    ExportsFile file = ExportsFile::parse(text);
    ASSERT_EQ(file.entryCount(), 2);

    ExportEntry iso = file.entry(0);
    iso.clients[0].options.access = Access::ReadWrite;
    file.replaceEntry(0, iso);
    file.replaceEntry(1, file.entry(1)); // identical: keeps its tab
    EXPECT_EQ(file.serialize(),
        QByteArray("# NFS for the migration lab\n"
                   "/srv/iso *(rw,sync) # install media\n"
                   "\n"
                   "/home/image\t192.168.1.0/24(rw,sync)\n"
                   "# end\n"));
}

TEST(ExportsFileTest, AddAndRemove)
{
    ExportsFile file = ExportsFile::parse("# c\n/srv/a *(ro)\n/srv/b *(ro)");
    file.addEntry(makeEntry(s("/home/image"), s("*"), "rw,sync,no_root_squash"));
    EXPECT_EQ(file.serialize(),
        QByteArray("# c\n/srv/a *(ro)\n/srv/b *(ro)\n/home/image *(rw,sync,no_root_squash)\n"));
    EXPECT_EQ(file.indexOfPath(s("/home/image")), 2);
    EXPECT_EQ(file.entryLine(2), 0);

    file.removeEntry(0);
    EXPECT_EQ(file.serialize(), QByteArray("# c\n/srv/b *(ro)\n/home/image *(rw,sync,no_root_squash)\n"));
    EXPECT_EQ(file.indexOfPath(s("/srv/a")), -1);
}

TEST(ExportsFileTest, OptionsKeepOrderAfterSec)
{
    const ExportOptions opts = options("ro,insecure,sec=krb5p,rw,no_root_squash,sec=sys,ro");
    EXPECT_EQ(opts.access, Access::ReadOnly);
    EXPECT_EQ(opts.squash, Squash::Unspecified);
    EXPECT_TRUE(opts.grantsRootAccess()) << "no_root_squash after sec= still applies to krb5p";
    EXPECT_EQ(opts.toList().join(u','), s("ro,insecure,sec=krb5p,rw,no_root_squash,sec=sys,ro"));

    EXPECT_EQ(options("all_squash,no_root_squash").squash, Squash::AllSquash);
    EXPECT_EQ(options("no_root_squash,root_squash").squash, Squash::RootSquash);
    EXPECT_EQ(options("anonuid=x").otherOptions, QStringList { s("anonuid=x") });
    EXPECT_EQ(options("anonuid=4294967295").anonUid, 4294967295u);
}

TEST(ExportsFileTest, ModelRoundTripsThroughSerialize)
{
    ExportEntry multi;
    multi.path = s("/srv/my share");
    multi.defaultOptions = options("sync");
    multi.clients = { { s("host1"), options("rw,no_subtree_check") }, { s("10.0.0.0/24"), options("ro") },
        { s("@trusted"), {} }, { s("2001:db8::/64"), options("rw,anonuid=65534,anongid=65534,insecure") } };
    const QList<ExportEntry> entries {
        makeEntry(s("/home/image"), s("*"), "rw,sync,no_root_squash"),
        multi,
        makeEntry(s("/srv/x; rm -rf /"), s("*"), "ro"),
        makeEntry(s("/srv/$(reboot)"), s("host"), "rw"),
        makeEntry(s("/srv/a\"b c\" d(rw) e"), s("*"), "rw"),
        makeEntry(s("/srv/#not a comment"), s("*"), "rw"),
        makeEntry(s("/srv/日本語 dir"), s("*.example.com"), "ro,all_squash"),
        makeEntry(s("/srv/\"quoted\""), s("buildhost[0-9].lan"), "sec=krb5p,rw"),
    };
    ExportsFile file = ExportsFile::parse("# hand-written\n");
    for (const ExportEntry &entry : entries)
        file.addEntry(entry);
    const QByteArray text = file.serialize();
    EXPECT_EQ(lineCount(text), 1 + entries.size()) << text.toStdString();
    const ExportsFile reread = ExportsFile::parse(text);
    EXPECT_TRUE(reread.problems().isEmpty());
    ASSERT_EQ(reread.entries().size(), entries.size()) << text.toStdString();
    for (qsizetype i = 0; i < entries.size(); ++i)
        EXPECT_EQ(reread.entry(i), entries.at(i)) << ExportsFile::serializeEntry(entries.at(i)).toStdString();
    EXPECT_EQ(ExportsFile::encodePath(s("/srv/x; rm -rf /")), QByteArray("\"/srv/x; rm -rf /\""));
}

TEST(ExportsFileTest, HostileValuesAreRejected)
{
    for (const char *path : { "", "srv", " /srv", "/srv ", "/srv/../etc", "/srv/..", "/srv\n/etc *(rw)",
             "/srv\r", "/srv\t", "/a\\b", "/srv\x01" }) {
        EXPECT_FALSE(ExportsValidation::pathError(s(path)).isEmpty()) << path;
    }
    EXPECT_FALSE(ExportsValidation::pathError(s("/srv/x").append(QChar(0))).isEmpty());
    for (const char *path :
        { "/", "/home/image", "/srv/my share", "/srv/x; rm -rf /", "/srv/a..b", "/srv/日本" })
        EXPECT_EQ(ExportsValidation::pathError(s(path)), QString()) << path;

    for (const char *client : { "", "$(reboot)", "`id`", "host;rm", "a b", "-ro", "h\"x", "h'x", "h\nx",
             "h(rw)", "h)", "#c", "[fe80::1]/64", "[fe80::1]", "300.1.1.1", "10.0.0.0/33", "10.0.0.0/255.0.0",
             "2001:db8::/129", "2001:zz::1", "@", "@bad/name", "host/24", "a[0-9", "a]", "h\\040x", "h,x" }) {
        EXPECT_FALSE(ExportsValidation::clientError(s(client)).isEmpty()) << client;
    }
    for (const char *client : { "*", "host", "nfs.example.com", "*.local.domain", "ws?.lan", "build[0-9].lan",
             "192.168.1.10", "10.0.0.0/8", "10.0.0.0/255.0.0.0", "2001:db8::1", "fe80::1", "2001:db8::/64",
             "@trusted", "gss/krb5", "gss/krb5i", "gss/krb5p", "my_host-1" }) {
        EXPECT_EQ(ExportsValidation::clientError(s(client)), QString()) << client;
    }
    EXPECT_TRUE(ExportsValidation::clientError(s("[fe80::1]/64")).contains(s("brackets")));

    for (const char *id : { "", "0", "65534", "4294967295", " 100 " })
        EXPECT_EQ(ExportsValidation::anonIdError(s(id)), QString()) << id;
    for (const char *id : { "4294967296", "-1", "abc", "1.5", "99999999999", "0x10" })
        EXPECT_FALSE(ExportsValidation::anonIdError(s(id)).isEmpty()) << id;

    for (const char *other : { "insecure", "fsid=0", "sec=krb5:krb5i", "crossmnt,no_wdelay", "" })
        EXPECT_EQ(ExportsValidation::otherOptionsError(s(other)), QString()) << other;
    for (const char *other :
        { "rw", "no_root_squash", "anonuid=5", "a b", "x)", "x(", "ins,,ecure", "a#b", "$(x)" })
        EXPECT_FALSE(ExportsValidation::otherOptionsError(s(other)).isEmpty()) << other;

    EXPECT_EQ(
        ExportsValidation::clientsError(s("host1 10.0.0.0/24(ro,sync) *(rw,anonuid=7,fsid=1)")), QString());
    for (const char *clients : { "", "   ", "(rw)", "host (rw)", "host(rw", "host(rw))", "host(rw)(ro)",
             "host(anonuid=x)", "host(anonuid=)", "host(a b)", "ok $(reboot)", "ok\nbad" }) {
        EXPECT_FALSE(ExportsValidation::clientsError(s(clients)).isEmpty()) << clients;
    }
}

TEST(ExportsFileTest, HostileValuesForcedIntoTheModelStillMakeOneLine)
{
    // Validation is the first line of defence; serialisation must hold even without it.
    ExportEntry entry;
    entry.path = s("/srv\n/etc *(rw,no_root_squash)\n#");
    entry.clients = { { s("a b(rw)\n/x *(rw)"), options("rw") }, { s("-ro"), {} }, { s("#c"), {} },
        { s("h"), ExportOptions::fromList({ s("x) y(rw"), s("z\n/etc *(rw)") }) } };
    ExportsFile file;
    file.addEntry(entry);
    const QByteArray text = file.serialize();
    EXPECT_EQ(lineCount(text), 1) << text.toStdString();
    const ExportsFile reread = ExportsFile::parse(text);
    EXPECT_EQ(reread.entryCount() + reread.problems().size(), 1);
    if (reread.entryCount() == 1) {
        EXPECT_EQ(reread.entry(0).path, entry.path);
        EXPECT_EQ(reread.entry(0).clients.size(), entry.clients.size());
    }
}

TEST(ExportsFileTest, DiffOfOneAddedLine)
{
    const QByteArray before = debianDefault;
    const QByteArray after = before + "/home/image *(rw,sync,no_root_squash)\n";
    EXPECT_EQ(ExportsFile::unifiedDiff(before, after, s("a/etc/exports"), s("b/etc/exports")),
        s("--- a/etc/exports\n"
          "+++ b/etc/exports\n"
          "@@ -8,3 +8,4 @@\n"
          " # /srv/nfs4        gss/krb5i(rw,sync,fsid=0,crossmnt,no_subtree_check)\n"
          " # /srv/nfs4/homes  gss/krb5i(rw,sync,no_subtree_check)\n"
          " #\n"
          "+/home/image *(rw,sync,no_root_squash)\n"));
    EXPECT_EQ(ExportsFile::unifiedDiff(before, before, s("a"), s("b")), QString());
}

TEST(ExportsFileTest, DiffHunksAndEdgeCases)
{
    QByteArray before;
    for (int i = 1; i <= 20; ++i)
        before += "line " + QByteArray::number(i) + '\n';
    QByteArray after = before;
    after.replace("line 2\n", "line two\n").replace("line 18\n", "");

    EXPECT_EQ(ExportsFile::unifiedDiff(before, after, s("old"), s("new")),
        s("--- old\n+++ new\n"
          "@@ -1,5 +1,5 @@\n line 1\n-line 2\n+line two\n line 3\n line 4\n line 5\n"
          "@@ -15,6 +15,5 @@\n line 15\n line 16\n line 17\n-line 18\n line 19\n line 20\n"));

    // Changes close together share one hunk.
    QByteArray near = before;
    near.replace("line 5\n", "five\n").replace("line 9\n", "nine\n");
    const QString nearDiff = ExportsFile::unifiedDiff(before, near, s("old"), s("new"));
    EXPECT_EQ(nearDiff.count(s("@@ -")), 1) << nearDiff;
    EXPECT_TRUE(nearDiff.contains(s("@@ -2,11 +2,11 @@\n"))) << nearDiff;

    EXPECT_EQ(ExportsFile::unifiedDiff("", "/a *(ro)\n", s("old"), s("new")),
        s("--- old\n+++ new\n@@ -0,0 +1 @@\n+/a *(ro)\n"));
    EXPECT_EQ(ExportsFile::unifiedDiff("/a *(ro)", "/a *(ro)\n/b *(ro)\n", s("old"), s("new")),
        s("--- old\n+++ new\n@@ -1 +1,2 @@\n-/a *(ro)\n\\ No newline at end of file\n+/a *(ro)\n+/b "
          "*(ro)\n"));
}

TEST(ExportsFileTest, DiffOfAnEditShowsOnlyThatLine)
{
    ExportsFile file = ExportsFile::parse(manPageSample);
    const qsizetype index = file.indexOfPath(s("/home/image"));
    ASSERT_GE(index, 0);
    ExportEntry entry = file.entry(index);
    entry.clients[0].options.squash = Squash::RootSquash;
    file.replaceEntry(index, entry);
    const QString diff = ExportsFile::unifiedDiff(manPageSample, file.serialize(), s("a"), s("b"));
    EXPECT_EQ(diff.count(u'\n'), 2 + 1 + 3 + 2) << diff;
    EXPECT_TRUE(
        diff.contains(s("-/home/image *(rw,sync,no_root_squash)\n+/home/image *(rw,sync,root_squash)\n")))
        << diff;
}
