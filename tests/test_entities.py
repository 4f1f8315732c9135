"""Named entities, their normal forms and same-thing clusters."""
import pytest

from pipeline.entities import assign_clusters, normal_form


def entities(nlp, text):
    return [(e.label_, e.text, e._.normal, e._.cluster) for e in nlp(text).ents]


@pytest.mark.parametrize("text, mention, normal", [
    ("Встреча начальника полиции Шахназара Салина с горожанами.",
     "Шахназара Салина", "Шахназар Салин"),
    ("Начальник полиции Караганды выступил.", "Караганды", "Караганда"),
    ("Письмо подписала Анна Иванова, вручили его Анне Ивановой.",
     "Анне Ивановой", "Анна Иванова"),
    ("Митинг прошёл на Тверской площади.", "Тверской площади", "Тверская площадь"),
    ("Мэр Москвы Юрий Лужков ответил.", "Юрий Лужков", "Юрий Лужков"),
])
def test_normal_form_is_the_nominative(nlp, text, mention, normal):
    found = {m: n for _, m, n, _ in entities(nlp, text)}
    assert found[mention] == normal


@pytest.mark.parametrize("text, phrase, normal", [
    ("Заявление сделала пресс-служба Министерства здравоохранения Республики Казахстан.",
     "Министерства здравоохранения Республики Казахстан",
     "Министерство здравоохранения Республики Казахстан"),
    ("Встреча начальника УП города Караганды.", "УП города Караганды",
     "УП города Караганды"),
    ("Решение Центрального банка России.", "Центрального банка России",
     "Центральный банк России"),
])
def test_organization_keeps_its_inner_words(nlp, text, phrase, normal):
    doc = nlp(text)
    start = text.index(phrase)
    span = doc.char_span(start, start + len(phrase), label="ORG")
    assert normal_form(span) == normal


def test_surname_joins_the_full_name(nlp):
    found = entities(nlp, "Глава Минфина Антон Силуанов выступил в Думе. "
                          "По словам Силуанова, бюджет исполнен. Силуанов добавил, что всё хорошо.")
    persons = [(m, c) for label, m, _, c in found if label == "PER"]
    assert len(persons) == 3
    assert len({c for _, c in persons}) == 1


def test_different_people_get_different_clusters(nlp):
    found = entities(nlp, "Иван Петров встретился с Сергеем Смирновым. Петров был доволен.")
    clusters = {m: c for label, m, _, c in found if label == "PER"}
    assert clusters["Петров"] == clusters["Иван Петров"]
    assert clusters["Сергеем Смирновым"] != clusters["Иван Петров"]


class Mention:
    """A stand-in for a spaCy Span: what assign_clusters reads."""

    def __init__(self, label, normal):
        self.label_ = label
        self._ = type("Ext", (), {"normal": normal})()


def test_clusters_by_normal_form_and_surname():
    mentions = [Mention("PER", "Шахназар Салин"), Mention("LOC", "Караганда"),
                Mention("PER", "Салин"), Mention("LOC", "Караганда"),
                Mention("ORG", "Салин")]  # same word, different type: apart
    assert assign_clusters(mentions) == [0, 1, 0, 1, 2]


def test_surname_first_then_full_name():
    mentions = [Mention("PER", "Салин"), Mention("PER", "Шахназар Салин")]
    assert assign_clusters(mentions) == [0, 0]
