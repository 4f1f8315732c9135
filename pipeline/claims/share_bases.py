"""A percent reckoned from a base named after 'от' ('что соответствует 94% от
посевной площади', 'освоено 22,8 млрд (98,6% от плана)', 'остаётся 15% от
общей протяжённости сети'): when no other rule found what the percent
measures, the base is its metric. The step runs after every other filling
step, so that a change verb's object ('сократить поставки на 85% от планового
объёма') or the figure a share restates ('9317 бюллетеней, или 2,3% от общего
числа') wins. Word list: measures.json (share_base_prepositions).
"""
from pipeline.claims import metric
from pipeline.claims.lexicon import normalize
from pipeline.claims.word_kinds import measure_words


def base_of_a_share_left_empty(doc, found):
    """Give a percent with no metric and no preposition of its own the noun
    phrase of the base after 'от'. A percent after a preposition ('на 97% от
    плана', 'до 40% от уровня') is a change or a restatement, read elsewhere."""
    for item in found:
        if item.metric is not None or item.figure.unit != "percent" or item.figure.preposition is not None:
            continue
        base = _base_after(doc, item.tokens[-1].i + 1)
        if base is not None:
            item.metric = (metric.phrase(base, item.inside), base)


def _base_after(doc, position):
    """The genitive word 'от' at `position` opens the phrase of, or None: the
    word the parser hangs 'от' on, which may be a noun it tagged as an
    adjective ('от общей протяжённости сети', an adjective heading a genitive
    of its own); else the first noun past the adjectives ('от твоего среднего
    заработка')."""
    if position >= len(doc) or normalize(doc[position].text) not in measure_words("share_base_prepositions"):
        return None
    heading = doc[position].head
    if heading.i > position and "Gen" in heading.morph.get("Case") \
            and (heading.pos_ == "NOUN" or (heading.pos_ == "ADJ" and heading.dep_ == "nmod")):
        return heading
    position += 1
    while position < len(doc) and doc[position].pos_ in ("ADJ", "DET"):
        position += 1
    if position >= len(doc):
        return None
    noun = doc[position]
    return noun if noun.pos_ == "NOUN" and "Gen" in noun.morph.get("Case") else None
