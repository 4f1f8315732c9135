"""The circumstances of a claim: qualifiers, time and source.

- qualifiers: prepositional phrases beside the figure that narrow the
  metric ("в общественных местах"), and in a list the words that set one
  item apart ("несовершеннолетними");
- time: a period phrase in the same sentence ("с начала года", "за 2023
  год"), else in an earlier sentence of the same paragraph;
- source: who says it ("по словам министра", "– ..., – подчеркнул Салин",
  "как сообщает polisia.kz"), linked to its entity cluster.
"""
import re
from functools import lru_cache

from pipeline.claims.dash_marks import CLAUSE_DASHES_OR_HYPHEN, RANGE_DASH_CLASS
from pipeline.claims.lexicon import FROM_PREPOSITIONS, case_words, lemma_of, load_json, normalize

QUOTE_DASHES = CLAUSE_DASHES_OR_HYPHEN   # '«…», - сказал он': typed as a hyphen too
RANGE_DASHES = re.compile(RANGE_DASH_CLASS)
CLOSING_QUOTES = {"»", "\"", "“"}
SPEECH_ENDS = {"!", "?", "…", "."}   # what closes spoken words before '» —'
QUALIFIER_PREPOSITIONS = {"в", "во", "на", "среди", "у", "из", "по", "для", "между", "без"}


@lru_cache(maxsize=None)
def context_lexicon():
    data = load_json("context.json")
    return {
        "time_nouns": {normalize(w) for w in data["time_nouns"]},
        "time_prepositions": {normalize(w) for w in data["time_prepositions"]},
        "time_adverbs": {normalize(w) for w in data["time_adverbs"]},
        "not_time": {tuple(normalize(w) for w in p.split()) for p in data["not_time"]},
        "speech_verbs": {normalize(w) for w in data["speech_verbs"]},
        "finding_verbs": {normalize(w) for w in data["finding_verbs"]},
        "source_prepositions": [tuple(normalize(w) for w in p) for p in data["source_prepositions"]],
        "not_sources": {tuple(normalize(w) for w in p.split()) for p in data["not_sources"]},
        "months": {normalize(w) for w in data["months"]},
        "times_of_day": {normalize(w) for w in data["times_of_day"]},
        "weekdays": {normalize(w) for w in data["weekdays"]},
        "time_noun_prepositions": {normalize(noun): {normalize(w) for w in words}
                                   for noun, words in data["time_noun_prepositions"].items() if not noun.startswith("_")},
        "bare_time_nouns": {normalize(w) for w in data["bare_time_nouns"]},
        "bare_time_prepositions": {normalize(w) for w in data["bare_time_prepositions"]},
        "relative_time_adverbs": {normalize(w) for w in data["relative_time_adverbs"]},
        "earlier_value_links": {normalize(w) for w in data["earlier_value_links"]},
        "comparison_heads": {normalize(w) for w in data["comparison_heads"]},
        "duration_caps": {normalize(w) for w in data["duration_caps"]},
        "clause_openers": {normalize(w) for w in data["clause_openers"]},
        "not_qualifiers": {tuple(normalize(w) for w in p.split()) for p in data["not_qualifiers"]},
        "averaged_places": {tuple(normalize(w) for w in p.split()) for p in data["averaged_places"]},
        "place_prepositions": {normalize(p): set(cases) for p, cases in data["place_prepositions"].items()
                               if not p.startswith("_")},
        "source_back_references": [tuple(normalize(w) for w in p.split()) for p in data["source_back_references"]],
        "source_place_prepositions": {normalize(w) for w in data["source_place_prepositions"]},
        "source_possessives": {normalize(w) for w in data["source_possessives"]},
        "source_pronouns": {normalize(w) for w in data["source_pronouns"]},
        "source_documents": {normalize(w) for w in data["source_documents"]},
        "not_said_by_pronouns": {normalize(w) for w in data["not_said_by_pronouns"]},
        "comparison_base_words": {normalize(w) for w in data["comparison_base_words"]},
        "speaker_label": data["speaker_label"],
        "linking_asides": {tuple(normalize(w) for w in aside) for aside in data["linking_asides"]},
        "inclusion_asides": {tuple(normalize(w) for w in aside) for aside in data["inclusion_asides"]},
    } | {"source_openers": _by_first_word(data["source_prepositions"])}


def _by_first_word(cues):
    """{first word: [cue, ...]}, so a sentence is read once, not once per cue."""
    openers = {}
    for cue in cues:
        key = tuple(normalize(w) for w in cue)
        openers.setdefault(key[0], []).append(key)
    return openers


# ------------------------------------------------------------------ time

def time_phrases(doc, start, end):
    """(start_i, end_i) of the period phrases in tokens [start, end)."""
    lexicon = context_lexicon()
    found = []
    for token in doc[start:end]:
        lemma = lemma_of(token)
        if token.pos_ == "ADV" and lemma in lexicon["time_adverbs"] and token.i == start + _first_word(doc, start, end):
            found.append((token.i, token.i + 1))
            continue
        phrase = _period_phrase(doc, token, lexicon)
        if phrase is not None and not _comparison_base(doc, phrase[0], lexicon):
            found.append(phrase)
    return _outermost(found)


def _comparison_base(doc, first, lexicon):
    """'на 4% больше, чем годом ранее': the period the figure is compared
    with, not the one it covers. With a base figure between ('против 47%
    годом ранее') the period is that figure's own, so it stays."""
    words = [t for t in doc[max(0, first - 6):first] if not t.is_space and not t.is_punct]
    for k, token in enumerate(words[-3:]):
        if normalize(token.text) in lexicon["comparison_base_words"]:
            return not any(t.like_num or any(ch.isdigit() for ch in t.text) for t in words[-3:][k + 1:])
    return False


