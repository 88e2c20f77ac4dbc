// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: Virt Ferry contributors
#include "PreferencesDialog.h"

#include "ConnectionManager.h"
#include "Localization.h"
#include "ui_PreferencesDialog.h"

#include <QMessageBox>
#include <QSettings>

#include <cmath>

PreferencesDialog::PreferencesDialog(ConnectionManager *manager, QWidget *parent)
    : PreferencesDialog(manager, nullptr, parent)
{
}

PreferencesDialog::PreferencesDialog(ConnectionManager *manager, QSettings *settings, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::PreferencesDialog>())
    , m_manager(manager)
    , m_ownSettings(settings ? nullptr : std::make_unique<QSettings>())
    , m_settings(settings ? settings : m_ownSettings.get())
    , m_savedLanguage(Localization::savedOverride(*m_settings))
{
    m_ui->setupUi(this);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_ui->connectTimeoutSpinBox->setValue(int(std::lround(manager->connectTimeout() / 1000.0)));
    m_ui->statsIntervalSpinBox->setValue(manager->statsInterval() / 1000.0);
    fillLanguages();
}

PreferencesDialog::~PreferencesDialog() = default;

void PreferencesDialog::fillLanguages()
{
    // Each language in itself, so that someone who cannot read the current one still
    // finds theirs; the codes are the settings' values.
    QComboBox *combo = m_ui->languageComboBox;
    combo->addItem(tr("System default (%1)", "language of the user interface")
                       .arg(Localization::nativeLanguageName(QLocale::system())),
                   QString());
    for (const Localization::Language &language : Localization::availableLanguages())
        combo->addItem(language.nativeName, language.code);
    // A saved language this build does not ship is not applied either (Localization
    // follows the system then), so the system entry is the truthful one to show.
    const int saved = combo->findData(Localization::matchAvailable(m_savedLanguage));
    combo->setCurrentIndex(saved > 0 ? saved : 0);
}

void PreferencesDialog::accept()
{
    m_manager->setConnectTimeout(m_ui->connectTimeoutSpinBox->value() * 1000);
    m_manager->setStatsInterval(int(std::lround(m_ui->statsIntervalSpinBox->value() * 1000)));
    m_manager->savePreferences();

    const QString language = m_ui->languageComboBox->currentData().toString();
    const bool languageChanged = language != Localization::matchAvailable(m_savedLanguage);
    if (languageChanged) {
        Localization::saveOverride(*m_settings, language);
        m_savedLanguage = language;
        // Told once, here: the windows already built keep their texts until the restart.
        const QString message =
            language.isEmpty()
                ? tr("Virt Ferry will follow the system's language, %1, from its next start.")
                      .arg(Localization::nativeLanguageName(QLocale::system()))
                : tr("Virt Ferry will be shown in %1 from its next start.")
                      .arg(m_ui->languageComboBox->currentText());
        auto *box = new QMessageBox(QMessageBox::Information, tr("Language"), message, QMessageBox::Ok,
                                    parentWidget());
        box->setObjectName(QStringLiteral("languageRestartMessageBox"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    }
    QDialog::accept();
}
