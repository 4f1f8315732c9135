"""What a figure measures, read off the dependency tree.

- a count: the counted noun ("428 таких сообщений" -> "таких сообщений");
  but when a level or change verb takes the count, its subject if that
  names a quantity ("Число погибших достигло 16 человек" -> "Число погибших");
- a share, money or measure: a genitive noun after it ("80 процентов акций"),
  else the object or subject of its trigger ("снизить уровень преступности
  на 10%", "Доля ... составляет 70%"), else the noun it is the size of
  ("штраф в размере 500 млн", "стоимостью $70 млн").
The span is the head noun with its adjectives and genitive dependents.
"""
from functools import lru_cache

from pipeline.claims.lexicon import load_json, normalize
from pipeline.claims import context, triggers
from pipeline.claims.part_openers import in_part_opener
from pipeline.claims.triggers import quantity_comparatives
from pipeline.claims.units import read_unit

NOUNISH = {"NOUN", "PROPN"}
NOUN_OR_ADJ = {"NOUN", "PROPN", "ADJ", "PRON", "DET"}
PHRASE_DEPS = {"amod", "det", "nmod", "flat", "flat:name", "flat:foreign", "compound", "nummod:gov"}
COUNT_DEPS = {"nummod", "nummod:gov", "nummod:entity"}
SUBJECT_DEPS = ("nsubj", "nsubj:pass")
TIME_UNITS = {"year", "month", "day", "hour", "other"}
PURPOSE_REACH = 12        # words between a fronted purpose and its verb
CLAUSE_EDGES = {",", ";", ":", "—", "–", "а", "но", "(", ")", "."}
MONEY = {"rub", "usd", "eur", "kzt", "uah", "cny", "gbp", "other_currency"}
MAX_PHRASE = 8
NOUN_DEPENDENTS = {"appos", "flat", "flat:name", "nmod"}
QUOTES = {"«", "»", '"', "„", "“", "”"}


@lru_cache(maxsize=None)
def measure_words(kind):
    """A word list of models/claims/measures.json as normalized forms."""
    return frozenset(normalize(word) for word in load_json("measures.json")[kind])


@lru_cache(maxsize=None)
def metric_units():
    """{metric lemma: unit}: 'рейтинг — 2804' is a rating (other), not a count."""
    return {normalize(word): unit for word, unit in load_json("measures.json")["metric_units"].items()}


@lru_cache(maxsize=None)
def amount_frames(kind="amount_frames"):
    """{quantity noun: the preposition with which it only frames an amount ('в объёме'),
    or with membership_frames a group ('в числе')}."""
    return {normalize(word): preposition for word, preposition in load_json("measures.json")[kind].items()
            if preposition is not None}


@lru_cache(maxsize=None)
def scale_words():
    numbers = load_json("numbers.json")
    words = {normalize(form) for entry in numbers["scales"].values() for form in entry["forms"]}
    return words | {normalize(word).rstrip(".") for word in numbers["scale_abbreviations"]}


def is_number_phrase(token, inside=frozenset()):
    """'650 млрд рублей', 'тыс', '32,7 млн т': a figure of its own (another
    claim's number, scale word or unit word), never what a figure measures.
    The counted noun of this figure ('428 сообщений', its number being in
    `inside`) is no such."""
    # (spaCy's like_num takes "единиц" for a number word: digits are checked instead)
    if number_word(token) or unit_of_a_number(token, inside):
        return True
    # a number after the noun is another matter ("26 депутатов из 30")
    return any(child.dep_ in COUNT_DEPS and child.i not in inside and child.i < token.i and number_word(child)
               and not _noun_between(child, token)
               for child in token.children)


def _noun_between(number, token):
    """'430 тыс. человек, а ... 1,02 млн жителей' with '430 тыс.' hung on
    'жителей': a number counts the first noun after it, so a parse that
    crosses a noun does not make the later noun that number's."""
    return any(t.pos_ in NOUNISH and not number_word(t) for t in token.doc[number.i + 1:token.i])


def number_word(token):
    # 'больше 90 баллов': the tagger may call a comparative before a number NUM;
    # it is the figure's bound, not a number of its own
    if "Cmp" in token.morph.get("Degree") and not _has_digit(token):
        return False
    return token.pos_ == "NUM" or _has_digit(token) or normalize(token.text).rstrip(".") in scale_words()


# How many tokens a unit written after its number may take ('тыс. кв. м').
UNIT_REACH = 4


def unit_of_a_number(token, inside=frozenset()):
    """'т' in '32,7 млн т', 'м' in '6,1 млн кв. м': the unit word that ends
    another figure is part of that figure. A currency or unit word standing
    alone ('курс доллара', 'цена метра') may well be what is measured, and
    so may the noun this figure counts ('100 баллов')."""
    doc = token.doc
    for start in range(token.i, max(token.i - UNIT_REACH - 1, 0), -1):
        before = doc[start - 1]
        if before.text == "." and start >= 2:
            before = doc[start - 2]       # the dot of an abbreviated scale word ('тыс.')
        if before.is_space:
            continue
        if not number_word(before) or before.i in inside:
            continue
        norms = [normalize(t.text) for t in doc[start:token.i + 1]]
        for variant in (norms, [norm.rstrip(".") for norm in norms]):
            unit, end = read_unit(variant, 0)
            if unit is not None and end == len(variant):
                return True
    return False


def _has_digit(token):
    return any(ch.isdigit() for ch in token.text)


def lemma_of(token):
    return normalize(token.lemma_)


