// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// An inline strip above the content for recoverable errors: the user reads it and carries on,
// no modal dialog. The text is plain (it may quote printer strings).

#include <QFrame>

class QLabel;
class QToolButton;

namespace Printwatch::Views {

class Banner final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Banner)

public:
    explicit Banner(QWidget *parent = nullptr);
    ~Banner() override;

    QString text() const;

public Q_SLOTS:
    // Shows the banner with `text`, replacing what it said before.
    void showMessage(const QString &text);
    void dismiss();

Q_SIGNALS:
    void dismissed();

private:
    QLabel *m_text = nullptr;
    QToolButton *m_close = nullptr;
};

} // namespace Printwatch::Views
