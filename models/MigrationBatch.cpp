// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: Virt Ferry contributors
#include "MigrationBatch.h"

#include "MigrationJob.h"
#include "MigrationPreflight.h"
#include "OfflineMoveJob.h"
#include "SaveStateMoveJob.h"
#include "Tr.h"

#include <QPointer>

#include <algorithm>
#include <functional>

struct MigrationBatch::Item
{
    MigrationTarget target;
    ItemState state = ItemState::Queued;
    QString message;
    QPointer<QObject> job;
    std::function<void()> cancelJob;
};

MigrationBatch::MigrationBatch(ConnectionHandle source, ConnectionHandle destination, QString destinationUri,
    QList<MigrationTarget> targets, MigrationPlan plan, QObject *parent)
    : QObject(parent)
    , m_source(std::move(source))
    , m_destination(std::move(destination))
    , m_destinationUri(std::move(destinationUri))
    , m_plan(std::move(plan))
{
    for (MigrationTarget &target : targets)
        m_items.append(new Item{std::move(target), ItemState::Queued, {}, {}, {}});
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
    setItemState(index, succeeded ? ItemState::Completed : cancelled ? ItemState::Cancelled : ItemState::Failed,
        message);
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
        item->job = job;
        item->cancelJob = [job] { job->cancel(); };
        connect(job, &MigrationJob::stateChanged, this, [this, index](MigrationJob::State state) {
            if (state == MigrationJob::State::Running)
                setItemState(index, ItemState::Migrating);
        });
        connect(job, &MigrationJob::finished, this, [this, index, job](bool succeeded, const QString &message) {
            itemFinished(index, succeeded, job->state() == MigrationJob::State::Cancelled, message);
        });
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
                itemFinished(index, succeeded, job->state() == SaveStateMoveJob::State::Cancelled, message);
            });
        job->start();
        break;
    }
    }
}
