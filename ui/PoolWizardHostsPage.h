// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: Virt Ferry contributors
#pragma once

#include "StorageTypes.h"

#include <QList>
#include <QWizardPage>

class Connection;
class PoolWizard;
class QCheckBox;
class QLabel;
class QListWidget;

// The pool wizard's "where and how" page: the other open connections that get the same
// pool, and whether to build, start and autostart it.
class PoolWizardHostsPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PoolWizardHostsPage)

public:
    explicit PoolWizardHostsPage(PoolWizard *wizard);

    // The checked other connections, in list order (closed or deleted ones left out).
    QList<Connection *> checkedConnections() const;
    PoolSetup setup() const;

    void initializePage() override;

private:
    PoolWizard *m_wizard;
    QListWidget *m_hostsList;
    QLabel *m_noOtherHostsLabel;
    QLabel *m_sharedNoteLabel;
    QCheckBox *m_buildCheckBox;
    QCheckBox *m_startCheckBox;
    QCheckBox *m_autostartCheckBox;
    bool m_buildChosen = false; // the user set Build; the type no longer decides it
};
