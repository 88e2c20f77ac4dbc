// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: Virt Ferry contributors
#include "MigrationHistory.h"

#include "MigrationSeries.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>
#include <QUuid>

#include <algorithm>
#include <cmath>
#include <limits>

namespace {

const QString kHistoryFile = QStringLiteral("history.jsonl");

// JSON numbers are doubles: exact up to 2^53, far beyond any byte count or duration here.
std::optional<quint64> unsignedValue(const QJsonObject &object, const QString &key, bool *ok)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull())
        return std::nullopt;
    const double number = value.toDouble(-1.0);
    // Past 2^53 a double no longer holds every integer (and past 2^64 the conversion to
    // quint64 is undefined): such a value was never written by toJsonLine().
    if (!value.isDouble() || number < 0 || std::floor(number) != number || number > 9007199254740992.0) {
        *ok = false;
        return std::nullopt;
    }
    return quint64(number);
}

// An id becomes a file name: only what cannot leave the directory or hide a file.
bool isSafeId(const QString &id)
{
    if (id.isEmpty() || id.size() > 64)
        return false;
    return std::all_of(id.cbegin(), id.cend(), [](QChar c) {
        return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'-'
            || c == u'_';
    });
}

} // namespace

MigrationHistory::MigrationHistory(QString directory, QObject *parent)
    : QObject(parent)
    , m_directory(directory.isEmpty() ? defaultDirectory() : std::move(directory))
{
    reload();
}

MigrationHistory::~MigrationHistory() = default;

QString MigrationHistory::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/migrations");
}

void MigrationHistory::reload()
{
    m_records.clear();
    m_skippedLines = 0;
    QFile file(QDir(m_directory).filePath(kHistoryFile));
    if (!file.open(QIODevice::ReadOnly))
        return;
    const QByteArray content = file.readAll();
    for (const QByteArray &line : content.split('\n')) {
        if (line.trimmed().isEmpty())
            continue;
        if (std::optional<MigrationRecord> record = fromJsonLine(line))
            m_records.append(std::move(*record));
        else
            ++m_skippedLines;
    }
}

QList<MigrationRecord> MigrationHistory::recordsForVm(const QString &vmUuid) const
{
    QList<MigrationRecord> found;
    for (const MigrationRecord &record : m_records) {
        if (record.vmUuid.compare(vmUuid, Qt::CaseInsensitive) == 0)
            found.append(record);
    }
    return found;
}

QList<MigrationRecord> MigrationHistory::recordsForHost(const QString &host) const
{
    QList<MigrationRecord> found;
    for (const MigrationRecord &record : m_records) {
        if (record.sourceHost == host || record.destinationHost == host)
            found.append(record);
    }
    return found;
}

bool MigrationHistory::add(MigrationRecord record, const MigrationSeries *series, QString *error)
{
    const auto fail = [error](const QString &reason) {
        if (error)
            *error = reason;
        return false;
    };
    if (record.id.isEmpty())
        record.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    else if (!isSafeId(record.id))
        return fail(tr("The history record id “%1” cannot name a file.").arg(record.id));

    QDir directory(m_directory);
    if (!directory.mkpath(QStringLiteral(".")))
        return fail(tr("Cannot create the migration history folder %1.").arg(QDir::toNativeSeparators(m_directory)));

    // The samples first: a record never points at a file that was not written.
    record.hasSamples = false;
    if (series && !series->samples().isEmpty()) {
        QSaveFile samples(directory.filePath(record.id + QStringLiteral(".csv")));
        if (!samples.open(QIODevice::WriteOnly) || samples.write(series->toCsv().toUtf8()) < 0 || !samples.commit())
            return fail(tr("Cannot write the migration samples to %1: %2")
                            .arg(QDir::toNativeSeparators(samples.fileName()), samples.errorString()));
        record.hasSamples = true;
    }

    QFile file(directory.filePath(kHistoryFile));
    if (!file.open(QIODevice::ReadWrite | QIODevice::Append))
        return fail(tr("Cannot write the migration history %1: %2")
                        .arg(QDir::toNativeSeparators(file.fileName()), file.errorString()));
    QByteArray line = toJsonLine(record);
    line.append('\n');
    // A line cut short by a crash stays damaged on its own, not glued to this one.
    if (file.size() > 0) {
        QFile tail(file.fileName());
        if (tail.open(QIODevice::ReadOnly) && tail.seek(tail.size() - 1) && tail.read(1) != "\n")
            line.prepend('\n');
    }
    if (file.write(line) != line.size() || !file.flush())
        return fail(tr("Cannot write the migration history %1: %2")
                        .arg(QDir::toNativeSeparators(file.fileName()), file.errorString()));
    file.close();

    m_records.append(record);
    Q_EMIT recordAdded(record);
    return true;
}

