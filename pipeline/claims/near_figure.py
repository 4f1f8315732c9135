"""The words right next to a figure: the noun after it, its genitive, the verb above it.

'11 тысяч новых предложений', '80 процентов акций', 'шестичасовую разницу':
most rules that find a figure's metric start from the noun that follows the
figure or hangs from it, or from the verb the figure belongs to. The parser
often hangs a number on the wrong word, so the nouns after a figure are read
off word order as well as off the tree.
"""
from pipeline.claims.ratio_names import ratio_nouns
from pipeline.claims.word_kinds import (NOUNISH, QUOTES, bound_words, genitive_reading, in_comparison_mark, is_number_phrase,
                                        lemma_of, measure_words, modifying_participle, names_period, used_as_noun, word_at_or_after,
                                        word_before)

# How far right of a figure the noun it qualifies is looked for.
NOUN_REACH = 6


def first_noun_after(inside, doc):
    """The noun right after a figure, past its abbreviation dot and the
    adjectives before the noun, or None."""
    for token in _words_right_after(inside, doc):
        if token.pos_ in ("ADJ", "DET") or modifying_participle(token):
            continue
        if token.pos_ in NOUNISH and not is_number_phrase(token, inside) and not names_period(token):
            return token
        return None
    return None


def _words_right_after(inside, doc):
    """The words after a figure, within NOUN_REACH, past spaces and its
    abbreviation dot; none past a line break ('— 12 минут.\nЧитайте также')
    or past a dot that a new sentence follows."""
    last = max(inside)
    for index in range(last + 1, min(last + 1 + NOUN_REACH, len(doc))):
        token = doc[index]
        if token.is_space and "\n" in token.text:
            return
        if token.is_space or token.text == "." and index == last + 1:
            if token.text == "." and opens_sentence(index + 1, doc):
                return
            continue
        yield token


def noun_after_participle_and_agent(inside, doc):
    """'из 40 опрошенных нами фермеров', 'половина проверенных инспекцией
    магазинов', 'из 24 опрошенных «Вестником» экономистов': a passive
    participle right after a figure, then its agent (a word in the
    instrumental, or a name in quotes, whose case the tagger may miss),
    qualifies the noun after the agent in the participle's case; that noun
    is what the figure counts, never the agent or the participle itself."""
    words = list(_words_right_after(inside, doc))
    if len(words) < 3 or not _passive_participle(words[0]):
        return None
    after_agent = _past_agent(words, 1)
    if after_agent is None or after_agent >= len(words):
        return None
    noun = words[after_agent]
    case = set(words[0].morph.get("Case"))
    if noun.pos_ == "NOUN" and case & set(noun.morph.get("Case")):
        return noun
    return None


def _passive_participle(token):
    return "Part" in token.morph.get("VerbForm") and "Pass" in token.morph.get("Voice")


def _past_agent(words, start):
    """The position right after the agent that opens words[start:], or None:
    a name in quotes, or one word in the instrumental."""
    if words[start].text in QUOTES:
        closing = next((k for k in range(start + 1, len(words)) if words[k].text in QUOTES), None)
        return None if closing is None else closing + 1
    if "Ins" in words[start].morph.get("Case") and words[start].pos_ in NOUNISH | {"PRON"}:
        return start + 1
    return None


def opens_sentence(index, doc):
    """'Сейчас их 1 млн 240 тыс. Новых офисов ...': after an abbreviation's dot a
    capitalised common word opens the next sentence, whatever the splitter
    did; a noun the figure counts would be written in lower case."""
    word = word_at_or_after(doc, index)
    return word is not None and word.text[:1].isupper() and word.pos_ != "PROPN"


def genitive_right_after(inside, doc):
    """'11 тысяч новых предложений', '36 тыс. исков': the genitive noun that
    follows a figure, past its abbreviation dot and the adjectives agreeing
    with the noun, or None."""
    for token in _words_right_after(inside, doc):
        if token.pos_ in ("ADJ", "DET") or modifying_participle(token):
            if "Gen" not in token.morph.get("Case"):
                return None
            continue
        # the tagger may read a feminine genitive as a nominative ('2 400 гектаров пашни'):
        # right after a figure, the dictionary's genitive reading is the one meant
        if token.pos_ in NOUNISH and ("Gen" in token.morph.get("Case") or genitive_reading(token)) \
                and not is_number_phrase(token, inside) and not names_period(token):
            return token
        return None
    return None


def genitive_after(anchor, inside):
    """'80 процентов акций', '52,3% голосов', '7,3 млн тонн зерна': the genitive
    after the figure (hanging from its number or its unit word)."""
    doc = anchor.doc
    children = [child for i in sorted(inside | {anchor.i}) for child in doc[i].children]
    for child in children:
        if child.i in inside or child.i < anchor.i:
            continue
        if child.head.i != anchor.i and child.text[:1].isupper():
            continue      # "градусов Кельвина": a name after the unit word is part of the unit
        if in_comparison_mark(child):
            continue      # '15,8% г/г': the mark says what the change is reckoned against, not of what
        # a participle used as a noun counts too: '27% опрошенных', '10% заболевших'
        # (not an adjective: '16,5% годовых' is a rate per year)
        if child.dep_ in ("nmod",) and (child.pos_ in NOUNISH or (child.pos_ == "VERB" and used_as_noun(child))) \
                and not any(g.dep_ == "case" for g in child.children) \
                and "Gen" in child.morph.get("Case") and not is_number_phrase(child, inside):
            return child
    return _genitive_split_off(anchor, inside)


