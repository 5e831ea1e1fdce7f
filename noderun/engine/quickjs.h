/* quickjs-ng 0.17.0 (PyPI quickjs-ng==0.17.0.2): the subset of upstream-quickjs/quickjs.h that noderun binds.
 *
 * cdef text for cffi; regenerate engine/_ffi.py with `python bin/regen_ffi.py` after editing.
 * Deviations from the header, all ABI-identical on x86-64 / aarch64 (a smoke test checks them):
 *   - JSValue is { union u; int64_t tag; }; the union (int32 / double / pointer) is declared as
 *     int64_t because libffi cannot pass unions by value. values.py reinterprets its bits.
 *   - JSValueConst is JSValue (the header does the same unless JS_CHECK_JSVALUE). The words
 *     JSValueConst (borrowed) and JSValue (owned) are kept below as the header has them.
 *   - bool is _Bool; JS_EXTERN and printf attributes are dropped.
 */
typedef struct JSRuntime JSRuntime;
typedef struct JSContext JSContext;
typedef struct JSModuleDef JSModuleDef;
typedef uint32_t JSClassID;
typedef uint32_t JSAtom;

typedef struct JSValue { int64_t u; int64_t tag; } JSValue;
typedef JSValue JSValueConst;

typedef JSValue JSCFunctionData(JSContext *ctx, JSValueConst this_val, int argc, JSValueConst *argv,
                                int magic, JSValueConst *func_data);
typedef int JSInterruptHandler(JSRuntime *rt, void *opaque);
typedef char *JSModuleNormalizeFunc(JSContext *ctx, const char *module_base_name,
                                    const char *module_name, void *opaque);
typedef char *JSModuleNormalizeFunc2(JSContext *ctx, const char *module_base_name,
                                     const char *module_name, JSValueConst attributes, void *opaque);
typedef JSModuleDef *JSModuleLoaderFunc2(JSContext *ctx, const char *module_name, void *opaque,
                                         JSValueConst attributes);
typedef int JSModuleCheckSupportedImportAttributes(JSContext *ctx, void *opaque, JSValueConst attributes);
typedef void JSHostPromiseRejectionTracker(JSContext *ctx, JSValueConst promise, JSValueConst reason,
                                           bool is_handled, void *opaque);
typedef struct {
    void *(*sab_alloc)(void *opaque, size_t size);
    void (*sab_free)(void *opaque, void *ptr);
    void (*sab_dup)(void *opaque, void *ptr);
    void *sab_opaque;
} JSSharedArrayBufferFunctions;
typedef struct JSSABTab { uint8_t **tab; size_t len; } JSSABTab;
typedef struct JSPropertyEnum { bool is_enumerable; JSAtom atom; } JSPropertyEnum;
typedef struct JSMemoryUsage {
    int64_t malloc_size, malloc_limit, memory_used_size;
    int64_t malloc_count;
    int64_t memory_used_count;
    int64_t atom_count, atom_size;
    int64_t str_count, str_size;
    int64_t obj_count, obj_size;
    int64_t prop_count, prop_size;
    int64_t shape_count, shape_size;
    int64_t js_func_count, js_func_size, js_func_code_size;
    int64_t js_func_pc2line_count, js_func_pc2line_size;
    int64_t c_func_count, array_count;
    int64_t fast_array_count, fast_array_elements;
    int64_t binary_object_count, binary_object_size;
} JSMemoryUsage;
typedef JSValue JSJobFunc(JSContext *ctx, int argc, JSValueConst *argv);


/* runtime and context */
JSRuntime *JS_NewRuntime(void);
typedef struct JSMallocFunctions JSMallocFunctions;   /* (made in engine/fastmsg.c) */
JSRuntime *JS_NewRuntime2(const JSMallocFunctions *mf, void *opaque);
void JS_FreeRuntime(JSRuntime *rt);
void JS_SetMemoryLimit(JSRuntime *rt, size_t limit);
void JS_SetMaxStackSize(JSRuntime *rt, size_t stack_size);
void JS_UpdateStackTop(JSRuntime *rt);
void JS_SetGCThreshold(JSRuntime *rt, size_t gc_threshold);
void JS_RunGC(JSRuntime *rt);
void JS_SetCanBlock(JSRuntime *rt, bool can_block);
void JS_SetInterruptHandler(JSRuntime *rt, JSInterruptHandler *cb, void *opaque);
void JS_SetHostPromiseRejectionTracker(JSRuntime *rt, JSHostPromiseRejectionTracker *cb, void *opaque);
void JS_SetSharedArrayBufferFunctions(JSRuntime *rt, const JSSharedArrayBufferFunctions *sf);
void JS_SetModuleLoaderFunc2(JSRuntime *rt, JSModuleNormalizeFunc *module_normalize,
                             JSModuleLoaderFunc2 *module_loader,
                             JSModuleCheckSupportedImportAttributes *module_check_attrs, void *opaque);
