import pytest

from perfxl.app.profiles import load_profile
from perfxl.core.profile import DEFAULT_PROFILE, profile_from_mapping
from perfxl.errors import PerfxlError


def test_defaults_follow_domain():
    p = DEFAULT_PROFILE
    assert p.execution_weight + sum(w for _, w in p.section_weights) == p.total_weight == 100
    assert p.grade_bands[0] == (90, "优") and p.execution_score_cap and p.reverse_rule == "ratio"


def test_chinese_keys(tmp_path):
    f = tmp_path / "规则.toml"
    f.write_text('"名称" = "某县规则"\n"反向指标算法" = "线性"\n"执行得分封顶" = false\n'
                 '"超编每百分点扣分" = 1\n[ "等级划分" ]\n"优" = 85\n"良" = 75\n"中" = 60\n"差" = 0\n',
                 encoding="utf-8")
    p = load_profile(str(f))
    assert p.name == "某县规则" and p.reverse_rule == "linear" and not p.execution_score_cap
    assert p.overstaff_deduction_per_point == 1
    assert p.grade_bands == ((85, "优"), (75, "良"), (60, "中"), (0, "差"))


def test_unknown_key_is_a_clear_error():
    with pytest.raises(PerfxlError, match="无法识别"):
        profile_from_mapping({"不存在的规则": 1})


def test_bad_reverse_rule():
    with pytest.raises(PerfxlError, match="比值"):
        profile_from_mapping({"反向指标算法": "平方"})


def test_missing_and_broken_files(tmp_path):
    with pytest.raises(PerfxlError, match="找不到规则文件"):
        load_profile(str(tmp_path / "无.toml"))
    bad = tmp_path / "坏.toml"
    bad.write_text("= =", encoding="utf-8")
    with pytest.raises(PerfxlError, match="格式有误"):
        load_profile(str(bad))
