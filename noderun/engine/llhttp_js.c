/* node:http's parser in C: llhttp (node 24.12.0's own HTTP/1 parser, version 9.3.0) driven from JS
 * with no Python in a call (see llhttp_js.py, which loads this file; fastio.py builds it).
 *
 * llhttp is the one the PyPI package `llhttp` compiles into its extension module `__llhttp`,
 * whose C API (llhttp_init, llhttp_execute, ...) that module exports: it is reached through the
 * addresses `llhttp_js_init` looks up there, as the engine's through the engine's module, so
 * nothing links against either. A parser is a JS object of a class of its own whose opaque
 * state is a `Parser` below, freed with the object.
 *
 * One JS function, `llhttp_js_call`, with its operation in `magic`:
 *   NEW                    () -> a parser object
 *   INITIALIZE             (parser, kind, maxHeaderSize, lenientFlags)
 *   EXECUTE                (parser, Uint8Array, mode) -> [result, ...events]
 *   FINISH                 (parser) -> [result, ...events]
 * The result is the number of bytes taken (fewer after an upgrade) or, at a parse error,
 * [HPE code, reason, bytes parsed]; the events follow, flat, as internal/http/http_parser.js reads
 * them (EVENT_* below, each with its values). So a chunk costs one call into C whatever it holds.
 * What node's parser callbacks decide when a head ends (skip a HEAD response's body, take an
 * upgrade) JS says beforehand in `mode` (MODE_* below), and the head is decided here as node's
 * Parser::on_headers_complete would have it decided by its JS callback's answer.
 */

#include <dlfcn.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

typedef struct { int64_t u; int64_t tag; } JSValue;
typedef struct JSContext JSContext;
typedef struct JSRuntime JSRuntime;
typedef uint32_t JSClassID;
typedef void JSClassFinalizer(JSRuntime *rt, JSValue val);
typedef struct {
    const char *class_name;
    JSClassFinalizer *finalizer;
    void *gc_mark, *call, *exotic;
} JSClassDef;

enum { TAG_INT = 0, TAG_BOOL = 1, TAG_NULL = 2, TAG_UNDEFINED = 3, TAG_EXCEPTION = 6, TAG_FLOAT64 = 8 };

static JSValue (*NewArrayBufferCopy)(JSContext *, const uint8_t *, size_t);
static JSValue (*NewArray)(JSContext *);
static int (*SetPropertyUint32)(JSContext *, JSValue, uint32_t, JSValue);
static JSValue (*NewStringLen)(JSContext *, const char *, size_t);
static void (*FreeValue)(JSContext *, JSValue);
static uint8_t *(*GetUint8Array)(JSContext *, size_t *, JSValue);
static bool (*HasException)(JSContext *);
static JSValue (*ThrowTypeError)(JSContext *, const char *, ...);
static JSClassID (*NewClassID)(JSRuntime *, JSClassID *);
static int (*NewClass)(JSRuntime *, JSClassID, const JSClassDef *);
static JSValue (*NewObjectClass)(JSContext *, JSClassID);
static int (*SetOpaque)(JSValue, void *);
static void *(*GetOpaque)(JSValue, JSClassID);
static void *(*GetAnyOpaque)(JSValue, JSClassID *);
static JSRuntime *(*GetRuntime)(JSContext *);

/* llhttp 9.3.0's parser state and settings, as its llhttp.h declares them */
typedef struct llhttp_s llhttp_t;
struct llhttp_s {
    int32_t _index;
    void *_span_pos0;
    void *_span_cb0;
    int32_t error;
    const char *reason;
    const char *error_pos;
    void *data;
    void *_current;
    uint64_t content_length;
    uint8_t type;
    uint8_t method;
    uint8_t http_major;
    uint8_t http_minor;
    uint8_t header_state;
    uint16_t lenient_flags;
    uint8_t upgrade;
    uint8_t finish;
    uint16_t flags;
    uint16_t status_code;
    uint8_t initial_message_completed;
    void *settings;
};
typedef int (*llhttp_data_cb)(llhttp_t *, const char *at, size_t length);
typedef int (*llhttp_cb)(llhttp_t *);
typedef struct {
    llhttp_cb on_message_begin;
    llhttp_data_cb on_protocol, on_url, on_status, on_method, on_version, on_header_field,
        on_header_value, on_chunk_extension_name, on_chunk_extension_value;
    llhttp_cb on_headers_complete;
    llhttp_data_cb on_body;
    llhttp_cb on_message_complete, on_protocol_complete, on_url_complete, on_status_complete,
        on_method_complete, on_version_complete, on_header_field_complete, on_header_value_complete,
        on_chunk_extension_name_complete, on_chunk_extension_value_complete, on_chunk_header,
        on_chunk_complete, on_reset;
} llhttp_settings_t;

