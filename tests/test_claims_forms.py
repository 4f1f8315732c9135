"""The forms a figure takes in the news of any outlet, as a table.

Each row is a sentence written for this table and the figures the
extractor must find in it: (text, value, value_max, unit, bound), as
docs/CLAIMS.md defines them. Typographic variants of one fact stand side
by side, so that a unit sign, a separator or a bound word spelled another
way is seen to give the same claim.
"""
import pytest

import pipeline.claims  # noqa: F401  registers the factory

NBSP, NARROW_NBSP, THIN = "\u00a0", "\u202f", "\u2009"


def figures_of(nlp, text):
    return [(c["figure"]["text"], c["value"], c["value_max"], c["unit"], c["bound"])
            for c in nlp(text)._.claims]


def close(found, expected):
    """Figures equal, values within the scorer's relative tolerance."""
    if len(found) != len(expected):
        return False
    for (text, value, value_max, unit, bound), want in zip(found, expected):
        want_text, want_value, want_max, want_unit, want_bound = want
        if (text, unit, bound) != (want_text, want_unit, want_bound):
            return False
        if abs(value - want_value) > 1e-6 * max(1, abs(want_value)):
            return False
        if (value_max is None) != (want_max is None) or (
                want_max is not None and abs(value_max - want_max) > 1e-6 * max(1, abs(want_max))):
            return False
    return True


# sentence -> [(figure text, value, value_max, unit, bound)]
PERCENTS = [
    ("Инфляция ускорилась до 7,4% в годовом выражении.", [("7,4%", 7.4, None, "percent", None)]),
    ("Безработица снизилась на 0,3 процента.", [("0,3 процента", 0.3, None, "percent", None)]),
    ("Доля импорта выросла на 2 проц. за год.", [("2 проц.", 2, None, "percent", None)]),
    ("Инфляция — 8,5 % годовых.", [("8,5 %", 8.5, None, "percent", None)]),
    ("Ставка составила 16 процентов годовых.", [("16 процентов", 16, None, "percent", None)]),
    ("Ставка снижена на 0,25 п. п.", [("0,25 п. п.", 0.25, None, "percentage_point", None)]),
    ("Ставку снизили на 0,25 п.п. в пятницу.", [("0,25 п.п.", 0.25, None, "percentage_point", None)]),
    ("Доходность выросла на 0,8 процентного пункта.",
     [("0,8 процентного пункта", 0.8, None, "percentage_point", None)]),
    ("Доля выросла на 3 процентных пункта.", [("3 процентных пункта", 3, None, "percentage_point", None)]),
]

MONEY = [
    ("Выручка составила 12,3 млрд руб. по итогам года.", [("12,3 млрд руб.", 12.3e9, None, "rub", None)]),
    ("Бюджет города составит 4,5 млрд рублей.", [("4,5 млрд рублей", 4.5e9, None, "rub", None)]),
    ("Проезд подорожал до 60 ₽.", [("60 ₽", 60, None, "rub", None)]),
    ("Проект стоит 1 млн ₽.", [("1 млн ₽", 1e6, None, "rub", None)]),
    ("Компания заработала 120 млн RUB.", [("120 млн RUB", 1.2e8, None, "rub", None)]),
    ("Потратили 2 млрд. руб. на дороги.", [("2 млрд. руб.", 2e9, None, "rub", None)]),
    ("Компания потратила 1,5 трлн руб. на стройку.", [("1,5 трлн руб.", 1.5e12, None, "rub", None)]),
    ("Сделка оценивается в $1,2 млрд.", [("$1,2 млрд", 1.2e9, None, "usd", None)]),
    ("Экспорт достиг 1,2 млрд долл. за год.", [("1,2 млрд долл.", 1.2e9, None, "usd", None)]),
    ("Выручка составила 1,2 млрд $ за год.", [("1,2 млрд $", 1.2e9, None, "usd", None)]),
    ("Долг достиг 5 млрд долларов США.", [("5 млрд долларов США", 5e9, None, "usd", None)]),
    ("Инвестиции составили USD 10 млн.", [("USD 10 млн", 1e7, None, "usd", None)]),
    ("Штраф составил €50 тыс.", [("€50 тыс.", 5e4, None, "eur", None)]),
    ("Кредит составил 300 млн евро.", [("300 млн евро", 3e8, None, "eur", None)]),
    ("Кредит составил EUR 5 млн.", [("EUR 5 млн", 5e6, None, "eur", None)]),
    ("Пособие выросло до 85 тыс. тенге.", [("85 тыс. тенге", 85e3, None, "kzt", None)]),
    ("Зарплата составляет 250 000 ₸.", [("250 000 ₸", 25e4, None, "kzt", None)]),
    ("Сбор составил 40 млн KZT.", [("40 млн KZT", 4e7, None, "kzt", None)]),
    ("Компания вложила 2 млрд юаней.", [("2 млрд юаней", 2e9, None, "cny", None)]),
    ("Ущерб оценили в 15 млн гривен.", [("15 млн гривен", 1.5e7, None, "uah", None)]),
    ("Клуб заплатил 80 млн фунтов стерлингов.", [("80 млн фунтов стерлингов", 8e7, None, "gbp", None)]),
    ("Трансфер обошёлся в £3 млн.", [("£3 млн", 3e6, None, "gbp", None)]),
    ("Ремонт обойдётся в двести пятьдесят миллионов рублей.",
     [("двести пятьдесят миллионов рублей", 2.5e8, None, "rub", None)]),
]

