// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/printerfilterproxymodel.h"
#include "models/printertablemodel.h"
#include "models/textformat.h"

#include <QAbstractItemModelTester>
#include <QColor>
#include <QLocale>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include <memory>

using namespace Printwatch;
using Models::PrinterTableModel;

namespace {

Core::PrinterSummary printer(qint64 id, const QString &name = {})
{
    Core::PrinterSummary s;
    s.deviceId = id;
    s.name = name.isEmpty() ? QStringLiteral("printer-%1").arg(id) : name;
    s.address = QStringLiteral("127.1.0.%1").arg(id % 250 + 1);
    s.vendor = QStringLiteral("HP");
    s.model = QStringLiteral("LaserJet 4250");
    s.serial = QStringLiteral("SN%1").arg(id);
    s.status = Core::DeviceStatus::Idle;
    s.totalPages = 1000 + id;
    s.lowestSupplyPercent = 50;
    s.lowestSupplyName = QStringLiteral("Black toner");
    s.lastSeen = QDateTime(QDate(2026, 1, 5), QTime(10, 0), Qt::UTC);
    s.lastPolled = s.lastSeen;
    return s;
}

QList<Core::PrinterSummary> printers(qint64 first, qint64 count)
{
    QList<Core::PrinterSummary> out;
    for (qint64 id = first; id < first + count; ++id)
        out.append(printer(id));
    return out;
}

struct Range
{
    int top, left, bottom, right;
    bool operator==(const Range &) const = default;
};

Range rangeOf(const QList<QVariant> &dataChangedArgs)
{
    const auto tl = dataChangedArgs.at(0).toModelIndex();
    const auto br = dataChangedArgs.at(1).toModelIndex();
    return {tl.row(), tl.column(), br.row(), br.column()};
}

} // namespace

class TestPrinterTableModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void initialLoadResetsOnce();
    void mergeAppendsNewDevicesInOneRun();
    void mergeSignalsOnlyChangedCells();
    void mergeBatchesNeighbouringRows();
    void mergeOfTenThousandNeverResets();
    void mergeDuplicateIdsMakeOneRow();
    void setSummariesRemovesGoneDevices();
    void removeDevicesKeepsIndex();
    void displayText();
    void lastSeenIsRelative();
    void rolesCarryRawValues();
    void markupStaysLiteral();
    void controlCharactersBecomeSpaces();
    void proxySortsOnRawValue_data();
    void proxySortsOnRawValue();
    void proxySortFollowsMerge();
    void proxyFiltersLive();

private:
    std::unique_ptr<PrinterTableModel> m_model;
    std::unique_ptr<Models::PrinterFilterProxyModel> m_proxy;
    std::unique_ptr<QAbstractItemModelTester> m_modelTester;
    std::unique_ptr<QAbstractItemModelTester> m_proxyTester;
};

void TestPrinterTableModel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestPrinterTableModel::init()
{
    m_model = std::make_unique<PrinterTableModel>();
    m_model->setClock([] { return QDateTime(QDate(2026, 1, 5), QTime(10, 5), Qt::UTC); });
    m_proxy = std::make_unique<Models::PrinterFilterProxyModel>();
    m_proxy->setSourceModel(m_model.get());
    m_proxy->sort(PrinterTableModel::NameColumn);
    m_modelTester = std::make_unique<QAbstractItemModelTester>(m_model.get(),
                                                               QAbstractItemModelTester::FailureReportingMode::Fatal);
    m_proxyTester = std::make_unique<QAbstractItemModelTester>(m_proxy.get(),
                                                               QAbstractItemModelTester::FailureReportingMode::Fatal);
}

void TestPrinterTableModel::cleanup()
{
    m_proxyTester.reset();
    m_modelTester.reset();
    m_proxy.reset();
    m_model.reset();
}

void TestPrinterTableModel::initialLoadResetsOnce()
{
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    m_model->setSummaries(printers(1, 5));
    QCOMPARE(reset.count(), 1);
    QCOMPARE(m_model->rowCount(), 5);
    QCOMPARE(m_proxy->rowCount(), 5);
    for (int row = 0; row < 5; ++row)
        QCOMPARE(m_model->rowForDevice(row + 1), row);
    QCOMPARE(m_model->rowForDevice(99), -1);
    QVERIFY(!m_model->indexForDevice(99).isValid());
}

