"""natasha's own full pipeline, the baseline `rupipe bench` measures us against.

It runs what natasha's documentation runs: segment, morphology, syntax,
NER, lemmas of every token, normal forms of every span. Its segmenter cuts
sentences where ours does (razdel, then line breaks: pipeline.tokenize), so
the two systems tag and parse the same sentences and their layers compare.
`layers_of_*` put both systems' slovnet layers in one comparable shape.
"""
from pipeline.syntax import RAW_HEADS_KEY
from pipeline.tokenize import sentence_spans


def same_sentences_segmenter():
    """natasha's Segmenter with our sentence boundaries."""
    from natasha import Segmenter
    from natasha.segment import Sent

    class SameSentences(Segmenter):
        def sentenize(self, text):
            for start, end in sentence_spans(text):
                yield Sent(start, end, text[start:end])

    return SameSentences()


class NatashaPipeline:
    def __init__(self):
        from natasha import (MorphVocab, NewsEmbedding, NewsMorphTagger,
                             NewsNERTagger, NewsSyntaxParser)
        embedding = NewsEmbedding()
        self.segmenter = same_sentences_segmenter()
        self.morph = NewsMorphTagger(embedding)
        self.syntax = NewsSyntaxParser(embedding)
        self.ner = NewsNERTagger(embedding)
        self.vocab = MorphVocab()

    def analyze(self, text):
        from natasha import Doc

        doc = Doc(text)
        doc.segment(self.segmenter)
        doc.tag_morph(self.morph)
        doc.parse_syntax(self.syntax)
        doc.tag_ner(self.ner)
        for token in doc.tokens:
            token.lemmatize(self.vocab)
        for span in doc.spans:
            span.normalize(self.vocab)
        return doc

    def run(self, texts):
        return [self.analyze(text) for text in texts]


def layers_of_natasha(doc):
    index_of = {token.id: k for k, token in enumerate(doc.tokens)}
    return {
        "tokens": [(t.start, t.stop, t.text) for t in doc.tokens],
        "tags": [(t.pos, dict(t.feats)) for t in doc.tokens],
        "heads": [index_of.get(t.head_id, -1) for t in doc.tokens],
        "relations": [t.rel for t in doc.tokens],
        "entities": [(s.start, s.stop, s.type) for s in doc.spans],
    }


def layers_of_ours(doc):
    """Our slovnet layers, with heads as slovnet gave them (before tree repair)."""
    words = [token for token in doc if not token.is_space]
    index_of = {token.i: k for k, token in enumerate(words)}
    raw = doc.user_data.get(RAW_HEADS_KEY, {})

    def head(token):
        if token.i in raw:
            return index_of.get(raw[token.i][0], -1)
        return -1 if token.head.i == token.i else index_of[token.head.i]

    def relation(token):
        return raw[token.i][1] if token.i in raw else token.dep_

    return {
        "tokens": [(t.idx, t.idx + len(t), t.text) for t in words],
        "tags": [(t.pos_, t.morph.to_dict()) for t in words],
        "heads": [head(t) for t in words],
        "relations": [relation(t) for t in words],
        "entities": [(e.start_char, e.end_char, e.label_) for e in doc.ents],
    }
