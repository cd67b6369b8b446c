#!/usr/bin/env python3
"""An independent re-implementation of the burgerforum lottery (docs/lottery.md), for auditors.

It never runs the `mienskip` program. Python 3.8 or later, standard library only.

    reference.py stage1 CASE_DIR OUT_DIR   # writes commitment.txt, invitations.csv, receipt.json
    reference.py stage2 CASE_DIR OUT_DIR   # writes inputs.txt, tickets.txt, draw-<n>.txt, draw-seed.txt

Stage 1 is computed completely from register.csv, exclude.csv (if any) and parameters.json.

Stage 2 starts from the published selection.json in CASE_DIR (the LEXIMIN lottery is the output of
linear programs and is not recomputed here). From the pool files (features.csv + candidates.csv, or
categories.csv + respondents.csv) it computes the input hash and the volunteer types and writes
them to inputs.txt; from the published distribution it redoes the rounding to 1,000 tickets
(tickets.txt); and for every lottery number in parameters.json, and for its seed, it draws the
panel through the published ticket ranges (draw-<n>.txt, draw-seed.txt). check.sh writes the
same text files from the program's JSON files and compares them byte for byte.

Comments marked "NOT IN THE DOC" are details that docs/lottery.md as of commit 8e5752e did not
state; each names the place in the program's source (under server/src/) that settled it. Later
versions of the page may state them. The one place where that version of the page and the
program disagree, the way the commitment writes an oversampling factor, is explained at
format_factor; --factor-format repr follows the page's wording instead.
"""

import argparse
import decimal
import hashlib
import json
import math
import os
import sys


class Refused(Exception):
    """The inputs are refused (the program refuses them too, with an error)."""


# =============================================================================================
# Building blocks

def sha256_hex(data):
    return hashlib.sha256(data).hexdigest()


class Stream:
    """The random stream: block i = SHA-256(key || i as 8 bytes big-endian)."""

    def __init__(self, key):
        self.key = key
        self.counter = 0
        self.block = b""
        self.used = 0

    def next64(self):
        value = 0
        for _ in range(8):
            if self.used == len(self.block):
                self.block = hashlib.sha256(self.key + self.counter.to_bytes(8, "big")).digest()
                self.counter += 1
                self.used = 0
            value = (value << 8) | self.block[self.used]
            self.used += 1
        return value

    def below(self, n):
        """below(n): e = 2^64 mod n; values above 2^64 - 1 - e are skipped. below(1) still reads
        one 8-byte value (the doc's rule taken literally; it matters in stage 2, where one stream
        serves several types)."""
        if n <= 0:
            raise ValueError("below(0)")
        excess = (1 << 64) % n
        while True:
            value = self.next64()
            if value <= (1 << 64) - 1 - excess:
                return value % n


def shuffle_prefix(stream, items, count):
    """The first `count` elements of the walk (fewer when the list is shorter)."""
    items = list(items)
    walk = []
    for i in range(min(count, len(items))):
        j = i + stream.below(len(items) - i)
        items[i], items[j] = items[j], items[i]
        walk.append(items[i])
    return walk


def key(*parts):
    """Key parts joined by a 0x00 byte."""
    return b"\x00".join(p if isinstance(p, bytes) else p.encode("utf-8") for p in parts)


# =============================================================================================
# Canonical CSV (bytes in, bytes out: a register need not be valid UTF-8 for the hash)

BLANKS = b" \t"


def trim(field):
    return field.strip(BLANKS)


