"""Parts of a whole: 'в том числе', 'N из M', 'из них N — ...'.

Parts of a whole ("Грузооборот составил 98 млн т. В том числе: нефть —
61,3 млн т, уголь — 27,9 млн т") measure what the lead-in's figure
measures; what singles a part out is its qualifier.

"N из M" counts a part of a whole of the same things: "412 806 избирателей
из 1 066 684 включённых в списки" counts voters twice, the participle after
the whole only qualifies it; "В округах кандидаты победили в 19 из 20"
leaves the noun out of both, and the plural noun the sentence put after the
same preposition before them is it.

A figure that a dash explains ("из них 4,1 млрд — федеральные средства")
is the size of the thing named after the dash, which ends the clause.
"""
from pipeline.claims import anaphora, dashes, kinds_of_a_whole, metric, polled_groups, weighed_stuff, word_kinds
from pipeline.claims.lexicon import load_json, normalize
from pipeline.claims.lists.shared import _words, item_label
from pipeline.claims.near_figure import governing_verb
from pipeline.claims.part_openers import labelled_part_openers, part_opener_span
from pipeline.claims.units import SHARE_UNITS, same_kind


def counted_out_of(doc, found):
    """'N X из M': the whole M counts what the part N counts. A whole whose
    own word is no noun ('из 1 066 684 включённых в списки') takes the part's
    noun and keeps its word as a qualifier; a pair with no noun at all ('в 19
    из 20') counts the plural noun that stood after the same preposition
    earlier in the sentence ('В одномандатных округах')."""
    for part, whole in zip(found, found[1:]):
        if not _out_of(doc, part, whole):
            continue
        if part.metric is not None and (whole.metric is None or not _names_a_thing(whole.metric[1])):
            if whole.metric is not None and whole.metric[1].i > whole.tokens[-1].i:
                word = whole.metric[1]       # the participle with its words ('включённых в списки')
                whole.qualifiers = [(word.i, min(word.right_edge.i + 1, whole.sentence[1]))]
            (start, end), head = part.metric
            if head.i < whole.tokens[0].i:
                # the part's noun ends at 'из' ('акционеров', not 'акционеров из 530 ...')
                end = min(end, whole.tokens[0].i - 1)
            else:
                # 'двух из трёх указанных особенностей': the noun after the whole
                # is shared, so its phrase starts past the whole's number
                start = max(start, whole.tokens[-1].i + 1)
            part.metric = whole.metric = ((start, end), head)
        elif part.metric is None and whole.metric is None and _ends_bare(doc, whole):
            noun = _plural_after_same_preposition(doc, part)
            if noun is not None:
                part.metric = whole.metric = (metric.phrase(noun, part.inside), noun)


def _out_of(doc, part, whole):
    """Whether 'из' joins the part (with its noun, if any) to the whole."""
    before_whole = whole.tokens[0].i - 1
    if before_whole <= part.tokens[-1].i or normalize(doc[before_whole].text) not in _words("out_of_words"):
        return False
    if before_whole == part.tokens[-1].i + 1:
        return True
    return part.metric is not None and part.metric[1].i == before_whole - 1 and part.metric[1].i > part.tokens[-1].i


def _names_a_thing(token):
    """A noun, not a participle the tagger took for one ('внесённых', lemma 'внести')."""
    return token.pos_ == "NOUN" and not word_kinds.lemma_of(token).endswith(word_kinds.INFINITIVE_ENDINGS)


def _ends_bare(doc, item):
    after = item.tokens[-1].i + 1
    return after >= item.sentence[1] or doc[after].is_punct


def _plural_after_same_preposition(doc, part):
    """'В округах ... победили в 19 из 20': the plural noun governed earlier
    in the sentence by the preposition the part stands after."""
    before = part.tokens[0].i - 1
    if before < part.sentence[0] or doc[before].pos_ != "ADP":
        return None
    preposition = normalize(doc[before].text)
    for token in doc[part.sentence[0]:before]:
        if token.pos_ == "NOUN" and "Plur" in token.morph.get("Number") \
                and any(normalize(c.text) == preposition for c in token.children if c.dep_ == "case"):
            return token
    return None


