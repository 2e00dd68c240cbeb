"""Find every figure a report states, with what it is about.

"基本支出2998.29万元，占82.84%" gives an amount (2998.29 in 万元, two decimals, subject
基本支出) and a share (82.84%, relation 占).  Offsets are code points of the text as read.
"三公经费" is a name, not 3; "90余吨" and "近400人" are approximate.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right
from dataclasses import asdict, dataclass
from functools import cached_property
from typing import Literal

from ..core.intervals import Interval
from ..core.lazyre import find_each, lazy
from ..core.units import conversion_factor, wan_yuan_factor
from .structure import EACH_SHARE, HEADS, RATE_OWN_WORDS, clause_start, join_cjk, phrase_start, text_index

Kind = Literal["amount", "percent", "count"]

# Counting units people write after numbers (longest first so 人次 wins over 人).
_COUNT_UNITS = sorted((
    "人次", "户次", "场次", "平方米", "平方公里", "公里", "千米", "米", "公顷", "亩", "人", "户", "家", "吨",
    "株", "次", "件", "个", "座", "所", "起", "名", "场", "期", "项", "台", "处", "㎡", "宗", "艘", "具",
    "排", "斤", "公斤", "辆", "支", "栋", "块", "份", "条", "批", "篇", "堂", "把", "间", "套", "组", "位",
    "部", "只", "头", "棵", "床", "张", "本", "村", "镇", "学校", "元", "分", "批次", "个百分点", "百分点",
    "千瓦时", "立方米",
), key=len, reverse=True)
# units of things counted one by one: a whole number of them is exact, never rounded (DOMAIN.md:
# "head counts and other counts are exact"); lengths, areas and weights are measured, and rounded
DISCRETE_UNITS = frozenset((
    "人次", "户次", "场次", "人", "户", "家", "株", "次", "件", "个", "座", "所", "起", "名", "场", "期", "项", "台",
    "处", "宗", "艘", "具", "栋", "块", "份", "条", "批", "篇", "堂", "把", "间", "套", "组", "位", "部", "只", "头",
    "棵", "床", "张", "本", "村", "镇", "学校", "辆", "支", "批次"))
_UNIT_RE = "|".join(re.escape(u) for u in ["%"] + _COUNT_UNITS)
MAX_DIGITS = 20     # integer digits of any real amount (万亿元 has 13)

_FIGURE = lazy(
    r"(?P<pre>约|近|大约|将近|接近)?"
    # "30 315萬元", "6 229平方公里", "10 851.8万元": thousands set apart by spaces (yearbooks), read only before a unit
    # (its scale and 元 may be set apart too: "10 851.8万 元", a PDF line break made a space by the view)
    # "1亿2000万元", "1553億8900萬元": an amount of 亿 and 万 written together is one amount (in 万)
    # ("3万5千元": 万 and 千 so, the amount in 万元 to one decimal; "1亿零500万元": 零 before a 万 part under 1000)
    # ("34億2,779萬7千元", "12億4,748萬元": three scales, the 万 part grouped by thousands — budget texts of Taiwan)
    # (a space or a line break may stand after the 亿, "预算数51億 3,376萬元", "34億⏎2,779萬7千元"; 余 or 多 before the 元,
    # "審定總額49億7753萬餘元")
    r"(?:(?P<yi>(?<![\d.,])\d{1,5}\s?亿\s?零?(?=(?:\d{1,4}|\d,\d{3})(?:\.\d+)?\s?万(?:余|多)?\s?元))"
    r"|(?P<wan>(?:(?<![\d.,])\d{1,5}\s?亿\s?零?)?(?<![\d.,])(?:\d{1,3}(?:,\d{3})+|\d{1,8})\s?万(?=\d\s?千\s?元|\d{1,4}\s?元)))?"
    r"(?P<num>(?<![\d.表图第件号条款项])\d{1,3}(?:[ \u00a0\u2009]\d{3})+(?:\.\d+)?(?![\d.])(?=\s?(?:(?:万|亿|千)\s?)?(?:元|萬|億|平方|人|户|公里|吨|亩|千瓦时|立方米))"
    r"|\d+(?:,\s?\d{3}(?!\d))*(?:\.\d+)?)"
    # (a space typed before the scale and a PDF line break after it, made a space by the view: "18.51 ⏎万元")
    r"(?:(?:[ \t\u00a0\u3000]?\s)?(?P<scale>万|亿|千))?(?P<mid>余|多)?\s*"
    rf"(?P<unit>{_UNIT_RE})?"
    r"(?P<post>左右|以上|以下|以内)?"
)
# the name of a sum of money, right before its number ("资助资金86.5万", "公务接待费0.7亿", "收入为700万")
_MONEY_NAME = lazy(r"(?:收入|支出|资金|经费|投资|产值|总额|金额|销售额|营业额|利润|税收|预算|余额|费|款|补助|补贴|奖补|拨款)"
                   r"(?:为|是|达到?|共计|共|合计|计|约|了)?\s*$")
_ENDS_THE_FIGURE = lazy(r"\s*(?:[、，,；;。）)（(：:]|$)")


def _money_without_yuan(s: str, a: int, b: int, scale: str) -> bool:
    """A number with 万 or 亿 and no unit after it ("资助资金86.5万，", "上级补助收入700万。") is an amount in
    万元 (亿元) when a name of money stands right before it, the figure ends there (no 美元, no 千瓦 after it),
    and its paragraph writes other amounts in 万元 (亿元), or in 元 ("一般性公共服务支出371530000元，…；国防支出682万，":
    the same money, in the larger unit)."""
    if not _ENDS_THE_FIGURE.match(s, b) or not _MONEY_NAME.search(s, max(0, a - 12), a):
        return False
    start = s.rfind("\n", 0, a) + 1
    end = s.find("\n", b)
    end = len(s) if end < 0 else end
    return s.find(scale + "元", start, end) >= 0 or _AMOUNT_IN_YUAN.search(s, start, end) is not None


_AMOUNT_IN_YUAN = lazy(r"\d\s?元")


# the first bound of a range before its dash: "5亿-10亿元", "3万元-5万元"
_RANGE_START = lazy(r"\d\s*(?:万|亿|億|萬|千)?\s*(?:元)?\s*$")
_CUT_BEFORE_POINT = lazy(r" (?<=\d )[.,](?=\d)")
# the digits and commas before a number read after a comma: its head, when grouped by four ("1089,")
_GROUPED_HEAD = lazy(r"(?<![\d.,])\d{1,4}(?:,\d{3,4})*,$")
# a space typed after a number's point ("预算总额575. 48万元"): the number goes on after it; not after a list's
# number ("\n1. 48万元用于…"), whose digits follow no word
_POINT_THEN_SPACE = lazy(r"[\u4e00-\u9fff]\d{1,12}\.$")
# the digits ending a line before the rest of a figure's number ("12." of "12.\n53万元", "895.5" of
# "895.5\n01万元", "1,0" of "1,0\n77.36万元"); not a
# number of a table or a figure nor an ordinal ("表1\n", "第3\n") nor the end of a code
_BROKEN_NUMBER = lazy(r"(?<![\d.,表图第A-Za-z])(?:\d{1,3}(?:[ \u00a0\u2009]\d{3})+|\d{1,3}(?:,\d{3})*,\d{0,3}|\d{1,20})(?:\.\d*)?$")
# a completion or execution rate right before a sign: "完成预算的-69.23%", "执行率为-5%"
# or a growth rate: "平均增幅-6.7%", "比我市增幅(-5.2%)高1.1个百分点"
_RATE_BEFORE = lazy(r"(?:完成|执行)[^，,。；;]{0,8}(?:的|为|是)?\s*$|(?:增幅|增速|增长率|增长了?|降幅)(?:为|是|达)?\s*[（(]?\s*$")
_CN_DIGITS = "零〇○一二两三四五六七八九十百千万亿"
# (blanks may stand between the characters where the view took out a page's pinyin: "四十九點(diǎn)九"; a line
# break too, but not before the numeral of the next line's heading: "占百分之十\n二、支出情况")
# the characters a figure can start with (its 约/近/大约/将近/接近, its digits), for ``find_each``
_FIGURE_FIRST = lazy(r"[约近大将接\d]")
_CN_FIGURE = lazy(
    rf"(?P<pct>百分之)(?P<cnp>[{_CN_DIGITS}点](?:[^\S\r\n]*[{_CN_DIGITS}点]|\s*[\r\n]\s*(?![{_CN_DIGITS}]+\s*[、．.])[{_CN_DIGITS}点])*)"
    rf"|(?P<cn>[{_CN_DIGITS}](?:\s*[{_CN_DIGITS}]|[‧·・][{_CN_DIGITS}])*)(?P<cnunit>{_UNIT_RE})"
)
_CN_FIGURE_FIRST = lazy(rf"[{_CN_DIGITS}]")
# Fixed phrases whose numerals are names, not quantities.
_IDIOMS = ("一站式", "一门式", "一件事", "一次办", "一对一", "一卡通", "一村一品", "一月一课", "三公", "两委",
           "三长制", "一把手", "一票否决", "两不愁", "三保障", "五大", "一条龙", "四好", "两带头", "五整治",
           "八项规定", "九条规定", "一单四制", "三网三员三色", "一摸二核三问四看五必纳", "十六字", "三支一扶")
# quotation marks dropped from a subject (a search: ``translate`` looks every character up in a table)
_QUOTES = lazy("[“”\"《》‘’]")
# A threshold, not an amount: "收入过10亿元的县有124个，其中过30亿元的52个" (the amount is followed by
# 的 and the things it sorts, and preceded by the word that makes it a bound).
_BOUND_BEFORE = lazy(r"(?:超过|过|過|逾|突破|不足|不到|低于|高于|超)\s*$")
_BOUND_ENDS = set("过過逾破足到于超")   # a character of each word of _BOUND_BEFORE
# (or a mark passed, the amount reached written after it: "突破2000亿元大关，达2059.68多亿元")
_BOUND_AFTER = lazy(r"\s*的(?!\s*[-+]?\d[\d.,]*\s*[%％])"   # not "超过预算10万元的5%"
                    r"|\s*(?:大关|关口)|\s*[，,]?\s*(?:达到?|为)\s*[约近]?\s*\d")
# ("生均6367.25元", "户均3元": 均 after what an average is per is the average's name, not "all" as in "各项均")
_PER_HEAD = "人生户戶车車"
_TRAILING = ("为", "均", "是", "达到", "达", "约", "共计", "共", "有", "了", "到", "已经", "已", "的", "累计")
_LEADING = ("其中", "全年", "今年", "全镇", "全乡", "共计", "合计", "共", "累计", "已", "另外", "另有", "此外", "另")
# A phrase that is only a verb names nothing: "完成206户改厕任务" is about 改厕任务.
_BARE_VERBS = ("完成", "新增", "实现", "开展", "组织开展", "发放", "累计", "共", "达到", "达", "建成", "解决", "提供")
_TAIL = lazy(r"[^\d，。；：、,;:!?！？\n\t（(）)]{1,8}")
_YEAR = lazy(r"(\d{4})\s?年度?")
_LIST_MARK = lazy(r"^(?:[（(]?(?:[一二三四五六七八九十]+|\d{1,2})[)）.．、]|[一二三四五六七八九十]是[：:，,]?)\s*")


@dataclass
class Figure:
    text: str            # as written in the report
    value: float         # in the unit as written ("2.5万亩" → 2.5)
    unit: str            # "万元", "%", "户", "万亩" ...
    decimals: int        # digits written after the point
    subject: str         # the noun phrase it belongs to ("基本支出")
    kind: Kind
    start: int           # code-point offsets into the report text
    end: int
    approximate: bool = False
    relation: str | None = None   # 占, 增加, 减少, 其中, 合计
    year: int | None = None
    of: str | None = None         # for 占X%: what it is a share of ("本年支出")
    role: str | None = None       # "base": the figure a change is measured against ("比上年X万元减少…");
    # "gap": the gap between two periods' changes ("同比多增207.1亿元")

    @cached_property
    def interval(self) -> Interval:
        if self.kind == "count" and not self.decimals and self.unit in DISCRETE_UNITS:
            return Interval(self.value, self.value)  # "一级1件，二级17件": a count of things is exact
        return Interval.rounded(self.value, self.decimals)

    @cached_property
    def wan_yuan(self) -> Interval | None:
        """An amount's interval in 万元 (None for other kinds)."""
        if self.kind != "amount":
            return None
        factor = wan_yuan_factor(self.unit)
        if factor is None:
            return None
        return self.interval if factor == 1 else self.interval.scale(factor)

    @property
    def fraction(self) -> Interval | None:
        return self.interval.scale(0.01) if self.kind == "percent" else None

    def as_dict(self) -> dict:
        return {k: v for k, v in asdict(self).items() if k not in ("interval", "wan_yuan")}


