"""Syntax: slovnet's heads and relations, always a tree, bounded on long sentences."""

from pipeline.syntax import RAW_HEADS_KEY, repair_tree


def test_subject_and_object(nlp):
    doc = nlp("Полиция задержала подозреваемого.")
    by_text = {t.text: t for t in doc}
    assert by_text["задержала"].dep_ == "root"
    assert by_text["Полиция"].head.text == "задержала"
    assert by_text["Полиция"].dep_ == "nsubj"
    assert by_text["подозреваемого"].dep_ == "obj"


def test_each_sentence_is_one_tree(nlp):
    doc = nlp("Первое предложение здесь. А это второе предложение.\n\nТретье.")
    sentences = list(doc.sents)
    assert len(sentences) == 3
    for sentence in sentences:
        roots = [t for t in sentence if t.head == t]
        assert len(roots) == 1


def test_whitespace_hangs_from_a_neighbour(nlp):
    doc = nlp("Строка один.\n\nСтрока два.")
    space = next(t for t in doc if t.is_space)
    assert space.head.text == "."


REPAIRS = [
    # slovnet's heads (index, -1 = root) -> one tree
    ([-1, 0, 1], [-1, 0, 1]),          # already a tree: unchanged
    ([-1, 0, -1], [-1, 0, 0]),         # second root hangs from the first
    ([1, 2, 1], [-1, 0, 1]),           # no root: the first word; cycle 1<->2 cut
    ([-1, 2, 1], [-1, 0, 1]),          # cycle beside the root: cut at entry
    ([0], [-1]),                        # a word heading itself
]


def test_repair_tree_changes_only_what_is_needed():
    for heads, expected in REPAIRS:
        assert repair_tree(heads) == expected


def test_long_sentence_is_parsed_in_windows():
    import pipeline

    nlp = pipeline.load(disable=["ner", "claims"])
    parser = nlp.get_pipe("rupipe_syntax")
    words = ("строка таблицы номер " * 400).split()  # 1,200 words, no full stop
    doc = nlp(" ".join(words))
    assert len(list(doc.sents)) == 1
    roots = [t for t in doc if t.head == t]
    assert len(roots) == 1
    # every window was parsed on its own: what slovnet chose (before the
    # tree repair joined the windows) never reaches across a window boundary
    window = parser.window
    raw = doc.user_data.get(RAW_HEADS_KEY, {})
    slovnet_heads = [raw[t.i][0] if t.i in raw else t.head.i for t in doc]
    crossings = [i for i, head in enumerate(slovnet_heads)
                 if head >= 0 and head // window != i // window]
    assert crossings == []


def test_morph_windows_give_the_tags_of_one_pass():
    import pipeline

    nlp = pipeline.load(disable=["syntax", "ner", "claims"])
    text = " ".join(["Цены на нефть выросли на 5% , а курс рубля упал"] * 60)
    whole = [t.tag_ for t in nlp(text)] and [str(t.morph) + t.pos_ for t in nlp(text)]
    tagger = nlp.get_pipe("rupipe_morph")
    tagger.window = 50  # many windows over the same sentence
    try:
        windowed = [str(t.morph) + t.pos_ for t in nlp(text)]
    finally:
        tagger.window = 1024
    assert windowed == whole
