"""The ``mee-interviews`` command line. Errors print as one clear line, never a traceback."""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Callable
from functools import wraps
from importlib import import_module
from pathlib import Path
from typing import Annotated, Any, TypeVar, get_args

import typer
from rich.console import Console
from rich.table import Table

from mee_interviews.cli_conventions import closed_pipe_exit, document_exit_codes, one_line, print_version
from mee_interviews.sql_output import SqlFormat
from models.choices import CmsFamily, EvalPart

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    help="Scrape, parse and warehouse the MEE 「厅局长请回答」 interviews.",
)
# Piped output (files, CI logs) is not cut to 80 columns, and piped error lines are never wrapped.
out = Console(highlight=False, width=None if sys.stdout.isatty() else 200)
err = Console(stderr=True, highlight=False, soft_wrap=not sys.stderr.isatty())

DbOption = Annotated[
    Path | None, typer.Option("--db", help="DuckDB file (default: settings warehouse.path).")
]
SettingsOption = Annotated[
    Path | None, typer.Option("--settings", help="A settings TOML merged over the defaults.")
]
VerboseOption = Annotated[bool, typer.Option("--verbose", "-v", help="Show Prefect's logs.")]
StrictOption = Annotated[
    bool, typer.Option("--strict", help="Exit 2 when the run is partial (failed 1, success 0).")
]
F = TypeVar("F", bound=Callable[..., Any])
DEBUG_ENV = "MEE_INTERVIEWS_DEBUG"  # set by --debug: tracebacks instead of one line


def _quiet_prefect(verbose: bool = False) -> None:
    """Analytics off, Prefect's own logs down to warnings: keep the run's output readable."""
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    os.environ.setdefault("DO_NOT_TRACK", "1")
    os.environ.setdefault("PREFECT_LOGGING_LEVEL", "INFO" if verbose else "WARNING")
    os.environ.setdefault("PREFECT_SERVER_LOGGING_LEVEL", "WARNING")


def one_line_errors(func: F) -> F:
    """Turn the errors a user can act on into ``error: …`` on stderr and exit code 1."""

    @wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except (typer.Exit, typer.BadParameter):
            raise
        except KeyboardInterrupt:
            err.print("interrupted")
            raise typer.Exit(130) from None
        except BrokenPipeError:
            # The reader went away (`| head`): stop quietly, like any Unix filter.
            raise typer.Exit(closed_pipe_exit()) from None
        except Exception as exc:  # the CLI boundary: everything becomes one line
            if os.environ.get(DEBUG_ENV):
                raise
            err.print("[bold red]error:[/] ", end="")
            err.print(one_line(exc), markup=False, soft_wrap=True)  # one line, even in a log
            raise typer.Exit(1) from None

    return wrapper  # type: ignore[return-value]


@app.callback()
def main_options(
    version: Annotated[
        bool,
        typer.Option("--version", help="Print the version and exit.", callback=print_version, is_eager=True),
    ] = False,
    debug: Annotated[
        bool, typer.Option("--debug", help="Show tracebacks (Prefect's and the CLI's) instead of one line.")
    ] = False,
) -> None:
    """Scrape, parse and warehouse the MEE 「厅局长请回答」 interviews."""
    if debug:
        os.environ[DEBUG_ENV] = "1"


def _db_path(db: Path | None, settings_path: Path | None = None, *, validate: bool = False) -> Path:
    """``--db``, else the settings' warehouse path. With ``validate`` (commands that start a
    flow) the settings are loaded even beside ``--db``: an invalid one fails in a second, as one
    line, instead of inside the flow after Prefect has started."""
    if db is not None and not validate:
        return db
    from models.settings_load import load_settings

    settings = load_settings(settings_path, env=dict(os.environ))
    return db if db is not None else settings.warehouse_path


def _exit_for_outcome(result: dict[str, Any], *, strict: bool) -> None:
    """Exit 1 for a failed run, 2 for a partial one with ``--strict`` (flows/outcome.py)."""
    from flows.outcome import exit_code

    code = exit_code(result.get("status", "success"), strict=strict)
    if code:
        raise typer.Exit(code)


