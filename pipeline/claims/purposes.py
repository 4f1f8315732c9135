"""Money or goods given to a purpose measure that purpose (NOTES.md, decided 2026-11-27, session 4).

'На ремонт дорог будет направлено 650 млрд рублей', 'отправить на экспорт
1,5 млн тонн': the 'на' phrase says what the amount is for, and annotators
who read only CLAIMS.md take it for the metric, the shortest span naming
what the amount is. The parser or a list rule may have lent such a figure
another noun (one it is misattached to, the first clause of 'а ...'), so
this runs after those. Shares keep theirs ('направить на дивиденды 25%
прибыли' is a share of the profit), and so do counts, which name their own
noun, and goods with their own genitive.
"""
from pipeline.claims.dash_marks import CLAUSE_DASHES_AS_TYPED
from pipeline.claims import anaphora, metric, triggers
from pipeline.claims.lexicon import case_words, normalize
from pipeline.claims.part_openers import part_opener_span
from pipeline.claims.near_figure import genitive_right_after, stuff_a_share_is_of, word_above
from pipeline.claims.units import CURRENCIES, SHARE_UNITS
from pipeline.claims.word_kinds import (CLAUSE_EDGES, accusative_reading, bound_words, common_noun, lemma_of, measure_words,
                                        names_period, clause_span, verb_of_kind_right_before, word_before)

# Units of an amount that can be handed over: money and weighed or measured goods.
GIVEN_UNITS = CURRENCIES | {"t", "kg", "l", "m", "km", "ha"}


def metrics_of_purposes(found):
    last_purpose = None       # (sentence, metric, last token) of the last amount given to a purpose
    for k, item in enumerate(found):
        if _share_of_the_amount(item, last_purpose):
            _lend_the_purpose(found[k:], item, last_purpose[1])
        elif item.trigger is None and item.figure.unit in GIVEN_UNITS and item.figure.preposition is None \
                and not (item.metric is not None and (_own_genitive(item) or _framed_as_a_total(item))):
            purpose = purpose_of(item) or (purpose_after(item) or purpose_on_the_verb(item) if item.metric is None else None)
            gapped = _gapped_purpose(item) if last_purpose is not None and last_purpose[0] == item.sentence else None
            if purpose is not None:
                item.metric = (metric.phrase(purpose, item.inside), purpose)
                last_purpose = (item.sentence, item.metric, max(item.inside))
            elif gapped is not None and (item.metric is None or item.metric[1].i < gapped[0][1]):
                # a noun before the dash is the first item's, lent, or a piece of the purpose
                item.metric = gapped
            elif last_purpose is not None and last_purpose[0] == item.sentence \
                    and _part_of_the_amount(item, last_purpose[2]):
                item.metric = last_purpose[1]
            elif item.metric is None and last_purpose is not None and last_purpose[0] == item.sentence \
                    and _more_of_the_same(item):
                item.metric = last_purpose[1]
            elif item.metric is None and moved_to_a_destination(item):
                item.no_metric = True    # money moved to an account names no purpose: settled empty


def sums_restating_a_share_given(found):
    """'направить на дивиденды 50% чистой прибыли, или 3,2 руб. на акцию':
    a sum after ', или' or ', то есть' gives in money the share a verb of
    giving hands to a purpose, so it measures that purpose; the share keeps
    the whole it is of (NOTES.md session 4). Runs after the restating rules
    of lists/, which lend the sum the share's whole."""
    for share, item in zip(found, found[1:]):
        if item.figure.unit not in CURRENCIES or share.figure.unit not in SHARE_UNITS \
                or share.sentence != item.sentence or not _restates(item, share):
            continue
        if lemma_of(word_above(share.anchor, share.inside)) not in measure_words("giving_verbs"):
            continue
        purpose = purpose_of(share) or purpose_after(share)
        if purpose is not None:
            item.metric = (metric.phrase(purpose, item.inside), purpose)


def _restates(item, share):
    """Whether the sum follows the share with ', или' or ', то есть' (and
    bound words such as 'около'), the share's own words before the comma."""
    doc = item.anchor.doc
    share_end = max(share.inside)
    first = word_before(doc, min(item.inside), bound_words("bounds"), limit=share_end)
    comma = None if first is None else triggers.comma_before_restating_joiner(doc, first.i)
    if comma is None or comma <= share_end:
        return False
    return not any(token.is_punct or _a_verb(token) for token in doc[share_end + 1:comma])


