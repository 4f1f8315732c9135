"""Page furniture: the navigation, credits and widgets around a scraped article.

News pages come with breadcrumbs ("• Главная"), photo credits ("Фото: ..."),
"report a typo (Ctrl+Enter)" prompts, tag lines ("#Полиция") and widget
titles ("Объявления"). They are not the article: no entity or claim may be
taken from them. This stage marks such lines by the patterns in
`models/furniture/lines.json`; the text itself is untouched, so offsets
still refer to the original.
"""
import json
import re
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc

from pipeline.paths import model_file

LINE = re.compile(r"[^\n]+")

if not Doc.has_extension("furniture"):
    Doc.set_extension("furniture", default=None)


@lru_cache(maxsize=None)
def _patterns():
    rules = json.loads(model_file("furniture", "lines.json").read_text("utf-8"))
    whole = re.compile("|".join(f"(?:{p})" for p in rules["whole_line"]),
                       re.IGNORECASE)
    anywhere = re.compile("|".join(f"(?:{p})" for p in rules["anywhere"]),
                          re.IGNORECASE)
    header = re.compile("|".join(f"(?:{p})" for p in rules["header_line"]),
                        re.IGNORECASE)
    separator = re.compile(rules["widget_separator"])
    tail = re.compile("|".join(f"(?:{p})" for p in rules["line_tail"] + [_counter_run(rules)]), re.IGNORECASE)
    return whole, anywhere, header, separator, tail, rules["body_min_words"]


def _counter_run(rules):
    """A run of counters closing a line after a separator ('… · Происшествия · 12 комментариев')."""
    counter = "|".join(f"(?:{p})" for p in rules["counter_widgets"])
    separator = rules["counter_separator"]
    return f"(?<={separator})\\s*(?:{counter})(?:\\s*{separator}\\s*(?:{counter}))*\\s*$"


def furniture_lines(text):
    """(start, end) character spans of the lines that are page furniture."""
    whole, anywhere, header, separator, tail, body_min_words = _patterns()
    spans = []
    in_header = True
    for line in LINE.finditer(text):
        content = line.group().strip()
        if not content:
            continue
        if (_all_widgets(content, whole, separator) or anywhere.search(content)
                or (in_header and header.fullmatch(content))):
            start = line.start() + line.group().index(content[0])
            spans.append((start, start + len(content)))
            continue
        if len(content.split()) >= body_min_words:
            in_header = False
        tail_span = _tail_of_line(line, tail)
        if tail_span:   # '… рекомендацией. Читайте также: …', '… пресс-службы. Просмотров: 1 245'
            spans.append(tail_span)
    return spans


def _tail_of_line(line, tail):
    """(start, end) of a see-also link or a view counter closing a longer line, or None."""
    found = tail.search(line.group().rstrip())
    if not found:
        return None
    tail_text = found.group().lstrip()
    start = line.start() + found.end() - len(tail_text)
    return start, start + len(tail_text)


def _all_widgets(content, whole, separator):
    """Is the line one widget, or widgets side by side, each furniture alone?"""
    return bool(whole.fullmatch(content)) or all(whole.fullmatch(part.strip()) for part in separator.split(content))


def in_furniture(doc, start, end):
    """Does the character range [start, end) touch a furniture line?"""
    for line_start, line_end in doc._.furniture or ():
        if start < line_end and line_start < end:
            return True
    return False


class FurnitureMarker:
    def __init__(self, name="rupipe_furniture"):
        self.name = name

    def __call__(self, doc):
        doc._.furniture = furniture_lines(doc.text)
        return doc


@Language.factory("rupipe_furniture")
def make_furniture(nlp, name):
    return FurnitureMarker(name)
