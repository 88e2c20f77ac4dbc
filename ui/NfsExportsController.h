// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: Virt Ferry contributors
#pragma once

#include "HostSession.h"

#include <QObject>
#include <QPointer>

class CredentialPrompter;
class ExportsApplier;
class ExportsEditorDialog;
class QWidget;

// One "NFS exports" session with a server (seed step S5): opens an SSH session of the
// app's own (host key and password questions in the app's dialogs), loads /etc/exports
// into the editor, and applies what the editor asks for. Lives as long as the editor.
class NfsExportsController final : public QObject
{
    Q_OBJECT

public:
    NfsExportsController(const HostSession::Options &options, CredentialPrompter *prompter, QWidget *parentWindow);

    // Asks for [user@]host[:port] with inline validation; `suggestion` prefills it.
    static std::optional<HostSession::Options> askForServer(const QString &suggestion, QWidget *parentWindow);

    void start();
    ExportsEditorDialog *dialog() const { return m_dialog; }

private:
    void askAboutHostKey(const HostKeyQuestionPtr &question);

    HostSession::Options m_options;
    QPointer<CredentialPrompter> m_prompter;
    QWidget *m_parentWindow;
    HostSession *m_session;
    ExportsApplier *m_applier;
    ExportsEditorDialog *m_dialog;
};
