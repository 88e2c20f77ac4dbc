// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: Virt Ferry contributors
#include "MigrationHistory.h"

MigrationHistory::~MigrationHistory() = default; // placeholder
MigrationHistory::MigrationHistory(QString directory, QObject *parent) : QObject(parent), m_directory(std::move(directory)) {} // placeholder
