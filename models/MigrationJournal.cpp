// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: Virt Ferry contributors
#include "MigrationJournal.h"

#include "LibvirtError.h"
#include "MigrationHistory.h"
#include "Tr.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSaveFile>
#include <QStandardPaths>
#include <QUuid>

#include <libvirt/virterror.h>

#include <algorithm>
#include <thread>
#include <tuple>

namespace {

const QString kJournalFile = QStringLiteral("in-flight.jsonl");

QString hostLabel(const QString &name, const QString &uri)
{
    return name.isEmpty() ? uri : name;
}

// How `connection` holds the domain. The error is only set for Unreachable.
MigrationFate::Presence presenceOn(virConnectPtr connection, const QString &uuid, Libvirt::DomainPtr *domain,
    QString *error)
{
    using Presence = MigrationFate::Presence;
    if (!connection) {
        *error = Tr::tr("not connected");
        return Presence::Unreachable;
    }
    // A local check: a connection whose keepalive gave up answers nothing useful.
    if (virConnectIsAlive(connection) != 1) {
        virResetLastError();
        *error = Tr::tr("the connection is closed");
        return Presence::Unreachable;
    }
    Libvirt::DomainPtr found(virDomainLookupByUUIDString(connection, uuid.toUtf8().constData()));
    if (!found) {
        const virErrorPtr last = virGetLastError();
        if (last && last->code == VIR_ERR_NO_DOMAIN) {
            virResetLastError();
            return Presence::Absent;
        }
        *error = Libvirt::lastErrorMessage(Tr::tr("the host did not answer"));
        virResetLastError();
        return Presence::Unreachable;
    }
    int state = VIR_DOMAIN_NOSTATE;
    int reason = 0;
    if (virDomainGetState(found.get(), &state, &reason, 0) < 0) {
        const virErrorPtr last = virGetLastError();
        // Gone between the lookup and the question: the migration just finished.
        if (last && last->code == VIR_ERR_NO_DOMAIN) {
            virResetLastError();
            return Presence::Absent;
        }
        *error = Libvirt::lastErrorMessage(Tr::tr("the host did not answer"));
        virResetLastError();
        return Presence::Unreachable;
    }
    *domain = std::move(found);
    if (state == VIR_DOMAIN_SHUTOFF || state == VIR_DOMAIN_CRASHED || state == VIR_DOMAIN_NOSTATE)
        return Presence::Inactive;
    if (state == VIR_DOMAIN_PAUSED && reason == VIR_DOMAIN_PAUSED_MIGRATION)
        return Presence::Incoming;
    return Presence::Active;
}

} // namespace

std::optional<double> MigrationJournal::jobPercent(const JobStats &stats)
{
    for (const auto &[totalField, processedField, remainingField] :
        { std::tuple { JobStats::Field::DataTotal, JobStats::Field::DataProcessed, JobStats::Field::DataRemaining },
            std::tuple { JobStats::Field::MemoryTotal, JobStats::Field::MemoryProcessed,
                JobStats::Field::MemoryRemaining } }) {
        const std::optional<quint64> total = stats.value(totalField);
        if (!total || *total == 0)
            continue;
        if (const std::optional<quint64> remaining = stats.value(remainingField))
            return std::clamp(100.0 * double(*total - std::min(*remaining, *total)) / double(*total), 0.0, 100.0);
        if (const std::optional<quint64> processed = stats.value(processedField))
            return std::clamp(100.0 * double(*processed) / double(*total), 0.0, 100.0);
    }
    return std::nullopt;
}

