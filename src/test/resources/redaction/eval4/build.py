"""Build eval.jsonl from notes.txt (inline markup [[TYPE|text]]) and validate."""
import json, re, sys, collections
from gen_ids import bsn_valid, iban_valid

TYPES = {"PERSON","ADDRESS","BSN","PHONE","EMAIL","IBAN","DATE_OF_BIRTH","CASE_NUMBER","LICENCE_PLATE"}
MARK = re.compile(r"\[\[([A-Z_]+)\|([^\[\]]+?)\]\]")
PUNCT = set(" \t.,;:!?\"'()[]{}-/")
errors = []

def parse(line, ln):
    out, spans, pos = [], [], 0
    for m in MARK.finditer(line):
        out.append(line[pos:m.start()])
        typ, txt = m.group(1), m.group(2)
        if typ not in TYPES: errors.append(f"line {ln}: bad type {typ}")
        if txt != txt.strip() or txt[0] in PUNCT or txt[-1] in PUNCT:
            errors.append(f"line {ln}: span edge space/punct {txt!r}")
        start = sum(len(x) for x in out)
        out.append(txt)
        spans.append({"start": start, "end": start + len(txt), "type": typ})
        if typ == "BSN" and not bsn_valid(txt): errors.append(f"line {ln}: BSN fails 11-proof {txt}")
        if typ == "BSN" and not re.fullmatch(r"\d{9}|\d{4}\.\d{2}\.\d{3}|\d{3}[ -]\d{3}[ -]\d{3}", txt):
            errors.append(f"line {ln}: BSN odd spelling {txt}")
        if typ == "IBAN" and not iban_valid(txt): errors.append(f"line {ln}: IBAN invalid {txt}")
        if typ == "EMAIL" and not re.fullmatch(r"[^@\s]+@[^@\s]+\.[a-z]{2,}", txt): errors.append(f"line {ln}: email {txt}")
        if typ == "LICENCE_PLATE" and not re.fullmatch(r"[A-Z0-9]{1,3}-[A-Z0-9]{2,3}-[A-Z0-9]{1,2}", txt): errors.append(f"line {ln}: plate {txt}")
        pos = m.end()
    out.append(line[pos:])
    text = "".join(out)
    if "[[" in text or "]]" in text or "|" in text: errors.append(f"line {ln}: leftover markup")
    # unlabelled checks: 11-proof 9-digit numbers and IBAN-like strings must be labelled
    masked = list(text)
    for s in spans:
        for i in range(s["start"], s["end"]): masked[i] = "#"
    masked = "".join(masked)
    for m in re.finditer(r"(?<![\d#])\d{9}(?![\d#])", masked):
        if bsn_valid(m.group()): errors.append(f"line {ln}: unlabelled 11-proof number {m.group()}")
    for m in re.finditer(r"\b[A-Z]{2}\d{2}[A-Z]{4}\d{6,}", masked.upper()):
        errors.append(f"line {ln}: unlabelled IBAN-like {m.group()}")
    return text, spans

records, counts, with_pii = [], collections.Counter(), 0
for ln, line in enumerate(open("notes.txt", encoding="utf-8"), 1):
    line = line.rstrip("\n")
    if not line.strip() or line.startswith("#"): continue
    text, spans = parse(line, ln)
    for s in spans:
        assert text[s["start"]:s["end"]] == MARK.findall(line)[spans.index(s)][1]
        counts[s["type"]] += 1
    with_pii += bool(spans)
    records.append({"id": f"x{len(records)+1:04d}", "text": text, "spans": spans})

seen = collections.Counter(r["text"] for r in records)
for t, c in seen.items():
    if c > 1: errors.append(f"duplicate note: {t[:60]}")
with open("eval.jsonl", "w", encoding="utf-8") as f:
    for r in records: f.write(json.dumps(r, ensure_ascii=False) + "\n")
print(f"notes: {len(records)}  with PII: {with_pii}  without: {len(records)-with_pii}")
for t in sorted(TYPES): print(f"  {t:15s} {counts[t]}")
print(f"  total spans     {sum(counts.values())}")
if errors:
    print("\n".join(errors)); sys.exit(1)
print("OK")
