"""In a report of a contest what is won is named once ('набрал 41% голосов');
each later rival's bare figure measures the same thing, and the rival is who
won it, not the metric.

Sentences written for these tests (not from any corpus).
"""
import pytest

import pipeline.claims  # noqa: F401  registers the factory


def metrics(nlp, text):
    return {c["figure"]["text"]: (c["metric"] or {}).get("head") for c in nlp(text)._.claims}


RIVALS = [
    # a later paragraph's party gets the vote named in the first
    ("Союз «Заря» набрал 41,5 процента голосов на выборах в горсовет.\n"
     "Правящая партия получила 27 процентов, хотя пять лет назад за нее голосовали многие.",
     {"27 процентов": "голос"}),
    # rivals listed after a dash, with no verb of their own
    ("Либералы набрали 12,4% голосов, аграрии — 8,1%, зелёные — 5,3%.",
     {"8,1%": "голос", "5,3%": "голос"}),
    # seats: the first rival names them, the others only count
    ("По итогам голосования «Заря» получит 31 место из 75, Народный союз — 22, аграрии — 9.",
     {"22": "место", "9": "место"}),
    # a candidate described by a participle names what the others win
    ("Побеждает мэр Олег Сомов, набравший 58% голосов. Второе место с 17% занял кандидат от аграриев.",
     {"17%": "голос"}),
]


@pytest.mark.parametrize("text, expected", RIVALS)
def test_a_rivals_bare_figure_measures_what_the_first_won(nlp, text, expected):
    found = metrics(nlp, text)
    for figure, head in expected.items():
        assert found[figure] == head


def test_a_share_of_a_group_keeps_its_own_noun(nlp):
    # '30% горожан' names its own group right after the figure
    found = metrics(nlp, "Союз «Заря» набрал 41% голосов. Партию поддержали 30% горожан.")
    assert found["30%"] == "горожанин"


def test_a_figure_won_by_no_rival_takes_nothing(nlp):
    # the budget before the dash is no rival: it keeps the metric it names
    found = metrics(nlp, "Союз «Заря» набрал 41% голосов. Средний бюджет кампании — 5 млн рублей.")
    assert found["5 млн рублей"] == "бюджет"


def test_a_rival_takes_the_plain_share_of_its_paragraph(nlp):
    # no figure before was won the same way: the voters' share names what was won
    text = ("Явка составила 41%. За мэра проголосовали 20 310 избирателей, или 52,1%. "
            "Кандидат от аграриев набрал 30,4%, самовыдвиженец — 9%.")
    found = metrics(nlp, text)
    assert found["30,4%"] == "избиратель"
    assert found["9%"] == "избиратель"

