// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: Virt Ferry contributors
#include "MigrationBatch.h"

#include "Connection.h"
#include "MigrationHistory.h"
#include "MigrationJob.h"
#include "MigrationJournal.h"
#include "MigrationPreflight.h"
#include "MigrationSeries.h"
#include "OfflineMoveJob.h"
#include "SaveStateMoveJob.h"
#include "Tr.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QPointer>
#include <QLocale>
#include <QTimer>
#include <QUuid>

#include <algorithm>
#include <cmath>
#include <functional>
#include <optional>
#include <utility>

namespace {

// Where the job found the VM afterwards, as the history names it; both jobs' FinalHost
// enums have the same values.
template<typename FinalHost>
QString finalHostName(FinalHost host)
{
    switch (host) {
    case FinalHost::Source:
        return QStringLiteral("source");
    case FinalHost::Destination:
        return QStringLiteral("destination");
    case FinalHost::Both:
        return QStringLiteral("both");
    case FinalHost::None:
        return QStringLiteral("none");
    case FinalHost::Unknown:
        break;
    }
    return {};
}

} // namespace

struct MigrationBatch::Item
{
    MigrationTarget target;
    ItemState state = ItemState::Queued;
    QString message;
    QPointer<QObject> job;
    std::function<void()> cancelJob;
    // A libvirt migration: its job while it runs, its statistics (owned by the batch) and
    // what the end brought.
    QPointer<MigrationJob> migrationJob;
    MigrationSeries *series = nullptr;
    std::optional<JobStats> completedStats;
    // The values last asked for, named by the marker once libvirt applied them.
    std::optional<quint64> requestedSpeedMiBs;
    std::optional<quint64> requestedDowntimeMs;
    // For the history.
    QDateTime started;
    QElapsedTimer clock;
    QString finalHost;
    bool launched = false;
    // The journal's entry while the libvirt migration runs, and, once its job failed
    // without the VM back on the source, what libvirt said while the hosts are asked.
    QString journalId;
    bool journalled = false;
    bool resolving = false;
    bool awaitingSource = false;
    QString jobMessage;
};

namespace {
// How long to wait before asking again about a migration the source still runs.
constexpr int kStillRunningRecheckMs = 2000;
} // namespace

MigrationBatch::MigrationBatch(ConnectionHandle source, ConnectionHandle destination, QString destinationUri,
    QList<MigrationTarget> targets, MigrationPlan plan, QObject *parent)
    : QObject(parent)
    , m_source(std::move(source))
    , m_destination(std::move(destination))
    , m_destinationUri(std::move(destinationUri))
    , m_plan(std::move(plan))
{
    for (MigrationTarget &target : targets) {
        auto *item = new Item;
        item->target = std::move(target);
        m_items.append(item);
    }
}

MigrationBatch::~MigrationBatch()
{
    // Each job aborts what it still runs. They go before the items, and without telling
    // this half-destroyed batch.
    for (Item *item : std::as_const(m_items)) {
        if (item->job) {
            item->job->disconnect(this);
            delete item->job.data();
        }
    }
    qDeleteAll(m_items);
}

void MigrationBatch::start()
{
    if (m_started)
        return;
    m_started = true;
    const QList<MigrationOptions::Problem> problems = m_plan.problems(count());
    if (!problems.isEmpty()) {
        for (int index = 0; index < count(); ++index)
            setItemState(index, ItemState::Failed, problems.first().reason);
        emitFinishedIfDone();
        return;
    }
    startNext();
    emitFinishedIfDone();
}

void MigrationBatch::cancel()
{
    // Queued ones first, so a running job that ends at once does not start them.
    for (int index = 0; index < count(); ++index) {
        if (m_items.at(index)->state == ItemState::Queued)
            setItemState(index, ItemState::Cancelled, tr("Cancelled before it started."));
    }
    for (int index = 0; index < count(); ++index) {
        Item *item = m_items.at(index);
        if (!isFinalState(item->state) && item->cancelJob)
            item->cancelJob();
    }
    if (m_started)
        emitFinishedIfDone();
}

