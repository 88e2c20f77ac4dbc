// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: Virt Ferry contributors
#include "ExportsEditorDialog.h"

#include "ui_ExportsEditorDialog.h"

#include <QAction>
#include <QFontDatabase>
#include <QHeaderView>
#include <QPushButton>
#include <QSignalBlocker>
#include <QStyle>

#include <algorithm>

namespace {

enum Column { PathColumn, ClientsColumn, OptionsColumn };

// What exportfs applies to a client: the line's defaults, then its own options.
ExportOptions effectiveOptions(const ExportEntry &entry, const ExportClient &client)
{
    return ExportOptions::fromList(entry.defaultOptions.toList() + client.options.toList());
}

QString clientText(const ExportClient &client)
{
    return client.host.isEmpty() ? ExportsEditorDialog::tr("(everyone)") : client.host;
}

} // namespace

ExportsEditorDialog::ExportsEditorDialog(const QString &hostName, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ExportsEditorDialog>())
    , m_hostName(hostName)
{
    m_ui->setupUi(this);
    setWindowTitle(tr("NFS exports on %1").arg(hostName));

    m_fieldErrors.addField(m_ui->exportPathLineEdit, m_ui->exportPathErrorLabel);
    m_fieldErrors.addField(m_ui->clientsLineEdit, m_ui->clientsErrorLabel);
    m_fieldErrors.addField(m_ui->anonUidLineEdit, m_ui->anonUidErrorLabel);
    m_fieldErrors.addField(m_ui->anonGidLineEdit, m_ui->anonGidErrorLabel);
    m_fieldErrors.addField(m_ui->otherOptionsLineEdit, m_ui->otherOptionsErrorLabel);
    FieldErrors::paintAsError(m_ui->noRootSquashWarningLabel);
    FieldErrors::paintAsError(m_ui->problemsLabel);
    m_ui->noRootSquashWarningLabel->setText(
        tr("With no_root_squash, anyone who is root on a client is root on this export: they can read and "
           "change every file in it and plant set-user-ID programs. Use it only for trusted hosts, such as "
           "the KVM hosts that keep their VM images here."));

    m_ui->diffPlainTextEdit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_ui->exportsTableWidget->horizontalHeader()->setSectionResizeMode(
        PathColumn, QHeaderView::ResizeToContents);
    m_ui->exportsTableWidget->horizontalHeader()->setSectionResizeMode(
        ClientsColumn, QHeaderView::ResizeToContents);
    m_ui->busyProgressBar->hide();
    m_ui->statusLabel->clear();
    m_ui->applyResultLabel->hide();
    m_ui->problemsLabel->hide();
    m_ui->applyButton->setIcon(style()->standardIcon(QStyle::SP_DialogApplyButton));

    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->addExportButton, &QPushButton::clicked, this, &ExportsEditorDialog::startAdd);
    connect(m_ui->editExportButton, &QPushButton::clicked, this, &ExportsEditorDialog::startEdit);
    connect(m_ui->removeExportButton, &QPushButton::clicked, this, &ExportsEditorDialog::removeSelected);
    connect(m_ui->reviewChangesButton, &QPushButton::clicked, this, &ExportsEditorDialog::showReview);
    connect(m_ui->exportsTableWidget, &QTableWidget::itemSelectionChanged, this,
        &ExportsEditorDialog::updateListButtons);
    connect(
        m_ui->exportsTableWidget, &QTableWidget::cellDoubleClicked, this, &ExportsEditorDialog::startEdit);
    connect(m_ui->saveExportButton, &QPushButton::clicked, this, &ExportsEditorDialog::saveForm);
    connect(m_ui->cancelExportButton, &QPushButton::clicked, this, &ExportsEditorDialog::cancelForm);
    connect(m_ui->backButton, &QPushButton::clicked, this,
        [this] { m_ui->pagesStackedWidget->setCurrentWidget(m_ui->listPage); });
    connect(m_ui->applyButton, &QPushButton::clicked, this, &ExportsEditorDialog::requestApply);

    for (QLineEdit *edit : { m_ui->exportPathLineEdit, m_ui->clientsLineEdit, m_ui->anonUidLineEdit,
             m_ui->anonGidLineEdit, m_ui->otherOptionsLineEdit }) {
        connect(edit, &QLineEdit::textChanged, this, &ExportsEditorDialog::updateFormState);
    }
    for (QAbstractButton *button : { static_cast<QAbstractButton *>(m_ui->readWriteRadioButton),
             static_cast<QAbstractButton *>(m_ui->readOnlyRadioButton),
             static_cast<QAbstractButton *>(m_ui->syncRadioButton),
             static_cast<QAbstractButton *>(m_ui->asyncRadioButton),
             static_cast<QAbstractButton *>(m_ui->rootSquashRadioButton),
             static_cast<QAbstractButton *>(m_ui->noRootSquashRadioButton),
             static_cast<QAbstractButton *>(m_ui->allSquashRadioButton),
             static_cast<QAbstractButton *>(m_ui->confirmNoRootSquashCheckBox),
             static_cast<QAbstractButton *>(m_ui->subtreeCheckCheckBox) }) {
        connect(button, &QAbstractButton::toggled, this, &ExportsEditorDialog::updateFormState);
    }

    m_ui->pagesStackedWidget->setCurrentWidget(m_ui->listPage);
    refreshTable();
}

