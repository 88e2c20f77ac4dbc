// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: Virt Ferry contributors
#include "MigrationPlan.h"

#include "DomainXmlBuilder.h"
#include "ShellQuoting.h"
#include "Tr.h"

#include <QFileInfo>
#include <QLocale>

#include <utility>

namespace {

using Option = MigrationOptions::Option;
using Field = MigrationPlan::Field;

QString methodName(MigrationPlan::Method method)
{
    switch (method) {
    case MigrationPlan::Method::Libvirt:
        return Tr::tr("libvirt migration");
    case MigrationPlan::Method::OfflineCopy:
        return Tr::tr("offline move with disk copy");
    case MigrationPlan::Method::SaveStateAndMove:
        return Tr::tr("save state and move");
    }
    return {};
}

// The disks a by-hand copy moves: those with a file, block or pool volume source, as
// the offline move copies them; network disks and removable media stay where they are.
QList<DomainDisk> copiedDisks(const QList<DomainDisk> &disks, const QStringList &only = {})
{
    QList<DomainDisk> copied;
    for (const DomainDisk &disk : disks) {
        if (disk.device == u"cdrom" || disk.device == u"floppy" || disk.type == u"network" || disk.type == u"dir")
            continue;
        if (disk.sourcePath.isEmpty() && disk.sourceVolume.isEmpty())
            continue;
        if (!only.isEmpty() && !only.contains(disk.targetDev))
            continue;
        copied.append(disk);
    }
    return copied;
}

// The volume name a copied disk gets on the destination: the source's.
QString volumeName(const DomainDisk &disk)
{
    return disk.sourceVolume.isEmpty() ? QFileInfo(disk.sourcePath).fileName() : disk.sourceVolume;
}

// virsh's arguments naming a disk's volume on the source.
QStringList sourceVolumeArguments(const DomainDisk &disk)
{
    if (!disk.sourceVolume.isEmpty())
        return { QStringLiteral("--pool"), disk.sourcePool, QStringLiteral("--vol"), disk.sourceVolume };
    return { QStringLiteral("--vol"), disk.sourcePath };
}

// Builds shell lines; remembers whether any argument could not be quoted (NUL).
class ScriptWriter
{
public:
    explicit ScriptWriter(QString destinationUri)
        : m_destinationUri(std::move(destinationUri))
    {
    }

    void source(const QStringList &arguments, const QString &redirectTo = {})
    {
        add(QStringList { QStringLiteral("virsh") } + arguments, redirectTo);
    }
    void destination(const QStringList &arguments, const QString &redirectTo = {})
    {
        add(QStringList { QStringLiteral("virsh"), QStringLiteral("--connect"), m_destinationUri } + arguments,
            redirectTo);
    }
    // A command whose --file argument is the path of a volume, looked up when it runs.
    QString volumePath(bool onDestination, const QString &pool, const QString &volume)
    {
        QStringList argv = { QStringLiteral("virsh") };
        if (onDestination)
            argv << QStringLiteral("--connect") << m_destinationUri;
        argv << QStringLiteral("vol-path") << QStringLiteral("--pool") << pool << QStringLiteral("--vol") << volume;
        const QString command = shellCommand(argv);
        if (command.isNull())
            m_valid = false;
        // Inside "$(…)" the command is parsed afresh, so its single quotes still hold.
        return QStringLiteral("\"$(") + command + QStringLiteral(")\"");
    }
    // A line with a pre-quoted argument (a "$(…)" substitution) appended verbatim.
    void raw(const QString &line) { m_lines.append(line); }
    void comment(const QString &text) { m_lines.append(QStringLiteral("# ") + text); }
    QString quoted(const QStringList &argv)
    {
        const QString command = shellCommand(argv);
        if (command.isNull())
            m_valid = false;
        return command;
    }
    QString result() const { return m_valid ? m_lines.join(u'\n') : QString(); }

private:
    void add(const QStringList &argv, const QString &redirectTo)
    {
        QString line = quoted(argv);
        if (!redirectTo.isEmpty()) {
            const QString file = shellQuote(redirectTo);
            if (file.isNull())
                m_valid = false;
            line += QStringLiteral(" > ") + file;
        }
        m_lines.append(line);
    }

