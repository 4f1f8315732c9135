"""Numbers that are not claims: dates, years, clock times, ordinals,
identifiers and codes, phone numbers and URLs, ages, partitives, list markers.

`exclusion(words, figure)` names the reason a figure is dropped, or None.
Rules read the words around the number; morphology is used when the
Words carry spaCy tokens (for case agreement), else they fall back to
spelling alone. Furniture and named entities are checked by the component,
which holds the Doc.

One module per kind of exclusion: dates_and_times.py (dates, years, clock and
relative times, periods), ordinals.py, identifiers.py (codes, phones,
addresses, names with numbers), ages.py, terms_of_instruments.py (the term
of a bond or deposit), titles.py (quoted names), number_words.py (a lone
'one', partitives, homographs) and phrases.py (scores, list markers,
formulas, margins of error, idioms, rate bases, denials, frames of another
figure); shared.py holds the cue lists and word helpers they share.
RULES below fixes the order in which they are tried.
"""
from pipeline.claims.exclusions.ages import is_age, is_age_rating
from pipeline.claims.exclusions.dates_and_times import (
    is_clock_time, is_date, is_period_of_year, is_period_part, is_relative_time, is_year)
from pipeline.claims.exclusions.identifiers import (
    is_address, is_identifier, is_name_of_race, is_name_of_speed_test, is_name_of_war, is_name_of_years,
    is_named_by_number)
from pipeline.claims.exclusions.number_words import (
    is_homograph, is_lone_one, is_one_of_pair, is_partitive, is_unit_of_sale)
from pipeline.claims.exclusions.ordinals import (
    is_compound_ordinal, is_grade_range, is_listed_after_ordinal, is_ordinal, is_ordinal_ending, is_position_range,
    is_ordinal_spelled_as_fraction, is_rank_bracket)
from pipeline.claims.exclusions.phrases import (
    is_denied, is_face_off, is_formula, is_frame_of_another, is_heading_number, is_idiom, is_list_marker, is_margin_of_error,
    is_rate_base, is_score, is_top_of_scale)
from pipeline.claims.exclusions.shared import cues
from pipeline.claims.exclusions.terms_of_instruments import is_term_of_instrument
from pipeline.claims.exclusions.titles import is_title


def exclusion(words, figure):
    """Why this figure is not a claim ("date", "year", ...), or None if it is one."""
    for reason, rule in RULES:
        if rule(words, figure):
            return reason
    return None


RULES = (
    ("date", is_date),
    ("year", is_year),
    ("clock", is_clock_time),
    ("identifier", is_identifier),
    ("ordinal", is_ordinal),
    ("ordinal", is_ordinal_ending),
    ("ordinal", is_ordinal_spelled_as_fraction),
    ("ordinal", is_compound_ordinal),
    ("ordinal", is_listed_after_ordinal),
    ("named_by_number", is_named_by_number),
    ("rank_bracket", is_rank_bracket),
    ("name_of_years", is_name_of_years),
    ("name_of_war", is_name_of_war),
    ("name_of_race", is_name_of_race),
    ("name_of_speed_test", is_name_of_speed_test),
    ("age_rating", is_age_rating),
    ("score", is_score),
    ("top_of_scale", is_top_of_scale),
    ("age", is_age),
    ("term_of_instrument", is_term_of_instrument),
    ("partitive", is_partitive),
    ("homograph", is_homograph),
    ("relative_time", is_relative_time),
    ("lone_one", is_lone_one),
    ("list_marker", is_list_marker),
    ("heading", is_heading_number),
    ("formula", is_formula),
    ("margin_of_error", is_margin_of_error),
    ("position_range", is_position_range),
    ("grade_range", is_grade_range),
    ("address", is_address),
    ("idiom", is_idiom),
    ("face_off", is_face_off),
    ("rate_base", is_rate_base),
    ("unit_of_sale", is_unit_of_sale),
    ("one_of_pair", is_one_of_pair),
    ("denied", is_denied),
    ("title", is_title),
    ("period_part", is_period_part),
    ("period_of_year", is_period_of_year),
    ("frame_of_another", is_frame_of_another),
)

__all__ = [
    "exclusion",
    "RULES",
    "cues",
    "is_address",
    "is_age",
    "is_age_rating",
    "is_clock_time",
    "is_compound_ordinal",
    "is_date",
    "is_denied",
    "is_formula",
    "is_frame_of_another",
    "is_grade_range",
    "is_heading_number",
    "is_homograph",
    "is_identifier",
    "is_idiom",
    "is_list_marker",
    "is_listed_after_ordinal",
    "is_lone_one",
    "is_margin_of_error",
    "is_name_of_years",
    "is_named_by_number",
    "is_one_of_pair",
    "is_ordinal",
    "is_ordinal_ending",
    "is_ordinal_spelled_as_fraction",
    "is_partitive",
    "is_period_of_year",
    "is_period_part",
    "is_position_range",
    "is_rank_bracket",
    "is_rate_base",
    "is_relative_time",
    "is_score",
    "is_term_of_instrument",
    "is_title",
    "is_top_of_scale",
    "is_year",
]