void MigrationBatch::cancelItem(int index)
{
    if (index < 0 || index >= count())
        return;
    Item *item = m_items.at(index);
    if (item->state == ItemState::Queued) {
        setItemState(index, ItemState::Cancelled, tr("Cancelled before it started."));
        if (m_started)
            emitFinishedIfDone();
    } else if (!isFinalState(item->state) && item->cancelJob) {
        item->cancelJob();
    }
}

int MigrationBatch::count() const
{
    return int(m_items.size());
}

const MigrationTarget &MigrationBatch::target(int index) const
{
    return m_items.at(index)->target;
}

MigrationBatch::ItemState MigrationBatch::itemState(int index) const
{
    return m_items.at(index)->state;
}

QString MigrationBatch::itemMessage(int index) const
{
    return m_items.at(index)->message;
}

bool MigrationBatch::isFinished() const
{
    if (!m_started)
        return false;
    return std::all_of(m_items.cbegin(), m_items.cend(), [](const Item *item) { return isFinalState(item->state); });
}

int MigrationBatch::countIn(ItemState state) const
{
    return int(std::count_if(
        m_items.cbegin(), m_items.cend(), [state](const Item *item) { return item->state == state; }));
}

const MigrationPlan &MigrationBatch::plan() const
{
    return m_plan;
}

int MigrationBatch::runningCount() const
{
    return int(std::count_if(m_items.cbegin(), m_items.cend(),
        [](const Item *item) { return item->state != ItemState::Queued && !isFinalState(item->state); }));
}

void MigrationBatch::startNext()
{
    if (m_launching)
        return;
    m_launching = true;
    const int limit = std::clamp(m_plan.concurrency, 1, MigrationPlan::kMaxConcurrency);
    for (int index = 0; index < count() && runningCount() < limit; ++index) {
        if (m_items.at(index)->state == ItemState::Queued)
            launch(index);
    }
    m_launching = false;
}

void MigrationBatch::setItemState(int index, ItemState state, const QString &message)
{
    Item *item = m_items.at(index);
    if (item->state == state && item->message == message)
        return;
    item->state = state;
    item->message = message;
    Q_EMIT itemStateChanged(index, state, message);
}

void MigrationBatch::itemFinished(int index, bool succeeded, bool cancelled, const QString &message)
{
    Item *item = m_items.at(index);
    if (isFinalState(item->state))
        return;
    item->cancelJob = nullptr;
    if (item->job)
        item->job->deleteLater();
    item->migrationJob = nullptr;
    if (item->series && !item->series->isFinished())
        item->series->finish(item->completedStats,
            succeeded ? MigrationPhase::Completed : cancelled ? MigrationPhase::Cancelled : MigrationPhase::Failed,
            message);
    // The last sample is rarely 100 %: the job ends between two samples.
    if (item->series && succeeded)
        Q_EMIT itemProgress(index, kSeriesProgressTotal, kSeriesProgressTotal);
    item->message = message;
    recordHistory(index, succeeded, cancelled);
    setItemState(index, succeeded ? ItemState::Completed : cancelled ? ItemState::Cancelled : ItemState::Failed,
        item->message);
    startNext();
    emitFinishedIfDone();
}

void MigrationBatch::emitFinishedIfDone()
{
    if (m_finishedEmitted || m_launching || !isFinished())
        return;
    m_finishedEmitted = true;
    Q_EMIT finished(countIn(ItemState::Completed), countIn(ItemState::Failed), countIn(ItemState::Cancelled));
}

