"""How a chain of head rules is tried: the first rule that settles the head wins.

Each rule of metric_head, and of the chains it nests, takes (figure, anchor,
inside, trigger, direction). It returns None when it does not settle the
head, so the next rule is tried; NO_HEAD when it settles that the figure
measures nothing, which stops the chain with no head.
"""

# What a rule returns to settle that the figure has no metric (None would let the next rule try).
NO_HEAD = object()


def settled(head):
    """A rule's answer that settles the chain whatever it found: None becomes NO_HEAD."""
    return NO_HEAD if head is None else head


def first_settled(rules, *case):
    """The head the first rule that settles gives, or None (also when that rule says NO_HEAD)."""
    head = first_answer(rules, *case)
    return None if head is NO_HEAD else head


def first_answer(rules, *case):
    """The first rule's answer that settles: a head, NO_HEAD (settled empty) or None (no rule settled).

    Unlike first_settled it keeps "decided nothing" apart from "found nothing",
    so that the learned fallback (metric_ranker.py) leaves a decided empty metric empty."""
    for rule in rules:
        head = rule(*case)
        if head is not None:
            return head
    return None
