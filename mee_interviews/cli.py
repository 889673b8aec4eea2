"""The ``mee-interviews`` command line. Errors print as one clear line, never a traceback."""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Callable
from functools import wraps
from pathlib import Path
from typing import Annotated, Any, TypeVar

import typer
from rich.console import Console
from rich.table import Table

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    help="Scrape, parse and warehouse the MEE 「厅局长请回答」 interviews.",
)
# Piped output (files, CI logs) is not cut to 80 columns.
out = Console(highlight=False, width=None if sys.stdout.isatty() else 200)
err = Console(stderr=True, highlight=False)

DbOption = Annotated[
    Path | None, typer.Option("--db", help="DuckDB file (default: settings warehouse.path).")
]
SettingsOption = Annotated[
    Path | None, typer.Option("--settings", help="A settings TOML merged over the defaults.")
]
F = TypeVar("F", bound=Callable[..., Any])


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
        except typer.Exit:
            raise
        except KeyboardInterrupt:
            err.print("interrupted")
            raise typer.Exit(130) from None
        except Exception as exc:  # the CLI boundary: everything becomes one line
            if os.environ.get("MEE_INTERVIEWS_DEBUG"):
                raise
            message = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
            err.print(f"[bold red]error:[/] {message}", soft_wrap=True)  # one line, even in a log
            raise typer.Exit(1) from None

    return wrapper  # type: ignore[return-value]


def _db_path(db: Path | None, settings_path: Path | None = None) -> Path:
    if db is not None:
        return db
    from mee_interviews.settings import load_settings

    return load_settings(settings_path, env=dict(os.environ)).warehouse_path


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
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="Show Prefect's logs.")] = False,
) -> None:
    """Run the Prefect ingest flow (bundled sample, offline, unless --live) and print a summary."""
    _quiet_prefect(verbose)
    from mee_interviews.commands import print_province_summary, require_network
    from mee_interviews.prefect_setup import prefect_api

    mode = ("backfill" if backfill else "live") if live else "sample"
    if live:
        require_network(settings)
    db_path = _db_path(db, settings)
    with prefect_api(err.file, preload="flows.ingest"):
        from flows.ingest import ingest as ingest_flow

        with err.status(f"ingesting ({mode}) into {db_path} …", spinner="dots"):
            result = ingest_flow(
                db_path=str(db_path), mode=mode, settings_path=str(settings) if settings else None
            )
    print_province_summary(out, db_path, result)


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
    query: Annotated[str, typer.Argument(help="A SQL query; the warehouse opens read-only.")],
    db: DbOption = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print rows as JSON lines.")] = False,
) -> None:
    """Run a read-only query against the warehouse and print the result as a table."""
    from warehouse.query import run_readonly

    result = run_readonly(_db_path(db), query)
    if as_json:
        for row in result.rows:
            print(json.dumps(dict(zip(result.columns, row, strict=True)), ensure_ascii=False, default=str))
        return
    table = Table(show_lines=False)
    for name in result.columns:
        table.add_column(name, overflow="fold")
    for row in result.rows:
        table.add_row(*("" if v is None else str(v) for v in row))
    out.print(table)
    note = " (from the latest snapshot: an ingest is writing the warehouse)" if result.from_snapshot else ""
    err.print(f"{len(result.rows)} row(s){note}")


@app.command()
@one_line_errors
def reparse(
    db: DbOption = None,
    settings: SettingsOption = None,
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="Show Prefect's logs.")] = False,
) -> None:
    """Parse every archived page again with the current parser (no network); rewrite changed episodes."""
    _quiet_prefect(verbose)
    from mee_interviews.prefect_setup import prefect_api

    db_path = _db_path(db, settings)
    with prefect_api(err.file, preload="flows.reparse"):
        from flows.reparse import reparse as reparse_flow

        with err.status(f"re-parsing the archive of {db_path} …", spinner="dots"):
            result = reparse_flow(db_path=str(db_path), settings_path=str(settings) if settings else None)
    out.print(
        f"run {result['run_id']} [bold]{result['status']}[/]: "
        + ", ".join(f"{k} {v}" for k, v in result.items() if k not in ("run_id", "status"))
    )


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
def evaluate_cmd() -> None:
    """Precision, recall and F1 of the extractor on the labelled set, per code and overall."""
    from scrapers.extract import evaluate

    print(evaluate().format_table())


@app.command()
@one_line_errors
def export(
    parquet: Annotated[
        Path, typer.Option("--parquet", help="Directory for one Parquet file per table and view.")
    ],
    db: DbOption = None,
) -> None:
    """Export every table and view to Parquet (read-only; a manifest lists row counts)."""
    from warehouse.export import export_parquet

    written = export_parquet(_db_path(db), parquet)
    out.print(f"wrote {len(written)} files to {parquet}")


@app.command()
@one_line_errors
def snapshot(db: DbOption = None) -> None:
    """Copy the warehouse to <name>.snapshot.duckdb, which readers use while an ingest writes."""
    from warehouse.export import make_snapshot

    out.print(f"wrote {make_snapshot(_db_path(db))}")


@app.command()
@one_line_errors
def report(
    out_file: Annotated[Path, typer.Option("--out", help="HTML file to write.")],
    db: DbOption = None,
) -> None:
    """Write a self-contained HTML report: coverage, core indicators by province, quotes and sources."""
    from mee_interviews.report_html import write_report

    out.print(f"wrote {write_report(_db_path(db), out_file)}")


@app.command()
@one_line_errors
def doctor(db: DbOption = None, settings: SettingsOption = None) -> None:
    """Check schema version, raw archive integrity, configuration and the Prefect API; say what to do."""
    from mee_interviews.doctor import exit_code, format_findings, run_doctor

    findings = run_doctor(_db_path(db, settings), settings)
    out.print(format_findings(findings), markup=False)
    raise typer.Exit(exit_code(findings))


@app.command()
@one_line_errors
def scrapers() -> None:
    """List every registered province with its code, region and sources."""
    from scrapers.provinces import default_registry

    table = Table("slug", "name", "code", "region", "department", "sources")
    for s in default_registry():
        table.add_row(s.slug, s.name, s.code, s.region, s.department, ", ".join(s.sources))
    out.print(table)


@app.command("new-scraper")
@one_line_errors
def new_scraper(
    slug: Annotated[str, typer.Argument(help="Pinyin slug, also the module name.")],
    name: Annotated[str, typer.Option("--name", help="Full Chinese name, e.g. 江西省.")],
    short_name: Annotated[str, typer.Option("--short-name", help="Short name, e.g. 江西.")],
    code: Annotated[str, typer.Option("--code", help="GB/T 2260 code, e.g. 360000.")],
    region: Annotated[str, typer.Option("--region", help="东部, 中部, 西部 or 东北.")],
    department: Annotated[str, typer.Option("--department", help="e.g. 江西省生态环境厅.")],
    example_url: Annotated[str | None, typer.Option("--example-url", help="An episode URL.")] = None,
) -> None:
    """Scaffold a province: its module, its test and a fixture stub (see docs/adding-a-province.md)."""
    from scrapers.scaffold import scaffold_province

    written = scaffold_province(
        slug,
        name=name,
        short_name=short_name,
        code=code,
        region=region,
        department=department,
        root=Path.cwd(),
        example_url=example_url,
    )
    for path in written:
        out.print(f"wrote {path}")


def main() -> None:  # pragma: no cover - console entry point
    app()
