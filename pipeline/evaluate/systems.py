"""The systems an evaluation runs: ours (rupipe) and the natasha baseline.

Each system answers two questions over the same input:
  ner(texts)            -> one list of Span(start, end, type) per text
  tag(sentences)        -> one list of PredToken per gold sentence, on the
                           gold tokenization (words given, not re-split)
`name` labels its column in the report. Models load once, on first use.
"""
from dataclasses import dataclass
from functools import cached_property

from pipeline.corpora import Span
from pipeline.sequences import chunks

# Gold sentences given to a model at once: large enough to keep the models
# busy, small enough that one Doc stays modest.
SENTENCE_BATCH = 64


@dataclass
class PredToken:
    upos: str
    feats: dict
    lemma: str
    head: int      # 1-based index in the sentence, 0 for the root
    deprel: str


class Rupipe:
    """Our pipeline: pipeline.load() and its components."""

    name = "rupipe"

    @cached_property
    def nlp(self):
        import pipeline
        return pipeline.load()

    def warm_up(self):
        return self.nlp

    def ner(self, texts):
        # The whole pipeline runs (claims too), so docs/s is what a user gets.
        for doc in self.nlp.pipe(texts):
            yield [Span(ent.start_char, ent.end_char, ent.label_) for ent in doc.ents]

    def docs(self, texts):
        """Full analysis, for the claims scorer."""
        yield from self.nlp.pipe(texts)

    def tag(self, sentences):
        for batch in chunks(sentences, SENTENCE_BATCH):
            doc = self._run_components(gold_doc(self.nlp.vocab, batch))
            yield from split_predictions(doc, batch)

    def _run_components(self, doc):
        # Only the stages that write token annotation: NER, entities and
        # claims have nothing to add to a morphology score.
        wanted = {"rupipe_morph", "rupipe_lemma", "rupipe_syntax"}
        for name, component in self.nlp.pipeline:
            if name in wanted:
                doc = component(doc)
        return doc


def gold_doc(vocab, sentences):
    """One spaCy Doc holding gold-tokenized sentences back to back.

    The last word of a sentence is followed by a space whatever the gold
    says, so no two sentences glue together; no word holds whitespace, so
    the Doc gets no whitespace tokens and token i is gold word i.
    """
    from spacy.tokens import Doc

    words, spaces, starts = [], [], []
    for sentence in sentences:
        for index, token in enumerate(sentence.tokens):
            words.append("".join(token.form.split()) or "_")
            last = index == len(sentence.tokens) - 1
            spaces.append(token.space_after or last)
            starts.append(index == 0)
    return Doc(vocab, words=words, spaces=spaces, sent_starts=starts)


def split_predictions(doc, sentences):
    """Per sentence, PredTokens read from the Doc (heads made sentence-local)."""
    offset = 0
    for sentence in sentences:
        size = len(sentence.tokens)
        yield [_pred_token(doc[i], offset, size) for i in range(offset, offset + size)]
        offset += size


def _pred_token(token, offset, size):
    head = token.head.i - offset + 1
    if token.head.i == token.i or not 1 <= head <= size:
        head = 0  # spaCy marks the root by pointing at itself
    return PredToken(
        upos=token.pos_,
        feats=dict(token.morph.to_dict()),
        lemma=token.lemma_,
        head=head,
        deprel=token.dep_,
    )


class Natasha:
    """natasha's own pipeline (pipeline.natasha_baseline), as an evaluated system."""

    name = "natasha"

    @cached_property
    def pipeline(self):
        from pipeline.natasha_baseline import NatashaPipeline
        return NatashaPipeline()

    @property
    def parts(self):
        natasha = self.pipeline
        return {"segmenter": natasha.segmenter, "morph": natasha.morph,
                "syntax": natasha.syntax, "ner": natasha.ner, "vocab": natasha.vocab}

    def warm_up(self):
        return self.pipeline

    def analyze(self, text):
        """natasha.Doc run through every natasha stage."""
        return self.pipeline.analyze(text)

    def ner(self, texts):
        # The whole pipeline runs, so that docs/s compares like with like.
        for text in texts:
            doc = self.analyze(text)
            yield [Span(span.start, span.stop, span.type) for span in doc.spans]

    def tag(self, sentences):
        parts = self.parts
        for batch in chunks(sentences, SENTENCE_BATCH):
            words = [[token.form for token in sentence.tokens] for sentence in batch]
            morphs = parts["morph"].map(words)
            trees = parts["syntax"].map(words)
            for morph, tree in zip(morphs, trees):
                yield [self._pred_token(m, t) for m, t in zip(morph.tokens, tree.tokens)]

    def _pred_token(self, morph, tree):
        lemma = self.parts["vocab"].lemmatize(morph.text, morph.pos, morph.feats)
        return PredToken(upos=morph.pos, feats=dict(morph.feats or {}), lemma=lemma,
                         head=int(tree.head_id), deprel=tree.rel)


SYSTEMS = {"rupipe": Rupipe, "natasha": Natasha}


class StoredClaims:
    """Claims read from a file (a second annotator, an earlier run), scored as
    a system's would be: `rupipe evaluate claims --gold A --predicted B`.

    Words and lemmas still come from our pipeline (claims stage left out),
    because the metric is compared by the lemmas of the words in its span.
    """

    # The pipeline runs with its claims stage left out on purpose.
    predicts_claims = False

    def __init__(self, claims_in_order, name="stored"):
        self.claims_in_order = claims_in_order
        self.name = name

    @cached_property
    def nlp(self):
        import pipeline
        return pipeline.load(disable=["claims"])

    def warm_up(self):
        return self.nlp

    def docs(self, texts):
        for doc, claims in zip(self.nlp.pipe(texts), self.claims_in_order):
            doc._.claims = claims
            yield doc
