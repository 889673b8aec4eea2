"""The run outcome ops alert on: failed, partial or success, and the CLI exit code of each."""

from __future__ import annotations

import pytest

from flows.outcome import exit_code, judge_run
from models.outcomes import RunCounts, RunStatus


def judge(entry_points: int = 3, read: int = 3, **counts: int):
    return judge_run(RunCounts.named(counts), entry_points=entry_points, entry_points_read=read)


def test_a_run_whose_entry_points_all_failed_has_failed():
    verdict = judge(read=0, discovered=0, failed=3)
    assert verdict.outcome is RunStatus.FAILED
    assert verdict.reasons == ("none of the 3 entry points could be read",)


def test_a_run_that_fetched_nothing_of_what_it_found_has_failed():
    verdict = judge(discovered=4, failed=3, blocked=1)
    assert verdict.outcome is RunStatus.FAILED
    assert verdict.message == "failed: none of the 4 discovered pages could be fetched"


def test_a_run_without_entry_points_has_failed():
    assert judge(entry_points=0, read=0).outcome is RunStatus.FAILED


def test_links_refused_by_policy_are_not_something_to_fetch():
    assert judge(discovered=2, skipped=2).outcome is RunStatus.SUCCESS


@pytest.mark.parametrize(
    ("counts", "reason"),
    [
        ({"discovered": 4, "fetched": 3, "failed": 1}, "1 failed"),
        ({"discovered": 4, "fetched": 3, "blocked": 1}, "1 blocked"),
        ({"discovered": 4, "fetched": 3, "incomplete": 1}, "1 incomplete"),
        ({"discovered": 4, "fetched": 4, "listing_empty": 2}, "2 listing_empty"),
    ],
)
def test_a_run_with_any_problem_page_is_partial(counts, reason):
    verdict = judge(**counts)
    assert verdict.outcome is RunStatus.PARTIAL and verdict.reasons == (reason,)


def test_one_unreadable_entry_point_of_several_makes_the_run_partial():
    verdict = judge(read=2, discovered=3, fetched=3, failed=1)
    assert verdict.outcome is RunStatus.PARTIAL
    assert verdict.reasons == ("1 failed", "1 of 3 entry points unreadable")


def test_a_run_that_found_nothing_new_is_a_success():
    assert judge(discovered=3, unchanged=3).outcome is RunStatus.SUCCESS
    assert judge(discovered=0).outcome is RunStatus.SUCCESS


@pytest.mark.parametrize(
    ("outcome", "strict", "code"),
    [
        ("success", False, 0),
        ("success", True, 0),
        ("partial", False, 0),
        ("partial", True, 2),
        ("failed", False, 1),
        ("failed", True, 1),
    ],
)
def test_exit_codes(outcome, strict, code):
    assert exit_code(outcome, strict=strict) == code
