# -*- coding: utf-8 -*-
"""Fill hand-written frames with seeded fictional values, writing marker source (source.txt).
Markers: [[TYPE:text]]. Run: python3 gen.py && python3 build.py"""
import random, re, unicodedata, datetime
from pools import *

R = random.Random(20260507)
LETTERS_PC = "ABCDEGHJKLMNPRTVWXZ"
PLATE_L = "BDFGHJKLNPRSTVXZ"
MONTHS = ["januari","februari","maart","april","mei","juni","juli","augustus","september","oktober","november","december"]
MON_AB = ["jan","feb","mrt","apr","mei","jun","jul","aug","sep","okt","nov","dec"]
LANGS = ["Tigrinya","Dari","Pashto","Papiaments","Arabisch","Tamazight","Turks","Koerdisch","Somalisch","Amhaars","Pools",
         "Bulgaars","Roemeens","Oekraïens","Russisch","Twi","Portugees","Kaapverdisch Creools","Sranantongo","Farsi","Vietnamees"]

def M(t, s):
    return f"[[{t}:{s}]]"

# ---------------- checks ----------------
def bsn_ok(d):
    if len(d) != 9 or not d.isdigit():
        return False
    w = [9, 8, 7, 6, 5, 4, 3, 2, -1]
    return sum(int(c) * x for c, x in zip(d, w)) % 11 == 0

def iban_ok(s):
    s = s.replace(" ", "").upper()
    r = s[4:] + s[:4]
    n = "".join(str(int(c, 36)) for c in r)
    return int(n) % 97 == 1

def digits_not_bsn(k):
    while True:
        d = "".join(R.choice("0123456789") for _ in range(k))
        if k != 9 or not bsn_ok(d):
            return d

# ---------------- names ----------------
CULTS = list(NAMES)
CW = [CULTURE_WEIGHTS[c] for c in CULTS]

def cult():
    return R.choices(CULTS, CW)[0]

def first(c=None, no_s=False):
    c = c or cult()
    while True:
        f = R.choice(NAMES[c][0])
        if not (no_s and f[-1] in "sxz"):
            return f

def sur(c=None):
    return R.choice(NAMES[c or cult()][1])

def full():
    c = cult()
    f, s = first(c), sur(c)
    if R.random() < 0.12:  # mixed marriages / double names
        s = s + "-" + sur()
    return f"{f} {s}"

def initials():
    c = cult()
    f = first(c)
    parts = re.split(r"[ -]", f)
    ini = "".join(p[0] + "." for p in parts)
    if R.random() < 0.35:
        ini += R.choice("ACEHJMPRSW") + "."
    if R.random() < 0.1:
        ini = ini.replace(".", "")
    return f"{ini} {sur(c)}"

# ---------------- addresses ----------------
def housenr():
    n = R.choice([R.randint(1, 40), R.randint(1, 200), R.randint(1, 1500)])
    r = R.random()
    if r < 0.45: return str(n)
    add = R.choice(["a", "b", "c", "A", "B", "-1", "-2", "-II", "-III", " bis", " hs", " 3-hoog", " 2-hoog", " zwart", " rood",
                    "-bis", " I", "b2", " A02", "-H", " bv"])
    return f"{n}{add}"

def addr(lower_ok=True):
    s = f"{R.choice(STREETS)} {housenr()}"
    if lower_ok and R.random() < 0.1:
        s = s.lower()
    return s

def postcode():
    while True:
        l = R.choice(LETTERS_PC) + R.choice(LETTERS_PC)
        if l not in ("SA", "SD", "SS"): break
    d = str(R.randint(1011, 9999))
    return R.choice([f"{d} {l}", f"{d}{l}", f"{d} {l}", f"{d}{l.lower()}" if R.random() < .3 else f"{d} {l}"])

# ---------------- numbers ----------------
def bsn():
    while True:
        d = "".join(R.choice("0123456789") for _ in range(8))
        d = str(R.randint(1, 7)) + d[1:]
        for last in "0123456789":
            if bsn_ok(d + last):
                d = d + last
                break
        else:
            continue
        break
    st = R.random()
    if st < .4: return d
    if st < .55: return f"{d[:4]}.{d[4:6]}.{d[6:]}"
    if st < .7: return f"{d[:3]} {d[3:6]} {d[6:]}"
    if st < .8: return f"{d[:2]}.{d[2:4]}.{d[4:6]}.{d[6:]}"
    if st < .9: return f"{d[:3]}-{d[3:5]}-{d[5:]}"
    return f"{d[:3]}.{d[3:6]}.{d[6:]}"

