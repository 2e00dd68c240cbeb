"""Red-team pass 27: a closing 共 after an item's own 其中, a rate beside a balance with the amount received written,
kinds of the item before named by a few words, and attribute cuts named alone in the message."""

from __future__ import annotations

import pytest

from tests.narrative_helpers import rule_errors as _errors, rule_findings as _findings


# A1: 共 says what all the items come to, never one more part of the last item's 其中
@pytest.mark.parametrize("text", [
    "全县有乡镇卫生院18个、村卫生室436个，其中新建40个，共454个。",
    "已建成文化站12个、农家书屋128个，其中新建28个，共140个。",
    # the whole said again
    "2023年新增城镇就业1200人，其中高校毕业生300人，就业困难人员200人，共1200人。",
])
def test_a_closing_total_after_an_items_own_breakdown(text):
    assert _errors(text, "N-SUM") == []


def test_a_closing_total_of_the_parts_that_fails_names_its_word():
    # 110 is neither the parts (100) nor the whole (120), nor any choice of the amounts before it
    (f,) = _errors("全县学校120所，其中小学60所，初中40所，共110所。", "N-SUM")
    assert "“共110所”" in f.message


def test_a_closing_total_leaves_the_last_items_own_list_checked():
    # red-team 28 M2: 40 + 420 = 460 is past 村卫生室 436, whatever 共478个 (18 + 24 + 436) closes
    (f,) = _errors("全县有医院18个、乡镇卫生院24个、村卫生室436个，其中新建40个、改扩建420个，共478个。", "N-SUM")
    assert "460个" in f.message


# A2: beside a balance and what was received, the rate is of the budget written
@pytest.mark.parametrize("text", [
    "项目预算300万元，到位资金280万元，结余10万元，预算执行率90%。",
    "该项目全年预算500万元，到位资金480万元，结余资金30万元，预算执行率90%。",
    "本年度部门预算1200万元，其中项目支出预算500万元，结余50万元，预算执行率95.8%。",
])
def test_a_rate_beside_a_balance_and_the_amount_received(text):
    assert _errors(text, "N-RATE") == []


def test_a_rate_beside_a_balance_failing_every_reading_is_still_an_error():
    assert len(_errors("项目预算300万元，到位资金280万元，结余10万元，预算执行率80%。", "N-RATE")) == 1


# A3: a kind of the item before named by a few words ("乡镇小学" of "小学")
@pytest.mark.parametrize("text", [
    "全县有学校120所，其中小学60所、乡镇小学40所、初中35所、高中25所。",
    "年末全县卫生机构466个，其中医院12个、中医医院2个、乡镇卫生院18个、村卫生室436个。",
    "全县有养老机构30个，其中养老院20个、公办养老院15个、敬老院10个。",
])
def test_a_kind_named_by_a_few_words_is_a_part_of_the_item_before(text):
    assert _errors(text, "N-SUM") == []


def test_items_past_the_whole_without_the_kind_are_still_an_error():
    assert len(_errors("全县有学校120所，其中小学60所、乡镇小学40所、初中45所、高中25所。", "N-SUM")) == 1


# M1: the items of one attribute cut that go past the whole are named alone
def test_the_cut_past_the_whole_is_named_with_its_own_sum():
    (f,) = _errors("在职人员40人，其中男性22人，女性20人，35岁以下12人，36-50岁18人，51岁以上15人。", "N-SUM")
    assert "42人" in f.message


def test_a_cut_adding_up_to_an_earlier_amount_is_of_that_one():
    text = ("实有职工50人，其中在编31人，临聘19人；离退休人员23人，比上年同期减少1人；其中大学本科22人，专科21人，"
            "中专及高中以下7人，具有副高级职称3人，中级职称16人。")
    assert _errors(text, "N-SUM") == []


# (rewrite check, yuan: amounts of a standard per head before 共 are no parts of it)
def test_standards_per_head_closed_by_a_total_are_no_parts():
    text = "按幼儿园1000元;小学、初中2000元;中专、高中3000元;大学、大专5000元的标准发放助学金,共1097000元。"
    assert _errors(text, "N-SUM") == []
    assert len(_errors("幼儿园1000元;小学2000元;高中3000元,共8000元。", "N-SUM")) == 1
