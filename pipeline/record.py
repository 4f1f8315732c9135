"""The document record of OUTPUT.md, made from an analysed Doc."""
from spacy.tokens import Doc

if not Doc.has_extension("claims"):
    Doc.set_extension("claims", default=None)


def entity_record(span):
    return {
        "type": span.label_,
        "start": span.start_char,
        "end": span.end_char,
        "text": span.text,
        "normal": span._.normal,
        "cluster": span._.cluster,
    }


def token_record(token):
    return {
        "start": token.idx,
        "end": token.idx + len(token),
        "text": token.text,
        "lemma": token.lemma_,
        "pos": token.pos_,
        "feats": str(token.morph),
        "head": token.head.i,
        "rel": token.dep_,
    }


def doc_to_record(doc, id=None, meta=None, with_tokens=False):
    record = {
        "id": id,
        "meta": dict(meta or {}),
        "entities": [entity_record(span) for span in doc.ents],
        "claims": list(doc._.claims or []),
        "error": None,
    }
    if with_tokens:
        record["sentences"] = [
            {"start": s.start_char, "end": s.end_char} for s in doc.sents]
        record["tokens"] = [
            token_record(t) for t in doc if not t.is_space]
    return record


def error_record(id, meta, message):
    """The record of an input that could not be analysed: nothing is lost."""
    return {"id": id, "meta": dict(meta or {}), "entities": [], "claims": [],
            "error": " ".join(str(message).split())}
