"""The base layer under every stage: text and URLs (pure).

``blocks`` (HTML element -> paragraphs, iteratively, depth-bounded), ``dates`` (China-time
parsing), ``normalize`` (scripts, OpenCC, noise repair that records its edits), ``titles`` (the
column's names, episode titles, the question label), ``urls`` (canonical keys, WeChat triples,
the MEE big5 gateway) and ``page`` (``PageDoc``: a page read once). Nothing here knows a stage.
"""
