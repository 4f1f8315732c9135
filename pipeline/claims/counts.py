"""What a count counts: the noun it counts, or the subject of the verb it is the value of.

'428 таких сообщений' counts its noun; 'штат превысил 4 тысячи человек' is
the value of 'штат' (CLAIMS.md: a count as the value of a change or level
verb). The parser often hangs a number on the wrong word, so the noun is
also read off word order: a genitive after the figure, a genitive plural of
its clause before it ('таких центров работает двадцать четыре'), the noun
before a breakdown ('три языка (два европейских и один восточный)') or
before 'в числе', a noun put before an approximate count ('часа три').
Word lists: measures.json (counter_nouns, quantity_nouns), frames.json
(membership_frames).
"""
from pipeline.claims.dashes import before_dash, counted_before_dash, subject_before_dash
from pipeline.claims.frames import after_a_bracket_naming_its_own, amount_frames, quantity_above
from pipeline.claims.lexicon import normalize
from pipeline.claims.near_figure import first_noun_after, genitive_right_after, noun_after_participle_and_agent, opens_sentence
from pipeline.claims.number_lists import NUMERAL_JOINERS
from pipeline.claims.rule_chain import NO_HEAD, first_settled, settled
from pipeline.claims.subjects import (agreeing_subject, fronted_genitive, inherited_subject, quantity_subject_beside, subject_of,
                                      subject_or_object)
from pipeline.claims.triggers import CHANGE_DIRECTIONS
from pipeline.claims.word_kinds import (COUNT_DEPS, NOUNISH, SUBJECT_DEPS, after_preposition, bound_words, common_noun,
                                        dictionary_adjective, finite_verb, is_number_phrase, is_quantity_noun, lemma_of,
                                        measure_words, names_period, number_word, stands_for_a_clause,
                                        top_of_noun_chain, unit_of_a_number, used_as_noun, word_before)


def counted_noun(anchor, inside):
    """The noun a count counts: its head through nummod, a following genitive, 'из' + noun."""
    doc = anchor.doc
    if anchor.dep_ in COUNT_DEPS and anchor.head.i not in inside \
            and (anchor.head.pos_ in NOUNISH or used_as_noun(anchor.head)):
        if anchor.head.i < anchor.i:
            # a numeral comes before what it counts: a genitive right after the
            # figure ('почти 11 тысяч предложений') is its noun, whatever word
            # before it the parser hung the number on
            following = genitive_right_after(inside, doc)
            if following is not None:
                return following
            if _after_preposition_word(inside, doc):
                # 'при 6 караимских кенасах': a preposition before the number
                # governs the noun after it, not one further back
                following = first_noun_after(inside, doc)
                if following is not None:
                    return following
        else:
            # a number and its noun stand together ('более 430 тыс. человек, а
            # ... 1,02 млн жителей'): a head past the first noun after the
            # figure is a parse that crossed that noun
            following = first_noun_after(inside, doc)
            if following is not None and following.i < anchor.head.i:
                return following
        return anchor.head
    for child in anchor.children:
        if child.i in inside:
            continue
        # ('треть опрошенных': a participle in the genitive is used as a noun)
        if (child.pos_ in NOUNISH or stands_for_a_clause(child) or used_as_noun(child)) \
                and child.dep_ in ("nmod", "obl", "nummod:gov") \
                and child.i > anchor.i and not (names_period(child) and after_preposition(child)):
            return child      # ('до 12 тысяч в год': a period after its preposition is a rate, not what is counted)
    # the parser sometimes lets the noun hang elsewhere: take the noun right after
    last = max(inside)
    if doc[last].text == "." and opens_sentence(last + 1, doc):
        return None
    shared = _noun_of_joined_adjectives(doc, last + 1)
    if shared is not None:
        return shared
    for index in range(last + 1, min(last + 4, len(doc))):
        token = doc[index]
        if token.pos_ in NOUNISH:
            return token
        # "30 его служащим": a possessive stands between a number and its noun
        if token.pos_ not in ("ADJ", "DET") and token.dep_ not in ("amod", "det"):
            break
    return None


