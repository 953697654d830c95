// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/printerspage.h"

#include "models/printerfilterproxymodel.h"
#include "models/printertablemodel.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFocusEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QStyle>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace Printwatch::Views {

using Models::PrinterTableModel;

namespace {

// Initial widths in average characters, so they follow the font.
int initialWidthChars(int column)
{
    switch (column) {
    case PrinterTableModel::NameColumn:
        return 22;
    case PrinterTableModel::AddressColumn:
        return 22; // "127.77.0.123:30161" whole, with room for the sort arrow
    case PrinterTableModel::VendorColumn:
        return 12;
    case PrinterTableModel::ModelColumn:
        return 34;
    case PrinterTableModel::SerialColumn:
        return 18;
    case PrinterTableModel::StatusColumn:
        return 14;
    case PrinterTableModel::TotalPagesColumn:
        return 12;
    case PrinterTableModel::LowestSupplyColumn:
        return 40; // "Some remaining: Black Toner Cartridge", "12 % Black Cartridge HP CF259A
    case PrinterTableModel::LastSeenColumn:
        return 16;
    }
    return 12;
}

// Pasted into a spreadsheet, a cell starting with = + - @ is a formula; printer strings must stay text.
QString spreadsheetSafe(const QString &cell)
{
    if (!cell.isEmpty() && (cell.front() == QLatin1Char('=') || cell.front() == QLatin1Char('+') ||
                            cell.front() == QLatin1Char('-') || cell.front() == QLatin1Char('@')))
        return QLatin1Char('\'') + cell;
    return cell;
}

} // namespace

