"""A comparison measures what is compared (the subject, or the figure told
just before), never the base it is compared with: the object of превышать,
the genitive after больше/выше. Every sentence here is written for these
tests, not taken from a corpus."""
import pipeline.claims  # noqa: F401  registers the factory

from claims_helpers import claims_by_figure, metric_heads


def test_a_comparison_after_comma_or_restates_the_figure_before(nlp):
    heads = metric_heads(nlp, "Выпуск молока составил 48 тыс. тонн, или в 1,2 раза больше уровня прошлого года.")
    assert heads["1,2 раза"] == "выпуск"


def test_an_excess_told_with_comma_what_is_of_the_figure_before(nlp):
    heads = metric_heads(nlp, "Бюджет ремонта школ составит 640 млн рублей, что на 15% превышает прошлогодний план.")
    assert heads["15%"] == "бюджет"


def test_a_verbal_adverb_of_excess_shares_the_subject_of_its_verb(nlp):
    heads = metric_heads(nlp, "Уровень безработицы в районе достиг 6,1%, превысив областной показатель на 1,4 пункта.")
    assert heads["1,4 пункта"] == "уровень"


def test_a_comparative_is_about_the_subject_of_its_own_clause(nlp):
    heads = metric_heads(nlp, "Официально уехали 12 тыс. семей, но эксперты уверены, что настоящая цифра втрое выше.")
    assert heads["втрое"] == "цифра"


def test_an_excess_by_an_amount_is_an_increase(nlp):
    claims = claims_by_figure(nlp, "Расходы на содержание дорог превысили план на 18%.")
    assert (claims["18%"]["direction"], claims["18%"]["change"]) == ("increase", "by")


def test_a_person_who_exceeded_something_raised_nothing(nlp):
    claims = claims_by_figure(nlp, "Водитель грузовика превысил скорость на 35 км/ч.")
    assert claims["35 км/ч"]["direction"] is None

