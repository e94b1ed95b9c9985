"""Generate BSNs (11-proof) and IBANs (ISO 13616 mod-97) for the eval set. Deterministic seed."""
import random, string

def bsn_valid(s):
    d = [int(c) for c in s if c.isdigit()]
    if len(d) != 9: return False
    return (sum(w*x for w, x in zip(range(9, 1, -1), d[:8])) - d[8]) % 11 == 0

def make_bsn(rng):
    while True:
        d = [rng.randint(0, 9) for _ in range(8)]
        if d[0] == 0: continue
        r = sum(w*x for w, x in zip(range(9, 1, -1), d)) % 11
        if r < 10:
            return ''.join(map(str, d)) + str(r)

def make_fake9(rng):
    while True:
        s = str(rng.randint(100000000, 999999999))
        if not bsn_valid(s): return s

def iban_valid(s):
    s = s.replace(' ', '').upper()
    r = s[4:] + s[:4]
    return int(''.join(str(int(c, 36)) for c in r)) % 97 == 1

def iban_from_bban(cc, bban):
    r = bban + cc + '00'
    chk = 98 - int(''.join(str(int(c, 36)) for c in r)) % 97
    return f"{cc}{chk:02d}{bban}"

def make_iban(rng, cc, bank=None):
    if cc == 'NL':
        return iban_from_bban('NL', bank + ''.join(rng.choice(string.digits) for _ in range(10)))
    if cc == 'BE':
        n = rng.randint(10**9, 10**10 - 1)
        c = n % 97 or 97
        return iban_from_bban('BE', f"{n:010d}{c:02d}")
    if cc == 'DE':
        return iban_from_bban('DE', ''.join(rng.choice(string.digits) for _ in range(18)))

def spaced(s):
    return ' '.join(s[i:i+4] for i in range(0, len(s), 4))

if __name__ == '__main__':
    rng = random.Random(20261202)
    print('# BSN')
    for _ in range(30): print(make_bsn(rng))
    print('# FAKE9 (fail 11-proof)')
    for _ in range(12): print(make_fake9(rng))
    print('# IBAN')
    banks = ['INGB','RABO','ABNA','TRIO','SNSB','ASNB','KNAB','BUNQ','RBRB']
    for i in range(27): print(make_iban(rng, 'NL', banks[i % len(banks)]))
    for _ in range(2): print(make_iban(rng, 'BE'))
    for _ in range(2): print(make_iban(rng, 'DE'))