MEASURES = [
    ("Урожай составил 450 тыс. т зерна.", [("450 тыс. т", 45e4, None, "t", None)]),
    ("Добыча достигла 1,5 млн т угля.", [("1,5 млн т", 1.5e6, None, "t", None)]),
    ("Площадь квартиры — 54 кв. м.", [("54 кв. м", 54, None, "other", None)]),
    ("Построено 12 000 м² жилья.", [("12 000 м²", 12000, None, "other", None)]),
    ("Построено 5 тыс. кв.м жилья.", [("5 тыс. кв.м", 5000, None, "other", None)]),
    ("Площадь составила 80 м2.", [("80 м2", 80, None, "other", None)]),
    ("Посевы заняли 300 га.", [("300 га", 300, None, "ha", None)]),
    ("Снег выпал на площади 2 тыс. га.", [("2 тыс. га", 2000, None, "ha", None)]),
    ("Скорость ветра достигала 25 км/ч.", [("25 км/ч", 25, None, "other", None)]),
    ("Поезд разогнался до 300 километров в час.", [("300 километров в час", 300, None, "other", "less_than")]),
    ("Выпало 40 мм осадков.", [("40 мм", 40, None, "other", None)]),
    ("Было продано 500 л молока.", [("500 л", 500, None, "l", None)]),
    ("Сбросили 3 кг за месяц.", [("3 кг", 3, None, "kg", None)]),
    ("Высота волны — 3 метра.", [("3 метра", 3, None, "m", None)]),
    ("Температура опустилась до -10 °C.", [("-10 °C", -10, None, "other", None)]),
    ("Температура опустилась до −15°С.", [("−15°С", -15, None, "other", None)]),
    ("Прошло двое суток.", [("двое суток", 2, None, "day", None)]),
    ("Трое суток шли поиски.", [("Трое суток", 3, None, "day", None)]),
    ("Работы займут двадцать три дня.", [("двадцать три дня", 23, None, "day", None)]),
    ("Дали 3,5 года колонии.", [("3,5 года", 3.5, None, "year", None)]),
]