PrintersPage::PrintersPage(Models::PrinterTableModel *model, QWidget *parent)
    : QWidget(parent), m_model(model), m_proxy(new Models::PrinterFilterProxyModel(this)),
      m_search(new QLineEdit(this)), m_table(new QTableView(this)), m_count(new QLabel(this))
{
    setObjectName(QStringLiteral("printersPage"));
    m_proxy->setObjectName(QStringLiteral("printersProxy"));
    m_proxy->setSourceModel(model);

    m_search->setObjectName(QStringLiteral("searchField"));
    m_search->setPlaceholderText(tr("Search name, address, vendor, model or serial (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->addAction(QIcon::fromTheme(QStringLiteral("edit-find")), QLineEdit::LeadingPosition);
    connect(m_search, &QLineEdit::textChanged, m_proxy, &Models::PrinterFilterProxyModel::setFilterText);

    auto *findAction = new QAction(tr("Find"), this);
    findAction->setObjectName(QStringLiteral("findAction"));
    findAction->setShortcut(QKeySequence::Find);
    findAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(findAction, &QAction::triggered, this, &PrintersPage::focusSearch);
    addAction(findAction);

    // Status presets rather than a checkbox per status: what an administrator asks is "what needs me?".
    using Core::DeviceStatus;
    m_statusFilter = new QComboBox(this);
    m_statusFilter->setObjectName(QStringLiteral("statusFilter"));
    m_statusFilter->addItem(tr("All statuses"), QVariantList{});
    m_statusFilter->addItem(tr("Needs attention"), QVariantList{int(DeviceStatus::Warning), int(DeviceStatus::Down),
                                                                int(DeviceStatus::Unreachable)});
    m_statusFilter->addItem(tr("Unreachable"), QVariantList{int(DeviceStatus::Unreachable)});
    m_statusFilter->addItem(tr("Working"), QVariantList{int(DeviceStatus::Idle), int(DeviceStatus::Printing),
                                                        int(DeviceStatus::WarmingUp), int(DeviceStatus::Asleep)});
    connect(m_statusFilter, &QComboBox::currentIndexChanged, this, &PrintersPage::applyStatusFilter);

    // "5 min ago" ages even when no poll changes the row.
    auto *ageTimer = new QTimer(this);
    ageTimer->setInterval(std::chrono::seconds(30));
    connect(ageTimer, &QTimer::timeout, this, [this] {
        if (m_model)
            m_model->refreshRelativeTimes();
    });
    ageTimer->start();

    m_count->setObjectName(QStringLiteral("countLabel"));
    m_count->setTextFormat(Qt::PlainText);

    m_table->setObjectName(QStringLiteral("printerTable"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(PrinterTableModel::NameColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false); // Tab leaves the table, as keyboard users expect
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionsMovable(true);
    header->setHighlightSections(false);
    header->setStretchLastSection(true);
    const int charWidth = m_table->fontMetrics().averageCharWidth();
    for (int column = 0; column < PrinterTableModel::ColumnCount; ++column)
        header->resizeSection(column, initialWidthChars(column) * charWidth);
    // The status column fits its longest state in the chosen language ("Utilgjengelig", "Skriver
    // ut"), after the colour swatch and the cell's margins.
    int statusWidth = header->sectionSize(PrinterTableModel::StatusColumn);
    const int swatch = m_table->style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, m_table);
    for (int status = int(Core::DeviceStatus::Unknown); status <= int(Core::DeviceStatus::Unreachable); ++status) {
        const QString text = Core::deviceStatusText(Core::DeviceStatus(status));
        statusWidth = std::max(statusWidth, m_table->fontMetrics().horizontalAdvance(text) + swatch + 3 * charWidth);
    }
    header->resizeSection(PrinterTableModel::StatusColumn, statusWidth);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QHeaderView::customContextMenuRequested, this,
            [this, header](const QPoint &pos) { showColumnMenu(header->mapToGlobal(pos)); });

    // A filter per column, one at a time in the bar, as on the other tables.
    m_filterColumn = new QComboBox(this);
    m_filterColumn->setObjectName(QStringLiteral("filterColumn"));
    m_filterColumn->setToolTip(tr("Column to filter"));
    for (int column = 0; column < PrinterTableModel::ColumnCount; ++column)
        m_filterColumn->addItem(m_proxy->headerData(column, Qt::Horizontal).toString(), column);
    m_filterText = new QLineEdit(this);
    m_filterText->setObjectName(QStringLiteral("filterText"));
    m_filterText->setPlaceholderText(tr("Column filter"));
    m_filterText->setClearButtonEnabled(true);
    connect(m_filterColumn, &QComboBox::currentIndexChanged, this, [this] {
        const QSignalBlocker blocker(m_filterText);
        m_filterText->setText(m_proxy->columnFilter(m_filterColumn->currentData().toInt()));
    });
    connect(m_filterText, &QLineEdit::textChanged, this, &PrintersPage::applyColumnFilter);
    m_columns = new QToolButton(this);
    m_columns->setObjectName(QStringLiteral("columnsButton"));
    m_columns->setText(tr("Columns"));
    m_columns->setToolTip(tr("Choose the columns to show"));
    m_columns->setIcon(QIcon::fromTheme(QStringLiteral("view-choose")));
    m_columns->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    connect(m_columns, &QToolButton::clicked, this,
            [this] { showColumnMenu(m_columns->mapToGlobal(QPoint(0, m_columns->height()))); });

    m_copyAction = new QAction(QIcon::fromTheme(QStringLiteral("edit-copy")), tr("&Copy"), this);
    m_copyAction->setObjectName(QStringLiteral("copyAction"));
    m_copyAction->setShortcut(QKeySequence::Copy);
    m_copyAction->setShortcutContext(Qt::WidgetShortcut);
    connect(m_copyAction, &QAction::triggered, this, &PrintersPage::copySelection);
    m_table->addAction(m_copyAction);

    m_openWebPageAction =
        new QAction(QIcon::fromTheme(QStringLiteral("internet-web-browser")), tr("Open &web page"), this);
    m_openWebPageAction->setObjectName(QStringLiteral("openWebPageAction"));
    connect(m_openWebPageAction, &QAction::triggered, this, &PrintersPage::openWebPage);

    m_openDetailsAction = new QAction(QIcon::fromTheme(QStringLiteral("document-properties")), tr("Show &details"), this);
    m_openDetailsAction->setObjectName(QStringLiteral("openDetailsAction"));
    connect(m_openDetailsAction, &QAction::triggered, this, [this] {
        const QList<qint64> ids = selectedDeviceIds();
        if (ids.size() == 1)
            Q_EMIT deviceActivated(ids.constFirst());
    });

    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table, &QWidget::customContextMenuRequested, this, &PrintersPage::showContextMenu);
    // activated: double-click or Enter, as the platform defines it, so the keyboard opens details too.
    connect(m_table, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT deviceActivated(index.data(PrinterTableModel::DeviceIdRole).toLongLong());
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateActions();
        Q_EMIT selectionChanged(selectedDeviceIds());
    });

    for (QAbstractItemModel *counted :
         {static_cast<QAbstractItemModel *>(m_proxy), static_cast<QAbstractItemModel *>(model)}) {
        connect(counted, &QAbstractItemModel::rowsInserted, this, &PrintersPage::updateCount);
        connect(counted, &QAbstractItemModel::rowsRemoved, this, &PrintersPage::updateCount);
        connect(counted, &QAbstractItemModel::modelReset, this, &PrintersPage::updateCount);
        connect(counted, &QAbstractItemModel::layoutChanged, this, &PrintersPage::updateCount);
    }

    auto *top = new QHBoxLayout;
    top->addWidget(m_search, 1);
    top->addWidget(m_statusFilter);
    top->addWidget(m_filterColumn);
    top->addWidget(m_filterText);
    top->addWidget(m_columns);
    top->addWidget(m_count);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);

    // Focus given to the page goes to the table (focusInEvent), not through a focus proxy, which
    // would put the table first when Tab enters the page.
    setTabOrder(m_search, m_statusFilter);
    setTabOrder(m_statusFilter, m_filterColumn);
    setTabOrder(m_filterColumn, m_filterText);
    setTabOrder(m_filterText, m_columns);
    setTabOrder(m_columns, m_table);
    updateCount();
    updateActions();
}

