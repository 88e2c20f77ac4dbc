// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: Virt Ferry contributors
#include "SecretStore.h"

#include "CredentialExchange.h"
#include "SecretBytes.h"

#include <qt6keychain/keychain.h>

namespace {

// QtKeychain's libsecret backend finishes its jobs in GLib callbacks, which run on the
// thread that iterates GLib's default context: libvirt's event loop thread here
// (LibvirtEventLoop). A job left to delete itself (autoDelete) then posts its
// DeferredDelete from that thread right behind the queued finished() call, and anything
// that sends deferred deletes on their own first (QTest::qWaitFor, a nested
// sendPostedEvents) deletes the job before its finished() handler reads it. So the job is
// deleted from its own thread, by a queued call posted with finished() and behind it:
// the handler, queued first, always runs on a live job.
template<typename Job>
Job *newJob(const QString &service, const QString &key)
{
    auto *job = new Job(service);
    job->setAutoDelete(false);
    job->setKey(key);
    job->setInsecureFallback(false); // no keyring means no saving, not a plain-text file
    return job;
}

void startJob(QKeychain::Job *job)
{
    // Connected after the store's own handler; with `job` as context it is queued to the
    // job's thread, and runs (and deletes) even when the store is gone.
    QObject::connect(job, &QKeychain::Job::finished, job, &QObject::deleteLater);
    job->start();
}

} // namespace

SecretStore::SecretStore(QString service, QObject *parent)
    : QObject(parent)
    , m_service(std::move(service))
{
    probe();
}

void SecretStore::probe()
{
    // Reading a key that is never written needs no secret and tells whether a keyring
    // service answers. QtKeychain works asynchronously, so the GUI thread never waits.
    auto *job = newJob<QKeychain::ReadPasswordJob>(m_service, QStringLiteral("virt-ferry keyring availability probe"));
    connect(job, &QKeychain::Job::finished, this, [this](QKeychain::Job *finished) {
        noteOutcome(finished->error(), finished->errorString());
    });
    startJob(job);
}

void SecretStore::noteOutcome(int error, const QString &errorString)
{
    Availability now = Availability::Available;
    QString reason;
    // A missing entry, a locked keyring or a refused unlock all prove a service is there.
    switch (error) {
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError:
        now = Availability::Unavailable;
        reason = tr("No keyring service (Secret Service) is available, so the password cannot be remembered.");
        if (!errorString.isEmpty())
            reason += u'\n' + tr("The keyring said: %1").arg(errorString);
        break;
    default:
        break;
    }
    if (now == m_availability && reason == m_unavailableReason)
        return;
    m_availability = now;
    m_unavailableReason = reason;
    Q_EMIT availabilityChanged(m_availability);
}

// Jobs have no parent: QtKeychain queues them, and each is deleted once it has finished
// (startJob). Owning them here would let a destroyed store free a job the queue still
// refers to. The connections below use `this` as context, so a late answer is dropped.
void SecretStore::store(const QString &account, const QByteArray &secret)
{
    if (m_availability == Availability::Unavailable) {
        // Queued like a job's answer, so callers see one behaviour whatever the keyring.
        QMetaObject::invokeMethod(
            this, [this, account] { Q_EMIT stored(account, m_unavailableReason); }, Qt::QueuedConnection);
        return;
    }
    auto *job = newJob<QKeychain::WritePasswordJob>(m_service, account);
    // The job shares this buffer; wiping it in place once the job is done clears the job's
    // reference too. QtKeychain's own encodings and D-Bus messages are beyond reach.
    QByteArray own = SecretBytes::copied(secret.constData(), secret.size());
    job->setBinaryData(own);
    connect(job, &QKeychain::Job::finished, this, [this, account, own](QKeychain::Job *finished) mutable {
        wipeSecret(own);
        noteOutcome(finished->error(), finished->errorString());
        Q_EMIT stored(account, finished->error() == QKeychain::NoError ? QString() : finished->errorString());
    });
    startJob(job);
}

void SecretStore::lookup(const QString &account)
{
    auto *job = newJob<QKeychain::ReadPasswordJob>(m_service, account);
    connect(job, &QKeychain::Job::finished, this, [this, account](QKeychain::Job *finished) {
        auto *read = static_cast<QKeychain::ReadPasswordJob *>(finished);
        noteOutcome(read->error(), read->errorString());
        QByteArray secret;
        QString error;
        if (read->error() == QKeychain::NoError)
            secret = read->binaryData();
        else if (read->error() != QKeychain::EntryNotFound)
            error = read->errorString();
        // Not wiped here: receivers may hold shared copies (queued connections); the
        // final user of the secret wipes it (in place, which clears the job's copy too).
        Q_EMIT found(account, secret, error);
    });
    startJob(job);
}

void SecretStore::forget(const QString &account)
{
    auto *job = newJob<QKeychain::DeletePasswordJob>(m_service, account);
    connect(job, &QKeychain::Job::finished, this, [this, account](QKeychain::Job *finished) {
        noteOutcome(finished->error(), finished->errorString());
        const bool gone = finished->error() == QKeychain::NoError || finished->error() == QKeychain::EntryNotFound;
        Q_EMIT forgotten(account, gone ? QString() : finished->errorString());
    });
    startJob(job);
}
