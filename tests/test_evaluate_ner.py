"""NER scoring by example: token-level (naeval) and exact-span counts."""
import pytest

from pipeline.corpora import Span
from pipeline.evaluate.ner import NerScore, razdel_bounds, token_types

TEXT = "Иван Петров посетил Нижний Новгород и ООО Ромашка."
# razdel tokens: Иван Петров посетил Нижний Новгород и ООО Ромашка .


def span(words, kind):
    start = TEXT.index(words)
    return Span(start, start + len(words), kind)


GOLD = [span("Иван Петров", "PER"), span("Нижний Новгород", "LOC"), span("ООО Ромашка", "ORG")]


def scored(gold, pred):
    score = NerScore()
    score.add("doc", TEXT, gold, pred)
    return score


def counts(score, level):
    table = getattr(score, level)
    return {kind: (table[kind].tp, table[kind].fp, table[kind].fn) for kind in ("PER", "LOC", "ORG")}


def test_token_and_span_counts():
    pred = [span("Петров", "PER"), span("Нижний Новгород", "LOC"), span("Ромашка", "LOC")]
    score = scored(GOLD, pred)
    # tokens: Петров right, Иван missed; both LOC tokens right, Ромашка a
    # false LOC; both ORG tokens missed
    assert counts(score, "token") == {"PER": (1, 0, 1), "LOC": (2, 1, 0), "ORG": (0, 0, 2)}
    assert counts(score, "span") == {"PER": (0, 1, 1), "LOC": (1, 1, 0), "ORG": (0, 0, 1)}
    per = score.token["PER"]
    assert (per.precision, per.recall, round(per.f1, 4)) == (1.0, 0.5, 0.6667)
    assert round(score.token["LOC"].f1, 4) == 0.8
    assert score.token["ORG"].f1 == 0.0
    total = score.total("token")
    assert (total.tp, total.fp, total.fn) == (3, 1, 3)


def test_perfect_prediction():
    score = scored(GOLD, list(GOLD))
    assert all(score.token[k].f1 == 1.0 and score.span[k].f1 == 1.0 for k in ("PER", "LOC", "ORG"))
    assert score.errors == []


def test_nested_prediction_keeps_the_outer_span():
    pred = [span("ООО Ромашка", "ORG"), span("Ромашка", "LOC")]
    score = scored(GOLD, pred)
    assert counts(score, "token")["ORG"] == (2, 0, 0)
    assert counts(score, "token")["LOC"] == (0, 0, 2)


def test_spans_off_token_bounds_are_left_out_on_both_sides():
    start = TEXT.index("Новгород")
    cut_gold = GOLD[:1] + [Span(start, start + 7, "LOC")]       # "Новгоро"
    cut_pred = [Span(0, 3, "PER")]                                # "Ива"
    score = scored(cut_gold, cut_pred)
    assert (score.misaligned_gold, score.misaligned_pred) == (1, 1)
    assert counts(score, "token")["LOC"] == (0, 0, 0)
    assert counts(score, "token")["PER"] == (0, 0, 2)


def test_errors_name_the_span_with_context_and_what_the_other_side_has():
    score = scored(GOLD[:1], [span("Петров", "PER")])
    kinds = [(e["kind"], e["text"], e["other_side"]) for e in score.errors]
    # in text order
    assert kinds == [("miss", "Иван Петров", ["PER 'Петров'"]),
                     ("false alarm", "Петров", ["PER 'Иван Петров'"])]
    assert score.errors[0]["context"].startswith("[Иван Петров] посетил")


@pytest.mark.parametrize("spans, tags", [
    ([], [None] * 9),
    ([span("Иван Петров", "PER")], ["PER", "PER"] + [None] * 7),
    ([span("Нижний Новгород", "LOC"), span("Ромашка", "ORG")],
     [None, None, None, "LOC", "LOC", None, None, "ORG", None]),
])
def test_token_types(spans, tags):
    assert token_types(razdel_bounds(TEXT), spans) == tags


def test_types_outside_the_scored_set_are_ignored():
    score = scored(GOLD, GOLD + [span("посетил", "MISC")])
    assert score.total("span").fp == 0
