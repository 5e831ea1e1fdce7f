/* Atomics in C: the wait table behind Atomics.wait / notify / waitAsync, and the Atomics
 * operations JS calls in tight loops, with no Python in either (see natomics.py, which builds and
 * loads this file as fastio.py does fastio.c).
 *
 * The engine's own Atomics.wait blocks where nothing can reach it (terminate() could not stop a
 * worker blocked in it) and it has no waitAsync; the wait went through Python instead, which put
 * the GIL and two Python calls in every wake-up. Here:
 *
 *   the table   one process-wide mutex; waiters in 256 buckets by the address of the element,
 *               each bucket a FIFO list, so waiters on one address are woken oldest first, sync
 *               and async alike. The value is compared under the mutex and notify takes it, so no
 *               wake-up is lost between the compare and the sleep.
 *   a wait      sleeps on a futex, its waiter's state word, outside the table's lock; notify
 *               sets the word under the lock and wakes the futex after releasing it, so the
 *               woken thread does not run into the lock the notifier still holds.
 *   an owner    one per JS thread (natomics_owner_new, made current on its thread by
 *               natomics_attach): its blocked wait, its pending async waits, and the results
 *               of those that ended (an eventfd tells its event loop).
 *               natomics_owner_terminate wakes a blocked wait with TERMINATED (the JS then gets
 *               an uncatchable error, as any host call of a terminated thread does) and withdraws
 *               its async waits.
 *   deadlines   the timeouts of async waits: a heap served by one thread, started on first use.
 *   JS          the Atomics methods (add, sub, and, or, xor, exchange, compareExchange, load,
 *               store, wait, notify) are objects of a class of ours whose call hook is
 *               method_call (natomics_class_new, natomics_method_new). Each does the common case
 *               (an integer typed array, an int32 index in range, int32 values) itself and hands
 *               anything else to its JS method (internal/worker/atomics.js), which has V8's
 *               checks and messages. A write, a wait and a notify first send the messages a
 *               MessagePort batched when the flag in the thread's tick info says some wait (its
 *               flush function sends them): the write may be the signal another thread waits for
 *               before it reads them. waitAt / notifyAt / waitAsyncAt take an address (the JS
 *               slow path's, after its checks).
 *
 * The engine's functions are found in its shared object as fastio.c finds them. A JSValue is
 * 16 bytes on x86-64 (engine/quickjs.h).
 */

#define _GNU_SOURCE
#include <dlfcn.h>
#include <linux/futex.h>
#include <sys/syscall.h>
#include <errno.h>
#include <math.h>
#include <pthread.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/eventfd.h>
#include <time.h>
#include <unistd.h>

typedef struct { int64_t u; int64_t tag; } JSValue;
typedef struct JSContext JSContext;

enum { TAG_INT = 0, TAG_BOOL = 1, TAG_UNDEFINED = 3, TAG_EXCEPTION = 6, TAG_FLOAT64 = 8 };
/* quickjs.h's JSTypedArrayEnum */
enum { TA_INT8 = 1, TA_UINT8, TA_INT16, TA_UINT16, TA_INT32, TA_UINT32, TA_BIG_INT64 };
enum { OP_ADD, OP_SUB, OP_AND, OP_OR, OP_XOR, OP_EXCHANGE, OP_COMPARE_EXCHANGE, OP_LOAD, OP_STORE };
enum { OK = 0, NOT_EQUAL = 1, TIMED_OUT = 2, TERMINATED = 3 };
enum { SENDS_PENDING = 3 };   /* the tick info's slot (internal/process/task_queues.js) */

static int (*GetTypedArrayType)(JSValue);
static JSValue (*GetTypedArrayBuffer)(JSContext *, JSValue, size_t *, size_t *, size_t *);
static uint8_t *(*GetArrayBuffer)(JSContext *, size_t *, JSValue);
static uint32_t (*GetClassID)(JSValue);
static void (*FreeValue)(JSContext *, JSValue);
static JSValue (*DupValue)(JSContext *, JSValue);
static JSValue (*Call)(JSContext *, JSValue, JSValue, int, JSValue *);
static JSValue (*GetException)(JSContext *);
static JSValue (*Throw)(JSContext *, JSValue);
static JSValue (*ThrowInternalError)(JSContext *, const char *, ...);
static void (*SetUncatchableError)(JSContext *, JSValue);
static int (*ToBigInt64)(JSContext *, int64_t *, JSValue);
static int (*ToFloat64)(JSContext *, double *, JSValue);
static int (*NewClass)(void *, uint32_t, const void *);
static uint32_t (*NewClassID)(void *, uint32_t *);
static JSValue (*NewObjectProtoClass)(JSContext *, JSValue, uint32_t);
static JSValue (*GetFunctionProto)(JSContext *);
static int (*SetOpaque)(JSValue, void *);
static void *(*GetAnyOpaque)(JSValue, uint32_t *);
static int (*DefinePropertyValueStr)(JSContext *, JSValue, const char *, JSValue, int);
static JSValue (*NewStringLen)(JSContext *, const char *, size_t);
static void (*MarkValue)(void *, JSValue, void *);
static void (*FreeValueRT)(void *, JSValue);

/* What the Atomics methods read on every call and nothing writes once they exist (natomics_learn,
 * natomics_method_new): a cache line of its own, so that the wait table's lock and lists, which
 * every wait and notify writes, never share it with them. */
static struct {
    uint32_t shared_class_id;          /* JS_CLASS_SHARED_ARRAY_BUFFER */
    uint32_t typed_array_class_base;   /* the class id of JSTypedArrayEnum 0 (Uint8ClampedArray) */
    bool layout_known;                 /* the JSObject layout below is the engine's (natomics_learn) */
    /* an operation's common case may read the engine's objects directly: the layout is known and
     * a method's Method is at OBJ_OPAQUE (checked on each method made) */
    bool fast_path;
} __attribute__((aligned(64))) hot;

static JSValue value(int64_t tag, int64_t u) {
    JSValue v = { u, tag };
    return v;
}

static JSValue number(double d) {
    JSValue v;
    memcpy(&v.u, &d, sizeof d);
    v.tag = TAG_FLOAT64;
    return v;
}

/* Find the engine's functions in its shared object (loaded already: RTLD_NOLOAD). 0 when all
 * were found. */
