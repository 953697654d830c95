// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/printerdetailpage.h"

#include "views/detailfacts.h"
#include "views/factlabel.h"

#include "models/alertcodes.h"
#include "models/countertablemodel.h"
#include "models/supplyforecast.h"
#include "models/supplytablemodel.h"
#include "models/textformat.h"

#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QDateTimeAxis>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLegend>
#include <QLineSeries>
#include <QLocale>
#include <QMap>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyle>
#include <QTabWidget>
#include <QToolTip>
#include <QTreeWidget>
#include <QValueAxis>
#include <QVBoxLayout>

#include <cmath>
#include <limits>

namespace Printwatch::Views {

using Models::plainToolTip;
using Models::singleLine;

namespace {

constexpr int kMaxPointsPerSeries = 400;

QString orUnknown(const QString &untrusted)
{
    const QString line = singleLine(untrusted);
    return line.isEmpty() ? Models::unknownText() : line;
}

QString timeText(const QDateTime &time)
{
    return time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::ShortFormat) : Models::unknownText();
}

// Every n-th point, so a month of 10-second polls stays a light chart; the last point is kept.
template <class Points> Points thinned(const Points &points)
{
    if (points.size() <= kMaxPointsPerSeries)
        return points;
    Points out;
    const double step = double(points.size()) / kMaxPointsPerSeries;
    for (double at = 0; at < points.size() - 1; at += step)
        out.append(points.at(static_cast<qsizetype>(at)));
    out.append(points.constLast());
    return out;
}

QChart *newChart(const QString &title)
{
    auto *chart = new QChart;
    chart->setTitle(title.toHtmlEscaped()); // chart titles and legends render markup
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    return chart;
}

// `niceY`: round the value axis out to round numbers (page counts), so its ticks read 40,000 and
// 60,000 rather than 29,799 and 52,422.
void attachTimeAxes(QChart *chart, qreal minY, qreal maxY, const QString &yTitle, const char *yFormat,
                    bool niceY = false)
{
    // Label the time axis at the resolution the history spans: seconds for a fresh printer, days for a year.
    qreal first = std::numeric_limits<qreal>::max();
    qreal last = std::numeric_limits<qreal>::lowest();
    const auto all = chart->series();
    for (QAbstractSeries *one : all) {
        if (auto *line = qobject_cast<QLineSeries *>(one); line && line->count() > 0) {
            first = qMin(first, line->at(0).x());
            last = qMax(last, line->at(line->count() - 1).x());
        }
    }
    const qreal spanMs = last > first ? last - first : 0;
    auto *x = new QDateTimeAxis(chart);
    x->setFormat(spanMs < 3'600'000      ? QStringLiteral("HH:mm:ss")
                 : spanMs < 172'800'000 ? QStringLiteral("dd.MM HH:mm")
                                        : QStringLiteral("dd.MM.yyyy"));
    // No more ticks than the labels can tell apart (five seconds-labels over one second repeated
    // each second twice): ticks at least one label unit apart, a day counted as 25 hours for the
    // change from summer time. Less than one unit of history is shown over one unit.
    const qreal unitMs = spanMs < 3'600'000 ? 1'000 : spanMs < 172'800'000 ? 60'000 : 90'000'000;
    const qreal shownMs = qMax(spanMs, unitMs);
    x->setTickCount(1 + int(qMin<qreal>(4, std::floor(shownMs / unitMs))));
    auto *y = new QValueAxis(chart);
    y->setRange(minY, maxY);
    if (niceY)
        y->applyNiceNumbers();
    y->setLabelFormat(QLatin1String(yFormat));
    y->setTitleText(yTitle.toHtmlEscaped());
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    const auto series = chart->series();
    for (QAbstractSeries *one : series) {
        one->attachAxis(x);
        one->attachAxis(y);
    }
    if (first <= last)
        x->setRange(QDateTime::fromMSecsSinceEpoch(qint64(first)), QDateTime::fromMSecsSinceEpoch(qint64(first + shownMs)));
}

} // namespace

