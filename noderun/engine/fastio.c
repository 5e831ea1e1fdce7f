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
 *                 from a Uint8Array's or a string's memory, what the kernel takes at once.
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
#include <sys/socket.h>
#include <sys/types.h>

typedef struct { int64_t u; int64_t tag; } JSValue;
typedef struct JSContext JSContext;

enum { TAG_INT = 0, TAG_BOOL = 1, TAG_UNDEFINED = 3, TAG_EXCEPTION = 6, TAG_STRING_ROPE = -6, TAG_STRING = -7 };

static JSValue (*NewArrayBufferCopy)(JSContext *, const uint8_t *, size_t);
static JSValue (*Call)(JSContext *, JSValue, JSValue, int, JSValue *);
static void (*FreeValue)(JSContext *, JSValue);
static uint8_t *(*GetUint8Array)(JSContext *, size_t *, JSValue);
static bool (*HasException)(JSContext *);
static const char *(*ToCStringLen2)(JSContext *, size_t *, JSValue, bool);
static void (*FreeCString)(JSContext *, const char *);

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
    return NewArrayBufferCopy && Call && FreeValue && GetUint8Array && HasException && ToCStringLen2 &&
           FreeCString ? 0 : -2;
}

/* Read once from `fd` into `buffer`; when bytes came, call `*fn(id, ArrayBuffer of them)`, its
 * result (owned, maybe the exception marker) in `*result`. Returns the number of bytes read, 0 at
 * the end of the stream, -errno when recv() failed (-EAGAIN: nothing to read after all). */
long fastio_read(JSContext *ctx, const JSValue *fn, int fd, int32_t id, uint8_t *buffer, size_t size,
                 JSValue *result) {
    ssize_t n = recv(fd, buffer, size, 0);
    if (n <= 0) return n == 0 ? 0 : -errno;
    JSValue argv[2];
    argv[0] = value(TAG_INT, (uint32_t)id);
    argv[1] = NewArrayBufferCopy(ctx, buffer, (size_t)n);
    if (argv[1].tag == TAG_EXCEPTION) {   /* out of memory: thrown in the context */
        *result = argv[1];
        return n;
    }
    *result = Call(ctx, *fn, value(TAG_UNDEFINED, 0), 2, argv);
    FreeValue(ctx, argv[1]);
    return n;
}

/* A string's UTF-8 as the engine writes it holds a lone surrogate as its own three bytes (ED A0-BF
 * xx); node writes U+FFFD for it, which the host's path does. */
static bool has_lone_surrogate(const uint8_t *p, size_t size) {
    for (size_t i = 0; i + 1 < size; i++)
        if (p[i] == 0xED && p[i + 1] >= 0xA0) return true;
    return false;
}

/* JS: send(fd, data) with data a Uint8Array or a string (UTF-8): true when the kernel took all
 * of it now, else the number of bytes it took (0 when it would block, on an error, or for a string
 * with a lone surrogate); the caller hands the rest to the host's write, which queues it or
 * reports the error. Never blocks, never raises SIGPIPE. */
JSValue fastio_send(JSContext *ctx, JSValue this_val, int argc, JSValue *argv, int magic, JSValue *data) {
    (void)this_val, (void)magic, (void)data;
    if (argc < 2 || argv[0].tag != TAG_INT) return value(TAG_INT, 0);
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
            return value(TAG_INT, 0);
        }
    } else {
        bytes = GetUint8Array(ctx, &size, argv[1]);
        if (bytes == NULL)   /* not a Uint8Array (the engine threw) or an empty one */
            return HasException(ctx) ? value(TAG_EXCEPTION, 0) : value(TAG_BOOL, 1);
    }
    ssize_t sent = size > 0 ? send(fd, bytes, size, MSG_DONTWAIT | MSG_NOSIGNAL) : 0;
    if (text != NULL) FreeCString(ctx, text);
    if (sent == (ssize_t)size) return value(TAG_BOOL, 1);
    return value(TAG_INT, sent > 0 ? (uint32_t)sent : 0);
}
