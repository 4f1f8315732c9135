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
    # a lone adjective in the genitive stands for the noun compared
    ("Аренда в центре дороже окраинной примерно в 2,1 раза.", "2,1 раза", "increase"),
    ("Новый мост будет короче старого на 300 метров.", "300 метров", "decrease"),
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


# --- a count after 'у' or 'среди' says whose -----------------------------------

@pytest.mark.parametrize("text, figure", [
    ("Инспекция оштрафовала работодателей, у 19 организаций задолженность по зарплате выросла.", "19"),
    ("Из 14 тысяч должников у 2,3 тысячи долг превышает 100 тысяч рублей.", "2,3 тысячи"),
    ("Среди 40 опрошенных директоров выручка выросла у половины.", "40"),
])
def test_a_count_of_the_owners_is_no_value_of_the_change(nlp, text, figure):
    # 'у N' names who holds the quantity, not by how much it changed or where it stands
    claim = claims_by_figure(nlp, text)[figure]
    assert claim["direction"] is None
    assert claim["trigger"] is None


def test_the_value_the_owners_hold_keeps_its_level(nlp):
    claims = claims_by_figure(nlp, "Из 14 тысяч должников у 2,3 тысячи долг превышает 100 тысяч рублей.")
    assert claims["100 тысяч рублей"]["direction"] == "level"


@pytest.mark.parametrize("text, figure, direction", [
    ("Среди выехавших 86% составляют мужчины.", "86%", "level"),
    ("Среди молодёжи 18–24 лет этот показатель подскочил до 32%.", "32%", "increase"),
])
def test_a_figure_after_the_group_named_with_sredi_keeps_its_verbs_direction(nlp, text, figure, direction):
    # only a figure right after 'у'/'среди' names the owners; one after the group is the value
    assert claims_by_figure(nlp, text)[figure]["direction"] == direction


# --- 'до N' after a verb of losing caps the loss ---------------------------------

@pytest.mark.parametrize("text, figure", [
    ("К полудню атака была отбита, причём нападавшие потеряли до 600 человек убитыми.", "600"),
    ("Эскадрон в этом бою потерял до половины личного состава.", "половины"),
    ("За неделю дождей фермеры потеряли до 40% урожая.", "40%"),
])
def test_a_loss_up_to_an_amount_is_a_capped_amount_not_a_change(nlp, text, figure):
    claim = claims_by_figure(nlp, text)[figure]
    assert claim["direction"] is None
    assert claim["change"] is None
    assert claim["bound"] == "less_than"


def test_an_amount_lost_without_do_keeps_the_decrease(nlp):
    claim = claims_by_figure(nlp, "За тридцать лет город потерял почти четверть населения.")["четверть"]
    assert claim["direction"] == "decrease"


def test_a_cut_down_to_a_value_is_still_a_change(nlp):
    # 'сократить до N' reaches a new value: only the verbs of losing cap with 'до'
    claim = claims_by_figure(nlp, "Компания сократила штат до 300 человек.")["300"]
    assert claim["direction"] == "decrease"
    assert claim["change"] == "to"


# --- parts of a whole a level verb states ---------------------------------------

@pytest.mark.parametrize("text, part", [
    ("Объем размещения составил 9,7 млрд руб., из них 6 млрд руб. пойдут на развитие компании.", "6 млрд руб."),
    ("Число машин в городе превысило 420 тыс., из них почти 60 тыс. поставлены на учет в этом году.", "60 тыс."),
    ("Инвестиции достигли 187 млрд тенге, из них почти половина — 91 млрд — пришлась на промышленность.",
     "половина"),
])
def test_a_part_after_iz_nikh_is_no_value_of_the_verb_stating_the_whole(nlp, text, part):
    claims = claims_by_figure(nlp, text)
    assert claims[part]["direction"] is None
    assert claims[part]["trigger"] is None
    assert next(iter(claims.values()))["direction"] == "level"


def test_a_verb_after_iz_nikh_is_the_parts_not_the_wholes(nlp):
    claims = claims_by_figure(nlp, "За неделю в поликлиники обратились 41,6 тыс. человек, из них почти 60% "
                                   "составили дети.")
    assert claims["41,6 тыс."]["direction"] is None
    assert claims["60%"]["direction"] == "level"


@pytest.mark.parametrize("text, part, whole_head", [
    ("Расход противогололёдных материалов составил 5 200 тонн, в том числе 1,4 тыс. тонн соли.",
     "1,4 тыс. тонн", "расход"),
    ("Численность тигра составила от 523 до 540 особей, в том числе около 100 тигрят.", "100", "численность"),
    ("Выплаты по внешним обязательствам составили 2,9 млрд долларов, в том числе 800 млн – по кредиту МВФ.",
     "800 млн", "выплата"),
])
def test_a_part_after_v_tom_chisle_of_a_stated_level_is_a_level_of_the_whole(nlp, text, part, whole_head):
    claim = claims_by_figure(nlp, text)[part]
    assert claim["direction"] == "level"
    assert metric_head(claim) == whole_head


