# Fills placeholders in templates.txt with script-generated valid BSNs/IBANs -> notes.txt
import random, re, string
rnd = random.Random(20261202)
def bsn():
    while True:
        d = [rnd.randint(0,9) for _ in range(8)]
        if d[0] == 0: continue
        s = sum(w*x for w,x in zip(range(9,1,-1), d))
        for d9 in range(10):
            if (s - d9) % 11 == 0:
                return ''.join(map(str, d+[d9]))
def badbsn():
    while True:
        n = str(rnd.randint(100000000, 999999999))
        d = list(map(int, n))
        if (sum(w*x for w,x in zip(range(9,1,-1), d[:8])) - d[8]) % 11 != 0:
            return n
def iban_check(cc, bban):
    s = ''.join(str(int(c,36)) for c in (bban + cc + '00'))
    return '%02d' % (98 - int(s) % 97)
def iban(kind):
    if kind in ('BE',):
        b = ''.join(rnd.choice(string.digits) for _ in range(10)); b += '%02d' % (int(b) % 97 or 97)
        return 'BE' + iban_check('BE', b) + b
    if kind == 'DE':
        b = ''.join(rnd.choice(string.digits) for _ in range(18))
        return 'DE' + iban_check('DE', b) + b
    b = kind + ''.join(rnd.choice(string.digits) for _ in range(10))
    return 'NL' + iban_check('NL', b) + b
def sp(x): return ' '.join(x[i:i+4] for i in range(0, len(x), 4))
def sub(m):
    k = m.group(1)
    if k == 'BSN': return bsn()
    if k == 'BSN_DOT': b = bsn(); return f'{b[:4]}.{b[4:6]}.{b[6:]}'
    if k == 'BSN_SP': b = bsn(); return f'{b[:3]} {b[3:6]} {b[6:]}'
    if k == 'BSN_DASH': b = bsn(); return f'{b[:3]}-{b[3:6]}-{b[6:]}'
    if k == 'BAD': return badbsn()
    kind, _, fmt = k[5:].partition('_')
    v = iban(kind)
    if fmt == 'SP': v = sp(v)
    elif fmt == 'LOW': v = sp(v).lower()
    return v
out = []
for line in open('templates.txt', encoding='utf-8'):
    out.append(re.sub(r'\{(BSN(?:_DOT|_SP|_DASH)?|BAD|IBAN_[A-Z]+(?:_SP|_LOW)?)\}', sub, line))
open('notes.txt', 'w', encoding='utf-8').write(''.join(out))
