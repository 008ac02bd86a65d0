"""More places, from a TOML file named by CHECKER_PLACES: a newsroom's own beat (its towns, districts,
camps) is compared like the cities of the built-in table. Every problem is one line naming the entry.

    [cities.tobruk]
    name = "Tobruk"
    arabic = ["طبرق"]
    english = ["tobruk"]        # other English spellings, besides the name
    country = "LY"              # a country code of the table, or one given below
    # within = "benghazi"       # a place it is part of, which it agrees with (a district of a city)

    [countries.NE]
    name = "Niger"
    arabic = ["النيجر"]
    nisba = ["نيجري"]           # Arabic adjective stems: "وزير الدفاع النيجري"
    adjectives = ["nigerien"]
    capital = "niamey"          # a city id or English name, of the table or of this file
"""

from __future__ import annotations

from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field

from checker.normalise.places import CityRow, CountryRow, PlacesError, add_places, load_gazetteer
from checker.normalise.toml_file import parse, read_text


class PlacesFileError(ValueError):
    """A places file that cannot be used, with a message naming the first bad entry."""


class _City(BaseModel):
    model_config = ConfigDict(extra="forbid")
    name: str = Field(min_length=1)
    arabic: list[str] = []
    english: list[str] = []
    country: str = Field(min_length=2)
    within: str | None = None


class _Country(BaseModel):
    model_config = ConfigDict(extra="forbid")
    name: str = Field(min_length=1)
    arabic: list[str] = []
    nisba: list[str] = []
    adjectives: list[str] = []
    capital: str = Field(min_length=1)
    english: list[str] = []  # its other English names


class _PlacesFile(BaseModel):
    model_config = ConfigDict(extra="forbid")
    cities: dict[str, _City] = {}
    countries: dict[str, _Country] = {}


def add_places_file(path: Path) -> int:
    """Adds the places of the file; how many it gives."""
    table = parse(read_text(path, PlacesFileError), _PlacesFile, PlacesFileError)
    countries = [CountryRow(code, c.name, tuple(c.arabic), tuple(c.nisba), tuple(c.adjectives), c.capital, tuple(c.english))
                 for code, c in table.countries.items()]
    cities = [CityRow(city_id, c.name, tuple(c.arabic), tuple(c.english), c.country, c.within)
              for city_id, c in table.cities.items()]
    load_gazetteer()  # a town may be in a country the gazetteer knows ("KE")
    try:
        add_places(countries, cities)
    except PlacesError as exc:
        raise PlacesFileError(str(exc)) from None
    return len(countries) + len(cities)
