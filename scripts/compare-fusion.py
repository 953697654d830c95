#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Compare Printwatch with FusionInventory on the shared corpus recordings.

For every .snmprec recording under the corpus, this script
  1. converts it to `snmpwalk -On` text (what `fusioninventory-netinventory --file` reads),
  2. runs `fusioninventory-netinventory --file WALK` and reads its XML inventory,
  3. runs `printwatch-cli inspect --walk RECORDING --json`,
  4. compares the fields both tools report (identity, page counters, supplies) and, where the
     corpus has an expected file, says which tool matches it,
and writes a Markdown report: a per-field summary and a table of every difference with the
verdict (who is right) and why.

Usage:
  scripts/compare-fusion.py [--corpus DIR] [--cli PATH] [--output FILE] [--update-doc docs/accuracy.md]

--update-doc replaces the text between the markers <!-- fusion:begin --> and <!-- fusion:end -->.
Needs python3 (standard library only) and the Debian package fusioninventory-agent-task-network.
Nothing is special-cased by file name: verdicts come from the expected files and from rules about
MIB semantics (RULES below), each stated in the report.
"""

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


# ---------------------------------------------------------------- snmprec -> snmpwalk -On

def timeticks_text(value):
    ticks = int(value)
    seconds, hundredths = divmod(ticks, 100)
    minutes, seconds = divmod(seconds, 60)
    hours, minutes = divmod(minutes, 60)
    days, hours = divmod(hours, 24)
    prefix = "%d day%s, " % (days, "" if days == 1 else "s") if days else ""
    return "(%d) %s%d:%02d:%02d.%02d" % (ticks, prefix, hours, minutes, seconds, hundredths)


def snmprec_to_walk(path):
    """The recording as net-snmp would print it with -On. Values net-snmp prints as STRING
    (printable bytes, spaces and new lines included) stay STRING; others become Hex-STRING."""
    lines = []
    with open(path, "rb") as handle:
        for raw_line in handle.read().split(b"\n"):
            line = raw_line.rstrip(b"\r").decode("latin-1")
            if not line or line.startswith("#"):
                continue
            parts = line.split("|", 2)
            if len(parts) != 3:
                continue
            oid, tag, value = parts
            is_hex = tag.endswith("x")
            tag = tag.rstrip("x")
            if not tag.isdigit():
                continue  # snmpsim variation modules: not a recorded value
            try:
                data = bytes.fromhex(value) if is_hex else value.encode("latin-1")
            except ValueError:
                continue
            if tag == "4":
                printable = all(32 <= b < 127 or b in (9, 10, 13) for b in data)
                if not data:
                    text = 'STRING: ""'
                elif printable:
                    text = 'STRING: "%s"' % data.decode("latin-1").replace("\\", "\\\\").replace('"', '\\"')
                else:
                    text = "Hex-STRING: " + " ".join("%02X" % b for b in data)
            elif tag == "2":
                text = "INTEGER: %s" % value
            elif tag == "6":
                text = "OID: .%s" % value.lstrip(".")
            elif tag == "64":
                text = "IpAddress: " + (".".join(str(b) for b in data) if is_hex else value)
            elif tag == "65":
                text = "Counter32: %s" % value
            elif tag == "66":
                text = "Gauge32: %s" % value
            elif tag == "67":
                text = "Timeticks: " + timeticks_text(value)
            elif tag == "70":
                text = "Counter64: %s" % value
            else:
                continue
            lines.append(".%s = %s" % (oid.lstrip("."), text))
    return "\n".join(lines) + "\n"


# ---------------------------------------------------------------- the two tools

def recording_texts(path):
    """Every OCTET STRING of a recording as text (hex values decoded), to check whether a value a
    tool shows is something the printer said or something the tool supplied from a table."""
    texts = []
    with open(path, "rb") as handle:
        for raw_line in handle.read().split(b"\n"):
            parts = raw_line.rstrip(b"\r").decode("latin-1").split("|", 2)
            if len(parts) != 3 or parts[1] not in ("4", "4x"):
                continue
            try:
                data = bytes.fromhex(parts[2]) if parts[1] == "4x" else parts[2].encode("latin-1")
            except ValueError:
                continue
            texts.append(data.decode("latin-1").lower())
    return texts


def said_by_printer(value, texts):
    value = (value or "").strip().lower()
    return bool(value) and any(value in text for text in texts)


def profile_vendors():
    """Profile id -> the maker's name, and enterprise number -> maker, from resources/profiles
    (brands are labels of that maker)."""
    vendors = {}
    folder = os.path.join(ROOT, "resources", "profiles")
    for name in os.listdir(folder):
        if name.endswith(".json"):
            with open(os.path.join(folder, name)) as handle:
                data = json.load(handle)
            vendors[data["id"]] = data["vendor"]
            for enterprise in data.get("match", {}).get("enterprises", []):
                vendors["enterprise:%d" % enterprise] = data["vendor"]
    return vendors


def enterprise_of(sys_object_id):
    parts = (sys_object_id or "").strip(".").split(".")
    return parts[6] if len(parts) > 6 and parts[:6] == ["1", "3", "6", "1", "4", "1"] else ""


def run_fusion(walk_path):
    run = subprocess.run(["fusioninventory-netinventory", "--file", walk_path],
                         capture_output=True, text=True, timeout=120)
    if run.returncode != 0 or "<REQUEST>" not in run.stdout:
        return None, (run.stderr.strip().splitlines() or ["no output"])[-1]
    root = ET.fromstring(run.stdout)
    device = root.find("./CONTENT/DEVICE")
    if device is None:
        return None, "no DEVICE in the inventory"
    info = {child.tag: (child.text or "") for child in device.findall("./INFO/*")}
    counters = {child.tag: child.text for child in device.findall("./PAGECOUNTERS/*")}
    cartridges = {child.tag: child.text for child in device.findall("./CARTRIDGES/*")}
    return {"info": info, "counters": counters, "cartridges": cartridges}, ""


def run_printwatch(cli, recording):
    run = subprocess.run([cli, "inspect", "--walk", recording, "--json"], capture_output=True, text=True,
                         timeout=120, env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
    if run.returncode != 0:
        return None, (run.stderr.strip().splitlines() or ["exit %d" % run.returncode])[-1]
    return json.loads(run.stdout), ""


# ---------------------------------------------------------------- field mapping

# Fusion's INFO tags and Printwatch's identity keys for the same thing.
IDENTITY = [("vendor", "MANUFACTURER", "vendor"), ("model", "MODEL", "model"), ("serial", "SERIAL", "serial"),
            ("firmware", "FIRMWARE", "firmware"), ("mac", "MAC", "mac"), ("sys_name", "NAME", "sys_name"),
            ("location", "LOCATION", "sys_location"), ("contact", "CONTACT", "sys_contact"),
            ("type", "TYPE", "device_type")]

# Fusion PAGECOUNTERS tag -> Printwatch counter name.
COUNTERS = {"TOTAL": "total", "BLACK": "mono", "COLOR": "colour", "PRINTTOTAL": "print", "PRINTBLACK": "print_mono",
            "PRINTCOLOR": "print_colour", "COPYTOTAL": "copy", "COPYBLACK": "copy_mono", "COPYCOLOR": "copy_colour",
            "FAXTOTAL": "fax", "SCANNED": "scan", "RECTOVERSO": "duplex"}

# Brand spellings that name the same maker.
VENDOR_ALIASES = {"hewlett-packard": "hp", "hewlett packard": "hp", "kyocera mita": "kyocera",
                  "konica minolta": "konica minolta", "konica": "konica minolta", "fuji xerox": "xerox",
                  "fujifilm": "xerox", "oki data": "oki", "okidata": "oki", "lexmark international": "lexmark",
                  "zebra technologies": "zebra"}


def normal_vendor(text):
    text = (text or "").strip().lower().replace("-", " ")
    return VENDOR_ALIASES.get(text, text)


def cartridge_key(supply):
    """The CARTRIDGES tag Fusion would use for one of our supplies (FusionInventory's
    consumable_types and colour naming), or None for kinds Fusion does not report."""
    kind = supply.get("kind")
    colour = (supply.get("colour") or "black").split(" ")[0].upper()
    description = (supply.get("description") or "").lower()
    if kind == "toner":
        return "TONER" + colour
    if kind == "ink":
        return "CARTRIDGE" + colour
    if kind == "drum":
        return "DRUM" + colour
    if kind == "developer":
        return "DEVELOPER" + colour
    if kind == "waste":
        return "WASTETONER"
    if kind == "fuser":
        return "FUSERKIT"
    if kind == "transfer":
        return "TRANSFERKIT"
    if kind == "staples":
        return "STAPLES"
    if "maintenance" in description:
        return "MAINTENANCEKIT"
    return None


def supply_value(supply):
    """Our supply in Fusion's vocabulary: a percent, or the RFC 3805 sentinel's meaning."""
    if supply.get("percent") is not None:
        return str(supply["percent"])
    level = supply.get("level")
    return {-1: "unrestricted", -2: "unknown", -3: "some remaining"}.get(level, "level %s" % level)


# ---------------------------------------------------------------- expected values

def expected_for(corpus, recording):
    rel = os.path.relpath(recording, corpus)
    folder = rel.split(os.sep)[0]
    name = os.path.splitext(os.path.basename(recording))[0]
    path = os.path.join(corpus, "expected", "%s__%s.json" % (folder, name))
    if not os.path.exists(path):
        return {}
    with open(path) as handle:
        data = json.load(handle)

    def value(key):
        item = data.get(key)
        return item.get("value") if isinstance(item, dict) else None

    expected = {"serial": value("serial"), "firmware": value("firmware_version"), "sys_name": value("sysName"),
                "model": value("model"), "type": value("device_type")}
    total = data.get("total_pages_prtMarkerLifeCount") or data.get("total_pages")
    if isinstance(total, dict):
        expected["counter:TOTAL"] = total.get("value")
    macs = data.get("interface_macs") or data.get("mac")
    if isinstance(macs, dict):
        macs = macs.get("value")
    if isinstance(macs, list):
        expected["mac"] = [m.lower() for m in macs if isinstance(m, str)]
    elif isinstance(macs, str):
        expected["mac"] = [macs.lower()]
    supplies = data.get("supplies")
    if isinstance(supplies, list):
        expected["supplies"] = supplies
    return {k: v for k, v in expected.items() if v not in (None, "", [])}


# ---------------------------------------------------------------- verdicts

RULES = {
    "sentinel-2": "RFC 3805: a level of -2 means unknown. FusionInventory reports WARNING; Printwatch shows "
                  "'unknown' and no percent.",
    "sentinel-3": "RFC 3805: -3 means 'some remaining'. FusionInventory reports OK, Printwatch 'some remaining': "
                  "the same meaning in other words.",
    "hex": "FusionInventory shows the printer's hex text as sent; Printwatch decodes the two-line/spaced hex "
           "(the bytes are kept in raw_strings_hex).",
    "pml": "The vendor firmware OID carries HP's PML header (0x01 0x15) before the text; Printwatch strips it.",
    "vendor-profile": "Printwatch reads a vendor OID from its profile that FusionInventory does not know.",
    "fusion-only": "FusionInventory reports a value Printwatch does not read.",
    "printwatch-only": "Printwatch reports a value FusionInventory does not read.",
    "no-capacity": "The capacity is -2 (unknown): both show the raw level without a percent.",
    "brand": "Printwatch names the brand the sysDescr shows, FusionInventory the maker of the sysObjectID "
             "enterprise (an OEM label, or an HP-compatible sysDescr); the same device either way.",
    "level-max": "Printwatch's percent is level/max of the recorded row; FusionInventory's is not.",
    "type": "The recording holds neither hrDevicePrinter nor any Printer-MIB object; FusionInventory "
            "decides from its sysObjectID table, Printwatch only from the MIBs (RFC 3805).",
    "rounding": "Both compute level/max; Printwatch rounds, FusionInventory truncates.",
    "printer-said": "Only Printwatch's value is in the recording; FusionInventory's comes from its "
                    "sysObjectID model table.",
    "fusion-said": "Only FusionInventory's value is in the recording (an OID or sysDescr part Printwatch "
                   "does not read for this field).",
    "both-said": "Both values are in the recording (one tool trims the vendor name or reads another OID).",
}


def judge(field, ours, theirs, expected, context):
    """Returns (verdict, why)."""
    if expected is not None:
        def matches(value):
            if value in (None, ""):
                return False
            if isinstance(expected, list):
                return str(value).lower() in expected
            if field == "model":
                a, b = str(value).lower(), str(expected).lower()
                return a in b or b in a
            return str(value).strip().lower() == str(expected).strip().lower()
        ours_ok, theirs_ok = matches(ours), matches(theirs)
        shown = ", ".join(expected) if isinstance(expected, list) else expected
        if ours_ok and not theirs_ok:
            return "Printwatch", "matches the expected value (%s)" % shown
        if theirs_ok and not ours_ok:
            return "FusionInventory", "matches the expected value (%s)" % shown
        if ours_ok and theirs_ok:
            return "both", "both match the expected value (%s)" % shown
    reason = context.get("rule")
    if reason in ("sentinel-3", "no-capacity", "brand", "both-said"):
        return "both", RULES[reason]
    if reason == "level-max":
        return "Printwatch", RULES[reason] + " (%s)" % context["why"]
    if reason in ("sentinel-2", "hex", "pml", "rounding", "printer-said"):
        return "Printwatch", RULES[reason]
    if reason in ("type", "fusion-said"):
        return "FusionInventory", RULES[reason]
    if reason == "level-max":
        return "Printwatch", RULES[reason] + " (%s)" % context["why"]
    if theirs in (None, ""):
        why = RULES["printwatch-only"]
        if context.get("source"):
            why += " Source: %s." % context["source"]
        return "Printwatch (unconfirmed)", why
    if ours in (None, ""):
        return "FusionInventory (unconfirmed)", RULES["fusion-only"]
    return "review", context.get("why", "no expected value; see the recording")


def compare(recording, ours, theirs, expected, vendors):
    rows = []
    texts = recording_texts(recording)
    identity = ours["identity"]
    info = theirs["info"]
    raw = identity.get("raw_strings_hex") or {}
    sources = identity.get("sources") or {}
    for field, fusion_tag, our_key in IDENTITY:
        mine = identity.get(our_key) or ""
        other = info.get(fusion_tag, "")
        if field == "type":
            other = other.lower()
        if field == "vendor":
            same = normal_vendor(mine) == normal_vendor(other)
        elif field == "mac":
            same = mine.lower() == other.lower()
        else:
            same = mine.strip() == other.strip()
        context = {"source": sources.get(our_key)}
        if not same and field in raw:
            raw_bytes = bytes.fromhex(raw[field])
            context["rule"] = "pml" if raw_bytes[:1] == b"\x01" else "hex"
        elif not same and field == "vendor" and mine and other:
            makers = {normal_vendor(vendors.get(identity.get("profile") or "", "")),
                      normal_vendor(vendors.get("enterprise:" + enterprise_of(identity.get("sys_object_id")), ""))}
            if normal_vendor(other) in makers - {""}:
                context["rule"] = "brand"
        elif not same and field == "type" and not mine:
            context["rule"] = "type"
        elif not same and not mine and other and said_by_printer(other, texts):
            context["rule"] = "fusion-said"
        elif not same and field in ("model", "serial", "firmware") and mine and other:
            ours_said, theirs_said = said_by_printer(mine, texts), said_by_printer(other, texts)
            if ours_said and theirs_said:
                context["rule"] = "both-said"
            elif ours_said:
                context["rule"] = "printer-said"
            elif theirs_said:
                context["rule"] = "fusion-said"
        rows.append((field, mine, other, expected.get(field), same, context))
    for tag, name in COUNTERS.items():
        mine = next((c for c in ours["counters"] if c["name"] == name), None)
        other = theirs["counters"].get(tag)
        if mine is None and other is None:
            continue
        value = None if mine is None else str(mine["value"])
        context = {"source": mine and mine.get("source"),
                   "why": "Printwatch reads %s (its profile); FusionInventory reads a fixed OID of its own; the "
                          "recording alone does not settle which one carries this meter"
                          % (mine.get("source") if mine else "nothing")}
        rows.append(("counter:" + tag, value, other, expected.get("counter:" + tag), value == other, context))
    # Two supplies with one tag: FusionInventory keeps the last, so the comparison does too.
    mine_supplies = {}
    for supply in ours["supplies"]:
        key = cartridge_key(supply)
        if key:
            mine_supplies[key] = supply
    for key in sorted(set(mine_supplies) | set(theirs["cartridges"])):
        supply = mine_supplies.get(key)
        mine = supply_value(supply) if supply else None
        other = theirs["cartridges"].get(key)
        context = {}
        same = mine == other
        if supply and supply.get("level") == -3 and other == "OK":
            same, context["rule"] = True, "sentinel-3"
        elif supply and supply.get("level") == -2 and other == "WARNING":
            context["rule"] = "sentinel-2"
        elif supply and supply.get("percent") is None and other and other.startswith(str(supply.get("level"))):
            context["rule"] = "no-capacity"
        elif supply and supply.get("percent") is not None and other and other.isdigit() \
                and int(other) == supply["percent"] - 1:
            context["rule"] = "rounding"
        elif supply and supply.get("percent") is not None and other and other.isdigit():
            level, capacity = supply.get("level"), supply.get("max_capacity")
            if capacity and capacity > 0 and round(min(level, capacity) * 100 / capacity) == supply["percent"]:
                context["rule"] = "level-max"
                context["why"] = "level %s of %s" % (level, capacity)
        exp = None
        for s in expected.get("supplies", []):
            if supply and s.get("description") == supply.get("description") and s.get("percent") is not None:
                exp = str(s["percent"])
        rows.append(("supply:" + key, mine, other, exp, same, context))
    return rows


# ---------------------------------------------------------------- report

def cell(value):
    if value is None or value == "":
        return "–"
    text = str(value).replace("|", "\\|").replace("\n", "⏎")
    return text if len(text) <= 60 else text[:57] + "…"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", default=os.path.join(ROOT, "..", "shared", "corpus"))
    parser.add_argument("--cli", default=os.path.join(ROOT, "build", "dev", "bin", "printwatch-cli"))
    parser.add_argument("--output", help="write the Markdown report here (default: stdout)")
    parser.add_argument("--update-doc", help="replace the fusion:begin/end section of this Markdown file")
    args = parser.parse_args()
    corpus = os.path.abspath(args.corpus)
    if not os.path.isdir(corpus):
        sys.exit("compare-fusion: no corpus at %s (give --corpus)" % corpus)
    if not os.access(args.cli, os.X_OK):
        sys.exit("compare-fusion: no printwatch-cli at %s (give --cli)" % args.cli)

    recordings = []
    for folder, _, files in os.walk(corpus):
        for name in files:
            # NAME@CONTEXT files are an SNMP context of NAME, not a device of their own.
            if name.endswith(".snmprec") and "@" not in name:
                recordings.append(os.path.join(folder, name))
    recordings.sort()

    vendors = profile_vendors()
    per_field = defaultdict(Counter)
    differences = []
    failures = []
    devices = 0
    with tempfile.TemporaryDirectory() as tmp:
        for recording in recordings:
            device = os.path.relpath(recording, corpus).replace(os.sep, "/")
            walk = os.path.join(tmp, "walk.txt")
            with open(walk, "w", encoding="latin-1") as handle:
                handle.write(snmprec_to_walk(recording))
            theirs, their_error = run_fusion(walk)
            ours, our_error = run_printwatch(args.cli, recording)
            if theirs is None or ours is None:
                failures.append((device, our_error or "ok", their_error or "ok"))
                continue
            devices += 1
            for field, mine, other, expected, same, context in compare(recording, ours, theirs,
                                                                       expected_for(corpus, recording), vendors):
                group = field.split(":")[0]
                if same:
                    per_field[group]["agree"] += 1
                    continue
                if mine in (None, "") and other in (None, ""):
                    continue
                verdict, why = judge(field, mine, other, expected, context)
                per_field[group]["differ"] += 1
                per_field[group][verdict] += 1
                differences.append((device, field, mine, other, expected, verdict, why))

    out = []
    out.append("Generated by `scripts/compare-fusion.py` over %d recordings (%d compared; FusionInventory %s)."
               % (len(recordings), devices, fusion_version()))
    out.append("")
    out.append("| field | agree | differ | Printwatch right | FusionInventory right | both right | unconfirmed / review |")
    out.append("| --- | --- | --- | --- | --- | --- | --- |")
    for group in sorted(per_field):
        c = per_field[group]
        unconfirmed = sum(v for k, v in c.items() if "unconfirmed" in k or k == "review")
        out.append("| %s | %d | %d | %d | %d | %d | %d |" % (group, c["agree"], c["differ"], c["Printwatch"],
                                                            c["FusionInventory"], c["both"], unconfirmed))
    out.append("")
    out.append("Every difference (– = not reported; 'unconfirmed' = only one tool reports it and the corpus "
               "has no expected value for it):")
    out.append("")
    out.append("| device | field | Printwatch | FusionInventory | expected | who is right | why |")
    out.append("| --- | --- | --- | --- | --- | --- | --- |")
    for device, field, mine, other, expected, verdict, why in differences:
        shown = ", ".join(expected) if isinstance(expected, list) else expected
        out.append("| %s | %s | %s | %s | %s | %s | %s |" % (cell(device), field, cell(mine), cell(other),
                                                              cell(shown), verdict, cell(why) if len(why) < 60 else why))
    if failures:
        out.append("")
        out.append("Not compared (a tool could not read the recording):")
        out.append("")
        out.append("| device | Printwatch | FusionInventory |")
        out.append("| --- | --- | --- |")
        for device, mine, theirs in failures:
            out.append("| %s | %s | %s |" % (cell(device), cell(mine), cell(theirs)))
    report = "\n".join(out) + "\n"

    if args.update_doc:
        with open(args.update_doc) as handle:
            doc = handle.read()
        begin, end = "<!-- fusion:begin -->", "<!-- fusion:end -->"
        if begin not in doc or end not in doc:
            sys.exit("compare-fusion: %s has no %s ... %s section" % (args.update_doc, begin, end))
        doc = doc[:doc.index(begin) + len(begin)] + "\n" + report + doc[doc.index(end):]
        with open(args.update_doc, "w") as handle:
            handle.write(doc)
    if args.output:
        with open(args.output, "w") as handle:
            handle.write(report)
    if not args.update_doc and not args.output:
        sys.stdout.write(report)
    return 0


def fusion_version():
    run = subprocess.run(["fusioninventory-netinventory", "--version"], capture_output=True, text=True)
    return (run.stdout.strip().splitlines() or ["unknown version"])[0]


if __name__ == "__main__":
    sys.exit(main())
