"""One small rule module per kind of contradiction. Adding a kind is adding a module with `KIND` and
`find(ctx) -> list[Contradiction]`, and listing it here."""

from checker.compare.kinds import attribution, date, location, name, polarity, quantity, swapped

# `swapped` finds places, people and counts swapped in claims that carry no fields of their own, and
# reports each as a finding of that kind.
KINDS = [quantity, name, date, location, attribution, polarity, swapped]
