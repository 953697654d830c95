// SPDX-License-Identifier: GPL-3.0-or-later
// net-snmp's engine-time cache with Printwatch's bucket hash in place: the replacement is what
// net-snmp calls, it spreads engine IDs like the simulator's over the buckets, and the cache's
// own set/get/free still keep each engine's clock apart.
#include "netsnmp/enginetimehash.h"

#include <QTest>

#include <net-snmp/net-snmp-config.h>
#include <net-snmp/net-snmp-includes.h>
#include <net-snmp/library/lcd_time.h>

#include <sys/time.h>

#include <array>
#include <cstdint>
#include <cstring>
#include <ctime>
#include <random>
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

// The bucket as the hash was first written (the tail bytes memcpy'd into a word): the tail now
// shifted into place must choose the same buckets on this little-endian machine.
int memcpyTailBucket(const u_char *id, u_int length)
{
    std::uint64_t hash = 0x9E3779B97F4A7C15ull ^ length;
    u_int at = 0;
    for (; at + 8 <= length; at += 8) {
        std::uint64_t word;
        std::memcpy(&word, id + at, sizeof word);
        hash = (hash ^ word) * 0xFF51AFD7ED558CCDull;
        hash ^= hash >> 32;
    }
    if (at < length) {
        std::uint64_t word = 0;
        std::memcpy(&word, id + at, length - at);
        hash = (hash ^ word) * 0xFF51AFD7ED558CCDull;
        hash ^= hash >> 32;
    }
    hash ^= hash >> 29;
    return int(hash % ETIMELIST_SIZE);
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

    // net-snmp's callers get the coarse clock: it tracks CLOCK_MONOTONIC (the same base, at most a
    // tick or so behind, never ahead), never goes backwards, and USM's engine time in seconds
    // (snmpv3_local_snmpEngineTime, which net-snmp computes from this clock) moves with it.
    void netSnmpReadsTheCoarseClock()
    {
        QVERIFY(NetSnmp::coarseMonotonicClockActive());
        const auto micros = [](const timeval &tv) { return qint64(tv.tv_sec) * 1000000 + tv.tv_usec; };
        timeval last{};
        ::netsnmp_get_monotonic_clock(&last);
        for (int i = 0; i < 2000; ++i) {
            timespec tickBefore{};
            QCOMPARE(clock_gettime(CLOCK_MONOTONIC_COARSE, &tickBefore), 0);
            timeval coarse{};
            ::netsnmp_get_monotonic_clock(&coarse);
            timespec tickAfter{};
            QCOMPARE(clock_gettime(CLOCK_MONOTONIC_COARSE, &tickAfter), 0);
            timespec precise{}; // read after: the coarse time cannot be later
            QCOMPARE(clock_gettime(CLOCK_MONOTONIC, &precise), 0);
            const qint64 preciseMicros = qint64(precise.tv_sec) * 1000000 + precise.tv_nsec / 1000;
            QVERIFY(coarse.tv_usec >= 0 && coarse.tv_usec < 1000000);
            // Between the coarse clock read around it (CLOCK_MONOTONIC is ahead of those by up to a tick).
            const auto tickMicros = [](const timespec &ts) { return qint64(ts.tv_sec) * 1000000 + ts.tv_nsec / 1000; };
            QVERIFY2(micros(coarse) >= tickMicros(tickBefore) && micros(coarse) <= tickMicros(tickAfter),
                     qPrintable(QStringLiteral("%1 us not within the tick's %2..%3 us")
                                    .arg(micros(coarse)).arg(tickMicros(tickBefore)).arg(tickMicros(tickAfter))));
            QVERIFY(micros(coarse) >= micros(last));
            // Behind by at most a tick (1-10 ms) plus scheduling: 100 ms is loose enough for a loaded CI.
            QVERIFY2(micros(coarse) <= preciseMicros + 1 && preciseMicros - micros(coarse) < 100000,
                     qPrintable(QStringLiteral("coarse %1 us, precise %2 us").arg(micros(coarse)).arg(preciseMicros)));
            last = coarse;
        }
        const u_int before = snmpv3_local_snmpEngineTime();
        QTest::qWait(1100);
        const u_int after = snmpv3_local_snmpEngineTime();
        QVERIFY2(after >= before + 1 && after <= before + 30,
                 qPrintable(QStringLiteral("%1 -> %2").arg(before).arg(after)));
    }

    void tailBytesChooseTheSameBuckets()
    {
        static_assert(Q_BYTE_ORDER == Q_LITTLE_ENDIAN, "the reference reads the tail as a little-endian word");
        std::mt19937 random(20261124);
        std::array<u_char, 40> id{};
        for (int round = 0; round < 20000; ++round) {
            const u_int length = 1 + u_int(random() % 32);
            for (u_int i = 0; i < length; ++i)
                id[i] = u_char(random());
            QCOMPARE(NetSnmp::engineTimeBucket(id.data(), length), memcpyTailBucket(id.data(), length));
        }
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
