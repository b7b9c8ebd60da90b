import pytest

from hadath.text import analyse_text


def sentence_texts(text):
    layers = analyse_text(text)
    return [text[s.start:s.end] for s in layers.sentences]


# rows: (text, expected sentences)
CASES = [
    ("وصل الوزير إلى دمشق. وعقد اجتماعا مع نظيره.", ["وصل الوزير إلى دمشق.", "وعقد اجتماعا مع نظيره."]),
    ("هل انتهت الأزمة؟ لا أحد يعرف!", ["هل انتهت الأزمة؟", "لا أحد يعرف!"]),
    ("ارتفع التضخم؛ وتراجعت الأجور", ["ارتفع التضخم؛", "وتراجعت الأجور"]),
    # the Arabic comma joins clauses of one sentence
    ("وصل الوفد، والتقى الرئيس، ثم غادر.", ["وصل الوفد، والتقى الرئيس، ثم غادر."]),
    # not inside numbers
    ("بلغ النمو 2.5 في المئة هذا العام.", ["بلغ النمو 2.5 في المئة هذا العام."]),
    ("بلغ النمو ٢٫٥ بالمئة.", ["بلغ النمو ٢٫٥ بالمئة."]),
    # not after a single letter (an abbreviation or an initial)
    ("قال د. سامي العلي إن الوضع مستقر.", ["قال د. سامي العلي إن الوضع مستقر."]),
    # not inside quotations, of any kind
    ('قال الوزير: "انتهت المرحلة الأولى. وبدأت الثانية" مساء أمس.',
     ['قال الوزير: "انتهت المرحلة الأولى. وبدأت الثانية" مساء أمس.']),
    ("وأضاف: «لن نتراجع. هذا قرارنا». ثم غادر القاعة.",
     ["وأضاف: «لن نتراجع. هذا قرارنا».", "ثم غادر القاعة."]),
    # a quotation that closes on its own stop ends the sentence
    ('وقال: "لن نتراجع." ثم غادر.', ['وقال: "لن نتراجع."', "ثم غادر."]),
    # an unclosed quotation does not swallow the paragraph
    ('قال المتحدث: "الوضع هادئ. عادت الحركة. فتحت المدارس.',
     ['قال المتحدث: "الوضع هادئ.', "عادت الحركة.", "فتحت المدارس."]),
    # line breaks end sentences and paragraphs
    ("السطر الأول بلا نقطة\nالسطر الثاني.", ["السطر الأول بلا نقطة", "السطر الثاني."]),
    ("انتهى الاجتماع... وبدأ التصويت", ["انتهى الاجتماع...", "وبدأ التصويت"]),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_sentences(text, expected):
    assert sentence_texts(text) == expected


def test_paragraphs_are_lines_without_blank_ones():
    text = "  الفقرة الأولى.\n\n\nالفقرة الثانية.  \r\nالثالثة"
    layers = analyse_text(text)
    assert [text[p.start:p.end] for p in layers.paragraphs] == ["الفقرة الأولى.", "الفقرة الثانية.", "الثالثة"]


def test_sentence_offsets_are_in_the_original_text():
    text = "وَصَلَ الوَزِيرُ إلى دِمَشْقَ. وعَقَدَ اجتماعاً."
    assert sentence_texts(text) == ["وَصَلَ الوَزِيرُ إلى دِمَشْقَ.", "وعَقَدَ اجتماعاً."]


def test_tokens_in_a_sentence():
    text = "التقى الوزير نظيره. ثم غادر."
    layers = analyse_text(text)
    first = layers.sentences[0]
    assert [text[t.start:t.end] for t in layers.tokens_in(first)] == ["التقى", "الوزير", "نظيره", "."]
