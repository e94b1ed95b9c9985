// Writes first.txt, last-core.txt and last-world.txt from @faker-js/faker (MIT), run inside the
// unpacked package. Cyrillic names are transliterated to their passport spelling (Ukrainian "h" for
// Г and the Russian "g" as well); names in other non-Latin scripts are left out.
import { allLocales } from './package/dist/index.js';
import fs from 'fs';

const first = ['nl', 'nl_BE', 'tr', 'pl', 'de', 'fr', 'en', 'en_GB', 'es', 'it', 'pt_BR', 'ro', 'sv', 'da', 'nb_NO',
  'en_US', 'de_AT', 'fr_BE', 'en_GH', 'en_NG', 'yo_NG', 'fr_SN', 'pt_PT', 'az', 'ku_kmr_latin', 'id_ID', 'vi',
  'uz_UZ_latin', 'hr', 'sr_RS_latin', 'sl_SI', 'cs_CZ', 'sk', 'hu', 'lv', 'en_IN', 'en_NP', 'af_ZA', 'zu_ZA', 'fi',
  'uk', 'ru', 'mk'];
// Surnames that count on their own: the largest origins of Dutch cities.
const core = ['nl', 'nl_BE', 'tr', 'pl'];
const world = ['de', 'fr', 'es', 'it', 'pt_BR', 'pt_PT', 'ro', 'en_GH', 'en_NG', 'yo_NG', 'fr_SN', 'az',
  'ku_kmr_latin', 'id_ID', 'vi', 'uz_UZ_latin', 'hr', 'sr_RS_latin', 'sl_SI', 'cs_CZ', 'sk', 'hu', 'en_IN', 'en_NP',
  'en_HK', 'zu_ZA', 'uk', 'ru', 'mk', 'en'];

const cyrillic = { а: 'a', б: 'b', в: 'v', г: 'h', ґ: 'g', д: 'd', е: 'e', є: 'ye', ж: 'zh', з: 'z', и: 'y', і: 'i',
  ї: 'yi', й: 'y', к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh',
  ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ь: '', ю: 'yu', я: 'ya', ы: 'y', э: 'e', ё: 'yo', ъ: '', ј: 'j', љ: 'lj',
  њ: 'nj', ќ: 'kj', ѓ: 'gj', џ: 'dzh', ѕ: 'dz', "'": '' };
const russian = { ...cyrillic, г: 'g', и: 'i' };
const translit = (name, table) => [...name.toLowerCase()].map((c) => table[c] ?? c).join('');

const collect = (codes, field, set, split) => {
  for (const code of codes) {
    const l = allLocales[code];
    if (!l || !l.person || !l.person[field]) { console.error('no', code, field); continue; }
    const v = l.person[field];
    const arr = Array.isArray(v) ? v : Object.values(v).flat();
    for (const x of arr) {
      if (typeof x !== 'string') continue;
      const forms = /[\u0400-\u04ff]/u.test(x) ? [translit(x, cyrillic), translit(x, russian)] : [x.toLowerCase()];
      for (const f of forms) {
        if (!/^[\p{L}][\p{L}' -]*$/u.test(f)) continue;
        if (f.includes(' ') && !split) continue;
        set.add(f);
        if (split) for (const part of f.split(/[ -]/)) if (part.length > 1) set.add(part);
      }
    }
  }
};
const f = new Set(), c = new Set(), w = new Set();
collect(first, 'first_name', f, false);
collect(['vi'], 'first_name', f, true);
collect(core, 'last_name', c, false);
collect(world, 'last_name', w, false);
for (const x of c) w.delete(x);
fs.writeFileSync('first.txt', [...f].sort().join('\n') + '\n');
fs.writeFileSync('last-core.txt', [...c].sort().join('\n') + '\n');
fs.writeFileSync('last-world.txt', [...w].sort().join('\n') + '\n');
console.log(f.size, c.size, w.size);