PrinterDetailPage::PrinterDetailPage(QWidget *parent)
    : QWidget(parent), m_stack(new QStackedWidget(this)), m_title(new QLabel(this)), m_subtitle(new QLabel(this)),
      m_webPage(new QPushButton(QIcon::fromTheme(QStringLiteral("internet-web-browser")), tr("Open &web page"), this)),
      m_refresh(new QPushButton(QIcon::fromTheme(QStringLiteral("view-refresh")), tr("&Refresh"), this))
{
    setObjectName(QStringLiteral("detailPage"));
    auto *placeholder = new QLabel(tr("Open a printer from any table (double-click or Enter) to see it here."), this);
    placeholder->setObjectName(QStringLiteral("placeholder"));
    placeholder->setAlignment(Qt::AlignCenter);
    placeholder->setWordWrap(true);
    m_stack->addWidget(placeholder);
    m_stack->addWidget(buildDetails());
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
    showDevice(0);
}

PrinterDetailPage::~PrinterDetailPage() = default;

QWidget *PrinterDetailPage::buildDetails()
{
    auto *page = new QWidget(this);
    m_title->setObjectName(QStringLiteral("titleLabel"));
    m_title->setTextFormat(Qt::PlainText);
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_title->setFont(big);
    m_subtitle->setObjectName(QStringLiteral("subtitleLabel"));
    m_subtitle->setTextFormat(Qt::PlainText);
    m_webPage->setObjectName(QStringLiteral("webPageButton"));
    m_webPage->setToolTip(tr("Open the printer's own web page in the browser"));
    connect(m_webPage, &QPushButton::clicked, this, [this] {
        if (!m_detail.summary.address.isEmpty())
            Q_EMIT openWebPageRequested(m_detail.summary.address);
    });
    m_refresh->setObjectName(QStringLiteral("refreshButton"));
    m_refresh->setToolTip(tr("Read this printer's data again from the database"));
    connect(m_refresh, &QPushButton::clicked, this, &PrinterDetailPage::refresh);

    auto *header = new QHBoxLayout;
    auto *titles = new QVBoxLayout;
    titles->addWidget(m_title);
    titles->addWidget(m_subtitle);
    header->addLayout(titles, 1);
    header->addWidget(m_refresh);
    header->addWidget(m_webPage);
    setTabOrder(m_refresh, m_webPage); // as shown; the web page button was made first

    const auto group = [page](const QString &title, QFormLayout *&form) {
        auto *box = new QGroupBox(title, page);
        form = new QFormLayout(box);
        form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
        return box;
    };
    auto *facts = new QWidget(page);
    auto *factsLayout = new QVBoxLayout(facts);
    factsLayout->setContentsMargins(0, 0, 0, 0);
    factsLayout->addWidget(group(tr("Identity"), m_identity));
    factsLayout->addWidget(group(tr("Network"), m_network));
    factsLayout->addWidget(group(tr("Status"), m_status));
    factsLayout->addWidget(group(tr("Capabilities"), m_capabilities));
    factsLayout->addStretch(1);
    auto *scroll = new QScrollArea(page);
    scroll->setWidget(facts);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    // Values wrap (FactLabel), so the panel only ever scrolls down, never sideways.
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setMinimumWidth(fontMetrics().averageCharWidth() * 40);

    m_supplies = new QTreeWidget(page);
    m_supplies->setObjectName(QStringLiteral("supplyForecast"));
    m_supplies->setRootIsDecorated(false);
    m_supplies->setHeaderLabels({tr("Supply"), tr("Level"), tr("State"), tr("Days to empty")});
    m_counters = new QTreeWidget(page);
    m_counters->setObjectName(QStringLiteral("counterList"));
    m_counters->setRootIsDecorated(false);
    m_counters->setHeaderLabels({tr("Meter"), tr("Value"), tr("Unit"), tr("Read at"), tr("Notes")});
    m_alerts = new QTreeWidget(page);
    m_alerts->setObjectName(QStringLiteral("alertList"));
    m_alerts->setRootIsDecorated(false);
    m_alerts->setHeaderLabels(
        {tr("Severity"), tr("Alert"), tr("Where"), tr("Printer's text"), tr("Raised"), tr("Cleared")});

    m_counterChart = new QChartView(page);
    m_counterChart->setObjectName(QStringLiteral("counterChart"));
    m_counterChart->setRenderHint(QPainter::Antialiasing);
    m_counterChart->setMinimumHeight(220);
    m_supplyChart = new QChartView(page);
    m_supplyChart->setObjectName(QStringLiteral("supplyChart"));
    m_supplyChart->setRenderHint(QPainter::Antialiasing);
    m_supplyChart->setMinimumHeight(220);

    auto *tabs = new QTabWidget(page);
    tabs->setObjectName(QStringLiteral("detailTabs"));
    auto *suppliesTab = new QSplitter(Qt::Vertical, tabs);
    suppliesTab->addWidget(m_supplyChart);
    suppliesTab->addWidget(m_supplies);
    auto *countersTab = new QSplitter(Qt::Vertical, tabs);
    countersTab->addWidget(m_counterChart);
    countersTab->addWidget(m_counters);
    tabs->addTab(suppliesTab, tr("&Supplies"));
    tabs->addTab(countersTab, tr("C&ounters"));
    tabs->addTab(m_alerts, tr("&Alerts"));

    auto *split = new QSplitter(Qt::Horizontal, page);
    split->addWidget(scroll);
    split->addWidget(tabs);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    // The facts get two fifths from the start; their size hint alone would leave them a narrow column.
    split->setSizes({2000, 3000});

    m_conflicts = new FactLabel(QString(), page);
    m_conflicts->setObjectName(QStringLiteral("conflictNotice"));
    m_conflicts->setAutoFillBackground(true);
    m_conflicts->setBackgroundRole(QPalette::ToolTipBase);
    m_conflicts->setForegroundRole(QPalette::ToolTipText);
    m_conflicts->setContentsMargins(8, 6, 8, 6);
    m_conflicts->setToolTip(tr("Identity conflicts Printwatch could not settle by itself"));
    m_conflicts->hide();

    auto *layout = new QVBoxLayout(page);
    layout->addLayout(header);
    layout->addWidget(m_conflicts);
    layout->addWidget(split, 1);
    return page;
}

