"""A described figure as the claim dict of docs/CLAIMS.md (character offsets, texts, lemmas)."""
from pipeline.claims import context
from pipeline.claims.lexicon import without_glued_symbols


def _span_dict(doc, start, end, **extra):
    span = doc[start:end]
    return {"start": span.start_char, "end": span.end_char, "text": span.text, **extra}


def to_dict(doc, text, item):
    figure = item.figure
    metric_dict = None
    if item.metric:
        (start, end), head = item.metric
        metric_dict = _span_dict(doc, start, end, head=normalize_head(head))
    trigger_dict = None
    if item.trigger is not None:
        t = item.trigger
        trigger_dict = _span_dict(doc, t.i, t.i + 1, lemma=t.lemma_)
    source_dict = None
    if item.source:
        start, end = item.source
        source_dict = _span_dict(doc, start, end, cluster=context.cluster_of(doc, start, end))
    first, last = item.tokens[0], item.tokens[-1]
    # an emoji glued to the unit ('6 месяцев🥰') is not part of the figure
    end = last.idx + len(without_glued_symbols(last.text))
    return {
        "figure": {"start": first.idx, "end": end, "text": text[first.idx:end]},
        "value": float(figure.value),
        "value_max": float(figure.value_max) if figure.value_max is not None else None,
        "value_from": float(figure.value_from) if figure.value_from is not None else None,
        "bound": item.bound,
        "unit": figure.unit,
        "metric": metric_dict,
        "direction": item.direction,
        "change": item.change,
        "trigger": trigger_dict,
        "qualifiers": [_span_dict(doc, s, e) for s, e in item.qualifiers],
        "time": _span_dict(doc, *item.time) if item.time else None,
        "source": source_dict,
    }


def normalize_head(token):
    return token.lemma_
