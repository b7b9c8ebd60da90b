"""Events on sentences written for these tests: every type, each modality, argument shapes."""
import pytest

import hadath


def events(text, published="2021-07-27"):
    # every event the rules find: the default confidence threshold is tested in test_confidence.py
    r = hadath.extract(text, published=published, min_confidence=0)
    name = {e.id: e.name_en or e.name for e in r.entities}
    return [(e.type, e.mode, name.get(e.actor), name.get(e.recipient), name.get(e.location), list(e.aux),
             text[e.trigger.start:e.trigger.end]) for e in r.events]


def types(text, published="2021-07-27"):
    return [e[0] for e in events(text, published)]


# rows: (sentence, the event type it must yield)
EVERY_TYPE = [
    ("اتفقت مصر والسودان على تشكيل لجنة مشتركة لإدارة المياه.", "AGREE"),
    ("التقى وزير الخارجية الأردني أيمن الصفدي نظيره المصري سامح شكري في عمان.", "CONSULT"),
    ("رحب الاتحاد الأوروبي بالاتفاق الموقع بين الطرفين.", "SUPPORT"),
    ("تنازلت الحكومة الإسرائيلية عن شرطها بعد ضغوط دولية.", "CONCEDE"),
    ("أجرت القوات الأردنية والأمريكية مناورات مشتركة في الصحراء.", "COOPERATE"),
    ("أرسلت الإمارات مساعدات طبية إلى لبنان.", "AID"),
    ("انسحبت القوات التركية من مواقعها في شمال سوريا.", "RETREAT"),
    ("طالب الرئيس الفلسطيني محمود عباس المجتمع الدولي بالتدخل.", "REQUEST"),
    ("ندد الأمين العام للأمم المتحدة بالهجوم على المدنيين.", "ACCUSE"),
    ("رفضت حركة حماس المقترح الإسرائيلي.", "REJECT"),
    ("هدد الحرس الثوري الإيراني بإغلاق مضيق هرمز.", "THREATEN"),
    ("تظاهر آلاف العراقيين في بغداد احتجاجا على انقطاع الكهرباء.", "PROTEST"),
    ("فرضت الولايات المتحدة عقوبات جديدة على إيران.", "SANCTION"),
    ("حشدت روسيا قوات إضافية على حدود أوكرانيا.", "MOBILIZE"),
    ("اعتقلت الشرطة المصرية خمسة صحفيين في القاهرة.", "COERCE"),
    ("قصفت طائرات حربية مواقع لتنظيم داعش في دير الزور.", "ASSAULT"),
]


@pytest.mark.parametrize("text,typ", EVERY_TYPE)
def test_every_type(text, typ):
    assert typ in types(text)


def test_visit_actor_host_and_place():
    ev = events("وصل متزعم فيلق القدس الإيراني إسماعيل قاآني إلى بغداد في زيارة غير معلنة.")
    consult = [e for e in ev if e[0] == "CONSULT"]
    assert consult and consult[0][2] == "Esmail Qaani" and consult[0][4] == "Baghdad"


def test_verb_first_actor_and_recipient():
    ev = [e for e in events("اتهمت إيران الولايات المتحدة بدعم الإرهاب.") if e[0] == "ACCUSE"]
    assert ev and ev[0][2:4] == ("Iran", "United States")


def test_subject_first_actor():
    ev = [e for e in events("وإيران ترفض أي مفاوضات مباشرة مع واشنطن.") if e[0] == "REJECT"]
    assert ev and ev[0][2] == "Iran"


def test_construct_phrase_actor():
    ev = [e for e in events("أسفر هجوم لتنظيم داعش على قرية في العراق عن مقتل عشرة أشخاص.") if e[0] == "ASSAULT"]
    assert ev and ev[0][2] == "Islamic State"


def test_saying_is_not_an_event():
    assert events("وقال المتحدث باسم الحكومة المصرية إن الوضع مستقر، وأضاف أن الأسعار ثابتة.") == []


def test_events_in_reported_speech_are_events_of_their_content():
    assert "ASSAULT" in types("وقال مصدر أمني إن مسلحين هاجموا نقطة تفتيش في سيناء.")


@pytest.mark.parametrize("text,aux", [
    ("سيزور الرئيس الفرنسي إيمانويل ماكرون لبنان الأسبوع المقبل.", "future"),
    ("من المقرر أن يلتقي بايدن الكاظمي في واشنطن.", "future"),
    ("لم تنسحب القوات الأمريكية من العراق.", "negation"),
    ("نفت الحكومة السورية أنها قصفت المدينة.", "negation"),
    ("إذا هاجمت إسرائيل إيران فسيكون الرد قاسيا.", "hypothetical"),
    ("وكانت القوات الأمريكية قد انسحبت من الصومال عام 2020.", "historical"),
])
def test_modality(text, aux):
    assert any(aux in e[5] for e in events(text))


def test_a_name_in_apposition_after_what_one_does_is_the_subject():
    # الإعلامية البحرينية، سوسن الشاعر،: the journalist named after the comma criticises
    [(kind, _, actor, recipient, _, _, _)] = events("انتقدت الإعلامية البحرينية، سوسن الشاعر، قرار الحكومة القطرية.")
    assert (kind, actor, recipient) == ("ACCUSE", "سوسن الشاعر", "Qatar government")


def test_a_feminine_plural_verb_is_a_trigger():
    assert types("النساء يتظاهرن في طهران ضد فرض الحجاب.") == ["PROTEST"]


def test_an_act_not_expected_is_to_come_and_not_done():
    # من غير المتوقع، من المستبعد: both future and negation
    for text in ("ومن غير المتوقع أن يلتقي الرئيس الأمريكي دونالد ترامب الرئيس الروسي فلاديمير بوتين.",
                 "ومن المستبعد أن تفرض الولايات المتحدة عقوبات على تركيا."):
        assert [e[5] for e in events(text, "2018-07-14")] == [["future", "negation"]]


def test_one_event_per_action():
    text = "زار الرئيس الفرنسي إيمانويل ماكرون بيروت. وخلال زيارة ماكرون إلى بيروت التقى مسؤولين لبنانيين."
    visits = [e for e in events(text, "2020-08-06") if e[0] == "CONSULT" and e[1] == "visit"]
    assert [(e[2], e[4]) for e in visits] == [("Emmanuel Macron", "Beirut")]


@pytest.mark.parametrize("text,typ", [
    ("هددت الولايات المتحدة بفرض عقوبات على تركيا.", "THREATEN"),
    ("رفضت مصر التعاون مع المحكمة.", "REJECT"),
    ("طالب الاتحاد الأوروبي بالإفراج عن الصحفيين.", "REQUEST"),
])
def test_what_a_demand_or_threat_is_about_is_not_a_second_event(text, typ):
    assert types(text) == [typ]


def test_a_definite_noun_that_names_a_thing_is_not_an_event():
    assert "AGREE" not in types("وناقشت مصر والسودان مستقبل الاتفاق النووي.")
    assert "AGREE" in types("وأعلنت مصر والسودان الاتفاق على تشكيل لجنة مشتركة.")


def test_no_trigger_inside_a_name():
    assert "COOPERATE" not in types("نشرت منظمة التعاون الاقتصادي والتنمية تقريرها السنوي.")


def test_a_body_of_the_main_country_acts():
    text = "شهدت مصر توترا أمنيا، واعتقلت الشرطة ثلاثة مشتبهين في القاهرة."
    coerce = [e for e in events(text) if e[0] == "COERCE"]
    assert coerce and coerce[0][2] == "Egypt police" and coerce[0][4] == "Cairo"


# conditional cues (the `when` column of the trigger lexicon)
def test_signed_only_with_the_document_close_by():
    assert "SUPPORT" in types("وقعت الأردن ومصر اتفاقية للتعاون في مجال الطاقة.")
    assert "SUPPORT" not in types("وقع انفجار في سوق شعبي بمدينة الموصل.")


def test_threat_needs_an_agent():
    assert "THREATEN" in types("هددت كوريا الشمالية بإجراء تجربة نووية جديدة.")
    assert "THREATEN" not in types("يهدد الجفاف حياة ملايين المزارعين في المنطقة.")


def test_exploded_but_not_dawn():
    assert "ASSAULT" in types("وفجرت الجماعة المسلحة جسرا رئيسيا في المدينة.")
    assert types("وصل الوفد فجر اليوم إلى المطار.") == []


def test_a_standing_treaty_is_not_an_agreement():
    assert "AGREE" not in types("انتقد الرئيس البرازيلي اتفاقية باريس للمناخ.")
    assert "AGREE" in types("أعلنت الحكومة السودانية التوصل إلى اتفاق مع الحركات المسلحة.")


def test_dual_nouns_are_events():
    evs = events("هز تفجيران العاصمة العراقية بغداد صباح اليوم.")
    assert any(e[0] == "ASSAULT" and e[6] == "تفجيران" for e in evs)


def test_an_attack_told_twice_is_one_event():
    text = ("قتل عشرة أشخاص في تفجيرين استهدفا سوقا شعبيا في بغداد. "
            "وأدان رئيس الوزراء العراقي مصطفى الكاظمي الهجوم. ولم تتبن أي جهة الهجوم حتى الآن.")
    assert [e[0] for e in events(text)].count("ASSAULT") == 1


def test_meeting_between_two():
    evs = events("عقد في جنيف اجتماع بين وزير الخارجية الأمريكي أنتوني بلينكن ونظيره الروسي سيرغي لافروف.")
    consult = [e for e in evs if e[0] == "CONSULT"]
    assert consult and consult[0][2:4] == ("Antony Blinken", "Sergey Lavrov")


def test_an_agreed_withdrawal_is_a_concession():
    evs = events("أعلنت الحكومة البريطانية قرار سحب قواتها من مالي.")
    assert [e[0] for e in evs] == ["CONCEDE"]
    assert [e[0] for e in events("انسحبت القوات البريطانية من مالي.")] == ["RETREAT"]


def test_the_subject_goes_on_in_the_next_clause():
    evs = events("زار الرئيس الفرنسي إيمانويل ماكرون بيروت، وتعهد بتقديم مساعدات عاجلة.")
    agree = [e for e in evs if e[0] == "AGREE"]
    assert agree and agree[0][2] == "Emmanuel Macron"


def test_one_visit_told_twice_is_one_event():
    text = ("وصل وزير الخارجية الإيراني حسين أمير عبد اللهيان إلى دمشق في زيارة رسمية. "
            "وتستمر زيارة أمير عبد اللهيان يومين.")
    assert [e[0] for e in events(text)].count("CONSULT") == 1


def test_the_genitive_of_an_act_on_someone_is_its_recipient():
    evs = events("أعلنت الشرطة الفرنسية اعتقال الصحفي الفرنسي إريك زمور في باريس.")
    coerce = [e for e in evs if e[0] == "COERCE"]
    assert coerce and coerce[0][2:4] == ("France police", "Éric Zemmour")


def test_backed_by_makes_the_backer_the_actor():
    evs = events("سيطرت قوات سوريا الديمقراطية المدعومة من الولايات المتحدة على مدينة الرقة.")
    aid = [e for e in evs if e[0] == "AID"]
    assert aid and aid[0][2:4] == ("United States", "Syrian Democratic Forces")


def test_an_agent_after_min_qibal():
    evs = events("تم اغتيال العالم النووي محسن فخري زاده على يد عملاء جهاز الموساد الإسرائيلي.")
    assault = [e for e in evs if e[0] == "ASSAULT"]
    assert assault and assault[0][2:4] == ("Mossad", "Mohsen Fakhrizadeh")


def test_who_faces_criticism_is_its_recipient():
    evs = events("واجه رئيس الوزراء البريطاني بوريس جونسون انتقادات حادة بسبب الحفلات.")
    accuse = [e for e in evs if e[0] == "ACCUSE"]
    assert accuse and accuse[0][2:4] == (None, "Boris Johnson")


def test_withdrawal_from_a_country_has_it_as_recipient():
    evs = events("قرر الرئيس الأمريكي جو بايدن سحب القوات الأمريكية من أفغانستان.")
    concede = [e for e in evs if e[0] == "CONCEDE"]
    assert concede and concede[0][2:4] == ("Joe Biden", "Afghanistan")


def test_a_relative_clause_gives_the_actor_of_a_noun():
    evs = events("انتقد الوزير المفاوضات التي أجراها الرئيس الأمريكي باراك أوباما مع إيران.")
    consult = [e for e in evs if e[0] == "CONSULT"]
    assert consult and consult[0][2:4] == ("Barack Obama", "Iran")


def test_upholding_a_sentence_is_a_sanction():
    evs = events("وأيدت محكمة النقض المصرية حكما بالسجن المؤبد على المرشد العام لجماعة الإخوان المسلمين.")
    assert [e[0] for e in evs] == ["SANCTION"]


def test_a_role_written_before_a_name_stands_for_the_person_later():
    text = ("وصل قائد فيلق القدس الإيراني إسماعيل قاآني إلى بغداد. "
            "وتأتي زيارة قائد فيلق القدس بعد أيام من الاتفاق.")
    consult = [e for e in events(text) if e[0] == "CONSULT"]
    assert len(consult) == 1 and consult[0][2] == "Esmail Qaani"


def test_partners_joined_by_wa_meet_each_other():
    evs = events("اجتمع الرئيس المصري عبد الفتاح السيسي والعاهل الأردني الملك عبد الله الثاني في عمان.")
    consult = [e for e in evs if e[0] == "CONSULT"]
    assert consult and consult[0][2:4] == ("Abdel Fattah el-Sisi", "Abdullah II of Jordan")


def test_a_meeting_in_one_side_s_capital_has_the_visitor_as_actor():
    # PLOVER codes the visitor as actor, the host as recipient: in Cairo, Sisi hosts
    evs = events("اجتمع الرئيس المصري عبد الفتاح السيسي والعاهل الأردني الملك عبد الله الثاني في القاهرة.")
    consult = [e for e in evs if e[0] == "CONSULT"]
    assert consult and consult[0][2:4] == ("Abdullah II of Jordan", "Abdel Fattah el-Sisi")


def test_a_relative_pronoun_gives_the_verb_its_actor():
    evs = events("وقالت وزيرة الداخلية البريطانية بريتي باتيل، التي دعت مرارا إلى ترحيل المهاجرين، إن القانون سيطبق.")
    request = [e for e in evs if e[0] == "REQUEST"]
    assert request and request[0][2] == "Priti Patel"


def test_the_one_urged_in_a_joined_clause():
    evs = events("زار وزير الخارجية الأمريكي أنتوني بلينكن القاهرة، وحث الحكومة الإثيوبية على العودة إلى المفاوضات.")
    request = [e for e in evs if e[0] == "REQUEST"]
    assert request and request[0][2:4] == ("Antony Blinken", "Ethiopia government")


def test_sport_and_business_sentences_tell_no_events_without_a_political_actor():
    assert types("استضاف نادي الهلال فريق النصر في مباراة قوية ضمن الدوري السعودي.") == []
    assert types("تستهدف الشركة زيادة مبيعات أسهم الشركات في البورصة.") == []
    # a state acting in such a sentence still counts
    assert "SANCTION" in types("فرضت الولايات المتحدة عقوبات على شركة روسية وأسهمها في البورصة.")


def test_declining_to_comment_is_no_refusal():
    assert types("ورفض رئيس الوزراء التشيكي أندريه بابيس التعليق على القضية.") == []
    assert types("رفضت حركة حماس المقترح الإسرائيلي.") == ["REJECT"]


def test_deaths_in_an_accident_are_no_attack():
    assert types("قتل 50 شخصا في تحطم طائرة ركاب في نيبال.") == []
    assert "ASSAULT" in types("قتل 50 شخصا في هجوم لتنظيم داعش على سوق في بغداد.")


def test_a_chemical_agent_named_is_no_attack_but_its_use_is():
    assert types("غاز الأعصاب مادة شديدة السمية.") == []
    assert "ASSAULT" in types("استخدم النظام السوري غاز الأعصاب ضد المدنيين في خان شيخون.")


def test_may_before_a_present_verb_is_hypothetical():
    evs = events("قد تفرض الولايات المتحدة عقوبات جديدة على إيران.")
    assert evs and "hypothetical" in evs[0][5]


def test_protesters_storming_offices_is_a_riot():
    evs = events("اقتحم المحتجون مقار الأحزاب في البصرة وأحرقوا صور المسؤولين.")
    assert evs and {e[0] for e in evs} == {"PROTEST"}


def test_a_body_approving_its_own_law_is_no_agreement():
    assert "AGREE" not in types("وافق مجلس الوزراء العراقي على مشروع قانون الموازنة العامة.")
    assert "AGREE" in types("وافقت إسرائيل على وقف إطلاق النار مع حركة حماس.")


def test_a_family_visit_is_no_consultation():
    assert types("كان المواطن القطري يزور عائلته في اليمن.") == []


def test_an_action_retold_in_the_next_sentence_is_one_event():
    text = ("أطلق الحوثيون صاروخا باليستيا على مدينة جازان السعودية. "
            "واعترضت الدفاعات السعودية الصاروخ الذي استهدف جازان.")
    assert [e[0] for e in events(text)].count("ASSAULT") == 1


def test_context_from_the_sentence():
    evs = events("اتهمت الولايات المتحدة النظام السوري باستخدام أسلحة كيماوية ضد المدنيين في دوما.")
    assert evs and evs[0][0] == "ACCUSE"
    r = hadath.extract("اعتقلت الشرطة مرشحا في الانتخابات البرلمانية بتهمة الفساد.", published="2021-07-27")
    assert [e.context for e in r.events] == [("election", "corruption")]


def test_condemning_a_country_makes_it_the_recipient():
    evs = events("ندد الاتحاد الأوروبي بإيران بسبب إعدام المتظاهرين.")
    accuse = [e for e in evs if e[0] == "ACCUSE"]
    assert accuse and accuse[0][2:4] == ("European Union", "Iran")


def test_declared_opposition_and_characterisation_are_criticism():
    assert "ACCUSE" in types("وقد أبدى البابا فرانسيس في السابق معارضته لعقوبة الإعدام.")
    assert "ACCUSE" in types("وهي معلومات وصفها مدققو الحقائق بأنها مبالغ فيها.")


@pytest.mark.parametrize("text,typ,mode", [
    ("أغلق محتجون غاضبون الطرق الرئيسية في بيروت بالإطارات المشتعلة.", "PROTEST", "obstruct"),
    ("قاطع أنصار المعارضة الانتخابات البلدية في الجزائر.", "PROTEST", "boycott"),
    ("أطلقت حركة حماس عشرات الصواريخ على مستوطنات إسرائيلية.", "ASSAULT", "heavy-weapons"),
    ("فجر انتحاري نفسه داخل مسجد في مدينة كويتا الباكستانية.", "ASSAULT", "suicide-attack"),
    ("أسقطت الدفاعات الجوية السورية طائرة مسيرة إسرائيلية فوق القنيطرة.", "ASSAULT", "aerial"),
    # a crowd-control weapon named: ASSAULT crowd-control (PLOVER manual); a dispersal alone: COERCE
    ("فرقت الشرطة التونسية بالغاز المسيل للدموع مسيرة للمعطلين عن العمل.", "ASSAULT", "crowd-control"),
    ("فرقت الشرطة التونسية مسيرة للمعطلين عن العمل أمام مقر الولاية.", "COERCE", "restrict"),
])
def test_protests_and_attacks_in_single_sentences(text, typ, mode):
    assert (typ, mode) in [(e[0], e[1]) for e in events(text)]


def test_a_raid_told_with_its_arrests_or_killings_is_how_they_were_done():
    evs = events("اقتحمت قوات الاحتلال الإسرائيلي مدينة جنين واعتقلت خمسة شبان.")
    assert [(e[0], e[1], e[4]) for e in evs] == [("COERCE", "arrest", "Janīn")]
    evs = events("قتل ثلاثة فلسطينيين برصاص القوات الإسرائيلية خلال اقتحامها مخيم نور شمس.")
    assert [e[0] for e in evs] == ["ASSAULT"]
    # a raid alone stays a raid
    assert events("اقتحمت الشرطة مقر الصحيفة في عمان.")[0][:2] == ("COERCE", "seize")


def test_for_the_benefit_of_is_no_recipient():
    evs = events("أعدمت السلطات الإيرانية ثلاثة أشخاص أدينوا بالتجسس لصالح إسرائيل.")
    assert evs and evs[0][3] is None


def test_an_area_word_does_not_hide_the_preposition():
    evs = events("اختطف مسلحون ثلاثة عمال أتراك في جنوب ليبيا.")
    assert evs and evs[0][3] is None and evs[0][4] == "Libya"


def test_the_leader_of_a_coalition_is_not_its_actor():
    evs = events("شنت طائرات التحالف الدولي بقيادة الولايات المتحدة غارات على مواقع لتنظيم داعش.")
    assault = [e for e in evs if e[0] == "ASSAULT"]
    assert assault and assault[0][2] != "United States" and assault[0][3] == "Islamic State"


def test_a_body_before_a_person_in_apposition_gives_the_person():
    evs = events("أيدت محكمة النقض المصرية حكما بالسجن المؤبد على المرشد العام لجماعة الإخوان المسلمين محمد بديع.")
    assert evs and evs[0][:4] == ("SANCTION", "convict", "Egyptian Court of Cassation", "Mohamed Badie")


def test_a_relative_pronoun_after_an_apposition():
    evs = events("وقالت ديان أبوت، وزيرة الداخلية في حكومة الظل، التي دعت مرارا إلى استقالة الوزيرة أمبر راد، إن القرار صائب.")
    request = [e for e in evs if e[0] == "REQUEST"]
    assert request and request[0][2:4] == ("ديان أبوت", "Amber Rudd")


def test_a_news_agency_reports_attacks_it_does_not_make_them():
    evs = events("وأفاد مراسل وكالة الأنباء الفرنسية بسماع انفجارات قوية في دمشق.")
    assault = [e for e in evs if e[0] == "ASSAULT"]
    assert assault and assault[0][2] is None


def test_in_sport_a_country_is_a_team():
    assert types("رفض منتخب مصر خوض المباراة الودية أمام منتخب الكاميرون في الدوري.") == []


# --- one event per action across the article; modality and dates of named events ---

def test_a_strike_told_by_several_sources_is_one_event():
    text = ("شنت الطائرات الأمريكية غارة على مواقع لتنظيم داعش في دير الزور يوم الأحد. "
            "وقال مسؤول محلي إن القصف استهدف مقرات التنظيم. "
            "وأكد المرصد أن الغارة الأمريكية على مواقع داعش أسفرت عن مقتل عشرة.")
    assaults = [e for e in events(text, "2021-07-27") if e[0] == "ASSAULT"]
    assert len(assaults) == 1


def test_an_arrest_told_by_no_one_then_by_its_doer_is_one_event():
    # arrests (unlike strikes) are rarely two in a story that does not tell them apart
    text = ("أفادت وسائل إعلام محلية باعتقال عشرات الطلاب في طهران. "
            "وقال محامون إن قوات الأمن الإيرانية اعتقلت الطلاب بعد مشاركتهم في مسيرة.")
    [e] = [e for e in events(text) if e[0] == "COERCE"]
    assert e[6] == "اعتقال" and e[4] == "Tehran"
    # one told with a day of its own months before is another
    text = ("أفادت منظمات حقوقية باعتقال عشرات الطلاب في طهران. "
            "وقالت إن قوات الأمن الإيرانية اعتقلت في الثالث من مارس الماضي ناشطين بارزين.")
    assert [e[0] for e in events(text)].count("COERCE") == 2


def test_a_condemnation_and_an_accusation_of_one_target_by_one_speaker_are_one_event():
    text = ("انتقد الرئيس التركي رجب طيب أردوغان إسرائيل بشدة يوم الثلاثاء. "
            "وفي كلمة أمام حزبه، اتهم أردوغان إسرائيل بممارسة إرهاب الدولة.")
    [e] = [e for e in events(text) if e[0] == "ACCUSE"]
    assert e[1] == "disapprove" and e[3] == "Israel"
    # two speakers, or one speaker and two targets, are two acts
    text = ("انتقد الرئيس التركي رجب طيب أردوغان إسرائيل بشدة يوم الثلاثاء. "
            "وفي كلمة أمام حزبه، اتهم أردوغان الولايات المتحدة بدعم الإرهاب.")
    assert [e[0] for e in events(text)].count("ACCUSE") == 2


def test_a_meeting_told_as_to_come_and_as_done_between_the_same_sides_is_one_event():
    text = ("وسيلتقي الرئيس الروسي فلاديمير بوتين نظيره الأمريكي دونالد ترامب في هلسنكي. "
            "وأكد الكرملين أن بوتين التقى ترامب في هلسنكي لبحث الملف السوري.")
    assert [e[0] for e in events(text)].count("CONSULT") == 1


def test_deaths_and_the_attack_that_caused_them_are_one_event_told_by_the_attack():
    [e] = [e for e in events("أعلنت الشرطة مقتل أربعة عناصر إثر هجوم استهدف نقطة تفتيش في كركوك.")
           if e[0] == "ASSAULT"]
    assert e[6] == "هجوم" and e[4] == "Kirkuk"


def test_the_weapon_told_after_a_killing_gives_its_mode():
    [e] = [e for e in events("قتل ثلاثة مدنيين في غارة جوية على قرية قرب حماة.") if e[0] == "ASSAULT"]
    assert e[1] == "aerial"


def test_two_attacks_at_different_places_stay_two_events():
    text = ("قصف الجيش السوري مواقع للمعارضة في إدلب. "
            "وفي اليوم نفسه قصفت طائرات روسية مواقع أخرى في حماة.")
    assaults = [e for e in events(text) if e[0] == "ASSAULT"]
    assert len(assaults) == 2


def test_a_summit_on_a_later_day_is_to_come():
    evs = events("أعلن البيت الأبيض الاثنين أن الترتيبات جارية لعقد قمة بين الرئيس الأمريكي دونالد ترامب "
                 "والزعيم الكوري الشمالي كيم جونغ أون يوم 12 يونيو.",
                 published="2018-06-04")
    summit = next(e for e in evs if e[0] == "CONSULT")
    assert "future" in summit[5]


def test_a_protest_to_be_organised_is_to_come():
    evs = events("وسينظم الناشطون مظاهرة كبيرة في لندن يوم الأحد ضد زيارة ترامب.", published="2018-07-13")
    protest = next(e for e in evs if e[0] == "PROTEST")
    assert "future" in protest[5]


def test_a_purpose_clause_takes_the_subject_of_its_clause():
    evs = events("وصل قائد فيلق القدس إسماعيل قاآني إلى بغداد، بهدف عقد اجتماعات مع قادة الفصائل.")
    meeting = next(e for e in evs if e[6] == "اجتماعات")
    assert meeting[2] == "Esmail Qaani" and "future" in meeting[5]


def test_leaving_a_treaty_is_a_sanction_not_a_retreat():
    assert "SANCTION" in types("أعلن ترامب انسحاب الولايات المتحدة من الاتفاق النووي مع إيران.")
    assert types("انسحبت القوات التركية من مواقعها في شمال سوريا.") == ["RETREAT"]


def test_overthrow_is_coercion():
    evs = events("أطاح الجيش السوداني بالرئيس عمر البشير بعد أشهر من الاحتجاجات.", published="2019-04-12")
    assert ("COERCE", "Sudan armed forces", "Omar al-Bashir") in [(e[0], e[2], e[3]) for e in evs]


def test_a_tour_abroad_is_a_visit_but_an_election_round_is_not():
    assert "CONSULT" in types("بدأ ولي العهد السعودي محمد بن سلمان جولة في الولايات المتحدة.", "2018-03-20")
    assert types("فاز المرشح في الجولة الأولى من الانتخابات الرئاسية في تركيا.") == []


