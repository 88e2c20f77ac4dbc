// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: Virt Ferry contributors
#pragma once

#include "DomainDisks.h"
#include "MigrationOptions.h"

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

// Everything the migrate wizard decided, for one or several VMs going from one host to
// another: which of the three ways the VM moves, the libvirt options, where copied disks
// land and how many VMs move at once. A plain value type; MigrationBatch carries it out.
struct MigrationPlan
{
    enum class Method {
        // A libvirt migration (virDomainMigrate3 / ToURI3); options.mode says live on
        // shared storage, live with a storage copy, or offline on shared storage.
        Libvirt,
        // A shut-off VM: each disk copied into destinationPool (OfflineMoveJob).
        OfflineCopy,
        // A running VM: memory saved to a file, disks and the file copied (unless
        // shared), restored on the destination (SaveStateMoveJob).
        SaveStateAndMove,
    };

    Method method = Method::Libvirt;
    // Libvirt: every option. OfflineCopy and SaveStateAndMove use only undefineSource and
    // destinationName from it.
    MigrationOptions options;
    // OfflineCopy / SaveStateAndMove: the destination pool every copied disk (and the
    // state file) lands in. Libvirt with a storage copy: when set, the destination volumes
    // are created there first (source format and capacity) and the disk sources of the
    // destination XML point at them; empty, libvirt creates them at the same paths where
    // a pool with the same target path exists.
    QString destinationPool;
    // SaveStateAndMove: the pool on the source the state file is written to. On shared
    // storage (sharedStorage) the destination reads it from the same path.
    QString statePool;
    // SaveStateAndMove: the disks and the state pool are on storage both hosts see, so
    // nothing is copied.
    bool sharedStorage = false;
    // OfflineCopy / SaveStateAndMove: delete the source volumes once the copies were
    // verified (sizes and checksums); only together with options.undefineSource.
    bool deleteSourceVolumes = false;
    // How many VMs of a batch move at the same time (>= 1).
    int concurrency = 1;

    static constexpr int kMaxConcurrency = 16;

    // What a problem of the plan concerns: one of the options, or a field of the plan
    // itself (the wizard's storage page and concurrency box show those).
    enum class Field { Option, DestinationPool, StatePool, SharedStorage, DeleteSourceVolumes, Concurrency };
    struct FieldProblem
    {
        Field field = Field::Option;
        MigrationOptions::Option option = MigrationOptions::Option::Mode; // for Field::Option
        QString reason; // user-facing, translated
        friend bool operator==(const FieldProblem &, const FieldProblem &) = default;
    };

    bool isLive() const
    {
        return method == Method::SaveStateAndMove
            || (method == Method::Libvirt && options.isLive());
    }

    // Every problem of the plan as a whole, the options' own problems included, at the
    // option they concern; empty when it can run. `domainCount` is how many VMs the
    // batch moves (a new name is only valid for one).
    // Problems about a plan field (not an option) are reported at the nearest option:
    // pools and shared storage at MigrateDisks, deleting source volumes at
    // UndefineSource, concurrency at Mode; fieldProblems() says exactly which field.
    QList<MigrationOptions::Problem> problems(int domainCount = 1) const;
    QList<FieldProblem> fieldProblems(int domainCount = 1) const;

    // What will happen, in order, in plain translated sentences, for the summary page.
    QStringList steps(const QString &domainName, const QString &sourceHost,
        const QString &destinationHost) const;

    // The equivalent virsh command line(s) for one VM; for OfflineCopy and
    // SaveStateAndMove the virsh commands that do the same by hand (vol-download /
    // vol-upload, define, save, restore…), one per line. Every user value is quoted.
    // `disks` (the VM's, from domainDisks()) names the volumes to copy; without them a
    // comment stands for the per-disk commands. Commands without --connect run on the
    // source. Null when a value cannot be passed to a shell (contains NUL).
    QString virshCommandLines(const QString &domainName, const QString &destinationUri,
        const QList<DomainDisk> &disks = {}) const;

    friend bool operator==(const MigrationPlan &, const MigrationPlan &) = default;
};

Q_DECLARE_METATYPE(MigrationPlan)
