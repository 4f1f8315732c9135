"""The seed article (docs/seed-article.txt): exactly its eight claims."""
import pytest

import pipeline.claims  # noqa: F401  registers the factory

EXPECTED = [
    # figure, metric head, direction, trigger lemma, qualifier
    ("10%", "уровень", "decrease", "снизить", None),
    ("34%", "раскрываемость", "increase", "увеличить", None),
    ("36%", "преступление", "decrease", "снижение", "в общественных местах"),
    ("11%", "преступление", "decrease", "снижение", "на улицах"),
    ("30%", "преступление", "decrease", "снижение", "ранее судимыми лицами"),
    ("69%", "преступление", "decrease", "снижение", "несовершеннолетними"),
    ("428", "сообщение", None, None, None),
    ("360", "протокол", None, None, None),
]


@pytest.fixture(scope="module")
def seed_claims(nlp, seed_text):
    return nlp(seed_text)._.claims


def test_exactly_eight_claims(seed_claims):
    assert [c["figure"]["text"] for c in seed_claims] == [row[0] for row in EXPECTED]


@pytest.mark.parametrize("index", range(len(EXPECTED)))
def test_each_claim(seed_claims, seed_text, index):
    figure, head, direction, trigger, qualifier = EXPECTED[index]
    claim = seed_claims[index]
    assert seed_text[claim["figure"]["start"]:claim["figure"]["end"]] == figure
    assert claim["metric"]["head"] == head
    assert claim["direction"] == direction
    assert (claim["trigger"] or {}).get("lemma") == trigger
    if qualifier:
        assert [q["text"] for q in claim["qualifiers"]] == [qualifier]
    expected_unit = "percent" if figure.endswith("%") else "count"
    assert claim["unit"] == expected_unit
    assert claim["change"] == ("by" if direction else None)


def test_nothing_from_the_dateline_or_furniture(seed_claims, seed_text):
    furniture_start = seed_text.index("Если вы заметили ошибку")
    for claim in seed_claims:
        assert claim["figure"]["text"] not in ("15", "41", "9")
        assert claim["figure"]["start"] < furniture_start


def test_claims_have_the_documented_keys(seed_claims):
    keys = ["figure", "value", "value_max", "value_from", "bound", "unit", "metric",
            "direction", "change", "trigger", "qualifiers", "time", "source"]
    for claim in seed_claims:
        assert list(claim) == keys


def test_every_claim_covers_the_period_set_earlier(seed_claims):
    # "Так, с начала года ..." opens an earlier paragraph; the 428/360 paragraph has its own
    assert [c["time"]["text"] for c in seed_claims] == ["с начала года"] * len(EXPECTED)


def test_the_quote_paragraph_names_its_speaker(seed_claims):
    sources = {c["figure"]["text"]: c["source"] for c in seed_claims}
    for figure in ("428", "360"):
        assert sources[figure]["text"] == "начальник УП города Караганды"
        assert sources[figure]["cluster"] is None   # a person, not the УП the span mentions
    assert all(sources[f] is None for f in ("10%", "34%", "36%", "11%", "30%", "69%"))