# ASCII, control characters and CJK ideographs: NFKC leaves each as it is
_MAY_FOLD = lazy(r"[^\x00-\x9f\u4e00-\u9fff]")


def _normalize_with_map(text: str) -> tuple[str, list[int] | None]:
    """NFKC-fold each character, remembering where each folded character came from
    (None: every character folds to one, offsets are unchanged)."""
    table: dict[int, str] = {}
    one_to_one = True
    for ch in set(_MAY_FOLD.findall(text)):   # a set of the few others, not of every character
        folded = ch if ch in "㎡，" else (" " if ch == "　" else unicodedata.normalize("NFKC", ch))
        if folded != ch:
            table[ord(ch)] = folded
            one_to_one = one_to_one and len(folded) == 1
    if one_to_one:
        # no folded character is itself folded (NFKC output is NFKC-stable), so replacing
        # one character after the other is the translation, without a lookup per character
        for code, folded in table.items():
            text = text.replace(chr(code), folded)
        return text, None
    # the unchanged stretches between folded characters are copied whole
    folding = re.compile("[" + "".join(re.escape(chr(code)) for code in table) + "]")
    out: list[str] = []
    where: list[int] = []
    pos = 0
    for m in folding.finditer(text):
        i = m.start()
        out.append(text[pos:i])
        where.extend(range(pos, i))
        folded = table[ord(text[i])]
        out.append(folded)
        where.extend([i] * len(folded))
        pos = i + 1
    out.append(text[pos:])
    where.extend(range(pos, len(text)))
    return "".join(out), where


