"""Entities as an index would list them: normal forms and same-thing clusters.

Normal form. A person's every name word goes to the nominative
("Шахназара Салина" → "Шахназар Салин"). A place or an organization is
a phrase: only its head word and the adjectives agreeing with it change
case ("Тверской площади" → "Тверская площадь"), while the words it governs
keep theirs ("УП города Караганды" stays). The head is the word whose
syntactic head lies outside the span.

Clusters. Within one document, mentions with the same normal form share a
cluster, and a person named by one word ("Салин") joins the earlier or
later full name that ends or starts with it.
"""
import json
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Span

from pipeline.lemma import agreement, analyzer, ud_reading
from pipeline.paths import model_file

for _name in ("normal", "cluster"):
    if not Span.has_extension(_name):
        Span.set_extension(_name, default=None)


@lru_cache(maxsize=None)
def rules():
    return json.loads(model_file("morph", "normal_forms.json").read_text("utf-8"))


@lru_cache(maxsize=100_000)
def inflect_word(word, pos, feats_string, wanted, prefer_names):
    """`word` put into the grammemes `wanted`, or the word itself if impossible."""
    feats = dict(f.split("=", 1) for f in feats_string.split("|") if "=" in f)
    best, best_score = None, -1
    for parse in analyzer().parse(word.lower()):
        score = agreement(parse.tag, pos, feats)
        if prefer_names and any(g in parse.tag for g in rules()["name_grammemes"]):
            score += rules()["name_bonus"]
        for grammeme, penalty in rules()["penalties"].items():
            if grammeme in parse.tag:
                score -= penalty
        if score > best_score:
            best, best_score = parse, score
    if best is None or "LATN" in best.tag or "UNKN" in best.tag:
        return word
    # A reading in the wrong number is a guess gone astray ("Силуанов" read
    # as the plural of the name Силуан): better to keep the word as written.
    if "Number" in feats and ud_reading(best.tag)[1].get("Number", feats["Number"]) != feats["Number"]:
        return word
    changed = best.inflect(set(wanted))
    if changed is None:
        return word
    return restore_case(word, changed.word)


def restore_case(original, word):
    if original.isupper() and len(original) > 1:
        return word.upper()
    if original[:1].isupper():
        return "-".join(part[:1].upper() + part[1:] for part in word.split("-"))
    return word


def span_head(span):
    """The word of the span whose syntactic head is outside it."""
    words = [t for t in span if not t.is_space]
    for token in words:
        if token.head.i < span.start or token.head.i >= span.end or token.head == token:
            return token
    return words[-1] if words else span[0]


def normal_form(span):
    if span.label_ == "PER":
        changed = {t.i: _person_word(t) for t in span}
    else:
        changed = _phrase_words(span)
    parts = []
    for token in span:
        parts.append(changed.get(token.i, token.text))
        if token.i < span.end - 1:
            parts.append(token.whitespace_)
    return "".join(parts).strip()


def _person_word(token):
    if not token.is_alpha or token.pos_ in rules()["keep_as_is_pos"]:
        return token.text
    number = "plur" if token.morph.get("Number") == ["Plur"] else "sing"
    return inflect_word(token.text, token.pos_, str(token.morph),
                        ("nomn", number), True)


def _phrase_words(span):
    head = span_head(span)
    if not head.is_alpha or head.pos_ in rules()["keep_as_is_pos"]:
        return {}
    if head.morph.get("Case") in (["Nom"], []):
        return {}
    number = "plur" if head.morph.get("Number") == ["Plur"] else "sing"
    changed = {head.i: inflect_word(head.text, head.pos_, str(head.morph),
                                    ("nomn", number), False)}
    gender = _gender_of(changed[head.i], head)
    agreeing = set(rules()["agreeing_relations"])
    for token in span:
        if token.head == head and token.i < head.i and token.dep_ in agreeing \
                and token.is_alpha and token.pos_ in ("ADJ", "DET", "VERB"):
            wanted = ("nomn", number) if number == "plur" else ("nomn", number, gender)
            changed[token.i] = inflect_word(token.text, token.pos_, str(token.morph),
                                            tuple(w for w in wanted if w), False)
    return changed


def _gender_of(word, token):
    gender = token.morph.get("Gender")
    table = {"Masc": "masc", "Fem": "femn", "Neut": "neut"}
    return table.get(gender[0]) if gender else None


def assign_clusters(ents):
    """Cluster number of each entity, numbered by first appearance."""
    clusters = []  # (label, full keys, word keys)
    numbers = []
    for span in ents:
        key = span._.normal.lower().replace("ё", "е")
        words = key.split()
        number = _find_cluster(clusters, span.label_, key, words)
        if number is None:
            clusters.append((span.label_, {key}, set()))
            number = len(clusters) - 1
        label, keys, word_keys = clusters[number]
        keys.add(key)
        if span.label_ == "PER" and len(words) > 1:
            word_keys.update((words[0], words[-1]))
        numbers.append(number)
    return numbers


def _find_cluster(clusters, label, key, words):
    for number, (their_label, keys, word_keys) in enumerate(clusters):
        if their_label != label:
            continue
        if key in keys:
            return number
        if label == "PER" and len(words) == 1 and key in word_keys:
            return number
        if label == "PER" and len(words) > 1 and (words[-1] in keys or words[0] in keys) \
                and not word_keys:
            return number
    return None


class EntityNormalizer:
    def __init__(self, name="rupipe_entities"):
        self.name = name

    def __call__(self, doc):
        ents = list(doc.ents)
        for span in ents:
            span._.normal = normal_form(span)
        for span, number in zip(ents, assign_clusters(ents)):
            span._.cluster = number
        return doc


@Language.factory("rupipe_entities")
def make_entities(nlp, name):
    return EntityNormalizer(name)