void MigrationBatch::launch(int index)
{
    Item *item = m_items.at(index);
    item->launched = true;
    item->started = QDateTime::currentDateTimeUtc();
    item->clock.start();
    item->finalHost = QStringLiteral("source"); // until a job moves it
    setItemState(index, ItemState::Checking);
    auto *preflight = new MigrationPreflight(this);
    item->job = preflight;
    item->cancelJob = [this, index, preflight] {
        preflight->cancel();
        itemFinished(index, false, true, tr("Cancelled during the pre-flight checks."));
    };
    connect(preflight, &MigrationPreflight::finished, this, [this, index](const QList<PreflightCheck> &checks) {
        Item *checked = m_items.at(index);
        if (isFinalState(checked->state))
            return;
        const auto failure = std::find_if(checks.cbegin(), checks.cend(),
            [](const PreflightCheck &check) { return check.outcome == PreflightCheck::Outcome::Failure; });
        if (failure != checks.cend()) {
            itemFinished(index, false, false,
                tr("Not started: a pre-flight check failed: %1 — %2").arg(failure->title, failure->detail));
            return;
        }
        // Warnings were shown in the wizard and accepted there.
        if (checked->job)
            checked->job->deleteLater();
        startJob(index);
    });
    preflight->start(PreflightRequest { m_source, m_destination, item->target.uuid, m_plan });
}

