"""Narrative claims whose binding is explicit enough for an error, found by sentence patterns the
first-pass rules leave at warning level or do not bind at all.  Each function is called by the rule
whose claim it checks (rule ids stay those of rules_narrative); all of them follow the same
contract: every plausible reading is tried, and a finding is an error only when none holds.

- ``rate_claims``: "预算为3万元，支出决算为1.71万元，完成预算的43%" (budget and actual named in the
  rate's own sentence), and "完成年初预算100%，决算数大于预算数55.93万元" (the budget implied by
  the stated excess over it).
- ``listed_shares``: "A支出0.53万元，占69%；B支出1.18万元，占31%" where the parts are the whole
  (their shares add to 100 %, or they are the parts of the whole by definition, as the three
  “三公” items are), so the whole is their sum whatever else it is called.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction
from typing import TYPE_CHECKING

from ..core.intervals import Interval, interval_sum
from ..core.lazyre import lazy
from ..narrative.figures import SURGE_VERBS, Figure
from ..narrative.structure import folds_traditional, simplified_piece, BARE_SCALE, ITS_COMPLETION, BRACKETED, CHANGE, STATED_TOTAL, NarrativeDoc, comparable, count_value, flows_apart, in_brackets, list_of, marker_of, measure_of, without_marker, norm_name, numerator, plain, rate_base, value_of
from . import causes

from ..narrative.tables import form_rows, growth_line_tables, indexed_tables, line_lists, read_number, tables

if TYPE_CHECKING:
    from ..narrative.tables import Cell, FormValue

_PINYIN = lazy(r"\([a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)")


_CAR_WORDS = lazy(r"^(?:公车|公务车|车辆)(?=运行|购置|使用)")


def car_item(name: str | None) -> str:
    """The 三公 car item however it is called ("车辆运行费", "公车运行维护费" → 公务用车…)."""
    return _CAR_WORDS.sub("公务用车", name or "")


def bare(s: str | None) -> str:
    """A subject without the pinyin some reposted pages carry ("预(yù)算" → "预算")."""
    return _PINYIN.sub("", s) if s and "(" in s else (s or "")   # (every pinyin is in round brackets)


def _cut(f: Figure) -> Interval:
    """A figure's interval if the digits after its point were cut off instead of rounded ("5.4亿元" for
    5.46亿元); a whole number is written whole ("2万元" is never 2.6万元 cut)."""
    iv = value_of(f)
    return Interval(iv.mid, iv.mid + (iv.hi - iv.lo)) if iv.mid >= 0 and f.decimals else iv


def _holds_with_a_figure_cut(current: Figure, base: Figure, pct: Interval, down: bool) -> bool:
    """Whether a rate of two written figures holds with one or both of them read as cut off: consistent
    only if truncated ("5.4亿元，相比去年的4.43亿元，同比增长23.3%": 5.46 ÷ 4.43 − 1 = 23.25 %; the
    rate itself is still read rounded)."""
    want = pct.scale(-1) if down else pct
    # one way of writing at a time: the figure not cut is read as written (not stretched to its rounding
    # interval as well, which would make any rate at the edge of both hold)
    exact = (Interval(value_of(current).mid, value_of(current).mid), Interval(value_of(base).mid, value_of(base).mid))
    for now, before in ((_cut(current), exact[1]), (exact[0], _cut(base)), (_cut(current), _cut(base))):
        if before.lo > 0 and ((now - before) / before).overlaps(want):
            return True
    return False


def _truncated_or_holds(stated: Figure, q: Interval) -> bool:
    iv = value_of(stated)
    wide = Interval(iv.lo, iv.mid + (iv.hi - iv.lo))
    return iv.overlaps(q) or wide.overlaps(q) or causes.truncated(stated.interval, q.scale(100))


# -- execution rates -------------------------------------------------------------------------

# (a revenue's budget is its 预期 since the 2015 budget law: "调整一般公共预算收入预期为1933200万元，…，完成调整预期的96.8%")
# ("决算数为预算数的87.0%": the actual said as a share of its budget)
_RATE_SUBJECT = lazy(r"完成(年初|全年|年度|调整后?的?)?(?:预算|预期|计划)(数)?(的)?$|预算(执行率|完成率|执行比例|执行进度)$"
                     r"|(?:决算|执行|支出|实际)数?为(?:年初|全年|调整后的?)?预算数?(的)?$")
# the actual's share of its budget named by the measure alone: "预算数为1,684万元,实际支出为1115.07万元,占总预算比为66.22%"
_SHARE_OF_BUDGET = lazy(r"^占(总|年初|全年|调整后?的?)?预算(数|总额)?(的)?(比例?|比重)?$")
_BUDGET = lazy(r"(?:预算|预期|计划(?:投资)?)(数|金额|总额|资金)?(为)?$")
_ACTUAL = lazy(r"(决算支出|支出决算|决算|实际支出|执行数|实际执行|完成|实际完成|完成投资)(数|金额|总额)?(为)?$")
# an item's spending (or income) named by the item alone ("财政拨款支出4268.45万元，年初预算3800.00万元，完成年初预算的…"):
# the actual, beside a budget naming no item of its own
_SPENT = lazy(r"(?:支出|收入)(数|金额|总额)?(为)?$")
# the budget accounts a flow is named by ("一般公共预算收入" is an income, not a budget)
ACCOUNTS = lazy(r"一般公共预算|公共财政预算|政府性基金预算|国有资本经营预算|社会保险基金预算")
# an amount's own difference from its budget ("本年收入1205.11万元，完成年初预算的70%，比年初预算减少537.35万元",
# "…57.36万元，比预算数减少17.54万元"), up or down
_OVER_BUDGET = r"^比(?:年初|全年|调整后的?)?预算数?(?:增加|增长|多|超支|超出)$"
_UNDER_BUDGET = r"^比(?:年初|全年|调整后的?)?预算数?(?:减少|少|节约|下降)$"
_EXCESS = lazy(r"决算数?(大于|超过|高于|多于|超出)预算数?$|" + _OVER_BUDGET)
_SHORT = lazy(r"决算数?(小于|低于|少于)预算数?$|" + _UNDER_BUDGET)
_BUDGET_GAP = (lazy(_OVER_BUDGET), lazy(_UNDER_BUDGET))
_WAN = {"元": 1e-4, "万元": 1.0}


@dataclass
class RateClaim:
    """A "完成预算的X%" whose budget and actual are both bound in its sentence."""

    rate: Figure
    budget: Figure | None     # None when implied by an excess ("决算数大于预算数55.93万元")
    actual: Figure
    difference: Figure | None
    computed: Interval        # actual ÷ budget as written
    slip: Figure | None = None   # the one amount whose unit (元/万元) is at odds with the other
    slip_holds: bool = False     # the rate holds once that unit is corrected
    slip_computed: Interval | None = None
    sign: int = 0                # +1: the actual exceeds the budget by the difference, −1: falls short
    whole: str = "预算数"          # what the implied denominator is called in a message
    holds: bool = False          # bound and holding: no other reading of the rate is tried
    elsewhere: str = ""          # the budget is the item's one budget named in another sentence (said so: "后文所写的
                                 # …预算"): failing, a warning (another budget, unwritten, may be meant)


def rate_claims(doc: NarrativeDoc) -> list[RateClaim]:
    """Execution rates bound explicitly (computed once per document): failing as written, or
    holding (``holds``) where no other reading of them is to be tried."""
    cached = doc.__dict__.get("_rate_claims")
    if cached is not None:
        return cached
    out = []
    for f in doc.figures:
        if f.kind != "percent" or f.approximate or not (
                f.relation is None and _RATE_SUBJECT.search(bare(f.subject))
                or f.relation == "占" and _SHARE_OF_BUDGET.search(bare(f.subject))):
            continue
        # a share of the budget ("占(总)预算的") is of the whole written beside it, not of the item's own budget written
        # elsewhere ("其中：基本支出187.66万元，占预算的25.39%。……基本支出预算641.64万元")
        claim = _budget_and_actual(doc, f) or _excess_over_budget(doc, f) \
            or (_budget_named_elsewhere(doc, f) if f.relation is None else None)
        if claim is not None:
            out.append(claim)
    for f in doc.figures:
        if f.kind == "percent" and f.relation is None and not f.approximate:
            claim = _budget_written_in_the_rate(doc, f)
            if claim is not None:
                out.append(claim)
    for f in doc.figures:
        if f.kind == "percent" and f.relation is None and not f.approximate and _DONE_RATE.search(bare(f.subject)):
            claim = _done_and_undone(doc, f)
            if claim is not None:
                out.append(claim)
    doc.__dict__["_rate_claims"] = out
    return out


def _budget_and_actual(doc: NarrativeDoc, f: Figure) -> RateClaim | None:
    """"…支出预算为3万元，支出决算为1.71万元，完成预算的43%": the two amounts right before the
    rate in its clause, one named as the budget and the other as the actual."""
    if _OWN_BASIS_AFTER.match(doc.view, f.end):
        return None   # "…预算执行率85.00%（按调整后预算124.65万元计算）": the rate names its base itself
    start = max(doc.sentence_start(f.start), doc.index.marks("\t").last(0, f.start) + 1)
    prior = [g for g in doc.before(f, limit=4) if g.start >= start]
    if len(prior) >= 3 and prior[0].kind == "amount" and prior[1].kind == "percent" and _BUDGET.search(bare(prior[2].subject)):
        # "全年预算数49724.97万元，预算调剂比例34.14%，决算数47881.27万元，项目预算执行率96.29%": a ratio of the budget's
        # own said between it and the actual
        prior = [prior[0], *prior[2:]]
    if len(prior) < 2:
        return None
    b, a = prior[0], prior[1]
    if a.kind != "amount" or b.kind != "amount" or re.search(r"[；;]", doc.text[a.start:f.start]):
        return None
    if not (plain(a) and plain(b)) or a.approximate or b.approximate or not a.value or not b.value:
        return None
    named = {}
    for g in (a, b):
        s = bare(g.subject)
        if _BUDGET.search(s) and "决算" not in s:
            named.setdefault("budget", g)
        elif _ACTUAL.search(s) and "预算" not in s.split("决算")[-1]:
            named.setdefault("actual", g)
    spent = False
    if len(named) == 1 and "budget" in named and not item_core_of(bare(named["budget"].subject)):
        other = a if named["budget"] is b else b
        # (or an income: "一般公共预算收入15.02亿元，年度预算16.40亿元，完成年度预算的97.6%")
        if _SPENT.search(bare(other.subject)) and "预算" not in ACCOUNTS.sub("", bare(other.subject)):
            named["actual"], spent = other, True
    if len(named) != 2:
        return None
    budget, actual = named["budget"], named["actual"]
    if _AN_ADJUSTMENT.search(bare(budget.subject)):
        return None   # "项目年初预算50.00万元，追加预算10.00万元，全年执行数58.80万元，预算执行率98.0%": the budget is 年初 plus
        # what was added, not the addition
    if (spent or item_core_of(bare(actual.subject)) and not item_core_of(bare(budget.subject))) and (
            any(g.kind == "amount" for g in prior[2:]) or _EARLIER_YEAR.search(bare(actual.subject))):
        return None   # a budget naming no item is the budget of the sentence's item only when that item's actual is the only
        # other amount before it ("…支出决算为523.00万元，上年决算为480.00万元，年初预算为490.00万元，完成…": not last year's)
    if not _same_thing(doc, budget, actual, f):
        return None
    if "总" in bare(f.subject) and _a_part(doc, budget):
        return None   # "项目总预算500万元，其中省级资金预算300万元，实际支出450万元，占总预算的90%": the whole's
    q = value_of(actual) / value_of(budget)
    if q is None or any(_truncated_or_holds(f, x) for x in (q, value_of(budget) / value_of(actual)) if x is not None):
        return None
    if not any(w in bare(f.subject) for w in _QUALIFIERS) and any(
            _BUDGET.search(bare(g.subject)) and "决算" not in bare(g.subject) and plain(g) and not g.approximate and g.value
            and g.kind == "amount" and (x := value_of(actual) / value_of(g)) is not None and _truncated_or_holds(f, x)
            for g in prior[2:]):
        return None   # "年初预算数5.00万元，调整预算数4.00万元，决算数3.85万元，决算数为预算数的77.0%": a bare 预算 may be either
    claim = RateClaim(f, budget, actual, None, q)
    if budget.unit != actual.unit and budget.unit in _WAN and actual.unit in _WAN:
        slip = _odd_unit(doc, f, budget, actual)
        if slip is not None:
            other = actual if slip is budget else budget
            fixed = Interval.rounded(slip.value, slip.decimals).scale(_WAN[other.unit])
            q2 = value_of(actual) / fixed if slip is budget else fixed / value_of(budget)
            if q2 is not None:
                claim.slip, claim.slip_computed = slip, q2
                claim.slip_holds = _truncated_or_holds(f, q2)
    return claim


_QUALIFIERS = ("年初", "调整", "全年")


# the words naming a plan or what was done of it, not the item ("年度计划投资", "完成投资": 投资)
_PLAN_WORDS = lazy(r"年度|全年|年初|计划|实际|完成")
# (not a year's own total so far: "全年累计", "1-10月累计")
_SINCE_THE_START = lazy(r"(?<!全年)(?<!本年)(?<!今年)(?<!年内)(?<!当年)(?<!月)累计|开工以来|建设以来|历年")


def _one_item_planned(done: str, planned: str) -> bool:
    """The item done and the item planned are one ("投资" and "投资"; "投资" and "42个重点项目投资", the plan's subject
    written before it)."""
    return len(done) >= 2 and len(planned) >= 2 and (done == planned or planned.endswith(done) or done.endswith(planned))


_BUDGET_KINDS = lazy(r"年初|调整后?|全年|年度|追加|变更|计划")
# a change to a budget, not a budget ("追加预算10.00万元", "年中调减预算20万元")
_AN_ADJUSTMENT = lazy(r"追加|追减|调增|调减|核增|核减")
# a budget added to or cut in a sentence ("追加预算10.00万元", "年中追加10万元", "调减预算…"; not an audit's "核减工程造价")
_BUDGET_ADDED_TO = lazy(r"(?:追加|追减|调增|调减|核增|核减)预算|追加")
_EARLIER_YEAR = lazy(r"上年|去年|上一年|同期|\d{4}\s*年")


def adds_to_a_budget(name: str) -> bool:
    """A name of an addition to a budget or a cut of it ("追加预算10.00万元", "调减预算20.00万元"), not an audit's 核减 of a
    cost ("核减工程造价3.15亿元")."""
    return bool(_AN_ADJUSTMENT.search(name)) and ("预算" in name or "追加" in name)


def item_core_of(name: str) -> str:
    """The item a name names, without the words for which budget it is ("年初预算" names none)."""
    from ..narrative.structure import item_core

    return _BUDGET_KINDS.sub("", item_core(name))


def _same_thing(doc: NarrativeDoc, budget: Figure, actual: Figure, f: Figure) -> bool:
    """The budget and the actual are of one item, and the rate is against that budget: no 其中
    between them ("三公经费预算10万元，其中公务接待支出决算5万元"), the actual names no other item
    than the budget, and a rate naming 年初/调整/全年 is not against a budget named otherwise."""
    first, second = sorted((budget, actual), key=lambda g: g.start)
    if re.search(r"其中|包括|分别", doc.text[first.end:second.start]):
        return False
    from ..narrative.structure import item_core, same_item

    core = item_core(bare(actual.subject))
    # (a budget naming no item of its own, "年初预算为490.00万元", is the budget of the item its sentence speaks of)
    if core and item_core_of(bare(budget.subject)) and not same_item(bare(actual.subject), bare(budget.subject)) \
            and not (_one_item_planned(_PLAN_WORDS.sub("", core), _PLAN_WORDS.sub("", item_core(bare(budget.subject))))
                     and not _SINCE_THE_START.search(re.split(r"[，,；;。]", doc.view[max(0, actual.start - 12):actual.start])[-1])):
        return False   # (unless they name one item, the plan and what was done of it: "年度计划投资…，完成投资…"; not what
        # was done since the project began against a year's plan, "年度计划投资500万元，累计完成投资1200万元")
    said = [q for q in _QUALIFIERS if q in bare(f.subject)]
    written = [q for q in _QUALIFIERS if q in bare(budget.subject)]
    return not said or not written or said == written


def _odd_unit(doc: NarrativeDoc, f: Figure, budget: Figure, actual: Figure) -> Figure | None:
    """Of two amounts in 元 and 万元, the one whose unit no other amount of its paragraph uses."""
    lo, hi = doc.paragraph_start(f.start), doc.paragraph_end(f.start)
    units = [g.unit for g in doc.between(lo, hi) if g.kind == "amount" and g is not budget and g is not actual]
    odd = [g for g in (budget, actual) if units and g.unit not in units]
    return odd[0] if len(odd) == 1 else None


def _excess_over_budget(doc: NarrativeDoc, f: Figure) -> RateClaim | None:
    """"支出总计1741.75万元，…；完成年初预算100%，决算数大于预算数55.93万元": the budget is the
    actual less the stated excess (plus the shortfall)."""
    end = doc.sentence_end(f.end)
    after = [g for g in doc.between(f.end, end)][:1]
    if not after or after[0].kind != "amount" or after[0].approximate or re.search(r"[；;。]", doc.text[f.end:after[0].start]):
        return None
    diff = after[0]
    s = bare(diff.subject)
    sign = 1 if _EXCESS.search(s) else -1 if _SHORT.search(s) else 0
    if not sign:
        return None
    start = doc.sentence_start(f.start)
    actuals = [g for g in doc.between(start, f.start) if g.kind == "amount" and plain(g) and g.relation not in CHANGE
               and not g.approximate and comparable(g, diff) and re.search(r"支出|决算|收入|费$", bare(g.subject))
               and "预算" not in bare(g.subject).replace("一般公共预算", "").replace("政府性基金预算", "")]
    if len(actuals) != 1:
        return None
    actual = actuals[0]
    budget = value_of(actual) - value_of(diff) if sign > 0 else value_of(actual) + value_of(diff)
    if budget.lo <= 0:
        return None
    q = value_of(actual) / budget
    if q is None or _truncated_or_holds(f, q):
        return None
    return RateClaim(f, None, actual, diff, q, sign=sign)


# "支付18501.096万元，未支703万元，支付率95%": what is done and what is not make the whole
_DONE_RATE = lazy(r"(支付|执行|拨付|使用|支出|到位|兑付|发放|完成)(进度|率)(为|达到?|是)?$")
_UNDONE = lazy(r"(未|尚未|没有|待)(支付|支|拨付|拨|使用|用|执行|到位|兑付|发放|完成)|结余|剩余|余额")
_DONE = lazy(r"支付|支出|拨付|使用|执行|到位|兑付|发放|完成")


# what is not done leaves the whole: "未支出20万元已收回财政", "结余10万元上缴国库"
_UNDONE_TAKEN_OUT = lazy(r"收回|上缴|缴回|交回|退回|调减|调出|核减|结转|上年|下年|以前年度|预拨")
# a rate saying what it is of: "按扣除结转资金后的可支付数计算，支付率…", "支付率88.89%（按…计算）"
_OWN_BASIS_BEFORE = lazy(r"按[^，,。；;]{0,24}(计算|口径|测算|计)|扣除|剔除|不含")
_OWN_BASIS_AFTER = lazy(r"\s*[（(]\s*(按|以|扣除|剔除|不含|占)")


_NOT_AN_ITEM = lazy(r"已|尚|全部|累计|截至\S*?[底末]|本年|当年|\d{4}年度?")


def _done_and_undone(doc: NarrativeDoc, f: Figure) -> RateClaim | None:
    """"资金支付18501.096万元，未支703万元，支付率95%": the rate of what is done over what is done
    and what is not, the two amounts right before the rate in its clause.  Every other amount
    earlier in the paragraph is a whole the rate may be of too ("预算100万元，到位90万元，支付80万
    元，未支付10万元，支付率80%"); the claim fails only when no reading holds."""
    start = max(doc.sentence_start(f.start), doc.index.marks("\t").last(0, f.start) + 1)
    prior = [g for g in doc.before(f, limit=4) if g.start >= start]
    if len(prior) < 2:
        return None
    undone, done = prior[0], prior[1]
    if done.kind != "amount" or not comparable(done, undone) or re.search(r"[；;]", doc.text[done.start:f.start]):
        return None
    if not (plain(done) and plain(undone)) or done.approximate or undone.approximate or not done.value:
        return None
    said, left = bare(done.subject), bare(undone.subject)
    if not _UNDONE.search(left) or _UNDONE.search(said) or not _DONE.search(said) or done.relation in CHANGE \
            or _BUDGET.search(said):
        return None   # (a budget is never what was done: "其中项目支出预算500万元，结余50万元，预算执行率95.8%")
    # "中央资金已支付80万元，省级资金未支付20万元": two items, no one whole
    mine, theirs = _NOT_AN_ITEM.sub("", said[:_DONE.search(said).start()]), _NOT_AN_ITEM.sub("", left[:_UNDONE.search(left).start()])
    apart = len(mine) >= 2 and len(theirs) >= 2 and not (mine in theirs or theirs in mine)
    q = value_of(done) / (value_of(done) + value_of(undone))
    if q is None:
        return None
    # the whole is no longer done + undone, or the rate names its own basis: bound, not checked
    holds = _truncated_or_holds(f, q) or apart or bool(
        _UNDONE_TAKEN_OUT.search(doc.view, undone.end, f.start) or _UNDONE_TAKEN_OUT.search(left)
        or _OWN_BASIS_BEFORE.search(doc.view, undone.end, f.start)
        or _OWN_BASIS_AFTER.match(doc.view, f.end))
    for g in doc.between(doc.paragraph_start(f.start), done.start):
        if g.kind == "amount" and comparable(g, done) and g.value and not g.approximate:
            # (of it what was done, or what was done less what is left of it: "项目预算300万元，到位资金280万元，结余10万元，
            # 预算执行率90%" is (280 − 10) ÷ 300)
            # (the second only of a balance left of what was received: "未支付10万元" is no part of what was paid)
            for other in (value_of(done) / value_of(g),
                          *([(value_of(done) - value_of(undone)) / value_of(g)] if _LEFT_OF_RECEIVED.search(left)
                            and _RECEIVED.search(said) else [])):
                holds = holds or other is not None and _truncated_or_holds(f, other)
    return RateClaim(f, None, done, undone, q, sign=-1, whole="总额", holds=holds)


_PER_UNIT = lazy(r"人均|每人|每户|户均|次均|平均|单价|每(?:批|次|个|项)")
_LEFT_OF_RECEIVED = lazy(r"结余|节余|剩余")
_RECEIVED = lazy(r"到位|拨付|下达|收到")


# "完成年初预算计划1528万元的48%": the budget written inside the rate
# (also with the body that set it and the flow named: "完成年初上报县人民代表大会预算收入计划552200万元的98.9%", "完成区第十八届
# 人大常委会第十九次会议批准收入调整预算37.5亿元的104.3%")
_BUDGET_IN_RATE = lazy(r"(?:完成|执行|达到|占|为)(?:了)?(?:全年|年初|调整后?的?|年度)?(?:[^，,。；;：:\d%]{0,30}?(?:批准|通过|上报|审议)的?"
                       r"[^，,。；;：:\d%]{0,8}?)?(?:预算|计划|任务)(?:收入|支出)?(?:数|计划|目标|任务)?\s*$")
# an amount's own change between it and the budget: "，比上年增支816万元，增长27.74%，"
_OWN_CHANGE_BETWEEN = lazy(r"\s*[，,]\s*(?:比|较|同比|与)[^，,；;。]{0,40}[，,]\s*(?:(?:增长|降低|下降|减少|增加|上升)[^，,；;。]{0,12}[，,]\s*)?")
_OF_RATE = lazy(r"\s*的\s*$")


def _budget_written_in_the_rate(doc: NarrativeDoc, f: Figure) -> RateClaim | None:
    """"农林水事务支出699万元，完成年初预算计划1528万元的48%": the amount of the clause before the
    budget over the budget written in the rate.  Holding (or holding if cut off) is bound."""
    k = doc.position(f)
    if k < 2:
        return None
    budget, actual = doc.figures[k - 1], doc.figures[k - 2]
    if budget.kind != "amount" or not _OF_RATE.fullmatch(doc.view, budget.end, f.start):
        return None
    words = _BUDGET_IN_RATE.search(doc.view, max(doc.figures[k - 2].end, budget.start - 48), budget.start)
    if words is None:
        return None
    # "公务用车运行维护费支出3758万元，比上年增支816万元，增长27.74%，为年初预算数4688万元的80.51%": the item's
    # own change said between its amount and the budget
    j = k - 2
    while j >= 0 and doc.figures[j].relation in CHANGE and doc.figures[j].start >= doc.clause_start(budget.start) - 80:
        j -= 1
    actual = doc.figures[j] if j >= 0 else actual
    between = doc.view[actual.end:words.start()]
    if actual.kind != "amount" or not (re.fullmatch(r"\s*[，,]?\s*(?:全年|累计|共|已)?\s*", between)
                                       or j < k - 2 and _OWN_CHANGE_BETWEEN.fullmatch(between)
                                       and not re.search(r"[；;。]", between)):
        return None  # only "，" between the actual and the words of the budget, or the actual's own change
    if not (plain(actual) and plain(budget)) or actual.approximate or budget.approximate or not budget.value \
            or not comparable(actual, budget) or doc.sentence_start(actual.start) != doc.sentence_start(f.start):
        return None
    q = value_of(actual) / value_of(budget)
    if q is None:
        return None
    # "收入完成2000万元，其中税收收入699万元，完成年初预算计划1528万元的130.9%": the rate may be of any
    # amount of its sentence before the budget, not only of the one right before it
    others = [g for g in doc.between(doc.sentence_start(f.start), actual.start)
              if g.kind == "amount" and plain(g) and not g.approximate and comparable(g, budget)]
    holds = _truncated_or_holds(f, q) or any(
        (x := value_of(g) / value_of(budget)) is not None and _truncated_or_holds(f, x) for g in others)
    return RateClaim(f, budget, actual, None, q, holds=holds)


def _budget_named_elsewhere(doc: NarrativeDoc, f: Figure) -> RateClaim | None:
    """"二是公务接待费预算288万元。……二是公务接待费282元，完成预算的97.92%": the one amount of the
    rate's clause run (its sentence after the last percent before it) against the one budget of that item
    named before it in the report, or, none named before, after it ("“三公”经费支出10044.01万元，预算执行比例为
    88.69%。……“三公”经费预算11324.44万元，其中：因公出国(境)费9605.80万元…": the parts of a list whose total is a
    budget are budgets too).  A unit slip is an error (282 ÷ 288 is 97.92 % to the digit while 282元 ÷ 288万元 is
    nothing like it); a rate that fails otherwise may be of another budget not written, a warning naming the one
    read; holding it is bound."""
    from ..narrative.structure import item_core, item_subject, same_item

    start = doc.sentence_start(f.start)
    # (a rate of the actual's own change is no rate before: "…支出5930.32亿元，比上年增长3.7%，完成调整预算的95.36%")
    rate_before = next((g for g in reversed(doc.between(start, f.start)) if g.kind == "percent" and g.relation not in CHANGE), None)
    if rate_before is not None:
        start = rate_before.end   # "…支出为163.58万元，完成预算的97.06%，其中：因公出国(境)费支出52.15万元，完成预算的…"
    start = doc.index.marks("；;").last(start, f.start) + 1 or start   # "…；公务用车运行维护费支出104.46万元，完成预算的…"
    # an amount per head or per time is no actual a budget is spent by ("人均接待费96元")
    own = [g for g in doc.between(start, f.start) if g.kind == "amount" and not in_brackets(doc, g)
           and not _PER_UNIT.search(bare(g.subject))]
    if len(own) != 1 or not plain(own[0]) or own[0].approximate or not own[0].value or own[0].unit not in _WAN:
        return None
    actual = own[0]
    if re.search(r"[；;]", doc.text[actual.end:f.start]):
        return None
    name = item_subject(doc, actual)
    if not item_core(bare(name)) and not _BUDGET.search(bare(actual.subject)):
        return _the_paragraphs_budget(doc, f, actual)
    if len(item_core(bare(name))) < 2 or _BUDGET.search(bare(actual.subject)):
        return None
    k = doc.position(actual)
    floor = doc.figures[max(0, k - 400)].start   # the 400 figures before it
    named, starts = _named_budgets(doc)

    # the rate's year: its own, or the one written last before it ("2014年“三公”经费支出…。\n其中:因公出国(境)费…")
    year = actual.year or f.year or _year_written_before(doc, actual.start)
    mine = _scope_off(item_core(bare(name)))

    actual_name = bare(name)

    def of_the_item(gs, after=False):
        # (not the other flow of one account: "一般公共预算收入…" is no budget of "一般公共预算支出…"; not another
        # year's budget: "2023年公务接待费支出8万元，完成预算的95%。2024年公务接待费预算10万元", nor, after the rate,
        # a year's budget where the rate names no year: "本年…完成预算的71.82%。2024年预算安排情况：公务接待费预算…")
        out = []
        for g in gs:
            if in_brackets(doc, g):
                continue
            theirs = bare(item_subject(doc, g))
            core = item_core(theirs)
            if same_item(theirs, actual_name) and not flows_apart(theirs, actual_name) \
                    and not _of_a_part_or_level(_scope_off(core), mine) \
                    and not ((y := g.year or _year_written_before(doc, g.start)) is not None and y != year
                             and (year is not None or after)) \
                    and not _OTHER_YEARS_BUDGET.search(bare(g.subject)) and not _A_CHANGE_OF_BUDGET.search(bare(g.subject)) \
                    and not _THE_UNITS_WHOLE.match(_core_apart(core, item_core(actual_name))):
                out.append(g)
        return out

    budgets = of_the_item(g for g in named[bisect_left(starts, floor):bisect_left(starts, actual.start)] if g.end <= actual.start)
    where = "前文"
    if not budgets:
        ceiling = doc.figures[min(len(doc.figures) - 1, k + 400)].end
        budgets = of_the_item(named[bisect_left(starts, f.end):bisect_left(starts, ceiling)], after=True)
        where = "后文"
    if len(budgets) != 1 or any(q in bare(f.subject) for q in _QUALIFIERS if q not in bare(budgets[0].subject)):
        return None
    budget = budgets[0]
    if _AN_ADJUSTMENT.search(bare(budget.subject)) or _BUDGET_ADDED_TO.search(doc.view, doc.sentence_start(f.start), f.start) \
            and (where == "前文" and budget.start >= doc.sentence_start(f.start)):
        return None   # "项目年初预算50.00万元，追加预算10.00万元，全年执行数58.80万元，预算执行率98.0%": an addition is no budget,
        # and a budget added to in the rate's sentence is 年初 plus the addition
    if "年初" in bare(budget.subject) and "年初" not in bare(f.subject) \
            and _BUDGET_ADJUSTED.search(doc.view, min(budget.end, f.end), max(budget.start, f.start)):
        return None   # "项目支出年初预算安排37070.2万元,预算调剂比例34.14%,决算数47881.27万元,项目预算执行率96.29%": of the adjusted
    q = value_of(actual) / value_of(budget)
    if q is not None and _truncated_or_holds(f, q):
        return RateClaim(f, budget, actual, None, q, holds=True)
    if q is None:
        return None
    if budget.unit == actual.unit:
        if actual.unit == "元":
            # "公务接待费预算2880000元。……二是公务接待费282元，完成预算的97.92%": 282 ÷ 288 to the digit, the actual ten
            # thousand times too small; its 万 left out (元 written for 万元), the budget's unit the same
            q2 = Interval.rounded(actual.value, actual.decimals) / value_of(budget)   # (the amount read in 万元)
            if q2 is not None and _truncated_or_holds(f, q2):
                return RateClaim(f, budget, actual, None, q, slip=actual, slip_holds=True, slip_computed=q2)
        said = bare(budget.subject) + ("" if _a_budget_by_name(bare(budget.subject)) else "预算")
        return RateClaim(f, budget, actual, None, q, elsewhere=f"{where}所写的{said}")
    def units(lo: int, hi: int) -> set[str]:
        return {g.unit for g in doc.between(lo, hi) if g.kind == "amount" and g is not actual
                and not _PER_UNIT.search(bare(g.subject))}

    # the other amounts of its paragraph, or of its own sentence (in a paragraph that joins several, as a text pasted
    # from a web page has them: "…“三公”经费支出1208元,…。二是公务接待费282元,…,其中公共财政拨款支出266万元,…。"),
    # all in the budget's unit
    if units(doc.paragraph_start(actual.start), doc.paragraph_end(actual.start)) != {budget.unit} \
            and units(doc.sentence_start(actual.start), doc.sentence_end(actual.start)) != {budget.unit}:
        return None
    fixed = Interval.rounded(actual.value, actual.decimals).scale(_WAN[budget.unit])
    q2 = fixed / value_of(budget)
    if q2 is None or not _truncated_or_holds(f, q2):
        return None
    return RateClaim(f, budget, actual, None, q, slip=actual, slip_holds=True, slip_computed=q2)


def _the_paragraphs_budget(doc: NarrativeDoc, f: Figure, actual: Figure) -> RateClaim | None:
    """"项目预算480.00万元。实际支出468.72万元，预算执行率96.75%": an actual naming no item, the one budget written in
    an earlier sentence of its paragraph (no budget added to or adjusted there).  A rate over any other amount written
    there holds too; one failing every way is read as of that budget, said to be found in another sentence (a
    warning: the rate may be of a budget not written)."""
    paragraph, sentence = doc.paragraph_start(actual.start), doc.sentence_start(actual.start)
    if sentence <= paragraph:
        return None
    before = [g for g in doc.between(paragraph, sentence) if g.kind == "amount" and plain(g) and not g.approximate
              and g.value and not in_brackets(doc, g) and comparable(g, actual)]
    budgets = [g for g in before if _a_budget_by_name(bare(g.subject))]
    if len(budgets) != 1 or any(_AN_ADJUSTMENT.search(bare(g.subject)) or _BUDGET_ADDED_TO.search(bare(g.subject))
                                or _BUDGET_ADJUSTED.search(bare(g.subject)) for g in before):
        return None
    budget = budgets[0]
    q = value_of(actual) / value_of(budget)
    if q is None:
        return None
    if _truncated_or_holds(f, q) or any((x := value_of(actual) / value_of(g)) is not None and _truncated_or_holds(f, x)
                                        for g in before if g is not budget):
        return RateClaim(f, budget, actual, None, q, holds=True)
    return RateClaim(f, budget, actual, None, q, elsewhere=f"前文所写的{bare(budget.subject)}")


def _named_budgets(doc: NarrativeDoc) -> tuple[list[Figure], list[int]]:
    """Amounts in 元 or 万元 named as budgets (not 决算), in order, and their starts (computed once
    per document)."""
    cached = doc.__dict__.get("_named_budgets")
    if cached is None:
        named = [g for g in doc.figures if g.kind == "amount" and g.unit in _WAN and g.value and plain(g)
                 and (_a_budget_by_name(bare(g.subject)) or _part_of_a_budget(doc, g))]
        cached = doc.__dict__["_named_budgets"] = (named, [g.start for g in named])
    return cached


_A_YEAR = lazy(r"((?:19|20)\d\d)\s?年")


def _year_written_before(doc: NarrativeDoc, pos: int) -> int | None:
    """The year written last in the 200 characters before ``pos`` (its section's heading: "二、2024年“三公”经费预算情况\n
    “三公”经费预算…"), not one compared with ("比2022年")."""
    return next((int(m.group(1)) for m in reversed(list(_A_YEAR.finditer(doc.view, max(0, pos - 200), pos)))
                 if not m.start() or doc.view[m.start() - 1] not in "比较与"), None)


# the levels of government a name may say ("市本级公务接待费预算" is not the budget of all 公务接待费)
_LEVELS = lazy(r"中央|省级|省本级|市级|市本级|县级|县本级|区级|区本级|本级|乡镇|全省|全市|全县|全区")
_SCOPE_WORDS = lazy(r"^(?:本单位|本部门|单位|部门|本年度?|全年|当年|今年)+")


def _scope_off(core: str) -> str:
    return _SCOPE_WORDS.sub("", core)


def _of_a_part_or_level(budget: str, actual: str) -> bool:
    """The budget's item names a whole the actual's names a part of ("公务接待费预算" of "国内公务接待费支出", "项目预算"
    of "子项目支出"), two items joined, one of them the actual's ("公务用车购置及运行维护费预算" of "运行维护费支出",
    "因公出国(境)费和公务接待费预算" of "公务接待费支出"), or another level of government ("市本级公务接待费预算" of
    "公务接待费支出")."""
    if budget == actual:
        return False
    joined = bool(actual) and re.search(f"[及和与、]{re.escape(actual)}|{re.escape(actual)}[及和与、]", budget) is not None
    return budget in actual or joined or set(_LEVELS.findall(budget)) != set(_LEVELS.findall(actual))


# a budget said to be adjusted between its 年初 figure and a rate
_BUDGET_ADJUSTED = lazy(r"调剂|调整|追加|追减|调增|调减")
# a budget named as another year's: "上年预算", "下年度预算"
_OTHER_YEARS_BUDGET = lazy(r"上年|去年|上一年|下年|下一年|明年|次年|来年")
# an amount added to or left of a budget ("公务接待费追加预算3.30万元", "预算结余"), not the budget a rate completes
_A_CHANGE_OF_BUDGET = lazy(r"追加|追减|调增|调减|压减|核减|结余|结转|剩余")
# a budget named by whose it is alone ("本部门预算805.80万元"): the unit's whole, no budget of one item of its spending
# ("本部门专项资金支出72.18万元")
_THE_UNITS_WHOLE = lazy(r"^(?:本单位|本部门|单位|部门|本级|本局|我局|我单位|全县|全市|全区|全省|全镇|本县|本市|本区)+$")


def _core_apart(budget: str, actual: str) -> str:
    """The budget's item name when it names another item than the actual's ("" when the two name one)."""
    return "" if budget == actual else budget


# the accounts' own names ("一般公共预算收入", "政府性基金预算支出") say no budget, and an amount named as done is none
_ACCOUNT_NAMES = lazy(r"一般公共预算|公共财政预算|一般预算|政府性基金预算|国有资本经营预算|社会保险基金预算|预算内|预算单位")
_A_MEASURE_DONE = lazy(r"决算|支出|实际|执行|完成|累计|投入|到位|拨付|使用")


def _a_budget_by_name(name: str) -> bool:
    """"三公经费预算数", "公务接待费年初预算": a budget by its name (not "一般公共预算收入", not "预算累计完成")."""
    rest = _ACCOUNT_NAMES.sub("", name)
    return "预算" in rest and "决算" not in rest and not re.search(r"预算\S*(?:完成|执行)", rest)


def _part_of_a_budget(doc: NarrativeDoc, g: Figure) -> bool:
    """An item of a 其中 list whose total is named as a budget ("“三公”经费预算11324.44万元，其中：因公出国(境)费
    9605.80万元"), the item's own name saying no other measure."""
    if _A_MEASURE_DONE.search(bare(g.subject)):
        return False
    pl = list_of(doc, g)
    return pl is not None and pl.direct and _a_budget_by_name(bare(pl.total.subject)) and any(p is g for p in pl.parts)


def slip_explains_rate(c: RateClaim) -> bool:
    """The rate holds, or all but holds (within 1 % of itself), once the odd unit is corrected,
    while as written it is off by about ten thousand times: the unit is what was mistyped."""
    if c.slip is None or c.slip_computed is None:
        return False
    stated = float(value_of(c.rate).mid)
    fixed = float(c.slip_computed.mid)
    return stated > 0 and (c.slip_holds or abs(fixed - stated) <= 0.01 * stated)


# -- unit slips in a list --------------------------------------------------------------------

def _significant(f: Figure) -> int:
    return len(re.sub(r"\D", "", f.text).lstrip("0"))


def slip_is_certain(doc: NarrativeDoc, pl, slip: Figure, *more: Figure) -> bool:
    """A list that cannot add up as written (nor as a list that goes on past its parts), but adds
    up exactly to its total with one figure's unit corrected: that figure is wrong whichever it is
    meant to be.  The exact sum binds the list to its total even when other words stand between
    them ("累计完成131385万元，占…63%。其中：…"), as long as the total is close before the list,
    no sum matches by chance and every other figure of the list is in one unit.  A sum matches by
    chance when the figures are so short that the gap the list leaves is easily some figure's digits:
    the total has at least three significant digits, or every corrected figure has two ("自治区投入
    资金85万元（农村部分…13万元，…特别扶助72元）": the gap of 72万元 written exactly as "72元" is no
    chance; "工作经费15万元，其中办公费12万元，邮费3元" may be a list that goes on)."""
    if len(pl.parts) < 2 or pl.marker - pl.total.end > 200:
        return False
    if _significant(pl.total) < 3 and any(_significant(g) < 2 for g in (slip, *more)):
        return False
    values = [value_of(p) for p in pl.parts]
    stated = value_of(pl.total)
    if any(interval_sum(values[:n]).overlaps(stated) for n in range(1, len(values) + 1)):
        return False
    slips = (slip, *more)   # several figures in 元 among 万元 ones, all read as 万元
    others = [g for g in (pl.total, *pl.parts) if not any(g is x for x in slips) and g.kind == "amount"]
    return bool(others) and all(g.unit == others[0].unit for g in others)


# -- shares of parts that are the whole --------------------------------------------------------

@dataclass
class ListedShare:
    share: Figure
    part: Figure
    parts: list[Figure]
    whole: Interval           # the sum of the parts
    computed: Interval
    why: str                  # why the parts are the whole
    truncated: bool
    summed: list[Figure] | None = None   # "两项合计占": the share is of these parts together
    adjusted: int = 0                    # the number of shares, when one unit was put on this one so that they make 100


def listed_shares(doc: NarrativeDoc, bound, complete, summed=None) -> list[ListedShare]:
    """"…支出决算中，公务接待费0.53万元，占69%；公务用车购置及运行维护费1.18万元，占31%": shares
    written with a bare "占" in one sentence, whose parts are the whole — their shares add to 100 %,
    or they are by definition the parts of it (``complete``: the three “三公” items) — so the whole
    is the sum of the parts whatever figure the text gives for it.  A share failing against that
    sum and against every amount before it (any of them may be the whole meant) is wrong.
    ``bound(f, num)`` tells whether a share has a binding of its own (checked elsewhere);
    ``summed`` maps a share of several parts together ("两项合计占0.1%") to those parts."""
    summed = summed or {}
    groups: dict[int, list[tuple[Figure, Figure]]] = {}
    checked_elsewhere: set[int] = set()   # a share with a binding of its own is a part of its group still
    for f in doc.figures:
        if f.kind != "percent" or f.relation != "占" or f.approximate or (f.of or "").strip():
            continue
        num = summed[f.start][-1] if f.start in summed else numerator(doc, f)
        if num is None or num.kind != "amount" or num.approximate or not plain(num):
            continue
        if bound(f, num):
            checked_elsewhere.add(f.start)
        groups.setdefault(doc.sentence_start(f.start), []).append((f, num))
    out = []
    for items in groups.values():
        if all(f.start in checked_elsewhere for f, _ in items):
            continue
        parts = [n for f, _ in items for n in summed.get(f.start, ())[:-1]] + [n for _, n in items]
        parts.sort(key=lambda g: g.start)
        if len(items) < 2 or len({n.start for n in parts}) < len(parts) or len({n.unit for n in parts}) > 1:
            continue
        pct = interval_sum(value_of(f) for f, _ in items)
        head = doc.text[doc.sentence_start(parts[0].start):parts[0].start]
        if not complete(parts) and re.search(r"中\s*[,，:：]", head):
            # "…决算中，因公出国(境)费0.00万元，公务接待费30.00万元，占…": an item of the group
            # written without a share of its own is still one of the parts
            first = doc.sentence_start(parts[0].start)
            after = first + [m.end() for m in re.finditer(r"中\s*[,，:：]", head)][-1]
            extra = [g for g in doc.between(after, items[-1][0].start)
                     if g.kind == "amount" and plain(g) and not g.approximate and g.unit == parts[0].unit
                     and not any(g is p for p in parts)]
            if extra and complete(sorted(parts + extra, key=lambda g: g.start)):
                parts = sorted(parts + extra, key=lambda g: g.start)
                head = doc.text[first:parts[0].start]
        if complete(parts) and re.search(r"中\s*[,，:：]", head):
            # "“三公”经费支出决算中，A…，占…": the sentence names the whole the shares are of
            why = "、".join(n.subject for n in parts) + "就是它的全部组成"
        elif pct.overlaps(Interval(1, 1)):
            why = "各项占比合计为 100%，即各项之和就是总数"
        else:
            continue
        whole = interval_sum(value_of(n) for n in parts)
        if whole.lo <= 0:
            continue
        others = [g for g in doc.before(items[0][1], same_paragraph=False, limit=60)
                  if g.kind == "amount" and g.value and not g.approximate]
        for f, n in items:
            if f.start in checked_elsewhere:
                continue
            together = summed.get(f.start)
            v = interval_sum(value_of(m) for m in together) if together else value_of(n)
            q = v / whole
            if q is None or value_of(f).overlaps(q):
                continue
            if any(value_of(f).overlaps(v / value_of(g)) for g in others if value_of(g).lo > 0):
                continue  # of some amount written before: that may be the whole meant
            trunc = _truncated_or_holds(f, q) or any(
                _truncated_or_holds(f, v / value_of(g)) for g in others if value_of(g).lo > 0)
            adjusted = 0
            if not trunc and not together and len(parts) == len(items) and pct.overlaps(Interval(1, 1)):
                k = next(i for i, (g, _) in enumerate(items) if g is f)
                adjusted = shares_adjusted_to_100([g for g, _ in items], [m for _, m in items], k)
            out.append(ListedShare(f, n, parts, whole, q, why, trunc, together, adjusted))
    return out


# -- changes of parts: a part that is zero now can only have fallen ----------------------------

def zero_now(doc: NarrativeDoc, total_change: Figure, words: tuple[str, ...], missing: set[str]) -> list[Figure]:
    """For each part of a complete group missing from a change list, the amount stated as 0 for it
    before the list ("因公出国（境）费0万元"): against any base it can only have fallen or stayed.
    Empty unless every missing part has one (of the change's year when both are dated)."""
    found = []
    for w in sorted(missing):
        hit = None
        for g in doc.before(total_change, same_paragraph=False, limit=200):
            if g.kind == "amount" and g.value == 0 and g.relation is None and g.role is None and w in (g.subject or "") \
                    and (g.year is None or total_change.year is None or g.year == total_change.year):
                hit = g
                break
        if hit is None:
            return []
        found.append(hit)
    return found


# -- changes whose current figure is in an earlier sentence ----------------------------------

_YEAR_IN = lazy(r"(\d{4})\s?年")


# the year a comparison is measured from: "与2022年度相比", "比2020年"
BASE_YEAR = lazy(r"(?:比|较|与|同)\s*(\d{4})\s*年")


def uniquely_named(doc: NarrativeDoc, frame) -> bool:
    """A change bound to a figure of an earlier sentence by its name ("“三公”经费预算总额为2.7万元。
    ……“三公”经费预算数比上年减少0.06万元，减幅0.02%") is bound explicitly when no other amount
    before the change names that item, the figure is not named as an earlier year's, and the years
    written in the two sentences agree."""
    from ..narrative.structure import flow_total_before, in_brackets, is_earlier, item_subject, same_item

    current, delta = frame.current, frame.delta
    if current is None or delta is None or not current.subject or is_earlier(current, []):
        return False
    if flow_total_before(doc, delta) is current:
        return True  # "收入总计…，支出总计…。与上年相比，收入增加…。支出增加…": the flow's one total
    name = item_subject(doc, current)
    rivals = [g for g in doc.before(delta, same_paragraph=False, limit=400)
              if g is not current and g.kind == "amount" and plain(g) and not in_brackets(doc, g)
              and g.relation not in CHANGE and g.subject and same_item(item_subject(doc, g), name)
              and not (g.value == current.value and g.unit == current.unit)]  # the same figure said twice is no rival
    if rivals:
        return False
    years = {int(y) for y in _YEAR_IN.findall(doc.text[doc.sentence_start(delta.start):delta.start])}
    own = {int(y) for y in _YEAR_IN.findall(doc.text[doc.sentence_start(current.start):current.end])}
    if current.year is not None:
        own.add(current.year)
    # "2023年度…均为1,145.52万元。与2022年度相比，…各增加342万元": the year of the change's sentence is
    # the year it is measured from, and the figure's is after it
    bases = {int(y) for y in BASE_YEAR.findall(doc.text[doc.sentence_start(delta.start):delta.start])}
    if own and not _written_in_its_paragraph(doc, current, delta, own):
        return False
    if years and years == bases and own and min(own) > max(bases):
        return True
    return not years or not own or bool(years & own) and max(own) >= max(years)


def _written_in_its_paragraph(doc: NarrativeDoc, current, delta, own: set[int]) -> bool:
    """Whether the years the change's paragraph is written for (before the change, bases left out) hold
    the figure's: "2022年度收入总计1651.74万元，…。收支较上年决算数增加66.02万元" speaks of 2022 and not of a
    "收、支总计均为1164.11万元" of 2023 written in another paragraph (another report, another year)."""
    p = doc.paragraph_start(delta.start)
    if current.start >= p:
        return True
    said = {int(y) for y in _YEAR_IN.findall(doc.text[p:delta.start])}
    said -= {int(y) for y in BASE_YEAR.findall(doc.text[p:delta.start])}
    return not said or bool(said & own)


# -- industry structure "a:b:c" --------------------------------------------------------------

# (the view blanks a page's pinyin, "產業(yè)結構": spaces may stand between the characters)
# "三次产业结构调整为…", "…结构比为…", "…结构比重由上年的…调整为…", "…结构进一步优化，由上年的…调整为…",
# "…结构比21.8:17.4:60.8"
# (the view blanks a transcription's pinyin: "调      整为")
_STRUCTURE = lazy(r"(?:三次)?\s*产\s*业\s*(?:(?:结|結)\s*构\s*(?:比\s*重|比\s*例|比)?|比\s*[例重]|比(?=\s*(?:为|是)?\s*\d))\s*"
                        r"(?:(?:进\s*一\s*步|持\s*续|不\s*断)?(?:优|優|调|調)\s*(?:化|整)\s*[，,]\s*(?=由))?"
                        r"(?:由[^为為，,。；;]{0,40}?(?:\d+(?:\.\d+)?[:：∶]){2}\d+(?:\.\d+)?)?\s*"
                        r"(?:(?:调|調|变|變|优|優)\s*(?:整|化)|[转轉演]\s*[变變])?\s*(?:为|為|是|到)?\s*[，,]?\s*"
                        r"(\d+(?:\.\d+)?)\s*[:：∶]\s*(\d+(?:\.\d+)?)\s*[:：∶]\s*(\d+(?:\.\d+)?)")
# "第一、二、三产业增加值所占比重分别为8.5%、37.7%、53.8%": the same structure written as shares
_STRUCTURE_SHARES = lazy(r"(?:第一、(?:第)?二、(?:第)?三产业|一、二、三产业|三次产业)(?:增加值)?(?:所占|占[^，,。；;]{0,12}的)?比重"
                         r"分别(?:为|是)\s*(\d+(?:\.\d+)?)\s*%\s*[、，,]\s*(\d+(?:\.\d+)?)\s*%\s*[、，,和及]\s*(\d+(?:\.\d+)?)\s*%")
_SECTORS = ("第一产业", "第二产业", "第三产业")
_OUTPUT = lazy(r"生产总值|GDP")


@dataclass
class StructureTerm:
    term: str
    start: int
    part: Figure
    wholes: list[tuple[str, Interval]]   # (how the whole is read, its value)
    computed: Interval                   # against the first whole
    ratio: str
    truncated: bool
    adjusted: bool = False               # one unit put on this term so that the terms make 100 (尾差调整)


# the words every structure holds: a search skips to them (the pattern opens with optional words, which the
# engine would try at every character of the text)
# ("三次产业比例为15.1:37.9:49.0": the structure named by its proportions)
_STRUCTURE_WORDS = lazy(r"产\s*业\s*(?:(?:结|結)\s*构|比)")


def _structures(text: str):
    """``_STRUCTURE.finditer(text)``, found from its words: a match starts at them, at the spaces before them, or at
    a 三次 before those."""
    done = 0
    for w in _STRUCTURE_WORDS.finditer(text):
        a = w.start()
        while a > done and text[a - 1].isspace():
            a -= 1
        if a - 2 >= done and text[a - 2:a] == "三次":
            a -= 2
        if a < done:
            continue
        m = _STRUCTURE.match(text, a)
        if m is not None:
            done = m.end()
            yield m


def industry_structure(doc: NarrativeDoc) -> list[StructureTerm]:
    """"生产总值320.39亿元。其中，第一产业增加值47.51亿元…第二产业…第三产业…。三次产业结构调整为
    14.8:30.1:55.1": each term is its sector's share of the output in percent, read against the
    stated output and against the sum of the three sectors.  A last year's ratio ("由上年的
    1.7:43.8:54.5调整为…") is not checked: its figures are not written.  Terms failing every
    reading are returned; nothing when a sector's figure is not in the paragraph."""
    out = []
    found = [(m, ":") for m in _structures(doc.view)] + [(m, "%、") for m in _STRUCTURE_SHARES.finditer(doc.view)]
    for m, joint in found:
        if not _percent_structure(doc.view, m, joint):
            continue
        lo = doc.paragraph_start(m.start())
        parts = _sectors(doc, lo, m.start())
        for _ in range(3):
            # "其中，第一产业增加值180.16亿元…。\n\n图1 …\n\n在全区生产总值中，第一、二、三产业增加值所占比重分别为…",
            # "…第三产业增加值314.35亿元，增长7.8%。\n三次产业结构为8.4:40.9:50.7": the structure may open a paragraph
            # after the sectors' figures (a chart's caption between)
            if len(parts) == 3 or lo == 0:
                break
            lo = _paragraph_before(doc, lo)
            parts = _sectors(doc, lo, m.start())
        if len(parts) != 3 or len({p.unit for p in parts}) != 1 or _another_scope(doc, lo, m.start()):
            continue
        if _REGION.search(doc.view, lo, doc.sentence_start(m.start())) \
                and not _REGION.search(doc.view, doc.sentence_start(m.start()), m.start()) \
                and _sectors_before(doc, lo):
            continue  # "…全州第一产业增加值…\n\n第一、二、三产业增加值所占比重分别为…" after the text's own
            # sectors further up: whether the shares are the region's or the text's own is not said
        before = [g for g in doc.between(lo, m.start()) if g.kind == "amount" and plain(g) and not g.approximate]
        wholes = [("各产业增加值之和", interval_sum(value_of(p) for p in parts))]
        output = [g for g in before if _OUTPUT.search(bare(g.subject)) and g.relation not in CHANGE and g.unit == parts[0].unit]
        if len(output) == 1:
            wholes.insert(0, (f"{output[0].subject}{output[0].text}", value_of(output[0])))
        for k, part in enumerate(parts):
            text = m.group(k + 1)
            decimals = len(text.split(".")[1]) if "." in text else 0
            stated = Interval.rounded(float(text), decimals).scale(0.01)
            qs = [value_of(part) / w for _, w in wholes if w.lo > 0]
            if not qs or any(q is not None and stated.overlaps(q) for q in qs):
                continue
            iv = Interval.rounded(float(text), decimals)
            trunc = any(q is not None and causes.truncated(iv, q.scale(100)) for q in qs)
            out.append(StructureTerm(text, m.start(k + 1), part, wholes, qs[0],
                                     joint.join(m.groups()) + ("%" if joint == "%、" else ""), trunc,
                                     adjusted_to_100(m.groups(), parts, k)))
    return out


def _as_rounded(digits: str) -> Interval:
    """A number as written in the text ("15.1", "-0.61"): every value that rounds to it."""
    return Interval.rounded(float(digits), len(digits.split(".")[1]) if "." in digits else 0)


@dataclass
class StructureSum:
    """"三次产业结构为15.1:37.9:49.0": the terms are each sector's share of the output in percent, and the three
    sectors are the whole of it, so the terms make 100 (to their rounding)."""

    ratio: str
    start: int
    end: int
    computed: Interval     # the written terms added, each with its rounding
    written: Decimal       # the written terms added as written


_ANOTHER_TERM = lazy(r"\s*[:：∶]\s*\d")
_OF_ANOTHER_WHOLE = lazy(r"占[^，,。；;]{0,12}?(?:全(?:国|省|市|州|盟|县|区|旗)|同行业|同类|同产业)")
_THREE_SECTORS_BEFORE = lazy(r"三\s*次\s*产\s*业|一\s*、\s*二\s*、\s*三\s*产|第\s*一\s*、")
_TRIPLE = lazy(r"(\d+(?:\.\d+)?)\s*[:：∶]\s*(\d+(?:\.\d+)?)\s*[:：∶]\s*(\d+(?:\.\d+)?)")


def _percent_structure(text: str, m: re.Match, joint: str) -> bool:
    """Whether a structure's three terms can be each sector's share of one output in percent: they add to about 100
    ("三次产业结构为1:2.89:4.41" are proportions to the first), a fourth term does not follow ("农林牧渔业产业结构为
    52.3:10.1:30.5:7.1"), and shares are not each of another whole's own sector ("…增加值占全市的比重分别为…")."""
    if not 50 <= sum(float(t) for t in m.groups()) <= 150:
        return False
    return not _ANOTHER_TERM.match(text, m.end()) if joint == ":" else not _OF_ANOTHER_WHOLE.search(m.group())


def structure_sums(doc: NarrativeDoc) -> list[StructureSum]:
    """Industry structures ("三次产业结构由上年的12.3:35.4:52.3调整为12.1:34.8:53.1", "第一、二、三产业增加值所占比重分别为
    8.5%、37.7%、53.8%") whose terms, each rounded, cannot make 100.  Proportions to the first ("1:2.89:4.41",
    adding to far from 100) are not percentages and are not read."""
    out = []
    found = [(t, ":") for m in _structures(doc.view) for t in _TRIPLE.finditer(doc.view, m.start(), m.end())]
    found += [(m, "%、") for m in _STRUCTURE_SHARES.finditer(doc.view)]
    for m, joint in found:
        terms = m.groups()
        if not _percent_structure(doc.view, m, joint):
            continue
        if joint == ":" and not _THREE_SECTORS_BEFORE.search(doc.view, max(0, m.start() - 60), m.start()):
            continue   # ("农业内部产业结构…": not the three sectors)
        total = interval_sum(_as_rounded(t) for t in terms)
        if total.overlaps(Interval.point(100)):
            continue
        out.append(StructureSum(joint.join(terms) + ("%" if joint == "%、" else ""), m.start(1), m.end(3), total,
                                sum(Decimal(t) for t in terms)))
    return out


def shares_adjusted_to_100(shares: list[Figure], parts: list[Figure], k: int) -> int:
    """``adjusted_to_100`` for shares written as figures ("占比18.1%"): the number of shares when share ``k`` carries the
    unit the rounded shares lack of 100, else 0."""
    terms = tuple(f"{g.value:.{g.decimals}f}" for g in shares)
    return len(terms) if adjusted_to_100(terms, parts, k) else 0


def adjusted_to_100(terms: tuple[str, ...], parts: list[Figure], k: int) -> bool:
    """"14.8:30.1:55.1" for 14.83 : 30.05 : 55.12 — rounded, the terms make 99.9, and the writer put the rest on
    one of them so that they make 100 (a statistics bureau's usual 尾差调整): True when the written terms make
    exactly 100, term ``k`` is one unit of its last digit off its own rounding, and that unit is what the
    rounded terms lack of (or have over) 100."""
    decimals = max(len(t.split(".")[1]) if "." in t else 0 for t in terms)
    unit = Decimal(1).scaleb(-decimals)
    written = [Decimal(t) for t in terms]
    if sum(written) != 100:
        return False
    total = sum(float(value_of(p).mid) for p in parts)
    if total <= 0:
        return False
    rounded = [Decimal(repr(float(value_of(p).mid) / total * 100)).quantize(unit, rounding=ROUND_HALF_UP) for p in parts]
    return abs(written[k] - rounded[k]) == unit and written[k] - rounded[k] == 100 - sum(rounded) \
        and all(written[j] == rounded[j] for j in range(len(terms)) if j != k)


_SCOPE_EARLIER = lazy(r"上年|去年|上一年|同期")
_SCOPE_COMPARED = lazy(r"(?:比|较|与|同)(?:上年|去年|上一年|同期)")
_SCOPE_YEAR = lazy(r"(\d{4})\s*年")
_REGION = lazy(r"全(?:国|省|市|州|盟|县|旗|区)")


def _another_scope(doc: NarrativeDoc, lo: int, at: int) -> bool:
    """A structure whose sentence names another time or place than the sectors' figures: last year's
    ("上年第一、二、三产业增加值所占比重分别为…", "2021年三次产业结构为…" after 2022's figures), or of a
    region not written with the figures when they name another ("全市…第一产业增加值500亿元…。全区第一、
    二、三产业…") or, when they name none, not the one the text speaks of most outside that sentence
    ("全省第一、二、三产业增加值所占比重分别为…" in a county's report; a region named only there is
    not the text's own)."""
    head = doc.view[doc.sentence_start(at):at]
    if _SCOPE_EARLIER.search(_SCOPE_COMPARED.sub("", head)):
        return True
    written = [int(y) for y in _SCOPE_YEAR.findall(doc.view[lo:doc.sentence_start(at)])]
    if written and any(int(y) < max(written) for y in _SCOPE_YEAR.findall(head)):
        return True
    regions = set(_REGION.findall(head))
    if not regions:
        return False
    counts = doc.count_outside(_REGION, doc.sentence_start(at), at)
    own = max(counts.values(), default=0)
    near = set(_REGION.findall(doc.view[lo:doc.sentence_start(at)]))
    return any(r not in near and (near or counts.get(r, 0) < max(own, 1)) for r in regions)


def _paragraph_before(doc: NarrativeDoc, lo: int) -> int:
    """The start of the paragraph with text before the one starting at lo."""
    back = lo - 1
    while back > 0 and not doc.view[doc.paragraph_start(back):back].strip():
        back = doc.paragraph_start(back) - 1
    return doc.paragraph_start(max(0, back))


def _sectors_before(doc: NarrativeDoc, lo: int) -> bool:
    """Whether the three sectors' figures are also written in one of the three paragraphs before lo."""
    hi = lo
    for _ in range(3):
        if lo == 0:
            return False
        lo = _paragraph_before(doc, lo)
        if len(_sectors(doc, lo, hi)) == 3:
            return True
    return False


def _sectors(doc: NarrativeDoc, lo: int, hi: int) -> list[Figure]:
    """The one amount of each of the three sectors between lo and hi (fewer when one is not there
    or is written twice)."""
    before = [g for g in doc.between(lo, hi) if g.kind == "amount" and plain(g) and not g.approximate]
    parts = []
    for s in _SECTORS:
        named = [g for g in before if s in bare(g.subject).replace("產業", "产业") and g.relation not in CHANGE]
        if len(named) != 1:
            break
        parts.append(named[0])
    return parts


# -- parts exceeding the whole their shares are of --------------------------------------------

@dataclass
class SharedWhole:
    whole: Figure
    parts: list[Figure]
    shares: list[Figure]
    computed: Interval


def parts_over_their_whole(doc: NarrativeDoc, share_whole) -> list[SharedWhole]:
    """"全国政府采购规模为17305.34亿元。……工程类采购金额10141.11亿元，占采购总规模的58.6%；……货物类
    ……占采购总规模的30.2%；……服务类……占采购总规模的11.2%": shares of one named whole that add to
    100 % (so the parts neither overlap nor leave anything out) whose amounts add to more than the
    whole written under that name.  The whole is the one amount before the shares named like it
    ("采购总规模" names "政府采购规模"); nothing when there is none or several."""
    groups: dict[str, list[tuple[Figure, Figure]]] = {}
    for f in doc.figures:
        if f.kind != "percent" or f.relation != "占" or f.approximate:
            continue
        name = share_whole(bare(f.of))
        num = numerator(doc, f)
        if len(name) < 3 or num is None or num.kind != "amount" or num.approximate or not plain(num):
            continue
        groups.setdefault(name, []).append((f, num))
    out = []
    for name, items in groups.items():
        parts = [n for _, n in items]
        if len(items) < 3 or len({n.start for n in parts}) < len(parts):
            continue
        if not interval_sum(value_of(f) for f, _ in items).overlaps(Interval(1, 1)):
            continue
        key = name.replace("总", "")
        wholes = [g for g in doc.before(items[0][1], same_paragraph=False, limit=200)
                  if g.kind == "amount" and plain(g) and not g.approximate and g.relation is None and g.role is None
                  and _names_the_whole(re.sub(r"[“”\"\s]", "", bare(g.subject)), key) and comparable(g, parts[0])]
        if len(wholes) != 1:
            continue
        total = interval_sum(value_of(n) for n in parts)
        if total.lo > value_of(wholes[0]).hi:
            out.append(SharedWhole(wholes[0], parts, [f for f, _ in items], total))
    return out


# a part of a whole by its scope: "本级项目支出" is not "项目支出" (the whole of 本级 and 对下)
_SCOPED = lazy(r"本级|对下|所属|下属|二层|其中")


def _names_the_whole(subject: str, key: str) -> bool:
    """"项目支出总额" and "项目支出" name the whole "项目支出(总额)"; "本级项目支出" names a part of it."""
    subject = re.sub(r"(总额|总计|合计|总数)$", "", subject).replace("总", "")
    if not subject.endswith(key):
        return False
    qualifier = subject[:-len(key)]
    return not _SCOPED.search(qualifier)


# -- a subtotal's change against the changes its bracketed parts state -------------------------

# "同比减少0万元", "较上年增加2万元", "减少了": a change verb right before an amount
_CHANGE_BEFORE = lazy(r"(?:同比|比上年|较上年|与上年相比)?\s*(增加|增长|上升|提高|增支|减少|下降|降低|减支|节约)了?\s*$")
_UP_WORD = lazy(r"增|上升|提高")
# Items that make up their subtotal by definition, as a subtotal's bracketed breakdown.
BRACKET_GROUPS = (("购置", "运行"), ("人员经费", "公用经费"), ("基本支出", "项目支出"),
                  ("因公出国", "公务接待", "公务用车"))


@dataclass
class BracketedChanges:
    """"公务用车购置及运行费585.53万元，同比减少144.92万元（购置费0万元，同比减少0万元；运行维护费
    585.53万元，同比减少0万元）": a subtotal and its change, its parts each with a level and a change."""

    level: Figure
    change: Figure
    sign: int
    parts: list[tuple[str, Figure, Figure, int]]   # name, level, change, sign
    computed: Interval                              # the parts' changes, signed
    complete: bool                                  # the parts are the subtotal's by definition
    against: str = "上年"


_OPENS_BRACKET = lazy(r"\s*[（(]")


def bracketed_changes(doc: NarrativeDoc) -> list[BracketedChanges]:
    """Subtotals whose bracketed parts state their own changes and whose changes do not add up.
    The parts are the whole breakdown only when their levels add up to the subtotal's level."""
    out = []
    view = doc.view
    for d in doc.figures:
        if d.kind != "amount" or d.approximate or not d.unit.endswith("元"):
            continue
        m = _OPENS_BRACKET.match(view[d.end:d.end + 3])
        if m is None or not _CHANGE_BEFORE.search(view[max(0, d.start - 12):d.start]):
            continue
        open_at = d.end + m.end()
        close = _closing(view, open_at, doc.paragraph_end(open_at))
        if close is None:
            continue
        level = _level_before(doc, d)
        if level is None:
            continue
        parts = []
        for seg in re.finditer(r"[^；;]+", view[open_at:close]):
            a, b = open_at + seg.start(), open_at + seg.end()
            figs = [g for g in doc.between(a, b) if g.kind == "amount" and comparable(g, d)]
            levels = [g for g in figs if not _CHANGE_BEFORE.search(view[max(a, g.start - 12):g.start])]
            changes = [g for g in figs if g not in levels]
            if len(levels) != 1 or len(changes) != 1 or levels[0].start > changes[0].start:
                parts = []
                break
            name = re.sub(r"[，,\s]", "", view[a:levels[0].start]).rstrip("为")
            verb = _CHANGE_BEFORE.search(view[max(a, changes[0].start - 12):changes[0].start]).group(1)
            parts.append((name, levels[0], changes[0], 1 if _UP_WORD.match(verb) else -1))
        if len(parts) < 2 or any(g.approximate for _, l, c, _ in parts for g in (l, c)) or not all(n for n, *_ in parts):
            continue
        from ..narrative.structure import _against

        if any(_against(doc, c) != _against(doc, d) for _, _, c, _ in parts):
            continue  # "同比减少…（A…，比预算减少…）": the parts' changes are against another base
        if not interval_sum(value_of(l) for _, l, _, _ in parts).overlaps(value_of(level)):
            continue  # the bracket does not break the whole subtotal down
        sign = 1 if _UP_WORD.match(_CHANGE_BEFORE.search(view[max(0, d.start - 12):d.start]).group(1)) else -1
        stated = value_of(d) if sign > 0 else value_of(d).scale(-1)
        computed = interval_sum(value_of(c) if s > 0 else value_of(c).scale(-1) for _, _, c, s in parts)
        if computed.overlaps(stated):
            continue
        names = [n for n, *_ in parts]
        complete = any(len(ws) == len(names) and all(sum(w in n for n in names) == 1 for w in ws)
                       for ws in BRACKET_GROUPS)
        out.append(BracketedChanges(level, d, sign, parts, computed, complete, _against(doc, d) or "上年"))
    return out


def _closing(view: str, a: int, end: int) -> int | None:
    depth = 1
    for i in range(a, end):
        c = view[i]
        if c in "（(":
            depth += 1
        elif c in "）)":
            depth -= 1
            if depth == 0:
                return i
    return None


def _level_before(doc: NarrativeDoc, d: Figure) -> Figure | None:
    """The subtotal the change is of: the plain amount right before it in its clause chain, with
    nothing but a comma and the comparison words between."""
    prior = doc.before(d, limit=1)
    if not prior:
        return None
    g = prior[0]
    if not plain(g) or g.approximate or not comparable(g, d) or not g.subject:
        return None
    return g if re.fullmatch(r"\s*[，,]?\s*", doc.view[g.end:d.start - len(
        _CHANGE_BEFORE.search(doc.view[max(0, d.start - 12):d.start]).group(0))]) else None


# -- a share of several items together ("A 16,348.77万元，B 3,363.59万元，两项合计占0.1%") ---------

# (a blank may stand before the rate: the view's, where a PDF wrap cut "两项⏎合计占0.1%")
_SUMMED_SHARE = lazy(r"\s*(?:合计|共计|合共|共|加总|之和)?\s*(?:共同)?\s*占\s*")


def summed_shares(doc: NarrativeDoc) -> list[tuple[Figure, list[Figure]]]:
    """Shares whose numerator is the sum of the n items right before them, as "n项合计占" says:
    the n amounts written just before the count, in its sentence, none with a share of its own."""
    out = []
    figs = doc.figures
    for k, f in enumerate(figs):
        if f.kind != "percent" or f.relation != "占" or f.approximate or k == 0:
            continue
        c = figs[k - 1]
        if c.kind != "count" or c.unit != "项" or not 2 <= c.value <= 6 or c.decimals:
            continue
        if not _SUMMED_SHARE.fullmatch(doc.view[c.end:f.start]):
            continue
        n = int(c.value)
        parts = figs[max(0, k - 1 - n):k - 1]
        start = doc.sentence_start(f.start)
        if len(parts) != n or parts[0].start < start or any(
                p.kind != "amount" or not plain(p) or p.approximate or not comparable(p, parts[0]) for p in parts):
            continue
        if k - 2 - n >= 0 and figs[k - 2 - n].kind == "amount" and plain(figs[k - 2 - n]) \
                and figs[k - 2 - n].start >= start and not re.search(r"[；;]", doc.view[figs[k - 2 - n].end:parts[0].start]):
            continue  # a run of more amounts than the count names: which n is not said
        out.append((f, parts))
    return out


# -- a total smaller than one of its funding sources -------------------------------------------

_SOURCE = lazy(r"(?:财政|政府|上级|中央|省级|市级|县级)?(?:拨款|补助|专项)?资金|拨款|自筹|配套|贷款|社会资本|捐赠")
_SOURCE_NAME = lazy(r"^(?:其中)?(?:财政拨款|政府拨款|上级补助|中央补助|财政资金|专项资金|自筹资金|自筹|配套资金|银行贷款|社会资本|社会捐赠)")


_REMARK_OPEN = lazy(r"\s*[（(][^（()）。；;，,]{0,12}")
_REMARK_CLOSE = lazy(r"[^（()）。；;，,\d]{0,6}[)）]")


def _remark_of_an_amount(doc: NarrativeDoc, t: Figure) -> bool:
    """"收入合计3171.06万元（上年1962.69万元），其中财政拨款收入2917.38万元": an amount alone in brackets
    right after another amount is a remark of that one (its last year's, its budget), neither a total of its
    own nor a source: the sources after the bracket are those of the amount before it."""
    k = doc.position(t)
    if k == 0:
        return False
    prev = doc.figures[k - 1]
    return prev.kind == "amount" and bool(_REMARK_OPEN.fullmatch(doc.view, prev.end, t.start)) \
        and bool(_REMARK_CLOSE.match(doc.view, t.end))


def total_below_a_source(doc: NarrativeDoc) -> list[tuple[Figure, Figure]]:
    """"实际利用共计27652.4万元，……政府拨款支出1953.2万元，……自筹资金支出29605.6万元": the amounts
    after a 共计/合计 in its sentence named by where the money came from are the total's sources,
    and no source of a total can exceed it."""
    out = []
    listed = {pl.total.start for pl in doc.lists if pl.direct}   # checked as lists
    for t in doc.figures:
        if t.kind != "amount" or t.relation != "合计" or t.approximate or _SOURCE.search(bare(t.subject)) \
                or t.start in listed or _remark_of_an_amount(doc, t):
            continue
        end = doc.sentence_end(t.end)
        for g in doc.between(t.end, end):
            if g.kind != "amount" or not comparable(g, t) or _remark_of_an_amount(doc, g):
                continue
            if not plain(g) or g.approximate or not _SOURCE_NAME.search(bare(g.subject)):
                break   # another kind of amount: the sentence has gone on to something else
            if flows_apart(bare(g.subject), bare(t.subject)):
                break   # "收入合计520.36万元，支出合计498.12万元，财政拨款收入500万元": a source of the other flow
            if value_of(g).lo > value_of(t).hi:
                out.append((t, g))
                break
    return out


# -- a 其中 list giving each item for two years, after the totals of both years -----------------

@dataclass
class YearPairedList:
    """"2016年三公经费预算拨入33万元，2015年三公经费预算拨入57.55万元……。其中：1、公务接待费2016年
    预算8万元，2015年预算12.5万元；2、公务车辆运行2016年预算25万元，2015年预算45.2万元": each
    year's parts add up to that year's total."""

    total: Figure
    parts: list[Figure]
    computed: Interval


def _own_year(doc: NarrativeDoc, g: Figure) -> int | None:
    """The year written in a figure's own phrase ("2015年预算12.5万元"), not one of its sentence."""
    m = list(re.finditer(r"(\d{4})\s?年", doc.view[max(doc.index.phrases.start(g.start), g.start - 30):g.start]))
    return int(m[-1].group(1)) if m else None


def year_paired_lists(doc: NarrativeDoc) -> list[YearPairedList]:
    """Lists whose parts exceed their year's total (a 其中 list may leave parts out, so only a
    sum above the total is certain to be wrong)."""
    out = []
    view = doc.view
    for m in re.finditer(r"其中\s*[:：]", view):
        k = m.start()
        if doc.sentence_start(k) < k - 2 or k == 0:
            continue   # 其中 must open its sentence: the totals are the only two before it in its paragraph
        totals = [g for g in doc.between(doc.paragraph_start(k), k) if g.kind == "amount" and plain(g) and not g.approximate]
        if len(totals) != 2 or not all(_own_year(doc, g) for g in totals) or _own_year(doc, totals[0]) == _own_year(doc, totals[1]):
            continue
        a, b = (norm_name(bare(g.subject)) for g in totals)
        if not a or not b or not (a.endswith(b) or b.endswith(a)) or not comparable(*totals):
            continue
        years = {_own_year(doc, g): g for g in totals}
        end = doc.paragraph_end(m.end())
        parts: dict[int, list[Figure]] = {y: [] for y in years}
        order = []
        for g in doc.between(m.end(), end):
            if g.kind != "amount" or not plain(g) or not comparable(g, totals[0]):
                continue
            y = _own_year(doc, g)
            if y not in parts or g.approximate:
                order = []
                break
            parts[y].append(g)
            order.append(y)
        n = len(order) // 2
        if n < 2 or any(len(v) != n for v in parts.values()) or len(set(order[0::2])) != 1 or len(set(order[1::2])) != 1:
            continue   # each item gives both years, in the same order
        for y, t in years.items():
            computed = interval_sum(value_of(g) for g in parts[y])
            if computed.lo > value_of(t).hi:
                out.append(YearPairedList(t, parts[y], computed))
    return out


# -- a difference named by its own words: 送审 − 审定 = 审减, 预算 − 实际采购 = 节约 -----------------

# (first, second, difference, rate, either way): names ending the subjects, in reading order; no rate is read where
# ``rate`` is None, and ``either way`` the difference is the gap whichever of the first two is the larger
_REDUCTIONS = tuple((lazy(first), lazy(second), lazy(diff), lazy(rate) if rate else None, either_way)
                    for first, second, diff, rate, either_way in (   # searched three times per figure
    (r"送审(?:金额|资金|造价|总额|数)?$", r"审定(?:金额|资金|造价|总额|数)?$", r"(?:审减|核减)(?:金额|资金|额)?$",
     r"(?:审减|核减)率$", False),
    (r"采购预算(?:金额|资金|总额|数)?$", r"(?:实际采购|中标|成交)(?:金额|资金|总额|价|数)?$", r"节约(?:金额|资金|额)?$",
     r"(?:资金)?节约率$", False),
    # "公务用车运行维护费支出0万元，年初预算为0.95万元，差值为0.95万元": the gap between an actual and its budget,
    # either way (the one over the other said nowhere)
    (r"(?:支出|决算)(?:数|金额|总额)?$", r"(?:年初|全年|调整后?的?)?预算(?:数|金额|总额)?$", r"^(?:差值|差额)$",
     None, True),
))


@dataclass
class Reduction:
    """"送审金额115991万元，审定金额97219万元，审减金额18906万元，审减率16.39%"."""

    first: Figure
    second: Figure
    difference: Figure
    rate: Figure | None
    difference_fails: bool     # difference ≠ first − second (and no 审增 said that would net it)
    rate_fails: bool           # no reading of the rate holds
    rate_computed: Interval | None


def reductions(doc: NarrativeDoc) -> list[Reduction]:
    cached = doc.__dict__.get("_reductions")
    if cached is not None:
        return cached
    out = []
    figs = doc.figures
    names = [bare(f.subject) for f in figs]   # each made bare once, not once per pattern and triple
    for i in range(len(figs) - 2):
        a, b, c = figs[i:i + 3]
        for first, second, diff, rate, either_way in _REDUCTIONS:
            if not (first.search(names[i]) and second.search(names[i + 1]) and diff.search(names[i + 2])):
                continue
            if any(g.kind != "amount" or g.approximate or not plain(g) for g in (a, b, c)) or not comparable(a, b) \
                    or not comparable(a, c) or doc.sentence_start(c.start) > a.start:
                continue
            d = i + 3 < len(figs) and figs[i + 3]
            r = d if d and d.kind == "percent" and rate is not None and rate.search(bare(d.subject)) and not d.approximate \
                and doc.sentence_start(d.start) <= a.start else None
            netted = re.search(r"审增|核增", doc.view[doc.sentence_start(a.start):doc.sentence_end(c.end)])
            if either_way:
                if re.search(r"[；;]", doc.view[a.end:c.start]) or len(doc.between(a.end, c.start)) != 1:
                    continue   # the three of one clause run, nothing between them
                if value_of(a).hi < value_of(b).lo:
                    a, b = b, a   # under the budget: the gap is the budget less the actual
            diff_fails, rate_fails, q = _reduction_fails(value_of(a), value_of(b), c, r, netted)
            if (diff_fails or rate_fails) and (pairs := _earlier_pairs(doc, figs, names, i, first, second)) is not None:
                # "货物类采购预算2103.29万元，成交1766.76万元；服务类采购预算3101.49万元，成交2636.27万元；共节约资金
                # 801.75万元，综合资金节约率15.40%": a saving told after several pairs of the sentence may be of all
                # (each of the two, the difference and the rate, fails only if it fails read either way)
                all_diff, all_rate, _ = _reduction_fails(*pairs, c, r, netted)
                diff_fails, rate_fails = diff_fails and all_diff, rate_fails and all_rate
            if diff_fails or rate_fails:
                out.append(Reduction(a, b, c, r, diff_fails, rate_fails, q))
    doc.__dict__["_reductions"] = out
    return out


def _reduction_fails(first: Interval, second: Interval, c: Figure, r: Figure | None, netted) -> tuple[bool, bool, Interval | None]:
    """Whether the difference, and the rate, fail as the reduction from ``first`` to ``second``."""
    computed = first - second
    diff_fails = not computed.overlaps(value_of(c)) and not netted
    rate_fails, q = False, None
    if r is not None and first.lo > 0 and second.lo > 0:
        q = value_of(c) / first
        readings = [q, computed / first, value_of(c) / second, computed / second]
        rate_fails = not any(x is not None and _truncated_or_holds(r, x) for x in readings)
    return diff_fails, rate_fails, q


def _earlier_pairs(doc: NarrativeDoc, figs, names, i: int, first, second) -> tuple[Interval, Interval] | None:
    """The sums of the firsts and the seconds of the pairs named alike in the sentence up to the pair at ``i``,
    when there are two pairs or more, each a first followed straight by its second."""
    start = doc.sentence_start(figs[i].start)
    firsts, seconds = [], []
    for j in range(i, -1, -2):
        g, h = figs[j], figs[j + 1]
        if g.start < start or not (first.search(names[j]) and second.search(names[j + 1])) \
                or any(x.kind != "amount" or x.approximate or not plain(x) or not comparable(x, figs[i]) for x in (g, h)):
            break
        firsts.append(value_of(g))
        seconds.append(value_of(h))
    if len(firsts) < 2:
        return None
    return interval_sum(firsts), interval_sum(seconds)


@dataclass
class Saving:
    """"完成政府采购额4303.58万元，……，节约资金480.62万元，节约率10.5%": the budget not written."""

    actual: Figure
    saving: Figure
    rate: Figure
    computed: Interval      # saving ÷ (actual + saving): over the budget the saving was made on


_PURCHASED = lazy(r"(?:实际采购|政府采购|采购|中标|成交)(?:金额|资金|总额|价|数|额|规模)?$")
_SAVED = lazy(r"节约(?:金额|资金|额)?$")
_SAVING_RATE = lazy(r"(?:资金)?节约率$")


def savings_without_budget(doc: NarrativeDoc) -> list[Saving]:
    """A saving rate whose sentence states what was bought and what was saved but no budget: the
    budget is their sum; the rate holding over neither it nor the amount bought (nor cut off) is wrong."""
    out = []
    figs = doc.figures
    for i, d in enumerate(figs):
        if d.kind != "percent" or d.approximate or not _SAVING_RATE.search(bare(d.subject)) or i < 2:
            continue
        c = figs[i - 1]
        if c.kind != "amount" or c.approximate or not plain(c) or not _SAVED.search(bare(c.subject)):
            continue
        start = doc.sentence_start(d.start)
        bought = [g for g in doc.between(start, c.start) if g.kind == "amount" and plain(g) and not g.approximate
                  and g.role is None and g.relation not in CHANGE and _PURCHASED.search(bare(g.subject))]
        budgets = [g for g in doc.between(start, c.start) if "预算" in bare(g.subject)]
        if len(bought) != 1 or budgets or not comparable(bought[0], c):
            continue
        a = value_of(bought[0])
        whole = a + value_of(c)
        readings = [value_of(c) / whole, value_of(c) / a] if a.lo > 0 else []
        if readings and not any(x is not None and _truncated_or_holds(d, x) for x in readings):
            out.append(Saving(bought[0], c, d, readings[0]))
    return out


# -- a 其中 list in the sentence after its total, the parts a group complete by definition ------

# the name of the whole each group complete by definition makes up
_GROUP_WHOLE = (("因公出国", "三公"), ("人员经费", "基本支出"), ("基本支出", "支出"))


def names_its_whole(total: Figure, parts: list[Figure], complete) -> bool:
    """"“三公”经费支出决算10.00万元，比上年减少2.00万元。其中：因公出国(境)费…，公务接待费…，公务用车…":
    a list bound to a total only across a comparison, whose parts are by definition all of a group,
    is that total's when the total is named as the group's whole (三公 for the three items)."""
    if not complete(parts):
        return False
    from ..narrative.structure import measure_of

    mine = measure_of(bare(total.subject))
    if any(measure_of(bare(p.subject)) not in (None, mine) for p in parts):
        return False  # "…支出决算10万元。其中：A支出预算…": the parts are another measure
    names = " ".join(p.subject or "" for p in parts)
    subject = bare(total.subject)
    return any(first in names and whole in subject and first not in subject for first, whole in _GROUP_WHOLE)


# -- a part in 亿元 under its paragraph's total in 万元 ----------------------------------------------

_BUDGET_TOTAL = lazy(r"^(?:财政|财政总|总|本年|全年|一般公共预算|公共财政预算|地方财政|地方一般公共预算)?(收入|支出)$")
_SCOPE_WORD = lazy(r"国|省|市|县|区|州|镇|乡|中央|上级|全社会")


def yi_for_wan(doc: NarrativeDoc) -> list[tuple[Figure, Figure]]:
    """"全年财政收入93492万元……税收收入83518亿元": in a paragraph whose other amounts are all in 万元,
    an amount in 亿元 named as a part of a budget total stated before it in the paragraph
    (the same head 收入/支出, no place or level of its own) is over a thousand times that total as
    written and within it read as 万元: the part cannot exceed its total, and only the unit makes it
    do so by orders of magnitude (a part merely above its total is not a unit slip).  (slip, total)."""
    out = []
    for f in doc.figures:
        if f.kind != "amount" or f.unit != "亿元" or f.approximate or not f.value or f.relation in CHANGE:
            continue
        name = norm_name(f.subject)
        head = name[-2:]
        if head not in ("收入", "支出") or _SCOPE_WORD.search(f.subject or "") or _BUDGET_TOTAL.match(name):
            continue
        start, end = doc.paragraph_start(f.start), doc.paragraph_end(f.start)
        amounts = [g for g in doc.between(start, end) if g.kind == "amount" and g is not f]
        if len(amounts) < 2 or any(g.unit != "万元" for g in amounts):
            continue
        for t in amounts:
            m = _BUDGET_TOTAL.match(norm_name(t.subject))
            if t.start > f.start or m is None or m.group(1) != head or t.approximate or t.relation in CHANGE:
                continue
            if value_of(f).lo > 1000 * value_of(t).hi and f.interval.hi <= value_of(t).lo:
                out.append((f, t))
                break
    return out


# -- a share that holds only with one of its two amounts read in the other's unit ---------------

@dataclass
class ShareSlip:
    share: Figure
    part: Figure
    whole: Figure
    slip: Figure | None     # the one of the two whose unit the paragraph's other amounts do not use; None: either
    digits: Interval        # the share of the two figures' digits, units left aside (a fraction)
    written: Interval       # the share as written, units counted


def share_slips(doc: NarrativeDoc) -> list[ShareSlip]:
    """"“三公经费”支出6367.25亿元，公车费用4108.12万元，占64.5%": a share whose part and whole (an amount before the
    part in its sentence or the sentence before) are in units a thousand times or more apart, the share holding with
    their digits and not with their units, and no other amount there giving it.  One of the two units is wrong: the
    digits agreeing to the share's last place leave no other reading.  The one named is the unit the paragraph's other
    amounts do not use; none when they do not tell."""
    out = []
    for f in doc.figures:
        if f.kind != "percent" or f.relation != "占" or f.approximate or not f.value:
            continue
        part = numerator(doc, f)
        if part is None or part.kind != "amount" or part.approximate or not part.value or part.wan_yuan is None:
            continue
        start = doc.sentence_start(part.start)
        lo = doc.sentence_start(start - 1) if start else 0
        stated = value_of(f)
        window = [g for g in doc.between(lo, part.start) if g.kind == "amount" and g.value and not g.approximate
                  and g.wan_yuan is not None and g.relation not in CHANGE and g.role is None]
        if all(g.unit == part.unit for g in window):
            continue   # (no amount in another unit: no slip a share could show)
        if any(stated.overlaps(value_of(part) / value_of(g)) for g in window):
            continue   # a whole the share is of, as written
        named = re.sub(r"[“”\"\s]", "", bare(f.of)).lstrip("占").removesuffix("的")
        found = []
        for g in window:
            if len(named) >= 2 and named not in re.sub(r"[“”\"\s]", "", g.subject or ""):
                continue   # "占“三公”经费的64.5%": a share of a whole it names, not of another amount before it
            factor = value_of(g).mid / g.interval.mid / (value_of(part).mid / part.interval.mid)
            if 0.001 < factor < 1000:
                continue   # units not that far apart (千元 and 万元): no unit slip the digits could show
            digits = part.interval / g.interval
            if stated.overlaps(digits):
                found.append((g, digits))
        if len(found) != 1:
            continue
        whole, digits = found[0]
        paragraph = doc.between(doc.paragraph_start(f.start), doc.paragraph_end(f.start))
        others = [g.unit for g in paragraph if g.kind == "amount" and g is not part and g is not whole and g.wan_yuan is not None]
        slip = None
        if others and all(u == part.unit for u in others):
            slip = whole
        elif others and all(u == whole.unit for u in others):
            slip = part
        out.append(ShareSlip(f, part, whole, slip, digits, value_of(part) / value_of(whole)))
    return out


# -- a whole whose own rate holds only over its parts' sum -----------------------------------------

@dataclass
class RateOfTheParts:
    """"累计到位资金17.87亿元,核拨资金15.99亿元、核拨率91.72%…。其中:阿图什市到位资金6.02亿元,…": the parts add to
    17.44, and the rate written of the whole in its own sentence is 15.99 ÷ 17.44, not 15.99 ÷ 17.87."""

    whole: Figure
    parts: list[Figure]
    computed: Interval          # the parts' sum
    rates: list[tuple[Figure, Figure, Interval]]   # (rate, its numerator, the rate over the whole as written)


def wholes_their_rates_correct(doc: NarrativeDoc) -> dict[int, RateOfTheParts]:
    """Wholes off their parts' sum (found once per document, keyed by the whole's start) where every rate written
    right after the whole in its sentence, of an amount written there over the whole, fails as written and holds over
    the parts' sum: the text's own rates were worked out from the sum, so the whole as written is the slip (at least
    one such rate; none of another kind between)."""
    cached = doc.__dict__.get("_rates_of_parts")
    if cached is not None:
        return cached
    out: dict[int, RateOfTheParts] = {}
    for pl in doc.lists:
        whole, parts = pl.total, pl.parts
        if whole.kind != "amount" or whole.approximate or len(parts) < 2 or pl.unreadable or any(p.approximate for p in parts):
            continue
        end = min(doc.sentence_end(whole.end), pl.marker if pl.marker > whole.end else len(doc.view))
        if not any(f.kind == "percent" for f in doc.between(whole.end, end)):
            continue   # (no rate written after it: the common case, decided before any sum)
        stated = value_of(whole)
        computed = interval_sum(value_of(p) for p in parts)
        if computed.overlaps(stated) or computed.lo <= 0:
            continue
        rates = []
        for f in doc.between(whole.end, end):
            if f.kind != "percent" or f.approximate or f.relation is not None or not bare(f.subject).endswith("率"):
                continue
            a = next((g for g in doc.before(f, limit=3) if g.start > whole.end), None)
            if a is None or a.kind != "amount" or not plain(a) or a.approximate or not comparable(a, whole) or not a.value:
                rates = []
                break
            as_written = value_of(a) / stated
            over_parts = value_of(a) / computed
            if as_written is None or over_parts is None or as_written.overlaps(value_of(f)) or not over_parts.overlaps(value_of(f)):
                rates = []
                break
            rates.append((f, a, as_written))
        if rates:
            out[whole.start] = RateOfTheParts(whole, parts, computed, rates)
    doc.__dict__["_rates_of_parts"] = out
    return out


# -- items of one list worded alike, the others in 万元, this one in 元 ------------------------------

# a rate per head or a price; a prize, fixed prize by prize (奖金50万元 and 奖金500元 in one list)
_NOT_A_TOTAL = lazy(r"每|均|标准|单价|价格|/|奖金")
_PER_AFTER = lazy(r"\s*[（(]?\s*(?:/|／|每)")   # "80元/人", "48元（每人每月）"


def list_item_slips(doc: NarrativeDoc) -> list[tuple[Figure, list[Figure], str]]:
    """"2. 安排使用市本级福彩公益金10万元,资助…" … "6. 安排使用市本级福彩公益金10元,资助…": items of one numbered
    list (lines with markers of one style) that open with the very same words up to their first amount, at least two
    of them in 万元, and this one in 元 with digits of their size (from a tenth of the smallest to ten times the largest)
    and under 1000: as written it would grant a few 元 where the same words grant tens of 万元 — the 万 was dropped.
    Words naming a rate or a price per head (每, 均, 标准, 单价) are not a total's; nothing then.  (slip, items in 万元, the
    words)."""
    out = []
    view = doc.view
    for f in doc.figures:
        if f.unit != "元" or f.kind != "amount" or f.approximate or not 0 < f.value < 1000 or _PER_AFTER.match(view, f.end) \
                or _PER_AFTER.match(doc.narrative.text, f.end):   # the view blanks a remark in brackets out
            continue
        start = doc.paragraph_start(f.start)
        style = marker_of(view[start:f.start])
        if style is None or doc.first_between(start, f.start) is not None:
            continue
        words = without_marker(view[start:f.start].lstrip()).strip()
        if len(words) < 4 or any(ch.isdigit() for ch in words) or _NOT_A_TOTAL.search(words):
            continue
        siblings = _items_of_the_list(doc, start, style)
        alike = [g for g in siblings if g.kind == "amount" and g.unit == "万元"
                 and g.value and not g.approximate and without_marker(view[doc.paragraph_start(g.start):g.start].lstrip()).strip() == words]
        if len(alike) >= 2 and min(g.value for g in alike) / 10 <= f.value <= max(g.value for g in alike) * 10 \
                and not _a_total_holds_as_written(doc, f, siblings, alike):
            out.append((f, alike, words))
    return out


def listed_as_written(doc: NarrativeDoc, f: Figure, twins: list[Figure]) -> bool:
    """An amount in 元 on a numbered line whose list's items, as written, make a total written in the text (and do not
    with the 万 put back): the 元 is as written, whatever figure of the same name elsewhere is in 万元."""
    start = doc.paragraph_start(f.start)
    style = marker_of(doc.view[start:f.start])
    return style is not None and _a_total_holds_as_written(doc, f, _items_of_the_list(doc, start, style), twins)


def _a_total_holds_as_written(doc: NarrativeDoc, f: Figure, siblings: list[Figure], alike: list[Figure]) -> bool:
    """"本年共安排资金160.01万元" over items of 120万元, 40万元 and 80元: a total written in the text near the list (from
    a few paragraphs before it to just after it) that the list's items make as written (80 元 adding 0.008) and not
    with the 万 put back — the small item is as written.  (``siblings``: the first figures of the list's other lines.)"""
    items = [g for g in siblings if g.kind == "amount" and comparable(g, f) and not g.approximate]
    if len(items) < 2:
        return False
    alike_at = {g.start for g in alike}
    item_at = {g.start for g in items}
    first, last = min(g.start for g in (f, *items)), max(g.end for g in (f, *items))
    whole_list = interval_sum([value_of(f), *(value_of(g) for g in items)])
    for total in doc.between(max(0, first - _TOTAL_REACH_BEFORE), last + _TOTAL_REACH_AFTER):
        if total.kind != "amount" or total.approximate or total.start == f.start or not comparable(total, f) \
                or total.start in alike_at:
            continue   # a sibling worded alike is an item, not the total ("…20万元" beside "…20万元" and "…25元")
        # the total may head the list under a marker of the same style ("二、项目安排（合计263.01万元）")
        if total.start in item_at:
            if len(items) < 3:
                continue
            as_written = interval_sum([value_of(f), *(value_of(g) for g in items if g.start != total.start)])
        else:
            as_written = whole_list
        if value_of(total).overlaps(as_written) and not value_of(total).overlaps(as_written + value_of(f).scale(9999)):
            return True
    return False


_TOTAL_REACH_BEFORE, _TOTAL_REACH_AFTER = 3000, 1000   # characters around a list its total is looked for in


def _items_of_the_list(doc: NarrativeDoc, start: int, style: str, reach: int = 40) -> list[Figure]:
    """The first figure of each other line of the list the line at ``start`` is an item of: the lines around it
    with a marker of the same style (blank lines between are passed; any other line ends the list)."""
    out = []
    for step in (-1, 1):
        at = start
        for _ in range(reach):
            if step < 0:
                if at == 0:
                    break
                at = doc.paragraph_start(at - 1)
            else:
                nxt = doc.paragraph_end(at) + 1
                if nxt >= len(doc.view):
                    break
                at = nxt
            end = doc.paragraph_end(at)
            line = doc.view[at:end]
            if not line.strip():
                continue
            if marker_of(line) != style:
                break
            g = doc.first_between(at, end)
            if g is not None:
                out.append(g)
    return out


# -- an average per head or per vehicle that is its total's digits over the count -------------

# the average's own word and the units of the count it is per ("车均", "平均每辆", "人均", "户均", "生均")
_PER_WORDS = ((lazy(r"车均|每辆|每輛|每台"), ("辆", "輛", "台")), (lazy(r"户均|每户|每戶"), ("户", "戶")),
              (lazy(r"[人生]均|每人|每名"), ("人", "名")))
_MEASURE_AFTER = lazy(r"(?:车|户|人|生)均|平均每[辆輛台户戶人名]|每[辆輛台户戶人名]")


def average_slips(doc: NarrativeDoc) -> list[tuple[Figure, Figure, Figure]]:
    """"公务用车购置及运行维护费17.9万元……车辆保有量为3辆，全年车均运行维护费支出5.97元": an average per vehicle
    (per household, per head) in 元 that is the digits of a total of its measure in 万元 over the count of
    what it is per, written before it in its paragraph or the one before: 17.9 ÷ 3 = 5.97 — in 万元.  Nothing when the
    average holds as written over any such total and count.  (slip, total, count)."""
    out = []
    for f in doc.figures:
        if f.kind != "amount" or f.unit != "元" or f.approximate or not f.value or not f.subject \
                or "均" not in f.subject and "每" not in f.subject:
            continue
        units = next((u for words, u in _PER_WORDS if words.search(f.subject)), None)
        said = _MEASURE_AFTER.search(f.subject)
        if units is None or said is None:
            continue
        measure = norm_name(f.subject[said.end():])
        if len(measure) < 3:
            continue
        floor = doc.paragraph_start(f.start)
        if floor:
            floor = doc.paragraph_start(floor - 1)
        window = doc.between(max(floor, f.start - 600), f.start)
        counts = [g for g in window if g.kind == "count" and g.unit in units and g.value >= 1 and not g.approximate
                  and not g.decimals and g.relation not in CHANGE]
        totals = [g for g in window if g.kind == "amount" and g.value and not g.approximate and g.wan_yuan is not None
                  and g.relation not in CHANGE and g.role is None and _shares_a_measure(norm_name(g.subject), measure)]
        pairs = [(t, n) for t in totals for n in counts]
        if not pairs or any((value_of(t) / n.interval).overlaps(value_of(f)) for t, n in pairs):
            continue
        slips = [(t, n) for t, n in pairs if t.unit in ("万元", "萬元") and (t.interval / n.interval).overlaps(f.interval)]
        if len(slips) == 1:
            out.append((f, *slips[0]))
    return out


def _shares_a_measure(name: str, measure: str) -> bool:
    """A total's name holding the average's measure ("运行维护费" of "车均运行维护费支出"): four characters
    in a row in common, or all of a shorter measure."""
    k = min(4, len(measure))
    return any(measure[i:i + k] in name for i in range(len(measure) - k + 1))


# -- "X万元，由A万元，加B万元构成" ---------------------------------------------------------------------

_COMPOSED_BY = lazy(r"\s*[，,]\s*由(?!于|此)")
_COMPOSED_END = lazy(r"构成|组成")
_NESTED = lazy(r"其中|包括|包含|含")
_NAME_BEFORE = lazy(r"([\u4e00-\u9fff]{2,12})[\s,，:：]*$")


def composed_over(doc: NarrativeDoc) -> list[tuple[Figure, list[Figure], Interval, str]]:
    """"支出总计,867.48万元,由一般公共预算支出1,867.48万元,加上解支出…等0万元等构成": a total followed
    in its own sentence by "由 … 构成/组成" names its parts; amounts that, being parts of it, add
    above it cannot hold in any reading.  (total, parts, their sum, the total's name)."""
    out = []
    for f in doc.figures:
        if f.kind != "amount" or not plain(f) or f.approximate or not _COMPOSED_BY.match(doc.view, f.end):
            continue
        end = doc.sentence_end(f.end)
        stop = _COMPOSED_END.search(doc.view, f.end, end)
        if stop is None or _NESTED.search(doc.view, f.end, stop.start()):
            continue
        parts = [g for g in doc.between(f.end, stop.start())]
        if not parts or any(not plain(g) or g.approximate or not comparable(g, f) for g in parts):
            continue
        computed = interval_sum(value_of(g) for g in parts)
        if computed.lo > value_of(f).hi:
            m = _NAME_BEFORE.search(doc.view, doc.sentence_start(f.start), f.start)
            out.append((f, parts, computed, f.subject or (m.group(1) if m else "")))
    return out


@dataclass
class BasedRate:
    """"A 525725.68万元，与2010年执行数465850.32万元相比，增幅只是11%": a rate of change whose two
    figures are both written, the base right before the rate, with no change amount between."""

    rate: Figure
    current: Figure
    base: Figure
    computed: Interval     # (current − base) ÷ base, signed
    truncated: bool
    slip: Figure | None = None       # the one figure in 元 among 万元 (or the other way) whose unit makes it fail
    slip_computed: Interval | None = None
    subject: str | None = None       # what changed, when the current figure's own words do not say it
    same_caliber: bool = False       # said "同口径" of two figures labelled last year's and this year's


# between the base and its rate: only the words of the comparison ("相比，预算增幅只是")
_BASE_TO_RATE = lazy(r"\s*[,，]?\s*(?:相比|相较|对比)?\s*[,，]?\s*[^，,。；;：:\d]{0,8}?"
                     r"(?:增加|增长|增幅|提高|上升|下降|减少|降低|降幅|减幅|" + SURGE_VERBS + r"|增|降|减)\s*(?:了|为|是|达到?|(?:只|仅)(?:是|为|有)?)?\s*$")
# the base itself said to be on the same caliber: "与上年的73991万元同口径相比增12.05%"
_CALIBER_OF_THE_BASE = lazy(r"\s*同口径\s*(?:相比|相较|对比)")
# between the current figure and the base: the start of the comparison only ("，比上年", "，与2010年执行数")
_CURRENT_TO_BASE = lazy(r"\s*[,，]?\s*(相比|相较|对比|比|较|与|和|同)[^，,。；;：:比较与]{0,16}$")
_CHANGE_IN_GAP = lazy(r"增|减|加|降|升|提高|多|少|节约|超")  # "比上年预算数加23.47万元": a change
_ADJUSTED = lazy(r"可比|口径|自然|实际|剔除|扣除|不含|按.{0,6}计")
# a bracketed remark right after the rate naming its basis: "增长7.5%（按可比价格计算）"
_ADJUSTED_AFTER = lazy(r"\s*[（(][^）)]{0,16}?(?:可比|口径|剔除|扣除|不含|按.{0,6}计)")
_AVERAGE_RATE = lazy(r"年均|平均")
# "下降为80%", "增长为125%": 为 (是, 达) before a rate may give the level reached, of the base
_LEVEL_WORD = lazy(r"(?:为|是|达到?)\s*$")
_COMPARED_AFTER = lazy(r"\s*[,，]?\s*(?:同口径)?\s*(?:相比|相较|对比)")


# "，比上年的691.92增长5.58%": a base written without its unit, right between a figure and its rate
_BARE_BASE = lazy(r"\s*[,，]?\s*(?:比|较)(?:上年|去年|上一年|\d{4}\s*年度?)的?\s*(\d+(?:\.\d+)?)\s*(?:相比)?\s*[,，]?\s*"
                  r"(?:增长|增加|下降|减少)了?\s*")


def _unitless_base(doc: NarrativeDoc, current: Figure, f: Figure) -> Figure | None:
    """The base of a rate written as a bare number after an amount ("为730.48亿元，比上年的691.92增长
    5.58%"), read in the amount's unit; None unless the words between are only the comparison."""
    if current.kind != "amount" or current.approximate:
        return None
    m = _BARE_BASE.fullmatch(doc.view, current.end, f.start)
    if m is None:
        return None
    digits = m.group(1)
    decimals = len(digits.split(".")[1]) if "." in digits else 0
    return Figure(digits, float(digits), current.unit, decimals, "上年", "amount", m.start(1), m.end(1), year=current.year)


# two figures named by their years, then the rate: "由上年的100万元增加到120万元，增长20%" (from one level
# to the other), "上年100万元，本年120万元，比上年增长20%", "120万元，上年为100万元，增长20%" (each figure
# labelled with its year, the item named once or alike)
_FROM_BASE = lazy(r"(?:由|从)\s*(?:上年|去年|上一年|上年度|上年同期|(\d{4})\s*年(?:度|末|底)?)?(?:同期)?的?\s*$")
_UP_TO = lazy(r"\s*[,，]?\s*(?:增加|增长|提高|上升|升|下降|减少|降低|" + SURGE_VERBS + r"|降|增|减)(?:到|至)\s*(?:本年|今年|当年|(\d{4})\s*年(?:度|末|底)?)?的?\s*$")
_YEAR_LABEL = lazy(r"(?:(?P<last>上年|去年|上一年|上年度|上年同期)|(?P<this>本年|今年|当年|本年度)|(?P<year>\d{4})\s*年度?)"
                   r"(?P<name>[\u4e00-\u9fff]{0,10}?)(?:为|是|实际|决算数?为?)?\s*$")
_LABEL_TO_RATE = lazy(r"\s*(?:[（(][^（）()\d]{0,12}[)）])?\s*[,，]\s*(?:本年|今年)?\s*(?:同口径)?\s*(?:同比|比上年|较上年|比去年|较去年)?\s*"
                      r"(?:增长|增加|提高|上升|下降|减少|降低|增幅|降幅|减幅|" + SURGE_VERBS + r"|增|降|减)(?:了|幅度)?\s*$")
_ONE_COMMA = lazy(r"\s*[，,]\s*")
_COMPARING = lazy(r"增|减|降|升|比|较|与|相")


def _label(text: str, whole: bool = False) -> tuple[int, str, str] | None:
    """The year a clause's last words give the figure after them (0 for last year, 1 for this year, or
    the year written), the name after the label and the label's words; ``whole``: the label opens the
    words.  A year in a comparison ("比上年预算增") labels nothing."""
    m = _YEAR_LABEL.fullmatch(text) if whole else _YEAR_LABEL.search(text)
    if m is None or m.start() and text[m.start() - 1] in "比较与同由从" or _COMPARING.search(m.group("name")):
        return None
    year = 0 if m.group("last") else 1 if m.group("this") else int(m.group("year"))
    return year, m.group("name"), m.group(0)


# the stage of a figure its label (or a remark after it: "100万元（决算数）") names: a budget (预算, 安排,
# 预计) or an outturn (决算, 执行, 实际, 完成); a budget as first passed (年初) or as adjusted (调整, 追加)
_LABEL_STAGES = (("budget", lazy(r"预算|预计|安排|计划(?!生育)")), ("outturn", lazy(r"决算|执行|实际|完成")),
           ("initial", lazy(r"年初")), ("adjusted", lazy(r"调整|追加|变动")))
_REMARK_AFTER = lazy(r"\s*[（(]([^（）()]{0,12})[)）]")


def _remark_after(doc: NarrativeDoc, f: Figure) -> str:
    """The words written right after a figure, with a remark the view blanks ("（赤字）"), in simplified
    script as the view is ("（含歷年滾存）" as "（含历年滚存）")."""
    return _written(doc, f.end, f.end + 40)


def _written(doc: NarrativeDoc, a: int, b: int) -> str:
    """The text written from ``a`` to ``b``, with the remarks the view blanks, in simplified script as the view is."""
    folds = doc.__dict__.get("_folds")
    if folds is None:
        # (whether the text is folded at all is the whole text's to say: a short piece may hold no character
        # that marks it traditional; folded, each character is folded on its own, so the piece alone will do)
        folds = doc.__dict__["_folds"] = folds_traditional(doc.narrative.text)
    piece = doc.narrative.text[a:b]
    return simplified_piece(piece) if folds else piece


def _stages(words: str) -> set[str]:
    return {s for s, pattern in _LABEL_STAGES if pattern.search(words)}


def _other_stages(one: set[str], other: set[str]) -> bool:
    """Two figures of different stages ("上年预算…，本年决算…", "年初预算…，调整预算…"): not one measure."""
    for kinds in ({"budget", "outturn"}, {"initial", "adjusted"}):
        if one & kinds and other & kinds and not one & other & kinds:
            return True
    return False


def _labelled_pair(doc: NarrativeDoc, i: int) -> tuple[Figure, Figure, str, bool] | None:
    """The base and the current figure of a rate written after both, each named by its year, or the
    levels of a "由…增加到…" (see ``_FROM_BASE``).  Only money of a budget or a treasury: growth of
    output or of incomes is said at comparable prices, not of the two figures written."""
    if i < 2:
        return None
    a, b, f = doc.figures[i - 2], doc.figures[i - 1], doc.figures[i]
    between = doc.view[a.end:b.start]
    # "公务用车购置及运行维护费6.20万元（2022年：7.05万元），下降11.1%": the other year's figure in brackets after it
    bracketed = between[:1] in "（(" and doc.view[b.end:b.end + 1] in "）)" and not re.search(r"[（()）]", between[1:])
    if bracketed:
        between = "，" + between[1:]
    if a.kind != "amount" or b.kind != "amount" or not _LABEL_TO_RATE.fullmatch(doc.view, b.end + bracketed, f.start):
        return None
    sentence = doc.sentence_start(a.start)
    lead = doc.view[max(sentence, a.start - 24):a.start]
    pair = None
    if (m := _FROM_BASE.search(lead)) and (n := _UP_TO.fullmatch(between)):
        if not (m.group(1) and n.group(1) and int(n.group(1)) - int(m.group(1)) != 1):
            pair = a, b   # (years further apart: a growth over several years, see long_growths)
    elif (comma := _ONE_COMMA.match(between)) and not re.search(r"[，,；;。]", between[comma.end():]):
        first, second = _label(doc.view[doc.clause_start(a.start):a.start]), _label(between[comma.end():], whole=True)
        if second is None or first is not None and second[1] and first[1] != second[1]:
            return None   # "2020年支出100万元，2021年收入120万元": two items
        remarks = [(r.group(1) if (r := _REMARK_AFTER.match(_remark_after(doc, h))) else "") for h in (a, b)]
        if _other_stages(_stages((first[2] if first else "") + remarks[0]), _stages(second[2] + remarks[1])):
            return None   # "上年预算100万元，本年决算120万元": a budget and an outturn, the rate maybe of either
        if second[0] == 0 and (first is None or first[0] != 0):
            pair = b, a   # "本年120万元，上年100万元", "120万元，上年为100万元"
        elif first is not None and (first[0], second[0]) == (0, 1) or first is not None and first[0] > 1 \
                and second[0] == first[0] + 1:
            pair = a, b   # "上年100万元，本年120万元", "2020年100万元，2021年120万元"
    if pair is None:
        return None
    name = doc.view[sentence:a.start]
    if not _NOMINAL.search(name):
        name += _list_lead(doc, a.start)   # "…生均一般公共预算教育经费增长情况是：\n(1) 普通小学上年…元，本年…元"
    said = doc.view[sentence:doc.sentence_end(f.end)]
    if not _NOMINAL.search(name) or _REAL_GROWTH.search(name) or _OTHER_BASIS.search(name) \
            or _OTHER_BASIS.search(_SAME_CALIBER.sub("", said)):
        return None
    item = _FROM_WORD.sub("", _YEAR_WORDS.sub("", doc.view[doc.clause_start(a.start):a.start]).strip())
    item = without_marker(item)   # "(1) 普通小学": the item, not its number
    # ("上年…元，本年…元，同口径比上年增长…": the two figures written as last year's and this year's, the rate said on
    # the same caliber — of them, unless last year's was restated on that caliber and the restated one left unwritten)
    return pair[0], pair[1], item, bool(_SAME_CALIBER.search(said))


_SAME_CALIBER = lazy(r"同口径")
# a clause closing the sentence after a rate, naming its basis and nothing more: "…增长18%，按同口径计算。"
_BASIS_CLAUSE_AFTER = lazy(r"\s*[，,]\s*[^，,；;。\d%％]{0,16}?(?:可比|口径|剔除|扣除|还原|不含|不考虑)[^，,；;。\d%％]{0,16}(?:[。；;]|$)")


def basis_elsewhere(doc: NarrativeDoc, current: Figure, f: Figure) -> bool:
    """A rate's basis named outside the words between its figures: in the sentence before the current figure
    ("同口径比较，本年…", "剔除机构改革因素后，…"), in a remark on the current figure ("1200万元（同口径）") or in
    a clause of its own closing the sentence after the rate ("…增长18%，按同口径计算。").  (A base said to be on
    the same caliber, "与上年的73991万元同口径相比增12.05%", is the one compared: ``_CALIBER_OF_THE_BASE``.)"""
    lead = doc.sentence_start(current.start)
    # (from the last rate before it: "税收收入剔除留抵退税因素后增长10%，非税收入…" names the basis of that rate only)
    lead = max([lead] + [g.end for g in doc.between(lead, current.start) if g.kind == "percent"])
    if _OTHER_BASIS.search(_written(doc, lead, current.start)) or _ADJUSTED_AFTER.match(_remark_after(doc, current)):
        return True
    return bool(_BASIS_CLAUSE_AFTER.match(_written(doc, f.end, doc.sentence_end(f.end) + 1)))




def _list_lead(doc: NarrativeDoc, at: int) -> str:
    """The sentence introducing the numbered list whose item ``at`` is in ("…增长情况是：" before "(1) 普通小学…",
    "(2) …"), the items on lines of their own in one marker style; "" when the line is no such item."""
    view = doc.view
    floor = doc.paragraph_start(at)
    style = marker_of(view[floor:doc.paragraph_end(floor)])
    if style is None:
        return ""
    for _ in range(24):
        if floor == 0:
            return ""
        prev = doc.paragraph_start(floor - 1)
        line = view[prev:floor - 1]
        floor = prev
        if not line.strip() or marker_of(line) == style:
            continue
        line = line.rstrip()
        return line[line.rfind("。") + 1:] if line.endswith(("：", ":")) else ""
    return ""


_FROM_WORD = lazy(r"(?:则|就)?\s*(?:由|从)\s*$")   # "业务成本与费用则由8.26亿元，减少至…": the item is named before it
_YEAR_WORDS = lazy(r"(?:由|从)?(?:上年|去年|上一年|上年度|上年同期|本年度|本年|今年|当年|\d{4}\s*年(?:度|末|底)?)(?:同期)?的?|"
                   r"(?:为|是|实际)$")


def based_rates(doc: NarrativeDoc) -> list[BasedRate]:
    """Rates of a change whose figure and base are both written before them (computed once per
    document: N-UNIT-SLIP and N-CHANGE both ask)."""
    cached = doc.__dict__.get("_based_rates")
    if cached is not None:
        return cached
    out = []
    for i, f in enumerate(doc.figures):
        if f.kind != "percent" or f.relation not in CHANGE or f.approximate or f.start in doc.frames:
            continue
        if i < 1:
            continue
        bare_base = _unitless_base(doc, doc.figures[i - 1], f)
        labelled = _labelled_pair(doc, i) if bare_base is None else None
        if bare_base is not None:
            # "730.48亿元，比上年的691.92增长5.58%": the base in the same unit
            base, current = bare_base, doc.figures[i - 1]
        elif labelled is not None:
            base, current, _, _ = labelled
        elif i < 2:
            continue
        else:
            base, current = doc.figures[i - 1], doc.figures[i - 2]
        lead = doc.view[current.end:base.start]
        if labelled is None and bare_base is None and current.kind == "percent" and i >= 4:
            # "全年一般公共预算支出537347万元,占调整预算数539267万元的99.6%,较上年508794万元增长4.9%": the figure's own
            # completion of its budget between it and the comparison
            own = doc.figures[i - 4]
            gap = doc.view[own.end:base.start]
            lead = ITS_COMPLETION.sub("", gap, count=1)
            if lead == gap or not plain(own) or own.kind != "amount":
                continue
            current = own
        if base.kind != "amount" or base.approximate:
            continue
        if labelled is None and not _BASE_TO_RATE.match(doc.view[base.end:f.start]):
            continue
        if "分别" in doc.view[base.end:f.start]:
            continue  # "与上年的1000万元和2021年的900万元相比，分别增长20%和33.33%": one rate per base
        caliber = labelled is not None and labelled[3]
        gap, written = doc.view[base.end:f.start], doc.narrative.text[base.end:f.start]
        if caliber or _CALIBER_OF_THE_BASE.match(gap):
            # "与上年的73991万元同口径相比增12.05%": the base written is the one on the same caliber
            gap, written = _SAME_CALIBER.sub("", gap), _SAME_CALIBER.sub("", written)
        if _ADJUSTED.search(gap) or _ADJUSTED_AFTER.match(doc.view, f.end) or _ADJUSTED.search(written):
            # "比上年11.2亿元可比增长8%", "增长7.5%（按可比价格计算）", "较上年100万元（剔除一次性因素）增长30%"
            # (a remark the view blanks): a rate on another basis than the figures written
            continue
        if _AVERAGE_RATE.search(doc.view, base.end, f.start):
            continue  # "较2020年的100万元年均增长7.72%": a yearly average over the years between, not the change
        if not plain(current) or not comparable(current, base) or current.approximate:
            continue
        m = _CURRENT_TO_BASE.match(lead) if labelled is None else None
        if labelled is None and (m is None or _CHANGE_IN_GAP.search(m.group())
                                 or m.group(1) in "与和同" and not _COMPARED_AFTER.match(doc.view, base.end)):
            continue  # "与/和" is "and" unless "相比" closes the comparison
        if doc.sentence_start(current.start) != doc.sentence_start(f.start):
            continue
        now, before = value_of(current), value_of(base)
        if before.lo <= 0:
            continue
        q = (now - before) / before
        pct = f.interval.scale(Fraction(1, 100))
        if q is None or q.overlaps(pct.scale(-1) if f.relation == "减少" else pct):
            continue
        # (figures so rounded that the change may go either way: its size is anything up to the larger
        # bound, "2023年预算2万元，较2022年预算1.50万元增长75%" is at most 67.22 % either way)
        size = q if q.lo >= 0 else q.scale(-1) if q.hi <= 0 else Interval(0, max(-q.lo, q.hi))
        if size.overlaps(pct):
            continue  # the right size with the direction word reversed, or no direction at all
        if _LEVEL_WORD.search(doc.view, base.end, f.start) and (now / before).overlaps(pct):
            continue  # "较上年100万元下降为80%": the level it fell to, of the base
        if basis_elsewhere(doc, current, f):
            continue  # "剔除机构改革因素后，本年…比上年…增长18%", "…增长18%，按同口径计算。": the same
        # (a rate written with its sign, "增长-30%", cut from -30.90 %: the signed change cut)
        rate = BasedRate(f, current, base, q, causes.truncated(f.interval, size.scale(100))
                         or causes.truncated(f.interval, q.scale(100))
                         or _holds_with_a_figure_cut(current, base, pct, f.relation == "减少"),
                         subject=labelled[2] or None if labelled is not None else None, same_caliber=caliber)
        if current.unit != base.unit and current.unit in _WAN and base.unit in _WAN:
            # "89410萬元，比上年的131870.68元減少32.20%": the rate holds with one unit corrected
            slip = _odd_unit(doc, f, base, current)
            if slip is not None:
                other = current if slip is base else base
                fixed = Interval.rounded(slip.value, slip.decimals).scale(_WAN[other.unit])
                now, before = (fixed, value_of(base)) if slip is current else (value_of(current), fixed)
                q2 = (now - before) / before if before.lo > 0 else None
                if q2 is not None and _truncated_or_holds(f, abs(q2)):
                    rate.slip, rate.slip_computed = slip, q2
        out.append(rate)
    doc.__dict__["_based_rates"] = out
    return out


@dataclass
class TableSum:
    """A row of a table in the text against the rows that make it up, in one column: an item row
    against its 其中 rows, or the 合计 row against the numbered item rows."""

    whole: "Cell"
    whole_label: str
    column: str            # the column's header, when the table has one row of headers
    parts: list["Cell"]
    names: list[str]
    computed: Interval     # the parts' sum (for the 合计 row: the reading nearest to it)
    over: bool             # the parts exceed the whole (an error whatever else the table holds)


def _sub_rows(rows: list, i: int, style: str | None) -> list | None:
    """The 其中 rows of the item row ``rows[i]``: the rows after it up to the next item of its style
    or a total, opened by a 其中 row; None when there are none, or more than one 其中 opens among
    them ("其中:城镇…乡村…其中:男性…": of which row is the second a breakdown?)."""
    subs = []
    for row in rows[i + 1:]:
        if row.total or (row.marker == style and not row.sub):
            break
        subs.append(row)
    if not subs or not subs[0].sub or sum(r.sub for r in subs) > 1:
        return None
    if style is not None and subs[0].marker == style:
        return None  # "其中：1.基本支出…" numbered as the items are: another breakdown of the total, not of the row above
    return subs


_GENERIC = lazy(r"支出|收入|经费|费用|资金|费|合计|其他")


def _shares_a_word(a: str, b: str) -> bool:
    a, b = _GENERIC.sub("|", a), _GENERIC.sub("|", b)
    return any(a[k:k + 2] in b for k in range(len(a) - 1) if "|" not in a[k:k + 2])


def _of_the_total(t, rows: list, i: int, style: str | None, j: int, computed: Interval, names: list[str]) -> bool:
    """Whether the 其中 rows after the last item may be of the 合计 above ("合计 | 1000 / 1.一般公共预算 |
    900 / 2.政府性基金 | 100 / 其中：基本支出 | 600 / 项目支出 | 400": the total by nature): no item row
    follows them, none shares a word with the item's name, and they fit in the total."""
    if any(r.marker == style and not r.sub and not r.total for r in rows[i + 1:]):
        return False
    if any(_shares_a_word(n, rows[i].label) for n in names):
        return False
    total = next((r for r in rows[:i] if r.total), None)
    stated = t.value(total, j) if total is not None else None
    return stated is not None and computed.lo <= stated.hi


_ORDINAL = lazy(r"\s*(?:其中\s*[:：]?\s*)?[（(]?(\d+|[一二三四五六七八九十]+)")
_CHINESE_DIGITS = "一二三四五六七八九十"


def _numbered_runs(view: str, rows: list, items: list[int]) -> list[list[int]]:
    """The items split where their numbering starts again ("1.… 2.… 1.… 2.…"); one run when it does not."""
    runs: list[list[int]] = []
    last = None
    for i in items:
        m = _ORDINAL.match(view, rows[i].start)
        n = None
        if m is not None:
            x = m.group(1)
            n = int(x) if x.isdigit() else _CHINESE_DIGITS.index(x) + 1 if len(x) == 1 else None
        if not runs or n is not None and last is not None and n <= last:
            runs.append([])
        runs[-1].append(i)
        last = n if n is not None else last
    return runs


def doc_tables(doc: NarrativeDoc) -> list:
    """The tables written in the report's text (read once per document)."""
    cached = doc.__dict__.get("_tables")
    if cached is None:
        cached = doc.__dict__["_tables"] = tables(doc.view)
    return cached


def table_sums(doc: NarrativeDoc, complete_names) -> list[TableSum]:
    """Failing sums of a table's rows.  An item row's 其中 rows: an error when they exceed it, or
    fall short of it when they are all its parts by definition (购置 + 运行 of 公务用车).  The 合计
    row against the numbered items of one style: every item read as its own value or as the sum
    of its 其中 rows (one of them may be the figure left blank or typed 0), an error only when no
    reading holds and the items exceed the total or are all its parts by definition."""
    out: list[TableSum] = []
    for t in doc_tables(doc):
        rows = t.rows
        style = next((r.marker for r in rows if r.marker and not r.sub and not r.total), None)
        if style is None:
            continue  # unnumbered rows: which row is an item and which a part is not written
        columns = max(len(r.cells) for r in rows)
        for j in range(columns):
            if not t.additive(j):
                continue
            # parts above their whole prove an error only where no part can be negative
            signed = any(j < len(r.cells) and r.cells[j].text.strip().startswith(("-", "－")) for r in rows)
            readings: dict[int, list[Interval]] = {}
            at_least = False  # an item left blank is at least its 其中 rows, which need not be all of it
            for i, row in enumerate(rows):
                if row.marker != style or row.sub or row.total:
                    continue
                own = t.value(row, j)
                subs = _sub_rows(rows, i, style)
                values = [t.value(s, j) for s in subs] if subs else []
                options = [own] if own is not None else []
                if subs and all(v is not None for v in values):
                    computed = interval_sum(values)
                    options.append(computed)
                    names = [s.label for s in subs]
                    at_least = at_least or own is None and not complete_names(names)
                    if own is not None and not computed.overlaps(own):
                        over = computed.lo > own.hi and not signed
                        if over and _of_the_total(t, rows, i, style, j, computed, names):
                            pass  # the 其中 rows may be of the 合计 above, not of this item
                        elif over or complete_names(names):
                            out.append(TableSum(row.cells[j], row.label, t.header(j), [s.cells[j] for s in subs], names, computed, over))
                readings[i] = options
            total = next(((i, r) for i, r in enumerate(rows) if r.total), None)
            if total is None or not readings or any(i < total[0] for i in readings):
                continue
            stated = t.value(total[1], j)
            if stated is None or any(not v for v in readings.values()):
                continue
            # items numbered from 1 again ("1.财政拨款 2.其他资金 1.基本支出 2.项目支出"): several breakdowns
            # of the total, each read on its own; one holding is enough
            groups = _numbered_runs(doc.view, rows, list(readings))
            tried = []
            for group in groups:
                sums = [Interval(0, 0)]
                for i in group:
                    sums = [s + v for s in sums for v in readings[i]][:64]
                tried.append(sums)
            if any(s.overlaps(stated) for sums in tried for s in sums):
                continue
            # an unnumbered row below the total that is no item's 其中 row ("对个人和家庭的补助小计 | 325.28"
            # among "一、人员经费", "二、公用经费" and their "1.…" rows): an item written without its number
            parts = {id(s) for i in readings for s in _sub_rows(rows, i, style) or []}
            stray = any(r.marker is None and not r.sub and not r.total and id(r) not in parts
                        and t.value(r, j) is not None for r in rows[total[0] + 1:])
            for group, sums in zip(groups, tried):
                items = [rows[i] for i in group]
                over = all(s.lo > stated.hi for s in sums) and not signed
                if over or complete_names([r.label for r in items]) and not at_least and not stray:
                    nearest = min(sums, key=lambda s: abs(s.mid - stated.mid))
                    out.append(TableSum(total[1].cells[j], total[1].label, t.header(j), [r.cells[j] for r in items if j < len(r.cells)],
                                        [r.label for r in items], nearest, over))
                    break
    for x in line_lists(doc.written):  # the lines as written (the view joins lines it takes as wrapped)
        stated = x.whole.number()
        values = [c.number() for c in x.parts]
        if stated is None or any(v is None for v in values):
            continue
        computed = interval_sum(values)
        if computed.overlaps(stated):
            continue
        if any(interval_sum(values[:n]).overlaps(stated) for n in range(2, len(values))):
            continue  # the parts end before a later named row ("本级资金 125.00⏎上年结转 50.00"): of another field
        over = computed.lo > stated.hi
        # a form's rows say which are the parts; over its whole, an error when the whole is written as a
        # total ("年度预算资金总额"), short of it when the parts are all its parts by definition
        if over and STATED_TOTAL.search(x.whole_label) or not over and complete_names(x.names):
            out.append(TableSum(x.whole, x.whole_label, "", x.parts, x.names, computed, over))
    return out


@dataclass
class RowsSum:
    """A 小计/合计 row of a table numbered in a column of its own against the rows above it, in one column."""

    whole: "Cell"
    label: str
    column: str            # the column's header, "" when not known
    parts: list["Cell"]
    first: int             # the numbers of the first and the last row summed
    last: int
    names: list[str]
    computed: Interval     # the rows' sum
    other: Interval | None  # for a 合计 after 小计 rows: the 小计 rows plus the rows after the last of them
    position: int = 0      # the column counted from the left, the number and the name columns included


def _in_other_unit(sums: Interval, stated: Interval) -> bool:
    """A total that is the rows' sum written in a unit 10,000 times larger or smaller (the rows in 元 under
    a "单位：万元" note, the total in 万元): a slip of the unit, not of the figures.  Not a total that may be 0
    (whatever is small enough rounds to it)."""
    if stated.lo <= 0 <= stated.hi:
        return False
    return sums.scale(Fraction(1, 10000)).overlaps(stated) or sums.scale(10000).overlaps(stated)


def rows_sums(doc: NarrativeDoc) -> list[RowsSum]:
    """Failing 小计/合计 rows of tables whose items are numbered 1, 2, 3 … in a column of their own: the
    numbers running on without a gap make the rows the whole list, so a total that is no sum of them is
    wrong — where the column is a column of sums (its header says so, or another total row of it holds)
    and the row is a row of sums (its header known, or another of its cells holds).  A 小计 sums the rows
    since the last 小计; a 合计 every row, or the 小计 rows and the rows after them (either holding is enough).
    A total row read more than one way (its cells fewer than the columns) is read the one way under which
    most of its cells hold, when one such way stands out, and is not checked otherwise."""
    out: list[RowsSum] = []
    for t in indexed_tables(doc.view):
        items = [r for r in t.rows if r.index is not None]
        columns = [j for j in range(t.width) if t.summed(j) and not any(
            "%" in r.cells[j].text or "％" in r.cells[j].text or r.cells[j].number() is None and not r.cells[j].empty
            for r in items)]
        columns = [j for j in columns if not t.ratio_column(j) and not t.unsigned_change_column(j)
                   and not t.running_column(j)]

        # columns of things counted one by one, written in whole numbers: exact, not rounded (DOMAIN.md: head
        # counts and other counts are exact)
        exact = {j for j in columns if t.counted(j)}

        def number(cell, j):
            v = cell.number()
            return Interval(v.mid, v.mid) if v is not None and j in exact else v

        def value(rows, j):
            return interval_sum(number(x.cells[j], j) or Interval(0, 0) for x in rows)

        # each total row's reading: the cells by column, None where no reading stands out
        placed: dict[int, list | None] = {}
        seg: list = []
        for k, r in enumerate(t.rows):
            if r.index is not None:
                seg.append(r)
                continue
            parts = seg if r.label == "小计" else items[:len([x for x in t.rows[:k] if x.index is not None])]
            if r.label == "小计":
                seg = []
            readings = t.placements(r)
            if len(readings) == 1:
                placed[k] = readings[0]
                continue
            scored = [(sum(1 for j in columns if p[j] is not None and p[j].number() is not None and parts
                           and value(parts, j).overlaps(p[j].number())), p) for p in readings]
            best = max((n for n, _ in scored), default=0)
            top = [p for n, p in scored if n == best]
            placed[k] = top[0] if best and len(top) == 1 else None
        checks: dict[int, list[tuple]] = {}   # per total row: (column, whole cell, sums, parts, holds)
        evidence: dict[int, bool] = {}        # per column: a total of it holds
        for j in columns:
            seg = []
            section: list = []   # the rows since the last section's head (or 小计)
            since: list | None = None   # the rows since the last 合计 above, when there is one
            after: Interval | None = None
            every: list = []
            subtotals: list[Interval] | None = []
            parents = t.parent_rows(j)
            for k, r in enumerate(t.rows):
                if k in t.sections:
                    section = []
                if r.index is not None:
                    seg.append(r)
                    section.append(r)
                    every.append(r)
                    if since is not None:
                        since.append(r)
                    continue
                reading = placed[k]
                cell = reading[j] if reading is not None else None
                stated = number(cell, j) if cell is not None else None
                if r.label == "小计":
                    # the rows since the last 小计, or those of its own section only
                    parts, sums = seg, value(seg, j)
                    other = value(section, j) if section and len(section) < len(seg) else None
                    if stated is None and reading is not None and all(x.cells[j].empty for x in seg):
                        stated_or_none = Interval(0, 0)  # a group with nothing in the column, its 小计 blank
                    else:
                        stated_or_none = stated if reading is not None else None
                    if subtotals is not None:
                        subtotals = subtotals + [stated_or_none] if stated_or_none is not None else None
                    seg, section = [], []
                else:
                    parts, sums = list(every), value(every, j)
                    other = interval_sum(subtotals) + value(seg, j) if subtotals and not t.above else None
                    # a 合计 under another, items between: of the rows since that one, the first a total of its part
                    after = value(since, j) if since else None
                    since = []
                if stated is None or not parts or t.partial and r.label != "小计" or t.above and (
                        r.label == "小计" or t.above != "小计"):
                    continue
                if r.label != "小计" and t.rows[k - 1].index is None and t.rows[k - 1].label != "小计":
                    continue  # "合计 | | 60" then "总计 | | 100": a second whole right below the first, of more than these rows
                # the heads among the rows not added again to their parts below them
                heads = value([x for x in parts if id(x) not in parents], j) if any(id(x) in parents for x in parts) else None
                # a column rising down the rows whose total is its last row: a running total
                values = [number(x.cells[j], j) for x in parts]
                last = values[-1] if len(values) >= 3 and all(
                    v is not None and w is not None and v.lo <= w.hi for v, w in zip(values, values[1:])) else None
                summed = any(x is not None and (x.overlaps(stated) or _in_other_unit(x, stated))
                             for x in (sums, other, None if r.label == "小计" else after))
                holds = summed or any(x is not None and x.overlaps(stated) for x in (heads, last))
                # a total of one row is that row whatever the column holds: no evidence of a column of sums; nor is
                # a total that is the last row's, or one that holds only with a row taken for the head of those below
                # it (standards 500, 250, 250 look like it)
                evidence[j] = evidence.get(j, False) or summed and len(parts) > 1
                checks.setdefault(k, []).append((j, cell, sums, other, parts, holds, summed))
        for k, found in checks.items():
            row_holds = any(x[-1] for x in found)
            for j, cell, sums, other, parts, holds, _ in found:
                if holds or not (evidence.get(j) or t.headers[j]) or not (row_holds or t.headers[j]):
                    continue
                out.append(RowsSum(cell, t.rows[k].label, t.headers[j], [p.cells[j] for p in parts], parts[0].index,
                                   parts[-1].index, [p.label for p in parts], sums, other, j + 3))
    return out


@dataclass
class Addition:
    """"本级支出2243万元，加上上解上级支出1万元，结转下年项目支出106万元后，支出总计2243万元": a total
    the text itself writes as a figure plus (or minus) others."""

    total: Figure
    base: Figure
    terms: list[tuple[Figure, int]]   # (figure, +1 or −1)
    computed: Interval


# "加上…", "；加调入资金…" (加 as a conjunction after a pause, before what is added), "减去…", "扣除…";
# never 增加, 减少, 加强, 加油费
_ADD_OPEN = lazy(r"加上|减去|扣除|(?<=[；;，,])\s*加(?=调入|债务|动用|转移|返还|下级|上解|上年|上级|中央|结转|结余|国债|地方政府"
                 r"|年初|年末|期初|用事业基金|事业基金)")
_AFTER = lazy(r"后\s*[,，]")
_SUM_NAME = lazy(r"(总计|合计)")
# a term's own breakdown: "加上级补助收入30000万元，其中返还性收入2000万元、…，上年结余收入5000万元"
_TERM_BREAKDOWN = lazy(r"其中|包括|含|主要是|主要为|主要有|分别为|分别是")


def _addition_start(doc: NarrativeDoc, start: int, total: Figure) -> int:
    """Where the addition of ``total`` starts: its sentence, or after an earlier total of the sentence
    that was itself added up ("本年收入…，加上…，收入总计1200万元；本年支出…，加上…，支出总计1200万元")."""
    for g in doc.between(start, total.start):
        if g.kind == "amount" and _SUM_NAME.search(g.subject or "") and _ADD_OPEN.search(doc.view, start, g.start):
            start = g.end
    return start


def _base_readings(figs: list[Figure]) -> list[tuple[Figure, Interval]]:
    """The figure a sum starts from: any figure before the first 加上, or the sum of the figures that
    end there ("本年收入1000万元，其中：A 800万元，B 150万元，C 50万元；加上…" starts from 1000 or from
    800 + 150 + 50)."""
    out = [(g, value_of(g)) for g in figs]
    for k in range(len(figs) - 2, -1, -1):
        out.append((figs[-1], interval_sum(value_of(g) for g in figs[k:])))
    return out


_SUBTOTAL = lazy(r"总收入|总支出|合计|小计|总计")


def _with_subtotals(base: Interval, signed: list[tuple[Figure, int]]) -> Interval:
    """The sum read with a subtotal among the terms ("…加上级补助收入…、…转贷收入…、全县一般预算总收入
    468222万元、上年结余…，收入总计…"): the subtotal is the sum so far, the terms after it add to it."""
    run = base
    for g, s in signed:
        run = value_of(g) if _SUBTOTAL.search(g.subject or "") else run + value_of(g).scale(s)
    return run


def _term_readings(doc: NarrativeDoc, terms: list[tuple[Figure, int]], end: int) -> list[list[tuple[Figure, int]]]:
    """The terms added, with the breakdown a term may have ("加上级补助收入30000万元，其中A 2000万元、
    B 20000万元、C 8000万元，上年结余收入5000万元") read as running over any number of the figures after it."""
    dropped: list[set[int]] = [set()]
    for i, (g, _) in enumerate(terms[:-1]):
        if _TERM_BREAKDOWN.search(doc.view, g.end, terms[i + 1][0].start):
            dropped = [d | set(range(i + 1, k)) for d in dropped for k in range(i + 1, len(terms) + 1)][:64]
    return [[t for j, t in enumerate(terms) if j not in d] for d in dropped]


# a term that is taken away: "年中调减预算200万元后，全年预算合计…", "收回结余资金50万元后"
_TAKEN_AWAY = lazy(r"调减|核减|压减|减少|扣除|减去|冲减|剔除")
# money returned ("收回结余资金", "缴回", "退回"): less spent, or more to spend — either sign
_RETURNED = lazy(r"收回|缴回|退回")


def _sign_readings(view: str, reading: list[tuple[Figure, int]], start: int) -> list[list[tuple[Figure, int]]]:
    out = [reading]
    for k, (g, sign) in enumerate(reading):
        if _RETURNED.search(view, _pause_before(view, g.start, start), g.start):
            out = [r[:k] + [(g, -r[k][1])] + r[k + 1:] for r in out] + out
    return out[:16]


def _pause_before(view: str, pos: int, floor: int) -> int:
    return max([floor] + [view.rfind(c, floor, pos) + 1 for c in "，,、；;"])


_TERM_SPLIT = lazy(r"[，,、；;]|以及|及")
_NO_NAME = lazy(r"^[\s后]*$")


def _unstated_term(view: str, a: int, terms: list[Figure], end: int) -> bool:
    """Whether the text adds something it gives no amount for: a pause between two figures (or after
    the last, before the total's own name) leaves a named thing without a figure ("…100万元及银行贷款，
    …合计"), or the terms end with 等/若干."""
    bounds = [a] + [g.end for g in terms]
    nexts = [g.start for g in terms] + [end]
    for x, y in zip(bounds, nexts):
        gap = view[x:y]
        if re.search(r"等|若干", gap) and y == end:
            return True
        names = [c for c in _TERM_SPLIT.split(gap) if not _NO_NAME.match(c) and not re.search(r"\d", c)]
        if len(names) > 1:
            return True
    return False


def additions(doc: NarrativeDoc) -> list[Addition]:
    from ..narrative.structure import in_brackets

    out: list[Addition] = []
    view = doc.view
    for total in doc.figures:
        if total.kind != "amount" or not plain(total) or total.approximate or not _SUM_NAME.search(total.subject or ""):
            continue
        start = _addition_start(doc, doc.sentence_start(total.start), total)
        openers = list(_ADD_OPEN.finditer(view, start, total.start))
        def usable(g):
            return comparable(g, total) and not in_brackets(doc, g) and not g.approximate and g.kind == "amount"
        if openers:
            first = openers[0]
            # "A，加上B，C后，支出总计T" / "…271630万元…；加上级补助收入120846万元，…，收入合计514601万元"
            bases = _base_readings([g for g in doc.between(start, first.start()) if usable(g) and plain(g)])
            if not bases and start and not view[start:first.start()].strip(" \t\u3000"):
                # "…一般公共预算收入完成147.1亿元，…。加上转移性收入49.2亿元，收入合计196.3亿元": a sentence opening with
                # 加上 adds to a figure of the total's own name (收入) in the two sentences before; any of them is a reading
                noun = _SUM_NAME.split(norm_name(total.subject or ""))[0][-2:]
                # (or in its paragraph, further up: "…完成18652万元。其中，税收收入12836万元，占68.8%。分税种看，…。加上上级补助
                # 收入16890万元、上年结转1238万元，收入总计36780万元")
                earlier, said, own = start, 0, doc.paragraph_start(max(0, start - 1))
                while earlier > 0 and (said < 2 or said < 8 and doc.paragraph_start(earlier - 1) == own):
                    before = doc.sentence_start(earlier - 1)   # (blank lines between are no sentences)
                    said += bool(view[before:earlier].strip())
                    earlier = before
                bases = [(g, value_of(g)) for g in doc.between(earlier, start) if usable(g) and plain(g)
                         and noun in norm_name(g.subject or "")] if len(noun) == 2 else []
            terms = []
            for g in doc.between(first.end(), total.start):
                if not usable(g):
                    continue
                o = [x for x in openers if x.end() <= g.start][-1]
                sign = -1 if view[o.start():o.end()].strip()[:1] in "减扣" else 1
                pause = _pause_before(view, g.start, start)
                if o.end() <= pause and _TAKEN_AWAY.search(view, pause, g.start):
                    sign = -1  # "加上…200万元，调减预算50万元，收入总计…": a term of its own taken away
                terms.append((g, sign))
        else:
            # "…支出40万元…。结转下年项目支出4万元后，支出总计40万元": the terms added to the previous
            # sentence's figure of the total's own name (支出)
            after = None
            for after in _AFTER.finditer(view, start, total.start):
                pass
            if after is None or not start or doc.between(after.end(), total.start):
                continue
            clause = after.start()
            noun = _SUM_NAME.split(norm_name(total.subject))[0][-2:]
            prev = doc.sentence_start(start - 1)
            bases = [next((g for g in doc.between(prev, start) if usable(g) and plain(g) and g.subject
                           and norm_name(g.subject).endswith(noun)), None)] if len(noun) == 2 else []
            bases = [(g, value_of(g)) for g in bases if g is not None]
            terms = [(g, -1 if _TAKEN_AWAY.search(view, _pause_before(view, g.start, start), g.start) else 1)
                     for g in doc.between(start, clause) if usable(g)]
        if not bases or not terms or any(not plain(g) for g, _ in terms):
            continue
        if openers and _unstated_term(view, first.end(), [g for g, _ in terms], total.start):
            continue  # "加上自筹资金100万元及银行贷款，项目总投资合计500万元": a term without its amount
        if any(c.overlaps(value_of(total))
               for reading in _term_readings(doc, terms, total.start) for signed in _sign_readings(view, reading, start)
               for _, b in bases for c in (interval_sum([b] + [value_of(g).scale(s) for g, s in signed]),
                                           _with_subtotals(b, signed))):
            continue
        # said as written: one figure before the first 加上 (the one nearest to the total) plus every term
        sums = {g.start: (g, interval_sum([value_of(g)] + [value_of(t).scale(s) for t, s in terms])) for g, _ in bases}
        base, computed = min(sums.values(), key=lambda x: abs(x[1].mid - value_of(total).mid))
        out.append(Addition(total, base, terms, computed))
    return out


# -- changes in percentage points ----------------------------------------------------------------

@dataclass
class PointChange:
    """"占比由22.5%下降到13.2%，下降了9.5个百分点": a change in points of two written rates."""

    claim: Figure
    first: Figure             # the earlier (or base) rate
    second: Figure            # the later (or current) rate
    computed: Interval        # |second − first| in points
    truncated: bool           # holds only if the rates were cut off, not rounded
    verb: str = ""            # the size holds, this direction word does not ("由22.5%提高到13.2%，提高了9.3个百分点")


_POINTS = ("个百分点", "百分点")
_POINT_VERB = r"(?:提高|上升|增加|增长|下降|降低|减少|回落|下滑|上涨|扩大|收窄|加快|放缓|回升|升|降|高|低)(?:了)?"
_TO_POINTS = lazy(r"\s*[，,]?\s*(?:同比|共|累计|分别)?\s*" + _POINT_VERB + r"\s*")
_FROM_RATE = lazy(r"(?:由|从)[^，,。；;%％\d]{0,8}$")
_FROM_TO = lazy(r"\s*(?:" + _POINT_VERB + r")?\s*(?:到|至|为)\s*")
# (the rate's own name may come first: "增长5.2%，增速比上年的3.6%提高1.6个百分点")
_LIST_BEFORE_RATE = lazy(r"其中|包括")
_GROWTH_BEFORE = lazy(r"(?:增长|上涨|下降|下跌|增加|减少|回落|上升)了?\s*$")
# ("与上年92.3%相比提高5.2个百分点": 与/同 … 相比 writes the base too)
_BASE_RATE = lazy(r"\s*[，,]?\s*(增速|增幅|涨幅|降幅|跌幅|增长速度)?(?:比|较|与|同)[^，,。；;%％\d]{0,14}$")
_COMPARED_RATE = lazy(r"(?:比|较)[^，,。；;%％\d]{0,14}$")
_AFTER_BASE = lazy(r"\s*[)）]?\s*(?:相比)?\s*[，,]?\s*" + _POINT_VERB + r"\s*")
# the base rate after the verb: "低于全区财政自给率(53.2%)33.9个百分点"
_ABOVE_BELOW = lazy(r"(?:高|低)(?:于|出)[^，,。；;%％\d]{0,24}[（(]?\s*$")
_CLOSE_TO_POINTS = lazy(r"\s*[)）]?\s*")
_YEAR_SPAN = lazy(r"(\d{4})\s*(?:年)?\s*[~～—\-–至到]\s*(\d{4})\s*年")
_YEAR_PAIR = lazy(r"(\d{4})\s*年度?\s*(?:比|较)\s*(\d{4})\s*年度?")


def _point_interval(f: Figure, cut: bool) -> Interval:
    """A rate in points as written, or, cut off, every rate that truncates to it."""
    return Interval.truncated(f.value, f.decimals) if cut else f.interval


def _point_pair(doc: NarrativeDoc, f: Figure) -> tuple[Figure, Figure] | None:
    """The two rates a change in points is the difference of, bound by the words between them."""
    start = doc.sentence_start(f.start)
    rates = [g for g in doc.between(start, f.start) if g.kind == "percent" and not g.approximate]
    if len(rates) >= 2:
        a, b = rates[-2], rates[-1]
        view = doc.view
        if _TO_POINTS.fullmatch(view, b.end, f.start) and _FROM_TO.fullmatch(view, a.end, b.start) \
                and _FROM_RATE.search(view, max(start, a.start - 10), a.start):
            return a, b   # "由A%下降到B%，下降了N个百分点"
        if _AFTER_BASE.fullmatch(view, b.end, f.start) and (m := _BASE_RATE.fullmatch(view, a.end, b.start)) \
                and (m.group(1) is None or (a.relation in CHANGE or _GROWTH_BEFORE.search(view, max(0, a.start - 4), a.start))
                     and not _LIST_BEFORE_RATE.search(view, start, a.start)):
            # ("增长1.8%，其中食品价格上涨3.2%，涨幅比上年的2.3%回落0.5个百分点": after a 其中 part the rate named may be
            # the headline's; not bound)
            return b, a   # "B%，比上年的A%提高N个百分点"; "增长B%，增速比上年的A%提高N个百分点" (a rate of growth)
        above = _ABOVE_BELOW.search(view, doc.clause_start(b.start), b.start)
        if _CLOSE_TO_POINTS.fullmatch(view, b.end, f.start) and above and not re.search(r"[，,；;]", view[above.start():b.start]):
            # "21.4%，低于上年(25.6%)4.2个百分点，低于全市(30%)8.6个百分点": every comparison of the chain
            # is of the subject; a bracketed rate is the base of an earlier one, never the subject
            # nor the base of another comparison ("增长4.7%，较二季度平均8.8%的收入增幅有所回落，仍高于全省平均增幅
            # (-8.9%)13.6个百分点": of the 4.7 %, not of the 8.8 % it is compared with)
            subjects = [g for g in rates[:-1] if not _bracketed(view, g)
                        and not _COMPARED_RATE.search(view, max(start, g.start - 20), g.start)]
            return b, (subjects[-1] if subjects else rates[0])   # "自给率仅为21.4%，…，但远低于全区财政自给率(53.2%)33.9个百分点"
    return _year_listed_pair(doc, f, start, rates)


def _bracketed(view: str, g: Figure) -> bool:
    """"低于上年(25.6%)", "92.3%（上年为90%）": a rate inside brackets of its clause."""
    return bool(re.search(r"[（(][^（()）。；;]{0,16}$", view[max(0, g.start - 17):g.start])
                and re.match(r"[^（()）。；;]{0,16}[)）]", view[g.end:g.end + 17]))


def _year_listed_pair(doc: NarrativeDoc, f: Figure, start: int, rates: list[Figure]) -> tuple[Figure, Figure] | None:
    """"2013~2017年，…比重分别为22.5%、15.2%、17.6%、17.3%、13.2%，2017年比2013年…下降了9.5个百分点":
    one rate per year of the span, in order; the change names two of the years."""
    pair = None
    for pair in _YEAR_PAIR.finditer(doc.view, start, f.start):
        pass
    if pair is None or re.search(r"[%％\d]", doc.view[pair.end():f.start]):
        return None
    clause = pair.start()
    span = None
    for span in _YEAR_SPAN.finditer(doc.view, start, clause):
        pass
    if span is None:
        return None
    first, last = int(span.group(1)), int(span.group(2))
    later, earlier = int(pair.group(1)), int(pair.group(2))
    run = [g for g in rates if g.start > span.end() and g.end <= clause]
    if not 1 < last - first + 1 == len(run) or not first <= earlier < later <= last:
        return None
    if any(not re.fullmatch(r"\s*[、,，和及]\s*", doc.view[x.end:y.start]) for x, y in zip(run, run[1:])):
        return None
    if not re.search(r"分别(?:为|是|达到?)?\s*$", doc.view[span.end():run[0].start]):
        return None
    return run[earlier - first], run[later - first]


def point_changes(doc: NarrativeDoc) -> list[PointChange]:
    """Changes in percentage points whose two rates are written and bound, and whose difference
    does not hold as written (``truncated``: it holds only with the rates cut off)."""
    out = []
    for f in doc.figures:
        if f.unit not in _POINTS or f.approximate:
            continue
        pair = _point_pair(doc, f)
        if pair is None:
            continue
        a, b = pair
        differences = [_signed(b, cut, sign_b) - _signed(a, cut, sign_a)
                       for cut in (False, True) for sign_a in _signs(a) for sign_b in _signs(b)]
        rounded = differences[:len(differences) // 2]   # the rates as rounded; the rest as cut off
        if any(abs(d).overlaps(f.interval) for d in rounded):
            verb, up = _point_direction(doc, f, a, b)
            sized = [d for d in rounded if abs(d).overlaps(f.interval)]
            if up is None or any((d.hi >= 0) if up else (d.lo <= 0) for d in sized):
                continue
            out.append(PointChange(f, a, b, sized[0], False, verb))   # the size holds, the direction does not
            continue
        nearest = min(rounded, key=lambda d: abs(d).distance(f.interval))
        out.append(PointChange(f, a, b, nearest, any(abs(d).overlaps(f.interval) for d in differences)))
    return out


_UP_POINTS = ("提高", "上升", "增加", "增长", "上涨", "加快", "回升", "升", "高")
_DOWN_POINTS = ("下降", "降低", "减少", "回落", "下滑", "放缓", "降", "低")
# (the one-character words last: "降低" is read whole)
_POINT_DIRECTION = lazy("(" + "|".join(sorted(_UP_POINTS + _DOWN_POINTS + ("扩大", "收窄"), key=len, reverse=True))
                        + r")(?:了|于|出)?\s*[)）]?\s*$")


def _point_direction(doc: NarrativeDoc, f: Figure, a: Figure, b: Figure) -> tuple[str, bool | None]:
    """The direction word right before a change in points and whether it says the later (or compared) rate is the
    higher: "由A%下降到B%，下降了N个百分点", "B%，比上年的A%提高N个百分点", "低于全区(A%)N个百分点".  None when
    no such word stands there, or when it is 扩大/收窄, which go either way (a fall's rate widens downwards)."""
    later = a if a.end > b.end else b
    m = _POINT_DIRECTION.search(doc.view, later.end, f.start)
    if m is None:
        above = _ABOVE_BELOW.search(doc.view, doc.clause_start(later.start), later.start)
        if above is None or not _CLOSE_TO_POINTS.fullmatch(doc.view, later.end, f.start):
            return "", None
        word = above.group()[0]
        verb = word + "于"
    else:
        word = verb = m.group(1)
    return verb, True if word in _UP_POINTS else False if word in _DOWN_POINTS else None


def _signs(f: Figure) -> tuple[int, ...]:
    """"下降4.1%" next to "(-5.2%)" is −4.1; a rate of a fall may also be written as its size."""
    return (1, -1) if f.relation == "减少" and f.value > 0 else (1,)


def _signed(f: Figure, cut: bool, sign: int) -> Interval:
    return _point_interval(f, cut).scale(sign)


# -- a change with its base written --------------------------------------------------------------

@dataclass
class WrittenChange:
    """"基本支出252.5万元，较上年231.5万元，增加22万元": the change is the difference of the two."""

    current: Figure
    base: Figure
    delta: Figure
    computed: Interval          # |current − base| as written
    slip: Figure | None = None  # the one amount in 元 among 万元 (or the other way) that makes it hold
    slip_computed: Interval | None = None
    reversed: bool = False      # the size holds, the direction word does not ("较1953.72万元减少3.51万元" of 1957.23)
    rate: Figure | None = None  # the change's rate, which pins the base its rounding leaves wide ("较上年8万元减少2.13万元，
    implied: Interval | None = None   # 下降30.63%": the rate holds only with 8.00, the change only with 7.68)


# the base a comparison names ("较年初预算增加" → 年初预算)
_NAMED_BASE = lazy(r"(?:比|较|与)\s*([\u4e00-\u9fff]{2,8}?)(?:数|相比)?\s*(?:增加|减少|增长|下降|提高|降低|上升|增|减|多|少)?")


def written_changes(doc: NarrativeDoc) -> list[WrittenChange]:
    """Changes whose figure and base are both written in their sentence, bound explicitly, and
    whose difference does not hold as written (computed once per document)."""
    from ..narrative.structure import and_comparison_close, closes_the_comparison, comparison_of, flow_total_before, \
        grand_and_this_years, is_earlier, own_comparison

    cached = doc.__dict__.get("_written_changes")
    if cached is not None:
        return cached
    out = []
    rated = {fr.delta.start: fr for fr in doc.frames.values() if fr.delta is not None and fr.rate is not None}
    for d in doc.figures:
        if d.kind != "amount" or d.relation not in CHANGE or d.approximate or not plain_change(d):
            continue
        current, base, same = comparison_of(doc, d)
        if current is None or base is None or not same or current.end <= doc.sentence_start(d.start):
            continue
        if current.approximate or base.approximate or not plain(current) or current.kind != "amount" or base.kind != "amount":
            continue
        if grand_and_this_years(current.subject or "", base.subject or ""):
            # "上年收入总计1320万元；本年收入合计1480.26万元，比上年增加…": last year's 本年收入合计 is not written; it is at most
            # the 总计, so the change is at least 1480.26 − 1320 (and a 总计's change at most the difference from a 本年合计)
            signed = value_of(d).scale(-1) if d.relation == "减少" else value_of(d)
            diff = value_of(current) - value_of(base)
            if (signed.hi >= diff.lo) if "总计" in (base.subject or "") else (signed.lo <= diff.hi):
                continue
        words = doc.view[doc.sentence_start(d.start):d.start]
        if re.search(r"分别|平均|均", words) or "各" in words and flow_total_before(doc, d) is not current:
            # ("收入、支出总计各增加…" after both years' totals: each of the pair changed by it, the difference of each)
            continue
        between = doc.view[base.end:d.start]
        if (closed := and_comparison_close(doc, base)) >= 0:
            between = doc.view[closed:d.start]   # "和2018年预算310.88万元比，增加…": the 比 closes this comparison
        if base.role != "base" and base.end <= doc.index.phrases.start(d.start):
            # "支出总额为1713万元，年初预算数为2084万元，比预算数减少371万元": the base bound by its name in the change's
            # own comparison, which is no other comparison
            between = between[:len(between) - len(own_comparison(doc, d))]
        if is_earlier(base, [current.year] if current.year else []):
            # "上年支出100万元，同比增加35万元": a comparison with last year after last year's figure is the same one
            between = _LAST_YEAR_COMPARISON.sub("", between)
        if _ANOTHER_COMPARISON.search(between) or closes_the_comparison(doc, base, d):
            continue  # "较2022年的5000万元增加1315.69万元，较上年增加200万元": 200 is against 上年, not 5000
        if _COMPARABLE_BASIS.search(doc.view, current.end, d.start):
            continue  # "按可比口径比上年6000万元增加200万元": a change on another basis than the figures written
        said = _NAMED_BASE.fullmatch(own_comparison(doc, d))
        if said is not None and said.group(1) in bare(current.subject) and said.group(1) not in bare(base.subject) \
                and current.start < base.start:
            # "项目年初预算数200.00万元，全年预算数236.50万元，较年初预算增加36.50万元": the figure taken as the current is the one
            # the comparison names as its base; the current is the other, written after it, right before the change
            current, base = base, current
        diff = value_of(current) - value_of(base)
        if d.value < 0 and (diff.scale(-1) if d.relation == "减少" else diff).overlaps(value_of(d)):
            continue  # "比上年增加-46000元": a fall written as a negative rise (a table's signed difference)
        if abs(diff).overlaps(value_of(d)):
            if moves_against(value_of(current), value_of(base), d.relation == "减少"):
                out.append(WrittenChange(current, base, d, diff, reversed=True))
            elif (frame := rated.get(d.start)) is not None and (implied := _base_the_rate_pins(frame, current, base, d)) is not None:
                out.append(WrittenChange(current, base, d, value_of(current) - implied, rate=frame.rate, implied=implied))
            continue
        whole = list_of(doc, current)
        if whole is not None and whole.total.start >= doc.sentence_start(d.start) and current.unit == base.unit \
                and not any(g.relation in CHANGE for g in doc.between(whole.total.end, current.start)) \
                and abs(value_of(whole.total) - value_of(base)).overlaps(value_of(d)):
            continue  # "总收入190.58万元，其中本年收入181.10万元，较2020年度决算数200.75万元相比，减少10.17万元": the
            # comparison may be of the whole the 其中 breaks down (no change of its own said before the part), and it holds so
            # (not when the part is written in another unit than the base: "合计252.5万元，其中：基本支出252.5元，较上年231.5万元，
            # 增加21万元" shows the part's unit slipped)
        lo = doc.sentence_start(d.start)
        # (not a whole before the 其中 that opens the current figure's item: "本年支出合计2525000元,较上年2315000元,增加
        # 210000元,其中:基本支出252.5元,较上年2315000元,增加210000元" — the item's change is its own)
        lo = max(lo, doc.view.rfind("其中", lo, current.start) + 2) if "其中" in doc.view[lo:current.start] else lo
        if any(g is not current and g is not base and plain(g) and not g.approximate and g.kind == "amount"
               and g.unit == current.unit and g.relation not in CHANGE
               and abs(value_of(g) - value_of(base)).overlaps(value_of(d))
               for g in doc.between(lo, base.start)):
            continue  # "收入合计1523.26万元，年初预算1400万元，…，比上年1400万元增加123.26万元": of the 收入合计
        years = [g.year for g in doc.between(doc.sentence_start(d.start), d.start) if g.year and plain(g)]
        if not re.search(r"比|较|与|同比", between) and any(
                g is not base and plain(g) and not g.approximate and g.kind == "amount" and comparable(g, base)
                and (is_earlier(g, years) or _BUDGET_NAMED.search(g.subject or ""))
                and abs(value_of(current) - value_of(g)).overlaps(value_of(d))
                for g in doc.between(current.end, d.start)):
            continue  # "本年支出125万元，上年预算100万元，上年决算90万元，增加25万元": of which base, it does not say
        own = list_of(doc, current)
        if (own is None or not own.direct) and _UNREAD_WHOLE.search(doc.view, doc.sentence_start(d.start), current.start):
            # "补助收入编列50.48亿，包括…17.56亿元、…32.91亿元，较上年度…141.68亿元，减少91.2亿元": the list's
            # whole is written without its unit (not read), and the change may be of it rather than of the last item
            continue
        whole = own.total if own is not None and own.parts[-1] is current and len(own.parts) >= 2 else None
        if own is None:
            # "其中：⏎A 6978万元⏎B 381517万元、C 44875万元，比报告数425319万元增加8051万元": a list one item a line
            # takes one amount a line; a change on its last line, after the last part, may be the list's total's
            whole = next((pl.total for pl in doc.lists if pl.kind == "lines" and len(pl.parts) >= 2
                          and pl.parts[-1].end <= current.start
                          and doc.paragraph_start(pl.parts[-1].start) == doc.paragraph_start(current.start)), None)
        if whole is not None and plain(whole) and comparable(whole, base) \
                and abs(value_of(whole) - value_of(base)).overlaps(value_of(d)):
            # (after the list's last part only: a change after a part within the list is that part's)
            continue  # "转移性收入433370万元。其中：A…、B…、C 44875万元，比报告数425319万元增加8051万元": of the list's total
        change = WrittenChange(current, base, d, diff)
        units = [g.unit for g in (current, base, d)]
        for k, g in enumerate((current, base, d)):
            others = [u for j, u in enumerate(units) if j != k]
            if g.unit in _WAN and others[0] == others[1] != g.unit and others[0] in _WAN:
                fixed = [Interval.rounded(h.value, h.decimals).scale(_WAN[others[0]]) if h is g else value_of(h)
                         for h in (current, base, d)]
                x = fixed[0] - fixed[1]
                if abs(x).overlaps(fixed[2]):
                    change.slip, change.slip_computed = g, x
        if units == ["元"] * 3:
            # all three in 元 ("基本支出252.5元,较上年2315000元,增加210000元"): the one figure whose reading as 万元 alone
            # makes the change hold is ten thousand times too small, its 万 left out
            fits = []
            for g in (current, base, d):
                fixed = [Interval.rounded(h.value, h.decimals) if h is g else value_of(h) for h in (current, base, d)]
                if abs(x := fixed[0] - fixed[1]).overlaps(fixed[2]):
                    fits.append((g, x))
            if len(fits) == 1:
                change.slip, change.slip_computed = fits[0]
        out.append(change)
    doc.__dict__["_written_changes"] = out
    return out


# a number before a list's opener that is no figure (its unit left out, "编列50.48亿，包括…"), with amounts after it
_UNREAD_WHOLE = lazy(r"\d[\d.,]*\s*[万亿萬億]?\s*[，,：:]?\s*(?:其中|包括|含)[^。；;]*\d[^。；;]*[，,、；;]")


def _base_the_rate_pins(frame, current: Figure, base: Figure, d: Figure) -> Interval | None:
    """"三公经费预算合计5.55万元，较上年8万元减少2.13万元，下降30.63%": the base written to the unit (7.5–8.5) lets the
    change hold, but the rate, of the current figure and that base, pins it to 7.99–8.01, and the change fails there;
    nor is the rate the change over the written base or over the current figure (a wrong denominator).  The base the
    rate pins, when no reading holds; else None.  The rate may be cut off rather than rounded."""
    rate = frame.rate
    if rate.approximate or rate.kind != "percent" or rate.value < 0 or frame.current is not current \
            or frame.base not in (None, base) or (frame.direction < 0) != (d.relation == "减少"):
        return None
    written = value_of(rate)
    r = Interval(written.lo, written.mid + (written.hi - written.lo))
    factor = Interval(1, 1) - r if d.relation == "减少" else Interval(1, 1) + r
    if factor.lo <= 0:
        return None
    implied = value_of(current) / factor
    if implied is None or not implied.overlaps(value_of(base)) or abs(value_of(current) - implied).overlaps(value_of(d)):
        return None
    for whole in (value_of(base), value_of(current)):
        q = value_of(d) / whole if whole.lo > 0 else None
        if q is None or q.overlaps(r):
            return None
    return implied


def moves_against(now: Interval, before: Interval, down: bool) -> bool:
    """The two written levels move the other way than the change says."""
    return now.lo > before.hi if down else now.hi < before.lo


_BUDGET_NAMED = lazy(r"预算|年初|计划")
# a second comparison opening between a written base and a change: the change is of that one
_ANOTHER_COMPARISON = lazy(r"(?<![相对])[比较]|与[^，,。；;]{0,12}相比")
_COMPARABLE_BASIS = lazy(r"可比|口径|剔除|扣除|不含")
_LAST_YEAR_COMPARISON = lazy(r"同比|(?:比|较|与)(?:上年|去年|上一年|上年度)(?:同期)?(?:相比)?")


def plain_change(d: Figure) -> bool:
    """A change amount stated on its own: not a range, not per unit."""
    return d.value > 0 and d.unit in _WAN or d.unit.endswith("元")


# -- change rates in a table's rows --------------------------------------------------------------

@dataclass
class TableRate:
    """"项目 | 2014年决算数 | 2015年决算数 | 增、减额 | 增、减幅度" with "2、公务接待费 | 977.3 | 918.5 |
    -58.8 | -6.1%": a rate cell against its row's two levels."""

    rate: "Cell"
    label: str
    base: "Cell"
    current: "Cell"
    computed: Interval        # (current − base) ÷ base, signed, in percent
    truncated: bool
    on_current: bool = False  # the cell is the change ÷ the current level (the wrong denominator)


def _diff_columns(t, width: int) -> tuple[int, int, int] | None:
    """The (base, current, change) columns of a table: the change column is current − base, signed,
    in at least three rows and two in three of the rows that hold the three numbers."""
    best = None
    values = [[t.value(r, j) for j in range(width)] for r in t.rows]
    for p in range(width):
        for q in range(width):
            if p == q:
                continue
            # each row's current − base, once for every change column tried against it
            diffs = [(row[q] - row[p], row) for row in values if row[p] is not None and row[q] is not None]
            for d in range(width):
                if d in (p, q):
                    continue
                held = tried = 0
                for diff, row in diffs:
                    if row[d] is None:
                        continue
                    tried += 1
                    held += diff.overlaps(row[d])
                if held >= 3 and 3 * held >= 2 * tried and (best is None or held > best[0]):
                    best = (held, (p, q, d))
    return best[1] if best else None


def table_rates(doc: NarrativeDoc) -> list[TableRate]:
    """Failing change rates of a table whose rows state a base, a current level and their change
    (the change column holding in most rows fixes which level is which): the rate column is the
    one in percent whose cells have the change's sign and hold (change ÷ base) in at least two rows.
    A rate cell not holding as (current − base) ÷ base is wrong, also when it is the change ÷ the
    current level (the cause is then named); one holding only if cut off instead of rounded is a warning.
    A share's or a rate's row may hold its change in percentage points ("病床使用率 | 80.5 | 85.2 | 4.7 | 4.7%"),
    and a column whose two-decimal rates all end in 0 may be read at one decimal less (``_padding``)."""
    out: list[TableRate] = []
    for t in doc_tables(doc):
        width = max(len(r.cells) for r in t.rows)
        if len(t.rows) < 3 or width < 4:
            continue
        cols = _diff_columns(t, width)
        if cols is None:
            continue
        p, q, d = cols
        for k in range(width):
            if k in cols or not all(k >= len(r.cells) or r.cells[k].empty or re.search(r"[%％]", r.cells[k].text)
                                    for r in t.rows):
                continue
            rows = []
            for r in t.rows:
                v, a, b = t.value(r, k) if k < len(r.cells) else None, t.value(r, p), t.value(r, q)
                if k < len(r.cells) and v is None and re.search(r"\d", r.cells[k].text):
                    v = r.cells[k].number_with_percent()
                if v is None or a is None or b is None or a.lo <= 0 or b.lo < 0:
                    continue
                rows.append((r, v, a, b))
            padding = _padding(rows, k, p, q)
            holding = [x for x in rows if ((x[3] - x[2]) / x[2]).scale(100).overlaps(x[1])
                       or id(x[0]) in padding and ((x[3] - x[2]) / x[2]).scale(100).overlaps(padding[id(x[0])])]
            if len(holding) < 2:
                continue
            for r, v, a, b in rows:
                q_ = ((b - a) / a).scale(100)
                if q_.overlaps(v) or id(r) in padding and q_.overlaps(padding[id(r)]):
                    continue  # as written, or typed at one decimal less and shown with a padding 0
                change = t.value(r, d)
                if change is not None and abs(q_).overlaps(abs(v)) \
                        and abs(b - a).overlaps(change) and (change.lo >= 0) == (v.lo >= 0):
                    continue  # "教育支出 | 800 | 760 | 40 | 5%": the row's change and rate both without the
                    # sign (a number format showing negatives in red): the sizes hold, the row agrees with itself
                if _in_points(r.cells[p], r.cells[q], r.label, a, b, v):
                    continue  # "病床使用率 | 80.5 | 85.2 | 4.7 | 4.7%": a rate's change in percentage points
                out.append(_failing_rate(r.cells[k], r.label, r.cells[p], r.cells[q], q_, a, b, [v]))
    return out


def _padding(rows: list, k: int, p: int, q: int) -> dict[int, Interval]:
    """By the id of their row, the rate cells of column k read at one decimal less ("-62.70%" as -62.7), when every rate
    cell there written with two decimals ends in 0 (at least two): the rates were typed at one
    decimal and the column's format shows two.  A share's change in points, typed at the shares'
    two decimals, is no rate here."""
    texts = {}
    for r, v, a, b in rows:
        if not _in_points(r.cells[p], r.cells[q], r.label, a, b, v):
            texts[id(r)] = r.cells[k].text.strip().rstrip("%％").rstrip()
    two = {r: t for r, t in texts.items() if "." in t and len(t.split(".")[1]) == 2}
    if len(two) < 2 or not all(t.endswith("0") for t in two.values()):
        return {}
    return {r: x for r, t in two.items() if (x := read_number(t[:-1])) is not None}


# a row of a share or a rate, whose change may be written in percentage points
_A_RATE_LABEL = lazy(r"占比|比重|比例|率")


def _in_points(base: "Cell", current: "Cell", label: str, a: Interval, b: Interval, v: Interval) -> bool:
    """A share's or a rate's row (levels in %, or a label such as "病床使用率", "药品收入占比") whose growth
    cell is the change in percentage points."""
    return bool(re.search(r"[%％‰]", base.text + current.text) or _A_RATE_LABEL.search(label)) and (b - a).overlaps(v)


def _failing_rate(rate: "Cell", label: str, base: "Cell", current: "Cell", computed: Interval,
                  a: Interval, b: Interval, readings: list[Interval]) -> TableRate:
    """A growth cell that holds with no reading: whether it holds cut off instead of rounded, and
    whether it is the change over this year's level (the wrong denominator)."""
    cut = read_number(rate.text.strip().rstrip("%％"), cut=True)
    on_current = b.lo > 0 and any(((b - a) / b).scale(100).overlaps(v) for v in readings)
    return TableRate(rate, label, base, current, computed, cut is not None and cut.overlaps(computed), on_current)


def growth_table_rates(doc: NarrativeDoc) -> list[TableRate]:
    """Failing growth cells of a 上年 | 本年 | 增长 table copied one cell per line (``growth_line_tables``),
    read like ``table_rates``: at least two rows holding as (this year − last year) ÷ last year confirm
    the columns; a cell holding as neither that nor, when every two-decimal rate of its column ends
    in 0 ("-6.80%", "4.60%", "-49.20%"), that with the padding 0 dropped, is wrong.  A share's cell
    may hold its change in points (typed at the shares' two decimals, it says nothing of how the
    rates were typed), and a cell without "%" among cells with it the change in the row's own unit
    ("平均住院日 | 天 | 8.5 | 8.2 | -0.3")."""
    out: list[TableRate] = []
    for rows in growth_line_tables(doc.view):
        marked = any(re.search(r"[%％]", r.rate.text) for r in rows)  # the growth cells write their %
        read = []
        for r in rows:
            t = r.rate.text.strip().rstrip("%％").rstrip()   # "-49.20 %": the space before the sign is no digit
            a, b = read_number(r.base.text.strip().rstrip("%％")), read_number(r.current.text.strip().rstrip("%％"))
            v = read_number(t)
            if a is None or b is None or v is None or a.lo <= 0 or b.lo < 0:
                continue
            read.append((r, t, a, b, _in_points(r.base, r.current, r.label, a, b, v)))
        two = [t for _, t, _, _, points in read if not points and "." in t and len(t.split(".")[1]) >= 2]
        padded = len(two) >= 2 and all(t.endswith("0") for t in two)
        parsed = []
        for r, t, a, b, points in read:
            readings = [read_number(t)]
            if padded and "." in t and t.endswith("0"):
                readings.append(read_number(t[:-1].rstrip(".")))
            parsed.append((r, readings, a, b, ((b - a) / a).scale(100), points))
        if sum(1 for _, vs, _, _, q, _ in parsed if any(q.overlaps(v) for v in vs)) < 2:
            continue
        for r, vs, a, b, q, points in parsed:
            if any(q.overlaps(v) for v in vs) or points:
                continue  # points: the growth of a share in percentage points
            if marked and not re.search(r"[%％]", r.rate.text) and any((b - a).overlaps(v) for v in vs):
                continue  # "平均住院日 | 天 | 8.5 | 8.2 | -0.3" among cells in %: the change in the row's own unit
            out.append(_failing_rate(r.rate, r.label, r.base, r.current, q, a, b, vs))
    return out


# -- the 执行率 of a self-evaluation form written into the report ----------------------------------

@dataclass
class FormRate:
    rate: "FormValue"
    actual: "FormValue"
    budget: "FormValue"
    computed: Interval       # actual ÷ budget, as a fraction
    truncated: bool


def _form_number(v) -> Interval | None:
    return read_number(re.sub(r"\s*(?:万元|万|元|[%％])$", "", v.text))


def _unit_of(v) -> str:
    return re.sub(r"[\d.,\s+-]", "", v.text)


def form_rates(doc: NarrativeDoc) -> list[FormRate]:
    """"年度资金总额 | 全年预算数 4753.66万元 | 全年执行数 3824.26万元 | … | 执行率 100%": the form's
    execution rate against its own budget and actual (the 全年 budget, or the 年初 one: either
    reading holding is enough); a rate holding only if cut off is a warning."""
    out = []
    for row in form_rows(doc.view):
        by = {v.label: v for v in row}
        rate = by.get("执行率") or by.get("预算执行率")
        actual = by.get("全年执行数") or by.get("执行数")
        budgets = [by[k] for k in ("全年预算数", "预算数", "年初预算数") if k in by]
        if rate is None or actual is None or not budgets or not re.search(r"[%％]$", rate.text):
            continue
        stated, done = _form_number(rate), _form_number(actual)
        if stated is None or done is None or any(_unit_of(b) != _unit_of(actual) for b in budgets):
            continue
        readings = []
        for b in budgets:
            whole = _form_number(b)
            if whole is not None and whole.lo > 0:
                readings.append((b, (done / whole).scale(100)))
        if not readings or any(q.overlaps(stated) for _, q in readings):
            continue
        cut = read_number(rate.text.rstrip("%％"), cut=True)
        budget, q = readings[0]
        # (said as the written figures' own quotient: "45 ÷ 45" is 100 %, not the middle of its rounding interval)
        said = Interval.point(done.mid / _form_number(budget).mid)
        out.append(FormRate(rate, actual, budget, said,
                            cut is not None and any(cut.overlaps(x) for _, x in readings)))
    return out


# -- changes listed pairwise with 分别 ---------------------------------------------------------------

@dataclass
class PairedChange:
    """"公务用车购置费0.14亿元和公务用车运行费1.27亿元，与2015年相比，分别减少0.18亿元和0.56亿元，
    下降133.1%和43.7%": the i-th rate of the i-th change of the i-th figure."""

    rate: Figure
    delta: Figure
    current: Figure
    computed: Interval       # delta ÷ (current ± delta)
    down: bool
    truncated: bool


# (or a comma and the counterpart's name: "收入总计7562.45万元，支出总计6632.48万元，…收入、支出总计各增加…")
_NAMED_JOIN = lazy(r"\s*(?:和|与|及|、)\s*[^，,；;。：:\d%％]{0,16}?\s*|\s*[，,]\s*(?:收入|支出)(?:总计|合计)\s*"
                  # (or a comma and a name of its own: "一般公共预算收入1623万元，政府性基金收入5133万元，较上年分别增加…")
                  r"|\s*[，,]\s*[\u4e00-\u9fff“”]{2,16}?(?:为|是|达到?|完成)?\s*")
# (the 部门决算 template's "收入、支出总计各增加…": 各 right before the verb)
_EACH_CHANGE = lazy(r"分别|各自|各(?=(?:增加|减少|增长|下降))")


def _named_run_before(doc: NarrativeDoc, k: int, n: int) -> list[Figure] | None:
    """The n amounts ending at figure k, each after "和/与/及/、" and its name ("A 0.14亿元和B 1.27亿元")."""
    if k - n + 1 < 0:
        return None
    run = doc.figures[k - n + 1:k + 1]
    if any(g.kind != "amount" or not plain(g) or g.approximate for g in run):
        return None
    if any(not _NAMED_JOIN.fullmatch(doc.view, a.end, b.start) for a, b in zip(run, run[1:])):
        return None
    return run


def paired_changes(doc: NarrativeDoc) -> list[PairedChange]:
    """Failing rates of changes listed pairwise: figures A、B, then "分别增加/减少 a和b", then the
    rates "x和y", all in one clause; each rate against its own figure and change, on last year's
    level (this year's ± the change); truncation-only: a warning."""
    from ..narrative.structure import run_of

    out = []
    for f in doc.figures:
        if f.kind != "percent" or f.relation not in CHANGE or f.approximate:
            continue
        rates = run_of(doc, f)
        if rates[0] is not f or len(rates) < 2:
            continue
        k = doc.position(f)
        deltas = run_of(doc, doc.figures[k - 1]) if k else []
        n = len(rates)
        if len(deltas) != n or deltas[-1] is not doc.figures[k - 1] or deltas[0].relation not in CHANGE \
                or any(d.kind != "amount" or d.approximate for d in deltas):
            continue
        kd = doc.position(deltas[0])
        currents = _named_run_before(doc, kd - 1, n)
        if currents is None or re.search(r"[；;。]", doc.view[currents[0].start:f.start]):
            continue
        gap = doc.view[currents[-1].end:deltas[0].start]
        if not _EACH_CHANGE.search(gap) or not re.search(r"比|较|相比", gap):
            continue
        down = deltas[0].relation == "减少"
        for rate, delta, current in zip(rates, deltas, currents):
            d, c = value_of(delta), value_of(current)
            base = c + d if down else c - d
            readings = [d / base] if base.lo > 0 else []
            if not readings or any(_truncated_or_holds(rate, q) and value_of(rate).overlaps(q) for q in readings):
                continue
            truncated = any(_truncated_or_holds(rate, q) for q in readings)
            out.append(PairedChange(rate, delta, current, readings[0], down, truncated))
    return out


# -- growth over several years: "由1978年的1.55亿元增加到2017年的1187.50亿元，增长了816.97倍，年平均增长18.8%" --

@dataclass
class LongGrowth:
    """A figure of one year and of a later one, with the multiple it grew by or its average yearly
    growth, when no reading of the claim holds."""

    claim: Figure | None      # the average rate (a percent figure), or None for a multiple
    multiple: tuple[str, int, int] | None   # the multiple as written, and where
    first: Figure
    last: Figure
    years: tuple[int, int]
    computed: str             # what the two figures give, for the message
    name: str                 # what grew: the words right before "由…年"
    # the average rate is above the compounded one: it may be a mean of the yearly rates (a reading)
    mean_of_years: bool = False


# "(由|从)1978年的A(增加|增长…)到2017年的B": both figures with their years, in one clause run
_FROM_YEAR = lazy(r"(?:由|从)\s*(\d{4})\s*年(?:末|底)?的?\s*$")
_TO_YEAR = lazy(r"\s*(?:增加|增长|上升|提高|攀升|跃升|发展|扩大)?(?:到|至)\s*(\d{4})\s*年(?:末|底)?的?\s*(?:达到?)?\s*$")
# "2009—2013年…由A增加至B": the two years written as a span before the first figure, no figure between
_SPAN_FROM = lazy(r"(\d{4})\s*年?\s*[~～—\-–至到]\s*(\d{4})\s*年(?:间|期间)?(?P<name>[^，,。；;\d%％]{0,16}?)(?:由|从)\s*$")
_TO_NO_YEAR = lazy(r"\s*(?:增加|增长|上升|提高|攀升|跃升|发展|扩大)(?:到|至)\s*(?:达到?)?\s*")
# after B: a bracketed remark, the multiple, then the average rate
_AFTER_LAST = lazy(r"\s*(?:[（(][^（）()]{0,12}[)）])?\s*(?:[，,]\s*(?:增长|增加)了?\s*(?P<m>\d+(?:\.\d+)?)\s*倍)?"
                   r"\s*(?:[，,]\s*(?P<avg>年均|年平均|平均每年)(?:增长|增速|增幅|递增)率?(?:为|是|达到?)?\s*)?$")
# money of a budget or a treasury, stated at its nominal value (no comparable-price growth): 生产总值,
# 增加值, 产值, residents' income or spending are grown at comparable prices, so their average rates
# are no compounding of the two figures written
_NOMINAL = lazy(r"财政|预算|税收|非税|公共|政府性基金|收入|支出|存款|贷款|储蓄|债务|资金|经费|成本|费|短绌|结余")
_REAL_GROWTH = lazy(r"生产总值|GDP|增加值|产值|居民|人均|可支配|消费|零售|工资")
# a growth said on another basis than the two figures written: "按可比口径计算，…", "（同口径）",
# "年均增长6.5%（剔除政策性减收因素）" — its multiple and average rate are not of those figures
_OTHER_BASIS = lazy(r"可比|同口径|剔除|扣除|还原|不含|不考虑")


def _compounded(rate: Interval, n: int) -> Interval:
    """(1 + rate)^n, exactly, for a rate interval above −100 %."""
    return Interval((1 + rate.lo) ** n, (1 + rate.hi) ** n)


def long_growths(doc: NarrativeDoc) -> list[LongGrowth]:
    """Figures of two years written as a growth between them, with the multiple or the average yearly
    rate said after them: the multiple is read both ways ("增长了N倍" as B ÷ A − 1, and as B ÷ A, as it is
    often written), the average rate over the years between, one fewer or one more (how the years are
    counted varies); only fiscal money, whose figures are nominal, is checked."""
    out = []
    view = doc.view
    figs = doc.figures
    for k in range(len(figs) - 1):
        a, b = figs[k], figs[k + 1]
        if a.kind != "amount" or b.kind != "amount" or a.approximate or b.approximate or not a.value or not comparable(a, b):
            continue
        m1 = _FROM_YEAR.search(view, max(0, a.start - 12), a.start)
        m2 = m1 and _TO_YEAR.match(view, a.end, b.start)
        name = None   # what grew: the words before "由…年", or between a span of years and "由"
        if m1 and m2:
            y1, y2 = int(m1.group(1)), int(m2.group(1))
        elif (m1 := _SPAN_FROM.search(view, max(doc.sentence_start(a.start), a.start - 40), a.start)) is not None \
                and _TO_NO_YEAR.fullmatch(view, a.end, b.start):
            # "2009—2013年平均年收入由2 676.74万元增加至3 372.87万元，年均增长率1.52%": the years as a span before
            y1, y2, name = int(m1.group(1)), int(m1.group(2)), m1.group("name").strip() or None
        else:
            continue
        if not 1 <= y2 - y1 <= 100:
            continue
        if name is None:
            name = re.split(r"[，,。；;：:—\s]", view[doc.clause_start(m1.start()):m1.start()])[-1]
        if not _NOMINAL.search(name) or _REAL_GROWTH.search(name):
            continue
        if _OTHER_BASIS.search(view, doc.sentence_start(a.start), doc.sentence_end(b.end)):
            continue
        rate = next((g for g in figs[k + 2:k + 4] if g.kind == "percent" and g.start < doc.sentence_end(b.end)), None)
        stretch = view[b.end:rate.start] if rate is not None else None
        after = _AFTER_LAST.match(stretch) if stretch is not None else None
        ratio = value_of(b) / value_of(a)
        if ratio is None:
            continue
        # the multiple: after the figure alone ("…1187.50亿元，增长了816.97倍。"), or before the average rate
        found = _MULTIPLE.match(view, b.end) if after is None else after if after.group("m") else None
        if found is not None:
            digits = found.group("m")
            at = found.start("m") + (b.end if after is not None else 0)
            m = Interval.rounded(Fraction(digits), len(digits.split(".")[1]) if "." in digits else 0)
            if not m.overlaps(ratio - Interval.point(1)) and not m.overlaps(ratio):
                out.append(LongGrowth(None, (digits + "倍", at, at + len(digits) + 1), a, b, (y1, y2),
                                      f"{float(ratio.mid):.2f} 倍（增长 {float(ratio.mid) - 1:.2f} 倍）", name))
        if after is not None and after.group("avg") \
                and (rate.relation is None or rate.relation in CHANGE) and not rate.approximate and rate.value > -100:
            r_iv = value_of(rate)
            n = y2 - y1
            if not any(_compounded(r_iv, j).overlaps(ratio) for j in (n - 1, n, n + 1) if j >= 1):
                q = float(ratio.mid) ** (1 / n) - 1
                # a mean of the yearly rates is never below the compounded rate: a rate above it may be that
                above = _compounded(r_iv, n + 1).hi > ratio.lo
                out.append(LongGrowth(rate, None, a, b, (y1, y2), f"{q * 100:.2f}%（按 {n} 年复合计算）", name, above))
    return out


_MULTIPLE = lazy(r"\s*[，,]\s*(?:增长|增加)了?\s*(?P<m>\d+(?:\.\d+)?)\s*倍(?![多余])")


# -- amounts listed and closed by 合计/共计, no 其中 before them ("省级62万元，中央16万元，结余6.47万元，共计84.47万元")

# the closing clause: nothing but the closing word (and which or how many items it closes) before its amount
_CLOSING_WORDS_AT_END = (r"(?:以上|上述)?(?:各项|(?P<n>[两二三四五六七八九十]|\d{1,2})项)?(?:资金|金额)?"
                         r"(?:合计|共计|总计|合共|总共|共)\s*(?:为|是|达|：|:)?\s*$")
_CLOSED_BY = lazy(r"(?<=[，,；;、])\s*" + _CLOSING_WORDS_AT_END)
_SMALL_NUMERALS = {c: i for i, c in enumerate("一二三四五六七八九十", 1)} | {"两": 2}
# an amount per head or per thing is no item of a sum ("预算费用3.5万元/人，共计7万元", "按生均1000元安排，共计…")
_PER_BEFORE = lazy(r"(?:每|人均|生均|户均|车均|平均|单价)[^，,；;。]{0,6}$")
MOST_TERMS = 12   # readings are the choices of the amounts before it: 2¹² at most
# the last amount listed must end the clause before the closing one
_CLAUSE_BREAK = lazy(r"[，,；;、]")
_STANDARD = lazy(r"标准|定额")
_CLAUSE_END_AFTER = lazy(r"\s*(?:[，,；;。！!？?）)\n]|$)")
_EACH_AMOUNT = lazy(r"分别|各|均|每")


@dataclass
class ClosedRun:
    """A total closing the amounts listed before it, when no choice of two or more of the amounts
    before it in its paragraph (n of them when it says "n项") adds up to it."""

    total: Figure
    parts: list[Figure]        # its sentence's amounts before it: the reading the message names
    computed: Interval
    word: str                  # the closing words as written ("共计", "两项合计")


def some_choice_adds_up(values: list[Interval], stated: Interval, size: int | None, least: int = 2) -> bool:
    """Whether some choice of ``least`` or more of the intervals (``size`` of them if given) overlaps
    ``stated``, in exact integers over the common denominator of every bound."""
    bounds = [x for v in values for x in (Fraction(v.lo), Fraction(v.hi))] + [Fraction(stated.lo), Fraction(stated.hi)]
    d = math.lcm(*(x.denominator for x in bounds))
    lo = [int(Fraction(v.lo) * d) for v in values]
    hi = [int(Fraction(v.hi) * d) for v in values]
    a, b = int(Fraction(stated.lo) * d), int(Fraction(stated.hi) * d)
    n = len(values)
    sum_lo, sum_hi, count = [0] * (1 << n), [0] * (1 << n), [0] * (1 << n)
    for mask in range(1, 1 << n):
        low = (mask & -mask).bit_length() - 1
        rest = mask & (mask - 1)
        sum_lo[mask], sum_hi[mask], count[mask] = sum_lo[rest] + lo[low], sum_hi[rest] + hi[low], count[rest] + 1
        if (count[mask] == size if size else count[mask] >= least) and sum_lo[mask] <= b and sum_hi[mask] >= a:
            return True
    return False


_ABOVE = lazy(r"\s*(?:以上|上述)")
_CLOSING_WORDS = lazy(_CLOSING_WORDS_AT_END)


_ITEM_START = lazy(r"[，,、；;：:]")


def _signed_items(doc: NarrativeDoc, start: int, end: int, t: Figure) -> list[Interval] | None:
    """The items from ``start`` to ``end`` read with their signs when some are changes ("…增加3亿元", "…减少…")
    or amounts taken away ("调减…2.44亿元", _TAKEN_AWAY): an increase or a plain amount adds, a decrease or an
    amount taken away subtracts; None when no item is of those two kinds."""
    out, signed = [], False
    for g in doc.between(start, end):
        if g.kind != t.kind or g.approximate or not comparable(g, t) or per_unit(doc, g):
            continue
        if g.relation in CHANGE:
            out.append(value_of(g) if g.relation == "增加" else value_of(g).scale(-1))
            signed = True
        elif plain(g):
            item = max(start, max((m.end() for m in _ITEM_START.finditer(doc.view, start, g.start)), default=start))
            taken = _TAKEN_AWAY.search(doc.view, item, g.start) is not None
            out.append(value_of(g).scale(-1) if taken else value_of(g))
            signed = signed or taken
    return out if signed and len(out) <= MOST_TERMS else None


def closes_the_outer_list(doc: NarrativeDoc, total: Figure, marker: int, parts=()) -> bool:
    """"办公费10万元，维修费15万元，其中材料费6万元，人工费9万元，合计25万元", and on numbered lines
    "…\n3.维修费15万元，其中…，以上合计45万元": a closing total after the last item's 其中 breakdown
    may close the list that item is in — the item itself and one or more amounts before it (in its
    paragraph, or the lines of its list) — rather than the breakdown.  So may one after a breakdown
    (``parts``, the breakdown as read) that the list goes on past: "上学期资助144名含高考特困生5名，下学期资助
    77名，合计221人" (the item, and amounts read after the breakdown's first)."""
    view = doc.view
    owner = next((g for g in reversed(doc.between(doc.sentence_start(marker), marker))
                  if g.kind == total.kind and plain(g) and not g.approximate and comparable(g, total)), None)
    if owner is None:
        return False
    words = _CLOSING_WORDS.search(view, max(0, total.start - 16), total.start)
    floor = _items_above(doc, owner.start, words is not None and _ABOVE.match(words.group(0)) is not None)
    siblings = [value_of(g) for g in doc.between(floor, owner.start)
                if g.kind == total.kind and plain(g) and not g.approximate and comparable(g, total)
                and g.relation not in CHANGE and view[g.end:g.end + 1] not in ("/", "／")][-MOST_TERMS:]
    after = [value_of(p) for p in parts[1:]]
    rest = value_of(total) - value_of(owner)
    return bool(siblings or after) and some_choice_adds_up((siblings + after)[-MOST_TERMS:], rest, None, 1)


def per_unit(doc: NarrativeDoc, g: Figure) -> bool:
    """An amount per head or per thing ("0.5万元/户", "每户0.5万元", "人均0.2万元", "单价0.2万元")."""
    return doc.view[g.end:g.end + 1] in ("/", "／") or bool(_PER_BEFORE.search(doc.view, max(0, g.start - 10), g.start))


# an amount written with its scale and 元 that no figure was read from ("点击查看>> 万元", "12002.41万万元"),
# or a number with a scale and no 元 (structure.BARE_SCALE, "补贴48万、")
_SCALED_YUAN = lazy(r"(?:万|亿|千)元")


def _unread_amount(doc: NarrativeDoc, start: int, end: int) -> bool:
    """Whether the text from ``start`` to ``end`` states an amount no figure was read from."""
    if BARE_SCALE.search(doc.view, start, end):
        return True
    spans = [(g.start, g.end) for g in doc.between(start, end)]
    return any(not any(a <= x.start() < b for a, b in spans) for x in _SCALED_YUAN.finditer(doc.view, start, end))


def _items_above(doc: NarrativeDoc, at: int, above: bool) -> int:
    """Where the amounts a closing total may close begin: its paragraph, and when that paragraph is
    an item of a list on lines of their own ("1.办公费10万元；\n2.…\n3.维修费15万元，其中…，以上合计45万元"),
    or the closing says 以上/上述 (``above``) of the lines before, the lines of the list before it too."""
    view = doc.view
    floor = doc.paragraph_start(at)
    style = marker_of(view[floor:doc.paragraph_end(floor)])
    while floor > 0 and (style is not None or above):
        prev = doc.paragraph_start(floor - 1)
        line = view[prev:floor - 1]
        if not line.strip() or (style is not None and marker_of(line) != style):
            break
        floor = prev
    return floor


# the ways a count of people or units is cut by an attribute (each a pattern naming one side of that cut): a list whose
# items are of different cuts counts things that may be in several of its items
COUNT_CUTS = (lazy(r"男|女"), lazy(r"党员"), lazy(r"少数民族|汉族"), lazy(r"\d+\s*(?:周岁|岁)|老年|青年|儿童|未成年"),
              lazy(r"博士|硕士|研究生|本科|大专|专科|中专|高中及以下|学历|学位"), lazy(r"职称|高级|中级|初级"),
              lazy(r"高新技术|科技型|专精特新|创新型"), lazy(r"亏损|盈利"), lazy(r"国有|集体|私营|民营|个体|外资|外商|港澳台|股份制"),
              lazy(r"上市|挂牌"), lazy(r"规模以上|规上|限额以上|限上"), lazy(r"脱贫|监测|低保|特困|残疾"))


def cuts_of(name: str) -> frozenset[int]:
    """The attribute cuts (indices in ``COUNT_CUTS``) a name says."""
    return frozenset(k for k, cut in enumerate(COUNT_CUTS) if cut.search(name))


def of_several_cuts(names: list[str]) -> bool:
    """Whether counts so named may overlap: some named by an attribute cut, not all by the same one."""
    cuts = [cuts_of(n) for n in names]
    return any(cuts) and len(set(cuts)) > 1


def closed_runs(doc: NarrativeDoc) -> list[ClosedRun]:
    out = []
    view = doc.view
    list_parts = {f.start for pl in doc.lists for f in pl.parts}
    in_lists = list_parts | {pl.total.start for pl in doc.lists}
    for t in doc.figures:
        if t.kind not in ("amount", "count") or not plain(t) or t.approximate or t.start in in_lists:
            continue
        m = _CLOSED_BY.search(view, max(0, t.start - 16), t.start)
        if m is None or "等" in view[max(0, m.start() - 3):m.start()]:
            continue   # "…等，共计…": the list names only some
        if m.group(0).rstrip(" ：:为是达").endswith("共") and not _CLAUSE_END_AFTER.match(view, t.end):
            continue   # "…，共77所学校…" may name another thing counted ("共107个县级行政区"): "共" closes only "…，共77所。"
        size = m.group("n")
        size = _SMALL_NUMERALS.get(size) or (int(size) if size else None)
        sentence = doc.sentence_start(t.start)
        # (counts: of the very unit, "小学45所、初中38所、普通高中4所，共77所")
        before = [g for g in doc.between(_items_above(doc, t.start, _ABOVE.match(m.group(0)) is not None), m.start())
                  if g.kind == t.kind and plain(g) and not g.approximate and comparable(g, t) and not per_unit(doc, g)
                  and (t.kind == "amount" or g.unit == t.unit)]
        own = [g for g in before if g.start >= sentence]
        if len(own) < max(2, size or 2) or len(own) > MOST_TERMS:
            continue
        if any(g.kind == t.kind and plain(g) and comparable(g, t) and (g.approximate or per_unit(doc, g))
               for g in doc.between(sentence, m.start())):
            continue   # "办公费约10万元，…，合计35万元", "…12万元/年，…": an item whose amount is not exact, or per unit
        if t.kind == "count" and (any(g.kind == "count" and g.unit != t.unit for g in doc.between(sentence, m.start()))
                                  or of_several_cuts([bare(g.subject) for g in own])):
            continue   # counts of other units between, or of attributes that may overlap (女性, 党员): no one sum
        if _CLAUSE_BREAK.search(view, own[-1].end, m.start() - 1):
            continue   # "…，固定资产投资项目新增入库8个，共计23.1亿元": the total of what the clause before counts
        if _STANDARD.search(view, own[-1].end, m.start()):
            continue   # "按幼儿园1000元;小学、初中2000元;…的标准发放助学金,共109.7万元": rates per head, not parts
        if _unread_amount(doc, sentence, m.start()):
            continue   # "支付养老机构运营补贴48万、…，合计113万元", "…调减 点击查看>> 万元，…": an item not read
        if _EACH_AMOUNT.search(view, sentence, m.start()):
            continue   # "6县分别获得补助资金3711.3万元，共计2.22678亿元": an amount each, the total of all of them
        if any(g.unit == "元" for g in (t, *before)) and any(g.unit != "元" for g in (t, *before)):
            continue   # 元 among 万元: a unit slip is read by N-UNIT-SLIP, not summed here
        terms = before[-MOST_TERMS:]
        # after a 其中 in its sentence it may close that list alone, even of one item ("全年收入500万元，
        # 其中国税300万元，合计300万元")
        least = 1 if "其中" in view[sentence:m.start()] else 2
        if some_choice_adds_up([value_of(g) for g in terms], value_of(t), size, least):
            continue
        if (signed := _signed_items(doc, sentence, m.start(), t)) is not None and interval_sum(signed).overlaps(value_of(t)):
            continue   # "增加支出包括：债券支出3.9亿元，…调入用于支出增加3亿元，…调减…项目支出2.44亿元，合计5.16亿元"
        # the reading named: the items at the level of the list, not the breakdowns of one item
        # ("A村50万元（其中中央资金30万元，…），B村30万元，合计90万元": A村 and B村)
        top = [g for g in own if g.start not in list_parts and not in_brackets(doc, g)]
        own = top if len(top) >= 2 else own
        out.append(ClosedRun(t, own, interval_sum(value_of(g) for g in own), m.group(0).strip(" ：:为是达")))
    return out


# -- the two totals netted: "收入总量为107545亿元。…支出134045亿元。收支总量相抵，中央财政赤字26500亿元" -------------

# -- the urbanisation rate -----------------------------------------------------------------------

@dataclass
class Urbanisation:
    """"年末常住人口77.60万人，其中城镇常住人口29.20万人，城镇化率为37.63%": the rate is the urban residents' share of
    the residents, by definition."""

    total: tuple[str, int, int]      # (text, start, end) as written
    urban: tuple[str, int, int]
    rate: tuple[str, int, int]
    computed: Interval               # urban ÷ total, in percent
    names: tuple[str, str]           # the population and its urban part as named: 常住人口, 城镇常住人口


_PEOPLE = r"\s*(?:为|是|达到?)?\s*(\d+(?:\.\d+)?)\s*(万人|人)"
_RESIDENTS = lazy(r"(?<![镇村乡])(?:(?P<who>常住|户籍)总?|总)人口" + _PEOPLE)
_URBAN = lazy(r"城镇(?P<who>常住|户籍)?人口" + _PEOPLE)
_URBAN_RATE = lazy(r"(?:(?P<who>常住|户籍)人口)?城镇化率\s*(?:为|是|达到?)?\s*(\d+(?:\.\d+)?)\s*%")


def urbanisation_rates(doc: NarrativeDoc) -> list[Urbanisation]:
    """Urbanisation rates that are not their sentence's one urban population over its one population, both written
    before the rate in one unit, each rounded.  A 户籍 rate is read against 户籍 figures only, any other against a
    population named 常住 and no 户籍 figure (a 总人口 may be the registered one); nothing when the sentence holds two
    figures of either kind."""
    out = []
    view = doc.view
    at = view.find("城镇化率")
    while at >= 0:
        lo, hi = doc.sentence_start(at), doc.sentence_end(at)
        rates = list(_URBAN_RATE.finditer(view, lo, hi))
        totals = [m for m in _RESIDENTS.finditer(view, lo, hi)]
        urbans = list(_URBAN.finditer(view, lo, hi))
        at = view.find("城镇化率", hi)
        if len(rates) != 1 or len(totals) != 1 or len(urbans) != 1:
            continue
        (r,), (t,), (u,) = rates, totals, urbans
        if not (t.end() <= r.start() and u.end() <= r.start()) or t.group(3) != u.group(3):
            continue
        whos = {x.group("who") for x in (t, u) if x.group("who") in ("常住", "户籍")}
        if (whos != {"户籍"}) if r.group("who") == "户籍" else ("户籍" in whos or t.group("who") != "常住"):
            continue   # "户籍人口城镇化率" of 常住 figures, a (常住) rate of 户籍 figures or of a 总人口 that may be 户籍: not
            # said of one population
        ivs = [_as_rounded(x.group(2)) for x in (t, u)]
        rate = _as_rounded(r.group(2))
        if ivs[0].lo <= 0:
            continue
        computed = (ivs[1] / ivs[0]).scale(100)
        if computed.overlaps(rate):
            continue
        out.append(Urbanisation(*((x.group(2) + x.group(3), x.start(2), x.end(3)) for x in (t, u)),
                                (r.group(2) + "%", r.start(2), r.end()), computed,
                                ((t.group("who") or "总") + "人口", "城镇" + (u.group("who") or "") + "人口")))
    return out


# -- births, deaths and the natural increase ------------------------------------------------------

@dataclass
class NaturalIncrease:
    """"出生人口1913人…死亡人口900人…自然增长人口1011人", "出生率7.28‰，死亡率7.89‰，自然增长率-0.61‰": the natural
    increase is the births less the deaths, by definition (of counts, or of rates over one population)."""

    birth: tuple[str, int, int]      # (text, start, end) of each figure as written
    death: tuple[str, int, int]
    increase: tuple[str, int, int]
    computed: Interval               # births − deaths, each with its rounding
    unit: str
    names: tuple[str, str, str]      # as written: 出生率, 死亡人口, 自然增长率 …


_VITAL_NUMBER = r"\s*(?:为|是|达到?)?\s*([-－−]?\d+(?:\.\d+)?)\s*(‰|%|万人|人)"
# (the name opens the phrase: "婴儿死亡率", "孕产妇死亡率" are other rates, "出生缺陷" no birth count)
_VITAL = lazy(r"(?:(?P<who>户籍|常住)?人口)?(出生|死亡|自然增长|自然减少)(人口|人数|率)?" + _VITAL_NUMBER)
_NATURAL = lazy(r"自然(?:增长|减少)")
_VITAL_LEAD = set("年期内中末全的为共，,。；;：:、 \t\n")


def natural_increases(doc: NarrativeDoc) -> list[NaturalIncrease]:
    """Natural increases that are not their paragraph's one birth figure less its one death figure of the same
    kind (counts, or rates) and unit written before them in their sentence, each rounded.  Nothing when the
    paragraph holds two figures of either kind (城镇 and 农村, 户籍 and 常住), when the increase has a sentence of its
    own (it may be of another population), and for names another word opens ("婴儿死亡率")."""
    out = []
    view = doc.view
    hi = 0
    while (natural := _NATURAL.search(view, hi)) is not None:
        at = natural.start()
        lo = doc.paragraph_start(at)
        hi = view.find("\n", at)
        hi = len(view) if hi < 0 else hi
        found: dict[tuple[str, bool], list] = {}
        for m in _VITAL.finditer(view, lo, hi):
            if m.start() > lo and view[m.start() - 1] not in _VITAL_LEAD:
                continue
            rate = m.group(3) == "率"
            if rate != (m.group(5) in ("‰", "%")):
                continue   # a rate in 人, a count in ‰: not read
            found.setdefault(("自然增长" if m.group(2) == "自然减少" else m.group(2), rate), []).append(m)
        for rate in (False, True):
            births, deaths, increases = (found.get((k, rate), []) for k in ("出生", "死亡", "自然增长"))
            if len(births) != 1 or len(deaths) != 1 or len(increases) != 1:
                continue
            (b,), (d,), (n,) = births, deaths, increases
            if not b.end() <= n.start() or not d.end() <= n.start() or len({b.group(5), d.group(5), n.group(5)}) != 1:
                continue
            if n.group("who") and n.group("who") not in (b.group("who"), d.group("who")):
                continue   # "出生率8.8‰，死亡率5.9‰，常住人口自然增长率-0.5‰": the rates before may be of the 户籍 population
            if doc.sentence_start(min(b.start(), d.start())) != doc.sentence_start(n.start()):
                continue   # "出生1234人，出生率8.8‰；死亡819人，死亡率5.9‰。常住人口11.83万人，自然增长率-0.5‰": another population's
            ivs = [_as_rounded(x.group(4).replace("－", "-").replace("−", "-")) for x in (b, d, n)]
            if n.group(2) == "自然减少":
                ivs[2] = ivs[2].scale(-1)   # "人口自然减少529人": an increase of −529
            computed = ivs[0] - ivs[1]
            if computed.overlaps(ivs[2]):
                continue
            out.append(NaturalIncrease(*((x.group(4) + x.group(5), x.start(4), x.end(5)) for x in (b, d, n)),
                                       computed, n.group(5), tuple(x.group(2) + (x.group(3) or "") for x in (b, d, n))))
    return out


@dataclass
class Netted:
    """A deficit or a balance said to be the budget's two totals netted ("收支总量相抵，赤字…", "收入总量减去支出总量后，
    结转资金…"), when no reading of the spending written makes it their difference."""

    result: Figure
    income: Figure
    spending: Figure
    computed: Interval     # the deficit (spending − income) or the balance (income − spending)
    deficit: bool
    explicit: bool         # the spending written as its 支出总量 (else the last spending figure before: a reading)


# the netting opens its sentence; the deficit or balance is the first amount after it
_NETS_THE_TOTALS = lazy(r"\s*(?:收支总量相抵|收入总量减去支出总量)后?\s*[，,]?\s*([^，,。；;\d]{0,16}?)"
                        r"(赤字|结余|滚存结余|结转下年(?:支出|使用|资金)?|结转资金|结转|盈余)"
                        r"(?:为|是|达到?)?\s*$")
_INCOME_TOTAL = lazy(r"收入总量(?:为|是|达到?)?\s*$")
_SPENDING_TOTAL = lazy(r"支出总量(?:为|是|达到?)?\s*$")
_SPENDING = lazy(r"支出(?:合计|总计|总额)?(?:为|是|达到?|完成)?\s*$")


def netted_totals(doc: NarrativeDoc) -> list[Netted]:
    out = []
    view = doc.view
    for g in doc.figures:
        if g.kind != "amount" or not plain(g) or g.approximate:
            continue
        start = doc.sentence_start(g.start)
        m = _NETS_THE_TOTALS.fullmatch(view, start, g.start)
        if m is None:
            continue
        deficit = m.group(2) == "赤字"
        # the totals written before, in its paragraph or the one before
        floor = doc.paragraph_start(max(0, doc.paragraph_start(start) - 1))
        before = [h for h in doc.between(floor, start) if h.kind == "amount" and plain(h) and not h.approximate
                  and comparable(h, g)]
        incomes = [h for h in before if _INCOME_TOTAL.search(view, doc.clause_start(h.start), h.start)]
        if not incomes:
            continue
        income = incomes[-1]
        after = [h for h in before if h.start > income.start]
        totals = [h for h in after if _SPENDING_TOTAL.search(view, doc.clause_start(h.start), h.start)]
        spendings = totals or [h for h in after if _SPENDING.search(view, doc.clause_start(h.start), h.start)]
        if not spendings:
            continue
        def net(spending):
            return value_of(spending) - value_of(income) if deficit else value_of(income) - value_of(spending)
        if any(net(h).overlaps(value_of(g)) for h in spendings):
            continue
        out.append(Netted(g, income, spendings[-1], net(spendings[-1]), deficit, len(totals) == 1))
    return out


# -- a balance of its flows: "基金收入A元。…支出B元。…当期结余C元" -------------------------------------

@dataclass
class Balance:
    """A period's balance written after its income and its spending, when no reading makes it their
    difference."""

    balance: Figure
    income: Figure
    spending: Figure
    computed: Interval     # (what the year began with +) income − spending
    carried: Figure | None = None   # what a year-end balance began with ("上年结转和结余资金98.45万元")


# the balance of one period's flows ("当期结余", "当年收支结余", "本年度结余"); not a balance carried over the
# years ("累计结余", "滚存结余"; "年终结余", "期末结余" only with what the year began with, see _YEAR_END_BALANCE)
_PERIOD_BALANCE = lazy(r"(?:(?:当期|本期|当年|本年度?|\d{4}\s*年(?:度)?)(?:收支)?|收支)结余(?:为|是|达到?)?\s*$")
# a balance closing a statement: the words right before its figure end with it
_CLOSING = lazy(r"(?:结余|结存)(?:资金|额|数)?(?:为|是|达到?)?\s*$")
# a year-end balance ("年末结转和结余", "年终结余"): what the year began with, plus its income, less its spending
_YEAR_END_BALANCE = lazy(r"(?:年末|年终|期末)(?:滚存)?(?:结转和|结转及|结转与|结转)?结余(?:资金)?(?:为|是|达到?)?\s*$")
# a balance said to be of the flows just written: "收支相抵，年终结转结余19570万元" (no carry-over needed to read it)
_NETTED = lazy(r"收支相抵后?[，,]?\s*$")
_OWN_INCOME = lazy(r"事业收入|经营收入")
_SURPLUS_SHARED = lazy(r"结余分配|事业基金")
_CARRIED_IN = lazy(r"(?:上年|年初|期初)(?:结转和|结转及|结转与)?(?:结转|结余)(?:资金|收入)?(?:为|是|达到?)?\s*$")
_GRAND_TOTAL = lazy(r"总计")
_SOURCE_INCOME = lazy(r"(征缴|保费|缴费|利息|补贴|捐赠|投资|财政拨款|财政补助|事业|经营)收入(?:合计|总计|总额)?(?:为|是|达到?|共计)?\s*$")
_TREASURY_BUDGET = lazy(r"一般公共预算|公共财政预算|政府性基金|国有资本经营|财政总?收入|地方(?:级|财政)?收入")
_UP_TO_DATE = lazy(r"(?:至|到|止)\s*$")
# a remark after the balance saying it holds the years before ("（含历年滚存）", "（含上年结转）")
_HOLDS_YEARS_BEFORE = lazy(r"\s*[（(][^（）()]{0,16}?(?:滚存|历年|累计|结转|以前年度|上年结余)")
# the balance of the period itself given as its part: the balance before it is wider
_PERIOD_PART = lazy(r"\s*[,，]?\s*其中\s*[：:]?\s*(?:当期|本期|当年)(?:收支)?结余")
# a remark after the balance naming an amount it takes in or leaves out ("（扣除管理费用1000万元）"): another basis
_ADJUSTED_BALANCE = lazy(r"\s*[（(][^（）()]{0,12}?(?:扣除|减去|剔除|不含|加上|含)[^（）()]{0,16}?\d")
_DEFICIT_AFTER = lazy(r"\s*[（(][^（）()]{0,8}?(?:赤字|缺口|亏|收不抵支|为负)")
_INCOME_WORDS = lazy(r"(?:收入|总财力)(?:合计|总计|总额)?(?:为|是|达到?|共计)?\s*$")
_SPENDING_WORDS = lazy(r"支出(?:合计|总计|总额)?(?:为|是|达到?|共计)?\s*$")
# flows besides income and spending ("调入", "上解", "补助", "转移"…): a figure named so is the block's
# income or spending only when no other is written
_OTHER_FLOW = lazy(r"调入|调出|上解|补助|转移|转入|转出|结转|动用|债务|借|还本|安排")


def _a_part(doc: NarrativeDoc, h: Figure) -> bool:
    """A figure written as a part: of a list read, or after "其中" (or "包括", "包含") in its sentence (its whole
    maybe unread: "收入128254786.99。其中：上级补助收入126900000元", "收入总量213167万元(包括：…收入49055万元、…)")."""
    pl = list_of(doc, h)
    return pl is not None and h is not pl.total \
        or _PART_WORD.search(BRACKETED.sub("", doc.view[doc.sentence_start(h.start):h.start])) is not None


_PART_WORD = lazy(r"其中|包括|包含")


def _from_one_source(view: str, start: int, at: int, spending: list[Figure]) -> bool:
    """An income named for one source ("征缴收入", "财政拨款收入") unless the spending is named for it
    too ("财政拨款收入…，财政拨款支出…"): the other incomes maybe unwritten."""
    m = _SOURCE_INCOME.search(view, start, at)
    return m is not None and not any(m.group(1) in (h.subject or "") for h in spending)


def _paired(income: list[Figure], spending: list[Figure], a: Figure, b: Figure) -> bool:
    """Whether the income ``a`` and the spending ``b`` are one statement's: the block's flows (not the
    transfers) read in order, each income or spending paired with the next of the other kind
    ("收入A，支出B；收入C，支出D"); an income or a spending left alone ("…；医疗保险基金收入C，当期结余")
    is of another statement than the flow before it."""
    main = sorted((h for h in income + spending if not _OTHER_FLOW.search(h.subject or "")), key=lambda h: h.start)
    if not any(h is a for h in main) or not any(h is b for h in main):
        return True   # (a transfer taken for want of another: no order to read)
    is_income = {id(h) for h in income}
    i = 0
    while i < len(main) - 1:
        x, y = main[i], main[i + 1]
        if (id(x) in is_income) != (id(y) in is_income):
            if {id(x), id(y)} == {id(a), id(b)}:
                return True
            i += 2
        else:
            i += 1
    return False


def _balance_holds(block: list[Figure], x: Figure, y: Figure, stated: Interval) -> bool:
    """The income ``x`` less the spending ``y``, with up to three other amounts of the block taken in
    either way, gives the balance: any other amount may be a flow the balance takes in ("上年结转65.34万元",
    "财政收回统筹6.86万元"; a budget's "上级补助收入…，调入资金…，上解支出…"), the nearest eight, each once;
    not the income or the spending again (their difference taken twice would read any balance)."""
    others = [value_of(h) for h in block if h is not x and h is not y][-8:]
    base = value_of(x) - value_of(y)
    # the same readings in exact integers over one common denominator (every bound a Fraction): a reading's
    # interval is the base's plus or minus each other's, and it holds where it overlaps the stated one
    bounds = [base.lo, base.hi, stated.lo, stated.hi] + [b for o in others for b in (o.lo, o.hi)]
    d = math.lcm(*(Fraction(b).denominator for b in bounds))
    lo, hi, s_lo, s_hi = (int(Fraction(b) * d) for b in bounds[:4])
    ints = [(int(Fraction(o.lo) * d), int(Fraction(o.hi) * d)) for o in others]
    frontier = [(lo, hi, 0)]   # (a reading, the first other not yet weighed)
    if lo <= s_hi and s_lo <= hi:
        return True
    for _ in range(3):
        nxt = []
        for a, b, start in frontier:
            for k in range(start, len(ints)):
                o_lo, o_hi = ints[k]
                for r_lo, r_hi in ((a + o_lo, b + o_hi), (a - o_hi, b - o_lo)):
                    if r_lo <= s_hi and s_lo <= r_hi:
                        return True
                    nxt.append((r_lo, r_hi, k + 1))
        frontier = nxt
    return False


def _carried_in_after(doc: NarrativeDoc, g: Figure) -> bool:
    """Whether what the year began with is written after a balance in its sentence ("收支相抵，年终结转结余28781.72万元，
    上年结余1621.79万元"): the balance may hold it."""
    return any(h.kind == "amount" and _CARRIED_IN.search(doc.view, doc.index.phrases.start(h.start), h.start)
               for h in doc.between(g.end, doc.sentence_end(g.end)))


def _statement_start(doc: NarrativeDoc, pos: int) -> int:
    """The start of the paragraph at ``pos``, or of the one before when that one ends with a colon ("…1-12月支出184818440.33
    元。其中:⏎统筹基金支出…，当期结余…": the lines after the colon are the statement's own)."""
    start = doc.paragraph_start(pos)
    while start > 1 and _ENDS_WITH_A_COLON.search(doc.view, max(0, start - 9), start - 1):
        start = doc.paragraph_start(start - 1)
    return start


_ENDS_WITH_A_COLON = lazy("[：:][ \t\u3000]*$")


def balances(doc: NarrativeDoc) -> list[Balance]:
    """A balance of one period ("当期结余", "当年收支结余") against the income and the spending written
    before it since the closing balance before it (or its paragraph's start); a year-end balance
    ("年末结转和结余") so too, with what the year began with, where that is written.  Every income and
    spending figure of the block is a reading of the pair, and so is each pair with up to three other
    amounts of the block (any of them may be a flow: 调入, 上解, 上年结转, 收回…) added or taken (see
    ``_balance_holds``); only when none gives the balance, and the block has an income and a spending
    written as wholes (not parts) of one statement, the last of each before the balance its figures.  A
    balance named for something its income is not named for ("统筹基金当年结余") is not read."""
    out = []
    last = 0
    view = doc.view
    for g in doc.figures:
        if g.kind != "amount":
            continue
        words = view[doc.index.phrases.start(g.start):g.start]
        if not _CLOSING.search(words) or _CARRIED_IN.search(words):
            continue  # (what the year began with, "上年结转和结余", or "结余分配" closes no statement)
        start, last = max(last, _statement_start(doc, g.start)), g.end
        m = _PERIOD_BALANCE.search(words)
        year_end = m is None and (m := _YEAR_END_BALANCE.search(words)) is not None
        if m is None or g.approximate or g.relation in CHANGE:
            continue
        carried = None
        if year_end:
            carried = next((h for h in doc.between(start, g.start) if h.kind == "amount" and plain(h) and comparable(h, g)
                            and _CARRIED_IN.search(view, doc.index.phrases.start(h.start), h.start)), None)
            if carried is None and not (_NETTED.search(view, doc.sentence_start(g.start), doc.index.phrases.start(g.start))
                                        and not _carried_in_after(doc, g)):
                continue  # a year-end balance holds what the years before left: read only where that is written
                # (or where the text says it is the income less the spending written: "收支相抵，年终结余…")
            if carried is not None and _OWN_INCOME.search(view) and not _SURPLUS_SHARED.search(view, start, g.start):
                # "收入合计218.78亿元，…，年初结转和结余为9.27亿元，年末结转和结余10.56亿元" of a hospital: a unit with an
                # income of its own (事业收入, 经营收入) takes its surplus's shares (结余分配: funds, tax) out before the
                # year-end balance, and may use its reserves (事业基金) in: flows the text need not write (read when it
                # writes them: "用事业基金弥补收支差额0万元，结余分配0万元，年末结转和结余…")
                continue
        if _UP_TO_DATE.search(words, 0, m.start()) or _HOLDS_YEARS_BEFORE.match(_remark_after(doc, g)) \
                or _PERIOD_PART.match(view, g.end) or _ADJUSTED_BALANCE.match(_remark_after(doc, g)):
            # "至2023年结余9000万元", "本年结余9000万元（含历年滚存）", "本年度结余9000万元，其中当年收支结余800万元":
            # the balance up to that year, the years before in it
            continue
        block = [h for h in doc.between(start, g.start) if h.kind == "amount" and comparable(h, g)
                 and not h.approximate and h.relation not in CHANGE and not h.role]
        year = re.search(r"\d{4}", m.group())
        if year is not None:
            # "2023年收入300万元，2022年支出200万元，2023年结余…": flows of another year are not this balance's
            block = [h for h in block if h.year is None or h.year == int(year.group())]
        income = [h for h in block if _INCOME_WORDS.search(view, doc.clause_start(h.start), h.start)]
        spending = [h for h in block if _SPENDING_WORDS.search(view, doc.clause_start(h.start), h.start)]
        # (a 决算's "收入总计"/"支出总计" hold the carry-overs of the year before and after: not the year's flows)
        # (nor an income named for one source, "征缴收入", "保费收入": the fund's other incomes maybe unwritten)
        whole_income = [h for h in income if plain(h) and not _a_part(doc, h)
                        and not _GRAND_TOTAL.search(view, h.start - 4, h.start)
                        and not _from_one_source(view, doc.clause_start(h.start), h.start, spending)]
        whole_spending = [h for h in spending if plain(h) and not _a_part(doc, h)
                          and not _GRAND_TOTAL.search(view, h.start - 4, h.start)]
        if not whole_income or not whole_spending:
            continue
        # (the last of each, a transfer — "上级补助收入" — only when no other)
        a = next((h for h in reversed(whole_income) if not _OTHER_FLOW.search(h.subject or "")), whole_income[-1])
        b = next((h for h in reversed(whole_spending) if not _OTHER_FLOW.search(h.subject or "")), whole_spending[-1])
        if not _paired(whole_income, whole_spending, a, b):
            continue   # "养老…收入A，支出B；医疗…收入C，当期结余X": C and B are of two statements
        if _TREASURY_BUDGET.search(view, doc.clause_start(a.start), a.start) \
                and not any(_OTHER_FLOW.search(view, doc.clause_start(h.start), h.start) for h in block):
            # "一般公共预算收入180869万元，一般公共预算支出379347万元，当年收支结余1522万元": a treasury's budget
            # balances with transfers its text may leave unwritten (上级补助, 债务, 调入, 上年结转, 上解)
            continue
        qualifier = _DATE_WORDS.sub("", words[:m.start()])
        if len(qualifier) >= 2 and qualifier not in norm_name(a.subject or ""):
            continue
        stated = value_of(g)
        if _DEFICIT_AFTER.match(_remark_after(doc, g)) and g.value > 0:
            stated = stated.scale(-1)   # "当年收支结余1000万元（赤字）": a balance below zero
        if any(_balance_holds(block, x, y, stated) for x in income[-8:] for y in spending[-8:]):
            continue
        if len(whole_income) >= 2 and len(whole_spending) >= 2 and (
                interval_sum(value_of(h) for h in whole_income)
                - interval_sum(value_of(h) for h in whole_spending)).overlaps(stated):
            continue   # "养老…收入A，支出B；医疗…收入C，支出D；失业…收入E，支出F，当期结余X": the funds' together
        out.append(Balance(g, a, b, value_of(a) - value_of(b) + (value_of(carried) if carried is not None else Interval(0, 0)),
                           carried))
    return out


_DATE_WORDS = lazy(r"\d{4}\s*年度?|\d{1,2}\s*[-—~至到]\s*\d{1,2}\s*月份?|\d{1,2}\s*月份?|全年|上半年|下半年|[，,：:；;\s“”\"]|其中")


# -- the budgets of a list's items against the whole's budget -------------------------------------------

# the words before the budget a completion rate is of ("为年初预算数476万元的98.74%")
_BUDGET_BASE_BEFORE = lazy(r"(?:为|是|完成|达到?|占)(?:了)?(?:全年|年初|调整后的?|年度)?预算(?:数)?\s*$")


@dataclass
class PartBudgets:
    total: Figure
    budget: Interval
    budget_figure: Figure                         # the figure the whole's budget is read from
    parts: list[Figure]
    budgets: list[tuple[Figure, Interval, str]]   # (the figure the budget is read from, the budget, how)
    computed: Interval


def budget_said(doc: NarrativeDoc, f: Figure) -> tuple[Figure, Interval, str] | None:
    """The budget an amount's own clauses measure it against, right after it and before the next amount of its own:
    the base of its completion rate ("3758万元，比上年增支816万元，增长27.74%，为年初预算数4688万元的80.51%"), or the amount
    and its difference from the budget ("57.36万元，比预算数减少17.54万元").  (figure read, budget, how)."""
    stop = doc.sentence_end(f.end)
    semi = doc.index.marks("；;").last(f.end, stop)
    for g in doc.between(f.end, stop):
        if semi >= 0 and g.start > semi:
            return None
        if g.kind == "percent" or g.approximate:
            continue
        if g.kind != "amount" or not comparable(g, f):
            return None
        if rate_base(doc, g) and _BUDGET_BASE_BEFORE.search(doc.view, max(doc.clause_start(g.start), g.start - 16), g.start):
            return g, value_of(g), "完成率的基数"
        up, down = (gap.match(bare(g.subject)) is not None for gap in _BUDGET_GAP)
        if (up or down) and g.relation in CHANGE:
            return g, (value_of(f) - value_of(g)) if up else (value_of(f) + value_of(g)), "本数与比预算的增减"
        if g.relation in CHANGE:
            continue   # its change on last year
        return None    # the next amount of its own
    return None


def part_budgets(doc: NarrativeDoc, complete_names) -> list[PartBudgets]:
    """"2021年全州“三公经费”财政拨款支出4,855万元，…，为年初预算数6180万元的78.56%。其中：公车购置支出470万元，…，为年初
    预算数476万元的98.74%；…": each item of a list with its budget said beside it as its whole's is: the items' budgets
    add up to the whole's budget when the items are all of it — by definition (a complete group), or as their own
    amounts add up to the whole's.  Items left out of a list could only add budget: their budgets over the whole's is
    then an error; under it only where the group is complete by definition."""
    out = []
    for pl in doc.lists:
        total, parts = pl.total, pl.parts
        if len(parts) < 2 or total.kind != "amount" or pl.unreadable or total.approximate or any(p.approximate for p in parts):
            continue
        if measure_of(total.subject) == "预算":
            # "决算数为9663万元,预算数为13874万元,比年初预算数减少4211万元。其中…": a whole that is itself the budget has no
            # budget said beside it (the difference after it is the actual's)
            continue
        whole = budget_said(doc, total)
        if whole is None:
            continue
        # the list as read, or read on past its semicolons ("…的98.74%公务用车运行维护费支出3758万元，…；公务接待费…"):
        # the longest reading whose every item says its budget
        for alt in (*reversed(pl.longer), parts):
            budgets = [budget_said(doc, p) for p in alt]
            if all(b is not None for b in budgets) and not any(b[0] is whole[0] for b in budgets):
                break
        else:
            continue
        computed = interval_sum(b[1] for b in budgets)
        if computed.overlaps(whole[1]):
            continue
        complete = complete_names(alt)
        adds_up = interval_sum(value_of(p) for p in alt).overlaps(value_of(total))
        over = computed.lo > whole[1].hi
        if over and (complete or adds_up) or not over and complete:
            out.append(PartBudgets(total, whole[1], whole[0], list(alt), budgets, computed))
    return out


# -- breakdowns opened by their cut ("按经营地分，…", "分产业看，…", "第三产业中，…") ----------------------------------

# "按经营地分，城镇消费品零售额250.3亿元，…；乡村消费品零售额80.2亿元，…": a sentence opened by the one way its items
# are classed (按X分, 分X看, 从X看): the items are classes of that one way, so none holds another
_CUT_OPENS = lazy(r"(?:按|分|从)\s*([\u4e00-\u9fff]{1,8}?)\s*(?:来看|看|划分|分类|统计|分)\s*[，,：:]")
# "第三产业中，批发零售业增加值26.3亿元，…": a sentence opened by the name of the whole its items break down
_NAMED_TAIL = lazy(r"(?:当中|之中|中)\s*[，,：:]")
_NAMED_HEAD = lazy(r"\s*(?:在)?([\u4e00-\u9fff]{2,12}?)(?:当|之)?")
_NOT_A_WHOLE_NAME = lazy(r"其$|^其|全部|所有|各|这|上述|以上|本年|当年|今年|总体|整体|实际|工作|过程|项目|指标")
_CUT_LIST_WORDS = lazy(r"其中|包括|含")
_OF_ANOTHER_TIME = lazy(r"^(?:上年|去年|上年度|上年同期|上一年|同期)")
_BLANKS = lazy(r"\s*")


@dataclass
class CutBreakdown:
    whole: Figure
    items: list[Figure]
    computed: Interval        # the items' sum, on the whole's scale
    cut: str                  # how the text names the cut ("经营地") or the whole ("第三产业")
    named: bool               # opened by the whole's name


def _cut_items(doc: NarrativeDoc, lo: int, hi: int, like: Figure) -> list[Figure] | None:
    """The plain figures of a breakdown sentence (none in brackets, after a 其中 of its item, or of another time);
    None when one of them cannot be weighed against ``like``."""
    view = doc.view
    items, nested_to = [], -1
    for g in doc.between(lo, hi):
        m = _CUT_LIST_WORDS.search(view, max(lo, nested_to), g.start)
        if m is not None:   # "…，其中：…" inside an item: its parts run to the item's semicolon
            semi = min((k for k in (view.find("；", m.end(), hi), view.find(";", m.end(), hi)) if k >= 0), default=hi)
            nested_to = semi
        if g.start < nested_to or not plain(g) or in_brackets(doc, g) or _OF_ANOTHER_TIME.search(bare(g.subject)):
            continue
        if g.approximate or g.kind != like.kind or not comparable(g, like):
            return None
        items.append(g)
    return items


def _sentence_before(doc: NarrativeDoc, at: int) -> int | None:
    """The start of the sentence right before the one starting at ``at`` (only blanks between), if any."""
    k = at - 1
    while k >= 0 and doc.view[k].isspace():
        k -= 1
    return doc.sentence_start(k) if k >= 0 else None


def cut_breakdowns(doc: NarrativeDoc) -> list[CutBreakdown]:
    """Sentences that break a whole of the sentence before (or a chain of such sentences after it) down by one cut,
    and the whole the items are of."""
    out = []
    view = doc.view
    for start, opened, name, named in _openers(doc):
        if named and (_NOT_A_WHOLE_NAME.search(name) or not doc.between(max(0, start - 600), start)):
            continue
        end = doc.sentence_end(opened)
        if (nxt := _CUT_OPENS.search(view, opened, end)) is not None:
            end = nxt.start()   # "按规模分，…；按经营地分，…": the next cut ends this one's items
        if _CUT_LIST_WORDS.search(view, opened, end):
            continue   # "县区级完成336417万元，其中，区级…；县级…": where a nested list ends is not said
        figs = [g for g in doc.between(opened, end) if plain(g)]
        if len(figs) < 2:
            continue
        wholes = _cut_wholes(doc, start, name, named, figs[0])
        if len(wholes) != 1 or wholes[0].kind not in ("amount", "count") or wholes[0].unit.endswith("百分点"):
            continue   # the whole unambiguous: one figure of an amount or a count
        whole = wholes[0]
        items = _cut_items(doc, opened, end, whole)
        if items is None or len(items) < 2 or not _classes_of(whole, items) \
                or any(list_of(doc, g) is not None for g in items):
            continue   # (items of a list read already are checked there)
        computed = interval_sum(count_value(g, whole) for g in items)
        if _a_larger_whole_before(doc, whole, computed):
            continue   # "社会消费品零售总额81.38亿元。限额以上单位消费品零售额60.12亿元。按经营地分，…": the figure right
            # before may be a subtotal between the whole and its breakdown
        out.append(CutBreakdown(whole, items, computed, name, named))
    return out


def _openers(doc: NarrativeDoc):
    """(sentence start, end of the opener, the cut or the whole's name, named) of each sentence opened by its cut or by
    its whole's name (blanks before the opener at most; a 在 before a name)."""
    view = doc.view
    for m in _CUT_OPENS.finditer(view):
        start = doc.sentence_start(m.start())
        if _BLANKS.fullmatch(view, start, m.start()):
            yield start, m.end(), m.group(1), False
    for m in _NAMED_TAIL.finditer(view):   # (found from its last words: a name may start anywhere)
        start = doc.sentence_start(m.start())
        if m.start() - start <= 16 and (n := _NAMED_HEAD.fullmatch(view, start, m.start())) is not None:
            yield start, m.end(), n.group(1), True


def _a_larger_whole_before(doc: NarrativeDoc, whole: Figure, computed: Interval) -> bool:
    """A plain figure of the whole's kind in the three sentences before the whole's (600 characters at most) that the
    items could fit within."""
    at = doc.sentence_start(whole.start)
    lo = at
    for _ in range(3):
        before = _sentence_before(doc, lo)
        if before is None or at - before > 600:
            break
        lo = before
    return any(plain(g) and g.kind == whole.kind and comparable(g, whole) and count_value(g, whole).hi >= computed.lo
               for g in doc.between(lo, whole.start) if g is not whole)


_AVERAGED = lazy(r"人均|平均|均价|户均|生均|亩均|日均|月均|率|指数")
# (an aggregate of classes listed beside it: "民生支出" holds 教育、农林水…)
_A_SUBTOTAL_NAME = lazy(r"合计|小计|总计|累计|共计|民生|重点支出|刚性支出|重点领域")


def _classes_of(whole: Figure, items: list[Figure]) -> bool:
    """Items that read as classes of the whole: none an average (averages of groups never add up), a subtotal or a
    name twice (two measures of each class, "资产总额…负债总额…"), none named within another's name (a class and its
    own part), and some named with three characters of the whole's name ("社会消费品零售总额" → "城镇消费品零售额")."""
    names = [_TIME_LEAD.sub("", bare(g.subject)) for g in items]
    whole_name = bare(whole.subject)
    if _AVERAGED.search(whole_name) or any(_AVERAGED.search(n) or _A_SUBTOTAL_NAME.search(n) for n in names):
        return False
    if len(set(names)) < len(names) or any(a and a != b and a in b for a in names for b in names):
        return False
    return any(any(whole_name[k:k + 3] in n for k in range(len(whole_name) - 2)) for n in names)


_TIME_LEAD = lazy(r"^(?:全年|年末|年底|上半年|下半年|前三季度|一季度|\d{1,2}[-—至]\d{1,2}月|\d{1,2}月|全市|全县|全区|全省|全州|全镇|全乡)+")


def _cut_wholes(doc: NarrativeDoc, start: int, name: str, named: bool, first: Figure) -> list[Figure]:
    """The whole a breakdown sentence starting at ``start`` is of: for a cut ("按经营地分"), the plain figures of the
    sentence before the chain of breakdown sentences (any of them may be it); for a name ("第三产业中"), the last figure
    so named (and of the items' measure) in the two sentences before."""
    view = doc.view
    at = start
    for step in range(6):
        before = _sentence_before(doc, at)
        if before is None:
            return []
        lead = _BLANKS.match(view, before, at).end()
        if named:
            for g in reversed(doc.between(before, at)):
                subject = _TIME_LEAD.sub("", bare(g.subject))
                if plain(g) and not g.approximate and g.kind == first.kind and subject.startswith(name) \
                        and bare(first.subject).endswith(subject[len(name):]):
                    return [g]
            if step >= 1:
                return []
            at = before
            continue
        if _CUT_OPENS.match(view, lead):
            at = before   # another breakdown of the same whole before this one
            continue
        wholes, nested = [], False
        for g in doc.between(before, at):
            nested = nested or _CUT_LIST_WORDS.search(view, before, g.start) is not None
            if nested or not plain(g) or g.approximate or in_brackets(doc, g) or _OF_ANOTHER_TIME.search(bare(g.subject)) \
                    or g.kind != first.kind or not comparable(g, first):
                continue
            wholes.append(g)
        return wholes
    return []
