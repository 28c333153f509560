#!/usr/bin/env python3
"""make-holidays.py: regenerate jobs/reference/holidays.csv, the calendar of China's public
holidays (法定节假日) and make-up workdays (调休上班日) that working-day deadlines count with.

Data source
  repository : https://github.com/NateScarlet/holiday-cn ("中国法定节假日数据", one JSON file
               per year, 2007 to date, each naming the notice it was taken from)
  version    : commit SOURCE_COMMIT below (2026-08-07), files <year>.json
  years      : 2007 to 2026; 2027.json at this commit is empty (the State Council had not
               published 2027's arrangement), so 2027 is left out, never guessed
  origin     : 国务院办公厅关于<year>年部分节假日安排的通知 (gov.cn), the `papers` of each file
  licence    : MIT (the repository's LICENSE)

Each <year>.json lists `days`: {name, date, isOffDay}; isOffDay true is a holiday (a day off
that would otherwise be a working day, or a weekend inside a holiday), false a make-up workday
(a Saturday or Sunday worked); a weekday marked false is a working day anyway and not
written. A year whose file has no notice (`papers` empty) or no days is
not covered.

Output, UTF-8, LF, sorted by date:
  date,kind,name
kind is `holiday` or `workday`; name is the festival as the notice writes it (春节, 国庆节、中秋节).
A year with at least one row is covered; Annals refuses to count working days in a year that
has none ("2027 年的节假日安排尚未发布") rather than treat it as weekdays only. Every covered
year has rows: 元旦 is always a holiday.

Rerun, from the project root (python3 >= 3.8 and git; no network):
  git clone https://github.com/NateScarlet/holiday-cn /some/dir   # or any clone or mirror with the commit
  python3 ops/reference/make-holidays.py /some/dir/.git
With the same commit it rewrites an identical file. To move on (each November, when the next
year's notice is out): change SOURCE_COMMIT, rerun, review the diff of holidays.csv against the
notice and the printed years.
"""

import csv
import datetime
import json
import os
import re
import subprocess
import sys

SOURCE_REPOSITORY = "https://github.com/NateScarlet/holiday-cn"
SOURCE_COMMIT = "d4e53bf2143de9a85bbd0a916c6c4adac32b075f"
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "jobs", "reference", "holidays.csv")


def fail(message):
    sys.exit("make-holidays.py: ERROR: " + message)


def git(git_dir, *args):
    return subprocess.run(["git", "--git-dir", git_dir, *args], capture_output=True, check=True).stdout


def read_source(git_dir):
    head = subprocess.run(["git", "--git-dir", git_dir, "cat-file", "-t", SOURCE_COMMIT],
                          capture_output=True, text=True)
    if head.returncode != 0:
        fail(f"{git_dir} does not hold commit {SOURCE_COMMIT} of {SOURCE_REPOSITORY}")
    names = git(git_dir, "ls-tree", "--name-only", SOURCE_COMMIT).decode("utf-8").split()
    years = {}
    for name in names:
        match = re.fullmatch(r"(\d{4})\.json", name)
        if match:
            years[int(match.group(1))] = json.loads(git(git_dir, "show", f"{SOURCE_COMMIT}:{name}").decode("utf-8"))
    return years


def build(years):
    rows, covered, missing = [], [], []
    for year in sorted(years):
        data = years[year]
        if not data.get("papers") or not data.get("days"):
            missing.append(year)
            continue
        covered.append(year)
        for day in data["days"]:
            date = datetime.date.fromisoformat(day["date"])
            kind = "holiday" if day["isOffDay"] else "workday"
            if kind == "workday" and date.weekday() < 5:
                # a weekday "not off" is a working day anyway: the dataset marks so a day
                # whose earlier arrangement a later notice undid (2020-02-03, after the
                # Spring Festival was extended)
                print(f"{date}: a weekday marked a working day ({day['name']}): a working day anyway, not written")
                continue
            rows.append((date.isoformat(), kind, day["name"]))
    rows.sort()
    if len({r[0] for r in rows}) != len(rows):
        fail("a date is listed twice")
    if covered != list(range(covered[0], covered[-1] + 1)):
        fail(f"the covered years have a gap: {covered}")
    if any(year < covered[-1] for year in missing):
        fail(f"a year before the last covered one is missing: {missing}")
    return rows, covered, missing


def check(rows):
    kinds = {date: kind for date, kind, _ in rows}
    checks = [
        (kinds.get("2024-02-04") == "workday", "2024-02-04 (Sunday) a make-up workday"),
        (kinds.get("2024-02-18") == "workday", "2024-02-18 (Sunday) a make-up workday"),
        (all(kinds.get(f"2024-02-{d}") == "holiday" for d in range(10, 18)), "2024-02-10..17 春节"),
        (all(kinds.get(f"2025-01-{d}") == "holiday" for d in range(28, 32)), "2025-01-28..31 春节"),
        (kinds.get("2025-01-26") == "workday" and kinds.get("2025-02-08") == "workday",
         "2025-01-26 and 2025-02-08 make-up workdays"),
        (all(kinds.get(f"2025-10-0{d}") == "holiday" for d in range(1, 9)), "2025-10-01..08 国庆节、中秋节"),
        (all(kinds.get(f"2026-02-{d}") == "holiday" for d in range(15, 24)), "2026-02-15..23 春节"),
        (kinds.get("2026-02-14") == "workday" and kinds.get("2026-02-28") == "workday",
         "2026-02-14 and 2026-02-28 make-up workdays"),
        (kinds.get("2026-01-04") == "workday", "2026-01-04 (Sunday) a make-up workday"),
    ]
    bad = [message for ok, message in checks if not ok]
    if bad:
        fail("sanity checks failed: " + "; ".join(bad))


def write(rows, path):
    with open(path, "w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(["date", "kind", "name"])
        writer.writerows(rows)


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: python3 ops/reference/make-holidays.py <git dir of a clone of " + SOURCE_REPOSITORY + ">")
    rows, covered, missing = build(read_source(sys.argv[1]))
    check(rows)
    write(rows, os.path.normpath(OUT))
    print(f"source: {SOURCE_REPOSITORY} @ {SOURCE_COMMIT}")
    print(f"years covered: {covered[0]}-{covered[-1]}; rows written: {len(rows)}")
    for year in missing:
        print(f"{year} 年的节假日安排尚未发布 (no notice for {year} in the dataset): not written")
    print(f"wrote {os.path.normpath(OUT)}")


if __name__ == "__main__":
    main()
