// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/alertspage.h"

#include "models/alerttablemodel.h"
#include "models/modelroles.h"
#include "models/tablefilterproxymodel.h"

#include <QComboBox>
#include <QLocale>
#include <QTableView>

namespace Printwatch::Views {

using Models::AlertTableModel;

AlertsPage::AlertsPage(AlertTableModel *model, QWidget *parent)
    : TablePage(model, QStringLiteral("alerts"), parent), m_preset(new QComboBox(this))
{
    setObjectName(QStringLiteral("alertsPage"));
    tableView()->setObjectName(QStringLiteral("alertTable"));
    m_preset->setObjectName(QStringLiteral("alertPreset"));
    m_preset->addItem(tr("Open alerts"));
    m_preset->addItem(tr("Open critical alerts"));
    m_preset->addItem(tr("Open and recently cleared"));
    m_preset->setToolTip(tr("Which alerts to show"));
    connect(m_preset, &QComboBox::currentIndexChanged, this, &AlertsPage::setPreset);
    addFilterWidget(m_preset);
    setColumnWidthsInChars({14, 26, 34, 24, 24, DateTimeWidth, DateTimeWidth});
    if (!restoreSavedLayout())
        tableView()->sortByColumn(AlertTableModel::SeverityColumn, Qt::DescendingOrder);
    setPreset(0);
}

AlertsPage::~AlertsPage() = default;

void AlertsPage::setPreset(int preset)
{
    if (m_preset->currentIndex() != preset) {
        m_preset->setCurrentIndex(preset);
        return;
    }
    if (preset == 2) {
        proxyModel()->setRowPredicate({});
        return;
    }
    proxyModel()->setRowPredicate([preset](const QAbstractItemModel *source, int row) {
        const QModelIndex index = source->index(row, 0);
        if (!index.data(AlertTableModel::ActiveRole).toBool())
            return false;
        return preset == 0 || index.data(Models::Roles::SeverityRole).toInt() == 2;
    });
}

QString AlertsPage::countText(int total, int shown) const
{
    Q_UNUSED(total)
    return tr("%n alert(s) shown", nullptr, shown);
}

} // namespace Printwatch::Views