# A period phrase longer than this keeps only its preposition and head word.
LONGEST_TIME_PHRASE = 8


def _period_phrase(doc, token, lexicon):
    """The span of the period headed by token, or None.

    'за 2023 год', 'в первом квартале', 'с 1 января' (the day number heads the
    date), 'годом ранее'; not a rate ('в год'), an age, cap or term ('до 14
    лет', 'к 4,5 года колонии', 'сроком на 15 лет'), the base of a comparison ('чем в 2005 году', 'по сравнению с 2024 годом').
    """
    noun = _time_noun(token, lexicon)
    if noun is None:
        return None
    cases = [c for c in token.children if c.dep_ == "case"]
    if not cases:
        return _relative_period(token, lexicon)
    preposition = normalize(cases[0].text)
    if preposition not in lexicon["time_prepositions"]:
        return None
    if any(normalize(c.text) == "чем" for c in token.children):
        return None   # "больше, чем в 2005 году": the base of a comparison, not the claim's period
    if lemma_of(token.head) in lexicon["comparison_heads"] or (
            cases[0].i > 0 and lemma_of(doc[cases[0].i - 1]) in lexicon["comparison_heads"]) or any(
            lemma_of(word) in lexicon["comparison_heads"] for word in cases[0].children):
        return None   # "по сравнению с первым кварталом": the base, however the parse hangs it
    allowed = lexicon["time_noun_prepositions"].get(noun)
    if allowed is not None and preposition not in allowed:
        return None   # "по итогам" is a period, "на итоги голосования" is not
    modifiers = [c for c in token.children if c.dep_ in ("amod", "det", "nmod", "nummod", "flat")]
    if not modifiers and (preposition, normalize(token.text)) in lexicon["not_time"]:
        return None
    if not modifiers and noun in lexicon["bare_time_nouns"] and preposition not in lexicon["bare_time_prepositions"]:
        return None   # "за сутки" is a period, "в сутки" a rate, "в день выборов" an event
    if preposition in lexicon["duration_caps"] and _counted_duration(token):
        return None   # "дети до 14 лет", "к 9 годам колонии", "на 15 лет": an age, cap or term
    left = min(cases[0].i, token.left_edge.i)
    while left < cases[0].i and doc[left].pos_ in ("PUNCT", "SCONJ", "CCONJ", "SPACE"):
        left += 1
    right = token.right_edge.i + 1
    if right - left > LONGEST_TIME_PHRASE:
        right = max(c.i for c in [token] + [m for m in modifiers if m.dep_ == "flat"]) + 1
    while right > token.i + 1 and doc[right - 1].pos_ in ("PUNCT", "SPACE"):
        right -= 1   # "в 2022 году — 49": the parse hangs the dash or comma after it on the period
    return left, right


def _time_noun(token, lexicon):
    """The time-noun lemma token stands for, or None: its own ('квартал'), a
    part of a range ('январь–февраль'), or the month of a date it heads ('1 марта')."""
    if token.pos_ in ("NOUN", "PROPN"):
        lemma = lemma_of(token)
        if lemma in lexicon["time_nouns"]:
            return lemma
        parts = [part for part in RANGE_DASHES.split(lemma) if part]
        if len(parts) > 1 and all(part in lexicon["time_nouns"] or part in lexicon["months"]
                                  or _month_form(part, lexicon) for part in parts):
            return parts[0]
    if token.text.isdigit() and len(token.text) <= 2:
        for child in token.children:
            if child.dep_ in ("flat", "nmod", "nummod") and lemma_of(child) in lexicon["months"]:
                return lemma_of(child)
    return None


def _month_form(word, lexicon):
    """A month written in another case inside a range ('январе–марте')."""
    return any(word.startswith(month[:3]) for month in lexicon["months"]) and len(word) >= 3


def _relative_period(token, lexicon):
    """'годом ранее', 'год назад': a period counted back from now."""
    for child in token.children:
        if child.dep_ == "advmod" and lemma_of(child) in lexicon["relative_time_adverbs"]:
            if any(c.dep_ == "nummod" for c in token.children) or _number_before(token):
                return None   # "три года назад" locates an event, like a date
            return min(token.i, child.i), max(token.i, child.i) + 1
    return None


def _number_before(token):
    return token.i > 0 and (token.doc[token.i - 1].like_num or token.doc[token.i - 1].pos_ == "NUM")


def _counted_duration(token):
    """A count of years, months, days ('14 лет'), not a year number ('до 2030 года')."""
    for child in token.children:
        # "nummod:gov": a numeral that governs the noun's case ("по 2 года")
        if child.dep_ in ("nummod", "nummod:gov") or (child.dep_ == "amod" and child.text.isdigit()):
            return not (child.text.isdigit() and len(child.text) == 4)
    return False


def _first_word(doc, start, end):
    for k, token in enumerate(doc[start:end]):
        if not token.is_space and token.pos_ != "PUNCT":
            return k
    return 0


def _outermost(spans):
    spans.sort()
    kept = []
    for span in spans:
        if kept and span[0] < kept[-1][1]:
            if span[1] > kept[-1][1]:
                kept[-1] = (kept[-1][0], span[1])
            continue
        kept.append(span)
    return kept


# How far back in a paragraph a claim's period may stand. Without a bound a
# long paragraph with no period phrase costs the square of its length.
TIME_LOOKBACK_SENTENCES = 6


