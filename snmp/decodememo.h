// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Per-thread memos for the decoders. A fleet has a few models and a poll reads thousands of
// printers: most printer strings (supply and tray names, sysDescr, model), the provenance OIDs
// and the profile patterns' inputs are the same bytes read after read. Decoding them once per
// thread and handing out shared copies saves the decoding, the allocations and, where the result
// is freed, the frees (a shared QString is released by a reference count). A memo only ever
// returns what the function it stands for returns for the same input.

#include "snmp/oid.h"
#include "snmp/printerstrings.h"
#include "snmp/varbind.h"

#include <QByteArray>
#include <QHash>
#include <QRegularExpression>
#include <QString>

namespace Printwatch::Snmp::Memo {

// A bounded map: when it holds `Limit` entries it starts again empty. Values unique to a printer
// (serials, MACs) would otherwise grow it without end; the shared ones come back after one read.
template<typename Key, typename Value, qsizetype Limit = 4096>
class Bounded
{
public:
    // `keep` makes the key the map keeps from the key looked up.
    template<typename Make, typename Keep>
    const Value &get(const Key &key, Make make, Keep keep)
    {
        const auto hit = m_map.constFind(key);
        if (hit != m_map.cend())
            return hit.value();
        if (m_map.size() >= Limit)
            m_map.clear();
        return m_map.insert(keep(key), make()).value();
    }
    template<typename Make>
    const Value &get(const Key &key, Make make)
    {
        return get(key, make, [](const Key &same) -> const Key & { return same; });
    }

private:
    QHash<Key, Value> m_map;
};

// The key's own copy of printer bytes: made on this thread (the varbinds belong to the engine's
// thread, which frees them; a key sharing their buffer would free it here, later).
inline QByteArray ownCopy(const QByteArray &bytes)
{
    return QByteArray(bytes.constData(), bytes.size());
}

// decodePrinterString(bytes).
inline const PrinterText &printerString(const QByteArray &bytes)
{
    thread_local Bounded<QByteArray, PrinterText> memo;
    return memo.get(bytes, [&bytes] { return decodePrinterString(bytes); }, ownCopy);
}

// decodeText(bytes), what VarBind::toText gives an OCTET STRING or Opaque.
inline const QString &text(const QByteArray &bytes)
{
    thread_local Bounded<QByteArray, QString> memo;
    return memo.get(bytes, [&bytes] { return decodeText(bytes); }, ownCopy);
}

// bind.toText().
inline QString varText(const VarBind &bind)
{
    return bind.type == ValueType::OctetString || bind.type == ValueType::Opaque ? text(bind.bytes) : bind.toText();
}

// A printer string's shown text: decodePrinterString for an OCTET STRING, else bind.toText().
inline QString printerText(const VarBind &bind)
{
    return bind.type == ValueType::OctetString ? printerString(bind.bytes).text : bind.toText();
}

// oid.toString(): the provenance of every value (source OIDs) is a dotted OID.
inline const QString &oidText(const Oid &oid)
{
    thread_local Bounded<Oid, QString> memo;
    return memo.get(oid, [&oid] { return oid.toString(); });
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

inline const Match &match(const QRegularExpression &pattern, const QString &text)
{
    // Keyed by the pattern's text and options, not its address: profiles are loaded and freed.
    thread_local Bounded<std::pair<std::pair<QString, int>, QString>, Match> memo;
    return memo.get({{pattern.pattern(), int(pattern.patternOptions())}, text}, [&pattern, &text] {
        const QRegularExpressionMatch found = pattern.match(text);
        Match result;
        result.matched = found.hasMatch();
        if (result.matched)
            result.value = found.captured(found.lastCapturedIndex() >= 1 ? 1 : 0);
        return result;
    });
}

} // namespace Printwatch::Snmp::Memo
