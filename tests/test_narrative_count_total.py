"""A share of a count that names its whole with 总数 ("占市场主体总数的80.8%") names its list's total when the total's name
ends with the words before 总数 ("年末全县共有各类市场主体5.63万户"): a count's 总数 is the count itself (red-team 16, M3).
An amount's 总额 may be a larger whole than the list's total and is not read so; nor is a whole of another place."""

from __future__ import annotations

import pytest

from tests.narrative_helpers import found


def _share_errors(text):
    return [f for f in found(text) if f.rule == "N-SHARE" and f.severity == "error"]


@pytest.mark.parametrize("text", [
    "年末全县共有各类市场主体5.63万户，其中个体工商户4.21万户，占市场主体总数的80.8%。",
    "全县市场主体5.63万户，其中个体工商户4.21万户，占市场主体总数的80.8%。",
])
def test_a_count_share_of_its_total_named_with_zongshu(text):
    [f] = _share_errors(text)
    assert "5.63万户" in f.message and "74.78%" in f.message


@pytest.mark.parametrize("text", [
    "年末全县共有各类市场主体5.63万户，其中个体工商户4.21万户，占市场主体总数的74.8%。",
    # another place's total
    "年末全县共有各类市场主体5.63万户，其中个体工商户4.21万户，占全市市场主体总数的8.8%。",
    # the part's own kind across a larger place
    "年末全县共有企业1.2万户，其中私营企业0.9万户，占全省私营企业总数的5%。",
])
def test_silent_when_it_holds_or_the_whole_is_another(text):
    assert _share_errors(text) == []