def test_a_part_after_v_tom_chisle_with_no_level_verb_keeps_its_noun(nlp):
    claim = claims_by_figure(nlp, "Из опасных районов эвакуированы 6 930 человек, в том числе 1 470 детей.")["1 470"]
    assert claim["direction"] is None
    assert metric_head(claim) == "ребёнок"


# --- how a figure was reckoned, between the verb and the figure -----------------

@pytest.mark.parametrize("text, figure", [
    ("Урожайность озимой пшеницы в области, где уборка завершена на 98% площадей, составила в среднем "
     "41,5 ц/га.", "41,5 ц/га"),
    ("В бюджетном секторе зарплаты врачей в июле составили в среднем 128 тыс. рублей, учителей — 71 тыс. рублей.",
     "128 тыс. рублей"),
])
def test_v_srednem_between_a_level_verb_and_its_figure_keeps_the_level(nlp, text, figure):
    claim = claims_by_figure(nlp, text)[figure]
    assert claim["direction"] == "level"
    assert claim["trigger"]["lemma"] == "составить"


# --- a share told again against another whole ------------------------------------

@pytest.mark.parametrize("text, share", [
    ("По его оценке, ущерб составит от 1,5 до 2 млрд долларов — это около 8% ВВП страны.", "8%"),
    ("Муниципальный долг составлял 1,1 миллиарда рублей, это примерно 28 процентов от собственных доходов.",
     "28 процентов"),
])
def test_a_share_after_eto_is_no_level_of_the_verb_before(nlp, text, share):
    claims = claims_by_figure(nlp, text)
    assert claims[share]["direction"] is None
    assert [c["direction"] for f, c in claims.items() if f != share] == ["level"]


def test_money_told_again_after_to_est_keeps_the_level(nlp):
    claims = claims_by_figure(nlp, "По условиям контракта аванс составил 30% цены, то есть около 28 млрд рублей.")
    assert claims["28 млрд рублей"]["direction"] == "level"


# --- 'на уровне' before the figure, whatever the parse --------------------------

@pytest.mark.parametrize("text, figure", [
    ("Средняя зарплата в регионе сохранилась на уровне 118 тыс. тенге, реальная зарплата при этом "
     "снизилась на 3,6% из-за роста цен.", "118 тыс. тенге"),
    ("Официальный курс был установлен на уровне 8100 сумов, тогда как накануне он составлял 4210 сумов.",
     "8100 сумов"),
])
def test_a_figure_right_after_na_urovne_is_its_level(nlp, text, figure):
    claim = claims_by_figure(nlp, text)[figure]
    assert claim["direction"] == "level"
    assert claim["trigger"]["lemma"] == "уровень"


# --- 'ещё N' with a verb of its own ---------------------------------------------

@pytest.mark.parametrize("text, figure", [
    ("Долг перед банком составляет 1,14 млрд рублей; еще около 380 млн рублей компания задолжала подрядчикам.",
     "380 млн рублей"),
    ("Финансирование работ составило 27,9 млрд тенге из местного бюджета, ещё 6,2 млрд выделил "
     "республиканский бюджет.", "6,2 млрд"),
    ("Площадь погибших посевов составляет около 212 тыс. га, еще 90 тыс. га повреждены частично.", "90 тыс. га"),
])
def test_a_figure_after_eshche_with_its_own_verb_is_no_level_of_the_verb_before(nlp, text, figure):
    claim = claims_by_figure(nlp, text)[figure]
    assert claim["direction"] is None
    assert claim["trigger"] is None


@pytest.mark.parametrize("text, figure", [
    ("Общая сумма покупок составила около 4,6 млн долларов и ещё 900 тыс. евро.", "900 тыс. евро"),
    ("Подъем воды может составить еще 30–40 см.", "30–40 см"),
    # the point of 'тыс.' ends the sentence too: 'отстроили' is the next one's verb
    ("Город получил пособие в 350 тыс. рублей, пожертвования составили ещё 96 тыс. Дамбу отстроили заново.",
     "96 тыс."),
])
def test_a_figure_after_eshche_with_no_verb_of_its_own_keeps_the_level(nlp, text, figure):
    assert claims_by_figure(nlp, text)[figure]["direction"] == "level"


# --- a figure in a phrase opened by 'при' ------------------------------------

