// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: Virt Ferry contributors
#pragma once

#include <QString>
#include <QStringList>

// Quoting for command lines that a remote POSIX shell (sh, dash, bash, zsh) parses, as
// every SSH "exec" request is. Nothing a user typed may reach that shell unquoted: build
// command lines only with these functions. Plain functions, usable from any thread.
//
// NUL cannot be part of any program argument (argv is an array of C strings), so an
// argument containing one cannot be passed faithfully: both functions return a null
// QString for it, and callers must refuse to run the command.

// One argument, quoted so the shell hands it to the program byte for byte: wrapped in
// single quotes, each ' written as '\''. Words made only of characters no shell treats
// specially are left bare for readability; the empty string becomes ''.
QString shellQuote(const QString &argument);

// A whole command: each element quoted with shellQuote() and joined with spaces. The
// first element is the program. Null when argv is empty or any element contains NUL.
QString shellCommand(const QStringList &argv);
