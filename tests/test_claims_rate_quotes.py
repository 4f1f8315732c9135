"""An amount of money priced per unit of another currency quotes a rate of
exchange, and the rate noun of its sentence is what it measures
(pipeline/claims/rate_quotes.py).

Sentences written for these tests (not from any corpus).
"""
import pytest

import pipeline.claims  # noqa: F401  registers the factory
from claims_helpers import metric_heads


QUOTES = [
    # 'за доллар' after the amount, past a bracketed code: not the subject that set it
    ("Официальный курс на 3 мая Нацбанк установил на уровне 12,4 сомони (TJS) за доллар.",
     "12,4 сомони", "курс"),
    # the rate noun opens the sentence, the amount comes after a colon
    ("Курс при этом почти не изменился: 91,2 сома (KGS) за доллар сейчас.",
     "91,2 сома", "курс"),
    # 'за евро дают' before the amount: a quote too
    ("Продавцы объясняют подорожание курсом: за евро дают уже 98,5 рубля.",
     "98,5 рубля", "курс"),
    # and a bare amount compared with it after 'против' carries its metric
    ("Курс при этом почти не изменился: 91,2 сома (KGS) за доллар сейчас против 90,6 в начале года.",
     "90,6", "курс"),
]


@pytest.mark.parametrize("text, figure, head", QUOTES)
def test_an_amount_quoted_per_currency_measures_the_rate(nlp, text, figure, head):
    assert metric_heads(nlp, text)[figure] == head


def test_an_amount_per_tonne_is_no_rate_quote(nlp):
    # 'за тонну' prices a good, not a currency: the rate noun elsewhere in the sentence is not its metric
    found = metric_heads(nlp, "Несмотря на курс, пшеницу закупают по 14 тыс. рублей за тонну.")
    assert found["14 тыс. рублей"] != "курс"
