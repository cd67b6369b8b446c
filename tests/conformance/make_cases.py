#!/usr/bin/env python3
"""Writes the inputs of every conformance case, and optionally the expected outputs.

    python3 tests/conformance/make_cases.py --mienskip BINARY    # rewrites cases/, expected outputs too
    python3 tests/conformance/make_cases.py --out DIR            # only the inputs, into DIR

The inputs are fictional and made here from a fixed pseudo-random stream (SHA-256 in counter
mode, so the files are the same on every machine and every Python version). With --mienskip the
expected outputs are what that program writes for each case; see README.md for where each
expected file comes from and for the two fields that are not compared (`version`, `seconds`).
Only the standard library is used.
"""

import argparse
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")


class Stream:
    """Deterministic pseudo-random numbers for making the fictional data (not the lottery)."""

    def __init__(self, label):
        self.key = label.encode("utf-8")
        self.counter = 0
        self.buffer = b""

    def below(self, n):
        if len(self.buffer) < 8:
            self.buffer += hashlib.sha256(self.key + self.counter.to_bytes(8, "big")).digest()
            self.counter += 1
        value = int.from_bytes(self.buffer[:8], "big")
        self.buffer = self.buffer[8:]
        return value % n

    def pick(self, items):
        return items[self.below(len(items))]


FIRST_NAMES = ["Sjoerd", "Tsjalling", "Wiebe", "Hylke", "Jelle", "Sietse", "Auke", "Douwe", "Eelke",
               "Gerben", "Hessel", "Jouke", "Klaas", "Lolke", "Minne", "Oene", "Rintje", "Sybren",
               "Tjeerd", "Ynze", "Antsje", "Baukje", "Dieuwke", "Froukje", "Geeske", "Hiske",
               "Jeltsje", "Klaske", "Lutske", "Mintsje", "Neeltsje", "Sjoukje", "Tetje", "Wytske",
               "Ymkje", "Aukje", "Fokje", "Grytsje", "Sytske", "Akke"]
LAST_NAMES = ["de Boer", "Hoekstra", "van der Meer", "Bosma", "Dijkstra", "Visser", "Postma",
              "Terpstra", "Wijbenga", "Sikkema", "Zijlstra", "Hettinga", "Kingma", "Faber",
              "Jongsma", "Bouma", "Altena", "Brouwer", "Feenstra", "Gerbrandy", "Tiemersma",
              "Wâldmân", "Sûnenga"]
LETTERS = "ABCDEGHJKLMNPRSTVWXZ"  # the letters Dutch postcodes use (no F, I, O, Q, U, Y)
STREETS = ["Tsjerkestrjitte", "Haadstrjitte", "Dyksterbuorren", "Skoalleane", "Mounebuorren",
           "Feartswal", "Terpsleane", "Wâldwei", "Pipegaalstrjitte", "Hegedyk"]


# ---------------------------------------------------------------------------------------------
# Writing files byte for byte

def write_bytes(path, data):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as out:
        out.write(data)


def csv_text(rows, separator=",", line_end="\n"):
    """Plain CSV; a field is quoted when it holds the separator, a quote or a line break."""
    lines = []
    for row in rows:
        cells = []
        for cell in row:
            if any(c in cell for c in (separator, '"', "\r", "\n")):
                cell = '"' + cell.replace('"', '""') + '"'
            cells.append(cell)
        lines.append(separator.join(cells))
    return (line_end.join(lines) + line_end).encode("utf-8")


def write_parameters(case_dir, parameters):
    write_bytes(os.path.join(case_dir, "parameters.json"),
                (json.dumps(parameters, indent=2, ensure_ascii=False) + "\n").encode("utf-8"))


# ---------------------------------------------------------------------------------------------
# Stage 1: registers

def person(stream, number):
    return {
        "id": "BRP%06d" % (104000 + number * 7),
        "foarnamme": stream.pick(FIRST_NAMES),
        "efternamme": stream.pick(LAST_NAMES),
        "bertejier": str(1930 + stream.below(78)),
    }


