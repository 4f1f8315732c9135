"""Figures and directions found wanting on three newer sets of news, as
examples of use: units of measure the tables lacked, an error margin, and
the earlier value of a quantity dated back from now.

Sentences written for these tests (not from any corpus).
"""
import pytest

import pipeline.claims  # noqa: F401  registers the factory
from claims_helpers import claims_by_figure


MEASURES = [
    # a troy ounce weighs gold and silver
    ("Рудник выпустил 210,5 тыс. унций серебра.", "210,5 тыс. унций", 210500.0),
    # astronomers weigh planets in masses of the Earth or of Jupiter
    ("Масса этой планеты — около 7 земных масс.", "7 земных масс", 7.0),
    ("Спутник звезды тяжелее в 3 раза: 2 массы Юпитера.", "2 массы Юпитера", 2.0),
    # astronomers measure distances in the solar system in astronomical units
    ("Комета подошла к Солнцу на 0,8 а. е.", "0,8 а. е.", 0.8),
    # builders' slang for square metres, in quotes
    ("За год сдали 640 тыс. «квадратов».", "640 тыс. «квадратов»", 640000.0),
]


@pytest.mark.parametrize("text, figure, value", MEASURES)
def test_a_unit_of_measure_makes_a_measure(nlp, text, figure, value):
    found = claims_by_figure(nlp, text)
    assert figure in found, list(found)
    assert (found[figure]["unit"], found[figure]["value"]) == ("other", value)


def test_an_hour_of_the_night_is_a_clock_time(nlp):
    assert claims_by_figure(nlp, "Кафе открыто до 2 ночи, а по пятницам с 8 утра.") == {}


def test_an_error_margin_is_no_figure_of_its_own(nlp):
    found = claims_by_figure(nlp, "Глубину озера оценили в 320 метров (±15).")
    assert list(found) == ["320 метров"]


EARLIER_VALUES = [
    # in brackets after a dash
    ("Доля онлайн-продаж выросла до 31% (год назад — 24%).", "24%"),
    # the parser may hang the figure on the period's noun
    ("Доля контрактников в войсках выросла до 41% (в 2013 году — 33%).", "33%"),
    # after 'а' and the past of быть
    ("Маржа упала до 6%, а год назад была 11%.", "11%"),
    # in a sentence of its own, with a pronoun
    ("Ставка по вкладам снизилась до 14,5%. Месяцем ранее она была 15,2%.", "15,2%"),
    # a period of six words, and the counted noun of the figure before the bracket
    ("Число погибших выросло до 187 человек (за тот же период 2015 года — 162).", "162"),
]


@pytest.mark.parametrize("text, figure", EARLIER_VALUES)
def test_an_earlier_value_is_stated_not_changed(nlp, text, figure):
    claim = claims_by_figure(nlp, text)[figure]
    assert (claim["direction"], claim["change"], claim["trigger"]) == (None, None, None)


EARLIER_LEVELS = [
    ("Больничная летальность составила 1,9% (годом ранее — 2,1%).", "2,1%"),
    ("Уровень безработицы составил 4,9% (в 2015 году — 5,1%).", "5,1%"),
]


@pytest.mark.parametrize("text, figure", EARLIER_LEVELS)
def test_an_earlier_value_after_sostavit_is_a_level_too(nlp, text, figure):
    # as with "составила 28,2% против 25,6%": the verb states both values
    claim = claims_by_figure(nlp, text)[figure]
    assert (claim["direction"], claim["change"], claim["trigger"]["lemma"]) == ("level", None, "составить")


RATES = [
    # a number with a fraction before a round base: one figure, base inside
    ("Смертность от пневмонии составила 12,3 случая на 100 тыс. жителей.",
     "12,3 случая на 100 тыс. жителей", 12.3),
    ("Уровень разводов вырос до 3,9 на 1 000 жителей.", "3,9 на 1 000 жителей", 3.9),
]


@pytest.mark.parametrize("text, figure, value", RATES)
def test_a_rate_is_one_figure_of_unit_other(nlp, text, figure, value):
    found = claims_by_figure(nlp, text)
    assert list(found) == [figure]
    assert (found[figure]["unit"], found[figure]["value"]) == ("other", value)


def test_a_fronted_base_before_prikhoditsya_is_no_claim(nlp):
    found = claims_by_figure(nlp, "На 100 выпускников в этом году пришлось 37 медалистов.")
    assert list(found) == ["37"]
    assert found["37"]["unit"] == "count"


def test_a_share_given_to_a_fronted_group_keeps_the_group(nlp):
    found = claims_by_figure(nlp, "На пять крупнейших банков приходится 60% активов.")
    assert set(found) == {"пять", "60%"}


def test_whole_and_half_counts_stay_counts(nlp):
    # tournament half-points are counted (NOTES.md), and a scale word makes a range whole
    found = claims_by_figure(nlp, "Лидер набрал 7,5 очка. Выпуск составит от 1,2 до 1,4 млн машин.")
    assert found["7,5"]["unit"] == "count"
    assert found["1,2 до 1,4 млн"]["unit"] == "count"


def test_a_place_after_na_is_no_base(nlp):
    found = claims_by_figure(nlp, "Работали 4 бригады на одном участке.")
    assert found["4"]["unit"] == "count"


