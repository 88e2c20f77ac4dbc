// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: Virt Ferry contributors
#include "ExportsFile.h"

#include "Tr.h"

#include <QRegularExpression>

#include <arpa/inet.h>

#include <algorithm>
#include <cstring>
#include <vector>

namespace {

constexpr int endOfFile = -1;

bool isCSpace(int c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r';
}

bool isOctal(char c)
{
    return c >= '0' && c <= '7';
}

// A character-for-character copy of how nfs-utils' xio.c reads /etc/exports (xgetc,
// xskip, xgettok), so that what we show is what exportfs will do: a backslash-newline
// becomes one space, '#' starts a comment only where a token could start, double quotes
// toggle quoting anywhere in a token, and \ooo is decoded in every token.
class Tokenizer
{
public:
    explicit Tokenizer(const QByteArray &data)
        : m_data(data)
    { }

    qsizetype position() const { return m_pos; }
    QByteArray lastComment() const { return m_comment; }

    int get()
    {
        m_lastStart = m_pos;
        if (m_pos >= m_data.size())
            return endOfFile;
        const char c = m_data.at(m_pos++);
        if (c == '\\' && m_pos < m_data.size() && m_data.at(m_pos) == '\n') {
            ++m_pos;
            while (m_pos < m_data.size() && (m_data.at(m_pos) == ' ' || m_data.at(m_pos) == '\t'))
                ++m_pos;
            return ' ';
        }
        return static_cast<unsigned char>(c);
    }

    // One character back, which is all xio.c ever needs.
    void unget() { m_pos = m_lastStart; }

    // Skips `set` and comments; the comment last skipped is kept for the caller.
    void skip(const char *set)
    {
        m_comment.clear();
        int c;
        while ((c = get()) != endOfFile) {
            if (c == '#')
                c = skipComment();
            if (c == endOfFile || !std::strchr(set, c))
                break;
        }
        unget();
    }

    // Returns the token; `unterminatedQuote` says a '"' was left open.
    QByteArray token(bool *unterminatedQuote)
    {
        QByteArray token;
        bool quoted = false;
        int c;
        while ((c = get()) != endOfFile && (quoted || !isCSpace(c))) {
            if (c == '"') {
                quoted = !quoted;
                continue;
            }
            token.append(char(c));
            const qsizetype n = token.size();
            if (n >= 4 && token.at(n - 4) == '\\' && isOctal(token.at(n - 3)) && isOctal(token.at(n - 2))
                && isOctal(token.at(n - 1))) {
                const int value = token.right(3).toInt(nullptr, 8);
                if (value < 256) {
                    token.chop(4);
                    token.append(char(value));
                }
            }
        }
        if (c == '\n')
            unget();
        *unterminatedQuote = quoted;
        return token;
    }

private:
    int skipComment()
    {
        const qsizetype start = m_pos - 1;
        while (m_pos < m_data.size() && m_data.at(m_pos) != '\n')
            ++m_pos;
        m_comment = m_data.mid(start, m_pos - start);
        m_lastStart = m_pos;
        if (m_pos >= m_data.size())
            return endOfFile;
        ++m_pos;
        return '\n';
    }

    const QByteArray &m_data;
    qsizetype m_pos = 0;
    qsizetype m_lastStart = 0;
    QByteArray m_comment;
};

// Physical lines with their newlines; the last one may lack it.
QList<QByteArray> splitLines(const QByteArray &data)
{
    QList<QByteArray> lines;
    qsizetype start = 0;
    while (start < data.size()) {
        const qsizetype newline = data.indexOf('\n', start);
        const qsizetype end = newline < 0 ? data.size() : newline + 1;
        lines.append(data.mid(start, end - start));
        start = end;
    }
    return lines;
}

QStringList splitOptions(const QByteArray &text)
{
    return QString::fromUtf8(text).split(u',', Qt::SkipEmptyParts);
}

std::optional<quint32> parseId(const QString &text)
{
    if (text.isEmpty() || text.size() > 10
        || !std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c >= u'0' && c <= u'9'; }))
        return std::nullopt;
    const qulonglong value = text.toULongLong();
    if (value > 4294967295ULL)
        return std::nullopt;
    return quint32(value);
}

