"""A learned fallback for a figure the rules leave without a metric.

The hand rules name most figures' metrics; for the few they leave empty
(516 of 14,820 paired figures on the 124 development sets) a small ranker
scores the words of the figure's sentence and a "no metric" choice, and fills
the metric with the best word when that word wins and its probability clears
a threshold. A metric a rule settled empty on purpose (rule_chain.NO_HEAD, a
distance from a point, money paid with no noun naming it, a fine on people,
a comparison referring back, a size on a line that lists no goods, money
moved to an account, a sum listed after things: describe.Found.no_metric;
272 of the 516) is never filled: only the claims
no rule decided are the ranker's. extract.py leaves the marks, one per
claim, in doc.user_data[SETTLED_EMPTY_KEY]. Nor does the ranker offer a word
the rules never take (refused_by_the_rules: a person's name; a person or
animal for a figure that counts or shares out no people; the label opening
an amount's line, label_of_an_amounts_line).

The model is a conditional logit (softmax over one figure's candidates) over
binary features: the word's part of speech, relation, case, path to the
figure in the dependency tree, distance and side, punctuation between, named
entity and the claims lexicons' classes (not the word's lemma). Weights and
threshold live in models/claims/metric_ranker.json; `python -m
pipeline.claims.metric_ranker train --out models/claims/metric_ranker.json`
rebuilds them from the development gold only. Measured by cross-validation
over whole held-out sets (5 folds of the 124 development sets, thresholds
from the other folds): +57 right metrics of 14,820 paired figures (+0.38
points; 80 fixed, 23 broken), all 5 folds up (+13, +12, +11, +9, +12).
In-sample, with the weights trained on all 124 sets (training data, so an
upper bound): +72 (90 fixed, 18 broken) at threshold 0.384.
On (ENABLED below).
"""
import argparse
import json
import math
import os
from functools import lru_cache

from pipeline.claims.lexicon import load_json
from pipeline.claims.hung_on import LABEL_WORDS, LINE_OPENERS
from pipeline.claims.triggers import SIGN_DIRECTIONS
from pipeline.claims.units import PART_OF_WHOLE_UNITS, SHARE_UNITS
from pipeline.claims.word_kinds import names_person
from pipeline.paths import MODELS_DIR

MODEL_PATH = MODELS_DIR / "claims" / "metric_ranker.json"
CANDIDATE_POS = {"NOUN", "PROPN", "ADJ", "VERB"}   # gold metric heads are these (13,653 of 13,664)
CLAUSE_BREAKS = set(",;:()—–-")
MIN_FEATURE_COUNT = 3
TRAIN_STEPS = 200
L2 = 1.0

# On: held out it mends more than it breaks (+57 right metrics in cross-validation,
# every fold up). Training switches it off while it reads what the rules alone give.
ENABLED = True
# doc.user_data key of the marks of a metric settled empty, one per claim of doc._.claims (training reads them).
SETTLED_EMPTY_KEY = "rupipe.claims_settled_empty"
# Figures that count or share out people: a person or animal may be what they measure ('23% граждан',
# '12 жителей'). For a measure, a sum or a span of time the rules refuse one (subjects, copulas, sums
# put on someone), and the gold all but never names one (10 animate common nouns among some 5,900
# such metrics of the development gold): the ranker does not offer them.
PEOPLE_UNITS = PART_OF_WHOLE_UNITS | {"count", "times"}


# ---- the Doc as plain token records ---------------------------------------

def token_records(doc):
    return [dict(i=t.i, idx=t.idx, text=t.text, lemma=t.lemma_, pos=t.pos_, dep=t.dep_, head=t.head.i,
                 morph=str(t.morph), ent=t.ent_type_, sent=t.sent.start, space=t.is_space, person=names_person(t))
            for t in doc]


def morph_value(morph, key):
    for part in morph.split("|"):
        if part.startswith(key + "="):
            return part.split("=", 1)[1]
    return "none"


@lru_cache(maxsize=1)
def lexicons():
    """Lemma lists of the rules, each a feature: a quantity noun is often a metric, a trigger seldom."""
    measures, triggers, context = load_json("measures.json"), load_json("triggers.json"), load_json("context.json")
    return {
        "quantity": set(measures["quantity_nouns"]), "duration": set(measures["duration_nouns"]),
        "payment": set(measures["payment_nouns"]), "person": set(measures["person_counters"]),
        "trig_inc": set(triggers["increase"]), "trig_dec": set(triggers["decrease"]),
        "trig_level": set(triggers["level"]),
        "time": set(context["time_nouns"]) | set(context["months"]), "speech": set(context["speech_verbs"]),
    }


