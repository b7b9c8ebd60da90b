"""Entities on sentences written for these tests."""
import pytest

import hadath


def entities(text, published=None):
    r = hadath.extract(text, published=published)
    return [(e.type, e.name_en, e.country, e.sector, [text[m.start:m.end] for m in e.mentions],
             [text[m.start:m.end] for m in e.nominals]) for e in r.entities]


def test_full_name_then_surname_is_one_person_with_codes():
    text = "وصل وزير الخارجية الإيراني محمد جواد ظريف إلى دمشق. وقال ظريف إن الزيارة ناجحة."
    got = entities(text, "2018-05-01")
    assert ("PER", "Mohammad Javad Zarif", "IRN", "GOV", ["محمد جواد ظريف", "ظريف"], ["وزير الخارجية الإيراني"]) in got
    assert ("LOC", "Damascus", "SYR", None, ["دمشق"], []) in got


def test_title_resolves_by_the_article_date():
    text = "قال الرئيس الأمريكي إن بلاده لن تتراجع عن قرارها."
    # named only by the title: the title is how the article names him (its mention)
    assert entities(text, "2018-05-01") == [("PER", "Donald Trump", "USA", "GOV", ["الرئيس الأمريكي"], [])]
    assert entities(text, "2021-07-27") == [("PER", "Joe Biden", "USA", "GOV", ["الرئيس الأمريكي"], [])]
    assert entities(text) == []  # no date, no holder


def test_demonym_phrase_is_a_country_body():
    got = entities("انسحبت القوات الأمريكية من القاعدة الجوية.", "2021-07-27")
    assert got == [("ORG", "United States armed forces", "USA", "MIL", ["القوات الأمريكية"], [])]


def test_anonymous_sources_are_never_entities():
    text = "وقال مصدر مطلع إن الوفد غادر، بينما أكدت مصادر أمنية رفضت الكشف عن هويتها أن الحدود مغلقة."
    assert entities(text, "2020-01-01") == []


def test_mentions_leave_out_attached_clitics():
    text = "زار الوفد بغداد ثم عاد إلى طهران، وقدم الدعم للعراق وللبنان."
    got = {e[1]: e[4] for e in entities(text, "2019-01-01")}
    assert got["Baghdad"] == ["بغداد"]
    assert got["Iraq"] == ["لعراق"]  # ل + العراق: the name starts at the second ل
    assert got["Lebanon"] == ["لبنان"]


def test_descriptors_stay_outside_the_name():
    text = "ونقلت صحيفة الغارديان البريطانية الخبر."
    assert entities(text, "2019-03-01")[0][4] == ["الغارديان"]


def test_organisation_and_its_leader():
    text = "وأكد الأمين العام للأمم المتحدة أنطونيو غوتيريش أن المنظمة مستعدة للمساعدة."
    got = entities(text, "2019-03-01")
    assert ("PER", "António Guterres", "IGO", "GOV", ["أنطونيو غوتيريش"], ["الأمين العام للأمم المتحدة"]) in got
    assert any(e[1] == "United Nations" and e[4] == ["لأمم المتحدة"] for e in got)


def test_state_institution_with_its_country():
    got = entities("أعلنت وزارة الداخلية العراقية اعتقال خمسة مشتبه بهم في البصرة.", "2019-03-01")
    assert got[0][:4] == ("ORG", "Iraqi Ministry of Interior", "IRQ", "GOV")
    assert got[1][1] == "Basrah"


def test_a_bare_body_noun_is_the_main_country_s_body():
    text = "شهدت مصر توترا أمنيا، واعتقلت الشرطة ثلاثة مشتبهين في القاهرة. وتعهدت مصر بملاحقة الجناة."
    got = entities(text, "2021-07-27")
    assert ("ORG", "Egypt police", "EGY", "COP", ["الشرطة"], []) in got