    QString m_destinationUri;
    QStringList m_lines;
    bool m_valid = true;
};

// Copies one volume by hand: its XML creates an empty one in the destination pool, then
// the data goes down to a local sparse file and up into it.
void writeVolumeCopy(ScriptWriter &script, const QStringList &sourceVolume, const QString &destinationPool,
    const QString &destinationVolume, const QString &localBase)
{
    const QString volumeXml = localBase + QStringLiteral(".vol.xml");
    const QString data = localBase + QStringLiteral(".img");
    script.source(QStringList { QStringLiteral("vol-dumpxml") } + sourceVolume, volumeXml);
    script.destination({ QStringLiteral("vol-create"), QStringLiteral("--pool"), destinationPool,
        QStringLiteral("--file"), volumeXml });
    script.source(QStringList { QStringLiteral("vol-download") } + sourceVolume
        + QStringList { QStringLiteral("--file"), data, QStringLiteral("--sparse") });
    script.destination({ QStringLiteral("vol-upload"), QStringLiteral("--pool"), destinationPool,
        QStringLiteral("--vol"), destinationVolume, QStringLiteral("--file"), data, QStringLiteral("--sparse") });
}

void writeDiskCopies(ScriptWriter &script, const QString &domainName, const QList<DomainDisk> &disks,
    bool disksKnown, const QString &destinationPool)
{
    if (!disksKnown) {
        script.comment(Tr::tr("For each disk: vol-dumpxml and vol-create --pool on the destination, then "
                              "vol-download --sparse here and vol-upload --sparse there."));
        return;
    }
    for (const DomainDisk &disk : disks)
        writeVolumeCopy(script, sourceVolumeArguments(disk), destinationPool, volumeName(disk),
            domainName + u'-' + disk.targetDev);
}

void writeSourceVolumeDeletion(ScriptWriter &script, const QList<DomainDisk> &disks)
{
    for (const DomainDisk &disk : disks)
        script.source(QStringList { QStringLiteral("vol-delete") } + sourceVolumeArguments(disk));
}

} // namespace