def _doctor_db_path(db: Path | None, settings_path: Path | None) -> Path:
    """Like ``_db_path``, but invalid settings fall back to the default path: doctor lists them."""
    from models.settings import SettingsError
    from models.settings_load import load_settings

    try:
        return _db_path(db, settings_path)
    except SettingsError:
        return db if db is not None else load_settings(None, env={}).warehouse_path


def _run_flow(
    module: str, name: str, status: str, db_path: Path, settings: Path | None, *, verbose: bool, **params: Any
) -> dict[str, Any]:
    """Run the flow ``name`` of ``module`` on ``db_path`` with a Prefect API (``prefect_api``: the
    flow module is imported while a temporary server boots), Prefect's console quieted
    (``quiet_console``) and ``status`` shown on stderr meanwhile; returns the flow's result."""
    from mee_interviews.console_log import quiet_console
    from mee_interviews.prefect_setup import prefect_api

    with prefect_api(err.file, preload=module):
        flow = getattr(import_module(module), name)
        quiet_console(verbose=verbose, debug=bool(os.environ.get(DEBUG_ENV)))
        with err.status(status, spinner="dots"):
            result: dict[str, Any] = flow(
                db_path=str(db_path), settings_path=str(settings) if settings else None, **params
            )
    return result


@app.command()
@one_line_errors
def ingest(
    db: DbOption = None,
    live: Annotated[
        bool, typer.Option("--live", help="Fetch the real sites instead of the bundled sample.")
    ] = False,
    backfill: Annotated[
        bool, typer.Option("--backfill", help="With --live: crawl every listing page.")
    ] = False,
    settings: SettingsOption = None,
    verbose: VerboseOption = False,
    strict: StrictOption = False,
) -> None:
    """Run the Prefect ingest flow (bundled sample, offline, unless --live) and print a summary."""
    _quiet_prefect(verbose)
    from mee_interviews.commands import print_province_summary, require_network
    from models.outcomes import RunMode

    mode = (RunMode.BACKFILL if backfill else RunMode.LIVE) if live else RunMode.SAMPLE
    if live:
        require_network(settings)
    db_path = _db_path(db, settings, validate=True)
    status = f"ingesting ({mode}) into {db_path} …"
    result = _run_flow("flows.ingest", "ingest", status, db_path, settings, verbose=verbose, mode=mode.value)
    print_province_summary(out, db_path, result)
    _exit_for_outcome(result, strict=strict)


@app.command()
@one_line_errors
def bulletins(
    db: DbOption = None,
    settings: SettingsOption = None,
    verbose: VerboseOption = False,
    strict: StrictOption = False,
) -> None:
    """Crawl the configured 状况公报 entry points and load their figures as reference figures."""
    _quiet_prefect(verbose)
    from mee_interviews.commands import print_run_line, require_bulletin_entry_points

    require_bulletin_entry_points(settings)
    db_path = _db_path(db, settings, validate=True)
    status = f"reading bulletins into {db_path} …"
    result = _run_flow("flows.bulletins", "bulletins", status, db_path, settings, verbose=verbose)
    print_run_line(out, result)
    _exit_for_outcome(result, strict=strict)


@app.command()
@one_line_errors
def parse(
    path_or_url: Annotated[str, typer.Argument(help="An HTML or text file, or an http(s) URL.")],
    as_json: Annotated[bool, typer.Option("--json", help="Print the episode record as JSON.")] = True,
    settings: SettingsOption = None,
) -> None:
    """Parse one page (pure) and print its episode record; exits 3 when it is not an episode."""
    from mee_interviews.commands import parse_any

    record = parse_any(path_or_url, settings)
    out.print_json(json.dumps(record, ensure_ascii=False)) if sys.stdout.isatty() else print(
        json.dumps(record, ensure_ascii=False, indent=2)
    )
    if record["status"] != "ok":
        raise typer.Exit(3)


