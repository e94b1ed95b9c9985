#!/usr/bin/env python3
"""Build eval.jsonl from the marked-up source notes in src/*.txt.

Source format: one note per line ('#' lines and blank lines are ignored).
A literal backslash-n ("\\n") inside a line becomes a newline in the note.

Labelled entity written by hand:   [[TYPE:literal text]]
Generated entity / trap:           {{KIND}}  (see GENERATORS below)

Offsets are Python str indices (= Unicode code points), end exclusive.
"""
import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC = HERE / "src"
OUT = HERE / "eval.jsonl"
MAP = HERE / "eval_sources.tsv"

TYPES = {"PERSON", "ADDRESS", "BSN", "PHONE", "EMAIL", "IBAN",
         "DATE_OF_BIRTH", "CASE_NUMBER", "LICENCE_PLATE"}

rng = random.Random(20260806)

# ---------------------------------------------------------------- numbers

def bsn_ok(digits: str) -> bool:
    if len(digits) != 9 or not digits.isdigit():
        return False
    w = [9, 8, 7, 6, 5, 4, 3, 2, -1]
    s = sum(int(d) * x for d, x in zip(digits, w))
    return s % 11 == 0 and int(digits) != 0


_used = set()


def uniq(fn):
    for _ in range(1000):
        v = fn()
        if v not in _used:
            _used.add(v)
            return v
    raise RuntimeError("could not make unique value")


def raw_bsn():
    while True:
        first = str(rng.randint(1, 6))
        rest = "".join(str(rng.randint(0, 9)) for _ in range(7))
        d8 = first + rest
        w = [9, 8, 7, 6, 5, 4, 3, 2]
        s = sum(int(d) * x for d, x in zip(d8, w)) % 11
        if s == 10:
            continue
        cand = d8 + str(s)
        assert bsn_ok(cand)
        return cand


