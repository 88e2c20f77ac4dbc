// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: Virt Ferry contributors
#include "MigrationJob.h"

#include "LibvirtError.h"
#include "LibvirtHandles.h"
#include "Tr.h"

#include <libvirt/virterror.h>

#include <atomic>
#include <chrono>
#include <thread>

namespace {

constexpr auto kRetryInterval = std::chrono::milliseconds(100);
// How long cancel() and the downtime setter keep trying while libvirt has not yet
// registered the migration job on the source domain.
constexpr int kAbortAttempts = 100;

Libvirt::DomainPtr lookup(virConnectPtr connection, const QByteArray &uuid)
{
    Libvirt::DomainPtr domain(virDomainLookupByUUIDString(connection, uuid.constData()));
    if (!domain)
        virResetLastError();
    return domain;
}

QString describe(MigrationJob::FinalHost where)
{
    switch (where) {
    case MigrationJob::FinalHost::Source:
        return Tr::tr("still on the source host");
    case MigrationJob::FinalHost::Destination:
        return Tr::tr("on the destination host");
    case MigrationJob::FinalHost::Both:
        return Tr::tr("on both hosts");
    case MigrationJob::FinalHost::None:
        return Tr::tr("on neither host");
    case MigrationJob::FinalHost::Unknown:
        break;
    }
    return Tr::tr("on an unknown host");
}

} // namespace

struct MigrationJob::Shared
{
    ConnectionHandle source;
    ConnectionHandle destination;
    QByteArray uuid;
    MigrationOptions options;
    std::atomic_bool cancelRequested = false;
    std::atomic_bool migrateReturned = false;
};

struct MigrationJob::Outcome
{
    State state = State::Failed;
    FinalHost finalHost = FinalHost::Unknown;
    QString message;
};

MigrationJob::MigrationJob(ConnectionHandle source, ConnectionHandle destination, QString domainUuid,
    MigrationOptions options, QObject *parent)
    : QObject(parent)
    , m_shared(std::make_shared<Shared>())
    , m_sink(std::make_shared<Libvirt::EventSink<MigrationJob>>())
    , m_options(std::move(options))
{
    m_shared->source = std::move(source);
    m_shared->destination = std::move(destination);
    m_shared->uuid = domainUuid.toUtf8();
    m_shared->options = m_options;
    m_sink->target = this;
}

MigrationJob::~MigrationJob()
{
    m_sink->clearTarget();
    if (m_state == State::Preparing || m_state == State::Running)
        cancel();
}

void MigrationJob::start()
{
    if (m_state != State::Idle)
        return;
    setState(State::Preparing);
    if (!m_shared->source || (!m_shared->options.peerToPeer && !m_shared->destination)) {
        finish({ State::Failed, FinalHost::Unknown, tr("The source or destination host is not connected.") });
        return;
    }
    std::thread([sink = m_sink, shared = m_shared] {
        const Outcome outcome = run(shared, [&sink] {
            sink->post([](MigrationJob *job) {
                if (job->m_state == State::Preparing)
                    job->setState(State::Running);
            });
        });
        sink->post([outcome](MigrationJob *job) { job->finish(outcome); });
    }).detach();
}

void MigrationJob::cancel()
{
    if (isFinished() || m_state == State::Idle || m_shared->cancelRequested.exchange(true))
        return;
    std::thread([shared = m_shared] {
        Libvirt::DomainPtr domain = lookup(shared->source.get(), shared->uuid);
        if (!domain)
            return;
        // The migrate call may not have registered its job yet: retry until it has, or
        // until the call returned on its own.
        for (int attempt = 0; attempt < kAbortAttempts && !shared->migrateReturned.load(); ++attempt) {
            if (virDomainAbortJob(domain.get()) == 0)
                return;
            virResetLastError();
            std::this_thread::sleep_for(kRetryInterval);
        }
    }).detach();
}

