# -*- coding: utf-8 -*-
"""Fictional value pools and value generators for eval8-blind.

All names, numbers and addresses are invented combinations. BSNs are random
numbers that pass the 11-proof, IBANs are random account numbers with correct
mod-97 check digits; they are not taken from any real person.
Every generator takes a random.Random instance so gen.py is deterministic.
"""

_COUNTERS = {}


def _cyc(key, n):
    """Round-robin index per spelling family, so every spelling variant occurs.
    Deterministic because gen.py renders the notes in a fixed order."""
    k = _COUNTERS.get(key, 0)
    _COUNTERS[key] = k + 1
    return k % n


# ---------------------------------------------------------------- persons
# (origin, female first names, male first names, surnames)
ORIGINS = {
    "nl": (
        ["Anneke", "Marieke", "Ingrid", "Wilma", "Petra", "Sanne", "Lotte", "Femke", "Anne-Marie",
         "Marie-José", "Ria", "Truus", "Joke", "Esther", "Sophie", "Noor", "Fleur", "Renée", "Zoë",
         "Ilse", "Bianca", "Chantal", "Kim", "Mirjam", "Geertje", "Annelies", "Tineke", "Daphne"],
        ["Jan", "Kees", "Henk", "Piet", "Willem", "Jan-Willem", "Dirk", "Gerrit", "Bram", "Sven",
         "Ruud", "Ton", "Bas", "Joost", "Hendrik", "Maarten", "Thijs", "Pieter-Jan", "Rob", "Teun",
         "Arie", "Cor", "Sjaak", "Jeroen", "Martijn", "Stefan", "Niels", "Frank"],
        ["van der Berg", "de Vries", "'t Hart", "van 't Veer", "van den Broek", "ter Horst",
         "in 't Veld", "van Dijk", "Bakker", "Visser", "Jansen", "de Boer", "Mulder", "Smit",
         "Meijer", "de Groot", "Bos", "Vos", "Peters", "Hendriks", "van Leeuwen", "Dekker",
         "Brouwer", "de Wit", "Kok", "Verhoeven", "van Beek", "Schouten", "van de Ven", "Koster",
         "Prins", "Huisman", "Kuipers", "van Vliet", "op den Kamp", "Roos", "de Haan", "Willems",
         "Bakker-de Vries", "van Rijn-Kok", "Verbeek", "van der Linden", "Janssen-van Dam",
         "de Bruijn", "van Os", "Blom", "Kramer", "de Lange", "van der Heijden", "Groen",
         "Timmermans", "van Schaik", "Lelieveld", "Oosterhout", "Zwart", "Hoogendoorn", "Vermeulen"]),
    "fy": (
        ["Wytske", "Tsjitske", "Sytske", "Aukje", "Baukje", "Janke", "Froukje", "Hiske", "Geeske"],
        ["Sjoerd", "Hylke", "Jelmer", "Douwe", "Wiebe", "Tjeerd", "Sybren", "Jouke", "Auke", "Freark"],
        ["Hoekstra", "Dijkstra", "Wijbenga", "Feenstra", "Bosma", "Hiemstra", "Zijlstra",
         "Tjeerdsma", "van der Meulen", "Postma", "Hofstra", "de Jong", "Wiersma", "Sikkema",
         "Terpstra", "Okkema", "Brouwer-Hoekstra", "van der Wal", "Kuipers", "Jellema"]),
    "sr": (
        ["Sharmila", "Shanti", "Rachel", "Ruth", "Gracia", "Sandhya", "Ashanti", "Priscilla", "Kavita"],
        ["Ravi", "Romano", "Glenn", "Rishi", "Clyde", "Dilip", "Errol", "Marciano", "Sunil"],
        ["Ramdin", "Sewnarain", "Kromodimedjo", "Pinas", "Lieveld", "Bhagwandin", "Amatsaleh",
         "Wongsodikromo", "Doelwijt", "Sitaldin", "Jagesar", "Tjon-A-Fat", "Mangroe", "Kartosen"]),
    "aw": (
        ["Gilmara", "Shurenska", "Jeanelle", "Mireille", "Chanel", "Naomy", "Quisaira"],
        ["Jurick", "Shurandy", "Jeandrick", "Ryangelo", "Giovanni", "Ludwin", "Xaviëro"],
        ["Martina", "Isenia", "Rosalia", "Statia", "Winklaar", "Janga", "Maduro", "Croes",
         "Albertus", "de Windt", "Koeiman"]),
    "ma": (
        ["Fatima", "Khadija", "Samira", "Nadia", "Houda", "Naima", "Siham", "Loubna", "Yasmina",
         "Imane", "Malika", "Soukaina"],
        ["Mohamed", "Youssef", "Nordin", "Bilal", "Ayoub", "Karim", "Mustafa", "Hamza", "Said",
         "Mohamed-Amine", "Abdelkader", "Rachid"],
        ["El Amrani", "Bouzid", "Ouali", "Azzouzi", "El Khatib", "Ait Taleb", "Boukhari",
         "El Idrissi", "Ben Haddou", "Aarab", "Chaouch", "El Ouariachi", "Tahiri", "Bakkali"]),
    "tr": (
        ["Ayşe", "Elif", "Zeynep", "Emine", "Hatice", "Büşra", "Gülşen", "Özlem", "Dilek"],
        ["Mehmet", "Emre", "Hüseyin", "Mustafa", "Burak", "Ömer", "Yusuf", "Serkan", "Ahmet"],
        ["Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Öztürk", "Aydın", "Doğan", "Arslan",
         "Koç", "Kılıç", "Yıldız", "Güneş"]),
    "ku": (
        ["Rojda", "Berivan", "Dilan", "Zozan", "Nazdar", "Hêvî"],
        ["Azad", "Şervan", "Rêbaz", "Dilşad", "Baran", "Kawa"],
        ["Bozarslan", "Zana", "Barzani", "Tekin", "Ronahî", "Hussein Ali"]),
    "pl": (
        ["Agnieszka", "Katarzyna", "Małgorzata", "Joanna", "Magdalena", "Ewa", "Zofia"],
        ["Piotr", "Łukasz", "Tomasz", "Krzysztof", "Paweł", "Grzegorz", "Michał"],
        ["Kowalski", "Nowak", "Wiśniewska", "Wójcik", "Zieliński", "Kamińska", "Lewandowski",
         "Szymańska", "Dąbrowski", "Mazur"]),
    "bg": (
        ["Desislava", "Petya", "Yordanka", "Milena", "Radostina"],
        ["Ivan", "Georgi", "Stoyan", "Dimitar", "Hristo"],
        ["Petrov", "Dimitrova", "Ivanova", "Georgiev", "Stoyanov", "Todorova"]),
    "ro": (
        ["Andreea", "Ioana", "Mihaela", "Alina", "Ramona"],
        ["Ionuț", "Mihai", "Florin", "Bogdan", "Ștefan"],
        ["Popescu", "Ionescu", "Constantinescu", "Dumitru", "Stănescu", "Munteanu"]),
    "sy": (
        ["Lina", "Nour", "Hala", "Rasha", "Reem", "Amal"],
        ["Rami", "Ahmad", "Omar", "Khaled", "Tarek", "Yazan"],
        ["Al-Hassan", "Haddad", "Khalil", "Al Masri", "Darwish", "Al-Ahmad", "Hamdan"]),
    "er": (
        ["Semhar", "Helen", "Saba", "Luwam", "Senait", "Yordanos"],
        ["Yonas", "Tesfay", "Filmon", "Mebrahtu", "Yohannes", "Daniel"],
        ["Tesfamariam", "Ghebremedhin", "Haile", "Kidane", "Berhane", "Tekle", "Woldu"]),
    "so": (
        ["Hodan", "Faadumo", "Ayaan", "Hibaaq", "Sahra", "Nasra"],
        ["Abdi", "Mahad", "Abdirahman", "Liban", "Guled", "Ismail"],
        ["Warsame", "Abdullahi", "Farah", "Jama", "Hirsi", "Mohamud", "Osman"]),
    "af": (
        ["Zahra", "Mariam", "Farzana", "Shabnam", "Nilofar"],
        ["Farid", "Sohail", "Ahmad Shah", "Jawad", "Mirwais"],
        ["Noorzai", "Rahimi", "Ahmadzai", "Hakimi", "Sultani", "Popal"]),
    "ua": (
        ["Olena", "Iryna", "Yulia", "Oksana", "Kateryna", "Nataliia"],
        ["Oleksandr", "Dmytro", "Andrii", "Serhii", "Bohdan", "Taras"],
        ["Kovalenko", "Shevchenko", "Bondarenko", "Melnyk", "Tkachenko", "Kravchenko", "Boiko"]),
    "gh": (
        ["Akosua", "Abena", "Ama", "Efua", "Adwoa"],
        ["Kwame", "Kofi", "Yaw", "Kwabena", "Kojo"],
        ["Mensah", "Owusu", "Boateng", "Asante", "Appiah", "Osei", "Agyeman"]),
    "cn": (
        ["Mei Ling", "Xiaoling", "Hui", "Yan", "Qing"],
        ["Wei", "Jun", "Hao", "Jianguo", "Zhiwei"],
        ["Chen", "Wang", "Zhang", "Liu", "Lin", "Huang", "Zhou"]),
    "vn": (
        ["Thi Lan", "Huong", "Mai", "Thu Trang", "Ngọc Anh"],
        ["Minh", "Tuan", "Duc", "Quang", "Hoàng"],
        ["Nguyen", "Tran", "Pham", "Nguyễn", "Vo", "Dang", "Bui"]),
    "id": (
        ["Wulan", "Ria", "Dewi", "Maria", "Sari", "Femmy"],
        ["Johannes", "Agus", "Bram", "Frans", "Ricky"],
        ["Latuheru", "Pattiasina", "Siahaya", "Tahapary", "Sahetapy", "Wattimena", "Soplantila"]),
    "in": (
        ["Priya", "Ananya", "Sunita", "Deepa", "Kavya", "Meera"],
        ["Rahul", "Arjun", "Vikram", "Sandeep", "Rohan", "Karthik"],
        ["Sharma", "Patel", "Reddy", "Iyer", "Gupta", "Nair", "Singh"]),
    "br": (
        ["Mariana", "Luana", "Fernanda", "Camila", "Beatriz"],
        ["João", "Thiago", "Rafael", "Lucas", "Gustavo"],
        ["da Silva", "dos Santos", "Oliveira", "Pereira", "Souza", "Gonçalves"]),
}