def test_a_bare_body_noun_takes_the_country_of_the_places_named_else_none():
    got = entities("فرقت قوات الأمن المحتجين في البصرة.", "2021-07-27")
    assert ("ORG", "Iraq police", "IRQ", "COP", ["قوات الأمن"], []) in got
    got = entities("اعتقلت الشرطة ثلاثة مشتبهين.", "2021-07-27")
    assert ("ORG", "police", None, "COP", ["الشرطة"], []) in got
    # two countries named as often: whose police is unknown, so no entity
    got = entities("اعتقلت الشرطة ثلاثة مشتبهين على الحدود بين العراق وسوريا.", "2021-07-27")
    assert not [e for e in got if e[3] == "COP"]


def test_the_prosecution_alone_is_the_main_country_s_but_on_behalf_of_is_no_one():
    got = entities("وفتحت النيابة تحقيقا مع الوزير في القاهرة.", "2021-07-27")
    assert ("ORG", "Egypt judiciary", "EGY", "JUD", ["النيابة"], []) in got
    # بالنيابة عن: on behalf of
    got = entities("وقالت المفوضة التي تتفاوض بالنيابة عن دول الاتحاد في بروكسل إن الرد قريب.", "2021-07-27")
    assert not [e for e in got if e[3] == "JUD"]


def test_a_body_after_the_preposition_lam_with_the_article_is_found():
    got = entities("أطلق مسلحون النار على دورية للجيش السوري.", "2021-07-27")
    assert [e for e in got if e[0] == "ORG"] == [
        ("ORG", "Syria armed forces", "SYR", "MIL", ["لجيش السوري"], ["لجيش السوري"])]


def test_a_bare_title_is_the_person_the_article_gave_it_before():
    text = "التقى الرئيس الأمريكي جو بايدن الصحفيين. وقال الرئيس إن الاقتصاد يتعافى."
    got = entities(text, "2021-07-27")
    biden = [g for g in got if g[1] == "Joe Biden"]
    assert biden and biden[0][5] == ["الرئيس الأمريكي", "الرئيس"]


def test_a_title_heading_something_else_is_not_the_person_titled_before():
    text = ("قال الرئيس الفنزويلي نيكولاس مادورو إن بلاده صامدة. "
            "وقالت رئيسة هيئة التحكيم ماغدالينا هيريرا إن الصورة مؤثرة.")
    got = entities(text, "2018-04-13")
    maduro = [g for g in got if g[1] == "Nicolás Maduro"]
    assert maduro and "رئيسة" not in maduro[0][5]


def test_an_ambassador_is_not_the_un_envoy():
    got = entities("اغتيل السفير الروسي في تركيا أثناء افتتاح معرض.", "2016-12-20")
    assert not [g for g in got if g[0] == "PER"]


def test_a_court_named_by_its_place_is_one_organisation_of_that_country():
    text = "قضت محكمة جنايات الجيزة بالسجن المؤبد بحق محمد بديع."
    r = hadath.extract(text, published="2017-05-10")
    court = next(e for e in r.entities if e.type == "ORG")
    assert text[court.mentions[0].start:court.mentions[0].end] == "محكمة جنايات الجيزة"
    assert (court.country, court.sector) == ("EGY", "JUD")
    assert not [e for e in r.entities if e.type == "LOC"]


def test_a_frequent_one_word_group_name_stands_on_its_own():
    r = hadath.extract("سقط قتلى في صفوف الحوثيين خلال المعارك.", published="2018-02-21")
    assert ("Houthis", "YEM", "REB") in [(e.name_en, e.country, e.sector) for e in r.entities]


def test_a_frequent_word_that_is_also_a_name_is_no_actor():
    r = hadath.extract("أفاد مصدر أمني بأن الطريق مغلق.", published="2018-02-21")
    assert r.entities == ()


def test_a_named_force_told_with_its_demonym_is_one_entity():
    got = entities("اقتحمت قوات الاحتلال الإسرائيلي مدينة جنين.", "2023-07-03")
    orgs = [e for e in got if e[0] == "ORG"]
    assert len(orgs) == 1 and orgs[0][2] == "ISR" and orgs[0][5] == ["قوات الاحتلال الإسرائيلي"]


