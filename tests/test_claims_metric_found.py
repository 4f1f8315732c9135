"""Figures the extractor used to leave with no metric where an annotator
names one (the pred-none block of the wrong metrics), one class per test.
Every sentence here is written for these tests, not taken from a corpus."""
import pytest

import pipeline.claims  # noqa: F401  registers the factory

from claims_helpers import metric_heads


# --- a subject the parser hung on the phrase opening the clause ---------------

@pytest.mark.parametrize("text, figure, head", [
    ("В юанях импорт в сентябре снизился на 2,7%.", "2,7%", "импорт"),
    ("В юанях экспорт в мае сократился на 2,1%.", "2,1%", "экспорт"),
])
def test_a_subject_after_an_opening_phrase_is_what_changes(nlp, text, figure, head):
    assert metric_heads(nlp, text)[figure] == head


# --- a sum restated after 'или' once its purpose is known -----------------------

def test_a_sum_per_share_restated_after_or_measures_the_purpose(nlp):
    heads = metric_heads(nlp, "Наблюдательный совет предложил направить на дивиденды 9,2 млрд руб., "
                              "или 14 руб. на одну акцию.")
    assert heads["9,2 млрд руб."] == "дивиденд"
    assert heads["14 руб."] == "дивиденд"


# --- 'как' and a verb of speech between the subject and its verb ---------------

def test_a_long_source_opened_by_kak_stands_between_subject_and_verb(nlp):
    heads = metric_heads(nlp, "Загрузка реанимаций, как уточнила главный врач больницы Ирина Котова, "
                              "превысила 80%.")
    assert heads["80%"] == "загрузка"
