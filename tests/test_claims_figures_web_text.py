"""Figures on web text: forms that fiction, blogs and
encyclopedias use and our own example articles lack.

Each test is an example of use on a sentence written for it.
"""
import pipeline.claims  # noqa: F401  registers the factory
from claims_helpers import figures_of


# --- 'one' as a count ---------------------------------------------------------

def test_a_lone_one_in_a_news_sentence_is_a_count(nlp):
    # 'Один' also serves as an indefinite article ('есть один способ'), but no
    # cue we found tells the two apart in a news sentence with no other figure,
    # where the count is the news: so a lone 'один' stays a claim.
    assert figures_of(nlp, "Полиция задержала одну женщину.") == {"одну": "count"}
    assert figures_of(nlp, "При пожаре погиб один человек.") == {"один": "count"}


def test_an_indefinite_one_before_a_noun_is_no_count(nlp):
    # with no restricting word, no list and no verb of a counted event,
    # 'один' is an article: annotators who read only CLAIMS.md leave it
    assert figures_of(nlp, "Мама подарила мне одну книгу.") == {}
    assert figures_of(nlp, "Семьи, где ребёнка воспитывает один родитель, получили помощь.") == {}


def test_a_focused_one_is_a_count(nlp):
    assert figures_of(nlp, "На вызов приехала только одна машина.") == {"одна": "count"}
    assert figures_of(nlp, "В классе учится всего один мальчик.") == {"один": "count"}


def test_an_oblique_one_stressed_by_a_restricting_word_or_a_limit_is_a_count(nlp):
    # 'одним', 'одного' are mostly phrases ('одним словом'); 'лишь' or a limit
    # before them makes the number the point, as for 'только один корабль'
    assert figures_of(nlp, "«Металлург» ответил лишь одним голом.") == {"одним": "count"}
    found = figures_of(nlp, "Встречи проходят не реже одного раза в неделю.")
    assert found == {"одного": "count"}


def test_an_oblique_one_with_nothing_to_stress_it_is_no_count(nlp):
    assert figures_of(nlp, "Одним словом, всё прошло хорошо.") == {}
    assert figures_of(nlp, "Ещё одним рекордом каникул стала посещаемость.") == {}


def test_a_one_set_against_other_numbers_is_a_count(nlp):
    found = figures_of(nlp, "В поход пошли три девочки и один мальчик.")
    assert found == {"три": "count", "один": "count"}


def test_a_one_in_a_list_stays_a_count_when_first_and_second_follow(nlp):
    text = "Он знает три языка (два европейских и один восточный): первый -- английский, второй -- немецкий."
    assert figures_of(nlp, text)["один"] == "count"


def test_one_and_second_are_still_a_pair_with_no_first_between(nlp):
    assert figures_of(nlp, "Один слой красный, второй синий.") == {}


# --- money named in slang or by an emoji --------------------------------------

def test_slang_names_of_currencies_are_their_currency(nlp):
    assert figures_of(nlp, "Друг занял у меня 70 баксов до пятницы.") == {"70 баксов": "usd"}
    assert figures_of(nlp, "Билет на поезд обошёлся в 45 евробаксов.") == {"45 евробаксов": "eur"}


def test_a_money_emoji_after_a_number_is_its_currency(nlp):
    assert figures_of(nlp, "Кроссовки на распродаже отдают за 60 💶") == {"60 💶": "eur"}


def test_minimum_wages_are_a_measure_of_their_own(nlp):
    assert figures_of(nlp, "Штраф для фирмы могут поднять до 40 МРОТ.") == {"40 МРОТ": "other"}


# --- a fraction of a period is a length of time -------------------------------

def test_a_fraction_of_a_period_is_a_duration(nlp):
    assert figures_of(nlp, "Мельница работала почти четверть века.") == {"четверть века": "year"}
    found = {claim["figure"]["text"]: claim["value"] for claim in nlp("Обряд живёт уже половину тысячелетия.")._.claims}
    assert found == {"половину тысячелетия": 500.0}


def test_a_part_of_a_period_named_by_an_ordinal_stays_a_time(nlp):
    assert figures_of(nlp, "Во второй половине века деревня опустела.") == {}


# --- a period pointed back to by 'эти' ------------------------------------------

def test_a_period_pointed_back_to_is_a_time_not_a_figure(nlp):
    assert figures_of(nlp, "За эти 2,5 года мы ни разу не съездили к морю.") == {}
    assert figures_of(nlp, "Цех простоял 3 года.") == {"3 года": "year"}


# --- an emoji glued to the unit word ----------------------------------------------