def named_after_dash(doc, found):
    """'составил 6,7 млрд рублей, из них 4,1 млрд — федеральные средства': a
    part followed by a dash and a noun phrase that ends the clause is the
    size of that noun's thing. The verb of the whole before it is not the
    part's: the part is only named, neither reached nor changed."""
    for k, item in enumerate(found):
        noun = _noun_phrase_after_dash(doc, item)
        if noun is None or anaphora.partitive_pronoun(doc, item.inside) is not None:
            continue      # 'из них 4,1 млрд — ...' is a part of the whole 'них' stands for (references.py)
        if polled_groups.polled_share_answered_for(doc, found[:k], item) is not None:
            continue      # '43% самарцев называют дороги, 31% — пробки': the answer, not who answered
        head, end = noun
        if any(start <= head.i < stop for start, stop in item.qualifiers):
            continue      # '30% — областной бюджет' after 'распределено так:' names who takes the share
        payer_of = _figure_its_subject_pays(found[:k], item)
        if payer_of is not None:
            # '60% бюджета дают спонсоры, около 30% – областная субсидия': the
            # noun after the dash stands where the earlier verb's subject
            # stood, a payer or a taker; the share is still of the budget
            item.metric = payer_of.metric
            item.qualifiers = [(metric.phrase(head, item.inside)[0], end)]
            continue
        item.metric = ((metric.phrase(head, item.inside)[0], end), head)
        if item.trigger is not None and any(d.trigger is not None and d.trigger.i == item.trigger.i for d in found[:k]):
            item.trigger = item.direction = item.change = None


def _figure_its_subject_pays(before, item):
    """The figure before the item in its sentence, when it is the object of
    a verb that does more than state it (lists.json stating_verbs), whose
    subject, standing after the verb, is a noun of its own ('60% бюджета
    дают спонсоры', '9,1 млрд выделил федеральный бюджет'); else None. A
    'figure — noun' after it repeats that verb with another subject."""
    donor = next((d for d in reversed(before) if d.sentence == item.sentence), None)
    if donor is None or donor.metric is None:
        return None
    verb = governing_verb(donor.anchor, donor.inside)
    if verb is None or verb.pos_ != "VERB" or normalize(word_kinds.lemma_of(verb)) in _words("stating_verbs") or verb.i < donor.tokens[-1].i:
        return None
    # the parser may call the figure a subject as well ('60% бюджета дают спонсоры')
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i > verb.i and c.pos_ in word_kinds.NOUNISH), None)
    return donor if subject is not None and subject.i != donor.metric[1].i else None


def _noun_phrase_after_dash(doc, item):
    """(noun, end) of 'ADJ* NOUN' right after a dash after the figure, when a
    punctuation mark or the sentence end follows it; else None. A share
    may name its base before the dash and the group it is after it, with
    the group's own genitives ('Около двух третей прибывших — жители других
    регионов'): by NOTES.md's share-of-a-group rule the group is measured."""
    share = item.figure.unit in SHARE_UNITS and _base_right_after(doc, item)
    head = dashes.noun_after_dash(doc, item, dash=item.tokens[-1].i + (2 if share else 1))
    if head is None or head.pos_ != "NOUN" or not word_kinds.may_be_nominative(head) \
            or word_kinds.is_number_phrase(head):
        return None
    after = head.i + 1
    while share and after < item.sentence[1] and not doc[after].is_punct and head.is_ancestor(doc[after]):
        after += 1
    if after < item.sentence[1] and not doc[after].is_punct:
        return None
    return head, after


def _base_right_after(doc, item):
    """Whether one genitive word, the whole a share is of, follows the figure
    ('двух третей прибывших', '40% опрошенных')."""
    after = item.tokens[-1].i + 1
    return after < item.sentence[1] and "Gen" in doc[after].morph.get("Case") \
        and doc[after].pos_ in word_kinds.NOUNISH | {"VERB"}


def _priced_by_its_own_frame(item, opener):
    """'в том числе системы освещения стоимостью свыше 6 млн евро': a frame
    in the bare instrumental past the opener ('стоимостью', measures.json
    amount_frames with no preposition) prices a thing the part names; the
    amount is that price, no part of the whole, as the gold reads every
    'стоимостью' figure after 'в том числе' over the development sets."""
    if item.metric is None or item.metric[1].i < opener[1]:
        return False
    frame = item.metric[1]
    frames_without_preposition = {normalize(lemma) for lemma, preposition in load_json("measures.json")["amount_frames"].items()
                                  if preposition is None}
    return word_kinds.lemma_of(frame) in frames_without_preposition and "Ins" in frame.morph.get("Case")


