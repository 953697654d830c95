// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/activitypage.h"

#include "models/eventlogmodel.h"
#include "models/modelroles.h"
#include "models/tablefilterproxymodel.h"

#include <QComboBox>
#include <QLineEdit>
#include <QLocale>
#include <QTableView>

namespace Printwatch::Views {

using Models::EventLogModel;

ActivityPage::ActivityPage(EventLogModel *model, QWidget *parent)
    : TablePage(model, QStringLiteral("activity"), parent), m_severity(new QComboBox(this)),
      m_printer(new QLineEdit(this))
{
    setObjectName(QStringLiteral("activityPage"));
    tableView()->setObjectName(QStringLiteral("activityTable"));
    m_severity->setObjectName(QStringLiteral("severityFilter"));
    m_severity->addItem(tr("All events"));
    m_severity->addItem(tr("Warnings and errors"));
    m_severity->addItem(tr("Errors only"));
    m_severity->setToolTip(tr("Lowest severity to show"));
    connect(m_severity, &QComboBox::currentIndexChanged, this, &ActivityPage::setMinimumSeverity);
    m_printer->setObjectName(QStringLiteral("printerFilter"));
    m_printer->setPlaceholderText(tr("Printer"));
    m_printer->setToolTip(tr("Show only events of printers whose name or address contains this"));
    m_printer->setClearButtonEnabled(true);
    connect(m_printer, &QLineEdit::textChanged, this, &ActivityPage::setPrinterFilter);
    addFilterWidget(m_severity);
    addFilterWidget(m_printer);
    setColumnWidthsInChars({26, 18, 12, 40, 60});
    if (!restoreSavedLayout())
        tableView()->sortByColumn(EventLogModel::TimeColumn, Qt::DescendingOrder);
}

ActivityPage::~ActivityPage() = default;

void ActivityPage::setMinimumSeverity(int severity)
{
    if (m_severity->currentIndex() != severity) {
        m_severity->setCurrentIndex(severity);
        return;
    }
    if (severity <= 0) {
        proxyModel()->setRowPredicate({});
        return;
    }
    proxyModel()->setRowPredicate([severity](const QAbstractItemModel *source, int row) {
        return source->index(row, 0).data(Models::Roles::SeverityRole).toInt() >= severity;
    });
}

void ActivityPage::setPrinterFilter(const QString &text)
{
    if (m_printer->text() != text)
        m_printer->setText(text);
    setColumnFilter(EventLogModel::PrinterColumn, text);
}

QString ActivityPage::countText(int total, int shown) const
{
    const QString rows = tr("%n event(s)", nullptr, total);
    return shown == total ? rows : tr("%1, %2 shown").arg(rows, QLocale().toString(shown));
}

} // namespace Printwatch::Views