def _genitive_split_off(anchor, inside):
    """'получить не менее 34 млрд рублей трансфертов': the genitive right after
    the figure that the parser made a second object of the figure's own verb;
    a verb takes one such object, so the genitive is the figure's."""
    noun = genitive_right_after(inside, anchor.doc)
    above = word_above(anchor, inside)
    if noun is None or above.i == anchor.i or noun.head.i != above.i or noun.dep_ != anchor.dep_ \
            or any(child.dep_ == "case" for child in noun.children):
        return None
    return noun


def word_above(anchor, inside):
    """The first word above the figure's own words in the tree: the verb or
    noun the figure hangs on ('задолжала ... 200 млн', 'понадобится 100 лет')."""
    word = anchor
    while word.i in inside and word.head.i != word.i:
        word = word.head
    return word


def stuff_a_share_is_of(share):
    """'2% привилегированных акций', '1,5% обыкновенных акций': the noun the
    share token ('%') governs, whose price or value the share's is; or None."""
    return next((child for child in share.children if child.dep_ == "nmod" and child.pos_ == "NOUN"), None)


def own_counted_noun(figure, inside, doc):
    """'экипаж — 6 астронавтов', 'аудитория насчитывает 400 млн пользователей':
    the genitive a count names right after itself. CLAIMS.md: "A plain count
    keeps the counted noun"; only the subject of a change or level verb, or a
    noun that names how many there are ('численность', 'вместимость'), takes
    its place. None for other units and for counter words ('штук')."""
    if figure.unit != "count":
        return None
    noun = genitive_right_after(inside, doc)
    if noun is None or lemma_of(noun) in measure_words("counter_nouns"):
        return None
    return noun


def noun_right_after(inside, doc, skip_figures=False):
    """'шестичасовую разницу', '10-и летний срок': the noun a compound adjective
    qualifies; with skip_figures, the noun after a list of shares ('получат 50%
    и 30% скидку'), not a genitive (that is genitive_after's)."""
    last = max(inside)
    for index in range(last + 1, min(last + 1 + NOUN_REACH, len(doc))):
        token = doc[index]
        if token.is_space or token.pos_ == "ADJ" or (token.pos_ == "VERB" and "Part" in token.morph.get("VerbForm")):
            continue
        if skip_figures and (token.pos_ in ("NUM", "SYM", "CCONJ") or token.text in (",", "%")):
            continue
        if token.pos_ == "NOUN" and not is_number_phrase(token, inside):
            if skip_figures and not {"Nom", "Acc"} & set(token.morph.get("Case")):
                return None
            return token
        return None
    return None


# How many steps up the tree the verb a figure belongs to is looked for
# ("стоит ... 218 тыс. рублей" when the parser hangs the number elsewhere).
VERB_REACH = 3


def governing_verb(anchor, inside):
    """The nearest verb above the figure, or None."""
    token = anchor
    for _ in range(VERB_REACH):
        if token.head.i == token.i:
            return None
        token = token.head
        if token.pos_ in ("VERB", "AUX") and token.i not in inside:
            return token
    return None


def ratio_named_before(inside, doc):
    """'EV/EBITDA 5,4x', 'мультипликатору EV/EBITDA 5,4x': a financial ratio is
    written in Latin letters right before its multiple; the Russian noun the
    name stands beside, when there is one, heads the ratio. Bound words may
    stand between ('мультипликатором P/BV около 0,8')."""
    before = word_before(doc, min(inside), bound_words("bounds_and_particles"))
    if before is None or not _latin(before):
        return None
    name = doc[_first_word_of_name(doc, before.i)]
    while name.dep_.startswith("flat") and name.head.i < name.i:
        name = name.head
    beside = name.head
    if name.dep_ == "appos" and beside.pos_ == "NOUN" and beside.i == name.i - 1:
        return beside
    return name if name.pos_ in NOUNISH else None


def noun_of_a_ratio_name(token):
    """'мультипликатор EV/Sales': the ratio noun a slash name stands beside,
    when `token` is a word of that name (the parser may make 'Sales' the
    subject); else the token itself."""
    first = _first_word_of_name(token.doc, token.i)
    if first < 1 or not _latin(token):
        return token
    noun = token.doc[first - 1]
    return noun if lemma_of(noun) in ratio_nouns() else token


def _latin(token):
    """A word in Latin letters, as a ratio's name is written ('EBITDA', 'P/BV')."""
    return any("a" <= ch.lower() <= "z" for ch in token.text)


def _first_word_of_name(doc, index):
    """'EV / EBITDA' in three words: the first stands for the name, whatever the parse."""
    return index - 2 if index >= 2 and doc[index - 1].text == "/" else index


def counts_times_of_its_verb(item):
    """'В пяти гонках Алекс трижды поднимался на подиум': an adverb of how many
    times ('дважды', 'трижды') that hangs on its verb counts how often the
    verb's action happened, not the noun a neighbouring figure counts; the
    gold leaves it without a metric (ud-gsd-dev, fresh-ab), so no
    neighbour lends it one."""
    anchor = item.anchor
    return item.figure.unit == "count" and anchor.pos_ == "ADV" and anchor.dep_ == "advmod" \
        and anchor.head.pos_ in ("VERB", "AUX")