class TimePhrases:
    """time_phrases of each sentence of one doc, found once and remembered."""

    def __init__(self, doc):
        self.doc = doc
        self._found = {}

    def __call__(self, sentence):
        found = self._found.get(sentence)
        if found is None:
            found = self._found[sentence] = time_phrases(self.doc, *sentence)
        return found


def claim_time(times, sentence, earlier_sentences, figure_tokens, earlier_paragraphs=()):
    """The time span for a figure: nearest in its sentence, else the paragraph before it,
    else a period that opens a sentence of the paragraphs before ("Так, с начала года ...").

    Only a bounded number of sentences is looked at, each found once (TimePhrases).
    """
    position = figure_tokens[0]
    phrases = [_before_figure(times.doc, p, position) for p in times(sentence)
               if not _bracketed_apart(times.doc, sentence[0], p, position)
               and not _in_a_later_clause(times.doc, figure_tokens[-1], p)]
    phrases = [p for p in phrases if p is not None]
    if phrases:
        return min(phrases, key=lambda p: abs(p[0] - position))
    if _tells_of_now_or_later(times.doc, sentence):
        return None
    for earlier in reversed(earlier_sentences[-TIME_LOOKBACK_SENTENCES:]):
        phrases = [p for p in times(earlier)
                   if not _dated_event(times.doc, p) and not _counted_back(times.doc, p)]
        if phrases:
            return phrases[-1] if _opens_sentence(times.doc, earlier, phrases[-1]) else None
    reach = TIME_LOOKBACK_SENTENCES - min(len(earlier_sentences), TIME_LOOKBACK_SENTENCES)
    for earlier in reversed(earlier_paragraphs[-reach:] if reach else ()):
        phrases = times(earlier)
        if phrases:
            return phrases[0] if _frames_what_follows(times.doc, earlier, phrases[0]) else None
    return None


CLAUSE_BREAKS = {";", ":"} | set(QUOTE_DASHES) - {"-"}


def _in_a_later_clause(doc, figure_end, phrase):
    """A period after the figure, past a clause break ('выросла на 5%, а в
    2023 году упала', '12 случаев; в марте — 15', 'на 3%, который в 2020
    году ...'), dates that later clause, not the figure. Breaks: ';', ':',
    a dash, or a comma before a word of clause_openers (context.json). A dash
    or colon right after the figure leads to what dates it ('первые 30 — уже
    в августе', 'выполнен на 78%: на утро среды'), so it is no break."""
    if phrase[0] <= figure_end:
        return False
    openers = context_lexicon()["clause_openers"]
    between = [t for t in doc[figure_end + 1:phrase[0]] if not t.is_space]
    for k, token in enumerate(between):
        if token.text in CLAUSE_BREAKS and (k > 0 or token.text == ";"):
            return True
        if token.text == "," and k + 1 < len(between) and (
                normalize(between[k + 1].text) in openers or lemma_of(between[k + 1]) in openers):
            return True
    return False


def _bracketed_apart(doc, sentence_start, phrase, position):
    """A period inside brackets the figure stands outside of ('Доля сети —
    16,4% (годом ранее — 15,1%)') belongs to what the brackets say. Of the
    figures given such a period, the gold of 24 development sets left 47 with
    no time and gave 27 (16 sets) another one; it agreed on 5, in 2 sets."""
    bracket = _enclosing_bracket(doc, sentence_start, phrase[0])
    return bracket is not None and bracket != _enclosing_bracket(doc, sentence_start, position)


def _enclosing_bracket(doc, sentence_start, index):
    """The position of the innermost '(' still open at token index, or None."""
    opened = []
    for token in doc[sentence_start:index]:
        if token.text == "(":
            opened.append(token.i)
        elif token.text == ")" and opened:
            opened.pop()
    return opened[-1] if opened else None


# A sentence whose main verb is in these tenses speaks of now or of what is
# to come, not of a period an earlier sentence set ("В 2014 году банки выдали
# ... . Сейчас ставка составляет ...", "... . В следующем году завод выпустит ...").
NOT_CARRIED_TENSES = {"Pres", "Fut"}


def _tells_of_now_or_later(doc, sentence):
    """A sentence in the present or future takes no period from the sentences
    before it. Of the figures in such sentences the extractor gave a carried
    period, the gold of 48 of the 112 development sets left 124 with no time;
    it agreed on 16, in 10 sets (session 24)."""
    root = doc[sentence[0]:sentence[1]].root
    return bool(NOT_CARRIED_TENSES.intersection(root.morph.get("Tense")))


def heading_time(times, sentences_before, is_item):
    """The period of the line a list is led in by, or None.

    sentences_before: the sentences before the item's line; the items above
    it are passed over (is_item), and the first other line counts only when
    it ends with a colon, the mark of a lead-in.
    """
    doc = times.doc
    for sentence in reversed(sentences_before):
        if is_item(sentence):
            continue
        last = next((t for t in reversed(doc[sentence[0]:sentence[1]]) if not t.is_space), None)
        if last is None or last.text != ":":
            return None
        phrases = [p for p in times(sentence) if not _counted_back(doc, p)]
        return phrases[0] if phrases else _named_period(doc, *sentence)
    return None