def _share_of_the_amount(item, last_purpose):
    """'на гуманитарную помощь потратила 42 млн рублей, из которых 60%
    пришлось на продукты питания': a share taken 'из них' of an amount given
    to a purpose is a share of that purpose (a share measures the whole,
    NOTES.md session 4; the part the whole's, session 7). The pronoun rules
    ran before the purpose was found and read 'них' as another noun."""
    if last_purpose is None or last_purpose[0] != item.sentence or item.figure.unit not in SHARE_UNITS:
        return False
    doc = item.anchor.doc
    pronoun = anaphora.partitive_pronoun(doc, item.inside) or _partitive_opening_the_clause(doc, item)
    return pronoun is not None and last_purpose[2] < pronoun.i < min(item.inside)


def _partitive_opening_the_clause(doc, item):
    """'из них на отечественный софт пришлось 58%': the pronoun of an 'из
    них' that opens the figure's clause, further from the figure than the
    words right before it, or None."""
    for token in reversed(doc[item.sentence[0]:min(item.inside)]):
        if token.text in CLAUSE_EDGES:
            return None
        if anaphora.kind_of(token) and "из" in case_words(token):
            return token
    return None


def _lend_the_purpose(rest, share, purpose):
    """The share takes the purpose, and so does a later figure of its
    sentence that had borrowed the share's old metric ('из них на
    отечественный софт пришлось 58%, годом ранее — 44%')."""
    old = share.metric
    for item in rest:
        if item is share or (old is not None and item.metric is old and item.sentence == share.sentence
                             and item.figure.unit == share.figure.unit):
            item.metric = purpose


def _gapped_purpose(item):
    """'На дороги израсходовано 2,35 млрд рублей, на благоустройство – 640
    млн': after an amount given to a purpose, a clause with no verb of
    its own, 'на' + noun, a dash and the figure, gives the next amount to
    its own purpose. (span, head) of the words between 'на' and the dash, or None."""
    doc = item.anchor.doc
    dash = _dash_before(doc, item.sentence[0], min(item.inside))
    if dash is None:
        return None
    start = dash
    while start > item.sentence[0] and doc[start - 1].text not in (",", ";"):
        start -= 1
    if normalize(doc[start].text) != "на" or dash <= start + 1:
        return None
    noun = doc[start + 1]
    while noun.pos_ == "ADJ" and noun.i + 1 < dash:
        noun = doc[noun.i + 1]
    if noun.pos_ != "NOUN" or not _accusative(noun) or "Anim" in noun.morph.get("Animacy") \
            or any(_a_verb(token) or token.like_num for token in doc[start:dash]):
        return None
    return (start + 1, dash), noun


def _dash_before(doc, start, first):
    """Index of the dash right before the figure (past a bound word such as 'около'), or None."""
    before = word_before(doc, first, bound_words("bounds"), limit=start)
    return before.i if before is not None and before.i > start and before.text in CLAUSE_DASHES_AS_TYPED else None


def _more_of_the_same(item):
    """'на ремонт направлено 412 млн рублей, а ещё около 90 млн рублей
    выделила область': an amount its clause opens with 'ещё' adds to the
    amount given before in the sentence, so it goes to the same purpose."""
    doc = item.anchor.doc
    start, _ = _clause_around(item)
    return any(normalize(token.text) in measure_words("more_of_the_same_words")
               for token in doc[start:min(item.inside)]) and not _own_purpose_after_dash(item)


def _part_of_the_amount(item, amount_end):
    """'вложила более $40 млн в разработку, в том числе 1,2 млрд рублей — в
    виде субсидий', 'направят 1,2 млрд рублей на ремонт, из них 800 млн —
    деньги федерального бюджета': a part after 'в том числе' or 'из них'
    goes to the purpose its whole was given to ("из них N — X" measures the
    whole, NOTES.md session 7). The parts and pronoun rules run before the
    purpose is found, so they could not lend it: 'них' was read as the
    nearest plural noun instead. A part with a metric of its own and no
    pronoun ('в том числе 2 тыс. тонн пшеницы') keeps it."""
    doc = item.anchor.doc
    if _own_purpose_after_dash(item):
        return False
    pronoun = anaphora.partitive_pronoun(doc, item.inside)
    if pronoun is not None:
        return amount_end < pronoun.i < min(item.inside)
    return item.metric is None and part_opener_span(doc, amount_end + 1, min(item.inside)) is not None


