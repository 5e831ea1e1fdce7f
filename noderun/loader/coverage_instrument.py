"""Source instrumentation for `--experimental-test-coverage`: QuickJS has no hook that tells which
code ran, so each file is rewritten as it loads with counters where V8's block coverage (what
node's report is made from) keeps them: one per function (its calls) and one per block V8 counts
(an if's then and else, a loop's body, a catch or finally, a switch case, a conditional's
branches, the right side of && / || / ??, and the code after a statement that may not fall
through). The counters are a Float64Array per file; what a range ran is read back from them
(coverage_summary.py).

The parser is tree-sitter's JavaScript grammar (tree-sitter-javascript, from the tree-sitter
project, which GitHub and editors use): a maintained parser of current JavaScript, installed from
PyPI as a wheel, imported only when coverage is on. A file it cannot parse is left as it is.

The counters are written into the lines without adding any, and `shifts` tells how far each one
moved the code after it on its line, so that stack traces and test locations still give the
original columns (internal/process/execution.js siteColumn)."""

from __future__ import annotations

_parser = None

# statements after which V8 counts whether the code went on (its "continuation" ranges)
_CONTINUED = frozenset({
    "if_statement", "for_statement", "for_in_statement", "while_statement", "do_statement", "try_statement",
    "switch_statement", "return_statement", "throw_statement", "break_statement", "continue_statement",
})
_LOOPS = frozenset({"for_statement", "for_in_statement", "while_statement", "do_statement"})
_FUNCTIONS = frozenset({
    "function_declaration", "function_expression", "function", "arrow_function", "method_definition",
    "generator_function_declaration", "generator_function",
})
_LOGICAL = frozenset({"&&", "||", "??"})
_CHAIN_LINKS = frozenset({"member_expression", "subscript_expression", "call_expression"})


class Function:
    """A function of the file (index 0: the file's own top level)."""

    def __init__(self, name: str, start: int, end: int, counter: int, parent: int | None,
                 initializer: bool = False):
        self.name = name
        self.start = start
        self.end = end
        self.counter = counter
        self.parent = parent
        # a class's field initializers, which V8 counts as a function of their own (with block
        # counts even when it never ran)
        self.initializer = initializer


class Block:
    """A range V8 counts inside a function. A continuation's end is that of the statement list
    it is in."""

    def __init__(self, function: int, start: int, end: int, counter: int, continuation: bool = False):
        self.function = function
        self.start = start
        self.end = end
        self.counter = counter
        self.continuation = continuation


class Plan:
    """What the counters of an instrumented file stand for."""

    def __init__(self, source: str):
        self.source = source
        self.functions: list[Function] = []
        self.blocks: list[Block] = []
        self.counters = 0

    def counter(self) -> int:
        self.counters += 1
        return self.counters - 1


def _get_parser():
    global _parser
    if _parser is None:
        import tree_sitter
        import tree_sitter_javascript
        _parser = tree_sitter.Parser(tree_sitter.Language(tree_sitter_javascript.language()))
    return _parser


def analyze(source: str) -> tuple[Plan, list] | None:
    """The counters' plan for `source` and where they go (offset, text-maker); None when the file
    does not parse."""
    data = source.encode("utf-8")
    tree = _get_parser().parse(data)
    if tree.root_node.has_error:
        return None
    if len(data) == len(source):
        at = None
    else:   # byte offsets -> str offsets
        at = [0] * (len(data) + 1)
        position = 0
        for index, char in enumerate(source):
            width = len(char.encode("utf-8"))
            for k in range(width):
                at[position + k] = index
            position += width
        at[position] = len(source)
    walker = _Walker(Plan(source), at)
    walker.program(tree.root_node)
    return walker.plan, walker.inserts