def phrase(token, inside=frozenset()):
    """(start_i, end_i) of the noun phrase headed by token: adjectives, genitives."""
    members = [token.i]
    stack = [token]
    while stack:
        node = stack.pop()
        for child in node.children:
            if child.i in inside or child.dep_ not in PHRASE_DEPS:
                continue
            if child.dep_ == "nmod" and any(g.dep_ == "case" for g in child.children) and node is not token:
                continue
            if names_period(child):
                continue      # "Выручка сети за квартал": the period is the claim's time, not its metric
            if abs(child.i - token.i) > MAX_PHRASE:
                continue
            members.append(child.i)
            stack.append(child)
    start, end = min(members), max(members) + 1
    # never swallow the figure itself: keep the side of the head
    for i in inside:
        if start <= i < end:
            if i < token.i:
                start = max(start, i + 1)
            else:
                end = min(end, i)
    # a phrase starting with punctuation or a preposition is trimmed
    doc = token.doc
    while start < token.i and doc[start].pos_ in ("PUNCT", "ADP", "CCONJ"):
        start += 1
    while end - 1 > token.i and doc[end - 1].pos_ in ("PUNCT", "ADP", "CCONJ"):
        end -= 1
    return start, end


def counted_noun(anchor, inside):
    """The noun a count counts: its head through nummod, a following genitive, 'из' + noun."""
    doc = anchor.doc
    if anchor.dep_ in COUNT_DEPS and anchor.head.i not in inside \
            and (anchor.head.pos_ in NOUNISH or _used_as_noun(anchor.head)):
        if anchor.head.i < anchor.i:
            # a numeral comes before what it counts: a genitive right after the
            # figure ('почти 11 тысяч предложений') is its noun, whatever word
            # before it the parser hung the number on
            following = genitive_right_after(inside, doc)
            if following is not None:
                return following
        else:
            # a number and its noun stand together ('более 430 тыс. человек, а
            # ... 1,02 млн жителей'): a head past the first noun after the
            # figure is a parse that crossed that noun
            following = _first_noun_after(inside, doc)
            if following is not None and following.i < anchor.head.i:
                return following
        return anchor.head
    for child in anchor.children:
        if child.i in inside:
            continue
        if child.pos_ in NOUNISH and child.dep_ in ("nmod", "obl", "nummod:gov") and child.i > anchor.i:
            return child
    # the parser sometimes lets the noun hang elsewhere: take the noun right after
    last = max(inside)
    for index in range(last + 1, min(last + 4, len(doc))):
        token = doc[index]
        if token.pos_ in NOUNISH:
            return token
        # "30 его служащим": a possessive stands between a number and its noun
        if token.pos_ not in ("ADJ", "DET") and token.dep_ not in ("amod", "det"):
            break
    return None


def _first_noun_after(inside, doc):
    """The noun right after a figure, past its abbreviation dot and the
    adjectives before the noun, or None."""
    for index in range(max(inside) + 1, min(max(inside) + 1 + NOUN_REACH, len(doc))):
        token = doc[index]
        if token.is_space or token.text == "." and index == max(inside) + 1:
            continue
        if token.pos_ in ("ADJ", "DET") or _participle(token):
            continue
        if token.pos_ in NOUNISH and not is_number_phrase(token, inside) and not names_period(token):
            return token
        return None
    return None


def genitive_right_after(inside, doc):
    """'11 тысяч новых предложений', '36 тыс. исков': the genitive noun that
    follows a figure, past its abbreviation dot and the adjectives agreeing
    with the noun, or None."""
    for index in range(max(inside) + 1, min(max(inside) + 1 + NOUN_REACH, len(doc))):
        token = doc[index]
        if token.is_space or token.text == "." and index == max(inside) + 1:
            continue
        if token.pos_ in ("ADJ", "DET") or _participle(token):
            if "Gen" not in token.morph.get("Case"):
                return None
            continue
        if token.pos_ in NOUNISH and "Gen" in token.morph.get("Case") \
                and not is_number_phrase(token, inside) and not names_period(token):
            return token
        return None
    return None


def _used_as_noun(word):
    """'трое подозреваемых', 'двое раненых': a participle or adjective counted by
    a numeral and qualifying no noun is used as a noun."""
    # a short form ("ранены 1 380") is a predicate, not a noun: only full forms, which have case
    participle = word.pos_ == "VERB" and "Part" in word.morph.get("VerbForm")
    return (participle or word.pos_ == "ADJ") and word.dep_ != "amod" \
        and bool(word.morph.get("Case")) and "Short" not in word.morph.get("Variant")


def subject_or_object(verb, inside, prefer_object):
    """The verb's object (transitive change) or subject (intransitive, level)."""
    objects = [c for c in verb.children if c.dep_ == "obj" and c.i not in inside and c.pos_ in NOUN_OR_ADJ
               and not is_number_phrase(c, inside)]
    # the parser may give a verb two subjects ("Рубль ..., курс доллара опустился"):
    # the one nearest the verb is its own
    # the one nearest the verb is its own, unless the figure's own noun is one
    subjects = sorted((c for c in subject_candidates(verb) if c.i not in inside
                       and c.pos_ in NOUN_OR_ADJ and not names_person(c) and not is_number_phrase(c, inside)
                       and not _apposition_after_figure(c, inside)),
                      key=lambda c: (not any(g.i in inside for g in c.children), abs(c.i - verb.i)))
    order = (objects, subjects) if prefer_object else (subjects, objects)
    for group in order:
        if group:
            return _antecedent(group[0], verb)
    # an infinitive or participle may take its subject from the verb above it
    if (verb.dep_ in ("xcomp", "conj", "acl", "advcl") or _joined_by_and(verb)) and verb.head.i != verb.i:
        shared = _nearest_conjunct_subject(verb, inside)
        if shared is not None:
            return shared
        for child in verb.head.children:
            if child.dep_ in SUBJECT_DEPS and child.i not in inside and child.pos_ in NOUNISH \
                    and not names_person(child) and (verb.dep_ != "parataxis" or _agrees(child, verb)):
                return child
    return agreeing_subject(verb, inside)


