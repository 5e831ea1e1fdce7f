/* The hot path of a stream socket, in C: a read that reaches JS and a write that leaves it,
 * without a Python call in between (see fastio.py, which builds and loads this file).
 *
 * Through cffi's ABI mode every call from Python into the engine or from JS into Python costs
 * 0.5-4 us (a JSValue passed by value goes through libffi's struct classification); a small TCP
 * message took a dozen such crossings on each side of a round trip. Here:
 *
 *   fastio_read   recv() once into a buffer, then call a JS function (id, ArrayBuffer) with
 *                 the bytes: one call from Python instead of recv + four engine calls.
 *   fastio_send   a JS function (a C function of the engine's, no Python): send() straight
 *                 from a Uint8Array's or a string's memory, what the kernel takes at once (and
 *                 a string's size in bytes, which the socket counts).
 *   fastio_loop_now, fastio_run_microtasks
 *                 the two host calls every request of a server made several times (a timer's
 *                 start time, the microtask checkpoint after each nextTick batch), as JS
 *                 functions with no Python in them.
 *
 * The engine is quickjs-ng's Python extension module; its C API is reached through the
 * addresses `fastio_init` looks up in that already-loaded shared object, so nothing links
 * against it. A JSValue is 16 bytes on x86-64, a union then an int64 tag, passed by value as two
 * integers: declared here as noderun's cdef declares it (engine/quickjs.h).
 */

#include <dlfcn.h>
#include <errno.h>
#include <math.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <sys/epoll.h>
#include <sys/socket.h>
#include <sys/types.h>
#include <string.h>
#include <time.h>

typedef struct { int64_t u; int64_t tag; } JSValue;
typedef struct JSContext JSContext;
typedef struct JSRuntime JSRuntime;

enum { TAG_INT = 0, TAG_BOOL = 1, TAG_NULL = 2, TAG_UNDEFINED = 3, TAG_EXCEPTION = 6, TAG_FLOAT64 = 8,
       TAG_OBJECT = -1, TAG_STRING_ROPE = -6, TAG_STRING = -7, TAG_SYMBOL = -8 };

static JSValue (*NewArrayBufferCopy)(JSContext *, const uint8_t *, size_t);
static JSValue (*Call)(JSContext *, JSValue, JSValue, int, JSValue *);
static void (*FreeValue)(JSContext *, JSValue);
static uint8_t *(*GetUint8Array)(JSContext *, size_t *, JSValue);
static bool (*HasException)(JSContext *);
static const char *(*ToCStringLen2)(JSContext *, size_t *, JSValue, bool);
static void (*FreeCString)(JSContext *, const char *);
static bool (*IsJobPending)(JSRuntime *);
static int (*ExecutePendingJob)(JSRuntime *, JSContext **);
static JSRuntime *(*GetRuntime)(JSContext *);
static JSValue (*GetProperty)(JSContext *, JSValue, uint32_t);
static uint32_t (*ValueToAtom)(JSContext *, JSValue);
static void (*FreeAtom)(JSContext *, uint32_t);
static bool (*IsFunction)(JSContext *, JSValue);
static JSValue (*ThrowOutOfMemory)(JSContext *);
static JSValue (*DupValue)(JSContext *, JSValue);
static void (*FreeValueRT)(JSRuntime *, JSValue);
static JSValue (*GetException)(JSContext *);
static bool (*ToBool)(JSContext *, JSValue);
static bool (*IsUncatchableError)(JSValue);
static JSValue (*Throw)(JSContext *, JSValue);
static int (*SetProperty)(JSContext *, JSValue, uint32_t, JSValue);
static int (*DeleteProperty)(JSContext *, JSValue, uint32_t, int);
static JSValue (*NewObjectProto)(JSContext *, JSValue);
static JSValue (*NewArray)(JSContext *);
static int (*SetPropertyUint32)(JSContext *, JSValue, uint32_t, JSValue);
static JSValue (*GetPropertyUint32)(JSContext *, JSValue, uint32_t);
typedef void MarkFunc(JSRuntime *, void *);
static void (*MarkValue)(JSRuntime *, JSValue, MarkFunc *);
static uint32_t (*NewClassID)(JSRuntime *, uint32_t *);
static int (*NewClass)(JSRuntime *, uint32_t, const void *);
static JSValue (*NewObjectClass)(JSContext *, uint32_t);
static int (*SetOpaque)(JSValue, void *);
static void *(*GetAnyOpaque)(JSValue, uint32_t *);
static void *(*Malloc)(JSContext *, size_t);
static void *(*Realloc)(JSContext *, void *, size_t);
static void (*FreeRT)(JSRuntime *, void *);

static JSValue value(int64_t tag, int64_t u) {
    JSValue v = { u, tag };
    return v;
}

/* A JS number's value (an int or a double: *ok), else 0 with *ok false. */
static double number_of(JSValue v, bool *ok) {
    *ok = true;
    if (v.tag == TAG_INT) return (int32_t)v.u;
    if (v.tag == TAG_FLOAT64) {
        double d;
        memcpy(&d, &v.u, sizeof d);
        return d;
    }
    *ok = false;
    return 0;
}

/* `d` as the engine keeps a number: an int when it is one (-0 aside), else a double. */
static JSValue number_value(double d) {
    if (d >= INT32_MIN && d <= INT32_MAX && (double)(int32_t)d == d && !(d == 0 && signbit(d)))
        return value(TAG_INT, (uint32_t)(int32_t)d);
    JSValue v = value(TAG_FLOAT64, 0);
    memcpy(&v.u, &d, sizeof d);
    return v;
}

