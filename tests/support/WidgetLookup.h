// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: Virt Ferry contributors
#pragma once

#include <QLabel>
#include <QLineEdit>
#include <QWidget>

#include <stdexcept>
#include <string>

// Finds a form's widgets by object name, as the GUI tests drive them; a missing name
// throws (GoogleTest reports it as a failure) instead of crashing on a null pointer.
class WidgetLookup
{
public:
    explicit WidgetLookup(const QWidget &root) : m_root(root) {}

    template<typename T>
    T *child(const char *name) const
    {
        T *widget = m_root.findChild<T *>(QString::fromLatin1(name));
        if (!widget)
            throw std::runtime_error(std::string("no child named ") + name);
        return widget;
    }
    QLineEdit *edit(const char *name) const { return child<QLineEdit>(name); }
    QLabel *label(const char *name) const { return child<QLabel>(name); }

private:
    const QWidget &m_root;
};