QList<MigrationPlan::FieldProblem> MigrationPlan::fieldProblems(int domainCount) const
{
    QList<FieldProblem> found;
    const auto add = [&found](Field field, Option option, QString reason) {
        found.append({ field, option, std::move(reason) });
    };
    const auto addOption = [&add](Option option, QString reason) { add(Field::Option, option, std::move(reason)); };

    if (method == Method::Libvirt) {
        for (const MigrationOptions::Problem &problem : options.problems())
            addOption(problem.option, problem.reason);
    } else {
        // The offline move and save state and move are not libvirt migrations: what
        // only a migration understands would be silently ignored, so it is refused.
        const QString libvirtOnly
            = Tr::tr("Only a libvirt migration uses this option, not the %1.").arg(methodName(method));
        const MigrationOptions defaults;
        if (options.peerToPeer)
            addOption(Option::PeerToPeer, libvirtOnly);
        if (options.tunnelled)
            addOption(Option::Tunnelled, libvirtOnly);
        if (!options.persistOnDestination)
            addOption(Option::PersistOnDestination,
                Tr::tr("The %1 always defines the virtual machine on the destination.").arg(methodName(method)));
        if (options.pauseAfter)
            addOption(Option::PauseAfter, libvirtOnly);
        if (!options.migrationUri.isEmpty())
            addOption(Option::MigrationUri, libvirtOnly);
        if (!options.connectionUri.isEmpty())
            addOption(Option::ConnectionUri, libvirtOnly);
        if (options.bandwidthMiBs != defaults.bandwidthMiBs)
            addOption(Option::Bandwidth, libvirtOnly);
        if (options.maxDowntimeMs != defaults.maxDowntimeMs)
            addOption(Option::MaxDowntime, libvirtOnly);
        if (!options.compressionMethods.isEmpty())
            addOption(Option::Compression, libvirtOnly);
        if (options.autoConverge)
            addOption(Option::AutoConverge, libvirtOnly);
        if (options.postCopyAllowed)
            addOption(Option::PostCopy, libvirtOnly);
        if (options.parallelConnections != defaults.parallelConnections)
            addOption(Option::ParallelConnections, libvirtOnly);
        if (options.tls)
            addOption(Option::Tls, libvirtOnly);
        if (!options.destinationXml.isEmpty())
            addOption(Option::DestinationXml, libvirtOnly);
        if (!options.migrateDisks.isEmpty())
            addOption(Option::MigrateDisks,
                Tr::tr("The %1 copies every disk that lives in a storage pool.").arg(methodName(method)));
        if (options.unsafe)
            addOption(Option::Unsafe, libvirtOnly);
        if (!options.destinationName.isEmpty()) {
            if (const QString error = NewDomainValidation::nameError(options.destinationName); !error.isEmpty())
                addOption(Option::DestinationName, error);
        }
    }

    if (domainCount > 1 && !options.destinationName.isEmpty())
        addOption(Option::DestinationName,
            Tr::tr("A new name can only be given when one virtual machine moves, not when %1 move at once.").arg(domainCount));
    if (domainCount > 1 && method == Method::Libvirt && !options.destinationXml.isEmpty())
        addOption(Option::DestinationXml,
            Tr::tr("A destination XML describes one virtual machine: edit it only when one moves."));

    switch (method) {
    case Method::Libvirt:
        if (!destinationPool.isEmpty() && !options.copiesStorage())
            add(Field::DestinationPool, Option::MigrateDisks,
                Tr::tr("A destination pool is only used by a migration that copies storage."));
        if (!statePool.isEmpty())
            add(Field::StatePool, Option::MigrateDisks,
                Tr::tr("Only save state and move writes a memory state file."));
        if (sharedStorage)
            add(Field::SharedStorage, Option::MigrateDisks,
                Tr::tr("Shared storage is chosen with the migration mode for a libvirt migration."));
        if (deleteSourceVolumes)
            add(Field::DeleteSourceVolumes, Option::UndefineSource,
                Tr::tr("Source volumes are deleted only by the offline move and by save state and move, "
                       "after checking the copies."));
        break;
    case Method::OfflineCopy:
        if (destinationPool.isEmpty())
            add(Field::DestinationPool, Option::MigrateDisks,
                Tr::tr("Choose the pool on the destination that the disks are copied into."));
        if (!statePool.isEmpty())
            add(Field::StatePool, Option::MigrateDisks,
                Tr::tr("Only save state and move writes a memory state file."));
        if (sharedStorage)
            add(Field::SharedStorage, Option::MigrateDisks,
                Tr::tr("On shared storage nothing needs copying: use the offline migration, which only "
                       "defines the virtual machine on the destination."));
        break;
    case Method::SaveStateAndMove:
        if (statePool.isEmpty())
            add(Field::StatePool, Option::MigrateDisks,
                Tr::tr("Choose the pool on the source that the memory state is saved to."));
        if (!sharedStorage && destinationPool.isEmpty())
            add(Field::DestinationPool, Option::MigrateDisks,
                Tr::tr("Choose the pool on the destination that the disks and the state file are copied "
                       "into."));
        if (!options.undefineSource)
            addOption(Option::UndefineSource,
                Tr::tr("Save state and move always removes the virtual machine from the source: it resumes "
                       "only on the destination."));
        if (deleteSourceVolumes && sharedStorage)
            add(Field::DeleteSourceVolumes, Option::UndefineSource,
                Tr::tr("On shared storage nothing is copied: the source volumes are the virtual machine's "
                       "disks and cannot be deleted."));
        break;
    }
    if (deleteSourceVolumes && !options.undefineSource)
        add(Field::DeleteSourceVolumes, Option::UndefineSource,
            Tr::tr("The source volumes can only be deleted when the virtual machine is undefined on the source; "
                   "its definition there would point at missing disks."));
    if (concurrency < 1 || concurrency > kMaxConcurrency)
        add(Field::Concurrency, Option::Mode,
            Tr::tr("Between 1 and %1 virtual machines can move at the same time.").arg(kMaxConcurrency));
    return found;
}

QList<MigrationOptions::Problem> MigrationPlan::problems(int domainCount) const
{
    QList<MigrationOptions::Problem> found;
    for (const FieldProblem &problem : fieldProblems(domainCount)) {
        Option option = problem.option;
        switch (problem.field) {
        case Field::Option:
            break;
        case Field::DestinationPool:
        case Field::StatePool:
        case Field::SharedStorage:
            option = Option::MigrateDisks;
            break;
        case Field::DeleteSourceVolumes:
            option = Option::UndefineSource;
            break;
        case Field::Concurrency:
            option = Option::Mode;
            break;
        }
        found.append({ option, problem.reason });
    }
    return found;
}

