// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: Virt Ferry contributors
#pragma once

#include <QDialog>

#include <memory>

class ConnectionManager;
namespace Ui {
class PreferencesDialog;
}

// Edits the preferences the ConnectionManager keeps (connect timeout, statistics
// interval); applies and saves them on OK.
class PreferencesDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(ConnectionManager *manager, QWidget *parent = nullptr);
    ~PreferencesDialog() override;

    void accept() override;

private:
    std::unique_ptr<Ui::PreferencesDialog> m_ui;
    ConnectionManager *m_manager;
};