void JS_SetModuleNormalizeFunc2(JSRuntime *rt, JSModuleNormalizeFunc2 *module_normalize);
void JS_ComputeMemoryUsage(JSRuntime *rt, JSMemoryUsage *s);
JSContext *JS_NewContext(JSRuntime *rt);
void JS_FreeContext(JSContext *s);
JSRuntime *JS_GetRuntime(JSContext *ctx);
const char *JS_GetVersion(void);

/* memory owned by the engine (strings QuickJS frees, e.g. normalized module names) */
void *js_malloc(JSContext *ctx, size_t size);
void js_free(JSContext *ctx, void *ptr);
char *js_strdup(JSContext *ctx, const char *str);
void js_free_rt(JSRuntime *rt, void *ptr);

/* atoms */
JSAtom JS_NewAtom(JSContext *ctx, const char *str);
void JS_FreeAtom(JSContext *ctx, JSAtom v);
JSValue JS_AtomToValue(JSContext *ctx, JSAtom atom);
const char *JS_AtomToCStringLen(JSContext *ctx, size_t *plen, JSAtom atom);

/* values */
JSValue JS_NewNumber(JSContext *ctx, double d);
JSValue JS_NewBigInt64(JSContext *ctx, int64_t v);
int JS_ToFloat64(JSContext *ctx, double *pres, JSValueConst val);
int JS_ToBigInt64(JSContext *ctx, int64_t *pres, JSValueConst val);
int JS_ToBool(JSContext *ctx, JSValueConst val);
JSValue JS_NewStringLen(JSContext *ctx, const char *str1, size_t len1);
JSValue JS_ToString(JSContext *ctx, JSValueConst val);
const char *JS_ToCStringLen2(JSContext *ctx, size_t *plen, JSValueConst val1, bool cesu8);
void JS_FreeCString(JSContext *ctx, const char *ptr);
void JS_FreeValue(JSContext *ctx, JSValue v);
void JS_FreeValueRT(JSRuntime *rt, JSValue v);
JSValue JS_DupValue(JSContext *ctx, JSValueConst v);
JSValue JS_NewObject(JSContext *ctx);
JSValue JS_NewArray(JSContext *ctx);
JSValue JS_NewSymbol(JSContext *ctx, const char *description, bool is_global);
bool JS_IsFunction(JSContext *ctx, JSValueConst val);
bool JS_IsArray(JSValueConst val);
bool JS_IsError(JSValueConst val);
bool JS_IsUncatchableError(JSValueConst val);
bool JS_IsPromise(JSValueConst val);
bool JS_IsArrayBuffer(JSValueConst obj);
bool JS_IsProxy(JSValueConst val);
JSValue JS_GetProxyTarget(JSContext *ctx, JSValueConst proxy);
JSValue JS_GetProxyHandler(JSContext *ctx, JSValueConst proxy);
int JS_GetTypedArrayType(JSValueConst obj);
JSValue JS_GetPropertyStr(JSContext *ctx, JSValueConst this_obj, const char *prop);
JSValue JS_GetPropertyUint32(JSContext *ctx, JSValueConst this_obj, uint32_t idx);
int JS_SetLength(JSContext *ctx, JSValueConst obj, int64_t len);
int JS_SetPropertyStr(JSContext *ctx, JSValueConst this_obj, const char *prop, JSValue val);
int JS_SetPropertyUint32(JSContext *ctx, JSValueConst this_obj, uint32_t idx, JSValue val);
int JS_DefinePropertyValueStr(JSContext *ctx, JSValueConst this_obj, const char *prop, JSValue val, int flags);
int JS_GetLength(JSContext *ctx, JSValueConst obj, int64_t *pres);
int JS_GetOwnPropertyNames(JSContext *ctx, JSPropertyEnum **ptab, uint32_t *plen, JSValueConst obj, int flags);
void JS_FreePropertyEnum(JSContext *ctx, JSPropertyEnum *tab, uint32_t len);
JSValue JS_GetGlobalObject(JSContext *ctx);
JSValue JS_ParseJSON(JSContext *ctx, const char *buf, size_t buf_len, const char *filename);
JSValue JS_JSONStringify(JSContext *ctx, JSValueConst obj, JSValueConst replacer, JSValueConst space0);