SEPARATORS_AND_RANGES = [
    ("Население составляет 12 500 человек.", [("12 500", 12500, None, "count", None)]),
    (f"Население составляет 12{NBSP}500 человек.", [(f"12{NBSP}500", 12500, None, "count", None)]),
    (f"Население составляет 12{NARROW_NBSP}500 человек.", [(f"12{NARROW_NBSP}500", 12500, None, "count", None)]),
    (f"Население составляет 12{THIN}500 человек.", [(f"12{THIN}500", 12500, None, "count", None)]),
    ("В стране проживает 18 000 000 человек.", [("18 000 000", 18e6, None, "count", None)]),
    ("Выручка выросла на 1.5 млрд рублей.", [("1.5 млрд рублей", 1.5e9, None, "rub", None)]),
    ("Выручка выросла на 1,5 млрд рублей.", [("1,5 млрд рублей", 1.5e9, None, "rub", None)]),
    ("Цены выросли на 5–7%.", [("5–7%", 5, 7, "percent", None)]),
    ("Цены выросли на 5-7 %.", [("5-7 %", 5, 7, "percent", None)]),
    ("Цены выросли на 5 — 7%.", [("5 — 7%", 5, 7, "percent", None)]),
    ("Цены выросли на 5–7 процентов.", [("5–7 процентов", 5, 7, "percent", None)]),
    ("Планируется нанять от 5 до 7 млн человек.", [("5 до 7 млн", 5e6, 7e6, "count", None)]),
    ("Рост составит от 5% до 7%.", [("5% до 7%", 5, 7, "percent", None)]),
    ("Температура составит 5…7 градусов.", [("5…7 градусов", 5, 7, "other", None)]),
    ("Цена от 1 000 – 2 000 рублей.", [("1 000 – 2 000 рублей", 1000, 2000, "rub", None)]),
    # the dash glues the last group of one end to the first group of the other
    ("Квартиры стоят 4 500–6 000 тыс. рублей.", [("4 500–6 000 тыс. рублей", 4.5e6, 6e6, "rub", None)]),
    ("Зал вмещает 1 200–1 500 зрителей.", [("1 200–1 500", 1200, 1500, "count", None)]),
    ("На стройке заняты 800–1 000 рабочих.", [("800–1 000", 800, 1000, "count", None)]),
]

BOUNDS = [
    ("Сбор составил более 30% заявок.", [("30%", 30, None, "percent", "more_than")]),
    ("Выручка выросла свыше 10%.", [("10%", 10, None, "percent", "more_than")]),
    ("На митинг пришли около 300 человек.", [("300", 300, None, "count", "approx")]),
    ("Сумма составила порядка 2 млн рублей.", [("2 млн рублей", 2e6, None, "rub", "approx")]),
    ("Строительство заняло почти 3 года.", [("3 года", 3, None, "year", "approx")]),
    ("Погибли не менее 12 человек.", [("12", 12, None, "count", "at_least")]),
    ("Штраф составит не более 500 тыс. рублей.", [("500 тыс. рублей", 5e5, None, "rub", "at_most")]),
    ("Штраф составит до 500 тыс. рублей.", [("500 тыс. рублей", 5e5, None, "rub", "less_than")]),
    ("Пострадали максимум 20 человек.", [("20", 20, None, "count", "at_most")]),
    ("Пострадали минимум 20 человек.", [("20", 20, None, "count", "at_least")]),
    ("Пострадали как минимум 20 человек.", [("20", 20, None, "count", "at_least")]),
    ("Купили около тысячи книг.", [("тысячи", 1000, None, "count", "approx")]),
    ("Выделено более полутора миллиардов рублей.",
     [("полутора миллиардов рублей", 1.5e9, None, "rub", "more_than")]),
]