def parse_csv(data, name):
    """Returns (header, rows): the header trimmed, the rows' fields as read (untrimmed).

    RFC 4180 as docs/lottery.md says, with these details that the doc does NOT state, taken from
    server/src/core/base/csv.cpp:
      - the separator is decided by the first line only (up to its LF, after the byte order mark):
        ';' when it has a ';' and no ',' (csv.cpp:83-89, 119-120), even when that first line is
        blank and the header is on a later line;
      - a '"' opens a quoted field only when everything before it in the field is spaces or tabs
        (which are dropped); elsewhere a '"' is an ordinary character (csv.cpp:180-185);
      - after a closing quote, further characters up to the separator are added to the field
        (csv.cpp:146-153);
      - one CR is removed when it is the last byte of a record's last field, just before the LF
        that ends the record (also when it was inside the quotes: `"abc<CR>"<LF>`); a CR anywhere
        else is kept (csv.cpp:190, 207); a lone CR does not end a line;
      - an empty line (nothing between two LFs, or only a CR) is skipped; a line of spaces is not
        empty and is a record of one field (csv.cpp:128-134);
      - every record must have as many fields as the header (csv.cpp:218-223).
    """
    byte_order_mark = data.startswith(b"\xef\xbb\xbf")
    if byte_order_mark:
        data = data[3:]
    first_line = data.split(b"\n", 1)[0]
    sep = 0x3B if (b";" in first_line and b"," not in first_line) else 0x2C
    records = []
    record, field = [], bytearray()
    in_quotes = quote_in_quotes = was_quoted = has_content = False

    def finish_record():
        nonlocal record, field, was_quoted, has_content
        record.append(bytes(field))
        field = bytearray()
        blank = len(record) == 1 and record[0] == b"" and not was_quoted
        was_quoted = False
        if not blank:
            records.append(record)
        record = []
        has_content = False

    for c in data:
        if quote_in_quotes:
            quote_in_quotes = False
            if c == 0x22:
                field.append(0x22)
                continue
            in_quotes = False  # the quote closed the field; this character is read as usual
        elif in_quotes:
            if c == 0x22:
                quote_in_quotes = True
            else:
                field.append(c)
            continue
        has_content = True
        if c == 0x22:
            if trim(bytes(field)) == b"":
                field = bytearray()
                in_quotes = True
                was_quoted = True
            else:
                field.append(c)
        elif c == sep:
            record.append(bytes(field))
            field = bytearray()
        elif c == 0x0A:
            if field.endswith(b"\r"):
                del field[-1]
            finish_record()
        else:
            field.append(c)
    if quote_in_quotes:
        in_quotes = False
    if in_quotes:
        raise Refused("%s: a quoted field is not closed" % name)
    if has_content:
        if field.endswith(b"\r"):
            del field[-1]
        finish_record()
    if not records:
        raise Refused("%s: the file is empty" % name)
    records = decode_records(records, byte_order_mark)
    header = [trim(f) for f in records[0]]
    rows = records[1:]
    for row in rows:
        if len(row) != len(header):
            raise Refused("%s: a line has %d fields, the header has %d" % (name, len(row), len(header)))
    return header, rows


def decode_records(records, byte_order_mark):
    """docs/lottery.md, "Reading CSV", step 7: the fields in UTF-8, whether the file was written
    in UTF-8 or in Windows-1252. A byte order mark says UTF-8; otherwise the first field (in file
    order, header included) with a byte of 0x80 or more decides: UTF-8 if it is valid UTF-8,
    Windows-1252 if not. A Windows-1252 field is converted unless it holds 0x00 or one of the
    bytes Windows-1252 leaves undefined (Python's cp1252 codec refuses exactly those five)."""
    decided = byte_order_mark
    windows_1252 = False
    decoded = []
    for record in records:
        fields = []
        for field in record:
            if not decided and any(b >= 0x80 for b in field):
                decided = True
                try:
                    field.decode("utf-8")
                except UnicodeDecodeError:
                    windows_1252 = True
            if windows_1252 and b"\x00" not in field:
                try:
                    field = field.decode("cp1252").encode("utf-8")
                except UnicodeDecodeError:
                    pass  # left as read: refused by whoever needs it as text
            fields.append(field)
        decoded.append(fields)
    return decoded


def csv_field(text):
    """RFC 4180 quoting for the output (comma-separated): quotes when the field holds a comma,
    a quote, a CR or an LF."""
    if any(c in text for c in (b",", b'"', b"\r", b"\n")):
        return b'"' + text.replace(b'"', b'""') + b'"'
    return text


WHITE = b" \t\r\n\x0b\x0c"


def needs_apostrophe(text):
    """The doc: a field that begins with = + - @ after optional white space, or with a tab or CR, or
    is apostrophes followed by such a text. NOT IN THE DOC (server/src/core/base/csv_cell.cpp:9,
    48-62): "white space" is space, tab, CR, LF, VT and FF; a text of only apostrophes, or only
    apostrophes and white space, gets none."""
    rest = text.lstrip(b"'")
    if rest == b"":
        return False
    if rest[:1] in (b"\t", b"\r"):
        return True
    for c in rest:
        if c in b"=+-@":
            return True
        if c not in WHITE:
            return False
    return False


def csv_cell(text):
    return b"'" + text if needs_apostrophe(text) else text


def without_apostrophe(cell):
    """The inverse, used when the forum's published pool files are read back (stage 2)."""
    if cell[:1] == b"'" and needs_apostrophe(cell[1:]):
        return cell[1:]
    return cell


# =============================================================================================
# Number formatting

def shortest_digits(value):
    """(digits, exponent) with value == int(digits) * 10**exponent, digits as few as read back
    exactly (Python's repr finds the same shortest digits as C++'s std::to_chars)."""
    sign, digits, exponent = decimal.Decimal(repr(value)).as_tuple()
    digits = "".join(map(str, digits)).lstrip("0") or "0"
    while len(digits) > 1 and digits.endswith("0"):
        digits = digits[:-1]
        exponent += 1
    if sign:
        raise ValueError("negative factor")
    return digits, exponent


