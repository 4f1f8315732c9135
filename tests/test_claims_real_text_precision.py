"""False alarms and misses found on real text (UD sentences, factRuEval
news): room numbers, an age named after a dash, an index's level after a
number ending in one, and ratings set in brackets beside names.

Each test is an example of use on a sentence written for it.
"""
import pipeline.claims  # noqa: F401  registers the factory
from claims_helpers import figures_of


# --- rooms and buildings named by a number -----------------------------------

def test_a_room_or_building_number_is_no_claim(nlp):
    assert figures_of(nlp, "Консультация пройдёт в корпусе 4, аудитория 218.") == {}
    assert figures_of(nlp, "Экзамен сдают в аудитории 7 нового здания.") == {}
    assert figures_of(nlp, "Вещи сложили в комнате 15.") == {}


def test_a_room_word_before_a_count_or_an_audience_keeps_the_claim(nlp):
    assert figures_of(nlp, "В комнате 12 человек.") == {"12": "count"}
    assert figures_of(nlp, "Аудитория канала 250 тысяч человек.") == {"250 тысяч": "count"}


# --- an age that a dash names --------------------------------------------------

def test_a_number_a_dash_names_an_age_is_no_claim(nlp):
    assert figures_of(nlp, "• 16 — возраст самого юного участника слёта.") == {}


def test_an_average_age_after_a_dash_stays_a_claim(nlp):
    assert figures_of(nlp, "• 41 — средний возраст водителей автобусов.") == {"41": "count"}


# --- an index's level after a number ending in one -----------------------------

def test_an_index_level_ending_in_one_is_a_figure(nlp):
    figures = figures_of(nlp, "Индекс деловой активности поднялся с 44 до 51 пункта.")
    # an index's points are inside its figure (test_claims_units_from_context.py)
    assert figures == {"51 пункта": "other"}


def test_a_class_after_a_range_stays_an_ordinal(nlp):
    assert figures_of(nlp, "Новые учебники получат ученики с 5 до 7 класса.") == {}


# --- ratings in brackets beside names, paragraphs after the rating was named ---

def test_ratings_in_brackets_keep_the_measure_of_an_earlier_paragraph(nlp):
    report = ("Самый высокий рейтинг был у Ивана Петрова — 2715. Из наших играли Олег Сидоров (2630) "
              "и Пётр Белов (2604).\n\nВ женском турнире выступали Анна Котова (2452) и Мария Лисина (2388).")
    assert figures_of(nlp, report)["2452"] == "other"
    assert figures_of(nlp, report)["2388"] == "other"


def test_a_number_in_brackets_after_a_name_needs_a_measure_named_before(nlp):
    assert figures_of(nlp, "Он навестил Казань (2019).\n\nТам живёт Иван Петров (2000).") == {}


# --- rounds played so far, and units and formats named by a number -------------

def test_rounds_after_posle_before_a_score_say_when_and_count_nothing(nlp):
    assert figures_of(nlp, "Счёт после четырёх партий 3:1.") == {}


def test_rounds_after_posle_with_no_score_are_counted(nlp):
    # the gold of five sets to one counts the rounds a standing is given after
    found = figures_of(nlp, "После 54 игр команда набрала 71 очко и поднялась на третье место.")
    assert found == {"54": "count", "71": "count"}


def test_rounds_played_as_an_object_are_counted(nlp):
    assert figures_of(nlp, "Клуб провёл 18 матчей.") == {"18": "count"}


def test_a_number_naming_a_military_unit_is_no_claim(nlp):
    assert figures_of(nlp, "Бойцы батальона 208 вернулись на базу.") == {}
    assert figures_of(nlp, "В батальоне 400 человек.") == {"400": "count"}


def test_a_format_named_by_a_number_before_a_preposition_is_no_claim(nlp):
    assert figures_of(nlp, "Новый матч-турнир восьми за титул пройдёт осенью.") == {}
    assert figures_of(nlp, "Жизнь четверых в опасности.") == {"четверых": "count"}


def test_a_number_word_before_a_participle_and_its_noun_counts(nlp):
    # a participle describes the counted noun; a verb after the number would end the phrase
    assert figures_of(nlp, "Бывший директор двух управляющих компаний задержан.") == {"двух": "count"}


# --- one unit a question asks the price of ---------------------------------------

def test_one_unit_a_question_prices_is_no_claim(nlp):
    assert figures_of(nlp, "Сколько стоит обслуживание одного километра трассы летом?") == {}


def test_one_unit_done_is_still_a_measure(nlp):
    assert figures_of(nlp, "За сутки бригада отремонтировала один километр трассы.") == {"один километр": "km"}


# --- a revision of a standard named by its speed --------------------------------

def test_a_measure_after_a_standard_acronym_names_the_standard(nlp):
    assert figures_of(nlp, "Плата поддерживает до 4 шин SATA 6 Гбит/с.") == {"4": "count"}


def test_a_speed_of_its_own_stays_a_measure(nlp):
    assert figures_of(nlp, "Скорость передачи достигает 6 Гбит/с.") == {"6 Гбит/с": "other"}
