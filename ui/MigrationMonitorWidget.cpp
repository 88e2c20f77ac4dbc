// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: Virt Ferry contributors
#include "MigrationMonitorWidget.h"

#include "FieldErrors.h"
#include "MigrationChartsWidget.h"
#include "MigrationSeries.h"
#include "MigrationUnits.h"
#include "StorageTypes.h"

#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QStyle>
#include <QVBoxLayout>

#include <utility>

namespace {

QLabel *valueLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(MigrationUnits::unknown(), parent);
    label->setObjectName(objectName);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QLabel *resultLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setVisible(false);
    return label;
}

} // namespace

MigrationMonitorWidget::MigrationMonitorWidget(QWidget *parent)
    : QWidget(parent)
    , m_charts(new MigrationChartsWidget(this))
    , m_bannerLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("migrationMonitorWidget"));

    m_bannerLabel->setObjectName(QStringLiteral("convergenceBannerLabel"));
    m_bannerLabel->setWordWrap(true);
    m_bannerLabel->setTextFormat(Qt::RichText);
    m_bannerLabel->setAutoFillBackground(true);
    QPalette bannerPalette = m_bannerLabel->palette();
    bannerPalette.setColor(QPalette::Window, QColor(0xff, 0xf1, 0xd6));
    bannerPalette.setColor(QPalette::WindowText, QColor(0x5c, 0x3b, 0x00));
    m_bannerLabel->setPalette(bannerPalette);
    m_bannerLabel->setContentsMargins(8, 6, 8, 6);
    m_bannerLabel->setVisible(false);

    auto *figuresBox = new QGroupBox(tr("Figures", "numbers measured during a migration"), this);
    figuresBox->setObjectName(QStringLiteral("figuresGroupBox"));
    buildFigures(figuresBox);
    m_controlsBox = buildControls();
    m_resultBox = buildResult();

    auto *exportCsvButton = new QPushButton(tr("Export Samples as &CSV…"), this);
    exportCsvButton->setObjectName(QStringLiteral("exportCsvButton"));
    exportCsvButton->setAutoDefault(false);
    auto *exportPngButton = new QPushButton(tr("Export Charts as &PNG…"), this);
    exportPngButton->setObjectName(QStringLiteral("exportPngButton"));
    exportPngButton->setAutoDefault(false);
    connect(exportCsvButton, &QPushButton::clicked, this, [this] { exportWithDialog(false); });
    connect(exportPngButton, &QPushButton::clicked, this, [this] { exportWithDialog(true); });
    m_exportResultLabel = resultLabel(QStringLiteral("exportResultLabel"), this);

    auto *side = new QVBoxLayout;
    side->addWidget(figuresBox);
    side->addWidget(m_controlsBox);
    side->addWidget(m_resultBox);
    side->addStretch();
    auto *sideWidget = new QWidget;
    sideWidget->setLayout(side);
    side->setContentsMargins(0, 0, 4, 0);
    // On a small screen the column scrolls rather than squeezing its wrapped messages.
    auto *sideScroll = new QScrollArea(this);
    sideScroll->setObjectName(QStringLiteral("sideScrollArea"));
    sideScroll->setWidget(sideWidget);
    sideScroll->setWidgetResizable(true);
    sideScroll->setFrameShape(QFrame::NoFrame);
    sideScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    sideScroll->setFixedWidth(350);

    auto *body = new QHBoxLayout;
    body->addWidget(m_charts, 1);
    body->addWidget(sideScroll);

    auto *exports = new QHBoxLayout;
    exports->addWidget(m_exportResultLabel);
    exports->addStretch(1);
    exports->addWidget(exportCsvButton);
    exports->addWidget(exportPngButton);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_bannerLabel);
    layout->addLayout(body, 1);
    layout->addLayout(exports);

    m_controlsBox->setVisible(false);
    m_resultBox->setVisible(false);
}

MigrationMonitorWidget::~MigrationMonitorWidget() = default;

