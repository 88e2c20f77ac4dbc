// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: Virt Ferry contributors
#include "MigrationHistoryDialog.h"

#include "FieldErrors.h"
#include "MigrateWizardMethodPage.h"
#include "MigrationChartsWidget.h"
#include "MigrationHistory.h"
#include "MigrationSeries.h"
#include "MigrationUnits.h"

#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

QString resultText(const QString &result)
{
    if (result == QLatin1String("completed"))
        return MigrationHistoryDialog::tr("Completed");
    if (result == QLatin1String("failed"))
        return MigrationHistoryDialog::tr("Failed");
    if (result == QLatin1String("cancelled"))
        return MigrationHistoryDialog::tr("Cancelled");
    return result;
}

// The history stores the mode as a key; it reads as the wizard's choice of method.
QString modeText(const QString &mode)
{
    if (mode == QLatin1String("live-shared"))
        return MigrateWizardMethodPage::tr("Live, on shared storage");
    if (mode == QLatin1String("live-copy-all-storage"))
        return MigrateWizardMethodPage::tr("Live, with a full copy of its storage");
    if (mode == QLatin1String("live-copy-incremental"))
        return MigrateWizardMethodPage::tr("Live, with an incremental storage copy");
    if (mode == QLatin1String("offline-shared"))
        return MigrateWizardMethodPage::tr("Offline, on shared storage (define only)");
    return mode;
}

QString finalHostText(const MigrationRecord &record)
{
    if (record.finalHost == QLatin1String("source"))
        return record.sourceHost;
    if (record.finalHost == QLatin1String("destination"))
        return record.destinationHost;
    if (record.finalHost == QLatin1String("both"))
        return MigrationHistoryDialog::tr("both hosts", "where a VM was found after a migration");
    if (record.finalHost == QLatin1String("none"))
        return MigrationHistoryDialog::tr("neither host", "where a VM was found after a migration");
    return record.finalHost;
}

QString shortFlags(const QStringList &flags)
{
    QStringList names;
    for (QString flag : flags)
        names.append(flag.remove(QStringLiteral("VIR_MIGRATE_")).toLower());
    return names.join(QStringLiteral(", "));
}

} // namespace

MigrationHistoryDialog::MigrationHistoryDialog(MigrationHistory *history, QWidget *parent)
    : QDialog(parent)
    , m_history(history)
    , m_scopeLabel(new QLabel(this))
    , m_filterLineEdit(new QLineEdit(this))
    , m_recordsTree(new QTreeWidget(this))
    , m_detailsLabel(new QLabel(this))
    , m_charts(new MigrationChartsWidget(this))
    , m_exportCsvButton(new QPushButton(tr("Export Samples as &CSV…"), this))
    , m_exportPngButton(new QPushButton(tr("Export Charts as &PNG…"), this))
    , m_exportResultLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("migrationHistoryDialog"));
    setWindowTitle(tr("Migration History"));
    setModal(false);
    resize(1100, 760);

    m_scopeLabel->setObjectName(QStringLiteral("scopeLabel"));
    m_filterLineEdit->setObjectName(QStringLiteral("filterLineEdit"));
    m_filterLineEdit->setPlaceholderText(tr("Filter by VM, host, mode, result…"));
    m_filterLineEdit->setClearButtonEnabled(true);

    m_recordsTree->setObjectName(QStringLiteral("recordsTreeWidget"));
    m_recordsTree->setColumnCount(ColumnCount);
    m_recordsTree->setHeaderLabels({tr("Virtual machine"), tr("Source", "source host"),
        tr("Destination", "destination host"), tr("Mode", "migration method"), tr("Flags"),
        tr("Started", "column: when the migration started"), tr("Duration"), tr("Downtime"), tr("Data sent"),
        tr("Result")});
    m_recordsTree->setRootIsDecorated(false);
    m_recordsTree->setUniformRowHeights(true);
    m_recordsTree->setAllColumnsShowFocus(true);
    m_recordsTree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_recordsTree->header()->setStretchLastSection(true);
    m_recordsTree->header()->setSectionResizeMode(QHeaderView::Interactive);

    m_detailsLabel->setObjectName(QStringLiteral("recordDetailsLabel"));
    m_detailsLabel->setWordWrap(true);
    m_detailsLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_exportCsvButton->setObjectName(QStringLiteral("exportCsvButton"));
    m_exportCsvButton->setAutoDefault(false);
    m_exportPngButton->setObjectName(QStringLiteral("exportPngButton"));
    m_exportPngButton->setAutoDefault(false);
    m_exportResultLabel->setObjectName(QStringLiteral("exportResultLabel"));
    m_exportResultLabel->setWordWrap(true);
    auto *closeButton = new QPushButton(tr("&Close"), this);
    closeButton->setObjectName(QStringLiteral("closeButton"));
    closeButton->setAutoDefault(false);

    auto *detail = new QWidget(this);
    auto *detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(m_detailsLabel);
    detailLayout->addWidget(m_charts, 1);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("historySplitter"));
    splitter->addWidget(m_recordsTree);
    splitter->addWidget(detail);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);

    auto *top = new QHBoxLayout;
    top->addWidget(m_scopeLabel, 1);
    top->addWidget(m_filterLineEdit);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_exportResultLabel, 1);
    buttons->addWidget(m_exportCsvButton);
    buttons->addWidget(m_exportPngButton);
    buttons->addWidget(closeButton);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);
    layout->addLayout(buttons);

    connect(m_filterLineEdit, &QLineEdit::textChanged, this, &MigrationHistoryDialog::applyFilterText);
    connect(m_recordsTree, &QTreeWidget::itemSelectionChanged, this, &MigrationHistoryDialog::showSelected);
    connect(m_exportCsvButton, &QPushButton::clicked, this, [this] { exportWithDialog(false); });
    connect(m_exportPngButton, &QPushButton::clicked, this, [this] { exportWithDialog(true); });
    connect(closeButton, &QPushButton::clicked, this, &QDialog::accept);
    if (history) {
        connect(history, &MigrationHistory::recordAdded, this, [this](const MigrationRecord &record) {
            if (!matchesScope(record))
                return;
            // New records come last in the history, first here.
            addRow(record, true);
            applyFilterText();
        });
    }
    reloadRows();
}