@pytest.mark.parametrize("text, figure", [
    ("Посещаемость выросла на 18 процентов и достигла 2 350 человек при вместимости арены в 3 000 мест.", "3 000"),
    ("Средняя посещаемость подросла на 18% и составляет 4 260 зрителей при вместимости стадиона 14 307 мест.", "14 307"),
    ("Ожидается усиление северо-западного ветра до 12–15 м/с, при порывах до 20 м/с.", "20 м/с"),
])
def test_a_figure_after_pri_takes_no_direction_from_the_verb_before_it(nlp, text, figure):
    assert claims_by_figure(nlp, text)[figure]["direction"] is None


def test_a_change_inside_the_pri_phrase_still_gives_its_direction(nlp):
    claims = claims_by_figure(nlp, "Риски остаются: при падении курса до $65 000 майнеры уйдут в убыток.")
    assert claims["$65 000"]["direction"] == "decrease"


# --- 'label — на N' items after a colon, the change named in the lead-in ------

@pytest.mark.parametrize("text, figures, direction, trigger", [
    ("Снижение числа краж отмечено в большинстве районов: в Кировском — на 12%, в Ленинском — на 8,5%, "
     "в Советском — на 3%.", ("12%", "8,5%", "3%"), "decrease", "снижение"),
    ("Рост продаж зафиксирован во всех филиалах: в Казани — на 14%, в Уфе — на 9%.",
     ("14%", "9%"), "increase", "рост"),
    ("Смертность выше среднего по стране в четырёх районах: в Заречном — на 17%, в Луговом — на 11%.",
     ("17%", "11%"), "increase", "высоко"),
])
def test_items_after_a_colon_change_as_the_lead_in_says(nlp, text, figures, direction, trigger):
    claims = claims_by_figure(nlp, text)
    for figure in figures:
        assert claims[figure]["direction"] == direction
        assert claims[figure]["change"] == "by"
        assert claims[figure]["trigger"]["lemma"] == trigger


def test_an_item_with_a_verb_of_its_own_keeps_its_direction_after_a_colon(nlp):
    claims = claims_by_figure(nlp, "Цены выросли почти везде: в Казани — на 5%, а в Уфе снизились на 2%.")
    assert claims["5%"]["direction"] == "increase"
    assert claims["2%"]["direction"] == "decrease"


def test_a_lead_in_with_no_change_word_gives_its_items_none(nlp):
    claims = claims_by_figure(nlp, "Расписание изменено: в Казани — на 5 минут раньше.")
    assert claims["5 минут"]["direction"] is None


# --- a change noun naming what changed with a word the tagger gives no case -----

@pytest.mark.parametrize("text, figure, metric_text", [
    ("Годом ранее рост LFL-продаж составлял лишь 3,9%.", "3,9%", "рост LFL-продаж"),
    ("В прошлом квартале рост EBITDA составил 12%.", "12%", "рост EBITDA"),
])
def test_a_change_noun_with_a_caseless_name_after_it_is_a_level_of_that_change(nlp, text, figure, metric_text):
    # NOTES.md, session 11: 'рост LFL-продаж составлял 3,9%' is a level of the change noun phrase
    claim = claims_by_figure(nlp, text)[figure]
    assert claim["direction"] == "level"
    assert claim["metric"]["text"] == metric_text


# --- a figure inside the subject of a change verb that has its own size --------

@pytest.mark.parametrize("text, figure, changed", [
    ("Базовый пакет на 100 Мбит/с подорожал с 450 до 520 рублей.", "100 Мбит/с", "520 рублей"),
    ("Значение ПСК по кредитам до 300 тыс. рублей будет снижено до 35% годовых с 42%.", "300 тыс. рублей", "35%"),
    ("Доля займов с просрочкой свыше 90 дней выросла до 12,1%.", "90 дней", "12,1%"),
])
def test_a_figure_in_the_subject_names_what_changes_not_by_how_much(nlp, text, figure, changed):
    claims = claims_by_figure(nlp, text)
    assert claims[figure]["direction"] is None
    assert claims[changed]["direction"] in ("increase", "decrease")


def test_a_size_of_another_kind_before_the_verb_keeps_its_direction(nlp):
    claims = claims_by_figure(nlp, "Выручка на 10% выросла, до 55 млн рублей.")
    assert claims["10%"]["direction"] == "increase"


# --- both aspects of a verb of widening, lengthening or cooling -----------------

@pytest.mark.parametrize("text, figure, direction", [
    ("Во сне межклеточное пространство расширялось на 60%.", "60%", "increase"),
    ("Вегетационный период на юге удлинился на две-три недели.", "две-три недели", "increase"),
    ("Камера телескопа охлаждается до минус 110 градусов.", "минус 110 градусов", "decrease"),
    ("Спред между бумагами сужается до 70 б.п.", "70 б.п.", "decrease"),
])
def test_an_imperfective_or_reflexive_partner_of_a_change_verb_gives_its_direction(nlp, text, figure, direction):
    assert claims_by_figure(nlp, text)[figure]["direction"] == direction
