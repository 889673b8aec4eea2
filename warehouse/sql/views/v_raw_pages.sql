-- Grain: one row per archived response (requested_url, sha256), as raw_pages, with its body.
-- The body is joined back from its raw_bodies parts by a correlated subquery, which DuckDB
-- evaluates only for the hashes of the rows a query keeps: filter on requested_url, source or
-- kind and only those bodies are read.
SELECT
    p.requested_url,
    p.sha256,
    p.final_url,
    p.status_code,
    p.headers_json,
    p.encoding,
    p.source,
    p.kind,
    p.fetched_at,
    p.run_id,
    coalesce(
        (
            SELECT list_reduce(list(b.data ORDER BY b.part), lambda x, y: x || y)
            FROM raw_bodies AS b
            WHERE b.sha256 = p.sha256
        ),
        ''::BLOB
    ) AS body
FROM raw_pages AS p
