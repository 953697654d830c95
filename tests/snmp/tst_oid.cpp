// SPDX-License-Identifier: GPL-3.0-or-later
#include "snmp/decodetext.h"
#include "snmp/oid.h"
#include "snmp/varbind.h"

#include <QTest>

using namespace Printwatch::Snmp;

class TestOid : public QObject
{
    Q_OBJECT

private slots:
    void fromString_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("canonical");
        QTest::newRow("plain") << u"1.3.6.1.2.1.1.1.0"_qs << true << u"1.3.6.1.2.1.1.1.0"_qs;
        QTest::newRow("leading dot") << u".1.3.6.1.4.1.11"_qs << true << u"1.3.6.1.4.1.11"_qs;
        QTest::newRow("max sub-identifier") << u"1.3.4294967295"_qs << true << u"1.3.4294967295"_qs;
        QTest::newRow("too large") << u"1.3.4294967296"_qs << false << QString();
        QTest::newRow("empty") << QString() << false << QString();
        QTest::newRow("double dot") << u"1..3"_qs << false << QString();
        QTest::newRow("letters") << u"1.3.six"_qs << false << QString();
        QTest::newRow("negative") << u"1.-3"_qs << false << QString();
        QTest::newRow("trailing dot") << u"1.3."_qs << false << QString();
    }
    void fromString()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QFETCH(QString, canonical);
        const auto oid = Oid::fromString(text);
        QCOMPARE(oid.has_value(), valid);
        if (valid)
            QCOMPARE(oid->toString(), canonical);
    }

    void ordering()
    {
        const Oid a{1, 3, 6, 1, 2};
        const Oid b{1, 3, 6, 1, 2, 1};
        const Oid c{1, 3, 6, 1, 10};
        QVERIFY(a < b);  // a prefix sorts first
        QVERIFY(b < c);  // numeric, not textual: 2 < 10
        QVERIFY(!(c < a));
        QVERIFY(a == Oid::fromString(u"1.3.6.1.2").value());
    }

    void prefix()
    {
        const Oid table{1, 3, 6, 1, 2, 1, 43, 11, 1, 1};
        const Oid cell{1, 3, 6, 1, 2, 1, 43, 11, 1, 1, 9, 1, 2};
        QVERIFY(table.isPrefixOf(cell));
        QVERIFY(table.contains(cell));
        QVERIFY(table.isPrefixOf(table));
        QVERIFY(!table.contains(table));
        QVERIFY(!cell.isPrefixOf(table));
        QCOMPARE(cell.suffixAfter(table), (QList<quint32>{9, 1, 2}));
        QCOMPARE(cell.suffixAfter(Oid{1, 3, 6, 1, 4}), QList<quint32>());
        QCOMPARE(table.child(9).appended({1, 2}), cell);
    }

    // walkStep is the prefix test and the ordering a walk asks of each row, in one pass: it must
    // agree with them for every next OID, short or long, before, equal to, after or beside the
    // last row, for a first row (last = root) and for long (heap) OIDs crossing the 64-bit steps.
    void walkStepAgreesWithContainsAndOrdering()
    {
        const auto expected = [](const Oid &root, const Oid &last, const Oid &next) {
            if (!root.contains(next))
                return Oid::WalkStep::Outside;
            return next <= last ? Oid::WalkStep::NotAfter : Oid::WalkStep::Next;
        };
        // Every OID of 0..maxLength parts from {0, 1, 2} after `base` (with base itself).
        const auto around = [](const Oid &base, int maxLength) {
            QList<Oid> all{base};
            QList<Oid> level{base};
            for (int length = 0; length < maxLength; ++length) {
                QList<Oid> next;
                for (const Oid &oid : level) {
                    for (quint32 sub = 0; sub < 3; ++sub)
                        next.append(oid.child(sub));
                }
                all += next;
                level = next;
            }
            return all;
        };
        QList<quint32> longBase;
        for (quint32 i = 0; i < quint32(Oid::InlineParts) + 1; ++i)
            longBase.append(i % 3);
        int checked = 0;
        for (const Oid &root : {Oid{1}, Oid{1, 2}, Oid{1, 3, 6}, Oid{1, 3, 6, 1}, Oid(longBase)}) {
            const Oid parent = root.first(root.size() - 1);
            QList<Oid> lasts{root};
            for (const Oid &row : around(root, 3)) {
                if (root.contains(row))
                    lasts.append(row);
            }
            // Next OIDs: beside the root (from its parent), under it, and shorter than it.
            QList<Oid> nexts = around(parent, 5);
            nexts.append(Oid{});
            for (const Oid &last : lasts) {
                for (const Oid &next : nexts) {
                    if (Oid::walkStep(root, last, next) != expected(root, last, next))
                        QFAIL(qPrintable(QStringLiteral("root %1, last %2, next %3")
                                             .arg(root.toString(), last.toString(), next.toString())));
                    ++checked;
                }
            }
        }
        QCOMPARE(checked, 5 * 40 * 365); // five roots, 40 last rows and 365 next OIDs each
    }

    // Up to InlineParts sub-identifiers live inside the object, longer ones on the heap: both
    // copy, move, grow and compare alike, and crossing the boundary keeps every part.
    void inlineAndHeapStorage()
    {
        QList<quint32> longParts;
        for (quint32 i = 0; i < quint32(Oid::InlineParts) + 9; ++i)
            longParts.append(i * 7 + 1);
        const Oid shortOid(longParts.mid(0, Oid::InlineParts));
        const Oid longOid(longParts);
        QCOMPARE(shortOid.size(), Oid::InlineParts);
        QCOMPARE(longOid.size(), longParts.size());
        QCOMPARE(longOid.parts(), longParts);
        QVERIFY(shortOid.isPrefixOf(longOid));
        QCOMPARE(longOid.suffixAfter(shortOid), longParts.mid(Oid::InlineParts));

        // Growing past the inline capacity one part at a time.
        Oid grown = shortOid;
        for (qsizetype i = Oid::InlineParts; i < longParts.size(); ++i)
            grown = grown.child(longParts.at(i));
        QCOMPARE(grown, longOid);
        QCOMPARE(qHash(grown), qHash(longOid));
        QCOMPARE(grown.first(Oid::InlineParts), shortOid);

        // Copies are independent, moves leave an empty OID behind.
        Oid copy = longOid;
        copy.append(99);
        QCOMPARE(longOid.size(), longParts.size());
        QCOMPARE(copy.last(), 99u);
        Oid moved = std::move(copy);
        QVERIFY(copy.isEmpty()); // NOLINT(bugprone-use-after-move): the moved-from state is defined
        QCOMPARE(moved.size(), longParts.size() + 1);
        Oid assigned{1, 3};
        assigned = std::move(moved); // inline target takes a heap buffer
        QCOMPARE(assigned.size(), longParts.size() + 1);
        assigned = shortOid;         // heap target takes an inline one
        QCOMPARE(assigned, shortOid);
        assigned = assigned;         // self-assignment keeps the parts
        QCOMPARE(assigned, shortOid);

        // Ordering across the boundary: numeric, prefix first.
        QVERIFY(shortOid < longOid);
        Oid bigger = longOid;
        bigger = bigger.first(Oid::InlineParts + 3).child(1000);
        QVERIFY(longOid < bigger);
        QVERIFY(Oid::fromString(longOid.toString()).value() == longOid);

        // net-snmp's unsigned long arrays convert part by part.
        const unsigned long raw[] = {1, 3, 6, 1, 4, 1, 4294967295ul};
        QCOMPARE(Oid::fromArray(raw, 7), (Oid{1, 3, 6, 1, 4, 1, 4294967295u}));

        // More than 128 sub-identifiers is not an OID (RFC 2578).
        QString tooLong = u"1"_qs;
        for (int i = 0; i < 128; ++i)
            tooLong += u".1"_qs;
        QVERIFY(!Oid::fromString(tooLong).has_value());
        QVERIFY(Oid::fromString(tooLong.left(tooLong.size() - 2)).has_value());
    }

    void dottedText_data()
    {
        QTest::addColumn<QString>("prefix");
        QTest::addColumn<QList<quint32>>("parts");
        QTest::addColumn<QString>("expected");
        QTest::newRow("nothing") << QString() << QList<quint32>{} << QString();
        QTest::newRow("parts only") << QString() << QList<quint32>{1, 3, 6, 1} << u"1.3.6.1"_qs;
        QTest::newRow("one zero") << QString() << QList<quint32>{0} << u"0"_qs;
        QTest::newRow("prefix only") << u"1.3.6"_qs << QList<quint32>{} << u"1.3.6"_qs;
        QTest::newRow("column and index") << u"1.3.6.1.2.1.43.11.1.1.9"_qs << QList<quint32>{1, 10} << u"1.3.6.1.2.1.43.11.1.1.9.1.10"_qs;
        QTest::newRow("largest part") << u"1"_qs << QList<quint32>{4294967295u, 0, 10, 99, 100} << u"1.4294967295.0.10.99.100"_qs;
    }
    void dottedText()
    {
        QFETCH(QString, prefix);
        QFETCH(QList<quint32>, parts);
        QFETCH(QString, expected);
        QCOMPARE(Oid::dottedText(prefix, parts.constData(), parts.size()), expected);
        // toString is the same writer without a prefix; the decoders' column texts with one.
        const Oid whole = Oid::fromArray(parts.constData(), parts.size());
        if (prefix.isEmpty())
            QCOMPARE(whole.toString(), expected);
        else
            QCOMPARE(DecodeText::oidText(prefix, parts.constData(), parts.size()), expected);
    }

    void text_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("expected");
        QTest::newRow("ascii") << QByteArray("LaserJet") << u"LaserJet"_qs;
        QTest::newRow("trailing NULs") << QByteArray("Toner\0\0\0", 8) << u"Toner"_qs;
        QTest::newRow("space padding") << QByteArray("Drum Unit      ") << u"Drum Unit"_qs;
        QTest::newRow("utf-8") << QByteArray("Gr\xc3\xbcn") << u"Grün"_qs;
        QTest::newRow("latin-1 fallback") << QByteArray("Gr\xfcn") << u"Grün"_qs;
        QTest::newRow("embedded NUL") << QByteArray("ab\0cd", 5) << u"ab cd"_qs;
        QTest::newRow("escape sequence") << QByteArray("\x1b[31mred") << u"[31mred"_qs;
        QTest::newRow("multi-line kept") << QByteArray("line1\r\nline2") << u"line1\nline2"_qs;
        QTest::newRow("html stays text") << QByteArray("<b>x</b>") << u"<b>x</b>"_qs;
        QTest::newRow("empty") << QByteArray() << QString();
    }
    void text()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, expected);
        QCOMPARE(decodeText(bytes), expected);
    }

    void mac()
    {
        QCOMPARE(macText(QByteArray::fromHex("3C2AF4BFF51B")), u"3c:2a:f4:bf:f5:1b"_qs);
        QCOMPARE(macText(QByteArray::fromHex("3C2AF4BF")), QString());
    }

    void numbers()
    {
        VarBind counter;
        counter.type = ValueType::Counter64;
        counter.unsignedValue = 0xFFFFFFFFFFFFFFFFull;
        QVERIFY(!counter.toInt()); // does not fit: no silent wrap to -1
        counter.unsignedValue = 5000000000ull;
        QCOMPARE(counter.toInt().value(), qint64(5000000000ll));
        VarBind text;
        text.type = ValueType::OctetString;
        text.bytes = "12";
        QVERIFY(!text.toInt());
    }
};

QTEST_GUILESS_MAIN(TestOid)
#include "tst_oid.moc"
