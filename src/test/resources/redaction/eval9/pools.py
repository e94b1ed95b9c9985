# -*- coding: utf-8 -*-
"""Fictional value pools for eval9 (hand-written for this set).

All person names are combinations of common given names and surnames; the
combinations are drawn at random and do not refer to real people.  Streets,
numbers, phone numbers, IBANs, BSNs, case numbers and plates are generated.
"""

# ---------------------------------------------------------------- persons
# origin -> (weight, male first names, female first names, surnames[, female surnames])
ORIGINS = {
    "nl": (30,
           ["Jan", "Pieter", "Kees", "Henk", "Gerrit", "Willem", "Johan", "Bart", "Daan", "Sem",
            "Thijs", "Ruud", "Marco", "Erik", "Dennis", "Jeroen", "Sander", "Bas", "Joost", "Wouter",
            "Rob", "Frank", "Hans", "Theo", "Cor", "Ton", "Rinus", "Martijn", "Niels", "Stijn",
            "Jesse", "Milan", "Finn", "Levi", "Bram", "Gijs", "Teun", "Joep", "Luuk", "Hendrik",
            "Arie", "Dirk-Jan", "Jan-Willem", "Harm", "Wim", "Koen", "Ruben", "Mats", "Jurre", "Geert"],
           ["Anna", "Emma", "Sanne", "Lotte", "Fleur", "Femke", "Marieke", "Ingrid", "Petra", "Monique",
            "Linda", "Marjolein", "Wilma", "Ria", "Joke", "Truus", "Annelies", "Esther", "Miriam", "Karin",
            "Yvonne", "Sandra", "Chantal", "Anouk", "Sophie", "Julia", "Tess", "Noor", "Saar", "Evi",
            "Lieke", "Jolanda", "Gerda", "Henny", "Riet", "Tineke", "Anne-Marie", "Marie-José", "Jacqueline", "Bianca",
            "Mirjam", "Inge", "Naomi", "Demi", "Britt", "Isa", "Floor", "Ilse", "Hanneke", "Els"],
           ["de Vries", "van den Berg", "van der Meer", "de Jong", "Jansen", "Bakker", "Visser", "Smit", "Meijer", "de Boer",
            "Mulder", "de Groot", "Bos", "Vos", "Peters", "Hendriks", "van Leeuwen", "Dekker", "Brouwer", "de Wit",
            "de Graaf", "van der Linden", "Kok", "Jacobs", "de Haan", "Vermeulen", "van den Heuvel", "van der Veen", "van den Broek", "de Bruijn",
            "van der Heijden", "Schouten", "van Beek", "Willems", "van Vliet", "van de Ven", "Maas", "Verhoeven", "Koster", "van Dam",
            "Prins", "Blom", "Huisman", "de Lange", "van 't Hof", "in 't Veld", "ter Horst", "van Dijk", "Janssen", "Coenen",
            "Hermans", "Lemmens", "Creemers", "Claessens", "Vossen", "van Gils", "Verhagen", "Smeets", "Bemelmans", "Kuijpers",
            "Timmermans", "van Rijn", "Steenbergen", "Roelofs", "Oosterhuis", "Scholten", "Wolters", "Nijland", "Bruggink", "Lammers",
            "van Wijk", "Groeneveld", "de Ruiter", "van Os", "Verbeek", "Hoogendoorn", "Kramer", "Molenaar", "van Es", "Bouwman"]),
    "fy": (5,
           ["Sjoerd", "Jelle", "Auke", "Sybren", "Douwe", "Hylke", "Wytse", "Tjeerd", "Jouke", "Bauke", "Klaas", "Rients", "Durk", "Age"],
           ["Wytske", "Hiltje", "Baukje", "Tjitske", "Froukje", "Sjoukje", "Aukje", "Geeske", "Janke", "Ytsje", "Fokje", "Antsje"],
           ["Hoekstra", "Dijkstra", "Postma", "Zijlstra", "Sikkema", "Bergsma", "Wijnja", "Terpstra", "Hettinga", "Bosma",
            "Boersma", "van der Wal", "Faber", "Talsma", "Veenstra", "Yntema", "Kingma", "Tolsma", "de Haan", "Atsma"]),
    "sr_hi": (3,
              ["Ravi", "Radjesh", "Anil", "Sunil", "Vishnu", "Dinesh", "Ramesh", "Kishan", "Navin"],
              ["Sunita", "Anjali", "Shanti", "Reshma", "Kavita", "Sharda", "Indira", "Roshni", "Asha"],
              ["Ramdin", "Jagesar", "Mahabier", "Ramsaroep", "Bhagwandin", "Sewdien", "Ramlal", "Kalloe", "Baldewsingh", "Soekhai", "Autar", "Gangaram Panday"]),
    "sr_cr": (3,
              ["Marvin", "Romano", "Glenn", "Errol", "Ricardo", "Ulrich", "Clyde", "Humphrey", "Romeo", "Dino"],
              ["Rowena", "Ruth", "Gracia", "Denise", "Juanita", "Shirley", "Ruthmila", "Chenaya", "Naïsha", "Gwendolyn"],
              ["Pinas", "Zeegelaar", "Vlijter", "Doelwijt", "Sabajo", "Monsels", "Wijngaarde", "Landveld", "Fernandes", "Amatsaleh",
               "Kasanpawiro", "Kromodikoro", "Soerodimedjo", "Karijopawiro", "Eersel", "Tjon-A-Fong"]),
    "an": (3,
           ["Jurgen", "Shurendy", "Giovanni", "Rudsel", "Jean-Marc", "Ruthsel", "Jeffrey", "Kenrick"],
           ["Naomy", "Shaquira", "Yudelka", "Mayra", "Rosalinda", "Jeanine", "Sherida", "Gisella"],
           ["Martina", "Isenia", "Rosaria", "Maduro", "Pietersz", "Girigorie", "Koeiman", "Croes", "Tromp", "Wever", "Römer", "Sulvaran"]),
    "ma": (8,
           ["Mohamed", "Youssef", "Nordin", "Soufiane", "Karim", "Mustafa", "Hamza", "Bilal", "Anouar", "Said", "Rachid", "Ayoub", "Ilias", "Yassine"],
           ["Fatima", "Khadija", "Imane", "Najat", "Samira", "Malika", "Hanane", "Salma", "Yasmina", "Nadia", "Loubna", "Ikram", "Oumaima", "Hajar"],
           ["El Amrani", "Bouzid", "Ait Taleb", "El Khatib", "Azzouzi", "Benali", "Ouahabi", "Boukhari", "El Idrissi", "Tahiri",
            "Haddouchi", "Amghar", "El Ouardi", "Ouali", "Bakkali", "Aarab", "El Morabit", "Ben Hammou", "Zaoui", "Achahbar"]),
    "tr": (7,
           ["Mehmet", "Emre", "Yusuf", "Hasan", "Ömer", "Burak", "Kemal", "Serkan", "Çağan", "Osman", "İbrahim", "Furkan"],
           ["Ayşe", "Elif", "Hatice", "Zeynep", "Emine", "Fatma", "Özlem", "Gül", "Büşra", "Sevgi", "Şükran", "Dilek"],
           ["Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Öztürk", "Aydın", "Arslan", "Doğan", "Kılıç", "Koç", "Yıldız",
            "Güneş", "Karaca", "Aksoy", "Özdemir", "Yilmaz", "Ozturk", "Cakir", "Polat"]),
    "ku": (2,
           ["Azad", "Rojhat", "Şêrko", "Dilshad", "Baran", "Welat", "Hêja"],
           ["Rojda", "Berivan", "Dilan", "Zozan", "Hêvî", "Nesrin", "Avesta"],
           ["Amedi", "Zebari", "Barwari", "Doski", "Hawrami", "Mizouri", "Goyi", "Sindî"]),
    "pl": (5,
           ["Paweł", "Łukasz", "Tomasz", "Krzysztof", "Marek", "Piotr", "Grzegorz", "Wojciech", "Jakub", "Mateusz"],
           ["Katarzyna", "Małgorzata", "Agnieszka", "Magdalena", "Joanna", "Ewa", "Dorota", "Aleksandra", "Beata", "Justyna"],
           ["Nowak", "Kowalczyk", "Wiśniewski", "Wójcik", "Kamiński", "Szymański", "Dąbrowski", "Jankowski", "Mazur", "Krawczyk", "Zając", "Lewandowski"],
           ["Nowak", "Kowalczyk", "Wiśniewska", "Wójcik", "Kamińska", "Szymańska", "Dąbrowska", "Jankowska", "Mazur", "Krawczyk", "Zając", "Lewandowska"]),
    "bg": (3,
           ["Petar", "Stoyan", "Georgi", "Dimitar", "Nikolay", "Ivaylo", "Ahmed", "Hristo"],
           ["Desislava", "Mariya", "Tsvetelina", "Elena", "Radostina", "Galya", "Gergana", "Ayshe"],
           ["Ivanov", "Dimitrov", "Petrov", "Georgiev", "Stoyanov", "Kolev", "Mehmedov", "Angelov"],
           ["Ivanova", "Dimitrova", "Petrova", "Georgieva", "Stoyanova", "Koleva", "Mehmedova", "Angelova"]),
    "ro": (2,
           ["Ionuț", "Florin", "Andrei", "Mihai", "Cătălin", "Vasile", "Gheorghe"],
           ["Andreea", "Mihaela", "Ioana", "Alina", "Roxana", "Georgiana", "Ștefania"],
           ["Popescu", "Constantin", "Dumitru", "Stan", "Ionescu", "Munteanu", "Rusu", "Lungu", "Moldovan", "Țurcanu"]),
    "sy": (5,
           ["Rami", "Ahmad", "Yazan", "Mohammad", "Khaled", "Omar", "Firas", "Tarek", "Hussam", "Majd"],
           ["Nour", "Lina", "Hiba", "Rasha", "Rana", "Dima", "Aya", "Reem", "Ghalia", "Bayan"],
           ["Al-Hassan", "Haddad", "Al-Khatib", "Alhamwi", "Darwish", "Al Ali", "Khalil", "Sabbagh", "Al-Masri", "Hamdan", "Alkurdi", "Shaaban", "Al Jasem"]),
    "er": (4,
           ["Tesfay", "Yonas", "Filmon", "Dawit", "Merhawi", "Mussie", "Habtom", "Samuel", "Robel"],
           ["Senait", "Selam", "Luwam", "Saba", "Mebrat", "Yordanos", "Helen", "Freweyni", "Semhar"],
           ["Gebremedhin", "Tesfamariam", "Haile", "Tekle", "Kidane", "Berhane", "Ghebreyesus", "Habte", "Asmerom", "Woldu", "Mehari", "Tewelde"]),
    "so": (3,
           ["Abdirahman", "Mahad", "Abdi", "Hassan", "Liban", "Mohamud", "Abdullahi"],
           ["Hodan", "Faadumo", "Sahra", "Ifrah", "Ubah", "Deqa", "Hibaaq"],
           ["Warsame", "Farah", "Cali", "Jama", "Abdullahi", "Guled", "Osman", "Nur", "Egal", "Mohamed"]),
    "af": (3,
           ["Farid", "Mohammad", "Ahmad", "Wahid", "Najib", "Jawad", "Samiullah"],
           ["Zahra", "Parwana", "Maryam", "Fariba", "Nilofar", "Shabnam", "Freshta"],
           ["Ahmadzai", "Hashimi", "Naseri", "Rahimi", "Karimi", "Sultani", "Popal", "Noori", "Haidari", "Sadat"]),
    "ua": (4,
           ["Dmytro", "Andrii", "Oleksandr", "Serhii", "Taras", "Bohdan", "Mykola", "Vitalii"],
           ["Oksana", "Olha", "Yuliia", "Iryna", "Kateryna", "Nataliia", "Svitlana", "Viktoriia"],
           ["Kovalenko", "Shevchenko", "Bondarenko", "Melnyk", "Tkachenko", "Kravchenko", "Boyko", "Savchenko", "Lysenko", "Moroz", "Hnatiuk"]),
    "gh": (2,
           ["Kwame", "Kofi", "Yaw", "Kwabena", "Kojo", "Emmanuel", "Kwaku"],
           ["Abena", "Akosua", "Ama", "Efua", "Adwoa", "Yaa", "Afia"],
           ["Mensah", "Owusu", "Boateng", "Asante", "Appiah", "Osei", "Agyeman", "Acheampong", "Ofori", "Danso"]),
    "cn": (2,
           ["Wei", "Jun", "Hao", "Ming", "Jian", "Kevin"],
           ["Min", "Xiaoling", "Mei", "Yan", "Ying", "Lihua"],
           ["Li", "Zhang", "Chen", "Wang", "Liu", "Huang", "Lin", "Chan", "Tsang", "Wong", "Lam"]),
    "vn": (2,
           ["Văn Minh", "Quang Huy", "Đức Anh", "Văn Hùng", "Minh Tuấn"],
           ["Thị Lan", "Thu Hà", "Thị Hương", "Ngọc Anh", "Thị Mai", "Thanh Hằng"],
           ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Nguyen", "Tran", "Pham"]),
    "id": (3,
           ["Johan", "Ronald", "Budi", "Agus", "Rudi", "Yopie", "Frits", "Benny"],
           ["Maureen", "Dewi", "Sri", "Putri", "Jacky", "Wulan", "Ratna", "Nelly"],
           ["Wattimena", "Latuheru", "Sahetapy", "Pattiasina", "Tuanakotta", "Lekatompessy", "Manuhutu", "Lestari", "Santoso", "Wijaya", "Setiawan", "Siregar"]),
    "in": (2,
           ["Rahul", "Vikram", "Arjun", "Karthik", "Rohan", "Sanjeev", "Aditya"],
           ["Priya", "Ananya", "Deepika", "Lakshmi", "Kavya", "Meera", "Shreya"],
           ["Sharma", "Iyer", "Reddy", "Nair", "Patel", "Gupta", "Krishnan", "Rao", "Menon", "Singh"]),
    "br": (2,
           ["João", "Thiago", "Rafael", "Gustavo", "Felipe", "Caio", "Vinícius"],
           ["Ana Luíza", "Gabriela", "Juliana", "Fernanda", "Letícia", "Camila", "Bruna"],
           ["Pereira", "Santos", "Oliveira", "Souza", "Ferreira", "Rodrigues", "Almeida", "Carvalho", "da Silva", "dos Santos", "Gonçalves"]),
    "ph": (2,
           ["Jomar", "Jerome", "Rodel", "Arnel", "Mark Anthony", "Rommel"],
           ["Maricel", "Rowena", "Ma. Cristina", "Jennylyn", "Lorna", "Marites", "Divina"],
           ["Dela Cruz", "Santos", "Bautista", "Reyes", "Garcia", "Mendoza", "Villanueva", "Macaraeg", "Dizon", "de Guzman"]),
    "np": (1,
           ["Sanjay", "Bishnu", "Pemba", "Suman", "Dipak", "Ramesh"],
           ["Anita", "Sita", "Sabina", "Puja", "Nirmala", "Kamala"],
           ["Gurung", "Tamang", "Shrestha", "Sherpa", "Thapa", "Rai", "Magar", "Karki", "Adhikari", "Bhandari"]),
    "cd": (2,
           ["Jean-Pierre", "Patrick", "Trésor", "Didier", "Papy", "Blaise", "Héritier"],
           ["Mireille", "Grâce", "Nadège", "Bénédicte", "Merveille", "Chancelle", "Divine"],
           ["Mbuyi", "Kabongo", "Tshibanda", "Ilunga", "Makiadi", "Lukusa", "Nzeza", "Mutombo", "Kalala", "Kasongo"]),
    "ir": (1,
           ["Reza", "Amir", "Behnam", "Kaveh"],
           ["Mahsa", "Shirin", "Leila", "Parisa"],
           ["Hosseini", "Moradi", "Rezaei", "Jafari", "Ahmadi"]),
}

# origins where the surname is usually written first
SURNAME_FIRST = {"cn", "vn"}

NICKNAMES = ["Mo", "Sjaak", "Jopie", "Henkie", "Appie", "Fatoe", "Koos", "Mimi", "Tonnie", "Wimpie",
             "Bertje", "Sas", "Jos", "Rikkie", "Jessy", "Yas", "Moos", "Lotje", "Soof", "Bibi",
             "Mimoun", "Sjon", "Dunya", "Kiki", "Joop", "Nelleke", "Stef", "Dries", "Wessel", "Tijn"]

# ---------------------------------------------------------------- addresses
STREETS = [
    "Kerkstraat", "Dorpsstraat", "Molenweg", "Stationsstraat", "Schoolstraat", "Julianastraat", "Beatrixlaan",
    "Wilhelminastraat", "Hoofdstraat", "Nieuwstraat", "Lindelaan", "Eikenlaan", "Berkenweg", "Populierenstraat",
    "Irisstraat", "Tulpstraat", "Rozenstraat", "Zonnebloemstraat", "Merelstraat", "Vinkenstraat", "Spreeuwenlaan",
    "Oranjestraat", "Prins Hendrikkade", "Van der Helststraat", "Koningin Emmalaan", "Graaf Florisstraat",
    "Jan Steenstraat", "Rembrandtlaan", "Vermeerstraat", "Kanaalweg", "Havenstraat", "Oudegracht", "Lange Nieuwstraat",
    "Hoogstraat", "Binnenweg", "Beneluxlaan", "Europalaan", "Industrieweg", "Pr. Bernhardlaan", "Burg. Roelenweg",
    "Dr. Schaepmanstraat", "2e Jan van der Heijdenstraat", "1e Atjehstraat", "Bijlmerdreef", "Kikkenstein",
    "Dordtselaan", "Putsebocht", "Beijerlandselaan", "Laan van Meerdervoort", "Hoefkade", "Vaillantlaan",
    "Tsjerkestrjitte", "Haadstrjitte", "Skoalstrjitte", "Mounewei", "Nijewei", "Kapelstraat", "Akerstraat",
    "Op de Bies", "Pastoor Kochstraat", "Rijksweg Zuid", "Heerlerweg", "Oosterstraat", "Zaagmuldersweg",
    "Paterswoldseweg", "Hoendiep", "Noordstraat", "Lange Delft", "Walstraat", "Stratumsedijk", "Ringbaan-Oost",
    "Ginnekenweg", "Plein 1944", "Rijksstraatweg", "Johan de Wittlaan", "Willem Barentszstraat", "Anne Frankstraat",
    "Karel Doormanstraat", "Dr. Martin Luther Kinglaan", "Nelson Mandelalaan", "Amersfoortseweg", "Deventerstraat",
    "Marktstraat", "Brink", "Esweg", "Veldweg", "Boerhaavelaan", "Cruquiusweg", "Sloterweg", "Mgr. Nolensplein",
    "Burgemeester Smeetsweg", "Sint Annastraat", "Kloosterweg", "Hofstraat", "Dijkweg", "Zeedijk", "Polderweg",
    "Van Heutszstraat", "Thorbeckelaan", "Goudsbloemvallei", "Zwanenburgwal", "Gageldonksestraat", "Lage Witsiebaan",
    "Mr. Troelstraweg", "Sportlaan", "Keizersgracht", "Achterom", "Raadhuisstraat", "Slinge", "Ommoordseweg",
    "Dreef", "Leusderweg", "Groenewoudseweg", "Tongelresestraat", "Vrijheidslaan", "Wolfskuilseweg",
]

ADDR_SUFFIX = ["", "", "", "", "", "", "a", "b", "A", "B", "-II", "-2", "-1", " bis", " hs", "-huis", " boven",
               " zw", "-3", "B02", " C", "-III", " rd", " bv"]

# ---------------------------------------------------------------- places (never labelled)
CITIES = [
    "Amsterdam", "Rotterdam", "Den Haag", "Utrecht", "Groningen", "Leeuwarden", "Zwolle", "Assen", "Emmen", "Lelystad",
    "Almere", "Arnhem", "Nijmegen", "Enschede", "Apeldoorn", "'s-Hertogenbosch", "Den Bosch", "Tilburg", "Eindhoven",
    "Breda", "Maastricht", "Heerlen", "Venlo", "Roermond", "Sittard", "Middelburg", "Vlissingen", "Goes", "Terneuzen",
    "Haarlem", "Alkmaar", "Den Helder", "Hoorn", "Zaandam", "Leiden", "Delft", "Dordrecht", "Gouda", "Zoetermeer",
    "Amersfoort", "Veenendaal", "Ede", "Deventer", "Hengelo", "Almelo", "Kampen", "Meppel", "Hoogeveen", "Drachten",
    "Sneek", "Heerenveen", "Harlingen", "Dokkum", "Winschoten", "Veendam", "Stadskanaal", "Delfzijl", "Spijkenisse",
    "Schiedam", "Vlaardingen", "Capelle aan den IJssel", "Purmerend", "Katwijk", "Oss", "Helmond", "Bergen op Zoom",
    "Roosendaal", "Weert", "Kerkrade", "Brunssum", "Tiel", "Culemborg", "Zutphen", "Doetinchem", "Winterswijk",
    "Oldenzaal", "Urk", "Dronten", "Emmeloord", "Wolvega", "Grou", "Burgum", "Ter Apel", "Nieuw-Buinen", "Exloo",
    "Dalfsen", "Ommen", "Raalte", "Haaksbergen", "Lichtenvoorde", "Groenlo", "Druten", "Wijchen", "Boxmeer", "Gemert",
    "Deurne", "Valkenswaard", "Oisterwijk", "Goirle", "Etten-Leur", "Zevenbergen", "Hulst", "Zierikzee", "Axel",
    "Yerseke", "Simpelveld", "Vaals", "Gulpen", "Meerssen", "Stein", "Echt", "Panningen", "Venray", "Gennep",
    "Nieuwegein", "IJsselstein", "Houten", "Woerden", "Zeist", "Baarn", "Soest", "Hilversum", "Huizen", "Diemen",
    "Aalsmeer", "Volendam", "Enkhuizen", "Schagen", "Den Burg", "Noordwijk", "Lisse", "Alphen aan den Rijn",
    "Waddinxveen", "Gorinchem", "Sliedrecht", "Zwijndrecht", "Ridderkerk", "Maassluis", "Middelharnis", "Nijkerk",
    "Harderwijk", "Elburg", "Epe", "Nunspeet", "Barneveld", "Wageningen", "Rhenen", "Zevenaar", "Lochem", "Eibergen",
    "Franeker", "Bolsward", "Joure", "Appingedam", "Hoogezand", "Coevorden", "Steenwijk", "Genemuiden", "Staphorst",
]

WIJKEN = ["Kanaleneiland", "Overvecht", "de Bijlmer", "Zuidoost", "Nieuw-West", "Osdorp", "Slotervaart", "Tarwewijk",
          "Feijenoord", "Bospolder", "de Schilderswijk", "Transvaal", "Moerwijk", "Presikhaaf", "Malburgen", "Hatert",
          "Lewenborg", "Selwerd", "Vinkhuizen", "Heechterp", "Bilgaard", "Holtenbroek", "de Kolenkit", "Woensel-West",
          "Doornakkers", "de Kruidenbuurt", "Stokhasselt", "Malberg", "Meezenbroek", "Crabbehof", "Poptahof",
          "Poelenburg", "Pendrecht", "Ommoord", "Hoogvliet", "Groot-IJsselmonde", "Zuilen", "de Indische Buurt",
          "Oud-Charlois", "Hillesluis", "Klarendal", "Spangen", "Het Lage Land", "Noord", "de Velve-Lindenhof"]

PROVINCES = ["Groningen", "Fryslân", "Friesland", "Drenthe", "Overijssel", "Flevoland", "Gelderland", "Utrecht",
             "Noord-Holland", "Zuid-Holland", "Zeeland", "Noord-Brabant", "Limburg"]

# ---------------------------------------------------------------- organisations (never labelled)
CORPORATIES = ["Woonstad Rotterdam", "Ymere", "Eigen Haard", "Stadgenoot", "Portaal", "Mitros", "Bo-Ex", "Woonbron",
               "Havensteder", "Lefier", "Elkien", "Wonen Limburg", "Talis", "Woonbedrijf", "Trudo", "Staedion",
               "Haag Wonen", "De Key", "Rochdale", "Acantus", "Domesta", "Woonzorg Nederland", "Accolade", "Woonpunt",
               "Vivare", "Domijn", "Wooncorporatie De Veste", "Woningstichting Het Oosten"]
ENERGY = ["Vattenfall", "Eneco", "Essent", "Greenchoice", "Budget Energie", "Vandebron", "Energiedirect"]
WATER = ["Vitens", "Evides", "Brabant Water", "Dunea", "Waternet", "WML", "Waterbedrijf Groningen"]
ZVK = ["Zilveren Kruis", "VGZ", "CZ", "Menzis", "DSW", "ONVZ", "Zorg en Zekerheid", "De Friesland"]
INSTANTIES = ["CJIB", "DUO", "UWV", "SVB", "de Belastingdienst", "Toeslagen", "het CAK", "de Kredietbank", "GKB",
              "Stadsbank Oost Nederland", "het Juridisch Loket", "de Raad voor de Kinderbescherming", "Veilig Thuis",
              "de GGD", "MEE", "Humanitas", "het Leger des Heils", "de Voedselbank", "Vluchtelingenwerk", "het COA",
              "de IND", "het Nibud", "Schuldhulpmaatje", "Stichting Leergeld", "het Jeugdfonds Sport & Cultuur",
              "Kwadraad", "Sociaal Raadslieden", "het wijkteam", "het buurtteam", "de Geldwinkel", "Geldfit",
              "Stichting Urgente Noden", "het Rode Kruis", "Kerk in Actie", "de Kledingbank", "Dock", "Tandem",
              "Stichting Mentorschap", "Buurtzorg", "Thuiszorg West-Brabant", "Cordaan", "Philadelphia", "Lentis",
              "Parnassia", "Arkin", "Emergis", "Dimence", "Jeugdbescherming Regio Amsterdam", "Samen Veilig Midden-Nederland"]
# organisations carrying a person's name (traps, never PERSON), by kind
ORG_PERSON = {
    "zorg": ["het Vincent van Gogh instituut", "het Reinier de Graaf ziekenhuis", "het Jeroen Bosch Ziekenhuis",
             "het Erasmus MC", "het Prinses Máxima Centrum", "het Juliana Kinderziekenhuis",
             "het Elisabeth-TweeSteden Ziekenhuis", "het Antonius ziekenhuis", "de Sint Maartenskliniek",
             "het Maxima MC", "Fysiotherapie Van Dam", "Tandartspraktijk Kaya", "Huisartsenpraktijk Ouali",
             "Huisartsenpraktijk De Vries & Meijer", "Apotheek Hendriks", "de Bartiméus Stichting"],
    "school": ["de Anne Frankschool", "het Koning Willem I College", "de Hendrik Pierson school",
               "het Christiaan Huygens College", "het Gerrit Rietveld College", "het Thomas More college",
               "de Willem de Kooning Academie", "OBS Prinses Amalia", "de Koningin Julianaschool",
               "het Erasmus College", "de Maria Montessorischool", "CBS Johannes Calvijn"],
    "opvang": ["Kinderopvang Dikkie Dik", "Kinderdagverblijf Jip en Janneke", "BSO Pippi", "Kinderopvang Nijntje"],
    "werk": ["Albert Heijn", "Dirk van den Broek", "Slagerij De Jong", "Bakkerij Visser", "Autobedrijf Smit",
             "Garage Yildiz", "Kapsalon Fatima", "Snackbar Bij Mo", "Rijschool Ivanov", "Loodgietersbedrijf Bos",
             "Schoonmaakbedrijf Van Dijk", "Hoveniersbedrijf Mulder", "Bouwbedrijf Gebr. Jansen"],
    "jur": ["Gerechtsdeurwaarderskantoor Van Straten & Kuipers", "Advocatenkantoor Bakker & Yilmaz",
            "Incassobureau De Wit & Hoekstra", "Bewindvoering Jansen-Mulder B.V.", "Deurwaarderskantoor Meijer",
            "Bewindvoerderskantoor Van der Linden", "Advocatenpraktijk El Idrissi"],
    "fonds": ["Stichting Jan Pieter Heije", "de Johan Cruijff Foundation", "Stichting Dr. Ariëns Fonds",
              "het Ronald McDonald Huis", "Zorgboerderij De Hoeve van Teun", "de William Schrikker Stichting",
              "Stichting Jarige Job", "het Sint Nicolaas Fonds"],
}

COURTS = ["Rechtbank Amsterdam", "Rechtbank Rotterdam", "Rechtbank Den Haag", "Rechtbank Midden-Nederland",
          "Rechtbank Noord-Nederland", "Rechtbank Oost-Brabant", "Rechtbank Zeeland-West-Brabant", "Rechtbank Limburg",
          "Rechtbank Gelderland", "Rechtbank Overijssel", "Rechtbank Noord-Holland"]
BANKS = ["ING", "Rabobank", "ABN AMRO", "SNS", "ASN Bank", "RegioBank", "bunq", "Knab", "Triodos"]

# ---------------------------------------------------------------- laws, schemes (never labelled)
LAWS = ["de Participatiewet", "de Wsnp", "de Wmo 2015", "de Jeugdwet", "de Wet op de huurtoeslag", "de kostendelersnorm",
        "de bijzondere bijstand", "de individuele inkomenstoeslag", "de energietoeslag", "de Wet gemeentelijke schuldhulpverlening",
        "de Awir", "de zorgtoeslag", "de kinderopvangtoeslag", "het kindgebonden budget", "de AOW", "de Wajong",
        "de Wlz", "de Zorgverzekeringswet", "de Wet langdurige zorg", "de Wet verplichte ggz", "de Wet zorg en dwang",
        "de Toeslagenwet", "de IOAW", "de Wet inburgering 2021", "de Huisvestingswet", "de Wet betaalbare huur",
        "de vroegsignalering", "het minimabeleid", "de Leenstelsel-regeling", "de Wet kinderopvang"]
ARTIKELEN = ["artikel 7:271 BW", "art. 4:10 Awb", "artikel 35 Participatiewet", "art. 8 EVRM", "artikel 22a Participatiewet",
             "artikel 2.3.2 Jeugdwet", "art. 2.3.5 Wmo 2015", "artikel 7:231 BW", "art. 475d Rv", "artikel 1:253a BW",
             "artikel 18 lid 2 Participatiewet", "art. 6:2 Awb", "artikel 3:40 BW", "art. 7:2 Awb", "artikel 58 Participatiewet"]
WEBSITES = ["www.toeslagen.nl", "mijn.overheid.nl", "www.geldfit.nl", "regelhulp.nl", "www.juridischloket.nl",
            "www.nibud.nl", "www.rechtspraak.nl", "mijnuwv.nl", "www.svb.nl", "www.cjib.nl", "www.duo.nl",
            "www.berekenuwrecht.nl", "www.huurcommissie.nl", "www.wijkteam-voorbeeld.nl", "thuisarts.nl",
            "www.rijksoverheid.nl", "checkjeschulden.nl", "www.schuldinfo.nl", "www.voedselbankennederland.nl"]

PETS = [("hond", ["Max", "Bello", "Rocky", "Luna", "Bobby", "Sammy", "Teddy", "Diesel", "Kira", "Bruno", "Duke", "Sam"]),
        ("kat", ["Pluis", "Minoes", "Tijger", "Simba", "Mimi", "Snoes", "Felix", "Garfield", "Poekie", "Nala", "Oscar"]),
        ("poes", ["Minoes", "Snoezie", "Bella", "Tommie", "Kitty", "Lientje", "Rosa"]),
        ("konijn", ["Snuffie", "Flappie", "Hoppie", "Nijntje", "Pieter"]),
        ("parkiet", ["Pietje", "Koko", "Rio"])]

# ---------------------------------------------------------------- e-mail domains
MAIL_DOMAINS = ["gmail.com", "hotmail.com", "outlook.com", "live.nl", "ziggo.nl", "kpnmail.nl", "icloud.com",
                "yahoo.com", "planet.nl", "home.nl", "hotmail.nl", "gmx.de", "wp.pl", "abv.bg", "yahoo.ro",
                "ukr.net", "xs4all.nl", "telfort.nl", "msn.com", "protonmail.com", "upcmail.nl", "online.nl"]
ORG_MAIL_DOMAINS = ["wijkteam-noord.nl", "buurtteam-oost.nl", "budgetbureau-delta.nl", "woonpunt-zuid.nl",
                    "stichting-dakwacht.nl", "sociaalteam-veenhoven.nl", "schuldhulp-regiowest.nl",
                    "deurwaarders-straten.nl", "bewind-jansenmulder.nl", "kredietbank-rivierenland.nl",
                    "woningstichting-hetoosten.nl", "gemeente-veenhoven.nl", "gemeente-lindewijk.nl",
                    "vluchtelingenwerk-noordoost.nl", "jongerenloket-013.nl", "zorgcoop-westland.nl",
                    "advocatuur-bakkeryilmaz.nl", "incasso-dewithoekstra.nl", "energieloket-zeeland.nl"]
ORG_MAIL_LOCALS = ["info", "wijkteam", "schuldhulp", "klantcontact", "secretariaat", "huurincasso", "vroegsignalering",
                   "aanmelden", "planning", "administratie", "wmo.loket", "jeugd", "bezwaar", "contact", "incasso",
                   "postbus", "intake", "sociaal.team", "bijzonderebijstand", "noreply"]

# ---------------------------------------------------------------- IBAN bank codes
NL_BANKS = ["ABNA", "INGB", "RABO", "SNSB", "ASNB", "RBRB", "TRIO", "KNAB", "BUNQ", "FVLB", "HAND", "NNBA", "DEUT", "REVO"]

MONTHS_NL = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"]
MONTHS_NL_ABBR = ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"]
MONTHS_FY = ["jannewaris", "febrewaris", "maart", "april", "maaie", "juny", "july", "augustus", "septimber", "oktober", "novimber", "desimber"]
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
MONTHS_EN_ABBR = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

PLATE_LETTERS = "BDFGHJKLNPRSTVXZ"
