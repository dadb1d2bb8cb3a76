"""The small declarative language in which framework files write their rules.

A rule is a JSON value: ``true`` or ``false``, or an object with exactly one
operator key.  ``{"var": NAME}`` holds when the variable is ``true``;
``{"eq": [NAME, VALUE]}``, ``{"ne": ...}`` and ``{"in": [NAME, [VALUE, ...]]}``
compare a variable with literals; ``{"gte": [NAME, NUMBER]}`` (and ``gt``,
``lte``, ``lt``) compare a number and are false when the variable is null;
``{"all": [...]}``, ``{"any": [...]}`` and ``{"not": RULE}`` combine rules;
``{"ref": NAME}`` uses a named rule from the framework's ``definitions``.
This module knows no framework, fact or criterion by name: it checks an
expression against a table of variable specifications and evaluates it
against a table of values, nothing more.

:func:`unsafe_read` serves implications between facts: an implication may
only ever move a variable one way (from some values to one target value),
and a rule that decides whether an implication applies must read such a
variable so that the move can only switch it on, never off.  Then applying
implications until nothing changes reaches the same answers whatever order
they are listed or applied in.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

Expression = Any
"""A rule as read from JSON: ``bool`` or a one-key ``dict`` (see the module docstring)."""

_COMPARE = ("eq", "ne")
_ORDER = ("gte", "gt", "lte", "lt")
_OPERATORS = frozenset(("var", "in", "all", "any", "not", "ref", *_COMPARE, *_ORDER))


class ExpressionError(ValueError):
    """An expression that is malformed or refers to something unknown.

    ``path`` says where in the expression the problem is, for example
    ``all[1].in``.
    """

    def __init__(self, path: str, message: str) -> None:
        super().__init__(f"{path}: {message}" if path else message)
        self.path = path
        self.detail = message


@dataclass(frozen=True)
class VariableSpec:
    """What a variable may hold: its type, allowed values and whether it may be null.

    ``type`` is ``"bool"``, ``"choice"`` (a string from ``values``) or ``"int"``.
    """

    type: str
    values: tuple[str, ...] = ()
    nullable: bool = False


def _join(path: str, part: str) -> str:
    return f"{path}.{part}" if path else part


def _operator(expr: Expression, path: str) -> tuple[str, Any]:
    if isinstance(expr, bool):
        return "const", expr
    if not isinstance(expr, dict) or len(expr) != 1:
        raise ExpressionError(path, "a rule must be true, false or an object with one operator")
    op, arg = next(iter(expr.items()))
    if op not in _OPERATORS:
        raise ExpressionError(path, f"unknown operator {op!r}")
    return str(op), arg


def _pair(arg: Any, path: str) -> tuple[str, Any]:
    if not isinstance(arg, list) or len(arg) != 2 or not isinstance(arg[0], str):
        raise ExpressionError(path, "expects [variable name, value]")
    return arg[0], arg[1]


def _check_literal(name: str, spec: VariableSpec, value: Any, path: str) -> None:
    if value is None:
        if not spec.nullable:
            raise ExpressionError(path, f"{name} is never null")
        return
    if spec.type == "bool" and not isinstance(value, bool):
        raise ExpressionError(path, f"{name} takes true or false, not {value!r}")
    if spec.type == "int" and (isinstance(value, bool) or not isinstance(value, int)):
        raise ExpressionError(path, f"{name} takes a whole number, not {value!r}")
    if spec.type == "choice" and value not in spec.values:
        raise ExpressionError(path, f"{value!r} is not one of the values of {name}")


def check(
    expr: Expression,
    variables: Mapping[str, VariableSpec],
    definitions: Mapping[str, Expression] | None = None,
    path: str = "",
    _seen: tuple[str, ...] = (),
) -> None:
    """Raise :class:`ExpressionError` unless ``expr`` is well formed over ``variables``.

    Named rules used through ``ref`` are checked in the same scope, and a
    named rule that refers back to itself is refused.
    """
    defs = definitions or {}
    op, arg = _operator(expr, path)
    here = _join(path, op) if op != "const" else path

    def spec_of(name: str) -> VariableSpec:
        if name not in variables:
            raise ExpressionError(here, f"unknown variable {name!r} here")
        return variables[name]

    if op == "const":
        return
    if op == "var":
        if not isinstance(arg, str):
            raise ExpressionError(here, "expects a variable name")
        if spec_of(arg).type != "bool":
            raise ExpressionError(here, f"{arg} is not true/false; compare it with eq or in")
    elif op in _COMPARE:
        name, value = _pair(arg, here)
        _check_literal(name, spec_of(name), value, here)
    elif op == "in":
        name, values = _pair(arg, here)
        spec = spec_of(name)
        if not isinstance(values, list) or not values:
            raise ExpressionError(here, "expects [variable name, [value, ...]]")
        for value in values:
            _check_literal(name, spec, value, here)
    elif op in _ORDER:
        name, value = _pair(arg, here)
        if spec_of(name).type != "int":
            raise ExpressionError(here, f"{name} is not a number")
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise ExpressionError(here, "compares with a number")
    elif op in ("all", "any"):
        if not isinstance(arg, list) or not arg:
            raise ExpressionError(here, "expects a non-empty list of rules")
        for i, sub in enumerate(arg):
            check(sub, variables, defs, f"{here}[{i}]", _seen)
    elif op == "not":
        check(arg, variables, defs, here, _seen)
    elif op == "ref":
        if not isinstance(arg, str) or arg not in defs:
            raise ExpressionError(here, f"no definition called {arg!r}")
        if arg in _seen:
            raise ExpressionError(here, f"definition {arg!r} refers to itself")
        check(defs[arg], variables, defs, f"{here}({arg})", (*_seen, arg))


def evaluate(
    expr: Expression,
    values: Mapping[str, Any],
    definitions: Mapping[str, Expression] | None = None,
) -> bool:
    """Return whether ``expr`` holds for ``values`` (a checked expression is assumed).

    A variable missing from ``values`` raises :class:`ExpressionError`: the
    caller is expected to supply every variable, with defaults filled in.
    """
    defs = definitions or {}
    op, arg = _operator(expr, "")

    def value_of(name: str) -> Any:
        if name not in values:
            raise ExpressionError(op, f"no value for {name!r}")
        return values[name]

    if op == "const":
        return bool(arg)
    if op == "var":
        return value_of(arg) is True
    if op == "eq":
        return bool(value_of(arg[0]) == arg[1])
    if op == "ne":
        return bool(value_of(arg[0]) != arg[1])
    if op == "in":
        return value_of(arg[0]) in arg[1]
    if op in _ORDER:
        actual = value_of(arg[0])
        if actual is None or isinstance(actual, bool):
            return False
        limit = arg[1]
        return bool(
            {"gte": actual >= limit, "gt": actual > limit,
             "lte": actual <= limit, "lt": actual < limit}[op]
        )
    if op == "all":
        return all(evaluate(sub, values, defs) for sub in arg)
    if op == "any":
        return any(evaluate(sub, values, defs) for sub in arg)
    if op == "not":
        return not evaluate(arg, values, defs)
    if op == "ref":
        if arg not in defs:
            raise ExpressionError("ref", f"no definition called {arg!r}")
        return evaluate(defs[arg], values, defs)
    raise ExpressionError(op, "unknown operator")  # pragma: no cover - _operator refuses it


def variables_used(
    expr: Expression, definitions: Mapping[str, Expression] | None = None
) -> frozenset[str]:
    """Return every variable ``expr`` reads, following named rules (checked input assumed)."""
    defs = definitions or {}
    op, arg = _operator(expr, "")
    if op == "const":
        return frozenset()
    if op == "var":
        return frozenset((arg,))
    if op in ("eq", "ne", "in", *_ORDER):
        return frozenset((arg[0],))
    if op in ("all", "any"):
        found: frozenset[str] = frozenset()
        for sub in arg:
            found |= variables_used(sub, defs)
        return found
    if op == "not":
        return variables_used(arg, defs)
    return variables_used(defs[arg], defs)


def describe(expr: Expression, labels: Mapping[str, str] | None = None,
             definitions: Mapping[str, Expression] | None = None) -> str:
    """Return a compact, readable rendering of ``expr`` (for logs, tests and tooltips)."""
    names = labels or {}
    defs = definitions or {}
    op, arg = _operator(expr, "")

    def n(name: str) -> str:
        return names.get(name, name)

    if op == "const":
        return "always" if arg else "never"
    if op == "var":
        return n(arg)
    if op == "eq":
        return f"{n(arg[0])} = {arg[1]}"
    if op == "ne":
        return f"{n(arg[0])} ≠ {arg[1]}"
    if op == "in":
        return f"{n(arg[0])} ∈ {{{', '.join(str(v) for v in arg[1])}}}"
    if op in _ORDER:
        sym = {"gte": "≥", "gt": ">", "lte": "≤", "lt": "<"}[op]
        return f"{n(arg[0])} {sym} {arg[1]}"
    if op in ("all", "any"):
        joiner = " and " if op == "all" else " or "
        return "(" + joiner.join(describe(s, names, defs) for s in arg) + ")"
    if op == "not":
        return f"not {describe(arg, names, defs)}"
    return str(arg) if arg not in names else names[arg]



Change = tuple[tuple[Any, ...], Any]
"""A one-way move of a variable: (the values it may move from, the value it moves to)."""


def _atom_values(op: str, arg: Any, value: Any) -> bool:
    return evaluate({op: arg}, {arg if op == "var" else arg[0]: value})


def unsafe_read(
    expr: Expression,
    changes: Mapping[str, Change],
    definitions: Mapping[str, Expression] | None = None,
    positive: bool = True,
) -> str | None:
    """Return a variable of ``changes`` that ``expr`` reads the wrong way round, or None.

    ``changes`` maps a variable to the one-way move implications may make
    (``(from_values, to_value)``).  Reading it is safe when the move can
    only make ``expr`` true, never false: a comparison that holds before the
    move must hold after it (or, under ``not``, the other way round).
    """
    defs = definitions or {}
    op, arg = _operator(expr, "")
    if op == "const":
        return None
    if op in ("all", "any"):
        for sub in arg:
            found = unsafe_read(sub, changes, defs, positive)
            if found:
                return found
        return None
    if op == "not":
        return unsafe_read(arg, changes, defs, not positive)
    if op == "ref":
        return unsafe_read(defs[arg], changes, defs, positive)
    name = arg if op == "var" else arg[0]
    if name not in changes:
        return None
    sources, target = changes[name]
    after = _atom_values(op, arg, target)
    for before_value in sources:
        before = _atom_values(op, arg, before_value)
        if (positive and before and not after) or (not positive and after and not before):
            return str(name)
    return None
