"""Checks of the narrative report: against itself, and against the tables.  The rules are
declared in ``rules_narrative_decl`` (what the catalog lists); each calls the function of
the same name here, this module loaded only when a report is checked."""

from __future__ import annotations

import functools
import math
import re
from collections import Counter
from fractions import Fraction
from decimal import ROUND_HALF_UP, Decimal
from bisect import bisect_left
from itertools import accumulate
from typing import Iterable

from ..core.intervals import Interval, interval_sum
from ..core.lazyre import lazy
from ..core.units import conversion_factor
from ..core.values import parse_value
from ..reading.data import interval_of
from ..narrative.figures import Figure
from ..core.units import wan_yuan_factor
from ..narrative.structure import (BRACKETED, CHANGE, breakdowns_inside_parts, clause_run_start, count_scale, CHANGE_GROUPS, COMPLETE_LISTS, STATED_TOTAL, car_purchase_only, common_ending, TOTAL_WORDS, NarrativeDoc, change_lists, changed_figure,
                                   comparable, context_before, in_brackets, count_value, find_total, levels_written_apart, list_of, list_total, marker_of, norm_name, numerator, plain, run_of, total_group, value_of)
from ..narrative.structure import (HEADS, grand_and_this_years, INCOME_SOURCE, EITHER_WAY, level_it_moved_from, own_comparison, RATE_BASIS, TO_A_RATE, bare_measure, of_the_rates_base, beyond_its_sources, in_brackets_between, item_core, item_subject, names_a_complete_group,
                                   flow_total_before, measure_of, outer_whole, paragraph_scope,
                                   same_item, sentence_setting, split_items, kinds_of_an_account)
from . import causes, rules_narrative_recall as recall
from .rule import Context, Rule
from .findings import Finding, Span
from .helpers import fmt


def _doc(ctx: Context) -> NarrativeDoc:
    return ctx.narrative


def span(f: Figure) -> Span:
    return Span(f.text, f.start, f.end)


def _with_truncation(iv: Interval) -> Interval:
    """The figure read as rounded or as cut off: [v − ½ulp, v + 1ulp]."""
    width = iv.hi - iv.lo
    return Interval(iv.lo, iv.mid + width)


def _other_denominator(stated: Interval, numerator: Interval, candidates: dict[str, Interval]) -> causes.Cause | None:
    return (causes.other_denominator(stated, numerator, candidates)
            or causes.other_denominator(_with_truncation(stated), numerator, candidates,
                                        truncation=causes.TRUNCATED_DIGIT))


def _candidates(ctx: Context, doc: NarrativeDoc, like: Figure, exclude: Figure | None) -> dict[str, Interval]:
    """Other figures a rate may have been computed from: the named amounts near it, and the
    form's budget fields when a workbook is given."""
    out: dict[str, Interval] = {}
    for g in doc.before(exclude or like, same_paragraph=False, limit=20):
        if g is not exclude and g.kind == like.kind and plain(g) and g.value:
            out.setdefault(f"{g.subject or g.text} {g.text}", value_of(g))
    data = ctx.data
    if data is not None and like.kind == "amount":
        for key in ("budget.adjusted", "budget.initial", "budget.executed"):
            fv = data.fv(key)
            iv = interval_of(fv, data.form.fields[key].kind) if fv else None
            if iv is not None and iv.lo > 0:
                out[f"{data.form.fields[key].name} {fmt(float(iv.mid))}（表中）"] = iv
    return out


_OF_TAIL = lazy(r"(的)?(比重|比例|份额)?(为|达到|达|是|约)?$")
_SHARE_WORD = lazy(r"^(?:比|比重|比例|份额)(?:为|达到|达|是|约)?$")   # "占比9.25%": no whole named


def share_whole(of: str | None) -> str:
    """"一般公共预算支出的比重达" → "一般公共预算支出"; "占比" names none."""
    if _SHARE_WORD.match((of or "").strip()):
        return ""
    return norm_name(_OF_TAIL.sub("", (of or "").strip()))


def _named_whole(doc: NarrativeDoc, f: Figure, whole: str) -> list[Figure]:
    """Amounts named like the whole a share is of: the document table (subject as written)."""
    if len(whole) < 2:
        return []
    # (the whole named with the unit's own scope: "本部门2023年度政府采购支出总额200万元…占政府采购支出总额的90%")
    # (经费 is spent money: "占“三公”经费的64.5%" names "“三公”经费支出340.24万元")
    keys = (whole, "本部门" + whole, "本单位" + whole) + ((whole + "支出",) if whole.endswith("经费") else ())
    # ("占“三公”经费财政拨款决算总数的23.5%" names "“三公”经费财政拨款决算数为399.48万元": 总数 is the 数 itself, the
    # name read without its 数 ending in 总)
    keys += (whole[:-1],) if whole.endswith("总") and len(whole) > 4 else ()
    key = next((w for w in keys if doc.named(w)), None)
    if key is None:
        return []
    found, k = _named_up_to(doc, key, f)
    return [found[k - 1] if k else found[-1]]


def _named_before_the_nearest(doc: NarrativeDoc, whole: str, nearest: Figure) -> list[Figure]:
    """Up to three amounts of other values named as ``nearest`` is (by ``whole``, as ``_named_whole`` found it), written
    before it within 2000 characters."""
    found, k = _named_up_to(doc, nearest.subject if norm_name(nearest.subject or "") else whole, nearest)
    out: list[Figure] = []
    for g in reversed(found[max(0, k - 16):k]):
        if g.start < nearest.start - 2000 or len(out) == 3:
            break
        if g is not nearest and plain(g) and not g.approximate and g.value and g.value != nearest.value \
                and all(g.value != h.value for h in out):
            out.append(g)
    return out


def _named_up_to(doc: NarrativeDoc, name: str, f: Figure, kind: str = "amount") -> tuple[list[Figure], int]:
    """The document table's figures named ``name`` (of ``kind``) and how many of them start before ``f`` (the starts of
    a long table bisected from a list made once per text)."""
    found = doc.named(name, kind)
    if len(found) < 64:
        return found, bisect_left([g.start for g in found], f.start)
    starts = doc.__dict__.setdefault("_named_starts", {})
    key = (kind, norm_name(name))
    if key not in starts:
        starts[key] = [g.start for g in found]
    return found, bisect_left(starts[key], f.start)


_TOTAL_OF = lazy(r"总(支出|收入)")
# a sentence opening with what it speaks of: "在个体经营户从业人员中，…"
_IN_FRAME = lazy(r"(?:^|(?<=[。；;，,\n]))\s*在([\u4e00-\u9fff“”]{2,24}?)中\s*[，,]")
_GENERIC_SCOPE = lazy(r"^(?:本年|全年|年度|本级|全县|全市|全区|全镇|全乡|单位|部门|本单位|本部门|当年|\d{4}年度?)*")


def _qualifier(whole: str) -> str:
    """The words of a whole before its total word ("一般公共预算财政拨款" of "…财政拨款总支出"),
    without scope words that any total of the text carries (本年、全县……)."""
    for ws in TOTAL_WORDS.values():
        for w in ws:
            if whole.endswith(w):
                return _GENERIC_SCOPE.sub("", whole[:-len(w)]).rstrip("的")
    return ""


_SCOPE_WORDS = lazy(r"总|全部|合计|的")


def _counted_as_total(whole: str, f: Figure, num: Figure, total: Figure) -> bool:
    """A share of a count names its list's total with 总数 after the total's name: "年末共有各类市场主体5.63万户，其中个体
    工商户4.21万户，占市场主体总数的80.8%" (a count's 总数 is the count itself; an amount's 总额 may be a larger whole); a
    place the whole names (占全市市场主体总数的) is the total's own only when its name says it too."""
    bare = re.sub(r"总数?$", "", whole)   # (the whole as read: "市场主体总")
    places = {m.group() for m in _PLACE.finditer(f.of or "")}
    return num.kind == "count" and total.kind == "count" and bare != whole and len(bare) >= 2 \
        and norm_name(total.subject).endswith(bare) and all(p in (total.subject or "") for p in places)


def _names_it_unqualified(whole: str, total: Figure) -> bool:
    """Whether a share's whole names ``total`` with no words its name does not carry: "占一般公共预算支出的20%"
    names "全年支出1100万元" only with 一般公共预算 more, another whole that may be smaller."""
    name = norm_name(total.subject)
    if not name or not whole.endswith(name):
        return False
    rest = _SCOPE_WORDS.sub("", _GENERIC_SCOPE.sub("", whole[:-len(name)]))
    return not rest or rest in (total.subject or "")


_PLACE = lazy(r"全(省|州|盟|旗|市|县|区|镇|乡)")


def _other_place(doc: NarrativeDoc, num: Figure, den: Figure) -> bool:
    """Whether the share's amount and a whole named like its whole are said of two places ("全省…", "全市…"):
    the place each one's name, or else its sentence before it, says."""
    theirs = _PLACE.match(den.subject or "") or _PLACE.search(doc.view, doc.sentence_start(den.start), den.start)
    if theirs is None:
        return False
    ours = _PLACE.search(num.subject or "") or _PLACE.search(doc.view, doc.sentence_start(num.start), num.start)
    return ours is not None and ours.group(1) != theirs.group(1)


def _far_from_another_paragraph(doc: NarrativeDoc, num: Figure, den: Figure, stated: Interval, q: Interval | None) -> bool:
    """Whether a whole written in another paragraph than the share's amount makes the share, as computed (q),
    over ten times the stated one or under a tenth of it (and of a hundred times it), or the amount larger
    than the whole (a stated share of 100 % or less)."""
    if q is None or doc.paragraph_start(den.start) == doc.paragraph_start(num.start) or stated.lo <= 0:
        return False
    if stated.hi <= 1 and q.lo > 1:
        return True
    # (a share a hundred times off near the figure is a fraction written with "%", "占0.35%" for 35 %: an error)
    return not any(q.hi * 10 >= s.lo and q.lo <= s.hi * 10 for s in (stated, stated.scale(100)))


# a sentence opening with the whole its shares are of, without 在 ("2019年度…“三公”经费支出决算中，…"); a year may be
# written in it, no other figure
_HEAD_FRAME = lazy(r"\s*((?:[^，,。；;：:\d%％\n]|\d{4}\s*年度?){2,60}?)中\s*[，,]")
_THROUGH_YEAR = lazy(r"^.*\d{4}\s*年度?")


def _named_before(doc: NarrativeDoc, head, num: Figure) -> list[Figure]:
    """The amounts written before a sentence opening "X中，" that X names: named X, or named by the last words of X
    in a sentence whose words before it hold the rest of X; nearest first."""
    whole = norm_name(_THROUGH_YEAR.sub("", head.group(1)))
    if len(whole) < 4:
        return []   # "工作中，", "其中，": no whole
    out = []
    for g in reversed(doc.between(max(0, head.start() - 1500), head.start())):
        if g.kind != num.kind or not plain(g) or g.approximate or g.role is not None or not g.subject:
            continue
        name = norm_name(g.subject)
        if name == whole or len(name) >= 2 and whole.endswith(name) and whole[:-len(name)] in norm_name(
                _THROUGH_YEAR.sub("", doc.view[doc.sentence_start(g.start):g.start])) \
                or name.endswith(whole) and _A_UNITS_NAME.fullmatch(name[:-len(whole)]):
            # (or named with the unit's own name before it: "深圳市罗湖区审计局2024年度“三公”经费财政拨款支出决算为2.02万元")
            out.append(g)
    return out


# the name of a unit (a bureau, a school, a township…) that a figure's name may open with
_A_UNITS_NAME = lazy(r"[\u4e00-\u9fff]{2,30}(?:局|院|中心|办公室|办|委员会|委|镇|乡|街道办事处|街道|政府|学校|学院|医院|所|站|馆|队|厅|部|社)"
                     r"|本部门|本单位|我局|我单位")


# a share of a wider area's own same-named figure ("第一产业增加值2664.42亿元，占全省的85.97%"): the area alone names it
_AREA_ALONE = lazy(r"(?:全省|全国|全市|全区|全县|全州|全盟|全旗|全镇|全乡|全球|全行业|全系统|全地区|省|国|市|区|县)(?:同类|同期|同行业)?")


def _one_item_of_two_wholes(doc: NarrativeDoc, f: Figure) -> Figure | None:
    """A run of shares each naming its own whole ("分别占财政总收入和一般公共预算收入的33.4%、80.2%") may be of the one item
    written last before them, of each whole in turn (the amounts before may be those wholes): that item, else None."""
    run = run_of(doc, f)
    if len(run) < 2 or any(not (g.of or "").strip() for g in run) or len({g.of for g in run}) < len(run):
        return None
    before = [g for g in doc.between(doc.sentence_start(run[0].start), run[0].start)
              if plain(g) and g.kind in ("amount", "count") and not g.approximate]
    return before[-1] if before else None


def share_bindings(doc: NarrativeDoc, f: Figure, num: Figure) -> list[tuple[str, Figure, bool]]:
    """The plausible denominators of a share, with whether each is explicit (named by the text)."""
    if _AREA_ALONE.fullmatch((f.of or "").strip()):
        # "县域…生产总值16055.89亿元，其中，第一产业增加值2664.42亿元，占全省的85.97%": of the province's 第一产业增加值,
        # a figure the text does not give, not of the county total the list is of
        return []
    whole = share_whole(f.of)
    if not whole and _SHARE_WORD.match((f.of or "").strip()) and (item := re.sub(r"占比.*$", "", f.subject or "")):
        # "非税占比35.3%": the item named again before 占比, its whole not said; when it is the amount right before
        # it, a part of a 其中 list ("收入21.8亿元，其中税收收入17.5亿元，税收占比80.3%"), the share is of the list's
        # total, or of the parts listed ("地方财政收入10,066万元，其中：税收收入5,537万元，非税收入3,015万元，非税占比
        # 35.3%": 3015 of 8552): bound to the total only when it does not hold of the parts' sum
        # (another amount before the part in the total's sentence may be its whole too: a sub-total listed before it,
        # "其中一般公共预算收入20.4亿元，税收收入12.5亿元，税收占比61.3%", or a second total, "一般公共预算收入55.5亿元、
        # 政府性基金收入82.5亿元，其中税收收入43.4亿元": holding of one is enough, and with one the total is but a reading)
        pl = list_of(doc, num)
        if pl is None or not pl.direct or norm_name(item) not in norm_name(num.subject or "") \
                or (value_of(num) / interval_sum(value_of(p) for p in pl.parts)).overlaps(value_of(f)):
            return []
        others = [g for g in doc.between(doc.sentence_start(pl.total.start), num.start) if g is not pl.total
                  and g.kind == num.kind and plain(g) and not g.approximate and comparable(g, num) and g.value]
        if any((value_of(num) / value_of(g)).overlaps(value_of(f)) for g in others if value_of(g).lo > 0):
            return []
        # (the list's other parts are readings of it but leave the total explicit: "非税占比" is not of 税收收入)
        explicit = all(any(g is p for p in pl.parts) for g in others)
        return [("其中所属合计", pl.total, explicit)] if comparable(num, pl.total) and pl.total.value else []
    out: list[tuple[str, Figure, bool]] = []
    if not whole and not (f.of or "").strip():
        # "在个体经营户从业人员中，…批发和零售业10296人，占38.8%": the sentence names what its bare shares are of
        # the last frame before the share ("在A中，…；在B中，…占41.4%": of B); every figure written before
        # of that name is a reading ("2023年一般公共预算支出1100万元。2022年一般公共预算支出1000万元。在一般
        # 公共预算支出中，…占54.55%": either year's)
        frame = None
        for frame in _IN_FRAME.finditer(doc.view, max(doc.sentence_start(num.start), num.start - 80), num.start):
            pass
        if frame is not None:
            # (the frame's whole, not its flow's other whole: "支出总计…。在本年支出中，…占77.47%" — 本年支出 is not written)
            out.extend(("句首所说总数", g, not _the_flows_other_whole_may_hold(frame.group(1), f, num, g))
                       for g in reversed(doc.named(frame.group(1), num.kind))
                       if g.start < frame.start() and plain(g) and not g.approximate)
        elif (head := _HEAD_FRAME.match(doc.view, doc.sentence_start(num.start), num.start)) is not None:
            # "2019年度一般公共预算财政拨款“三公”经费支出决算中，因公出国（境）费支出决算0万元，占0%；公务接待费…，
            # 占34.88%" (the 部门决算 template, without 在): of that whole, written before by its name, or by the last
            # words of it in a sentence opening with the rest ("…“三公”经费支出预算为18万元，支出决算为6.28万元")
            out.extend(("句首所说总数", g, True) for g in _named_before(doc, head, num))
        if list_of(doc, num) is None and (total := _total_its_items_make(doc, num)) is not None:
            out.append(("同句所写合计", total, True))
    # "4348万元，占年初预算10065万元的43.2%": the whole is written inside the share (before the first share of a run:
    # "分别占一般公共预算收入52360万元的68.0%和32.0%")
    first = run_of(doc, f)[0] if f.relation == "占" else f
    k = doc.position(first)
    if k and doc.figures[k - 1].relation == "占" and doc.figures[k - 1].kind != "percent" \
            and doc.figures[k - 1].start >= num.end and not re.search(r"[，,；;。]", doc.text[doc.figures[k - 1].end:first.start]):
        out.append(("所写总数", doc.figures[k - 1], True))
        whole = ""
    group = total_group(whole) if whole and any(whole in w or w in whole for ws in TOTAL_WORDS.values() for w in ws) else None
    if (not whole or group) and (lead := _paragraph_lead_whole(doc, num)) is not None:
        # "一般公共预算具体支出情况如下：一般性公共服务支出37153万元，占全年总支出的13.37%": the paragraph's lead names
        # the whole its items are of, written before by that name (277798, not the 总支出 312497 of the line before)
        out.append(("段首所说总数", lead, True))
    if group:
        den = find_total(doc, group, num)
        if den is not None:
            # "占一般公共预算财政拨款总支出的70.80%" is not of "总支出7778.55万元": a whole qualified by
            # words its total does not carry is that total only as a reading
            qualifier = _qualifier(whole)
            out.append(("总数", den, not qualifier or qualifier in norm_name(den.subject or "")))
    named_as = whole
    named = _named_whole(doc, f, whole)
    if not named:
        named_as = _TOTAL_OF.sub(r"\1", whole)
        named = _named_whole(doc, f, named_as)
    for den in named:
        # "2022年民生支出24.80亿元，占一般公共预算支出的79.3%。2023年一般公共预算支出32.45亿元": a whole of
        # the same name but of another year than the share's amount is that whole only as a reading; so is
        # one of another place ("全省…教育经费2001.21亿元，占一般公共预算支出的19.81%" and "全市一般公共预算支出")
        other_year = _of_another_year_than(doc, num, den, f)
        if other_year and (own := _same_name_of_the_parts_year(doc, num, den)) is not None:
            # "医疗收入为41103.22万元…。2022年总收入…,其中医疗收入42081.96万元…。检查收入为13859.59万元,占医疗总收入的
            # 比重为33.72%": the whole of the part's year is the one of that name written before last year's
            out.append(("同名数字", own, not _other_place(doc, num, own)))
        total = _total_named_as_its_part(doc, den, named_as)
        if total is not None and total is not num:
            # "下达…补助资金计划11.4亿元,其中,县乡道改造…补助资金9.69亿元;建制村…补助资金1.72亿元。…6.15亿元,占补助
            # 资金的53.9%": a name the total and its parts both carry names the total; a part of it only as a reading
            out.append(("同名数字所属总数", total, not other_year and not _other_place(doc, num, total)))
        out.append(("同名数字", den, total is None and not other_year and not _other_place(doc, num, den)))
        # "…总投资达3592.8亿元…。…已申报…项目58个,总投资662.2亿元…。…投资额563.5亿元,占总投资的15.6%": an amount of that
        # name written before the nearest one may be the whole as well, a reading
        out.extend(("同名数字", g, False) for g in _named_before_the_nearest(doc, named_as, den))
    if whole and not named and (den := _whole_and_measure_before(doc, num, whole)) is not None:
        out.append(("同句所写总数", den, True))
    pl = list_of(doc, num)
    if pl is not None:
        named_same = not whole or norm_name(pl.total.subject).endswith(whole) and not _its_last_conjunct(whole, pl.total) \
            or _names_it_unqualified(whole, pl.total) or _counted_as_total(whole, f, num, pl.total)
        # "其中：基本支出60万元，其中人员经费50万元；项目支出40万元，占40%": 项目支出 may be a sibling of
        # 基本支出 (its share of the outer whole) or read on in 基本支出's list: either holding is enough
        if (outer := outer_whole(doc, pl, num)) is not None:
            whole_of, direct = outer
            outer_named = not whole or norm_name(whole_of.subject).endswith(whole) or whole.endswith(norm_name(whole_of.subject) or "\0")
            out.append(("其中所属合计", whole_of, direct and outer_named))
        # a part that a reading of its list leaves out, its outer whole not found, is bound to the total only so
        left_out = outer is None and any(all(p is not num for p in r) for r in pl.readings)
        out.append(("其中所属合计", pl.total, pl.direct and named_same and not left_out))
        grand = list_of(doc, pl.total)
        if grand is not None and not whole and not _SHARE_WORD.match((f.of or "").strip()):
            # "收入总计1250万元。包括：\n1.本年收入1200万元，占96.00%，其中：财政拨款收入1100万元，占88.00%": a bare
            # share of a part of a part may be of the whole its list's total is a part of
            out.append(("其中所属合计的总数", grand.total, False))
    if not whole and not _SHARE_WORD.match((f.of or "").strip()):
        # "A 100万元，占政府采购支出总额的83.33%，其中B 60万元，占50%": a bare share may go on with the whole
        # the share before it in its sentence named
        for g in reversed(doc.between(doc.sentence_start(num.start), num.start)):
            if g.kind == "percent" and g.relation == "占" and share_whole(g.of) and (gn := numerator(doc, g)) is not None:
                out.extend(("前文所占总数", d, False) for _, d, explicit in share_bindings(doc, g, gn) if explicit)
                break
    said = (f.of or "").strip()
    return [(k, d, e and not _the_flows_other_whole_may_hold(said, f, num, d)) for k, d, e in out
            if d is not num and not d.approximate and comparable(num, d) and d.value]


def _total_its_items_make(doc: NarrativeDoc, num: Figure) -> Figure | None:
    """"本年支出合计2871.45万元，基本支出1682.37万元，占58.59%；项目支出1189.08万元，占41.41%": a total (named so) written
    in the sentence before items each with a bare share of its own, and no 其中 between, is the whole of those shares when
    the items add up to it (two at least: the items, each followed by its share, up to the sentence's end) and all their
    shares but one hold over it."""
    start, end = doc.sentence_start(num.start), doc.sentence_end(num.end)
    figures = doc.between(start, end)
    k = next((i for i, g in enumerate(figures) if g is num), None)
    total = next((g for g in reversed(figures[:k or 0]) if g.kind == num.kind and plain(g) and (
        STATED_TOTAL.search(g.subject or "") or total_group(norm_name(g.subject or "")) is not None)), None)
    if total is None or total.approximate or not total.value or not comparable(total, num):
        return None
    after = figures[figures.index(total) + 1:]
    items = after[0::2]
    shares = after[1::2]
    if len(items) < 2 or len(items) != len(shares) or not any(g is num for g in items) \
            or any(g.kind != num.kind or not plain(g) or g.approximate or not comparable(g, num) or in_brackets(doc, g)
                   for g in items) \
            or any(s.kind != "percent" or s.relation != "占" or (s.of or "").strip() or s.approximate for s in shares):
        return None
    if not interval_sum(value_of(g) for g in items).overlaps(value_of(total)):
        return None
    # the total is their whole only when their shares say so: all of them but one hold over it ("民生支出合计15.50亿元，
    # 教育支出8.52亿元，占18.8%；社会保障和就业支出6.98亿元，占15.4%" are shares of the 一般公共预算支出 written before)
    failing = sum(1 for g, h in zip(items, shares) if not _with_truncation(value_of(h)).overlaps(value_of(g) / value_of(total)))
    return total if failing <= 1 else None   # (two items at least: one holds)


# the share's verb a whole written inside the share keeps in its name ("分别占一般公共预算收入52360万元的…")
_SHARE_VERB_LEAD = lazy(r"^(?:分别|各)?占(?:了)?")


def _the_flows_other_whole_may_hold(said: str, f: Figure, num: Figure, den: Figure) -> bool:
    """The share names one whole of a flow and ``den`` is the other (grand_and_this_years), and some value of the unwritten
    whole makes the share hold: 本年支出合计 is at most the 支出总计 (the share of it at least num ÷ 总计), the 收入总计 at least
    the 本年收入合计 (the share of it at most num ÷ 本年收入合计).  "占本年支出合计的70.2%" of 1100.16 beside a 支出总计 of
    1523.46 (72.21 % at least) holds under no value."""
    if not grand_and_this_years(said, den.subject or "") or value_of(den).lo <= 0:
        return False
    q, stated = value_of(num) / value_of(den), value_of(f)
    if q is None:
        return True
    return stated.hi >= q.lo if "总计" in (den.subject or "") else stated.lo <= q.hi


def _of_another_year_than(doc: NarrativeDoc, num: Figure, den: Figure, f: Figure) -> bool:
    """Whether a whole's written year is not the year of the share's amount: another year written for the amount,
    or none written for it when the text writes a later year than the whole's before the share, from the paragraph
    with figures before the whole's on ("2023年门急诊…。\n2022年…住院收入为28016.94万元…。\n…住院药品收入5788.66万元,
    占住院总收入的比重为20.55%": 2022 is the year compared with)."""
    if den.year is None or num.year == den.year:
        return False
    return num.year is not None or _a_later_year_written_between(doc, den.year, _paragraph_before(doc, den), f.start)


def _paragraph_before(doc: NarrativeDoc, den: Figure) -> int:
    """Where the paragraph with figures before ``den``'s paragraph starts (``den``'s own when none is)."""
    floor = doc.paragraph_start(den.start)
    before = bisect_left(doc.starts, floor)
    return doc.paragraph_start(doc.figures[before - 1].start) if before else floor


def _a_later_year_written_between(doc: NarrativeDoc, year: int, a: int, b: int) -> bool:
    """Whether a figure starting in [a, b) is of a later year than ``year`` (the figures of each year found once
    per text)."""
    of_year = doc.__dict__.get("_starts_of_year")
    if of_year is None:
        of_year = doc.__dict__["_starts_of_year"] = {}
        for g in doc.figures:
            if g.year is not None:
                of_year.setdefault(g.year, []).append(g.start)
    return any(y > year and (k := bisect_left(starts, a)) < len(starts) and starts[k] < b
               for y, starts in of_year.items())


def _same_name_of_the_parts_year(doc: NarrativeDoc, num: Figure, den: Figure) -> Figure | None:
    """The nearest amount before ``den`` named as it is and of the year of the share's amount (its year, or none
    written; for an amount of no year written, also a later year than ``den``'s), in ``den``'s paragraph or the one
    with figures before it."""
    found, k = _named_up_to(doc, den.subject, den, den.kind)
    floor = _paragraph_before(doc, den)
    for g in reversed(found[max(0, k - 32):k]):
        if g.start < floor:
            break
        if (g.year is None or g.year == num.year or num.year is None and g.year > den.year) \
                and plain(g) and not g.approximate and g is not num and g.value:
            return g
    return None


def _total_named_as_its_part(doc: NarrativeDoc, den: Figure, whole: str) -> Figure | None:
    """The total ``den`` (named ``whole``) is a part of when the total's name carries ``whole`` too, and more
    ("农村公路建设补助资金计划11.4亿元,其中,…补助资金9.69亿元"): its list's total, else the nearest amount so named
    before a 其中 before ``den`` in its sentence.  A part named as a total itself ("支出合计766.60万元" in "财政拨款支出
    总计766.75万元,其中:2022年支出合计766.60万元") is the whole the share's 合计 names: None."""
    if STATED_TOTAL.search(den.subject or ""):
        return None
    pl = list_of(doc, den)
    if pl is not None:
        total = pl.total
        return total if total is not den and _carries(total, whole) else None
    start = doc.sentence_start(den.start)
    for g in reversed(doc.between(start, den.start)):
        if g.kind == den.kind and plain(g) and not g.approximate and g.value and comparable(g, den) \
                and _carries(g, whole) and "其中" in doc.view[g.end:den.start]:
            return g
    return None


def _carries(total: Figure, whole: str) -> bool:
    name = norm_name(total.subject or "")
    return len(name) > len(whole) and whole in name


_MEASURE_AFTER = lazy(r"(预算|决算|支出|执行)数?$")
# a paragraph opening with what its items are of: "一般公共预算具体支出情况如下：", "项目支出主要用于以下方面："
_PARAGRAPH_LEAD = lazy(r"\s*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）]|\d+[.、．])?\s*"
                       r"([\u4e00-\u9fff“”]{2,30}?)(?:情况|构成|明细)?(?:如下|分别是|分别为)\s*[:：]")
_LEAD_WORDS = lazy(r"具体|主要|详细|情况|构成|明细|的")


def _paragraph_lead_whole(doc: NarrativeDoc, num: Figure) -> Figure | None:
    """The amount a paragraph's lead names as the whole of the items after it ("一般公共预算具体支出情况如下：…" →
    the 一般公共预算支出 written before), the nearest before the lead; None when the lead names none.  The lead may
    also open a sentence inside the paragraph ("…继续安排支出。一般公共预算具体支出情况如下：…": paragraphs joined
    as one, as a text pasted from a web page has them)."""
    start = doc.paragraph_start(num.start)
    m = _PARAGRAPH_LEAD.match(doc.view, start, num.start)
    if m is None:
        start = doc.sentence_start(num.start)
        if start <= doc.paragraph_start(num.start) or (m := _PARAGRAPH_LEAD.match(doc.view, start, num.start)) is None:
            return None
    name = _LEAD_WORDS.sub("", m.group(1))
    if len(name) < 3:
        return None
    found = [g for g in doc.named(name, num.kind) if g.end <= start and plain(g) and not g.approximate]
    if not found:
        return None
    last = found[-1]
    if any(h.kind == num.kind and plain(h) and h.value != last.value and name in norm_name(h.subject or "")
           and not (h.year is not None and last.year is not None and h.year < last.year)
           for h in doc.between(doc.paragraph_start(last.start), start)):
        return None   # "一般公共预算支出15153.07万元（年初预算），调整后一般公共预算支出15088.23万元": which, it does not say
    return last


def _its_last_conjunct(whole: str, total: Figure) -> bool:
    """A whole named by the last of the things a total's name joins ("占转移支付比重" of "对市县税收返还和转移支付"):
    only a part of that total."""
    name = norm_name(total.subject or "")
    return len(name) > len(whole) and name.endswith(whole) and name[-len(whole) - 1] in "和与及、"


def _whole_and_measure_before(doc: NarrativeDoc, num: Figure, whole: str) -> Figure | None:
    """"三公经费预算共计2588.98万元，…，公务用车运行维护费2013年预算数2156.22万元，占三公经费的84%": the one
    amount before the share in its sentence named as its whole with a measure after it (预算, 决算…), the
    share's amount being of that measure too."""
    found = []
    for g in doc.between(doc.sentence_start(num.start), num.start):
        if g is num or g.kind != "amount" or not plain(g) or g.approximate or not comparable(g, num):
            continue
        name = norm_name(g.subject or "")
        at = name.find(whole)
        if at < 0:
            continue
        m = _MEASURE_AFTER.fullmatch(name[at + len(whole):])
        if m is not None and m.group(1) in (num.subject or ""):
            found.append(g)
    return found[0] if len(found) == 1 else None


def _parts_sum_if_shares_complete(doc: NarrativeDoc, num: Figure, shares_of: dict[int, Figure]) -> Interval | None:
    """The sum of the parts of ``num``'s list when every part states a share and the shares add up
    to 100 % ("在支出合计218.78亿元中，基本支出188.89亿元，占90.66%；项目支出19.45亿元，占9.34%":
    the shares are of 208.34, whatever the total says); so too when the parts stating a share are two or more and their
    shares add up to 100 % ("支出总计1523.46万元，其中：基本支出…，占75.35%；项目支出…，占24.65%；年末结转和结余63.3万元":
    the shares are of 基本 + 项目, this year's spending, not of the 总计 with the carry-over)."""
    pl = list_of(doc, num)
    if pl is None:
        return None
    shared = [p for p in pl.parts if p.start in shares_of]
    if len(shared) < 2 and len(shared) != len(pl.parts) or all(p is not num for p in shared):
        return None
    if not interval_sum(value_of(shares_of[p.start]) for p in shared).overlaps(Interval(1, 1)):
        return None
    whole = interval_sum(value_of(p) for p in shared)
    if all(p.start in shares_of or not p.value for p in pl.parts) and pl.total is not None and comparable(pl.total, num):
        # the total as written holds the parts' sum: the whole lies in both ("25.80亿元，其中：8.30亿元，占32.2%；…；
        # 4.65亿元，占18.1%": seven parts to ±0.005 add to 25.80 ± 0.035, and the total says 25.80 ± 0.005)
        whole = whole.meet(value_of(pl.total)) or whole
    return whole


