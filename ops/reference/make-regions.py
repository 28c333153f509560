#!/usr/bin/env python3
"""make-regions.py: regenerate jobs/reference/regions.csv, the gazetteer of China's
administrative divisions (province, prefecture and county level) with their GB/T 2260 codes,
the years each code and name was in use, and the codes that succeeded it.

Data source
  repository : https://github.com/yescallop/areacodes ("中华人民共和国县级以上行政区划代码",
               1981 to date, with the correspondence of old and new codes)
  version    : commit SOURCE_COMMIT below (2025-11-04), file result.csv
  origin     : Ministry of Civil Affairs (民政部), 县级以上行政区划代码 and 县级以上行政区划变更情况
  licence    : CC0 1.0 (the repository's LICENSE)

result.csv holds one record per code and name with its years: 启用时间 (first year-end list
that has it), 变更/弃用时间 (first year-end list that no longer has it, exclusive) and 新代码
(the codes that took its area over; `CODE[YEAR]` on a record still in use means part of its area
went to CODE in YEAR). Each year's list is the state of 31 December.

Output, UTF-8, LF, sorted by code then years:
  code,name,short_name,level,parent_code,valid_from,valid_to,successors
valid_from is empty for a record in the dataset's first list (1981: in use since before);
valid_to is empty while in use; successors is 新代码 as the dataset writes it (`;` between codes).
The first five columns are the file's earlier format; readers that know only those keep working.

Rerun, from the project root (python3 >= 3.8 and git; no network):
  git clone https://github.com/yescallop/areacodes /some/dir   # or any clone or mirror with the commit
  python3 ops/reference/make-regions.py /some/dir/.git
With the same commit it rewrites an identical file. To move on: change SOURCE_COMMIT, rerun,
review the diff of regions.csv and the printed counts.
"""

import csv
import io
import os
import subprocess
import sys

SOURCE_REPOSITORY = "https://github.com/yescallop/areacodes"
SOURCE_COMMIT = "eed219a0678d36bacaa717f62443b10e869f0291"
SOURCE_FILE = "result.csv"
FIRST_YEAR = 1981
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "jobs", "reference", "regions.csv")
LEVELS = {"省级": "province", "地级": "prefecture", "县级": "county"}


def fail(message):
    sys.exit("make-regions.py: ERROR: " + message)


# The 55 minority ethnic groups, plus 各 (as in 龙胜各族自治县), longest first: stripped from
# the names of autonomous areas to make their short names (阿坝藏族羌族自治州 -> 阿坝州).
ETHNIC_GROUPS = sorted([
    "蒙古", "回", "藏", "维吾尔", "苗", "彝", "壮", "布依", "朝鲜", "满", "侗", "瑶", "白", "土家",
    "哈尼", "哈萨克", "傣", "黎", "傈僳", "佤", "畲", "高山", "拉祜", "水", "东乡", "纳西", "景颇",
    "柯尔克孜", "土", "达斡尔", "仫佬", "羌", "布朗", "撒拉", "毛南", "仡佬", "锡伯", "阿昌", "普米",
    "塔吉克", "怒", "乌孜别克", "俄罗斯", "鄂温克", "德昂", "保安", "裕固", "京", "塔塔尔", "独龙",
    "鄂伦春", "赫哲", "门巴", "珞巴", "基诺", "各",
], key=len, reverse=True)


def strip_ethnic(stem):
    """Strips trailing ethnic group names, never below two characters."""
    s = stem
    while True:
        following = None
        for group in ETHNIC_GROUPS:
            if s.endswith(group + "族"):
                following = s[:-(len(group) + 1)]
                break
            if len(group) > 1 and s.endswith(group):
                following = s[:-len(group)]
                break
        if following is None:
            return s
        if len(following) < 2:
            return s[:-1] if s.endswith("族") and len(s) > 2 else s
        s = following


def strip_suffix(name, suffixes):
    for suffix in suffixes:
        if name.endswith(suffix) and len(name) - len(suffix) >= 2:
            return name[:-len(suffix)]
    return None


def short_name(name):
    """The short form offices write: 成都市 -> 成都, 阿坝藏族羌族自治州 -> 阿坝州, 泸县 stays."""
    for suffix, unit in (("特别行政区", ""), ("自治区", ""), ("自治州", "州"), ("自治县", "县"), ("自治旗", "旗")):
        if name.endswith(suffix):
            return strip_ethnic(name[:-len(suffix)]) + unit
    if name.endswith("族区"):
        return strip_ethnic(name[:-1])
    if name.endswith("盟") or name.endswith("旗"):
        return name
    if name == "神农架林区":
        return "神农架"
    stripped = strip_suffix(name, ["地区", "新区", "矿区", "特区", "省", "市", "区", "县"])
    return stripped if stripped is not None else name