def test_a_country_that_shares_its_name_with_its_capital_is_the_country():
    assert entities("قالت الجزائر إنها ترفض القرار.")[0][1:3] == ("Algeria", "DZA")
    assert entities("وصل الوفد إلى الجزائر العاصمة.")[0][1] == "Algiers"


def test_an_adjective_that_is_also_a_surname_names_no_one_alone():
    assert entities("نقل الجرحى إلى مستشفى رئيسي في المدينة.") == []
    got = entities("وصل الرئيس الإيراني إبراهيم رئيسي إلى بغداد. وقال رئيسي إن الزيارة مهمة.", "2023-05-01")
    assert got[0][1] == "Ebrahim Raisi" and got[0][4] == ["إبراهيم رئيسي", "رئيسي"]


def test_a_head_noun_alone_stands_for_the_organisation_named_before():
    text = "قالت حركة حماس إن إسرائيل تتحمل المسؤولية، وأضافت الحركة في بيان أنها لن تقبل بالتهدئة."
    got = entities(text, "2021-05-10")
    assert any(e[1] == "Hamas" and e[5] == ["الحركة"] for e in got)
    # a dictionary name that begins with the head noun is enough (تنظيم الدولة الإسلامية for داعش)
    got = entities("شن داعش هجوما على قرية، وقتل التنظيم المتطرف عشرة مدنيين.", "2018-05-01")
    assert any(e[1] == "Islamic State" and e[5] == ["التنظيم"] for e in got)
    # the nearest earlier one of that kind; a name right after the noun is its own
    got = entities("انتقدت حركة فتح حركة حماس، وقالت الحركة إن الانقسام يضر بالقضية.", "2021-05-10")
    assert any(e[1] == "Hamas" and e[5] == ["الحركة"] for e in got)
    assert not any(e[5] for e in entities("قالت الحركة إن الانقسام يضر بالقضية.", "2021-05-10"))


def test_a_ministry_court_or_council_alone_stands_for_the_one_named_before():
    # وزارة الخزانة ... واتهمت الوزارة: the ministry is the accuser
    text = "فرضت وزارة الخزانة الأمريكية عقوبات على شركتين، واتهمت الوزارة الشركتين بمساعدة كوريا الشمالية."
    got = entities(text, "2018-08-03")
    assert any(e[5] == ["الوزارة"] and "Treasury" in (e[1] or "") for e in got), got
    [accuse] = [e for e in hadath.extract(text, published="2018-08-03").events if e.type == "ACCUSE"]
    assert accuse.actor_code == "USA GOV"
    got = entities("عقد مجلس الأمن الدولي جلسة طارئة، وندد المجلس بالهجوم.", "2018-08-03")
    assert any(e[5] == ["المجلس"] for e in got)


def test_al_bilad_is_the_country_the_article_is_about():
    text = "مددت مصر حالة الطوارئ، وقالت الحكومة المصرية إن مصر تواجه الإرهاب في أنحاء البلاد."
    got = entities(text, "2018-04-14")
    assert any(e[1] == "Egypt" and e[0] == "LOC" and e[5] == ["البلاد"] for e in got)


def test_a_body_noun_before_a_place_is_that_country_s_body():
    got = entities("اقتحمت شرطة نيويورك مبنى في جامعة كولومبيا.", "2024-04-30")
    assert ("ORG", "United States police", "USA", "COP", ["شرطة نيويورك"], []) in got
    assert any(e[0] == "LOC" and e[4] == ["نيويورك"] for e in got)  # the city stays a place


def test_a_model_span_that_runs_on_past_a_known_organisation_is_cut_to_it():
    # the model takes "العقاب الجماعي" along; the dictionary knows where Amnesty's name ends
    got = entities("ودانت منظمة العفو الدولية العقاب الجماعي الذي فرضته دمشق على سكان الحي.")
    assert [g[4] for g in got if g[1] == "Amnesty International"] == [["منظمة العفو الدولية"]]
    # a person's name goes on past the dictionary's form (آل مكتوم), and so does a nisba (الأمريكية)
    assert [g[4] for g in entities("التقى الشيخ حمدان بن محمد بن راشد آل مكتوم وفدا رسميا.")][0][0].endswith("آل مكتوم")


