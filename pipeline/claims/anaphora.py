"""What a pronoun next to a figure stands for: the antecedent that is the figure's metric.

CLAIMS.md notes: "Pronoun metrics take the antecedent's span". Three ways a
pronoun names what a figure measures:

- a part or share of it: "из них 6", "три четверти из них", "82% от неё";
- what a bare count counts: "их — 31", "которых в стране около 7,7 млн",
  "таких насчитывается не более двух тысяч";
- the subject of the figure's verb: "они увеличились на 16%" (references.py
  finds that pronoun; its antecedent is looked up here).

A relative pronoun ("которых") stands for the noun its clause modifies. A
personal or demonstrative one stands for the nearest noun phrase before it,
in its own sentence or the one before, that agrees with it in number (and
gender in the singular) and could be measured: no person's name, no time
noun, nothing inside another noun's participle or relative clause, not who
says it. A personal pronoun opening a sentence prefers the subject of the
sentence before (it continues the topic).
"""
from functools import lru_cache

from pipeline.claims import context, frames, metric, subjects, word_kinds
from pipeline.claims.lexicon import load_json, normalize, skipped_before_figure

# How far left of a figure a pronoun counted by it may stand ("таких в Германии насчитывается не более").
COUNTED_PRONOUN_REACH = 8


@lru_cache(maxsize=None)
def _lexicon():
    data = load_json("anaphora.json")
    return {
        "personal": {normalize(lemma): features for lemma, features in data["personal"].items()},
        "demonstrative": {normalize(lemma) for lemma in data["demonstrative"]},
        "partitive": {normalize(word) for word in data["partitive_prepositions"]},
    }


def kind_of(token):
    """'personal', 'relative', 'demonstrative' or None."""
    if token.pos_ in ("NOUN", "VERB", "NUM", "PUNCT"):
        return None
    lemma = word_kinds.lemma_of(token)
    lexicon = _lexicon()
    if lemma in lexicon["personal"]:
        return "personal"
    if word_kinds.is_relative_pronoun(token):
        return "relative"
    # "таких в Германии насчитывается": used as a noun ("таких школ" modifies one)
    if lemma in lexicon["demonstrative"] and not _modifies_a_noun(token):
        return "demonstrative"
    return None


def _modifies_a_noun(token):
    head = token.head
    return head.i != token.i and head.pos_ in ("NOUN", "PROPN") and head.i > token.i \
        and all(t.pos_ in ("ADJ", "DET") for t in token.doc[token.i + 1:head.i])


def partitive_pronoun(doc, inside):
    """'из них 6', 'три четверти из них', '82% от неё': the pronoun of a
    partitive phrase right before or right after the figure, or None."""
    partitive = _lexicon()["partitive"]
    last = max(inside)
    if last + 2 < len(doc) and normalize(doc[last + 1].text) in partitive and kind_of(doc[last + 2]):
        return doc[last + 2]
    before = word_kinds.word_before(doc, min(inside), _space_or_bound)
    if before is not None and before.i >= 1 and kind_of(before) and normalize(doc[before.i - 1].text) in partitive:
        return before
    return None


def _space_or_bound(word):
    """What may stand between a partitive pronoun and its figure ('из них около 6 тыс.')."""
    return word.is_space or normalize(word.text) in skipped_before_figure("bounds_and_particles")


def counted_pronoun(doc, inside):
    """'их — 31', 'которых в стране около 7,7 млн', 'Таковых оказалось
    одиннадцать': a pronoun in the genitive before a count of nothing named
    is what the count counts."""
    if _noun_after(doc, inside):
        return None       # "их 30 человек": the count has a noun of its own
    first = min(inside)
    for index in range(first - 1, max(first - COUNTED_PRONOUN_REACH, 0) - 1, -1):
        token = doc[index]
        if token.text in word_kinds.CLAUSE_PUNCTUATION:
            return None
        if token.pos_ in word_kinds.NOUNISH and not word_kinds.after_preposition(token):
            return None   # "Из них иностранцев — 180 тыс.": the genitive noun is what is counted
        # a possessive ("их число") belongs to its noun
        if kind_of(token) and _genitive(token) and not _modifies_a_noun(token):
            return token
        if token.is_sent_start:
            return None
    return None


