// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/supplyleveldelegate.h"

#include "core/printer.h"
#include "models/supplytablemodel.h"

#include <QApplication>
#include <QPainter>

namespace Printwatch::Views {

using Models::SupplyTableModel;

SupplyLevelDelegate::SupplyLevelDelegate(QObject *parent) : QStyledItemDelegate(parent) {}

SupplyLevelDelegate::~SupplyLevelDelegate() = default;

void SupplyLevelDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    // Background and selection as the style draws them, without the text.
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.text.clear();
    QStyle *style = background.widget ? background.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &background, painter, background.widget);

    const QVariant levelValue = index.data(SupplyTableModel::LevelRole);
    if (!levelValue.isValid())
        return;
    const int level = levelValue.toInt();
    QColor fill = index.data(SupplyTableModel::ColourRole).value<QColor>();
    if (!fill.isValid())
        fill = option.palette.color(QPalette::Highlight);

    const QRect bar = option.rect.adjusted(4, 4, -4, -4);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, false);
    const QColor frame = option.palette.color(QPalette::Mid);
    painter->setPen(frame);
    painter->setBrush(option.palette.color(QPalette::Base));
    painter->drawRect(bar.adjusted(0, 0, -1, -1));

    QString text = index.data(Qt::DisplayRole).toString();
    const QRect inner = bar.adjusted(1, 1, -1, -1);
    if (level >= 0) {
        // For a receptacle the level is the room left, so "low" means nearly full there too.
        const bool low = level <= 10;
        QRect filled = inner;
        filled.setWidth(inner.width() * qBound(0, level, 100) / 100);
        painter->fillRect(filled, fill);
        if (low) {
            painter->setPen(QPen(QColor(0xd9, 0x30, 0x25), 2));
            painter->setBrush(Qt::NoBrush);
            painter->drawRect(bar.adjusted(1, 1, -1, -1));
        }
    } else if (level == Core::SupplyUnrestricted) {
        QColor pale = fill;
        pale.setAlpha(90);
        painter->fillRect(inner, pale);
    } else if (level == Core::SupplySomeRemaining) {
        QRect part = inner;
        part.setWidth(inner.width() / 4);
        painter->fillRect(part, QBrush(fill, Qt::BDiagPattern));
        painter->setPen(QPen(frame, 1, Qt::DashLine));
        painter->setBrush(Qt::NoBrush);
        painter->drawRect(bar.adjusted(0, 0, -1, -1));
    } else {
        painter->fillRect(inner, QBrush(frame, Qt::BDiagPattern));
    }

    // Text on a plate so it stays readable over dark toner colours.
    const QFontMetrics metrics(option.font);
    const int textWidth = metrics.horizontalAdvance(text) + 8;
    const QRect plate(bar.center().x() - textWidth / 2, bar.top() + 1, textWidth, bar.height() - 1);
    QColor plateColour = option.palette.color(QPalette::Base);
    plateColour.setAlpha(210);
    painter->fillRect(plate.intersected(inner), plateColour);
    painter->setPen(option.palette.color(QPalette::Text));
    painter->setFont(option.font);
    painter->drawText(bar, Qt::AlignCenter, text);
    painter->restore();
}

QSize SupplyLevelDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setWidth(qMax(size.width(), option.fontMetrics.averageCharWidth() * 16));
    return size;
}

} // namespace Printwatch::Views
