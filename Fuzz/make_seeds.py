#!/usr/bin/env python3
"""Writes the seed corpus of each fuzz harness from the repository's fixtures and models.

Usage: python3 Fuzz/make_seeds.py CORPUS_ROOT   (Scripts/fuzz.sh passes Fuzz/corpus)

Every seed is written as CORPUS_ROOT/<harness>/seed-<name>; rerunning overwrites the seeds and
leaves the inputs the fuzzer added (named by their SHA-1) alone. Standard library only.

Sources (all read-only):
- FuzzModel:      Models/*.yaml, Tests/Fixtures/models/**, Tests/Fixtures/bad/{yaml,json}-*,
                  Fuzz/seeds/model/* (a JSON model), and models followed by `\\n%%MATRIX%%\\n` and a
                  matrix file (example + expert A; template + a cut of expert B; a long table).
- FuzzMatrix:     Models/matrices/*.csv, Tests/Fixtures/bad/matrix-*, bad/handled/*, cuts and long tables.
- FuzzActionPlan: Models/plans/*.csv (and the plan followed by `\\n%%OWNERSHIP%%\\n` and the ownership
                  table), Tests/Fixtures/bad/plan-*, a small English plan, the plan workbooks below.
- FuzzWorkbook:   Tests/Fixtures/bad/xlsx-*.xlsx, and workbooks built here from Models/ (a matrix
                  with shared strings, dates, a formula, a merged cell and a hidden sheet; the plan
                  with its ownership sheet).
Every workbook is written twice: as the .xlsx archive, and as its parts in the text form the
harnesses assemble into a ZIP archive (`@@ xl/workbook.xml`, the XML, `@@ …`; see
Fuzz/Sources/FuzzSupport/FuzzInput.swift), which lets the fuzzer mutate the XML itself.
"""
import csv
import glob
import io
import os
import sys
import zipfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FIX = os.path.join(ROOT, "Tests", "Fixtures")
MODELS = os.path.join(ROOT, "Models")
STAMP = (2026, 3, 1, 0, 0, 0)


def read(path):
    with open(path, "rb") as f:
        return f.read()


def files(*patterns):
    found = []
    for pattern in patterns:
        found += sorted(p for p in glob.glob(os.path.join(ROOT, pattern), recursive=True) if os.path.isfile(p))
    return found


class Corpus:
    def __init__(self, root, harness):
        self.dir = os.path.join(root, harness)
        os.makedirs(self.dir, exist_ok=True)
        self.count = 0

    def add(self, name, data):
        safe = "".join(c if c.isalnum() or c in "-_." else "_" for c in name)
        with open(os.path.join(self.dir, "seed-" + safe), "wb") as f:
            f.write(data)
        self.count += 1

    def add_files(self, paths):
        for path in paths:
            self.add(os.path.relpath(path, ROOT).replace(os.sep, "_"), read(path))


# --- workbooks -------------------------------------------------------------------------------

NS = ('xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
      'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"')
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'