ExportsEditorDialog::~ExportsEditorDialog() = default;

void ExportsEditorDialog::setOriginalContent(const QByteArray &content)
{
    m_original = content;
    m_file = ExportsFile::parse(content);
    m_createPaths.clear();
    m_ui->applyResultLabel->hide();
    m_ui->pagesStackedWidget->setCurrentWidget(m_ui->listPage);
    showProblems();
    refreshTable();
}

QByteArray ExportsEditorDialog::editedContent() const
{
    return m_file.serialize();
}

QStringList ExportsEditorDialog::directoriesToCreate() const
{
    QStringList paths;
    for (const QString &path : m_createPaths) {
        if (m_file.indexOfPath(path) >= 0)
            paths.append(path);
    }
    return paths;
}

void ExportsEditorDialog::setBusy(bool busy, const QString &status)
{
    m_busy = busy;
    m_ui->pagesStackedWidget->setEnabled(!busy);
    m_ui->busyProgressBar->setVisible(busy);
    m_ui->statusLabel->setText(status);
}

void ExportsEditorDialog::showApplyResult(bool succeeded, const QString &output)
{
    setBusy(false);
    QPalette palette = m_ui->applyResultLabel->palette();
    palette.setColor(QPalette::WindowText, succeeded ? palette.color(QPalette::Text) : FieldErrors::errorColor());
    m_ui->applyResultLabel->setPalette(palette);
    if (succeeded) {
        // What was applied is now what the server holds; the next diff starts from it.
        const QByteArray applied = editedContent();
        setOriginalContent(applied);
        m_ui->pagesStackedWidget->setCurrentWidget(m_ui->reviewPage);
        showReview();
        m_ui->applyResultLabel->setText(output.trimmed().isEmpty()
                ? tr("Applied: /etc/exports was written and exportfs -ra succeeded.")
                : tr("Applied: /etc/exports was written and exportfs -ra succeeded:\n%1")
                      .arg(output.trimmed()));
    } else {
        // The edit stays, so the user can fix the cause and apply again.
        m_ui->applyResultLabel->setText(tr("Not applied:\n%1").arg(output.trimmed()));
    }
    m_ui->applyResultLabel->show();
}

