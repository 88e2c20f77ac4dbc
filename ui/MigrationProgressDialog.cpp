// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: Virt Ferry contributors
#include "MigrationProgressDialog.h"

#include "MigrationMonitorWidget.h"
#include "MigrationSeries.h"
#include "StoragePoolListModel.h"
#include "Tr.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QScreen>
#include <QSplitter>
#include <QStyle>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

MigrationProgressDialog::MigrationProgressDialog(MigrationBatch *batch, const QString &sourceName,
    const QString &destinationName, QWidget *parent)
    : QDialog(parent)
    , m_batch(batch)
    , m_sourceName(sourceName)
    , m_destinationName(destinationName)
    , m_itemsTree(new QTreeWidget(this))
    , m_monitorTabs(new QTabWidget(this))
    , m_splitter(new QSplitter(Qt::Vertical, this))
    , m_messageLabel(new QLabel(this))
    , m_summaryLabel(new QLabel(this))
    , m_cancelSelectedButton(new QPushButton(tr("Cancel &Selected"), this))
    , m_cancelAllButton(new QPushButton(tr("Cancel &All…"), this))
    , m_closeButton(new QPushButton(this))
{
    setObjectName(QStringLiteral("migrationProgressDialog"));
    setWindowTitle(tr("Migrating from %1 to %2").arg(sourceName, destinationName));
    setModal(false);
    resize(760, 320);

    // No English plural forms are shipped, so the one-VM case gets its own sentence.
    const QString header = batch->count() == 1
        ? tr("Moving <b>%1</b> from <b>%2</b> to <b>%3</b>.")
              .arg(batch->target(0).name.toHtmlEscaped(), sourceName.toHtmlEscaped(),
                   destinationName.toHtmlEscaped())
        //: %n (always more than one) virtual machines; %1 is the source host, %2 the destination host.
        : tr("Moving %n virtual machines from <b>%1</b> to <b>%2</b>.", nullptr, int(batch->count()))
              .arg(sourceName.toHtmlEscaped(), destinationName.toHtmlEscaped());
    auto *headerLabel = new QLabel(header, this);
    headerLabel->setObjectName(QStringLiteral("headerLabel"));

    m_itemsTree->setObjectName(QStringLiteral("itemsTreeWidget"));
    m_itemsTree->setColumnCount(ColumnCount);
    m_itemsTree->setHeaderLabels({tr("Virtual machine"), tr("State"), tr("Progress"), tr("Message")});
    m_itemsTree->setRootIsDecorated(false);
    m_itemsTree->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_itemsTree->setUniformRowHeights(true);
    m_itemsTree->setAllColumnsShowFocus(true);
    m_itemsTree->header()->setStretchLastSection(true);
    m_itemsTree->header()->resizeSection(NameColumn, 160);
    m_itemsTree->header()->resizeSection(StateColumn, 110);
    m_itemsTree->header()->resizeSection(ProgressColumn, 200);
    for (int index = 0; index < batch->count(); ++index) {
        auto *row = new QTreeWidgetItem(m_itemsTree);
        row->setText(NameColumn, batch->target(index).name);
        m_states.append(batch->itemState(index));
        updateRow(index);
    }

    // libvirt's messages are long: the selected row's message in full, copyable.
    m_messageLabel->setObjectName(QStringLiteral("messageLabel"));
    m_messageLabel->setWordWrap(true);
    m_messageLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_messageLabel->setVisible(false);
    m_summaryLabel->setObjectName(QStringLiteral("summaryLabel"));
    m_cancelSelectedButton->setObjectName(QStringLiteral("cancelSelectedButton"));
    m_cancelSelectedButton->setToolTip(tr("Stop the selected migrations; those not started yet are dropped"));
    m_cancelAllButton->setObjectName(QStringLiteral("cancelAllButton"));
    m_cancelAllButton->setToolTip(tr("Stop every migration of this batch that has not finished"));
    m_closeButton->setObjectName(QStringLiteral("closeButton"));
    m_closeButton->setAutoDefault(false);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_cancelSelectedButton);
    buttons->addWidget(m_cancelAllButton);
    buttons->addStretch();
    buttons->addWidget(m_closeButton);

    // The rows stay in view above the tabs: the batch's state at a glance while one VM's
    // charts are watched.
    m_monitorTabs->setObjectName(QStringLiteral("monitorTabWidget"));
    m_monitorTabs->setDocumentMode(true);
    m_monitorTabs->setVisible(false);
    auto *rows = new QWidget(this);
    auto *rowsLayout = new QVBoxLayout(rows);
    rowsLayout->setContentsMargins(0, 0, 0, 0);
    rowsLayout->addWidget(m_itemsTree, 1);
    rowsLayout->addWidget(m_messageLabel);
    m_splitter->setObjectName(QStringLiteral("progressSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(rows);
    m_splitter->addWidget(m_monitorTabs);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 4);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(headerLabel);
    layout->addWidget(m_splitter, 1);
    layout->addWidget(m_summaryLabel);
    layout->addLayout(buttons);

    connect(m_cancelSelectedButton, &QPushButton::clicked, this, &MigrationProgressDialog::cancelSelected);
    connect(m_cancelAllButton, &QPushButton::clicked, this, &MigrationProgressDialog::confirmCancelAll);
    // Closing while it runs only hides the window: the batch goes on.
    connect(m_closeButton, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_itemsTree, &QTreeWidget::itemSelectionChanged, this, [this] {
        updateButtons();
        updateMessage();
        showSelectedMonitor();
    });
    connect(batch, &MigrationBatch::itemSeriesCreated, this, &MigrationProgressDialog::addMonitor);
    for (int index = 0; index < batch->count(); ++index) {
        if (MigrationSeries *series = batch->itemSeries(index))
            addMonitor(index, series);
    }

    connect(batch, &MigrationBatch::itemStateChanged, this,
        [this](int index, MigrationBatch::ItemState state, const QString &) {
            if (index < 0 || index >= m_states.size())
                return;
            m_states[index] = state;
            updateRow(index);
            updateMessage();
            updateSummary();
            updateButtons();
        });
    connect(batch, &MigrationBatch::itemProgress, this, &MigrationProgressDialog::showProgress);
    connect(batch, &MigrationBatch::finished, this, [this] {
        updateSummary();
        updateButtons();
    });
    connect(batch, &QObject::destroyed, this, &MigrationProgressDialog::updateButtons);
    updateSummary();
    updateButtons();
    updateMessage();
}

