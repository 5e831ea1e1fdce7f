"""The stripper itself (see loader/typescript.py for what node 24 does with TypeScript and when this
runs): tree-sitter's TypeScript grammar parses the file, and one walk of the tree collects the byte
ranges to blank and the one-byte fixes, or node's refusal with its span.

Imported only when a TypeScript file is stripped: plain JavaScript never loads it or the parser.
Each thread has its own parser; the grammar is loaded once.
"""

from __future__ import annotations

import threading

from .lazy_re import LazyPattern
from .typescript import TypeScriptSyntaxError

__all__ = ["Stripper"]

_language = None                              # the grammar, loaded once, shared by every thread
_language_lock = threading.Lock()
_parsers = threading.local()                  # a parser per thread: one must not parse twice at once


def _get_parser():
    parser = getattr(_parsers, "parser", None)
    if parser is None:
        import tree_sitter

        parser = _parsers.parser = tree_sitter.Parser(_get_language())
    return parser


def _get_language():
    global _language
    with _language_lock:
        if _language is None:
            import tree_sitter
            import tree_sitter_typescript

            _language = tree_sitter.Language(tree_sitter_typescript.language_typescript())
        return _language


# -- blanking ---------------------------------------------------------------------------------------

# ASCII: every byte but the whitespace ones becomes a space.
_ASCII_BLANK = bytes(b if b in b" \t\n\r\v\f" else 0x20 for b in range(256))
# Characters swc leaves alone: ECMAScript white space and line terminators.
_KEEP = frozenset("\t\v\f\ufeff \xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008"
                  "\u2009\u200a\u202f\u205f\u3000\n\r\u2028\u2029")
# Other characters: whitespace of the same UTF-8 length (and so the same UTF-16 length).
_FILL = {1: b" ", 2: "\xa0".encode(), 3: "\u2002".encode(), 4: " \ufeff".encode()}


def _blank(segment: bytes) -> bytes:
    if segment.isascii():
        return segment.translate(_ASCII_BLANK)
    out = []
    for ch in segment.decode("utf-8", "surrogatepass"):
        data = ch.encode("utf-8", "surrogatepass")
        out.append(data if ch in _KEEP else _FILL[len(data)])
    return b"".join(out)


_LINE_BREAKS = (b"\n", b"\r", "\u2028".encode(), "\u2029".encode())


def _has_line_break(data: bytes) -> bool:
    return any(brk in data for brk in _LINE_BREAKS)


# -- the walk ----------------------------------------------------------------------------------------

# Nodes that are types and nothing else: blanked whole, never entered.
_TYPE_NODES = frozenset({
    "type_annotation", "asserts_annotation", "type_predicate_annotation", "opting_type_annotation",
    "omitting_type_annotation", "adding_type_annotation", "type_parameters", "type_arguments",
    "implements_clause", "index_signature",
})
# Declarations that exist only for the type checker: blanked whole, with the ASI fix.
_TYPE_DECLARATIONS = frozenset({
    "interface_declaration", "type_alias_declaration", "ambient_declaration", "function_signature",
})
# Class members that are only types: blanked with the `;` after them.
_TYPE_MEMBERS = frozenset({"method_signature", "abstract_method_signature", "index_signature"})
_ERASED_WHOLE = _TYPE_NODES | _TYPE_DECLARATIONS | _TYPE_MEMBERS
_BODY_PARENTS = frozenset({"if_statement", "else_clause", "for_statement", "for_in_statement",
                           "while_statement", "do_statement"})
_LISTS = frozenset({"arguments", "array", "formal_parameters", "object", "named_imports", "export_clause",
                    "type_arguments", "array_pattern", "object_pattern"})
_FUNCTIONS = frozenset({"function_declaration", "function_expression", "generator_function_declaration",
                        "generator_function", "arrow_function", "method_definition", "class_static_block"})
_CLASS_MODIFIERS = frozenset({"public", "private", "protected", "readonly", "override"})
# After a blanked statement, a next line starting with one of these would continue the previous one.
_ASI_HAZARDS = frozenset(b"([`+-/")
# ... and where the grammar runs a type on into the next line, `<` too (a generic call signature)
_REPARSE_HAZARDS = _ASI_HAZARDS | frozenset(b"<")

