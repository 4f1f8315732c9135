"""The three calls a researcher needs: load, analyze, analyze_many."""
from functools import lru_cache

import spacy

from pipeline.record import doc_to_record, error_record

STAGES = (
    "rupipe_furniture",
    "rupipe_morph",
    "rupipe_lemma",
    "rupipe_syntax",
    "rupipe_ner",
    "rupipe_entities",
    "rupipe_claims",
)
MAX_CHARS = 50_000_000
# Short names users may pass to `disable`.
ALIASES = {name.replace("rupipe_", ""): name for name in STAGES}

# What each stage reads from earlier ones; leaving out a stage leaves out
# every stage that needs it.
NEEDS = {
    "rupipe_lemma": {"rupipe_morph"},
    "rupipe_syntax": set(),
    "rupipe_entities": {"rupipe_ner", "rupipe_morph", "rupipe_syntax"},
    "rupipe_claims": {"rupipe_morph", "rupipe_lemma", "rupipe_syntax",
                      "rupipe_furniture"},
    "rupipe_ner": {"rupipe_furniture"},
}


def load(disable=()):
    """A spaCy `Language` with the pipeline's stages; `disable` leaves some out.

    >>> nlp = load(disable=["claims"])
    """
    left_out = {ALIASES.get(name, name) for name in disable}
    unknown = left_out - set(STAGES)
    if unknown:
        raise ValueError(f"unknown stage(s): {', '.join(sorted(unknown))}; "
                         f"stages are {', '.join(ALIASES)}")
    nlp = spacy.blank("ru", config={
        "nlp": {"tokenizer": {"@tokenizers": "rupipe_tokenizer"}}})
    # spaCy's default cap guards its own quadratic parser; ours parses long
    # sentences in windows, so a 5 MB document only costs its length.
    nlp.max_length = MAX_CHARS
    for stage in STAGES:
        if stage in left_out or NEEDS.get(stage, set()) & left_out:
            left_out.add(stage)
            continue
        nlp.add_pipe(stage)
    from pipeline.slovnet_models import models
    models()  # load the networks now, not on the first document
    return nlp


@lru_cache(maxsize=1)
def default_pipeline():
    return load()


def analyze(text, meta=None, id=None, nlp=None, with_tokens=False):
    """The OUTPUT.md record of one text.

    >>> analyze("Путин прибыл в Казань.")["entities"][0]["normal"]
    'Путин'
    """
    record = next(analyze_many([{"id": id, "text": text, **(meta or {})}],
                               nlp=nlp, with_tokens=with_tokens))
    if meta is not None:
        record["meta"] = dict(meta)
    return record


def analyze_many(items, nlp=None, batch_size=32, with_tokens=False):
    """Records for a stream of texts or {"id", "text", ...} dicts, in order.

    Items with no usable text come back as records with `error` set.
    """
    nlp = nlp or default_pipeline()
    pending = []  # (id, meta, error) in input order; text sent to nlp.pipe

    def texts():
        for number, item in enumerate(items):
            id, meta, text, error = split_item(item, number)
            pending.append((id, meta, error))
            if error is None:
                yield text

    docs = nlp.pipe(texts(), batch_size=batch_size)
    position = 0
    for doc in docs:
        while pending[position][2] is not None:
            yield error_record(*pending[position])
            position += 1
        id, meta, _ = pending[position]
        position += 1
        yield doc_to_record(doc, id, meta, with_tokens)
    while position < len(pending):
        yield error_record(*pending[position])
        position += 1


def split_item(item, number):
    """(id, meta, text, error) of one input item."""
    if isinstance(item, str):
        return number, {}, item, (None if item.strip() else "empty text")
    if not isinstance(item, dict):
        return number, {}, None, f"expected an object with a text, got {type(item).__name__}"
    meta = {k: v for k, v in item.items() if k not in ("id", "text")}
    id = item.get("id", number)
    text = item.get("text")
    if text is None:
        return id, meta, None, "missing text"
    if not isinstance(text, str):
        return id, meta, None, f"text is {type(text).__name__}, not a string"
    if not text.strip():
        return id, meta, None, "empty text"
    return id, meta, text, None