QByteArray MigrationJournalEntry::toJsonLine() const
{
    QJsonObject object;
    object.insert(QStringLiteral("id"), id);
    object.insert(QStringLiteral("vmUuid"), vmUuid);
    object.insert(QStringLiteral("vmName"), vmName);
    object.insert(QStringLiteral("sourceId"), sourceId);
    object.insert(QStringLiteral("sourceUri"), sourceUri);
    object.insert(QStringLiteral("sourceName"), sourceName);
    object.insert(QStringLiteral("destinationId"), destinationId);
    object.insert(QStringLiteral("destinationUri"), destinationUri);
    object.insert(QStringLiteral("destinationName"), destinationName);
    object.insert(QStringLiteral("method"), method);
    object.insert(QStringLiteral("mode"), mode);
    object.insert(QStringLiteral("live"), live);
    object.insert(QStringLiteral("started"), started.toUTC().toString(Qt::ISODateWithMs));
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

std::optional<MigrationJournalEntry> MigrationJournalEntry::fromJsonLine(const QByteArray &line)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(line, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    const QJsonObject object = document.object();
    const auto text = [&object](const char *key) { return object.value(QLatin1String(key)).toString(); };
    MigrationJournalEntry entry;
    entry.id = text("id");
    entry.vmUuid = text("vmUuid");
    entry.vmName = text("vmName");
    entry.sourceId = text("sourceId");
    entry.sourceUri = text("sourceUri");
    entry.sourceName = text("sourceName");
    entry.destinationId = text("destinationId");
    entry.destinationUri = text("destinationUri");
    entry.destinationName = text("destinationName");
    entry.method = text("method");
    entry.mode = text("mode");
    entry.live = object.value(QStringLiteral("live")).toBool(true);
    entry.started = QDateTime::fromString(text("started"), Qt::ISODateWithMs).toUTC();
    // Without these nothing can be asked about it.
    if (entry.id.isEmpty() || QUuid::fromString(entry.vmUuid).isNull()
        || (entry.sourceId.isEmpty() && entry.sourceUri.isEmpty()))
        return std::nullopt;
    return entry;
}

QString MigrationFate::whereName() const
{
    switch (where) {
    case Where::Source:
        return QStringLiteral("source");
    case Where::Destination:
        return QStringLiteral("destination");
    case Where::Both:
        return QStringLiteral("both");
    case Where::None:
        return QStringLiteral("none");
    case Where::Unknown:
        break;
    }
    return {};
}

MigrationJournal::MigrationJournal(QString directory, QObject *parent)
    : QObject(parent)
    , m_directory(directory.isEmpty() ? defaultDirectory() : std::move(directory))
    , m_sink(std::make_shared<Libvirt::EventSink<MigrationJournal>>())
{
    qRegisterMetaType<MigrationFate>();
    m_sink->target = this;
    reload();
}

MigrationJournal::~MigrationJournal()
{
    m_sink->clearTarget();
}

QString MigrationJournal::defaultDirectory()
{
    return MigrationHistory::defaultDirectory();
}

QString MigrationJournal::filePath() const
{
    return QDir(m_directory).filePath(kJournalFile);
}

void MigrationJournal::reload()
{
    m_entries.clear();
    m_problems.clear();
    QFile file(filePath());
    if (file.open(QIODevice::ReadOnly)) {
        const QList<QByteArray> lines = file.readAll().split('\n');
        for (qsizetype index = 0; index < lines.size(); ++index) {
            if (lines.at(index).trimmed().isEmpty())
                continue;
            if (std::optional<MigrationJournalEntry> entry = MigrationJournalEntry::fromJsonLine(lines.at(index)))
                m_entries.append(std::move(*entry));
            else
                m_problems.append(tr("Line %1 of %2 is damaged and was ignored.").arg(index + 1).arg(filePath()));
        }
    }
    Q_EMIT entriesChanged();
}

std::optional<MigrationJournalEntry> MigrationJournal::entry(const QString &id) const
{
    const auto found = std::find_if(
        m_entries.cbegin(), m_entries.cend(), [&id](const MigrationJournalEntry &entry) { return entry.id == id; });
    if (found == m_entries.cend())
        return std::nullopt;
    return *found;
}

bool MigrationJournal::write(const QList<MigrationJournalEntry> &entries, QString *error)
{
    const auto fail = [error](const QString &reason) {
        if (error)
            *error = reason;
        return false;
    };
    if (!QDir().mkpath(m_directory))
        return fail(tr("Cannot create the folder %1.").arg(m_directory));
    QSaveFile file(filePath());
    // The rename is what makes it atomic: never write in place.
    file.setDirectWriteFallback(false);
    if (!file.open(QIODevice::WriteOnly))
        return fail(tr("Cannot write %1: %2").arg(filePath(), file.errorString()));
    for (const MigrationJournalEntry &entry : entries) {
        const QByteArray line = entry.toJsonLine() + '\n';
        if (file.write(line) != line.size())
            return fail(tr("Cannot write %1: %2").arg(filePath(), file.errorString()));
    }
    // commit() syncs the temporary file to disk before renaming it over the old one.
    if (!file.commit())
        return fail(tr("Cannot write %1: %2").arg(filePath(), file.errorString()));
    return true;
}

bool MigrationJournal::add(MigrationJournalEntry &entry, QString *error)
{
    if (entry.id.isEmpty())
        entry.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QList<MigrationJournalEntry> entries = m_entries;
    entries.removeIf([&entry](const MigrationJournalEntry &other) { return other.id == entry.id; });
    entries.append(entry);
    if (!write(entries, error))
        return false;
    m_entries = std::move(entries);
    Q_EMIT entriesChanged();
    return true;
}

bool MigrationJournal::remove(const QString &id, QString *error)
{
    QList<MigrationJournalEntry> entries = m_entries;
    if (entries.removeIf([&id](const MigrationJournalEntry &entry) { return entry.id == id; }) == 0
        && !QFile::exists(filePath()))
        return true;
    if (!write(entries, error))
        return false;
    m_entries = std::move(entries);
    Q_EMIT entriesChanged();
    return true;
}

void MigrationJournal::resolve(const MigrationJournalEntry &entry, ConnectionHandle source, ConnectionHandle destination)
{
    std::thread([sink = m_sink, entry, source = std::move(source), destination = std::move(destination)] {
        const MigrationFate fate = resolveNow(entry, source.get(), destination.get());
        sink->post([id = entry.id, fate](MigrationJournal *journal) { Q_EMIT journal->resolved(id, fate); });
    }).detach();
}

MigrationFate MigrationJournal::resolveNow(
    const MigrationJournalEntry &entry, virConnectPtr source, virConnectPtr destination)
{
    using Presence = MigrationFate::Presence;
    MigrationFate fate;
    Libvirt::DomainPtr sourceDomain;
    Libvirt::DomainPtr destinationDomain;
    fate.onSource = presenceOn(source, entry.vmUuid, &sourceDomain, &fate.sourceError);
    if (sourceDomain && fate.onSource != Presence::Inactive) {
        int type = VIR_DOMAIN_JOB_NONE;
        virTypedParameterPtr parameters = nullptr;
        int count = 0;
        if (virDomainGetJobStats(sourceDomain.get(), &type, &parameters, &count, 0) == 0) {
            fate.job = JobStats::fromTypedParameters(type, parameters, count);
            virTypedParamsFree(parameters, count);
            // A job without an operation is a migration too on libvirts that do not send one.
            fate.jobRunning = fate.job.isActive()
                && (!fate.job.operation || *fate.job.operation == VIR_DOMAIN_JOB_OPERATION_MIGRATION_OUT);
            if (fate.jobRunning)
                fate.percent = jobPercent(fate.job);
        } else {
            virResetLastError();
        }
    }
    fate.onDestination = presenceOn(destination, entry.vmUuid, &destinationDomain, &fate.destinationError);

    fate.where = whereFrom(entry.live, fate.onSource, fate.onDestination, fate.jobRunning);
    return fate;
}

MigrationFate::Where MigrationJournal::whereFrom(
    bool live, MigrationFate::Presence onSource, MigrationFate::Presence onDestination, bool jobRunning)
{
    using Presence = MigrationFate::Presence;
    using Where = MigrationFate::Where;
    // Running (defined, offline) on a host; a paused half of a migration counts only
    // where the other host does not run it.
    const auto holds = [live](Presence presence) {
        if (!live)
            return presence == Presence::Active || presence == Presence::Inactive || presence == Presence::Incoming;
        return presence == Presence::Active || presence == Presence::Incoming;
    };
    const bool heldBySource = holds(onSource) && !(onSource == Presence::Incoming && onDestination == Presence::Active);
    const bool heldByDestination
        = holds(onDestination) && !(onDestination == Presence::Incoming && onSource == Presence::Active);
    // With the other host unreachable, only a running copy settles it: a paused half may
    // be a migration still on its way from there (the lab saw B's incoming copy, paused
    // while A went on sending, taken for the end), and an offline copy may sit on both.
    const auto settles = [live](Presence presence, Presence other) {
        return other != Presence::Unreachable || (live && presence == Presence::Active);
    };
    if (jobRunning)
        return Where::Source; // until the switch-over
    if (heldBySource && heldByDestination)
        return Where::Both;
    if (heldBySource)
        return settles(onSource, onDestination) ? Where::Source : Where::Unknown;
    if (heldByDestination)
        return settles(onDestination, onSource) ? Where::Destination : Where::Unknown;
    if (onSource == Presence::Unreachable || onDestination == Presence::Unreachable)
        return Where::Unknown;
    return Where::None;
}

bool MigrationJournal::conclude(const QString &id, const MigrationFate &fate, MigrationHistory *history, QString *error)
{
    const std::optional<MigrationJournalEntry> found = entry(id);
    if (!found)
        return remove(id, error);
    if (!fate.isSettled()) {
        if (error)
            *error = tr("How the migration ended is not known yet.");
        return false;
    }
    if (history) {
        MigrationRecord record;
        record.vmUuid = found->vmUuid;
        record.vmName = found->vmName;
        record.sourceHost = hostLabel(found->sourceName, found->sourceUri);
        record.destinationHost = hostLabel(found->destinationName, found->destinationUri);
        record.method = found->method;
        record.mode = found->mode;
        record.started = found->started;
        record.durationMs = found->started.isValid() ? std::max<qint64>(0, found->started.msecsTo(QDateTime::currentDateTimeUtc())) : 0;
        const bool moved = fate.where == MigrationFate::Where::Destination
            || (!found->live && fate.where == MigrationFate::Where::Both);
        record.result = moved ? QStringLiteral("completed") : QStringLiteral("failed");
        record.message = describe(*found, fate);
        record.finalHost = fate.whereName();
        if (!history->add(record, nullptr, error))
            return false;
    }
    return remove(id, error);
}

QString MigrationJournal::describe(const MigrationJournalEntry &entry, const MigrationFate &fate)
{
    using Presence = MigrationFate::Presence;
    const QString source = hostLabel(entry.sourceName, entry.sourceUri);
    const QString destination = hostLabel(entry.destinationName, entry.destinationUri);
    if (fate.jobRunning) {
        if (fate.percent)
            //: %1 a host's name, %2 a percentage.
            return tr("Still migrating to %1: %2 % done.").arg(destination, QLocale().toString(*fate.percent, 'f', 0));
        return tr("Still migrating to %1.").arg(destination);
    }
    switch (fate.where) {
    case MigrationFate::Where::Source:
        if (fate.onSource == Presence::Incoming)
            return tr("Ended: the virtual machine is paused on %1, where the migration left it; resume it there.")
                .arg(source);
        return entry.live ? tr("Ended: the virtual machine runs on %1.").arg(source)
                          : tr("Ended: the virtual machine is defined on %1.").arg(source);
    case MigrationFate::Where::Destination:
        if (fate.onDestination == Presence::Incoming)
            return tr("Ended: the virtual machine is paused on %1, where the migration left it; resume it there.")
                .arg(destination);
        return entry.live ? tr("Ended: the virtual machine runs on %1.").arg(destination)
                          : tr("Ended: the virtual machine is defined on %1.").arg(destination);
    case MigrationFate::Where::Both:
        return entry.live
            ? tr("Ended: the virtual machine runs on both %1 and %2; stop one of them.").arg(source, destination)
            : tr("Ended: the virtual machine is defined on both %1 and %2.").arg(source, destination);
    case MigrationFate::Where::None:
        return entry.live ? tr("Ended: the virtual machine runs on neither %1 nor %2.").arg(source, destination)
                          : tr("Ended: the virtual machine is defined on neither %1 nor %2.").arg(source, destination);
    case MigrationFate::Where::Unknown:
        break;
    }
    if (fate.onSource == Presence::Unreachable)
        //: %1 a host's name, %2 why it could not be asked.
        return tr("Not known yet: %1 cannot be asked (%2).").arg(source, fate.sourceError);
    return tr("Not known yet: %1 cannot be asked (%2).").arg(destination, fate.destinationError);
}
