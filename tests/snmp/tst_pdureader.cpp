// SPDX-License-Identifier: GPL-3.0-or-later
// readResponsePdu overwrites the varbinds of the list recycleVarBinds() handed back (the engine
// returns every answer's list after the walks moved its rows out) instead of building new ones:
// whatever the last answer left in a slot (a string, an OID value, a number, a longer name) must
// never show through. Answers are encoded by net-snmp (snmp_build) and compared with snmp_parse.
#include "snmp/pducodec.h"

#include "netsnmpmessages.h"

#include <QTest>

#include <cstdlib>
#include <cstring>

#include <net-snmp/net-snmp-config.h>
#include <net-snmp/net-snmp-includes.h>

using namespace Printwatch;
using namespace Printwatch::Snmp;
using namespace Printwatch::Snmp::TestMessages;

namespace {

// `values` turned by `shift` places and cut to `count`: each slot gets another type than before.
QList<Value> rotated(const QList<Value> &values, qsizetype shift, qsizetype count)
{
    QList<Value> out;
    for (qsizetype i = 0; i < count; ++i)
        out.append(values.at((i + shift) % values.size()));
    return out;
}

} // namespace

class TestPduReader : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { initNetSnmp(); }

    // Answer after answer through one recycled list, with every type landing in every slot after
    // every other, shorter and longer answers, and some varbinds moved out as the walks do.
    void recycledListsNeverLeakTheLastAnswer()
    {
        const QList<Value> types = everyType();
        int decodedAnswers = 0;
        for (const long version : {long(SNMP_VERSION_2c), long(SNMP_VERSION_1)}) {
            for (qsizetype shift = 0; shift < types.size(); ++shift) {
                for (const qsizetype count : {types.size(), qsizetype(3), types.size() - 1, qsizetype(1)}) {
                    const QByteArray datagram =
                        encodeResponse(version, rotated(types, shift, count), 1000 + shift, 0, 0);
                    QVERIFY(!datagram.isEmpty());
                    auto decoded = decodeMessage(datagram);
                    QVERIFY2(decoded.ok(), qPrintable(decoded.ok() ? QString() : decoded.error()));
                    const QList<VarBind> reference = referenceDecode(datagram);
                    QCOMPARE(reference.size(), count);
                    QCOMPARE(decoded->varBinds.size(), count);
                    for (qsizetype i = 0; i < count; ++i)
                        QVERIFY2(decoded->varBinds.at(i) == reference.at(i),
                                 qPrintable(QStringLiteral("shift %1 count %2 slot %3: %4, expected %5")
                                                .arg(shift)
                                                .arg(count)
                                                .arg(i)
                                                .arg(decoded->varBinds.at(i).toDebugString(),
                                                     reference.at(i).toDebugString())));
                    // As multiWalkReply does: some rows moved out, the rest left, the list handed back.
                    // Which slots are taken varies with the shift, so every type is left behind somewhere.
                    QList<VarBind> rows;
                    for (qsizetype i = shift % 3; i < count; i += 3)
                        rows.append(std::move(decoded->varBinds[i]));
                    recycleVarBinds(std::move(decoded->varBinds));
                    ++decodedAnswers;
                }
            }
        }
        QCOMPARE(decodedAnswers, 2 * int(everyType().size()) * 4);
    }

    // A list still shared with a reader (a copy kept by a callback) is not overwritten under it.
    void aSharedListIsNotOverwritten()
    {
        const QList<Value> types = everyType();
        const QByteArray first = encodeResponse(SNMP_VERSION_2c, types, 1, 0, 0);
        const QByteArray second = encodeResponse(SNMP_VERSION_2c, rotated(types, 5, types.size()), 2, 0, 0);
        auto decoded = decodeMessage(first);
        QVERIFY(decoded.ok());
        const QList<VarBind> kept = decoded->varBinds; // shares the list's data
        recycleVarBinds(std::move(decoded->varBinds));
        const auto next = decodeMessage(second);
        QVERIFY(next.ok());
        QCOMPARE(kept, referenceDecode(first));
        QCOMPARE(next->varBinds, referenceDecode(second));
    }

    // An OBJECT IDENTIFIER value lives out of line (OidValue): each varbind owns its own, a copy
    // is deep, a move leaves the source empty, and the empty value reads as an empty Oid.
    void oidValuesAreOwnedPerVarBind()
    {
        const Oid printer{1, 3, 6, 1, 2, 1, 25, 3, 1, 5};
        const Oid longer{1, 3, 6, 1, 4, 1, 11, 2, 3, 9, 1, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10}; // past the inline parts
        VarBind bind;
        QVERIFY(bind.oidValue.isEmpty());
        QCOMPARE(static_cast<const Oid &>(bind.oidValue), Oid());
        bind.oidValue = printer;
        QVERIFY(bind.oidValue == printer);
        QCOMPARE(bind.oidValue.last(), 5u);
        VarBind copy = bind;
        QVERIFY(copy.oidValue == printer);
        copy.oidValue = longer;
        QVERIFY(bind.oidValue == printer); // the copy did not share the original's value
        QVERIFY(copy.oidValue == longer);
        QCOMPARE(copy.oidValue.toString(), longer.toString());
        QVERIFY(!(copy == bind));
        copy.oidValue = printer;
        QVERIFY(copy == bind);
        VarBind moved = std::move(copy);
        QVERIFY(moved.oidValue == printer);
        QVERIFY(copy.oidValue.isEmpty()); // NOLINT(bugprone-use-after-move): moved-from state is specified
        moved.oidValue = Oid();
        QVERIFY(moved.oidValue.isEmpty());
        QCOMPARE(moved.oidValue.size(), 0);
        QVERIFY(bind.oidValue == printer);
    }
};

QTEST_GUILESS_MAIN(TestPduReader)
#include "tst_pdureader.moc"