def _joined_by_and(verb):
    """'Уровень поднялся на 74 см и к утру достиг 9 м': a verb the parser
    left beside the one before it, though 'и' joins them, shares its subject
    like any conjunct (a verb of its own clause would have its own subject)."""
    head = verb.head
    if verb.dep_ != "parataxis" or head.i >= verb.i or head.pos_ not in ("VERB", "AUX"):
        return False
    between = verb.doc[head.i + 1:verb.i]
    # the 'и' must open the verb's own clause, not join two nouns before it
    opens_clause = any(normalize(t.text) == "и" and (t.head.i == verb.i or verb.is_ancestor(t.head))
                       for t in between)
    return opens_clause and not any(_finite_verb(t) or t.text == ";" for t in between)


def _apposition_after_figure(word, inside):
    """'снизилась до 263 млн т — минимума с 2012 года': a noun after the
    figure and a dash renames the figure; it is not the verb's subject."""
    last = max(inside)
    return word.i > last and any(t.text in ("—", "–") for t in word.doc[last + 1:word.i])


def _nearest_conjunct_subject(verb, inside):
    """'Выручка выросла ..., а прибыль увеличилась на 64% и составила 7,2 млрд':
    verbs joined by 'и' share the subject of the nearest conjunct before them."""
    if verb.dep_ != "conj":
        return None
    conjuncts = [c for c in verb.head.children if c.dep_ == "conj" and c.i < verb.i and c.pos_ in ("VERB", "AUX")]
    for conjunct in sorted(conjuncts, key=lambda t: -t.i):
        for child in conjunct.children:
            if child.dep_ in SUBJECT_DEPS and child.i not in inside and child.pos_ in NOUNISH \
                    and not names_person(child):
                return child
    return None


# How far left of its verb a subject the parser lost is looked for: a subject
# phrase with prepositional modifiers, a name in quotes and a date before the
# verb ('Стоимость проезда по карте «Тройка» с 2 января вырастет') is that long.
SUBJECT_REACH = 12


def agreeing_subject(verb, inside):
    """The parser attached the subject elsewhere: take the nominative noun just
    left of the verb that agrees with it in number (and gender in the past)."""
    if verb.pos_ not in ("VERB", "AUX") or "Fin" not in verb.morph.get("VerbForm"):
        return None
    doc = verb.doc
    index = verb.i
    while index > max(verb.i - SUBJECT_REACH, 0):
        index = _step_over_aside(doc, index - 1)
        if index < 0:
            return None
        token = doc[index]
        if token.text in QUOTES or token.dep_ in NOUN_DEPENDENTS or _participle(token):
            continue      # "владение мячом у «Зенита» составило 58%": a name or a noun's dependent is no subject
        if index in inside or token.pos_ in ("VERB", "AUX", "PUNCT", "SCONJ"):
            return None
        if token.pos_ in NOUNISH and may_be_nominative(token) and _agrees(token, verb):
            return token
    return None


def _participle(token):
    """'сжиженного газа': a participle modifies a noun, it ends no clause."""
    return "Part" in token.morph.get("VerbForm") and token.dep_ in ("amod", "acl")


def _step_over_aside(doc, index):
    """Walking leftwards from index: the index before a bracketed aside
    ('Производство газа (СПГ) составило') or a source put between commas
    ('Экспорт, по оценке экспертов, сократился'), else index itself.
    Neither holds the subject of the verb after it."""
    if index < 0:
        return index
    if doc[index].text == ")":
        for k in range(index - 1, max(index - SUBJECT_REACH, -1), -1):
            if doc[k].text == "(":
                return k - 1
        return index
    if doc[index].text == ",":
        for k in range(index - 1, max(index - SUBJECT_REACH, -1), -1):
            if doc[k].text == ",":
                return k - 1 if _source_cue_at(doc, k + 1) else index
        return index
    return index


def _source_cue_at(doc, start):
    norms = [normalize(t.text) for t in doc[start:start + 3]]
    return any(tuple(norms[:len(cue)]) == cue for cue in source_cues())


@lru_cache(maxsize=None)
def source_cues():
    """'по оценке', 'по данным', 'как сообщает': words that open who says it."""
    return tuple(tuple(normalize(w) for w in cue) for cue in load_json("context.json")["source_prepositions"])


def may_be_nominative(token):
    """Nominative, or an inanimate accusative of the same form (any but a
    feminine singular: 'время', 'курс', 'цены'), which the tagger may have
    chosen instead."""
    case = token.morph.get("Case")
    if "Nom" in case:
        return True
    return "Acc" in case and "Inan" in token.morph.get("Animacy") \
        and ("Plur" in token.morph.get("Number") or "Fem" not in token.morph.get("Gender"))


def agrees(noun, word):
    """Same number, and same gender where both have one."""
    return _agrees(noun, word)


def _agrees(noun, verb):
    for feature in ("Number", "Gender"):
        wanted, have = verb.morph.get(feature), noun.morph.get(feature)
        if wanted and have and wanted != have:
            return False
    return True


def subject_candidates(verb):
    """The verb's subjects; also a nominative noun left of it that the parser
    hung on it as an apposition or a noun's modifier, which a verb cannot
    have: it is the subject the parser lost ('И. Белов: Объём инвестиций
    составил ...', with the speaker label taken for the subject)."""
    return [child for child in verb.children if child.dep_ in SUBJECT_DEPS
            or (verb.pos_ in ("VERB", "AUX") and child.i < verb.i and child.pos_ in NOUNISH
                and ((child.dep_ == "appos" and may_be_nominative(child))
                     or (child.dep_ == "nmod" and "Nom" in child.morph.get("Case"))))]


def subject_of(verb, inside=frozenset()):
    """The verb's noun subject (a relative pronoun stands for its noun), or None."""
    return _subject(verb, inside)


def _subject(verb, inside):
    for child in subject_candidates(verb):
        if child.i not in inside and child.pos_ in NOUN_OR_ADJ \
                and not is_number_phrase(child, inside) and not names_person(child):
            return _antecedent(child, verb)
    return None


