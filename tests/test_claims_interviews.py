"""Interviews in question-and-answer form and reports built on long direct
quotes, one class per test. Every sentence here is written for these tests,
not taken from a corpus."""
import pytest

import pipeline.claims  # noqa: F401  registers the factory

from claims_helpers import metric_heads


# --- an answer that gives only the number measures what the question asked ----

@pytest.mark.parametrize("text, figure, head", [
    # a question with no verb: 'Каков ...?' and the bare noun after 'А'
    ("— Каков сейчас кредитный портфель банка?\n— 85 млрд рублей.", "85 млрд рублей", "портфель"),
    ("— Выручка выросла?\n— Да.\n— А чистая прибыль?\n— Около 900 млн рублей.", "900 млн рублей", "прибыль"),
    # a copula whose subject hangs on the question word
    ("— Анна Сергеевна, какой будет инфляция в регионе в этом году?\n— Порядка 7%.", "7%", "инфляция"),
])
def test_a_verbless_answer_measures_the_subject_of_the_question(nlp, text, figure, head):
    assert metric_heads(nlp, text)[figure] == head


def test_a_bare_count_answering_how_many_counts_the_noun_asked_about(nlp):
    text = "— Сколько туристов принимает курорт за сезон?\n— В хороший год — около 40 тысяч."
    assert metric_heads(nlp, text)["40 тысяч"] == "турист"


def test_a_pronoun_in_the_answer_stands_for_the_noun_asked_about(nlp):
    text = "— А внешний долг?\n— К лету он сократился до 4,2 млрд рублей."
    assert metric_heads(nlp, text)["4,2 млрд рублей"] == "долг"


# --- a bare value stated by a form of быть is the same quantity at another time ---

@pytest.mark.parametrize("text, figure, head", [
    ("Выручка сети за полугодие составила 3,1 млрд рублей. В прошлом году было 2,6 млрд.",
     "2,6 млрд", "выручка"),
    ("В приютах сейчас 640 собак, весной было 810.", "810", "собака"),
    ("Безработица опустилась до 4,1%, а годом ранее было 5,3%.", "5,3%", "безработица"),
])
def test_a_bare_value_after_a_copula_measures_what_the_figure_before_measures(nlp, text, figure, head):
    assert metric_heads(nlp, text)[figure] == head


def test_a_value_after_a_copula_keeps_the_noun_it_names(nlp):
    heads = metric_heads(nlp, "В приютах сейчас 640 собак, весной было 90 кошек.")
    assert heads["90"] == "кошка"


# --- 'Это N% от ...' restates the figure before as a share of a base ---------

@pytest.mark.parametrize("text, figures", [
    ("Муниципальный долг на 1 июля составил 2,8 млрд рублей. Это 41% от налоговых доходов.", ["41%"]),
    ("Средняя пенсия в районе достигла 19 400 рублей, в городе — 21 тыс. Это 96% и 104% от средней "
     "по стране.", ["96%", "104%"]),
])
def test_a_share_of_a_base_after_this_measures_the_figure_before(nlp, text, figures):
    heads = metric_heads(nlp, text)
    assert [heads[figure] for figure in figures] == [heads[next(iter(heads))]] * len(figures)


def test_a_share_of_a_whole_after_this_measures_that_whole(nlp):
    heads = metric_heads(nlp, "Подсолнечник посеяли на 40 тыс. га. Это около 12% всех посевов.")
    assert heads["12%"] == "посев"