def _tail_adjusted_in_list(doc: NarrativeDoc, f: Figure, num: Figure, shares_of: dict[int, Figure]) -> int:
    """The number of parts when ``f`` is the one share of a list whose every part states a share, the written
    shares make exactly 100, and ``f`` is one unit of its last digit off its own rounding in the direction that
    makes them 100 (a statistics bureau's usual 尾差调整: "…4.65亿元，占比18.1%" for 18.02 % beside six shares
    rounded right, 99.9 % in all); else 0."""
    pl = list_of(doc, num)
    # (an item of 0 written without a share has none to adjust: "…经营支出9.24万元，占0.9%；对附属单位补助支出0.00万元")
    listed = [p for p in pl.parts if p.start in shares_of or p.value] if pl is not None else []
    if len(listed) >= 2 and all(p.start in shares_of for p in listed):
        shares = [shares_of[p.start] for p in listed]
        k = next((i for i, p in enumerate(listed) if p is num), None)
        if k is not None and shares[k] is f:
            return recall.shares_adjusted_to_100(shares, listed, k)
    # the shares of one named whole written item by item ("①基本支出…，占总支出的45.46%。②项目支出…，占总支出的54.19%。
    # ③…经营支出…，占总支出0.35%。"): each item once (an item said again with the same figures is one item)
    whole = share_whole(f.of)
    if len(whole) < 2:
        return 0
    by_whole = doc.__dict__.get("_shares_by_whole")
    if by_whole is None:
        by_whole = doc.__dict__["_shares_by_whole"] = {}
        for n_start, g in shares_of.items():
            if not g.approximate:
                by_whole.setdefault(share_whole(g.of), []).append((g, doc.figures[bisect_left(doc.starts, n_start)]))
    items: dict[tuple, tuple[Figure, Figure]] = {}
    for g, n in by_whole.get(whole, ()):
        if comparable(n, num):
            items.setdefault((n.value, n.unit, g.value), (g, n))
    pairs = sorted(items.values(), key=lambda x: x[1].start)
    if len(pairs) < 2 or not any(g.value == f.value and n.value == num.value for g, n in pairs):
        return 0
    k = next(i for i, (g, n) in enumerate(pairs) if g.value == f.value and n.value == num.value)
    return recall.shares_adjusted_to_100([g for g, _ in pairs], [n for _, n in pairs], k)


def _scale_slip(stated: Interval, num: Figure, den: Figure) -> causes.Cause | None:
    """The share of the two figures' digits, their units left aside, when it holds: one unit is wrong."""
    q = num.interval / den.interval if den.value else None
    if q is None or not stated.overlaps(q):
        return None
    return causes.cause("share_unit_slip", pct=f"{float(q.mid) * 100:.2f}%", num=num.text, den=den.text)


def _slip_of_its_list(doc: NarrativeDoc, num: Figure, den: Figure) -> bool:
    """Whether the part or the whole of a share is the one figure whose unit N-UNIT-SLIP reports for its
    list (the list adds up only with it read in the other unit)."""
    pl = list_of(doc, num)
    if pl is None or len(pl.parts) < 2:
        return False
    fix = _unit_slip_fix(pl.total, pl.parts)
    return fix is not None and fix[1] == "yuan_for_wan" and (fix[0] is num or fix[0] is den)


def share(r: Rule, ctx: Context) -> Iterable[Finding]:
    doc = _doc(ctx)
    summed = {f.start: parts for f, parts in recall.summed_shares(doc)}
    numerators = {f.start: numerator(doc, f) for f in doc.figures
                  if f.kind == "percent" and f.relation == "占" and not f.approximate}
    shares_of: dict[int, Figure] = {}
    for f in doc.figures:
        if (n := numerators.get(f.start)) is not None:
            shares_of.setdefault(n.start, f)
    for f in doc.figures:
        if f.start not in numerators:
            continue
        if f.start in summed:
            yield from _summed_share(r, doc, f, summed[f.start])
            continue
        num = numerators[f.start]
        if num is None or num.approximate:
            continue
        bindings = [b for b in share_bindings(doc, f, num) if not b[1].unit.endswith("百分点")]
        if not bindings or not any(explicit for _, _, explicit in bindings):
            continue
        stated = value_of(f)
        results = [(k, den, explicit, value_of(num) / value_of(den)) for k, den, explicit in bindings]
        if any(q is not None and stated.overlaps(q) for _, _, _, q in results):
            continue
        if (alt := _one_item_of_two_wholes(doc, f)) is not None and alt is not num and any(
                q is not None and stated.overlaps(q) for _, d, _ in share_bindings(doc, f, alt) if (q := value_of(alt) / value_of(d)) is not None):
            continue   # "一般公共预算收入3560万元，税收收入2856万元，分别占财政总收入和一般公共预算收入的33.4%、80.2%": one item's shares
        # a whole of another paragraph that makes the share ten times too large or too small, or its
        # amount larger than the whole, is no whole the writer took ("公益性资金收入41.31万元，占总收入的
        # 14.79%" after another text's "基金收入合计24043亿元"): a reading, not the share's written whole
        results = [(k, den, explicit and not _far_from_another_paragraph(doc, num, den, stated, q), q)
                   for k, den, explicit, q in results]
        if not any(explicit for _, _, explicit, _ in results):
            continue
        if not share_whole(f.of) and _of_the_whole_its_own_share_is_of(doc, num, stated, bindings):
            continue  # "本年收入合计521.49万元，占总收入99.90%，包括财政拨款收入494.34万元，占94.70%": of 总收入
        if not share_whole(f.of) and _of_the_whole_above_its_list(doc, f, num, stated, bindings):
            continue  # "支出总计1,200.00万元，其中基本支出850.00万元，…。基本支出中，人员经费720.00万元，占60.0%；…": of 支出总计
        whole = _parts_sum_if_shares_complete(doc, num, shares_of)
        if whole is not None and (q := value_of(num) / whole) is not None and stated.overlaps(q):
            continue  # the shares of the list's parts add to 100 %: they are of the parts' sum
        label, den, _, computed = next(x for x in results if x[2])
        if computed is None:
            continue
        cut = next((x for x in results if x[3] is not None and causes.truncated(f.interval, x[3].scale(100))), None)
        truncated = cut is not None
        if cut is not None and not causes.truncated(f.interval, computed.scale(100)):
            label, den, _, computed = cut   # (the message names the whole under which the share is its digits cut)
        # (the earlier amounts of the whole's name the share was tried against: "另按总投资3592.8亿元为 10.70%")
        also = [(d, q) for k, d, e, q in results if k == "同名数字" and not e and d is not den and q is not None][:2]
        cause = _other_denominator(stated, value_of(num), {k: v for k, v in _candidates(ctx, doc, den, den).items()})
        if cause is None and not truncated and num.unit != den.unit:
            # "支出6367.25亿元，其中公车费用4108.12万元，占64.5%": the share holds with the digits as written, so a
            # unit is wrong, not the share (the two figures' scales differ by 万 or 亿)
            cause = _scale_slip(stated, num, den)
            if cause is not None and _slip_of_its_list(doc, num, den):
                continue  # "其他收入3,441.56元，占18.57%" in a list adding up with it in 万元: N-UNIT-SLIP names it once
        point = _point_share(num, den) * 100
        if not truncated and grand_and_this_years((f.of or "").strip(), den.subject or ""):
            # "占本年支出合计的70.2%" beside only a 支出总计: the bound the unwritten whole gives, not a value it should be
            at_most = "总计" in (den.subject or "")
            yield r.finding("bound", narrative=[span(f), span(num), span(den)], expected=round(point, 4), actual=f.value,
                            subject=num.subject, num_text=num.text, of=(f.of or "").strip(), pct=f.text, den_text=den.text,
                            den_name=den.subject or "", side="不超过" if at_most else "不少于",
                            limit="至少为" if at_most else "至多为", computed=f"{point:.2f}%")
            continue
        adjusted = 0 if truncated or cause is not None else _tail_adjusted_in_list(doc, f, num, shares_of)
        if adjusted:
            cause = _tail_cause(adjusted)
        # "60岁及以上人口为22559人,占14.18%,其中65岁及以上人口为16536人,占8.25%": a bare share of a part whose whole
        # states a bare share of its own may be of the same unwritten whole as that one (a reading that cannot be
        # checked: its whole over its share is only as right as that share)
        unsure = None if share_whole(f.of) or label != "其中所属合计" else _own_bare_share(doc, den, num)
        yield r.finding(severity="warning" if truncated or adjusted or unsure else None,
                        narrative=[span(f), span(num), span(den)], expected=round(point, 4),
                        actual=f.value, cause=causes.cause("truncated") if truncated else cause,
                        subject=num.subject, num_text=num.text, of=f.of or "", pct=f.text, den_text=den.text,
                        binding=f"分母取{_SHARE_VERB_LEAD.sub('', den.subject or '')}{den.text}" + "".join(
                            f"；另按{d.subject or ''}{d.text}为 {_point_share(num, d) * 100:.2f}%" for d, _ in also) + (
                            f"；{den.text}自己写了占比{unsure.text}，本项的占比也可能与它同是占一个文中没有写出的总数"
                            if unsure else ""),
                        computed=f"{point:.2f}%")
    reported = set()
    for x in _shares_over_whole(r, doc):
        reported.add(x.narrative[0].start)
        yield x
    yield from _shares_of_a_fitted_whole(r, doc, reported)
    yield from _listed_shares(r, doc, summed)
    for x in recall.urbanisation_rates(doc):
        decimals = len(x.rate[0].rstrip("%").split(".")[1]) if "." in x.rate[0] else 0
        yield r.finding("urban", narrative=[Span(*x.rate), Span(*x.urban), Span(*x.total)],
                        expected=round(float(x.computed.mid), 4), actual=x.rate[0], total=x.names[0] + x.total[0],
                        urban=x.names[1] + x.urban[0], whole=x.names[0], rate=x.rate[0], computed=f"{float(x.computed.mid):.{decimals + 2}f}%")
    for t in recall.industry_structure(doc):
        d = len(t.term.split(".")[1]) if "." in t.term else 0
        shares = [(how, float(value_of(t.part).mid) / float(w.mid) * 100) for how, w in t.wholes]
        readings = "；".join(f"以{how}为分母为 {x:.{d + 2}f}%（应写 {x:.{d}f}）" for how, x in shares)
        yield r.finding("structure", severity="warning" if t.truncated or t.adjusted else None,
                        narrative=[Span(t.term, t.start, t.start + len(t.term)), span(t.part)],
                        expected=round(float(t.computed.mid) * 100, 4), actual=float(t.term),
                        cause=causes.cause("truncated") if t.truncated else _tail_cause(3) if t.adjusted else None,
                        ratio=t.ratio, term=t.term,
                        subject=t.part.subject, num_text=t.part.text, readings=readings)


_COUNT_WORDS = {2: "两", 3: "三", 4: "四", 5: "五", 6: "六", 7: "七", 8: "八", 9: "九", 10: "十"}


def _tail_cause(count: int) -> causes.Cause:
    """The 尾差调整 cause, naming how many shares there are."""
    return causes.cause("tail_adjusted", count=_COUNT_WORDS.get(count, str(count)))


def _point_share(num: Figure, den: Figure) -> float:
    """The share as the two figures are written (6万元 of 10万元 is 60 %, not the middle of the interval their
    rounding allows)."""
    return float(value_of(num).mid) / float(value_of(den).mid)


def _own_bare_share(doc: NarrativeDoc, whole: Figure, num: Figure) -> Figure | None:
    """The bare share (no whole named) a list's total states of itself after it and before the part ``num``, if any,
    when the total is no part of a list (the whole of that share is not written)."""
    k = doc.position(whole) + 1
    own = doc.figures[k] if k < len(doc.figures) else None   # (the figure right after the total: its own share)
    if own is None or own.kind != "percent" or own.relation != "占" or own.end > num.start or share_whole(own.of) \
            or own.approximate or own.start >= doc.clause_end(whole.end) or (pl := list_of(doc, num)) is None \
            or pl.total is not whole or own.start > pl.marker or list_of(doc, whole) is not None:
        return None   # (a total that is a part of a written whole states its share of that one: checked so)
    if any(g.kind == whole.kind and comparable(g, whole) and value_of(g).lo > 0 and not g.approximate
           and _with_truncation(value_of(own)).overlaps(value_of(whole) / value_of(g))
           for g in doc.before(whole, same_paragraph=False, limit=60)):
        return None   # (nor one whose share is of an amount written before it: "支出合计1200.78万元，其中：基本支出
        # 856.32万元，占71.3%，其中：…", the whole of that share is written)
    siblings = [n for g in doc.between(doc.sentence_start(whole.start), pl.marker)
                if g.kind == "percent" and g.relation == "占" and not (g.of or "").strip() and not g.approximate
                and (n := numerator(doc, g)) is not None and comparable(n, whole)]
    if len(siblings) >= 2 and any(n is whole for n in siblings) \
            and _with_truncation(value_of(own)).overlaps(value_of(whole) / interval_sum(value_of(n) for n in siblings)):
        return None   # (nor one whose share holds over the sum of its sentence's items with bare shares: "0-14岁人口…，占30.28%；
        # …；60岁及以上人口为22559人，占11.25%，其中…": the whole is known, the share of it can be checked)
    return own


def _of_the_whole_its_own_share_is_of(doc: NarrativeDoc, num: Figure, stated: Interval, bindings) -> bool:
    """A bare share of a part whose whole states its own share of a larger whole ("本年收入合计521.49万元，占总收入
    99.90%，包括财政拨款收入494.34万元，…，占94.70%"): the parts' shares may be of that larger whole, the whole over
    its own share (521.49 ÷ 99.90%); True when the share holds so."""
    for _, den, _ in bindings:
        own = next((g for g in doc.between(den.end, doc.clause_end(den.end)) if g.kind == "percent"), None)
        if own is None or own.relation != "占" or own.approximate or not own.value or own.end > num.start:
            continue   # (the whole's own share is written before its parts: not the part's share itself)
        larger = value_of(den) / value_of(own)
        if larger is not None and (q := value_of(num) / larger) is not None and stated.overlaps(q) \
                and _siblings_shares_of(doc, num, larger):
            return True
    return False


def _of_the_whole_above_its_list(doc: NarrativeDoc, f: Figure, num: Figure, stated: Interval, bindings) -> bool:
    """A bare share bound to a whole that is itself a part of a larger whole ("支出总计1,200.00万元，其中基本支出850.00万元，
    …。基本支出中，人员经费720.00万元，占60.0%；公用经费130.00万元，占10.8%"): the share may be of that larger whole, when
    it holds so, and so do the other bare shares of its sentence."""
    for _, den, _ in bindings:
        outer = list_of(doc, den)
        if outer is None or outer.total is None or outer.total is den or not comparable(outer.total, num) \
                or value_of(outer.total).lo <= 0:
            continue
        whole = value_of(outer.total)
        if (q := value_of(num) / whole) is None or not stated.overlaps(q):
            continue
        others = [g for g in doc.between(doc.sentence_start(f.start), doc.sentence_end(f.end)) if g is not f
                  and g.kind == "percent" and g.relation == "占" and not share_whole(g.of) and not g.approximate]
        if all((n := numerator(doc, g)) is not None and (x := value_of(n) / whole) is not None and value_of(g).overlaps(x)
               for g in others):
            return True
    return False


def _siblings_shares_of(doc: NarrativeDoc, num: Figure, whole: Interval) -> bool:
    """Whether the bare shares of the other items of ``num``'s list hold of ``whole`` too: one list's bare shares are of one
    whole ("基本支出856.32万元，占71.3%，其中：人员经费765.21万元，占比63.7%；公用经费91.11万元，占比10.6%": 63.7 of the
    本年支出合计, 10.6 of 基本支出, is no reading)."""
    pl = list_of(doc, num)
    for p in pl.parts if pl is not None else ():
        if p is num:
            continue
        g = next((g for g in doc.between(p.end, doc.clause_end(p.end)) if g.kind == "percent"), None)
        if g is None or g.relation != "占" or share_whole(g.of) or g.approximate or numerator(doc, g) is not p:
            continue
        if (q := value_of(p) / whole) is None or not value_of(g).overlaps(q):
            return False
    return True


def _summed_share(r: Rule, doc: NarrativeDoc, f: Figure, parts: list[Figure]) -> Iterable[Finding]:
    """"经营收入16,348.77万元，附属单位上缴收入3,363.59万元，两项合计占0.1%": the parts' sum over
    the whole the last part is bound to (an error only when that binding is explicit)."""
    num = parts[-1]
    bindings = []
    for p in (parts[-1], parts[0]):   # the list the parts are in may have kept only one of them
        bindings += [b for b in share_bindings(doc, f, p)
                     if not any(b[1] is q for q in parts) and not any(b[1] is c[1] for c in bindings)]
    if not any(explicit for _, _, explicit in bindings):
        return
    total = interval_sum(value_of(p) for p in parts)
    stated = value_of(f)
    results = [(den, explicit, total / value_of(den)) for _, den, explicit in bindings]
    if any(q is not None and stated.overlaps(q) for *_, q in results):
        return
    den, _, computed = next(x for x in results if x[1])
    if computed is None:
        return
    truncated = any(q is not None and causes.truncated(f.interval, q.scale(100)) for *_, q in results)
    names = "、".join(p.subject or p.text for p in parts)
    yield r.finding(severity="warning" if truncated else None, narrative=[span(f), *(span(p) for p in parts), span(den)],
                    expected=round(float(computed.mid) * 100, 4), actual=f.value,
                    cause=causes.cause("truncated") if truncated else None,
                    subject=f"{names}合计", num_text=_in_unit(total, num), of=f.of or "", pct=f.text, den_text=den.text,
                    binding=f"分母取{den.subject or ''}{den.text}", computed=_pct(computed, f))


def _listed_shares(r: Rule, doc: NarrativeDoc, summed=None) -> Iterable[Finding]:
    def bound(f: Figure, num: Figure) -> bool:
        if summed and f.start in summed:
            # (bound as _summed_share binds it: by its last part or its first)
            together = summed[f.start]
            return any(explicit for p in (together[-1], together[0]) for _, d, explicit in share_bindings(doc, f, p)
                       if not any(d is q for q in together))
        # a share bound only implicitly (a 其中 list in another sentence) may still be one of a group
        # adding to 100 %, whose whole is the sum of its parts; so may one whose whole of another paragraph is
        # no whole the writer took (share() sets it aside: ten times off)
        return any(explicit and not _far_from_another_paragraph(doc, num, den, value_of(f), value_of(num) / value_of(den))
                   for _, den, explicit in share_bindings(doc, f, num))
    for s in recall.listed_shares(doc, bound, _complete, summed):
        n = s.part
        subject, num_text, v = n.subject, n.text, value_of(n)
        if s.summed:
            v = interval_sum(value_of(m) for m in s.summed)
            subject, num_text = "、".join(m.subject or m.text for m in s.summed) + "合计", _in_unit(v, n)
        yield r.finding(severity="warning" if s.truncated or s.adjusted else None,
                        narrative=[span(s.share), span(n), *(span(m) for m in s.parts if m is not n)],
                        expected=round(float(s.computed.mid) * 100, 4), actual=s.share.value,
                        cause=causes.cause("truncated") if s.truncated else _tail_cause(s.adjusted) if s.adjusted else None,
                        subject=subject, num_text=num_text, of="", pct=s.share.text, den_text=_in_unit(s.whole, n),
                        binding=f"{s.why}，分母取各项之和；以前文任一金额为分母也不符", computed=_pct(float(v.mid) / float(s.whole.mid)))


# what sets a share apart from the shares of this year's whole of the same name: last year's
# ("上年同期，A 937万元，占总支出的21.3%", "上年占总支出的16.7%") or a wider area's ("全县A 8137万元")
_LAST_YEAR = lazy(r"(?<![比较与同])(?:上年|去年|上一年)")
_WIDER = lazy(r"全(?:国|省|市|州|盟|县|区|旗)")


def _share_setting(doc: NarrativeDoc, f: Figure, num: Figure) -> str:
    view = doc.view
    item = max(doc.sentence_start(num.start), doc.index.marks("；;").last(0, num.start) + 1)
    own = view[item:num.start]
    setting = "上年" if _LAST_YEAR.search(own) or _LAST_YEAR.search(view, doc.clause_start(f.start), f.start) else ""
    wider = _WIDER.search(num.subject or "")
    return setting + (wider.group() if wider else "")


def _shares_over_whole(r: Rule, doc: NarrativeDoc) -> Iterable[Finding]:
    """Shares of one unwritten whole that add above 100 %: with the whole taken as the sum of
    their amounts, all but one hold; that one is wrong."""
    groups: dict[tuple[str, int], list[tuple[Figure, Figure]]] = {}
    for f in doc.figures:
        if f.kind != "percent" or f.relation != "占" or f.approximate:
            continue
        whole = share_whole(f.of)
        num = numerator(doc, f)
        bare = not (f.of or "").strip()
        if (len(whole) < 2 and not bare) or num is None or num.kind not in ("amount", "count") or num.approximate \
                or whole and _named_whole(doc, f, whole) or re.search(r"\d", f.of or ""):
            continue   # (a whole written with its amount, "分别占一般公共预算收入52360万元的68.0%和32.0%", is written)
        pl = list_of(doc, num)   # siblings: the parts of one list, or amounts listed in no list
        # (quantities measured in one unit as well: "地表水源供水量4952.7亿立方米，占供水总量的82.3%；…")
        # (bare shares, "0-14岁人口为60699人,占30.28%;15-59岁人口为…,占58.47%", are of the one whole of their sentence)
        setting = _share_setting(doc, f, num) if whole else f"@{doc.sentence_start(num.start)}"
        groups.setdefault((whole + setting, pl.marker if pl else -1, _measure(num)), []).append((f, num))
    for (whole, *_), items in groups.items():
        if len(items) < 2 or len({n.start for _, n in items}) < len(items):
            continue
        bare = whole.startswith("@")
        if bare and (not _kinds_of_one_thing(doc, [n for _, n in items])
                     or any(e for f, n in items for _, _, e in share_bindings(doc, f, n))):
            continue  # (bare shares a whole is bound to are checked against it)
        if any(list_of(doc, n) is not None and any(list_total(doc, n) is m for _, m in items) for _, n in items):
            continue  # one amount is a part of another
        total_pct = interval_sum(value_of(f) for f, _ in items)
        over = total_pct.lo > 1
        implied = interval_sum(value_of(n) for _, n in items)
        if bare and not over:
            continue  # (bare shares are checked only when they cannot all be of one whole)
        if not over and not (total_pct.overlaps(Interval(1, 1)) and (len(items) >= 3 or _two_parts_of_their_total(doc, items, implied))):
            continue  # shares that add to 100 % name every part of the whole, too
        if implied.lo <= 0:
            continue  # amounts that are all 0 ("…0万元，占“三公”经费的0%；…"): no whole to divide by
        wrong = [(f, n, value_of(n) / implied) for f, n in items
                 if not _with_truncation(value_of(f)).overlaps(value_of(n) / implied)]
        if len(wrong) != 1:
            yield from _breakdown_shares(r, doc, whole, items)
            continue
        f, n, q = wrong[0]
        if any(_measure(g) == _measure(n) and g.value and not g.approximate and value_of(f).overlaps(value_of(n) / value_of(g))
               for g in doc.before(items[0][1], same_paragraph=False, limit=60)
               if value_of(g).lo > 0 and not any(g is m for _, m in items)):
            continue  # of an amount written before ("一般公共预算支出完成5000万元"): the whole meant; a
            # sibling part ("基本支出781.93万元，占总支出92%；项目支出60.86万元，占总支出8%") is never it
        reason = (f"各项占比合计 {float(total_pct.mid) * 100:.2f}% 超过 100%" if over
                  else "各项占比合计为 100%，即各项之和就是总数")
        adjusted = 0 if over else recall.shares_adjusted_to_100(
            [g for g, _ in items], [m for _, m in items], next(i for i, (g, _) in enumerate(items) if g is f))
        yield r.finding(severity="warning" if adjusted else None,
                        narrative=[span(f), span(n), *(span(m) for _, m in items if m is not n)],
                        expected=round(float(q.mid) * 100, 4), actual=f.value,
                        cause=_tail_cause(adjusted) if adjusted else None,
                        subject=n.subject, num_text=n.text, of=f.of or "", pct=f.text,
                        den_text=_in_unit(implied, n),
                        binding=(f"各项占比都没有写明占的是什么，合计 {float(total_pct.mid) * 100:.2f}% 超过 100%" if bare
                                 else f"“{_whole_as_written(f, whole)}”未写出，{reason}") + "，分母取各项之和",
                        computed=_pct(q, f))


def _kinds_of_one_thing(doc: NarrativeDoc, nums: list[Figure]) -> bool:
    """Amounts whose bare shares may be of one whole: their names end alike ("0-14岁人口", "15-59岁人口", "60岁及以上人口";
    "基本支出", "项目支出"), none of them the whole's flow's other side, and they are no counts of different attribute cuts."""
    names = [norm_name(item_subject(doc, n)) for n in nums]
    if any(len(n) < 2 for n in names) or len(set(names)) < len(names):
        return False
    if min(common_ending(a, b) for a in names for b in names if a != b) < 2:
        return False
    return not recall.of_several_cuts(names)


def _whole_as_written(f: Figure, whole: str) -> str:
    """The whole a share names, as its text writes it ("供水总量", where the name compared is "供水")."""
    return _OF_TAIL.sub("", (f.of or "").strip()) or whole


def _measure(f: Figure) -> str:
    """What a figure measures, for shares of one whole: money in any unit of money, else its own unit
    ("亿立方米", "人")."""
    return "amount" if f.kind == "amount" else f"{f.kind}:{f.unit}"


def _two_parts_of_their_total(doc: NarrativeDoc, items: list[tuple[Figure, Figure]], implied: Interval) -> bool:
    """Two shares adding to 100 % whose amounts are the parts of one list adding up to its written
    total ("支出预算842.79万元。其中，基本支出781.93万元，占总支出92%；项目支出60.86万元，占总支出8%"):
    that total is the whole, as with three shares or more."""
    totals = {id(list_total(doc, n)) for _, n in items}
    total = list_total(doc, items[0][1])
    return len(totals) == 1 and total is not None and value_of(total).overlaps(implied)


def _shares_of_a_fitted_whole(r: Rule, doc: NarrativeDoc, reported: set[int]) -> Iterable[Finding]:
    """Shares of one whole named but never written as such ("占总支出的9.76%" seventeen times,
    the total only said as "全镇公共财政预算支出完成5472.90万元"): the one amount written before
    them that at least four of them, and three in four, hold with is that whole; a share that holds
    with no amount written before it is wrong (a truncation-only fit is a warning)."""
    groups: dict[tuple[str, int], list[tuple[Figure, Figure]]] = {}
    last: dict[str, tuple[int, int]] = {}   # per whole: where its run of shares began, and its last share
    for f in doc.figures:
        if f.kind != "percent" or f.relation != "占" or f.approximate or f.start in reported:
            continue
        whole = share_whole(f.of)
        num = numerator(doc, f)
        if len(whole) < 2 or num is None or num.kind != "amount" or num.approximate or _named_whole(doc, f, whole):
            continue
        if any(explicit for *_, explicit in share_bindings(doc, f, num)):
            continue
        # one run of shares: each within 1000 characters of the one before; a share of last year's
        # or of a wider area's whole of the same name is of another run
        key = whole + _share_setting(doc, f, num)
        began, end = last.get(key, (f.start, f.start))
        if f.start - end > 1000:
            began = f.start
        last[key] = (began, f.end)
        groups.setdefault((key, began), []).append((f, num))
    for (whole, _), items in groups.items():
        if len(items) < 5:
            continue
        first = min(n.start for _, n in items)
        fits = []
        for w in doc.before(items[0][1], same_paragraph=False, limit=60):
            if w.start >= first or w.kind != "amount" or not plain(w) or w.approximate or not w.value \
                    or any(w is n for _, n in items) or not comparable(w, items[0][1]):
                continue
            held = [f for f, n in items if (q := value_of(n) / value_of(w)) is not None and value_of(f).overlaps(q)]
            if len(held) >= 4 and 4 * len(held) >= 3 * len(items):
                fits.append((w, held))
        if len(fits) != 1:
            continue
        w, held = fits[0]
        for f, n in items:
            if any(f is h for h in held):
                continue
            earlier = [g for g in doc.before(f, same_paragraph=False, limit=200)
                       if g.kind == "amount" and g is not n and g.value and comparable(g, n)]
            if any((q := value_of(n) / value_of(g)) is not None and value_of(f).overlaps(q) for g in earlier):
                continue
            q = value_of(n) / value_of(w)
            truncated = q is not None and causes.truncated(f.interval, q.scale(100))
            yield r.finding(severity="warning" if truncated else None, narrative=[span(f), span(n), span(w)],
                            expected=round(float(q.mid) * 100, 4), actual=f.value,
                            cause=causes.cause("truncated") if truncated else None,
                            subject=n.subject, num_text=n.text, of=f.of or "", pct=f.text, den_text=w.text,
                            binding=f"“{_whole_as_written(f, whole)}”未写出，同为“{_whole_as_written(f, whole)}”的其他 {len(held)} 项占比都以"
                                    f"{w.subject or ''}{w.text}为分母，分母取它；以前文任一金额为分母也不符",
                            computed=_pct(q, f))


def _breakdown_shares(r: Rule, doc: NarrativeDoc, whole: str, items: list[tuple[Figure, Figure]]) -> Iterable[Finding]:
    """Several breakdowns of one unwritten whole, each in its own sentence, each adding to 100 %
    ("货物类…占采购总量的19.6%；工程类…；服务类…。……市级…29.81亿元，占采购总量的16.26%；区县级…41.41亿元，
    占采购总量的83.74%"): a breakdown whose shares all hold fixes the whole as its amounts' sum; a
    breakdown adding to the same whole whose shares fail is wrong (an error only with that confirmation)."""
    runs: list[list[tuple[Figure, Figure]]] = [[items[0]]]
    for prev, cur in zip(items, items[1:]):
        if _SENTENCE_END.search(doc.text, prev[0].end, cur[1].start):
            runs.append([])
        runs[-1].append(cur)
    checked = []
    for run in runs:
        if len(run) < 2 or not all(comparable(run[0][1], n) for _, n in run) \
                or not interval_sum(value_of(f) for f, _ in run).overlaps(Interval(1, 1)):
            continue
        implied = interval_sum(value_of(n) for _, n in run)
        if implied.lo <= 0:
            continue
        wrong = [(f, n, value_of(n) / implied) for f, n in run
                 if not _with_truncation(value_of(f)).overlaps(value_of(n) / implied)]
        checked.append((run, implied, wrong))
    confirmed = [implied for _, implied, wrong in checked if not wrong]
    for run, implied, wrong in checked:
        if not wrong or not any(c.overlaps(implied) for c in confirmed):
            continue
        for f, n, q in wrong:
            yield r.finding(narrative=[span(f), span(n), *(span(m) for _, m in run if m is not n)],
                            expected=round(float(q.mid) * 100, 4), actual=f.value,
                            subject=n.subject, num_text=n.text, of=f.of or "", pct=f.text,
                            den_text=_in_unit(implied, n),
                            binding=f"“{_whole_as_written(f, whole)}”未写出，同句各项占比合计为 100%，各项之和 {_in_unit(implied, n)} "
                                    f"与另一种分类各项之和相同，分母取各项之和",
                            computed=_pct(q, f))


_SENTENCE_END = lazy(r"[。\n]")
_LEAD_ADD = lazy(r"^(?:加上|加|减去|扣除|减)")
_LEAD_JOIN = lazy(r"^(?:由|加上?|和|及|以及)")


def _as_wan(f: Figure) -> Interval:
    return f.interval  # a figure written in 元 read as 万元


def _as_thousands(f: Figure) -> Interval:
    return Interval.rounded(f.value * 1000, 0).scale(f.wan_yuan.hi / f.interval.hi if f.value else 1)


def _separator_slip(f: Figure) -> bool:
    """"4.647万元": three digits after a point may be a thousands separator typed as a point."""
    return f.kind == "amount" and f.decimals == 3 and f.value < 1000 and "," not in f.text


def _unit_slip_fix(total: Figure, parts: list[Figure]) -> tuple[Figure, str] | None:
    """The one figure in 元 whose reading as 万元 (or a "4.647" read as 4,647) makes the list add up."""
    figures = [total, *parts]
    for slip in figures:
        for how, read in (("yuan_for_wan", _as_wan), ("point_for_separator", _as_thousands)):
            if how == "yuan_for_wan" and (slip.unit != "元" or not slip.value):
                continue
            if how == "point_for_separator" and not _separator_slip(slip):
                continue
            if _adds_up_with(total, parts, read, [slip]):
                return slip, how
    return None


def _adds_up_with(total: Figure, parts: list[Figure], read, misread: list[Figure]) -> bool:
    """Whether the parts add up to the total with the figures in ``misread`` read by ``read`` (as
    万元, or with the point as a thousands separator) and the others as written."""
    def value(f: Figure) -> Interval:
        return read(f) if any(f is g for g in misread) else value_of(f)

    return interval_sum(value(p) for p in parts).overlaps(value(total))


def _unit_slips(total: Figure, parts: list[Figure]) -> list[Figure]:
    """"保费收入7237元。其中，财产险781万元；寿险6003元；中华险453万元": every figure in 元 of a list
    whose other figures are in 万元, when reading all of them (two or more) as 万元 makes it add up; in a list all in
    元, the smallest figures (two or more, each a hundred times below the next) whose reading as 万元 makes it add up."""
    figures = [total, *parts]
    slips = [f for f in figures if f.unit == "元" and f.value]
    if len(slips) < 2 or any(f.unit not in ("元", "万元") for f in figures if f.kind == "amount"):
        return []
    if any(f.unit == "万元" for f in figures):
        return slips if _adds_up_with(total, parts, _as_wan, [f for f in figures if f.unit == "元"]) else []
    # every figure in 元 ("保费收入72370000元。其中，财产险7810000元；寿险6003元；中华险4530000元", the text's other amounts
    # written in 元 too): the figures missing their 万 are the smallest, ten thousand times too small; one way only
    ordered = sorted(slips, key=lambda f: f.value)
    ways = [ordered[:k] for k in range(2, len(ordered)) if ordered[k - 1].value * 100 < ordered[k].value
            and _adds_up_with(total, parts, _as_wan, ordered[:k])]
    return ways[0] if len(ways) == 1 else []