/* Find the engine's functions in its shared object (loaded already: RTLD_NOLOAD). 0 when all
 * were found. */
int fastio_init(const char *engine_path) {
    void *engine = dlopen(engine_path, RTLD_NOW | RTLD_NOLOAD);
    if (engine == NULL) return -1;
    NewArrayBufferCopy = dlsym(engine, "JS_NewArrayBufferCopy");
    Call = dlsym(engine, "JS_Call");
    FreeValue = dlsym(engine, "JS_FreeValue");
    GetUint8Array = dlsym(engine, "JS_GetUint8Array");
    HasException = dlsym(engine, "JS_HasException");
    ToCStringLen2 = dlsym(engine, "JS_ToCStringLen2");
    FreeCString = dlsym(engine, "JS_FreeCString");
    IsJobPending = dlsym(engine, "JS_IsJobPending");
    ExecutePendingJob = dlsym(engine, "JS_ExecutePendingJob");
    GetRuntime = dlsym(engine, "JS_GetRuntime");
    GetProperty = dlsym(engine, "JS_GetProperty");
    ValueToAtom = dlsym(engine, "JS_ValueToAtom");
    FreeAtom = dlsym(engine, "JS_FreeAtom");
    IsFunction = dlsym(engine, "JS_IsFunction");
    ThrowOutOfMemory = dlsym(engine, "JS_ThrowOutOfMemory");
    DupValue = dlsym(engine, "JS_DupValue");
    FreeValueRT = dlsym(engine, "JS_FreeValueRT");
    GetException = dlsym(engine, "JS_GetException");
    ToBool = dlsym(engine, "JS_ToBool");
    IsUncatchableError = dlsym(engine, "JS_IsUncatchableError");
    Throw = dlsym(engine, "JS_Throw");
    SetProperty = dlsym(engine, "JS_SetProperty");
    DeleteProperty = dlsym(engine, "JS_DeleteProperty");
    NewObjectProto = dlsym(engine, "JS_NewObjectProto");
    NewArray = dlsym(engine, "JS_NewArray");
    SetPropertyUint32 = dlsym(engine, "JS_SetPropertyUint32");
    GetPropertyUint32 = dlsym(engine, "JS_GetPropertyUint32");
    MarkValue = dlsym(engine, "JS_MarkValue");
    NewClassID = dlsym(engine, "JS_NewClassID");
    NewClass = dlsym(engine, "JS_NewClass");
    NewObjectClass = dlsym(engine, "JS_NewObjectClass");
    SetOpaque = dlsym(engine, "JS_SetOpaque");
    GetAnyOpaque = dlsym(engine, "JS_GetAnyOpaque");
    Malloc = dlsym(engine, "js_malloc");
    Realloc = dlsym(engine, "js_realloc");
    FreeRT = dlsym(engine, "js_free_rt");
    return NewArrayBufferCopy && Call && FreeValue && GetUint8Array && HasException && ToCStringLen2 &&
           FreeCString && IsJobPending && ExecutePendingJob && GetRuntime && GetProperty && ValueToAtom &&
           FreeAtom && IsFunction && ThrowOutOfMemory && DupValue && FreeValueRT && GetException && ToBool &&
           IsUncatchableError && Throw && SetProperty && DeleteProperty && NewObjectProto && NewArray &&
           SetPropertyUint32 && GetPropertyUint32 &&
           MarkValue && NewClassID && NewClass && NewObjectClass && SetOpaque && GetAnyOpaque && Malloc && Realloc &&
           FreeRT ? 0 : -2;
}

/* One thread's reading sockets: the loop's poll phase (fastio_poll) reads them and calls JS
 * itself, returning to Python only what Python must do. */
typedef struct {
    JSContext *ctx;
    JSRuntime *rt;
    JSValue on_data;        /* tcpData(id, ArrayBuffer), held by the host */
    int32_t *tick_info;     /* shared with JS: [tick queued, rejection to warn, loop turn, sends pending] */
    int capacity;           /* of the tables below, indexed by descriptor */
    int32_t *ids;           /* the handle id of a socket being read, 0 for any other descriptor */
    long *outcomes;         /* a read that ended the stream or failed, kept for the handle: result - 1 */
    uint8_t buffer[65536];
} Poller;

Poller *fastio_poller_new(JSContext *ctx, JSRuntime *rt, const JSValue *on_data, int32_t *tick_info) {
    Poller *p = calloc(1, sizeof(Poller));
    if (p == NULL) return NULL;
    p->ctx = ctx;
    p->rt = rt;
    p->on_data = *on_data;
    p->tick_info = tick_info;
    return p;
}

void fastio_poller_free(Poller *p) {
    free(p->ids);
    free(p->outcomes);
    free(p);
}

/* Socket `fd` (handle `id`) is read; id 0: no longer. */
int fastio_poller_set(Poller *p, int fd, int32_t id) {
    if (fd < 0) return -1;
    if (fd >= p->capacity) {
        if (id == 0) return 0;
        int capacity = fd < 64 ? 128 : fd * 2;
        int32_t *ids = realloc(p->ids, capacity * sizeof *ids);
        if (ids == NULL) return -1;
        p->ids = ids;
        long *outcomes = realloc(p->outcomes, capacity * sizeof *outcomes);
        if (outcomes == NULL) return -1;
        p->outcomes = outcomes;
        for (int i = p->capacity; i < capacity; i++) ids[i] = 0, outcomes[i] = 0;
        p->capacity = capacity;
    }
    p->ids[fd] = id;
    p->outcomes[fd] = 0;
    return 0;
}

/* recv() once; when bytes came, on_data(id, ArrayBuffer of them), its result in *result. The
 * number of bytes read, 0 at the end of the stream, -errno. */
