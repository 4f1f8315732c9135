"""A part of a whole that only says which kind of the whole's things it is.

After 'из них', 'из которых' or 'в том числе' a figure measures the whole
(NOTES.md, session 7). The words after its figure may name a group of its
own ('из них 18 детей', 'в том числе 250 детей': a count keeps its noun), or
only sort the whole's things into a kind, with the noun left out:

- an adjective right after a count: '126 самолётов, из них 34
  дальнемагистральных', 'пунктов 214, в том числе 38 мобильных';
- a dash after the figure and no noun in the nominative up to the clause
  end: 'из них около 300 — тяжелые', 'из них 310 — реанимационные', 'в том
  числе 12 — прошлых лет', 'из них 712 — пенсионного возраста'. The gold
  takes the whole in every such figure counted over the 92 development sets;
- a name in Latin letters right after a count: '18 лайнеров, в том числе
  восемь Boeing 777-300ER', '38 самолетов, в том числе 12 Airbus A321 и 9
  Superjet 100': a make or model of the whole's things, no noun of its own
  (the gold takes the whole in 3 of 3, on 2 of the 105 development sets,
  session 22; no other count in the gold has a Latin name after it).

A noun in the nominative after the dash ('из них 9 870 — дети') is read by
references.py and lists/parts.py; this module leaves it alone.
"""
from pipeline.claims import word_kinds
from pipeline.claims.dash_marks import CLAUSE_DASHES


def sorts_the_whole(doc, item):
    """Whether the words after a part's figure only say which of the whole's
    things it is, so that the figure measures the whole."""
    return _adjective_after_count(item) or _described_after_dash(doc, item) or _model_name_after_count(item)


def _adjective_after_count(item):
    """'126 самолётов, из них 34 дальнемагистральных': an adjective right
    after a count, its noun left out. A participle ('из них 5 раненых'), a
    noun ('из них 18 детей') or an adjective standing for people ('3
    несовершеннолетних', tagged animate) names a group of its own."""
    if item.metric is None or item.figure.unit != "count":
        return False
    word = item.metric[1]
    # the tagger takes such a word for a noun ('34 дальнемагистральных'): the dictionary decides
    return word.i == item.tokens[-1].i + 1 \
        and "Part" not in word.morph.get("VerbForm") and "Anim" not in word.morph.get("Animacy") \
        and word_kinds.dictionary_adjective(word)


def _model_name_after_count(item):
    """'в том числе восемь Boeing 777-300ER': the count's metric is a name in
    Latin letters right after it, a make of the whole's things."""
    if item.metric is None or item.figure.unit != "count":
        return False
    word = item.metric[1]
    return word.i == item.tokens[-1].i + 1 and _in_latin_letters(word.text)


def _in_latin_letters(text):
    return text[:1].isascii() and text[:1].isalpha()


def _described_after_dash(doc, item):
    """'из них около 300 — тяжелые', 'в том числе 12 — прошлых лет': a dash
    right after the figure, then words with no noun in the nominative up to
    the clause end (an adjective or participle standing alone, a genitive
    phrase). At least one of them is an adjective or a noun, so that a
    preposition's phrase ('— по физике') or a verb is not taken for one."""
    dash = item.tokens[-1].i + 1
    if dash >= item.sentence[1] or doc[dash].text not in CLAUSE_DASHES:
        return False
    words = []
    for token in doc[dash + 1:item.sentence[1]]:
        if token.text in word_kinds.CLAUSE_PUNCTUATION_OR_DASH:
            break
        words.append(token)
    if not words or words[0].pos_ == "ADP":
        return False
    return all(_describing_word(word) for word in words)


def _describing_word(word):
    """An adjective (or a noun the dictionary reads only as one), or a noun
    in a case other than the nominative ('прошлых лет')."""
    if word.pos_ in ("ADJ", "DET") or word_kinds.adjective_tagged_noun(word):
        return True
    if word.pos_ == "VERB" and "Part" in word.morph.get("VerbForm") and word.morph.get("Case"):
        return True       # 'из них 240 тысяч — работающие': a full participle standing alone
    return word.pos_ == "NOUN" and not word_kinds.may_be_nominative(word)