int natomics_init(const char *engine_path) {
    void *engine = dlopen(engine_path, RTLD_NOW | RTLD_NOLOAD);
    if (engine == NULL) return -1;
    GetTypedArrayType = dlsym(engine, "JS_GetTypedArrayType");
    GetTypedArrayBuffer = dlsym(engine, "JS_GetTypedArrayBuffer");
    GetArrayBuffer = dlsym(engine, "JS_GetArrayBuffer");
    GetClassID = dlsym(engine, "JS_GetClassID");
    FreeValue = dlsym(engine, "JS_FreeValue");
    DupValue = dlsym(engine, "JS_DupValue");
    Call = dlsym(engine, "JS_Call");
    GetException = dlsym(engine, "JS_GetException");
    Throw = dlsym(engine, "JS_Throw");
    ThrowInternalError = dlsym(engine, "JS_ThrowInternalError");
    SetUncatchableError = dlsym(engine, "JS_SetUncatchableError");
    ToBigInt64 = dlsym(engine, "JS_ToBigInt64");
    ToFloat64 = dlsym(engine, "JS_ToFloat64");
    NewClass = dlsym(engine, "JS_NewClass");
    NewClassID = dlsym(engine, "JS_NewClassID");
    NewObjectProtoClass = dlsym(engine, "JS_NewObjectProtoClass");
    GetFunctionProto = dlsym(engine, "JS_GetFunctionProto");
    SetOpaque = dlsym(engine, "JS_SetOpaque");
    GetAnyOpaque = dlsym(engine, "JS_GetAnyOpaque");
    DefinePropertyValueStr = dlsym(engine, "JS_DefinePropertyValueStr");
    NewStringLen = dlsym(engine, "JS_NewStringLen");
    MarkValue = dlsym(engine, "JS_MarkValue");
    FreeValueRT = dlsym(engine, "JS_FreeValueRT");
    return GetTypedArrayType && GetTypedArrayBuffer && GetArrayBuffer && GetClassID && FreeValue &&
           DupValue && Call && GetException && Throw && ThrowInternalError && SetUncatchableError &&
           ToBigInt64 && ToFloat64 && NewClass && NewClassID && NewObjectProtoClass && GetFunctionProto &&
           SetOpaque && GetAnyOpaque && DefinePropertyValueStr && NewStringLen && MarkValue &&
           FreeValueRT ? 0 : -2;
}

/* Where a typed array keeps its memory and length inside the engine's JSObject, and its buffer's
 * class inside its JSTypedArray: the byte offsets of quickjs.c's struct JSObject (class_id;
 * u.array.u1.typed_array, u.array.u.ptr, u.array.count) and struct JSTypedArray (buffer) on
 * x86-64 in the pinned version. Reading them directly makes an Atomics.add a few loads instead of
 * four calls into the engine; natomics_learn checks them against the engine's API on a sample
 * first, and when any differs (another engine build) the API is used. */
enum { OBJ_CLASS_ID = 18, OBJ_TYPED_ARRAY = 48, OBJ_ARRAY_DATA = 56, OBJ_ARRAY_COUNT = 64, TA_BUFFER = 24 };

static uint16_t class_at(const void *object) {
    return *(const uint16_t *)((const uint8_t *)object + OBJ_CLASS_ID);
}

static void *pointer_at(const void *object, int offset) {
    return *(void *const *)((const uint8_t *)object + offset);
}

/* `sample`: new Int32Array(new SharedArrayBuffer(16), 4, 2). Learn the class of a
 * SharedArrayBuffer (the one the methods take as shared) and check the JSObject layout above. */
void natomics_learn(JSContext *ctx, const JSValue *sample) {
    size_t offset, length, bytes, size;
    JSValue buffer = GetTypedArrayBuffer(ctx, *sample, &offset, &length, &bytes);
    if (buffer.tag == TAG_EXCEPTION) {
        FreeValue(ctx, GetException(ctx));
        return;
    }
    hot.shared_class_id = GetClassID(buffer);
    hot.typed_array_class_base = GetClassID(*sample) - GetTypedArrayType(*sample);
    uint8_t *data = GetArrayBuffer(ctx, &size, buffer);
    const void *object = (const void *)(uintptr_t)sample->u;
    const void *typed_array = pointer_at(object, OBJ_TYPED_ARRAY);
    hot.layout_known = data != NULL && offset == 4 && length == 8 && sample->tag == -1 &&
        class_at(object) == GetClassID(*sample) &&
        pointer_at(object, OBJ_ARRAY_DATA) == data + 4 &&
        *(const uint32_t *)((const uint8_t *)object + OBJ_ARRAY_COUNT) == 2 &&
        typed_array != NULL && pointer_at(typed_array, TA_BUFFER) == (void *)(uintptr_t)buffer.u &&
        class_at((void *)(uintptr_t)buffer.u) == hot.shared_class_id;
    FreeValue(ctx, buffer);
}

/* -- the wait table ----------------------------------------------------------------------- */

typedef struct Owner Owner;

typedef struct Waiter {
    struct Waiter *prev, *next;            /* its bucket's list */
    uintptr_t address;
    Owner *owner;
    int state;                             /* WAITING until woken, then its result (a futex) */
    bool is_async;
    double id;                             /* an async wait's, given back with its result */
    struct Waiter *owner_prev, *owner_next;  /* an async wait: its owner's list */
    int64_t deadline;                      /* an async wait with a timeout: CLOCK_MONOTONIC ns */
    long heap_index;                       /* its place in the deadline heap, -1 when not in it */
} Waiter;

enum { WAITING = -1 };

typedef struct { double id; int result; } Completion;

struct Owner {
    Waiter *blocked;           /* its blocked wait, while it sleeps */
    bool terminating;
    Waiter async_list;         /* sentinel of its pending async waits */
    Completion *done;          /* async waits that ended, for its loop to take */
    size_t done_count, done_capacity;
    int fd;                    /* eventfd: written when `done` stops being empty */
};

#define BUCKETS 256
typedef struct { Waiter *head, *tail; } Bucket;

static pthread_mutex_t table_lock = PTHREAD_MUTEX_INITIALIZER;
static Bucket buckets[BUCKETS];
static __thread Owner *current_owner;

static Bucket *bucket_of(uintptr_t address) {
    return &buckets[((address >> 2) * 0x9E3779B97F4A7C15ull) >> 56];
}

