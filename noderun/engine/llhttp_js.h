/* engine/llhttp_js.c's functions as cffi declares them (bin/regen_ffi.py makes _llhttp_js_ffi.py
 * from this file). A JSValue as engine/quickjs.h has it. */
typedef struct { int64_t u; int64_t tag; } JSValue;
int llhttp_js_init(const char *engine_path, const char *llhttp_path);
uint32_t llhttp_js_register(void *rt);
const char *llhttp_js_method_name(int n);
JSValue llhttp_js_call(void *ctx, JSValue this_val, int argc, JSValue *argv, int magic, JSValue *data);