MigrationJob::Outcome MigrationJob::run(
    const std::shared_ptr<Shared> &shared, const std::function<void()> &running)
{
    const MigrationOptions &options = shared->options;
    Libvirt::DomainPtr domain = lookup(shared->source.get(), shared->uuid);
    if (!domain)
        return {
            State::Failed, FinalHost::Unknown,
            Tr::tr("The virtual machine %1 is not on the source host.").arg(QString::fromUtf8(shared->uuid))
        };
    const MigrationParameters parameters(options);
    if (!parameters.isValid())
        return { State::Failed, FinalHost::Source, Tr::tr("Could not prepare the migration parameters.") };
    if (shared->cancelRequested.load())
        return { State::Cancelled, FinalHost::Source,
            Tr::tr("The migration was cancelled before it started.") };

    // The maximum downtime is not a migration parameter: it can only be set on the
    // running job, so a helper keeps trying until the job exists.
    std::thread downtimeSetter;
    if (options.maxDowntimeMs > 0 && options.isLive()) {
        downtimeSetter = std::thread([shared, domain = domain.get(), downtime = options.maxDowntimeMs] {
            while (!shared->migrateReturned.load()) {
                if (virDomainMigrateSetMaxDowntime(domain, downtime, 0) == 0)
                    return;
                virResetLastError();
                std::this_thread::sleep_for(kRetryInterval);
            }
        });
    }

    running();
    const unsigned int flags = static_cast<unsigned int>(options.flags());
    bool migrated = false;
    if (options.peerToPeer) {
        migrated = virDomainMigrateToURI3(domain.get(), options.connectionUri.toUtf8().constData(),
                       parameters.data(), static_cast<unsigned int>(parameters.count()), flags)
            == 0;
    } else {
        Libvirt::DomainPtr onDestination(virDomainMigrate3(domain.get(), shared->destination.get(),
            parameters.data(), static_cast<unsigned int>(parameters.count()), flags));
        migrated = onDestination != nullptr;
    }
    const LibvirtError error
        = migrated ? LibvirtError() : LibvirtError::fromLastError(Tr::tr("The migration failed."));
    shared->migrateReturned.store(true);
    if (downtimeSetter.joinable())
        downtimeSetter.join();

    // Where is it now? Checked on both hosts, never inferred from the return value.
    const auto present = [&](virConnectPtr connection) {
        if (!connection)
            return false;
        Libvirt::DomainPtr found = lookup(connection, shared->uuid);
        if (!found)
            return false;
        const int result
            = options.isLive() ? virDomainIsActive(found.get()) : virDomainIsPersistent(found.get());
        if (result < 0)
            virResetLastError();
        return result == 1;
    };
    domain.reset();
    const bool onSource = present(shared->source.get());
    const bool onDestination = present(shared->destination.get());
    FinalHost where = FinalHost::None;
    if (onSource && onDestination)
        where = FinalHost::Both;
    else if (onSource)
        where = FinalHost::Source;
    else if (onDestination)
        where = FinalHost::Destination;
    if (!shared->destination && !onSource)
        where = FinalHost::Unknown; // peer-to-peer without a destination connection: cannot tell

    if (migrated) {
        // An offline migration that keeps the source definition leaves it on both.
        const FinalHost expected
            = !options.isLive() && !options.undefineSource ? FinalHost::Both : FinalHost::Destination;
        if (where == expected || (!shared->destination && !onSource))
            return { State::Completed, where, {} };
        return { State::Failed, where,
            Tr::tr("libvirt reported the migration as done, but the check found the virtual machine %1.")
                .arg(describe(where)) };
    }
    if (shared->cancelRequested.load())
        return { State::Cancelled, where, error.message() };
    return { State::Failed, where, error.message() };
}

void MigrationJob::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void MigrationJob::finish(const Outcome &outcome)
{
    m_finalHost = outcome.finalHost;
    m_errorMessage = outcome.state == State::Completed ? QString() : outcome.message;
    setState(outcome.state);
    Q_EMIT finished(outcome.state == State::Completed, m_errorMessage);
}