static void enqueue(Waiter *w) {
    Bucket *b = bucket_of(w->address);
    w->next = NULL;
    w->prev = b->tail;
    if (b->tail) b->tail->next = w; else b->head = w;
    b->tail = w;
}

static void dequeue(Waiter *w) {
    Bucket *b = bucket_of(w->address);
    if (w->prev) w->prev->next = w->next; else b->head = w->next;
    if (w->next) w->next->prev = w->prev; else b->tail = w->prev;
    w->prev = w->next = NULL;
}

static int64_t load(uintptr_t address, int size) {
    if (size == 8) return __atomic_load_n((int64_t *)address, __ATOMIC_SEQ_CST);
    return __atomic_load_n((int32_t *)address, __ATOMIC_SEQ_CST);
}

static int64_t now_ns(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (int64_t)t.tv_sec * 1000000000 + t.tv_nsec;
}

/* A deadline `ms` from now; INT64_MAX for never (NaN and infinity). */
static int64_t deadline_after(double ms) {
    if (!(ms < 9.2e12)) return INT64_MAX;   /* (also NaN) */
    if (ms < 0) ms = 0;
    return now_ns() + (int64_t)(ms * 1e6);
}

/* Wake the thread asleep on `word`. Called after the table's lock is released, when the waiter
 * may already have returned: its word (on its stack) may then hold another wait of the same thread
 * or other data, and the wake-up is a spurious one, which every futex waiter tolerates (a wait
 * here sleeps again while its word says WAITING). */
static void futex_wake(int *word) {
    syscall(SYS_futex, word, FUTEX_WAKE_PRIVATE, 1, NULL, NULL, 0);
}

/* Sleep while *word is WAITING, until `deadline` (CLOCK_MONOTONIC ns; INT64_MAX: never). */
static void futex_sleep(int *word, int64_t deadline) {
    if (deadline == INT64_MAX) {
        syscall(SYS_futex, word, FUTEX_WAIT_PRIVATE, WAITING, NULL, NULL, 0);
    } else {
        struct timespec t = { deadline / 1000000000, deadline % 1000000000 };
        syscall(SYS_futex, word, FUTEX_WAIT_BITSET_PRIVATE, WAITING, &t, NULL, FUTEX_BITSET_MATCH_ANY);
    }
}

static void init_monotonic_cond(pthread_cond_t *cond) {
    pthread_condattr_t attr;
    pthread_condattr_init(&attr);
    pthread_condattr_setclock(&attr, CLOCK_MONOTONIC);
    pthread_cond_init(cond, &attr);
    pthread_condattr_destroy(&attr);
}

/* -- the deadlines of async waits ----------------------------------------------------------- */

static Waiter **heap;
static long heap_count, heap_capacity;
static pthread_cond_t timer_cond;
static bool timer_started;

static void heap_place(long i, Waiter *w) {
    heap[i] = w;
    w->heap_index = i;
}

static void heap_up(long i) {
    Waiter *w = heap[i];
    while (i > 0) {
        long parent = (i - 1) / 2;
        if (heap[parent]->deadline <= w->deadline) break;
        heap_place(i, heap[parent]);
        i = parent;
    }
    heap_place(i, w);
}

static void heap_down(long i) {
    Waiter *w = heap[i];
    for (;;) {
        long child = 2 * i + 1;
        if (child >= heap_count) break;
        if (child + 1 < heap_count && heap[child + 1]->deadline < heap[child]->deadline) child++;
        if (heap[child]->deadline >= w->deadline) break;
        heap_place(i, heap[child]);
        i = child;
    }
    heap_place(i, w);
}

static void heap_remove(Waiter *w) {
    long i = w->heap_index;
    if (i < 0) return;
    w->heap_index = -1;
    Waiter *last = heap[--heap_count];
    if (last == w) return;
    heap_place(i, last);
    heap_up(i);
    heap_down(last->heap_index);
}

static void complete(Owner *o, double id, int result);
static void async_unlink(Waiter *w);

static void *timer_main(void *unused) {
    (void)unused;
    pthread_mutex_lock(&table_lock);
    for (;;) {
        if (heap_count == 0) {
            pthread_cond_wait(&timer_cond, &table_lock);
            continue;
        }
        Waiter *w = heap[0];
        if (w->deadline > now_ns()) {
            struct timespec t = { w->deadline / 1000000000, w->deadline % 1000000000 };
            pthread_cond_timedwait(&timer_cond, &table_lock, &t);
            continue;
        }
        heap_remove(w);
        dequeue(w);
        async_unlink(w);
        complete(w->owner, w->id, TIMED_OUT);
        free(w);
    }
    return NULL;
}

/* Give `w` its deadline (table lock held); false when the timer thread cannot start. */
static bool heap_add(Waiter *w) {
    if (!timer_started) {
        pthread_t thread;
        pthread_attr_t attr;
        init_monotonic_cond(&timer_cond);
        pthread_attr_init(&attr);
        pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
        pthread_attr_setstacksize(&attr, 64 * 1024);
        int failed = pthread_create(&thread, &attr, timer_main, NULL);
        pthread_attr_destroy(&attr);
        if (failed) return false;
        timer_started = true;
    }
    if (heap_count == heap_capacity) {
        long capacity = heap_capacity ? heap_capacity * 2 : 64;
        Waiter **grown = realloc(heap, capacity * sizeof *grown);
        if (grown == NULL) return false;
        heap = grown;
        heap_capacity = capacity;
    }
    heap_place(heap_count++, w);
    heap_up(heap_count - 1);
    if (heap[0] == w) pthread_cond_signal(&timer_cond);   /* a new earliest deadline */
    return true;
}

/* -- owners --------------------------------------------------------------------------------- */

Owner *natomics_owner_new(void) {
    Owner *o = calloc(1, sizeof *o);
    if (o == NULL) return NULL;
    o->fd = eventfd(0, EFD_NONBLOCK | EFD_CLOEXEC);
    if (o->fd < 0) {
        free(o);
        return NULL;
    }
    o->async_list.owner_next = o->async_list.owner_prev = &o->async_list;
    return o;
}

int natomics_owner_fd(Owner *o) {
    return o->fd;
}

/* How many results of `o`'s async waits wait for its loop (read without the lock: a hint that
 * keeps the loop alive until it has taken them). */
const size_t *natomics_owner_done(Owner *o) {
    return &o->done_count;
}