@pytest.mark.parametrize("text", [
    "سنتدخل عسكريا في سوريا إن دعت الحاجة، قال ولي العهد السعودي.",
    "يجب أن يكون القرار بما يتفق مع القانون الدولي، قال الوزير المصري.",
    "تعتبر الحكومة البريطانية الجماعة تهديدا أمنيا خطيرا.",
    "هذه الخطوة تقطع الطريق على محاولات إيران في المنطقة.",
])
def test_idioms_with_a_cue_word_tell_no_event(text):
    assert [t for t in types(text) if t in ("REQUEST", "AGREE", "THREATEN", "PROTEST")] == []


def test_a_stance_with_no_one_named_is_no_event():
    assert types("ربما يؤيدون نموذج الحكم الذاتي بدلا من الاستقلال.") == []


def test_a_pair_before_a_noun_gives_actor_and_partner_in_order():
    evs = events("أعلن رئيس الوزراء العراقي مصطفى الكاظمي، والرئيس الأمريكي جو بايدن، الاتفاق على سحب القوات.")
    agree = next(e for e in evs if e[0] == "AGREE")
    assert (agree[2], agree[3]) == ("Mustafa al-Kadhimi", "Joe Biden")


def test_a_visit_during_which_the_subject_acts_is_the_subjects():
    evs = events("وبحث الرئيس الفرنسي إيمانويل ماكرون الملف مع رئيس منظمة حظر الأسلحة الكيماوية أحمد أوزومغو "
                 "خلال زيارة إلى هولندا.", published="2018-03-20")
    visit = next(e for e in evs if e[6] == "زيارة")
    assert (visit[2], visit[3]) == ("Emmanuel Macron", "The Netherlands")


def test_a_relative_clause_on_a_thing_takes_the_subject_after_its_verb():
    evs = events("وينص اتفاق السلام الذي وقعه الرئيس الكولومبي خوان مانويل سانتوس على نزع السلاح.", "2018-03-12")
    signed = next(e for e in evs if e[6] == "وقعه")
    assert signed[2] == "Juan Manuel Santos"


def test_a_clause_that_opens_with_its_subject():
    evs = events("إسرائيل تتهم إيران بقصف مواقع تابعة لها في سوريا", published="2018-05-10")
    accuse = next(e for e in evs if e[0] == "ACCUSE")
    assert (accuse[2], accuse[3]) == ("Israel", "Iran")


def test_the_start_of_a_state_is_not_the_date_of_an_event():
    r = hadath.extract("اتهمت إسرائيل للمرة الأولى منذ بدء النزاع السوري قبل ثماني سنوات إيران باستهدافها.",
                       published="2018-05-10")
    assert all(e.date is None and "historical" not in e.aux for e in r.events)


def test_bahath_is_discussed_not_urged():
    evs = events("وقد بحث وزير الخارجية الأردني أيمن الصفدي الملف مع نظيره المصري.")
    assert [(e[0], e[6]) for e in evs] == [("CONSULT", "بحث")]


def test_hostage_taking_is_an_abduction():
    evs = events("أعلنت الشرطة الفرنسية انتهاء عملية احتجاز رهائن في متجر بجنوب فرنسا.", "2018-03-23")
    assert ("ASSAULT", "abduct") in [(e[0], e[1]) for e in evs]
    assert "COERCE" not in [e[0] for e in evs]


@pytest.mark.parametrize("text", [
    "وحذر الوزير الألماني من أن الحرب التجارية الأمريكية ستدمر الوظائف في أوروبا.",
    "وقال رئيس الوزراء الكندي إن الاتفاق أنقذ آلاف الوظائف.",
    "وقال الرئيس الفرنسي إن أداء المنتخب يدعو إلى الفخر.",
    "وقال مسؤول أمريكي طلب عدم الكشف عن هويته إن الاجتماع انتهى.",
])
def test_figures_of_speech_tell_no_event(text):
    assert [t for t in types(text) if t in ("ASSAULT", "AID", "REQUEST")] == []


def test_a_plan_before_a_contrast_does_not_make_what_was_done_future():
    evs = events("وكان من المقرر أن يعقد البنك المركزي التركي اجتماعه في يونيو، لكنه اجتمع اليوم مع وزير المالية التركي.",
                 "2018-05-23")
    met = next(e for e in evs if e[6] == "اجتمع")
    assert "future" not in met[5]


def test_preparing_to_announce_sanctions_is_to_come():
    evs = events("قال مسؤول إن الرئيس الأميركي دونالد ترامب يستعد الخميس للكشف عن عقوبات ضد الصين.", "2018-03-22")
    assert "future" in next(e for e in evs if e[0] == "SANCTION")[5]


def test_the_time_of_a_relative_clause_is_not_the_events():
    r = hadath.extract("طلبت تايلاند من بريطانيا تسليم رئيسة الوزراء السابقة ينغلوك شيناواترا التي أطاح بها انقلاب في 2014.",
                       published="2018-07-05")
    request = next(e for e in r.events if e.type == "REQUEST")
    assert request.date is None and "historical" not in request.aux


def test_what_is_demanded_further_on_is_the_demands_content():
    evs = events("طالبت مجموعة من الراهبات في واحدة من أقدم الكنائس في الهند باعتقال أسقف متهم.", "2018-09-11")
    assert [e[0] for e in evs] == ["REQUEST"]
    evs = events("ناشد علي الزعتري، منسق الأمم المتحدة للشؤون الإنسانية في سوريا، الحكومة السورية وقف إطلاق النار.",
                 "2018-02-20")
    assert "RETREAT" not in [e[0] for e in evs]


def test_an_intention_governs_the_event_it_names_from_further_on():
    evs = events("وينوي الرئيس الأميركي الذي يريد محاربة العجز التجاري فرض رسوم جمركية على الصين.", "2018-03-09")
    assert "future" in next(e for e in evs if e[0] == "SANCTION")[5]


def test_a_promised_meeting_is_to_come():
    evs = events("البيت الأبيض يلتزم بإجراء اجتماع غير مسبوق مع الزعيم الكوري الشمالي كيم جونغ أون.", "2018-03-09")
    assert "future" in next(e for e in evs if e[0] == "CONSULT")[5]


def test_a_verb_with_an_object_pronoun_is_done_to_the_name_before_it():
    evs = events("وقف النواب دقيقة حدادا على أرواح رجال الشرطة المصرية قتلهم المتشددون في سيناء.", "2018-06-02")
    killed = next(e for e in evs if e[0] == "ASSAULT")
    assert killed[2] is None and killed[3] is not None


def test_the_backer_in_a_participle_does_not_go_on_as_subject():
    evs = events("تعهد الرئيس السوري بشار الأسد باستعادة المناطق التي تسيطر عليها قوات سوريا الديمقراطية "
                 "المدعومة من الولايات المتحدة، وحث القوات الأميركية على الرحيل.", "2018-05-31")
    urge = next(e for e in evs if e[0] == "REQUEST")
    assert urge[2] == "Bashar al-Assad"


def test_a_vow_of_force_is_a_threat_and_a_promise_otherwise():
    evs = events("تعهد الرئيس السوري بشار الأسد، باستعادة المناطق التي تسيطر عليها قوات سوريا الديمقراطية.", "2018-05-31")
    assert ("THREATEN", "Bashar al-Assad") in [(e[0], e[2]) for e in evs]
    evs = events("تعهد الرئيس السوري بشار الأسد بإجراء انتخابات نزيهة.", "2018-05-31")
    assert "AGREE" in [e[0] for e in evs] and "THREATEN" not in [e[0] for e in evs]


@pytest.mark.parametrize("text", [
    "قال الرئيس الأمريكي دونالد ترامب إنه مستعد لعقد اجتماع مع الزعيم الكوري الشمالي كيم جونغ أون.",
    "وقال الرئيس الأمريكي جو بايدن إننا ملتزمون بالتعاون الأمني مع الحكومة العراقية.",
])
def test_an_offer_or_a_commitment_is_an_agreement(text):
    assert "AGREE" in types(text)


def test_training_anothers_forces_is_cooperation():
    assert "COOPERATE" in types("بدأت الولايات المتحدة تدريب القوات العراقية على مكافحة الإرهاب.")


def test_the_visitor_acts_and_the_host_receives():
    evs = events("استقبل الرئيس المصري عبد الفتاح السيسي الرئيس الفرنسي إيمانويل ماكرون في القاهرة.", "2019-01-28")
    assert [(e[0], e[1], e[2], e[3]) for e in evs] == [("CONSULT", "visit", "Emmanuel Macron", "Abdel Fattah el-Sisi")]


def test_an_object_pronoun_stands_for_the_one_named_before():
    evs = events("انتقد الرئيس التركي رجب طيب أردوغان الاتحاد الأوروبي، ثم استقبله الرئيس الروسي فلاديمير بوتين "
                 "في موسكو.", "2019-01-28")
    received = next(e for e in evs if e[0] == "CONSULT")
    assert (received[2], received[3]) == ("Recep Tayyip Erdogan", "Vladimir Putin")


def test_killings_in_airstrikes_told_twice_are_one_attack():
    text = ("قتل 23 شخصا على الأقل مساء الأحد في غارات جوية على حفل زفاف في محافظة حجة اليمنية. "
            "ولقي 23 شخصا مصرعهم في غارات جوية على حفل زفاف شمال غرب اليمن مساء الأحد، وفق هيئات الإسعاف.")
    assert [e[0] for e in events(text, "2018-04-23")].count("ASSAULT") == 1


def test_a_negation_before_a_relative_belongs_to_another_verb():
    evs = events("لا تؤيد الوزيرة البريطانية ما توصلت إليه الحكومة البريطانية من اتفاق مع الاتحاد الأوروبي.", "2018-07-20")
    reached = [e for e in evs if e[6] == "توصلت"]
    assert reached and "negation" not in reached[0][5]


@pytest.mark.parametrize("text", [
    "وفجرت الفرق الهندسية التابعة للجيش اليمني عشرات الألغام البحرية قبالة سواحل ميدي.",
    "وقال البابا إن العقوبة فيها اعتداء على كرامة الإنسان.",
])
def test_demining_and_wrongs_to_dignity_are_no_attacks(text):
    assert "ASSAULT" not in types(text, "2018-02-21")


def test_a_time_after_since_and_the_trigger_dates_the_trigger():
    r = hadath.extract("تزايد استخدام الغاز السام منذ حظره قبل 20 عاما بموجب معاهدة دولية.", published="2018-05-05")
    ban = next(e for e in r.events if e.type == "COERCE")
    assert ban.date == "1998" and "historical" in ban.aux


def test_who_announces_deaths_did_not_kill():
    evs = events("وأعلن الجيش المصري مقتل 8 جنود إثر هجوم استهدف معسكرا في سيناء.", "2018-04-14")
    assert [e[2] for e in evs if e[0] == "ASSAULT"] == [None]


def test_a_poll_measures_opinions_not_events():
    assert types("أظهر استطلاع للرأي أن غالبية الأتراك يؤيدون الرئيس التركي رجب طيب أردوغان.", "2018-06-20") == []


def test_the_sidelines_of_a_meeting_are_a_venue():
    evs = events("التقى وزير الخارجية الإيراني محمد جواد ظريف نظيره الفرنسي على هامش اجتماعات الجمعية العامة "
                 "للأمم المتحدة.", "2018-09-25")
    assert [e[6] for e in evs] == ["التقى"]


def test_circumstances_that_led_to_something_call_on_no_one():
    assert "REQUEST" not in types("وشرح التقرير الأسباب التي دعت إلى تأجيل الانتخابات.", "2018-09-25")


@pytest.mark.parametrize("text", [
    "وصلت القوات إلى المدينة فجرا بعد رحلة طويلة.",
    "وقال عالم الاجتماع المصري إن الظاهرة جديدة.",
    "وحققت المعارضة تقدما في الانتخابات البرلمانية.",
    "واعتذر الوزير عن الحضور بسبب انشغاله.",
])
def test_words_in_other_senses_tell_no_event(text):
    assert types(text, "2018-08-15") == []


def test_the_partner_after_with_is_the_recipient_of_cooperation():
    evs = events("وقال بايدن إننا ملتزمون بالتعاون الأمني ومواجهة داعش مع الحكومة العراقية.")
    agree = next(e for e in evs if e[0] == "AGREE")
    assert agree[3] == "Iraq government"


def test_the_one_opposed_in_clashes_between_two_is_the_recipient():
    r = hadath.extract("اندلعت صدامات عنيفة بين الشرطة ومحتجين ضد الرئيس الفنزويلي نيكولاس مادورو.", published="2017-05-03")
    name = {e.id: e.name_en for e in r.entities}
    assert [name.get(e.recipient) for e in r.events] == ["Nicolás Maduro"]


def test_a_light_verb_in_a_relative_clause_gives_its_noun_the_antecedent():
    evs = events("وأكد الرئيس المصري عبد الفتاح السيسي الذي يقوم بجولة في أوروبا أن العلاقات قوية.", "2018-03-20")
    tour = next(e for e in evs if e[0] == "CONSULT")
    assert tour[2] == "Abdel Fattah el-Sisi"
    evs = events("وأكد الأمير الشاب الذي يقوم بجولة طويلة في الولايات المتحدة أنه لا اعتراض.", "2018-03-20")
    assert next(e for e in evs if e[0] == "CONSULT")[2] is None


def test_training_takes_the_trained_as_recipient():
    evs = events("بدأت الولايات المتحدة تدريب القوات العراقية على مكافحة الإرهاب.")
    coop = next(e for e in evs if e[0] == "COOPERATE")
    assert (coop[2], coop[3]) == ("United States", "Iraq armed forces")


def test_a_threat_as_a_danger_is_no_threat_made():
    assert "THREATEN" not in types("وقال الوزير إن الجماعة تشكل تهديدا للأمن الإقليمي.")
    assert "THREATEN" in types("وجاء تهديد الحرس الثوري الإيراني بإغلاق مضيق هرمز بعد العقوبات.")


def test_a_cancelled_summit_did_not_happen_and_a_truce_talked_about_is_no_truce():
    # the lexicon's ألغى القمة (REJECT meet), whether the subject is a name or a title and a name
    for text in ("ألغى الرئيس الأمريكي دونالد ترامب القمة مع الزعيم الكوري الشمالي كيم جونغ أون.",
                 "ألغى ترامب القمة مع الزعيم الكوري الشمالي كيم جونغ أون."):
        evs = events(text, "2018-05-24")
        assert ("REJECT", "meet") in [(e[0], e[1]) for e in evs]
        assert all("negation" in e[5] for e in evs if e[0] == "CONSULT")
    evs = events("أجرى رئيس المخابرات المصرية محادثات مع حركة حماس بشأن هدنة طويلة الأمد مع إسرائيل.", "2018-08-15")
    assert "RETREAT" not in [e[0] for e in evs] and "CONCEDE" not in [e[0] for e in evs]


def test_a_hope_is_hypothetical():
    evs = events("وأعرب الرئيس الأمريكي دونالد ترامب عن أمله في إقامة علاقات جيدة مع روسيا.", "2018-07-10")
    assert "hypothetical" in next(e for e in evs if e[0] == "SUPPORT")[5]


def test_a_cancellation_does_not_reach_past_a_joined_trigger_verb():
    evs = events("ألغى الرئيس الأمريكي دونالد ترامب زيارته واتهم الحكومة الكندية بفرض عقوبات على بلاده.", "2018-06-10")
    assert all("negation" not in e[5] for e in evs if e[0] in ("ACCUSE", "SANCTION"))


def test_a_noun_with_a_possessive_pronoun_is_a_trigger():
    evs = events("بدأ الرئيس الأمريكي دونالد ترامب زيارته إلى لندن.", "2018-01-12")
    assert [(e[0], e[1], e[2], e[6]) for e in evs] == [("CONSULT", "visit", "Donald Trump", "زيارته")]
    # a visit cancelled is a meeting refused (PLOVER: cancellations of meetings are REJECT)
    evs = events("ألغى الرئيس الأمريكي دونالد ترامب زيارته إلى لندن.", "2018-01-12")
    assert [(e[0], e[1], e[2]) for e in evs] == [("REJECT", "meet", "Donald Trump")]


# --- protests and their policing; subjects that name no one ---

@pytest.mark.parametrize("text,typ,actor", [
    ("فرقت الشرطة السودانية المتظاهرين بالغاز المسيل للدموع في الخرطوم.", "ASSAULT", "Sudan police"),
    ("وقال متحدث إن الشرطة فرقت المحتجين أمام مبنى المحافظة في البصرة.", "COERCE", "Iraq police"),
    ("أطلقت قوات الأمن الرصاص الحي على المحتجين في بغداد.", "ASSAULT", "Iraq police"),
])
def test_protesters_acted_on_are_not_rioters(text, typ, actor):
    evs = events(text)
    assert [(e[0], e[2]) for e in evs] == [(typ, actor)]


@pytest.mark.parametrize("text", [
    "وتم اعتقال عشرات المحتجين في طهران.",
    "وتم توقيف نحو ثلاثين امرأة في إيران كشفن عن رؤوسهن في مكان عام احتجاجا على القانون.",
])
def test_protesters_arrested_are_not_rioters(text):
    # an arrest is done to protesters, never by them, whatever motive the sentence gives them
    assert [e[0] for e in events(text)] == ["COERCE"]


@pytest.mark.parametrize("text", [
    "اقتحم المحتجون مبنى المحافظة في الناصرية.",
    "اقتحم آلاف المتظاهرين مبنى البرلمان في بغداد.",
    "أحرق متظاهرون غاضبون مقر الحزب الحاكم في الناصرية.",
])
def test_protesters_who_storm_or_burn_riot(text):
    [e] = events(text)
    assert e[0] == "PROTEST" and e[1] in ("riot", "obstruct") and e[2] is None


def test_a_subject_that_names_no_one_leaves_the_object_as_recipient():
    [e] = events("قتل مسلحون مجهولون ضابطا في الجيش العراقي في الموصل.")
    assert e[0] == "ASSAULT" and e[2] is None and e[3] == "Iraq armed forces" and e[4] == "Mosul"


def test_shots_fired_are_firearms_and_rockets_heavy_weapons():
    assert events("أطلق مسلحون النار على دورية للجيش السوري قرب درعا.")[0][:2] == ("ASSAULT", "firearms")
    assert events("أطلقت حركة حماس صواريخ على مدينة عسقلان.")[0][:2] == ("ASSAULT", "heavy-weapons")


def test_the_charge_of_an_arrest_is_no_second_event():
    assert types("اعتقلت الشرطة الأردنية ناشطا في عمان بتهمة إثارة الفتنة.") == ["COERCE"]


def test_a_killing_told_with_a_count_is_passive_and_the_attack_carries_it():
    [e] = [e for e in events("قتل أربعة جنود عراقيين وأصيب ستة آخرون في هجوم استهدف نقطة تفتيش قرب كركوك.")
           if e[0] == "ASSAULT"]
    assert e[6] == "هجوم" and e[2] is None and e[3] == "Iraq armed forces"


@pytest.mark.parametrize("text", [
    "تظاهر آلاف المغاربة في الرباط رفضا لقرار الحكومة رفع أسعار الوقود.",
    "خرجت مظاهرات في بيروت للمطالبة بالإفراج عن المعتقلين.",
    "نظم عشرات الصحفيين وقفة احتجاجية أمام نقابة الصحفيين في القاهرة تضامنا مع زملائهم المعتقلين.",
    "اعتصم مئات العمال أمام وزارة العمل في عمان مطالبين بصرف رواتبهم المتأخرة.",
])
def test_what_a_protest_is_for_is_no_event_of_its_own(text):
    assert types(text) == ["PROTEST"]


@pytest.mark.parametrize("text", [
    "احتشد آلاف المحتجين أمام مقر البرلمان في بغداد.",
    "أضرب عمال الموانئ في تونس عن العمل ليومين.",
    "انطلقت مسيرة ليلية حاشدة في مدينة الحسيمة.",
])
def test_gatherings_strikes_and_marches_are_protests(text):
    assert types(text) == ["PROTEST"]


@pytest.mark.parametrize("text", [
    "احتشدت قوات الجيش التركي على الحدود مع سوريا.",
    "قصفت قوات الدعم السريع مستشفى في الفاشر بالطائرات المسيرة.",
    "أكد الوزير التزام بلاده بمسيرة السلام في المنطقة.",
    "سجل اللاعب أعلى رقم في مسيرته الاحترافية مع نادي ليفربول.",
    "أقامت كوريا الشمالية مسيرة عسكرية في بيونغ يانغ.",
])
def test_massing_troops_drones_and_the_peace_process_are_no_protests(text):
    assert "PROTEST" not in types(text)


def test_bullets_of_someone_make_them_the_attacker():
    [e] = [e for e in events("قتل خمسة متظاهرين برصاص قوات الأمن العراقية في الناصرية.") if e[0] == "ASSAULT"]
    assert e[2] == "Iraq police"


def test_a_subject_before_qad_opens_its_clause():
    [e] = events("وكانت إسرائيل قد اغتالت القيادي في حركة حماس صالح العاروري في بيروت.", "2024-01-05")
    assert e[0] == "ASSAULT" and e[2] == "Israel"


def test_who_tells_it_and_the_country_after_an_area_word_are_no_recipients():
    [e] = events("قصفت المدفعية التركية قرى في ريف حلب شمالي سوريا، وفق المرصد السوري لحقوق الإنسان.")
    assert e[0] == "ASSAULT" and e[3] is None


@pytest.mark.parametrize("text", [
    "اعتقلت الشرطة التونسية عشرين شخصا خلال مظاهرات ليلية في تونس العاصمة.",
    "شهدت مدينة جرادة شرق المغرب مسيرة حاشدة.",
])
def test_a_protest_is_not_done_by_the_police_or_a_country_named_before_it(text):
    [p] = [e for e in events(text) if e[0] == "PROTEST"]
    assert p[2] is None


def test_who_claims_an_attack_did_it():
    [e] = events("تبنى تنظيم الدولة الإسلامية الهجوم الانتحاري الذي استهدف مسجدا في مدينة قندوز.")
    assert e[:3] == ("ASSAULT", "suicide-attack", "Islamic State") and e[6] == "الهجوم الانتحاري"


def test_a_passive_assassination_names_its_victim():
    [e] = events("اغتيل القيادي في حزب الله فؤاد شكر في غارة إسرائيلية على بيروت.", "2024-07-31")
    assert e[:4] == ("ASSAULT", "targeted", None, "Fuad Shukr") and e[6] == "اغتيل"


def test_recalling_one_s_own_ambassador_reduces_relations():
    [e] = events("قررت الحكومة المغربية استدعاء سفيرها في برلين للتشاور.")
    assert e[:3] == ("SANCTION", "withdraw", "Morocco government")


@pytest.mark.parametrize("text", [
    "تنطلق الأسبوع المقبل في وهران تظاهرة ثقافية كبرى تحتفي بالموسيقى.",
    "لقي ثلاثة أشخاص حتفهم إثر انفجار أسطوانة غاز داخل منزل في القاهرة.",
])
def test_festivals_and_gas_explosions_are_no_events(text):
    assert types(text) == []


@pytest.mark.parametrize("text,typ,actor,recipient", [
    ("أعلن الاتحاد الأوروبي دعمه الكامل لحكومة الوحدة الوطنية الليبية.", "SUPPORT", "European Union",
     "Government of National Unity (Libya)"),
    ("أعلن رئيس الوزراء الإسرائيلي بنيامين نتنياهو رفضه إقامة دولة فلسطينية.", "REJECT", "Benjamin Netanyahu", None),
])
def test_a_noun_with_a_pronoun_for_its_doer_takes_the_subject_as_actor(text, typ, actor, recipient):
    [e] = events(text)
    assert (e[0], e[2], e[3]) == (typ, actor, recipient)


@pytest.mark.parametrize("text,typ", [
    ("أغلق آلاف المحتجين الطرق السريعة في تل أبيب.", "PROTEST"),
    ("أضرم متظاهرون غاضبون النار في مبنى البلدية في طرابلس.", "PROTEST"),
    ("فتح مسلح النار داخل مدرسة في ولاية تكساس.", "ASSAULT"),
    ("طعن رجل شرطيا أمام محطة القطارات في باريس.", "ASSAULT"),
])
def test_road_blocking_arson_shooting_and_stabbing(text, typ):
    assert types(text) == [typ]


def test_an_appeal_is_no_stabbing():
    assert "ASSAULT" not in types("أيدت محكمة النقض الحكم الذي طعن فيه المتهمون.")


def test_a_riot_and_the_protests_it_is_part_of_are_one_event():
    assert types("اقتحم محتجون غاضبون مبنى البلدية وأضرموا النار فيه، في ليلة رابعة من الاحتجاجات.") == ["PROTEST"]


def test_protests_feared_are_hypothetical_and_not_the_government_s():
    [p] = [e for e in events("أعلنت الحكومة الإثيوبية حالة الطوارئ تحسبا لوقوع احتجاجات جديدة.") if e[0] == "PROTEST"]
    assert p[2] is None and p[5] == ["hypothetical"]


@pytest.mark.parametrize("text", [
    "وواصل الأهلي هجومه وأهدر لاعبه البرازيلي هدفا محققا بعد تسديدة قوية.",
    "ويدين الزمالك بالفضل في هذا الفوز إلى حارسه.",
    "يثبت ذلك دعم النظام للجماعة بهدف تهديد أمن المنطقة.",
])
def test_sport_and_figures_of_speech_tell_no_event(text):
    assert types(text) == []


def test_a_particle_before_a_name_carries_no_preposition():
    [e] = events("وقال إن الوضع تغير لأن الولايات المتحدة بدأت تركز على تدريب القوات العراقية.")
    assert e[0] == "COOPERATE" and e[2] == "United States" and e[3] == "Iraq armed forces"


def test_a_capital_as_subject_or_object_stands_for_its_government():
    [e] = events("موسكو تتهم واشنطن بدعم الإرهاب في سوريا.")
    assert (e[0], e[2], e[3]) == ("ACCUSE", "Moscow", "Washington")
    pledge, aid = events("وقال الوزير إن الاتفاق صامد، بعد أن التزمت واشنطن بتقديم مساعدات إضافية.")
    assert pledge[0] == "AGREE" and pledge[2] == "Washington"
    assert aid[0] == "AID" and aid[2] == "Washington" and aid[5] == ["future"]  # what was pledged is to come
    [e] = events("فرضت واشنطن أمس عقوبات جديدة على طهران.")
    assert (e[0], e[2], e[3]) == ("SANCTION", "Washington", "Tehran")  # before a noun trigger, and after على


def test_aid_goes_to_the_country_after_ila_or_lam():
    [e] = events("وأرسلت الجزائر طائرات محملة بالمواد الغذائية والأدوية إلى دمشق.")
    assert (e[0], e[2], e[3]) == ("AID", "Algeria", "Damascus")
    [e] = events("قدمت قطر مساعدات عاجلة للبنان.")
    assert (e[0], e[2], e[3]) == ("AID", "Qatar", "Lebanon")
    [e] = events("وقدمت الإمارات 50 مليون دولار لدعم جهود الإغاثة في سوريا.")
    assert (e[0], e[2], e[4]) == ("AID", "United Arab Emirates", "Syria")
    assert not events("قدم اللاعب أداء رائعا أمام مليون مشاهد.")  # no money: no aid


def test_a_recalled_envoy_names_the_country_he_was_posted_to():
    [e] = events("وقررت وزارة الخارجية المغربية استدعاء سفيرها لدى السويد للتشاور.")
    assert (e[0], e[1], e[3]) == ("SANCTION", "withdraw", "Sweden")


