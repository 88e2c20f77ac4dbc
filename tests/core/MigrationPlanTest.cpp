// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: Virt Ferry contributors
// MigrationPlan: the plan-wide problems, the summary's steps and the virsh lines, whose
// quoting is checked by letting a real shell parse them.
#include "MigrationPlan.h"
#include "QtPrinting.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <gtest/gtest.h>

namespace {

using Field = MigrationPlan::Field;
using Option = MigrationOptions::Option;

bool hasField(const QList<MigrationPlan::FieldProblem> &problems, Field field)
{
    for (const auto &problem : problems) {
        if (problem.field == field && !problem.reason.isEmpty())
            return true;
    }
    return false;
}

bool hasOption(const QList<MigrationOptions::Problem> &problems, Option option)
{
    for (const auto &problem : problems) {
        if (problem.option == option && !problem.reason.isEmpty())
            return true;
    }
    return false;
}

MigrationPlan offlineCopy()
{
    MigrationPlan plan;
    plan.method = MigrationPlan::Method::OfflineCopy;
    plan.destinationPool = QStringLiteral("images");
    return plan;
}

MigrationPlan saveState()
{
    MigrationPlan plan;
    plan.method = MigrationPlan::Method::SaveStateAndMove;
    plan.statePool = QStringLiteral("state");
    plan.destinationPool = QStringLiteral("images");
    return plan;
}

DomainDisk fileDisk(const QString &target, const QString &path)
{
    DomainDisk disk;
    disk.device = QStringLiteral("disk");
    disk.type = QStringLiteral("file");
    disk.targetDev = target;
    disk.sourcePath = path;
    disk.driverFormat = QStringLiteral("qcow2");
    return disk;
}

DomainDisk volumeDisk(const QString &target, const QString &pool, const QString &volume)
{
    DomainDisk disk;
    disk.device = QStringLiteral("disk");
    disk.type = QStringLiteral("volume");
    disk.targetDev = target;
    disk.sourcePool = pool;
    disk.sourceVolume = volume;
    return disk;
}

// What a POSIX shell makes of one line: `virsh` is a function printing each argument
// NUL-terminated, run in `dir`; a redirection lands in a file there.
QStringList shellArguments(const QString &line, const QString &dir)
{
    QProcess shell;
    shell.setWorkingDirectory(dir);
    const QString script = QStringLiteral("virsh() { for a in \"$@\"; do printf '%s\\0' \"$a\"; done; }\n") + line;
    shell.start(QStringLiteral("/bin/sh"), { QStringLiteral("-c"), script });
    EXPECT_TRUE(shell.waitForFinished(10000));
    EXPECT_EQ(shell.exitCode(), 0) << line << shell.readAllStandardError().constData();
    QStringList arguments = QString::fromUtf8(shell.readAllStandardOutput()).split(QChar(0));
    if (!arguments.isEmpty() && arguments.last().isEmpty())
        arguments.removeLast();
    return arguments;
}

QStringList fileArguments(const QString &path)
{
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << path;
    QStringList arguments = QString::fromUtf8(file.readAll()).split(QChar(0));
    if (!arguments.isEmpty() && arguments.last().isEmpty())
        arguments.removeLast();
    return arguments;
}

const QStringList kHostileNames = {
    QStringLiteral("it's"),
    QStringLiteral("say \"hi\""),
    QStringLiteral("$(touch pwned)"),
    QStringLiteral("`touch pwned`"),
    QStringLiteral("a;touch pwned"),
    QStringLiteral("-rf"),
    QStringLiteral("--help"),
    QStringLiteral("虚拟机 一"),
    QStringLiteral("a&&b|c>d"),
};

} // namespace

TEST(MigrationPlanTest, DefaultPlanHasNoProblems)
{
    EXPECT_TRUE(MigrationPlan().problems().isEmpty());
    EXPECT_TRUE(offlineCopy().problems().isEmpty());
    EXPECT_TRUE(saveState().problems().isEmpty());
}