MigrationProgressDialog::~MigrationProgressDialog() = default;

void MigrationProgressDialog::addMonitor(int index, MigrationSeries *series)
{
    if (index < 0 || index >= m_itemsTree->topLevelItemCount() || !series || m_monitors.contains(index))
        return;
    auto *monitor = new MigrationMonitorWidget(m_monitorTabs);
    monitor->setObjectName(QStringLiteral("migrationMonitorWidget%1").arg(index));
    monitor->setBatchItem(m_batch, index, series, m_sourceName, m_destinationName);
    m_monitors.insert(index, monitor);
    // Tabs in the rows' order, whatever order the jobs started in.
    int position = 0;
    for (int tab = 0; tab < m_monitorTabs->count(); ++tab) {
        if (m_monitors.key(static_cast<MigrationMonitorWidget *>(m_monitorTabs->widget(tab))) < index)
            position = tab + 1;
    }
    m_monitorTabs->insertTab(position, monitor, m_itemsTree->topLevelItem(index)->text(NameColumn));
    m_monitorTabs->setTabIcon(position, m_itemsTree->topLevelItem(index)->icon(StateColumn));
    if (!m_monitorTabs->isVisible() && m_monitorTabs->isHidden()) {
        m_monitorTabs->setVisible(true);
        // The charts need room: grow once, as far as the screen allows.
        QSize wanted(1180, 860);
        if (const QScreen *screen = this->screen())
            wanted = wanted.boundedTo(screen->availableSize() * 0.95);
        wanted = size().expandedTo(wanted);
        resize(wanted);
        const int rowsHeight = std::min(m_itemsTree->sizeHintForRow(0) * (m_itemsTree->topLevelItemCount() + 2) + 40,
                                        wanted.height() / 4);
        m_splitter->setSizes({std::max(rowsHeight, 90), height()});
    }
    const QList<QTreeWidgetItem *> selected = m_itemsTree->selectedItems();
    if (m_monitorTabs->count() == 1
        || (!selected.isEmpty() && m_itemsTree->indexOfTopLevelItem(selected.first()) == index))
        m_monitorTabs->setCurrentWidget(monitor);
}

void MigrationProgressDialog::showSelectedMonitor()
{
    const QList<QTreeWidgetItem *> selected = m_itemsTree->selectedItems();
    if (selected.isEmpty())
        return;
    if (MigrationMonitorWidget *monitor = m_monitors.value(m_itemsTree->indexOfTopLevelItem(selected.first())))
        m_monitorTabs->setCurrentWidget(monitor);
}

