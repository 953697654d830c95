// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The fleet at a glance, above every page: printers up / asleep / down / offline, open alerts by
// severity, supplies low or empty. Each figure is a button that opens the page filtered to it.

#include "models/fleettotals.h"

#include <QHash>
#include <QWidget>

class QToolButton;

namespace Printwatch::Views {

class DashboardStrip final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DashboardStrip)

public:
    enum class Tile
    {
        Printers,
        Up,
        Asleep,
        Down,
        Offline,
        AlertsCritical,
        AlertsWarning,
        SuppliesLow,
        SuppliesEmpty,
    };
    Q_ENUM(Tile)

    explicit DashboardStrip(QWidget *parent = nullptr);
    ~DashboardStrip() override;

    const Models::FleetTotals &totals() const { return m_totals; }
    QString tileText(Tile tile) const;

public Q_SLOTS:
    void setTotals(const Printwatch::Models::FleetTotals &totals);

Q_SIGNALS:
    void tileActivated(Printwatch::Views::DashboardStrip::Tile tile);

private:
    void addTile(Tile tile, const QString &objectName, const QString &toolTip, const QColor &accent);

    Models::FleetTotals m_totals;
    QHash<Tile, QToolButton *> m_tiles;
};

} // namespace Printwatch::Views
