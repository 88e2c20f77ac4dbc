// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: Virt Ferry contributors
#include "CredentialExchange.h"

#include "SecretBytes.h"

#include <QMutexLocker>

#include <cstring>

CredentialExchange::CredentialExchange(QString uri, QList<Prompt> prompts)
    : m_uri(std::move(uri))
    , m_prompts(std::move(prompts))
{
}

CredentialExchange::~CredentialExchange()
{
    for (QByteArray &result : m_results)
        wipeSecret(result);
}

void CredentialExchange::answer(QList<QByteArray> results)
{
    // Keep buffers of our own: every wipe below then clears only what the exchange
    // holds, never a caller's implicitly shared copy that it still means to use.
    for (QByteArray &result : results) {
        QByteArray own = SecretBytes::copied(result.constData(), result.size());
        if (result.isDetached())
            wipeSecret(result); // moved in: nobody else will ever wipe it
        result = std::move(own);
    }
    std::function<void()> handler;
    {
        QMutexLocker locker(&m_mutex);
        if (m_done) {
            for (QByteArray &result : results)
                wipeSecret(result);
            return;
        }
        m_results = std::move(results);
        m_done = true;
        m_answered.wakeAll();
        handler = std::exchange(m_completionHandler, {});
    }
    if (handler)
        handler();
}

void CredentialExchange::cancel()
{
    std::function<void()> handler;
    {
        QMutexLocker locker(&m_mutex);
        if (m_done)
            return;
        m_cancelled = true;
        m_done = true;
        m_answered.wakeAll();
        handler = std::exchange(m_completionHandler, {});
    }
    if (handler)
        handler();
}

bool CredentialExchange::isDone() const
{
    QMutexLocker locker(&m_mutex);
    return m_done;
}

void CredentialExchange::setCompletionHandler(std::function<void()> handler)
{
    QMutexLocker locker(&m_mutex);
    m_completionHandler = std::move(handler);
}

std::optional<QList<QByteArray>> CredentialExchange::waitForAnswer()
{
    QMutexLocker locker(&m_mutex);
    while (!m_done)
        m_answered.wait(&m_mutex);
    if (m_cancelled)
        return std::nullopt;
    return std::exchange(m_results, {});
}

namespace {
template<typename String>
void wipeAllocation(String &secret)
{
    auto &data = secret.data_ptr();
    // Not data(): it would detach, copying the secret and wiping only the copy.
    if (data.isMutable() && data.allocatedCapacity() > 0) {
        auto *begin = const_cast<typename String::value_type *>(secret.constData()) - data.freeSpaceAtBegin();
        // explicit_bzero, unlike memset, is never dropped as a dead store before free().
        explicit_bzero(begin, size_t(data.allocatedCapacity()) * sizeof(*begin));
    }
    secret.clear();
}
} // namespace

void wipeSecret(QByteArray &secret)
{
    wipeAllocation(secret);
}

void wipeSecret(QString &secret)
{
    wipeAllocation(secret);
}
