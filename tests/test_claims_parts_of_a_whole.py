"""Parts of a whole counted in the same sentence as the whole: 'Из 20 школ
в пяти ...', 'жителей, трое из которых ...', and a whole with the parts
listed after it ('занимали 1,6 млн га, из них пшеница — 1,05 млн'). Every
sentence here is written for these tests, not taken from a corpus."""
import pytest

import pipeline.claims  # noqa: F401  registers the factory

from claims_helpers import claims_by_figure, metric_head


# --- a whole counted first with 'Из', its parts counted after it ---------------

@pytest.mark.parametrize("text, whole, part, counted", [
    ("Из 20 районных больниц только в пяти число коек выросло.", "20", "пяти", "больница"),
    ("Из 48 заявок на гранты 17 были отклонены комиссией.", "48", "17", "заявка"),
])
def test_a_bare_count_after_a_whole_counted_first_counts_the_whole(nlp, text, whole, part, counted):
    claims = claims_by_figure(nlp, text)
    assert metric_head(claims[whole]) == counted
    assert metric_head(claims[part]) == counted


def test_neither_count_of_a_whole_counted_first_is_the_verb_value(nlp):
    claims = claims_by_figure(nlp, "Из 20 районных больниц только в пяти число коек выросло.")
    assert claims["20"]["direction"] is None
    assert claims["пяти"]["direction"] is None


def test_a_part_with_its_own_noun_keeps_it(nlp):
    claims = claims_by_figure(nlp, "Из 40 школ 12 получили 30 новых компьютеров.")
    assert metric_head(claims["12"]) == "школа"
    assert metric_head(claims["30"]) == "компьютер"


# --- 'двое из которых': the part's number between the noun and 'из которых' ----

def test_a_count_before_from_which_counts_the_noun_before_it(nlp):
    claims = claims_by_figure(nlp, "Проверку начали по жалобе жильцов, трое из которых — пенсионеры.")
    assert metric_head(claims["трое"]) == "жилец"


# --- 'в том числе' reaches no further than a semicolon ---------------------------

def test_a_whole_named_after_a_semicolon_is_not_the_part_opener_whole(nlp):
    claims = claims_by_figure(nlp, "На вокзале задержаны 140 человек, в том числе 12 подростков; "
                                   "в изоляторе остаются пятеро туристов, двое из них — иностранцы.")
    assert metric_head(claims["двое"]) == "турист"


# --- shares of the same people in a gapped poll list ---------------------------

def test_shares_before_a_dash_and_a_preposition_are_of_the_people_polled_first(nlp):
    claims = claims_by_figure(nlp, "Как показал опрос, 44% горожан ездят на работу на метро, "
                                   "27% — на автобусе, а 9% — «на своих двоих».")
    assert metric_head(claims["27%"]) == "горожанин"
    assert metric_head(claims["9%"]) == "горожанин"


# --- the area a crop or a land use takes up ---------------------------------

@pytest.mark.parametrize("text, figure, subject", [
    ("Озимые в районе в этом году занимают около 120 тыс. га.", "120 тыс. га", "Озимые"),
    ("Пастбища занимают в хозяйстве 350 га.", "350 га", "Пастбища"),
])
def test_what_takes_up_an_area_is_the_metric(nlp, text, figure, subject):
    claim = claims_by_figure(nlp, text)[figure]
    assert claim["metric"]["text"].startswith(subject)
    assert claim["direction"] is None


def test_a_worker_busy_somewhere_is_no_area_taken_up(nlp):
    # 'заняты на производстве' (perfective 'занять') says where people work
    claims = claims_by_figure(nlp, "Численность персонала — около 7 200 человек, из них 5 100 заняты на заводе.")
    assert metric_head(claims["5 100"]) == "численность"