bool isKnownOption(const QString &option)
{
    static const QStringList known { QStringLiteral("rw"), QStringLiteral("ro"), QStringLiteral("sync"),
        QStringLiteral("async"), QStringLiteral("root_squash"), QStringLiteral("no_root_squash"),
        QStringLiteral("all_squash"), QStringLiteral("no_all_squash"), QStringLiteral("subtree_check"),
        QStringLiteral("no_subtree_check") };
    return known.contains(option) || option.startsWith(QStringLiteral("anonuid="))
        || option.startsWith(QStringLiteral("anongid="));
}

// Bytes that would end a token, start a comment, toggle quoting or start an escape are
// written as \ooo, which every token decodes; so no value, however hostile, can add a
// line or a client to the file.
QByteArray escapeToken(const QByteArray &raw, bool keepSpaces)
{
    QByteArray out;
    for (const char ch : raw) {
        const auto c = static_cast<unsigned char>(ch);
        const bool escape
            = c < 0x20 || c == 0x7f || c == '"' || c == '#' || c == '\\' || (c == ' ' && !keepSpaces);
        if (escape)
            out += '\\' + QByteArray::number(c, 8).rightJustified(3, '0');
        else
            out += ch;
    }
    return out;
}

QByteArray serializeOptions(const ExportOptions &options)
{
    QByteArray text;
    for (const QString &option : options.toList()) {
        QByteArray escaped = escapeToken(option.toUtf8(), false);
        // A parenthesis inside the list would end it early and let the rest be read as a client.
        escaped.replace('(', "\\050").replace(')', "\\051");
        text += (text.isEmpty() ? "" : ",") + escaped;
    }
    return text;
}

bool isAsciiAlnum(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9');
}

bool isIpv4(const QString &text)
{
    in_addr address {};
    return inet_pton(AF_INET, text.toLatin1().constData(), &address) == 1;
}

bool isIpv6(const QString &text)
{
    in6_addr address {};
    return inet_pton(AF_INET6, text.toLatin1().constData(), &address) == 1;
}

QString forbiddenClientCharacter(const QString &client)
{
    static const QString forbidden = QStringLiteral("()\"';$`\\#&|<>!{},=~%^");
    for (QChar c : client) {
        if (forbidden.contains(c))
            return QString(c);
    }
    return {};
}

} // namespace

ExportOptions ExportOptions::fromList(const QStringList &options)
{
    ExportOptions result;
    enum class Flag { Unspecified, On, Off };
    Flag rootSquash = Flag::Unspecified;
    Flag allSquash = Flag::Unspecified;
    bool afterSec = false;
    for (const QString &option : options) {
        if (afterSec || option.startsWith(QStringLiteral("sec="))) {
            afterSec = true;
            result.otherOptions.append(option);
        } else if (option == u"rw") {
            result.access = Access::ReadWrite;
        } else if (option == u"ro") {
            result.access = Access::ReadOnly;
        } else if (option == u"sync") {
            result.sync = Sync::Sync;
        } else if (option == u"async") {
            result.sync = Sync::Async;
        } else if (option == u"root_squash") {
            rootSquash = Flag::On;
        } else if (option == u"no_root_squash") {
            rootSquash = Flag::Off;
        } else if (option == u"all_squash") {
            allSquash = Flag::On;
        } else if (option == u"no_all_squash") {
            allSquash = Flag::Off;
        } else if (option == u"subtree_check") {
            result.subtreeCheck = SubtreeCheck::Check;
        } else if (option == u"no_subtree_check") {
            result.subtreeCheck = SubtreeCheck::NoCheck;
        } else if (option.startsWith(QStringLiteral("anonuid=")) && parseId(option.mid(8))) {
            result.anonUid = parseId(option.mid(8));
        } else if (option.startsWith(QStringLiteral("anongid=")) && parseId(option.mid(8))) {
            result.anonGid = parseId(option.mid(8));
        } else {
            result.otherOptions.append(option); // exportfs will judge it; we keep it as written
        }
    }
    // all_squash maps root too, so a root_squash choice beside it changes nothing.
    if (allSquash == Flag::On)
        result.squash = Squash::AllSquash;
    else if (rootSquash != Flag::Unspecified)
        result.squash = rootSquash == Flag::On ? Squash::RootSquash : Squash::NoRootSquash;
    if (allSquash == Flag::Off)
        result.otherOptions.prepend(QStringLiteral("no_all_squash"));
    return result;
}