static long read_once(Poller *p, int fd, int32_t id, JSValue *result) {
    ssize_t n = recv(fd, p->buffer, sizeof p->buffer, 0);
    if (n <= 0) return n == 0 ? 0 : -errno;
    JSValue argv[2];
    argv[0] = value(TAG_INT, (uint32_t)id);
    argv[1] = NewArrayBufferCopy(p->ctx, p->buffer, (size_t)n);
    if (argv[1].tag == TAG_EXCEPTION) {   /* out of memory: thrown in the context */
        *result = argv[1];
        return n;
    }
    *result = Call(p->ctx, p->on_data, value(TAG_UNDEFINED, 0), 2, argv);
    FreeValue(p->ctx, argv[1]);
    return n;
}

/* The handle's own read (its descriptor was ready, and the poll left it to Python): what the
 * poll kept of a read that ended the stream or failed, else a read as the poll's. */
long fastio_read(Poller *p, int fd, int32_t id, JSValue *result) {
    *result = value(TAG_UNDEFINED, 0);
    if (fd < p->capacity && p->outcomes[fd] != 0) {
        long outcome = p->outcomes[fd] + 1;
        p->outcomes[fd] = 0;
        return outcome;
    }
    return read_once(p, fd, id, result);
}

enum { POLL_DONE = 0, POLL_DRAIN = 1, POLL_THREW = 2 };

/* One descriptor epoll found ready (`what`): when it is a socket being read and only readable, it
 * is read and its bytes given to JS here, and 1 is returned (*status POLL_DRAIN when the JS call
 * left ticks, microtasks or messages to send, POLL_THREW when it threw: the exception pending in the
 * context, *result its marker); else 0, the descriptor is the host's (any other descriptor, a
 * socket whose read ended the stream or failed: its outcome kept for fastio_read). Called with
 * *status POLL_DONE, by fastio_poll or by another C poll that reads this thread's sockets through
 * it (engine/fastmsg.c's). */
int fastio_take_ready(Poller *p, int fd, uint32_t what, int *status, JSValue *result) {
    if (what != EPOLLIN || fd >= p->capacity || p->ids[fd] <= 0) return 0;
    JSValue called;
    long got = read_once(p, fd, p->ids[fd], &called);
    if (got > 0) {
        if (called.tag == TAG_EXCEPTION) {
            *status = POLL_THREW;
            *result = called;
            return 1;
        }
        FreeValue(p->ctx, called);
        int32_t *info = p->tick_info;
        info[2] = (info[2] + 1) & 0x7FFFFFFF;   /* the loop's turn, as the host's drain counts it */
        if (info[0] || info[1] || info[3] || IsJobPending(p->rt)) *status = POLL_DRAIN;
        return 1;
    }
    if (got == -EAGAIN || got == -EINTR) return 1;
    p->outcomes[fd] = got - 1;   /* (never 0: got is 0 or -errno) */
    return 0;
}

/* The poll phase's wait and its sockets' reads: epoll_wait on `epfd` (timeout in ms, -1: none);
 * each socket that is only readable is read and its bytes given to JS here (fastio_take_ready), in
 * the order epoll gave them, until a descriptor needs Python. That one and all after it go to
 * Python in fds / events, their count returned (-errno when the wait failed). *status says what
 * Python must do before them: POLL_DRAIN (the last JS call's drain), POLL_THREW (it threw: the
 * exception is pending in the context, *result holds the marker). */
int fastio_poll(Poller *p, int epfd, int timeout, int *fds, uint32_t *events, int max, int *status,
                JSValue *result) {
    struct epoll_event ready[64];
    *status = POLL_DONE;
    *result = value(TAG_UNDEFINED, 0);
    int n = epoll_wait(epfd, ready, max < 64 ? max : 64, timeout);
    if (n < 0) return errno == EINTR ? 0 : -errno;
    int count = 0;
    for (int i = 0; i < n; i++) {
        int fd = ready[i].data.fd;
        uint32_t what = ready[i].events;
        /* in epoll's order: once a descriptor is left to Python, so is every one after it */
        if (*status == POLL_DONE && count == 0 && fastio_take_ready(p, fd, what, status, result)) continue;
        fds[count] = fd;
        events[count] = what;
        count++;
    }
    return count;
}

/* A string's UTF-8 as the engine writes it holds a lone surrogate as its own three bytes (ED A0-BF
 * xx); node writes U+FFFD for it, which the host's path does. */
static bool has_lone_surrogate(const uint8_t *p, size_t size) {
    for (size_t i = 0; i + 1 < size; i++)
        if (p[i] == 0xED && p[i + 1] >= 0xA0) return true;
    return false;
}

/* JS: send(fd, data) with data a Uint8Array or a string (UTF-8): when the kernel took all of it
 * now, its size in bytes (a string's UTF-8 length: the caller counts the socket's bytes written
 * without measuring the string again); else -1 - the number of bytes it took (-1 when it would
 * block, on an error, or for a string with a lone surrogate), and the caller hands the rest to
 * the host's write, which queues it or reports the error. Never blocks, never raises SIGPIPE. */
