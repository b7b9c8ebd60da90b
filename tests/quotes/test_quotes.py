"""Quotes on sentences written for these tests: quotation styles, reported speech, speakers,
anonymous sources, continuation of the last speaker."""
import pytest

import hadath


def quotes(text, published="2021-07-27"):
    r = hadath.extract(text, published=published)
    name = {e.id: e.name_en or e.name for e in r.entities}
    return [(text[q.content.start:q.content.end], name.get(q.speaker), q.anonymous, q.direct,
             text[q.cue.start:q.cue.end] if q.cue else None,
             text[q.source.start:q.source.end] if q.source else None) for q in r.quotes]


@pytest.mark.parametrize("open_,close", [('"', '"'), ("«", "»"), ("“", "”"), ("‘", "’")])
def test_every_quotation_style(open_, close):
    text = f"وقال وزير الخارجية الأردني أيمن الصفدي: {open_}لن نقبل بأي حل يتجاهل حقوق الشعب الفلسطيني{close}."
    assert quotes(text) == [("لن نقبل بأي حل يتجاهل حقوق الشعب الفلسطيني", "Ayman Safadi", False, True,
                             "وقال", None)]


def test_reported_speech_with_inna():
    text = "وأكد الرئيس المصري عبد الفتاح السيسي أن مصر لن تسمح بالمساس بأمنها المائي."
    assert quotes(text) == [("مصر لن تسمح بالمساس بأمنها المائي", "Abdel Fattah el-Sisi", False, False,
                             "وأكد", None)]


def test_subject_before_the_verb():
    text = "الرئيس التركي رجب طيب أردوغان قال إن بلاده ستواصل عملياتها في شمال العراق."
    assert [q[1] for q in quotes(text)] == ["Recep Tayyip Erdogan"]


def test_anonymous_source_keeps_its_description():
    text = "وكشف مصدر أمني عراقي مطلع أن القوات الأمريكية ستغادر قاعدة عين الأسد قريبا."
    [(content, speaker, anonymous, direct, cue, source)] = quotes(text)
    assert speaker is None and anonymous and not direct
    assert source == "مصدر أمني عراقي مطلع"
    assert content.startswith("القوات الأمريكية ستغادر")


def test_sourcing_profile_counts_named_and_anonymous():
    text = ("وقال وزير الخارجية الإيراني حسين أمير عبد اللهيان إن المفاوضات مستمرة. "
            "وقال مسؤولون إن الجولة المقبلة ستعقد في فيينا.")
    r = hadath.extract(text, published="2022-01-10")
    assert r.sourcing == {"quotes": 2, "named": 1, "anonymous": 1, "unattributed": 0}


def test_spokesman_speaks_for_the_body():
    text = "وقال المتحدث باسم وزارة الخارجية الروسية إن موسكو ترفض هذه الاتهامات."
    assert [q[1] for q in quotes(text)] == ["Russian Ministry of Foreign Affairs"]


def test_continuing_verb_takes_the_last_speaker():
    text = ("وقال رئيس الوزراء العراقي مصطفى الكاظمي إن العراق لن يكون ساحة لتصفية الحسابات. "
            "وأضاف أن الحكومة ستحمي البعثات الدبلوماسية.")
    assert [q[1] for q in quotes(text)] == ["Mustafa al-Kadhimi", "Mustafa al-Kadhimi"]


def test_participle_continues_the_speaker():
    text = 'وقال الرئيس الأمريكي جو بايدن إن بلاده ستبقى في العراق، مضيفا أن "المهمة ستتغير".'
    speakers = [q[1] for q in quotes(text)]
    assert speakers and set(speakers) == {"Joe Biden"}


def test_according_to_attributes_the_sentence():
    text = "قتل ثلاثة جنود في هجوم على قاعدة عسكرية، بحسب وزارة الدفاع العراقية."
    [(content, speaker, *_)] = quotes(text)
    assert content == "قتل ثلاثة جنود في هجوم على قاعدة عسكرية"
    assert speaker == "Iraqi Ministry of Defence"


def test_partly_quoted_statement_that_ends_with_its_quotation():
    text = 'وقالت وزيرة الخارجية إن الحكومة "اتخذت القرار الصائب".'
    found = quotes(text)
    assert ("اتخذت القرار الصائب", None, False, True, "وقالت", None) in [
        (c, None, a, d, cue, src) for c, _, a, d, cue, src in found]
    assert any(not q[3] and q[0] == "الحكومة" for q in found) is False  # one word: no indirect quote


