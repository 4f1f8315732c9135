"""A figure that restates a fraction word in brackets or between dashes.

'почти половина (48,5%)', 'почти половина — 91 млрд — пришлась на ...',
'почти треть из них (31%) работает': the figure after the bracket or dash
gives the same part again in other units, so it measures what the fraction
word measures, with the fraction's direction. Left to itself the parser
hangs the figure on the fraction word, and the metric came out 'половина'.
The gold agrees in every such figure of the 105 development sets (7 of 7,
on 7 sets, counted in session 22).
"""
from pipeline.claims.anaphora import partitive_pronoun
from pipeline.claims.dash_marks import CLAUSE_DASHES_AS_TYPED
from pipeline.claims.lexicon import normalize, skipped_before_figure

OPENERS = CLAUSE_DASHES_AS_TYPED | {"("}


def figures_restating_a_fraction(doc, found):
    """Give a figure right after a fraction word and a bracket or dash the
    fraction's metric and direction (run last, once the fraction has them)."""
    for k, item in enumerate(found):
        if k == 0:
            continue
        fraction = found[k - 1]
        if fraction.figure.unit == "fraction" and item.figure.unit != "fraction" \
                and _restates(doc, fraction, item):
            item.metric = fraction.metric
            item.direction, item.trigger, item.change = fraction.direction, fraction.trigger, fraction.change


def _restates(doc, fraction, item):
    """Only an opening bracket or dash stands between the two, with the
    fraction's partitive phrase ('треть из них (') and the figure's bounds
    ('— около 91 млрд')."""
    end = fraction.tokens[-1].i
    pronoun = partitive_pronoun(doc, fraction.inside)
    if pronoun is not None and pronoun.i > end:
        end = pronoun.i
    between = [t for t in doc[end + 1:item.tokens[0].i] if not t.is_space]
    bounds = skipped_before_figure("bounds_and_particles")
    while between and normalize(between[-1].text) in bounds:
        between.pop()
    return len(between) == 1 and between[0].text in OPENERS
