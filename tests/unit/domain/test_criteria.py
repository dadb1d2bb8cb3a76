"""The rule language on its own: every operator, the checker's refusals, named rules.

These tests use made-up variables, not any framework's facts, because the
evaluator must work for any framework file.
"""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from scr_desktop.domain import criteria
from scr_desktop.domain.criteria import ExpressionError, VariableSpec

SPECS = {
    "wet": VariableSpec("bool"),
    "cold": VariableSpec("bool"),
    "colour": VariableSpec("choice", ("red", "green", "blue")),
    "size": VariableSpec("int", nullable=True),
}
DEFS: dict[str, Any] = {
    "wet_and_cold": {"all": [{"var": "wet"}, {"var": "cold"}]},
    "warm_colour": {"in": ["colour", ["red"]]},
}


def ev(expr: Any, **values: Any) -> bool:
    env = {"wet": False, "cold": False, "colour": "blue", "size": None, **values}
    criteria.check(expr, SPECS, DEFS)
    return criteria.evaluate(expr, env, DEFS)


def test_constants() -> None:
    assert ev(True) is True
    assert ev(False) is False


def test_var_reads_a_boolean() -> None:
    assert ev({"var": "wet"}, wet=True)
    assert not ev({"var": "wet"}, wet=False)


def test_eq_ne_and_in() -> None:
    assert ev({"eq": ["colour", "red"]}, colour="red")
    assert not ev({"eq": ["colour", "red"]}, colour="green")
    assert ev({"ne": ["colour", "red"]}, colour="green")
    assert ev({"in": ["colour", ["red", "green"]]}, colour="green")
    assert not ev({"in": ["colour", ["red", "green"]]}, colour="blue")


@pytest.mark.parametrize(("op", "value", "limit", "expected"), [
    ("gte", 16, 16, True), ("gte", 15, 16, False), ("gt", 16, 16, False),
    ("gt", 17, 16, True), ("lte", 16, 16, True), ("lt", 16, 16, False),
    ("lt", 3, 16, True),
])
def test_number_comparisons(op: str, value: int, limit: int, expected: bool) -> None:
    assert ev({op: ["size", limit]}, size=value) is expected


@pytest.mark.parametrize("op", ["gte", "gt", "lte", "lt"])
def test_comparisons_with_an_unknown_number_are_false(op: str) -> None:
    assert ev({op: ["size", 0]}, size=None) is False
    assert ev({"not": {op: ["size", 0]}}, size=None) is True


@given(wet=st.booleans(), cold=st.booleans())
def test_all_any_not_follow_boolean_logic(wet: bool, cold: bool) -> None:
    a, b = {"var": "wet"}, {"var": "cold"}
    assert ev({"all": [a, b]}, wet=wet, cold=cold) is (wet and cold)
    assert ev({"any": [a, b]}, wet=wet, cold=cold) is (wet or cold)
    assert ev({"not": a}, wet=wet, cold=cold) is (not wet)
    assert ev({"ref": "wet_and_cold"}, wet=wet, cold=cold) is (wet and cold)


def test_named_rules_nest() -> None:
    expr = {"any": [{"ref": "warm_colour"}, {"ref": "wet_and_cold"}]}
    assert ev(expr, colour="red")
    assert ev(expr, wet=True, cold=True)
    assert not ev(expr, wet=True)


@pytest.mark.parametrize(("expr", "fragment"), [
    ({"var": "snow"}, "unknown variable 'snow'"),
    ({"var": "colour"}, "not true/false"),
    ({"eq": ["colour", "purple"]}, "'purple' is not one of"),
    ({"eq": ["wet", "yes"]}, "takes true or false"),
    ({"eq": ["colour", None]}, "never null"),
    ({"in": ["colour", []]}, "expects [variable name"),
    ({"gte": ["colour", 3]}, "not a number"),
    ({"gte": ["size", "3"]}, "compares with a number"),
    ({"all": []}, "non-empty list"),
    ({"any": "wet"}, "non-empty list"),
    ({"xor": [True, False]}, "unknown operator 'xor'"),
    ({"var": "wet", "not": True}, "one operator"),
    ("wet", "one operator"),
    ({"ref": "nothing"}, "no definition called 'nothing'"),
    ({"eq": "colour"}, "expects [variable name, value]"),
])
def test_checker_refuses_bad_expressions(expr: Any, fragment: str) -> None:
    with pytest.raises(ExpressionError) as info:
        criteria.check(expr, SPECS, DEFS)
    assert fragment in str(info.value)


def test_checker_reports_where_the_problem_is() -> None:
    with pytest.raises(ExpressionError) as info:
        criteria.check({"all": [{"var": "wet"}, {"any": [{"var": "snow"}]}]}, SPECS)
    assert info.value.path == "all[1].any[0].var"


def test_self_referring_definitions_are_refused() -> None:
    loop = {"a": {"ref": "b"}, "b": {"any": [{"var": "wet"}, {"ref": "a"}]}}
    with pytest.raises(ExpressionError, match="refers to itself"):
        criteria.check({"ref": "a"}, SPECS, loop)


def test_nullable_variable_may_be_compared_with_null() -> None:
    criteria.check({"eq": ["size", None]}, SPECS)
    assert criteria.evaluate({"eq": ["size", None]}, {"size": None})


def test_missing_value_is_an_error_not_a_silent_false() -> None:
    with pytest.raises(ExpressionError, match="no value for 'wet'"):
        criteria.evaluate({"var": "wet"}, {})


def test_variables_used_follows_named_rules() -> None:
    expr = {"all": [{"ref": "wet_and_cold"}, {"not": {"gte": ["size", 3]}}]}
    assert criteria.variables_used(expr, DEFS) == {"wet", "cold", "size"}


def test_describe_is_readable() -> None:
    text = criteria.describe({"all": [{"var": "wet"}, {"ne": ["colour", "red"]}]},
                             {"wet": "It is wet"})
    assert text == "(It is wet and colour ≠ red)"
