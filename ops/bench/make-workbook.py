#!/usr/bin/env python3
"""Writes a long-format statistics workbook (地区, 指标, 计量单位, 年份, 数值) of N rows as
xlsx, streaming, with nothing but the standard library, so that benchmark inputs of any
size are generated rather than committed.

    ops/bench/make-workbook.py ROWS OUT.xlsx [--csv]   (--csv writes a GBK CSV instead)

Every row is a distinct fact: Sichuan's counties (names unique in the country, from
jobs/reference/regions.csv) × indicators × years 1950–2099. The first indicators are real
catalogue names; beyond them, provisional ones (试算指标NNN). Values are deterministic:
row i has value (i % 100000) / 10.
"""
import csv
import os
import sys
import zipfile

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
REAL = ["地区生产总值", "第一产业增加值", "第二产业增加值", "第三产业增加值", "一般公共预算收入", "一般公共预算支出",
        "社会消费品零售总额", "常住人口", "城镇人口", "乡村人口"]


def counties():
    with open(os.path.join(ROOT, "jobs", "reference", "regions.csv"), encoding="utf-8") as f:
        rows = list(csv.reader(f))[1:]
    count = {}
    for r in rows:
        count[r[1]] = count.get(r[1], 0) + 1
        count[r[2]] = count.get(r[2], 0) + 1
    return [r[1] for r in rows if r[3] == "county" and r[0].startswith("51") and count[r[1]] == 1]


def facts(n):
    places = counties()
    years = range(1950, 2100)
    per_indicator = len(places) * len(years)
    i = 0
    k = 0
    while i < n:
        name = REAL[k] if k < len(REAL) else "试算指标%03d" % (k - len(REAL) + 1)
        for year in years:
            for place in places:
                if i >= n:
                    return
                i += 1
                yield place, name, year, "%d.%d" % (i % 100000 // 10, i % 10)
        k += 1
    assert per_indicator > 0


def cell(ref, text, number=False):
    if number:
        return '<c r="%s"><v>%s</v></c>' % (ref, text)
    text = text.replace("&", "&amp;").replace("<", "&lt;")
    return '<c r="%s" t="inlineStr"><is><t>%s</t></is></c>' % (ref, text)


def write_xlsx(n, out):
    parts = {
        "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
        "_rels/.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
        "xl/workbook.xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="长表" sheetId="1" r:id="rId1"/></sheets></workbook>',
        "xl/_rels/workbook.xml.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
    }
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, text in parts.items():
            z.writestr(name, text)
        with z.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as sheet:
            w = sheet.write
            w(b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>')
            header = ["地区", "指标", "计量单位", "年份", "数值"]
            w(('<row r="1">' + "".join(cell("%s1" % c, h) for c, h in zip("ABCDE", header)) + "</row>").encode())
            buf = []
            for r, (place, name, year, value) in enumerate(facts(n), start=2):
                buf.append('<row r="%d">%s%s%s%s</row>' % (r, cell("A%d" % r, place), cell("B%d" % r, name),
                                                          cell("D%d" % r, str(year), True), cell("E%d" % r, value, True)))
                if len(buf) == 5000:
                    w("".join(buf).encode())
                    buf = []
            w("".join(buf).encode())
            w(b"</sheetData></worksheet>")


def write_csv(n, out):
    with open(out, "w", encoding="gbk", newline="") as f:
        f.write("地区,指标,计量单位,年份,数值\r\n")
        for place, name, year, value in facts(n):
            f.write("%s,%s,,%d,%s\r\n" % (place, name, year, value))


if __name__ == "__main__":
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    rows, target = int(sys.argv[1]), sys.argv[2]
    os.makedirs(os.path.dirname(os.path.abspath(target)), exist_ok=True)
    (write_csv if "--csv" in sys.argv else write_xlsx)(rows, target)