QStringList ExportOptions::toList() const
{
    QStringList list;
    if (access != Access::Unspecified)
        list << (access == Access::ReadWrite ? QStringLiteral("rw") : QStringLiteral("ro"));
    if (sync != Sync::Unspecified)
        list << (sync == Sync::Sync ? QStringLiteral("sync") : QStringLiteral("async"));
    switch (squash) {
    case Squash::Unspecified:
        break;
    case Squash::RootSquash:
        list << QStringLiteral("root_squash");
        break;
    case Squash::NoRootSquash:
        list << QStringLiteral("no_root_squash");
        break;
    case Squash::AllSquash:
        list << QStringLiteral("all_squash");
        break;
    }
    if (subtreeCheck != SubtreeCheck::Unspecified)
        list << (subtreeCheck == SubtreeCheck::Check ? QStringLiteral("subtree_check")
                                                     : QStringLiteral("no_subtree_check"));
    if (anonUid)
        list << QStringLiteral("anonuid=%1").arg(*anonUid);
    if (anonGid)
        list << QStringLiteral("anongid=%1").arg(*anonGid);
    list << otherOptions;
    return list;
}

bool ExportOptions::grantsRootAccess() const
{
    // After a sec= the flag lands in otherOptions but still applies to that flavour.
    return squash == Squash::NoRootSquash || otherOptions.contains(QStringLiteral("no_root_squash"));
}

