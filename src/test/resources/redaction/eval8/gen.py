# -*- coding: utf-8 -*-
"""Seeded generator: frames_pii.txt + frames_nopii.txt -> source.txt

Every frame is used at least once; extra notes are drawn so that every type
reaches its target and about 35% of the notes contain no PII at all.
Each note is rendered with its own Random (seed, note index, attempt); when a
rendered note fails a check from build.py (e.g. a 9-digit run outside the spans
that passes the 11-proof) it is rendered again with the next attempt number.
Run: python3 gen.py   (then python3 build.py)
"""
import os
import random
import re

import pools as P
from build import parse_marked, check_note

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 20261203
N_NOTES = 840
NOPII_SHARE = 0.35
TARGET = {"PERSON": 450, "ADDRESS": 110, "BSN": 95, "PHONE": 110, "EMAIL": 95, "IBAN": 95,
          "DATE_OF_BIRTH": 100, "CASE_NUMBER": 110, "LICENCE_PLATE": 90}

TYPE_OF = {
    "NAME": "PERSON", "NAMEL": "PERSON", "FIRST": "PERSON", "FIRSTL": "PERSON", "SUR": "PERSON",
    "INIT": "PERSON", "NICK": "PERSON",
    "ADDR": "ADDRESS", "ADDRL": "ADDRESS", "ADDRF": "ADDRESS", "PC": "ADDRESS",
    "BSN": "BSN",
    "TEL": "PHONE", "TELL": "PHONE", "TELF": "PHONE", "TELH": "PHONE",
    "MAIL": "EMAIL", "MAILO": "EMAIL",
    "IBAN": "IBAN", "IBANF": "IBAN",
    "DOB": "DATE_OF_BIRTH", "DOBK": "DATE_OF_BIRTH",
    "CASE": "CASE_NUMBER", "KLANT": "CASE_NUMBER", "KENMERK": "CASE_NUMBER",
    "COURT": "CASE_NUMBER", "COURTC": "CASE_NUMBER", "COURTKG": "CASE_NUMBER",
    "COURTCV": "CASE_NUMBER", "COURTAWB": "CASE_NUMBER",
    "PLATE": "LICENCE_PLATE",
}
FILLERS = {"CITY", "WIJK", "DATE", "DATES", "TIME", "AMOUNT", "AMOUNTS", "AMOUNTL", "WEEKDAY",
           "MONTH", "YEAR", "FPLACE", "STREET", "ORDER", "NUM"} | set(P.ORG_CATS)
# {KEY}, {KEY_SUFFIX}, {KEY#n}, and {KEY=literal}: a hand-written value, labelled with KEY's type
PH = re.compile(r"\{([A-Z]+)(?:_([A-Z]+))?(?:#(\d))?(?:=([^{}]*))?\}")


def load_frames(name):
    out = []
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            out.append(line.replace("\\n", "\n"))
    return out


def frame_types(frame):
    c = {}
    for m in PH.finditer(frame):
        t = TYPE_OF.get(m.group(1))
        if m.group(4) is not None and m.group(1) not in TYPE_OF:
            raise SystemExit(f"literal on a filler: {m.group(0)}")
        if m.group(1) not in TYPE_OF and m.group(1) not in FILLERS:
            raise SystemExit(f"unknown placeholder {m.group(0)} in: {frame!r}")
        if t:
            c[t] = c.get(t, 0) + 1
    return c


def make_order(rng):
    d = lambda n: "".join(str(rng.randint(0, 9)) for _ in range(n))
    return rng.choice([f"{d(4)}-{d(5)}", f"BOL-{d(8)}", f"{d(3)}.{d(3)}.{d(2)}", f"A{d(6)}",
                       f"{d(2)}-{d(4)}-{d(3)}", f"{d(7)}"])