def mob():
    d = str(R.randint(1, 5)) + "".join(R.choice("0123456789") for _ in range(7))
    f = R.randrange(11)
    return [f"06-{d}", f"06 {d}", f"06{d}", f"06 {d[:4]} {d[4:]}", f"06-{d[:3]} {d[3:6]} {d[6:]}", f"+31 6 {d}",
            f"+316{d}", f"+31 (0)6 {d[:4]} {d[4:]}", f"0031 6 {d[:2]} {d[2:4]} {d[4:6]} {d[6:]}",
            f"06 - {d[:2]} {d[2:4]} {d[4:6]} {d[6:]}", f"06-{d[:2]}.{d[2:4]}.{d[4:6]}.{d[6:]}"][f]

def land():
    a = R.choice(["010", "020", "070", "030", "050", "058", "0513", "0591", "045", "024", "026", "053", "078", "0512", "0515", "0481", "076", "040"])
    n = 10 - len(a)
    d = str(R.randint(2, 9)) + "".join(R.choice("0123456789") for _ in range(n - 1))
    f = R.randrange(7)
    if f == 0: return f"{a}-{d}"
    if f == 1: return f"{a} {d}"
    if f == 2: return f"({a}) {d[:3]} {d[3:]}"
    if f == 3: return f"{a}{d}"
    if f == 4: return f"+31 {a[1:]} {d}"
    if f == 5: return f"{a} - {d[:3]} {d[3:5]} {d[5:]}" if n == 7 else f"{a}-{d[:2]} {d[2:4]} {d[4:]}"
    return f"+31 (0){a[1:]} {d}"

def ftel():
    r = lambda k: "".join(R.choice("0123456789") for _ in range(k))
    return R.choice([f"+32 470 {r(2)} {r(2)} {r(2)}", f"+49 151 {r(8)}", f"+212 6 {r(2)} {r(2)} {r(2)} {r(2)}",
                     f"+90 532 {r(3)} {r(2)} {r(2)}", f"+48 512 {r(3)} {r(3)}", f"+597 8{r(2)} {r(4)}",
                     f"+599 9 5{r(2)} {r(4)}", f"+44 7700 {r(6)}", f"+359 88 {r(3)} {r(4)}", f"+40 721 {r(3)} {r(3)}",
                     f"00212 661 {r(3)} {r(3)}", f"+251 91 {r(3)} {r(4)}", f"+380 67 {r(3)} {r(4)}",
                     f"+233 24 {r(3)} {r(4)}", f"+963 944 {r(3)} {r(3)}", f"+291 7 {r(6)}", f"+234 803 {r(3)} {r(4)}",
                     f"+49 (0)40 {r(7)}", f"0032 3 {r(3)} {r(2)} {r(2)}"])

def tel():
    x = R.random()
    return mob() if x < .55 else land() if x < .9 else ftel()

def t0800():
    r = lambda k: "".join(R.choice("0123456789") for _ in range(k))
    return R.choice([f"0800-{r(4)}", f"0800 {r(4)}", f"0800 {r(3)} {r(4)}", f"0900-{r(4)}", f"0800-0{r(3)}", f"0900 {r(3)} {r(4)}"])

def ascii_(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = s.replace("ł", "l").replace("Ł", "L").replace("ı", "i")
    return re.sub(r"[^A-Za-z]", "", s).lower()

def email():
    c = cult(); f = ascii_(first(c)); s = ascii_(sur(c))
    fmt = R.randrange(9)
    loc = [f"{f}.{s}", f"{f}{s}{R.randint(1, 99)}", f"{f[0]}.{s}", f"{f}_{s}", f"{s}{f[0]}", f"{f}{R.randint(1970, 2008)}",
           f"{f}.{s}{R.randint(1, 9)}", f"mama{f}", f"{f}-{s}"][fmt]
    e = f"{loc}@{R.choice(EMAIL_DOMAINS)}"
    return e.upper() if R.random() < 0.04 else e

def email_org():
    if R.random() < .5:
        return f"{R.choice(ORG_EMAIL_LOCAL)}@{R.choice(ORG_EMAIL_DOMAINS)}"
    c = cult()
    return f"{ascii_(first(c))[0]}.{ascii_(sur(c))}@{R.choice(ORG_EMAIL_DOMAINS)}"

def _iban(cc, bban):
    n = "".join(str(int(ch, 36)) for ch in bban + cc + "00")
    ck = 98 - int(n) % 97
    return f"{cc}{ck:02d}{bban}"

def fmt_iban(s, style=None):
    style = R.random() if style is None else style
    if style < .55: return " ".join(s[i:i + 4] for i in range(0, len(s), 4))
    if style < .85: return s
    if style < .95: return s.lower()
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4)).lower()

