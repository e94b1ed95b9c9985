# -*- coding: utf-8 -*-
"""build.py - turn source.txt (notes with [[TYPE:text]] markers) into eval.jsonl.

Strips the markers, computes code-point offsets, verifies every span and the
text outside the spans, writes eval.jsonl and prints counts per type.
The check functions are also imported by gen.py (to reject unlucky draws).
"""
import json
import os
import re
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
TYPES = ["PERSON", "ADDRESS", "BSN", "PHONE", "EMAIL", "IBAN", "DATE_OF_BIRTH", "CASE_NUMBER", "LICENCE_PLATE"]
MARK = re.compile(r"\[\[([A-Z_]+):(.*?)\]\]", re.S)
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}")
DIGIT_RUN = re.compile(r"\d+(?:[ .\-/]\d+)*")
PLATE_RE = re.compile(r"^(?:[A-Z]{2}\d{2}\d{2}|\d{2}\d{2}[A-Z]{2}|\d{2}[A-Z]{2}\d{2}|[A-Z]{2}\d{2}[A-Z]{2}|"
                      r"[A-Z]{2}[A-Z]{2}\d{2}|\d{2}[A-Z]{2}[A-Z]{2}|\d{2}[A-Z]{3}\d|\d[A-Z]{3}\d{2}|"
                      r"[A-Z]{2}\d{3}[A-Z]|[A-Z]\d{3}[A-Z]{2}|[A-Z]{3}\d{2}[A-Z]|[A-Z]\d{2}[A-Z]{3}|"
                      r"\d[A-Z]{2}\d{3}|\d{3}[A-Z]{2}\d)$")
MASK = "\u2588"  # replaces span characters when inspecting the outside text


def elf_ok(d):
    """11-proof for a 9-digit string (BSN rule)."""
    if len(d) != 9 or not d.isdigit() or set(d) == {"0"}:
        return False
    w = [9, 8, 7, 6, 5, 4, 3, 2, -1]
    return sum(int(c) * k for c, k in zip(d, w)) % 11 == 0


def iban_ok(s):
    s = re.sub(r"[\s\-]", "", s).upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{11,30}", s):
        return False
    r = s[4:] + s[:4]
    num = "".join(str(int(c, 36)) for c in r)
    return int(num) % 97 == 1


def nine_digit_groupings(text):
    """Yield every 9-digit string formed by consecutive digit groups
    (groups joined by one space, dot, dash or slash)."""
    for m in DIGIT_RUN.finditer(text):
        groups = re.split(r"[ .\-/]", m.group(0))
        for i in range(len(groups)):
            acc = ""
            for j in range(i, len(groups)):
                acc += groups[j]
                if len(acc) == 9:
                    yield acc, m.group(0)
                if len(acc) >= 9:
                    break


def iban_candidates(text):
    """Token sequences that start like an IBAN; yield compact strings of 15..34 chars."""
    toks = [(m.start(), m.group(0)) for m in re.finditer(r"[A-Za-z0-9]+", text)]
    for i, (pos, t) in enumerate(toks):
        if not re.match(r"[A-Za-z]{2}\d{2}", t):
            continue
        acc = ""
        end = pos
        for j in range(i, min(i + 10, len(toks))):
            p, tj = toks[j]
            if j > i and text[end:p] not in (" ", "-"):
                break
            acc += tj
            end = p + len(tj)
            for L in range(15, min(34, len(acc)) + 1):
                yield acc[:L]
            if len(acc) >= 34:
                break


def outside_errors(text, spans):
    errs = []
    chars = list(text)
    for s, e, _t in spans:
        for k in range(s, e):
            chars[k] = MASK
    out = "".join(chars)
    for m in EMAIL_RE.finditer(out):
        errs.append("e-mail outside spans: %r" % m.group(0))
    for cand in iban_candidates(out):
        if iban_ok(cand):
            errs.append("valid IBAN outside spans: %r" % cand)
    for d, run in nine_digit_groupings(out):
        if elf_ok(d):
            errs.append("11-proof number outside spans: %r in %r" % (d, run))
    if "[[" in out or "]]" in out:
        errs.append("stray marker brackets")
    return errs


