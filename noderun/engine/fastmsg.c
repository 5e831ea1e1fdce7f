/* The hot path of worker messages, in C: the common message that JS posts is checked and copied
 * here without a Python call, and a burst of them is written in one call (see fastmsg.py, which
 * loads this file, built as engine/fastio.c is).
 *
 *   fastmsg_post      a JS function (a C function of the engine's): checks that the engine's
 *                     writer takes a value as structured clone would (plain objects and dense
 *                     arrays of plain data, dates, buffers, views, maps and sets of such). A tree
 *                     of plain objects, arrays and primitives is copied (sharing and cycles kept)
 *                     into its port's outbox, a JS array that the host writes whole when it sends
 *                     the batch: the engine's writer costs as much per call as per value (its atom
 *                     table), so a burst must be written in one call, and the copy keeps what the
 *                     value was when it was posted. Returns how many messages the outbox holds;
 *                     -1 for a value the writer takes as it is but that holds objects not copied
 *                     here (the host writes it at once); 0 when it needs node's full algorithm
 *                     (JS's serdes.js).
 *   fastmsg_take      the outbox of a port written for the host to send (one message or an array).
 *   fastmsg_deliver_one  a lone message read and handed to JS's deliverMessages in one call.
 *   fastmsg_drain_pending  a JS function: whether nextTicks, a rejection to warn about (the
 *                     thread's tick info) or promise jobs (JS_IsJobPending) wait, so that JS
 *                     calls the host's drain between two messages only when there is something
 *                     to drain.
 *   fastmsg_move_out / fastmsg_move_in  a transferred ArrayBuffer's memory block, moved from one
 *                     runtime to another (see "transferred ArrayBuffers" below).
 *   fastmsg_send / fastmsg_send_buffer  a lone message, or a transferred ArrayBuffer sent as the
 *                     message itself, put in the receiving end's lane (see "lanes" below); the
 *                     lone message written in a format of this file's (see "plain copies").
 *
 * A JSValue never leaves its thread: a thread's sender lives in a thread-local variable and
 * names its own context.
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
typedef uint32_t JSAtom;
typedef struct { bool is_enumerable; JSAtom atom; } JSPropertyEnum;
typedef struct { int flags; JSValue value, getter, setter; } JSPropertyDescriptor;
typedef struct { uint8_t **tab; size_t len; } SabTab;   /* JSSABTab */

enum {
    TAG_BIG_INT = -9, TAG_SYMBOL = -8, TAG_STRING = -7, TAG_STRING_ROPE = -6, TAG_OBJECT = -1,
    TAG_INT = 0, TAG_BOOL = 1, TAG_NULL = 2, TAG_UNDEFINED = 3, TAG_EXCEPTION = 6,
    TAG_SHORT_BIG_INT = 7, TAG_FLOAT64 = 8,
};
enum { GPN_STRING = 1 << 0, GPN_SYMBOL = 1 << 1, GPN_ENUM_ONLY = 1 << 4 };
enum { PROP_C_W_E = 7, PROP_GETSET = 1 << 4 };
enum { WRITE_SAB = 1 << 2, WRITE_REFERENCE = 1 << 3, READ_SAB = 1 << 2, READ_REFERENCE = 1 << 3 };
enum { MAX_DEPTH = 64, MAX_VISITS = 1 << 20 };

static JSRuntime *(*GetRuntime)(JSContext *);
static bool (*IsJobPending)(JSRuntime *);
static void (*FreeValue)(JSContext *, JSValue);
static JSValue (*DupValue)(JSContext *, JSValue);
static JSValue (*GetException)(JSContext *);
static uint32_t (*GetClassID)(JSValue);
static JSValue (*GetPrototype)(JSContext *, JSValue);
static int (*GetOwnPropertyNames)(JSContext *, JSPropertyEnum **, uint32_t *, JSValue, int);
static void (*FreePropertyEnum)(JSContext *, JSPropertyEnum *, uint32_t);
static int (*GetOwnProperty)(JSContext *, JSPropertyDescriptor *, JSValue, JSAtom);
static JSAtom (*NewAtomUInt32)(JSContext *, uint32_t);
static void (*FreeAtom)(JSContext *, JSAtom);
static JSValue (*AtomToValue)(JSContext *, JSAtom);
static bool (*IsDate)(JSValue);
static bool (*IsMap)(JSValue);
static bool (*IsSet)(JSValue);
static bool (*IsArrayBuffer)(JSValue);
static int (*GetTypedArrayType)(JSValue);
static JSValue (*Call)(JSContext *, JSValue, JSValue, int, JSValue *);
static JSValue (*GetPropertyUint32)(JSContext *, JSValue, uint32_t);
static int (*GetLength)(JSContext *, JSValue, int64_t *);
static JSValue (*NewArray)(JSContext *);
static JSValue (*NewObject)(JSContext *);
static int (*DefinePropertyValue)(JSContext *, JSValue, JSAtom, JSValue, int);
static int (*DefinePropertyValueUint32)(JSContext *, JSValue, uint32_t, JSValue, int);
static uint8_t *(*WriteObject2)(JSContext *, size_t *, JSValue, int, SabTab *);
static JSValue (*ReadObject)(JSContext *, const uint8_t *, size_t, int);
static void (*JsFree)(JSContext *, void *);
static uint8_t *(*GetArrayBuffer)(JSContext *, size_t *, JSValue);
static void (*DetachArrayBuffer)(JSContext *, JSValue);
static JSValue (*ThrowOutOfMemory)(JSContext *);
static JSValue (*ThrowTypeError)(JSContext *, const char *, ...);
static JSValue (*GetProperty)(JSContext *, JSValue, JSAtom);
static const char *(*ToCStringLen2)(JSContext *, size_t *, JSValue, bool);
static void (*FreeCString)(JSContext *, const char *);
static bool (*HasException)(JSContext *);
static JSAtom (*NewAtomLen)(JSContext *, const char *, size_t);
static JSValue (*NewStringLen)(JSContext *, const char *, size_t);
static JSValue (*NewArrayBuffer)(JSContext *, uint8_t *, size_t, size_t,
                                 void *(*)(JSRuntime *, void *, void *, size_t), void *, bool);

static JSValue value(int64_t tag, int64_t u) {
    JSValue v = { u, tag };
    return v;
}

#define FIND(name, symbol) ok &= (*(void **)&name = dlsym(engine, symbol)) != NULL

/* Find the engine's functions in its shared object (loaded already: RTLD_NOLOAD). 0 when all
 * were found. */
int fastmsg_init(const char *engine_path) {
    void *engine = dlopen(engine_path, RTLD_NOW | RTLD_NOLOAD);
    if (engine == NULL) return -1;
    bool ok = true;
    FIND(GetRuntime, "JS_GetRuntime");
    FIND(IsJobPending, "JS_IsJobPending");
    FIND(FreeValue, "JS_FreeValue");
    FIND(DupValue, "JS_DupValue");
    FIND(GetException, "JS_GetException");
    FIND(GetClassID, "JS_GetClassID");
    FIND(GetPrototype, "JS_GetPrototype");
    FIND(GetOwnPropertyNames, "JS_GetOwnPropertyNames");
    FIND(FreePropertyEnum, "JS_FreePropertyEnum");
    FIND(GetOwnProperty, "JS_GetOwnProperty");
    FIND(NewAtomUInt32, "JS_NewAtomUInt32");
    FIND(FreeAtom, "JS_FreeAtom");
    FIND(AtomToValue, "JS_AtomToValue");
    FIND(IsDate, "JS_IsDate");
    FIND(IsMap, "JS_IsMap");
    FIND(IsSet, "JS_IsSet");
    FIND(IsArrayBuffer, "JS_IsArrayBuffer");
    FIND(GetTypedArrayType, "JS_GetTypedArrayType");
    FIND(Call, "JS_Call");
    FIND(GetPropertyUint32, "JS_GetPropertyUint32");
    FIND(GetLength, "JS_GetLength");
    FIND(NewArray, "JS_NewArray");
    FIND(NewObject, "JS_NewObject");
    FIND(DefinePropertyValue, "JS_DefinePropertyValue");
    FIND(DefinePropertyValueUint32, "JS_DefinePropertyValueUint32");
    FIND(WriteObject2, "JS_WriteObject2");
    FIND(ReadObject, "JS_ReadObject");
    FIND(JsFree, "js_free");
    FIND(GetArrayBuffer, "JS_GetArrayBuffer");
    FIND(DetachArrayBuffer, "JS_DetachArrayBuffer");
    FIND(NewArrayBuffer, "JS_NewArrayBuffer");
    FIND(ThrowOutOfMemory, "JS_ThrowOutOfMemory");
    FIND(ThrowTypeError, "JS_ThrowTypeError");
    FIND(GetProperty, "JS_GetProperty");
    FIND(ToCStringLen2, "JS_ToCStringLen2");
    FIND(FreeCString, "JS_FreeCString");
    FIND(HasException, "JS_HasException");
    FIND(NewAtomLen, "JS_NewAtomLen");
    FIND(NewStringLen, "JS_NewStringLen");
    return ok ? 0 : -2;
}