SIGNED_AND_WORDS = [
    ("Показатель снизился на -3,2%.", [("-3,2%", -3.2, None, "percent", None)]),
    ("Прибыль выросла на +2,5%.", [("2,5%", 2.5, None, "percent", None)]),
    ("Задержаны трое подозреваемых.", [("трое", 3, None, "count", None)]),
    ("Пятеро туристов пропали.", [("Пятеро", 5, None, "count", None)]),
    ("Эвакуировали семерых жителей.", [("семерых", 7, None, "count", None)]),
    ("Тысяча человек вышла на улицы.", [("Тысяча", 1000, None, "count", None)]),
    ("Выплаты составят полторы тысячи рублей.", [("полторы тысячи рублей", 1500, None, "rub", None)]),
    ("Прошло около полутора лет.", [("полутора лет", 1.5, None, "year", "approx")]),
    ("Зарплата выросла в полтора раза.", [("полтора раза", 1.5, None, "times", None)]),
    ("Сбор превысил сто двадцать пять тысяч рублей.",
     [("сто двадцать пять тысяч рублей", 125000, None, "rub", "more_than")]),
    ("Пришли сорок два человека.", [("сорок два", 42, None, "count", None)]),
    # two number words joined by a hyphen, the smaller first, are a range
    ("Ремонт займёт два-три месяца.", [("два-три месяца", 2, 3, "month", None)]),
    ("Эвакуировали пять-шесть тысяч человек.", [("пять-шесть тысяч", 5000, 6000, "count", None)]),
    ("Задержаны более двухсот сорока человек.", [("двухсот сорока", 240, None, "count", "more_than")]),
    ("Проверено четырьмястами инспекторами.", [("четырьмястами", 400, None, "count", None)]),
    # "каждый N-й" is a share, in every gender and case
    ("Каждое пятое обращение касается ЖКХ.", [("Каждое пятое", 0.2, None, "fraction", None)]),
    ("Каждая десятая семья живёт в кредит.", [("Каждая десятая", 0.1, None, "fraction", None)]),
    ("Телефон есть у каждого второго школьника.", [("каждого второго", 0.5, None, "fraction", None)]),
]

# Number forms the reader had missed: a decimal tail on thousands groups,
# group nouns that multiply a cardinal, signs written as words.
NUMBER_FORMS = [
    ("Бюджет составил 3 400,5 млн рублей.", [("3 400,5 млн рублей", 3.4005e9, None, "rub", None)]),
    ("Запасы оцениваются в 1 250,75 тыс. тонн.", [("1 250,75 тыс. тонн", 1250750, None, "t", None)]),
    ("Пострадали полтора десятка человек.", [("полтора десятка", 15, None, "count", None)]),
    ("На тушение направили два десятка пожарных.", [("два десятка", 20, None, "count", None)]),
    ("В акции участвовали пять десятков волонтёров.", [("пять десятков", 50, None, "count", None)]),
    ("В посёлке сгорели три сотни домов.", [("три сотни", 300, None, "count", None)]),
    ("На улицы вышли десятки людей.", []),      # a plural group noun alone is vague
    ("Ночью ожидается минус 5 градусов.", [("минус 5 градусов", -5, None, "other", None)]),
    ("Температура минус 3,5 градуса.", [("минус 3,5 градуса", -3.5, None, "other", None)]),
    ("Ночью до 30 градусов мороза.", [("30 градусов", -30, None, "other", "less_than")]),
    ("Ночью 12 градусов ниже нуля.", [("12 градусов", -12, None, "other", None)]),
]

# Units spelled in ways the lexicon lacked. A basis point is a hundredth of a
# percentage point, not one: unit other, its own number the value.
UNIT_FORMS = [
    ("Регулятор снизил ставку на 50 б.п.", [("50 б.п.", 50, None, "other", None)]),
    ("Банк снизил ставку на 25 базисных пунктов.", [("25 базисных пунктов", 25, None, "other", None)]),
    ("Скорость составила 120 км/час.", [("120 км/час", 120, None, "other", None)]),
    ("Порывы ветра достигали 18 м/сек.", [("18 м/сек", 18, None, "other", None)]),
    # g-force, written with a capital G apart from the number
    ("Перегрузка при посадке достигла 8 G.", [("8 G", 8, None, "other", None)]),
    ("Пилот выдержал 9,5 G.", [("9,5 G", 9.5, None, "other", None)]),
    # a number with a fraction makes "пункт" a measure (of an index); a whole one counts items
    ("Индекс РТС поднялся до 1 102,7 пункта.", [("1 102,7 пункта", 1102.7, None, "other", None)]),
    ("В городе открыли 12 пунктов обогрева.", [("12", 12, None, "count", None)]),
    # exam points are a score, a measure (CLAIMS.md); tournament "очков" stay counted
    ("Высшие 100 баллов набрали 12 выпускников.", [("100 баллов", 100, None, "other", None), ("12", 12, None, "count", None)]),
    # ... but an average with a fraction is a measure, whether "балл" follows or leads
    ("Средний балл по химии составил 58,3.", [("58,3", 58.3, None, "other", None)]),
    # an average moving by a fraction of a point is a measure, like an index's points
    ("Средний балл по химии вырос на 2,4 балла.", [("2,4 балла", 2.4, None, "other", None)]),
    # a coefficient is a measure, not a count
    ("Коэффициент износа сетей вырос до 0,64.", [("0,64", 0.64, None, "other", None)]),
    # compound measures joined by a hyphen: the last part is a unit word
    ("Грузооборот дороги составил 3 млрд тонно-километров.",
     [("3 млрд тонно-километров", 3e9, None, "other", None)]),
    ("На стройке отработано 40 тыс. человеко-часов.", [("40 тыс. человеко-часов", 4e4, None, "other", None)]),
    # a multiplication sign glued to the number is a ratio
    ("Долговая нагрузка снизилась до 1,8x EBITDA.", [("1,8x", 1.8, None, "times", None)]),
    ("Мультипликатор P/E — 4х.", [("4х", 4, None, "times", None)]),
]