def _subject(s: str, start: int, previous_end: int = 0, phrase: int | None = None) -> tuple[str, int | None]:
    """The noun phrase right before a figure, and a year written inside it.

    The phrase starts after the last delimiter or the previous figure, whichever is
    later ("12.36万元（公务接待0.12万元" → 公务接待).  ``phrase``: ``phrase_start(s, start)`` when known.
    """
    begin = max(phrase_start(s, start) if phrase is None else phrase, previous_end, start - 60)
    phrase = s[begin:start]
    year = None
    if "年" in phrase:  # every year pattern ends with 年
        for m in _YEAR.finditer(phrase):
            year = int(m.group(1))
        phrase = _YEAR.sub("", phrase)
    phrase = join_cjk(_QUOTES.sub("", phrase)).strip()
    mark = _LIST_MARK.match(phrase)   # anchored at the start: at most one
    phrase = (phrase[mark.end():] if mark else phrase).lstrip("（(").strip()
    phrase = phrase.lstrip("—–-●•·▪■□◆◇★☆").strip()   # a bullet or dash opening the line ("——一般公共预算收入")
    changed = True
    while changed and phrase:
        changed = False
        if not phrase.endswith(_TRAILING) and not phrase.startswith(_LEADING):
            break  # nothing for the two loops below to strip
        for w in _TRAILING:
            if phrase.endswith(w) and len(phrase) > len(w) and not (w == "均" and phrase[-2] in _PER_HEAD):
                phrase, changed = phrase[: -len(w)], True
        for w in _LEADING:
            if phrase.startswith(w) and len(phrase) > len(w):
                phrase, changed = phrase[len(w):], True
    if not phrase.strip() and begin > previous_end and begin and s[begin - 1] in ":：" \
            and not _OPENS_ITEMS.search(s, max(previous_end, begin - 12), begin - 1):
        # "医疗救助基金收入：2355万元": a figure written after its label and a colon is named by the label
        # (not after the words opening a list: "其中：", "具体如下：")
        label, label_year = _subject(s, begin - 1, previous_end)
        return label, year if year is not None else label_year
    return phrase.strip(), year


_OPENS_ITEMS = lazy(r"(?:其中|包括|包含|含|如下|具体为?|分别为?|主要有|主要是|为|是|有|明细|分项)\s*$")


# a sharp change said with its own verb ("激增250亿元", "骤降10.71%", "锐减至140.86万元"), and those of them up
SURGE_VERBS = "激增|猛增|剧增|陡增|锐减|骤减|骤降"
_SURGE_UP = "激增|猛增|剧增|陡增"
_CHANGE_VERB = r"(增加|增长|增幅|提高|上升|增收|增支|调增|核增|净增|净减|" + SURGE_VERBS + r"|多|超支|超收|短收|减少|下降|减幅|降幅|降低|节约|减收|减支|少|压减|缩减|调减|核减|扣减|节省)"
# 多/少 alone name a change only after a comparison ("比上年多2万元"): "多措并举" and "至少" do not
_STRICT_VERB = r"(增加|增长|增幅|提高|上升|增收|增支|调增|核增|净增|净减|" + SURGE_VERBS + r"|超支|超收|短收|减少|下降|减幅|降幅|降低|节约|减收|减支|压减|缩减|调减|核减|扣减|节省)"
# "下降了", "增加额为", "降幅为", "下降幅度为", "增长幅度达"
# "增幅只是11%", "降幅仅为3%": the rate after an adverb of degree
_STRICT_VERB_TAIL = lazy(_STRICT_VERB + r"(了|为|达到?|额(?:为|达到?)?|幅度(?:为|是|达到?)?|支出|收入|经费|(?:只|仅)(?:是|为|有)?)?\s*$")
# verbs whose "到/至" opens the level reached ("增加到5000万元", "调减至180万元")
_LEVEL_VERBS = r"增加|增长|提高|上升|升|下降|减少|降低|降|压减|缩减|" + SURGE_VERBS + r"|调减|调增|调整|下调|上调|追加|追减|增|减"
# ("调增为40500万元", "核减为…": a budget revised to the level after 为 as well)
_TO_LEVEL = lazy(rf"(?:({_LEVEL_VERBS})(到|至)|(调增|调减|核增|核减|上调|下调)为)\s*$")
# "至" right after such a verb opens the level reached ("调减至180万元"), not the second end of a range ("5至15户")
_LEVEL_TO = lazy(rf"(?:{_LEVEL_VERBS})至$")
_LEVEL_ENDS = ("到", "至", "为")   # the last character of a clause _TO_LEVEL matches
_ROLE_WORDS = lazy(r"[从由比较与和]")
_FROM_LEVEL = lazy(r"(从|由)\s*$")
_TO_AFTER = lazy(r"\s*(增加|增长|提高|上升|升|下降|减少|降低|降|压减|缩减|" + SURGE_VERBS + r"|增|减)(到|至)")
_UP_VERB = lazy(r"增加|增长|增幅|提高|上升|增收|增支|调增|核增|净增|" + _SURGE_UP + r"|多|超支|超收")
# A comparison names what it compares with: "比上年", "较2023年", "与上年预算…相比", "同比".  "较" alone
# is an adverb ("增长较快") and "与" alone means "and".
# (计划生育, family planning, is no plan: "医疗卫生与计划生育支出1.66亿元，同比增长…" names an item)
_BASE_WORD = r"(?:上年|去年|上一年|上年同期|同期|今年|本年度?|\d{4}(?:/\d{2})?\s?年度?|年初|上年度|预算|计划(?!生育)|上月|上半年|年初预算|调整预算|报告数)"
_COMPARED = lazy(rf"同比|环比|对比|(?:比起?|较){_BASE_WORD}|与{_BASE_WORD}.*相比|相比")
# a comparison closed before the figure names no base of it: "与上年持平" said, or a new paragraph or
# numbered item begun ("…费0万元,与上年持平\n\n2. 公务接待费720.03万元,同比增加113.1万元")
_STILL_COMPARING = r"(?:(?!持平|\n\s*(?:\n|[（(]?[\d一二三四五六七八九十]{1,2}[.．、)）]))[^，,；;。:：比较])"
# the base of a comparison and the words after it, up to the figure
_BASE_NAMED = rf"{_BASE_WORD}{_STILL_COMPARING}{{0,14}}?的?\s*$"
_BASE_BEFORE = lazy(rf"(?:比起?|较|与){_BASE_NAMED}")
# "和2018年预算310.88万元比，增加62.22万元": 和 opens a comparison only when 比 (相比) closes it right after the base
_AND_BASE_BEFORE = lazy(rf"和{_BASE_NAMED}")
# the direction a comparison's base is followed by
_DIRECTION = r"(减少|增加|增长|下降|降低|提高|上升|持平|多|少|节约|增|减)"
_AND_BASE_AFTER = lazy(r"\s*(?:相比|相较|比|比较)\s*[,，]?\s*(?:同比)?\s*" + _DIRECTION)
# "与2022年82956万元同比增长8.3%": 同比 may stand between the base and its direction
_BASE_AFTER = lazy(r"\s*[,，]?\s*(?:同口径)?(相比|相较|对比)?\s*[,，]?\s*(?:同比|同口径)?\s*" + _DIRECTION)
# "较2022年决算数441.63万元129.41万元，增长29.3%": the direction word of the change is missing; the
# first amount is still the base, the one written right after it the change (its direction given
# by the word after it).
_AMOUNT = r"\d+(?:,\s?\d{3})*(?:\.\d+)?\s?(?:万|亿|千)?元"
_BARE_CHANGE_AFTER = lazy(rf"\s*{_AMOUNT}\s*[,，]?\s*(减少|增加|增长|下降|降低|提高|上升|节约|增|减)")
_BARE_CHANGE_BEFORE = lazy(rf"(?:比|较|与){_BASE_WORD}[^，,；;。:：比较\d]{{0,14}}?的?\s*{_AMOUNT}\s*$")


