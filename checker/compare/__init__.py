"""Claims → contradictions, with plain deterministic rules.

In: the claims of every article and each article's day of publication. Out: the contradictions
between the claims of different articles, most severe first, ids c1, c2, … The steps, each a plain
function: read each claim's values (`facts`), merge the people (`entities`), group the claims into
events (`events`), let each kind of contradiction look within events (`kinds/`, one module a kind),
order the findings (`findings`). `run` runs them, in one process or several.

`compare` is pure: no I/O, the same input gives the same findings in the same order with the same ids.
"""

from checker.compare.run import compare

__all__ = ["compare"]