def _in_unit(iv: Interval, like: Figure, zeros: bool = False) -> str:
    """An amount in 万元 printed in the unit the text uses (never in scientific notation); ``zeros``: its trailing
    zeros kept ("约为 8.00万元": how close to 8 it is pinned)."""
    factor = wan_yuan_factor(like.unit) if like.kind == "amount" else count_scale(like.unit) if like.kind == "count" else None
    x = float(iv.mid) / factor if factor else float(iv.mid)
    text = f"{x:.{max(like.decimals, 2)}f}"
    text = text if zeros else text.rstrip("0").rstrip(".")
    return f"{text}{like.unit if like.kind == 'amount' else like.unit}"


def _sum_in_unit(iv: Interval, like: Figure) -> str:
    """A sum printed in the unit of the whole it is weighed against: an amount as ``_in_unit`` prints it, a count
    never in scientific notation ("1.05e+08立方米")."""
    if like.kind == "amount":
        return _in_unit(iv, like)
    x = float(iv.mid) / (count_scale(like.unit) if like.kind == "count" else 1)
    text = f"{x:g}"
    if "e" in text:
        text = f"{x:.{max(like.decimals, 2)}f}".rstrip("0").rstrip(".")
    return f"{text}{like.unit}"


def sums(r: Rule, ctx: Context) -> Iterable[Finding]:
    said: set[int] = set()
    for x in _sums(r, ctx):
        if x.narrative:
            said.add(x.narrative[0].start)
        yield x
    doc = _doc(ctx)
    for pl in doc.lists:
        for owner, run in breakdowns_inside_parts(doc, pl):
            inner = interval_sum(count_value(p, owner) for p in run)
            if inner.lo > value_of(owner).hi and owner.start not in said:
                # "基本支出856.32万元，基本支出中，人员经费765.21万元，公用经费95.11万元，项目支出…": the part's own breakdown
                said.add(owner.start)
                yield r.finding("over", names=_names_of(run), narrative=[span(owner), *(span(p) for p in run)],
                                expected=round(float(inner.mid), 4), actual=owner.value, subject=owner.subject,
                                total_text=owner.text, computed=_sum_in_unit(inner, owner))
    for b in recall.balances(doc):
        if b.balance.start in said:
            continue  # "当年结余937.30万元，其中：…234.23万元，…703.47万元": its parts say it already, once is enough
        carried = [b.carried] if b.carried is not None else []
        yield r.finding("balance", narrative=[span(b.balance), span(b.income), span(b.spending), *map(span, carried)],
                        expected=round(float(b.computed.mid), 4), actual=b.balance.value, subject=b.balance.subject,
                        total_text=b.balance.text,
                        income="".join(f"{g.subject}{g.text}加" for g in carried) + f"{b.income.subject}{b.income.text}",
                        spending=f"{b.spending.subject}{b.spending.text}", computed=_in_unit(b.computed, b.balance))
    for x in recall.natural_increases(doc):
        decimals = max(len(t[0].split(".")[1].rstrip("‰%万人")) if "." in t[0] else 0 for t in (x.birth, x.death))
        yield r.finding("natural", narrative=[Span(*t) for t in (x.increase, x.birth, x.death)],
                        expected=float(x.computed.mid), actual=x.increase[0], birth=x.names[0] + x.birth[0],
                        death=x.names[1] + x.death[0], increase=x.names[2] + x.increase[0],
                        computed=f"减少 {-float(x.computed.mid):.{decimals}f}{x.unit}" if x.names[2].startswith("自然减少")
                        else f"{float(x.computed.mid):.{decimals}f}{x.unit}")
    for x in recall.structure_sums(doc):
        yield r.finding("structure", narrative=[Span(x.ratio, x.start, x.end)], expected=100.0,
                        actual=float(x.written), ratio=x.ratio, computed=str(x.written))
    for x in recall.netted_totals(doc):
        # a deficit is the spending less the income, a balance the income less the spending
        first, second = (x.spending, x.income) if x.deficit else (x.income, x.spending)
        yield r.finding("netted", severity=None if x.explicit else "warning",
                        narrative=[span(x.result), span(x.income), span(x.spending)],
                        expected=round(float(x.computed.mid), 4), actual=x.result.value, subject=x.result.subject,
                        total_text=x.result.text, first=f"{first.subject}{first.text}", second=f"{second.subject}{second.text}",
                        computed=_in_unit(x.computed, x.result))


def _sums(r: Rule, ctx: Context) -> Iterable[Finding]:
    doc = _doc(ctx)
    yield from _changes_of_parts(r, doc)
    for x in levels_written_apart(doc):
        names = "、".join(_one_line(g.subject or "") + _one_line(g.text) for g in x.levels)
        yield r.finding("apart", severity="error", narrative=[span(x.whole), *(span(g) for g in x.levels), span(x.change)],
                        expected=float(x.computed.mid), actual=x.whole.value, subject=x.whole.subject,
                        total_text=x.whole.text, names=names, computed=_in_unit(x.computed, x.whole),
                        change=x.change.text)
    yield from _one_part_over(r, doc)
    yield from _framed_groups(r, doc)
    for t, g in recall.total_below_a_source(doc):
        yield r.finding("source", severity=None, names=g.subject, narrative=[span(t), span(g)],
                        expected=g.value, actual=t.value, subject=t.subject, total_text=t.text, part=g.text)
    for t, parts, computed, name in recall.composed_over(doc):
        yield r.finding("composed", narrative=[span(t), *(span(p) for p in parts)], expected=round(float(computed.mid), 4),
                        actual=t.value, subject=name, total_text=t.text, names="、".join(_LEAD_JOIN.sub("", recall.bare(p.subject)) or p.text for p in parts),
                        computed=_in_unit(computed, t))
    for c in recall.cut_breakdowns(doc):
        whole = c.whole
        stated = value_of(whole)
        if not stated.hi < c.computed.lo <= stated.hi * Fraction(3, 2) or _cut_across(c.items):
            continue   # (falling short: some classes may go unwritten, and "其他服务业" is a class of its own, not the
            # rest; far past the whole: a whole misread)
        yield r.finding("cut", narrative=[span(whole), *(span(p) for p in c.items)], expected=round(float(c.computed.mid), 4),
                        actual=whole.value, subject=whole.subject, total_text=whole.text,
                        cut=f"“{c.cut}中”" if c.named else f"按{c.cut}分",
                        names="、".join(_LEAD_JOIN.sub("", recall.bare(p.subject)) or p.text for p in c.items),
                        computed=_sum_in_unit(c.computed, whole))
    for c in recall.closed_runs(doc):
        yield r.finding("closed", narrative=[span(c.total), *(span(p) for p in c.parts)], expected=round(float(c.computed.mid), 4),
                        actual=c.total.value, subject="", total_text=c.total.text, word=c.word,
                        names="、".join(recall.bare(p.subject) or p.text for p in c.parts), computed=_in_unit(c.computed, c.total))
    for y in recall.year_paired_lists(doc):
        yield r.finding("over", severity=None, narrative=[span(y.total), *(span(p) for p in y.parts)],
                        expected=round(float(y.computed.mid), 4), actual=y.total.value, subject=y.total.subject,
                        total_text=y.total.text, computed=_in_unit(y.computed, y.total))
    for b in recall.bracketed_changes(doc):
        yield r.finding("changes", severity=None if b.complete else "warning", names="、".join(n for n, *_ in b.parts),
                        narrative=[span(b.change), *(span(c) for _, _, c, _ in b.parts)],
                        expected=round(float(b.computed.mid), 4), actual=b.change.value, subject=b.level.subject,
                        against=b.against, direction="增加" if b.sign > 0 else "减少",
                        total_text=b.change.text, computed=_signed(b.computed, b.change), assumed="")
    for w in recall.parts_over_their_whole(doc, share_whole):
        yield r.finding("shares", narrative=[span(w.whole), *(span(p) for p in w.parts)],
                        expected=round(float(w.computed.mid), 4), actual=w.whole.value, subject=w.whole.subject,
                        total_text=w.whole.text, names="、".join(p.subject for p in w.parts), of=share_whole(recall.bare(w.shares[0].of)),
                        pcts="、".join(f.text for f in w.shares), computed=_in_unit(w.computed, w.whole))
    for x in recall.additions(doc):
        said = "，".join(("加上" if sign > 0 else "减去") + "、".join(
            f"{_LEAD_ADD.sub('', g.subject or '')}{g.text}" for g, s in x.terms if s == sign) for sign in (1, -1)
            if any(s == sign for _, s in x.terms))
        yield r.finding("added", narrative=[span(x.total), span(x.base), *(span(g) for g, _ in x.terms)],
                        expected=round(float(x.computed.mid), 4), actual=x.total.value, base=f"{x.base.subject}{x.base.text}",
                        terms=said, subject=x.total.subject, total_text=x.total.text, computed=_in_unit(x.computed, x.total))
    for x in recall.part_budgets(doc, _complete):
        hows = sorted({how for *_, how in x.budgets})
        yield r.finding("budgets", severity=None, narrative=[span(x.budget_figure), span(x.total), *(span(g) for g, _, _ in x.budgets)],
                        expected=round(float(x.computed.mid), 4), actual=float(x.budget.mid), subject=x.total.subject,
                        total_text=x.total.text, budget=_in_unit(x.budget, x.total),
                        names="、".join(p.subject for p in x.parts), how="、".join(hows), computed=_in_unit(x.computed, x.total))
    for x in recall.table_sums(doc, complete_names):
        yield r.finding("table_over" if x.over else "table_complete", narrative=[_cell_span(x.whole), *(_cell_span(c) for c in x.parts)],
                        expected=round(float(x.computed.mid), 4), actual=x.whole.text.strip(), label=x.whole_label, column=f"“{x.column}”栏" if x.column else "",
                        total_text=x.whole.text.strip(), names="、".join(x.names), computed=_plain_number(x.computed, x.whole.text))
    for x in recall.rows_sums(doc):
        names = "、".join(x.names[:3]) + (f"等 {len(x.names)} 项" if len(x.names) > 3 else "")
        said = "只计其所在一段（段首标题以下）各行" if x.label == "小计" else "按其上小计行加其后各行"
        other = f"；{said}为 {_plain_number(x.other, x.whole.text)}" if x.other is not None else ""
        # numbered from 1 again in each group: no one run of numbers to name
        variant = "table_rows" if x.last - x.first + 1 == len(x.parts) else "table_rows_groups"
        yield r.finding(variant, narrative=[_cell_span(x.whole), *(_cell_span(c) for c in x.parts)],
                        expected=round(float(x.computed.mid), 4), actual=x.whole.text.strip(), label=x.label,
                        # (a column without a header of its own is named by its place: "左起第 7 栏")
                        column=f"“{x.column}”栏" if x.column else f"左起第 {x.position} 栏", total_text=x.whole.text.strip(), first=x.first,
                        last=x.last, count=len(x.parts), names=names, computed=_plain_number(x.computed, x.whole.text), other=other)
    for pl in doc.lists:
        total, parts = pl.total, pl.parts
        if len(parts) < 2 or total.approximate or any(p.approximate for p in parts) or pl.unreadable:
            continue
        if _CHANGED_TO.search(doc.view, max(0, total.start - 8), total.start) and (after := _as_changed(doc, parts)) is not None:
            parts = after   # a whole as changed ("由…调整为50000万元") has its parts as changed ("A由…调整为35000万元")
        if not pl.direct and not recall.names_its_whole(total, parts, _complete):
            continue
        if (mine := measure_of(recall.bare(total.subject))) is not None \
                and len(theirs := {measure_of(recall.bare(p.subject)) for p in parts}) == 1 and None not in theirs \
                and mine not in theirs and not any(
                    measure_of(recall.bare(g.subject)) in theirs
                    for g in doc.between(doc.sentence_start(total.start), doc.sentence_end(total.end))):
            # "…支出决算10.00万元，…。其中：因公出国(境)费支出预算0.00万元，…": every part another measure, of a whole not
            # written (with that whole written, "实际支出2.11万元，为预算5.5万元的38.36%。其中：…预算4.5万元，…", it is read)
            continue
        if not pl.direct and of_the_rates_base(doc, total, pl.marker, parts):
            continue  # "…支出37.79万元，完成预算70.67万元的53.47%。其中：基本支出42.40万元，项目支出28.27万元": the budget's
        if total.unit.endswith("百分点") and _A_GAP_OF_RATES.search(total.subject or ""):
            continue  # "增长9.6%，比全国高3.1个百分点。其中…上拉增速10.6个百分点": a gap between two rates is no whole
        if sum(1 for p in parts if _INDICATOR_LEVEL.search(p.subject or "")) >= 2:
            continue  # "共编制15个绩效目标指标，其中一级指标3个，二级指标8个，三级指标15个": levels of one tree, not parts
        if _AVERAGE.search(total.subject or "") and (any(_AVERAGE.search(p.subject or "") for p in parts) or sum(
                1 for p in parts if value_of(p).hi * 2 > value_of(total).lo) >= 2):
            # "生均公用经费128.66元，…其中：普通高中生均…240.74元": averages of groups never add up; nor where two of
            # the parts are each over half the average ("按在校学生人数平均的…15731.97元。其中，全国幼儿园为10198.39元，
            # 全国普通小学为12791.64元…": the groups' own averages, named without the word)
            continue
        if total.kind == "count" and _other_nouns(doc, total, parts):
            continue  # "4个院区，包含…共14个院中院，临床科室120个": counts of other things
        if any(_LEVEL_REACHED.search(doc.view, max(0, p.start - 8), p.start) and value_of(p).overlaps(value_of(total))
               for p in parts[1:]):
            continue  # "预算数9,564.38万元(年初预算数1,984.38万元,由于机构调整追加到9,564.38万元)": the whole restated
        stated = value_of(total)
        named = {}
        for n, p in enumerate(parts, 1):
            key = f"{p.subject or '某项'}{p.text}"
            # identical parts ("30万元用于…；30万元用于…") are each a part: never collapse them
            named[key if key not in named else f"第{n}项{key}"] = count_value(p, total)
        computed = interval_sum(named.values())
        if computed.overlaps(stated):
            continue
        if (x := recall.wholes_their_rates_correct(doc).get(total.start)) is not None and x.parts is pl.parts:
            # "累计到位资金17.87亿元,核拨资金15.99亿元、核拨率91.72%…。其中:…" (parts 17.44): its own rate was worked
            # out from the parts' sum, so the list is the whole and the whole as written is off
            yield r.finding("rates", narrative=[span(total), *(span(p) for p in parts), *(span(f) for f, _, _ in x.rates)],
                            expected=round(float(computed.mid), 4), actual=total.value, subject=total.subject,
                            total_text=total.text, names=_names_of(parts), computed=_sum_in_unit(computed, total),
                            rates="、".join(f"{recall.bare(f.subject)}{f.text}（{a.text} ÷ {_sum_in_unit(computed, total)}）"
                                           for f, a, _ in x.rates),
                            as_written="、".join(_pct(w) for _, _, w in x.rates))
            continue
        if _each_of_several_holds(doc, parts, computed, stated, total):
            continue  # "支援类项目300万元(援藏援疆各50万元、扶贫200万元)": 50 for each of the two
        # another reading: the list goes on past its parts ("…；政府性基金预算收入1616万元")
        values = list(named.values())
        # (a run of zeros matching a zero total is no such reading: "共有公务用车0辆，其中：轿车0辆、越野车0辆、载客汽车1辆")
        # (not where the items are every part of a group by definition: "其中:因公出国(境)费支出预算为0万元,公务接待费支出预算为
        # 11.52万元,公务用车购置及运行费支出预算为35万元" does not end before its third item)
        if any(interval_sum(values[:n]).overlaps(stated) for n in range(2, len(values)) if any(p.value for p in parts[:n])) \
                and not _one_kind_to_the_end(doc, parts) and not (_complete(parts) and not _whole_beyond_the_group(total, parts)):
            continue
        # "编制人数4人，其中事业编制4人；实有在职人员3人，离退休0人", "实有人员53人，其中财政供养在职人员53人，
        # 离退休人员13人": a 其中 written inline (no colon opening a list) whose first item is already the
        # whole may end there, at a semicolon, or for counts of people at a comma; what follows is new
        if parts[0].value and values[0].overlaps(stated) and _INLINE_QIZHONG.match(doc.view, pl.marker) \
                and (total.kind == "count" or _SEMICOLON.search(doc.view, parts[0].end, parts[1].start)):
            continue  # (amounts after a comma named like the first are its siblings: "其中财政拨款100万元，事业收入20万元")
        if total.kind == "amount" and (_unit_slip_fix(total, parts) is not None or _unit_slips(total, parts)):
            continue  # N-UNIT-SLIP names the one figure at the root of it
        if pl.kind == "closing":
            # (an item's "含" remark holds one amount: the amounts after its first may be the item's siblings)
            if recall.closes_the_outer_list(doc, total, pl.marker, parts if doc.view.startswith("含", pl.marker) else ()):
                continue  # "办公费10万元，维修费15万元，其中材料费6万元，人工费9万元，合计25万元": of the outer list
            if pl.taken and (computed - interval_sum(value_of(g) for g in pl.taken)).overlaps(stated):
                continue  # "其中：年初预算20万元，追加10万元，调减5万元，合计25万元": less what an item takes away
            if any(recall.per_unit(doc, p) for p in parts):
                continue  # "其中：补助资金0.5万元/户，共20户，设备购置20万元，合计30万元": an amount per unit is no part as written
            if 2 < len(values) <= recall.MOST_TERMS and recall.some_choice_adds_up(values, stated, None):
                continue  # "其中：财政资金200万元，中央资金120万元，地方配套80万元，合计200万元": a subtotal, then its parts
            # the writer added these very parts: any difference is an error (no choice of them adds up either)
            said = _CLOSING_WORD.search(doc.view, parts[-1].end, total.start)
            yield r.finding("closing" if len(values) == 2 else "closed", severity=None, word=said.group() if said else "合计",
                            names="、".join(p.subject or "某项" for p in parts),
                            narrative=[span(total), *(span(p) for p in parts)], expected=round(float(computed.mid), 4),
                            actual=total.value, subject=total.subject, total_text=total.text,
                            computed=_sum_in_unit(computed, total))
            continue
        over = computed.lo > stated.hi
        if over and _a_complete_group_among_them(total, parts, stated):
            continue  # "地区生产总值1203.5亿元，其中市区生产总值553.3亿元，第一产业增加值98.1亿元，…第三产业…": the three
            # sectors make the whole by themselves; the other item is of another cut (by region)
        if over and _named_as_the_whole(doc, pl, stated):
            continue  # "归属于母公司所有者的净利润12279.8亿元。其中，中央企业13446.6亿元，…，归属于母公司所有者的净利润8391.7亿元；
            # 地方国有企业…": each item gives the whole's own measure by its name beside another measure; those are the parts
        if over and _beside_the_quota(pl, values, stated):
            continue  # "编制人数24人，其中，财政供养人员15人，经费自理人员4人，退休14人，其他人员7名": the retired and
            # the staff outside the quota are told beside it; those within it fit
        if over and _consolidated(pl, computed - stated):
            continue  # "养老基金资产总额22315.52亿元，负债总额3760.49亿元，…。其中：地方养老基金资产总额22229.30亿元，负债总额
            # 3761.90亿元…；风险基金…": two measures' parts over their wholes by the same sum are a consolidated account,
            # the balances the items owe each other taken out of both
        if _of_the_figure_compared(doc, pl, computed):
            continue  # "公务用车运行维护费9万元，上年8万元，其中燃油费3万元…": of the item's own 9万元
        if any(g.relation in CHANGE and g.kind == "amount" and comparable(g, total) and computed.overlaps(value_of(g))
               for g in doc.between(total.end, pl.marker)):
            continue  # "三公经费602万元，比上年减少20万元。其中：公务接待费10万元，公务用车运行维护费10万元": the change's parts
        if not over and any(interval_sum(count_value(p, total) for p in alt).overlaps(stated) for alt in pl.longer):
            continue  # the list read on past the semicolon it was taken to end at holds
        if over and any(_reading_holds(stated, alt, total) for alt in pl.readings):
            continue  # the list read as ending earlier (a breakdown going on, a nested list ending) holds
        if over and _a_part_broken_down_after_it(parts, list(named.values()), stated, total):
            continue  # "其中地方一般预算收入6.6亿元,…,税收收入4.69亿元,…,非税收入1.9亿元": 4.69 + 1.9 is the 6.6 broken down
        if over and (after := _as_changed(doc, parts)) is not None and _reading_holds(stated, after, total):
            continue  # "…由年初的80000万元调整为50000万元，其中：A由年初预算的65000万元调整为35000万元，B 10000万元…":
            # an item changed from one amount to another is a part by the amount it was changed to
        if over and any(interval_sum(count_value(p, total) for p in alt).overlaps(stated) for alt in pl.joined):
            # "其中：中央资金94.86万元上年结转资金93.29万元，省级资金…", "A项目预算资金1046.05万元执行资金805.46万元
            # B项目预算资金…": an amount run straight on from the unit before may be a remark or a measure of that
            # item (its carry-over, its amount per head, a table's next column), not a part of its own
            continue
        if pl.taken and (computed - interval_sum(value_of(g) for g in pl.taken)).overlaps(stated):
            continue  # "其中：年初预算1000万元，年中追加250万元，年中调减50万元": less what an item takes away
        if over and _less_what_is_taken_out(doc, pl, values, stated):
            continue  # "其中：一般公共预算收入171697万元，剔除上划收入71238万元，本级收入100459万元；…": A less B is C
        if over and _closed_by_a_rate_of_the_whole(doc, pl, values, stated):
            continue  # "共对16个…进行了评价，其中，达标的有12个，达标率为75.0%；对11个水库…进行了评价": a statement of its own
        if over and _runs_into_a_rate_of_its_whole(doc, pl, values, stated):
            continue  # "调整后预算300万元，其中追加20万元，全年执行291万元，执行率97%": 291 is no part
        if over and _measures_of_a_part_left_out(doc, pl, values, stated):
            continue  # "其中中央资金120万元，到位120万元，到位率100%；地方配套80万元，到位60万元，到位率75%"
        if over and _measured_after_the_parts(doc, pl, values, stated):
            continue  # "已完工14个,其中A镇7个产业项目全部开工、4个已完工,B镇…": the 开工 counts are of the 开工 whole
        if over and _a_measure_of_each_part(doc, pl, values, stated):
            continue  # "其中：A支出年初预算650万元，决算600万元；B支出年初预算250万元，决算200万元": either measure
        if _runs_into_its_counterpart(pl, values, stated, over):
            continue  # "城镇零售额8.17亿元，其中城区5.8亿元；乡村零售额1.21亿元": 乡村 is 城镇's counterpart, not its part
        if over and _runs_into_a_sibling(doc, pl, values, stated):
            continue  # "包括一般债务限额1.71亿元，其中：外债转贷0.5884亿元，专项债务限额4.4258亿元": a sibling
        if over and _runs_into_a_flow(pl, values, stated):
            continue  # "大牲畜存栏4.36万头，其中牛存栏4.11万头；牛出栏1.9万头": a year's flow is no part of the stock
        if over and _runs_into_the_retired(pl, values, stated):
            continue  # "在职人员24人，其中行政人员19人，退休人员10人": the retired are not of the serving
        if over and (cut := _counted_by_several_cuts(pl, stated)) is not None:
            # "规模以上工业企业186家，其中私营企业145家，高新技术企业48家": one firm may be both; the items of one cut are
            # still parts ("其中男性22人，女性20人，35岁以下12人…": 男 and 女 are 42 of 40), named alone
            got = interval_sum(count_value(p, total) for p in cut) if cut else None
            if cut and not _earlier_whole(doc, pl, got) and _whole_in_the_sentence_before(doc, pl, got) is None \
                    and not _of_an_earlier_amount(doc, pl, got):
                yield r.finding("over", names="、".join(p.subject or p.text for p in cut),
                                narrative=[span(total), *(span(p) for p in cut)], expected=round(float(got.mid), 4),
                                actual=total.value, subject=total.subject, total_text=total.text,
                                computed=_in_unit(got, total))
            continue
        if over and _runs_into_what_was_done(pl, values, stated):
            continue  # "项目预算180万元，其中中央资金100万元，已支出176.4万元": the amount spent is no part
        if over and _earlier_whole(doc, pl, computed):
            continue  # "在职人员25人，退休人员10人，其中：行政人员15人，事业人员10人": of the 在职人员
        if over and _of_the_whole_its_share_names(doc, pl, computed):
            continue
        other = _whole_in_the_sentence_before(doc, pl, computed) if over else None
        if other is not None and computed.overlaps(value_of(other)):
            continue  # "收入合计192.01万元，…，主要原因是有疫情防控经费29.01万元。其中：…": of the 收入合计
        if over and (split := _wholes_of_each_flow(doc, pl)) is not None:
            # "收、支总计各是4125.49、4143.91万元，其中本年收入…，本年支出…": one list over several wholes
            for whole, group in split:
                got = interval_sum(value_of(p) for p in group)
                if whole is not None and got.lo > value_of(whole).hi:
                    yield r.finding("over", names="、".join(p.subject for p in group),
                                    narrative=[span(whole), *(span(p) for p in group)], expected=round(float(got.mid), 4),
                                    actual=whole.value, subject=whole.subject, total_text=whole.text, computed=_in_unit(got, whole))
            continue
        if not over and _shares_say_some_are_left_out(doc, pl):
            continue  # "其中：财政拨款448.87万元，占总收入的33.61%；…其他收入0万元，占0.00%": the shares add to 33.61 %
        cause = causes.missing_part(stated, named)
        counted = _kinds_counted(doc, pl)
        # (falling short of a unit's whole spending may be its other kinds; going over it never is)
        complete = _complete(parts) and not _whole_beyond_the_group(total, parts) \
            and not (not over and _other_spending_possible(doc, pl, parts)) or pl.exhaustive or _car_pair(total, parts) \
            or counted is not None or _output_by_sector(total, parts)
        if counted is not None and cause is None:
            cause = causes.cause("counted_kinds", said=counted)
        exhaustive = complete or any(p.subject.startswith("其他") for p in parts) and not beyond_its_sources(total, parts)
        if not over and (total.kind == "count" and not complete or (cause is None and not exhaustive)):
            continue  # a "其中" list may name only some of the parts (unless it ends with "其他…"); counts
            # fall short of their whole only as a complete group ("实有人数14人，其中在职13人，离休0人，退休0人")
        if not over and _runs_off_the_text(doc, parts[-1]):
            continue  # "……，科技项目监管和科技项目组织经费9万元，": the text is cut off mid-list
        if not over and _ends_in_a_bracket(doc, parts[-1]):
            continue  # "…运行费500万元(购置费100万元;运行维护费400万元。)…;公务接待费2.4万元": a full stop inside a
            # bracket ends the list read, not the writer's list, which goes on after the bracket
        if not over and _more_amounts_in_its_items(doc, pl, computed, stated):
            continue  # "具体为：A 2065.52万元，…；B 304.35万元，C 1666.85万元，均…": C is a part too
        if not over and _every_amount_to_its_end(doc, pl, stated):
            continue  # "总计85.98万元,具体为：甲工程监理费22万元,测绘费4.98万元,…;乙工程监理费12.66万元,…": the list goes
            # on past the semicolon it was read to end at, several amounts an item
        if not all(p.subject for p in parts):
            continue
        if not over and cause is None and complete:
            cause = _said_elsewhere(doc, total, computed, parts)
        variant = "over" if over else "complete" if complete else "under"
        # "全年投资120.5亿元，其中工业投资45.6亿元，…；民间投资58.2亿元，…；房地产开发投资20.3亿元": a 其中 run on
        # into its item's name (no colon or comma) may govern its own semicolon item only; the later items may be statements of their own,
        # of breakdowns that overlap (by industry, by owner, by kind), so an excess they bring is a reading
        sole = over and _sole_clause_holds(doc, pl, values, stated)
        if sole:
            cause = causes.cause("sole_clause", name=next(p.subject for p in parts if p.start > _SEMICOLON.search(doc.view, pl.marker).start()))
        if over and not sole and _statements_of_their_own(doc, pl) and not _named_as_its_kinds(total, parts) \
                and not (pl.kind in _DELIMITED or exhaustive or STATED_TOTAL.search(total.subject or "")):
            # "地方财政收入完成10859万元，增长31.5%。其中：国税686万元，增长31.7%；地税8617万元，增长25.3%；…":
            # items each with a growth rate of its own, not named as kinds of the whole, are the notable items
            # of a bulletin, which may be of breakdowns that overlap (by kind, by collector, by industry) and
            # need not add up to it ("农业产值…，林业产值…" of a 总产值 still do)
            cause = causes.cause("own_statements")
        elif other is not None and not (pl.exhaustive or complete):
            # within another amount of the sentence before: which one the new sentence's 其中 parts is a reading
            cause = causes.cause("earlier_whole", name=recall.bare(other.subject) or "", text=other.text)
        elif (over or complete and _A_GAP.search(total.subject or "")) \
                and (same := _amount_the_parts_make(doc, pl, computed)) is not None:
            # "三公经费预算15万元，实际支出12.5万元，其中：公务接待费5万元，公务用车运行维护费10万元": the parts
            # make exactly another amount of the sentence; that they break it down is a reading (so too when
            # they fall short of a gap between two amounts, never a whole of kinds: "…预算36.04万元，决算16.11万元，
            # 决算数小于预算数19.93万元。其中：…")
            if over and _split_before(doc, same, total):
                continue  # "现有在岗职工93人，有在职在编70人，临聘人员23人，其中大学本科学历60人，大专29人…": the whole
                # split once (70 + 23 = 93) and split again after 其中 by another kind; its parts make it exactly
            cause = causes.cause("sentence_whole", name=recall.bare(same.subject) or "", text=same.text)
        elif over and not (complete or exhaustive) and total.kind == "count" and total.unit in HEADS \
                and all(_BY_WHAT_THEY_DO.search(recall.bare(p.subject or "")) for p in parts):
            # "惠及1630户农户，其中水稻种植户1586户，玉米种植户57户": kinds by what a household or a person does
            # (grows, raises, runs, takes part in): one may do both, and be counted in both
            cause = causes.cause("overlapping_kinds")
        elif over and not (complete or exhaustive) and _cut_across(parts) \
                and all(value_of(p).lo <= value_of(total).hi for p in parts):   # (no part alone past the whole)
            # "营业收入236.8亿元，其中国有控股企业85.2亿元，股份制企业160.3亿元，外商及港澳台商投资企业12.5亿元": classes
            # of a statistics bulletin that cut across one another (a 国有控股 firm is mostly a 股份制 one; 高技术制造业 and
            # 装备制造业 share industries): they need not add up to the whole; the parts of one way still do ("财政总收入32.8亿元，
            # 其中税收收入23.3亿元，非税收入10.5亿元，一般公共预算收入18.6亿元": 23.3 + 10.5 past 32.8)
            one_way = _one_way_past(parts, total, stated)
            if one_way is None:
                continue
            parts = one_way
            computed = interval_sum(count_value(p, total) for p in parts)
            values = [count_value(p, total) for p in parts]
        elif over and not (complete or exhaustive) and _other_measure_over_too(doc, pl):
            continue  # "完成州外到位资金120.44亿元，…任务数132.63亿元…。其中，省外到位资金60.4亿元，…任务数65.85亿元；产业项目
            # 到位资金87.88亿元，…任务数69.75亿元": the parts' other measure (60.4 + 87.88) goes past the whole's (120.44)
            # too: by the text's own figures the parts overlap (省外 and 产业项目 are cuts of another kind), and need not add up
        elif over and not (complete or exhaustive) and _shares_say_the_parts_overlap(doc, pl):
            # "政府采购支出300万元，其中授予中小企业合同金额270万元，占90%，授予小微企业合同金额200万元，占66.67%":
            # each part's own share of the whole holds and the shares add past 100 %: by the text's own words
            # the parts overlap (one may contain another), so their sum past the whole is a reading
            cause = causes.cause("overlapping_shares")
        if over and not sole and (cause is None or cause.code not in _OTHER_READINGS) \
                and _first_restates_the_whole(pl, values, stated):
            # "实有人数30人，其中：在职人员30人，离休人员1人，退休人员5人"; "…其中：在职人员30人，行政人员20人，
            # 事业人员10人": the first part is the whole again, what follows is told beside it or breaks it down
            if len(values) >= 3 and interval_sum(values[1:]).overlaps(values[0]) \
                    and not any(p.subject == parts[0].subject for p in parts[1:]):
                continue  # "实有人数8人，其中：在职人数小计8人，行政3人，参公0人，事业5人": a subtotal, then its parts, which make it
                # (but "其中：一般公共服务支出1402.08万元，一般公共服务支出760.16万元，…": one name for the whole and a part)
            cause = causes.cause("restated_whole", name=parts[0].subject or "", text=parts[0].text)
        if over and (cause is None or cause.code not in _OTHER_READINGS) and causes.truncated(stated, computed):
            # "落实资金1.9亿元，其中A 1.45亿元，B 1360万元，C 4050万元" (1.991亿元): holds if digits were cut off
            cause = causes.cause("truncated")
        # (not a group every part of which is named, of the whole named as theirs: "“三公”经费支出预算为11.52万元…。其中:因公出国
        # (境)费…0万元,公务接待费…11.52万元,公务用车购置及运行费…35万元" is read neither past its end nor of another whole)
        if over and (cause is None or cause.code not in _OTHER_READINGS) and _far_over(total, stated, values) \
                and not _one_digit_slip(total, parts, values, stated) \
                and not (complete and recall.names_its_whole(total, parts, _complete)):
            # "主要原因是有疫情防控经费29.01万元，其中：…" (191.98万元), "2、393人，其中…" (a page number before
            # 393): parts adding to more than one and a half times their whole are far more often a list read
            # past its end, or a whole misread, than a slip; one digit wrong (4558 for 45158) is a slip still.
            # On published text such lists were all of the first kind: silence, unless one digit of a round
            # figure ("400万元" for 1400) would make them add up, a slip possible but not shown: a warning
            if not _one_digit_slip(total, parts, values, stated, loose=True):
                continue
            cause = causes.cause("far_over", computed=_sum_in_unit(computed, total))
        if over and cause is None and pl.readings:
            # every reading goes past the whole: the message gives the one nearest it ("其中税收收入2856万元，税收收入中
            # 增值税1200万元，非税收入804万元": 3660, the item inside 税收收入 left out, not 4860)
            # (not a list taken as ending earlier: a reading that only drops items at its end)
            sums = [(interval_sum(count_value(p, total) for p in alt), alt) for alt in pl.readings
                    if alt and not all(a is b for a, b in zip(alt, parts))]
            nearest = min(sums, key=lambda x: x[0].lo, default=None)
            if nearest is not None and stated.hi < nearest[0].lo < computed.lo:
                computed, parts = nearest
        names = _names_of(parts)
        yield r.finding(variant, severity="warning" if sole or cause is not None and cause.code in _OTHER_READINGS
                        else None if over or complete else "warning",
                        names=names,
                        narrative=[span(total), *(span(p) for p in parts)], expected=round(float(computed.mid), 4),
                        actual=total.value, cause=cause, subject=_count_noun(doc, total) or total.subject, total_text=total.text,
                        computed=_sum_in_unit(computed, total))