def span_errors(text, spans):
    errs = []
    last_end = -1
    for s, e, t in sorted(spans):
        st = text[s:e]
        if t not in TYPES:
            errs.append("unknown type %s" % t)
        if s < last_end:
            errs.append("overlap at %d" % s)
        last_end = e
        if not st or st != st.strip():
            errs.append("whitespace at span edge: %r" % st)
        if "\n" in st:
            errs.append("newline in span %r" % st)
        if s > 0 and text[s - 1].isalnum():
            errs.append("span starts inside a word: %r" % text[max(0, s - 5):e])
        if e < len(text) and text[e].isalnum():
            errs.append("span ends inside a word: %r" % text[s:e + 5])
        digits = re.sub(r"\D", "", st)
        if t == "BSN":
            if len(digits) != 9 or not elf_ok(digits):
                errs.append("BSN fails 11-proof: %r" % st)
        elif t == "IBAN":
            if not iban_ok(st):
                errs.append("IBAN fails mod-97: %r" % st)
        elif t == "EMAIL":
            if not EMAIL_RE.fullmatch(st):
                errs.append("not an e-mail address: %r" % st)
        elif t == "PHONE":
            if len(digits) < 4:
                errs.append("phone without digits: %r" % st)
        elif t == "LICENCE_PLATE":
            if not PLATE_RE.match(re.sub(r"[\- ]", "", st).upper()):
                errs.append("not a Dutch plate: %r" % st)
        elif t == "CASE_NUMBER":
            for d, _ in nine_digit_groupings(st):
                if elf_ok(d):
                    errs.append("case number contains 11-proof run: %r" % st)
            for run in re.findall(r"\d{10,}", st):
                for k in range(len(run) - 8):
                    if elf_ok(run[k:k + 9]):
                        errs.append("case number contains 11-proof window: %r" % st)
        elif t == "DATE_OF_BIRTH":
            if not re.search(r"\d", st):
                errs.append("date without digits: %r" % st)
        elif t == "PERSON":
            if re.search(r"\d", st):
                errs.append("digit in person: %r" % st)
        elif t == "ADDRESS":
            if not re.search(r"\d", st):
                errs.append("address without number: %r" % st)
    return errs


def strip_markers(marked):
    out = []
    spans = []
    pos = 0
    n = 0
    for m in MARK.finditer(marked):
        chunk = marked[pos:m.start()]
        out.append(chunk)
        n += len(chunk)
        t, val = m.group(1), m.group(2)
        spans.append((n, n + len(val), t, val))
        out.append(val)
        n += len(val)
        pos = m.end()
    out.append(marked[pos:])
    return "".join(out), spans


def check_marked(marked):
    """Used by gen.py: all errors for one marked note."""
    text, spans = strip_markers(marked)
    sp = [(s, e, t) for s, e, t, _ in spans]
    errs = span_errors(text, sp) + outside_errors(text, sp)
    for s, e, t, v in spans:
        if text[s:e] != v:
            errs.append("offset mismatch")
    return errs


def unescape(s):
    out = []
    i = 0
    while i < len(s):
        c = s[i]
        if c == "\\" and i + 1 < len(s):
            nx = s[i + 1]
            out.append({"n": "\n", "t": "\t", "\\": "\\"}.get(nx, "\\" + nx))
            i += 2
        else:
            out.append(c)
            i += 1
    return "".join(out)


def main():
    src = os.path.join(HERE, "source.txt")
    records = []
    errors = []
    ids = set()
    with open(src, encoding="utf-8") as f:
        for ln, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            nid, marked = line.split("\t", 1)
            if nid in ids:
                errors.append("%s: duplicate id" % nid)
            ids.add(nid)
            marked = unescape(marked)
            text, spans = strip_markers(marked)
            sp = []
            for s, e, t, v in spans:
                if text[s:e] != v:
                    errors.append("%s: span text %r != marker %r" % (nid, text[s:e], v))
                sp.append((s, e, t))
            for msg in span_errors(text, sp) + outside_errors(text, sp):
                errors.append("%s: %s" % (nid, msg))
            records.append({"id": nid, "text": text,
                            "spans": [{"start": s, "end": e, "type": t} for s, e, t in sp]})
    with open(os.path.join(HERE, "eval.jsonl"), "w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")

    # re-read the written file and check offsets once more (JSON round trip, code points)
    with open(os.path.join(HERE, "eval.jsonl"), encoding="utf-8") as f:
        for line, r in zip(f, records):
            back = json.loads(line)
            if back != r:
                errors.append("%s: JSON round trip differs" % r["id"])
            for sp in back["spans"]:
                st = back["text"][sp["start"]:sp["end"]]
                if not st or st != st.strip():
                    errors.append("%s: bad span after reload" % r["id"])

    span_count = Counter()
    note_count = Counter()
    for r in records:
        seen = set()
        for sp in r["spans"]:
            span_count[sp["type"]] += 1
            seen.add(sp["type"])
        for t in seen:
            note_count[t] += 1
    nopii = sum(1 for r in records if not r["spans"])
    multiline = sum(1 for r in records if "\n" in r["text"])
    print("notes: %d   without PII: %d (%.1f%%)   multi-line: %d" % (
        len(records), nopii, 100.0 * nopii / max(1, len(records)), multiline))
    print("%-15s %6s %6s" % ("type", "spans", "notes"))
    for t in TYPES:
        print("%-15s %6d %6d" % (t, span_count[t], note_count[t]))
    print("%-15s %6d" % ("total", sum(span_count.values())))
    for e in errors[:50]:
        print("ERROR", e)
    print("errors: %d" % len(errors))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