def simple_register(label, size, villages):
    """Residents spread over villages (weights give the chance of each), one column per fact."""
    stream = Stream(label)
    header = ["id", "foarnamme", "efternamme", "bertejier", "strjitte", "hûsnûmer", "postkoade", "doarp"]
    rows = [header]
    total = sum(weight for _, weight in villages)
    for i in range(size):
        p = person(stream, i)
        draw = stream.below(total)
        for village, weight in villages:
            if draw < weight:
                break
            draw -= weight
        street, number = stream.pick(STREETS), str(1 + stream.below(80))
        digits = 8400 + stream.below(600)
        letters = LETTERS[stream.below(20)] + LETTERS[stream.below(20)]
        rows.append([p["id"], p["foarnamme"], p["efternamme"], p["bertejier"], street, number,
                     "%04d %s" % (digits, letters), village])
    return rows


def fixed_strata_register(label, sizes):
    """Exactly sizes[village] residents per village, villages interleaved in file order."""
    stream = Stream(label)
    header = ["id", "foarnamme", "efternamme", "bertejier", "doarp"]
    pending = []
    for village, count in sizes:
        pending += [village] * count
    # Interleave: a fixed shuffle of the village labels.
    for i in range(len(pending) - 1, 0, -1):
        j = stream.below(i + 1)
        pending[i], pending[j] = pending[j], pending[i]
    rows = [header]
    for i, village in enumerate(pending):
        p = person(stream, i)
        rows.append([p["id"], p["foarnamme"], p["efternamme"], p["bertejier"], village])
    return rows


POSTCODE_SPELLINGS = [
    lambda d, l: "%s %s" % (d, l),            # 8923 AB
    lambda d, l: "%s%s" % (d, l.lower()),     # 8923ab
    lambda d, l: " %s  %s" % (d, l.lower()),  # " 8923  ab"
    lambda d, l: "%s%s" % (d, l[0] + l[1].lower()),  # 8923Ab
    lambda d, l: "%s\t%s" % (d, l),           # 8923<tab>AB
    lambda d, l: "%s %s " % (d, l.lower()),   # "8923 ab "
]
HOUSE_NUMBER_SPELLINGS = [
    lambda n, s: n + s,             # 12a
    lambda n, s: n + s.upper(),     # 12A
    lambda n, s: n + " " + s,       # 12 a
    lambda n, s: " " + n + s + " ",
]


def household_register(label, households, age_groups, stratify_column="leeftiidsgroep"):
    """Residents living in households; each resident writes the household's postcode and house
    number in one of several spellings that the household key makes equal."""
    stream = Stream(label)
    header = ["id", "foarnamme", "efternamme", "postkoade", "hûsnûmer", stratify_column]
    people = []
    for h, size in enumerate(households):
        digits = "%04d" % (8900 + 7 * h)
        letters = LETTERS[h % 20] + LETTERS[(h * 7) % 20]
        number = str(1 + stream.below(60))
        suffix = "" if h % 3 else "a"
        family = stream.pick(LAST_NAMES)
        for _ in range(size):
            people.append((digits, letters, number, suffix, family))
    # File order: not grouped by household.
    for i in range(len(people) - 1, 0, -1):
        j = stream.below(i + 1)
        people[i], people[j] = people[j], people[i]
    rows = [header]
    for i, (digits, letters, number, suffix, family) in enumerate(people):
        postcode = stream.pick(POSTCODE_SPELLINGS)(digits, letters)
        house = stream.pick(HOUSE_NUMBER_SPELLINGS)(number, suffix) if suffix else number
        rows.append(["BRP%06d" % (230000 + 11 * i), stream.pick(FIRST_NAMES), family, postcode, house,
                     stream.pick(age_groups)])
    return rows