def test_the_object_of_a_verb_of_the_same_type_is_one_event():
    [e] = events("وقدمت الإمارات منحة بقيمة مليار دولار لليمن.")
    assert (e[0], e[2], e[3]) == ("AID", "United Arab Emirates", "Yemen")


def test_a_noun_with_a_pronoun_takes_the_clause_subject_not_the_nearest_name():
    evs = events("يعتزم الرئيس الفرنسي إيمانويل ماكرون إهداء شجرة إلى نظيره الأمريكي دونالد ترامب في إطار زيارته إلى واشنطن.",
                 "2018-04-20")
    [v] = [e for e in evs if e[0] == "CONSULT"]
    assert v[2] == "Emmanuel Macron"


def test_a_visit_is_where_the_visitor_came_and_who_he_meets_during_it():
    evs = events("وصل وزير الخارجية الأمريكي أنتوني بلينكن إلى القاهرة في زيارة يلتقي خلالها "
                 "الرئيس عبد الفتاح السيسي لبحث التهدئة في غزة.", "2023-10-15")
    visit, meeting = evs
    assert visit[:3] == ("CONSULT", "visit", "Antony Blinken") and visit[4] == "Cairo"
    assert meeting[2:4] == ("Antony Blinken", "Abdel Fattah el-Sisi")


def test_who_welcomes_after_a_joined_verb_is_the_subject_named_with_a_title():
    evs = events("زار وفد سعودي صنعاء أمس. ورحب المبعوث الأممي هانس غروندبرغ بالخطوة.", "2023-04-10")
    [s] = [e for e in evs if e[0] == "SUPPORT"]
    assert s[2:4] == ("Hans Grundberg", None)


def test_a_call_received_is_made_by_the_one_after_min():
    [e] = events("تلقى ولي العهد السعودي الأمير محمد بن سلمان اتصالا هاتفيا من الرئيس الأوكراني فولوديمير زيلينسكي.",
                 "2023-05-10")
    assert (e[0], e[1], e[2], e[3]) == ("CONSULT", "phone", "Volodymyr Zelensky", "Mohammed bin Salman")


def test_a_pair_of_capitals_after_inna_agree_with_each_other():
    [e] = events("وقال الوزير إن أنقرة والقاهرة اتفقتا على رفع مستوى العلاقات.")
    assert (e[0], e[2], e[3]) == ("AGREE", "Ankara", "Cairo")


@pytest.mark.parametrize("text,typ,actor", [
    ("أرسلت الجزائر طائرات محملة بالمواد الغذائية والأدوية إلى دمشق.", "AID", "Algeria"),
    ("أرسلت الولايات المتحدة حاملة طائرات إلى شرق البحر المتوسط.", "MOBILIZE", "United States"),
    ("قضت محكمة تونسية أمس بسجن راشد الغنوشي عاما واحدا.", "SANCTION", "Tunisia judiciary"),
])
def test_sending_aid_or_warships_and_a_court_named_by_its_country(text, typ, actor):
    [e] = events(text, "2023-05-16")
    assert (e[0], e[2]) == (typ, actor)


def test_names_do_not_push_the_target_of_a_threat_out_of_reach():
    [e] = events("هدد الرئيس التركي رجب طيب أردوغان أمس الثلاثاء بشن عملية برية ضد وحدات حماية الشعب الكردية.")
    assert e[0] == "THREATEN" and e[3] == "People's Protection Units"


def test_names_of_the_next_joined_clause_are_not_the_recipient():
    evs = events("وصل قاآني إلى بغداد بهدف عقد اجتماعات موسعة مع قوى سياسية، ومناقشة اتفاق الكاظمي وبايدن.", "2021-07-27")
    [m] = [e for e in evs if e[6] == "اجتماعات"]
    assert m[3] is None


def test_each_side_s_own_attack_in_one_sentence_is_its_own_event():
    evs = events("وشن الجيش الإسرائيلي عشرات الغارات على مواقع للحركة، فيما أطلقت حركة الجهاد الإسلامي "
                 "أكثر من ألف صاروخ باتجاه إسرائيل.")
    assert [(e[0], e[2]) for e in evs] == [("ASSAULT", "Israel armed forces"), ("ASSAULT", "Palestinian Islamic Jihad")]


def test_an_act_noun_with_its_doer_then_li_and_its_target():
    [e] = events("أحيا الأوكرانيون ذكرى مرور عام على غزو روسيا لأوكرانيا.")
    assert (e[0], e[2], e[3]) == ("ASSAULT", "Russia", "Ukraine")
    [e] = events("وشمل ذلك اغتيال كيم جونغ نام، الأخ غير الشقيق لزعيم كوريا الشمالية كيم جونغ أون.", "2018-05-05")
    assert (e[0], e[2], e[3]) == ("ASSAULT", None, "Kim Jong Nam")


def test_whose_house_it_happened_near_is_no_recipient():
    [e] = events("واعتقلت الشرطة الإسرائيلية العشرات قرب منزل بنيامين نتنياهو في القدس.", "2023-03-27")
    assert e[0] == "COERCE" and e[3] is None


def test_a_call_after_a_comma_is_its_own_request():
    evs = events("وأشاد الرئيس الأمريكي جو بايدن بدور مصر، داعيا جميع الأطراف إلى الالتزام بالاتفاق.", "2023-05-15")
    assert [(e[0], e[2]) for e in evs] == [("SUPPORT", "Joe Biden"), ("REQUEST", "Joe Biden")]


def test_a_truce_that_took_effect_is_carried_out():
    evs = events("دخل اتفاق لوقف إطلاق النار بين إسرائيل وحركة الجهاد الإسلامي حيز التنفيذ مساء أمس.", "2023-05-15")
    assert ("RETREAT", "ceasefire") in [(e[0], e[1]) for e in evs]


def test_a_crowd_gathering_with_demands_is_a_protest():
    assert types("تجمع المئات من أهالي الضحايا أمام منزل الوزير في بيروت، مطالبين برفع الحصانات.") == ["PROTEST"]


def test_a_possessed_noun_right_after_a_name_is_that_name_s():
    [e] = events("وتمكنت قوات النظام منذ بدء روسيا تدخلها العسكري في سبتمبر 2015 من التقدم.", "2018-05-31")
    assert e[0] == "ASSAULT" and e[2] == "Russia"


def test_a_commitment_to_cooperate_with_someone_has_them_as_partner():
    [e] = events("وقال بايدن: نحن ملتزمون بالتعاون الأمني ومواجهة داعش مع الحكومة العراقية.", "2021-07-27")
    assert e[0] == "AGREE" and e[3] == "Iraq government"


def test_he_said_he_will_visit_makes_the_speaker_the_visitor():
    evs = events("وقال الرئيس الأمريكي دونالد ترامب إنه سيزور الصين قريبا.", "2018-03-09")
    assert [(e[0], e[2], e[3], e[5]) for e in evs] == [("CONSULT", "Donald Trump", "China", ["future"])]


def test_whoever_did_something_is_no_event():
    assert types("وأكد أنه رئيس لكل المصريين من اتفق معه أو اختلف.") == []


def test_criticism_about_an_agreement_leaves_the_agreement_to_its_doer():
    evs = events("تواجه الولايات المتحدة انتقادات على موافقتها إجراء محادثات مع كوريا الشمالية.", "2018-03-11")
    [a] = [e for e in evs if e[0] == "AGREE"]
    assert a[3] != "United States"


def test_what_a_law_allows_is_hypothetical():
    [e] = events("ويمنح القانون الشرطة صلاحيات واسعة، كما يتيح فرض قيود على حرية التحرك.")
    assert e[0] == "COERCE" and e[5] == ["hypothetical"]


def test_tear_gas_on_protesters_is_crowd_control_and_the_police_are_not_protested():
    evs = events("تظاهر آلاف الشبان في نيروبي، فيما أطلقت الشرطة الغاز المسيل للدموع لتفريقهم.", "2024-06-25")
    assert [(e[0], e[1], e[2], e[3]) for e in evs] == [("PROTEST", "demo", None, None),
                                                       ("ASSAULT", "crowd-control", "Kenya police", None)]


def test_a_martyr_shot_by_forces_is_their_attack():
    [e] = events("استشهد شاب فلسطيني برصاص قوات الاحتلال الإسرائيلي في بلدة بيتا جنوب نابلس.", "2024-03-01")
    assert e[0] == "ASSAULT" and e[2] == "Israel Defense Forces"


@pytest.mark.parametrize("text,typ", [
    ("بدأت حركة الطلاب في بنغلاديش عصيانا مدنيا شاملا.", "PROTEST"),
    ("يقاطع المستهلكون في الكويت منتجات شركات أمريكية.", "PROTEST"),
    ("قطع محتجون طرقات رئيسية في بيروت احتجاجا على انهيار سعر صرف الليرة.", "PROTEST"),
])
def test_civil_disobedience_boycotts_and_road_blocking(text, typ):
    assert typ in types(text)


@pytest.mark.parametrize("text", [
    "تتيح اللعبة الجديدة للاعبين شن غارات جوية في معارك افتراضية.",
    "تؤدي الممثلة دور سجينة تعلن إضرابا عن الطعام في المسرحية الجديدة.",
])
def test_games_and_plays_tell_no_events(text):
    assert types(text) == []


@pytest.mark.parametrize("text,typ", [
    ("بدأ آلاف الأطباء المقيمين في إنجلترا إضرابا عن العمل لمدة خمسة أيام.", "PROTEST"),
    ("شن مسلحون هجوما على نقطة تفتيش قرب كركوك.", "ASSAULT"),
])
def test_nouns_in_the_accusative_are_cues(text, typ):
    assert types(text) == [typ]


def test_in_protest_at_and_posing_a_threat_are_no_events():
    assert types("استدعت الجزائر سفيرها في باريس احتجاجا على تصريحات ماكرون.") == ["SANCTION"]
    assert types("وقال القائد الأمريكي إن أنشطة إيران تشكل تهديدا لاستقرار المنطقة.") == []


def test_a_counted_noun_is_no_verb():
    assert types("اعتقلت الشرطة الأمريكية أكثر من 100 طالب في جامعة كولومبيا.") == ["COERCE"]


def test_what_a_protest_denounces_is_still_coded():
    evs = types("تواصلت الاحتجاجات في مدن أمريكية عدة تنديدا بمقتل جورج فلويد على يد شرطي في مينيابوليس.", "2020-06-01")
    assert "ASSAULT" in evs and "ACCUSE" not in evs


def test_gunmen_of_a_named_group_make_it_the_attacker():
    [e] = events("هاجم مسلحون من حركة الشباب قاعدة عسكرية في جنوب الصومال.", "2024-03-01")
    assert e[0] == "ASSAULT" and e[2] == "Al-Shabaab"


def test_whose_side_a_target_is_on_and_who_tells_it_are_no_recipients():
    [e] = events("نفى الجيش الأمريكي قصف أي مواقع لفصائل مسلحة موالية لإيران في شرق سوريا.")
    assert e[:3] == ("ASSAULT", "heavy-weapons", "United States armed forces") and e[3] is None
    [e] = events("انفجرت سيارة مفخخة قرب سوق في بغداد، بحسب مصدر في الشرطة العراقية.")
    assert e[0] == "ASSAULT" and e[3] is None


def test_a_capital_after_a_place_preposition_is_the_place():
    [e] = events("فجر انتحاري حزاما ناسفا داخل مطعم في العاصمة الصومالية مقديشو، في هجوم تبنته حركة الشباب.")
    assert e[0] == "ASSAULT" and e[3] is None and e[4] == "Mogadishu" and e[2] == "Al-Shabaab"


def test_a_crowd_going_out_in_a_named_march_is_told_by_the_march():
    [e] = events("خرج آلاف اليمنيين في مدينة تعز في تظاهرة حاشدة احتجاجا على انقطاع الرواتب.")
    assert e[0] == "PROTEST" and e[6] == "تظاهرة"


def test_aiming_at_prices_and_endangering_shipping_are_no_attack_or_threat():
    assert types("وقال الوزير إن الحكومة تستهدف استقرار أسعار السوق هذا العام.") == []
    assert "THREATEN" not in types("وقال القائد إن هجمات الحوثيين تهدد الملاحة في البحر الأحمر.")


def test_one_who_acts_with_protesters_riots():
    evs = events("أصيب الشاب بينما كان يحاول مع متظاهرين آخرين، تدمير دراجة نارية للشرطة فانفجر خزان وقودها.",
                 "2017-05-10")
    assert ("PROTEST", "riot") in [e[:2] for e in evs]


def test_an_invitation_and_its_acceptance_are_two_acts():
    text = ("وقال البيت الأبيض إن الزعيم الكوري الشمالي كيم جونغ أون وجه الدعوة إلى الرئيس دونالد ترامب. "
            "وقال ترامب إنه مستعد لعقد اجتماع مع كيم.")
    agrees = [e for e in events(text, "2018-03-09") if e[0] == "AGREE"]
    assert [e[2] for e in agrees] == ["Kim Jong Un", "Donald Trump"]


def test_intelligence_support_is_cooperation_with_the_one_supported():
    [e] = [e for e in events("وقال الرئيس الأمريكي: سنستمر بدعم العراق استخباريا.", "2021-07-27") if e[0] == "COOPERATE"]
    assert e[3] == "Iraq"


def test_a_series_of_missile_tests_is_a_weapons_mobilisation():
    evs = events("نفذت بيونغ يانغ العام الماضي سلسلة تجارب بهدف تطوير صاروخ برأس نووي.", "2018-03-11")
    assert ("MOBILIZE", "weapons") in [e[:2] for e in evs]


def test_a_summit_between_them_is_an_event_though_its_sides_were_named_before():
    evs = events("واتفق الجانبان على عقد أول قمة بينهما منذ عام 2007.", "2018-03-11")
    assert "CONSULT" in [e[0] for e in evs]


def test_a_summit_agreed_for_late_next_month_is_to_come_and_its_own_event():
    text = ("وقال ترامب إنه سيجتمع مع كيم. "
            "واتفقت الكوريتان على عقد أول قمة بينهما منذ عام 2007، وذلك في أواخر أبريل المقبل.")
    consults = [e for e in events(text, "2018-03-11") if e[0] == "CONSULT"]
    assert len(consults) == 2 and consults[1][5] == ["future"]


def test_an_attack_in_words_is_an_accusation():
    [e] = events("هاجم الرئيس الأمريكي دونالد ترامب وسائل الإعلام بسبب تغطيتها.", "2018-05-01")
    assert (e[0], e[2]) == ("ACCUSE", "Donald Trump")
    [e] = events("شن أردوغان هجوما حادا على الاتحاد الأوروبي.", "2018-05-01")
    assert (e[0], e[2], e[3]) == ("ACCUSE", "Recep Tayyip Erdogan", "European Union")
    [e] = events("هاجم مسلحون نقطة تفتيش للجيش المصري في سيناء.", "2018-05-01")
    assert e[0] == "ASSAULT"  # gunmen who name no one: arms, not words


def test_what_a_measure_targets_is_no_attack():
    assert "ASSAULT" not in types("وتستهدف العقوبات الجديدة وزير النفط الإيراني.")
    assert "ASSAULT" not in types("الخطة الحكومية تستهدف المستثمرين الأجانب في مصر.")
    assert types("استهدف الجيش الإسرائيلي مواقع لحركة حماس في غزة.") == ["ASSAULT"]


def test_a_voweled_passive_makes_the_name_after_it_the_one_acted_on():
    [e] = events("اعتُقل رئيس حركة النهضة راشد الغنوشي في منزله بالعاصمة تونس مساء الاثنين.", "2023-04-18")
    assert (e[0], e[2], e[3]) == ("COERCE", None, "Rached Ghannouchi")
    [e] = events("أُصيب الرئيس الأفغاني أشرف غني في هجوم.", "2018-05-01")
    assert (e[0], e[2], e[3]) == ("ASSAULT", None, "Ashraf Ghani")
    [e] = events("قتل الجيش الإسرائيلي ثلاثة فلسطينيين في جنين.", "2023-01-01")
    assert e[2] == "Israel armed forces"  # no vowels: the active reading


def test_a_protest_is_against_whom_its_grievance_names():
    [e] = events("أغلق محتجون طرقا رئيسية في بيروت، الجمعة، احتجاجا على خطة الحكومة اللبنانية فرض رسوم جديدة.",
                 "2019-10-18")
    assert (e[0], e[3]) == ("PROTEST", "Lebanon government")
    [e] = events("تظاهر الآلاف في كراكاس ضد الرئيس نيكولاس مادورو.", "2019-01-23")
    assert (e[0], e[3]) == ("PROTEST", "Nicolás Maduro")


def test_a_de_escalation_asked_for_or_blocked_is_no_event():
    assert "RETREAT" not in types("دعا المبعوث الأممي، في بيان، إلى ضرورة انسحاب الحوثيين من ميناء الحديدة.")
    assert "RETREAT" not in types("اتهمت الأمم المتحدة الوزير بعرقلة وصول المساعدات الإنسانية.")
    assert "RETREAT" in types("انسحبت القوات الروسية من مدينة خيرسون، وأكملت انسحاب قواتها من الضفة الغربية للنهر.")


def test_a_demonym_after_a_noun_trigger_is_the_actor():
    evs = events("قصفت إسرائيل مواقع في غزة، وقال مسؤول إن غارة إسرائيلية أخرى استهدفت منزلا في رفح.", "2023-11-01")
    assert [e[2] for e in evs] == ["Israel", "Israel"]


def test_a_clause_after_an_attack_noun_names_who_did_it():
    evs = events("أدانت وزارة الخارجية القطرية الهجوم الذي شنه مستوطنون إسرائيليون على بلدة حوارة.", "2023-02-27")
    assert [(e[0], e[2]) for e in evs if e[0] == "ASSAULT"] == [("ASSAULT", None)]  # not Qatar's attack
    [e] = events("ندد الرئيس بالهجوم الذي نفذه تنظيم داعش على الكنيسة.", "2018-05-01")[1:]
    assert (e[0], e[2]) == ("ASSAULT", "Islamic State")


def test_a_verbal_noun_with_a_pronoun_of_who_suffered_it():
    [e] = events("أكدت عائلة الصحفي الأمريكي أوستن تايس أنه ما زال حيا بعد سنوات من اختطافه في سوريا.", "2022-08-10")
    assert (e[0], e[2], e[3]) == ("ASSAULT", None, "أوستن تايس")
    # an object after it: the pronoun is who did it; the raid is how the killing was done
    [e] = events("قتل ثلاثة فلسطينيين برصاص القوات الإسرائيلية خلال اقتحامها مخيم نور شمس.", "2023-07-01")
    assert (e[0], e[1], e[2]) == ("ASSAULT", None, "Israel armed forces")


def test_a_call_or_tour_told_after_its_verb_is_how_it_was_held():
    [e] = events("بحث الرئيس المصري عبد الفتاح السيسي مع نظيره الفرنسي إيمانويل ماكرون، في اتصال هاتفي مساء الأحد، "
                 "مستجدات الأوضاع في غزة.", "2023-10-22")
    assert (e[0], e[1], e[2], e[3]) == ("CONSULT", "phone", "Abdel Fattah el-Sisi", "Emmanuel Macron")
    [e] = events("استضافت إسطنبول جولة مفاوضات بين وفدي روسيا وأوكرانيا برعاية تركية.", "2022-03-29")
    assert (e[2], e[3]) == ("Russia", "Ukraine")  # the noun names both sides


def test_an_attack_someone_is_blamed_for_happened():
    evs = events("اتهم وزير الخارجية الإيراني محمد جواد ظريف إسرائيل بالوقوف وراء اغتيال العالم النووي محسن فخري زاده.",
                 "2020-11-28")
    assert [(e[0], e[2]) for e in evs] == [("ACCUSE", "Mohammad Javad Zarif"), ("ASSAULT", None)]
    assert [e[0] for e in events("اتهمت إسرائيل إيران بقصف مواقعها في الجولان.", "2018-05-10")] == ["ACCUSE"]


def test_a_gathering_gives_way_to_the_march_it_names():
    [e] = events("تجمع مئات الآلاف في شوارع هونغ كونغ، الأحد، في مسيرة حاشدة ضد مشروع قانون يسمح بتسليم المطلوبين إلى الصين.",
                 "2019-06-09")
    assert (e[0], e[3], e[6]) == ("PROTEST", None, "مسيرة حاشدة")


def test_a_plural_verb_form_after_one_person_is_a_noun():
    [e] = events("أصدر العاهل المغربي الملك محمد السادس عفوا عن الصحفيين توفيق بوعشرين وعمر الراضي.", "2024-07-29")
    assert (e[0], e[2], e[3]) == ("CONCEDE", "Mohammed VI of Morocco", "Taoufik Bouachrine")


def test_his_country_in_reported_speech_is_the_speaker_s():
    [e] = events("قال وزير الخارجية البريطاني ديفيد كاميرون إن بلاده ستفرض عقوبات على مستوطنين متطرفين.", "2024-02-10")
    assert (e[0], e[2], e[5]) == ("SANCTION", "David Cameron", ["future"])
    evs = events("قالت بريطانيا إنها قلقة، وقال وزير الخارجية البريطاني ديفيد كاميرون إن بلاده ستفرض عقوبات على مستوطنين.",
                 "2024-02-10")
    assert [e[2] for e in evs if e[0] == "SANCTION"] == ["United Kingdom"]  # the country, where it is named


def test_we_in_a_quote_is_the_speaker_s_side():
    [e] = events('قال المتحدث باسم حركة حماس: "نرفض المبادرة المصرية".', "2021-05-12")
    assert (e[0], e[2]) == ("REJECT", "Hamas")
    evs = events('وقال بايدن إن الولايات المتحدة ستبقى، مضيفا "إننا ملتزمون بالتعاون الأمني مع الحكومة العراقية".',
                 "2021-07-27")
    assert [(e[0], e[2]) for e in evs if e[0] == "AGREE"] == [("AGREE", "United States")]


def test_a_name_that_begins_with_a_clitic_letter_is_not_governed_by_it():
    [e] = events("نفذت بيونغ يانغ سلسلة تجارب صاروخية جديدة.", "2017-09-01")
    assert (e[0], e[2], e[4]) == ("MOBILIZE", "Pyongyang", None)


def test_after_inna_the_subject_comes_first_and_the_name_after_the_verb_is_its_object():
    [e] = events("وأضاف وزير الدفاع الأمريكي لويد أوستن أن بلاده ستزود الجيش الإسرائيلي بذخائر إضافية.", "2023-10-09")
    assert (e[0], e[2], e[3], e[5]) == ("AID", "Lloyd Austin", "Israel armed forces", ["future"])
    [e] = events("وقال الوزير إن واشنطن ستزود الجيش الإسرائيلي بذخائر.", "2023-10-09")
    assert (e[2], e[3]) == ("Washington", "Israel armed forces")


def test_an_undated_present_aim_is_no_attack():
    assert not events("تستهدف الحكومة المصرية المستثمرين الأجانب في مصر.", "2018-05-01")
    assert types("يستهدف الجيش الإسرائيلي مواقع لحماس في غزة منذ صباح اليوم.", "2023-10-10") == ["ASSAULT"]  # dated: now


def test_supporters_of_a_party_protest_for_it_and_solidarity_is_no_target():
    [e] = events("خرج الآلاف من أنصار حركة الإنصاف الباكستانية في مسيرة نحو إسلام آباد تضامنا مع رئيس الوزراء السابق "
                 "عمران خان.", "2024-11-25")
    assert (e[0], e[2], e[3], e[6]) == ("PROTEST", "Pakistan Tehreek-e-Insaf", None, "مسيرة")


def test_a_killing_with_its_subject_before_is_active_and_names_after_during_are_not_its_target():
    evs = events("قالت منظمة العفو الدولية إن الشرطة الكينية قتلت 24 شخصا على الأقل بالرصاص خلال قمع الاحتجاجات "
                 "المناهضة لحكومة الرئيس وليام روتو.", "2024-07-01")
    assert [(e[0], e[2], e[3]) for e in evs if e[0] == "ASSAULT"] == [("ASSAULT", "Kenya police", None)]


def test_a_union_with_a_demonym_is_a_body_that_calls_strikes():
    # the call to strike is the strike to come (PLOVER: mobilising supporters to protest is PROTEST)
    evs = events("دعت نقابة المعلمين الأردنيين إلى إضراب شامل في المدارس الحكومية يبدأ الأحد المقبل.", "2019-09-01")
    assert [(e[0], e[2], e[5]) for e in evs] == [("PROTEST", "Jordan union", ["future"])]


def test_leaving_a_deal_is_a_sanction_and_a_retold_attack_a_day_apart_is_one():
    [e] = events("وأضاف روحاني أن إيران لن تنتهك الاتفاق النووي، لكن إذا انسحبت الولايات المتحدة من الاتفاق فستندم.",
                 "2018-04-09")
    assert (e[0], e[1], e[5]) == ("SANCTION", "withdraw", ["hypothetical"])
    evs = events("شنت فصائل من المعارضة المسلحة، مساء الاثنين، هجوما مباغتا في جبال اللاذقية. وأفاد المرصد السوري "
                 "لحقوق الإنسان، الثلاثاء، بسقوط 70 قتيلا وجريحا خلال أعنف هجوم للفصائل منذ ثلاثة أعوام.", "2018-07-10")
    assert [e[0] for e in evs] == ["ASSAULT"]


def test_what_a_charge_says_and_pretending_and_saved_lives_are_no_events():
    assert types("وواجهت النساء اتهامات بمساعدة تنظيم الدولة الإسلامية.", "2018-05-01") == ["ACCUSE"]
    assert not events("قالت الأم إن ابنها كان يتظاهر بأنه بخير.", "2018-05-01")
    assert "AID" not in types("قالت رئيسة الوزراء البريطانية إن علاقات البلدين أنقذت حياة المئات.", "2018-03-07")


def test_the_place_in_a_body_s_name_is_not_its_target():
    [e] = events("قصف جيش ميانمار قرية في منطقة ساغاينغ بالطائرات.", "2023-04-11")
    assert (e[0], e[2], e[3]) == ("ASSAULT", "Myanmar armed forces", None)


def test_the_pronoun_of_a_use_is_the_attacker():
    evs = events("وأعدت فرنسا مشروع قرار للتنديد بسوريا لاستخدامها أسلحة كيماوية في دوما.", "2018-05-05")
    assert [(e[0], e[2]) for e in evs if e[0] == "ASSAULT"] == [("ASSAULT", "Syria")]


def test_the_first_of_a_pair_acts_and_a_site_belongs_to_its_target():
    [e] = events("شنت الولايات المتحدة وبريطانيا، فجر الجمعة، ضربات جوية على مواقع تابعة لجماعة الحوثي في اليمن.",
                 "2024-01-12")
    assert (e[0], e[2], e[3]) == ("ASSAULT", "United States", "Houthis")


def test_participles_after_a_clause_are_its_subject_s_acts():
    evs = events("دان المتحدث باسم حكومة طالبان ذبيح الله مجاهد الغارات، محذرا باكستان من عواقب وخيمة.", "2024-03-18")
    assert [(e[0], e[2], e[3]) for e in evs] == [("ACCUSE", "Zabihullah Mujahid", None),
                                                 ("THREATEN", "Zabihullah Mujahid", "Pakistan")]
    assert not events("حذرت منظمة الصحة العالمية من كارثة إنسانية في غزة.", "2024-03-18")  # a warning of risks


