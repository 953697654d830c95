// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/discoverypage.h"

#include "models/textformat.h"
#include "views/headertooltips.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Printwatch::Views {

namespace {
constexpr int PrinterRole = Qt::UserRole + 1;
constexpr int AddressKeyRole = Qt::UserRole + 3;

// 192.0.2.9 before 192.0.2.10: addresses sort by number (then port), not as text; names after them.
QVariant addressKey(const QString &address, quint16 port)
{
    const QStringList parts = address.split(QLatin1Char('.'));
    if (parts.size() != 4)
        return {};
    quint64 key = 0;
    for (const QString &part : parts) {
        bool ok = false;
        const uint octet = part.toUInt(&ok);
        if (!ok || octet > 255)
            return {};
        key = (key << 8) | octet;
    }
    return QVariant::fromValue((key << 16) | port);
}

class ResultItem final : public QTreeWidgetItem
{
public:
    using QTreeWidgetItem::QTreeWidgetItem;

    bool operator<(const QTreeWidgetItem &other) const override
    {
        const int column = treeWidget() ? treeWidget()->sortColumn() : 0;
        if (column == DiscoveryPage::AddressColumn) {
            const QVariant mine = data(DiscoveryPage::AddressColumn, AddressKeyRole);
            const QVariant theirs = other.data(DiscoveryPage::AddressColumn, AddressKeyRole);
            if (mine.isValid() != theirs.isValid())
                return mine.isValid();
            if (mine.isValid())
                return mine.toULongLong() < theirs.toULongLong();
        }
        return text(column).localeAwareCompare(other.text(column)) < 0;
    }
};

} // namespace

DiscoveryPage::DiscoveryPage(QWidget *parent)
    : QWidget(parent), m_state(new QLabel(this)), m_schedule(new QLabel(this)), m_progress(new QProgressBar(this)),
      m_results(new QTreeWidget(this)),
      m_newScan(new QPushButton(QIcon::fromTheme(QStringLiteral("edit-find")), tr("&New discovery…"), this)),
      m_repeat(new QPushButton(QIcon::fromTheme(QStringLiteral("view-refresh")), tr("&Run again"), this)),
      m_cancel(new QPushButton(QIcon::fromTheme(QStringLiteral("process-stop")), tr("&Cancel"), this)),
      m_manage(new QPushButton(tr("&Manage"), this)), m_outOfScope(new QPushButton(tr("&Out of scope"), this))
{
    setObjectName(QStringLiteral("discoveryPage"));
    m_state->setObjectName(QStringLiteral("stateLabel"));
    m_state->setTextFormat(Qt::PlainText);
    m_state->setWordWrap(true);
    m_state->setText(tr("No discovery has run in this session. Start one to find the printers on your network."));
    m_schedule->setObjectName(QStringLiteral("scheduleLabel"));
    m_schedule->setTextFormat(Qt::PlainText);
    m_progress->setObjectName(QStringLiteral("progressBar"));
    m_progress->setFormat(tr("%v of %m addresses"));
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_newScan->setObjectName(QStringLiteral("newScanButton"));
    m_newScan->setToolTip(tr("Choose addresses and credentials, then scan (Ctrl+D)"));
    m_repeat->setObjectName(QStringLiteral("repeatButton"));
    m_repeat->setToolTip(tr("Scan the same addresses again"));
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    m_manage->setObjectName(QStringLiteral("manageButton"));
    m_manage->setToolTip(tr("Poll the selected printers from now on"));
    m_outOfScope->setObjectName(QStringLiteral("outOfScopeButton"));
    m_outOfScope->setToolTip(tr("Keep the selected printers in the list but stop polling them"));
    connect(m_newScan, &QPushButton::clicked, this, &DiscoveryPage::newScanRequested);
    connect(m_repeat, &QPushButton::clicked, this, &DiscoveryPage::repeatRequested);
    connect(m_cancel, &QPushButton::clicked, this, &DiscoveryPage::cancelRequested);
    connect(m_manage, &QPushButton::clicked, this,
            [this] { Q_EMIT scopeChangeRequested(selectedPrinterAddresses(), true); });
    connect(m_outOfScope, &QPushButton::clicked, this,
            [this] { Q_EMIT scopeChangeRequested(selectedPrinterAddresses(), false); });

    m_results->setObjectName(QStringLiteral("resultsList"));
    m_results->setRootIsDecorated(false);
    m_results->setUniformRowHeights(true);
    m_results->setAlternatingRowColors(true);
    m_results->setSortingEnabled(true);
    m_results->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_results->setHeaderLabels({tr("Address"), tr("Kind"), tr("Vendor"), tr("Model"), tr("Serial"), tr("Scope")});
    const int charWidth = fontMetrics().averageCharWidth();
    // Never narrower than the title (Norwegian titles are longer); a title cut by hand shows on hover.
    for (const auto &[column, chars] : {std::pair{0, 22}, {1, 14}, {2, 14}, {3, 34}, {4, 18}})
        m_results->header()->resizeSection(column, qMax(chars * charWidth, m_results->header()->sectionSizeHint(column)));
    HeaderToolTips::install(m_results->header());
    m_results->sortByColumn(AddressColumn, Qt::AscendingOrder); // Qt's default is descending
    connect(m_results, &QTreeWidget::itemSelectionChanged, this, &DiscoveryPage::updateButtons);

    auto *top = new QHBoxLayout;
    top->addWidget(m_newScan);
    top->addWidget(m_repeat);
    top->addWidget(m_cancel);
    top->addStretch(1);
    top->addWidget(m_schedule);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(new QLabel(tr("Selected printers:"), this));
    bottom->addWidget(m_manage);
    bottom->addWidget(m_outOfScope);
    bottom->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_state);
    layout->addWidget(m_progress);
    layout->addWidget(m_results, 1);
    layout->addLayout(bottom);
    // Top to bottom as laid out (the results list was made before the buttons around it).
    setTabOrder(m_newScan, m_repeat);
    setTabOrder(m_repeat, m_cancel);
    setTabOrder(m_cancel, m_results);
    setTabOrder(m_results, m_manage);
    setTabOrder(m_manage, m_outOfScope);
    setNextScheduled({});
    updateButtons();
}