void ExportsEditorDialog::refreshTable()
{
    QTableWidget *table = m_ui->exportsTableWidget;
    const qsizetype selected = selectedIndex();
    const QList<ExportEntry> entries = m_file.entries();
    table->setRowCount(int(entries.size()));
    const QIcon warningIcon = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    for (int row = 0; row < entries.size(); ++row) {
        const ExportEntry &entry = entries.at(row);
        QStringList hosts;
        QStringList perClient;
        bool uniform = true;
        bool rootAccess = false;
        const ExportOptions first
            = effectiveOptions(entry, entry.clients.isEmpty() ? ExportClient {} : entry.clients.first());
        for (const ExportClient &client : entry.clients) {
            const ExportOptions options = effectiveOptions(entry, client);
            hosts << clientText(client);
            perClient << QStringLiteral("%1: %2").arg(clientText(client), options.toList().join(u','));
            uniform &= options == first;
            rootAccess |= options.grantsRootAccess();
        }
        if (entry.clients.isEmpty())
            hosts << clientText({});

        auto *pathItem = new QTableWidgetItem(entry.path);
        const int line = m_file.entryLine(row);
        pathItem->setToolTip(
            line > 0 ? tr("Line %1 of /etc/exports").arg(line) : tr("Added, not applied yet"));
        table->setItem(row, PathColumn, pathItem);
        table->setItem(row, ClientsColumn, new QTableWidgetItem(hosts.join(u' ')));
        auto *optionsItem = new QTableWidgetItem(
            uniform ? first.toList().join(u',') : perClient.join(QStringLiteral("; ")));
        if (rootAccess) {
            optionsItem->setIcon(warningIcon);
            optionsItem->setToolTip(tr("no_root_squash: root on a client is root on this export."));
        }
        table->setItem(row, OptionsColumn, optionsItem);
    }
    if (selected >= 0 && selected < entries.size())
        table->selectRow(int(selected));
    updateListButtons();
}

void ExportsEditorDialog::updateListButtons()
{
    const bool selected = selectedIndex() >= 0;
    m_ui->editExportButton->setEnabled(selected);
    m_ui->removeExportButton->setEnabled(selected);
}

void ExportsEditorDialog::showProblems()
{
    const QList<ExportsFile::Problem> problems = m_file.problems();
    QStringList lines;
    for (const ExportsFile::Problem &problem : problems)
        lines << tr("Line %1: %2").arg(problem.line).arg(problem.message);
    m_ui->problemsLabel->setText(problems.isEmpty()
            ? QString()
            : tr("exportfs cannot read some lines of /etc/exports; they are kept unchanged:\n%1")
                  .arg(lines.join(u'\n')));
    m_ui->problemsLabel->setVisible(!problems.isEmpty());
}

void ExportsEditorDialog::startAdd()
{
    m_editingIndex = -1;
    //: An NFS export: a directory the server shares with its clients (a line of /etc/exports).
    m_ui->formTitleLabel->setText(tr("<b>Add an export</b>"));
    ExportEntry entry;
    entry.clients.append({ QString(), {} });
    fillForm(entry);
    m_ui->clientsLineEdit->clear();
    m_ui->pagesStackedWidget->setCurrentWidget(m_ui->formPage);
    m_ui->exportPathLineEdit->setFocus();
}

void ExportsEditorDialog::startEdit()
{
    const qsizetype index = selectedIndex();
    if (index < 0)
        return;
    m_editingIndex = index;
    m_ui->formTitleLabel->setText(
        tr("<b>Edit the export of %1</b>").arg(m_file.entry(index).path.toHtmlEscaped()));
    fillForm(m_file.entry(index));
    m_ui->pagesStackedWidget->setCurrentWidget(m_ui->formPage);
    m_ui->exportPathLineEdit->setFocus();
}

void ExportsEditorDialog::removeSelected()
{
    const qsizetype index = selectedIndex();
    if (index < 0)
        return;
    m_createPaths.removeAll(m_file.entry(index).path);
    m_file.removeEntry(index);
    refreshTable();
}

