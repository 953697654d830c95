// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/tablepage.h"

#include "models/modelroles.h"
#include "models/tablefilterproxymodel.h"
#include "views/headertooltips.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDateTime>
#include <QFocusEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QSettings>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace Printwatch::Views {

namespace {

QString spreadsheetSafe(const QString &cell)
{
    if (!cell.isEmpty() && (cell.front() == QLatin1Char('=') || cell.front() == QLatin1Char('+') ||
                            cell.front() == QLatin1Char('-') || cell.front() == QLatin1Char('@')))
        return QLatin1Char('\'') + cell;
    return cell;
}

QString settingsKey(const QString &layoutKey)
{
    return QStringLiteral("Layout/") + layoutKey;
}

// Saved with the state: a header state only fits the column count it was saved with (the Counters
// page gains meter columns as printers report them).
QString columnsKey(const QString &layoutKey)
{
    return QStringLiteral("Layout/") + layoutKey + QStringLiteral("Columns");
}

} // namespace

TablePage::TablePage(QAbstractItemModel *model, const QString &layoutKey, QWidget *parent)
    : QWidget(parent), m_model(model), m_proxy(new Models::TableFilterProxyModel(this)), m_layoutKey(layoutKey),
      m_search(new QLineEdit(this)), m_filterColumn(new QComboBox(this)), m_filterText(new QLineEdit(this)),
      m_columns(new QToolButton(this)), m_table(new QTableView(this)), m_count(new QLabel(this)),
      m_bar(new QHBoxLayout), m_saveTimer(new QTimer(this))
{
    m_proxy->setObjectName(QStringLiteral("tableProxy"));
    m_proxy->setSourceModel(model);

    m_search->setObjectName(QStringLiteral("searchField"));
    m_search->setPlaceholderText(tr("Search (Ctrl+F)"));
    m_search->setToolTip(tr("Every word must appear somewhere in the row"));
    m_search->setClearButtonEnabled(true);
    m_search->addAction(QIcon::fromTheme(QStringLiteral("edit-find")), QLineEdit::LeadingPosition);
    connect(m_search, &QLineEdit::textChanged, m_proxy, &Models::TableFilterProxyModel::setSearchText);

    auto *findAction = new QAction(tr("Find"), this);
    findAction->setShortcut(QKeySequence::Find);
    findAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(findAction, &QAction::triggered, this, &TablePage::focusSearch);
    addAction(findAction);

    // One column filter at a time in the bar; the combo shows which columns already filter.
    m_filterColumn->setObjectName(QStringLiteral("filterColumn"));
    m_filterColumn->setToolTip(tr("Column to filter"));
    m_filterText->setObjectName(QStringLiteral("filterText"));
    m_filterText->setPlaceholderText(tr("Column filter"));
    m_filterText->setClearButtonEnabled(true);
    connect(m_filterColumn, &QComboBox::currentIndexChanged, this, [this] {
        const QSignalBlocker blocker(m_filterText);
        m_filterText->setText(m_proxy->columnFilter(m_filterColumn->currentData().toInt()));
    });
    connect(m_filterText, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (m_filterColumn->currentIndex() >= 0)
            setColumnFilter(m_filterColumn->currentData().toInt(), text);
    });

    m_columns->setObjectName(QStringLiteral("columnsButton"));
    m_columns->setText(tr("Columns"));
    m_columns->setToolTip(tr("Choose the columns to show"));
    m_columns->setIcon(QIcon::fromTheme(QStringLiteral("view-choose")));
    m_columns->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    connect(m_columns, &QToolButton::clicked, this,
            [this] { showColumnMenu(m_columns->mapToGlobal(QPoint(0, m_columns->height()))); });

    m_count->setObjectName(QStringLiteral("countLabel"));
    m_count->setTextFormat(Qt::PlainText);

    m_table->setObjectName(QStringLiteral("table"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false); // Tab leaves the table, as keyboard users expect
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionsMovable(true);
    header->setHighlightSections(false);
    header->setStretchLastSection(true);
    HeaderToolTips::install(header);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QHeaderView::customContextMenuRequested, this,
            [this, header](const QPoint &pos) { showColumnMenu(header->mapToGlobal(pos)); });

    m_copyAction = new QAction(QIcon::fromTheme(QStringLiteral("edit-copy")), tr("&Copy"), this);
    m_copyAction->setObjectName(QStringLiteral("copyAction"));
    m_copyAction->setShortcut(QKeySequence::Copy);
    m_copyAction->setShortcutContext(Qt::WidgetShortcut);
    connect(m_copyAction, &QAction::triggered, this, &TablePage::copySelection);
    m_table->addAction(m_copyAction);
    m_contextActions.append(m_copyAction);

    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table, &QWidget::customContextMenuRequested, this, &TablePage::showContextMenu);
    connect(m_table, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT deviceActivated(index.data(Models::Roles::DeviceIdRole).toLongLong());
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        m_copyAction->setEnabled(m_table->selectionModel()->hasSelection());
        Q_EMIT selectionChanged(selectedDeviceIds());
    });
    m_copyAction->setEnabled(false);

    for (QAbstractItemModel *counted : {static_cast<QAbstractItemModel *>(m_proxy), model}) {
        connect(counted, &QAbstractItemModel::rowsInserted, this, &TablePage::updateCount);
        connect(counted, &QAbstractItemModel::rowsRemoved, this, &TablePage::updateCount);
        connect(counted, &QAbstractItemModel::modelReset, this, &TablePage::updateCount);
        connect(counted, &QAbstractItemModel::layoutChanged, this, &TablePage::updateCount);
    }
    connect(model, &QAbstractItemModel::columnsInserted, this, [this](const QModelIndex &, int first, int last) {
        // Columns that come with the data (the Counters page's meters) are at least as wide as
        // their titles: a vendor's label or a Norwegian title is longer than the default width.
        // A saved layout, restored below, still wins.
        QHeaderView *header = m_table->horizontalHeader();
        {
            const QSignalBlocker blocker(header);
            for (int column = first; column <= last && column < header->count(); ++column)
                header->resizeSection(column, qMax(header->sectionSize(column), header->sectionSizeHint(column)));
        }
        rebuildColumnChoices();
        if (!m_layoutRestored)
            restoreSavedLayout();
    });
    connect(model, &QAbstractItemModel::headerDataChanged, this, &TablePage::rebuildColumnChoices);

    // Any layout change is saved shortly after, so a crash or a kill loses nothing.
    m_saveTimer->setSingleShot(true);
    m_saveTimer->setInterval(400);
    connect(m_saveTimer, &QTimer::timeout, this, &TablePage::saveNow);
    connect(header, &QHeaderView::sectionResized, this, &TablePage::scheduleSave);
    connect(header, &QHeaderView::sectionMoved, this, &TablePage::scheduleSave);
    connect(header, &QHeaderView::sortIndicatorChanged, this, &TablePage::scheduleSave);

    m_bar->addWidget(m_search, 3);
    m_bar->addWidget(m_filterColumn);
    m_bar->addWidget(m_filterText, 1);
    m_bar->addWidget(m_columns);
    m_bar->addWidget(m_count);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(m_bar);
    layout->addWidget(m_table, 1);

    // Focus given to the page goes to the table (focusInEvent), but not as a focus proxy: Qt would
    // then put the table first when Tab enters the page, before the search field and the filters.
    updateTabOrder();
    rebuildColumnChoices();
    m_layoutRestored = restoreSavedLayout();
    updateCount();
}

