# -*- coding: utf-8 -*-
"""Name / place / trap pools for the eval7-blind generator (all fictional)."""

NAMES = {
 "nl": (["Jan","Pieter","Kees","Henk","Gerrit","Wim","Anneke","Marieke","Ingrid","Sanne","Lotte","Daan","Bram",
         "Joost","Femke","Esther","Ria","Truus","Gert-Jan","Jan-Willem","Anne-Marie","Hendrikus","Cornelis","Maaike",
         "Wouter","Thijs","Inge","Mirjam","Noor","Lieke","Ruud","Marco","Bas","Iris","Joke","Dirk","Gijs","Wilma",
         "Tineke","Hennie","Roos","Mark","Storm","Fenna","Teun","Jesse","Annelies","Gerda","Bep","Rik","Sjaak","Willemijn"],
        ["de Vries","Jansen","Bakker","Visser","Smit","Meijer","de Boer","Mulder","de Groot","Bos","Vos","Peters",
         "Hendriks","van Leeuwen","Dekker","Brouwer","de Wit","Smits","de Graaf","van der Meer","van der Linden","Kok",
         "de Haan","Vermeulen","van den Heuvel","van der Veen","van den Broek","de Bruijn","ter Horst","Schipper",
         "van Dijk","Kuipers","Verhoeven","'t Hart","van 't Veer","Zwart","Timmermans","de Koning","Winter","Zomer",
         "van den Berg","Storm","de Hoop","Oosterhuis","Verbeek","Lambregts","Hazelhoff","van Wijngaarden","Bakker-de Vries",
         "Rietveld","Koopmans","van Rossum","Molenaar","Prins","Berkhout"]),
 "fy": (["Sytze","Wytske","Tjitske","Hylke","Jelle","Auke","Baukje","Froukje","Gerlof","Durk","Sjoukje","Ytsje","Rintje",
         "Jildou","Minke","Feike","Sjoerd","Elske","Hiltsje","Tsjerk"],
        ["Hoekstra","Wijnstra","Bosma","Dijkstra","de Jong","Postma","Terpstra","Sijbesma","Yntema","Hofstra","Rienstra",
         "Kingma","Boersma","Zijlstra","Hiemstra","Wiersma","Tjeerdsma","van der Ploeg"]),
 "sr": (["Ramona","Glenn","Orlando","Sharon","Romano","Marciano","Naomi","Jerrel","Rowendy","Quincy","Chantal","Marlon","Ivanildo","Gerda"],
        ["Pinas","Sabajo","Wijngaarde","Sedney","Kross","Dors","Tjon A Fong","Amatsaleh","Vreden","Fränkel","Wong Loi Sing","Doelwijt"]),
 "hi": (["Ashwin","Priya","Rajesh","Sunita","Shanti","Anil","Dewika","Ravi","Kiran","Soenita","Radjesh","Nandini","Soeniel","Indira"],
        ["Doekhie","Ramdin","Kanhai","Mangroelal","Biharie","Ramsaran","Soekhai","Jagesar","Mahabier","Ramautar","Bhoelai","Sewnath"]),
 "an": (["Jeandro","Shurandy","Giovanni","Raysha","Xiomara","Rudsel","Shanella","Kenrick","Jurgen","Sharimar","Eldrick"],
        ["Martina","Isenia","Rosaria","Janga","Coffie","Statia","Profas","Doran","Cijntje","Pieternella","Leito","Anthonia"]),
 "ma": (["Mohamed","Ahmed","Fatima","Khadija","Youssef","Samira","Nordin","Hafsa","Ilham","Bilal","Soufiane","Zakaria",
         "Naima","Karim","Hanane","Mimoun","Rachida","Abdelkader","Ikram","Anouar"],
        ["El Amrani","Bouzid","Ouahabi","El Idrissi","Benali","Azzouzi","Haddouchi","Tahiri","Boukhari","el Khattabi",
         "Ait Bennasser","Chaouch","El Ouali","Bakkali","Aarab","Ben Hammou"]),
 "tr": (["Mehmet","Ayşe","Emine","Hüseyin","Elif","Mustafa","Zeynep","Yusuf","Gülsen","Burak","Ömer","Şükrü","Hatice","Serkan","Derya"],
        ["Yılmaz","Kaya","Demir","Çelik","Şahin","Öztürk","Aydın","Arslan","Doğan","Kılıç","Koç","Güneş","Erdem"]),
 "ku": (["Rojin","Dilan","Berivan","Shirin","Zana","Azad","Baran","Hevin","Jiyan","Kawa","Delal","Serhildan"],
        ["Barzani","Zebari","Hawrami","Rashid","Goran","Amedi","Dosky","Sindi"]),
 "cv": (["Djamila","Carlos","Evandro","Nilton","Ivone","Edson","Joceline","Adilson","Nelida","Zeferino"],
        ["Tavares","Fortes","Lopes da Graça","Monteiro","Semedo","Delgado","Évora","Varela","Brito"]),
 "pl": (["Agnieszka","Krzysztof","Małgorzata","Paweł","Katarzyna","Tomasz","Grzegorz","Wojciech","Joanna","Łukasz","Beata"],
        ["Kowalski","Nowak","Wiśniewska","Wójcik","Lewandowski","Zieliński","Szymańska","Dąbrowski","Grzelak","Kamińska","Mazur"]),
 "bg": (["Ivan","Dimitar","Georgi","Stoyan","Yordanka","Desislava","Petya","Tsvetelina","Nikolay","Radostina"],
        ["Petrov","Ivanova","Dimitrova","Georgiev","Todorov","Stoyanova","Kolev","Angelova"]),
 "ro": (["Ionuț","Andreea","Mihai","Florin","Ioana","Cristina","Gheorghe","Alexandru","Bianca","Vasile"],
        ["Popescu","Ionescu","Dumitru","Stan","Constantinescu","Moldovan","Munteanu","Rusu","Lungu"]),
 "hu": (["Zsófia","László","Gábor","Erzsébet","Ildikó","Péter","Attila","Katalin","Zoltán"],
        ["Nagy","Kovács","Szabó","Tóth","Horváth","Varga","Fekete","Balogh"]),
 "sy": (["Rami","Lina","Omar","Yara","Hussam","Rania","Ghalia","Abdulrahman","Nour","Bashar","Hiba","Majd"],
        ["Al-Hassan","Haddad","Khalil","Al Masri","Darwish","Al-Sayed","Kurdi","Hamwi","Alloush","Sabbagh"]),
 "iq": (["Haider","Zainab","Sajjad","Hawraa","Ali","Muntadhar","Ruqaya","Abbas"],
        ["Al-Jubouri","Al-Obaidi","Hussein","Kadhim","Al-Tamimi","Jaber","Al-Rubaie"]),
 "er": (["Semhar","Yonas","Filmon","Helen","Mebrahtu","Senait","Tesfay","Selam","Amanuel","Feven","Yohannes","Luwam","Merhawi"],
        ["Tesfamariam","Ghebremedhin","Habte","Kidane","Tekle","Berhane","Woldu","Ghirmay","Andemariam","Mehari"]),
 "et": (["Abebe","Tigist","Meron","Dawit","Hana","Bethlehem","Kalkidan","Tewodros"],
        ["Bekele","Tadesse","Girma","Alemu","Haile","Mengistu","Assefa"]),
 "so": (["Hodan","Abdi","Farhiya","Ayaan","Khadar","Sahra","Ilhan","Abdirahman","Hibo","Mahad","Faadumo"],
        ["Warsame","Farah","Abdullahi","Hirsi","Jama","Osman","Egal","Mohamud","Nur"]),
 "af": (["Mahbooba","Farid","Zahra","Nasrin","Ahmad Shah","Wahid","Parwana","Hamid","Sediqa","Mursal","Fereshta"],
        ["Rahimi","Karimi","Haidari","Noorzai","Popal","Sultani","Wardak","Ahmadzai","Stanekzai"]),
 "ua": (["Olena","Oleksandr","Nataliia","Taras","Iryna","Bohdan","Oksana","Mykola","Yulia","Andrii","Halyna"],
        ["Shevchenko","Kovalenko","Bondarenko","Tkachenko","Melnyk","Kravchuk","Hrytsenko","Savchenko","Moroz"]),
 "ru": (["Svetlana","Dmitri","Anastasia","Sergej","Ljoedmila","Vladimir","Tatjana","Igor"],
        ["Smirnova","Ivanov","Volkov","Kuznetsova","Sokolov","Popova","Lebedev"]),
 "gh": (["Kwame","Akosua","Kofi","Ama","Yaw","Abena","Kwabena","Efua","Kwesi","Adwoa"],
        ["Mensah","Owusu","Boateng","Asante","Osei","Appiah","Agyeman","Ofori","Amoako"]),
 "ng": (["Chinedu","Ngozi","Oluwaseun","Adaeze","Emeka","Funmilayo","Tunde","Chiamaka","Ifeoma","Babatunde"],
        ["Okafor","Adeyemi","Okonkwo","Eze","Balogun","Nwosu","Adebayo","Ogunleye","Obi"]),
 "cn": (["Wei","Li Na","Xiaoming","Mei Ling","Jun","Hui","Mei","Yan","Jia Hao"],
        ["Chen","Wang","Zhang","Liu","Huang","Lin","Zhou","Wu","Xu"]),
 "vn": (["Thi Lan","Minh","Anh","Thanh","Huong","Quang","Thu Trang","Duc","Linh"],
        ["Nguyen","Tran","Le","Pham","Hoang","Vu","Dang","Bui"]),
 "id": (["Dewi","Budi","Siti","Agus","Wulan","Rini","Hendra","Lestari"],
        ["Wijaya","Santoso","Halim","Gunawan","Sutanto","Kusuma","Hidayat"]),
 "mo": (["Johanna","Ferry","Elly","Ronny","Mientje","Yopie","Nelly","Boy"],
        ["Pattiasina","Sahetapy","Latuheru","Tuhuteru","Manuputty","Nanlohy","Wattimena","Lokollo","Pattipeilohy"]),
 "in": (["Arjun","Deepika","Sanjay","Lakshmi","Vikram","Ananya","Rohan","Meera","Karthik","Divya"],
        ["Sharma","Patel","Iyer","Reddy","Nair","Krishnan","Gupta","Menon","Chatterjee"]),
 "br": (["João","Ana Paula","Thiago","Luana","Rafael","Juliana","Gabriela","Lucas","Fernanda"],
        ["da Silva","Oliveira","Souza","Pereira","Ferreira","Rodrigues","dos Santos","Carvalho","Almeida"]),
 "co": (["Camilo","Valentina","Andrés","Daniela","Santiago","Luisa Fernanda","Juan Pablo","Mariana"],
        ["Gómez","Rodríguez","Ramírez","Restrepo","Ospina","Cárdenas","Castaño","Jaramillo"]),
}
# weights: Dutch names more frequent, but still very diverse
CULTURE_WEIGHTS = {k: (6 if k == "nl" else 2 if k in ("fy","ma","tr","sr","hi") else 1) for k in NAMES}