def _antecedent(word, verb):
    """'задолженности, которая составляет 200 млн': 'которая' stands for 'задолженности'."""
    if lemma_of(word) == "который" and verb.dep_.startswith("acl") and verb.head.pos_ in NOUNISH:
        return verb.head
    if word.pos_ == "PRON" and lemma_of(word) != "который":
        return None
    return word


def quantity_before_dash(anchor, inside):
    """'Сумма сделки впечатляет — 2,7 млрд долларов': the quantity noun before the dash."""
    doc = anchor.doc
    first = min(inside)
    position = first - 1
    while position >= 0 and doc[position].pos_ in ("ADV",) or (position >= 0 and normalize(doc[position].text) in ("около", "более", "менее", "почти")):
        position -= 1
    if position < 0 or doc[position].text not in ("—", "–", "-"):
        return None
    sentence_start = doc[position].sent.start if doc.has_annotation("SENT_START") else 0
    for index in range(position - 1, max(sentence_start, position - 12) - 1, -1):
        token = doc[index]
        if token.pos_ == "NOUN" and lemma_of(token) in measure_words("quantity_nouns") and not level_frame(token):
            return phrase_top(token)
    return None


def phrase_top(noun):
    """'Индекс промышленного производства', 'процентом отражённых бросков': a
    genitive names whose quantity it is; the noun it hangs from heads the
    phrase and is what is measured. A change noun above it ('Рост
    производства') is a trigger, not the metric, and is not climbed to."""
    top = noun
    while top.dep_ == "nmod" and top.head.i < top.i and top.head.pos_ in NOUNISH \
            and "Gen" in top.morph.get("Case") and not any(c.dep_ == "case" for c in top.children) \
            and triggers.direction_of(top.head) is None:
        top = top.head
    return top


# Words that end the clause a dash equation's subject is looked for in.
DASH_CLAUSE_EDGES = {",", ";", ":", "(", ")", "а", "но", "и", "или"}
BOUND_BEFORE_DASH = ("около", "более", "менее", "почти", "примерно", "порядка", "свыше", "до", "уже", "всего", "лишь")


def dash_before(inside, doc):
    """Index of the dash right before a figure (adverbs and bound words skipped), or None."""
    position = min(inside) - 1
    while position >= 0 and (doc[position].is_space or doc[position].pos_ == "ADV"
                             or normalize(doc[position].text) in BOUND_BEFORE_DASH):
        position -= 1
    if position < 0 or doc[position].text not in ("—", "–", "-") or triggers.is_sign(doc[position]):
        return None
    return position


def subject_before_dash(anchor, inside):
    """'Экипаж корабля при старте — три космонавта', 'Контроль времени — 2 часа':
    a dash in place of the verb of being makes the figure the value of the
    noun before it, as a составить sentence would (devset-b notes). That noun
    is the first nominative of the clause before the dash, with no verb in
    between; a person or a name ('Петров — 7,3%') is who the figure is about,
    not what it measures."""
    doc = anchor.doc
    dash = dash_before(inside, doc)
    if dash is None:
        return None
    found = None
    for index in range(dash - 1, -1, -1):
        token = doc[index]
        if token.is_space or token.text in QUOTES:
            continue
        if normalize(token.text) in DASH_CLAUSE_EDGES or token.text in ("—", "–", ".", "!", "?") \
                or (token.pos_ in ("VERB", "AUX", "SCONJ") and not mistagged_noun(token)):
            break
        if _nominative_noun(token) and not after_preposition(token):
            found = token
        if token.is_sent_start:
            break
    if found is None or "Anim" in found.morph.get("Animacy") or found.ent_type_ or _a_name(found):
        return None     # a name labels a list item ('Набережные Челны — 6'), whether or not NER caught it
    return found


LIST_MARKERS = {"—", "–", "-", "•", "·", "*", "▪", "◦"}


def _a_name(token):
    """A proper noun where its capital letter means a name: inside a sentence,
    or opening a list item. A sentence's first word may be tagged PROPN for
    its capital only ('Контроль времени — 2 часа')."""
    if token.pos_ != "PROPN":
        return False
    doc = token.doc
    first = token.i      # the first word of the name ('Набережные Челны')
    while first > 0 and (doc[first - 1].is_space or doc[first - 1].pos_ == "ADJ"):
        first -= 1
    while doc[first].is_space:
        first += 1
    if first == 0 or doc[first - 1].text in (".", "!", "?", "\n"):
        return False
    return doc[first - 1].text in LIST_MARKERS or not doc[first].is_sent_start


def _nominative_noun(token):
    if mistagged_noun(token):
        return normalize(token.text) == lemma_of(token)    # a noun's lemma is its nominative
    return token.pos_ in NOUNISH and "Nom" in token.morph.get("Case") and not is_number_phrase(token)


def after_preposition(token):
    """A noun governed by a preposition ('при старте') is a circumstance, not a subject."""
    if any(child.dep_ == "case" for child in token.children):
        return True
    before = token.i - 1
    while before >= 0 and token.doc[before].pos_ in ("ADJ", "DET"):
        before -= 1
    return before >= 0 and token.doc[before].pos_ == "ADP"


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
        # a participle used as a noun counts too: '27% опрошенных', '10% заболевших'
        # (not an adjective: '16,5% годовых' is a rate per year)
        if child.dep_ in ("nmod",) and (child.pos_ in NOUNISH or (child.pos_ == "VERB" and _used_as_noun(child))) \
                and not any(g.dep_ == "case" for g in child.children) \
                and "Gen" in child.morph.get("Case") and not is_number_phrase(child, inside):
            return child
    return None


def metric_head(figure, anchor, inside, trigger, direction):
    """The token heading the metric of a figure, or None.

    Whatever rule finds it, the head is a word naming a thing or quantity:
    never another figure ('650 млрд рублей'), a scale word or a finite verb."""
    head = _metric_head(figure, anchor, inside, trigger, direction)
    if head is not None and level_frame(head):
        head = holder_of_level(head, inside)
    if head is not None and names_period(head):
        head = topic_of_period(head, inside)
    if head is not None and (head.i in inside or is_number_phrase(head, inside) or _finite_verb(head)
                             or names_person(head) or in_part_opener(head)):
        return None
    return head