def stage1_cases():
    cases = []

    # 1. One stratum, no household key, no exclusions.
    rows = simple_register("plain", 40, [("Grou", 1)])
    cases.append(("01-plain-unstratified", csv_text(rows), None,
                  {"count": 10, "stratify_by": None, "household_key": [], "oversample": {},
                   "seed": "Lotto 2026-12-05: 03 17 22 31 40 44", "exclude": None}))

    # 2. Strata by village, among them names with non-ASCII letters (byte order puts "Âldeskoat"
    # and "Wâlterswâld" apart from a plain letter sort) and residents without a village (stratum "").
    villages = [("Aldeboarn", 6), ("Âldeskoat", 3), ("Bûtenpost", 5), ("Dokkum", 9), ("Wâlterswâld", 4),
                ("Easterlittens", 2), ("", 1)]
    rows = simple_register("stratified", 160, villages)
    cases.append(("02-stratified-villages", csv_text(rows), None,
                  {"count": 37, "stratify_by": "doarp", "household_key": [], "oversample": {},
                   "seed": "Staatsloterij 10-01-2027 — trekking 4: 07 12 19 33 41", "exclude": None}))

    # 3. Oversampling with factors whose products and sums are not exact in binary.
    villages = [("Boazum", 5), ("Easterlittens", 3), ("Jirnsum", 4), ("Wergea", 4)]
    rows = simple_register("oversample", 150, villages)
    cases.append(("03-oversample-awkward", csv_text(rows), None,
                  {"count": 31, "stratify_by": "doarp", "household_key": [],
                   "oversample": {"Boazum": 1.5, "Easterlittens": 2, "Jirnsum": 1.1},
                   "seed": "2027-02-14 12:00 Euromillions 05 09 23 38 44 * 03 11", "exclude": None}))

    # 4. Extreme factors: one stratum takes (almost) everything, one almost nothing.
    rows = fixed_strata_register("extreme", [("Ealsum", 30), ("Ljouwert", 40), ("Snits", 30)])
    cases.append(("04-oversample-extreme", csv_text(rows), None,
                  {"count": 20, "stratify_by": "doarp", "household_key": [],
                   "oversample": {"Ealsum": 100000, "Ljouwert": 0.0001},
                   "seed": "extreme-factors-2027", "exclude": None}))

    # 5. Household key with postcodes and house numbers spelled in different ways; households cross
    # the strata (age groups), so a household invited in one stratum is skipped in the next.
    sizes = [1 + (h * 5) % 4 for h in range(30)]  # 1..4 residents per household
    rows = household_register("households", sizes, ["16-34", "35-54", "55-74", "75+"])
    cases.append(("05-household-postcodes", csv_text(rows), None,
                  {"count": 18, "stratify_by": "leeftiidsgroep", "household_key": ["postkoade", "hûsnûmer"],
                   "oversample": {}, "seed": "household seed 8923 AB", "exclude": None}))

    # 6. An exclusion list with a header: ids with spaces around them, an id twice, an id that is
    # not in the register (it still counts in the exclusion hash), an empty id, a second column.
    rows = simple_register("exclusion", 90, [("Grou", 2), ("Wergea", 1)])
    ids = [r[0] for r in rows[1:]]
    exclude = [["reden", "id"], ["panel 2025", "  " + ids[3] + " "], ["panel 2025", ids[10]],
               ["panel 2026", ids[44]], ["dûbel", ids[10]], ["net yn register", "BRP999999"],
               ["leech", ""], ["panel 2026", ids[87]], ["panel 2026", ids[0]]]
    cases.append(("06-exclusion-list", csv_text(rows), csv_text(exclude),
                  {"count": 24, "stratify_by": "doarp", "household_key": [], "oversample": {},
                   "seed": "exclusion-2027-03-01", "exclude": "exclude.csv"}))

    # 7. An exclusion list without a header: every line is an id, the first one too.
    rows = simple_register("bare-exclusion", 30, [("Jirnsum", 1)])
    ids = [r[0] for r in rows[1:]]
    exclude = "".join(i + "\n" for i in [ids[0], ids[7], ids[29], ids[15]]).encode()
    cases.append(("07-exclusion-bare-list", csv_text(rows), exclude,
                  {"count": 26, "stratify_by": None, "household_key": [], "oversample": {},
                   "seed": "bare list", "exclude": "exclude.csv"}))

    # 8. Dutch Excel dialect: semicolons, byte order mark, CRLF, quoted fields with semicolons,
    # commas, quotes and line breaks, blank lines, spaces around fields and text that a
    # spreadsheet would run as a formula.
    cases.append(("08-csv-dialect", dialect_register(), None,
                  {"count": 16, "stratify_by": "doarp", "household_key": ["adres"], "oversample": {},
                   "seed": "dialect; \"quoted\" seed", "exclude": None}))

    # 9. Allocation ties: three strata with equal remainders (11 x 24 / 108 = 2.444...), the stratum
    # that sorts first wins the tie.
    rows = fixed_strata_register("ties", [("Aldeboarn", 24), ("Boazum", 24), ("Dokkum", 24), ("Grou", 36)])
    cases.append(("09-allocation-ties", csv_text(rows), None,
                  {"count": 11, "stratify_by": "doarp", "household_key": [], "oversample": {},
                   "seed": "ties", "exclude": None}))

    # 10. The count equals the number of eligible households: every household gets one letter, and
    # the walk may have to go through the whole register.
    sizes = [1 + (h * 2) % 3 for h in range(22)]
    rows = household_register("all-households", sizes, ["-"], stratify_column="opmerking")
    cases.append(("10-count-equals-households", csv_text(rows), None,
                  {"count": 22, "stratify_by": None, "household_key": ["postkoade", "hûsnûmer"],
                   "oversample": {}, "seed": "every household", "exclude": None}))

    # 11. The count equals the register: every stratum's walk runs to its end (below(1) included).
    rows = fixed_strata_register("everyone", [("Easterlittens", 7), ("Jirnsum", 13), ("Wergea", 1)])
    cases.append(("11-count-equals-register", csv_text(rows), None,
                  {"count": 21, "stratify_by": "doarp", "household_key": [], "oversample": {},
                   "seed": "0", "exclude": None}))

    # 12. A tie in exact arithmetic that double precision breaks: 20 x 1.1 is 22 on paper but
    # 22.000000000000004 in binary, so the three remainders (all 2/3 on paper) are not equal and
    # Dokkum, not Boazum, gets the second left-over invitation.
    rows = fixed_strata_register("float-tie", [("Aldeboarn", 22), ("Boazum", 20), ("Dokkum", 4)])
    cases.append(("12-allocation-double-precision", csv_text(rows), None,
                  {"count": 8, "stratify_by": "doarp", "household_key": [], "oversample": {"Boazum": 1.1},
                   "seed": "double precision", "exclude": None}))

    # 13. Saved by Dutch Excel as "CSV (gescheiden door lijstscheidingsteken)": Windows-1252,
    # semicolons, CRLF, no byte order mark. The first rows are ASCII; the first accented letter
    # decides the encoding, and strata with accents sort by their UTF-8 bytes ("W\u00e2ldsein" after
    # "Wergea"), exactly as in the same register saved as UTF-8.
    rows = fixed_strata_register("excel", [("Boalsert", 9), ("Snits", 12), ("W\u00e2ldsein", 5), ("Wergea", 6)])
    rows.insert(1, ["BRP000001", "Jan", "de Vries", "1970", "Snits"])
    register = csv_text(rows, separator=";", line_end="\r\n").decode("utf-8").encode("cp1252")
    cases.append(("13-windows-1252", register, None,
                  {"count": 10, "stratify_by": "doarp", "household_key": [], "oversample": {"W\u00e2ldsein": 1.5},
                   "seed": "Excel", "exclude": None}))
    return cases