# One adjective may stand between a number and its measure; the parse must
# hang it on the unit word, or the number counts the adjective's people.
ADJECTIVE_BEFORE_UNIT = [
    ("Срок рассмотрения — 30 календарных дней.", [("30 календарных дней", 30, None, "day", None)]),
    ("Смена длится 8 рабочих часов.", [("8 рабочих часов", 8, None, "hour", None)]),
    ("Из 20 опрошенных год назад никто не ответил.", [("20", 20, None, "count", None)]),
]

# A whole and its smaller part written one after the other are one figure,
# the part added as a fraction of the first part's unit; a hundredth of a
# currency alone is given in that currency.
COMPOUND_QUANTITIES = [
    ("Население посёлка составило 2 млн 350 тыс. человек.", [("2 млн 350 тыс.", 2.35e6, None, "count", None)]),
    ("Бюджет — 3 млрд 400 млн рублей.", [("3 млрд 400 млн рублей", 3.4e9, None, "rub", None)]),
    ("Бензин подорожал на 2 рубля 40 копеек.", [("2 рубля 40 копеек", 2.4, None, "rub", None)]),
    ("Проезд стоит 20 гривен 50 копеек.", [("20 гривен 50 копеек", 20.5, None, "uah", None)]),
    ("Хлеб подешевел на 35 копеек.", [("35 копеек", 0.35, None, "rub", None)]),
    ("Акция подорожала на 40 центов.", [("40 центов", 0.4, None, "usd", None)]),
    ("Суд назначил ему 3 года 6 месяцев колонии.", [("3 года 6 месяцев", 3.5, None, "year", None)]),
    ("Ему дали 2 года и 3 месяца условно.", [("2 года и 3 месяца", 2.25, None, "year", None)]),
    ("Совещание длилось 2 часа 15 минут.", [("2 часа 15 минут", 2.25, None, "hour", None)]),
    # a race time keeps its seconds: 37 seconds are 37/3600 of an hour
    ("Марафон он пробежал за 2 часа 10 минут 30 секунд.", [("2 часа 10 минут 30 секунд", 2.175, None, "hour", None)]),
    # two wholes are two figures: the second is no smaller part of the first
    ("Из 5 лет 2 года он провёл в колонии.", [("5 лет", 5, None, "year", None), ("2 года", 2, None, "year", None)]),
]

TABLE = COMPOUND_QUANTITIES + PERCENTS + MONEY + MEASURES + SEPARATORS_AND_RANGES + BOUNDS + SIGNED_AND_WORDS + NUMBER_FORMS + UNIT_FORMS + ADJECTIVE_BEFORE_UNIT


@pytest.mark.parametrize("text, expected", TABLE, ids=[row[0] for row in TABLE])
def test_figures(nlp, text, expected):
    found = figures_of(nlp, text)
    assert close(found, expected), found