def render(frame, rng):
    city = rng.choice(list(P.STREETS))
    persons = {}
    out = []
    pos = 0
    for m in PH.finditer(frame):
        out.append(frame[pos:m.start()])
        pos = m.end()
        key, suffix, idx = m.group(1), m.group(2), m.group(3)
        gender = suffix if suffix in ("F", "M") else None
        if key in FILLERS:
            if key == "CITY":
                val = city if city != "Leeuwarden" else rng.choice(["Leeuwarden"] + P.FRISIAN_PLACES)
            elif key == "WIJK":
                val = rng.choice(P.WIJKEN)
            elif key == "DATE":
                val = P.make_other_date(rng, en=suffix == "EN")
            elif key == "DATES":
                val = P.make_other_date(rng, short=True)
            elif key == "TIME":
                val = P.make_time(rng, en=suffix == "EN")
            elif key == "AMOUNT":
                val = P.make_amount(rng, "M")
            elif key == "AMOUNTS":
                val = P.make_amount(rng, "S")
            elif key == "AMOUNTL":
                val = P.make_amount(rng, "L")
            elif key in P.ORG_CATS:
                val = rng.choice(P.ORG_CATS[key])
            elif key == "WEEKDAY":
                val = rng.choice(P.WEEKDAYS_EN if suffix == "EN" else P.WEEKDAYS)
            elif key == "MONTH":
                val = rng.choice(P.MONTHS)
            elif key == "YEAR":
                val = str(rng.randint(2009, 2026))
            elif key == "FPLACE":
                val = rng.choice(P.FRISIAN_PLACES)
            elif key == "STREET":
                val = P.make_street(rng, city, bare=True)[0]
            elif key == "ORDER":
                val = make_order(rng)
            else:  # NUM
                val = str(rng.randint(12, 180))
            out.append(val)
            continue
        typ = TYPE_OF[key]
        if m.group(4) is not None:
            val = m.group(4)
            out.append(f"[[{typ}:{val}]]")
            continue
        person = None
        if key in ("NAME", "NAMEL", "FIRST", "FIRSTL", "SUR", "INIT", "NICK", "MAIL"):
            if idx is not None:
                if idx not in persons:
                    persons[idx] = P.make_person(rng, gender)
                person = persons[idx]
            elif key != "MAIL" or suffix == "W":
                person = P.make_person(rng, gender)
        if typ == "PERSON":
            val = P.person_form(rng, person, key)
            rest = frame[pos:pos + 2]
            if rest == "'s" and val[-1:].lower() in ("s", "x", "z"):
                pos += 1  # Kees' moeder
        elif key == "ADDR":
            val = P.make_address(rng, city)[0]
        elif key == "ADDRL":
            val = P.make_address(rng, city, lower=True)[0]
        elif key == "ADDRF":
            val = P.make_address(rng, frisian=True)[0]
        elif key == "PC":
            val = P.make_postcode(rng)
        elif key == "BSN":
            val = P.make_bsn(rng)
        elif key == "TEL":
            val = P.make_mobile(rng)
        elif key == "TELL":
            val = P.make_landline(rng)
        elif key == "TELF":
            val = P.make_foreign_phone(rng, suffix)
        elif key == "TELH":
            val = P.make_city_number(city) if suffix == "C" else P.make_hotline(rng)
        elif key == "MAIL":
            val = P.make_work_email(rng, person) if suffix == "W" else P.make_email(rng, person)
        elif key == "MAILO":
            val = rng.choice(P.ORG_MAILS)
        elif key == "IBAN":
            val = P.format_iban(rng, P.make_iban_nl(rng))
        elif key == "IBANF":
            val = P.format_iban(rng, P.make_iban_foreign(rng, suffix))
        elif key == "DOB":
            val = P.make_dob(rng, group=suffix)
        elif key == "DOBK":
            val = P.make_dob(rng, child=True)
        elif key == "CASE":
            val = P.make_case(rng)
        elif key == "KLANT":
            val = P.make_klant(rng)
        elif key == "KENMERK":
            val = P.make_kenmerk16(rng)
        elif key == "COURT":
            val = P.make_court(rng, suffix)
        elif key == "COURTC":
            val = P.make_court(rng, "C")
        elif key == "COURTKG":
            val = P.make_court(rng, rng.choice(["KG", "KG", "HAZA"]))
        elif key == "COURTCV":
            val = P.make_court(rng, rng.choice(["CV", "CV", "CVX"]))
        elif key == "COURTAWB":
            val = P.make_court(rng, rng.choice(["AWB", "ROT", "SGR"]))
        elif key == "PLATE":
            val = P.make_plate(rng)
        else:
            raise KeyError(key)
        out.append(f"[[{typ}:{val}]]")
    out.append(frame[pos:])
    return "".join(out)