static void (*llhttp_init)(llhttp_t *, int type, const llhttp_settings_t *);
static void (*llhttp_settings_init)(llhttp_settings_t *);
static int (*llhttp_execute)(llhttp_t *, const char *, size_t);
static int (*llhttp_finish)(llhttp_t *);
static int (*llhttp_should_keep_alive)(const llhttp_t *);
static const char *(*llhttp_errno_name)(int);
static const char *(*llhttp_method_name_fn)(int);

enum { HPE_OK = 0, HPE_PAUSED = 21, HPE_PAUSED_UPGRADE = 22, HPE_PAUSED_H2_UPGRADE = 23, HPE_USER = 24 };
enum { HTTP_REQUEST = 1, HTTP_CONNECT = 5, F_SKIPBODY = 0x40 };

/* the events, as internal/http/http_parser.js reads them (each kind followed by its values) */
enum {
    EVENT_MESSAGE_BEGIN = 0,     /* (nothing) */
    EVENT_HEADERS = 1,           /* raw headers [name, value, ...], url: flushed before the end of
                                    the head (more than 32) or trailers */
    EVENT_HEADERS_COMPLETE = 2,  /* major, minor, raw headers or undefined (flushed), method, url,
                                    status code, status message, upgrade, should keep alive */
    EVENT_BODY = 3,              /* an ArrayBuffer with the bytes */
    EVENT_MESSAGE_COMPLETE = 4,  /* (nothing) */
};
enum { MODE_SKIP_BODY = 1, MODE_CONNECT = 2, MODE_UPGRADE = 4 };
enum { OP_NEW = 0, OP_INITIALIZE = 1, OP_EXECUTE = 2, OP_FINISH = 3 };

#define MAX_FIELDS 32                 /* node flushes the headers it holds at this count */
#define MAX_CHUNK_EXTENSIONS 16384    /* node's kMaxChunkExtensionsSize */

typedef struct { char *data; size_t size, capacity; } Bytes;

typedef struct {
    llhttp_t llhttp;
    bool initialized;
    Bytes head;                /* the names and values held, one after another */
    size_t *ends;              /* where each item (name, value, name, ...) ends in head */
    int items, items_capacity;
    Bytes url, status;
    bool field_open, flushed, in_head;
    size_t header_size, max_header_size, extensions_size;
    int mode;
    int overflow;              /* the callback error: 1 headers too large, 2 chunk extensions */
    bool failed;               /* out of memory, or the engine threw: stop */
    JSContext *ctx;            /* while executing: where the events go */
    JSValue events;
    uint32_t count;
} Parser;

static llhttp_settings_t settings;

static JSValue value(int64_t tag, int64_t u) {
    JSValue v = { u, tag };
    return v;
}

static bool grow(Bytes *b, size_t more) {
    if (b->size + more <= b->capacity) return true;
    size_t capacity = b->capacity ? b->capacity * 2 : 256;
    while (capacity < b->size + more) capacity *= 2;
    char *data = realloc(b->data, capacity);
    if (data == NULL) return false;
    b->data = data;
    b->capacity = capacity;
    return true;
}

static bool append(Bytes *b, const char *at, size_t length) {
    if (!grow(b, length)) return false;
    memcpy(b->data + b->size, at, length);
    b->size += length;
    return true;
}

/* A JS string of latin1 bytes (node decodes a head as latin1); the engine takes UTF-8. */
static JSValue latin1(Parser *p, const char *at, size_t length) {
    size_t high = 0;
    for (size_t i = 0; i < length; i++) high += (unsigned char)at[i] >> 7;
    if (high == 0) return NewStringLen(p->ctx, at, length);
    char *utf8 = malloc(length + high);
    if (utf8 == NULL) return value(TAG_EXCEPTION, 0);
    size_t n = 0;
    for (size_t i = 0; i < length; i++) {
        unsigned char c = (unsigned char)at[i];
        if (c < 0x80) {
            utf8[n++] = (char)c;
        } else {
            utf8[n++] = (char)(0xC0 | (c >> 6));
            utf8[n++] = (char)(0x80 | (c & 0x3F));
        }
    }
    JSValue s = NewStringLen(p->ctx, utf8, n);
    free(utf8);
    return s;
}