TEST(MigrationPlanTest, NewNameOnlyForOneVm)
{
    for (MigrationPlan plan : { MigrationPlan(), offlineCopy(), saveState() }) {
        plan.options.destinationName = QStringLiteral("web-new");
        EXPECT_TRUE(plan.problems(1).isEmpty()) << plan.problems(1).value(0).reason;
        EXPECT_TRUE(hasOption(plan.problems(2), Option::DestinationName));
        EXPECT_TRUE(hasOption(plan.problems(5), Option::DestinationName));
    }
    // A bad name is refused by the offline methods as well, not only by libvirt's.
    MigrationPlan plan = offlineCopy();
    plan.options.destinationName = QStringLiteral("a/b");
    EXPECT_TRUE(hasOption(plan.problems(1), Option::DestinationName));
}

TEST(MigrationPlanTest, DestinationXmlOnlyForOneVm)
{
    MigrationPlan plan;
    plan.options.destinationXml = QStringLiteral("<domain/>");
    EXPECT_FALSE(hasOption(plan.problems(1), Option::DestinationXml));
    EXPECT_TRUE(hasOption(plan.problems(3), Option::DestinationXml));
}

TEST(MigrationPlanTest, DeletingSourceVolumesNeedsUndefineSource)
{
    MigrationPlan plan = offlineCopy();
    plan.deleteSourceVolumes = true;
    plan.options.undefineSource = true;
    EXPECT_TRUE(plan.problems().isEmpty());

    plan.options.undefineSource = false;
    EXPECT_TRUE(hasField(plan.fieldProblems(), Field::DeleteSourceVolumes));
    EXPECT_TRUE(hasOption(plan.problems(), Option::UndefineSource)) << "reported at the nearest option";

    // libvirt migrations never delete source volumes.
    MigrationPlan live;
    live.options.mode = MigrationOptions::Mode::LiveCopyAllStorage;
    live.deleteSourceVolumes = true;
    EXPECT_TRUE(hasField(live.fieldProblems(), Field::DeleteSourceVolumes));
    // Nor does save state and move on shared storage: the source volumes are the disks.
    MigrationPlan shared = saveState();
    shared.sharedStorage = true;
    shared.deleteSourceVolumes = true;
    EXPECT_TRUE(hasField(shared.fieldProblems(), Field::DeleteSourceVolumes));
}

TEST(MigrationPlanTest, ConcurrencyBounds)
{
    MigrationPlan plan;
    for (int concurrency : { 1, 2, MigrationPlan::kMaxConcurrency }) {
        plan.concurrency = concurrency;
        EXPECT_TRUE(plan.problems(20).isEmpty()) << concurrency;
    }
    for (int concurrency : { 0, -1, MigrationPlan::kMaxConcurrency + 1 }) {
        plan.concurrency = concurrency;
        EXPECT_TRUE(hasField(plan.fieldProblems(20), Field::Concurrency)) << concurrency;
        EXPECT_TRUE(hasOption(plan.problems(20), Option::Mode)) << concurrency;
    }
}

TEST(MigrationPlanTest, PoolsTheMethodsNeed)
{
    MigrationPlan plan = offlineCopy();
    plan.destinationPool.clear();
    EXPECT_TRUE(hasField(plan.fieldProblems(), Field::DestinationPool));
    EXPECT_TRUE(hasOption(plan.problems(), Option::MigrateDisks));

    plan = saveState();
    plan.statePool.clear();
    EXPECT_TRUE(hasField(plan.fieldProblems(), Field::StatePool));
    plan = saveState();
    plan.destinationPool.clear();
    EXPECT_TRUE(hasField(plan.fieldProblems(), Field::DestinationPool));
    plan.sharedStorage = true;
    EXPECT_TRUE(plan.problems().isEmpty()) << "on shared storage nothing is copied";

    // A libvirt migration on shared storage has no use for a pool.
    MigrationPlan live;
    live.destinationPool = QStringLiteral("images");
    EXPECT_TRUE(hasField(live.fieldProblems(), Field::DestinationPool));
    live.options.mode = MigrationOptions::Mode::LiveCopyAllStorage;
    EXPECT_TRUE(live.problems().isEmpty());
}

