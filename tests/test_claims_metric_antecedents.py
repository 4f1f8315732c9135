"""Metrics read from the words around a figure rather than from a noun far
away: the noun a bound or an amount is set on, a frame that names the
amount itself, and never who says it.

Each test is an example of use on a sentence written for it.
"""
import pipeline.claims  # noqa: F401  registers the factory
from claims_helpers import claims_by_figure, metric_head, metric_heads


# --- a bound or an amount right after its noun ---------------------------------

def test_a_bound_is_set_on_the_noun_phrase_before_it(nlp):
    found = metric_heads(nlp, "Эксперты фонда считают план выполнимым лишь при цене на медь выше $9000 за тонну.")
    assert found["$9000"] == "цена"


def test_a_latin_grade_name_after_its_noun_stays_in_the_noun_phrase(nlp):
    found = metric_heads(nlp, "По нашим расчётам, при средней цене Urals в $25 доходы бюджета упадут.")
    assert found["$25"] == "цена"


def test_a_latin_grade_name_before_a_bound_stays_in_the_noun_phrase(nlp):
    found = metric_heads(nlp, "«При цене нефти Urals около 105 долларов за баррель рубль останется стабильным», — сказал он.")
    assert found["105 долларов"] == "цена"


def test_a_bound_after_an_object_measures_that_object(nlp):
    found = metric_heads(nlp, "Он сам утверждал каждый договор больше 300 тысяч рублей.")
    assert found["300 тысяч рублей"] == "договор"


def test_a_bound_after_a_place_still_measures_the_subject(nlp):
    found = metric_heads(nlp, "Доля мужчин в регионе выше 55%.")
    assert found["55%"] == "доля"


def test_an_amount_after_v_is_the_size_of_the_noun_before(nlp):
    found = metric_heads(nlp, "За месяц горожане собрали 3,1 млн рублей при цели в 2,5 млн.")
    assert found["2,5 млн"] == "цель"


# --- a frame far from its verb names the amount itself ---------------------------

def test_a_frame_across_a_clause_names_the_amount(nlp):
    found = metric_heads(nlp, "Кредит вернули за год, а весной фабрика получила заказ — 90 станков "
                              "для шахты в Кузбассе на сумму около 4,5 млн долларов.")
    assert found["4,5 млн долларов"] == "сумма"


# --- who speaks is a source -----------------------------------------------------

def test_the_subject_of_a_speech_verb_is_no_metric(nlp):
    found = metric_heads(nlp, "Аналитики банка считают сделку выгодной лишь выше 90 рублей за акцию.")
    assert found["90 рублей"] is None


# --- a count and its own noun -------------------------------------------------------

def test_a_number_word_agreeing_with_the_noun_after_counts_it(nlp):
    found = metric_heads(nlp, "В прошлом году товарооборот трёх стран составил $2,1 млрд.")
    assert found["трёх"] == "страна"


def test_a_count_in_the_instrumental_counts_its_noun_not_the_object(nlp):
    found = metric_heads(nlp, "Директор предложил погасить долг двумя траншами до конца мая.")
    assert found["двумя"] == "транш"


def test_a_quantity_noun_before_a_preposition_keeps_the_count(nlp):
    found = metric_heads(nlp, "Учёные общим количеством около восьмисот человек собрались в зале.")
    assert found["восьмисот"] == "количество"


def test_a_rate_per_year_is_not_what_a_fronted_genitive_count_counts(nlp):
    found = metric_heads(nlp, "Тогда на фабрике работали почти 3 тысячи человек, а станков выпускали до 9 тысяч в год.")
    assert found["9 тысяч"] == "станок"


def test_the_nearest_fronted_genitive_is_counted(nlp):
    found = metric_heads(nlp, "Тогда в цехах работали почти 5 тысяч человек, а моторов выпускали до 20 тысяч в год.")
    assert found["20 тысяч"] == "мотор"


# --- pronouns standing for the metric ----------------------------------------------

def test_a_count_before_iz_nikh_counts_the_whole_named_before(nlp):
    claims = claims_by_figure(nlp, "Служба с мая по июль отобрала 210 проб воды. В 35 из них содержание нитратов превышало норму.")
    assert metric_head(claims["35"]) == "проба"
    assert claims["35"]["direction"] is None


def test_a_relative_partitive_takes_the_noun_of_its_clause(nlp):
    found = metric_heads(nlp, "Выручка составила 2 млрд рублей, выпуск вырос до 4 200 станков, "
                              "из которых примерно четверть уходит за рубеж.")
    assert found["четверть"] == "станок"


def test_a_relative_subject_stands_for_its_noun(nlp):
    found = metric_heads(nlp, "«Пособие растёт медленнее, чем зарплаты, которые в этом году прибавили около 12%», "
                              "— считает экономист.")
    assert found["12%"] == "зарплата"


# --- figures after a colon restate the change before it ------------------------------

def test_figures_after_a_colon_measure_the_change_before_it(nlp):
    found = metric_heads(nlp, "Мастер обещал вернуть долг двумя платежами. Заявок на ремонт в этом году стало "
                              "на 20% меньше, чем в прошлом: 1 600 против 2 000.")
    assert found["1 600"] == "заявка"
    assert found["2 000"] == "заявка"


# --- direction of a comparison over time ---------------------------------------------

def test_more_by_after_become_is_an_increase_with_no_bound(nlp):
    claims = claims_by_figure(nlp, "Сейчас пособие получают 8 млн детей, а к концу года их станет больше на полмиллиона.")
    assert claims["полмиллиона"]["direction"] == "increase"
    assert claims["полмиллиона"]["bound"] is None


def test_more_than_by_keeps_its_bound(nlp):
    claims = claims_by_figure(nlp, "Цены выросли более чем на 10%.")
    assert claims["10%"]["bound"] == "more_than"


def test_a_change_noun_before_a_count_gives_its_direction(nlp):
    claims = claims_by_figure(nlp, "Ранее фабрика объявила о сокращении 150 рабочих мест до 1 марта.")
    assert claims["150"]["direction"] == "decrease"
    assert claims["150"]["trigger"]["text"] == "сокращении"


def test_a_count_inside_a_measure_phrase_counts_its_own_noun(nlp):
    found = metric_heads(nlp, "На долю трёх крупнейших бирж пришлось 60% оборота.")
    assert found["трёх"] == "биржа"


def test_a_counted_subject_of_a_verb_like_pisat_stays_the_metric(nlp):
    found = metric_heads(nlp, "Диктант писали 1 300 студентов.")
    assert found["1 300"] == "студент"


def test_a_compound_adjective_span_sizes_its_own_noun_with_no_far_change(nlp):
    claims = claims_by_figure(nlp, "Завод объявил о сокращении 200 рабочих мест и о переводе остальных на четырёхдневную неделю.")
    assert metric_head(claims["четырёхдневную"]) == "неделя"
    assert claims["четырёхдневную"]["direction"] is None


def test_a_partitive_pronoun_with_nothing_to_stand_for_names_nothing(nlp):
    text = "Фонд поддержал 80 семей.\n\nИз них 30% пришлось на сёла."
    assert claims_by_figure(nlp, text)["30%"]["metric"] is None
