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

static JSValue value(int64_t tag, int64_t u) {
    JSValue v = { u, tag };
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
    return NewArrayBufferCopy && Call && FreeValue && GetUint8Array && HasException && ToCStringLen2 &&
           FreeCString && IsJobPending && ExecutePendingJob && GetRuntime && GetProperty && ValueToAtom &&
           FreeAtom && IsFunction && ThrowOutOfMemory ? 0 : -2;
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
    if (sent == (ssize_t)size && size <= INT32_MAX) return value(TAG_INT, (uint32_t)size);
    if (sent == (ssize_t)size) {   /* (past 2 GiB: a double) */
        double as_double = (double)size;
        JSValue v = value(TAG_FLOAT64, 0);
        memcpy(&v.u, &as_double, sizeof as_double);
        return v;
    }
    return value(TAG_INT, (uint32_t)(-1 - (int32_t)(sent > 0 ? sent : 0)));
}

/* JS: loopNow(), the loop's clock brought up to date: whole ms of CLOCK_MONOTONIC since the loop's
 * origin, data[0] (seconds as host/loop.py's EventLoop keeps them), computed as its update_time()
 * does from time.monotonic() (nanoseconds / 1e9 as a double), so both read the same clock alike. */
JSValue fastio_loop_now(JSContext *ctx, JSValue this_val, int argc, JSValue *argv, int magic, JSValue *data) {
    (void)ctx, (void)this_val, (void)argc, (void)argv, (void)magic;
    double origin = 0;
    if (data[0].tag == TAG_FLOAT64) memcpy(&origin, &data[0].u, sizeof origin);
    else if (data[0].tag == TAG_INT) origin = (int32_t)data[0].u;
    struct timespec now;
    clock_gettime(CLOCK_MONOTONIC, &now);
    double seconds = (double)((int64_t)now.tv_sec * 1000000000 + now.tv_nsec) / 1e9;
    int64_t ms = (int64_t)((seconds - origin) * 1000);
    if (ms >= INT32_MIN && ms <= INT32_MAX) return value(TAG_INT, (uint32_t)ms);
    double as_double = (double)ms;
    JSValue v = value(TAG_FLOAT64, 0);
    memcpy(&v.u, &as_double, sizeof as_double);
    return v;
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
    if (size <= INT32_MAX) return value(TAG_INT, (uint32_t)size);
    double as_double = (double)size;
    JSValue v = value(TAG_FLOAT64, 0);
    memcpy(&v.u, &as_double, sizeof as_double);
    return v;
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
