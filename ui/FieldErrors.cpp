// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: Virt Ferry contributors
#include "FieldErrors.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QStyle>

namespace {
// Set on a line edit while it holds an error, for style sheets and tests.
const char *const kInvalidProperty = "invalid";
} // namespace

QColor FieldErrors::errorColor()
{
    return QColor(0xda, 0x44, 0x53);
}

void FieldErrors::paintAsError(QLabel *label)
{
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, errorColor());
    label->setPalette(palette);
}

void FieldErrors::addField(QLineEdit *edit, QLabel *errorLabel)
{
    paintAsError(errorLabel);
    errorLabel->setTextFormat(Qt::PlainText);
    errorLabel->hide();
    QAction *marker = edit->addAction(edit->style()->standardIcon(QStyle::SP_MessageBoxWarning),
                                      QLineEdit::TrailingPosition);
    marker->setObjectName(edit->objectName().replace(QStringLiteral("LineEdit"), QStringLiteral("ErrorAction")));
    marker->setVisible(false);
    m_fields.insert(edit, Field{errorLabel, marker});
}

bool FieldErrors::show(QLineEdit *edit, const QString &error)
{
    const Field field = m_fields.value(edit);
    const bool valid = error.isEmpty();
    if (field.label) {
        field.label->setText(error);
        field.label->setVisible(!valid);
    }
    if (field.marker) {
        field.marker->setVisible(!valid);
        field.marker->setToolTip(error);
    }
    edit->setProperty(kInvalidProperty, !valid);
    return valid;
}