def read_source(git_dir):
    head = subprocess.run(["git", "--git-dir", git_dir, "cat-file", "-t", SOURCE_COMMIT],
                          capture_output=True, text=True)
    if head.returncode != 0:
        fail(f"{git_dir} does not hold commit {SOURCE_COMMIT} of {SOURCE_REPOSITORY}")
    data = subprocess.run(["git", "--git-dir", git_dir, "show", f"{SOURCE_COMMIT}:{SOURCE_FILE}"],
                          capture_output=True, check=True).stdout.decode("utf-8-sig")
    return list(csv.DictReader(io.StringIO(data)))


def overlaps(record, start, end):
    return record["from"] < end and start < record["to"]


def build(source):
    records = []
    for row in source:
        level = LEVELS.get(row["级别"])
        if level is None or not row["代码"].isdigit() or len(row["代码"]) != 6:
            fail(f"unexpected row {row}")
        end = int(row["变更/弃用时间"]) if row["变更/弃用时间"] else 10_000
        records.append({"code": row["代码"], "name": row["名称"], "level": level, "from": int(row["启用时间"]),
                        "to": end, "successors": row["新代码"]})
    by_code = {}
    for record in records:
        by_code.setdefault(record["code"], []).append(record)
    for record in records:
        code = record["code"]
        if record["level"] == "province":
            record["parent"] = ""
            continue
        province = code[:2] + "0000"
        parent = province
        if record["level"] == "county":
            prefecture = code[:4] + "00"
            if any(p["level"] == "prefecture" and overlaps(p, record["from"], record["to"])
                   for p in by_code.get(prefecture, [])):
                parent = prefecture
        if province not in by_code:
            fail(f"{code} {record['name']} has no province {province}")
        record["parent"] = parent
    return merge(records)


def merge(records):
    """Joins consecutive records of one code that differ only by a change above them
    (the dataset's 变更 of a county when its prefecture was renamed)."""
    records.sort(key=lambda r: (r["code"], r["from"]))
    merged = []
    for record in records:
        last = merged[-1] if merged else None
        if (last is not None and last["code"] == record["code"] and last["name"] == record["name"]
                and last["parent"] == record["parent"] and last["to"] == record["from"]):
            last["to"] = record["to"]
            last["successors"] = record["successors"]
            continue
        merged.append(dict(record))
    return merged


def check(rows):
    current = {r["code"]: r for r in rows if r["to"] == 10_000}
    checks = [
        (sum(1 for r in current.values() if r["level"] == "province") >= 31, "31+ provinces in use"),
        (sum(1 for r in current.values() if r["parent"] == "510000" and r["level"] == "prefecture") == 21,
         "四川省 has 21 prefectures in use"),
        (current.get("510185", {}).get("parent") == "510100", "510185 简阳市 under 成都市"),
        (current.get("513200", {}).get("name") == "阿坝藏族羌族自治州", "513200 阿坝藏族羌族自治州"),
        (any(r["code"] == "510122" and r["name"] == "双流县" and r["to"] == 2015 for r in rows), "510122 双流县 to 2015"),
        (any(r["code"] == "512081" and r["parent"] == "512000" and r["to"] == 2016 for r in rows),
         "512081 简阳市 under 资阳市 to 2016"),
    ]
    bad = [message for ok, message in checks if not ok]
    if bad:
        fail("sanity checks failed: " + "; ".join(bad))


def write(rows, path):
    with open(path, "w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(["code", "name", "short_name", "level", "parent_code", "valid_from", "valid_to", "successors"])
        for r in rows:
            writer.writerow([r["code"], r["name"], short_name(r["name"]), r["level"], r["parent"],
                             "" if r["from"] <= FIRST_YEAR else r["from"], "" if r["to"] == 10_000 else r["to"],
                             r["successors"]])


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: python3 ops/reference/make-regions.py <git dir of a clone of " + SOURCE_REPOSITORY + ">")
    rows = build(read_source(sys.argv[1]))
    check(rows)
    write(rows, os.path.normpath(OUT))
    in_use = sum(1 for r in rows if r["to"] == 10_000)
    print(f"source: {SOURCE_REPOSITORY} @ {SOURCE_COMMIT} ({SOURCE_FILE})")
    print(f"rows written: {len(rows)} ({in_use} in use, {len(rows) - in_use} earlier codes and names)")
    print(f"wrote {os.path.normpath(OUT)}")


if __name__ == "__main__":
    main()