def names_person(token):
    """A person's name ('Игорь Белов', the speaker label 'И. Белов:' of an
    interview): who acts or speaks, never what a figure measures."""
    if token.ent_type_ == "PER":
        return True
    # a title before a name ('мэр Сергей Кузнецов') names the person too
    if any(child.dep_ == "appos" and child.ent_type_ == "PER" and child.i == token.i + 1 for child in token.children):
        return True
    # an initial: one capital letter and a dot, which NER may leave untagged
    doc = token.doc
    return token.pos_ == "PROPN" and len(token.text) == 1 and token.text.isupper() \
        and token.i + 1 < len(doc) and doc[token.i + 1].text == "."


def names_period(token):
    """'за квартал', 'в марте', 'по итогам года': a month, or a time noun after
    its preposition, says when; it is never what a figure measures."""
    lexicon = context.context_lexicon()
    lemma = lemma_of(token)
    if lemma in lexicon["months"]:
        return True
    return lemma in lexicon["time_nouns"] and any(
        child.dep_ == "case" and normalize(child.text) in lexicon["time_prepositions"] for child in token.children)


def topic_of_period(period, inside):
    """'Выручка сети за квартал: +2,5%', 'Выпуск стали в мае: 5,2 млн тонн':
    what the period phrase belongs to, the noun it hangs from or the subject
    of its verb, is what the figure measures."""
    holder = period.head
    if holder.i == period.i or holder.i in inside:
        return None
    if holder.pos_ in NOUNISH:
        return None if names_period(holder) or is_number_phrase(holder, inside) else holder
    if holder.pos_ in ("VERB", "AUX"):
        subject = _subject(holder, inside)
        return subject if subject is not None and subject.pos_ in NOUNISH and not names_period(subject) else None
    return None


def level_frame(token):
    """'на уровне', 'до уровня', 'на отметке': a level noun after a preposition
    only frames a value; it is never what is measured ('уровень безработицы',
    with no preposition, is)."""
    return lemma_of(token) in measure_words("level_nouns") \
        and any(child.dep_ == "case" and normalize(child.text) in LEVEL_PREPOSITIONS for child in token.children)


# A value stands 'на уровне', rises 'до уровня'; 'при отметке 9 м' names a threshold of its own.
LEVEL_PREPOSITIONS = {"на", "до"}


def holder_of_level(level, inside):
    """What stands at a level: the noun the level phrase hangs from, else the
    object or subject of its verb ('пассажиропоток останется на уровне ...')."""
    holder = level.head
    if holder.i == level.i or holder.i in inside:
        return None
    if holder.pos_ in NOUNISH:
        return None if level_frame(holder) else holder
    if holder.pos_ in ("VERB", "AUX"):
        return subject_or_object(holder, inside, prefer_object=True)
    return None


# How far right of a figure the noun it qualifies is looked for.
NOUN_REACH = 6


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


def _finite_verb(token):
    if mistagged_noun(token):
        return False
    return (token.pos_ in ("VERB", "AUX") and "Fin" in token.morph.get("VerbForm")) or _past_tense_form(token)


# A noun suffix that no infinitive or adjective lemma ends in (which '-сть' alone would not tell: 'класть').
NOUN_ONLY_SUFFIX = "ость"


def mistagged_noun(token):
    """'Укомплектованность врачами — 83%', 'Заполняемость гостиниц — 64%' with
    the first word tagged VERB or ADJ: every form of a verb has an infinitive
    for its lemma and an adjective a lemma in -ый/-ий/-ой; a lemma in -ость,
    or a 'verb' whose lemma is no infinitive, is a noun's."""
    lemma = lemma_of(token)
    if token.pos_ in ("VERB", "AUX"):
        return not lemma.endswith(INFINITIVE_ENDINGS) or lemma.endswith(NOUN_ONLY_SUFFIX)
    return token.pos_ == "ADJ" and lemma.endswith(NOUN_ONLY_SUFFIX)


INFINITIVE_ENDINGS = ("ть", "ться", "ти", "тись", "чь", "чься")
PAST_ENDINGS = ("л", "ла", "ло", "ли", "лся", "лась", "лось", "лись")


def _past_tense_form(token):
    """'прикупил' tagged NOUN: a past-tense ending on a word whose lemma is an
    infinitive is a verb whatever the tagger says (a noun in -ть, 'сеть', has
    no form in -л)."""
    text, lemma = normalize(token.text), lemma_of(token)
    return lemma.endswith(INFINITIVE_ENDINGS) and text.endswith(PAST_ENDINGS) and text != lemma


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


def level_holder(anchor, inside):
    """'Курс закрылся на отметке 497,3 тенге', 'довести товарооборот до уровня
    10 млрд': the figure is the value of a level noun; what stands at that level
    is the object (or subject) of the verb the level noun hangs from."""
    level = anchor.head
    if level.i == anchor.i or level.i in inside or lemma_of(level) not in measure_words("level_nouns"):
        return None
    return holder_of_level(level, inside)


def value_verb_subject(anchor, inside):
    """'метр стоит 218 тыс. рублей', 'строительство обошлось в 96 млрд',
    'загрузка доходит до 90%': with a verb of costing or reaching and no
    direction, the figure is the value of the verb's subject."""
    verb = governing_verb(anchor, inside)
    if verb is None or lemma_of(verb) not in measure_words("value_verbs"):
        return None
    subject = subject_or_object(verb, inside, prefer_object=False)
    if subject is None or subject.pos_ not in NOUNISH or "Anim" in subject.morph.get("Animacy"):
        return None
    return subject