def exponent_text(e):
    return ("-" if e < 0 else "+") + ("%02d" % abs(e))


def format_factor(value, style="program"):
    """The factor as the commitment text writes it.

    docs/lottery.md up to commit 8e5752e says: "the shortest decimal form that reads back exactly,
    as Python's repr writes it". The program (server/src/core/invitations/invitation_draw.cpp:27-31,
    217) uses C++ std::to_chars without a format, which writes the shorter of fixed and scientific
    notation (fixed on a tie) and no ".0": 2 -> "2" (repr: "2.0"), 100000 -> "1e+05" (repr:
    "100000.0"), 0.0001 -> "1e-04" (repr: "0.0001"). The two agree only on factors like 1.5 and
    1.1. This reference follows the program (style "program"); style "repr" is that sentence
    taken literally.
    """
    if style == "repr":
        return repr(float(value))
    digits, e = shortest_digits(float(value))
    point = len(digits) + e  # position of the decimal point counted from the first digit
    if e >= 0:
        fixed = digits + "0" * e
    elif point > 0:
        fixed = digits[:point] + "." + digits[point:]
    else:
        fixed = "0." + "0" * (-point) + digits
    scientific = digits[0] + ("." + digits[1:] if len(digits) > 1 else "") + "e" + exponent_text(point - 1)
    return fixed if len(fixed) <= len(scientific) else scientific


def json_number(value):
    """A double as nlohmann::json writes it (the receipt's and the selection's numbers):
    shortest digits; fixed notation with ".0" for whole numbers when the decimal point falls
    within 15 places, 0.000ddd down to 1e-4, otherwise d.ddde+XX."""
    if isinstance(value, bool) or isinstance(value, int):
        return str(value)
    if value == 0:
        return "0.0"
    digits, e = shortest_digits(abs(value))
    sign = "-" if value < 0 else ""
    k = len(digits)
    n = k + e
    if k <= n <= 15:
        text = digits + "0" * (n - k) + ".0"
    elif 0 < n <= 15:
        text = digits[:n] + "." + digits[n:]
    elif -4 < n <= 0:
        text = "0." + "0" * (-n) + digits
    else:
        text = digits[0] + ("." + digits[1:] if k > 1 else "") + "e" + exponent_text(n - 1)
    return sign + text


def dump_json(value, indent=0):
    """JSON as the program writes it (nlohmann::json dump(2)): keys sorted by their bytes, two
    spaces of indent, UTF-8 as it is, control characters escaped."""
    pad = "  " * (indent + 1)
    end = "  " * indent
    if isinstance(value, dict):
        if not value:
            return "{}"
        items = sorted(value.items(), key=lambda kv: kv[0].encode("utf-8"))
        return "{\n" + ",\n".join(pad + json.dumps(k, ensure_ascii=False) + ": " + dump_json(v, indent + 1)
                                  for k, v in items) + "\n" + end + "}"
    if isinstance(value, list):
        if not value:
            return "[]"
        return "[\n" + ",\n".join(pad + dump_json(v, indent + 1) for v in value) + "\n" + end + "]"
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, (int, float)):
        return json_number(value)
    return json.dumps(value, ensure_ascii=False)


# =============================================================================================
# Stage 1

def normalise_household_part(text):
    """The doc: all white space removed, letters in upper case, four digits and two letters
    written "1234 AB". NOT IN THE DOC (server/src/core/panel/pool.cpp:146-157): white space means
    the ASCII bytes space, tab, LF, VT, FF, CR only; only ASCII letters are made upper case; the
    postcode test is on the result, exactly 6 bytes: 4 ASCII digits then 2 ASCII letters.
    The value is not otherwise trimmed; an empty value is a valid part, so residents with all
    key columns empty share one household."""
    compact = bytes(c for c in text if c not in WHITE).upper()
    if len(compact) == 6 and compact[:4].isdigit() and compact[4:].isalpha():
        return compact[:4] + b" " + compact[4:]
    return compact


def read_exclusions(data, name):
    """NOT IN THE DOC (server/src/cli/draw_command.cpp:18-28): the exclusion list is a CSV file read
    by the same rules; its ids are the `id` column when the header has one, otherwise the first
    column, and then the first line is itself an id (a bare list). Ids are trimmed; empty ones
    are dropped (but the first line of a bare list is kept even when empty). The exclusion hash
    covers the ids as listed, whether or not they are in the register, each once."""
    header, rows = parse_csv(data, name)
    ids = set()
    if b"id" in header:
        column = header.index(b"id")
    else:
        column = 0
        ids.add(trim(header[0]))
    for row in rows:
        value = trim(row[column])
        if value:
            ids.add(value)
    return ids


