# -*- coding: utf-8 -*-
"""gen.py - seeded generator: frames_pii.txt + frames_nopii.txt -> source.txt

Every placeholder {TYPE}, {TYPE:opts} or {TYPE#n} in a frame is replaced by a
fictional value.  PII placeholders become [[LABEL:value]] markers, trap
placeholders become plain text.  Same #n inside one note = same person.
Run:  python3 gen.py && python3 build.py
"""
import calendar
import os
import random
import re
import sys
import unicodedata

from pools import *  # noqa: F401,F403
import pools
from build import check_marked, elf_ok

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 20260903
N_TOTAL = 855
NOPII_SHARE = 0.35

PH = re.compile(r"\{([A-Z_]+)(?::([a-z0-9_,]+))?(?:#(\d+))?\}")

PERSON_KEYS = {"NAME", "NAME_F", "NAME_M", "FIRST", "FIRST_F", "FIRST_M", "SUR", "SUR_F", "SUR_M", "INIT",
               "INIT_F", "INIT_M", "REV", "LC", "LCFIRST", "UP", "NICK", "POSS", "KID", "KIDNAME", "KID_F", "KID_M",
               "FAMNAME", "FAMFIRST", "FAMNAME_F", "FAMNAME_M",
               "FAMFIRST_F", "FAMFIRST_M"}
PII_KEYS = PERSON_KEYS | {"ADDR", "ADDR_LC", "PC", "BSN", "PHONE", "MOB", "TEL", "INTL", "SERVICE", "ORGTEL",
                          "EMAIL", "EMAIL_ORG", "IBAN", "IBAN_NL", "IBAN_INT", "DOB", "DOB_KID", "DOB_OLD",
                          "CASE", "PLATE"}
TRAP_KEYS = {"CITY", "WIJK", "PROV", "STREET", "CORP", "ENERGY", "WATER", "ZVK", "INST", "ORGP", "BANK", "LAW",
             "ART", "WEB", "PET", "PETNAME", "DATE", "DATESHORT", "MONTH", "TIME", "AMOUNT", "ORDER", "FACT",
             "YEAR", "NUM", "HNR", "AGE", "KIDAGE", "PCT", "TRACK", "BADBSN", "COURT"}


# ------------------------------------------------------------------ helpers
def ascii_fold(s):
    s = s.replace("ł", "l").replace("Ł", "L").replace("ı", "i").replace("đ", "d").replace("Đ", "D")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def cap_tv(sur):
    """Capitalise a leading tussenvoegsel (mevrouw De Vries)."""
    return sur[0].upper() + sur[1:] if sur else sur


class Person(object):
    def __init__(self, rng, origin=None, gender=None, surname=None, child=False):
        if origin is None:
            keys = list(ORIGINS)
            origin = rng.choices(keys, weights=[ORIGINS[k][0] for k in keys])[0]
        self.origin = origin
        o = ORIGINS[origin]
        self.gender = gender or rng.choice("mf")
        self.first = rng.choice(o[1] if self.gender == "m" else o[2])
        if surname is None:
            surs = o[3]
            if self.gender == "f" and len(o) > 4:
                surs = o[4]
            surname = rng.choice(surs)
        self.sur = surname
        # Dutch double surname for some married women
        if not child and origin in ("nl", "fy") and self.gender == "f" and rng.random() < 0.2:
            other = rng.choice(ORIGINS["nl"][3])
            if other != surname:
                self.sur = surname + "-" + other
        parts = re.split(r"[ \-]", self.first)
        ini = "".join(p[0] + "." for p in parts if p and p[0].isalpha())
        if origin in ("nl", "fy") and rng.random() < 0.5 and len(parts) == 1:
            ini += rng.choice("AJMPHWCGLT") + "."
            if rng.random() < 0.3:
                ini += rng.choice("AJMPHWCGLT") + "."
        self.initials = ini

    def full(self, rng):
        if self.origin in SURNAME_FIRST and rng.random() < 0.6:
            return self.sur + " " + self.first
        return self.first + " " + self.sur


class Note(object):
    def __init__(self, rng):
        self.rng = rng
        self.persons = {}

    def person(self, idx, gender=None, family=False, child=False, origin=None):
        rng = self.rng
        if idx is not None and idx in self.persons:
            return self.persons[idx]
        if family:
            head = self.persons.get("1")
            if head is None:
                head = Person(rng, origin=origin)
                self.persons["1"] = head
            p = Person(rng, origin=head.origin, gender=gender, surname=head.sur.split("-")[0], child=child)
        else:
            p = Person(rng, gender=gender, child=child, origin=origin)
        taken = {q.first for q in self.persons.values()} | {q.sur for q in self.persons.values()}
        for _ in range(20):
            if p.first not in taken:
                break
            p.first = rng.choice(ORIGINS[p.origin][1] if p.gender == "m" else ORIGINS[p.origin][2])
        if idx is not None:
            self.persons[idx] = p
        return p


# ------------------------------------------------------------------ value generators
def gen_bsn_digits(rng):
    while True:
        d = str(rng.choice([0, 1, 1, 1, 2, 2, 2, 3, 3, 4, 5, 6, 7, 8])) + "".join(rng.choice("0123456789") for _ in range(8))
        if elf_ok(d):
            return d