void MigrationBatch::startJob(int index)
{
    Item *item = m_items.at(index);
    // A new name only makes sense for one VM; MigrationPlan::problems refuses it for more,
    // and it is dropped here as well so no second VM ever takes the first one's name.
    const QString newName = count() == 1 ? m_plan.options.destinationName : QString();
    setItemState(index, ItemState::Preparing);

    switch (m_plan.method) {
    case MigrationPlan::Method::Libvirt: {
        MigrationOptions options = m_plan.options;
        options.destinationName = newName;
        if (options.peerToPeer && options.connectionUri.isEmpty())
            options.connectionUri = m_destinationUri;
        auto *job = new MigrationJob(m_source, m_destination, item->target.uuid, options, this);
        if (!m_plan.destinationPool.isEmpty() && options.copiesStorage())
            job->setDestinationPool(m_plan.destinationPool);
        job->setStatsInterval(m_statsIntervalMs);
        item->job = job;
        item->migrationJob = job;
        item->cancelJob = [this, index, job] {
            if (MigrationSeries *series = m_items.at(index)->series)
                series->addMarker(MigrationMarker::Kind::AbortRequested, tr("Abort requested"));
            job->cancel();
        };
        // In post-copy the job refuses to abort and goes on: the row says why it still runs.
        connect(job, &MigrationJob::cancelRefused, this,
            [this, index](const QString &message) { setItemState(index, ItemState::Migrating, message); });
        connect(job, &MigrationJob::stateChanged, this, [this, index](MigrationJob::State state) {
            if (state == MigrationJob::State::Running) {
                setItemState(index, ItemState::Migrating);
                journalStarted(index);
            }
        });
        connect(job, &MigrationJob::finished, this, [this, index, job](bool succeeded, const QString &message) {
            Item *ended = m_items.at(index);
            ended->finalHost = finalHostName(job->finalHost());
            const bool cancelled = job->state() == MigrationJob::State::Cancelled;
            // A failure that did not find the VM back on the source (the source connection
            // dropped, most often): libvirt's answer to the call is not the migration's fate.
            if (!succeeded && !cancelled && m_journal && job->finalHost() != MigrationJob::FinalHost::Source) {
                ended->jobMessage = message;
                ended->migrationJob = nullptr;
                ended->cancelJob = [this, index] {
                    // The entry stays: the next start asks again.
                    m_items.at(index)->awaitingSource = false;
                    itemFinished(index, false, false,
                        tr("%1\nStopped waiting for the source host: how the migration ended is not known; "
                           "Virt Ferry asks again the next time it starts.")
                            .arg(m_items.at(index)->jobMessage));
                };
                resolveFate(index);
                return;
            }
            // Volumes a dead destination kept go once it is connected again.
            MigrationJob::removeLeftoversWhenConnected(
                m_destinationConnection, m_plan.destinationPool, job->leftoverVolumes());
            journalEnded(index);
            itemFinished(index, succeeded, cancelled, message);
        });
        connectSeries(index, job);
        job->start();
        break;
    }
    case MigrationPlan::Method::OfflineCopy: {
        OfflineMoveRequest request;
        request.source = m_source;
        request.destination = m_destination;
        request.domainName = item->target.name;
        request.destinationPool = m_plan.destinationPool;
        request.newName = newName;
        request.undefineSource = m_plan.options.undefineSource;
        request.deleteSourceVolumes = m_plan.options.undefineSource && m_plan.deleteSourceVolumes;
        auto *job = new OfflineMoveJob(std::move(request), this);
        item->job = job;
        item->cancelJob = [job] { job->cancel(); };
        connect(job, &OfflineMoveJob::stateChanged, this, [this, index](OfflineMoveJob::State state) {
            switch (state) {
            case OfflineMoveJob::State::Copying:
                setItemState(index, ItemState::Copying);
                break;
            case OfflineMoveJob::State::Defining:
            case OfflineMoveJob::State::CleaningUp:
                setItemState(index, ItemState::Finishing);
                break;
            default:
                break;
            }
        });
        connect(job, &OfflineMoveJob::progressChanged, this,
            [this, index](quint64 done, quint64 total) { Q_EMIT itemProgress(index, done, total); });
        connect(job, &OfflineMoveJob::finished, this, [this, index, job](bool succeeded, const QString &message) {
            // Completed: defined on the destination; otherwise the source was left as it was.
            m_items.at(index)->finalHost = succeeded ? QStringLiteral("destination") : QStringLiteral("source");
            itemFinished(index, succeeded, job->state() == OfflineMoveJob::State::Cancelled, message);
        });
        job->start();
        break;
    }
    case MigrationPlan::Method::SaveStateAndMove: {
        SaveStateMoveRequest request;
        request.source = m_source;
        request.destination = m_destination;
        request.domainName = item->target.name;
        request.statePool = m_plan.statePool;
        request.destinationPool = m_plan.destinationPool;
        request.sharedStorage = m_plan.sharedStorage;
        request.newName = newName;
        request.deleteSourceVolumes = m_plan.deleteSourceVolumes;
        auto *job = new SaveStateMoveJob(std::move(request), this);
        item->job = job;
        item->cancelJob = [job] { job->cancel(); };
        connect(job, &SaveStateMoveJob::stateChanged, this, [this, index](SaveStateMoveJob::State state) {
            switch (state) {
            case SaveStateMoveJob::State::Saving:
                setItemState(index, ItemState::Saving);
                break;
            case SaveStateMoveJob::State::Copying:
                setItemState(index, ItemState::Copying);
                break;
            case SaveStateMoveJob::State::Restoring:
                setItemState(index, ItemState::Restoring);
                break;
            case SaveStateMoveJob::State::CleaningUp:
                setItemState(index, ItemState::Finishing);
                break;
            default:
                break;
            }
        });
        connect(job, &SaveStateMoveJob::progressChanged, this,
            [this, index](quint64 done, quint64 total) { Q_EMIT itemProgress(index, done, total); });
        connect(job, &SaveStateMoveJob::finished, this,
            [this, index, job](bool succeeded, const QString &message) {
                m_items.at(index)->finalHost = finalHostName(job->finalHost());
                itemFinished(index, succeeded, job->state() == SaveStateMoveJob::State::Cancelled, message);
            });
        job->start();
        break;
    }
    }
}

MigrationSeries *MigrationBatch::itemSeries(int index) const
{
    if (index < 0 || index >= count())
        return nullptr;
    return m_items.at(index)->series;
}

MigrationJob *MigrationBatch::itemMigrationJob(int index) const
{
    if (index < 0 || index >= count())
        return nullptr;
    MigrationJob *job = m_items.at(index)->migrationJob;
    return job && !job->isFinished() ? job : nullptr;
}

