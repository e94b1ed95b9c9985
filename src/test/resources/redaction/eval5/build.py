#!/usr/bin/env python3
"""Build the blind Keukentafel PII eval set from hand-written source notes.

Source format (src/*.txt, read in sorted order):
  * one note per line; empty lines and lines starting with '#' are ignored
  * a literal backslash-n ("\\n") inside a line becomes a real newline
  * entity markers:  [[TYPE:surface text]]   -> labelled span
      TYPE is one of P, A, BSN, TEL, MAIL, IBAN, DOB, CASE, KT
  * generator tokens: {name[:variant]} -> replaced by a freshly generated
    value (seeded, reproducible). Tokens may appear inside a marker
    (labelled) or outside a marker (unlabelled trap, e.g. {bsnbad}).

Output:
  eval.jsonl       {"id","text","spans":[{"start","end","type"}]}  (code-point offsets, end exclusive)
  eval_meta.jsonl  id -> source file / line (for traceability only)
  stats.json       counts per type, number of notes, notes with/without PII
"""
import glob
import json
import os
import random
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 5052024
rng = random.Random(SEED)

TYPES = {
    "P": "PERSON", "A": "ADDRESS", "BSN": "BSN", "TEL": "PHONE", "MAIL": "EMAIL",
    "IBAN": "IBAN", "DOB": "DATE_OF_BIRTH", "CASE": "CASE_NUMBER", "KT": "LICENSE_PLATE",
}

used_values = set()


def unique(gen):
    for _ in range(1000):
        v = gen()
        key = re.sub(r"[^0-9A-Za-z]", "", v).upper()
        if key not in used_values:
            used_values.add(key)
            return v
    raise RuntimeError("could not generate unique value")


# ---------------------------------------------------------------- BSN
def bsn_ok(digits):
    if not re.fullmatch(r"\d{9}", digits):
        return False
    w = [9, 8, 7, 6, 5, 4, 3, 2, -1]
    return sum(int(d) * x for d, x in zip(digits, w)) % 11 == 0


def gen_bsn_digits():
    while True:
        d = [rng.randint(1, 6)] + [rng.randint(0, 9) for _ in range(7)]
        s = sum(x * w for x, w in zip(d, [9, 8, 7, 6, 5, 4, 3, 2]))
        c = s % 11
        if c < 10:
            ds = "".join(map(str, d + [c]))
            assert bsn_ok(ds)
            return ds


def gen_bad_bsn_digits():
    while True:
        ds = str(rng.randint(1, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(8))
        if not bsn_ok(ds):
            return ds


def fmt_bsn(ds, variant):
    if variant == "dot":
        return f"{ds[:4]}.{ds[4:6]}.{ds[6:]}"
    if variant == "sp":
        return f"{ds[:3]} {ds[3:6]} {ds[6:]}"
    if variant == "dash":
        return f"{ds[:3]}-{ds[3:6]}-{ds[6:]}"
    return ds


# ---------------------------------------------------------------- IBAN
def iban_check(country, bban):
    s = bban + country + "00"
    num = "".join(str(int(ch, 36)) for ch in s)
    return "%02d" % (98 - int(num) % 97)


def iban_ok(iban):
    s = re.sub(r"\s", "", iban).upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(ch, 36)) for ch in r)) % 97 == 1


NL_BANKS = ["INGB", "ABNA", "RABO", "SNSB", "ASNB", "TRIO", "KNAB", "BUNQ", "RBRB", "FVLB"]
BG_BANKS = ["UNCR", "BPBI", "STSA", "FINV"]
RO_BANKS = ["BTRL", "RNCB", "BRDE", "INGB"]


def digits(n):
    return "".join(str(rng.randint(0, 9)) for _ in range(n))


def nl_account():
    while True:
        d = [rng.randint(0, 9) for _ in range(10)]
        if d[0] == 0 and d[1] == 0:
            continue
        if sum(x * w for x, w in zip(d, range(10, 0, -1))) % 11 == 0:
            return "".join(map(str, d))


