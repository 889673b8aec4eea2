"""The end of a run: merge the ok parses per episode and load them all in one transaction.

The run's outcomes are read twice, one page at a time: once to group the ok parses by episode
(positions only), then chunk by chunk of ``LOAD_CHUNK`` episodes, whose copies are merged into
bundles and written (``warehouse.load.load_bundle_chunks``). So only one chunk's parses and
bundles are ever in memory, however many episodes the run saw; with ``flows.packing`` the rest
stay compressed.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterator, Sequence
from datetime import UTC, datetime

from flows.packing import pack_page, unpack_page
from flows.runtime import RunContext
from models.outcomes import PageOutcome
from models.records import EpisodeBundle, PageStatus, ParsedPage
from scrapers.merge import merge_parsed
from scrapers.parse import parse_page
from warehouse.archive import raw_pages_of
from warehouse.load import load_bundle_chunks
from warehouse.runs import copies_of

LOAD_CHUNK = 100  # episodes merged and written at a time, all in the run's one transaction


def load_outcomes(ctx: RunContext, outcomes: Sequence[PageOutcome]) -> Counter[str]:
    """Merge the ok parses per episode and load them all in one transaction."""
    groups: dict[str, list[int]] = defaultdict(list)  # episode key -> positions in ``outcomes``
    seen: set[str] = set()
    for i, o in enumerate(outcomes):
        if o.parsed is not None and o.parsed.status == PageStatus.OK and o.parsed.episode is not None:
            groups[o.parsed.episode.key].append(i)
            seen.add(o.url)
    stored: dict[str, list[bytes]] = defaultdict(list)
    for extra in _stored_copies(ctx, seen, set(groups)):
        if extra.episode is not None:
            stored[extra.episode.key].append(pack_page(extra))
    keys = sorted(groups.keys() | stored.keys())

    def bundles() -> Iterator[list[EpisodeBundle]]:
        for start in range(0, len(keys), LOAD_CHUNK):
            chunk = keys[start : start + LOAD_CHUNK]
            parsed = [outcomes[i].parsed for key in chunk for i in groups.get(key, ())]
            parsed += [unpack_page(blob) for key in chunk for blob in stored.get(key, ())]
            yield merge_parsed([p for p in parsed if p is not None], ctx.settings.priority)

    result = load_bundle_chunks(ctx.engine, bundles(), run_id=ctx.run_id, now=datetime.now(UTC))
    counts = Counter(result.values())
    return Counter(new=counts["new"], updated=counts["updated"], episodes=len(result))


def _stored_copies(ctx: RunContext, seen: set[str], keys: set[str]) -> Iterator[ParsedPage]:
    """Re-parse, from the archive, the known copies of this run's episodes that this run did not
    see (an incremental walk stops early), so the merge and its checks always cover every copy.
    Their bodies are read a batch (``[flow] batch_size``) at a time."""
    unseen = [(url, source, sha) for url, source, sha in copies_of(ctx.engine, keys) if url not in seen]
    size = max(ctx.settings.flow.batch_size, 1)
    with ctx.engine.connect() as conn:
        for start in range(0, len(unseen), size):
            batch = unseen[start : start + size]
            pages = {
                (p.requested_url, p.sha256): p for p in raw_pages_of(conn, [(u, sha) for u, _, sha in batch])
            }
            for url, source, sha in batch:
                page = pages.get((url, sha))
                if page is not None:
                    extra = parse_page(page, registry=ctx.registry, family=source)
                    if extra.status == PageStatus.OK:
                        yield extra
