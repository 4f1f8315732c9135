"""Metrics the extractor used to leave empty: a figure whose measure is
named, but not where the tree of its own clause looks.

Each test is an example of use on a sentence written for it.
"""
import pipeline.claims  # noqa: F401  registers the factory
from claims_helpers import metric_heads


# --- list lines with no marker under a lead-in ------------------------------

def test_unmarked_lines_under_a_heading_take_its_measure(nlp):
    text = ("Тарифы на проезд (март 2026):\n"
            "Автобус — 45 руб.\n"
            "Трамвай — 40 руб.\n")
    heads = metric_heads(nlp, text)
    assert heads["45 руб."] == "тариф"
    assert heads["40 руб."] == "тариф"


def test_a_comparative_lead_in_names_its_list_by_its_subject(nlp):
    text = ("Дороже всего аренда в районах:\n"
            "— Центральный — 52 тыс. рублей;\n"
            "— Северный — 41 тыс. рублей.\n")
    heads = metric_heads(nlp, text)
    assert heads["52 тыс. рублей"] == "аренда"
    assert heads["41 тыс. рублей"] == "аренда"


# --- the goods named after a measure -----------------------------------------

def test_goods_after_a_weight_keep_their_metric_past_an_adjective(nlp):
    heads = metric_heads(nlp, "Воры проникли на склад и вынесли оттуда около 1,5 тонны алюминиевого профиля.")
    assert heads["1,5 тонны"] == "профиль"


def test_an_area_names_what_it_measures_by_the_genitive_after_it(nlp):
    heads = metric_heads(nlp, "За полгода в городе сдали 420 тыс. кв. м жилья.")
    assert heads["420 тыс. кв. м"] == "жильё"


# --- a subject the parser hung on the noun before it ---------------------------

def test_a_nominative_hung_as_apposition_on_a_genitive_is_the_subject(nlp):
    heads = metric_heads(nlp, "У вершины горы Лысой порывы ветра достигли 28 м/с.")
    assert heads["28 м/с"] == "порыв"


# --- a bracketed change that names its period ----------------------------------

def test_a_bracket_with_a_change_and_its_period_measures_the_item_before_it(nlp):
    text = "Цены на продукты выросли на 9%. Сильнее всего подорожали овощи (+21% за год) и рыба (+14%)."
    heads = metric_heads(nlp, text)
    assert heads["21%"] == "овощ"
    assert heads["14%"] == "рыба"


# --- a rate after 'под' --------------------------------------------------------

def test_a_percent_after_pod_is_the_rate_of_the_loan_before_it(nlp):
    heads = metric_heads(nlp, "Вклады под 18% годовых снова в моде. Автокредит под 25% берут редко.")
    assert heads["18%"] == "вклад"
    assert heads["25%"] == "автокредит"


# --- a comparison after a comma speaks of the figure before it -----------------

def test_a_comparison_after_a_comma_takes_the_metric_of_the_figure_before(nlp):
    text = "Средний чек в кофейнях — 410 рублей, на 8% выше, чем в сетевых пекарнях."
    heads = metric_heads(nlp, text)
    assert heads["410 рублей"] == "чек"
    assert heads["8%"] == "чек"


# --- a source between commas before a dash equation ------------------------------

def test_a_source_between_the_subject_and_the_dash_is_stepped_over(nlp):
    heads = metric_heads(nlp, "Средняя загрузка парковки, по данным мэрии, — 74%.")
    assert heads["74%"] == "загрузка"


# --- what is valued, when the parser hangs it above the verb ---------------------

def test_a_valued_subject_is_found_left_of_a_passive_valuing_verb(nlp):
    heads = metric_heads(nlp, "Ущерб энергокомпании АО «Северсеть» оценён в 1 250 000 рублей.")
    assert heads["1 250 000 рублей"] == "ущерб"


# --- a lead-in that breaks the figure before it down -----------------------------

