"""Figures whose metric stands elsewhere in the text: a list's heading, the
item before, the sentence before (CLAIMS.md, ellipsis and lists)."""
import pytest

import pipeline.claims  # noqa: F401  registers the factory
from claims_helpers import claims_by_figure, metric_head


# A heading with no verb whose head is a quantity noun names what each item measures.
PRICE_HEADING = (
    "Стоимость аренды по городам (офисы, март):\n"
    "— Тверь — 1,4 тыс. руб./кв. м (+2,5%);\n"
    "— Псков — 1,1 тыс. (−0,7%);\n"
)
SIGNED_ITEMS = (
    "Цены на овощи в Липецке:\n"
    "- морковь +4,1% (до 63 руб. за кг)\n"
    "- свёкла — 38 руб. за кг\n"
)


@pytest.mark.parametrize("text, figure", [
    (PRICE_HEADING, "1,4 тыс. руб."), (PRICE_HEADING, "2,5%"),
    (PRICE_HEADING, "1,1 тыс."), (PRICE_HEADING, "0,7%"),
])
def test_items_under_a_verbless_heading_measure_the_heading(nlp, text, figure):
    assert metric_head(claims_by_figure(nlp, text)[figure]) == "стоимость"


@pytest.mark.parametrize("figure", ["4,1%", "63 руб.", "38 руб."])
def test_an_item_with_a_typed_sign_is_labelled_by_its_first_words(nlp, figure):
    claim = claims_by_figure(nlp, SIGNED_ITEMS)[figure]
    assert metric_head(claim) == "цена"


def test_a_heading_that_gathers_measures_leaves_items_their_labels(nlp):
    text = ("Компания «Северный ветер» отчиталась о работе в первом полугодии.\n\n"
            "Главные показатели полугодия:\n"
            "— выручка — 12,4 млрд рублей;\n"
            "— чистая прибыль — 1,9 млрд рублей.\n")
    claims = claims_by_figure(nlp, text)
    assert metric_head(claims["12,4 млрд рублей"]) == "выручка"
    assert metric_head(claims["1,9 млрд рублей"]) == "прибыль"


def test_a_price_verb_in_an_item_keeps_the_heading_as_metric(nlp):
    text = ("Обзор рынка за октябрь.\n\n"
            "Цены на фрукты, сводка минсельхоза:\n"
            "- яблоки +1,8%\n"
            "- груши подешевели на 2,2%\n"
            "- виноград подорожал сильнее всего — на 6,4%\n")
    claims = claims_by_figure(nlp, text)
    for figure in ("1,8%", "2,2%", "6,4%"):
        assert metric_head(claims[figure]) == "цена", figure


def test_another_verb_in_an_item_keeps_its_own_metric(nlp):
    text = ("Стоимость услуг связи:\n"
            "— мобильная связь — 540 руб. в месяц;\n"
            "— число абонентов выросло на 4%.\n")
    assert metric_head(claims_by_figure(nlp, text)["4%"]) == "число"


def test_a_bare_copula_gives_an_earlier_value_of_the_measure_before(nlp):
    text = "Безработица в области в мае — 2,4%. Годом ранее было 3,1%."
    assert metric_head(claims_by_figure(nlp, text)["3,1%"]) == "безработица"


def test_a_share_falling_to_a_pronoun_measures_the_whole_named_after_it(nlp):
    text = "Лучше всего продаются недорогие смартфоны: на них пришлось 37% выручки магазина."
    assert metric_head(claims_by_figure(nlp, text)["37%"]) == "выручка"


def test_a_share_with_from_it_before_a_dash_measures_the_whole(nlp):
    text = "Выручка сети выросла до 80 млрд рублей. Около 40% из неё — продажи продуктов, остальное дают бытовые товары."
    assert metric_head(claims_by_figure(nlp, text)["40%"]) == "выручка"


def test_a_count_with_from_them_before_a_dash_keeps_counting_people(nlp):
    text = "Задержаны пятеро подозреваемых, трое из них — жители области."
    assert metric_head(claims_by_figure(nlp, text)["трое"]) != "житель"


def test_an_earlier_value_in_brackets_measures_what_the_figure_before_does(nlp):
    text = "Первое место занимает «Ромашка» с долей 31% (годом ранее — 28%), второе — «Василёк» (12%)."
    claims = claims_by_figure(nlp, text)
    assert metric_head(claims["28%"]) == "доля"
    assert metric_head(claims["12%"]) == "доля"


def test_the_interviewers_label_is_not_the_subject_of_a_question(nlp):
    text = ("«Вестник»: Что с ценами на жильё?\n"
            "«Вестник»: Квартиры в центре за год подорожали на 12%. Это надолго?\n")
    assert metric_head(claims_by_figure(nlp, text)["12%"]) == "квартира"


