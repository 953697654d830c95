// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/demogroups.h"

#include "app/actionscontroller.h"
#include "views/groupsdialog.h"

#include <QAction>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTimer>

namespace Printwatch::App {

namespace {

enum Stage { LoggingIn, Opening, Naming, Filling, Done };

} // namespace

DemoGroups::DemoGroups(ActionsController *actions, bool demo)
    : QObject(actions), m_actions(actions), m_demo(demo), m_stage(demo ? LoggingIn : Opening)
{
}

void DemoGroups::start(ActionsController *actions, bool demo, int timeoutMs)
{
    auto *staging = new DemoGroups(actions, demo);
    // Polled: the login, the groups and the printers each arrive from the actions thread in their own time.
    auto *timer = new QTimer(staging);
    timer->setInterval(300);
    connect(timer, &QTimer::timeout, staging, &DemoGroups::step);
    timer->start();
    QTimer::singleShot(timeoutMs, staging, &QObject::deleteLater);
}

void DemoGroups::step()
{
    Views::GroupsDialog *dialog = m_actions->groupsDialog();
    switch (m_stage) {
    case LoggingIn:
        m_actions->login(QStringLiteral("demo"), QStringLiteral("demo"));
        m_stage = Opening;
        return;
    case Opening:
        if (!m_actions->session().valid() || !m_actions->groupsAction()->isEnabled())
            return;
        m_actions->groupsAction()->trigger();
        m_stage = m_demo ? Naming : Done;
        if (!m_demo)
            deleteLater();
        return;
    case Naming: {
        const auto *printers = dialog ? dialog->findChild<QListWidget *>(QStringLiteral("groupPrinters")) : nullptr;
        if (!printers || printers->count() == 0)
            return;
        if (dialog->groupCount() == 0) {
            dialog->findChild<QLineEdit *>(QStringLiteral("groupName"))->setText(tr("Building B"));
            dialog->findChild<QPushButton *>(QStringLiteral("addGroupButton"))->click();
        }
        m_stage = Filling;
        return;
    }
    case Filling: {
        if (!dialog || dialog->groupCount() == 0)
            return;
        auto *groups = dialog->findChild<QListWidget *>(QStringLiteral("groupList"));
        groups->setCurrentRow(0);
        auto *printers = dialog->findChild<QListWidget *>(QStringLiteral("groupPrinters"));
        for (int row = 0; row < printers->count(); row += 3)
            printers->item(row)->setCheckState(Qt::Checked);
        dialog->findChild<QPushButton *>(QStringLiteral("saveGroupPrintersButton"))->click();
        m_stage = Done;
        deleteLater();
        return;
    }
    default:
        return;
    }
}

} // namespace Printwatch::App