def instrument(source: str, file_id: int):
    """(instrumented source, plan, shifts) or None. `shifts` maps a line number (1-based) to
    [instrumented column (0-based) where text was put, its length] pairs, in order."""
    found = analyze(source)
    if found is None:
        return None
    plan, inserts = found
    var = f"__nrc{file_id}"
    prologue_at = inserts[0][0]
    pieces = []
    shifts: dict[int, list] = {}
    last = 0
    line = 1
    column = 0   # (in the instrumented text, on `line`)
    for offset, kind, value in sorted(inserts, key=lambda item: item[0]):
        chunk = source[last:offset]
        newlines = chunk.count("\n")
        if newlines:
            line += newlines
            column = len(chunk) - chunk.rfind("\n") - 1
        else:
            column += len(chunk)
        pieces.append(chunk)
        if kind == "prologue":
            text = (f"var {var}=(globalThis.__nrcov??(Object.defineProperty(globalThis,'__nrcov',{{value:[]}}),"
                    f"globalThis.__nrcov))[{file_id}]??=new Float64Array({plan.counters});{var}[0]++;")
        elif kind == "count":
            text = f"{var}[{value}]++;"
        elif kind == "after":   # (a statement's end without its semicolon: put one)
            text = f";{var}[{value}]++;"
        elif kind == "open":
            text = f"({var}[{value}]++,"
        elif kind == "block":
            text = f"{{{var}[{value}]++;"
        else:   # a closing text
            text = value.replace("__nrc_ID", var)
        pieces.append(text)
        shifts.setdefault(line, []).append([column, len(text)])
        column += len(text)
        last = offset
    pieces.append(source[last:])
    del prologue_at
    return "".join(pieces), plan, shifts


