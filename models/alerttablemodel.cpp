// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/alerttablemodel.h"

#include "models/alertcodes.h"
#include "models/modelroles.h"
#include "models/textformat.h"

#include <QGuiApplication>
#include <QIcon>
#include <QIconEngine>
#include <QLocale>
#include <QPainter>

#include <array>

namespace Printwatch::Models {

namespace {

QString textOrUnknown(const QString &untrusted)
{
    const QString line = singleLine(untrusted);
    return line.isEmpty() ? unknownText() : line;
}

QString timeText(const QDateTime &time)
{
    return time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::ShortFormat) : QString();
}

// Paints at whatever size and ratio the view asks for: no blurry scaled pixmaps on high-DPI screens.
class SeverityIconEngine final : public QIconEngine
{
public:
    explicit SeverityIconEngine(int rank) : m_rank(rank) {}
    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State) override
    {
        static const std::array<QColor, 3> colours = {QColor(0x3b, 0x7d, 0xd8), QColor(0xe0, 0xa8, 0x00),
                                                      QColor(0xd9, 0x30, 0x25)};
        QColor colour = colours.at(static_cast<size_t>(qBound(0, m_rank, 2)));
        if (mode == QIcon::Disabled)
            colour = QColor(0x9a, 0x9a, 0x9a);
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        const qreal side = qMin(rect.width(), rect.height()) * 0.8;
        const QRectF circle(rect.center().x() - side / 2 + 0.5, rect.center().y() - side / 2 + 0.5, side, side);
        painter->setPen(Qt::NoPen);
        painter->setBrush(colour);
        if (m_rank == 1) {
            // A warning is a triangle, so colour is not the only cue.
            const QPolygonF triangle{QPointF(circle.center().x(), circle.top()), circle.bottomRight(),
                                     circle.bottomLeft()};
            painter->drawPolygon(triangle);
        } else {
            painter->drawEllipse(circle);
        }
        painter->setPen(QPen(Qt::white, qMax(1.0, side / 8)));
        const qreal x = circle.center().x();
        if (m_rank == 0) {
            painter->drawLine(QPointF(x, circle.top() + side * 0.42), QPointF(x, circle.bottom() - side * 0.22));
            painter->drawPoint(QPointF(x, circle.top() + side * 0.25));
        } else {
            painter->drawLine(QPointF(x, circle.top() + side * 0.3), QPointF(x, circle.bottom() - side * 0.38));
            painter->drawPoint(QPointF(x, circle.bottom() - side * 0.2));
        }
        painter->restore();
    }
    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        QPixmap pixmap(size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        paint(&painter, QRect(QPoint(0, 0), size), mode, state);
        return pixmap;
    }
    QIconEngine *clone() const override { return new SeverityIconEngine(m_rank); }

private:
    int m_rank;
};

} // namespace

QIcon severityIcon(int rank)
{
    return QIcon(new SeverityIconEngine(rank));
}

AlertTableModel::AlertTableModel(QObject *parent) : KeyedTableModel(parent) {}

AlertTableModel::Delta AlertTableModel::makeDelta()
{
    return Delta([](const Storage::FleetAlertRow &row) { return row.record.id; },
                 [](const Storage::FleetAlertRow &row) { return row.record.deviceId; });
}

AlertTableModel::~AlertTableModel() = default;

int AlertTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AlertTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Storage::FleetAlertRow &row = rowAt(index.row());
    const Storage::AlertRecord &record = row.record;
    const int column = index.column();
    const int rank = alertSeverityRank(record.alert.severity);
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case SeverityColumn:
            return alertSeverityText(record.alert.severity);
        case CodeColumn:
            return alertCodeText(record.alert.code);
        case DescriptionColumn:
            return textOrUnknown(record.alert.description);
        case PrinterColumn:
            return textOrUnknown(row.printer.name);
        case AddressColumn: {
            const QString address = displayAddress(row.printer.address, row.printer.port);
            return address.isEmpty() ? unknownText() : address;
        }
        case RaisedColumn:
            return timeText(record.raisedAt);
        case ClearedColumn:
            return record.active() ? tr("Open") : timeText(record.clearedAt);
        }
        return {};
    case Qt::DecorationRole:
        if (column == SeverityColumn && qGuiApp)
            return severityIcon(rank);
        return {};
    case Qt::ToolTipRole:
        if (column == CodeColumn)
            return tr("Printer-MIB alert code %1, group %2, location %3")
                .arg(record.alert.code)
                .arg(record.alert.group)
                .arg(record.alert.location);
        if (column == DescriptionColumn || column == PrinterColumn)
            return plainToolTip(data(index, Qt::DisplayRole).toString()); // tips render markup
        return {};
    case Qt::ForegroundRole:
        return record.active() ? QVariant() : QVariant(QColor(0x80, 0x80, 0x80));
    case Roles::SortRole:
        switch (column) {
        case SeverityColumn:
            return rank;
        case CodeColumn:
            return alertCodeText(record.alert.code);
        case DescriptionColumn:
            return record.alert.description.isEmpty() ? QVariant() : QVariant(singleLine(record.alert.description));
        case PrinterColumn:
            return row.printer.name.isEmpty() ? QVariant() : QVariant(row.printer.name);
        case AddressColumn:
            return row.printer.address.isEmpty() ? QVariant() : QVariant(row.printer.address);
        case RaisedColumn:
            return record.raisedAt.isValid() ? QVariant(record.raisedAt) : QVariant();
        case ClearedColumn:
            return record.clearedAt.isValid() ? QVariant(record.clearedAt) : QVariant();
        }
        return {};
    case Roles::DeviceIdRole:
        return record.deviceId;
    case Roles::SeverityRole:
        return rank;
    case ActiveRole:
        return record.active();
    default:
        return {};
    }
}

QVariant AlertTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case SeverityColumn:
        return tr("Severity");
    case CodeColumn:
        return tr("Alert");
    case DescriptionColumn:
        return tr("Printer's text");
    case PrinterColumn:
        return tr("Printer");
    case AddressColumn:
        return tr("Address");
    case RaisedColumn:
        return tr("Raised");
    case ClearedColumn:
        return tr("Cleared");
    }
    return {};
}

std::array<int, 3> AlertTableModel::openBySeverity() const
{
    std::array<int, 3> counts{0, 0, 0};
    for (const auto &row : rows()) {
        if (row.record.active())
            ++counts.at(static_cast<size_t>(alertSeverityRank(row.record.alert.severity)));
    }
    return counts;
}

} // namespace Printwatch::Models