# weights per origin (NL-heavy but broad)
ORIGIN_WEIGHTS = {
    "nl": 22, "fy": 6, "sr": 6, "aw": 4, "ma": 9, "tr": 7, "ku": 3, "pl": 4, "bg": 3, "ro": 3,
    "sy": 4, "er": 3, "so": 3, "af": 3, "ua": 4, "gh": 3, "cn": 2, "vn": 2, "id": 3, "in": 3,
    "br": 2,
}

NICKS = {"F": ["Fatoe", "Kiki", "Saar", "Mimi", "Dewi", "Nono", "Lieke", "Roos", "Toos", "Bep",
                "Nina", "Jo", "Kay", "Yass", "Jessy", "Sanna", "Lot"],
         "M": ["Mo", "Henkie", "Sjaak", "Appie", "Jopie", "Bennie", "Ziggy", "Tijn", "Rick",
                "Sammy", "Jo", "Kay", "Yass", "Bertje", "Sem", "Dré", "Momo"]}
NICKNAMES = sorted(set(NICKS["F"] + NICKS["M"]))

TUSSEN = ("van der ", "van den ", "van de ", "van 't ", "in 't ", "op den ", "ter ", "ten ",
          "van ", "de ", "'t ", "da ", "dos ", "el ", "al ", "ait ", "ben ")