def render_checked(frame, seed_key):
    for attempt in range(200):
        rng = random.Random(f"{SEED}|{seed_key}|{attempt}")
        marked = render(frame, rng)
        text, spans = parse_marked(marked)
        errs = check_note(text, spans)
        if not errs:
            return marked
    raise SystemExit(f"cannot render frame without errors: {frame!r}\n{errs}")


def main():
    pii = load_frames("frames_pii.txt")
    nopii = load_frames("frames_nopii.txt")
    for f in pii:
        if not frame_types(f):
            raise SystemExit(f"PII frame without PII placeholder: {f!r}")
    for f in nopii:
        if frame_types(f):
            raise SystemExit(f"no-PII frame with PII placeholder: {f!r}")
    dup = {f for f in pii + nopii if (pii + nopii).count(f) > 1}
    if dup:
        raise SystemExit(f"duplicate frames: {dup}")

    rng = random.Random(SEED)
    plan = [("P", i) for i in range(len(pii))] + [("N", i) for i in range(len(nopii))]
    n_nopii_target = round(N_NOTES * NOPII_SHARE)
    extra_nopii = max(0, n_nopii_target - len(nopii))
    extra_pii = N_NOTES - len(plan) - extra_nopii
    if extra_pii < 0:
        raise SystemExit("too many frames for N_NOTES")

    # expected counts from the mandatory pass
    counts = {t: 0 for t in TARGET}
    used = {}
    for kind, i in plan:
        if kind == "P":
            used[i] = used.get(i, 0) + 1
            for t, c in frame_types(pii[i]).items():
                counts[t] += c
    # extra PII notes: greedy on the largest relative deficit, random tie-break
    ftypes = [frame_types(f) for f in pii]
    for _ in range(extra_pii):
        best, best_score = [], None
        for i, ft in enumerate(ftypes):
            if used.get(i, 0) >= 3:
                continue
            score = 0.0
            for t, c in ft.items():
                deficit = max(0, TARGET[t] - counts[t]) / TARGET[t]
                score += deficit * c
            score -= 0.02 * ft.get("PERSON", 0) * (counts["PERSON"] > TARGET["PERSON"])
            score -= 0.05 * used.get(i, 0)
            if best_score is None or score > best_score + 1e-9:
                best, best_score = [i], score
            elif abs(score - best_score) <= 1e-9:
                best.append(i)
        i = rng.choice(best)
        used[i] = used.get(i, 0) + 1
        plan.append(("P", i))
        for t, c in ftypes[i].items():
            counts[t] += c
    # extra no-PII notes: spread over the no-PII frames
    order = list(range(len(nopii)))
    rng.shuffle(order)
    for k in range(extra_nopii):
        plan.append(("N", order[k % len(order)]))
    rng.shuffle(plan)

    lines = []
    for n, (kind, i) in enumerate(plan, 1):
        frame = pii[i] if kind == "P" else nopii[i]
        marked = render_checked(frame, f"{n}")
        esc = marked.replace("\\", "\\\\").replace("\n", "\\n")
        lines.append(f"e8-{n:04d}\t{esc}")
    with open(os.path.join(HERE, "source.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    print(f"frames: {len(pii)} with PII, {len(nopii)} without PII ({len(pii) + len(nopii)} total)")
    print(f"notes written: {len(lines)} (planned no-PII: {sum(1 for k, _ in plan if k == 'N')})")
    print("planned slots per type:", counts)


if __name__ == "__main__":
    main()
