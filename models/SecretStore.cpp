// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: Virt Ferry contributors
#include "SecretStore.h"

#include "CredentialExchange.h"

#include <qt6keychain/keychain.h>

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
    auto *job = new QKeychain::ReadPasswordJob(m_service);
    job->setKey(QStringLiteral("virt-ferry keyring availability probe"));
    job->setInsecureFallback(false);
    connect(job, &QKeychain::Job::finished, this, [this](QKeychain::Job *finished) {
        noteOutcome(finished->error(), finished->errorString());
    });
    job->start();
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

// Jobs have no parent: QtKeychain queues them and deletes each once it has finished
// (autoDelete). Owning them here would let a destroyed store free a job the queue still
// refers to. The connections below use `this` as context, so a late answer is dropped.
void SecretStore::store(const QString &account, const QByteArray &secret)
{
    if (m_availability == Availability::Unavailable) {
        // Queued like a job's answer, so callers see one behaviour whatever the keyring.
        QMetaObject::invokeMethod(
            this, [this, account] { Q_EMIT stored(account, m_unavailableReason); }, Qt::QueuedConnection);
        return;
    }
    auto *job = new QKeychain::WritePasswordJob(m_service);
    job->setKey(account);
    job->setInsecureFallback(false); // no keyring means no saving, not a plain-text file
    // The job shares this buffer; wiping it in place once the job is done clears the job's
    // reference too. QtKeychain's own encodings and D-Bus messages are beyond reach.
    QByteArray own(secret.constData(), secret.size());
    job->setBinaryData(own);
    connect(job, &QKeychain::Job::finished, this, [this, account, own](QKeychain::Job *finished) mutable {
        wipeSecret(own);
        noteOutcome(finished->error(), finished->errorString());
        Q_EMIT stored(account, finished->error() == QKeychain::NoError ? QString() : finished->errorString());
    });
    job->start();
}

void SecretStore::lookup(const QString &account)
{
    auto *job = new QKeychain::ReadPasswordJob(m_service);
    job->setKey(account);
    job->setInsecureFallback(false);
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
    job->start();
}

void SecretStore::forget(const QString &account)
{
    auto *job = new QKeychain::DeletePasswordJob(m_service);
    job->setKey(account);
    job->setInsecureFallback(false);
    connect(job, &QKeychain::Job::finished, this, [this, account](QKeychain::Job *finished) {
        noteOutcome(finished->error(), finished->errorString());
        const bool gone = finished->error() == QKeychain::NoError || finished->error() == QKeychain::EntryNotFound;
        Q_EMIT forgotten(account, gone ? QString() : finished->errorString());
    });
    job->start();
}
