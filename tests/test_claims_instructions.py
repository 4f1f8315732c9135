"""Instructions: recipes, doses, training plans, DIY and gardening steps.
Kitchen and dose measures are measures (unit other), a span of time in a
step measures the step's imperative, a heading's number and a young
animal's age are no claims. Every sentence here is written for these
tests, not taken from a corpus."""
import pytest

import pipeline.claims  # noqa: F401  registers the factory

from claims_helpers import claims_by_figure, figures_of, metric_heads


# --- kitchen and dose measures: unit other, the measure word inside the figure --

@pytest.mark.parametrize("text, figure, value, head", [
    ("Для соуса понадобится 2 ст. л. томатной пасты.", "2 ст. л.", 2.0, "паста"),
    ("Возьмите три яйца и 1 стакан сахара.", "1 стакан", 1.0, "сахар"),
    ("Добавьте половину чайной ложки соды.", "половину чайной ложки", 0.5, "сода"),
    ("Всыпьте две столовые ложки муки.", "две столовые ложки", 2.0, "мука"),
])
def test_a_kitchen_measure_is_a_measure_of_what_follows_it(nlp, text, figure, value, head):
    claim = claims_by_figure(nlp, text)[figure]
    assert (claim["unit"], claim["value"], claim["metric"]["head"]) == ("other", value, head)


@pytest.mark.parametrize("text, figure", [
    ("Взрослым хватит 1000 МЕ витамина в сутки.", "1000 МЕ"),
    ("На пробежке пульс держите в пределах 120–140 ударов в минуту.", "120–140 ударов в минуту"),
])
def test_dose_units_and_a_pulse_are_measures(nlp, text, figure):
    assert figures_of(nlp, text)[figure] == "other"


def test_blows_alone_are_still_counted(nlp):
    assert figures_of(nlp, "Нападавший нанёс 15 ударов ножом.")["15"] == "count"


# --- a span of time in a step: the imperative names the step -------------------

@pytest.mark.parametrize("text, figure, head", [
    ("Залейте мясо водой и варите на слабом огне около 1,5 часа.", "1,5 часа", "варить"),
    ("Морковь и лук обжарьте 5–7 мин, добавьте пасту.", "5–7 мин", "обжарить"),
    ("Залейте тестом и выпекайте при температуре 180 °C 35–40 минут.", "35–40 минут", "выпекать"),
    ("Бегите по 8 минут с перерывом на ходьбу.", "8 минут", "бежать"),
    ("Проветривайте комнату 2–3 дня, прежде чем возвращать мебель.", "2–3 дня", "проветривать"),
    ("Грядку поливайте каждые 2–3 дня.", "2–3 дня", "поливать"),
])
def test_a_span_in_a_step_measures_its_imperative(nlp, text, figure, head):
    assert metric_heads(nlp, text)[figure] == head


@pytest.mark.parametrize("text, figure, head", [
    # a genitive after the span names what lasts
    ("Чередуйте 1 минуту бега и 2 минуты ходьбы.", "1 минуту", "бег"),
    # so much of the work per week: the noun, as without an imperative
    ("Попробуй найди работу меньше 40 часов в неделю.", "40 часов", "работа"),
])
def test_a_span_in_a_step_keeps_a_noun_that_names_it(nlp, text, figure, head):
    assert metric_heads(nlp, text)[figure] == head


def test_a_span_told_to_someone_is_no_step(nlp):
    assert metric_heads(nlp, "Вы проводите в пробках 3 часа в день.").get("3 часа") != "проводить"


# --- no claims: a heading's number, a young animal's age ---------------------------

@pytest.mark.parametrize("text, figure", [
    ("План на два месяца.\n\nНедели 1–2. Чередуйте бег и ходьбу.", "1–2"),
    ("Как покрасить стены.\n\nНеделя 3: увеличьте нагрузку.", "3"),
])
def test_the_number_of_a_heading_is_no_claim(nlp, text, figure):
    assert figure not in figures_of(nlp, text)


def test_a_genitive_line_opener_still_counts(nlp):
    assert figures_of(nlp, "Итоги дня.\n\nПогибших 12. Раненых 30.")["12"] == "count"


@pytest.mark.parametrize("text, figure", [
    ("«Котёнку 2 месяца. Когда делать прививки?»", "2 месяца"),
    ("Щенкам до 6 месяцев хватит коротких прогулок.", "6 месяцев"),
])
def test_a_young_animals_age_is_no_claim(nlp, text, figure):
    assert figure not in figures_of(nlp, text)


def test_months_given_to_someone_are_a_term(nlp):
    assert "7 месяцев" in figures_of(nlp, "Суд назначил Ларину 7 месяцев лишения свободы.")


def test_half_an_hour_in_the_genitive_is_a_span(nlp):
    heads = metric_heads(nlp, "Варите ещё 15 минут, затем дайте щам настояться не менее получаса.")
    assert heads["получаса"] == "настояться"
    assert figures_of(nlp, "Дайте тесту постоять не менее получаса.")["получаса"] == "hour"
