"""The narrative checks on the published-text corpus (tuning passages only, which include the
round-1 held-out passages, declared used; the passages held out now are measured by
bench/narrative.py --holdout, never tuned against).

An error is a promise: no error may land anywhere but on a relation verified inconsistent,
and no passage whose relations all hold may get one.  Which inconsistent relations are caught
is asserted exactly, so that an improvement and a regression both show here."""

import pytest

from perfxl.checks.runner import run_checks
from perfxl.narrative.read import Narrative

from .narrative_corpus import load_corpus, match_finding, relation_id

PASSAGES = load_corpus(holdout=False)

# Inconsistent relations no error-level finding catches today ("<passage>@<claim_start>"), and why.
MISSED = {
    "037@19",   # the list only adds up with 29104元 read as 万元: the root (29104元) is the error, reported once
    "054@54",   # the total's parts are four paragraphs after it, one of them a separator slip (that one is an error)
    "063@152",  # 995 vs 38 + 958: holds within the written precision; the table says 996
    "115@475",  # 3.46 and its parts 1.68 in the next paragraph, dated 2022 and 2023: not bound
    "1008@542",  # "8.5%、37.7%、53.8%" makes 100 with the 0.1 the rounded shares lack put on 8.5 (尾差调整): a warning naming it
    "126@307",  # "14.8:30.1:55.1" makes 100 with the 0.1 the rounded terms lack put on 30.1 (尾差调整): a warning naming it
    "2457@333",  # "12.1:34.8:53.1" likewise (the rounded terms make 99.9): a warning
    "258@722",  # "25.4:34.9:39.7" likewise: a warning
    "272@206",  # "占总收入35.39%", each item's share in its own sentence: the four make 100 with the 0.01 put on it (尾差调整): a warning
    "272@512",  # "占总支出的45.46%" likewise, in a list of three (45.46 + 54.19 + 0.35): a warning
    "272@602",  # the same share said again in the item's own paragraph: a warning
    "3137@233",  # "占供水总量1.5%" with the whole not written, the four shares making 100 with the 0.1 put on it: a warning
    "127@438",  # the second breakdown of 基本支出 fails because of 75800 元 in another section
    # round 3 (measured once as held out, then declared used): not caught yet
    "165@242",  # a rate of a form's PDF text layer, its cells out of order: no sentence binds it
    "194@628",  # "与2021年度预算相比，减少0.1萬元": the budget is only in a table, not in the text
    # round 4 (measured once as held out — no false error — then declared used): not caught
    "242@86",   # that total's change against the parts' changes in those numbered lines
    # round 5 (measured once as held out — no false error — then declared used): not caught
    "265@118",  # a total whose 其中 parts (中央/地方) fall 0.40 short: the split is not complete by definition
    "273@17",   # a headline's "253万余元" against the body's 290.72万元: an approximate figure (余) is never an error
    "291@98",   # "增11%" whose figures are paragraphs apart (a headline): not bound
    "293@465",  # a share of an increase that is not written (only implied by a total and its growth rate)
    # round 6 (measured once as held out, then declared used): not caught at measurement
    "347@518",  # a table row above its only 其中 row, the total row holding only with the row as written
    # round 7 (measured once as held out, then declared used): not caught at measurement
    "410@317",  # seven 其中 items adding to 2253 against 2263, the list not complete by definition
    "410@609",  # a part (6万元) above its whole (5万元) said a paragraph apart
    # round 8 (measured once as held out, then declared used): not caught at measurement
    "531@164",  # a total budget against budgets worked back from each item's "比预算数减少"
    "540@470",  # "1208元" for a 三公 total whose 266万元 part is in another sentence
    # round 9 (measured once as held out, then declared used): not caught after its fixes
    "616@355",  # "实际到位资金 170" of a self-evaluation table copied one cell per line: such tables are not read
    # round 10 (measured once as held out, then declared used): not caught after its fixes
    "711@46",   # the list only adds up with 226020元 read as 万元: the root (226020元) is the error, reported once
    "763@433",  # "占比5.63%" of a whole of people never written (28930 or 29044 both fail): not bound
    # round 11 (measured once as held out, then declared used): not caught after its fixes
    "811@634",  # "支出决算数为2112.86万元" against the 3611.81万元 of the same spending two paragraphs before
    "832@208",  # "减少 51.48 元，减少 11.02 %" of 520.52万元: wrong in either unit, the rate's base not found
    # round 12 (measured once as held out, then declared used): not caught after its fixes
    "906@574",  # "从汇总数据看…比2020年增加43万元" against the decrease of 166.4万元 two paragraphs before
    "906@581",  # its "增长4.83%" of that same sentence: the figure it is of is in another paragraph
    # round 13 (measured once as held out, then declared used): not caught after its fixes
    "980@784",  # "沈阳(825.60亿元 同比增长4.0%下同)": a rate in a bracketed city list, its base in another list
    # round 15 (measured once as held out, then declared used): not caught after its fixes
    "1006@719",  # "占 100 %" of the only non-zero source: holds with the sources' sum; which figure is wrong
                 # (the total or the part) is the sum's error, reported once
    # round 16 (measured once as held out, then declared used): not caught after its fixes
    "1109@43",   # "占年筹资总额的67.1%" (a headline) against "共需筹集资金73.6亿元": the whole is named otherwise
    "1109@208",  # the same share in the body, the total in the sentence before under another name: not bound
    # round 17 (measured once as held out, then declared used): not caught after its fixes
    "1202@772",  # counts of students by kind of school (1956 against 1759): kinds of admission may overlap
    # round 18 (measured once as held out, then declared used): not caught after its fixes
    "1303@438",  # a form's 市级资金 343.00 against the same row of the two blocks below it (208 + 136): rows of
                 # different blocks are not summed column by column
    "1304@457",  # "中央投入资金279万元(…81万元，…161万元)" short of its whole: a bracket may name only some parts
                 # (that the two are every part rests on "两项…项目" sentences earlier)
    # round 19 (measured once as held out, then declared used): not caught after its fixes
    "1405@87",   # a form headed "项目资金(万元)" whose amounts are in 元 (145000000.00): a unit judged by size only
    # round 20 (measured once as held out, then declared used): not caught after its fixes
    "1503@297",  # "省级资金转移支付124.23万元，为A 25万元，B 0.71万元，…": a list opened by "为" is not read
    "1529@497",  # "上年10321.31元，本年10359.52元，同口径比上年增长20.97%": warned (last year's may be restated on
    "1529@544",  # the same caliber and left unwritten), not an error
    "1529@591",
    "1529@642",
    "1529@687",  # "幼儿园上年2709.16，本年2845.20元，…增长61.98%": the base written without a unit is no amount
    "1560@795",  # "粮食种植面积12.07亩" among 万亩 figures: unit slips are read for 元/万元/亿元 only
    # round 21 (measured once as held out, then declared used): not caught after its fixes
    "1603@55",   # 84万元 against numbered items 36 + 16 + 12 + 5 万元 and "15元": N-UNIT-SLIP names 15元, the sum once
    # round 22 (measured once as held out, then declared used): not caught after its fixes
    "1729@239",  # 实有人数69人 against 在职69 + 离休0 + 退休21: 实有人数 equal to the serving staff may mean them only
    # round 23 (measured once as held out, then declared used): not caught after its fixes
    "1852@889",  # the last of seven "占比" (18.1% for 18.02%) made to bring them to 100 %: a share whose whole is
                 # not named is never an error
    # round 24 (measured once as held out, then declared used): not caught after its fixes
    "1903@392",  # "实际改造数超任务43%" of 264 against 115 households: a count's excess rate is not read
    "1918@731",  # a road "长2950千米" in a village project: a length's unit judged by size only
    "1955@149",  # "年平均增长18.8%" above the compounded 18.57 %: a mean of the yearly rates may be meant (a warning)
    # round 25 (measured once as held out, then declared used): not caught after its fixes
    "2002@647",  # "按…的9.5%征收，其中财政安排8.5%，个人负担2%": a list of rates is not summed
    "2005@113",  # "尚不足158.09億元" of 1553億8900萬元 and 1709億4800萬元: amounts written with 億 and 萬 together
    "2007@178",  # an amount in Chinese numerals ("八百八十七萬八千九百三十五萬元") is not read
    "2008@471",  # "编制人数42，其中：行政编制人数19、…" with bare numbers: counts without a unit are not read
    "2031@602",  # "市级资金配套3.6元" for 120 people × 300 each: a unit slip shown by a product is not read
    # round 26 (measured once as held out — no false error — then declared used): not caught
    "2127@313",  # a form's indicator row "预算执行率 100%100%" against its own funds row (76%): such rows are skipped
    # round 27 (measured once as held out — no error — then declared used): not caught after its fixes
    # round 28 (measured once as held out — both errors right — then declared used): not caught after its fixes
    "2304@298",  # a fund's form "滚存结余" against 上年结余 + 收入合计 − 支出合计: a balance in a form is not computed
    "2354@662",  # a student-aid form whose autumn amount repeats spring's (45.0687 for 47.3188): such rows are not read
    # round 29 (measured once as held out — its one error wrong — then declared used): not caught after its fixes
    "2407@594",  # "缴存余额313933亿元" against a table's 3139.33 (亿元): a figure against a table pasted below is not read
    "2455@343",  # "期末从业人员数1.37万元" (人 written as 元): a count written in a unit of money is not read as a slip
    "2462@121",  # "第一、二、三产业增加值分别为23323395346268亿元" (three figures run together): not read
    # round 30 (measured once as held out — no error — then declared used): not caught after its fixes
    # round 31 (measured once as held out — errors right 2/4 — then declared used): not caught after its fixes
    "2604@99",   # "现全年实际可用…资金1115.0484万元" against the three sources written a sentence before (787.05): not a list
    "2651@60",   # "中央资金1264.71万元(贴息资金970.67万元,奖补资金294.07万元 ,省级资金…(…)": a bracket left open
    "2651@679",  # "137.07万元,已全部分配下达。其中贴息资金13.07万元,奖补资金244万元": a 其中 opening a new sentence after a
                 # clause of what was done with the amount is read as of another amount of the sentence before
    "2665@1390", # a statistics table's 农村经济净收入 against its 总收入 − 总费用 columns: a balance in a table is not computed
    # round 32 (measured once as held out — no error, one false warning — then declared used): not caught
    "2707@234",  # "补助标准为每人每年3000元…上报扶持对象170人…补助资金52万元": a count times a rate is not computed
    "2743@741",  # 使用支出13062.25万元 against 8598.88 + 4464.37 said in the sentences after it: not a list
    "2743@804",  # "商品房…8598.88万元" against "商品住宅…使用总额8597.88万元" a paragraph before: named otherwise
    "2746@223",  # "慈善款物合计4940761.88万多元" (元 written as 万多元): an approximate figure is never an error
    "2750@72",   # 856个 against the four kinds 456 + 314 + 57 + 28 in the next paragraph: not bound
    # round 33 (measured once as held out — its one error right — then declared used): not caught
    "2802@103",  # a total's growth rate against its parts' amounts and rates said a paragraph later (no 其中): not bound
    "2808@270",  # "合计27.22萬元" of 22.68 and "约4.61萬元": an approximate part, never an error
    "2837@399",  # 1872.85 against 89 + 683.85 (shares 63.49 % + 36.51 %): the wrong 89 is reported once, by its share
    "2838@60",   # June's 11.01亿千瓦时 against its parts in three paragraphs: not bound
    "2839@110",  # "收入近5.76亿元，占收入总额的61%" of "近8.27亿元": approximate figures, never an error
    "2839@182",  # "占增值税总额的45.50%" of "近5.76亿元": the whole approximate
    "2840@158",  # 130.98億元 against the counties' incomes, each item with visitors, rates and income: not read
    "2841@213",  # "一日游客为0.808万人次，占总数的19.05%": 总数 is the visitors of the sentence before, not bound
    # round 34 (measured once as held out — errors right 1/2, four false warnings — then declared used): not caught
    "2945@425",  # a debt-limit table (its cells one per line, the unit in the header) read as text: not read
    "2946@124",  # a statistics table's growth column (-38.0 for -38.36): such rows are not read
    "2947@64",   # a whole's rate below what its parts' rates make (5.15 % for 5.67 %), parts in numbered lines: a
                 # part 0 now would lower it so, and the parts are named complete only in a note after them
    # round 35 (measured once as held out — its one error right, three false warnings — then declared used)
    "3017@106",  # 交通固定资产投资2940.3亿元 below its part 公路水路投资21595亿元 in the next sentence (a point slipped): not bound
    "3023@119",  # "贡献率达到85.3%" (a share of the total written as a contribution rate): contributions are not computed
    "3023@140",  # "拉动…增长7.1个百分点": contributions in points are not computed
    "3023@171",  # the same, 餐饮收入
    "3023@192",
    "3026@160",  # "第二产业完成投资2.35万元" among 亿元 (its share 4.6 % holds only in 亿元): a unit slip shown by a share
                 # whose whole is in another sentence is not read
    "3026@358",  # "占全市投资比重为43.2%" (43.0 %) of a whole in the first paragraph, three sections before: not bound
    "3039@618",  # a statistics table's cumulative 销售产值 below its 规模以上 part: such tables are not read
    "3049@313",  # "完工率…阿合奇县73.38%" whose count of completed projects is never written: not computable
    # round 36 (measured once as held out — errors right 1/3 — then declared used): not caught after its fixes
    "3138@96",   # the same (16.2 % for 16.14 %)
    "3142@314",  # five shares of water use adding to 100.6 %: shares with no amounts, their whole not written
    "3147@214",  # "四级公路294.10公里" among 万公里 figures: unit slips are read for money only
    # round 37 (measured once as held out — its one error wrong — then declared used): not caught after its fixes
    "3203@229",  # three shares 75 % + 23 % + 2 % brought to 100 % (23 % for 22.4 %): a share adjusted to the whole
    "3216@85",   # "完成年初计划的117.3%" whose plan is never written: not computable
    # round 38 (measured once as held out — no error, one warning right — then declared used): not caught
    "3305@142",  # 年度计划投资 of ten kinds of project, each kind a sentence of its own with three measures: only items of
                 # one sentence's list are read as the measures' parts
    "3312@109",  # 466.29亿元 against its ten uses (464.49) listed in a later paragraph that names no total ("用途包括
                 # 10个项目，其中…达318.24亿元，另外还有…"): a list whose whole is a paragraph before is not bound
    "3349@149",  # "比上年增长5.2" (the percent sign left out) against its parts' growths: a rate without its sign is not read
    # round 39 (measured once as held out — both errors right — then declared used): not caught after its fixes
    "3404@530",  # "相差1966元，达到全国平均水平的89.4%": a share of a whole given only by its gap to the part
    "3411@694",  # "出生人口0.24万人，出生率为6.03‰" of a population written in another sentence (户籍 or 常住): a rate
                 # per thousand of a whole the sentence does not name
    # round 41 (measured once as held out — the one error right — then declared used): not caught after its fixes
    "3605@853", "3605@949",  # a yearbook table copied one cell per line: a share's whole is in another row and column
    "3605@1044", "3605@1052", "3605@1081", "3605@1089", "3605@1117", "3605@1124",  # dependency ratios (抚养比) of
                 # age groups over the working-age population, a definition the checks do not know
    # round 42 (measured once as held out — no finding — then declared used): not caught after its fixes
    "3703@599",  # an average yearly growth of savings over five years, 17.9% for 17.76%: a warning now (the years
                 # between may be counted one more or one fewer)
    "3704@589",  # "去年资金和物资价值共支出16680.53万元" adding the 资金 and 物资 spending of two sentences before: a sum
                 # whose parts are written in other sentences, not as a list of it
    "3906@426",  # 本年支出 likewise (207.42 against 240.09 + 161.78)
    "3909@417",  # "8.4:40.9:50.7" makes 100 with the 0.1 the rounded terms lack put on 50.7 (尾差调整): a warning
    "3909@657",  # 出生率 "8.35%" for 8.35‰ (3423 of 411794 people): rates per thousand are not read
    "3909@678",  # 死亡率 likewise
    "3909@691",  # 自然增长率 likewise
    "3912@310",  # "由954.00万增加至1 113.63万元": an amount in 万 without 元 is not read
    "4008@14",  # the headline's "43.615亿元" for the body's 43615亿元 (a point for a thousands comma): a headline is not compared
    "4008@126",  # "13.799亿元" and "28.43亿元" in a list under "41.842亿元": the list adds up neither way (28.43 is no slip of 28043)
    "4008@139",  # likewise
    "4008@177",  # 一般债券25570 against the new 6758 plus the refinanced 13799 written in two earlier sentences
    "4008@189",  # 专项债券64900 likewise (36857 + 28430)
    # round 47 (measured once as held out — one false error, since fixed — then declared used): not caught
    "4208@607",  # "X，如扣除Y（不含Z）后，賸餘數將為W": a difference written as what is left after taking out: not read
    "4212@173",  # a university's income table pasted one cell per line, amounts and shares without units: not read
    "4212@794",  # likewise
    "4212@1266",  # likewise
    "4212@1385",  # likewise
    # round 51 (measured once as held out — nothing reported — then declared used): not caught
    "4606@129",  # "1276億6100百萬元" (百萬元 for 萬元) against the budget office's 1,276億6,100萬元 in another paragraph
    "4606@145",  # a reporter's 審定後 revenue against the budget office's figure of the same budget in another
                 # paragraph, written in 億/萬/元 and with 零: figures of one quantity in two paragraphs are not compared
    "4606@178",  # likewise for spending
    "4608@468",  # "2010-11年度支出 2,920億元" over "。教育 522億元 (22.7%)" lines that make 2,296 (2,920 is the revenue):
                 # the lines are no list of it, and "社會福利1 275億元" is read as 1 275 (the name's digit taken into the amount)
    # round 56 (measured once as held out — one false error, 5108, since fixed — then declared used): not caught
    "5112@323",  # 862億5874萬4000元 − 815億7531萬7050元 = 46.8343 億, written 46.84: the difference of the two rounded to 0.01 億
    "5114@262",  # 715億 − 712.769億 against "略減三億六千萬元": a change in Chinese numerals against last year's size
    # round 58 (measured once as held out — nothing reported — then declared used): not caught
    "5304@305",  # "全年实现工农业总产值3.36亿元，增长14%": this year's target against last year's 2.4亿 in the sentence before
    "5304@345",  # "全年完成财政总收入540万元，增长16%": the same, against 437.73万元
    "5309@245",  # a total and its parts written in Chinese numerals (一百九十三億二千四百五十萬元) in a news report
    # round 61 (measured once as held out — nothing reported — then declared used): not caught
    "5603@331",  # "185名代表中，…民主党派和无党派人士28人，占12%": the whole named after its count ("185名代表") is not read
    # round 62 (measured once as held out — three false errors, since fixed — then declared used): not caught
    # (5702@663, "…支出完成70.16亿元，增长17.5%。加上…后，支出总计84.65亿元", caught since: a sentence opening with 加上)
    "5703@696",  # "收支相抵，年终结转结余19570万元": holds with the spending as the sum of its three parts (312487), the
                 # written 总支出 312497 being the slip; that reading is plausible, so no error
    # round 64 (measured once as held out — nothing reported — then declared used): all caught since (5903@662, "…支出
    # 完成59.69亿元，下降18.2%。加上…后，支出总计66.05亿元": a sentence opening with 加上 adds to the sentence before)
    # round 67 (measured once as held out — nothing reported — then declared used): not caught
    "6203@733",  # lottery "分别占彩票销售总量的45.3%、33.5%、15.4%、0.0%、5.8%" paired by name with amounts of the sentence
    "6213@655",  # before, tail-adjusted to make 100 (15.34 written 15.4; 0.026 % written 0.1 so as not to show 0.0): at
    "6213@913",  # most a warning naming the adjustment; the paired-by-name 分别占 list is not read
    # round 68 (measured once as held out — both errors right — then declared used): not caught
    "6308@371",  # an industry structure "由上年的19.7:29.6:50.7调整为18.8:30.4:50.8" (ratios, not read as shares),
                 # tail-adjusted to make 100 (316312/1042331 = 30.347 % written 30.4)
    # round 69 (measured once as held out — nothing reported — then declared used): all caught since (6401@288, the
    # three 三公 items after "其中:" adding to 46.52万元 against a total of 11.52万元: no longer read as ending early)
    # round 71 (measured once as held out — two errors, one right by the revised verdict — then declared used): caught
    # since 6604@603 (the list's whole across its own change "较2022年部门预算支出总数144.39万元减少…" and a reason "下降原因
    # 主要为…"); not caught:
    "6602@157",  # three income sources all "0万元" under a budget of 1674.95万元: the listed items may not be all
    "6604@496",  # three items 2.35万元 short of their whole while their shares add to 100.52 %: a list under its whole
    "6604@660",  # "基本支出预算总额为51.56万元" in the next section against 人员支出 + 日常公用支出 of the list before
    "6608@639",  # "一般公共预算拨款收入205.3万元" in section four against "一般公共预算拨款105.3万元" in section three
    # round 72 (measured once as held out — nothing reported, no inconsistency — then declared used)
    # round 73 (measured once as held out — the error right, the warning right — then declared used): not caught
    "6803@699",  # "…854.99万元,占92%;专户资金80万元,占8%": the 92 % reported; 8 % is 100 % less the other share
    # round 74 (measured once as held out — errors 2/6 right, four false N-SHARE errors fixed since — then declared used):
    "6910@476",  # a council's cut "5290萬" against items adding to 5090 (5390 with the overseas trips): not read as a list
    # round 75 (measured once as held out — no error, one wrong warning fixed since — then declared used):
    "7005@532",  # "捐赠收入188亿元(18,806,608,102.09元),其中…183亿(18,315,774,773.00元),现金捐赠则为5.92亿元(592,555,505.09元)":
                 # the parts in 元 written in brackets beside their 亿元 (which add up by rounding) are not read
    # round 76 (measured once as held out — errors 1/2 right, one wrong warning fixed since — then declared used):
    "7114@522",  # "补充更新的15.3冊出版物" against "图书15.3萬冊" a sentence before: a count's scale dropped, not read
    # round 77 (measured once as held out — errors 2/2 right, one right warning — then declared used):
    "7209@599",  # "基本支出3736.92万元,其中人员经费…,公用经费…。比2021年预算增加654万元,增长9%": the change after the list's
                 # sentence is not bound to the whole before the list (654 / 3082.92 = 21.2 %)
    # round 82 (measured once as held out — nothing reported, recall 0/3 — then declared used):
    "7701@121",  # "南北槽航道合计…159.43亿元…北槽航道…176.33亿元…南槽航道…13.63亿元": a total named by its parts' merged name
    # (南北槽 = 南槽 + 北槽), its parts stated in the next sentence without a list word: not read as a list
    "7704@90",  # a yearbook table's column of shares adding to 100.08 under its 100.00 row: table columns are not summed
    "7706@585",  # "一是增加部分47349万元，其中：…超收收入26660万元，…较预算增加1567万元，…较预算增加13637元，…": a list of
    # increases, each written as a change on the budget, is not read as a list, so the 元 among 万元 shows nowhere
    # round 85 (measured once as held out — errors 1/1 right, recall 1/3; the pair's change caught since):
    "8002@472",  # "总支出较上年增长19.93 %" beside "总收入…增长19.93万元，增长2.95 %": a 万元 amount written as a percent
    "8501@450",  # "下撥84元" as the second numbered item of a 萬元 list whose total is two paragraphs up: a 萬元 written as 元
    "8608@147",  # twelve items after "包括" short of their total by 526.60: a 包括 list may name only some (read as partial)
    # round 92 (measured once as held out — nothing reported, recall 0/3 — then declared used):
    "8701@338",  # "两者所占投资比重分别为13.76%和5.69%": 16.02 / 281.93 = 5.6823 %, 0.0009 points outside; the whole two sentences up
    "8702@105",  # "生产总值97.4亿元…其中一产…24.29亿元…。二产…38.36亿元…。三产…34.62亿元": three industries in three sentences,
    # short by 0.13: the list ends with its sentence, and a short 其中 list may be partial
    "8714@967",  # a fund's monthly balance table: "2.30%" against 754.2 / 32248.7 = 2.34 % (or 2.75 % cumulative), a row not read
    # round 93 (measured once as held out — one wrong error, fixed since; recall 0/4, 2 caught since):
    "8814@521",  # "(省市重點項目共21宗,完成率16.68%)": the two plans' and completions' sums are not written (9.24 / 55.28)
    "8818@545",  # a library's statistics table, codes run into the cells ("61千元3,299"): table rows are not summed
    # round 94 (measured once as held out — errors 1/1 right, recall 1/3 — then declared used):
    "8904@722",  # a tourism table's 累计 column: 92185 + 44025 + 107367 = 243577 against 242111, table columns are not summed
    "8907@662",  # "|||||"-marked tourism rows, 221.36 + 156.58 against 1787.95 (a digit left out of 156.58): not read as a list
    # round 96 (measured once as held out — one false error, 9101, fixed since — then declared used): not caught
    "9107@33",   # 27449.58亿元 against 财产险 7810.26 + 人身险 19639.27 (0.05 short) in a bulletin whose other cut (by
                 # line of business) adds up: the companies' split not read as a complete breakdown
    # round 97 (measured once as held out — nothing reported — then declared used): not caught
    "9205@717",  # 第三产业增加值93.7億元 against its six industries (92.7, ending with 其他服务业) in the next sentence,
                 # opened by "第三產業中," (a breakdown named by its whole, not by a list word)
    # round 100 (measured once as held out — nothing reported — then declared used): not caught
    "9504@481",  # "第二产业比重39.5%,同比下降1.58个百分点" with last year's 37.92 written as the previous year's structure
                 # in the same paragraph (39.5 − 37.92 = +1.58: the share rose)
    # round 101 (measured once as held out — one right error, on 9608's growth rate — then declared used): not caught
    "9604@732",  # "非公经济增加值307998元" in a bulletin written in 万元 (its share 31.3% holds in 万元): no list or share binds it
    "9608@315",  # 第二产业 240034万元 against 工业 183809 + 建筑业 56259 (240068): the two industries are the sector by definition,
                 # not written as its list
    # round 102 (measured once as held out — no error; two warnings wrong by the corpus's ±0.5 reading of counts — then declared used):
    "9703@420",  # a count of 产业活动单位 written 4532 in the text and 4352 in the table (two digits swapped): not compared
    "9708@242",  # "前五位县合计占50.43%" against the five counties' shares in a table (48.93): a table's column not summed so
    "9708@779",  # two counties' increases against their 2010 shares in the table, the 2010 total worked out from two others
    "9708@785",  # (the same)
    # round 103 (measured once as held out — one error, wrong, on 9813's nested 65+ share, since a warning; recall 0/5 — then declared used): not caught
    "9801@171",  # "城区…12296个,占全部法人单位27.5%;县(市)27760个,占61.9%,园区4744个,占10.6%": shares adjusted to add to 100
                 # (12296 of 44800 is 27.45 %), the first naming its whole, the others bare: not grouped as one
    "9802@934",  # a table row's 1.53 (10779 of 707537 is 1.5235 %) in a column adjusted to add to 100.00: table columns not summed so
    "9813@310",  # the changes in points of three age groups that make up the whole must add to 0 (−0.14 + 3.65 + 1.98): not read
    # round 104 (measured once as held out — two errors: 9906's text sum right (the corpus had recorded it only on the
    # table row; relation added), 9908's wrong (县及县以上医院 is a kind of 医院, fixed); recall 1/9 — then declared used): not caught
    "9901@337",  # "城镇人口增加202487人,乡村人口减少66271人" against the 136247 the total grew by, written in another paragraph
    "9905@544",  # a county's share 9.05 in a table column adjusted to add to 100.00 (300764 of 3325372 is 9.0445 %)
    "9905@653",  # (the same share in the text: "占9.05%", no whole written beside it)
    "9906@213",  # a table's total row (4165 = 1419 + 240 + 2507 is 4166) with its sub-rows marked "#": table columns not summed so
    "9906@262",  # the "#公立医疗机构" row 1821 against its three columns (2431): not summed so
    "9918@100",  # "基层医疗卫生机构980000个" against four parts written in the next paragraph (990292)
    "9922@143",  # a table's total beds 473768 against its four category columns (473350): not summed so
    # round 105 (measured once as held out — one error, wrong (9954: a project's 总投资 read as its part, fixed); recall 0/6 —
    # then declared used): not caught
    "9957@553",  # investment growth 17.8% against its two industries' growth (8.27 %, 16.6 %): a total grows no faster than its
                 # fastest part; growth of parts worked back to last year's amounts is not read
    "9962@125",  # the opening summary's 8.4% against the body's 3.7% for the same 规上工业增加值: rates said twice are not compared
    "9962@141",  # (the same for retail sales, 4.1% against 3.7%)
    "9965@662",  # growth without the car industry (4.5%) worked back from the written amounts and rates: not read
    "9966@290",  # the car industry's share of the growth (80.1%) worked back from the amounts: not read
    "9968@36",   # GDP 91.4 against its three sectors (2.9 + 28.4 + 18.2), the middle one written without its unit: not read
    # round 106 (measured once as held out — nothing reported; recall 0/2 — then declared used): not caught
    "10007@124",  # 农林牧渔业总产值 growth 4.8% against its five sectors' growth worked back to last year's output (5.52 %): not read
    "10010@658",  # 制造业 "拉低1.6个百分点" against its share and growth (0.84 points): contributions to growth are not read
}