void MigrationMonitorWidget::buildFigures(QGroupBox *box)
{
    struct Row
    {
        Figure figure;
        const char *objectName;
        QString label;
    };
    const QList<Row> rows{
        {Figure::Status, "statusValueLabel", tr("Status:")},
        {Figure::Phase, "phaseValueLabel", tr("Phase:")},
        {Figure::Elapsed, "elapsedValueLabel", tr("Elapsed:")},
        {Figure::Eta, "etaValueLabel", tr("Time left:")},
        {Figure::RamTransferred, "ramTransferredValueLabel", tr("RAM transferred:")},
        {Figure::RamRemaining, "ramRemainingValueLabel", tr("RAM remaining:")},
        {Figure::RamTotal, "ramTotalValueLabel", tr("RAM total:")},
        {Figure::DiskTransferred, "diskTransferredValueLabel", tr("Disk transferred:")},
        {Figure::DiskRemaining, "diskRemainingValueLabel", tr("Disk remaining:")},
        {Figure::DiskTotal, "diskTotalValueLabel", tr("Disk total:")},
        {Figure::Rate, "rateValueLabel", tr("Transfer rate:")},
        {Figure::DirtyRate, "dirtyRateValueLabel", tr("Dirty rate:")},
        {Figure::Iteration, "iterationValueLabel", tr("Memory pass:")},
        {Figure::Downtime, "downtimeValueLabel", tr("Expected downtime:")},
    };
    auto *form = new QFormLayout(box);
    form->setLabelAlignment(Qt::AlignRight);
    form->setVerticalSpacing(2);
    m_figureLabels.resize(int(Figure::Count));
    for (const Row &row : rows) {
        QLabel *value = valueLabel(QString::fromLatin1(row.objectName), box);
        m_figureLabels[int(row.figure)] = value;
        form->addRow(row.label, value);
    }
}

QGroupBox *MigrationMonitorWidget::buildControls()
{
    //: Group of controls that change a running migration (bandwidth, downtime, post-copy, abort).
    auto *box = new QGroupBox(tr("Steer"), this);
    box->setObjectName(QStringLiteral("controlsGroupBox"));
    auto *grid = new QGridLayout(box);
    grid->setVerticalSpacing(3);

    m_bandwidthSpinBox = new QSpinBox(box);
    m_bandwidthSpinBox->setObjectName(QStringLiteral("bandwidthSpinBox"));
    m_bandwidthSpinBox->setRange(0, 1000000);
    m_bandwidthSpinBox->setSuffix(tr(" MiB/s"));
    m_bandwidthSpinBox->setSpecialValueText(tr("Unlimited"));
    m_bandwidthSpinBox->setToolTip(tr("The most the migration may send per second; 0 lifts the limit"));
    m_bandwidthApplyButton = new QPushButton(tr("Apply"), box);
    m_bandwidthApplyButton->setObjectName(QStringLiteral("bandwidthApplyButton"));
    m_bandwidthApplyButton->setAutoDefault(false);
    m_bandwidthResultLabel = resultLabel(QStringLiteral("bandwidthResultLabel"), box);

    m_downtimeSpinBox = new QSpinBox(box);
    m_downtimeSpinBox->setObjectName(QStringLiteral("downtimeSpinBox"));
    m_downtimeSpinBox->setRange(1, int(MigrationOptions::kMaxDowntimeMs));
    m_downtimeSpinBox->setValue(300);
    m_downtimeSpinBox->setSuffix(tr(" ms"));
    m_downtimeSpinBox->setToolTip(
        tr("How long the guest may be paused at the switch-over; a longer pause lets a busy guest converge"));
    m_downtimeApplyButton = new QPushButton(tr("Apply"), box);
    m_downtimeApplyButton->setObjectName(QStringLiteral("downtimeApplyButton"));
    m_downtimeApplyButton->setAutoDefault(false);
    m_downtimeResultLabel = resultLabel(QStringLiteral("downtimeResultLabel"), box);

    m_postCopyButton = new QPushButton(tr("Switch to &Post-Copy"), box);
    m_postCopyButton->setObjectName(QStringLiteral("postCopyButton"));
    m_postCopyButton->setAutoDefault(false);
    m_postCopyResultLabel = resultLabel(QStringLiteral("postCopyResultLabel"), box);
    m_postCopyNoteLabel = resultLabel(QStringLiteral("postCopyNoteLabel"), box);
    m_abortButton = new QPushButton(tr("A&bort…"), box);
    m_abortButton->setObjectName(QStringLiteral("abortButton"));
    m_abortButton->setAutoDefault(false);
    m_abortButton->setIcon(style()->standardIcon(QStyle::SP_BrowserStop));
    m_abortResultLabel = resultLabel(QStringLiteral("abortResultLabel"), box);
    m_abortBlockedLabel = resultLabel(QStringLiteral("abortBlockedLabel"), box);

    int row = 0;
    grid->addWidget(new QLabel(tr("Bandwidth:"), box), row, 0);
    grid->addWidget(m_bandwidthSpinBox, row, 1);
    grid->addWidget(m_bandwidthApplyButton, row++, 2);
    grid->addWidget(m_bandwidthResultLabel, row++, 0, 1, 3);
    grid->addWidget(new QLabel(tr("Max downtime:"), box), row, 0);
    grid->addWidget(m_downtimeSpinBox, row, 1);
    grid->addWidget(m_downtimeApplyButton, row++, 2);
    grid->addWidget(m_downtimeResultLabel, row++, 0, 1, 3);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_postCopyButton);
    buttons->addWidget(m_abortButton);
    grid->addLayout(buttons, row++, 0, 1, 3);
    grid->addWidget(m_postCopyNoteLabel, row++, 0, 1, 3);
    grid->addWidget(m_postCopyResultLabel, row++, 0, 1, 3);
    grid->addWidget(m_abortBlockedLabel, row++, 0, 1, 3);
    grid->addWidget(m_abortResultLabel, row++, 0, 1, 3);
    grid->setColumnStretch(1, 1);

    connect(m_bandwidthApplyButton, &QPushButton::clicked, this, &MigrationMonitorWidget::applyBandwidth);
    connect(m_downtimeApplyButton, &QPushButton::clicked, this, &MigrationMonitorWidget::applyDowntime);
    connect(m_postCopyButton, &QPushButton::clicked, this, &MigrationMonitorWidget::requestPostCopy);
    connect(m_abortButton, &QPushButton::clicked, this, &MigrationMonitorWidget::confirmAbort);
    return box;
}

