"""The tokenizer: razdel's words and sentences, and the text kept exactly."""
import pytest
import razdel
import spacy

from pipeline.tokenize import RazdelTokenizer, sentence_ranges


@pytest.fixture(scope="module")
def tokenize():
    return RazdelTokenizer(spacy.blank("ru").vocab)


TRICKY_TEXTS = [
    "Обычный текст.",
    "  Два пробела в начале и в конце  ",
    "Строка\nвторая строка\n\nабзац",
    "Табуляция\tи\t\tещё",
    "Неразрывный\u00a0пробел: 1\u00a0200 рублей",
    "Много     пробелов подряд",
    "\n\n\nТолько переводы строк в начале",
    "\r\nWindows\r\nстроки\r\n",
    "",
    " ",
    "\u2003\u2009узкие и широкие\u202fпробелы",
]


@pytest.mark.parametrize("text", TRICKY_TEXTS)
def test_text_round_trips_exactly(tokenize, text):
    doc = tokenize(text)
    assert doc.text == text


@pytest.mark.parametrize("text", TRICKY_TEXTS)
def test_offsets_point_into_the_input(tokenize, text):
    for token in tokenize(text):
        assert text[token.idx:token.idx + len(token)] == token.text


def test_words_are_razdels(tokenize):
    text = "Цены выросли на 3,5% (в 2023 г.), т.е. заметно.\n\nСу-27 и COVID-19."
    doc = tokenize(text)
    words = [t.text for t in doc if not t.is_space]
    assert words == [t.text for t in razdel.tokenize(text)]
    assert words[:6] == ["Цены", "выросли", "на", "3,5", "%", "("]


def test_odd_whitespace_becomes_space_tokens(tokenize):
    doc = tokenize("Первый абзац.\n\nВторой абзац.")
    assert [t.text for t in doc if t.is_space] == ["\n\n"]


def test_sentences_are_razdels(tokenize):
    doc = tokenize("Он ушёл в 10 ч. утра. Она осталась. А. С. Пушкин приехал.")
    sentences = [doc[start:end].text.strip() for start, end in sentence_ranges(doc)]
    assert sentences == ["Он ушёл в 10 ч. утра.", "Она осталась.",
                         "А. С. Пушкин приехал."]


def test_leading_whitespace_joins_the_first_sentence(tokenize):
    doc = tokenize("\n\n  Первое. Второе.")
    assert len(sentence_ranges(doc)) == 2


def sentences_of(tokenize, text):
    doc = tokenize(text)
    return [doc[start:end].text.strip() for start, end in sentence_ranges(doc)]


def test_a_headline_is_its_own_sentence(tokenize):
    text = "Инфляция ускорилась до 4,2%\nЦены в феврале выросли на 4,2%, сообщил Росстат."
    assert sentences_of(tokenize, text) == [
        "Инфляция ускорилась до 4,2%",
        "Цены в феврале выросли на 4,2%, сообщил Росстат."]


def test_list_items_and_paragraphs_are_sentences(tokenize):
    text = "Итоги года:\n• выручка выросла на 5%\n• долг снизился на 3%\n\nабзац без точки"
    assert sentences_of(tokenize, text) == [
        "Итоги года:", "• выручка выросла на 5%", "• долг снизился на 3%", "абзац без точки"]


def test_a_line_broken_mid_phrase_stays_one_sentence(tokenize):
    text = "Президент встретился с\nпредставителями бизнеса, а также с\nГубернатором области."
    assert len(sentences_of(tokenize, text)) == 1


def test_tonnes_before_a_capital_end_the_sentence(tokenize):
    text = "Добыча составила 32,7 млн т. В январе она снизилась, и т. д."
    assert sentences_of(tokenize, text) == [
        "Добыча составила 32,7 млн т.", "В январе она снизилась, и т. д."]


def test_items_joined_by_semicolons_stay_one_sentence(tokenize):
    text = "Средства распределены так:\n— школы — 10,9 млрд рублей;\n— дороги — 2,8 млрд."
    assert sentences_of(tokenize, text) == [
        "Средства распределены так:", "— школы — 10,9 млрд рублей;\n— дороги — 2,8 млрд."]


def test_a_digest_line_opening_with_a_place_and_a_dash_keeps_the_place_apart(tokenize):
    text = "Новосибирск — Расходы на ремонт дорог составят 1,2 млрд рублей.\nНижний Новгород — Цены на бензин выросли."
    assert sentences_of(tokenize, text) == [
        "Новосибирск —", "Расходы на ремонт дорог составят 1,2 млрд рублей.",
        "Нижний Новгород —", "Цены на бензин выросли."]
    # a dash before a lowercase word is part of the sentence
    assert len(sentences_of(tokenize, "Москва — столица России.")) == 1
