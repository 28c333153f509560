#!/usr/bin/env python3
"""Writes a statistics workbook of N facts, streaming, with nothing but the standard library,
so that benchmark inputs of any size are generated rather than committed. Beside it goes
OUT.facts.json: what it holds (cells, facts, regions, the sum of the values and a count and
sum per year and indicator, all in the indicators' canonical units), so that what was loaded
can be checked against what was written.

    ops/bench/make-workbook.py FACTS OUT [--csv] [--layout long|wide] [--shared-strings]
                               [--first-year Y] [--years N] [--first-indicator K]

Layouts:
  long  (default) one fact per row: 地区, 指标, 计量单位, 年份, 数值 (5 cells a row); as xlsx with
        inline strings, as xlsx with a shared-strings table like Excel's (--shared-strings), or
        as a GBK CSV (--csv).
  wide  a yearbook table per year, one sheet each: title (2022年四川省各县（市、区）主要指标), unit line
        (单位：万元), one header row (地区 | 地区生产总值（亿元） | … | 一般公共预算收入（万元） | 试算指标011 | …),
        one row per county, then 注： and 资料来源： lines. FACTS is rounded up to whole sheets.

Facts are Sichuan's counties (names unique in the country, from jobs/reference/regions.csv) ×
indicators × years (--first-year, default 1950, for --years, default 150 long and 1 wide). The first ten
indicators are real catalogue names; beyond them, provisional ones (试算指标NNN);
--first-indicator K starts at the K-th (0-based), so that files with different K or years hold
different facts. Values are deterministic: fact i (from 1) has value (i % 100000) / 10.
"""
import argparse
import csv
import json
import os
import zipfile
from decimal import Decimal

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
REAL = [("地区生产总值", "亿元"), ("第一产业增加值", "亿元"), ("第二产业增加值", "亿元"), ("第三产业增加值", "亿元"),
        ("一般公共预算收入", "亿元"), ("一般公共预算支出", "亿元"), ("社会消费品零售总额", "亿元"), ("常住人口", "万人"),
        ("城镇人口", "万人"), ("乡村人口", "万人")]
# In the wide layout this column is written in 万元, as yearbooks print it; loaded, it is 亿元.
WIDE_IN_WAN = "一般公共预算收入"
LONG_HEADER = ["地区", "指标", "计量单位", "年份", "数值"]


def counties():
    with open(os.path.join(ROOT, "jobs", "reference", "regions.csv"), encoding="utf-8") as f:
        rows = list(csv.reader(f))[1:]
    count = {}
    for r in rows:
        count[r[1]] = count.get(r[1], 0) + 1
        count[r[2]] = count.get(r[2], 0) + 1
    # counties in use (regions.csv also keeps former names and codes) whose name no other division had
    in_use = lambda r: len(r) < 7 or r[6] == ""
    return [r[1] for r in rows if r[3] == "county" and r[0].startswith("51") and in_use(r) and count[r[1]] == 1]


def indicator(k):
    """The k-th indicator (0-based): its name and the unit the long layout writes."""
    return REAL[k] if k < len(REAL) else ("试算指标%03d" % (k - len(REAL) + 1), "万元")