def _noun_after(doc, inside):
    word = word_kinds.word_at_or_after(doc, max(inside) + 1)
    return word is not None and word.pos_ in ("NOUN", "ADJ")


def _genitive(pronoun):
    """A genitive, or a form the tagger may read as one: a personal pronoun's
    genitive and accusative are one word ('их', 'его', 'её')."""
    case = pronoun.morph.get("Case")
    return not case or "Gen" in case or (kind_of(pronoun) == "personal" and "Acc" in case)


def counted_before(pronoun, earlier_claims):
    """'задержали 37 нетрезвых водителей. Годом ранее их было 52', 'прибавил
    650 тыс. клиентов, теперь их у оператора 23,4 млн': a pronoun counted by a
    figure stands for what the nearest count before it counted, if that agrees
    with it, the nearest first among `earlier_claims`. A count of places or
    times under a preposition ('в шести районах') is a circumstance, not a
    thing counted again; a count of no named thing is passed over."""
    wanted = _wanted_features(pronoun)
    for claim in earlier_claims:
        if claim.figure.unit != "count" or claim.metric is None:
            continue
        head = claim.metric[1]
        if kind_of(head) or _under_preposition_of_circumstance(head):
            continue
        if _phrase_agrees(head, wanted):
            return claim.metric
    return None


def antecedent(pronoun, sentence, sentence_before, resolved):
    """(span, head) of the noun phrase the pronoun stands for, or None.

    `sentence` is the pronoun's sentence, `sentence_before` the sentence
    before it in the same paragraph (or None); `resolved` maps pronouns
    already resolved ({token index: (span, head)}), so that "их — 31. Три
    четверти из них" reaches the same phrase twice."""
    if kind_of(pronoun) == "relative":
        head = _relative_antecedent(pronoun)
        return (metric.phrase(head), head) if head is not None else None
    wanted = _wanted_features(pronoun)
    doc = pronoun.doc
    for index in range(pronoun.i - 1, sentence[0] - 1, -1):
        if _clause_mate(doc[index], pronoun) or _circumstance_for_subject(doc[index], pronoun):
            continue
        found = _candidate(doc[index], wanted, resolved)
        if found is not None:
            return found
    if sentence_before is None:
        return None
    if kind_of(pronoun) == "personal":
        for subject in _main_subjects(doc, sentence_before):
            found = _candidate(subject, wanted, resolved)
            if found is not None:
                return found
        if "Nom" in pronoun.morph.get("Case"):
            # a subject pronoun stands for a subject: the first nominative that
            # agrees, when the parse lost the sentence's root ('А. Лапин: Доля …')
            for token in doc[sentence_before[0]:sentence_before[1]]:
                if "Nom" in token.morph.get("Case") and not word_kinds.after_preposition(token):
                    found = _candidate(token, wanted, resolved)
                    if found is not None:
                        return found
    for index in range(sentence_before[1] - 1, sentence_before[0] - 1, -1):
        found = _candidate(doc[index], wanted, resolved)
        if found is not None:
            return found
    return None


def _circumstance_for_subject(token, pronoun):
    """'Безработица подскочила до 26%, среди молодёжи она превышает 58%': a
    subject pronoun stands for a subject, never for a noun under a preposition
    that says where or among whom ('среди молодёжи', 'в стране'), as the search
    in the sentence before already has it."""
    return kind_of(pronoun) == "personal" and "Nom" in pronoun.morph.get("Case") \
        and _under_preposition_of_circumstance(token)


