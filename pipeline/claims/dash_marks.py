"""Which characters are dashes, one set per meaning (models/claims/dashes.json).

A dash means two different things in the claims: it stands between clauses or
list items ('прибыль — на 3%'), or between the two ends of a range ('5–7').
The sets are defined once here so that every module reads a dash the same way.
"""
import re

from pipeline.claims.lexicon import load_json

_TABLE = load_json("dashes.json")

# 'выручка выросла на 5%, прибыль — на 3%': a dash between clauses or list items, as typeset
CLAUSE_DASHES = frozenset(_TABLE["clause_dashes"])
# the same dash also when typed with hyphens ('прибыль - 3%', 'прибыль -- 3%')
CLAUSE_DASHES_AS_TYPED = CLAUSE_DASHES | frozenset(_TABLE["typed_clause_dashes"])
# the dash as typeset or as one hyphen ('«…», - сказал он', a line opening '- ');
# the readers of quotes, line openers and clause stretches never met '--' there
CLAUSE_DASHES_OR_HYPHEN = CLAUSE_DASHES | {"-"}

# '5–7', 'январь – сентябрь': a dash between the two ends of a range
RANGE_DASHES = frozenset(_TABLE["range_dashes"])
# what a figure reader takes as a range link: the dashes, two hyphens, an ellipsis ('5…7')
RANGE_LINKS = RANGE_DASHES | frozenset(_TABLE["typed_range_dashes"]) | frozenset(_TABLE["range_ellipsis"])
# the range dashes as a regular-expression character class, for ranges written in one token
RANGE_DASH_CLASS = "[" + "".join(re.escape(dash) for dash in sorted(RANGE_DASHES)) + "]"