def test_a_noun_with_no_singular_reading_is_counted_not_numbered(nlp):
    # the tagger may call 'супермаркетов' singular; no singular form is spelled so
    found = claims_by_figure(nlp, "Ритейлер откроет 140 супермаркетов «Улыбка Плюс».")
    assert found["140"]["unit"] == "count"


def test_an_ordinal_with_its_singular_noun_stays_out(nlp):
    assert claims_by_figure(nlp, "Кабинет находится на 5 этаже.") == {}


def test_a_quote_in_lower_case_is_speech_not_a_title(nlp):
    found = claims_by_figure(nlp, "Вратарь сказал, что пропустил «от силы три простых мяча».")
    assert found["три"]["bound"] == "at_most"


def test_a_title_in_quotes_still_holds_no_claim(nlp):
    assert claims_by_figure(nlp, "Вчера показали фильм «Три тополя на Плющихе».") == {}


def test_a_part_after_iz_nikh_takes_the_unit_of_its_whole(nlp):
    found = claims_by_figure(nlp, "Засеяли 640 тыс. га, из них 150 тыс. — под пшеницу.")
    assert found["150 тыс."]["unit"] == "ha"


def test_half_a_million_takes_the_paragraph_currency(nlp):
    found = claims_by_figure(nlp, "Врачам дадут по 2 млн рублей (полмиллиона — из бюджета области).")
    assert found["полмиллиона"]["unit"] == "rub"


def test_a_percent_below_a_named_standard_is_a_decrease(nlp):
    # 'ниже' cannot count a genitive, so 'лимита' is what the figure is set against
    claim = claims_by_figure(nlp, "Расходы составят 40 млн рублей, что на 15% ниже лимита министерства.")["15%"]
    assert claim["direction"] == "decrease"


def test_a_comparative_with_the_year_before_is_still_a_change(nlp):
    claim = claims_by_figure(nlp, "Тарифы стали на 8% выше прошлогодних.")["8%"]
    assert claim["direction"] == "increase"


@pytest.mark.parametrize("text", [
    "Стоимость одного квадратного метра выросла до 95 тыс. рублей.",
    "Цена одного литра бензина — 62 рубля.",
])
def test_the_one_unit_a_price_is_for_is_no_claim(nlp, text):
    assert all(claim["value"] != 1 for claim in claims_by_figure(nlp, text).values())


def test_a_bare_number_with_a_fraction_is_a_measure(nlp):
    found = claims_by_figure(nlp, "В прошлом году индекс был 1,8, а в этом году он не превышает 1,4.")
    assert {figure: claim["unit"] for figure, claim in found.items()} == {"1,8": "other", "1,4": "other"}


def test_points_in_halves_stay_counts_when_bare(nlp):
    found = claims_by_figure(nlp, "Больше всего очков у китаянки — 7,5.")
    assert found["7,5"]["unit"] == "count"


def test_a_plan_compared_with_the_current_year_is_a_change(nlp):
    text = "На 2027 год в бюджет заложено 90 млн рублей — на 12% больше, чем в текущем."
    assert claims_by_figure(nlp, text)["12%"]["direction"] == "increase"


def test_the_target_in_brackets_after_a_signed_change_moved_with_it(nlp):
    text = "Цены на рынке за неделю:\n- яблоки +3,1% (до 140 руб. за кг)"
    claim = claims_by_figure(nlp, text)["140 руб."]
    assert (claim["direction"], claim["change"], claim["bound"]) == ("increase", "to", None)


def test_a_comparative_before_the_dash_is_its_own_predicate(nlp):
    text = "В столице доля электромобилей достигла 12%, в регионах она ниже — 3%."
    assert claims_by_figure(nlp, text)["3%"]["direction"] is None


def test_an_adjective_with_bolee_still_leaves_the_verb_out(nlp):
    text = "Выручка составила 8 млрд рублей, а более важная прибыль — 2 млрд рублей."
    assert claims_by_figure(nlp, text)["2 млрд рублей"]["direction"] == "level"


def test_a_change_noun_is_the_subject_of_an_amount_frame(nlp):
    text = "В следующем году рост зарплат будет в диапазоне 6–8%."
    assert claims_by_figure(nlp, text)["6–8%"]["direction"] == "increase"


def test_a_level_noun_in_an_amount_frame_has_no_direction(nlp):
    assert claims_by_figure(nlp, "Ставки будут в диапазоне 6–8%.")["6–8%"]["direction"] is None


def test_a_duration_framing_a_count_is_its_period(nlp):
    found = claims_by_figure(nlp, "Врачи в течение трёх лет обследовали 1 500 добровольцев.")
    assert list(found) == ["1 500"]


def test_a_duration_of_what_a_counted_subject_does_stays(nlp):
    found = claims_by_figure(nlp, "Три семьи в течение 20 лет живут в аварийном доме.")
    assert "20 лет" in found


def test_half_a_year_is_a_figure_with_its_unit(nlp):
    found = claims_by_figure(nlp, "Жители терпели полгода перебоев с водой.")
    assert (found["полгода"]["value"], found["полгода"]["unit"]) == (0.5, "year")


def test_half_an_hour_after_cherez_is_a_relative_time(nlp):
    assert claims_by_figure(nlp, "Через полчаса после взлёта самолёт вернулся.") == {}