def _cap_tussen(sur):
    """mevrouw De Vries / meneer Van der Berg (Dutch rule without first name)."""
    if sur[:1].islower():
        return sur[0].upper() + sur[1:]
    return sur


def make_person(rng, gender=None):
    origin = rng.choices(list(ORIGIN_WEIGHTS), weights=list(ORIGIN_WEIGHTS.values()))[0]
    fem, mal, surs = ORIGINS[origin]
    if gender is None:
        gender = rng.choice("FM")
    first = rng.choice(fem if gender == "F" else mal)
    sur = rng.choice(surs)
    if origin == "nl" and rng.random() < 0.08:
        sur = sur + "-" + rng.choice(ORIGINS["nl"][2])
    return {"origin": origin, "gender": gender, "first": first, "sur": sur}


def initials(rng, p):
    parts = p["first"].replace("-", " ").split()
    ini = "".join(x[0].upper() + "." for x in parts)
    if len(ini) == 2 and rng.random() < 0.45:
        ini += rng.choice("ACEGHJMPW") + "."
    if rng.random() < 0.12:
        ini = ini.replace(".", "")
    return ini


def person_form(rng, p, form):
    f, s = p["first"], p["sur"]
    if form == "NAME":
        r = rng.random()
        if r < 0.78:
            return f + " " + s
        return initials(rng, p) + " " + s
    if form == "NAMEL":
        return (f + " " + s).lower()
    if form == "FIRST":
        return f
    if form == "FIRSTL":
        return f.lower()
    if form == "SUR":
        return _cap_tussen(s) if rng.random() < 0.6 else s
    if form == "INIT":
        return initials(rng, p) + " " + s
    if form == "NICK":
        if "nick" not in p:
            p["nick"] = rng.choice(NICKS[p["gender"]])
        return p["nick"]
    raise KeyError(form)


# ---------------------------------------------------------------- addresses
STREETS = {
    "Rotterdam": ["Zwart Janstraat", "Beukelsdijk", "Nobelstraat", "Groene Hilledijk", "Putsebocht",
                  "Wolphaertsbocht", "Dordtsestraatweg", "Mathenesserlaan", "Pieter de Hoochweg",
                  "Willem Buytewechstraat", "Burgemeester van Walsumweg", "Jan Evertsenplaats",
                  "Vierambachtsstraat", "Tweebosstraat", "Schiedamseweg", "Gerrit Jan Mulderstraat",
                  "Slinge", "Zuidplein", "Pleinweg", "Hillevliet", "Oleanderstraat",
                  "Bree", "Walenburgerweg", "Zaagmolenkade", "Catharina Beersmansstraat"],
    "Vlaardingen": ["Van Hogendorplaan", "Westlandseweg", "Billitonlaan", "Hoflaan",
                    "Schiedamseweg", "Marathonweg", "Floris de Vijfdelaan", "Prof. Teldersstraat",
                    "Parkweg", "Van Baerlestraat"],
    "Schiedam": ["Broersvest", "Nieuwe Damlaan", "Gerrit Verboonstraat", "Lange Haven",
                 "Jan van Arkelweg", "Burgemeester Knappertlaan", "Mgr. Nolenslaan",
                 "Rubensplein", "Groenelaan"],
    "Den Haag": ["Hobbemastraat", "Paul Krugerlaan", "Vaillantlaan", "Loosduinseweg",
                 "Zuiderparklaan", "Prinsegracht", "De la Reyweg", "Hoefkade", "Jan Blankenstraat",
                 "Rijswijkseweg", "Mient"],
    "Amsterdam": ["Javastraat", "Dapperstraat", "Bos en Lommerweg", "Burgemeester De Vlugtlaan",
                  "Osdorpplein", "Bijlmerdreef", "Kraaiennest", "Jan Evertsenstraat",
                  "Van Woustraat", "Eerste Oosterparkstraat", "Meer en Vaart", "Tussen Meer"],
    "Groningen": ["Oosterstraat", "Paterswoldseweg", "Korreweg", "Vinkenstraat",
                  "Lodewijkstraat", "Van Starkenborghstraat", "Siersteenlaan", "Peizerweg"],
    "Leeuwarden": ["Tsjerkebuorren", "Haadwei", "Skoalstrjitte", "Tsjerkestrjitte",
                   "Foarstrjitte", "Mounewei", "Buorren", "Dyk", "Wjukken", "Aldlânsdyk",
                   "Brédyk", "Greidpôle"],
}
FRISIAN_PLACES = ["Grou", "Drachten", "Sneek", "Joure", "Dokkum", "Heerenveen", "Franeker", "Wommels"]
ALL_CITIES = list(STREETS) + ["Maassluis", "Capelle aan den IJssel", "Spijkenisse", "Zoetermeer",
                               "Delft", "Utrecht", "Zwolle", "Emmen"] + FRISIAN_PLACES