/* `o` is the calling thread's owner (NULL: none). */
void natomics_attach(Owner *o) {
    current_owner = o;
}

static void async_unlink(Waiter *w) {
    w->owner_prev->owner_next = w->owner_next;
    w->owner_next->owner_prev = w->owner_prev;
}

/* Withdraw every async wait of `o` without a result (table lock held). */
static void withdraw_async(Owner *o) {
    while (o->async_list.owner_next != &o->async_list) {
        Waiter *w = o->async_list.owner_next;
        async_unlink(w);
        dequeue(w);
        heap_remove(w);
        free(w);
    }
}

/* The thread of `o` is being terminated (from any thread): its blocked wait returns TERMINATED,
 * its async waits are withdrawn, and every later wait returns TERMINATED at once. */
void natomics_owner_terminate(Owner *o) {
    pthread_mutex_lock(&table_lock);
    o->terminating = true;
    Waiter *w = o->blocked;
    int *woken = NULL;
    if (w != NULL && w->state == WAITING) {
        dequeue(w);
        __atomic_store_n(&w->state, TERMINATED, __ATOMIC_SEQ_CST);
        woken = &w->state;
    }
    withdraw_async(o);
    o->done_count = 0;
    pthread_mutex_unlock(&table_lock);
    if (woken != NULL) futex_wake(woken);
}

/* Free `o`, on its own thread once its JS is over: its async waits are withdrawn. */
void natomics_owner_free(Owner *o) {
    pthread_mutex_lock(&table_lock);
    o->terminating = true;
    withdraw_async(o);
    pthread_mutex_unlock(&table_lock);
    if (current_owner == o) current_owner = NULL;
    close(o->fd);
    free(o->done);
    free(o);
}

/* An async wait of `o` ended (table lock held): its loop will take the result. */
static void complete(Owner *o, double id, int result) {
    if (o->done_count == o->done_capacity) {
        size_t capacity = o->done_capacity ? o->done_capacity * 2 : 16;
        Completion *grown = realloc(o->done, capacity * sizeof *grown);
        if (grown == NULL) return;   /* out of memory: the promise stays pending */
        o->done = grown;
        o->done_capacity = capacity;
    }
    o->done[o->done_count++] = (Completion){ id, result };
    if (o->done_count == 1) {
        uint64_t one = 1;
        ssize_t written = write(o->fd, &one, sizeof one);
        (void)written;   /* EAGAIN: the counter is full, so the loop is woken anyway */
    }
}

/* Up to `max` ended async waits of `o` (their ids and results), oldest first; how many. */
int natomics_take(Owner *o, double *ids, int *results, int max) {
    pthread_mutex_lock(&table_lock);
    size_t n = o->done_count < (size_t)max ? o->done_count : (size_t)max;
    for (size_t i = 0; i < n; i++) {
        ids[i] = o->done[i].id;
        results[i] = o->done[i].result;
    }
    memmove(o->done, o->done + n, (o->done_count - n) * sizeof *o->done);
    o->done_count -= n;
    pthread_mutex_unlock(&table_lock);
    return (int)n;
}

/* -- wait, notify, wait async --------------------------------------------------------------- */

/* Block the calling thread while the `size`-byte integer at `address` holds `expected`, until a
 * notify, `timeout_ms` (NaN or infinity: never) or its owner's termination. */
int natomics_wait(uintptr_t address, int size, int64_t expected, double timeout_ms) {
    Owner *o = current_owner;
    Waiter w = { .address = address, .owner = o, .state = WAITING, .heap_index = -1 };
    int64_t deadline = deadline_after(timeout_ms);
    pthread_mutex_lock(&table_lock);
    if (o != NULL && o->terminating) {
        pthread_mutex_unlock(&table_lock);
        return TERMINATED;
    }
    if (load(address, size) != expected) {
        pthread_mutex_unlock(&table_lock);
        return NOT_EQUAL;
    }
    if (o != NULL) o->blocked = &w;
    enqueue(&w);
    pthread_mutex_unlock(&table_lock);
    for (;;) {
        if (__atomic_load_n(&w.state, __ATOMIC_SEQ_CST) != WAITING) break;
        if (deadline != INT64_MAX && now_ns() >= deadline) break;
        futex_sleep(&w.state, deadline);
    }
    pthread_mutex_lock(&table_lock);
    int result = w.state;   /* (set under the lock: final once read here) */
    if (result == WAITING) {
        dequeue(&w);
        result = TIMED_OUT;
    }
    if (o != NULL) o->blocked = NULL;
    pthread_mutex_unlock(&table_lock);
    return result;
}

/* Register an async wait of the calling thread's owner: 0 when registered (its result reaches the
 * owner's `done` with `id`), NOT_EQUAL when the value differs, TERMINATED when the owner is
 * being terminated, -1 when there is no owner or no memory. */
int natomics_wait_async(uintptr_t address, int size, int64_t expected, double timeout_ms, double id) {
    Owner *o = current_owner;
    if (o == NULL) return -1;
    Waiter *w = calloc(1, sizeof *w);
    if (w == NULL) return -1;
    w->address = address;
    w->owner = o;
    w->state = WAITING;
    w->is_async = true;
    w->id = id;
    w->heap_index = -1;
    w->deadline = deadline_after(timeout_ms);
    pthread_mutex_lock(&table_lock);
    int result = 0;
    if (o->terminating) {
        result = TERMINATED;
    } else if (load(address, size) != expected) {
        result = NOT_EQUAL;
    } else if (w->deadline != INT64_MAX && !heap_add(w)) {
        result = -1;
    }
    if (result != 0) {
        pthread_mutex_unlock(&table_lock);
        free(w);
        return result;
    }
    enqueue(w);
    w->owner_next = &o->async_list;
    w->owner_prev = o->async_list.owner_prev;
    o->async_list.owner_prev->owner_next = w;
    o->async_list.owner_prev = w;
    pthread_mutex_unlock(&table_lock);
    return 0;
}

