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
    after = words.texts[_past_quote(words, closing):][:2]
    return after[:1] == [","] and after[1:2] in (["—"], ["–"], ["-"])


def _quote_edge(words, index, step):
    """Index of the opening (step -1) or closing (step 1) quote mark around index,
    on the same line, or None. « », “ ”, „ “, straight quotes and their HTML
    entities alike."""
    table = cues()
    wanted = table["quote_openers"] if step < 0 else table["quote_closers"]
    quotes = table["quote_openers"] | table["quote_closers"]
    for _ in range(FINITE_VERB_LIMIT):
        if not 0 <= index < len(words.texts):
            return None
        word = words.texts[index]
        if word in quotes:
            return index if word in wanted else None
        if _quote_entity_at(words, index, step):
            return index
        if "\n" in words.gaps[index - (step > 0)]:
            return None
        index += step
    return None


ENTITY_PIECES = 5     # the tokenizer cuts '&#39;' into at most this many words


def _past_quote(words, closing):
    """Index of the first word after the closing quote mark at `closing`,
    past all the pieces of a quote written as an HTML entity."""
    if words.texts[closing] != "&":
        return closing + 1
    ends = (k for k in range(closing, min(closing + ENTITY_PIECES, len(words.texts)))
            if ";" in words.texts[k])
    return next(ends, closing) + 1


def _quote_entity_at(words, index, step):
    """Whether word `index` is the near edge of a quote mark written as an HTML
    entity ('&quot;', '&#39;'): scraped web text keeps them, and the
    tokenizer cuts them into pieces, so they are read back from the text.
    Walking forward the entity starts at `index`; walking back it ends there."""
    if step > 0:
        pieces = range(index, min(index + ENTITY_PIECES, len(words.texts)))
    else:
        pieces = range(max(0, index - ENTITY_PIECES + 1), index + 1)
    text = "".join(words.texts[k] + (words.gaps[k] if k != pieces[-1] else "") for k in pieces).lower()
    entities = cues()["quote_entities"]
    if step > 0:
        return words.texts[index] == "&" and any(text.startswith(e) for e in entities)
    return words.texts[index].endswith(";") and any(text.endswith(e) for e in entities)
