"""Metrics on written news: classes of errors seen in the development sets of
several annotators.

Each test is an example of use on a sentence written for it.
"""
import pipeline.claims  # noqa: F401  registers the factory


def metrics_of(nlp, text):
    """{figure text: metric head or None} for the claims found in `text`."""
    found = {}
    for claim in nlp(text)._.claims:
        metric = claim["metric"]
        found[claim["figure"]["text"]] = metric["head"] if metric else None
    return found


# --- prison terms ------------------------------------------------------------

def test_a_later_term_served_in_a_colony_has_no_metric(nlp):
    found = metrics_of(nlp, "Суд назначил бывшему мэру наказание в виде 6 лет лишения свободы. "
                            "Его помощник получил 4 года колонии, водитель — 3 года колонии.")
    assert found["6 лет"] == "лишение"
    assert found["4 года"] is None
    assert found["3 года"] is None


def test_a_prison_mentioned_without_a_term_does_not_make_a_term_later(nlp):
    found = metrics_of(nlp, "Его держат в тюрьме с весны. Ему грозит до 10 лет тюрьмы.")
    assert found["10 лет"] == "тюрьма"


def test_the_first_term_keeps_the_colony(nlp):
    found = metrics_of(nlp, "Суд приговорил бывшего мэра к 5 годам колонии общего режима.")
    assert found["5 годам"] == "колония"


def test_the_prosecutor_asking_for_a_term_is_not_what_lasts(nlp):
    found = metrics_of(nlp, "Прокуратура просила 6 лет, но суд решил иначе.")
    assert found["6 лет"] is None


def test_a_span_noun_still_measures_its_term(nlp):
    found = metrics_of(nlp, "Суд назначил ему срок 3 года.")
    assert found["3 года"] == "срок"


def test_a_later_term_borrows_no_metric_from_a_neighbouring_figure(nlp):
    found = metrics_of(nlp, "Суд назначил директору 5 лет лишения свободы. Кассир получила 2 года условно "
                            "с испытательным сроком 1 год, охранник — 3 года колонии.")
    assert found["1 год"] == "срок"
    assert found["3 года"] is None


# --- a share sent to a part --------------------------------------------------

def test_a_share_sent_to_a_part_measures_the_whole(nlp):
    found = metrics_of(nlp, "На премии сотрудникам направят около 40% годовой прибыли.")
    assert found["40%"] == "прибыль"


def test_money_sent_to_a_purpose_measures_the_purpose(nlp):
    found = metrics_of(nlp, "На ремонт моста направят 12 млн рублей.")
    assert found["12 млн рублей"] == "ремонт"


def test_money_given_to_a_purpose_named_after_it_measures_the_purpose(nlp):
    assert metrics_of(nlp, "Правительство выделяет 500 млн евро на исследования.")["500 млн евро"] == "исследование"
    assert metrics_of(nlp, "Город потратит 2 млрд рублей на ремонт дорог.")["2 млрд рублей"] == "ремонт"


def test_money_that_goes_to_a_purpose_measures_the_purpose(nlp):
    assert metrics_of(nlp, "Ещё 800 тысяч евро пойдёт на языковые курсы для детей.")["800 тысяч евро"] == "курс"
    # a share of a whole named with 'из них' still measures the whole
    found = metrics_of(nlp, "Бюджет больницы — 48 млрд рублей. Из них 6 млрд пойдут на закупку оборудования.")
    assert found["6 млрд"] == "бюджет"


def test_the_time_a_task_needs_measures_the_task(nlp):
    assert metrics_of(nlp, "Для создания реактора понадобится ещё около 100 лет.")["100 лет"] == "создание"
    assert metrics_of(nlp, "На строительство моста уйдёт три года.")["три года"] == "строительство"


def test_a_span_of_another_verb_is_not_what_a_need_verb_needs(nlp):
    found = metrics_of(nlp, "Директор уходит на пенсию, проработав на заводе сорок три года.")
    assert found["сорок три года"] != "пенсия"


def test_money_paid_for_something_measures_what_it_pays_for(nlp):
    assert metrics_of(nlp, "Он купил квартиру за 5 млн рублей.")["5 млн рублей"] == "квартира"
    assert metrics_of(nlp, "За аренду зала клуб заплатил 300 тыс. рублей.")["300 тыс. рублей"] == "аренда"
    found = metrics_of(nlp, "Москва задолжала ему за транзит газа 200 млн долларов.")
    assert found["200 млн долларов"] == "транзит"


def test_a_company_bought_is_no_metric_of_its_price(nlp):
    assert metrics_of(nlp, "Sun приобрела MySQL за 1 млрд долларов.")["1 млрд долларов"] is None


def test_a_gapped_count_after_a_lead_in_counts_the_noun_of_the_clause_before(nlp):
    found = metrics_of(nlp, "Прирост покрыл потери: в город приехали 12 тыс. человек, уехали — 9,5 тыс.")
    assert found["9,5 тыс."] == "человек"


