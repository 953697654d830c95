// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The Discovery page: the current or last scan (progress, cancel), its results with "manage" and
// "out of scope" for the printers found, and when the next scheduled scan runs. Scans are set up
// in the DiscoveryDialog; this page is where their outcome stays visible.

#include "core/printer.h"

#include <QDateTime>
#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QTreeWidget;

namespace Printwatch::Views {

class DiscoveryPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DiscoveryPage)

public:
    enum Column
    {
        AddressColumn,
        KindColumn,
        VendorColumn,
        ModelColumn,
        SerialColumn,
        ScopeColumn,
        ColumnCount
    };

    explicit DiscoveryPage(QWidget *parent = nullptr);
    ~DiscoveryPage() override;

    QTreeWidget *results() const { return m_results; }
    bool isRunning() const { return m_running; }
    bool scanAllowed() const { return m_scanAllowed; }
    // Addresses of the selected printers (other devices cannot be managed).
    QStringList selectedPrinterAddresses() const;

public Q_SLOTS:
    void started(const QString &targetsText);
    void setProgress(int done, int total);
    void addPrinter(const Printwatch::Core::PollResult &result);
    void addOtherDevice(const QString &address, const QString &description);
    void finished(const QString &summary);
    // The scope the store now has for these addresses.
    void setScope(const QStringList &addresses, bool managed);
    void setNextScheduled(const QDateTime &when);
    // The logged-in user's role may run discovery. When not, the scan buttons are disabled with
    // `why` as their tool tip and the results (addresses of the whole network) are cleared and
    // not shown again until a user who may scan logs in. Only hides: the core refuses anyway.
    void setScanAllowed(bool allowed, const QString &why);

Q_SIGNALS:
    void newScanRequested();
    void repeatRequested();
    void cancelRequested();
    void scopeChangeRequested(const QStringList &addresses, bool managed);

private:
    void updateButtons();

    bool m_running = false;
    bool m_scanAllowed = true;
    QLabel *m_state = nullptr;
    QLabel *m_schedule = nullptr;
    QProgressBar *m_progress = nullptr;
    QTreeWidget *m_results = nullptr;
    QPushButton *m_newScan = nullptr;
    QPushButton *m_repeat = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_manage = nullptr;
    QPushButton *m_outOfScope = nullptr;
};

} // namespace Printwatch::Views
