"""Metrics where the extractor named the wrong phrase: a quantity noun
holding a count, a bracketed figure after a long noun phrase, and similar.

Each test is an example of use on a sentence written for it.
"""
import pipeline.claims  # noqa: F401  registers the factory
from claims_helpers import claims_by_figure, metric_heads


# --- a quantity noun holds a count of people or places ------------------------

def test_capacity_before_a_count_of_seats_is_the_metric(nlp):
    found = metric_heads(nlp, "Матч прошёл на арене вместимостью 12 тыс. мест.")
    assert found["12 тыс."] == "вместимость"


def test_a_valued_quantity_noun_beats_the_counted_people(nlp):
    found = metric_heads(nlp, "Численность жителей области оценивается в 2 310,5 тыс. человек.")
    assert found["2 310,5 тыс."] == "численность"


def test_a_count_valued_with_no_quantity_noun_keeps_its_noun(nlp):
    found = metric_heads(nlp, "Зал насчитывает 300 мест.")
    assert found["300"] == "место"


# --- a figure alone in a bracket gives the value of the whole phrase before it

def test_a_bracket_after_a_genitive_chain_measures_its_head(nlp):
    found = metric_heads(nlp, "Фонд оплаты труда составляет 700 млн рублей, что на 20% ниже потолка зарплат лиги (900 млн).")
    assert found["900 млн"] == "потолок"
    found = metric_heads(nlp, "Больше всех подорожали акции производителя «Север-Маш» (+4,2%) после отчёта.")
    assert found["4,2%"] == "акция"


def test_a_bracket_after_a_participle_clause_measures_the_noun_it_qualifies(nlp):
    found = metric_heads(nlp, "Рост тарифов уложится в предельный индекс, утверждённый правительством для области (9,6%).")
    assert found["9,6%"] == "индекс"


def test_the_participle_agrees_with_its_noun_whatever_the_parser_hangs_it_on(nlp):
    found = metric_heads(nlp, "Средний платёж за свет вырастет на 8%, что уложится в предельный индекс, "
                              "установленный правительством для края (9,1%).")
    assert found["9,1%"] == "индекс"


# --- an amount taken out of a whole measures the whole ------------------------

def test_money_out_of_a_whole_measures_the_whole(nlp):
    found = metric_heads(nlp, "Долги за услуги достигли 5,1 млрд рублей, из них 3,4 млрд приходится на отопление.")
    assert found["3,4 млрд"] == "долг"
    assert found["5,1 млрд рублей"] == "долг"


def test_the_whole_before_the_part_keeps_no_part_as_its_metric(nlp):
    found = metric_heads(nlp, "Жилья введено 900 тыс. кв. м, из них 300 тыс. пришлось на областной центр.")
    assert found["900 тыс. кв. м"] != "центр"


def test_a_share_out_of_which_names_the_whole_before_it(nlp):
    found = metric_heads(nlp, "«Мы подтверждаем план на 2027 год», — сказал директор. Программа сохранена на уровне "
                              "40 млрд рублей, из которых около трети придётся на строительство второго цеха.")
    assert found["трети"] == "программа"


# --- a dash stands for the verb left out -------------------------------------

def test_a_dash_after_a_share_stands_for_the_share_verb(nlp):
    found = claims_by_figure(nlp, "Почти треть заказов (34%) приходится на электронику, ещё 21% — на детскую одежду.")
    assert "заказов" in found["34%"]["metric"]["text"]
    assert found["21%"]["metric"] == found["34%"]["metric"]


def test_an_indeclinable_noun_before_a_dash_is_the_item_measured(nlp):
    # after a currency named as the subject itself; after "Курс доллара" the
    # word stands for the genitive and the figure is the rate's (test_claims_dash_lists.py)
    found = metric_heads(nlp, "Доллар снизился на 30 копеек, до 90,15 рубля, евро — до 97,20 рубля.")
    assert found["97,20 рубля"] == "евро"


# --- a comparison after a comma speaks of the figure before it ---------------

def test_a_comparison_after_a_comma_measures_the_figure_before(nlp):
    found = metric_heads(nlp, "По ставке 6% выдано 3,2 тыс. кредитов, вдвое меньше, чем в 2023 году.")
    assert found["вдвое"] == "кредит"


# --- a quantity noun joined by 'и' shares the preposition before it -----------