# a comparison with no verb before the figure, the verb after it with the rate
_COMPARED_ONLY = lazy(r"(?:与|比|较)[^，,。；;%％]{0,12}相比\s*$")
_VERB_AFTER = lazy(r"\s*[，,]\s*(增加|增长|上升|提高|减少|下降|降低)")
# ("，即同比增2.3%": the rate restating the change just written)
_SHORT_VERB = lazy(r"(?:即|亦即)?\s*(?:同比|比上年|较上年)?\s*(增|降|减|升)")
# ("与上年的73991万元同口径相比增12.05%": a comparison closed by 相比, the verb cut to one character)
_CLOSED_SHORT_VERB = lazy(r"(?:相比|相较|对比)\s*(增|降|减|升)\s*$")


# ("比上年预算减15600元": a comparison with its base named, the verb cut to one character right before the figure)
_COMPARED_SHORT_VERB = lazy(rf"(?:比起?|较){_BASE_WORD}[^，,；;。:：\d%％]{{0,10}}?(增|降|减|升)\s*$")


# a rate run straight into the next statement ("增长28.8%其中税收收入完成251767万元"): what follows is a clause of
# its own (not a rate's own words, structure.RATE_OWN_WORDS; "5%上下" is one here too)
_RATE_RUN_ON = lazy(rf"\d\s*[%％](?![{RATE_OWN_WORDS}上下内])(?=[\u4e00-\u9fff])")


# a bracket opened after a figure and not closed before the next one: its words are its own, not the
# verb's before it
_OPEN_AFTER_A_FIGURE = lazy(r"\d[^（(）)]*[（(](?=[^（(）)]*$)")
_BRACKET_NO_NAME = lazy(r"同比|上年同期|(?:比|较|与)?(?:上年|去年|本年|今年|上年度)(?:相比)?|增长|增加|下降|减少|降低|上升|提高|幅度|"
                        r"分别|合计|共计|其中|约|为|即|是|的")
_CJK = lazy(r"[\u4e00-\u9fff]")


def _relation(s: str, start: int, phrase: int | None = None) -> str | None:
    clause = join_cjk(s[phrase_start(s, start) if phrase is None else phrase:start])
    opened = _OPEN_AFTER_A_FIGURE.search(clause) if "（" in clause or "(" in clause else None
    if opened and len(_CJK.findall(_BRACKET_NO_NAME.sub("", clause[opened.end():]))) >= 2:
        # "比上年降低1.19个百分点（上年民生支出2347.14万元": a bracket naming an item of its own speaks for
        # itself ("减少1.5万元(42.86%)", "减少12万元（上年为100万元）" still take the verb before)
        clause = clause[opened.end():]
    if "%" in clause or "％" in clause:
        runs = list(_RATE_RUN_ON.finditer(clause))
        if runs:
            clause = clause[runs[-1].end():]
    if "占" in clause and _SHARE_VERB.search(clause):
        return "占"
    if clause.rstrip()[-1:] in _LEVEL_ENDS and _TO_LEVEL.search(clause):
        return None  # "增加到5000万元": the level reached, not a change
    short = _SHORT_VERB.fullmatch(clause.strip()) or _CLOSED_SHORT_VERB.search(clause) or _COMPARED_SHORT_VERB.search(clause)
    if short:
        return "减少" if short.group(1) in "降减" else "增加"  # "，增437.7%": the verb cut to one character
    tail = _STRICT_VERB_TAIL.search(clause)
    if tail or (_COMPARED.search(clause) and _CHANGE_VERB_RE.search(clause)):
        verb = tail.group(1) if tail else _CHANGE_VERB_RE.search(clause).group(1)
        return "增加" if _UP_VERB.match(verb) else "减少"
    if "其中" in clause:
        return "其中"
    if _TOTAL_WORD.search(clause):
        return "合计"
    return None


_CHANGE_VERB_RE = lazy(_CHANGE_VERB)
# 占 of a share, not of a name ("耕地占用税", "占地面积", "占有", "挤占挪用资金")
_SHARE_VERB = lazy(r"(?<![挤侵霸抢])占(?!用|有|领|地面积|地\s*(?:\d|$)|地约|地达|地共)")   # "占地方…收入的" is a share
_TOTAL_WORD = lazy(r"合计|总计|共计|总额|总收入|总支出")


# a character lost in the text's encoding right before a number ("常住總?cè)丝?87.8萬人": the "2" of 287.8 went with
# the "口" before it): a digit may have gone too, the figure is not known
_LOST_CHARACTER = ("?", "\ufffd")


def _lost_before(text: str, where, a: int) -> bool:
    """Whether the character right before position ``a`` of the normalized text is such a lost one, as the text has
    it (a full-width "？", a question asked, is folded to "?" by the normalizing, and is none)."""
    return text[a - 1 if where is None else where[a - 1]] in _LOST_CHARACTER


def _threshold(s: str, m) -> bool:
    """"过10亿元的县": an amount that bounds the things it sorts, not an amount of something."""
    unit, a = m.group("unit"), m.start()
    if not unit or unit == "%" or not _BOUND_ENDS & set(s[max(0, a - 3):a]):
        return False  # every bound word holds one of these characters: no bound before the figure
    bound = _BOUND_BEFORE.search(s, max(0, a - 3), a)
    # "销量提前突破500亿元，其中…": a mark passed is a bound whatever follows it; so is a figure a word of more or
    # less is written right before ("全年接待游客超1100万人次，其中…", "就业超过6500人", "不足100人": the figure is
    # no more than a bound of the quantity); 高于, 低于 also name a gap ("高于上年2个百分点"), bounds only as the
    # bound of something ("高于10亿元的县")
    return bool(bound and (not bound.group().startswith(("高于", "低于")) or _BOUND_AFTER.match(s, m.end())))


# the gap between two periods' changes ("同比多增", "少减"): a change of a change
_GAP_OF_CHANGES = lazy(r"(?:多增|少增|多减|少减)(?:加|少)?了?\s*$")


