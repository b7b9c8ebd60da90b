import gzip
import io
import json
import subprocess
import sys

import pytest

from hadath.cli import main

ARTICLE = "أعلنت وزارة الصحة في بيروت، الأحد، ارتفاع عدد المصابين إلى 40 شخصا."


def run(capsys, *args):
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def lines(out):
    return [json.loads(x) for x in out.splitlines() if x.strip()]


def write_jsonl(path, records):
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return path


def test_text_file_with_published_and_id(tmp_path, capsys):
    f = tmp_path / "a.txt"
    f.write_text(ARTICLE, encoding="utf-8")
    code, out, err = run(capsys, "extract", str(f), "--published", "2020-08-09", "--id", "beirut")
    [r] = lines(out)
    assert code == 0 and err == ""
    assert r["id"] == "beirut" and r["reference_date"] == "2020-08-09"
    assert r["text_length"] == len(ARTICLE)


def test_jsonl_in_jsonl_out_keeps_ids_and_order(tmp_path, capsys):
    f = write_jsonl(tmp_path / "in.jsonl", [{"id": f"n{i}", "text": ARTICLE, "published": "2020-08-09T10:00:00Z",
                                            "title": "عنوان", "source": "test", "url": None} for i in range(3)])
    out_file = tmp_path / "out.jsonl"
    code, _, _ = run(capsys, "extract", str(f), "-o", str(out_file))
    rs = lines(out_file.read_text(encoding="utf-8"))
    assert code == 0
    assert [r["id"] for r in rs] == ["n0", "n1", "n2"]
    assert rs[0]["title"] == "عنوان" and rs[0]["source"] == "test"


def test_gzipped_jsonl(tmp_path, capsys):
    f = tmp_path / "in.jsonl.gz"
    f.write_bytes(gzip.compress(json.dumps({"id": "g", "text": ARTICLE}, ensure_ascii=False).encode()))
    code, out, _ = run(capsys, "extract", str(f))
    assert code == 0 and lines(out)[0]["id"] == "g"


def test_stdin_and_layers(monkeypatch, capsys):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(ARTICLE.encode("utf-8"))))
    code, out, _ = run(capsys, "extract", "-", "--layers", "sentences,tokens")
    [r] = lines(out)
    assert code == 0 and r["id"] == "stdin"
    assert len(r["sentences"]) == 1 and r["tokens"][0]["norm"] == "اعلنت"


@pytest.mark.parametrize("fmt,indent", [("json", False), ("pretty", True)])
def test_one_document_formats(tmp_path, capsys, fmt, indent):
    f = write_jsonl(tmp_path / "in.jsonl", [{"id": "a", "text": ARTICLE}, {"id": "b", "text": ARTICLE}])
    code, out, _ = run(capsys, "extract", str(f), "--format", fmt)
    doc = json.loads(out)
    assert code == 0 and [r["id"] for r in doc] == ["a", "b"]
    assert ("\n  " in out) == indent


# --- bad input: a one-line error, a non-zero exit, never a traceback, never a lost article

def test_missing_file(capsys):
    code, out, err = run(capsys, "extract", "/no/such/file.jsonl")
    assert code == 2 and out == ""
    assert err.strip() == "hadath: error: no such file: /no/such/file.jsonl"


def test_empty_file(tmp_path, capsys):
    f = tmp_path / "empty.txt"
    f.write_bytes(b"")
    code, out, err = run(capsys, "extract", str(f))
    assert code == 1
    assert lines(out) == [{"id": "empty.txt", "line": None, "error": {"code": "empty_text", "message": "text is empty"}}]
    assert "text is empty" in err


def test_binary_file(tmp_path, capsys):
    f = tmp_path / "photo.jpg"
    f.write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01" + bytes(range(256)) * 4)
    code, out, err = run(capsys, "extract", str(f))
    assert code == 2 and out == ""
    assert "binary" in err and err.count("\n") == 1


def test_windows_1256_is_detected_and_decoded(tmp_path, capsys):
    f = tmp_path / "archive.txt"
    f.write_bytes(ARTICLE.encode("cp1256"))
    code, out, _ = run(capsys, "extract", str(f))
    [r] = lines(out)
    assert code == 0 and r["text_length"] == len(ARTICLE)
    assert r["warnings"] == ["decoded as Windows-1256"]


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be"])
def test_utf16_is_detected_and_decoded(tmp_path, capsys, encoding):
    f = tmp_path / "u.txt"
    f.write_bytes(ARTICLE.encode(encoding))
    code, out, _ = run(capsys, "extract", str(f))
    [r] = lines(out)
    assert code == 0 and r["text_length"] == len(ARTICLE)