def _under_preposition_of_circumstance(token):
    """A noun under a preposition. One with the accusative may be governed by
    a verb ('обратил внимание на задолженность: ... она достигает'), whose
    noun is still a thing a pronoun may stand for, unless it hangs on a
    figure, whose rate it gives ('при цене выше $900 за тонну; сейчас она
    держится на уровне'). A noun joined by 'и' to one under a preposition
    shares that preposition ('из Узбекистана и Таджикистана', 'в Казани и Уфе')."""
    token = _first_conjunct(token)
    if not word_kinds.after_preposition(token):
        return False
    return "Acc" not in token.morph.get("Case") or _on_a_figure(token.head)


def _first_conjunct(token):
    """The first noun of the row a noun is joined to in the same case, or the noun itself."""
    return word_kinds.first_conjunct(token, lambda lower, upper: upper.pos_ in word_kinds.NOUNISH
                                     and bool(set(lower.morph.get("Case")) & set(upper.morph.get("Case"))))


def _on_a_figure(word):
    return word.pos_ in ("NUM", "SYM") or word_kinds.number_word(word) or word_kinds.unit_of_a_number(word)


# Dependencies that open a clause of its own: a noun below one of them is no
# clause mate of the pronoun, even under the pronoun's verb.
CLAUSE_DEPS = {"acl", "acl:relcl", "advcl", "ccomp", "xcomp", "conj", "parataxis", "csubj"}


def _clause_mate(token, pronoun):
    """'В Москве она достигла ...': a noun that depends on the pronoun's own
    verb (itself or through its modifiers) is another role of that verb,
    never what the pronoun stands for."""
    verb = pronoun.head
    if verb.i == pronoun.i:
        return False
    verbs = {verb.i}
    if verb.dep_ == "xcomp" and verb.head.i != verb.i:
        # 'совет директоров рекомендует направить на них': an infinitive shares
        # the clause of the verb it completes, whose roles are mates as well
        verbs.add(verb.head.i)
    node = token
    if _second_subject(token, pronoun):
        return False
    while node.i != node.head.i and node.dep_ not in CLAUSE_DEPS:
        node = node.head
        if node.i in verbs:
            return True
    return False


def _second_subject(node, pronoun):
    """'задолженность пока невелика: на 1 марта она составляла 0,9%': a verb
    has one subject, so a noun parsed as a second subject beside the subject
    pronoun belongs to a clause the parse ran into the pronoun's; it is no
    other role of the pronoun's verb but the likeliest thing it stands for.
    The words under that noun stay mates: 'балл ЕГЭ зачисленных на бюджет
    ... а у «платников» он обвалился' stands for 'балл', not 'бюджет'."""
    return node.dep_ == "nsubj" and pronoun.dep_ == "nsubj" and node.head.i == pronoun.head.i \
        and node.i < pronoun.i


def _wanted_features(pronoun):
    """The number (and gender) the antecedent must have."""
    features = _lexicon()["personal"].get(word_kinds.lemma_of(pronoun))
    if features is not None:
        return features
    number = pronoun.morph.get("Number")
    return {"Number": number[0]} if number else {}


def _relative_antecedent(pronoun):
    """'пенсионерам, которых в стране 7,7 млн': the noun the clause modifies (subjects.py)."""
    return subjects.relative_antecedent(pronoun)


def _main_subjects(doc, sentence):
    """The subjects of the sentence's main verb (its root)."""
    roots = [t for t in doc[sentence[0]:sentence[1]] if t.dep_ == "root"]
    return [child for root in roots for child in root.children if child.dep_ in word_kinds.SUBJECT_DEPS]


def _candidate(token, wanted, resolved):
    """(span, head) if this token may be the antecedent, else None."""
    if token.i in resolved and kind_of(token):
        earlier = resolved[token.i]
        return earlier if _phrase_agrees(earlier[1], wanted) else None
    if not _may_be_measured(token) or not _phrase_agrees(token, wanted):
        return None
    head = frames.quantity_above(token, frozenset()) or _phrase_head(token, wanted)
    return metric.phrase(head), head


