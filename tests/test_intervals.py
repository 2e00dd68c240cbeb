from fractions import Fraction

from perfxl.core.intervals import Interval, interval_sum


def r(v, d=2):
    return Interval.rounded(v, d)


def test_seed_sangong_2022_is_consistent():
    # DOMAIN.md: 4.74 + 0 + 5.11 against a reported 9.84 is consistent.
    computed = interval_sum([r(4.74), r(0), r(5.11)])
    assert computed.overlaps(r(9.84))


def test_clear_mismatch_is_inconsistent():
    computed = interval_sum([r(4.74), r(0), r(5.11)])
    assert not computed.overlaps(r(9.80))
    assert computed.distance(r(9.80)) == Fraction(30, 1000)


def test_bounds_are_exact():
    assert r(9.84).hi == Fraction(9845, 1000)
    assert Interval.rounded(111.4, 1).contains(111.45)
    assert not Interval.rounded(111.4, 1).contains(111.4501)


def test_division_of_rounded_figures():
    rate = r(3619.44) / r(3630.41)
    assert rate.contains(Fraction(361944, 363041))
    assert rate.overlaps(Interval.rounded(0.997, 3))
    assert r(1) / r(0) is None  # divisor may be zero: nothing can be said


def test_truncation_interval():
    # 39.65% written as "39%": consistent only if truncated.
    assert not Interval.rounded(39, 0).contains(39.65)
    assert Interval.truncated(39, 0).contains(39.65)


def test_subtraction_and_scale():
    d = r(10) - r(4)
    assert d.lo == Fraction(599, 100) and d.hi == Fraction(601, 100)
    assert r(1.5).scale(2).contains(3.0)


def test_abs_of_an_interval_is_the_sizes_of_its_numbers():
    assert abs(Interval(Fraction(1), Fraction(2))) == Interval(Fraction(1), Fraction(2))
    assert abs(Interval(Fraction(-3), Fraction(-1))) == Interval(Fraction(1), Fraction(3))
    assert abs(Interval(Fraction(-1), Fraction(2))) == Interval(Fraction(0), Fraction(2))
    assert abs(Interval(Fraction(-5), Fraction(2))) == Interval(Fraction(0), Fraction(5))


def test_quotient_is_the_product_with_the_inverse():
    # the quotient's bounds are worked out on integers; they are the exact bounds of
    # [a, b] × [1/d, 1/c] (signs, zero bounds, equal bounds, reversed corners included)
    import random

    rng = random.Random(11)

    def frac():
        return Fraction(rng.randint(-400, 400), rng.choice((1, 2, 3, 7, 20, 200)))

    for _ in range(3000):
        x = Interval(*sorted((frac(), frac())))
        y = Interval(*sorted((frac(), frac())))
        if y.lo <= 0 <= y.hi:
            assert x / y is None
            continue
        inverse = Interval(1 / y.hi, 1 / y.lo)
        assert x / y == x * inverse
        assert x / Interval(y.lo, y.lo) == x * Interval(1 / y.lo, 1 / y.lo)
    assert Interval.rounded(1.5, 1) / Interval.rounded(3, 0) == Interval(Fraction(29, 70), Fraction(31, 50))
