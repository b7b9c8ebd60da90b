from hadath.entities.actors import knowledge
from hadath.entities.ner import sentence_features, spans_from_tags, vectors
from hadath.entities import tagger
from hadath.text import analyse_text


def test_bio_tags_to_spans():
    layers = analyse_text("التقى جو بايدن في واشنطن")
    spans = spans_from_tags(layers.tokens, ["O", "B-PER", "I-PER", "O", "B-LOC"])
    assert [(layers.text[s.start:s.end], s.type, s.first, s.last) for s in spans] == [
        ("جو بايدن", "PER", 1, 3), ("واشنطن", "LOC", 4, 5)]


def test_a_stray_inside_tag_starts_a_span():
    layers = analyse_text("وزارة الخارجية")
    assert [(s.type, s.first, s.last) for s in spans_from_tags(layers.tokens, ["I-ORG", "I-ORG"])] == [("ORG", 0, 2)]


def test_features_of_a_word_and_its_neighbours():
    layers = analyse_text("وصل الوزير إلى بغداد")
    kb = knowledge()
    gaz = kb.tags(layers, kb.gazetteer.find(layers))
    feats = sentence_features(layers.text, layers.tokens, gaz, kb.name_words)
    assert gaz[3] == "B-LOC"
    last = feats[3]
    assert last["w:بغداد"] == 1.0 and last["g:B-LOC"] == 1.0 and last["-1b:الي"] == 1.0 and last["EOS"] == 1.0
    assert any(k.startswith("0e") for k in last)  # the word's vector
    assert "art" in feats[1]  # الوزير has the article


def test_vectors_line_up_with_clusters():
    rows, values = vectors()
    assert len(values) == 32 * len(rows)
    r = rows["بغداد"]
    assert abs(sum(v * v for v in values[r:r + 32]) - 1.0) < 0.05  # unit vectors, quantised


def test_the_model_tags_a_plain_sentence():
    layers = analyse_text("قال الرئيس الفرنسي إيمانويل ماكرون في باريس إن فرنسا ستدعم لبنان.")
    kb = knowledge()
    spans = tagger().spans(layers, kb.tags(layers, kb.gazetteer.find(layers)), kb.name_words)
    got = {(layers.text[s.start:s.end], s.type) for s in spans}
    assert {("إيمانويل ماكرون", "PER"), ("باريس", "LOC"), ("فرنسا", "LOC"), ("لبنان", "LOC")} <= got