/* Append one event value (taken). False once anything failed. */
static bool push(Parser *p, JSValue v) {
    if (p->failed) {
        FreeValue(p->ctx, v);
        return false;
    }
    if (v.tag == TAG_EXCEPTION || SetPropertyUint32(p->ctx, p->events, p->count++, v) < 0) {
        p->failed = true;
        return false;
    }
    return true;
}

static JSValue integer(int32_t i) { return value(TAG_INT, (uint32_t)i); }
static JSValue boolean(bool b) { return value(TAG_BOOL, b); }

/* Count head bytes against maxHeaderSize as node does (url, status, names and values). */
static int track(Parser *p, size_t length) {
    if (p->in_head) {
        p->header_size += length;
        if (p->header_size >= p->max_header_size) {
            p->overflow = 1;
            return HPE_USER;
        }
    }
    return 0;
}

/* The raw headers held as a JS array [name, value, ...], values without trailing spaces and tabs
 * (node's ToTrimmedString); the parser then holds none. */
static JSValue raw_headers(Parser *p) {
    JSValue array = NewArray(p->ctx);
    if (array.tag == TAG_EXCEPTION) return array;
    size_t start = 0;
    for (int i = 0; i < p->items; i++) {
        size_t end = p->ends[i];
        size_t length = end - start;
        if (i % 2 == 1)
            while (length > 0 && (p->head.data[start + length - 1] == ' ' || p->head.data[start + length - 1] == '\t'))
                length--;
        JSValue s = latin1(p, p->head.data + start, length);
        if (s.tag == TAG_EXCEPTION || SetPropertyUint32(p->ctx, array, (uint32_t)i, s) < 0) {
            FreeValue(p->ctx, array);
            return value(TAG_EXCEPTION, 0);
        }
        start = end;
    }
    p->items = 0;
    p->head.size = 0;
    return array;
}

/* Hand the headers held so far to JS before the head ends (node's Flush). */
static void flush(Parser *p) {
    push(p, integer(EVENT_HEADERS));
    push(p, raw_headers(p));
    push(p, latin1(p, p->url.data, p->url.size));
    p->url.size = 0;
    p->flushed = true;
}

static Parser *of(llhttp_t *llhttp) { return (Parser *)llhttp; }

static int on_message_begin(llhttp_t *llhttp) {
    Parser *p = of(llhttp);
    p->items = 0;
    p->head.size = 0;
    p->field_open = false;
    p->url.size = p->status.size = 0;
    p->header_size = 0;
    p->flushed = false;
    p->in_head = true;
    push(p, integer(EVENT_MESSAGE_BEGIN));
    return 0;
}

static int on_url(llhttp_t *llhttp, const char *at, size_t length) {
    Parser *p = of(llhttp);
    if (!append(&p->url, at, length)) return HPE_USER;
    return track(p, length);
}

static int on_status(llhttp_t *llhttp, const char *at, size_t length) {
    Parser *p = of(llhttp);
    if (!append(&p->status, at, length)) return HPE_USER;
    return track(p, length);
}

static bool add_item(Parser *p) {
    if (p->items == p->items_capacity) {
        int capacity = p->items_capacity ? p->items_capacity * 2 : 2 * MAX_FIELDS;
        size_t *ends = realloc(p->ends, capacity * sizeof *ends);
        if (ends == NULL) return false;
        p->ends = ends;
        p->items_capacity = capacity;
    }
    p->ends[p->items++] = p->head.size;
    return true;
}

static int on_header_field(llhttp_t *llhttp, const char *at, size_t length) {
    Parser *p = of(llhttp);
    if (p->field_open) {                  /* the same name, split across chunks (its value is empty
                                             still, so the name ends the bytes held) */
        if (!append(&p->head, at, length)) return HPE_USER;
        p->ends[p->items - 2] += length;
        p->ends[p->items - 1] += length;
    } else {
        if (p->items == 2 * (MAX_FIELDS - 1)) flush(p);   /* node keeps 31 pairs and the new name */
        if (!append(&p->head, at, length) || !add_item(p) || !add_item(p)) return HPE_USER;
        p->field_open = true;
    }
    return track(p, length);
}

