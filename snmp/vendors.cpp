// SPDX-License-Identifier: GPL-3.0-or-later
#include "snmp/vendors.h"

namespace Printwatch::Snmp {

namespace {
struct Vendor
{
    quint32 enterprise;
    const char *name;
};

// IANA private enterprise numbers of printer makers (https://www.iana.org/assignments/enterprise-numbers).
constexpr Vendor kVendors[] = {
    {11, "HP"},      {236, "Samsung"}, {253, "Xerox"},   {297, "Fujifilm"}, {367, "Ricoh"},
    {641, "Lexmark"}, {674, "Dell"},   {1129, "Toshiba"}, {1248, "Epson"},  {1347, "Kyocera"},
    {1602, "Canon"}, {2001, "OKI"},    {2385, "Sharp"},   {2435, "Brother"}, {10642, "Zebra"},
    {18334, "Konica Minolta"},
};

struct Brand
{
    const char *needle; // lower-case, as it appears in sysDescr
    const char *name;
};

constexpr Brand kBrands[] = {
    {"hewlett-packard", "HP"}, {"jetdirect", "HP"},      {"laserjet", "HP"},         {"brother", "Brother"},
    {"xerox", "Xerox"},        {"ricoh", "Ricoh"},       {"kyocera", "Kyocera"},     {"canon", "Canon"},
    {"lexmark", "Lexmark"},    {"konica", "Konica Minolta"}, {"sharp", "Sharp"},     {"epson", "Epson"},
    {"oki", "OKI"},            {"samsung", "Samsung"},   {"toshiba", "Toshiba"},     {"dell", "Dell"},
    {"zebra", "Zebra"},        {"fuji", "Fujifilm"},     {"develop", "Develop"},     {"utax", "UTAX"},
    {"lanier", "Lanier"},      {"gestetner", "Gestetner"}, {"savin", "Savin"},       {"nrg", "NRG"},
};
} // namespace

quint32 enterpriseNumber(const Oid &sysObjectId)
{
    static const Oid enterprises{1, 3, 6, 1, 4, 1};
    if (!enterprises.contains(sysObjectId))
        return 0;
    return sysObjectId.at(enterprises.size());
}

QString vendorForEnterprise(quint32 enterprise)
{
    for (const Vendor &vendor : kVendors) {
        if (vendor.enterprise == enterprise)
            return QLatin1String(vendor.name);
    }
    return {};
}

QString vendorFromDescription(const QString &sysDescr)
{
    const QString text = sysDescr.toLower();
    for (const Brand &brand : kBrands) {
        const QLatin1String needle(brand.needle);
        qsizetype at = text.indexOf(needle);
        while (at >= 0) {
            // Whole words only: "oki" must not match "smoking", "dell" not "modell".
            const bool startOk = at == 0 || !text.at(at - 1).isLetter();
            const qsizetype end = at + needle.size();
            const bool endOk = end >= text.size() || !text.at(end).isLetter();
            if (startOk && endOk)
                return QLatin1String(brand.name);
            at = text.indexOf(needle, at + 1);
        }
    }
    return {};
}

} // namespace Printwatch::Snmp
