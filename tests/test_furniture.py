"""Page furniture: recognised, kept in the text, never a source of entities."""
import pytest

from pipeline.furniture import furniture_lines


@pytest.mark.parametrize("line", [
    "Фото: polisia.kz",
    "Фото — ТАСС",
    "Если вы заметили ошибку, выделите необходимый текст и нажмите Ctrl+Enter",
    "#Полиция",
    "#Экономика #Казахстан",
    "Объявления",
    "Читайте также: в Москве открыли новую станцию",
    "Подписывайтесь на наш канал в Telegram",
    "live comments feed...",
    "15:41, 9 апреля",
    "Просмотров: 1 245",
    "Комментарии: 12",
    "37 комментариев",
    "18+",
    "Время чтения: 3 минуты",
    "Автор: Мария Иванова",
    "Обновлено: 3 марта 2026, 16:20",
    "Сегодня, 14:05",
    "03.03.2026 14:05",
])
def test_furniture_lines(line):
    text = f"Заголовок статьи о важном\n\n{line}\n\nТекст статьи, в котором достаточно много слов, чтобы он считался телом."
    spans = furniture_lines(text)
    assert [text[s:e] for s, e in spans] == [line]


@pytest.mark.parametrize("line", [
    "Цены на бензин выросли на 5% за месяц.",
    "Фотографии с места происшествия опубликовала полиция Караганды.",
    "Главная задача полиции — безопасность граждан.",
    "Комментарии экспертов разошлись: рост цен составит от 5 до 7%.",
    "Автор законопроекта предложил поднять пошлину вдвое.",
])
def test_article_lines_are_not_furniture(line):
    assert furniture_lines(line) == []


def test_breadcrumbs_only_above_the_article():
    header = "• Главная\n  • Новости Караганды\n"
    body = ("Состоялась встреча начальника полиции с жителями города, на которой "
            "обсуждали много вопросов.\n")
    bullets = "• выросло число краж в Караганде\n"
    text = header + body + bullets
    marked = [text[s:e] for s, e in furniture_lines(text)]
    assert marked == ["• Главная", "• Новости Караганды"]


def test_a_short_digest_of_bulleted_figures_is_content():
    # no line is long enough to open the body, yet figures are no breadcrumb
    text = "Итоги года:\n• выручка выросла на 12%;\n• прибыль снизилась на 3%.\n"
    assert furniture_lines(text) == []


def test_claims_in_a_bulleted_digest(nlp):
    doc = nlp("Итоги года в цифрах:\n• выручка выросла на 12%;\n• чистая прибыль снизилась на 3%.")
    assert [claim["figure"]["text"] for claim in doc._.claims] == ["12%", "3%"]


def test_no_entities_in_furniture(nlp):
    text = ("• Главная\n• Полиция Караганды\n\nФото: Нурлан Абенов\n\n"
            "В Караганде прошла встреча с жителями города, где выступил аким области.\n"
            "#Караганда")
    doc = nlp(text)
    assert doc.text == text
    assert [e.text for e in doc.ents] == ["Караганде"]
