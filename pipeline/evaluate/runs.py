"""One evaluation run: read the corpus once, let each system answer, score.

Every system sees the same documents in the same order; its models load
before the clock starts, so docs/s measures analysis only.
"""
import time

from pipeline.evaluate.claims import ClaimsScore, doc_token_lemmas
from pipeline.evaluate.morph import MorphScore
from pipeline.evaluate.ner import NerScore, razdel_bounds


def _run(score, seconds, items, unit):
    return {"scores": score.as_dict(), "seconds": seconds, "items": items,
            "per_second": items / seconds, "unit": unit}


def _elapsed(started):
    return max(time.perf_counter() - started, 1e-9)


def run_ner(documents, systems):
    """{"systems": {name: run}, "errors": {name: [...]}} for NerDocuments."""
    bounds = [razdel_bounds(doc.text) for doc in documents]
    runs, errors = {}, {}
    for system in systems:
        system.warm_up()
        started = time.perf_counter()
        predictions = list(system.ner(doc.text for doc in documents))
        seconds = _elapsed(started)
        score = NerScore()
        for doc, doc_bounds, spans in zip(documents, bounds, predictions):
            score.add(doc.id, doc.text, doc.spans, spans, bounds=doc_bounds)
        runs[system.name] = _run(score, seconds, len(documents), "docs")
        errors[system.name] = score.errors
    return {"systems": runs, "errors": errors}


def run_morph(sentences, systems):
    runs = {}
    words = sum(len(sentence.tokens) for sentence in sentences)
    for system in systems:
        system.warm_up()
        score = MorphScore()
        started = time.perf_counter()
        predictions = list(system.tag(sentences))
        seconds = _elapsed(started)
        for sentence, tokens in zip(sentences, predictions):
            score.add(sentence.tokens, tokens)
        runs[system.name] = _run(score, seconds, words, "words")
    return {"systems": runs}


def run_claims(gold_docs, system, context_errors=False):
    """gold_docs: [(doc_id, text, gold claims)]; predictions from Doc._.claims."""
    system.warm_up()
    score = ClaimsScore(context_errors)
    started = time.perf_counter()
    docs = list(system.docs(text for _, text, _ in gold_docs))
    seconds = _elapsed(started)
    for (doc_id, text, gold), doc in zip(gold_docs, docs):
        score.add(doc_id, text, gold, list(doc._.claims or []), doc_token_lemmas(doc))
    run = _run(score, seconds, len(gold_docs), "docs")
    notes = []
    stages = getattr(getattr(system, "nlp", None), "pipe_names", ["rupipe_claims"])
    if getattr(system, "predicts_claims", True) and "rupipe_claims" not in stages:
        notes.append("the pipeline has no rupipe_claims stage: no claims were predicted")
    return {"systems": {system.name: run}, "errors": {system.name: score.errors}, "notes": notes}