def dialect_register():
    """A register as Dutch Excel saves it, made by hand so every oddity is where it should be."""
    stream = Stream("dialect")
    header = "\ufeffid;foarnamme;efternamme;adres;telefoan;notysje;doarp"
    villages = ["Wergea", "Wergea ", " Grou", "Grou", "Easterlittens"]
    notes = ["=1+1", "-", "@thús", "'-ok", " -5", "+31 58 123", "gewoan", "''@twa", "", "tekst - mei streepke"]
    lines = [header]
    for i in range(34):
        first = stream.pick(FIRST_NAMES)
        last = stream.pick(LAST_NAMES)
        street = stream.pick(STREETS)
        number = 1 + stream.below(30)
        kind = i % 9
        if kind == 0:
            address = '"%s %d; efterhûs"' % (street, number)      # semicolon inside quotes
        elif kind == 1:
            address = '"%s %d, boppe"' % (street, number)         # comma: quoted in the output
        elif kind == 2:
            address = '"%s\r\n%d"' % (street, number)             # line break inside quotes
        elif kind == 3:
            address = '  "%s %d"  ' % (street, number)            # spaces around the quotes
        elif kind == 4:
            address = '"De ""Kroon"", %s %d"' % (street, number)  # doubled quotes
        elif kind == 5:
            address = 'De "Pleats" %d' % number                   # quote inside an unquoted field
        else:
            address = "%s %d" % (street, number)
        phone = "+31 6 %08d" % (10000000 + stream.below(90000000)) if i % 4 == 0 else "0513-%06d" % stream.below(1000000)
        note = notes[i % len(notes)]
        if '"' in note or ";" in note:
            note = '"' + note.replace('"', '""') + '"'
        village = villages[i % len(villages)]
        line = ";".join(["BRP%06d" % (500000 + 13 * i), " " + first + " ", '"' + last + '"', address, phone, note,
                         village])
        lines.append(line)
        if i in (5, 20):
            lines.append("")  # blank lines are skipped
    return ("\r\n".join(lines) + "\r\n").encode("utf-8")


