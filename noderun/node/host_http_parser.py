"""Host functions behind node:http's parser (the role of node's http_parser binding): llhttp in C
(engine/llhttp_js.c), loaded on the first parser a thread makes.

`httpParserFunctions()` gives JS the parser's C functions [new, initialize, execute, finish]
(internal/http/http_parser.js is their JS face, node's HTTPParser class): a chunk is parsed in
one call with no Python in it, which returns [result, ...events] (see llhttp_js.c).
`httpParserMethods()` names llhttp's methods by number.
"""

from __future__ import annotations

from ..engine.runtime import Context, JSObject


def _functions(ctx: Context) -> JSObject:
    from ..engine import llhttp_js

    made = [ctx.take(value) for value in llhttp_js.functions(ctx).values()]
    try:
        return ctx.new_array(made)
    finally:
        for function in made:
            function.free()


def _methods(ctx: Context) -> list:
    from ..engine import llhttp_js

    return llhttp_js.methods()


FUNCTIONS = {
    "httpParserFunctions": _functions,
    "httpParserMethods": _methods,
}
