"""A figure whose metric is named elsewhere, by a reference back or a pronoun.

'Явка составила 42,1%, что на 3,4 п.п. выше': the comparison measures what
the claim it refers back to measures. 'из них 6', 'их — 31', 'он увеличился
на 10,9%': the pronoun's antecedent is the metric (anaphora.py finds it).
"""
from pipeline.claims import anaphora, word_kinds
from pipeline.claims.lexicon import case_words


def resolve_references(found, previous):
    """'Явка составила 42,1%, что на 3,4 п.п. выше': the comparison measures
    the metric of the claim it refers back to (in this sentence or the one before)."""
    for k, item in enumerate(found):
        if not item.refers_back or item.metric is not None:
            continue
        for earlier in [*reversed(found[:k]), previous]:
            if earlier is not None and earlier.metric is not None and not earlier.refers_back:
                item.metric = earlier.metric
                break


def resolve_pronouns(doc, found, sentence, sentence_before, resolved):
    """A figure whose metric a pronoun names takes the pronoun's antecedent
    (devset notes: "Pronoun metrics take the antecedent's span"): 'из них 6',
    'их — 31', 'которых в стране 7,7 млн', 'он увеличился на 10,9%'.
    A subject pronoun first looks for an earlier claim of its sentence
    that agrees with it ('Прожиточный минимум составит 15 250 рублей, он
    увеличился на 10,9%'); `resolved` collects the paragraph's pronouns, so
    that a pronoun may stand for one before it ('их — 31. Три четверти из них')."""
    for k, item in enumerate(found):
        pronoun = _pronoun_for_metric(doc, item)
        if pronoun is None:
            continue
        target = _earlier_metric(found[:k], pronoun) if _is_subject_pronoun(item, pronoun) else None
        if target is None:
            target = anaphora.antecedent(pronoun, sentence, sentence_before, resolved)
        if target is not None:
            item.metric = target
            resolved[pronoun.i] = target


def _pronoun_for_metric(doc, item):
    """The pronoun standing for what the figure measures, or None."""
    partitive = anaphora.partitive_pronoun(doc, item.inside)
    if partitive is not None and (item.metric is None or _from_partitive_phrase(item.metric[1])):
        return partitive      # 'из них 6 из первой десятки': the group named after is narrower
    if item.figure.unit == "count" and (item.metric is None or item.metric[1].i < item.tokens[0].i):
        # 'семьям, которых в области 12 тысяч': what a pronoun before a count
        # of nothing named stands for, whatever noun the parse hung it on
        counted = anaphora.counted_pronoun(doc, item.inside)
        if counted is not None:
            return counted
    if item.metric is not None:
        return None
    if item.trigger is None or item.trigger.pos_ not in ("VERB", "AUX"):
        return None
    return next((c for c in item.trigger.children if c.dep_ in word_kinds.SUBJECT_DEPS
                 and c.pos_ == "PRON" and anaphora.kind_of(c) == "personal"), None)


def _from_partitive_phrase(head):
    return "из" in case_words(head)


def _is_subject_pronoun(item, pronoun):
    return item.trigger is not None and pronoun.head.i == item.trigger.i and pronoun.dep_ in word_kinds.SUBJECT_DEPS


def _earlier_metric(earlier_claims, pronoun):
    """The metric of the nearest claim before the pronoun in its own sentence
    that agrees with it (in the sentence before, that sentence's subject
    comes first: anaphora.antecedent)."""
    for earlier in reversed(earlier_claims):
        if earlier.metric is not None \
                and earlier.metric[1].i < pronoun.i and word_kinds.agrees(earlier.metric[1], pronoun):
            return earlier.metric
    return None