def iban_nl(style=None):
    acct = digits_not_bsn(10)
    return fmt_iban(_iban("NL", R.choice(NL_BANKS) + acct), style)

def iban_f(style=None):
    r = lambda k: "".join(R.choice("0123456789") for _ in range(k))
    up = lambda k: "".join(R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(k))
    k = R.randrange(7)
    if k == 0:
        a = r(10); ck = int(a) % 97 or 97; s = _iban("BE", f"{a}{ck:02d}")
    elif k == 1: s = _iban("DE", r(18))
    elif k == 2: s = _iban("PL", r(24))
    elif k == 3: s = _iban("BG", up(4) + r(6) + r(8))
    elif k == 4: s = _iban("RO", up(4) + r(16))
    elif k == 5: s = _iban("GB", up(4) + r(14))
    else: s = _iban("TR", r(5) + "0" + r(16))
    return fmt_iban(s, style)

def fmt_date(d):
    f = R.randrange(12)
    D, Mo, Y = d.day, d.month, d.year
    return [f"{D:02d}-{Mo:02d}-{Y}", f"{D}-{Mo}-{Y}", f"{D:02d}/{Mo:02d}/{Y % 100:02d}", f"{D}/{Mo}/{Y}", f"{D:02d}.{Mo:02d}.{Y}",
            f"{D} {MONTHS[Mo - 1]} {Y}", f"{D} {MON_AB[Mo - 1]}. {Y}", f"{Y}-{Mo:02d}-{D:02d}", f"{D} {MONTHS[Mo - 1]} {Y}",
            f"{D:02d}-{Mo:02d}-{Y}", f"{D} {MON_AB[Mo - 1]} {Y}", f"{D}-{Mo}-{Y % 100:02d}"][f]

def rdate(y0, y1):
    d0 = datetime.date(y0, 1, 1).toordinal(); d1 = datetime.date(y1, 12, 31).toordinal()
    return datetime.date.fromordinal(R.randint(d0, d1))

def case():
    r = lambda k: digits_not_bsn(k)
    y = R.choice([2023, 2024, 2025, 2026]); yy = y % 100
    k = R.randrange(22)
    return [f"WMO-{y}-{r(5)}", f"{y}/{r(5)}", f"Z-{yy}-{r(6)}", r(7), "00" + r(8), f"JZ/{y}/{r(4)}", f"BZ-{y}-{r(4)}",
            f"SHV{y}{r(4)}", f"DOS-{r(6)}", f"{yy}.{r(4)}.{R.choice(['BB','JZ','WI','SZ'])}", f"PW-{r(6)}",
            f"HC-{r(5)}", f"AAN-{y}-{r(4)}", f"BES/{y}/{r(5)}", f"R-{y}-{r(6)}", f"KL{r(8)}", f"{y}-{r(7)}",
            f"JB/{yy}/{r(5)}", f"ZK{r(8)}", f"wmo{yy}-{r(4)}", f"{r(3)}-{r(4)}-{r(2)}", f"S{r(6)}/{yy}"][k]

def klant():
    r = lambda k: digits_not_bsn(k)
    return R.choice(["00" + r(8), r(7), f"KL-{r(7)}", r(10), f"{r(3)} {r(3)} {r(4)}", f"C{r(8)}"])

def betk():
    d = "".join(R.choice("0123456789") for _ in range(16))
    return R.choice([d, " ".join(d[i:i + 4] for i in range(0, 16, 4))])

def court():
    r = lambda k: digits_not_bsn(k)
    yy = R.choice([23, 24, 25, 26])
    k = R.randrange(8)
    if k == 0: return M("CASE_NUMBER", f"C/{R.choice(['10','13','09','05','16'])}/{r(6)}") + " / " + M("CASE_NUMBER", f"KG ZA {yy}-{r(4)}")
    return M("CASE_NUMBER", [None, f"C/10/{r(6)}", f"CV EXPL {yy}-{r(5)}", f"ROT {yy}/{r(4)}", f"AWB {yy}/{r(5)}",
                             f"200.{r(3)}.{r(3)}/01", f"C/13/{r(6)} / FT RK {yy}-{r(3)}", f"{r(7)} \\ CV EXPL {yy}-{r(4)}"][k]
             ) if k not in (6, 7) else (
        M("CASE_NUMBER", f"C/13/{r(6)}") + " / " + M("CASE_NUMBER", f"FT RK {yy}-{r(3)}") if k == 6 else
        M("CASE_NUMBER", r(7)) + " \\ " + M("CASE_NUMBER", f"CV EXPL {yy}-{r(4)}"))