static int on_header_value(llhttp_t *llhttp, const char *at, size_t length) {
    Parser *p = of(llhttp);
    p->field_open = false;
    if (!append(&p->head, at, length)) return HPE_USER;
    p->ends[p->items - 1] += length;
    return track(p, length);
}

static int on_headers_complete(llhttp_t *llhttp) {
    Parser *p = of(llhttp);
    p->in_head = false;
    p->header_size = 0;
    int status_code = llhttp->status_code;
    bool upgrade = llhttp->upgrade != 0;
    bool request = llhttp->type == HTTP_REQUEST;
    if (request) {
        if (upgrade && llhttp->method != HTTP_CONNECT && !(p->mode & MODE_UPGRADE))
            llhttp->upgrade = 0;        /* no one takes the upgrade: an ordinary request (JS still
                                           hears that it asked, as node's callback does) */
        else if (upgrade)
            llhttp->flags |= F_SKIPBODY;   /* what node's callback returning 2 makes llhttp do */
    } else {
        if ((p->mode & MODE_CONNECT) && status_code >= 200 && status_code < 300) {
            upgrade = true;
            llhttp->upgrade = 1;
            llhttp->flags |= F_SKIPBODY;
        } else if (upgrade) {
            llhttp->flags |= F_SKIPBODY;
        } else if ((status_code >= 100 && status_code < 200) || (p->mode & MODE_SKIP_BODY)) {
            llhttp->flags |= F_SKIPBODY;   /* node's callback returning 1 */
        }
    }
    JSValue headers = value(TAG_UNDEFINED, 0), url = value(TAG_UNDEFINED, 0);
    if (p->flushed) {
        flush(p);
    } else {
        headers = raw_headers(p);
        if (request) url = latin1(p, p->url.data, p->url.size);
    }
    push(p, integer(EVENT_HEADERS_COMPLETE));
    push(p, integer(llhttp->http_major));
    push(p, integer(llhttp->http_minor));
    push(p, headers);
    /* node passes no status to a request, no method or url to a response */
    push(p, request ? integer(llhttp->method) : value(TAG_UNDEFINED, 0));
    push(p, url);
    push(p, request ? value(TAG_UNDEFINED, 0) : integer(status_code));
    push(p, request ? value(TAG_UNDEFINED, 0) : latin1(p, p->status.data, p->status.size));
    push(p, boolean(upgrade));
    push(p, boolean(llhttp_should_keep_alive(llhttp) != 0));
    return 0;
}

static int track_extension(Parser *p, size_t length) {
    p->extensions_size += length;
    if (p->extensions_size > MAX_CHUNK_EXTENSIONS) {
        p->overflow = 2;
        return HPE_USER;
    }
    return 0;
}

static int on_chunk_extension(llhttp_t *llhttp, const char *at, size_t length) {
    (void)at;
    return track_extension(of(llhttp), length);
}

static int on_chunk_header(llhttp_t *llhttp) {
    of(llhttp)->extensions_size = 0;
    return 0;
}

static int on_body(llhttp_t *llhttp, const char *at, size_t length) {
    Parser *p = of(llhttp);
    push(p, integer(EVENT_BODY));
    push(p, NewArrayBufferCopy(p->ctx, (const uint8_t *)at, length));
    return 0;
}

static int on_message_complete(llhttp_t *llhttp) {
    Parser *p = of(llhttp);
    if (p->items > 0) flush(p);           /* trailers */
    push(p, integer(EVENT_MESSAGE_COMPLETE));
    return 0;
}

static JSClassID class_id_of(JSValue *data) { return (JSClassID)(uint32_t)data[0].u; }

static void finalize(JSRuntime *rt, JSValue object) {
    (void)rt;
    JSClassID class_id;
    Parser *p = GetAnyOpaque(object, &class_id);
    if (p == NULL) return;
    free(p->head.data);
    free(p->url.data);
    free(p->status.data);
    free(p->ends);
    free(p);
}