def gen_iban(country):
    c = country.upper()
    if c == "NL":
        bban = rng.choice(NL_BANKS) + nl_account()
    elif c == "BE":
        first = str(rng.randint(1, 9)) + digits(9)
        chk = int(first) % 97 or 97
        bban = first + "%02d" % chk
    elif c == "DE":
        bban = str(rng.randint(1, 8)) + digits(17)
    elif c == "PL":
        bban = digits(24)
    elif c == "BG":
        bban = rng.choice(BG_BANKS) + digits(14)
    elif c == "RO":
        bban = rng.choice(RO_BANKS) + digits(16)
    elif c == "TR":
        bban = digits(5) + "0" + digits(16)
    elif c == "ES":
        bban = digits(20)
    elif c == "FR":
        bban = digits(23)
    elif c == "PT":
        bban = digits(21)
    else:
        raise ValueError(country)
    iban = c + iban_check(c, bban) + bban
    assert iban_ok(iban), iban
    return iban


def fmt_iban(iban, spaced, lower):
    s = " ".join(iban[i:i + 4] for i in range(0, len(iban), 4)) if spaced else iban
    return s.lower() if lower else s


# ---------------------------------------------------------------- phones
AREA3 = ["010", "020", "030", "070", "013", "015", "024", "026", "040", "043", "050",
         "053", "055", "071", "073", "076", "078", "079"]
AREA4 = ["0180", "0181", "0186", "0172", "0174", "0111", "0113", "0118", "0164", "0187",
         "0297", "0318", "0341", "0413", "0475", "0499", "0511", "0591"]


def mob8():
    return str(rng.randint(1, 5)) + digits(7)


def sub7():
    return str(rng.randint(2, 9)) + digits(6)


def sub6():
    return str(rng.randint(2, 9)) + digits(5)


def gen_phone(kind):
    if kind in ("06dash", "06sp", "06sp4", "06plain", "06dash4", "31m", "31mc", "31mp", "0031m", "06paren"):
        m = mob8()
        return {
            "06dash": f"06-{m}",
            "06sp": f"06 {m[:2]} {m[2:4]} {m[4:6]} {m[6:]}",
            "06sp4": f"06 {m[:4]} {m[4:]}",
            "06plain": f"06{m}",
            "06dash4": f"06-{m[:4]} {m[4:]}",
            "06paren": f"(06) {m}",
            "31m": f"+31 6 {m[:4]} {m[4:]}",
            "31mc": f"+316{m}",
            "31mp": f"+31 (0)6 {m}",
            "0031m": f"0031 6 {m}",
        }[kind]
    if kind in ("land", "landsp", "landplain", "paren", "0031l", "31l"):
        a = rng.choice(AREA3)
        s = sub7()
        return {
            "land": f"{a}-{s}",
            "landsp": f"{a} {s[:3]} {s[3:]}",
            "landplain": f"{a}{s}",
            "paren": f"({a}) {s[:3]} {s[3:5]} {s[5:]}",
            "0031l": f"0031 {a[1:]} {s[:3]} {s[3:]}",
            "31l": f"+31 {a[1:]} {s[:3]} {s[3:]}",
        }[kind]
    if kind in ("land4", "land4sp"):
        a = rng.choice(AREA4)
        s = sub6()
        return f"{a}-{s}" if kind == "land4" else f"{a} {s[:2]} {s[2:4]} {s[4:]}"
    if kind == "be":
        return f"+32 4{rng.randint(60, 99)} {digits(2)} {digits(2)} {digits(2)}"
    if kind == "be00":
        return f"0032 4{rng.randint(60, 99)} {digits(6)}"
    if kind == "de":
        return f"+49 1{rng.choice(['51', '52', '57', '60', '70', '76'])} {digits(8)}"
    if kind == "de00":
        return f"0049 1{rng.choice(['51', '60', '76'])} {digits(4)} {digits(4)}"
    if kind == "ma":
        return f"+212 6 {digits(2)} {digits(2)} {digits(2)} {digits(2)}"
    if kind == "ma00":
        return f"00212 6{digits(2)}-{digits(6)}"
    if kind == "tr":
        return f"+90 5{rng.randint(30, 59)} {digits(3)} {digits(2)} {digits(2)}"
    if kind == "tr00":
        return f"0090 5{rng.randint(30, 59)} {digits(7)}"
    if kind == "pl":
        return f"+48 {rng.randint(5, 8)}{digits(2)} {digits(3)} {digits(3)}"
    if kind == "bg":
        return f"+359 8{rng.choice('789')} {digits(3)} {digits(4)}"
    if kind == "ro":
        return f"+40 7{digits(2)} {digits(3)} {digits(3)}"
    if kind == "sr":
        return f"+597 8{digits(2)}-{digits(4)}"
    if kind == "cw":
        return f"+599 9 5{digits(2)} {digits(4)}"
    if kind == "ua":
        return f"+380 {rng.choice(['50', '63', '67', '68', '93', '97'])} {digits(3)} {digits(4)}"
    if kind == "gh":
        return f"+233 {rng.choice(['24', '54', '55', '20'])} {digits(3)} {digits(4)}"
    if kind == "cv":
        return f"+238 9{digits(2)} {digits(2)} {digits(2)}"
    if kind == "so":
        return f"+252 61 {digits(7)}"
    if kind == "uk":
        return f"+44 7700 900{digits(3)}"
    if kind == "sy":
        return f"+963 9{digits(2)} {digits(3)} {digits(3)}"
    if kind == "af":
        return f"+93 7{digits(1)} {digits(3)} {digits(4)}"
    if kind == "er":
        return f"+291 7 {digits(6)}"
    if kind == "id":
        return f"+62 812 {digits(4)} {digits(4)}"
    raise ValueError(kind)


