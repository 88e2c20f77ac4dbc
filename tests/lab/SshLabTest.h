// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: Virt Ferry contributors
#pragma once

#include "Connection.h"
#include "Lab.h"

#include <QStringList>
#include <gtest/gtest.h>

#include <memory>

// The base of lab tests that drive both hosts the way the app does: a Connection to each
// over SSH, connected before every test, and the guests the test named removed after it.
class SshLabTest : public ::testing::Test
{
protected:
    static constexpr int kConnectMs = 30000;

    void SetUp() override
    {
        ASSERT_TRUE(Lab::isInside()) << "lab tests run inside the lab's client namespace";
        m_hostA = Lab::openConnection(Lab::sshUri(Lab::Host::A), kConnectMs);
        m_hostB = Lab::openConnection(Lab::sshUri(Lab::Host::B), kConnectMs);
        ASSERT_EQ(m_hostA->state(), Connection::State::Connected) << m_hostA->stateText();
        ASSERT_EQ(m_hostB->state(), Connection::State::Connected) << m_hostB->stateText();
    }
    void TearDown() override
    {
        removeGuests();
        m_hostA.reset();
        m_hostB.reset();
    }

    // A guest the test owns: what an interrupted run left of it is removed now, and the
    // guest itself after the test.
    QString guestName(const char *base)
    {
        m_guests.append(QString::fromLatin1(base));
        Lab::removeGuestEverywhere(m_guests.last());
        return m_guests.last();
    }
    void removeGuests()
    {
        for (const QString &name : std::as_const(m_guests))
            Lab::removeGuestEverywhere(name);
    }

    std::unique_ptr<Connection> m_hostA;
    std::unique_ptr<Connection> m_hostB;
    QStringList m_guests;
};