def fmt_bsn(rng, d, plain=False):
    if plain:
        return d
    f = rng.choices(range(8), weights=[40, 14, 12, 8, 7, 7, 6, 6])[0]
    return [d,
            d[:4] + "." + d[4:6] + "." + d[6:],
            d[:3] + " " + d[3:6] + " " + d[6:],
            d[:3] + "." + d[3:6] + "." + d[6:],
            d[:3] + "-" + d[3:6] + "-" + d[6:],
            d[:2] + "." + d[2:4] + "." + d[4:6] + "." + d[6:],
            d[:4] + " " + d[4:6] + " " + d[6:],
            d[:2] + " " + d[2:5] + " " + d[5:]][f]


def digits(rng, n):
    return "".join(rng.choice("0123456789") for _ in range(n))


def gen_mobile(rng):
    sub = rng.choice("1234566") + digits(rng, 7)  # 8 digits after 06
    f = rng.randrange(15)
    return ["06-" + sub, "06 " + sub, "06" + sub, "06 " + sub[:4] + " " + sub[4:], "06-" + sub[:4] + " " + sub[4:],
            "06 " + " ".join(sub[i:i + 2] for i in range(0, 8, 2)), "06-" + sub[:3] + " " + sub[3:6] + " " + sub[6:],
            "+31 6 " + sub, "+31 (0)6 " + sub, "+31(0)6-" + sub, "+316 " + sub, "+31" + "6" + sub,
            "0031 6 " + sub, "0031 6 " + sub[:4] + " " + sub[4:], "(06) " + sub][f]


AREA3 = ["010", "013", "015", "020", "023", "024", "026", "030", "033", "035", "036", "038", "040", "043", "045",
         "046", "050", "053", "055", "058", "070", "071", "072", "073", "074", "075", "076", "077", "078", "079"]
AREA4 = ["0111", "0113", "0114", "0115", "0117", "0161", "0164", "0165", "0168", "0172", "0174", "0180", "0181",
         "0182", "0183", "0184", "0186", "0187", "0222", "0223", "0224", "0226", "0227", "0228", "0229", "0251",
         "0252", "0255", "0294", "0297", "0299", "0313", "0314", "0315", "0316", "0317", "0318", "0320", "0321",
         "0341", "0342", "0343", "0344", "0345", "0346", "0347", "0348", "0411", "0412", "0413", "0416", "0418",
         "0475", "0478", "0481", "0485", "0486", "0487", "0488", "0492", "0493", "0495", "0497", "0499", "0511",
         "0512", "0513", "0514", "0515", "0516", "0517", "0518", "0519", "0521", "0522", "0523", "0524", "0525",
         "0527", "0528", "0529", "0544", "0545", "0546", "0547", "0548", "0561", "0562", "0566", "0570", "0571",
         "0572", "0573", "0575", "0577", "0578", "0591", "0592", "0593", "0594", "0595", "0596", "0597", "0598", "0599"]


def gen_landline(rng, company=False):
    if company and rng.random() < 0.5:
        area = rng.choice(["088", "085", "088", "084"])
    elif rng.random() < 0.55:
        area = rng.choice(AREA3)
    else:
        area = rng.choice(AREA4)
    sub = str(rng.randint(2, 9)) + digits(rng, 9 - len(area))
    f = rng.randrange(9)
    if len(sub) == 7:
        grp = [sub[:3] + " " + sub[3:], sub[:3] + " " + sub[3:5] + " " + sub[5:]]
    else:
        grp = [sub[:2] + " " + sub[2:4] + " " + sub[4:], sub[:3] + " " + sub[3:]]
    return [area + "-" + sub, area + " " + sub, area + "-" + grp[0], area + " " + rng.choice(grp),
            "(" + area + ") " + rng.choice(grp), area + sub, "+31 " + area[1:] + " " + rng.choice(grp),
            "+31 (0)" + area[1:] + " " + sub, area + " - " + grp[1]][f]


def gen_service(rng):
    f = rng.randrange(8)
    if f == 0:
        return "0800-" + digits(rng, 4)
    if f == 1:
        return "0800 " + digits(rng, 4)
    if f == 2:
        return "0900-" + digits(rng, 4)
    if f == 3:
        return "0900-" + digits(rng, 7)
    if f == 4:
        return "0800-" + digits(rng, 7)
    a = rng.choice(AREA3 + AREA4[:20])
    if f == 5:
        return "14 " + a
    if f == 6:
        return "14" + a
    return "14 " + a[:2] + " " + a[2:] if len(a) == 4 else "14 " + a


INTL_TEMPLATES = [
    "+32 4{d2} {d2} {d2} {d2}", "+32 (0)4{d2} {d2} {d2} {d2}", "+49 15{d1} {d8}", "+49 (0)17{d1} {d7}",
    "+48 5{d2} {d3} {d3}", "+48 6{d8}", "+90 53{d1} {d3} {d2} {d2}", "+90 (5{d2}) {d3} {d4}", "+212 6 {d2} {d2} {d2} {d2}",
    "+212 6{d8}", "+359 88 {d3} {d4}", "+359 89{d7}", "+40 72{d1} {d3} {d3}", "+40 7{d8}", "+44 7700 {d6}",
    "+44 20 {d4} {d4}", "+597 8{d2}-{d4}", "+597 {d3}-{d4}", "+599 9 {d3} {d4}", "+599 9 5{d2}-{d4}",
    "+963 9{d2} {d3} {d3}", "+291 7 {d3} {d3}", "+380 67 {d3} {d4}", "+380 (50) {d3} {d2} {d2}", "+233 24 {d3} {d4}",
    "+86 138 {d4} {d4}", "+84 91 {d3} {d2} {d2}", "+62 812 {d4} {d4}", "+91 98{d3} {d5}", "+55 11 9{d4}-{d4}",
    "+63 917 {d3} {d4}", "+977 98{d8}", "+243 81 {d3} {d4}", "+252 61 {d3} {d4}", "+93 70 {d3} {d4}",
    "+297 56{d1} {d4}", "+98 912 {d3} {d4}", "0032 4{d2} {d2} {d2} {d2}", "0049 15{d1} {d8}", "00212 6{d8}",
]