def value(i):
    return "%d.%d" % (i % 100000 // 10, i % 10)


class Manifest:
    """What a file holds, in canonical units, for the check after loading."""

    def __init__(self):
        self.cells = 0
        self.digest = {}
        self.regions = set()

    def fact(self, place, name, year, text, divisor=1):
        self.regions.add(place)
        v = Decimal(text) / divisor
        entry = self.digest.setdefault("%d|%s" % (year, name), [0, Decimal(0)])
        entry[0] += 1
        entry[1] += v

    def write(self, path, layout):
        facts = sum(c for c, _ in self.digest.values())
        total = sum((s for _, s in self.digest.values()), Decimal(0))
        body = {"file": os.path.basename(path), "layout": layout, "cells": self.cells, "facts": facts,
                "regions": len(self.regions), "sum": str(total),
                "digest": {k: [c, str(s)] for k, (c, s) in sorted(self.digest.items())}}
        with open(path + ".facts.json", "w", encoding="utf-8") as f:
            json.dump(body, f, ensure_ascii=False, indent=0)


def long_facts(n, first_year, years, first_indicator):
    places = counties()
    i = 0
    k = first_indicator
    while True:
        name, unit = indicator(k)
        for year in range(first_year, first_year + years):
            for place in places:
                if i >= n:
                    return
                i += 1
                yield place, name, unit, year, value(i)
        k += 1


def esc(text):
    return text.replace("&", "&amp;").replace("<", "&lt;")


def column(index):
    name = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        name = chr(65 + rest) + name
    return name


class SheetWriter:
    """Cells of one worksheet: numbers, inline strings, or indexes into a shared-strings table."""

    def __init__(self, manifest, shared=None):
        self.manifest = manifest
        self.shared = shared

    def text(self, ref, text):
        self.manifest.cells += 1
        if self.shared is not None:
            return '<c r="%s" t="s"><v>%d</v></c>' % (ref, self.shared[text])
        return '<c r="%s" t="inlineStr"><is><t>%s</t></is></c>' % (ref, esc(text))

    def number(self, ref, text):
        self.manifest.cells += 1
        return '<c r="%s"><v>%s</v></c>' % (ref, text)


def package(out, sheet_names, shared_strings=None):
    """Opens the xlsx zip with every part but the worksheets, which the caller streams in."""
    ns = 'xmlns="http://schemas.openxmlformats.org/package/2006/relationships"'
    rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    sheet_type = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"
    overrides = "".join('<Override PartName="/xl/worksheets/sheet%d.xml" ContentType="%s"/>' % (i, sheet_type)
                        for i in range(1, len(sheet_names) + 1))
    rels = "".join('<Relationship Id="rId%d" Type="%s/worksheet" Target="worksheets/sheet%d.xml"/>' % (i, rel, i)
                   for i in range(1, len(sheet_names) + 1))
    sheets = "".join('<sheet name="%s" sheetId="%d" r:id="rId%d"/>' % (esc(name), i, i)
                     for i, name in enumerate(sheet_names, start=1))
    if shared_strings is not None:
        overrides += ('<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-'
                      'officedocument.spreadsheetml.sharedStrings+xml"/>')
        rels += '<Relationship Id="rIdS" Type="%s/sharedStrings" Target="sharedStrings.xml"/>' % rel
    head = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    parts = {
        "[Content_Types].xml": head + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' + overrides + "</Types>",
        "_rels/.rels": head + "<Relationships %s><Relationship Id=\"rId1\" Type=\"%s/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>" % (ns, rel),
        "xl/workbook.xml": head + '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="%s"><sheets>%s</sheets></workbook>' % (rel, sheets),
        "xl/_rels/workbook.xml.rels": head + "<Relationships %s>%s</Relationships>" % (ns, rels),
    }
    z = zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED)
    for name, text in parts.items():
        z.writestr(name, text)
    if shared_strings is not None:
        items = "".join("<si><t>%s</t></si>" % esc(s) for s in shared_strings)
        z.writestr("xl/sharedStrings.xml", head + '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" uniqueCount="%d">%s</sst>' % (len(shared_strings), items))
    return z


def stream_sheet(z, number, dimension, rows):
    with z.open("xl/worksheets/sheet%d.xml" % number, "w", force_zip64=True) as sheet:
        sheet.write(('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><dimension ref="%s"/><sheetData>' % dimension).encode())
        buf = []
        for row in rows:
            buf.append(row)
            if len(buf) == 5000:
                sheet.write("".join(buf).encode())
                buf = []
        sheet.write("".join(buf).encode())
        sheet.write(b"</sheetData></worksheet>")