void TestPrinterTableModel::mergeAppendsNewDevicesInOneRun()
{
    m_model->setSummaries(printers(1, 3));
    QSignalSpy aboutToReset(m_model.get(), &QAbstractItemModel::modelAboutToBeReset);
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);

    // Known devices unchanged, new ones interleaved: all new rows still arrive in one insert.
    QList<Core::PrinterSummary> round{printer(1), printer(10), printer(2), printer(11), printer(3), printer(12)};
    m_model->mergeSummaries(round);

    QVERIFY(aboutToReset.isEmpty());
    QVERIFY(changed.isEmpty());
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.at(0).at(1).toInt(), 3);
    QCOMPARE(inserted.at(0).at(2).toInt(), 5);
    QCOMPARE(m_model->rowCount(), 6);
    QCOMPARE(m_model->rowForDevice(11), 4);
    QCOMPARE(m_model->summaryAt(4).deviceId, 11);
    QCOMPARE(m_proxy->rowCount(), 6);
}

void TestPrinterTableModel::mergeSignalsOnlyChangedCells()
{
    m_model->setSummaries(printers(1, 5));
    QSignalSpy aboutToReset(m_model.get(), &QAbstractItemModel::modelAboutToBeReset);
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);

    auto round = printers(1, 5);
    round[1].totalPages = 5000;                        // row 1
    round[3].status = Core::DeviceStatus::Unreachable; // row 3
    round[3].lastError = QStringLiteral("no answer after 2 tries");
    m_model->mergeSummaries(round);

    QVERIFY(aboutToReset.isEmpty());
    QCOMPARE(changed.count(), 2);
    QCOMPARE(rangeOf(changed.at(0)),
             (Range{1, PrinterTableModel::TotalPagesColumn, 1, PrinterTableModel::TotalPagesColumn}));
    QCOMPARE(rangeOf(changed.at(1)), (Range{3, PrinterTableModel::StatusColumn, 3, PrinterTableModel::StatusColumn}));
    QCOMPARE(m_model->index(1, PrinterTableModel::TotalPagesColumn).data().toString(), QStringLiteral("5,000"));

    // The same round again changes nothing.
    changed.clear();
    m_model->mergeSummaries(round);
    QVERIFY(changed.isEmpty());
}

void TestPrinterTableModel::mergeBatchesNeighbouringRows()
{
    m_model->setSummaries(printers(1, 6));
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    auto round = printers(1, 6);
    for (int i : {1, 2, 3, 5})
        round[i].lowestSupplyPercent = 10;
    m_model->mergeSummaries(round);
    QCOMPARE(changed.count(), 2);
    const int column = PrinterTableModel::LowestSupplyColumn;
    QCOMPARE(rangeOf(changed.at(0)), (Range{1, column, 3, column}));
    QCOMPARE(rangeOf(changed.at(1)), (Range{5, column, 5, column}));
}

void TestPrinterTableModel::mergeOfTenThousandNeverResets()
{
    // The testers re-check the whole model on every signal; this case is about signals, not them.
    m_proxyTester.reset();
    m_modelTester.reset();
    m_model->setSummaries(printers(1, 10000));
    QSignalSpy aboutToReset(m_model.get(), &QAbstractItemModel::modelAboutToBeReset);
    QSignalSpy proxyReset(m_proxy.get(), &QAbstractItemModel::modelAboutToBeReset);
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);

    auto round = printers(1, 10050);
    for (auto &summary : round)
        summary.lastSeen = summary.lastSeen.addSecs(60);
    m_model->mergeSummaries(round);

    QVERIFY(aboutToReset.isEmpty());
    QVERIFY(proxyReset.isEmpty());
    QCOMPARE(changed.count(), 1);
    QCOMPARE(rangeOf(changed.at(0)),
             (Range{0, PrinterTableModel::LastSeenColumn, 9999, PrinterTableModel::LastSeenColumn}));
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(m_model->rowCount(), 10050);
    QCOMPARE(m_proxy->rowCount(), 10050);
    QCOMPARE(m_model->rowForDevice(10050), 10049);
}

void TestPrinterTableModel::mergeDuplicateIdsMakeOneRow()
{
    auto later = printer(4);
    later.totalPages = 77;
    m_model->mergeSummaries({printer(4), later});
    QCOMPARE(m_model->rowCount(), 1);
    QCOMPARE(m_model->summaryAt(0).totalPages, std::optional<qint64>(77));
}