# ---------------------------------------------------------------- plates
PLATE_LETTERS = "BDFGHJKLNPRSTVXZ"
SIDECODES = {
    1: "XX-99-99", 2: "99-99-XX", 3: "99-XX-99", 4: "XX-99-XX", 5: "XX-XX-99",
    6: "99-XX-XX", 7: "99-XXX-9", 8: "9-XXX-99", 9: "XX-999-X", 10: "X-999-XX",
    11: "XXX-99-X", 13: "9-XX-999",
}
MODERN = [4, 5, 6, 7, 8, 9, 10, 11, 13]


def gen_plate(sidecode=None, nodash=False, lower=False):
    sc = sidecode or rng.choice(MODERN)
    pat = SIDECODES[sc]
    out = []
    for ch in pat:
        if ch == "X":
            out.append(rng.choice(PLATE_LETTERS))
        elif ch == "9":
            out.append(str(rng.randint(0, 9)))
        else:
            out.append("-")
    s = "".join(out)
    # avoid a leading zero in the first digit group (looks odd)
    s = re.sub(r"^0", str(rng.randint(1, 9)), s)
    if nodash:
        s = s.replace("-", "")
    if lower:
        s = s.lower()
    return s


def plate_ok(s):
    s = s.upper()
    pats = []
    for pat in SIDECODES.values():
        pats.append(pat.replace("X", "[A-Z]").replace("9", r"\d"))
        pats.append(pat.replace("-", "").replace("X", "[A-Z]").replace("9", r"\d"))
    return any(re.fullmatch(p, s) for p in pats)


# ---------------------------------------------------------------- token expansion
def expand_token(tok):
    name, _, var = tok.partition(":")
    if name == "bsn":
        v = {"": "plain", ".": "dot", "_": "sp", "-": "dash"}.get(var, var)
        return unique(lambda: fmt_bsn(gen_bsn_digits(), v))
    if name == "bsn.":
        return unique(lambda: fmt_bsn(gen_bsn_digits(), "dot"))
    if name == "bsn_":
        return unique(lambda: fmt_bsn(gen_bsn_digits(), "sp"))
    if name == "bsnbad":
        v = var or "plain"
        return unique(lambda: fmt_bsn(gen_bad_bsn_digits(), v))
    if name in ("iban", "iban_", "ibanlc", "ibanlc_"):
        spaced = name.endswith("_")
        lower = "lc" in name
        country = var or "NL"
        return unique(lambda: fmt_iban(gen_iban(country), spaced, lower))
    if name == "ibanx":  # foreign: {ibanx:BE_} {ibanx:DE} {ibanx:PL_l}
        country = var[:2]
        spaced = "_" in var
        lower = var.endswith("l")
        return unique(lambda: fmt_iban(gen_iban(country), spaced, lower))
    if name == "tel":
        return unique(lambda: gen_phone(var))
    if name == "kt":
        if var == "nd":
            return unique(lambda: gen_plate(nodash=True))
        if var == "lc":
            return unique(lambda: gen_plate(lower=True))
        if var.startswith("nd"):
            return unique(lambda: gen_plate(int(var[2:]), nodash=True))
        if var:
            return unique(lambda: gen_plate(int(var)))
        return unique(lambda: gen_plate())
    raise ValueError("unknown token {%s}" % tok)


TOKEN_RX = re.compile(r"\{([A-Za-z_.0-9:\-]+)\}")
MARK_RX = re.compile(r"\[\[([A-Z]+):(.*?)\]\]")


