// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Column titles are cut short in narrow columns, and Norwegian titles are long
// ("Laveste forbruksmateriell"). Installed on a header, this shows the full title as a tooltip
// when it does not fit its section; a model's own header tooltip (the counters page's meter
// explanation) is left to the header.

#include <QObject>

class QHeaderView;

namespace Printwatch::Views {

class HeaderToolTips final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HeaderToolTips)

public:
    // Owned by `header`.
    static void install(QHeaderView *header);

    // True when the title of `logical` needs more room than its section has.
    static bool isTitleCut(const QHeaderView *header, int logical);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit HeaderToolTips(QHeaderView *header);

    QHeaderView *m_header;
};

} // namespace Printwatch::Views