def test_a_title_right_after_a_name_is_that_person_s_when_it_can_be():
    # an apposition: the title is Renzi's (the office holder on that day was someone else)
    got = entities("علقت الصحف على إعلان ماتيو رينزي رئيس الوزراء الإيطالي المنتهية ولايته استقالته.", "2018-03-06")
    assert [g[5] for g in got if g[1] == "Matteo Renzi"] == [["رئيس الوزراء الإيطالي"]]
    # the object of a verb: another country's president, and another office, are other people
    got = entities("استقبل فلاديمير بوتين الرئيس التركي في موسكو.", "2018-04-03")
    assert "Recep Tayyip Erdogan" in [g[1] for g in got]
    got = entities("استقبل الرئيس المصري عبد الفتاح السيسي رئيس الوزراء المصري.", "2018-09-03")
    assert [g[1] for g in got if g[0] == "PER"] == ["Abdel Fattah el-Sisi", "Mostafa Madbouly"]


def test_a_known_name_in_quotation_marks_after_a_body_word():
    # AFP style: تنظيم "الدولة الإسلامية"; the model's span takes the body word and the opening mark along
    got = entities('أعدم تنظيم "الدولة الإسلامية" أحد الرهائن في محافظة السويداء.')
    assert ("ORG", "Islamic State", "IMG", "REB", ["الدولة الإسلامية"], []) in got
    # منظمة before a quoted known name is no organisation of its own
    got = entities('انتقدت منظمة "مراسلون بلا حدود" اعتقال الصحفيين.')
    assert [g[1] for g in got if g[0] == "ORG"] == ["Reporters Without Borders"]


def test_a_bare_title_stands_for_the_person_named_with_it():
    # وطالب الرئيس: the president named before; not one a name, a country or "former" says is another
    text = "وصل الرئيس الفرنسي إيمانويل ماكرون إلى بيروت. وطالب الرئيس الزعماء اللبنانيين بتشكيل حكومة."
    [macron] = [e for e in entities(text, "2020-08-06") if e[1] == "Emmanuel Macron"]
    assert macron[5] == ["الرئيس الفرنسي", "الرئيس"]
    text = ("وصل الرئيس الفرنسي إيمانويل ماكرون إلى القاهرة. "
            "وتحدث عن الرئيس السابق حسني مبارك وعن الرئيس الإسلامي محمد مرسي.")
    [macron] = [e for e in entities(text, "2020-08-06") if e[1] == "Emmanuel Macron"]
    assert macron[5] == ["الرئيس الفرنسي"]
    # the event then has its actor: the prince on a tour, past an adjective (الأمير الشاب)
    from tests.events.test_events import events
    told = events("وصل ولي العهد السعودي الأمير محمد بن سلمان إلى واشنطن. "
                  "وأكد الأمير الشاب الذي يقوم بجولة طويلة في الولايات المتحدة أنه لا يعارض.", "2018-04-03")
    assert told[-1][:4] == ("CONSULT", "visit", "Mohammed bin Salman", "United States")


def test_a_person_listed_twice_in_the_sources_holds_an_office_once():
    # the Saudi king is in the curated list and in UniversalPetrarch's, spelt otherwise in English:
    # one person, so "العاهل السعودي" resolves to him
    got = entities("وقال العاهل السعودي إن المملكة تريد الحقيقة.", "2018-10-16")
    assert got == [("PER", "Salman bin Abdulaziz Al Saud", "SAU", "GOV", ["العاهل السعودي"], [])]


def test_a_ministry_named_before_its_demonym_and_lawmakers_are_bodies_of_the_country():
    r = hadath.extract("وطلبت وزارة تكنولوجيا المعلومات الهندية من شركة واتساب اتخاذ إجراءات.", published="2018-07-05")
    assert ("وزارة تكنولوجيا المعلومات الهندية", "IND", "GOV") in {(e.name, e.country, e.sector) for e in r.entities}
    r = hadath.extract("وانتقد مشرعون بريطانيون رئيسة الوزراء تيريزا ماي.", published="2018-07-05")
    assert ("GBR", "LEG") in {(e.country, e.sector) for e in r.entities}
    # not past another demonym: the British ambassador is no part of the Iranian ministry
    r = hadath.extract("استدعت وزارة الخارجية الإيرانية السفير البريطاني في طهران.", published="2018-07-05")
    assert "وزارة الخارجية الإيرانية السفير البريطاني" not in {e.name for e in r.entities}


