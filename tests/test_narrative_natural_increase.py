"""The natural increase is the births less the deaths, by definition: "出生人口1913人…死亡人口900人…自然增长人口1011人"
(audit page 7107), "出生率为9.28‰；…死亡率为5.56‰；人口自然增长率为3.74‰" (audit page 4813), each figure with its
rounding.  Read only within one sentence, one figure of each kind (counts, or rates) in the paragraph, and one
population: an increase in a sentence of its own, or named for 常住 people after plain rates, may be another's
(audit page 1454)."""

from __future__ import annotations

import pytest

from tests.narrative_helpers import found


def _natural(text):
    return [f for f in found(text) if f.rule == "N-SUM" and "自然增长是出生减去死亡" in f.message]


@pytest.mark.parametrize("text, expected", [
    ("全年出生人口1913人，出生率为9.2‰；死亡人口900人，死亡率为4.3‰；自然增长人口1011人，自然增长率4.9‰。", "应为 1013人"),
    ("全年出生人口3.5萬人,出生率為9.28‰;死亡人口2.1萬人,死亡率為5.56‰;人口自然增長率為3.74‰。", "应为 3.72‰"),
    ("全年人口出生率7.28‰，死亡率7.89‰，自然增长率-0.51‰。", "应为 -0.61‰"),
    ("全年出生人口3.2万人，死亡人口2.5万人，自然增长人口0.9万人。", "应为 0.7万人"),
])
def test_an_increase_that_is_not_births_less_deaths(text, expected):
    [f] = _natural(text)
    assert f.severity == "error" and expected in f.message


@pytest.mark.parametrize("text", [
    "全年出生人口1913人，出生率为9.2‰；死亡人口900人，死亡率为4.3‰；自然增长人口1013人，自然增长率4.9‰。",
    "全年人口出生率7.28‰，死亡率7.89‰，自然增长率-0.61‰。",
    # to the rounding: 3.23 − 4.4 is [−1.225, −1.115]
    "全年人口出生率3.23‰，死亡率4.4‰，自然增长率-1.18‰。",
    # the increase in a sentence of its own, of another population (audit page 1454)
    "全年出生1234人，出生率8.8‰；死亡819人，死亡率5.9‰。常住人口11.83万人，自然增长率-0.5‰。",
    "全年出生率8.8‰，死亡率5.9‰，常住人口自然增长率-0.5‰。",
    # two birth rates in the paragraph (城镇, 农村): which one is not said
    "城镇人口出生率8.8‰，农村人口出生率9.5‰，死亡率5.9‰，自然增长率3.1‰。",
    # another rate named with 死亡 is no death rate of the population
    "全年人口出生率9.2‰，婴儿死亡率4.3‰，自然增长率6.1‰。",
    # counts against rates are not compared
    "全年出生人口0.24万人，死亡人口0.22万人，人口自然增长率为0.44‰。",
])
def test_silent_when_it_holds_or_the_figures_may_be_of_another_population(text):
    assert _natural(text) == []