def _own_purpose_after_dash(item):
    """'а ещё 20 млн — на освещение': a 'на' phrase after the dash names a purpose of its own."""
    doc = item.anchor.doc
    for token in doc[max(item.inside) + 1:item.sentence[1]]:
        if token.text in (",", ";", ".", ":"):
            return False
        if token.pos_ == "NOUN" and "на" in case_words(token) and "Acc" in token.morph.get("Case"):
            return True
    return False


def metrics_of_payments(found):
    """'задолжала ему за транзит газа 200 млн долларов', 'приобрела 1,5% акций
    за 97,5 млн долларов': money paid, owed or asked for something measures
    what it is paid for, as money given to a purpose measures the purpose
    (NOTES.md, session 5). A name bought stays null ('Sun приобрела MySQL за 1
    млрд долларов'): a company is not a quantity, and annotators leave it."""
    for item in found:
        if item.trigger is None and item.figure.unit in CURRENCIES and item.figure.preposition is None:
            # word order outweighs a parse that lent the sum a noun from another clause
            paid_for = _paid_for_right_before(item) if item.metric is None or _lent_from_after(item) else None
            if paid_for is not None:
                item.metric = (metric.phrase(paid_for, item.inside), paid_for)
        if item.trigger is None and item.metric is None and item.figure.unit in CURRENCIES:
            paid_for = (_paid_for(item) or _paid_under(item)) if item.figure.preposition is None else _bought_for(item)
            if paid_for is not None:
                item.metric = (metric.phrase(paid_for, item.inside), paid_for)


def _lent_from_after(item):
    """Whether the sum's metric stands after it, past a punctuation mark ('200 млн
    долларов – ровно столько, сколько составляет долг Минска'): another clause's noun."""
    doc = item.anchor.doc
    head = item.metric[1]
    return head.i > max(item.inside) and any(token.is_punct for token in doc[max(item.inside) + 1:head.i])


def _paid_for(item):
    """The 'за' + accusative noun that the verb of paying the figure hangs on takes."""
    verb = word_above(item.anchor, item.inside)
    if lemma_of(verb) not in measure_words("paying_verbs"):
        return None
    for token in verb.children:
        if token.i not in item.inside and token.dep_ in ("obl", "nmod") and token.pos_ == "NOUN" \
                and "за" in case_words(token) and "Acc" in token.morph.get("Case") \
                and "Anim" not in token.morph.get("Animacy") and not names_period(token):
            return token
    return None


def _paid_for_right_before(item):
    """'Москва задолжала ему за транзит газа в Европу 200 млн долларов': the
    parser may hang the 'за' phrase on a later verb of the sentence; read by
    word order, a 'за' phrase that runs up to the figure, right after a verb
    of paying (and its dative payee), is what the money pays for."""
    doc = item.anchor.doc
    position = min(item.inside) - 1
    while position > item.sentence[0] and _inside_the_phrase(doc[position]):
        position -= 1
    preposition = doc[position]
    if normalize(preposition.text) != "за" or position + 1 >= min(item.inside):
        return None
    noun = next((token for token in doc[position + 1:min(item.inside)] if token.pos_ == "NOUN"), None)
    if noun is None or "Acc" not in noun.morph.get("Case") or "Anim" in noun.morph.get("Animacy") or names_period(noun):
        return None
    verb = word_before(doc, position, _payee_or_adverb, limit=item.sentence[0])
    return noun if verb is not None and lemma_of(verb) in measure_words("paying_verbs") else None


def _payee_or_adverb(word):
    """The words between a verb of paying and its 'за' ('должна городу',
    'задолжала ему', 'заплатил сразу'): who is paid, in the dative, or an adverb."""
    return word.is_space or word.pos_ in ("ADV", "PART") \
        or (word.pos_ in ("PRON", "PROPN", "NOUN") and "Dat" in word.morph.get("Case"))


def _inside_the_phrase(token):
    """A word a noun phrase after 'за' may hold ('за уже поставленное топливо',
    'за транзит газа в Европу'): no punctuation, finite verb or number."""
    return not token.is_punct and not token.like_num and normalize(token.text) != "за" \
        and not (token.pos_ in ("VERB", "AUX") and "Part" not in token.morph.get("VerbForm"))