/* array buffers */
JSValue JS_NewArrayBufferCopy(JSContext *ctx, const uint8_t *buf, size_t len);
uint8_t *JS_GetArrayBuffer(JSContext *ctx, size_t *psize, JSValueConst obj);
void JS_DetachArrayBuffer(JSContext *ctx, JSValueConst obj);
JSValue JS_NewUint8ArrayCopy(JSContext *ctx, const uint8_t *buf, size_t len);
uint8_t *JS_GetUint8Array(JSContext *ctx, size_t *psize, JSValueConst obj);

/* exceptions */
JSValue JS_Throw(JSContext *ctx, JSValue obj);
JSValue JS_GetException(JSContext *ctx);
bool JS_HasException(JSContext *ctx);
JSValue JS_NewError(JSContext *ctx);
JSValue JS_ThrowTypeError(JSContext *ctx, const char *fmt, ...);
JSValue JS_ThrowRangeError(JSContext *ctx, const char *fmt, ...);
JSValue JS_ThrowInternalError(JSContext *ctx, const char *fmt, ...);
JSValue JS_ThrowOutOfMemory(JSContext *ctx);
void JS_SetUncatchableError(JSContext *ctx, JSValueConst val);

/* calls and evaluation */
JSValue JS_Call(JSContext *ctx, JSValueConst func_obj, JSValueConst this_obj, int argc, JSValueConst *argv);
JSValue JS_CallConstructor(JSContext *ctx, JSValueConst func_obj, int argc, JSValueConst *argv);
bool JS_DetectModule(const char *input, size_t input_len);
JSValue JS_Eval(JSContext *ctx, const char *input, size_t input_len, const char *filename, int eval_flags);
JSValue JS_EvalFunction(JSContext *ctx, JSValue fun_obj);
JSValue JS_NewCFunctionData(JSContext *ctx, JSCFunctionData *func, int length, int magic, int data_len,
                            JSValueConst *data);
JSValue JS_NewCFunctionData2(JSContext *ctx, JSCFunctionData *func, const char *name, int length, int magic,
                             int data_len, JSValueConst *data);

/* jobs and promises */
bool JS_IsJobPending(JSRuntime *rt);
int JS_ExecutePendingJob(JSRuntime *rt, JSContext **pctx);
int JS_EnqueueJob(JSContext *ctx, JSJobFunc *job_func, int argc, JSValueConst *argv);
int JS_PromiseState(JSContext *ctx, JSValueConst promise);
JSValue JS_PromiseResult(JSContext *ctx, JSValueConst promise);
JSValue JS_NewPromiseCapability(JSContext *ctx, JSValue *resolving_funcs);

/* modules */
JSValue JS_GetImportMeta(JSContext *ctx, JSModuleDef *m);
JSAtom JS_GetModuleName(JSContext *ctx, JSModuleDef *m);
JSValue JS_GetModuleNamespace(JSContext *ctx, JSModuleDef *m);
int JS_ResolveModule(JSContext *ctx, JSValueConst obj);
JSValue JS_LoadModule(JSContext *ctx, const char *basename, const char *filename);
JSAtom JS_GetScriptOrModuleName(JSContext *ctx, int n_stack_levels);

/* serialization: bytecode and structured clone */
uint8_t *JS_WriteObject(JSContext *ctx, size_t *psize, JSValueConst obj, int flags);
uint8_t *JS_WriteObject2(JSContext *ctx, size_t *psize, JSValueConst obj, int flags, JSSABTab *psab_tab);
JSValue JS_ReadObject(JSContext *ctx, const uint8_t *buf, size_t buf_len, int flags);
JSValue JS_ReadObject2(JSContext *ctx, const uint8_t *buf, size_t buf_len, int flags, JSSABTab *psab_tab);

/* From the C library, which _quickjs links (dlsym on its handle finds them): SharedArrayBuffer
 * blocks live outside every runtime, in memory that engine/sab.py allocates and reference-counts. */
void *calloc(size_t nmemb, size_t size);
void free(void *ptr);
