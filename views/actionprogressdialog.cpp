// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/actionprogressdialog.h"

#include "views/dialogbuttons.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Printwatch::Views {

ActionProgressDialog::ActionProgressDialog(const QString &title, const QList<Row> &rows, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("actionProgressDialog"));
    setWindowTitle(title);
    setAttribute(Qt::WA_DeleteOnClose);
    m_summary = new QLabel(tr("Working on %n printer(s)…", nullptr, int(rows.size())), this);
    m_summary->setObjectName(QStringLiteral("actionSummary"));
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, int(rows.size()) * 100);
    m_rows = new QTreeWidget(this);
    m_rows->setObjectName(QStringLiteral("actionRows"));
    m_rows->setRootIsDecorated(false);
    m_rows->setHeaderLabels({tr("Printer"), tr("Result"), tr("Details")});
    m_rows->header()->setSectionResizeMode(2, QHeaderView::Stretch);
    for (const Row &row : rows) {
        auto *item = new QTreeWidgetItem(m_rows, {row.printer, tr("Waiting"), QString()});
        item->setData(0, Qt::UserRole, row.deviceId);
        m_items.insert(row.deviceId, item);
    }
    m_report = new QPlainTextEdit(this);
    m_report->setObjectName(QStringLiteral("actionReport"));
    m_report->setReadOnly(true);
    m_report->setVisible(false);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    DialogButtons::translate(m_buttons);
    connect(m_buttons, &QDialogButtonBox::rejected, this, [this] {
        if (m_finished) {
            close();
            return;
        }
        m_summary->setText(tr("Cancelling… (a transfer stops at its next chunk; a reset already sent cannot be undone)"));
        m_buttons->button(QDialogButtonBox::Cancel)->setEnabled(false);
        Q_EMIT cancelRequested();
    });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_progress);
    layout->addWidget(m_rows, 1);
    layout->addWidget(m_report, 1);
    layout->addWidget(m_buttons);
    resize(640, 360);
}

ActionProgressDialog::~ActionProgressDialog() = default;

QTreeWidgetItem *ActionProgressDialog::rowOf(qint64 deviceId) const
{
    return m_items.value(deviceId);
}

void ActionProgressDialog::setProgress(qint64 deviceId, int percent, const QString &text)
{
    if (QTreeWidgetItem *item = rowOf(deviceId)) {
        item->setText(1, tr("%1 %").arg(qBound(0, percent, 100)));
        item->setText(2, text);
    }
    m_progress->setValue(m_done * 100 + qBound(0, percent, 100));
}

void ActionProgressDialog::setResult(qint64 deviceId, const QString &outcome, bool ok, const QString &message,
                                     const QString &report)
{
    ++m_done;
    m_progress->setValue(m_done * 100);
    if (QTreeWidgetItem *item = rowOf(deviceId)) {
        item->setText(1, outcome);
        item->setText(2, message);
        item->setToolTip(2, message);
        item->setForeground(1, ok ? palette().text() : QBrush(Qt::darkRed));
    }
    if (!report.isEmpty()) {
        m_report->setVisible(true);
        m_report->appendPlainText(report + QLatin1Char('\n'));
    }
}

void ActionProgressDialog::finish(const QString &summary)
{
    m_finished = true;
    m_summary->setText(summary);
    m_progress->setValue(m_progress->maximum());
    m_buttons->setStandardButtons(QDialogButtonBox::Close);
    DialogButtons::translate(m_buttons);
    m_buttons->button(QDialogButtonBox::Close)->setEnabled(true);
}

QString ActionProgressDialog::outcomeOf(qint64 deviceId) const
{
    QTreeWidgetItem *item = rowOf(deviceId);
    return item ? item->text(1) : QString();
}

QString ActionProgressDialog::messageOf(qint64 deviceId) const
{
    QTreeWidgetItem *item = rowOf(deviceId);
    return item ? item->text(2) : QString();
}

QString ActionProgressDialog::reportText() const
{
    return m_report->toPlainText();
}

} // namespace Printwatch::Views
