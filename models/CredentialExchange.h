// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: Virt Ferry contributors
#pragma once

#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QMutex>
#include <QString>
#include <QWaitCondition>

#include <functional>
#include <memory>
#include <optional>

// One round of libvirt's credential callback, handed from a connection's worker (which
// waits) to the GUI (which asks the user and answers). The GUI never waits on it.
class CredentialExchange final
{
public:
    // HostKeyConfirmation: OpenSSH's "continue connecting (yes/no)?" question, via askpass.
    enum class Kind { Username, Password, Passphrase, EchoPrompt, NoEchoPrompt, HostKeyConfirmation, Other };
    struct Prompt
    {
        Kind kind = Kind::Other;
        QString prompt;
        QString challenge;
        QString defaultResult;
        bool echo = true;
    };

    CredentialExchange(QString uri, QList<Prompt> prompts);
    ~CredentialExchange();
    Q_DISABLE_COPY_MOVE(CredentialExchange)

    const QString &uri() const { return m_uri; }
    const QList<Prompt> &prompts() const { return m_prompts; }

    // GUI side. One answer per prompt, in order. The exchange keeps copies of its own;
    // a buffer handed over that nobody else shares is wiped here, a shared one is the
    // caller's to wipe.
    void answer(QList<QByteArray> results);
    void cancel();

    // Whether it was answered or cancelled; never blocks.
    bool isDone() const;

    // Worker side: blocks the worker's thread until answered or cancelled. The caller
    // must wipe the returned buffers after use.
    std::optional<QList<QByteArray>> waitForAnswer();

    // For askers that must not block (an event-driven server): called once, on the
    // thread that answers or cancels, after which waitForAnswer() returns at once.
    void setCompletionHandler(std::function<void()> handler);

private:
    QString m_uri;
    QList<Prompt> m_prompts;
    mutable QMutex m_mutex;
    QWaitCondition m_answered;
    bool m_done = false;
    bool m_cancelled = false;
    QList<QByteArray> m_results;
    std::function<void()> m_completionHandler;
};

using CredentialExchangePtr = std::shared_ptr<CredentialExchange>;
Q_DECLARE_METATYPE(CredentialExchangePtr)

// Overwrite a secret in place, then release it. The whole allocation is cleared, not
// only the current size: a string that was shortened (QString::remove, truncate) keeps
// the old characters past its end. The buffer is wiped even while implicitly shared, so
// every holder of that buffer sees zeros: give a copy (QByteArray(data, size)) to anyone
// who must keep the secret after you wipe yours. Static (literal) data holds no input and
// is left alone.
void wipeSecret(QByteArray &secret);
void wipeSecret(QString &secret);
