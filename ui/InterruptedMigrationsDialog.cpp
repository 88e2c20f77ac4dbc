// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: Virt Ferry contributors
#include "InterruptedMigrationsDialog.h"

#include "JobStatsMonitor.h"
#include "MigrationHistory.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

InterruptedMigrationsDialog::InterruptedMigrationsDialog(
    MigrationJournal *journal, MigrationHistory *history, QWidget *parent)
    : QDialog(parent)
    , m_journal(journal)
    , m_history(history)
    , m_introLabel(new QLabel(this))
    , m_detailLabel(new QLabel(this))
    , m_tree(new QTreeWidget(this))
    , m_watchButton(new QPushButton(tr("&Watch"), this))
    , m_checkAgainButton(new QPushButton(tr("Check &Again"), this))
    , m_watchTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("interruptedMigrationsDialog"));
    setWindowTitle(tr("Interrupted Migrations"));
    resize(860, 320);

    m_introLabel->setObjectName(QStringLiteral("introLabel"));
    m_introLabel->setWordWrap(true);
    m_introLabel->setText(tr("These migrations were still running when Virt Ferry stopped watching them. Each "
                             "host was asked what became of them."));

    m_detailLabel->setObjectName(QStringLiteral("detailLabel"));
    m_detailLabel->setWordWrap(true);
    m_detailLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_tree->setObjectName(QStringLiteral("migrationsTreeWidget"));
    m_tree->setRootIsDecorated(false);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setColumnCount(ColumnCount);
    m_tree->setHeaderLabels({ tr("Virtual Machine"), tr("From"), tr("To"), tr("Started"), tr("What Happened") });
    m_tree->header()->setStretchLastSection(true);
    m_tree->setColumnWidth(VmColumn, 150);
    m_tree->setColumnWidth(SourceColumn, 130);
    m_tree->setColumnWidth(DestinationColumn, 130);
    m_tree->setColumnWidth(StartedColumn, 140);
    connect(m_tree, &QTreeWidget::itemSelectionChanged, this, &InterruptedMigrationsDialog::updateButtons);

    m_watchButton->setObjectName(QStringLiteral("watchPushButton"));
    m_watchButton->setToolTip(tr("Follow the migration that still runs on its source host."));
    connect(m_watchButton, &QPushButton::clicked, this, &InterruptedMigrationsDialog::watchSelected);
    m_checkAgainButton->setObjectName(QStringLiteral("checkAgainPushButton"));
    connect(m_checkAgainButton, &QPushButton::clicked, this, [this] {
        if (const QList<QTreeWidgetItem *> selected = m_tree->selectedItems(); !selected.isEmpty())
            recheck(selected.first()->data(VmColumn, kEntryIdRole).toString());
    });

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(QStringLiteral("buttonBox"));
    buttons->addButton(m_watchButton, QDialogButtonBox::ActionRole);
    buttons->addButton(m_checkAgainButton, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_introLabel);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_detailLabel);
    layout->addWidget(buttons);

    m_watchTimer->setInterval(kWatchRecheckMs);
    connect(m_watchTimer, &QTimer::timeout, this, [this] {
        const QStringList ids = m_rows.keys();
        for (const QString &id : ids) {
            if (const Row *row = rowFor(id); row && row->monitor)
                recheck(id);
        }
    });

    if (m_journal)
        connect(m_journal, &MigrationJournal::resolved, this, &InterruptedMigrationsDialog::onResolved);
    updateButtons();
}

InterruptedMigrationsDialog::~InterruptedMigrationsDialog() = default;

InterruptedMigrationsDialog::Row *InterruptedMigrationsDialog::rowFor(const QString &id) const
{
    const auto found = m_rows.constFind(id);
    return found == m_rows.cend() ? nullptr : found->get();
}

InterruptedMigrationsDialog::Row &InterruptedMigrationsDialog::ensureRow(const MigrationJournalEntry &entry)
{
    if (Row *row = rowFor(entry.id))
        return *row;
    auto row = std::make_shared<Row>();
    row->entry = entry;
    row->item = new QTreeWidgetItem(m_tree);
    row->item->setData(VmColumn, kEntryIdRole, entry.id);
    row->item->setText(VmColumn, entry.vmName.isEmpty() ? entry.vmUuid : entry.vmName);
    row->item->setToolTip(VmColumn, entry.vmUuid);
    row->item->setText(SourceColumn, entry.sourceName.isEmpty() ? entry.sourceUri : entry.sourceName);
    row->item->setText(
        DestinationColumn, entry.destinationName.isEmpty() ? entry.destinationUri : entry.destinationName);
    row->item->setText(StartedColumn, QLocale().toString(entry.started.toLocalTime(), QLocale::ShortFormat));
    m_rows.insert(entry.id, row);
    if (m_tree->selectedItems().isEmpty())
        row->item->setSelected(true);
    return *row;
}

