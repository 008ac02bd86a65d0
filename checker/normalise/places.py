"""Places in text, with their common aliases folded to one canonical place: باريس = العاصمة الفرنسية
= Paris. A table of countries, capitals and cities often in the news, with their adjectives, plus
the rule "العاصمة X-ية" / "the X capital" → the capital of X. A newsroom adds its own places
(`add_places`, from the file CHECKER_PLACES names: `checker/places_file.py`). Beyond them, the
world's cities and countries come from a gazetteer (`gazetteer.py`: GeoNames and ISO 3166), loaded
the first time a text is read.

A name that may be an ordinary word ("جدة" is also a grandmother, "Reading" a pastime) is a place
only in a place phrase ("في جدة", "in Reading", "بمدينة جدة") or in a claim's location field: so are
every name the table marks so ("~جدة") and every name known from the gazetteer alone.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from checker.normalise.arabic import Token, fold, prefix_variants, tokenize
from checker.normalise.concepts import counted_concept, happening
from checker.normalise.frequency import undiacritised, zipf_as_written
from checker.normalise.frozen import quick_init
from checker.normalise.memo import WordMemo
from checker.normalise.sounds import skeleton

# code: English name | Arabic names | Arabic nisba stems | English adjectives | capital [| other English names]
_COUNTRIES = {
    "FR": "France | فرنسا | فرنسي | french | paris",
    "US": "United States | الولايات المتحدة، أمريكا، أميركا | أمريكي، أميركي، امريكي | american, us, u.s., "
    "united states | washington | ^us, usa, united states of america",
    "GB": "Britain | بريطانيا، المملكة المتحدة | بريطاني | british, uk, u.k. | london | uk, united kingdom, great britain",
    "RU": "Russia | روسيا | روسي | russian | moscow",
    "TR": "Turkey | تركيا | تركي | turkish | ankara",
    "DE": "Germany | ألمانيا | ألماني | german | berlin",
    "IT": "Italy | إيطاليا | إيطالي | italian | rome",
    "ES": "Spain | إسبانيا | إسباني | spanish | madrid",
    "BE": "Belgium | بلجيكا | بلجيكي | belgian | brussels",
    "NL": "Netherlands | هولندا | هولندي | dutch | amsterdam",
    "AU": "Australia | أستراليا، استراليا | أسترالي، استرالي | australian | canberra",
    "CA": "Canada | كندا | كندي | canadian | ottawa",
    "CN": "China | الصين | صيني | chinese | beijing",
    "JP": "Japan | اليابان | ياباني | japanese | tokyo",
    "IN": "India | الهند | هندي | indian | new delhi",
    "PK": "Pakistan | باكستان | باكستاني | pakistani | islamabad",
    "AF": "Afghanistan | أفغانستان | أفغاني | afghan | kabul",
    "IR": "Iran | إيران | إيراني | iranian | tehran",
    "IQ": "Iraq | العراق | عراقي | iraqi | baghdad",
    "SY": "Syria | سوريا، سورية | سوري | syrian | damascus",
    "LB": "Lebanon | لبنان | لبناني | lebanese | beirut",
    "JO": "Jordan | الأردن | أردني | jordanian | amman",
    "IL": "Israel | إسرائيل | إسرائيلي | israeli | jerusalem",
    "PS": "Palestine | فلسطين | فلسطيني | palestinian | ramallah",
    "EG": "Egypt | مصر | مصري | egyptian | cairo",
    "SA": "Saudi Arabia | السعودية | سعودي | saudi | riyadh",
    "AE": "United Arab Emirates | الإمارات | إماراتي | emirati | abu dhabi | uae",
    "QA": "Qatar | قطر | قطري | qatari | doha",
    "KW": "Kuwait | الكويت | كويتي | kuwaiti | kuwait city",
    "BH": "Bahrain | البحرين | بحريني | bahraini | manama",
    "OM": "Oman | سلطنة_عمان | عماني | omani | muscat",
    "YE": "Yemen | اليمن | يمني | yemeni | sanaa",
    "LY": "Libya | ليبيا | ليبي | libyan | tripoli",
    "TN": "Tunisia | تونس | تونسي | tunisian | tunis",
    "DZ": "Algeria | الجزائر | جزائري | algerian | algiers",
    "MA": "Morocco | المغرب | مغربي | moroccan | rabat",
    "SD": "Sudan | السودان | سوداني | sudanese | khartoum",
    "UA": "Ukraine | أوكرانيا | أوكراني | ukrainian | kyiv",
    "GR": "Greece | اليونان | يوناني | greek | athens",
    "AT": "Austria | النمسا | نمساوي | austrian | vienna",
    "CH": "Switzerland | سويسرا | سويسري | swiss | bern",
    "PL": "Poland | بولندا | بولندي | polish | warsaw",
    "SE": "Sweden | السويد | سويدي | swedish | stockholm",
    "NO": "Norway | النرويج | نرويجي | norwegian | oslo",
    "DK": "Denmark | الدنمارك | دنماركي | danish | copenhagen",
    "FI": "Finland | فنلندا | فنلندي | finnish | helsinki",
    "CZ": "Czech Republic | التشيك، جمهورية_التشيك | تشيكي | czech | prague",
    "HU": "Hungary | المجر | مجري | hungarian | budapest",
    "PT": "Portugal | البرتغال | برتغالي | portuguese | lisbon",
    "IE": "Ireland | أيرلندا، ايرلندا | أيرلندي، ايرلندي | irish | dublin",
    # News writes "Congo" for the larger one, as "الكونغو"; the catalogue gives that name to the other.
    "CD": "DR Congo | الكونغو، الكونغو_الديمقراطية، جمهورية_الكونغو_الديمقراطية | كونغولي | congolese | kinshasa | "
    "congo, drc, democratic republic of congo, democratic republic of the congo",
    "CG": "Republic of the Congo | الكونغو_برازافيل | | | brazzaville | republic of congo, congo republic, "
    "congo brazzaville",
}
# canonical: English name | Arabic names | English aliases | country [| the place it is part of]
_CITIES = {
    "paris": "Paris | باريس | paris | FR",
    "washington": "Washington | واشنطن | washington, washington dc | US",
    "new_york": "New York | نيويورك | new york | US",
    "london": "London | لندن | london | GB",
    "moscow": "Moscow | موسكو | moscow | RU",
    "st_petersburg": "St Petersburg | سانت_بطرسبرغ، سان_بطرسبرغ، بطرسبرغ | st petersburg, saint petersburg | RU",
    "ankara": "Ankara | أنقرة | ankara | TR",
    "istanbul": "Istanbul | إسطنبول، اسطنبول | istanbul | TR",
    "berlin": "Berlin | برلين | berlin | DE",
    "rome": "Rome | روما | rome | IT",
    "madrid": "Madrid | مدريد | madrid | ES",
    "brussels": "Brussels | بروكسل | brussels | BE",
    "amsterdam": "Amsterdam | أمستردام | amsterdam | NL",
    "the_hague": "The Hague | لاهاي | the hague | NL",
    "canberra": "Canberra | كانبرا | canberra | AU",
    "ottawa": "Ottawa | أوتاوا | ottawa | CA",
    "beijing": "Beijing | بكين، بيجين | beijing | CN",
    "tokyo": "Tokyo | طوكيو | tokyo | JP",
    "new_delhi": "New Delhi | نيودلهي | new delhi | IN",
    "islamabad": "Islamabad | إسلام_آباد | islamabad | PK",
    "kabul": "Kabul | كابول | kabul | AF",
    "tehran": "Tehran | طهران | tehran | IR",
    "baghdad": "Baghdad | بغداد | baghdad | IQ",
    "mosul": "Mosul | الموصل | mosul | IQ",
    "erbil": "Erbil | أربيل | erbil | IQ",
    "damascus": "Damascus | دمشق | damascus | SY",
    "aleppo": "Aleppo | حلب | aleppo | SY",
    "raqqa": "Raqqa | الرقة | raqqa | SY",
    "beirut": "Beirut | بيروت | beirut | LB",
    "amman": "Amman | عمان، عمّان | amman | JO",
    "jerusalem": "Jerusalem | القدس | jerusalem | IL",
    "tel_aviv": "Tel Aviv | تل_أبيب | tel aviv | IL",
    "gaza": "Gaza | غزة، قطاع_غزة | gaza, gaza strip | PS",
    "ramallah": "Ramallah | رام_الله | ramallah | PS",
    "cairo": "Cairo | القاهرة | cairo | EG",
    "riyadh": "Riyadh | الرياض | riyadh | SA",
    "abu_dhabi": "Abu Dhabi | أبوظبي، أبو_ظبي | abu dhabi | AE",
    "dubai": "Dubai | دبي | dubai | AE",
    "doha": "Doha | الدوحة | doha | QA",
    "kuwait_city": "Kuwait City | مدينة_الكويت | kuwait city | KW",
    "manama": "Manama | المنامة | manama | BH",
    "muscat": "Muscat | مسقط | muscat | OM",
    "sanaa": "Sanaa | صنعاء | sanaa | YE",
    "aden": "Aden | عدن | aden | YE",
    "tripoli": "Tripoli | طرابلس | tripoli | LY",
    "benghazi": "Benghazi | بنغازي | benghazi | LY",
    "tunis": "Tunis | مدينة_تونس | tunis | TN",
    "algiers": "Algiers | مدينة_الجزائر | algiers | DZ",
    "rabat": "Rabat | الرباط | rabat | MA",
    "khartoum": "Khartoum | الخرطوم | khartoum | SD",
    "kinshasa": "Kinshasa | كينشاسا | kinshasa | CD",
    "brazzaville": "Brazzaville | برازافيل | brazzaville | CG",
    "kyiv": "Kyiv | كييف | kyiv, kiev | UA",
    "athens": "Athens | أثينا | athens | GR",
    "vienna": "Vienna | فيينا | vienna | AT",
    "geneva": "Geneva | جنيف | geneva | CH",
    "bern": "Bern | برن | bern | CH",
    "warsaw": "Warsaw | وارسو | warsaw | PL",
    "stockholm": "Stockholm | ستوكهولم | stockholm | SE",
    "oslo": "Oslo | أوسلو | oslo | NO",
    "copenhagen": "Copenhagen | كوبنهاغن | copenhagen | DK",
    "helsinki": "Helsinki | هلسنكي | helsinki | FI",
    "prague": "Prague | براغ | prague | CZ",
    "budapest": "Budapest | بودابست | budapest | HU",
    "lisbon": "Lisbon | لشبونة | lisbon | PT",
    "dublin": "Dublin | دبلن | dublin | IE",
    "belfast": "Belfast | بلفاست | belfast | GB",
    "khan_younis": "Khan Younis | خان_يونس، خانيونس | khan younis, khan yunis | PS | gaza",
    "rafah": "Rafah | رفح | rafah | PS | gaza",
    "jabalia": "Jabalia | جباليا | jabalia, jabaliya | PS | gaza",
    "deir_al_balah": "Deir al-Balah | دير_البلح | deir al balah | PS | gaza",
    "jenin": "Jenin | جنين | jenin | PS",
    "nablus": "Nablus | نابلس | nablus | PS",
    "hebron": "Hebron | الخليل | hebron | PS",
    "bethlehem": "Bethlehem | بيت_لحم | bethlehem | PS",
    "tulkarm": "Tulkarm | طولكرم | tulkarm | PS",
    "homs": "Homs | حمص | homs | SY",
    "hama": "Hama | ~حماة | hama | SY",
    "idlib": "Idlib | إدلب، ادلب | idlib | SY",
    "deir_ez_zor": "Deir ez-Zor | دير_الزور | deir ez zor, deir ezzor | SY",
    "latakia": "Latakia | اللاذقية | latakia | SY",
    "daraa": "Daraa | درعا | daraa | SY",
    "basra": "Basra | البصرة | basra | IQ",
    "kirkuk": "Kirkuk | كركوك | kirkuk | IQ",
    "fallujah": "Fallujah | الفلوجة | fallujah | IQ",
    "najaf": "Najaf | النجف | najaf | IQ",
    "karbala": "Karbala | كربلاء | karbala | IQ",
    "tikrit": "Tikrit | تكريت | tikrit | IQ",
    "hodeidah": "Hodeidah | الحديدة | hodeidah, hudaydah | YE",
    "taiz": "Taiz | تعز | taiz | YE",
    "marib": "Marib | مأرب | marib | YE",
    "misrata": "Misrata | مصراتة | misrata, misurata | LY",
    "sirte": "Sirte | ~سرت | sirte | LY",
    "sidon": "Sidon | صيدا | sidon, saida | LB",
    "baalbek": "Baalbek | بعلبك | baalbek | LB",
    "alexandria": "Alexandria | الإسكندرية، الاسكندرية | alexandria | EG",
    "port_said": "Port Said | بورسعيد، بور_سعيد | port said | EG",
    "omdurman": "Omdurman | أم_درمان | omdurman | SD | khartoum",
    "el_fasher": "El Fasher | الفاشر | el fasher, al fashir | SD",
    "port_sudan": "Port Sudan | بورتسودان، بور_سودان | port sudan | SD",
    "jeddah": "Jeddah | ~جدة | jeddah, jidda | SA",
    "mecca": "Mecca | مكة، مكة_المكرمة | mecca, makkah | SA",
    "kharkiv": "Kharkiv | خاركيف | kharkiv, kharkov | UA",
    "odesa": "Odesa | أوديسا | odesa, odessa | UA",
    "casablanca": "Casablanca | الدار_البيضاء | casablanca | MA",
    "marrakesh": "Marrakesh | مراكش | marrakesh, marrakech | MA",
    "oran": "Oran | وهران | oran | DZ",
    "sfax": "Sfax | صفاقس | sfax | TN",
    "sharm_el_sheikh": "Sharm el-Sheikh | شرم_الشيخ | sharm el sheikh | EG",
}
_HYPHENS = ("-", "‐")
_CAPITAL_WORDS = frozenset(map(fold, "العاصمة عاصمة capital".split()))
_LOCATIVE = frozenset(map(fold, "في وفي ففي in at inside".split()))  # وفي: "and in", the conjunction attached


@quick_init
@dataclass(frozen=True)
class Place:
    id: str  # canonical: a city id ("paris") or a country code ("FR")
    name: str  # English display name
    country: str | None  # the country a city is in (or the country itself)
    within: str | None = None  # the larger place a town is part of, and agrees with: Khan Younis, Gaza


@quick_init
@dataclass(frozen=True)
class PlaceMention:
    place: Place
    text: str  # as written
    start: int
    end: int
    locative: bool  # "في باريس", "بالعاصمة", "in Paris": where something happened


def _split(field: str) -> list[str]:
    return [w.strip().replace("_", " ") for w in field.replace("،", ",").split(",") if w.strip()]


@dataclass(frozen=True)
class CountryRow:
    code: str
    name: str  # in English
    arabic: tuple[str, ...]  # its Arabic names
    nisba: tuple[str, ...]  # Arabic adjective stems: فرنسي
    adjectives: tuple[str, ...]  # English adjectives: french
    capital: str  # the id or English name of a city
    english: tuple[str, ...] = ()  # its other English names: "democratic republic of congo"


@dataclass(frozen=True)
class CityRow:
    id: str
    name: str  # in English
    arabic: tuple[str, ...]
    english: tuple[str, ...]  # English names and spellings, besides `name`
    country: str  # a country code
    within: str | None = None  # the id of a larger place it is part of (a town of the Gaza Strip: "gaza")


class PlacesError(ValueError):
    """Rows that cannot be added: a city in a country that is not known, a capital that is no city."""


def _table_rows() -> tuple[list[CountryRow], list[CityRow]]:
    countries = []
    for code, row in _COUNTRIES.items():
        name, arabic, nisba, adjectives, capital, *names = (part.strip() for part in row.split("|"))
        countries.append(CountryRow(code, name, tuple(_split(arabic)), tuple(_split(nisba)), tuple(_split(adjectives)),
                                    capital, tuple(_split(names[0])) if names else ()))
    cities = []
    for city_id, row in _CITIES.items():
        name, arabic, english, country, *within = (part.strip() for part in row.split("|"))
        cities.append(CityRow(city_id, name, tuple(_split(arabic)), tuple(_split(english)), country, *within))
    return countries, cities


PLACES: dict[str, Place] = {}
_ALIASES: dict[str, str] = {}  # folded alias → place id
_PHRASE_ONLY: set[str] = set()  # aliases that name a place only in a place phrase, or in a location field
_CAPITALS_ONLY: set[str] = set()  # aliases that are also common words, a place only in capitals: "US", not "us"
_NISBA: dict[str, str] = {}  # folded adjective stem or English adjective → country code; "capital:XX" → city id


def add_places(countries: list[CountryRow], cities: list[CityRow]) -> None:
    """More places (or more names for known ones: a row with a known id adds its names). To be called
    before any text is read: what was read of a text before is not read again."""
    known_countries = {code for code, place in PLACES.items() if not is_city(place)} | {c.code for c in countries}
    for city in cities:
        if city.country not in known_countries:
            raise PlacesError(f"city {city.id!r}: no country {city.country!r} (known: the codes of the table, "
                              "or a country given beside it)")
    known_ids = set(PLACES) | {c.id for c in cities}
    for city in cities:
        if city.within is not None and city.within not in known_ids:
            raise PlacesError(f"city {city.id!r}: within {city.within!r}, which is no known place")
    city_names: dict[str, str] = {}  # a city's id or English name (lower case) → its id
    for city_id, name in [*((p.id, p.name) for p in PLACES.values() if is_city(p)), *((c.id, c.name) for c in cities)]:
        city_names[city_id] = city_names[name.lower()] = city_id
    for country in countries:
        if country.capital.lower() not in city_names:
            raise PlacesError(f"country {country.code!r}: its capital {country.capital!r} is no known city (give it "
                              "as a city too)")
    added = []
    for country in countries:
        PLACES[country.code] = Place(country.code, country.name, country.code)
        for alias in (*country.arabic, country.name.lower(), *country.english):
            key = fold(alias.removeprefix("^"))
            _ALIASES[key] = country.code
            _PHRASE_ONLY.discard(key)
            if alias.startswith("^"):  # "^us": the United States only as "US"
                _CAPITALS_ONLY.add(key)
            added.append(key)
        for adjective in (*country.nisba, *country.adjectives):
            _NISBA[fold(adjective)] = country.code
    for city in cities:
        PLACES[city.id] = Place(city.id, city.name, city.country, city.within)
        for alias in (*city.arabic, city.name.lower(), *city.english):
            ordinary = alias.startswith("~")  # "~جدة": also an ordinary word
            key = fold(alias.removeprefix("~"))
            _ALIASES[key] = city.id
            (_PHRASE_ONLY.add if ordinary else _PHRASE_ONLY.discard)(key)
            added.append(key)
    for country in countries:
        _NISBA[f"capital:{country.code}"] = city_names[country.capital.lower()]
    _index_aliases(added)


_gazetteer_state = {"loaded": False}


def load_gazetteer() -> None:
    """The gazetteer's places, added once, beside the table's (which win where a name is in both).
    Called before any text is read; reading a text calls it too."""
    if _gazetteer_state["loaded"]:
        return
    _gazetteer_state["loaded"] = True
    from checker.normalise import gazetteer

    _add_gazetteer(gazetteer.load(may_be_a_name))


def _add_gazetteer(found) -> None:
    """The gazetteer's names beside the table's, which win. Kept apart where that is cheaper than
    merging 40,000 names at every start: its places are made when first named (`place_by_id`), and
    what its names begin with is looked up in its own index (`_GAZETTEER_LENGTHS`)."""
    rows = found.places
    # A city of the table under another name of GeoNames ("اوسلو"): the table's place, not a second one.
    for alias in found.aliases.keys() & _ALIASES.keys():
        place_id, known = found.aliases[alias], _ALIASES[alias]
        row = rows[place_id]
        if known != place_id and place_id != row.country and is_city(PLACES[known]) \
                and PLACES[known].country == row.country:
            PLACES.setdefault(place_id, PLACES[known])
    for row in found.countries:
        if row.id not in PLACES:
            PLACES[row.id] = Place(row.id, row.name, row.country)
    merged = dict(found.aliases)
    merged.update(_ALIASES)
    _PHRASE_ONLY.update(found.aliases.keys() - _ALIASES.keys())
    _ALIASES.clear()
    _ALIASES.update(merged)
    _GAZETTEER_ROWS.update(rows)
    _GAZETTEER_LENGTHS.update(found.lengths)
    for code, capital in found.capitals.items():
        _NISBA.setdefault(f"capital:{code}", capital)
    _index_aliases(())


_GAZETTEER_ROWS: dict = {}  # place id → the gazetteer's row, to make its place from when first named
_GAZETTEER_LENGTHS: dict[str, frozenset[int]] = {}  # as _ALIAS_LENGTHS, for the gazetteer's names


def place_by_id(place_id: str) -> Place:
    """The place of an id, of the table or of the gazetteer."""
    place = PLACES.get(place_id)
    if place is None:
        row = _GAZETTEER_ROWS[place_id]
        place = PLACES[place_id] = Place(row.id, row.name, row.country)
    return place


def may_be_a_name(alias: str) -> bool:
    """Whether a folded name of the gazetteer may be read as a place: not a word of the place phrases
    themselves ("مدينة", "city"), nor a month or a weekday."""
    from checker.normalise.calendar_words import month_of, weekday_of
    from checker.normalise.words import STOPWORDS

    first = alias.split()[0]
    return not (first in _PART_OF_PLACE or first in _CAPITAL_WORDS or first in _LOCATIVE or first in STOPWORDS
                or "ال" + first in _PART_OF_PLACE or first.removeprefix("ال") in _PART_OF_PLACE
                or month_of(first) is not None or weekday_of(first) is not None)


_LONGEST_ALIAS = 0
_FIRST_WORDS: frozenset[str] = frozenset()


def _index_aliases(added=None) -> None:
    """What the look-ups need from the aliases `added` (all of them when not given); and nothing
    remembered from before."""
    global _LONGEST_ALIAS, _FIRST_WORDS, _EVERY_LENGTH
    if added is None:
        _ALIAS_LENGTHS.clear()
        added = _ALIASES
    lengths = _ALIAS_LENGTHS
    for alias in added:
        words = alias.split()
        known = lengths.get(words[0])
        if known is None:
            lengths[words[0]] = {len(words)}
        else:
            known.add(len(words))
    _LONGEST_ALIAS = max(max(map(max, lengths.values())), max(map(max, _GAZETTEER_LENGTHS.values()), default=1))
    _FIRST_WORDS = frozenset(lengths)
    _EVERY_LENGTH = tuple(range(_LONGEST_ALIAS, 0, -1))
    may_start_place.clear()
    for remembered in (find_places, _alias_forms, country_of_adjective):
        remembered.cache_clear()
    _is_capital_word.clear()


_ALIAS_LENGTHS: dict[str, set[int]] = {}  # first word → how many words the aliases it begins have


@WordMemo
def may_start_place(key: str) -> bool:
    """Whether a place name can begin at a word."""
    load_gazetteer()
    return any(v in _FIRST_WORDS or "ال" + v in _FIRST_WORDS or v in _CAPITAL_WORDS or v in _GAZETTEER_LENGTHS
               or "ال" + v in _GAZETTEER_LENGTHS for v in prefix_variants(key))


@lru_cache(maxsize=1 << 16)
def country_of_adjective(key: str) -> str | None:
    """The country a nationality adjective names: الفرنسي, الفرنسية, French → FR."""
    for variant in prefix_variants(fold(key)):
        for stem in (variant, variant[:-1] if variant.endswith("ي") else None,
                     variant[:-2] if variant.endswith("يه") else None, variant[:-1] if variant.endswith("ه") else None):
            if stem and len(stem) > 2:
                code = _NISBA.get(stem) or (_NISBA.get(stem + "ي") if not stem.isascii() else None)
                if code:
                    return code
    return _country_named_in(fold(key))


def _country_named_in(key: str) -> str | None:
    """The country an adjective the table lacks is made from: its name with a nationality's ending
    ("Kenyan", "Ethiopians", "Sudanese"; "الكيني", "السودانية", "العراقيون")."""
    if key.isascii():
        stems = {key[: -len(end)] + add for end, add in _LATIN_ENDINGS if key.endswith(end) and len(key) - len(end) > 2}
    else:
        bare = key[2:] if key.startswith("ال") else key
        stems = set()
        for end in _ARABIC_ENDINGS:
            if bare.endswith(end) and len(bare) - len(end) > 2:
                stem = bare[: -len(end)]
                stems |= {stem, stem + "ا", stem + "يا", "ال" + stem}
    for stem in sorted(stems, key=len, reverse=True):  # "Nigerian" is Nigeria's before Niger's
        place_id = _ALIASES.get(stem)
        if place_id is not None and (place := place_by_id(place_id)).id == place.country:
            return place.id
    return None


_LATIN_ENDINGS = (("ians", ""), ("ian", ""), ("ans", ""), ("an", ""), ("ns", ""), ("n", ""), ("ese", ""), ("is", ""),
                  ("i", ""), ("e", "es"), ("ish", ""))
_ARABIC_ENDINGS = ("يون", "يين", "يه", "ي")


def capital_of(country: str) -> Place | None:
    city = _NISBA.get(f"capital:{country}")
    return place_by_id(city) if city else None


def lookup_place(text: str) -> Place | None:
    """The canonical place a short text names ("بباريس", "العاصمة الفرنسية", "Paris"), if any: a
    location field, where a name is a place without a place phrase ("جدة", "Reading")."""
    mentions = find_places(text, True)
    return mentions[0].place if mentions else None


@lru_cache(maxsize=65536)
def find_places(text: str, field: bool = False) -> tuple[PlaceMention, ...]:
    """The places a text names; a `field` (a claim's location) is a place without a place phrase."""
    tokens = tokenize(text)
    keys = [t.key for t in tokens]
    return places_in(text, tokens, keys, [i for i, key in enumerate(keys) if may_start_place[key]], field)


def places_in(text: str, tokens: tuple[Token, ...], keys: list[str], starts: list[int],
              field: bool = False) -> tuple[PlaceMention, ...]:
    """The places a text names; `keys`: its tokens' keys, `starts`: the tokens where `may_start_place`.
    A name that may be an ordinary word is a place only in a place phrase, unless the text is a
    `field`."""
    load_gazetteer()
    found: list[PlaceMention] = []
    end = 0
    for i in _possible_starts(keys, starts):
        if i < end:
            continue  # inside the place found last
        match = _match_at(text, tokens, i)
        if match is None:
            continue
        place, after, alias = match
        first = tokens[i]
        k = i - 1
        if k >= 0 and tokens[k].key == "the" and not first.boundary:
            k -= 1  # "in the French capital"
        prev = tokens[k].key if k >= 0 and not tokens[k + 1].boundary else ""
        if alias in _PHRASE_ONLY and not field and not _in_place_phrase(tokens, i, prev, alias, k):
            continue  # "قالت جدة الطفل", "Reading the report"
        if alias in _PHRASE_ONLY and field and first.key.isascii() and (
                _name_goes_on(tokens, after) or not first.text[:1].isupper()):
            continue  # a field naming "Olympic Stadium", not the town of Olympic; "Mohammed V airport", not Airport
        end = after
        # "في باريس", "in Paris", or the preposition ب attached: "بباريس", "بالعاصمة"; or the place of
        # the event a noun names: "اجتماع جنيف", "the Geneva talks".
        locative = (prev in _LOCATIVE or (first.key.startswith("ب") and first.key not in _ALIASES)
                    or _happened_there(tokens, i) or (is_city(place) and _names_the_events_place(tokens, i, end, prev))
                    or _where_a_trip_goes(tokens, k, prev))
        found.append(PlaceMention(place, text[first.start : tokens[end - 1].end], first.start, tokens[end - 1].end,
                                  locative))
    return tuple(found)


def _in_place_phrase(tokens, i: int, prev: str, alias: str, k: int) -> bool:
    """A name that may be a word, where only a place can be: after "في", "in" (and written with a
    capital in English: "in Reading"), after "مدينة", "the city of", where a trip goes ("will travel to
    Seoul", `_where_a_trip_goes`; `k`: the word before), or with ب joined to a name of five letters or
    more ("بالإسماعيلية"; "بالأمل" is "with hope"). No other letter is taken for a prefix there."""
    first = tokens[i]
    name = alias.split()[0]
    if first.key not in (name, "ب" + name, "ال" + name, "بال" + name):
        return False  # a word read with a letter taken for a prefix: "ولاية" is not و + Lae (لايه)
    if first.key.isascii():  # not "at": "at Police headquarters"; not a word of a longer name: "West Bank"
        part_of_a_name = (i > 0 and not first.boundary and tokens[i - 1].text[:1].isupper() and prev not in _IN) \
            or _name_goes_on(tokens, i + len(alias.split()))  # "at the Olympic Stadium"
        return first.text[:1].isupper() and not part_of_a_name and (
            prev in _IN or _happened_there(tokens, i) or _where_a_trip_goes(tokens, k, prev))
    if prev in _LOCATIVE or _happened_there(tokens, i) or _where_a_trip_goes(tokens, k, prev):
        return True
    bare = alias.removeprefix("ال").replace(" ", "")
    return first.key.startswith("ب") and first.key not in _ALIASES and len(bare) >= 5


_IN = frozenset(("in", "inside"))


def _name_goes_on(tokens, j: int) -> bool:
    """A capitalised word right after: the name is a longer one's ("Olympic Stadium", "Victoria Station")."""
    if j >= len(tokens) or tokens[j].boundary or not tokens[j].text[:1].isupper():
        return False
    from checker.normalise.calendar_words import month_of, weekday_of

    return weekday_of(tokens[j].key) is None and month_of(tokens[j].key) is None


def _names_the_events_place(tokens, start: int, end: int, prev: str) -> bool:
    """A city that says where the event a word beside it names happens: after it in Arabic (اجتماع
    جنيف, قمة الرياض), between an article and it in English (the Geneva talks, a Paris summit). Not a
    country: "the Syria talks" are about Syria, held elsewhere."""
    if not tokens[start].key.isascii():
        return bool(prev) and happening[prev] is not None
    return (start > 0 and tokens[start - 1].key in _ARTICLES and not tokens[start].boundary and end < len(tokens)
            and not tokens[end].boundary and happening[tokens[end].key] is not None)


_ARTICLES = frozenset(("the", "a", "an"))


def _where_a_trip_goes(tokens, k: int, prev: str) -> bool:
    """Where a visit or a journey goes is where it happens: "will travel to Tokyo", "a visit to Oslo",
    "سيتوجه إلى طوكيو", "زيارة إلى أوسلو" (`k`: the word before the place, `prev` its key when it belongs
    to the place's clause). Not a place visited with no preposition ("بزيارة الأردن"): a tour's first
    stop is no more where it happens than its others."""
    if prev not in _TO:
        return False
    # In Arabic the verb comes first and its subject may stand between it and where it goes.
    j = k - 1
    nearest = j - (0 if prev.isascii() else _SUBJECT_BETWEEN)
    while j >= 0 and j >= nearest and not tokens[j + 1].boundary:
        if tokens[j].key in _TRAVELS:
            return True
        j -= 1
    return False


_SUBJECT_BETWEEN = 3


_TO = frozenset(map(fold, "to إلى الى".split()))
# Not "flew to", "headed to": "met in Paris, then flew to London" left the event's place.
_TRAVELS = frozenset(map(fold, "travel travels travelled traveled travelling traveling trip journey visit "
                               "يتوجه تتوجه سيتوجه ستتوجه توجه توجهت يسافر تسافر سيسافر ستسافر سافر "
                               "سافرت زيارة رحلة جولة".split()))


def _happened_there(tokens, i: int) -> bool:
    """"في مدينة خان يونس", "في شمال غزة", "بمخيم جباليا", "in the city of Mosul", "in
    northern Gaza": a preposition of place, then words that name a kind or a part of place, then it.
    Or where a strike fell: "غارة إسرائيلية على خان يونس", "an air strike on the city of Mosul". Not
    "near" or "around" (قرب، محيط): beside a place is not in it."""
    j, parts, named, describes = i - 1, 0, 0, False
    while j >= 0 and not tokens[j + 1].boundary and parts + named < 6:
        key = tokens[j].key
        if key in _PART_OF_PLACE:
            parts += 1
            describes = key not in ("of", "the")
        elif describes and (country_of_adjective(key) or tokens[j].text[:1].isupper()):
            named += 1  # "in the Syrian city of", "in the West Bank town of"; not "the President of"
        elif key.startswith("ب") and key[1:] in _PART_OF_PLACE:  # بمدينة، بشمال
            return True
        elif key in _ON:
            before = tokens[max(0, j - 2) : j]  # the strike, and perhaps a word of it ("غارة إسرائيلية")
            return not tokens[j].boundary and any(happening[t.key] in _STRIKES or counted_concept(t.key) == "raid"
                                                  for t in before)
        else:
            return parts > 0 and key in _LOCATIVE
        j -= 1
    return False


# "غارة على خان يونس", "an attack on Kabul": where the strike fell.
_ON = frozenset(map(fold, "على on".split()))
_STRIKES = frozenset({"attack", "air strike", "explosion"})
_PART_OF_PLACE = frozenset(map(fold, (
    "مدينة بلدة قرية مخيم محافظة ولاية منطقة حي ضاحية ريف إقليم قضاء شمال جنوب شرق غرب وسط شمالي جنوبي شرقي غربي "
    "the city town village camp province district region suburbs outskirts of north south east west northern "
    "southern eastern western central").split()))


def _possible_starts(keys: list[str], starts: list[int]) -> list[int]:
    """The tokens a place can begin at: a known first word (one cached lookup rules out most tokens,
    `may_start_place`), or a word before "capital"."""
    if "capital" in keys:  # "the French capital": the adjective before it begins the place
        before = [i - 1 for i, key in enumerate(keys) if key == "capital" and i > 0]
        starts = sorted(set(starts).union(before))
    return starts


def _match_at(text: str, tokens, i: int) -> tuple[Place, int, str | None] | None:
    """The place beginning at tokens[i], one of the _possible_starts, the index after it and the
    alias it was found by (None for "the French capital")."""
    first = tokens[i]
    # "العاصمة الفرنسية (باريس)", "the French capital": the capital of the country the adjective names.
    if _is_capital_word[first.key]:
        if i + 1 < len(tokens) and not tokens[i + 1].boundary:
            named = _alias_at(text, tokens, i + 1)
            if named is not None and named[2] not in _PHRASE_ONLY:  # "العاصمة السويدية" is no town السويدية
                return named
            code = country_of_adjective(tokens[i + 1].key)
            if code and capital_of(code):
                end = i + 2
                named = _alias_at(text, tokens, end) if end < len(tokens) else None
                if named is not None and named[0] == capital_of(code):
                    end = named[1]
                return capital_of(code), end, None
        return None
    if first.key.isascii() and i + 1 < len(tokens) and tokens[i + 1].key == "capital":
        code = country_of_adjective(first.key)  # "the French capital"
        if code and capital_of(code):
            return capital_of(code), i + 2, None
    return _alias_at(text, tokens, i)


@WordMemo
def _is_capital_word(key: str) -> bool:
    return any(v in _CAPITAL_WORDS for v in prefix_variants(key))


def _alias_at(text: str, tokens, i: int) -> tuple[Place, int, str] | None:
    found = _any_alias_at(text, tokens, i)
    if found is not None and found[1] == i + 1 and found[2] in _CAPITALS_ONLY and not tokens[i].text.isupper():
        return None  # "told us", not "the US"
    return found


def _any_alias_at(text: str, tokens, i: int) -> tuple[Place, int, str] | None:
    forms, lengths = _alias_forms(tokens[i].key)
    if lengths == (1,) or not lengths:  # no alias of several words begins so: what follows is not looked at
        if lengths:
            for form in forms:
                if form in _ALIASES:
                    return place_by_id(_ALIASES[form]), i + 1, form
        return None
    following = tokens[i + 1 : i + _LONGEST_ALIAS]
    keys = [t.key for t in following]
    if " " in "".join(keys):
        lengths = _EVERY_LENGTH  # a key of several words (from a ligature): words and tokens differ
    for length in lengths:  # longest first
        if length == 1:  # most places are one word
            for form in forms:
                if form in _ALIASES:
                    return place_by_id(_ALIASES[form]), i + 1, form
            continue
        rest = following[: length - 1]
        if len(rest) < length - 1 or any(t.boundary and text[before.end : t.start] not in _HYPHENS
                                         for before, t in zip(tokens[i : i + length - 1], rest)):
            continue  # "Deir al-Balah" is one name, "Paris, London" two
        words = keys[: length - 1]
        for form in forms:
            key = " ".join([form, *words])
            if key in _ALIASES:
                return place_by_id(_ALIASES[key]), i + length, key
    return None


@lru_cache(maxsize=1 << 16)
def _alias_forms(key: str) -> tuple[tuple[str, ...], tuple[int, ...]]:
    """The first words of an alias a token can be, in the order they are tried, and the lengths (in
    words, longest first) of the aliases that begin with them."""
    forms = []
    for variant in prefix_variants(key):
        forms.append(variant)
        # Place names with the article keep it ("الموصل"): "بالموصل" → "الموصل".
        if variant != key and not variant.startswith("ال"):
            forms.append("ال" + variant)
    if any(" " in form for form in forms):  # a key of several words (from a ligature): try every length
        return tuple(forms), _EVERY_LENGTH
    return tuple(forms), tuple(sorted({n for form in forms for lengths in (_ALIAS_LENGTHS, _GAZETTEER_LENGTHS)
                                       for n in lengths.get(form, ())}, reverse=True))


def same_place(a: Place, b: Place) -> bool | None:
    """True for the same place, a city and its country, or a town and the place it is part of ("في
    خان يونس" and "في غزة": Gaza is the Strip as often as the city); False for two different cities (or two
    different countries), None for a city and another country: "in Syria" is often where the fighting
    is, not where the meeting about it was. A place known only by its name (`unlisted_place`) is the
    same as one of the same name, and otherwise not known to differ: a town may lie in a province."""
    if a.id == b.id:
        return True
    if a.country is None or b.country is None:
        return True if a.country is None and b.country is None and _same_unlisted(a.id, b.id) else None
    if a.country == b.id or b.country == a.id or a.within == b.id or b.within == a.id:
        return True
    if is_city(a) != is_city(b):
        return None
    return False


UNLISTED = "~"  # the id of a place known only by its name begins so


@lru_cache(maxsize=4096)
def unlisted_place(name: str) -> Place | None:
    """A place the tables and the gazetteer do not know, named by a claim's own location field ("Amasra",
    "إقليم إنغا", "the island of Rhodes"): its folded name is all that is known of it, without the words
    that say what kind of place it is. None when nothing but such words, or common words, is left."""
    words = [t for t in tokenize(name) if t.key not in _NOT_THE_NAME]
    keys = [t.key for t in words]
    if not keys or not may_be_a_name(" ".join(keys)) or not any(
            zipf_as_written[undiacritised(t.text)] < _ORDINARY_NAME for t in words):
        return None
    return Place(UNLISTED + " ".join(keys), name.strip(), None)


_NOT_THE_NAME = _PART_OF_PLACE | _LOCATIVE | frozenset(map(fold, (
    "جزيرة جزر island islands county state governorate municipality area zone".split())))


_ORDINARY_NAME = 4.0  # wordfreq's Zipf scale: once in 100,000 words; not "north", "border", "المنطقة"


def _same_unlisted(a: str, b: str) -> bool:
    """Two names of places known only by their names: one holds the other's words ("Amasra", "Amasra
    coal mine"), or, written in two scripts, they sound alike as a whole ("Rhodes", "رودس")."""
    words_a, words_b = set(a[len(UNLISTED):].split()), set(b[len(UNLISTED):].split())
    if words_a <= words_b or words_b <= words_a:
        return True
    if a.isascii() == b.isascii():
        return False
    sound = unlisted_sound(a)
    return sound is not None and sound == unlisted_sound(b)


@lru_cache(maxsize=4096)
def unlisted_sound(place_id: str) -> str | None:
    """How the name of a place known only by its name sounds, in either script ("Rhodes", "رودس": r-d);
    None for a name too short to tell by its sound."""
    sound = " ".join(skeleton[w] for w in sorted(set(place_id[len(UNLISTED):].split())))
    return sound if len(sound.replace(" ", "")) >= _SHORTEST_SOUND else None


_SHORTEST_SOUND = 2  # consonants: "Rhodes" and "رودس" are r-d


def is_city(place: Place) -> bool:
    return place.id != place.country


add_places(*_table_rows())
