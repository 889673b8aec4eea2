from scrapers.extract import claim_to_json, extract_text


def _claims(text: str) -> list[tuple[str, str]]:
    return [(c.kind, c.text) for c in extract_text(text)[1]]


def test_firsts_run_from_their_scope_to_the_end_of_the_clause() -> None:
    assert _claims("在全国率先开展温室气体自愿减排项目开发试点，建成首个大气观测超级站。") == [
        ("first", "全国率先开展温室气体自愿减排项目开发试点"),
        ("first", "首个大气观测超级站"),
    ]


def test_a_first_time_above_a_threshold_is_a_record_not_a_claim() -> None:
    assert _claims("好于Ⅱ类水体比例首次超过90%达到91.7%。") == []


def test_first_editions_and_bare_lead_words_are_not_claims() -> None:
    assert _claims("高水平举办首届学术研讨会，率先垂范。") == []


def test_quoted_programmes_are_claims_but_slogans_are_not() -> None:
    text = "统筹推进“八大标志性战役30个专项行动”，出台“1269”行动计划，坚持“一年强基础、两年上台阶”的思路。"
    assert _claims(text) == [("programme", "“八大标志性战役30个专项行动”"), ("programme", "“1269”行动计划")]


def test_claim_quotes_are_exact_spans_of_the_text() -> None:
    from scrapers.base.normalize import normalize

    raw = "在全國首創環評與排汙許可聯合大比武，首次實現全省業務線人員全員參與。"
    body = normalize(raw).text
    for claim in extract_text(raw)[1]:
        data = claim_to_json(claim)
        assert body[data["start"] : data["end"]] == data["quote"]
        assert data["text"] in data["quote"]