JSValue fastio_send(JSContext *ctx, JSValue this_val, int argc, JSValue *argv, int magic, JSValue *data) {
    (void)this_val, (void)magic, (void)data;
    if (argc < 2 || argv[0].tag != TAG_INT) return value(TAG_INT, (uint32_t)-1);
    int fd = (int32_t)argv[0].u;
    size_t size;
    const uint8_t *bytes;
    const char *text = NULL;
    if (argv[1].tag == TAG_STRING || argv[1].tag == TAG_STRING_ROPE) {
        text = ToCStringLen2(ctx, &size, argv[1], false);
        if (text == NULL) return value(TAG_EXCEPTION, 0);
        bytes = (const uint8_t *)text;
        if (has_lone_surrogate(bytes, size)) {
            FreeCString(ctx, text);
            return value(TAG_INT, (uint32_t)-1);
        }
    } else {
        bytes = GetUint8Array(ctx, &size, argv[1]);
        if (bytes == NULL)   /* not a Uint8Array (the engine threw) or an empty one */
            return HasException(ctx) ? value(TAG_EXCEPTION, 0) : value(TAG_INT, 0);
    }
    ssize_t sent = size > 0 ? send(fd, bytes, size, MSG_DONTWAIT | MSG_NOSIGNAL) : 0;
    if (text != NULL) FreeCString(ctx, text);
    if (sent == (ssize_t)size) return number_value((double)size);   /* (past 2 GiB: a double) */
    return value(TAG_INT, (uint32_t)(-1 - (int32_t)(sent > 0 ? sent : 0)));
}

/* JS: loopNow(), the loop's clock brought up to date: whole ms of CLOCK_MONOTONIC since the loop's
 * origin, data[0] (seconds as host/loop.py's EventLoop keeps them), computed as its update_time()
 * does from time.monotonic() (nanoseconds / 1e9 as a double), so both read the same clock alike. */
JSValue fastio_loop_now(JSContext *ctx, JSValue this_val, int argc, JSValue *argv, int magic, JSValue *data) {
    (void)ctx, (void)this_val, (void)argc, (void)argv, (void)magic;
    bool ok;
    double origin = number_of(data[0], &ok);
    struct timespec now;
    clock_gettime(CLOCK_MONOTONIC, &now);
    double seconds = (double)((int64_t)now.tv_sec * 1000000000 + now.tv_nsec) / 1e9;
    return number_value((double)(int64_t)((seconds - origin) * 1000));
}

/* JS: runMicrotasks(), the promise jobs until none is left; a job that throws leaves its
 * exception pending, thrown here to the caller (the queue keeps the jobs after it). */
JSValue fastio_run_microtasks(JSContext *ctx, JSValue this_val, int argc, JSValue *argv, int magic,
                              JSValue *data) {
    (void)this_val, (void)argc, (void)argv, (void)magic, (void)data;
    JSRuntime *rt = GetRuntime(ctx);
    JSContext *job_ctx;
    for (;;) {
        int status = ExecutePendingJob(rt, &job_ctx);
        if (status <= 0) return status < 0 ? value(TAG_EXCEPTION, 0) : value(TAG_UNDEFINED, 0);
    }
}

/* JS: utf8Length(string), the number of bytes of the string's UTF-8 (Buffer.byteLength's): the
 * engine's own UTF-8 of it, whose lone surrogates take 3 bytes each, as U+FFFD, node's
 * replacement, does. Anything but a string: undefined (the caller takes its general path). */
JSValue fastio_utf8_length(JSContext *ctx, JSValue this_val, int argc, JSValue *argv, int magic, JSValue *data) {
    (void)this_val, (void)magic, (void)data;
    if (argc < 1 || (argv[0].tag != TAG_STRING && argv[0].tag != TAG_STRING_ROPE)) return value(TAG_UNDEFINED, 0);
    size_t size;
    const char *text = ToCStringLen2(ctx, &size, argv[0], false);
    if (text == NULL) return value(TAG_EXCEPTION, 0);
    FreeCString(ctx, text);
    return number_value((double)size);
}

/* JS: EventEmitter.prototype.emit(type, ...args) once a program uses sockets (events.js's
 * useFastEmit): the common case of an event, a string or symbol other than 'error' whose one
 * listener is a function, with no array of the arguments and no JS frame of its own (in this
 * engine those cost most of an emit). It reads `this._events` and `_events[type]` once each, as
 * events.js's emit does, and hands every other case to events.js, passing what it read:
 *   data[EMIT_JS](type, ...args)                    a type that is not a string or symbol, 'error'
 *   data[EMIT_FROM](events, type, ...args)          `_events` is not an object (nor undefined)
 *   data[EMIT_LIST](handler, type, ...args)         the listener is not a function (an array)
 *   data[EMIT_RESULT](result, type, ...args)        the listener returned something (a promise)
 * all called with the emitter as `this`. data[EMIT_ATOM_EVENTS] and data[EMIT_ATOM_ERROR] are the
 * atoms of "_events" and "error" (held by the function's maker). */
enum { EMIT_ATOM_EVENTS, EMIT_ATOM_ERROR, EMIT_JS, EMIT_FROM, EMIT_LIST, EMIT_RESULT, EMIT_DATA };

/* data[helper](first, ...argv) with the emitter as `this` */
static JSValue emit_through(JSContext *ctx, JSValue this_val, JSValue helper, JSValue first, int argc, JSValue *argv) {
    JSValue local[8];
    JSValue *args = argc < 8 ? local : malloc((size_t)(argc + 1) * sizeof *args);
    if (args == NULL) return ThrowOutOfMemory(ctx);
    args[0] = first;
    memcpy(args + 1, argv, (size_t)argc * sizeof *args);
    JSValue result = Call(ctx, helper, this_val, argc + 1, args);
    if (args != local) free(args);
    return result;
}

