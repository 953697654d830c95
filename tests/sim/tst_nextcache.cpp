// SPDX-License-Identifier: GPL-3.0-or-later
// The GETNEXT position cache must always give what Profile::lowerBound gives: for entry OIDs,
// prefixes, OIDs between entries, past the end, keys longer than it keeps, across profiles whose
// keys collide in its slots, and after a slot was taken by another profile.

#include "sim/nextcache.h"
#include "sim/profiles.h"

#include <QTest>

#include <vector>

using namespace Printwatch::Sim;

class TestNextCache : public QObject
{
    Q_OBJECT

private slots:
    void sameAsTheBinarySearch()
    {
        std::vector<std::shared_ptr<const Profile>> profiles = printerProfiles();
        profiles.push_back(switchProfile());
        QVERIFY(profiles.size() >= 2);
        std::vector<std::vector<std::uint32_t>> keys{{}, {1}, {1, 3, 6, 1, 2, 1, 43}, {2}, {0xFFFFFFFFu}};
        for (const auto &profile : profiles) {
            for (const ProfileEntry &entry : profile->entries) {
                std::vector<std::uint32_t> key(entry.oid.begin(), entry.oid.end());
                keys.push_back(key);
                if (key.size() > 1)
                    keys.emplace_back(key.begin(), key.end() - 1); // a column or table prefix
                key.push_back(0);
                keys.push_back(key); // between this entry and the next
                std::vector<std::uint32_t> longKey = key;
                longKey.resize(60, 7); // longer than the cache keeps
                keys.push_back(longKey);
            }
        }
        NextCache cache;
        int hits = 0;
        // Three passes, profiles interleaved, so that slots are filled, hit, and taken over.
        for (int pass = 0; pass < 3; ++pass) {
            for (const auto &key : keys) {
                for (const auto &profile : profiles) {
                    const std::size_t expected = profile->lowerBound(key.data(), key.size(), false);
                    QCOMPARE(cache.next(profile, key.data(), key.size()), expected);
                    QCOMPARE(cache.next(profile, key.data(), key.size()), expected); // the same slot again
                    ++hits;
                }
            }
        }
        QVERIFY(hits > 1000);
    }

    void aProfileAtAReusedAddressIsNotConfused()
    {
        // The cache holds its profiles: one made, asked, and dropped by its owner cannot be freed
        // and replaced by another at the same address while a slot remembers it.
        NextCache cache;
        const std::vector<std::uint32_t> key{1, 3, 6, 1, 2, 1, 1, 5, 0};
        std::weak_ptr<const Profile> weak;
        {
            auto profile = std::make_shared<Profile>(*printerProfiles().front());
            const std::shared_ptr<const Profile> shared = profile;
            weak = shared;
            QCOMPARE(cache.next(shared, key.data(), key.size()), shared->lowerBound(key.data(), key.size(), false));
        }
        QVERIFY(!weak.expired());
    }
};

QTEST_GUILESS_MAIN(TestNextCache)
#include "tst_nextcache.moc"