void ExportsEditorDialog::fillForm(const ExportEntry &entry)
{
    // The form has one set of options; clients whose effective options differ from the
    // first client's keep theirs written inline as host(options).
    const ExportOptions shared
        = effectiveOptions(entry, entry.clients.isEmpty() ? ExportClient {} : entry.clients.first());
    QStringList specs;
    for (const ExportClient &client : entry.clients) {
        const ExportOptions options = effectiveOptions(entry, client);
        const QString host = client.host.isEmpty() ? QStringLiteral("*") : client.host;
        specs << (options == shared ? host : QStringLiteral("%1(%2)").arg(host, options.toList().join(u',')));
    }

    m_ui->exportPathLineEdit->setText(entry.path);
    m_ui->createPathCheckBox->setChecked(m_createPaths.contains(entry.path));
    m_ui->clientsLineEdit->setText(specs.join(u' '));
    // Unspecified choices show what exportfs does without them.
    m_ui->readOnlyRadioButton->setChecked(shared.access != ExportOptions::Access::ReadWrite);
    m_ui->readWriteRadioButton->setChecked(shared.access == ExportOptions::Access::ReadWrite);
    m_ui->asyncRadioButton->setChecked(shared.sync == ExportOptions::Sync::Async);
    m_ui->syncRadioButton->setChecked(shared.sync != ExportOptions::Sync::Async);
    m_ui->noRootSquashRadioButton->setChecked(shared.squash == ExportOptions::Squash::NoRootSquash);
    m_ui->allSquashRadioButton->setChecked(shared.squash == ExportOptions::Squash::AllSquash);
    m_ui->rootSquashRadioButton->setChecked(shared.squash == ExportOptions::Squash::RootSquash
        || shared.squash == ExportOptions::Squash::Unspecified);
    m_ui->subtreeCheckCheckBox->setChecked(shared.subtreeCheck == ExportOptions::SubtreeCheck::Check);
    m_ui->anonUidLineEdit->setText(shared.anonUid ? QString::number(*shared.anonUid) : QString());
    m_ui->anonGidLineEdit->setText(shared.anonGid ? QString::number(*shared.anonGid) : QString());
    m_ui->otherOptionsLineEdit->setText(shared.otherOptions.join(u','));
    // An export that already has no_root_squash was confirmed when it was written.
    m_ui->confirmNoRootSquashCheckBox->setChecked(m_editingIndex >= 0 && shared.grantsRootAccess());
    updateFormState();
}

void ExportsEditorDialog::updateFormState()
{
    // Every field is checked, not just the first bad one, so the user sees all of them at once.
    bool valid = true;
    valid &= showFieldError(m_ui->exportPathLineEdit, m_ui->exportPathErrorLabel, formPathError());
    valid &= showFieldError(m_ui->clientsLineEdit, m_ui->clientsErrorLabel,
        ExportsValidation::clientsError(m_ui->clientsLineEdit->text()));
    valid &= showFieldError(m_ui->anonUidLineEdit, m_ui->anonUidErrorLabel,
        ExportsValidation::anonIdError(m_ui->anonUidLineEdit->text()));
    valid &= showFieldError(m_ui->anonGidLineEdit, m_ui->anonGidErrorLabel,
        ExportsValidation::anonIdError(m_ui->anonGidLineEdit->text()));
    valid &= showFieldError(m_ui->otherOptionsLineEdit, m_ui->otherOptionsErrorLabel,
        ExportsValidation::otherOptionsError(m_ui->otherOptionsLineEdit->text()));

    // Shown whatever else is wrong, so the warning is read before anything else is fixed.
    const bool clientsValid = m_ui->clientsErrorLabel->isHidden();
    const bool rootAccess
        = m_ui->noRootSquashRadioButton->isChecked() || (clientsValid && formRequestsRootAccess());
    m_ui->noRootSquashWarningLabel->setVisible(rootAccess);
    m_ui->confirmNoRootSquashCheckBox->setVisible(rootAccess);
    if (!rootAccess) {
        // A confirmation given for one choice must not carry over to a later one.
        const QSignalBlocker blocker(m_ui->confirmNoRootSquashCheckBox);
        m_ui->confirmNoRootSquashCheckBox->setChecked(false);
    }
    const bool confirmed = !rootAccess || m_ui->confirmNoRootSquashCheckBox->isChecked();
    m_ui->saveExportButton->setEnabled(valid && confirmed);
}

void ExportsEditorDialog::saveForm()
{
    updateFormState();
    if (!m_ui->saveExportButton->isEnabled())
        return;
    const ExportEntry entry = formEntry();
    if (m_editingIndex >= 0) {
        m_createPaths.removeAll(m_file.entry(m_editingIndex).path);
        m_file.replaceEntry(m_editingIndex, entry);
    } else {
        m_file.addEntry(entry);
    }
    if (m_ui->createPathCheckBox->isChecked() && !m_createPaths.contains(entry.path))
        m_createPaths.append(entry.path);
    m_ui->pagesStackedWidget->setCurrentWidget(m_ui->listPage);
    refreshTable();
    m_ui->exportsTableWidget->selectRow(int(m_file.indexOfPath(entry.path)));
}

