"""Generator for valid BSNs and IBANs; fills placeholders in notes_src.txt -> notes.txt.
Placeholders: {BSN} {BSN.} {BSN_} {BSN-} (valid 11-proof, spellings), {NOBSN} (9 digits failing 11-proof),
{IBAN:BANK} compact, {IBAN:BANK:s} spaced, {IBAN:BANK:l} lowercase spaced; BANK = INGB/RABO/.../BE/DE."""
import random, re, sys
rng = random.Random(20261202)

def bsn_ok(s):
    d = [int(c) for c in s]
    return len(d) == 9 and (sum(w * x for w, x in zip(range(9, 1, -1), d[:8])) - d[8]) % 11 == 0

def make_bsn():
    while True:
        d = [rng.randint(0, 9) for _ in range(8)]
        if d[0] == 0: continue
        r = sum(w * x for w, x in zip(range(9, 1, -1), d)) % 11
        if r < 10:
            s = ''.join(map(str, d)) + str(r)
            assert bsn_ok(s); return s

def make_nobsn():
    while True:
        s = str(rng.randint(100000000, 999999999))
        if not bsn_ok(s): return s

def iban_num(s):
    return int(''.join(str(int(c, 36)) for c in s[4:] + s[:4]))

def iban_ok(s):
    s = s.replace(' ', '').upper()
    return len(s) >= 15 and iban_num(s) % 97 == 1

def with_check(cc, bban):
    chk = 98 - iban_num(cc + '00' + bban) % 97
    s = f"{cc}{chk:02d}{bban}"; assert iban_ok(s); return s

def make_iban(bank):
    if bank == 'BE':
        n = rng.randint(10**9, 10**10 - 1); c = n % 97 or 97
        return with_check('BE', f"{n:010d}{c:02d}")
    if bank == 'DE':
        return with_check('DE', ''.join(str(rng.randint(0, 9)) for _ in range(18)))
    return with_check('NL', bank + ''.join(str(rng.randint(0, 9)) for _ in range(10)))

def spaced(s): return ' '.join(s[i:i+4] for i in range(0, len(s), 4))

def fill(m):
    k = m.group(1)
    if k.startswith('BSN'):
        b = make_bsn(); sep = k[3:]
        if sep == '.': return f"{b[:4]}.{b[4:6]}.{b[6:]}"
        if sep == '_': return f"{b[:3]} {b[3:6]} {b[6:]}"
        if sep == '-': return f"{b[:3]}-{b[3:6]}-{b[6:]}"
        return b
    if k == 'NOBSN': return make_nobsn()
    if k.startswith('IBAN:'):
        p = k.split(':'); i = make_iban(p[1]); f = p[2] if len(p) > 2 else ''
        if f == 's': return spaced(i)
        if f == 'l': return spaced(i).lower()
        return i
    raise ValueError(k)

if __name__ == '__main__':
    src = open('notes_src.txt', encoding='utf-8').read()
    open('notes.txt', 'w', encoding='utf-8').write(re.sub(r'\{(BSN[._-]?|NOBSN|IBAN:[A-Z]+(?::[sl])?)\}', fill, src))
    print('notes.txt written')