# ---------------------------------------------------------------------------------------------
# Stage 2: volunteer pools (Sortition Foundation format)

def foundation_pool(label, size, categories, extra_columns=True, id_column="id", weights=None):
    """categories: [(name, [values])]; weights: optional {name: [weight per value]}."""
    stream = Stream(label)
    header = [id_column]
    if extra_columns:
        header += ["first_name", "last_name", "email", "primary_address1", "primary_zip"]
    header += [name for name, _ in categories]
    rows = [header]
    for i in range(size):
        row = ["V%03d" % (i + 1)]
        if extra_columns:
            first, last = stream.pick(FIRST_NAMES), stream.pick(LAST_NAMES)
            row += [first, last, "%s.%d@example.org" % (first.lower(), i + 1),
                    "%s %d" % (stream.pick(STREETS), 1 + stream.below(40)), "%04d XY" % (9000 + stream.below(90))]
        for name, values in categories:
            w = (weights or {}).get(name, [1] * len(values))
            draw = stream.below(sum(w))
            for value, weight in zip(values, w):
                if draw < weight:
                    break
                draw -= weight
            row.append(value)
        rows.append(row)
    return rows


def stage2_cases():
    cases = []
    numbers = [0, 417, 999]

    # 1. Two categories, quotas close to the pool: (nearly) equal probabilities.
    features = [["feature", "value", "min", "max"],
                ["gender", "Female", "4", "6"], ["gender", "Male", "4", "6"],
                ["age", "16-39", "2", "4"], ["age", "40-64", "3", "5"], ["age", "65+", "2", "3"]]
    cats = [("gender", ["Female", "Male"]), ("age", ["16-39", "40-64", "65+"])]
    pool = foundation_pool("basic", 30, cats)
    cases.append(("01-basic", csv_text(features), csv_text(pool),
                  {"panel_size": 10, "lottery_numbers": numbers, "seed": "panel seed 2027-04-01"}))

    # 2. LEXIMIN with unequal probabilities: the over-represented age group is capped, the rare
    # village needs its seats, so probabilities must differ.
    features = [["feature", "value", "min", "max"],
                ["gender", "Female", "5", "7"], ["gender", "Male", "5", "7"],
                ["age", "16-39", "3", "5"], ["age", "40-64", "3", "5"], ["age", "65+", "2", "3"],
                ["village", "Grou", "3", "6"], ["village", "Jirnsum", "2", "4"], ["village", "Wâlterswâld", "2", "3"]]
    cats = [("gender", ["Female", "Male"]), ("age", ["16-39", "40-64", "65+"]),
            ("village", ["Grou", "Jirnsum", "Wâlterswâld"])]
    pool = foundation_pool("unequal", 48, cats, weights={"age": [2, 3, 6], "village": [5, 3, 1]})
    cases.append(("02-leximin-unequal", csv_text(features), csv_text(pool),
                  {"panel_size": 12, "lottery_numbers": numbers, "seed": "unequal"}))

    # 3. A type whose seats equal its volunteers: the three Frisian-speaking volunteers from
    # Easterlittens all have the same answers and the quota needs all three; one volunteer is a
    # type of one with a seat of its own. The draw still reads the stream for these types.
    features = [["feature", "value", "min", "max"],
                ["language", "Frysk", "3", "3"], ["language", "Nederlânsk", "5", "6"],
                ["language", "Oar", "1", "1"],
                ["gender", "Female", "4", "5"], ["gender", "Male", "4", "5"]]
    pool = [["id", "name", "language", "gender"]]
    stream = Stream("full-type")
    for i in range(26):
        pool.append(["F%02d" % (i + 1), stream.pick(FIRST_NAMES), "Nederlânsk", ["Female", "Male"][stream.below(2)]])
    # Before the other types, so that the draw's stream is read for them before it is read for a
    # type with more volunteers than seats.
    pool.insert(1, ["F90", "Sjoukje", "Frysk", "Female"])
    pool.insert(3, ["F93", "Ynze", "Oar", "Male"])
    pool.insert(11, ["F91", "Wytske", "Frysk", "Female"])
    pool.insert(19, ["F92", "Antsje", "Frysk", "Female"])
    cases.append(("03-type-seats-equal-volunteers", csv_text(features), csv_text(pool),
                  {"panel_size": 9, "lottery_numbers": numbers, "seed": "full type"}))

    # 4. Dutch Excel dialect for both files, nationbuilder_id as the id, min_flex/max_flex, and a
    # value that the forum's published files write with an apostrophe ("'- gjin -") that comes off.
    features = ("\ufefffeature;value;min;max;min_flex;max_flex\r\n"
                "geslacht;frou;3;5;0;8\r\n"
                "geslacht;man;3;5;0;8\r\n"
                "\r\n"
                "oplieding;\"leech; mbo\";2;4;0;8\r\n"
                "oplieding;heech;2;4;0;8\r\n"
                "oplieding;'- gjin -;0;2;0;8\r\n").encode("utf-8")
    stream = Stream("dialect-pool")
    lines = ["\ufeffnationbuilder_id;first_name;geslacht;oplieding;opmerking"]
    education = ['"leech; mbo"', "heech", "'- gjin -", " heech ", '  "leech; mbo"']
    for i in range(24):
        lines.append(";".join(["nb-%d" % (1000 + 37 * i), " " + stream.pick(FIRST_NAMES) + " ",
                               ["frou", " man", "frou "][stream.below(3)], education[stream.below(5)],
                               '"sei: ""ja"""' if i % 5 == 0 else ""]))
    candidates = ("\r\n".join(lines) + "\r\n").encode("utf-8")
    cases.append(("04-foundation-dialect", features, candidates,
                  {"panel_size": 8, "lottery_numbers": numbers, "seed": "dialect pool"}))

    # 5. Households: volunteers who share an address (postcode spelled differently) are kept apart,
    # each their own type, at most one of them on the panel.
    features = [["feature", "value", "min", "max"],
                ["gender", "Female", "3", "5"], ["gender", "Male", "3", "5"],
                ["age", "16-44", "2", "5"], ["age", "45+", "3", "6"]]
    stream = Stream("households-pool")
    pool = [["id", "first_name", "primary_address1", "primary_zip", "gender", "age"]]
    shared = {3: ("Haadstrjitte 4", ["8923 AB", "8923ab", " 8923  ab"]),
              9: ("Feartswal 11", ["9001XZ", "9001 xz"])}
    index = 0
    for i in range(28):
        if i in shared:
            address, spellings = shared[i]
            for spelling in spellings:
                index += 1
                pool.append(["H%02d" % index, stream.pick(FIRST_NAMES), address, spelling,
                             ["Female", "Male"][stream.below(2)], ["16-44", "45+"][stream.below(2)]])
        else:
            index += 1
            pool.append(["H%02d" % index, stream.pick(FIRST_NAMES), "%s %d" % (stream.pick(STREETS), i + 1),
                         "%04d %s" % (8500 + i, "KL"), ["Female", "Male"][stream.below(2)],
                         ["16-44", "45+"][stream.below(2)]])
    cases.append(("05-households", csv_text(features), csv_text(pool),
                  {"panel_size": 8, "lottery_numbers": numbers, "seed": "households",
                   "household_columns": ["primary_address1", "primary_zip"]}))

    # 6. A larger pool with three categories and many types.
    features = [["feature", "value", "min", "max"],
                ["gender", "Female", "7", "9"], ["gender", "Male", "7", "9"],
                ["age", "16-29", "3", "5"], ["age", "30-44", "3", "5"], ["age", "45-64", "4", "6"],
                ["age", "65+", "3", "4"],
                ["education", "low", "4", "7"], ["education", "middle", "4", "7"], ["education", "high", "4", "6"]]
    cats = [("gender", ["Female", "Male"]), ("age", ["16-29", "30-44", "45-64", "65+"]),
            ("education", ["low", "middle", "high"])]
    pool = foundation_pool("larger", 80, cats, weights={"age": [2, 3, 4, 5], "education": [2, 4, 5]})
    cases.append(("06-larger-pool", csv_text(features), csv_text(pool),
                  {"panel_size": 16, "lottery_numbers": numbers, "seed": "larger pool"}))
    return cases