void MigrationBatch::setHistory(MigrationHistory *history, const QString &sourceHost, const QString &destinationHost)
{
    m_history = history;
    m_sourceHost = sourceHost;
    m_destinationHost = destinationHost;
}

void MigrationBatch::setJournal(MigrationJournal *journal, Connection *source, Connection *destination)
{
    if (m_journal)
        m_journal->disconnect(this);
    if (m_sourceConnection)
        m_sourceConnection->disconnect(this);
    m_journal = journal;
    m_sourceConnection = source;
    m_destinationConnection = destination;
    if (journal)
        connect(journal, &MigrationJournal::resolved, this, &MigrationBatch::onFateResolved);
    if (source)
        connect(source, &Connection::stateChanged, this, &MigrationBatch::onSourceStateChanged);
}

MigrationJournalEntry MigrationBatch::journalEntry(int index) const
{
    const Item *item = m_items.at(index);
    MigrationJournalEntry entry;
    entry.id = item->journalId;
    entry.vmUuid = item->target.uuid;
    entry.vmName = item->target.name;
    if (m_sourceConnection) {
        entry.sourceId = m_sourceConnection->config().id;
        entry.sourceUri = m_sourceConnection->config().uri();
        entry.sourceName = m_sourceConnection->config().effectiveDisplayName();
    }
    if (m_destinationConnection) {
        entry.destinationId = m_destinationConnection->config().id;
        entry.destinationUri = m_destinationConnection->config().uri();
        entry.destinationName = m_destinationConnection->config().effectiveDisplayName();
    } else {
        entry.destinationUri = m_destinationUri;
    }
    // The history's names are the ones the user saw in the wizard.
    if (!m_sourceHost.isEmpty())
        entry.sourceName = m_sourceHost;
    if (!m_destinationHost.isEmpty())
        entry.destinationName = m_destinationHost;
    entry.method = methodName(m_plan.method);
    entry.mode = modeName(m_plan.options.mode);
    entry.live = m_plan.options.isLive();
    entry.started = item->started.isValid() ? item->started : QDateTime::currentDateTimeUtc();
    return entry;
}

void MigrationBatch::journalStarted(int index)
{
    Item *item = m_items.at(index);
    if (!m_journal || item->journalled)
        return;
    MigrationJournalEntry entry = journalEntry(index);
    QString error;
    const bool written = m_journal->add(entry, &error);
    item->journalId = entry.id;
    item->journalled = written;
    if (!written) {
        setItemState(index, item->state,
            tr("Not journalled: if Virt Ferry stops now, it cannot find this migration again: %1").arg(error));
    }
}

void MigrationBatch::journalEnded(int index)
{
    Item *item = m_items.at(index);
    if (!m_journal || !item->journalled)
        return;
    QString error;
    if (m_journal->remove(item->journalId, &error))
        item->journalled = false;
}

void MigrationBatch::resolveFate(int index)
{
    Item *item = m_items.at(index);
    if (!m_journal || isFinalState(item->state) || item->resolving)
        return;
    if (item->journalId.isEmpty())
        item->journalId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const MigrationJournalEntry entry = journalEntry(index);
    // A reconnected source has a new libvirt connection; the batch's own is dead then.
    const ConnectionHandle source
        = m_sourceConnection && m_sourceConnection->isOpen() ? m_sourceConnection->handle() : m_source;
    const ConnectionHandle destination = m_destinationConnection && m_destinationConnection->isOpen()
        ? m_destinationConnection->handle()
        : m_destination;
    item->resolving = true;
    item->awaitingSource = false;
    setItemState(index, ItemState::Migrating,
        tr("%1\nChecking on both hosts how the migration ended…").arg(item->jobMessage));
    m_journal->resolve(entry, source, destination);
}