def test_a_breakdown_lead_in_passes_the_metric_before_it_to_its_items(nlp):
    text = ("Средняя арендная ставка в городе выросла до 31 тыс. рублей. По округам картина разная:\n"
            "— Северный — 36 тыс. руб.;\n"
            "— Южный — 27 тыс. руб.\n")
    heads = metric_heads(nlp, text)
    assert heads["36 тыс. руб."] == "ставка"
    assert heads["27 тыс. руб."] == "ставка"


def test_a_gathering_lead_in_leaves_the_items_their_own_labels(nlp):
    text = ("Выручка компании выросла на 5%. Основные показатели квартала:\n"
            "— прибыль — 3 млрд рублей;\n"
            "— долг — 12 млрд рублей.\n")
    heads = metric_heads(nlp, text)
    assert heads["3 млрд рублей"] != "выручка"


# --- the dimension a comparison is made along --------------------------------------

def test_a_comparison_along_a_dimension_measures_that_dimension(nlp):
    heads = metric_heads(nlp, "Новый танкер в 1,8 раза крупнее прежнего по водоизмещению.")
    assert heads["1,8 раза"] == "водоизмещение"


def test_a_place_after_than_is_no_dimension(nlp):
    heads = metric_heads(nlp, "Зарплаты здесь на 20% выше, чем по области.")
    assert heads["20%"] != "область"


# --- how far a deed is done ----------------------------------------------------------

def test_a_percent_on_a_passive_participle_measures_its_subject(nlp):
    heads = metric_heads(nlp, "К зиме теплицы были загружены лишь на 58%.")
    assert heads["58%"] == "теплица"


# --- a count whose clause has a short adjective for its verb ---------------------------

def test_a_short_adjective_stands_for_the_verb_of_a_counted_genitive(nlp):
    heads = metric_heads(nlp, "Таких комет известно пока не больше трёх десятков.")
    assert heads["трёх десятков"] == "комета"


# --- a span noun right before a bounded duration --------------------------------------

def test_a_warranty_right_before_a_bounded_duration_is_what_lasts(nlp):
    heads = metric_heads(nlp, "Производитель обязан давать гарантию не менее трёх лет.")
    assert heads["трёх лет"] == "гарантия"


# --- money dealt out to each ------------------------------------------------------------

def test_money_dealt_out_with_po_measures_what_the_verb_hands_out(nlp):
    heads = metric_heads(nlp, "Выпускникам вручат премии по 200 тыс. рублей.")
    assert heads["200 тыс. рублей"] == "премия"


def test_the_people_money_is_dealt_out_to_are_no_metric(nlp):
    heads = metric_heads(nlp, "Победителям выплатят по 50 тыс. рублей.")
    assert heads["50 тыс. рублей"] != "победитель"


# --- 'Это ...' telling the figure before again ------------------------------------------

def test_a_sentence_opening_with_eto_restates_the_claim_before(nlp):
    text = ("Суд взыскал с застройщика неустойку в 12,4 млн рублей.\n\n"
            "«Это около 90 тысяч рублей на каждого дольщика», — сказал юрист.")
    heads = metric_heads(nlp, text)
    assert heads["90 тысяч рублей"] == heads["12,4 млн рублей"] == "неустойка"


def test_eto_before_a_figure_of_another_kind_restates_nothing(nlp):
    heads = metric_heads(nlp, "Бюджет города составил 4 млрд рублей. Это 12 новых школ.")
    assert heads["12"] != "бюджет"


# --- a share of a whole, the group named after a dash ----------------------------------

def test_a_share_with_its_base_before_a_dash_measures_the_group_after_it(nlp):
    heads = metric_heads(nlp, "Почти половина опрошенных — студенты местных вузов.")
    assert heads["половина"] == "студент"


# --- an infinitive's subject, across a source aside --------------------------------------

def test_an_infinitive_under_a_modal_takes_the_subject_the_modal_agrees_with(nlp):
    text = ("Спутник вращается быстро, поэтому температура его корпуса, по расчётам инженеров, "
            "может превышать 120 °C.")
    heads = metric_heads(nlp, text)
    assert heads["120 °C"] == "температура"
