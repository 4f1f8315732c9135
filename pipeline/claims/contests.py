"""What rivals win: shares of the vote, seats, points (ellipsis, CLAIMS.md).

'Блок «Новый путь» набрал 38,4% голосов. Правящая партия получила 31,2%,
социал-демократы — 9,8%': a report of a contest names what is won once, after
the first figure; each later rival's bare figure ('получила 31,2%',
'социал-демократы — 9,8%') measures the same thing, and the rival is who won
it, never the metric (context.py makes it the qualifier).
"""
from pipeline.claims.dashes import dash_before
from pipeline.claims.near_figure import noun_right_after, word_above
from pipeline.claims.units import PERCENT_UNITS
from pipeline.claims.word_kinds import NOUNISH, QUOTES, SUBJECT_DEPS, lemma_of, measure_words, names_person


def what_each_rival_won(doc, found, earlier_found, paragraph_found):
    """Give a rival's bare figure that names nothing it won, or names the rival,
    the metric of the nearest earlier figure that names what was won: one won
    the same way anywhere before, or a plain share of the paragraph ('за него
    проголосовали 61 412 избирателей, или 44,2%. Лаптев набрал 29,8%').
    `earlier_found` and `paragraph_found` are the document's and the
    paragraph's claims so far."""
    earlier = list(earlier_found)
    paragraph = list(paragraph_found)
    for item in found:
        if _won_by_a_rival(doc, item) and _names_nothing_won(doc, item):
            donor = next((before for before in reversed(earlier) if _names_what_was_won(doc, before, item)), None) \
                or next((before for before in reversed(paragraph) if _plain_share_of_the_same(doc, before, item)), None)
            if donor is not None:
                item.metric = donor.metric
        earlier.append(item)
        paragraph.append(item)


def _names_what_was_won(doc, donor, item):
    """A figure of the same unit, won the same way, naming something other than its rival."""
    rival = _rival_of(doc, donor)
    return rival is not None and _names_something(donor, item) and donor.metric[1].i != rival.i


def _plain_share_of_the_same(doc, donor, item):
    """A share of the same paragraph that is no level ('Явка составила 33,7%')
    and no change: what the people it counts gave ('61 412 избирателей, или 44,2%')."""
    return item.figure.unit in PERCENT_UNITS and _names_something(donor, item) and donor.direction is None \
        and _rival_of(doc, donor) is None


def _names_something(donor, item):
    return donor.figure.unit == item.figure.unit and donor.metric is not None and not _a_named_rival(donor.metric[1])


def _names_nothing_won(doc, item):
    """No metric, or a rival that is not the figure's own genitive
    ('социал-демократы — 13', not '30% россиян')."""
    if noun_right_after(item.inside, doc) is not None:
        return False
    if item.metric is None:
        return True
    head = item.metric[1]
    return _a_rival(head) and not _right_after(head, item.inside)


def _right_after(token, inside):
    between = token.doc[max(inside) + 1:token.i]
    return token.i > max(inside) and all(word.is_space for word in between)


def _won_by_a_rival(doc, item):
    return _rival_of(doc, item) is not None


def _rival_of(doc, item):
    """Who won the figure: the rival subject of a verb of winning ('партия
    получила 31,2%'), or a rival before a dash ('националисты из «Отечества»
    — 6,1%'); else None."""
    verb = word_above(item.anchor, item.inside)
    if lemma_of(verb) in measure_words("winning_verbs"):
        if "Part" in verb.morph.get("VerbForm"):
            # 'глава региона Игорь Руденко, набравший 70,6% голосов'
            return verb.head if _a_rival(verb.head) else None
        return next((child for child in verb.children if child.dep_ in SUBJECT_DEPS and _a_rival(child)), None)
    # a rival before a dash is named in the nominative; 'верблюдов — 21 тысяча' is what is counted
    rival = _word_before_dash(doc, item)
    if rival is not None and _a_rival(rival) and "Gen" not in rival.morph.get("Case"):
        return rival
    return None


def _word_before_dash(doc, item):
    """The head of the phrase right before the figure's dash, or None."""
    dash = dash_before(item.inside, doc)
    if dash is None:
        return None
    index = dash - 1
    while index >= 0 and (doc[index].is_space or doc[index].text in QUOTES):
        index -= 1
    if index < 0:
        return None
    word = doc[index]
    # 'националисты из «Отечества»': climb from the name inside to the noun it hangs on
    while word.head.i != word.i and word.head.i < word.i and word.head.pos_ in NOUNISH \
            and not any(doc[k].text in (",", ":", ";") for k in range(word.head.i, word.i)):
        word = word.head
    return word


def _a_rival(token):
    """A party, a candidate, a team: a name, an organisation or a living being."""
    return _a_named_rival(token) or "Anim" in token.morph.get("Animacy")


def _a_named_rival(token):
    """A rival by name or by what it is ('партия', 'кандидат'); living beings
    in general ('избирателей', 'опрошенных') are what a share is of."""
    return names_person(token) or token.ent_type_ in ("PER", "ORG") or token.pos_ == "PROPN" \
        or lemma_of(token) in measure_words("rival_nouns")