JSValue fastio_emit(JSContext *ctx, JSValue this_val, int argc, JSValue *argv, int magic, JSValue *data) {
    (void)magic;
    if (argc < 1 || (argv[0].tag != TAG_STRING && argv[0].tag != TAG_STRING_ROPE && argv[0].tag != TAG_SYMBOL))
        return Call(ctx, data[EMIT_JS], this_val, argc, argv);
    uint32_t type = ValueToAtom(ctx, argv[0]);
    if (type == 0) return value(TAG_EXCEPTION, 0);
    if (type == (uint32_t)data[EMIT_ATOM_ERROR].u) {
        FreeAtom(ctx, type);
        return Call(ctx, data[EMIT_JS], this_val, argc, argv);
    }
    JSValue events = GetProperty(ctx, this_val, (uint32_t)data[EMIT_ATOM_EVENTS].u);
    if (events.tag != TAG_OBJECT) {
        FreeAtom(ctx, type);
        if (events.tag == TAG_EXCEPTION) return events;
        if (events.tag == TAG_UNDEFINED) return value(TAG_BOOL, 0);
        JSValue result = emit_through(ctx, this_val, data[EMIT_FROM], events, argc, argv);
        FreeValue(ctx, events);
        return result;
    }
    JSValue handler = GetProperty(ctx, events, type);
    FreeAtom(ctx, type);
    FreeValue(ctx, events);
    if (handler.tag == TAG_EXCEPTION) return handler;
    if (handler.tag == TAG_UNDEFINED) return value(TAG_BOOL, 0);
    JSValue result;
    if (!IsFunction(ctx, handler)) {
        result = emit_through(ctx, this_val, data[EMIT_LIST], handler, argc, argv);
        FreeValue(ctx, handler);
        return result;
    }
    result = Call(ctx, handler, this_val, argc - 1, argv + 1);
    FreeValue(ctx, handler);
    if (result.tag == TAG_EXCEPTION) return result;
    if (result.tag != TAG_UNDEFINED && result.tag != TAG_NULL) {
        JSValue caught = emit_through(ctx, this_val, data[EMIT_RESULT], result, argc, argv);
        FreeValue(ctx, result);
        if (caught.tag == TAG_EXCEPTION) return caught;
        FreeValue(ctx, caught);
    }
    return value(TAG_BOOL, 1);
}

/* process.nextTick's queue, once a program uses sockets (internal/process/task_queues.js's
 * useTickQueue): the ticks are kept here, in C, and run from here, where the JS queue cost a
 * dozen array reads and writes and a frame of its own per tick. The queue is an object of a class
 * of its own (fastio_ticks_class), whose functions hold it: the values it keeps are marked for
 * the engine's cycle collector and freed with it. Its functions (fastio_ticks, by magic):
 *   TICKS_NEXT      process.nextTick(callback, ...args): data[1] the JS nextTick, which does what
 *                   this does not (a callback that is not a function: its error; an async context
 *                   to bind: while `delegate` is set); data[2] process, data[3] the atom of
 *                   "_exiting" (a tick queued while the process exits is dropped, as node does)
 *   TICKS_PUSH      push(callback, ...args): queue as it is (the JS nextTick's own queueing)
 *   TICKS_RUN       run(): the ticks, in order, those they queue included; one that throws goes to
 *                   data[1] (triggerUncaughtException(error, false)), whose own throw stops the
 *                   run there (the rest stay queued), as does an uncatchable error (process.exit's
 *                   unwinding), thrown on as a JS catch would not have seen it. Clears tick_info[0]
 *                   once the queue is empty.
 *   TICKS_DELEGATE  delegate(flag): every nextTick goes to the JS one while it is set
 *   TICKS_DRAIN     drain(): run(), then the microtasks (as fastio_run_microtasks: one that throws
 *                   stops the drain, its exception thrown here), again until no tick is queued
 * tick_info[0] is set whenever a tick is queued, as the JS queue does. */
typedef struct {
    JSValue callback;
    int argc;
    JSValue *more;          /* argc > 3: the arguments (js_malloc'd), else NULL */
    JSValue args[3];
} Tick;

typedef struct {
    Tick *ticks;
    int head, tail, capacity;
    bool delegate;
    int32_t *tick_info;
} TickQueue;

enum { TICKS_NEXT, TICKS_PUSH, TICKS_RUN, TICKS_DELEGATE, TICKS_DRAIN };

static JSValue *tick_args(Tick *t) { return t->more != NULL ? t->more : t->args; }

static void tick_free(JSRuntime *rt, Tick *t) {
    JSValue *args = tick_args(t);
    FreeValueRT(rt, t->callback);
    for (int i = 0; i < t->argc; i++) FreeValueRT(rt, args[i]);
    if (t->more != NULL) FreeRT(rt, t->more);
}

static void ticks_finalize(JSRuntime *rt, JSValue object) {
    uint32_t class_id;
    TickQueue *q = GetAnyOpaque(object, &class_id);
    if (q == NULL) return;
    for (int i = q->head; i < q->tail; i++) tick_free(rt, &q->ticks[i]);
    FreeRT(rt, q->ticks);
    FreeRT(rt, q);
}

static void ticks_mark(JSRuntime *rt, JSValue object, MarkFunc *mark) {
    uint32_t class_id;
    TickQueue *q = GetAnyOpaque(object, &class_id);
    if (q == NULL) return;
    for (int i = q->head; i < q->tail; i++) {
        Tick *t = &q->ticks[i];
        JSValue *args = tick_args(t);
        MarkValue(rt, t->callback, mark);
        for (int j = 0; j < t->argc; j++) MarkValue(rt, args[j], mark);
    }
}

