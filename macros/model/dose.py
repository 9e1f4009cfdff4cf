"""A stretch's dose in words: the data holds numbers (or a keyword), the pages say them.

`hold` is seconds and `repetitions` a count (macros/schema/common.json: a number, a range
{min, max}, or one keyword); every page, card, export and search text uses these words.
"""

from __future__ import annotations

from typing import Any

KEYWORDS = {
    "until-it-lets-go": "Until the cramp lets go",
    "again-if-it-comes-back": "Again if the cramp comes back",
}


def _amount(value: Any, one: str, many: str) -> str:
    if isinstance(value, dict):
        low, high = value.get("min"), value.get("max")
        return f"{low} {many}" if low == high else f"{low} to {high} {many}"
    return f"{value} {one if value == 1 else many}"


def hold(block: dict[str, Any]) -> str:
    value = block.get("hold")
    return KEYWORDS.get(value, "") if isinstance(value, str) else _amount(value, "second", "seconds")


def repetitions(block: dict[str, Any]) -> str:
    value = block.get("repetitions")
    if isinstance(value, str):
        return KEYWORDS.get(value, "")
    words = "once" if value == 1 else _amount(value, "time", "times")
    return f"{words} each {block['each']}" if block.get("each") else words


def sentence(block: dict[str, Any]) -> str:
    """The whole dose as one line of plain text, e.g. for search and structured data."""
    text = f"Hold: {hold(block)}. Repeat: {repetitions(block)}."
    return f"{text} {block['how_often']}" if block.get("how_often") else text
