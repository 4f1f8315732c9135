"""Asides put between commas: 'составит, добавил он, 2,13 трлн', 'доля, по
предварительным анализам, превысила 70%'.

An aside says who reports a figure, how it was reckoned or what the noun
before it takes in ('добыча нефти, включая газовый конденсат, достигла'); it is no part of
the clause around it. The subject and verb of that clause, and the verb and
its figure, stand on either side of it as if it were not there, whatever the
parser hung on the aside's words. The words that open an aside are data
(models/claims/context.json: source_prepositions, speech_verbs,
linking_asides, inclusion_asides).
"""
from pipeline.claims.context import context_lexicon
from pipeline.claims.lexicon import lemma_of, normalize

# An aside is short: 'по его словам', 'по предварительной оценке Минэкономики',
# 'добавил глава ведомства'. A longer stretch between commas is a clause.
ASIDE_LENGTH = 5
# Words that may stand inside a source phrase without breaking it: 'по [его]
# словам', 'по [предварительной] оценке'.
MODIFIER_POS = {"ADJ", "DET"}
POSSESSIVES = {"его", "ее", "их"}


def opening_comma_of_aside(doc, comma, low=0):
    """The index of the comma opening an aside that the comma at `comma`
    closes, or None when no aside ends there. `low` is the first index the
    search may reach (the sentence start)."""
    for index in range(comma - 1, max(comma - ASIDE_LENGTH - 2, low - 1), -1):
        if doc[index].text == ",":
            return index if is_aside(doc[index + 1:comma]) else None
    return None


def in_an_aside(token):
    """Is the token inside an aside between commas?"""
    doc, low, high = token.doc, token.sent.start, token.sent.end
    closing = next((t.i for t in doc[token.i + 1:min(token.i + ASIDE_LENGTH + 1, high)] if t.text == ","), None)
    if closing is None:
        return False
    opening = opening_comma_of_aside(doc, closing, low)
    return opening is not None and opening < token.i


def is_aside(words):
    """Do these words, cut off by commas on both sides, make an aside?"""
    words = [t for t in words if not t.is_space]
    if not words or len(words) > ASIDE_LENGTH or any(t.like_num for t in words):
        return False
    return _names_a_source(words) or _reckoned_by(words) or _said_by(words) or _links_to_before(words) \
        or _takes_in_or_leaves_out(words)


def _names_a_source(words):
    """'по данным ЦБ', 'по его словам', 'по предварительной оценке'."""
    core = [normalize(t.text) for t in words if not _modifier(t)]
    return any(tuple(core[:len(cue)]) == cue for cue in context_lexicon()["source_prepositions"])


def _reckoned_by(words):
    """'по предварительным анализам', 'по предварительным итогам': 'по' with
    a qualified dative noun and nothing after it says how the figure was
    reckoned."""
    core = [t for t in words if not _modifier(t)]
    return len(core) == 2 and len(words) > 2 and normalize(core[0].text) == "по" \
        and core[1].pos_ == "NOUN" and "Dat" in core[1].morph.get("Case")


def _said_by(words):
    """'добавил он', 'отметил министр': a speech verb with its speaker."""
    return words[0].pos_ == "VERB" and lemma_of(words[0]) in context_lexicon()["speech_verbs"]


def _links_to_before(words):
    """'таким образом', 'впрочем', 'в свою очередь': a linking word ties the
    sentence to the one before and holds no subject."""
    return tuple(normalize(t.text) for t in words) in context_lexicon()["linking_asides"]


def _takes_in_or_leaves_out(words):
    """'включая газовый конденсат', 'без учёта НДС', 'в том числе импорт':
    the phrase widens or narrows what the noun before it covers, and holds
    no subject of the verb after it."""
    norms = tuple(normalize(t.text) for t in words)
    return any(norms[:len(cue)] == cue and len(norms) > len(cue)
               for cue in context_lexicon()["inclusion_asides"])


def _modifier(token):
    return token.pos_ in MODIFIER_POS or normalize(token.text) in POSSESSIVES
