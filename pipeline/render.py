"""A displacy-style HTML page of one analysed Doc: entities and claims marked.

Used by `rupipe analyze --html out.html`. Entities are coloured by type;
a claim's figure, metric and trigger are marked in the text, and each
claim is listed below with its fields, so a reader checks it at a glance.
"""
from html import escape

ENTITY_COLOURS = {"PER": "#aa9cfc", "ORG": "#7aecec", "LOC": "#feca74"}
LAYER_STYLES = {
    "figure": "background:#ffd166;font-weight:bold",
    "metric": "border-bottom:2px solid #118ab2",
    "trigger": "border-bottom:2px dashed #ef476f",
}
PAGE = """<!DOCTYPE html>
<html lang="ru"><head><meta charset="utf-8"><title>rupipe</title>
<style>
body {{font-family: sans-serif; max-width: 60em; margin: 2em auto; line-height: 2.2}}
mark {{padding: 0.2em 0.35em; border-radius: 0.3em}}
mark span.label {{font-size: 0.65em; font-weight: bold; margin-left: 0.4em; text-transform: uppercase}}
table {{border-collapse: collapse; line-height: 1.4; font-size: 0.9em}}
td, th {{border: 1px solid #ccc; padding: 0.2em 0.5em; vertical-align: top}}
</style></head><body>
<div class="text">{text}</div>
<h3>Claims</h3>
{table}
</body></html>
"""
CLAIM_COLUMNS = ("figure", "value", "unit", "bound", "metric", "direction", "change",
                 "trigger", "qualifiers", "time", "source")


def render_html(doc):
    """The whole page as a string."""
    claims = (doc._.claims or []) if doc.has_extension("claims") else []
    text = _marked_text(doc.text, _entity_marks(doc), _claim_marks(claims))
    return PAGE.format(text=text.replace("\n", "<br>\n"), table=_claims_table(claims))


def _entity_marks(doc):
    return [(ent.start_char, ent.end_char, ent.label_) for ent in doc.ents]


def _claim_marks(claims):
    marks = []
    for claim in claims:
        for layer in ("figure", "metric", "trigger"):
            span = claim.get(layer)
            if span:
                marks.append((span["start"], span["end"], layer))
    return marks


def _marked_text(text, entities, layers):
    """Text with non-overlapping entity <mark>s and claim-layer <span>s.

    Opening and closing tags are placed by character offset; a span that
    would cross another is dropped rather than producing broken HTML.
    """
    events = {}
    for start, end, label in _non_crossing(entities + layers):
        if label in ENTITY_COLOURS:
            opening = f'<mark style="background:{ENTITY_COLOURS[label]}">'
            closing = f'<span class="label">{label}</span></mark>'
        else:
            opening = f'<span class="{label}" style="{LAYER_STYLES[label]}" title="{label}">'
            closing = "</span>"
        events.setdefault(start, []).append((1, end, opening))
        events.setdefault(end, []).append((0, start, closing))
    pieces = []
    for position in range(len(text) + 1):
        # closings first (innermost = latest start), then openings (outermost = latest end)
        for kind, _, tag in sorted(events.get(position, ()), key=lambda e: (e[0], -e[1])):
            pieces.append(tag)
        if position < len(text):
            pieces.append(escape(text[position]))
    return "".join(pieces)


def _non_crossing(spans):
    kept = []
    for span in sorted(spans, key=lambda s: (s[0], -s[1])):
        start, end = span[0], span[1]
        if start >= end:
            continue
        if any(s < start < e < end or start < s < end < e for s, e, _ in kept):
            continue
        kept.append(span)
    return kept


def _claims_table(claims):
    if not claims:
        return "<p>none</p>"
    header = "".join(f"<th>{name}</th>" for name in CLAIM_COLUMNS)
    rows = ["<tr>" + "".join(f"<td>{_cell(claim, name)}</td>" for name in CLAIM_COLUMNS) + "</tr>"
            for claim in claims]
    return f"<table><tr>{header}</tr>{''.join(rows)}</table>"


def _cell(claim, name):
    value = claim.get(name)
    if value is None:
        return ""
    if name == "qualifiers":
        return escape("; ".join(q["text"] for q in value))
    if isinstance(value, dict):
        extra = value.get("head") or value.get("lemma")
        return escape(value["text"] + (f" ({extra})" if extra else ""))
    if name == "value" and claim.get("value_max") is not None:
        return escape(f"{value:g}–{claim['value_max']:g}")
    return escape(f"{value:g}" if isinstance(value, float) else str(value))
