"""Two sentence patterns of audit round 61 (tests/data/audit, pages 6408 and 6418) where an error was reported wrongly,
each with the page's own sentence (silent now) and one where the reading does not apply (still reported)."""

from __future__ import annotations

from tests.narrative_helpers import found


def _errors(text, rule):
    return [f for f in found(text) if f.rule == rule and f.severity == "error"]


def test_a_share_of_a_wider_areas_own_figure_is_not_of_the_local_total():
    # 6408: "占全省的85.97%" is of the province's 第一产业增加值 (not written), not of the counties' GDP the list is of
    text = ("2013年全省98个县域地区生产总值达到16055.89亿元,占全省生产总值的65.53%,比2012年增长8.82%;其中,第一产业增加值"
            "2664.42亿元;占全省的85.97%;第二产业增加值8087.03亿元,占全省的70.22%;第三产业增加值为5304.43亿元,占全省的53.66%。")
    assert _errors(text, "N-SHARE") == []
    # a share of the local total written as such is still checked
    [f] = _errors("县域地区生产总值16055.89亿元,其中,第一产业增加值2664.42亿元,占县域地区生产总值的85.97%。", "N-SHARE")
    assert "16.59%" in f.message


def test_an_ascii_full_stop_ending_a_line_ends_its_sentence():
    # 6418: "…占100%." then the next line's 支出合计 and its parts: the parts are of the 支出合计, not of the income before
    text = ("本部门2018年度收入合计267.07万元,其中:财政拨款收入267.07万元,占100%.\n"
            "本部门2018年度支出合计213万元,其中:基本支出186.25万元,占87.44%;项目支出26.75万元,占12.56%。\n")
    assert _errors(text, "N-SUM") == []
    # the parts over the 支出合计 they are of: still an error
    [f] = _errors(text.replace("186.25", "196.25").replace("87.44%", "92.14%"), "N-SUM")
    assert "213万元" in f.message and "223万元" in f.message
    # a decimal point or a list marker is no full stop: "1.收入情况"
    assert "。" not in __import__("perfxl.narrative.structure", fromlist=["view_of"]).view_of("1.收入情况\n2.支出5.5万元\n")
