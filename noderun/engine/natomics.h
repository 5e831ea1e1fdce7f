/* engine/natomics.c's functions as cffi declares them (bin/regen_ffi.py makes _natomics_ffi.py
 * from this file, so that no declaration is parsed at run time). A JSValue as engine/quickjs.h has it. */
typedef struct { int64_t u; int64_t tag; } JSValue;
typedef struct Owner Owner;
int natomics_init(const char *engine_path);
void natomics_learn(void *ctx, const JSValue *sample);
Owner *natomics_owner_new(void);
int natomics_owner_fd(Owner *o);
const size_t *natomics_owner_done(Owner *o);
void natomics_attach(Owner *o);
void natomics_owner_terminate(Owner *o);
void natomics_owner_free(Owner *o);
int natomics_take(Owner *o, double *ids, int *results, int max);
int natomics_wait(uintptr_t address, int size, int64_t expected, double timeout_ms);
int natomics_wait_async(uintptr_t address, int size, int64_t expected, double timeout_ms, double id);
long natomics_notify(uintptr_t address, double count);
long natomics_waiting(uintptr_t address);
uint32_t natomics_class_new(void *rt);
JSValue natomics_method_new(void *ctx, uint32_t class_id, int kind, const char *name, int length,
                            const JSValue *values, const int32_t *tick_info);
