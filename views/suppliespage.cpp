// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/suppliespage.h"

#include "models/modelroles.h"
#include "models/supplytablemodel.h"
#include "models/tablefilterproxymodel.h"
#include "views/supplyleveldelegate.h"

#include <QComboBox>
#include <QLocale>
#include <QTableView>

namespace Printwatch::Views {

using Models::SupplyState;
using Models::SupplyTableModel;

SuppliesPage::SuppliesPage(SupplyTableModel *model, QWidget *parent)
    : TablePage(model, QStringLiteral("supplies"), parent), m_state(new QComboBox(this))
{
    setObjectName(QStringLiteral("suppliesPage"));
    tableView()->setObjectName(QStringLiteral("supplyTable"));
    tableView()->setItemDelegateForColumn(SupplyTableModel::LevelColumn, new SupplyLevelDelegate(this));
    m_state->setObjectName(QStringLiteral("stateFilter"));
    m_state->addItem(tr("All supplies"));
    m_state->addItem(tr("Low or empty"));
    m_state->addItem(tr("Level not known"));
    m_state->setToolTip(tr("Show only supplies in this state"));
    connect(m_state, &QComboBox::currentIndexChanged, this, &SuppliesPage::setStatePreset);
    addFilterWidget(m_state);
    setColumnWidthsInChars({24, 24, 34, 18, 14, 20, 14});
    if (!restoreSavedLayout())
        tableView()->sortByColumn(SupplyTableModel::LevelColumn, Qt::AscendingOrder);
}

SuppliesPage::~SuppliesPage() = default;

void SuppliesPage::setStatePreset(int preset)
{
    if (m_state->currentIndex() != preset) {
        m_state->setCurrentIndex(preset);
        return; // the combo's signal comes back here
    }
    if (preset == 0) {
        proxyModel()->setRowPredicate({});
        return;
    }
    proxyModel()->setRowPredicate([preset](const QAbstractItemModel *source, int row) {
        const auto state =
            static_cast<SupplyState>(source->index(row, 0).data(Models::Roles::SeverityRole).toInt());
        if (preset == 1)
            return state == SupplyState::Low || state == SupplyState::Empty;
        return state == SupplyState::Unknown || state == SupplyState::SomeRemaining;
    });
}

QString SuppliesPage::countText(int total, int shown) const
{
    const QString rows = tr("%n supply(s)", nullptr, total);
    return shown == total ? rows : tr("%1, %2 shown").arg(rows, QLocale().toString(shown));
}

} // namespace Printwatch::Views
