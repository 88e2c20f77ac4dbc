// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: Virt Ferry contributors
#include "MigrateWizardChecksPage.h"

#include "Connection.h"
#include "FieldErrors.h"
#include "MigrateWizard.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

MigrateWizardChecksPage::MigrateWizardChecksPage(MigrateWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_statusLabel(new QLabel(this))
    , m_progressBar(new QProgressBar(this))
    , m_tree(new QTreeWidget(this))
    , m_detailLabel(new QLabel(this))
    , m_blockedLabel(new QLabel(this))
    , m_acknowledgeCheckBox(new QCheckBox(tr("I have read the &warnings and want to continue"), this))
    , m_recheckButton(new QPushButton(tr("Re-&check"), this))
{
    setObjectName(QStringLiteral("checksWizardPage"));
    setTitle(tr("Pre-flight checks"));
    setSubTitle(tr("Both hosts are asked whether the migration can work, before anything changes."));
    m_statusLabel->setObjectName(QStringLiteral("checksStatusLabel"));
    m_statusLabel->setWordWrap(true);
    m_progressBar->setObjectName(QStringLiteral("checksProgressBar"));
    m_progressBar->setRange(0, 0); // busy: the checks report no progress of their own
    m_progressBar->setTextVisible(false);
    m_tree->setObjectName(QStringLiteral("checksTreeWidget"));
    m_tree->setRootIsDecorated(false);
    m_tree->setWordWrap(true);
    m_tree->setColumnCount(ColumnCount);
    m_tree->setHeaderLabels({ tr("VM"), tr("Check", "column: the name of a pre-flight check"), tr("Result"),
        tr("Found", "column: what a check found"), tr("What to do") });
    m_tree->header()->setSectionResizeMode(DetailColumn, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(FixColumn, QHeaderView::Stretch);
    m_tree->header()->setStretchLastSection(false);
    m_detailLabel->setObjectName(QStringLiteral("checkDetailLabel"));
    m_detailLabel->setWordWrap(true);
    m_detailLabel->setTextFormat(Qt::PlainText);
    m_detailLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_blockedLabel->setObjectName(QStringLiteral("checksBlockedLabel"));
    m_blockedLabel->setWordWrap(true);
    m_blockedLabel->setTextFormat(Qt::PlainText);
    FieldErrors::paintAsError(m_blockedLabel);
    m_blockedLabel->hide();
    m_acknowledgeCheckBox->setObjectName(QStringLiteral("acknowledgeWarningsCheckBox"));
    m_acknowledgeCheckBox->hide();
    m_recheckButton->setObjectName(QStringLiteral("recheckPushButton"));

    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_statusLabel, 1);
    statusRow->addWidget(m_progressBar);
    statusRow->addWidget(m_recheckButton);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(statusRow);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_detailLabel);
    layout->addWidget(m_blockedLabel);
    layout->addWidget(m_acknowledgeCheckBox);

    connect(m_recheckButton, &QPushButton::clicked, this, &MigrateWizardChecksPage::recheck);
    connect(m_acknowledgeCheckBox, &QCheckBox::toggled, this, &MigrateWizardChecksPage::completeChanged);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, &MigrateWizardChecksPage::showDetail);
}

void MigrateWizardChecksPage::showDetail()
{
    // The columns are too narrow for long findings: the current row is shown whole.
    const QTreeWidgetItem *item = m_tree->currentItem();
    if (!item) {
        m_detailLabel->clear();
        m_detailLabel->hide();
        return;
    }
    //: %1 is the name of a pre-flight check, %2 what it found.
    QString text = tr("%1: %2").arg(item->text(CheckColumn), item->text(DetailColumn));
    if (!item->text(FixColumn).isEmpty())
        text += u'\n' + tr("What to do: %1").arg(item->text(FixColumn));
    m_detailLabel->setText(text);
    m_detailLabel->show();
}

MigrateWizardChecksPage::~MigrateWizardChecksPage()
{
    cancelAll();
}

void MigrateWizardChecksPage::initializePage()
{
    // The plan may have changed since the last visit: always check afresh.
    recheck();
}

void MigrateWizardChecksPage::cleanupPage()
{
    cancelAll();
    QWizardPage::cleanupPage();
}

void MigrateWizardChecksPage::cancelAll()
{
    for (MigrationPreflight *preflight : std::as_const(m_preflights)) {
        preflight->disconnect(this);
        preflight->cancel();
        preflight->deleteLater();
    }
    m_preflights.clear();
}

void MigrateWizardChecksPage::recheck()
{
    cancelAll();
    const QList<DomainInfo> &domains = m_wizard->domains();
    m_results = QList<QList<PreflightCheck>>(domains.size());
    m_arrived = QList<bool>(domains.size(), false);
    m_acknowledgeCheckBox->setChecked(false);
    const MigrationPlan plan = m_wizard->plan();
    Connection *source = m_wizard->source();
    Connection *destination = m_wizard->destination();
    for (int index = 0; index < domains.size(); ++index) {
        auto *preflight = new MigrationPreflight(this);
        m_preflights.append(preflight);
        connect(preflight, &MigrationPreflight::finished, this,
            [this, index](const QList<PreflightCheck> &checks) { onFinished(index, checks); });
        PreflightRequest request;
        request.source = source ? source->handle() : ConnectionHandle();
        request.destination = destination ? destination->handle() : ConnectionHandle();
        request.domainUuid = domains.at(index).uuid;
        request.plan = plan;
        preflight->start(request);
    }
    showResults();
}