static JSValue error_result(Parser *p, const char *code, const char *reason, int64_t parsed) {
    JSValue result = NewArray(p->ctx);
    if (result.tag == TAG_EXCEPTION) return result;
    SetPropertyUint32(p->ctx, result, 0, NewStringLen(p->ctx, code, strlen(code)));
    SetPropertyUint32(p->ctx, result, 1, NewStringLen(p->ctx, reason, strlen(reason)));
    SetPropertyUint32(p->ctx, result, 2, value(TAG_INT, (uint32_t)(int32_t)parsed));
    return result;
}

/* The answer of EXECUTE / FINISH: the events with the result first. */
static JSValue answer(Parser *p, int error, const char *start, int64_t taken) {
    JSValue result;
    if (p->overflow == 1) {
        result = error_result(p, "HPE_HEADER_OVERFLOW", "Header overflow", p->llhttp.error_pos - start);
    } else if (p->overflow == 2) {
        result = error_result(p, "HPE_CHUNK_EXTENSIONS_OVERFLOW", "Chunk extensions overflow",
                              p->llhttp.error_pos - start);
    } else if (error == HPE_OK) {
        result = value(TAG_INT, (uint32_t)(int32_t)taken);
    } else if (error == HPE_PAUSED || error == HPE_PAUSED_UPGRADE || error == HPE_PAUSED_H2_UPGRADE) {
        result = value(TAG_INT, (uint32_t)(int32_t)(p->llhttp.error_pos - start));
    } else {
        const char *reason = p->llhttp.reason ? p->llhttp.reason : "";
        result = error_result(p, llhttp_errno_name(error), reason, start ? p->llhttp.error_pos - start : 0);
    }
    JSValue events = p->events;
    p->events = value(TAG_UNDEFINED, 0);
    if (result.tag == TAG_EXCEPTION || SetPropertyUint32(p->ctx, events, 0, result) < 0 || p->failed) {
        FreeValue(p->ctx, events);
        return value(TAG_EXCEPTION, 0);
    }
    return events;
}

static bool begin(Parser *p, JSContext *ctx) {
    p->ctx = ctx;
    p->events = NewArray(ctx);
    p->count = 1;                         /* [0]: the result, set last */
    p->overflow = 0;
    p->failed = p->events.tag == TAG_EXCEPTION;
    return !p->failed;
}

static double number(JSValue v) {
    if (v.tag == TAG_INT) return (int32_t)v.u;
    if (v.tag == TAG_FLOAT64) {
        double d;
        memcpy(&d, &v.u, sizeof d);
        return d;
    }
    return 0;
}

/* JS: the parser's operations (see the top of this file), the class id in data[0]. */
JSValue llhttp_js_call(JSContext *ctx, JSValue this_val, int argc, JSValue *argv, int magic, JSValue *data) {
    (void)this_val;
    JSClassID class_id = class_id_of(data);
    if (magic == OP_NEW) {
        Parser *p = calloc(1, sizeof(Parser));
        if (p == NULL) return ThrowTypeError(ctx, "out of memory");
        JSValue object = NewObjectClass(ctx, class_id);
        if (object.tag == TAG_EXCEPTION) {
            free(p);
            return object;
        }
        SetOpaque(object, p);
        return object;
    }
    Parser *p = argc > 0 ? GetOpaque(argv[0], class_id) : NULL;
    if (p == NULL) return ThrowTypeError(ctx, "not an HTTP parser");
    if (magic == OP_INITIALIZE) {
        llhttp_init(&p->llhttp, argc > 1 ? (int)number(argv[1]) : HTTP_REQUEST, &settings);
        p->llhttp.lenient_flags = argc > 3 ? (uint16_t)number(argv[3]) : 0;
        p->max_header_size = argc > 2 ? (size_t)number(argv[2]) : 0;
        p->items = 0;
        p->head.size = p->url.size = p->status.size = 0;
        p->field_open = p->flushed = p->in_head = false;
        p->header_size = p->extensions_size = 0;
        p->mode = 0;
        p->initialized = true;
        return value(TAG_UNDEFINED, 0);
    }
    if (!p->initialized) return ThrowTypeError(ctx, "HTTP parser not initialized");
    if (magic == OP_EXECUTE) {
        size_t size = 0;
        const uint8_t *bytes = argc > 1 ? GetUint8Array(ctx, &size, argv[1]) : NULL;
        if (bytes == NULL) {
            if (HasException(ctx)) return value(TAG_EXCEPTION, 0);
            size = 0;
            bytes = (const uint8_t *)"";
        }
        p->mode = argc > 2 ? (int)number(argv[2]) : 0;
        if (!begin(p, ctx)) return value(TAG_EXCEPTION, 0);
        int error = llhttp_execute(&p->llhttp, (const char *)bytes, size);
        return answer(p, error, (const char *)bytes, (int64_t)size);
    }
    /* OP_FINISH */
    if (!begin(p, ctx)) return value(TAG_EXCEPTION, 0);
    int error = llhttp_finish(&p->llhttp);
    return answer(p, error, NULL, 0);
}