def whole_before_breakdown(inside, doc):
    """'три языка (два европейских и один восточный)', 'пять судов: два
    новых и три старых', '214 медалей — 71 золотую, 65 серебряных': a count of an adjective with its noun left out,
    opening a bracket or a colon right after a noun, breaks that noun down
    into kinds; that noun is what it counts."""
    if first_noun_after(inside, doc) is not None:
        return None
    opener = min(inside) - 1
    # later items of the breakdown: step back over the items before them
    while opener > 0 and (doc[opener].pos_ in ("ADJ", "NUM", "CCONJ") or doc[opener].text == ","):
        opener -= 1
    if opener < 1 or doc[opener].text not in ("(", ":", "—", "–"):
        return None
    whole = _counted_noun_of_genitives(doc[opener - 1])
    if whole.pos_ != "NOUN" or number_word(whole) or unit_of_a_number(whole, inside):
        return None       # the whole is often counted itself ('три языка'), but is no number or unit word
    return whole


def _counted_noun_of_genitives(last):
    """'19 медалей чемпионатов мира и Европы: 8 золотых', '11 наград
    Олимпийских игр: 5 золотых': the noun right before the opener may only
    end the genitives that name whose or of what the counted noun is; the
    kinds break down that counted noun. Else the noun itself."""
    token = last
    while token.dep_ in GENITIVE_CHAIN_DEPS and token.head.i < token.i and token.head.pos_ in NOUNISH:
        token = token.head
        if any(child.dep_ == "nummod" for child in token.children):
            return token
    return last


# how a genitive hangs on the noun before it ('чемпионатов мира и Европы')
GENITIVE_CHAIN_DEPS = ("nmod", "conj")


def noun_its_adjective_stands_before(adjective):
    """'3 серебряные медали', '1 104 жёлтые и 57 красных карточек': a count the
    parser hangs on its adjective counts the noun after it, also one named
    once after the next number of a pair, when that number has its own
    adjective too ('7 погибших и 12 раненых' leaves no noun out)."""
    doc = adjective.doc
    index = _past_adjectives(doc, adjective.i + 1)
    if index < len(doc) and normalize(doc[index].text) in NUMERAL_JOINERS:
        joiner = index
        number_end = _past_numbers(doc, joiner + 1)
        index = _past_adjectives(doc, number_end)
        if number_end == joiner + 1 or index == number_end:
            return None      # no next number, or a next number with no adjective of its own
    return doc[index] if index < len(doc) and doc[index].pos_ == "NOUN" else None


def _noun_of_joined_adjectives(doc, index):
    """'134,2 тыс. новых легковых и лёгких коммерческих автомобилей': adjectives
    joined by 'и' or 'или' right after a figure all agree with the one noun
    after the last of them, which the count counts, however the parser hung
    them; a number after the joiner starts a count of its own ('52 надземных и
    4 подземных этажа'), so it stops the reading. None when nothing such follows."""
    first_adjective = index
    index = _past_adjectives(doc, index)
    if index == first_adjective or index >= len(doc) or normalize(doc[index].text) not in NUMERAL_JOINERS:
        return None
    noun_index = _past_adjectives(doc, index + 1)
    if noun_index == index + 1 or noun_index >= len(doc):
        return None
    noun = doc[noun_index]
    agrees = set(noun.morph.get("Case")) & set(doc[first_adjective].morph.get("Case"))
    return noun if noun.pos_ == "NOUN" and agrees else None


def _past_adjectives(doc, index):
    while index < len(doc) and doc[index].pos_ == "ADJ":
        index += 1
    return index


def _past_numbers(doc, index):
    while index < len(doc) and doc[index].pos_ == "NUM":
        index += 1
    return index


def numbered_before_frame(inside, doc):
    """'тычинки в числе шести', 'щетинки в числе 4–6': 'в числе' right before a
    count with no noun after it says how many there are of the noun before
    the frame, however the parser hangs the number."""
    frame = min(inside) - 1
    if frame < 2 or first_noun_after(inside, doc) is not None:
        return None
    frames = amount_frames("membership_frames")
    preposition = frames.get(lemma_of(doc[frame]))
    if preposition is None or normalize(doc[frame - 1].text) != preposition or doc[frame - 2].pos_ != "NOUN":
        return None
    return doc[frame - 2]


def _after_preposition_word(inside, doc):
    """Whether a preposition stands right before the figure's first word."""
    before = min(inside) - 1
    return before >= 0 and doc[before].pos_ == "ADP"