def build_note(line):
    line = line.replace("\\n", "\n")
    line = TOKEN_RX.sub(lambda m: expand_token(m.group(1)), line)
    text_parts, spans, pos, cur = [], [], 0, 0
    for m in MARK_RX.finditer(line):
        before = line[pos:m.start()]
        text_parts.append(before)
        cur += len(before)
        typ, surface = m.group(1), m.group(2)
        if typ not in TYPES:
            raise ValueError(f"unknown type {typ} in: {line}")
        if not surface or surface != surface.strip():
            raise ValueError(f"bad surface {surface!r} in: {line}")
        spans.append({"start": cur, "end": cur + len(surface), "type": TYPES[typ], "_surface": surface})
        text_parts.append(surface)
        cur += len(surface)
        pos = m.end()
    text_parts.append(line[pos:])
    text = "".join(text_parts)
    if "[[" in text or "]]" in text or "{" in text or "}" in text:
        raise ValueError(f"unparsed marker/token in: {text}")
    return text, spans


# ---------------------------------------------------------------- lint
def covered(spans, s, e):
    return any(sp["start"] <= s and e <= sp["end"] for sp in spans)


def touches(spans, s, e):
    return any(sp["start"] < e and s < sp["end"] for sp in spans)


def lint(nid, text, spans, errors, warnings):
    # spans sorted, non-overlapping, surface check
    last_end = -1
    for sp in spans:
        if sp["start"] < last_end:
            errors.append(f"{nid}: overlapping spans")
        last_end = sp["end"]
        sub = text[sp["start"]:sp["end"]]
        if sub != sp["_surface"]:
            errors.append(f"{nid}: surface mismatch {sub!r} vs {sp['_surface']!r}")
        if sub != sub.strip() or not sub:
            errors.append(f"{nid}: whitespace at span edge {sub!r}")
        # boundary: span should not cut inside an alphanumeric token, except for
        # possessive -s / -'s directly after a PERSON
        s, e = sp["start"], sp["end"]
        if s > 0 and text[s - 1].isalnum():
            errors.append(f"{nid}: span starts inside token {sub!r}")
        if e < len(text) and text[e].isalnum():
            if not (sp["type"] == "PERSON" and text[e] == "s" and (e + 1 == len(text) or not text[e + 1].isalnum())):
                errors.append(f"{nid}: span ends inside token {sub!r}")
        t = sp["type"]
        if t == "PERSON" and re.match(r"(?i)(mevr|mevrouw|mw|dhr|de heer|heer|meneer|mr|dr|fam|opa|oma|ome|oom|tante|juf|meester|buurvrouw|buurman|cliënt|client|cliënte)\b\.?\s", sub):
            errors.append(f"{nid}: cue word inside PERSON span {sub!r}")
        if t == "BSN":
            d = re.sub(r"[ .\-]", "", sub)
            if not bsn_ok(d):
                errors.append(f"{nid}: labelled BSN fails 11-proof {sub}")
        elif t == "IBAN":
            if not iban_ok(sub):
                errors.append(f"{nid}: labelled IBAN fails mod-97 {sub}")
        elif t == "LICENSE_PLATE":
            if not plate_ok(sub):
                errors.append(f"{nid}: labelled plate not a sidecode {sub}")
        elif t == "EMAIL":
            if not re.fullmatch(r"[\w.+\-]+@[\w\-]+(\.[\w\-]+)+", sub):
                errors.append(f"{nid}: labelled email malformed {sub}")
        elif t == "PHONE":
            if not re.fullmatch(r"[+0(][0-9 ()\-]+[0-9]", sub):
                errors.append(f"{nid}: labelled phone malformed {sub}")
        elif t == "CASE_NUMBER":
            d = re.sub(r"[ .\-]", "", sub)
            if bsn_ok(d):
                warnings.append(f"{nid}: NOTE case number passes 11-proof (intended context test?) {sub}")
        elif t == "ADDRESS":
            if not re.search(r"\d", sub):
                errors.append(f"{nid}: address without number {sub}")

    # unlabelled look-alikes
    for m in re.finditer(r"[\w.+\-]+@[\w\-]+(\.[\w\-]+)+", text):
        if not covered(spans, m.start(), m.end()):
            errors.append(f"{nid}: unlabelled email {m.group()}")
    for m in re.finditer(r"(?i)\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?\b", text):
        if iban_ok(m.group()) and not touches(spans, m.start(), m.end()):
            errors.append(f"{nid}: unlabelled valid IBAN {m.group()}")
    for m in re.finditer(r"(?<![\d.,])\d(?:[ .\-]?\d){8}(?![\d,]|\.\d)", text):
        d = re.sub(r"\D", "", m.group())
        if bsn_ok(d) and not touches(spans, m.start(), m.end()):
            errors.append(f"{nid}: unlabelled 11-proof number {m.group()}")
    for m in re.finditer(r"\b[1-9]\d{3} ?[A-Z]{2}\b", text):
        if not touches(spans, m.start(), m.end()):
            warnings.append(f"{nid}: unlabelled postcode-like {m.group()!r}")
    for m in re.finditer(r"(?<!\d)(?:\+|00)\d{2,3}[ \-]?\(?\d|(?<![\d,.])0\d{1,3}[ \-)]?\d{6,8}(?!\d)|(?<!\d)06[ \-]?\d{2}", text):
        if not touches(spans, m.start(), m.end()):
            warnings.append(f"{nid}: unlabelled phone-like {text[max(0, m.start()-15):m.end()+12]!r}")
    for pat in SIDECODES.values():
        rx = pat.replace("X", "[A-Z]").replace("9", r"\d")
        for m in re.finditer(r"(?<![\w-])" + rx + r"(?![\w-])", text):
            if not touches(spans, m.start(), m.end()):
                warnings.append(f"{nid}: unlabelled plate-like {m.group()!r}")


