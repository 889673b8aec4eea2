"""The end of a run: merge the staged parses per episode and load them all in one transaction.

Every finished batch staged its parses as a load package (``warehouse.packages``). The load
reads the run's packages (and those of the killed runs it resumes) grouped by episode, a
package at a time, and merges and writes ``LOAD_CHUNK`` episodes at a time with
``warehouse.load.load_bundle_chunks``: one transaction for the whole run, which also records
the packages in ``load_packages``. Only one chunk's parses and bundles are ever in memory, however
many episodes the run saw; the writer puts each full row group into the file before the commit
(``warehouse.engine.WRITER_ROW_GROUP_ROWS``), so the commit does not grow with the run either.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator, Sequence
from datetime import UTC, datetime

from flows.packing import pack_page, unpack_page
from flows.parsing import loadable
from flows.runtime import RunContext
from flows.staging import stage_batch
from models.outcomes import PageOutcome, RunCounter, RunCounts
from models.records import EpisodeBundle, PageStatus, ParsedPage
from scrapers.merge import merge_parsed
from scrapers.parse import parse_page
from warehouse.archive import raw_pages_of
from warehouse.load import load_bundle_chunks
from warehouse.packages import (
    Package,
    StagedParse,
    episode_keys,
    grouped_parses,
    record_loaded,
    remove_run,
    staged_urls,
    write_package,
)
from warehouse.runs import copies_of

LOAD_CHUNK = 25  # episodes merged and written at a time, all in the run's one transaction
STORED = "stored"  # the package of known copies this run did not see (see ``_stored_copies``)


def load_outcomes(ctx: RunContext, outcomes: Sequence[PageOutcome]) -> RunCounts:
    """Stage ``outcomes`` as one package of the run and load it (scripts, tests and one-batch runs)."""
    batch = stage_batch(ctx, 0, [o for o in outcomes if loadable(o)], name="outcomes")
    return load_packages(ctx, [batch.package] if batch.package else [])


def load_packages(ctx: RunContext, packages: Sequence[Package]) -> RunCounts:
    """Merge the packages' parses per episode and load them all in one transaction; then the
    packages are recorded as loaded (same transaction) and removed."""
    keys = episode_keys(packages)
    extra = _stored_copies(ctx, staged_urls(packages), keys)
    every = [*packages, *([extra] if extra else [])]
    now = datetime.now(UTC)

    def bundles() -> Iterator[list[EpisodeBundle]]:
        chunk: list[ParsedPage] = []
        episodes = 0
        for group in grouped_parses(every):
            chunk += [unpack_page(blob) for blob in group]
            episodes += 1
            if episodes == LOAD_CHUNK:
                yield merge_parsed(chunk, ctx.settings.priority)
                chunk, episodes = [], 0
        if chunk:
            yield merge_parsed(chunk, ctx.settings.priority)

    result = load_bundle_chunks(
        ctx.engine,
        bundles(),
        run_id=ctx.run_id,
        now=now,
        finish=lambda conn: record_loaded(conn, every, loaded_run_id=ctx.run_id, now=now),
    )
    for run_id in sorted({p.run_id for p in every}):
        remove_run(ctx.staging, run_id)
    done = Counter(result.values())
    return RunCounts(
        {RunCounter.NEW: done["new"], RunCounter.UPDATED: done["updated"], RunCounter.EPISODES: len(result)}
    )


def _stored_copies(ctx: RunContext, seen: set[str], keys: set[str]) -> Package | None:
    """Re-parse, from the archive, the known copies of this run's episodes that this run did not
    see (an incremental walk stops early), so the merge and its checks always cover every copy;
    staged as one more package of the run. Their bodies are read a batch (``[flow] batch_size``)
    at a time."""
    unseen = [(url, source, sha) for url, source, sha in copies_of(ctx.engine, keys) if url not in seen]
    if not unseen:
        return None
    size = max(ctx.settings.flow.batch_size, 1)
    parses: list[StagedParse] = []
    with ctx.engine.connect() as conn:
        for start in range(0, len(unseen), size):
            batch = unseen[start : start + size]
            pages = {
                (p.requested_url, p.sha256): p for p in raw_pages_of(conn, [(u, sha) for u, _, sha in batch])
            }
            for url, source, sha in batch:
                page = pages.get((url, sha))
                if page is None:
                    continue
                extra = parse_page(page, registry=ctx.registry, family=source)
                if extra.status == PageStatus.OK and extra.episode is not None:
                    parses.append(StagedParse(extra.episode.key, url, pack_page(extra)))
    return write_package(ctx.staging, ctx.run_id, STORED, parses, []) if parses else None