def raw_bad9():
    while True:
        cand = str(rng.randint(1, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(8))
        if not bsn_ok(cand):
            return cand


def fmt_bsn(d):
    styles = [
        lambda d: d,
        lambda d: d,
        lambda d: f"{d[:4]}.{d[4:6]}.{d[6:]}",
        lambda d: f"{d[:3]} {d[3:6]} {d[6:]}",
        lambda d: f"{d[:2]}.{d[2:4]}.{d[4:6]}.{d[6:]}",
        lambda d: f"{d[:3]}.{d[3:6]}.{d[6:]}",
    ]
    return rng.choice(styles)(d)


def gen_bsn():
    return fmt_bsn(uniq(raw_bsn)), "BSN"


def gen_badbsn():
    return uniq(raw_bad9), None


def gen_case9():
    return uniq(raw_bad9), "CASE_NUMBER"


# IBAN ------------------------------------------------------------------
def iban_check(country, bban):
    s = bban + country + "00"
    num = "".join(str(int(c, 36)) for c in s.upper())
    return 98 - int(num) % 97


def iban_ok(s: str) -> bool:
    s = re.sub(r"\s", "", s).upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{8,30}", s):
        return False
    r = s[4:] + s[:4]
    num = "".join(str(int(c, 36)) for c in r)
    return int(num) % 97 == 1


DIG = "0123456789"
UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
ALN = DIG + UP


def rs(alpha, n):
    return "".join(rng.choice(alpha) for _ in range(n))


NL_BANKS = ["INGB", "RABO", "ABNA", "SNSB", "TRIO", "ASNB", "KNAB", "BUNQ", "RBRB", "INGB", "RABO", "ABNA"]

FOREIGN_BBAN = {
    "BE": lambda: rs(DIG, 12),
    "DE": lambda: rs(DIG, 18),
    "FR": lambda: rs(DIG, 10) + rs(ALN, 11) + rs(DIG, 2),
    "ES": lambda: rs(DIG, 20),
    "PL": lambda: rs(DIG, 24),
    "RO": lambda: rng.choice(["BTRL", "RNCB", "BRDE", "INGB"]) + rs(ALN, 16),
    "BG": lambda: rng.choice(["BNBG", "UNCR", "STSA", "FINV"]) + rs(DIG, 6) + rs(ALN, 8),
    "TR": lambda: rs(DIG, 5) + "0" + rs(ALN, 16),
    "PT": lambda: rs(DIG, 21),
    "IT": lambda: rs(UP, 1) + rs(DIG, 10) + rs(ALN, 12),
    "LT": lambda: rs(DIG, 16),
}


def raw_iban(country=None):
    if country is None or country == "NL":
        bban = rng.choice(NL_BANKS) + rs(DIG, 10)
        country = "NL"
    else:
        bban = FOREIGN_BBAN[country]()
    ck = iban_check(country, bban)
    iban = f"{country}{ck:02d}{bban}"
    assert iban_ok(iban)
    return iban


def fmt_iban(i):
    r = rng.random()
    grouped = " ".join(i[k:k + 4] for k in range(0, len(i), 4))
    if r < 0.55:
        out = grouped
    elif r < 0.85:
        out = i
    else:
        out = grouped if rng.random() < 0.5 else i
        out = out.lower()
    return out


def gen_iban():
    return fmt_iban(uniq(lambda: raw_iban("NL"))), "IBAN"


def gen_ibanf():
    c = rng.choice(list(FOREIGN_BBAN))
    return fmt_iban(uniq(lambda: raw_iban(c))), "IBAN"


# phones ----------------------------------------------------------------
def pairs(d):
    return " ".join(d[k:k + 2] for k in range(0, len(d), 2))


def gen_mob():
    d = str(rng.randint(1, 5)) + rs(DIG, 7)
    styles = [
        lambda: "06-" + d,
        lambda: "06 " + pairs(d),
        lambda: "06" + d,
        lambda: "06-" + d[:4] + " " + d[4:],
        lambda: "+31 6 " + d[:4] + " " + d[4:],
        lambda: "+31(0)6-" + d,
        lambda: "+316" + d,
        lambda: "0031 6 " + d,
        lambda: "(06) " + d,
        lambda: "06 - " + d,
        lambda: "+31 6 " + pairs(d),
        lambda: "06 " + d[:4] + " " + d[4:],
    ]
    return uniq(rng.choice(styles)), "PHONE"


AREAS3 = ["010", "020", "030", "070", "040", "050", "024", "026", "043", "013", "015", "036", "058", "072", "076", "079"]
AREAS4 = ["0113", "0183", "0597", "0515", "0299", "0591", "0164", "0168", "0475", "0546", "0513", "0223"]


def gen_tel():
    if rng.random() < 0.7:
        a = rng.choice(AREAS3)
        r = str(rng.randint(2, 8)) + rs(DIG, 6)
        styles = [
            lambda: f"{a}-{r}",
            lambda: f"{a} - {r[:3]} {r[3:5]} {r[5:]}",
            lambda: f"{a} {r[:3]} {r[3:]}",
            lambda: f"({a}) {r[:3]} {r[3:5]} {r[5:]}",
            lambda: f"0031 {a[1:]} {r[:3]} {r[3:]}",
            lambda: f"+31 {a[1:]} {r[:3]} {r[3:]}",
            lambda: f"{a}{r}",
            lambda: f"+31 (0){a[1:]} {r}",
            lambda: f"{a}-{r[:3]} {r[3:5]} {r[5:]}",
        ]
    else:
        a = rng.choice(AREAS4)
        r = str(rng.randint(2, 8)) + rs(DIG, 5)
        styles = [
            lambda: f"{a}-{r}",
            lambda: f"{a} {pairs(r)}",
            lambda: f"({a}) {r}",
            lambda: f"+31 {a[1:]} {r}",
            lambda: f"{a}{r}",
            lambda: f"{a} - {r[:3]} {r[3:]}",
        ]
    return uniq(rng.choice(styles)), "PHONE"


FOREIGN_PHONES = {
    "BE": [lambda: f"+32 4{rng.randint(60, 99)} {rs(DIG, 2)} {rs(DIG, 2)} {rs(DIG, 2)}",
           lambda: f"+32 {rng.choice(['2', '3', '9'])} {rs(DIG, 3)} {rs(DIG, 2)} {rs(DIG, 2)}",
           lambda: f"0032 4{rs(DIG, 2)} {rs(DIG, 6)}"],
    "DE": [lambda: f"+49 15{rng.randint(1, 9)} {rs(DIG, 8)}",
           lambda: f"+49 (0)211 {rs(DIG, 7)}",
           lambda: f"0049-1{rs(DIG, 2)}-{rs(DIG, 8)}"],
    "MA": [lambda: f"+212 6 {pairs(rs(DIG, 8))}", lambda: f"+212 6{rs(DIG, 8)}"],
    "TR": [lambda: f"+90 5{rng.randint(30, 59)} {rs(DIG, 3)} {rs(DIG, 2)} {rs(DIG, 2)}"],
    "PL": [lambda: f"+48 {rng.choice(['5', '6', '7', '8'])}{rs(DIG, 2)} {rs(DIG, 3)} {rs(DIG, 3)}"],
    "RO": [lambda: f"+40 7{rs(DIG, 2)} {rs(DIG, 3)} {rs(DIG, 3)}"],
    "BG": [lambda: f"+359 8{rng.choice('789')} {rs(DIG, 3)} {rs(DIG, 4)}"],
    "UA": [lambda: f"+380 {rng.choice(['50', '67', '93', '97'])} {rs(DIG, 3)} {rs(DIG, 4)}"],
    "SY": [lambda: f"+963 9{rs(DIG, 2)} {rs(DIG, 3)} {rs(DIG, 3)}"],
    "ET": [lambda: f"+251 9{rs(DIG, 2)} {rs(DIG, 3)} {rs(DIG, 3)}"],
    "GH": [lambda: f"+233 24{rs(DIG, 1)} {rs(DIG, 3)} {rs(DIG, 3)}"],
    "GB": [lambda: f"+44 7{rs(DIG, 3)} {rs(DIG, 6)}"],
    "SR": [lambda: f"+597 8{rs(DIG, 2)} {rs(DIG, 4)}"],
    "CW": [lambda: f"+599 9 {rs(DIG, 3)} {rs(DIG, 4)}"],
    "CV": [lambda: f"+238 9{rs(DIG, 2)} {rs(DIG, 2)} {rs(DIG, 2)}"],
    "SO": [lambda: f"+252 61 {rs(DIG, 3)} {rs(DIG, 4)}"],
    "AF": [lambda: f"+93 7{rs(DIG, 2)} {rs(DIG, 3)} {rs(DIG, 3)}"],
    "ER": [lambda: f"+291 7 {rs(DIG, 3)} {rs(DIG, 3)}"],
    "BR": [lambda: f"+55 11 9{rs(DIG, 4)}-{rs(DIG, 4)}"],
    "CN": [lambda: f"+86 13{rs(DIG, 1)} {rs(DIG, 4)} {rs(DIG, 4)}"],
    "VN": [lambda: f"+84 9{rs(DIG, 2)} {rs(DIG, 3)} {rs(DIG, 3)}"],
    "ID": [lambda: f"+62 812 {rs(DIG, 4)} {rs(DIG, 4)}"],
    "IN": [lambda: f"+91 98{rs(DIG, 3)} {rs(DIG, 5)}"],
    "SN": [lambda: f"+221 77 {rs(DIG, 3)} {rs(DIG, 2)} {rs(DIG, 2)}"],
    "ZA": [lambda: f"+27 82 {rs(DIG, 3)} {rs(DIG, 4)}"],
    "HU": [lambda: f"+36 30 {rs(DIG, 3)} {rs(DIG, 4)}"],
}


def gen_telf(country=None):
    if country is None:
        country = rng.choice(sorted(FOREIGN_PHONES))
    return uniq(rng.choice(FOREIGN_PHONES[country])), "PHONE"


def gen_phone():
    return rng.choice([gen_mob, gen_mob, gen_tel, gen_telf])()



def gen_service():
    styles = [
        lambda: f"0800-{rs(DIG, 4)}",
        lambda: f"0800 {rs(DIG, 4)}",
        lambda: f"0900-{rs(DIG, 4)}",
        lambda: f"0900 {rs(DIG, 3)} {rs(DIG, 4)}",
        lambda: f"0800-{rs(DIG, 3)}{rs(DIG, 4)}",
        lambda: f"0900-{rs(DIG, 4)} ({rng.choice(['lokaal tarief', '€ 0,10 p/m', 'gratis'])})",
    ]
    return uniq(rng.choice(styles)), None


# licence plates --------------------------------------------------------
PL = "BDFGHJKLNPRSTVXZ"
SIDECODES = ["XX-99-99", "99-99-XX", "99-XX-99", "XX-99-XX", "XX-XX-99", "99-XX-XX",
             "99-XXX-9", "9-XXX-99", "XX-999-X", "X-999-XX", "XXX-99-X", "X-99-XXX",
             "9-XX-999", "999-XX-9"]
_sc_i = 0


def gen_plate():
    global _sc_i
    sc = SIDECODES[_sc_i % len(SIDECODES)]
    _sc_i += 1

    def one():
        return "".join(rng.choice(PL) if c == "X" else (str(rng.randint(0, 9)) if c == "9" else c) for c in sc)

    p = uniq(one)
    r = rng.random()
    if r < 0.22:
        p = p.replace("-", "")
    if rng.random() < 0.18:
        p = p.lower()
    return p, "LICENCE_PLATE"


def plate_ok(p):
    q = p.upper()
    pat = "".join("X" if c.isalpha() else ("9" if c.isdigit() else "-") for c in q)
    if "-" in q:
        return pat in SIDECODES
    return pat in {s.replace("-", "") for s in SIDECODES}


# dates -----------------------------------------------------------------
MONTHS = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
          "september", "oktober", "november", "december"]
