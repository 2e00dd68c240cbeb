"""The staff a 部门决算 counts as 实有人数 (基本数字表: 在职、离休、退休) are a complete group: the
template sentence "年末实有人数N人，其中在职人员a人，离休人员b人，退休人员c人" must add up."""

from __future__ import annotations

from tests.narrative_helpers import found

_STAFF = "本部门2020年年末实有人数{total}人，其中在职人员{a}人，离休人员{b}人，退休人员{c}人；年末其他人员0人。"


def _sums(text):
    return [f for f in found(text) if f.rule == "N-SUM"]


def test_staff_falling_short_of_their_whole_is_an_error():
    [f] = _sums(_STAFF.format(total=14, a=13, b=0, c=0))
    assert f.severity == "error" and "14人" in f.message and "13人" in f.message
    [f] = _sums("年末实有人数14人，其中在职人员10人，离退休人员3人。")
    assert f.severity == "error"


def test_staff_adding_up_is_silent():
    assert _sums(_STAFF.format(total=151, a=100, b=0, c=51)) == []
    assert _sums("年末实有人数13人，其中在职人员10人，离退休人员3人。") == []


def test_serving_staff_written_as_the_whole_is_a_reading():
    # "实有人数69人，其中在职人员69人，…退休人员21人": 实有人数 may be meant as the serving staff only
    assert [f for f in _sums(_STAFF.format(total=69, a=69, b=0, c=21)) if f.severity == "error"] == []


def test_posts_are_not_made_up_of_the_retired():
    # 编制 counts posts, not people retired: the group does not complete it
    assert _sums("编制人数14人，其中在职人员10人，离退休人员3人。") == []


def test_counts_of_some_kinds_only_may_fall_short():
    assert _sums("年末实有人数14人，其中在职人员10人，退休人员3人。") == []
    assert _sums("年末实有人数14人，其中行政人员10人，事业人员3人。") == []