INTL_PREFIX = {"ma": "212", "pl": "48", "sr": "597", "ua": "380", "be": "32", "de": "49", "tr": "90", "bg": "359",
               "ro": "40", "sy": "963", "er": "291", "so": "252", "af": "93", "gh": "233", "cw": "599", "gb": "44"}


def gen_intl(rng, opts=()):
    pool = INTL_TEMPLATES
    want = [INTL_PREFIX[o] for o in opts if o in INTL_PREFIX]
    if want:
        pool = [t for t in INTL_TEMPLATES if re.sub(r"^(\+|00)", "", t).split(" ")[0] in want]
    t = rng.choice(pool)
    return re.sub(r"\{d(\d)\}", lambda m: digits(rng, int(m.group(1))), t)


def gen_phone(rng, kind=None, opts=()):
    if kind is None:
        kind = rng.choices(["mob", "tel", "intl", "service"], weights=[50, 25, 15, 10])[0]
    if kind == "mob":
        return gen_mobile(rng)
    if kind == "tel":
        return gen_landline(rng)
    if kind == "org":
        return gen_landline(rng, company=True) if rng.random() < 0.7 else gen_service(rng)
    if kind == "intl":
        return gen_intl(rng, opts)
    return gen_service(rng)


def mail_local(rng, p):
    first = ascii_fold(p.first).lower().replace(" ", "").replace(".", "")
    sur = ascii_fold(p.sur).lower().replace(" ", "").replace("'", "").replace("-", "")
    surd = ascii_fold(p.sur.split(" ")[-1]).lower().replace("'", "")
    f = rng.randrange(10)
    loc = [first + "." + sur, first[0] + "." + surd, first + sur, first + str(rng.randint(70, 99)),
           first + "_" + surd + str(rng.randint(1, 99)), surd + "." + first, first + "." + surd,
           first[0] + sur, first + "-" + surd, first + str(rng.randint(1960, 2008))][f]
    if rng.random() < 0.07:
        loc = loc.capitalize()
    return loc


def gen_email(rng, p):
    dom = rng.choice([d for d in MAIL_DOMAINS if d not in ("wp.pl", "abv.bg", "yahoo.ro", "ukr.net", "gmx.de")])
    if p.origin == "ro" and rng.random() < 0.5:
        dom = "yahoo.ro"
    if p.origin == "tr" and rng.random() < 0.2:
        dom = "gmx.de"
    if p.origin == "pl" and rng.random() < 0.5:
        dom = "wp.pl"
    if p.origin == "bg" and rng.random() < 0.5:
        dom = "abv.bg"
    if p.origin == "ua" and rng.random() < 0.5:
        dom = "ukr.net"
    e = mail_local(rng, p) + "@" + dom
    if rng.random() < 0.05:
        e = e.upper() if rng.random() < 0.3 else e[0].upper() + e[1:]
    return e


def gen_email_org(rng, note):
    dom = rng.choice(ORG_MAIL_DOMAINS)
    if rng.random() < 0.3:
        p = Person(rng, origin=rng.choice(["nl", "nl", "ma", "tr", "sr_cr", "fy"]))
        return mail_local(rng, p) + "@" + dom
    return rng.choice(ORG_MAIL_LOCALS) + "@" + dom


def iban_check(cc, bban):
    num = "".join(str(int(c, 36)) for c in bban + cc + "00")
    return "%02d" % (98 - int(num) % 97)


def alnum(rng, n):
    return "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(n))


def gen_iban(rng, kind=None, opts=()):
    if kind is None:
        kind = "nl" if rng.random() < 0.8 else "int"
    if kind == "nl":
        cc, bban = "NL", rng.choice(NL_BANKS) + str(rng.randint(1, 9)) + digits(rng, 9)
    else:
        want = [o.upper() for o in opts if len(o) == 2]
        c = want[0] if want else rng.choice(["DE", "BE", "PL", "BG", "RO", "TR", "FR", "ES", "GB", "UA", "PT", "LT"])
        cc = c
        if c == "DE":
            bban = digits(rng, 18)
        elif c == "BE":
            bban = digits(rng, 12)
        elif c == "PL":
            bban = digits(rng, 24)
        elif c == "BG":
            bban = rng.choice(["UNCR", "BPBI", "FINV", "STSA"]) + digits(rng, 6) + digits(rng, 8)
        elif c == "RO":
            bban = rng.choice(["BTRL", "RNCB", "BRDE", "INGB"]) + alnum(rng, 16)
        elif c == "TR":
            bban = digits(rng, 5) + "0" + digits(rng, 16)
        elif c == "FR":
            bban = digits(rng, 10) + alnum(rng, 11) + digits(rng, 2)
        elif c == "ES":
            bban = digits(rng, 20)
        elif c == "GB":
            bban = rng.choice(["NWBK", "BARC", "HBUK", "MIDL"]) + digits(rng, 14)
        elif c == "UA":
            bban = digits(rng, 6) + digits(rng, 19)
        elif c == "PT":
            bban = digits(rng, 21)
        else:
            bban = digits(rng, 16)
    iban = cc + iban_check(cc, bban) + bban
    f = rng.choices(range(6), weights=[45, 25, 8, 8, 7, 7])[0]
    grouped = " ".join(iban[i:i + 4] for i in range(0, len(iban), 4))
    return [grouped, iban, iban.lower(), grouped.lower(), iban[:4] + " " + iban[4:8] + " " + iban[8:],
            iban[:2] + " " + iban[2:4] + " " + iban[4:8] + " " + iban[8:]][f]


