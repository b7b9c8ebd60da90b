"""Reading articles: text files, JSONL files (also gzipped) and stdin, in the encodings of
Arabic archives, with a clear error for anything that is not an article.

File-level problems (missing, binary, undecodable) raise InputError. Inside a JSONL file each
line is read on its own: a line that is not a JSON object is a `BadLine` (the caller stops or
skips it), a record that is not a valid article is a `BadArticle` (it gets an error record).
"""
from __future__ import annotations

import codecs
import gzip
import io
import json
import os
import sys
from dataclasses import dataclass
from typing import Any, BinaryIO, Iterator

from hadath.errors import InputError

__all__ = ["Article", "BadArticle", "BadLine", "decode", "read_articles"]

_SNIFF = 1 << 16


@dataclass(frozen=True)
class Article:
    id: str | None
    text: str
    published: Any = None
    title: str | None = None
    source: str | None = None
    url: str | None = None
    line: int | None = None
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True)
class BadArticle:
    """A record that names an article but cannot be processed: it gets an error record."""

    id: str | None
    line: int | None
    code: str
    message: str


@dataclass(frozen=True)
class BadLine:
    """A JSONL line that is not a JSON object: the batch stops here unless told to skip."""

    line: int
    message: str


def _utf16_order(data: bytes) -> str | None:
    """'utf-16-le' or 'utf-16-be' where the bytes look like BOM-less UTF-16 Arabic or Latin
    text (every other byte 0x00 or 0x06, the high bytes of Latin and Arabic code points)."""
    if len(data) < 4 or len(data) % 2:
        return None
    for order, high in (("utf-16-le", data[1::2]), ("utf-16-be", data[0::2])):
        if sum(b in (0, 6) for b in high) >= 0.9 * len(high):
            return order
    return None


def _looks_binary(text: str) -> bool:
    controls = sum(1 for ch in text if ch < " " and ch not in "\t\n\r\f\v")
    return controls > max(2, len(text) // 200)


def decode(data: bytes, *, where: str, encoding: str | None = None) -> tuple[str, str | None]:
    """Bytes to text: UTF-8 (with or without BOM), UTF-16 (BOM, or detected), else
    Windows-1256 where that gives Arabic text. Returns the text and a note naming the
    encoding where it was not UTF-8. Raises InputError for binary or undecodable data."""
    if encoding:
        try:
            return data.decode(encoding), None
        except (UnicodeDecodeError, LookupError) as exc:
            raise InputError(f"{where}: cannot decode as {encoding}: {exc}", code="bad_encoding") from None
    if data.startswith(codecs.BOM_UTF8):
        data = data[3:]
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _checked(data, "utf-16", where), "decoded as UTF-16"
    elif b"\x00" in data[:_SNIFF] and (order := _utf16_order(data[:_SNIFF])):
        return _checked(data, order, where), "decoded as UTF-16"
    if b"\x00" in data:
        raise InputError(f"{where}: binary data (NUL bytes), not text", code="binary")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = data.decode("cp1256", errors="replace")
        non_ascii = [ch for ch in text if ord(ch) > 127]
        arabic = sum(1 for ch in non_ascii if "\u0621" <= ch <= "\u064a")
        if not non_ascii or arabic < 0.5 * len(non_ascii) or "\ufffd" in text:
            raise InputError(f"{where}: not UTF-8, UTF-16 or Windows-1256 text "
                             f"(give the encoding with --encoding)", code="bad_encoding") from None
        return _not_binary(text, where), "decoded as Windows-1256"
    return _not_binary(text, where), None


def _checked(data: bytes, encoding: str, where: str) -> str:
    try:
        return _not_binary(data.decode(encoding), where)
    except UnicodeDecodeError as exc:
        raise InputError(f"{where}: broken {encoding.upper()} text: {exc.reason}", code="bad_encoding") from None


def _not_binary(text: str, where: str) -> str:
    if _looks_binary(text[:_SNIFF]):
        raise InputError(f"{where}: binary data (control characters), not text", code="binary")
    return text.lstrip("\ufeff")


def _open(path: str) -> tuple[BinaryIO, str]:
    if path == "-":
        return sys.stdin.buffer, "stdin"
    if not os.path.exists(path):
        raise InputError(f"no such file: {path}", code="missing_file")
    if os.path.isdir(path):
        raise InputError(f"{path} is a folder, not a file", code="missing_file")
    try:
        return open(path, "rb"), path
    except OSError as exc:
        raise InputError(f"cannot open {path}: {exc.strerror}", code="missing_file") from None


def _format(path: str, head: bytes) -> str:
    name = path.lower().removesuffix(".gz")
    if name.endswith((".jsonl", ".ndjson")):
        return "jsonl"
    if name.endswith(".txt"):
        return "text"
    return "jsonl" if head.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"{") else "text"