def _named_period(doc, start, end):
    """A period a lead-in names with no preposition: 'Основные показатели
    III квартала:', 'Цены по районам (вторичный рынок, февраль):' (a month,
    or a time noun with a word that picks out which one)."""
    lexicon = context_lexicon()
    for token in doc[start:end]:
        noun = _time_noun(token, lexicon)
        if noun is None or any(c.dep_ == "case" for c in token.children):
            continue
        if noun in lexicon["time_noun_prepositions"] or noun in lexicon["bare_time_nouns"]:
            continue   # "итоги", "день" name a period only after their preposition
        modifiers = [c for c in token.children if c.dep_ in ("amod", "det", "nummod") and c.i < token.i]
        if noun in lexicon["months"] or modifiers:
            return min([token.i] + [m.left_edge.i for m in modifiers]), token.i + 1
    return None


def _before_figure(doc, phrase, position):
    """A period the parse hangs the figure under ('в этом году — 49') is cut
    before the figure; one that is only the figure itself is none, its
    preposition included ('в течение [двух лет]': the figure is the duration)."""
    if not phrase[0] <= position < phrase[1]:
        return phrase
    lexicon = context_lexicon()
    if not any(_time_noun(token, lexicon) for token in doc[phrase[0]:position]):
        return None
    end = position
    while end > phrase[0] and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    return phrase[0], end


def _counted_back(doc, phrase):
    """'годом ранее', 'год назад': the period of a base value in its own
    sentence; it does not frame the sentences after it."""
    relative = context_lexicon()["relative_time_adverbs"]
    return any(lemma_of(token) in relative or normalize(token.text) in relative
               for token in doc[phrase[0]:phrase[1]])


# Prepositions of a date that states how things stand on that day
# ("на 1 декабря", "по состоянию на 1 октября"); other dates ("с 9 по 17
# апреля", "11 декабря") place an event and say nothing of the sentences after.
AS_OF_PREPOSITIONS = {"на"}


def _dated_event(doc, phrase):
    lexicon = context_lexicon()
    first = normalize(doc[phrase[0]].text)
    for token in doc[phrase[0]:phrase[1]]:
        if token.text.isdigit() and len(token.text) <= 2 and any(
                lemma_of(child) in lexicon["months"] for child in token.children):
            return first not in AS_OF_PREPOSITIONS
    return False


# A framing period stands among the first words of its sentence ("Так, с начала года").
OPENING_WORDS = 3
# Only a period running from a start up to now frames later paragraphs:
# "с начала года", "с января"; "в 2021 году" or "за неделю" stay in their paragraph.
RUNNING_PERIOD_PREPOSITIONS = set(FROM_PREPOSITIONS)


def _frames_what_follows(doc, sentence, phrase):
    if normalize(doc[phrase[0]].text) not in RUNNING_PERIOD_PREPOSITIONS:
        return False
    if _states_a_figure(doc, sentence, phrase):
        return False
    return _opens_sentence(doc, sentence, phrase)


def _opens_sentence(doc, sentence, phrase):
    """A period among the first words of its sentence ('В 2014 году банки
    выдали ...', 'Так, с начала года ...') is the frame later sentences go
    on in; one inside the sentence ('Банки области в 2014 году выдали ...',
    'обещает к 2020 году построить ...') belongs to that sentence's event.
    Of the figures given a period carried from an earlier sentence of their
    paragraph, the gold of 103 development sets left 989 with the period
    inside its sentence with no time and agreed on 373; for a period opening
    its sentence it agreed on 255, left 307 with no time."""
    words = [t for t in doc[sentence[0]:phrase[0]] if not t.is_space and t.pos_ != "PUNCT"]
    return len(words) < OPENING_WORDS


def _states_a_figure(doc, sentence, phrase):
    """A sentence that gives figures of its own for its period ('С 1 июля
    тарифы вырастут на 9,8%') covers them alone; only a period set up in a
    sentence with no figure ('Так, с начала года усилия полиции были
    направлены на ...') frames the paragraphs after it. Of the figures of
    later paragraphs given such a period, the gold of 42 development sets
    left 230 with no time and agreed on 6, all of the one seed document."""
    return any(token.like_num or any(ch.isdigit() for ch in token.text)
               for token in doc[sentence[0]:sentence[1]] if not phrase[0] <= token.i < phrase[1])


# ------------------------------------------------------------------ source

def claim_source(doc, sentence, paragraph_first, paragraph_last, following=None, earlier=()):
    """(start_i, end_i) of who states the claims of this sentence, or None.

    paragraph_first / paragraph_last: the first and the last sentence of the
    paragraph, where a quote opens with a dash and ends with '– сказал X'.
    Attribution also reaches back from `following`, the next sentence of the
    paragraph (None at its end), when that one points back ("N … Об этом сообщил X"). Taking the source
    of the sentence before was tried: it helped one gold set and hurt three. Tried again in session 24,
    only for the sentence right before in the paragraph, only when the later sentence has no speech
    verb and quotes nobody: on the first 32 development sets it mended 34 figures in 9 sets and broke
    338 in 32 (the gold carries a source on only in fresh-a/-b/-c/-d-like copy). `earlier`: the
    sentences of the paragraph before this one, read only to follow a quote opened in them.
    """
    return (_source_in_sentence(doc, sentence)
            or _source_where_the_quote_closes(doc, sentence, paragraph_first, paragraph_last)
            or _source_where_the_quote_opened(doc, sentence, earlier)
            or _source_of_quote(doc, paragraph_first, paragraph_last)
            or _source_of_next_sentence(doc, following)
            or speaker_label(doc, *paragraph_first))


def _source_in_sentence(doc, sentence):
    by_preposition = _source_by_preposition(doc, *sentence)
    by_verb = _source_of_speech_verb(doc, *sentence)
    if by_preposition and by_verb and by_verb[0] < by_preposition[0] and _is_a_possessive(doc, by_preposition):
        return by_verb   # 'Ирина Долгова считает ...: по её оценке' — the name, not the pronoun after it
    return by_preposition or by_verb


