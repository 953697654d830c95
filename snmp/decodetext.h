// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The decoders' text helpers: a printer string's shown text, a value's text, a provenance OID's
// dotted text, a static key's QString and a profile pattern's match, each as the decoders take it.
//
// Session 5 tried per-thread memos here (maps from the raw bytes, OIDs and pattern inputs to their
// decoded results): fewer instructions at 1,000 printers under callgrind, but at 10,000 printers
// the bounded maps kept emptying and refilling with the values unique to each printer (serials,
// names), and the hash lookups, key copies and shared reference counts cost more CPU time than
// the decoding they saved (idle A/B, warm v2c round: poller 0.50 CPU-s without, 0.56-0.61 with).
// Only the static keys keep a memo: a fixed set of literals, found by address.

#include "snmp/oid.h"
#include "snmp/printerstrings.h"
#include "snmp/varbind.h"

#include <QHash>
#include <QRegularExpression>
#include <QString>

#include <algorithm>

namespace Printwatch::Snmp::DecodeText {

inline PrinterText printerString(const QByteArray &bytes)
{
    return decodePrinterString(bytes);
}

// bind.toText().
inline QString varText(const VarBind &bind)
{
    return bind.toText();
}

// A printer string's shown text: decodePrinterString for an OCTET STRING, else bind.toText().
inline QString printerText(const VarBind &bind)
{
    return bind.type == ValueType::OctetString ? decodePrinterString(bind.bytes).text : bind.toText();
}

// The provenance of every value (source OIDs) is a dotted OID.
inline QString oidText(const Oid &oid)
{
    return oid.toString();
}

// oidText of a table column's cell: the column's dotted text (made once per column, e.g. a
// function-local static) then the cell's index. The same text as oidText(column.appended(index)),
// without building the OID or converting the column's sub-identifiers again for every cell.
inline QString oidText(const QString &columnText, const quint32 *index, qsizetype size)
{
    return Oid::dottedText(columnText, index, size);
}

// The text of a key in the decoders' static tables ("toner", "percent", "lowPaper"): one string
// per thread shared by every reading, instead of a new one (an allocation and a free) each time.
inline const QString &latin1(const char *key)
{
    thread_local QHash<const char *, QString> memo; // the tables' literals: a fixed, small set
    auto it = memo.find(key);
    if (it == memo.end())
        it = memo.insert(key, QString::fromLatin1(key));
    return it.value();
}

// One regular expression's match of one text: whether it matched, and its first capture group
// (or the whole match when there is none), as the decoders take it.
struct Match
{
    bool matched = false;
    QString value;
};

inline Match match(const QRegularExpression &pattern, const QString &text)
{
    const QRegularExpressionMatch found = pattern.match(text);
    Match result;
    result.matched = found.hasMatch();
    if (result.matched)
        result.value = found.captured(found.lastCapturedIndex() >= 1 ? 1 : 0);
    return result;
}

} // namespace Printwatch::Snmp::DecodeText
