"""Paragraphs as runs of sentences: a line break in the gap before a sentence opens one.

Several steps of extract.py look no further than the paragraph (the currency
carried on, the last measure, the pronouns already resolved).
"""


def paragraph_ends(firsts):
    """For each sentence, the index after the last sentence of its paragraph."""
    ends = [len(firsts)] * len(firsts)
    for index in range(len(firsts) - 2, -1, -1):
        ends[index] = index + 1 if firsts[index + 1] != firsts[index] else ends[index + 1]
    return ends


def paragraph_starts(doc, sentences):
    """For each sentence, the index of the first sentence of its paragraph."""
    firsts = []
    current = 0
    for index, (start, _) in enumerate(sentences):
        if index and "\n" in _gap_before(doc, start):
            current = index
        firsts.append(current)
    return firsts


def _gap_before(doc, start):
    """Whitespace right before token `start` (spaces are their own tokens)."""
    k = start - 1
    gap = ""
    while k >= 0 and doc[k].is_space:
        gap = doc[k].text + gap
        k -= 1
    return gap
