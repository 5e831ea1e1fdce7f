/* engine/fastmsg.c's functions as cffi declares them (bin/regen_ffi.py makes _fastmsg_ffi.py from
 * this file, so that no declaration is parsed at run time). A JSValue as engine/quickjs.h has it. */
typedef struct { int64_t u; int64_t tag; } JSValue;
typedef struct Sender Sender;
int fastmsg_init(const char *engine_path);
Sender *fastmsg_sender_new(void *ctx, const JSValue *object_proto, const JSValue *array_proto,
                           const JSValue *items_of, const JSValue *plain_object, const JSValue *plain_array);
void fastmsg_sender_free(Sender *s);
uint8_t *fastmsg_take(Sender *s, uint32_t id, size_t *size, uint32_t *count);
void fastmsg_free_written(Sender *s, uint8_t *bytes);
JSValue fastmsg_post(void *ctx, JSValue this_val, int argc, JSValue *argv, int magic, JSValue *data);
JSValue fastmsg_drain_pending(void *ctx, JSValue this_val, int argc, JSValue *argv, int magic, JSValue *data);
const void *fastmsg_malloc_functions(void);
int fastmsg_move_out(void *ctx, const JSValue *buffer, void **block, size_t *size);
int fastmsg_move_in(void *ctx, void *block, size_t size, JSValue *out);
void fastmsg_free_block(void *block);
long fastmsg_live_blocks(void);
JSValue fastmsg_deliver_one(void *ctx, const JSValue *deliver, int32_t id, const char *data, size_t size);
typedef struct Inbox Inbox;
typedef struct Lane Lane;
typedef struct Mail Mail;
Inbox *fastmsg_inbox_new(int wake_fd);
void fastmsg_inbox_free(Inbox *inbox);
void fastmsg_inbox_posted(Inbox *inbox);
int fastmsg_inbox_take(Inbox *inbox, int32_t *ids, int max);
Lane *fastmsg_lane_new(void);
void fastmsg_lane_free(Lane *lane);
void fastmsg_lane_open(Lane *lane, Inbox *inbox, int32_t port_id, uint32_t order);
bool fastmsg_lane_close(Lane *lane);
Mail *fastmsg_lane_take(Lane *lane, const uint8_t **data, size_t *size, void **block);
bool fastmsg_lane_waiting(Lane *lane);
void fastmsg_mail_free(Mail *m);
int fastmsg_set_peer(uint32_t id, Lane *lane);
JSValue fastmsg_send(void *ctx, JSValue this_val, int argc, JSValue *argv, int magic, JSValue *data);
JSValue fastmsg_send_buffer(void *ctx, JSValue this_val, int argc, JSValue *argv, int magic, JSValue *data);
bool fastmsg_inbox_waiting(Inbox *inbox);
void fastmsg_inbox_sync(Inbox *inbox);
int fastmsg_poll(Inbox *inbox, void *ctx, const JSValue *deliver, int32_t *tick, int32_t *host_entered, void *sockets, void *take_ready, int epfd, int timeout, int *fds, uint32_t *events, int max, int *status, JSValue *result);
void fastmsg_peers_free(void);