void PrinterDetailPage::showDevice(qint64 deviceId)
{
    m_deviceId = deviceId;
    if (deviceId == 0) {
        m_stack->setCurrentIndex(0);
        return;
    }
    if (m_detail.summary.deviceId != deviceId) {
        m_title->setText(tr("Loading…"));
        m_subtitle->clear();
    }
    m_stack->setCurrentIndex(1);
    Q_EMIT detailRequested(deviceId);
}

void PrinterDetailPage::refresh()
{
    if (m_deviceId != 0)
        Q_EMIT detailRequested(m_deviceId);
}

void PrinterDetailPage::fillForm(QFormLayout *form, const QList<Fact> &facts)
{
    while (form->rowCount() > 0)
        form->removeRow(0);
    for (const Fact &fact : facts) {
        auto *value = new FactLabel(fact.value);
        // Provenance on hover; the full value too, so a long one can be read in one piece.
        const QString tip = fact.toolTip.isEmpty() ? fact.value : fact.value + QStringLiteral("\n\n") + fact.toolTip;
        value->setToolTip(plainToolTip(tip));
        auto *label = new QLabel(fact.label);
        label->setTextFormat(Qt::PlainText);
        label->setBuddy(value);
        form->addRow(label, value);
    }
}

void PrinterDetailPage::setDetail(const Storage::PrinterDetail &detail)
{
    if (detail.summary.deviceId != m_deviceId && m_deviceId != 0)
        return; // an answer for a printer the user has left
    m_deviceId = detail.summary.deviceId;
    m_detail = detail;
    m_stack->setCurrentIndex(1);
    const Core::PrinterSummary &summary = detail.summary;
    m_title->setText(orUnknown(summary.name));
    // Many models already start with the vendor's name ("Brother MFC-L3770CDW"): say it once.
    const QString vendor = singleLine(summary.vendor);
    const QString model = singleLine(summary.model);
    const QString product =
        vendor.isEmpty() || model.startsWith(vendor, Qt::CaseInsensitive) ? model : vendor + QLatin1Char(' ') + model;
    m_subtitle->setText(tr("%1 · %2 · %3")
                            .arg(Core::deviceStatusText(summary.status),
                                 orUnknown(Models::displayAddress(summary.address, summary.port)), orUnknown(product)));
    m_webPage->setEnabled(!summary.address.isEmpty());

    fillForm(m_identity, DetailFacts::identity(detail));
    fillForm(m_network, DetailFacts::network(detail));
    fillForm(m_status, DetailFacts::status(detail));
    fillForm(m_capabilities, DetailFacts::capabilities(detail));
    const QStringList notices = DetailFacts::conflictNotices(detail);
    m_conflicts->setText(notices.join(QLatin1Char('\n')));
    m_conflicts->setVisible(!notices.isEmpty());

    fillSupplies();
    fillAlerts();
    fillCharts();
}