def stated_for_another_clause(doc, source, sentence, figure_tokens):
    """True when the source's cue stands in a later clause, with a subject of
    its own, joined to the figure's clause by a conjunction ('Работы были
    выполнены на 40%, а ущерб бюджету, по оценке экспертов, превысил 215 млн
    рублей'; 'пособие получают 10,6 млн детей, и в Минтруде ожидают, что ...'):
    the gold leaves the earlier clause's figure without a source. A cue in the
    earlier clause carries on ('по данным МВД, пострадали 29 полицейских, а
    число задержанных превысило 400 человек'), and so does one on a verb that
    shares the figure's subject ('вырос на 1,8 млн и, по данным фонда, достиг ...')."""
    if source is None or not figure_tokens or not sentence[0] <= source[0] < sentence[1]:
        return False
    if source[0] <= figure_tokens[-1]:
        return False
    speaker = doc[source[0]:source[1]].root
    cue_clause = _clause_of(speaker)
    figure_clause = _clause_of(doc[figure_tokens[0]])
    own_subject = _has_own_subject(cue_clause) or \
        speaker.head.i == cue_clause.i and lemma_of(cue_clause) in context_lexicon()["speech_verbs"]   # 'и в Минтруде ожидают'
    if not _joined_to(cue_clause, figure_clause) or not own_subject:
        return False
    return not _closes_a_report(cue_clause)   # '..., а прибыль упала на 5%, сообщил директор' states all before it


def _closes_a_report(clause):
    """A speech verb with no clause of its own ('..., сообщил X') states what comes before it."""
    return lemma_of(clause) in context_lexicon()["speech_verbs"] and \
        not any(child.dep_ in ("ccomp", "obj") for child in clause.children)


def _clause_of(token):
    """The nearest verb or predicate the token hangs from (itself included)."""
    while token.head.i != token.i:
        if token.pos_ == "VERB" or any(child.dep_ in ("cop", "nsubj") for child in token.children):
            return token
        token = token.head
    return token


def _joined_to(clause, first):
    """A conjunct of `first`; the parser also hangs ', а ...' on it as parataxis."""
    if clause.head.i != first.i or clause.i == first.i:
        return False
    return clause.dep_ == "conj" or clause.dep_ == "parataxis" and any(child.dep_ == "cc" for child in clause.children)


def _has_own_subject(clause):
    return any(child.dep_.startswith("nsubj") for child in clause.children)


def _is_a_possessive(doc, span):
    return span[1] - span[0] == 1 and normalize(doc[span[0]].text) in context_lexicon()["source_possessives"]


def _source_where_the_quote_closes(doc, sentence, paragraph_first, paragraph_last):
    """A quote still open when the sentence ends ('«Мы закупили 16 машин. …»,
    — сказал X') is stated by the speaker named where it closes, later in the paragraph."""
    depth = _quote_depth(doc[paragraph_first[0]:sentence[1]])
    if depth <= 0:
        return None
    for token in doc[sentence[1]:paragraph_last[1]]:
        depth += _quote_depth([token])
        if depth == 0:
            return _source_of_speech_verb(doc, token.i, min(token.sent.end, paragraph_last[1]))
    return None


def _source_where_the_quote_opened(doc, sentence, earlier):
    """A sentence that goes on with a quote opened earlier in the paragraph
    ('«…, — пояснил Селиванов. — Ещё 640 миллионов получат районы»') is stated
    by the speaker named since the quote opened."""
    if not earlier or _quote_depth(doc[earlier[0][0]:sentence[0]]) <= 0:
        return None
    depth = 0
    for before in reversed(earlier):
        found = _source_in_sentence(doc, before)
        if found is not None:
            return found
        depth += _quote_depth(doc[before[0]:before[1]])
        if depth > 0:
            return None   # the sentence the quote opened in names nobody
    return None


def _quote_depth(tokens):
    """How many «» quotes the tokens open and leave open (negative when they close more)."""
    return sum((t.text == "«") - (t.text == "»") for t in tokens)


def _source_of_next_sentence(doc, following):
    if following is None or not _opens_with_back_reference(doc, *following):
        return None
    return _source_of_speech_verb(doc, *following)


def _opens_with_back_reference(doc, start, end):
    words = [normalize(t.text) for t in doc[start:end] if not t.is_space and not t.is_punct][:3]
    return any(tuple(words[:len(cue)]) == cue for cue in context_lexicon()["source_back_references"])


def _source_by_preposition(doc, start, end):
    lexicon = context_lexicon()
    norms = [normalize(t.text) for t in doc[start:end]]
    openers = lexicon["source_openers"]
    for k in range(len(norms)):
        for cue in openers.get(norms[k], ()):
            match = _cue_at(doc, start, norms, k, cue)
            if match is None:
                continue
            after, inside = match
            if inside is not None and normalize(inside.text) in lexicon["source_possessives"]:
                return inside.i, inside.i + 1   # 'по его словам': the pronoun is the mention
            if tuple(norms[after:after + 2]) in lexicon["not_sources"] or (norms[after:after + 1] and tuple(norms[after:after + 1]) in lexicon["not_sources"]):
                return None
            if inside is not None and (after >= len(norms) or doc[start + after].is_punct):
                continue   # 'по предварительной оценке, ущерб ...': nobody named
            head = _subject_of_cue_verb(doc[start + after - 1], start, end) or \
                _phrase_head_after(doc, start + after, end)
            if head is not None and _is_a_document(doc[start + after:head.i + 1], lexicon):
                return None   # 'Согласно документу, ...', 'согласно которому ...': nobody speaks
            if head is not None:
                return _source_span(head, start, end)
    return None


