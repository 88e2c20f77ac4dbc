// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: Virt Ferry contributors
#pragma once

#include <QString>

// Writes a node XML file for libvirt's test driver (test:///path) holding `domainCount`
// domains in mixed states, so tests and benchmarks get big inventories with no daemon.
namespace NodeXmlGenerator {

struct Options
{
    int domainCount = 10;
    QString namePrefix = QStringLiteral("vm");
    // The first eight hex digits of every domain UUID: two hosts with different ones
    // hold different VMs, not copies of one.
    QString uuidPrefix = QStringLiteral("5a0a0000");
};

// Returns the empty string on success, or why the file could not be written.
QString write(const QString &path, const Options &options);

// The state domain `index` gets (running, shut off, paused, in a fixed rotation), as
// virDomainState values, so tests can predict what they list.
int stateOf(int index);

} // namespace NodeXmlGenerator