/* The queue's class in runtime `rt` (once per runtime): its id, 0 when it could not be registered. */
uint32_t fastio_ticks_class(JSRuntime *rt) {
    uint32_t id = 0;
    NewClassID(rt, &id);
    static const struct {   /* quickjs.h's JSClassDef */
        const char *class_name;
        void (*finalizer)(JSRuntime *, JSValue);
        void (*gc_mark)(JSRuntime *, JSValue, MarkFunc *);
        void *call, *exotic;
    } def = { "TickQueue", ticks_finalize, ticks_mark, NULL, NULL };
    return NewClass(rt, id, &def) < 0 ? 0 : id;
}

/* A new, empty queue of class `class_id` (fastio_ticks_class's) setting `tick_info`[0]: an owned
 * object, or an exception. */
JSValue fastio_ticks_new(JSContext *ctx, uint32_t class_id, int32_t *tick_info) {
    TickQueue *q = Malloc(ctx, sizeof *q);
    if (q == NULL) return value(TAG_EXCEPTION, 0);
    memset(q, 0, sizeof *q);
    q->tick_info = tick_info;
    JSValue object = NewObjectClass(ctx, class_id);
    if (object.tag == TAG_EXCEPTION) {
        FreeRT(GetRuntime(ctx), q);
        return object;
    }
    SetOpaque(object, q);
    return object;
}

static JSValue ticks_push(JSContext *ctx, TickQueue *q, int argc, JSValue *argv) {
    if (q->tail == q->capacity) {
        if (q->head > 0) {   /* (run() empties it: only a queue that grew while running gets here) */
            memmove(q->ticks, q->ticks + q->head, (size_t)(q->tail - q->head) * sizeof *q->ticks);
            q->tail -= q->head;
            q->head = 0;
        }
        if (q->tail == q->capacity) {
            int capacity = q->capacity < 16 ? 16 : q->capacity * 2;
            Tick *ticks = Realloc(ctx, q->ticks, (size_t)capacity * sizeof *ticks);
            if (ticks == NULL) return value(TAG_EXCEPTION, 0);
            q->ticks = ticks;
            q->capacity = capacity;
        }
    }
    Tick *t = &q->ticks[q->tail];
    int count = argc - 1;
    JSValue *args = t->args;
    t->more = NULL;
    if (count > 3) {
        args = Malloc(ctx, (size_t)count * sizeof *args);
        if (args == NULL) return value(TAG_EXCEPTION, 0);
        t->more = args;
    }
    t->callback = DupValue(ctx, argv[0]);
    t->argc = count;
    for (int i = 0; i < count; i++) args[i] = DupValue(ctx, argv[i + 1]);
    q->tail++;
    q->tick_info[0] = 1;
    return value(TAG_UNDEFINED, 0);
}

JSValue fastio_ticks(JSContext *ctx, JSValue this_val, int argc, JSValue *argv, int magic, JSValue *data) {
    (void)this_val;
    uint32_t class_id;
    TickQueue *q = GetAnyOpaque(data[0], &class_id);
    if (q == NULL) return value(TAG_UNDEFINED, 0);
    switch (magic) {
    case TICKS_NEXT: {
        if (q->delegate || argc < 1 || !IsFunction(ctx, argv[0]))
            return Call(ctx, data[1], value(TAG_UNDEFINED, 0), argc, argv);
        JSValue exiting = GetProperty(ctx, data[2], (uint32_t)data[3].u);
        if (exiting.tag == TAG_EXCEPTION) return exiting;
        if (exiting.tag != TAG_UNDEFINED && (exiting.tag == TAG_BOOL ? exiting.u != 0 : ToBool(ctx, exiting))) {
            FreeValue(ctx, exiting);
            return value(TAG_UNDEFINED, 0);
        }
        FreeValue(ctx, exiting);
        return ticks_push(ctx, q, argc, argv);
    }
    case TICKS_PUSH:
        if (argc < 1) return value(TAG_UNDEFINED, 0);
        return ticks_push(ctx, q, argc, argv);
    case TICKS_RUN:
    case TICKS_DRAIN:
    again:
        while (q->head < q->tail) {
            Tick t = q->ticks[q->head++];   /* (taken out first: the callback may queue more) */
            JSValue result = Call(ctx, t.callback, value(TAG_UNDEFINED, 0), t.argc, tick_args(&t));
            tick_free(GetRuntime(ctx), &t);
            if (result.tag == TAG_EXCEPTION) {
                JSValue error[2] = { GetException(ctx), value(TAG_BOOL, 0) };
                if (IsUncatchableError(error[0])) return Throw(ctx, error[0]);   /* (no catch sees it) */
                result = Call(ctx, data[1], value(TAG_UNDEFINED, 0), 2, error);
                FreeValue(ctx, error[0]);
                if (result.tag == TAG_EXCEPTION) return result;
            }
            FreeValue(ctx, result);
        }
        q->head = q->tail = 0;
        q->tick_info[0] = 0;
        if (magic == TICKS_DRAIN) {
            JSRuntime *rt = GetRuntime(ctx);
            JSContext *job_ctx;
            int status;
            while ((status = ExecutePendingJob(rt, &job_ctx)) > 0) {}
            if (status < 0) return value(TAG_EXCEPTION, 0);
            if (q->head < q->tail) goto again;
        }
        return value(TAG_UNDEFINED, 0);
    case TICKS_DELEGATE:
        q->delegate = argc > 0 && ToBool(ctx, argv[0]);
        return value(TAG_UNDEFINED, 0);
    }
    return value(TAG_UNDEFINED, 0);
}