void ExportsEditorDialog::cancelForm()
{
    m_ui->pagesStackedWidget->setCurrentWidget(m_ui->listPage);
}

void ExportsEditorDialog::showReview()
{
    const QByteArray edited = editedContent();
    const QString diff = ExportsFile::unifiedDiff(
        m_original, edited, QStringLiteral("/etc/exports"), QStringLiteral("/etc/exports (edited)"));
    m_ui->diffPlainTextEdit->setPlainText(diff.isEmpty() ? tr("No changes.") : diff);
    m_ui->applyButton->setEnabled(!diff.isEmpty());
    m_ui->applyResultLabel->hide();
    m_ui->pagesStackedWidget->setCurrentWidget(m_ui->reviewPage);
}

void ExportsEditorDialog::requestApply()
{
    const QByteArray edited = editedContent();
    if (m_busy || edited == m_original)
        return;
    m_ui->applyResultLabel->hide();
    Q_EMIT applyRequested(edited, directoriesToCreate());
}

qsizetype ExportsEditorDialog::selectedIndex() const
{
    const QList<QTableWidgetItem *> items = m_ui->exportsTableWidget->selectedItems();
    return items.isEmpty() ? -1 : items.first()->row();
}

ExportOptions ExportsEditorDialog::formOptions() const
{
    ExportOptions options;
    options.access = m_ui->readWriteRadioButton->isChecked() ? ExportOptions::Access::ReadWrite
                                                             : ExportOptions::Access::ReadOnly;
    options.sync
        = m_ui->asyncRadioButton->isChecked() ? ExportOptions::Sync::Async : ExportOptions::Sync::Sync;
    options.squash = m_ui->noRootSquashRadioButton->isChecked() ? ExportOptions::Squash::NoRootSquash
        : m_ui->allSquashRadioButton->isChecked()               ? ExportOptions::Squash::AllSquash
                                                                : ExportOptions::Squash::RootSquash;
    // Written out even though it is the default: older nfs-utils warned without it.
    options.subtreeCheck = m_ui->subtreeCheckCheckBox->isChecked() ? ExportOptions::SubtreeCheck::Check
                                                                   : ExportOptions::SubtreeCheck::NoCheck;
    if (const QString uid = m_ui->anonUidLineEdit->text().trimmed(); !uid.isEmpty())
        options.anonUid = uid.toUInt();
    if (const QString gid = m_ui->anonGidLineEdit->text().trimmed(); !gid.isEmpty())
        options.anonGid = gid.toUInt();
    for (const QString &option : m_ui->otherOptionsLineEdit->text().split(u',', Qt::SkipEmptyParts)) {
        if (!option.trimmed().isEmpty())
            options.otherOptions.append(option.trimmed());
    }
    return options;
}

ExportEntry ExportsEditorDialog::formEntry() const
{
    ExportEntry entry;
    entry.path = m_ui->exportPathLineEdit->text();
    const ExportOptions shared = formOptions();
    for (const auto &[host, options] : ExportsValidation::splitClients(m_ui->clientsLineEdit->text()))
        entry.clients.append({ host, options.isEmpty() ? shared : ExportOptions::fromList(options) });
    return entry;
}

bool ExportsEditorDialog::formRequestsRootAccess() const
{
    const ExportEntry entry = formEntry();
    return std::any_of(entry.clients.cbegin(), entry.clients.cend(),
        [](const ExportClient &client) { return client.options.grantsRootAccess(); });
}

QString ExportsEditorDialog::formPathError() const
{
    const QString path = m_ui->exportPathLineEdit->text();
    if (QString error = ExportsValidation::pathError(path); !error.isEmpty())
        return error;
    const qsizetype existing = m_file.indexOfPath(path);
    if (existing >= 0 && existing != m_editingIndex) {
        const int line = m_file.entryLine(existing);
        return line > 0
            ? tr("%1 is already exported on line %2; edit that export instead.").arg(path).arg(line)
            : tr("%1 is already in the list; edit that export instead.").arg(path);
    }
    return {};
}

bool ExportsEditorDialog::showFieldError(QLineEdit *edit, QLabel *, const QString &error)
{
    return m_fieldErrors.show(edit, error);
}
