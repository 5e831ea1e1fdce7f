"""V8's JSON.parse error messages, which node quotes for a JSON module or a package.json that does
not parse. Loaded only then (it is a fifth of the resolver's size, and every start loads that).
"""

from __future__ import annotations


class _JsonFail(Exception):
    pass


class _V8JsonChecker:
    """Walks invalid JSON the way V8's JsonParser does, to find the first error and word it as
    V8 does. Only used after Python's json module has rejected the text."""

    _MAX_CONTEXT = 10   # characters of context each side of an unexpected token

    def __init__(self, text: str):
        self.s = text
        self.n = len(text)
        self.i = 0

    # -- reporting
    def _pos(self, i: int) -> int:
        """V8 counts UTF-16 code units."""
        return i + sum(1 for ch in self.s[:i] if ord(ch) > 0xFFFF)

    def fail(self, message: str, i: int | None = None, where: str = " in JSON") -> None:
        i = self.i if i is None else i
        raise _JsonFail(f"{message}{where} at position {self._pos(i)} {self._line_column(i)}")

    def _line_column(self, i: int) -> str:
        """V8 13's '(line L column C)': '\n', '\r' and '\r\n' each end a line; the column
        counts UTF-16 code units from the line's start, 1-based."""
        head = self.s[:i]
        line = head.count("\n") + head.count("\r") - head.count("\r\n") + 1
        start = max(head.rfind("\n"), head.rfind("\r")) + 1
        column = self._pos(i) - self._pos(start) + 1
        return f"(line {line} column {column})"

    def unexpected(self) -> None:
        """An unexpected character where no specific message applies."""
        s, i, n = self.s, self.i, self.n
        if i >= n:
            raise _JsonFail("Unexpected end of JSON input")
        ch = s[i]
        if ch == '"':
            self.fail("Unexpected string")
        if ch == "-" or "0" <= ch <= "9":
            self.fail("Unexpected number")
        if s in ("NaN", "Infinity", "undefined", "[object Object]"):
            raise _JsonFail(f'"{s}" is not valid JSON')
        if n < 2 * self._MAX_CONTEXT + 1:
            raise _JsonFail(f"Unexpected token '{ch}', \"{s}\" is not valid JSON")
        ctx = self._MAX_CONTEXT
        if i < ctx:
            raise _JsonFail(f"Unexpected token '{ch}', \"{s[:i + ctx]}\"... is not valid JSON")
        if i < n - ctx:
            raise _JsonFail(f"Unexpected token '{ch}', ...\"{s[i - ctx:i + ctx]}\"... is not valid JSON")
        raise _JsonFail(f"Unexpected token '{ch}', ...\"{s[i - ctx:]}\" is not valid JSON")

    # -- scanning
    def ws(self) -> None:
        s, n, i = self.s, self.n, self.i
        while i < n and s[i] in " \t\n\r":
            i += 1
        self.i = i

    def peek(self) -> str:
        return self.s[self.i] if self.i < self.n else ""

    def value(self) -> None:
        self.ws()
        ch = self.peek()
        if ch == "{":
            self.obj()
        elif ch == "[":
            self.arr()
        elif ch == '"':
            self.string()
        elif ch and (ch == "-" or "0" <= ch <= "9"):
            self.number()
        elif ch and ch in "tfn":
            self.literal({"t": "true", "f": "false", "n": "null"}[ch])
        else:
            self.unexpected()

    def obj(self) -> None:
        self.i += 1
        self.ws()
        if self.peek() == "}":
            self.i += 1
            return
        if self.peek() != '"':
            self.fail("Expected property name or '}'")
        while True:
            self.string()
            self.ws()
            if self.peek() != ":":
                self.fail("Expected ':' after property name")
            self.i += 1
            self.value()
            self.ws()
            ch = self.peek()
            if ch == ",":
                self.i += 1
                self.ws()
                if self.peek() != '"':
                    self.fail("Expected double-quoted property name")
            elif ch == "}":
                self.i += 1
                return
            else:
                self.fail("Expected ',' or '}' after property value")

    def arr(self) -> None:
        self.i += 1
        self.ws()
        if self.peek() == "]":
            self.i += 1
            return
        while True:
            self.value()
            self.ws()
            ch = self.peek()
            if ch == ",":
                self.i += 1
            elif ch == "]":
                self.i += 1
                return
            else:
                self.fail("Expected ',' or ']' after array element")

    def string(self) -> None:
        s, n = self.s, self.n
        i = self.i + 1
        while True:
            if i >= n:
                self.fail("Unterminated string", n)
            ch = s[i]
            if ch == '"':
                self.i = i + 1
                return
            if ch < " ":
                self.fail("Bad control character in string literal", i)
            if ch == "\\":
                i += 1
                if i >= n:
                    self.i = i
                    self.unexpected()
                esc = s[i]
                if esc == "u":
                    for k in range(i + 1, i + 5):
                        if k >= n or s[k] not in "0123456789abcdefABCDEF":
                            self.fail("Bad Unicode escape", k)
                    i += 4
                elif esc not in '"\\/bfnrt':
                    self.fail("Bad escaped character", i)
            i += 1

    def digits(self, i: int) -> int:
        while i < self.n and "0" <= self.s[i] <= "9":
            i += 1
        return i

    def number(self) -> None:
        s, n = self.s, self.n
        i = self.i
        if s[i] == "-":
            i += 1
            if i >= n or not "0" <= s[i] <= "9":
                self.fail("No number after minus sign", i)
        if s[i] == "0":
            i += 1
            if i < n and "0" <= s[i] <= "9":
                self.i = i
                self.fail("Unexpected number")
        else:
            i = self.digits(i)
        if i < n and s[i] == ".":
            i += 1
            if i >= n or not "0" <= s[i] <= "9":
                self.fail("Unterminated fractional number", i)
            i = self.digits(i)
        if i < n and s[i] in "eE":
            i += 1
            if i < n and s[i] in "+-":
                i += 1
            if i >= n or not "0" <= s[i] <= "9":
                self.fail("Exponent part is missing a number", i)
            i = self.digits(i)
        self.i = i

    def literal(self, word: str) -> None:
        for k, ch in enumerate(word):
            if self.i + k >= self.n or self.s[self.i + k] != ch:
                self.i += k
                self.unexpected()
        self.i += len(word)

    def check(self) -> str:
        try:
            self.value()
            self.ws()
            if self.i < self.n:
                self.fail("Unexpected non-whitespace character after JSON", where="")
        except _JsonFail as e:
            return str(e)
        except RecursionError:
            return "Maximum call stack size exceeded"
        return "Unexpected end of JSON input"   # not reached for text json.loads rejected


def v8_json_error(text: str) -> str:
    """The message of V8's `JSON.parse(text)` SyntaxError."""
    return _V8JsonChecker(text).check()