def _names_of(parts: list[Figure]) -> str:
    if len(parts) > 1 and len({p.subject for p in parts}) == 1:
        return f"所列各项的{parts[0].subject}"   # "其中：甲县核拨资金…；乙县核拨资金…" read as "核拨资金" each
    return "、".join(p.subject for p in parts)


_NOUN_AFTER_COUNT = lazy(r"([\u4e00-\u9fff]{1,6}?)\s*(?=[，,。；;：:（(]|其中)")


def _count_noun(doc: NarrativeDoc, total: Figure) -> str | None:
    """What a count written before its noun counts ("惠及18个镇街的1630户农户，其中…": 农户), for naming it."""
    if total.kind != "count":
        return None
    m = _NOUN_AFTER_COUNT.match(doc.view, total.end)
    return m.group(1) if m else None


# the ways statistics bulletins class firms, investment and sales: parts classed two ways cut across one another
_CUTS = {"ownership": lazy(r"(?:国有|集体|外商|港澳台商?|私营|民营)(?:控股)?(?:投资)?(?:企业|经济|公司)|国有控股|股份制|民间投资|外商投资"),
         "industry": lazy(r"工业投资|基础设施投资|房地产开发投资|高技术|装备制造|战略性新兴|制造业"),
         "size": lazy(r"小微|中小|规模以上|限额以上"),
         "channel": lazy(r"网上零售|实物商品网上"),
         "product": lazy(r"机电产品|高新技术产品|劳动密集型产品|农产品"),
         # a government's revenue by the level keeping it, and by its kind ("财政总收入32.8亿元，其中：一般公共预算收入
         # 18.6亿元…；税收收入23.3亿元": most taxes are in both)
         "level": lazy(r"一般公共(?:财政)?预算收入|地方(?:财政|级)收入|上划(?:中央|省|市)"),
         # (a kind of the level's own revenue, "地方税收收入", is inside it, not across it)
         "revenue_kind": lazy(r"(?<!地方)(?<!地方级)(?:税收收入|非税收入)")}
# classes that overlap others of their own way by definition (a 股份制 firm may be 国有控股 or foreign-funded; 高技术制造业,
# 装备制造业 and 战略性新兴产业 share industries)
_OVERLAPPING_CLASS = lazy(r"股份制|高技术|装备制造|战略性新兴|机电产品|高新技术产品")


def _one_way_past(parts: list[Figure], total: Figure, stated: Interval) -> list[Figure] | None:
    """The parts classed one way only (by no other way, none a class overlapping its way's others by definition), when
    there are two or more and they add up past the whole."""
    names = [recall.bare(p.subject or "") for p in parts]
    for way, words in _CUTS.items():
        own = [p for p, n in zip(parts, names) if words.search(n) and not _OVERLAPPING_CLASS.search(n)
               and not any(w.search(n) for k, w in _CUTS.items() if k != way)]
        if len(own) >= 2 and interval_sum(count_value(p, total) for p in own).lo > stated.hi:
            return own
    return None


def _cut_across(parts: list[Figure]) -> bool:
    """"营业收入236.8亿元，其中国有控股企业85.2亿元，股份制企业160.3亿元…", "固定资产投资80.2亿元，其中民间投资45.1亿元，
    工业投资40.8亿元": parts classed two ways at once (by ownership and by industry), or by a class that overlaps others of
    its way by definition, cut across one another and need not add up to the whole."""
    names = [recall.bare(p.subject or "") for p in parts]
    ways = {way for n in names for way, words in _CUTS.items() if words.search(n)}
    classed = sum(any(words.search(n) for words in _CUTS.values()) for n in names)
    overlapping = sum(bool(_OVERLAPPING_CLASS.search(n)) for n in names)
    # (every overlapping class is a class of some way: with two classed parts, one of them overlapping is enough)
    return classed >= 2 and (len(ways) >= 2 or overlapping >= 1)


# a kind of household or person named by what it does, at most four characters after the verb ("水稻种植户",
# "生猪养殖户", "参保人员", "经营主体")
_BY_WHAT_THEY_DO = lazy(r"(?:种植|种养|养殖|饲养|经营|从事|参加|参与|参保|享受|受益|购买|申请|获得|使用|承包|流转)[\u4e00-\u9fff]{0,4}$")
# a figure in percentage points named as a comparison ("比全国高3.1个百分点", "较上月回落0.5个百分点")
_A_GAP_OF_RATES = lazy(r"比|较|高于|低于|快于|慢于|高出|低出")
# an amount named as the gap between two others ("决算数小于预算数19.93万元")
_A_GAP = lazy(r"小于|大于|少于|多于|低于|高于|超过|超出|差额|增加|减少|增长|下降")

# causes naming another plausible reading of an excess: the finding is a warning
# the levels of a tree of performance indicators: each level counts the same indicators again, by its own cut
_INDICATOR_LEVEL = lazy(r"[一二三四五六七八九十1-9]\s*级\s*(?:绩效)?指标")
_OTHER_READINGS = frozenset(("overlapping_kinds", "earlier_whole", "own_statements", "sentence_whole", "overlapping_shares", "restated_whole",
                             "truncated", "far_over"))


def _first_restates_the_whole(pl, values, stated: Interval) -> bool:
    """A 其中 list whose first part is the whole itself, the parts after it adding up to that part (they break
    it down), or, for counts of people, the serving staff as the whole and the retired after it (实有人数 meant
    as the serving staff, the retired told beside them)."""
    if len(values) < 2 or not pl.parts[0].value or not values[0].overlaps(stated):
        return False
    rest = interval_sum(values[1:])
    if len(values) >= 3 and rest.overlaps(values[0]):
        return True
    names = [recall.bare(p.subject or "") for p in pl.parts]
    return pl.total.kind == "count" and bool(_SERVING.search(names[0])) \
        and all(_RETIRED.search(n) or _BESIDE_THE_SERVING.search(n) for n in names[1:])


# a staffing quota ("编制人数", "核定编制", "定编")
_QUOTA = lazy(r"编制|定编|核编")


def _beside_the_quota(pl, values, stated: Interval) -> bool:
    """A count of a staffing quota whose 其中 names the retired or people outside any quota (其他人员, 编外,
    临聘, 劳务派遣) beside those within it: those within it fit the quota."""
    if pl.total.kind != "count" or not _QUOTA.search(recall.bare(pl.total.subject)):
        return False
    inside = [v for p, v in zip(pl.parts, values)
              if not (_RETIRED.search(recall.bare(p.subject)) or _BESIDE_THE_SERVING.search(recall.bare(p.subject)))]
    return len(inside) < len(values) and interval_sum(inside).lo <= stated.hi


# people counted beside the serving staff in 基本数字表 (其他人员 apart from 在职、离休、退休)
_BESIDE_THE_SERVING = lazy(r"其他人员|编外|临聘|聘用|借调|劳务派遣")


def _ends_before(values, stated: Interval, stops) -> bool:
    """The list read as ending before the first part (after the first) that ``stops`` holds of, by its
    index: True when the parts before it fit within the whole (an open list may name only some)."""
    return next((interval_sum(values[:k]).lo <= stated.hi for k in range(1, len(values)) if stops(k)), False)


def _after_each_part(doc: NarrativeDoc, pl, last_end) -> list[tuple[Figure, int]]:
    """Each part with where its own words end: the next part, or for the last one ``last_end`` of it."""
    return list(zip(pl.parts, [p.start for p in pl.parts[1:]] + [last_end(pl.parts[-1].end)]))


def _rate_after(doc: NarrativeDoc, p: Figure, end: int) -> Figure | None:
    """The rate written right after a part, before ``end`` ("到位120万元，到位率100%")."""
    rate = next((g for g in doc.between(p.end, end) if g.kind == "percent"), None)
    return rate if rate is not None and not rate.approximate and (rate.subject or "").endswith("率") else None


def _closed_by_a_rate_of_the_whole(doc: NarrativeDoc, pl, values, stated: Interval) -> bool:
    """A part followed by its rate in the whole ("其中，水质达标的功能区有12个，达标率为75.0%") closes what the
    其中 says of the whole when the next item's figures make no such rate of it ("；对11个水库水功能区进行了评价，9个
    水库达标，达标率为81.8%": a statement of its own): True when the parts up to it fit within the whole."""
    stretches = _after_each_part(doc, pl, doc.sentence_end)

    def rate_after(k: int) -> Figure | None:
        p, end = stretches[k]
        rate = next((g for g in doc.between(p.end, end) if g.kind == "percent"), None)
        return rate if rate is not None and not rate.approximate else None

    def of_whole(k: int) -> bool:
        rate = rate_after(k)
        return rate is not None and (q := value_of(pl.parts[k]) / stated) is not None and value_of(rate).overlaps(q)

    def of_its_own(k: int) -> bool:
        # the next item's rate is of two figures of its own ("对11个水库…评价，9个水库达标，达标率为81.8%")
        rate, (p, end) = rate_after(k), stretches[k]
        own = [g for g in doc.between(p.start, end) if g.kind == p.kind and g.value and g.start < (rate.start if rate else 0)]
        return rate is not None and any((q := value_of(a) / value_of(b)) is not None and value_of(rate).overlaps(q)
                                        for a in own for b in own if a is not b)

    for k in range(len(pl.parts) - 1):
        if of_whole(k) and of_its_own(k + 1) and interval_sum(values[:k + 1]).lo <= stated.hi:
            return True
    return False


def _runs_into_a_rate_of_its_whole(doc: NarrativeDoc, pl, values, stated: Interval) -> bool:
    """A 其中 list read on into the operand of a rate of its whole ("调整后预算300万元，其中追加20万元，全年执行
    291万元，执行率97%"): that amount over the whole is the rate stated right after it, so it is another measure
    of the whole, not a part; True when the parts before it fit within the whole."""
    if not pl.total.value:
        return False
    stretches = _after_each_part(doc, pl, doc.sentence_end)

    def operand(k: int) -> bool:
        p, end = stretches[k]
        rate = _rate_after(doc, p, end)
        return rate is not None and (q := value_of(p) / value_of(pl.total)) is not None and value_of(rate).overlaps(q)

    return _ends_before(values, stated, operand)


def _measures_of_a_part_left_out(doc: NarrativeDoc, pl, values, stated: Interval) -> bool:
    """Parts of a 其中 list each followed by another amount and a rate of that amount over the part
    ("其中中央资金120万元，到位120万元，到位率100%；地方配套80万元，到位60万元，到位率75%"): such an amount
    is a measure of the part before it (what arrived, what was spent), not a part; True when the parts
    left without those fit within the whole."""
    stretches = _after_each_part(doc, pl, doc.sentence_end)
    kept, dropped = [values[0]], 0
    for k in range(1, len(pl.parts)):
        (p, end), before = stretches[k], pl.parts[k - 1]
        rate = _rate_after(doc, p, end)
        q = value_of(p) / value_of(before) if before.value else None
        if rate is not None and not _SEMICOLON.search(doc.view, before.end, p.start) and q is not None \
                and value_of(rate).overlaps(q):
            dropped += 1
            continue
        kept.append(values[k])
    return dropped > 0 and interval_sum(kept).lo <= stated.hi


def _a_measure_of_each_part(doc: NarrativeDoc, pl, values, stated: Interval) -> bool:
    """Parts whose items state a budget and an actual ("其中：一般公共服务支出年初预算650万元，决算600万元；
    社会保障和就业支出年初预算250万元，决算200万元；…"), the total naming neither: the list is of the total by
    either measure of each item; True when the least of each item's amounts fit within the whole."""
    if measure_of(pl.total.subject) is not None:
        return False
    least, other = [], False
    for k, (p, end) in enumerate(_after_each_part(doc, pl, doc.sentence_end)):
        own = measure_of(p.subject)
        alt = [count_value(g, pl.total) for g in doc.between(p.end, end)
               if own is not None and plain(g) and comparable(g, pl.total) and not g.approximate
               and measure_of(g.subject) not in (own, None)]
        other = other or bool(alt)
        least.append(min([values[k], *alt], key=lambda v: v.lo))
    return other and interval_sum(least).lo <= stated.hi


# the words right after a count, up to the next separator: what it counts as ("7个产业项目全部开工")
_WORDS_AFTER = lazy(r"[^、，,；;。\d]{0,12}")
# the stages a project count is of
_STAGES = lazy(r"开工|完工|竣工|建成|在建|新建|投产|整改|排查|申报|获批|验收|签约|落地|入库|启动")


def _measured_after_the_parts(doc: NarrativeDoc, pl, values, stated: Interval) -> bool:
    """Counts of projects by stage ("已开工39个,已完工14个,其中A镇7个产业项目全部开工、4个已完工,B镇6个…", "完工14个，其中
    甲镇开工11个、完工8个"): where the whole's own stage (完工), written before or after a part, names some parts and
    another stage the rest, the whole's parts are those of its stage; True when they fit within it."""
    stages = _STAGES.findall(recall.bare(pl.total.subject or ""))
    if not stages:
        return False
    mine, other = [], False
    for k, p in enumerate(pl.parts):
        found = _STAGES.findall((p.subject or "") + _WORDS_AFTER.match(doc.view, p.end).group())
        if stages[-1] in found:
            mine.append(values[k])
        elif found:
            other = True
        else:
            return False
    return bool(mine) and other and interval_sum(mine).lo <= stated.hi


def _runs_into_a_sibling(doc: NarrativeDoc, pl, values, stated: Interval) -> bool:
    """A 其中 list of an amount that is itself a listed part, read on into an amount named like that
    amount ("包括一般债务限额1.71亿元，其中：外债转贷0.5884亿元，专项债务限额4.4258亿元": 专项债务限额 is the
    sibling of 一般债务限额, not its part); True when the parts before it fit within the whole."""
    if list_of(doc, pl.total) is None:
        return False
    own = norm_name(pl.total.subject or "")
    return _ends_before(values, stated, lambda k: common_ending(norm_name(pl.parts[k].subject or ""), own) >= 2)


# the two sides of a split a whole is one side of ("城镇" and "乡村", "中央" and "地方")
_COUNTERPARTS = (("城镇", "乡村|农村"), ("城市", "农村|乡村"), ("城区", "乡村|农村|郊区"), ("中央", "地方"),
                 ("男", "女"), ("女", "男"), ("国有", "非国有|民营|民间"), ("内资", "外资"), ("境内", "境外"),
                 ("出口", "进口"), ("进口", "出口"))


def _runs_into_its_counterpart(pl, values, stated: Interval, over: bool) -> bool:
    """A 其中 list of one side of a split read on into the other side ("城镇实现零售额8.17亿元，其中城区5.8亿元；
    乡村实现零售额1.21亿元"): the other side is the whole's counterpart, not its part.  Over its whole: True when the
    parts before it fit; short of it: True (the parts left may be only some)."""
    whole = recall.bare(pl.total.subject or "")
    for side, other in _COUNTERPARTS:
        if side not in whole or re.search(other, whole) or any(side in (p.subject or "") for p in pl.parts):
            continue  # (not a split of the whole itself: "…和中央专项彩票公益金共投入资金…，其中中央资金…，地方资金…")
        stops = [k for k in range(1, len(pl.parts))
                 if re.search(other, recall.bare(pl.parts[k].subject or "")) and side not in (pl.parts[k].subject or "")]
        if stops:
            return not over or _ends_before(values, stated, lambda k: k in stops)
    return False


# a stock counted at a moment, and the flows of a year that change it
_STOCK = lazy(r"存栏|存量|余额|在校|在册|在园|在读|年末|期末|保有|库存|结存")
_FLOW = lazy(r"出栏|出售|销售|发放|毕业|招生|新增|新建|出生|死亡|收回|偿还|本年|当年|全年")


def _runs_into_a_flow(pl, values, stated: Interval) -> bool:
    """A 其中 list of a stock (存栏, 余额, 在校生…) read on into a flow of the year (出栏, 发放, 毕业生…) named without
    the stock's word: it is no part of the stock; True when the parts before it fit within the whole."""
    whole = recall.bare(pl.total.subject or "")
    stock = _STOCK.search(whole)
    if stock is None:
        return False
    return _ends_before(values, stated, lambda k: bool(_FLOW.search(recall.bare(pl.parts[k].subject or "")))
                        and stock.group() not in (pl.parts[k].subject or ""))


def _runs_into_the_retired(pl, values, stated: Interval) -> bool:
    """A 其中 list of the serving staff (在职人员, 在编人员…) read on into the retired ("在职人员24人，其中行政
    人员19人，退休人员10人，其中退休干部6人"): they are no part of it; True when the parts before them fit."""
    if pl.total.kind != "count" or not _SERVING.search(recall.bare(pl.total.subject or "")):
        return False
    return _ends_before(values, stated, lambda k: bool(_RETIRED.search(recall.bare(pl.parts[k].subject or ""))))


def _of_an_earlier_amount(doc: NarrativeDoc, pl, got: Interval) -> bool:
    """The items of one cut add up to an amount of the same unit written before the list's total in its paragraph
    ("实有职工50人，…；离退休人员23人，…；其中大学本科22人，专科21人，中专及高中以下7人": of the 50)."""
    return any(g.kind == pl.total.kind and g.unit == pl.total.unit and plain(g) and value_of(g).overlaps(got)
               for g in doc.between(doc.paragraph_start(pl.total.start), pl.total.start))


def _counted_by_several_cuts(pl, stated: Interval) -> list | None:
    """A 其中 list of counts whose items are of different attribute cuts (``recall.COUNT_CUTS``: 私营 and 高新技术, 女性 and
    党员): the items may overlap, the sum is no whole.  None when they are not such a list; else the items of the first cut
    that go past the whole (a cut of no attribute among them), [] when each cut is within it."""
    if pl.total.kind != "count" or len(pl.parts) < 2:
        return None
    whole = recall.cuts_of(recall.bare(pl.total.subject or ""))
    cuts = [recall.cuts_of(recall.bare(p.subject or "")) - whole for p in pl.parts]
    if len({c for c in cuts if c}) < 2:
        return None   # (two cuts at least: "用人单位…，个体工商户…" are kinds of one count, not attributes across it)
    # (the items of one cut are still parts of the whole: "其中男性22人，女性20人，党员15人" of 40 — 男 and 女 are 42)
    by_cut: dict[frozenset, list] = {}
    for p, c in zip(pl.parts, cuts):
        by_cut.setdefault(c, []).append(p)
    return next((items for items in by_cut.values()
                 if interval_sum(count_value(p, pl.total) for p in items).lo > stated.hi), [])


_SERVING = lazy(r"在职|在编|在岗")
_RETIRED = lazy(r"退休|离休|遗属")


def _runs_into_what_was_done(pl, values, stated: Interval) -> bool:
    """A 其中 list of a planned amount (预算, 计划, 下达, 编制…) read on into what was done with it ("项目预算
    180万元，其中中央资金100万元，已支出176.4万元"; "编制数25人，其中行政编制20人，实有人数24人"), or of what was
    done read on into the plan: that amount is another measure of the whole, not a part; True when the parts
    before it fit within the whole."""
    whole = recall.bare(pl.total.subject or "")
    names = [recall.bare(p.subject or "") for p in pl.parts]
    if _DONE.match(whole) and not _PLANNED.search(whole):
        # the other way round: "实有人数24人，其中行政人员19人，编制数25人"; "得分95分，其中…，满分100分"
        return _ends_before(values, stated, lambda k: bool(_PLANNED_FIRST.match(names[k])))
    if not _PLANNED.search(whole) or _DONE.match(whole):
        return False
    stem = _PLANNED.sub("", whole)

    def done(k: int) -> bool:
        # named as what was done ("已支出", "实有人数", "自评得分"), or as the whole done ("收入预算…，收入决算")
        name = names[k]
        return not _PLANNED.search(name) and bool(_DONE.match(name) or stem and _DONE.search(name) and _DONE.sub("", name) == stem)

    return _ends_before(values, stated, done)


# a whole named as planned, and an amount named as what was done with it
_PLANNED = lazy(r"预算|计划(?!生育)|安排|下达|批复|编制|核定|总投资|申请|分值|满分|总分")
_PLANNED_FIRST = lazy(r"(?:年初|全年|年度|调整后)?(?:预算|编制|核定|批复|满分|分值|总分|目标|计划(?!生育))")
_DONE = lazy(r"(?:全年|本年度?|当年|年度|截至年底|截至年末|年末)?(?:资金|经费)?(?:实际|已经?|累计|共|自评)?"
             r"(?:执行|支出|到位|拨付|完成|使用|实有|发放|支付|决算|得分)")


_A_YEARS_NAME = lazy(r"(?:上年|去年|上一年|上年度|上年同期|同期|本年|今年|当年|\d{4}年)")


def _named_as_the_whole(doc: NarrativeDoc, pl, stated: Interval) -> bool:
    """Whether the amounts of the list's sentence after its marker named exactly as the whole, at least two and fewer
    than its amounts (each beside an amount named otherwise), add up to it."""
    name = norm_name(pl.total.subject)
    if len(name) < 3 or _A_YEARS_NAME.match(name):
        return False   # (not "上年为…": last year's figures beside this year's are no measure of their own)
    amounts = [g for g in doc.between(pl.marker, doc.sentence_end(pl.marker)) if g.kind == "amount" and plain(g)]
    named = [g for g in amounts if norm_name(g.subject) == name]
    return 2 <= len(named) < len(amounts) and interval_sum(value_of(g) for g in named).overlaps(stated)


def _consolidated(pl, excess: Interval) -> bool:
    """Whether another measure the same items break down has its parts over its whole by the same sum (both over)."""
    for other in pl.measures:
        if other is pl or not other.parts:
            continue
        theirs = interval_sum(value_of(p) for p in other.parts) - value_of(other.total)
        if theirs.lo > 0 and theirs.overlaps(excess):
            return True
    return False


def _split_before(doc: NarrativeDoc, whole: Figure, last: Figure) -> bool:
    """Whether the plain figures from the one after ``whole`` up to ``last`` add up to ``whole`` exactly: the whole
    was already split into them ("在岗职工93人，有在职在编70人，临聘人员23人"), ``last`` the last of its parts."""
    parts = [g for g in doc.between(whole.end, last.end) if plain(g) and not g.approximate and g.kind == whole.kind
             and comparable(g, whole)]
    return len(parts) >= 2 and parts[-1] is last and interval_sum(value_of(g) for g in parts).overlaps(value_of(whole))


def _amount_the_parts_make(doc: NarrativeDoc, pl, computed: Interval) -> Figure | None:
    """An amount of the 其中 list's own sentence, before its whole, that the parts add up to ("三公经费
    预算15万元，实际支出12.5万元，其中：公务接待费5万元，公务用车运行维护费10万元"; the list may break down
    the budget written first); None if there is none."""
    if pl.kind != "其中":
        return None
    flows = set().union(*(_flows_named(p.subject or "") for p in pl.parts))
    start = doc.sentence_start(pl.total.start)
    if _LAST_YEAR.match(pl.total.subject or "") and start > doc.paragraph_start(start) \
            and not any(_LAST_YEAR.search(p.subject or "") for p in pl.parts):
        # "…预算数8.86亿元，比上年增加0.41亿元。上年预算数8.45亿元。其中：甲市…4.65亿元；乙县…4.21亿元": last year's
        # figure told in a sentence of its own; the list may break down this year's, of the sentence before (not
        # when its items are named as last year's: "上年预算数8.45亿元。其中：上年甲市…" are that year's parts)
        start = doc.sentence_start(start - 1)
    for g in doc.between(start, pl.total.start):
        if plain(g) and not g.approximate and g.value and g.kind == pl.total.kind and comparable(g, pl.total) \
                and list_of(doc, g) is None and computed.overlaps(value_of(g)) \
                and not ((own := set(_flows_named(g.subject or ""))) and own.isdisjoint(flows)):
            return g  # (not a 收入 amount for 支出 parts: "本年收入合计…，本年支出合计…，其中基本支出…，项目支出…")
    return None


def _of_the_figure_compared(doc: NarrativeDoc, pl, computed: Interval) -> bool:
    """A 其中 right after last year's figure of an item ("公务用车运行维护费8万元，上年9万元，其中燃油费3万元、
    维修费2万元…"; "基本支出320万元，上年为300万元，其中：人员经费…") may be of the item's own figure, the
    amount just before it in the clause: True when the parts add up to that one."""
    total = pl.total
    compared = _COMPARED_YEAR.match(total.subject or "")
    if pl.kind != "其中" or not (compared or total.year):
        return False
    prior = doc.before(total, limit=1)
    if not prior:
        return False
    g = prior[0]
    if g.start < doc.sentence_start(total.start) or _SEMICOLON.search(doc.view, g.end, total.start) \
            or g.kind != total.kind or not comparable(g, total) or not plain(g) or g.approximate or not g.value:
        return False
    if not compared and (g.year is None or g.year <= total.year or g.subject != total.subject):
        # "2023年预算300万元，2022年预算400万元，其中：…": the same item of an earlier year told beside it, as 上年
        return False
    return computed.overlaps(value_of(g))


# the whole of a 其中 named only as last year's ("上年9万元", "上年为300万元", "去年同期"): a comparison
_COMPARED_YEAR = lazy(r"(?:上年|去年|上一年|上年度)(?:同期)?(?:数|决算数?|预算数?)?(?:为|是)?$")


# an amount per head, per pupil, per household: "人均", "生均", "户均", "平均", "每人"
_AVERAGE = lazy(r"[人生户车床月年日]均|平均|每人|每户")
_EACH_BEFORE = lazy(r"(?:各|分别)(?:为|是|计|有|安排|补助|下达|分配|拨付|奖励|补贴|支持)?(?:资金)?\s*$")
# "对高陵区、周至县每县安排5000万元": an amount for each of the places named before it
_PER_PLACE_BEFORE = lazy(r"每个?[省市县区旗乡镇村街社所校院户家]{1,2}\s*(?:安排|补助|下达|奖励|拨付|分配|补贴|支持)?(?:资金)?\s*$")


def _each_of_several_holds(doc: NarrativeDoc, parts: list[Figure], computed: Interval, stated: Interval, total: Figure) -> bool:
    """A part written as what each of several items has ("援藏援疆各50万元", "对高陵区、周至县每县安排5000万元"): the
    list holds when that part counted for two or more items (up to ten) makes the sum."""
    for p in parts:
        if _EACH_BEFORE.search(doc.view, max(0, p.start - 8), p.start) \
                or _PER_PLACE_BEFORE.search(doc.view, max(0, p.start - 10), p.start):
            one = count_value(p, total)
            if any((computed + one.scale(k - 1)).overlaps(stated) for k in range(2, 11)):
                return True
    return False


def _named_as_its_kinds(total: Figure, parts: list[Figure]) -> bool:
    """Every part named with the last word of the whole's name ("农林牧渔业总产值…，其中：农业产值…，林业
    产值…"; "各项存款余额…，其中，储蓄存款…；单位存款…")."""
    head = _BALANCE.sub("", norm_name(total.subject or ""))[-2:]
    if len(head) == 2 and all(norm_name(p.subject or "").endswith(head) for p in parts):
        return True
    # each part named by a word of one breakdown that is complete by definition ("三公经费…，其中：公务接待费…；
    # 公务用车运行维护费…"): members of a known breakdown of the whole, some of them
    names = [p.subject or "" for p in parts]
    if any(all(sum(w in n for w in words) == 1 for n in names) and len({next(w for w in words if w in n) for n in names}) == len(names)
           for words in COMPLETE_LISTS):
        return True
    # each part a different kind of the account the whole names ("税收收入70288万元。其中：增值税…；企业所得税…；个人所得税…")
    return kinds_of_an_account(norm_name(total.subject or ""), [norm_name(n) for n in names])


_BALANCE = lazy(r"余额$")


def _own_shares(doc: NarrativeDoc, pl) -> list[tuple[Figure, Figure]] | None:
    """Each part with the share it states of the whole right after it ("财政拨款448.87万元，占总收入的
    33.61%；…"); None unless every part states one."""
    out = []
    for p, end in _after_each_part(doc, pl, doc.clause_end):
        own = next((g for g in doc.between(p.end, end) if g.kind == "percent" and g.relation == "占"
                    and not g.approximate and numerator(doc, g) is p), None)
        if own is None:
            return None
        out.append((p, own))
    return out


def _shares_say_some_are_left_out(doc: NarrativeDoc, pl) -> bool:
    """Every part states its share of the whole, and the shares add up to less than 100 %: by the
    text's own words the list leaves parts out, whatever its names ("其中：财政拨款(补助)448.87万元，占总
    收入的33.61%；非税收入拨款0万元，占总收入的0.00%；其他收入0万元，占总收入0.00%")."""
    shares = _own_shares(doc, pl)
    return shares is not None and interval_sum(value_of(s) for _, s in shares).hi < 1


def _other_measure_over_too(doc: NarrativeDoc, pl) -> bool:
    """Each part's item states, before the part, another amount of the kind the whole's sentence states before the
    whole (what was done beside the task: "省外到位资金60.4亿元，…，完成…任务数65.85亿元"), and those amounts too add up
    past the whole's: the parts overlap by the text's own figures."""
    def before(lo: int, f: Figure) -> Figure | None:
        found = [g for g in doc.between(lo, f.start) if plain(g) and g.kind == f.kind and comparable(g, f)
                 and not g.approximate and not in_brackets_between(doc.view, lo, g.start)]
        return found[-1] if found else None

    own = before(doc.sentence_start(pl.total.start), pl.total)
    if own is None or len(pl.parts) < 2:
        return False
    others, lo = [], pl.marker
    for p in pl.parts:
        g = before(lo, p)
        if g is None or any(g is q for q in pl.parts):
            return False
        others.append(g)
        lo = p.end
    if names_a_complete_group([(g.subject or "") + (p.subject or "") for g, p in zip(others, pl.parts)]):
        return False   # (基本支出 and 项目支出, the 三公 items: kinds that cannot overlap, whichever measure is summed)
    return interval_sum(value_of(g) for g in others).lo > value_of(own).hi


def _shares_say_the_parts_overlap(doc: NarrativeDoc, pl) -> bool:
    """Every part states its share of the whole, each share is the part over the written whole, and
    the shares add up past 100 %: by the text's own words the parts overlap."""
    whole = value_of(pl.total)
    if whole.lo <= 0 or (shares := _own_shares(doc, pl)) is None:
        return False
    if not all((q := value_of(p) / whole) is not None and value_of(s).overlaps(q) for p, s in shares):
        return False
    return interval_sum(value_of(s) for _, s in shares).lo > 1


def _statements_of_their_own(doc: NarrativeDoc, pl) -> bool:
    """Every part of the list followed, before the next part, by a growth rate of its own
    ("其中：国税686万元，增长31.7%；地税8617万元，增长25.3%")."""
    return all(any(g.kind == "percent" and g.relation in CHANGE for g in doc.between(p.end, e))
               for p, e in _after_each_part(doc, pl, doc.sentence_end))


def _whole_in_the_sentence_before(doc: NarrativeDoc, pl, computed: Interval) -> Figure | None:
    """A "其中" opening a new sentence parts one amount of the sentence before, which one the text does
    not say ("2023年收入252.36万元，2022年收入200.12万元。其中：财政拨款收入113.68万元；事业收入98.3万元"): the
    other plain amounts of that sentence that the parts fit within (an open list may name only some parts),
    those they add up to first; None if there are none."""
    if pl.kind != "其中" or doc.sentence_start(pl.marker) <= pl.total.start:
        return None
    kinds_of_total = _named_as_its_kinds(pl.total, pl.parts)
    # the total itself a part of a list of that sentence ("年初预算数1776.31万元，其中教育支出1604.34万元，社会保障和
    # 就业支出171.97万元。包括工资福利支出…、其他支出…"): the new list may break down that list's whole another way
    outer = own.total if (own := list_of(doc, pl.total)) is not None else None
    start = doc.sentence_start(pl.total.start)
    # the total's sentence itself a list of an amount before it ("项目总投资157万元。其中：A 39.3万元，B 117.7万元。
    # 其中C项目87万元，D项目70万元"): the new list may break down that amount another way
    before = [outer] if outer is not None and outer.start < start and plain(outer) else []
    fits = [g for g in before + doc.between(start, pl.total.start)
            if plain(g) and not g.approximate and g.kind == pl.total.kind and comparable(g, pl.total)
            and computed.lo <= value_of(g).hi
            # parts named as kinds of the total ("负债总额…。其中：流动负债…") are its parts, unless they are
            # named as kinds of the other amount as well
            and (not kinds_of_total or g is outer or _named_as_its_kinds(g, pl.parts))]
    return next((g for g in fits if computed.overlaps(value_of(g))), fits[0] if fits else None)