def _phrase_head(token, wanted):
    """'налоговые отчисления предприятий ... они': a genitive after a noun that
    agrees as well is part of that noun's phrase, whose head is the antecedent."""
    head = token.head
    if token.dep_ == "nmod" and head.i < token.i and head.pos_ in word_kinds.NOUNISH \
            and _may_be_measured(head) and _agrees(head, wanted):
        return head
    return token


def _may_be_measured(token):
    # a noun another figure counts ('312 человек, из них 48') may well be meant;
    # a number, scale or unit word never is
    if token.pos_ not in word_kinds.NOUNISH or word_kinds.number_word(token) or word_kinds.unit_of_a_number(token):
        return False
    if token.ent_type_ == "PER" or (token.pos_ == "PROPN" and "Anim" in token.morph.get("Animacy")):
        return False     # a person's name is who a figure is about, not what it measures
    lexicon = context.context_lexicon()
    if word_kinds.lemma_of(token) in lexicon["time_nouns"] | lexicon["months"]:
        return False
    return not _inside_modifier_clause(token) and not _speaker(token, lexicon)


def _inside_modifier_clause(token):
    """'гражданам, участвовавшим в этом процессе': 'процессе' lies inside a
    clause that only describes another noun; a pronoun later on does not reach into it."""
    return any(node.dep_ in word_kinds.MODIFIER_CLAUSES for node in [token, *token.ancestors])


def _speaker(token, lexicon):
    """'как считают социал-демократы', 'по подсчётам чиновников': who says it,
    or the saying itself, is no antecedent of what is counted."""
    if token.dep_ in word_kinds.SUBJECT_DEPS and word_kinds.lemma_of(token.head) in lexicon["speech_verbs"]:
        return True
    return any(_opens_source(noun) for noun in _genitive_chain_up(token))


def _genitive_chain_up(token):
    """The noun and the nouns its genitive chain hangs from: 'по оценке
    Зоологического института РАН' reaches 'оценке' from 'РАН' through 'института';
    a name in apposition belongs to the noun it names ('по расчётам аналитиков
    банка «Ладога»' reaches 'расчётам' from 'Ладога')."""
    nouns = [token]
    while nouns[-1].dep_ in ("nmod", "appos") and nouns[-1].head.i != nouns[-1].i:
        nouns.append(nouns[-1].head)
    return nouns


def _opens_source(noun):
    """'по словам', 'по данным': the noun ends a source cue; its own possessives
    and adjectives between the cue's words ('по его словам', 'по их последним
    данным') leave the cue what it is."""
    words = [normalize(t.text) for t in _cue_words_before(noun)]
    return any(len(cue) <= len(words) and tuple(words[-len(cue):]) == cue
               for cue in context.context_lexicon()["source_prepositions"])


# The longest source cue (context.json: source_prepositions) in words.
LONGEST_SOURCE_CUE = 3


def _cue_words_before(noun):
    """The noun and the words before it, its own left modifiers left out."""
    doc = noun.doc
    words = [noun]
    index = noun.i - 1
    while index >= 0 and len(words) < LONGEST_SOURCE_CUE:
        token = doc[index]
        if not (token.head.i == noun.i and token.dep_ in ("det", "amod") and token.pos_ in ("DET", "ADJ")):
            words.insert(0, token)
        index -= 1
    return words


def _phrase_agrees(head, wanted):
    """The head agrees, or a quantity noun's genitive does ('количество журналистов' for 'их')."""
    if _agrees(head, wanted):
        return True
    if word_kinds.is_quantity_noun(head):
        return any(child.dep_ == "nmod" and child.pos_ in word_kinds.NOUNISH and _agrees(child, wanted)
                   for child in head.children)
    return False


def _agrees(noun, wanted):
    for feature, value in wanted.items():
        have = noun.morph.get(feature)
        if have and value not in have:
            return False
    # a plural has no gender: a gender asked for rules out only a singular of another gender
    return not (wanted.get("Number") == "Sing" and "Plur" in noun.morph.get("Number"))