def main():
    files = sorted(glob.glob(os.path.join(HERE, "src", "*.txt")))
    raw = []
    for f in files:
        with open(f, encoding="utf-8") as fh:
            for i, line in enumerate(fh, 1):
                line = unicodedata.normalize("NFC", line.rstrip("\n"))
                if not line.strip() or line.lstrip().startswith("#"):
                    continue
                raw.append((os.path.basename(f), i, line.strip()))
    notes = []
    for fname, lineno, line in raw:
        try:
            text, spans = build_note(line)
        except Exception as ex:  # noqa
            print(f"ERROR {fname}:{lineno}: {ex}")
            sys.exit(1)
        notes.append((fname, lineno, text, spans))

    order = list(range(len(notes)))
    random.Random(SEED + 1).shuffle(order)

    errors, warnings = [], []
    counts = {t: 0 for t in TYPES.values()}
    n_person_notes = n_nopii = 0
    texts_seen = {}
    out, meta = [], []
    for k, idx in enumerate(order, 1):
        fname, lineno, text, spans = notes[idx]
        nid = "y%04d" % k
        lint(f"{nid} ({fname}:{lineno})", text, spans, errors, warnings)
        if text in texts_seen:
            errors.append(f"{nid}: duplicate text with {texts_seen[text]}")
        texts_seen[text] = nid
        for sp in spans:
            counts[sp["type"]] += 1
        if any(sp["type"] == "PERSON" for sp in spans):
            n_person_notes += 1
        if not spans:
            n_nopii += 1
        out.append({"id": nid, "text": text,
                    "spans": [{"start": s["start"], "end": s["end"], "type": s["type"]} for s in spans]})
        meta.append({"id": nid, "source": fname, "line": lineno,
                     "entities": [[s["type"], s["_surface"]] for s in spans]})

    with open(os.path.join(HERE, "eval.jsonl"), "w", encoding="utf-8") as fh:
        for o in out:
            fh.write(json.dumps(o, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "eval_meta.jsonl"), "w", encoding="utf-8") as fh:
        for o in meta:
            fh.write(json.dumps(o, ensure_ascii=False) + "\n")
    n = len(out)
    stats = {"notes": n, "spans_per_type": counts, "total_spans": sum(counts.values()),
             "notes_with_person": n_person_notes, "notes_without_pii": n_nopii,
             "pct_with_person": round(100 * n_person_notes / n, 1),
             "pct_without_pii": round(100 * n_nopii / n, 1), "seed": SEED}
    with open(os.path.join(HERE, "stats.json"), "w", encoding="utf-8") as fh:
        json.dump(stats, fh, indent=2)
    for w in warnings:
        print("WARN", w)
    for e in errors:
        print("ERROR", e)
    print(json.dumps(stats, indent=2))
    if errors:
        sys.exit(1)


if __name__ == "__main__":
    main()
