// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sim/snmpvalue.h"

#include <net-snmp/net-snmp-config.h>
#include <net-snmp/net-snmp-includes.h>

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <memory>
#include <vector>

namespace Printwatch::Sim {

// Reply varbinds the agent owns and reuses: net-snmp encodes them but never frees them.
// Letting net-snmp allocate a netsnmp_variable_list per answered value (about 1 KB, zeroed) and
// walk the list to append it was a fifth of the simulator's CPU with 64-varbind answers.
struct ReplyPool
{
    struct Slot
    {
        netsnmp_variable_list vb{};
        SnmpValue value;        // keeps the bytes val.string points at alive until the build
        std::vector<oid> objid; // val.objid of an OBJECT IDENTIFIER value
        std::int32_t entry = -1; // the profile entry whose name this is (see ReplyEncoder)
        bool entryValue = false; // ... and whose static value it is
        // A profile entry's own name and value not copied into `vb` yet: ReplyEncoder copies the
        // entry's cached encoding and never reads them, so copying each name into net-snmp's
        // varbind (a tenth of the simulator's v2c instructions) waits until something reads `vb`.
        const Oid *lazyName = nullptr;
        const SnmpValue *lazyValue = nullptr;
        // An exception under a request's name: that name as net-snmp encodes it (RequestParser).
        const unsigned char *encodedName = nullptr;
        std::size_t encodedNameLength = 0;
        bool encodedWhole = false; // encodedName is the whole varbind (RequestParser::encodedException)
    };
    std::vector<std::unique_ptr<Slot>> pool; // stable addresses: the reply links into them
    std::size_t used = 0;
    netsnmp_variable_list *tail = nullptr;
    bool linked = false; // the reply's varbinds are slots (else net-snmp's own, or none)

    void begin(netsnmp_pdu *reply)
    {
        used = 0;
        tail = nullptr;
        linked = false;
        reply->variables = nullptr;
    }

    Slot &append(netsnmp_pdu *reply)
    {
        if (used == pool.size())
            pool.push_back(std::make_unique<Slot>());
        Slot &slot = *pool[used++];
        slot.vb.next_variable = nullptr;
        slot.entry = -1;
        slot.entryValue = false;
        slot.lazyName = nullptr;
        slot.lazyValue = nullptr;
        slot.encodedName = nullptr;
        slot.encodedNameLength = 0;
        slot.encodedWhole = false;
        if (tail)
            tail->next_variable = &slot.vb;
        else
            reply->variables = &slot.vb;
        linked = true;
        tail = &slot.vb;
        return slot;
    }

    template<typename Part>
    static void setName(netsnmp_variable_list &vb, const Part *name, std::size_t length)
    {
        length = std::min<std::size_t>(length, MAX_OID_LEN);
        std::copy_n(name, length, vb.name_loc);
        vb.name = vb.name_loc;
        vb.name_length = length;
    }

    // The value of the slot the next append takes: a computed value is written here in place
    // (no copies on its way into the reply), then added with addPending().
    SnmpValue &pending()
    {
        if (used == pool.size())
            pool.push_back(std::make_unique<Slot>());
        return pool[used]->value;
    }

    // Appends the pending slot with the value pending() returned, under `name`.
    void addPending(netsnmp_pdu *reply, const Oid &name, std::int32_t entry = -1)
    {
        Slot &slot = append(reply);
        fill(slot, name, slot.value);
        slot.entry = entry;
    }

    // A computed value: the slot keeps it alive until the build. `entry`: the profile entry
    // whose OID `name` is (its encoding is cached), or -1.
    void addValue(netsnmp_pdu *reply, const Oid &name, SnmpValue &&value, std::int32_t entry = -1)
    {
        Slot &slot = append(reply);
        slot.value = std::move(value);
        fill(slot, name, slot.value);
        slot.entry = entry;
    }

    // A profile's own value, which outlives the request (the fleet's read lock is held); `entry`
    // is its index in the profile when name and value are the entry's own (its encoding is cached).
    // Such a varbind's `vb` holds its name and value only after materialize().
    void addValue(netsnmp_pdu *reply, const Oid &name, const SnmpValue &stable, std::int32_t entry = -1)
    {
        Slot &slot = append(reply);
        slot.entry = entry;
        slot.entryValue = entry >= 0;
        if (entry >= 0) {
            slot.lazyName = &name;
            slot.lazyValue = &stable;
        } else {
            fill(slot, name, stable);
        }
    }

    // Copies a lazily added name and value into the slot's varbind, for anything that reads it.
    static void materialize(Slot &slot)
    {
        if (!slot.lazyName)
            return;
        fill(slot, *slot.lazyName, *slot.lazyValue);
        slot.lazyName = nullptr;
        slot.lazyValue = nullptr;
    }

