// SPDX-License-Identifier: GPL-3.0-or-later
// The Norwegian translation reaches what each layer says at run time. A message is found by its
// context, and the context lupdate files a string under (the class whose member calls tr(), or
// the namespace of a free function) must be the one the code asks for: when a layer's own tr()
// helper named another context, its translated messages were never shown (storage, auth and
// actions errors stayed English). One message per layer and kind of caller, through the code
// that a user meets, with the release build's printwatch_nb.qm.
#include "actions/testpage.h"
#include "auth/access.h"
#include "core/targetlist.h"
#include "models/statusevents.h"
#include "snmp/walkfile.h"
#include "storage/database.h"

#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

#include <functional>

using namespace Printwatch;

class TestTranslations : public QObject
{
    Q_OBJECT

    QTranslator m_norwegian;

    // `say` once in English (no translator) and once in Norwegian: the two must differ.
    void expectTranslated(const std::function<QString()> &say)
    {
        const QString english = say();
        QVERIFY(QCoreApplication::installTranslator(&m_norwegian));
        const QString norwegian = say();
        QCoreApplication::removeTranslator(&m_norwegian);
        QVERIFY(!english.isEmpty());
        QVERIFY2(norwegian != english, qPrintable(QStringLiteral("still English: ") + english));
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString qm = QStringLiteral(PRINTWATCH_BINARY_DIR "/app/printwatch_nb.qm");
        QVERIFY2(m_norwegian.load(qm), qPrintable(qm));
    }

    void storageClassMember() // Database::open's error (Q_DECLARE_TR_FUNCTIONS)
    {
        QTemporaryDir dir;
        expectTranslated([&dir] {
            const auto db = Storage::Database::open(dir.filePath(QStringLiteral("missing/dir/fleet.db")));
            return db.ok() ? QString() : db.error();
        });
    }

    void authFreeFunction() { expectTranslated([] { return Auth::roleText(Auth::Role::Viewer); }); }

    void actionsFreeFunction()
    {
        expectTranslated([] {
            return Actions::testPageLines({QStringLiteral("p"), QStringLiteral("127.0.0.1"), QStringLiteral("u"),
                                           QStringLiteral("raw 9100"), QDateTime::currentDateTime()})
                .join(QLatin1Char('\n'));
        });
    }

    void coreParseError()
    {
        expectTranslated([] {
            const auto targets = Core::parseTargets(QStringLiteral("10.0.0.300"));
            return targets.ok() ? QString() : targets.error();
        });
    }

    void snmpFreeFunction()
    {
        expectTranslated([] {
            const auto walk = Snmp::parseWalk("this is not a walk\n", QStringLiteral("x.walk"));
            return walk.ok() ? QString() : walk.error();
        });
    }

    void modelsFreeFunction()
    {
        expectTranslated([] {
            Core::PrinterSummary now;
            now.status = Core::DeviceStatus::Down;
            now.detectedErrorState = 0x0400;
            const auto events = Models::statusEvents(Models::StatusMark{Core::DeviceStatus::Idle}, now);
            return events.isEmpty() ? QString() : events.constFirst().message;
        });
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