QString MigrationProgressDialog::stateText(MigrationBatch::ItemState state)
{
    switch (state) {
    case MigrationBatch::ItemState::Queued:
        return tr("Waiting");
    case MigrationBatch::ItemState::Checking:
        return tr("Checking");
    case MigrationBatch::ItemState::Preparing:
        return tr("Preparing");
    case MigrationBatch::ItemState::Saving:
        return tr("Saving memory");
    case MigrationBatch::ItemState::Copying:
        return tr("Copying disks");
    case MigrationBatch::ItemState::Migrating:
        return tr("Migrating");
    case MigrationBatch::ItemState::Restoring:
        return tr("Restoring");
    case MigrationBatch::ItemState::Finishing:
        return tr("Finishing");
    case MigrationBatch::ItemState::Completed:
        return tr("Moved");
    case MigrationBatch::ItemState::Failed:
        return tr("Failed");
    case MigrationBatch::ItemState::Cancelled:
        return tr("Cancelled");
    }
    return {};
}

QProgressBar *MigrationProgressDialog::progressBar(int index) const
{
    if (index < 0 || index >= m_itemsTree->topLevelItemCount())
        return nullptr;
    return qobject_cast<QProgressBar *>(m_itemsTree->itemWidget(m_itemsTree->topLevelItem(index), ProgressColumn));
}

void MigrationProgressDialog::updateRow(int index)
{
    QTreeWidgetItem *row = m_itemsTree->topLevelItem(index);
    const MigrationBatch::ItemState state = m_states.at(index);
    row->setText(StateColumn, stateText(state));
    const QString message = m_batch ? m_batch->itemMessage(index) : row->text(MessageColumn);
    row->setText(MessageColumn, message);
    row->setToolTip(MessageColumn, message);
    QIcon icon;
    switch (state) {
    case MigrationBatch::ItemState::Completed:
        icon = style()->standardIcon(message.isEmpty() ? QStyle::SP_DialogApplyButton : QStyle::SP_MessageBoxWarning);
        break;
    case MigrationBatch::ItemState::Failed:
        icon = style()->standardIcon(QStyle::SP_MessageBoxCritical);
        break;
    case MigrationBatch::ItemState::Cancelled:
        icon = style()->standardIcon(QStyle::SP_DialogCancelButton);
        break;
    default:
        break;
    }
    row->setIcon(StateColumn, icon);
    if (MigrationMonitorWidget *monitor = m_monitors.value(index))
        m_monitorTabs->setTabIcon(m_monitorTabs->indexOf(monitor), icon);

    // A bar only for what moves or has moved: an empty one would read as 0 %. (The view
    // shows its index widgets again on every layout, so hiding one would not last.)
    if (state == MigrationBatch::ItemState::Queued || state == MigrationBatch::ItemState::Failed
        || state == MigrationBatch::ItemState::Cancelled) {
        if (QProgressBar *bar = progressBar(index)) {
            bar->hide(); // removal deletes it only later
            m_itemsTree->removeItemWidget(row, ProgressColumn);
        }
        return;
    }
    QProgressBar *bar = progressBar(index);
    if (!bar) {
        bar = new QProgressBar;
        bar->setObjectName(QStringLiteral("progressBar%1").arg(index));
        bar->setTextVisible(true);
        bar->setMaximumHeight(m_itemsTree->fontMetrics().height() + 4);
        bar->setRange(0, 1);
        bar->setValue(0);
        m_itemsTree->setItemWidget(row, ProgressColumn, bar);
    }
    if (state == MigrationBatch::ItemState::Completed) {
        bar->setRange(0, 1);
        bar->setValue(1);
        bar->setFormat(tr("Done"));
    } else if (bar->maximum() <= 1) {
        // Busy until a byte count arrives; a libvirt migration has none before issue #7.
        bar->setRange(0, 0);
        bar->setFormat(QString());
    }
}

void MigrationProgressDialog::updateMessage()
{
    // The selected row's message, else the latest failure's, so a failure is readable at once.
    QTreeWidgetItem *shown = nullptr;
    const QList<QTreeWidgetItem *> selected = m_itemsTree->selectedItems();
    if (!selected.isEmpty()) {
        shown = selected.first();
    } else {
        for (int index = 0; index < m_states.size(); ++index) {
            if (m_states.at(index) == MigrationBatch::ItemState::Failed)
                shown = m_itemsTree->topLevelItem(index);
        }
    }
    const QString message = shown ? shown->text(MessageColumn) : QString();
    //: %1 is a virtual machine, %2 the latest message about its migration.
    m_messageLabel->setText(message.isEmpty() ? QString() : tr("%1: %2").arg(shown->text(NameColumn), message));
    m_messageLabel->setVisible(!message.isEmpty());
}