# ---------------------------------------------------------------------------------------------
# Expected outputs from the program

def run(command, **kwargs):
    result = subprocess.run(command, capture_output=True, **kwargs)
    if result.returncode != 0:
        sys.exit("failed: %s\n%s%s" % (" ".join(command), result.stdout.decode(), result.stderr.decode()))
    return result.stdout


def draw_arguments(case_dir, parameters):
    """The `mienskip draw` options a case's parameters.json stands for (check.sh does the same)."""
    args = ["--register", os.path.join(case_dir, "register.csv"), "--count", str(parameters["count"])]
    if parameters.get("stratify_by"):
        args += ["--stratify-by", parameters["stratify_by"]]
    if parameters.get("household_key"):
        args += ["--household-key", ",".join(parameters["household_key"])]
    if parameters.get("oversample"):
        args += ["--oversample", ",".join("%s=%r" % (k, v) for k, v in parameters["oversample"].items())]
    if parameters.get("exclude"):
        args += ["--exclude", os.path.join(case_dir, parameters["exclude"])]
    return args


# The two fields the comparison leaves out; in the stored files they get fixed values so that
# regenerating the kit gives the same bytes.
def stable_json(text):
    text = re.sub(r'(?m)^  "seconds": [^,\n]*(,?)$', r'  "seconds": 0\1', text)
    return text


