// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/dashboardstrip.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QToolButton>

namespace Printwatch::Views {

DashboardStrip::DashboardStrip(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("dashboardStrip"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 4);
    layout->setSpacing(4);
    const QColor none;
    addTile(Tile::Printers, QStringLiteral("tilePrinters"), tr("All printers"), none);
    addTile(Tile::Up, QStringLiteral("tileUp"), tr("Printers answering and working"), QColor(0x2e, 0x9d, 0x4a));
    addTile(Tile::Asleep, QStringLiteral("tileAsleep"), tr("Printers in power save"), QColor(0x5b, 0x8d, 0xc9));
    addTile(Tile::Down, QStringLiteral("tileDown"), tr("Printers reporting an error state"), QColor(0xd9, 0x30, 0x25));
    addTile(Tile::Offline, QStringLiteral("tileOffline"), tr("Printers not answering"), QColor(0x8a, 0x8a, 0x8a));
    auto *separator = new QFrame(this);
    separator->setFrameShape(QFrame::VLine);
    layout->addWidget(separator);
    addTile(Tile::AlertsCritical, QStringLiteral("tileCritical"), tr("Open critical alerts"), QColor(0xd9, 0x30, 0x25));
    addTile(Tile::AlertsWarning, QStringLiteral("tileWarning"), tr("Open warnings"), QColor(0xe0, 0xa8, 0x00));
    auto *separator2 = new QFrame(this);
    separator2->setFrameShape(QFrame::VLine);
    layout->addWidget(separator2);
    addTile(Tile::SuppliesLow, QStringLiteral("tileSuppliesLow"), tr("Supplies at 10 % or less"),
            QColor(0xe0, 0xa8, 0x00));
    addTile(Tile::SuppliesEmpty, QStringLiteral("tileSuppliesEmpty"), tr("Supplies empty (or waste full)"),
            QColor(0xd9, 0x30, 0x25));
    layout->addStretch(1);
    setTotals({});
}

DashboardStrip::~DashboardStrip() = default;

void DashboardStrip::addTile(Tile tile, const QString &objectName, const QString &toolTip, const QColor &accent)
{
    auto *button = new QToolButton(this);
    button->setObjectName(objectName);
    button->setAutoRaise(true);
    button->setToolTip(toolTip);
    button->setFocusPolicy(Qt::TabFocus);
    if (accent.isValid())
        button->setStyleSheet(QStringLiteral("QToolButton { border-left: 4px solid %1; padding-left: 6px; }")
                                  .arg(accent.name()));
    connect(button, &QToolButton::clicked, this, [this, tile] { Q_EMIT tileActivated(tile); });
    layout()->addWidget(button);
    m_tiles.insert(tile, button);
}

QString DashboardStrip::tileText(Tile tile) const
{
    const QToolButton *button = m_tiles.value(tile);
    return button ? button->text() : QString();
}

void DashboardStrip::setTotals(const Models::FleetTotals &totals)
{
    m_totals = totals;
    const auto set = [&](Tile tile, const QString &text) { m_tiles.value(tile)->setText(text); };
    // %Ln: the plural form the language needs for the number, written with the locale's digits.
    set(Tile::Printers, tr("%Ln printer(s)", nullptr, totals.printers));
    set(Tile::Up, tr("%Ln up", nullptr, totals.up));
    set(Tile::Asleep, tr("%Ln asleep", nullptr, totals.asleep));
    set(Tile::Down, tr("%Ln in error", nullptr, totals.down));
    set(Tile::Offline, tr("%Ln offline", nullptr, totals.offline));
    set(Tile::AlertsCritical, tr("%Ln critical", nullptr, totals.alertsCritical));
    set(Tile::AlertsWarning, tr("%Ln warning(s)", nullptr, totals.alertsWarning));
    set(Tile::SuppliesLow, tr("%Ln supplies low", nullptr, totals.suppliesLow));
    set(Tile::SuppliesEmpty, tr("%Ln empty", nullptr, totals.suppliesEmpty));
}

} // namespace Printwatch::Views
