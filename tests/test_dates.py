from datetime import date

import pytest

from storyline.dates import PartialDate, Precision


def test_values_round_trip_at_their_precision() -> None:
    for value in ("2017", "2017-03", "2017-W25", "2017-06-29", "0511", "0800-02-01"):
        assert PartialDate.parse(value).value == value
    assert PartialDate.year(511).value == "0511"


def test_month_is_a_period_not_its_first_day() -> None:
    march = PartialDate.parse("2017-03")
    assert march.precision is Precision.MONTH
    assert (march.start, march.end) == (date(2017, 3, 1), date(2017, 3, 31))
    assert march.label() == "March 2017"
    assert march != PartialDate.day(2017, 3, 1)


def test_containment_decides_compatibility() -> None:
    year, july, june = PartialDate.year(2014), PartialDate.month(2014, 7), PartialDate.month(2014, 6)
    assert year.compatible(july) and july.compatible(year)
    assert not june.compatible(july)
    assert PartialDate.week(2017, 25).contains(PartialDate.day(2017, 6, 22))
    assert not PartialDate.week(2017, 25).contains(PartialDate.day(2017, 6, 29))


def test_sorting_puts_coarse_before_fine_on_the_same_start() -> None:
    dates = [PartialDate.day(2014, 7, 1), PartialDate.month(2014, 7), PartialDate.year(2014)]
    assert [d.value for d in sorted(dates)] == ["2014", "2014-07", "2014-07-01"]


def test_rejects_what_is_not_a_date() -> None:
    with pytest.raises(ValueError):
        PartialDate.parse("last week")


def test_years_before_1000_keep_four_digits_in_every_label() -> None:
    assert PartialDate.month(1, 2).label() == "February 0001"  # not "February 1", a day
    assert PartialDate.day(1, 2, 1).label() == "1 February 0001"
    assert PartialDate.year(632).label() == "0632"
    assert PartialDate.week(1, 2).label() == "week of 8 January 0001"
    assert PartialDate.month(2017, 6).label() == "June 2017"
