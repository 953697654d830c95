// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/dialogbuttons.h"

#include <QAbstractButton>
#include <QInputDialog>
#include <QMessageBox>
#include <QPushButton>

namespace Printwatch::Views {

QString DialogButtons::text(QDialogButtonBox::StandardButton button)
{
    // The same English texts and mnemonics as QPlatformTheme::defaultStandardButtonText().
    switch (button) {
    case QDialogButtonBox::Ok:
        return tr("OK");
    case QDialogButtonBox::Save:
        return tr("Save");
    case QDialogButtonBox::SaveAll:
        return tr("Save All");
    case QDialogButtonBox::Open:
        return tr("Open");
    case QDialogButtonBox::Yes:
        return tr("&Yes");
    case QDialogButtonBox::YesToAll:
        return tr("Yes to &All");
    case QDialogButtonBox::No:
        return tr("&No");
    case QDialogButtonBox::NoToAll:
        return tr("N&o to All");
    case QDialogButtonBox::Abort:
        return tr("Abort");
    case QDialogButtonBox::Retry:
        return tr("Retry");
    case QDialogButtonBox::Ignore:
        return tr("Ignore");
    case QDialogButtonBox::Close:
        return tr("Close");
    case QDialogButtonBox::Cancel:
        return tr("Cancel");
    case QDialogButtonBox::Discard:
        return tr("Discard");
    case QDialogButtonBox::Help:
        return tr("Help");
    case QDialogButtonBox::Apply:
        return tr("Apply");
    case QDialogButtonBox::Reset:
        return tr("Reset");
    case QDialogButtonBox::RestoreDefaults:
        return tr("Restore Defaults");
    case QDialogButtonBox::NoButton:
        break;
    }
    return {};
}

void DialogButtons::translate(QDialogButtonBox *box)
{
    const QList<QAbstractButton *> buttons = box->buttons();
    for (QAbstractButton *button : buttons) {
        const QDialogButtonBox::StandardButton which = box->standardButton(button);
        // Buttons of ours (addButton with a text) keep their text; a standard button whose text a
        // dialog changed on purpose (Log in, Quit) is set after this call.
        if (which != QDialogButtonBox::NoButton)
            button->setText(text(which));
    }
}

void DialogButtons::translate(QMessageBox *box)
{
    const QList<QAbstractButton *> buttons = box->buttons();
    for (QAbstractButton *button : buttons) {
        const auto which = QDialogButtonBox::StandardButton(int(box->standardButton(button)));
        if (which != QDialogButtonBox::NoButton)
            button->setText(text(which));
    }
}

void DialogButtons::translate(QInputDialog *dialog)
{
    dialog->setOkButtonText(text(QDialogButtonBox::Ok));
    dialog->setCancelButtonText(text(QDialogButtonBox::Cancel));
}

void DialogButtons::translate(QFileDialog *dialog)
{
    // Only Qt's own (non-native) file dialog shows these; a native one is translated by the desktop.
    dialog->setLabelText(QFileDialog::LookIn, tr("Look in:"));
    dialog->setLabelText(QFileDialog::FileName, tr("File &name:"));
    dialog->setLabelText(QFileDialog::FileType, tr("Files of type:"));
    dialog->setLabelText(QFileDialog::Accept, dialog->acceptMode() == QFileDialog::AcceptSave ? tr("&Save") : tr("&Open"));
    dialog->setLabelText(QFileDialog::Reject, text(QDialogButtonBox::Cancel));
}

bool DialogButtons::askYesNo(QWidget *parent, const QString &title, const QString &question)
{
    QMessageBox box(QMessageBox::Question, title, question, QMessageBox::Yes | QMessageBox::No, parent);
    box.setTextFormat(Qt::PlainText); // questions quote printer and user names
    box.setDefaultButton(QMessageBox::Yes);
    translate(&box);
    return box.exec() == QMessageBox::Yes;
}

void DialogButtons::warn(QWidget *parent, const QString &title, const QString &text)
{
    QMessageBox box(QMessageBox::Warning, title, text, QMessageBox::Ok, parent);
    box.setTextFormat(Qt::PlainText);
    translate(&box);
    box.exec();
}

void DialogButtons::about(QWidget *parent, const QString &title, const QString &richText)
{
    QMessageBox box(QMessageBox::Information, title, richText, QMessageBox::Ok, parent);
    box.setTextFormat(Qt::RichText);
    box.setIconPixmap(parent ? parent->windowIcon().pixmap(64, 64) : QPixmap());
    translate(&box);
    box.exec();
}

QString DialogButtons::getText(QWidget *parent, const QString &title, const QString &label, QLineEdit::EchoMode echo,
                               bool *ok)
{
    QInputDialog dialog(parent);
    dialog.setWindowTitle(title);
    dialog.setLabelText(label);
    dialog.setInputMode(QInputDialog::TextInput);
    dialog.setTextEchoMode(echo);
    translate(&dialog);
    const bool accepted = dialog.exec() == QDialog::Accepted;
    if (ok)
        *ok = accepted;
    return accepted ? dialog.textValue() : QString();
}

QString DialogButtons::getItem(QWidget *parent, const QString &title, const QString &label, const QStringList &items,
                               bool *ok)
{
    QInputDialog dialog(parent);
    dialog.setWindowTitle(title);
    dialog.setLabelText(label);
    dialog.setComboBoxItems(items);
    dialog.setComboBoxEditable(false);
    if (!items.isEmpty())
        dialog.setTextValue(items.first());
    translate(&dialog);
    const bool accepted = dialog.exec() == QDialog::Accepted;
    if (ok)
        *ok = accepted;
    return accepted ? dialog.textValue() : QString();
}

QString DialogButtons::getOpenFileName(QWidget *parent, const QString &caption, const QString &directory,
                                       const QString &filter)
{
    QFileDialog dialog(parent, caption, directory, filter);
    dialog.setAcceptMode(QFileDialog::AcceptOpen);
    dialog.setFileMode(QFileDialog::ExistingFile);
    translate(&dialog);
    if (dialog.exec() != QDialog::Accepted)
        return {};
    return dialog.selectedFiles().value(0);
}

QString DialogButtons::getSaveFileName(QWidget *parent, const QString &caption, const QString &path,
                                       const QString &filter, QString *selectedFilter, QFileDialog::Options options)
{
    QFileDialog dialog(parent, caption, path, filter);
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setFileMode(QFileDialog::AnyFile);
    dialog.setOptions(options);
    translate(&dialog);
    if (dialog.exec() != QDialog::Accepted)
        return {};
    if (selectedFilter)
        *selectedFilter = dialog.selectedNameFilter();
    return dialog.selectedFiles().value(0);
}

} // namespace Printwatch::Views
