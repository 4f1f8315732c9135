"""A sum given after a dash for a frame that names no figure of its own:
'Суд назначил штраф в десятикратном размере взятки — 4,5 млн рублей', 'в
виде штрафа в сорокакратном размере суммы взяток — 24,8 млн рублей'. The
frame ('в ... размере', models/claims/measures.json amount_frames) sizes the
noun right before its preposition, and the dash gives that size; the frame's
genitive ('взятки') is only what the multiple is taken of. The gold of
fresh-ar and fresh-dg reads both so (2 of 2); a frame holding a figure of
its own ('запланированы в объёме 48,6 млрд рублей, расходы — 53,1 млрд')
is a list, not this shape, and is left to the dash rules.
"""
from pipeline.claims.dash_marks import CLAUSE_DASHES
from pipeline.claims.frames import amount_frames
from pipeline.claims.lexicon import lemma_of, normalize
from pipeline.claims.units import CURRENCIES
from pipeline.claims.word_kinds import bound_words, word_before

# the most words between the frame noun and the dash ('размере суммы взяток')
FRAME_REACH = 5


def noun_a_frame_sizes_before_a_dash(figure, anchor, inside, trigger, direction):
    """The noun a figureless frame before the dash sizes, or None."""
    if figure.unit not in CURRENCIES:
        return None
    doc = anchor.doc
    dash = word_before(doc, min(inside), bound_words("bounds"))
    if dash is None or dash.text not in CLAUSE_DASHES:
        return None
    preposition = _frame_preposition_before(dash.i, doc)
    sized = doc[preposition - 1] if preposition is not None and preposition > 0 else None
    return sized if sized is not None and sized.pos_ == "NOUN" else None


def _frame_preposition_before(dash, doc):
    """The index of the frame's preposition ('в' of 'в десятикратном размере'),
    the frame noun within FRAME_REACH words left of the dash, with no figure,
    punctuation or line break between; or None. Read by word order: the
    tagger takes the multiple ('десятикратном') for a noun and hangs 'в' on it."""
    frames = amount_frames()
    for token in reversed(doc[max(0, dash - FRAME_REACH):dash]):
        if token.is_punct or token.like_num or "\n" in token.text:
            return None
        # 'размере суммы взяток': 'суммы' with no 'на' of its own is the genitive, not the frame
        preposition = frames.get(lemma_of(token))
        at = next((index for index in (token.i - 1, token.i - 2)
                   if preposition is not None and index >= 0 and normalize(doc[index].text) == preposition), None)
        if at is not None:
            return at
    return None
