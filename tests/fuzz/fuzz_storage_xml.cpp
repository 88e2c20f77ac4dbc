// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: Virt Ferry contributors
// Pool and volume XML: PoolDefinition::fromXml, VolumeXmlFacts::fromXml,
// parsePoolCapabilities and parsePoolSources on arbitrary bytes.
// Invariants: what fromXml reads, toXml writes back so that fromXml reads the same
// definition again (mount options only for netfs, which is all toXml writes them for);
// the volume facts survive VolumeDefinition::toXml; a parse error always comes with an
// empty result and a message, and a success never sets the message.
#include "FuzzCheck.h"
#include "PoolSourceDiscovery.h"
#include "StorageTypes.h"
#include "VolumeXmlFacts.h"

#include <cstddef>
#include <cstdint>

namespace {

QString describe(const PoolDefinition &d)
{
    const QStringList fields = { d.name, d.type, d.targetPath, d.sourceHost, d.sourceDir, d.sourceDevice,
        d.sourceName, d.sourceFormat, d.nfsProtocolVersion ? QString::number(*d.nfsProtocolVersion) : QString(),
        d.mountOptions.join(u';') };
    QStringList quoted;
    for (const QString &field : fields)
        quoted << fuzzQuoted(field);
    return quoted.join(QStringLiteral(" | "));
}

bool samePool(const PoolDefinition &a, const PoolDefinition &b)
{
    return a.name == b.name && a.type == b.type && a.targetPath == b.targetPath && a.sourceHost == b.sourceHost
        && a.sourceDir == b.sourceDir && a.sourceDevice == b.sourceDevice && a.sourceName == b.sourceName
        && a.sourceFormat == b.sourceFormat && a.nfsProtocolVersion == b.nfsProtocolVersion
        && a.mountOptions == b.mountOptions;
}

void checkPool(const QString &xml)
{
    QString error = QStringLiteral("unset");
    const std::optional<PoolDefinition> pool = PoolDefinition::fromXml(xml, &error);
    if (!pool) {
        FUZZ_CHECK(!error.isEmpty() && error != u"unset", QStringLiteral("no reason for a rejected pool"));
        return;
    }
    FUZZ_CHECK(error == u"unset", QStringLiteral("a reason set on success: ") + error);
    PoolDefinition expected = *pool;
    if (expected.type != u"netfs")
        expected.mountOptions.clear();
    const QString written = pool->toXml();
    QString rereadError;
    const std::optional<PoolDefinition> reread = PoolDefinition::fromXml(written, &rereadError);
    FUZZ_CHECK(reread.has_value(), QStringLiteral("toXml wrote what fromXml rejects: ") + rereadError);
    FUZZ_CHECK(samePool(*reread, expected),
        describe(expected) + QStringLiteral("\nread back as\n") + describe(*reread) + QStringLiteral("\n") + written);
    FUZZ_CHECK(reread->sameDefinition(expected) && expected.sameDefinition(*reread),
        reread->differencesFrom(expected).join(u';'));
}

void checkVolume(const QString &xml)
{
    const VolumeXmlFacts facts = VolumeXmlFacts::fromXml(xml);
    FUZZ_CHECK(facts.backingPath == facts.backingPath.trimmed(), fuzzQuoted(facts.backingPath));
    VolumeDefinition definition;
    definition.name = QStringLiteral("fuzz");
    definition.format = facts.format;
    definition.backingPath = facts.backingPath;
    definition.backingFormat = facts.backingFormat;
    const QString written = definition.toXml();
    const VolumeXmlFacts reread = VolumeXmlFacts::fromXml(written);
    const bool backed = facts.format == u"qcow2" && !facts.backingPath.isEmpty();
    FUZZ_CHECK(reread.format == facts.format, fuzzQuoted(facts.format) + QStringLiteral(" became ") + fuzzQuoted(reread.format));
    FUZZ_CHECK(reread.backingPath == (backed ? facts.backingPath : QString()),
        fuzzQuoted(facts.backingPath) + QStringLiteral(" became ") + fuzzQuoted(reread.backingPath));
    FUZZ_CHECK(reread.backingFormat == (backed ? facts.backingFormat : QString()),
        fuzzQuoted(facts.backingFormat) + QStringLiteral(" became ") + fuzzQuoted(reread.backingFormat));
}

void checkCapabilities(const QString &xml)
{
    QString error;
    const QList<PoolTypeSupport> types = parsePoolCapabilities(xml, &error);
    FUZZ_CHECK(error.isEmpty() || types.isEmpty(), QStringLiteral("types despite: ") + error);
    QString again;
    FUZZ_CHECK(parsePoolCapabilities(xml, &again).size() == types.size() && again == error,
        QStringLiteral("parsePoolCapabilities is not deterministic"));
}

void checkSources(const QString &xml)
{
    QString error;
    const QList<PoolSourceDiscovery::Source> sources = parsePoolSources(xml, &error);
    FUZZ_CHECK(error.isEmpty() || sources.isEmpty(), QStringLiteral("sources despite: ") + error);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString xml = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    checkPool(xml);
    checkVolume(xml);
    checkCapabilities(xml);
    checkSources(xml);
    return 0;
}