def quantity_just_before(inside, doc):
    """'площадью 25 тыс. кв. метров', 'общую протяжённость около двух километров':
    a quantity noun right before the figure names it."""
    position = min(inside) - 1
    while position >= 0 and (doc[position].is_space or doc[position].pos_ in ("ADV", "ADP", "PART")):
        position -= 1
    if position < 0:
        return None
    noun = doc[position]
    if noun.pos_ == "NOUN" and lemma_of(noun) not in measure_words("quantity_nouns"):
        # 'с процентом отражённых бросков 91,6%': the quantity noun may stand
        # before the genitive it is of
        noun = phrase_top(noun)
    # a dative names who pays or gets ("обошёлся бюджету в 800 млн"), not the quantity
    if noun.pos_ == "NOUN" and lemma_of(noun) in measure_words("quantity_nouns") and lemma_of(noun) not in measure_words("frame_nouns") \
            and ({"Ins", "Nom", "Acc"} & set(noun.morph.get("Case")) or _measured_where(noun)):
        return noun
    return None


def _measured_where(noun):
    """'на площади 14,7 тыс. га', 'на глубине 30 метров': a quantity noun in the
    locative after its preposition still names the quantity, unless the pair
    is a fixed frame of an amount ('в объёме', 'на уровне'), which names nothing."""
    if "Loc" not in noun.morph.get("Case"):
        return False
    has_preposition = any(c.dep_ == "case" for c in noun.children)
    return has_preposition and not only_a_frame(noun)


def only_a_frame(noun):
    """'в объёме', 'на уровне', 'в числе': the noun with its preposition frames a
    figure (an amount, or a group it is among) and names no quantity itself."""
    prepositions = {normalize(c.text) for c in noun.children if c.dep_ == "case"}
    frames = amount_frames(), amount_frames("membership_frames")
    return any(frame.get(lemma_of(noun)) in prepositions for frame in frames)


def framed_noun(inside, doc):
    """'штраф в размере 2 млн долларов', 'выплата дивидендов в размере 38 ₽':
    a frame noun right before the figure only frames it; the noun before the
    frame's preposition is what the amount is of. Read off word order, since
    the parser often hangs the amount elsewhere."""
    position = min(inside) - 1
    while position >= 0 and (doc[position].is_space or doc[position].pos_ in ("ADV", "PART")
                             or normalize(doc[position].text) in BOUND_BEFORE_DASH):
        position -= 1
    if position < 1 or doc[position - 1].pos_ != "ADP" or not _frames_an_amount(doc[position], doc[position - 1]):
        return None
    frame = doc[position]
    if frame.head.pos_ in NOUNISH and frame.head.i < frame.i and frame.dep_ == "nmod":
        noun = frame.head
    else:
        noun = doc[position - 2] if position >= 2 else None
    if noun is not None and noun.pos_ in ("VERB", "AUX") and noun.i not in inside:
        # 'доходы запланированы в объёме 19 млрд', 'выделили субсидии в размере 5 млн':
        # the amount is what the verb plans or gives
        noun = subject_or_object(noun, inside, prefer_object=True)
    if noun is None or noun.pos_ not in NOUNISH or noun.i in inside or is_number_phrase(noun, inside):
        return None
    return noun


def _frames_an_amount(noun, preposition):
    """'в размере', 'на сумму' always; 'в объёме', 'в количестве' with their own preposition."""
    lemma = lemma_of(noun)
    return lemma in measure_words("frame_nouns") or (
        lemma not in measure_words("level_nouns") and amount_frames().get(lemma) == normalize(preposition.text))


def genitive_before(anchor, inside):
    """'таких центров работает двадцать четыре', 'пенсионерам, которых в стране
    около 7,7 млн': a count with no noun after it counts the genitive plural
    of its clause."""
    verb = anchor.head
    if verb.i == anchor.i or verb.pos_ not in ("VERB", "AUX", "ADV"):
        return None
    for child in verb.children:
        if child.i in inside or child.i > anchor.i or child.pos_ not in NOUNISH | {"PRON"}:
            continue
        if "Gen" in child.morph.get("Case") and "Plur" in child.morph.get("Number") \
                and not any(g.dep_ == "case" for g in child.children):
            if lemma_of(child) == "который" and verb.dep_.startswith("acl") and verb.head.pos_ in NOUNISH:
                return verb.head
            return child if child.pos_ in NOUNISH else None
    return None


