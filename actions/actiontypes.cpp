// SPDX-License-Identifier: GPL-3.0-or-later
#include "actions/actiontypes.h"

#include <QCoreApplication>

namespace Printwatch::Actions {

QString testPageProtocolKey(TestPageProtocol protocol)
{
    switch (protocol) {
    case TestPageProtocol::Raw9100:
        return QStringLiteral("raw");
    case TestPageProtocol::Lpr:
        return QStringLiteral("lpr");
    case TestPageProtocol::Ipp:
        return QStringLiteral("ipp");
    }
    return QStringLiteral("raw");
}

std::optional<TestPageProtocol> testPageProtocolFromKey(const QString &key)
{
    for (TestPageProtocol p : {TestPageProtocol::Raw9100, TestPageProtocol::Lpr, TestPageProtocol::Ipp}) {
        if (testPageProtocolKey(p) == key)
            return p;
    }
    return std::nullopt;
}

QString outcomeKey(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Ok:
        return QStringLiteral("ok");
    case Outcome::Failed:
        return QStringLiteral("failed");
    case Outcome::Refused:
        return QStringLiteral("refused");
    case Outcome::Cancelled:
        return QStringLiteral("cancelled");
    }
    return QStringLiteral("failed");
}

QString outcomeText(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Ok:
        return QCoreApplication::translate("Actions", "Done");
    case Outcome::Failed:
        return QCoreApplication::translate("Actions", "Failed");
    case Outcome::Refused:
        return QCoreApplication::translate("Actions", "Refused");
    case Outcome::Cancelled:
        return QCoreApplication::translate("Actions", "Cancelled");
    }
    return {};
}

} // namespace Printwatch::Actions
