"""Verbless, telegraphic clauses of weather columns and readers' text, where a
noun names the figure after it with no verb: 'Ветер южный, 4–6 м/с', and a
forecast's later days that give only the time of day ('Вторник: днём +4 °C')
and go on with the quantity the first day named.

Each test is an example of use on a sentence written for it.
"""
import pipeline.claims  # noqa: F401  registers the factory
from claims_helpers import claims_by_figure, metric_heads


def test_a_noun_and_its_adjective_before_a_comma_name_the_figure(nlp):
    text = "Температура воздуха днём +3 °C, ночью −5 °C. Ветер северный, 5–7 м/с."
    assert metric_heads(nlp, text)["5–7 м/с"] == "ветер"


def test_the_noun_described_after_a_clause_with_its_own_verb(nlp):
    text = "Снега выпадет немного, до 3 мм, ветер восточный, 2–4 м/с."
    assert metric_heads(nlp, text)["2–4 м/с"] == "ветер"


def test_a_difference_said_to_be_small_is_the_sum_after_the_comma(nlp):
    text = "«Для покупателя разница небольшая, 200–400 рублей за поездку.»"
    assert metric_heads(nlp, text)["200–400 рублей"] == "разница"


def test_a_count_after_a_described_noun_counts_its_own_noun(nlp):
    text = "Команда молодая, 12 игроков младше 23 лет."
    claim = claims_by_figure(nlp, text)["12"]
    assert claim["metric"] is None or claim["metric"]["head"] != "команда"


def test_a_time_of_day_is_never_what_a_figure_measures(nlp):
    text = "Днём +5 °C, ночью −2 °C."
    for figure in ("+5 °C", "−2 °C"):
        claim = claims_by_figure(nlp, text)[figure]
        assert claim["metric"] is None or claim["metric"]["head"] not in ("день", "ночь")


def test_a_later_day_of_a_forecast_goes_on_with_the_temperature(nlp):
    text = ("Понедельник. Температура воздуха днём +1 °C, ночью −6 °C. Ветер южный, 4–6 м/с.\n\n"
            "Вторник: днём +4 °C, ночью −2 °C. Ветер западный, 6–8 м/с.")
    heads = metric_heads(nlp, text)
    assert heads["+4 °C"] == "температура"
    assert heads["−2 °C"] == "температура"
    assert heads["6–8 м/с"] == "ветер"


def test_a_day_heading_its_line_before_a_colon_names_nothing(nlp):
    text = ("Температура воздуха днём +2 °C, ночью −4 °C.\n\n"
            "Среда: облачно, днём до +7 °C. Вероятность дождя — 60%.")
    heads = metric_heads(nlp, text)
    assert heads["+7 °C"] == "температура"
    assert heads["60%"] == "вероятность"


def test_a_weekday_after_its_preposition_says_when(nlp):
    text = "Высота снежного покрова за неделю уменьшится вдвое и в воскресенье составит 12 см."
    assert metric_heads(nlp, text)["12 см"] == "высота"


def test_media_in_the_plural_are_no_wednesdays(nlp):
    text = "Свет преломляется на границе раздела двух сред."
    assert metric_heads(nlp, text)["двух"] == "среда"
