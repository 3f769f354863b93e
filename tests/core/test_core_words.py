"""The printed outputs' sentences live in render/, not in core/ (issue 11).

core/ holds the facts an output prints (which items, in which order, numbers, dates,
thresholds); render/ words them in English (render/summary.py, first_aid.py,
tryptase_text.py, reaction_text.py, letter.py, action_plan_text.py...) and the window words
them in the person's language. A string literal of three or more words in one of these core
modules, other than a docstring or the message of an exception, would be a sentence printed
from core: this test fails on it and says where.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

import sm_card.core

CORE = Path(sm_card.core.__file__).parent

# The modules whose wording was moved to render/ (and those that never had any): keep them so.
CLEAN = ("check", "first_aid", "issued", "output_items", "overview", "premedication",
         "reactions", "reminders", "surgery", "tryptase", "injectors")


def _is_word(token: str) -> bool:
    """A token with at least two letters (of any script): 'mg' is one, '12:30' or ':' is not;
    an identifier like 'date_of_birth' has no spaces and so is one token."""
    return len(re.findall(r"[^\W\d_]", token)) >= 2


def sentences(source: str) -> list[tuple[int, str]]:
    """(line, text) of each string literal (or f-string's literal parts) of 3+ words, leaving
    out docstrings and what a ``raise`` says (a programming error's message)."""
    tree = ast.parse(source)
    skip: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)):
            first = node.body[0] if node.body else None
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant):
                skip.add(id(first.value))
        elif isinstance(node, ast.Raise):
            skip.update(id(sub) for sub in ast.walk(node))
    found = []
    for node in ast.walk(tree):
        if id(node) in skip:
            continue
        if isinstance(node, ast.JoinedStr):
            parts = [v for v in node.values if isinstance(v, ast.Constant)]
            skip.update(id(v) for v in parts)
            text = " ".join(str(v.value) for v in parts)
        elif isinstance(node, ast.Constant) and isinstance(node.value, str):
            text = node.value
        else:
            continue
        if sum(_is_word(token) for token in text.split()) >= 3:
            found.append((node.lineno, text))
    return found


@pytest.mark.parametrize("module", CLEAN)
def test_core_module_prints_no_sentence(module):
    path = CORE / f"{module}.py"
    found = sentences(path.read_text(encoding="utf-8"))
    assert found == [], f"sentences in core/{module}.py (word them in render/): {found}"


@pytest.mark.parametrize("code, expected", [
    ('X = "Risk of anaphylaxis"\n', [(1, "Risk of anaphylaxis")]),
    ('def f(n):\n    return f"Call the emergency number: {n}"\n',
     [(2, "Call the emergency number: ")]),
    ('def f(b):\n    return f"Baseline tryptase {b} ng/mL"\n', [(2, "Baseline tryptase   ng/mL")]),
    ('"""A module docstring of many words."""\nKEY = "date_of_birth"\nUNIT = "ng/mL"\n', []),
    ('def f():\n    """Docstring, many words here."""\n    raise ValueError("a level is never '
     'negative")\n', []),
    ('ROUTE = {"auto-injector": "outer mid-thigh"}\n', []),  # two words: a label, not a sentence
])
def test_the_rule_finds_sentences_and_only_them(code, expected):
    assert sentences(code) == expected