# sentence -> the figure texts that remain claims; every other number in it
# is a date, a clock time, a code, an address, a name, an age or an ordinal
NOT_CLAIMS = [
    # dates and years
    ("Документ подписан 12.03.2025.", []),
    ("Отчёт за 2025 г. опубликован.", []),
    ("В 2024–2025 годах построят школу.", []),
    ("В 2024-2025 гг. построят школу.", []),
    ("В 2024 – 2025 годах откроют 3 школы.", ["3"]),
    ("С 2020 по 2024 год выручка выросла вдвое.", ["вдвое"]),
    ("12 марта 2025 года состоялось заседание.", []),
    ("В 1990-е годы завод закрыли.", []),
    ("Итоги за I квартал подведены.", []),
    ("В 3-м квартале прибыль выросла на 12%.", ["12%"]),
    # clock times and scores
    ("Встреча начнётся в 9.30.", []),
    ("Встреча начнётся в 09:30.", []),
    ("Встреча назначена на 10.00.", []),
    ("Приём с 9.00 до 18.00.", []),
    ("Поезд прибывает в 7.45 утра.", []),
    ("Матч закончился со счётом 2:1.", []),
    ("Матч закончился со счетом 3 : 0.", []),
    ("Хозяева уступили 1 : 2 в овертайме.", []),
    # phone numbers and registry codes
    ("Звоните по телефону +7 (495) 123-45-67.", []),
    ("Горячая линия: 8-800-555-35-35.", []),
    ("Звоните: 8 (800) 555-35-35.", []),
    ("Горячая линия 8 800 555 35 35 работает круглосуточно.", []),
    ("Телефон: 8 912 345 67 89.", []),
    ("ИНН 7707083893 указан в выписке.", []),
    ("ИНН 7707083893, КПП 770701001.", []),
    ("ОГРН 1027700132195 присвоен компании.", []),
    ("Счёт получателя 40702810900000012345 указан ниже.", []),
    ("Население Китая — 1 400 000 000 человек.", ["1 400 000 000"]),
    # addresses and articles of law
    ("Офис находится по адресу ул. Ленина, 15.", []),
    ("Адрес: пр. Ленина, д. 25, кв. 14.", []),
    ("Дело возбуждено по ч. 4 ст. 159 УК РФ.", []),
    ("Его обвиняют по статье 105 УК.", []),
    # names of models, products and diseases
    ("Самолёт Ту-214 приземлился в Казани.", []),
    ("Продажи iPhone 15 стартовали.", []),
    ("Заболели COVID-19 ещё 150 человек.", ["150"]),
    ("Самолет Boeing 737 разбился.", []),
    # ages
    ("Задержан 52-летний мужчина.", []),
    ("Мужчина в возрасте 40 лет задержан.", []),
    ("Погибла 7-летняя девочка.", []),
    # ordinals, written with digits or Roman numerals
    ("Команда заняла 2-е место.", []),
    ("Команда заняла 2 место.", []),
    ("Это уже 5-й случай за год.", []),
    ("Здание построено в XV веке.", []),
    ("Ученики 3 класса поехали в музей.", []),
    ("Начало матча — 19 часов 30 минут.", []),
    # a quote that opens with a figure is speech, not a title, when its speaker
    # follows it or it holds a finite verb
    ("«Каждая третья семья берёт кредит», — сказал экономист.", ["Каждая третья"]),
    ("«Двое рабочих получили ожоги, их госпитализировали», — сообщили в МЧС.", ["Двое"]),
    ("Фильм «16 тонн» вышел в прокат.", []),
    # the base a rate is given per, after what it counts; after a verb it is a change
    ("Зафиксировано 14 случаев на 100 тыс. населения.", ["14"]),
    ("В районе 35 врачей на 10 тыс. жителей.", ["35"]),
    ("Больше всего браков на тысячу жителей заключено в Туве.", []),
    ("За год число безработных выросло на 1000 человек.", ["1000"]),
    # a "one" a quantity is given per
    ("Неясно, сколько воды в сутки тратит одна семья.", []),
    ("В расчёте на одного жителя выпущено 30 кв. м жилья.", ["30 кв. м"]),
    # one Latin letter glued to a number names a standard or a format
    ("Оператор запустил сеть 5G в Томске.", []),
    ("Кинотеатр показывает фильмы в 3D.", []),
    ("Продажи телевизоров 4K выросли на 12%.", ["12%"]),
    ("В районе построят 2 корпуса больницы.", ["2"]),
    # after 2-4 a counted animate noun looks accusative to the tagger
    ("Мошенники обманули 2 пенсионера.", ["2"]),
    ("Суд оштрафовал 3 водителя.", ["3"]),
    # codes are written in digits: a compound adjective after "частью" is a measure
    ("Заседание стало частью трёхдневного форума.", ["трёхдневного"]),
    ("По части 2 статьи 105 возбуждено дело.", []),
    # glued units are not codes, however Latin their letters
    ("Температура опустилась до -10°C.", ["-10°C"]),
    ("Днём воздух прогреется до +5°C.", ["+5°C"]),
]