_USING = LazyPattern(rb"(?<![\w$.])(await\s+)?using(\s+[A-Za-z_$][\w$]*\s*[:=])")

_ENUM = "TypeScript enum is not supported in strip-only mode"
_NAMESPACE = "TypeScript namespace declaration is not supported in strip-only mode"
_PARAMETER_PROPERTY = "TypeScript parameter property is not supported in strip-only mode"
_IMPORT_EQUALS = "TypeScript import equals declaration is not supported in strip-only mode"
_EXPORT_ASSIGNMENT = "TypeScript export assignment is not supported in strip-only mode"
_MODULE_KEYWORD = "`module` keyword is not supported. Use `namespace` instead."
_TYPE_ASSERTION = ("The angle-bracket syntax for type assertions, `<T>expr`, is not supported in type "
                   "strip mode. Instead, use the 'as' syntax: `expr as T`.")


class _Refused(Exception):
    """Raised inside the walk: the code, message and byte span of node's error for the file."""

    def __init__(self, code: str, message: str, start: int, end: int):
        super().__init__(message)
        self.code = code
        self.message = message
        self.start = start
        self.end = end


def _children(node):
    return [c for c in node.children if c.type != "comment"]


def _token(node, kind: str):
    """The anonymous child token `kind` of `node` (a keyword or punctuation), or None."""
    for child in node.children:
        if child.type == kind and not child.is_named:
            return child
    return None


def _last_leaf(node):
    """The last real token of `node` (no comment, no zero-width inserted semicolon)."""
    while node.child_count:
        for child in reversed(node.children):
            if child.type != "comment" and child.end_byte > child.start_byte:
                node = child
                break
        else:
            return None
    return node


