// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: Virt Ferry contributors
#pragma once

#include <QMetaType>
#include <QString>

// The one error type of the core: libvirt's code, domain and message, captured on the
// thread that made the failing call (libvirt keeps its last error per thread).
class LibvirtError final
{
public:
    LibvirtError() = default;
    LibvirtError(int code, int domain, QString message);

    // Copies virGetLastError() of the calling thread; falls back to `context` when
    // libvirt recorded nothing (some failures only return -1).
    static LibvirtError fromLastError(const QString &context = {});

    // Silences libvirt's default handler, which prints every error to stderr.
    static void installQuietHandler();

    int code() const { return m_code; }
    int domain() const { return m_domain; }
    const QString &message() const { return m_message; }
    bool isSet() const { return m_code != 0 || !m_message.isEmpty(); }

private:
    int m_code = 0;
    int m_domain = 0;
    QString m_message;
};

Q_DECLARE_METATYPE(LibvirtError)

namespace Libvirt {

// The message of LibvirtError::fromLastError(fallback), for the many places that only
// report it.
QString lastErrorMessage(const QString &fallback = {});

} // namespace Libvirt