MONTHS_S = ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"]


def fmt_date(y, m, d):
    styles = [
        lambda: f"{d:02d}-{m:02d}-{y}",
        lambda: f"{d}-{m}-{y}",
        lambda: f"{d}/{m}/{y % 100:02d}",
        lambda: f"{d:02d}/{m:02d}/{y}",
        lambda: f"{d:02d}.{m:02d}.{y}",
        lambda: f"{d} {MONTHS[m - 1]} {y}",
        lambda: f"{d} {MONTHS_S[m - 1]} {y}",
        lambda: f"{y}-{m:02d}-{d:02d}",
        lambda: f"{d:02d}-{m:02d}-{y}",
        lambda: f"{d} {MONTHS[m - 1]} {y}",
    ]
    return rng.choice(styles)()


def gen_dob():
    y = rng.randint(1938, 2005)
    return fmt_date(y, rng.randint(1, 12), rng.randint(1, 28)), "DATE_OF_BIRTH"


def gen_dobkid():
    y = rng.randint(2008, 2024)
    return fmt_date(y, rng.randint(1, 12), rng.randint(1, 28)), "DATE_OF_BIRTH"


def gen_pc():
    letters = "ABCEGHJKLMNPRSTVWXZ"
    while True:
        l2 = rs(letters, 2)
        if l2 not in ("SA", "SD", "SS"):
            break
    n = rng.randint(1011, 9999)
    return (f"{n} {l2}" if rng.random() < 0.65 else f"{n}{l2}"), "ADDRESS"


