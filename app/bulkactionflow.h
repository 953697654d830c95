// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// One device action on a selection of printers, from the GUI: asks what a person must choose (the
// test-page protocol, the firmware file), asks for confirmation, shows a progress dialog with a
// row per printer, hands the request to the ActionRunner on the actions thread and follows it to
// the end. Nothing is decided here: the runner asks auth/ and audits each printer.

#include "actions/actiontypes.h"
#include "views/actionprogressdialog.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

class QWidget;

namespace Printwatch::Actions {
class ActionRunner;
}

namespace Printwatch::App {

class BulkActionFlow final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BulkActionFlow)

public:
    BulkActionFlow(QWidget *window, Actions::ActionRunner *runner, QObject *parent = nullptr);
    ~BulkActionFlow() override;

    // Runs `action` on `printers` (their names already filled in) after the questions above.
    void run(Auth::Action action, const QString &entryPoint, const QList<Actions::PrinterRef> &printers);
    // Asks the runner to stop every request still running (the app is closing).
    void cancelAll();

    Views::ActionProgressDialog *lastProgressDialog() const { return m_lastDialog; }

    void setConfirmer(std::function<bool(const QString &question)> confirmer) { m_confirm = std::move(confirmer); }
    void setFirmwareChooser(std::function<QString()> chooser) { m_chooseFirmware = std::move(chooser); }
    void setProtocolChooser(std::function<std::optional<Actions::TestPageProtocol>()> chooser)
    {
        m_chooseProtocol = std::move(chooser);
    }

Q_SIGNALS:
    void finished(quint64 requestId, const QList<Printwatch::Actions::ActionResult> &results);
    void pollNowRequested();

private:
    bool confirm(const QString &question);
    std::optional<Actions::TestPageProtocol> chooseProtocol();
    static QString question(const Actions::ActionRequest &request, const QString &what);

    QWidget *m_window = nullptr;
    Actions::ActionRunner *m_runner = nullptr;
    quint64 m_nextRequest = 1;
    QHash<quint64, QPointer<Views::ActionProgressDialog>> m_dialogs;
    QPointer<Views::ActionProgressDialog> m_lastDialog;

    std::function<bool(const QString &)> m_confirm;
    std::function<QString()> m_chooseFirmware;
    std::function<std::optional<Actions::TestPageProtocol>()> m_chooseProtocol;
};

} // namespace Printwatch::App