QStringList MigrationPlan::steps(
    const QString &domainName, const QString &sourceHost, const QString &destinationHost) const
{
    QStringList steps;
    const QString finalName = options.destinationName.isEmpty() ? domainName : options.destinationName;
    const auto renamed = [&] {
        if (!options.destinationName.isEmpty())
            return Tr::tr("On %1 it is called “%2”.").arg(destinationHost, options.destinationName);
        return QString();
    };

    switch (method) {
    case Method::Libvirt: {
        if (options.copiesStorage()) {
            if (!destinationPool.isEmpty())
                steps << Tr::tr("Create the destination volumes in pool “%1” on %2, with the source's format "
                                "and capacity.")
                             .arg(destinationPool, destinationHost);
            else
                steps << Tr::tr("libvirt creates the destination disks at the same paths on %1 (a pool with "
                                "the same target path must exist there).")
                             .arg(destinationHost);
        }
        const QString disks = options.migrateDisks.isEmpty()
            ? Tr::tr("every disk not on shared storage")
            : Tr::tr("the disks %1").arg(Tr::joinedList(options.migrateDisks));
        switch (options.mode) {
        case MigrationOptions::Mode::LiveShared:
            steps << Tr::tr("Migrate “%1” live from %2 to %3 while it keeps running; its disks stay on the "
                            "storage both hosts share.")
                         .arg(domainName, sourceHost, destinationHost);
            break;
        case MigrationOptions::Mode::LiveCopyAllStorage:
            steps << Tr::tr("Migrate “%1” live from %2 to %3, copying %4 in full while it keeps running.")
                         .arg(domainName, sourceHost, destinationHost, disks);
            break;
        case MigrationOptions::Mode::LiveCopyIncremental:
            steps << Tr::tr("Migrate “%1” live from %2 to %3, copying of %4 only what lies above their base "
                            "images, which both hosts share.")
                         .arg(domainName, sourceHost, destinationHost, disks);
            break;
        case MigrationOptions::Mode::OfflineShared:
            steps << Tr::tr("Define the shut-off “%1” on %2 from its definition on %3 (offline migration); its "
                            "disks stay on the storage both hosts share.")
                         .arg(domainName, destinationHost, sourceHost);
            break;
        }
        if (options.peerToPeer)
            steps << (options.tunnelled
                    ? Tr::tr("The libvirt daemon of %1 connects to %2 itself and tunnels the data through that "
                             "connection.")
                          .arg(sourceHost, destinationHost)
                    : Tr::tr("The libvirt daemon of %1 connects to %2 itself (peer to peer).")
                          .arg(sourceHost, destinationHost));
        if (!options.migrationUri.isEmpty())
            steps << Tr::tr("The data goes to %1.").arg(options.migrationUri);
        if (options.tls)
            steps << Tr::tr("The data is encrypted with TLS.");
        if (options.bandwidthMiBs > 0)
            steps << Tr::tr("The transfer is limited to %1 MiB/s.").arg(QLocale().toString(options.bandwidthMiBs));
        if (!options.compressionMethods.isEmpty())
            steps << Tr::tr("Memory is compressed with %1.").arg(Tr::joinedList(options.compressionMethods));
        if (options.parallelConnections > 0)
            steps << Tr::tr("Memory is sent over %n parallel connection(s).", nullptr, options.parallelConnections);
        if (options.autoConverge)
            steps << Tr::tr("If memory changes faster than it is sent, the guest's CPUs are slowed down until "
                            "the migration converges.");
        if (options.postCopyAllowed)
            steps << Tr::tr("The migration may switch to post-copy: the guest runs on %1 before all its memory "
                            "arrived.")
                         .arg(destinationHost);
        if (options.maxDowntimeMs > 0)
            steps << Tr::tr("The final pause may last at most %1 ms.").arg(QLocale().toString(options.maxDowntimeMs));
        if (options.unsafe)
            steps << Tr::tr("libvirt's safety check on disk caches is skipped (unsafe).");
        if (!options.destinationXml.isEmpty())
            steps << Tr::tr("The edited destination XML defines it on %1.").arg(destinationHost);
        if (const QString text = renamed(); !text.isEmpty())
            steps << text;
        if (options.isLive())
            steps << (options.pauseAfter ? Tr::tr("“%1” stays paused on %2 afterwards.").arg(finalName, destinationHost)
                                         : Tr::tr("“%1” runs on %2.").arg(finalName, destinationHost));
        if (options.persistOnDestination || !options.isLive())
            steps << Tr::tr("Its definition is saved on %1 (persistent).").arg(destinationHost);
        else
            steps << Tr::tr("It is not defined on %1: once it shuts down there, it is gone from %1.")
                         .arg(destinationHost);
        steps << (options.undefineSource
                ? Tr::tr("Its definition is removed from %1 (undefined).").arg(sourceHost)
                : Tr::tr("Its definition stays on %1 (temporary move).").arg(sourceHost));
        break;
    }
    case Method::OfflineCopy:
        steps << Tr::tr("Check that “%1” is shut off on %2 and that %3 has no virtual machine named “%4”.")
                     .arg(domainName, sourceHost, destinationHost, finalName);
        steps << Tr::tr("Copy each disk that lives in a storage pool of %1 into pool “%2” on %3 (sparse, same "
                        "volume names).")
                     .arg(sourceHost, destinationPool, destinationHost);
        steps << Tr::tr("Rewrite the disk sources in its XML to the new volumes.");
        if (const QString text = renamed(); !text.isEmpty())
            steps << text;
        steps << Tr::tr("Define “%1” on %2.").arg(finalName, destinationHost);
        steps << (options.undefineSource
                ? Tr::tr("Undefine “%1” on %2.").arg(domainName, sourceHost)
                : Tr::tr("Keep “%1” defined on %2 (temporary move).").arg(domainName, sourceHost));
        steps << (deleteSourceVolumes
                ? Tr::tr("Delete the source volumes on %1 once sizes and checksums of the copies match.")
                      .arg(sourceHost)
                : Tr::tr("Keep the source volumes on %1.").arg(sourceHost));
        steps << Tr::tr("If anything fails, the copies are removed and “%1” stays defined on %2.")
                     .arg(domainName, sourceHost);
        break;
    case Method::SaveStateAndMove:
        steps << Tr::tr("Save the memory of the running “%1” to a state file in pool “%2” on %3; the guest "
                        "stops there.")
                     .arg(domainName, statePool, sourceHost);
        steps << (sharedStorage
                ? Tr::tr("Copy nothing: %1 sees the disks and the state file on the same shared storage.")
                      .arg(destinationHost)
                : Tr::tr("Copy the disks and the state file into pool “%1” on %2.").arg(destinationPool, destinationHost));
        if (const QString text = renamed(); !text.isEmpty())
            steps << text;
        steps << Tr::tr("Restore “%1” on %2 from the state file with the rewritten XML: the guest resumes "
                        "where it stopped.")
                     .arg(finalName, destinationHost);
        steps << Tr::tr("Undefine “%1” on %2 and remove the state file.").arg(domainName, sourceHost);
        if (deleteSourceVolumes)
            steps << Tr::tr("Delete the source volumes on %1 once the copies were verified.").arg(sourceHost);
        steps << Tr::tr("If anything fails after the save, “%1” is restored on %2 from its state file.")
                     .arg(domainName, sourceHost);
        break;
    }
    return steps;
}