void TestPrinterTableModel::setSummariesRemovesGoneDevices()
{
    m_model->setSummaries(printers(1, 6));
    QSignalSpy aboutToReset(m_model.get(), &QAbstractItemModel::modelAboutToBeReset);
    QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);

    auto next = QList<Core::PrinterSummary>{printer(1), printer(4), printer(6), printer(7)};
    next[1].name = QStringLiteral("renamed");
    m_model->setSummaries(next);

    QVERIFY(aboutToReset.isEmpty());
    QCOMPARE(removed.count(), 2); // rows 4 (id 5), then 1..2 (ids 2, 3)
    QCOMPARE(m_model->rowCount(), 4);
    QList<qint64> ids;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        ids.append(m_model->index(row, 0).data(PrinterTableModel::DeviceIdRole).toLongLong());
        QCOMPARE(m_model->rowForDevice(ids.last()), row);
    }
    QCOMPARE(ids, (QList<qint64>{1, 4, 6, 7}));
    QCOMPARE(m_model->index(m_model->rowForDevice(4), 0).data().toString(), QStringLiteral("renamed"));
}

void TestPrinterTableModel::removeDevicesKeepsIndex()
{
    m_model->setSummaries(printers(1, 8));
    QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
    m_model->removeDevices({3, 2, 7, 42, 8});
    QCOMPARE(removed.count(), 2);
    QCOMPARE(m_model->rowCount(), 4);
    for (qint64 gone : {2, 3, 7, 8})
        QCOMPARE(m_model->rowForDevice(gone), -1);
    QCOMPARE(m_model->rowForDevice(1), 0);
    QCOMPARE(m_model->rowForDevice(4), 1);
    QCOMPARE(m_model->rowForDevice(6), 3);
    QCOMPARE(m_model->summaryAt(3).deviceId, 6);
}

void TestPrinterTableModel::displayText()
{
    auto known = printer(1);
    known.totalPages = 1234567;
    known.lowestSupplyPercent = 12;
    auto unknown = printer(2);
    unknown.vendor.clear();
    unknown.serial.clear();
    unknown.totalPages.reset();
    unknown.lowestSupplyPercent.reset();
    unknown.lastSeen = {};
    unknown.port = 1161;
    m_model->setSummaries({known, unknown});

    auto text = [this](int row, int column) { return m_model->index(row, column).data().toString(); };
    QCOMPARE(text(0, PrinterTableModel::TotalPagesColumn), QStringLiteral("1,234,567"));
    QCOMPARE(text(0, PrinterTableModel::LowestSupplyColumn), QStringLiteral("12 % Black toner"));
    QCOMPARE(text(0, PrinterTableModel::StatusColumn), Core::deviceStatusText(Core::DeviceStatus::Idle));
    QCOMPARE(text(0, PrinterTableModel::AddressColumn), QStringLiteral("127.1.0.2"));
    QCOMPARE(text(1, PrinterTableModel::AddressColumn), QStringLiteral("127.1.0.3:1161"));
    for (int column :
         {PrinterTableModel::VendorColumn, PrinterTableModel::SerialColumn, PrinterTableModel::TotalPagesColumn,
          PrinterTableModel::LowestSupplyColumn, PrinterTableModel::LastSeenColumn})
        QCOMPARE(text(1, column), QStringLiteral("—"));
    QCOMPARE(Models::unknownText(), QStringLiteral("—"));
    // No percentage: what the printer does say.
    auto brother = printer(3);
    brother.lowestSupplyPercent.reset();
    brother.lowestSupplyName = QStringLiteral("Black Toner");
    brother.lowestSupplyState = QStringLiteral("some remaining");
    auto staples = printer(4);
    staples.lowestSupplyPercent.reset();
    staples.lowestSupplyName = QStringLiteral("Staples");
    staples.lowestSupplyState = QStringLiteral("empty");
    auto waste = printer(5);
    waste.lowestSupplyPercent.reset();
    waste.lowestSupplyName.clear();
    waste.lowestSupplyState = QStringLiteral("full");
    m_model->setSummaries({known, unknown, brother, staples, waste});
    QCOMPARE(text(2, PrinterTableModel::LowestSupplyColumn), QStringLiteral("Some remaining: Black Toner"));
    QCOMPARE(text(3, PrinterTableModel::LowestSupplyColumn), QStringLiteral("Empty: Staples"));
    QCOMPARE(text(4, PrinterTableModel::LowestSupplyColumn), QStringLiteral("Full"));
    QCOMPARE(text(1, PrinterTableModel::LowestSupplyColumn), QStringLiteral("—"));
    const auto sortKey = [&](int row) { return m_model->index(row, PrinterTableModel::LowestSupplyColumn).data(PrinterTableModel::SortRole); };
    QCOMPARE(sortKey(0), QVariant(12));
    QCOMPARE(sortKey(3), QVariant(0)); // empty sorts with 0 %
    QVERIFY(!sortKey(2).isValid());   // a state without a level: after every percentage
    m_model->setSummaries({known, unknown});
    QCOMPARE(Models::displayAddress(QStringLiteral("::1"), 1161), QStringLiteral("[::1]:1161"));
    QCOMPARE(Models::displayAddress(QStringLiteral("::1"), 161), QStringLiteral("::1"));
    QCOMPARE(Models::displayAddress(QStringLiteral("\n127.0.0.1\r"), 162), QStringLiteral("127.0.0.1:162"));
    // A round's seconds: never "0.0" for a round that ran (the activity log said so for the demo).
    const QList<QPair<qint64, QString>> rounds{{0, u"0.01"_qs},   {4, u"0.01"_qs},  {10, u"0.01"_qs}, {38, u"0.04"_qs},
                                               {99, u"0.10"_qs},  {100, u"0.1"_qs}, {812, u"0.8"_qs}, {1049, u"1.0"_qs},
                                               {61250, u"61.3"_qs}};
    for (const auto &[ms, text] : rounds)
        QCOMPARE(Models::roundSecondsText(ms), text);
    QCOMPARE(m_model->headerData(PrinterTableModel::TotalPagesColumn, Qt::Horizontal).toString(),
             QStringLiteral("Total pages"));
}