void MigrateWizardChecksPage::onFinished(int index, const QList<PreflightCheck> &checks)
{
    if (index < 0 || index >= m_results.size())
        return;
    m_results[index] = checks;
    m_arrived[index] = true;
    showResults();
    if (!isChecking())
        Q_EMIT checksFinished();
}

bool MigrateWizardChecksPage::isChecking() const
{
    return m_arrived.contains(false);
}

QList<PreflightCheck> MigrateWizardChecksPage::checks() const
{
    QList<PreflightCheck> all;
    for (const QList<PreflightCheck> &checks : m_results)
        all += checks;
    return all;
}

void MigrateWizardChecksPage::showResults()
{
    const QList<DomainInfo> &domains = m_wizard->domains();
    const bool checking = isChecking();
    const qsizetype done = m_arrived.count(true);
    m_progressBar->setVisible(checking);
    m_recheckButton->setEnabled(!checking);
    m_statusLabel->setText(!checking      ? tr("Checked.")
            : domains.size() > 1 ? tr("Checking… (%1 of %n virtual machines done)", nullptr, int(domains.size()))
                                       .arg(QLocale().toString(done))
                                 : tr("Checking…"));

    m_tree->clear();
    m_tree->setColumnHidden(VmColumn, domains.size() < 2);
    QStyle *style = this->style();
    int failures = 0;
    int warnings = 0;
    QString firstFailure;
    for (int index = 0; index < m_results.size(); ++index) {
        for (const PreflightCheck &check : m_results.at(index)) {
            auto *item = new QTreeWidgetItem(m_tree);
            item->setText(VmColumn, domains.value(index).name);
            item->setText(CheckColumn, check.title);
            item->setToolTip(CheckColumn, check.id);
            item->setText(DetailColumn, check.detail);
            item->setToolTip(DetailColumn, check.detail);
            item->setText(FixColumn, check.fixHint);
            item->setToolTip(FixColumn, check.fixHint);
            item->setData(ResultColumn, OutcomeRole, int(check.outcome));
            switch (check.outcome) {
            case PreflightCheck::Outcome::Pass:
                item->setText(ResultColumn, tr("Pass", "check result: passed"));
                item->setIcon(ResultColumn, style->standardIcon(QStyle::SP_DialogApplyButton));
                break;
            case PreflightCheck::Outcome::Warning:
                ++warnings;
                item->setText(ResultColumn, tr("Warning"));
                item->setIcon(ResultColumn, style->standardIcon(QStyle::SP_MessageBoxWarning));
                break;
            case PreflightCheck::Outcome::Failure:
                ++failures;
                item->setText(ResultColumn, tr("Failed"));
                item->setIcon(ResultColumn, style->standardIcon(QStyle::SP_MessageBoxCritical));
                item->setForeground(ResultColumn, FieldErrors::errorColor());
                if (firstFailure.isEmpty())
                    firstFailure = domains.size() > 1
                        //: %1 is a virtual machine, %2 the check that failed, %3 what it found.
                        ? tr("%1: %2 — %3").arg(domains.value(index).name, check.title, check.detail)
                        : tr("%1 — %2").arg(check.title, check.detail);
                break;
            }
        }
    }
    for (const int column : { VmColumn, CheckColumn, ResultColumn })
        m_tree->resizeColumnToContents(column);
    // The first failure, else the first warning, is what the user reads first.
    QTreeWidgetItem *notable = nullptr;
    for (const auto outcome : { PreflightCheck::Outcome::Failure, PreflightCheck::Outcome::Warning }) {
        for (int row = 0; row < m_tree->topLevelItemCount() && !notable; ++row) {
            if (m_tree->topLevelItem(row)->data(ResultColumn, OutcomeRole).toInt() == int(outcome))
                notable = m_tree->topLevelItem(row);
        }
    }
    m_tree->setCurrentItem(notable);
    showDetail();
    if (!checking) {
        m_statusLabel->setText(tr("Checked — passed: %1, warnings: %2, failed: %3.")
                                   .arg(m_tree->topLevelItemCount() - failures - warnings)
                                   .arg(warnings)
                                   .arg(failures));
    }
    m_blockedLabel->setText(failures > 0
            ? tr("The migration cannot start: %1").arg(firstFailure)
                + (failures > 1 ? tr(" (failed checks in all: %1)").arg(failures) : QString())
            : QString());
    m_blockedLabel->setVisible(!checking && failures > 0);
    m_acknowledgeCheckBox->setVisible(!checking && failures == 0 && warnings > 0);
    Q_EMIT completeChanged();
}

bool MigrateWizardChecksPage::isComplete() const
{
    if (isChecking() || m_results.isEmpty())
        return false;
    const QList<PreflightCheck> all = checks();
    if (MigrationPreflight::blocks(all))
        return false;
    return !MigrationPreflight::hasWarnings(all) || m_acknowledgeCheckBox->isChecked();
}
