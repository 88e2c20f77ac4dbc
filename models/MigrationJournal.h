// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: Virt Ferry contributors
#pragma once

#include "ConnectionHandle.h"
#include "JobStats.h"
#include "LibvirtHandles.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

class MigrationHistory;

// One libvirt migration this machine started and has not seen end yet.
struct MigrationJournalEntry
{
    QString id; // a fresh UUID, given by MigrationJournal::add()
    QString vmUuid;
    QString vmName;
    // The connections as ConnectionManager knows them (id first, the URI when the id is gone).
    QString sourceId;
    QString sourceUri;
    QString sourceName; // display names, for the user
    QString destinationId;
    QString destinationUri;
    QString destinationName;
    QString method; // MigrationBatch::methodName()
    QString mode; // MigrationBatch::modeName(), e.g. "live-shared"
    bool live = true; // where the VM "is": running for a live migration, defined for an offline one
    QDateTime started; // UTC

    QByteArray toJsonLine() const;
    // Nullopt for a damaged line or one without the fields the resolver needs.
    static std::optional<MigrationJournalEntry> fromJsonLine(const QByteArray &line);

    friend bool operator==(const MigrationJournalEntry &, const MigrationJournalEntry &) = default;
};

// What became of a journalled migration, as checked on the hosts (never guessed).
struct MigrationFate
{
    // Where the VM runs (defined, for an offline migration). Unknown: a host that would
    // tell could not be reached.
    enum class Where { Unknown, Source, Destination, Both, None };
    // How a host holds the domain. Incoming: active but paused for a migration, the
    // half-finished copy a migration leaves until one side finishes or gives it up.
    enum class Presence { Unreachable, Absent, Inactive, Active, Incoming };

    Where where = Where::Unknown;
    Presence onSource = Presence::Unreachable;
    Presence onDestination = Presence::Unreachable;
    // A migration job still runs on the source (virDomainGetJobStats: MIGRATION_OUT).
    bool jobRunning = false;
    std::optional<double> percent; // of the running job, when libvirt tells the amounts
    JobStats job; // the source's job as read
    QString sourceError; // why a host could not be asked
    QString destinationError;

    // The migration is over and where the VM is was found out: the entry can go.
    bool isSettled() const { return !jobRunning && where != Where::Unknown; }
    // The history's name of `where` ("source", "destination", "both", "none"; empty when unknown).
    QString whereName() const;
};
Q_DECLARE_METATYPE(MigrationFate)

// The durable record of the migrations in flight, so a migration whose watcher went away
// (the app was killed, or its connection to the source dropped) is found again: one JSON
// object per line in <directory>/in-flight.jsonl, rewritten whole with QSaveFile (written
// to a temporary file, synced, renamed) when a job starts running and when it ends, so a
// crash leaves either the old or the new file, never half of one.
//
// The resolver asks both hosts, on a thread of its own, whether the source still runs a
// migration job and where the domain runs now. Lives on the GUI thread; the file is small
// and local.
class MigrationJournal final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MigrationJournal)

public:
    // `directory` empty: defaultDirectory().
    explicit MigrationJournal(QString directory = {}, QObject *parent = nullptr);
    ~MigrationJournal() override;

    // The migration history's directory: the journal's entries end up there as records.
    static QString defaultDirectory();
    QString directory() const { return m_directory; }
    QString filePath() const;

    // Reads the file again. A damaged line is skipped with a message in problems() (and
    // kept out of the next rewrite: nothing could resolve it).
    void reload();
    const QStringList &problems() const { return m_problems; }
    const QList<MigrationJournalEntry> &entries() const { return m_entries; }
    std::optional<MigrationJournalEntry> entry(const QString &id) const;

    // Adds the entry (a new id when empty; the id is written back) and rewrites the file.
    // False with the reason when it cannot be written.
    bool add(MigrationJournalEntry &entry, QString *error = nullptr);
    // Drops the entry; true when it is gone from the file (or was never there).
    bool remove(const QString &id, QString *error = nullptr);

    // Asks the hosts what became of the entry's migration, on a thread of its own; the
    // answer comes as resolved(). A null `destination` (not connected) leaves the
    // destination Unreachable.
    void resolve(const MigrationJournalEntry &entry, ConnectionHandle source, ConnectionHandle destination);
    // The same, blocking: never on the GUI thread.
    static MigrationFate resolveNow(const MigrationJournalEntry &entry, virConnectPtr source, virConnectPtr destination);
    // Where the VM is, from how each host holds it and whether the source still runs the
    // job: the rule resolveNow() applies to what it found.
    static MigrationFate::Where whereFrom(
        bool live, MigrationFate::Presence onSource, MigrationFate::Presence onDestination, bool jobRunning);

    // Records a settled entry in `history` (may be null) and removes it from the journal.
    // False, with the reason, when the fate is not settled or a file cannot be written.
    bool conclude(const QString &id, const MigrationFate &fate, MigrationHistory *history, QString *error = nullptr);

    // How far a running job is, from libvirt's data (else memory) amounts; nullopt when not sent.
    static std::optional<double> jobPercent(const JobStats &stats);

    // What the user is told about the entry's migration, in one sentence.
    static QString describe(const MigrationJournalEntry &entry, const MigrationFate &fate);

Q_SIGNALS:
    void resolved(const QString &id, const MigrationFate &fate);
    void entriesChanged();

private:
    bool write(const QList<MigrationJournalEntry> &entries, QString *error);

    QString m_directory;
    QList<MigrationJournalEntry> m_entries;
    QStringList m_problems;
    std::shared_ptr<Libvirt::EventSink<MigrationJournal>> m_sink;
};
