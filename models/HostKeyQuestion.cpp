// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: Virt Ferry contributors
#include "HostKeyQuestion.h"

#include <QMutexLocker>

QString HostKeyInfo::hostAndPort() const
{
    if (port == 22)
        return host;
    return QStringLiteral("[%1]:%2").arg(host).arg(port);
}

HostKeyQuestion::HostKeyQuestion(HostKeyInfo info)
    : m_info(std::move(info))
{ }

void HostKeyQuestion::answer(HostKeyDecision decision)
{
    QMutexLocker locker(&m_mutex);
    if (m_done)
        return;
    // Enforced here and not only in the dialog: a changed key is never trusted.
    m_decision = canTrust() ? decision : HostKeyDecision::Reject;
    m_done = true;
    m_answered.wakeAll();
}

void HostKeyQuestion::cancel()
{
    answer(HostKeyDecision::Reject);
}

bool HostKeyQuestion::isAnswered() const
{
    QMutexLocker locker(&m_mutex);
    return m_done;
}

HostKeyDecision HostKeyQuestion::waitForDecision()
{
    QMutexLocker locker(&m_mutex);
    while (!m_done)
        m_answered.wait(&m_mutex);
    return canTrust() ? m_decision : HostKeyDecision::Reject;
}