/* JS: EventEmitter.prototype.addListener / on(type, listener) and removeListener / off(type,
 * listener) once a program uses sockets (internal/events/fast_emit.js), as fastio_emit: the
 * common cases in C, reading each property once and in the order events.js does, every other
 * case handed to events.js with what was read (the emitter as `this`). addListener (magic 0):
 *   data[L_JS](type, listener)                      a listener to validate, a type that is not a
 *                                                   string or symbol
 *   data[L_FROM](events, type, listener)            `_events` is not an object
 *   data[L_NOTIFY](type, listener)                  someone listens to 'newListener'
 *   data[L_LIST](events, existing, type, listener)  the event has several listeners already
 *   data[L_WARN](listeners, type, max)              more listeners than `max` (or an odd max)
 *   data[L_COUNT]()                                 ++this._eventsCount, when it is not a number
 * with data[L_MAX] a one-element array holding events.defaultMaxListeners. removeListener
 * (magic 1):
 *   data[L_JS](type, listener), data[L_FROM](events, type, listener) as above
 *   data[R_FOUND](events, list, type, listener)     the listener is not the event's only one
 *   data[R_NOTIFY](type, list, listener)            someone listens to 'removeListener'
 * listenerCount (magic 2), for a type alone: data[L_JS](type, listener) does the rest.
 * Atoms: data[A_LENGTH] "length", data[A_EVENTS] "_events", data[A_COUNT] "_eventsCount", data[A_NEW] "newListener",
 * data[A_REMOVE] "removeListener", data[A_MAX] "_maxListeners"; data[A_SHAPE] is events.js's kShapeMode. */
enum { A_EVENTS, A_COUNT, A_NEW, A_REMOVE, A_MAX, A_SHAPE, A_LENGTH, L_JS, L_FROM, L_NOTIFY, L_LIST, L_WARN,
       L_MAX, L_COUNT, LISTENERS_DATA };
enum { R_FOUND = L_NOTIFY, R_NOTIFY = L_LIST };

static bool is_key(JSValue v) {
    return v.tag == TAG_STRING || v.tag == TAG_STRING_ROPE || v.tag == TAG_SYMBOL;
}

static uint32_t atom_of(JSValue *data, int which) { return (uint32_t)data[which].u; }

/* this._eventsCount += delta when it is a number (true), else false (nothing done: events.js does it) */
static int add_to_count(JSContext *ctx, JSValue target, JSValue *data, int delta) {
    JSValue count = GetProperty(ctx, target, atom_of(data, A_COUNT));
    if (count.tag == TAG_EXCEPTION) return -1;
    bool ok;
    double n = number_of(count, &ok) + delta;
    if (!ok) {
        FreeValue(ctx, count);
        return 0;
    }
    return SetProperty(ctx, target, atom_of(data, A_COUNT), number_value(n)) < 0 ? -1 : 1;
}

/* listenerCount(type): as events.js's, for a string or symbol type and no listener to match */
static JSValue listener_count(JSContext *ctx, JSValue this_val, int argc, JSValue *argv, JSValue *data) {
    if (argc < 1 || !is_key(argv[0]) || (argc > 1 && argv[1].tag != TAG_UNDEFINED && argv[1].tag != TAG_NULL))
        return Call(ctx, data[L_JS], this_val, argc, argv);
    JSValue events = GetProperty(ctx, this_val, atom_of(data, A_EVENTS));
    if (events.tag == TAG_EXCEPTION) return events;
    if (events.tag == TAG_UNDEFINED) return value(TAG_INT, 0);
    if (events.tag != TAG_OBJECT) {   /* (a TypeError, or 0, as JS says) */
        FreeValue(ctx, events);
        return Call(ctx, data[L_JS], this_val, argc, argv);
    }
    uint32_t key = ValueToAtom(ctx, argv[0]);
    if (key == 0) {
        FreeValue(ctx, events);
        return value(TAG_EXCEPTION, 0);
    }
    JSValue found = GetProperty(ctx, events, key);
    FreeAtom(ctx, key);
    FreeValue(ctx, events);
    if (found.tag == TAG_EXCEPTION) return found;
    if (found.tag == TAG_UNDEFINED) return value(TAG_INT, 0);
    if (IsFunction(ctx, found)) {
        FreeValue(ctx, found);
        return value(TAG_INT, 1);
    }
    JSValue length = GetProperty(ctx, found, atom_of(data, A_LENGTH));   /* (null: its TypeError) */
    FreeValue(ctx, found);
    return length;
}