TEST(MigrationPlanTest, LibvirtOptionsProblemsPassThrough)
{
    MigrationPlan plan;
    plan.options.mode = MigrationOptions::Mode::LiveCopyAllStorage;
    plan.options.peerToPeer = true;
    plan.options.connectionUri = QStringLiteral("qemu+ssh://beta/system");
    plan.options.tunnelled = true;
    const QList<MigrationOptions::Problem> expected = plan.options.problems();
    ASSERT_FALSE(expected.isEmpty()) << "tunnelled + storage copy is refused by the options";
    EXPECT_EQ(plan.problems(), expected);
    EXPECT_TRUE(hasOption(plan.problems(), Option::Tunnelled));

    plan.options.tunnelled = false;
    plan.options.bandwidthMiBs = MigrationOptions::kMaxBandwidthMiBs + 1;
    EXPECT_EQ(plan.problems(), plan.options.problems());
    EXPECT_TRUE(hasOption(plan.problems(), Option::Bandwidth));
}

TEST(MigrationPlanTest, OfflineMethodsRefuseLibvirtOnlyOptions)
{
    MigrationPlan plan = offlineCopy();
    plan.options.tunnelled = true;
    plan.options.bandwidthMiBs = 100;
    plan.options.compressionMethods = { QStringLiteral("zstd") };
    const auto problems = plan.problems();
    EXPECT_TRUE(hasOption(problems, Option::Tunnelled));
    EXPECT_TRUE(hasOption(problems, Option::Bandwidth));
    EXPECT_TRUE(hasOption(problems, Option::Compression));
    EXPECT_FALSE(hasOption(problems, Option::UndefineSource));

    // Save state and move always leaves the source.
    MigrationPlan temporary = saveState();
    temporary.options.undefineSource = false;
    EXPECT_TRUE(hasOption(temporary.problems(), Option::UndefineSource));
    MigrationPlan offlineTemporary = offlineCopy();
    offlineTemporary.options.undefineSource = false;
    EXPECT_TRUE(offlineTemporary.problems().isEmpty());
}

