// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: Virt Ferry contributors
#include "ReliabilityRecord.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QStringList>

#include <optional>

namespace Reliability {
namespace {

struct PendingRow
{
    Area area;
    QString condition;
    QString action;
    QStringList showed;
};

QMutex g_mutex;
std::optional<PendingRow> g_pending;

QString areaKey(Area area)
{
    switch (area) {
    case Area::FaultMatrix:
        return QStringLiteral("fault-matrix");
    case Area::HostileInput:
        return QStringLiteral("hostile-input");
    case Area::Secrets:
        return QStringLiteral("secrets");
    case Area::Sanitizers:
        return QStringLiteral("sanitizers");
    case Area::Fuzzing:
        return QStringLiteral("fuzzing");
    }
    return {};
}

QString rowsPath()
{
    const QByteArray fromEnvironment = qgetenv("VF_RELIABILITY_ROWS");
    if (!fromEnvironment.isEmpty())
        return QString::fromLocal8Bit(fromEnvironment);
#ifdef VF_RELIABILITY_DEFAULT_ROWS
    return QStringLiteral(VF_RELIABILITY_DEFAULT_ROWS);
#else
    return {};
#endif
}

} // namespace

void describe(Area area, const QString &condition, const QString &action)
{
    QMutexLocker lock(&g_mutex);
    g_pending = PendingRow { area, condition, action, {} };
}

void showed(const QString &whatTheAppShowed)
{
    QMutexLocker lock(&g_mutex);
    if (g_pending && !whatTheAppShowed.trimmed().isEmpty() && !g_pending->showed.contains(whatTheAppShowed.trimmed()))
        g_pending->showed.append(whatTheAppShowed.trimmed());
}

void finishTest(const QString &testName, bool passed, bool skipped)
{
    QMutexLocker lock(&g_mutex);
    if (!g_pending)
        return;
    const PendingRow row = *std::exchange(g_pending, std::nullopt);
    const QString path = rowsPath();
    if (path.isEmpty())
        return;
    QJsonObject object;
    object.insert(QStringLiteral("area"), areaKey(row.area));
    object.insert(QStringLiteral("condition"), row.condition);
    object.insert(QStringLiteral("action"), row.action);
    object.insert(QStringLiteral("showed"), QJsonArray::fromStringList(row.showed));
    object.insert(QStringLiteral("result"),
        skipped ? QStringLiteral("skipped") : (passed ? QStringLiteral("passed") : QStringLiteral("failed")));
    object.insert(QStringLiteral("test"), testName);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    // One write per row in append mode: the test processes ctest runs side by side add
    // whole lines, never interleaved ones.
    if (file.open(QIODevice::WriteOnly | QIODevice::Append))
        file.write(QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n');
}

} // namespace Reliability