def _role(s: str, a: int, end: int, bare: str | None) -> str | None:
    """"较2023年的1580万元减少160万元": 1580 is the base of a comparison, not a quantity of its own
    (``bare``: the figure is itself the change of a bare comparison, see ``_bare_change``)."""
    if not _ROLE_WORDS.search(s, max(0, a - 24), a):
        return None  # neither "从…增加到" nor a comparison: the patterns below need one of these
    if a and s[a - 1] in "（(" and s[end:end + 1] in "）)":
        a, end = a - 1, end + 1   # "比上年（86.00万元）增加5.21万元": the base written in brackets
    before = join_cjk(s[max(0, a - 24):a])
    if _FROM_LEVEL.search(before) and _TO_AFTER.match(s, end):
        return "base"  # "从3000万元增加到5000万元"
    if bare:
        return None  # the change of a bare comparison, not its base
    if _BASE_BEFORE.search(before) and (_BASE_AFTER.match(s, end) or _BARE_CHANGE_AFTER.match(s, end)):
        return "base"
    if _AND_BASE_BEFORE.search(before) and _AND_BASE_AFTER.match(s, end):
        return "base"
    return None


def _bare_change(s: str, a: int, end: int) -> str | None:
    """"较2022年决算数441.63万元129.41万元，增长29.3%": 129.41 is a change (增加), its verb left out."""
    before = s[max(0, a - 48):a]
    if not before.rstrip().endswith("元"):
        return None  # no amount right before it: not the second amount of a bare comparison
    m = _BASE_AFTER.match(s, end) if _BARE_CHANGE_BEFORE.search(join_cjk(before)) else None
    if m is None or m.group(2) == "持平":
        return None
    return "增加" if _UP_VERB.match(m.group(2)) or m.group(2) == "增" else "减少"


def _kind(unit: str) -> Kind:
    if unit == "%":
        return "percent"
    if unit.endswith("元"):
        return "amount"
    return "count"


def _share_of(s: str, start: int, phrase: int | None = None) -> str | None:
    clause = s[phrase_start(s, start) if phrase is None else phrase:start]
    if "占" not in clause:
        return None
    verb = None
    for verb in _SHARE_VERB.finditer(clause):
        pass   # the last 占 before the figure: "分别占96.25%和占3.75%" is of nothing named
    if verb is None:
        return None
    after = join_cjk(clause[verb.end():])
    if "%" in after or "％" in after:
        # "分别占本年支出合计的77.47%和财政拨款支出的79.72%": the second share's whole is named after the first share
        after = _CONJUNCTION_LEAD.sub("", re.split(r"\d\s*[%％]", after)[-1])
    after = _EACH_AFTER.sub("", after)   # "占本年支出合计的比重分别为77.47%": the whole is 本年支出合计
    after = re.sub(r"的$", "", after).strip()
    return after or None


_EACH_AFTER = lazy(r"(?<=.)(?:(?:的)?(?:比重|比例))?(?:分别|各)(?:为|是|达)?\s*$")


_CONJUNCTION_LEAD = lazy(r"^\s*(?:和|与|及|、|,|，)\s*(?:占)?")


def _cn_plain(text: str) -> str:
    """A Chinese numeral as cn2an reads it: no blanks, 〇 for ○, 点 for a middle dot ("六百一十一‧三")."""
    return re.sub(r"\s", "", text).replace("○", "〇").translate(_CN_POINTS)


_CN_POINTS = str.maketrans({"‧": "点", "·": "点", "・": "点"})


def _cn_decimals(text: str) -> int:
    """The places a Chinese numeral gives after its point ("四十九点九": 1)."""
    plain = _cn_plain(text).rstrip("万亿")
    return len(plain.split("点", 1)[1]) if "点" in plain else 0


def _cn_value(text: str) -> float | None:
    import cn2an

    plain = _cn_plain(text)
    try:
        return float(cn2an.cn2an(plain, "smart"))
    except Exception:
        pass
    if plain[-1:] in ("万", "亿") and "点" in plain:
        # "六百一十一点三亿": a decimal before one scale, which cn2an does not read whole
        try:
            return float(cn2an.cn2an(plain[:-1], "smart")) * (10000 if plain[-1] == "万" else 100000000)
        except Exception:
            return None
    return None


def _at_break(text: str, where: list[int] | None, i: int) -> bool:
    """Whether the character at i of the folded view stands for a line break of the text."""
    return text[i if where is None else where[i]] in "\r\n"


def _swapped(text: str, where: list[int] | None, i: int) -> bool:
    """Whether the point at i of the folded view stands where the text has a space or a line break
    (the two swapped places: "163\n.58", "8 .69")."""
    return text[i if where is None else where[i]] in " \t\u00a0\u3000\r\n"


# a page's number set between a number's digits by a page break ("从业人员2\n2、393人": 2393 over two pages)
_PAGE_MARK_BEFORE = lazy(r"\d \d{1,3}[、．.]\s*$")


def _after_a_page_mark(text: str, where: list[int] | None, s: str, a: int) -> bool:
    """A figure right after a line that ends in a digit and a page mark: the digits before the break may be
    its own, so its value is not known."""
    m = _PAGE_MARK_BEFORE.search(s, max(0, a - 8), a)
    return m is not None and _at_break(text, where, m.start() + 1)


# what may stand between a count of heads and the amount paid to them
_COMMA_ONLY = lazy(r"\s*[,，]\s*")


def _after_leaders(s: str, a: int, taken: list[tuple[int, int]]) -> bool:
    """The number at ``a`` follows a run of dashes after a name, a flattened table's leader ("支出总额------150万元",
    "支出总额——150万元"), not the dash of a range ("5-15户", "5--10户", "3万元——5万元")."""
    run = a
    while run and s[run - 1] == s[a - 1]:
        run -= 1
    return a - run >= 2 and not s[run - 1:run].isdigit() and not (taken and taken[-1][1] == run)


# a bracket holding a remark with a comma in it (innermost first: "((含玉东,下同))")
_BRACKETED_REMARK = lazy(r"[（(][^（()）]*[,，、][^（()）]*[)）]|[（(]\s*[)）]")


def _opened_before(s: str, a: int, b: int) -> int | None:
    """Where the bracket opens that a closing bracket in s[a:b] closes, opened before a (within 200 characters)."""
    depth = 0
    for c in s[a:b]:
        if c in "（(":
            depth += 1
        elif c in "）)":
            depth -= 1
    if depth >= 0:
        return None
    for i in range(a - 1, max(-1, a - 201), -1):
        if s[i] in "）)":
            depth -= 1
        elif s[i] in "（(":
            depth += 1
            if depth == 0:
                return i
    return None


def _after_unmatched_close(name: str) -> str:
    """``name`` from after its last closing bracket that no bracket in it opens ("下同))生产总值" → "生产总值")."""
    depth, cut = 0, -1
    for i, c in enumerate(name):
        if c in "（(":
            depth += 1
        elif c in "）)":
            if depth:
                depth -= 1
            else:
                cut = i
    return name[cut + 1:].lstrip() if cut >= 0 else name