def _paid_under(item):
    """'концерн получил по контракту около 6,8 млн евро': the contract a verb
    of paying or receiving takes with 'по' is what the money is paid under.
    Pay per period under a contract is a rate, not the contract's worth."""
    verb = word_above(item.anchor, item.inside)
    if lemma_of(verb) not in measure_words("paying_verbs") | measure_words("giving_verbs"):
        return None
    if any(_per_period(token) for token in list(verb.children) + list(item.anchor.children)):
        # 'по контракту получает 62 млн рублей за сезон' is a pay rate, with no metric (the gold's reading)
        return None
    return next((token for token in verb.children if token.i not in item.inside and token.dep_ in ("obl", "nmod")
                 and lemma_of(token) in measure_words("agreement_nouns") and "по" in case_words(token)), None)


def _per_period(token):
    """'за сезон', 'в месяц': a bare period, with no number or word of its
    own ('в 2027 году', 'за прошлый сезон' say when), makes the sum a rate."""
    return names_period(token) and all(child.dep_ == "case" for child in token.children)


def _bought_for(item):
    """The object of a verb of buying or selling whose price the figure after
    'за' or 'по' is ('свинину продают по 300 рублей'), or whose worth the
    figure after 'на' is ('будет продано валюты примерно на 160 млрд руб.');
    a passive verb makes the goods its subject."""
    if item.figure.preposition not in ("за", "на", "по"):
        return None
    verb = word_above(item.anchor, item.inside)
    if lemma_of(verb) not in measure_words("buying_verbs"):
        # the parser may hang a range on the clause after ('Килограмм свинины продают по 280 — 320 рублей, говядина дороже')
        verb = verb_of_kind_right_before(item.inside, item.anchor.doc, "buying_verbs") or verb
    if lemma_of(verb) not in measure_words("buying_verbs") and not _paid_worth(item, verb):
        return None
    goods = next((child for child in verb.children if child.dep_ in ("obj", "nsubj:pass") and child.i not in item.inside
                  and child.i < min(item.inside)), None)
    if goods is None:
        goods = _object_between(verb, item.inside)
    if goods is None and verb.dep_ == "acl" and "Part" in verb.morph.get("VerbForm"):
        # 'фасадные системы, закупленные за €48 млн': a participle's noun is what was bought
        goods = verb.head
    if goods is not None and goods.pos_ in ("SYM", "NUM"):
        # 'приобрела 1,5% акций за 97,5 млн': the price of a share is the price of the stuff it is of
        goods = stuff_a_share_is_of(goods)
    if goods is None or not common_noun(goods) or goods.ent_type_:
        return None
    return goods


def _object_between(verb, inside):
    """'там же он приобрел недвижимость за 64 млн тенге': the parser may hang
    the object on the verb of the clause before; word order keeps it, an
    accusative object standing between the verb of buying and the price."""
    doc = verb.doc
    return next((token for token in doc[verb.i + 1:min(inside)] if token.dep_ == "obj"
                 and "Acc" in token.morph.get("Case") and token.head.i != verb.i), None)


def _paid_worth(item, verb):
    """'Налогов завод заплатил на 800 млн рублей': a verb of paying with the
    sum after 'на' gives the worth of what was paid, its object, as a verb of
    buying does ('продано валюты на 160 млрд')."""
    return item.figure.preposition == "на" and lemma_of(verb) in measure_words("paying_verbs")


def _own_genitive(item):
    """'сбросили на очаги 300 тонн воды', 'вывезли около 2,3 тонны медного
    кабеля': the goods named after the figure, past the adjectives agreeing
    with them, are what it measures, whatever they were given to."""
    goods = genitive_right_after(item.inside, item.anchor.doc)
    return goods is not None and goods.i == item.metric[1].i


def _framed_as_a_total(item):
    """'на комбинат было наложено 17 штрафов на общую сумму 2,3 млн': a figure
    that already measures its own total frame ('сумму' right before it,
    measures.json total_frames) totals the things named; the 'на' phrase
    before says where they went, and no gold of the development sets takes
    such a phrase for the metric of a 'на сумму' figure."""
    frame = item.metric[1]
    if lemma_of(frame) not in measure_words("total_frames") or frame.i >= min(item.inside):
        return False
    between = frame.doc[frame.i + 1:min(item.inside)]
    return all(word.is_space or word.pos_ in ("ADV", "PART", "ADP") for word in between)


