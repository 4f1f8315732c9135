"""Which word gives a figure its direction, and when a word that looks like a
change only states a level, one class per test. Every sentence here is written
for these tests, not taken from a corpus."""
import pytest

import pipeline.claims  # noqa: F401  registers the factory

from claims_helpers import claims_by_figure, metric_head


# --- losses as an amount ------------------------------------------------------

@pytest.mark.parametrize("text, figure", [
    ("В бою у переправы потери противника составили более 40 человек.", "40"),
    ("Прямые потери аграриев от града превысили 3 млрд рублей.", "3 млрд рублей"),
])
def test_losses_with_a_level_verb_are_a_level_of_the_losses(nlp, text, figure):
    claim = claims_by_figure(nlp, text)[figure]
    assert claim["direction"] == "level"
    assert metric_head(claim) == "потеря"


def test_a_single_loss_naming_what_was_lost_is_a_level_like_any_change_noun(nlp):
    # NOTES.md, session 11: 'рост цен составил 7%', 'потеря веса составила 4 кг'
    claim = claims_by_figure(nlp, "За месяц диеты потеря веса составила 4 кг.")["4 кг"]
    assert claim["direction"] == "level"
    assert claim["metric"]["text"] == "потеря веса"


# --- a gapped clause after a change with its 'до' figure ----------------------

def test_a_gapped_figure_repeats_the_change_of_its_own_kind(nlp):
    claims = claims_by_figure(nlp, "Продажи сети в 2023 году прибавили 9%, до 41 млрд руб., EBITDA — 14%, "
                                   "до 5,2 млрд руб.")
    assert claims["14%"]["direction"] == "increase"
    assert claims["14%"]["change"] == "by"
    assert metric_head(claims["5,2 млрд руб."]) == "ebitda"


# --- a deverbal noun of cutting ---------------------------------------------

def test_a_cut_named_by_a_noun_is_a_decrease(nlp):
    claim = claims_by_figure(nlp, "Проект бюджета предполагает урезание субсидий на 12%.")["12%"]
    assert claim["direction"] == "decrease"
    assert metric_head(claim) == "субсидия"


# --- a comparative with its base before the ratio ----------------------------

@pytest.mark.parametrize("text, figure, direction", [
    ("Новая модель дороже прежней версии в полтора раза.", "полтора раза", "increase"),
    ("Билеты на поезд дешевле авиабилетов на 30%.", "30%", "decrease"),
])
def test_a_comparative_before_its_base_measures_the_figure(nlp, text, figure, direction):
    assert claims_by_figure(nlp, text)[figure]["direction"] == direction


# --- a capped level -----------------------------------------------------------

def test_a_level_capped_by_ne_vyshe_stays_a_level(nlp):
    claim = claims_by_figure(nlp, "Долговая нагрузка сохранится на уровне не выше 2,5.")["2,5"]
    assert claim["direction"] == "level"
    assert claim["bound"] == "at_most"


def test_ne_nizhe_is_a_lower_bound(nlp):
    claim = claims_by_figure(nlp, "Явка на выборы должна быть не ниже 50%.")["50%"]
    assert claim["bound"] == "at_least"


# --- change verbs beside the ones the lexicon had ----------------------------

@pytest.mark.parametrize("text, figure, direction", [
    ("Центробанк опустил ключевую ставку на половину процентного пункта.", "половину процентного пункта", "decrease"),
    ("Разрыв в доходности бумаг сузился до 40 б.п.", "40 б.п.", "decrease"),
    ("Продавец скинул цену до 900 тысяч рублей.", "900 тысяч рублей", "decrease"),
])
def test_a_change_verb_gives_its_direction(nlp, text, figure, direction):
    assert claims_by_figure(nlp, text)[figure]["direction"] == direction


# --- a dash after a share of a whole ------------------------------------------

def test_a_share_after_a_dash_parallels_the_share_before_not_the_level(nlp):
    claims = claims_by_figure(nlp, "Выпуск меди в 2023 году превысил 22 млн т, из них на Чили пришлось "
                                   "около 24%, на Перу — порядка 10%.")
    assert claims["22 млн т"]["direction"] == "level"
    assert claims["10%"]["direction"] is None


# --- a base set against a stated level ------------------------------------------

@pytest.mark.parametrize("text, base", [
    ("Загрузка порта в октябре составила 81% против 74% годом ранее.", "74%"),
    ("Ставка сохранена на уровне 16% против 18% весной.", "18%"),
])
def test_a_base_set_against_a_value_the_verb_states_is_a_level_too(nlp, text, base):
    assert claims_by_figure(nlp, text)[base]["direction"] == "level"


@pytest.mark.parametrize("text, base", [
    ("Доля экспорта достигла 32% против 27% год назад.", "27%"),
    ("Безработица снизилась до 3,1% против 3,6% в марте.", "3,6%"),
])
def test_a_base_set_against_a_reached_or_changed_value_has_no_direction(nlp, text, base):
    assert claims_by_figure(nlp, text)[base]["direction"] is None


# --- a count in a circumstance of a level verb --------------------------------

@pytest.mark.parametrize("text, figure", [
    ("В 12 регионах долговая нагрузка превышает 100% собственных доходов.", "12"),
    ("Долг завода перед 1 180 сотрудниками превышает 54 млн рублей.", "1 180"),
])
def test_a_count_saying_where_or_to_whom_is_no_value_of_the_verb(nlp, text, figure):
    # the counted noun in the locative or instrumental: 'в 12 регионах' says where
    claims = claims_by_figure(nlp, text)
    assert claims[figure]["direction"] is None
    assert claims[figure]["trigger"] is None
    assert [c["direction"] for f, c in claims.items() if f != figure] == ["level"]
