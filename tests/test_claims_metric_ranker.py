"""The learned fallback for a figure every rule leaves without a metric
(pipeline/claims/metric_ranker.py). Sentences written for these tests."""
import pytest

import pipeline.claims  # noqa: F401  registers the factory
from pipeline.claims import metric_ranker

from claims_helpers import metric_heads


@pytest.mark.parametrize("text, figure, head", [
    # 'всего продукции произведено на ...': the rules find no metric; the ranker takes the
    # subject of the passive verb the sum hangs on
    ("В этом году всего продукции выпущено на 12,5 млрд рублей.", "12,5 млрд рублей", "продукция"),
])
def test_the_ranker_names_what_the_rules_left_empty(nlp, monkeypatch, text, figure, head):
    monkeypatch.setattr(metric_ranker, "ENABLED", True)
    assert metric_heads(nlp, text)[figure] == head


def test_the_rules_alone_leave_it_empty(nlp, monkeypatch):
    monkeypatch.setattr(metric_ranker, "ENABLED", False)
    text = "В этом году всего продукции выпущено на 12,5 млрд рублей."
    assert metric_heads(nlp, text)["12,5 млрд рублей"] is None


def test_the_fallback_is_on():
    # held out it mends more than it breaks (metric_ranker.py's docstring gives the numbers)
    assert metric_ranker.ENABLED is True


def test_the_model_file_loads():
    model = metric_ranker.load_model()
    assert 0.0 < model["threshold"] <= 1.0
    assert model["weights"]["NULL"] != 0.0
    assert "pos=NOUN" in model["weights"]


def _toy_groups():
    """Three figures: the counted noun right after the figure is the metric; one has none."""
    near = ["bias", "dist=R1", "pos=NOUN"]
    far = ["bias", "dist=L8+", "pos=NOUN"]
    null = ["NULL", "unit=count"]
    return [
        ("a", True, True, [(True, near), (False, far), (False, null)]),
        ("b", False, True, [(True, near), (False, far), (False, null)]),
        ("c", True, False, [(False, near), (False, far), (True, null)]),
        ("d", False, True, [(False, far), (True, near), (False, null)]),
    ]


def test_training_is_deterministic():
    first, second = metric_ranker.fit(_toy_groups()), metric_ranker.fit(_toy_groups())
    assert first == second
    # and it learns the toy's lesson: the near noun beats the far one
    assert first["dist=R1"] > first["dist=L8+"]


# --- a metric a rule settled empty stays empty ---------------------------------

@pytest.mark.parametrize("text, figure", [
    # a term served in a colony and a distance from a point measure nothing (NOTES.md)
    ("Трое осуждённых отбудут в колонии строгого режима 4 года.", "4 года"),
    ("Беглецы жили в 40 км от границы.", "40 км"),
])
def test_a_metric_settled_empty_is_no_fallbacks(nlp, monkeypatch, text, figure):
    monkeypatch.setattr(metric_ranker, "ENABLED", True)
    assert metric_heads(nlp, text)[figure] is None


@pytest.mark.parametrize("text, figure", [
    # a size after the noun opening its line, a dash, and no price: the priced-goods rule declined the noun
    ("Грунтовка 10 л — хватит на всю комнату.", "10 л"),
])
def test_a_size_on_a_line_that_lists_no_goods_is_settled_empty(nlp, monkeypatch, text, figure):
    monkeypatch.setattr(metric_ranker, "ENABLED", True)
    assert metric_heads(nlp, text)[figure] is None


@pytest.mark.parametrize("text, marks", [
    # money moved to an account: 'на счета' is where it went, no purpose, and nothing else names the sum
    ("Бухгалтер перевёл на счета своих фирм более 12 млн рублей.", [True]),
    # sums listed after things seized: each is a thing of the list, no size of the noun before it
    ("У обвиняемого арестовали дом, катер, а также около 90 тысяч долларов и 15 тысяч евро на счетах.",
     [True, True]),
    # a purpose is no destination: the sum measures it, nothing is settled empty
    ("На ремонт дорог будет направлено 650 млрд рублей.", [False]),
])
def test_the_rules_that_leave_a_metric_empty_say_so(nlp, monkeypatch, text, marks):
    monkeypatch.setattr(metric_ranker, "ENABLED", False)
    assert nlp(text).user_data[metric_ranker.SETTLED_EMPTY_KEY] == marks


