"""Values as written → comparable form: Arabic orthography, numbers and quantities, dates, places,
people's names and roles, opposite words; whether a value is in a text (`grounding`). Pure functions
but for what they read once: the gazetteer (cached on disk) and a newsroom's TOML files."""

from checker.normalise.arabic import fold, fold_digits, prefix_variants, strip_article, tokenize
from checker.normalise.dates import When, compare_when, find_dates, parse_when, resolve
from checker.normalise.names import PersonMention, Role, find_persons, name_tokens, parse_role, same_person
from checker.normalise.numbers import Number, Quantity, find_quantities, parse_number, to_ascii_digits
from checker.normalise.places import Place, PlaceMention, find_places, lookup_place, same_place

__all__ = [
    "Number", "PersonMention", "Place", "PlaceMention", "Quantity", "Role", "When",
    "compare_when", "find_dates", "find_persons", "find_places", "find_quantities", "fold", "fold_digits",
    "lookup_place", "name_tokens", "parse_number", "parse_role", "parse_when", "prefix_variants", "resolve",
    "same_person", "same_place", "strip_article", "to_ascii_digits", "tokenize",
]
