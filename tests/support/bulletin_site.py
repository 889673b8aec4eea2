"""A local bulletin site: the MEE's 中国生态环境状况公报 column and 江西's 环境状况公报 column, served
from tests/files/bulletins (pages the project wrote, see its MANIFEST.toml) on two FaultServers.

``env()`` points ``[sources.mee]`` and ``[provinces.jiangxi]`` (their base URLs and bulletin entry
points) at the servers and turns every department site's episode walk off, so a run stays on
127.0.0.1. Bulletin pages carry an ETag and answer 304 to a matching conditional GET; the PDF
link is never requested.
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from models.settings import Settings
from models.settings_load import load_settings
from tests.support.fault_server import FaultServer, Reply, conditional, robots_txt
from tests.support.offline import department_sites_off

FILES = Path(__file__).resolve().parents[1] / "files" / "bulletins"
MEE_LIST = "/hjzl/sthjzk/zghjzkgb/"
JIANGXI_LIST = "/jxssthjt/col/col42164/index.html"


def manifest() -> dict[str, dict[str, str]]:
    """The pages of tests/files/bulletins by file name, with their canonical URL and kind."""
    data = tomllib.loads((FILES / "MANIFEST.toml").read_text(encoding="utf-8"))
    return dict(data["page"])


@dataclass
class BulletinSite:
    mee: FaultServer
    jiangxi: FaultServer

    def env(self) -> dict[str, str]:
        """``MEE_INTERVIEWS__*`` variables pointing the two bulletin owners at this site."""
        return {
            "MEE_INTERVIEWS__SOURCES__MEE__BASE_URL": self.mee.base_url,
            "MEE_INTERVIEWS__SOURCES__MEE__ENTRY_POINTS": "[]",
            "MEE_INTERVIEWS__SOURCES__MEE__BULLETIN_ENTRY_POINTS": f'["{MEE_LIST}"]',
            "MEE_INTERVIEWS__PROVINCES__JIANGXI__BASE_URL": self.jiangxi.base_url,
            "MEE_INTERVIEWS__PROVINCES__JIANGXI__BULLETIN_ENTRY_POINTS": f'["{JIANGXI_LIST}"]',
            "MEE_INTERVIEWS__PROVINCES__JIANGXI__MIN_DELAY_SECONDS": "0.0",
            "MEE_INTERVIEWS__HTTP__MIN_DELAY_SECONDS": "0.0",
            "MEE_INTERVIEWS__HTTP__DELAY_JITTER_SECONDS": "0.0",
            "MEE_INTERVIEWS__HTTP__BACKOFF_BASE_SECONDS": "0.01",
            "MEE_INTERVIEWS__HTTP__READ_TIMEOUT_SECONDS": "2.0",
        } | department_sites_off()

    def settings(self) -> Settings:
        return load_settings(env=self.env())

    def serve(self, name: str, body: bytes | None = None, etag: str | None = None) -> None:
        """Route the page ``name`` of the manifest (or ``body`` in its place) at its path."""
        url = manifest()[name]["url"]
        server = self.mee if urlsplit(url).hostname == "www.mee.gov.cn" else self.jiangxi
        data = body if body is not None else (FILES / name).read_bytes()
        reply = Reply(headers={"Content-Type": "text/html; charset=utf-8"}, body=data)
        path = urlsplit(url).path
        server.route(path, conditional(reply, etag=etag) if etag else reply)
        if path.endswith("/"):
            server.route(path + "index.shtml", reply)


@contextmanager
def bulletin_site() -> Iterator[BulletinSite]:
    """Both hosts with every page of the manifest; bulletin pages with an ETag each."""
    with FaultServer() as mee, FaultServer() as jiangxi:
        site = BulletinSite(mee, jiangxi)
        for server in (mee, jiangxi):
            server.route("/robots.txt", robots_txt("User-agent: *\nDisallow: /private/\n"))
        for name, page in manifest().items():
            site.serve(name, etag=f'"{name}-v1"' if page["kind"] == "bulletin" else None)
        yield site