QGroupBox *MigrationMonitorWidget::buildResult()
{
    auto *box = new QGroupBox(tr("Result"), this);
    box->setObjectName(QStringLiteral("resultGroupBox"));
    auto *form = new QFormLayout(box);
    form->setLabelAlignment(Qt::AlignRight);
    form->setVerticalSpacing(2);
    m_resultHeadlineLabel = new QLabel(box);
    m_resultHeadlineLabel->setObjectName(QStringLiteral("resultHeadlineLabel"));
    m_resultHeadlineLabel->setWordWrap(true);
    m_resultHeadlineLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(m_resultHeadlineLabel);
    m_totalTimeLabel = valueLabel(QStringLiteral("totalTimeValueLabel"), box);
    m_measuredDowntimeLabel = valueLabel(QStringLiteral("measuredDowntimeValueLabel"), box);
    m_dataTransferredLabel = valueLabel(QStringLiteral("dataTransferredValueLabel"), box);
    m_averageRateLabel = valueLabel(QStringLiteral("averageRateValueLabel"), box);
    m_iterationsLabel = valueLabel(QStringLiteral("iterationsValueLabel"), box);
    m_locationLabel = valueLabel(QStringLiteral("locationValueLabel"), box);
    m_locationLabel->setWordWrap(true);
    form->addRow(tr("Total time:"), m_totalTimeLabel);
    form->addRow(tr("Downtime:"), m_measuredDowntimeLabel);
    form->addRow(tr("Data sent:"), m_dataTransferredLabel);
    form->addRow(tr("Average rate:"), m_averageRateLabel);
    form->addRow(tr("Memory passes:"), m_iterationsLabel);
    form->addRow(tr("Virtual machine:"), m_locationLabel);
    return box;
}

void MigrationMonitorWidget::setBatchItem(MigrationBatch *batch, int index, MigrationSeries *series,
                                          const QString &sourceHost, const QString &destinationHost)
{
    if (m_batch)
        m_batch->disconnect(this);
    m_batch = batch;
    m_index = index;
    m_sourceHost = sourceHost;
    m_destinationHost = destinationHost;
    m_finalHost.reset();
    if (batch && index >= 0 && index < batch->count()) {
        m_itemState = batch->itemState(index);
        const MigrationOptions &options = batch->plan().options;
        m_bandwidthSpinBox->setValue(int(std::min<unsigned long>(options.bandwidthMiBs, 1000000)));
        if (options.maxDowntimeMs > 0)
            m_downtimeSpinBox->setValue(int(std::min(options.maxDowntimeMs, MigrationOptions::kMaxDowntimeMs)));
        connect(batch, &MigrationBatch::itemStateChanged, this,
                [this](int changed, MigrationBatch::ItemState state, const QString &) {
                    if (changed != m_index)
                        return;
                    m_itemState = state;
                    if (MigrationBatch::isFinalState(state)) {
                        if (m_series)
                            m_csvSnapshot = m_series->toCsv();
                        dropPending();
                    }
                    job(); // a job that just started is watched from now on
                    if (state == MigrationBatch::ItemState::Migrating && (m_pendingSpeed || m_pendingDowntime))
                        applyPending();
                    updateFigures();
                    updateControls();
                    updateResult();
                });
        connect(batch, &QObject::destroyed, this, [this] {
            updateControls();
        });
    }
    m_controlsBox->setVisible(batch != nullptr);
    attachSeries(series);
    job();
    updateControls();
    updateResult();
}

