// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: Virt Ferry contributors
// Domain XML: domainDisks(), domainXmlName() and rewriteDomainXml() on arbitrary bytes.
// Invariants: an empty rewrite keeps the disks and the name; a rewrite of every disk, the
// name and the UUID yields XML whose disks carry exactly the new sources, in the same
// order, with the new name and no <uuid>; a rewrite succeeds only on XML domainDisks()
// reads without error.
#include "DomainDisks.h"
#include "FuzzCheck.h"

#include <QXmlStreamReader>

#include <cstddef>
#include <cstdint>

namespace {

bool sameDisk(const DomainDisk &a, const DomainDisk &b)
{
    return a.device == b.device && a.type == b.type && a.targetDev == b.targetDev && a.targetBus == b.targetBus
        && a.sourcePath == b.sourcePath && a.sourcePool == b.sourcePool && a.sourceVolume == b.sourceVolume
        && a.sourceProtocol == b.sourceProtocol && a.sourceName == b.sourceName && a.sourceHosts == b.sourceHosts
        && a.driverFormat == b.driverFormat && a.readOnly == b.readOnly && a.shareable == b.shareable;
}

QString describe(const QList<DomainDisk> &disks)
{
    QStringList parts;
    for (const DomainDisk &disk : disks)
        parts << disk.type + u'/' + disk.targetDev + u'=' + disk.sourcePath + disk.sourcePool + u':'
                + disk.sourceVolume + u':' + disk.sourceName;
    return parts.join(QStringLiteral(" | "));
}

bool hasTopLevelUuid(const QString &xml)
{
    QXmlStreamReader reader(xml);
    int depth = 0;
    while (!reader.atEnd()) {
        const auto token = reader.readNext();
        if (token == QXmlStreamReader::StartElement) {
            ++depth;
            if (depth == 2 && reader.name() == u"uuid" && reader.namespaceUri().isEmpty())
                return true;
        } else if (token == QXmlStreamReader::EndElement) {
            --depth;
        }
    }
    return false;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString xml = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));

    QString readError;
    const QList<DomainDisk> disks = domainDisks(xml, &readError);
    const QString name = domainXmlName(xml);
    QString againError;
    FUZZ_CHECK(sameDisk(disks.value(0), domainDisks(xml, &againError).value(0)) && againError == readError,
        QStringLiteral("domainDisks is not deterministic"));

    QString identityError;
    const std::optional<QString> identity = rewriteDomainXml(xml, DomainXmlRewrite {}, &identityError);
    if (!identity) {
        FUZZ_CHECK(!identityError.isEmpty(), QStringLiteral("a failed rewrite without a reason"));
    } else {
        FUZZ_CHECK(readError.isEmpty(), QStringLiteral("rewrote XML domainDisks rejects: ") + readError);
        QString error;
        const QList<DomainDisk> after = domainDisks(*identity, &error);
        FUZZ_CHECK(error.isEmpty(), QStringLiteral("the rewrite wrote malformed XML: ") + error);
        FUZZ_CHECK(after.size() == disks.size(), describe(disks) + QStringLiteral(" became ") + describe(after));
        for (qsizetype i = 0; i < disks.size(); ++i)
            FUZZ_CHECK(sameDisk(disks.at(i), after.at(i)),
                describe(disks) + QStringLiteral(" became ") + describe(after) + QStringLiteral("\n") + *identity);
        FUZZ_CHECK(domainXmlName(*identity) == name,
            fuzzQuoted(name) + QStringLiteral(" became ") + fuzzQuoted(domainXmlName(*identity)));
    }

    // Every disk with a target moves; the kinds rotate so each writer path is taken.
    DomainXmlRewrite rewrite;
    rewrite.dropUuid = true;
    rewrite.name = QStringLiteral("fuzz-renamed");
    for (qsizetype i = 0; i < disks.size(); ++i) {
        const QString target = disks.at(i).targetDev;
        if (target.isEmpty() || rewrite.sources.contains(target))
            continue;
        const QString number = QString::number(i);
        switch (i % 3) {
        case 0:
            rewrite.sources.insert(target, DiskSourceRewrite::file(QStringLiteral("/new/disk-") + number));
            break;
        case 1:
            rewrite.sources.insert(target, DiskSourceRewrite::block(QStringLiteral("/dev/new") + number));
            break;
        default:
            rewrite.sources.insert(target, DiskSourceRewrite::poolVolume(QStringLiteral("pool"), number));
            break;
        }
    }
    QString rewriteError;
    const std::optional<QString> moved = rewriteDomainXml(xml, rewrite, &rewriteError);
    if (!moved) {
        FUZZ_CHECK(!rewriteError.isEmpty(), QStringLiteral("a failed rewrite without a reason"));
        FUZZ_CHECK(!identity, QStringLiteral("the full rewrite failed where the empty one worked: ") + rewriteError);
        return 0;
    }
    FUZZ_CHECK(identity.has_value(), QStringLiteral("the full rewrite worked where the empty one failed"));
    QString error;
    const QList<DomainDisk> after = domainDisks(*moved, &error);
    FUZZ_CHECK(error.isEmpty(), QStringLiteral("the rewrite wrote malformed XML: ") + error);
    FUZZ_CHECK(after.size() == disks.size(), describe(disks) + QStringLiteral(" became ") + describe(after));
    for (qsizetype i = 0; i < disks.size(); ++i) {
        const DomainDisk &before = disks.at(i);
        const DomainDisk &now = after.at(i);
        FUZZ_CHECK(now.targetDev == before.targetDev && now.device == before.device,
            describe(disks) + QStringLiteral(" became ") + describe(after));
        const auto found = rewrite.sources.constFind(before.targetDev);
        if (found == rewrite.sources.cend()) {
            FUZZ_CHECK(sameDisk(before, now), describe(disks) + QStringLiteral(" became ") + describe(after));
            continue;
        }
        const DiskSourceRewrite &source = found.value();
        const bool asked = source.kind == DiskSourceRewrite::Kind::Volume
            ? now.type == u"volume" && now.sourcePool == source.pool && now.sourceVolume == source.volume
                && now.sourcePath.isEmpty()
            : now.type == (source.kind == DiskSourceRewrite::Kind::File ? u"file" : u"block")
                && now.sourcePath == source.path && now.sourceVolume.isEmpty();
        FUZZ_CHECK(asked && now.sourceHosts.isEmpty() && now.sourceName.isEmpty(),
            QStringLiteral("disk ") + before.targetDev + QStringLiteral(" not rewritten: ") + describe(after)
                + QStringLiteral("\n") + *moved);
    }
    if (!name.isEmpty())
        FUZZ_CHECK(domainXmlName(*moved) == u"fuzz-renamed", fuzzQuoted(domainXmlName(*moved)));
    FUZZ_CHECK(!hasTopLevelUuid(*moved), QStringLiteral("<uuid> left in\n") + *moved);
    return 0;
}
