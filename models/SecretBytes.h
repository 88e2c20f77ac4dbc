// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: Virt Ferry contributors
#pragma once

#include <QByteArray>
#include <QString>

#include <cstddef>

// Copies and encodings of a secret that never pass it through vector registers.
//
// memcpy, QByteArray's copy constructor and QString::toUtf8() move data through SIMD
// registers (ymm16+ with glibc's AVX-512 memcpy), and nothing clears those afterwards: the
// secret stays in them until some other code happens to reuse them. Whatever saves the
// register file to memory then writes it, unwiped, where nobody looks for it: the dynamic
// linker's lazy binding (_dl_runtime_resolve_xsavec) does so onto the calling thread's
// stack the first time a not yet bound function is called, and so does every signal frame.
// A worker thread's stack is cached by glibc after the thread ends, so the secret outlives
// the thread. Volatile accesses move one byte at a time through general-purpose registers,
// which the very next instructions overwrite, and the compiler may not vectorize them.
namespace SecretBytes {

// Copies `size` bytes from `source` to `destination` (which must not overlap).
inline void copy(char *destination, const char *source, std::size_t size)
{
    const volatile char *from = source;
    volatile char *to = destination;
    for (std::size_t i = 0; i < size; ++i)
        to[i] = from[i];
}

// A copy in a buffer of its own, never shared with `data`.
inline QByteArray copied(const char *data, qsizetype size)
{
    QByteArray result(size, Qt::Uninitialized);
    copy(result.data(), data, std::size_t(size));
    return result;
}

// `text` in UTF-8, as QString::toUtf8() (an unpaired surrogate becomes U+FFFD), without
// SIMD. The buffer is allocated once at its largest size and only shortened afterwards,
// so no grown-out copy is left behind.
inline QByteArray toUtf8(const QString &text)
{
    QByteArray result(text.size() * 3, Qt::Uninitialized);
    volatile char *out = result.data();
    // constData(), not utf16(): that reallocates static data, copying it unwiped.
    const volatile char16_t *in = reinterpret_cast<const char16_t *>(text.constData());
    const qsizetype length = text.size();
    qsizetype written = 0;
    for (qsizetype i = 0; i < length; ++i) {
        char32_t unit = in[i];
        if (unit >= 0xD800 && unit <= 0xDBFF && i + 1 < length && in[i + 1] >= 0xDC00 && in[i + 1] <= 0xDFFF) {
            unit = 0x10000 + ((unit - 0xD800) << 10) + (in[i + 1] - 0xDC00);
            ++i;
        } else if (unit >= 0xD800 && unit <= 0xDFFF) {
            unit = 0xFFFD;
        }
        if (unit < 0x80) {
            out[written++] = char(unit);
        } else if (unit < 0x800) {
            out[written++] = char(0xC0 | (unit >> 6));
            out[written++] = char(0x80 | (unit & 0x3F));
        } else if (unit < 0x10000) {
            out[written++] = char(0xE0 | (unit >> 12));
            out[written++] = char(0x80 | ((unit >> 6) & 0x3F));
            out[written++] = char(0x80 | (unit & 0x3F));
        } else {
            out[written++] = char(0xF0 | (unit >> 18));
            out[written++] = char(0x80 | ((unit >> 12) & 0x3F));
            out[written++] = char(0x80 | ((unit >> 6) & 0x3F));
            out[written++] = char(0x80 | (unit & 0x3F));
        }
        unit = 0;
    }
    result.truncate(written); // shrinks in place: Qt never reallocates to shorten
    return result;
}

} // namespace SecretBytes
