"""What a figure measures in a plain predicate of colloquial or compact text,
where no trigger names the figure's role and the parser often loses the subject:

- a noun subject before a verb the figure completes: 'пробег вышел 2150 км',
  'переплата получается 19,8 млн', 'ставка была бы 6%';
- a genitive of quantity fronted before an impersonal verb: 'Бензина ушло
  примерно 190 литров' (the genitive names the stuff there was so much of);
- a noun opening a clause with no verb at all: 'аренда у нас сейчас 28 тысяч
  в месяц', 'Воды 2 литра в день';
- a noun with an adjective said of it, then a comma and the figure: 'Ветер
  южный, 4–6 м/с' (noun_described_before_a_comma, early in the chain).

The others are last resorts of metric.py's chain: they run only when no other rule
named a metric, and read the clause by word order, since in such text the
parser's tree is least to be trusted.
"""
from pipeline.claims.context import context_lexicon
from pipeline.claims.lexicon import normalize, skipped_before_figure
from pipeline.claims.subjects import subject_of
from pipeline.claims.word_kinds import (CLAUSE_EDGES, NOUNISH, after_preposition, agrees, finite_verb, lemma_of,
                                        measure_words, names_period, names_person, reflexive, short_participle,
                                        top_of_noun_chain, word_before)

# how far left of the figure the predicate and its subject are looked for
REACH = 8
# the endings of a neuter short passive participle ('собрано', 'выпущено', 'добыто')
NEUTER_SHORT_ENDINGS = ("ано", "яно", "ено", "ёно", "ыто", "ито")


def subject_of_a_plain_predicate(figure, anchor, inside, trigger, direction):
    """The noun a figure in a plain predicate measures, or None (see the module)."""
    if trigger is not None or figure.unit == "count":
        return None       # a count counts its own noun ('пришло 40 человек')
    doc = anchor.doc
    word = word_before(doc, min(inside), _bound_or_particle)
    if word is None:
        return None
    if finite_verb(word) or short_participle(word):      # 'Картофеля накопано 486 тыс. тонн'
        return None if _says_or_expects(word) else _subject_before_verb(word, inside)
    if figure.preposition is not None:
        return None       # 'продано валюты и золота на 160 млрд': a phrase under a preposition is no predicate
    return _noun_opening_verbless_clause(word.i, doc)


def _says_or_expects(verb):
    """'фонд ждал 1,3%', 'аналитики говорят о 5%': whoever expects or states a
    value holds no quantity; the value is of what the paragraph measures."""
    lemma = lemma_of(verb)
    return lemma in measure_words("expectation_verbs") or lemma in context_lexicon()["speech_verbs"]


def _bound_or_particle(word):
    """Stepped over to reach the predicate before a figure: its bound words,
    particles and adverbs of time ('ставка была бы около 6%', 'аренда сейчас
    28 тысяч'), bounds.json plain_predicate."""
    return normalize(word.text) in skipped_before_figure("plain_predicate") or word.pos_ == "PART"


def _subject_before_verb(verb, inside):
    """The noun before the verb that is its subject: a nominative that agrees
    with it ('пробег вышел'), or a genitive of quantity before a neuter
    impersonal form ('Бензина ушло'). Adverbs, pronouns and phrases under a
    preposition in between are stepped over ('аренда у нас сейчас')."""
    noun = _first_free_noun_before(verb.i, verb.doc)
    if noun is None or noun.i in inside or not _a_thing(noun):
        return None
    case = noun.morph.get("Case")
    if "Nom" in case and agrees(noun, verb) and not _takes_an_object(verb):
        return noun
    if "Gen" in case and _impersonal(verb) and _opens_clause(noun):
        return noun
    return None


def _noun_opening_verbless_clause(position, doc):
    """'аренда у нас сейчас 28 косарей', 'Воды 2 литра в день': the noun that
    opens the clause, nominative or genitive, with only adverbs and phrases
    under a preposition between it and the figure."""
    noun = _first_free_noun_before(position + 1, doc)
    if noun is None or not _a_thing(noun) or not _opens_clause(noun):
        return None
    case = noun.morph.get("Case")
    return noun if "Nom" in case or "Gen" in case else None


def _first_free_noun_before(index, doc):
    """The nearest noun left of index not under a preposition, stepping over
    adverbs, particles, pronouns and prepositional phrases; None at a verb or
    a clause edge."""
    sentence_start = doc[index - 1].sent.start if index > 0 else 0
    for position in range(index - 1, max(index - REACH, sentence_start) - 1, -1):
        token = doc[position]
        if token.text in CLAUSE_EDGES or token.pos_ in ("VERB", "AUX", "SCONJ", "NUM") or finite_verb(token):
            return None
        if token.pos_ in NOUNISH and not after_preposition(token):
            # 'Цена на масло': the noun the genitive hangs from
            return top_of_noun_chain(token, lambda lower, upper: upper.pos_ in NOUNISH)
    return None