@pytest.mark.parametrize("text, kept", NOT_CLAIMS, ids=[row[0] for row in NOT_CLAIMS])
def test_not_claims(nlp, text, kept):
    assert [claim["figure"]["text"] for claim in nlp(text)._.claims] == kept


# A from-to change written target first: the "с" number is the start of the
# "до" figure, not a figure of its own. (sentence, figure, value, value_from)
TARGET_FIRST = [
    ("Безработица снизилась до 2,9% с 3,2%.", "2,9%", 2.9, 3.2),
    ("Банк урезал выдачи до 40 млрд руб. в месяц с 55 млрд руб. ранее.", "40 млрд руб.", 4e10, 5.5e10),
    ("Ставка поднята до 21% с 19% годовых.", "21%", 21, 19),
]


@pytest.mark.parametrize("text, figure, value, value_from", TARGET_FIRST, ids=[row[0] for row in TARGET_FIRST])
def test_target_first(nlp, text, figure, value, value_from):
    claims = nlp(text)._.claims
    assert [(c["figure"]["text"], c["value"], c["value_from"], c["change"]) for c in claims] == \
        [(figure, pytest.approx(value), pytest.approx(value_from), "to")]


def test_date_after_target_is_no_start(nlp):
    claims = nlp("Штраф вырастет до 5 тыс. рублей с 1 января.")._.claims
    assert [(c["figure"]["text"], c["value_from"]) for c in claims] == [("5 тыс. рублей", None)]


def test_a_unit_passes_down_a_whole_list(nlp):
    text = ("Средства распределены так: школы — 10,9 млрд рублей; дороги — 2,8 млрд; "
            "культура — 612 млн; спорт — 438 млн.")
    assert [c["unit"] for c in nlp(text)._.claims] == ["rub"] * 4


def test_a_bare_amount_is_in_the_currency_the_paragraph_named(nlp):
    text = "Инвестиции составили 18,6 млрд рублей. Из них 4,2 млрд направлено на ремонт."
    claims = nlp(text)._.claims
    assert [(c["figure"]["text"], c["unit"]) for c in claims] == [
        ("18,6 млрд рублей", "rub"), ("4,2 млрд", "rub")]


def test_a_counted_noun_keeps_a_bare_amount_a_count(nlp):
    text = "Бюджет составил 5 млрд рублей. В городе живут 1,2 млн человек."
    assert [c["unit"] for c in nlp(text)._.claims] == ["rub", "count"]


@pytest.mark.parametrize("text, figures", [
    ("Напряжение в сети соответствует ГОСТ 32144-2013.", []),
    ("Приём ведётся в кабинете 205.", []),
    ("Контейнерооборот порта достиг 412 тыс. TEU.", ["412 тыс. TEU"]),
    ("Трафик превысил 24 тыс. петабайт.", ["24 тыс. петабайт"]),
])
def test_codes_and_rare_units(nlp, text, figures):
    assert [c["figure"]["text"] for c in nlp(text)._.claims] == figures
