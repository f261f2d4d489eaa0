import { createRequire as __astroCiCreateRequire } from "node:module";
import { fileURLToPath as __astroCiFileURLToPath } from "node:url";
import { dirname as __astroCiDirname } from "node:path";
const require = __astroCiCreateRequire(import.meta.url);
const __filename = __astroCiFileURLToPath(import.meta.url);
const __dirname = __astroCiDirname(__filename);
import {
  __commonJS,
  __require
} from "./chunk-YO2X36I4.js";

// node_modules/@astral-sh/ruff-wasm-nodejs/ruff_wasm.js
var require_ruff_wasm = __commonJS({
  "node_modules/@astral-sh/ruff-wasm-nodejs/ruff_wasm.js"(exports) {
    var LogLevel = Object.freeze({
      Trace: 0,
      "0": "Trace",
      Debug: 1,
      "1": "Debug",
      Info: 2,
      "2": "Info",
      Warn: 3,
      "3": "Warn",
      Error: 4,
      "4": "Error"
    });
    exports.LogLevel = LogLevel;
    var PositionEncoding = Object.freeze({
      Utf8: 0,
      "0": "Utf8",
      Utf16: 1,
      "1": "Utf16",
      Utf32: 2,
      "2": "Utf32"
    });
    exports.PositionEncoding = PositionEncoding;
    var Workspace = class {
      __destroy_into_raw() {
        const ptr = this.__wbg_ptr;
        this.__wbg_ptr = 0;
        WorkspaceFinalization.unregister(this);
        return ptr;
      }
      free() {
        const ptr = this.__destroy_into_raw();
        wasm.__wbg_workspace_free(ptr, 0);
      }
      /**
       * @param {string} contents
       * @returns {any}
       */
      check(contents) {
        const ptr0 = passStringToWasm0(contents, wasm.__wbindgen_malloc, wasm.__wbindgen_realloc);
        const len0 = WASM_VECTOR_LEN;
        const ret = wasm.workspace_check(this.__wbg_ptr, ptr0, len0);
        if (ret[2]) {
          throw takeFromExternrefTable0(ret[1]);
        }
        return takeFromExternrefTable0(ret[0]);
      }
      /**
       * @param {string} contents
       * @returns {string}
       */
      comments(contents) {
        let deferred3_0;
        let deferred3_1;
        try {
          const ptr0 = passStringToWasm0(contents, wasm.__wbindgen_malloc, wasm.__wbindgen_realloc);
          const len0 = WASM_VECTOR_LEN;
          const ret = wasm.workspace_comments(this.__wbg_ptr, ptr0, len0);
          var ptr2 = ret[0];
          var len2 = ret[1];
          if (ret[3]) {
            ptr2 = 0;
            len2 = 0;
            throw takeFromExternrefTable0(ret[2]);
          }
          deferred3_0 = ptr2;
          deferred3_1 = len2;
          return getStringFromWasm0(ptr2, len2);
        } finally {
          wasm.__wbindgen_free(deferred3_0, deferred3_1, 1);
        }
      }
      /**
       * @returns {any}
       */
      static defaultSettings() {
        const ret = wasm.workspace_defaultSettings();
        if (ret[2]) {
          throw takeFromExternrefTable0(ret[1]);
        }
        return takeFromExternrefTable0(ret[0]);
      }
      /**
       * @param {string} contents
       * @returns {string}
       */
      format(contents) {
        let deferred3_0;
        let deferred3_1;
        try {
          const ptr0 = passStringToWasm0(contents, wasm.__wbindgen_malloc, wasm.__wbindgen_realloc);
          const len0 = WASM_VECTOR_LEN;
          const ret = wasm.workspace_format(this.__wbg_ptr, ptr0, len0);
          var ptr2 = ret[0];
          var len2 = ret[1];
          if (ret[3]) {
            ptr2 = 0;
            len2 = 0;
            throw takeFromExternrefTable0(ret[2]);
          }
          deferred3_0 = ptr2;
          deferred3_1 = len2;
          return getStringFromWasm0(ptr2, len2);
        } finally {
          wasm.__wbindgen_free(deferred3_0, deferred3_1, 1);
        }
      }
      /**
       * @param {string} contents
       * @returns {string}
       */
      format_ir(contents) {
        let deferred3_0;
        let deferred3_1;
        try {
          const ptr0 = passStringToWasm0(contents, wasm.__wbindgen_malloc, wasm.__wbindgen_realloc);
          const len0 = WASM_VECTOR_LEN;
          const ret = wasm.workspace_format_ir(this.__wbg_ptr, ptr0, len0);
          var ptr2 = ret[0];
          var len2 = ret[1];
          if (ret[3]) {
            ptr2 = 0;
            len2 = 0;
            throw takeFromExternrefTable0(ret[2]);
          }
          deferred3_0 = ptr2;
          deferred3_1 = len2;
          return getStringFromWasm0(ptr2, len2);
        } finally {
          wasm.__wbindgen_free(deferred3_0, deferred3_1, 1);
        }
      }
      /**
       * @param {any} options
       * @param {PositionEncoding} position_encoding
       */
      constructor(options, position_encoding) {
        const ret = wasm.workspace_new(options, position_encoding);
        if (ret[2]) {
          throw takeFromExternrefTable0(ret[1]);
        }
        this.__wbg_ptr = ret[0];
        WorkspaceFinalization.register(this, this.__wbg_ptr, this);
        return this;
      }
      /**
       * Parses the content and returns its AST
       * @param {string} contents
       * @returns {string}
       */
      parse(contents) {
        let deferred3_0;
        let deferred3_1;
        try {
          const ptr0 = passStringToWasm0(contents, wasm.__wbindgen_malloc, wasm.__wbindgen_realloc);
          const len0 = WASM_VECTOR_LEN;
          const ret = wasm.workspace_parse(this.__wbg_ptr, ptr0, len0);
          var ptr2 = ret[0];
          var len2 = ret[1];
          if (ret[3]) {
            ptr2 = 0;
            len2 = 0;
            throw takeFromExternrefTable0(ret[2]);
          }
          deferred3_0 = ptr2;
          deferred3_1 = len2;
          return getStringFromWasm0(ptr2, len2);
        } finally {
          wasm.__wbindgen_free(deferred3_0, deferred3_1, 1);
        }
      }
      /**
       * @param {string} contents
       * @returns {string}
       */
      tokens(contents) {
        let deferred3_0;
        let deferred3_1;
        try {
          const ptr0 = passStringToWasm0(contents, wasm.__wbindgen_malloc, wasm.__wbindgen_realloc);
          const len0 = WASM_VECTOR_LEN;
          const ret = wasm.workspace_tokens(this.__wbg_ptr, ptr0, len0);
          var ptr2 = ret[0];
          var len2 = ret[1];
          if (ret[3]) {
            ptr2 = 0;
            len2 = 0;
            throw takeFromExternrefTable0(ret[2]);
          }
          deferred3_0 = ptr2;
          deferred3_1 = len2;
          return getStringFromWasm0(ptr2, len2);
        } finally {
          wasm.__wbindgen_free(deferred3_0, deferred3_1, 1);
        }
      }
      /**
       * @returns {string}
       */
      static version() {
        let deferred1_0;
        let deferred1_1;
        try {
          const ret = wasm.workspace_version();
          deferred1_0 = ret[0];
          deferred1_1 = ret[1];
          return getStringFromWasm0(ret[0], ret[1]);
        } finally {
          wasm.__wbindgen_free(deferred1_0, deferred1_1, 1);
        }
      }
    };
    if (Symbol.dispose) Workspace.prototype[Symbol.dispose] = Workspace.prototype.free;
    exports.Workspace = Workspace;
    function initLogging(level) {
      wasm.initLogging(level);
    }
    exports.initLogging = initLogging;
    function run() {
      wasm.run();
    }
    exports.run = run;
    function __wbg_get_imports() {
      const import0 = {
        __proto__: null,
        __wbg_Error_9dc85fe1bc224456: function(arg0, arg1) {
          const ret = Error(getStringFromWasm0(arg0, arg1));
          return ret;
        },
        __wbg_Number_4779d427bae39753: function(arg0) {
          const ret = Number(arg0);
          return ret;
        },
        __wbg_String_8564e559799eccda: function(arg0, arg1) {
          const ret = String(arg1);
          const ptr1 = passStringToWasm0(ret, wasm.__wbindgen_malloc, wasm.__wbindgen_realloc);
          const len1 = WASM_VECTOR_LEN;
          getDataViewMemory0().setInt32(arg0 + 4 * 1, len1, true);
          getDataViewMemory0().setInt32(arg0 + 4 * 0, ptr1, true);
        },
        __wbg___wbindgen_bigint_get_as_i64_8ea6736501f396b6: function(arg0, arg1) {
          const v = arg1;
          const ret = typeof v === "bigint" ? v : void 0;
          getDataViewMemory0().setBigInt64(arg0 + 8 * 1, isLikeNone(ret) ? BigInt(0) : ret, true);
          getDataViewMemory0().setInt32(arg0 + 4 * 0, !isLikeNone(ret), true);
        },
        __wbg___wbindgen_boolean_get_b131b2f36d6b2f55: function(arg0) {
          const v = arg0;
          const ret = typeof v === "boolean" ? v : void 0;
          return isLikeNone(ret) ? 16777215 : ret ? 1 : 0;
        },
        __wbg___wbindgen_debug_string_56c147eb1a51f0c4: function(arg0, arg1) {
          const ret = debugString(arg1);
          const ptr1 = passStringToWasm0(ret, wasm.__wbindgen_malloc, wasm.__wbindgen_realloc);
          const len1 = WASM_VECTOR_LEN;
          getDataViewMemory0().setInt32(arg0 + 4 * 1, len1, true);
          getDataViewMemory0().setInt32(arg0 + 4 * 0, ptr1, true);
        },
        __wbg___wbindgen_in_ce8569b2fc6f5088: function(arg0, arg1) {
          const ret = arg0 in arg1;
          return ret;
        },
        __wbg___wbindgen_is_bigint_df272c65456269c2: function(arg0) {
          const ret = typeof arg0 === "bigint";
          return ret;
        },
        __wbg___wbindgen_is_function_147961669f068cd4: function(arg0) {
          const ret = typeof arg0 === "function";
          return ret;
        },
        __wbg___wbindgen_is_object_3a2c414391dbf751: function(arg0) {
          const val = arg0;
          const ret = typeof val === "object" && val !== null;
          return ret;
        },
        __wbg___wbindgen_is_string_6541b0f6ecd4e8e5: function(arg0) {
          const ret = typeof arg0 === "string";
          return ret;
        },
        __wbg___wbindgen_is_undefined_4410e3c20a99fa97: function(arg0) {
          const ret = arg0 === void 0;
          return ret;
        },
        __wbg___wbindgen_jsval_eq_174c93ec61bab0c5: function(arg0, arg1) {
          const ret = arg0 === arg1;
          return ret;
        },
        __wbg___wbindgen_jsval_loose_eq_e07e3b1f5db6da6c: function(arg0, arg1) {
          const ret = arg0 == arg1;
          return ret;
        },
        __wbg___wbindgen_number_get_588ed6b97f0d7e14: function(arg0, arg1) {
          const obj = arg1;
          const ret = typeof obj === "number" ? obj : void 0;
          getDataViewMemory0().setFloat64(arg0 + 8 * 1, isLikeNone(ret) ? 0 : ret, true);
          getDataViewMemory0().setInt32(arg0 + 4 * 0, !isLikeNone(ret), true);
        },
        __wbg___wbindgen_string_get_fa2687d531ed17a5: function(arg0, arg1) {
          const obj = arg1;
          const ret = typeof obj === "string" ? obj : void 0;
          var ptr1 = isLikeNone(ret) ? 0 : passStringToWasm0(ret, wasm.__wbindgen_malloc, wasm.__wbindgen_realloc);
          var len1 = WASM_VECTOR_LEN;
          getDataViewMemory0().setInt32(arg0 + 4 * 1, len1, true);
          getDataViewMemory0().setInt32(arg0 + 4 * 0, ptr1, true);
        },
        __wbg___wbindgen_throw_bbadd78c1bac3a77: function(arg0, arg1) {
          throw new Error(getStringFromWasm0(arg0, arg1));
        },
        __wbg_call_91f00ddc43e01490: function() {
          return handleError(function(arg0, arg1) {
            const ret = arg0.call(arg1);
            return ret;
          }, arguments);
        },
        __wbg_codePointAt_92c678dd76a87be4: function(arg0, arg1) {
          const ret = arg0.codePointAt(arg1 >>> 0);
          return ret;
        },
        __wbg_debug_de823612d4d12f74: function(arg0) {
          console.debug(arg0);
        },
        __wbg_done_6a8439e544ec6206: function(arg0) {
          const ret = arg0.done;
          return ret;
        },
        __wbg_entries_5a6a7e7e0df09fe5: function(arg0) {
          const ret = Object.entries(arg0);
          return ret;
        },
        __wbg_error_6651fee1c71e5da9: function(arg0) {
          console.error(arg0);
        },
        __wbg_error_a6fa202b58aa1cd3: function(arg0, arg1) {
          let deferred0_0;
          let deferred0_1;
          try {
            deferred0_0 = arg0;
            deferred0_1 = arg1;
            console.error(getStringFromWasm0(arg0, arg1));
          } finally {
            wasm.__wbindgen_free(deferred0_0, deferred0_1, 1);
          }
        },
        __wbg_fromCodePoint_9732a81eca648320: function() {
          return handleError(function(arg0) {
            const ret = String.fromCodePoint(arg0 >>> 0);
            return ret;
          }, arguments);
        },
        __wbg_get_44e98e27bda25b5b: function() {
          return handleError(function(arg0, arg1) {
            const ret = Reflect.get(arg0, arg1);
            return ret;
          }, arguments);
        },
        __wbg_get_4b90d6d8c5deb5d5: function(arg0, arg1) {
          const ret = arg0[arg1 >>> 0];
          return ret;
        },
        __wbg_get_unchecked_46e778e3cec74b5e: function(arg0, arg1) {
          const ret = arg0[arg1 >>> 0];
          return ret;
        },
        __wbg_get_with_ref_key_6412cf3094599694: function(arg0, arg1) {
          const ret = arg0[arg1];
          return ret;
        },
        __wbg_info_a2b5f8a5dae8b26c: function(arg0) {
          console.info(arg0);
        },
        __wbg_instanceof_ArrayBuffer_a581da923203f29f: function(arg0) {
          let result;
          try {
            result = arg0 instanceof ArrayBuffer;
          } catch (_) {
            result = false;
          }
          const ret = result;
          return ret;
        },
        __wbg_instanceof_Map_7f94c740225003e2: function(arg0) {
          let result;
          try {
            result = arg0 instanceof Map;
          } catch (_) {
            result = false;
          }
          const ret = result;
          return ret;
        },
        __wbg_instanceof_Uint8Array_b6fe1ac89eba107e: function(arg0) {
          let result;
          try {
            result = arg0 instanceof Uint8Array;
          } catch (_) {
            result = false;
          }
          const ret = result;
          return ret;
        },
        __wbg_isArray_139f48e3c057ede8: function(arg0) {
          const ret = Array.isArray(arg0);
          return ret;
        },
        __wbg_isSafeInteger_c22ccb4af2201fe9: function(arg0) {
          const ret = Number.isSafeInteger(arg0);
          return ret;
        },
        __wbg_iterator_9b36cebf3be7b7cd: function() {
          const ret = Symbol.iterator;
          return ret;
        },
        __wbg_length_68a9d5278d084f4f: function(arg0) {
          const ret = arg0.length;
          return ret;
        },
        __wbg_length_7abf942ae12c9744: function(arg0) {
          const ret = arg0.length;
          return ret;
        },
        __wbg_length_fb04d16d7bdf6d4c: function(arg0) {
          const ret = arg0.length;
          return ret;
        },
        __wbg_log_6614a4effdb4e983: function(arg0) {
          console.log(arg0);
        },
        __wbg_new_0b303268aa395a38: function() {
          const ret = new Array();
          return ret;
        },
        __wbg_new_20b778a4c5c691c3: function() {
          const ret = new Object();
          return ret;
        },
        __wbg_new_227d7c05414eb861: function() {
          const ret = new Error();
          return ret;
        },
        __wbg_new_5fae30e6b23db8df: function(arg0, arg1) {
          const ret = new Error(getStringFromWasm0(arg0, arg1));
          return ret;
        },
        __wbg_new_883c0db065f06efd: function() {
          const ret = /* @__PURE__ */ new Map();
          return ret;
        },
        __wbg_new_b06772b280cc6e52: function(arg0) {
          const ret = new Uint8Array(arg0);
          return ret;
        },
        __wbg_next_8cb028b6ba50743f: function() {
          return handleError(function(arg0) {
            const ret = arg0.next();
            return ret;
          }, arguments);
        },
        __wbg_next_cfd0b146c9538df8: function(arg0) {
          const ret = arg0.next;
          return ret;
        },
        __wbg_prototypesetcall_956c7493c68e29b4: function(arg0, arg1, arg2) {
          Uint8Array.prototype.set.call(getArrayU8FromWasm0(arg0, arg1), arg2);
        },
        __wbg_set_5f806304fb633ab3: function(arg0, arg1, arg2) {
          const ret = arg0.set(arg1, arg2);
          return ret;
        },
        __wbg_set_6be42768c690e380: function(arg0, arg1, arg2) {
          arg0[arg1] = arg2;
        },
        __wbg_set_da33c120a6584674: function(arg0, arg1, arg2) {
          arg0[arg1 >>> 0] = arg2;
        },
        __wbg_stack_3b0d974bbf31e44f: function(arg0, arg1) {
          const ret = arg1.stack;
          const ptr1 = passStringToWasm0(ret, wasm.__wbindgen_malloc, wasm.__wbindgen_realloc);
          const len1 = WASM_VECTOR_LEN;
          getDataViewMemory0().setInt32(arg0 + 4 * 1, len1, true);
          getDataViewMemory0().setInt32(arg0 + 4 * 0, ptr1, true);
        },
        __wbg_value_3d3defe09fb1ffca: function(arg0) {
          const ret = arg0.value;
          return ret;
        },
        __wbg_warn_633bacc13ba7e6c3: function(arg0) {
          console.warn(arg0);
        },
        __wbindgen_cast_0000000000000001: function(arg0) {
          const ret = arg0;
          return ret;
        },
        __wbindgen_cast_0000000000000002: function(arg0) {
          const ret = arg0;
          return ret;
        },
        __wbindgen_cast_0000000000000003: function(arg0, arg1) {
          const ret = getStringFromWasm0(arg0, arg1);
          return ret;
        },
        __wbindgen_cast_0000000000000004: function(arg0) {
          const ret = BigInt.asUintN(64, arg0);
          return ret;
        },
        __wbindgen_init_externref_table: function() {
          const table = wasm.__wbindgen_externrefs;
          const offset = table.grow(4);
          table.set(0, void 0);
          table.set(offset + 0, void 0);
          table.set(offset + 1, null);
          table.set(offset + 2, true);
          table.set(offset + 3, false);
        }
      };
      return {
        __proto__: null,
        "./ruff_wasm_bg.js": import0
      };
    }
    var WorkspaceFinalization = typeof FinalizationRegistry === "undefined" ? { register: () => {
    }, unregister: () => {
    } } : new FinalizationRegistry((ptr) => wasm.__wbg_workspace_free(ptr, 1));
    function addToExternrefTable0(obj) {
      const idx = wasm.__externref_table_alloc();
      wasm.__wbindgen_externrefs.set(idx, obj);
      return idx;
    }
    function debugString(val) {
      const type = typeof val;
      if (type == "number" || type == "boolean" || val == null) {
        return `${val}`;
      }
      if (type == "string") {
        return `"${val}"`;
      }
      if (type == "symbol") {
        const description = val.description;
        if (description == null) {
          return "Symbol";
        } else {
          return `Symbol(${description})`;
        }
      }
      if (type == "function") {
        const name = val.name;
        if (typeof name == "string" && name.length > 0) {
          return `Function(${name})`;
        } else {
          return "Function";
        }
      }
      if (Array.isArray(val)) {
        const length = val.length;
        let debug = "[";
        if (length > 0) {
          debug += debugString(val[0]);
        }
        for (let i = 1; i < length; i++) {
          debug += ", " + debugString(val[i]);
        }
        debug += "]";
        return debug;
      }
      const builtInMatches = /\[object ([^\]]+)\]/.exec(toString.call(val));
      let className;
      if (builtInMatches && builtInMatches.length > 1) {
        className = builtInMatches[1];
      } else {
        return toString.call(val);
      }
      if (className == "Object") {
        try {
          return "Object(" + JSON.stringify(val) + ")";
        } catch (_) {
          return "Object";
        }
      }
      if (val instanceof Error) {
        return `${val.name}: ${val.message}
${val.stack}`;
      }
      return className;
    }
    function getArrayU8FromWasm0(ptr, len) {
      ptr = ptr >>> 0;
      return getUint8ArrayMemory0().subarray(ptr / 1, ptr / 1 + len);
    }
    var cachedDataViewMemory0 = null;
    function getDataViewMemory0() {
      if (cachedDataViewMemory0 === null || cachedDataViewMemory0.buffer.detached === true || cachedDataViewMemory0.buffer.detached === void 0 && cachedDataViewMemory0.buffer !== wasm.memory.buffer) {
        cachedDataViewMemory0 = new DataView(wasm.memory.buffer);
      }
      return cachedDataViewMemory0;
    }
    function getStringFromWasm0(ptr, len) {
      return decodeText(ptr >>> 0, len);
    }
    var cachedUint8ArrayMemory0 = null;
    function getUint8ArrayMemory0() {
      if (cachedUint8ArrayMemory0 === null || cachedUint8ArrayMemory0.byteLength === 0) {
        cachedUint8ArrayMemory0 = new Uint8Array(wasm.memory.buffer);
      }
      return cachedUint8ArrayMemory0;
    }
    function handleError(f, args) {
      try {
        return f.apply(this, args);
      } catch (e) {
        const idx = addToExternrefTable0(e);
        wasm.__wbindgen_exn_store(idx);
      }
    }
    function isLikeNone(x) {
      return x === void 0 || x === null;
    }
    function passStringToWasm0(arg, malloc, realloc) {
      if (realloc === void 0) {
        const buf = cachedTextEncoder.encode(arg);
        const ptr2 = malloc(buf.length, 1) >>> 0;
        getUint8ArrayMemory0().subarray(ptr2, ptr2 + buf.length).set(buf);
        WASM_VECTOR_LEN = buf.length;
        return ptr2;
      }
      let len = arg.length;
      let ptr = malloc(len, 1) >>> 0;
      const mem = getUint8ArrayMemory0();
      let offset = 0;
      for (; offset < len; offset++) {
        const code = arg.charCodeAt(offset);
        if (code > 127) break;
        mem[ptr + offset] = code;
      }
      if (offset !== len) {
        if (offset !== 0) {
          arg = arg.slice(offset);
        }
        ptr = realloc(ptr, len, len = offset + arg.length * 3, 1) >>> 0;
        const view = getUint8ArrayMemory0().subarray(ptr + offset, ptr + len);
        const ret = cachedTextEncoder.encodeInto(arg, view);
        offset += ret.written;
        ptr = realloc(ptr, len, offset, 1) >>> 0;
      }
      WASM_VECTOR_LEN = offset;
      return ptr;
    }
    function takeFromExternrefTable0(idx) {
      const value = wasm.__wbindgen_externrefs.get(idx);
      wasm.__externref_table_dealloc(idx);
      return value;
    }
    var cachedTextDecoder = new TextDecoder("utf-8", { ignoreBOM: true, fatal: true });
    cachedTextDecoder.decode();
    function decodeText(ptr, len) {
      return cachedTextDecoder.decode(getUint8ArrayMemory0().subarray(ptr, ptr + len));
    }
    var cachedTextEncoder = new TextEncoder();
    if (!("encodeInto" in cachedTextEncoder)) {
      cachedTextEncoder.encodeInto = function(arg, view) {
        const buf = cachedTextEncoder.encode(arg);
        view.set(buf);
        return {
          read: arg.length,
          written: buf.length
        };
      };
    }
    var WASM_VECTOR_LEN = 0;
    var wasmPath = `${__dirname}/ruff_wasm_bg.wasm`;
    var wasmBytes = __require("fs").readFileSync(wasmPath);
    var wasmModule = new WebAssembly.Module(wasmBytes);
    var wasmInstance = new WebAssembly.Instance(wasmModule, __wbg_get_imports());
    var wasm = wasmInstance.exports;
    wasm.__wbindgen_start();
  }
});
export default require_ruff_wasm();