void MigrationProgressDialog::showProgress(int index, quint64 done, quint64 total)
{
    if (index < 0 || index >= m_states.size() || MigrationBatch::isFinalState(m_states.at(index)))
        return;
    QProgressBar *bar = progressBar(index);
    if (!bar)
        return;
    if (total == 0) {
        bar->setRange(0, 0);
        bar->setFormat(QString());
        return;
    }
    // QProgressBar counts in int: per mille keeps any size in range.
    bar->setRange(0, 1000);
    const int perMille = int(std::min<quint64>(1000, done * 1000 / total));
    bar->setValue(perMille);
    // A libvirt migration reports its series' percent, not bytes (see itemProgress).
    if (const MigrationSeries *series = m_batch ? m_batch->itemSeries(index) : nullptr) {
        const std::optional<MigrationSample> latest = series->latest();
        //: A progress bar: %1 is the phase ("Copying memory"), %2 the percentage done.
        bar->setFormat(tr("%1 — %2 %")
                .arg(MigrationSeries::phaseText(series->phase(), latest ? latest->iteration : 0),
                    QLocale().toString(perMille / 10.0, 'f', 1)));
        return;
    }
    bar->setFormat(tr("%1 of %2").arg(formatBytes(done), formatBytes(total)));
}

QString MigrationProgressDialog::summaryText() const
{
    int moved = 0;
    int failed = 0;
    int cancelled = 0;
    int running = 0;
    int waiting = 0;
    for (const MigrationBatch::ItemState state : m_states) {
        switch (state) {
        case MigrationBatch::ItemState::Completed:
            ++moved;
            break;
        case MigrationBatch::ItemState::Failed:
            ++failed;
            break;
        case MigrationBatch::ItemState::Cancelled:
            ++cancelled;
            break;
        case MigrationBatch::ItemState::Queued:
            ++waiting;
            break;
        default:
            ++running;
            break;
        }
    }
    QStringList parts{tr("%n moved", nullptr, moved)};
    if (failed > 0)
        parts.append(tr("%n failed", nullptr, failed));
    if (cancelled > 0)
        parts.append(tr("%n cancelled", nullptr, cancelled));
    if (running > 0)
        parts.append(tr("%n in progress", nullptr, running));
    if (waiting > 0)
        parts.append(tr("%n waiting", nullptr, waiting));
    return Tr::joinedList(parts);
}

void MigrationProgressDialog::updateSummary()
{
    m_summaryLabel->setText(summaryText());
}

void MigrationProgressDialog::updateButtons()
{
    const bool live = m_batch && !m_batch->isFinished();
    bool selectionCancellable = false;
    for (QTreeWidgetItem *row : m_itemsTree->selectedItems()) {
        const int index = m_itemsTree->indexOfTopLevelItem(row);
        if (index >= 0 && !MigrationBatch::isFinalState(m_states.at(index)))
            selectionCancellable = true;
    }
    m_cancelSelectedButton->setEnabled(live && selectionCancellable);
    m_cancelAllButton->setEnabled(live);
    m_closeButton->setText(live ? tr("Run in &Background") : tr("&Close"));
    m_closeButton->setToolTip(live ? tr("Hide this window; the migrations go on") : QString());
}

void MigrationProgressDialog::cancelSelected()
{
    if (!m_batch)
        return;
    for (QTreeWidgetItem *row : m_itemsTree->selectedItems()) {
        const int index = m_itemsTree->indexOfTopLevelItem(row);
        if (index >= 0)
            m_batch->cancelItem(index);
    }
}

void MigrationProgressDialog::confirmCancelAll()
{
    if (!m_batch || m_batch->isFinished())
        return;
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Cancel all migrations"),
        tr("Stop every migration of this batch that has not finished? Virtual machines not moved yet stay "
           "where they are."),
        QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("cancelAllMessageBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *confirm = box->addButton(tr("Cancel Migrations"), QMessageBox::AcceptRole);
    confirm->setObjectName(QStringLiteral("confirmCancelAllButton"));
    QPushButton *keep = box->addButton(tr("Keep Going"), QMessageBox::RejectRole);
    box->setDefaultButton(keep);
    connect(box, &QMessageBox::accepted, this, [this] {
        if (m_batch)
            m_batch->cancel();
    });
    box->open();
}