def col(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def escape(text):
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def number(text):
    try:
        float(text)
        return True
    except ValueError:
        return False


def workbook_parts(sheets, shared=True, extras=None):
    """sheets: [(name, rows, state)], rows: lists of str or ("raw", xml body with attributes)."""
    strings, index = [], {}

    def cell(ref, value):
        if value is None or value == "":
            return ""
        if isinstance(value, tuple):
            return f'<c r="{ref}" {value[1]}</c>'
        if number(value):
            return f'<c r="{ref}"><v>{value}</v></c>'
        if shared:
            if value not in index:
                index[value] = len(strings)
                strings.append(value)
            return f'<c r="{ref}" t="s"><v>{index[value]}</v></c>'
        return f'<c r="{ref}" t="inlineStr"><is><t xml:space="preserve">{escape(value)}</t></is></c>'

    parts = {}
    rels = [f'<Relationship Id="rIdStyles" Type="{REL}/styles" Target="styles.xml"/>']
    entries = []
    for n, (name, rows, state, merges) in enumerate(sheets, 1):
        body = "".join(f'<row r="{r + 1}">' + "".join(cell(f"{col(c)}{r + 1}", v) for c, v in enumerate(row)) + "</row>"
                       for r, row in enumerate(rows))
        merge = ""
        if merges:
            merge = f'<mergeCells count="{len(merges)}">' + "".join(f'<mergeCell ref="{m}"/>' for m in merges) + "</mergeCells>"
        parts[f"xl/worksheets/sheet{n}.xml"] = f"{XML}<worksheet {NS}><dimension ref=\"A1\"/><sheetData>{body}</sheetData>{merge}</worksheet>"
        rels.append(f'<Relationship Id="rId{n}" Type="{REL}/worksheet" Target="worksheets/sheet{n}.xml"/>')
        st = f' state="{state}"' if state else ""
        entries.append(f'<sheet name="{escape(name)}" sheetId="{n}"{st} r:id="rId{n}"/>')
    if strings:
        rels.append(f'<Relationship Id="rIdStrings" Type="{REL}/sharedStrings" Target="sharedStrings.xml"/>')
        items = "".join(f'<si><t xml:space="preserve">{escape(s)}</t></si>' for s in strings)
        parts["xl/sharedStrings.xml"] = f'{XML}<sst {NS} count="{len(strings)}" uniqueCount="{len(strings)}">{items}</sst>'
    parts["xl/styles.xml"] = (f'{XML}<styleSheet {NS}><numFmts count="1"><numFmt numFmtId="164" formatCode="d-mmm"/></numFmts>'
                              '<cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/>'
                              '<xf numFmtId="164" applyNumberFormat="1"/></cellXfs></styleSheet>')
    parts["xl/workbook.xml"] = f"{XML}<workbook {NS}><sheets>{''.join(entries)}</sheets></workbook>"
    parts["xl/_rels/workbook.xml.rels"] = (f'{XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                                           + "".join(rels) + "</Relationships>")
    parts["_rels/.rels"] = (f'{XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                            f'<Relationship Id="rId1" Type="{REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>')
    parts.update(extras or {})
    ordered = ["_rels/.rels", "xl/workbook.xml", "xl/_rels/workbook.xml.rels"]
    return [(p, parts[p].encode()) for p in ordered] + [(p, v.encode()) for p, v in parts.items() if p not in ordered]


def to_zip(parts):
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for path, data in parts:
            info = zipfile.ZipInfo(path, STAMP)
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data)
    return out.getvalue()


def to_text(parts):
    return b"\n".join(b"@@ " + path.encode() + b"\n" + data for path, data in parts)


def unzip_parts(data):
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            return [(i.filename, z.read(i)) for i in z.infolist() if i.file_size < 200_000]
    except Exception:
        return None


def csv_rows(path, limit_rows=None, limit_cols=None):
    text = read(path).decode("utf-8-sig")
    dialect = ";" if text.split("\n", 1)[0].count(";") > text.split("\n", 1)[0].count(",") else ","
    rows = list(csv.reader(io.StringIO(text), delimiter=dialect))
    rows = rows[:limit_rows] if limit_rows else rows
    return [r[:limit_cols] if limit_cols else r for r in rows]


def matrix_workbook():
    rows = csv_rows(os.path.join(MODELS, "matrices", "workshop-2026-expert-a.csv"), 7, 7)
    rows = [list(r) for r in rows]
    rows[2][3] = ("raw", 't="str"><f>1+1</f><v>2</v>')          # a formula with its cached value
    rows[3][2] = ("raw", 's="2"><v>44986</v>')                    # a number shown as a date
    rows[4][4] = ("raw", 't="b"><v>0</v>')                        # a boolean
    rows[5][5] = ("raw", 't="e"><v>#N/A</v>')                     # an error
    hidden = [["note"], ["hidden sheet"]]
    header = [["Workshop 2026", "", ""], ["merged title"]]
    return workbook_parts([("Matrix", rows, None, ["A8:C8"]), ("Notes", hidden, "hidden", None),
                           ("Header", header, None, ["A1:C1"])])


def plan_workbook(shared=True):
    plan = csv_rows(os.path.join(MODELS, "plans", "actieplan-voorbeeld.csv"), 8)
    owners = csv_rows(os.path.join(MODELS, "plans", "eigenaarschap.csv"))
    return workbook_parts([("Actieplan", plan, None, None), ("Eigenaarschap", owners, None, None)], shared=shared)


def add_workbook(corpus, name, parts):
    corpus.add(name + ".xlsx", to_zip(parts))
    corpus.add(name + ".parts", to_text(parts))


# --- the harnesses -----------------------------------------------------------------------------

ENGLISH_PLAN = b"""id,label,domain,budget,sdg,groups,stakeholders,scope
lez,Low-emission zone,Mobility,"1,200,000","11.6:+2; 3.9:+1; 8.3:-1","low-income:-2; older persons:+1",Retailers (business),here
bus,Late bus,Mobility,90000,SDG 11,night workers,,elsewhere
,Mobility budget,Welfare,300 000,1.2,people in poverty,Anti-poverty network (civil society),later
"""

LONG_TABLE = b"""deskundige;van;naar;score;motivering
A;11.6;3.9;+2;Schonere lucht
A;3.9;7.2;\xe2\x88\x921;
B;11.2;levendige-kernen;versterkend;Bereikbaarheid
B;1.2;SDG11;0,5;
"""


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    out = sys.argv[1]
    expert_a = read(os.path.join(MODELS, "matrices", "workshop-2026-expert-a.csv"))
    expert_b_cut = "\n".join(";".join(r) for r in csv_rows(os.path.join(MODELS, "matrices", "workshop-2026-expert-b.csv"), 6, 6)).encode()

    model = Corpus(out, "FuzzModel")
    model.add_files(files("Models/*.yaml", "Tests/Fixtures/models/**/*.yaml", "Tests/Fixtures/models/**/*.json",
                          "Tests/Fixtures/bad/yaml-*", "Tests/Fixtures/bad/json-*", "Fuzz/seeds/model/*"))
    example = read(os.path.join(MODELS, "example.yaml"))
    template = read(os.path.join(MODELS, "template.yaml"))
    model.add("example-with-matrix.yaml", example + b"\n%%MATRIX%%\n" + expert_a)
    small = template.replace(b"matrices: []", b"matrices:\n  - m.csv\n  - {file: long.csv, expert: A}")
    model.add("template-with-matrix.yaml", small + b"\n%%MATRIX%%\n" + expert_b_cut)
    model.add("template-with-long-table.yaml", small + b"\n%%MATRIX%%\n" + LONG_TABLE)
    model.add("template-with-workbook.yaml", template.replace(b"matrices: []", b"matrices: [{file: m.xlsx, sheet: Matrix}]")
              + b"\n%%MATRIX%%\n" + to_zip(matrix_workbook()))

    matrix = Corpus(out, "FuzzMatrix")
    matrix.add_files(files("Models/matrices/*.csv", "Tests/Fixtures/bad/matrix-*", "Tests/Fixtures/bad/handled/*"))
    matrix.add("expert-b-cut.csv", expert_b_cut)
    matrix.add("long-table.csv", LONG_TABLE)
    matrix.add("long-table-en.csv", b"expert,from,to,score,rationale,confidence\nA,11.6,3.9,2,Cleaner air,high\nB,11.6,3.9,-1,,low\n")

    plan = Corpus(out, "FuzzActionPlan")
    plan.add_files(files("Models/plans/*.csv", "Tests/Fixtures/bad/plan-*", "Tests/Fixtures/bad/xlsx-plan-*"))
    plan.add("plan-with-ownership.csv", read(os.path.join(MODELS, "plans", "actieplan-voorbeeld.csv")) + b"\n%%OWNERSHIP%%\n"
             + read(os.path.join(MODELS, "plans", "eigenaarschap.csv")))
    plan.add("english-plan.csv", ENGLISH_PLAN)
    add_workbook(plan, "plan-workbook", plan_workbook())
    add_workbook(plan, "plan-workbook-inline", plan_workbook(shared=False))
    for path in files("Tests/Fixtures/bad/xlsx-plan-*.xlsx"):
        parts = unzip_parts(read(path))
        if parts:
            plan.add(os.path.basename(path) + ".parts", to_text(parts))

    workbook = Corpus(out, "FuzzWorkbook")
    workbook.add_files(files("Tests/Fixtures/bad/xlsx-*.xlsx"))
    add_workbook(workbook, "matrix-workbook", matrix_workbook())
    add_workbook(workbook, "plan-workbook", plan_workbook())
    for path in files("Tests/Fixtures/bad/xlsx-*.xlsx"):
        parts = unzip_parts(read(path))
        if parts:
            workbook.add(os.path.basename(path) + ".parts", to_text(parts))

    for corpus in (model, matrix, plan, workbook):
        print(f"{os.path.relpath(corpus.dir, ROOT)}: {corpus.count} seeds")


if __name__ == "__main__":
    main()