/* -- the sending side ------------------------------------------------------------------------ */

typedef struct {
    JSValue items;      /* the JS array of copies, or undefined */
    uint32_t count;
} Outbox;

/* The objects met in one post: object -> its copy (undefined when not copying), so that a shared
 * object is checked once and copied once, and a cycle is a cycle in the copy. */
typedef struct {
    int64_t *keys;
    JSValue *copies;
    uint32_t *marks;
    uint32_t capacity, used, mark;
} Memo;

typedef struct {
    JSContext *ctx;
    JSValue object_proto, array_proto;   /* Object.prototype, Array.prototype */
    JSValue items_of;   /* JS: (map or set, is a map) -> a new array of its items (a Map's as [k, v, k, v...]) */
    uint32_t class_object, class_array;   /* the engine's class ids of {} and [] */
    Outbox *outboxes;   /* indexed by port id */
    uint32_t n_outboxes;
    long visits;        /* left in the walk under way */
    bool whole;         /* the walk met an object that is not copied (a date, a buffer, a map) */
    uint8_t *stashed;   /* a lone message fastmsg_send wrote but its lane declined: fastmsg_take's next */
    size_t stashed_size;
    uint32_t stashed_id;
    Memo memo;
} Sender;

static __thread Sender *sender;   /* this thread's (one JS context per thread) */

/* This thread's sender: protos and items_of are borrowed (duplicated here); class ids from a
 * plain object and an array made by the caller. */
Sender *fastmsg_sender_new(JSContext *ctx, const JSValue *object_proto, const JSValue *array_proto,
                           const JSValue *items_of, const JSValue *plain_object, const JSValue *plain_array) {
    Sender *s = calloc(1, sizeof *s);
    if (s == NULL) return NULL;
    s->ctx = ctx;
    s->object_proto = DupValue(ctx, *object_proto);
    s->array_proto = DupValue(ctx, *array_proto);
    s->items_of = DupValue(ctx, *items_of);
    s->class_object = GetClassID(*plain_object);
    s->class_array = GetClassID(*plain_array);
    sender = s;
    return s;
}

void fastmsg_sender_free(Sender *s) {
    FreeValue(s->ctx, s->object_proto);
    FreeValue(s->ctx, s->array_proto);
    FreeValue(s->ctx, s->items_of);
    for (uint32_t i = 0; i < s->n_outboxes; i++) FreeValue(s->ctx, s->outboxes[i].items);
    if (s->stashed != NULL) JsFree(s->ctx, s->stashed);
    free(s->outboxes);
    free(s->memo.keys);
    free(s->memo.copies);
    free(s->memo.marks);
    if (sender == s) sender = NULL;
    free(s);
}

static uint32_t memo_slot(Memo *m, int64_t key) {
    uint64_t h = (uint64_t)key * 0x9E3779B97F4A7C15ull;
    uint32_t i = (uint32_t)(h >> 40) & (m->capacity - 1);
    while (m->marks[i] == m->mark && m->keys[i] != key) i = (i + 1) & (m->capacity - 1);
    return i;
}

/* The copy recorded for object `key` in this post (*found false when it was not met yet). */
static JSValue memo_get(Memo *m, int64_t key, bool *found) {
    *found = false;
    if (m->capacity == 0) return value(TAG_UNDEFINED, 0);
    uint32_t i = memo_slot(m, key);
    *found = m->marks[i] == m->mark;
    return *found ? m->copies[i] : value(TAG_UNDEFINED, 0);
}

static bool memo_put(Memo *m, int64_t key, JSValue copy) {
    if ((m->used + 1) * 2 > m->capacity) {
        Memo old = *m;
        uint32_t capacity = old.capacity ? old.capacity * 2 : 64;
        m->keys = malloc(capacity * sizeof *m->keys);
        m->copies = malloc(capacity * sizeof *m->copies);
        m->marks = calloc(capacity, sizeof *m->marks);
        if (m->keys == NULL || m->copies == NULL || m->marks == NULL) {
            free(m->keys), free(m->copies), free(m->marks);
            *m = old;
            return false;
        }
        m->capacity = capacity;
        m->mark = 1;
        m->used = 0;
        for (uint32_t i = 0; i < old.capacity; i++) {
            if (old.marks[i] == old.mark) {
                uint32_t j = memo_slot(m, old.keys[i]);
                m->keys[j] = old.keys[i], m->copies[j] = old.copies[i], m->marks[j] = m->mark;
                m->used++;
            }
        }
        free(old.keys), free(old.copies), free(old.marks);
    }
    uint32_t i = memo_slot(m, key);
    m->keys[i] = key, m->copies[i] = copy, m->marks[i] = m->mark;
    m->used++;
    return true;
}

static void memo_clear(Memo *m) {
    m->used = 0;
    if (++m->mark == 0) {   /* (wrapped: marks from 2^32 posts ago would match) */
        if (m->marks != NULL) memset(m->marks, 0, m->capacity * sizeof *m->marks);
        m->mark = 1;
    }
}

static bool plain(Sender *s, JSValue v, int depth, JSValue *copy);

/* An own data property's value, through `*item` (owned): false for an accessor. */
static bool own_value(Sender *s, JSValue object, JSAtom atom, JSValue *item) {
    JSPropertyDescriptor desc;
    int found = GetOwnProperty(s->ctx, &desc, object, atom);
    if (found <= 0) {   /* (-1: an exception, from an exotic object only) */
        if (found < 0) FreeValue(s->ctx, GetException(s->ctx));
        return false;
    }
    FreeValue(s->ctx, desc.getter);
    FreeValue(s->ctx, desc.setter);
    if (desc.flags & PROP_GETSET) {
        FreeValue(s->ctx, desc.value);
        return false;
    }
    *item = desc.value;
    return true;
}

/* A plain object (prototype Object.prototype or null) of string-keyed data properties, or a
 * dense array (prototype Array.prototype, every index an own data property, no other enumerable
 * key), whose values are plain; copied into *copy (already made, empty) when copy is not NULL. */
static bool plain_properties(Sender *s, JSValue v, bool array, int depth, JSValue *copy) {
    JSValue proto = GetPrototype(s->ctx, v);
    bool ok = array ? proto.tag == TAG_OBJECT && proto.u == s->array_proto.u
                    : proto.tag == TAG_NULL || (proto.tag == TAG_OBJECT && proto.u == s->object_proto.u);
    FreeValue(s->ctx, proto);
    if (!ok) return false;
    JSPropertyEnum *keys;
    uint32_t count;
    if (GetOwnPropertyNames(s->ctx, &keys, &count, v, GPN_STRING | GPN_SYMBOL | GPN_ENUM_ONLY) < 0) {
        FreeValue(s->ctx, GetException(s->ctx));
        return false;
    }
    if (array) {
        int64_t length;
        ok = GetLength(s->ctx, v, &length) == 0 && length == (int64_t)count;
    }
    s->visits -= count;
    ok = ok && s->visits >= 0;
    for (uint32_t i = 0; ok && i < count; i++) {
        JSAtom atom = keys[i].atom;
        if (array) {   /* index atoms are tagged integers: nothing allocated */
            JSAtom index = NewAtomUInt32(s->ctx, i);
            ok = atom == index;
            FreeAtom(s->ctx, index);
            if (!ok) break;
        } else {   /* a symbol key, which the writer would write and structured clone skips */
            JSValue key = AtomToValue(s->ctx, atom);
            ok = key.tag != TAG_SYMBOL;
            FreeValue(s->ctx, key);
            if (!ok) break;
        }
        JSValue item;
        if (!own_value(s, v, atom, &item)) {
            ok = false;
            break;
        }
        JSValue item_copy = value(TAG_UNDEFINED, 0);
        ok = plain(s, item, depth + 1, copy != NULL && !s->whole ? &item_copy : NULL);
        FreeValue(s->ctx, item);
        if (ok && copy != NULL && !s->whole) {   /* (takes item_copy) */
            ok = DefinePropertyValue(s->ctx, *copy, atom, item_copy, PROP_C_W_E) >= 0;
            if (!ok) FreeValue(s->ctx, GetException(s->ctx));
        } else {
            FreeValue(s->ctx, item_copy);
        }
    }
    FreePropertyEnum(s->ctx, keys, count);
    return ok;
}

/* A Map's or Set's items (through the JS helper, as the full algorithm reads them). */
static bool plain_items(Sender *s, JSValue v, bool map, int depth) {
    JSValue args[2] = { v, value(TAG_BOOL, map) };
    JSValue items = Call(s->ctx, s->items_of, value(TAG_UNDEFINED, 0), 2, args);
    if (items.tag == TAG_EXCEPTION) {
        FreeValue(s->ctx, GetException(s->ctx));
        return false;
    }
    int64_t length;
    bool ok = GetLength(s->ctx, items, &length) == 0;
    s->visits -= length;
    ok = ok && s->visits >= 0;
    for (int64_t i = 0; ok && i < length; i++) {
        JSValue item = GetPropertyUint32(s->ctx, items, (uint32_t)i);
        ok = plain(s, item, depth + 1, NULL);
        FreeValue(s->ctx, item);
    }
    FreeValue(s->ctx, items);
    return ok;
}

