"""Metrics named across a dash: digest lines that open with their figure,
dash equations inside longer sentences, parallel shares of a poll, and a
change told by a noun in the instrumental.

Each test is an example of use on a sentence written for it.
"""
import pipeline.claims  # noqa: F401  registers the factory
from claims_helpers import claims_by_figure, metric_heads


# --- digest lines: the figure first, then what it measures --------------------

def test_a_digest_line_names_the_counted_noun_after_stolko(nlp):
    text = ("Неделя в цифрах.\n"
            "• 420 — столько саженцев высадили школьники в новом сквере.\n"
            "• 12 — столько автобусов вышли на новый маршрут.\n")
    heads = metric_heads(nlp, text)
    assert heads["420"] == "саженец"
    assert heads["12"] == "автобус"


def test_a_digest_line_names_a_measure_after_the_dash(nlp):
    text = "Итоги сезона.\n• 31,5 ц/га — средний сбор ячменя в районе.\n"
    assert metric_heads(nlp, text)["31,5 ц/га"] == "сбор"


def test_a_digest_line_steps_over_takoy_and_its_verb(nlp):
    text = "Главное за месяц.\n• 64% — такой оказалась загрузка городских гостиниц.\n"
    assert metric_heads(nlp, text)["64%"] == "загрузка"


def test_a_zero_in_a_digest_counts_the_noun_after_ni_odnogo(nlp):
    text = "Лето на дорогах.\n• 0 — ни одного пожара в заповеднике за июль.\n"
    assert metric_heads(nlp, text)["0"] == "пожар"


def test_a_figure_inside_a_sentence_is_no_digest_line(nlp):
    heads = metric_heads(nlp, "Тираж газеты вырос до 15 тысяч — столько экземпляров не печатали давно.")
    assert heads["15 тысяч"] != "экземпляр"


# --- dash equations whose noun the tagger read as an accusative ---------------

def test_a_noun_in_ost_before_a_dash_is_the_measure_in_a_longer_quote(nlp):
    text = "«Собрано 20 вагонов, готовность состава — 75%», — сообщил директор."
    assert metric_heads(nlp, text)["75%"] == "готовность"


def test_an_object_before_a_dash_is_not_what_the_count_measures(nlp):
    heads = metric_heads(nlp, "Весной фабрика выиграла крупный тендер — 300 станков для училищ.")
    assert heads["300"] != "тендер"


# --- a list of figures after the dash of an equation --------------------------

def test_every_figure_of_a_list_after_a_dash_takes_the_equation_subject(nlp):
    heads = metric_heads(nlp, "Кешбэк начисляют за покупки у партнёров; его размер — 3, 5 или 7% суммы чека.")
    assert heads["5"] == "размер"
    assert heads["7%"] == "размер"


# --- parallel shares of a poll ------------------------------------------------

def test_later_shares_of_a_poll_are_shares_of_the_same_respondents(nlp):
    text = ("Идею пешеходной улицы поддерживают 61% горожан. "
            "Против выступают 27% (против 33% весной), ещё 12% не определились.")
    heads = metric_heads(nlp, text)
    assert heads["27%"] == "горожанин"
    assert heads["33%"] == "горожанин"
    assert heads["12%"] == "горожанин"


def test_a_share_that_opens_a_paragraph_borrows_nothing(nlp):
    heads = metric_heads(nlp, "Против выступают 27%.")
    assert heads["27%"] is None


# --- a change told by a noun in the instrumental ------------------------------

def test_a_change_noun_in_the_instrumental_measures_the_verbs_subject(nlp):
    heads = metric_heads(nlp, "Акции завода закончили торги падением на 4,3%.")
    assert heads["4,3%"] == "акция"


def test_a_change_noun_with_its_own_genitive_keeps_it(nlp):
    heads = metric_heads(nlp, "Магазин встретил праздники ростом продаж на 12%.")
    assert heads["12%"] == "продажа"


# --- a line break ends the phrase after a figure ------------------------------

def test_a_dash_equation_at_the_end_of_a_line_keeps_its_subject(nlp):
    text = "Анкету заполняли онлайн; среднее время ответа — 7 минут.\nЧитайте также: новости района"
    assert metric_heads(nlp, text)["7 минут"] == "время"


def test_a_fraction_as_subject_is_a_share_of_the_same_respondents(nlp):
    text = "Новый график работы поликлиник одобряют 44% пациентов. Примерно треть высказалась против."
    assert metric_heads(nlp, text)["треть"] == "пациент"


def test_a_percent_after_a_dash_takes_the_metric_of_a_fraction_before_it(nlp):
    text = "Сейчас подпиской в приложении пользуется каждый четвёртый покупатель (в начале года — лишь 9%)."
    assert metric_heads(nlp, text)["9%"] == "покупатель"


def test_a_period_dated_back_before_a_dash_is_no_subject(nlp):
    text = ("Идею пешеходной улицы поддерживают 61% горожан. "
            "Против выступают 27% (год назад — 35%), ещё 12% не определились.")
    heads = metric_heads(nlp, text)
    assert heads["35%"] != "год"
    assert heads["12%"] == "горожанин"


def test_a_ranking_line_names_who_not_what(nlp):
    found = metric_heads(nlp, "Итоги забега.\n• 1 — Смирнов, 2 — Васильев.")
    assert found.get("1") is None and found.get("2") is None


def test_a_dash_ends_the_metric_phrase_of_a_listed_value(nlp):
    found = claims_by_figure(nlp, "Размер надбавки — 25, 50 или 75% оклада.")
    assert found["50"]["metric"]["text"] == "Размер надбавки"


def test_a_bound_of_two_words_after_the_dash_leaves_the_equation_whole(nlp):
    # 'без малого' stands between the dash and the figure as 'почти' would
    heads = metric_heads(nlp, "Средняя загрузка цеха сейчас – без малого 87%.")
    assert heads["87%"] == "загрузка"


def test_a_bound_of_three_words_after_the_dash_leaves_the_equation_whole(nlp):
    heads = metric_heads(nlp, "Явка на выборах в этот раз — по меньшей мере 60%.")
    assert heads["60%"] == "явка"