ExportsFile ExportsFile::parse(const QByteArray &content)
{
    ExportsFile file;
    const QList<QByteArray> lines = splitLines(content);
    QList<qsizetype> lineStarts;
    for (qsizetype offset = 0; const QByteArray &line : lines) {
        lineStarts.append(offset);
        offset += line.size();
    }
    const auto lineIndexAt = [&lineStarts](qsizetype offset) {
        return qsizetype(
                   std::upper_bound(lineStarts.cbegin(), lineStarts.cend(), offset) - lineStarts.cbegin())
            - 1;
    };

    struct Parsed
    {
        qsizetype firstLine;
        qsizetype lastLine;
        std::optional<ExportEntry> entry;
        QByteArray comment;
    };
    QList<Parsed> parsed;

    Tokenizer tokenizer(content);
    while (true) {
        tokenizer.skip(" \t\n");
        if (tokenizer.get() == endOfFile)
            break;
        tokenizer.unget();
        const qsizetype firstLine = lineIndexAt(tokenizer.position());
        const int lineNumber = int(firstLine) + 1;
        QString problem;
        bool unterminated = false;

        ExportEntry entry;
        const QByteArray pathToken = tokenizer.token(&unterminated);
        entry.path = QString::fromUtf8(pathToken);
        if (unterminated)
            problem = Tr::tr("A double quote is not closed.");
        else if (!entry.path.startsWith(u'/'))
            problem = Tr::tr("The export path \"%1\" is not absolute.").arg(entry.path);

        QByteArray comment;
        qsizetype endOffset = content.size();
        while (true) {
            tokenizer.skip(" \t");
            if (!tokenizer.lastComment().isEmpty())
                comment = tokenizer.lastComment();
            const int c = tokenizer.get();
            if (c == '\n' || c == endOfFile) {
                endOffset = c == '\n' ? tokenizer.position() - 1 : content.size();
                break;
            }
            tokenizer.unget();
            const QByteArray token = tokenizer.token(&unterminated);
            if (!problem.isEmpty())
                continue; // read to the end of the entry, but it stays as written
            if (unterminated) {
                problem = Tr::tr("A double quote is not closed.");
            } else if (token.startsWith('-')) {
                if (entry.clients.isEmpty())
                    entry.defaultOptions
                        = ExportOptions::fromList(entry.defaultOptions.toList() + splitOptions(token.mid(1)));
                else
                    problem = Tr::tr("Default options (%1) after a client are not supported by this editor; "
                                     "the line is kept as it is.")
                                  .arg(QString::fromUtf8(token));
            } else if (token.isEmpty()) {
                problem = Tr::tr("An empty client (\"\") is not allowed.");
            } else {
                ExportClient client;
                const qsizetype open = token.indexOf('(');
                if (open < 0) {
                    client.host = QString::fromUtf8(token);
                } else {
                    const qsizetype close = token.indexOf(')', open);
                    if (close != token.size() - 1) {
                        problem = Tr::tr("The option list of \"%1\" must be in parentheses right after the "
                                         "client, with nothing after the closing one.")
                                      .arg(QString::fromUtf8(token));
                        continue;
                    }
                    client.host = QString::fromUtf8(token.left(open));
                    client.options
                        = ExportOptions::fromList(splitOptions(token.mid(open + 1, close - open - 1)));
                }
                entry.clients.append(client);
            }
        }
        const qsizetype lastLine = std::max(firstLine, lineIndexAt(std::max<qsizetype>(0, endOffset)));
        if (problem.isEmpty()) {
            parsed.append({ firstLine, lastLine, entry, comment });
        } else {
            file.m_problems.append({ lineNumber, problem });
            parsed.append({ firstLine, lastLine, std::nullopt, {} });
        }
    }

    qsizetype next = 0;
    for (qsizetype line = 0; line < lines.size();) {
        if (next < parsed.size() && parsed.at(next).firstLine == line) {
            const Parsed &item = parsed.at(next++);
            Block block;
            for (qsizetype i = item.firstLine; i <= item.lastLine; ++i)
                block.original += lines.at(i);
            block.entry = item.entry;
            block.trailingComment = item.comment;
            block.firstLine = int(line) + 1;
            file.m_blocks.append(block);
            line = item.lastLine + 1;
        } else {
            Block block;
            block.original = lines.at(line);
            block.firstLine = int(line) + 1;
            file.m_blocks.append(block);
            ++line;
        }
    }
    return file;
}

QList<qsizetype> ExportsFile::entryBlockIndexes() const
{
    QList<qsizetype> indexes;
    for (qsizetype i = 0; i < m_blocks.size(); ++i) {
        if (m_blocks.at(i).entry)
            indexes.append(i);
    }
    return indexes;
}

QList<ExportEntry> ExportsFile::entries() const
{
    QList<ExportEntry> result;
    for (const Block &block : m_blocks) {
        if (block.entry)
            result.append(*block.entry);
    }
    return result;
}

qsizetype ExportsFile::entryCount() const
{
    return entryBlockIndexes().size();
}

ExportEntry ExportsFile::entry(qsizetype index) const
{
    return *m_blocks.at(entryBlockIndexes().at(index)).entry;
}

int ExportsFile::entryLine(qsizetype index) const
{
    return m_blocks.at(entryBlockIndexes().at(index)).firstLine;
}

qsizetype ExportsFile::indexOfPath(const QString &path) const
{
    const QList<ExportEntry> all = entries();
    for (qsizetype i = 0; i < all.size(); ++i) {
        if (all.at(i).path == path)
            return i;
    }
    return -1;
}

void ExportsFile::addEntry(const ExportEntry &entry)
{
    Block block;
    block.entry = entry;
    block.edited = true;
    m_blocks.append(block);
}

void ExportsFile::replaceEntry(qsizetype index, const ExportEntry &entry)
{
    Block &block = m_blocks[entryBlockIndexes().at(index)];
    if (*block.entry == entry)
        return; // unchanged entries keep their original formatting
    block.entry = entry;
    block.edited = true;
}

