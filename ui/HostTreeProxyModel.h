// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: Virt Ferry contributors
#pragma once

#include <QSortFilterProxyModel>

// Sorts and filters the host tree for the view and adds what the GUI-free model cannot
// carry: state icons, including the spinner of connecting hosts.
class HostTreeProxyModel final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit HostTreeProxyModel(QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    void setSpinnerFrame(int frame);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    int m_spinnerFrame = 0;
};