PrintersPage::~PrintersPage() = default;

QByteArray PrintersPage::saveHeaderState() const
{
    return m_table->horizontalHeader()->saveState();
}

bool PrintersPage::restoreHeaderState(const QByteArray &state)
{
    QHeaderView *header = m_table->horizontalHeader();
    if (state.isEmpty() || !header->restoreState(state))
        return false;
    m_table->sortByColumn(header->sortIndicatorSection(), header->sortIndicatorOrder());
    return true;
}

QList<qint64> PrintersPage::selectedDeviceIds() const
{
    QList<qint64> ids;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    ids.reserve(rows.size());
    for (const QModelIndex &index : rows)
        ids.append(index.data(PrinterTableModel::DeviceIdRole).toLongLong());
    return ids;
}

QString PrintersPage::selectedRowsText() const
{
    QModelIndexList rows = m_table->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(), [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    const QHeaderView *header = m_table->horizontalHeader();
    QStringList lines;
    lines.reserve(rows.size());
    for (const QModelIndex &rowIndex : std::as_const(rows)) {
        QStringList cells;
        for (int visual = 0; visual < header->count(); ++visual) {
            const int column = header->logicalIndex(visual);
            if (header->isSectionHidden(column))
                continue;
            // Display text is already one line without tabs (Models::singleLine), so TSV stays rectangular.
            cells += spreadsheetSafe(m_proxy->index(rowIndex.row(), column).data().toString());
        }
        lines += cells.join(QLatin1Char('\t'));
    }
    return lines.isEmpty() ? QString() : lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

void PrintersPage::addContextAction(QAction *action)
{
    m_extraActions.append(action);
}

void PrintersPage::setStatusPreset(int preset)
{
    if (preset >= 0 && preset < m_statusFilter->count())
        m_statusFilter->setCurrentIndex(preset);
}

void PrintersPage::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void PrintersPage::copySelection()
{
    const QString text = selectedRowsText();
    if (!text.isEmpty())
        QApplication::clipboard()->setText(text);
}

void PrintersPage::openWebPage()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.size() != 1 || !m_model)
        return;
    const QModelIndex source = m_proxy->mapToSource(rows.constFirst());
    if (!source.isValid())
        return;
    const QString address = m_model->summaryAt(source.row()).address;
    if (!address.isEmpty())
        Q_EMIT openWebPageRequested(address);
}