TablePage::~TablePage()
{
    if (m_saveTimer->isActive())
        saveNow();
}

void TablePage::addFilterWidget(QWidget *widget)
{
    // Before the column chooser and the count, which stay at the right end.
    m_bar->insertWidget(m_bar->indexOf(m_columns), widget);
    updateTabOrder();
}

void TablePage::updateTabOrder()
{
    // Left to right along the bar, then the table: the order they are seen in, not the order pages
    // made them in (a page's own filters are made after this frame).
    QWidget *previous = nullptr;
    for (int i = 0; i < m_bar->count(); ++i) {
        QWidget *widget = m_bar->itemAt(i)->widget();
        if (!widget || widget->focusPolicy() == Qt::NoFocus)
            continue;
        if (previous)
            setTabOrder(previous, widget);
        previous = widget;
    }
    if (previous)
        setTabOrder(previous, m_table);
}

void TablePage::addContextAction(QAction *action)
{
    m_contextActions.append(action);
}

void TablePage::setColumnFilter(int column, const QString &text)
{
    m_proxy->setColumnFilter(column, text);
    const int at = m_filterColumn->findData(column);
    if (at >= 0) {
        const QString title = m_model->headerData(column, Qt::Horizontal).toString();
        m_filterColumn->setItemText(at, text.trimmed().isEmpty() ? title : tr("%1 (filtered)").arg(title));
        if (m_filterColumn->currentIndex() == at && m_filterText->text() != text) {
            const QSignalBlocker blocker(m_filterText);
            m_filterText->setText(text);
        }
    }
}

