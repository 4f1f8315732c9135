"""The words of a sentence as plain lists, the form every claims rule reads.

Built from a spaCy span (whitespace tokens dropped, the gap between words
kept) or, for tests and tools without models, straight from a string with
razdel (as the tokenizer cuts it). `tokens` holds the spaCy tokens when there are any, so rules that
need morphology or the tree can ask for them and others stay pure.
"""
from typing import NamedTuple

from pipeline.claims.lexicon import normalize
from pipeline.tokenize import razdel_words


class Words(NamedTuple):
    texts: list
    norms: list      # lower case, ё as е
    gaps: list       # the text between word i and word i + 1 ("" after the last)
    starts: list     # character offsets into the document
    ends: list
    tokens: list | None = None


def words_from_span(doc, start, end, text=None):
    """`text` is doc.text, passed in because spaCy rebuilds it on every access."""
    text = doc.text if text is None else text
    tokens = [token for token in doc[start:end] if not token.is_space]
    texts = [token.text for token in tokens]
    starts = [token.idx for token in tokens]
    ends = [token.idx + len(token.text) for token in tokens]
    gaps = [text[ends[k]:starts[k + 1]] for k in range(len(tokens) - 1)] + [""]
    return Words(texts, [normalize(t) for t in texts], gaps, starts, ends, tokens)


def words_from_text(text):
    pieces = razdel_words(text)
    texts = [piece.text for piece in pieces]
    gaps = [text[a.stop:b.start] for a, b in zip(pieces, pieces[1:])] + [""]
    return Words(texts, [normalize(t) for t in texts], gaps,
                 [p.start for p in pieces], [p.stop for p in pieces], None)


def token_at(words, index):
    """The spaCy token of word `index`, or None when there are no models."""
    if words.tokens is None or not 0 <= index < len(words.texts):
        return None
    return words.tokens[index]


def feature(words, index, name):
    """A morphological feature of word `index` ("Case", "Number"...) or None."""
    token = token_at(words, index)
    if token is None:
        return None
    values = token.morph.get(name)
    return values[0] if values else None


def pos(words, index):
    token = token_at(words, index)
    return token.pos_ if token is not None else None
