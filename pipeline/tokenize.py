"""razdel segmentation as a spaCy tokenizer.

razdel drops whitespace; spaCy keeps it. One plain space after a word
becomes the word's trailing space; any other gap (newlines, tabs,
non-breaking spaces, runs of spaces) becomes a whitespace token, so that
`doc.text` is always the input, character for character. Sentence starts
come from razdel's sentenize, cut again at line breaks that start a new
line of thought (BLANK_LINE, LINE_BREAK).
"""
import re
from bisect import bisect_left

import numpy
import razdel
from razdel.substring import Substring
from spacy.attrs import IS_SPACE, SENT_START
from spacy.tokens import Doc
from spacy.util import registry

WORDS_KEY = "rupipe.words"

# razdel joins a line with the next when the first lacks a full stop: a
# headline, a subheading, a byline or a list item then runs into the
# paragraph below it, and its figures borrow that paragraph's subject, time
# and source. A line starts a new sentence after a blank line, or when it
# opens like one (capital, digit, quote, dash, bullet) and the line before
# does not end mid-phrase.
BLANK_LINE = re.compile(r"\n[ \t\r\u00a0]*\n\s*(?=\S)")
LINE_BREAK = re.compile(r"[ \t\u00a0]*\r?\n[ \t\u00a0]*(?=[A-ZА-ЯЁ0-9«\"„“'(\-–—•·*▪])")
# A hard-wrapped line, or a list item the next one continues (';'), ends
# with a comma, semicolon or hyphen, or with a short lowercase word (a
# preposition or conjunction: "с", "и", "для").
MID_PHRASE_END = re.compile(r"(?:[,;\-(\u00ad]|(?:^|\s)[а-яёa-z]{1,3})$")
# razdel reads "т." (тонн), "см." (смотри) and "ч." (часть) as abbreviations
# that never end a sentence: "составило 32,7 млн т. Из-за санкций …" and
# "толщина льда достигает 110 см. Уклон …" stay one sentence. After a number
# or a scale word these are units, and their dot before a capital ends the
# sentence. So does the dot of a basis or percentage point ("на 75 б.п. Регулятор …").
# ("г." is left to razdel: "в 2024 г. Россия экспортировала" goes on after it.)
UNIT_FULL_STOP = re.compile(r"(?:\d|тыс\.?|млн\.?|млрд\.?|трлн\.?)\s*(?:т|см|ч|б\.[ \u00a0]?п|п\.[ \u00a0]?п)\.[ \t\u00a0]+(?=[А-ЯЁA-Z«\"])")
# razdel ends a sentence at "тыс." / "млрд." before a capital, even when the
# capital is a unit or currency code: "412 тыс. TEU", "5 млрд. USD".
SCALE_BEFORE_CODE = re.compile(r"(?:тыс|млн|млрд|трлн)\.[ \u00a0]+(?=[A-Z]{2,4}\b)")
# razdel also ends one after a reference's abbreviation before its number,
# when a comma or bracket opens the reference: "(РГАДА, ф. 9, оп. 2, д. 57)",
# "вып. 3", "ед. хр. 12". Fund, inventory, file, sheet, issue and chapter
# numbers go on the sentence they stand in.
REFERENCE_BEFORE_NUMBER = re.compile(r"[(,;][ \u00a0]*(?:ед\.[ \u00a0]*)?(?:ф|оп|д|л|вып|хр|стр|гл)\.[ \u00a0]+(?=\d)")

# A digest item opens its line with a place and a dash before a capital
# ("Новосибирск — Расходы на ремонт дорог составят ..."): the place is a
# dateline, not the subject of the sentence after the dash.
DATELINE_DASH = re.compile(r"(?:^|\n)[ \t]*[А-ЯЁA-Z][\w\-]*(?:[ \-][А-ЯЁA-Z][\w\-]*){0,2}[ \t\u00a0]+[—–][ \t\u00a0]+(?=[А-ЯЁA-Z«])")

# razdel glues a list comma to the number before it when a number follows
# ("50, 75 или 100%" gives "50,"), so the first items of a list never read
# as numbers. A decimal comma ("3,5") has digits after it and stays.
NUMBER_WITH_LIST_COMMA = re.compile(r"^[-+−–]?\d+(?:[.,]\d+)?,$")

# No sentence opens with a slash: razdel cuts a rate after its abbreviated
# counted word ("13 чел. / км2"), and the slash joins the two halves again.
SLASH_OPENERS = ("/",)


