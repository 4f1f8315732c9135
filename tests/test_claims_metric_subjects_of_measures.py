"""An amount that a verb's subject covers or sells for, with no noun of its
own after the figure, measures that subject: an area a fire covers, the
price a good sells at. An item after a dash that shares only the verb
brings its own subject.

Each test is an example of use on a sentence written for it.
"""
import pipeline.claims  # noqa: F401  registers the factory
from claims_helpers import claims_by_figure, metric_heads


def test_an_area_covered_measures_what_covers_it(nlp):
    found = metric_heads(nlp, "Лесной пожар охватил почти 300 гектаров.")
    assert found["300 гектаров"] == "пожар"


def test_a_price_a_good_sells_at_measures_the_good(nlp):
    found = metric_heads(nlp, "Дизельное топливо на заправках города продаётся по 68 рублей за литр.")
    assert found["68 рублей"] == "топливо"


def test_an_item_after_a_dash_brings_its_own_subject(nlp):
    found = metric_heads(nlp, "Гречка продаётся по 120 рублей, рис — по 95 рублей.")
    assert found["95 рублей"] == "рис"


def test_a_place_after_a_dash_keeps_the_verbs_subject(nlp):
    found = metric_heads(nlp, "Поездка в Казань обойдётся в 12 тыс. рублей, в Самару — в 15 тыс.")
    assert found["15 тыс."] == "поездка"


def test_a_fronted_genitive_subject_is_what_a_bare_count_counts(nlp):
    # the tagger reads 'Овец' as a singular name; the parser still makes it the subject
    found = metric_heads(nlp, "Овец и коз насчитывается 40 тысяч, лошадей — 9 тысяч.")
    assert found["40 тысяч"] == "овца"


def test_a_change_before_a_contrasted_clause_keeps_its_own_verb(nlp):
    # the parser may hang the first percent on the verb after ', а'
    found = claims_by_figure(nlp, "Яблоки за лето подешевели в среднем на 7%, а вот цены на груши выросли почти на треть.")
    assert found["7%"]["metric"]["head"] == "яблоко"
    assert found["7%"]["direction"] == "decrease"


def test_a_share_with_no_metric_measures_the_amount_restating_it(nlp):
    found = metric_heads(nlp, "До адресатов так и не дошло 15 процентов — это почти 2 млрд рублей субсидий.")
    assert found["15 процентов"] == "субсидия"


def test_a_value_verb_right_before_the_figure_wins_over_the_clause_before(nlp):
    # the parser may hang the price on the verb before the colon
    found = metric_heads(nlp, "Рост цен объясняют дорогими кормами: мешок комбикорма сейчас обходится в 3–4 тысячи рублей.")
    assert found["3–4 тысячи рублей"] == "мешок"


def test_a_share_a_deed_is_done_to_measures_its_object_when_no_one_is_named(nlp):
    found = metric_heads(nlp, "Тротуары в центре отремонтировали на две трети.")
    assert found["две трети"] == "тротуар"


def test_a_sum_up_to_which_a_verb_pays_measures_its_object(nlp):
    found = metric_heads(nlp, "Мы платим стипендию в 5 МРП, а также оплачиваем общежитие до 20 тысяч тенге в месяц.")
    assert found["20 тысяч тенге"] == "общежитие"


def test_how_far_a_queue_stretches_measures_the_queue(nlp):
    # the subject stands far from the verb, past a place and a time
    found = metric_heads(nlp, "Очередь грузовиков на казахстанской границе к 08:00 пятницы растянулась на 14 км.")
    assert found["14 км"] == "очередь"


def test_a_sum_after_na_on_a_passive_verb_measures_its_subject(nlp):
    found = metric_heads(nlp, "Контракт с ООО «Волгадорстрой-Т» на 612 млн рублей был подписан ещё в марте.")
    assert found["612 млн рублей"] == "контракт"


def test_an_area_after_na_measures_the_work_done_on_it(nlp):
    found = metric_heads(nlp, "Уборка проведена на 2,35 млн гектаров.")
    assert found["2,35 млн гектаров"] == "уборка"


def test_a_verb_with_an_object_leaves_its_doer_unmeasured(nlp):
    found = metric_heads(nlp, "Налогов завод заплатил на восемьсот миллионов рублей, из них НДС — почти половина.")
    assert found["восемьсот миллионов рублей"] == "налог"


def test_a_verb_across_a_colon_is_not_the_figures_own(nlp):
    found = metric_heads(nlp, "Фактически работы были выполнены примерно на 60%: вместо предусмотренных проектом "
                              "42 км дорог асфальт уложили лишь на 25 км, а толщина покрытия местами не превышала 4 см.")
    assert found["25 км"] != "работа"