def _of_the_whole_its_share_names(doc: NarrativeDoc, pl, computed: Interval) -> bool:
    """"资产总额1250.36万元，负债总额210.50万元，净资产1039.86万元，其中固定资产830.24万元，占资产总额的66.4%，
    流动资产420.12万元": a 其中 list whose first part states its share of another amount of the sentence,
    named there, than the total it was bound to, may be the list of that amount; over its total, it is
    not wrong when the parts fit in that one."""
    first = pl.parts[0]
    k = doc.position(first) + 1
    f = doc.figures[k] if k < len(doc.figures) else None
    if f is None or f.kind != "percent" or f.relation != "占" or numerator(doc, f) is not first:
        return False
    whole = share_whole(f.of)
    if len(whole) < 2 or norm_name(pl.total.subject or "") == whole:
        return False
    start = doc.sentence_start(pl.total.start)
    named = [g for g in doc.between(start, pl.total.start) if plain(g) and comparable(g, pl.total)
             and not g.approximate and norm_name(g.subject or "") == whole]
    return len(named) == 1 and computed.lo <= value_of(named[0]).hi


_ANY_MEASURE = lazy(r"资金|收入|支出|经费|拨款|投资")
_FLOWS = ("收入", "支出")
# a flow named in full or, before another, by its first character ("收、支总计", "收支总计")
_FLOW_NAMED = {"收入": lazy(r"收入|收(?=[、和与及]?支)"), "支出": lazy(r"支出|(?<=[收、和与及])支")}
_BARE_BEFORE = lazy(r"\d[\d,]*(?:\.\d+)?\s*[、，,和与及]\s*$")


def _flows_named(text: str) -> list[str]:
    """The flows (收入, 支出) a text names, in the order it names them."""
    at = {w: m.start() for w, rx in _FLOW_NAMED.items() if (m := rx.search(text))}
    return sorted(at, key=at.get)


_TAKEN_OUT = lazy(r"剔除|扣除|减去|减除|扣减")


def _less_what_is_taken_out(doc: NarrativeDoc, pl, values: list[Interval], stated: Interval) -> bool:
    """Three parts running A, B, C where B is taken out of A ("剔除上划市级收入B", "扣除…B") and A less B is C:
    C is what A comes to without B, written after them; read with C alone (A and B left out), the list holds."""
    parts = pl.parts
    for i in range(1, len(parts) - 1):
        if not _TAKEN_OUT.search(doc.view, parts[i - 1].end, parts[i].start):
            continue
        if not (values[i - 1] - values[i]).overlaps(values[i + 1]):
            continue
        if interval_sum(values[:i - 1] + values[i + 1:]).overlaps(stated):
            return True
    return False


def _wholes_of_each_flow(doc: NarrativeDoc, pl) -> list[tuple[Figure | None, list[Figure]]] | None:
    """A 其中 list whose parts are of both flows after a sentence naming both ("收入总计1523.26万元，支出总计
    1523.26万元，其中本年收入1500万元，本年支出1400万元"; "收入、支出分别为100万元、90万元，其中…"; "收入总计和
    支出总计均为500万元，其中…") breaks down one whole per flow: each flow's parts with its whole (None when the
    text gives no figure of its own for it, "各是4125.49、4143.91万元"), or None when the list is not so."""
    if pl.kind != "其中":
        return None
    groups: dict[str, list[Figure]] = {w: [] for w in _FLOWS}
    flow = None
    for p in pl.parts:
        named = _flows_named(recall.bare(p.subject))
        if len(named) > 1 or not named and flow is None:
            return None
        flow = named[0] if named else flow   # "本年收入1500万元，上年结转23.26万元；本年支出…": of the flow before
        groups[flow].append(p)
    if not all(groups.values()):
        return None
    start = doc.sentence_start(pl.total.start)
    if _flows_named(doc.view[start:pl.marker]) != list(_FLOWS) and _flows_named(doc.view[start:pl.marker]) != list(_FLOWS)[::-1]:
        return None
    wholes: dict[str, Figure | None] = {}
    figs = [g for g in doc.between(start, pl.marker) if plain(g) and not g.approximate and g.kind == pl.total.kind
            and not any(h.relation in CHANGE for h in run_of(doc, g))]   # "分别比上年增加10万元、5万元"
    for g in figs:
        named = _flows_named(recall.bare(g.subject))
        if len(named) == 1 and len(run_of(doc, g)) == 1:
            wholes[named[0]] = g   # "收入总计1523.26万元，支出总计…"
    if len(wholes) < 2 and figs:
        last = figs[-1]
        order = _flows_named(doc.view[doc.clause_start(run_of(doc, last)[0].start):last.start]) or \
            _flows_named(doc.view[start:last.start])
        run = run_of(doc, last)
        if len(run) == len(order) == 2:
            wholes = dict(zip(order, run))   # "收入、支出分别为100万元、90万元"
        elif len(run) == 1 and len(order) == 2 and _BARE_BEFORE.search(doc.view, start, last.start):
            wholes = {order[1]: last}        # "收、支总计各是4125.49、4143.91万元": the first not read as a figure
        elif len(run) == 1 and len(order) == 2 and re.search(r"均为|均是|都是|都为", doc.view[start:last.start]):
            wholes = dict.fromkeys(order, last)   # "收入总计和支出总计均为500万元"
    if not wholes:
        return None
    return [(wholes.get(w), groups[w]) for w in _FLOWS]


def _earlier_whole(doc: NarrativeDoc, pl, computed: Interval) -> bool:
    """A 其中 over the figure right before it may be of an earlier figure of its sentence named like
    its parts ("共有在职人员25人，退休人员10人，其中：行政人员15人，事业人员10人"; "支出合计1180万元，较上年
    增加130万元，一是…120万元，二是…10万元。其中：基本支出800万元，项目支出380万元"): True when the
    parts add up to that figure (only staying within it is no reading: a nested list may be of a part)."""
    if pl.kind != "其中":
        return False
    ends = {recall.bare(p.subject)[-2:] for p in pl.parts}
    measures = [set(_ANY_MEASURE.findall(recall.bare(p.subject))) for p in pl.parts]
    shared = set.intersection(*measures) if measures else set()

    def named_alike(g: Figure) -> bool:
        name = recall.bare(g.subject)
        if len(ends) == 1 and "" not in ends and name.endswith(next(iter(ends))):
            return True  # "在职人员" of "行政人员、事业人员"
        own = set(_ANY_MEASURE.findall(name))
        if len(own) == 1 and own <= shared:
            return True  # "支出合计" of "基本支出、项目支出"
        # "基本支出" of "人员经费、公用经费": any amount but one of the other flow (收入 for 支出 parts)
        flows = {w for w in own if w in _FLOWS}
        return bool(flows) and all(m & set(_FLOWS) <= flows for m in measures)

    for g in doc.between(doc.sentence_start(pl.total.start), pl.total.start):
        if g is pl.total or not plain(g) or g.approximate or g.kind != pl.total.kind or not comparable(g, pl.total) \
                or not named_alike(g):
            continue
        if computed.overlaps(value_of(g)):
            return True
    return False


_SEMICOLON = lazy(r"[；;]")


def _sole_clause_holds(doc: NarrativeDoc, pl, values, stated) -> bool:
    """An inline 其中 list ("其中A…；B…；C…", 其中 run on into A's name, no colon or comma) over its whole
    only once the parts of its later semicolon items are added, while the parts of its own semicolon item
    fit within the whole."""
    if pl.kind != "其中" or not _QIZHONG_ON_ITS_ITEM.match(doc.view, pl.marker):
        return False  # ("其中，A…；B…" and "其中：A…；B…" open a list: every item is its part)
    semi = _SEMICOLON.search(doc.view, pl.marker, pl.parts[-1].start)
    if semi is None:
        return False
    own = [v for p, v in zip(pl.parts, values) if p.start < semi.start()]
    if not own or interval_sum(own).lo > stated.hi:
        return False
    # "其中基本支出600万元，…；项目支出500万元": items of one known breakdown are siblings, never two readings
    groups = [{ws for ws in CHANGE_GROUPS + _ONE_CUT if any(w in (p.subject or "") for w in ws)} for p in pl.parts]
    first = set().union(*(g for p, g in zip(pl.parts, groups) if p.start < semi.start()))
    if any(first & g for p, g in zip(pl.parts, groups) if p.start > semi.start()):
        return False
    # each later item a statement of its own, with its own rate or share ("民间投资58.2亿元，占全部投资的48.3%"),
    # not a bare item of a list ("其中平台企业3户；商贸企业19户；工业企业34户")
    later = [p for p in pl.parts if p.start > semi.start()]
    return all(any(g.kind == "percent" for g in doc.between(p.end, _item_end(doc, p.end))) for p in later)


# items of one breakdown that need not be all of their whole (so not in CHANGE_GROUPS): the taxes by collector (a
# 财政总收入 also holds what the finance bureau collects), the three sectors, the two kinds of local debt
_ONE_CUT = (("国税", "地税"), ("一产", "二产", "三产"), ("一般债", "专项债"))


def _item_end(doc: NarrativeDoc, at: int) -> int:
    """Where the semicolon item holding ``at`` ends: its semicolon, or the end of its sentence."""
    end = doc.sentence_end(at)
    semi = _SEMICOLON.search(doc.view, at, end)
    return semi.start() if semi else end
_INLINE_QIZHONG = lazy(r"(?:其中|包括)\s*[^\s：:]")  # ("实有人员53人，包括在职人员53人，离退休人员13人" too)
# lists whose parts the text delimits itself: numbered lines, 一是…二是…, a bracket after the whole
_DELIMITED = ("lines", "ordinal", "bracket")
_QIZHONG_ON_ITS_ITEM = lazy(r"其中[\u4e00-\u9fff“]")   # "其中工业投资…": 其中 run on into its item's name
_NOUN = lazy(r"[\u4e00-\u9fff]{1,4}")


# the level an amount was brought to ("追加到", "调整至", "增加到")
_LEVEL_REACHED = lazy(r"(?:增加|增长|提高|上升|下降|减少|降低|压减|缩减|调减|调增|调整|下调|上调|追加|追减)(?:到|至|为)\s*$")


def _noun(doc: NarrativeDoc, f: Figure) -> str:
    """What a count counts when written right after it ("4个院区" → 院区), else ""."""
    m = _NOUN.match(doc.view, f.end)
    return m.group() if m else ""


_COUNTED_TAIL = lazy(r"(?:共|总|合计|共计|总数|数量|数)+$")


def _one_kind_to_the_end(doc: NarrativeDoc, parts: list[Figure]) -> bool:
    """Three parts or more named by places of one level ("三湾村…，庙沟村…，大义村…，陈家村…") or by a unit's income
    sources, set apart by one
    separator, with nothing after the last but the sentence's end: a split by place that does not run on past
    them (kinds of a thing may not all be its parts: "…对象404人:其中伤残家庭…198人,死亡家庭…206人,手术并发症对象3人")."""
    if len(parts) < 3:
        return False
    names = [recall.bare(p.subject or "") for p in parts]
    # (or by a unit's income sources, "一般公共预算拨款…，政府性基金预算拨款0.00万元，…，事业收入3.00万元": the
    # budget template's whole list)
    sources = all(INCOME_SOURCE.search(n) for n in names)
    if not all(names) or not sources and (len({n[-1] for n in names}) != 1 or not _PLACE_LEVEL.search(names[0])):
        return False
    gaps = {doc.view[a.end:b.start].replace(n, "").strip() for a, b, n in zip(parts, parts[1:], names[1:])}
    if len(gaps) != 1 or not gaps <= {"，", ",", "、", "；", ";"}:
        return False
    return not doc.view[parts[-1].end:doc.sentence_end(parts[-1].end)].strip(" 。.；;\n")


_PLACE_LEVEL = lazy(r"(?:村|镇|乡|县|区|市|州|旗|盟|社区|街道)$")


def _other_nouns(doc: NarrativeDoc, total: Figure, parts: list[Figure]) -> bool:
    """The total counts a thing named after it and some part counts another: the thing named after the
    part, or else the last word of its name ("涉及303个行政村…，其中，…财政奖补项目32个": 项目, not 行政村)."""
    mine = _noun(doc, total)

    def counted(p: Figure) -> str:
        return _noun(doc, p) or norm_name(p.subject or "")[-2:]

    if not mine and total.unit == "个":
        # "部门预算单位共1个，包含附设幼儿园1个…；…内设机构2个": 个 names no kind, the names do; a part
        # opening a semicolon item of its own, its name sharing no character with the total's, counts
        # another thing (parts apart by commas may be named by place: "村民小组12个，其中：东村5个，西村4个")
        own = _COUNTED_TAIL.sub("", norm_name(total.subject or ""))[-2:]
        return len(own) == 2 and any((n := counted(p)) and not set(n) & set(own)
                                     and re.search(r"[；;]", doc.view[q.end:p.start])
                                     for q, p in zip([total, *parts], parts))

    # (the same kind of thing ends with the same word: 贫困村 and 行政村, 东院区 and 院区)
    return bool(mine) and any((n := counted(p)) and not (n.startswith(mine) or mine.startswith(n) or n[-1] == mine[-1])
                              for p in parts)


def _changes_of_parts(r: Rule, doc: NarrativeDoc) -> Iterable[Finding]:
    """The changes of the parts against one base add up to the change of their total.  An error
    only when the parts name every part of the total by definition and each states its change;
    a warning when a part is stated without a change (taken as unchanged), or when the parts
    alone, all changing the same way, already change more than the total."""
    for cl in change_lists(doc):
        d = value_of(cl.total)
        stated = d if cl.sign > 0 else d.scale(-1)
        signed = [value_of(g) if s > 0 else value_of(g).scale(-1) for g, _, s in cl.parts]
        computed = interval_sum(signed)
        if computed.overlaps(stated):
            continue
        if any(interval_sum(v for v, (g, _, _) in zip(signed, cl.parts)
                            if not any(g is n for group in cl.nested[:j] for n in group)).overlaps(stated)
               for j in range(1, len(cl.nested) + 1)):
            continue  # the next parts belong to a nested 其中 (up to some item): the list holds without them
        names = [n for _, n, _ in cl.parts]
        if cl.unknown or _bases_of_another_kind(doc, cl):
            continue
        words = next((ws for ws in CHANGE_GROUPS if all(_word_of(n, ws) for n in names)), None)
        if (_AVERAGE.search(cl.total.subject or "") or any(_AVERAGE.search(n or "") for n in names)) \
                and not (words is not None and {_word_of(n, words) for n in names} == set(words)):
            continue  # "月均收入比上年增加360元，其中外出农民工月均收入增加464元，…": averages' changes do not add up
            # (the averages of groups); an average split by its sources (人均可支配收入 into 工资性、经营净、财产净、
            # 转移净收入, all four) is one average's parts, whose changes do
        unchanged = []
        if words is not None:
            covered = {_word_of(n, words) for n in names}
            unchanged = [g for g in cl.unchanged if _word_of(g.subject, words) not in covered | {None}]
            covered |= {_word_of(g.subject, words) for g in unchanged}
            if all(car_purchase_only(n) for n in names + [g.subject for g in unchanged] if _word_of(n, words) == "公务用车"):
                covered.discard("公务用车")   # "…公务用车购置费减少334万元": the car's running left out
            complete = covered == set(words)
        else:
            complete = False
        same_way = all(s == cl.sign for _, _, s in cl.parts)
        zeros, fell, bounded = [], None, False
        if complete and any(_runs_off_the_text(doc, g) for g in unchanged):
            continue  # the text stops right after a part, before its change ("…公务用车购置及运行维护费为1012万元、")
        if complete:
            severity = "warning" if unchanged else None
            if unchanged and all(g.value == 0 for g in unchanged):
                # "因公出国(境)费支出0万元" with no change said: it can only have fallen (to 0) or stayed
                if (stated - computed).hi < 0:
                    fell = computed - stated  # a fall of the part at 0 by this much makes up the rest: a warning
                else:
                    severity, zeros, unchanged = None, unchanged, []
        elif same_way and (computed.lo > stated.hi if cl.sign > 0 else computed.hi < stated.lo):
            severity = "warning"
            if cl.sign < 0 and words is not None:
                # the parts not listed are 0 now: their changes can only add to the decrease
                zeros = recall.zero_now(doc, cl.total, words, set(words) - covered)
                severity = None if zeros else severity
        elif stated.lo > computed.hi and not cl.unchanged and _levels_add_up(doc, cl):
            # "收入4669万元，比去年增收681万元。其中，工商税收208万元，减收87万元；补助收入4461万元，增收714万元":
            # the parts' levels make the whole's, so anything else is 0 now and could only have fallen; the whole
            # cannot have risen by more than its parts did
            severity, bounded = None, True
        else:
            continue
        subject = _subject_of_change(doc, cl.total)
        assumed = "（按{}未变计）".format("、".join(g.subject for g in unchanged)) if unchanged else ""
        if bounded:
            assumed = "；这几项现在的数相加正是总数，别的项现为 0，只可能减少，总数的增加不会多于这几项"
        if zeros:
            assumed = "，而{}为 0，其增减只可能是减少或不变".format("、".join(g.subject for g in zeros))
        elif complete and fell is not None:
            assumed = "（按{}未变计；它现为 0，若上年为 {} 即减少了这么多，则相符）".format(
                "、".join(g.subject for g in unchanged), _in_unit(abs(fell), cl.total))
        yield r.finding("changes", severity=severity, names="、".join(names),
                        narrative=[span(cl.total), *(span(g) for g, _, _ in cl.parts)],
                        expected=round(float(computed.mid), 4), actual=cl.total.value, subject=subject,
                        against=cl.against, direction="增加" if cl.sign > 0 else "减少", total_text=cl.total.text,
                        computed=_signed(computed, cl.total), assumed=assumed)


_KIND_OF_FIGURE = lazy(r"决算|预算")


def _bases_of_another_kind(doc: NarrativeDoc, cl) -> bool:
    """"2017年“三公”经费预算116.2万元，比2016年年终决算127.17万元减少10.97万元。其中：A 5万元，比2016年增加5万元；…": the
    whole, a budget, changed against last year's 决算 as its comparison says; its parts' changes, against "2016年" alone,
    may be against last year's budget, as the whole is: changes on two bases, which need not add up."""
    said = _KIND_OF_FIGURE.findall(own_comparison(doc, cl.total))
    level = changed_figure(doc, cl.total)
    if not said or level is None:
        return False
    own = _KIND_OF_FIGURE.findall(level.subject or "")
    if not own or own[-1] == said[-1]:
        return False
    return not any(said[-1] in own_comparison(doc, g) for g, _, _ in cl.parts)


def _levels_add_up(doc: NarrativeDoc, cl) -> bool:
    """Whether the levels the parts' changes are of add up to the level the whole's change is of: the
    parts are then every part of the whole now (each level written, plain, in one sentence with its change)."""
    whole = changed_figure(doc, cl.total)
    levels = [changed_figure(doc, g) for g, _, _ in cl.parts]
    if whole is None or not plain(whole) or any(x is None or not plain(x) or not comparable(x, whole) for x in levels) \
            or len({x.start for x in levels}) < len(levels) or any(x is whole for x in levels) or len(levels) < 2:
        return False
    return interval_sum(value_of(x) for x in levels).overlaps(value_of(whole))


def _runs_off_the_text(doc: NarrativeDoc, last: Figure) -> bool:
    """The text ends within the list: after its last part only a separator, or words with no end of sentence before
    the text stops (an excerpt or a page cut mid-item: "…辅导家禽业者改善禽舍等11億元、强化森林防减灾预警机制等10")."""
    return _NOT_A_SEPARATOR.search(doc.view, last.end) is None \
        or _SENTENCE_STOP.search(doc.view, last.end) is None   # (not a copy of the rest of the text)


_NOT_A_SEPARATOR = lazy(r"[^ \t\r\n，,、；;]")
_SENTENCE_STOP = lazy(r"[。！？!?；;]")


def _ends_in_a_bracket(doc: NarrativeDoc, last: Figure) -> bool:
    """The sentence the list was read in ends inside a bracket opened after its last part."""
    end = doc.sentence_end(last.end)
    return end < len(doc.view) and in_brackets_between(doc.view, last.end, end)


# an amount named after a comma inside a semicolon item ("；B 304.35万元，C 1666.85万元，均较上年零增长")
# (a year may open the name: "…；2023年项目支出300万元，2023年经营支出100万元")
_NAMED_AFTER_A_COMMA = lazy(r"[，,、]\s*(?:\d{4}\s*年度?)?[^\d，,、；;。（()）]{2,20}$")


def _more_amounts_in_its_items(doc: NarrativeDoc, pl, computed: Interval, stated: Interval) -> bool:
    """A list parted at semicolons whose items name, after the first, more amounts of the whole's kind,
    each after a comma under a name of its own; or any list with an amount run straight on from the
    unit of the one before under a name of its own, its separator lost ("…资金948万元共同富裕专项基金
    1000万元，…"): read with those too, it holds."""
    view = doc.view
    if pl.kind not in ("其中", "lines"):
        return False
    semis = bool(_SEMICOLON.search(view, pl.marker, pl.parts[-1].start))
    taken = {p.start for p in pl.parts}
    extra = []
    for p, end in _after_each_part(doc, pl, doc.sentence_end):
        semi = _SEMICOLON.search(view, p.end, end)
        for g in doc.between(p.end, semi.start() if semi else end):
            if g.start in taken or not (plain(g) and comparable(g, pl.total)) or in_brackets_between(view, p.end, g.start):
                continue
            if semis and _NAMED_AFTER_A_COMMA.search(view, max(p.end, g.start - 22), g.start) \
                    or _NAMED_AFTER_A_UNIT.search(view, max(p.end - 1, g.start - 12), g.start):
                extra.append(g)
    return bool(extra) and (computed + interval_sum(value_of(g) for g in extra)).overlaps(stated)


def _every_amount_to_its_end(doc: NarrativeDoc, pl, stated: Interval) -> bool:
    """Every amount of the whole's kind from the list word to the end of the sentence of its last part (none
    in brackets, none a change, a share or a base) adds up to the whole."""
    view, end = doc.view, doc.sentence_end(pl.parts[-1].end)
    gs = [g for g in doc.between(pl.marker, end) if g.kind == "amount" and plain(g) and comparable(g, pl.total)
          and not in_brackets_between(view, pl.marker, g.start)]
    return len(gs) > len(pl.parts) and not any(g.approximate for g in gs) \
        and interval_sum(value_of(g) for g in gs).overlaps(stated)


# a name right after an amount's unit, no separator between or a space only ("948万元共同富裕专项基金1000万元", "20.95万元 其他…")
_NAMED_AFTER_A_UNIT = lazy(r"元[ \t]*[\u4e00-\u9fff]{2,10}\s*$")


# what an amount measures, as the last word of its name
_MEASURE = lazy(r"(?:资金|收入|支出|经费|拨款|投资|预算|决算)$")


_A_SENTENCE_BETWEEN = lazy(r"[\u4e00-\u9fff]")


def _one_part_over(r: Rule, doc: NarrativeDoc) -> Iterable[Finding]:
    """"三级累计安排…资金0.085666775亿元，其中，用于地方试点的资金0.1784693735亿元": the one part of a
    其中 above its total, and above every amount before it in the sentence and their sum (so no
    other whole the 其中 may be of holds it): an error."""
    for pl in doc.lists:
        if len(pl.parts) != 1 or pl.kind != "其中" or pl.unreadable:
            continue
        if not pl.direct and _A_SENTENCE_BETWEEN.search(doc.view, doc.sentence_end(pl.total.end), doc.sentence_start(pl.marker)):
            # "卫生健康支出51989万元，…。另外，…民生领域也加大了财政投入。其中：城乡社区支出59045万元": a sentence
            # between the total's and 其中 may name the whole it is of, written without an amount
            continue
        total, part = pl.total, pl.parts[0]
        if total.kind != "amount" or total.approximate or part.approximate or not plain(part):
            continue
        if _AVERAGE.search(total.subject or "") or _AVERAGE.search(part.subject or ""):
            continue  # "全体居民人均可支配收入17252元。其中城镇常住居民人均可支配收入20901元": a group's own average
        measure = _MEASURE.search(recall.bare(total.subject))
        if measure is None or not recall.bare(part.subject).endswith(measure.group()):
            continue  # "收入519531万元，其中用于民生的支出556979万元": another measure, no part of it
        if value_of(part).lo <= value_of(total).hi:
            continue
        wholes = [g for g in doc.between(doc.sentence_start(total.start), pl.marker)
                  if g.kind == "amount" and comparable(g, part) and not g.approximate]
        if doc.sentence_start(pl.marker) > total.end:
            # "…收入14461亿元。\n其中，软件产品收入3379亿元。其中，工业软件产品收入390亿元。\n其中，信息技术服务收入
            # 9434亿元": a 其中 opening a new sentence after an item of an outer list may go on with that list
            wholes += _outer_wholes(doc, total)
        if any(value_of(part).lo <= value_of(g).hi for g in wholes) \
                or value_of(part).lo <= interval_sum(value_of(g) for g in wholes).hi:
            continue
        yield r.finding("source", severity=None, names=part.subject or "", narrative=[span(part), span(total)],
                        expected=part.value, actual=total.value, subject=total.subject, total_text=total.text,
                        part=part.text)


_FRAME_COMMA = lazy(r"中\s*[，,]")
_SECTION_HEADING = lazy(r"\n\s*(?:[一二三四五六七八九十]{1,3}\s*[、.．]|第[一二三四五六七八九十]{1,3}部分)")
_YEAR_IN = lazy(r"(\d{4})\s?年")


def _framed_groups(r: Rule, doc: NarrativeDoc) -> Iterable[Finding]:
    """"2023年度一般公共预算财政拨款“三公”经费支出决算中，因公出国（境）费支出决算0万元，占0%；公务接待费…；
    公务用车购置及运行维护费…" (the 部门决算 template): the items of a complete group listed under a sentence that
    names their whole are all of it, so they add up to that whole written before (``_named_before``: by its name,
    nearest first; any of its figures holding is enough).  A whole of another year than the sentence names is
    that whole only if one of the years is a slip: a warning naming it."""
    seen: set[int] = set()
    for m in _FRAME_COMMA.finditer(doc.view):
        start = doc.sentence_start(m.start())
        if start in seen or (head := _HEAD_FRAME.match(doc.view, start, m.end())) is None:
            continue
        seen.add(start)
        parts = []
        for a, b in split_items(doc.view, m.end(), doc.sentence_end(m.end())):
            first = next((g for g in doc.between(a, b) if g.kind == "amount" and plain(g)), None)
            if first is not None:
                parts.append(first)
        if len(parts) < 2 or any(p.approximate for p in parts) or not _complete(parts):
            continue
        def of_its_section(g: Figure) -> bool:
            # (not before a heading of the first level or of a part, "七、", "第三部分", in between)
            return comparable(g, parts[0]) and not _SECTION_HEADING.search(doc.view, g.end, start)

        wholes = [g for g in _named_before(doc, head, parts[0]) if of_its_section(g)]
        if not wholes:
            continue
        # (any amount of its section named with the whole's name and more is a reading too: "“三公”经费支出合计53.73亿元")
        name = _THROUGH_YEAR.sub("", head.group(1))
        key = norm_name(name)
        wholes += [g for g in doc.between(max(0, start - 1500), start) if g.kind == "amount" and plain(g) and not g.approximate
                   and key in norm_name(g.subject or "") and of_its_section(g)]
        computed = interval_sum(count_value(p, wholes[0]) for p in parts)
        if any(count_value(g, wholes[0]).overlaps(computed) or causes.truncated(value_of(g), computed) for g in wholes):
            continue
        whole = wholes[0]
        said = _YEAR_IN.search(head.group(1))
        year = int(said.group(1)) if said else None
        other = year is not None and whole.year is not None and whole.year != year
        yield r.finding("framed", severity="warning" if other else None,
                        cause=causes.cause("other_year", whole_year=whole.year, parts_year=year) if other else None,
                        narrative=[span(whole), *(span(p) for p in parts)], expected=round(float(computed.mid), 4),
                        actual=whole.value, subject=whole.subject, total_text=whole.text,
                        head=re.sub(r"[“”\"‘’]", "", name).strip(), names="、".join(p.subject for p in parts),
                        computed=_in_unit(computed, whole))


def _outer_wholes(doc: NarrativeDoc, total: Figure) -> list[Figure]:
    """The wholes of the lists a figure is a part of, and theirs, outwards."""
    out: list[Figure] = []
    while (up := list_of(doc, total)) is not None and len(out) < 6 and all(up.total is not g for g in out):
        out.append(up.total)
        total = up.total
    return out


def _far_over(total: Figure, stated: Interval, values: list[Interval]) -> bool:
    """Parts adding to more than one and a half times their whole however the list is read: taken to end
    early (its first run of parts above the whole), or with a first part that restates the whole left out;
    never for a whole of 0 (no reading makes anything part of nothing: "公务用车购置及运行维护费0万元，其中…")."""
    if total.value <= 0:
        return False
    readings = [values, values[1:]] if values[0].overlaps(stated) else [values]
    runs = [next((run for run in accumulate(vs) if run.lo > stated.hi), None) for vs in readings]
    return all(run is None or run.lo > stated.hi * Fraction(3, 2) for run in runs) and any(runs)


def _digit_slips(f: Figure, near: Interval, loose: bool = False) -> Iterable[Interval]:
    """The values ``f`` would have with one digit dropped, added, changed, or two neighbours swapped (the
    point kept where it is), in the common scale; none for a negative or zero figure. A figure of fewer than
    three significant digits, zeros at either end counting for none ("43", "2700", "600.00"), is one digit
    from a whole grid of others, which parts add up to by chance ("300万元，其中：A 2700万元，B 500万元，
    C 1100万元" is 4300 once a 4 is put before 300): of it only a zero added or dropped (ten times, a tenth:
    "680万元" for 6800) keeps its digits and is told apart from chance. Only the values that may overlap
    ``near`` are made (a rough test on the digits first: a long list of long figures has many edits)."""
    if f.value <= 0:
        return
    digits = f"{f.value:.{f.decimals}f}".replace(".", "")
    factor = value_of(f).mid / f.interval.mid
    unit = factor / 10 ** f.decimals   # the value of one in the last digit's place
    lo, hi = math.floor(near.lo / unit) - 1, math.ceil(near.hi / unit) + 1   # the digits' own range, widened

    def value(t: str) -> Interval | None:
        return Interval.rounded(Fraction(int(t), 10 ** f.decimals), f.decimals).scale(factor) if lo <= int(t) <= hi else None

    if len(digits.strip("0")) < 3 and not loose:
        edits = [digits + "0"] + ([digits[:-1]] if digits.endswith("0") and len(digits) > 1 else [])
        yield from filter(None, map(value, edits))
        return
    seen = {digits}
    for i in range(len(digits) + 1):
        edits = [digits[:i] + d + digits[i:] for d in "0123456789"]
        if i < len(digits):
            edits += [digits[:i] + digits[i + 1:]] + [digits[:i] + d + digits[i + 1:] for d in "0123456789"]
        if i + 1 < len(digits):
            edits.append(digits[:i] + digits[i + 1] + digits[i] + digits[i + 2:])
        for t in edits:
            if t and t not in seen:
                seen.add(t)
                if (v := value(t)) is not None:
                    yield v


def _one_digit_slip(total: Figure, parts: list[Figure], values: list[Interval], stated: Interval,
                    loose: bool = False) -> bool:
    """Whether one digit wrong in the whole or in one part makes the parts add up to the whole (``loose``: any
    digit of any figure, round ones too, as a possibility rather than a sign)."""
    computed = interval_sum(values)
    if any(computed.overlaps(v) for v in _digit_slips(total, computed, loose)):
        return True
    for part, value in zip(parts, values):
        rest = computed - value
        need = Interval(stated.lo - rest.hi, stated.hi - rest.lo)   # what the part would have to be
        if any((rest + v).overlaps(stated) for v in _digit_slips(part, need, loose)):
            return True
    return False


_CHANGED_FROM = lazy(r"(?:由|从)[^，,。；;：:、]{0,12}$")
_CHANGED_TO = lazy(r"\s*(?:调整|调增|调减|变更|变动|增加|减少|提高|下降|降低|增长|上升|压减|核减|追加)后?(?:为|到|至)\s*$")
# a budget revised, written after a comma ("A年初预算65000万元，调整为35000万元")
_REVISED_AFTER_A_COMMA = lazy(r"\s*[，,]\s*(?:调整|调增|调减|变更|压减|核减|核增|追加)后?(?:为|到|至)\s*$")


def _as_changed(doc: NarrativeDoc, parts: list[Figure]) -> list[Figure] | None:
    """The parts with each one written as changed ("A由年初预算的65000万元调整为35000万元", "A由年初的36000万元
    调整后为40500万元", "A年初预算65000万元，调整为35000万元") read as the amount it was changed to; None when no part
    is so written."""
    out, changed = [], False
    view = doc.view
    for p in parts:
        after = doc.first_between(p.end, doc.clause_end(p.end))
        between = view[p.end:after.start] if after is not None else ""
        if not (_REVISED_AFTER_A_COMMA.match(between)
                or _CHANGED_TO.match(between) and _CHANGED_FROM.search(view, doc.clause_start(p.start), p.start)):
            after = None
        if after is not None and after.unit == p.unit:
            out.append(after)
            changed = True
        else:
            out.append(p)
    return out if changed else None