def extract_figures(text: str, view: str | None = None) -> list[Figure]:
    """Every figure in ``text``, in order of appearance.

    ``view`` is the structure's view of the text (same length: simplified script, unwrapped
    lines); figures are found in it and quoted from ``text``."""
    if view is None:
        from .structure import view_of

        view = view_of(text)
    s, where = _normalize_with_map(view)
    if " ." in s or " ," in s:
        # "…支出为163\n.58万元", "…收入4\n,229.50万元": a number a line break cut right before its point or
        # a thousands comma is read as if cut after it ("163.\n58" joined below, "4, 229.50" read whole);
        # the two characters swap places, so the offsets stay
        # ("决算支出8 .69万元", "下降50 .9%": a space typed before a point is read so too)
        s = _CUT_BEFORE_POINT.sub(lambda m: m.group()[::-1] if m.group()[1] == "." or _at_break(text, where, m.start()) else m.group(), s)
    figures: list[Figure] = []
    taken: list[tuple[int, int]] = []
    previous_end = 0
    previous_percent_end = -1   # where the figure before ended, when it was a percent
    index = text_index(s)
    phrases, clauses = index.phrases, index.clauses

    def span(a: int, b: int) -> tuple[int, int]:
        return (a, b) if where is None else (where[a], where[b - 1] + 1)

    for m in find_each(_FIGURE, _FIGURE_FIRST, s):
        pre, num, scale, unit, mid, post = m.group("pre", "num", "scale", "unit", "mid", "post")
        b = m.end()
        if not unit:
            if not (scale in ("万", "亿") and not mid and _money_without_yuan(s, m.start("num"), m.end("scale"), scale)):
                continue  # a bare number (a year, a page, a code) is not a figure
            unit, b = "元", m.end("scale")   # "学生资助资金86.5万，…": 万 alone after a name of money, 万元 beside it
        unit = (scale or "") + unit
        joined = "yi" if m.group("yi") else "wan" if m.group("wan") else None
        at, a = m.start(), m.start(joined or "num")
        blank = a - 1
        while blank > max(0, a - 4) and s[blank - 1] in " \t\u3000":
            blank -= 1   # "…增支41 \n129万元", "…增支41\n 129万元": blanks beside the break
        if a >= 2 and s[a - 1] == " " and not pre and (any(_at_break(text, where, i) for i in range(blank, a)) or s[a - 2] == "." and (
                _swapped(text, where, a - 2) or _POINT_THEN_SPACE.search(s, max(0, a - 16), a - 1))):
            broken = _BROKEN_NUMBER.search(s, max(0, blank - 20), blank)
            if broken and not ("." in broken.group() and "." in num):
                # "…公务接待费12.\n53万元", "…合计1\n234.56万元": a number a line break cut in two (text
                # from a PDF, the break made a space by the view) is one number
                at = a = broken.start()
                num = broken.group() + num
        before = s[max(0, a - 1):a]
        negative = (before in ("-", "－") and unit == "%" and not s[max(0, a - 2):a - 1].isdigit()
                    and bool(_RATE_BEFORE.search(s, max(0, a - 14), a - 1)))
        # "返还性收入-783万元": an amount written with a sign after its name (a net figure that may be below 0)
        negative = negative or (before in ("-", "－") and unit.endswith("元") and a >= 2
                                and "\u4e00" <= s[a - 2] <= "\u9fff" and not s[b:b + 1] in ("-", "~", "—")
                                and not _RANGE_START.search(s, max(0, a - 10), a - 1))   # not "5亿-10亿元"
        if negative:
            a -= 1  # "完成预算的-69.23%": a completion rate written with a sign — a figure, to be checked
        elif before in ("-", "~", "—") and not _after_leaders(s, a, taken) \
                or before == "至" and not _LEVEL_TO.search(s, max(0, a - 4), a) \
                or s[b:b + 1] in ("-", "~", "—") and s[b + 1:b + 2].isdigit():
            continue  # part of a range "5-15户"
        if before.isalpha() and before.isascii():
            continue  # a code such as "G207"
        if before == "." and s[max(0, a - 2):a - 1] != "." and not (taken and taken[-1][1] == a - 1):
            # "34.568.64万元": a number with two points (thousands typed as points) is not read; nor one that opens with
            # its point ("全年电影票房为.15亿元，其中国产影片票房为.05亿元": a page that lost the numbers' integer digits)
            # (a point in a run of points is a table's leader or an ellipsis, "支出总额......150万元", "…150万元"; a
            # point right after a figure ends its sentence, "收入总额80万元.150万元用于…": the number after is read)
            continue
        if before == "," and s[max(0, a - 2):a - 1].isdigit():
            # "1089,0827,000元": digits grouped by four (万 and 亿) as well as by three are one number; other groupings
            # ("12,34,5元") are not read
            head = _GROUPED_HEAD.search(s, max(0, a - 40), a)
            groups = (head.group() if head else "").split(",")[1:-1] + num.split(",")
            if head is None or not all(len(x) in (3, 4) for x in groups[:-1]) \
                    or len(groups[-1].split(".")[0]) not in (3, 4) or "," not in head.group():
                continue
            at = a = head.start()
            num = head.group().replace(",", "") + num
        if joined is None and (before in ("万", "亿", "萬", "億") or before == "零" and s[max(0, a - 2):a - 1] in ("万", "亿", "萬", "億")):
            continue  # the tail of an amount of two scales not read whole ("12万8千5百元", "3万零500元"): no amount of its own
        if before == "第":
            continue  # a rank or an ordinal: 第3位, 第2批
        if pre:
            a = at   # the match starts with the word before the number
        if "," in num:
            num = re.sub(r",\s?", "", num)
        if not num.replace(".", "").isdigit():
            num = re.sub(r"[ \u00a0\u2009]", "", num)   # "30 315"
        if joined == "yi":
            whole, _, fraction = num.partition(".")
            num = str(int(re.sub(r"[\s亿零]", "", m.group("yi"))) * 10000 + int(whole)) + ("." + fraction if fraction else "")
        elif joined == "wan":
            # "3万5千元" is 3.5万元; "10万3000元", "10万300元" are 10.3万元, 10.03万元 (to the 元)
            wan = re.sub(r"[\s,]", "", m.group("wan")).rstrip("万")
            if "亿" in wan:   # "34亿2779万7千元": 342779.7万元
                yi, _, wan = wan.partition("亿")
                wan = str(int(yi) * 10000 + int(wan.lstrip("零") or "0"))
            num, unit = wan + "." + (num if unit != "元" else num.zfill(4)), "万元"
        if len(num.split(".")[0].lstrip("0")) > MAX_DIGITS:
            from ..errors import PerfxlError

            shown = num[:12] + "…" if len(num) > 12 else num
            raise PerfxlError(f"报告中的数字“{shown}”（第 {span(a, a + 1)[0] + 1} 个字符起）有 {len(num.split('.')[0])} 位整数，"
                              "不可能是金额、百分比或人数，请检查并修改报告后再试。")
        phrase = phrases.start(at)   # the phrase the figure ends: its subject, relation, share
        remark = (")" in s[phrase:at] or "）" in s[phrase:at]) and (opened := _opened_before(s, phrase, at)) is not None
        if remark:
            # "教育经费(包括教育事业费,基本建设经费和教育费附加)为730.48亿元": the phrase began at a comma inside a bracket
            # closed before the figure; it is the one the bracket opened in (the bracket's remark no part of the name)
            phrase = phrases.start(opened)
        subject, year = _subject(s, a if negative else at, previous_end, None if negative else phrase)
        if subject and subject[-1] in "（(":
            subject = subject[:-1].rstrip()   # "开支(826亿元)": the bracket opening before the amount is no part of its name
        while remark and _BRACKETED_REMARK.search(subject):
            subject = _BRACKETED_REMARK.sub("", subject).strip()
        if subject and ("）" in subject or ")" in subject):
            # "比上年（86.00万元）增加5.21万元", "玉州辖区((含玉东,下同))生产总值565.01亿元": nor what a bracket opened before the
            # phrase holds (the phrase starts at a comma inside it): the name starts after the bracket closes
            subject = _after_unmatched_close(subject)
        heads = None
        if not subject and figures and unit.endswith("元") and figures[-1].unit in HEADS \
                and _COMMA_ONLY.fullmatch(s, previous_end, at):
            heads = figures[-1]
            subject = heads.subject   # "初中47人次,18800元": the amount paid to the heads counted before it
        if not subject or subject in _BARE_VERBS:
            tail = _TAIL.match(s, b)
            if tail:
                subject = (subject or "") + tail.group(0).strip()
        closed_share = previous_percent_end if unit != "%" and previous_percent_end > phrase else None
        previous_percent_end = b if unit == "%" else -1
        previous_end = b
        start, end = span(a, b)
        relation = _relation(s, a if negative else at, phrase)   # "增长-13.19%": the verb before the sign
        if relation is None and heads is not None and heads.relation in ("增加", "减少"):
            relation = heads.relation   # "比上年减少306人次,304.01万元": the amount paid to them changed as they did
        if relation == "占" and closed_share is not None and "占" not in s[closed_share:at] \
                and _relation(s, at, closed_share) is None:
            # "占年初预算数476万元的98.74%公务用车运行维护费支出3758万元": the share ended with its percent (a
            # separator left out); the amount named after it is the next item's, not of the 占
            # (a change after it, "占84.83%与2016年相比减少61.72万元", is still read as before)
            relation = None
        if relation is None and unit != "%" and _COMPARED_ONLY.search(s, max(0, at - 24), at):
            after = _VERB_AFTER.match(s, b)
            if after:  # "与2016年相比21.79万元，增加14.01%": the change's verb left to its rate
                relation = "增加" if _UP_VERB.match(after.group(1)) else "减少"
        needs_role = unit != "%" and relation not in ("增加", "减少")
        needs_relation = unit.endswith("元") and relation not in ("增加", "减少", "占")
        bare = _bare_change(s, at, b) if needs_role or needs_relation else None
        role = _role(s, at, b, bare) if needs_role else None
        if role is None and unit != "%" and _GAP_OF_CHANGES.search(s, max(0, at - 8), at):
            role = "gap"  # "增加108.1亿元，同比多增207.1亿元": this year's increase less last year's, no change of its own
        if needs_relation:
            relation = bare or relation
        figures.append(Figure(
            text=text[start:end], value=-float(num) if negative else float(num), unit=unit, decimals=len(num.split(".")[1]) if "." in num else 0,
            subject=subject, kind=_kind(unit), start=start, end=end,
            approximate=bool(pre or mid or post) or _threshold(s, m) or _after_a_page_mark(text, where, s, a)
            or a > 0 and _lost_before(text, where, a),
            relation=None if role else relation, year=year or _sentence_year(s, at, clauses.start(at)),
            of=_share_of(s, at, phrase) if unit == "%" else None, role=role,
        ))
        taken.append((at, b))
    taken_starts = [a for a, _ in taken]
    for m in find_each(_CN_FIGURE, _CN_FIGURE_FIRST, s):
        k = bisect_right(taken_starts, m.start())
        if k and taken[k - 1][0] <= m.start() < taken[k - 1][1]:
            continue
        context = s[max(0, m.start() - 3):m.end() + 4]
        if any(idiom in context for idiom in _IDIOMS) or s[max(0, m.start() - 1):m.start()] in ("第", "届"):
            continue  # names and ordinals: 三公经费, 第二次, 九届人大二次会议
        if s[m.end():m.end() + 2] == "会议" or (m.group("cnunit") in ("期", "分") and not m.group("pct")):
            continue
        numeral = m.group("cnp") or m.group("cn")
        if m.group("pct") and numeral.strip() in ("一", "〇", "零", "百"):
            value, unit = {"一": 1.0, "百": 100.0}.get(numeral.strip(), 0.0), "%"   # "占百分之零", "达到百分之百"
        elif numeral in ("一", "〇", "零") or not set(numeral) - set("百千万"):
            continue  # an article ("一名导师") or a bare scale word, not a quantity
        elif m.group("pct"):
            value, unit = _cn_value(m.group("cnp")), "%"
        else:
            value, unit = _cn_value(m.group("cn")), m.group("cnunit")
            if value is None or value < 2:
                continue  # "一" is mostly an article: 一名导师, 一件事
            scale = numeral.rstrip()[-1]
            if unit == "元" and scale in "万亿":
                # "一百二十一亿二千二百六十万元" is written to the 万: 1212260万元, not to the 元
                value, unit = value / (10000 if scale == "万" else 100000000), scale + "元"
        if value is None:
            continue
        subject, year = _subject(s, m.start(), taken[k - 1][1] if k and taken[k - 1][1] <= m.start() else 0)
        start, end = span(m.start(), m.end())
        figures.append(Figure(text=text[start:end], value=value, unit=unit, decimals=_cn_decimals(numeral), subject=subject,
                              kind=_kind(unit), start=start, end=end, relation=_relation(s, m.start()),
                              year=year or _sentence_year(s, m.start()),
                              of=_share_of(s, m.start()) if unit == "%" else None))
    figures.sort(key=lambda f: f.start)
    _zeros_to_the_texts_precision(figures, s)
    _name_each_of_a_run(figures, view)
    _shares_of_a_run(figures, view)
    _changes_of_a_run(figures, view)
    _restated_in_brackets(figures, view)
    return figures


