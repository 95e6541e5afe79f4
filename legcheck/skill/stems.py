"""The literal words each alternative of a regex must begin with: what the resolver's index is made of.

Used by scripts/gen_index.py, which writes the index out (legcheck/skill/lexicon_index.py), and by the tests;
the skill itself only reads the written index.  A stem is a literal string that starts a word in every match
of its alternative (one of several when the alternative starts with a group): where the match begins, or
after a lead-in that may be left out and ends between words ("(?:my |her )?back": "back").  An alternative
none of whose stems starts a word of a text cannot match anywhere in it.  One that can start with any
character (a character class, \\w, a comma) has no stems: it is always tried.
"""
import re
from functools import cache

_STRUCTURE = re.compile(r"\\.|\[(?:\\.|[^\]\\])*\]|[()|]")  # an escape, a character class, or ( ) |
_TOKEN = re.compile(r"\\.|\[(?:\\.|[^\]\\])*\]|\(\?(?:<?[=!]|:)?|\{(?:\d+(?:,\d*)?|,\d+)\}\??|[*+?]\??|.", re.S)
_ZERO_WIDTH = {"^", "$", r"\b", r"\B", r"\A", r"\Z"}
LIMIT, DEPTH = 32, 3  # literal starts per alternative at most; groups passed after the first literal
WORD = re.compile(r"[a-z0-9']+")  # the words whose starts the index is looked up by (matching.Vocabulary)


def top_level(pattern):
    """The alternatives of a regex at its top level."""
    parts, depth, start = [], 0, 0
    for token in _STRUCTURE.finditer(pattern):
        char = token.group()
        if char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            parts.append(pattern[start:token.start()])
            start = token.end()
    return parts + [pattern[start:]]


def _is_quantifier(token):
    return token[0] in "*+?" or (token[0] == "{" and len(token) > 1)


def _parse(tokens, at=0):
    """(branches, where parsing stopped): each branch a tuple of (kind, value, quantifier) items, kind "literal"
    (value: the character), "group" (value: its branches), "zero" (consumes nothing) or "other" (any of many
    characters)."""
    branches, items = [], []
    while at < len(tokens):
        token = tokens[at]
        at += 1
        if token == "|":
            branches.append(tuple(items))
            items = []
            continue
        if token == ")":
            break
        if token == "(?":
            raise ValueError(f"a group the index cannot read: {''.join(tokens)}")
        if token[0] == "(":
            inner, at = _parse(tokens, at)
            item = ("group", tuple(inner)) if token in ("(", "(?:") else ("zero", None)
        elif token in _ZERO_WIDTH:
            item = ("zero", None)
        elif token[0] == "\\":
            item = ("other", None) if token[1:].isalnum() else ("literal", token[1])
        elif token[0] in "[." or _is_quantifier(token):
            item = ("other", token if token[0] == "[" else None)  # a class is kept for `first_chars`
        else:
            item = ("literal", token)
        times = ""
        if at < len(tokens) and _is_quantifier(tokens[at]):
            times, at = tokens[at], at + 1
        items.append((*item, times))
    branches.append(tuple(items))
    return branches, at


def _optional(times):
    return times[:1] in ("?", "*") or times.startswith(("{0", "{,"))


def _empty(items):
    """Can `items` match nothing?"""
    return all(kind == "zero" or _optional(times) or (kind == "group" and any(map(_empty, value)))
               for kind, value, times in items)


def _apart(items):
    """Does every match of `items` that takes some text end with a character no word has (a space, a comma)?"""
    for position in range(len(items) - 1, -1, -1):
        kind, value, times = items[position]
        if kind == "zero":
            continue
        if kind == "literal" and not WORD.match(value):
            can_be_empty = _optional(times)
        elif kind == "group" and all(_apart(branch) for branch in value if not _empty(branch)):
            can_be_empty = _optional(times) or any(map(_empty, value))
        else:
            return False
        return _apart(items[:position]) if can_be_empty else True  # if it can be empty, so must what precedes
    return True