# ---- candidates and their features ------------------------------------------

def figure_token(toks, span):
    """The figure's syntactic root (the token whose head lies outside the figure) and the figure's tokens."""
    inside = [t for t in toks if span["start"] <= t["idx"] < span["end"] and not t["space"]]
    if not inside:
        inside = [t for t in toks if t["idx"] < span["end"] and t["idx"] + len(t["text"]) > span["start"]]
    if not inside:
        return None, set()
    ids = {t["i"] for t in inside}
    roots = [t for t in inside if t["head"] not in ids or t["head"] == t["i"]]
    return (roots[0] if roots else inside[-1]), ids


def ancestors(toks, i):
    chain = [i]
    while toks[chain[-1]]["head"] != chain[-1] and len(chain) < 40:
        chain.append(toks[chain[-1]]["head"])
    return chain


def path_features(toks, figure, word):
    """Steps up from the figure to the common ancestor and down to the word, with their relations."""
    from_figure, from_word = ancestors(toks, figure), ancestors(toks, word)
    common = next((x for x in from_figure if x in set(from_word)), None)
    if common is None:
        return ["path=none"]
    up, down = from_figure.index(common), from_word.index(common)
    ups = [toks[x]["dep"] for x in from_figure[:up]]
    downs = [toks[x]["dep"] for x in from_word[:down]][::-1]
    out = [f"up={min(up, 4)}", f"down={min(down, 4)}", f"updown={min(up, 3)}_{min(down, 3)}"]
    if up + down <= 3:
        out.append("path=" + "^".join(ups) + "|" + "v".join(downs))
    if up + down <= 2:
        out.append("pathpos=" + "^".join(ups) + "|" + "v".join(downs) + "|" + toks[word]["pos"])
    return out


def word_features(toks, figure, word, figure_ids, unit, sentence):
    t, ft = toks[word], toks[figure]
    case = morph_value(t["morph"], "Case")
    unit = unit or "none"
    feats = ["bias", "pos=" + t["pos"], "dep=" + t["dep"], "case=" + case,
             "num=" + morph_value(t["morph"], "Number"), "unit=" + unit,
             "figdep=" + ft["dep"], "figdep_dep=" + ft["dep"] + "_" + t["dep"], "unit_pos=" + unit + "_" + t["pos"]]
    path = path_features(toks, figure, word)
    feats += path + ["unit_" + unit + "_" + x for x in path[:3]]
    low, high = sorted((figure, word))
    between = [toks[k] for k in range(low + 1, high) if k not in figure_ids]
    side = "R" if word > figure else "L"
    gap = len([b for b in between if not b["space"]]) + 1
    feats.append(f"dist={side}{gap if gap < 5 else ('5-7' if gap <= 7 else '8+')}")
    if any(b["text"] in CLAUSE_BREAKS for b in between):
        feats.append("break_between")
    if any(b["text"] in (":", "—", "–") for b in between):
        feats.append("colon_dash_between")
    if any(b["text"] in (";", "(", ")") for b in between):
        feats.append("semi_paren_between")
    if any(b["pos"] == "VERB" for b in between):
        feats.append("verb_between")
    if t["ent"]:
        feats.append("ent=" + t["ent"])
    # the word itself is no feature: lemma weights fit to the development sets carried nothing
    # to held-out sets (cross-validation: +40 right without them, +35 with), only its lexicon classes
    lemma = t["lemma"].lower()
    feats += ["lex=" + name for name, words in lexicons().items() if lemma in words]
    nouns = [k for k in sentence if toks[k]["pos"] in ("NOUN", "PROPN", "PRON") and k not in figure_ids]
    same_side = sorted([k for k in nouns if (k > figure) == (word > figure)], key=lambda k: abs(k - figure))
    if word in same_side:
        feats.append(f"noun_rank={side}{min(same_side.index(word), 3)}")
    if toks[t["head"]]["pos"] in ("NOUN", "PROPN") and t["head"] != word:
        feats.append("head_is_noun_" + case)
    if t["head"] == figure:
        feats.append("child_of_fig_" + t["dep"])
    if ft["head"] == word:
        feats.append("parent_of_fig_" + ft["dep"])
    if ft["head"] != figure and toks[ft["head"]]["head"] == word:
        feats.append("grandparent_of_fig")
    if ft["head"] == t["head"]:
        feats.append("sibling_" + t["dep"])
    return feats


