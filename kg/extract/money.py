"""Money phrases to typed values: "more than 380 billion yuan" -> 380000000000 CNY, qualifier "more than"."""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from .model import Money

#: ISO 4217 codes by how news text writes the currency. Longest match wins.
CURRENCY_WORDS: dict[str, str] = {
    "u.s. dollars": "USD", "u.s. dollar": "USD", "us dollars": "USD", "us dollar": "USD",
    "american dollars": "USD", "dollars": "USD", "dollar": "USD", "usd": "USD", "us$": "USD", "u.s.$": "USD",
    "hong kong dollars": "HKD", "hk dollars": "HKD", "hk$": "HKD", "hkd": "HKD",
    "australian dollars": "AUD", "a$": "AUD", "aud": "AUD",
    "canadian dollars": "CAD", "c$": "CAD", "cad": "CAD",
    "singapore dollars": "SGD", "s$": "SGD", "sgd": "SGD",
    "new taiwan dollars": "TWD", "taiwan dollars": "TWD", "nt$": "TWD", "twd": "TWD",
    "new zealand dollars": "NZD", "nz$": "NZD", "nzd": "NZD",
    "yuan": "CNY", "renminbi": "CNY", "rmb": "CNY", "cny": "CNY",
    "euros": "EUR", "euro": "EUR", "eur": "EUR", "€": "EUR",
    "pounds sterling": "GBP", "pounds": "GBP", "pound": "GBP", "sterling": "GBP", "gbp": "GBP", "£": "GBP",
    "yen": "JPY", "jpy": "JPY",
    "won": "KRW", "krw": "KRW",
    "rupees": "INR", "rupee": "INR", "inr": "INR", "₹": "INR", "rs": "INR", "rs.": "INR",
    "rubles": "RUB", "roubles": "RUB", "ruble": "RUB", "rouble": "RUB", "rub": "RUB",
    "swiss francs": "CHF", "chf": "CHF",
    "reais": "BRL", "brl": "BRL", "r$": "BRL",
    "riyals": "SAR", "sar": "SAR", "dirhams": "AED", "aed": "AED",
    "$": "USD",
}

SCALES: dict[str, int] = {
    "thousand": 10**3, "k": 10**3,
    "million": 10**6, "mln": 10**6, "mn": 10**6, "m": 10**6,
    "billion": 10**9, "bln": 10**9, "bn": 10**9, "b": 10**9,
    "trillion": 10**12, "tn": 10**12, "trn": 10**12,
    "lakh": 10**5, "lakhs": 10**5, "crore": 10**7, "crores": 10**7,
}

QUALIFIERS: dict[str, str] = {
    "more than": "more than", "over": "more than", "above": "more than", "at least": "at least",
    "upwards of": "more than", "in excess of": "more than",
    "less than": "less than", "under": "less than", "below": "less than", "up to": "up to",
    "nearly": "about", "almost": "about", "about": "about", "around": "about", "roughly": "about",
    "approximately": "about", "some": "about", "an estimated": "about", "close to": "about",
}

WORD_NUMBERS: dict[str, int] = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "hundred": 100, "hundreds": 100, "dozens": 12,
}

def _bounded(word: str) -> str:
    """A regex for a word that may not start or end inside another word ('a' in 'years')."""
    left = r"\b" if word[0].isalnum() else ""
    right = r"\b" if word[-1].isalnum() else ""
    return left + re.escape(word) + right


_CURRENCY_RE = "|".join(_bounded(k) for k in sorted(CURRENCY_WORDS, key=len, reverse=True))
_SCALE_RE = "|".join(sorted(SCALES, key=len, reverse=True))
_QUAL_RE = "|".join(sorted((re.escape(k) for k in QUALIFIERS), key=len, reverse=True))
_NUM_RE = r"\d[\d,]*(?:\.\d+)?|" + "|".join(_bounded(w) for w in sorted(WORD_NUMBERS, key=len, reverse=True))

MONEY_RE = re.compile(
    rf"""(?ix)
    (?:\b(?P<qual>{_QUAL_RE})\s+)?
    (?P<pre>{_CURRENCY_RE})?\s*
    (?P<num>{_NUM_RE})
    (?:\s*(?P<scale>{_SCALE_RE})\b)?
    (?:\s*(?P<post>{_CURRENCY_RE}))?
    """
)


def parse_money(text: str) -> Money | None:
    """Parse a money phrase; None when no number with a known currency is found."""
    for m in MONEY_RE.finditer(text):
        cur_word = (m.group("pre") or m.group("post") or "").lower()
        if not cur_word:
            continue
        num = m.group("num").lower()
        try:
            value = Decimal(WORD_NUMBERS[num]) if num in WORD_NUMBERS else Decimal(num.replace(",", ""))
        except InvalidOperation:
            continue
        scale = (m.group("scale") or "").lower()
        if scale:
            value *= SCALES[scale]
        qual = QUALIFIERS.get((m.group("qual") or "").lower())  # None: the text gives no qualifier
        return Money(value=Decimal(int(value)) if value == value.to_integral_value() else value,
                     currency=CURRENCY_WORDS[cur_word], text=text.strip(), qualifier=qual)
    return None


def format_value(value: Decimal) -> str:
    """A decimal as plain digits (no exponent), for labels and xsd:decimal lexical forms."""
    s = format(value, "f")
    if "." in s:
        s = s.rstrip("0").rstrip(".")
    return s