_OPENS_RESTATEMENT = lazy(r"\s*[（(]\s*(?:约|合|折合|即|相当于)?\s*")
_CLOSES_RESTATEMENT = lazy(r"\s*[）)]")


def _restated_in_brackets(figures: list[Figure], view: str) -> None:
    """"比2018年增长594万吨(119亿公斤)，增长0.9%", "减少182.4万公顷(273.6万亩)": a bracket holding only a figure
    of the same measure in another unit, right after a figure, says that figure again (a conversion): it is
    no quantity, change or part of its own (role "restated"), right or wrong as the conversion may be."""
    for f, g in zip(figures, figures[1:]):
        if g.start - f.end > 8 or f.kind not in ("amount", "count") or g.kind != f.kind or g.unit == f.unit or f.role is not None:
            continue
        if not _OPENS_RESTATEMENT.fullmatch(view, f.end, g.start) or not _CLOSES_RESTATEMENT.match(view, g.end):
            continue
        if conversion_factor(g.unit, f.unit) is None:
            continue
        g.role, g.relation = "restated", None


# figures listed one after the other ("51.20亿元、15.70亿元和85.00亿元") after "分别为"/"各是"
_RUN_JOIN = lazy(r"\s*(?:和|与|及|、|,|，)\s*")
_EACH_BEFORE_A_FIGURE = lazy(r"(?:分别|各)(?:为|是|达到|达|完成|实现|有)?\s*(?=\d)")
_HEAD_NOISE = lazy(r"^(?:其|全年|共|合计)|\d{4}\s?年度?(?:末|底)?|[“”\"‘’\s]")
_LAST_AND = lazy(r"和|与|及")


