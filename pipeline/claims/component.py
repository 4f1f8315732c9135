"""The spaCy component: find the figures of each sentence, then describe them."""
from spacy.language import Language
from spacy.tokens import Doc

if not Doc.has_extension("claims"):
    Doc.set_extension("claims", default=None)


class ClaimsComponent:
    def __init__(self, name="rupipe_claims"):
        self.name = name

    def __call__(self, doc):
        from pipeline.claims.extract import extract_claims
        doc._.claims = extract_claims(doc)
        return doc


@Language.factory("rupipe_claims")
def make_claims(nlp, name):
    return ClaimsComponent(name)
