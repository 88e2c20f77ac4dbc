// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: Virt Ferry contributors
#pragma once

#include <QMetaType>
#include <QString>

#include <optional>

// What the user saved about one libvirt connection, and the URI it makes.
// A plain value type; never holds a password (those live in the keyring).
struct ConnectionConfig
{
    enum class Hypervisor { QemuSystem, QemuSession, Test };
    enum class Transport { Local, Ssh, Libssh, Tls, Tcp };

    QString id; // stable key in the settings, independent of the URI
    QString displayName;
    Hypervisor hypervisor = Hypervisor::QemuSystem;
    Transport transport = Transport::Local;
    QString user;
    QString host;
    int port = 0; // 0: the transport's default
    QString testDriverPath; // Test hypervisor only; empty means libvirt's "default" node
    QString extraParameters; // "name=value&name=value", appended as the URI query
    QString customUri; // when set, used verbatim instead of the fields above
    bool autoconnect = true;

    QString uri() const;
    QString effectiveDisplayName() const;
    bool isRemote() const { return transport != Transport::Local; }

    // The fields that best describe `uri`; an unrecognised URI lands in customUri.
    static ConnectionConfig fromUri(const QString &uri);

    // The embedded connection every first run starts with.
    static ConnectionConfig defaultTestConnection();

    friend bool operator==(const ConnectionConfig &, const ConnectionConfig &) = default;
};

Q_DECLARE_METATYPE(ConnectionConfig)

// Inline validation for the connection dialog: each returns an empty string when the
// value is acceptable, or a specific, user-facing reason when it is not.
namespace ConnectionValidation {
QString hostError(const QString &host);
QString portError(int port);
QString userError(const QString &user);
QString testDriverPathError(const QString &path);
// A local file named in the URI (known_hosts, key file): control characters or invisible
// ones would be percent-encoded into the URI and come back as a file nobody can type.
QString localPathCharacterError(const QString &path);
QString extraParametersError(const QString &parameters);
QString uriError(const QString &uri);
// Every error of the config as a whole, in field order; empty when it can be saved.
QString firstError(const ConnectionConfig &config);
} // namespace ConnectionValidation