class _Walker:
    def __init__(self, plan: Plan, at):
        self.plan = plan
        self.at = at
        self.inserts: list = []   # (offset, kind, value)

    def pos(self, byte: int) -> int:
        return byte if self.at is None else self.at[byte]

    def start(self, node) -> int:
        return self.pos(node.start_byte)

    def end(self, node) -> int:
        return self.pos(node.end_byte)

    def program(self, root) -> None:
        plan = self.plan
        plan.functions.append(Function("", 0, len(plan.source), plan.counter(), None))
        statements = [child for child in root.named_children if child.type not in ("hash_bang_line", "comment")]
        first = _after_directives(statements)
        at = self.start(first) if first is not None else len(plan.source)
        if statements and first is None:
            at = self.end(statements[-1])
        elif first is None:
            hashbang = [child for child in root.children if child.type == "hash_bang_line"]
            at = self.end(hashbang[0]) if hashbang else 0
        self.inserts.append((at, "prologue", None))
        self.statement_list(statements, 0, len(plan.source))

    # -- statements ---------------------------------------------------------------------------

    def statement_list(self, statements, function: int, list_end: int) -> None:
        for index, statement in enumerate(statements):
            self.statement(statement, function)
            if statement.type in _CONTINUED and index < len(statements) - 1:
                counter = self.plan.counter()
                self.plan.blocks.append(Block(function, self.end(statement), list_end, counter, continuation=True))
                self.inserts.append((self.end(statement), "after", counter))

    def block_statements(self, block):
        return [child for child in block.named_children if child.type != "comment"]

    def statement(self, node, function: int) -> None:
        kind = node.type
        if kind == "statement_block":
            self.statement_list(self.block_statements(node), function, self.end(node) - 1)
        elif kind == "if_statement":
            self.expression(node.child_by_field_name("condition"), function)
            then = node.child_by_field_name("consequence")
            self.counted_statement(then, function, self.start(then), self.end(then))
            otherwise = node.child_by_field_name("alternative")
            if otherwise is not None:   # (V8's else range starts where the then branch ends)
                body = otherwise.named_children[-1]
                self.counted_statement(body, function, self.end(then), self.end(otherwise))
        elif kind in _LOOPS:
            body = node.child_by_field_name("body")
            for child in node.named_children:
                if child != body:
                    self.expression(child, function)
            self.counted_statement(body, function, self.start(body), self.end(body))
        elif kind == "try_statement":
            self.statement(node.child_by_field_name("body"), function)
            for clause in (node.child_by_field_name("handler"), node.child_by_field_name("finalizer")):
                if clause is not None:
                    body = clause.child_by_field_name("body")
                    self.counted_statement(body, function, self.start(clause), self.end(clause))
        elif kind == "switch_statement":
            self.expression(node.child_by_field_name("value"), function)
            for case in node.child_by_field_name("body").named_children:
                if case.type not in ("switch_case", "switch_default"):
                    continue
                value = case.child_by_field_name("value")
                if value is not None:
                    self.expression(value, function)
                body = [child for child in case.children_by_field_name("body") if child.type != "comment"]
                colon = next(child for child in case.children if child.type == ":")
                counter = self.plan.counter()
                end = self.end(body[-1]) if body else self.end(colon)
                self.plan.blocks.append(Block(function, self.start(case), end, counter))
                self.inserts.append((self.end(colon), "count", counter))
                self.statement_list(body, function, end)
        elif kind in _FUNCTIONS:
            self.function(node, function)
        else:
            for child in node.named_children:
                self.expression(child, function)

    def counted_statement(self, node, function: int, start: int, end: int) -> None:
        """A branch V8 counts: a block gets its counter after its '{', another statement is put
        in a block with it."""
        counter = self.plan.counter()
        self.plan.blocks.append(Block(function, start, end, counter))
        if node.type == "statement_block":
            self.inserts.append((self.start(node) + 1, "count", counter))
            self.statement(node, function)
        else:
            self.inserts.append((self.start(node), "block", counter))
            self.statement(node, function)
            self.inserts.append((self.end(node), "close", "}"))

    # -- expressions --------------------------------------------------------------------------

    def expression(self, node, function: int) -> None:
        if node is None:
            return
        kind = node.type
        if kind in _FUNCTIONS:
            self.function(node, function)
            return
        if kind == "class_body":
            self.class_body(node, function)
            return
        if kind == "ternary_expression":
            self.expression(node.child_by_field_name("condition"), function)
            then = node.child_by_field_name("consequence")
            otherwise = node.child_by_field_name("alternative")
            question = next(child for child in node.children if child.type == "?")
            colon = next(child for child in node.children if child.type == ":")
            self.counted_expression(then, function, self.start(question))
            self.counted_expression(otherwise, function, self.start(colon))
            return
        if kind in _CHAIN_LINKS and any(child.type == "optional_chain" for child in node.children):
            self.optional_link(node, function)
        if kind == "binary_expression":
            operator = node.child_by_field_name("operator")
            if operator is not None and operator.type in _LOGICAL:
                self.expression(node.child_by_field_name("left"), function)
                self.counted_expression(node.child_by_field_name("right"), function, self.start(operator))
                return
        if kind in ("statement_block",) or kind.endswith("_statement") or kind.endswith("_declaration"):
            self.statement(node, function)
            return
        for child in node.named_children:
            self.expression(child, function)

    def class_body(self, node, function: int) -> None:
        """Methods are functions; the instance fields' initializers and the static ones (fields
        and blocks) are two more, as V8 has them (listed before the methods)."""
        groups = {"<instance_members_initializer>": [], "<static_initializer>": []}
        for member in node.named_children:
            if member.type == "class_static_block" or (
                    member.type == "field_definition" and any(child.type == "static" for child in member.children)):
                groups["<static_initializer>"].append(member)
            elif member.type == "field_definition":
                groups["<instance_members_initializer>"].append(member)
        owner = {}
        for name, members in groups.items():
            if members:
                index = len(self.plan.functions)
                self.plan.functions.append(Function(name, self.start(members[0]), self.end(members[-1]),
                                                    self.plan.counter(), function, initializer=True))
                for position, member in enumerate(members):
                    owner[member.id] = (index, position == 0)
        for member in node.named_children:
            if member.id not in owner:
                self.expression(member, function)
                continue
            index, first = owner[member.id]
            counter = self.plan.functions[index].counter
            if member.type == "class_static_block":
                body = member.child_by_field_name("body")
                if first:
                    self.inserts.append((self.start(body) + 1, "count", counter))
                self.statement_list(self.block_statements(body), index, self.end(body) - 1)
                continue
            value = member.child_by_field_name("value")
            if first and value is None:   # (`x;` is `x = undefined;`)
                self.inserts.append((self.end(member), "close", f" = (__nrc_ID[{counter}]++,undefined)"))
            elif first:
                self.inserts.append((self.start(value), "open", counter))
                self.expression(value, index)
                self.inserts.append((self.end(value), "close", ")"))
            else:
                self.expression(value, index)

    def optional_link(self, node, function: int) -> None:
        """`a?.b`, `a?.[i]`, `a?.(x)`: V8 counts each link from its `?.` (which a null or undefined
        `a` skips). The counter goes in the link: in the key (`?.b` becomes `?.['b']` for it),
        the index, or the arguments (an empty spread)."""
        link = next(child for child in node.children if child.type == "optional_chain")
        counter = self.plan.counter()
        if node.type == "member_expression":
            key = node.child_by_field_name("property")
            if key.type != "property_identifier":   # (a private name cannot be a string key)
                self.plan.counters -= 1
                return
            self.inserts.append((self.start(key), "close", f"[(__nrc_ID[{counter}]++,'"))
            self.inserts.append((self.end(key), "close", "')]"))
        elif node.type == "subscript_expression":
            index = node.child_by_field_name("index")
            self.inserts.append((self.start(index), "open", counter))
            self.inserts.append((self.end(index), "close", ")"))
        else:
            arguments = node.child_by_field_name("arguments")
            if arguments.type != "arguments":
                self.plan.counters -= 1
                return
            self.inserts.append((self.start(arguments) + 1, "close", f"...(__nrc_ID[{counter}]++,[]),"))
        self.plan.blocks.append(Block(function, self.start(link), self.end(node), counter))

    def counted_expression(self, node, function: int, start: int) -> None:
        counter = self.plan.counter()
        self.plan.blocks.append(Block(function, start, self.end(node), counter))
        self.inserts.append((self.start(node), "open", counter))
        self.expression(node, function)
        self.inserts.append((self.end(node), "close", ")"))

    def function(self, node, parent: int) -> None:
        plan = self.plan
        index = len(plan.functions)
        counter = plan.counter()
        plan.functions.append(Function(_function_name(node), self.start(node), self.end(node), counter, parent))
        for child in node.named_children:
            if child.type == "formal_parameters":   # (default values are code too)
                for parameter in child.named_children:
                    self.expression(parameter, parent)
        body = node.child_by_field_name("body")
        if body is None:
            return
        if body.type != "statement_block":   # an arrow function's expression
            self.inserts.append((self.start(body), "open", counter))
            self.expression(body, index)
            self.inserts.append((self.end(body), "close", ")"))
            return
        statements = self.block_statements(body)
        first = _after_directives(statements)
        at = self.start(first) if first is not None else self.end(body) - 1
        self.inserts.append((at, "count", counter))
        self.statement_list(statements, index, self.end(body) - 1)