def _metric_head(figure, anchor, inside, trigger, direction):
    if figure.kind == "compound":
        noun = noun_right_after(inside, anchor.doc)
        if noun is not None:
            return noun
    if trigger is not None and lemma_of(trigger) == "уровень":
        # "сохранил ставку на уровне 21%", "инфляция на уровне 5%": what stands at that level
        return holder_of_level(trigger, inside)
    holder = level_holder(anchor, inside)
    if holder is not None:
        return holder
    if trigger is not None and direction == "level" and trigger.pos_ in ("VERB", "AUX"):
        # "дефицит составит 1,2% ВВП", "иностранцы составили 15% посетителей":
        # the subject is what the share measures; the genitive is its base
        subject = _subject(trigger, inside)
        if subject is not None and figure.unit not in ("count",):
            return subject
    if trigger is None and figure.unit in SHARE_UNITS:
        group = share_recipient(anchor, inside)
        if group is not None:
            return group
    if trigger is None:
        quantity = framed_noun(inside, anchor.doc) or quantity_before_dash(anchor, inside) \
            or quantity_just_before(inside, anchor.doc) or subject_before_dash(anchor, inside)
        if quantity is not None:
            return quantity
        subject = value_verb_subject(anchor, inside)
        if subject is not None and (figure.unit != "count" or lemma_of(subject) in measure_words("quantity_nouns")):
            return subject
    if trigger is not None and trigger.pos_ == "NOUN":
        for child in trigger.children:
            if child.dep_ == "nmod" and child.i not in inside and child.pos_ in NOUNISH and child.i > trigger.i:
                return child
    if figure.unit in ("count", "fraction") or (figure.kind == "collective"):
        if trigger is not None and trigger.pos_ != "NOUN" and direction == "level":
            # CLAIMS.md: "Count as the value of a change or level verb: the metric
            # is the verb's subject" ("штат превысил 4 тысячи человек" -> "штат")
            subject = _subject(trigger, inside) or agreeing_subject(trigger, inside)
            if subject is not None and subject.pos_ in NOUNISH:
                return subject
        if trigger is not None and trigger.pos_ != "NOUN" and direction in ("increase", "decrease"):
            # "довести турпоток до 2,5 млн человек": the size a change reaches
            # measures what changes; otherwise only a quantity noun stands for it
            subject = subject_or_object(trigger, inside, prefer_object=figure.preposition in ("на", "до"))
            if subject is not None and (lemma_of(subject) in measure_words("quantity_nouns")
                                        or (figure.preposition in ("на", "до") and subject.pos_ == "NOUN")):
                return subject
        noun = counted_noun(anchor, inside)
        if noun is not None and before_dash(noun, inside):
            # "Бердск — 136", "Население района — 41 тысяча": nothing before a dash
            # is counted by the number after it; only a dash equation's subject is measured
            return subject_before_dash(anchor, inside)
        if noun is not None:
            return quantity_above(noun, inside) or noun
        return genitive_before(anchor, inside)
    if figure.unit in TIME_UNITS and trigger is None:
        return _duration_subject(anchor, inside, figure.kind != "compound")
    share = genitive_after(anchor, inside)
    if share is not None:
        return share
    if trigger is None:
        compared = subject_above_a_bound(inside, anchor.doc)
        if compared is not None:
            return compared
    if trigger is not None and trigger.pos_ != "NOUN":
        return subject_or_object(trigger, inside, prefer_object=direction != "level")
    if figure.unit == "percent":
        noun = noun_right_after(inside, anchor.doc, skip_figures=True)
        if noun is not None:
            return noun
    if figure.unit in MONEY:
        purpose = fronted_purpose(anchor, inside)
        if purpose is not None:
            return purpose
    head = anchor.head
    # "оценила капитализацию Facebook в 19,2 млрд долларов": the verb's object,
    # which a passive makes its subject ("Ущерб оценён в 80 млн рублей")
    if figure.preposition == "в" and _acts_as_verb(head) and head.i not in inside:
        objects = [c for c in head.children if c.dep_ in ("obj", "nsubj:pass") and c.i not in inside
                   and c.pos_ in NOUNISH and not is_number_phrase(c, inside)]
        if objects:
            return objects[0]
    if head.i != anchor.i and head.pos_ == "NOUN" and head.i not in inside and not before_dash(head, inside):
        if lemma_of(head) in measure_words("frame_nouns") and head.head.pos_ == "NOUN":
            return head.head
        return head
    return None


def before_dash(word, inside):
    """'средним медперсоналом — 78%', 'по химии — 14%', 'Москва — 6,1 млн кв. м':
    a word left of the dash that stands right before the figure labels a list
    item (a qualifier); the parser may hang the figure on it all the same.
    A bare genitive plural is no label but what is counted ('Из них
    иностранцев — 180 тыс.', as in 'таких школ осталось три')."""
    dash = dash_before(inside, word.doc)
    if dash is None or word.i > dash:
        return False
    counted = "Gen" in word.morph.get("Case") and "Plur" in word.morph.get("Number") \
        and not any(child.dep_ == "case" for child in word.children)
    return not counted


def _acts_as_verb(token):
    """A verb, or a word the tagger took for a noun that governs a subject
    as only a verb does ('Ущерб оценён в ...', with 'оценён' tagged NOUN)."""
    return token.pos_ == "VERB" or any(child.dep_ in SUBJECT_DEPS for child in token.children)


SHARE_UNITS = ("percent", "fraction")


def share_recipient(anchor, inside):
    """'на транспорт пришлось 45% инвестиций', 'на их долю приходится 40%':
    a share that falls to a group measures that group (NOTES.md: share of a
    group); the genitive after the figure is only the base."""
    verb = governing_verb(anchor, inside)
    if verb is None or lemma_of(verb) not in measure_words("share_verbs"):
        return None
    for child in verb.children:
        if child.dep_ == "obl" and child.pos_ in NOUNISH and child.i not in inside \
                and any(normalize(g.text) == "на" for g in child.children if g.dep_ == "case"):
            return child
    return None


def subject_of_holder(noun, inside):
    """The noun subject of the verb a noun is the object of, or None."""
    verb = noun.head
    if verb.i == noun.i or verb.pos_ not in ("VERB", "AUX") or noun.dep_ != "obj":
        return None
    subject = _subject(verb, inside)
    return subject if subject is not None and subject.pos_ in NOUNISH else None


def fronted_purpose(anchor, inside):
    """'На строительство уже выделено 4,5 млрд рублей': money whose purpose is
    put first, as the topic of the sentence, measures that purpose (CLAIMS.md:
    the metric names what is measured). A purpose after the verb ("выделяет
    500 млн евро на исследования") is a detail of the deed: no metric."""
    doc = anchor.doc
    first = min(inside)
    # the clause's verb just before the money ("направят более 17 млрд")
    position = first - 1
    while position >= 0 and (doc[position].pos_ in ("ADV", "PART", "ADP") or doc[position].is_space):
        position -= 1
    if position < 0 or doc[position].pos_ not in ("VERB", "AUX"):
        return None
    # left to the clause start: "на" + a noun in the accusative
    for index in range(position - 1, max(position - PURPOSE_REACH, 0) - 1, -1):
        token = doc[index]
        if token.text in CLAUSE_EDGES:
            break
        if token.pos_ == "ADP" and lemma_of(token) == "на" and index + 1 < position:
            noun = token.head if token.head.i > index and token.head.pos_ == "NOUN" else None
            if noun is not None and noun.i < position and "Acc" in noun.morph.get("Case"):
                return noun
        if token.is_sent_start:
            break
    return None