/* Whether the engine's writer writes `v` as structured clone does; when `copy` is not NULL and
 * the walk meets nothing but plain objects, arrays and primitives, *copy is an owned copy of
 * it. A tree deeper than MAX_DEPTH is left to the full algorithm. */
static bool plain(Sender *s, JSValue v, int depth, JSValue *copy) {
    switch (v.tag) {
    case TAG_INT: case TAG_BOOL: case TAG_NULL: case TAG_UNDEFINED: case TAG_FLOAT64:
    case TAG_STRING: case TAG_STRING_ROPE: case TAG_SHORT_BIG_INT: case TAG_BIG_INT:
        if (copy != NULL) *copy = DupValue(s->ctx, v);
        return true;
    case TAG_OBJECT:
        break;
    default:   /* a symbol */
        return false;
    }
    if (depth >= MAX_DEPTH || --s->visits < 0) return false;
    bool found;
    JSValue met = memo_get(&s->memo, v.u, &found);
    if (found) {   /* shared, or a cycle: checked (or being checked) already */
        if (copy != NULL) *copy = DupValue(s->ctx, met);
        return true;
    }
    uint32_t class_id = GetClassID(v);
    bool array = class_id == s->class_array;
    if (class_id == s->class_object || array) {
        if (copy == NULL || s->whole) {
            return memo_put(&s->memo, v.u, value(TAG_UNDEFINED, 0)) && plain_properties(s, v, array, depth, NULL);
        }
        *copy = array ? NewArray(s->ctx) : NewObject(s->ctx);
        if (copy->tag == TAG_EXCEPTION) {
            FreeValue(s->ctx, GetException(s->ctx));
            return false;
        }
        bool ok = memo_put(&s->memo, v.u, *copy) && plain_properties(s, v, array, depth, copy);
        if (!ok || s->whole) {   /* (the copy is of no use once a whole object was met) */
            FreeValue(s->ctx, *copy);
            *copy = value(TAG_UNDEFINED, 0);
        }
        return ok;
    }
    bool ok;
    if (IsDate(v) || IsArrayBuffer(v) || GetTypedArrayType(v) >= 0) ok = true;   /* (held whole) */
    else if (IsMap(v)) ok = plain_items(s, v, true, depth);
    else if (IsSet(v)) ok = plain_items(s, v, false, depth);
    else return false;   /* errors, regexps, functions, proxies, DataViews, ...: the full algorithm */
    s->whole = true;
    return ok && memo_put(&s->memo, v.u, value(TAG_UNDEFINED, 0));
}

static Outbox *outbox(Sender *s, uint32_t id) {
    if (id >= s->n_outboxes) {
        uint32_t n = id < 16 ? 32 : id * 2;
        Outbox *grown = realloc(s->outboxes, n * sizeof *grown);
        if (grown == NULL) return NULL;
        for (uint32_t i = s->n_outboxes; i < n; i++) grown[i].items = value(TAG_UNDEFINED, 0), grown[i].count = 0;
        s->outboxes = grown;
        s->n_outboxes = n;
    }
    return &s->outboxes[id];
}

/* JS: post(id, value) -> how many messages port `id`'s outbox holds with this one; -1 when the
 * writer takes the value as it is but it was not copied (the host writes it now); 0 when it is
 * not for this path. */
JSValue fastmsg_post(JSContext *ctx, JSValue this_val, int argc, JSValue *argv, int magic, JSValue *data) {
    (void)this_val, (void)magic, (void)data;
    Sender *s = sender;
    if (s == NULL || s->ctx != ctx || argc < 2 || argv[0].tag != TAG_INT) return value(TAG_INT, 0);
    Outbox *box = outbox(s, (uint32_t)argv[0].u);
    if (box == NULL) return value(TAG_INT, 0);
    s->visits = MAX_VISITS;
    s->whole = false;
    JSValue copy = value(TAG_UNDEFINED, 0);
    bool ok = plain(s, argv[1], 0, &copy);
    memo_clear(&s->memo);
    if (!ok) return value(TAG_INT, 0);
    if (s->whole) return value(TAG_INT, -1);
    if (box->count == 0) {
        FreeValue(ctx, box->items);
        box->items = NewArray(ctx);
        if (box->items.tag == TAG_EXCEPTION) {
            FreeValue(ctx, GetException(ctx));
            box->items = value(TAG_UNDEFINED, 0);
            FreeValue(ctx, copy);
            return value(TAG_INT, -1);
        }
    }
    if (DefinePropertyValueUint32(ctx, box->items, box->count, copy, PROP_C_W_E) < 0) {
        FreeValue(ctx, GetException(ctx));
        return value(TAG_INT, -1);   /* (out of memory: the host's way says so) */
    }
    return value(TAG_INT, ++box->count);
}

/* Port `id`'s outbox written (object references on, as a lone message when it holds one, else
 * as the array of them): the writer's buffer (the caller frees it with fastmsg_free_written) and
 * the message count; NULL when it is empty or the writer failed (*count says which). */
uint8_t *fastmsg_take(Sender *s, uint32_t id, size_t *size, uint32_t *count) {
    if (s->stashed != NULL && s->stashed_id == id) {
        uint8_t *bytes = s->stashed;
        s->stashed = NULL;
        *size = s->stashed_size;
        *count = 1;
        return bytes;
    }
    *size = 0;
    *count = 0;
    if (id >= s->n_outboxes || s->outboxes[id].count == 0) return NULL;
    Outbox *box = &s->outboxes[id];
    JSValue items = box->items;
    *count = box->count;
    box->items = value(TAG_UNDEFINED, 0);
    box->count = 0;
    JSValue written = *count == 1 ? GetPropertyUint32(s->ctx, items, 0) : DupValue(s->ctx, items);
    SabTab sab = { NULL, 0 };
    uint8_t *bytes = WriteObject2(s->ctx, size, written, WRITE_SAB | WRITE_REFERENCE, &sab);
    if (bytes == NULL) FreeValue(s->ctx, GetException(s->ctx));
    if (sab.tab != NULL) JsFree(s->ctx, sab.tab);   /* (none: copies hold no SharedArrayBuffer) */
    FreeValue(s->ctx, written);
    FreeValue(s->ctx, items);
    return bytes;
}

void fastmsg_free_written(Sender *s, uint8_t *bytes) {
    JsFree(s->ctx, bytes);
}

/* -- plain copies: a lone message written for its lane without the engine's writer ------------
 *
 * The engine's writer (JS_WriteObject2) zeroes a table as long as the highest atom number it
 * writes, on every call (thousands of entries for a key like `i` in a runtime whose bootstrap
 * made thousands of atoms), and checksums its output, which the reader checks: about 8k of the 38k
 * instructions a ping-pong's message cost its side. A lone message of plain data, the copy
 * fastmsg_post made (plain objects and dense arrays of primitives, shared or cyclic), is written
 * here instead and read back by copy_read (its first byte COPY_MAGIC, never the writer's first,
 * its version); a copy holding what this format leaves out (a BigInt, a string with a lone
 * surrogate, which the engine's UTF-8 does not carry back) goes to the writer. */

enum { COPY_MAGIC = 0xC7 };
enum { C_UNDEFINED, C_NULL, C_FALSE, C_TRUE, C_INT, C_FLOAT, C_STRING, C_OBJECT, C_ARRAY, C_REF };

typedef struct {
    uint8_t *data;
    size_t size, capacity;
    bool failed;
    uint32_t objects;   /* met so far: a C_REF names one by its rank */
} Out;

static void out_bytes(Out *o, const void *p, size_t n) {
    if (o->failed) return;
    if (o->size + n > o->capacity) {
        size_t capacity = o->capacity ? o->capacity * 2 : 128;
        while (capacity < o->size + n) capacity *= 2;
        uint8_t *grown = realloc(o->data, capacity);
        if (grown == NULL) {
            o->failed = true;
            return;
        }
        o->data = grown, o->capacity = capacity;
    }
    memcpy(o->data + o->size, p, n);
    o->size += n;
}

static void out_byte(Out *o, uint8_t b) {
    out_bytes(o, &b, 1);
}

static void out_u32(Out *o, uint32_t v) {
    out_bytes(o, &v, sizeof v);
}

/* A string's UTF-8 as the engine writes it holds a lone surrogate as its own three bytes (ED A0-BF
 * xx), which the engine reads back as U+FFFD: such a string is not written here. */
static bool has_lone_surrogate(const uint8_t *p, size_t size) {
    for (size_t i = 0; i + 1 < size; i++)
        if (p[i] == 0xED && p[i + 1] >= 0xA0) return true;
    return false;
}

