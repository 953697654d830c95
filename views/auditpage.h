// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The audit log, read-only: who did what to which printer, when, and the result; whether the hash
// chain verifies; export as CSV or JSON. Rows arrive as plain text from the app (loaded on the
// actions thread); everything is shown as plain text.

#include <QStringList>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace Printwatch::Views {

class AuditPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditPage)

public:
    // Columns: id, time, user, action, printer, result, detail, hash.
    static QStringList columnTitles();

    explicit AuditPage(QWidget *parent = nullptr);
    ~AuditPage() override;

    int rowCount() const;
    QString verificationText() const;

    // Writes the rows shown to `path` as "csv" or "json"; returns an error message or empty.
    QString exportTo(const QString &path, const QString &format) const;

public Q_SLOTS:
    void setRows(const QList<QStringList> &rows, bool intact, const QString &problem);
    void showError(const QString &error);

Q_SIGNALS:
    void refreshRequested();

private:
    void exportDialog();

    QLabel *m_verification = nullptr;
    QTableWidget *m_table = nullptr;
    QPushButton *m_refresh = nullptr;
    QPushButton *m_export = nullptr;
    QList<QStringList> m_rows;
};

} // namespace Printwatch::Views