void MigrationMonitorWidget::setSeries(MigrationSeries *series)
{
    if (m_batch)
        m_batch->disconnect(this);
    m_batch = nullptr;
    m_index = -1;
    m_controlsBox->setVisible(false);
    attachSeries(series);
    updateResult();
}

void MigrationMonitorWidget::attachSeries(MigrationSeries *series)
{
    if (m_series)
        m_series->disconnect(this);
    if (m_series != series)
        m_csvSnapshot.clear();
    m_series = series;
    m_charts->setSeries(series);
    if (series) {
        if (const std::optional<quint64> limit = series->maxDowntimeMs(); limit && *limit > 0)
            m_downtimeSpinBox->setValue(int(std::min<quint64>(*limit, MigrationOptions::kMaxDowntimeMs)));
        connect(series, &MigrationSeries::sampleAppended, this, [this] {
            updateFigures();
            updateControls();
        });
        connect(series, &MigrationSeries::convergenceChanged, this, &MigrationMonitorWidget::updateConvergence);
        connect(series, &MigrationSeries::finished, this, [this] {
            if (m_series)
                m_csvSnapshot = m_series->toCsv();
            updateFigures();
            updateControls();
            updateResult();
        });
        connect(series, &MigrationSeries::markerAdded, this, [this] {
            updateFigures();
            updateControls(); // a PostCopyStarted marker ends the abort
        });
    }
    updateFigures();
    updateConvergence();
}

MigrationJob *MigrationMonitorWidget::job()
{
    MigrationJob *current = m_batch ? m_batch->itemMigrationJob(m_index) : nullptr;
    if (current && current != m_watchedJob)
        watchJob(current);
    return current;
}

void MigrationMonitorWidget::watchJob(MigrationJob *job)
{
    if (m_watchedJob)
        m_watchedJob->disconnect(this);
    m_watchedJob = job;
    connect(job, &MigrationJob::controlFinished, this, &MigrationMonitorWidget::onControlFinished);
    connect(job, &MigrationJob::cancelRefused, this, [this](const QString &message) {
        showControlOutcome(m_abortResultLabel, false, message);
        updateControls();
    });
    connect(job, &MigrationJob::stateChanged, this, [this](MigrationJob::State state) {
        if (state == MigrationJob::State::Running)
            applyPending();
        updateControls();
    });
    // The job checks where the domain is before it reports the end; the batch may drop
    // the job right after, so its answer is kept here.
    connect(job, &MigrationJob::finished, this, [this, job] {
        m_finalHost = job->finalHost();
        updateResult();
    });
}

bool MigrationMonitorWidget::isLive() const
{
    if (!m_batch || m_index < 0)
        return false;
    if (MigrationBatch::isFinalState(m_itemState))
        return false;
    return !(m_series && m_series->isFinished());
}

QString MigrationMonitorWidget::figureText(Figure figure) const
{
    const QLabel *label = m_figureLabels.value(int(figure));
    return label ? label->text() : QString();
}

bool MigrationMonitorWidget::isConvergenceWarningShown() const
{
    return !m_bannerLabel->isHidden();
}

