#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes one printwatch-bench JSON into docs/benchmarks.md: the run's facts, the SUMMARY line,
the target table and the full JSON, between the <!-- bench:NAME --> ... <!-- /bench:NAME -->
markers. The prose around them (analysis, fairness) stays as written.

    bench/update_doc.py /tmp/bench.json docs/benchmarks.md --commit $(git rev-parse --short HEAD)
"""
import argparse
import json
import re


def rounds_text(phase, k):
    """"median of 5: 0.201-0.236 s" for a phase with warm_rounds, "one round" before them."""
    walls = [r["wall_s"] for r in phase.get("warm_rounds", [])]
    if k <= 1 or not walls:
        return "one round"
    return "median of %d: %.3f-%.3f s" % (k, min(walls), max(walls))


def polite_text(po):
    """The paced sweep: its rate over the whole run, and over the sending alone (the run ends one
    probe timeout after the last probe, when nothing more can answer)."""
    asked, probed, wall = po.get("rate_limit_per_s", -1), po.get("probed", -1), po.get("wall_s", -1)
    timeout = po.get("probe_timeout_ms", 0) / 1000.0
    text = "%d/s asked, %.0f/s achieved" % (asked, po.get("probes_per_s", -1))
    if probed > 0 and wall > timeout > 0:
        text += " (%d probes in %.2f s; %.0f/s without the last probe's %d ms timeout)" % (
            probed, wall, probed / (wall - timeout), timeout * 1000)
    return text


def target_table(d):
    pw, peers, s = d["printwatch"], d["peers"], d["summary"]
    v2w, v2c = pw["v2c"]["warm"], pw["v2c"]["cold"]
    v3w = pw.get("v3_authpriv", {}).get("warm", {})
    # Runs before warm_rounds kept one warm round; later ones name the median round "warm".
    ref_peer, ref3_peer = peers.get("netsnmp_async_v2c", {}), peers.get("netsnmp_async_v3", {})
    ref = ref_peer.get("warm") or ref_peer.get("rounds", [{}])[-1]
    ref3 = ref3_peer.get("warm") or ref3_peer.get("rounds", [{}])[-1]
    floor, batched = peers.get("udp_echo_floor", {}), peers.get("udp_echo_floor_batched", {})
    sweep = d.get("sweep", {})
    un, po = sweep.get("unpaced", {}), sweep.get("polite", {})
    yes = lambda ok: "yes" if ok else "**no**"
    n = d["devices"]
    k = d.get("warm_rounds", 1)
    rows = [
        ("%d printers, v2c, <= 2 s wall on 2 cores (simulator included)" % n,
         "warm %.2f s (%s), cold %.2f s wall; %.2f CPU-s poller + %.2f CPU-s simulator; %d requests, %d/%d read "
         "with supplies, %d timeouts" % (v2w["wall_s"], rounds_text(pw["v2c"], k), v2c["wall_s"], v2w["poller_cpu_s"], v2w["sim_cpu_s"],
                                          v2w["requests_sent"], v2w["with_supplies"], n, v2w["timeouts"]),
         yes(v2w["wall_s"] <= 2.0)),
        ("v3 authPriv warm <= 1.5x the v2c time",
         "warm %.2f s vs %.2f s = **%.2fx** wall; poller CPU %.2f vs %.2f s (%.2fx), simulator %.2f vs %.2f CPU-s"
         % (v3w.get("wall_s", -1), v2w["wall_s"], s["v3_over_v2c"], v3w.get("poller_cpu_s", -1),
            v2w["poller_cpu_s"], v3w.get("poller_cpu_s", -1) / v2w["poller_cpu_s"], v3w.get("sim_cpu_s", -1),
            v2w["sim_cpu_s"]),
         yes(0 < s["v3_over_v2c"] <= 1.5)),
        (">= 3x faster than the net-snmp async reference client",
         "v2c: reference %.2f s wall / %.2f CPU-s (%d requests), Printwatch %.2f s / %.2f CPU-s (%d requests): "
         "**%.2fx** wall, %.2fx CPU (median rounds). v3: reference %.1f s (see fairness) vs %.2f s"
         % (ref.get("wall_s", -1), ref.get("cpu_s", -1), ref.get("requests_sent", -1), v2w["wall_s"],
            v2w["poller_cpu_s"], v2w["requests_sent"], s["async_ref_over_printwatch"],
            s["async_ref_cpu_over_printwatch_cpu"], ref3.get("wall_s", -1), v3w.get("wall_s", -1)),
         yes(s["async_ref_over_printwatch"] >= 3)),
        (">= 30x faster than the parallel command-line tools",
         "%.0fx (%.0f s extrapolated vs %.2f s)" % (s["cli_over_printwatch"],
                                                    peers.get("netsnmp_cli", {}).get("extrapolated_wall_s", -1),
                                                    v2w["wall_s"]),
         yes(s["cli_over_printwatch"] >= 30)),
        ("within 5x of a bare UDP request/response floor",
         "**%.1fx**: floor %.3f s (median of %d runs) for %d pairs of %d/%d bytes (per-datagram calls); batched floor %.3f s (%.1fx)"
         % (s["printwatch_over_udp_floor"], floor.get("wall_s", -1), len(floor.get("runs", [0])), floor.get("packets", -1),
            floor.get("request_bytes", -1), floor.get("reply_bytes", -1), batched.get("wall_s", -1),
            v2w["wall_s"] / batched["wall_s"] if batched.get("wall_s") else -1),
         yes(0 < s["printwatch_over_udp_floor"] <= 5)),
        ("<= 4 KB per polled device in the engine",
         "%.0f B peak growth per device during a cold round, %.0f B (v2c) / %.0f B (v3) retained"
         % (s["peak_bytes_per_device"], pw["v2c"]["retained_bytes_per_device"],
            pw.get("v3_authpriv", {}).get("retained_bytes_per_device", -1)),
         yes(0 < s["peak_bytes_per_device"] <= 4096)),
        ("/16 sweep >= 20,000 probes/s unpaced",
         "**%.0f probes/s** (%d probes in %.2f s, %.2f CPU-s)" % (un.get("probes_per_s", -1), un.get("probed", -1),
                                                                un.get("wall_s", -1), un.get("cpu_s", -1)),
         yes(un.get("probes_per_s", 0) >= 20000)),
        ("configurable polite rate", polite_text(po),
         yes(0 < po.get("probes_per_s", 0) <= po.get("rate_limit_per_s", 0) * 1.1)),
        ("100 % of answering printers found", "%d / %d (and %d / %d in the polite run)"
         % (un.get("printers_found", -1), un.get("answering_printers", -1), po.get("printers_found", -1),
            po.get("answering_printers", -1)),
         yes(un.get("printers_found") == un.get("answering_printers"))),
        ("simulator CPU a small fraction of the poller's",
         "%.2f of the poller's CPU (v2c), %.1f µs per request; v3 %.2f CPU-s, %.1f µs per request" % (
             s["sim_cpu_over_poller_cpu"], s["sim_cpu_us_per_request"], v3w.get("sim_cpu_s", -1),
             s.get("sim_cpu_us_per_request_v3", -1)),
         "a quarter" if s["sim_cpu_over_poller_cpu"] < 0.3 else "a third or more"),
    ]
    lines = ["| target (issue 3) | measured | met? |", "| --- | --- | --- |"]
    lines += ["| %s | %s | %s |" % row for row in rows]
    return "\n".join(lines)


def summary_line(d):
    s, n = d["summary"], d["devices"]
    sweep = d.get("sweep", {}).get("unpaced", {})
    r = lambda v: "%.2f" % v if v and v > 0 else "n/a"
    return ("SUMMARY n=%d warm_rounds=%d v2c_warm=%.3fs v3/v2c=%s async_ref/pw=%s (cpu %s) cli/pw=%s fusion/pw=%s pw/udp_floor=%s "
            "sim_cpu/poller_cpu=%s values/dev=%.0f values/cpu_s=%.0f peak_B/dev=%.0f sweep=%.0f probes/s found=%d/%d"
            % (n, s.get("warm_rounds", 1), s["v2c_warm_wall_s"], r(s["v3_over_v2c"]), r(s["async_ref_over_printwatch"]),
               r(s["async_ref_cpu_over_printwatch_cpu"]), r(s["cli_over_printwatch"]), r(s["fusion_over_printwatch"]),
               r(s["printwatch_over_udp_floor"]), r(s["sim_cpu_over_poller_cpu"]), s["values_per_device"],
               s["values_per_poller_cpu_s"], s["peak_bytes_per_device"], s["sweep_probes_per_s"],
               sweep.get("printers_found", -1), sweep.get("answering_printers", -1)))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("json")
    parser.add_argument("doc")
    parser.add_argument("--commit", default="?")
    parser.add_argument("--note", default="", help="one sentence about the machine during the run")
    a = parser.parse_args()
    raw = open(a.json, encoding="utf-8").read()
    d = json.loads(raw)
    machine = ""
    if d.get("cpu_model") or d.get("kernel"):
        machine = " (%s, Linux %s)" % (d.get("cpu_model") or "CPU unknown", d.get("kernel") or "?")
    facts = ("Commit `%s`, command `%s`, %d cores%s, load average %s at the start and %s at the end.%s"
             % (a.commit, d["command"], d["cores"], machine, d["loadavg_start"], d["loadavg_end"],
                (" " + a.note) if a.note else ""))
    blocks = {
        "facts": facts,
        "summary": "```\n" + summary_line(d) + "\n```",
        "targets": target_table(d),
        "json": "```json\n" + raw.strip() + "\n```",
    }
    doc = open(a.doc, encoding="utf-8").read()
    for name, text in blocks.items():
        pattern = re.compile(r"(<!-- bench:%s -->\n)(?:.*?\n)?(<!-- /bench:%s -->)" % (name, name), re.S)
        if not pattern.search(doc):
            raise SystemExit("no <!-- bench:%s --> block in %s" % (name, a.doc))
        doc = pattern.sub(lambda m: m.group(1) + text + "\n" + m.group(2), doc)
    open(a.doc, "w", encoding="utf-8").write(doc)


if __name__ == "__main__":
    main()