def test_recognition_a_convened_body_and_who_asked_for_it():
    [e] = events("وكانت الولايات المتحدة قد اعترفت بخوان غوايدو رئيسا مؤقتا لفنزويلا عام 2019.", "2024-07-30")
    assert (e[0], e[2], e[5]) == ("SUPPORT", "United States", ["historical"])
    evs = events("والتأم مجلس الأمن الدولي في جلسة طارئة بطلب من فرنسا.", "2019-10-10")
    assert [(e[0], e[2], e[3]) for e in evs] == [("CONSULT", "UN Security Council", None),
                                                 ("REQUEST", "France", "UN Security Council")]
    assert not events("واعترف المتهم بارتكاب الجريمة.", "2019-10-10")


def test_a_possessed_noun_retells_its_owner_s_act_and_a_topic_is_no_recipient():
    evs = events("وتعهدت كوريا الشمالية بوقف التجارب الصاروخية. وقال ترامب: أعتقد أنهم سيلتزمون بتعهدهم.", "2018-03-11")
    assert "تعهدهم" not in [e[6] for e in evs]  # their pledge: the one told before
    [e] = events("واستضافت سويسرا المحادثات حول نزع أسلحة بيونغ يانغ النووية.", "2018-03-11")
    assert e[3] != "Pyongyang"


def test_a_name_before_qad_is_the_subject_and_a_participle_goes_on_with_the_clause_subject():
    [e] = events("وكان عناصر من الحرس الرئاسي بقيادة الجنرال عبد الرحمن تياني قد احتجزوا الرئيس محمد بازوم.", "2023-07-31")
    assert (e[0], e[2], e[3]) == ("COERCE", "Abdourahamane Tchiani", "Mohamed Bazoum")
    evs = events("وكان المجلس العسكري في النيجر قد اتهم إيكواس، في بيان تلاه العقيد أمادو عبد الرحمن، بالتحضير "
                 "لعدوان، متوعدا بالدفاع عن البلاد.", "2023-07-31")
    [threat] = [e for e in evs if e[0] == "THREATEN"]
    assert threat[2] == [e for e in evs if e[0] == "ACCUSE"][0][2]


def test_meetings_and_help_between_private_people_are_no_events():
    # PLOVER codes a visit, a call or help between political actors; a family visit is private life
    assert events("زارت سميرة حداد ابنها في السجن المركزي يوم الجمعة.") == []
    assert events("اتصل مروان الحلبي بصديقه سامي عبد الله هاتفيا مساء أمس.") == []
    assert events("التقت ريم الأحمد بزميلها فادي نصار في مقهى وسط المدينة.") == []
    # one political side is enough: a minister's call to a citizen, a visit to a country
    [(kind, mode, actor, _, _, _, _)] = events("اتصل الرئيس الفرنسي هاتفيا بالمواطن مروان الحلبي.")
    assert (kind, mode, actor) == ("CONSULT", "phone", "Emmanuel Macron")


def test_the_accused_a_conviction_and_a_charge_sheet_are_no_accusations():
    # المتهمين are "the accused": a noun, no one accusing
    assert events("وتضمنت قائمة المتهمين في القضية أسماء عشرة أشخاص.") == []
    # إدانته (hamza below) is "his conviction", not أدانته "she condemned him"
    assert [e[0] for e in events("قضت المحكمة بسجن سامر نادر عشر سنوات بعد إدانته بالاحتيال.")] == ["SANCTION"]
    # a sentence to death is a SANCTION; the crime on the charge sheet is no event of its own
    assert [e[:4] for e in events("حكمت محكمة سودانية على الشاب سامر نادر بالإعدام بتهمة قتل زوجته.")] == [
        ("SANCTION", "convict", "Sudan judiciary", "سامر نادر")]
    assert [e[0] for e in events("اعتقلت الشرطة سامر نادر بتهمة قتل زوجته.")] == ["COERCE"]
    # but a condemnation is one, whatever its hamza
    assert [e[0] for e in events("أدانت مصر الهجوم الإرهابي على المسجد.")] == ["ACCUSE"]


def test_names_joined_to_the_actor_act_with_it():
    # دانت السعودية والإمارات وقطر: three condemn; none of them is condemned
    [(kind, _, actor, recipient, _, _, _)] = events("دانت السعودية والإمارات وقطر استهداف السفارة في الخرطوم.")
    assert (kind, actor, recipient) == ("ACCUSE", "Saudi Arabia", None)
    # the one addressed still follows the pair
    [(kind, _, actor, recipient, _, _, _)] = events("وطالبت مصر والأردن إسرائيل بوقف الاستيطان.")
    assert (kind, actor, recipient) == ("REQUEST", "Egypt", "Israel")
    # a meeting's pair are its two sides
    [(kind, _, actor, recipient, _, _, _)] = events("واجتمع بايدن والكاظمي في البيت الأبيض.")
    assert (kind, actor, recipient) == ("CONSULT", "Joe Biden", "Mustafa al-Kadhimi")


def test_a_release_told_in_a_relative_clause_at_the_end_of_a_sentence():
    # الذي أطلق سراحه with nothing after it: the antecedent was freed (this used to raise)
    [(kind, mode, actor, recipient, _, _, _)] = events(
        "ومن بينهم رجل الأعمال سامر نادر الذي أطلق سراحه سنة 2013")
    assert (kind, mode, actor, recipient) == ("RETREAT", "release", None, "سامر نادر")


def test_a_phrase_split_by_its_subject_s_name():
    # VSO: the subject stands between the verb and the rest of the phrase
    [(kind, mode, actor, recipient, _, _, trigger)] = events("قطعت السعودية علاقاتها مع قطر.")
    assert (kind, mode, actor, recipient, trigger) == ("SANCTION", "discontinue", "Saudi Arabia", "Qatar", "قطعت")
    [(kind, mode, actor, _, _, _, trigger)] = events("وأطلقت السلطات الإيرانية سراح الصحفي سامر نادر أمس.")
    assert (kind, mode, trigger) == ("RETREAT", "release", "أطلقت")
    assert actor is not None


def test_after_reported_speech_the_speaker_goes_on():
    # وقال X إن ...، داعيا: the speaker calls; the participle's clause is not governed by تهدف
    [(kind, _, actor, _, _, aux, trigger)] = events(
        'وقال العبادي في بيان إن العملية تهدف إلى "فرض الأمن"، داعيا سكان المدينة إلى التعاون مع القوات.',
        published="2017-10-17")
    assert (kind, actor, aux, trigger) == ("REQUEST", "Haider al-Abadi", [], "داعيا")
    [(kind, _, actor, _, _, _, _)] = events(
        'وقال السيسي الأربعاء إن الجزيرتين تابعتان للسعودية، وطالب المصريين بعدم الحديث في الموضوع.',
        published="2016-04-16")
    assert (kind, actor) == ("REQUEST", "Abdel Fattah el-Sisi")


def test_a_verb_of_another_act_ends_what_a_condemnation_is_about():
    # تندد بالاتفاق، قبل أن تفرقهم الشرطة بالغاز: the tear gas is the police's act, not the chants' content
    found = events("تظاهر العشرات في الخرطوم مرددين هتافات تندد بالاتفاق، قبل أن تفرقهم الشرطة بالغاز المسيل للدموع.")
    assert ("ASSAULT", "crowd-control", "Sudan police") in [e[:3] for e in found]
    # and the police, named in the clause after قبل أن, are not what the protest is against
    assert [e[3] for e in found if e[0] == "PROTEST"] == [None]


def test_nouns_with_a_suffix_deployments_and_shooting_down_aircraft():
    [(kind, _, actor, _, _, _, _)] = events("وكان الرئيس الإيراني حسن روحاني قد قدم اعتذاره.", published="2020-01-12")
    assert (kind, actor) == ("CONCEDE", "Hassan Rouhani")
    assert types("انتشرت قوات الجيش اللبناني في شوارع طرابلس.") == ["MOBILIZE"]
    assert types("انتشر الفيروس في المدينة.") == []
    assert types("ونشرت مدريد وحدات من الجيش على الشاطئ.") == ["MOBILIZE"]  # نشر وحدات, split and feminine
    assert types("أقرت القوات المسلحة الإيرانية بإسقاط طائرة ركاب أوكرانية.") == ["ASSAULT"]
    # shooting down drones is air defence, and bringing down a regime is no attack
    assert types("أعلن سلاح الجو إسقاط 74 مسيرة.") == []
    assert types("طالب المحتجون بإسقاط النظام.") == ["REQUEST"]


def test_a_genitive_with_an_object_after_it_does_the_act_and_a_grievance_is_no_riot():
    found = events("اقتحم محتجون إيرانيون السفارة السعودية في طهران، احتجاجا على إعدام السلطات السعودية "
                   "رجل الدين نمر النمر.", published="2016-01-03")
    assert [e[0] for e in found] == ["PROTEST", "ASSAULT"]
    assert found[1][2] == "Saudi Arabia government"
    # a protest in front of a university is at it, not against it
    [(kind, _, _, recipient, _, _, _)] = events("تظاهر مئات الطلاب أمام جامعة شريف في طهران.")
    assert (kind, recipient) == ("PROTEST", None)


def test_troops_sent_to_help_after_a_disaster_are_relief():
    assert "MOBILIZE" not in types("وانتشر آلاف من عناصر الجيش لمساعدة الأشخاص الذين ما زالت الفيضانات تطوقهم.")


def test_a_capital_after_ma_a_stands_for_its_government():
    [(kind, _, actor, recipient, _, _, _)] = events("وكانت الرياض قد قطعت علاقاتها مع طهران في يناير 2016.",
                                                    published="2023-03-11")
    assert (kind, actor, recipient) == ("SANCTION", "Riyadh", "Tehran")


def test_a_title_before_a_body_and_a_name_is_the_person():
    [(kind, _, actor, _, _, _, _)] = events("انتقد زعيم المعارضة الإسرائيلية يائير لابيد الاتفاق.", published="2023-03-11")
    assert (kind, actor) == ("ACCUSE", "Yair Lapid")
    # a title that is no descriptor (رئيس), and words that qualify the body (لكرة القدم), before the name
    [(kind, _, actor, recipient, _, _, _)] = events(
        "طالب رئيس الاتحاد الفلسطيني لكرة القدم جبريل الرجوب الحكومة الإسرائيلية بالسماح بسفر اللاعبين. "
        "وأعلن الاتحاد الفلسطيني لكرة القدم أنه سيشكو.", published="2018-06-05")
    assert (kind, actor, recipient) == ("REQUEST", "Jibril Rajoub", "Israel government")


def test_a_deadline_to_leave_is_an_expulsion():
    assert types("وأمهل المجلس العسكري السفير الفرنسي جويل ماير 72 ساعة لمغادرة البلاد.") == ["SANCTION"]
    assert types("أمهلت الحكومة المحتجين يومين لفض الاعتصام.")[0] == "THREATEN"


def test_bans_on_goods_citations_disengagement_and_innocence_are_no_events():
    assert types("حظرت الكويت بشكل مؤقت استيراد جميع أنواع الطيور الحية من عدة دول.") == []
    assert types("حظرت السلطات المصرية جماعة الإخوان المسلمين.") == ["COERCE"]
    assert types("واستشهد الإمام بآيات قرآنية في خطبته.") == []
    assert types("استشهد ثلاثة فلسطينيين برصاص الجيش الإسرائيلي.") == ["ASSAULT"]
    assert types("أكد على ضرورة احترام اتفاق فض الاشتباك بين القوات الإسرائيلية والسورية.") == []
    assert types("أكد المحامي سامر نادر براءة موكله من التهم.") == []


def test_an_attack_on_a_person_by_an_unnamed_official_or_the_press_is_in_words():
    assert types("وهاجم نائب الوزير الكوري الشمالي بعنف مستشار الأمن القومي الأمريكي جون بولتون.") == ["ACCUSE"]
    assert types("وهاجمت وسائل إعلام حكومية في الصين، الأربعاء، الولايات المتحدة.") == ["ACCUSE"]
    assert types("هاجم مسلحون مجهولون الصحفي سامر نادر أمام منزله.") == ["ASSAULT"]


def test_a_present_tense_habit_or_standing_rule_is_no_event():
    assert types("وتلتزم السعودية بتعهداتها تجاه شركائها.") == []
    assert types("وهي قوة تقاتل الحوثيين منذ سنوات.") == []
    # but a dated, planned or possible visit is one
    assert types("يزور الرئيس الفرنسي الجزائر الأسبوع المقبل.") == ["CONSULT"]
    assert types("وقال مسؤول إن الرئيس إبراهيم رئيسي قد يزور الرياض بعد عيد الفطر.") == ["CONSULT"]


def test_feminine_participles_after_a_comma_are_acts_of_their_own():
    found = events('ودانت منظمة العفو الدولية "العقاب الجماعي" الذي فرضته دمشق على سكان الحي، مطالبة بفتح تحقيق مستقل.')
    assert [(e[0], e[2]) for e in found] == [("ACCUSE", "Amnesty International"), ("REQUEST", "Amnesty International")]


def test_a_subject_before_a_quoted_verb_and_two_accusers_of_one_target():
    assert types('قال المتحدث إن باماكو "تدين بشدة" هذه التصريحات.') == ["ACCUSE"]
    found = events("اتهمت الدنمارك المجلس العسكري بالتضييق على قواتها. وتتهم باريس المجلس العسكري بالاستعانة بمرتزقة.")
    assert [e[2] for e in found if e[0] == "ACCUSE"] == ["Denmark", "Paris"]


def test_a_present_tense_in_a_relative_clause_is_what_a_deal_binds_to():
    assert "AGREE" in types("وقع الطرفان على إعلان جدة الذي يلتزم فيه الجيش السوداني بحماية المدنيين.")


def test_hosting_refugees_counted_defendants_and_private_sexual_crimes_are_no_events():
    assert types("استقبلت ألمانيا مليون لاجئ.") == []
    assert "متهما" not in [e[6] for e in events("وأحالت النيابة 20 متهما إلى المحاكمة.")]  # defendants, counted
    assert "ASSAULT" not in types("واتهمت أربع نساء الرجل بالاعتداء الجنسي عليهن.")


def test_a_month_named_without_its_day_is_historical_from_its_middle():
    text = "وتم الاتفاق على إعادة رفات القتلى في قمة يونيو/حزيران بين ترامب وكيم."
    assert {e[0]: e[5] for e in events(text, published="2018-07-27")}["CONSULT"] == ["historical"]
    assert {e[0]: e[5] for e in events(text, published="2018-07-05")}["CONSULT"] == []


def test_a_visitor_set_off_by_commas_and_the_city_after_the_verb():
    found = events("وكان الرئيس التنفيذي للشركة، بيتر فانكهاوزر، زار القاهرة الأسبوع الماضي.", published="2018-09-03")
    assert [(e[0], e[1], e[2], e[3]) for e in found] == [("CONSULT", "visit", "بيتر فانكهاوزر", "Cairo")]


def test_the_visitor_meets_whom_the_joined_verb_names():
    found = events("زار بيتر فانكهاوزر القاهرة الأسبوع الماضي والتقى رئيس الوزراء مصطفى مدبولي.", published="2018-09-03")
    assert [(e[0], e[2], e[3]) for e in found][1] == ("CONSULT", "بيتر فانكهاوزر", "Mostafa Madbouly")


def test_a_phrase_that_opens_with_a_verb_has_its_subject_before():
    [(kind, _, actor, _, _, _, _)] = events("وكان أردوغان تعهد بدعم أذربيجان حتى النهاية.", published="2018-04-25")
    assert (kind, actor) == ("AGREE", "Recep Tayyip Erdogan")


def test_a_country_after_an_area_word_is_where_not_who():
    found = events("سيطرت القوات على مدخل مطار الحديدة غربي اليمن بعد مواجهات عنيفة مع ميليشيات الحوثي.")
    assert [e[2] for e in found if e[0] == "ASSAULT"] == [None]


def test_a_country_after_a_border_with_is_the_neighbour_not_the_recipient():
    [(kind, _, _, recipient, _, _, _)] = events("احتشد آلاف المتظاهرين قرب الحدود الشرقية للقطاع مع إسرائيل.")
    assert (kind, recipient) == ("PROTEST", None)


def test_who_backs_an_act_is_not_its_recipient():
    got = events("وحشد الجيش السوري قواته للهجوم على إدلب بدعم من روسيا.")
    assert [(kind, actor, recipient) for kind, _, actor, recipient, _, _, _ in got] == [
        ("MOBILIZE", "Syria armed forces", None), ("ASSAULT", "Syria armed forces", None)]


def test_a_demonym_in_a_violent_verbs_object_names_the_recipient():
    [(kind, _, actor, recipient, _, _, _)] = events(
        "ذكر التحالف أن الحوثيين استهدفوا ناقلة نفط سعودية في البحر الأحمر. وقالت السعودية إن الناقلة أصيبت.")
    assert (kind, actor, recipient) == ("ASSAULT", "Houthis", "Saudi Arabia")
    # the subject's own demonym is no object's; and a country the article does not name gives none
    [(_, _, actor, recipient, _, _, _)] = events("اعتقلت الشرطة المصرية صحفيا أمريكيا في القاهرة.")
    assert recipient is None


def test_a_definite_noun_with_no_day_of_its_own_tells_the_earlier_event_again():
    # الهجوم points back to the attack told before, whoever the rules find around it
    got = events("هاجم مسلحون قاعدة عسكرية في شمال مالي يوم الأحد. "
                 "وأعلن تنظيم القاعدة مسؤوليته عن الهجوم على القاعدة الفرنسية في تمبكتو.")
    assert [(kind, trigger) for kind, _, _, _, _, _, trigger in got] == [("ASSAULT", "هاجم")]
    # the latest one of its type and modality: here the visit of 2017, not Sunday's
    got = events("زار الرئيس الفرنسي إيمانويل ماكرون الجزائر يوم الأحد. "
                 "وكان ماكرون قد زار الجزائر في عام 2017 وقال إن الزيارة كانت ناجحة.")
    assert [(kind, aux) for kind, _, _, _, _, aux, _ in got] == [("CONSULT", []), ("CONSULT", ["historical"])]


def test_an_action_told_as_background_and_named_again_with_no_day_is_one():
    # عند اعتقاله names again the arrest of 2013: nothing sets it in the present
    got = events("اعتقلت السلطات المصرية المصور محمود أبو زيد في أغسطس 2013. "
                 "وكان أبو زيد يبلغ 26 عاما عند اعتقاله.", published="2018-05-05")
    assert [(kind, aux) for kind, _, _, _, _, aux, _ in got] == [("COERCE", ["historical"])]
    # a later telling with a day of its own is a new action
    got = events("اعتقلت السلطات المصرية المصور محمود أبو زيد في أغسطس 2013. "
                 "واعتقلت الشرطة المصرية أبو زيد مجددا يوم الأحد.", published="2018-05-05")
    assert [(kind, aux) for kind, _, _, _, _, aux, _ in got] == [("COERCE", ["historical"]), ("COERCE", [])]


def test_a_noun_after_whereas_takes_no_doer_from_the_clause_before():
    # فيما opens a clause with a subject of its own: Algeria does not hold the summit
    got = events("استبعدت الجزائر الأربعاء إقامة مراكز للمهاجرين على أراضيها، "
                 "فيما تسعى دول الاتحاد خلال قمة بروكسل إلى حل.", published="2018-06-28")
    assert [(kind, actor) for kind, _, actor, _, _, _, _ in got if kind == "CONSULT"] == [("CONSULT", None)]


def test_a_subject_of_several_or_some_names_no_one():
    # عدة منظمات، بعض الدول: the verb's subject is unnamed; the name after it is the one asked
    [(kind, _, actor, recipient, _, _, _)] = events("وطالبت عدة منظمات غير حكومية الرئيس الفرنسي بالتوقف عن بيع الأسلحة.")
    assert (kind, actor, recipient) == ("REQUEST", None, "Emmanuel Macron")


def test_a_drone_is_an_attack_only_where_the_sentence_tells_one():
    assert types("حقق عرض ضوئي استخدم فيه 1374 طائرة بدون طيار رقما قياسيا جديدا.") == []
    assert types("صورت طائرة بدون طيار الدمار في المدينة.") == []
    assert types("استهدفت طائرة مسيرة قاعدة عسكرية في شمال العراق.") == ["ASSAULT"]
    assert types("وحلقت قاذفة قنابل أمريكية فوق شبه الجزيرة الكورية.") == []  # a bomber, no bombs


def test_achieved_is_no_investigation():
    assert "ACCUSE" not in types("وأشاد الوزير بالانتصارات التي حققتها القوات في الجنوب.")
    assert "ACCUSE" not in types("وقالت الحكومة إنها حققت اختراقا في المفاوضات.")
    assert types("وقالت الشرطة العراقية إنها حققت في الحادث.") == ["ACCUSE"]


def test_an_envoy_named_by_a_demonym_gives_the_recipient_country():
    [(kind, _, actor, recipient, _, _, _)] = events(
        "استدعت وزارة الخارجية الإيرانية السفير البريطاني في طهران. وقالت بريطانيا إنها تدرس الرد.")
    assert (kind, actor, recipient) == ("ACCUSE", "Iranian Ministry of Foreign Affairs", "United Kingdom")


def test_the_name_after_a_summoned_envoy_is_whose_envoy():
    # استدعاء سفير إيران: Iran's envoy is summoned; Kuwait summons
    [(kind, _, actor, recipient, _, _, _)] = events("قررت الخارجية الكويتية استدعاء سفير إيران.")
    assert (kind, actor, recipient) == ("ACCUSE", "Kuwait government", "Iran")


def test_an_agreement_and_its_content():
    # a ceasefire agreement that took effect is told for its ceasefire: one RETREAT with the sides
    got = events("دخل اتفاق لوقف إطلاق النار بين إسرائيل وحركة الجهاد الإسلامي حيز التنفيذ مساء الأحد.")
    assert [(kind, mode, actor, recipient) for kind, mode, actor, recipient, _, _, _ in got] == [
        ("RETREAT", "ceasefire", "Israel", "Palestinian Islamic Jihad")]
    # reached an agreement (توصل إلى اتفاق): one AGREE, and the content agreed on is a concession
    got = events("توصلت الحكومة اليمنية إلى اتفاق لوقف إطلاق النار مع الحوثيين في الحديدة.")
    assert [kind for kind, *_ in got] == ["AGREE", "CONCEDE"]


def test_motor_racing_and_tennis_are_sport():
    assert types("وانسحب إستيبان أوكون من السباق بعد اصطدامه بسائق آخر في اللفة الثالثة عند المنعطف.") == []
    assert types("وهاجمت سيرينا ويليامز الحكم خلال نهائي بطولة أمريكا المفتوحة للتنس.") == []


def test_asylum_counts_and_scathing_words_are_no_requests_or_attacks():
    assert "REQUEST" not in types("أظهر تقرير أن طلبات اللجوء المقدمة من طالبي اللجوء المصريين ارتفعت.")
    assert types("وتقدم الصحفي المعارض أحمد منصور بطلب لجوء إلى فرنسا.") == ["REQUEST"]
    assert types("ويعرف الرئيس الفلبيني رودريغو دوتيرتي بهجومه اللاذع على خصومه.") == ["ACCUSE"]
    assert types("وقالت الشركة إنها ستمنع المعلنين من استهداف مستخدمي فيسبوك.") == []


def test_a_pronoun_before_a_verb_is_its_subject():
    # وهي تتهم روسيا: Russia is accused, not accusing
    [(kind, _, actor, recipient, _, _, _)] = events(
        "وأكدت الشرطة البريطانية أن السم مادة تصيب الأعصاب، وهي تتهم روسيا بالوقوف خلف عملية التسميم.")
    assert (kind, actor, recipient) == ("ACCUSE", None, "Russia")


def test_a_state_does_not_act_on_its_own_country():
    # the army's strikes on the south of its own country: the country is where, not whom
    [(kind, _, actor, recipient, place, _, _)] = events("شنت القوات السورية غارات جوية على جنوب سوريا.")
    assert (kind, actor, recipient, place) == ("ASSAULT", "Syria armed forces", None, "Syria")


def test_one_action_told_in_the_same_word_with_its_modality_read_differently():
    from hadath.events.merging import one_per_action
    from hadath.schema import Event, Span
    s1, s2 = Span(0, 50), Span(51, 120)
    first = Event("SANCTION", Span(10, 16), "withdraw", actor="e1", sentence=s1)
    again = Event("SANCTION", Span(70, 76), "withdraw", actor="e1", aux=("future",), sentence=s2)
    words = {10: "انسحاب", 70: "انسحاب"}
    assert len(one_per_action([first, again], {}, words)) == 1
    # long ago is another action (أبدى في السابق معارضته), and so is another word
    past = Event("SANCTION", Span(70, 76), "withdraw", actor="e1", aux=("historical",), sentence=s2)
    assert len(one_per_action([first, past], {}, words)) == 2
    assert len(one_per_action([first, again], {}, {10: "انسحاب", 70: "خروج"})) == 2


def test_amid_uprising_and_no_confidence_are_no_events():
    assert types("تشكلت الأزمة على وقع إعلان موسكو تسليم الصواريخ لأنقرة.") == []  # amid, not signed
    assert types("يخشى الحوثيون من أية هبة شعبية في صنعاء.") == []  # an uprising, not a gift
    assert types("صوتت اللجنة التنفيذية في الحزب على حجب الثقة عن رئيسه.") == []  # no censorship
    assert types("فقد حقق حزب الله انجازات ميدانية في سوريا.") == []  # achieved


def test_a_subject_of_people_unnamed_names_no_one():
    # أبناء العشيرة، أهالي الضحايا: the name after the verb is the one accused or asked
    [(kind, _, actor, recipient, _, _, _)] = events("ويتهم أبناء العشيرة السلطات القطرية بانتهاك حقوقهم.")
    assert (kind, actor, recipient) == ("ACCUSE", None, "Qatar government")


def test_a_verb_after_an_indefinite_noun_describes_it():
    # مذكرة تطالب: the note asks; the name after the verb is the one asked, not the asker
    [(kind, _, actor, recipient, _, _, _)] = events(
        "وأرسلت السفارة مذكرة دبلوماسية تطالب الحكومة البريطانية بتقديم تفسير.")
    assert (kind, actor, recipient) == ("REQUEST", None, "United Kingdom government")
    # a demonym in the noun phrase names the doer, where the article names the country
    [(kind, _, actor, recipient, _, _, _)] = events(
        "قالت تركيا إن مقاتلات تركية تقصف مواقع حزب العمال الكردستاني.")
    assert (kind, actor, recipient) == ("ASSAULT", "Turkey", "Kurdistan Workers' Party")
    # but not where the verb carries the noun as its object (خطوة رفضتها إسرائيل)
    [(kind, _, actor, *_)] = events("أعلنت المحكمة فتح تحقيق، في خطوة رفضتها إسرائيل.")[-1:]
    assert (kind, actor) == ("REJECT", "Israel")


def test_a_person_is_killed_once():
    # the killing told again years later, dated by the trial that tells it, is the same killing
    told = events("اغتيل الرئيس المصري أنور السادات خلال عرض عسكري في أكتوبر 1981. "
                  "وحكم على ابن شقيقه عام 2006 بالسجن لوصفه اغتيال السادات بأنه مؤامرة دولية.",
                  published="2018-03-20")
    assert [e[0] for e in told].count("ASSAULT") == 1


def test_chants_orders_to_buy_and_bushfires_tell_no_act():
    # the chant's demand is what the protest is for; a purchase order is trade; fires destroy by no one's hand
    assert "REQUEST" not in types("وردد المتظاهرون هتافات تطالب برحيل الرئيس عبد الفتاح السيسي.")
    assert types("وأعلنت شركة طيران الإمارات عن تقديم طلب لشراء 36 طائرة من إيرباص.") == []
    assert types("وطلبت الحكومة العراقية من الولايات المتحدة مساعدتها.") == ["REQUEST"]
    assert types("ودمرت حرائق الغابات آلاف المنازل في جنوب شرق أستراليا.") == []