class Stripper:
    def __init__(self, source: str, display_name: str):
        self.text = source
        self.src = source.encode("utf-8", "surrogatepass")
        self.display_name = display_name
        self.blanks: list[tuple[int, int]] = []
        self.overwrites: list[tuple[int, int]] = []

    def run(self) -> str:
        root = self.root = self._parse()
        try:
            if root.has_error:
                self._check_syntax(root)
            self._check_module_keyword(root)
            self._walk(root)
        except _Refused as exc:
            raise TypeScriptSyntaxError(exc.code, exc.message, self._hints(exc.start, exc.end)) from None
        text = self._apply().decode("utf-8", "surrogatepass") if self.blanks or self.overwrites else self.text
        return text[1:] if text.startswith("\ufeff") else text   # swc's output has no byte order mark

    # -- output --------------------------------------------------------------------------------

    def _apply(self) -> bytes:
        src = self.src
        out = bytearray()
        pos = 0
        for start, end in sorted(self.blanks):
            if end <= pos:
                continue
            start = max(start, pos)
            out += src[pos:start]
            out += _blank(src[start:end])
            pos = end
        out += src[pos:]
        for at, byte in self.overwrites:
            out[at] = byte
        return bytes(out)

    def blank(self, node_or_start, end: int | None = None) -> None:
        if end is None:
            # a comment after the last token stays (`type T = A // note`: the grammar ends the
            # statement at the line break, after the comment)
            end = node_or_start.end_byte
            tail = node_or_start
            while tail.child_count:
                tail = tail.child(tail.child_count - 1)
                if tail.type == "comment" or tail.start_byte == tail.end_byte:
                    last = _last_leaf(node_or_start)
                    end = last.end_byte if last is not None else end
                    break
            self.blanks.append((node_or_start.start_byte, end))
        elif end > node_or_start:
            self.blanks.append((node_or_start, end))

    def overwrite(self, at: int, char: str) -> None:
        self.overwrites.append((at, ord(char)))

    def _token_before(self, pos: int):
        """The token that ends before byte `pos` (comments skipped), or None at the start. (Found
        from the bytes: walking siblings back is linear in their number in tree-sitter.)"""
        src = self.src
        while True:
            pos -= 1
            while pos >= 0 and src[pos] in b" \t\n\r\v\f":
                pos -= 1
            if pos < 0:
                return None
            leaf = self.root.descendant_for_byte_range(pos, pos + 1)
            if leaf is None:
                return None
            if leaf.type != "comment":
                return leaf
            pos = leaf.start_byte

    def _next_token(self, pos: int) -> tuple[int, bool]:
        """Where the next token at or after byte `pos` starts (len(src) at the end), and whether a
        line break comes before it."""
        src = self.src
        size = len(src)
        line_break = False
        while pos < size:
            byte = src[pos]
            if byte in b"\n\r":
                line_break = True
                pos += 1
            elif byte in b" \t\v\f":
                pos += 1
            elif src.startswith(b"//", pos):
                end = src.find(b"\n", pos)
                pos = size if end == -1 else end
            elif src.startswith(b"/*", pos):
                end = src.find(b"*/", pos + 2)
                end = size if end == -1 else end + 2
                line_break = line_break or _has_line_break(src[pos:end])
                pos = end
            elif src.startswith(("\u2028".encode(), "\u2029".encode()), pos):
                line_break = True
                pos += 3
            elif src.startswith(("\xa0".encode(),), pos):
                pos += 2
            elif src.startswith(("\ufeff".encode(),), pos):
                pos += 3
            else:
                break
        return pos, line_break

    # -- parsing -----------------------------------------------------------------------------------

    def _parse(self):
        """The syntax tree. The grammar misreads a type followed by a line that starts with
        `` ` ``, `+`, `-`, `/` or `[` as one type (`type T = string` then `` `x` `` on the next line
        becomes a template type), where TypeScript ends the type at the line break. Such a line
        break is read as `;` (same offsets: the tree still fits the source) and the text parsed
        again. A `using` declaration (`using x: T = ...`, `await using ...`), which the grammar does
        not know, is parsed as `const` (same length), the source keeping its `using`."""
        parser = _get_parser()
        text = self.src
        if b"using" in text:   # `using` declarations, which the grammar lacks, read as `const`
            text = _USING.sub(lambda m: b" " * len(m.group(1) or b"") + b"const" + m.group(2), text)
        self.repaired: set[int] = set()
        while True:
            tree = parser.parse(text)
            self.root = tree.root_node
            at = self._misread_line_break(tree.root_node)
            if at is None or at in self.repaired or len(self.repaired) > 256:
                return tree.root_node
            self.repaired.add(at)
            text = text[:at] + b";" + text[at + 1:]

    def _misread_line_break(self, root) -> int | None:
        if root.has_error:
            error = self._first_error(root)
            while error is not None and error.is_error:   # the first problem inside a wide ERROR
                inner = next((c for c in error.children if c.is_missing or c.has_error), None)
                if inner is None:
                    break
                error = inner if inner.is_missing or inner.is_error else self._first_error(inner)
            if error is not None and error.parent is not None:
                # from the token before the error: the misread may start at the error itself
                # (a call signature `<T>(a: T): T` on its own line in an interface)
                before = self._token_before(error.start_byte)
                start = before.end_byte if before is not None and before.end_byte <= error.start_byte else error.start_byte
                end = max(error.parent.end_byte, self._next_token(error.end_byte)[0] + 1)
                found = self._hazard_line_break(start, end, _REPARSE_HAZARDS)
                if found is not None:
                    return found
        if b"[" in self.src:
            for node in _captures(root, "lookup_type", "array_type"):
                bracket = node.children[1] if node.child_count > 1 else None
                if bracket is not None and bracket.type == "[":
                    found = self._hazard_line_break(node.children[0].end_byte, bracket.end_byte)
                    if found is not None:
                        return found
        return None

    def _hazard_line_break(self, start: int, end: int, hazards=_ASI_HAZARDS) -> int | None:
        """The first line break in [start, end) after which the next token starts with one of
        `hazards` (`(`, `[`, a template, `+`, `-` or `/`)."""
        src = self.src
        pos = start
        while pos < end:
            at, line_break = self._next_token(pos)
            if at >= end or at >= len(src):
                return None
            if line_break and src[at] in hazards:
                gap = src[pos:at]
                return pos + min(i for i in (gap.find(b"\n"), gap.find(b"\r")) if i != -1)
            pos = at + 1
        return None

    # -- invalid syntax --------------------------------------------------------------------------

    def _check_syntax(self, root) -> None:
        """ERR_INVALID_TYPESCRIPT_SYNTAX at the first ERROR or MISSING node tree-sitter made."""
        error = self._first_error(root, in_types=False)
        if error is None:
            return
        if error.is_missing:
            self._invalid_missing(error)
        self._invalid_error(error)

    def _first_error(self, root, in_types: bool = True):
        """The first ERROR node, or MISSING token other than a `;` that a line break allows
        (automatic semicolon insertion), or None. With `in_types` false, errors inside what is
        erased whole (an interface, a type annotation, ...) do not count: the grammar lags behind
        TypeScript's type syntax (`import('m').T[]` in a type, a member named `in2`), and
        nothing of it is left to run. Nor do errors in a template literal: the grammar refuses
        the escapes a tagged template may hold (String.raw`\\u${x}`); the engine judges them."""
        stack = [root]
        while stack:
            node = stack.pop()
            if node.is_missing and not self._is_inserted_semicolon(node):
                return node
            if node.is_error and not self._is_grammar_gap(node):
                return node
            if node.has_error and (in_types or node.type not in _ERASED_WHOLE) and node.type != "template_string":
                stack.extend(reversed(node.children))
        return None

    def _is_inserted_semicolon(self, node) -> bool:
        if node.type != ";":
            return False
        at, line_break = self._next_token(node.start_byte)
        return line_break or at >= len(self.src) or self.src[at] == ord("}")

    def _is_grammar_gap(self, node) -> bool:
        """Valid TypeScript this grammar version does not know: `export type * from '...'`, and
        the variance modifiers of type parameters (`<in T>`, `<out T>`, `<in out T>`)."""
        parent = node.parent
        if parent is None:
            return False
        if parent.type == "export_statement":
            return (node.child_count == 1 and node.children[0].type == "type" and node.next_sibling is not None
                    and node.next_sibling.type in ("*", "namespace_export"))
        if parent.type in ("type_parameters", "type_parameter") and all(
                child.type == "identifier" for child in node.children):
            before = self._token_before(node.start_byte)
            words = [node.children[0].text] if node.child_count else []
            if before is not None:
                words.append(before.text)
            return any(word in (b"in", b"out") for word in words)
        return False

    def _token_text(self, start: int) -> tuple[int, int]:
        """The byte range of the token that starts at `start` (a word, or one character)."""
        src = self.src
        end = start
        while end < len(src) and (chr(src[end]).isalnum() or src[end] in b"_$" or src[end] >= 0x80):
            end += 1
        return start, max(end, min(start + 1, len(src)))

    def _invalid_missing(self, node) -> None:
        start, _ = self._next_token(node.start_byte)
        start, end = self._token_text(start)
        got = self.src[start:end].decode("utf-8", "replace")
        if node.type == ";":
            message = "Expected a semicolon"
        elif node.type in ("identifier", "property_identifier", "type_identifier"):
            message = "Expected ident"
        else:
            # in a list, swc expects the comma that would continue it
            expected = "," if node.parent is not None and node.parent.type in _LISTS else node.type
            message = f"Expected '{expected}', got '{got or '<eof>'}'"
        raise _Refused("ERR_INVALID_TYPESCRIPT_SYNTAX", message, start, end)

    def _invalid_error(self, node) -> None:
        at, _ = self._next_token(node.end_byte)
        if at >= len(self.src) or self.src[at] in b";)]}":
            start, end = self._token_text(at)   # `let x = ;`: the expression is what is missing
            raise _Refused("ERR_INVALID_TYPESCRIPT_SYNTAX", "Expression expected", start, end)
        start, end = self._token_text(self._next_token(node.start_byte)[0])   # its first token
        token = self.src[start:end].decode("utf-8", "replace")
        if token in ("", ";", ")", "]", "}", ","):
            message = "Expression expected"
        else:
            message = f"Unexpected token `{token}`"
        raise _Refused("ERR_INVALID_TYPESCRIPT_SYNTAX", message, start, end)

    # -- `module X {}` ---------------------------------------------------------------------------

    def _check_module_keyword(self, root) -> None:
        """node 24 refuses `module X {}` (and `declare module X {}`) for `namespace`, before
        anything else; `declare module 'name'` and `declare global` are fine."""
        stack = list(reversed(root.children))
        while stack:
            node = stack.pop()
            kind = node.type
            if kind in ("export_statement", "expression_statement", "ambient_declaration"):
                stack.extend(reversed(node.children))
            elif kind in ("module", "internal_module"):
                name = node.child_by_field_name("name")
                if kind == "module" and name is not None and name.type != "string":
                    raise _Refused("ERR_UNSUPPORTED_TYPESCRIPT_SYNTAX", _MODULE_KEYWORD,
                                       node.start_byte, name.end_byte)
                body = node.child_by_field_name("body")
                if body is not None:
                    stack.extend(reversed(body.children))

    # -- the walk --------------------------------------------------------------------------------

    def _walk(self, root) -> None:
        stack = [root]
        handlers = self._handlers()
        while stack:
            node = stack.pop()
            kind = node.type
            if kind in _TYPE_NODES:
                self.blank(node)
                continue
            handler = handlers.get(kind)
            children = handler(node) if handler is not None else node.children
            if children:
                stack.extend(reversed(children))

    def _handlers(self) -> dict:
        return {
            "interface_declaration": self._type_declaration,
            "type_alias_declaration": self._type_declaration,
            "ambient_declaration": self._type_declaration,
            "function_signature": self._type_declaration,
            "internal_module": self._namespace,
            "module": self._namespace,
            "enum_declaration": self._enum,
            "import_statement": self._import,
            "import_alias": self._import_equals,
            "export_statement": self._export,
            "abstract_class_declaration": self._abstract_class,
            "class_body": self._class_body,
            "public_field_definition": self._field,
            "method_definition": self._method,
            "formal_parameters": self._parameters,
            "required_parameter": self._parameter,
            "optional_parameter": self._parameter,
            "variable_declarator": self._variable,
            "arrow_function": self._arrow,
            "return_statement": self._arrow_argument,
            "throw_statement": self._arrow_argument,
            "yield_expression": self._arrow_argument,
            "as_expression": self._as,
            "satisfies_expression": self._as,
            "non_null_expression": self._non_null,
            "member_expression": self._member,
            "type_assertion": self._type_assertion,
            "await_expression": self._await,
        }

    def _unsupported(self, message: str, start: int, end: int):
        raise _Refused("ERR_UNSUPPORTED_TYPESCRIPT_SYNTAX", message, start, end)

    def _erase_statement(self, node) -> None:
        """Blank a statement that is only types; where the next line would now continue the
        statement before it (it starts with `(`, `[`, a template, `+`, `-` or `/`), write a `;`."""
        self.blank(node)
        parent = node.parent
        if parent is not None and parent.type in _BODY_PARENTS and node.start_byte > parent.start_byte:
            self.overwrite(node.start_byte, ";")   # `if (x) type T = 1;`: the body must stay
            return
        before = self._token_before(node.start_byte)
        if before is None:
            return
        end = node.end_byte
        last = _last_leaf(node)
        if last is not None and last.start_byte in self.repaired:
            end = last.start_byte   # its `;` was a line break (see _parse)
        at, line_break = self._next_token(end)
        if not line_break or at >= len(self.src) or self.src[at] not in _ASI_HAZARDS:
            return
        if self.src.startswith((b"++", b"--", b"+=", b"-="), at):
            return
        if before.type != ";":
            self.overwrite(node.start_byte, ";")

    def _type_declaration(self, node):
        self._erase_statement(node)
        return None

    @staticmethod
    def _is_uninstantiated(node) -> bool:
        """A namespace that holds only types (or nothing), which erasing loses nothing of."""
        body = node.child_by_field_name("body")
        if body is None:
            return False
        for statement in _children(body):
            if statement.type in ("{", "}"):
                continue
            if statement.type == "export_statement":
                declaration = statement.child_by_field_name("declaration")
                if declaration is None:
                    return False
                statement = declaration
            if statement.type == "expression_statement" and statement.named_child_count == 1:
                statement = statement.named_children[0]
            if statement.type in ("interface_declaration", "type_alias_declaration"):
                continue
            if statement.type in ("internal_module", "module") and Stripper._is_uninstantiated(statement):
                continue
            return False
        return True

    def _namespace(self, node):
        name = node.child_by_field_name("name")
        if (name is not None and name.type == "string") or self._is_uninstantiated(node):
            self._erase_statement(node)
            return None
        self._unsupported(_NAMESPACE, node.start_byte, node.end_byte)

    def _enum(self, node):
        self._unsupported(_ENUM, node.start_byte, node.end_byte)

    def _import(self, node):
        if _token(node, "type") is not None:
            self._erase_statement(node)
            return None
        if any(child.type == "import_require_clause" for child in node.children):
            self._unsupported(_IMPORT_EQUALS, node.start_byte, node.end_byte)
        for clause in node.children:
            if clause.type == "import_clause":
                for named in clause.children:
                    if named.type == "named_imports":
                        self._erase_type_specifiers(named, "import_specifier")
        return None

    def _import_equals(self, node):
        self._unsupported(_IMPORT_EQUALS, node.start_byte, node.end_byte)

    def _erase_type_specifiers(self, clause, kind: str) -> None:
        """`{ type A, b }`: the type-only specifiers go, with the comma after each."""
        children = clause.children
        for i, specifier in enumerate(children):
            if specifier.type == kind and _token(specifier, "type") is not None:
                end = specifier.end_byte
                following = children[i + 1] if i + 1 < len(children) else None
                if following is not None and following.type == ",":
                    end = following.end_byte
                self.blank(specifier.start_byte, end)

    def _export(self, node):
        children = node.children
        if _token(node, "type") is not None or any(c.is_error for c in children):
            self._erase_statement(node)   # `export type { A }`, `export type * from 'm'`
            return None
        if _token(node, "=") is not None and _token(node, "default") is None:
            self._unsupported(_EXPORT_ASSIGNMENT, node.start_byte, node.end_byte)
        declaration = node.child_by_field_name("declaration")
        if declaration is None:
            declaration = next((c for c in children if c.type in _TYPE_DECLARATIONS), None)
        if declaration is not None:
            kind = declaration.type
            if kind == "expression_statement" and declaration.named_child_count == 1:
                declaration = declaration.named_children[0]
                kind = declaration.type
            if kind in _TYPE_DECLARATIONS or (
                    kind in ("internal_module", "module") and self._is_uninstantiated(declaration)):
                self._erase_statement(node)
                return None
        if any(c.type == "import_alias" for c in children):
            self._unsupported(_IMPORT_EQUALS, node.start_byte, node.end_byte)
        for clause in children:
            if clause.type == "export_clause":
                self._erase_type_specifiers(clause, "export_specifier")
        return children

    def _abstract_class(self, node):
        self.blank(_token(node, "abstract"))
        return node.children

    # -- classes ---------------------------------------------------------------------------------

    def _class_body(self, node):
        children = node.children
        keep = []
        for i, member in enumerate(children):
            erase = member.type in _TYPE_MEMBERS or (
                member.type == "public_field_definition"
                and (_token(member, "declare") is not None or _token(member, "abstract") is not None))
            if erase:
                end = member.end_byte
                following = children[i + 1] if i + 1 < len(children) else None
                if following is not None and following.type == ";":
                    end = following.end_byte
                self.blank(member.start_byte, end)
            else:
                keep.append(member)
        return keep

    def _member_start(self, member):
        """Where a member starts after its decorators, and whether it has any."""
        decorators = [c for c in member.children if c.type == "decorator"]
        return (decorators[-1].end_byte if decorators else member.start_byte), bool(decorators)

    def _strip_modifiers(self, member, key) -> bool:
        """Blank `public` / `private` / `protected` / `readonly` / `override` before the key, as swc
        does: not when the next token is on another line or cannot follow a modifier (then the
        word is the member's name). Returns whether the member had such a modifier."""
        tokens = []
        for child in member.children:
            if child.start_byte >= key.start_byte:
                break
            if child.type in ("decorator", "comment"):
                continue
            if child.type in ("accessibility_modifier", "override_modifier"):
                tokens.extend(child.children or [child])
            else:
                tokens.append(child)
        had = any(t.type in _CLASS_MODIFIERS for t in tokens)
        for token in tokens:
            at, line_break = self._next_token(token.end_byte)
            if line_break or at >= len(self.src):
                break
            first = self.src[at:at + 1]
            if not (first in (b"[", b"{", b"*", b".", b"#", b"'", b'"') or first.isalnum()
                    or first in (b"_", b"$") or first[0] >= 0x80):
                break
            if token.type == "static":
                continue
            if token.type not in _CLASS_MODIFIERS:
                break
            self.blank(token)
        return had

    def _key_needs_semicolon(self, member, key, had_modifier: bool, generator: bool) -> bool:
        """`public [k]()`, `private *g()`, `private in`: with the modifier gone, the member would
        join the one before; swc writes a `;` where the modifier began."""
        start, decorated = self._member_start(member)
        if not had_modifier or decorated or _token(member, "static") is not None:
            return False
        return key.type == "computed_property_name" or generator or (
            key.type == "property_identifier" and key.text in (b"in", b"instanceof"))

    def _field(self, node):
        key = node.child_by_field_name("name")
        if key is None:
            return node.children
        had = self._strip_modifiers(node, key)
        for mark in ("?", "!"):
            token = _token(node, mark)
            if token is not None:
                self.blank(token)
        annotation = node.child_by_field_name("type")
        if (annotation is not None and node.child_by_field_name("value") is None
                and key.type == "property_identifier" and key.text in (b"get", b"set", b"static")):
            self.overwrite(annotation.start_byte, ";")   # `get: number` must not become a getter
        if self._key_needs_semicolon(node, key, had, False):
            self.overwrite(self._member_start(node)[0], ";")
        return node.children

    def _method(self, node):
        key = node.child_by_field_name("name")
        if key is None:
            return node.children
        had = self._strip_modifiers(node, key)
        token = _token(node, "?")
        if token is not None:
            self.blank(token)
        if self._key_needs_semicolon(node, key, had, _token(node, "*") is not None):
            self.overwrite(self._member_start(node)[0], ";")
        return node.children

    # -- functions ---------------------------------------------------------------------------------

    def _parameters(self, node):
        """A leading `this: T` parameter goes, with its comma."""
        children = node.children
        params = [c for c in children if c.type in ("required_parameter", "optional_parameter")]
        if params and params[0] is _first_named(node):
            first = params[0]
            pattern = first.child_by_field_name("pattern")
            if pattern is not None and pattern.type == "this":
                end = first.end_byte
                following = first.next_sibling
                while following is not None and following.type == "comment":
                    following = following.next_sibling
                if following is not None and following.type == ",":
                    end = following.end_byte
                self.blank(first.start_byte, end)
                return [c for c in children if c.start_byte >= end]
        return children

    def _parameter(self, node):
        pattern = node.child_by_field_name("pattern")
        for child in node.children:
            if child.type in ("accessibility_modifier", "override_modifier", "readonly"):
                start = pattern.start_byte if pattern is not None else node.start_byte
                self._unsupported(_PARAMETER_PROPERTY, start, node.end_byte)
        token = _token(node, "?")
        if token is not None:
            self.blank(token)
        return node.children

    def _variable(self, node):
        token = _token(node, "!")
        if token is not None:
            self.blank(token)
        return node.children

    def _arrow(self, node):
        params = node.child_by_field_name("parameters")
        type_params = node.child_by_field_name("type_parameters")
        if type_params is not None:
            self.blank(type_params)
            if (_token(node, "async") is not None and params is not None
                    and _has_line_break(self.src[type_params.start_byte:type_params.end_byte])):
                self._move_paren(type_params, params)   # `async <\nT>(v)`: `async` must not end the line
        ret = node.child_by_field_name("return_type")
        if ret is not None and params is not None:
            self.blank(ret)
            r_paren = _last_leaf(params)
            arrow = _token(node, "=>")
            if r_paren is not None and arrow is not None and _has_line_break(
                    self.src[r_paren.start_byte:arrow.start_byte]):
                # `(a)\n: T =>`: a line break before `=>` is a syntax error; the `)` moves down
                self.blank(r_paren)
                pos = ret.end_byte - 1
                while self.src[pos] & 0xC0 == 0x80:
                    self.overwrite(pos, " ")
                    pos -= 1
                self.overwrite(pos, ")")
        return [c for c in node.children if c is not type_params and c is not ret]

    def _move_paren(self, type_params, params) -> None:
        l_paren = params.children[0] if params.child_count else None
        if l_paren is not None and l_paren.type == "(":
            self.overwrite(l_paren.start_byte, " ")
            self.overwrite(type_params.start_byte, "(")

    def _arrow_argument(self, node):
        """`return <T>\n(v: T) => v`: with the type parameters gone, `return` would end the line."""
        argument = next((c for c in node.named_children if c.type != "comment"), None)
        if argument is not None and argument.type == "arrow_function" and _token(argument, "async") is None:
            type_params = argument.child_by_field_name("type_parameters")
            params = argument.child_by_field_name("parameters")
            if type_params is not None and params is not None and _has_line_break(
                    self.src[type_params.start_byte:params.start_byte]):
                self._move_paren(type_params, params)
        return node.children

    # -- expressions -------------------------------------------------------------------------------

    def _member(self, node):
        """`x satisfies a.b.C`: the grammar ends the type at `a.b` and reads `.C` as a property of
        the whole expression, which TypeScript never does without parentheses; the name is part
        of the type."""
        inner = node
        while inner.type == "member_expression" and inner.child_count and _token(inner, "?.") is None:
            inner = inner.children[0]
        if inner is not node and inner.type in ("as_expression", "satisfies_expression"):
            return self._as(inner, node)
        return node.children

    def _as(self, node, whole=None):
        whole = node if whole is None else whole
        expression = node.children[0]
        node_end = whole.end_byte
        self.blank(expression.end_byte, node_end)
        keyword = node.children[1] if node.child_count > 1 else None
        is_const = node.type == "as_expression" and node.children[-1].type == "const"
        if keyword is not None and not is_const:
            at, line_break = self._next_token(node_end)
            if line_break and at < len(self.src) and self.src[at] in b"([`":
                self.overwrite(keyword.start_byte, ";")
        return [expression]

    def _non_null(self, node):
        self.blank(node.end_byte - 1, node.end_byte)
        return node.children

    def _await(self, node):
        """`await` in a function that is not async: swc's parser refuses it (the grammar does not)."""
        scope = node.parent
        while scope is not None and scope.type not in _FUNCTIONS:
            scope = scope.parent
        if scope is not None and (scope.type == "class_static_block" or _token(scope, "async") is None):
            keyword = node.children[0]
            raise _Refused("ERR_INVALID_TYPESCRIPT_SYNTAX", "await isn't allowed in non-async function",
                               keyword.start_byte, keyword.end_byte)
        return node.children

    def _type_assertion(self, node):
        self._unsupported(_TYPE_ASSERTION, node.start_byte, node.end_byte)

    # -- the error snippet -------------------------------------------------------------------------

    def _hints(self, start: int, end: int) -> str:
        """node's "file:line" and snippet: the line before, the lines of the construct (a caret
        line under a one-line construct; `  > ` marking the first and last of several), and the line
        after when it is not empty. Tabs are expanded to stops of 4."""
        lines = self.src.split(b"\n")
        first_line = self.src.count(b"\n", 0, start)
        last_line = self.src.count(b"\n", 0, max(start, end - 1))
        out = []

        def text(number: int) -> str:
            return _expand_tabs(lines[number].decode("utf-8", "replace").rstrip("\r"))

        if first_line == last_line:
            line_start = self.src.rfind(b"\n", 0, start) + 1
            prefix = _expand_tabs(self.src[line_start:start].decode("utf-8", "replace"))
            covered = _expand_tabs(self.src[line_start:end].decode("utf-8", "replace"))
            if first_line > 0:
                out.append(text(first_line - 1))
            out.append(text(first_line))
            out.append(" " * len(prefix) + "^" * max(1, len(covered) - len(prefix)))
            if first_line + 1 < len(lines) and lines[first_line + 1].rstrip(b"\r"):
                out.append(lines[first_line + 1].decode("utf-8", "replace"))
        else:
            if first_line > 0:
                out.append("    " + text(first_line - 1))
            for number in range(first_line, last_line + 1):
                marker = "  > " if number in (first_line, last_line) else "    "
                out.append(marker + text(number))
            if last_line + 1 < len(lines) and lines[last_line + 1].rstrip(b"\r"):
                out.append("    " + text(last_line + 1))
        return f"{self.display_name}:{first_line + 1}\n" + "\n".join(out) + "\n"


def _captures(root, *kinds: str) -> list:
    """Every node of these kinds under `root`, by a tree-sitter query (it runs in C)."""
    import tree_sitter

    query = _queries.get(kinds)
    if query is None:
        query = _queries[kinds] = tree_sitter.Query(_language, " ".join(f"({k}) @n" for k in kinds))
    return tree_sitter.QueryCursor(query).captures(root).get("n", [])


_queries: dict[tuple[str, ...], object] = {}


def _first_named(node):
    for child in node.children:
        if child.is_named and child.type != "comment":
            return child
    return None


def _expand_tabs(line: str) -> str:
    return line.expandtabs(4) if "\t" in line else line