void ExportsFile::removeEntry(qsizetype index)
{
    m_blocks.removeAt(entryBlockIndexes().at(index));
}

QByteArray ExportsFile::serialize() const
{
    QByteArray out;
    for (const Block &block : m_blocks) {
        if (!block.edited) {
            out += block.original;
            continue;
        }
        // An original last line without a newline must not swallow what follows.
        if (!out.isEmpty() && !out.endsWith('\n'))
            out += '\n';
        out += serializeEntry(*block.entry);
        if (!block.trailingComment.isEmpty())
            out += ' ' + block.trailingComment;
        out += '\n';
    }
    return out;
}

QByteArray ExportsFile::encodePath(const QString &path)
{
    const QByteArray raw = path.toUtf8();
    const bool quote = raw.contains(' ');
    const QByteArray escaped = escapeToken(raw, quote);
    return quote ? '"' + escaped + '"' : escaped;
}

QByteArray ExportsFile::serializeEntry(const ExportEntry &entry)
{
    QByteArray line = encodePath(entry.path);
    if (!entry.defaultOptions.isEmpty())
        line += " -" + serializeOptions(entry.defaultOptions);
    for (const ExportClient &client : entry.clients) {
        QByteArray host = escapeToken(client.host.toUtf8(), false);
        host.replace('(', "\\050").replace(')', "\\051");
        if (host.startsWith('-'))
            host = "\\055" + host.mid(1); // not to be read as default options
        line += ' ' + host;
        // A client without a host is the world; "()" is all that marks it.
        if (!client.options.isEmpty() || client.host.isEmpty())
            line += '(' + serializeOptions(client.options) + ')';
    }
    return line;
}

