"""A noun that carries a figure through a participle or a genitive: the
figure measures that noun, however the parser hangs the two. Every sentence
here is written for these tests, not taken from a corpus."""
import pytest

import pipeline.claims  # noqa: F401  registers the factory

from claims_helpers import metric_heads


# --- a participle with no subject of its own: the noun it modifies ------------

@pytest.mark.parametrize("text, figure, head", [
    ("Спрос, превысивший $2,5 млрд, позволил банку снизить купон.", "$2,5 млрд", "спрос"),
    ("Завод закрылся из-за убытков, превышавших 90 млн рублей, и уволил рабочих.", "90 млн рублей", "убыток"),
])
def test_a_participle_gives_its_figure_to_the_noun_it_modifies(nlp, text, figure, head):
    assert metric_heads(nlp, text)[figure] == head


# --- a period before a share is no quantity: the share's genitive is ----------

def test_a_share_after_by_the_results_of_counts_its_own_genitive(nlp):
    text = "Блок лидирует с 31% голосов, сообщил избирком по итогам подсчёта 87,2% бюллетеней."
    assert metric_heads(nlp, text)["87,2%"] == "бюллетень"


# --- a genitive right after a sum, made a second object of the verb ------------

@pytest.mark.parametrize("text, figure, head", [
    ("Район получил в прошлом году 300 млн рублей субсидий.", "300 млн рублей", "субсидия"),
    ("Город планирует привлечь 5 млрд рублей инвестиций.", "5 млрд рублей", "инвестиция"),
])
def test_a_genitive_after_a_sum_is_what_the_sum_is_of(nlp, text, figure, head):
    assert metric_heads(nlp, text)[figure] == head