def expected_stage1(binary, case_dir, parameters):
    args = draw_arguments(case_dir, parameters)
    commitment = run([binary, "draw", "commit"] + args)
    write_bytes(os.path.join(case_dir, "commitment.txt"), commitment)
    run([binary, "draw"] + args + ["--seed", parameters["seed"], "--commitment", commitment.decode().strip(),
                                   "--out", os.path.join(case_dir, "invitations.csv"),
                                   "--receipt", os.path.join(case_dir, "receipt.json")])


def expected_stage2(binary, case_dir, parameters):
    base = [binary, "select", "--pool", os.path.join(case_dir, "features.csv") + "," +
            os.path.join(case_dir, "candidates.csv"), "--panel-size", str(parameters["panel_size"])]
    if parameters.get("household_columns"):
        base += ["--household-columns", ",".join(parameters["household_columns"])]
    runs = [("selection.json", [])]
    runs += [("panel-%d.json" % n, ["--lottery-number", str(n)]) for n in parameters["lottery_numbers"]]
    runs += [("panel-seed.json", ["--seed", parameters["seed"]])]
    for name, extra in runs:
        path = os.path.join(case_dir, name)
        run(base + extra + ["--json", path])
        with open(path, encoding="utf-8") as f:
            text = f.read()
        write_bytes(path, stable_json(text).encode("utf-8"))


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--mienskip", help="the program whose outputs become the expected files")
    parser.add_argument("--out", default=CASES, help="where the cases go (default: the kit's cases/)")
    args = parser.parse_args()
    if not args.mienskip and os.path.abspath(args.out) == CASES:
        parser.error("without --mienskip, give --out: the kit's own cases/ is only rewritten whole")
    if args.mienskip and os.path.isdir(args.out):
        shutil.rmtree(args.out)
    for name, register, exclude, parameters in stage1_cases():
        case_dir = os.path.join(args.out, "stage1", name)
        write_bytes(os.path.join(case_dir, "register.csv"), register)
        if exclude is not None:
            write_bytes(os.path.join(case_dir, "exclude.csv"), exclude)
        write_parameters(case_dir, parameters)
        if args.mienskip:
            expected_stage1(args.mienskip, case_dir, parameters)
    for name, features, candidates, parameters in stage2_cases():
        case_dir = os.path.join(args.out, "stage2", name)
        write_bytes(os.path.join(case_dir, "features.csv"), features)
        write_bytes(os.path.join(case_dir, "candidates.csv"), candidates)
        write_parameters(case_dir, parameters)
        if args.mienskip:
            expected_stage2(args.mienskip, case_dir, parameters)


if __name__ == "__main__":
    main()