def test_who_criticises_follows_min_after_a_noun_of_what_is_said():
    # شكاوى من الحكومة العراقية: the government complained; the one who stopped is the one complained to
    [(kind, _, actor, *_)] = events("أوقفت أنقرة ملء السد بعد شكاوى من الحكومة العراقية.")[-1:]
    assert (kind, actor) == ("ACCUSE", "Iraq government")


def test_who_raises_criticism_suffers_it():
    # أثار أردوغان انتقادات: Erdogan is criticised, not criticising
    [(kind, _, actor, recipient, _, _, _)] = events("أثار الرئيس التركي رجب طيب أردوغان انتقادات واسعة لقوله لطفلة إنها ستتشرف.")
    assert (kind, actor, recipient) == ("ACCUSE", None, "Recep Tayyip Erdogan")


def test_qad_before_a_past_verb_is_no_maybe():
    # قد تم "has been", قد توصلت "has reached"; قد تفرض "may impose"
    [(kind, *_, aux, _)] = events("وقد تم إطلاق سراح الصحفي الأسترالي بيتر غريستي.")
    assert (kind, aux) == ("RETREAT", [])
    [(kind, *_, aux, _)] = events("وقال إن واشنطن قد تفرض عقوبات على أنقرة.")
    assert (kind, aux) == ("SANCTION", ["hypothetical"])


def test_demonyms_name_whose_people_are_freed_and_whose_deal_is_left():
    told = events("أفرجت كوريا الشمالية عن ثلاثة أمريكيين كانوا محتجزين على أراضيها. ورحبت الولايات المتحدة بالخطوة.")
    assert told[0][:4] == ("RETREAT", "release", "North Korea", "United States")
    told = events("انسحبت الولايات المتحدة من الاتفاق النووي الإيراني، وردت إيران بتقليص التزاماتها.")
    assert told[0][0] in ("SANCTION", "RETREAT") and told[0][2:4] == ("United States", "Iran")


def test_a_stance_towards_a_country_names_no_partner():
    [(kind, _, actor, recipient, *_)] = events("اتفق وزراء خارجية دول مجموعة السبع على اتخاذ موقف موحد إزاء روسيا.")
    assert (kind, recipient) == ("AGREE", None)


def test_describing_condemns_only_a_person_or_in_words_of_blame():
    assert types("ووصف وزير الدفاع البريطاني غافن ويليامسن الضربات بأنها كانت ناجحة جدا.") == []
    assert types("ووصف البيت الأبيض الاجتماعات بأنها إيجابية.") == []
    told = events("وصف الرئيس الفنزويلي نيكولاس مادورو نائب الرئيس الأمريكي مايك بنس بأنه أفعى سامة.")
    assert told[0][:4] == ("ACCUSE", "disapprove", "Nicolás Maduro", "Mike Pence")
    assert types("ووصف الاتحاد الأوروبي الانتخابات بأنها لم تكن عادلة ولا نزيهة.") == ["ACCUSE"]
    assert types("وقال المتحدث باسم الأمم المتحدة، واصفا القضية بالشنيعة.") == ["ACCUSE"]


def test_an_agreement_made_not_one_only_named():
    # الاتفاق على سحب، اتفاق مع: an agreement made; الاتفاق النووي مع إيران: the deal named
    assert types("وأعلنت دمشق عن اتفاق مع فصيل جيش الإسلام لإجلائه من دوما.") == ["AGREE"]
    assert types("وقال إن الحفاظ على الاتفاق النووي مع إيران ضروري للسلام.") == []
    assert "AGREE" not in types("وأعلن ترامب انسحابه من الاتفاقية مع إيران.")
    assert "AGREE" in types("ورحبت دول الخليج بالاتفاق الذي أعلن في بكين لاستئناف العلاقات بين السعودية وإيران.")
    # an agreement signed is told by the signing (SUPPORT), not again as an AGREE
    assert types("وقعت روسيا، الجمعة في إسطنبول، اتفاقا مع تركيا.") == ["SUPPORT"]


def test_in_support_of_is_no_act_of_support():
    # دعما لليمن: why the aid was given, not a second event (and not the dual verb دعما)
    assert "SUPPORT" not in types("وقدمت الإمارات مساعدات طبية لليمن، دعما للحكومة الشرعية.")


def test_reinforcements_struck_and_backers_told_as_epithets_are_no_events():
    assert types("وقصفت مقاتلات التحالف العربي تعزيزات وآليات عسكرية للحوثيين في مفرق الوازعية.") == ["ASSAULT"]
    assert types("ونشر الجيش التركي تعزيزات عسكرية على الحدود مع سوريا.") == ["MOBILIZE"]
    assert types("وقال إن الهدنة لا تشمل أعمال الحكومة السورية التي تدعمها روسيا ضد داعش.") == []
    assert types("وأعلنت الولايات المتحدة أنها تدعم الحكومة العراقية.") == ["SUPPORT"]


def test_requests_for_comment_livelihoods_rates_and_appeals_are_no_events():
    assert types("ولم يرد البيت الأبيض على طلب التعقيب.") == []
    assert types("وهتف المحتجون من أجل لقمة العيش.") == []
    assert types("وقال محاموه إنهم سيطعنون على الإدانة.") == []
    assert types("وتصدرت المكسيك الدول بنسبة رفض 88 في المائة لطلبات اللجوء.") == []


def test_a_charge_told_with_its_conviction_is_the_conviction():
    # حكمت ... بالسجن بتهمة التجسس: one SANCTION; the court sentences, the journalist is sentenced
    told = events("وحكمت محكمة تركية على الصحفي أحمد شيك بالسجن خمس سنوات بتهمة التجسس.")
    assert [e[:2] for e in told] == [("SANCTION", "convict")] and told[0][3] == "أحمد شيك"
    assert types("وحكم صدام حسين العراق منذ عام 1979.") == []  # ruled a country
    assert types("ووجهت النيابة إلى الصحفي أحمد شيك تهمة التجسس.") == ["ACCUSE"]


def test_what_an_outcome_concerns_is_no_event():
    # ناقش الجانبان مخرجات الاتفاق، بما يخص سحب القوات: the withdrawal is the topic
    assert types("وناقش الجانبان مخرجات الاتفاق، بما يخص سحب القوات الأمريكية من العراق.") == ["CONSULT"]


def test_the_bare_hukm_is_a_ruling_not_a_verb():
    # حكم على X بالإعدام is a conviction; بعد حكم أول بحقه is "after a first ruling"
    assert [e[:2] for e in events("وحكم على سلطان هاشم أحمد بالإعدام في 2007.", "2018-05-01")] == [("SANCTION", "convict")]


def test_a_relative_clause_after_an_attack_names_its_target_not_its_doer():
    # الهجوم الذي استهدف السفارة: the attack targeted the embassy; Qatar only condemns it
    told = events("وأدانت قطر الهجوم الذي استهدف السفارة الأمريكية في الخرطوم.")
    assert told[1][:4] == ("ASSAULT", None, None, "United States government")
    # the claimer did it
    told = events("وتبنى تنظيم داعش الهجوم الذي استهدف السفارة الأمريكية في الخرطوم.")
    assert [e[:4] for e in told] == [("ASSAULT", None, "Islamic State", "United States government")]
    # a verb that carries the noun as its object: the name after is its subject
    told = events("وأدانت قطر الهجوم الذي شنه تنظيم داعش على قرية في سوريا.")
    assert told[1][:3] == ("ASSAULT", None, "Islamic State")


def test_keeping_away_and_bearing_responsibility_are_no_events():
    assert "COERCE" not in types("واستخدم الجنود الغاز المسيل للدموع لإبعاد المتظاهرين عن السياج الحدودي.")
    assert types("وقررت السلطات الكويتية إبعاد 15 مصريا إلى بلادهم.") == ["COERCE"]
    assert types("وأكد الجبير أن بلاده تتحمل المسؤولية والعبء.") == []
    assert types("وحملت الولايات المتحدة حركة حماس المسؤولية.") == ["ACCUSE"]


def test_leaving_a_deal_is_a_sanction_and_a_deadly_dispersal_an_attack():
    told = events("وكان الرئيس الأميركي دونالد ترامب انسحب، الأسبوع الماضي، من الاتفاق النووي الإيراني.", "2018-05-15")
    assert told[0][:3] == ("SANCTION", "withdraw", "Donald Trump")
    assert ("SANCTION", "withdraw") in [e[:2] for e in events("وفشلت القمة بعد انسحاب ترامب فجأة من البيان الختامي.")]
    told = events("فرقت قوات الأمن السودانية بالقوة، فجر الاثنين، اعتصام المحتجين في الخرطوم، ما أسفر عن مقتل 35 شخصا.")
    assert ("ASSAULT", "crowd-control") in [e[:2] for e in told]
    assert [e[:2] for e in events("فرقت الشرطة المتظاهرين في وسط العاصمة.")] == [("COERCE", "restrict")]


def test_an_unvoweled_passive_killing_and_a_subject_before_its_demonym():
    # قتل جندي أميركي بانفجار عبوة: the soldier died (what killed him follows); كما أفاد البنتاغون only tells it
    told = events("قتل جندي أميركي من الوحدات الخاصة بانفجار عبوة ناسفة في إقليم هلمند، كما أفاد البنتاغون.")
    assert [e[:4] for e in told] == [("ASSAULT", "explosives", None, "United States armed forces")]
    # the army killed: an object follows the name
    told = events("قتل الجيش العراقي 20 مسلحا من داعش في غارة جوية.")
    assert told[0][2] == "Iraq armed forces"
    # وكان الحرس الثوري الإيراني اعتقل: the name before the verb (past its demonym) is the subject
    told = events("وكان الحرس الثوري الإيراني اعتقل 30 شخصا مزدوج الجنسية منذ عام 2015.")
    assert told[0][:3] == ("COERCE", "arrest", "Islamic Revolutionary Guard Corps")


def test_many_of_an_unnamed_group_name_no_one():
    # الكثير من المغردين: the tweeters accuse; the name after them is the one accused
    [(kind, _, actor, recipient, *_)] = events("واتهم الكثير من المغردين البرادعي بتشويه سمعة الأردن.")
    assert (kind, actor, recipient) == ("ACCUSE", None, "Mohamed ElBaradei")


def test_regret_over_a_decision_deplores_it():
    assert types("وأعربت وزارة الخارجية المصرية عن أسفها للقرار الإيطالي.") == ["ACCUSE"]
    assert types("وأعرب الرئيس عن أسفه لسقوط ضحايا في الحادث.") == []  # regret for victims


def test_names_of_weapons_places_and_bodies_and_other_senses_are_no_events():
    assert types("ويهدف الاتفاق إلى منع إيران من امتلاك قنبلة نووية.") == []
    assert types("وأشار الإمام إلى أن الجن لا يعلمون الغيب واستشهد بالآيتين القرآنيتين.") == []
    assert "ASSAULT" not in types("ونقل الرجل إلى المستشفى بجروح مهددة للحياة.")
    assert types("وزارت الممثلة مركز احتجاز للمهاجرين في تكساس.") == []
    assert "ACCUSE" not in types("وبحث الوزيران القضايا التي تهم البلدين.")
    # توقيع عقوبات is imposing them
    assert [e[:2] for e in events("وقالت الخزانة الأمريكية إنها قامت بتوقيع عقوبات على 20 مؤسسة.")] == [("SANCTION", "discontinue")]


def test_invasions_threats_to_pay_the_price_expelled_staff_and_a_joined_recall():
    told = events("وقال الرئيس الأمريكي جو بايدن إن روسيا ستدفع ثمنا باهظا.")
    assert told[0][:4] == ("THREATEN", "violence", "Joe Biden", "Russia")  # Russia is threatened
    assert "ASSAULT" in types("وقال إن روسيا ستدفع ثمنا باهظا إذا غزت أوكرانيا.")
    assert types("وغزت المنتجات الصينية الأسواق العربية.") == []
    assert "SANCTION" in types("طردت الجزائر 12 موظفا في السفارة الفرنسية.")
    # ونددت ... واستدعت سفيرها: the recall is an act of its own, not what is condemned
    assert types("ونددت الحكومة الصومالية بالاتفاق واستدعت سفيرها لدى إثيوبيا للتشاور.") == ["ACCUSE", "SANCTION"]


def test_taking_to_the_streets_is_a_protest():
    assert types("ونزل أكثر من مليون شخص إلى الشوارع احتجاجا على مشروع إصلاح نظام التقاعد.") == ["PROTEST"]
    assert types("وخرج الرئيس من الشارع الرئيسي.") == []


def test_breaking_off_relations_with_the_subject_between():
    told = events("بعد أكثر من ثلاث سنوات على قطع السعودية والإمارات علاقاتها مع الدوحة.", "2021-01-05")
    assert told[0][:4] == ("SANCTION", "discontinue", "Saudi Arabia", "Doha")
    assert types("وقطع المحتجون الطرق في وسط المدينة.") == ["PROTEST"]


def test_thanks_for_efforts_and_suspended_visits():
    told = events("وشكر الرئيس الأمريكي جو بايدن أمير قطر الشيخ تميم بن حمد آل ثاني على جهوده.")
    assert told[0][:3] == ("SUPPORT", None, "Joe Biden")
    # the visits suspended are what the sanction is about, no consultation
    assert types("كما علقت باكستان جميع الزيارات الرفيعة المستوى المقررة بين البلدين.") == ["SANCTION"]
    assert types("وعلق اللاعب على المباراة بعد انتهائها.") == []


def test_a_diplomat_asked_to_leave_is_expelled_and_a_fragile_ceasefire_no_shooting():
    told = events("طلبت إسرائيل من القنصل التركي في تل أبيب مغادرة أراضيها والعودة إلى تركيا.")
    assert told[0][:4] == ("SANCTION", "expel", "Israel", "Turkey")
    assert types("وطلبت الحكومة من المواطنين مغادرة المناطق الحدودية.") == ["REQUEST"]
    assert "ASSAULT" not in types("ومنذ 2014 يطبق وقف هش لإطلاق النار على جانبي السياج الفاصل.")


def test_leaving_a_deal_told_before_by_a_pronoun():
    told = events("وظل الوزراء على خلاف حول الاتفاق النووي الذي تريد الإدارة الأمريكية الانسحاب منه.")
    assert [e[:2] for e in told] == [("SANCTION", "withdraw")]
    told = events("وتسعى ألمانيا إلى إنقاذ الاتفاق المبرم مع إيران رغم انسحاب الولايات المتحدة منه.")
    assert ("SANCTION", "withdraw", "United States") in [e[:3] for e in told]


def test_any_attack_is_a_kind_and_a_denied_one_is_negated():
    assert types("وحذرت فرنسا من أن أي هجوم كيماوي جديد سيقابل برد حازم.") == []
    told = events("وقال الرئيس إن كوريا الشمالية لم تجر أي تجربة صاروخية منذ شهور.")
    assert [(e[0], e[5]) for e in told] == [("MOBILIZE", ["negation"])]


def test_a_right_an_obligation_or_a_pressure_is_no_event():
    assert types("ويحق للرئيس إعلان حالة الطوارئ في البلاد لمدة ستة أشهر.") == []
    assert types("وقال الوزير إن القوات الأجنبية غير شرعية وينبغي عليها الانسحاب من المنطقة.") == []
    assert types("وتتزايد الضغوط على الحزب الحاكم لإجراء تحقيق في الحوادث.") == []


def test_a_final_ha_is_a_pronoun_where_the_text_writes_ta_marbuta():
    # مصالحه is "its interests", not مصالحة "reconciliation", in a text that writes ة
    assert "AGREE" not in types("وقال نصر الله إن الحزب أرسل مقاتليه إلى الخارج لحماية مصالحه.")
    assert "AGREE" in types("وأعلنت حركتا فتح وحماس المصالحة في القاهرة.")
    told = events("وأعلن وزير الخارجية الأردني استقالته من منصبه أمس.", "2021-07-27")
    assert [e[0] for e in told] == ["RETREAT"]  # استقالته: استقالة with its pronoun


def test_idioms_of_dates_and_entrusting_are_no_agreement():
    assert types("ومن المقرر افتتاح المتحف في 14 مايو وهو ما يوافق ذكرى تأسيس المدينة.") == []
    assert types("ثم أعادته الجماعة إلى اليمن وتعهد إليه مهمات قيادية في الجبهة.") == []


def test_strikes_suspended_are_a_halt_of_fire_not_an_attack():
    told = events("وقال الجيش إنه علق الضربات الجوية على المدينة خلال الهدنة.")
    assert "ASSAULT" not in [e[0] for e in told] and told[0][0] in ("RETREAT", "CONCEDE")


def test_a_ruling_on_the_law_is_no_conviction_and_goods_targeted_no_attack():
    assert types("وقضت محكمة ألمانية بأنه يجوز للمدن حظر السيارات القديمة.") == []
    assert types("وقضت محكمة مصرية بسجن الناشط خمس سنوات.") == ["SANCTION"]
    assert "ASSAULT" not in types("واستهدف الاتحاد الأوروبي منتجات أمريكية برسوم جمركية جديدة.")
    assert types("وتأهب المستثمرون لرفع أسعار الفائدة الأسبوع المقبل.") == []


def test_a_hashtag_name_is_read_as_its_words():
    text = "تأتي زيارة #ولي_العهد_السعودي الأمير محمد بن سلمان لفرنسا تتويجا للعلاقات بين البلدين."
    told = events(text, "2018-04-10")
    assert told[0][:4] == ("CONSULT", "visit", "Mohammed bin Salman", "France")
    r = hadath.extract("أكد الرئيس الصيني لنظيره الإيراني #حسن_روحاني دعم بكين للاتفاق النووي.", published="2018-06-11")
    assert {e.name_en: e.name for e in r.entities}["Hassan Rouhani"] == "حسن روحاني"
    r = hadath.extract("ووصل وزير الخارجية الإيراني إلى بكين أمس.", published="2018-06-11")
    assert "Beijing" in {e.name_en for e in r.entities}  # بكين is no ب + كين (Caen)


def test_irreversible_a_penal_code_and_a_centre_name_are_no_events():
    assert types("وقالت الوزارة إن الخطوات التي اتخذت لا يمكن التراجع عنها.") == []
    assert types("وتعاقب المادة 534 من قانون العقوبات على المثلية.") == []
    assert types("وتتابع الدول الأعضاء في مركز استهداف تمويل الإرهاب عملها.") == []


def test_hostages_held_are_an_abduction_and_dimensions_no_deportation():
    told = events("وقال المسؤول إن المسلحين في المنطقة يحتجزون مئات الرهائن.")
    assert [e[:2] for e in told] == [("ASSAULT", "abduct")]
    assert types("وتحمل الزيارة أبعادا اقتصادية وسياسية مهمة.") == []  # أبعاد, not إبعاد
    assert types("وأعلنت الداخلية المصرية إبعاد الصحفي البريطاني.") == ["COERCE"]
    assert types("وفي حال لم يحقق الحزب هذا الرقم في الانتخابات فلن يدخل البرلمان.") == []


def test_a_crowd_before_its_plural_verb_riots_and_the_body_after_is_stormed():
    told = events("وكان مئات المحتجين الغاضبين قد اقتحموا مقر القنصلية الإيرانية في البصرة.")
    assert told[0][:4] == ("PROTEST", "riot", None, "Iran government")  # the consulate, stormed
    assert types("واقتحمت قوات الأمن مقر الحزب في البصرة.") == ["COERCE"]


def test_a_withdrawal_named_is_no_retreat_unless_carried_out():
    assert types("وشدد الوزير على أن الهدف هو نزع السلاح النووي بالكامل من شبه الجزيرة الكورية.") == []
    told = events("وعاد السكان إلى المدينة بعد انسحاب القوات التركية منها.")
    assert [e[:2] for e in told] == [("RETREAT", "withdraw")]
    assert types("وقدم رئيس الوزراء استقالة الحكومة إلى الملك.") == ["RETREAT"]  # a resignation named is one


def test_a_meeting_told_again_the_other_way_round_is_one():
    told = events("التقى الرئيس الروسي فلاديمير بوتين الرئيس الفلسطيني محمود عباس في موسكو. "
                  "وقال الكرملين إن عباس اجتمع مع بوتين لبحث عملية السلام.")
    assert [e[0] for e in told] == ["CONSULT"]


def test_their_dead_is_no_killing():
    assert types("وتسلمت عائلات المقاتلين قتلاهم من المستشفى العسكري.") == []


def test_violence_told_with_no_one_nowhere_and_at_no_time_is_no_attack():
    assert "ASSAULT" not in types("وتحدث الكاتب عن تدمير القطاع الخاص بسبب الضرائب.")
    assert "ASSAULT" not in types("وقال إن أعمال العنف شائعة في المخيم.")
    assert types("وقتل خمسة أشخاص في انفجار سيارة مفخخة.") == ["ASSAULT"]  # counted: kept
    assert types("وفجرت الجماعة المسلحة جسرا رئيسيا في المدينة.") == ["ASSAULT"]  # a subject no name tells


def test_a_habit_is_no_event():
    assert types("ودأبت الجماعة على استهداف المدنيين في المنطقة.") == []
    assert types("ولطالما انتقد الرئيس الأمريكي دونالد ترامب وسائل الإعلام.") == []
    assert types("وانتقد الرئيس الأمريكي دونالد ترامب وسائل الإعلام أمس.") == ["ACCUSE"]


def test_a_war_summed_up_and_a_train_accident_are_no_attack():
    assert types("ويسعى المبعوث إلى إنهاء النزاع المتواصل منذ ثلاث سنوات، الذي أسفر عن مقتل أكثر من 10 آلاف شخص.") == []
    assert types("قتل 50 شخصا بعدما دهس قطار حشدا من الناس قرب المدينة.") == []
    told = events("وأسفر الهجوم الذي شنه مسلحون على نقطة تفتيش عن مقتل 12 جنديا.")
    assert [e[0] for e in told] == ["ASSAULT"]


def test_a_danger_to_is_no_threat_made():
    assert types("وعبر القائد عن قلق بلاده من تهديد الحوثيين للملاحة الدولية في باب المندب.") == []
    assert types("وأعلنت الإمارات قيام مقاتلات قطرية بتهديد سلامة طائرة مدنية.") == []
    assert "THREATEN" in types("وردت أوروبا على تهديد الرئيس الأمريكي دونالد ترامب بفرض رسوم على السيارات.")


def test_what_a_protest_demands_and_the_fires_its_crowd_sets_are_the_protest():
    told = events("خرج آلاف المتظاهرين في عمان للتعبير عن رفضهم لقانون ضريبة الدخل الجديد.")
    assert [e[0] for e in told] == ["PROTEST"]
    told = events("نزل شبان إلى الشوارع في مدينة نانت الفرنسية مسلحين بقنابل حارقة وأضرموا النيران في سيارات.")
    assert [e[:2] for e in told] == [("PROTEST", "riot")]
    assert "ASSAULT" in types("وتظاهر الآلاف في المدينة وقتل ثلاثة متظاهرين برصاص الشرطة.")


def test_the_police_in_a_later_clause_do_not_protest():
    told = events("وتظاهر الآلاف في المدينة وقتل ثلاثة متظاهرين برصاص الشرطة.")
    assert told[0][:3] == ("PROTEST", "demo", None)
    told = events("وتظاهرت الشرطة التونسية أمام البرلمان للمطالبة برفع الأجور.")
    assert told[0][0] == "PROTEST" and told[0][2] is not None  # the subject of the verb protests


def test_the_other_party_of_a_deal_left_is_its_recipient():
    told = events("وانسحبت الولايات المتحدة من الاتفاق النووي مع إيران في مايو.", "2018-06-01")
    assert told[0][:4] == ("SANCTION", "withdraw", "United States", "Iran")
    told = events("ويسعى الاتحاد الأوروبي إلى إنقاذ الاتفاق النووي مع إيران رغم انسحاب الولايات المتحدة منه.", "2018-06-01")
    assert ("SANCTION", "withdraw", "United States", "Iran") in [e[:4] for e in told]


@pytest.mark.parametrize("text,actor,recipient", [
    # a definite noun right after the verb names no one: it is the subject, the name after it the object
    ("وطالبت المعارضة الحكومة بالإفراج عن المعتقلين.", None, "government"),
    ("وتتهم الدولتان إيران بالتدخل في شؤون جيرانها.", None, "Iran"),
    # but a title before a person is no subject of its own (النائب: a member of parliament)
    ("ناشد النائب هادي حبيش القضاء سحب القضية.", "Hadi Hobeish", "judiciary"),
])
def test_a_definite_subject_that_names_no_one_leaves_the_name_after_as_object(text, actor, recipient):
    ev = [e for e in events(text) if e[0] in ("REQUEST", "ACCUSE")]
    assert ev and ev[0][2] == actor, ev
    if recipient:
        assert recipient in (ev[0][3] or "").lower() or recipient in (ev[0][3] or ""), ev


def test_the_one_asked_follows_min():
    ev = [e for e in events("طلبت النمسا من طهران رفع الحصانة عن دبلوماسي إيراني.") if e[0] == "REQUEST"]
    assert ev and ev[0][2] == "Austria" and ev[0][3] == "Tehran" and ev[0][4] is None, ev


@pytest.mark.parametrize("text,actor,recipient", [
    # what a letter, a statement or a visit holds: its author acts, the name after فيها/فيه is the object
    ("وجهت فرنسا وبريطانيا رسالة إلى وزير الخزانة الأمريكي تطالب فيها الولايات المتحدة باستثناء شركاتها.",
     "France", "United States"),
    ("أصدر مجلس الأمن الدولي الخميس بيانا حول اليمن، أدان فيه قيام الحوثيين بتعريض حياة المدنيين للخطر.",
     "UN Security Council", "Houthis"),
    ("وصل وزير الدفاع السعودي إلى الخرطوم في زيارة رسمية، التقى فيها الرئيس السوداني عمر البشير.",
     "Mohammed bin Salman", "Omar al-Bashir"),  # the Saudi defence minister on the date
])
def test_an_act_told_in_a_text_or_visit_is_its_authors(text, actor, recipient):
    ev = [e for e in events(text) if e[-1] in ("تطالب", "أدان", "التقى")]
    assert ev and ev[0][3] == recipient, ev
    assert ev[0][2] == actor, ev


def test_one_mediates_in_a_deal():
    ev = [e for e in events("أفرجت إيران عن خمسة سجناء في إطار صفقة توسطت فيها قطر على مدى أشهر.")
          if e[0] == "CONSULT"]
    assert ev and ev[0][2] == "Qatar", ev


@pytest.mark.parametrize("text", [
    "ارتفعت الأسعار مما دعا الحكومة إلى التدخل.",  # "which prompted"
    "وهو وضع يدعو إلى القلق بحسب الأمم المتحدة.",  # "gives cause for concern"
    "يرأسه ناشط، ويدعو نفسه حزبا اشتراكيا.",  # "calls itself"
    "سرق مسلحون البنك تحت تهديد السلاح.",  # "at gunpoint"
])
def test_calls_and_threats_of_things_are_no_events(text):
    assert not [e for e in types(text) if e in ("REQUEST", "THREATEN")], events(text)


def test_a_bare_title_after_the_verb_is_its_subject():
    ev = [e for e in events("دعا الرئيس الحكومة إلى التدخل.") if e[0] == "REQUEST"]
    assert ev and ev[0][2] is None and ev[0][3] == "government", ev


