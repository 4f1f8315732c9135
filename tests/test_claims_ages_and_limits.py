"""Ages of groups and of named people, and limits a measured figure is held
against, as news copy writes them. Every sentence here is written for
these tests, not taken from a corpus."""
import pytest

import pipeline.claims  # noqa: F401  registers the factory

from claims_helpers import claims_by_figure


# --- ages of a group and of a named person are no claims ----------------------

@pytest.mark.parametrize("text, age, claim", [
    ("Среди пенсионеров 65–70 лет спрос на путёвки вырос на 12%.", "65–70 лет", "12%"),
    ("Среди студентов 18–22 лет опрос проводили трижды, ответили 40% из них.", "18–22 лет", "40%"),
    ("У молодёжи 14–17 лет число обращений выросло до 900.", "14–17 лет", "900"),
])
def test_years_after_a_group_of_people_are_its_age(nlp, text, age, claim):
    claims = claims_by_figure(nlp, text)
    assert age not in claims
    assert claim in claims


@pytest.mark.parametrize("text, age, claim", [
    ("В опросе студенты 18–22 лет рассчитывают потратить на отдых 30 тыс. рублей.", "18–22 лет", "30 тыс. рублей"),
    ("Среди тех, кому от 18 до 30 лет, доля покупателей составляет 44%.", "18 до 30 лет", "44%"),
    ("Записаться можно по телефону, участникам — от 16 лет, взнос 500 рублей.", "16 лет", "500 рублей"),
    ("Самому старшему бегуну исполнилось 81, дистанцию прошли 640 человек.", "81", "640"),
])
def test_an_age_band_limit_or_birthday_is_no_claim(nlp, text, age, claim):
    # a band of years before a verb, a limit after a dative pronoun or a dash
    # that stands for the verb, a bare number after 'исполнилось'
    claims = claims_by_figure(nlp, text)
    assert age not in claims
    assert claim in claims


@pytest.mark.parametrize("text, figure", [
    ("Прокурор запросил организатору — до 6 лет колонии.", "6 лет"),
    ("Запись к врачам — до 12 дней, в сёлах дольше.", "12 дней"),
])
def test_a_term_or_a_wait_after_a_dash_and_a_dative_stays_a_claim(nlp, text, figure):
    assert figure in claims_by_figure(nlp, text)


@pytest.mark.parametrize("text, claim", [
    ("Тем, кому уже за 50, банк одобряет кредиты реже: лишь 30% заявок.", "30%"),
    ("Им давно за 70, но пенсия у них выросла до 18 тысяч рублей.", "18 тысяч рублей"),
])
def test_za_and_a_number_after_a_dative_pronoun_is_an_age(nlp, text, claim):
    claims = claims_by_figure(nlp, text)
    assert not any(figure in ("50", "70") for figure in claims)
    assert claim in claims


@pytest.mark.parametrize("text", [
    "Цены на лекарства выросли на 15%, уверен фармацевт Олег Коваль, 52 года.",
    "С уважением, Пётр Ильич С., 74 года, ветеран труда.",
])
def test_years_set_off_after_a_persons_name_are_an_age(nlp, text):
    assert not any("год" in figure for figure in claims_by_figure(nlp, text))


def test_years_after_a_person_followed_by_a_verb_stay_a_duration(nlp):
    claims = claims_by_figure(nlp, "Жители барака 7 лет ждали расселения.")
    assert "7 лет" in claims


# --- a limit the figure before is held against --------------------------------

@pytest.mark.parametrize("text, limit, unit", [
    ("Грузовик весил 44 тонны при разрешённых 38.", "38", "t"),
    ("Шум у трассы достигал 85 децибел при предельно допустимых 55.", "55", "other"),
    ("Мотоциклист разогнался до 160 км/ч при разрешенных 60.", "60", "other"),
])
def test_a_bare_limit_after_pri_takes_the_unit_and_metric_of_the_figure_before(nlp, text, limit, unit):
    claims = claims_by_figure(nlp, text)
    figures = list(claims)
    claim = claims[limit]
    assert claim["unit"] == unit
    assert claim["direction"] is None and claim["trigger"] is None
    assert claim["metric"] == claims[figures[0]]["metric"]


def test_a_bare_number_after_a_norm_noun_takes_the_unit_and_keeps_the_noun(nlp):
    claims = claims_by_figure(nlp, "Во дворах приходится 6,5 кв. м площадок на ребёнка при норме 9.")
    assert claims["9"]["unit"] == claims["6,5 кв. м"]["unit"]
    assert claims["9"]["metric"]["head"] == "норма"


@pytest.mark.parametrize("text, ages, claim", [
    ("Пожилых хозяев, которым 68 и 71 год, вывели соседи, эвакуировали 12 человек.", ("68", "71 год"), "12"),
    ("Соседям, которым 70 и 74 года, помогли волонтёры, собравшие 30 тысяч рублей.", ("70", "74 года"),
     "30 тысяч рублей"),
])
def test_a_list_of_ages_after_its_owner_in_the_dative_is_no_claim(nlp, text, ages, claim):
    claims = claims_by_figure(nlp, text)
    assert not set(ages) & set(claims), claims
    assert claim in claims


# --- a bare age after a person in the dative, with no 'лет' -------------------------

@pytest.mark.parametrize("text, age", [
    ("Соседка (ей восемьдесят один, и пенсия у неё двадцать тысяч) живёт одна.", "восемьдесят один"),
    ("Виктору Ивановичу семьдесят два, но в сад он ходит каждый день.", "семьдесят два"),
    ("«В бригаде девять человек, а самому старшему шестьдесят четыре», — говорит мастер.", "шестьдесят четыре"),
    ("Дом она купила одна. Ей тогда было тридцать пять.", "тридцать пять"),
])
def test_a_number_in_words_after_a_dative_person_is_an_age(nlp, text, age):
    assert age not in claims_by_figure(nlp, text)


def test_a_bare_number_after_a_dative_a_verb_gives_to_stays_a_count(nlp):
    assert "40" in claims_by_figure(nlp, "Подарки раздали детям 40, остальные отправили в интернат.")


@pytest.mark.parametrize("text, age, claim", [
    ("Сейчас Лаптеву 51 год, он тренирует 40 детей в спортшколе.", "51 год", "40"),
    ("Теперь Соколовой 63 года, а её пенсия выросла до 21 тыс. рублей.", "63 года", "21 тыс. рублей"),
])
def test_years_after_a_surname_in_the_dative_are_an_age(nlp, text, age, claim):
    # the tagger reads the surname as a nominative subject; the dictionary
    # knows the form only as a name's dative
    claims = claims_by_figure(nlp, text)
    assert age not in claims
    assert claim in claims


def test_a_term_given_to_a_named_person_stays_a_claim(nlp):
    assert "5 лет" in claims_by_figure(nlp, "Суд дал Петрову 5 лет колонии.")
