"""Access hazards of department sites, told apart from content before anything is parsed.

A department site that answers with a WAF status (412, 403, 521), a CDN/anti-bot challenge
page, an iframe shell or a list the browser builds with JavaScript has given us nothing to
parse: the walk records it per province as ``blocked`` or ``needs_browser`` and moves on.
Pure: status, headers and text in, a verdict out. The markers are the ones others' crawlers
met on these sites (province-sites.md, "Access hazards"): 湖北/甘肃 412 with Ruishu-style
cookies, 江苏's CDN challenge, 云南/陕西 iframe lists, 江西/浙江/贵州 JavaScript lists.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from models.outcomes import Wall
from scrapers.base.blocks import clean_text, soup_of

BLOCKED: Wall = "blocked"
NEEDS_BROWSER: Wall = "needs_browser"
WAF_STATUSES = {403: "HTTP 403 (WAF)", 412: "HTTP 412 (WAF)", 521: "HTTP 521 (anti-bot)"}
CHALLENGE_MARKERS = (
    "__jsl_clearance",  # 加速乐
    "acw_sc__v2",  # Alibaba Cloud WAF
    "_waf_",
    "yunsuo_session",
    "cf-chl",  # Cloudflare
    "challenge-platform",
    "4hP44ZykCTt5",  # Ruishu-style cookie pair (甘肃)
    "$_ts",  # Ruishu bootstrap
    "安全验证",
    "滑动验证",
    "人机验证",
    "访问验证",
)
SHELL_TEXT_CHARS = 200  # a page with less visible text than this and an iframe is a shell
# A JavaScript cookie challenge: a near-empty page whose script sets a cookie, then reloads or
# redirects (the 2025 Jiangxi site answered plain clients with such a ~1 KB page).
_SETS_COOKIE = re.compile(r"document\.cookie\s*=")
_RELOADS = re.compile(r"location\.(?:reload|replace|assign)\s*\(|location(?:\.href)?\s*=|\.submit\(\)")
_SCRIPT_LIST = re.compile(r"\$\.(?:ajax|get|post|getJSON)\(|XMLHttpRequest|fetch\(|axios\.|new Vue\(")


@dataclass(frozen=True, slots=True)
class Hazard:
    outcome: Wall
    reason: str


def access_hazard(status_code: int, headers: dict[str, str], text: str) -> Hazard | None:
    """A WAF status or a challenge page (any page kind), else None."""
    if status_code in WAF_STATUSES:
        return Hazard(BLOCKED, WAF_STATUSES[status_code])
    cookies = headers.get("set-cookie", "")
    marker = next((m for m in CHALLENGE_MARKERS if m in cookies or m in text[:20000]), None)
    if marker is not None and len(visible_text(text)) < SHELL_TEXT_CHARS * 5:
        return Hazard(BLOCKED, f"CDN/anti-bot challenge ({marker})")
    if _SETS_COOKIE.search(text) and _RELOADS.search(text) and len(visible_text(text)) < SHELL_TEXT_CHARS:
        return Hazard(NEEDS_BROWSER, "JavaScript cookie challenge (a script sets a cookie and reloads)")
    return None


def list_hazard(text: str, found_links: int) -> Hazard | None:
    """For a list page that yielded no links: an iframe shell or a JavaScript-built list."""
    if found_links:
        return None
    soup = soup_of(text)
    frame = soup.find("iframe", src=True)
    if frame is not None and len(visible_text(text)) < SHELL_TEXT_CHARS:
        return Hazard(NEEDS_BROWSER, f"iframe shell: list is in {frame['src']}")
    if frame is not None:
        return Hazard(NEEDS_BROWSER, f"list inside an iframe ({frame['src']})")
    scripts = " ".join(s.get_text() for s in soup.find_all("script"))
    if _SCRIPT_LIST.search(scripts):
        return Hazard(NEEDS_BROWSER, "list built by JavaScript (no links in the HTML)")
    return None


def visible_text(text: str) -> str:
    """The text a reader sees (scripts and styles dropped), whitespace-collapsed."""
    soup = soup_of(text)
    for tag in soup.find_all(["script", "style", "noscript"]):
        tag.decompose()
    return clean_text(soup.get_text(" "))