@app.command()
@one_line_errors
def sql(
    query: Annotated[
        str | None, typer.Argument(help="One SQL statement; `-` or none reads it from standard input.")
    ] = None,
    file: Annotated[Path | None, typer.Option("--file", "-f", help="Read the SQL from this file.")] = None,
    db: DbOption = None,
    fmt: Annotated[
        SqlFormat,
        typer.Option("--format", help="table (first --max-rows rows), or csv, json, jsonl (streamed)."),
    ] = "table",
    as_json: Annotated[bool, typer.Option("--json", help="Same as --format jsonl.")] = False,
    allow_multiple: Annotated[
        bool, typer.Option("--allow-multiple", help="Run several ;-separated statements in order.")
    ] = False,
    max_rows: Annotated[int, typer.Option("--max-rows", min=1, help="Rows a table shows.")] = 50,
) -> None:
    """Query the warehouse read-only: no writes, no files, no ATTACH, no extensions, one statement.

    While an ingest writes the warehouse, the latest snapshot answers (said on stderr).
    """
    from mee_interviews.sql_command import run_sql

    run_sql(
        read_sql(query, file),
        _db_path(db),
        fmt="jsonl" if as_json else fmt,
        allow_multiple=allow_multiple,
        max_rows=max_rows,
        out=out,
        err=err,
    )


def read_sql(query: str | None, file: Path | None) -> str:
    """The SQL from the argument, a file, or standard input (never a terminal: say what to do)."""
    if file is not None:
        return file.read_text(encoding="utf-8")
    if query is not None and query != "-":
        return query
    if sys.stdin.isatty():
        raise typer.BadParameter("give a query, --file PATH, or pipe SQL on standard input")
    return sys.stdin.read()


@app.command()
@one_line_errors
def reparse(
    db: DbOption = None,
    settings: SettingsOption = None,
    verbose: VerboseOption = False,
) -> None:
    """Parse every archived page again with the current parser (no network); rewrite changed episodes."""
    _quiet_prefect(verbose)
    db_path = _db_path(db, settings, validate=True)
    status = f"re-parsing the archive of {db_path} …"
    result = _run_flow("flows.reparse", "reparse", status, db_path, settings, verbose=verbose)
    out.print(
        f"run {result['run_id']} [bold]{result['status']}[/]: "
        + ", ".join(f"{k} {v}" for k, v in result.items() if k not in ("run_id", "status", "abandoned"))
    )
    if result.get("abandoned"):
        out.print(f"abandoned runs marked failed: {', '.join(result['abandoned'])} (their process ended)")


@app.command()
@one_line_errors
def extract(
    paths: Annotated[list[Path], typer.Argument(help="Text or HTML files, episode or not.")],
    as_json: Annotated[bool, typer.Option("--json", help="One JSON object per input line.")] = True,
) -> None:
    """Run the indicator extractor on any files; print {"path", "indicators", "claims"} per line."""
    from mee_interviews.commands import extract_file

    for path in paths:
        print(json.dumps(extract_file(path), ensure_ascii=False))


@app.command("eval")
@one_line_errors
def evaluate_cmd(
    real_set: Annotated[
        Path | None,
        typer.Option("--set", help="A set of real passages (id, text, expected[…]) to score instead."),
    ] = None,
    misses: Annotated[
        bool, typer.Option("--misses", help="Also list every miss and spurious figure.")
    ] = False,
    part: Annotated[
        str,
        typer.Option(
            "--part",
            help=f"With --set: {', '.join(get_args(EvalPart))} (dev: four fifths; held-back: a fifth by id hash).",
        ),
    ] = "all",
) -> None:
    """Precision, recall and F1 of the extractor, per code and overall (per script with --set)."""
    if real_set is None:
        from scrapers.extract import evaluate

        print(evaluate().format_table())
        return
    from scrapers.extract.holdout import part_named
    from scrapers.extract.real_eval import evaluate_real

    report = evaluate_real(real_set, part_named(part))
    print(report.format_table())
    if misses:
        print("\n".join(report.misses))


@app.command()
@one_line_errors
def export(
    parquet: Annotated[
        Path, typer.Option("--parquet", help="Directory for one Parquet file per table and view.")
    ],
    db: DbOption = None,
) -> None:
    """Export every table and view to Parquet, but v_raw_pages (read-only; a manifest lists row counts)."""
    from warehouse.export import export_parquet

    written = export_parquet(_db_path(db), parquet)
    out.print(f"wrote {len(written)} files to {parquet}")


