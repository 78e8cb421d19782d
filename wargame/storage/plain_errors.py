"""pydantic's validation errors in plain words, for the people who write scenarios.

pydantic words its errors for programmers ("List should have at least 2 items after
validation, not 0", "String should match pattern '^[A-Za-z]...'"). :func:`plain` rewords
the common kinds from the error's ``type`` and ``ctx`` ("needs at least 2 actors (it has
0)", "an id is a letter followed by letters, digits or _ (at most 32)"); a kind it does not
know keeps pydantic's message. The JSON path that locates the error is the caller's: only
the message changes.
"""

from collections.abc import Callable, Mapping
from typing import Any

from pydantic_core import ErrorDetails

from wargame.core.actions import CAMEO_PATTERN
from wargame.core.conditions import ID_PATTERN
from wargame.core.params import COLOUR_PATTERN
from wargame.i18n import N_, _, ngettext

PATTERNS: dict[str, str] = {
    ID_PATTERN: N_("an id is a letter followed by letters, digits or _ (at most 32)"),
    CAMEO_PATTERN: N_("a CAMEO code is 2 to 4 digits"),
    COLOUR_PATTERN: N_("a colour is # and 6 hexadecimal digits, such as #888888"),
}
"""Patterns of the scenario's fields, and what they ask for in words (translated when
shown)."""

QUOTED = 40
"""Longest part of a wrong value quoted in a message."""


def _shown(value: Any) -> str:
    """A wrong value as a message quotes it, cut to :data:`QUOTED` characters."""
    text = repr(value)
    return text if len(text) <= QUOTED else text[: QUOTED - 1] + "…"


def _noun(loc: tuple[int | str, ...]) -> str:
    """What a list holds, from its field's name ("actors", "preconditions"), or "items"."""
    names = [p for p in loc if isinstance(p, str)]
    name = names[-1] if names else ""
    return name.replace("_", " ") if name.endswith("s") and name.isidentifier() else _("items")


def _too_short(error: ErrorDetails, ctx: Mapping[str, Any]) -> str:
    least, has = ctx.get("min_length", 0), ctx.get("actual_length")
    if least == 1:
        return _("must not be empty")
    noun = _noun(tuple(error["loc"]))
    if has is None:
        return _("needs at least {least} {noun}").format(least=least, noun=noun)
    return _("needs at least {least} {noun} (it has {has})").format(least=least, noun=noun, has=has)


def _too_long(error: ErrorDetails, ctx: Mapping[str, Any]) -> str:
    return _("has too many {noun}: at most {most} (it has {has})").format(
        noun=_noun(tuple(error["loc"])), most=ctx.get("max_length"), has=ctx.get("actual_length")
    )


def _text_too_short(error: ErrorDetails, ctx: Mapping[str, Any]) -> str:
    least = int(ctx.get("min_length", 1))
    if least <= 1:
        return _("must not be empty")
    return ngettext(
        "needs at least {least} character", "needs at least {least} characters", least
    ).format(least=least)


def _text_too_long(error: ErrorDetails, ctx: Mapping[str, Any]) -> str:
    most = int(ctx.get("max_length", 0))
    value = error.get("input")
    has = len(value) if isinstance(value, str) else None
    text = ngettext(
        "is too long: at most {most} character", "is too long: at most {most} characters", most
    ).format(most=most)
    return text + (_(" (it has {has})").format(has=has) if has is not None else "")


def _pattern(error: ErrorDetails, ctx: Mapping[str, Any]) -> str:
    pattern = str(ctx.get("pattern", ""))
    value = error.get("input")
    words = PATTERNS.get(pattern)
    if words is None:
        return _("{value} does not have the form {pattern}").format(
            value=_shown(value), pattern=pattern
        )
    if value == "":
        return _("is empty: {rule}").format(rule=_(words))
    return _("{value} is not valid: {rule}").format(value=_shown(value), rule=_(words))


