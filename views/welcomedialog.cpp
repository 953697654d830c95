// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/welcomedialog.h"

#include <QCommandLinkButton>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace Printwatch::Views {

WelcomeDialog::WelcomeDialog(QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("welcomeDialog"));
    setWindowTitle(tr("Welcome to Printwatch"));
    auto *intro = new QLabel(tr("Printwatch finds the printers on your network, watches their status, counters "
                                "and supplies, and keeps their history. How do you want to start?"),
                             this);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);

    auto *demo = new QCommandLinkButton(tr("Explore the demo fleet"),
                                        tr("Start with 36 simulated printers of several brands on this computer. "
                                           "Nothing is sent to your network; the demo keeps its own database."),
                                        this);
    demo->setObjectName(QStringLiteral("demoButton"));
    connect(demo, &QCommandLinkButton::clicked, this, [this] { choose(Choice::Demo); });
    auto *scan = new QCommandLinkButton(tr("Scan my network"),
                                        tr("Enter address ranges and the SNMP community or v3 user of your "
                                           "printers; Printwatch discovers and polls them."),
                                        this);
    scan->setObjectName(QStringLiteral("scanButton"));
    scan->setDefault(true);
    connect(scan, &QCommandLinkButton::clicked, this, [this] { choose(Choice::ScanNetwork); });

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *later = buttons->addButton(tr("&Later"), QDialogButtonBox::RejectRole);
    later->setObjectName(QStringLiteral("laterButton"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(scan);
    layout->addWidget(demo);
    layout->addWidget(buttons);
    // Wide enough that the choices read as sentences, not as a column of single words.
    setMinimumWidth(fontMetrics().averageCharWidth() * 64);
    // In the order shown (the demo button was made first).
    setTabOrder(scan, demo);
    setTabOrder(demo, later);
    scan->setFocus();
}

WelcomeDialog::~WelcomeDialog() = default;

void WelcomeDialog::choose(Choice choice)
{
    m_choice = choice;
    accept();
}

} // namespace Printwatch::Views