    // Every varbind of the reply readable by net-snmp (before snmp_build or any other reader).
    // const: the slots, not the pool's bookkeeping, change.
    void materialize() const
    {
        for (std::size_t i = 0; i < used; ++i)
            materialize(*pool[i]);
    }

    // The scalar types live in the varbind's own buffer, as net-snmp keeps them.
    static void fill(Slot &slot, const Oid &name, const SnmpValue &v)
    {
        netsnmp_variable_list &vb = slot.vb;
        setName(vb, name.constData(), std::size_t(name.size()));
        vb.type = u_char(v.type);
        switch (v.type) {
        case ValueType::Integer: {
            const long number = long(v.number);
            std::memcpy(vb.buf, &number, sizeof number);
            vb.val.integer = reinterpret_cast<long *>(vb.buf);
            vb.val_len = sizeof number;
            break;
        }
        case ValueType::Counter32:
        case ValueType::Gauge32:
        case ValueType::TimeTicks: {
            const u_long number = u_long(std::uint32_t(v.number));
            std::memcpy(vb.buf, &number, sizeof number);
            vb.val.integer = reinterpret_cast<long *>(vb.buf);
            vb.val_len = sizeof number;
            break;
        }
        case ValueType::Counter64: {
            counter64 c{};
            c.high = u_long(v.counter64 >> 32);
            c.low = u_long(v.counter64 & 0xFFFFFFFFu);
            std::memcpy(vb.buf, &c, sizeof c);
            vb.val.counter64 = reinterpret_cast<counter64 *>(vb.buf);
            vb.val_len = sizeof c;
            break;
        }
        case ValueType::OctetString:
        case ValueType::IpAddress:
        case ValueType::Opaque:
            // net-snmp only reads it while building
            vb.val.string = reinterpret_cast<u_char *>(const_cast<char *>(v.bytes.constData()));
            vb.val_len = std::size_t(v.bytes.size());
            break;
        case ValueType::ObjectId:
            slot.objid.assign(v.oid.begin(), v.oid.begin() + std::min<qsizetype>(v.oid.size(), MAX_OID_LEN));
            vb.val.objid = slot.objid.empty() ? reinterpret_cast<oid *>(vb.buf) : slot.objid.data();
            vb.val_len = slot.objid.size() * sizeof(oid);
            break;
        case ValueType::Null:
            vb.val.string = nullptr;
            vb.val_len = 0;
            break;
        }
    }

    // `entry`: the profile entry whose OID `name` is (its encoding is cached), or -1.
    template<typename Part>
    void addException(netsnmp_pdu *reply, const Part *name, std::size_t length, u_char exception,
                      std::int32_t entry = -1)
    {
        Slot &slot = append(reply);
        netsnmp_variable_list &vb = slot.vb;
        setName(vb, name, length);
        vb.type = exception;
        vb.val.string = nullptr;
        vb.val_len = 0;
        slot.entry = entry;
    }

    // An exception named after a request's varbind whose encoded name `encoded` (owned by the
    // RequestParser, valid until the reply is built) the encoder copies; nullptr: none.
    // `whole`: `encoded` is the exception's whole varbind, not just the name.
    void addException(netsnmp_pdu *reply, const oid *name, std::size_t length, u_char exception,
                      const unsigned char *encoded, std::size_t encodedLength, bool whole = false)
    {
        addException(reply, name, length, exception);
        if (encoded && encodedLength > 0) {
            pool[used - 1]->encodedName = encoded;
            pool[used - 1]->encodedNameLength = encodedLength;
            pool[used - 1]->encodedWhole = whole;
        }
    }

    // Before net-snmp frees the reply: the slots are not its to free.
    void release(netsnmp_pdu *reply)
    {
        if (linked)
            reply->variables = nullptr;
        linked = false;
        tail = nullptr;
    }

    // Empties the reply's varbind list, whoever owns it, so that it can take others.
    void drop(netsnmp_pdu *reply)
    {
        if (!linked)
            snmp_free_varbind(reply->variables);
        reply->variables = nullptr;
        linked = false;
        tail = nullptr;
        used = 0;
    }

    // Keeps the first `keep` varbinds (a GETBULK answer cut to fit).
    void truncate(netsnmp_pdu *reply, int keep)
    {
        netsnmp_variable_list *v = reply->variables;
        for (int i = 1; i < keep; ++i)
            v = v->next_variable;
        if (!linked)
            snmp_free_varbind(v->next_variable);
        v->next_variable = nullptr;
        tail = v;
    }
};

} // namespace Printwatch::Sim