def test_quoted_words_inside_a_reported_clause_that_goes_on_are_one_statement():
    text = 'وقالت وزيرة الخارجية إن الحكومة "اتخذت القرار الصائب" في هذه القضية.'
    assert [(q[0], q[3]) for q in quotes(text)] == [('الحكومة "اتخذت القرار الصائب" في هذه القضية', False)]


def test_a_short_scare_quote_inside_a_long_clause_stays_a_direct_quote():
    text = 'وأكد الوزير أنه ليس هناك أي "اعتراض" على وجود مكتب للأمم المتحدة في العاصمة الليبية.'
    assert ("اعتراض", True) in [(q[0], q[3]) for q in quotes(text)]


def test_joined_statements_are_separate_quotes():
    text = "وقال الرئيس الأمريكي دونالد ترامب إن القمة ستحقق نجاحا كبيرا، وأن بلاده قد تبرم اتفاقا مع بيونغ يانغ."
    assert [q[0] for q in quotes(text)] == ["القمة ستحقق نجاحا كبيرا", "بلاده قد تبرم اتفاقا مع بيونغ يانغ"]


def test_a_quoted_name_is_not_a_quote():
    assert quotes('ووقعت الحكومة اتفاق السلام مع حركة "فارك" عام 2016.') == []


def test_unclosed_quote_runs_to_the_paragraph_end():
    text = 'وقال الرئيس الفرنسي إيمانويل ماكرون: "لن نتخلى عن لبنان مهما كانت الظروف\nوفي موضوع آخر'
    assert quotes(text)[0][0] == "لن نتخلى عن لبنان مهما كانت الظروف"


def test_according_to_at_the_start_attributes_what_follows():
    text = "وبحسب إحصائيات وزارة الصحة الفلسطينية فقد قتل عشرة أشخاص في القصف."
    [(content, speaker, *_)] = quotes(text)
    assert content == "قتل عشرة أشخاص في القصف"
    assert speaker == "Palestinian Ministry of Health"


def test_a_participle_takes_its_own_quotation():
    text = ('ونفى الرئيس السوري بشار الأسد وجود ميليشيات إيرانية في بلاده، '
            'قائلا إنهم "ضباط إيرانيون يعملون مع الجيش السوري".')
    found = quotes(text)
    assert [(q[0], q[3], q[4]) for q in found] == [
        ("وجود ميليشيات إيرانية في بلاده", False, "ونفى"),
        ("ضباط إيرانيون يعملون مع الجيش السوري", True, "قائلا")]
    assert {q[1] for q in found} == {"Bashar al-Assad"}


def test_a_quotation_belongs_to_the_nearest_verb_before_it():
    text = ('رحبت وزارة الخارجية الأمريكية بالاتفاق، وقال المتحدث باسمها نيد برايس إن الولايات المتحدة '
            '"تدعم كل خطوة تعزز استقرار المنطقة".')
    assert [(q[0], q[1], q[3]) for q in quotes(text)] == [
        ("تدعم كل خطوة تعزز استقرار المنطقة", "Ned Price", True)]


def test_according_to_with_a_verb():
    text = "ستبدأ الكنيسة العمل على إلغاء عقوبة الإعدام، بحسب ما قاله الفاتيكان."
    [(content, speaker, *_)] = quotes(text)
    assert content.startswith("ستبدأ الكنيسة") and speaker == "Vatican"


def test_a_name_inside_a_quotation_does_not_speak_for_the_participle():
    text = ('وقال ولي العهد السعودي الأمير محمد بن سلمان "إن هتلر يبدو لطيفا"، مضيفا أن "المرشد يحاول احتلال العالم".')
    assert {q[1] for q in quotes(text, "2018-04-03")} == {"Mohammed bin Salman"}


def test_a_quotation_without_a_cue_goes_with_the_quote_before_it():
    text = ('وقال وزير الخارجية الأردني أيمن الصفدي "الحل الوحيد هو الدولة الفلسطينية". "ولن نقبل بأي بديل عن ذلك أبدا". '
            'وقال وزير الخارجية المصري سامح شكري إن القاهرة تدعم المبادرة.')
    speakers = [q[1] for q in quotes(text)]
    assert speakers == ["Ayman Safadi", "Ayman Safadi", "Sameh Shoukry"]


def test_a_statement_that_quotes_its_last_words_is_one_indirect_quote():
    text = 'وقال الرئيس الأمريكي دونالد ترامب إن القمة مع الزعيم الكوري الشمالي ستحقق "نجاحا كبيرا".'
    assert [(q[0], q[1], q[3]) for q in quotes(text, "2018-03-11")] == [
        ('القمة مع الزعيم الكوري الشمالي ستحقق "نجاحا كبيرا"', "Donald Trump", False)]


