"""What rivals win: shares of the vote, seats, points (ellipsis, CLAIMS.md).

'Блок «Новый путь» набрал 38,4% голосов. Правящая партия получила 31,2%,
социал-демократы — 9,8%': a report of a contest names what is won once, after
the first figure; each later rival's bare figure ('получила 31,2%',
'социал-демократы — 9,8%') measures the same thing, and the rival is who won
it, never the metric (context.py makes it the qualifier).
"""
from pipeline.claims.dashes import dash_before
from pipeline.claims.near_figure import noun_right_after, word_above
from pipeline.claims.word_kinds import NOUNISH, QUOTES, SUBJECT_DEPS, lemma_of, measure_words, names_person


def what_each_rival_won(doc, found, earlier_found):
    """Give a rival's bare figure that names nothing it won, or names the rival,
    the metric of the nearest earlier figure won the same way that names what
    was won. `earlier_found` is the document's claims so far."""
    earlier = list(earlier_found)
    for item in found:
        if _won_by_a_rival(doc, item) and _names_nothing_won(doc, item):
            donor = next((before for before in reversed(earlier) if _names_what_was_won(doc, before, item)), None)
            if donor is not None:
                item.metric = donor.metric
        earlier.append(item)


def _names_what_was_won(doc, donor, item):
    return donor.figure.unit == item.figure.unit and donor.metric is not None \
        and not _a_rival(donor.metric[1]) and _won_by_a_rival(doc, donor)


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
    """'партия получила 31,2%' (a verb of winning with a rival as its subject),
    or 'националисты из «Отечества» — 6,1%' (a rival before a dash)."""
    verb = word_above(item.anchor, item.inside)
    if lemma_of(verb) in measure_words("winning_verbs"):
        if "Part" in verb.morph.get("VerbForm"):
            return _a_rival(verb.head)      # 'глава региона Игорь Руденко, набравший 70,6% голосов'
        return any(child.dep_ in SUBJECT_DEPS and _a_rival(child) for child in verb.children)
    rival = _word_before_dash(doc, item)
    return rival is not None and _a_rival(rival)


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
    return names_person(token) or token.ent_type_ in ("PER", "ORG") or token.pos_ == "PROPN" \
        or "Anim" in token.morph.get("Animacy") or lemma_of(token) in measure_words("rival_nouns")