void MigrationMonitorWidget::updateFigures()
{
    using Field = JobStats::Field;
    auto set = [this](Figure figure, const QString &text) { m_figureLabels[int(figure)]->setText(text); };
    const std::optional<MigrationSample> latest = m_series ? m_series->latest() : std::nullopt;

    QString status = MigrationUnits::unknown();
    if (m_series && m_series->isFinished()) {
        switch (m_series->summary().outcome) {
        case MigrationPhase::Failed:
            status = tr("Failed");
            break;
        case MigrationPhase::Cancelled:
            status = tr("Cancelled");
            break;
        default:
            status = tr("Completed");
            break;
        }
    } else if (latest) {
        status = latest->stats.isActive() ? tr("Active", "migration status: in progress")
                                           : tr("Waiting for statistics");
    } else if (m_series) {
        status = tr("Setting up");
    }
    set(Figure::Status, status);
    if (!m_series) {
        for (int figure = int(Figure::Phase); figure < int(Figure::Count); ++figure)
            set(Figure(figure), MigrationUnits::unknown());
        return;
    }
    const bool ended = m_series->isFinished();
    set(Figure::Phase, MigrationSeries::phaseText(latest && !ended ? latest->phase : m_series->phase(),
                                                  latest ? latest->iteration : 0));
    if (!latest) {
        for (int figure = int(Figure::Elapsed); figure < int(Figure::Count); ++figure)
            set(Figure(figure), MigrationUnits::unknown());
        return;
    }
    const JobStats &stats = latest->stats;
    const bool finished = m_series->isFinished();
    set(Figure::Elapsed, MigrationUnits::duration(finished ? m_series->summary().totalMs : latest->elapsedMs));
    set(Figure::Eta, finished ? MigrationUnits::unknown() : MigrationUnits::duration(latest->etaMs));
    // libvirt sends memory fields of 0 before memory moves (setup, disk copy): not a
    // measurement yet.
    const bool memoryMoving = latest->phase != MigrationPhase::Setup && latest->phase != MigrationPhase::DiskCopy;
    auto memory = [&](Field field) {
        const std::optional<quint64> value = stats.value(field);
        return !memoryMoving && value.value_or(0) == 0 ? MigrationUnits::unknown() : MigrationUnits::bytes(value);
    };
    set(Figure::RamTransferred, memory(Field::MemoryProcessed));
    set(Figure::RamRemaining, memory(Field::MemoryRemaining));
    set(Figure::RamTotal, memory(Field::MemoryTotal));
    // Without a storage copy libvirt still sends disk fields, all 0: nothing to report.
    const bool copiesDisks = stats.value(Field::DiskTotal).value_or(0) > 0;
    auto disk = [&](Field field) {
        return copiesDisks ? MigrationUnits::bytes(stats.value(field)) : MigrationUnits::unknown();
    };
    set(Figure::DiskTransferred, disk(Field::DiskProcessed));
    set(Figure::DiskRemaining, disk(Field::DiskRemaining));
    set(Figure::DiskTotal, disk(Field::DiskTotal));
    set(Figure::Rate, MigrationUnits::rate(latest->transferBytesPerSecond));
    set(Figure::DirtyRate, MigrationUnits::rate(latest->dirtyBytesPerSecond));
    // The series' pass, not the latest sample's: at the end libvirt counts the passes of
    // the switch-over too, as the result's "Memory passes" does.
    const int iteration = m_series->iteration();
    set(Figure::Iteration, iteration > 0 ? QLocale().toString(iteration) : MigrationUnits::unknown());
    set(Figure::Downtime, MigrationUnits::downtime(stats.value(Field::Downtime)));
}

void MigrationMonitorWidget::updateConvergence()
{
    const bool warn = m_series && m_series->isNotConverging() && !m_series->isFinished();
    if (warn) {
        QString text = tr("<b>This migration is not converging:</b> the guest dirties memory faster than it is "
                          "sent, so the passes never end. What helps:");
        text += QStringLiteral("<ul style=\"margin-top:2px; margin-bottom:0px;\">");
        for (const QString &advice : m_series->convergenceAdvice())
            text += QStringLiteral("<li>%1</li>").arg(advice.toHtmlEscaped());
        text += QStringLiteral("</ul>");
        m_bannerLabel->setText(text);
    }
    m_bannerLabel->setVisible(warn);
}

void MigrationMonitorWidget::updateControls()
{
    const bool live = isLive();
    MigrationJob *current = live ? job() : nullptr;
    const bool running = current && current->state() == MigrationJob::State::Running;
    const QString notRunning = live ? tr("Available once the migration runs") : tr("The migration has ended");
    for (QWidget *widget : {static_cast<QWidget *>(m_bandwidthSpinBox), static_cast<QWidget *>(m_bandwidthApplyButton),
                            static_cast<QWidget *>(m_downtimeSpinBox), static_cast<QWidget *>(m_downtimeApplyButton)}) {
        widget->setEnabled(live);
    }
    const QString later = running ? QString() : tr(" (sent once the migration runs)");
    m_bandwidthApplyButton->setToolTip(live ? tr("Set the migration's bandwidth now") + later : notRunning);
    m_downtimeApplyButton->setToolTip(live ? tr("Set the longest pause allowed at the switch-over") + later
                                           : notRunning);

    const bool postCopy = live && isInPostCopy();
    QString postCopyWhyNot;
    if (postCopy)
        postCopyWhyNot = tr("Already in post-copy");
    else if (!running)
        postCopyWhyNot = notRunning;
    else if (!current->canStartPostCopy())
        postCopyWhyNot = current->options().postCopyAllowed
            ? tr("Post-copy cannot start now (not a live migration)")
            : tr("This migration was started without “Allow post-copy”; libvirt can only switch a job that "
                 "allowed it");
    const QString noReturn = tr("Post-copy cannot be undone: once switched, the virtual machine runs on %1 and "
                                "the migration can no longer be aborted.")
                                 .arg(destinationText());
    m_postCopyButton->setEnabled(postCopyWhyNot.isEmpty());
    m_postCopyButton->setToolTip(postCopyWhyNot.isEmpty()
                                     ? tr("Run the guest on the destination now and fetch the rest of its memory "
                                          "on demand; ends a migration that does not converge.")
                                         + QLatin1Char(' ') + noReturn
                                     : postCopyWhyNot);
    // Said next to the button before it can be used, not only in a tooltip.
    const bool allowed = m_batch && m_index >= 0 && m_batch->plan().options.postCopyAllowed;
    m_postCopyNoteLabel->setText(noReturn);
    m_postCopyNoteLabel->setVisible(live && allowed && !postCopy);

    const QString cannotAbort = tr("Post-copy cannot be aborted: the VM already runs on %1.").arg(destinationText());
    m_abortButton->setEnabled(live && !postCopy);
    m_abortButton->setToolTip(!live        ? tr("The migration has ended")
                                  : postCopy ? cannotAbort
                                             : tr("Stop this migration; the virtual machine stays on the source host"));
    m_abortBlockedLabel->setText(cannotAbort);
    m_abortBlockedLabel->setVisible(postCopy);
    // Switched (by this window or by anyone else): the answer to an earlier request, such
    // as "cannot start now", no longer holds.
    if (postCopy)
        m_postCopyResultLabel->hide();
}

