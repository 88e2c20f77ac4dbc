// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: Virt Ferry contributors
// Connection URIs: ConnectionConfig::fromUri() and uri() both ways.
// Invariants, from text: fromUri(fromUri(t).uri()) is the same config (uri() is a fixed
// point after one parse), and a URI that became custom stays verbatim. From fields (the
// first byte selects this mode): a config the connection dialog accepts
// (ConnectionValidation::firstError() empty) makes a URI that fromUri() reads back into
// the same hypervisor, transport, user, host, port, test driver path and parameters,
// and that uriError() accepts.
#include "ConnectionConfig.h"
#include "FuzzCheck.h"

#include <fuzzer/FuzzedDataProvider.h>

#include <arpa/inet.h>

#include <cstddef>
#include <cstdint>
#include <cstring>

namespace {

QString describe(const ConnectionConfig &c)
{
    return QStringLiteral("hv=%1 tr=%2 user=%3 host=%4 port=%5 path=%6 params=%7 custom=%8")
        .arg(int(c.hypervisor))
        .arg(int(c.transport))
        .arg(fuzzQuoted(c.user), fuzzQuoted(c.host))
        .arg(c.port)
        .arg(fuzzQuoted(c.testDriverPath), fuzzQuoted(c.extraParameters), fuzzQuoted(c.customUri));
}

// RFC 3986 equivalence, as QUrl applies it: an escaped unreserved character is that
// character, and escapes are case-insensitive.
QString normalizedQuery(const QString &query)
{
    QString out;
    for (qsizetype i = 0; i < query.size(); ++i) {
        if (query.at(i) == u'%' && i + 2 < query.size()) {
            bool ok = false;
            const int value = query.mid(i + 1, 2).toInt(&ok, 16);
            if (ok) {
                const QChar c(value);
                if ((c.isLetterOrNumber() && value < 128) || c == u'-' || c == u'.' || c == u'_' || c == u'~')
                    out += c;
                else
                    out += u'%' + query.mid(i + 1, 2).toUpper();
                i += 2;
                continue;
            }
        }
        out += query.at(i);
    }
    return out;
}

bool sameIpv6(const QString &a, const QString &b)
{
    const auto bare = [](const QString &host) {
        return (host.startsWith(u'[') && host.endsWith(u']') ? host.mid(1, host.size() - 2) : host).toLatin1();
    };
    in6_addr first {};
    in6_addr second {};
    return inet_pton(AF_INET6, bare(a).constData(), &first) == 1
        && inet_pton(AF_INET6, bare(b).constData(), &second) == 1 && std::memcmp(&first, &second, sizeof first) == 0;
}

QString fromUtf8(const std::string &text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

void fromText(const QString &text)
{
    const ConnectionConfig first = ConnectionConfig::fromUri(text);
    FUZZ_CHECK(!first.id.isEmpty(), QString());
    if (!first.customUri.isEmpty())
        FUZZ_CHECK(first.customUri == text.trimmed() && first.uri() == text.trimmed(), describe(first));
    const QString uri = first.uri();
    ConnectionConfig second = ConnectionConfig::fromUri(uri);
    second.id = first.id;
    FUZZ_CHECK(second == first, fuzzQuoted(text) + QStringLiteral("\n  ") + describe(first)
            + QStringLiteral("\n  uri() ") + fuzzQuoted(uri) + QStringLiteral("\n  ") + describe(second));
    FUZZ_CHECK(second.uri() == uri, fuzzQuoted(uri) + QStringLiteral(" became ") + fuzzQuoted(second.uri()));
}

void fromFields(FuzzedDataProvider &provider)
{
    ConnectionConfig config;
    config.hypervisor = ConnectionConfig::Hypervisor(provider.ConsumeIntegralInRange<int>(0, 2));
    config.transport = ConnectionConfig::Transport(provider.ConsumeIntegralInRange<int>(0, 4));
    config.user = fromUtf8(provider.ConsumeRandomLengthString(32));
    config.host = fromUtf8(provider.ConsumeRandomLengthString(64));
    config.port = provider.ConsumeBool() ? 0 : provider.ConsumeIntegralInRange<int>(-1, 70000);
    config.testDriverPath = config.hypervisor == ConnectionConfig::Hypervisor::Test
        ? fromUtf8(provider.ConsumeRandomLengthString(64))
        : QString();
    config.extraParameters = fromUtf8(provider.ConsumeRandomLengthString(64));
    if (!config.isRemote()) {
        config.user.clear();
        config.host.clear();
        config.port = 0;
    }
    if (!ConnectionValidation::firstError(config).isEmpty())
        return;
    const QString uri = config.uri();
    FUZZ_CHECK(ConnectionValidation::uriError(uri).isEmpty(),
        describe(config) + QStringLiteral("\n  uri() ") + fuzzQuoted(uri) + QStringLiteral(": ")
            + ConnectionValidation::uriError(uri));
    ConnectionConfig parsed = ConnectionConfig::fromUri(uri);
    // What the dialog keeps is what fromUri() would choose: trimmed parameters.
    ConnectionConfig expected = config;
    expected.id = parsed.id;
    expected.extraParameters = normalizedQuery(config.extraParameters.trimmed());
    parsed.extraParameters = normalizedQuery(parsed.extraParameters);
    // Host names are case-insensitive and QUrl lowers them; it writes IPv6 addresses in its
    // own canonical form.
    if (parsed.host.compare(expected.host, Qt::CaseInsensitive) == 0 || sameIpv6(parsed.host, expected.host))
        parsed.host = expected.host;
    FUZZ_CHECK(parsed == expected, describe(expected) + QStringLiteral("\n  uri() ") + fuzzQuoted(uri)
            + QStringLiteral("\n  ") + describe(parsed));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 0 && data[0] == 0xff) {
        FuzzedDataProvider provider(data + 1, size - 1);
        fromFields(provider);
        return 0;
    }
    fromText(QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size)));
    return 0;
}
