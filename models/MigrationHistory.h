// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: Virt Ferry contributors
#pragma once

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <optional>

class MigrationSeries;

// One finished migration as the history keeps it.
struct MigrationRecord
{
    QString id; // a fresh UUID, also the name of its samples file
    QString vmUuid;
    QString vmName;
    QString sourceHost; // the connections' display names
    QString destinationHost;
    QString method; // MigrationPlan's method, as the summary names it
    QString mode; // MigrationOptions' mode, e.g. "live-shared"
    QStringList flags; // libvirt flag names, e.g. "VIR_MIGRATE_LIVE"
    QDateTime started; // UTC
    qint64 durationMs = 0;
    std::optional<quint64> downtimeMs;
    std::optional<quint64> bytesTransferred;
    std::optional<double> averageBytesPerSecond;
    int iterations = 0;
    QString result; // "completed", "failed" or "cancelled"
    QString message; // libvirt's message on failure
    QString finalHost; // where the VM was found afterwards ("source", "destination"…)
    bool hasSamples = false; // a samples CSV was stored

    friend bool operator==(const MigrationRecord &, const MigrationRecord &) = default;
};

// The migrations done from this machine, per VM and per host, persisted under the XDG data
// dir (QStandardPaths::AppDataLocation/migrations): history.jsonl (one JSON object per
// line, appended, so a crash loses at most the line being written) and <id>.csv with the
// job's samples (JobStatsCsv). Lives on the GUI thread; the files are small and local.
class MigrationHistory final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MigrationHistory)

public:
    // `directory` empty: defaultDirectory().
    explicit MigrationHistory(QString directory = {}, QObject *parent = nullptr);
    ~MigrationHistory() override;

    static QString defaultDirectory();
    QString directory() const { return m_directory; }

    // Reads the file again; a damaged line is skipped (and counted), never fatal.
    void reload();
    int skippedLines() const { return m_skippedLines; }

    // Newest last.
    const QList<MigrationRecord> &records() const { return m_records; }
    QList<MigrationRecord> recordsForVm(const QString &vmUuid) const;
    QList<MigrationRecord> recordsForHost(const QString &host) const; // as source or destination

    // Appends the record (a new id when empty) and, with `series`, its samples. False with
    // the reason when the directory cannot be written.
    bool add(MigrationRecord record, const MigrationSeries *series, QString *error = nullptr);
    // The stored samples of a record as CSV, empty when there are none.
    QString samplesCsv(const QString &id) const;

    // Serialisation of one record (a JSON object), shared with export.
    static QByteArray toJsonLine(const MigrationRecord &record);
    static std::optional<MigrationRecord> fromJsonLine(const QByteArray &line);

Q_SIGNALS:
    void recordAdded(const MigrationRecord &record);

private:
    QString m_directory;
    QList<MigrationRecord> m_records;
    int m_skippedLines = 0;
};
