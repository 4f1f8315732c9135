"""Numbers inside a quoted name or slogan («Сила Сибири — 2»), told apart
from quoted speech, whose figures are claims.
"""
from pipeline.claims.exclusions.shared import MONEY_AND_SHARES, _lemma, cues

FINITE_VERB_LIMIT = 14     # words: a quote longer than this is speech, not a title
TITLE_LIMIT = 30           # words: a title announced by its noun ('книги «...»') may run this long


def is_title(words, figure):
    """«Мы одна семья», «Сила Сибири — 2»: a number inside a short quoted name or slogan.

    A quote holding a finite verb is speech, and its figures are claims.
    """
    if figure.unit in MONEY_AND_SHARES or words.tokens is None:
        return False
    opening = _quote_edge(words, figure.start - 1, -1)
    closing = _quote_edge(words, figure.end, 1)
    if opening is None or closing is None:
        return False
    # "книги «Как понять законы физики: 100 опытов для детей»": a noun that
    # names a work makes even a long quote its title
    limit = TITLE_LIMIT if _lemma(words, opening - 1) in cues()["title_nouns"] else FINITE_VERB_LIMIT
    if closing - opening > limit:
        return False
    if _speech_after(words, closing) or _starts_lower_case(words, opening + 1):
        return False
    inside = words.tokens[opening + 1:closing]
    return not any(t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm") for t in inside)


def _starts_lower_case(words, index):
    """'создала «от силы два опасных момента»': a name or slogan opens with a
    capital; a quote opening in lower case is words cited from speech."""
    first = words.texts[index][:1] if index < len(words.texts) else ""
    return first.isalpha() and first.islower()


def _quoted_speech(words, figure):
    """Whether the quote a figure opens is speech rather than a name: too
    long for a title, holding a finite verb, or followed by its speaker."""
    closing = _quote_edge(words, figure.end, 1)
    if closing is None:
        return True
    if _speech_after(words, closing):
        return True
    inside = words.tokens[figure.start:closing] if words.tokens is not None else []
    return any(t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm") for t in inside)


def _speech_after(words, closing):
    """'«…», — сказал он': a quote followed by a comma and a dash is direct
    speech with its speaker after it; a name in quotes never is."""
    after = words.texts[closing + 1:closing + 3]
    return after[:1] == [","] and after[1:2] in (["—"], ["–"], ["-"])


def _quote_edge(words, index, step):
    """Index of the opening (step -1) or closing (step 1) quote mark around index,
    on the same line, or None. « », “ ”, „ “ and straight quotes alike."""
    table = cues()
    wanted = table["quote_openers"] if step < 0 else table["quote_closers"]
    quotes = table["quote_openers"] | table["quote_closers"]
    for _ in range(FINITE_VERB_LIMIT):
        if not 0 <= index < len(words.texts):
            return None
        word = words.texts[index]
        if word in quotes:
            return index if word in wanted else None
        if "\n" in words.gaps[index - (step > 0)]:
            return None
        index += step
    return None