static bool copy_string(Sender *s, Out *o, JSValue v) {
    size_t size;
    const char *text = ToCStringLen2(s->ctx, &size, v, false);
    if (text == NULL) {
        FreeValue(s->ctx, GetException(s->ctx));
        return false;
    }
    bool ok = size <= UINT32_MAX && !has_lone_surrogate((const uint8_t *)text, size);
    if (ok) {
        out_u32(o, (uint32_t)size);
        out_bytes(o, text, size);
    }
    FreeCString(s->ctx, text);
    return ok;
}

static bool copy_write(Sender *s, Out *o, JSValue v);

static bool copy_properties(Sender *s, Out *o, JSValue v) {
    JSPropertyEnum *keys;
    uint32_t count;
    if (GetOwnPropertyNames(s->ctx, &keys, &count, v, GPN_STRING | GPN_ENUM_ONLY) < 0) {
        FreeValue(s->ctx, GetException(s->ctx));
        return false;
    }
    out_byte(o, C_OBJECT);
    out_u32(o, count);
    bool ok = true;
    for (uint32_t i = 0; ok && i < count; i++) {
        JSValue key = AtomToValue(s->ctx, keys[i].atom);
        ok = key.tag != TAG_EXCEPTION && copy_string(s, o, key);
        FreeValue(s->ctx, key);
        if (!ok) break;
        JSValue item = GetProperty(s->ctx, v, keys[i].atom);
        ok = item.tag != TAG_EXCEPTION && copy_write(s, o, item);
        FreeValue(s->ctx, item);
    }
    if (!ok && HasException(s->ctx)) FreeValue(s->ctx, GetException(s->ctx));
    FreePropertyEnum(s->ctx, keys, count);
    return ok;
}

static bool copy_items(Sender *s, Out *o, JSValue v) {
    int64_t length;
    if (GetLength(s->ctx, v, &length) < 0 || length > UINT32_MAX) {
        if (HasException(s->ctx)) FreeValue(s->ctx, GetException(s->ctx));
        return false;
    }
    out_byte(o, C_ARRAY);
    out_u32(o, (uint32_t)length);
    bool ok = true;
    for (int64_t i = 0; ok && i < length; i++) {
        JSValue item = GetPropertyUint32(s->ctx, v, (uint32_t)i);
        ok = item.tag != TAG_EXCEPTION && copy_write(s, o, item);
        FreeValue(s->ctx, item);
    }
    if (!ok && HasException(s->ctx)) FreeValue(s->ctx, GetException(s->ctx));
    return ok;
}

/* `v`, a value of the copy fastmsg_post made, written into `o`: false when it holds what this
 * format leaves to the writer. */
static bool copy_write(Sender *s, Out *o, JSValue v) {
    switch (v.tag) {
    case TAG_UNDEFINED: out_byte(o, C_UNDEFINED); return true;
    case TAG_NULL: out_byte(o, C_NULL); return true;
    case TAG_BOOL: out_byte(o, (int32_t)v.u ? C_TRUE : C_FALSE); return true;
    case TAG_INT: out_byte(o, C_INT); out_u32(o, (uint32_t)v.u); return true;
    case TAG_FLOAT64: out_byte(o, C_FLOAT); out_bytes(o, &v.u, sizeof v.u); return true;
    case TAG_STRING: case TAG_STRING_ROPE: out_byte(o, C_STRING); return copy_string(s, o, v);
    case TAG_OBJECT: break;
    default: return false;   /* a BigInt */
    }
    bool found;
    JSValue met = memo_get(&s->memo, v.u, &found);
    if (found) {   /* shared, or a cycle */
        out_byte(o, C_REF);
        out_u32(o, (uint32_t)met.u);
        return true;
    }
    if (!memo_put(&s->memo, v.u, value(TAG_INT, o->objects++))) return false;
    return GetClassID(v) == s->class_array ? copy_items(s, o, v) : copy_properties(s, o, v);
}

/* The copy `item` written (malloc'd, *size bytes; the caller frees it), or NULL when this format
 * leaves it to the writer (or out of memory). */
static uint8_t *copy_written(Sender *s, JSValue item, size_t *size) {
    Out o = { NULL, 0, 0, false, 0 };
    out_byte(&o, COPY_MAGIC);
    bool ok = copy_write(s, &o, item);
    memo_clear(&s->memo);
    if (!ok || o.failed) {
        free(o.data);
        return NULL;
    }
    *size = o.size;
    return o.data;
}

typedef struct {
    JSContext *ctx;
    const uint8_t *p, *end;
    JSValue *objects;   /* met so far, borrowed from the tree being built (C_REF) */
    uint32_t count, capacity;
} In;

static bool in_bytes(In *in, void *to, size_t n) {
    if ((size_t)(in->end - in->p) < n) return false;
    memcpy(to, in->p, n);
    in->p += n;
    return true;
}

static JSValue copy_read(In *in);

static bool copy_read_into(In *in, JSValue target, bool array, uint32_t count) {
    for (uint32_t i = 0; i < count; i++) {
        JSAtom atom = 0;
        if (!array) {
            uint32_t size;
            if (!in_bytes(in, &size, sizeof size) || (size_t)(in->end - in->p) < size) return false;
            atom = NewAtomLen(in->ctx, (const char *)in->p, size);
            in->p += size;
            if (atom == 0) return false;
        }
        JSValue item = copy_read(in);
        if (item.tag == TAG_EXCEPTION) {
            if (!array) FreeAtom(in->ctx, atom);
            return false;
        }
        int defined = array ? DefinePropertyValueUint32(in->ctx, target, i, item, PROP_C_W_E)
                            : DefinePropertyValue(in->ctx, target, atom, item, PROP_C_W_E);
        if (!array) FreeAtom(in->ctx, atom);
        if (defined < 0) return false;
    }
    return true;
}

/* The next value (owned), or the exception marker (the exception pending: out of memory, or
 * bytes this format never makes: a TypeError). */
static JSValue copy_read(In *in) {
    uint8_t kind;
    if (!in_bytes(in, &kind, 1)) goto bad;
    uint32_t u;
    switch (kind) {
    case C_UNDEFINED: return value(TAG_UNDEFINED, 0);
    case C_NULL: return value(TAG_NULL, 0);
    case C_FALSE: return value(TAG_BOOL, 0);
    case C_TRUE: return value(TAG_BOOL, 1);
    case C_INT:
        if (!in_bytes(in, &u, sizeof u)) goto bad;
        return value(TAG_INT, u);
    case C_FLOAT: {
        JSValue v = value(TAG_FLOAT64, 0);
        if (!in_bytes(in, &v.u, sizeof v.u)) goto bad;
        return v;
    }
    case C_STRING:
        if (!in_bytes(in, &u, sizeof u) || (size_t)(in->end - in->p) < u) goto bad;
        in->p += u;
        return NewStringLen(in->ctx, (const char *)in->p - u, u);
    case C_REF:
        if (!in_bytes(in, &u, sizeof u) || u >= in->count) goto bad;
        return DupValue(in->ctx, in->objects[u]);
    case C_OBJECT: case C_ARRAY: {
        if (!in_bytes(in, &u, sizeof u)) goto bad;
        JSValue target = kind == C_ARRAY ? NewArray(in->ctx) : NewObject(in->ctx);
        if (target.tag == TAG_EXCEPTION) return target;
        if (in->count == in->capacity) {
            uint32_t capacity = in->capacity ? in->capacity * 2 : 16;
            JSValue *grown = realloc(in->objects, capacity * sizeof *grown);
            if (grown == NULL) {
                FreeValue(in->ctx, target);
                return ThrowOutOfMemory(in->ctx);
            }
            in->objects = grown, in->capacity = capacity;
        }
        in->objects[in->count++] = target;
        if (!copy_read_into(in, target, kind == C_ARRAY, u)) {
            FreeValue(in->ctx, target);
            if (!HasException(in->ctx)) goto bad;
            return value(TAG_EXCEPTION, 0);
        }
        return target;
    }
    }
bad:
    return ThrowTypeError(in->ctx, "%s", "invalid message");
}

/* A copy_written message read in context `ctx`: the value (owned), or the exception marker. */
JSValue fastmsg_read_copy(JSContext *ctx, const uint8_t *data, size_t size) {
    In in = { ctx, data + 1, data + size, NULL, 0, 0 };
    JSValue v = copy_read(&in);
    free(in.objects);
    return v;
}

/* -- transferred ArrayBuffers: the memory block moves, it is not copied -------------------------
 *
 * Every runtime allocates through fastmsg_malloc_functions (libc's malloc, as the engine's own
 * default), so that one block can leave a runtime: the sender detaches the buffer while this
 * thread "captures" the free that the detach makes (its runtime's accounting is settled as for
 * any free, the memory stays), and the receiving runtime gets an ArrayBuffer over the same
 * memory whose realloc function (moved_realloc) frees it with libc's free when that runtime lets
 * it go (or captures it again when it moves on). The engine puts an 8-byte header before a
 * large block's data (JSMallocBlockHeader; blocks up to 512 bytes come from its arenas, and are
 * never moved); a block that is not what that says is copied instead, so a change of the engine
 * costs speed, never memory safety. */

