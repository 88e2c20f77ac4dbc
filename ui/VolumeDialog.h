// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: Virt Ferry contributors
#pragma once

#include "FieldErrors.h"
#include "StorageTypes.h"

#include <QDialog>
#include <QSet>

#include <memory>
#include <optional>

class QComboBox;
class QLineEdit;

namespace Ui {
class VolumeDialog;
}

// Asks for a new volume, a new size or a clone's name, in one pool. GUI thread only and
// never touches libvirt: it checks what it was told about the pool (its volumes and free
// space) so bad input gets a specific error at the field before any work starts; the
// caller sends the result through Connection.
class VolumeDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VolumeDialog)

public:
    enum class Mode { Create, Resize, Clone };
    Q_ENUM(Mode)

    // `volumes`: the pool's current volumes (duplicate names, backing candidates).
    // `source`: the volume to resize or clone; ignored for Create.
    VolumeDialog(Mode mode, const PoolInfo &pool, const QList<VolumeInfo> &volumes,
                 const std::optional<VolumeInfo> &source = std::nullopt, QWidget *parent = nullptr);
    ~VolumeDialog() override;

    Mode mode() const { return m_mode; }
    const PoolInfo &pool() const { return m_pool; }
    const std::optional<VolumeInfo> &sourceVolume() const { return m_source; }

    // Create: the volume to create. Valid once the dialog is accepted.
    VolumeDefinition definition() const;
    // Resize: the new capacity.
    quint64 capacityBytes() const;
    // Clone: the clone's name; Create: the new volume's name.
    QString volumeName() const;

    // Whether every field holds an acceptable value (what enables OK).
    bool isInputValid() const;

    void accept() override;

private:
    enum class Unit { MiB, GiB, TiB };
    struct SizeParse
    {
        std::optional<quint64> bytes;
        QString error;
    };

    void setUpSizeField(QComboBox *unitComboBox, Unit defaultUnit);
    void fillBackingVolumes();
    void onBackingChanged();
    void onFormatChanged();
    void onAllocateAllToggled(bool checked);
    // Runs every check, shows errors on the fields the user has touched (all of them with
    // `showAll`), and enables OK only when nothing is wrong.
    bool validate(bool showAll = false);
    void fitHeight();
    SizeParse parseSize(const QLineEdit *edit, const QComboBox *unitComboBox, bool allowZero) const;
    void setSize(QLineEdit *edit, QComboBox *unitComboBox, quint64 bytes);
    QString nameError() const;
    bool nameTaken(const QString &name) const;
    const VolumeInfo *backingVolume() const;

    std::unique_ptr<Ui::VolumeDialog> m_ui;
    Mode m_mode;
    PoolInfo m_pool;
    QList<VolumeInfo> m_volumes;
    std::optional<VolumeInfo> m_source;
    FieldErrors m_fieldErrors;
    QSet<const QLineEdit *> m_touched;
};