QString MigrationPlan::virshCommandLines(
    const QString &domainName, const QString &destinationUri, const QList<DomainDisk> &disks) const
{
    const bool disksKnown = !disks.isEmpty();
    ScriptWriter script(destinationUri);
    const QString domainXml = domainName + QStringLiteral(".xml");

    switch (method) {
    case Method::Libvirt: {
        if (options.copiesStorage() && !destinationPool.isEmpty() && disksKnown) {
            // The volumes are made first, so libvirt copies into the chosen pool.
            for (const DomainDisk &disk : copiedDisks(disks, options.migrateDisks)) {
                const QString volumeXml = domainName + u'-' + disk.targetDev + QStringLiteral(".vol.xml");
                script.source(QStringList { QStringLiteral("vol-dumpxml") } + sourceVolumeArguments(disk), volumeXml);
                script.destination({ QStringLiteral("vol-create"), QStringLiteral("--pool"), destinationPool,
                    QStringLiteral("--file"), volumeXml });
            }
            script.comment(Tr::tr("The destination XML points the copied disks at the new volumes."));
        }
        const QString line = options.virshCommandLine(domainName, destinationUri);
        if (line.isNull())
            return {};
        script.raw(line);
        break;
    }
    case Method::OfflineCopy: {
        const QList<DomainDisk> copied = copiedDisks(disks);
        script.source({ QStringLiteral("dumpxml"), QStringLiteral("--domain"), domainName, QStringLiteral("--inactive"),
                          QStringLiteral("--security-info") },
            domainXml);
        writeDiskCopies(script, domainName, copied, disksKnown, destinationPool);
        script.comment(options.destinationName.isEmpty()
                ? Tr::tr("Edit the XML file: point each copied disk at its new volume (vol-path on the "
                         "destination).")
                : Tr::tr("Edit the XML file: point each copied disk at its new volume (vol-path on the "
                         "destination), set the new name and remove the uuid."));
        script.destination({ QStringLiteral("define"), QStringLiteral("--file"), domainXml });
        if (options.undefineSource)
            script.source({ QStringLiteral("undefine"), QStringLiteral("--domain"), domainName });
        if (deleteSourceVolumes)
            writeSourceVolumeDeletion(script, copied);
        break;
    }
    case Method::SaveStateAndMove: {
        const QList<DomainDisk> copied = copiedDisks(disks);
        const QString stateVolume = domainName + QStringLiteral(".save");
        const QString stateXml = domainName + QStringLiteral("-state.xml");
        script.source({ QStringLiteral("dumpxml"), QStringLiteral("--domain"), domainName, QStringLiteral("--inactive"),
                          QStringLiteral("--security-info") },
            domainXml);
        script.source({ QStringLiteral("vol-create-as"), QStringLiteral("--pool"), statePool, QStringLiteral("--name"),
            stateVolume, QStringLiteral("--capacity"), QStringLiteral("0") });
        const QString sourceStatePath = script.volumePath(false, statePool, stateVolume);
        script.raw(script.quoted({ QStringLiteral("virsh"), QStringLiteral("save"), QStringLiteral("--domain"),
                       domainName })
            + QStringLiteral(" --file ") + sourceStatePath + QStringLiteral(" --running"));
        script.source({ QStringLiteral("pool-refresh"), QStringLiteral("--pool"), statePool });
        script.raw(script.quoted({ QStringLiteral("virsh"), QStringLiteral("save-image-dumpxml") })
            + QStringLiteral(" --file ") + sourceStatePath + QStringLiteral(" --security-info > ")
            + shellQuote(stateXml));
        QString restorePath = sourceStatePath;
        if (!sharedStorage) {
            writeDiskCopies(script, domainName, copied, disksKnown, destinationPool);
            writeVolumeCopy(script, { QStringLiteral("--pool"), statePool, QStringLiteral("--vol"), stateVolume },
                destinationPool, stateVolume, domainName + QStringLiteral("-state"));
            restorePath = script.volumePath(true, destinationPool, stateVolume);
            script.comment(Tr::tr("Edit both XML files: point each copied disk at its new volume (vol-path on "
                                  "the destination)."));
        }
        if (!options.destinationName.isEmpty())
            script.comment(Tr::tr("Edit both XML files: set the new name."));
        script.destination({ QStringLiteral("define"), QStringLiteral("--file"), domainXml });
        script.raw(script.quoted({ QStringLiteral("virsh"), QStringLiteral("--connect"), destinationUri,
                       QStringLiteral("restore") })
            + QStringLiteral(" --file ") + restorePath + u' '
            + script.quoted({ QStringLiteral("--xml"), stateXml, QStringLiteral("--running") }));
        script.source({ QStringLiteral("undefine"), QStringLiteral("--domain"), domainName });
        script.source({ QStringLiteral("vol-delete"), QStringLiteral("--pool"), statePool, QStringLiteral("--vol"),
            stateVolume });
        if (!sharedStorage)
            script.destination({ QStringLiteral("vol-delete"), QStringLiteral("--pool"), destinationPool,
                QStringLiteral("--vol"), stateVolume });
        if (deleteSourceVolumes && !sharedStorage)
            writeSourceVolumeDeletion(script, copied);
        break;
    }
    }
    return script.result();
}
