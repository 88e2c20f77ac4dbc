// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: Virt Ferry contributors
#pragma once

#include "ConnectionHandle.h"
#include "MigrationPlan.h"

#include <QList>
#include <QMetaType>
#include <QObject>
#include <QString>

#include <memory>

// One pre-flight check's answer, shown as a row of the wizard's checks page.
struct PreflightCheck
{
    enum class Outcome { Pass, Warning, Failure };

    QString id; // stable, for tests and settings: "destination.distinct", "cpu", "disk.vda"…
    QString title; // translated, short: "CPU compatible with the destination"
    Outcome outcome = Outcome::Pass;
    QString detail; // translated: what was found
    QString fixHint; // translated: what to do about a warning or failure; may be empty
};

struct PreflightRequest
{
    ConnectionHandle source;
    ConnectionHandle destination;
    QString domainUuid;
    MigrationPlan plan;
};

// Runs the pre-flight checks of one VM's migration on a thread of its own (they call
// libvirt on both hosts, and resolve host names), never on the GUI thread:
// destination connected and a different host, hypervisor types, CPU
// (virConnectCompareHypervisorCPU), machine type, free memory, each disk (shared or to be
// copied, space in the destination pool, CD-ROM media), networks and bridges, name and
// UUID free on the destination, the destination's host name not resolving to loopback,
// cache modes and host devices that make a live migration unsafe or impossible.
//
// Lives on the GUI thread; results arrive there. Destroying it or cancel() drops a late
// answer without waiting.
class MigrationPreflight final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MigrationPreflight)

public:
    explicit MigrationPreflight(QObject *parent = nullptr);
    ~MigrationPreflight() override;

    void start(const PreflightRequest &request);
    void cancel();
    bool isRunning() const;

    // True when any check failed: the migration must not start.
    static bool blocks(const QList<PreflightCheck> &checks);
    // True when a warning needs the user's explicit acknowledgement.
    static bool hasWarnings(const QList<PreflightCheck> &checks);

Q_SIGNALS:
    // All checks, in a fixed order.
    void finished(const QList<PreflightCheck> &checks);

private:
    struct Attempt;
    std::shared_ptr<Attempt> m_attempt;
};

Q_DECLARE_METATYPE(PreflightCheck)