void TestPrinterTableModel::lastSeenIsRelative()
{
    const QDateTime now(QDate(2026, 1, 5), QTime(10, 5), Qt::UTC);
    auto justNow = printer(1);
    justNow.lastSeen = now.addSecs(-20);
    auto minutes = printer(2);
    minutes.lastSeen = now.addSecs(-5 * 60);
    auto hours = printer(3);
    hours.lastSeen = now.addSecs(-3 * 3600 - 10);
    auto days = printer(4);
    days.lastSeen = now.addDays(-3);
    m_model->setSummaries({justNow, minutes, hours, days});

    const int column = PrinterTableModel::LastSeenColumn;
    QCOMPARE(m_model->index(0, column).data().toString(), QStringLiteral("just now"));
    QCOMPARE(m_model->index(1, column).data().toString(), QStringLiteral("5 min ago"));
    QCOMPARE(m_model->index(2, column).data().toString(), QStringLiteral("3 h ago"));
    QCOMPARE(m_model->index(3, column).data().toString(),
             QLocale().toString(days.lastSeen.toLocalTime(), QLocale::ShortFormat));

    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    m_model->setClock([now] { return now.addSecs(3600); });
    QCOMPARE(changed.count(), 1);
    QCOMPARE(rangeOf(changed.at(0)), (Range{0, column, 3, column}));
    QCOMPARE(m_model->index(0, column).data().toString(), QStringLiteral("1 h ago"));
}