void PrintersPage::showContextMenu(const QPoint &pos)
{
    if (!m_table->indexAt(pos).isValid())
        return;
    QMenu menu(this);
    menu.addAction(m_openDetailsAction);
    menu.addAction(m_copyAction);
    menu.addAction(m_openWebPageAction);
    if (!m_extraActions.isEmpty())
        menu.addSeparator();
    for (QAction *action : std::as_const(m_extraActions)) {
        if (action->isSeparator() || action->isVisible())
            menu.addAction(action);
    }
    menu.exec(m_table->viewport()->mapToGlobal(pos));
}

void PrintersPage::updateCount()
{
    const QLocale locale;
    const int total = m_model ? m_model->rowCount() : 0;
    const int shown = m_proxy->rowCount();
    QString text;
    if (total == 0)
        text = tr("No printers");
    else
        text = tr("%Ln printer(s)", nullptr, total);
    if (shown != total)
        text = tr("%1, %2 shown").arg(text, locale.toString(shown));
    m_count->setText(text);
}

void PrintersPage::focusInEvent(QFocusEvent *event)
{
    QWidget::focusInEvent(event);
    m_table->setFocus(event->reason());
}

void PrintersPage::showColumnMenu(const QPoint &globalPos)
{
    QHeaderView *header = m_table->horizontalHeader();
    QMenu menu(this);
    menu.setObjectName(QStringLiteral("columnMenu"));
    for (int visual = 0; visual < header->count(); ++visual) {
        const int column = header->logicalIndex(visual);
        QAction *toggle = menu.addAction(m_proxy->headerData(column, Qt::Horizontal).toString());
        toggle->setObjectName(QStringLiteral("column%1").arg(column));
        toggle->setCheckable(true);
        toggle->setChecked(!header->isSectionHidden(column));
        // Keep at least one column, or the table has nothing left to right-click.
        toggle->setEnabled(header->isSectionHidden(column) || header->count() - header->hiddenSectionCount() > 1);
        connect(toggle, &QAction::toggled, header, [header, column](bool on) { header->setSectionHidden(column, !on); });
    }
    menu.exec(globalPos);
}

void PrintersPage::applyColumnFilter(const QString &text)
{
    const int column = m_filterColumn->currentData().toInt();
    m_proxy->setColumnFilter(column, text);
    const QString title = m_proxy->headerData(column, Qt::Horizontal).toString();
    m_filterColumn->setItemText(m_filterColumn->currentIndex(),
                                text.trimmed().isEmpty() ? title : tr("%1 (filtered)").arg(title));
    updateCount();
}

void PrintersPage::applyStatusFilter()
{
    QList<Core::DeviceStatus> statuses;
    const QVariantList values = m_statusFilter->currentData().toList();
    for (const QVariant &value : values)
        statuses.append(static_cast<Core::DeviceStatus>(value.toInt()));
    m_proxy->setStatusFilter(statuses);
}

void PrintersPage::updateActions()
{
    const qsizetype selected = m_table->selectionModel()->selectedRows().size();
    m_copyAction->setEnabled(selected > 0);
    m_openWebPageAction->setEnabled(selected == 1);
    m_openDetailsAction->setEnabled(selected == 1);
}

} // namespace Printwatch::Views
