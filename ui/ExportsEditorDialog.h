// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: Virt Ferry contributors
#pragma once

#include "ExportsFile.h"

#include "FieldErrors.h"

#include <QDialog>
#include <QHash>

#include <memory>

class QAction;
class QLabel;
class QLineEdit;

namespace Ui {
class ExportsEditorDialog;
}

// Edits an NFS server's /etc/exports: a table of exports, a form for one export (with the
// no_root_squash warning the migration article gives), and the exact diff to review before
// applying. GUI thread only; it never touches the network: the caller reads the file,
// and writes it when applyRequested is emitted.
class ExportsEditorDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportsEditorDialog)

public:
    explicit ExportsEditorDialog(const QString &hostName, QWidget *parent = nullptr);
    ~ExportsEditorDialog() override;

    void setOriginalContent(const QByteArray &content); // what /etc/exports holds now
    QByteArray editedContent() const;
    QStringList directoriesToCreate() const; // paths whose "create" box is ticked
    void setBusy(bool busy, const QString &status = {}); // while reading/applying; disables editing
    // exportfs output or the error; on success the new content becomes the original.
    void showApplyResult(bool succeeded, const QString &output);

Q_SIGNALS:
    void applyRequested(const QByteArray &newContent, const QStringList &directoriesToCreate);

private:
    void refreshTable();
    void updateListButtons();
    void showProblems();
    void startAdd();
    void startEdit();
    void removeSelected();
    void fillForm(const ExportEntry &entry);
    void updateFormState();
    void saveForm();
    void cancelForm();
    void showReview();
    void requestApply();

    qsizetype selectedIndex() const;
    ExportOptions formOptions() const;
    ExportEntry formEntry() const;
    bool formRequestsRootAccess() const;
    QString formPathError() const;

    // Shows `error` under `edit` and marks the edit; returns whether the field is fine.
    bool showFieldError(QLineEdit *edit, QLabel *errorLabel, const QString &error);

    std::unique_ptr<Ui::ExportsEditorDialog> m_ui;
    QString m_hostName;
    QByteArray m_original;
    ExportsFile m_file;
    qsizetype m_editingIndex = -1; // -1 while the form adds a new export
    QStringList m_createPaths;
    bool m_busy = false;
    FieldErrors m_fieldErrors;
};
