"""CoNLL-U (Universal Dependencies) as sentences of gold tokens.

Ten tab-separated columns per word: ID FORM LEMMA UPOS XPOS FEATS HEAD
DEPREL DEPS MISC; "# key = value" comments before a sentence; a blank line
after it. Multiword-token ranges ("3-4") and empty nodes ("5.1") are
skipped: we score syntactic words only, and heads never point to them.
"""
from dataclasses import dataclass, field


@dataclass
class GoldToken:
    id: int
    form: str
    lemma: str
    upos: str
    feats: dict
    head: int
    deprel: str
    space_after: bool = True


@dataclass
class Sentence:
    id: str
    text: str
    tokens: list = field(default_factory=list)


def parse_feats(column):
    """"Case=Nom|Number=Sing" -> {"Case": "Nom", "Number": "Sing"}; "_" -> {}."""
    if column in ("", "_"):
        return {}
    return dict(item.split("=", 1) for item in column.split("|") if "=" in item)


def read_conllu(path, limit=None):
    """Yield Sentences from a CoNLL-U file (at most `limit`)."""
    with open(path, encoding="utf-8") as lines:
        yield from parse_conllu(lines, limit=limit, source=str(path))


def parse_conllu(lines, limit=None, source="<conllu>"):
    comments, tokens, count = {}, [], 0
    for number, line in enumerate(lines, 1):
        line = line.rstrip("\r\n")
        if line.startswith("#"):
            key, sep, value = line[1:].partition("=")
            if sep:
                comments[key.strip()] = value.strip()
        elif line.strip():
            token = parse_token_line(line, f"{source}:{number}")
            if token:
                tokens.append(token)
        elif tokens:
            if limit is not None and count >= limit:
                return
            yield _sentence(comments, tokens, count)
            count += 1
            comments, tokens = {}, []
    if tokens and (limit is None or count < limit):
        yield _sentence(comments, tokens, count)


def _sentence(comments, tokens, index):
    return Sentence(comments.get("sent_id", str(index + 1)), comments.get("text", ""), tokens)


def parse_token_line(line, where):
    """A GoldToken, or None for a multiword range or an empty node."""
    columns = line.split("\t")
    if len(columns) != 10:
        raise ValueError(f"{where}: expected 10 tab-separated columns, got {len(columns)}")
    token_id = columns[0]
    if "-" in token_id or "." in token_id:
        return None
    try:
        head = int(columns[6])
        number = int(token_id)
    except ValueError:
        raise ValueError(f"{where}: ID and HEAD must be integers") from None
    misc = columns[9].split("|")
    return GoldToken(
        id=number,
        form=columns[1],
        lemma=columns[2],
        upos=columns[3],
        feats=parse_feats(columns[5]),
        head=head,
        deprel=columns[7],
        space_after="SpaceAfter=No" not in misc,
    )
