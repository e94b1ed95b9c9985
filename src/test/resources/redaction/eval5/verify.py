#!/usr/bin/env python3
"""Independent re-check of eval.jsonl (reads only the output + eval_meta.jsonl)."""
import json, re, sys
TYPES = {"PERSON", "ADDRESS", "BSN", "PHONE", "EMAIL", "IBAN", "DATE_OF_BIRTH", "CASE_NUMBER", "LICENSE_PLATE"}
rows = [json.loads(l) for l in open("eval.jsonl", encoding="utf-8")]
meta = {m["id"]: m for m in (json.loads(l) for l in open("eval_meta.jsonl", encoding="utf-8"))}
bad = 0
ids = set()
for o in rows:
    assert set(o) == {"id", "text", "spans"}, o
    assert re.fullmatch(r"y\d{4}", o["id"]) and o["id"] not in ids
    ids.add(o["id"])
    t = o["text"]
    prev = 0
    surf = []
    for s in o["spans"]:
        assert set(s) == {"start", "end", "type"} and s["type"] in TYPES
        if not (prev <= s["start"] < s["end"] <= len(t)):
            print("bad offsets", o["id"], s); bad += 1
        prev = s["end"]
        surf.append([s["type"], t[s["start"]:s["end"]]])
    if surf != meta[o["id"]]["entities"]:
        print("surface mismatch", o["id"], surf, meta[o["id"]]["entities"]); bad += 1
print(len(rows), "notes checked,", bad, "problems")
sys.exit(1 if bad else 0)