def register_hash(header, rows):
    digest = hashlib.sha256()
    for fields in [header] + rows:
        digest.update(b"\x1f".join(trim(f) for f in fields) + b"\n")
    return digest.hexdigest()


def exclusion_hash(ids):
    return sha256_hex(b"".join(i + b"\n" for i in sorted(ids)))


def commitment(register_sha256, exclusion_sha256, parameters, factor_style="program"):
    oversample = parameters["oversample"]
    text = "mienskip-draw-v1\n"
    text += "register %s\n" % register_sha256
    text += "count %d\n" % parameters["count"]
    text += "stratify_by %s\n" % (parameters["stratify_by"] or "")
    text += "oversample" + "".join(" %s=%s" % (s, format_factor(oversample[s], factor_style))
                                   for s in sorted(oversample, key=lambda s: s.encode("utf-8"))) + "\n"
    text += "household_key" + "".join(" " + c for c in parameters["household_key"]) + "\n"
    text += "exclusion %s\n" % exclusion_sha256
    return sha256_hex(text.encode("utf-8"))


def allocate(count, strata, eligible, factors):
    """Largest remainder, in double precision. NOT IN THE DOC
    (server/src/core/invitations/invitation_draw.cpp:135-162): the arithmetic is IEEE double,
    in this order: weight_s = e_s * f_s; total = weight summed over the strata in byte order; quota
    = (N * weight_s) / total; remainder = quota - floor(quota); "ties" are remainders that are equal
    as doubles."""
    weights = [float(eligible[s]) * factors.get(s, 1.0) for s in range(len(strata))]
    total = 0.0
    for w in weights:
        total += w
    allocation, remainders = [], []
    for s, w in enumerate(weights):
        quota = float(count) * w / total
        whole = math.floor(quota)
        allocation.append(whole)
        remainders.append((quota - whole, s))
    remainders.sort(key=lambda r: -r[0])  # stable: equal remainders keep byte order of strata
    left = count - sum(allocation)
    for remainder, s in remainders[:max(left, 0)]:
        allocation[s] += 1
    return allocation


