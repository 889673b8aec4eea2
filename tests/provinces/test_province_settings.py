"""[provinces.<slug>] settings: defaults, the environment override, and their checks."""

from importlib import resources
from pathlib import Path

import pytest

from models.settings import SettingsError
from models.settings_load import load_settings
from scrapers.provinces import UnknownProvinceError, default_registry, load_registry
from scrapers.provinces.sites import ProvinceSiteError, crawl_sites
from tests.provinces.support import NEW_UNIT_ROW


def _enabled(tmp_path: Path, slug: str, host: str) -> Path:
    """A settings file enabling one department site."""
    path = tmp_path / "s.toml"
    path.write_text(
        f'[provinces.{slug}]\ncanonical_host = "{host}"\nbase_url = "https://{host}"\n'
        "entry_points = []\nenabled = true\nmin_delay_seconds = 1.0\n",
        encoding="utf-8",
    )
    return path


def test_only_the_documented_sites_are_enabled_by_default_and_each_default_host_is_the_tables():
    settings = load_settings()
    assert [p.slug for p in settings.provinces if p.enabled] == ["jiangxi", "qinghai"]
    registry = default_registry()
    for conf in settings.provinces:
        unit = registry.get(conf.slug)
        assert unit.site is not None and conf.canonical_host == unit.domain
        assert conf.base_url == f"https://{unit.domain}"


def test_every_province_module_has_its_settings_section():
    configured = {p.slug for p in load_settings().provinces}
    assert configured == {u.slug for u in default_registry() if u.site is not None}


def test_an_environment_variable_points_one_site_at_a_local_server_and_the_client_may_fetch_it():
    settings = load_settings(env={"MEE_INTERVIEWS__PROVINCES__JIANGXI__BASE_URL": "http://127.0.0.1:8099"})
    [jiangxi] = [s for s in crawl_sites(settings, default_registry()) if s.slug == "jiangxi"]
    assert jiangxi.entry_urls("厅局长请回答")[0] == (
        "http://127.0.0.1:8099/jxssthjt/col/col42066/index.html?uid=380055&pageNum=1"
    )
    assert "127.0.0.1:8099" in settings.allowed_hosts


def test_a_disabled_site_is_neither_crawled_nor_fetchable():
    settings = load_settings(env={"MEE_INTERVIEWS__PROVINCES__QINGHAI__ENABLED": "false"})
    assert "qinghai" not in [s.slug for s in crawl_sites(settings, default_registry())]
    assert "sthjt.qinghai.gov.cn" not in settings.allowed_hosts


def test_the_bundled_sample_crawls_no_department_site():
    overlay = resources.files("mee_interviews").joinpath("sample", "settings.toml")
    with resources.as_file(overlay) as path:
        assert not [p.slug for p in load_settings(path).provinces if p.enabled]


def test_an_incomplete_section_for_a_new_unit_names_its_missing_keys():
    with pytest.raises(
        SettingsError,
        match=r"missing key provinces\.atlantis\.canonical_host.*missing key provinces\.atlantis\.base_url",
    ):
        load_settings(env={"MEE_INTERVIEWS__PROVINCES__ATLANTIS__ENABLED": "true"})


def test_a_complete_section_for_an_unknown_unit_fails_with_the_known_slugs(tmp_path):
    with pytest.raises(UnknownProvinceError, match="unknown province 'atlantis'; known: anhui, beijing"):
        crawl_sites(load_settings(_enabled(tmp_path, "atlantis", "a.gov.cn")), default_registry())


def test_enabling_a_unit_without_a_module_says_to_scaffold_it(tmp_path):
    table = (resources.files("scrapers.provinces") / "units.toml").read_text(encoding="utf-8") + NEW_UNIT_ROW
    with pytest.raises(ProvinceSiteError, match="new-scraper taiwan --family trs"):
        crawl_sites(
            load_settings(_enabled(tmp_path, "taiwan", "sthj.example.gov.cn")), load_registry(table=table)
        )