GENERATORS = {
    "BSN": gen_bsn, "BADBSN": gen_badbsn, "CASE9": gen_case9,
    "IBAN": gen_iban, "IBANF": gen_ibanf,
    "MOB": gen_mob, "TEL": gen_tel, "TELF": gen_telf, "PHONE": gen_phone,
    "SERVICE": gen_service, "PLATE": gen_plate,
    "DOB": gen_dob, "DOBKID": gen_dobkid, "PC": gen_pc,
}

for _c in FOREIGN_PHONES:
    GENERATORS["TELF_" + _c] = (lambda c: (lambda: gen_telf(c)))(_c)

TOKEN = re.compile(r"\[\[([A-Z_]+):(.*?)\]\]|\{\{([A-Z0-9_]+)\}\}")


def render(line, where):
    out = []
    spans = []
    pos = 0
    cur = 0
    for m in TOKEN.finditer(line):
        out.append(line[pos:m.start()])
        cur += len(line[pos:m.start()])
        if m.group(1):
            typ, txt = m.group(1), m.group(2)
            if typ not in TYPES:
                raise ValueError(f"{where}: unknown type {typ}")
        else:
            kind = m.group(3)
            if kind not in GENERATORS:
                raise ValueError(f"{where}: unknown generator {kind}")
            txt, typ = GENERATORS[kind]()
        out.append(txt)
        if typ:
            spans.append({"start": cur, "end": cur + len(txt), "type": typ, "_txt": txt})
        cur += len(txt)
        pos = m.end()
    out.append(line[pos:])
    text = "".join(out)
    if "[[" in text or "]]" in text or "{{" in text or "}}" in text:
        raise ValueError(f"{where}: unparsed marker in {text!r}")
    return text, spans


