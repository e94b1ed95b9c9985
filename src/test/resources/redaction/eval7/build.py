# -*- coding: utf-8 -*-
"""Strip [[TYPE:text]] markers from source.txt, compute code-point offsets, verify, write eval.jsonl."""
import json, re, sys, collections

TYPES = {"PERSON", "ADDRESS", "BSN", "PHONE", "EMAIL", "IBAN", "DATE_OF_BIRTH", "CASE_NUMBER", "LICENCE_PLATE"}
MARK = re.compile(r"\[\[([A-Z_]+):(.*?)\]\]", re.S)

def unesc(s):
    return re.sub(r"\\(.)", lambda m: "\n" if m.group(1) == "n" else m.group(1), s)

def bsn_ok(d):
    return len(d) == 9 and d.isdigit() and sum(int(c) * w for c, w in zip(d, [9, 8, 7, 6, 5, 4, 3, 2, -1])) % 11 == 0

def iban_ok(s):
    s = re.sub(r"\s", "", s).upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s): return False
    n = "".join(str(int(c, 36)) for c in s[4:] + s[:4])
    return int(n) % 97 == 1

def parse(src):
    text, spans, pos = [], [], 0
    out_len = 0
    for m in MARK.finditer(src):
        pre = src[pos:m.start()]
        text.append(pre); out_len += len(pre)
        t, v = m.group(1), m.group(2)
        assert t in TYPES, t
        assert "[[" not in v and "]]" not in v, v
        spans.append({"start": out_len, "end": out_len + len(v), "type": t})
        text.append(v); out_len += len(v); pos = m.end()
    text.append(src[pos:])
    return "".join(text), spans

def residual_problems(text, spans):
    """Look for unlabelled valid IBANs, e-mails and 11-proof 9-digit numbers outside spans."""
    mask = list(text)
    for s in spans:
        for i in range(s["start"], s["end"]): mask[i] = "\u2588"
    mt = "".join(mask)
    probs = []
    for m in re.finditer(r"[\w.+-]+@[\w-]+(\.[\w-]+)+", mt):
        probs.append(("EMAIL", m.group()))
    for m in re.finditer(r"(?i)\b[a-z]{2}\d{2}(?:[ ]?[a-z0-9]){10,32}", mt):
        raw = re.sub(r"\s", "", m.group())
        for L in range(15, len(raw) + 1):
            if iban_ok(raw[:L]): probs.append(("IBAN", m.group())); break
    # digit runs with optional single separators (space . -)
    for m in re.finditer(r"\d(?:[ .\-/]?\d)*", mt):
        run = m.group()
        groups = re.split(r"[ .\-/]", run)
        # every contiguous subsequence of groups adding to 9 digits
        for i in range(len(groups)):
            tot = ""
            for j in range(i, len(groups)):
                tot += groups[j]
                if len(tot) == 9 and bsn_ok(tot): probs.append(("BSN", run))
                if len(tot) >= 9: break
    return probs

def main():
    notes, errs = [], []
    for line in open("source.txt", encoding="utf-8"):
        line = line.rstrip("\n")
        if not line: continue
        nid, src = line.split("\t", 1)
        text, spans = parse(unesc(src))
        if "[[" in text or "]]" in text: errs.append((nid, "leftover marker"))
        prev = -1
        for s in sorted(spans, key=lambda s: s["start"]):
            seg = text[s["start"]:s["end"]]
            if s["start"] < prev: errs.append((nid, "overlap"))
            prev = s["end"]
            if seg != seg.strip() or not seg: errs.append((nid, "whitespace", seg))
            if s["type"] == "BSN" and not bsn_ok(re.sub(r"[ .\-]", "", seg)): errs.append((nid, "bad bsn", seg))
            if s["type"] == "IBAN" and not iban_ok(seg): errs.append((nid, "bad iban", seg))
            if s["type"] == "EMAIL" and not re.fullmatch(r"[\w.+-]+@[\w-]+(\.[\w-]+)+", seg): errs.append((nid, "bad email", seg))
            # boundaries: span must not cut a word
            if s["start"] > 0 and text[s["start"] - 1].isalnum() and seg[0].isalnum(): errs.append((nid, "cut-left", seg))
            if s["end"] < len(text) and text[s["end"]].isalnum() and seg[-1].isalnum() and not (s["type"] == "PERSON" and text[s["end"]] == "s"):
                errs.append((nid, "cut-right", seg))
        for p in residual_problems(text, spans): errs.append((nid, "unlabelled", p))
        notes.append({"id": nid, "text": text, "spans": spans})
    texts = [n["text"] for n in notes]
    if len(set(texts)) != len(texts): errs.append(("-", "duplicate texts"))
    with open("eval.jsonl", "w", encoding="utf-8") as fh:
        for n in notes: fh.write(json.dumps(n, ensure_ascii=False) + "\n")
    c = collections.Counter(s["type"] for n in notes for s in n["spans"])
    nc = collections.Counter()
    for n in notes:
        for t in {s["type"] for s in n["spans"]}: nc[t] += 1
    print("notes", len(notes), "no-PII", sum(1 for n in notes if not n["spans"]),
          "with PERSON", nc["PERSON"])
    for t in sorted(TYPES): print(f"  {t:15s} spans {c[t]:4d}  notes {nc[t]:4d}")
    for e in errs: print("ERR", e)
    print("errors", len(errs))
    return 1 if errs else 0

if __name__ == "__main__":
    sys.exit(main())
