#!/usr/bin/env python3
"""Writes the binary files of the bad-input corpus (XLSX workbooks, junk, non-UTF-8 text).

Run from anywhere: python3 Tests/Fixtures/bad/make_binary_fixtures.py
Each file is small (< 200 KB) and committed; rerun only to change them. Deterministic output
(fixed timestamps, fixed random seed). Standard library only.
"""
import io
import os
import random
import struct
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
STAMP = (2026, 3, 1, 0, 0, 0)

CONTENT_TYPES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>
</Types>"""
ROOT_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>
</Relationships>"""
WB_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
</Relationships>"""
NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
WORKBOOK = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook {NS}><sheets><sheet name="Matrix" sheetId="1" r:id="rId1"/></sheets></workbook>'
NO_SHEETS = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook {NS}><sheets></sheets></workbook>'
# Style 0: general; style 1: a date (numFmtId 14).
STYLES = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet {NS}><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/></cellXfs></styleSheet>"""


def col(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def cell(ref, value):
    """A cell: str → inline string, number → number, tuple → raw XML body with attributes."""
    if value is None:
        return ""
    if isinstance(value, tuple):
        attrs, body = value
        return f'<c r="{ref}" {attrs}>{body}</c>'
    if isinstance(value, (int, float)):
        return f'<c r="{ref}"><v>{value}</v></c>'
    text = value.replace("&", "&amp;").replace("<", "&lt;")
    return f'<c r="{ref}" t="inlineStr"><is><t>{text}</t></is></c>'


def sheet(rows):
    body = "".join(
        f'<row r="{r + 1}">' + "".join(cell(f"{col(c)}{r + 1}", v) for c, v in enumerate(row)) + "</row>"
        for r, row in enumerate(rows))
    return f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet {NS}><sheetData>{body}</sheetData></worksheet>'


def workbook(name, sheet_xml=None, rows=None, parts=None, workbook_xml=WORKBOOK, drop=()):
    if sheet_xml is None and rows is not None:
        sheet_xml = sheet(rows)
    files = {
        "[Content_Types].xml": CONTENT_TYPES,
        "_rels/.rels": ROOT_RELS,
        "xl/workbook.xml": workbook_xml,
        "xl/_rels/workbook.xml.rels": WB_RELS,
        "xl/styles.xml": STYLES,
        "xl/worksheets/sheet1.xml": sheet_xml,
    }
    files.update(parts or {})
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as z:
        for path, text in files.items():
            if path in drop or text is None:
                continue
            info = zipfile.ZipInfo(path, STAMP)
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, text.encode("utf-8") if isinstance(text, str) else text)
    data = buffer.getvalue()
    write(name, data)
    return data


def write(name, data):
    assert len(data) < 200 * 1024, f"{name} is {len(data)} bytes"
    with open(os.path.join(HERE, name), "wb") as f:
        f.write(data)


HEADER = ["From\\to", "11.6", "3.9", "7.2"]
GOOD = [HEADER, ["11.6", None, 2, 1], ["3.9", 1, None, 0], ["7.2", -1, 2, None]]