DiscoveryPage::~DiscoveryPage() = default;

QStringList DiscoveryPage::selectedPrinterAddresses() const
{
    QStringList addresses;
    const auto items = m_results->selectedItems();
    for (const QTreeWidgetItem *item : items) {
        if (item->data(AddressColumn, PrinterRole).toBool())
            addresses += item->data(AddressColumn, Qt::UserRole + 2).toString();
    }
    return addresses;
}

void DiscoveryPage::started(const QString &targetsText)
{
    m_running = true;
    m_results->clear();
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_state->setText(tr("Scanning %1…").arg(Models::singleLine(targetsText)));
    updateButtons();
}

void DiscoveryPage::setProgress(int done, int total)
{
    m_progress->setRange(0, qMax(1, total));
    m_progress->setValue(done);
}

void DiscoveryPage::addPrinter(const Core::PollResult &result)
{
    if (!m_scanAllowed)
        return;
    m_results->setSortingEnabled(false); // re-sorted once the item is filled in
    auto *item = new ResultItem(m_results);
    item->setText(AddressColumn, Models::displayAddress(result.address, result.port));
    item->setData(AddressColumn, AddressKeyRole, addressKey(result.address, result.port));
    item->setData(AddressColumn, PrinterRole, true);
    item->setData(AddressColumn, Qt::UserRole + 2, result.address);
    item->setText(KindColumn, tr("Printer"));
    item->setText(VendorColumn, Models::singleLine(result.identity.vendor));
    item->setText(ModelColumn, Models::singleLine(result.identity.model));
    item->setText(SerialColumn, Models::singleLine(result.identity.serial));
    item->setText(ScopeColumn, tr("Managed"));
    item->setToolTip(ModelColumn, Models::plainToolTip(Models::singleLine(result.identity.sysDescr)));
    m_results->setSortingEnabled(true);
    updateButtons();
}

void DiscoveryPage::addOtherDevice(const QString &address, const QString &description)
{
    if (!m_scanAllowed)
        return;
    m_results->setSortingEnabled(false);
    auto *item = new ResultItem(m_results);
    item->setText(AddressColumn, Models::singleLine(address));
    item->setData(AddressColumn, AddressKeyRole, addressKey(address, 0));
    item->setText(KindColumn, tr("Other device"));
    item->setText(ModelColumn, Models::singleLine(description));
    item->setText(ScopeColumn, tr("Not a printer"));
    item->setToolTip(ModelColumn, Models::plainToolTip(description));
    item->setForeground(ScopeColumn, palette().color(QPalette::Disabled, QPalette::Text));
    m_results->setSortingEnabled(true);
}

void DiscoveryPage::finished(const QString &summary)
{
    m_running = false;
    m_state->setText(summary);
    m_progress->setValue(m_progress->maximum());
    updateButtons();
}

void DiscoveryPage::setScope(const QStringList &addresses, bool managed)
{
    for (int row = 0; row < m_results->topLevelItemCount(); ++row) {
        QTreeWidgetItem *item = m_results->topLevelItem(row);
        if (addresses.contains(item->data(AddressColumn, Qt::UserRole + 2).toString()))
            item->setText(ScopeColumn, managed ? tr("Managed") : tr("Out of scope"));
    }
}

void DiscoveryPage::setNextScheduled(const QDateTime &when)
{
    m_schedule->setText(when.isValid()
                            ? tr("Next scheduled discovery: %1")
                                  .arg(QLocale().toString(when.toLocalTime(), QLocale::ShortFormat))
                            : tr("No scheduled discovery (see Settings)"));
}

void DiscoveryPage::setScanAllowed(bool allowed, const QString &why)
{
    m_scanAllowed = allowed;
    if (!allowed)
        m_results->clear();
    m_results->setEnabled(allowed);
    for (QPushButton *button : {m_newScan, m_repeat, m_cancel})
        button->setToolTip(allowed ? QString() : why);
    updateButtons();
}

void DiscoveryPage::updateButtons()
{
    m_cancel->setEnabled(m_running && m_scanAllowed);
    m_newScan->setEnabled(!m_running && m_scanAllowed);
    m_repeat->setEnabled(!m_running && m_scanAllowed);
    const bool printers = m_scanAllowed && !selectedPrinterAddresses().isEmpty();
    m_manage->setEnabled(printers);
    m_outOfScope->setEnabled(printers);
}

} // namespace Printwatch::Views