/* Wake up to `count` waiters on `address`, oldest first; how many were woken. */
long natomics_notify(uintptr_t address, double count) {
    enum { BATCH = 16 };
    int *woken[BATCH];   /* the state words of blocked waits to wake once the lock is released */
    long total = 0;
    bool more = true;
    while (more) {   /* (in batches of 16 blocked waiters) */
        int n = 0;
        more = false;
        pthread_mutex_lock(&table_lock);
        Waiter *w = bucket_of(address)->head;
        while (w != NULL && total < count) {
            Waiter *next = w->next;
            if (w->address == address) {
                if (!w->is_async && n == BATCH) {
                    more = true;
                    break;
                }
                dequeue(w);
                total++;
                if (w->is_async) {
                    heap_remove(w);
                    async_unlink(w);
                    complete(w->owner, w->id, OK);
                    free(w);
                } else {
                    __atomic_store_n(&w->state, OK, __ATOMIC_SEQ_CST);
                    woken[n++] = &w->state;
                }
            }
            w = next;
        }
        pthread_mutex_unlock(&table_lock);
        for (int i = 0; i < n; i++) futex_wake(woken[i]);
    }
    return total;
}

/* How many waiters wait on `address` (tests see a thread blocked through it). */
long natomics_waiting(uintptr_t address) {
    long n = 0;
    pthread_mutex_lock(&table_lock);
    for (Waiter *w = bucket_of(address)->head; w != NULL; w = w->next) n += w->address == address;
    pthread_mutex_unlock(&table_lock);
    return n;
}

/* -- the Atomics methods ---------------------------------------------------------------------- */

/* What keeps the common case short: its path is a leaf (no call, no saved register, no stack
 * frame, a few dozen instructions); whatever calls into the engine or JS is out of line. */
#define COLD __attribute__((noinline, cold))
#define INLINE inline __attribute__((always_inline))

/* Each method is an object of a class of ours (natomics_class_new: one per kind of method) whose
 * call hook the engine calls straight from its call instruction, where a
 * JS_NewCFunctionData function goes through js_call_c_function_data first (its record looked up,
 * a stack frame pushed: about 70 instructions of an Atomics.add's ~825; with no frame of its
 * own, a method is not listed in a stack trace, where node lists "Atomics.add (<anonymous>)").
 * The object's opaque is its Method. */
enum { KIND_WAIT = OP_STORE + 1, KIND_NOTIFY, KIND_WAIT_AT, KIND_WAIT_ASYNC_AT, KIND_NOTIFY_AT, KINDS };
enum { SLOW, FLUSH, STRING_OK, VALUES = STRING_OK + 3 };   /* Method.values */
enum { MOST_ARGUMENTS = 5 };   /* the most a method reads (waitAsyncAt) */

typedef struct Method {
    int kind;                  /* an OP_ (add ... store) or a KIND_ */
    int length;                /* how many arguments the C reads (fewer are padded with undefined) */
    const int32_t *tick_info;  /* the thread's tick info: SENDS_PENDING says batched messages wait */
    /* SLOW: the JS method that does what C leaves (internal/worker/atomics.js), FLUSH: the
     * function that sends batched messages, STRING_OK...: 'ok', 'not-equal', 'timed-out';
     * undefined where a method has no use for them */
    JSValue values[VALUES];
} Method;

/* struct JSObject's u.opaque, as natomics_learn's offsets */
enum { OBJ_OPAQUE = 48 };

static Method *method_of(JSValue function) {
    uint32_t class_id;
    return GetAnyOpaque(function, &class_id);
}

static void method_finalize(void *rt, JSValue function) {
    Method *m = method_of(function);
    if (m == NULL) return;
    for (int i = 0; i < VALUES; i++) FreeValueRT(rt, m->values[i]);
    free(m);
}

static void method_mark(void *rt, JSValue function, void *mark_func) {
    Method *m = method_of(function);
    if (m == NULL) return;
    for (int i = 0; i < VALUES; i++) MarkValue(rt, m->values[i], mark_func);
}

typedef JSValue Hook(JSContext *ctx, JSValue function, JSValue this_val, int argc, JSValue *argv, int flags);
static Hook *const hooks[KINDS];

/* Register the methods' classes in the runtime `rt` (once per runtime), one per kind with its
 * own call hook: the first class id (kind k's is first + k), 0 when that failed. */
uint32_t natomics_class_new(void *rt) {
    uint32_t first = 0;
    for (int kind = 0; kind < KINDS; kind++) {
        uint32_t class_id = 0;
        NewClassID(rt, &class_id);
        if (kind == 0) first = class_id;
        struct {   /* quickjs.h's JSClassDef (the engine keeps its fields, not the struct) */
            const char *class_name;
            void (*finalizer)(void *, JSValue);
            void (*gc_mark)(void *, JSValue, void *);
            Hook *call;
            void *exotic;
        } def = { "Function", method_finalize, method_mark, hooks[kind], NULL };
        if (class_id != first + kind || NewClass(rt, class_id, &def) != 0) return 0;
    }
    return first;
}

enum { PROP_CONFIGURABLE = 1 };

/* A method of kind `kind` (its class: natomics_class_new's first + kind) named `name` (its
 * `length` too, as a function has them), holding
 * `values` (VALUES of them, borrowed: undefined for those it has no use for) and the thread's
 * tick info: an owned function, or an exception. */
JSValue natomics_method_new(JSContext *ctx, uint32_t first_class_id, int kind, const char *name, int length,
                            const JSValue *values, const int32_t *tick_info) {
    JSValue proto = GetFunctionProto(ctx);
    JSValue function = NewObjectProtoClass(ctx, proto, first_class_id + kind);
    FreeValue(ctx, proto);
    if (function.tag == TAG_EXCEPTION) return function;
    Method *m = calloc(1, sizeof *m);
    if (m == NULL || SetOpaque(function, m) != 0) {
        free(m);
        FreeValue(ctx, function);
        ThrowInternalError(ctx, "%s", "Atomics: out of memory");
        return value(TAG_EXCEPTION, 0);
    }
    m->kind = kind;
    m->length = length;
    m->tick_info = tick_info;
    for (int i = 0; i < VALUES; i++) m->values[i] = DupValue(ctx, values[i]);
    bool fast = hot.layout_known && pointer_at((const void *)(uintptr_t)function.u, OBJ_OPAQUE) == m;
    if (hot.fast_path != fast) hot.fast_path = fast;   /* (no store while other threads read it) */
    if (DefinePropertyValueStr(ctx, function, "length", value(TAG_INT, length), PROP_CONFIGURABLE) < 0 ||
        DefinePropertyValueStr(ctx, function, "name", NewStringLen(ctx, name, strlen(name)),
                               PROP_CONFIGURABLE) < 0) {
        FreeValue(ctx, function);
        return value(TAG_EXCEPTION, 0);
    }
    return function;
}