void PrinterDetailPage::fillSupplies()
{
    m_supplies->clear();
    const QDateTime now = m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc();
    for (const auto &supply : m_detail.supplies) {
        const Models::SupplyState state = Models::supplyState(supply);
        const auto percent = supply.percent();
        const auto days = Models::daysToEmpty(Models::levelSeries(m_detail.supplyHistory, supply.index), now);
        // A supply the printer gives no percentage for ("some remaining", "unknown") has nothing to
        // draw a line through, however long its history.
        QString forecast = percent || days ? tr("not enough history") : tr("no level reported");
        if (supply.receptacle)
            forecast = days ? tr("full in %1 days").arg(QLocale().toString(*days, 'f', 1)) : forecast;
        else if (days)
            forecast = *days < 0.05 ? tr("empty now") : QLocale().toString(*days, 'f', 1);
        auto *item = new QTreeWidgetItem(m_supplies, {orUnknown(supply.description),
                                                      percent ? tr("%1 %").arg(*percent)
                                                              : Models::supplyStateText(state, supply.receptacle),
                                                      Models::supplyStateText(state, supply.receptacle), forecast});
        const QColor swatch = Models::supplyColour(supply.colour);
        if (swatch.isValid())
            item->setData(0, Qt::DecorationRole, swatch);
        // Provenance on hover: the OID and the raw numbers behind the percentage.
        QString provenance = tr("Level %1 of capacity %2 (raw values), unit %3\nSource: %4")
                                 .arg(supply.level)
                                 .arg(supply.maxCapacity)
                                 .arg(orUnknown(supply.unit), orUnknown(supply.source));
        if (!supply.capacitySource.isEmpty())
            provenance += QLatin1Char('\n') + tr("Capacity source: %1").arg(singleLine(supply.capacitySource));
        if (!supply.partNumber.trimmed().isEmpty())
            provenance += QLatin1Char('\n') + tr("Part number: %1").arg(singleLine(supply.partNumber));
        if (!supply.quirk.isEmpty())
            provenance += QLatin1Char('\n') + tr("Vendor quirk applied: %1").arg(singleLine(supply.quirk));
        for (int column = 0; column < 4; ++column)
            item->setToolTip(column, plainToolTip(provenance));
        item->setToolTip(3, tr("A straight line through the levels since the last replacement"));
    }
    m_supplies->header()->resizeSections(QHeaderView::ResizeToContents);
}

void PrinterDetailPage::fillAlerts()
{
    m_alerts->clear();
    for (const auto &record : m_detail.alerts) {
        const Core::AlertEntry &alert = record.alert;
        const QString where = alert.groupText.isEmpty() ? QString() : singleLine(alert.groupText);
        auto *item = new QTreeWidgetItem(
            m_alerts, {Models::alertSeverityText(alert.severity), Models::alertCodeText(alert.code), where,
                       singleLine(alert.description), timeText(record.raisedAt),
                       record.active() ? tr("Open") : timeText(record.clearedAt)});
        // Provenance: the prtAlertTable row and its raw numbers, and the printer's own text in full.
        const QString provenance =
            tr("Source: prtAlertTable (1.3.6.1.2.1.43.18.1.1), row %1\nRaw values: severity %2, group %3 (index %4), "
               "location %5, code %6, training level %7\nPrinter's text: %8")
                .arg(alert.index)
                .arg(alert.severity)
                .arg(alert.group)
                .arg(alert.groupIndex)
                .arg(alert.location)
                .arg(alert.code)
                .arg(alert.trainingLevel)
                .arg(alert.description);
        for (int column = 0; column < m_alerts->columnCount(); ++column)
            item->setToolTip(column, plainToolTip(provenance));
    }
    m_alerts->header()->resizeSections(QHeaderView::ResizeToContents);
}

