import { allLocales } from './package/dist/index.js';
const want = ['nl','nl_BE','tr','pl','de','fr','en','en_GB','es','it','pt_BR','ro','sv','da','nb_NO','en_US','de_AT','fr_BE'];
const first = new Set(), last = new Set(), streets = new Set();
for (const code of want) {
  const l = allLocales[code]; if (!l || !l.person) { console.error('no', code); continue; }
  const fn = l.person.first_name;
  const add = (set, v) => { if (!v) return; const arr = Array.isArray(v) ? v : Object.values(v).flat(); for (const x of arr) if (typeof x === 'string' && /^[\p{L}][\p{L}' -]*$/u.test(x)) set.add(x.toLowerCase()); };
  add(first, fn);
  if (['nl','nl_BE','tr','pl'].includes(code)) add(last, l.person.last_name);
}
const fs = await import('fs');
fs.writeFileSync('first.txt', [...first].sort().join('\n'));
fs.writeFileSync('last.txt', [...last].sort().join('\n'));
console.log(first.size, last.size);