void MigrationBatch::onFateResolved(const QString &entryId, const MigrationFate &fate)
{
    const auto found = std::find_if(
        m_items.cbegin(), m_items.cend(), [&entryId](const Item *item) { return item->journalId == entryId; });
    if (found == m_items.cend() || !(*found)->resolving)
        return;
    const int index = int(found - m_items.cbegin());
    Item *item = *found;
    item->resolving = false;
    if (isFinalState(item->state))
        return;
    const QString fateText = MigrationJournal::describe(journalEntry(index), fate);
    if (fate.jobRunning) {
        // The source carries on without the client: ask again until it ends.
        if (fate.percent)
            Q_EMIT itemProgress(index, quint64(std::llround(*fate.percent * 10.0)), kSeriesProgressTotal);
        setItemState(index, ItemState::Migrating, tr("%1\n%2").arg(item->jobMessage, fateText));
        QTimer::singleShot(kStillRunningRecheckMs, this, [this, index] { resolveFate(index); });
        return;
    }
    if (!fate.isSettled() && fate.onSource == MigrationFate::Presence::Unreachable && m_sourceConnection) {
        item->awaitingSource = true;
        setItemState(index, ItemState::Migrating,
            // The job's message already says the connection was lost.
            tr("%1\nHow it ended is checked as soon as %2 is connected again.")
                .arg(item->jobMessage, journalEntry(index).sourceName));
        // Connected meanwhile (before this answer came): ask now.
        if (m_sourceConnection->isOpen() && m_sourceConnection->handle().get() != m_source.get())
            resolveFate(index);
        return;
    }
    item->finalHost = fate.whereName();
    const bool moved = fate.where == MigrationFate::Where::Destination;
    if (fate.isSettled())
        journalEnded(index);
    itemFinished(index, moved, false,
        moved ? tr("The migration call failed (%1), but the migration itself went through: %2")
                    .arg(item->jobMessage, fateText)
              : tr("%1\nAfter checking both hosts: %2").arg(item->jobMessage, fateText));
}

void MigrationBatch::onSourceStateChanged()
{
    if (!m_sourceConnection || !m_sourceConnection->isOpen())
        return;
    for (int index = 0; index < count(); ++index) {
        if (m_items.at(index)->awaitingSource)
            resolveFate(index);
    }
}

void MigrationBatch::setStatsInterval(int milliseconds)
{
    m_statsIntervalMs = milliseconds;
}

void MigrationBatch::setItemMaxSpeed(int index, quint64 mebibytesPerSecond)
{
    if (MigrationJob *job = itemMigrationJob(index)) {
        m_items.at(index)->requestedSpeedMiBs = mebibytesPerSecond;
        job->setMaxSpeed(mebibytesPerSecond);
    }
}

void MigrationBatch::setItemMaxDowntime(int index, quint64 milliseconds)
{
    if (MigrationJob *job = itemMigrationJob(index)) {
        m_items.at(index)->requestedDowntimeMs = milliseconds;
        job->setMaxDowntime(milliseconds);
    }
}

void MigrationBatch::startItemPostCopy(int index)
{
    if (MigrationJob *job = itemMigrationJob(index))
        job->startPostCopy();
}

