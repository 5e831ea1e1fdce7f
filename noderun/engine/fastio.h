/* engine/fastio.c's functions as cffi declares them (bin/regen_ffi.py makes _fastio_ffi.py from
 * this file, so that no declaration is parsed at run time). A JSValue as engine/quickjs.h has it. */
typedef struct { int64_t u; int64_t tag; } JSValue;
typedef struct Poller Poller;
int fastio_init(const char *engine_path);
Poller *fastio_poller_new(void *ctx, void *rt, const JSValue *on_data, int32_t *tick_info);
void fastio_poller_free(Poller *p);
int fastio_poller_set(Poller *p, int fd, int32_t id);
long fastio_read(Poller *p, int fd, int32_t id, JSValue *result);
int fastio_take_ready(Poller *p, int fd, uint32_t what, int *status, JSValue *result);
int fastio_poll(Poller *p, int epfd, int timeout, int *fds, uint32_t *events, int max, int *status,
                JSValue *result);
JSValue fastio_send(void *ctx, JSValue this_val, int argc, JSValue *argv, int magic, JSValue *data);
JSValue fastio_loop_now(void *ctx, JSValue this_val, int argc, JSValue *argv, int magic, JSValue *data);
JSValue fastio_run_microtasks(void *ctx, JSValue this_val, int argc, JSValue *argv, int magic, JSValue *data);
JSValue fastio_utf8_length(void *ctx, JSValue this_val, int argc, JSValue *argv, int magic, JSValue *data);
JSValue fastio_emit(void *ctx, JSValue this_val, int argc, JSValue *argv, int magic, JSValue *data);
uint32_t fastio_ticks_class(void *rt);
JSValue fastio_ticks_new(void *ctx, uint32_t class_id, int32_t *tick_info);
JSValue fastio_ticks(void *ctx, JSValue this_val, int argc, JSValue *argv, int magic, JSValue *data);
JSValue fastio_listeners(void *ctx, JSValue this_val, int argc, JSValue *argv, int magic, JSValue *data);