def compared_head(comparative, inside):
    """What a comparison measures: 'вдвое больше школьников' -> 'школьников',
    'Уровень ... в два раза выше нормы' -> 'Уровень'."""
    counted = normalize(comparative.text) in quantity_comparatives()
    for child in comparative.children:
        if not counted or child.i in inside or child.i < comparative.i or child.pos_ not in NOUNISH:
            continue
        if child.dep_ in ("obl", "nmod", "obj") and "Gen" in child.morph.get("Case") \
                and not any(g.dep_ in ("case", "mark") for g in child.children):
            return child
    if comparative.pos_ == "ADV":
        # "переносят инсульт в 1,7 раза чаще": an adverb compares how often or
        # how long the verb's deed is done; what is done is its object
        verb = verb_before(min(inside), comparative.doc)
        if verb is not None:
            thing = next((c for c in verb.children if c.dep_ == "obj" and c.pos_ in NOUNISH
                          and c.i not in inside and not is_number_phrase(c, inside)), None)
            if thing is not None:
                return thing
    # "Продажи оказались на 8% меньше": the subject may hang from the verb above
    holders = [comparative]
    if comparative.head.i != comparative.i:
        holders.append(comparative.head)
    for holder in holders:
        for child in holder.children:
            if child.dep_ in SUBJECT_DEPS and child.i not in inside and child.pos_ in NOUNISH \
                    and not names_person(child):
                return _antecedent(child, holder)
    return None


def subject_above_a_bound(inside, doc):
    """'ключевая ставка держится выше 15%', 'доля пшеницы класса выше 55%': a
    comparative right before the figure is its bound, and the clause says the
    subject is above or below it; that subject is what the figure measures."""
    position = min(inside) - 1
    if position < 0 or "Cmp" not in doc[position].morph.get("Degree") \
            or triggers.comparative_direction(doc[position]) not in ("increase", "decrease"):
        return None
    verb = verb_before(position + 1, doc)
    if verb is not None:
        return _subject(verb, inside)
    return nominative_before(position, doc)


def nominative_before(position, doc):
    """The nearest nominative noun left of `position` in its clause: the subject
    of a clause whose predicate is no verb ('доля ... выше 55%')."""
    for index in range(position - 1, -1, -1):
        token = doc[index]
        if token.text in CLAUSE_EDGES:
            return None
        if token.pos_ == "NOUN" and "Nom" in token.morph.get("Case"):
            return token
        if token.is_sent_start:
            return None
    return None


def verb_before(first, doc):
    """The finite verb nearest left of token `first` in its clause, or None
    (read off word order, as the parser may hang an adverb on another clause)."""
    for index in range(first - 1, -1, -1):
        token = doc[index]
        if token.text in CLAUSE_EDGES:
            return None
        if _finite_verb(token) and token.pos_ in ("VERB", "AUX"):
            return token
        if token.is_sent_start:
            return None
    return None


def _duration_subject(anchor, inside, may_take_subject=True):
    """'5 годам лишения свободы', '10-летний срок', 'Полёт ... занял 13 суток'.

    A duration describes a noun it modifies or governs, or the subject of
    a verb of lasting (занять, длиться); 'она три недели дрейфовала' names none.
    """
    share = genitive_after(anchor, inside)
    if share is not None:
        return share
    head = anchor.head
    if head.pos_ == "NOUN" and head.i not in inside and head.i != anchor.i:
        if lemma_of(head) in measure_words("preposition_nouns") or normalize(head.text) in measure_words("preposition_nouns"):
            return None   # "на протяжении 40 лет": a preposition, not what lasts
        return head       # "срок 5 лет", "полуторачасовую беседу"
    if head.pos_ not in ("VERB", "AUX") or head.i == anchor.i or not may_take_subject:
        return None
    subjects = [c for c in head.children if c.dep_ in SUBJECT_DEPS and c.i not in inside and c.pos_ == "NOUN"]
    own_subject = bool(subjects)
    if not subjects and head.dep_ in ("xcomp", "conj") and head.head.i != head.i:
        # "Полёт, который должен был продлиться 11 дней": the verb above may
        # have a relative pronoun for its subject, which stands for its noun
        above = head.head
        subjects = [_antecedent(c, above) for c in above.children if c.dep_ in SUBJECT_DEPS
                    and (c.pos_ == "NOUN" or lemma_of(c) == "который")]
        subjects = [s for s in subjects if s is not None and s.pos_ == "NOUN" and s.i not in inside]
    if not subjects:
        return None
    # "Голосование проходило три дня", "Запрет будет действовать один год": the
    # duration is the predicate of an event or state, which is its metric.
    # A person's subject ("осуждённый проведёт 3 года") names no measured thing.
    if lemma_of(head) in measure_words("duration_verbs"):
        return subjects[0]
    # Other verbs only when the bare duration (no preposition) stands right
    # next to its verb, so the parse is believable, and the subject is no person.
    bare = not any(c.dep_ == "case" for c in anchor.children) and not any(
        t.pos_ == "ADP" for t in anchor.doc[max(min(inside) - 1, 0):min(inside)])
    next_to_verb = head.i == max(inside) + 1 or min(inside) - head.i in (1, 2)
    if own_subject and bare and next_to_verb and "Anim" not in subjects[0].morph.get("Animacy"):
        return subjects[0]
    return None


def quantity_above(noun, inside):
    """'с населением около 140 000 человек': the count describes 'населением'."""
    head = noun.head
    if head.i != noun.i and head.i < noun.i and head.i not in inside \
            and head.pos_ == "NOUN" and lemma_of(head) in measure_words("quantity_nouns") and noun.dep_ in ("nmod", "obl") \
            and not only_a_frame(head):
        return head
    return None
