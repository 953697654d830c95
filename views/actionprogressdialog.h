// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Progress and per-printer results of one action on one printer or a selection. Non-modal: the
// work runs on the actions thread; Cancel asks it to stop where the protocol allows. Printer
// names and messages are untrusted text, shown as plain text.

#include <QDialog>
#include <QHash>

class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QTreeWidget;
class QTreeWidgetItem;

namespace Printwatch::Views {

class ActionProgressDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActionProgressDialog)

public:
    struct Row
    {
        qint64 deviceId = 0;
        QString printer; // "Office-2 (10.0.0.5)"
    };

    ActionProgressDialog(const QString &title, const QList<Row> &rows, QWidget *parent = nullptr);
    ~ActionProgressDialog() override;

    bool isFinished() const { return m_finished; }
    // For tests and screenshots: the row's outcome text and message.
    QString outcomeOf(qint64 deviceId) const;
    QString messageOf(qint64 deviceId) const;
    QString reportText() const;

public Q_SLOTS:
    void setProgress(qint64 deviceId, int percent, const QString &text);
    void setResult(qint64 deviceId, const QString &outcome, bool ok, const QString &message, const QString &report);
    void finish(const QString &summary);

Q_SIGNALS:
    void cancelRequested();

private:
    QTreeWidgetItem *rowOf(qint64 deviceId) const;

    QLabel *m_summary = nullptr;
    QProgressBar *m_progress = nullptr;
    QTreeWidget *m_rows = nullptr;
    QPlainTextEdit *m_report = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QHash<qint64, QTreeWidgetItem *> m_items;
    int m_done = 0;
    bool m_finished = false;
};

} // namespace Printwatch::Views
