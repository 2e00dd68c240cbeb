"""Two sentence patterns of audit round 56 (tests/data/audit, pages 5903 and 5904) where a sum was reported wrongly, each
with the page's own sentence (silent now) and one where the reading does not apply (still reported)."""

from __future__ import annotations

from tests.narrative_helpers import found


def _sums(text):
    return [f for f in found(text) if f.rule == "N-SUM" and f.severity in ("error", "warning")]


def test_counts_followed_by_another_measure_are_not_parts_of_this_one():
    # 5904: the 7 and the 6 are projects started (开工), the 4 and the 1 projects completed (完工): 4 + 1 = 5 of the 14
    # completed, 7 + 6 = 13 of the 39 started
    page = ("三是项目推进有序。第一批乡村振兴产业项目已开工39个,已完工14个,其\n中**镇7个产业项目全部开工、4个已完工,"
            "**镇6个产业项目全部开工、1个已完\n工;基础设施项目已开工40个,已完工20个,其中**镇9个基础设施项目全部开工、\n已完工3个。\n")
    assert _sums(page) == []
    # every part followed by the whole's own measure: they are its parts, and over it
    [f] = _sums("第一批乡村振兴产业项目已完工14个,其中A镇7个已完工、4个已完工,B镇6个已完工。")
    assert f.severity == "error" and "17个" in f.message


def test_an_amount_for_each_place_named_counts_once_per_place():
    # 5903: "对高陵区、周至县每县安排5000万元" is 2 × 5000; with 蓝田县's 2000 that is the 1.2亿元
    page = ("本次下达我市2025年县域经济高质量发展专项资金1.2亿元,其中,对高陵区、周至县每县安排5000万元;"
            "对蓝田县安排2000万元。重点支持主导产业培育。")
    assert _sums(page) == []
    [f] = _sums("本次下达我市2025年县域经济高质量发展专项资金1.2亿元,其中,对高陵区安排5000万元;对蓝田县安排2000万元。")
    assert f.severity == "warning" and "0.7亿元" in f.message


def test_the_stage_may_be_written_before_the_count_and_other_stages_count_apart():
    assert _sums("全县开工项目22个，完工14个，其中甲镇开工11个、完工8个。") == []
    assert _sums("全县新建项目30个，建成12个，其中甲镇新建16个、建成7个。") == []
    [f] = _sums("全县开工项目22个，完工14个，其中甲镇完工11个、乙镇完工8个。")
    assert f.severity == "error" and "19个" in f.message


def test_each_of_the_places_named_with_ge_or_fenbie_or_mei_ge():
    for each in ("各安排", "分别安排"):
        assert _sums(f"下达资金2300万元，其中甲县、乙县{each}1000万元，丙县安排300万元。") == []
    assert _sums("下达资金2300万元，其中甲、乙两个乡镇每个乡镇补助1000万元，丙县安排300万元。") == []
    [f] = _sums("下达资金2300万元，其中甲县安排1000万元，丙县安排300万元。")
    assert f.severity == "warning"