def _findings(p):
    return [f for f in run_checks(None, narrative=Narrative(p.text, "报告.txt", "txt")) if f.rule.startswith("N-")]


@pytest.fixture(scope="module")
def results():
    return {p.id: (p, _findings(p)) for p in PASSAGES}


@pytest.mark.parametrize("pid", [p.id for p in PASSAGES])
def test_errors_land_only_on_inconsistent_relations(results, pid):
    p, found = results[pid]
    for f in found:
        if f.severity != "error":
            continue
        rel = match_finding(f, p)
        assert rel is not None and rel.verdict == "inconsistent", (f.rule, f.narrative[0], f.message)


def test_no_error_in_passages_whose_relations_all_hold(results):
    noisy = [pid for pid, (p, found) in results.items()
             if not any(r.verdict == "inconsistent" for r in p.relations) and any(f.severity == "error" for f in found)]
    assert noisy == []


def test_caught_inconsistent_relations_exactly_as_measured(results):
    inconsistent = {relation_id(p, r) for p in PASSAGES for r in p.relations if r.verdict == "inconsistent"}
    caught = set()
    for p, found in results.values():
        for f in found:
            rel = match_finding(f, p)
            if f.severity == "error" and rel is not None and rel.verdict == "inconsistent":
                caught.add(relation_id(p, rel))
    assert MISSED <= inconsistent
    assert inconsistent - caught == MISSED


def test_warnings_are_mostly_right(results):
    """Warnings name a real or truncation-only mismatch at least 70 % of the time."""
    verdicts = [(match_finding(f, p) or None) for p, found in results.values() for f in found if f.severity == "warning"]
    right = sum(1 for r in verdicts if r is not None and r.verdict in ("inconsistent", "truncated"))
    assert verdicts and right >= 0.7 * len(verdicts)
