#!/usr/bin/env python3
"""Generate Sources/Coherence/Catalogue/CatalogueData.swift from the UN SDG list and the curation files.

Usage:
    python3 Scripts/catalogue/generate_catalogue.py SDG_Target_Indicator_UNSD_2023.csv [OUTPUT.swift]

Inputs:
    the CSV (semicolon-separated, one row per indicator; columns SDGNumber;SDGTitle;TargetsNumber;Targets;
        IndicatorsNumber;Indicators;UNSDIndicatorCodes;JRCKeywords),
    targets.tsv (beside this script): target, short_en, short_nl, dimension, one row per target,
    lnob.tsv (beside this script): the hand review of the LNOB rule, target, in|out, reason.

The output is deterministic: the same inputs give the same bytes. Standard library only.
See README.md beside this script for the rule and the curation conventions.
"""

import csv
import hashlib
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
DEFAULT_OUTPUT = os.path.join(REPO, "Sources", "Coherence", "Catalogue", "CatalogueData.swift")
VERSION = "UNSD-2023"

# Per goal, from DESIGN.md section 3: Dutch name, official colour, 5P, wedding-cake layer.
GOALS = {
    1: ("Geen armoede", "#E5243B", "people", "society"),
    2: ("Geen honger", "#DDA63A", "people", "society"),
    3: ("Goede gezondheid en welzijn", "#4C9F38", "people", "society"),
    4: ("Kwaliteitsonderwijs", "#C5192D", "people", "society"),
    5: ("Gendergelijkheid", "#FF3A21", "people", "society"),
    6: ("Schoon water en sanitair", "#26BDE2", "planet", "biosphere"),
    7: ("Betaalbare en duurzame energie", "#FCC30B", "prosperity", "society"),
    8: ("Waardig werk en economische groei", "#A21942", "prosperity", "economy"),
    9: ("Industrie, innovatie en infrastructuur", "#FD6925", "prosperity", "economy"),
    10: ("Ongelijkheid verminderen", "#DD1367", "prosperity", "economy"),
    11: ("Duurzame steden en gemeenschappen", "#FD9D24", "prosperity", "society"),
    12: ("Verantwoorde consumptie en productie", "#BF8B2E", "planet", "economy"),
    13: ("Klimaatactie", "#3F7E44", "planet", "biosphere"),
    14: ("Leven in het water", "#0A97D9", "planet", "biosphere"),
    15: ("Leven op het land", "#56C02B", "planet", "biosphere"),
    16: ("Vrede, justitie en sterke publieke diensten", "#00689D", "peace", "society"),
    17: ("Partnerschap om doelstellingen te bereiken", "#19486A", "partnership", "partnership"),
}

DIMENSIONS = ("social", "economic", "environmental")

# Footnote markers that the extract glued to the last word of a text ("negotiation4" is footnote 4).
TEXT_FIXES = {
    "14.6": ("negotiation4", "negotiation"),
    "10.4.2": ("fiscal policy2", "fiscal policy"),
    "17.6.1": ("by speed5", "by speed"),
}

# ---------------------------------------------------------------------------------------------------
# The LNOB rule (DESIGN.md section 7), applied to the official target text, case-insensitively.
# Each pattern is (kind, regex); the text it matches is recorded as the target's LNOB words.
# ---------------------------------------------------------------------------------------------------
# "all" about countries or things does not count: "for all least developed countries", "all levels".
_NOT_PEOPLE = (r"(?!\s+(?:least\s+developed\s+|developing\s+|developed\s+)?"
               r"(?:countries|levels|sectors|sources|kinds|types|forms|its|their)\b)")
LNOB_RULE = [
    # 1. The text names people at risk of being left behind.
    ("people", r"\bthe poor(?:est)?\b"),
    ("people", r"\bpro-poor\b"),
    ("people", r"\bthe vulnerable\b"),
    ("people", r"\bvulnerable situations\b"),
    ("people", r"\bmarginali[sz]ed communities\b"),
    ("people", r"\bwomen\b"),
    ("people", r"\bgirls\b"),
    ("people", r"\bchild(?:ren)?\b"),
    ("people", r"\binfants\b"),
    ("people", r"\bnewborns\b"),
    ("people", r"\byouth\b"),
    ("people", r"\byoung people\b"),
    ("people", r"\bolder persons\b"),
    ("people", r"\bpersons with disabilities\b"),
    ("people", r"\bdisability\b"),
    ("people", r"\bindigenous peoples\b"),
    ("people", r"\bmigrants?\b"),
    ("people", r"\brefugees\b"),
    # 2. The text promises access for all, universal or equal access.
    ("access", r"\buniversal(?: and \w+)? (?:access|health coverage)\b"),
    ("access", r"\bequal access\b"),
    ("access", r"\bequitable access\b"),
    ("access", r"\bequal (?:rights|opportunit(?:y|ies)|pay)\b"),
    ("access", r"\bfor all\b" + _NOT_PEOPLE),
    ("access", r"\ball people\b"),
    ("access", r"\binclusion of all\b"),
    # 3. The text asks for data (or treatment) by income, sex, age, disability or other status.
    ("data", r"\bdisaggregated by\b"),
    ("data", r"\bmigratory status\b"),
    ("data", r"\bother status\b"),
    ("data", r"\bage, sex\b"),
]
LNOB_PATTERNS = [(kind, re.compile(regex, re.IGNORECASE)) for kind, regex in LNOB_RULE]


