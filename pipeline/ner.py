"""Named entities: slovnet's NER tags PER, ORG and LOC.

slovnet tags a whole document as one sequence (natasha does the same), so
we feed it the document's words, not sentence by sentence. Very long
documents are cut at sentence boundaries into pieces of NER_WINDOW words,
which bounds memory; ordinary news articles are far below it.
Entities on page-furniture lines (breadcrumbs, photo credits, widget
titles) are dropped; `doc.user_data["rupipe.furniture_entities"]` counts them.
"""
from spacy.language import Language
from spacy.tokens import Span

from pipeline.furniture import in_furniture
from pipeline.sequences import (
    BatchedComponent, encode_group, length_groups, sentence_words)
from pipeline.slovnet_models import models

NER_WINDOW = 4096


class EntityRecognizer(BatchedComponent):
    def __init__(self, nlp, name="rupipe_ner", window=NER_WINDOW):
        self.name = name
        self.window = window

    def annotate_batch(self, docs):
        loaded = models()
        encoder = loaded["encoder"]
        pieces = []  # (doc index, token positions, encoded words)
        for doc_index, doc in enumerate(docs):
            for positions, words in self._pieces(doc):
                pieces.append((doc_index, positions, encoder.encode(words)))
        tag_names = loaded["ner"].labels
        tags = self._tag(loaded, [p[2] for p in pieces])
        found = [[] for _ in docs]
        for (doc_index, positions, _), piece_tags in zip(pieces, tags):
            names = [tag_names[t] for t in piece_tags]
            found[doc_index].extend(bio_to_spans(positions, names))
        for doc, spans in zip(docs, found):
            self._write(doc, spans)

    def _pieces(self, doc):
        """Whole-document word sequences, cut at sentences past the window."""
        positions, words = [], []
        for sentence_positions, sentence_words_ in sentence_words(doc):
            if positions and len(positions) + len(sentence_positions) > self.window:
                yield positions, words
                positions, words = [], []
            for start in range(0, len(sentence_positions), self.window):
                if positions and len(positions) >= self.window:
                    yield positions, words
                    positions, words = [], []
                positions.extend(sentence_positions[start:start + self.window])
                words.extend(sentence_words_[start:start + self.window])
        if positions:
            yield positions, words

    def _tag(self, loaded, sequences):
        network, encoder = loaded["ner"], loaded["encoder"]
        model = network.model
        lengths = [len(s[0]) for s in sequences]
        tags = [None] * len(sequences)
        for group in length_groups(lengths, tokens_per_group=8192):
            word_ids, shape_ids, pad_mask = encode_group(
                encoder, [sequences[i] for i in group])
            features = network.features(word_ids, shape_ids, pad_mask)
            emissions = model.head(features)
            best = model.head.crf.decode(emissions, ~pad_mask)
            for row, index in enumerate(group):
                tags[index] = best[row][: lengths[index]].tolist()
        return tags

    def _write(self, doc, spans):
        entities, dropped = [], 0
        for first, last, label in spans:
            span = Span(doc, first, last + 1, label=label)
            if in_furniture(doc, span.start_char, span.end_char):
                dropped += 1
                continue
            entities.append(span)
        doc.ents = entities
        if dropped:
            doc.user_data["rupipe.furniture_entities"] = dropped


def bio_to_spans(positions, tags):
    """(first token, last token, type) of each entity in a BIO tag sequence.

    An entity opens at B-, grows over I- (whatever its type, as slovnet
    reads it) and closes at O or the next B-; an I- with nothing open is
    dropped.
    """
    spans, open_span = [], None
    for position, tag in zip(positions, tags):
        part, _, label = tag.partition("-")
        if part == "B":
            if open_span:
                spans.append(tuple(open_span))
            open_span = [position, position, label]
        elif part == "I" and open_span:
            open_span[1] = position
        elif part == "O" and open_span:
            spans.append(tuple(open_span))
            open_span = None
    if open_span:
        spans.append(tuple(open_span))
    return spans


@Language.factory("rupipe_ner", default_config={"window": NER_WINDOW})
def make_ner(nlp, name, window):
    return EntityRecognizer(nlp, name, window)
