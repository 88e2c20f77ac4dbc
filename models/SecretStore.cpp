// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: Virt Ferry contributors
#include "SecretStore.h"

#include <qt6keychain/keychain.h>

SecretStore::SecretStore(QString service, QObject *parent)
    : QObject(parent)
    , m_service(std::move(service))
{
}

// Jobs have no parent: QtKeychain queues them and deletes each once it has finished
// (autoDelete). Owning them here would let a destroyed store free a job the queue still
// refers to. The connections below use `this` as context, so a late answer is dropped.
void SecretStore::store(const QString &account, const QByteArray &secret)
{
    auto *job = new QKeychain::WritePasswordJob(m_service);
    job->setKey(account);
    job->setInsecureFallback(false); // no keyring means no saving, not a plain-text file
    job->setBinaryData(secret);
    connect(job, &QKeychain::Job::finished, this, [this, account](QKeychain::Job *finished) {
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
        QByteArray secret;
        QString error;
        if (read->error() == QKeychain::NoError)
            secret = read->binaryData();
        else if (read->error() != QKeychain::EntryNotFound)
            error = read->errorString();
        // Not wiped here: receivers may hold shared copies (queued connections); the
        // final user of the secret wipes it, as everywhere else.
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
        const bool gone = finished->error() == QKeychain::NoError || finished->error() == QKeychain::EntryNotFound;
        Q_EMIT forgotten(account, gone ? QString() : finished->errorString());
    });
    job->start();
}
