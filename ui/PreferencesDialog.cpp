// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: Virt Ferry contributors
#include "PreferencesDialog.h"

#include "ConnectionManager.h"
#include "ui_PreferencesDialog.h"

#include <cmath>

PreferencesDialog::PreferencesDialog(ConnectionManager *manager, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::PreferencesDialog>())
    , m_manager(manager)
{
    m_ui->setupUi(this);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_ui->connectTimeoutSpinBox->setValue(int(std::lround(manager->connectTimeout() / 1000.0)));
    m_ui->statsIntervalSpinBox->setValue(manager->statsInterval() / 1000.0);
}

PreferencesDialog::~PreferencesDialog() = default;

void PreferencesDialog::accept()
{
    m_manager->setConnectTimeout(m_ui->connectTimeoutSpinBox->value() * 1000);
    m_manager->setStatsInterval(int(std::lround(m_ui->statsIntervalSpinBox->value() * 1000)));
    m_manager->savePreferences();
    QDialog::accept();
}
