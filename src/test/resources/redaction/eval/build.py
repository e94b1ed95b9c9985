#!/usr/bin/env python3
"""Convert notes.txt (inline [[TYPE|text]] markup) to eval.jsonl and validate.

Offsets are Unicode code point indices (Python str), end exclusive.
Fails (exit 1) on: unbalanced/nested markup, unknown types, empty or
whitespace-padded spans, BSN spans failing the 11-proof, IBAN spans failing
ISO 13616 mod-97, licence plates not matching a Dutch sidecode, duplicate notes.
Warns on unlabelled strings that look like valid BSNs / IBANs / e-mail addresses.
"""
import json, re, sys
from collections import Counter

TYPES = {"PERSON", "ADDRESS", "BSN", "PHONE", "EMAIL", "IBAN",
         "DATE_OF_BIRTH", "CASE_NUMBER", "LICENCE_PLATE"}
MARK = re.compile(r"\[\[([A-Z_]+)\|([^\[\]|]*)\]\]")

def bsn_ok(s):
    d = re.sub(r"[ .\-]", "", s)
    if not re.fullmatch(r"\d{9}", d):
        return False
    n = [int(c) for c in d]
    return (sum(n[i] * (9 - i) for i in range(8)) - n[8]) % 11 == 0

def iban_ok(s):
    c = s.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", c):
        return False
    if c.startswith("NL") and not re.fullmatch(r"NL\d{2}[A-Z]{4}\d{10}", c):
        return False
    num = "".join(str(int(ch, 36)) for ch in c[4:] + c[:4])
    return int(num) % 97 == 1

PLATE_L = "[BDFGHJKLNPRSTVXZ]"
SIDECODES = ["XX-99-99", "99-99-XX", "99-XX-99", "XX-99-XX", "XX-XX-99", "99-XX-XX",
             "99-XXX-9", "9-XXX-99", "XX-999-X", "X-999-XX", "XXX-99-X", "X-99-XXX",
             "9-XX-999", "999-XX-9"]
PLATE_RE = re.compile("|".join(
    "(?:" + "".join(PLATE_L if ch == "X" else r"\d" if ch == "9" else "-" for ch in sc) + ")"
    for sc in SIDECODES))

def plate_ok(s):
    return PLATE_RE.fullmatch(s.upper()) is not None

# rough lexicon used only to report how many notes contain deliberate traps
TRAP_WORDS = [
    "woonstad", "havensteder", "woonplus", "waterweg wonen", "humanitas", "vluchtelingenwerk",
    "wijkteam", "kredietbank", "leger des heils", "voedselbank", "uwv", "svb", "cjib", "duo",
    "belastingdienst", "stadsbank", "zilveren kruis", "albert heijn", "jumbo", "schiedam",
    "vlaardingen", "rotterdam", "maassluis", "den haag", "delft", "nieuwland", "groenoord",
    "holy", "babberspolder", "westwijk", "feijenoord", "carnisse", "kethel", "wmo",
    "participatiewet", "kostendelersnorm", "jeugdwet", "schuldhulpverlening", "toeslag",
    "artikel", "bijstand", "ioaw", "jan modaal", "jan en alleman", "jan met de pet",
    "piet snot", "klaas vaak", "sinterklaas", "de heer", "roos", "storm", "bos ", "hoop",
    "mark", "bakker", "visser", "berg", "haan", "smid", "straat", "laan", "weg ", "plein",
    "kade", "singel", "dijk", "€", "euro", "procent", "%", "uur", "sinds", "januari",
    "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
    "november", "december", "gemeente", "ggd", "ggz", "cak", "sociale verzekeringsbank",
    "rob", "will", "bas", "groot", "de jong", "koning", "oost", "west", "noord", "zuid",
]
NUM_RE = re.compile(r"\d")