MigrationHistoryDialog::~MigrationHistoryDialog()
{
    // The charts hold on to the series until they are gone.
    m_charts->setSeries(nullptr);
}

void MigrationHistoryDialog::setVmFilter(const QString &uuid, const QString &name)
{
    m_vmUuid = uuid;
    m_host.clear();
    setWindowTitle(tr("Migration History of %1").arg(name.isEmpty() ? uuid : name));
    reloadRows();
}

void MigrationHistoryDialog::setHostFilter(const QString &host)
{
    m_host = host;
    m_vmUuid.clear();
    setWindowTitle(tr("Migration History of %1").arg(host));
    reloadRows();
}

bool MigrationHistoryDialog::matchesScope(const MigrationRecord &record) const
{
    if (!m_vmUuid.isEmpty() && record.vmUuid != m_vmUuid)
        return false;
    if (!m_host.isEmpty() && record.sourceHost != m_host && record.destinationHost != m_host)
        return false;
    return true;
}

void MigrationHistoryDialog::reloadRows()
{
    const QString selected = selectedRecordId();
    m_recordsTree->clear();
    int total = 0;
    if (m_history) {
        // Newest first: the job just done is the one looked for.
        const QList<MigrationRecord> &records = m_history->records();
        for (auto it = records.crbegin(); it != records.crend(); ++it) {
            if (matchesScope(*it)) {
                addRow(*it, false);
                ++total;
            }
        }
    }
    m_scopeLabel->setText(total == 0 ? tr("No migrations recorded yet.") : tr("%n migration(s)", nullptr, total));
    for (int column = 0; column < ColumnCount - 1; ++column)
        m_recordsTree->resizeColumnToContents(column);
    applyFilterText();
    if (!selected.isEmpty())
        selectRecord(selected);
    showSelected();
}

void MigrationHistoryDialog::addRow(const MigrationRecord &record, bool atTop)
{
    auto *row = new QTreeWidgetItem;
    row->setData(VmColumn, kRecordIdRole, record.id);
    row->setText(VmColumn, record.vmName.isEmpty() ? record.vmUuid : record.vmName);
    row->setToolTip(VmColumn, record.vmUuid);
    row->setText(SourceColumn, record.sourceHost);
    row->setText(DestinationColumn, record.destinationHost);
    row->setText(ModeColumn, modeText(record.mode));
    row->setToolTip(ModeColumn, record.method);
    row->setText(FlagsColumn, shortFlags(record.flags));
    row->setToolTip(FlagsColumn, record.flags.join(u'\n'));
    row->setText(StartColumn, QLocale().toString(record.started.toLocalTime(), QLocale::ShortFormat));
    row->setText(DurationColumn, MigrationUnits::duration(record.durationMs));
    row->setText(DowntimeColumn, MigrationUnits::downtime(record.downtimeMs));
    row->setText(BytesColumn, MigrationUnits::bytes(record.bytesTransferred));
    row->setText(ResultColumn, resultText(record.result));
    if (!record.message.isEmpty())
        row->setToolTip(ResultColumn, record.message);
    if (record.result == QLatin1String("failed"))
        row->setForeground(ResultColumn, FieldErrors::errorColor());
    if (atTop)
        m_recordsTree->insertTopLevelItem(0, row);
    else
        m_recordsTree->addTopLevelItem(row);
}

