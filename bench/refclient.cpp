// SPDX-License-Identifier: GPL-3.0-or-later
#include "bench/refclient.h"

#include "bench/measure.h"
#include "snmp/printermib.h"
#include "snmp/printerreader.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <net-snmp/net-snmp-config.h>
#include <net-snmp/net-snmp-includes.h>

#include <sys/select.h>

#include <cstdio>
#include <deque>
#include <memory>
#include <unordered_map>
#include <vector>

namespace Printwatch::Bench {

namespace {

struct ParsedOid
{
    std::vector<oid> ids;
};

ParsedOid parse(const QString &dotted)
{
    ParsedOid p;
    for (const QString &part : dotted.split(u'.', Qt::SkipEmptyParts))
        p.ids.push_back(oid(part.toULong()));
    return p;
}

std::vector<ParsedOid> parse(const QStringList &dotted)
{
    std::vector<ParsedOid> parsed;
    for (const QString &o : dotted)
        parsed.push_back(parse(o));
    return parsed;
}

QStringList dotted(const QList<Snmp::Oid> &oids)
{
    QStringList list;
    for (const Snmp::Oid &o : oids)
        list << o.toString();
    return list;
}

PeerReads readsOf(const Snmp::VendorProfile *profile)
{
    using namespace Snmp::PrinterMib;
    PeerReads reads;
    reads.gets = dotted({Oids::sysDescr, Oids::sysObjectId, Oids::sysUpTime, Oids::sysContact, Oids::sysName,
                         Oids::sysLocation})
                 + dotted(Snmp::PrinterReader::scalarsFor(profile));
    reads.roots = dotted(Snmp::PrinterReader::walkRootsFor(profile));
    return reads;
}

// What the client asks of a printer of one model.
struct Plan
{
    QString profileId;
    std::vector<ParsedOid> gets;      // the first GET once the model is known
    std::vector<ParsedOid> extraGets; // first contact: the profile's scalars, after the standard GET
    std::vector<ParsedOid> roots;
};

struct Device;

struct Client
{
    const RefClientConfig *config = nullptr;
    std::shared_ptr<const Snmp::ProfileSet> profiles;
    std::unordered_map<const Snmp::VendorProfile *, std::unique_ptr<Plan>> plans;
    const Plan *standard = nullptr; // no profile: also the first contact's GET
    std::vector<u_char> authKu, privKu;
    long values = 0;
    long requests = 0;
    int failed = 0;

    const Plan *planFor(const Snmp::VendorProfile *profile)
    {
        std::unique_ptr<Plan> &plan = plans[profile];
        if (!plan) {
            const PeerReads reads = readsOf(profile);
            plan = std::make_unique<Plan>();
            plan->profileId = profile ? profile->id : QString();
            plan->gets = parse(reads.gets);
            plan->roots = parse(reads.roots);
            const QStringList standardGets = readsOf(nullptr).gets;
            for (const QString &o : reads.gets) {
                if (!standardGets.contains(o))
                    plan->extraGets.push_back(parse(o));
            }
        }
        return plan.get();
    }

