"""Rule profile: the scoring rules that vary between localities, with DOMAIN.md defaults.

A county that scores differently writes a small TOML file (Chinese keys, see README) and
passes it with ``--profile``; everything else reads the rules from here.
"""

from __future__ import annotations

from dataclasses import dataclass, fields, replace
from functools import cached_property
from typing import Any, Literal, Mapping

from ..errors import PerfxlError

ReverseRule = Literal["ratio", "linear"]


@dataclass(frozen=True)
class RuleProfile:
    name: str = "默认规则"
    # Weight of each part of 附件4; the three indicator sections and 预算执行 sum to 100.
    execution_weight: float = 10
    section_weights: tuple[tuple[str, float], ...] = (
        ("产出指标", 50), ("效益指标", 30), ("满意度指标", 10),
    )
    total_weight: float = 100
    # Grade cut-offs, highest first: a total of at least the bound earns the grade.
    grade_bands: tuple[tuple[float, str], ...] = ((90, "优"), (80, "良"), (60, "中"), (0, "差"))
    # 预算执行得分 = 执行率 × 分值, capped at 分值 unless this is False.
    execution_score_cap: bool = True
    # Reverse (≤, cost) indicators that miss the target: "ratio" = target/actual × 分值;
    # "linear" = (1 − (actual − target)/target) × 分值, reaching 0 at twice the target.
    reverse_rule: ReverseRule = "ratio"
    # 在职人员控制率 above 100%: points deducted per percentage point over.
    overstaff_deduction_per_point: float = 0.5
    # Share of 分值 allowed for qualitative tiers: achieved, partly achieved, not achieved.
    qualitative_tiers: tuple[tuple[float, float], ...] = ((0.8, 1.0), (0.6, 0.8), (0.0, 0.6))
    # An actual this many times the target (positive indicators) needs an explanation.
    over_target_ratio: float = 1.3
    # Scores are kept to this many decimals (Excel ROUND, half away from zero).
    score_decimals: int = 2
    # Number formats of computed rates in templates.
    rate_format: str = "0.00%"

    def section_weight(self, section: str) -> float | None:
        return dict(self.section_weights).get(section)

    @cached_property
    def sections(self) -> tuple[str, ...]:
        return tuple(name for name, _ in self.section_weights)


DEFAULT_PROFILE = RuleProfile()

# Chinese keys a county writes in its profile file, mapped to the fields above.
_CHINESE_KEYS: dict[str, str] = {
    "名称": "name",
    "预算执行分值": "execution_weight",
    "一级指标分值": "section_weights",
    "总分": "total_weight",
    "等级划分": "grade_bands",
    "执行得分封顶": "execution_score_cap",
    "反向指标算法": "reverse_rule",
    "超编每百分点扣分": "overstaff_deduction_per_point",
    "定性指标档次": "qualitative_tiers",
    "超目标说明倍数": "over_target_ratio",
    "得分小数位": "score_decimals",
}
_REVERSE_RULES = {"比值": "ratio", "ratio": "ratio", "线性": "linear", "linear": "linear"}


def profile_from_mapping(data: Mapping[str, Any], base: RuleProfile = DEFAULT_PROFILE) -> RuleProfile:
    """Build a profile from a parsed TOML mapping with Chinese (or field-name) keys."""
    known = {f.name for f in fields(RuleProfile)}
    changes: dict[str, Any] = {}
    for key, value in data.items():
        attr = _CHINESE_KEYS.get(key, key)
        if attr not in known:
            raise PerfxlError(f"规则文件中的“{key}”无法识别，请对照说明文档中的规则项名称修改。")
        if attr == "section_weights" and isinstance(value, Mapping):
            value = tuple((str(k), float(v)) for k, v in value.items())
        elif attr == "grade_bands" and isinstance(value, Mapping):
            value = tuple(sorted(((float(v), str(k)) for k, v in value.items()), reverse=True))
        elif attr == "qualitative_tiers":
            value = tuple((float(a), float(b)) for a, b in value)
        elif attr == "reverse_rule":
            if value not in _REVERSE_RULES:
                raise PerfxlError("规则文件中“反向指标算法”只能是“比值”或“线性”，请修改后重试。")
            value = _REVERSE_RULES[value]
        changes[attr] = value
    return replace(base, **changes)


__all__ = ["RuleProfile", "DEFAULT_PROFILE", "profile_from_mapping"]
