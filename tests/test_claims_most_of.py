"""A superlative lead-in ('Больше всего X', 'Меньше всего X') names the
quantity, and a figure after a dash, bracket or colon gives its largest or
smallest part: the noun after the lead-in is that figure's metric.

Each test is an example of use on a sentence written for it.
"""
import pipeline.claims  # noqa: F401  registers the factory
from claims_helpers import claims_by_figure, metric_heads


def test_a_figure_after_the_dash_measures_the_noun_of_the_lead_in(nlp):
    text = "Больше всего жалоб жители прислали из Северного округа — около 40%."
    assert metric_heads(nlp, text)["40%"] == "жалоба"


def test_the_metric_span_leaves_the_lead_in_out(nlp):
    text = "Больше всего жалоб жители прислали из Северного округа — около 40%."
    assert claims_by_figure(nlp, text)["40%"]["metric"]["text"] == "жалоб"


def test_shares_in_brackets_all_measure_the_noun_of_the_lead_in(nlp):
    text = "Больше всего туристов — из Казани (почти 30%) и Самары (примерно треть)."
    heads = metric_heads(nlp, text)
    assert heads["30%"] == "турист"
    assert heads["треть"] == "турист"


def test_a_list_of_counts_after_dashes_keeps_the_noun_of_the_lead_in(nlp):
    text = "Больше всего привитых в Омске — 12 400 человек, в Таре — 1 830, в Исилькуле — 950."
    heads = metric_heads(nlp, text)
    assert heads["12 400"] == heads["1 830"] == heads["950"] == "привить"


def test_a_figure_in_brackets_after_the_verb(nlp):
    text = "Меньше всего осадков за лето выпало в Кызыле (42 мм)."
    assert metric_heads(nlp, text)["42 мм"] == "осадок"


def test_a_clause_with_its_own_verb_after_the_dash_is_left_alone(nlp):
    text = ("Больше всего голосов мэр набрал в Заречье — 64%, меньше всего — "
            "в центре, где за него проголосовали 8 тысяч человек.")
    heads = metric_heads(nlp, text)
    assert heads["64%"] == "голос"
    assert heads["8 тысяч"] == "человек"


def test_a_lead_in_without_a_genitive_noun_changes_nothing(nlp):
    text = "Чаще всего горожане спрашивают о тарифах: им посвящено около 55% звонков."
    assert metric_heads(nlp, text)["55%"] == "звонок"


def test_a_comparative_lead_in_before_a_nominative_noun_and_its_place_names_the_quantity(nlp):
    text = "Меньше всего зарплата в Ивановской области: 48,6 тыс. рублей."
    assert metric_heads(nlp, text)["48,6 тыс. рублей"] == "зарплата"


def test_an_adverb_between_the_comparative_lead_in_and_its_noun_is_stepped_over(nlp):
    text = "Дороже всего по-прежнему жильё в Нагорном районе: от 95 до 140 тысяч рублей за «квадрат»."
    assert metric_heads(nlp, text)["95 до 140 тысяч рублей"] == "жильё"