    // The model from the first GET's answer, as Printwatch's reader matches it.
    const Plan *planFor(const netsnmp_variable_list *answer)
    {
        static const std::vector<oid> objectIdOid = parse(Snmp::PrinterMib::Oids::sysObjectId.toString()).ids;
        static const std::vector<oid> descrOid = parse(Snmp::PrinterMib::Oids::sysDescr.toString()).ids;
        QString objectId, descr;
        for (const netsnmp_variable_list *vb = answer; vb; vb = vb->next_variable) {
            if (vb->type == ASN_OBJECT_ID
                && snmp_oid_compare(vb->name, vb->name_length, objectIdOid.data(), objectIdOid.size()) == 0) {
                QStringList parts;
                for (std::size_t i = 0; i < vb->val_len / sizeof(oid); ++i)
                    parts << QString::number(vb->val.objid[i]);
                objectId = parts.join(u'.');
            } else if (vb->type == ASN_OCTET_STR
                       && snmp_oid_compare(vb->name, vb->name_length, descrOid.data(), descrOid.size()) == 0) {
                descr = QString::fromUtf8(reinterpret_cast<const char *>(vb->val.string), qsizetype(vb->val_len));
            }
        }
        return planFor(profiles->match(objectId, descr));
    }
};

enum class Stage { FirstGet, ProfileGet, Walk };

struct Device
{
    Client *client = nullptr;
    QByteArray peer;
    void *session = nullptr;
    const Plan *plan = nullptr; // learnt in round 1
    Stage stage = Stage::FirstGet;
    std::size_t root = 0; // index of the walk in progress
    std::vector<oid> cursor;
    bool done = false;
    QByteArray engineId; // learnt in round 1 (v3)
};

bool inSubtree(const netsnmp_variable_list *vb, const std::vector<oid> &root)
{
    return vb->name_length > root.size() && snmp_oidtree_compare(root.data(), root.size(), vb->name, vb->name_length) == 0;
}

void sendGet(Device *d, const std::vector<ParsedOid> &gets);
void sendBulk(Device *d);

void startWalks(Device *d)
{
    d->stage = Stage::Walk;
    d->root = 0;
    d->cursor = d->plan->roots.front().ids;
    sendBulk(d);
}

int onReply(int operation, netsnmp_session *, int, netsnmp_pdu *pdu, void *magic)
{
    auto *d = static_cast<Device *>(magic);
    Client &c = *d->client;
    if (operation != NETSNMP_CALLBACK_OP_RECEIVED_MESSAGE || !pdu || pdu->errstat != SNMP_ERR_NOERROR) {
        ++c.failed;
        d->done = true;
        return 1;
    }
    if (d->stage != Stage::Walk) { // a GET of scalars
        for (netsnmp_variable_list *vb = pdu->variables; vb; vb = vb->next_variable)
            c.values += vb->type != SNMP_NOSUCHOBJECT && vb->type != SNMP_NOSUCHINSTANCE ? 1 : 0;
        if (!d->plan) { // first contact: the model, then its own scalars
            d->plan = c.planFor(pdu->variables);
            if (!d->plan->extraGets.empty()) {
                d->stage = Stage::ProfileGet;
                sendGet(d, d->plan->extraGets);
                return 1;
            }
        }
        startWalks(d);
        return 1;
    }
    const std::vector<oid> &root = d->plan->roots[d->root].ids;
    bool more = true;
    netsnmp_variable_list *last = nullptr;
    for (netsnmp_variable_list *vb = pdu->variables; vb; vb = vb->next_variable) {
        if (vb->type == SNMP_ENDOFMIBVIEW || !inSubtree(vb, root)) {
            more = false;
            break;
        }
        ++c.values;
        last = vb;
    }
    if (more && last) {
        d->cursor.assign(last->name, last->name + last->name_length);
    } else {
        if (++d->root >= d->plan->roots.size()) {
            d->done = true;
            return 1;
        }
        d->cursor = d->plan->roots[d->root].ids;
    }
    sendBulk(d);
    return 1;
}

void sendGet(Device *d, const std::vector<ParsedOid> &gets)
{
    ++d->client->requests;
    netsnmp_pdu *pdu = snmp_pdu_create(SNMP_MSG_GET);
    for (const ParsedOid &o : gets)
        snmp_add_null_var(pdu, o.ids.data(), o.ids.size());
    if (!snmp_sess_async_send(d->session, pdu, onReply, d)) {
        snmp_free_pdu(pdu);
        ++d->client->failed;
        d->done = true;
    }
}

void sendBulk(Device *d)
{
    ++d->client->requests;
    netsnmp_pdu *pdu = snmp_pdu_create(SNMP_MSG_GETBULK);
    pdu->non_repeaters = 0;
    pdu->max_repetitions = 25;
    snmp_add_null_var(pdu, d->cursor.data(), d->cursor.size());
    if (!snmp_sess_async_send(d->session, pdu, onReply, d)) {
        snmp_free_pdu(pdu);
        ++d->client->failed;
        d->done = true;
    }
}

bool open(Device *d, const RefClientConfig &config)
{
    Client &c = *d->client;
    netsnmp_session s;
    snmp_sess_init(&s);
    s.peername = d->peer.data();
    s.timeout = long(config.timeoutMs) * 1000;
    s.retries = config.retries;
    QByteArray user = config.user.toUtf8();
    QByteArray community = config.community.toUtf8();
    if (config.v3) {
        s.version = SNMP_VERSION_3;
        s.securityName = user.data();
        s.securityNameLen = std::size_t(user.size());
        s.securityLevel = SNMP_SEC_LEVEL_AUTHPRIV;
        s.securityAuthProto = usmHMACSHA1AuthProtocol;
        s.securityAuthProtoLen = OID_LENGTH(usmHMACSHA1AuthProtocol);
        s.securityAuthKeyLen = c.authKu.size();
        std::copy(c.authKu.begin(), c.authKu.end(), s.securityAuthKey);
        s.securityPrivProto = usmAESPrivProtocol;
        s.securityPrivProtoLen = OID_LENGTH(usmAESPrivProtocol);
        s.securityPrivKeyLen = c.privKu.size();
        std::copy(c.privKu.begin(), c.privKu.end(), s.securityPrivKey);
        if (!d->engineId.isEmpty()) {
            s.securityEngineID = reinterpret_cast<u_char *>(d->engineId.data());
            s.securityEngineIDLen = std::size_t(d->engineId.size());
        }
    } else {
        s.version = SNMP_VERSION_2c;
        s.community = reinterpret_cast<u_char *>(community.data());
        s.community_len = std::size_t(community.size());
    }
    d->session = snmp_sess_open(&s); // v3: probes the engine ID here, synchronously, when unknown
    if (!d->session)
        return false;
    if (config.v3 && d->engineId.isEmpty()) {
        netsnmp_session *opened = snmp_sess_session(d->session);
        d->engineId = QByteArray(reinterpret_cast<const char *>(opened->securityEngineID),
                                 qsizetype(opened->securityEngineIDLen));
    }
    return true;
}

} // namespace

PeerReads profileReads(const QString &profileId)
{
    const std::shared_ptr<const Snmp::ProfileSet> profiles = Snmp::PrinterReader::defaultProfiles();
    for (const Snmp::VendorProfile &profile : profiles->profiles()) {
        if (!profileId.isEmpty() && profile.id == profileId)
            return readsOf(&profile);
    }
    return readsOf(nullptr);
}

QJsonObject runRefClient(const RefClientConfig &config)
{
    netsnmp_ds_set_boolean(NETSNMP_DS_LIBRARY_ID, NETSNMP_DS_LIB_DONT_READ_CONFIGS, 1);
    netsnmp_ds_set_boolean(NETSNMP_DS_LIBRARY_ID, NETSNMP_DS_LIB_DONT_PERSIST_STATE, 1);
    init_snmp("printwatch-bench-ref");
    snmp_disable_log();

    Client client;
    client.config = &config;
    client.profiles = Snmp::PrinterReader::defaultProfiles();
    client.standard = client.planFor(static_cast<const Snmp::VendorProfile *>(nullptr));
    if (config.v3) {
        const auto ku = [](const QString &pass, std::vector<u_char> &key) {
            key.resize(SNMP_MAXBUF_SMALL);
            std::size_t length = key.size();
            const QByteArray p = pass.toUtf8();
            generate_Ku(usmHMACSHA1AuthProtocol, OID_LENGTH(usmHMACSHA1AuthProtocol),
                        reinterpret_cast<const u_char *>(p.constData()), std::size_t(p.size()), key.data(), &length);
            key.resize(length);
        };
        ku(config.authPass, client.authKu);
        ku(config.privPass, client.privKu);
    }
    std::vector<Device> devices(std::size_t(config.addresses.size()));
    for (std::size_t i = 0; i < devices.size(); ++i) {
        devices[i].client = &client;
        devices[i].peer = (QStringLiteral("udp:") + config.addresses[qsizetype(i)] + u':' + QString::number(config.port))
                              .toLatin1();
    }

    QJsonArray rounds;
    for (int round = 1; round <= config.rounds; ++round) {
        char go[64];
        if (config.paced && !std::fgets(go, sizeof go, stdin))
            break;
        client.values = 0;
        client.requests = 0;
        client.failed = 0;
        const Span span;
        std::size_t next = 0;
        std::vector<Device *> active;
        while (next < devices.size() || !active.empty()) {
            while (int(active.size()) < config.sessions && next < devices.size()) {
                Device *d = &devices[next++];
                d->done = false;
                d->stage = Stage::FirstGet;
                if (!open(d, config)) {
                    ++client.failed;
                    continue;
                }
                sendGet(d, (d->plan ? d->plan : client.standard)->gets);
                active.push_back(d);
            }
            fd_set fds;
            FD_ZERO(&fds);
            int maxFd = 0;
            int block = 1;
            timeval timeout{1, 0};
            for (Device *d : active)
                snmp_sess_select_info(d->session, &maxFd, &fds, &timeout, &block);
            const int ready = select(maxFd, &fds, nullptr, nullptr, block ? nullptr : &timeout);
            for (Device *d : active) {
                if (ready > 0)
                    snmp_sess_read(d->session, &fds);
                else if (ready == 0)
                    snmp_sess_timeout(d->session);
            }
            for (auto it = active.begin(); it != active.end();) {
                if ((*it)->done) {
                    snmp_sess_close((*it)->session);
                    (*it)->session = nullptr;
                    it = active.erase(it);
                } else {
                    ++it;
                }
            }
        }
        QJsonObject r;
        r.insert(QStringLiteral("round"), round);
        r.insert(QStringLiteral("wall_s"), span.wallSeconds());
        r.insert(QStringLiteral("cpu_s"), span.cpuSeconds());
        r.insert(QStringLiteral("devices"), int(devices.size()));
        r.insert(QStringLiteral("failed"), client.failed);
        r.insert(QStringLiteral("values"), double(client.values));
        r.insert(QStringLiteral("requests_sent"), double(client.requests)); // without net-snmp's v3 engine ID probes
        rounds.append(r);
        if (config.paced) {
            std::puts(QJsonDocument(r).toJson(QJsonDocument::Compact).constData());
            std::fflush(stdout);
        }
    }
    QJsonArray profilesByDevice;
    for (const Device &d : devices)
        profilesByDevice.append(d.plan ? d.plan->profileId : QString());
    return QJsonObject{{QStringLiteral("rounds"), rounds}, {QStringLiteral("device_profiles"), profilesByDevice}};
}

} // namespace Printwatch::Bench