def rand_date(rng, y0, y1):
    y = rng.randint(y0, y1)
    m = rng.randint(1, 12)
    d = rng.randint(1, calendar.monthrange(y, m)[1])
    return d, m, y


def fmt_date(rng, d, m, y, opts):
    style = None
    for s in ("num", "txt", "en", "fy", "iso", "short"):
        if s in opts:
            style = s
    if style is None:
        style = rng.choices(["num", "txt", "iso", "short"], weights=[53, 30, 8, 9])[0]
    if style == "num":
        f = rng.choices(range(7), weights=[35, 15, 15, 6, 12, 10, 7])[0]
        return ["%02d-%02d-%04d" % (d, m, y), "%d-%d-%04d" % (d, m, y), "%02d/%02d/%04d" % (d, m, y),
                "%d/%d/%04d" % (d, m, y), "%02d.%02d.%04d" % (d, m, y), "%d-%02d-%04d" % (d, m, y),
                "%02d-%02d-%04d" % (d, m, y)][f]
    if style == "short":
        f = rng.randrange(4)
        return ["%02d-%02d-%02d" % (d, m, y % 100), "%d-%d-'%02d" % (d, m, y % 100), "%d/%d/%02d" % (d, m, y % 100),
                "%02d.%02d.%02d" % (d, m, y % 100)][f]
    if style == "iso":
        return "%04d-%02d-%02d" % (y, m, d)
    if style == "fy":
        return "%d %s %d" % (d, MONTHS_FY[m - 1], y)
    if style == "en":
        f = rng.randrange(4)
        return ["%s %d, %d" % (MONTHS_EN[m - 1], d, y), "%d %s %d" % (d, MONTHS_EN[m - 1], y),
                "%d %s %d" % (d, MONTHS_EN_ABBR[m - 1], y), "%02d/%02d/%04d" % (d, m, y)][f]
    f = rng.choices(range(6), weights=[45, 15, 12, 10, 8, 10])[0]
    if f == 0:
        return "%d %s %d" % (d, MONTHS_NL[m - 1], y)
    if f == 1:
        return "%d %s %d" % (d, MONTHS_NL_ABBR[m - 1], y)
    if f == 2:
        ab = MONTHS_NL_ABBR[m - 1]
        return "%d %s%s %d" % (d, ab, "" if ab == "mei" else ".", y)
    if f == 3:
        return "%02d-%s-%d" % (d, MONTHS_NL_ABBR[m - 1], y)
    if f == 4:
        return "%d %s %d" % (d, MONTHS_NL[m - 1].capitalize(), y)
    return "%de %s %d" % (d, MONTHS_NL[m - 1], y) if rng.random() < 0.5 else "%d %s '%02d" % (d, MONTHS_NL[m - 1], y % 100)


def gen_postcode(rng):
    while True:
        l2 = rng.choice("ABCDEGHJKLMNPRSTVWXZ") + rng.choice("ABCDEGHJKLMNPRSTVWXZ")
        if l2 not in ("SA", "SD", "SS"):
            break
    n = rng.randint(1011, 9999)
    f = rng.choices(range(4), weights=[60, 28, 7, 5])[0]
    return ["%d %s" % (n, l2), "%d%s" % (n, l2), "%d %s" % (n, l2.lower()), "%d%s" % (n, l2.lower())][f]


def gen_addr(rng, lower=False):
    st = rng.choice(STREETS)
    n = rng.choices([rng.randint(1, 30), rng.randint(31, 120), rng.randint(121, 450)], weights=[55, 35, 10])[0]
    suf = rng.choice(ADDR_SUFFIX)
    a = "%s %d%s" % (st, n, suf)
    if lower or rng.random() < 0.08:
        a = a.lower()
    return a


def case_ok(s):
    for d in re.findall(r"\d+", s):
        pass
    from build import nine_digit_groupings
    for d, _ in nine_digit_groupings(s):
        if elf_ok(d):
            return False
    for run in re.findall(r"\d{10,}", s):
        for k in range(len(run) - 8):
            if elf_ok(run[k:k + 9]):
                return False
    return True


COURT_CODES = ["AMS", "ROT", "UTR", "SGR", "HAA", "ZWO", "BRE", "LEE", "GRO", "ARN", "MAA", "SHE", "ALK", "AWB"]