@cache
def _starts(items, depth, lead=True):
    """Literal strings one of which every match of `items` begins with ("" among them: it may begin anyhow),
    carried through at most `depth` groups or optional parts after the first literal.  At the start of a match
    (`lead`), a word that follows a lead-in that may be left out will do ("(?:my |her )?back": "back")."""
    prefix = ""
    for position, (kind, value, times) in enumerate(items):
        rest = items[position + 1:]
        optional = _optional(times)
        if kind == "zero":
            continue
        if kind == "literal" and not optional:
            prefix += value
            if times:  # "+", "{2}": there once, then more of it
                return {prefix}
            continue
        if kind == "other" or (prefix and not depth):
            return {prefix}
        lead = lead and not prefix
        if lead and (optional or any(map(_empty, value))) and _apart(items[position:position + 1]):
            return _starts(rest, depth)
        once = ((kind, value, ""),)
        if times[:1] == "?":  # there once, or not at all
            ways = (once + rest, rest)
        elif optional:  # none, or once and maybe more
            ways = (once, rest)
        elif times:
            ways = (once,)
        else:  # a group: each branch, then what follows it
            ways = tuple(branch + rest for branch in value)
        return {prefix + start for way in ways for start in _starts(way, depth - bool(prefix), lead)}
    return {prefix}


def stems(alternative):
    """The literal starts of an alternative (none a prefix of another, at most LIMIT unless fewer cannot say
    it), or None when it can start anywhere."""
    branches, _ = _parse(_TOKEN.findall(alternative))
    for depth in range(DEPTH, -1, -1):
        found = []
        for stem in sorted({stem.strip() for branch in branches for stem in _starts(branch, depth)}):
            if not found or not stem.startswith(found[-1]):  # what starts with a kept stem adds nothing
                found.append(stem)
        if len(found) <= LIMIT:
            break
    if any(not WORD.match(stem) for stem in found):
        return None
    return tuple(found)


def first_chars(pattern):
    """The characters every match of `pattern` begins with ("[.;!?]|\\bbut\\b": ".;!?b"), or None when a match can
    begin with any character or be empty: a regex led by a lookahead of them is found faster (a text's other
    positions are passed at once) and finds the same."""
    chars, empty = _first(_parse(_TOKEN.findall(pattern))[0])
    return None if chars is None or empty else "".join(sorted(chars))


def _first(branches):
    """(the characters a match of one of `branches` can begin with, or None for any; can it be empty?)"""
    found, empty = set(), False
    for items in branches:
        for kind, value, times in items:
            if kind == "zero":
                continue
            if kind == "literal":
                chars, can_be_empty = {value}, False
            elif kind == "group":
                chars, can_be_empty = _first(value)
            else:
                chars, can_be_empty = _class(value), False
            if chars is None:
                return None, True
            found |= chars
            if not (can_be_empty or _optional(times)):
                break
        else:
            empty = True
    return found, empty


def _class(token):
    """The characters of a plain character class ("[.;!?]"), or None (a range, a negation, \\w, any other)."""
    if not token or token[1:2] == "^":
        return None
    chars, inner = set(), _TOKEN.findall(token[1:-1])
    for position, char in enumerate(inner):
        if (char == "-" and 0 < position < len(inner) - 1) or (char[0] == "\\" and char[1:].isalnum()):
            return None
        chars.add(char[-1])
    return chars


def ahead(pattern):
    """`pattern`, led by a lookahead of the characters its matches begin with (`first_chars`) when they are known."""
    chars = first_chars(pattern)
    return pattern if chars is None else f"(?=[{''.join(map(re.escape, chars))}])(?:{pattern})"


def index(groups):
    """({a word's start: [(a literal start, [(group number, alternative number), ...]), ...]}, [(group number,
    alternative number) of each alternative that can begin anywhere]) for groups of their alternatives' stems:
    each alternative under each of its stems, and the stems under their first word (a text is searched for
    each stem once)."""
    by_stem, anywhere = {}, []
    for group, alternatives in enumerate(groups):
        for number, found in enumerate(alternatives):
            if found is None:
                anywhere.append((group, number))
            for stem in found or ():
                by_stem.setdefault(stem, []).append((group, number))
    by_word = {}
    for stem, places in sorted(by_stem.items()):
        by_word.setdefault(WORD.match(stem).group(), []).append((stem, places))
    return by_word, anywhere
