// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: Virt Ferry contributors
#include "JobStatsMonitor.h"

JobStatsMonitor::~JobStatsMonitor() = default; // placeholder
JobStatsMonitor::JobStatsMonitor(ConnectionHandle, QString, QObject *parent) : QObject(parent) {} // placeholder