def gen_case(rng, kind=None):
    if kind is None:
        kind = rng.choice(["dossier", "client", "ref", "wmo", "jeugd", "debiteur", "huur", "polis", "court", "kanton",
                           "awb", "cjib", "contract", "shv"])
    yy = rng.choice([23, 24, 25, 25, 26])
    yyyy = 2000 + yy
    while True:
        if kind == "dossier":
            s = rng.choice(["%d-%06d" % (yyyy, rng.randint(1, 999999)), "D-%07d" % rng.randint(1, 9999999),
                            "Z/%02d/%06d" % (yy, rng.randint(1, 999999)), "DOS%d%05d" % (yyyy, rng.randint(1, 99999)),
                            "%02d.%05d" % (yy, rng.randint(1, 99999)), "Z-%d-%04d" % (yyyy, rng.randint(1, 9999))])
        elif kind == "client":
            s = rng.choice(["C-%06d" % rng.randint(1, 999999), "%07d" % rng.randint(1000000, 9999999),
                            "KL %02d %02d %04d" % (rng.randint(10, 99), rng.randint(0, 99), rng.randint(0, 9999)),
                            "%08d" % rng.randint(10000000, 99999999), "CL%06d" % rng.randint(1, 999999),
                            "%d-%04d" % (rng.randint(100, 999), rng.randint(0, 9999))])
        elif kind == "ref":
            s = rng.choice(["BB/%02d/%05d" % (yy, rng.randint(1, 99999)), "%02d-%04d-%s" % (rng.randint(10, 99), rng.randint(0, 9999), rng.choice(["AB", "KL", "SH", "WT"])),
                            "U%d.%05d" % (yyyy, rng.randint(1, 99999)), "REF-%06d" % rng.randint(1, 999999),
                            "%s%d%04d" % (rng.choice(["SZ", "WI", "IN"]), yyyy, rng.randint(0, 9999))])
        elif kind == "wmo":
            s = rng.choice(["WMO-%d-%05d" % (yyyy, rng.randint(1, 99999)), "ZK%02d-%06d" % (yy, rng.randint(1, 999999)),
                            "Wmo %d/%04d" % (yyyy, rng.randint(1, 9999))])
        elif kind == "jeugd":
            s = rng.choice(["J-%d-%04d" % (yyyy, rng.randint(1, 9999)), "JGZ%06d" % rng.randint(1, 999999),
                            "JB/%02d/%05d" % (yy, rng.randint(1, 99999))])
        elif kind == "shv":
            s = rng.choice(["SHV-%d-%05d" % (yyyy, rng.randint(1, 99999)), "SH %02d %04d" % (yy, rng.randint(1, 9999)),
                            "SHV%02d%04d" % (yy, rng.randint(1, 9999))])
        elif kind == "debiteur":
            s = rng.choice(["%08d" % rng.randint(10000000, 99999999), "DEB-%06d" % rng.randint(1, 999999),
                            "%d.%03d.%03d" % (rng.randint(1, 99), rng.randint(0, 999), rng.randint(0, 999)),
                            "%07d/%02d" % (rng.randint(1000000, 9999999), rng.randint(1, 99))])
        elif kind == "huur":
            s = rng.choice(["%d.%04d.%02d" % (rng.randint(10, 99), rng.randint(0, 9999), rng.randint(1, 20)),
                            "HC-%06d" % rng.randint(1, 999999), "%06d-%02d" % (rng.randint(0, 999999), rng.randint(1, 9))])
        elif kind == "polis":
            s = rng.choice(["%d.%03d.%03d" % (rng.randint(10, 99), rng.randint(0, 999), rng.randint(0, 999)),
                            "POL%07d" % rng.randint(1, 9999999), "%08d" % rng.randint(10000000, 99999999)])
        elif kind == "contract":
            s = rng.choice(["%07d-%02d" % (rng.randint(1000000, 9999999), rng.randint(1, 20)),
                            "CT-%d-%05d" % (yyyy, rng.randint(1, 99999))])
        elif kind == "cjib":
            s = rng.choice([" ".join(digits(rng, 4) for _ in range(4)), digits(rng, 4) + " " + digits(rng, 4) + " " + digits(rng, 4)])
        elif kind == "court":
            s = rng.choice(["C/%02d/%06d / HA ZA %02d-%d" % (rng.choice([9, 10, 13, 16, 17, 19]), rng.randint(100000, 799999), yy, rng.randint(10, 1999)),
                            "C/%02d/%06d" % (rng.choice([1, 2, 3, 5, 8, 9, 10, 13, 15, 16, 17, 18, 19]), rng.randint(100000, 799999)),
                            "C/%02d/%06d / KG ZA %02d-%d" % (rng.choice([10, 13, 16]), rng.randint(100000, 799999), yy, rng.randint(10, 1999)),
                            "C/%02d/%06d / FA RK %02d-%d" % (rng.choice([5, 9, 13, 18]), rng.randint(100000, 799999), yy, rng.randint(10, 9999)),
                            "KG ZA %02d-%d" % (yy, rng.randint(10, 1999)), "HA ZA %02d-%d" % (yy, rng.randint(10, 1999)),
                            "C/%02d/%02d/%d R" % (rng.choice([1, 13, 16, 17]), yy, rng.randint(10, 999)),
                            "200.%03d.%03d/01" % (rng.randint(0, 999), rng.randint(0, 999)),
                            "%02d/%d %s" % (yy, rng.randint(100, 9999), rng.choice(["PW", "WMO15", "AW", "ZW"]))])
        elif kind == "kg":
            s = rng.choice(["C/%02d/%06d / KG ZA %02d-%d" % (rng.choice([1, 5, 9, 10, 13, 16, 17]), rng.randint(100000, 799999), yy, rng.randint(10, 1999)),
                            "KG ZA %02d-%d" % (yy, rng.randint(10, 1999)), "KG %02d/%d" % (yy, rng.randint(100, 1999))])
        elif kind == "hof":
            s = rng.choice(["200.%03d.%03d/01" % (rng.randint(0, 999), rng.randint(0, 999)),
                            "200.%03d.%03d/02" % (rng.randint(0, 999), rng.randint(0, 999))])
        elif kind == "crvb":
            s = "%02d/%d %s" % (yy, rng.randint(100, 9999), rng.choice(["PW", "WMO15", "AW", "ZW", "PW-T", "JW"]))
        elif kind == "wsnp":
            s = rng.choice(["C/%02d/%02d/%d R" % (rng.choice([1, 3, 5, 8, 13, 16, 17, 19]), yy, rng.randint(10, 999)),
                            "C/%02d/%02d/%d F" % (rng.choice([1, 13, 16]), yy, rng.randint(10, 999))])
        elif kind == "rekest":
            s = rng.choice(["C/%02d/%06d / BM RK %02d-%d" % (rng.choice([5, 9, 13, 16, 18]), rng.randint(100000, 799999), yy, rng.randint(10, 9999)),
                            "C/%02d/%06d / FA RK %02d-%d" % (rng.choice([5, 9, 13, 18]), rng.randint(100000, 799999), yy, rng.randint(10, 9999)),
                            "C/%02d/%06d / EA RK %02d-%d" % (rng.choice([2, 10, 15]), rng.randint(100000, 799999), yy, rng.randint(10, 9999))])
        elif kind == "kanton":
            s = rng.choice(["CV EXPL %02d-%d" % (yy, rng.randint(100, 19999)), "%08d CV EXPL %02d-%d" % (rng.randint(10000000, 11999999), yy, rng.randint(100, 9999)),
                            "%d CV EXPL %02d-%d" % (rng.randint(10000000, 11999999), yy, rng.randint(100, 9999)),
                            "CV EXPL %02d/%d" % (yy, rng.randint(100, 19999)), "%07d \\ CV EXPL %02d-%d" % (rng.randint(1000000, 9999999), yy, rng.randint(100, 9999))])
            s = s.replace("\\", "/")
        elif kind == "awb":
            s = "%s %02d/%d" % (rng.choice(COURT_CODES), yy, rng.randint(100, 9999))
            if rng.random() < 0.2:
                s = "AWB %02d/%05d" % (yy, rng.randint(100, 99999))
        else:
            raise ValueError(kind)
        if case_ok(s):
            return s