def fail(message):
    sys.stderr.write("generate_catalogue: error: " + message + "\n")
    sys.exit(1)


def clean(text):
    """Trim, make non-breaking spaces and hyphens plain, collapse runs of spaces."""
    text = text.replace("\u00a0", " ").replace("\u2011", "-")
    return re.sub(r"\s+", " ", text).strip()


def target_sort_key(target_id):
    goal, suffix = target_id.split(".")
    return (int(goal), 0, int(suffix), "") if suffix.isdigit() else (int(goal), 1, 0, suffix)


def read_csv(path):
    goals = {}
    targets = {}
    order = []
    with open(path, encoding="utf-8-sig", newline="") as handle:
        reader = csv.reader(handle, delimiter=";")
        header = next(reader)
        expected = ["SDGNumber", "SDGTitle", "TargetsNumber", "Targets", "IndicatorsNumber", "Indicators",
                    "UNSDIndicatorCodes", "JRCKeywords"]
        if header != expected:
            fail("unexpected header %r" % header)
        for line, row in enumerate(reader, start=2):
            if len(row) != 8:
                fail("line %d: expected 8 fields, found %d" % (line, len(row)))
            goal = int(row[0])
            title = clean(row[1])
            if goals.setdefault(goal, title) != title:
                fail("line %d: goal %d has two titles" % (line, goal))
            tid = row[2].strip().lower()
            if not re.fullmatch(r"\d+\.(\d+|[a-z])", tid) or int(tid.split(".")[0]) != goal:
                fail("line %d: bad target number %r" % (line, row[2]))
            text = clean(row[3])
            if tid in TEXT_FIXES:
                text = text.replace(*TEXT_FIXES[tid])
            if tid not in targets:
                targets[tid] = {"id": tid, "goal": goal, "text": text, "indicators": []}
                order.append(tid)
            elif targets[tid]["text"] != text:
                fail("line %d: target %s has two texts" % (line, tid))
            iid = row[4].strip()
            if iid == "0" and not row[5].strip():
                continue  # a target without indicators (11.c since the 2020 comprehensive review)
            if not iid.startswith(tid + "."):
                fail("line %d: indicator %r does not belong to target %s" % (line, iid, tid))
            itext = clean(row[5])
            if iid in TEXT_FIXES:
                itext = itext.replace(*TEXT_FIXES[iid])
            targets[tid]["indicators"].append((iid, itext, row[6].strip()))
    if sorted(goals) != list(range(1, 18)):
        fail("expected goals 1-17, found %r" % sorted(goals))
    if order != sorted(order, key=target_sort_key):
        fail("targets are not in official order")
    return goals, [targets[t] for t in order]


