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
    explicit SecretStore(QString service = QStringLiteral("virt-ferry"), QObject *parent = nullptr);

    void store(const QString &account, const QByteArray &secret);
    void lookup(const QString &account);
    void forget(const QString &account);

Q_SIGNALS:
    void stored(const QString &account, const QString &error);
    // `secret` is empty when nothing is saved for `account` (`error` then says why only
    // if the keyring itself failed). The receiver must wipe it after use.
    void found(const QString &account, const QByteArray &secret, const QString &error);
    void forgotten(const QString &account, const QString &error);

private:
    QString m_service;
};
