"""Sport results and the units of science and engineering news, one class per
test. Every sentence here is written for these tests, not taken from a corpus."""
import pytest

import pipeline.claims  # noqa: F401  registers the factory

from claims_helpers import claims_by_figure, figures_of, metric_heads


# --- an event's distance is part of its name ----------------------------------

@pytest.mark.parametrize("text, distance", [
    ("Сборная выиграла эстафету 4 × 100 м на чемпионате страны.", "100 м"),
    ("Пловчиха победила в заплывах на 200 и 800 метров.", "800 метров"),
    ("Гребец стал вторым в финале гонки каноэ-одиночек на 1000 метров.", "1000 метров"),
    ("Юниор выиграл забег на 10 км в Казани.", "10 км"),
])
def test_the_distance_of_an_event_is_no_claim(nlp, text, distance):
    assert distance not in figures_of(nlp, text)


def test_the_speed_an_acceleration_ends_at_names_the_test(nlp):
    # the time is the claim, measured in the test the speed names
    figures = figures_of(nlp, "Кроссовер набирает ход медленно: разгон до 100 км/ч занимает 11,2 секунды.")
    assert "100 км/ч" not in figures
    assert "11,2 секунды" in figures


def test_a_speed_limit_after_do_stays_a_claim(nlp):
    assert "90 км/ч" in figures_of(nlp, "На трассе подняли ограничение скорости до 90 км/ч.")


def test_dimensions_with_a_product_sign_stay_a_claim(nlp):
    assert "6 м" in figures_of(nlp, "Склад 4 × 6 м сдали в аренду.")


# --- the result after an event measures the event -----------------------------

def test_results_after_a_dash_take_each_their_event(nlp):
    heads = metric_heads(nlp, "Итоги дня: в беге на 60 м — 7,02 с, в прыжке в длину — 6,95 м, "
                              "в толкании ядра — 14,10 м.")
    assert heads["7,02 с"] == "бег"
    assert heads["6,95 м"] == "прыжок"
    assert heads["14,10 м"] == "толкание"
    assert "60 м" not in heads


def test_a_result_before_its_event_and_a_throw_take_the_event_and_the_implement(nlp):
    heads = metric_heads(nlp, "Она показала 13,45 с в барьерном беге и метнула копьё на 51,2 м.")
    assert heads["13,45 с"] == "бег"
    assert heads["51,2 м"] == "копьё"


def test_a_race_time_in_minutes_and_seconds_is_one_figure(nlp):
    claims = claims_by_figure(nlp, "В последнем беге на 1500 м (4 мин 40,5 с) он набрал 700 очков.")
    claim = claims["4 мин 40,5 с"]
    assert claim["value"] == pytest.approx(280.5)
    assert claim["unit"] == "other"
    assert "1500 м" not in claims


# --- units of science and engineering -------------------------------------------

@pytest.mark.parametrize("text, figure", [
    ("Сплав становится сверхпроводником ниже 4,2 К при нормальном давлении.", "4,2 К"),
    ("Удельное сопротивление проволоки — около 1,1 мкОм·м.", "1,1 мкОм·м"),
    ("Среднее содержание золота в руде составляет 3 г/т.", "3 г/т"),
    ("Новый накопитель вмещает до 4 Тбайт.", "4 Тбайт"),
    ("Разгон до сотни занимает 12 с.", "12 с"),
    ("Фабрика выпускает 40 млн погонных метров ткани в год.", "40 млн погонных метров"),
])
def test_a_scientific_unit_stays_with_its_figure(nlp, text, figure):
    units = figures_of(nlp, text)
    assert figure in units
    assert units[figure] in ("other", "m")


def test_a_rate_of_grams_after_v_is_no_year(nlp):
    assert "20 г/т" in figures_of(nlp, "Содержание металла оценивается в 20 г/т.")


@pytest.mark.parametrize("text, figure", [
    ("Он выиграл 3 с половиной миллиона рублей.", "3 с половиной миллиона рублей"),
    ("Цены на жильё вырастут на 5% к 2030 году.", "5%"),
])
def test_prepositions_after_a_number_are_no_unit(nlp, text, figure):
    assert figure in figures_of(nlp, text)


def test_a_lasting_verb_takes_the_subject_of_its_own_clause(nlp):
    heads = metric_heads(nlp, "Максимальная скорость — 180 км/ч, разгон до сотни занимает 11 с.")
    assert heads["11 с"] == "разгон"