def test_another_figure_given_for_the_same_count_counts_the_same_noun(nlp):
    found = metrics_of(nlp, "Организаторы насчитали 4 тысячи человек, в полиции назвали иную цифру — 1,2 тысячи.")
    assert found["1,2 тысячи"] == "человек"


def test_a_genitive_before_a_verb_of_being_there_is_what_the_count_counts(nlp):
    assert metrics_of(nlp, "Годом ранее за те же дни аварий было 27.")["27"] == "авария"
    assert metrics_of(nlp, "Вакансий на 1 сентября оставалось 58.")["58"] == "вакансия"


def test_stuff_named_before_an_impersonal_passive_is_what_a_weight_measures(nlp):
    assert metrics_of(nlp, "Гречихи намолочено 2,4 тыс. т.")["2,4 тыс. т"] == "гречиха"


def test_a_share_with_a_count_in_brackets_is_a_share_of_what_it_counts(nlp):
    found = metrics_of(nlp, "1. Иван Петров — 52,1 % (922774 голоса) 2. Анна Смирнова — 24,9 % (442478 голосов)")
    assert found["52,1 %"] == "голос" and found["24,9 %"] == "голос"


def test_an_amount_per_head_after_the_figure_is_no_purpose(nlp):
    assert metrics_of(nlp, "Семьи получат по 10 тыс. рублей на каждого ребенка.")["10 тыс. рублей"] is None
    found = metrics_of(nlp, "Совет рекомендовал выплатить дивиденды в размере 14,5 рубля на акцию.")
    assert found["14,5 рубля"] == "дивиденд"


def test_a_part_named_by_pointing_back_keeps_the_whole(nlp):
    found = metrics_of(nlp, "Совет решил направить на эти нужды 30% выручки.")
    assert found["30%"] == "выручка"


# --- a Latin abbreviation of a measure before a dash -------------------------

def test_a_latin_measure_before_a_dash_is_the_metric(nlp):
    found = metrics_of(nlp, "За полугодие: OIBDA — 12,4 млрд руб., выручка — 40 млрд руб.")
    assert found["12,4 млрд руб."] == "oibda"
    assert found["40 млрд руб."] == "выручка"


def test_a_company_name_before_a_dash_is_still_no_metric(nlp):
    found = metrics_of(nlp, "Доли рынка распределились так: «Ромашка» — 12%, «Лютик» — 9%.")
    assert found["12%"] != "ромашка"


# --- a span over a threshold that sorts a noun into a kind -------------------

def test_a_span_over_a_threshold_after_a_noun_measures_nothing(nlp):
    found = metrics_of(nlp, "Число вкладов со сроком хранения менее года выросло, а долги с просрочкой свыше 60 дней сократились.")
    assert found["60 дней"] is None


def test_a_noun_naming_a_span_keeps_its_threshold(nlp):
    found = metrics_of(nlp, "Стаж более 10 лет есть у трети сотрудников.")
    assert found["10 лет"] == "стаж"


# --- a value someone expected ------------------------------------------------

def test_an_expected_value_measures_what_the_paragraph_just_measured(nlp):
    found = metrics_of(nlp, "Безработица в октябре снизилась до 3,1%. Экономисты ожидали 3,3%.")
    assert found["3,3%"] == "безработица"


def test_an_aimed_at_value_measures_what_the_paragraph_just_measured(nlp):
    found = metrics_of(nlp, "Явка составила 48%. «Мы хотели выйти на 50%», — признал глава комиссии.")
    assert found["50%"] == "явка"


# --- an infinitive under 'можно' or 'нужно' -----------------------------------

def test_a_change_under_a_modal_word_measures_what_it_changes(nlp):
    found = metrics_of(nlp, "Количество аварий на трассе можно сократить примерно на 30%.")
    assert found["30%"] == "количество"


# a passive plan ('планируется', 'предлагается') takes the infinitive as its
# clausal subject, and the noun it makes its own subject is what the infinitive changes
def test_a_change_under_a_passive_plan_measures_what_it_changes(nlp):
    found = nlp("В следующем году объём субсидий фермерам планируется увеличить примерно на четверть.")._.claims
    claim = next(c for c in found if c["figure"]["text"] == "четверть")
    assert claim["metric"]["head"] == "объём"
    assert claim["direction"] == "increase"
    assert metrics_of(nlp, "Штат управления предлагается сократить на треть.")["треть"] == "штат"


# --- a balance counted in people ---------------------------------------------

def test_a_balance_counted_in_people_is_a_level_of_its_own(nlp):
    found = nlp("Естественный прирост составил 1 240 человек.")._.claims
    claim = next(c for c in found if c["figure"]["text"].startswith("1 240"))
    assert claim["metric"]["head"] == "прирост"
    assert claim["direction"] == "level"


def test_money_moved_to_an_account_has_no_purpose(nlp):
    found = metrics_of(nlp, "Бухгалтер перевёл на счета своих фирм более 12 млн рублей.")
    assert found["12 млн рублей"] is None
