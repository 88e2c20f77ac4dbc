// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: Virt Ferry contributors
#pragma once

#include <QColor>
#include <QHash>

class QAction;
class QLabel;
class QLineEdit;

// Inline validation feedback, the same in every form: a specific message under the field
// and a warning marker inside it, so the field itself shows it is the culprit even when
// the message is scrolled away or read by a screen reader.
class FieldErrors final
{
public:
    // Breeze's "negative text": readable on light and dark backgrounds, where pure red is not.
    static QColor errorColor();
    // Error colour for a label that warns rather than validates.
    static void paintAsError(QLabel *label);

    void addField(QLineEdit *edit, QLabel *errorLabel);
    // Shows `error` for `edit` (hides it when empty); returns whether the field is valid.
    bool show(QLineEdit *edit, const QString &error);

private:
    struct Field
    {
        QLabel *label = nullptr;
        QAction *marker = nullptr;
    };
    QHash<const QLineEdit *, Field> m_fields;
};