void TestPrinterTableModel::rolesCarryRawValues()
{
    auto down = printer(1);
    down.status = Core::DeviceStatus::Unreachable;
    down.lastError = QStringLiteral("no answer after 2 tries");
    m_model->setSummaries({down, printer(2)});

    const QModelIndex status = m_model->index(0, PrinterTableModel::StatusColumn);
    QCOMPARE(status.data(PrinterTableModel::StatusRole).value<Core::DeviceStatus>(), Core::DeviceStatus::Unreachable);
    QCOMPARE(status.data(PrinterTableModel::SortRole).toInt(), static_cast<int>(Core::DeviceStatus::Unreachable));
    QCOMPARE(status.data(Qt::ToolTipRole).toString(), QStringLiteral("Unreachable: no answer after 2 tries"));
    QVERIFY(status.data(Qt::DecorationRole).canConvert<QColor>());
    QVERIFY(status.data(Qt::DecorationRole).value<QColor>().isValid());
    QVERIFY(!m_model->index(0, PrinterTableModel::NameColumn).data(Qt::DecorationRole).isValid());
    QCOMPARE(m_model->index(1, PrinterTableModel::StatusColumn).data(Qt::ToolTipRole).toString(),
             Core::deviceStatusText(Core::DeviceStatus::Idle));

    // The tip names what the printer says is wrong, as of its last answer; a silent printer's last
    // conditions are not news of now.
    auto jammed = printer(3);
    jammed.status = Core::DeviceStatus::Down;
    jammed.detectedErrorState = 0x0800 | 0x0400; // doorOpen, jammed
    auto silent = jammed;
    silent.deviceId = 4;
    silent.status = Core::DeviceStatus::Unreachable;
    silent.lastError = QStringLiteral("no answer after 2 tries");
    m_model->setSummaries({jammed, silent});
    QCOMPARE(m_model->index(0, PrinterTableModel::StatusColumn).data(Qt::ToolTipRole).toString(),
             QStringLiteral("Error: door open, jammed"));
    QCOMPARE(m_model->index(1, PrinterTableModel::StatusColumn).data(Qt::ToolTipRole).toString(),
             QStringLiteral("Unreachable: no answer after 2 tries"));
    m_model->setSummaries({down, printer(2)});

    QCOMPARE(m_model->index(1, PrinterTableModel::NameColumn).data(PrinterTableModel::DeviceIdRole).toLongLong(), 2);
    const QVariant pages = m_model->index(0, PrinterTableModel::TotalPagesColumn).data(PrinterTableModel::SortRole);
    QCOMPARE(pages.typeId(), QMetaType::LongLong);
    QCOMPARE(pages.toLongLong(), 1001);
    QCOMPARE(m_model->index(0, PrinterTableModel::LastSeenColumn).data(PrinterTableModel::SortRole).toDateTime(),
             down.lastSeen);
}

void TestPrinterTableModel::markupStaysLiteral()
{
    auto hostile = printer(1);
    hostile.name = QStringLiteral("<b>x</b>");
    hostile.model = QStringLiteral("<img src=x>");
    hostile.lowestSupplyName = QStringLiteral("<i>toner</i>");
    hostile.status = Core::DeviceStatus::Down;
    hostile.lastError = QStringLiteral("<script>alert(1)</script>");
    m_model->setSummaries({hostile});

    QCOMPARE(m_model->index(0, PrinterTableModel::NameColumn).data().toString(), QStringLiteral("<b>x</b>"));
    QCOMPARE(m_model->index(0, PrinterTableModel::ModelColumn).data().toString(), QStringLiteral("<img src=x>"));
    QCOMPARE(m_model->index(0, PrinterTableModel::LowestSupplyColumn).data().toString(),
             QStringLiteral("50 % <i>toner</i>"));
    // Tool tips render rich text, so there the markup must arrive escaped.
    const QString tip = m_model->index(0, PrinterTableModel::StatusColumn).data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(QStringLiteral("&lt;script&gt;")), qPrintable(tip));
    QVERIFY(!tip.contains(QStringLiteral("<script>")));
    const QString nameTip = m_model->index(0, PrinterTableModel::NameColumn).data(Qt::ToolTipRole).toString();
    QVERIFY2(nameTip.contains(QStringLiteral("&lt;b&gt;x&lt;/b&gt;")), qPrintable(nameTip));
}

void TestPrinterTableModel::controlCharactersBecomeSpaces()
{
    auto odd = printer(1);
    odd.name = QStringLiteral("  Line1\r\nLine2\tend") + QChar(0) + QChar(0);
    odd.serial = QString(3, QChar(0));
    m_model->setSummaries({odd});
    QCOMPARE(m_model->index(0, PrinterTableModel::NameColumn).data().toString(), QStringLiteral("Line1 Line2 end"));
    QCOMPARE(m_model->index(0, PrinterTableModel::SerialColumn).data().toString(), QStringLiteral("—"));
    QVERIFY(!m_model->index(0, PrinterTableModel::SerialColumn).data(PrinterTableModel::SortRole).isValid());
}