TEST(MigrationPlanTest, StepsPerMethod)
{
    const QString vm = QStringLiteral("web");
    const QString a = QStringLiteral("alpha");
    const QString b = QStringLiteral("beta");

    MigrationPlan live;
    QStringList steps = live.steps(vm, a, b);
    ASSERT_FALSE(steps.isEmpty());
    EXPECT_TRUE(steps.first().contains(QStringLiteral("live"))) << steps.first();
    EXPECT_TRUE(steps.first().contains(QStringLiteral("“web”"))) << steps.first();
    EXPECT_TRUE(steps.join(u'\n').contains(QStringLiteral("removed from alpha"))) << steps.join(u'\n');

    live.options.undefineSource = false;
    live.options.persistOnDestination = false;
    live.options.bandwidthMiBs = 250;
    steps = live.steps(vm, a, b);
    EXPECT_TRUE(steps.join(u'\n').contains(QStringLiteral("stays on alpha (temporary move)"))) << steps.join(u'\n');
    EXPECT_TRUE(steps.join(u'\n').contains(QStringLiteral("250 MiB/s"))) << steps.join(u'\n');

    MigrationPlan copy;
    copy.options.mode = MigrationOptions::Mode::LiveCopyAllStorage;
    copy.options.migrateDisks = { QStringLiteral("vda") };
    copy.destinationPool = QStringLiteral("fast");
    steps = copy.steps(vm, a, b);
    ASSERT_GE(steps.size(), 2);
    EXPECT_TRUE(steps.at(0).contains(QStringLiteral("“fast”"))) << "volumes are created before the copy";
    EXPECT_TRUE(steps.at(1).contains(QStringLiteral("vda"))) << steps.at(1);

    MigrationPlan offline = offlineCopy();
    offline.deleteSourceVolumes = true;
    offline.options.destinationName = QStringLiteral("web2");
    steps = offline.steps(vm, a, b);
    const QString offlineText = steps.join(u'\n');
    EXPECT_TRUE(steps.at(1).contains(QStringLiteral("“images”"))) << steps.join(u'\n');
    EXPECT_TRUE(offlineText.contains(QStringLiteral("Define “web2” on beta"))) << steps.join(u'\n');
    EXPECT_TRUE(offlineText.contains(QStringLiteral("Undefine “web” on alpha"))) << steps.join(u'\n');
    EXPECT_TRUE(offlineText.contains(QStringLiteral("Delete the source volumes"))) << steps.join(u'\n');
    EXPECT_LT(offlineText.indexOf(QStringLiteral("Define")), offlineText.indexOf(QStringLiteral("Undefine")));

    MigrationPlan state = saveState();
    steps = state.steps(vm, a, b);
    ASSERT_GE(steps.size(), 3);
    EXPECT_TRUE(steps.at(0).contains(QStringLiteral("“state”"))) << steps.at(0);
    EXPECT_TRUE(steps.at(1).contains(QStringLiteral("“images”"))) << steps.at(1);
    EXPECT_TRUE(steps.join(u'\n').contains(QStringLiteral("resumes where it stopped"))) << steps.join(u'\n');
    state.sharedStorage = true;
    EXPECT_TRUE(state.steps(vm, a, b).at(1).startsWith(QStringLiteral("Copy nothing"))) << state.steps(vm, a, b).join(u'\n');

    MigrationPlan defineOnly;
    defineOnly.options.mode = MigrationOptions::Mode::OfflineShared;
    EXPECT_TRUE(defineOnly.steps(vm, a, b).first().contains(QStringLiteral("offline migration")));
}

TEST(MigrationPlanTest, LibvirtVirshLineIsTheOptions)
{
    MigrationPlan plan;
    plan.options.bandwidthMiBs = 100;
    const QString uri = QStringLiteral("qemu+ssh://beta/system");
    EXPECT_EQ(plan.virshCommandLines(QStringLiteral("web"), uri), plan.options.virshCommandLine(QStringLiteral("web"), uri));

    plan.options.mode = MigrationOptions::Mode::LiveCopyAllStorage;
    plan.destinationPool = QStringLiteral("fast");
    const QString lines = plan.virshCommandLines(
        QStringLiteral("web"), uri, { fileDisk(QStringLiteral("vda"), QStringLiteral("/var/lib/libvirt/images/web.qcow2")) });
    EXPECT_TRUE(lines.contains(QStringLiteral("vol-create --pool fast"))) << lines;
    EXPECT_TRUE(lines.endsWith(plan.options.virshCommandLine(QStringLiteral("web"), uri))) << lines;
}