def zip_bomb_honest():
    """A workbook whose sheet part really unpacks to 60 MB of repeated XML, and says so."""
    row = "<row><c><v>0</v></c></row>" * 1024  # ~26 KB
    chunk = row.encode()
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        for path, text in [("[Content_Types].xml", CONTENT_TYPES), ("_rels/.rels", ROOT_RELS),
                           ("xl/workbook.xml", WORKBOOK), ("xl/_rels/workbook.xml.rels", WB_RELS),
                           ("xl/styles.xml", STYLES)]:
            z.writestr(zipfile.ZipInfo(path, STAMP), text)
        info = zipfile.ZipInfo("xl/worksheets/sheet1.xml", STAMP)
        info.compress_type = zipfile.ZIP_DEFLATED
        with z.open(info, "w", force_zip64=True) as f:
            f.write(f'<?xml version="1.0"?><worksheet {NS}><sheetData>'.encode())
            for _ in range(60 * 1024 * 1024 // len(chunk)):
                f.write(chunk)
            f.write(b"</sheetData></worksheet>")
    write("xlsx-zip-bomb.xlsx", buffer.getvalue())


def zip_bomb_lying():
    """A workbook whose sheet part declares 2 000 bytes unpacked but really unpacks to 60 MB."""
    payload = b"<row><c><v>0</v></c></row>" * (60 * 1024 * 1024 // 26)
    data = bytearray(workbook("xlsx-zip-bomb-lying.xlsx", sheet_xml=payload))
    name = b"xl/worksheets/sheet1.xml"
    # Patch the uncompressed size in the local header (offset 22) and the central directory (offset 24).
    i = 0
    while True:
        i = data.find(b"PK\x03\x04", i)
        if i < 0:
            break
        n = struct.unpack_from("<H", data, i + 26)[0]
        if data[i + 30:i + 30 + n] == name:
            struct.pack_into("<I", data, i + 22, 2000)
        i += 4
    i = 0
    while True:
        i = data.find(b"PK\x01\x02", i)
        if i < 0:
            break
        n = struct.unpack_from("<H", data, i + 28)[0]
        if data[i + 46:i + 46 + n] == name:
            struct.pack_into("<I", data, i + 24, 2000)
        i += 4
    write("xlsx-zip-bomb-lying.xlsx", bytes(data))


def central_entries(data):
    """The offsets of the central-directory entries of a ZIP archive (from its end record)."""
    end = data.rfind(b"PK\x05\x06")
    count, offset = struct.unpack_from("<H", data, end + 10)[0], struct.unpack_from("<I", data, end + 16)[0]
    entries = []
    for _ in range(count):
        entries.append(offset)
        name, extra, comment = struct.unpack_from("<HHH", data, offset + 28)
        offset += 46 + name + extra + comment
    return end, entries


def zip_offsets_past_end():
    """Archives whose offsets point past their end (ZIPFoundation trapped on each; found by fuzzing)."""
    good = bytearray(workbook("xlsx-local-header-past-end.xlsx", rows=GOOD))
    end, entries = central_entries(good)
    data = bytearray(good)
    struct.pack_into("<I", data, entries[0] + 42, 0x7FFFFFF0)  # the first entry's local header
    write("xlsx-local-header-past-end.xlsx", bytes(data))
    data = bytearray(good)
    struct.pack_into("<I", data, end + 16, 0x7FFFFFF0)  # the central directory itself
    write("xlsx-central-directory-past-end.xlsx", bytes(data))
    data = bytearray(good)
    flags = struct.unpack_from("<H", data, entries[0] + 8)[0]
    struct.pack_into("<H", data, entries[0] + 8, flags | 0x8)  # "sizes in a data descriptor" …
    struct.pack_into("<I", data, entries[0] + 20, 0xFFFFFFF0)  # … which lies 4 GB further on
    write("xlsx-data-descriptor-past-end.xlsx", bytes(data))
    # A ZIP64 extra field giving the first entry's local header the offset 2^64 - 1.
    first = entries[0]
    name, extra, comment = struct.unpack_from("<HHH", good, first + 28)
    record = bytearray(good[first:first + 46 + name + extra + comment])
    struct.pack_into("<I", record, 42, 0xFFFFFFFF)
    struct.pack_into("<H", record, 30, extra + 12)
    zip64 = struct.pack("<HHQ", 0x0001, 8, 0xFFFFFFFFFFFFFFFF)
    record = record[:46 + name + extra] + zip64 + record[46 + name + extra:]
    data = bytearray(good[:first] + record + good[first + 46 + name + extra + comment:])
    end += len(zip64)
    struct.pack_into("<I", data, end + 12, struct.unpack_from("<I", data, end + 12)[0] + len(zip64))
    write("xlsx-zip64-offset.xlsx", bytes(data))


def xml_name_not_utf8():
    """A worksheet whose XML has an attribute name with a byte that is not UTF-8 (FoundationXML trapped)."""
    workbook("xlsx-xml-name-not-utf8.xlsx", sheet_xml=sheet(GOOD).encode().replace(b"<sheetData>", b'<dimension ref\xff="A1:D4"/><sheetData>'))


def xml_callbacks_on_null():
    """XML that made FoundationXML call strlen on a null pointer: a processing instruction without data
    (found by fuzzing), and a DOCTYPE with a notation pushed past the first 4 KB by a comment."""
    workbook("xlsx-processing-instruction-no-data.xlsx", sheet_xml=sheet(GOOD).replace("<sheetData>", "<sheetData><?x?>"))
    workbook("xlsx-doctype-after-comment.xlsx", sheet_xml=sheet(GOOD).replace(
        "<worksheet", "<!--" + "x" * 5000 + '--><!DOCTYPE worksheet [<!NOTATION n SYSTEM "x">]>\n<worksheet', 1))


def main():
    rng = random.Random(9)
    junk = bytes(rng.randrange(256) for _ in range(4096))
    write("yaml-binary-junk.yaml", junk)
    write("json-binary-junk.json", junk[::-1])
    write("matrix-binary-junk.csv", junk[1024:])
    write("yaml-nul-byte.yaml", b"coherence: 1\nname: Bad\x00Name\n")
    write("matrix-latin1.csv", "From\\to,11.6,3.9\n11.6,,2\n3.9,1,\n# r\u00e9sum\u00e9\n".encode("latin-1"))
    write("json-utf16.json", '{"coherence": 1, "name": "Bad"}\n'.encode("utf-16"))
    write("yaml-png-renamed.yaml", b"\x89PNG\r\n\x1a\n" + junk[:200])

    good = workbook("xlsx-not-square.xlsx", rows=GOOD[:3])
    write("xlsx-truncated.xlsx", good[:len(good) // 2])
    write("xlsx-not-zip.xlsx", junk)
    write("xlsx-zero-bytes.xlsx", b"")
    write("xlsx-csv-renamed.xlsx", b"From\\to,11.6\n11.6,\n")
    workbook("xlsx-empty-sheet.xlsx", rows=[])
    workbook("xlsx-no-sheets.xlsx", rows=GOOD, workbook_xml=NO_SHEETS)
    workbook("xlsx-off-scale.xlsx", rows=[HEADER, ["11.6", None, 9, 1], ["3.9", 1, None, 0], ["7.2", -1, 2, None]])
    workbook("xlsx-text-score.xlsx", rows=[HEADER, ["11.6", None, "veel", 1], ["3.9", 1, None, 0], ["7.2", -1, 2, None]])
    # 1.3 typed into Dutch-locale Excel becomes the date 1 March: serial 46082 with a date style.
    workbook("xlsx-date-id.xlsx", rows=[["Van\\naar", ("s=\"1\"", "<v>46082</v>"), "11.6"],
                                         [("s=\"1\"", "<v>46082</v>"), None, 2], ["11.6", 1, None]])
    workbook("xlsx-header-differs.xlsx", rows=[HEADER, ["11.6", None, 2, 1], ["3.9", 1, None, 0], ["7.3", -1, 2, None]])
    workbook("xlsx-duplicate-column.xlsx", rows=[["From\\to", "11.6", "3.9", "3.9"], ["11.6", None, 2, 1], ["3.9", 1, None, 0], ["3.9", -1, 2, None]])
    workbook("xlsx-sentinel.xlsx", rows=[HEADER, ["11.6", None, -100, 1], ["3.9", 1, None, 0], ["7.2", -1, 2, None]])
    workbook("xlsx-missing-sheet-part.xlsx", rows=GOOD, drop=("xl/worksheets/sheet1.xml",))
    workbook("xlsx-malformed-xml.xlsx", sheet_xml=sheet(GOOD)[:-40] + "<row><c r=")
    workbook("xlsx-formula-no-value.xlsx", rows=[HEADER, ["11.6", None, ("", "<f>1+1</f>"), 1], ["3.9", 1, None, 0], ["7.2", -1, 2, None]])
    workbook("xlsx-huge-dimension.xlsx", rows=None, sheet_xml=sheet(GOOD).replace("</sheetData>", '<row r="1048576"><c r="XFD1048576"><v>1</v></c></row></sheetData>'))
    workbook("xlsx-bad-cell-ref.xlsx", rows=[HEADER, ["11.6", None, ("", "<v>2</v>"), 1]], sheet_xml=sheet(GOOD).replace('r="C2"', 'r="C0"'))
    workbook("xlsx-shared-string-out-of-range.xlsx", rows=None, sheet_xml=sheet(GOOD).replace('<c r="B1" t="inlineStr"><is><t>11.6</t></is></c>', '<c r="B1" t="s"><v>99</v></c>'))
    workbook("xlsx-plan-unknown-target.xlsx", rows=[["Beleidsdomein", "Nr", "Actie", "SDG's"], ["Mobiliteit", "1", "Lage-emissiezone", "11.99:+2"]])
    # handled/: a published-style matrix with 0 (numbers) on the diagonal, read as blank with one note.
    workbook("handled/matrix-zero-diagonal.xlsx", rows=[HEADER, ["11.6", 0, 2, 1], ["3.9", 1, 0, 0], ["7.2", -1, 2, 0]])
    zip_bomb_honest()
    zip_bomb_lying()
    zip_offsets_past_end()
    xml_name_not_utf8()
    xml_callbacks_on_null()


if __name__ == "__main__":
    main()