void PrinterDetailPage::fillCharts()
{
    // Counters: one line per meter.
    QMap<QString, QList<QPointF>> meters;
    QMap<QString, Storage::CounterRecord> latest;
    qreal maxValue = 0;
    qreal minValue = -1;
    for (const auto &record : m_detail.counterHistory) {
        const qreal value = static_cast<qreal>(record.reading.value);
        meters[record.reading.name].append(QPointF(static_cast<qreal>(record.readAt.toMSecsSinceEpoch()), value));
        latest.insert(record.reading.name, record);
        maxValue = qMax(maxValue, value);
        minValue = minValue < 0 ? value : qMin(minValue, value);
    }
    QChart *counters = newChart(tr("Counters"));
    // In the Counters page's order (total first), in the legend and in the list below.
    QStringList names = meters.keys();
    std::sort(names.begin(), names.end(), Models::CounterTableModel::meterLessThan);
    for (const QString &name : std::as_const(names)) {
        auto *series = new QLineSeries(counters);
        series->setName(Models::CounterTableModel::meterTitle(name).toHtmlEscaped());
        series->append(thinned(meters.value(name)));
        connect(series, &QLineSeries::hovered, this, [name](const QPointF &point, bool state) {
            if (state)
                QToolTip::showText(QCursor::pos(),
                                   plainToolTip(tr("%1: %2 at %3")
                                                    .arg(Models::CounterTableModel::meterTitle(name),
                                                         QLocale().toString(qint64(point.y())),
                                                         timeText(QDateTime::fromMSecsSinceEpoch(qint64(point.x()))))));
        });
        counters->addSeries(series);
    }
    attachTimeAxes(counters, qMax<qreal>(0, minValue * 0.98), qMax<qreal>(10, maxValue * 1.02), tr("Pages"), "%.0f", true);
    QChart *oldCounters = m_counterChart->chart();
    m_counterChart->setChart(counters);
    delete oldCounters;

    m_counters->clear();
    // The stored latest meters carry provenance (billing, alternatives, conflict); the history's
    // newest reading stands in for a printer stored before they existed.
    if (!m_detail.stored.counters.isEmpty()) {
        latest.clear();
        for (const auto &record : m_detail.stored.counters)
            latest.insert(record.reading.name, record);
    }
    names = latest.keys();
    std::sort(names.begin(), names.end(), Models::CounterTableModel::meterLessThan);
    for (const QString &name : std::as_const(names)) {
        const Storage::CounterRecord *it = &*latest.constFind(name);
        const Core::CounterReading &reading = it->reading;
        QStringList notes;
        if (reading.billing)
            notes += tr("★ billing meter");
        if (reading.conflict)
            notes += tr("⚠ sources disagree");
        auto *item = new QTreeWidgetItem(m_counters, {Models::CounterTableModel::meterTitle(name),
                                                      QLocale().toString(reading.value), singleLine(reading.unit),
                                                      timeText(it->readAt), notes.join(QStringLiteral(", "))});
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        if (reading.billing) {
            QFont bold = item->font(0);
            bold.setBold(true);
            item->setFont(0, bold);
            item->setFont(1, bold);
        }
        if (reading.conflict)
            item->setIcon(4, style()->standardIcon(QStyle::SP_MessageBoxWarning));
        const QString provenance = DetailFacts::counterProvenance(reading);
        for (int column = 0; column < m_counters->columnCount(); ++column)
            item->setToolTip(column, plainToolTip(provenance));
    }
    m_counters->header()->resizeSections(QHeaderView::ResizeToContents);

    // Supplies: percent over time, one line per supply, in the supply's colour.
    QChart *supplies = newChart(tr("Supply levels"));
    for (const auto &supply : m_detail.supplies) {
        const auto series = Models::levelSeries(m_detail.supplyHistory, supply.index);
        if (series.isEmpty())
            continue;
        QList<QPointF> points;
        points.reserve(series.size());
        for (const auto &point : series)
            points.append(QPointF(static_cast<qreal>(point.at.toMSecsSinceEpoch()), point.percent));
        auto *line = new QLineSeries(supplies);
        line->setName(orUnknown(supply.description).toHtmlEscaped());
        const QColor colour = Models::supplyColour(supply.colour);
        if (colour.isValid())
            line->setPen(QPen(colour, 2));
        line->append(thinned(points));
        supplies->addSeries(line);
    }
    // An empty chart looks broken: say why there is no line (Brother's supplies are often all
    // "some remaining").
    if (supplies->series().isEmpty()) {
        supplies->setTitle(m_detail.supplies.isEmpty()
                               ? tr("Supply levels: the printer reports no supplies")
                               : tr("Supply levels: the printer reports none as a percentage"));
    }
    attachTimeAxes(supplies, 0, 100, tr("Percent"), "%d");
    QChart *oldSupplies = m_supplyChart->chart();
    m_supplyChart->setChart(supplies);
    delete oldSupplies;
}

} // namespace Printwatch::Views