def gen_plate(rng, opts):
    L = lambda: rng.choice(PLATE_LETTERS)
    D = lambda: rng.choice("0123456789")
    codes = ["XX-99-99", "99-99-XX", "99-XX-99", "XX-99-XX", "XX-XX-99", "99-XX-XX", "99-XXX-9", "9-XXX-99",
             "XX-999-X", "X-999-XX", "XXX-99-X", "X-99-XXX", "9-XX-999", "999-XX-9"]
    code = rng.choices(codes, weights=[4, 5, 5, 5, 6, 7, 9, 9, 10, 10, 9, 9, 7, 7])[0]
    s = "".join(L() if c == "X" else D() if c == "9" else c for c in code)
    if "nodash" in opts or ("dash" not in opts and rng.random() < 0.22):
        s = s.replace("-", "")
    if "lc" in opts or rng.random() < 0.15:
        s = s.lower()
    return s


# ------------------------------------------------------------------ traps
def trap_value(rng, key, opts):
    if key == "CITY":
        return rng.choice(CITIES)
    if key == "WIJK":
        return rng.choice(WIJKEN)
    if key == "PROV":
        return rng.choice(PROVINCES)
    if key == "STREET":
        return rng.choice(STREETS)
    if key == "CORP":
        return rng.choice(CORPORATIES)
    if key == "ENERGY":
        return rng.choice(ENERGY)
    if key == "WATER":
        return rng.choice(WATER)
    if key == "ZVK":
        return rng.choice(ZVK)
    if key == "INST":
        return rng.choice(INSTANTIES)
    if key == "ORGP":
        kinds = [k for k in opts if k in ORG_PERSON] or list(ORG_PERSON)
        return rng.choice(ORG_PERSON[rng.choice(kinds)])
    if key == "COURT":
        return rng.choice(COURTS)
    if key == "BANK":
        return rng.choice(BANKS)
    if key == "LAW":
        return rng.choice(LAWS)
    if key == "ART":
        return rng.choice(ARTIKELEN)
    if key == "WEB":
        return rng.choice(WEBSITES)
    if key == "PET":
        kind, names = rng.choice(PETS)
        return kind + " " + rng.choice(names)
    if key == "PETNAME":
        kind, names = rng.choice(PETS[:3])
        return rng.choice(names)
    if key == "DATE":
        d, m, y = rand_date(rng, 2023, 2026)
        return fmt_date(rng, d, m, y, opts)
    if key == "DATESHORT":
        d, m, y = rand_date(rng, 2025, 2025)
        f = rng.randrange(4)
        return ["%d %s" % (d, MONTHS_NL[m - 1]), "%d-%d" % (d, m), "%d/%d" % (d, m), "%d %s" % (d, MONTHS_NL_ABBR[m - 1])][f]
    if key == "MONTH":
        return rng.choice(MONTHS_NL)
    if key == "TIME":
        h = rng.randint(8, 20)
        mi = rng.choice([0, 0, 15, 30, 30, 45])
        f = rng.randrange(5)
        return ["%d.%02d" % (h, mi), "%d:%02d" % (h, mi), "%02d:%02d uur" % (h, mi), "%du" % h, "half %d" % (h % 12 + 1)][f]
    if key == "AMOUNT":
        if "s" in opts:
            v = rng.randint(5, 99)
        elif "m" in opts:
            v = rng.randint(100, 999)
        elif "l" in opts:
            v = rng.randint(1000, 25000)
        else:
            v = rng.choices([rng.randint(5, 99), rng.randint(100, 999), rng.randint(1000, 25000)], weights=[30, 50, 20])[0]
        c = rng.randint(0, 99)
        th = "{:,}".format(v).replace(",", ".")
        f = rng.randrange(8)
        return ["€ %s,%02d" % (th, c), "€%s" % th, "€ %s,-" % th, "%d euro" % v, "EUR %s,%02d" % (th, c),
                "€ %d,%02d" % (v, c), "%s euro" % th, "€%s,%02d" % (th, c)][f]
    if key == "ORDER":
        f = rng.randrange(5)
        if f == 0:
            while True:
                d = digits(rng, 9)
                if d[0] != "0" and not elf_ok(d):
                    return d
        return ["", "%d" % rng.randint(3000000000, 3999999999), "ORD-%06d" % rng.randint(1, 999999),
                "#%d" % rng.randint(100000, 999999), "%d-%06d" % (rng.randint(2024, 2025), rng.randint(1, 999999))][f]
    if key == "FACT":
        return rng.choice(["F%d-%05d" % (rng.randint(2024, 2025), rng.randint(1, 99999)), "INV-%05d" % rng.randint(1, 99999),
                           "%d%04d" % (rng.randint(2024, 2025), rng.randint(1, 9999)), "FN %d" % rng.randint(10000, 99999)])
    if key == "TRACK":
        return "3S" + "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(4)) + digits(rng, 7)
    if key == "YEAR":
        return str(rng.randint(2015, 2026))
    if key == "NUM":
        return str(rng.randint(2, 9))
    if key == "HNR":
        return str(rng.randint(1, 180))
    if key == "AGE":
        return str(rng.randint(19, 91))
    if key == "KIDAGE":
        return str(rng.randint(1, 17))
    if key == "PCT":
        return "%d%%" % rng.choice([5, 10, 20, 25, 30, 50, 70, 80, 95, 100])
    if key == "BADBSN":
        while True:
            d = digits(rng, 9)
            if d[0] in "123" and not elf_ok(d):
                return d
    raise KeyError(key)