void TestPrinterTableModel::proxySortsOnRawValue_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<int>("order");
    QTest::addColumn<QList<qint64>>("expectedIds");

    // ids: 1 = 10 pages / 127.1.0.10 / "Floor 10", 2 = 9 pages / 127.1.0.9 / "Floor 9",
    //      3 = unknown pages / 127.1.0.100 / "floor 100", 4 = 100 pages / 127.1.0.2 / "" (unknown name)
    QTest::newRow("pages ascending") << int(PrinterTableModel::TotalPagesColumn) << int(Qt::AscendingOrder)
                                     << QList<qint64>{2, 1, 4, 3};
    QTest::newRow("pages descending, unknown still last")
        << int(PrinterTableModel::TotalPagesColumn) << int(Qt::DescendingOrder) << QList<qint64>{4, 1, 2, 3};
    QTest::newRow("address numeric") << int(PrinterTableModel::AddressColumn) << int(Qt::AscendingOrder)
                                     << QList<qint64>{4, 2, 1, 3};
    QTest::newRow("name natural, case-insensitive")
        << int(PrinterTableModel::NameColumn) << int(Qt::AscendingOrder) << QList<qint64>{2, 1, 3, 4};
    QTest::newRow("status by severity") << int(PrinterTableModel::StatusColumn) << int(Qt::DescendingOrder)
                                        << QList<qint64>{3, 1, 4, 2};
}

void TestPrinterTableModel::proxySortsOnRawValue()
{
    QFETCH(int, column);
    QFETCH(int, order);
    QFETCH(QList<qint64>, expectedIds);

    auto a = printer(1, QStringLiteral("Floor 10"));
    a.totalPages = 10;
    a.address = QStringLiteral("127.1.0.10");
    a.status = Core::DeviceStatus::Warning;
    auto b = printer(2, QStringLiteral("Floor 9"));
    b.totalPages = 9;
    b.address = QStringLiteral("127.1.0.9");
    b.status = Core::DeviceStatus::Idle;
    auto c = printer(3, QStringLiteral("floor 100"));
    c.totalPages.reset();
    c.address = QStringLiteral("127.1.0.100");
    c.status = Core::DeviceStatus::Unreachable;
    auto d = printer(4);
    d.name.clear();
    d.totalPages = 100;
    d.address = QStringLiteral("127.1.0.2");
    d.status = Core::DeviceStatus::Printing;
    m_model->setSummaries({a, b, c, d});

    m_proxy->sort(column, static_cast<Qt::SortOrder>(order));
    QList<qint64> ids;
    for (int row = 0; row < m_proxy->rowCount(); ++row)
        ids.append(m_proxy->index(row, 0).data(PrinterTableModel::DeviceIdRole).toLongLong());
    QCOMPARE(ids, expectedIds);
}

void TestPrinterTableModel::proxySortFollowsMerge()
{
    auto round = printers(1, 3);
    round[0].totalPages = 30;
    round[1].totalPages = 10;
    round[2].totalPages = 20;
    m_model->setSummaries(round);
    m_proxy->sort(PrinterTableModel::TotalPagesColumn);
    QCOMPARE(m_proxy->index(0, 0).data(PrinterTableModel::DeviceIdRole).toLongLong(), 2);

    QSignalSpy proxyReset(m_proxy.get(), &QAbstractItemModel::modelAboutToBeReset);
    round[1].totalPages = 40;
    m_model->mergeSummaries(round);
    m_proxy->flush(); // what the next event-loop pass does: the changes of a merge are gathered
    QVERIFY(proxyReset.isEmpty());
    QCOMPARE(m_proxy->index(0, 0).data(PrinterTableModel::DeviceIdRole).toLongLong(), 3);
    QCOMPARE(m_proxy->index(2, 0).data(PrinterTableModel::DeviceIdRole).toLongLong(), 2);
}

void TestPrinterTableModel::proxyFiltersLive()
{
    auto round = printers(1, 4);
    round[2].vendor = QStringLiteral("Brother");
    m_model->setSummaries(round);
    m_proxy->setFilterText(QStringLiteral("brother"));
    QCOMPARE(m_proxy->rowCount(), 1);
    QCOMPARE(m_proxy->index(0, 0).data(PrinterTableModel::DeviceIdRole).toLongLong(), 3);

    round[0].vendor = QStringLiteral("Brother Industries");
    m_model->mergeSummaries(round);
    m_proxy->flush();
    QCOMPARE(m_proxy->rowCount(), 2);

    m_proxy->setStatusFilter({Core::DeviceStatus::Down});
    QCOMPARE(m_proxy->rowCount(), 0);
    m_proxy->setStatusFilter({});
    m_proxy->setFilterText(QString());
    QCOMPARE(m_proxy->rowCount(), 4);
}

QTEST_GUILESS_MAIN(TestPrinterTableModel)
#include "tst_printertablemodel.moc"