def _subject_of_cue_verb(last_word, start, end):
    """'Как сообщила в среду компания «ТВ-Индекс»', 'как сообщил агентству
    директор': a cue ending in a verb names its subject, past the words of
    time or address the verb takes first."""
    if last_word.pos_ != "VERB":
        return None
    return next((child for child in last_word.children
                 if child.dep_ == "nsubj" and start <= child.i < end and child.i > last_word.i), None)


def _is_a_document(words, lexicon):
    """A law, a text, a case file: CLAIMS.md gives documents no source; a
    relative 'который' stands for something before the cue."""
    from pipeline.claims.word_kinds import is_relative_pronoun   # word_kinds imports this module
    return lemma_of(words[-1]) in lexicon["source_documents"] or any(is_relative_pronoun(w) for w in words)


def _cue_at(doc, start, norms, k, cue):
    """(where the words after the cue begin, the word put inside the cue or
    None) when the cue stands at k, else None.

    A two-word 'по' cue may hold one word: a possessive ('по его словам', which
    names who speaks) or an adjective ('по предварительной оценке Минздрава')."""
    if tuple(norms[k:k + len(cue)]) == cue:
        return k + len(cue), None
    if len(cue) != 2 or cue[0] != "по" or tuple(norms[k + 2:k + 3]) != cue[1:]:
        return None
    inside = doc[start + k + 1]
    if norms[k + 1] in context_lexicon()["source_possessives"] or inside.pos_ == "ADJ":
        return k + 3, inside
    return None


def _phrase_head_after(doc, position, end):
    for token in doc[position:min(position + 6, end)]:
        if token.pos_ in ("NOUN", "PROPN") or (token.pos_ == "X") or any(ch.isalpha() for ch in token.text) and token.text[:1].isupper():
            return token
    return None


def _source_span(token, start, end):
    left, right = token.i, token.i + 1
    for child in token.children:
        if child.dep_ in ("amod", "det", "nmod", "flat", "flat:name", "flat:foreign", "appos", "conj", "cc") and start <= child.i < end:
            left = min(left, child.left_edge.i)
            right = max(right, child.right_edge.i + 1)
    doc = token.doc
    while right - 1 > token.i and doc[right - 1].pos_ == "PUNCT":
        right -= 1
    return max(left, start), min(right, end)


def _source_of_speech_verb(doc, start, end):
    lexicon = context_lexicon()
    for token in doc[start:end]:
        if _introduces_speech(doc, token, start, lexicon):
            for child in _after_first(token):
                if child.dep_ == "nsubj" and _names_a_speaker(child, lexicon):
                    return _source_span(child, start, end)
            speaker = _speaker_by_place(token, lexicon)
            if speaker is not None and start <= speaker.i < end:
                return _source_span(speaker, start, end)
    return None


def _after_first(verb):
    """The verb's dependents, those after it first: in a report closed by its
    speech verb ('Музеи … приняли 3,6 млн посетителей, сообщил министр …',
    '…, сообщили в Западно-Сибирском управлении') the parser may hang a
    noun of the report on the verb as well; the speaker stands after it."""
    return sorted(verb.children, key=lambda child: (child.i < verb.i, child.i))


def _introduces_speech(doc, token, start, lexicon):
    if token.pos_ == "VERB" and lemma_of(token) in lexicon["speech_verbs"]:
        return True
    return _states_a_finding(token, lexicon) or _follows_a_quote(doc, token, start)


def _states_a_finding(verb, lexicon):
    """'Как установило следствие, ...', 'Суд установил, что ...': a verb of
    finding states what follows only when it takes a clause, not a thing
    ('установили 24 камеры', 'Нацбанк установил официальный курс ...; ...')."""
    if verb.pos_ != "VERB" or lemma_of(verb) not in lexicon["finding_verbs"]:
        return False
    return any(child.dep_ == "ccomp" or normalize(child.text) == "как" for child in verb.children)


def _follows_a_quote(doc, word, start):
    """'«…», — уверяет X', '— …, — улыбается мастерица': the verb right after
    the dash that closes a quote introduces its speaker, whatever the verb."""
    if word.pos_ not in ("VERB", "ADJ"):   # 'уверен' is a short adjective
        return False
    before = [t.text for t in doc[start:word.i] if not t.is_space]
    if len(before) < 2 or before[-1] not in QUOTE_DASHES:
        return False
    # '«…», —' and '«…?» —' close a quote ('«Ромашка» — выросла' names a company);
    # '— …, —' closes a line that opened with a dash
    ahead, last = (before[-3] if len(before) > 2 else ""), before[-2]
    if last == "," and ahead in CLOSING_QUOTES or last in CLOSING_QUOTES and ahead in SPEECH_ENDS:
        return True
    return before[0] in QUOTE_DASHES and last in SPEECH_ENDS | {","}


def _names_a_speaker(subject, lexicon):
    """A noun or name, or a third-person pronoun ('— добавила она', 'Он
    заявил, что ...'): the gold takes the pronoun when it is the mention."""
    if subject.pos_ in ("NOUN", "PROPN", "X"):
        return True
    return subject.pos_ == "PRON" and normalize(subject.text) in lexicon["source_pronouns"] and \
        lemma_of(subject.head) not in lexicon["not_said_by_pronouns"]


