// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// One printer in full: identity, network, capabilities, status and alerts; counter and supply
// level history as charts, with a days-to-empty forecast per supply; where each value came from on
// hover; its web page one click away. It asks the app for data (detailRequested) and shows what it
// is given (setDetail); it never reads storage itself.

#include "storage/fleetqueries.h"

#include <QDateTime>
#include <QWidget>

class QFormLayout;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTreeWidget;

class QChartView;

namespace Printwatch::Views {

struct Fact;
class FactLabel;

class PrinterDetailPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PrinterDetailPage)

public:
    explicit PrinterDetailPage(QWidget *parent = nullptr);
    ~PrinterDetailPage() override;

    qint64 deviceId() const { return m_deviceId; }
    const Storage::PrinterDetail &detail() const { return m_detail; }
    QChartView *counterChart() const { return m_counterChart; }
    QChartView *supplyChart() const { return m_supplyChart; }

    // The clock the forecast counts from; tests pin it.
    void setNow(const QDateTime &now) { m_now = now; }

public Q_SLOTS:
    // Shows the device (asks for its data); 0 shows the placeholder.
    void showDevice(qint64 deviceId);
    void setDetail(const Printwatch::Storage::PrinterDetail &detail);
    void refresh();

Q_SIGNALS:
    void detailRequested(qint64 deviceId);
    void openWebPageRequested(const QString &address);

private:
    QWidget *buildDetails();
    void fillForm(QFormLayout *form, const QList<Fact> &facts);
    void fillCharts();
    void fillSupplies();
    void fillAlerts();

    qint64 m_deviceId = 0;
    Storage::PrinterDetail m_detail;
    QDateTime m_now;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_subtitle = nullptr;
    FactLabel *m_conflicts = nullptr;
    QPushButton *m_webPage = nullptr;
    QPushButton *m_refresh = nullptr;
    QFormLayout *m_identity = nullptr;
    QFormLayout *m_network = nullptr;
    QFormLayout *m_status = nullptr;
    QFormLayout *m_capabilities = nullptr;
    QTreeWidget *m_supplies = nullptr;
    QTreeWidget *m_counters = nullptr;
    QTreeWidget *m_alerts = nullptr;
    QChartView *m_counterChart = nullptr;
    QChartView *m_supplyChart = nullptr;
};

} // namespace Printwatch::Views
