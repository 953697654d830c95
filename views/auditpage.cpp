// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/auditpage.h"

#include "core/csv.h"
#include "views/dialogbuttons.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QSaveFile>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Printwatch::Views {

QStringList AuditPage::columnTitles()
{
    return {tr("#"), tr("Time"), tr("User"), tr("Action"), tr("Printer"), tr("Result"), tr("Detail"), tr("Hash")};
}

AuditPage::AuditPage(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("auditPage"));
    m_verification = new QLabel(tr("Not loaded yet."), this);
    m_verification->setObjectName(QStringLiteral("auditVerification"));
    m_verification->setTextFormat(Qt::PlainText);
    m_verification->setWordWrap(true);
    m_table = new QTableWidget(this);
    m_table->setObjectName(QStringLiteral("auditTable"));
    m_table->setColumnCount(int(columnTitles().size()));
    m_table->setHorizontalHeaderLabels(columnTitles());
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->horizontalHeader()->setSectionResizeMode(6, QHeaderView::Stretch);
    m_table->verticalHeader()->setVisible(false);
    m_refresh = new QPushButton(tr("&Reload and verify"), this);
    m_export = new QPushButton(tr("&Export…"), this);
    connect(m_refresh, &QPushButton::clicked, this, &AuditPage::refreshRequested);
    connect(m_export, &QPushButton::clicked, this, &AuditPage::exportDialog);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_verification, 1);
    buttons->addWidget(m_refresh);
    buttons->addWidget(m_export);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_table, 1);
}

AuditPage::~AuditPage() = default;

int AuditPage::rowCount() const
{
    return m_table->rowCount();
}

QString AuditPage::verificationText() const
{
    return m_verification->text();
}

void AuditPage::setRows(const QList<QStringList> &rows, bool intact, const QString &problem)
{
    m_rows = rows;
    m_table->setRowCount(int(rows.size()));
    for (int r = 0; r < rows.size(); ++r) {
        for (int c = 0; c < rows[r].size() && c < m_table->columnCount(); ++c) {
            auto *item = new QTableWidgetItem(rows[r][c]);
            item->setToolTip(rows[r][c]);
            m_table->setItem(r, c, item);
        }
    }
    m_table->scrollToBottom();
    m_verification->setText(intact ? tr("Hash chain verified: %n row(s), none changed or removed.", nullptr, int(rows.size()))
                                   : tr("TAMPERING DETECTED: %1").arg(problem));
    m_verification->setStyleSheet(intact ? QString() : QStringLiteral("color: darkred; font-weight: bold"));
}

void AuditPage::showError(const QString &error)
{
    m_verification->setText(error);
}

QString AuditPage::exportTo(const QString &path, const QString &format) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return tr("Cannot write %1: %2").arg(path, file.errorString());
    const QStringList keys{QStringLiteral("id"),     QStringLiteral("at"),     QStringLiteral("user"),
                           QStringLiteral("action"), QStringLiteral("target"), QStringLiteral("result"),
                           QStringLiteral("detail"), QStringLiteral("hash")};
    if (format == QLatin1String("json")) {
        QJsonArray array;
        for (const QStringList &row : m_rows) {
            QJsonObject object;
            for (int c = 0; c < keys.size() && c < row.size(); ++c)
                object.insert(keys[c], row[c]);
            array.append(object);
        }
        file.write(QJsonDocument(array).toJson());
    } else {
        QStringList header;
        for (const QString &key : keys)
            header << Core::csvField(key);
        file.write(Core::csvRow(header).toUtf8());
        for (const QStringList &row : m_rows) {
            QStringList cells;
            for (const QString &cell : row)
                cells << Core::csvField(cell);
            file.write(Core::csvRow(cells).toUtf8());
        }
    }
    if (!file.commit())
        return tr("Cannot write %1: %2").arg(path, file.errorString());
    return {};
}

void AuditPage::exportDialog()
{
    QString filter;
    const QString path = DialogButtons::getSaveFileName(this, tr("Export the audit log"), QStringLiteral("audit.csv"),
                                                        tr("CSV (*.csv);;JSON (*.json)"), &filter);
    if (path.isEmpty())
        return;
    const QString error = exportTo(path, path.endsWith(QLatin1String(".json")) ? QStringLiteral("json") : QStringLiteral("csv"));
    if (!error.isEmpty())
        showError(error);
}

} // namespace Printwatch::Views