def plate():
    L = lambda k: "".join(R.choice(PLATE_L) for _ in range(k))
    D = lambda k: "".join(R.choice("0123456789") for _ in range(k))
    parts = R.choice([(L(2), D(2), D(2)), (D(2), D(2), L(2)), (D(2), L(2), D(2)), (L(2), D(2), L(2)), (L(2), L(2), D(2)),
                      (D(2), L(2), L(2)), (D(2), L(3), D(1)), (D(1), L(3), D(2)), (L(2), D(3), L(1)), (L(1), D(3), L(2)),
                      (L(3), D(2), L(1)), (L(1), D(2), L(3)), (D(1), L(2), D(3)), (D(3), L(2), D(1))])
    x = R.random()
    s = "-".join(parts) if x < .7 else "".join(parts)
    return s.lower() if R.random() < .2 else s

def amount():
    v = R.choice([R.randint(20, 300), R.randint(300, 3000), R.randint(1000, 45000)])
    c = R.randint(0, 99)
    vs = f"{v:,}".replace(",", ".")
    return R.choice([f"€ {vs},{c:02d}", f"€{vs}", f"{v} euro", f"€ {vs},-", f"EUR {vs},{c:02d}"])

def fill(frame):
    out = []
    pos = 0
    for m in re.finditer(r"\{([A-Za-z0-9]+)\}", frame):
        out.append(frame[pos:m.start()]); pos = m.end()
        k = m.group(1)
        nxt = frame[m.end():m.end() + 2]
        if k == "PF": v = M("PERSON", full())
        elif k == "FN": v = M("PERSON", first(no_s=nxt.startswith("s ")))
        elif k == "fn": v = M("PERSON", first().lower())
        elif k == "SN": v = M("PERSON", sur())
        elif k == "PI": v = M("PERSON", initials())
        elif k == "pl": v = M("PERSON", full().lower())
        elif k == "NICK": v = M("PERSON", R.choice(NICKNAMES))
        elif k == "ADDR": v = M("ADDRESS", addr())
        elif k == "PC": v = M("ADDRESS", postcode())
        elif k == "addr": v = M("ADDRESS", addr().lower())
        elif k == "CITY": v = R.choice(CITIES)
        elif k == "FCITY": v = R.choice(FOREIGN_CITIES)
        elif k == "COUNTRY": v = R.choice(COUNTRIES)
        elif k == "STREET": v = R.choice(STREETS)
        elif k == "WIJK": v = R.choice(WIJKEN)
        elif k == "ORG": v = R.choice(ORGS)
        elif k == "LANG": v = R.choice(LANGS)
        elif k == "BSN": v = M("BSN", bsn())
        elif k == "TEL": v = M("PHONE", tel())
        elif k == "MOB": v = M("PHONE", mob())
        elif k == "LAND": v = M("PHONE", land())
        elif k == "FTEL": v = M("PHONE", ftel())
        elif k == "T0800": v = t0800()
        elif k == "EMAIL": v = M("EMAIL", email())
        elif k == "EMAILORG": v = M("EMAIL", email_org())
        elif k == "IBAN": v = M("IBAN", iban_nl() if R.random() < .85 else iban_f())
        elif k == "IBANF": v = M("IBAN", iban_f())
        elif k == "IBANL": v = M("IBAN", iban_nl(style=R.choice([.9, .97])))
        elif k == "DOB": v = M("DATE_OF_BIRTH", fmt_date(rdate(1936, 2006)))
        elif k == "DOBK": v = M("DATE_OF_BIRTH", fmt_date(rdate(2008, 2025)))
        elif k == "DOB18": v = M("DATE_OF_BIRTH", fmt_date(rdate(2008, 2008)))
        elif k == "DATE": v = fmt_date(rdate(2024, 2027))
        elif k == "DATEOLD": v = fmt_date(rdate(2008, 2024))
        elif k == "YEAR": v = str(R.randint(2015, 2026))
        elif k == "CASE": v = M("CASE_NUMBER", case())
        elif k == "KLANT": v = M("CASE_NUMBER", klant())
        elif k == "BETK": v = M("CASE_NUMBER", betk())
        elif k == "COURT": v = court()
        elif k == "PLATE": v = M("LICENCE_PLATE", plate())
        elif k == "AMOUNT": v = amount()
        elif k == "TIME": v = R.choice(["9.30", "10:00", "13.15 uur", "half 3", "14:30", "16.00 uur", "11 uur", "19:30"])
        elif k == "NUM": v = str(R.randint(2, 17))
        elif k == "PCT": v = R.choice(["5,5%", "12%", "40 procent", "23%", "7,1%", "62%"])
        elif k == "BUS": v = R.choice(["33", "2", "44", "170", "N5", "18", "R-net 401", "lijn 6"])
        elif k == "INVOICE": v = R.choice([f"{R.randint(2023, 2026)}-{digits_not_bsn(6)}", f"INV-{digits_not_bsn(6)}",
                                           f"#{digits_not_bsn(8)}", f"F{digits_not_bsn(7)}"])
        elif k == "POSTBUS": v = str(R.randint(100, 99999))
        else: raise KeyError(k)
        out.append(v)
    out.append(frame[pos:])
    return "".join(out)