bool MigrationMonitorWidget::isInPostCopy()
{
    if (m_series && !m_series->isFinished() && m_series->phase() == MigrationPhase::PostCopy)
        return true;
    MigrationJob *current = isLive() ? job() : nullptr;
    return current && current->isPostCopyStarted();
}

QString MigrationMonitorWidget::destinationText() const
{
    if (!m_destinationHost.isEmpty())
        return m_destinationHost;
    if (m_watchedJob && !m_watchedJob->destinationHostName().isEmpty())
        return m_watchedJob->destinationHostName();
    return tr("the destination host");
}

QLabel *MigrationMonitorWidget::controlLabel(MigrationJob::Control control) const
{
    switch (control) {
    case MigrationJob::Control::MaxSpeed:
        return m_bandwidthResultLabel;
    case MigrationJob::Control::MaxDowntime:
        return m_downtimeResultLabel;
    case MigrationJob::Control::PostCopy:
        return m_postCopyResultLabel;
    }
    return nullptr;
}

void MigrationMonitorWidget::showControlPending(QLabel *label)
{
    label->setPalette(palette());
    label->setText(tr("Applying…"));
    label->setVisible(true);
}

void MigrationMonitorWidget::showControlOutcome(QLabel *label, bool succeeded, const QString &text)
{
    label->setPalette(QPalette());
    if (!succeeded)
        FieldErrors::paintAsError(label);
    label->setText(text);
    label->setVisible(true);
}

void MigrationMonitorWidget::onControlFinished(MigrationJob::Control control, bool succeeded, const QString &message)
{
    QLabel *label = controlLabel(control);
    if (!label)
        return;
    if (succeeded) {
        QString text;
        switch (control) {
        case MigrationJob::Control::MaxSpeed:
            text = tr("Bandwidth set.");
            break;
        case MigrationJob::Control::MaxDowntime:
            text = tr("Max downtime set.");
            break;
        case MigrationJob::Control::PostCopy:
            text = tr("Switched to post-copy.");
            break;
        }
        showControlOutcome(label, true, text);
    } else {
        showControlOutcome(label, false, message.isEmpty() ? tr("libvirt refused it.") : message);
    }
    updateControls();
}

void MigrationMonitorWidget::applyBandwidth()
{
    const quint64 value = quint64(m_bandwidthSpinBox->value());
    Q_EMIT maxSpeedRequested(value);
    if (!isLive()) {
        showControlOutcome(m_bandwidthResultLabel, false, tr("The migration has ended."));
        return;
    }
    m_pendingSpeed = value;
    applyPending();
}

void MigrationMonitorWidget::applyDowntime()
{
    const quint64 value = quint64(m_downtimeSpinBox->value());
    Q_EMIT maxDowntimeRequested(value);
    if (!isLive()) {
        showControlOutcome(m_downtimeResultLabel, false, tr("The migration has ended."));
        return;
    }
    m_pendingDowntime = value;
    applyPending();
}