TEST(MigrationPlanTest, HostileNamesSurviveTheShell)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString uri = QStringLiteral("qemu+ssh://root@beta/system");
    for (const QString &name : kHostileNames) {
        for (MigrationPlan plan : { MigrationPlan(), offlineCopy(), saveState() }) {
            plan.destinationPool = plan.method == MigrationPlan::Method::Libvirt ? QString() : name + QStringLiteral(" pool");
            if (plan.method == MigrationPlan::Method::SaveStateAndMove)
                plan.statePool = QStringLiteral("$(state)");
            plan.deleteSourceVolumes = plan.method != MigrationPlan::Method::Libvirt;
            const QList<DomainDisk> disks = { fileDisk(QStringLiteral("vda"), QStringLiteral("/images/") + name + QStringLiteral(".qcow2")),
                volumeDisk(QStringLiteral("vdb"), QStringLiteral("-p ';'"), name) };
            const QString lines = plan.virshCommandLines(name, uri, disks);
            ASSERT_FALSE(lines.isEmpty()) << name;
            bool sawDomain = false;
            for (const QString &line : lines.split(u'\n')) {
                if (line.startsWith(u'#'))
                    continue;
                const QStringList argv = shellArguments(line, dir.path());
                ASSERT_FALSE(argv.isEmpty() && !line.contains(u'>')) << line;
                // Every value that follows an option reaches virsh as one argument, unchanged.
                const qsizetype domain = argv.indexOf(QStringLiteral("--domain"));
                if (domain >= 0) {
                    EXPECT_EQ(argv.value(domain + 1), name) << line;
                    sawDomain = true;
                }
                const qsizetype pool = argv.indexOf(QStringLiteral("--pool"));
                if (pool >= 0 && argv.value(pool + 1) != QStringLiteral("$(state)")
                    && argv.value(pool + 1) != QStringLiteral("-p ';'")) {
                    EXPECT_EQ(argv.value(pool + 1), name + QStringLiteral(" pool")) << line;
                }
                if (argv.value(0) == u"vol-delete" && argv.contains(QStringLiteral("vdb")))
                    ADD_FAILURE() << "target names are not volumes: " << line;
            }
            EXPECT_TRUE(sawDomain) << lines;
            EXPECT_FALSE(QFile::exists(dir.filePath(QStringLiteral("pwned")))) << lines;
            if (plan.method == MigrationPlan::Method::OfflineCopy) {
                // The redirection wrote the definition to a file named after the VM.
                const QStringList dumped = fileArguments(dir.filePath(name + QStringLiteral(".xml")));
                EXPECT_EQ(dumped, (QStringList { QStringLiteral("dumpxml"), QStringLiteral("--domain"), name,
                                      QStringLiteral("--inactive"), QStringLiteral("--security-info") }));
                EXPECT_TRUE(lines.contains(QStringLiteral("vol-upload"))) << lines;
                EXPECT_TRUE(lines.contains(QStringLiteral("vol-delete"))) << lines;
            }
        }
    }
}

TEST(MigrationPlanTest, SaveStateLinesInOrder)
{
    MigrationPlan plan = saveState();
    const QString lines = plan.virshCommandLines(QStringLiteral("web"), QStringLiteral("qemu+ssh://beta/system"),
        { fileDisk(QStringLiteral("vda"), QStringLiteral("/images/web.qcow2")) });
    const qsizetype save = lines.indexOf(QStringLiteral("virsh save --domain web"));
    const qsizetype upload = lines.indexOf(QStringLiteral("vol-upload"));
    const qsizetype restore = lines.indexOf(QStringLiteral("restore --file"));
    const qsizetype undefine = lines.indexOf(QStringLiteral("virsh undefine --domain web"));
    EXPECT_GE(save, 0) << lines;
    EXPECT_GT(upload, save) << lines;
    EXPECT_GT(restore, upload) << lines;
    EXPECT_GT(undefine, restore) << lines;

    plan.sharedStorage = true;
    EXPECT_FALSE(plan.virshCommandLines(QStringLiteral("web"), QStringLiteral("test:///default"),
                         { fileDisk(QStringLiteral("vda"), QStringLiteral("/images/web.qcow2")) })
                     .contains(QStringLiteral("vol-upload")))
        << "nothing is copied on shared storage";
}

TEST(MigrationPlanTest, NulCannotBeQuoted)
{
    const QString name = QStringLiteral("a") + QChar(0) + QStringLiteral("b");
    for (const MigrationPlan &plan : { MigrationPlan(), offlineCopy(), saveState() })
        EXPECT_TRUE(plan.virshCommandLines(name, QStringLiteral("test:///default")).isNull());
}