def read_tsv(name):
    path = os.path.join(HERE, name)
    rows = []
    with open(path, encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            rows.append((number, line.split("\t")))
    return path, rows


def read_curation(target_ids):
    path, rows = read_tsv("targets.tsv")
    curation = {}
    for number, fields in rows:
        where = "%s:%d" % (os.path.basename(path), number)
        if len(fields) != 4:
            fail("%s: expected 4 tab-separated fields, found %d" % (where, len(fields)))
        tid, short_en, short_nl, dimension = (f.strip() for f in fields)
        if tid not in target_ids:
            fail("%s: unknown target %r" % (where, tid))
        if tid in curation:
            fail("%s: target %s listed twice" % (where, tid))
        for label, name in (("short_en", short_en), ("short_nl", short_nl)):
            words = len(name.split())
            if not 2 <= words <= 5:
                fail("%s: %s %r has %d words, expected 2-5" % (where, label, name, words))
        if dimension not in DIMENSIONS:
            fail("%s: dimension %r is not one of %s" % (where, dimension, ", ".join(DIMENSIONS)))
        curation[tid] = (short_en, short_nl, dimension)
    missing = [t for t in target_ids if t not in curation]
    if missing:
        fail("targets.tsv lacks %d targets: %s" % (len(missing), " ".join(missing)))
    return curation


def read_lnob_review(targets_by_id):
    path, rows = read_tsv("lnob.tsv")
    review = {}
    for number, fields in rows:
        where = "%s:%d" % (os.path.basename(path), number)
        if len(fields) != 3:
            fail("%s: expected 3 tab-separated fields, found %d" % (where, len(fields)))
        tid, verdict, reason = (f.strip() for f in fields)
        if tid not in targets_by_id:
            fail("%s: unknown target %r" % (where, tid))
        if tid in review:
            fail("%s: target %s reviewed twice" % (where, tid))
        if verdict not in ("in", "out"):
            fail("%s: verdict must be in or out, found %r" % (where, verdict))
        if not reason:
            fail("%s: a review needs a reason" % where)
        quoted = re.findall(r'"([^"]+)"', reason)
        text = targets_by_id[tid]["text"].lower()
        for phrase in quoted:
            if phrase.lower() not in text:
                fail("%s: quoted %r does not occur in the official text of %s" % (where, phrase, tid))
        if verdict == "in" and not quoted:
            fail("%s: an 'in' review must quote the words of the official text that put the target in" % where)
        review[tid] = (verdict, [q.lower() for q in quoted], reason)
    return review


def rule_words(text):
    """The LNOB rule: the matched phrases, lowercased, distinct, in order of appearance in the text.

    Overlapping matches are joined into one phrase of the text ("for all" and "all people" in 1.1 give
    "for all people"; "equitable access" inside "universal and equitable access" gives the longer one).
    """
    spans = sorted((m.start(), m.end()) for _, pattern in LNOB_PATTERNS for m in pattern.finditer(text))
    merged = []
    for start, end in spans:
        if merged and start < merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    words = []
    for start, end in merged:
        word = text[start:end].lower()
        if word not in words:
            words.append(word)
    return words


def swift_string(text):
    if "\n" in text or "\r" in text:
        fail("line break in %r" % text)
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def render(goals, targets, curation, review, source_name, source_hash):
    out = []
    emit = out.append
    emit("// Generated by Scripts/catalogue/generate_catalogue.py from the UN SDG list (2023); do not edit.")
    emit("// Source: %s (sha256 %s)," % (source_name, source_hash))
    emit("// an MIT-licensed extract (c) 2023 Dominik Weckmüller of the UN global indicator framework;")
    emit("// curation: Scripts/catalogue/targets.tsv and Scripts/catalogue/lnob.tsv.")
    emit("// Regenerate: python3 Scripts/catalogue/generate_catalogue.py <path to the CSV>")
    emit("")
    emit("/// The data of the embedded SDG catalogue (generated).")
    emit("enum CatalogueData {")
    emit("    /// The version of the source list.")
    emit("    static let version = %s" % swift_string(VERSION))
    emit("")
    emit("    /// The 17 goals, in order.")
    emit("    static let goals: [Goal] = [")
    for number in range(1, 18):
        name_nl, colour, five_p, layer = GOALS[number]
        emit("        Goal(number: %d, nameEN: %s, nameNL: %s, colour: %s, fiveP: .%s, layer: .%s),"
             % (number, swift_string(goals[number]), swift_string(name_nl), swift_string(colour), five_p, layer))
    emit("    ]")
    emit("")
    emit("    /// The 169 targets, in official order.")
    emit("    static let targets: [Target] = [")
    for target in targets:
        tid = target["id"]
        short_en, short_nl, dimension = curation[tid]
        relevant, words = lnob_decision(target, review)
        emit("        Target(")
        emit("            id: %s, goal: %d," % (swift_string(tid), target["goal"]))
        emit("            text: %s," % swift_string(target["text"]))
        if target["indicators"]:
            emit("            indicators: [")
            for iid, itext, code in target["indicators"]:
                emit("                Indicator(id: %s, text: %s, code: %s),"
                     % (swift_string(iid), swift_string(itext), swift_string(code)))
            emit("            ],")
        else:
            emit("            indicators: [],")
        emit("            shortNameEN: %s, shortNameNL: %s, dimension: .%s,"
             % (swift_string(short_en), swift_string(short_nl), dimension))
        emit("            lnobRelevant: %s, lnobWords: [%s]" % ("true" if relevant else "false",
                                                             ", ".join(swift_string(w) for w in words)))
        emit("        ),")
    emit("    ]")
    emit("}")
    return "\n".join(out) + "\n"


def lnob_decision(target, review):
    words = rule_words(target["text"])
    if target["id"] in review:
        verdict, quoted, _ = review[target["id"]]
        if verdict == "out":
            return False, []
        for word in quoted:
            if word not in words:
                words.append(word)
    return bool(words), words


def main(argv):
    if len(argv) not in (2, 3):
        sys.stderr.write(__doc__)
        return 2
    source = argv[1]
    output = argv[2] if len(argv) == 3 else DEFAULT_OUTPUT
    with open(source, "rb") as handle:
        source_hash = hashlib.sha256(handle.read()).hexdigest()
    goals, targets = read_csv(source)
    target_ids = [t["id"] for t in targets]
    by_id = {t["id"]: t for t in targets}
    curation = read_curation(target_ids)
    review = read_lnob_review(by_id)
    text = render(goals, targets, curation, review, os.path.basename(source), source_hash)
    temporary = output + ".tmp"
    with open(temporary, "w", encoding="utf-8", newline="\n") as handle:
        handle.write(text)
    os.replace(temporary, output)
    relevant = [t["id"] for t in targets if lnob_decision(t, review)[0]]
    sys.stderr.write("generate_catalogue: %d goals, %d targets, %d indicators, %d LNOB-relevant -> %s\n"
                     % (len(goals), len(targets), sum(len(t["indicators"]) for t in targets),
                        len(relevant), os.path.relpath(output)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