static COLD JSValue slow(JSContext *ctx, JSValue this_val, int argc, JSValue *argv, const Method *m) {
    return Call(ctx, m->values[SLOW], this_val, argc, argv);
}

/* Whether MessagePorts batched messages that a write must send first (the tick info's flag). */
static INLINE bool sends_pending(const Method *m) {
    return m->tick_info[SENDS_PENDING] != 0;
}

/* Send them; false when that threw. */
static COLD bool send_batched(JSContext *ctx, const Method *m) {
    JSValue r = Call(ctx, m->values[FLUSH], value(TAG_UNDEFINED, 0), 0, NULL);
    if (r.tag == TAG_EXCEPTION) return false;
    FreeValue(ctx, r);
    return true;
}

/* Send what MessagePorts batched, when something is; false when that threw. */
static INLINE bool send_pending(JSContext *ctx, const Method *m) {
    return !sends_pending(m) || send_batched(ctx, m);
}

/* element() through the engine's API, when the JSObject layout is not the one natomics_learn
 * checked. */
static COLD uint8_t *element_by_api(JSContext *ctx, JSValue array, size_t element_size, int64_t index, bool *shared) {
    size_t offset, length, bytes;
    JSValue buffer = GetTypedArrayBuffer(ctx, array, &offset, &length, &bytes);
    if (buffer.tag == TAG_EXCEPTION) {
        FreeValue(ctx, GetException(ctx));
        return NULL;
    }
    size_t size;
    uint8_t *data = GetArrayBuffer(ctx, &size, buffer);
    *shared = GetClassID(buffer) == hot.shared_class_id;
    FreeValue(ctx, buffer);
    if (data == NULL) {
        FreeValue(ctx, GetException(ctx));
        return NULL;
    }
    if (offset > size) return NULL;
    if (length > size - offset) length = size - offset;
    if (index < 0 || (uint64_t)index >= length / element_size) return NULL;
    return data + offset + index * element_size;
}

/* The address of element `index` of the typed array `array` of type `type`, NULL when it has
 * none (out of bounds, detached: the JS path says why); *shared: its buffer is shared. */
static INLINE uint8_t *element(JSContext *ctx, JSValue array, int type, int64_t index, bool *shared) {
    size_t element_size = type == TA_BIG_INT64 ? 8 : (size_t)1 << ((type - TA_INT8) / 2);
    if (!hot.layout_known) return element_by_api(ctx, array, element_size, index, shared);
    const void *object = (const void *)(uintptr_t)array.u;
    uint32_t count = *(const uint32_t *)((const uint8_t *)object + OBJ_ARRAY_COUNT);
    if (index < 0 || index >= count) return NULL;
    *shared = class_at(pointer_at(pointer_at(object, OBJ_TYPED_ARRAY), TA_BUFFER)) == hot.shared_class_id;
    return (uint8_t *)pointer_at(object, OBJ_ARRAY_DATA) + index * element_size;
}

/* The JSTypedArrayEnum of `v`, -1 when it is not a typed array. */
static INLINE int typed_array_type(JSValue v) {
    if (!hot.layout_known) return GetTypedArrayType(v);
    if (v.tag != -1) return -1;
    int type = (int)class_at((const void *)(uintptr_t)v.u) - (int)hot.typed_array_class_base;
    return type >= 0 && type <= 11 ? type : -1;   /* (Uint8ClampedArray ... Float64Array) */
}

static INLINE JSValue int_result(int type, uint32_t bits) {
    switch (type) {
    case TA_INT8: return value(TAG_INT, (int8_t)bits);
    case TA_UINT8: return value(TAG_INT, (uint8_t)bits);
    case TA_INT16: return value(TAG_INT, (int16_t)bits);
    case TA_UINT16: return value(TAG_INT, (uint16_t)bits);
    case TA_INT32: return value(TAG_INT, (int32_t)bits);
    default: return bits <= INT32_MAX ? value(TAG_INT, bits) : number(bits);
    }
}

#define ATOMIC_OP(T)                                                                       \
    switch (op) {                                                                          \
    case OP_ADD: old = __atomic_fetch_add((T *)p, (T)v, __ATOMIC_SEQ_CST); break;          \
    case OP_SUB: old = __atomic_fetch_sub((T *)p, (T)v, __ATOMIC_SEQ_CST); break;          \
    case OP_AND: old = __atomic_fetch_and((T *)p, (T)v, __ATOMIC_SEQ_CST); break;          \
    case OP_OR: old = __atomic_fetch_or((T *)p, (T)v, __ATOMIC_SEQ_CST); break;            \
    case OP_XOR: old = __atomic_fetch_xor((T *)p, (T)v, __ATOMIC_SEQ_CST); break;          \
    case OP_EXCHANGE: old = __atomic_exchange_n((T *)p, (T)v, __ATOMIC_SEQ_CST); break;    \
    case OP_COMPARE_EXCHANGE: {                                                            \
        T expected = (T)v;                                                                 \
        __atomic_compare_exchange_n((T *)p, &expected, (T)replacement, false,              \
                                    __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST);                    \
        old = expected;                                                                    \
        break;                                                                             \
    }                                                                                      \
    case OP_LOAD: old = __atomic_load_n((T *)p, __ATOMIC_SEQ_CST); break;                  \
    default: __atomic_store_n((T *)p, (T)v, __ATOMIC_SEQ_CST); break;                      \
    }

#define OPERANDS(op) ((op) == OP_LOAD ? 2 : (op) == OP_COMPARE_EXCHANGE ? 4 : 3)

/* `op` on element `p` of an int8 to uint32 typed array of type `type`: its result. */
static INLINE JSValue apply(uint8_t *p, int type, const JSValue *argv, const int op) {
    int32_t v = op == OP_LOAD ? 0 : (int32_t)argv[2].u;
    int32_t replacement = op == OP_COMPARE_EXCHANGE ? (int32_t)argv[3].u : 0;
    uint32_t old = 0;
    if (__builtin_expect(type == TA_INT32, 1)) {   /* (the usual one: its own short path) */
        ATOMIC_OP(uint32_t)
        return value(TAG_INT, op == OP_STORE ? v : (int32_t)old);
    }
    switch (type) {
    case TA_INT8: case TA_UINT8: ATOMIC_OP(uint8_t) break;
    case TA_INT16: case TA_UINT16: ATOMIC_OP(uint16_t) break;
    default: ATOMIC_OP(uint32_t) break;
    }
    if (op == OP_STORE) return value(TAG_INT, v);   /* store returns the value it was given */
    return int_result(type, old);
}