def test_a_short_form_of_an_office_holder_is_not_a_namesake_named_before():
    # the dictionary's ترامب is the president on the date, not the first lady named in full before
    text = "قالت ميلانيا ترامب إنها تكره أن ترى الأطفال يفصلون عن عائلاتهم. وحث ترامب الديمقراطيين على العمل."
    assert entities(text, "2018-06-18") == [("PER", None, None, None, ["ميلانيا ترامب"], []),
                                            ("PER", "Donald Trump", "USA", "GOV", ["ترامب"], [])]
    # a full name spelled otherwise than the dictionary's still takes its short form
    text = "قال الرئيس الفلبيني رودريجو دوتيرتي إنه سيستقيل. وأضاف دوتيرتي أن الحرب مستمرة."
    people = [e for e in entities(text, "2018-06-18") if e[0] == "PER"]
    assert len(people) == 1 and people[0][4] == ["رودريجو دوتيرتي", "دوتيرتي"], people


def test_financial_is_no_demonym_of_mali():
    got = entities("تجمع آلاف المسؤولين الماليين في واشنطن لحضور اجتماعات الربيع.", "2018-04-20")
    assert all(e[2] != "MLI" for e in got), got


@pytest.mark.parametrize("text,found", [
    ("رحبت السعودية بالقرار الأممي.", True),  # after a verb: the country
    ("وأكدت مصر والسعودية دعمهما للاتفاق.", True),
    ("قالت الحكومة السعودية إن الاتفاق مهم.", False),  # after a definite noun: an adjective
])
def test_a_country_named_like_an_adjective(text, found):
    r = hadath.extract(text)
    assert any(e.name == "السعودية" and e.type == "LOC" for e in r.entities) == found


def test_a_quoted_name_after_a_body_noun_is_an_organisation():
    got = entities('وطلب حزب "النجوم الخمس" من حزب الرابطة إنهاء تحالفه مع بيرلسكوني.')
    assert any(e[0] == "ORG" and e[4] == ["النجوم الخمس"] for e in got)
    # a place the model found inside the quotation marks is part of the party's name
    assert ["حرية كوريا"] in [e[4] for e in entities('واتهم حزب "حرية كوريا" المعارض الحكومة بالخيانة.')]
    # a quoted word of description is no name
    assert not any(e[4] == ["إرهابي"] for e in entities('وقد يحكم عليها بالإعدام لانتمائها إلى تنظيم "إرهابي".'))


def test_a_name_after_the_preposition_lam_keeps_its_article():
    text = "وأرسلت مصر مساعدات لليمن وللبنان، وقدمت الشكر للولايات المتحدة."
    r = hadath.extract(text)
    names = {e.name_en: (e.name, [text[m.start:m.end] for m in e.mentions]) for e in r.entities}
    assert names["Yemen"] == ("اليمن", ["ليمن"])  # the span stays in the text; the name gets its alef back
    assert names["Lebanon"][0] == "لبنان" and names["United States"][0] == "الولايات المتحدة"


def test_a_noun_with_a_pronoun_ends_no_name():
    # the model may run on past a body's name into مسؤوليته "its responsibility"
    got = entities("وأعلن تنظيم الدولة الإسلامية مسؤوليته عن الهجوم.")
    assert [m for *_, mentions, _ in got for m in mentions] == ["تنظيم الدولة الإسلامية"]
    # a name may end with the letters of a pronoun (سوكها، عبده)
    got = entities("اعتقلت الشرطة الكمبودية زعيم المعارضة كيم سوكها في منزله.")
    assert any("كيم سوكها" in mentions for *_, mentions, _ in got)