def _a_part_broken_down_after_it(parts: list[Figure], values: list[Interval], stated: Interval, total: Figure) -> bool:
    """A list's first part and the two or more parts after it, to the end, that add up to it: a subtotal and its
    breakdown, not siblings ("其中地方一般预算收入6.6亿元，…，税收收入4.69亿元，…，非税收入1.9亿元"), under the whole.
    Amounts only (small counts add up to one another by chance), and not a first part as large as the whole (a whole
    restated is read elsewhere)."""
    if total.kind != "amount" or len(parts) < 3 or not parts[0].value or values[0].overlaps(stated):
        return False
    return interval_sum(values[1:]).overlaps(values[0]) and values[0].hi < stated.lo


def _reading_holds(stated: Interval, parts: list[Figure], total: Figure) -> bool:
    computed = interval_sum(count_value(p, total) for p in parts)
    return computed.overlaps(stated) or computed.hi < stated.lo and not _complete(parts)


def _cell_span(c) -> Span:
    text = c.text.strip()
    start = c.start + (len(c.text) - len(c.text.lstrip()))
    return Span(text, start, start + len(text))


def _plain_number(iv: Interval, like: str) -> str:
    """A sum of a table's cells written as its cells are (no unit: the table states it)."""
    decimals = max(len(like.strip().split(".")[1]) if "." in like else 0, 2)
    separator = "," if "," in like else ""
    return f"{float(iv.mid):{separator}.{decimals}f}".rstrip("0").rstrip(".")


def _subject_of_change(doc: NarrativeDoc, d: Figure) -> str:
    """What a change is of, for a message: its figure in the same sentence, else the name written
    before the first 比/较 of the sentence ("“三公”经费较上年减少…，较年初预算数减少…"), else 合计."""
    of = changed_figure(doc, d)
    start = doc.sentence_start(d.start)
    if of is not None and of.subject and of.start >= start:
        return re.sub(r"(累计)?(完成|实现|为|达到?)$", "", of.subject) or of.subject
    m = re.search(r"([^，,。；;：:比较与]{2,30})(同比|比|较|与)", doc.view[start:d.start])
    return m.group(1).strip() if m else "合计"


def _signed(iv: Interval, like: Figure) -> str:
    if iv.hi < 0:
        return f"减少 {_in_unit(abs(iv), like)}"
    return f"增加 {_in_unit(iv, like)}" if iv.lo > 0 else f" {_in_unit(iv, like)}"


def _word_of(name: str, words: tuple[str, ...]) -> str | None:
    hits = [w for w in words if w in (name or "")]
    return hits[0] if len(hits) == 1 else None


# a whole that holds more than a complete group of its parts: "“三公”经费及会议费合计…" (another item joined
# to it), "转移性收入" (the transfers and 上年结余, 调入资金, 债务转贷…), "支出总计" (基本支出 + 项目支出 is
# the 本年支出; the 总计 adds 结余分配 and 年末结转和结余)
_JOINED = lazy(r"(?:及|和|与|、)([\u4e00-\u9fff“”\"]{2,})")
# wholes a complete group does not make up: broader ones (转移性收入 also has 上解, 总计 also has 结余) and,
# for the staff, the posts (编制 counts no one retired)
_BROADER = {"专项转移": lazy(r"转移性"), "项目支出": lazy(r"总计"), "退休": lazy(r"编制"),
            # wholes the three 三公 items are only some of ("公用经费支出决算10万元，其中：因公出国(境)费…，公务接待费…，
            # 公务用车购置及运行费…"), unless named as the 三公 themselves
            "因公出国": lazy(r"^(?!.*三公).*(?:公用经费|商品和服务|一般性支出|行政经费|运行经费|基本支出|项目支出|办公经费|日常公用)", re.S)}


def _whole_beyond_the_group(total: Figure, parts: list[Figure]) -> bool:
    name = total.subject or ""
    if any(k in (p.subject or "") and w.search(name) for p in parts for k, w in _BROADER.items()):
        return True
    return any(not any(w in m.group(1) for words in COMPLETE_LISTS for w in words) for m in _JOINED.finditer(name))


# a unit's whole spending (not a fund's): in a 部门决算 it holds 上缴上级支出, 经营支出 and 对附属单位补助支出 besides
# 基本支出 and 项目支出
_UNITS_SPENDING = lazy(r"支出(?:合计|总计|总额|决算数?)$")
_ONE_FUND = lazy(r"财政拨款|一般公共预算|政府性基金|国有资本|专项|项目资金")


def _other_spending_possible(doc: NarrativeDoc, pl, parts: list[Figure]) -> bool:
    """"本年支出合计100万元，其中基本支出60万元、项目支出38万元": 基本支出 and 项目支出 are every part of a fund's spending,
    but a unit's whole spending may also hold 上缴上级支出, 经营支出 and 对附属单位补助支出, which the text need not write;
    unless the two parts' shares are written and make 100 % ("基本支出768.88万元，占87.35%；项目支出11.33万元，占12.65%")."""
    names = [p.subject or "" for p in parts]
    if len(parts) != 2 or not (any("基本支出" in n for n in names) and any("项目支出" in n for n in names)):
        return False
    name = recall.bare(pl.total.subject or "")
    if not (_UNITS_SPENDING.search(name) or norm_name(name).endswith("支出")) or _ONE_FUND.search(name) \
            or not re.search(r"合计|总计|总额|决算|本年支出", name):
        return False
    shares = _own_shares(doc, pl)
    return shares is None or not interval_sum(value_of(s) for _, s in shares).overlaps(Interval(Fraction(1), Fraction(1)))


# the output of an economy (地区生产总值, GDP) is by definition its three sectors' value added, no more and no less
# ("生产总值97.4亿元，其中第一产业增加值24.29亿元，…第二产业增加值…，第三产业增加值…"); other measures by sector
# need not be (全社会用电量 also holds 城乡居民生活用电, and an investment or a tax by sector is not read here)
_OUTPUT_WHOLE = lazy(r"生产总值|GDP")
_SECTOR_VALUE = lazy(r"(?:第)?([一二三])产(?:业)?(?:实现|完成)?(?:增加值)?")


def _a_complete_group_among_them(total: Figure, parts: list[Figure], stated: Interval) -> bool:
    """Some of the parts, and not all, are every part of the whole by definition (a group of COMPLETE_LISTS, or the
    three sectors of an output) and make it: the others are of another cut."""
    groups = [[p for p in parts if any(w in (p.subject or "") for w in words)] for words in COMPLETE_LISTS]
    groups.append([p for p in parts if _SECTOR_VALUE.fullmatch(recall.bare(p.subject or ""))])
    for group in groups:
        if 2 <= len(group) < len(parts) and (_complete(group) or _output_by_sector(total, group)) \
                and not _whole_beyond_the_group(total, group) \
                and interval_sum(count_value(p, total) for p in group).overlaps(stated):
            return True
    return False


def _output_by_sector(total: Figure, parts: list[Figure]) -> bool:
    """A whole named as an economy's output broken into its three sectors' value added, each once."""
    if len(parts) != 3 or not _OUTPUT_WHOLE.search(total.subject or ""):
        return False
    sectors = {m.group(1) if (m := _SECTOR_VALUE.fullmatch(recall.bare(p.subject or ""))) else None for p in parts}
    return sectors == {"一", "二", "三"} and all(p.unit == total.unit for p in parts)


def _car_pair(total: Figure, parts: list[Figure]) -> bool:
    """"公务用车购置及运行维护费支出4.02万元。其中：公务用车购置支出0万元，…公务用车运行维护支出0万元":
    a whole named as the cars' purchase and running, broken into the one and the other, is all of them."""
    name = recall.car_item(total.subject)
    if len(parts) != 2 or "公务用车" not in name or "购置" not in name or "运行" not in name:
        return False
    kinds = sorted(("购置" in n) * 1 + ("运行" in n) * 2 for n in (recall.car_item(p.subject) for p in parts))
    return kinds == [1, 2]