enum { BLOCK_HEADER = 8, MOVE_AT_LEAST = 1024 };

static __thread bool capturing;     /* the next free of a block is taken instead (move_out) */
static __thread void *captured;
static long live_blocks;            /* moved out and not freed yet, in flight or in a runtime (tests) */

static void count_blocks(long change) {
    __atomic_add_fetch(&live_blocks, change, __ATOMIC_RELAXED);
}

/* How many moved blocks are alive (messages in flight, buffers of runtimes): for leak tests. */
long fastmsg_live_blocks(void) {
    return __atomic_load_n(&live_blocks, __ATOMIC_RELAXED);
}

static void *def_calloc(void *opaque, size_t count, size_t size) {
    (void)opaque;
    return calloc(count, size);
}

static void *def_malloc(void *opaque, size_t size) {
    (void)opaque;
    return malloc(size);
}

static void def_free(void *opaque, void *ptr) {
    (void)opaque;
    if (capturing) {
        capturing = false;
        captured = ptr;
        return;
    }
    free(ptr);
}

static void *def_realloc(void *opaque, void *ptr, size_t size) {
    (void)opaque;
    return realloc(ptr, size);
}

typedef struct {
    void *(*js_calloc)(void *, size_t, size_t);
    void *(*js_malloc)(void *, size_t);
    void (*js_free)(void *, void *);
    void *(*js_realloc)(void *, void *, size_t);
    size_t (*js_malloc_usable_size)(const void *);
} MallocFunctions;

extern size_t malloc_usable_size(void *);

static size_t def_usable_size(const void *ptr) {
    return malloc_usable_size((void *)ptr);
}

static const MallocFunctions malloc_functions = { def_calloc, def_malloc, def_free, def_realloc, def_usable_size };

/* For JS_NewRuntime2: the allocator every runtime uses (see above). */
const void *fastmsg_malloc_functions(void) {
    return &malloc_functions;
}

/* The realloc function of a moved-in ArrayBuffer's memory (block = data - BLOCK_HEADER). */
static void *moved_realloc(JSRuntime *rt, void *opaque, void *ptr, size_t size) {
    (void)rt, (void)opaque;
    uint8_t *block = (uint8_t *)ptr - BLOCK_HEADER;
    if (size == 0) {
        count_blocks(-1);   /* (it leaves this runtime: freed, or counted again by move_out) */
        if (capturing) {
            capturing = false;
            captured = block;
        } else {
            free(block);
        }
        return NULL;
    }
    uint8_t *grown = realloc(block, BLOCK_HEADER + size);
    return grown == NULL ? NULL : grown + BLOCK_HEADER;
}

/* A move under way: the buffer's data and size, and a spare block for the copy path, allocated
 * before the detach (the copy must not fail once the buffer is gone). */
typedef struct {
    uint8_t *data;
    size_t size;
    uint8_t *spare;
} Move;

/* The first half of a move (nothing detached yet): 0, or -1 when out of memory or not an
 * ArrayBuffer. move_commit, or free(move->spare), follows. */
static int move_prepare(JSContext *ctx, const JSValue *buffer, Move *move) {
    move->data = GetArrayBuffer(ctx, &move->size, *buffer);
    if (move->data == NULL) {
        FreeValue(ctx, GetException(ctx));
        return -1;
    }
    move->spare = malloc(BLOCK_HEADER + move->size);
    return move->spare == NULL ? -1 : 0;
}

/* The second half: the buffer detached, its block in *block; 1 when the block itself moved, 0 when
 * it was copied (into the spare: move->spare is then NULL, else the caller frees it). Calls into
 * the engine's detach only (no JS, no garbage collection): safe under lanes_lock. */
static int move_commit(JSContext *ctx, const JSValue *buffer, Move *move, void **block) {
    capturing = true;
    captured = NULL;
    DetachArrayBuffer(ctx, *buffer);
    capturing = false;
    count_blocks(1);
    if (captured != NULL && (uint8_t *)captured + BLOCK_HEADER == move->data) {
        *block = captured;
        return 1;
    }
    /* not a block as the engine makes them (or not freed by the detach): the data is still
     * there (a captured free was not done), copied now */
    memcpy(move->spare + BLOCK_HEADER, move->data, move->size);
    free(captured);
    *block = move->spare;
    move->spare = NULL;
    return 0;
}

/* Detach ArrayBuffer `buffer` (not shared, not resizable, at least MOVE_AT_LEAST bytes: the
 * caller checked) and take its memory: the block (for fastmsg_move_in or fastmsg_free_block)
 * and its data's size; 1 when the block moved, 0 when it was copied, -1 when out of memory
 * (nothing detached) or not an ArrayBuffer. */
int fastmsg_move_out(JSContext *ctx, const JSValue *buffer, void **block, size_t *size) {
    *block = NULL;
    Move move;
    if (move_prepare(ctx, buffer, &move) < 0) return -1;
    *size = move.size;
    int moved = move_commit(ctx, buffer, &move, block);
    free(move.spare);
    return moved;
}

/* A new ArrayBuffer (*out) over a moved block's memory; it owns the block from now on. 0, or -1
 * (*out the exception marker; the block still the caller's). */
int fastmsg_move_in(JSContext *ctx, void *block, size_t size, JSValue *out) {
    *out = NewArrayBuffer(ctx, (uint8_t *)block + BLOCK_HEADER, size, 0, moved_realloc, NULL, false);
    return out->tag == TAG_EXCEPTION ? -1 : 0;
}

/* A moved block no runtime took (its message was dropped). */
void fastmsg_free_block(void *block) {
    count_blocks(-1);
    free(block);
}

/* -- the receiving side ---------------------------------------------------------------------- */

/* deliver(id, [item]) (item owned, taken here), or deliver(id, [error], undefined, undefined, [0])
 * when `unreadable` (item the reader's error: a 'messageerror'). The call's result (owned), or the
 * exception marker with the exception pending. */
static JSValue deliver_item(JSContext *ctx, const JSValue *deliver, int32_t id, JSValue item, bool unreadable) {
    JSValue values = NewArray(ctx);
    if (values.tag == TAG_EXCEPTION) {
        FreeValue(ctx, item);
        return values;
    }
    DefinePropertyValueUint32(ctx, values, 0, item, PROP_C_W_E);
    JSValue argv[5] = { value(TAG_INT, (uint32_t)id), values, value(TAG_UNDEFINED, 0), value(TAG_UNDEFINED, 0),
                        value(TAG_UNDEFINED, 0) };
    int argc = 2;
    if (unreadable) {
        argv[4] = NewArray(ctx);
        if (argv[4].tag == TAG_EXCEPTION) {
            FreeValue(ctx, values);
            return argv[4];
        }
        DefinePropertyValueUint32(ctx, argv[4], 0, value(TAG_INT, 0), PROP_C_W_E);
        argc = 5;
    }
    JSValue result = Call(ctx, *deliver, value(TAG_UNDEFINED, 0), argc, argv);
    FreeValue(ctx, values);
    FreeValue(ctx, argv[4]);
    return result;
}

/* A lone message (what fastmsg_take or the host's writer made of it) handed to JS:
 * deliver(id, [value]) with the value read from `data`, or deliver(id, [error], undefined,
 * undefined, [0]) when the reader refuses it (a 'messageerror'). The call's result (owned), or
 * the exception marker with the exception pending. */
JSValue fastmsg_deliver_one(JSContext *ctx, const JSValue *deliver, int32_t id, const uint8_t *data, size_t size) {
    JSValue item = size > 0 && data[0] == COPY_MAGIC ? fastmsg_read_copy(ctx, data, size)
                                                     : ReadObject(ctx, data, size, READ_SAB | READ_REFERENCE);
    bool unreadable = item.tag == TAG_EXCEPTION;
    if (unreadable) item = GetException(ctx);
    return deliver_item(ctx, deliver, id, item, unreadable);
}

/* A moved block (a transferred ArrayBuffer sent as the message itself) handed to JS as an
 * ArrayBuffer of this runtime, which owns the block from then on; when that buffer cannot be made
 * (out of memory), the block is freed and the error is a 'messageerror', as the host's reader
 * makes it. */
JSValue fastmsg_deliver_block(JSContext *ctx, const JSValue *deliver, int32_t id, void *block, size_t size) {
    JSValue item;
    bool unreadable = fastmsg_move_in(ctx, block, size, &item) < 0;
    if (unreadable) {
        fastmsg_free_block(block);
        item = GetException(ctx);
    }
    return deliver_item(ctx, deliver, id, item, unreadable);
}

enum { TICK_SCHEDULED = 0, TICK_REJECTION_TO_WARN = 1 };   /* internal/process/task_queues.js */

/* JS: drainPending() -> whether nextTicks, a rejection to warn about or promise jobs wait to run;
 * data[0]: the address of the thread's tick info, as a number. */