void TablePage::setColumnHidden(int column, bool hidden)
{
    m_table->horizontalHeader()->setSectionHidden(column, hidden);
    saveNow();
}

bool TablePage::isColumnHidden(int column) const
{
    return m_table->horizontalHeader()->isSectionHidden(column);
}

void TablePage::setColumnWidthsInChars(const QList<int> &widths)
{
    if (m_layoutRestored)
        return;
    const QFontMetrics metrics = m_table->fontMetrics();
    const int charWidth = metrics.averageCharWidth();
    // Two-digit day, month and hour (the widest a locale writes them), plus the cell's margins.
    const QString sampleTime = QLocale().toString(QDateTime(QDate(2026, 12, 28), QTime(23, 58, 58)), QLocale::ShortFormat);
    const int dateTimeWidth = metrics.horizontalAdvance(sampleTime) + 2 * charWidth;
    QHeaderView *header = m_table->horizontalHeader();
    const QSignalBlocker blocker(header);
    // Never narrower than the title: Norwegian titles are longer than the English ones the widths were chosen for.
    for (int column = 0; column < widths.size() && column < header->count(); ++column) {
        const int width = widths.at(column) == DateTimeWidth ? dateTimeWidth : widths.at(column) * charWidth;
        header->resizeSection(column, qMax(width, header->sectionSizeHint(column)));
    }
}

QList<qint64> TablePage::selectedDeviceIds() const
{
    QList<qint64> ids;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    for (const QModelIndex &index : rows) {
        const qint64 id = index.data(Models::Roles::DeviceIdRole).toLongLong();
        if (id != 0 && !ids.contains(id))
            ids.append(id);
    }
    return ids;
}

