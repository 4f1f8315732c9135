"""The CoNLL-U reader, on a tiny file written here."""
import pytest

from pipeline.corpora.conllu import parse_feats, read_conllu

CONLLU = """\
# sent_id = s1
# text = Он пошёл домой.
1\tОн\tон\tPRON\t_\tCase=Nom|Number=Sing\t2\tnsubj\t_\t_
2\tпошёл\tпойти\tVERB\t_\tAspect=Perf\t0\troot\t_\t_
3\tдомой\tдомой\tADV\t_\t_\t2\tadvmod\t_\tSpaceAfter=No
4\t.\t.\tPUNCT\t_\t_\t2\tpunct\t_\t_

# sent_id = s2
1-2\tподо\t_\t_\t_\t_\t_\t_\t_\t_
1\tпод\tпод\tADP\t_\t_\t3\tcase\t_\t_
2\tмной\tя\tPRON\t_\t_\t3\tobl\t_\t_
2.1\tесть\tбыть\tVERB\t_\t_\t_\t_\t0:root\t_
3\tлёд\tлёд\tNOUN\t_\t_\t0\troot\t_\t_
"""


@pytest.fixture
def conllu_file(tmp_path):
    path = tmp_path / "tiny.conllu"
    path.write_text(CONLLU, encoding="utf-8")
    return path


def test_sentences_and_tokens(conllu_file):
    first, second = read_conllu(conllu_file)
    assert (first.id, first.text) == ("s1", "Он пошёл домой.")
    assert [(t.form, t.lemma, t.upos, t.head, t.deprel) for t in first.tokens] == [
        ("Он", "он", "PRON", 2, "nsubj"),
        ("пошёл", "пойти", "VERB", 0, "root"),
        ("домой", "домой", "ADV", 2, "advmod"),
        (".", ".", "PUNCT", 2, "punct"),
    ]
    assert first.tokens[0].feats == {"Case": "Nom", "Number": "Sing"}
    assert [t.space_after for t in first.tokens] == [True, True, False, True]
    # the range "1-2" and the empty node "2.1" are not words
    assert [t.form for t in second.tokens] == ["под", "мной", "лёд"]


def test_limit(conllu_file):
    assert [s.id for s in read_conllu(conllu_file, limit=1)] == ["s1"]


def test_a_line_with_missing_columns_names_its_place(tmp_path):
    path = tmp_path / "bad.conllu"
    path.write_text("1\tОн\tон\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"bad\.conllu:1: expected 10"):
        list(read_conllu(path))


@pytest.mark.parametrize("column, feats", [
    ("_", {}),
    ("Case=Gen|Number=Plur", {"Case": "Gen", "Number": "Plur"}),
])
def test_parse_feats(column, feats):
    assert parse_feats(column) == feats
