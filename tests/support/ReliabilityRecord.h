// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: Virt Ferry contributors
#pragma once

#include <QString>

// Rows of docs/reliability.md, written by the tests themselves so the report says what was
// really run. A test describes the fault or input it exercises and what the app showed;
// when the test ends, TestMain's listener appends the row with the test's result (passed
// or FAILED) to the build's rows file (VF_RELIABILITY_ROWS, else <build>/reliability/rows.jsonl),
// and tests/reliability's report tool turns the rows into the table.
namespace Reliability {

enum class Area { FaultMatrix, HostileInput, Secrets, Sanitizers, Fuzzing };

// Call once per test, early: the condition (what goes wrong, or what is typed) and what
// the test did to it. A second call replaces the first.
void describe(Area area, const QString &condition, const QString &action);
// What the app showed: its error message, the state it reported, where the VM ended up.
// Each call adds a part (repeats are dropped); the report shows the first few.
void showed(const QString &whatTheAppShowed);

// For TestMain: writes the described row of the test that just ended, if any, and forgets it.
void finishTest(const QString &testName, bool passed, bool skipped);

} // namespace Reliability