def write_long_xlsx(a, manifest):
    facts = long_facts(a.facts, a.first_year, a.years, a.first_indicator)
    shared = None
    strings = None
    if a.shared_strings:
        strings = list(LONG_HEADER) + counties() + ["万元", "亿元", "万人"]
        k = a.first_indicator
        while k < a.first_indicator + a.facts // (len(counties()) * a.years) + 2:
            strings.append(indicator(k)[0])
            k += 1
        strings = list(dict.fromkeys(strings))
        shared = {s: i for i, s in enumerate(strings)}
    w = SheetWriter(manifest, shared)

    def rows():
        yield '<row r="1">' + "".join(w.text("%s1" % c, h) for c, h in zip("ABCDE", LONG_HEADER)) + "</row>"
        for r, (place, name, unit, year, v) in enumerate(facts, start=2):
            manifest.fact(place, name, year, v)
            yield '<row r="%d">%s%s%s%s%s</row>' % (r, w.text("A%d" % r, place), w.text("B%d" % r, name),
                                                    w.text("C%d" % r, unit), w.number("D%d" % r, str(year)),
                                                    w.number("E%d" % r, v))

    with package(a.out, ["长表"], strings) as z:
        stream_sheet(z, 1, "A1:E%d" % (a.facts + 1), rows())


def write_wide_xlsx(a, manifest):
    places = counties()
    per_sheet = -(-a.facts // (len(places) * a.years))
    names = [indicator(k)[0] for k in range(a.first_indicator, a.first_indicator + per_sheet)]
    years = list(range(a.first_year, a.first_year + a.years))
    w = SheetWriter(manifest)
    i = 0

    def header(name):
        if name == WIDE_IN_WAN:
            return name + "（万元）"
        unit = dict(REAL).get(name)
        return name + ("（%s）" % unit if unit else "")

    def rows(year):
        nonlocal i
        last = column(len(names))
        yield '<row r="1">%s</row>' % w.text("A1", "%d年四川省各县（市、区）主要指标" % year)
        yield '<row r="2">%s</row>' % w.text(last + "2", "单位：万元")
        yield '<row r="3">%s%s</row>' % (w.text("A3", "地区"),
                                         "".join(w.text("%s3" % column(c), header(n)) for c, n in enumerate(names, 1)))
        r = 3
        for place in places:
            r += 1
            cells = [w.text("A%d" % r, place)]
            for c, name in enumerate(names, 1):
                i += 1
                v = value(i)
                manifest.fact(place, name, year, v, 10000 if name == WIDE_IN_WAN else 1)
                cells.append(w.number("%s%d" % (column(c), r), v))
            yield '<row r="%d">%s</row>' % (r, "".join(cells))
        yield '<row r="%d">%s</row>' % (r + 1, w.text("A%d" % (r + 1), "注：本表数据由基准测试生成，并非统计数据。"))
        yield '<row r="%d">%s</row>' % (r + 2, w.text("A%d" % (r + 2), "资料来源：ops/bench/make-workbook.py"))

    with package(a.out, ["%d年" % y for y in years]) as z:
        for number, year in enumerate(years, 1):
            stream_sheet(z, number, "A1:%s%d" % (column(len(names)), len(places) + 5), rows(year))


def write_csv(a, manifest):
    with open(a.out, "w", encoding="gbk", newline="") as f:
        f.write(",".join(LONG_HEADER) + "\r\n")
        manifest.cells += 5
        for place, name, unit, year, v in long_facts(a.facts, a.first_year, a.years, a.first_indicator):
            manifest.fact(place, name, year, v)
            manifest.cells += 5
            f.write("%s,%s,%s,%d,%s\r\n" % (place, name, unit, year, v))


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("facts", type=int)
    p.add_argument("out")
    p.add_argument("--csv", action="store_true", help="a GBK CSV (long layout)")
    p.add_argument("--layout", choices=["long", "wide"], default="long")
    p.add_argument("--shared-strings", action="store_true", help="long xlsx with a shared-strings table")
    p.add_argument("--first-year", type=int, default=1950)
    p.add_argument("--years", type=int, help="years from the first (default: 150 long, 1 wide)")
    p.add_argument("--first-indicator", type=int, default=0)
    a = p.parse_args()
    a.years = a.years or (1 if a.layout == "wide" and not a.csv else 150)
    os.makedirs(os.path.dirname(os.path.abspath(a.out)), exist_ok=True)
    manifest = Manifest()
    if a.csv:
        write_csv(a, manifest)
    elif a.layout == "wide":
        write_wide_xlsx(a, manifest)
    else:
        write_long_xlsx(a, manifest)
    manifest.write(a.out, "csv" if a.csv else a.layout + ("+sst" if a.shared_strings else ""))


if __name__ == "__main__":
    main()
