"""Claims scoring by example (CLAIMS.md "How a claim is scored")."""
import pytest

from pipeline.evaluate.claims import ClaimsScore, match_figures, qualifiers_right

TEXT = ("С начала года уровень преступности снизился на 10%, раскрываемость выросла "
        "на 34%, в общественных местах на 36%, сообщил Салин.")


def span(words, occurrence=0, **extra):
    start = -1
    for _ in range(occurrence + 1):
        start = TEXT.index(words, start + 1)
    return {"start": start, "end": start + len(words), "text": words, **extra}


def claim(figure, value, unit="percent", metric=None, head=None, direction=None, **fields):
    return {
        "figure": span(figure), "value": value, "unit": unit,
        "metric": span(metric, head=head) if metric else None,
        "direction": direction, "qualifiers": fields.get("qualifiers", []),
        "time": fields.get("time"), "source": fields.get("source"),
    }


GOLD = [
    claim("10%", 10.0, metric="уровень преступности", head="уровень", direction="decrease",
          time=span("С начала года")),
    claim("34%", 34.0, metric="раскрываемость", head="раскрываемость", direction="increase"),
    claim("36%", 36.0, metric="раскрываемость", head="раскрываемость", direction="increase",
          qualifiers=[span("в общественных местах")], source=span("Салин")),
]

# (start, end, lemma) of the predicted Doc's tokens, as doc_token_lemmas gives them
LEMMAS = [(span(w)["start"], span(w)["end"], lemma) for w, lemma in [
    ("уровень", "уровень"), ("преступности", "преступность"), ("раскрываемость", "раскрываемость"),
]]


def scored(gold, pred, lemmas=LEMMAS):
    score = ClaimsScore()
    score.add("doc", TEXT, gold, pred, lemmas)
    return score.as_dict(), score.errors


def test_all_right():
    result, errors = scored(GOLD, [dict(c) for c in GOLD])
    assert result["figure"]["f1"] == result["claim"]["f1"] == 1.0
    for measure in ("metric", "direction", "qualifiers", "time", "source"):
        assert result[measure] == {"correct": 3, "total": 3, "accuracy": 1.0}
    assert errors == []


def test_metric_by_lemma_direction_and_strict():
    pred = [
        # metric span "преступности" lacks the head "уровень": metric wrong
        claim("10%", 10.0, metric="преступности", head="преступность", direction="decrease"),
        # direction wrong
        claim("34%", 34.0, metric="раскрываемость", head="раскрываемость", direction="decrease"),
        # a longer metric span holding the head is right; no time/source/qualifier
        claim("36%", 36.0, metric="раскрываемость выросла", head="выросла", direction="increase"),
    ]
    result, errors = scored(GOLD, pred)
    assert (result["figure"]["tp"], result["figure"]["fp"], result["figure"]["fn"]) == (3, 0, 0)
    assert (result["claim"]["tp"], result["claim"]["fp"], result["claim"]["fn"]) == (1, 2, 2)
    assert result["claim"]["precision"] == pytest.approx(1 / 3)
    assert result["metric"]["correct"] == 2
    assert result["direction"]["correct"] == 2
    assert result["qualifiers"]["correct"] == 2     # the 36% lost its qualifier
    assert result["time"]["correct"] == 2           # the 10% lost its time
    assert result["source"]["correct"] == 2         # the 36% lost its source
    assert [e["kind"] for e in errors] == ["wrong metric", "wrong direction"]


def test_value_unit_and_overlap_decide_the_figure_match():
    pred = [
        claim("10%", 10.0000001),                   # within 1e-6: a match
        claim("34%", 35.0),                         # wrong value: false alarm
        claim("36%", 36.0, unit="percentage_point"),  # wrong unit: false alarm
    ]
    result, errors = scored(GOLD, pred)
    assert (result["figure"]["tp"], result["figure"]["fp"], result["figure"]["fn"]) == (1, 2, 2)
    assert round(result["figure"]["f1"], 4) == round(2 * (1 / 3) * (1 / 3) / (2 / 3), 4)
    kinds = sorted(e["kind"] for e in errors)
    assert kinds == ["false alarm", "false alarm", "miss", "miss", "wrong metric+direction"]


def test_errors_carry_context():
    _, errors = scored(GOLD[:1], [])
    (error,) = errors
    assert error["kind"] == "miss" and "снизился на [10%]," in error["context"]
    assert error["gold"]["metric"] == "уровень преступности" and error["predicted"] is None


def test_matching_is_one_to_one_and_maximal():
    # Two gold figures inside one wide predicted figure and one exact: each
    # gold gets a different prediction, so both are matched.
    text_span = {"start": 0, "end": 20, "text": ""}
    gold = [{"figure": {"start": 0, "end": 5}, "value": 1.0, "unit": "count"},
            {"figure": {"start": 10, "end": 15}, "value": 1.0, "unit": "count"}]
    pred = [{"figure": text_span, "value": 1.0, "unit": "count"},
            {"figure": {"start": 0, "end": 5}, "value": 1.0, "unit": "count"}]
    assert match_figures(gold, pred) == [(0, 1), (1, 0)]
    # two predictions of one gold figure: one pairs, the other is a false alarm
    assert match_figures(gold[:1], pred[1:] + pred[1:]) == [(0, 0)]


def test_without_lemmas_the_metric_head_or_a_word_of_the_text_decides():
    pred = [claim("10%", 10.0, metric="уровень преступности", head="преступность",
                  direction="decrease", time=span("С начала года"))]
    result, _ = scored(GOLD[:1], pred, lemmas=None)
    assert result["metric"]["correct"] == 1


@pytest.mark.parametrize("gold, pred, right", [
    ([], [], True),
    (["в общественных местах"], ["общественных местах"], True),
    (["в общественных местах"], [], False),
    ([], ["в общественных местах"], False),
])
def test_qualifiers(gold, pred, right):
    as_claim = lambda words: {"qualifiers": [span(w) for w in words]}  # noqa: E731
    assert qualifiers_right(as_claim(gold), as_claim(pred)) is right


def metric_of_one_word(word, our_lemma, gold_head):
    """Whether a gold head matches a predicted metric that is this one word."""
    from types import SimpleNamespace
    from pipeline.evaluate.claims import doc_token_lemmas, metric_right
    doc = [SimpleNamespace(idx=0, text=word, lemma_=our_lemma, is_space=False)]
    metric = {"start": 0, "end": len(word), "text": word}
    return metric_right({"metric": dict(metric, head=gold_head)}, {"metric": dict(metric, head=our_lemma)},
                        doc_token_lemmas(doc))


@pytest.mark.parametrize("word, our_lemma, gold_head, right", [
    # our lemmatizer says "осадок"; an annotator may write pymorphy3's other reading "осадки"
    ("осадков", "осадок", "осадки", True),
    ("осадков", "осадок", "снег", False),
    # pymorphy3 lemmatises the participle to the verb; an annotator wrote the adjective,
    # and the gold head is compared by its lemma too
    ("подозреваемых", "подозревать", "подозреваемый", True),
    ("подозреваемых", "подозревать", "задержанный", False),
])
def test_a_metric_word_matches_the_gold_head_by_lemma(word, our_lemma, gold_head, right):
    assert metric_of_one_word(word, our_lemma, gold_head) is right