def _listed_after(figures: list[Figure], k: int, view: str, fits) -> list[Figure]:
    """figures[k] and the figures listed right after it, each joined to the one before by a comma or a conjunction alone,
    while ``fits(next, previous)`` holds (walked by index: a copy of the rest for every start would be quadratic)."""
    run = [figures[k]]
    for j in range(k + 1, len(figures)):
        nxt = figures[j]
        if not fits(nxt, run[-1]) or not _RUN_JOIN.fullmatch(view, run[-1].end, nxt.start):
            break
        run.append(nxt)
    return run


def _name_each_of_a_run(figures: list[Figure], view: str) -> None:
    """"第一、二、三产业增加值分别为51.20亿元、15.70亿元、85.00亿元"; "收入、支出分别为100万元、90万元": a run of
    amounts or counts after "分别为" (or "各是") is named, one by one, by the names listed before it, the last
    name's words past its own lending the others theirs (第一 → 第一产业增加值).  Only when the names are as
    many as the figures and the figures after the first have no name of their own."""
    starts = [f.start for f in figures]
    for verb in _EACH_BEFORE_A_FIGURE.finditer(view):   # the few places a run can start, not every figure
        k = bisect_left(starts, verb.end())
        if k == len(figures) or figures[k].start != verb.end() or figures[k].kind not in ("amount", "count"):
            continue
        first = figures[k]
        run = _listed_after(figures, k, view,
                            lambda nxt, prev: nxt.kind == first.kind and not nxt.subject and nxt.start - prev.end <= 16)
        if len(run) < 2:
            continue
        begin = max(figures[k - 1].end if k else 0, first.start - 80,
                    max(view.rfind(c, max(0, first.start - 80), first.start) for c in "。！？!?，,；;：:（(\n") + 1)
        head = _HEAD_NOISE.sub("", view[begin:verb.start()])
        names = head.split("、")
        if len(names) == len(run) - 1 and len(_LAST_AND.findall(names[-1])) == 1:
            names[-1:] = _LAST_AND.split(names[-1])
        if len(names) != len(run) or not all(names) or any(ch.isdigit() for ch in head):
            continue
        last, before = names[-1], names[-2]
        tail = last[len(before):] if len(last) > len(before) else ""
        for f, name in zip(run, [n + tail for n in names[:-1]] + [last]):
            f.subject = name


_WHOLES_JOIN = lazy(r"和|与|及|、")
# "占一般公共预算收入和财政总收入的比重分别为80.2%和33.4%": the wholes named before the 分别
_SHARES_EACH_AFTER = lazy(r"占[^，,；;。\d%]{2,30}?的?(?:比重|比例)\s*分别(?:为|是|达到?)?\s*$")


def _shares_of_a_run(figures: list[Figure], view: str) -> None:
    """"基本支出、项目支出分别为650.3万元、140.2万元，分别占本年支出合计的80.3%、19.7%": the percents listed after the
    first share of a 分别占 run are shares of the same whole (they have no words of their own)."""
    for k, first in enumerate(figures):
        if first.kind != "percent" or first.relation != "占" or not (
                EACH_SHARE.search(view, max(0, first.start - 30), first.start)
                or _SHARES_EACH_AFTER.search(view, max(0, first.start - 40), first.start)):
            continue
        # (the next percent joined by 和/及/与 has that word for its name: "…的80.2%和33.4%")
        run = _listed_after(figures, k, view, lambda nxt, _: nxt.kind == "percent" and (
            nxt.relation is None and not nxt.subject or nxt.relation in (None, "占") and not nxt.of and nxt.subject in ("和", "及", "与")))
        # "分别占财政总收入和一般公共预算收入的41.6%、68.0%": one whole for each share, in order; wholes as many as
        # the shares are each share's own, otherwise the run has one whole only when it names one
        wholes = [w for w in _WHOLES_JOIN.split(re.sub(r"的$", "", first.of or "")) if w]
        if len(run) < 2 or len(wholes) not in (0, 1, len(run)):
            continue
        # (no whole named, "基本支出…，项目支出…，分别占71.3%、27.7%": each is a share as the first is, of what it is bound to)
        for g, whole in zip(run, [first.of] * len(run) if len(wholes) <= 1 else wholes):
            g.relation, g.of = "占", whole if len(wholes) != 1 else wholes[0]


# "分别比上年增加100.5万元、20万元": the first change of a run after 分别/各 and a comparison
_EACH_CHANGE = lazy(r"(?:分别|各)[^，,；;。\d]{0,12}$")


def _changes_of_a_run(figures: list[Figure], view: str) -> None:
    """"基本支出1100.5万元、项目支出320万元，分别比上年增加100.5万元、20万元": the amounts listed after the first change of
    a 分别 run, with no words of their own, are changes too (of the items listed before, in order)."""
    for k, first in enumerate(figures):
        if first.kind == "percent" or first.relation not in ("增加", "减少") \
                or not _EACH_CHANGE.search(view, max(0, first.start - 20), first.start):
            continue
        for nxt in _listed_after(figures, k, view, lambda nxt, _: nxt.kind == first.kind and nxt.unit == first.unit
                                 and nxt.relation is None and not nxt.subject)[1:]:
            nxt.relation = first.relation


def _zeros_to_the_texts_precision(figures: list[Figure], s: str) -> None:
    """"因公出国(境)经费0万元，同比减少0万元……公务接待费0.00万元，同比减少0.11万元": a zero written
    without decimals where every other amount of its unit in the paragraph has them is written to
    that precision (nobody rounds 0.3万元 to "0" beside "0.11万元"), not to ±0.5."""
    by_paragraph: dict[tuple[int, str], list[Figure]] = {}
    paragraph, seen = -1, 0   # figures come in order: each stretch of text is searched for "\n" once
    for f in figures:
        if f.kind == "amount":
            paragraph = max(paragraph, s.rfind("\n", seen, f.start))
            seen = max(seen, f.start)
            by_paragraph.setdefault((paragraph, f.unit), []).append(f)
    for group in by_paragraph.values():
        others = [f.decimals for f in group if f.value]
        if len(others) < 2 or min(others) < 1:
            continue
        for f in group:
            if not f.value and f.decimals == 0 and not f.approximate:
                f.decimals = min(others)


def _sentence_year(s: str, pos: int, begin: int | None = None) -> int | None:
    """The last year written in the clause before ``pos`` (``begin``: the clause's start when known)."""
    year = None
    if begin is None:
        begin = clause_start(s, pos)
    if s.find("年", begin, pos) < 0:  # every year pattern ends with 年
        return None
    for m in _YEAR.finditer(s, begin, pos):
        if m.start() and s[m.start() - 1] in "比较与":
            continue  # "比2022年减少526.70万元，…，其中：A 1278.30万元": the year compared with is no year of what follows
        year = int(m.group(1))
    return year