@pytest.mark.parametrize("text, figure, label", [
    # before an amount the line's label may name a kind of item, a qualifier: the rules decline it, so does the ranker
    ("Ход уборки:\n– ячмень: 120,5 тыс. га, 400 тыс. т;\n– овёс: 30 тыс. га.", "120,5 тыс. га", ["ячмень"]),
    ("Ход уборки:\n– ячмень: 120,5 тыс. га, 400 тыс. т;\n– овёс: 30 тыс. га.", "400 тыс. т", []),
    # a share takes its line's label (metric._label_of_its_line): nothing is refused
    ("Главное за месяц:\n• безработица: 4,1%.", "4,1%", []),
])
def test_the_label_opening_an_amounts_line_is_no_candidate(nlp, text, figure, label):
    doc = nlp(text)
    toks = metric_ranker.token_records(doc)
    claim = next(c for c in doc._.claims if c["figure"]["text"] == figure)
    _, figure_ids = metric_ranker.figure_token(toks, claim["figure"])
    refused = metric_ranker.label_of_an_amounts_line(toks, figure_ids, claim.get("unit"))
    assert sorted(toks[k]["text"] for k in refused) == label


def test_the_marks_travel_with_the_doc(nlp, monkeypatch):
    monkeypatch.setattr(metric_ranker, "ENABLED", False)
    doc = nlp("Беглецы жили в 40 км от границы, а выпущено продукции на 12,5 млрд рублей.")
    assert doc.user_data[metric_ranker.SETTLED_EMPTY_KEY] == [True, False]
    assert len(doc._.claims) == 2


# --- words the rules never take are no candidates ---------------------------------

def test_a_person_is_no_metric_of_a_speed(nlp, monkeypatch):
    monkeypatch.setattr(metric_ranker, "ENABLED", True)
    assert metric_heads(nlp, "Мотоциклист разогнался до 160 км/ч.")["160 км/ч"] is None


@pytest.mark.parametrize("pos, morph, person, unit, refused", [
    ("NOUN", "Animacy=Anim|Case=Nom", False, "km", True),       # 'мотоциклист' for a speed
    ("NOUN", "Animacy=Anim|Case=Gen", False, "percent", False),  # '23% граждан': a share of people
    ("NOUN", "Animacy=Anim|Case=Gen", False, "count", False),    # '12 жителей'
    ("NOUN", "Animacy=Inan|Case=Nom", False, "km", False),
    ("PROPN", "Animacy=Anim|Case=Nom", True, "percent", True),   # a person's name, whatever the figure
])
def test_the_words_the_rules_refuse(pos, morph, person, unit, refused):
    token = dict(pos=pos, morph=morph, person=person)
    assert metric_ranker.refused_by_the_rules(token, unit) is refused


def test_only_claims_no_rule_decided_are_filled(nlp, monkeypatch):
    monkeypatch.setattr(metric_ranker, "ENABLED", True)
    # the same figure, once open and once marked settled: only the open one is filled
    monkeypatch.setattr(metric_ranker, "load_model", lambda: {"threshold": 0.0, "weights": {"pos=NOUN": 5.0}})
    doc = nlp.make_doc("Выпущено продукции на 12 рублей.")
    doc = nlp(doc.text)
    figure = {"start": 22, "end": 31, "text": "12 рублей"}
    open_claim, settled_claim = dict(figure=figure, metric=None), dict(figure=figure, metric=None)
    metric_ranker.fill_empty_metrics(doc, [open_claim, settled_claim], [False, True])
    assert open_claim["metric"] is not None and settled_claim["metric"] is None


# --- training reads development sets only ----------------------------------------

@pytest.mark.parametrize("name, held_out", [
    ("factru-testset", True), ("fresh-ee", True), ("fresh-zz", True),
    ("factru-devset", False), ("fresh-ej", False), ("fresh-a", False), ("ud-gsd-dev", False),
])
def test_training_leaves_the_held_out_sets_alone(name, held_out):
    assert metric_ranker.is_blind(name) is held_out
