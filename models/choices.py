"""Closed sets a command offers as choices, typed once here (a light module: the command line
reads them when it starts, before any stage is imported).

The CLI derives its choices from these types; the code it calls checks its arguments against the
same values (``get_args``), so a choice cannot be offered that the code refuses, or the reverse.
"""

from __future__ import annotations

from typing import Literal

CmsFamily = Literal["trs", "jcms", "json", "generic"]  # a department site's CMS (units.toml ``cms``)
EvalPart = Literal["all", "dev", "held-back"]  # a real set's parts (scrapers.extract.holdout)
