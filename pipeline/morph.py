"""Morphology: slovnet's tagger gives each word a UD part of speech and features.

Tags are written into the Doc with one `from_array` call per document;
each distinct tag string is turned into spaCy's ids once per process.
"""
import numpy
from spacy.attrs import MORPH, POS
from spacy.language import Language
from spacy.parts_of_speech import IDS as POS_IDS

from pipeline.sequences import (
    BatchedComponent, encode_group, length_groups, overlapping_windows,
    sentence_words)
from pipeline.slovnet_models import models


# Sentences longer than this are tagged in overlapping windows. The tagger
# sees three words either side of a word (three convolutions of width 3),
# so windows overlapping by MARGIN words give exactly the tags of one pass,
# while a 5 MB document without a full stop stays within memory.
MORPH_WINDOW = 1024


class MorphTagger(BatchedComponent):
    def __init__(self, nlp, name="rupipe_morph", window=MORPH_WINDOW):
        self.name = name
        self.window = window
        self.vocab = nlp.vocab
        self._tag_ids = {}

    def annotate_batch(self, docs):
        loaded = models()
        network, encoder = loaded["morph"], loaded["encoder"]
        sequences, owners = [], []
        for doc_index, doc in enumerate(docs):
            for positions, words in sentence_words(doc):
                for start, end, lo, hi in overlapping_windows(len(words), self.window):
                    sequences.append(encoder.encode(words[lo:hi]))
                    owners.append((doc_index, positions[start:end], start - lo))
        tags = [None] * len(sequences)
        lengths = [len(s[0]) for s in sequences]
        for group in length_groups(lengths):
            word_ids, shape_ids, pad_mask = encode_group(
                encoder, [sequences[i] for i in group])
            features = network.features(word_ids, shape_ids, pad_mask)
            best = network.model.head(features).argmax(-1)
            for row, index in enumerate(group):
                skip, size = owners[index][2], len(owners[index][1])
                tags[index] = best[row, skip:skip + size]
        per_doc = [[] for _ in docs]
        for (doc_index, positions, _), tag_ids in zip(owners, tags):
            per_doc[doc_index].append((positions, tag_ids))
        for doc, parts in zip(docs, per_doc):
            self._write(doc, parts, network.labels)

    def _write(self, doc, parts, tag_names):
        values = numpy.zeros((len(doc), 2), dtype=numpy.uint64)
        space = self._ids_of("SPACE")
        values[:] = space
        for positions, tag_ids in parts:
            for position, tag_id in zip(positions, tag_ids.tolist()):
                values[position] = self._ids_of(tag_names[tag_id])
        doc.from_array([POS, MORPH], values)

    def _ids_of(self, tag):
        ids = self._tag_ids.get(tag)
        if ids is None:
            pos, _, feats = tag.partition("|")
            morph_hash = self.vocab.morphology.add(feats if feats else "")
            ids = (POS_IDS[pos], morph_hash)
            self._tag_ids[tag] = ids
        return ids


@Language.factory("rupipe_morph", default_config={"window": MORPH_WINDOW})
def make_morph(nlp, name, window):
    return MorphTagger(nlp, name, window)