/* Find the engine's functions in its shared object (loaded already) and llhttp's in the llhttp
 * package's; 0 when all were found. */
int llhttp_js_init(const char *engine_path, const char *llhttp_path) {
    void *engine = dlopen(engine_path, RTLD_NOW | RTLD_NOLOAD);
    void *parser = dlopen(llhttp_path, RTLD_NOW);
    if (engine == NULL || parser == NULL) return -1;
    NewArrayBufferCopy = dlsym(engine, "JS_NewArrayBufferCopy");
    NewArray = dlsym(engine, "JS_NewArray");
    SetPropertyUint32 = dlsym(engine, "JS_SetPropertyUint32");
    NewStringLen = dlsym(engine, "JS_NewStringLen");
    FreeValue = dlsym(engine, "JS_FreeValue");
    GetUint8Array = dlsym(engine, "JS_GetUint8Array");
    HasException = dlsym(engine, "JS_HasException");
    ThrowTypeError = dlsym(engine, "JS_ThrowTypeError");
    NewClassID = dlsym(engine, "JS_NewClassID");
    NewClass = dlsym(engine, "JS_NewClass");
    NewObjectClass = dlsym(engine, "JS_NewObjectClass");
    SetOpaque = dlsym(engine, "JS_SetOpaque");
    GetOpaque = dlsym(engine, "JS_GetOpaque");
    GetAnyOpaque = dlsym(engine, "JS_GetAnyOpaque");
    GetRuntime = dlsym(engine, "JS_GetRuntime");
    llhttp_init = dlsym(parser, "llhttp_init");
    llhttp_settings_init = dlsym(parser, "llhttp_settings_init");
    llhttp_execute = dlsym(parser, "llhttp_execute");
    llhttp_finish = dlsym(parser, "llhttp_finish");
    llhttp_should_keep_alive = dlsym(parser, "llhttp_should_keep_alive");
    llhttp_errno_name = dlsym(parser, "llhttp_errno_name");
    llhttp_method_name_fn = dlsym(parser, "llhttp_method_name");
    if (!(NewArrayBufferCopy && NewArray && SetPropertyUint32 && NewStringLen && FreeValue && GetUint8Array &&
          HasException && ThrowTypeError && NewClassID && NewClass && NewObjectClass && SetOpaque && GetOpaque && GetAnyOpaque &&
          GetRuntime && llhttp_init && llhttp_settings_init && llhttp_execute && llhttp_finish &&
          llhttp_should_keep_alive && llhttp_errno_name && llhttp_method_name_fn))
        return -2;
    llhttp_settings_init(&settings);
    settings.on_message_begin = on_message_begin;
    settings.on_url = on_url;
    settings.on_status = on_status;
    settings.on_header_field = on_header_field;
    settings.on_header_value = on_header_value;
    settings.on_headers_complete = on_headers_complete;
    settings.on_chunk_extension_name = on_chunk_extension;
    settings.on_chunk_extension_value = on_chunk_extension;
    settings.on_chunk_header = on_chunk_header;
    settings.on_body = on_body;
    settings.on_message_complete = on_message_complete;
    return 0;
}

/* The parser class in runtime `rt` (once per runtime): its id there, 0 when it could not be
 * registered. The functions of that runtime carry it (their data[0]). */
uint32_t llhttp_js_register(JSRuntime *rt) {
    JSClassID id = 0;
    NewClassID(rt, &id);
    static const JSClassDef def = { "HTTPParser", finalize, NULL, NULL, NULL };
    return NewClass(rt, id, &def) < 0 ? 0 : id;
}

/* llhttp's name of method number `n` ("GET", ...), NULL past the last. */
const char *llhttp_js_method_name(int n) { return llhttp_method_name_fn(n); }