def test_a_remnant_subject_after_a_dash_keeps_the_counted_noun(nlp):
    text = "Летом городские автобусы перевезли 4,2 млн пассажиров, а трамваи — 1,3 млн."
    claim = claims_by_figure(nlp, text)["1,3 млн"]
    assert metric_head(claim) == "пассажир"


def test_a_remnant_after_a_level_verb_names_its_own_measure(nlp):
    text = "Выручка компании составила 4,7 млрд рублей, чистая прибыль — 0,9 млрд рублей."
    assert metric_head(claims_by_figure(nlp, text)["0,9 млрд рублей"]) == "прибыль"


def test_a_noun_before_a_colon_names_what_the_sentence_measures(nlp):
    text = "Ипотека: семьи в среднем берут 4,2 млн рублей, молодые специалисты — по 3,1 млн."
    claims = claims_by_figure(nlp, text)
    assert metric_head(claims["3,1 млн"]) == "ипотека"


def test_a_metric_is_never_taken_from_the_next_list_line(nlp):
    text = ("По культурам:\n"
            "– рожь: 41,3 тыс. га, 96 тыс. т;\n"
            "– гречиха: 12,8 тыс. га, 15 тыс. т.\n")
    claim = claims_by_figure(nlp, text)["41,3 тыс. га"]
    assert metric_head(claim) != "гречиха"


def test_a_noun_right_before_a_figure_labels_it_in_a_list_line(nlp):
    text = ("Итоги по хозяйствам:\n"
            "– «Заря»: посеяно 3,2 тыс. га, урожайность 28,4 ц/га;\n"
            "– «Рассвет»: 2,7 тыс. га, 25,1 ц/га.\n")
    claims = claims_by_figure(nlp, text)
    assert metric_head(claims["28,4 ц/га"]) == "урожайность"
    assert metric_head(claims["25,1 ц/га"]) == "урожайность"


def test_a_signed_percent_in_brackets_after_a_long_unit_takes_the_figures_metric(nlp):
    text = "Выпуск стали составил 2,4 млн тонн проката в месяц (+1,7% год к году)."
    assert metric_head(claims_by_figure(nlp, text)["1,7%"]) == "выпуск"


def test_a_target_after_a_dash_ends_the_change_before_it(nlp):
    text = ("«Мы удержали расходы на рекламу на уровне 2 млрд рублей и снизили "
            "кредитный портфель на 6% за полгода — до 75 млрд рублей», — сказал директор.")
    claim = claims_by_figure(nlp, text)["75 млрд рублей"]
    assert metric_head(claim) == "портфель"
    assert claim["direction"] == "decrease"


def test_what_as_the_subject_of_a_level_verb_refers_to_the_figure_before(nlp):
    text = "Картофель выкопан на площади 18,2 тыс. га, что составляет 64% от плана."
    assert metric_head(claims_by_figure(nlp, text)["64%"]) == "площадь"


def test_a_metric_is_never_taken_from_the_next_sentence(nlp):
    text = "Мы хотим довести число подписчиков до 2 млн. Сейчас их 1 млн 350 тыс. Новых тарифов введём не больше трёх."
    assert metric_head(claims_by_figure(nlp, text)["1 млн 350 тыс."]) != "тариф"


def test_a_verbless_clause_opening_with_a_plural_genitive_counts_that_noun(nlp):
    text = ("Число школ в районе выросло до 48. "
            "Учеников начальных классов, по данным управления, уже около 9 тыс., и многие учатся в две смены.")
    assert metric_head(claims_by_figure(nlp, text)["9 тыс."]) == "ученик"


def test_a_fraction_naming_no_group_is_a_share_of_the_count_before(nlp):
    text = "В библиотеку записались 1 200 школьников, причём каждый третий приходит еженедельно."
    assert metric_head(claims_by_figure(nlp, text)["каждый третий"]) == "школьник"


def test_a_dash_after_a_clause_about_a_yield_gives_its_value(nlp):
    text = "Самая высокая урожайность картофеля отмечена в Заречном районе — 240 ц/га, самая низкая — в Лесном (150 ц/га)."
    claims = claims_by_figure(nlp, text)
    assert metric_head(claims["240 ц/га"]) == "урожайность"
    assert metric_head(claims["150 ц/га"]) == "урожайность"


def test_a_comparison_refers_to_the_nearest_claim_even_without_a_metric(nlp):
    text = ("Пособие получают 3 100 пенсионеров. "
            "На следующий год на них выделено 95 млн рублей — на 7% больше, чем в этом.")
    assert metric_head(claims_by_figure(nlp, text)["7%"]) != "пенсионер"


def test_a_subject_pronoun_before_a_dash_names_the_measure_of_the_sentence_before(nlp):
    text = ("И. Петров: Доля должников среди клиентов за год снизилась до 3,2%. "
            "В малом бизнесе она выше — около 5%.")
    assert metric_head(claims_by_figure(nlp, text)["5%"]) == "доля"
