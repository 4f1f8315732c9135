"""Syntax: slovnet's dependency parser gives each word a head and a UD relation.

slovnet picks every word's head on its own, so a sentence may come back
with several roots or a cycle; spaCy needs a tree (a cycle would send
`token.ancestors` round forever). We keep slovnet's choice wherever it forms
a tree and repair the rest: extra roots hang from the first root, a cycle
is cut where it was entered. What slovnet said before the repair stays in
`doc.user_data["rupipe.slovnet_heads"]`: {token: (head token or -1 for
root, relation)} for the tokens the repair touched.

The parser scores every pair of words, so its cost grows with the square of
sentence length. Sentences longer than PARSE_WINDOW words (a table or a list
with no full stops) are parsed in windows of that size; each window's root
hangs from the first window's root.
"""
import numpy
from spacy.attrs import DEP, HEAD, IS_SPACE
from spacy.language import Language

from pipeline.sequences import (
    BatchedComponent, encode_group, length_groups, sentence_words, windows)
from pipeline.slovnet_models import models

PARSE_WINDOW = 300
RAW_HEADS_KEY = "rupipe.slovnet_heads"


class DependencyParser(BatchedComponent):
    def __init__(self, nlp, name="rupipe_syntax", window=PARSE_WINDOW):
        self.name = name
        self.vocab = nlp.vocab
        self.window = window

    def annotate_batch(self, docs):
        loaded = models()
        encoder = loaded["encoder"]
        pieces = []  # (doc index, sentence number, token positions)
        sentences_of = [[] for _ in docs]
        for doc_index, doc in enumerate(docs):
            for positions, words in sentence_words(doc):
                sentence = len(sentences_of[doc_index])
                sentences_of[doc_index].append(positions)
                for start, end in windows(len(positions), self.window):
                    pieces.append((doc_index, sentence, positions[start:end],
                                   encoder.encode(words[start:end])))
        parsed = self._parse(loaded, [p[3] for p in pieces])
        results = [[[] for _ in sentences] for sentences in sentences_of]
        for (doc_index, sentence, positions, _), piece in zip(pieces, parsed):
            results[doc_index][sentence].append((positions, piece))
        relation_names = loaded["syntax"].labels
        for doc, sentences in zip(docs, results):
            self._write(doc, sentences, relation_names)

    def _parse(self, loaded, sequences):
        """slovnet's head and relation choice for each word sequence."""
        network, encoder = loaded["syntax"], loaded["encoder"]
        model = network.model
        lengths = [len(s[0]) for s in sequences]
        parsed = [None] * len(sequences)
        for group in length_groups(lengths, tokens_per_group=2048):
            word_ids, shape_ids, pad_mask = encode_group(
                encoder, [sequences[i] for i in group])
            features = network.features(word_ids, shape_ids, pad_mask)
            scores = model.head(features)
            heads = model.head.decode(scores, ~pad_mask)
            relations = model.rel.decode(model.rel(features, heads), ~pad_mask)
            for row, index in enumerate(group):
                size = lengths[index]
                parsed[index] = (heads[row, :size].tolist(),
                                 relations[row, :size].tolist())
        return parsed

    def _write(self, doc, sentences, relation_names):
        heads = numpy.arange(len(doc), dtype=numpy.int64)
        relations = ["dep"] * len(doc)
        raw = {}
        for windows_of_sentence in sentences:
            sentence_heads, sentence_relations = _join_windows(
                windows_of_sentence, relation_names)
            positions = [p for w in windows_of_sentence for p in w[0]]
            repaired = repair_tree(sentence_heads)
            for k, position in enumerate(positions):
                head = repaired[k]
                heads[position] = positions[head] if head >= 0 else position
                relations[position] = sentence_relations[k]
                if repaired[k] != sentence_heads[k]:
                    old = sentence_heads[k]
                    raw[position] = (positions[old] if old >= 0 else -1,
                                     relations[position])
                    if head >= 0 and relations[position] == "root":
                        relations[position] = "parataxis"
                    elif head < 0:
                        relations[position] = "root"
        _attach_whitespace(doc, heads)
        if raw:
            doc.user_data[RAW_HEADS_KEY] = raw
        values = numpy.zeros((len(doc), 2), dtype=numpy.uint64)
        values[:, 0] = (heads - numpy.arange(len(doc))).astype(numpy.uint64)
        strings = self.vocab.strings
        values[:, 1] = [strings.add(r) for r in relations]
        doc.from_array([HEAD, DEP], values)


def _join_windows(windows_of_sentence, relation_names):
    """Sentence-level heads (index in sentence, -1 for root) from windows."""
    heads, relations, offset = [], [], 0
    for positions, (window_heads, window_relations) in windows_of_sentence:
        for head in window_heads:
            heads.append(head - 1 + offset if head > 0 else -1)
        relations.extend(relation_names[r] for r in window_relations)
        offset += len(positions)
    return heads, relations


def repair_tree(heads):
    """The same heads, changed only where needed to make one tree.

    `heads[k]` is the index of word k's head, or -1 for a root.
    """
    heads = list(heads)
    if not heads:
        return heads
    roots = [k for k, head in enumerate(heads) if head < 0]
    root = roots[0] if roots else 0
    heads[root] = -1
    for other in roots[1:]:
        heads[other] = root
    state = [0] * len(heads)  # 0 unseen, 1 on the current path, 2 reaches root
    state[root] = 2
    for start in range(len(heads)):
        path, k = [], start
        while state[k] == 0:
            state[k] = 1
            path.append(k)
            k = heads[k]
        if state[k] == 1:  # walked into our own path: a cycle, cut it here
            heads[k] = root
        for visited in path:
            state[visited] = 2
    return heads


def _attach_whitespace(doc, heads):
    """Whitespace hangs from the word before it, or after it at the start."""
    is_space = doc.to_array(IS_SPACE).reshape(-1).tolist()
    previous_word = -1
    pending = []
    for i, space in enumerate(is_space):
        if not space:
            for waiting in pending:
                heads[waiting] = i
            pending = []
            previous_word = i
        elif previous_word >= 0 and i > 0:
            heads[i] = previous_word
        else:
            pending.append(i)


@Language.factory("rupipe_syntax", default_config={"window": PARSE_WINDOW})
def make_syntax(nlp, name, window):
    return DependencyParser(nlp, name, window)