def no_metric_features(word_feats, count, rules_found_none):
    """The "no metric" choice: what kind of figure it is, and whether the rules found nothing either."""
    figure_kind = [f for f in word_feats[0] if f.startswith(("unit=", "figdep="))]
    base = figure_kind + ["ncand=" + str(min(count, 6)), "rule_none" if rules_found_none else "rule_some"]
    return (["NULL"] + base + ["NULL&" + f for f in base]
            + (["NULL&rule_none&" + f for f in figure_kind] if rules_found_none else []))


def tokens_in_figures(toks, figures):
    """The indices of the tokens inside any of the document's figure spans."""
    return frozenset(t["i"] for t in toks for span in figures if span["start"] <= t["idx"] < span["end"])


def candidates(toks, claim, in_figures=frozenset()):
    """[(token index or None for "no metric", features)] for a claim dict's figure.

    in_figures: tokens_in_figures of the document; no word of a figure (its
    unit: 'купил 10 л — около 900 рублей') is what another figure measures."""
    figure, figure_ids = figure_token(toks, claim["figure"])
    if figure is None:
        return []
    sentence = [t["i"] for t in toks if t["sent"] == figure["sent"] and not t["space"]]
    label = label_of_an_amounts_line(toks, figure_ids, claim.get("unit"))
    words = [k for k in sentence if k not in figure_ids and k not in in_figures and toks[k]["pos"] in CANDIDATE_POS
             and not refused_by_the_rules(toks[k], claim.get("unit")) and k not in label]
    found = [(k, word_features(toks, figure["i"], k, figure_ids, claim.get("unit"), sentence)) for k in words]
    if not found:
        return []
    return found + [(None, no_metric_features([f for _, f in found], len(found), not claim.get("metric")))]


def refused_by_the_rules(token, unit):
    """A word the rules never take for a metric: a person's name (metric.py
    drops it whatever rule found it), and for a figure that counts or shares
    out no people a person or animal ('Мотоциклист разогнался до 160 км/ч')."""
    if token.get("person"):
        return True
    return unit not in PEOPLE_UNITS and token["pos"] == "NOUN" and "Animacy=Anim" in token["morph"]


def label_of_an_amounts_line(toks, figure_ids, unit):
    """The words of the label that opens the figure's line before a colon
    ('– ячмень: 120,5 тыс. га'), when the figure is an amount, neither a share
    nor a count: metric._label_of_its_line gives the label only to a share, for
    before an amount it may name a kind of item, a qualifier (NOTES), so the
    ranker does not offer it either. An empty set when there is no such label."""
    if unit in SHARE_UNITS or unit == "count" or not figure_ids:
        return set()
    position = _word_before(toks, min(figure_ids))
    if position is not None and toks[position]["text"] in SIGN_DIRECTIONS:
        position = _word_before(toks, position)    # '−8,8%': the sign is written onto the figure
    if position is None or toks[position]["text"] != ":":
        return set()
    label, position = set(), _word_before(toks, position)
    while position is not None and toks[position]["pos"] in LABEL_WORDS and "\n" not in toks[position]["text"]:
        label.add(position)
        position = _word_before(toks, position, stop_at_a_line_break=True)
    opens_the_line = position is None or toks[position]["text"] in LINE_OPENERS or "\n" in toks[position]["text"]
    return label if opens_the_line else set()


def _word_before(toks, position, stop_at_a_line_break=False):
    """The index of the last non-space token before `position`, or None (also, if asked, past a line break)."""
    for k in range(position - 1, -1, -1):
        if not toks[k]["space"]:
            return k
        if stop_at_a_line_break and "\n" in toks[k]["text"]:
            return None
    return None


# ---- the model --------------------------------------------------------------

def softmax(scores):
    top = max(scores)
    exps = [math.exp(s - top) for s in scores]
    total = sum(exps)
    return [e / total for e in exps]


@lru_cache(maxsize=1)
def load_model(path=MODEL_PATH):
    with open(path, encoding="utf-8") as file:
        return json.load(file)


def choose(model, cands):
    """(token index or None, probability) of the best candidate."""
    weights = model["weights"]
    probs = softmax([sum(weights.get(f, 0.0) for f in feats) for _, feats in cands])
    best = max(range(len(cands)), key=lambda k: probs[k])
    return cands[best][0], probs[best]