# ------------------------------------------------------------------ rendering
def render_person(note, key, opts, idx):
    rng = note.rng
    g = None
    if key.endswith("_F"):
        g = "f"
    elif key.endswith("_M"):
        g = "m"
    base = key[:-2] if g else key
    origin = next((o for o in opts if o in ORIGINS), None)
    if base in ("KID", "KIDNAME", "FAMNAME", "FAMFIRST"):
        p = note.person(idx, gender=g, family=True, child=base in ("KID", "KIDNAME"), origin=origin)
    else:
        p = note.person(idx, gender=g, origin=origin)
    if base == "NICK":
        return "[[PERSON:%s]]" % rng.choice(NICKNAMES)
    if base in ("NAME", "KIDNAME", "FAMNAME"):
        v = p.full(rng)
    elif base in ("FIRST", "KID", "FAMFIRST"):
        v = p.first
    elif base == "SUR":
        v = cap_tv(p.sur) if rng.random() < 0.5 or "cap" in opts else p.sur
    elif base == "INIT":
        ini = p.initials
        f = rng.randrange(5)
        if f == 3:
            ini = ini.replace(".", "")
        if f == 4 and len(ini) > 2:
            ini = ini[:2]
        v = ini + " " + p.sur
    elif base == "REV":
        f = rng.randrange(5)
        sur = p.sur
        tv = re.match(r"((?:[a-z']+ )+)(.*)", sur)
        if f == 0 or (f == 1 and not tv):
            v = cap_tv(sur) + ", " + p.first
        elif f == 1:
            v = tv.group(2) + ", " + p.first + " " + tv.group(1).strip()
        elif f == 2:
            v = cap_tv(sur) + ", " + p.initials
        elif f == 3:
            v = sur.upper() + ", " + p.first
        else:
            v = (tv.group(2) + ", " + p.initials + " " + tv.group(1).strip()) if tv else sur + ", " + p.initials
    elif base == "LC":
        v = p.full(rng).lower()
    elif base == "LCFIRST":
        v = p.first.lower()
    elif base == "UP":
        v = p.full(rng).upper()
    elif base == "POSS":
        # possessive: marker covers the name only
        cands = [n for o in ORIGINS.values() for n in (o[1] + o[2]) if n[-1] in "aiouyAIOUY" and " " not in n]
        sname = [n for o in ORIGINS.values() for n in (o[1] + o[2]) if n[-1] in "s" and " " not in n]
        r = rng.random()
        if idx is not None and idx in note.persons:
            v = p.first
        elif r < 0.75:
            v = rng.choice(cands)
        elif r < 0.87:
            v = rng.choice(sname)
            return "[[PERSON:%s]]'" % v
        else:
            v = p.first  # chat-style "Ahmed's"
        return "[[PERSON:%s]]'s" % v
    else:
        raise KeyError(key)
    if "lc" in opts:
        v = v.lower()
    return "[[PERSON:%s]]" % v


