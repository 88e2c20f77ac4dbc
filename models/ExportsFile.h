// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: Virt Ferry contributors
#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <optional>

// The options of one client (or a line's defaults), split into the choices the editor
// offers as check boxes; anything else stays verbatim, in order, in otherOptions.
// Unspecified means the file does not say, so exportfs' default applies.
struct ExportOptions
{
    enum class Access { Unspecified, ReadWrite, ReadOnly };
    enum class Sync { Unspecified, Sync, Async };
    enum class Squash { Unspecified, RootSquash, NoRootSquash, AllSquash };
    enum class SubtreeCheck { Unspecified, Check, NoCheck };

    Access access = Access::Unspecified;
    Sync sync = Sync::Unspecified;
    Squash squash = Squash::Unspecified;
    SubtreeCheck subtreeCheck = SubtreeCheck::Unspecified;
    std::optional<quint32> anonUid;
    std::optional<quint32> anonGid;
    QStringList otherOptions; // e.g. insecure, crossmnt, fsid=0, sec=krb5p

    // Later options win, as in exportfs. Everything from the first sec= on is kept in
    // otherOptions, because options after sec= apply only to that flavour.
    static ExportOptions fromList(const QStringList &options);
    QStringList toList() const; // canonical order: the check boxes first, then the rest
    bool isEmpty() const { return toList().isEmpty(); }
    // Whether root on a client is root on the export: the article's no_root_squash warning.
    bool grantsRootAccess() const;

    friend bool operator==(const ExportOptions &, const ExportOptions &) = default;
};

// One client of an export: a host, network, wildcard, @netgroup or gss/krb5 flavour.
struct ExportClient
{
    QString host; // empty means "everyone": exportfs reads "/srv (rw)" that way
    ExportOptions options;

    friend bool operator==(const ExportClient &, const ExportClient &) = default;
};

// One line of /etc/exports: a directory and who may mount it.
struct ExportEntry
{
    QString path; // decoded: no quotes, \040 already turned into a space
    ExportOptions defaultOptions; // the "-ro,sync" after the path, for every client on the line
    QList<ExportClient> clients;

    friend bool operator==(const ExportEntry &, const ExportEntry &) = default;
};

// /etc/exports as exportfs(8) reads it (exports(5), nfs-utils' xio.c tokenizer), kept as
// blocks of original bytes so that serialize() writes untouched lines back byte for byte;
// only added or replaced entries are written in the canonical form. Lines with a syntax
// error are reported in problems() and kept verbatim, never dropped. A plain value type,
// usable on any thread.
class ExportsFile final
{
public:
    struct Problem
    {
        int line = 0; // 1-based, the first physical line of the entry
        QString message;

        friend bool operator==(const Problem &, const Problem &) = default;
    };

    static ExportsFile parse(const QByteArray &content);

    QList<ExportEntry> entries() const;
    qsizetype entryCount() const;
    ExportEntry entry(qsizetype index) const;
    int entryLine(qsizetype index) const; // 1-based line in the parsed file; 0 when added since
    qsizetype indexOfPath(const QString &path) const; // -1 when no entry exports `path`
    QList<Problem> problems() const { return m_problems; }

    void addEntry(const ExportEntry &entry); // appended at the end of the file
    void replaceEntry(qsizetype index, const ExportEntry &entry); // keeps its trailing comment
    void removeEntry(qsizetype index);

    QByteArray serialize() const;

    // The canonical text of one entry, without a newline; paths with spaces are quoted and
    // characters the tokenizer would misread are written as octal escapes.
    static QByteArray serializeEntry(const ExportEntry &entry);
    static QByteArray encodePath(const QString &path);

    // A unified diff (---/+++/@@ hunks, `context` lines around each change) between two
    // file contents; empty when they are equal.
    static QString unifiedDiff(const QByteArray &before, const QByteArray &after, const QString &beforeName,
        const QString &afterName, int context = 3);

private:
    struct Block
    {
        QByteArray original; // the physical lines, with their newlines
        std::optional<ExportEntry> entry; // unset for comments, blank lines and bad lines
        QByteArray trailingComment; // "# ..." at the end of an entry's last line
        int firstLine = 0;
        bool edited = false;
    };

    QList<qsizetype> entryBlockIndexes() const;

    QList<Block> m_blocks;
    QList<Problem> m_problems;
};

// Inline validation for the exports editor: each returns an empty string when the value
// can be written to /etc/exports, or a specific, user-facing reason when it cannot.
namespace ExportsValidation {
QString pathError(const QString &path);
QString clientError(const QString &client);
// One "other option" (not rw/ro, sync/async, squash, subtree_check, anonuid/anongid).
QString otherOptionError(const QString &option);
// Comma-separated other options, as typed into the form.
QString otherOptionsError(const QString &options);
// An anonuid/anongid as typed: empty, or 0..4294967295.
QString anonIdError(const QString &text);
// Space-separated client specs, each optionally followed by "(options)".
QString clientsError(const QString &clients);
// Splits a valid clients text into hosts and their own option lists (empty for none).
QList<QPair<QString, QStringList>> splitClients(const QString &clients);
} // namespace ExportsValidation