# ---------------------------------------------------------------- checks
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}")
IBAN_CAND = re.compile(r"\b[A-Za-z]{2}\d{2}(?: ?[A-Za-z0-9]{4}){2,7}(?: ?[A-Za-z0-9]{1,3})?\b")
NINE_CAND = re.compile(r"(?<![\d.\- ])(?<!\d )(\d{9}|\d{4}\.\d{2}\.\d{3}|\d{3} \d{3} \d{3}|\d{2}\.\d{2}\.\d{2}\.\d{3}|\d{3}\.\d{3}\.\d{3})(?![\d])")
NINE_LOOSE = re.compile(r"(?<!\d)(\d[\d .]{8,13}\d)(?!\d)")
PLATE_CAND = re.compile(r"\b(?:[A-Za-z]{1,3}-\d{1,3}-[A-Za-z0-9]{1,3}|\d{1,3}-[A-Za-z]{2,3}-\d{1,3}|[A-Za-z]{2}-[A-Za-z]{2}-\d{2}|\d{2}-\d{2}-[A-Za-z]{2}|[A-Za-z]{2}-\d{2}-\d{2}|\d{2}-[A-Za-z]{2}-[A-Za-z]{2})\b")
PC_CAND = re.compile(r"\b[1-9]\d{3} ?[A-Z]{2}\b")
PHONE_CAND = re.compile(r"(?:\+|00)\d{2,3}[\d ()\-]{6,}\d|\b0\d{1,3}[ \-]?\d[\d \-]{5,}\d")


def mask(text, spans):
    chars = list(text)
    for s in spans:
        for i in range(s["start"], s["end"]):
            chars[i] = "\u2588"
    return "".join(chars)