void MigrationMonitorWidget::applyPending()
{
    MigrationJob *current = isLive() ? job() : nullptr;
    const bool running = current && current->state() == MigrationJob::State::Running;
    if (!running) {
        if (m_pendingSpeed)
            showControlOutcome(m_bandwidthResultLabel, true, tr("Sent once the migration runs."));
        if (m_pendingDowntime)
            showControlOutcome(m_downtimeResultLabel, true, tr("Sent once the migration runs."));
        return;
    }
    // Through the batch, so the chart's marker names the value libvirt accepted.
    if (const std::optional<quint64> speed = std::exchange(m_pendingSpeed, std::nullopt)) {
        showControlPending(m_bandwidthResultLabel);
        m_batch->setItemMaxSpeed(m_index, *speed);
    }
    if (const std::optional<quint64> downtime = std::exchange(m_pendingDowntime, std::nullopt)) {
        showControlPending(m_downtimeResultLabel);
        m_batch->setItemMaxDowntime(m_index, *downtime);
    }
}

void MigrationMonitorWidget::dropPending()
{
    if (std::exchange(m_pendingSpeed, std::nullopt))
        showControlOutcome(m_bandwidthResultLabel, false, tr("Not sent: the migration ended before it ran."));
    if (std::exchange(m_pendingDowntime, std::nullopt))
        showControlOutcome(m_downtimeResultLabel, false, tr("Not sent: the migration ended before it ran."));
}