void MigrationBatch::connectSeries(int index, MigrationJob *job)
{
    Item *item = m_items.at(index);
    const MigrationOptions &options = job->options();
    auto *series = new MigrationSeries(this);
    series->setCopiesStorage(options.copiesStorage());
    series->setPostCopyAllowed(options.postCopyAllowed);
    series->setAutoConverge(options.autoConverge);
    series->setMaxDowntimeMs(options.maxDowntimeMs > 0 ? std::optional<quint64>(options.maxDowntimeMs) : std::nullopt);
    item->series = series;
    item->completedStats.reset();

    connect(job, &MigrationJob::statsSampled, series, [this, index, series](const JobStats &stats) {
        series->append(stats);
        const std::optional<MigrationSample> latest = series->latest();
        if (latest && latest->percent)
            Q_EMIT itemProgress(index, quint64(std::llround(*latest->percent * 10.0)), kSeriesProgressTotal);
    });
    connect(job, &MigrationJob::iterationStarted, series, &MigrationSeries::noteIteration);
    connect(job, &MigrationJob::completedStats, this,
        [this, index](const JobStats &stats) { m_items.at(index)->completedStats = stats; });
    connect(job, &MigrationJob::controlFinished, series,
        [this, index, series](MigrationJob::Control control, bool succeeded, const QString &message) {
            // A control libvirt refused changed nothing on the chart; the UI shows the message.
            if (!succeeded)
                return;
            Item *controlled = m_items.at(index);
            switch (control) {
            case MigrationJob::Control::MaxSpeed: {
                const std::optional<quint64> speed = std::exchange(controlled->requestedSpeedMiBs, std::nullopt);
                QString text;
                if (speed && *speed == 0)
                    text = tr("Bandwidth limit lifted");
                else if (speed)
                    text = tr("Bandwidth limit set to %1 MiB/s").arg(*speed);
                else
                    text = message.isEmpty() ? tr("Bandwidth limit changed") : message;
                series->addMarker(MigrationMarker::Kind::BandwidthChanged, text);
                break;
            }
            case MigrationJob::Control::MaxDowntime: {
                const std::optional<quint64> downtime = std::exchange(controlled->requestedDowntimeMs, std::nullopt);
                if (downtime)
                    series->setMaxDowntimeMs(*downtime);
                series->addMarker(MigrationMarker::Kind::DowntimeChanged,
                    downtime ? tr("Max downtime set to %1 ms").arg(QLocale().toString(*downtime))
                             : (message.isEmpty() ? tr("Max downtime changed") : message));
                break;
            }
            case MigrationJob::Control::PostCopy:
                series->addMarker(MigrationMarker::Kind::PostCopyStarted, tr("Switched to post-copy"));
                break;
            }
        });
    Q_EMIT itemSeriesCreated(index, series);
}

void MigrationBatch::recordHistory(int index, bool succeeded, bool cancelled)
{
    Item *item = m_items.at(index);
    if (!m_history || !item->launched)
        return;
    MigrationRecord record;
    record.vmUuid = item->target.uuid;
    record.vmName = item->target.name;
    record.sourceHost = m_sourceHost;
    record.destinationHost = m_destinationHost;
    record.method = methodName(m_plan.method);
    if (m_plan.method == MigrationPlan::Method::Libvirt) {
        record.mode = modeName(m_plan.options.mode);
        record.flags = flagNames(m_plan.options.flags());
    }
    record.started = item->started;
    record.durationMs = item->clock.isValid() ? item->clock.elapsed() : 0;
    if (item->series) {
        const MigrationSummary summary = item->series->summary();
        // libvirt's own clock when it sent one; the pre-flight checks are not part of it.
        if (summary.totalMs > 0)
            record.durationMs = summary.totalMs;
        record.downtimeMs = summary.downtimeMs;
        record.bytesTransferred = summary.bytesTransferred;
        record.averageBytesPerSecond = summary.averageBytesPerSecond;
        record.iterations = summary.iterations;
    }
    record.result = succeeded ? QStringLiteral("completed") : cancelled ? QStringLiteral("cancelled") : QStringLiteral("failed");
    record.message = item->message;
    record.finalHost = item->finalHost;
    QString error;
    if (!m_history->add(record, item->series, &error)) {
        const QString note = tr("Not recorded in the migration history: %1").arg(error);
        item->message = item->message.isEmpty() ? note : item->message + QLatin1Char('\n') + note;
    }
}

QString MigrationBatch::methodName(MigrationPlan::Method method)
{
    // The words of the plan's summary.
    switch (method) {
    case MigrationPlan::Method::Libvirt:
        return tr("libvirt migration");
    case MigrationPlan::Method::OfflineCopy:
        return tr("offline move with disk copy");
    case MigrationPlan::Method::SaveStateAndMove:
        //: "Save state" as in virsh save: the running guest's memory is written to a file.
        return tr("save state and move");
    }
    return {};
}

