"""A 其中 list in the sentence after its whole keeps that whole across the whole's own change when the change writes
its base by the whole's name ("较2022年部门预算支出总数144.39万元减少22.63万元"), and across a reason led by the change's
own word ("下降原因主要为…", "增加的原因是…")."""

from __future__ import annotations

from tests.narrative_helpers import errors

_LIST = "其中:人员支出43.72万元、占35.9%,日常公用支出5.49万元、占{}%,项目支出72.55万元、占59.58%。"


def _shares(text):
    return [e.message for e in errors(text) if e.rule == "N-SHARE"]


def test_a_change_whose_base_is_written_by_the_wholes_name_leaves_the_whole_to_the_list():
    text = "2023年部门预算支出总数121.76万元,较2022年部门预算支出总数144.39万元减少22.63万元,同比下降15.67%。" + _LIST
    # 5.49 / 121.76 = 4.51 %
    [message] = _shares(text.format("6.97"))
    assert "121.76万元" in message and "4.51%" in message
    assert _shares(text.format("4.51")) == []


def test_a_reason_led_by_the_changes_own_word_leaves_the_whole_to_the_list():
    for lead in ("下降原因主要为", "减少的原因是"):
        text = f"2023年部门预算支出总数121.76万元,比上年减少22.63万元,{lead}单位厉行节约,压缩支出。" + _LIST
        [message] = _shares(text.format("6.97"))
        assert "121.76万元" in message
        assert _shares(text.format("4.51")) == []