WIJKEN = ["Delfshaven", "Feijenoord", "Bloemhof", "Hillesluis", "Tarwewijk", "Charlois",
          "Oud-Mathenesse", "het Oude Noorden", "Spangen", "Crooswijk", "Ommoord", "IJsselmonde",
          "Westwijk", "Holy", "de Babberspolder", "Groenoord", "Nieuwland", "Schilderswijk",
          "Transvaal", "Moerwijk", "Laakkwartier", "Bijlmer", "Nieuw-West", "Osdorp",
          "de Indische Buurt", "Selwerd", "Vinkhuizen", "de Korrewegwijk", "Beijum", "Heechterp",
          "Schieringen", "Bilgaard", "Lombardijen", "Pendrecht", "Zuidwijk"]

ADDITIONS = ["b", "a", "B", "-B", "-2", " 3-hoog", " bis", "-II", " A02", "a-01", " 2hg", "-huis",
             " bg", "-III", "c", " 1e etage", "-4"]


def make_street(rng, city=None, bare=False):
    """bare=True: a street used without number after 'de' (no -plein/-plaats names)."""
    if city is None:
        city = rng.choice(list(STREETS))
    pool = STREETS[city]
    if bare:
        pool = [s for s in pool if not s.endswith(("plein", "plaats", "nest", "Mient"))]
    return rng.choice(pool), city


def make_address(rng, city=None, lower=False, frisian=False):
    if frisian:
        city = "Leeuwarden"
    street, city = make_street(rng, city)
    num = str(rng.choice([rng.randint(1, 40), rng.randint(1, 250), rng.randint(1, 12)]))
    if rng.random() < 0.45:
        num += ADDITIONS[_cyc("addition", len(ADDITIONS))]
    s = street + " " + num
    if lower:
        s = s.lower()
    return s, city


def make_postcode(rng):
    d = rng.randint(1011, 9999)
    letters = "ABCDEGHJKLMNPRSTVWXZ"
    l = rng.choice(letters) + rng.choice(letters)
    st = ["spaced", "plain", "spaced", "lower spaced", "plain", "spaced", "lower plain"][_cyc("pc", 7)]
    return {"spaced": f"{d} {l}", "plain": f"{d}{l}", "lower spaced": f"{d} {l.lower()}",
            "lower plain": f"{d}{l.lower()}"}[st]


# ---------------------------------------------------------------- BSN
def bsn_ok(digits):
    if len(digits) != 9 or not digits.isdigit() or set(digits) == {"0"}:
        return False
    w = [9, 8, 7, 6, 5, 4, 3, 2, -1]
    return sum(int(c) * k for c, k in zip(digits, w)) % 11 == 0


def make_bsn_digits(rng):
    while True:
        first = "0" if rng.random() < 0.06 else str(rng.randint(1, 7))
        d = first + "".join(str(rng.randint(0, 9)) for _ in range(8))
        if bsn_ok(d):
            return d


def make_bsn(rng):
    d = make_bsn_digits(rng)
    styles = ["plain", "4.2.3", "3 3 3", "plain", "2.2.2.3", "3-2-4", "plain", "3.3.3", "4 2 3"]
    style = styles[_cyc("bsn", len(styles))]
    if style == "plain":
        return d
    if style == "4.2.3":
        return f"{d[:4]}.{d[4:6]}.{d[6:]}"
    if style == "3 3 3":
        return f"{d[:3]} {d[3:6]} {d[6:]}"
    if style == "2.2.2.3":
        return f"{d[:2]}.{d[2:4]}.{d[4:6]}.{d[6:]}"
    if style == "3-2-4":
        return f"{d[:3]}-{d[3:5]}-{d[5:]}"
    if style == "3.3.3":
        return f"{d[:3]}.{d[3:6]}.{d[6:]}"
    return f"{d[:4]} {d[4:6]} {d[6:]}"


# ---------------------------------------------------------------- phones
def _dg(rng, n):
    return "".join(str(rng.randint(0, 9)) for _ in range(n))


def make_mobile(rng):
    n = str(rng.randint(1, 6)) + _dg(rng, 7)  # 06-[1-6]xxxxxxx
    f = _cyc("mobile", 12)
    return [
        f"06-{n}", f"06 {n}", f"06 {n[:4]} {n[4:]}", f"06-{n[:2]} {n[2:4]} {n[4:6]} {n[6:]}",
        f"06{n}", f"+31 6 {n}", f"+31{6}{n}", f"+31 (0)6-{n}", f"0031 6 {n}",
        f"+31 6 {n[:4]} {n[4:]}", f"06 - {n[:3]} {n[3:6]} {n[6:]}", f"06–{n}",
    ][f]


LANDLINE_AREAS = ["010", "010", "010", "020", "070", "050", "0513", "058", "0515", "015", "030",
                  "0181", "0566", "0512", "0591"]


def make_landline(rng):
    a = rng.choice(LANDLINE_AREAS)
    n = str(rng.randint(2, 8)) + _dg(rng, 9 - len(a))  # total 10 digits
    f = _cyc("landline", 8)
    if f == 0:
        return f"{a}-{n}"
    if f == 1:
        return f"{a} {n[:3]} {n[3:]}" if len(n) == 7 else f"{a} {n}"
    if f == 2:
        return f"({a}) {n[:3]} {n[3:5]} {n[5:]}" if len(n) == 7 else f"({a}) {n[:2]} {n[2:4]} {n[4:]}"
    if f == 3:
        return f"{a}{n}"
    if f == 4:
        return f"+31 {a[1:]} {n}"
    if f == 5:
        return f"+31 (0){a[1:]}-{n}"
    if f == 6:
        return f"({a}) {n[:3]} {n[3:]}" if len(n) == 7 else f"({a}) {n}"
    return f"{a} - {n}"


PHONE_CC = {"BE": [0, 1, 17], "DE": [2, 3], "MA": [4, 5], "TR": [6, 7], "PL": [8], "SR": [9],
            "CW": [10], "GB": [11, 12], "BG": [13], "RO": [14], "UA": [15], "SY": [16]}