QString TablePage::selectedRowsText() const
{
    QModelIndexList rows = m_table->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(), [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    const QHeaderView *header = m_table->horizontalHeader();
    QStringList lines;
    for (const QModelIndex &rowIndex : std::as_const(rows)) {
        QStringList cells;
        for (int visual = 0; visual < header->count(); ++visual) {
            const int column = header->logicalIndex(visual);
            if (header->isSectionHidden(column))
                continue;
            QString cell = m_proxy->index(rowIndex.row(), column).data().toString();
            cell.replace(QLatin1Char('\t'), QLatin1Char(' ')).replace(QLatin1Char('\n'), QLatin1Char(' '));
            cells += spreadsheetSafe(cell);
        }
        lines += cells.join(QLatin1Char('\t'));
    }
    return lines.isEmpty() ? QString() : lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QByteArray TablePage::saveLayout() const
{
    return m_table->horizontalHeader()->saveState();
}

bool TablePage::restoreLayout(const QByteArray &state)
{
    QHeaderView *header = m_table->horizontalHeader();
    if (state.isEmpty() || header->count() == 0 || !header->restoreState(state))
        return false;
    m_table->sortByColumn(header->sortIndicatorSection(), header->sortIndicatorOrder());
    return true;
}

bool TablePage::restoreSavedLayout()
{
    if (m_layoutKey.isEmpty())
        return false;
    const QSettings settings;
    if (settings.value(columnsKey(m_layoutKey), -1).toInt() != m_model->columnCount())
        return false;
    const QByteArray state = settings.value(settingsKey(m_layoutKey)).toByteArray();
    m_layoutRestored = restoreLayout(state);
    return m_layoutRestored;
}

void TablePage::focusInEvent(QFocusEvent *event)
{
    QWidget::focusInEvent(event);
    m_table->setFocus(event->reason());
}

void TablePage::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void TablePage::copySelection()
{
    const QString text = selectedRowsText();
    if (!text.isEmpty())
        QApplication::clipboard()->setText(text);
}

QString TablePage::countText(int total, int shown) const
{
    const QLocale locale;
    const QString rows = tr("%n row(s)", nullptr, total);
    return shown == total ? rows : tr("%1, %2 shown").arg(rows, locale.toString(shown));
}

void TablePage::updateCount()
{
    if (!m_model) // being destroyed: its rows are not there to count
        return;
    m_count->setText(countText(m_model->rowCount(), m_proxy->rowCount()));
}

void TablePage::showContextMenu(const QPoint &pos)
{
    if (!m_table->indexAt(pos).isValid())
        return;
    QMenu menu(this);
    for (QAction *action : std::as_const(m_contextActions)) {
        if (action->isSeparator() || action->isVisible())
            menu.addAction(action);
    }
    menu.exec(m_table->viewport()->mapToGlobal(pos));
}

void TablePage::fillColumnMenu(QMenu *menu)
{
    QHeaderView *header = m_table->horizontalHeader();
    for (int visual = 0; visual < header->count(); ++visual) {
        const int column = header->logicalIndex(visual);
        QAction *toggle = menu->addAction(m_model->headerData(column, Qt::Horizontal).toString());
        toggle->setObjectName(QStringLiteral("column%1").arg(column));
        toggle->setCheckable(true);
        toggle->setChecked(!header->isSectionHidden(column));
        // Keep at least one column, or nothing is left to right-click.
        toggle->setEnabled(header->isSectionHidden(column) || header->count() - header->hiddenSectionCount() > 1);
        connect(toggle, &QAction::toggled, this, [this, column](bool on) { setColumnHidden(column, !on); });
    }
}

void TablePage::showColumnMenu(const QPoint &globalPos)
{
    QMenu menu(this);
    menu.setObjectName(QStringLiteral("columnMenu"));
    fillColumnMenu(&menu);
    menu.exec(globalPos);
}

void TablePage::rebuildColumnChoices()
{
    const int current = m_filterColumn->currentData().toInt();
    const QSignalBlocker blocker(m_filterColumn);
    m_filterColumn->clear();
    for (int column = 0; column < m_model->columnCount(); ++column) {
        const QString title = m_model->headerData(column, Qt::Horizontal).toString();
        const bool filtered = !m_proxy->columnFilter(column).isEmpty();
        m_filterColumn->addItem(filtered ? tr("%1 (filtered)").arg(title) : title, column);
    }
    const int at = m_filterColumn->findData(current);
    m_filterColumn->setCurrentIndex(at >= 0 ? at : 0);
}

void TablePage::scheduleSave()
{
    if (!m_layoutKey.isEmpty())
        m_saveTimer->start();
}

void TablePage::saveNow()
{
    m_saveTimer->stop();
    if (m_layoutKey.isEmpty() || m_model->columnCount() == 0)
        return;
    QSettings settings;
    settings.setValue(settingsKey(m_layoutKey), saveLayout());
    settings.setValue(columnsKey(m_layoutKey), m_model->columnCount());
}

} // namespace Printwatch::Views