def test_undecodable_text_is_refused(tmp_path, capsys):
    f = tmp_path / "latin.txt"
    f.write_bytes("Ça coûte très cher, répète-t-il.".encode("latin-1"))
    code, out, err = run(capsys, "extract", str(f))
    assert code == 2 and "not UTF-8, UTF-16 or Windows-1256" in err
    code, out, _ = run(capsys, "extract", str(f), "--encoding", "latin-1")
    assert code == 0 and lines(out)[0]["text_length"] == 32


def test_malformed_jsonl_line_stops_with_its_number(tmp_path, capsys):
    f = tmp_path / "in.jsonl"
    f.write_text('{"id": "a", "text": "نص أول."}\n{"id": "b", "text": \n{"id": "c", "text": "نص ثالث."}\n',
                 encoding="utf-8")
    code, out, err = run(capsys, "extract", str(f))
    assert code == 2
    assert [r["id"] for r in lines(out)] == ["a"]  # what came before is written
    assert "line 2: not valid JSON" in err and "--skip-bad" in err


def test_skip_bad_goes_on_and_records_the_line(tmp_path, capsys):
    f = tmp_path / "in.jsonl"
    f.write_text('{"id": "a", "text": "نص أول."}\n{"id": "b", "text": \n[1, 2]\n\n{"id": "c", "text": "نص ثالث."}\n',
                 encoding="utf-8")
    code, out, err = run(capsys, "extract", str(f), "--skip-bad")
    rs = lines(out)
    assert code == 1
    assert [(r["id"], r.get("line")) for r in rs] == [("a", None), (None, 2), (None, 3), ("c", None)]
    assert rs[1]["error"]["code"] == "bad_line"
    assert "extracted 2 of 4 articles; 2 got error records" in err


def test_bad_articles_get_error_records_and_the_rest_go_on(tmp_path, capsys):
    f = write_jsonl(tmp_path / "in.jsonl", [
        {"id": "ok1", "text": ARTICLE}, {"id": "empty", "text": "   "}, {"id": "notext"},
        {"id": "baddate", "text": ARTICLE, "published": "الأحد الماضي"}, {"id": 7, "text": ARTICLE},
        {"text": ARTICLE}])
    code, out, err = run(capsys, "extract", str(f))
    rs = lines(out)
    assert code == 1
    assert [r["id"] for r in rs] == ["ok1", "empty", "notext", "baddate", "7", "line-6"]
    assert [r["error"]["code"] for r in rs if "error" in r] == ["empty_text", "bad_text", "bad_published"]
    assert rs[5]["warnings"] == ["no id: named line-6 after its line"]
    assert err.count("\n") == 4  # three errors and the summary


def test_a_20_mb_article_is_refused_with_the_limit(tmp_path, capsys):
    big = "كلمة عربية طويلة " * 1_200_000  # 20.4 million characters
    f = tmp_path / "big.txt"
    f.write_text(big, encoding="utf-8")
    code, out, err = run(capsys, "extract", str(f))
    assert code == 2 and "too long" in err and "--max-chars" in err
    g = write_jsonl(tmp_path / "big.jsonl", [{"id": "big", "text": big}, {"id": "small", "text": ARTICLE}])
    code, out, err = run(capsys, "extract", str(g))
    rs = lines(out)
    assert code == 1 and [r["id"] for r in rs] == ["big", "small"]
    assert rs[0]["error"]["code"] == "too_long"


def test_unwritable_output(tmp_path, capsys):
    f = tmp_path / "a.txt"
    f.write_text(ARTICLE, encoding="utf-8")
    code, _, err = run(capsys, "extract", str(f), "-o", str(tmp_path / "no" / "dir" / "out.jsonl"))
    assert code == 2 and err.startswith("hadath: error: cannot write")


def test_unknown_layer(tmp_path, capsys):
    f = tmp_path / "a.txt"
    f.write_text(ARTICLE, encoding="utf-8")
    code, _, err = run(capsys, "extract", str(f), "--layers", "entities")
    assert code == 2 and "unknown layer 'entities'" in err


def test_demo_summarises_the_shipped_example(capsys):
    code, out, err = run(capsys, "demo")
    assert code == 0 and "entities" in out.splitlines()[0]
    assert "Amman [JOR]: عمّان" in out and "Ayman Safadi [JOR GOV]: أيمن الصفدي, الصفدي / وزير الخارجية الأردني" in out


def test_demo_json(capsys):
    code, out, err = run(capsys, "demo", "--json")
    r = json.loads(out)
    assert code == 0 and r["id"] == "hadath-example-amman-baghdad"
    assert r["reference_date"] == "2023-03-13" and len(r["sentences"]) >= 8


def test_console_script_runs_without_traceback(tmp_path):
    proc = subprocess.run([sys.executable, "-m", "hadath", "extract", str(tmp_path / "none.txt")],
                          capture_output=True, text=True)
    assert proc.returncode == 2
    assert "Traceback" not in proc.stderr and proc.stderr.startswith("hadath: error:")
