// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/mainwindow.h"

#include "views/banner.h"
#include "views/pollerstatuswidget.h"
#include "views/printerspage.h"

#include <QAction>
#include <QApplication>
#include <QIcon>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QVBoxLayout>

namespace Printwatch::Views {

MainWindow::MainWindow(Models::PrinterTableModel *printers, QWidget *parent)
    : QMainWindow(parent), m_pages(new QTabWidget(this)), m_banner(new Banner(this)),
      m_pollerStatus(new PollerStatusWidget(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Printwatch"));
    setWindowIcon(QIcon::fromTheme(QStringLiteral("printer")));

    m_pages->setObjectName(QStringLiteral("pages"));
    m_pages->setDocumentMode(true);
    m_printersPage = new PrintersPage(printers, m_pages);
    addPage(m_printersPage, tr("Printers"), QIcon::fromTheme(QStringLiteral("printer")));
    connect(m_printersPage, &PrintersPage::openWebPageRequested, this, &MainWindow::openWebPageRequested);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_banner);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);

    statusBar()->addPermanentWidget(m_pollerStatus);
    createMenus();
    resize(1100, 650);
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

    QMenu *printers = menuBar()->addMenu(tr("&Printers"));
    QAction *discover = printers->addAction(QIcon::fromTheme(QStringLiteral("edit-find")), tr("&Discover…"));
    discover->setObjectName(QStringLiteral("discoverAction"));
    discover->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    connect(discover, &QAction::triggered, this, &MainWindow::discoverRequested);
    QAction *pollNow = printers->addAction(QIcon::fromTheme(QStringLiteral("view-refresh")), tr("&Poll now"));
    pollNow->setObjectName(QStringLiteral("pollNowAction"));
    pollNow->setShortcut(QKeySequence(Qt::Key_F5));
    connect(pollNow, &QAction::triggered, this, &MainWindow::pollNowRequested);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
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
    return index;
}

void MainWindow::showPage(QWidget *page)
{
    const int index = m_pages->indexOf(page);
    if (index >= 0)
        m_pages->setCurrentIndex(index);
}

void MainWindow::saveSettings(QSettings &settings) const
{
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
    QMessageBox::about(this, tr("About Printwatch"),
                       tr("<h3>Printwatch %1</h3>"
                          "<p>Watches network printers over SNMP: discovery, status, counters and supplies.</p>"
                          "<p>Free software under the GNU General Public License, version 3 or later.</p>")
                           .arg(QApplication::applicationVersion().toHtmlEscaped()));
}

} // namespace Printwatch::Views