QString MigrationHistory::samplesCsv(const QString &id) const
{
    if (!isSafeId(id))
        return {};
    QFile file(QDir(m_directory).filePath(id + QStringLiteral(".csv")));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

QByteArray MigrationHistory::toJsonLine(const MigrationRecord &record)
{
    QJsonObject object;
    object.insert(QStringLiteral("id"), record.id);
    object.insert(QStringLiteral("vmUuid"), record.vmUuid);
    object.insert(QStringLiteral("vmName"), record.vmName);
    object.insert(QStringLiteral("sourceHost"), record.sourceHost);
    object.insert(QStringLiteral("destinationHost"), record.destinationHost);
    object.insert(QStringLiteral("method"), record.method);
    object.insert(QStringLiteral("mode"), record.mode);
    object.insert(QStringLiteral("flags"), QJsonArray::fromStringList(record.flags));
    object.insert(QStringLiteral("started"), record.started.toUTC().toString(Qt::ISODateWithMs));
    object.insert(QStringLiteral("durationMs"), double(record.durationMs));
    // Unknown stays absent, never 0.
    if (record.downtimeMs)
        object.insert(QStringLiteral("downtimeMs"), double(*record.downtimeMs));
    if (record.bytesTransferred)
        object.insert(QStringLiteral("bytesTransferred"), double(*record.bytesTransferred));
    if (record.averageBytesPerSecond)
        object.insert(QStringLiteral("averageBytesPerSecond"), *record.averageBytesPerSecond);
    object.insert(QStringLiteral("iterations"), record.iterations);
    object.insert(QStringLiteral("result"), record.result);
    object.insert(QStringLiteral("message"), record.message);
    object.insert(QStringLiteral("finalHost"), record.finalHost);
    object.insert(QStringLiteral("hasSamples"), record.hasSamples);
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

std::optional<MigrationRecord> MigrationHistory::fromJsonLine(const QByteArray &line)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(line, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    const QJsonObject object = document.object();
    const auto text = [&object](const char *key) { return object.value(QLatin1String(key)).toString(); };

    MigrationRecord record;
    record.id = text("id");
    record.result = text("result");
    if (!isSafeId(record.id) || record.result.isEmpty())
        return std::nullopt;
    record.vmUuid = text("vmUuid");
    record.vmName = text("vmName");
    record.sourceHost = text("sourceHost");
    record.destinationHost = text("destinationHost");
    record.method = text("method");
    record.mode = text("mode");
    const QJsonValue flags = object.value(QStringLiteral("flags"));
    if (!flags.isUndefined() && !flags.isArray())
        return std::nullopt;
    for (const QJsonValue &flag : flags.toArray()) {
        if (!flag.isString())
            return std::nullopt;
        record.flags.append(flag.toString());
    }
    record.started = QDateTime::fromString(text("started"), Qt::ISODateWithMs);
    if (!record.started.isValid())
        return std::nullopt;
    record.started = record.started.toUTC();
    bool ok = true;
    record.durationMs = qint64(unsignedValue(object, QStringLiteral("durationMs"), &ok).value_or(0));
    record.downtimeMs = unsignedValue(object, QStringLiteral("downtimeMs"), &ok);
    record.bytesTransferred = unsignedValue(object, QStringLiteral("bytesTransferred"), &ok);
    const QJsonValue average = object.value(QStringLiteral("averageBytesPerSecond"));
    if (average.isDouble())
        record.averageBytesPerSecond = average.toDouble();
    else if (!average.isUndefined() && !average.isNull())
        ok = false;
    const quint64 iterations = unsignedValue(object, QStringLiteral("iterations"), &ok).value_or(0);
    if (iterations > quint64(std::numeric_limits<int>::max()))
        ok = false;
    record.iterations = int(iterations);
    if (!ok)
        return std::nullopt;
    record.message = text("message");
    record.finalHost = text("finalHost");
    record.hasSamples = object.value(QStringLiteral("hasSamples")).toBool();
    return record;
}
