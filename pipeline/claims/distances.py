"""Distances to or from a point: they locate a place and measure nothing,
unless a thing named by a common noun is said to lie at that distance.

'До звезды около 45 световых лет', 'жил незамеченным в 50 км от столицы':
a distance to or from a point says where something is (NOTES.md: distances
locating a place have no metric), so metric_head drops whatever head the
other rules found for it. 'Эпицентр находился в 48 км к юго-западу от
города', 'Орбита пролегает в 0,13 а. е. от звезды': the gold of fresh-aa,
-ah, -cl and -s takes the thing the verb places there (fresh-o alone takes
none); a place by name ('село Жарколь, расположенное в 186 км к югу') or a
clause with no subject keeps none. Word lists: measures.json
(distance_points, distance_units, compass_words, position_verbs).
"""
from pipeline.claims.lexicon import case_words, normalize
from pipeline.claims.word_kinds import SUBJECT_DEPS, finite_verb, lemma_of, measure_words, names_person


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
    after = _word_after_a_distance_in(figure, inside, doc)
    return after is not None and normalize(doc[after].text) in measure_words("distance_points")


def holder_of_a_position(figure, anchor, inside):
    """'Эпицентр находился в 48 км к юго-западу от города': the common noun
    subject of the finite verb a distance 'в' N ('к' a side) 'от' a point hangs
    on, or None."""
    doc = anchor.doc
    if not _from_a_point_after_v(figure, inside, doc):
        return None
    verb = anchor.head
    if verb.i == anchor.i or not finite_verb(verb) or lemma_of(verb) not in measure_words("position_verbs"):
        return None      # 'Сражение произошло в 20 верстах от Смоленска': an event happens there, it lies nowhere
    # the subject nearest the verb: 'очаг залегал на глубине 35 км, эпицентр находился в 48 км',
    # with both nouns hung on the second verb
    for child in sorted(verb.children, key=lambda child: -child.i):
        if child.dep_ in SUBJECT_DEPS and child.i < verb.i and _a_thing(child):
            return child
    return None


def _a_thing(noun):
    """A common noun for a lifeless thing ('эпицентр', 'орбита'): a place by
    name or a person ('беглецы жили в 40 км от границы') only says where."""
    return noun.pos_ == "NOUN" and "Anim" not in noun.morph.get("Animacy") and not names_person(noun)


def _from_a_point_after_v(figure, inside, doc):
    """'в 48 км от города', 'в 23 км к северо-востоку от города': 'в', the
    distance, perhaps a side of the compass, then 'от'."""
    after = _word_after_a_distance_in(figure, inside, doc, past_a_side=True)
    return after is not None and normalize(doc[after].text) == "от"


def _word_after_a_distance_in(figure, inside, doc, past_a_side=False):
    """Index of the word after 'в' and a distance ('в 48 км от'), past a side
    of the compass when asked ('в 23 км к северо-востоку от'), or None when
    the figure is no distance after 'в' or ends the text."""
    before, after = min(inside) - 1, max(inside) + 1
    if not _is_distance(figure, inside, doc) or before < 0 or normalize(doc[before].text) != "в":
        return None
    if past_a_side and after + 1 < len(doc) and normalize(doc[after].text) == "к" \
            and any(side in normalize(doc[after + 1].text) for side in measure_words("compass_words")):
        after += 2
    return after if after < len(doc) else None


# Units that are distances by themselves; others are told by their words (measures.json).
DISTANCE_UNITS = ("km", "m")
