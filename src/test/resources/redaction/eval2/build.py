#!/usr/bin/env python3
"""Convert notes.txt (inline [[TYPE|text]] markup) to eval.jsonl and validate."""
import json, re, sys
from collections import Counter
TYPES = {"PERSON","ADDRESS","BSN","PHONE","EMAIL","IBAN","DATE_OF_BIRTH","CASE_NUMBER","LICENCE_PLATE"}
MARK = re.compile(r"\[\[([A-Z_]+)\|([^\[\]|]+)\]\]")
def bsn_ok(s):
    d = re.sub(r"[ .\-]", "", s)
    if not re.fullmatch(r"\d{9}", d): return False
    return (sum(w*int(x) for w, x in zip(range(9,1,-1), d[:8])) - int(d[8])) % 11 == 0
def iban_ok(s):
    c = re.sub(r"\s", "", s).upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", c): return False
    if c.startswith("NL") and (len(c) != 18 or c[4:8] not in {"INGB","RABO","ABNA","TRIO","SNSB","ASNB","KNAB","BUNQ"}): return False
    r = c[4:] + c[:4]
    return int("".join(str(int(ch, 36)) for ch in r)) % 97 == 1
PLATE = re.compile(r"^(?:[A-Z]{2}-\d{2}-\d{2}|\d{2}-\d{2}-[A-Z]{2}|\d{2}-[A-Z]{2}-\d{2}|[A-Z]{2}-\d{2}-[A-Z]{2}|[A-Z]{2}-[A-Z]{2}-\d{2}|\d{2}-[A-Z]{2}-[A-Z]{2}|\d{2}-[A-Z]{3}-\d|\d-[A-Z]{3}-\d{2}|[A-Z]{2}-\d{3}-[A-Z]|[A-Z]-\d{3}-[A-Z]{2}|[A-Z]{3}-\d{2}-[A-Z]|[A-Z]-\d{2}-[A-Z]{3}|\d-[A-Z]{2}-\d{3}|\d{3}-[A-Z]{2}-\d)$")
CUES = re.compile(r"^(mevrouw|mevr\.?|mw\.?|meneer|dhr\.?|de heer|opa|oma|juf|meester|fam\.?|familie|buurman|buurvrouw|tante|oom|mijn|mn|mr\.|drs\.|dr\.)\s", re.I)
errors = []
def err(n, m): errors.append(f"line {n}: {m}")
recs, counts, with_pii = [], Counter(), 0
for n, line in enumerate(open("notes.txt", encoding="utf-8"), 1):
    line = line.rstrip("\n")
    if not line.strip() or line.startswith("#"): continue
    text, spans, pos = "", [], 0
    for m in MARK.finditer(line):
        text += line[pos:m.start()]
        typ, val = m.group(1), m.group(2)
        if typ not in TYPES: err(n, f"unknown type {typ}")
        if val != val.strip(): err(n, f"whitespace in span {val!r}")
        if typ == "BSN" and not bsn_ok(val): err(n, f"BSN fails 11-proof: {val}")
        if typ == "IBAN" and not iban_ok(val): err(n, f"IBAN invalid: {val}")
        if typ == "LICENCE_PLATE" and not PLATE.match(val): err(n, f"plate not a sidecode: {val}")
        if typ == "EMAIL" and not re.fullmatch(r"[\w.+-]+@[\w-]+(\.[\w-]+)+", val): err(n, f"bad email {val}")
        if typ == "PERSON" and (CUES.match(val) or val.endswith("'s")): err(n, f"cue/possessive in PERSON {val}")
        if typ == "CASE_NUMBER" and bsn_ok(val): err(n, f"case number passes 11-proof (ambiguous): {val}")
        spans.append({"start": len(text), "end": len(text) + len(val), "type": typ})
        text += val; pos = m.end(); counts[typ] += 1
    text += line[pos:]
    if "[[" in text or "]]" in text: err(n, "unbalanced markup")
    # unlabelled 9-digit numbers in trap text must fail the 11-proof
    for m in re.finditer(r"(?<!\d)\d{9}(?!\d)", text):
        if not any(s["start"] <= m.start() < s["end"] for s in spans) and bsn_ok(m.group()):
            err(n, f"unlabelled 9-digit number passes 11-proof: {m.group()}")
    for s in spans: assert text[s["start"]:s["end"]] == re.sub(r"", "", text[s["start"]:s["end"]])
    with_pii += bool(spans)
    recs.append({"id": f"v{len(recs)+1:04d}", "text": text, "spans": spans})
if errors:
    print("\n".join(errors)); sys.exit(1)
with open("eval.jsonl", "w", encoding="utf-8") as f:
    for r in recs: f.write(json.dumps(r, ensure_ascii=False) + "\n")
print(f"notes: {len(recs)}  with PII: {with_pii}  without: {len(recs)-with_pii}")
for t in sorted(TYPES): print(f"{t:14s} {counts[t]}")
print(f"{'TOTAL':14s} {sum(counts.values())}")
