# -*- coding: utf-8 -*-
"""source.txt -> eval.jsonl, with verification.

source.txt: one note per line, "<id>\t<text>", text with [[TYPE:value]] markers,
newline escaped as \\n and backslash as \\\\.
Checks (per note): span text == marker text, offsets in code points, spans sorted and
non-overlapping, no leading/trailing whitespace, no word cut (no letter/digit directly
before or after a span), BSN spans pass the 11-proof in an allowed spelling, IBAN spans
pass mod-97, EMAIL spans are e-mail addresses, CASE_NUMBER spans contain no 9-digit
window passing the 11-proof; outside the spans: no e-mail address, no valid IBAN,
no 9 consecutive digits (digits may be joined by one space . - /) passing the 11-proof.
Prints counts per type and the number of errors. Exit code 1 if errors.
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
TYPES = ["PERSON", "ADDRESS", "BSN", "PHONE", "EMAIL", "IBAN", "DATE_OF_BIRTH", "CASE_NUMBER",
         "LICENCE_PLATE"]
MARK = re.compile(r"\[\[(" + "|".join(TYPES) + r"):(.*?)\]\]", re.S)
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}")
BSN_FORMS = [re.compile(p) for p in (r"\d{9}", r"\d{4}\.\d{2}\.\d{3}", r"\d{3} \d{3} \d{3}",
                                     r"\d{2}\.\d{2}\.\d{2}\.\d{3}", r"\d{3}-\d{2}-\d{4}",
                                     r"\d{3}\.\d{3}\.\d{3}", r"\d{4} \d{2} \d{3}")]
DIGIT_RUN = re.compile(r"\d(?:[ .\-/]?\d)*")
IBAN_START = re.compile(r"(?<![A-Za-z0-9])[A-Za-z]{2}\d{2}")


def bsn_ok(d):
    if len(d) != 9 or not d.isdigit() or set(d) == {"0"}:
        return False
    return sum(int(c) * w for c, w in zip(d, [9, 8, 7, 6, 5, 4, 3, 2, -1])) % 11 == 0


def iban_ok(s):
    s = s.replace(" ", "").upper()
    if len(s) < 15 or len(s) > 34 or not s.isalnum() or not s[:2].isalpha() or not s[2:4].isdigit():
        return False
    n = int("".join(str(int(c, 36)) for c in s[4:] + s[:4]))
    return n % 97 == 1


def elfproef_windows(s):
    """All 9-digit windows inside digit runs (digits joined by at most one separator)."""
    bad = []
    for m in DIGIT_RUN.finditer(s):
        digits = re.sub(r"\D", "", m.group(0))
        for k in range(0, len(digits) - 8):
            if bsn_ok(digits[k:k + 9]):
                bad.append((m.group(0), digits[k:k + 9]))
    return bad


def parse_marked(marked):
    text, spans, pos = [], [], 0
    plain_len = 0
    for m in MARK.finditer(marked):
        chunk = marked[pos:m.start()]
        if "[[" in chunk or "]]" in chunk:
            raise ValueError(f"stray marker bracket in {marked!r}")
        text.append(chunk)
        plain_len += len(chunk)
        val = m.group(2)
        spans.append({"start": plain_len, "end": plain_len + len(val), "type": m.group(1),
                      "_marker": val})
        text.append(val)
        plain_len += len(val)
        pos = m.end()
    tail = marked[pos:]
    if "[[" in tail or "]]" in tail:
        raise ValueError(f"stray marker bracket in {marked!r}")
    text.append(tail)
    return "".join(text), spans


def check_note(text, spans):
    errs = []
    prev_end = 0
    for sp in spans:
        s, e, t = sp["start"], sp["end"], sp["type"]
        val = text[s:e]
        if "_marker" in sp and val != sp["_marker"]:
            errs.append(f"span text {val!r} != marker {sp['_marker']!r}")
        if s < prev_end:
            errs.append(f"overlap at {s}")
        if e <= s:
            errs.append(f"empty span at {s}")
        prev_end = e
        if val != val.strip():
            errs.append(f"whitespace at span edge {val!r}")
        if s > 0 and text[s - 1].isalnum():
            errs.append(f"word cut before {val!r}")
        if e < len(text) and text[e].isalnum():
            errs.append(f"word cut after {val!r}")
        if t == "BSN":
            if not any(p.fullmatch(val) for p in BSN_FORMS):
                errs.append(f"BSN spelling {val!r}")
            if not bsn_ok(re.sub(r"\D", "", val)):
                errs.append(f"BSN fails 11-proof {val!r}")
        elif t == "IBAN":
            if not iban_ok(val):
                errs.append(f"IBAN fails mod-97 {val!r}")
        elif t == "EMAIL":
            if not EMAIL_RE.fullmatch(val):
                errs.append(f"not an e-mail address {val!r}")
        elif t == "CASE_NUMBER":
            if elfproef_windows(val):
                errs.append(f"case number contains 11-proof run {val!r}")
    # outside the spans
    masked = list(text)
    for sp in spans:
        for k in range(sp["start"], sp["end"]):
            masked[k] = "#"
    outside = "".join(masked)
    for m in EMAIL_RE.finditer(outside):
        errs.append(f"e-mail outside span {m.group(0)!r}")
    if "@" in outside and re.search(r"[A-Za-z0-9]@[A-Za-z0-9]", outside):
        errs.append("suspicious @ outside spans")
    for m in IBAN_START.finditer(outside):
        j = m.start()
        compact = ""
        while j < len(outside) and len(compact) < 34:
            c = outside[j]
            if c.isascii() and c.isalnum():
                compact += c
            elif c == " " and j + 1 < len(outside) and outside[j + 1].isascii() and outside[j + 1].isalnum():
                pass
            else:
                break
            j += 1
        for L in range(15, len(compact) + 1):
            if iban_ok(compact[:L]):
                errs.append(f"valid IBAN outside span {compact[:L]!r}")
                break
    for run, digits in elfproef_windows(outside):
        errs.append(f"11-proof number outside span {run!r} ({digits})")
    return errs


def spelling_stats(notes):
    """A few counts of spelling variants (for the README)."""
    from collections import Counter
    c = Counter()
    tv = re.compile(r"(^|\s)(van|de|der|den|'t|ter|ten|in|op|da|dos|el|al|ait|ben)(\s|$)", re.I)
    for n in notes:
        for s in n["spans"]:
            v = n["text"][s["start"]:s["end"]]
            t = s["type"]
            if t == "PERSON":
                c["PERSON all lower-case"] += v == v.lower()
                c["PERSON with tussenvoegsel/particle"] += bool(tv.search(v))
                c["PERSON with initials"] += bool(re.match(r"([A-Z]\.?){1,3}\s", v)) and "." in v[:6]
                c["PERSON hyphenated (double name / first name)"] += "-" in v
                c["PERSON non-ASCII letters"] += any(ord(ch) > 127 for ch in v)
                c["PERSON single token"] += " " not in v
            elif t == "ADDRESS":
                if re.fullmatch(r"\d{4} ?[A-Za-z]{2}", v):
                    c["ADDRESS postcode " + ("lower" if v[-1].islower() else "upper") +
                      (" spaced" if " " in v else " unspaced")] += 1
                else:
                    c["ADDRESS street+number"] += 1
                    c["ADDRESS street lower-case"] += v == v.lower()
                    c["ADDRESS with addition"] += not v[-1].isdigit() or bool(re.search(r"\d[ -]\S+$", v))
            elif t == "PHONE":
                d = re.sub(r"\D", "", v)
                if v.startswith(("+31", "0031")):
                    c["PHONE +31/0031"] += 1
                elif v.startswith(("+", "00")):
                    c["PHONE foreign"] += 1
                elif d.startswith(("0800", "0900")) or v.startswith("14 "):
                    c["PHONE hotline/0800/0900/14 0xx"] += 1
                elif d.startswith("06"):
                    c["PHONE 06 mobile"] += 1
                else:
                    c["PHONE landline"] += 1
            elif t == "IBAN":
                c["IBAN " + ("NL" if v[:2].upper() == "NL" else "foreign")] += 1
                c["IBAN lower-case"] += v == v.lower()
                c["IBAN grouped"] += " " in v
            elif t == "BSN":
                c["BSN " + re.sub(r"\d", "9", v)] += 1
            elif t == "LICENCE_PLATE":
                c["PLATE " + ("lower" if v == v.lower() else "upper") +
                  (" dashed" if "-" in v else " spaced" if " " in v else " plain")] += 1
    for k in sorted(c):
        print(f"  {k}: {c[k]}")


def main():
    src = os.path.join(HERE, "source.txt")
    notes, errors = [], 0
    seen = set()
    with open(src, encoding="utf-8") as f:
        for ln, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line:
                continue
            nid, esc = line.split("\t", 1)
            if nid in seen:
                print(f"line {ln}: duplicate id {nid}")
                errors += 1
            seen.add(nid)
            marked = re.sub(r"\\(\\|n)", lambda m: "\n" if m.group(1) == "n" else "\\", esc)
            text, spans = parse_marked(marked)
            for e in check_note(text, spans):
                print(f"{nid}: {e}")
                errors += 1
            notes.append({"id": nid, "text": text,
                          "spans": [{"start": s["start"], "end": s["end"], "type": s["type"]}
                                    for s in spans]})
    # re-verify from the written structure (code-point offsets)
    with open(os.path.join(HERE, "eval.jsonl"), "w", encoding="utf-8") as f:
        for n in notes:
            f.write(json.dumps(n, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "eval.jsonl"), encoding="utf-8") as f:
        back = [json.loads(x) for x in f]
    for n, b in zip(notes, back):
        if n != b:
            print(f"{n['id']}: round-trip mismatch")
            errors += 1

    span_c = {t: 0 for t in TYPES}
    note_c = {t: 0 for t in TYPES}
    for n in notes:
        ts = set()
        for s in n["spans"]:
            span_c[s["type"]] += 1
            ts.add(s["type"])
        for t in ts:
            note_c[t] += 1
    no_pii = sum(1 for n in notes if not n["spans"])
    multi = sum(1 for n in notes if "\n" in n["text"])
    print(f"notes: {len(notes)}  without PII: {no_pii} ({100 * no_pii / len(notes):.1f}%)  "
          f"multi-line: {multi}")
    print(f"{'type':15s} {'spans':>6s} {'notes':>6s}")
    for t in TYPES:
        print(f"{t:15s} {span_c[t]:6d} {note_c[t]:6d}")
    print(f"{'TOTAL':15s} {sum(span_c.values()):6d} {len(notes) - no_pii:6d}")
    spelling_stats(notes)
    print(f"errors: {errors}")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
