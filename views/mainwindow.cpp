// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/mainwindow.h"

#include "views/banner.h"
#include "views/dashboardstrip.h"
#include "views/dialogbuttons.h"
#include "views/pollerstatuswidget.h"
#include "views/printerspage.h"
#include "views/tablepage.h"

#include <QAction>
#include <QApplication>
#include <QIcon>
#include <QMenuBar>
#include <QSettings>
#include <QScreen>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace Printwatch::Views {

MainWindow::MainWindow(Models::PrinterTableModel *printers, QWidget *parent)
    : QMainWindow(parent), m_pages(new QTabWidget(this)), m_dashboard(new DashboardStrip(this)),
      m_banner(new Banner(this)), m_pollerStatus(new PollerStatusWidget(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Printwatch"));
    setWindowIcon(QIcon::fromTheme(QStringLiteral("printer")));

    m_pages->setObjectName(QStringLiteral("pages"));
    m_pages->setDocumentMode(true);
    m_pages->tabBar()->setObjectName(QStringLiteral("pageTabs"));
    createMenus();
    m_printersPage = new PrintersPage(printers, m_pages);
    addPage(m_printersPage, tr("Printers"), QIcon::fromTheme(QStringLiteral("printer")));
    connect(m_printersPage, &PrintersPage::openWebPageRequested, this, &MainWindow::openWebPageRequested);
    connect(m_printersPage, &PrintersPage::deviceActivated, this, &MainWindow::deviceActivated);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_dashboard);
    layout->addWidget(m_banner);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);
    // Top to bottom: the dashboard's figures, then the page tabs and the page (made before the strip).
    if (const auto tiles = m_dashboard->findChildren<QToolButton *>(); !tiles.isEmpty())
        setTabOrder(tiles.constLast(), m_pages);

    statusBar()->addPermanentWidget(m_pollerStatus);
    // The first start's size (a saved one replaces it): roomy, but inside the screen on a
    // 1366x768 laptop, where 1440x860 hid the status bar and the right-hand columns.
    QSize size(1440, 860);
    if (const QScreen *screen = this->screen())
        size = size.boundedTo(screen->availableGeometry().size() * 0.95);
    resize(size);
}

MainWindow::~MainWindow() = default;

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *quit = file->addAction(QIcon::fromTheme(QStringLiteral("application-exit")), tr("&Quit"));
    quit->setObjectName(QStringLiteral("quitAction"));
    quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    quit->setMenuRole(QAction::QuitRole);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    m_printersMenu = menuBar()->addMenu(tr("&Printers"));
    QMenu *printers = m_printersMenu;
    QAction *discover = printers->addAction(QIcon::fromTheme(QStringLiteral("edit-find")), tr("&Discover…"));
    discover->setObjectName(QStringLiteral("discoverAction"));
    discover->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    connect(discover, &QAction::triggered, this, &MainWindow::discoverRequested);
    QAction *pollNow = printers->addAction(QIcon::fromTheme(QStringLiteral("view-refresh")), tr("&Poll now"));
    pollNow->setObjectName(QStringLiteral("pollNowAction"));
    pollNow->setShortcut(QKeySequence(Qt::Key_F5));
    connect(pollNow, &QAction::triggered, this, &MainWindow::pollNowRequested);

    m_helpMenu = menuBar()->addMenu(tr("&Help"));
    QMenu *help = m_helpMenu;
    QAction *about = help->addAction(QIcon::fromTheme(QStringLiteral("help-about")), tr("&About Printwatch"));
    about->setObjectName(QStringLiteral("aboutAction"));
    about->setMenuRole(QAction::AboutRole);
    connect(about, &QAction::triggered, this, &MainWindow::showAbout);
}

int MainWindow::addPage(QWidget *page, const QString &title, const QIcon &icon)
{
    const int index = m_pages->addTab(page, icon, title);
    // One page alone needs no tab strip.
    m_pages->tabBar()->setVisible(m_pages->count() > 1);
    QAction *go = m_viewMenu->addAction(icon, title);
    go->setObjectName(QStringLiteral("showPage%1").arg(index));
    if (index < 9) {
        go->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + index)));
        m_pages->setTabToolTip(index, tr("%1 (%2)").arg(title, go->shortcut().toString(QKeySequence::NativeText)));
    }
    connect(go, &QAction::triggered, this, [this, page] { showPage(page); });
    return index;
}

QWidget *MainWindow::currentPage() const
{
    return m_pages->currentWidget();
}

void MainWindow::addPrinterAction(QAction *action)
{
    m_printersMenu->addAction(action);
    m_printersPage->addContextAction(action);
}

void MainWindow::showPage(QWidget *page)
{
    const int index = m_pages->indexOf(page);
    if (index >= 0) {
        m_pages->setCurrentIndex(index);
        page->setFocus(Qt::ShortcutFocusReason);
    }
}

void MainWindow::saveSettings(QSettings &settings) const
{
    // A table layout changed in the last moments is written now, while its model still exists:
    // the application deletes the models before this window on quit.
    for (TablePage *page : findChildren<TablePage *>())
        page->saveNow();
    settings.beginGroup(QStringLiteral("MainWindow"));
    settings.setValue(QStringLiteral("geometry"), saveGeometry());
    settings.setValue(QStringLiteral("state"), saveState());
    settings.setValue(QStringLiteral("printersHeader"), m_printersPage->saveHeaderState());
    settings.setValue(QStringLiteral("currentPage"), m_pages->currentIndex());
    settings.endGroup();
}

void MainWindow::restoreSettings(QSettings &settings)
{
    settings.beginGroup(QStringLiteral("MainWindow"));
    restoreGeometry(settings.value(QStringLiteral("geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("state")).toByteArray());
    m_printersPage->restoreHeaderState(settings.value(QStringLiteral("printersHeader")).toByteArray());
    const int page = settings.value(QStringLiteral("currentPage"), 0).toInt();
    if (page >= 0 && page < m_pages->count())
        m_pages->setCurrentIndex(page);
    settings.endGroup();
}

void MainWindow::setActivity(const Core::PollerActivity &activity)
{
    m_pollerStatus->setActivity(activity);
}

void MainWindow::showBanner(const QString &text)
{
    m_banner->showMessage(text);
}

void MainWindow::showTransientMessage(const QString &text, int timeoutMs)
{
    statusBar()->showMessage(text, timeoutMs);
}

void MainWindow::showAbout()
{
    DialogButtons::about(this, tr("About Printwatch"),
                       tr("<h3>Printwatch %1</h3>"
                          "<p>Watches network printers over SNMP: discovery, status, counters and supplies.</p>"
                          "<p>Free software under the GNU General Public License, version 3 or later.</p>")
                           .arg(QApplication::applicationVersion().toHtmlEscaped()));
}

} // namespace Printwatch::Views
