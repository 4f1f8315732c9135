"""Defence, diplomacy and sport wires: a verb joined by 'и' to the one
before it, and a clause after a colon, when the parser hangs the verb
on the sentence's first verb and so on the actor who does it.

Each test is an example of use on a sentence written for it.
"""
import pipeline.claims  # noqa: F401  registers the factory
from claims_helpers import metric_heads


def test_a_verb_after_and_shares_the_subject_of_the_verb_right_before_it(nlp):
    text = ("Кабинет министров одобрил смету, по которой затраты на флот в будущем году "
            "увеличатся на 7% и составят 480 млрд рублей.")
    heads = metric_heads(nlp, text)
    assert heads["480 млрд рублей"] == "затрата"
    assert heads["7%"] == "затрата"


def test_a_clause_after_a_colon_takes_no_subject_from_the_clause_before(nlp):
    text = ("Варшава подписала договор о закупке вертолётов: по словам министра, "
            "цена контракта составила 95 млн евро.")
    assert metric_heads(nlp, text)["95 млн евро"] == "цена"


def test_verbs_joined_by_and_in_one_clause_still_share_their_subject(nlp):
    text = "Выручка клуба выросла на 12% и достигла 40 млн евро."
    assert metric_heads(nlp, text)["40 млн евро"] == "выручка"


def test_a_purpose_opening_a_clause_after_a_colon_is_the_metric(nlp):
    text = ("Большая часть прибавки придётся на морской заказ: на покупку катеров "
            "в новом году планируется выделить около 2 млрд рублей.")
    assert metric_heads(nlp, text)["2 млрд рублей"] == "покупка"


def test_a_purpose_the_tagger_read_as_a_locative_is_the_metric(nlp):
    text = "На стипендии в областном бюджете зарезервировано 40 млн рублей."
    assert metric_heads(nlp, text)["40 млн рублей"] == "стипендия"


def test_a_place_after_na_is_still_no_purpose(nlp):
    text = "На складе в порту хранится 300 тонн зерна."
    assert metric_heads(nlp, text)["300 тонн"] != "склад"