/* The common case of `op` (a constant where this is inlined, so each operation gets its own
 * straight path; hot.fast_path is true): a typed array read by the learned layout, int32
 * arguments, an index in range, no batched message to send first. False when it is not that case. */
static INLINE bool operate_fast(int argc, const JSValue *argv, const Method *m, const int op, JSValue *result) {
    if (argc < OPERANDS(op) || argv[0].tag != -1 ||
        argv[1].tag != TAG_INT || (OPERANDS(op) > 2 && argv[2].tag != TAG_INT) ||
        (OPERANDS(op) > 3 && argv[3].tag != TAG_INT)) {
        return false;
    }
    const void *object = (const void *)(uintptr_t)argv[0].u;
    int type = (int)class_at(object) - (int)hot.typed_array_class_base;
    if ((unsigned)(type - TA_INT8) > TA_UINT32 - TA_INT8) return false;
    if (op != OP_LOAD && sends_pending(m)) return false;
    uint32_t index = (uint32_t)argv[1].u;   /* (a negative one is out of range too) */
    if (index >= *(const uint32_t *)((const uint8_t *)object + OBJ_ARRAY_COUNT)) return false;
    uint8_t *p = (uint8_t *)pointer_at(object, OBJ_ARRAY_DATA) + ((size_t)index << ((type - TA_INT8) / 2));
    *result = apply(p, type, argv, op);
    return true;
}

/* `op` in every case: the JS path for what is not an int8 to uint32 typed array with int32
 * arguments and an index in range, the batched messages sent first. */
static COLD JSValue operate(JSContext *ctx, JSValue this_val, int argc, JSValue *argv, const Method *m) {
    const int op = m->kind;
    if (argc < OPERANDS(op)) return slow(ctx, this_val, argc, argv, m);
    for (int i = 1; i < OPERANDS(op); i++) {
        if (argv[i].tag != TAG_INT) return slow(ctx, this_val, argc, argv, m);
    }
    int type = typed_array_type(argv[0]);
    if (type < TA_INT8 || type > TA_UINT32) return slow(ctx, this_val, argc, argv, m);
    if (op != OP_LOAD && !send_pending(ctx, m)) return value(TAG_EXCEPTION, 0);
    bool shared;
    uint8_t *p = element(ctx, argv[0], type, (int32_t)argv[1].u, &shared);
    if (p == NULL) return slow(ctx, this_val, argc, argv, m);
    switch (op) {
    case OP_ADD: return apply(p, type, argv, OP_ADD);
    case OP_SUB: return apply(p, type, argv, OP_SUB);
    case OP_AND: return apply(p, type, argv, OP_AND);
    case OP_OR: return apply(p, type, argv, OP_OR);
    case OP_XOR: return apply(p, type, argv, OP_XOR);
    case OP_EXCHANGE: return apply(p, type, argv, OP_EXCHANGE);
    case OP_COMPARE_EXCHANGE: return apply(p, type, argv, OP_COMPARE_EXCHANGE);
    case OP_LOAD: return apply(p, type, argv, OP_LOAD);
    default: return apply(p, type, argv, OP_STORE);
    }
}

static JSValue terminated(JSContext *ctx) {
    ThrowInternalError(ctx, "%s", "interrupted");
    JSValue error = GetException(ctx);
    SetUncatchableError(ctx, error);
    return Throw(ctx, error);
}

/* A wait's result as JS. */
static JSValue wait_result(JSContext *ctx, int result, const Method *m) {
    if (result == TERMINATED) return terminated(ctx);
    return DupValue(ctx, m->values[STRING_OK + result]);
}

/* Atomics.wait(int32Array, index, value[, timeout]) with int32 arguments and a number timeout. */
static JSValue wait_js(JSContext *ctx, JSValue this_val, int argc, JSValue *argv, const Method *m) {
    if (argc < 3 || argv[1].tag != TAG_INT || argv[2].tag != TAG_INT) return slow(ctx, this_val, argc, argv, m);
    double timeout = INFINITY;
    if (argc > 3) {
        if (argv[3].tag == TAG_INT) timeout = (double)(int32_t)argv[3].u;
        else if (argv[3].tag == TAG_FLOAT64) memcpy(&timeout, &argv[3].u, sizeof timeout);
        else if (argv[3].tag != TAG_UNDEFINED) return slow(ctx, this_val, argc, argv, m);
    }
    int type = typed_array_type(argv[0]);
    if (type != TA_INT32) return slow(ctx, this_val, argc, argv, m);
    bool shared;
    uint8_t *p = element(ctx, argv[0], type, (int32_t)argv[1].u, &shared);
    if (p == NULL || !shared) return slow(ctx, this_val, argc, argv, m);
    if (!send_pending(ctx, m)) return value(TAG_EXCEPTION, 0);
    if (isnan(timeout)) timeout = INFINITY;
    int result = natomics_wait((uintptr_t)p, 4, (int32_t)argv[2].u, timeout);
    return wait_result(ctx, result, m);
}

/* Atomics.notify(int32Array | bigInt64Array, index[, count]) with an int32 index and count. */
static JSValue notify_js(JSContext *ctx, JSValue this_val, int argc, JSValue *argv, const Method *m) {
    if (argc < 2 || argv[1].tag != TAG_INT || hot.shared_class_id == 0) return slow(ctx, this_val, argc, argv, m);
    double count = INFINITY;
    if (argc > 2 && argv[2].tag != TAG_UNDEFINED) {
        if (argv[2].tag != TAG_INT) return slow(ctx, this_val, argc, argv, m);
        count = (int32_t)argv[2].u < 0 ? 0 : (int32_t)argv[2].u;
    }
    int type = typed_array_type(argv[0]);
    if (type != TA_INT32 && type != TA_BIG_INT64) return slow(ctx, this_val, argc, argv, m);
    bool shared;
    uint8_t *p = element(ctx, argv[0], type, (int32_t)argv[1].u, &shared);
    if (p == NULL) return slow(ctx, this_val, argc, argv, m);
    if (!send_pending(ctx, m)) return value(TAG_EXCEPTION, 0);
    if (!shared) return value(TAG_INT, 0);   /* nobody can wait on unshared memory */
    long woken = natomics_notify((uintptr_t)p, count);
    return woken <= INT32_MAX ? value(TAG_INT, woken) : number((double)woken);
}