def main(src="notes.txt", dst="eval.jsonl"):
    errors, warns, out = [], [], []
    seen = {}
    counts = Counter()
    n_empty = n_trap = 0
    with open(src, encoding="utf-8") as f:
        lines = f.read().split("\n")
    for ln, raw in enumerate(lines, 1):
        line = raw.rstrip("\r")
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        text, spans, pos = [], [], 0
        cur = 0
        for m in MARK.finditer(line):
            text.append(line[pos:m.start()]); cur += m.start() - pos
            typ, val = m.group(1), m.group(2)
            if typ not in TYPES:
                errors.append(f"line {ln}: unknown type {typ}")
            if not val or val != val.strip():
                errors.append(f"line {ln}: empty or padded span {val!r}")
            if typ == "BSN" and not bsn_ok(val):
                errors.append(f"line {ln}: BSN fails 11-proof: {val}")
            if typ == "IBAN" and not iban_ok(val):
                errors.append(f"line {ln}: IBAN fails mod-97: {val}")
            if typ == "CASE_NUMBER" and bsn_ok(val):
                warns.append(f"line {ln}: CASE_NUMBER also passes BSN 11-proof: {val}")
            if typ == "LICENCE_PLATE" and not plate_ok(val):
                errors.append(f"line {ln}: plate not a valid sidecode: {val}")
            spans.append({"start": cur, "end": cur + len(val), "type": typ})
            text.append(val); cur += len(val)
            pos = m.end()
        text.append(line[pos:])
        plain = "".join(text)
        # leftover markup => unbalanced / nested
        rest = MARK.sub("", line)
        if "[[" in rest or "]]" in rest or ("|" in rest):
            errors.append(f"line {ln}: unbalanced or nested markup: {line}")
        for s in spans:
            counts[s["type"]] += 1
        # consistency warnings on unlabelled parts
        masked = list(plain)
        for s in spans:
            for i in range(s["start"], s["end"]):
                masked[i] = "#"
        masked = "".join(masked)
        for m in re.finditer(r"(?<![\d#])(\d{9}|\d{4}\.\d{2}\.\d{3}|\d{3}[ -]\d{3}[ -]\d{3})(?![\d#])", masked):
            if bsn_ok(m.group(0)):
                warns.append(f"line {ln}: unlabelled 11-proof number {m.group(0)}")
        for m in re.finditer(r"\b[A-Za-z]{2}\d{2}(?: ?[A-Za-z0-9]{4}){3,7}\b", masked):
            if iban_ok(m.group(0)):
                warns.append(f"line {ln}: unlabelled valid IBAN {m.group(0)}")
        for m in re.finditer(r"[\w.+-]+@[\w-]+\.[\w.]+", masked):
            warns.append(f"line {ln}: unlabelled e-mail {m.group(0)}")
        if plain in seen:
            errors.append(f"line {ln}: duplicate of line {seen[plain]}")
        seen[plain] = ln
        if not spans:
            n_empty += 1
        low = masked.lower()
        if any(w in low for w in TRAP_WORDS) or NUM_RE.search(masked):
            n_trap += 1
        out.append((plain, spans))
    for e in errors:
        print("ERROR", e)
    for w in warns:
        print("WARN", w)
    if errors:
        sys.exit(1)
    with open(dst, "w", encoding="utf-8") as f:
        for i, (plain, spans) in enumerate(out, 1):
            f.write(json.dumps({"id": f"e{i:04d}", "text": plain, "spans": spans},
                               ensure_ascii=False) + "\n")
    print(f"notes: {len(out)}")
    for t in sorted(TYPES):
        print(f"  {t:15s} {counts[t]}")
    print(f"  total spans     {sum(counts.values())}")
    print(f"notes with no spans: {n_empty}")
    print(f"notes with spans:    {len(out) - n_empty}")
    print(f"notes containing trap material (lexicon/unlabelled digits, approx.): {n_trap}")

if __name__ == "__main__":
    main(*sys.argv[1:])
