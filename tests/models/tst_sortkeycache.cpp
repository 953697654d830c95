// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/sortkeycache.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QTest>

#include <algorithm>
#include <cmath>

using Printwatch::Models::SortKeyCache;

namespace {

// The order the cache must produce, written the slow and obvious way.
QList<int> referenceOrder(const QList<QVariant> &values, Qt::SortOrder order)
{
    QList<int> rows;
    for (int row = 0; row < values.size(); ++row)
        rows.append(row);
    std::stable_sort(rows.begin(), rows.end(), [&](int a, int b) {
        const QVariant &l = values.at(a);
        const QVariant &r = values.at(b);
        if (l.isValid() != r.isValid())
            return l.isValid();
        if (!l.isValid())
            return false;
        const double x = l.toDouble();
        const double y = r.toDouble();
        return order == Qt::AscendingOrder ? x < y : x > y;
    });
    return rows;
}

QList<int> cacheOrder(SortKeyCache &cache, const QList<QVariant> &values, Qt::SortOrder order)
{
    cache.setOrder(order);
    cache.reset(static_cast<size_t>(values.size()));
    for (int row = 0; row < values.size(); ++row)
        cache.store(static_cast<size_t>(row), values.at(row));
    std::vector<int> rows(static_cast<size_t>(values.size()));
    for (int row = 0; row < values.size(); ++row)
        rows[static_cast<size_t>(row)] = values.size() - 1 - row; // any starting order
    cache.sortRows(rows);
    // lessThan and sortRows must agree: the proxy merges with one what it sorted with the other.
    for (size_t i = 1; i < rows.size(); ++i) {
        if (cache.lessThan(rows[i], rows[i - 1]))
            return {};
    }
    return QList<int>(rows.begin(), rows.end());
}

} // namespace

