// SPDX-License-Identifier: GPL-3.0-or-later
#include "fleetrows.h"
#include "models/countertablemodel.h"
#include "models/modelroles.h"

#include <QAbstractItemModelTester>
#include <QFont>
#include <QSignalSpy>
#include <QTest>

using namespace Printwatch;
using Models::CounterTableModel;
using TestRows::counterRow;

class TestCounterTableModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void meterColumnsAppearInReadingOrder()
    {
        CounterTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.columnCount(), 3); // printer, address, read at
        model.setRows({counterRow(1, {{QStringLiteral("copy"), 5}, {QStringLiteral("total"), 100}})});
        QCOMPARE(model.meters(), (QStringList{QStringLiteral("total"), QStringLiteral("copy")}));
        QSignalSpy columns(&model, &QAbstractItemModel::columnsInserted);
        model.replaceDevices({2}, {counterRow(2, {{QStringLiteral("mono"), 7}, {QStringLiteral("zfold"), 1}})});
        QCOMPARE(columns.count(), 2);
        QCOMPARE(model.meters(), (QStringList{QStringLiteral("total"), QStringLiteral("mono"), QStringLiteral("copy"),
                                              QStringLiteral("zfold")}));
        QCOMPARE(model.headerData(model.columnForMeter(QStringLiteral("mono")), Qt::Horizontal).toString(),
                 QStringLiteral("Mono"));
        QCOMPARE(model.headerData(model.readAtColumn(), Qt::Horizontal).toString(), QStringLiteral("Read at"));
        QCOMPARE(model.rowCount(), 2);
    }

    // Every meter name the decoders make (profiles' keys, PWG service + qualifier) gets a title a
    // person can read; a vendor's own label is shown as it is, on one line.
    void meterTitles_data()
    {
        QTest::addColumn<QString>("meter");
        QTest::addColumn<QString>("title");
        const auto row = [](const char *meter, const char *title) {
            QTest::newRow(meter) << QString::fromUtf8(meter) << QString::fromUtf8(title);
        };
        row("total", "Total");
        row("mono", "Mono");
        row("colour", "Colour");
        row("print", "Print");
        row("duplex", "Duplex");
        row("print_mono", "Print, mono");
        row("print_colour", "Print, colour");
        row("copy_colour", "Copy, colour");
        row("scan_colour", "Scan, colour");
        row("scan_other", "Scan, other");
        row("scan_copy", "Scan, copy");
        row("print_sheets", "Print, sheets");
        row("print_duplex", "Print, two-sided");
        row("print_jobs", "Print, jobs");
        row("print_waste", "Print, waste");
        row("print_mono_waste", "Print, mono, waste");
        row("fax_sent", "Fax sent");
        row("fax_sent_colour", "Fax sent, colour");
        row("email_sent", "E-mail sent");
        row("netfax_sent", "Network fax sent");
        row("images_colour", "Images, colour");
        row("sheets", "Sheets");
        row("jobs", "Jobs");
        row("drum_pages", "Drum pages");
        row("jams", "Paper jams");
        row("large_format", "Large format");
        row("vendor:Black & White Total", "Black & White Total");
        QTest::newRow("vendor label on two lines") << u"vendor:two\nlines"_qs << u"two lines"_qs;
        row("print_function4", "print_function4"); // a qualifier nobody defined: the key itself
        row("printer", "printer");                 // not "print" and a qualifier
        row("zfold", "zfold");
    }
    void meterTitles()
    {
        QFETCH(QString, meter);
        QFETCH(QString, title);
        QCOMPARE(CounterTableModel::meterTitle(meter), title);
    }

    // A service's own meters follow it (mono before colour), the rest after the known kinds.
    void composedMetersFollowTheirService()
    {
        CounterTableModel model;
        QStringList names{u"zfold"_qs,       u"print_colour"_qs, u"drum_pages"_qs, u"copy"_qs,
                          u"print_mono"_qs,  u"total"_qs,        u"large_format"_qs, u"print"_qs,
                          u"scan_colour"_qs, u"colour"_qs,       u"fax_sent"_qs,   u"mono"_qs};
        QHash<QString, qint64> values;
        for (const QString &name : names)
            values.insert(name, 1);
        model.setRows({counterRow(1, values)});
        QCOMPARE(model.meters(), (QStringList{u"total"_qs, u"mono"_qs, u"colour"_qs, u"print"_qs, u"print_mono"_qs,
                                              u"print_colour"_qs, u"copy"_qs, u"fax_sent"_qs, u"scan_colour"_qs,
                                              u"large_format"_qs, u"drum_pages"_qs, u"zfold"_qs}));
    }

    void valuesSortRawAndBillingIsMarked()
    {
        CounterTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto billedOnMono = counterRow(2, {{QStringLiteral("total"), 2000}, {QStringLiteral("mono"), 1500}});
        billedOnMono.billing = QStringLiteral("mono");
        model.setRows({counterRow(1, {{QStringLiteral("total"), 123456}}), billedOnMono});
        const int total = model.columnForMeter(QStringLiteral("total"));
        const int mono = model.columnForMeter(QStringLiteral("mono"));
        QCOMPARE(model.index(0, total).data(Models::Roles::SortRole).toLongLong(), 123456);
        QVERIFY(model.index(0, total).data(CounterTableModel::BillingRole).toBool());
        QVERIFY(model.index(0, total).data(Qt::FontRole).value<QFont>().bold());
        QVERIFY(!model.index(1, total).data(CounterTableModel::BillingRole).toBool());
        QVERIFY(model.index(1, mono).data(CounterTableModel::BillingRole).toBool());
        // A meter the printer does not have is unknown, not zero.
        QVERIFY(!model.index(0, mono).data(Models::Roles::SortRole).isValid());
        QVERIFY(model.index(1, mono).data(Qt::ToolTipRole).toString().contains(QLatin1String("1.3.6.1.2.1.43.10.2.1.4.1.1")));
    }

    void mergeUpdatesInPlace()
    {
        CounterTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRows({counterRow(1, {{QStringLiteral("total"), 10}}), counterRow(2, {{QStringLiteral("total"), 20}})});
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.replaceDevices({2}, {counterRow(2, {{QStringLiteral("total"), 25}})});
        QCOMPARE(reset.count(), 0);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 1);
        QCOMPARE(model.rowAt(1).values.value(QStringLiteral("total")), 25);
    }
};

QTEST_MAIN(TestCounterTableModel)
#include "tst_countertablemodel.moc"