def _speaker_by_place(verb, lexicon):
    """'сообщили в пресс-службе министерства': a speech verb with no subject
    names the body that speaks by 'в' + locative."""
    if any(child.dep_.startswith("nsubj") for child in verb.children):
        return None
    for child in _after_first(verb):
        if child.dep_ == "obl" and child.pos_ in ("NOUN", "PROPN") and \
                case_words(child) & lexicon["source_place_prepositions"] and \
                "Loc" in child.morph.get("Case"):
            return child
    return None


def _source_of_quote(doc, paragraph_first, paragraph_last):
    """A paragraph opening with a dash is a quote; its last '– сказал X' names X."""
    first = _first_token(doc, *paragraph_first)
    if first is None or first.text not in QUOTE_DASHES | {"«", "\""}:
        return None
    return _source_of_speech_verb(doc, *paragraph_last)


def speaker_label(doc, start, end):
    """(start_i, end_i) of the speaker label an interview line opens with, or None.

    "Н. Белова: За год ...", "«ДН»: Что с ...": a few words with no verb, a
    name or a quoted title among them, then a colon; the speaker states what
    the whole line says (NOTES.md, an interview answer takes its label).
    """
    rule = context_lexicon()["speaker_label"]
    words = [t for t in doc[start:end] if not t.is_space][:rule["longest"] + 1]
    colon = next((k for k, t in enumerate(words) if t.text == ":"), None)
    if not colon or not words[0].text[:1].isupper() and words[0].text not in rule["quotes"]:
        return None
    label = words[:colon]
    if any(t.pos_ in ("VERB", "AUX") for t in label):
        return None   # "Итоги подвели так: ..." is a clause, not a label
    if not any(t.pos_ == "PROPN" or t.text in rule["quotes"] for t in label):
        return None   # "Справка: ..." introduces a note, nobody speaks it
    return label[0].i, label[-1].i + 1


def _first_token(doc, start, end):
    for token in doc[start:end]:
        if not token.is_space:
            return token
    return None


def cluster_of(doc, start, end):
    """The cluster of the entity the source span is headed by, or None.

    'Салин', 'газета «Ведомости»' are their entity; 'начальник УП города
    Караганды' names a person, not the УП it mentions, so it has no cluster.
    """
    head = _span_head(doc, start, end)
    for entity in doc.ents:
        if entity.start <= head < entity.end:
            return getattr(entity._, "cluster", None) if entity.has_extension("cluster") else None
    return None


def _span_head(doc, start, end):
    for token in doc[start:end]:
        if not start <= token.head.i < end or token.head.i == token.i:
            return token.i
    return start


# ------------------------------------------------------------------ qualifiers

# Dependents that tie a noun phrase to the clause, through which the clause's
# own place and group ("в регионе зарегистрировано 14 380 случаев") reach a figure.
CLAUSE_ARGUMENTS = {"nsubj", "nsubj:pass", "obj", "obl", "iobj"}
LONGEST_QUALIFIER = 8


def qualifiers(anchor, inside, metric, trigger, time, metric_head=None, times=()):
    """Prepositional phrases that narrow the metric: attached to the figure's
    noun, to the verb of its clause, to the trigger, or to the metric's head
    ("курс доллара на Московской бирже"); never a period, a source cue, another figure.

    metric: the metric's (start, end); a phrase may lie inside it only when it
    hangs on the metric's head. times: the period phrases of the sentence.
    """
    taken = set(inside)
    for span in [time, *times]:
        if span:
            taken.update(range(*span))
    metric_tokens = set(range(*metric)) if metric else set()
    spans = []
    metric_nouns = _metric_nouns(metric_head)
    holders = _qualifier_holders(anchor, trigger, metric_head)
    holders += [token for token in metric_nouns if all(token.i != h.i for h in holders)]
    for holder in holders:
        own_metric = any(holder.i == noun.i for noun in metric_nouns)
        for child in holder.children:
            if holder.i != anchor.head.i and not own_metric and not says_where(child):
                continue   # the clause's verb lends only a place or a group, not "в травмпункты"
            if own_metric and not says_where(child):
                continue   # "расходы на социальную поддержку" names the metric itself
            span = _qualifier_span(child, taken if own_metric else taken | metric_tokens)
            if span is not None and span not in spans and (metric_head is None or not span[0] <= metric_head.i < span[1]):
                spans.append(span)
    return sorted(spans)


def without_non_qualifiers(spans, item, times=()):
    """Trim or drop what the list and dash readings took for a qualifier but
    can never be one: a period ("в понедельник", "к 2015 году может
    превысить": that is the claim's time, or nothing), the claim's own
    trigger ("увеличившись за год", "который ... составлял": the change, not
    what it narrows), a day of the week (a when, which time_phrases leaves
    to the weekday rules). A span cut at the first of them keeps what stands
    before it ("а в селах не превышает 9 тысяч" -> "в селах"). Over the
    development gold, 1 of 6,477 qualifiers overlaps its claim's time, none
    its trigger, and none of the news sets names a weekday. A span opening
    with "чем" is the base of a comparison, not the claim's place."""
    doc = item.anchor.doc
    stops = [span[0] for span in [item.time, *times] if span]
    if item.trigger is not None:
        stops.append(item.trigger.i)
    stops += [token.i for token in doc[min((s for s, _ in spans), default=0):max((e for _, e in spans), default=0)]
              if _names_a_weekday(token)]
    kept = []
    for start, end in spans:
        if any(span and span[0] < start < span[1] for span in [item.time, *times]):
            continue   # a period the span opens inside of
        if _opens_a_comparison_base(doc[start:end]):
            continue
        cut = min([stop for stop in stops if start <= stop < end], default=end)
        while cut < end and cut > start and doc[cut - 1].pos_ in _TRAILING_WORDS:
            cut -= 1   # "в селах не (превышает)", "по семейной она неизменно (составляет)"
        if cut == end or any(t.pos_ in ("NOUN", "PROPN", "ADJ") for t in doc[start:cut]):
            if cut > start:
                kept.append((start, cut))
    return kept