def parts_of_a_whole(doc, found, claims_before):
    """Figures after 'в том числе' are parts of the quantity the lead-in's
    figure measures (in this sentence, or in the sentence before when the
    phrase opens this one): they take its metric, and the words naming the
    part ('нефть —', '31% женщин') become their qualifier. A part with a
    trigger of its own clause states a change of its own and keeps its metric;
    a count keeps the noun it counts (CLAIMS.md)."""
    if not found:
        return
    sentence_start, sentence_end = found[0].sentence
    opener = part_opener_span(doc, sentence_start, sentence_end)
    parts = found
    if opener is None:
        # 'из них пшеница — 1,05 млн, ячмень — 212 тыс.': only a list of labelled
        # parts; a bare 'из них 40 млн' keeps the noun references.py found for it
        opener = part_opener_span(doc, sentence_start, sentence_end, labelled_part_openers())
        parts = _labelled_parts(doc, found, opener) if opener is not None else []
        if len(parts) < 2:
            return
    lead_ins = [item for item in found if item.tokens[-1].i < opener[0]] or list(claims_before)
    parts_end = _end_of_the_parts(doc, opener, found[0].sentence[1])
    for item in parts:
        if not opener[1] <= item.tokens[0].i < parts_end or item.comparative is not None or item.refers_back:
            continue
        if item.trigger is not None and item.trigger.i >= opener[1]:
            continue
        donor = next((d for d in reversed(lead_ins) if d.metric is not None
                      and same_kind(d.figure.unit, item.figure.unit)), None)
        if donor is None:
            continue
        level = _part_of_a_stated_level(item, donor) and donor.tokens[-1].i >= sentence_start
        if not level and item.figure.unit == "count" and item.metric is not None \
                and item.metric[1].i > item.tokens[-1].i and not kinds_of_a_whole.sorts_the_whole(doc, item):
            continue      # 'эвакуированы 900 человек, в том числе 250 детей': a count keeps its noun
        if not level and _names_its_own_stuff(doc, item):
            continue      # 'в том числе 1,6 млн тонн ячменя': so does a weight or sum its stuff
        if not level and _priced_by_its_own_frame(item, opener):
            continue      # 'в том числе двух аппаратов МРТ стоимостью по 120 млн': a price of its own
        label = _part_label(doc, item, opener)
        item.metric = donor.metric
        if label is not None:
            item.qualifiers = [label]
        if level:
            item.trigger, item.direction, item.change = donor.trigger, "level", None


def _part_of_a_stated_level(item, donor):
    """'расход материалов составил 5 200 тонн, в том числе 1,4 тыс. тонн
    соли', 'численность тигра составила 523–540 особей, в том числе около
    100 тигрят': a part of a whole a level verb states is a level of that
    whole too, and what it counts or weighs only singles the part out (the
    development gold: level and the whole's metric 5 of 5 on 92 sets; parts
    of a whole with no level verb, 'эвакуированы 900 человек, в том числе
    250 детей', keep their noun and no direction, 60 of 60)."""
    return donor.direction == "level" and donor.trigger is not None and item.direction is None \
        and donor.trigger.i < item.tokens[0].i


def _names_its_own_stuff(doc, item):
    """'собрано 15 млн т зерна, в том числе 4 млн т ячменя': a part whose own
    metric is the genitive right after its unit names the stuff it weighs or
    sums, as a count names what it counts."""
    if item.metric is None:
        return False
    own = weighed_stuff.own_stuff_of_a_sum_or_measure(item.figure, item.anchor, set(item.inside), None, None)
    return own is not None and own.i == item.metric[1].i


def _labelled_parts(doc, found, opener):
    """The run of labelled items a partitive opener starts: the first label
    right after 'из них', each next one right after a comma after the figure
    before ('из них пшеница — 1,05 млн, ячмень — 212 тыс.'). A lone labelled
    part may name a part of its own ('из которых собственные доходы — 1,7
    млрд', as fresh-bf reads it), so a run of one is no list."""
    parts, start = [], opener[1]
    for item in found:
        if item.tokens[0].i < start:
            continue
        label = item_label(doc, item)
        # the first label runs from the line's comma, so it takes 'из них' in
        first = opener[0] if not parts else start
        if label is None or not first <= label[0] <= start:
            break
        parts.append(item)
        start = item.tokens[-1].i + 2
        if start - 1 >= len(doc) or doc[start - 1].text != ",":
            break
    return parts


def _end_of_the_parts(doc, opener, sentence_end):
    """Where the parts 'в том числе' opens end: at a semicolon, after which
    a clause names a whole of its own ('госпитализированы 1 214 человек, в
    том числе 387 детей; в реанимации пятеро пациентов, двое из них — на ИВЛ')."""
    return next((token.i for token in doc[opener[1]:sentence_end] if token.text == ";"), sentence_end)


def _part_label(doc, item, opener):
    """What singles a part out: the label before its dash ('уголь — 27,9 млн т')
    or the phrase the figure is a share of ('31% женщин')."""
    label = item_label(doc, item)
    if label is not None:
        start, end = label
        return (max(start, opener[1]), end) if max(start, opener[1]) < end else None
    if item.metric is not None and item.metric[0][0] > item.tokens[-1].i:
        return item.metric[0]
    return None
