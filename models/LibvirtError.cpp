// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: Virt Ferry contributors
#include "LibvirtError.h"

#include "Tr.h"

#include <libvirt/virterror.h>

LibvirtError::LibvirtError(int code, int domain, QString message)
    : m_code(code)
    , m_domain(domain)
    , m_message(std::move(message))
{
}

LibvirtError LibvirtError::fromLastError(const QString &context)
{
    const virError *error = virGetLastError();
    if (!error || error->code == VIR_ERR_OK)
        return LibvirtError(VIR_ERR_INTERNAL_ERROR, VIR_FROM_NONE,
                            context.isEmpty() ? Tr::tr("Unknown libvirt error") : context);
    LibvirtError result(error->code, error->domain, QString::fromUtf8(error->message));
    virResetLastError();
    return result;
}

static void discardLibvirtError(void *, virErrorPtr)
{
    // Errors are read back per call with virGetLastError(); printing them here would
    // duplicate them on stderr and could leak URIs into logs.
}

void LibvirtError::installQuietHandler()
{
    virSetErrorFunc(nullptr, discardLibvirtError);
}

QString Libvirt::lastErrorMessage(const QString &fallback)
{
    return LibvirtError::fromLastError(fallback).message();
}