@pytest.mark.parametrize("text,actor,recipient", [
    # the diplomats expelled are what is done to; their demonym names the country acted on
    ("اتهمت بريطانيا روسيا بتسميم الجاسوس. وقررت 14 دولة طرد دبلوماسيين روس.", None, "Russia"),
    ("أعلنت بريطانيا طرد الدبلوماسيين الروس من أراضيها.", "United Kingdom", "Russia government"),
    # an adjective that agrees with the noun still names the doer
    ("طالبت بريطانيا بتحقيق دولي. وتصاعدت الاتهامات البريطانية لروسيا بتسميم الجاسوس.", "United Kingdom", "Russia"),
])
def test_a_demonym_after_an_expulsion_names_the_expelled(text, actor, recipient):
    ev = [e for e in events(text) if e[0] in ("SANCTION", "ACCUSE") and e[-1] != "اتهمت"]
    assert ev and ev[0][2] == actor and ev[0][3] == recipient, ev


# a denial of an accusation is a rejection by the accused (PLOVER REJECT: "all rejections and
# refusals"), not an accusation of its own that did not happen
@pytest.mark.parametrize("text,actor,recipient", [
    ("نفت كوريا الشمالية الاتهامات الأمريكية بشن هجمات إلكترونية على البنوك.", "North Korea", None),
    ("ونفى الرئيس السوداني بشدة تلك المزاعم.", "Abdel Fattah al-Burhan", None),  # in office on 2021-07-27
    ("تتهم ألمانيا إيران بالتجسس على معارضين، وهو ما تنفيه طهران.", "Tehran", "Germany"),
    ("وتتهم أنقرة الحزب بتدبير التفجير، الأمر الذي ينفيه الحزب.", None, "Ankara"),
])
def test_a_denial_of_an_accusation_is_a_rejection(text, actor, recipient):
    rejects = [e for e in events(text) if e[0] == "REJECT"]
    assert [(e[2], e[3], e[5]) for e in rejects] == [(actor, recipient, [])]
    assert not [e for e in events(text) if e[0] == "ACCUSE" and "negation" in e[5]]


def test_an_accusation_named_in_a_denial_is_told_too():
    ev = events("ونفت الحكومة الإثيوبية اتهامات مصر بالمماطلة.")
    assert sorted((e[0], e[2], e[3]) for e in ev) == [("ACCUSE", "Egypt", "Ethiopia government"),
                                                      ("REJECT", "Ethiopia government", "Egypt")]


def test_a_report_denied_is_no_rejection():
    assert "REJECT" not in types("أعلن الجيش مقتل عشرة مسلحين في الاشتباكات، وهو ما نفته الحركة.")


def test_a_condemnation_of_an_act_is_aimed_at_its_doer():
    ev = events("شنت طائرات إسرائيلية غارات على قرية في جنوب لبنان. وأدانت الحكومة اللبنانية بشدة الغارات.")
    [accuse] = [e for e in ev if e[0] == "ACCUSE"]
    [assault] = [e for e in ev if e[0] == "ASSAULT"]
    assert accuse[3] == assault[2] is not None


def test_the_attack_condemned_after_several_is_the_one_the_article_opens_with():
    ev = events("شن تنظيم داعش هجوما انتحاريا على مسجد في مدينة قندوز.\n"
                "وردت القوات الأفغانية بغارات جوية على مواقع التنظيم في المنطقة.\n"
                "وأدان الرئيس الأفغاني أشرف غني بشدة الهجوم.")
    [accuse] = [e for e in ev if e[0] == "ACCUSE"]
    assert accuse[3] == "Islamic State"


def test_a_condemned_act_not_told_in_the_opening_and_done_by_several_names_no_one():
    ev = events("عقد مجلس الأمن جلسة طارئة لبحث الوضع في السودان.\n"
                "وهاجمت قوات الدعم السريع مدينة الفاشر، فيما شن الجيش السوداني غارات على مواقعها في نيالا.\n"
                "وأدانت الحكومة المصرية الهجوم.")
    [accuse] = [e for e in ev if e[0] == "ACCUSE"]
    assert accuse[3] is None


# aid is an event where it is given, sent or worth a sum; the noun alone names a thing delivered,
# blocked or needed, or means "helping"
@pytest.mark.parametrize("text", [
    "تعهدت الحكومة بتقديم الخبرة لمساعدة المزارعين على تحسين الإنتاج.",
    "حذرت المنظمة من أن الحصار يمنع وصول المساعدات الإنسانية إلى السكان.",
    "يعتمد ملايين اليمنيين على المساعدات الغذائية للبقاء على قيد الحياة.",
])
def test_aid_named_but_not_given_is_no_event(text):
    assert "AID" not in types(text)


@pytest.mark.parametrize("text", [
    "قدمت الكويت مساعدات طبية إلى السودان.",
    "وتقدم المفوضية السامية للأمم المتحدة لشؤون اللاجئين مساعدات غذائية للاجئين في المخيمات.",
    "أعلنت اليابان مساعدات بقيمة عشرة ملايين دولار لأوكرانيا.",
])
def test_aid_given_is_an_event(text):
    assert "AID" in types(text)


@pytest.mark.parametrize("text,typ", [
    ("وقعت الدولتان اتفاقية تعاون دفاعي في ديسمبر الماضي.", "COOPERATE"),  # a deal named: the signing is the event
    ("يملك سلاح البحرية ست سفن حربية وثلاث غواصات.", "MOBILIZE"),  # warships owned, not sent
    ("تعهد الزعيم الكوري الشمالي بإغلاق موقع تجارب القنابل النووية.", "MOBILIZE"),  # a test site is a place
])
def test_things_named_are_no_events(text, typ):
    assert typ not in types(text)


@pytest.mark.parametrize("text,typ", [
    ("وتعاونت الشرطة التركية مع نظيرتها الألمانية في التحقيق.", "COOPERATE"),
    ("أرسلت الولايات المتحدة سفنا حربية إلى البحر الأحمر.", "MOBILIZE"),
    ("وصلت سفن حربية روسية إلى ميناء طرطوس.", "MOBILIZE"),
])
def test_cooperation_done_and_warships_sent_are_events(text, typ):
    assert typ in types(text)


@pytest.mark.parametrize("text", [
    "ورفض وزير الخارجية الإجابة على أسئلة الصحفيين لدى خروجه من الاجتماع.",  # declined to answer
    "وتؤثر موجة الجفاف على موارد البلاد وتعرقل تقدمها الاقتصادي.",  # hampered, no refusal
    "يمثل صعود الحزب الجديد تحديا كبيرا للحكومة.",  # a challenge, no defiance
])
def test_declining_to_answer_hampering_and_challenges_are_no_rejections(text):
    assert "REJECT" not in types(text)


def test_defiance_of_resolutions_is_a_rejection():
    assert "REJECT" in types("أطلقت كوريا الشمالية صاروخا باليستيا في تحد لقرارات مجلس الأمن الدولي.")


@pytest.mark.parametrize("text,n", [
    ("وقالت الصين إن الرسوم الأمريكية تهدد المصالح الاقتصادية للبلاد.", 0),  # endangers
    ("هددت السعودية الأربعاء على لسان وزير خارجيتها بقطع العلاقات مع كندا.", 1),  # past the subject and the day
])
def test_what_endangers_interests_is_no_threat(text, n):
    assert types(text).count("THREATEN") == n


@pytest.mark.parametrize("text,typ", [
    ("بلغ حجم التبادل التجاري بين البلدين نحو عشرة مليارات دولار العام الماضي.", "COOPERATE"),  # statistics
    ("انسحبت الولايات المتحدة من معاهدة الصداقة مع إيران الموقعة عام 1955.", "AGREE"),  # a treaty named
    ("شنت الطائرات الغارة دون سابق إنذار للسكان.", "THREATEN"),  # no notice, no ultimatum
    ("والتزمت الطائفة الحياد منذ بداية الحرب.", "AGREE"),  # stayed neutral
])
def test_statistics_treaty_names_notice_and_neutrality_are_no_events(text, typ):
    assert typ not in types(text)


@pytest.mark.parametrize("text,typ", [
    ("حققت القوات الحكومية اختراقات نوعية في جبهة الساحل.", "ACCUSE"),  # achieved, not investigated
    ("بعد أن حجب البرلمان الثقة عن رئيس الوزراء بسبب ملفات فساد.", "COERCE"),  # no confidence, no censorship
])
def test_achievements_and_votes_of_no_confidence_are_no_events(text, typ):
    assert typ not in types(text)


@pytest.mark.parametrize("text", [
    "وأكدت الإمارات أنها تحتفظ بحق الرد على الهجوم.",
    "وقال الجيش في بيان، محذرا من أنه لن يتهاون مع أي جهة تعرض أمن الحدود للخطر.",
])
def test_reserving_the_right_to_respond_and_warnings_of_no_tolerance_are_threats(text):
    assert "THREATEN" in types(text)


def test_the_name_after_a_participle_of_request_is_asked():
    ev = events("وقال وزير الخارجية الأمريكي جون كيري إن بلاده لم تتلق أي رسالة، داعيا أنقرة إلى تقديم أدلة.")
    assert [(e[0], e[2], e[3]) for e in ev] == [("REQUEST", "John Kerry", "Ankara")]


def test_a_name_inside_what_was_said_is_no_subject_of_the_participle_after_it():
    ev = events("وقالت الصين إنها مضطرة للرد بعد خطوة الولايات المتحدة، متهمة واشنطن بإطلاق حرب تجارية.")
    [accuse] = [e for e in ev if e[0] == "ACCUSE"]
    assert accuse[2] == "China"  # not the United States, named inside what China said


def test_only_a_noun_follows_any():
    ev = events("قال المتحدث إن الحكومة لم تتلق حتى الآن أي طلب رسمي من تركيا.")
    assert [(e[0], e[5]) for e in ev] == [("REQUEST", ["negation"])]


@pytest.mark.parametrize("text,recipient", [
    ("خرج عشرات الآلاف من اللبنانيين إلى الشوارع في بيروت، مطالبين باستقالة حكومة سعد الحريري.", "Saad Hariri"),
    ("تظاهر الآلاف في مدينة الحسيمة شمالي المغرب، للمطالبة بالإفراج عن ناصر الزفزافي ونشطاء الحراك.", None),
])
def test_a_protest_demanding_a_government_s_fall_is_against_it(text, recipient):
    [p] = [e for e in events(text, published="2019-10-25") if e[0] == "PROTEST"]
    assert p[3] == recipient


def _roles(text, typ):
    return [(e[2], e[3]) for e in events(text) if e[0] == typ]


@pytest.mark.parametrize("text,typ,actor,recipient", [
    # a subject that names no one, then the name: the object (الدول الأربع، مشروع القرار)
    ("اتهمت الدول الأربع قطر بدعم الإرهاب.", "ACCUSE", None, "Qatar"),
    ("يتهم مشروع القرار إسرائيل باستخدام القوة المفرطة ضد المدنيين.", "ACCUSE", None, "Israel"),
    # someone of a country named by a demonym acts; the name after is the object
    ("زارت تركيا الإمارات الشهر الماضي، وانتقد مسؤول إماراتي بارز سياسة تركيا في المنطقة.", "ACCUSE",
     "United Arab Emirates", "Turkey"),
    # the verb carries the antecedent of a relative pronoun as its object: the name after acts
    ("وشملت العقوبات وسيطا يدعى ياسر عباس الذي تتهمه إدارة الرئيس الأميركي دونالد ترامب بتسهيل عمليات تهريب الوقود.",
     "ACCUSE", "Donald Trump", "ياسر عباس"),
    ("ما هو الهجوم على دوما الذي تتهم فيه واشنطن النظام السوري بشنه؟", "ACCUSE", "Washington", "Syria government"),
    # under investigation: the subject is investigated
    ("وقالت الصين إن رئيس الإنتربول يخضع للتحقيق.", "ACCUSE", None, "INTERPOL"),
])
def test_subjects_objects_and_resumptive_pronouns(text, typ, actor, recipient):
    assert (actor, recipient) in _roles(text, typ)


def test_a_demonym_after_an_object_makes_no_subject():
    # هدد شرطية ألمانية بسكين: the policewoman is threatened; the threat is not Germany's
    roles = _roles("وقالت السلطات في ألمانيا إن اللاجئ سبق له أن هدد شرطية ألمانية بسكين.", "THREATEN")
    assert all(a != "Germany" for a, _ in roles)


@pytest.mark.parametrize("text,typ,actor,recipient", [
    # the pronoun after إيا stands for the nearest name before that is not the actor
    ("وكانت الجزائر قد قطعت علاقاتها الدبلوماسية مع الرباط في أغسطس، متهمة إياها بارتكاب أعمال عدائية.",
     "ACCUSE", "Algeria", "Rabat"),
    ("وأوقفت الشرطة الإيرانية السفير البريطاني روب ماكير لفترة وجيزة، متهمة إياه بالتحريض على الاحتجاجات.",
     "ACCUSE", "Iran police", "روب ماكير"),
    # a participle after a clause of أن belongs to the subject of the main clause
    ("ووعد ترامب أن تأخذ العملية وقتا، منددا بالهجمات الكيميائية التي شنها النظام السوري على دوما.",
     "ACCUSE", "Donald Trump", "Syria government"),
    ("وقالت وزارة الخارجية الجزائرية إن الحكومة الفرنسية أقدمت على خطوة غير مسبوقة، متهمة إياها بتجاهل الشرعية الدولية.",
     "ACCUSE", "Algerian Ministry of Foreign Affairs", "France government"),
])
def test_participles_and_pronouns_set_apart(text, typ, actor, recipient):
    assert (actor, recipient) in _roles(text, typ)


@pytest.mark.parametrize("text,typ", [
    ("وتتفق وزارتا الدفاع والخارجية الأمريكيتان على هذا النهج.", "CONSULT"),  # two ministries, not "they visited"
    ("وإهانة الرئيس جريمة يعاقب عليها القانون بالسجن لمدة تصل إلى أربع سنوات.", "SANCTION"),  # a legal maximum
    ("ليواجه المتحرش غرامة فورية قد تصل إلى 750 يورو.", "SANCTION"),
])
def test_ministries_and_legal_maximums_are_no_events(text, typ):
    assert typ not in types(text)


@pytest.mark.parametrize("text,typ,actor,recipient", [
    # a stance on a thing of a country (a demonym after the object) is a stance towards that country
    ("رحب المغرب بالموقف الفرنسي، وقالت فرنسا إنها تدعم الحكم الذاتي.", "SUPPORT", "Morocco", "France"),
    ("رفضت حركة حماس المقترح الإسرائيلي، وقالت إن إسرائيل تماطل.", "REJECT", "Hamas", "Israel"),
])
def test_a_stance_on_a_country_s_thing_is_towards_the_country(text, typ, actor, recipient):
    assert (actor, recipient) in _roles(text, typ)


@pytest.mark.parametrize("text,actor,recipient", [
    ("وقررت المحكمة زيادة العقوبة بعدما دانته بتهمة الترويج لتغيير النظام.", None, None),  # for a charge
    ("في قضية المستثمر وليم برودر الذي دانه القضاء الروسي غيابيا بالتهرب الضريبي.", "Russia judiciary", None),  # by a court
])
def test_a_court_s_or_a_charged_condemnation_is_a_conviction(text, actor, recipient):
    ev = [e for e in events(text) if e[0] in ("ACCUSE", "SANCTION")]
    assert ev and all(e[0] == "SANCTION" and e[1] == "convict" for e in ev)
    assert actor is None or ev[0][2] == actor


def test_an_acquittal_is_no_conviction():
    assert [e[0] for e in events("قضت المحكمة بتبرئة المعارض الشيخ علي سلمان في قضية التجسس.")] == ["CONCEDE"]


def test_a_political_condemnation_stays_an_accusation():
    assert ("ACCUSE", "Qatar") in [(e[0], e[2]) for e in events("دانت قطر الهجوم على السفارة الأمريكية.")]


@pytest.mark.parametrize("text,typ", [
    ("أعلنت الدنمارك، العضو في التحالف الدولي، الخميس، سحب قواتها الخاصة من العراق.", "CONCEDE"),  # announced, past an apposition
    ("أعلن الجيش الإسرائيلي، الثلاثاء، إطلاق سراح جندي بعد انتهاء مدة عقوبته.", "RETREAT"),  # a release carried out
    ("أفرجت الولايات المتحدة عن مساعدة عسكرية لمصر بقيمة 195 مليون دولار.", "AID"),  # funds released: aid, no one freed
])
def test_announced_withdrawals_and_released_funds(text, typ):
    assert typ in types(text)
    if typ == "AID":
        assert "RETREAT" not in types(text)


@pytest.mark.parametrize("text,typ", [
    ("وأوضحت الصحيفة أن المسؤولين غير مطالبين بموجب القانون بإبلاغ السلطات.", "REQUEST"),  # not required
    ("وطلب من الأولاد دفع ألف ريال شهريا لكل طالب مقابل استمرار تعليمهم.", "REQUEST"),  # a student
    ("ويخوض الوزير معركة داخل الائتلاف الحاكم بشأن الهجرة.", "ASSAULT"),  # a political battle
    ("ودمرت كوريا الشمالية أنفاقا في موقع التجارب النووية.", "MOBILIZE"),  # a test site named
    ("وبحث الرئيسان قضايا إقليمية تهم البلدين.", "ACCUSE"),  # issues that concern them
])
def test_other_senses_name_no_event(text, typ):
    assert typ not in types(text)


def test_an_arrest_told_again_in_the_same_word_is_one_event_whoever_each_telling_names():
    text = ("اعتقلت الشرطة المصرية خمسة صحفيين في القاهرة أمس. "
            "وقالت منظمة العفو الدولية إن السلطات اعتقلت الصحفيين بسبب تقاريرهم عن الحكومة.")
    assert types(text) == ["COERCE"]
    # in another place it is another arrest
    assert types("اعتقلت الشرطة العراقية خمسة أشخاص في بغداد. وفي حادث آخر، اعتقلت الشرطة شخصين في البصرة.") \
        == ["COERCE", "COERCE"]


@pytest.mark.parametrize("text,actor,recipient", [
    # after a stance noun, ل + a name is whom it is towards, not who holds it
    ("ووجه بوريس جونسون انتقادات لاذعة لباراك أوباما بعد دعوته البريطانيين للبقاء في الاتحاد الأوروبي.",
     "Boris Johnson", "Barack Obama"),
    # a pronoun on the noun is who holds the stance when ل + its object follows
    ("وجدد ترامب في المقابلة انتقاده للرئيس الفرنسي إيمانويل ماكرون.", "Donald Trump", "Emmanuel Macron"),
])
def test_stance_nouns_with_l_and_a_pronoun(text, actor, recipient):
    assert (actor, recipient) in _roles(text, "ACCUSE")


@pytest.mark.parametrize("text,actor", [
    ("ندد الرئيس الأميركي السابق، باراك أوباما، الجمعة، بشدة بسلوك الجمهوريين.", "Barack Obama"),  # a titled name set off
    ("بدأ النزاع عندما أعربت وزارة الخارجية الكندية عن قلقها إزاء اعتقال نشطاء.", "Canadian Ministry of Foreign Affairs"),
])
def test_subjects_after_a_title_set_off_and_after_when(text, actor):
    assert actor in [a for a, _ in _roles(text, "ACCUSE")]


def test_a_titled_victim_of_a_passive_killing_is_no_killer():
    ev = [e for e in events("وقد قتل الزعيم الليبي، معمر القذافي، على أيدي مسلحين في 2011.") if e[0] == "ASSAULT"]
    assert ev and ev[0][2] != "Muammar Gaddafi"


@pytest.mark.parametrize("text,actor,recipient", [
    # the forces that announce militants killed killed them
    ("أعلن المتحدث باسم القوات المسلحة المصرية، الخميس، عن مقتل 19 تكفيريا في سيناء.", "Egyptian Armed Forces", None),
    # the names after "in an attack by" are the attack's, not the killing's: no one killed the Taliban
    ("قتل 8 جنود في هجوم لحركة طالبان.", "Taliban", None),
])
def test_who_killed_militants_and_whose_attack_killed_soldiers(text, actor, recipient):
    assert (actor, recipient) in _roles(text, "ASSAULT")


@pytest.mark.parametrize("text,typ,actor,recipient", [
    # a name after "in a statement" with ب + a charge is the one accused or asked, not whose statement
    ("واتهمت شبكة الجزيرة في بيان القوات الإسرائيلية باغتيال مراسلتها.", "ACCUSE", "Al Jazeera", "Israel armed forces"),
    ("وطالبت الخارجية في بيان إسرائيل بوقف الاستيطان.", "REQUEST", None, "Israel"),
])
def test_a_name_after_in_a_statement(text, typ, actor, recipient):
    assert (actor, recipient) in _roles(text, typ)


def test_of_names_joined_before_qad_the_first_acts():
    text = "وكانت السعودية والإمارات والبحرين ومصر قد قطعت علاقاتها الدبلوماسية مع الدوحة في يونيو 2017."
    assert [e[2] for e in events(text) if e[0] == "SANCTION"] == ["Saudi Arabia"]


def test_of_three_joined_attackers_the_first_acts():
    text = "شنت الولايات المتحدة وبريطانيا وفرنسا، فجر السبت، ضربات صاروخية على مواقع عسكرية تابعة للحكومة السورية."
    assert [e[2] for e in events(text) if e[0] == "ASSAULT"] == ["United States"]


@pytest.mark.parametrize("text,arrested", [
    ("أوقفت الشرطة الألمانية ثلاثة أشخاص يشتبه في تخطيطهم لهجوم.", True),
    ("وأوقفت قوات الأمن 12 شخصا في المدينة.", True),
    # أوقف is also "stopped": flights, aid, fighting
    ("أوقفت الشركة رحلاتها إلى القاهرة.", False),
    ("أوقفت الحكومة المساعدات المقدمة للاجئين.", False),
])
def test_awqaf_arrests_only_a_person(text, arrested):
    assert ("COERCE" in types(text)) is arrested


def test_arms_exports_suspended_to_a_country():
    assert ("Norway", "Turkey") in _roles("أعلنت النرويج تعليق صادرات الأسلحة الجديدة إلى تركيا.", "SANCTION")


def test_an_attack_told_days_before_another_is_its_own_event():
    text = ("قالت حكومة طالبان إن ثماني نساء قتلن في غارات جوية شنتها طائرات باكستانية فجر الاثنين.\n"
            "وجاءت الغارات بعد يومين من هجوم انتحاري على موقع يتبع الجيش الباكستاني في إقليم خيبر بختونخوا.")
    triggers = [e[6] for e in events(text, "2024-03-18") if e[0] == "ASSAULT"]
    assert "هجوم انتحاري" in triggers and len(triggers) == 2


def test_what_an_act_responds_to_is_another_act_with_no_actor_from_the_clause():
    ev = [e for e in events("أطلقت إيران صواريخ على إسرائيل ردا على اغتيال إسماعيل هنية.") if e[0] == "ASSAULT"]
    killing = [e for e in ev if e[6] == "اغتيال"]
    assert len(ev) == 2 and killing and killing[0][2] is None and killing[0][3] == "Ismail Haniyeh"


def test_a_stance_on_strikes_told_before_is_aimed_at_the_striker_past_a_long_title():
    text = ("شنت الولايات المتحدة وبريطانيا، فجر الجمعة، ضربات جوية على مواقع تابعة لجماعة الحوثي في اليمن.\n"
            "ووصف عضو المجلس السياسي الأعلى للجماعة محمد علي الحوثي الضربات بأنها \"عدوان همجي\".")
    assert [e[3] for e in events(text, "2024-01-12") if e[0] == "ACCUSE"] == ["United States"]


def test_a_verb_joined_by_waw_opens_its_own_clause():
    text = "ودانت روسيا الضربات وطلبت عقد جلسة طارئة لمجلس الأمن الدولي."
    accuse = [e for e in events(text) if e[0] == "ACCUSE"]
    request = [e for e in events(text) if e[0] == "REQUEST"]
    assert accuse and accuse[0][3] is None and request and request[0][3] == "UN Security Council"


@pytest.mark.parametrize("text,protest", [
    # a call to protest is the protest, to come (PLOVER: mobilising supporters to demonstrate)
    ("دعا حزب الدستور إلى تظاهرات جديدة في 25 أبريل.", True),
    ("دعت النقابات المهنية إلى إضراب عام يوم الأربعاء احتجاجا على قانون الضريبة.", True),
    # not a call to end a protest, nor to allow protests
    ("دعا الرئيس المحتجين إلى إنهاء اعتصامهم.", False),
    ("طالب وزير الخارجية طهران بإنهاء القمع والسماح بالاحتجاج السلمي.", False),
])
def test_a_call_to_protest_is_a_protest_to_come(text, protest):
    found = [e for e in events(text, "2016-04-20") if e[0] == "PROTEST"]
    assert bool(found) is protest
    assert all("future" in e[5] for e in found)


@pytest.mark.parametrize("text,recipient", [
    # a threat's recipient is whom the threatened act is aimed at
    ("هدد الرئيس التركي رجب طيب أردوغان، الاثنين، بشن عملية عسكرية جديدة في شمال سوريا ضد وحدات حماية الشعب الكردية.",
     "People's Protection Units"),
    ("هدد رئيس الوزراء العراقي بقطع العلاقات مع السويد.", "Sweden"),
])
def test_a_threat_is_aimed_at_the_target_of_what_it_threatens(text, recipient):
    assert [e[3] for e in events(text) if e[0] == "THREATEN"] == [recipient]


def test_people_in_a_named_group_act_for_it():
    # leaders or officials in a named group: the group acts (in a group, not a place)
    assert ("Hamas", "Israel") in _roles("واتهم مسؤولون في حركة حماس إسرائيل بخرق الهدنة.", "ACCUSE")
    assert [e[2] for e in events("تظاهر محتجون في بغداد ضد الحكومة.") if e[0] == "PROTEST"] == [None]


def test_an_act_in_a_clause_of_qabla_an_is_its_own():
    # the police killed the attacker: their act is not the stabbing told before it
    ev = [e for e in events("طعن رجل مدرسا حتى الموت قرب باريس، قبل أن تقتله الشرطة الفرنسية بالرصاص.") if e[0] == "ASSAULT"]
    assert ("France police", "تقتله") in [(e[2], e[6]) for e in ev]
    assert all(e[2] is None for e in ev if e[6] == "طعن")


def test_a_refused_request_is_aimed_at_who_asked():
    text = "طالبت الحكومة العراقية بانسحاب القوات التركية من معسكر بعشيقة، إلا أن أنقرة رفضت الطلب."
    assert [e[2:4] for e in events(text) if e[0] == "REJECT"] == [("Ankara", "Iraq government")]


@pytest.mark.parametrize("text,actor,recipient", [
    # the name after ل owns the positions hit: the target, not the attacker
    ("وردت إسرائيل بقصف مواقع لحركة حماس في غزة.", "Israel", "Hamas"),
    ("ردت القوات التركية بقصف مواقع لوحدات حماية الشعب.", "Turkey armed forces", "People's Protection Units"),
    # but by someone's bullets: the doer
    ("قتل تسعة متظاهرين برصاص قوات الأمن العراقية.", "Iraq police", None),
])
def test_positions_of_a_group_are_hit_its_bullets_fired(text, actor, recipient):
    assert (actor, recipient) in _roles(text, "ASSAULT")


def test_the_person_put_under_house_arrest_is_held():
    text = "وضعت السلطات التركية القس الأمريكي أندرو برانسون قيد الإقامة الجبرية."
    assert _roles(text, "COERCE") == [("Turkey government", "أندرو برانسون")]


