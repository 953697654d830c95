// SPDX-License-Identifier: GPL-3.0-or-later
#include "actions/testpage.h"

#include <QCoreApplication>
#include <QList>

namespace Printwatch::Actions {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Printwatch::Actions", text);
}

QByteArray pdfString(const QString &text)
{
    QByteArray out;
    for (QChar c : text) {
        const char16_t u = c.unicode();
        const char ch = (u >= 0x20 && u < 0x7f) ? char(u) : '?';
        if (ch == '(' || ch == ')' || ch == '\\')
            out += '\\';
        out += ch;
    }
    return out;
}
} // namespace

QStringList testPageLines(const TestPageInfo &info)
{
    const QDateTime at = info.at.isValid() ? info.at : QDateTime::currentDateTime();
    return {tr("Printwatch test page"),
            QString(),
            tr("Printer: %1").arg(info.printerName.isEmpty() ? info.address : info.printerName),
            tr("Address: %1").arg(info.address),
            tr("Printed at: %1").arg(at.toString(Qt::ISODate)),
            tr("Requested by: %1").arg(info.user),
            tr("Path: %1").arg(info.path),
            QString(),
            tr("If you can read this page, the print path from Printwatch to this printer works.")};
}

QByteArray testPageText(const TestPageInfo &info)
{
    QByteArray out;
    for (const QString &line : testPageLines(info))
        out += line.toUtf8() + "\r\n";
    out += '\f';
    return out;
}

QByteArray testPagePdf(const TestPageInfo &info)
{
    QByteArray content = "BT /F1 14 Tf 72 770 Td 18 TL\n";
    for (const QString &line : testPageLines(info))
        content += '(' + pdfString(line) + ") '\n";
    content += "ET\n";

    QList<QByteArray> objects{
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        "<< /Length " + QByteArray::number(content.size()) + " >>\nstream\n" + content + "endstream",
    };
    QByteArray pdf = "%PDF-1.4\n";
    QList<qsizetype> offsets;
    for (int i = 0; i < objects.size(); ++i) {
        offsets.append(pdf.size());
        pdf += QByteArray::number(i + 1) + " 0 obj\n" + objects[i] + "\nendobj\n";
    }
    const qsizetype xref = pdf.size();
    pdf += "xref\n0 " + QByteArray::number(objects.size() + 1) + "\n0000000000 65535 f \n";
    for (qsizetype offset : offsets)
        pdf += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    pdf += "trailer\n<< /Size " + QByteArray::number(objects.size() + 1) + " /Root 1 0 R >>\nstartxref\n"
           + QByteArray::number(xref) + "\n%%EOF\n";
    return pdf;
}

} // namespace Printwatch::Actions
