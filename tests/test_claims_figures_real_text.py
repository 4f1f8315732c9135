"""Figures on real web text: quote marks left as HTML entities, rates
written with a slash, and other forms that our own example articles lack.

Each test is an example of use on a sentence written for it.
"""
import pipeline.claims  # noqa: F401  registers the factory


def figures_of(nlp, text):
    """{figure text: unit} for the claims found in `text`."""
    return {claim["figure"]["text"]: claim["unit"] for claim in nlp(text)._.claims}


# --- quoted names whose quote marks are HTML entities -------------------------

def test_a_number_in_a_name_quoted_with_entities_is_no_claim(nlp):
    assert figures_of(nlp, "Грузовики везли сталь на комбинат &quot;9 Мая&quot; всю ночь.") == {}
    assert figures_of(nlp, "Сборник &#39;&#39;Три сестры&#39;&#39; вышел весной.") == {}


def test_speech_quoted_with_entities_keeps_its_figures(nlp):
    said = "Глава района сказал: &quot;Мы отремонтировали 14 школ за лето&quot;."
    assert figures_of(nlp, said) == {"14": "count"}
