"""The `hadath` command: `hadath extract`, `hadath demo`.

Exit codes: 0 every article extracted; 1 done, but some articles got error records (or bad
lines were skipped); 2 stopped: bad usage, an unreadable input, or a malformed JSONL line
without --skip-bad. Errors are one line on stderr, never a traceback (unless --debug).
"""
from __future__ import annotations

import argparse
import json
import sys
from importlib import resources
from typing import Any, TextIO

from hadath import __version__
from hadath.errors import HadathError, InputError

EXIT_OK, EXIT_PARTIAL, EXIT_STOPPED = 0, 1, 2


def _parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(prog="hadath", description="Structured event data from Arabic news.")
    ap.add_argument("--version", action="version", version=f"hadath {__version__}")
    sub = ap.add_subparsers(dest="command", required=True, metavar="COMMAND")

    ex = sub.add_parser("extract", help="extract from a text file, a JSONL file of articles, or stdin")
    ex.add_argument("input", help="a text file (one article), a JSONL file (.jsonl, .jsonl.gz), or - for stdin")
    ex.add_argument("-o", "--output", default="-", help="where to write (default: stdout)")
    ex.add_argument("--format", choices=("jsonl", "json", "pretty", "plover"), default="jsonl",
                    help="jsonl: one result per line (default); json/pretty: one JSON array; "
                         "plover: one PLOVER event record per line")
    ex.add_argument("--input-format", choices=("auto", "text", "jsonl"), default="auto",
                    help="auto: by file name (.jsonl/.ndjson/.txt), else by the first character")
    ex.add_argument("--encoding", help="the input's encoding, where detection is not wanted")
    ex.add_argument("--published",
                    help="publication date (ISO 8601) of a text-file article, or of JSONL records without one")
    ex.add_argument("--id", help="id of a text-file article (default: the file name)")
    ex.add_argument("--layers", default="",
                    help="text layers to add to each result: paragraphs,sentences,tokens")
    ex.add_argument("--skip-bad", action="store_true",
                    help="on a malformed JSONL line, write an error record and go on (else stop)")
    ex.add_argument("--max-chars", type=int, default=None,
                    help="longest article accepted, in characters (default 1,000,000; 0: no limit)")
    ex.add_argument("--min-confidence", type=_share, default=None, metavar="P",
                    help="leave out events whose confidence is below P (0 to 1; 0: all events; default: "
                         "0.3 in a text of more than one sentence, all events in a text of one)")
    ex.add_argument("-v", "--verbose", action="store_true", help="say how long loading took")
    ex.add_argument("--debug", action="store_true", help="show tracebacks of internal errors")

    demo = sub.add_parser("demo", help="run on the example article that ships with hadath")
    demo.add_argument("--json", action="store_true", help="print the result as JSON instead of a summary")
    demo.add_argument("--layers", default="sentences", help="text layers in the JSON (default: sentences)")
    return ap


def _share(value: str) -> float:
    """A number from 0 to 1, else a usage error."""
    try:
        p = float(value)
    except ValueError:
        p = -1.0
    if not 0 <= p <= 1:
        raise argparse.ArgumentTypeError(f"expected a number from 0 to 1, got {value!r}")
    return p


def _layers(value: str) -> tuple[str, ...]:
    from hadath.schema import TEXT_LAYERS

    names = tuple(x.strip() for x in value.split(",") if x.strip())
    unknown = [n for n in names if n not in TEXT_LAYERS]
    if unknown:
        raise InputError(f"--layers: unknown layer {unknown[0]!r}; choose from {', '.join(TEXT_LAYERS)}")
    return names


class _Writer:
    """Writes results as they come (jsonl) or as one array at the end (json, pretty)."""

    def __init__(self, out: TextIO, fmt: str):
        self.out, self.fmt, self.items = out, fmt, []

    def write(self, record: dict[str, Any]) -> None:
        if self.fmt in ("jsonl", "plover"):
            self.out.write(json.dumps(record, ensure_ascii=False) + "\n")
        else:
            self.items.append(record)

    def close(self) -> None:
        if self.fmt in ("json", "pretty"):
            indent = 2 if self.fmt == "pretty" else None
            self.out.write(json.dumps(self.items, ensure_ascii=False, indent=indent) + "\n")
        self.out.flush()