JSValue fastmsg_drain_pending(JSContext *ctx, JSValue this_val, int argc, JSValue *argv, int magic, JSValue *data) {
    (void)this_val, (void)argc, (void)argv, (void)magic;
    double address;
    memcpy(&address, &data[0].u, sizeof address);
    const int32_t *tick = (const int32_t *)(uintptr_t)address;
    if (tick[TICK_SCHEDULED] == 1 || tick[TICK_REJECTION_TO_WARN] == 1) return value(TAG_BOOL, 1);
    return value(TAG_BOOL, IsJobPending(GetRuntime(ctx)));
}

/* -- lanes: a lone message from C to another thread's loop, no Python on either side -----------
 *
 * The first message a port sends in a turn (a ping-pong's every message) would cost the sender a
 * host call (portFlush: write, queue at the peer end, wake its loop) and the receiver a pass
 * through Python's inbox (the end's ready callback, its queue, the delivery). A lane is the
 * receiving side of a port end for such messages: fastmsg_send writes the message into its peer's
 * lane and wakes that loop through its eventfd, and the receiving loop's poll (fastmsg_poll)
 * hands lane mail to JS's deliverMessages itself. postMessage(buffer, [buffer]) goes the same way
 * (fastmsg_send_buffer): the mail is the buffer's moved memory block, which the receiving runtime's
 * new ArrayBuffer owns once delivered; mail the host takes back (fastmsg_lane_take) gives it the
 * block, and mail dropped with its lane frees it.
 *
 * Order is kept by two rules the host (host/channel.py, host/loop.py) keeps under `lanes_lock`:
 *   - a lane is open only while its end's own queue (Python's) is empty: the host closes it
 *     before it queues anything there, taking what the lane holds first (fastmsg_lane_close,
 *     fastmsg_lane_take);
 *   - a lane wakes its loop by itself only while that loop's inbox (Python's) holds nothing the
 *     loop has not taken yet (posted == taken): what it took runs before the next poll phase, where
 *     lane mail is handed over; otherwise fastmsg_send declines and JS sends the host's way.
 * Whatever fastmsg_send (or _send_buffer) declines goes the host's way, which keeps every rule of
 * the port. */

#include <pthread.h>
#include <unistd.h>

typedef struct Mail {
    struct Mail *next;
    size_t size;
    void *block;            /* a moved ArrayBuffer's block (size: its data's), the message itself; else NULL */
    uint8_t data[];         /* else the message as the writer wrote it */
} Mail;

static void mail_free(Mail *m) {   /* (a block nobody took goes with it) */
    if (m->block != NULL) fastmsg_free_block(m->block);
    free(m);
}

typedef struct Lane Lane;

typedef struct Inbox {
    int wake_fd;
    pthread_t owner;        /* the loop's thread (its own ports' messages keep the host's way) */
    bool wake_written;      /* by a lane, not read yet (fastmsg_inbox_take) */
    bool closed;
    uint64_t posted, taken; /* the loop's own inbox: callbacks posted, and how many the loop had taken when it last emptied it */
    Lane **ready;           /* lanes with mail, in the order they got it */
    uint32_t n_ready, capacity;
    int refs;
} Inbox;

struct Lane {
    Inbox *inbox;           /* while open: the receiving loop's */
    int32_t port_id;        /* the receiver's id of the port */
    uint32_t order;
    bool open, queued;
    uint32_t count;
    Mail *head, *tail;
    int refs;
};

enum { LANE_MAX_MAIL = 64 };   /* more waiting: the host's way, which makes a flooding sender wait */

static pthread_mutex_t lanes_lock = PTHREAD_MUTEX_INITIALIZER;

static void lane_unref(Lane *lane);

static void inbox_unref(Inbox *inbox) {   /* (lanes_lock held) */
    if (--inbox->refs == 0) {
        free(inbox->ready);
        free(inbox);
    }
}

Inbox *fastmsg_inbox_new(int wake_fd) {
    Inbox *inbox = calloc(1, sizeof *inbox);
    if (inbox == NULL) return NULL;
    inbox->wake_fd = wake_fd;
    inbox->owner = pthread_self();
    inbox->refs = 1;
    return inbox;
}

/* The loop is closing (its eventfd too): lanes no longer wake it. */
void fastmsg_inbox_free(Inbox *inbox) {
    pthread_mutex_lock(&lanes_lock);
    inbox->closed = true;
    for (uint32_t i = 0; i < inbox->n_ready; i++) {
        inbox->ready[i]->queued = false;
        lane_unref(inbox->ready[i]);
    }
    inbox->n_ready = 0;
    inbox_unref(inbox);
    pthread_mutex_unlock(&lanes_lock);
}

/* The loop's own inbox got a callback. */
void fastmsg_inbox_posted(Inbox *inbox) {
    pthread_mutex_lock(&lanes_lock);
    inbox->posted++;
    pthread_mutex_unlock(&lanes_lock);
}

/* The lanes with mail, in order (their port ids into `ids`, at most `max`; the rest stay). */
int fastmsg_inbox_take(Inbox *inbox, int32_t *ids, int max) {
    pthread_mutex_lock(&lanes_lock);
    int n = (int)inbox->n_ready < max ? (int)inbox->n_ready : max;
    for (int i = 0; i < n; i++) {
        Lane *lane = inbox->ready[i];
        lane->queued = false;
        ids[i] = lane->port_id;
        lane_unref(lane);   /* (the ready list's reference) */
    }
    memmove(inbox->ready, inbox->ready + n, (inbox->n_ready - n) * sizeof *inbox->ready);
    inbox->n_ready -= n;
    if (inbox->n_ready == 0) inbox->wake_written = false;
    pthread_mutex_unlock(&lanes_lock);
    return n;
}

Lane *fastmsg_lane_new(void) {
    Lane *lane = calloc(1, sizeof *lane);
    if (lane != NULL) lane->refs = 1;
    return lane;
}

static void lane_unref(Lane *lane) {   /* (lanes_lock held) */
    if (--lane->refs > 0) return;
    for (Mail *m = lane->head, *next; m != NULL; m = next) next = m->next, mail_free(m);
    if (lane->inbox != NULL) inbox_unref(lane->inbox);
    free(lane);
}

void fastmsg_lane_free(Lane *lane) {
    pthread_mutex_lock(&lanes_lock);
    lane_unref(lane);
    pthread_mutex_unlock(&lanes_lock);
}

/* Open the lane to loop `inbox` (its end's queue is empty: the host checked, holding its lock). */
void fastmsg_lane_open(Lane *lane, Inbox *inbox, int32_t port_id, uint32_t order) {
    pthread_mutex_lock(&lanes_lock);
    if (lane->inbox != inbox) {
        if (lane->inbox != NULL) inbox_unref(lane->inbox);
        inbox->refs++;
        lane->inbox = inbox;
    }
    lane->port_id = port_id;
    lane->order = order;
    lane->open = true;
    pthread_mutex_unlock(&lanes_lock);
}

/* Close the lane (what it holds stays, for fastmsg_lane_take): whether it was open. */
bool fastmsg_lane_close(Lane *lane) {
    pthread_mutex_lock(&lanes_lock);
    bool was = lane->open;
    lane->open = false;
    pthread_mutex_unlock(&lanes_lock);
    return was;
}

/* The lane's oldest mail (the caller frees it with fastmsg_mail_free), NULL when none: the
 * writer's bytes in *data, or a moved block in *block (the caller's from now on, *data NULL). */
Mail *fastmsg_lane_take(Lane *lane, const uint8_t **data, size_t *size, void **block) {
    pthread_mutex_lock(&lanes_lock);
    Mail *m = lane->head;
    if (m != NULL) {
        lane->head = m->next;
        if (lane->head == NULL) lane->tail = NULL;
        lane->count--;
        *block = m->block;
        *data = m->block == NULL ? m->data : NULL;
        *size = m->size;
        m->block = NULL;
    }
    pthread_mutex_unlock(&lanes_lock);
    return m;
}

bool fastmsg_lane_waiting(Lane *lane) {
    return __atomic_load_n(&lane->count, __ATOMIC_RELAXED) != 0;
}

void fastmsg_mail_free(Mail *m) {
    mail_free(m);
}

/* A JS function's data: the lanes of this thread's ports' peers, by port id. */
typedef struct {
    Lane **peers;
    uint32_t n;
} Peers;

static __thread Peers peers;

int fastmsg_set_peer(uint32_t id, Lane *lane);

/* This thread's table, its ports all closed (the thread ends). */
void fastmsg_peers_free(void) {
    for (uint32_t i = 0; i < peers.n; i++) fastmsg_set_peer(i, NULL);
    free(peers.peers);
    peers.peers = NULL;
    peers.n = 0;
}