QString ExportsFile::unifiedDiff(const QByteArray &before, const QByteArray &after, const QString &beforeName,
    const QString &afterName, int context)
{
    if (before == after)
        return {};
    const QList<QByteArray> a = splitLines(before);
    const QList<QByteArray> b = splitLines(after);

    qsizetype prefix = 0;
    while (prefix < a.size() && prefix < b.size() && a.at(prefix) == b.at(prefix))
        ++prefix;
    qsizetype suffix = 0;
    while (suffix < a.size() - prefix && suffix < b.size() - prefix
        && a.at(a.size() - 1 - suffix) == b.at(b.size() - 1 - suffix))
        ++suffix;

    enum class Op { Equal, Delete, Insert };
    struct Step
    {
        Op op;
        qsizetype oldIndex; // old lines before this step
        qsizetype newIndex;
    };
    std::vector<Step> steps;
    qsizetype i = 0;
    qsizetype j = 0;
    const auto push = [&](Op op) {
        steps.push_back({ op, i, j });
        if (op != Op::Insert)
            ++i;
        if (op != Op::Delete)
            ++j;
    };
    for (qsizetype k = 0; k < prefix; ++k)
        push(Op::Equal);

    // A longest common subsequence over the changed middle; /etc/exports is small, and a
    // huge middle is shown as one replacement rather than using quadratic memory.
    const qsizetype n = a.size() - prefix - suffix;
    const qsizetype m = b.size() - prefix - suffix;
    if (n > 0 && m > 0 && n * m <= 4'000'000) {
        std::vector<std::vector<int>> lcs(size_t(n + 1), std::vector<int>(size_t(m + 1), 0));
        for (qsizetype x = n - 1; x >= 0; --x) {
            for (qsizetype y = m - 1; y >= 0; --y) {
                lcs[size_t(x)][size_t(y)] = a.at(prefix + x) == b.at(prefix + y)
                    ? lcs[size_t(x + 1)][size_t(y + 1)] + 1
                    : std::max(lcs[size_t(x + 1)][size_t(y)], lcs[size_t(x)][size_t(y + 1)]);
            }
        }
        qsizetype x = 0;
        qsizetype y = 0;
        while (x < n || y < m) {
            if (x < n && y < m && a.at(prefix + x) == b.at(prefix + y)) {
                push(Op::Equal);
                ++x;
                ++y;
            } else if (y == m || (x < n && lcs[size_t(x + 1)][size_t(y)] >= lcs[size_t(x)][size_t(y + 1)])) {
                // Deletions before insertions within a change, as diff(1) prints them.
                push(Op::Delete);
                ++x;
            } else {
                push(Op::Insert);
                ++y;
            }
        }
    } else {
        for (qsizetype k = 0; k < n; ++k)
            push(Op::Delete);
        for (qsizetype k = 0; k < m; ++k)
            push(Op::Insert);
    }
    for (qsizetype k = 0; k < suffix; ++k)
        push(Op::Equal);

    QByteArray out = "--- " + beforeName.toUtf8() + "\n+++ " + afterName.toUtf8() + '\n';
    const auto range = [](qsizetype start, qsizetype count) {
        // diff(1)'s convention: an empty range names the line before it, a single line has no count.
        if (count == 0)
            return QByteArray::number(start) + ",0";
        if (count == 1)
            return QByteArray::number(start + 1);
        return QByteArray::number(start + 1) + ',' + QByteArray::number(count);
    };
    const auto size = qsizetype(steps.size());
    qsizetype cursor = 0;
    while (cursor < size) {
        while (cursor < size && steps[size_t(cursor)].op == Op::Equal)
            ++cursor;
        if (cursor == size)
            break;
        const qsizetype hunkStart = std::max<qsizetype>(0, cursor - context);
        qsizetype changeEnd = cursor; // one past the last change in this hunk
        qsizetype scan = cursor;
        while (scan < size) {
            if (steps[size_t(scan)].op != Op::Equal) {
                changeEnd = ++scan;
                continue;
            }
            qsizetype equalEnd = scan;
            while (equalEnd < size && steps[size_t(equalEnd)].op == Op::Equal)
                ++equalEnd;
            if (equalEnd == size || equalEnd - scan > 2 * context)
                break;
            scan = equalEnd;
        }
        const qsizetype hunkEnd = std::min(size, changeEnd + context);
        qsizetype oldCount = 0;
        qsizetype newCount = 0;
        QByteArray body;
        for (qsizetype k = hunkStart; k < hunkEnd; ++k) {
            const Step &step = steps[size_t(k)];
            QByteArray text;
            char sign = ' ';
            if (step.op == Op::Insert) {
                sign = '+';
                text = b.at(step.newIndex);
                ++newCount;
            } else {
                sign = step.op == Op::Delete ? '-' : ' ';
                text = a.at(step.oldIndex);
                ++oldCount;
                if (step.op == Op::Equal)
                    ++newCount;
            }
            body += sign;
            if (text.endsWith('\n')) {
                body += text;
            } else {
                body += text + "\n\\ No newline at end of file\n";
            }
        }
        const Step &first = steps[size_t(hunkStart)];
        out += "@@ -" + range(first.oldIndex, oldCount) + " +" + range(first.newIndex, newCount) + " @@\n";
        out += body;
        cursor = hunkEnd;
    }
    return QString::fromUtf8(out);
}