def _opens_a_comparison_base(span):
    """", чем у предшественника", ", чем в среднем по региону": the base a
    comparison is held against, not a place or group of the claim (gold:
    3 such qualifiers in the development sets; predicted ~15 in 10 sets)."""
    words = [token for token in span if not token.is_punct]
    return bool(words) and normalize(words[0].text) == "чем"


_TRAILING_WORDS = {"PUNCT", "PART", "ADV", "PRON", "CCONJ", "AUX"}


def _names_a_weekday(token):
    return lemma_of(token) in context_lexicon()["weekdays"]


def says_where(token):
    """A place or group phrase: 'в регионе', 'на бирже', 'в Китай', 'по стране', 'среди детей'."""
    cases = [c for c in token.children if c.dep_ == "case"]
    if not cases:
        return False
    preposition = normalize(cases[0].text)
    case = set(token.morph.get("Case"))
    wanted = context_lexicon()["place_prepositions"].get(preposition)
    return wanted is not None and bool(case & wanted)


def _qualifier_holders(anchor, trigger, metric_head):
    holders = []
    head = anchor.head if anchor.head.i != anchor.i else None
    if head is not None:
        holders.append(head)
        if head.pos_ in ("NOUN", "PROPN", "SYM") and head.dep_ in CLAUSE_ARGUMENTS and _is_verb(head.head):
            holders.append(head.head)
    for token in (trigger, metric_head):
        if token is not None and all(token.i != h.i for h in holders):
            holders.append(token)
    for verb in [h for h in holders if _is_verb(h)]:
        first = _first_conjunct(verb)
        if first is not None and all(first.i != h.i for h in holders):
            holders.append(first)
    return holders


def _metric_nouns(metric_head, depth=2):
    """The metric's head and the genitives it governs, on which a place or
    group of the metric hangs: "количество краж в городе", "стоимость
    обучения на контрактной основе", "длительность пребывания в стационаре"."""
    if metric_head is None:
        return []
    nouns = [metric_head]
    if depth:
        for child in metric_head.children:
            if child.dep_ == "nmod" and child.pos_ in ("NOUN", "PROPN") and "Gen" in child.morph.get("Case") \
                    and not any(c.dep_ == "case" for c in child.children):
                nouns += _metric_nouns(child, depth - 1)
    return nouns


def _first_conjunct(verb):
    """The verb a conjoined verb shares its place with: "в регионе
    отремонтировали 214 км дорог и построили три школы", "цена на первичном
    рынке снизилась на 3% и составила 52,4 тыс. рублей" (UD hangs a shared
    dependent on the first conjunct). None when the conjoined verb names a
    place or group of its own ("в Москве выросли, а в Туле снизились"), a
    subject of its own ("котировки подскочили, а капитализация превысила",
    "выйдут 18 автобусов, ещё 12 поступят осенью"), or is not joined by "и"."""
    first = verb.head
    if verb.dep_ != "conj" or first.i >= verb.i or not _is_verb(first):
        return None
    joiners = [normalize(c.text) for c in verb.children if c.dep_ == "cc"]
    if joiners != ["и"] or any(c.dep_ in ("nsubj", "nsubj:pass") for c in verb.children):
        return None
    if any(says_where(child) for child in verb.children if child.dep_ in ("obl", "nmod")):
        return None
    return first


def _is_verb(token):
    """A verb, or a past-tense verb the tagger took for a noun ('пролечились')."""
    from pipeline.claims.word_kinds import finite_verb   # word_kinds reads this module's lexicon
    return token.pos_ == "VERB" or finite_verb(token)


def _qualifier_span(child, taken):
    if child.dep_ not in ("obl", "nmod") or child.i in taken or child.pos_ not in ("NOUN", "PROPN"):
        return None
    cases = [c for c in child.children if c.dep_ == "case"]
    if not cases or normalize(cases[0].text) not in QUALIFIER_PREPOSITIONS:
        return None
    lexicon = context_lexicon()
    if lemma_of(child) in lexicon["time_nouns"]:
        return None
    left, right = min(cases[0].i, child.left_edge.i), child.right_edge.i + 1
    doc = child.doc
    comma = next((t.i for t in doc[child.i:right] if t.text in (",", ";", "(")), None)
    if comma is not None:
        right = comma   # "на акцию, что соответствует ...": the clause after is not the qualifier
    if any(left <= i < right for i in taken) or right - left > LONGEST_QUALIFIER:
        return None
    words = tuple(normalize(t.text) for t in doc[left:min(right, left + 3)])
    if any(words[:len(cue)] == cue for cue in lexicon["not_qualifiers"]) \
            and not any(words[:len(cue)] == cue for cue in lexicon["averaged_places"]):
        return None   # "в целом", "в среднем": a manner, not a place or a group
    if any(words[:len(cue)] == cue for cue in lexicon["source_prepositions"]):
        return None   # "по данным министерства" is the source
    if any(t.like_num or t.pos_ == "NUM" or any(ch.isdigit() for ch in t.text) for t in doc[left:right]):
        return None   # "на 310 млрд рублей", "по ст. 264.1": another figure or a code
    return left, right
