"""Distances to or from a point: they locate a place and measure nothing.

'До звезды около 45 световых лет', 'жил незамеченным в 50 км от столицы':
a distance to or from a point says where something is (NOTES.md: distances
locating a place have no metric), so metric_head drops whatever head the
other rules found for it. Word lists: measures.json (distance_points,
distance_units).
"""
from pipeline.claims.lexicon import case_words, normalize
from pipeline.claims.word_kinds import measure_words


def point_of_a_distance(figure, head, inside):
    """'До звезды около 45 световых лет', 'в 40 км от центра': a distance to
    or from a point locates a place and has no metric (NOTES.md); the point
    is not what it measures."""
    points = measure_words("distance_points")
    before = head.doc[head.i - 1] if head.i > 0 else None
    # the parser may make a sentence-opening 'До' the root: word order tells
    if not (case_words(head) & points or (before is not None and before.pos_ == "ADP" and normalize(before.text) in points)):
        return False
    return _is_distance(figure, inside, head.doc)


def _is_distance(figure, inside, doc):
    """Is the figure a distance: in km or m, or in a unit named as one ('световых лет', 'верстах')?"""
    if figure.unit in DISTANCE_UNITS:
        return True
    words = " ".join(normalize(doc[i].text) for i in sorted(inside))
    return any(words.endswith(unit) for unit in measure_words("distance_units"))


def locates_from_a_point(figure, inside, doc):
    """'жил незамеченным в 50 км от столицы', 'в 30 верстах от Полтавы': 'в' a distance 'от' a point says
    where something is, whatever word the parser hangs the figure on; such a
    distance has no metric (NOTES.md: distances locating a place)."""
    before, after = min(inside) - 1, max(inside) + 1
    return _is_distance(figure, inside, doc) and before >= 0 and after < len(doc) \
        and normalize(doc[before].text) == "в" and normalize(doc[after].text) in measure_words("distance_points")


# Units that are distances by themselves; others are told by their words (measures.json).
DISTANCE_UNITS = ("km", "m")
