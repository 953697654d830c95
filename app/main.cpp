// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/application.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

#include <cstdio>

using namespace Printwatch;

namespace {

void installTranslators(QApplication &app, const QString &language)
{
    QLocale locale = language.isEmpty() ? QLocale() : QLocale(language);
    if (locale.language() == QLocale::C)
        locale = QLocale(QLocale::English); // plain "C" (no LANG) still gets English plurals
    if (!language.isEmpty())
        QLocale::setDefault(locale); // numbers, dates and times follow the chosen language too
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(qt);
    auto *ours = new QTranslator(&app);
    if (ours->load(locale, QStringLiteral("printwatch"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(ours);
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Printwatch"));
    QApplication::setOrganizationName(QStringLiteral("Printwatch"));
    QApplication::setApplicationVersion(QStringLiteral(PRINTWATCH_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Watch and manage a fleet of network printers."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(QStringLiteral("demo"),
                                  QStringLiteral("Start on a simulated demo fleet on loopback addresses."));
    const QCommandLineOption demoPrinters(QStringLiteral("demo-printers"),
                                          QStringLiteral("How many printers the demo fleet has (default 36)."),
                                          QStringLiteral("N"), QStringLiteral("36"));
    const QCommandLineOption db(QStringLiteral("db"), QStringLiteral("The database file to use."), QStringLiteral("PATH"));
    const QCommandLineOption interval(QStringLiteral("poll-interval"),
                                      QStringLiteral("Seconds between poll rounds."), QStringLiteral("SECONDS"));
    const QCommandLineOption language(QStringLiteral("lang"), QStringLiteral("Language, e.g. en or nb."),
                                      QStringLiteral("CODE"));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                        QStringLiteral("Save a picture of the window to FILE and quit."),
                                        QStringLiteral("FILE"));
    const QCommandLineOption screenshotDelay(QStringLiteral("screenshot-delay"),
                                             QStringLiteral("Milliseconds to wait before the screenshot (default 6000)."),
                                             QStringLiteral("MS"), QStringLiteral("6000"));
    const QCommandLineOption screenshotDiscovery(QStringLiteral("screenshot-discovery"),
                                                 QStringLiteral("Picture the discovery dialog instead."));
    const QCommandLineOption page(QStringLiteral("page"),
                                  QStringLiteral("Open on this page: %1.").arg(App::Application::pageNames().join(QStringLiteral(", "))),
                                  QStringLiteral("NAME"));
    parser.addOptions({demo, demoPrinters, db, interval, language, screenshot, screenshotDelay, screenshotDiscovery, page});
    parser.process(app);
    if (parser.isSet(page) && !App::Application::pageNames().contains(parser.value(page))) {
        std::fprintf(stderr, "printwatch: unknown page %s (one of %s)\n", qPrintable(parser.value(page)),
                     qPrintable(App::Application::pageNames().join(QStringLiteral(", "))));
        return 2;
    }

    // The language chosen in Settings, unless --lang overrides it for this run.
    const QString chosen = parser.isSet(language) ? parser.value(language)
                                                  : QSettings().value(QStringLiteral("ui/language")).toString();
    installTranslators(app, chosen);

    App::Options options;
    options.demo = parser.isSet(demo);
    options.demoPrinters = qBound(1, parser.value(demoPrinters).toInt(), 250);
    options.databasePath = parser.value(db);
    options.pollIntervalSeconds = parser.value(interval).toInt();
    options.screenshotPath = parser.value(screenshot);
    options.screenshotDelayMs = parser.value(screenshotDelay).toInt();
    options.screenshotDiscovery = parser.isSet(screenshotDiscovery);
    options.page = parser.value(page);

    App::Application application;
    if (auto started = application.start(options); !started) {
        std::fprintf(stderr, "printwatch: %s\n", qPrintable(started.error()));
        return 1;
    }
    return QApplication::exec();
}