class TestSortKeyCache final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Negative numbers, zero of both signs, fractions, 64-bit counters, dates and unknown values, in
    // both directions: unknown stays last, ties keep the source order.
    void numbersSortByValue_data()
    {
        QTest::addColumn<int>("order");
        QTest::newRow("ascending") << int(Qt::AscendingOrder);
        QTest::newRow("descending") << int(Qt::DescendingOrder);
    }

    void numbersSortByValue()
    {
        QFETCH(int, order);
        const QList<QVariant> values{QVariant(5),
                                     QVariant(),
                                     QVariant(-3),
                                     QVariant(0.0),
                                     QVariant(-0.0),
                                     QVariant(2.5),
                                     QVariant(qlonglong(9007199254740993LL)),
                                     QVariant(-1e300),
                                     QVariant(5),
                                     QVariant(),
                                     QVariant(100u),
                                     QVariant(true),
                                     QVariant(-2.5)};
        SortKeyCache cache;
        QCOMPARE(cacheOrder(cache, values, static_cast<Qt::SortOrder>(order)),
                 referenceOrder(values, static_cast<Qt::SortOrder>(order)));
    }

    void timesSortByValue()
    {
        const QDateTime base = QDateTime::fromMSecsSinceEpoch(1767225600000LL, Qt::UTC);
        const QList<QVariant> values{QVariant(base.addSecs(60)), QVariant(base.addSecs(-86400 * 400)), QVariant(),
                                     QVariant(base)};
        SortKeyCache cache;
        QCOMPARE(cacheOrder(cache, values, Qt::AscendingOrder), (QList<int>{1, 3, 0, 2}));
        QCOMPARE(cacheOrder(cache, values, Qt::DescendingOrder), (QList<int>{0, 3, 1, 2}));
    }

    void randomNumbersMatchTheReference()
    {
        QRandomGenerator random(2026);
        QList<QVariant> values;
        for (int i = 0; i < 5000; ++i) {
            switch (random.bounded(4)) {
            case 0:
                values.append(QVariant());
                break;
            case 1:
                values.append(int(random.bounded(200)) - 100);
                break;
            case 2:
                values.append((random.generateDouble() - 0.5) * 1e6);
                break;
            default:
                values.append(qlonglong(random.generate64() >> 12));
                break;
            }
        }
        SortKeyCache cache;
        QCOMPARE(cacheOrder(cache, values, Qt::AscendingOrder), referenceOrder(values, Qt::AscendingOrder));
        QCOMPARE(cacheOrder(cache, values, Qt::DescendingOrder), referenceOrder(values, Qt::DescendingOrder));
    }

    // Large sorts run by radix, small ones by comparison: both give the order of lessThan (by key,
    // ties by row), for any subset of rows handed over in any order, in both directions.
    void radixOrderEqualsComparisonOrder_data()
    {
        QTest::addColumn<int>("order");
        QTest::addColumn<int>("rows");
        QTest::addColumn<int>("distinct");
        const int threshold = static_cast<int>(SortKeyCache::RadixSortThreshold);
        for (const int order : {int(Qt::AscendingOrder), int(Qt::DescendingOrder)}) {
            const QByteArray direction = order == Qt::AscendingOrder ? "ascending" : "descending";
            for (const int rows : {threshold - 1, threshold, 20000}) {
                QTest::addRow("%s, %d rows, levels", direction.constData(), rows) << order << rows << 101;
                QTest::addRow("%s, %d rows, any numbers", direction.constData(), rows) << order << rows << 0;
            }
        }
    }

    void radixOrderEqualsComparisonOrder()
    {
        QFETCH(int, order);
        QFETCH(int, rows);
        QFETCH(int, distinct);
        QRandomGenerator random(static_cast<quint32>(rows * 7 + distinct + order));
        SortKeyCache cache;
        cache.setOrder(static_cast<Qt::SortOrder>(order));
        const int tableRows = rows + rows / 2;
        cache.reset(static_cast<size_t>(tableRows));
        for (int row = 0; row < tableRows; ++row) {
            QVariant value;
            const int kind = static_cast<int>(random.bounded(10));
            if (kind == 0)
                value = QVariant(); // unknown: last in both directions
            else if (distinct > 0)
                value = int(random.bounded(distinct)); // many ties, as levels have
            else if (kind < 4)
                value = int(random.bounded(2000)) - 1000;
            else if (kind < 7)
                value = (random.generateDouble() - 0.5) * 1e9;
            else
                value = qlonglong(random.generate64() >> 1) * (kind == 9 ? -1 : 1);
            cache.store(static_cast<size_t>(row), value);
        }
        // A random subset of the rows, shuffled.
        std::vector<int> subset(static_cast<size_t>(tableRows));
        for (int row = 0; row < tableRows; ++row)
            subset[static_cast<size_t>(row)] = row;
        std::shuffle(subset.begin(), subset.end(), random);
        subset.resize(static_cast<size_t>(rows));

        std::vector<int> expected = subset;
        std::sort(expected.begin(), expected.end(), [&](int a, int b) { return cache.lessThan(a, b); });
        std::vector<int> sorted = subset;
        cache.sortRows(sorted);
        QCOMPARE(sorted.size(), expected.size());
        QVERIFY(sorted == expected);
        // The same rows handed over in row order, as the proxy does.
        std::sort(subset.begin(), subset.end());
        cache.sortRows(subset);
        QVERIFY(subset == expected);
    }

    void textSortsNaturallyAndCaseInsensitively()
    {
        const QList<QVariant> values{
            QStringLiteral("Floor 10"),  QStringLiteral("floor 9"),     QVariant(),
            QStringLiteral("Floor 100"), QStringLiteral("printer-002"), QStringLiteral("printer-10"),
            QStringLiteral("Annex")};
        SortKeyCache cache;
        QCOMPARE(cacheOrder(cache, values, Qt::AscendingOrder), (QList<int>{6, 1, 0, 3, 4, 5, 2}));
        QCOMPARE(cacheOrder(cache, values, Qt::DescendingOrder), (QList<int>{5, 4, 3, 0, 1, 6, 2}));
    }

    void naturalCompare_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<int>("expected");
        QTest::newRow("digits by value") << QStringLiteral("a9") << QStringLiteral("a10") << -1;
        QTest::newRow("leading zeros") << QStringLiteral("a007") << QStringLiteral("a7") << 0;
        QTest::newRow("longer run larger") << QStringLiteral("x123456789012345678901") << QStringLiteral("x99") << 1;
        QTest::newRow("prefix first") << QStringLiteral("abc") << QStringLiteral("abcd") << -1;
        QTest::newRow("digit before letter") << QStringLiteral("1a") << QStringLiteral("a") << -1;
        QTest::newRow("addresses") << QStringLiteral("10.0.0.9") << QStringLiteral("10.0.0.10") << -1;
        QTest::newRow("equal") << QStringLiteral("same") << QStringLiteral("same") << 0;
    }

    void naturalCompare()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(int, expected);
        QCOMPARE(SortKeyCache::naturalCompare(a, b), expected);
        QCOMPARE(SortKeyCache::naturalCompare(b, a), -expected);
    }

    // The proxy moves a row only when store() says its key changed.
    void storeReportsChanges()
    {
        SortKeyCache cache;
        cache.reset(3);
        QVERIFY(!cache.store(0, QVariant())); // unknown, as reset left it
        QVERIFY(cache.store(0, 5));
        QVERIFY(!cache.store(0, 5));
        QVERIFY(!cache.store(0, 5.0)); // the same value in another type
        QVERIFY(cache.store(0, 6));
        QVERIFY(cache.store(1, QStringLiteral("Cyan")));
        QVERIFY(!cache.store(1, QStringLiteral("cyan"))); // folded: the same key
        QVERIFY(cache.store(1, QStringLiteral("cyan 2")));
        QVERIFY(cache.store(1, 3));
        QVERIFY(cache.store(1, QVariant()));
    }

    // Rows inserted and removed keep the other rows' keys.
    void insertAndRemoveShiftKeys()
    {
        SortKeyCache cache;
        cache.reset(4);
        for (int row = 0; row < 4; ++row)
            cache.store(static_cast<size_t>(row), 10 * row);
        cache.insert(1, 2); // rows 1, 2 new (unknown): old rows 1..3 are now 3..5
        QCOMPARE(cache.size(), size_t(6));
        QVERIFY(cache.lessThan(0, 3) && cache.lessThan(3, 4) && cache.lessThan(4, 5));
        QVERIFY(cache.lessThan(5, 1)); // unknown last
        cache.remove(0, 1);
        QCOMPARE(cache.size(), size_t(4));
        QVERIFY(!cache.store(1, 10)); // was old row 1
        QVERIFY(cache.store(0, QStringLiteral("text")));
        cache.remove(0, 0); // the only text key goes: numbers compare by rank again
        QVERIFY(cache.lessThan(0, 1));
    }
};

QTEST_GUILESS_MAIN(TestSortKeyCache)
#include "tst_sortkeycache.moc"
