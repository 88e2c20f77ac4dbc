// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: Virt Ferry contributors
#pragma once

#include "CredentialExchange.h"

#include <QObject>

class QWidget;

// Answers libvirt's credential callback with a window-modal dialog that is opened, never
// exec()'d: the worker waits for the answer, the GUI thread keeps turning.
class CredentialPrompter final : public QObject
{
    Q_OBJECT

public:
    explicit CredentialPrompter(QWidget *parentWindow);

    void prompt(const CredentialExchangePtr &exchange);

private:
    bool promptForHostKey(const CredentialExchangePtr &exchange);

    QWidget *m_parentWindow;
};