# "有部门预算项目支出、专项预算支出二类支出": the kinds named, then how many there are
_COUNTED_KINDS = lazy(r"(?:有|为|分为|包括|包含|含)([^，,。；;：:\d]{2,60}?)([两二三四五六七八九十])(?:类|大类|种|部分)")
_NUMERALS = {"两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}


def _kinds_counted(doc: NarrativeDoc, pl) -> str | None:
    """The text names the kinds of the whole and counts them ("主要有部门预算项目支出、专项预算支出二类支出，项目
    资金总预算为2455.5万元，其中部门预算项目支出87.5万元，专项预算支出2350万元"), in the whole's sentence or
    the one before, and the list has one part of each named kind: the list is every part by the text's words.
    The words that say so, else None."""
    start = doc.sentence_start(max(0, doc.sentence_start(pl.total.start) - 1))
    for m in _COUNTED_KINDS.finditer(doc.view, start, pl.marker):
        kinds = [k for k in re.split(r"[、和及与]", m.group(1)) if k]
        if len(kinds) != _NUMERALS[m.group(2)] or len(kinds) != len(pl.parts):
            continue
        names = [norm_name(p.subject or "") for p in pl.parts]
        if all(sum(k in n or n and n in k for n in names) == 1 for k in kinds) \
                and all(sum(k in n or n and n in k for k in kinds) == 1 for n in names):
            return m.group(1) + m.group(2) + doc.view[m.end(2):m.end()]
    return None


def _complete(parts: list[Figure]) -> bool:
    return complete_names([p.subject for p in parts])


def complete_names(subjects: list[str]) -> bool:
    """Whether these items are every part of their total by definition (COMPLETE_LISTS)."""
    return names_a_complete_group([recall.car_item(s) for s in subjects])


def _said_elsewhere(doc: NarrativeDoc, total: Figure, computed: Interval, parts: list[Figure]) -> causes.Cause | None:
    """The parts add up to another figure of the same name: the total was written where that one
    belongs (one of the parts themselves, the others being 0, is no such figure)."""
    name = norm_name(total.subject)
    for g in doc.between(max(0, total.start - 5000), total.end + 5000):
        if g is total or any(g is p for p in parts) or not plain(g) or not comparable(g, total) or not g.subject:
            continue
        other = norm_name(g.subject)
        if len(other) >= 2 and (other in name or name in other) and value_of(g).overlaps(computed):
            return causes.cause("other_statement", name=g.subject, text=g.text)
    return None


# a scale word written twice ("12002.41万万元", "0.82亿万元"): no unit of money ("万亿元" is one); a line wrapped
# between the two ("12002.41万⏎万元", a blank in the view) is the same slip
_DOUBLED_SCALE = lazy(r"(?<![\d.,])(\d[\d,]*(?:\.\d+)?)\s?((?:万\s?万|亿\s?万|亿\s?亿)元)")
_DOUBLED_SCALE_END = lazy(r"(?:万\s?万|亿\s?万|亿\s?亿)元")
_NAME_BEFORE = lazy(r"[\u4e00-\u9fff“”\"]{1,12}$")


def _change_unit_slip(frame) -> Interval | None:
    """A change written in another unit than its figure ("因公出国(境)费支出3.3萬元，…減少2.7元，下降45%") whose
    rate fails as written and holds with the change in the figure's unit: that unit (the change read so)."""
    pct, delta, current = frame.rate, frame.delta, frame.current
    if pct is None or delta is None or current is None or current.approximate or not frame.same_sentence \
            or delta.kind != "amount" or current.kind != "amount" or delta.unit == current.unit:
        return None
    mine, theirs = wan_yuan_factor(delta.unit), wan_yuan_factor(current.unit)
    if mine is None or theirs is None or mine == theirs or not delta.value:
        return None
    down = frame.direction < 0
    now, said = value_of(current), _rate_size(pct)
    before = value_of(frame.base) if frame.base is not None else None

    def holds(d: Interval) -> bool:
        prev = before if before is not None else (now + d if down else now - d)
        return prev.lo > 0 and said.overlaps(d / prev)

    fixed = Interval.rounded(delta.value, delta.decimals).scale(theirs)
    return fixed if holds(fixed) and not holds(value_of(delta)) else None


def _doubled_scales(view: str):
    """``_DOUBLED_SCALE.finditer(view)``, found from the doubled scales back to their numbers (rare in a text,
    while its digits are everywhere)."""
    for e in _DOUBLED_SCALE_END.finditer(view):
        a = e.start()
        if a and view[a - 1].isspace():
            a -= 1
        while a and (view[a - 1].isdigit() or view[a - 1] in ".,"):
            a -= 1
        m = _DOUBLED_SCALE.search(view, a, e.end())
        if m is not None:
            yield m


def unit_slip(r: Rule, ctx: Context) -> Iterable[Finding]:
    doc = _doc(ctx)
    for frame in doc.frames.values():
        if _change_unit_slip(frame) is not None:
            d, c = frame.delta, frame.current
            fixed = f"{d.value:g}{c.unit}"
            yield r.finding(narrative=[span(d), span(c), span(frame.rate)], severity="error", expected=fixed, actual=d.text,
                            cause=causes.cause("yuan_for_wan") if d.unit == "元" else None, subject=d.subject, text=d.text,
                            fixed=fixed, why=f"按{c.unit}计，增减额与幅度{frame.rate.text}才相符")
    for m in _doubled_scales(doc.view):
        name = _NAME_BEFORE.search(doc.view, max(0, m.start() - 12), m.start())
        text = doc.narrative.text[m.start():m.end()]
        unit = re.sub(r"\s", "", m.group(2))
        if unit == "万万元" and not re.search(r"[.,]", m.group(1)):
            # "投资3万万元": 万万 is 亿 in the counting idiom of whole numbers ("四万万"), a reading; a figure
            # with decimals ("12002.41万万元") is written in no such idiom
            yield r.finding("doubled_yi", severity="warning", narrative=[Span(text, m.start(), m.end())], expected=None,
                            actual=text, subject=name.group(0) if name else "", text=text, fixed=f"{m.group(1)}亿元")
            continue
        yield r.finding("doubled", severity="error", narrative=[Span(text, m.start(), m.end())], expected=None,
                        actual=text, subject=name.group(0) if name else "", text=text, unit=unit)
    reported: set[int] = set()
    for pl in doc.lists:
        total, parts = pl.total, pl.parts
        if total.kind != "amount" or total.approximate or len(parts) < 2 and pl.kind != "lines" or pl.unreadable:
            continue
        if not parts:
            continue
        fix = _unit_slip_fix(total, parts)
        if fix is None:
            several = [g for g in _unit_slips(total, parts) if g.start not in reported and not _per_capita(g)]
            certain = len(several) >= 2 and recall.slip_is_certain(doc, pl, *several)
            for slip in several:
                reported.add(slip.start)
                others = [g for g in (total, *parts) if g is not slip]
                fixed = f"{slip.value:g}万元"
                yield r.finding(narrative=[span(slip), *(span(g) for g in others)], severity="error" if certain else None,
                                expected=fixed, actual=slip.text, cause=causes.cause("yuan_for_wan"),
                                subject=slip.subject, text=slip.text, fixed=fixed,
                                why=f"把{'、'.join(g.text for g in several)}都按万元计，其中各项之和才与合计相符")
            continue
        slip, how = fix
        if slip.start in reported or _per_capita(slip):
            continue
        reported.add(slip.start)
        others = [g for g in (total, *parts) if g is not slip]
        severity = "error" if recall.slip_is_certain(doc, pl, slip) else None
        if how == "yuan_for_wan":
            fixed, why = f"{slip.value:g}万元", "按万元计，其中各项之和才与合计相符"
            cause = causes.cause("yuan_for_wan")
        else:
            fixed = f"{slip.value * 1000:,.0f}{slip.unit}"
            why = "小数点疑为千分位，按此其中各项之和才与合计相符"
            cause = causes.cause("point_for_separator", text=slip.text)
        yield r.finding(narrative=[span(slip), *(span(g) for g in others)], severity=severity,
                        expected=fixed, actual=slip.text, cause=cause,
                        subject=slip.subject, text=slip.text, fixed=fixed, why=why)
    for c in recall.rate_claims(doc):
        if c.slip is None or c.slip.start in reported or not recall.slip_explains_rate(c):
            continue
        reported.add(c.slip.start)
        unit = "元" if c.slip.unit == "万元" else "万元"
        fixed = f"{c.slip.value:,.2f}{unit}".replace(".00" + unit, unit) if "," in c.slip.text else f"{c.slip.value:g}{unit}"
        yield r.finding(narrative=[span(c.slip), span(c.rate), *(span(g) for g in (c.budget, c.actual) if g is not c.slip)],
                        severity="error", expected=fixed, actual=c.slip.text,
                        cause=causes.cause("wan_for_yuan" if unit == "元" else "yuan_for_wan"),
                        subject=c.slip.subject, text=c.slip.text, fixed=fixed,
                        why=f"按{unit}计，{c.rate.subject}{_pct(c.slip_computed)}与所写 {c.rate.text} "
                            + ("相符" if c.slip_holds else "相近") + f"，按所写单位则为 {_pct(c.computed)}")
    # slips shown by a change against its written base, or by a rate of two written figures
    shown = [(x.slip, (x.current, x.base, x.delta), lambda unit, x=x: (
                 f"按{unit}计，{_one_line(x.current.text)}与{_one_line(x.base.text)}之差"
                 f"才与所写{x.delta.subject}{_one_line(x.delta.text)}相符")) for x in recall.written_changes(doc)]
    shown += [(b.slip, (b.rate, b.current, b.base), lambda unit, b=b: (
                  f"按{unit}计，{b.current.text}与{b.base.text}相比的增减幅度才与所写 {b.rate.text} 相符，"
                  f"按所写单位则为 {_pct(abs(b.computed))}")) for b in recall.based_rates(doc)]
    for slip, others, why in shown:
        if slip is not None and slip.start not in reported and not _per_capita(slip):
            reported.add(slip.start)
            yield _slip_finding(r, slip, others, why)
    for slip, total in recall.yi_for_wan(doc):
        if slip.start not in reported:
            reported.add(slip.start)
            yield r.finding(narrative=[span(slip), span(total)], severity="error", expected=f"{slip.value:g}万元",
                            actual=slip.text, cause=causes.cause("yi_for_wan"), subject=slip.subject, text=slip.text,
                            fixed=f"{slip.value:g}万元",
                            why=f"按亿元计超过了同段的“{total.subject}{total.text}”，按万元计才在其之内")
    for x in recall.share_slips(doc):
        if x.part.start in reported or x.whole.start in reported:
            continue
        reported.update(g.start for g in (x.part, x.whole) if g is x.slip or x.slip is None)
        first = x.slip or x.whole
        which = (f"“{_one_line(x.slip.text)}”的单位疑似写错" if x.slip is not None
                 else f"“{_one_line(x.part.text)}”或“{_one_line(x.whole.text)}”的单位疑似写错")
        yield r.finding("share", severity="error", narrative=[span(first), *(span(g) for g in (x.part, x.whole, x.share) if g is not first)],
                        expected=None, actual=first.text, subject=x.part.subject, text=_one_line(x.part.text),
                        whole=_one_line(x.whole.text), pct=x.share.text, written=_pct(x.written), digits=_pct(x.digits),
                        which=which)
    for slip, total, count in recall.average_slips(doc):
        if slip.start in reported:
            continue
        reported.add(slip.start)
        yield _slip_finding(r, slip, (total, count), lambda unit, t=total, n=count: (
            f"{_one_line(t.text)} ÷ {n.text} 的数字与之相同，按{unit}计才是这一平均数"))
    for slip, alike, words in recall.list_item_slips(doc):
        if slip.start not in reported and not _per_capita(slip):
            reported.add(slip.start)
            yield _slip_finding(r, slip, tuple(alike[:3]), lambda unit, a=alike, w=words: (
                f"同一列举中以“{_one_line(w)}”开头的其他各项都以{unit}计（{'、'.join(_one_line(g.text) for g in a[:3])}），"
                f"数字与此项同一量级，按所写的元计则只有其万分之一"))
    amounts = [f for f in doc.figures if f.kind == "amount"]
    in_yuan = sum(1 for f in amounts if f.unit == "元")
    if in_yuan * 2 > len(amounts):
        return  # a text written in 元: 元 is its unit, not a slip
    wan: dict[str, list[Figure]] = {}
    for g in amounts:
        if g.unit == "万元" and g.value:
            wan.setdefault(_digits(g), []).append(g)
    for f in doc.figures:
        if f.unit != "元" or f.start in reported or _per_capita(f) or f.approximate or not f.value:
            continue
        if _PER_UNIT.match(doc.view, f.end) or _in_a_correction(doc, f):
            continue  # "1.58元/人次", "3.5元每平方米": a price, not a total; "误写为1.58元": a correction quotes it
        item = _same_item_twin(doc, f, wan)
        twin = item or next((g for g in doc.before(f, limit=60) if g.unit == "万元" and g.value == f.value and g.value != 0), None)
        if twin is not None and recall.listed_as_written(doc, f, [twin]):
            continue  # "本年共安排救助资金148.0080万元…(3)拨付救助资金80元…(5)拨付救助资金80万元": the total counts 80 元
        if twin is not None:
            reported.add(f.start)
            where = "文中另一处" if item is not None else "同一段中"
            yield r.finding(narrative=[span(f), span(twin)], severity="error" if item is not None else None,
                            expected=f"{f.value:g}万元", actual=f.text,
                            cause=causes.cause("yuan_for_wan"), subject=f.subject, text=f.text, fixed=f"{f.value:g}万元",
                            why=f"{where}“{twin.subject}”为 {twin.text}")


_CORRECTION = lazy(r"误写|误为|误填|误录|更正|勘误|笔误|应为|修正为|原为|原写|录入错误")
_PER_UNIT = lazy(r"\s*(?:/|／|每(?!年|月))")


def _slip_finding(r: Rule, slip: Figure, others: tuple[Figure, ...], why) -> Finding:
    """An amount in 元 that the figures it is computed with show to be in 万元 (or the other way)."""
    unit = "元" if slip.unit == "万元" else "万元"
    fixed = _in_other_unit(slip, unit)
    return r.finding(narrative=[span(slip), *(span(g) for g in others if g is not slip)], severity="error",
                     expected=fixed, actual=slip.text, cause=causes.cause("wan_for_yuan" if unit == "元" else "yuan_for_wan"),
                     subject=slip.subject, text=_one_line(slip.text), fixed=fixed, why=why(unit))


def _in_other_unit(f: Figure, unit: str) -> str:
    """A figure's digits as written, in the other unit ("131870.68元" → "131870.68万元")."""
    return re.sub(r"\s*[万萬]?元$", "", _one_line(f.text)) + unit


def _one_line(text: str) -> str:
    """A figure as quoted in a message: "252.5\n元" broken across lines by a PDF → "252.5元"."""
    return re.sub(r"\s*\n\s*", "", text)


def _in_a_correction(doc: NarrativeDoc, f: Figure) -> bool:
    """Whether ``f``'s sentence corrects a slip ("…误写为1.58元，应为1.58万元"); searched once per sentence."""
    cache = doc.__dict__.setdefault("_corrections", {})
    start = doc.sentence_start(f.start)
    if start not in cache:
        cache[start] = bool(_CORRECTION.search(doc.view, start, doc.sentence_end(f.end)))
    return cache[start]


def _digits(f: Figure) -> str:
    """The figure's number as written, without its unit (and without the blanks a PDF wrap or a space left in it:
    "1.58万⏎元" is 1.58 in 万元)."""
    text = "".join(f.text.split()) if any(c.isspace() for c in f.text) else f.text
    return text[:len(text) - len(f.unit)]


def _same_item_twin(doc: NarrativeDoc, f: Figure, wan: dict[str, list[Figure]]) -> Figure | None:
    """The same item written elsewhere with the very same digits in 万元 ("公务接待费1.58元" and
    "公务接待费1.58万元"): in a text written in 万元 the 元 is a slip, whichever year or measure
    either names.  Only an item named on both sides counts (a bare "为" or "增加" names none)."""
    core = item_core(item_subject(doc, f))
    if len(core) < 3:
        return None
    for g in wan.get(_digits(f), ()):
        if same_item(item_subject(doc, g), core) and len(item_core(item_subject(doc, g))) >= 3:
            return g
    return None


def _per_capita(f: Figure) -> bool:
    """A figure per person, per unit or a fine ("人均…", "每亩197元", "每公里…"): never a slip of 万元."""
    return any(w in f.subject for w in ("均", "罚款", "处罚金额")) or bool(_PER_UNIT_BEFORE.search(f.subject))


_PER_UNIT_BEFORE = lazy(r"每[\u4e00-\u9fff]{1,3}$|每(?:人|户|亩|辆|吨|公里|平方米)")


# rates not of a plain year-on-year change of the figures written: real growth at comparable prices (value added, output,
# 生产总值), rates on a named caliber (同口径, 自然口径) or net of a factor (剔除…因素, 扣除…), averages and prices,
# month-on-month against year-on-year
_NOT_PLAIN_GROWTH = lazy(r"可比价|不变价|口径|剔除|扣除|增加值|生产总值|产值|GDP|人均|平均|均价|单价|价格|指数|环比|年均")


# what may stand between a figure and its own rate of change: a base of comparison and the verb, nothing named
_BARE_CHANGE = lazy(r"(?:[\s，,、；;（）()]|同比|比|较|与|相比|上年度?|去年|上一年度?|同期|年初|决算数?|\d{4}年度?|年|增长|增加|上升|提高|"
                    r"下降|减少|降低|增幅|降幅|增速|幅度|为|了|达到|达|约)*")
# the base a rate of change is of: the same time last year, or the start of this year
_BASES = (("年初", lazy(r"年初")), ("同期", lazy(r"同比|上年|去年|上一年|同期")))
_NAMED_YEAR = lazy(r"\d{4}年")


def _own_rate(doc: NarrativeDoc, g: Figure, end: int) -> tuple[Interval, str | None] | None:
    """The signed rate of change written right after ``g`` before ``end`` ("…1069万人次，增长9.2%"), as a
    fraction, with the base it names (None when none); None when the first figure after it is not such a
    rate, or a rate of another measure named between ("发送旅客…万人次，旅客周转量增长…", "…，当月增长…")."""
    nxt = next((h for h in doc.between(g.end, end)), None)
    if nxt is None or nxt.kind != "percent" or nxt.approximate or nxt.relation not in ("增加", "减少"):
        return None
    between = doc.view[g.end:nxt.start]
    if not _BARE_CHANGE.fullmatch(between):
        return None
    year = _NAMED_YEAR.search(between)   # "比2020年增长…": a base of its own, as against "比上年"
    base = year.group(0) if year else next((name for name, words in _BASES if words.search(between)), None)
    rate = value_of(nxt)
    return (rate.scale(-1) if nxt.relation == "减少" and rate.lo >= 0 else rate), base


def _signed_pct(computed: Interval, rate: Figure) -> str:
    """The computed change as a size, with its direction named when the text says the other one ("…增长3.72%"
    where it fell: "下降18.91%")."""
    said_down = _says_down(rate)
    if computed.hi < 0 and not said_down:
        return "下降" + _pct(abs(computed))
    if computed.lo > 0 and said_down:
        return "增长" + _pct(abs(computed))
    return _pct(abs(computed))


def _rates_of_parts(r: Rule, doc: NarrativeDoc) -> Iterable[Finding]:
    """"共发送旅客8201.9万人次，比去年同期增长2.87%。其中铁路1069万人次，增长9.2%；道路6786万人次，增长1.67%；
    水路168.19万人次，下降1.34%；民航178.69万人次，增长16.28%": parts adding up to their whole, each with its own
    rate, give last year's whole as the sum of each part over (1 + its rate); the whole's rate cannot be above
    the one that makes. (A part left out because it is 0 now only adds to last year's whole and lowers the
    rate: a stated rate above it has no reading; one below may, and is not reported.)"""
    for pl in doc.lists:
        total, parts = pl.total, pl.parts
        if len(parts) < 2 or pl.unreadable or pl.kind != "其中" or total.approximate or total.kind not in ("amount", "count") \
                or any(p.approximate or p.kind != total.kind for p in parts):
            continue
        own_rate = _own_rate(doc, total, pl.marker)
        if own_rate is None:
            continue
        if _NOT_PLAIN_GROWTH.search(doc.view, doc.sentence_start(total.start), doc.sentence_end(parts[-1].end)):
            continue
        ends = [q.start for q in parts[1:]] + [doc.sentence_end(parts[-1].end)]
        rated = [_own_rate(doc, p, e) for p, e in zip(parts, ends)]
        if any(x is None for x in rated) or len({b for _, b in [own_rate, *rated]} - {None}) > 1:
            continue  # a rate not of the figure, or rates of other bases ("同比" for the whole, "比年初" for a part)
        own, rates = own_rate[0], [x for x, _ in rated]
        if any(x.lo <= -1 for x in rates):
            continue
        values = [count_value(p, total) for p in parts]
        if not interval_sum(values).overlaps(value_of(total)):
            continue  # not every part of the whole (or not read as such)
        last = [v / (Interval.point(1) + x) for v, x in zip(values, rates)]
        if any(x is None for x in last):
            continue
        before = interval_sum(last)
        implied = value_of(total) / before if before.lo > 0 else None
        if implied is None:
            continue
        implied = implied - Interval.point(1)
        if own.lo <= implied.hi or causes.truncated(own.scale(100), implied.scale(100)):
            continue
        rate = next(h for h in doc.between(total.end, pl.marker) if h.kind == "percent")
        yield r.finding("parts_rate", narrative=[span(rate), span(total), *(span(p) for p in parts)],
                        expected=round(float(implied.hi) * 100, 4), actual=rate.value, subject=recall.bare(total.subject) or "",
                        current=total.text, said="下降" if rate.relation == "减少" else "增长", pct=rate.text,
                        names="、".join(p.subject or "某项" for p in parts), last=_in_unit(before, total),
                        computed=f"{float(implied.hi) * 100:.2f}%")


def changes(r: Rule, ctx: Context) -> Iterable[Finding]:
    """Every plausible reading of the change is tried; an error only when the change's figure is
    bound explicitly (in its own sentence, the only candidate there) and no reading holds."""
    doc = _doc(ctx)
    for x in recall.reductions(doc):
        if x.difference_fails:
            a, b, c = x.first, x.second, x.difference
            yield r.finding("difference", narrative=[span(c), span(a), span(b)],
                            expected=round(float((value_of(a) - value_of(b)).mid), 4), actual=c.value,
                            first=f"{a.subject}{a.text}", second=f"{b.subject}{b.text}", subject=c.subject, delta=c.text,
                            a=a.text, b=b.text, computed=_in_unit(value_of(a) - value_of(b), c))
    yield from _rates_of_parts(r, doc)
    rated = {fr.delta.start for fr in doc.frames.values() if fr.delta is not None}
    for x in recall.written_changes(doc):
        if x.slip is not None:
            continue  # N-UNIT-SLIP names the figure whose unit makes the difference fail
        if x.reversed:
            if x.delta.start not in rated:  # with a rate, the rate's finding says it
                yield r.finding("direction", narrative=[span(x.delta), span(x.current), span(x.base)],
                                expected=-x.delta.value, actual=x.delta.value, subject=x.current.subject,
                                current=x.current.text, base=x.base.text, said=f"{x.delta.relation}{x.delta.text}",
                                direction="增加" if x.delta.relation == "减少" else "减少",
                                than="大于" if x.delta.relation == "减少" else "小于")
            continue
        a, b, c = x.current, x.base, x.delta
        if x.rate is not None and x.implied is not None:
            down = c.relation == "减少"
            moved = value_of(a) + value_of(c) if down else value_of(a) - value_of(c)
            yield r.finding("pinned", narrative=[span(c), span(a), span(b), span(x.rate)],
                            expected=round(float(abs(x.computed).mid), 4), actual=c.value, subject=a.subject,
                            current=a.text, base=b.text, direction="减少" if down else "增加", delta=c.text,
                            pct=x.rate.text, implied=_in_unit(x.implied, a, zeros=True), computed=_in_unit(abs(x.computed), c),
                            by_delta=_pct(value_of(c) / moved) if moved.lo > 0 else "—")
            continue
        if level_it_moved_from(doc, a, c) is b:
            # "一般公共预算收入由397959万元调整为409959万元，调增10440万元": the move as written
            said = _one_line(doc.narrative.text[doc.index.phrases.start(b.start):a.end])
            yield r.finding("moved", narrative=[span(c), span(a), span(b)], expected=round(float(abs(x.computed).mid), 4),
                            actual=c.value, said=said, subject=c.subject, delta=c.text, a=a.text, b=b.text,
                            computed=_in_unit(abs(x.computed), c))
            continue
        # (the change's words as written when its name lost a year to the figure: "与2022年度相比增加", not "与相比增加")
        words = _one_line(doc.narrative.text[doc.index.phrases.start(c.start):c.start]).strip(" ，,") if c.year else c.subject
        seg = doc.narrative.text[doc.sentence_start(c.start):c.start]
        clause = _one_line(seg[max(seg.rfind("，"), seg.rfind(",")) + 1:]).strip(" ，,")
        if "、" in clause and not re.search(r"\d", clause):
            words = clause   # "收入、支出总计各增加…": the pair as written, not its last name only
        yield r.finding("difference", narrative=[span(c), span(a), span(b)],
                        expected=round(float(abs(x.computed).mid), 4), actual=c.value,
                        first=_in_its_year(a, b), second=_in_its_year(b, a), subject=words, delta=c.text,
                        a=a.text, b=b.text, computed=_in_unit(abs(x.computed), c))
    paired_rates = set()
    for x in recall.paired_changes(doc):
        paired_rates.add(x.rate.start)
        if _at_comparable_prices(doc.view[clause_run_start(doc, x.current.start):x.current.start], doc.sentence(x.current)):
            continue  # "规模以上工业增加值和农林牧渔业总产值分别为…，分别增长…": named before the run
        yield r.finding(severity="warning" if x.truncated else None, narrative=[span(x.rate), span(x.delta), span(x.current)],
                        expected=round(float(x.computed.mid) * 100, 4), actual=x.rate.value,
                        cause=causes.cause("truncated") if x.truncated else None, subject=_LEAD_JOIN.sub("", x.current.subject),
                        current=x.current.text, against="上年", direction="减少" if x.down else "增加", delta=x.delta.text,
                        pct=x.rate.text, reading=f"按所列顺序逐项对应，上年数为 {_in_unit(value_of(x.current) + value_of(x.delta) if x.down else value_of(x.current) - value_of(x.delta), x.current)}",
                        computed=_pct(x.computed))
    for x in recall.table_rates(doc) + recall.growth_table_rates(doc):
        if _at_comparable_prices(x.label, x.label or ""):
            continue  # a table row of output ("地区生产总值 | 112.5 | 120.3 | 5.2"): its growth at comparable prices
        yield r.finding("table_rate", severity="warning" if x.truncated else None,
                        narrative=[_cell_span(x.rate), _cell_span(x.current), _cell_span(x.base)],
                        expected=round(float(x.computed.mid), 4), actual=x.rate.text.strip(),
                        cause=causes.cause("truncated") if x.truncated else causes.cause("current_denominator", against="上年", current=x.current.text.strip()) if x.on_current else None,
                        label=x.label,
                        pct=x.rate.text.strip(), current=x.current.text.strip(), base=x.base.text.strip(),
                        computed=f"{float(x.computed.mid):.2f}%")
    for b in recall.based_rates(doc):
        if b.slip is not None:
            continue  # N-UNIT-SLIP names the figure whose unit makes the rate fail
        if _at_comparable_prices(b.subject or b.current.subject, doc.sentence(b.current)):
            continue
        yield r.finding("based", severity="warning" if b.truncated or b.same_caliber else None,
                        narrative=[span(b.rate), span(b.current), span(b.base)],
                        expected=round(float(b.computed.mid) * 100, 4), actual=b.rate.value,
                        cause=causes.cause("truncated") if b.truncated else causes.cause("same_caliber", base=b.base.text)
                        if b.same_caliber else _unit_of_a_based_rate(b), subject=b.subject or b.current.subject,
                        current=b.current.text, base=b.base.text, direction="减少" if b.rate.relation == "减少" else "增长",
                        pct=b.rate.text, computed=_signed_pct(b.computed, b.rate))
    for x in recall.long_growths(doc):
        first, last = f"{x.years[0]}年的{x.first.text}", f"{x.years[1]}年的{x.last.text}"
        subject = x.name[-20:]
        if x.claim is not None:
            yield r.finding("average", severity="warning" if x.mean_of_years else None,
                            narrative=[span(x.claim), span(x.first), span(x.last)], expected=None,
                            cause=causes.cause("mean_of_years") if x.mean_of_years else None,
                            actual=x.claim.value, subject=subject, first=first, last=last, pct=x.claim.text, computed=x.computed)
        else:
            text, a, b = x.multiple
            yield r.finding("multiple", narrative=[Span(text, a, b), span(x.first), span(x.last)], expected=None,
                            actual=text, subject=subject, first=first, last=last, multiple=text, computed=x.computed)
    for x in recall.point_changes(doc):
        if x.verb:
            yield r.finding("points_direction", narrative=[span(x.claim), span(x.second), span(x.first)],
                            expected=float(x.computed.mid), actual=x.claim.value, first=x.first.text, second=x.second.text,
                            delta=x.claim.text, said=f"{x.verb} {x.first.text} " if x.verb.endswith("于") else f"与 {x.first.text} 相比{x.verb}",
                            right="高" if x.computed.mid > 0 else "低",
                            computed=f"{abs(float(x.computed.mid)):.{max(x.first.decimals, x.second.decimals)}f}个百分点")
            continue
        yield r.finding("points", severity="warning" if x.truncated else None,
                        narrative=[span(x.claim), span(x.second), span(x.first)],
                        expected=float(abs(x.computed.mid)), actual=x.claim.value,
                        cause=causes.cause("truncated") if x.truncated else None,
                        first=x.first.text, second=x.second.text, delta=x.claim.text,
                        computed=f"{abs(float(x.computed.mid)):.{max(x.first.decimals, x.second.decimals)}f}个百分点")
    for frame in doc.frames.values():
        pct, delta, current, base = frame.rate, frame.delta, frame.current, frame.base
        if pct is not None and pct.start in paired_rates:
            continue  # "分别比上年增加100.5万元、50万元，分别增长10.05%、6.67%": the pairing in order said it
        if not (current is not None and frame.same_sentence) and (x := _base_delta_rate(r, doc, frame)) is not None:
            yield x
            continue
        if _change_unit_slip(frame) is not None:
            continue  # "3.3萬元，…減少2.7元，下降45%": N-UNIT-SLIP names the change's unit, the rate holds
        if pct is None or delta is None or current is None or current.approximate or not frame.same_sentence:
            continue
        # a count's change may be written in a smaller unit than the count ("12.51万亩，比上年减少17500亩"):
        # the change and the base are read in the current figure's unit
        down, d = _change_size(frame, count_value(delta, current))
        # (a base written as a budget is said as one: "与2016年公共财政预算收入1631.06万元相比增加…", not "上年数")
        against = frame.against if base is None or "预算" not in (base.subject or "") \
            else "上年预算" if re.search(r"上年|去年", base.subject or "") else "预算"
        if base is not None:
            previous = count_value(base, current)
            reading = f"按所写{against}数 {base.text}"
        else:
            previous = value_of(current) + d if down else value_of(current) - d
            reading = f"按此{frame.against}数为 {_in_unit(previous, current)}"
        if previous.lo <= 0:
            continue
        computed = d / previous
        if computed is None:
            continue
        readings = [computed]
        if base is not None:
            # the rate of the two written figures, not of the (rounded) written change
            q = abs(value_of(current) - previous) / previous
            readings.append(q)
        else:
            whole = list_total(doc, current)
            # a change written after a "其中" list is the change of the list's total
            if whole is not None and comparable(whole, delta):
                readings.append(_change_rate(value_of(whole), d, down))
            if frame.elsewhere and not _after_base_year(doc, delta, current):
                readings.append(d / value_of(current) if value_of(current).lo > 0 else None)  # it is the base
            elif (later := _later_year_before(doc, current, d, down)) is not None:
                readings.append(d / value_of(current))  # it is the base of the figure before
                reading = f"若 {current.text} 是 {later.text}（{later.year}年）的{frame.against}数，幅度应为 {_pct(d / value_of(current))}；" \
                          f"若是本年数，{frame.against}数为 {_in_unit(previous, current)}"
        if re.search(r"(?:下降|减少|降低|增长|增加|提高|上升)(?:为|是|达到?)\s*$", doc.view[delta.end:pct.start]):
            readings.append(value_of(current) / previous)  # "减少20万元，下降为80%": the level it fell to, of the base
        for g in frame.alternatives:
            readings += [_change_rate(value_of(g), d, down),
                         d / value_of(g) if value_of(g).lo > 0 and not _after_base_year(doc, delta, g) else None]
        # "收入总计A，支出总计B，与2020年度相比，各增加d": the change is of each of them
        each = bool(_EACH.search(doc.view, doc.clause_start(delta.start), delta.start))
        named = doc.view[max(doc.sentence_start(current.start), current.start - 16):current.start]
        if each and _TWO_ITEMS.search(named) and not re.search(r"均|各|分别", named):
            # "收、支总计2608.66万元。……收、支总计各增加55.49万元，增长4.4%": one figure for two items
            # changing each by d may be their sum (each 1304.33)
            readings.append(_change_rate(value_of(current).scale(Fraction(1, 2)), d, down))
        if EITHER_WAY.search(doc.view, max(doc.sentence_start(delta.start), delta.start - 12), pct.start) \
                or pct.relation in CHANGE and delta.relation in CHANGE and _says_down(pct) != down:
            # "减少(增加)": either way; so too "增加175.9万元，下降19.22%": the two words disagree, either may be the slip
            readings.append(_change_rate(value_of(current), d, not down))
        readings = [q for q in readings if q is not None]
        holds = any(s.overlaps(q) for s in _as_written(doc, pct) for q in readings)
        said = _CHANGE_VERB_TAIL.sub("", re.split(r"比|较|同比|与", delta.subject or "")[0])
        other_whole = grand_and_this_years(said, current.subject or "")
        if not holds and other_whole:
            # "收入总计1523.46万元。……本年收入合计增加180.16万元，增长14.1%": the change is of the flow's other whole, not
            # written; 本年收入合计 is at most the 总计, so its rate is at least the one on the 总计 (a 总计's at most the one
            # on a 本年合计)
            # (under every reading of the figure: "若前文…是上年数" gives a lower bound of its own)
            size = _rate_size(pct)
            if "总计" in (current.subject or ""):
                computed = min(readings, key=lambda q: q.lo)
                holds = size.hi >= computed.lo
            else:
                computed = max(readings, key=lambda q: q.hi)
                holds = size.lo <= computed.hi
        # "1957.23万元，较2014年决算数1953.72万元减少3.51万元，下降0.2%": the size holds, not the direction
        wrong_way = holds and base is not None and recall.moves_against(value_of(current), value_of(base), down)
        if holds and not wrong_way:
            continue
        if recall.basis_elsewhere(doc, current, pct):
            continue  # "剔除机构改革因素后，本年…，比上年增加…，增长18%": a rate on a basis of its own
        if _at_comparable_prices(current.subject, doc.sentence(current)):
            continue  # "人均地区生产总值达28322元，比去年新增3637元，增长12.7%": output grows at comparable prices, its
            # change in money at current ones; the rate is of no two figures written
        if wrong_way:
            yield r.finding("direction", narrative=[span(pct), span(delta), span(current), span(base)],
                            expected=-pct.value, actual=pct.value, subject=current.subject, current=current.text,
                            base=base.text, said=f"{'减少' if frame.direction < 0 else '增加'}{delta.text}、{pct.text}",
                            direction="增加" if down else "减少", than="大于" if down else "小于")
            continue
        truncated = any(causes.truncated(_rate_size(pct).scale(100), q.scale(100)) for q in readings)
        # (a base written in the comparison itself, "较上年决算数18万元减少2万元", leaves the sentence's other
        # figures no reading of what the change is measured against)
        # (other figures of the sentence written as the same number give no other reading: "收入总计14,698.18万元，支出总计
        # 14,698.18万元，与2019年度相比，收、支总计减少…")
        explicit = (not frame.alternatives or each or base is not None and base.role == "base"
                    or all(g.value == current.value and g.unit == current.unit for g in frame.alternatives)) \
            and (not frame.elsewhere or recall.uniquely_named(doc, frame) and not _far_from_its_change(doc, frame, d, down))
        if frame.elsewhere and _after_base_year(doc, delta, current):
            reading = f"前文“{current.subject}”{current.text}是{current.year}年的数，按此{frame.against}数为 {_in_unit(previous, current)}"
        elif frame.elsewhere:
            reading = f"若前文“{current.subject}”{current.text}是{frame.against}数，幅度应为 {_pct(d / value_of(current))}；" \
                      f"若是本年数，{frame.against}数为 {_in_unit(previous, current)}"
        elif frame.alternatives:
            others = "、".join(g.text for g in frame.alternatives)
            reading += f"（句中另有 {others}，按哪个数都不符）"
        if other_whole and not truncated:
            at_most = "总计" in (current.subject or "")
            yield r.finding("bound", narrative=[span(pct), span(delta), span(current)], expected=round(float(computed.mid) * 100, 4),
                            actual=pct.value, said=said, direction="减少" if frame.direction < 0 else "增加", delta=delta.text,
                            pct=pct.text, side="不超过" if at_most else "不少于", current=current.text,
                            current_name=current.subject or "", limit="至少为" if at_most else "至多为", computed=_pct(computed))
            continue
        cause = causes.cause("truncated") if truncated else None
        if cause is None and (base is None or base.role == "base" or frame.against == "预算") and not frame.elsewhere \
                and value_of(current).lo > 0 \
                and (q := d / value_of(current)) is not None and _rate_size(pct).overlaps(q):
            cause = causes.cause("current_denominator", against=against, current=current.text)  # "减少0.71万元、幅度7.83%" of 9.07
        yield r.finding(severity="warning" if truncated or not explicit else None,
                        narrative=[span(pct), span(delta), span(current)], expected=round(float(computed.mid) * 100, 4),
                        actual=pct.value, cause=cause,
                        subject=current.subject, current=current.text, against=against,
                        direction="减少" if frame.direction < 0 else "增加", delta=delta.text, pct=pct.text, reading=reading,
                        computed=_pct(d.mid / previous.mid, pct) + _in_wan_too(delta, current, base, down))


# the verb a change's name ends with ("本年收入合计增加": 本年收入合计)
_CHANGE_VERB_TAIL = lazy(r"(?:减少|增加|增长|下降|提高|降低|增收|减收|增支|减支)了?$")
# measures of output, whose growth statistics give at comparable prices unless said otherwise
_OUTPUT_MEASURE = lazy(r"生产总值|GDP|增加值|总产值")
_AT_CURRENT_PRICES = lazy(r"现价|名义|当年价")


def _at_comparable_prices(subject: str | None, said: str) -> bool:
    """A rate of output ("地区生产总值120.3亿元，比上年112.5亿元增长5.2%"), given at comparable prices unless ``said``
    (its sentence, or its table row) says current ones: it is of no two figures written in money."""
    return bool(_OUTPUT_MEASURE.search(subject or "")) and not _AT_CURRENT_PRICES.search(said)


def _in_wan_too(delta: Figure, current: Figure, base: Figure | None, down: bool) -> str:
    """The rate a change written in 元 beside a figure in 万元 comes to if it is 万元 too, for the message
    ("比上年增加64.23元，增长5.7%" of 1135.8万元: 0.00057 % as written, 5.99 % as 64.23万元); "" otherwise."""
    if base is not None or delta.unit != "元" or current.unit not in ("万元", "萬元") or not delta.value:
        return ""
    fixed = delta.interval   # its digits, read in 万元
    before = value_of(current) + fixed if down else value_of(current) - fixed
    if before.lo <= 0:
        return ""
    return f"（若增减额是 {_in_other_unit(delta, current.unit)}，应为 {_pct(fixed / before)}）"


# the words a compared figure's name keeps from its comparison ("与2013年的…相比": "与")
_COMPARING_WORDS = lazy(r"^(?:与|和|同|比起|比|较|相比|相较于?|对比)\s*|\s*(?:相比|相较)$")


def _in_its_year(g: Figure, other: Figure) -> str:
    """A figure with its name, and its year when the two figures' years differ and the name does not
    say it ("2023年支出决算125万元" beside "2022年支出决算100万元")."""
    named = f"{_COMPARING_WORDS.sub('', g.subject or '')}{g.text}"
    if g.year and other.year and g.year != other.year and not re.search(r"\d{4}|上年|去年|本年|今年", g.subject or ""):
        return f"{g.year}年{named}"
    return named


def _unit_of_a_based_rate(b) -> causes.Cause | None:
    """"89410萬元，比上年的131870.68元減少32.20%" with no other amount to tell which unit is the text's: the
    rate holds with the two figures in one unit, so one of them has its unit written wrong."""
    if b.current.unit == b.base.unit or wan_yuan_factor(b.current.unit) is None or wan_yuan_factor(b.base.unit) is None:
        return None
    now, before = b.current.interval, b.base.interval
    q = (now - before) / before if before.lo > 0 else None
    if q is None or not (abs(q).overlaps(value_of(b.rate)) or causes.truncated(b.rate.interval, abs(q).scale(100))):
        return None
    units = {b.current.unit, b.base.unit}
    return causes.cause("yuan_for_wan") if units == {"元", "万元"} or units == {"元", "萬元"} \
        else causes.cause("yi_for_wan") if units in ({"亿元", "万元"}, {"億元", "萬元"}) else None


_AVERAGE_GROWTH = lazy(r"(?:年均|平均|均)(?:增长|增速|增幅|递增|下降|降幅)")
_PADDED = lazy(r"([-+－]?\d+)[.．](\d*?)([0０]+)\s*[%％]")   # "12.770%", "１２．７７０％"


_ITEM_LINE_END = lazy(r"[；;][ \t]*$")


def _change_size(frame, d: Interval) -> tuple[bool, Interval]:
    """Whether a frame's change is a fall, and its size: "增加-45.13万元" is a fall of 45.13万元, its words and
    its sign together saying its direction (as ``_says_down`` of a rate)."""
    down = frame.direction < 0
    return (not down, d.scale(-1)) if frame.delta.value < 0 else (down, d)


def _says_down(pct: Figure) -> bool:
    """Whether a rate of change says a fall: "下降7.31%", or a growth below zero, "增长-7.31%"."""
    return (pct.relation == "减少") != (pct.value < 0)


def _rate_size(pct: Figure) -> Interval:
    """A rate of change as the size of the change ("减少310.02万元，增长-7.31%": 7.31 %), its direction being
    the one its words and sign say (``_says_down``); so too when its digits were cut ("增长-30%" of a fall of 30.90 %
    is the size 30 % cut, as "下降30%" is)."""
    return value_of(pct).scale(-1) if pct.value < 0 else value_of(pct)


def _as_written(doc: NarrativeDoc, pct: Figure) -> list[Interval]:
    """A rate's readings as the size of its change (``_rate_size``): as written, and, when the other rates of its
    paragraph are written with fewer decimals, with its trailing zeros down to theirs read as padding
    ("同比下降12.770%；…同比下降13.90%": 12.77 % written to three places)."""
    out = [_rate_size(pct)]
    m = _PADDED.fullmatch(pct.text.strip())
    if m:
        # (the paragraph near the rate: a text written as one paragraph is not scanned whole for every rate)
        a = max(doc.paragraph_start(pct.start), pct.start - 2000)
        b = min(doc.paragraph_end(pct.start), pct.end + 2000)
        # the items of one list written a line each, the lines ending with a semicolon, are one paragraph
        while a > max(pct.start - 2000, 1) and _ITEM_LINE_END.search(doc.view, max(a - 4, 0), a - 1):
            a = doc.paragraph_start(a - 2)
        while b < min(pct.end + 2000, len(doc.view) - 1) and _ITEM_LINE_END.search(doc.view, max(b - 3, 0), b):
            b = max(doc.paragraph_end(b + 1), b + 1)
        usual = [g.decimals for g in doc.between(a, b) if g.kind == "percent" and g is not pct]
        digits = m.group(2)
        for k in range(len(m.group(3))):
            decimals = len(digits) + k
            if usual and decimals >= max(usual):
                whole = m.group(1).replace("－", "-")
                out.append(Interval.rounded(float(f"{whole}.{digits}{'0' * k}" if decimals else whole),
                                            decimals).scale(0.01 if pct.value >= 0 else -0.01))
    return out


def _far_from_its_change(doc: NarrativeDoc, frame, d: Interval, down: bool) -> bool:
    """Whether the figure a change was bound to by its name, in another paragraph, is over ten times or under a
    tenth of the figure the change and its rate imply ("公务接待费同比减少897万元，下降17.63%" implies about
    4191万元, not another text's "公务接待费支出决算1.5万元"): no figure the writer measured the change on."""
    current, pct = frame.current, frame.rate
    if doc.paragraph_start(current.start) == doc.paragraph_start(frame.delta.start) or not pct.value:
        return False
    rate = float(_rate_size(pct).mid)
    if rate <= 0:
        return False
    now = float(value_of(current).mid)

    def implied(r: float) -> float:
        base = float(d.mid) / r
        return base - float(d.mid) if down else base + float(d.mid)

    def far(x: float) -> bool:
        return now > x * 10 or now * 10 < x

    # (a fall of over 100 % fits no figure: an error; a rate a hundred times off near the figure is a fraction
    # written with "%", "减幅0.02%" for 2 %: an error)
    as_written, as_fraction = implied(rate), implied(rate * 100)
    return as_written > 0 and far(as_written) and (as_fraction <= 0 or far(as_fraction))


def _base_delta_rate(r: Rule, doc: NarrativeDoc, frame) -> Finding | None:
    """"较2025年一般公共预算拨款收入1,761.29万元增加28.9万元，增长1.61%": the base, the change and its rate
    written in one clause run, the amount it is of in another sentence or not written: the rate is the change
    over the written base (or, a wrong denominator, over the base moved by the change, named as the cause).
    The finding when no reading holds, else None."""
    pct, delta, base = frame.rate, frame.delta, frame.base
    if pct is None or delta is None or base is None or pct.approximate or delta.approximate or base.approximate \
            or not base.start < delta.start < pct.start or not comparable(base, delta) or value_of(base).lo <= 0 \
            or doc.sentence_start(base.start) != doc.sentence_start(pct.start) \
            or _SEMICOLON.search(doc.view, base.end, pct.start) or len(doc.between(base.end, pct.start)) != 1 \
            or EITHER_WAY.search(doc.view, base.end, pct.end) or _EACH.search(doc.view, base.end, delta.start):
        return None
    (down, d), b = _change_size(frame, value_of(delta)), value_of(base)
    stated = _rate_size(pct)
    readings = [d / b]
    if frame.current is not None and comparable(frame.current, base):
        readings.append(abs(value_of(frame.current) - b) / b)  # the written current figure, if it is this one
    readings = [q for q in readings if q is not None]
    if not readings or any(s.overlaps(q) for s in _as_written(doc, pct) for q in readings) \
            or recall.basis_elsewhere(doc, base, pct):
        return None
    truncated = any(causes.truncated(_rate_size(pct).scale(100), q.scale(100)) for q in readings)
    moved = b - d if down else b + d
    cause = causes.cause("truncated") if truncated else None
    if cause is None and moved.lo > 0 and (q := d / moved) is not None and stated.overlaps(q):
        cause = causes.cause("current_denominator", against="所比较的", current=_in_unit(moved, base))
    name = _LEAD_COMPARE.sub("", base.subject or "")
    return r.finding("base_delta", severity="warning" if truncated else None,
                     narrative=[span(pct), span(delta), span(base)], expected=round(float(readings[0].mid) * 100, 4),
                     actual=pct.value, cause=cause, base=f"{base.year}年{name}{base.text}" if base.year else f"{name}{base.text}",
                     direction="减少" if frame.direction < 0 else "增加", delta=delta.text, pct=pct.text, base_text=base.text,
                     computed=_pct(readings[0]))


_LEAD_COMPARE = lazy(r"^(?:较|比|与|同)+")
_TWO_ITEMS = lazy(r"[\u4e00-\u9fff][、和与及][\u4e00-\u9fff]|收支")
_EACH = lazy(r"各(?:自)?(?:增加|增长|减少|下降|增收|减收|增支|减支)")

_YEAR_WRITTEN = lazy(r"(\d{4})\s?年")


def _later_year_before(doc: NarrativeDoc, current: Figure, d: Interval, down: bool) -> Figure | None:
    """"2023年基本支出71.40万元。2022年为91.45万元，减少20.05万元，下降21.92%": a figure its sentence
    writes of an earlier year than the like figure ending the sentence before, the two apart by the
    change in the direction said, is the base of that figure, and the change (with no base of its own)
    is of the later one."""
    start = doc.sentence_start(current.start)
    years = _YEAR_WRITTEN.findall(doc.view, start, current.start)
    if not years or value_of(current).lo <= 0:
        return None
    previous = doc.sentence_start(max(start - 1, 0))
    for g in doc.before(current):
        if g.start < previous:
            break
        if g.end > start or not comparable(g, current):
            continue
        gap = value_of(current) - value_of(g) if down else value_of(g) - value_of(current)
        if g.year is not None and g.year > int(years[-1]) and gap.overlaps(d):
            return g
        return None   # the nearest like figure of the sentence before, only
    return None


def _after_base_year(doc: NarrativeDoc, delta: Figure, g: Figure) -> bool:
    """A figure of a year after the one the change is measured from ("2023年度…1,145.52万元。与2022年度
    相比，…增加342万元") is this year's, never the base the change is divided by."""
    m = None
    # the comparison may open the paragraph for a flow's change in a later sentence ("与2015年决算数相比，
    # 收入增加…。支出增加…")
    start = doc.paragraph_start(delta.start) if flow_total_before(doc, delta) is g else doc.sentence_start(delta.start)
    for m in recall.BASE_YEAR.finditer(doc.view, start, delta.start):
        pass
    return m is not None and g.year is not None and g.year > int(m.group(1))


def _pct(q, claim: Figure | None = None) -> str:
    """A rate for a message: of the written figures (the interval's middle); a tiny one with two
    significant digits ("0.0023%"), never as 0.00%.  Given the percent it is set against (``claim``), with as
    many more digits as it takes not to seem to round to it when it does not ("57.0%" against 56.9452%: "56.945%",
    not "56.95%")."""
    if isinstance(q, Interval):
        q = q.mid
    if q is None:
        return "—"
    x = float(q) * 100
    if x != 0 and abs(x) < 0.01:
        # two significant digits, written out ("0.000026%", not "2.6e-05%")
        return f"{x:.{1 - math.floor(math.log10(abs(x)))}f}%"
    digits = 2
    if claim is not None and claim.kind == "percent":
        while digits < 6 and _seems_to_round_to(x, digits, claim):
            digits += 1
    return f"{x:.{digits}f}%"


def _seems_to_round_to(x: float, digits: int, claim: Figure) -> bool:
    """Whether ``x`` shown with ``digits`` decimals rounds (half up) to the claim's written digits while ``x``
    itself does not."""
    step = Decimal(1).scaleb(-claim.decimals)
    written = Decimal(str(abs(claim.value))).quantize(step, ROUND_HALF_UP)
    shown = Decimal(f"{abs(x):.{digits}f}").quantize(step, ROUND_HALF_UP)
    return shown == written and Decimal(abs(x)).quantize(step, ROUND_HALF_UP) != written


def _change_rate(now: Interval, d: Interval, down: bool) -> Interval | None:
    """The rate of a change d of a figure now, on last year's figure now ± d."""
    prev = now + d if down else now - d
    return d / prev if prev.lo > 0 else None


def _operand_place(view: str, start: int, g: Figure, f: Figure) -> bool:
    """Whether g stands where an operand of the rate f can: outside brackets, or in f's own bracket."""
    if not in_brackets_between(view, start, g.start):
        return True
    return in_brackets_between(view, start, f.start) and not re.search(r"[）)]", view[g.end:f.start])


def _another_pair_holds(stated: Interval, c: Figure, a: Figure, b: Figure) -> bool:
    """Whether the figure before the two a rate follows makes it with one of them."""
    if c.kind == "percent" or not plain(c) or c.approximate or not c.value or not comparable(c, a):
        return False
    for x in (a, b):
        for num, den in ((c, x), (x, c)):
            q = value_of(num) / value_of(den)
            if q is not None and stated.overlaps(q):
                return True
    return False


def _rate_of_a_difference(stated: Interval, a: Interval, b: Interval) -> bool:
    """A rate of an excess or a shortfall over its base: "实际支出160万元，超出目标10万元，超支率
    6.67%" is 10 ÷ (160 − 10); "完成28家，差2家，差额率6.67%" is 2 ÷ (28 + 2).  Either reading
    agreeing means the two figures are not the rate's numerator and denominator."""
    for part, whole in ((a, b), (b, a)):
        for base in (whole - part, whole + part):
            if base.lo > 0:
                q = part / base
                if q is not None and stated.overlaps(q):
                    return True
    return False


_CHANGE_RATE = lazy(r"调整|变动|变化|增|减|降|节约|节资|节支|超")


def _rate_of_a_change(stated: Interval, a: Interval, b: Interval) -> bool:
    """A rate named as a change ("预算调整率", "变动率", "节约率"): the change from one figure to the
    other over the first ("年初预算1000万元，调整预算1200万元，预算调整率20%")."""
    for x, y in ((a, b), (b, a)):
        if x.lo > 0 and (q := (y - x) / x) is not None and (stated.overlaps(q) or stated.overlaps(q.scale(-1))):
            return True
    return False


def _of_the_listed_sum(doc: NarrativeDoc, f: Figure, prior: list[Figure]) -> bool:
    """A rate after three or more amounts of one kind in its sentence: the first of them over the sum of the others
    (or the sum over the first) is a reading ("实际使用资金373.8万元,落实中央拨付资金186.9万元,省级配套…112.14万元,县级
    配套…74.76万元,专项资金使用率达100%": used over what the three levels granted); True when it holds."""
    amounts = [g for g in reversed(prior) if g.kind == "amount" and plain(g) and not g.approximate and g.value]
    if len(amounts) < 3 or any(not comparable(g, amounts[0]) for g in amounts):
        return False
    first, rest = value_of(amounts[0]), interval_sum(value_of(g) for g in amounts[1:])
    return any(q is not None and value_of(f).overlaps(q) for q in (first / rest, rest / first))


def rates(r: Rule, ctx: Context) -> Iterable[Finding]:
    doc = _doc(ctx)
    bound = yield from _bound_rates(r, doc)
    for x in recall.form_rates(doc):
        bound.add(x.rate.start)
        yield r.finding("bound", severity="warning" if x.truncated else "error",
                        narrative=[Span(x.rate.text, x.rate.start, x.rate.end), Span(x.actual.text, x.actual.start, x.actual.end),
                                   Span(x.budget.text, x.budget.start, x.budget.end)],
                        expected=round(float(x.computed.mid) * 100, 4), actual=x.rate.text,
                        cause=causes.cause("truncated") if x.truncated else None, subject=f"表中{x.rate.label}",
                        pct=x.rate.text, reading=f"{x.actual.label} {x.actual.text} ÷ {x.budget.label} {x.budget.text} ",
                        computed=_pct(x.computed), slip="")
    for x in recall.reductions(doc):
        if x.rate is not None:
            bound.add(x.rate.start)
        if x.rate_fails and x.rate_computed is not None:
            yield r.finding("bound", severity="error", narrative=[span(x.rate), span(x.difference), span(x.first)],
                            expected=round(float(x.rate_computed.mid) * 100, 4), actual=x.rate.value,
                            subject=x.rate.subject, pct=x.rate.text,
                            reading=f"{x.difference.subject}{x.difference.text} ÷ {x.first.subject}{x.first.text} ",
                            computed=_pct(x.rate_computed), slip="")
    for x in recall.savings_without_budget(doc):
        bound.add(x.rate.start)
        yield r.finding("bound", severity="error", narrative=[span(x.rate), span(x.saving), span(x.actual)],
                        expected=round(float(x.computed.mid) * 100, 4), actual=x.rate.value,
                        subject=x.rate.subject, pct=x.rate.text,
                        reading=f"{x.saving.subject}{x.saving.text} ÷（{x.actual.subject}{x.actual.text} + {x.saving.text}）",
                        computed=_pct(x.computed), slip="")
    bound.update(f.start for x in recall.wholes_their_rates_correct(doc).values() for f, _, _ in x.rates)
    for f in doc.figures:
        if f.start in bound:
            continue
        if f.kind != "percent" or f.relation is not None or f.approximate:
            continue
        if not (f.subject.endswith("率") or "完成预算" in f.subject):
            continue
        if _AVERAGE_GROWTH.search(f.subject):
            continue  # "由1978年的3.37亿元增长到2017年的122.8亿元，…年均增长率9.7%": compounded over the years
        # Within the sentence, and within the table cell: a row of a table is read as one
        # line with its cells joined by tabs, and a rate in one cell is not a ratio of others.
        start = max(doc.sentence_start(f.start), doc.index.marks("\t").last(0, f.start) + 1)
        # a figure inside a bracket the rate is outside of is a breakdown or a remark, not an operand
        # ("全年预算1200万元（年初预算1000万元，追加200万元），实际支出1140万元，执行率95%")
        prior = [g for g in doc.before(f, limit=10) if g.start >= start and _operand_place(doc.view, start, g, f)]
        if len(prior) < 2 and (over := _over_the_basis_before(doc, f)) is not None:
            x, named, q = over   # "支出3659.92万元（按年初预算3967.39万元和追加预算991.85万元计算），预算执行率69.19%"
            yield r.finding(narrative=[span(f), span(x), *map(span, named)], expected=round(float(q.mid) * 100, 4),
                            actual=f.value, subject=f.subject, pct=f.text, a=x.text,
                            b=" + ".join(g.text for g in named) if len(named) == 1 else "（" + " + ".join(g.text for g in named) + "）",
                            computed=_pct(q, f))
            continue
        if len(prior) < 2 or prior[0].kind == "percent" or prior[1].kind == "percent":
            continue
        a, b = prior[1], prior[0]  # in reading order
        if not comparable(a, b) or a.approximate or b.approximate or a.kind == "count" and a.unit not in ("亩", "万亩", "㎡", "平方米"):
            continue
        if not a.value or not b.value or not plain(a) or not plain(b):
            continue
        if _EXECUTION_RATE.search(f.subject) and any(
                _in_its_phrase(doc, g, _NO_OPERAND_OF_AN_EXECUTION_RATE)
                or _A_YEARS_OWN.search(f.subject) and _in_its_phrase(doc, g, _CUMULATIVE) for g in (a, b)):
            continue  # "预算500.00万元，上年结转资金50.00万元，…", "上年支出1.60万元", "当年预算执行率" beside "累计支出3.20万元": a
            # carry-over or last year's amount is neither what an execution rate divides nor by what (a change rate's is:
            # "上年24634.58万元,同比增减额3381.44万元,同比增减率15.78%"), nor, for the year's own rate, a cumulative one
        if re.search(r"[；;]", doc.text[a.end:f.start]):
            continue
        if any((pl := list_of(doc, x)) is not None and pl.total is y for x, y in ((a, b), (b, a))):
            continue  # "经费369万元，其中幼师国培资金97.875万元，资金到位率100%": a part's share, not a rate of the two
        if (pl := list_of(doc, a)) is not None and any(p is b for p in pl.parts) \
                and interval_sum(value_of(p) for p in pl.parts).overlaps(value_of(pl.total)) \
                and not any(plain(g) and g.kind == a.kind
                            for g in doc.between(doc.sentence_start(max(0, start - 1)), pl.total.start)):
            continue  # "资金1293.5万元，其中规划资金1207万元，学生资助资金86.5万元，…，资金到位率100%": two parts of the
            # whole they make up, no other amount written before it in its sentence or the one before: not a
            # budget and what was done of it
        if _of_the_whole_broken_down(doc, f, start, a, b) or _of_some_parts(doc, f, a, b):
            continue
        if _a_rate_of_the_whole_after_its_kinds(doc, f, a, b):
            continue  # "债务余额315.96亿元，其中一般债务250.38亿元、专项债务65.58亿元，债务率121%": of the whole's debt
        if _TARGET_AND_DONE.match(doc.view, f.end):
            continue  # "完整、准确率100%100%": a performance table's row (target, then what was done), flattened
        if _SAVING_NAMED.search(f.subject) and not any(_BUDGET_PRICE.search(g.subject or "") for g in prior):
            continue  # "成交金额8.64亿元，节约金额0.72亿元，节资率16.24%": a saving is of a budget not written
        options = [(x, y) for x, y in ((b, a), (a, b)) if y.value]
        results = [(x, y, value_of(x) / value_of(y)) for x, y in options]
        if not results or any(q is not None and value_of(f).overlaps(q) for _, _, q in results):
            continue
        if _of_the_listed_sum(doc, f, prior):
            continue  # "实际使用资金373.8万元,落实中央拨付资金186.9万元,省级…112.14万元,县级…74.76万元,…使用率达100%"
        if _rate_of_a_difference(value_of(f), value_of(a), value_of(b)):
            continue
        if _CHANGE_RATE.search(f.subject) and _rate_of_a_change(value_of(f), value_of(a), value_of(b)):
            continue
        if len(prior) > 2 and _another_pair_holds(value_of(f), prior[2], a, b):
            continue  # "全年执行1140万元，年初预算1000万元，调整后预算1200万元，执行率95%": 1140 ÷ 1200
        readings = _over_a_budget_added_to(prior[2], a, b) if len(prior) > 2 else []
        if any(value_of(f).overlaps(q) for *_, q in readings):
            continue  # "项目年初预算50.00万元，追加预算10.00万元，全年执行数58.80万元，预算执行率98.0%": 58.80 ÷ (50 + 10)
        added = next(((adj, act) for adj, act in ((a, b), (b, a)) if _adds_to_a_budget(adj)), None)
        if added is not None and not (len(prior) > 2 and plain(prior[2]) and prior[2].kind == "amount"
                                      and not _adds_to_a_budget(prior[2])):
            continue  # an addition to a budget is no budget; the budget it is added to not right before it: not read
        if added is not None and readings and readings[0][0] is added[0]:
            adj, act, sign, q = readings[0]
            yield r.finding(narrative=[span(f), span(act), span(prior[2]), span(adj)], expected=round(float(q.mid) * 100, 4),
                            actual=f.value, subject=f.subject, pct=f.text, a=act.text,
                            b=f"（{prior[2].text} {'−' if sign < 0 else '+'} {adj.text}）", computed=_pct(q, f))
            continue
        if _basis_in_brackets_holds(doc, f, (a, b)):
            continue  # "…支出2048.98万元，预算执行率95.35%（按年度预算2149.00万元计算）": its base is the one it names
        # the amount named a budget (and the other not) is the one divided by ("公务接待费1.26万元，预算1.50万元，预算执行率
        # 94.0%": 1.26 ÷ 1.50), else the nearer one
        x, y, q = next((t for t in results if _named_a_budget(t[1]) and not _named_a_budget(t[0])), results[0])
        if q is None:
            continue
        left = next((g for g in (a, b) if _in_its_phrase(doc, g, _LEFT_OVER)), None)
        if left is not None:
            # "预算1.50万元，结余0.24万元，预算执行率74.0%": what was spent of the budget (the amount named so before the
            # balance, else the other one) is what is not left of it
            bases = [g for g in prior if g is not left and g.kind == left.kind and comparable(g, left) and _named_a_budget(g)
                     and value_of(left).hi < value_of(g).lo] or [b if left is a else a]
            base = bases[0]
            if value_of(left).hi >= value_of(base).lo:
                continue   # (more left than there was: not the budget's balance)
            q2 = (value_of(base) - value_of(left)) / value_of(base)
            if q2 is None or any((x := (value_of(g) - value_of(left)) / value_of(g)) is not None
                                 and _with_truncation(value_of(f)).overlaps(x) for g in bases):
                continue   # (of any budget written: "本年度部门预算1200万元，其中项目支出预算500万元，结余50万元，预算执行率95.8%")
            yield r.finding(narrative=[span(f), span(left), span(base)], expected=round(float(q2.mid) * 100, 4),
                            actual=f.value, subject=f.subject, pct=f.text, a=f"（{base.text} − {left.text}）", b=base.text,
                            computed=_pct(q2, f))
            continue
        if value_of(f).lo > 0 and all(q2 is not None and (q2.lo > value_of(f).hi * _FAR or q2.hi * _FAR < value_of(f).lo)
                                      for _, _, q2 in results):
            continue  # "回收2446.41万元，贷款余额21.55亿元，全州个人贷款率为81.34%": either way the two amounts make a rate
            # dozens of times off (8808.83 %, 1.14 %): they are no operands of it (its base is written elsewhere)
        yield r.finding(narrative=[span(f), span(x), span(y)], expected=round(float(q.mid) * 100, 4), actual=f.value,
                        subject=f.subject, pct=f.text, a=x.text, b=y.text, computed=_pct(q, f))


_CLOSING_WORD = lazy(r"合计|共计|总计|小计|总共|合共|共有|共")
_EXECUTION_RATE = lazy(r"执行|完成|支付|使用")
_NO_OPERAND_OF_AN_EXECUTION_RATE = lazy(r"结转|上年|去年|上一年")
_A_YEARS_OWN = lazy(r"当年|本年|年度")
_CUMULATIVE = lazy(r"累计")
_LEFT_OVER = lazy(r"结余|节余|剩余")


def _in_its_phrase(doc: NarrativeDoc, g: Figure, pattern) -> bool:
    """Whether ``pattern`` is written in the phrase before the figure (its words as written, not its subject read)."""
    return pattern.search(doc.view, doc.index.phrases.start(g.start), g.start) is not None


def _named_a_budget(g: Figure) -> bool:
    """An amount named as a budget or plan ("预算1.50万元", "年度计划"), not a flow of a budget account ("一般公共预算收入")."""
    return bool(_BUDGET_PRICE.search(recall.ACCOUNTS.sub("", recall.bare(g.subject or ""))))


def _adds_to_a_budget(g: Figure) -> bool:
    return recall.adds_to_a_budget(g.subject or "")


def _over_a_budget_added_to(first: Figure, a: Figure, b: Figure) -> list[tuple[Figure, Figure, int, Interval]]:
    """The readings of a rate of one of a, b over the budget written first plus (or less) the other, an addition to it
    named as such (追加, 调增, 调减…): (the addition, the actual, its sign, the rate), a before b."""
    out = []
    for adj, actual in ((a, b), (b, a)):
        if not _adds_to_a_budget(adj) or not plain(first) or first.kind != "amount":
            continue
        sign = -1 if re.search(r"调减|追减|核减", adj.subject or "") else 1
        base = value_of(first) + value_of(adj).scale(sign)
        if base.lo > 0 and (q := value_of(actual) / base) is not None:
            out.append((adj, actual, sign, q))
    return out


_FAR = 20   # a rate this many times off either way is of other figures than the two read

# a rate's base named in brackets right after it ("95.35%（按年度预算2149.00万元计算）"), read from the text (the view
# blanks a bracketed remark out); the words name a budget or what could be spent, not another measure ("按人均标准
# 124.65万元计算" is no base of an execution rate)
_BASIS_AFTER = lazy(r"\s*[（(]\s*(?:按|以|依)([^（）()\d]{0,20}?)(\d)[\d,]*(?:\.\d+)?\s*(?:万元|亿元|元)[^（）()]{0,12}[）)]")
_BASIS_NAMED = lazy(r"预算|计划(?!生育)|任务|目标|批复|下达|安排|核定|可用|可支付")


# a bracket telling what the rate after it is computed on ("…支出3659.92万元（按年初预算3967.39万元和追加预算991.85万元
# 计算），预算执行率73.80%"), ending where the rate's words begin
_BASIS_BEFORE = lazy(r"[（(]\s*" + RATE_BASIS + TO_A_RATE + "$")


def _over_the_basis_before(doc: NarrativeDoc, f: Figure):
    """The amount right before a bracket naming the base of the rate after it, over the bracket's amounts, when the rate
    is not that: (the amount, the bracket's amounts, the quotient); None when it is, or when there is no such bracket."""
    lo = doc.sentence_start(f.start)
    m = _BASIS_BEFORE.search(doc.narrative.text, lo, f.start)
    if m is None or not _BASIS_NAMED.search(re.split(r"[）)]", m.group(0))[0]):
        return None   # ("（按上年数59.38亿元计算）" names no base of an execution rate)
    named = [g for g in doc.between(m.start(), m.end()) if g.kind == "amount" and not g.approximate and g.relation is None]
    before = [g for g in doc.between(lo, m.start()) if g.kind == "amount"]
    if not named or not before or doc.narrative.text[before[-1].end:m.start()].strip() or before[-1].approximate:
        return None
    x = before[-1]
    if not all(comparable(x, g) for g in named):
        return None
    q = value_of(x) / interval_sum(value_of(g) for g in named)
    if q is None or value_of(f).overlaps(q):
        return None
    return x, named, q


def _basis_in_brackets_holds(doc: NarrativeDoc, f: Figure, operands: tuple[Figure, ...]) -> bool:
    m = _BASIS_AFTER.match(doc.narrative.text, f.end)
    if m is None or not _BASIS_NAMED.search(m.group(1)):
        return False
    named = doc.first_between(m.start(2), m.end(2))   # the amount the bracket names, as read
    if named is None or named.kind != "amount":
        return False
    base = value_of(named)
    return any((q := value_of(g) / base) is not None and value_of(f).overlaps(q) for g in operands if g.kind == "amount")


# a rate of what was saved: over the budget (or ceiling price) the saving was made on, which the amount
# bought or dealt need not be all of (a market's deals include sales, where nothing is saved)
_SAVING_NAMED = lazy(r"节资率|节约率|节支率")
_BUDGET_PRICE = lazy(r"预算|计划(?!生育)|控制价|最高限价|概算")


def _of_the_whole_broken_down(doc: NarrativeDoc, f: Figure, start: int, a: Figure, b: Figure) -> bool:
    """A rate after the parts of a 其中 list is of the whole the list breaks down ("预算资金120万元，其中中央
    资金80万元、…县级配套10万元，实际到位115万元，资金到位率95.83%"; "全年预算300万元，全年执行291万元，其中
    基本支出200万元、项目支出91万元，预算执行率97%"), not of its parts: True when the whole makes the rate with
    the other operand (the amount after the list, or an amount of the sentence before the list)."""
    pl = list_of(doc, a)
    if pl is None or pl.total.end > a.start:
        return False
    whole = pl.total
    ours = {id(p) for p in pl.parts}
    # (the amount after the list may have been read as one more part: "…县级配套10万元，实际到位115万元")
    before = [g for g in doc.between(start, whole.start) if id(g) not in ours]
    if whole.start >= start and not before:
        # "全年预算数602.27万元，…。资金到位577.97万元，其中，…县级资金118.09万元，资金到位率95.97%": a sentence opening
        # with the whole; the amount it is a rate of may be in the sentence before
        k = start - 1
        while k > 0 and doc.view[k] in "。！？!?\n \t":
            k -= 1
        before = [g for g in doc.between(doc.sentence_start(k), start)] if k > 0 else []
    pairs = [(b, whole), *((b, g) for g in before), *((whole, g) for g in before if id(b) in ours)]
    stated = value_of(f)
    for x, y in pairs:
        if not comparable(x, y) or not plain(y) or y.approximate or not y.value or not x.value or y.kind == "percent":
            continue
        for num, den in ((x, y), (y, x)):
            if (q := value_of(num) / value_of(den)) is not None and stated.overlaps(q):
                return True
        if _rate_of_a_difference(stated, value_of(x), value_of(y)):
            return True  # "预算安排资金300万元，其中省级资金200万元，年终结余9万元，执行率97%"
    return False


def _a_rate_of_the_whole_after_its_kinds(doc: NarrativeDoc, f: Figure, a: Figure, b: Figure) -> bool:
    """Two parts of one list, each named with the word the rate is named for as the whole is ("政府债务余额…，
    其中一般债务…、专项债务…，债务率121%"): kinds of the whole's measure, the rate is of the whole (over a base
    the text need not give), not of one kind over the other."""
    pl = list_of(doc, a)
    name = f.subject or ""
    if pl is None or pl is not list_of(doc, b) or a is pl.total or b is pl.total or not name.endswith("率"):
        return False
    stem = name[-3:-1]
    return len(stem) == 2 and all(stem in (g.subject or "") for g in (pl.total, a, b))


def _of_some_parts(doc: NarrativeDoc, f: Figure, a: Figure, b: Figure) -> bool:
    """A rate of an operand whose bracket right after it breaks it down may be of some of those parts: "决算数13亿
    7,800万元(含实现数7亿580万4千元、应付数1,236万5千元、保留数6亿5,983万1千元),预算执行率为52.12%" is of what was
    spent and owed, the sum retained left out.  True when some of the parts (not all) make the rate with the other
    operand."""
    stated = value_of(f)
    for x, other in ((a, b), (b, a)):
        if doc.view[x.end:x.end + 1] not in ("（", "("):
            continue
        close = BRACKETED.match(doc.view, x.end)
        parts = [g for g in doc.between(x.end, close.end()) if g.kind == "amount" and comparable(g, x) and plain(g)
                 and not g.approximate] if close else []
        if not 2 <= len(parts) <= 5 or not other.value:
            continue
        for mask in range(1, 2 ** len(parts) - 1):
            chosen = interval_sum(value_of(p) for i, p in enumerate(parts) if mask >> i & 1)
            for q in (chosen / value_of(other), value_of(other) / chosen):
                if q is not None and stated.overlaps(q):
                    return True
    return False


# a second percent right after a rate: the target and the value reached of an indicator row
_TARGET_AND_DONE = lazy(r"\s*[0-9０-９.]+\s*[%％]")


def _bound_rates(r: Rule, doc: NarrativeDoc):
    """Rates whose budget and actual are named in their own sentence: an error when no reading
    holds (a unit slip that makes the rate hold is N-UNIT-SLIP's); returns the rates handled."""
    handled = set()
    for c in recall.rate_claims(doc):
        handled.add(c.rate.start)
        if c.slip_holds or c.holds:
            continue
        actual = float(value_of(c.actual).mid)
        if c.budget is not None:
            budget = float(value_of(c.budget).mid)
            reading = f"{c.actual.subject}{c.actual.text} ÷ {c.budget.subject}{c.budget.text} "
        else:
            budget = actual - float(value_of(c.difference).mid) * c.sign
            reading = (f"{c.actual.subject}{c.actual.text} ÷ {c.whole} {_in_unit(Interval.rounded(budget, 6), c.actual)}"
                       f"（{c.difference.subject}{c.difference.text}）")
        slip = ""
        if c.slip is not None and c.slip_computed is not None:
            slip = f"；{c.slip.text}按{'元' if c.slip.unit == '万元' else '万元'}计也只有 {_pct(c.slip_computed)}"
        if c.elsewhere:
            # the item's one budget written in another sentence: another budget, not written, may be meant
            reading = f"{c.actual.subject}{c.actual.text} ÷ {c.elsewhere}{c.budget.text} "
            slip = "（如完成的是另一预算数，请在句中写明）"
        spans = [span(c.rate), span(c.actual), *([span(c.budget)] if c.budget else []),
                 *([span(c.difference)] if c.difference else [])]
        yield r.finding("bound", severity="warning" if c.elsewhere else "error", narrative=spans, expected=round(actual / budget * 100, 4),
                        actual=c.rate.value, subject=c.rate.subject if len(c.rate.subject) > 1 else "完成预算的",
                        pct=c.rate.text, reading=reading,
                        computed=_pct(actual / budget), slip=slip)
    return handled


def _section(doc: NarrativeDoc, f: Figure) -> str:
    """The heading a figure is under (the nearest line before it that starts with a list marker)."""
    pos = doc.paragraph_start(f.start)
    cache = doc.__dict__.setdefault("_sections", {})
    if pos in cache:
        return cache[pos]
    cache[pos] = _heading_above(doc, pos)
    return cache[pos]


def _heading_above(doc: NarrativeDoc, pos: int) -> str:
    for _ in range(50):
        line = doc.text[pos:doc.paragraph_end(pos)]
        if marker_of(line) is not None:
            return line[:12]
        if pos == 0:
            break
        pos = doc.paragraph_start(pos - 1)
    return ""


_LABEL = lazy(r"\s*([^\d：:，,。；;、]{2,14})[：:]")


def _paragraph_label(doc: NarrativeDoc, pos: int) -> str:
    """A paragraph opening with a label and a colon ("国有资本经营预算：全市收入实现…。其中：市本级收入实现…")
    states everything in it of that label."""
    m = _LABEL.match(doc.view, doc.paragraph_start(pos))
    return m.group(1) if m and m.group(1) not in ("其中", "包括", "具体是", "主要是") else ""


def _parts_of_two_wholes(doc: NarrativeDoc, a: Figure, b: Figure) -> bool:
    """Both figures parts of "其中" lists whose wholes are named differently."""
    la, lb = list_of(doc, a), list_of(doc, b)
    return la is not None and lb is not None and norm_name(la.total.subject or "") != norm_name(lb.total.subject or "")


def _parent_total(doc: NarrativeDoc, f: Figure) -> str:
    """The name of the whole a paragraph lists the parts of, when the paragraph before ends in "："
    ("一般公共预算收入完成数274609万元……主要收入项目完成情况是：" / "税收收入完成169975万元…"): that
    paragraph's first amount; else "".  "税收收入完成169975万元" listed under 一般公共预算收入 is not the
    "税收收入完成441240万元" said of 财政总收入 earlier."""
    last = doc.paragraph_start(f.start) - 1
    while last >= 0 and doc.view[last].isspace():
        last -= 1   # the blank lines and spaces between the two paragraphs
    if last >= 0 and doc.view[last] in "：:":
        lead = next((g for g in doc.between(doc.paragraph_start(last), last) if g.kind == "amount"), None)
        return norm_name(lead.subject or "") if lead is not None else ""
    return ""


def repeats(r: Rule, ctx: Context) -> Iterable[Finding]:
    doc = _doc(ctx)
    seen: dict[tuple, Figure] = {}
    named = [f for f in doc.figures
             if f.kind == "amount" and f.relation in (None, "合计") and not f.role and not f.approximate and len(f.subject) >= 4]
    # only words said at least twice can be said two ways: the settings of the others are not needed
    twice = Counter((f.subject, f.year) for f in named)
    # a finding needs two values of the same words that do not overlap: where every value said with the
    # words overlaps every other (the largest lower bound is at most the smallest upper bound), the
    # settings of those figures are not needed
    bounds: dict[tuple, tuple] = {}
    for f in named:
        if twice[(f.subject, f.year)] >= 2:
            v, b = value_of(f), bounds.get((f.subject, f.year))
            bounds[(f.subject, f.year)] = (v.lo, v.hi) if b is None else (max(b[0], v.lo), min(b[1], v.hi))
    near: list[tuple[Figure, tuple]] = []
    for f in named:
        if twice[(f.subject, f.year)] < 2:
            continue
        lo, hi = bounds[(f.subject, f.year)]
        if lo <= hi:
            continue
        if re.search(r"同比|增长|增加|减少|下降|比上年|较上年", f.subject):
            continue
        if bare_measure(f.subject):
            continue  # "…支出0万元，年初预算为0.95万元": 年初预算 of the item named before it
        if _PER_UNIT.match(doc.view, f.end) or _in_a_correction(doc, f):
            continue  # a price ("1.58元/人次"), or a slip quoted by the sentence correcting it
        # The same words mean the same quantity only in the same setting: "支出决算" after
        # 公务接待费 is not "支出决算" after 出国经费, nor 预算 the same as 决算, nor 商品和服务支出
        # under 基本支出 the one under 项目支出.
        start = doc.sentence_start(f.start)
        head = (doc.first_between(start, f.end + 1) or f).subject
        colon = doc.index.marks(":：").last(start, f.start)
        qualifier = doc.text[start:colon] if colon >= 0 else ""   # "地方收入按构成分：税收收入…"
        # nor an item numbered at one level of an outline and one numbered at another, written in one
        # paragraph ("(五)其他支出329.13万元，…。三、其他支出718.41万元"): the level is part of the setting
        level = marker_of(doc.view[start:f.start].lstrip())
        near.append((f, (f.subject, f.year, "" if head == f.subject else head, qualifier, level)))
    # the rest of a setting is dearer to find: only for figures whose words and near setting are shared by
    # values that do not all overlap (a finding needs two such in one full setting, a part of this one)
    near_bounds: dict[tuple, tuple] = {}
    for f, k in near:
        v, b = value_of(f), near_bounds.get(k)
        near_bounds[k] = (v.lo, v.hi) if b is None else (max(b[0], v.lo), min(b[1], v.hi))
    for f, k in near:
        lo, hi = near_bounds[k]
        if lo <= hi:
            continue
        start = doc.sentence_start(f.start)
        # nor the same words in paragraphs set in another place, level or period ("太原市…。全市一般
        # 公共预算支出执行…" and "晋城市…。全市一般公共预算支出执行…")
        key = (k[0], k[1], k[2], _section(doc, f), k[3],
               paragraph_scope(doc, f.start), sentence_setting(doc, f.start), _parent_total(doc, f), k[4],
               _paragraph_label(doc, f.start))
        first = seen.get(key)
        if first is None:
            seen[key] = f
            continue
        if doc.sentence_start(first.start) == start:
            continue  # one sentence naming the same words twice speaks of two items ("其中货物类…")
        if _parts_of_two_wholes(doc, first, f):
            continue  # "城镇居民人均可支配收入…，其中：工资性收入…" and "农村居民…，其中：工资性收入…"
        if not value_of(first).overlaps(value_of(f)):
            yield r.finding(narrative=[span(f), span(first)], expected=first.text, actual=f.text,
                            subject=f.subject, first=first.text, second=f.text)


# -- report against the tables -----------------------------------------------------

# (words in the subject or its sentence, words that must not be there, field, kind of figure)
TABLE_FIELDS: tuple[tuple[tuple[str, ...], tuple[str, ...], str, str], ...] = (
    (("编制人数", "编制数", "核定编制"), ("行政编制", "事业编制", "工勤"), "staff.authorized", "count"),
    (("实际人数", "实有人数", "在职人数", "实际在职"), (), "staff.actual", "count"),
    (("年初预算",), ("三公", "接待", "公用", "采购"), "budget.initial", "amount"),
    (("全年预算", "调整后预算"), ("三公", "接待"), "budget.adjusted", "amount"),
    (("支出合计", "总支出", "全年支出", "完成支出", "本年支出"), ("基本", "项目", "三公"), "budget.executed", "amount"),
    (("基本支出",), ("预算", "年初"), "spending.basic", "amount"),
    (("项目支出",), ("预算", "年初"), "spending.project", "amount"),
    (("一般公共预算",), (), "income.general", "amount"),
    (("政府性基金", "政府基金"), ("用于",), "income.fund", "amount"),
    (("其他资金", "其他收入"), (), "income.other", "amount"),
    (("公用经费",), ("预算",), "funds.public.actual", "amount"),
    (("政府采购",), ("预算",), "funds.procurement.actual", "amount"),
    (("自评得分", "总得分", "自评总分", "综合得分"), (), "total.score", "count"),
)
_SANGONG_ITEMS = (
    (("三公",), "sangong"), (("公务接待",), "reception"),
    (("公务用车购置及运行", "公务用车购置和运行", "公务用车购置和维护"), "car"),
    (("公务用车购置", "公车购置"), "car_purchase"), (("公务用车运行", "公车运行"), "car_running"),
    (("公务用车",), "car"), (("出国",), "abroad"),
)
# Fields whose scope often differs between the report and 附件3: a mismatch is a warning.
_LOOSE_FIELDS = {"funds.public.actual": causes.cause("public_funds_scope")}


_INDICATOR_VALUE = lazy(r"指标值|目标值|完成值")


def _table_targets(ctx: Context, doc: NarrativeDoc, f: Figure) -> list[str]:
    if f.relation in CHANGE or f.relation == "占" or f.approximate or f.kind == "percent":
        return []
    year = ctx.data.form.year if ctx.data else None
    if f.year is not None and year is not None and f.year != year:
        return []
    subject = f.subject
    if _INDICATOR_VALUE.search(subject):
        return []  # "“项目支出”年度指标值≤150万元": an indicator's target or result, not the table's figure
    for words, banned, key, kind in TABLE_FIELDS:
        if f.kind != kind and not (kind == "count" and f.unit == "分" and key == "total.score"):
            continue
        if key == "total.score" and f.unit != "分":
            continue
        if any(w in subject for w in words) and not any(b in subject for b in banned):
            return [key]
    if f.kind == "amount" and f.relation != "其中":
        context = context_before(doc, f) + subject
        for words, line in _SANGONG_ITEMS:
            if any(w in subject for w in words) or (any(w in context for w in words) and re.search(r"预算|决算", subject)):
                column = "budget" if "预算" in subject else "actual"
                if "上年" in context[-12:]:
                    column = "prev_actual"
                return [f"funds.{line}.{column}"]
    return []


# Figures both tables state (附件4 按支出性质分 and the matching 附件3 决算数).  When the
# tables disagree, a report that follows either one agrees with "the tables".
_TWINS = {"spending.project": "funds.projects.actual", "spending.basic": "funds.basic_adjust.actual"}


def _agrees_with_twin(data, key: str, stated: Interval) -> bool:
    twin = _TWINS.get(key)
    fv = data.fv(twin) if twin else None
    iv = interval_of(fv, data.form.fields[twin].kind) if fv else None
    return iv is not None and iv.overlaps(stated)


def table_fields(r: Rule, ctx: Context) -> Iterable[Finding]:
    doc, data = _doc(ctx), ctx.data
    for f in doc.figures:
        for key in _table_targets(ctx, doc, f):
            fv = data.fv(key)
            kind = data.form.fields[key].kind
            iv = interval_of(fv, kind) if fv else None
            if fv is None or iv is None:
                continue
            stated = value_of(f)
            if stated.overlaps(iv):
                continue
            if _agrees_with_twin(data, key, stated):
                continue  # the report follows the other table; X-* rules report the tables' gap
            cause = _LOOSE_FIELDS.get(key) or causes.name_cause(float(stated.mid), stated, iv)
            yield r.finding(cells=[fv.address] if fv.address else [], narrative=[span(f)], expected=float(iv.mid),
                            severity="warning" if key in _LOOSE_FIELDS else None,
                            actual=f.value, cause=cause, subject=f.subject, text=f.text,
                            field=data.form.fields[key].name, table=fmt(float(iv.mid)))


# "评价等级为良", "评价等级为“良”", "自评结果：【优秀】", "等级评定为'中'": the grade word may stand in
# quotes or brackets; it must end there (not "优化", "良种", "中央").
_GRADE = lazy(r"(?:评价等级|自评等级|绩效等级|评价结果|自评结果|等级)\s*(?:为|是|评定为|评为|定为|确定为)?\s*[:：]?\s*"
                    r"[“\"'‘「『【《（(\[]?\s*(优秀|优|良好|良|中等|中|差)"
                    r"(?=\s*(?:[”\"'’」』】》）)\]，,。；;、.\s]|等|级|档|$))")


def narrative_grade(r: Rule, ctx: Context) -> Iterable[Finding]:
    from ..core import calc

    doc, data = _doc(ctx), ctx.data
    total = data.number("total.score")
    if total is None:
        return
    expected = calc.grade(total, ctx.profile)
    for m in _GRADE.finditer(doc.text):
        stated = m.group(1)
        if expected and not stated.startswith(expected):
            yield r.finding(cells=data.cells("total.score"), narrative=[Span(stated, m.start(1), m.end(1))],
                            expected=expected, actual=stated, stated=stated, total=fmt(total), expected_grade=expected)


@functools.lru_cache(maxsize=4096)
def _chars(s: str) -> frozenset[str]:
    return frozenset(ch for ch in s if "\u4e00" <= ch <= "\u9fff") - _FILLER_CHARS


_FILLER_CHARS = frozenset("的和与及了完成情况")


def _same_value(f: Figure, factor: float, mine: Interval, number: float) -> bool:
    """A report figure (scaled into the indicator's unit) stands for the indicator's value."""
    stated = f.interval if factor == 1 else f.interval.scale(factor)
    return stated.overlaps(mine) or (f.approximate and abs(float(stated.mid) - number) <= 0.1 * number)


def _named_in(name: str, sentence: str) -> bool:
    chars = _chars(name)
    return bool(chars) and len(chars & _chars(sentence)) / len(chars) >= 0.75


def _name_match(name: str, subject: str) -> float:
    a, b = _chars(name), _chars(subject)
    if not a or not b:
        return 0.0
    if name in subject or (len(subject) >= 2 and subject in name):
        return 1.0
    return len(a & b) / len(a | b)


def indicator_support(r: Rule, ctx: Context) -> Iterable[Finding]:
    doc = _doc(ctx)
    # Each indicator is compared only with the report figures in a unit that converts into
    # its own: the figures grouped by unit once, the groups an indicator's unit admits (with
    # their factor) worked out once per unit.  Shares (占X%) are no values.
    by_unit: dict[str, list[tuple[int, Figure]]] = {}
    for k, f in enumerate(doc.figures):
        if f.relation != "占":
            by_unit.setdefault(f.unit, []).append((k, f))
    groups: dict[str, list[tuple[float, list[tuple[int, Figure]]]]] = {}
    bounds: dict[tuple[int, float], tuple[float, float]] = {}
    for ind in ctx.indicators:
        actual = parse_value(ind.actual.value)
        if not actual.is_number or actual.number is None or not ind.name.value:
            continue
        name = str(ind.name.value).strip()
        unit = actual.unit
        if unit not in groups:
            groups[unit] = [(factor, figs) for fu, figs in by_unit.items()
                            if (factor := _factor(fu, unit)) is not None]
        mine = Interval.rounded(actual.number, actual.decimals or 0)
        lo, hi = _float_bounds(mine)
        best: tuple[float, int, Figure] | None = None
        supported = False
        for factor, figs in groups[unit]:
            for k, f in figs:
                score = _name_match(name, f.subject)
                # The same value in a sentence that names the indicator supports it too:
                # "完成耕地恢复任务，上报已完成任务789.67亩".  The exact test only for a
                # figure whose float bounds may overlap (or one written as approximate).
                if f.approximate or _may_overlap(bounds, k, f, factor, lo, hi):
                    if _same_value(f, factor, mine, actual.number) and (score >= 0.5 or _named_in(name, doc.sentence(f))):
                        supported = True
                        break
                if score >= 0.5 and (best is None or score > best[0] or score == best[0] and k < best[1]):
                    best = (score, k, f)   # the first figure in the text with the best name match
            if supported:
                break
        if supported:
            continue
        cells = [ind.actual.address] if ind.actual.address else []
        if best is not None and best[0] >= 1.0:
            f = best[2]
            yield r.finding("mismatch", cells=cells, narrative=[span(f)], expected=f.text,
                            actual=str(ind.actual.value).strip(), name=name, actual_text=str(ind.actual.value).strip(),
                            subject=f.subject, text=f.text)
        else:
            yield r.finding("absent", severity="info", cells=cells, actual=str(ind.actual.value).strip(),
                            name=name, actual_text=str(ind.actual.value).strip())


def _factor(figure_unit: str, unit: str) -> float | None:
    """The factor taking a report figure's unit into an indicator's (None: another kind)."""
    if unit and figure_unit:
        return conversion_factor(figure_unit, unit)
    return 1 if figure_unit == unit else None


def _float_bounds(iv: Interval) -> tuple[float, float]:
    """An interval's bounds as the nearest floats.  float() of a fraction divides two
    integers, which Python rounds correctly, and correct rounding keeps order (a ≤ b gives
    float(a) ≤ float(b)): so float bounds apart mean exact bounds apart, and a test on them
    never rejects two intervals that overlap."""
    try:
        return float(iv.lo), float(iv.hi)
    except OverflowError:
        return -math.inf, math.inf


def _may_overlap(bounds: dict[tuple[int, float], tuple[float, float]], k: int, f: Figure, factor: float,
                 lo: float, hi: float) -> bool:
    """Whether report figure ``k`` (scaled by ``factor``) may overlap [lo, hi], the float
    bounds of an indicator's value: False only when it certainly does not."""
    key = (k, factor)
    b = bounds.get(key)
    if b is None:
        b = bounds[key] = _float_bounds(f.interval if factor == 1 else f.interval.scale(factor))
    return b[0] <= hi and lo <= b[1]


_PLACEHOLDER = lazy(r"【请补充[：:]([^】\n]*)】")


def placeholders(r: Rule, ctx: Context) -> Iterable[Finding]:
    doc = _doc(ctx)
    for m in _PLACEHOLDER.finditer(doc.text):
        yield r.finding(narrative=[Span(m.group(0), m.start(), m.end())], actual=m.group(0), text=m.group(0))