def _counted_by_counter(counter, inside):
    """'300 штук яиц', 'платочков триста штук': 'штук' only counts pieces; the
    genitive after it, else the genitive plural right before the figure, is
    what is counted. With neither, the counter itself stays."""
    doc = counter.doc
    after = counter.i + 1
    if after < len(doc) and doc[after].pos_ == "NOUN" and "Gen" in doc[after].morph.get("Case"):
        return doc[after]
    before = min(inside) - 1
    if before >= 0 and doc[before].pos_ == "NOUN" and "Gen" in doc[before].morph.get("Case") \
            and "Plur" in doc[before].morph.get("Number"):
        return doc[before]
    return counter


def people_named_before(person_counter, anchor, inside):
    """'Иностранцев стало больше: 38 тыс. человек', 'безработных насчитывается
    4,9 тыс. человек', 'Стобалльников среди первокурсников — 57 человек':
    'человек' only counts heads; a bare genitive plural that its clause
    puts before the figure says whom it counts, and a quantity noun valued
    at the count ('оценивают потери в 300 человек') says what it measures.
    None when neither is there: the count keeps 'человек'."""
    valued = _quantity_valued_at(person_counter)
    if valued is not None:
        return valued
    named = _genitive_of_the_verb(person_counter, anchor, inside) or counted_before_dash(anchor, inside)
    if named is None:
        return None
    # 'Призёров олимпиад — 48 человек': the genitive's own genitive is not whom
    named = top_of_noun_chain(named, lambda lower, upper: upper.pos_ == "NOUN" and "Gen" in upper.morph.get("Case"))
    if lemma_of(named) == lemma_of(person_counter):
        return None
    return named


def _quantity_valued_at(person_counter):
    """'Ополченцы оценивают собственные потери в 300 человек': a quantity noun a
    verb of valuing sets 'в' a count of people is what that count measures
    (measures.json valuing_verbs), as for any amount ('Ущерб оценён в 2,9 млн')."""
    if not any(child.dep_ == "case" and normalize(child.text) == "в" for child in person_counter.children):
        return None
    holder = person_counter.head
    valuing = measure_words("valuing_verbs")
    if holder.pos_ == "NOUN" and is_quantity_noun(holder) and lemma_of(holder.head) in valuing:
        return holder      # the parser hangs the count on the valued noun
    if lemma_of(holder) in valuing:
        return next((child for child in holder.children if child.dep_ in ("obj", "nsubj:pass")
                     and child.pos_ == "NOUN" and is_quantity_noun(child)), None)
    return None


def _genitive_of_the_verb(noun, anchor, inside):
    """The bare genitive subject, before the figure, of the verb the counted
    noun hangs on ('безработных насчитывается 4,9 тыс. человек'), or of the
    verb right before the figure when the parser hung the noun elsewhere; in a
    dash equation ('Стобалльников — 57 человек') the counted noun is the
    predicate and the genitive is its subject. Any other genitive of the
    clause ('с начала года привито 4 260 человек') says when or where, not whom."""
    verb = noun.head
    if verb.i == noun.i or verb.pos_ not in ("VERB", "AUX"):
        verb = noun
    before = word_before(anchor.doc, min(inside), bound_words("bounds_and_particles"))
    holders = [verb] + ([before] if before is not None and finite_verb(before) and before.i != verb.i else [])
    return next(filter(None, (_genitive_subject(holder, noun, anchor, inside) for holder in holders)), None)


def _genitive_subject(verb, noun, anchor, inside):
    """A bare genitive that the parser makes the subject of verb, standing before the figure in its clause."""
    for child in verb.children:
        if child.i in inside or child.i > anchor.i or child.pos_ not in NOUNISH or child.dep_ not in SUBJECT_DEPS:
            continue
        # a singular is a partitive only as a dash equation's subject, where the
        # tagger may misread a plural ('Стобалльников' as a surname)
        plural = "Plur" in child.morph.get("Number") or verb is noun
        if "Gen" in child.morph.get("Case") and plural and _same_clause(child, anchor) \
                and not any(g.dep_ in ("case", "nummod", "nummod:gov") for g in child.children) \
                and not is_number_phrase(child, inside):
            return child
    return None


def _same_clause(before, anchor):
    """No comma or semicolon between a word and the figure after it: 'на 60 тыс. мест,
    сейчас живут 120 тыс. человек' puts them in two clauses."""
    return not any(token.text in (",", ";") for token in anchor.doc[before.i + 1:anchor.i])


def inverted_noun(inside, doc):
    """'приезжали раза два в неделю', 'ждали часа три': a count put after its
    genitive noun makes it approximate, and still counts that noun."""
    before = min(inside) - 1
    if before < 0 or first_noun_after(inside, doc) is not None:
        return None
    noun = doc[before]
    if noun.pos_ != "NOUN" or "Gen" not in noun.morph.get("Case") or names_period(noun) \
            or any(child.dep_ == "case" for child in noun.children) or is_number_phrase(noun, inside):
        return None
    return noun