/* The element's address and expected value as the JS path passes them: (address, size,
 * expected: an int32 or a BigInt). */
static bool address_arguments(JSContext *ctx, JSValue *argv, uintptr_t *address, int *size, int64_t *expected) {
    double a;
    if (ToFloat64(ctx, &a, argv[0])) return false;
    *address = (uintptr_t)a;
    *size = argv[1].tag == TAG_INT && argv[1].u == 8 ? 8 : 4;
    if (*size == 8) return ToBigInt64(ctx, expected, argv[2]) == 0;
    double e;
    if (ToFloat64(ctx, &e, argv[2])) return false;
    *expected = (int32_t)e;
    return true;
}

/* waitAt(address, size, expected, timeoutMs): the JS path's Atomics.wait, after its checks. */
static JSValue wait_at(JSContext *ctx, JSValue *argv, const Method *m) {
    uintptr_t address;
    int size;
    int64_t expected;
    double timeout;
    if (!address_arguments(ctx, argv, &address, &size, &expected)) return value(TAG_EXCEPTION, 0);
    if (ToFloat64(ctx, &timeout, argv[3])) return value(TAG_EXCEPTION, 0);
    if (isnan(timeout)) timeout = INFINITY;
    return wait_result(ctx, natomics_wait(address, size, expected, timeout), m);
}

/* waitAsyncAt(address, size, expected, timeoutMs, id): true when registered, false when the
 * value differs. */
static JSValue wait_async_at(JSContext *ctx, JSValue *argv) {
    uintptr_t address;
    int size;
    int64_t expected;
    double timeout, id;
    if (!address_arguments(ctx, argv, &address, &size, &expected)) return value(TAG_EXCEPTION, 0);
    if (ToFloat64(ctx, &timeout, argv[3]) || ToFloat64(ctx, &id, argv[4])) return value(TAG_EXCEPTION, 0);
    int result = natomics_wait_async(address, size, expected, timeout, id);
    if (result == TERMINATED) return terminated(ctx);
    if (result < 0) {
        ThrowInternalError(ctx, "%s", "Atomics.waitAsync: out of memory");
        return value(TAG_EXCEPTION, 0);
    }
    return value(TAG_BOOL, result == 0);
}

/* notifyAt(address, count): the JS path's Atomics.notify, after its checks. */
static JSValue notify_at(JSContext *ctx, JSValue *argv) {
    double address, count;
    if (ToFloat64(ctx, &address, argv[0]) || ToFloat64(ctx, &count, argv[1])) return value(TAG_EXCEPTION, 0);
    long woken = natomics_notify((uintptr_t)address, count);
    return woken <= INT32_MAX ? value(TAG_INT, woken) : number((double)woken);
}

/* A method called with fewer than its `length` arguments, for the kinds that read them all:
 * the missing ones are undefined, as the engine pads a C function's. */
static COLD JSValue call_padded(JSContext *ctx, JSValue function, JSValue this_val, int argc, JSValue *argv,
                                const Method *m) {
    JSValue padded[MOST_ARGUMENTS];
    for (int i = 0; i < m->length; i++) padded[i] = i < argc ? argv[i] : value(TAG_UNDEFINED, 0);
    return hooks[m->kind](ctx, function, this_val, m->length, padded, 0);
}

/* The hook of wait, notify, waitAt & co., and every call of an operation that is not its
 * common case (`flags`: never a construction, as no class of ours is a constructor). */
static JSValue call_other(JSContext *ctx, JSValue function, JSValue this_val, int argc, JSValue *argv, int flags) {
    (void)flags;
    const Method *m = method_of(function);
    switch (m->kind) {
    case KIND_WAIT: return wait_js(ctx, this_val, argc, argv, m);
    case KIND_NOTIFY: return notify_js(ctx, this_val, argc, argv, m);
    case KIND_WAIT_AT: case KIND_WAIT_ASYNC_AT: case KIND_NOTIFY_AT:   /* (they read every argument) */
        if (argc < m->length) return call_padded(ctx, function, this_val, argc, argv, m);
        if (m->kind == KIND_WAIT_AT) return wait_at(ctx, argv, m);
        if (m->kind == KIND_WAIT_ASYNC_AT) return wait_async_at(ctx, argv);
        return notify_at(ctx, argv);
    default: return operate(ctx, this_val, argc, argv, m);
    }
}

/* The hook of operation `op`: a leaf for its common case, anything else in call_other. */
#define OPERATION_HOOK(hook, op)                                                                     \
    static JSValue hook(JSContext *ctx, JSValue function, JSValue this_val, int argc, JSValue *argv, \
                        int flags) {                                                                 \
        JSValue result;                                                                              \
        if (__builtin_expect(hot.fast_path, 1) &&                                                    \
            operate_fast(argc, argv, pointer_at((const void *)(uintptr_t)function.u, OBJ_OPAQUE), op, \
                         &result)) {                                                                 \
            return result;                                                                           \
        }                                                                                            \
        (void)this_val;   /* (no method reads it: the rest goes on with fewer registers to keep) */ \
        return call_other(ctx, value(-1, function.u), value(TAG_UNDEFINED, 0), argc, argv, flags);   \
    }
OPERATION_HOOK(call_add, OP_ADD)
OPERATION_HOOK(call_sub, OP_SUB)
OPERATION_HOOK(call_and, OP_AND)
OPERATION_HOOK(call_or, OP_OR)
OPERATION_HOOK(call_xor, OP_XOR)
OPERATION_HOOK(call_exchange, OP_EXCHANGE)
OPERATION_HOOK(call_compare_exchange, OP_COMPARE_EXCHANGE)
OPERATION_HOOK(call_load, OP_LOAD)
OPERATION_HOOK(call_store, OP_STORE)

static Hook *const hooks[KINDS] = {   /* by kind */
    call_add, call_sub, call_and, call_or, call_xor, call_exchange, call_compare_exchange, call_load,
    call_store, call_other, call_other, call_other, call_other, call_other,
};