void MigrationMonitorWidget::requestPostCopy()
{
    if (!isLive()) {
        showControlOutcome(m_postCopyResultLabel, false, tr("Post-copy cannot start now."));
        return;
    }
    const QString name = m_batch->target(m_index).name;
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Switch to post-copy"),
                                tr("Switch the migration of %1 to post-copy? This cannot be undone: %1 starts "
                                   "running on %2 at once while the rest of its memory still comes from %3, so "
                                   "from then on the migration cannot be aborted, and if either host or the "
                                   "network between them fails before it completes, the virtual machine is lost.")
                                    .arg(name, destinationText(),
                                         m_sourceHost.isEmpty() ? tr("the source host") : m_sourceHost),
                                QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("postCopyMessageBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *confirm = box->addButton(tr("Switch to Post-Copy"), QMessageBox::AcceptRole);
    confirm->setObjectName(QStringLiteral("confirmPostCopyButton"));
    QPushButton *keep = box->addButton(tr("Keep Pre-Copy"), QMessageBox::RejectRole);
    keep->setObjectName(QStringLiteral("keepPreCopyButton"));
    box->setDefaultButton(keep);
    connect(box, &QMessageBox::accepted, this, &MigrationMonitorWidget::switchToPostCopy);
    box->open();
}

void MigrationMonitorWidget::switchToPostCopy()
{
    if (!isLive())
        return;
    Q_EMIT postCopyRequested();
    MigrationJob *current = job();
    if (!current || !current->canStartPostCopy()) {
        showControlOutcome(m_postCopyResultLabel, false, tr("Post-copy cannot start now."));
        return;
    }
    showControlPending(m_postCopyResultLabel);
    m_batch->startItemPostCopy(m_index);
    updateControls(); // the abort ends as the switch is sent
}

void MigrationMonitorWidget::confirmAbort()
{
    if (!isLive())
        return;
    const QString name = m_batch->target(m_index).name;
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Abort migration"),
                                tr("Abort the migration of %1? It stops where it is and the virtual machine keeps "
                                   "running on %2.")
                                    .arg(name, m_sourceHost.isEmpty() ? tr("the source host") : m_sourceHost),
                                QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("abortMessageBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *confirm = box->addButton(tr("Abort Migration"), QMessageBox::AcceptRole);
    confirm->setObjectName(QStringLiteral("confirmAbortButton"));
    QPushButton *keep = box->addButton(tr("Keep Going"), QMessageBox::RejectRole);
    keep->setObjectName(QStringLiteral("keepGoingButton"));
    box->setDefaultButton(keep);
    connect(box, &QMessageBox::accepted, this, [this] {
        if (!isLive())
            return;
        // It may have switched while the question was open.
        if (isInPostCopy()) {
            updateControls();
            return;
        }
        Q_EMIT abortRequested();
        m_batch->cancelItem(m_index);
        showControlOutcome(m_abortResultLabel, true, tr("Abort requested."));
        updateControls();
    });
    box->open();
}

QString MigrationMonitorWidget::locationText() const
{
    const QString source = m_sourceHost.isEmpty() ? tr("the source host") : m_sourceHost;
    const QString destination = m_destinationHost.isEmpty() ? tr("the destination host") : m_destinationHost;
    if (m_finalHost) {
        switch (*m_finalHost) {
        case MigrationJob::FinalHost::Destination:
            return tr("On %1 (destination); no longer on %2.").arg(destination, source);
        case MigrationJob::FinalHost::Source:
            return tr("Still on %1 (source); not on %2.").arg(source, destination);
        case MigrationJob::FinalHost::Both:
            return tr("Found on both %1 and %2: check which one runs before starting the other.")
                .arg(source, destination);
        case MigrationJob::FinalHost::None:
            return tr("Found on neither %1 nor %2.").arg(source, destination);
        case MigrationJob::FinalHost::Unknown:
            break;
        }
    }
    if (m_batch && m_index >= 0) {
        switch (m_itemState) {
        case MigrationBatch::ItemState::Completed:
            return tr("On %1 (destination).").arg(destination);
        case MigrationBatch::ItemState::Cancelled:
        case MigrationBatch::ItemState::Failed:
            return tr("Not checked: look on %1 and %2.").arg(source, destination);
        default:
            break;
        }
    }
    return MigrationUnits::unknown();
}

void MigrationMonitorWidget::updateResult()
{
    const bool itemEnded = m_batch && m_index >= 0 && MigrationBatch::isFinalState(m_itemState);
    const bool seriesEnded = m_series && m_series->isFinished();
    if (!itemEnded && !seriesEnded) {
        m_resultBox->setVisible(false);
        return;
    }
    const std::optional<MigrationSummary> summary =
        m_series && seriesEnded ? std::optional(m_series->summary()) : std::nullopt;
    MigrationPhase outcome = summary ? summary->outcome : MigrationPhase::Completed;
    if (itemEnded) {
        outcome = m_itemState == MigrationBatch::ItemState::Completed ? MigrationPhase::Completed
            : m_itemState == MigrationBatch::ItemState::Cancelled    ? MigrationPhase::Cancelled
                                                                      : MigrationPhase::Failed;
    }
    QString message = m_batch && m_index >= 0 ? m_batch->itemMessage(m_index) : QString();
    if (message.isEmpty() && summary)
        message = summary->message;
    QString headline;
    switch (outcome) {
    case MigrationPhase::Failed:
        headline = tr("<b>Failed.</b> %1").arg(message.isEmpty() ? tr("libvirt gave no reason.") : message.toHtmlEscaped());
        break;
    case MigrationPhase::Cancelled:
        headline = tr("<b>Cancelled.</b> %1").arg(message.toHtmlEscaped());
        break;
    default:
        headline = message.isEmpty() ? tr("<b>Migrated.</b>") : tr("<b>Migrated.</b> %1").arg(message.toHtmlEscaped());
        break;
    }
    m_resultHeadlineLabel->setText(headline);
    m_resultHeadlineLabel->setPalette(QPalette());
    if (outcome == MigrationPhase::Failed)
        FieldErrors::paintAsError(m_resultHeadlineLabel);
    // A job that failed before its first sample has no measured time.
    const bool sampled = m_series && !m_series->samples().isEmpty();
    m_totalTimeLabel->setText(summary && (sampled || summary->totalMs > 0) ? MigrationUnits::duration(summary->totalMs)
                                                                          : MigrationUnits::unknown());
    m_measuredDowntimeLabel->setText(summary ? MigrationUnits::downtime(summary->downtimeMs)
                                             : MigrationUnits::unknown());
    m_dataTransferredLabel->setText(summary ? MigrationUnits::bytes(summary->bytesTransferred)
                                            : MigrationUnits::unknown());
    m_averageRateLabel->setText(summary ? MigrationUnits::rate(summary->averageBytesPerSecond)
                                        : MigrationUnits::unknown());
    m_iterationsLabel->setText(summary && summary->iterations > 0 ? QLocale().toString(summary->iterations)
                                                                   : MigrationUnits::unknown());
    m_locationLabel->setText(locationText());
    m_resultBox->setVisible(true);
    updateConvergence();
}

bool MigrationMonitorWidget::exportCsv(const QString &path, QString *error) const
{
    const QString csv = m_series ? m_series->toCsv() : m_csvSnapshot;
    if (csv.isEmpty()) {
        if (error)
            *error = tr("There are no samples to export.");
        return false;
    }
    return MigrationUnits::writeCsv(path, csv, error);
}

bool MigrationMonitorWidget::exportPng(const QString &path)
{
    return m_charts->savePng(path);
}

void MigrationMonitorWidget::exportWithDialog(bool png)
{
    MigrationUnits::exportWithDialog(
        this, png, m_exportResultLabel, [this, png](const QString &path, QString *error) {
            return png ? exportPng(path) : exportCsv(path, error);
        });
}