def _extract(args) -> int:
    from hadath.inputs import Article, BadArticle, BadLine, read_articles
    from hadath.events.plover import to_plover
    from hadath.pipeline import DEFAULT_MAX_CHARS, default_pipeline, extract
    from hadath.schema import ErrorRecord

    layers = _layers(args.layers)
    max_chars = DEFAULT_MAX_CHARS if args.max_chars is None else args.max_chars
    articles = read_articles(args.input, input_format=args.input_format, encoding=args.encoding,
                             id=args.id, published=args.published,
                             max_bytes=4 * max_chars if max_chars else None)
    loaded = default_pipeline().load()
    if args.verbose:
        print("hadath: loaded " + ", ".join(f"{k} in {v:.0f} ms" for k, v in loaded.items()), file=sys.stderr)
    try:
        out = sys.stdout if args.output == "-" else open(args.output, "w", encoding="utf-8")
    except OSError as exc:
        raise InputError(f"cannot write {args.output}: {exc.strerror}", code="unwritable") from None
    writer, failed, done = _Writer(out, args.format), 0, 0
    try:
        for item in articles:
            if isinstance(item, BadLine):
                if not args.skip_bad:
                    raise InputError(f"{item.message}; stopped (use --skip-bad to go on)", code="bad_line")
                item = BadArticle(None, item.line, "bad_line", item.message)
            if isinstance(item, Article):
                try:
                    result = extract(item.text, published=item.published, id=item.id, title=item.title,
                                     source=item.source, url=item.url, max_chars=max_chars or None,
                                     min_confidence=args.min_confidence)
                except HadathError as exc:
                    item = BadArticle(item.id, item.line, exc.code, str(exc))
                except Exception as exc:  # a bug must not cost the rest of the batch
                    if args.debug:
                        raise
                    item = BadArticle(item.id, item.line, "internal_error", f"{type(exc).__name__}: {exc}")
                else:
                    if args.format == "plover":
                        for record in to_plover(result, item.text):
                            writer.write(record)
                    else:
                        record = result.to_dict(layers=layers)
                        if item.warnings:
                            record["warnings"] = [*item.warnings, *record["warnings"]]
                        writer.write(record)
                    done += 1
                    continue
            failed += 1
            if item.id is None:  # a bad line: its message says where
                print(f"hadath: {item.message}", file=sys.stderr)
            else:
                where = f" (line {item.line})" if item.line else ""
                print(f"hadath: article {item.id}{where}: {item.message}", file=sys.stderr)
            writer.write(ErrorRecord(item.id, item.code, item.message, item.line).to_dict())
    finally:
        writer.close()
        if out is not sys.stdout:
            out.close()
    if failed:
        print(f"hadath: extracted {done} of {done + failed} articles; {failed} got error records",
              file=sys.stderr)
    return EXIT_PARTIAL if failed else EXIT_OK


def _demo(args) -> int:
    from hadath.pipeline import extract

    example = json.loads(resources.files("hadath.data").joinpath("example.json").read_text("utf-8"))
    result = extract(example["text"], published=example["published"], id=example["id"],
                     title=example.get("title"), source=example.get("source"))
    print(f"hadath {__version__}: the example article {example['id']!r} "
          f"({len(example['text'])} characters, published {example['published']})", file=sys.stderr, flush=True)
    if args.json:
        print(json.dumps(result.to_dict(layers=_layers(args.layers)), ensure_ascii=False, indent=2))
    else:
        print(_summary(result, example["text"]))
    return EXIT_OK


def _summary(result, text: str) -> str:
    """A readable account of a result: what `hadath demo` shows."""
    lines = [f"{len(result.sentences)} sentences, {len(result.tokens)} tokens, {len(result.entities)} entities, "
             f"{len(result.events)} events (in {sum(result.timings_ms.values()):.0f} ms). Entities:"]
    for e in result.entities:
        code = " ".join(x for x in (e.country, e.sector) if x)
        written = ", ".join(dict.fromkeys(text[m.start:m.end] for m in e.mentions))
        nominals = ", ".join(dict.fromkeys(text[m.start:m.end] for m in e.nominals))
        lines.append(f"  {e.id:4} {e.type:4} {e.name_en or '?'} [{code or '-'}]: {written or '-'}"
                     + (f" / {nominals}" if nominals else ""))
    names = {e.id: e.name_en or e.name for e in result.entities}
    lines.append(f"{len(result.events)} events:")
    for ev in result.events:
        aux = f" ({', '.join(ev.aux)})" if ev.aux else ""
        lines.append(f"  {ev.type}{'/' + ev.mode if ev.mode else ''}{aux} «{text[ev.trigger.start:ev.trigger.end]}»: "
                     f"{names.get(ev.actor, '?')} → {names.get(ev.recipient, '-')}"
                     + (f" in {names[ev.location]}" if ev.location in names else "")
                     + (f" on {ev.date}" if ev.date else ""))
    lines.append(f"{len(result.quotes)} quotes ({result.sourcing.get('named', 0)} named, "
                 f"{result.sourcing.get('anonymous', 0)} anonymous):")
    for q in result.quotes:
        who = "anonymous" if q.anonymous else names.get(q.speaker, "?")
        content = text[q.content.start:q.content.end]
        lines.append(f"  {who}: {'«' if q.direct else ''}{content[:70]}{'…' if len(content) > 70 else ''}"
                     f"{'»' if q.direct else ''}")
    lines.append(f"{len(result.times)} time expressions: "
                 + ", ".join(f"{text[t.start:t.end]} = {t.value}" for t in result.times))
    lines.append("(hadath demo --json prints the full result)")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        return _extract(args) if args.command == "extract" else _demo(args)
    except HadathError as exc:
        print(f"hadath: error: {exc}", file=sys.stderr)
        return EXIT_STOPPED
    except KeyboardInterrupt:
        print("hadath: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:  # `hadath extract ... | head`: the reader left, not an error of ours
        sys.stderr.close()
        return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
