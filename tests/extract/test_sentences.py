"""Evidence is the sentence as written, with spans that point back into the body."""
from warehouse.extract.sentences import split_clauses, split_sentences


def test_spans_point_back_into_the_body():
    body = "  第一句话。第二句；第三句!\n第四句？"
    sentences = split_sentences(body)
    assert [s.text for s in sentences] == ["第一句话。", "第二句；", "第三句!", "第四句？"]
    assert all(body[s.start:s.end] == s.text for s in sentences)


def test_quotes_stay_intact_until_they_close_the_sentence():
    texts = [s.text for s in split_sentences("他说：“很好。也对。”然后离开。“甲；乙”丙。")]
    assert texts == ["他说：“很好。也对。”", "然后离开。", "“甲；乙”丙。"]


def test_a_line_break_ends_a_sentence():
    assert [s.text for s in split_sentences("新一年的目标\n力争增长50%。")] == ["新一年的目标", "力争增长50%。"]


def test_clauses_of_a_sentence_quoted_as_a_whole():
    sentence = split_sentences("“去年，我市成为国家卫生城市。”")[0]
    assert [c.text for c in split_clauses(sentence)][:1] == ["“去年"]
    assert len(split_clauses(sentence)) == 2