def read_articles(path: str, *, input_format: str = "auto", encoding: str | None = None,
                  id: str | None = None, published: Any = None,
                  max_bytes: int | None = None) -> Iterator[Article | BadArticle | BadLine]:
    """The articles of a text file (one article), a JSONL file (one per line) or stdin ('-').

    The file is opened and its format detected at once, so that a missing or unreadable file
    raises InputError here, before any output. For a text file, `id` (default: the file name)
    describes the article; `published` is its date, or the default date of JSONL records
    that have none. `max_bytes` refuses a text file larger than that before reading it whole."""
    raw, where = _open(path)
    try:
        stream = raw if hasattr(raw, "peek") else io.BufferedReader(raw)
        head = stream.peek(_SNIFF)[:_SNIFF]
        if head[:2] == b"\x1f\x8b":
            stream = io.BufferedReader(gzip.GzipFile(fileobj=stream))
            head = stream.peek(_SNIFF)[:_SNIFF]
    except (OSError, EOFError) as exc:
        _close(raw)
        raise InputError(f"{where}: cannot read: {exc}", code="unreadable") from None
    fmt = _format(path, head) if input_format == "auto" else input_format
    return _read(raw, stream, head, fmt, where, encoding, id or _default_id(path), published, max_bytes)


def _default_id(path: str) -> str:
    return "stdin" if path == "-" else os.path.basename(path)


def _close(raw: BinaryIO) -> None:
    if raw is not sys.stdin.buffer:
        raw.close()


def _read(raw, stream, head, fmt, where, encoding, name, published, max_bytes):
    try:
        utf16 = head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) or _utf16_order(head)
        if fmt == "jsonl" and not utf16:
            yield from _jsonl_records(_decoded_lines(stream, where, encoding), where, published)
            return
        data = stream.read(max_bytes + 1 if max_bytes else -1)
        if max_bytes and len(data) > max_bytes:
            raise InputError(f"{where}: over {max_bytes:,} bytes, too long for one article "
                             f"(raise the limit with --max-chars)", code="too_long")
        text, note = decode(data, where=where, encoding=encoding)
        if fmt == "jsonl":  # a UTF-16 JSONL file, decoded whole
            yield from _jsonl_records(((n, (line, note)) for n, line in enumerate(text.splitlines(), 1)),
                                      where, published)
            return
        yield Article(name, text, published, warnings=(note,) if note else ())
    except (OSError, EOFError) as exc:  # gzip.BadGzipFile is an OSError
        raise InputError(f"{where}: cannot read: {exc}", code="unreadable") from None
    finally:
        _close(raw)


def _decoded_lines(stream: BinaryIO, where: str, encoding: str | None):
    """(line number, (text, note)) for each line, or (line number, InputError) for a line that
    cannot be decoded: that line only, since the rest of the file may be fine."""
    for n, line in enumerate(stream, 1):
        try:
            yield n, decode(line, where=f"{where} line {n}", encoding=encoding)
        except InputError as exc:
            yield n, exc


def _jsonl_records(lines, where: str, published: Any):
    for n, item in lines:
        if isinstance(item, InputError):
            yield BadLine(n, str(item))
            continue
        text, note = item[0].rstrip("\r\n"), item[1]
        if not text.strip():
            continue  # blank lines separate nothing and are no articles
        try:
            record = json.loads(text)
        except json.JSONDecodeError as exc:
            yield BadLine(n, f"{where} line {n}: not valid JSON ({exc.msg} at column {exc.colno})")
            continue
        if not isinstance(record, dict):
            yield BadLine(n, f"{where} line {n}: expected a JSON object, got {type(record).__name__}")
            continue
        yield _article(record, n, note, published)


def _article(record: dict, n: int, note: str | None, published: Any) -> Article | BadArticle:
    rid = record.get("id")
    rid = str(rid) if rid is not None else None
    warnings = [note] if note else []
    if rid is None:
        rid = f"line-{n}"
        warnings.append(f"no id: named {rid} after its line")
    text = record.get("text")
    if not isinstance(text, str):
        got = "no text" if text is None else f"text of type {type(text).__name__}"
        return BadArticle(rid, n, "bad_text", f"line {n}: {got}; expected a string")
    meta = {k: record.get(k) for k in ("title", "source", "url")}
    for k, v in meta.items():
        if v is not None and not isinstance(v, str):
            meta[k] = str(v)
    when = record["published"] if record.get("published") is not None else published
    return Article(rid, text, when, line=n, warnings=tuple(warnings), **meta)