def genitive_before(anchor, inside):
    """'таких центров работает двадцать четыре', 'пенсионерам, которых в стране
    около 7,7 млн', 'иностранцев ... было около 63 тысяч': a count with no
    noun after it counts the genitive plural of its clause."""
    verb = _copula_clause(inside, anchor.doc)
    if verb is None:
        verb = anchor.head
        if "Cmp" in verb.morph.get("Degree") and verb.i < anchor.i and verb.head.i != verb.i:
            verb = verb.head      # 'Новых офисов откроем не больше пяти': the bound word stands for the verb's object
        if verb.i == anchor.i or (verb.pos_ not in ("VERB", "AUX", "ADV") and not _predicative_adjective(verb)):
            return None
    # the nearest first: 'работали 5 тысяч человек, а насосов выпускали до 12 тысяч'
    # may hang a noun of the clause before on this verb too
    for child in sorted(verb.children, key=lambda c: -c.i):
        if child.i in inside or child.i > anchor.i or child.pos_ not in NOUNISH | {"PRON"}:
            continue
        if "Gen" in child.morph.get("Case") and _plural_or_subject(child) \
                and not any(g.dep_ == "case" for g in child.children):
            if lemma_of(child) == "который" and verb.dep_.startswith("acl") and verb.head.pos_ in NOUNISH:
                return verb.head
            return child if child.pos_ in NOUNISH else None
    return None


def _plural_or_subject(noun):
    """'Овец и коз насчитывается 3,9 млн': a genitive the parser takes for the
    verb's subject is a partitive subject, counted whatever number the tagger
    gave a form it misread ('Овец' as a singular name)."""
    return "Plur" in noun.morph.get("Number") or noun.dep_ in SUBJECT_DEPS


def _predicative_adjective(word):
    """'Таких планет известно не больше двух десятков': a short adjective
    stands for the verb of its clause."""
    return word.pos_ == "ADJ" and "Short" in word.morph.get("Variant")


def _copula_clause(inside, doc):
    """'иностранцев из 23 стран было около 63 тысяч': with 'было' the figure
    itself heads its clause, and the genitive counted hangs from the figure."""
    for index in sorted(inside):
        if any(child.dep_ == "cop" for child in doc[index].children):
            return doc[index]
    return None


def count_agreeing_with_its_noun(figure, anchor, inside, trigger, direction):
    """'товарооборот двух стран', 'погасить долг тремя траншами': a number word
    in an oblique case agrees with the noun after it, so it counts that noun,
    not the quantity or object before it (in 'численность 300 человек' the
    number stands in the nominative and is the value of 'численность')."""
    if figure.unit != "count" or anchor.i != max(inside) or anchor.pos_ != "NUM" or trigger is not None \
            or figure.preposition or _after_preposition_word(inside, anchor.doc):
        return None       # 'до пяти очков', 'около восьмисот человек': the preposition sets the case
    cases = set(anchor.morph.get("Case")) & OBLIQUE_CASES
    noun = first_noun_after(inside, anchor.doc)
    if not cases or noun is None or not cases & set(noun.morph.get("Case")):
        return None
    return noun


# Cases in which a numeral agrees with its noun instead of governing it in the genitive.
OBLIQUE_CASES = {"Gen", "Dat", "Ins", "Loc"}


def what_is_counted(figure, anchor, inside, trigger, direction):
    """Counts, fractions and collectives: a verb's subject, else the counted noun."""
    if figure.unit in ("count", "fraction") or (figure.kind == "collective"):
        if after_a_bracket_naming_its_own(inside, anchor.doc):
            # 'математики (212 вакансий), физики (148)': the item is no counted
            # noun; the bare count takes the list's metric (ellipsis.inherit_along_lists)
            return NO_HEAD
        counted = first_settled(_COUNT_RULES, figure, anchor, inside, trigger, direction)
        if counted is None and sizes_a_change(figure, inside, anchor.doc):
            return None       # the rules after this one read it as a percent in its place
        return settled(counted)
    return None


