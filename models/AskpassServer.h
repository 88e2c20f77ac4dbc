// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: Virt Ferry contributors
#pragma once

#include "CredentialExchange.h"

#include <QObject>
#include <QSet>

class QSocketNotifier;

// Brings OpenSSH's prompts (password, key passphrase, "continue connecting (yes/no)?")
// into the app. libvirt's qemu+ssh transport runs the system `ssh`, which asks through
// $SSH_ASKPASS when it has no terminal; that program is a small wrapper around
// virt-ferry-askpass, which relays the prompt over a private Unix socket to this server.
// Each prompt becomes a CredentialExchange that the GUI answers; nobody waits on the GUI
// thread. libvirt passes only SSH_ASKPASS (and DISPLAY) on to ssh, so the socket's path
// travels inside the wrapper, not in another environment variable.
class AskpassServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AskpassServer)

public:
    // `helperProgram`: the virt-ferry-askpass executable.
    explicit AskpassServer(QString helperProgram, QObject *parent = nullptr);
    ~AskpassServer() override;

    // Creates a private (0700) directory with the socket and the wrapper script.
    bool listen(QString *errorMessage);
    QString askpassProgram() const { return m_wrapperPath; }
    // Where virt-ferry-askpass connects (for tests that speak its protocol themselves).
    QString socketPath() const { return m_socketPath; }
    // Points ssh at the wrapper: SSH_ASKPASS, SSH_ASKPASS_REQUIRE=force for ssh run
    // directly, and DISPLAY when there is none (ssh only uses askpass with a display).
    void exportToEnvironment() const;

    // The kind a prompt text from ssh is, for the dialog to pick its shape.
    static CredentialExchange::Kind classifyPrompt(const QString &prompt);

    // Prompts shown and not yet answered. While any is open, connect timeouts should
    // wait: ssh is blocked on the user, not on the network.
    int pendingPrompts() const;

Q_SIGNALS:
    void credentialsRequested(const CredentialExchangePtr &exchange);
    void pendingPromptsChanged(int count);

private:
    struct Client;
    void acceptClient();
    void readFromClient(int fd);
    void closeClient(int fd);

    QString m_helperProgram;
    QString m_directory;
    QString m_socketPath;
    QString m_wrapperPath;
    int m_listenFd = -1;
    QSocketNotifier *m_listenNotifier = nullptr;
    QHash<int, Client *> m_clients;
};
