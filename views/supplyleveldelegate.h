// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Draws a supply level as a bar in the supply's colour. What the printer did not say is drawn as
// what it is: "unknown" is an empty hatched bar, "some remaining" a dashed outline with a short
// hatched fill, "unrestricted" a full pale bar, each with its word; never a made-up percentage.

#include <QStyledItemDelegate>

namespace Printwatch::Views {

class SupplyLevelDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SupplyLevelDelegate)

public:
    // Reads SupplyTableModel::LevelRole, ReceptacleRole and ColourRole.
    explicit SupplyLevelDelegate(QObject *parent = nullptr);
    ~SupplyLevelDelegate() override;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace Printwatch::Views