def fill_empty_metrics(doc, claims, settled_empty):
    """Give a claim the rules left without a metric the ranker's word, when it is confident.

    settled_empty[k] is True when a rule settled that claims[k] measures nothing
    (a distance to a point, a term in a colony, a fine on people): such a claim
    stays empty; only the ones no rule decided are the ranker's. The marks stay
    in doc.user_data[SETTLED_EMPTY_KEY] (training reads them)."""
    doc.user_data[SETTLED_EMPTY_KEY] = list(settled_empty)
    if not ENABLED:
        return claims
    open_claims = [claim for claim, settled in zip(claims, settled_empty) if not claim.get("metric") and not settled]
    if not open_claims:
        return claims
    model, toks = load_model(), token_records(doc)
    in_figures = tokens_in_figures(toks, [claim["figure"] for claim in claims])
    for claim in open_claims:
        cands = candidates(toks, claim, in_figures)
        if not cands:
            continue
        word, prob = choose(model, cands)
        if word is not None and prob >= model["threshold"]:
            token = doc[word]
            claim["metric"] = {"start": token.idx, "end": token.idx + len(token.text), "text": token.text,
                               "head": token.lemma_}
    return claims


# ---- training (development gold only) ---------------------------------------

@lru_cache(maxsize=1)
def held_out():
    """corpus/claims/held_out.json: the sets never trained on."""
    from pipeline.paths import CORPUS_DIR
    return json.loads((CORPUS_DIR / "claims" / "held_out.json").read_text(encoding="utf-8"))


def is_blind(name):
    """Sets held out for final measures: never trained on. A fresh set written
    after the last development one (held_out.json, development_through) is held out too."""
    table = held_out()
    if name in table["sets"]:
        return True
    letters = name[len("fresh-"):] if name.startswith("fresh-") else ""
    last = table["development_through"][len("fresh-"):]
    return len(letters) == len(last) and letters > last


def figure_groups(docs):
    """[(set, [(label, features)])] for each gold figure the rules' figure pairs with."""
    from pipeline.evaluate.claims import head_lemmas, match_figures, normal_word
    groups = []
    for doc in docs:
        toks = doc["toks"]
        in_figures = tokens_in_figures(toks, [claim["figure"] for claim in doc["pred"]])
        for g, p in match_figures(doc["gold"], doc["pred"]):
            gold_metric = doc["gold"][g].get("metric")
            heads = head_lemmas(normal_word(gold_metric["head"])) if gold_metric else set()
            labelled = []
            for word, feats in candidates(toks, doc["pred"][p], in_figures):
                if word is None:
                    label = not gold_metric
                else:
                    t = toks[word]
                    label = (bool(gold_metric) and gold_metric["start"] <= t["idx"]
                             and t["idx"] + len(t["text"]) <= gold_metric["end"]
                             and not heads.isdisjoint(normal_word(x) for x in t["forms"]))
                labelled.append((label, feats))
            if labelled:
                # a metric a rule settled empty is no fallback's: counted as filled for the threshold
                open_ = not doc["pred"][p].get("metric") and not doc["pred"][p].get("_settled_empty")
                groups.append((doc["set"], open_, bool(gold_metric), labelled))
    return groups


def fit(groups):
    """Conditional logit by Adam on the summed log-likelihood of each figure's right candidates."""
    import numpy as np
    from collections import Counter
    counts = Counter(f for *_, labelled in groups for _, feats in labelled for f in feats)
    vocab = {f: j for j, f in enumerate(sorted(f for f, n in counts.items() if n >= MIN_FEATURE_COUNT))}
    rows, cols, labels, starts = [], [], [], [0]
    for *_, labelled in groups:
        if not any(label for label, _ in labelled):
            continue
        for label, feats in labelled:
            for f in feats:
                if f in vocab:
                    rows.append(len(labels))
                    cols.append(vocab[f])
            labels.append(label)
        starts.append(len(labels))
    rows, cols, ys, starts = np.array(rows), np.array(cols), np.array(labels, bool), np.array(starts)
    group = np.repeat(np.arange(len(starts) - 1), np.diff(starts))
    w, m, v = np.zeros(len(vocab)), np.zeros(len(vocab)), np.zeros(len(vocab))
    for step in range(1, TRAIN_STEPS + 1):
        s = np.bincount(rows, weights=w[cols], minlength=len(ys))
        top = np.full(len(starts) - 1, -np.inf)
        np.maximum.at(top, group, s)
        e = np.exp(s - top[group])
        p = e / np.bincount(group, weights=e)[group]
        right = np.bincount(group, weights=p * ys)[group]
        r = p - np.where(ys, p / right, 0.0)
        g = np.bincount(cols, weights=r[rows], minlength=len(w)) + L2 * w
        m = 0.9 * m + 0.1 * g
        v = 0.999 * v + 0.001 * g * g
        w -= 0.1 * (m / (1 - 0.9 ** step)) / (np.sqrt(v / (1 - 0.999 ** step)) + 1e-8)
    return {f: round(float(w[j]), 5) for f, j in vocab.items() if abs(w[j]) > 1e-6}


