"""Figures that are a detail of another figure's noun phrase.

'на старт вышли 104 спортсмена из 31 страны, до финиша не добрались трое',
'вышли более 11 тыс. бегунов из 64 регионов России и 12 стран — на 2,5 тыс.
больше': '31 страны' says where the athletes came from; a later bare figure
goes on about the athletes, not the countries. The gold gives the outer
figure's noun (fresh-am, -cs: 2 of 2). A figure is such a detail when it
stands, under a preposition, inside the metric phrase an earlier figure
was given (a phrase the extractor drew too long, 'мест подано более 14,2
тыс.', holds no such detail).
"""
from pipeline.claims.word_kinds import after_preposition, first_conjunct


def detail_of_another(item, earlier):
    """Whether `item` stands inside the metric phrase of a figure among
    `earlier`, or counts a noun joined by 'и' to the noun of such a detail
    ('из 64 регионов России и 12 стран')."""
    noun = item.metric[1] if item.metric is not None else None
    # 'из 64 регионов и 12 стран': a later conjunct shares the first one's preposition
    if noun is None or not after_preposition(first_conjunct(noun)):
        return False      # a detail says where from or of what, under its preposition ('из 31 страны')
    first = item.tokens[0].i
    # ('18 автобусов на сумму 410 млн': a sum in another unit is no detail of the count)
    if any(other is not item and other.metric is not None and other.figure.unit == item.figure.unit
           and other.metric[0][0] <= first < other.metric[0][1] for other in earlier):
        return True
    if noun.dep_ != "conj":
        return False
    return any(other is not item and other.metric is not None and other.metric[1].i == noun.head.i
               and detail_of_another(other, earlier) for other in earlier)


def without_details(earlier):
    """`earlier` without the figures that are details of another of them."""
    return [item for item in earlier if not detail_of_another(item, earlier)]
