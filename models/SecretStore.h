// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: Virt Ferry contributors
#pragma once

#include <QObject>

// Passwords the user asked to remember, kept in the system keyring (Secret Service or
// KWallet) through QtKeychain: never in QSettings, never in a plain file, never in a log.
// Every call is asynchronous (D-Bus); the answers come back as signals on this thread.
class SecretStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecretStore)

public:
    enum class Availability { Checking, Available, Unavailable };

    // Starts an availability probe at once (a read of an entry that does not exist), so
    // the answer is usually in before the first password prompt.
    explicit SecretStore(QString service = QStringLiteral("virt-ferry"), QObject *parent = nullptr);

    // Whether a keyring service answers. Every job's outcome updates it, not only the probe.
    Availability availability() const { return m_availability; }
    // Why passwords cannot be remembered, for the user; empty unless Unavailable.
    QString unavailableReason() const { return m_unavailableReason; }

    // Does nothing (and reports an error through stored()) while the keyring is unavailable.
    // The store keeps its own copy of `secret` and wipes it once the keyring has it.
    void store(const QString &account, const QByteArray &secret);
    void lookup(const QString &account);
    void forget(const QString &account);

Q_SIGNALS:
    void availabilityChanged(SecretStore::Availability availability);
    void stored(const QString &account, const QString &error);
    // `secret` is empty when nothing is saved for `account` (`error` then says why only
    // if the keyring itself failed). The receiver must wipe it after use.
    void found(const QString &account, const QByteArray &secret, const QString &error);
    void forgotten(const QString &account, const QString &error);

private:
    void probe();
    // Learns availability from a finished job's error code (a QKeychain::Error).
    void noteOutcome(int error, const QString &errorString);

    QString m_service;
    Availability m_availability = Availability::Checking;
    QString m_unavailableReason;
};
