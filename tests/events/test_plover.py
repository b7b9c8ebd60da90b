import json

import hadath
from hadath.cli import main
from hadath.events.plover import to_plover

TEXT = "فرضت الولايات المتحدة عقوبات جديدة على إيران في واشنطن."


def test_plover_records_carry_the_manual_fields():
    r = hadath.extract(TEXT, published="2019-05-08", id="a7")
    [rec] = to_plover(r, TEXT)
    assert rec["id"] == "a7-1" and rec["date"] == "2019-05-08"
    assert rec["event"] == ["SANCTION"] and rec["quad_code"] == 3
    assert rec["actor"][0]["code"] == "USA" and rec["actor"][0]["identifier_text"] == "United States"
    assert rec["recipient"][0]["code"] == "IRN"
    assert rec["event_text"] == [TEXT[r.events[0].trigger.start:r.events[0].trigger.end]]
    assert rec["text"] == TEXT


def test_cli_writes_one_plover_record_per_event(tmp_path, capsys):
    f = tmp_path / "a.jsonl"
    f.write_text(json.dumps({"id": "x", "text": TEXT, "published": "2019-05-08"}, ensure_ascii=False) + "\n",
                 encoding="utf-8")
    assert main(["extract", str(f), "--format", "plover"]) == 0
    lines = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    assert [x["event"] for x in lines] == [["SANCTION"]]