def make_foreign_phone(rng, cc=None):
    c = rng.choice(PHONE_CC[cc]) if cc else _cyc("foreign", 18)
    return [
        f"+32 4{rng.randint(60, 99)} {_dg(rng, 2)} {_dg(rng, 2)} {_dg(rng, 2)}",
        f"+32 2 {_dg(rng, 3)} {_dg(rng, 2)} {_dg(rng, 2)}",
        f"+49 15{rng.randint(1, 9)} {_dg(rng, 8)}",
        f"+49 (0)30 {_dg(rng, 7)}",
        f"+212 6 {_dg(rng, 2)} {_dg(rng, 2)} {_dg(rng, 2)} {_dg(rng, 2)}",
        f"00212 6{_dg(rng, 2)} {_dg(rng, 6)}",
        f"+90 53{rng.randint(0, 9)} {_dg(rng, 3)} {_dg(rng, 2)} {_dg(rng, 2)}",
        f"0090 5{_dg(rng, 2)} {_dg(rng, 7)}",
        f"+48 {rng.randint(5, 8)}{_dg(rng, 2)} {_dg(rng, 3)} {_dg(rng, 3)}",
        f"+597 8{_dg(rng, 2)} {_dg(rng, 4)}",
        f"+599 9 {rng.randint(5, 6)}{_dg(rng, 2)} {_dg(rng, 4)}",
        f"+44 7700 {_dg(rng, 6)}",
        f"+44 20 {_dg(rng, 4)} {_dg(rng, 4)}",
        f"+359 88 {_dg(rng, 3)} {_dg(rng, 4)}",
        f"+40 7{_dg(rng, 2)} {_dg(rng, 3)} {_dg(rng, 3)}",
        f"+380 67 {_dg(rng, 3)} {_dg(rng, 4)}",
        f"+963 9{_dg(rng, 2)} {_dg(rng, 3)} {_dg(rng, 3)}",
        f"0032 4{rng.randint(60, 99)} {_dg(rng, 6)}",
    ][c]


CITY_AREA = {"Rotterdam": "010", "Vlaardingen": "010", "Schiedam": "010", "Den Haag": "070",
             "Amsterdam": "020", "Groningen": "050", "Leeuwarden": "058"}


def make_city_number(city):
    """municipal 14 + area code number, e.g. '14 010' (labelled PHONE)."""
    return "14 " + CITY_AREA.get(city, "010")


def make_hotline(rng):
    c = _cyc("hotline", 5)
    if c == 0:
        return f"0800-{_dg(rng, 4)}"
    if c == 1:
        return f"0800 {_dg(rng, 3)} {_dg(rng, 4)}"
    if c == 2:
        return f"0900-{_dg(rng, 7)}"
    if c == 3:
        return f"0900 {_dg(rng, 4)}"
    return rng.choice(["14 010", "14 010", "14 070", "14 020", "14 050", "14 058"])


# ---------------------------------------------------------------- e-mail
MAIL_DOMAINS = ["gmail.com", "hotmail.com", "outlook.com", "ziggo.nl", "kpnmail.nl", "live.nl",
                "icloud.com", "hotmail.nl", "yahoo.com", "planet.nl", "xs4all.nl", "gmx.de",
                "protonmail.com", "student.hr.nl", "hva.nl", "st.hanze.nl"]
ORG_MAILS = ["wijkteam.delfshaven@rotterdam.nl", "schuldhulp@vlaardingen.nl",
             "info@wijkteam-schiedam.nl", "vroegsignalering@rotterdam.nl", "wmo@denhaag.nl",
             "klantcontact@woonstad-rotterdam.nl", "budgetbeheer@kredietbank-rotterdam.nl",
             "post@gerechtsdeurwaarders-flanderijn.nl", "jeugd@groningen.nl",
             "sociaalwijkteam@leeuwarden.nl", "secretariaat@keukentafel-project.nl",
             "huurdersvereniging.spangen@gmail.com", "loket@juridischloket-zh.nl",
             "aanmelden@schuldhulpmaatje-maassluis.nl", "incasso@waterweg-wonen.nl",
             "bezwaar@svb-regio.nl", "team.noord@buurtwerk-amsterdam.nl", "vragen@geldfit-zh.nl"]


def _ascii(s):
    table = str.maketrans("ıİşŞçÇğĞöÖüÜéèëêïíóáãâàõôçñłŁąęśćźżńŚŻäåøæễạơưọếầțȚșȘăÂîÎêḥ",
                          "iIsScCgGoOuUeeeeiioaaaaoocnlLaesczznSZaaoaeaoooeatTsSaAiIeh")
    s = s.translate(table)
    return "".join(c for c in s if c.isascii())


WORK_DOMAINS = ["rotterdam.nl", "vlaardingen.nl", "schiedam.nl", "denhaag.nl", "amsterdam.nl",
                "groningen.nl", "leeuwarden.nl", "wijkteamsvlaardingen.nl", "buurtwerk-noord.nl",
                "kredietbank-rotterdam.nl", "hr.nl", "minszw.nl", "advocatenkantoor-demaas.nl",
                "obs-deregenboog.nl", "jeugdteam-schiedam.nl"]


def make_work_email(rng, p):
    f = _ascii(p["first"]).lower().replace(" ", "").replace("-", "")
    s = _ascii(p["sur"]).lower().replace(" ", "").replace("'", "").replace("-", "")
    local = rng.choice([f"{f[0]}.{s}", f"{f}.{s}", f"{f[0]}{s}", f"{s}.{f[0]}"])
    return f"{local}@{rng.choice(WORK_DOMAINS)}"