class RazdelTokenizer:
    def __init__(self, vocab):
        self.vocab = vocab

    def __call__(self, text):
        tokens = razdel_words(text)
        words, spaces, is_word = _words_and_gaps(text, tokens)
        sentence_starts = _sentence_start_offsets(text)
        starts = _flag_sentence_starts(words, is_word, tokens, sentence_starts)
        doc = Doc(self.vocab, words=words, spaces=spaces, sent_starts=starts)
        # The models read only words; keep them so no stage walks the Doc again.
        positions = [i for i, flag in enumerate(is_word) if flag]
        word_starts = [k for k, i in enumerate(positions) if starts[i] or k == 0]
        doc.user_data[WORDS_KEY] = (positions, [t.text for t in tokens], word_starts)
        return doc

    def pipe(self, texts, batch_size=1000):
        for text in texts:
            yield self(text)

    # spaCy serializes the tokenizer with the pipeline; razdel has no state.
    def to_bytes(self, **kwargs):
        return b""

    def from_bytes(self, data, **kwargs):
        return self

    def to_disk(self, path, **kwargs):
        pass

    def from_disk(self, path, **kwargs):
        return self


def razdel_words(text):
    """razdel's tokens, with a list comma cut off the number it was glued to."""
    words = []
    for token in razdel.tokenize(text):
        if NUMBER_WITH_LIST_COMMA.match(token.text):
            words.append(Substring(token.start, token.stop - 1, token.text[:-1]))
            words.append(Substring(token.stop - 1, token.stop, ","))
        else:
            words.append(token)
    return words


def _words_and_gaps(text, tokens):
    words, spaces, is_word = [], [], []
    position = 0
    for token in tokens:
        gap = text[position:token.start]
        if gap:
            _close_gap(gap, words, spaces, is_word)
        words.append(token.text)
        spaces.append(False)
        is_word.append(True)
        position = token.stop
    tail = text[position:]
    if tail:
        _close_gap(tail, words, spaces, is_word)
    return words, spaces, is_word


def _close_gap(gap, words, spaces, is_word):
    """Give the gap to the previous word as one space, the rest as a token."""
    if words and not spaces[-1] and gap[0] == " ":
        spaces[-1] = True
        gap = gap[1:]
    if gap:
        words.append(gap)
        spaces.append(False)
        is_word.append(False)


def sentence_spans(text):
    """(start, end) character spans of the sentences, whitespace trimmed."""
    starts = _sentence_start_offsets(text)
    spans = []
    for start, next_start in zip(starts, starts[1:] + [len(text)]):
        end = len(text[start:next_start].rstrip()) + start
        if end > start:
            spans.append((start, end))
    return spans


def _sentence_start_offsets(text):
    kept_together = {match.end() for match in SCALE_BEFORE_CODE.finditer(text)}
    kept_together.update(match.end() for match in REFERENCE_BEFORE_NUMBER.finditer(text))
    starts = {sentence.start for sentence in razdel.sentenize(text)
              if not text.startswith(SLASH_OPENERS, sentence.start)} - kept_together
    starts.update(match.end() for match in BLANK_LINE.finditer(text))
    starts.update(match.end() for match in UNIT_FULL_STOP.finditer(text))
    starts.update(match.end() for match in DATELINE_DASH.finditer(text))
    starts.update(match.end() for match in LINE_BREAK.finditer(text)
                  if not _ends_mid_phrase(text, match.start()))
    return sorted(starts)


def _ends_mid_phrase(text, line_end):
    line_start = text.rfind("\n", 0, line_end) + 1
    return bool(MID_PHRASE_END.search(text[line_start:line_end].rstrip()))


def _flag_sentence_starts(words, is_word, tokens, sentence_starts):
    """True on the first word of each razdel sentence, False elsewhere.

    Whitespace between sentences stays with the sentence before it; spaCy
    wants the very first token to start a sentence, whatever it is.
    """
    flags = [False] * len(words)
    if not words:
        return flags
    word_positions = [i for i, flag in enumerate(is_word) if flag]
    word_starts = [token.start for token in tokens]
    for offset in sentence_starts:
        k = bisect_left(word_starts, offset)
        if k < len(word_positions):
            flags[word_positions[k]] = True
    # Leading whitespace belongs to the first sentence, not one of its own.
    first_word = word_positions[0] if word_positions else 0
    for i in range(1, first_word + 1):
        flags[i] = False
    flags[0] = True
    return flags


def sentence_ranges(doc):
    """razdel sentences as (start, end) token indices, whitespace included.

    Works on any Doc: it reads the sentence-start flags, which the tokenizer
    (or whoever built the Doc) set and which the parser keeps.
    """
    if not len(doc):
        return []
    flags = doc.to_array(SENT_START).reshape(-1)
    starts = numpy.flatnonzero(flags == 1).tolist()
    if not starts or starts[0] != 0:
        starts.insert(0, 0)
    ends = starts[1:] + [len(doc)]
    return list(zip(starts, ends))


def word_indices(doc):
    """Indices of the tokens the models see: everything but whitespace."""
    if not len(doc):
        return numpy.zeros(0, dtype=numpy.int64)
    is_space = doc.to_array(IS_SPACE).reshape(-1)
    return numpy.flatnonzero(is_space == 0)


@registry.tokenizers("rupipe_tokenizer")
def make_tokenizer():
    def create(nlp):
        return RazdelTokenizer(nlp.vocab)

    return create
