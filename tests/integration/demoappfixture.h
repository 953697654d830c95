// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The whole app in demo mode, offscreen, for the end-to-end tests of the console: a demo
// database in a temporary folder, the in-process simulated fleet, and the main window found.

#include "app/application.h"
#include "views/logindialog.h"
#include "views/mainwindow.h"

#include <QApplication>
#include <QTemporaryDir>
#include <QTest>

namespace Printwatch::Test {

class DemoAppFixture
{
public:
    DemoAppFixture(int printers, int pollIntervalSeconds)
    {
        m_options.demo = true;
        m_options.demoPrinters = printers;
        m_options.databasePath = m_dir.filePath(QStringLiteral("demo.sqlite"));
        m_options.pollIntervalSeconds = pollIntervalSeconds;
    }

    // Empty when the app started and its main window is up; else what went wrong.
    QString start()
    {
        if (!m_dir.isValid())
            return QStringLiteral("no temporary folder: %1").arg(m_dir.errorString());
        const auto started = m_app.start(m_options);
        if (!started)
            return started.error();
        m_window = topLevel<Views::MainWindow>();
        return m_window ? QString() : QStringLiteral("the app started without a main window");
    }

    const App::Options &options() const { return m_options; }
    App::Application &app() { return m_app; }
    Views::MainWindow *window() const { return m_window; }

    // A top-level widget of type T (a dialog the app opened), a visible one first; or nullptr.
    template<typename T>
    static T *topLevel()
    {
        T *found = nullptr;
        for (QWidget *widget : QApplication::topLevelWidgets())
            if (auto *typed = qobject_cast<T *>(widget); typed && (!found || typed->isVisible()))
                found = typed;
        return found;
    }

    // Answers the login (or unlock) dialog as a person would, once it is shown: the app opens it
    // when the actions thread has its users loaded, which a busy machine can delay. False when no
    // dialog is shown within 10 s.
    static bool submitLogin(const QString &name, const QString &password)
    {
        const auto shown = [] {
            const auto *dialog = topLevel<Views::LoginDialog>();
            return dialog && dialog->isVisible();
        };
        if (!QTest::qWaitFor(shown, 10000))
            return false;
        auto *dialog = topLevel<Views::LoginDialog>();
        Q_EMIT dialog->submitted(name, password);
        return true;
    }

private:
    QTemporaryDir m_dir; // before the app, so the database outlives it
    App::Options m_options;
    App::Application m_app;
    Views::MainWindow *m_window = nullptr;
};

} // namespace Printwatch::Test