void MigrationHistoryDialog::applyFilterText()
{
    const QString text = m_filterLineEdit->text().trimmed();
    for (int index = 0; index < m_recordsTree->topLevelItemCount(); ++index) {
        QTreeWidgetItem *row = m_recordsTree->topLevelItem(index);
        bool match = text.isEmpty();
        for (int column = 0; column < ColumnCount && !match; ++column)
            match = row->text(column).contains(text, Qt::CaseInsensitive);
        row->setHidden(!match);
    }
}

int MigrationHistoryDialog::visibleRecordCount() const
{
    int count = 0;
    for (int index = 0; index < m_recordsTree->topLevelItemCount(); ++index)
        count += m_recordsTree->topLevelItem(index)->isHidden() ? 0 : 1;
    return count;
}

QString MigrationHistoryDialog::selectedRecordId() const
{
    const QList<QTreeWidgetItem *> selected = m_recordsTree->selectedItems();
    return selected.isEmpty() ? QString() : selected.first()->data(VmColumn, kRecordIdRole).toString();
}

void MigrationHistoryDialog::selectRecord(const QString &id)
{
    for (int index = 0; index < m_recordsTree->topLevelItemCount(); ++index) {
        QTreeWidgetItem *row = m_recordsTree->topLevelItem(index);
        if (row->data(VmColumn, kRecordIdRole).toString() == id) {
            m_recordsTree->setCurrentItem(row);
            return;
        }
    }
}

void MigrationHistoryDialog::showSelected()
{
    const QString id = selectedRecordId();
    std::optional<MigrationRecord> record;
    if (m_history && !id.isEmpty()) {
        for (const MigrationRecord &candidate : m_history->records()) {
            if (candidate.id == id)
                record = candidate;
        }
    }
    std::unique_ptr<MigrationSeries> previous = std::move(m_series);
    QStringList details;
    if (record) {
        //: %1 is a virtual machine, %2 the source host, %3 the destination host, %4 the method
        //: ("libvirt migration").
        details.append(tr("<b>%1</b> from %2 to %3, %4.")
                           .arg(record->vmName.toHtmlEscaped(), record->sourceHost.toHtmlEscaped(),
                                record->destinationHost.toHtmlEscaped(), record->method.toHtmlEscaped()));
        if (!record->message.isEmpty())
            details.append(tr("libvirt: %1").arg(record->message.toHtmlEscaped()));
        if (!record->finalHost.isEmpty())
            details.append(tr("Afterwards the virtual machine was on: %1.").arg(finalHostText(*record).toHtmlEscaped()));
        details.append(tr("Average rate %1, %n memory pass(es).", nullptr, record->iterations)
                           .arg(MigrationUnits::rate(record->averageBytesPerSecond)));
        const QString csv = m_history->samplesCsv(record->id);
        if (csv.isEmpty()) {
            details.append(tr("No samples were stored for this migration."));
        } else {
            QString error;
            m_series.reset(MigrationSeries::fromCsv(csv, &error));
            if (!m_series)
                details.append(tr("The stored samples cannot be read: %1").arg(error.toHtmlEscaped()));
        }
    } else {
        details.append(tr("Select a migration to see its charts."));
    }
    m_detailsLabel->setText(details.join(QStringLiteral("<br>")));
    m_charts->setSeries(m_series.get());
    previous.reset();
    m_exportCsvButton->setEnabled(m_series != nullptr);
    m_exportPngButton->setEnabled(m_series != nullptr);
}

bool MigrationHistoryDialog::exportCsv(const QString &path, QString *error) const
{
    const QString id = selectedRecordId();
    const QString csv = m_history && !id.isEmpty() ? m_history->samplesCsv(id) : QString();
    if (csv.isEmpty()) {
        if (error)
            *error = tr("The selected migration has no stored samples.");
        return false;
    }
    return MigrationUnits::writeCsv(path, csv, error);
}

bool MigrationHistoryDialog::exportPng(const QString &path)
{
    return m_series && m_charts->savePng(path);
}

void MigrationHistoryDialog::exportWithDialog(bool png)
{
    MigrationUnits::exportWithDialog(
        this, png, m_exportResultLabel, [this, png](const QString &path, QString *error) {
            return png ? exportPng(path) : exportCsv(path, error);
        });
}
