"""Workarounds for experta 1.9.4 internals, in one place.

- experta's fact watchers log every declared fact (the user's answers) whenever the root logger is verbose
  enough (say an AWS_LAMBDA_LOG_LEVEL of INFO): `unwatch()` silences them for every caller, so no health data
  goes to a log.
- DepthStrategy memoizes `get_key` in an lru_cache keyed by activation: activations of one rule hash alike, so
  each lookup compares hundreds of them, and the cache keeps the last 128 activations (and with them the
  answers) alive after the assessment.  `AgendaOrder` computes the same key afresh.
- `KnowledgeEngine.get_deffacts` runs inspect.getmembers on every reset; `CachedDefFacts` looks them up once.
- Building the Rete network rewrites every rule into disjunctive normal form, and each rewritten Rule wraps
  the rule's function again, calling `inspect.signature` on it (about 700 times for some 90 functions): the
  first assessment of a cold start.  `experta.rule` gets an `inspect` whose `signature` is computed once per
  function (a function's signature does not change).
"""
import functools
import inspect
import types

import experta.rule
from experta.strategies import DepthStrategy
from experta.watchers import unwatch

unwatch()
experta.rule.inspect = types.SimpleNamespace(signature=functools.cache(inspect.signature), Parameter=inspect.Parameter)


class AgendaOrder(DepthStrategy):
    """experta's depth strategy (salience first, then the newest facts), with the key computed afresh."""

    def get_key(self, activation):
        facts = sorted((f["__factid__"] for f in activation.facts), reverse=True)
        return activation.rule.salience, facts


class CachedDefFacts:
    """Mixin for a KnowledgeEngine whose DefFacts never change."""

    _deffacts = None

    def get_deffacts(self):
        if self._deffacts is None:
            self._deffacts = super().get_deffacts()
        return self._deffacts