JSValue fastio_listeners(JSContext *ctx, JSValue this_val, int argc, JSValue *argv, int magic, JSValue *data) {
    if (magic == 2) return listener_count(ctx, this_val, argc, argv, data);
    if (argc < 2 || !is_key(argv[0]) || !IsFunction(ctx, argv[1]))
        return Call(ctx, data[L_JS], this_val, argc, argv);
    JSValue type = argv[0], listener = argv[1];
    JSValue events = GetProperty(ctx, this_val, atom_of(data, A_EVENTS));
    if (events.tag == TAG_EXCEPTION) return events;
    if (events.tag != TAG_OBJECT) {
        if (magic == 1 && events.tag == TAG_UNDEFINED) return DupValue(ctx, this_val);
        JSValue args[3] = { events, type, listener };
        JSValue result = Call(ctx, data[L_FROM], this_val, 3, args);
        FreeValue(ctx, events);
        return result;
    }
    JSValue result = value(TAG_UNDEFINED, 0);
    uint32_t key = 0;
    JSValue found = value(TAG_UNDEFINED, 0);
    if (magic == 0) {   /* addListener */
        JSValue notify = GetProperty(ctx, events, atom_of(data, A_NEW));
        if (notify.tag == TAG_EXCEPTION) goto fail;
        if (notify.tag != TAG_UNDEFINED) {
            FreeValue(ctx, notify);
            JSValue args[2] = { type, listener };
            result = Call(ctx, data[L_NOTIFY], this_val, 2, args);
            goto done;
        }
        key = ValueToAtom(ctx, type);
        if (key == 0) goto fail;
        found = GetProperty(ctx, events, key);
        if (found.tag == TAG_EXCEPTION) goto fail;
        if (found.tag == TAG_UNDEFINED) {
            if (SetProperty(ctx, events, key, DupValue(ctx, listener)) < 0) goto fail;
            int counted = add_to_count(ctx, this_val, data, 1);
            if (counted < 0) goto fail;
            if (counted == 0) {   /* an odd _eventsCount: ++ as JS does it */
                result = Call(ctx, data[L_COUNT], this_val, 0, NULL);
                goto done;
            }
            result = DupValue(ctx, this_val);
            goto done;
        }
        if (!IsFunction(ctx, found)) {
            JSValue args[4] = { events, found, type, listener };
            result = Call(ctx, data[L_LIST], this_val, 4, args);
            goto done;
        }
        JSValue list = NewArray(ctx);
        if (list.tag == TAG_EXCEPTION) goto fail;
        if (SetPropertyUint32(ctx, list, 0, DupValue(ctx, found)) < 0 ||
            SetPropertyUint32(ctx, list, 1, DupValue(ctx, listener)) < 0 ||
            SetProperty(ctx, events, key, DupValue(ctx, list)) < 0) {
            FreeValue(ctx, list);
            goto fail;
        }
        JSValue max = GetProperty(ctx, this_val, atom_of(data, A_MAX));
        if (max.tag == TAG_EXCEPTION) {
            FreeValue(ctx, list);
            goto fail;
        }
        if (max.tag == TAG_UNDEFINED) max = GetPropertyUint32(ctx, data[L_MAX], 0);
        bool ok;
        double m = number_of(max, &ok);
        if (!ok || (m > 0 && 2 > m)) {
            JSValue args[3] = { list, type, max };
            JSValue warned = Call(ctx, data[L_WARN], this_val, 3, args);
            FreeValue(ctx, max);
            FreeValue(ctx, list);
            if (warned.tag == TAG_EXCEPTION) goto fail;
            FreeValue(ctx, warned);
        } else {
            FreeValue(ctx, max);
            FreeValue(ctx, list);
        }
        result = DupValue(ctx, this_val);
        goto done;
    }
    /* removeListener */
    key = ValueToAtom(ctx, type);
    if (key == 0) goto fail;
    found = GetProperty(ctx, events, key);
    if (found.tag == TAG_EXCEPTION) goto fail;
    if (found.tag == TAG_UNDEFINED) {
        result = DupValue(ctx, this_val);
        goto done;
    }
    if (found.tag != TAG_OBJECT || found.u != listener.u) {
        JSValue args[4] = { events, found, type, listener };
        result = Call(ctx, data[R_FOUND], this_val, 4, args);
        goto done;
    }
    int counted = add_to_count(ctx, this_val, data, -1);
    if (counted <= 0) {
        if (counted < 0) goto fail;
        JSValue args[4] = { events, found, type, listener };   /* an odd _eventsCount: all in JS */
        result = Call(ctx, data[R_FOUND], this_val, 4, args);
        goto done;
    }
    uint32_t shape_key = ValueToAtom(ctx, data[A_SHAPE]);   /* (a symbol: its own atom) */
    if (shape_key == 0) goto fail;
    JSValue shape = GetProperty(ctx, this_val, shape_key);
    FreeAtom(ctx, shape_key);
    if (shape.tag == TAG_EXCEPTION) goto fail;
    bool shaped = shape.tag == TAG_BOOL ? shape.u != 0 : (shape.tag != TAG_UNDEFINED && ToBool(ctx, shape));
    FreeValue(ctx, shape);
    if (shaped) {
        if (SetProperty(ctx, events, key, value(TAG_UNDEFINED, 0)) < 0) goto fail;
        result = DupValue(ctx, this_val);
        goto done;
    }
    JSValue count = GetProperty(ctx, this_val, atom_of(data, A_COUNT));
    if (count.tag == TAG_EXCEPTION) goto fail;
    bool ok;
    double n = number_of(count, &ok);
    FreeValue(ctx, count);
    if (ok && n == 0) {
        JSValue fresh = NewObjectProto(ctx, value(TAG_NULL, 0));
        if (fresh.tag == TAG_EXCEPTION || SetProperty(ctx, this_val, atom_of(data, A_EVENTS), fresh) < 0) goto fail;
        result = DupValue(ctx, this_val);
        goto done;
    }
    if (DeleteProperty(ctx, events, key, 1 << 14) < 0) goto fail;   /* (JS_PROP_THROW, as strict code) */
    JSValue notify = GetProperty(ctx, events, atom_of(data, A_REMOVE));
    if (notify.tag == TAG_EXCEPTION) goto fail;
    bool notifying = notify.tag != TAG_UNDEFINED && ToBool(ctx, notify);
    FreeValue(ctx, notify);
    if (notifying) {
        JSValue args[3] = { type, found, listener };
        JSValue emitted = Call(ctx, data[R_NOTIFY], this_val, 3, args);
        if (emitted.tag == TAG_EXCEPTION) goto fail;
        FreeValue(ctx, emitted);
    }
    result = DupValue(ctx, this_val);
    goto done;
fail:
    result = value(TAG_EXCEPTION, 0);
done:
    if (key != 0) FreeAtom(ctx, key);
    FreeValue(ctx, found);
    FreeValue(ctx, events);
    return result;
}