def test_a_body_arresting_those_after_lam_does_it():
    # اعتقال القوات للخاطفين: the body in the genitive arrests the ones after ل (named or not)
    assert [e[2] for e in events("يظهر الفيديو اعتقال القوات التركية للخاطفين في الفندق.") if e[0] == "COERCE"] == \
        ["Turkey armed forces"]


def test_a_preposition_written_apart_governs_the_name():
    text = "وأجرى الرئيس المصري، عبد الفتاح السيسي، اليوم اتصالا هاتفيا بـ أبي أحمد."
    assert _roles(text, "CONSULT") == [("Abdel Fattah el-Sisi", "Abiy Ahmed")]


# --- phrases split by a titled subject; acts told as other or new ones ---

def test_a_verb_phrase_split_by_a_title_a_name_and_a_day():
    evs = events("أجرى وزير الخارجية الأردني، أيمن الصفدي، الأحد، اتصالا مع نظيره الفرنسي جان إيف لودريان.", "2018-10-21")
    assert [(e[0], e[1], e[2], e[6]) for e in evs] == [("CONSULT", "phone", "Ayman Safadi", "أجرى")]


def test_who_receives_a_call_is_its_recipient_and_the_caller_its_actor():
    evs = events("تلقى الرئيس التركي رجب طيب أردوغان اتصالا من الرئيس الروسي فلاديمير بوتين.", "2018-10-21")
    assert [(e[0], e[2], e[3]) for e in evs] == [("CONSULT", "Vladimir Putin", "Recep Tayyip Erdogan")]


def test_a_release_told_by_a_verb_phrase_needs_no_named_side():
    evs = events("وإن أطلق سراح الناشطة منذ ذلك الوقت، فإن الحملة مستمرة.", "2018-03-07")
    assert [(e[0], e[1]) for e in evs] == [("RETREAT", "release")]
    # the verbal noun alone names a release talked about, not one carried out
    assert "RETREAT" not in types("وتدور المفاوضات حول إطلاق سراح المعتقلين.", "2018-03-07")


def test_an_act_on_other_people_is_not_a_retelling():
    evs = events("اعتقلت الشرطة الإيرانية ناشطة في ديسمبر 2017. وقد تم توقيف ثلاثين امرأة أخرى في طهران.", "2018-03-07")
    assert [e[0] for e in evs] == ["COERCE", "COERCE"]
    # من جهة أخرى is "on the other hand": the strike told again is one
    evs = events("شنت طائرات التحالف غارة على صعدة. ومن جهة أخرى، قالت مصادر محلية إن الغارة دمرت منزلا.", "2018-03-07")
    assert [e[0] for e in evs] == ["ASSAULT"]


def test_the_arrests_of_two_people_are_two_acts():
    evs = events("اعتقلت السلطات الألمانية الزعيم الكتالوني كارليس بوجديمون، كما اعتقلت الشرطة الإسبانية جوردي تورل.", "2018-03-26")
    assert [(e[0], e[3]) for e in evs] == [("COERCE", "كارليس بوجديمون"), ("COERCE", "جوردي تورل")]


def test_stopped_soldiers_are_arrested():
    evs = events("وكانت تركيا قد أوقفت الأسبوع الماضي جنديين يونانيين قرب الحدود.", "2018-03-10")
    assert [(e[0], e[1], e[2]) for e in evs] == [("COERCE", "arrest", "Turkey")]
    assert "COERCE" not in types("هدد ترامب بفرض رسوم إذا لم توقف المكسيك تدفق المهاجرين.", "2018-03-10")


def test_a_person_right_after_a_verb_of_arrest_is_arrested():
    evs = events("واعتقل كارلس بوجديمون أثناء عبوره من الدنمارك في طريقه إلى بلجيكا.", "2018-03-26")
    assert [(e[0], e[2], e[3]) for e in evs] == [("COERCE", None, "كارلس بوجديمون")]


def test_the_day_of_a_clause_after_the_trigger_is_not_its_date():
    text = ("واعتقل كارلس بوجديمون أثناء عبوره إلى بلجيكا، حيث يعيش منذ أن أعلن برلمان كتالونيا "
            "استقلاله في أكتوبر 2017.")
    r = hadath.extract(text, published="2018-03-26")
    assert [(e.type, e.date, e.aux) for e in r.events] == [("COERCE", None, ())]


def test_achieving_nothing_is_no_investigation():
    assert "ACCUSE" not in types("وقال إن اجتماع القمة الذي عقده ترمب في سنغافورة لم يحقق شيئا.", "2018-07-07")


def test_a_ban_lifted_by_a_court_is_a_concession():
    evs = events("رفعت محكمة إيطالية حظرا كان مفروضا على رئيس الوزراء السابق سيلفيو بيرلسكوني.", "2018-05-12")
    assert [(e[0], e[6]) for e in evs] == [("CONCEDE", "رفعت")]


def test_a_summit_with_its_place_and_day_needs_no_named_side():
    text = "وستتصدر الهجرة أشغال القمة الأفريقية التي ستعقد في نواكشوط يوم الأحد المقبل."
    r = hadath.extract(text, published="2018-06-28")
    assert [(e.type, e.mode, e.date, e.aux) for e in r.events] == [("CONSULT", "multilateral", "2018-07-01", ("future",))]
    assert types("تحطمت الطائرة بعد اصطدامها بقمة جبل في جنوب غرب إيران.", "2018-03-01") == []


def test_a_judge_and_a_sincere_man_are_no_events():
    assert types("وقال قاضي محكمة دلهي العليا إنه لا دليل على ذلك.", "2018-03-01") == []
    assert types("ينص الدستور على أن يكون المرشح صادقا وأمينا.", "2018-03-01") == []
    assert types("قاضت الشركة الحكومة الأمريكية أمام المحكمة.", "2018-03-01") == ["ACCUSE"]
    assert types("صادقت الحكومة المغربية على الاتفاق.", "2018-03-01") == ["SUPPORT"]


def test_an_accused_capital_after_a_day_set_off_by_commas():
    evs = events("اتهمت المتحدثة باسم الخارجية الأمريكية هيذر ناورت الخميس، دمشق بمحاولة تأخير وصول المفتشين.", "2018-04-19")
    assert [(e[0], e[2], e[3]) for e in evs] == [("ACCUSE", "Heather Nauert", "Damascus")]


def test_a_ratification_far_from_its_preposition():
    evs = events("وكان مجلس النواب قد صادق في شباط/فبراير من هذا العام على مشروع القانون.", "2018-06-01")
    assert [e[0] for e in evs] == ["SUPPORT"]


def test_a_verb_joined_by_wa_keeps_the_subject_of_the_verb_before():
    evs = events("طردت السعودية السفير الكندي وجمدت العلاقات التجارية مع كندا.", "2018-08-07")
    assert [(e[0], e[2]) for e in evs] == [("SANCTION", "Saudi Arabia"), ("SANCTION", "Saudi Arabia")]


def test_a_capital_before_a_phrase_past_a_day_and_its_preposition():
    evs = events("أعلنت الرياض خلال الأسبوع الجاري أنها طردت السفير الكندي.", "2018-08-07")
    assert [(e[0], e[2]) for e in evs] == [("SANCTION", "Riyadh")]


def test_a_meeting_noun_with_someone_who_acts_but_not_an_interview():
    evs = events("وأمر ترامب وزير خارجيته مايك بومبيو بالتوجه إلى السعودية للقاء الملك سلمان.", "2018-10-16")
    assert [e[0] for e in evs] == ["CONSULT"]
    assert types("وقال الرئيس في لقاء مع قناة العربية إن بلاده لن تتراجع.", "2018-10-16") == []
    assert types("وصرح أردوغان في لقاء صحافي في أنقرة أن الانتخابات ستجرى في يونيو.", "2018-04-18") == []


def test_forces_deployed_but_not_footage_published():
    evs = events("نشرت السلطات الفنزويلية حوالى 50 جنديا مسلحا في سوق شعبي.", "2018-06-01")
    assert [(e[0], e[1]) for e in evs] == [("MOBILIZE", "troops")]
    evs = events("ونشرت الشرطة الاسكتلندية دوريات في محيط المنتجع.", "2018-07-14")
    assert [(e[0], e[1]) for e in evs] == [("MOBILIZE", "police")]
    assert types("ونشرت وكالة رويترز صورا لقوات الأمن في الشوارع.", "2018-06-01") == []
    assert types("وأظهرت لقطات مصورة نشرت على مواقع التواصل الاجتماعي رجال شرطة يضربون محتجا.", "2018-06-01") == []


def test_words_that_only_look_like_triggers():
    assert types("وكشفت وثائق تدين المسؤولين في الحكومة.", "2018-03-01") == []
    assert types("وأكد التزامه التام بالاتفاق.", "2018-03-01") == []
    assert types("وقال مركز المصالحة الروسي إن المسلحين غادروا.", "2018-03-01") == []
    assert types("وتقاضى المستشار راتبا كبيرا.", "2018-03-01") == []
    assert types("أدانت الحكومة المصرية الهجوم على الكنيسة.", "2018-03-01") == ["ACCUSE"]


def test_the_accuser_in_construct_and_the_accused_after_it():
    evs = events("طرد عشرات الدبلوماسيين الروس بعد اتهام بريطانيا روسيا بالتورط في تسميم الجاسوس.", "2018-03-30")
    assert ("ACCUSE", "United Kingdom", "Russia") in [(e[0], e[2], e[3]) for e in evs]


def test_a_plural_that_names_no_one_is_the_subject_and_the_name_after_the_object():
    evs = events("واتهمت دول غربية النظام السوري بشن الهجوم الكيميائي.", "2018-04-17")
    assert [(e[0], e[2], e[3]) for e in evs][:1] == [("ACCUSE", None, "Syria government")]
    evs = events("رحبت دول مجلس التعاون الخليجي بالاتفاق الذي أعلن في بكين.", "2023-03-11")
    assert [(e[0], e[2]) for e in evs][:1] == [("SUPPORT", "Gulf Cooperation Council")]


def test_kama_and_a_verb_go_on_with_the_subject_before():
    evs = events("وأعلنت الكويت عن قرار بطرد السفير الفلبيني لديها، كما استدعت سفيرها من الفلبين للتشاور.", "2018-04-25")
    assert [(e[0], e[2]) for e in evs] == [("SANCTION", "Kuwait"), ("SANCTION", "Kuwait")]


def test_who_undergoes_questioning_is_its_recipient():
    evs = events("وخضع رئيس الوزراء الإسرائيلي بنيامين نتنياهو للاستجواب من قبل الشرطة.", "2018-03-02")
    assert [(e[0], e[3]) for e in evs] == [("ACCUSE", "Benjamin Netanyahu")]


def test_interceptions_places_and_storms_are_no_events():
    assert types("أطلق الحوثيون 7 صواريخ باتجاه السعودية، حيث اعترضتها ودمرتها الدفاعات الجوية السعودية.", "2018-05-01") == ["ASSAULT"]
    assert types("أسقطت الدفاعات السورية طائرة إسرائيلية من طراز إف 16.", "2018-02-10") == ["ASSAULT"]
    assert types("استقبلت مراكز الاقتراع الناخبين العراقيين صباح السبت.", "2018-05-12") == []
    assert types("في حين تهدد العاصفة المدارية بيريل جزيرة بورتوريكو.", "2018-07-07") == []
    assert types("وقال نتنياهو في اجتماع حكومته الأسبوعي إن إسرائيل لن تسمح بذلك.", "2018-05-06") == []
    assert types("ونشر الجيش الإسرائيلي صورا التقطت بواسطة الأقمار الصناعية.", "2018-05-06") == []


def test_official_protests_are_accusations():
    evs = events("وقالت الخارجية إن المضايقات مستمرة رغم الاحتجاجات الرسمية المتكررة التي أصدرتها باكستان.", "2018-03-20")
    assert [(e[0], e[1]) for e in evs] == [("ACCUSE", "disapprove")]


def test_a_noun_with_a_pronoun_right_after_an_is_the_speakers():
    evs = events("كشف الرئيس الأميركي دونالد ترامب، اليوم الاثنين، أن محادثاته مع زعيم كوريا الشمالية كيم جونغ أون ستجري في مايو.", "2018-04-09")
    assert [(e[0], e[2], e[3]) for e in evs] == [("CONSULT", "Donald Trump", "Kim Jong Un")]


def test_representatives_of_a_group_act_for_it():
    evs = events("رفض ممثلون عن الجيش السوري الحر طلب الضباط الروس.", "2018-07-01")
    assert [(e[0], e[2]) for e in evs][:1] == [("REJECT", "Free Syrian Army")]


def test_no_event_has_one_entity_as_both_sides():
    text = 'وقال الصفدي في مؤتمر صحفي: "إن الأردن سيبقى سندا للعراق، ونحن ماضون في تنفيذ ما اتفقنا عليه في قمة القاهرة".'
    r = hadath.extract(text, published="2023-03-13")
    assert r.events and all(e.actor is None or e.actor != e.recipient for e in r.events)


def test_published_and_in_exchange_for_are_no_events():
    assert types("وضمان إصدار نتائج أعمال المجمع في نشريات دورية وضمان نشرها.", "2018-05-01") == []
    assert types("ونشرت وكالة الأنباء الإماراتية أن قوات التحالف استعادت السيطرة على المطار.", "2018-05-01") == []
    assert "CONSULT" not in types("وافق النواب على الخطة لقاء وعد من ماي بأنه ستكون لهم كلمتهم.", "2018-06-20")


def test_idioms_that_only_look_like_triggers():
    assert types("أفرجت السلطات عن الشابة بعد أن قضت ثمانية أشهر في السجن.", "2018-07-29") == ["RETREAT"]
    assert types("وقال إن الجيش مستعد إذا تطلب الأمر للرد على أي هجوم.", "2018-05-01") == []
    assert types('وأضاف "دعونا لا نخطئ. التنظيم سيفعل كل ما في وسعه".', "2018-05-01") == []
    assert types("وأوضح أن عددا منهم يقترب من الحدود بحثا عن الأمان.", "2018-05-01") == []
    assert "SUPPORT" not in types("ووقع الهجومان بالتزامن مع إعلان الرئيس الأفغاني وقف إطلاق النار.", "2018-06-16")
    assert "MOBILIZE" not in types("فجر انتحاري نفسه في حشد يضم عناصر من طالبان.", "2018-06-16")


def test_exercises_with_another_side_are_joint():
    # PLOVER: joint military exercises are COOPERATE, a single country's exercises MOBILIZE
    [e] = events("ألغت الولايات المتحدة مناورات عسكرية مع كوريا الجنوبية كانت مقررة الشهر المقبل.")
    assert e[0] == "COOPERATE" and e[2:4] == ("United States", "South Korea")
    assert types("تستمر المناورات الجوية بين اليابان وأستراليا حتى نهاية الأسبوع.") == ["COOPERATE"]
    assert types("أجرت إيران مناورات عسكرية واسعة في مضيق هرمز يوم الأحد.") == ["MOBILIZE"]


def test_attack_verb_after_its_noun_tells_what_it_hit():
    # the verb's subject is the attack told just before it: one attack, not a second one
    assert types("وشن الحوثيون سلسلة هجمات بالصواريخ البالستية استهدفت الأراضي السعودية.") == ["ASSAULT"]
    text = "وأعلنت الوزارة أن ثمانية من عناصر الحرس الوطني قتلوا في هجوم إرهابي استهدف دوريتهم."
    [e] = events(text, "2018-07-09")
    assert e[0] == "ASSAULT" and e[2] is None  # not the place or the patrol


def test_a_condemnation_is_not_done_by_whose_bullets_killed():
    [e] = [e for e in events("ندد أردوغان بقتل 16 فلسطينيا برصاص الجيش الإسرائيلي.") if e[0] == "ACCUSE"]
    assert e[2:4] == ("Recep Tayyip Erdogan", "Israel armed forces")


def test_a_vow_of_a_hostile_step_is_a_threat():
    assert types("وتعهد الرئيس بمقاضاة الصحيفة بعد نشر التقرير.") == ["THREATEN"]
    assert "THREATEN" in types("وتعهدت واشنطن برد قوي على الهجوم.")
    assert types("وتعهدت الحكومة باستخدام كل الوسائل المتاحة لتحسين الخدمات.") == ["AGREE"]


def test_killed_with_a_vague_count_are_the_victims():
    [e] = events("قتل عدد من قادة الحوثيين في غارة جوية للتحالف استهدفت مخزنا للأسلحة.", "2018-04-08")
    assert e[0] == "ASSAULT" and e[3] == "Houthis"


def test_present_tense_of_a_standing_state_is_no_event():
    assert types("وتستضيف ألمانيا أكثر من 650 ألف لاجئ سوري مسجلين لدى الأمم المتحدة.", "2018-05-01") == []
    assert types("وتنتشر قوات النظام في الريف الجنوبي الشرقي للمحافظة.", "2018-05-01") == []
    assert types("تستضيف القاهرة الأحد المقبل اجتماعا لوزراء الخارجية العرب.", "2018-05-01") == ["CONSULT"]


def test_the_party_of_the_actor_is_not_the_recipient():
    ev = [e for e in events('واتهمت النائبة أنالينا بيربوك من حزب "البيئة" المعارض حكومة ميركل بالتقصير.') if e[0] == "ACCUSE"]
    assert ev and ev[0][2:4] == ("Annalena Baerbock", "Angela Merkel")
    asked = [e for e in events("وطلبت النمسا من طهران الإفراج عن المعتقلين.") if e[0] == "REQUEST"]
    assert asked and asked[0][2:4] == ("Austria", "Tehran")  # the one asked, not the asker's party


def test_counted_members_of_a_quoted_group_act_for_it():
    ev = events('هاجم عشرات المسلحين من تنظيم "أنصار الدولة" نقاطا تابعة للجيش في مدينة العريش.')
    assert ev[0][0] == "ASSAULT" and ev[0][2] == "أنصار الدولة"


def test_a_quotation_opened_after_a_particle_keeps_its_subject():
    ev = events('وأفاد نشطاء بأن "قوات الأمن اقتحمت منزله في القاهرة فجر اليوم".', "2018-05-15")
    assert [(e[0], e[2]) for e in ev] == [("COERCE", "Egypt police")]


def test_a_siege_by_forces_is_repression_a_blockade_by_states_a_sanction():
    [e] = events("فرضت ميليشيات الحوثي حصارا على مدينة التحيتا بمحافظة الحديدة الجمعة.", "2018-07-13")
    assert e[:2] == ("COERCE", "restrict")
    blockade = events("وتشهد المنطقة أزمة بسبب الحصار الذي تفرضه السعودية والإمارات على قطر.", "2018-07-13")
    assert [e[:2] for e in blockade] == [("SANCTION", "discontinue")]


def test_a_phrase_split_by_its_subject_and_a_day():
    ev = events("نفذت الحكومة العراقية الجمعة حكم الإعدام بحق 12 مدانا بالإرهاب.", "2018-06-29")
    assert [(e[0], e[1], e[6]) for e in ev] == [("ASSAULT", "targeted", "نفذت")]  # an execution, not a sentence
    assert [e[0] for e in events("قطعت السعودية الاثنين علاقاتها مع كندا.", "2018-08-07")] == ["SANCTION"]


def test_a_fight_stopped_or_aimed_at_is_no_attack():
    # the firing a ceasefire stops, however it is worded, and "to fight", a purpose
    assert types('ووقع قادة الفصائل في جوبا اتفاقا لوقف "شامل" لإطلاق النار في الإقليم.', "2018-09-12") != ["ASSAULT"]
    assert "ASSAULT" not in types("احتفل السكان بوقف غير معهود لإطلاق النار في المدينة.", "2018-06-16")
    assert "ASSAULT" not in types("دعت الجامعة العربية إلى إيقاف القتال بين الجيش والمعارضة.", "2018-06-16")
    assert "ASSAULT" not in types("وأرسلت فرنسا جنودا إلى مالي لقتال الجماعات المتشددة.", "2018-06-16")
    assert types("اندلع القتال في طرابلس بين قوات الحكومة والمسلحين.", "2018-06-16") == ["ASSAULT"]
    [e] = events("وأعلن الرئيس الأفغاني وقفا غير مشروط لإطلاق النار مع طالبان.", "2018-06-08")
    assert e[0] == "CONCEDE" and e[3] == "Taliban"


def test_achieved_and_appealed_are_no_inquiry_or_stabbing():
    assert types("وأشاد الوزير بالتقدم الذي حققته الحكومة في ملف الطاقة.", "2018-05-01") == ["SUPPORT"]
    assert types("وحققت تونس فائضا تجاريا في الربع الأول من العام.", "2018-05-01") == []
    assert types("وقال محامي الحزب إنه سيطعن أمام القضاء في قرار الحل.", "2018-05-01") == []
    assert types("وكان القرار الذي طعنت عليه النقابة قد صدر في مارس.", "2018-05-01") == []
    assert types("وحققت النيابة العامة في الحادث مع ثلاثة موظفين.", "2018-05-01") == ["ACCUSE"]
    assert types("وطعن مهاجم شرطيا أمام مبنى البرلمان في لندن.", "2018-05-01") == ["ASSAULT"]


def test_a_noun_with_a_pronoun_has_its_object_after_it():
    ev = [e for e in events("وجدد الرئيس التركي رجب طيب أردوغان انتقاده الحكومة الهولندية.") if e[0] == "ACCUSE"]
    assert ev and ev[0][2:4] == ("Recep Tayyip Erdogan", "The Netherlands government")


def test_a_stance_told_by_its_genitive_and_lam():
    # انتقاد X لـ: X criticises; محاكمة X لمشاركته: X is tried (the pronoun points back to X)
    ev = [e for e in events("وأثار انتقاد ماكرون للسياسة الأمريكية ردود فعل واسعة.") if e[0] == "ACCUSE"]
    assert ev and ev[0][2] == "Emmanuel Macron"
    ev = [e for e in events("وبدأت محكمة في باريس محاكمة صالح عبد الكريم لمشاركته في الهجوم.") if e[0] == "ACCUSE"]
    assert ev and ev[0][2] is None and ev[0][3] == "صالح عبد الكريم"


def test_the_subject_after_a_pronoun_back_to_a_time_or_a_quote_mark():
    ev = events("في وقت أدانت فيه القاهرة الهجوم على الكنيسة، دعا البابا إلى الهدوء.", "2018-05-01")
    assert ("ACCUSE", "Cairo") in [(e[0], e[2]) for e in ev]
    ev = events('وقال بيان الوزارة إن "الأردن يدين بشدة قرار الحكومة الإسرائيلية".', "2018-05-01")
    assert [(e[0], e[2], e[3]) for e in ev] == [("ACCUSE", "Jordan", "Israel government")]


def test_arms_moved_sold_or_found_are_no_attack():
    assert types("وقالت مصادر إن طهران نقلت صواريخ باليستية إلى جماعات حليفة في سوريا.", "2018-09-01") == []
    assert "ASSAULT" not in types("وعثرت القوات الأمنية على مخزن يضم عبوات ناسفة في كركوك.", "2018-09-01")
    assert "ASSAULT" not in types("وتلقت الشرطة الفرنسية بلاغا بوجود قنبلة في محطة القطارات.", "2018-09-01")
    assert types("وأطلقت جماعة الحوثي صاروخا باليستيا على مدينة جازان السعودية.", "2018-09-01") == ["ASSAULT"]


def test_a_battle_in_court_or_at_the_polls_is_no_attack():
    assert types("ويخوض الحزب الحاكم معركة صعبة في الانتخابات البلدية المقبلة.", "2018-09-01") == []
    assert types("وبدأت الشركة معركتها القانونية ضد الحكومة الفرنسية.", "2018-09-01") == []
    assert types("ودارت معركة عنيفة بين الجيش العراقي وتنظيم داعش في الموصل.", "2018-09-01") == ["ASSAULT"]


def test_the_adjective_of_an_act_tells_whose_it_is():
    ev = [e for e in events("وأعرب الاتحاد الأوروبي عن أسفه لإعادة فرض العقوبات الأمريكية على طهران.", "2018-08-07")
          if e[0] == "SANCTION"]
    assert ev and ev[0][2] is None and ev[0][3] == "Tehran"  # the EU regrets; the act is America's
    ev = [e for e in events("وأكدت روسيا استعدادها للتعاون مع التحقيق البريطاني في الهجوم.", "2018-08-07")
          if e[0] == "COOPERATE"]
    assert ev and ev[0][2] == "Russia"  # the adjective of the phrase's object


def test_we_in_a_body_and_an_undergoer_set_off_by_commas():
    ev = events('وقال المتحدث "ندين في منظمة العفو الدولية هذا الاعتداء بأشد العبارات".', "2018-05-01")
    assert [(e[0], e[2]) for e in ev] == [("ACCUSE", "Amnesty International")]
    ev = events("واجه رئيس الوزراء البريطاني، بوريس جونسون، انتقادات حادة من المعارضة.", "2020-05-01")
    assert ev and ev[0][0] == "ACCUSE" and ev[0][3] == "Boris Johnson"


def test_a_stance_on_what_someone_said_is_towards_them():
    ev = events("ووجه وزير الخارجية الإيراني انتقادات لاذعة لتصريحات ولي العهد السعودي.", "2018-03-16")
    assert ev[0][0] == "ACCUSE" and ev[0][2] != ev[0][3] and ev[0][2] != "Mohammed bin Salman"


def test_a_release_announced_is_done_a_withdrawal_announced_a_concession():
    assert types("أعلنت السلطات الإيرانية الإفراج عن ثلاثة صحفيين أجانب.", "2018-05-01") == ["RETREAT"]
    assert types("أعلنت الحكومة الأسترالية سحب قواتها من العراق.", "2018-05-01") == ["CONCEDE"]


def test_a_participle_after_a_comma_belongs_to_the_last_verb():
    ev = events("وأعلنت بغداد أنها ستشتكي إلى مجلس الأمن، فيما ندد رئيس إقليم كردستان نيجيرفان بارزاني "
                'بالقصف الإيراني، واصفا إياه بأنه "جريمة".', "2018-09-10")
    accuse = [e for e in ev if e[0] == "ACCUSE"]
    assert accuse and all(e[2] != "Baghdad" for e in accuse if e[6] != "تشتكي")


def test_achieved_is_no_inquiry_and_commented_no_suspension():
    assert types("وحققت المغرب تفوقا واضحا على منافسيها في التصدير.", "2018-05-01") == []
    assert types("وقال الناطق إن السلطات الأردنية تحقق أيضا في ملابسات الحادث.", "2018-05-01") == ["ACCUSE"]
    ev = events("وعلق الرئيس الإيراني على قرار واشنطن الانسحاب من الاتفاق.", "2018-05-01")
    assert [e[6] for e in ev] == ["الانسحاب من الاتفاق"]  # Washington's withdrawal; علق "commented"
    assert types("وعلقت الحكومة الهولندية المساعدات المقدمة إلى الجماعات المسلحة.", "2018-05-01") == ["SANCTION"]


def test_a_threat_posed_is_a_danger_and_a_pledged_withdrawal_a_concession():
    assert types("ونوه الوزير بجهود مكافحة التهديد الذي يشكله تنظيم القاعدة في المنطقة.", "2018-05-01") == []
    assert types("وتعهدت الحكومة المغربية بسحب مشروع قانون الضرائب الجديد.", "2018-05-01") == ["CONCEDE"]


def test_a_politicians_attack_on_someone_in_words_is_an_accusation():
    ev = events("وكثف رئيس الوزراء الهندي ناريندرا مودي هجومه على زعيم المعارضة راهول غاندي.", "2018-05-01")
    assert [(e[0], e[2]) for e in ev] == [("ACCUSE", "Narendra Modi")]
    assert types("وأمر الرئيس الأمريكي دونالد ترامب بهجوم صاروخي على قاعدة الشعيرات.", "2018-05-01") == ["ASSAULT"]


