from decimal import Decimal

import pytest

from kg.extract.money import format_value, parse_money


@pytest.mark.parametrize("text,value,currency,qualifier", [
    ("more than 380 billion yuan", "380000000000", "CNY", "more than"),
    ("about 53 billion U.S. dollars", "53000000000", "USD", "about"),
    ("$1.5 billion", "1500000000", "USD", None),
    ("HK$20 million", "20000000", "HKD", None),
    ("€300m", "300000000", "EUR", None),
    ("five billion euros", "5000000000", "EUR", None),
    ("nearly 2,000 won", "2000", "KRW", "about"),
    ("12.75 million pounds", "12750000", "GBP", None),
    ("Rs 87,655.35 crore", "876553500000", "INR", None),  # (Indian scales: a crore is ten million, a lakh 100,000)
    ("Rs 5 lakh", "500000", "INR", None),
])
def test_parse_money(text, value, currency, qualifier):
    m = parse_money(text)
    assert m is not None
    assert (m.value, m.currency, m.qualifier) == (Decimal(value), currency, qualifier)


@pytest.mark.parametrize("text", ["380 billion", "three years", ""])
def test_no_currency_is_not_money(text):
    assert parse_money(text) is None


def test_format_value_has_no_exponent():
    assert format_value(Decimal("3.8E+11")) == "380000000000"
    assert format_value(Decimal("2.50")) == "2.5"


def test_one_deal_in_one_document_is_one_investment():
    # a headline and the body tell of one deal: one kg:Investment, with both sentences as its evidence;
    # another investor's deal of the same amount stays apart
    import kg

    g = kg.build(["Veltro Corp. invests $2 billion\n\nVeltro Corp. said on Monday it would invest $2 billion in "
                  "Kessler Group, the battery maker. Omnia Capital will invest $2 billion in Brandis Systems."])
    rows = sorted((str(label), int(n)) for label, n in g.query(
        "SELECT ?l (COUNT(DISTINCT ?e) AS ?n) WHERE { ?i a kg:Investment ; rdfs:label ?l ; kg:evidence ?e } GROUP BY ?i ?l"))
    assert rows == [("Omnia Capital invests 2000000000 USD", 1), ("Veltro Corp. invests 2000000000 USD", 2)]
