"""Morphology and syntax scores on gold tokenization (CoNLL-U).

Per word, over every syntactic word of the gold file, punctuation included:
  upos    predicted UPOS equals gold
  feats   all features equal (the whole set; both empty counts as equal)
  lemma   equal ignoring case, with ё read as е
  uas     predicted head equals gold head
  las     head and the universal part of the relation equal ("nsubj:pass"
          is compared as "nsubj": slovnet predicts no subtypes)
"""
from pipeline.evaluate.scores import Share

MEASURES = ("upos", "feats", "lemma", "uas", "las")


def normal_lemma(lemma):
    return (lemma or "").lower().replace("ё", "е")


def base_relation(deprel):
    return (deprel or "").split(":")[0].lower()


class MorphScore:
    def __init__(self):
        self.shares = {measure: Share() for measure in MEASURES}
        self.sentences = 0

    def add(self, gold_tokens, pred_tokens):
        """Score one sentence: GoldTokens and PredTokens word for word."""
        if len(gold_tokens) != len(pred_tokens):
            raise ValueError(f"sentence of {len(gold_tokens)} gold words got {len(pred_tokens)} predictions")
        self.sentences += 1
        for gold, pred in zip(gold_tokens, pred_tokens):
            head_right = gold.head == pred.head
            self.shares["upos"].count(gold.upos == pred.upos)
            self.shares["feats"].count(gold.feats == pred.feats)
            self.shares["lemma"].count(normal_lemma(gold.lemma) == normal_lemma(pred.lemma))
            self.shares["uas"].count(head_right)
            self.shares["las"].count(head_right and base_relation(gold.deprel) == base_relation(pred.deprel))

    def as_dict(self):
        words = self.shares["upos"].total
        return {"sentences": self.sentences, "words": words}\
            | {measure: share.value for measure, share in self.shares.items()}
