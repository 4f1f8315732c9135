"""What the claims tests read off a claim, in one place: the test files
import these instead of each writing its own copy."""


def claims_by_figure(nlp, text):
    """{figure text: claim dict} for the claims of text."""
    return {c["figure"]["text"]: c for c in nlp(text)._.claims}


def metric_head(claim):
    """The head lemma of a claim's metric, or None when it has none."""
    return (claim["metric"] or {}).get("head")


def metric_heads(nlp, text):
    """{figure text: metric head lemma or None} for the claims of text."""
    return {figure: metric_head(claim) for figure, claim in claims_by_figure(nlp, text).items()}


def figures_of(nlp, text):
    """{figure text: unit} for the claims of text."""
    return {c["figure"]["text"]: c["unit"] for c in nlp(text)._.claims}