void InterruptedMigrationsDialog::check(
    const MigrationJournalEntry &entry, ConnectionHandle source, ConnectionHandle destination)
{
    Row &row = ensureRow(entry);
    row.source = std::move(source);
    row.destination = std::move(destination);
    if (row.checking || !m_journal)
        return;
    row.checking = true;
    // A watched row keeps its progress while the hosts are asked again.
    if (!row.monitor)
        setFateText(row, tr("Checking…"));
    m_journal->resolve(entry, row.source, row.destination);
    updateButtons();
}

void InterruptedMigrationsDialog::recheck(const QString &id)
{
    if (Row *row = rowFor(id))
        check(row->entry, row->source, row->destination);
}

void InterruptedMigrationsDialog::onResolved(const QString &id, const MigrationFate &fate)
{
    Row *row = rowFor(id);
    if (!row || !row->checking)
        return;
    row->checking = false;
    showFate(row->entry, fate);
}

void InterruptedMigrationsDialog::showFate(const MigrationJournalEntry &entry, const MigrationFate &fate)
{
    Row &row = ensureRow(entry);
    row.fate = fate;
    QString text = MigrationJournal::describe(entry, fate);
    if (fate.isSettled() && m_journal) {
        row.monitor.reset();
        QString error;
        if (!m_journal->conclude(entry.id, fate, m_history, &error))
            text += QLatin1Char(' ') + tr("Not recorded in the migration history: %1").arg(error);
    }
    setFateText(row, text);
    updateButtons();
    Q_EMIT fateShown(entry.id, fate, text);
}

void InterruptedMigrationsDialog::setFateText(Row &row, const QString &text)
{
    row.item->setText(FateColumn, text);
    row.item->setToolTip(FateColumn, text);
}

bool InterruptedMigrationsDialog::isChecking(const QString &id) const
{
    const Row *row = rowFor(id);
    return row && row->checking;
}

bool InterruptedMigrationsDialog::isWatching(const QString &id) const
{
    const Row *row = rowFor(id);
    return row && row->monitor && row->monitor->isRunning();
}

QString InterruptedMigrationsDialog::fateText(const QString &id) const
{
    const Row *row = rowFor(id);
    return row ? row->item->text(FateColumn) : QString();
}

int InterruptedMigrationsDialog::rowCount() const
{
    return m_tree->topLevelItemCount();
}

void InterruptedMigrationsDialog::selectEntry(const QString &id)
{
    if (Row *row = rowFor(id)) {
        m_tree->clearSelection();
        row->item->setSelected(true);
        m_tree->setCurrentItem(row->item);
    }
}

void InterruptedMigrationsDialog::watchSelected()
{
    const QList<QTreeWidgetItem *> selected = m_tree->selectedItems();
    if (selected.isEmpty())
        return;
    const QString id = selected.first()->data(VmColumn, kEntryIdRole).toString();
    Row *row = rowFor(id);
    if (!row || !row->fate || !row->fate->jobRunning || !row->source || row->monitor)
        return;
    row->monitor = std::make_unique<JobStatsMonitor>(row->source, row->entry.vmUuid);
    JobStatsMonitor *monitor = row->monitor.get();
    connect(monitor, &JobStatsMonitor::sampled, this, [this, id](const JobStats &stats) {
        Row *watched = rowFor(id);
        if (!watched || !watched->fate)
            return;
        watched->fate->job = stats;
        if (const std::optional<double> percent = MigrationJournal::jobPercent(stats))
            watched->fate->percent = percent;
        setFateText(*watched, MigrationJournal::describe(watched->entry, *watched->fate));
    });
    // The job ended (or the source stopped answering): ask both hosts where the VM is now.
    // Queued: the monitor must not be deleted inside its own signal.
    const auto ended = [this, id] {
        if (Row *watched = rowFor(id)) {
            watched->monitor.reset();
            recheck(id);
        }
    };
    connect(monitor, &JobStatsMonitor::completed, this, ended, Qt::QueuedConnection);
    connect(monitor, &JobStatsMonitor::failed, this, ended, Qt::QueuedConnection);
    connect(monitor, &JobStatsMonitor::stopped, this, ended, Qt::QueuedConnection);
    monitor->start();
    m_watchTimer->start();
    updateButtons();
}

void InterruptedMigrationsDialog::updateButtons()
{
    const QList<QTreeWidgetItem *> selected = m_tree->selectedItems();
    const Row *row = selected.isEmpty() ? nullptr : rowFor(selected.first()->data(VmColumn, kEntryIdRole).toString());
    m_watchButton->setEnabled(row && row->fate && row->fate->jobRunning && row->source && !row->monitor);
    m_checkAgainButton->setEnabled(row && !row->checking && !(row->fate && row->fate->isSettled()));
    m_detailLabel->setText(selected.isEmpty() ? QString() : selected.first()->text(FateColumn));
}