def purpose_of(item):
    """The 'на' + accusative noun before the figure that says what its clause
    gives the amount to, when a verb stands before the figure, or None. A
    purpose after the figure is purpose_after's. Word
    order, not the tree, bounds the clause: the parser often hangs the
    purpose on the verb of the clause before ('..., а на ремонт направлено')."""
    doc = item.anchor.doc
    start, end = _clause_around(item)
    if not any(_a_verb(doc[i]) for i in range(start, min(item.inside))):
        return None
    if _part_of_a_whole(doc, start, end):
        return None
    for token in doc[start:min(item.inside)]:
        if _names_a_purpose(token, people=True) or _purpose_hung_on_the_figure(token, item.inside):
            return token
    return None


def moved_to_a_destination(item):
    """'Бухгалтер перевёл на счета своих фирм 12 млн рублей': a 'на' phrase
    before the figure in its clause that would be its purpose but names where
    the money went (measures.json destination_nouns), a place: the sum has no
    metric (NOTES.md, session 4), and the learned fallback (metric_ranker.py)
    must not give it one."""
    doc = item.anchor.doc
    start, _ = _clause_around(item)
    return any(_names_a_destination(token) for token in doc[start:min(item.inside)])


def _names_a_destination(token):
    return token.dep_ == "obl" and token.pos_ == "NOUN" and _purpose_preposition(token) and _accusative(token) \
        and lemma_of(token) in measure_words("destination_nouns")


def _purpose_hung_on_the_figure(token, inside):
    """'на ремонт оборудования из бюджета направлено 412 млн рублей', with
    'на ремонт' hung on the figure's noun: before the figure, that is the
    purpose too, not a rate ('10 тыс. рублей на ребёнка' comes after)."""
    return token.dep_ == "nmod" and token.head.i in inside and token.i < min(inside) \
        and _names_a_purpose(token, dep="nmod")


def purpose_after(item):
    """'правительство выделяет 500 млн евро на исследования', '500 млн евро
    будут выделены на исследования': the 'на' phrase after the figure that a
    verb of giving or spending (giving_verbs) takes, when nothing else names
    what the figure measures ('дивиденды в размере 14,5 рубля на акцию' is per
    share). Only such a verb makes it a purpose: after other verbs 'на' + noun
    is mostly a rate ('10 тыс. рублей на каждого ребёнка')."""
    doc = item.anchor.doc
    start, end = _clause_around(item)
    if _part_of_a_whole(doc, start, end):
        return None
    for token in doc[max(item.inside) + 1:end]:
        if _names_a_purpose(token) and lemma_of(token.head) in measure_words("giving_verbs") \
                and start <= token.head.i < end:
            return token
    return None


def purpose_on_the_verb(item):
    """'На строительство, по данным ведомства, направлено 9,8 млрд рублей',
    'на материнский капитал (сейчас он равен ...) государство тратит 200 млрд':
    a comma or a bracket between the purpose and the figure cuts the clause
    purpose_of reads by word order, while the tree still hangs the 'на'
    phrase on the verb of giving the figure is the object (or the passive
    subject) of; or the parser hangs a purpose right after the figure on the
    next clause's verb ('выделит 12 млн рублей на субсидии семьям, а средний
    размер ... вырастет'). The purpose, or None; a part of a whole ('из них',
    'из похищенных средств') measures the whole instead."""
    doc = item.anchor.doc
    verb = word_above(item.anchor, item.inside)
    if lemma_of(verb) not in measure_words("giving_verbs") or not _given(item, verb) or _taken_from_a_whole(item, verb):
        return None
    before = [token for token in verb.children if token.i < min(item.inside) and item.sentence[0] <= token.i
              and _names_a_purpose(token, people=True)]
    return before[0] if before else _purpose_hung_on_the_next_clause(doc, item)


def _given(item, verb):
    """Whether the figure is what the verb gives: its object or passive subject."""
    return any(token.i in item.inside and token.head.i == verb.i and token.dep_ in ("obj", "nsubj:pass")
               for token in verb.children)