def draw_stage1(case_dir, parameters, factor_style="program"):
    """Returns (commitment text, invitations bytes, receipt dict)."""
    with open(os.path.join(case_dir, "register.csv"), "rb") as f:
        header, rows = parse_csv(f.read(), "register.csv")
    excluded_ids = set()
    if parameters.get("exclude"):
        with open(os.path.join(case_dir, parameters["exclude"]), "rb") as f:
            excluded_ids = read_exclusions(f.read(), parameters["exclude"])
    count = parameters["count"]
    stratify_by = parameters.get("stratify_by") or ""
    household_key = parameters.get("household_key") or []
    oversample = {k: float(v) for k, v in (parameters.get("oversample") or {}).items()}
    seed = parameters["seed"].encode("utf-8")
    p = {"count": count, "stratify_by": stratify_by, "household_key": household_key, "oversample": oversample}

    def column(name):
        if name.encode("utf-8") not in header:
            raise Refused("the register has no column '%s'" % name)
        return header.index(name.encode("utf-8"))

    id_column = column("id")
    stratum_column = column(stratify_by) if stratify_by else None
    household_columns = [column(c) for c in household_key]
    if count < 1 or not seed:
        raise Refused("count below 1 or empty seed")

    reg_sha = register_hash(header, rows)
    exc_sha = exclusion_hash(excluded_ids)
    commit = commitment(reg_sha, exc_sha, p, factor_style)

    # NOT IN THE DOC (invitation_draw.cpp:20-24, 36-65): the id column is the one named `id`; an
    # empty id, or an id twice (after trimming), refuses the register.
    seen = set()
    for row in rows:
        person = trim(row[id_column])
        if not person or person in seen:
            raise Refused("empty or repeated id %r" % person)
        seen.add(person)

    members, excluded = {}, 0
    for r, row in enumerate(rows):
        if trim(row[id_column]) in excluded_ids:
            excluded += 1
            continue
        stratum = trim(row[stratum_column]) if stratum_column is not None else b""
        members.setdefault(stratum, []).append(r)
    for s in oversample:
        if s.encode("utf-8") not in members:
            raise Refused("oversampling names stratum '%s', which has no one eligible" % s)
    strata = sorted(members)
    eligible = [len(members[s]) for s in strata]
    factors = {i: oversample[s.decode("utf-8")] for i, s in enumerate(strata) if s.decode("utf-8") in oversample}
    allocation = allocate(count, strata, eligible, factors)

    invited, invited_strata, households = [], [], set()
    for s, stratum in enumerate(strata):
        stream = Stream(key("mienskip-invitation-draw", commit, seed, stratum))
        order = list(members[stratum])
        chosen = []
        i = 0
        # The walk goes on past residents whose household already has a letter (they use up their
        # place in the shuffle), until the allocation is reached or the stratum runs out.
        while i < len(order) and len(chosen) < allocation[s]:
            j = i + stream.below(len(order) - i)
            order[i], order[j] = order[j], order[i]
            row = order[i]
            i += 1
            if household_columns:
                household = b"".join(normalise_household_part(rows[row][c]) + b"\x1f" for c in household_columns)
                if household in households:
                    continue
                households.add(household)
            chosen.append(row)
        if len(chosen) < allocation[s]:
            raise Refused("stratum %r runs out of households" % stratum)
        invited += chosen
        invited_strata += [stratum] * len(chosen)

    # The output file. NOT IN THE DOC (server/src/core/invitations/invitation_receipt.cpp:8-37):
    # the header is the register's header (trimmed) followed by "stratum,draw_order", and the
    # header's cells get the apostrophe rule too; the stratum column holds the trimmed stratum
    # value ("" without stratification); draw_order counts from 1 over all strata in the order
    # drawn (strata in byte order); the output is always comma-separated.
    out = b",".join(csv_field(csv_cell(h)) for h in header) + b",stratum,draw_order\n"
    for n, (row, stratum) in enumerate(zip(invited, invited_strata), start=1):
        cells = [csv_field(csv_cell(trim(f))) for f in rows[row]]
        cells.append(csv_field(csv_cell(stratum)))
        cells.append(str(n).encode())
        out += b",".join(cells) + b"\n"

    # The receipt. NOT IN THE DOC: its fields (invitation_receipt.cpp:46-67): stratify_by is ""
    # without stratification, "excluded" counts register rows left out (not the list's length),
    # every stratum lists its factor (1.0 when none is given), and "version" names the program.
    receipt = {
        "method": "mienskip-draw-v1 (docs/lottery.md)",
        "version": "reference.py",
        "register_sha256": reg_sha,
        "register_rows": len(rows),
        "exclusion_sha256": exc_sha,
        "excluded": excluded,
        "parameters": {"count": count, "stratify_by": stratify_by, "household_key": household_key},
        "commitment": commit,
        "seed": parameters["seed"],
        "strata": [{"stratum": s.decode("utf-8"), "eligible": eligible[i], "invitations": allocation[i],
                    "oversample": factors.get(i, 1.0)} for i, s in enumerate(strata)],
        "invitations": len(invited),
        "invitations_sha256": sha256_hex(out),
    }
    return commit + "\n", out, receipt


def run_stage1(case_dir, out_dir, factor_style):
    with open(os.path.join(case_dir, "parameters.json"), encoding="utf-8") as f:
        parameters = json.load(f)
    commit_text, invitations, receipt = draw_stage1(case_dir, parameters, factor_style)
    os.makedirs(out_dir, exist_ok=True)
    with open(os.path.join(out_dir, "commitment.txt"), "wb") as f:
        f.write(commit_text.encode())
    with open(os.path.join(out_dir, "invitations.csv"), "wb") as f:
        f.write(invitations)
    with open(os.path.join(out_dir, "receipt.json"), "wb") as f:
        f.write((dump_json(receipt) + "\n").encode("utf-8"))


# =============================================================================================
# Stage 2

def quota_number(text):
    """NOT IN THE DOC (server/src/core/panel/pool.cpp:16-25): a whole number, digits only."""
    text = trim(text)
    if not text.isdigit():
        raise Refused("'%s' is not a number of seats" % text.decode("utf-8", "replace"))
    return int(text)


def read_quotas(header, rows, category_name, value_name):
    """Categories in the order they first appear, values in file order."""
    def col(name):
        if name not in header:
            raise Refused("the quota file has no '%s' column" % name.decode())
        return header.index(name)
    c_cat, c_val, c_min, c_max = col(category_name), col(value_name), col(b"min"), col(b"max")
    categories = []
    for row in rows:
        name, label = trim(row[c_cat]), trim(row[c_val])
        if not name or not label:
            raise Refused("a category or value is empty")
        found = next((c for c in categories if c["name"] == name), None)
        if found is None:
            found = {"name": name, "values": [], "min": [], "max": []}
            categories.append(found)
        if label in found["values"]:
            raise Refused("value twice")
        lo, hi = quota_number(row[c_min]), quota_number(row[c_max])
        if lo > hi:
            raise Refused("min above max")
        found["values"].append(label)
        found["min"].append(lo)
        found["max"].append(hi)
    return categories