NICKNAMES = ["Mo","Appie","Sjonnie","Pim","Kiki","Djoeke","Rocky","Dré","Juul","Tootje","Bennie","Fatje","Mimi","Sammy","Boef","Ome Joop"]
# (Ome Joop: 'Ome' is a cue word, so handled specially -> not in pool for markers)
NICKNAMES.remove("Ome Joop")

STREETS = ["Hoofdstraat","Dorpsstraat","Kerkstraat","Molenweg","Stationsweg","Beukenlaan","Eikenlaan","Kastanjelaan",
 "Schoolstraat","Julianastraat","Wilhelminastraat","Beatrixlaan","Oranjestraat","Prins Bernhardlaan","Willem de Zwijgerlaan",
 "Burgemeester de Vlugtlaan","Anne Frankstraat","Johan de Wittstraat","Van Speijkstraat","Dr. Schaepmanstraat",
 "Groene Hilledijk","Zwaanshals","Bergweg","Vaartweg","Hobbemastraat","Laan van Meerdervoort","Weimarstraat","Kanaalweg",
 "Amsterdamsestraatweg","Slotermeerlaan","Bijlmerdreef","Kraaiennest","Karspeldreef","Cornelis Houtmanstraat",
 "Pieter de Hoochstraat","Oude Ebbingestraat","Tsjerkestrjitte","Haadwei","Rijnstraat","Goudsesingel","Pleinweg",
 "Mathenesserlaan","Soestdijksekade","Ambachtsstraat","Bloemstraat","Rozenstraat","Zonnebloemstraat","1e Middellandstraat",
 "2e Atjehstraat","Transvaalkade","Marnixstraat","Piet Heinstraat","Vondellaan","Lange Nieuwstraat","Sportlaan",
 "Wolphaertsbocht","Burgemeester Roelenweg","Oostersingel","Dr. Lelylaan","Koningin Julianaweg"]