def test_a_test_site_and_non_proliferation_are_names_not_acts():
    assert types("وشدد الوزير على أهمية معاهدة حظر الانتشار النووي.", "2018-05-25") == []
    assert types("وأعلنت بيونغيانغ تدمير موقع التجارب النووية في شمال البلاد.", "2018-05-25") == []
    assert types("وأجرت بيونغيانغ تجارب نووية جديدة في شمال البلاد.", "2018-05-25") == ["MOBILIZE"]


def test_a_person_before_an_unvoweled_passive_with_no_object_suffered_it():
    # قُتل، اُعتقل unvowelled: no object follows, so the person named before is the one it was done to
    ev = events("وكان الصحفي أحمد حسن قتل في غارة جوية على المدينة.", "2018-05-01")
    assert [(e[0], e[2], e[3]) for e in ev] == [("ASSAULT", None, "أحمد حسن")]
    ev = events("وتقول الشرطة إن الطبيب أحمد حسن اعتقل في القاهرة بفضل بلاغ.", "2018-05-01")
    assert [(e[0], e[2], e[3]) for e in ev] == [("COERCE", None, "أحمد حسن")]
    # an object after the verb (past a day) keeps the person as the one who acted
    ev = events("أحمد حسن قتل زوجته في القاهرة.", "2018-05-01")
    assert [(e[0], e[2]) for e in ev] == [("ASSAULT", "أحمد حسن")]


def test_a_name_in_quotation_marks_after_a_preposition_is_its_object():
    ev = events('أعلن الجيش الليبي الجمعة، القبض على "يحيى الأسطى عمر" مسؤول الملف الأمني في التنظيم.', "2018-06-08")
    assert [(e[0], e[2], e[3]) for e in ev] == [("COERCE", "Libya armed forces", "يحيى الأسطى عمر")]


def test_an_ambassador_recalled_from_a_country_has_it_as_recipient():
    ev = events("وقررت تركيا استدعاء سفيرها في إسرائيل للتشاور.", "2018-05-15")
    assert [(e[0], e[2], e[3]) for e in ev] == [("SANCTION", "Turkey", "Israel")]


def test_the_genitive_of_an_assassination_attempt_is_its_target():
    # محاولة اغتيال X كانت: the genitive is who was targeted, كانت goes on with the clause's verb
    ev = events("وأكدت المنظمة أن المادة المستخدمة في محاولة اغتيال دونالد ترامب كانت غازا.", "2018-05-01")
    assert [(e[0], e[2], e[3]) for e in ev] == [("ASSAULT", None, "Donald Trump")]


def test_an_attack_a_suspect_is_held_for_is_not_the_arresters():
    ev = events("أعلنت حركة حماس الخميس توقيف المشتبه به في محاولة اغتيال رئيس الحكومة الفلسطينية رامي الحمد الله.",
                "2018-03-22")
    attack = [e for e in ev if e[0] == "ASSAULT"]
    assert [(e[2], e[3]) for e in attack] == [(None, "Rami Hamdallah")]


def test_a_person_resigns_from_the_body_that_receives_the_resignation():
    ev = events("تلقت منظمة الشرطة الجنائية الدولية (الإنتربول) استقالة رئيسها الموقوف في الصين، مينغ هونغوي.", "2018-10-07")
    assert [(e[0], e[2], e[3]) for e in ev] == [("RETREAT", "مينغ هونغوي", "INTERPOL")]


def test_lakin_and_a_time_conjunction_open_a_clause_whose_verb_has_its_subject_after_it():
    ev = events("لكن وزير الخارجية الأمريكي مايك بومبيو هدد إيران بعقوبات جديدة.", "2018-05-21")
    assert [(e[0], e[2], e[3]) for e in ev] == [("THREATEN", "Mike Pompeo", "Iran")]
    ev = events("وجاء ذلك بعدما توعد رئيس الوزراء العراقي حيدر العبادي بالاقتصاص من المسلحين.", "2018-06-29")
    assert [(e[0], e[2]) for e in ev] == [("THREATEN", "Haider al-Abadi")]
    # بعدما اتهمت الدوحة بدعم: the accused, the subject goes on from the clause before
    ev = events("وقطعت السعودية علاقاتها مع قطر بعدما اتهمت الدوحة بدعم الإرهاب.", "2018-05-21")
    assert [(e[0], e[3]) for e in ev if e[0] == "ACCUSE"] == [("ACCUSE", "Doha")]


def test_a_name_after_a_prepositional_object_is_its_genitive_not_the_subject():
    ev = events("وأشاد وزير الخارجية القطري بترحيب السلطات السعودية بالحجاج.", "2018-07-22")
    assert [(e[0], e[3]) for e in ev] == [("SUPPORT", "Saudi Arabia government")]


def test_what_is_responded_to_and_what_is_talked_about_is_not_the_subjects_act():
    ev = events("ودعا رئيس الوزراء العراقي حيدر العبادي إلى الإسراع في تنفيذ الأحكام ردا على خطف وقتل 8 من عناصر الأمن.",
                "2018-06-29")
    assert [(e[0], e[2]) for e in ev if e[0] == "ASSAULT"] == [("ASSAULT", None)]
    ev = events("ونفى الكرملين وجود تواصل بين بوتين ونتنياهو بشأن الهجوم على مطار التيفور في سوريا.", "2018-04-09")
    assert [(e[0], e[2]) for e in ev] == [("ASSAULT", None)]


def test_a_strike_and_whom_it_killed_in_its_sentence_are_one_event():
    ev = events("ويأتي ذلك بعد أيام من غارة شنتها قوات التحالف على مدينة الحديدة الساحلية في اليمن، "
                "أسفرت عن مقتل القيادي الحوثي طه المداني.", "2018-04-28")
    assert [(e[0], e[3]) for e in ev] == [("ASSAULT", "طه المداني")]


def test_storm_deaths_a_former_student_sirens_and_published_photos_are_no_events():
    assert types("وقال المسؤول إن 34 شخصا على الأقل قتلوا عندما ضربت عواصف رعدية أنحاء الولاية.", "2018-05-14") == []
    assert types("ألقت الشرطة القبض على نيكولاس كروز، 19 عاما، طالب سابق في المدرسة.", "2018-02-15") == ["COERCE"]
    assert types("وقال الناطق إن الصافرات التي أطلقت شمالي إسرائيل ناتجة عن رصد قذائف.", "2018-05-01") == []
    assert types("وأظهرت صور نشرتها الصحافة المحلية والشرطة أشخاصا يغطيهم الرماد.", "2018-05-01") == []
    assert types("ويقول مؤيدو الاتفاق إنه ضروري لقطع الطريق أمام تحول إيران إلى دولة نووية.", "2018-05-01") == []
    # the demand, the rockets and the deployment themselves stay
    assert types("طالب الرئيس الفلسطيني المجتمع الدولي بالتدخل.", "2018-05-01") == ["REQUEST"]
    assert types("أطلقت حركة حماس عشرات الصواريخ على إسرائيل.", "2018-05-01") == ["ASSAULT"]
    assert types("نشرت السلطات دوريات الشرطة في الشوارع.", "2018-05-01") == ["MOBILIZE"]


def test_named_bodies_asked_anonymity_and_relating_to_are_no_acts():
    assert types("وقال أحد المقربين من ميركل طالبا عدم كشف هويته إن التحالف قد لا يصمد.", "2018-03-01") == []
    assert types("وتنظر محكمة أمن الدولة اسبوعيا في قضايا تتصل بالإرهاب.", "2018-03-01") == []
    assert types("وقال لاريجاني إن إيران ليست ملتزمة باحترام تعهداتها بموجب الاتفاق النووي.", "2018-05-09") == []
    assert types("وليس مؤتمر نزع السلاح هيئة من هيئات الأمم المتحدة.", "2018-05-28") == []
    assert types("اتصل الرئيس المصري بنظيره الفرنسي هاتفيا.", "2018-03-01") == ["CONSULT"]
    assert types("وتعهدت الحكومة بإجراء انتخابات مبكرة.", "2018-03-01") == ["AGREE"]


def test_a_monitor_or_an_agency_that_reports_an_attack_did_not_make_it():
    ev = events("وأفاد المرصد السوري لحقوق الإنسان بغارات جوية على مدينة درعا.", "2018-06-26")
    assert [(e[0], e[2]) for e in ev] == [("ASSAULT", None)]
    ev = events("وقالت وكالة الأنباء الفلسطينية إن الطائرات أطلقت صواريخ على حي الشجاعية.", "2018-06-26")
    assert [(e[0], e[2]) for e in ev] == [("ASSAULT", None)]
    # Interpol arrests; a rights group protests
    assert [e[2] for e in events("أعلن الإنتربول القبض على مطلوب في ماليزيا.", "2018-06-26")] == ["INTERPOL"]
    assert [e[2] for e in events("نظمت منظمة العفو الدولية وقفة احتجاجية أمام السفارة.", "2018-06-26")] == ["Amnesty International"]


def test_prison_sentences_are_convictions_and_a_court_that_excludes_convicts_no_one():
    ev = events("وفي يونيو 2013 عاقبت محكمة جنايات القاهرة خمسة متهمين بالحبس مع الشغل لمدة عامين.", "2018-03-01")
    assert [(e[0], e[1]) for e in ev] == [("SANCTION", "convict")]
    assert types("قضت محكمة العدل الأوروبية الثلاثاء باستثناء مياه الصحراء الغربية من اتفاق الصيد.", "2018-02-27") == []
    assert types("قضت محكمة مصرية بسجن الناشط خمس سنوات.", "2018-02-27") == ["SANCTION"]


def test_a_titled_name_after_anna_is_the_subject_of_the_verb_after_it():
    ev = events("أعلنت وزارة الخارجية الأمريكية أن الوزير مايك بومبيو سيزور إسرائيل الأسبوع المقبل.", "2018-10-16")
    assert [(e[0], e[2], e[3]) for e in ev] == [("CONSULT", "Mike Pompeo", "Israel")]


def test_interests_a_reconciliation_centre_and_an_area_of_operations_are_no_acts():
    assert types("مؤكدة أن الصين تعمل لحماية حقوقها ومصالحها المشروعة.", "2018-07-06") == []
    assert types("وكان المركز الروسي لمصالحة الأطراف المتحاربة في سوريا قد أصدر بيانا.", "2018-07-06") == []
    assert types("وزار القائد الوحدات العسكرية في منطقة العمليات العسكرية في اليمن.", "2018-07-06") == ["CONSULT"]
    assert types("نفذ العمال إضرابا عن العمل في المصانع.", "2018-07-06") == ["PROTEST"]


def test_a_word_inside_a_name_is_no_near_word():
    # لجنة العلاقات الخارجية: no ties suspended; علق ... على is "commented"
    assert types("علق السيناتور روبرت مينديز عضو لجنة العلاقات الخارجية بمجلس الشيوخ، عبر حسابه على تويتر، "
                 "على بيان المملكة.", "2018-10-20") == []
    assert types("علقت الحكومة الهولندية العلاقات مع تركيا.", "2018-10-20") == ["SANCTION"]


def test_claim_of_responsibility_names_the_attacker():
    lede = "قتل عشرة جنود في هجوم على قاعدة عسكرية جنوب الصومال أمس الأحد. "
    ev = [e for e in events(lede + "وأعلنت حركة الشباب مسؤوليتها عن الهجوم.") if e[0] == "ASSAULT"]
    assert len(ev) == 1 and ev[0][2] == "Al-Shabaab"
    # no one claimed it, or the group denies it: no attacker
    for claim in ("ولم تعلن أي جهة مسؤوليتها عن الهجوم.", "ونفت حركة الشباب مسؤوليتها عن الهجوم."):
        ev = [e for e in events(lede + claim) if e[0] == "ASSAULT"]
        assert len(ev) == 1 and ev[0][2] is None


def test_adopted_attack_names_the_attacker():
    ev = [e for e in events("انفجرت سيارة مفخخة في سوق شعبي ببغداد فقتلت 12 شخصا. "
                            "وتبنى تنظيم داعش التفجير في بيان نشره على الإنترنت.") if e[0] == "ASSAULT"]
    assert len(ev) == 1 and ev[0][2] == "Islamic State"


def test_who_repels_an_attack_is_its_target_and_who_foils_it_no_side():
    ev = [e for e in events("تصدى الجيش العراقي لهجوم واسع لتنظيم داعش على مواقعه غرب الأنبار.") if e[0] == "ASSAULT"]
    assert ev and ev[0][2:4] == ("Islamic State", "Iraq armed forces")
    ev = [e for e in events("أحبطت الشرطة الفرنسية هجوما إرهابيا كان يستهدف كنيسة في باريس.") if e[0] == "ASSAULT"]
    assert ev and ev[0][2:4] == (None, None)


def test_act_told_after_a_span_of_time_folds_into_its_earlier_telling():
    ev = events("ويأتي هذا الكلام بعد نحو أسبوعين من تلويح الرئيس السوري بشار الأسد باستخدام القوة لاستعادة مناطق "
                "في شمال البلاد. وبعد نحو أسبوعين من تلويح الرئيس السوري بشار الأسد باستخدام القوة، أعلن مجلس "
                "سوريا الديمقراطية استعداده للتفاوض مع دمشق.")
    assert [e[0] for e in ev].count("THREATEN") == 1


def test_a_title_holder_named_after_the_post_is_the_subject():
    # a title with the body or country of the post (لدى الأمم المتحدة، في الأمم المتحدة) before the name
    ev = [e for e in events("ودان نائب السفير البريطاني لدى الأمم المتحدة جوناثان آلانان استهداف "
                            "ميليشيات الحوثي لأهداف مدنية سعودية.") if e[0] == "ACCUSE"]
    assert ev and ev[0][2] == "جوناثان آلانان" and ev[0][3] is not None
    ev = [e for e in events("واتهمت السفيرة الأميركية في الأمم المتحدة نيكي هيلي في بيان روسيا بحماية "
                            "النظام الإيراني.", "2018-02-27") if e[0] == "ACCUSE"]
    assert ev and ev[0][2:4] == ("Nikki Haley", "Russia")


def test_a_count_of_named_ones_after_a_subject_that_names_no_one_is_the_object():
    ev = [e for e in events("قتلت القوات خمسة من الخبراء الحوثيين في الحديدة.") if e[0] == "ASSAULT"]
    assert ev and ev[0][2] is None and ev[0][3] == "Houthis"


def test_a_ceasefire_told_again_is_one_and_two_resignations_are_two():
    ev = events("أعلنت الحكومة الأفغانية وقفا لإطلاق النار مع حركة طالبان خلال عيد الفطر. "
                "وقال المتحدث إن وقف إطلاق النار سيبدأ يوم الثلاثاء.")
    assert [e[0] for e in ev].count("CONCEDE") == 1
    ev = events("استقال وزير الخارجية البريطاني بوريس جونسون من منصبه. "
                "وكان ديفيد ديفيس قد أعلن استقالته من الحكومة أمس.")
    assert [e[0] for e in ev].count("RETREAT") == 2


def test_a_definite_noun_retells_its_indefinite_telling():
    ev = events("ومن المقرر أن تعقد قمة بين ترامب وكيم في سنغافورة. "
                "وقال البيت الأبيض إن القمة ستركز على نزع السلاح النووي.", "2018-06-01")
    assert [e[0] for e in ev].count("CONSULT") == 1


def test_protesters_killed_or_arrested_make_no_riot():
    ev = events("وأدين القاضي بعد فضيحة مقتل ثلاثة متظاهرين تعرضوا للتعذيب في السجن.")
    assert "PROTEST" not in [e[0] for e in ev]


def test_relating_to_is_no_phone_call():
    assert "CONSULT" not in types("وقال إن الاتفاق لم يحل كل المشاكل التي تتصل بإيران.")


def test_a_sentence_that_says_again_what_an_earlier_one_said_retells_its_action():
    from hadath.events.merging import one_per_action, sentence_bags
    from hadath.schema import Event, Span
    from hadath.text import analyse_text
    text = ("قصفت مقاتلات روسية بلدة خان شيخون في ريف إدلب وقتلت 12 مدنيا. "
            "وقال المرصد إن مقاتلات روسية قصفت بلدة خان شيخون بريف إدلب وقتلت 12 مدنيا. "
            "وفي حلب قصفت مدفعية النظام أحياء المدينة الشرقية.")
    layers = analyse_text(text)
    s1, s2, s3 = layers.sentences
    # the rules read other sides and modes in each telling (say they did): nothing else ties them
    first = Event("ASSAULT", Span(0, 4), "aerial", actor="e1", sentence=s1)
    again = Event("ASSAULT", Span(s2.start + 25, s2.start + 29), "heavy-weapons", actor="e2", recipient="e3",
                  sentence=s2)
    other = Event("ASSAULT", Span(s3.start + 9, s3.start + 13), "heavy-weapons", actor="e4", sentence=s3)
    events = [first, again, other]
    words = {e.trigger.start: "قصف" for e in events}
    kept = one_per_action(events, {}, words, bags=sentence_bags(layers, events))
    assert [e.trigger for e in kept] == [first.trigger, other.trigger]


def test_who_imposed_a_sanction_named_after_it():
    # a verb of doing with the noun as its object pronoun, its subject after it (a capital too)
    evs = events("وقال أردوغان إن بلاده ستقاطع المنتجات الأمريكية ردا على عقوبات فرضتها واشنطن على أنقرة.", "2018-08-14")
    assert [(e[0], e[2], e[3]) for e in evs if e[0] == "SANCTION"] == [("SANCTION", "Washington", "Ankara")]
    # a passive participle and من: who imposed them, not the subject of the clause
    [e] = events("وتجاهلت الهند العقوبات المفروضة من الولايات المتحدة على إيران.", "2018-11-05")
    assert (e[0], e[2], e[3]) == ("SANCTION", "United States", "Iran")
    # a subject of its own, unnamed: not France's strikes
    evs = events("وأدانت فرنسا الضربات التي شنتها ثلاث دول على مواقع في اليمن.", "2018-11-05")
    assert [(e[0], e[2]) for e in evs if e[0] == "ASSAULT"] == [("ASSAULT", None)]


def test_an_act_on_the_part_of_someone():
    [e] = events("وتعرضت القافلة لهجوم من جانب مسلحين من حركة الشباب.", "2018-11-05")
    assert (e[0], e[2]) == ("ASSAULT", "Al-Shabaab")
    # far after the verb, the doer of what it is about
    evs = events("ونددت الخارجية بالقصف المتواصل من جانب إسرائيل على قطاع غزة.", "2018-11-05")
    assert [(e[0], e[2]) for e in evs if e[0] == "ACCUSE"] == [("ACCUSE", None)]


def test_a_long_title_set_off_by_commas_names_the_subject():
    [e] = events("وطالبت المفوضة الأوروبية للشؤون الخارجية، فيديريكا موغيريني، إيران باحترام الاتفاق.", "2018-11-05")
    assert (e[0], e[2], e[3]) == ("REQUEST", "Federica Mogherini", "Iran")
    [e] = events("ودعا المنسق الأممي للشؤون الإنسانية في اليمن، مارك لوكوك، الأطراف إلى وقف القتال.", "2018-11-05")
    assert (e[0], e[2], e[4]) == ("REQUEST", "Mark Lowcock", "Yemen")


def test_the_forces_of_whoever_speaks():
    [e] = events("وقال الجيش الأمريكي إن قواته قتلت قياديا في حركة الشباب بغارة جوية في الصومال.", "2018-11-05")
    assert (e[0], e[2], e[3], e[4]) == ("ASSAULT", "United States armed forces", "Al-Shabaab", "Somalia")  # not Somalia's strike
    [e] = events("وأكدت الحكومة الصومالية أن قواتها اعتقلت عشرة من عناصر حركة الشباب.", "2018-11-05")
    assert (e[0], e[2], e[3]) == ("COERCE", "Somalia government", "Al-Shabaab")  # a count after: still the forces' act


def test_an_attack_named_with_an_adjective_and_its_doer():
    # the deaths are the new attack's outcome; the group after ل did it
    [e] = events("وقتل خمسة مدنيين في هجوم جديد لتنظيم داعش على قرية في كركوك.", "2018-11-05")
    assert (e[0], e[2], e[6]) == ("ASSAULT", "Islamic State", "هجوم")
    # members of a group as the subject of the clause that tells the attack
    [e] = events("وقتل ثلاثة جنود أتراك في هجوم شنه مسلحون من حزب العمال الكردستاني.", "2018-11-05")
    assert (e[0], e[2]) == ("ASSAULT", "Kurdistan Workers' Party")


def test_protesting_crowds_and_a_protest_in_words():
    [e] = events("احتج مئات اللاجئين السوريين أمام مقر الأمم المتحدة في بيروت.", "2018-11-05")
    assert (e[0], e[4]) == ("PROTEST", "Beirut")
    [e] = events("واحتجت وزارة الخارجية الصينية على تصريحات وزير الدفاع الأمريكي.", "2018-11-05")
    assert (e[0], e[1]) == ("ACCUSE", "disapprove")  # PLOVER: a diplomatic protest


def test_the_building_before_which_a_crowd_stands_does_not_condemn():
    evs = events("تجمع المئات أمام السفارة الأمريكية في بغداد للتنديد بالغارة.", "2018-11-05")
    assert [e[0] for e in evs] == ["PROTEST"]  # the condemnation is the protest's own cause


def test_a_soldier_killed_by_a_sniper_suffered_it():
    [e] = events("قتل جندي إسرائيلي برصاص قناص فلسطيني على حدود غزة.", "2018-11-05")
    assert (e[0], e[2], e[3]) == ("ASSAULT", None, "Israel armed forces")
    # a cause written with its ب (بسبب) still tells the soldier died
    [e] = events("قتل جندي أمريكي بسبب انفجار عبوة ناسفة في بغداد.", "2018-11-05")
    assert (e[0], e[2]) == ("ASSAULT", None)


def test_a_signing_is_done_with_the_other_side():
    [e] = events("وقعت الإمارات وإسرائيل اتفاقية للتعاون في مجال الطاقة.", "2020-10-20")
    assert (e[0], e[2], e[3]) == ("SUPPORT", "United Arab Emirates", "Israel")
    [e] = events("ووقع الأردن مع مصر اتفاقا لتزويد الغاز.", "2020-10-20")
    assert (e[0], e[2], e[3]) == ("SUPPORT", "Jordan", "Egypt")


def test_a_seizure_told_by_a_form_no_adjective_shares():
    [e] = events("صادرت السلطات الإسرائيلية أراضي فلسطينية في الضفة الغربية.", "2020-10-20")
    assert (e[0], e[1], e[4]) == ("COERCE", "seize", "West Bank")
    assert events("وقال البيان الصادر عن الوزارة إن الاجتماع انتهى.", "2020-10-20") == []  # issued by


def test_a_verb_joined_by_wa_that_disagrees_with_the_name_after_it():
    # طالب (masculine) before ألمانيا (feminine): Germany is asked, the subject goes on; the
    # denial before belongs to another clause
    [e] = events("لكن سالفيني نفى ذلك في اليوم التالي وطالب ألمانيا بتقديم المزيد من التنازلات.", "2018-10-08")
    assert (e[0], e[2], e[3], e[5]) == ("REQUEST", "سالفيني", "Germany", [])
    [e] = events("وطالبت ألمانيا بتقديم المزيد من التنازلات.", "2018-10-08")
    assert (e[0], e[2]) == ("REQUEST", "Germany")  # agreeing: the subject
    [e] = events("وطالب العراق بانسحاب القوات التركية.", "2018-10-08")
    assert (e[0], e[2]) == ("REQUEST", "Iraq")  # a country named in the masculine


def test_a_meeting_after_a_verb_to_come():
    [e] = events("وأشار إلى أنه سيرسل وزير الخارجية للقاء الملك سلمان فورا.", "2018-10-15")
    assert (e[0], e[5]) == ("CONSULT", ["future"])
    [e] = events("وتحدث عن سياسة الحكومة في لقاء مع الصحفيين.", "2018-10-15")
    assert e[5] == []  # سياسة is no verb


def test_a_capital_before_a_relative_pronoun_acts():
    evs = events("وتشمل إجراءات الطرد تأييدا للندن التي تتهم موسكو بالوقوف وراء عملية التسميم.", "2018-03-27")
    assert ("ACCUSE", "London", "Moscow") in [(e[0], e[2], e[3]) for e in evs]


def test_welcoming_sanctions_is_support_upholding_a_sentence_sanctions():
    [e] = events("ورحبت السعودية بالعقوبات الأمريكية على إيران.", "2018-11-05")
    assert (e[0], e[2]) == ("SUPPORT", "Saudi Arabia")
    [e] = events("وأيدت محكمة الاستئناف حكما بالسجن عشر سنوات على الناشط.", "2018-11-05")
    assert (e[0], e[1]) == ("SANCTION", "convict")


def test_a_summit_named_by_its_city_and_what_it_comes_after():
    evs = events("كما واجه ترمب انتقادات في أعقاب قمة هلسنكي.", "2018-07-20")
    summit = next(e for e in evs if e[0] == "CONSULT")
    assert (summit[2], summit[4]) == ("Donald Trump", "Helsinki")  # the summit is not what he faced
    [e] = [e for e in events("وقال ماكرون إنه لن يسمح بترهيبه في قمة مجموعة السبع المرتقبة وسط نذر حرب تجارية "
                             "بين واشنطن وحلفائها.", "2018-06-07") if e[0] == "CONSULT"]
    assert (e[4], e[5]) == (None, ["future"])  # the sides of a dispute are not where; المرتقبة: to come
    [e] = events("وتدور اشتباكات حاليا بين بلدة أم المياذن ومدينة درعا.", "2018-07-08")
    assert (e[0], e[4]) == ("ASSAULT", "أم المياذن")  # clashes between two towns: where


def test_a_word_with_the_accusatives_tanween_names_no_place():
    r = hadath.extract("وصف كثيرون القمة بأنها احتضاناً مقلقاً لرجل روسيا القوي.", published="2018-07-20")
    assert [e.name for e in r.entities if e.type == "LOC"] == ["روسيا"]


def test_a_capital_after_a_noun_of_a_stance_or_an_arrest_does_it():
    [e] = [e for e in events("وسط خلاف بين واشنطن وأنقرة بشأن احتجاز أنقرة للقس الأميركي أندرو برانسون.", "2018-08-15")
           if e[0] == "COERCE"]
    assert (e[2], e[3]) == ("Ankara", "أندرو برانسون")
    [e] = events("وفي الأشهر الأخيرة توطدت العلاقات بين تايوان وواشنطن ما أثار استياء بكين.", "2018-08-25")
    assert (e[0], e[2]) == ("ACCUSE", "Beijing")
    # but the one asked, with ب after it
    [e] = events("وتصر واشنطن على مطالبة بيونغ يانغ بنزع السلاح النووي بشكل كامل.", "2018-08-25")
    assert (e[0], e[2], e[3]) == ("REQUEST", "Washington", "Pyongyang")


def test_backing_in_the_present_is_a_standing_stance_unless_said():
    assert types("واندلعت مواجهات بين تحالف عربي كردي تدعمه الولايات المتحدة وقوات النظام.", "2018-05-01") != ["SUPPORT"]
    assert "SUPPORT" not in types("وتدعم إيران الحوثيين في اليمن.", "2018-05-01")
    assert "SUPPORT" in types("وقالت المستشارة إن ألمانيا تدعم الاستثمارات الصينية.", "2018-05-01")
    assert "SUPPORT" in types("وقالت الخارجية الأمريكية: نحن ندعم حق شركائنا السعوديين في الدفاع عن حدودهم.", "2018-05-01")
