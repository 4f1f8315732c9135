"""What a short interview answer measures: what the question before it asked about.

'— Сколько стоит проезд на пароме? — В среднем 400 рублей.': the answer
has no verb of its own, so no rule of its clause finds a metric; the
question's subject is the thing the figure gives the value of. A question
may have no verb either ('— Каков сейчас депозитный портфель?', '— А
госдолг?'), or only a copula whose subject hangs on the question word
('каким будет дефицит бюджета?'); its subject is still what is asked about.
"""
from pipeline.claims.lexicon import lemma_of
from pipeline.claims.subjects import subject_or_object
from pipeline.claims.word_kinds import NOUNISH, SUBJECT_DEPS, finite_verb, measure_words, names_person


def asked_about(inside, doc):
    """The subject of the question right before a verbless answer, or None."""
    question = _question_before(inside, doc)
    if question is None:
        return None
    subject = _subject_of_question(question, inside)
    return subject if subject is not None and _may_be_measured(subject) else None


def _may_be_measured(noun):
    # people and organisations are never what a figure measures; nor is the
    # name the interviewer addresses ('— Геннадий Павлович, каким будет ...')
    return noun.pos_ in NOUNISH and not names_person(noun) and "Anim" not in noun.morph.get("Animacy")


def counted_in_question(inside, doc):
    """'— Сколько пассажиров перевозит транспорт? — Порядка 620 тысяч в день':
    the noun the question counts, for a bare count answering it, or None."""
    question = _question_before(inside, doc)
    if question is None:
        return None
    how_many = measure_words("how_many_words")
    asking = next((t for t in question if lemma_of(t) in how_many), None)
    return _noun_right_after(asking, question) if asking is not None else None


def _noun_right_after(word, question):
    """The noun after `word`, past adjectives ('сколько новых автобусов'), or None.
    Read off word order: the parser may make 'сколько' the verb's subject."""
    for token in question[word.i - question.start + 1:]:
        if token.pos_ in ("ADJ", "DET"):
            continue
        return token if token.pos_ in NOUNISH else None
    return None


def _question_before(inside, doc):
    """The question right before the verbless answer the figure stands in, or None."""
    answer = doc[min(inside)].sent
    if any(finite_verb(token) for token in answer) or answer.start == 0:
        return None
    question = doc[answer.start - 1].sent
    return question if question.text.rstrip().endswith("?") else None


def _subject_of_question(question, inside):
    verb = next((t for t in question if finite_verb(t) and t.pos_ in ("VERB", "AUX")), None)
    if verb is not None and verb.dep_ != "cop":
        return subject_or_object(verb, inside, prefer_object=False)
    # 'каким будет дефицит?': the subject hangs on the question word the copula
    # joins it to; with no verb at all, on the word the question is built on
    predicate = verb.head if verb is not None else _root_word(question)
    if predicate is None:
        return None
    if verb is None and predicate.pos_ in NOUNISH and "Nom" in predicate.morph.get("Case"):
        return predicate      # '— А госдолг?': the question is the noun alone
    subjects = [c for c in predicate.children if c.dep_ in SUBJECT_DEPS and _may_be_measured(c)]
    return min(subjects, key=lambda c: abs(c.i - predicate.i), default=None)


def _root_word(question):
    return next((t for t in question if t.dep_ == "root" and not (t.is_punct or t.is_space)), None)