QString MigrationBatch::modeName(MigrationOptions::Mode mode)
{
    switch (mode) {
    case MigrationOptions::Mode::LiveShared:
        return QStringLiteral("live-shared");
    case MigrationOptions::Mode::LiveCopyAllStorage:
        return QStringLiteral("live-copy-all-storage");
    case MigrationOptions::Mode::LiveCopyIncremental:
        return QStringLiteral("live-copy-incremental");
    case MigrationOptions::Mode::OfflineShared:
        return QStringLiteral("offline-shared");
    }
    return {};
}

QStringList MigrationBatch::flagNames(unsigned long flags)
{
    static const std::pair<unsigned long, const char *> kNames[] = {
        {VIR_MIGRATE_LIVE, "VIR_MIGRATE_LIVE"},
        {VIR_MIGRATE_PEER2PEER, "VIR_MIGRATE_PEER2PEER"},
        {VIR_MIGRATE_TUNNELLED, "VIR_MIGRATE_TUNNELLED"},
        {VIR_MIGRATE_PERSIST_DEST, "VIR_MIGRATE_PERSIST_DEST"},
        {VIR_MIGRATE_UNDEFINE_SOURCE, "VIR_MIGRATE_UNDEFINE_SOURCE"},
        {VIR_MIGRATE_PAUSED, "VIR_MIGRATE_PAUSED"},
        {VIR_MIGRATE_NON_SHARED_DISK, "VIR_MIGRATE_NON_SHARED_DISK"},
        {VIR_MIGRATE_NON_SHARED_INC, "VIR_MIGRATE_NON_SHARED_INC"},
        {VIR_MIGRATE_CHANGE_PROTECTION, "VIR_MIGRATE_CHANGE_PROTECTION"},
        {VIR_MIGRATE_UNSAFE, "VIR_MIGRATE_UNSAFE"},
        {VIR_MIGRATE_OFFLINE, "VIR_MIGRATE_OFFLINE"},
        {VIR_MIGRATE_COMPRESSED, "VIR_MIGRATE_COMPRESSED"},
        {VIR_MIGRATE_ABORT_ON_ERROR, "VIR_MIGRATE_ABORT_ON_ERROR"},
        {VIR_MIGRATE_AUTO_CONVERGE, "VIR_MIGRATE_AUTO_CONVERGE"},
        {VIR_MIGRATE_RDMA_PIN_ALL, "VIR_MIGRATE_RDMA_PIN_ALL"},
        {VIR_MIGRATE_POSTCOPY, "VIR_MIGRATE_POSTCOPY"},
        {VIR_MIGRATE_TLS, "VIR_MIGRATE_TLS"},
        {VIR_MIGRATE_PARALLEL, "VIR_MIGRATE_PARALLEL"},
        {VIR_MIGRATE_NON_SHARED_SYNCHRONOUS_WRITES, "VIR_MIGRATE_NON_SHARED_SYNCHRONOUS_WRITES"},
        {VIR_MIGRATE_POSTCOPY_RESUME, "VIR_MIGRATE_POSTCOPY_RESUME"},
        {VIR_MIGRATE_ZEROCOPY, "VIR_MIGRATE_ZEROCOPY"},
    };
    QStringList names;
    unsigned long known = 0;
    for (const auto &[flag, name] : kNames) {
        known |= flag;
        if (flags & flag)
            names.append(QString::fromLatin1(name));
    }
    // A flag this list does not know yet still shows, as its number.
    for (unsigned long bit = 1; bit != 0 && bit <= flags; bit <<= 1) {
        if ((flags & bit) && !(known & bit))
            names.append(QStringLiteral("0x%1").arg(bit, 0, 16));
    }
    return names;
}