def _after_directives(statements):
    """The first statement after the directive prologue ('use strict' ...), or None."""
    for statement in statements:
        if not (statement.type == "expression_statement" and statement.named_child_count == 1
                and statement.named_children[0].type == "string"):
            return statement
    return None


def _function_name(node) -> str:
    """The name V8 gives a function: its own, or what it is assigned to."""
    name = node.child_by_field_name("name")
    if node.type == "method_definition" and name is not None:
        text = name.text.decode()
        if text == "constructor":   # (V8 names a constructor after its class)
            owner = node.parent.parent if node.parent is not None else None
            owner_name = owner.child_by_field_name("name") if owner is not None else None
            return owner_name.text.decode() if owner_name is not None else ""
        accessor = next((child.type for child in node.children if child.type in ("get", "set")), None)
        return f"{accessor} {text}" if accessor else text
    if name is not None:
        return name.text.decode()
    parent = node.parent
    if parent is None:
        return ""
    # the name the language gives it: `const f = ...`, `f = ...`, `{ f: ... }`
    if parent.type == "variable_declarator":
        target = parent.child_by_field_name("name")
        return target.text.decode() if target.type == "identifier" else ""
    if parent.type == "assignment_expression" and parent.child_by_field_name("left").type == "identifier":
        return parent.child_by_field_name("left").text.decode()
    if parent.type == "pair":
        key = parent.child_by_field_name("key")
        return key.text.decode().strip("'\"") if key is not None else ""
    # else the one V8 infers: what it is assigned to, and the keys of the literals it is in
    keys = []
    while parent is not None:
        if parent.type == "pair":
            keys.insert(0, parent.child_by_field_name("key").text.decode().strip("'\""))
        elif parent.type == "variable_declarator":
            target = parent.child_by_field_name("name")
            return ".".join([target.text.decode(), *keys]) if target.type == "identifier" else ""
        elif parent.type in ("assignment_expression", "augmented_assignment_expression"):
            target = parent.child_by_field_name("left")
            return ".".join([target.text.decode(), *keys]) if target.type in ("identifier", "member_expression") else ""
        elif parent.type not in ("array", "object", "parenthesized_expression"):
            return ""
        parent = parent.parent
    return ""