def read_pool(case_dir, household_columns):
    """The pool: categories, ids, values (index per category), household numbers (or None)."""
    def load(name):
        with open(os.path.join(case_dir, name), "rb") as f:
            return parse_csv(f.read(), name)

    if os.path.exists(os.path.join(case_dir, "categories.csv")):
        q_header, q_rows = load("categories.csv")
        v_header, v_rows = load("respondents.csv")
        categories = read_quotas(q_header, q_rows, b"category", b"feature")
        ids = [str(r + 1).encode() for r in range(len(v_rows))]  # replication format: row numbers
        id_col = None
    else:
        # NOT IN THE DOC (pool.cpp:39-50, 174-175): in the Sortition Foundation format a field (or
        # header name) that starts with an apostrophe followed by a text that needs one (see
        # needs_apostrophe) loses that apostrophe before it is trimmed: the forum publishes its
        # pool files that way.
        q_header, q_rows = load("features.csv")
        v_header, v_rows = load("candidates.csv")
        fix_header = lambda h: [trim(without_apostrophe(n)) if n[:1] == b"'" else n for n in h]
        fix_rows = lambda rs: [[without_apostrophe(f) for f in r] for r in rs]
        q_header, q_rows = fix_header(q_header), fix_rows(q_rows)
        v_header, v_rows = fix_header(v_header), fix_rows(v_rows)
        categories = read_quotas(q_header, q_rows, b"feature", b"value")
        # NOT IN THE DOC (pool.cpp:179-186): the id column is `id`, else `nationbuilder_id`.
        id_col = next((v_header.index(n) for n in (b"id", b"nationbuilder_id") if n in v_header), None)
        if id_col is None:
            raise Refused("the volunteers file has no id column")
        ids = [trim(r[id_col]) for r in v_rows]
        if any(not i for i in ids) or len(set(ids)) != len(ids):
            raise Refused("an empty or repeated volunteer id")
    columns = []
    for c in categories:
        if c["name"] not in v_header:
            raise Refused("the volunteers file has no column '%s'" % c["name"].decode())
        columns.append(v_header.index(c["name"]))
    values = []
    for row in v_rows:
        answer = []
        for c, col in zip(categories, columns):
            text = trim(row[col])
            if text not in c["values"]:
                raise Refused("unknown or empty value '%s'" % text.decode())
            answer.append(c["values"].index(text))
        values.append(answer)
    households = None
    if household_columns:
        # NOT IN THE DOC: a household's number is the order in which its key (the household key of
        # stage 1, over the named columns) first appears in the volunteers file (pool.cpp:187-208).
        cols = [v_header.index(c.encode("utf-8")) for c in household_columns]
        numbers = {}
        households = []
        for row in v_rows:
            k = b"".join(normalise_household_part(row[c]) + b"\x1f" for c in cols)
            households.append(numbers.setdefault(k, len(numbers)))
    return {"categories": categories, "ids": ids, "values": values, "households": households}


def input_hash(pool):
    """NOT IN THE DOC beyond "quotas (category, value, min, max per line) and the volunteers (id and
    values per line)" (pool.cpp:127-142): quota lines are category 0x1F value 0x1F min 0x1F max 0x0A,
    categories in the order they first appear and values in file order; then one 0x1E byte; then per
    volunteer, in file order, id 0x1F value 0x1F value ... [0x1F household number] 0x0A. Values
    are the trimmed texts (without a published apostrophe); numbers in decimal; min_flex and
    max_flex are not covered."""
    text = b""
    for c in pool["categories"]:
        for v, label in enumerate(c["values"]):
            text += b"\x1f".join([c["name"], label, str(c["min"][v]).encode(), str(c["max"][v]).encode()]) + b"\n"
    text += b"\x1e"
    for i, person in enumerate(pool["ids"]):
        text += person
        for c, v in zip(pool["categories"], pool["values"][i]):
            text += b"\x1f" + c["values"][v]
        if pool["households"] is not None:
            text += b"\x1f" + str(pool["households"][i]).encode()
        text += b"\n"
    return sha256_hex(text)


def group_types(pool):
    """Types numbered in the order of their first volunteer (NOT IN THE DOC;
    server/src/core/panel/volunteer_types.cpp:8-31). A volunteer whose household has another
    volunteer in the pool is a type of their own."""
    households = pool["households"]
    size_of = {}
    if households is not None:
        for h in households:
            size_of[h] = size_of.get(h, 0) + 1
    index, type_of, members = {}, [], []
    for i, answer in enumerate(pool["values"]):
        shared = households is not None and size_of[households[i]] > 1
        k = ("own", i) if shared else ("values", tuple(answer))
        if k not in index:
            index[k] = len(members)
            members.append([])
        type_of.append(index[k])
        members[index[k]].append(i)
    return type_of, members


