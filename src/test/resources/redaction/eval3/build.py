"""Parse notes.txt ([[TYPE|text]] markup) -> eval.jsonl, with validation."""
import json, re, sys, collections
from gen import bsn_ok, iban_ok
TYPES = {'PERSON','ADDRESS','BSN','PHONE','EMAIL','IBAN','DATE_OF_BIRTH','CASE_NUMBER','LICENCE_PLATE'}
PUNCT = ' \t.,;:!?()"\'`-/'
MK = re.compile(r'\[\[([A-Z_]+)\|([^\[\]|]+)\]\]')
errs, out, counts = [], [], collections.Counter()
n = 0; with_pii = 0
for ln, line in enumerate(open('notes.txt', encoding='utf-8'), 1):
    line = line.rstrip('\n')
    if not line.strip() or line.startswith('#'): continue
    n += 1; text = ''; spans = []; pos = 0
    for m in MK.finditer(line):
        text += line[pos:m.start()]; t, s = m.group(1), m.group(2)
        if t not in TYPES: errs.append(f'{ln}: bad type {t}')
        if s != s.strip(): errs.append(f'{ln}: space {s!r}')
        if (s[0] in PUNCT and not (t == 'PHONE' and s[0] == '(')) or s[-1] in PUNCT: errs.append(f'{ln}: edge {s!r}')
        if t == 'BSN':
            d = re.sub(r'[ .-]', '', s)
            if not (d.isdigit() and bsn_ok(d)): errs.append(f'{ln}: bad BSN {s}')
        if t == 'IBAN' and not iban_ok(s): errs.append(f'{ln}: bad IBAN {s}')
        if t == 'EMAIL' and not re.fullmatch(r'[\w.+-]+@[\w-]+(\.[\w-]+)+', s): errs.append(f'{ln}: bad email {s}')
        if t == 'LICENCE_PLATE' and not re.fullmatch(r'[A-Z0-9]{1,3}-[A-Z0-9]{1,3}-[A-Z0-9]{1,3}', s): errs.append(f'{ln}: bad plate {s}')
        spans.append({'start': len(text), 'end': len(text) + len(s), 'type': t}); text += s; counts[t] += 1
        pos = m.end()
    text += line[pos:]
    if '[[' in text or ']]' in text: errs.append(f'{ln}: leftover markup')
    for sp in spans: assert text[sp['start']:sp['end']].strip() == text[sp['start']:sp['end']]
    with_pii += bool(spans)
    out.append({'id': f'w{n:04d}', 'text': text, 'spans': spans})
if errs: print('\n'.join(errs)); sys.exit(1)
with open('eval.jsonl', 'w', encoding='utf-8') as f:
    for o in out: f.write(json.dumps(o, ensure_ascii=False) + '\n')
print(f'notes={n} with_pii={with_pii} without={n-with_pii}'); print(dict(counts))