def make_email(rng, p=None):
    if p is None and rng.random() < 0.25:
        return rng.choice(ORG_MAILS)
    if p is None:
        p = make_person(rng)
    f = _ascii(p["first"]).lower().replace(" ", "").replace("-", "")
    s = _ascii(p["sur"]).lower().replace(" ", "").replace("'", "").replace("-", "")
    year = str(rng.randint(60, 99)) if rng.random() < 0.5 else str(rng.randint(1960, 2006))
    local = rng.choice([
        f"{f}.{s}", f"{f[0]}.{s}", f"{f}{s}", f"{f}_{s[:4]}{year[-2:]}", f"{f}{year}",
        f"{s}.{f[0]}", f"{f[0]}{s}{rng.randint(1, 99)}", f"{f}.{s}+post", f"{f}-{s}",
        f"mama.{f}", f"{f}.{s[:1]}",
    ])
    dom = rng.choice(MAIL_DOMAINS)
    e = f"{local}@{dom}"
    if rng.random() < 0.1:
        e = e[0].upper() + e[1:]
    return e


# ---------------------------------------------------------------- IBAN
def _iban_numeric(s):
    return int("".join(str(int(c, 36)) for c in s))


def iban_ok(s):
    s = s.replace(" ", "").upper()
    if len(s) < 15 or not s[:2].isalpha() or not s[2:4].isdigit():
        return False
    if not s.isalnum():
        return False
    return _iban_numeric(s[4:] + s[:4]) % 97 == 1


def _iban_from_bban(cc, bban):
    chk = 98 - _iban_numeric(bban + cc + "00") % 97
    return f"{cc}{chk:02d}{bban}"


NL_BANKS = ["INGB", "RABO", "ABNA", "SNSB", "ASNB", "TRIO", "KNAB", "BUNQ", "RBRB", "INGB",
            "RABO", "ABNA"]


def make_iban_nl(rng):
    return _iban_from_bban("NL", rng.choice(NL_BANKS) + "0" + _dg(rng, 9))


def make_iban_foreign(rng, cc=None):
    cc = cc or rng.choice(["BE", "DE", "PL", "TR", "GB", "BG", "RO", "FR", "ES", "BE", "DE"])
    if cc == "BE":
        b = _dg(rng, 3) + _dg(rng, 7)
        nc = int(b) % 97 or 97
        bban = b + f"{nc:02d}"
    elif cc == "DE":
        bban = _dg(rng, 8) + _dg(rng, 10)
    elif cc == "PL":
        bban = _dg(rng, 24)
    elif cc == "TR":
        bban = _dg(rng, 5) + "0" + _dg(rng, 16)
    elif cc == "GB":
        bban = rng.choice(["NWBK", "BARC", "HBUK", "LOYD", "MIDL"]) + _dg(rng, 6) + _dg(rng, 8)
    elif cc == "BG":
        bban = rng.choice(["BNBG", "UNCR", "STSA", "FINV"]) + _dg(rng, 4) + _dg(rng, 2) + _dg(rng, 8)
    elif cc == "RO":
        bban = rng.choice(["BTRL", "RNCB", "BRDE", "INGB"]) + _dg(rng, 16)
    elif cc == "FR":
        bban = _dg(rng, 23)
    else:  # ES
        bban = _dg(rng, 20)
    return _iban_from_bban(cc, bban)


def format_iban(rng, raw):
    grouped = " ".join(raw[i:i + 4] for i in range(0, len(raw), 4))
    st = ["grouped", "raw", "grouped", "lower", "raw", "grouped", "grouped lower", "grouped"][_cyc("iban", 8)]
    return {"grouped": grouped, "raw": raw, "lower": raw.lower(), "grouped lower": grouped.lower()}[st]


# ---------------------------------------------------------------- dates
MONTHS = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
          "september", "oktober", "november", "december"]
MONTHS_ABBR = ["jan.", "feb.", "mrt.", "apr.", "mei", "jun.", "jul.", "aug.", "sep.", "okt.",
               "nov.", "dec."]
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]
WEEKDAYS = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]


def format_date(rng, y, m, d, styles=None, cyc=None):
    styles = styles or ["dd-mm-yyyy", "d-m-yyyy", "dd/mm/yy", "d/m/yy", "dd.mm.yyyy",
                        "d month yyyy", "d mon yyyy", "yyyy-mm-dd", "d-m-yy", "dd/mm/yyyy",
                        "d month yyyy", "dd-mm-yyyy", "d mon. yyyy", "en"]
    st = styles[_cyc(cyc, len(styles))] if cyc else rng.choice(styles)
    yy = f"{y % 100:02d}"
    return {
        "dd-mm-yyyy": f"{d:02d}-{m:02d}-{y}",
        "d-m-yyyy": f"{d}-{m}-{y}",
        "dd/mm/yy": f"{d:02d}/{m:02d}/{yy}",
        "d/m/yy": f"{d}/{m}/{yy}",
        "dd.mm.yyyy": f"{d:02d}.{m:02d}.{y}",
        "d month yyyy": f"{d} {MONTHS[m - 1]} {y}",
        "d mon yyyy": f"{d} {MONTHS_ABBR[m - 1].rstrip('.')} {y}",
        "d mon. yyyy": f"{d} {MONTHS_ABBR[m - 1]} {y}",
        "yyyy-mm-dd": f"{y}-{m:02d}-{d:02d}",
        "d-m-yy": f"{d}-{m}-{yy}",
        "dd/mm/yyyy": f"{d:02d}/{m:02d}/{y}",
        "en": f"{d} {MONTHS_EN[m - 1]} {y}",
    }[st]