def composition(entry, type_count):
    counts = [0] * type_count
    for seat in entry["composition"]:
        counts[seat["type"]] = seat["seats"]
    return counts


def round_to_tickets(distribution, sizes, selectable, tickets):
    """Step 4 of the doc, from the published distribution. NOT IN THE DOC
    (server/src/core/panel/panel_lottery.cpp:15-161):
      - canonical order: seat vectors compared as sequences, largest first;
      - rounded down means floor(p x tickets + 1e-9); the remainder is p x tickets minus that;
        remainders are sorted largest first, equal ones (as doubles) keeping the canonical order;
      - a type's probability q_t = (sum over panels of count x seats_t / size_t, in canonical
        order) / tickets, in double precision; one ticket of panel p adds seats_t / size_t / tickets;
      - an exchange step: the weakest type is the first selectable type with the smallest q; the
        receiving panel ("to") is the first, in canonical order, that holds no more than its rounded-
        down count and has seats for the weakest type; the giving panel ("from") the first with
        more than its rounded-down count and fewer seats (per volunteer) for the weakest type;
        the first such pair whose result raises the smallest q by more than 1e-12, or keeps it
        within 1e-12 and has fewer types at it (within 1e-12), is taken; at most `tickets` steps;
      - panels left with no ticket are not published; the others get consecutive ticket numbers
        in canonical order."""
    panels = [d[0] for d in distribution]
    probability = [d[1] for d in distribution]
    order = sorted(range(len(panels)), key=lambda p: panels[p], reverse=True)
    T = len(sizes)
    P = len(order)
    count, floor_count, remainders = [], [], []
    for p in range(P):
        share = probability[order[p]] * tickets
        c = math.floor(share + 1e-9)
        count.append(c)
        floor_count.append(c)
        remainders.append((share - c, p))
    remainders.sort(key=lambda r: -r[0])
    assigned = sum(count)
    i = 0
    while assigned < tickets:
        count[remainders[i][1]] += 1
        i = (i + 1) % P
        assigned += 1

    share = [[float(panels[order[p]][t]) / sizes[t] / tickets for t in range(T)] for p in range(P)]
    q = [0.0] * T
    for p in range(P):
        for t in range(T):
            q[t] += float(count[p]) * panels[order[p]][t] / sizes[t]
    q = [x / tickets for x in q]

    def score(values):
        smallest, at = 2.0, 0
        for t in range(T):
            if not selectable[t]:
                continue
            if values[t] < smallest - 1e-12:
                smallest, at = values[t], 1
            elif values[t] <= smallest + 1e-12:
                at += 1
        return smallest, -at

    current = score(q)
    for _ in range(tickets):
        weakest = None
        for t in range(T):
            if selectable[t] and (weakest is None or q[t] < q[weakest]):
                weakest = t
        if weakest is None:
            break
        improved = False
        for to in range(P):
            if improved:
                break
            if count[to] > floor_count[to] or share[to][weakest] == 0:
                continue
            for frm in range(P):
                if frm == to or count[frm] <= floor_count[frm] or share[frm][weakest] >= share[to][weakest]:
                    continue
                trial = [q[t] - share[frm][t] + share[to][t] for t in range(T)]
                candidate = score(trial)
                if candidate[0] > current[0] + 1e-12 or (candidate[0] > current[0] - 1e-12 and candidate[1] > current[1]):
                    count[frm] -= 1
                    count[to] += 1
                    q, current, improved = trial, candidate, True
                    break
        if not improved:
            break
    lottery, first = [], 0
    for p in range(P):
        if count[p] == 0:
            continue
        lottery.append((first, first + count[p] - 1, panels[order[p]]))
        first += count[p]
    return lottery


def ticket_for_seed(seed, tickets):
    return Stream(key("mienskip-panel-lottery", seed.encode("utf-8"))).below(tickets)


def panel_for_ticket(pool, members, lottery, number, input_sha256):
    """Step 5. NOT IN THE DOC (panel_lottery.cpp:168-189, deterministic_random.cpp:42-50):
      - the ticket number in the key is written in decimal without leading zeros ("7", not "007");
      - ONE stream serves the whole panel: types in type-number order, each type with seats (even
        when its seats equal its volunteers, which the doc's wording leaves out) takes the first
        `seats` elements of a shuffle prefix of its volunteers (in pool order); a type with no seats
        reads nothing;
      - the panel is listed in pool order (not in draw order, not sorted by id)."""
    chosen_range = None
    for first, last, counts in lottery:
        if first <= number <= last:
            chosen_range = (first, last, counts)
    if chosen_range is None:
        raise Refused("no published panel holds ticket %d" % number)
    stream = Stream(key("mienskip-panel-members", input_sha256, str(number)))
    chosen = []
    for t, seats in enumerate(chosen_range[2]):
        if seats == 0:
            continue
        chosen += shuffle_prefix(stream, members[t], seats)
    return chosen_range, [pool["ids"][i] for i in sorted(chosen)]