def _compared(error: ErrorDetails, ctx: Mapping[str, Any]) -> str:
    forms = {
        "greater_than": (_("must be more than {limit}"), "gt"),
        "greater_than_equal": (_("must be at least {limit}"), "ge"),
        "less_than": (_("must be less than {limit}"), "lt"),
        "less_than_equal": (_("must be at most {limit}"), "le"),
        "multiple_of": (_("must be a multiple of {limit}"), "multiple_of"),
    }
    form, key = forms[error["type"]]
    text = form.format(limit=_number(ctx.get(key)))
    value = error.get("input")
    if isinstance(value, int | float) and not isinstance(value, bool):
        text += _(" (it is {value})").format(value=value)
    return text


def _number(value: Any) -> Any:
    """``-10`` for the ``-10.0`` a float field's limit is."""
    return int(value) if isinstance(value, float) and value.is_integer() else value


def _one_of(error: ErrorDetails, ctx: Mapping[str, Any]) -> str:
    return _("{value} is not one of {expected}").format(
        value=_shown(error.get("input")), expected=ctx.get("expected", "")
    )


def _tag(error: ErrorDetails, ctx: Mapping[str, Any]) -> str:
    if error["type"] == "union_tag_not_found":
        return _("has no {key}: it says which kind of entry this is").format(
            key=ctx.get("discriminator", "'kind'")
        )
    return _("{key} is {tag!r}, not one of {expected}").format(
        key=ctx.get("discriminator", "'kind'"),
        tag=ctx.get("tag", ""),
        expected=ctx.get("expected_tags", ""),
    )


def _reason(error: ErrorDetails, ctx: Mapping[str, Any]) -> str:
    """A validator's own message, without pydantic's "Value error, " before it."""
    message = error["msg"]
    for start in ("Value error, ", "Assertion failed, "):
        if message.startswith(start):
            return message[len(start) :]
    return message


_FIXED: dict[str, str] = {
    "missing": N_("is required"),
    "extra_forbidden": N_("is not a field here (a misspelt name?)"),
    "string_type": N_("must be a text"),
    "int_type": N_("must be a whole number"),
    "int_parsing": N_("must be a whole number"),
    "int_from_float": N_("must be a whole number"),
    "float_type": N_("must be a number"),
    "float_parsing": N_("must be a number"),
    "finite_number": N_("must be a finite number"),
    "bool_type": N_("must be true or false"),
    "bool_parsing": N_("must be true or false"),
    "list_type": N_("must be a list ([...])"),
    "tuple_type": N_("must be a list ([...])"),
    "set_type": N_("must be a list ([...])"),
    "dict_type": N_("must be an object ({...})"),
    "model_type": N_("must be an object ({...})"),
    "model_attributes_type": N_("must be an object ({...})"),
    "date_type": N_("must be a date such as 2024-01-17"),
    "date_parsing": N_("must be a date such as 2024-01-17"),
    "date_from_datetime_parsing": N_("must be a date such as 2024-01-17"),
    "date_from_datetime_inexact": N_("must be a date such as 2024-01-17, without a time"),
    "datetime_type": N_("must be a date and time such as 2024-01-17T09:30:00"),
    "datetime_parsing": N_("must be a date and time such as 2024-01-17T09:30:00"),
    "frozen_instance": N_("cannot be changed"),
}
"""Kinds of error whose message needs nothing from the error (translated when shown)."""

_WORDED: dict[str, Callable[[ErrorDetails, Mapping[str, Any]], str]] = {
    "too_short": _too_short,
    "too_long": _too_long,
    "string_too_short": _text_too_short,
    "string_too_long": _text_too_long,
    "string_pattern_mismatch": _pattern,
    "greater_than": _compared,
    "greater_than_equal": _compared,
    "less_than": _compared,
    "less_than_equal": _compared,
    "multiple_of": _compared,
    "enum": _one_of,
    "literal_error": _one_of,
    "union_tag_invalid": _tag,
    "union_tag_not_found": _tag,
    "value_error": _reason,
    "assertion_error": _reason,
}
"""Kinds of error worded from what the error holds."""


def plain(error: ErrorDetails) -> str:
    """The message of one pydantic error in plain words (pydantic's own for a kind of error
    this module does not word)."""
    kind = error["type"]
    if kind in _FIXED:
        return _(_FIXED[kind])
    worded = _WORDED.get(kind)
    if worded is None:
        return error["msg"]
    return worded(error, error.get("ctx") or {})