/* Port `id` of this thread sends to `lane` (NULL: no more). */
int fastmsg_set_peer(uint32_t id, Lane *lane) {
    if (id >= peers.n) {
        if (lane == NULL) return 0;
        uint32_t n = id < 16 ? 32 : id * 2;
        Lane **grown = realloc(peers.peers, n * sizeof *grown);
        if (grown == NULL) return -1;
        memset(grown + peers.n, 0, (n - peers.n) * sizeof *grown);
        peers.peers = grown;
        peers.n = n;
    }
    pthread_mutex_lock(&lanes_lock);
    if (lane != NULL) lane->refs++;
    if (peers.peers[id] != NULL) lane_unref(peers.peers[id]);
    peers.peers[id] = lane;
    pthread_mutex_unlock(&lanes_lock);
    return 0;
}

/* Whether `lane` takes a message now (lanes_lock held). */
static bool lane_takes(Lane *lane) {
    Inbox *inbox = lane->inbox;
    return lane->open && inbox != NULL && !inbox->closed && inbox->posted == inbox->taken &&
           lane->count < LANE_MAX_MAIL && !pthread_equal(inbox->owner, pthread_self());
}

/* Put `m` in `lane` and have its loop take it (lanes_lock held). */
static void lane_put(Lane *lane, Mail *m) {
    Inbox *inbox = lane->inbox;
    m->next = NULL;
    if (lane->tail != NULL) lane->tail->next = m;
    else lane->head = m;
    lane->tail = m;
    lane->count++;
    if (!lane->queued) {
        if (inbox->n_ready == inbox->capacity) {
            uint32_t capacity = inbox->capacity ? inbox->capacity * 2 : 16;
            Lane **grown = realloc(inbox->ready, capacity * sizeof *grown);
            if (grown != NULL) inbox->ready = grown, inbox->capacity = capacity;
        }
        if (inbox->n_ready < inbox->capacity) {   /* (else out of memory: lane_takes said no more) */
            uint32_t i = inbox->n_ready++;
            while (i > 0 && inbox->ready[i - 1]->order > lane->order) {   /* by port order, as the host's inbox */
                inbox->ready[i] = inbox->ready[i - 1];
                i--;
            }
            inbox->ready[i] = lane;
            lane->queued = true;
            lane->refs++;   /* (while in the ready list) */
        }
    }
    if (!inbox->wake_written) {
        inbox->wake_written = true;
        uint64_t one = 1;
        ssize_t written = write(inbox->wake_fd, &one, sizeof one);
        (void)written;
    }
}

/* Port `id`'s peer's lane when it takes a message now, else NULL: the first look, before the
 * message is written outside the lock (the put looks again under it). */
static Lane *peer_lane_taking(uint32_t id) {
    if (id >= peers.n || peers.peers[id] == NULL) return NULL;
    Lane *lane = peers.peers[id];   /* (the table's reference keeps it: only this thread changes it) */
    pthread_mutex_lock(&lanes_lock);
    bool ok = lane_takes(lane);
    pthread_mutex_unlock(&lanes_lock);
    return ok ? lane : NULL;
}

/* A copy of message `bytes` put in `lane` when it still takes one: whether it went (false also
 * when out of memory). */
static bool lane_send(Lane *lane, const uint8_t *bytes, size_t size) {
    Mail *m = malloc(sizeof *m + size);
    if (m == NULL) return false;
    memcpy(m->data, bytes, size);
    m->size = size;
    m->block = NULL;
    pthread_mutex_lock(&lanes_lock);
    bool ok = lane_takes(lane);
    if (ok) lane_put(lane, m);
    pthread_mutex_unlock(&lanes_lock);
    if (!ok) free(m);
    return ok;
}

/* JS: send(id) -> whether port `id`'s outbox, holding one message, went into its peer's lane
 * (written, by copy_written or else the engine's writer, queued, the receiving loop woken). False:
 * the host sends it (portFlush), and fastmsg_take gives it the message when the writer wrote it
 * already. Both write outside the lock: they allocate, the engine may collect garbage then, and a
 * finalizer may do anything. */
JSValue fastmsg_send(JSContext *ctx, JSValue this_val, int argc, JSValue *argv, int magic, JSValue *data) {
    (void)this_val, (void)magic, (void)data;
    Sender *s = sender;
    if (s == NULL || s->ctx != ctx || argc < 1 || argv[0].tag != TAG_INT) return value(TAG_BOOL, 0);
    uint32_t id = (uint32_t)argv[0].u;
    if (id >= s->n_outboxes || s->outboxes[id].count != 1) return value(TAG_BOOL, 0);
    Lane *lane = peer_lane_taking(id);
    if (lane == NULL) return value(TAG_BOOL, 0);
    size_t size;
    Outbox *box = &s->outboxes[id];
    JSValue item = GetPropertyUint32(ctx, box->items, 0);
    uint8_t *copied = item.tag == TAG_EXCEPTION ? NULL : copy_written(s, item, &size);
    FreeValue(ctx, item);
    if (copied != NULL) {   /* (else the writer writes it) */
        bool ok = lane_send(lane, copied, size);
        free(copied);
        if (!ok) return value(TAG_BOOL, 0);   /* declined after all: the outbox still holds it, for the host's flush */
        FreeValue(ctx, box->items);
        box->items = value(TAG_UNDEFINED, 0);
        box->count = 0;
        return value(TAG_BOOL, 1);
    }
    uint32_t count;
    uint8_t *bytes = fastmsg_take(s, id, &size, &count);
    if (bytes == NULL) return ThrowOutOfMemory(ctx);   /* (the host's way throws the same) */
    bool ok = lane_send(lane, bytes, size);
    if (ok) {
        JsFree(ctx, bytes);
    } else {   /* declined after all (or out of memory): the host's flush sends what was written */
        s->stashed = bytes, s->stashed_size = size, s->stashed_id = id;
    }
    return value(TAG_BOOL, ok);
}

/* JS: sendBuffer(id, buffer) -> whether postMessage(buffer, [buffer]) of a movable ArrayBuffer (JS
 * checked it: not shared, not resizable, not detached, at least MOVE_AT_LEAST bytes) went into port
 * `id`'s peer's lane: the buffer detached, its memory block the mail, the receiving loop woken.
 * False, nothing detached: the host sends it (portPostBuffer), after the batch the port's outbox
 * holds. The detach and the put are one step under the lock, so that a buffer is detached only when
 * its mail is in the lane. */
JSValue fastmsg_send_buffer(JSContext *ctx, JSValue this_val, int argc, JSValue *argv, int magic, JSValue *data) {
    (void)this_val, (void)magic, (void)data;
    Sender *s = sender;
    if (s == NULL || s->ctx != ctx || argc < 2 || argv[0].tag != TAG_INT || argv[1].tag != TAG_OBJECT)
        return value(TAG_BOOL, 0);
    uint32_t id = (uint32_t)argv[0].u;
    if ((id < s->n_outboxes && s->outboxes[id].count != 0) || s->stashed != NULL) return value(TAG_BOOL, 0);
    Lane *lane = peer_lane_taking(id);
    if (lane == NULL) return value(TAG_BOOL, 0);
    bool ok = false;
    Move move;
    if (move_prepare(ctx, &argv[1], &move) < 0) return value(TAG_BOOL, 0);   /* (the host's way says why) */
    Mail *m = malloc(sizeof *m);
    if (m != NULL) {
        pthread_mutex_lock(&lanes_lock);
        ok = lane_takes(lane);
        if (ok) {
            move_commit(ctx, &argv[1], &move, &m->block);
            m->size = move.size;
            lane_put(lane, m);
        }
        pthread_mutex_unlock(&lanes_lock);
        if (!ok) free(m);
    }
    free(move.spare);
    return value(TAG_BOOL, ok);
}

/* Whether lanes with mail wait for the loop (a hint: read without the lock). */
bool fastmsg_inbox_waiting(Inbox *inbox) {
    return __atomic_load_n(&inbox->n_ready, __ATOMIC_RELAXED) != 0;
}

/* The loop took every callback posted to its inbox so far (no post can come in between: the host
 * holds its inbox's lock over both). */
void fastmsg_inbox_sync(Inbox *inbox) {
    pthread_mutex_lock(&lanes_lock);
    inbox->taken = inbox->posted;
    pthread_mutex_unlock(&lanes_lock);
}

/* -- the receiving loop's poll: lane mail handed to JS here ------------------------------------ */

#include <errno.h>
#include <time.h>
#include <sys/epoll.h>

enum { POLL_DONE = 0, POLL_DRAIN = 1, POLL_THREW = 2 };   /* as engine/fastio.c's */
enum { TICK_LOOP_TURN = 2, TICK_SENDS_PENDING = 3 };

/* The lanes' mail handed to JS (the loop's eventfd woke it), as long as the loop has taken (and so
 * run) every callback posted to its own inbox before: each message to JS's deliver(id, [value])
 * (fastmsg_deliver_one, _deliver_block), lane after lane in order, until none is left, a call
 * leaves something to drain (*status POLL_DRAIN) or throws (POLL_THREW, the exception pending in the
 * context, *result its marker). How many were delivered; *empty: whether no lane holds mail now
 * (else the host takes the lanes left). */