def main():
    notes = []
    for f in sorted(SRC.glob("*.txt")):
        for ln, raw in enumerate(f.read_text(encoding="utf-8").splitlines(), 1):
            if not raw.strip() or raw.lstrip().startswith("#"):
                continue
            line = raw.rstrip().replace("\\n", "\n")
            where = f"{f.name}:{ln}"
            text, spans = render(line, where)
            notes.append((where, text, spans))

    errors, warnings = [], []
    seen_text = Counter(t for _, t, _ in notes)
    for t, c in seen_text.items():
        if c > 1:
            errors.append(f"duplicate note text x{c}: {t[:80]!r}")

    for where, text, spans in notes:
        spans.sort(key=lambda s: s["start"])
        for s in spans:
            sub = text[s["start"]:s["end"]]
            if sub != s["_txt"]:
                errors.append(f"{where}: substring mismatch {sub!r} != {s['_txt']!r}")
            if sub != sub.strip() or not sub:
                errors.append(f"{where}: span has outer whitespace {sub!r}")
            t = s["type"]
            if t == "BSN" and not bsn_ok(re.sub(r"\D", "", sub)):
                errors.append(f"{where}: BSN fails 11-proof {sub!r}")
            if t == "IBAN" and not iban_ok(sub):
                errors.append(f"{where}: invalid IBAN {sub!r}")
            if t == "EMAIL" and not EMAIL_RE.fullmatch(sub):
                errors.append(f"{where}: bad email {sub!r}")
            if t == "LICENCE_PLATE" and not plate_ok(sub):
                errors.append(f"{where}: bad plate {sub!r}")
            if t == "CASE_NUMBER" and re.fullmatch(r"[\d .]+", sub) and bsn_ok(re.sub(r"\D", "", sub)):
                errors.append(f"{where}: case number is 11-proof valid (ambiguous) {sub!r}")
            if "|" in sub or "[" in sub:
                errors.append(f"{where}: stray marker char in span {sub!r}")
            if t == "PERSON" and (sub[0] in ".,;:!?'\"(" or sub[-1] in ".,;:!?'\")"):
                if not re.search(r"[A-Z]\.$", sub):
                    warnings.append(f"{where}: PERSON punctuation edge {sub!r}")
        for a, b in zip(spans, spans[1:]):
            if b["start"] < a["end"]:
                errors.append(f"{where}: overlapping spans {a['_txt']!r} / {b['_txt']!r}")
        # leftovers in unlabelled text
        m = mask(text, spans)
        for e in EMAIL_RE.finditer(m):
            errors.append(f"{where}: unlabelled email {e.group(0)!r}")
        for c in IBAN_CAND.finditer(m):
            if iban_ok(c.group(0)):
                errors.append(f"{where}: unlabelled valid IBAN {c.group(0)!r}")
        for c in NINE_LOOSE.finditer(m):
            digits = re.sub(r"\D", "", c.group(1))
            # check every 9-digit window that is a separator-aligned group
            if len(digits) == 9 and bsn_ok(digits):
                errors.append(f"{where}: unlabelled 11-proof number {c.group(1)!r}")
        for c in re.finditer(r"(?<!\d)\d{9}(?!\d)", m):
            if bsn_ok(c.group(0)):
                errors.append(f"{where}: unlabelled 11-proof number {c.group(0)!r}")
        for c in PLATE_CAND.finditer(m):
            if plate_ok(c.group(0)):
                warnings.append(f"{where}: unlabelled plate-like {c.group(0)!r}")
        for c in PC_CAND.finditer(m):
            warnings.append(f"{where}: unlabelled postcode-like {c.group(0)!r}")
        for c in PHONE_CAND.finditer(m):
            warnings.append(f"{where}: unlabelled phone-like {c.group(0)!r}")

    # shuffle deterministically so source files are mixed
    order = list(range(len(notes)))
    random.Random(6).shuffle(order)

    type_counts = Counter()
    notes_with = Counter()
    n_person = n_none = 0
    with OUT.open("w", encoding="utf-8") as fo, MAP.open("w", encoding="utf-8") as fm:
        fm.write("id\tsource\n")
        for k, idx in enumerate(order, 1):
            where, text, spans = notes[idx]
            nid = f"z{k:04d}"
            clean = [{"start": s["start"], "end": s["end"], "type": s["type"]} for s in spans]
            fo.write(json.dumps({"id": nid, "text": text, "spans": clean}, ensure_ascii=False) + "\n")
            fm.write(f"{nid}\t{where}\n")
            types_here = {s["type"] for s in spans}
            for s in spans:
                type_counts[s["type"]] += 1
            for t in types_here:
                notes_with[t] += 1
            if "PERSON" in types_here:
                n_person += 1
            if not spans:
                n_none += 1

    n = len(notes)
    print(f"notes: {n}")
    print(f"notes with PERSON: {n_person} ({100 * n_person / n:.1f}%)")
    print(f"notes without PII: {n_none} ({100 * n_none / n:.1f}%)")
    print("spans per type (notes containing):")
    for t in sorted(TYPES):
        print(f"  {t:14s} {type_counts[t]:4d}  ({notes_with[t]})")
    print(f"total spans: {sum(type_counts.values())}")
    for w in warnings:
        print("WARN", w)
    for e in errors:
        print("ERROR", e)
    if errors:
        sys.exit(1)


if __name__ == "__main__":
    main()