@app.command()
@one_line_errors
def snapshot(db: DbOption = None) -> None:
    """Checkpoint the warehouse and copy it to <name>.snapshot.duckdb, which readers use while an
    ingest writes; skipped (exit 1, the last good snapshot kept) when the disk lacks room."""
    from warehouse.snapshot import make_snapshot

    snapshot = make_snapshot(_db_path(db))
    if not snapshot.written:
        raise RuntimeError(snapshot.note)
    out.print(snapshot.note, markup=False)


@app.command()
@one_line_errors
def report(
    out_file: Annotated[Path, typer.Option("--out", help="HTML file to write.")],
    db: DbOption = None,
) -> None:
    """Write a self-contained HTML report: pages per province and core indicator, claims, checks, runs."""
    from mee_interviews.report import write_report

    out.print(f"wrote {write_report(_db_path(db), out_file)}")


@app.command()
@one_line_errors
def doctor(db: DbOption = None, settings: SettingsOption = None) -> None:
    """Check schema version, raw archive integrity, configuration and the Prefect API; say what to do."""
    from mee_interviews.doctor import exit_code, format_findings, run_doctor

    findings = run_doctor(_doctor_db_path(db, settings), settings)
    out.print(format_findings(findings), markup=False)
    raise typer.Exit(exit_code(findings))


@app.command()
@one_line_errors
def scrapers(
    action: Annotated[
        list[str] | None,
        typer.Argument(help="`check [SLUG…]`: fetch each unit's entry points on the live site and report."),
    ] = None,
    record: Annotated[
        Path | None,
        typer.Option("--record", help="With check: save every page fetched, with a MANIFEST.toml."),
    ] = None,
    as_json: Annotated[
        bool, typer.Option("--json", help="One JSON object per unit (per entry point for check).")
    ] = False,
    db: DbOption = None,
    settings: SettingsOption = None,
) -> None:
    """Per unit: department domain, CMS family, entry points, fixtures, last crawl (articles listed /
    read / episodes). `scrapers check [SLUG…] [--record DIR]` tries the entry points on the live sites."""
    from mee_interviews.province_coverage import coverage_rows

    if action:
        if action[0] != "check":
            raise typer.BadParameter(f"unknown action {action[0]!r}; the one action is `check [SLUG…]`")
        from mee_interviews.commands import print_site_checks

        raise typer.Exit(print_site_checks(out, settings, action[1:], record=record, as_json=as_json))
    if record is not None:
        raise typer.BadParameter("--record goes with `scrapers check`")

    rows = coverage_rows(_db_path(db, settings))
    if as_json:
        out.print_json(data=rows)
        return
    table = Table(
        "slug", "name", "domain", "cms", "evidence", "module", "entry points", "fixtures", "last",
        "listed / read / episodes",
    )  # fmt: skip
    for r in rows:
        entries = f"{r['entry_points_confirmed']} confirmed / {r['entry_points_unconfirmed']} UNCONFIRMED"
        module = "yes" if r["module"] else "-"
        cells = (r["slug"], r["name"], r["domain"], r["cms"], r["evidence"], module, entries)
        listed = r["department_site_articles_listed"]
        walked = (
            "-"
            if listed is None
            else f"{listed} / {r['department_site_articles_read']} / {r['department_site_episodes']}"
        )
        table.add_row(*cells, str(r["fixtures"]), r["last_crawl"] or "-", walked)
    out.print(table)


@app.command("new-scraper")
@one_line_errors
def new_scraper(
    slug: Annotated[str, typer.Argument(help="Pinyin slug of a unit in scrapers/provinces/units.toml.")],
    family: Annotated[CmsFamily, typer.Option("--family", help="The unit's CMS family.")],
    module: Annotated[
        bool, typer.Option("--module", help="Also write scrapers/provinces/SLUG.py, for code no family has.")
    ] = False,
) -> None:
    """Scaffold a department site: its [unit.site] data, its test, a failing fixture stub (and a module)."""
    from mee_interviews.scaffold import scaffold_province

    for path in scaffold_province(slug, family=family, root=Path.cwd(), module=module):
        out.print(f"wrote {path}")


document_exit_codes(app)


def main() -> None:  # pragma: no cover - console entry point
    app()