namespace ExportsValidation {

QString pathError(const QString &path)
{
    if (path.isEmpty())
        return Tr::tr("Enter the directory to export, such as /home/image.");
    if (path.contains(u'\n') || path.contains(u'\r'))
        return Tr::tr("The path cannot contain line breaks.");
    if (path.contains(QChar(0)))
        return Tr::tr("The path cannot contain a NUL character.");
    if (path != path.trimmed())
        return Tr::tr("The path must not start or end with a space.");
    if (!path.startsWith(u'/'))
        return Tr::tr("The path must be absolute, starting with /.");
    for (QChar c : path) {
        if (c != u' ' && !c.isPrint())
            return Tr::tr("The path cannot contain tabs or other control characters.");
    }
    // exportfs decodes \ooo in a path, so a backslash cannot be written back unchanged.
    if (path.contains(u'\\'))
        return Tr::tr("The path cannot contain a backslash.");
    if (path.split(u'/').contains(QStringLiteral("..")))
        return Tr::tr("The path cannot contain \"..\"; give the directory itself.");
    if (path.toUtf8().size() > 1024)
        return Tr::tr("The path is longer than exportfs accepts (1024 bytes).");
    return {};
}

QString clientError(const QString &client)
{
    if (client.isEmpty())
        return Tr::tr("Enter a client: a host name, an address, a network such as 192.168.1.0/24, "
                      "@netgroup or * for everyone.");
    if (client.contains(u'\n') || client.contains(u'\r'))
        return Tr::tr("A client cannot contain line breaks.");
    for (QChar c : client) {
        if (c.isSpace())
            return Tr::tr("A client cannot contain spaces; a space separates one client from the next.");
        if (!c.isPrint())
            return Tr::tr("A client cannot contain control characters.");
    }
    if (const QString bad = forbiddenClientCharacter(client); !bad.isEmpty())
        return Tr::tr("\"%1\" cannot appear in a client.").arg(bad);
    if (client.startsWith(u'-'))
        return Tr::tr("A client cannot start with a hyphen; exportfs would read it as default options.");
    if (client == u"*")
        return {};
    if (client == u"gss/krb5" || client == u"gss/krb5i" || client == u"gss/krb5p")
        return {};
    if (client.startsWith(u'@')) {
        const QString group = client.mid(1);
        if (group.isEmpty() || !std::all_of(group.cbegin(), group.cend(), [](QChar c) {
                return isAsciiAlnum(c) || c == u'_' || c == u'-' || c == u'.';
            }))
            return Tr::tr("A netgroup is @ followed by its name (letters, digits, _ - .).");
        return {};
    }
    if (client.startsWith(u'[') && client.contains(u':'))
        return Tr::tr("Write IPv6 addresses without brackets in /etc/exports; exportfs reads brackets as a "
                      "wildcard character class.");
    if (client.contains(u'/')) {
        const QString address = client.section(u'/', 0, 0);
        const QString mask = client.section(u'/', 1);
        const bool numeric = !mask.isEmpty()
            && std::all_of(mask.cbegin(), mask.cend(), [](QChar c) { return c >= u'0' && c <= u'9'; });
        if (isIpv4(address)) {
            if ((numeric && mask.size() <= 2 && mask.toInt() <= 32) || isIpv4(mask))
                return {};
            return Tr::tr("An IPv4 network needs a prefix length from 0 to 32 or a netmask, "
                          "as in 192.168.1.0/24 or 192.168.1.0/255.255.255.0.");
        }
        if (isIpv6(address)) {
            if (numeric && mask.size() <= 3 && mask.toInt() <= 128)
                return {};
            return Tr::tr("An IPv6 network needs a prefix length from 0 to 128, as in fd00::/64.");
        }
        return Tr::tr("\"%1\" is not a network: write an IP address, a slash and a prefix length, "
                      "as in 10.0.0.0/8.")
            .arg(client);
    }
    if (client.contains(u':')) {
        if (isIpv6(client))
            return {};
        return Tr::tr("\"%1\" is not a valid IPv6 address.").arg(client);
    }
    const bool looksNumeric = std::all_of(
        client.cbegin(), client.cend(), [](QChar c) { return (c >= u'0' && c <= u'9') || c == u'.'; });
    if (looksNumeric) {
        if (isIpv4(client))
            return {};
        return Tr::tr("\"%1\" is not a valid IPv4 address.").arg(client);
    }
    if (client.size() > 253)
        return Tr::tr("A host name can be at most 253 characters long.");
    // Host names, with exportfs' * ? and [class] wildcards.
    int depth = 0;
    for (QChar c : client) {
        if (c == u'[') {
            if (++depth > 1)
                return Tr::tr("Character classes in a host name cannot be nested.");
        } else if (c == u']') {
            if (--depth < 0)
                return Tr::tr("A \"]\" in the host name has no matching \"[\".");
        } else if (!(isAsciiAlnum(c) || c == u'.' || c == u'-' || c == u'_' || c == u'*' || c == u'?')) {
            return Tr::tr("\"%1\" is not a valid host name: use letters, digits, hyphens and dots, with * "
                          "and ? as wildcards.")
                .arg(client);
        }
    }
    if (depth != 0)
        return Tr::tr("A \"[\" in the host name is not closed.");
    return {};
}

QString otherOptionError(const QString &option)
{
    if (option.isEmpty())
        return Tr::tr("An option cannot be empty; check for two commas in a row.");
    if (isKnownOption(option))
        return Tr::tr("Set \"%1\" with the choices above, not as another option.").arg(option);
    for (QChar c : option) {
        if (!(isAsciiAlnum(c) || c == u'_' || c == u'=' || c == u':' || c == u'.' || c == u'/' || c == u'@'
                || c == u'+' || c == u'-'))
            return Tr::tr("The option \"%1\" cannot contain \"%2\".").arg(option, QString(c));
    }
    return {};
}

QString otherOptionsError(const QString &options)
{
    const QString trimmed = options.trimmed();
    if (trimmed.isEmpty())
        return {};
    for (const QString &option : trimmed.split(u',')) {
        if (QString error = otherOptionError(option.trimmed()); !error.isEmpty())
            return error;
    }
    return {};
}

QString anonIdError(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return {};
    if (!std::all_of(trimmed.cbegin(), trimmed.cend(), [](QChar c) { return c >= u'0' && c <= u'9'; }))
        return Tr::tr("Enter a numeric ID, such as 65534, or leave it empty.");
    if (!parseId(trimmed))
        return Tr::tr("The ID must be between 0 and 4294967295.");
    return {};
}

QString clientsError(const QString &clients)
{
    if (clients.contains(u'\n') || clients.contains(u'\r'))
        return Tr::tr("The clients cannot contain line breaks.");
    const QStringList specs
        = clients.split(QRegularExpression(QStringLiteral("[ \\t]+")), Qt::SkipEmptyParts);
    if (specs.isEmpty())
        return clientError(QString());
    for (const QString &spec : specs) {
        const qsizetype open = spec.indexOf(u'(');
        if (open < 0) {
            if (QString error = clientError(spec); !error.isEmpty())
                return error;
            continue;
        }
        if (open == 0)
            return Tr::tr("\"%1\" has options but no client; write *%1 to export to everyone.").arg(spec);
        if (!spec.endsWith(u')') || spec.indexOf(u')') != spec.size() - 1 || spec.count(u'(') != 1)
            return Tr::tr("Write a client's own options right after it, as in host(rw,sync), with no space.");
        if (QString error = clientError(spec.left(open)); !error.isEmpty())
            return error;
        for (const QString &option : spec.mid(open + 1, spec.size() - open - 2).split(u',')) {
            if (option.startsWith(QStringLiteral("anonuid="))
                || option.startsWith(QStringLiteral("anongid="))) {
                if (QString error = anonIdError(option.mid(8)); !error.isEmpty() || option.size() == 8)
                    return error.isEmpty() ? Tr::tr("Enter a numeric ID, such as 65534, or leave it empty.")
                                           : error;
            } else if (!isKnownOption(option)) {
                if (QString error = otherOptionError(option); !error.isEmpty())
                    return error;
            }
        }
    }
    return {};
}

QList<QPair<QString, QStringList>> splitClients(const QString &clients)
{
    QList<QPair<QString, QStringList>> result;
    const QStringList specs
        = clients.split(QRegularExpression(QStringLiteral("[ \\t]+")), Qt::SkipEmptyParts);
    for (const QString &spec : specs) {
        const qsizetype open = spec.indexOf(u'(');
        if (open < 0)
            result.append({ spec, {} });
        else
            result.append({ spec.left(open), spec.mid(open + 1, spec.size() - open - 2).split(u',') });
    }
    return result;
}

} // namespace ExportsValidation