DOB_YEARS = {None: (1938, 2006), "K": (2008, 2024), "O": (1946, 1950), "S": (1965, 1966),
             "A": (1959, 1959), "Y": (1999, 2006), "E": (2008, 2008), "T": (2013, 2014),
             "N": (2025, 2026), "P": (1978, 1995)}


def make_dob(rng, child=False, group=None):
    if child:
        group = "K"
    y = rng.randint(*DOB_YEARS[group])
    m = rng.randint(1, 12)
    d = rng.randint(1, 28)
    return format_date(rng, y, m, d, cyc="dob")


def make_other_date(rng, short=False, en=False):
    y = rng.choice([2024, 2025, 2025, 2026, 2026, 2026])
    m = rng.randint(1, 12)
    d = rng.randint(1, 28)
    if short:
        return rng.choice([f"{d}/{m}", f"{d}-{m}", f"{d} {MONTHS[m - 1]}", f"{d} {MONTHS_ABBR[m - 1]}"])
    if en:
        return rng.choice([f"{d} {MONTHS_EN[m - 1]} {y}", f"{MONTHS_EN[m - 1]} {d}, {y}",
                           f"{d:02d}/{m:02d}/{y}"])
    return format_date(rng, y, m, d)


# ---------------------------------------------------------------- case numbers
def make_case(rng):
    c = _cyc("case", 14)
    y = rng.choice([2024, 2025, 2026])
    if c == 0:
        return f"WMO-{y}-{_dg(rng, 5)}"
    if c == 1:
        return f"{y}/{_dg(rng, 5)}"
    if c == 2:
        return f"Z-{y % 100}-{_dg(rng, 6)}"
    if c == 3:
        return f"JW-{y}-{_dg(rng, 4)}"
    if c == 4:
        return f"SHV/{y}/{_dg(rng, 4)}"
    if c == 5:
        return f"D-{y}-{_dg(rng, 6)}"
    if c == 6:
        return f"BBZ{y % 100}-{_dg(rng, 5)}"
    if c == 7:
        return f"wmo-{y}-{_dg(rng, 5)}"
    if c == 8:
        return f"GDW/{y % 100}/{_dg(rng, 5)}"
    if c == 9:
        return f"Z/{y}/{_dg(rng, 6)}"
    if c == 10:
        return f"PW-{_dg(rng, 7)}"
    if c == 11:
        return f"{rng.choice(['VS', 'SR', 'WT'])}{y % 100}.{_dg(rng, 4)}"
    if c == 12:
        return f"{y}-{_dg(rng, 7)}"
    return f"HC-{y - rng.randint(0, 8)}-{_dg(rng, 6)}"


def make_klant(rng):
    c = _cyc("klant", 7)
    if c == 0:
        return _dg(rng, 7)
    if c == 1:
        return str(rng.randint(1, 9)) + _dg(rng, 9)
    if c == 2:
        return "K" + _dg(rng, 7)
    if c == 3:
        return f"RN-{_dg(rng, 7)}"
    if c == 4:
        return _dg(rng, 8)
    if c == 5:
        return f"{_dg(rng, 4)}-{_dg(rng, 4)}"
    return f"{_dg(rng, 3)}.{_dg(rng, 3)}.{_dg(rng, 2)}"


def make_kenmerk16(rng):
    d = str(rng.randint(1, 9)) + _dg(rng, 15)
    r = rng.random()
    if r < 0.55:
        return " ".join(d[i:i + 4] for i in range(0, 16, 4))
    if r < 0.85:
        return d
    return "-".join(d[i:i + 4] for i in range(0, 16, 4))


COURTS = ["10", "10", "10", "09", "13", "18", "17", "16"]


def make_court(rng, kind=None):
    y = rng.choice([24, 25, 26])
    kinds = ["C", "KG", "CV", "AWB", "ROT", "HAZA", "WSNP", "CVX", "SGR"]
    kind = kind or kinds[_cyc("court", len(kinds))]
    if kind == "C":
        return f"C/{rng.choice(COURTS)}/{rng.randint(600000, 719999)}"
    if kind == "KG":
        return f"KG ZA {y}-{rng.randint(100, 1999)}"
    if kind == "CV":
        return f"CV EXPL {y}-{rng.randint(1000, 29999)}"
    if kind == "CVX":
        return f"{rng.randint(10000000, 11999999)} CV EXPL {y}-{rng.randint(1000, 29999)}"
    if kind == "AWB":
        return f"AWB {y}/{rng.randint(1000, 19999)}"
    if kind == "ROT":
        return f"ROT {y}/{rng.randint(100, 9999)}"
    if kind == "SGR":
        return f"SGR {y}/{rng.randint(100, 9999)}"
    if kind == "HAZA":
        return f"HA ZA {y}-{rng.randint(100, 1999):04d}"
    return f"C/{rng.choice(COURTS)}/{y}/{rng.randint(100, 999)} R"


# ---------------------------------------------------------------- licence plates
PLATE_LETTERS = "BDFGHJKLNPRSTVXZ"


def make_plate(rng):
    L = lambda n: "".join(rng.choice(PLATE_LETTERS) for _ in range(n))
    D = lambda n: str(rng.randint(1, 9)) + _dg(rng, n - 1)
    side = _cyc("sidecode", 14) + 1
    parts = {
        1: (L(2), D(2), D(2)), 2: (D(2), D(2), L(2)), 3: (D(2), L(2), D(2)),
        4: (L(2), D(2), L(2)), 5: (L(2), L(2), D(2)), 6: (D(2), L(2), L(2)),
        7: (D(2), L(3), D(1)), 8: (D(1), L(3), D(2)), 9: (L(2), D(3), L(1)),
        10: (L(1), D(3), L(2)), 11: (L(3), D(2), L(1)), 12: (L(1), D(2), L(3)),
        13: (D(1), L(2), D(3)), 14: (D(3), L(2), D(1)),
    }[side]
    st = ["dashed", "plain", "dashed", "lower", "spaced"][_cyc("plate", 5)]
    return {"dashed": "-".join(parts), "plain": "".join(parts), "lower": "-".join(parts).lower(),
            "spaced": " ".join(parts)}[st]