def test_a_unit_with_an_emoji_glued_on_is_still_its_unit(nlp):
    assert figures_of(nlp, "Ремонт кухни занял 4 месяца😩") == {"4 месяца": "month"}
    assert figures_of(nlp, "Щенку сегодня 2 года и 3 месяца🐶") == {}


def test_one_set_against_another_count_of_its_noun_is_a_count(nlp):
    # another number counting the same noun near by makes 'один' a number,
    # not an article (factRuEval, UD: 'а один чешский герой')
    assert figures_of(nlp, "В сказке два русских героя (Дюймовочка и Чиполлино), а один чешский герой -- Гурвинек.") \
        == {"два": "count", "один": "count"}
    assert figures_of(nlp, "Дорожка включает одну велопарковку. Но власти пообещали построить ещё 5 велопарковок.") \
        == {"одну": "count", "5": "count"}


def test_one_as_the_unit_of_a_price_or_a_rate_stays_out_beside_a_count(nlp):
    # 'одной фермы' after 'стоимость' and 'на одно место' are what a price or
    # a rate is given per, even with another count of the noun near by
    assert figures_of(nlp, "Построят 4 фермы, стоимость одной фермы – порядка 1,5 млрд тенге.") \
        == {"4": "count", "1,5 млрд тенге": "kzt"}
    assert "одно" not in figures_of(nlp, "Строят 3 места в саду, но на одно место претендуют двое детей.")


def test_one_as_part_of_a_count_just_given_is_a_count(nlp):
    assert figures_of(nlp, "В районе 6 общеобразовательных школ (в том числе одна гимназия).") \
        == {"6": "count", "одна": "count"}


def test_a_one_way_trip_counts_nothing(nlp):
    assert figures_of(nlp, "Стоимость билета в одну сторону — от 99 EUR.") == {"99 EUR": "eur"}
    assert figures_of(nlp, "Дети ездили в школу сорок минут в одну сторону.") == {"сорок минут": "other"}


# --- house numbers with the street word left out ---------------------------------

def test_a_number_after_na_a_street_name_and_a_comma_is_a_house(nlp):
    assert figures_of(nlp, "Потом пишем в жилинспекцию на Фрунзе, 71.") == {}
    assert figures_of(nlp, "Лямбду смотрели на сервисе на Тихоокеанской, 45, сказали живая.") == {}


def test_a_noun_counted_after_the_street_name_stays_a_count(nlp):
    found = figures_of(nlp, "У нас бассейн на Карла Маркса, 3 тренировки в неделю.")
    assert found == {"3": "count"}


def test_a_kilometre_of_a_road_in_brackets_is_an_address(nlp):
    assert figures_of(nlp, "ТРЦ «Волжский пассаж» (Московское шоссе, 18 км) открылся после ремонта.") == {}


def test_a_stretch_of_a_street_keeps_its_length(nlp):
    found = figures_of(nlp, "Отремонтировали 25 км дорог: 12 км — на Советской улице, 8 км — в Заречье.")
    assert found.get("8 км") == "km"


# --- an age with 'лет' left out -----------------------------------------------------

def test_a_bare_number_after_a_dative_pronoun_is_an_age(nlp):
    assert figures_of(nlp, "Соседка Галина Петровна, которой 78, говорит, что чеснок погиб.") == {}
    assert figures_of(nlp, "— Ей в марте восемьдесят будет.") == {}


def test_a_count_after_a_dative_pronoun_stays_a_count(nlp):
    assert figures_of(nlp, "Им выписали 23 штрафа за превышение скорости.") == {"23": "count"}


# --- school years in a range ------------------------------------------------------------

def test_a_range_before_school_years_says_which_years(nlp):
    assert figures_of(nlp, "Завтрак (1–4 классы), понедельник: каша пшённая.") == {}
    assert figures_of(nlp, "Занятия в школах отменены для учащихся 1–9 классов.") == {}


# --- a type named by its number ----------------------------------------------------------

def test_a_long_number_after_a_type_noun_names_the_type(nlp):
    assert figures_of(nlp, "Флот получит два малых ракетных корабля проекта 21631.") == {"два": "count"}
    assert figures_of(nlp, "Лидером стал седан Vesta-2 (модель 2190), который подорожал.") == {}


def test_a_short_count_after_a_type_noun_stays_a_count(nlp):
    assert figures_of(nlp, "Завод выпускает модели 3 типов.") == {"3": "count"}


# --- the toll-free prefix alone -----------------------------------------------

def test_the_toll_free_prefix_written_alone_is_a_phone(nlp):
    assert figures_of(nlp, "Звонили на горячую линию 8-800 — там или занято, или никто не берёт.") == {}