static int deliver_lanes(Inbox *inbox, JSContext *ctx, const JSValue *deliver, int32_t *tick, int *status,
                         JSValue *result, bool *empty) {
    JSRuntime *rt = GetRuntime(ctx);
    int delivered = 0;
    *empty = false;
    for (;;) {
        pthread_mutex_lock(&lanes_lock);
        Lane *lane = inbox->n_ready > 0 && inbox->posted == inbox->taken ? inbox->ready[0] : NULL;
        Mail *m = lane != NULL && lane->open ? lane->head : NULL;
        if (m != NULL) {   /* the lane's oldest message: the lane stays first until it is empty */
            lane->head = m->next;
            if (lane->head == NULL) lane->tail = NULL;
            lane->count--;
        } else if (lane != NULL) {   /* empty (or closed: the host took its mail): done with it */
            lane->queued = false;
            memmove(inbox->ready, inbox->ready + 1, (inbox->n_ready - 1) * sizeof *inbox->ready);
            inbox->n_ready--;
            if (inbox->n_ready == 0) inbox->wake_written = false;
            lane_unref(lane);
            pthread_mutex_unlock(&lanes_lock);
            continue;
        } else {
            *empty = inbox->n_ready == 0;
        }
        int32_t port_id = lane != NULL ? lane->port_id : 0;
        pthread_mutex_unlock(&lanes_lock);
        if (lane == NULL) return delivered;
        JSValue called = m->block != NULL ? fastmsg_deliver_block(ctx, deliver, port_id, m->block, m->size)
                                          : fastmsg_deliver_one(ctx, deliver, port_id, m->data, m->size);
        free(m);   /* (its block, if any, is the new ArrayBuffer's or freed) */
        delivered++;
        tick[TICK_LOOP_TURN] = (tick[TICK_LOOP_TURN] + 1) & 0x7FFFFFFF;   /* as the host's drain counts turns */
        if (called.tag == TAG_EXCEPTION) {
            *status = POLL_THREW;
            *result = called;
            return delivered;
        }
        FreeValue(ctx, called);
        if (tick[TICK_SCHEDULED] || tick[TICK_REJECTION_TO_WARN] || tick[TICK_SENDS_PENDING] || IsJobPending(rt)) {
            *status = POLL_DRAIN;
            return delivered;
        }
    }
}

static int64_t monotonic_ms(void) {
    struct timespec now;
    clock_gettime(CLOCK_MONOTONIC, &now);
    return (int64_t)now.tv_sec * 1000 + now.tv_nsec / 1000000;
}

/* A thread's sockets read in the poll (engine/fastio.c's fastio_take_ready and its poller): 1 when
 * descriptor `fd` was one, read and its bytes given to JS (*status as deliver_lanes sets it), 0
 * when it is the host's. */
typedef int (*TakeReady)(void *sockets, int fd, uint32_t what, int *status, JSValue *result);

/* The loop's poll phase (EventLoop.set_poller): epoll_wait on `epfd` (timeout in ms, -1: none),
 * then, in epoll's order, each socket of `sockets` (NULL: none) that is only readable read and its
 * bytes given to JS through `take_ready`, until a descriptor is the host's (it and all after it go
 * to the host); when the loop's eventfd was among the ready descriptors and nothing before went to
 * the host, the lanes' mail handed to JS (deliver_lanes). When everything that woke the loop was
 * done here, the lanes' mail included, and nothing since needs the host's loop (no drain, no host
 * call: *host_entered, which the host's trampoline sets, still 0; nothing posted to its inbox; the
 * timeout not over), it waits again here: a ping-pong's every turn is a wait and a delivery in C,
 * with no pass through the host's loop, whose timers, immediates and handles no JS changed
 * meanwhile. The descriptors left to the host (the eventfd too, when it woke the loop: the host
 * notes it was read) go back in fds / events; their count, or -errno. *status: POLL_DONE, or what
 * the host must do first (POLL_DRAIN: the last JS call's drain; POLL_THREW: it threw, the
 * exception pending in the context, *result its marker). */
int fastmsg_poll(Inbox *inbox, JSContext *ctx, const JSValue *deliver, int32_t *tick, int32_t *host_entered,
                 void *sockets, void *take_ready, int epfd, int timeout, int *fds, uint32_t *events, int max,
                 int *status, JSValue *result) {
    struct epoll_event ready[64];
    TakeReady take = (TakeReady)take_ready;
    *status = POLL_DONE;
    *result = value(TAG_UNDEFINED, 0);
    *host_entered = 0;
    int64_t deadline = timeout > 0 ? monotonic_ms() + timeout : 0;
    for (;;) {
        int n = epoll_wait(epfd, ready, max < 64 ? max : 64, timeout);
        if (n < 0) return errno == EINTR ? 0 : -errno;
        int count = 0;
        bool woken = false, left = false;   /* (left: a descriptor went to the host) */
        for (int i = 0; i < n; i++) {
            int fd = ready[i].data.fd;
            uint32_t what = ready[i].events;
            if (fd == inbox->wake_fd) {
                woken = !left;
            } else if (sockets == NULL || left || *status != POLL_DONE || !take(sockets, fd, what, status, result)) {
                left = true;
            } else {
                continue;
            }
            fds[count] = fd;
            events[count] = what;
            count++;
        }
        if (!woken || *status != POLL_DONE) return count;
        bool empty;
        int delivered = deliver_lanes(inbox, ctx, deliver, tick, status, result, &empty);
        if (*status != POLL_DONE || left || delivered == 0 || !empty || *host_entered || timeout == 0) return count;
        pthread_mutex_lock(&lanes_lock);
        bool taken = inbox->posted == inbox->taken;   /* (a post came: its callback waits for the host) */
        pthread_mutex_unlock(&lanes_lock);
        if (!taken) return count;
        if (timeout > 0) {
            int64_t wait = deadline - monotonic_ms();
            if (wait <= 0) return count;
            timeout = (int)wait;
        }
    }
}

/* -- the disk cache's checksum --------------------------------------------------------------------
 * CRC-32C (Castagnoli) of an entry of noderun's own cache (loader/disk_cache.py), which every start
 * checks over ~0.5 MB of builtins' bytecode: zlib's CRC-32 costs ~4 instructions a byte, SSE4.2's
 * crc32 instruction takes 8 bytes at a time. Without it (another CPU), a table, a byte a step.
 * fastmsg_crc32c_portable is the table's way alone (tests compare the two). */
#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
#include <cpuid.h>

__attribute__((target("sse4.2")))
static uint32_t crc32c_sse42(uint32_t crc, const unsigned char *p, size_t n) {
    uint64_t c = crc, a, b, d, e;
    for (; n >= 32; p += 32, n -= 32) {   /* (memcpy: any alignment; it compiles to loads) */
        memcpy(&a, p, 8); memcpy(&b, p + 8, 8); memcpy(&d, p + 16, 8); memcpy(&e, p + 24, 8);
        c = __builtin_ia32_crc32di(c, a);
        c = __builtin_ia32_crc32di(c, b);
        c = __builtin_ia32_crc32di(c, d);
        c = __builtin_ia32_crc32di(c, e);
    }
    for (; n >= 8; p += 8, n -= 8) {
        memcpy(&a, p, 8);
        c = __builtin_ia32_crc32di(c, a);
    }
    uint32_t c32 = (uint32_t)c;
    while (n--) c32 = __builtin_ia32_crc32qi(c32, *p++);
    return c32;
}

static bool cpu_has_sse42(void) {
    unsigned int eax, ebx, ecx, edx;
    return __get_cpuid(1, &eax, &ebx, &ecx, &edx) && (ecx & bit_SSE4_2);
}
#else
static bool cpu_has_sse42(void) { return false; }
static uint32_t crc32c_sse42(uint32_t crc, const unsigned char *p, size_t n) { (void)p; (void)n; return crc; }
#endif

static uint32_t crc32c_table[256];
static pthread_once_t crc32c_once = PTHREAD_ONCE_INIT;
static bool crc32c_hardware;

static void crc32c_init(void) {
    for (uint32_t i = 0; i < 256; i++) {
        uint32_t c = i;
        for (int k = 0; k < 8; k++) c = c & 1 ? (c >> 1) ^ 0x82F63B78u : c >> 1;   /* (reflected) */
        crc32c_table[i] = c;
    }
    crc32c_hardware = cpu_has_sse42();
}

uint32_t fastmsg_crc32c_portable(const char *data, size_t size) {
    pthread_once(&crc32c_once, crc32c_init);
    const unsigned char *p = (const unsigned char *)data;
    uint32_t c = 0xFFFFFFFFu;
    while (size--) c = crc32c_table[(c ^ *p++) & 0xFF] ^ (c >> 8);
    return ~c;
}

uint32_t fastmsg_crc32c(const char *data, size_t size) {
    pthread_once(&crc32c_once, crc32c_init);
    if (!crc32c_hardware) return fastmsg_crc32c_portable(data, size);
    return ~crc32c_sse42(0xFFFFFFFFu, (const unsigned char *)data, size);
}
