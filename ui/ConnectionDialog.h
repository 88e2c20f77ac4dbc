// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: Virt Ferry contributors
#pragma once

#include "ConnectionConfig.h"

#include "FieldErrors.h"

#include <QDialog>
#include <QHash>

#include <memory>

class QAction;
class QLabel;
class QLineEdit;

namespace Ui {
class ConnectionDialog;
}

// Adds or edits one saved libvirt connection. Validates every field as the user types,
// using ConnectionValidation, and keeps OK disabled until the whole form can be saved.
// GUI thread only; it never talks to libvirt.
class ConnectionDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionDialog)

public:
    explicit ConnectionDialog(QWidget *parent = nullptr);
    ~ConnectionDialog() override;

    void setConfig(const ConnectionConfig &config); // for Edit; keeps config.id
    ConnectionConfig config() const; // built from the fields

private:
    void updateState();
    void onCustomUriToggled(bool checked);
    void browseTestDriverPath();

    ConnectionConfig::Hypervisor currentHypervisor() const;
    ConnectionConfig::Transport currentTransport() const;
    int portValue() const;
    QString portTextError() const;

    // Shows `error` under `edit` and marks the edit; returns whether the field is fine.
    bool showFieldError(QLineEdit *edit, QLabel *errorLabel, const QString &error);

    std::unique_ptr<Ui::ConnectionDialog> m_ui;
    QString m_id;
    FieldErrors m_fieldErrors;
};