def render(note, key, opts, idx):
    rng = note.rng
    opts = tuple(sorted(set((opts or "").split(",")) - {""}))
    if key in PERSON_KEYS:
        return render_person(note, key, opts, idx)
    if key in ("ADDR", "ADDR_LC"):
        return "[[ADDRESS:%s]]" % gen_addr(rng, lower=(key == "ADDR_LC" or "lc" in opts))
    if key == "PC":
        return "[[ADDRESS:%s]]" % gen_postcode(rng)
    if key == "BSN":
        return "[[BSN:%s]]" % fmt_bsn(rng, gen_bsn_digits(rng), plain="plain" in opts)
    if key in ("PHONE", "MOB", "TEL", "INTL", "SERVICE", "ORGTEL"):
        kind = {"PHONE": None, "MOB": "mob", "TEL": "tel", "INTL": "intl", "SERVICE": "service", "ORGTEL": "org"}[key]
        return "[[PHONE:%s]]" % gen_phone(rng, kind, opts)
    if key == "EMAIL":
        p = note.person(idx) if idx is not None else Person(rng)
        return "[[EMAIL:%s]]" % gen_email(rng, p)
    if key == "EMAIL_ORG":
        if idx is not None:
            return "[[EMAIL:%s@%s]]" % (mail_local(rng, note.person(idx)), rng.choice(ORG_MAIL_DOMAINS))
        return "[[EMAIL:%s]]" % gen_email_org(rng, note)
    if key in ("IBAN", "IBAN_NL", "IBAN_INT"):
        v = gen_iban(rng, {"IBAN": None, "IBAN_NL": "nl", "IBAN_INT": "int"}[key], opts)
        return "[[IBAN:%s]]" % v
    if key in ("DOB", "DOB_KID", "DOB_OLD"):
        y0, y1 = {"DOB": (1952, 2005), "DOB_KID": (2008, 2023), "DOB_OLD": (1931, 1958)}[key]
        if "baby" in opts:
            y0, y1 = 2024, 2025
        if "parent" in opts:
            y0, y1 = 1976, 1998
        d, m, y = rand_date(rng, y0, y1)
        return "[[DATE_OF_BIRTH:%s]]" % fmt_date(rng, d, m, y, opts)
    if key == "CASE":
        kind = next(iter(opts)) if opts else None
        return "[[CASE_NUMBER:%s]]" % gen_case(rng, kind)
    if key == "PLATE":
        return "[[LICENCE_PLATE:%s]]" % gen_plate(rng, opts)
    if key in TRAP_KEYS:
        return trap_value(rng, key, opts)
    raise KeyError(key)


def fill(rng, frame):
    note = Note(rng)
    return PH.sub(lambda m: render(note, m.group(1), m.group(2), m.group(3)), frame)


def load_frames(name):
    out = []
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            out.append(line.replace("\\n", "\n").replace("\\t", "\t"))
    return out


def escape(s):
    return s.replace("\\", "\\\\").replace("\n", "\\n").replace("\t", "\\t")


def main():
    rng = random.Random(SEED)
    pii = load_frames("frames_pii.txt")
    nopii = load_frames("frames_nopii.txt")
    problems = []
    for fr in pii:
        keys = [m.group(1) for m in PH.finditer(fr)]
        bad = [k for k in keys if k not in PII_KEYS and k not in TRAP_KEYS]
        if bad or not any(k in PII_KEYS for k in keys):
            problems.append("PII frame without PII or bad key %s: %s" % (bad, fr[:70]))
    for fr in nopii:
        keys = [m.group(1) for m in PH.finditer(fr)]
        if any(k not in TRAP_KEYS for k in keys):
            problems.append("no-PII frame with PII/bad key: %s" % fr[:70])
    if "[[" in "".join(pii + nopii):
        problems.append("marker brackets in a frame")
    dup = len(pii + nopii) - len(set(pii + nopii))
    if dup:
        problems.append("%d duplicate frames" % dup)
    if problems:
        for p in problems:
            print("FRAME PROBLEM:", p)
        sys.exit(1)

    n_nopii = int(round(N_TOTAL * NOPII_SHARE))
    n_pii = N_TOTAL - n_nopii

    def plan(frames, n):
        order = list(range(len(frames)))
        rng.shuffle(order)
        out = order[:n]
        while len(out) < n:
            out.append(rng.randrange(len(frames)))
        return [frames[i] for i in out]

    jobs = [(f, True) for f in plan(pii, n_pii)] + [(f, False) for f in plan(nopii, n_nopii)]
    rng.shuffle(jobs)
    seen = set()
    lines = []
    for i, (frame, is_pii) in enumerate(jobs, 1):
        for attempt in range(200):
            if attempt and attempt % 10 == 0:
                # frame without variable parts already used: take another frame of the same kind
                frame = rng.choice(pii if is_pii else nopii)
            marked = fill(rng, frame)
            if marked in seen:
                continue
            if check_marked(marked):
                continue
            break
        else:
            raise SystemExit("cannot fill frame: %s\n%s" % (frame, check_marked(marked)))
        seen.add(marked)
        lines.append("e9-%04d\t%s" % (i, escape(marked)))
    with open(os.path.join(HERE, "source.txt"), "w", encoding="utf-8") as f:
        f.write("# eval9 source: id<TAB>note with [[TYPE:text]] markers; \\n = newline, \\t = tab. Generated by gen.py (seed %d).\n" % SEED)
        f.write("\n".join(lines) + "\n")
    print("frames: %d with PII, %d without PII; notes written: %d" % (len(pii), len(nopii), len(lines)))


if __name__ == "__main__":
    main()
