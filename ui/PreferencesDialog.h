// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: Virt Ferry contributors
#pragma once

#include <QDialog>

#include <memory>

class ConnectionManager;
class QSettings;
namespace Ui {
class PreferencesDialog;
}

// Edits the preferences the ConnectionManager keeps (connect timeout, statistics
// interval) and the UI language (Localization's override, read at the next start);
// applies and saves them on OK.
class PreferencesDialog final : public QDialog
{
    Q_OBJECT

public:
    // The language goes to the application's default QSettings.
    explicit PreferencesDialog(ConnectionManager *manager, QWidget *parent = nullptr);
    // `settings` (the one ConnectionManager saves to; tests pass a file of their own) must
    // outlive the dialog.
    PreferencesDialog(ConnectionManager *manager, QSettings *settings, QWidget *parent = nullptr);
    ~PreferencesDialog() override;

    void accept() override;

private:
    void fillLanguages();

    std::unique_ptr<Ui::PreferencesDialog> m_ui;
    ConnectionManager *m_manager;
    std::unique_ptr<QSettings> m_ownSettings;
    QSettings *m_settings;
    QString m_savedLanguage;
};
