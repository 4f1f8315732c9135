"""Counters shared by the scorers: hits and misses, and accuracy."""
from dataclasses import dataclass


@dataclass
class Counts:
    """True positives, false positives, false negatives -> P, R, F1."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, other):
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn
        return self

    @property
    def precision(self):
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self):
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self):
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self):
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn,
                "precision": self.precision, "recall": self.recall, "f1": self.f1}


@dataclass
class Share:
    """How many of `total` were `correct`."""

    correct: int = 0
    total: int = 0

    def count(self, right):
        self.total += 1
        self.correct += bool(right)

    @property
    def value(self):
        return self.correct / self.total if self.total else 0.0

    def as_dict(self):
        return {"correct": self.correct, "total": self.total, "accuracy": self.value}
