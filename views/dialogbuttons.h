// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Qt's standard buttons (OK, Cancel, Apply, Reset, Close, Yes, No, ...) take their texts from the
// qtbase catalogue, and Debian ships none for Norwegian Bokmål, so a Norwegian window would still
// say "Apply" and "Cancel". Every dialog and page of ours sets those texts through here, from our
// own catalogue; the English texts are Qt's own, so nothing changes in English.

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QLineEdit>
#include <QString>
#include <QStringList>

class QInputDialog;
class QMessageBox;
class QWidget;

namespace Printwatch::Views {

class DialogButtons final
{
    Q_DECLARE_TR_FUNCTIONS(Printwatch::Views::DialogButtons)

public:
    DialogButtons() = delete;

    // The translated text of a standard button (QMessageBox::StandardButton has the same values).
    static QString text(QDialogButtonBox::StandardButton button);

    // Sets the text of every standard button the box holds now; call again after setStandardButtons().
    static void translate(QDialogButtonBox *box);
    static void translate(QMessageBox *box);
    static void translate(QInputDialog *dialog);
    static void translate(QFileDialog *dialog);

    // The static helpers of QMessageBox, QInputDialog and QFileDialog, with translated buttons.
    static bool askYesNo(QWidget *parent, const QString &title, const QString &question);
    static void warn(QWidget *parent, const QString &title, const QString &text);
    static void about(QWidget *parent, const QString &title, const QString &richText);
    static QString getText(QWidget *parent, const QString &title, const QString &label, QLineEdit::EchoMode echo,
                           bool *ok);
    static QString getItem(QWidget *parent, const QString &title, const QString &label, const QStringList &items,
                           bool *ok);
    static QString getOpenFileName(QWidget *parent, const QString &caption, const QString &directory = {},
                                   const QString &filter = {});
    static QString getSaveFileName(QWidget *parent, const QString &caption, const QString &path, const QString &filter,
                                   QString *selectedFilter = nullptr, QFileDialog::Options options = {});
};

} // namespace Printwatch::Views
