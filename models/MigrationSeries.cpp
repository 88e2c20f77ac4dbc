// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: Virt Ferry contributors
#include "MigrationSeries.h"

MigrationSeries::~MigrationSeries() = default; // placeholder
MigrationSeries::MigrationSeries(QObject *parent) : QObject(parent) {} // placeholder