def test_a_term_joined_to_a_rate_names_its_figure(nlp):
    claims = {c["figure"]["text"]: c for c in nlp(
        "Калькулятор: при ставке 19,8% и сроке 5 лет ежемесячный платёж составит около 52,8 тыс. рублей.")._.claims}
    assert claims["5 лет"]["metric"]["head"] == "срок"
    assert claims["5 лет"]["metric"]["text"] == "сроке"


# --- a list led in by a comparative with no verb ------------------------------

def test_items_after_a_comparative_lead_in_measure_its_subject(nlp):
    found = metric_heads(nlp, "Средняя зарплата в городе составила 71 200 рублей. Выше всего зарплаты в объявлениях для:\n"
                              "— крановщиков — 118 тыс. рублей;\n— электриков — 97 тыс.;\n— программистов — от 140 до 200 тыс.")
    assert found["118 тыс. рублей"] == found["97 тыс."] == found["140 до 200 тыс."] == "зарплата"


def test_a_dash_inside_a_bracket_leaves_no_verb_of_the_clause_out(nlp):
    claims = {c["figure"]["text"]: c for c in nlp(
        "На матч пришли 6 100 зрителей — это на 900 больше, чем в прошлый раз, "
        "и почти аншлаг (вместимость зала — 6 500 мест).")._.claims}
    assert claims["6 500"]["metric"]["head"] == "вместимость"
    assert claims["6 500"]["direction"] is None


def test_a_target_after_a_comma_ends_the_change_before_it(nlp):
    found = metric_heads(nlp, "Выручка сети в 2025 году увеличилась на 7,2%, до 120,4 млрд рублей, "
                              "при этом сопоставимые продажи прибавили лишь 2,1%.")
    assert found["120,4 млрд рублей"] == "выручка"
    assert found["2,1%"] == "продажа"


def test_a_participle_clause_before_a_dash_is_skipped_to_find_the_subject(nlp):
    found = metric_heads(nlp, "По его словам, износ водопроводных сетей в городе достигает 58%, "
                              "а протяжённость участков, требующих срочной замены, — почти 230 км.")
    assert found["58%"] == "износ"
    assert next(head for figure, head in found.items() if figure.startswith("230 км")) == "протяжённость"


def test_a_second_comparison_joined_by_and_refers_back_to_the_same_figure(nlp):
    found = metric_heads(nlp, "Работодатели области разместили на сайте 96,5 тыс. вакансий — на 5% меньше, "
                              "чем в марте, и на 12% меньше, чем в апреле 2025 года.")
    assert found["5%"] == found["12%"] == "вакансия"


def test_percentage_points_compare_the_percentage_not_the_count_restating_it(nlp):
    found = metric_heads(nlp, "Охват диспансеризацией составил 39% взрослых, или 205 тыс. человек, "
                              "что на 2,7 процентного пункта выше прошлогоднего.")
    assert found["2,7 процентного пункта"] == "охват"


# --- a measure after a dash with its stuff named after it ---------------------

def test_a_measure_after_a_dash_measures_the_genitive_after_it(nlp):
    found = metric_heads(nlp, "На мобильном рынке самый ходовой пакет — 20 ГБ трафика и 300 минут за 550 рублей.")
    assert found["20 ГБ"] == "трафик"


def test_a_quantity_noun_before_the_dash_keeps_a_genitive_of_the_unit(nlp):
    found = metric_heads(nlp, "Итоги квартала: добыча газа — 96 тыс. баррелей нефтяного эквивалента в сутки.")
    assert next(head for figure, head in found.items() if figure.startswith("96 тыс.")) == "добыча"


# --- a distance to or from a point locates a place ----------------------------

def test_a_distance_to_a_point_has_no_metric(nlp):
    found = metric_heads(nlp, "До звезды около 45 световых лет.")
    assert found["45 световых лет"] is None


def test_a_distance_between_two_points_has_no_metric(nlp):
    found = metric_heads(nlp, "От города до карьера примерно 12 км, дорога грунтовая.")
    assert next(head for figure, head in found.items() if figure.startswith("12 км")) is None


def test_a_length_named_by_its_own_noun_keeps_it(nlp):
    found = metric_heads(nlp, "Трасса до аэропорта длиной 12 км откроется летом.")
    assert next(head for figure, head in found.items() if figure.startswith("12 км")) == "длина"