def load(p):
    fr = []
    for line in open(p, encoding="utf-8"):
        line = line.rstrip("\n")
        if not line.strip() or line.startswith("#"): continue
        fr.append(line.replace("\\n", "\n"))
    return fr

TARGET = {"PERSON": 480, "ADDRESS": 112, "PHONE": 90, "EMAIL": 55, "IBAN": 54, "BSN": 64, "DATE_OF_BIRTH": 80,
          "CASE_NUMBER": 98, "LICENCE_PLATE": 56}

def tcount(t):
    return {k: len(re.findall(r"\[\[" + k + ":", t)) for k in TARGET}

def expand(frames, target, cap, steer=False):
    lit = [f for f in frames if "{" not in f]
    ph = [f for f in frames if "{" in f]
    notes = [(f, f) for f in lit]
    uses = {f: 0 for f in ph}
    for f in ph:
        notes.append((f, fill(f))); uses[f] += 1
    tot = {k: 0 for k in TARGET}
    for _, t in notes:
        for k, v in tcount(t).items(): tot[k] += v
    while len(notes) < target:
        cands = [f for f in ph if uses[f] < cap]
        if steer:
            need = {k: max(0, TARGET[k] - tot[k]) / TARGET[k] for k in TARGET}
            w = [0.02 + sum(need[k] * v for k, v in tcount(f.replace("{PF}", "[[PERSON:").replace("{FN}", "[[PERSON:")
                 .replace("{fn}", "[[PERSON:").replace("{SN}", "[[PERSON:").replace("{PI}", "[[PERSON:").replace("{pl}", "[[PERSON:")
                 .replace("{ADDR}", "[[ADDRESS:").replace("{addr}", "[[ADDRESS:").replace("{PC}", "[[ADDRESS:").replace("{BSN}", "[[BSN:")
                 .replace("{TEL}", "[[PHONE:").replace("{MOB}", "[[PHONE:").replace("{LAND}", "[[PHONE:").replace("{FTEL}", "[[PHONE:")
                 .replace("{EMAIL}", "[[EMAIL:").replace("{EMAILORG}", "[[EMAIL:").replace("{IBAN}", "[[IBAN:").replace("{IBANF}", "[[IBAN:")
                 .replace("{IBANL}", "[[IBAN:").replace("{DOB}", "[[DATE_OF_BIRTH:").replace("{DOBK}", "[[DATE_OF_BIRTH:").replace("{DOB18}", "[[DATE_OF_BIRTH:").replace("{CASE}", "[[CASE_NUMBER:")
                 .replace("{KLANT}", "[[CASE_NUMBER:").replace("{BETK}", "[[CASE_NUMBER:").replace("{COURT}", "[[CASE_NUMBER:")
                 .replace("{PLATE}", "[[LICENCE_PLATE:")).items()) for f in cands]
            f = R.choices(cands, w)[0]
        else:
            f = R.choice(cands)
        t = fill(f)
        notes.append((f, t)); uses[f] += 1
        for k, v in tcount(t).items(): tot[k] += v
    return notes

if __name__ == "__main__":
    nop = load("frames_nopii.txt"); pii = load("frames_pii.txt")
    n1 = expand(nop, 290, 4)
    n2 = expand(pii, 540, 5, steer=True)
    allnotes = n1 + n2
    R.shuffle(allnotes)
    seen = set(); out = []
    for f, t in allnotes:
        if t in seen: continue
        seen.add(t); out.append(t)
    with open("source.txt", "w", encoding="utf-8") as fh:
        for i, t in enumerate(out, 1):
            fh.write(f"w{i:04d}\t" + t.replace("\\", "\\\\").replace("\n", "\\n") + "\n")
    print("frames", len(nop), len(pii), "notes", len(out))