CITIES = ["Rotterdam","Amsterdam","Den Haag","Utrecht","Leeuwarden","Groningen","Zwolle","Tilburg","Eindhoven","Almere",
 "Lelystad","Heerlen","Emmen","Schiedam","Vlaardingen","Dordrecht","Arnhem","Nijmegen","Enschede","Sneek","Drachten",
 "Kerkrade","Spijkenisse","Den Helder","Zaandam","Delfzijl","Hoorn","Winterswijk","Bergen op Zoom","Zoetermeer","Capelle aan den IJssel",
 "Hengelo","Roermond","Venlo","Gouda","Assen","Heerenveen","Maassluis"]
FOREIGN_CITIES = ["Paramaribo","Willemstad","Nador","Al Hoceima","Istanbul","Aleppo","Asmara","Mogadishu","Kabul","Kyiv","Kharkiv",
 "Gdańsk","Sofia","Plovdiv","Accra","Kumasi","Lagos","Praia","Bagdad","Damascus","Addis Abeba","Diyarbakır","Cluj-Napoca",
 "Debrecen","Medellín","São Paulo","Ho Chi Minh-stad","Ambon","Chennai","Kandahar"]
COUNTRIES = ["Marokko","Turkije","Suriname","Polen","Bulgarije","Roemenië","Syrië","Eritrea","Somalië","Afghanistan",
 "Oekraïne","Ghana","Nigeria","Kaapverdië","Curaçao","Irak","Ethiopië","Colombia","Brazilië","Vietnam"]
