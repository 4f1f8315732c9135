"""The article that started the project: entities as the issue promises."""


def test_seed_entities(nlp, seed_text):
    doc = nlp(seed_text)
    assert doc.text == seed_text
    salin = [e for e in doc.ents if e.label_ == "PER" and "Салин" in e.text]
    full = [e for e in salin if e._.normal == "Шахназар Салин"]
    assert len(full) == 1
    assert all(e._.cluster == full[0]._.cluster for e in salin)
    assert len(salin) >= 3
    karaganda = [e for e in doc.ents if e.text == "Караганды"]
    assert len(karaganda) == 4
    assert {e._.normal for e in karaganda} == {"Караганда"}
    assert len({e._.cluster for e in karaganda}) == 1


def test_seed_furniture_yields_no_entity(nlp, seed_text):
    doc = nlp(seed_text)
    furniture_words = ["Главная", "Фото:", "Ctrl+Enter", "#Полиция",
                       "Объявления", "live comments feed..."]
    for word in furniture_words:
        start = seed_text.index(word)
        line_end = seed_text.find("\n", start)
        line_end = len(seed_text) if line_end < 0 else line_end
        line_start = seed_text.rfind("\n", 0, start) + 1
        assert not [e for e in doc.ents
                    if e.start_char < line_end and line_start < e.end_char], word