# ---------------------------------------------------------------- non-PII fillers (traps)
# organisations by role; several are named after people (traps: never labelled)
ORG_CATS = {
    "CORP": ["Woonstad Rotterdam", "Havensteder", "Waterweg Wonen", "Haag Wonen", "Staedion",
             "Ymere", "Eigen Haard", "Lefier", "Elkien", "Woonbron", "Wooncompas", "Stadgenoot",
             "De Alliantie", "Patrimonium", "Rochdale", "Vestia", "Woonzorg Nederland"],
    "CRED": ["Eneco", "Vattenfall", "Evides", "Dunea", "Waternet", "Zilveren Kruis", "VGZ", "Menzis",
             "CZ", "het CJIB", "DUO", "Belastingdienst/Toeslagen", "Intrum", "Vesting Finance",
             "Klarna", "Wehkamp", "KPN", "Odido", "Essent", "Budget Energie", "Lowell", "de SVB",
             "het UWV", "Flanderijn gerechtsdeurwaarders", "Riverty", "Achmea"],
    "ENERGY": ["Eneco", "Vattenfall", "Essent", "Budget Energie", "Greenchoice", "Vandebron", "Oxxio",
               "Pure Energie"],
    "CARE": ["het Jeroen Bosch Ziekenhuis", "het Maasstad Ziekenhuis", "het Franciscus Gasthuis",
             "het Ikazia", "het Erasmus MC", "het Sophia Kinderziekenhuis", "het Antoni van Leeuwenhoek",
             "het Prinses Máxima Centrum", "het Juliana Kinderziekenhuis", "het Martini Ziekenhuis",
             "Bouman GGZ", "Parnassia", "Pameijer", "Antes", "Kwintes", "Careyn", "Laurens",
             "Jan Arentsz", "het Thomashuis"],
    "HELP": ["Stichting Humanitas", "de Voedselbank", "de Kredietbank Rotterdam", "SchuldHulpMaatje",
             "het Juridisch Loket", "VluchtelingenWerk", "het Leger des Heils", "Hofstra Bewindvoering",
             "Stichting Anton de Kom", "Buurtwerk Noord", "MEE", "de sociaal raadslieden", "Geldfit",
             "Kwadraad", "Stichting Urgente Noden", "het Ronald McDonald Huis", "Dock",
             "het Wijkteam", "Stichting Mr. Visser Fonds", "de Vraagwijzer"],
    "WORK": ["Albert Heijn", "Dirk van den Broek", "Lidl", "de Jumbo", "Kruidvat", "Action", "de Hema",
             "PostNL", "Hago", "Randstad", "Tempo-Team", "de RET", "het Havenbedrijf", "Picnic",
             "Van der Valk", "Thuisbezorgd", "Flink", "een schoonmaakbedrijf", "Bakkerij Bart"],
    "BEWIND": ["Hofstra Bewindvoering", "Van Dijk Bewindvoering", "Beschermingsbewind Maas & Rijn",
               "Bewindvoerderskantoor Noord", "De Budgetmeesters", "Mentorschap & Bewind Zuid"],
    "DEURW": ["Flanderijn gerechtsdeurwaarders", "GGN", "Van Arkel gerechtsdeurwaarders",
              "De Boer & Jansen gerechtsdeurwaarders", "Klijn & Partners", "Incassade"],
    "LAW": ["Mr. Hofstra & Partners advocaten", "Sociaal Advocaten Rotterdam", "Van Leeuwen Advocaten",
            "Advocatenkantoor De Maas", "Kraaijeveld & Kok advocaten"],
    "SCHOOL": ["Hogeschool Rotterdam", "Hogeschool van Amsterdam", "Hanzehogeschool",
               "Haagse Hogeschool", "NHL Stenden", "Hogeschool Inholland", "Erasmus Universiteit"],
}
TIMES = ["10.30 uur", "9:15", "14.00", "half 11", "kwart over 3", "13:45", "19.30 uur", "8.45",
         "16:00", "11 uur", "10u", "15.15", "09:00", "half 2", "12.00 uur"]


def _fmt_amount(rng, v):
    euros = int(v)
    cents = int(round((v - euros) * 100))
    e = f"{euros:,}".replace(",", ".")
    st = rng.randint(0, 7)
    if st == 0:
        return f"€ {e},{cents:02d}"
    if st == 1:
        return f"€{e},{cents:02d}"
    if st == 2:
        return f"EUR {e},{cents:02d}"
    if st == 3:
        return f"€ {e},-"
    if st == 4:
        return f"{euros} euro"
    if st == 5:
        return f"€ {e}"
    if st == 6:
        return f"€{euros}"
    return f"{e},{cents:02d} euro"


def make_amount(rng, size="M"):
    lo, hi = {"S": (4, 150), "M": (40, 2500), "L": (2000, 45000)}[size]
    v = rng.uniform(lo, hi)
    if rng.random() < 0.4:
        v = round(v)
    return _fmt_amount(rng, round(v, 2))


TIMES_EN = ["10:30", "2 pm", "9.15 am", "11 am", "3:45 pm", "noon"]
WEEKDAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def make_time(rng, en=False):
    return rng.choice(TIMES_EN if en else TIMES)
