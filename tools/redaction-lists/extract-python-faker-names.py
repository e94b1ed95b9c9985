"""Writes first.txt, last-core.txt, last-world.txt and places.txt from the Python Faker source tree.

Usage: python3 extract-python-faker-names.py FAKER_SOURCE_DIR (the directory that holds the
``faker`` package, e.g. an unpacked wheel of Faker 40.35.0, MIT). Cyrillic names are transliterated
to the Latin spelling used on passports (Ukrainian "h" for Г, and the Russian "g" as well), since
that is how Dutch notes write them. Names in other non-Latin scripts are left out.
"""

import importlib
import re
import sys

sys.path.insert(0, sys.argv[1])

# Locales of the origins that live in Dutch cities, and neighbouring ones with the same names.
FIRST = [
    "nl_NL", "nl_BE", "fr_DZ", "en_PK", "en_KE", "sw", "ha_NG", "ig_NG", "tw_GH", "yo_NG", "en_NG",
    "az_AZ", "uz_UZ", "uk_UA", "ru_RU", "bg_BG", "mk_MK", "zh_CN", "zh_TW", "ja_JP", "vi_VN", "id_ID",
    "ro_RO", "pl_PL", "tr_TR", "pt_PT", "pt_BR", "es_ES", "en_IN", "et_EE", "lt_LT", "hr_HR", "sk_SK",
    "cs_CZ", "hu_HU", "en_TH", "de_DE", "fr_FR", "it_IT", "en_GB", "en_IE", "sl_SI", "lv_LV",
]
# Surnames that count on their own: the largest origins of Dutch cities.
CORE_SURNAMES = ["nl_NL", "nl_BE", "tr_TR", "pl_PL", "fr_DZ"]

LATIN = re.compile(r"^[^\W\d_][^\W\d_'’ -]*(?:['’ -][^\W\d_]+)*$")

CYRILLIC = {
    "а": "a", "б": "b", "в": "v", "г": "h", "ґ": "g", "д": "d", "е": "e", "є": "ye", "ж": "zh",
    "з": "z", "и": "y", "і": "i", "ї": "yi", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n",
    "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts",
    "ч": "ch", "ш": "sh", "щ": "shch", "ь": "", "ю": "yu", "я": "ya", "ы": "y", "э": "e", "ё": "yo",
    "ъ": "", "ј": "j", "љ": "lj", "њ": "nj", "ќ": "kj", "ѓ": "gj", "џ": "dzh", "ѕ": "dz", "'": "",
}
RUSSIAN = dict(CYRILLIC, **{"г": "g", "и": "i", "й": "y", "е": "e"})


def transliterate(name, table):
    return "".join(table.get(c, c) for c in name.lower())


def values(provider, attribute):
    v = getattr(provider, attribute, None)
    if v is None:
        return []
    if isinstance(v, dict):
        v = list(v.keys())
    out = []
    for x in v:
        if isinstance(x, tuple):  # ja_JP pairs: (kanji, kana, romaji)
            x = x[-1]
        if isinstance(x, str):
            out.append(x)
    return out


def names(locale, kind):
    provider = importlib.import_module("faker.providers.person." + locale).Provider
    attributes = [a for a in dir(provider) if a.startswith(kind) or a.endswith(kind) or
                  (kind == "first_names" and a.startswith("first_name_") and a.endswith("pairs")) or
                  (kind == "last_names" and a.endswith("_last_names"))]
    if kind == "first_names" and locale == "vi_VN":
        attributes += ["middle_names"]
    raw = []
    for a in attributes:
        if "romanized" in a or not any(r in dir(provider) for r in ["first_romanized_names", "last_romanized_names"]):
            raw += values(provider, a)
    result = set()
    for name in raw:
        if re.search("[\u0400-\u04ff]", name):
            forms = {transliterate(name, CYRILLIC), transliterate(name, RUSSIAN)}
        else:
            forms = {name.lower()}
        for form in forms:
            form = form.strip()
            if LATIN.match(form) and (" " not in form or kind == "first_names"):
                result.add(form)
                # Vietnamese and Chinese double names also stand alone in parts: "Anh Vũ", "chia-hao".
                for part in re.split(r"[ -]", form):
                    if len(part) > 1 and (locale in ("vi_VN", "zh_TW", "zh_CN")):
                        result.add(part)
    return result


first, core, world = set(), set(), set()
for locale in FIRST:
    first |= names(locale, "first_names")
    last = names(locale, "last_names")
    (core if locale in CORE_SURNAMES else world).update(last)
world -= core

address = importlib.import_module("faker.providers.address.nl_NL").Provider
places = {p.lower() for p in list(address.cities) + list(address.countries) + list(address.provinces)}

for file, words in [("first.txt", first), ("last-core.txt", core), ("last-world.txt", world), ("places.txt", places)]:
    with open(file, "w", encoding="utf-8") as out:
        out.write("\n".join(sorted(words)) + "\n")
print(len(first), len(core), len(world), len(places))