def _takes_an_object(verb):
    """'банк заплатит около 100 млн', 'правительство выделяет 500 млн на ...':
    a verb with an object is a deed, and its subject the doer, who pays or
    spends the sum but is not what it measures (what the sum is for is). A
    reflexive verb takes none, whatever the parser says ('переплата
    получается 7,5 млн рублей', with the sum made its object)."""
    if reflexive(verb):
        return False
    return any(child.dep_ == "obj" for child in verb.children)


def _a_thing(noun):
    """Only a thing or quantity is measured: not a person, a body, a place or a time."""
    return noun.pos_ in NOUNISH and "Anim" not in noun.morph.get("Animacy") and not names_person(noun) \
        and not names_period(noun) and noun.ent_type_ not in ("PER", "ORG", "LOC")


def _impersonal(verb):
    """A neuter singular past or short form, or a third person singular: 'ушло', 'накопано', 'уходит'."""
    morph = verb.morph
    if verb.lower_.endswith(NEUTER_SHORT_ENDINGS):
        return True       # 'накопано', which the tagger may read as a plural present
    return "Sing" in morph.get("Number") and ("Neut" in morph.get("Gender") or "3" in morph.get("Person"))


def _opens_clause(noun):
    """Whether only adjectives stand between the noun and the start of its clause."""
    doc = noun.doc
    position = noun.i - 1
    while position >= noun.sent.start and doc[position].pos_ in ("ADJ", "DET"):
        position -= 1
    if position < noun.sent.start:
        return True
    before = doc[position]
    # not after 'и': 'на закупку средств и оборудования направлено' joins the noun to another
    return before.text in CLAUSE_EDGES or before.is_space


def subject_sized_after_na(figure, anchor, inside, trigger, direction):
    """'Очередь грузовиков ... растянулась на 14 км', 'Уборка проведена на 2,35 млн
    гектаров', 'Контракт с ООО «X» на 612 млн рублей был подписан': an amount
    after 'на' that a verb with no trigger and no object takes says how far or
    how much its subject went, so the subject (a thing) is what it measures.
    A verb with an object is a deed done by its subject ('Налогов завод
    заплатил на 800 млн'), whoever expects or states a value holds no
    quantity ('весной они рассчитывали на 3,3%'), and a count counts its own
    noun: those are left to the rules of context."""
    verb = anchor.head
    if trigger is not None or figure.preposition != "на" or figure.unit == "count" \
            or anchor.dep_ != "obl" or verb.pos_ not in ("VERB", "AUX"):
        return None
    if _takes_an_object(verb) or _says_or_expects(verb) or _in_another_clause(verb, inside):
        return None
    noun = subject_of(verb, inside)
    return noun if noun is not None and _a_thing(noun) else None


def _in_another_clause(verb, inside):
    """'работы были выполнены на 60%: ... асфальт уложили лишь на 25 км', 'рост
    ускорится до 1,1%, тогда как они рассчитывали на 3,3%': the parser may hang
    the figure on the verb of a clause before its own; a colon, a semicolon or
    another finite verb between them (not the verb's own auxiliary, as in
    'на 612 млн рублей был подписан') says the verb is not the figure's."""
    low, high = sorted((verb.i, min(inside)))
    return any(token.text in (":", ";") or (finite_verb(token) and token.dep_ not in ("aux", "aux:pass", "cop"))
               for token in verb.doc[low + 1:high])


def noun_described_before_a_comma(figure, anchor, inside, trigger, direction):
    """'Ветер южный, 4–6 м/с', 'Для гостя разница небольшая, 150–300 рублей':
    a verbless clause of a noun and an adjective said of it (after the noun,
    in its case, gender and number), with the figure after a comma, gives the
    size of that noun. Weather columns and readers' text write so (4 sets, 7
    of 7 such figures in the gold take the noun). Read by word order, since
    the parser mostly hangs such a figure on a clause before it. A count
    counts its own noun, and a figure under a preposition is no such value."""
    if trigger is not None or figure.unit == "count" or figure.preposition is not None:
        return None
    doc = anchor.doc
    comma = min(inside) - 1
    if comma < 2 or doc[comma].text != ",":
        return None
    adjective, noun = doc[comma - 1], doc[comma - 2]
    if adjective.pos_ != "ADJ" or "Short" in adjective.morph.get("Variant") or noun.pos_ != "NOUN":
        return None
    if "Nom" not in noun.morph.get("Case") or "Nom" not in adjective.morph.get("Case") or not agrees(noun, adjective):
        return None
    if not _a_thing(noun) or _verb_before_in_clause(noun):
        return None
    return noun


def _verb_before_in_clause(noun):
    """Whether a finite verb stands between the noun and the clause edge before
    it ('выпадет мало, до 2 мм, ветер ...' stops at the comma)."""
    doc = noun.doc
    for position in range(noun.i - 1, noun.sent.start - 1, -1):
        token = doc[position]
        if token.text in CLAUSE_EDGES:
            return False
        if token.pos_ in ("VERB", "AUX") or finite_verb(token):
            return True
    return False
