// SPDX-License-Identifier: GPL-3.0-or-later
// net-snmp's engine-time cache with Printwatch's bucket hash in place: the replacement is what
// net-snmp calls, it spreads engine IDs like the simulator's over the buckets, and the cache's
// own set/get/free still keep each engine's clock apart.
#include "netsnmp/enginetimehash.h"

#include <QTest>

#include <net-snmp/net-snmp-config.h>
#include <net-snmp/net-snmp-includes.h>
#include <net-snmp/library/lcd_time.h>

#include <array>
#include <set>
#include <vector>

using namespace Printwatch;

namespace {

// The layout printwatch-sim uses: enterprise 8072, format 5, four seed bytes, then the index.
std::array<u_char, 13> simEngineId(std::uint32_t index)
{
    std::array<u_char, 13> id{0x80, 0x00, 0x1f, 0x88, 0x05, 0x12, 0x34, 0x56, 0x78, 0, 0, 0, 0};
    for (int i = 0; i < 4; ++i)
        id[std::size_t(9 + i)] = u_char(index >> (24 - 8 * i));
    return id;
}

} // namespace

class TestEngineTimeHash : public QObject
{
    Q_OBJECT

private slots:
    void netSnmpCallsTheReplacement()
    {
        QVERIFY(NetSnmp::fastEngineTimeHashActive());
        const auto id = simEngineId(7);
        QCOMPARE(::hash_engineID(id.data(), u_int(id.size())), NetSnmp::engineTimeBucket(id.data(), u_int(id.size())));
    }

    void bucketsAreStableAndInRange()
    {
        QCOMPARE(NetSnmp::engineTimeBucket(nullptr, 0), SNMPERR_GENERR);
        const auto id = simEngineId(1);
        QCOMPARE(NetSnmp::engineTimeBucket(id.data(), 0), SNMPERR_GENERR);
        std::set<int> used;
        for (std::uint32_t i = 0; i < 1000; ++i) {
            const auto e = simEngineId(i);
            const int bucket = NetSnmp::engineTimeBucket(e.data(), u_int(e.size()));
            QVERIFY(bucket >= 0 && bucket < ETIMELIST_SIZE);
            QCOMPARE(NetSnmp::engineTimeBucket(e.data(), u_int(e.size())), bucket);
            used.insert(bucket);
        }
        // Consecutive indexes must not pile into a few lists (every lookup walks its list).
        QCOMPARE(int(used.size()), ETIMELIST_SIZE);
    }

    void cacheKeepsEachEnginesClock()
    {
        constexpr std::uint32_t count = 500;
        for (std::uint32_t i = 0; i < count; ++i) {
            const auto e = simEngineId(i);
            QCOMPARE(set_enginetime(e.data(), u_int(e.size()), i + 1, 1000 + i, TRUE), SNMPERR_SUCCESS);
        }
        for (std::uint32_t i = 0; i < count; ++i) {
            const auto e = simEngineId(i);
            u_int boots = 0;
            u_int time = 0;
            QCOMPARE(get_enginetime(e.data(), u_int(e.size()), &boots, &time, TRUE), SNMPERR_SUCCESS);
            QCOMPARE(boots, i + 1);
            QVERIFY2(time >= 1000 + i && time <= 1000 + i + 5, qPrintable(QString::number(time)));
        }
        // free_enginetime empties the engine's whole bucket (net-snmp's behaviour): that engine is gone.
        auto gone = simEngineId(3);
        free_enginetime(gone.data(), gone.size());
        u_int boots = 0;
        u_int time = 0;
        QVERIFY(get_enginetime(gone.data(), u_int(gone.size()), &boots, &time, TRUE) != SNMPERR_SUCCESS);
        free_etimelist();
    }
};

QTEST_GUILESS_MAIN(TestEngineTimeHash)
#include "tst_enginetimehash.moc"
