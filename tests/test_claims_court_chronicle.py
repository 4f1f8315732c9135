"""Court and crime chronicle: verdicts with bans and fines, damages paid out,
sums claimed in total, one class per test. Every sentence here is written
for these tests, not taken from a corpus."""
import pytest

import pipeline.claims  # noqa: F401  registers the factory

from claims_helpers import claims_by_figure, metric_head


# --- a ban or a right taken away for a term ----------------------------------

@pytest.mark.parametrize("text, figure, head", [
    ("Суд также назначил бывшему мэру запрет занимать государственные должности сроком на пять лет.",
     "пять лет", "запрет"),
    ("Кроме того, ей назначено лишение права заниматься врачебной деятельностью сроком на два года.",
     "два года", "лишение"),
    ("Мировой судья лишил водителя права управлять автомобилем на полтора года.",
     "полтора года", "право"),
])
def test_a_term_on_an_infinitive_is_the_term_of_the_ban_it_completes(nlp, text, figure, head):
    assert metric_head(claims_by_figure(nlp, text)[figure]) == head


def test_a_loan_keeps_its_own_term_word(nlp):
    claims = claims_by_figure(nlp, "Банк выдал заводу кредит в размере 300 млн рублей сроком на семь лет.")
    assert metric_head(claims["семь лет"]) == "срок"


# --- a fine set as a multiple of a sum ------------------------------------------

@pytest.mark.parametrize("text, figure", [
    ("Суд назначил чиновнику наказание в виде штрафа в тридцатикратном размере суммы взятки.", "тридцатикратном"),
    ("Статья предусматривает штраф в размере до 50-кратной суммы взятки.", "50-кратной"),
])
def test_a_multiple_in_a_frame_measures_the_fine(nlp, text, figure):
    assert metric_head(claims_by_figure(nlp, text)[figure]) == "штраф"


# --- a sum reckoned in total -----------------------------------------------------

def test_the_noun_before_v_obshchey_slozhnosti_is_what_the_sum_is_worth(nlp):
    claims = claims_by_figure(nlp, "Вкладчики подали иски в общей сложности на 40 млн рублей.")
    assert metric_head(claims["40 млн рублей"]) == "иск"


# --- money dealt out, named by the genitive after it -------------------------------

def test_a_sum_dealt_out_is_of_the_genitive_right_after_it(nlp):
    text = ("Суд лишил осуждённого права управлять машиной на два года и взыскал с него "
            "в пользу пострадавших по 700 тыс. рублей компенсации морального вреда.")
    assert metric_head(claims_by_figure(nlp, text)["700 тыс. рублей"]) == "компенсация"
