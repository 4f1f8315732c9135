"""What a short interview answer measures: what the question before it asked about.

'— Сколько стоит проезд на пароме? — В среднем 400 рублей.': the answer
has no verb of its own, so no rule of its clause finds a metric; the
question's subject is the thing the figure gives the value of.
"""
from pipeline.claims.subjects import subject_or_object
from pipeline.claims.word_kinds import NOUNISH, finite_verb, names_person


def asked_about(inside, doc):
    """The subject of the question right before a verbless answer, or None."""
    answer = doc[min(inside)].sent
    if any(finite_verb(token) for token in answer) or answer.start == 0:
        return None
    question = doc[answer.start - 1].sent
    if not question.text.rstrip().endswith("?"):
        return None
    verb = next((t for t in question if finite_verb(t) and t.pos_ in ("VERB", "AUX")), None)
    if verb is None:
        return None
    subject = subject_or_object(verb, inside, prefer_object=False)
    if subject is None or subject.pos_ not in NOUNISH or names_person(subject) \
            or "Anim" in subject.morph.get("Animacy"):
        return None     # people and organisations are never what a figure measures
    return subject