def fallback_threshold(groups, folds=5):
    """The probability above which a fallback gains most, over whole sets held out in turn."""
    sizes = {}
    for name, *_ in groups:
        sizes[name] = sizes.get(name, 0) + 1
    fold_of = {name: k % folds for k, name in enumerate(sorted(sizes, key=lambda n: (-sizes[n], n)))}
    cases = []
    for fold in range(folds):
        model = {"weights": fit([g for g in groups if fold_of[g[0]] != fold])}
        for name, rules_none, gold_has, labelled in groups:
            if fold_of[name] != fold or not rules_none:
                continue
            cands = [(k, feats) for k, (_, feats) in enumerate(labelled)]
            best, prob = choose(model, cands)
            if labelled[best][1][0] == "NULL":
                continue
            # the rules' empty metric is right only when gold has none
            cases.append((prob, int(labelled[best][0]) - int(not gold_has)))
    best_gain, threshold, gain = 0, 1.01, 0
    for prob, change in sorted(cases, key=lambda c: -c[0]):
        gain += change
        if gain > best_gain:
            best_gain, threshold = gain, prob
    return threshold


def development_docs(cache=None):
    """[{set, toks (with pymorphy forms), gold, pred}] over the development sets, the fallback off;
    each pred claim has "_settled_empty", whether a rule settled its metric empty."""
    import pickle
    from pathlib import Path
    from pipeline.paths import CORPUS_DIR
    names = sorted(p.stem for p in (CORPUS_DIR / "claims").glob("*.jsonl") if not is_blind(p.stem))
    if cache:
        docs = []
        for name in names:
            for doc in pickle.load(open(Path(cache) / f"{name}.pkl", "rb")):
                docs.append(dict(doc, set=name))
        return docs
    import pipeline
    from pipeline.corpora.claims import load_document_text, read_gold
    from pipeline.evaluate.claims import normal_forms
    global ENABLED
    was_enabled, ENABLED = ENABLED, False
    nlp, docs = pipeline.load(), []
    for name in names:
        gold = [(str(r["doc_id"]), r.get("text") or load_document_text(str(r["doc_id"])), r["claims"] or [])
                for r in read_gold(CORPUS_DIR / "claims" / f"{name}.jsonl")]
        for _, text, claims in gold:
            doc = nlp(text)
            toks = token_records(doc)
            for t, token in zip(toks, doc):
                t["forms"] = sorted({token.lemma_} | normal_forms(token.text))
            marks = doc.user_data.get(SETTLED_EMPTY_KEY, [])
            pred = [dict(claim, _settled_empty=settled) for claim, settled in zip(doc._.claims or [], marks)]
            docs.append(dict(set=name, toks=toks, gold=claims, pred=pred))
    ENABLED = was_enabled
    return docs


def train(cache=None):
    groups = figure_groups(development_docs(cache))
    return {"_about": "Weights of pipeline/claims/metric_ranker.py, trained on the development sets only.",
            "threshold": round(fallback_threshold(groups), 5), "weights": fit(groups)}


def main(argv=None):
    parser = argparse.ArgumentParser(prog="python -m pipeline.claims.metric_ranker")
    parser.add_argument("command", choices=["train"])
    parser.add_argument("--out", default=str(MODEL_PATH))
    parser.add_argument("--cache", help="pickled development Docs (rupipe's output, fallback off) to reuse")
    args = parser.parse_args(argv)
    model = train(args.cache or os.environ.get("METRIC_RANKER_CACHE"))
    with open(args.out, "w", encoding="utf-8") as file:
        json.dump(model, file, ensure_ascii=False, indent=0, sort_keys=True)
    print(f"{len(model['weights'])} weights, threshold {model['threshold']} -> {args.out}")


if __name__ == "__main__":
    main()
