"""The rule catalog: every check, listed once, in the order ``perfxl rules`` shows them."""

from __future__ import annotations

from . import rules_a3, rules_a4, rules_cross, rules_narrative, rules_project, rules_read
from .rule import Rule

RULE_LIST: tuple[Rule, ...] = (
    rules_a3.staff_rate,
    rules_a3.overstaff,
    rules_a3.sangong_sum,
    rules_a3.car_sum,
    rules_a3.project_sum,
    rules_a3.subitems,
    rules_a3.building_rates,
    rules_a3.sangong_over_budget,
    rules_a3.sangong_up,
    rules_a4.exec_rate,
    rules_a4.exec_score,
    rules_a4.income_parts,
    rules_a4.spending_parts,
    rules_a4.indicator_score,
    rules_a4.not_comparable,
    rules_a4.score_over_weight,
    rules_a4.percent_over_100,
    rules_a4.over_target,
    rules_a4.missing_reason,
    rules_a4.cost_comparator,
    rules_a4.section_header,
    rules_a4.section_weight,
    rules_a4.total_weight,
    rules_a4.total_score,
    rules_a4.grade,
    rules_project.funds_sum,
    rules_project.exec_rate,
    rules_project.exec_score,
    rules_project.score_over_weight,
    rules_project.total_score,
    rules_project.grade,
    rules_project.not_found,
    rules_cross.project_spending,
    rules_cross.basic_spending,
    rules_cross.cost_indicator,
    rules_cross.unit_name,
    rules_narrative.share,
    rules_narrative.sums,
    rules_narrative.unit_slip,
    rules_narrative.changes,
    rules_narrative.rates,
    rules_narrative.repeats,
    rules_narrative.table_fields,
    rules_narrative.narrative_grade,
    rules_narrative.indicator_support,
    rules_narrative.placeholders,
    rules_read.missing,
    rules_read.other_forms,
    rules_read.not_number,
    rules_read.negative,
    rules_read.empty,
    rules_read.overwritten,
    rules_read.values_only,
)

RULES: dict[str, Rule] = {r.id: r for r in RULE_LIST}
assert len(RULES) == len(RULE_LIST), "duplicate rule id"
COVERED: frozenset[str] = frozenset(key for r in RULE_LIST for key in r.covers)