def sizes_a_change(figure, inside, doc):
    """'Выплавка стали снизилась почти на четверть', 'отстаёт от прожиточного
    минимума почти на треть', 'позволят на треть сократить число нарушений':
    a fraction after 'на' with no noun of its own after it counts nothing; it
    is the size of a change or a gap, as '25%' would be there, so when nothing
    counted is found the search goes on to the rules a percent takes. 'на треть
    территории' names the whole it is a part of.
    (Of the 102 fractions right after 'на' in the gold of the 102 development
    sets, one names its whole, 'на треть территории'; the rest measure the
    verb's subject or the comparison's noun, as a percent there does.)"""
    return figure.unit == "fraction" and figure.preposition == "на" and first_noun_after(inside, doc) is None


def _subject_of_count_level_verb(figure, anchor, inside, trigger, direction):
    """CLAIMS.md: "Count as the value of a change or level verb: the metric
    is the verb's subject" ("штат превысил 4 тысячи человек" -> "штат")"""
    if trigger is not None and trigger.pos_ != "NOUN" and direction == "level":
        subject = subject_of(trigger, inside) or inherited_subject(trigger, inside) \
            or agreeing_subject(trigger, inside)
        if subject is not None and subject.pos_ in NOUNISH:
            return subject
    return None


def _what_a_change_reaches(figure, anchor, inside, trigger, direction):
    """"довести турпоток до 2,5 млн человек": the size a change reaches
    measures what changes; otherwise only a quantity noun stands for it"""
    if trigger is not None and trigger.pos_ != "NOUN" and direction in CHANGE_DIRECTIONS:
        subject = subject_or_object(trigger, _with_noun_under_preposition(figure, inside, anchor.doc),
                                    prefer_object=figure.preposition in ("на", "до"))
        if subject is not None and (is_quantity_noun(subject)
                                    or (figure.preposition in ("на", "до") and common_noun(subject))):
            return subject
        # 'количество погибших прибавило 11 человек': the counted noun taken
        # for the subject leaves the quantity noun beside it
        return quantity_subject_beside(trigger, inside)
    return None


def _with_noun_under_preposition(figure, inside, doc):
    """'увеличился на 8 тыс. человек', 'снизится до 18,6 тыс. человек': the
    noun a figure after 'на'/'до' counts is under that preposition with it,
    so it is never the verb's subject, though the parser may call it one.
    The figure's indices with that noun's, else the figure's. After 'до'
    an object stays ('потеряли до 600 человек': 'до' may be a bound, the
    noun what was lost); after 'на' the noun is the amount of the change."""
    if figure.preposition not in ("на", "до"):
        return inside
    noun = first_noun_after(inside, doc)
    if noun is None or (figure.preposition == "до" and noun.dep_ not in SUBJECT_DEPS):
        return inside
    return inside | {noun.i}


def _counted_noun(figure, anchor, inside, trigger, direction):
    numbered = numbered_before_frame(inside, anchor.doc)
    if numbered is not None:
        return numbered
    qualified = noun_after_participle_and_agent(inside, anchor.doc)
    if qualified is not None:
        return qualified
    noun = counted_noun(anchor, inside)
    if noun is not None and is_number_phrase(noun, inside):
        noun = None      # a parse that hangs the number on the next figure's 'тысячи'
    if noun is not None and before_dash(noun, inside):
        # "Бердск — 136", "Население района — 41 тысяча": nothing before a dash
        # is counted by the number after it; only a dash equation's subject is measured
        return settled(subject_before_dash(anchor, inside))
    if noun is not None and lemma_of(noun) in measure_words("counter_nouns"):
        noun = _counted_by_counter(noun, inside)
    if noun is not None and lemma_of(noun) in measure_words("person_counters"):
        noun = people_named_before(noun, anchor, inside) or noun
    if noun is not None and noun.pos_ == "ADJ":
        noun = whole_before_breakdown(inside, anchor.doc) or noun
    if noun is not None and (noun.dep_ == "amod" or dictionary_adjective(noun)):
        # ('12 жёлтых и 2 красные карточки': the tagger may call the adjective a noun)
        noun = noun_its_adjective_stands_before(noun) or noun
    if noun is not None:
        return quantity_above(noun, inside) or noun
    return None


def _counted_elsewhere(figure, anchor, inside, trigger, direction):
    return genitive_before(anchor, inside) or counted_before_dash(anchor, inside) \
        or fronted_genitive(inside, anchor.doc) or inverted_noun(inside, anchor.doc)


_COUNT_RULES = (_subject_of_count_level_verb, _what_a_change_reaches, _counted_noun, _counted_elsewhere)