def test_a_document_speaks_for_the_body_named_before_it():
    text = ("عدلت الكنيسة الكاثوليكية تعاليمها بشأن عقوبة الإعدام. "
            "ويقول النص الجديد إن عقوبة الإعدام لم تعد مقبولة في أي حال.")
    found = quotes(text, "2018-08-02")
    assert [(q[0], q[1]) for q in found] == [("عقوبة الإعدام لم تعد مقبولة في أي حال", "Catholic Church")]


def test_a_subjectless_saying_verb_after_a_sentence_that_quotes_no_one():
    text = ("وقد أبدى البابا فرانسيس في السابق معارضته للإعدام. "
            "وقال في أكتوبر/تشرين الأول الماضي إن سياسة الكنيسة يمكن تغييرها.")
    found = quotes(text, "2018-08-02")
    assert [(q[0], q[1]) for q in found] == [("سياسة الكنيسة يمكن تغييرها", "Pope Francis")]


def test_a_statement_issued_by_someone_names_its_source():
    text = ("أدخل البابا فرانسيس تعديلا على التعاليم. "
            "وستبدأ الكنيسة العمل على إلغاء عقوبة الإعدام في العالم، بحسب ما قاله بيان صادر عن البابا.")
    found = quotes(text, "2018-08-02")
    assert "Pope Francis" in [q[1] for q in found]


def test_explained_takes_a_noun_phrase_as_content():
    text = "وأوضحت وزيرة الداخلية البريطانية أمبر راد خطتها لترحيل المهاجرين غير الشرعيين."
    assert [(q[0], q[1]) for q in quotes(text, "2018-04-30")] == [
        ("خطتها لترحيل المهاجرين غير الشرعيين", "Amber Rudd")]


def test_a_feminine_saying_verb_takes_a_noun_phrase_too():
    text = "وأعلنت وزارة الداخلية العراقية مقتل ثلاثة من عناصر الشرطة في هجوم."
    assert [(q[0], q[1]) for q in quotes(text, "2018-04-30")] == [
        ("مقتل ثلاثة من عناصر الشرطة في هجوم", "Iraqi Ministry of Interior")]


@pytest.mark.parametrize("text,content,speaker,cue", [
    ("وأشار وزير الخارجية الأردني أيمن الصفدي إلى أن المفاوضات ستستأنف قريبا.",
     "المفاوضات ستستأنف قريبا", "Ayman Safadi", "وأشار"),
    ("أغلقت السلطات المعبر الحدودي، نقلا عن وكالة الأنباء الأردنية الرسمية.",
     "أغلقت السلطات المعبر الحدودي", "Jordan News Agency", "نقلا عن"),
    ("قتل خمسة مدنيين في القصف، وفقا للمرصد السوري لحقوق الإنسان.",
     "قتل خمسة مدنيين في القصف", "Syrian Observatory for Human Rights", "وفقا"),
])
def test_ila_anna_and_according_to_cues(text, content, speaker, cue):
    assert [(q[0], q[1], q[4]) for q in quotes(text)] == [(content, speaker, cue)]


def test_a_verb_joined_after_a_comma_goes_on_with_the_sentence_subject_not_a_town():
    text = "نفذت القيادة الأمريكية في أفريقيا غارة جوية قرب بلدة جلب، وقالت إنها قتلت 30 مسلحا."
    [q] = quotes(text)
    assert q[1] == "US Africa Command"


def test_a_saying_verb_joined_after_a_comma_ends_the_report_before_it():
    text = "قالت حركة حماس إن إسرائيل تتحمل المسؤولية، وأضافت الحركة في بيان أنها لن تقبل بالتهدئة."
    r = hadath.extract(text, published="2021-05-10")
    assert [text[q.content.start:q.content.end] for q in r.quotes] == ["إسرائيل تتحمل المسؤولية", "لن تقبل بالتهدئة"]


def test_a_speaker_named_in_quotation_marks_after_its_kind():
    # AFP style: وقالت حركة "حماس"; the name inside the marks is the speaker, not the start of the content
    [q] = quotes('وقالت حركة "حماس" إن إسرائيل ستدفع ثمن التصعيد.')
    assert q[1] == "Hamas" and q[0] == "إسرائيل ستدفع ثمن التصعيد"
    # a quotation right after the verb is what is said, not a speaker
    [q] = quotes('وقال المتحدث "روسيا ستدفع الثمن".')
    assert q[1] != "Russia"