def _taken_from_a_whole(item, verb):
    """'из них 4,2 млрд направлено', 'около 2,3 млн рублей из похищенных средств
    потратил': an 'из' phrase on the figure or the verb, or a partitive
    pronoun, makes the amount a part of a whole named elsewhere."""
    doc = item.anchor.doc
    if anaphora.partitive_pronoun(doc, item.inside) is not None:
        return True
    on_the_figure = [child for token in item.inside for child in doc[token].children if child.i not in item.inside]
    return any(token.pos_ in ("PRON", "DET") and "из" in case_words(token) for token in verb.children) \
        or any("из" in case_words(token) for token in on_the_figure)


def _purpose_hung_on_the_next_clause(doc, item):
    """'выделит 12 млн рублей на субсидии малоимущим семьям, а ...': the 'на'
    + accusative noun right after the figure, which the parser hung on a verb
    past a clause edge, is the purpose of the verb of giving before it."""
    after = max(item.inside) + 1
    if after + 1 >= item.sentence[1] or normalize(doc[after].text) != "на":
        return None
    noun = doc[after + 1]
    while noun.pos_ == "ADJ" and noun.i + 1 < item.sentence[1]:
        noun = doc[noun.i + 1]
    start, end = _clause_around(item)
    if noun.pos_ != "NOUN" or noun.head.i < end or not _hung_past_a_clause_edge(doc, noun, end):
        return None
    if "Acc" not in noun.morph.get("Case") or not _inanimate(noun) or names_period(noun) \
            or lemma_of(noun) in measure_words("frame_nouns") | measure_words("destination_nouns"):
        return None
    return noun


def _hung_past_a_clause_edge(doc, noun, end):
    """Whether the word the noun hangs on stands after its clause's edge, in another clause."""
    return noun.head.i >= end and any(token.text in CLAUSE_EDGES for token in doc[noun.i:noun.head.i])


def _names_a_purpose(token, dep="obl", people=False):
    """people: the 'на' phrase stands before the figure, where people a verb
    of giving spends on are its purpose ('потратив на новичков 38,5 млн евро')."""
    # the parser may cut a purpose that opens a clause after a colon off its
    # verb ('заказ: на закупку вооружений планируется направить 1,1 трлн')
    deps = (dep, "parataxis") if dep == "obl" else (dep,)
    return token.dep_ in deps and token.pos_ == "NOUN" and _purpose_preposition(token) \
        and _accusative(token) and (_inanimate(token) or (people and _people_given_to(token))) \
        and not names_period(token) and lemma_of(token) not in measure_words("frame_nouns") \
        and lemma_of(token) not in measure_words("destination_nouns") \
        and not any(child.pos_ in ("NUM", "DET") for child in token.children)


def _inanimate(token):
    return "Anim" not in token.morph.get("Animacy")


def _people_given_to(token):
    """'на новичков', 'на пенсионеров' hung on a verb of giving: people in
    the plural are what the money goes to; one person ('на ребёнка') is the
    base of a rate."""
    return "Plur" in token.morph.get("Number") and lemma_of(token.head) in measure_words("giving_verbs")


def _purpose_preposition(token):
    """'на' names a purpose after any verb of giving; a verb of investing
    names it with 'в' ('вложила $40 млн в разработку препарата'), where
    after other verbs 'в' + accusative is mostly a place or a time."""
    prepositions = case_words(token)
    return "на" in prepositions or ("в" in prepositions and lemma_of(token.head) in measure_words("investing_verbs"))


def _accusative(token):
    """'На премии зарезервировано 250 млн', with 'премии' tagged a locative
    singular: after a verb of giving, a form the dictionary also reads as an
    accusative of the noun is the purpose the amount is given to."""
    if "Acc" in token.morph.get("Case"):
        return True
    return "Loc" in token.morph.get("Case") and lemma_of(token.head) in measure_words("giving_verbs") \
        and accusative_reading(token)


def _part_of_a_whole(doc, start, end):
    """'из них на экспорт направлено 9,1 млн т': the amount is a part of a
    whole named before, and measures what that whole does (lists/)."""
    return any(token.pos_ == "PRON" and "из" in case_words(token) for token in doc[start:end])


def _clause_around(item):
    """(start, end) token indices of the figure's clause: up to the nearest
    clause edges on either side, within the sentence."""
    return clause_span(item.anchor.doc, min(item.inside), max(item.inside), item.sentence, CLAUSE_EDGES)


def _a_verb(token):
    return token.pos_ == "VERB" or (token.pos_ == "AUX" and token.head.pos_ != "VERB")
