#!/bin/bash
# SPDX-License-Identifier: GPL-2.0-or-later
# SPDX-FileCopyrightText: Virt Ferry contributors
# Runs a command with a private D-Bus session and a fresh, unlocked GNOME keyring (the
# Secret Service QtKeychain talks to), so keyring tests never touch the user's keyring.
set -euo pipefail
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
mkdir -m 700 "$scratch/data" "$scratch/runtime"
export XDG_DATA_HOME=$scratch/data XDG_RUNTIME_DIR=$scratch/runtime
# --login creates and unlocks the login keyring from stdin; --start adds the secrets
# component to that daemon. The test keyring's password is not a secret.
exec dbus-run-session -- bash -c '
    printf "virt-ferry-test" | gnome-keyring-daemon --login >/dev/null 2>&1
    gnome-keyring-daemon --start --components=secrets >/dev/null 2>&1
    exec "$@"' keyring "$@"
