// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/counterspage.h"

#include "models/countertablemodel.h"

#include <QLabel>
#include <QLocale>
#include <QTableView>

namespace Printwatch::Views {

CountersPage::CountersPage(Models::CounterTableModel *model, QWidget *parent)
    : TablePage(model, QStringLiteral("counters"), parent)
{
    setObjectName(QStringLiteral("countersPage"));
    tableView()->setObjectName(QStringLiteral("counterTable"));
    auto *legend = new QLabel(tr("Bold: the meter the printer bills on"), this);
    legend->setObjectName(QStringLiteral("billingLegend"));
    legend->setEnabled(false);
    addFilterWidget(legend);
    setColumnWidthsInChars({24, 24});
    if (!restoreSavedLayout())
        tableView()->sortByColumn(Models::CounterTableModel::PrinterColumn, Qt::AscendingOrder);
}

CountersPage::~CountersPage() = default;

QString CountersPage::countText(int total, int shown) const
{
    const QString rows = tr("%n printer(s)", nullptr, total);
    return shown == total ? rows : tr("%1, %2 shown").arg(rows, QLocale().toString(shown));
}

} // namespace Printwatch::Views