WIJKEN = ["Feijenoord","de Bijlmer","Kanaleneiland","Overvecht","de Schilderswijk","Transvaal","Lombok","Heechterp-Schieringen",
 "Presikhaaf","de Tarwewijk","Bospolder-Tussendijken","Hoogvliet","Poelenburg","Slotervaart","Selwerd","Malburgen",
 "Stokhasselt","Maaspoort","Zuidwijk","het Oude Noorden","Vinkhuizen","Meezenbroek","Kolham","de Vogelaarwijk"]
ORGS = ["gemeente Rotterdam","Vluchtelingenwerk","Humanitas","SchuldHulpMaatje","het Leger des Heils","Woonstad",
 "Ymere","Eigen Haard","Portaal","Elkien","Stadsbank Oost Nederland","Kredietbank Nederland","het Juridisch Loket","het UWV",
 "de SVB","Belastingdienst/Toeslagen","het CJIB","het CAK","Veilig Thuis","Jeugdbescherming west","de GGD","MEE",
 "Zilveren Kruis","Menzis","Eneco","Vattenfall","Evides","Vitens","Stichting Urgente Noden","de Voedselbank","Kwadraad",
 "het sociaal wijkteam","Buurtteam Noord","Albert Heijn","Bart Smit","het Jeroen Bosch Ziekenhuis","het Prinses Máxima Centrum",
 "Stichting Sint Jacob","het Ronald McDonald Huis","Lindenhof Bewindvoering","de Kinderombudsman","gemeente Súdwest-Fryslân"]
LAWS = ["de Wmo 2015","de Participatiewet","de Jeugdwet","de kostendelersnorm","huurtoeslag","de Wsnp","bijzondere bijstand",
 "de Wet gemeentelijke schuldhulpverlening","de Zorgverzekeringswet","de Wet langdurige zorg","de Toeslagenwet","de IOAW",
 "de Wajong","het Besluit bijstandverlening zelfstandigen","kindgebonden budget","de energietoeslag","de individuele inkomenstoeslag"]
NL_BANKS = ["ABNA","RABO","INGB","SNSB","ASNB","TRIO","BUNQ","KNAB","RBRB","FVLB"]
EMAIL_DOMAINS = ["gmail.com","hotmail.com","outlook.com","ziggo.nl","kpnmail.nl","live.nl","hotmail.nl","icloud.com",
 "yahoo.com","planet.nl","home.nl","xs4all.nl","casema.nl","upcmail.nl","gmx.de","wp.pl","mail.ru","yandex.ru"]
ORG_EMAIL_DOMAINS = ["rotterdam.nl","wijkteamnoord.nl","humanitas.nl","vluchtelingenwerk.nl","woonstad-rotterdam.nl",
 "buurtteam-utrecht.nl","sdf.nl","leeuwarden.nl","zwolle.nl","kwadraad.nl","schuldhulpmaatje.nl","lindenhofbewind.nl",
 "jbrr.nl","almere.nl","stichting-doen.nl","sociaalteamemmen.nl"]
ORG_EMAIL_LOCAL = ["schuldhulp","info","wijkteam.centrum","keukentafel","wmo-loket","bezwaar","backoffice","jeugd","aanmelden","huurteam"]