def meets_quotas(pool, members, counts, k):
    if sum(counts) != k or any(c < 0 or c > len(members[t]) for t, c in enumerate(counts)):
        return False
    for ci, c in enumerate(pool["categories"]):
        seats = [0] * len(c["values"])
        for t, n in enumerate(counts):
            if n:
                seats[pool["values"][members[t][0]][ci]] += n
        if any(s < lo or s > hi for s, lo, hi in zip(seats, c["min"], c["max"])):
            return False
    if pool["households"] is not None:
        used = {}
        for t, n in enumerate(counts):
            if n:
                h = pool["households"][members[t][0]]
                used[h] = used.get(h, 0) + n
        if any(n > 1 for h, n in used.items() if pool["households"].count(h) > 1):
            return False
    return True


def composition_text(counts):
    return " ".join("%d:%d" % (t, n) for t, n in enumerate(counts) if n)


def run_stage2(case_dir, out_dir):
    with open(os.path.join(case_dir, "parameters.json"), encoding="utf-8") as f:
        parameters = json.load(f)
    with open(os.path.join(case_dir, "selection.json"), encoding="utf-8") as f:
        selection = json.load(f)
    pool = read_pool(case_dir, parameters.get("household_columns") or [])
    digest = input_hash(pool)
    type_of, members = group_types(pool)
    T = len(members)
    os.makedirs(out_dir, exist_ok=True)

    lines = ["input_sha256 " + digest]
    for t, m in enumerate(members):
        values = {c["name"].decode(): c["values"][pool["values"][m[0]][ci]].decode()
                  for ci, c in enumerate(pool["categories"])}
        lines.append("type %d %s: %s" % (t, json.dumps(values, ensure_ascii=False, sort_keys=True),
                                         " ".join(pool["ids"][i].decode() for i in m)))
    with open(os.path.join(out_dir, "inputs.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")

    # The published lottery is used only when the selection is of these inputs and types.
    if selection["input_sha256"] != digest or len(selection["types"]) != T:
        raise Refused("selection.json was computed from other inputs")
    sizes = [len(m) for m in members]
    never = set(selection["never_selectable"])
    selectable = [not any(pool["ids"][i].decode() in never for i in m) for m in members]
    distribution = [(composition(d, T), d["probability"]) for d in selection["distribution"]]
    tickets = selection["lottery"]["tickets"]
    k = selection["panel_size"]
    ours = round_to_tickets(distribution, sizes, selectable, tickets)
    lines = ["tickets %d" % tickets]
    for first, last, counts in ours:
        ok = "" if meets_quotas(pool, members, counts, k) else " BREAKS-QUOTAS"
        lines.append("%d-%d %s%s" % (first, last, composition_text(counts), ok))
    with open(os.path.join(out_dir, "tickets.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")

    published = [(p["first_ticket"], p["last_ticket"], composition(p, T)) for p in selection["lottery"]["panels"]]
    draws = [(str(n), n) for n in parameters["lottery_numbers"]]
    if parameters.get("seed") is not None:
        draws.append(("seed", ticket_for_seed(parameters["seed"], tickets)))
    for name, number in draws:
        (first, last, counts), panel = panel_for_ticket(pool, members, published, number, digest)
        text = "lottery_number %d\ntickets %d-%d %s\npanel %s\n" % (
            number, first, last, composition_text(counts), " ".join(i.decode() for i in panel))
        with open(os.path.join(out_dir, "draw-%s.txt" % name), "w", encoding="utf-8") as f:
            f.write(text)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("stage", choices=["stage1", "stage2"])
    parser.add_argument("case_dir")
    parser.add_argument("out_dir")
    parser.add_argument("--factor-format", choices=["program", "repr"], default="program",
                        help="how the commitment writes oversampling factors: as the program does "
                             "(default) or as docs/lottery.md literally says (Python repr)")
    args = parser.parse_args()
    try:
        if args.stage == "stage1":
            run_stage1(args.case_dir, args.out_dir, args.factor_format)
        else:
            run_stage2(args.case_dir, args.out_dir)
    except Refused as refused:
        sys.exit("refused: %s" % refused)


if __name__ == "__main__":
    main()
