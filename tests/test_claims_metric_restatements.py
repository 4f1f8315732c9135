"""The metric of a figure restated ("это", "то есть"), ranked, labelled in
a list, given to a purpose, or a span of time after a noun.

Sentences written for these tests (not from any corpus); each maps a
figure's text to the head lemma of its metric (None: no metric).
"""
import pytest

import pipeline.claims  # noqa: F401  registers the factory
from claims_helpers import metric_heads


SENTENCES = [
    # 'это' after a dash stands for the figure before: the share that follows
    # tells the same rain again, and the norm is only its base
    ("За сутки в Твери выпало 12 мм дождя — это почти треть месячной нормы.",
     {"12 мм": "дождь", "треть": "дождь"}),
    # ... and so does 'то есть' after a comma, with a bound word after it
    ("Совет предложил отдать акционерам 40% выручки, то есть около 2 млрд рублей.",
     {"40%": "выручка", "2 млрд рублей": "выручка"}),
    # a comma and 'это' with a bound word: the same group counted as a ratio
    ("Экзамен провалили 5% абитуриентов, это примерно каждый двадцатый.",
     {"5%": "абитуриент", "каждый двадцатый": "абитуриент"}),
    # a ranking sentence: the subject before the dash is what the figure
    # measures, the place after it (closed by a colon) only where
    ("Самые низкие пенсии — в горных районах: в среднем 18 тыс. рублей.",
     {"18 тыс. рублей": "пенсия"}),
    ("Самый дорогой литр молока — в Приморском районе: 96 руб.",
     {"96 руб.": "литр"}),
    # ... and a reckoning phrase ('в среднем') may stand between dash and figure
    ("Самые высокие пенсии по-прежнему в столице — в среднем 31 тыс. рублей.",
     {"31 тыс. рублей": "пенсия"}),
    # a name in quotes before a dash labels a list item, even when its words
    # are common nouns: the item inherits the first figure's metric
    ("На выборах в гордуму партия «Зелёный город» получила 18,2% голосов, блок «Молодые люди» — 9,4%, "
     "«Честные соседи» — 6,1%.",
     {"18,2%": "голос", "9,4%": "голос", "6,1%": "голос"}),
    # a bare span of time after a noun says how long something went on, not
    # how long that noun is: the noun is no metric unless it names a span
    ("После долгих тренировок и восьми месяцев на станции он вернулся.",
     {"восьми месяцев": None}),
    ("Трое осуждённых отбудут в колонии строгого режима 4 года.",
     {"4 года": None}),
    # ... while with its own preposition the span is the noun's term
    ("Клуб подписал с вратарём контракт на 2 года.",
     {"2 года": "контракт"}),
    # a share that falls to a part measures the whole (NOTES.md), also when the
    # part is an adjective used as a noun
    ("По оценке аналитиков, на вторичку уже приходится около 55% сделок.",
     {"55%": "сделка"}),
    ("На пожилых приходится 30% всех вызовов скорой.",
     {"30%": "вызов"}),
    # money or goods given to a purpose measure the purpose (NOTES.md), and a
    # clause opened by 'а' does not lend the first clause's metric to them
    ("Доходы бюджета вырастут на 40 млрд рублей, а на строительство школ будет выделено не менее 12 млрд рублей.",
     {"40 млрд рублей": "доход", "12 млрд рублей": "строительство"}),
    ("Область собирается продать на экспорт около 800 тыс. тонн.",
     {"800 тыс. тонн": "экспорт"}),
    # ... but goods named after the figure are still what it measures, and a
    # rate after the figure ('на человека') is no purpose
    ("Самолёты сбросили на пожар около 90 тонн воды.",
     {"90 тонн": "вода"}),
    ("Каждый участник получит выплату в размере 5 тыс. рублей на человека.",
     {"5 тыс. рублей": "выплата"}),
    # a span after 'на срок' is the term of the noun the phrase hangs from
    ("Закон грозит нарушителям лишением свободы на срок до 8 лет.",
     {"8 лет": "лишение"}),
    ("Банк выдал заёмщику ипотеку на срок 25 лет.",
     {"25 лет": "ипотека"}),
    # ... while a span noun after another preposition keeps its own name
    ("Компания владеет 40 самолётами со средним возрастом 7,5 года.",
     {"7,5 года": "возраст"}),
    # in a list of weights each one names its own stuff by the genitive after
    # it, however the parser joins the list
    ("При обыске у них изъяли более 80 кг гашиша, почти 30 кг прекурсоров и около 1,2 тонны химикатов, а также оружие.",
     {"80 кг": "гашиш", "30 кг": "прекурсор", "1,2 тонны": "химикат"}),
]


@pytest.mark.parametrize("text,expected", SENTENCES)
def test_metric_head(nlp, text, expected):
    heads = metric_heads(nlp, text)
    for figure, head in expected.items():
        assert heads.get(figure, "missing") == head, (figure, heads)



def test_pronoun_after_an_infinitive_skips_the_clause_of_its_verb(nlp):
    # an infinitive shares the clause of the verb it completes: the subject of
    # that verb ('совет акционеров') is no antecedent of a pronoun after it
    from pipeline.claims import anaphora
    doc = nlp("Бонусы мы оставим: совет акционеров рекомендует направить на них не менее 20% выручки.")
    pronoun = next(t for t in doc if t.lower_ == "них")
    found = anaphora.antecedent(pronoun, (0, len(doc)), None, {})
    assert found is not None and found[1].lemma_ == "бонус"
