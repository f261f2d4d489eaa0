import { createRequire as __astroCiCreateRequire } from "node:module";
import { fileURLToPath as __astroCiFileURLToPath } from "node:url";
import { dirname as __astroCiDirname } from "node:path";
const require = __astroCiCreateRequire(import.meta.url);
const __filename = __astroCiFileURLToPath(import.meta.url);
const __dirname = __astroCiDirname(__filename);
import {
  analysisKey,
  contentHash,
  createStatIndexSession,
  digestOf,
  judgedKey
} from "./chunk-XEWGXLNW.js";
import {
  defaultRuffLevel,
  ruffDiagnosticsToFindings,
  starNameReads,
  unboundLocalError,
  undefinedNameFindings,
  withHelperBuiltins,
  withoutAnsweredAir002
} from "./chunk-KMDYCKWP.js";
import {
  AIRFLOW_DAG_CLASS,
  BASE_OPERATOR,
  CLASSES,
  DAG_ARGUMENT_CHECKS,
  DATA_MINOR,
  DECORATORS,
  EXCLUSIVE_KEYWORDS,
  KNOWN_DAG_CLASSES,
  TASK_GROUP,
  TRIGGER_RULES,
  WEIGHT_RULES,
  checkDagArguments,
  checkDagConstruction,
  codeOnlyText,
  combineClassInits,
  isAirflowDagClass,
  madeByClassInit,
  pythonLiteral,
  stdlib_modules_default,
  taskCallProblem,
  taskCallWords,
  taskValueProblem,
  throughWrapper,
  wrapperRules
} from "./chunk-BCJWO2QU.js";
import {
  isUnknown,
  refusesOnlyItsDag,
  saysImportFails
} from "./chunk-W4446L2Y.js";
import {
  loadProject,
  mapWithConcurrency,
  safeModeWords
} from "./chunk-A43W7ULI.js";
import {
  installedDistributionNames
} from "./chunk-JKFYA7F3.js";
import {
  fileTooLargeError,
  readRegularFile,
  readRegularFileSync,
  realPathOutside
} from "./chunk-X6UGG6GR.js";
import {
  nearestName,
  require_mod
} from "./chunk-TGOMF2GA.js";
import {
  formatByteSize
} from "./chunk-ADQZYKCI.js";
import {
  ConfigurationError,
  isInside
} from "./chunk-MOGDTFFA.js";
import {
  __commonJS,
  __toESM
} from "./chunk-YO2X36I4.js";

// node_modules/ignore/index.js
var require_ignore = __commonJS({
  "node_modules/ignore/index.js"(exports, module) {
    function makeArray(subject) {
      return Array.isArray(subject) ? subject : [subject];
    }
    var UNDEFINED = void 0;
    var EMPTY = "";
    var SPACE = " ";
    var ESCAPE = "\\";
    var REGEX_LITERAL_SPECIAL = /[.*+?()[\]{}^$|\\/]/;
    var BOM = "\uFEFF";
    var REGEX_ANCHORED_GLOBSTAR = /^\/\*{2,}$/;
    var REGEX_REPLACE_LEADING_EXCAPED_EXCLAMATION = /^\\!/;
    var REGEX_REPLACE_LEADING_EXCAPED_HASH = /^\\#/;
    var REGEX_SPLITALL_CRLF = /\r?\n/g;
    var DOUBLE_SLASH = "//";
    var SLASH_CODE = 47;
    var DOT_CODE = 46;
    var SLASH = "/";
    var TMP_KEY_IGNORE = "node-ignore";
    if (typeof Symbol !== "undefined") {
      TMP_KEY_IGNORE = /* @__PURE__ */ Symbol.for("node-ignore");
    }
    var KEY_IGNORE = TMP_KEY_IGNORE;
    var define = (object, key, value) => {
      Object.defineProperty(object, key, { value });
      return value;
    };
    var RETURN_FALSE = () => false;
    var POSIX_CLASSES = {
      alnum: "0-9A-Za-z",
      alpha: "A-Za-z",
      blank: " \\t",
      cntrl: "\\x00-\\x1f\\x7f",
      digit: "0-9",
      graph: "!-.0-~",
      lower: "a-z",
      print: " -.0-~",
      punct: "!-.:-@\\[-`{-~",
      // git's `sane-ctype.h` classifies \v and \f as control, not space,
      //   unlike C's `isspace`
      space: " \\t\\n\\r",
      upper: "A-Z",
      xdigit: "0-9A-Fa-f"
    };
    var CLASS_MEMBERS_TO_ESCAPE = "\\]^-[";
    var escapeMember = (char) => CLASS_MEMBERS_TO_ESCAPE.indexOf(char) < 0 ? char : ESCAPE + char;
    var NON_SLASH = "(?!\\/)";
    var classSource = (negated, body) => {
      if (negated) {
        return `[^\\/${body}]`;
      }
      const source = `[${body}]`;
      return new RegExp(source).test("/") ? NON_SLASH + source : source;
    };
    var scanBracket = (pattern, start) => {
      const { length } = pattern;
      let index = start + 1;
      let negated = EMPTY;
      const lead = pattern[index];
      if (lead === "!" || lead === "^") {
        negated = "^";
        index++;
      }
      let body = EMPTY;
      let prev = EMPTY;
      for (; ; ) {
        const char = pattern[index];
        if (char === UNDEFINED) {
          return null;
        }
        if (char === ESCAPE) {
          const escaped = pattern[++index];
          body += escapeMember(escaped);
          prev = escaped;
        } else if (char === "-" && prev && index + 1 < length && pattern[index + 1] !== "]") {
          index++;
          let to = pattern[index];
          if (to === ESCAPE) {
            to = pattern[index += 1];
          }
          if (prev <= to) {
            body += `-${escapeMember(to)}`;
          }
          prev = EMPTY;
        } else if (char === "[" && pattern[index + 1] === ":") {
          const nameStart = index + 2;
          let end = nameStart;
          while (end < length && pattern[end] !== "]") {
            end++;
          }
          if (end === length) {
            return null;
          }
          if (end > nameStart && pattern[end - 1] === ":") {
            const name = pattern.slice(nameStart, end - 1);
            if (!Object.prototype.hasOwnProperty.call(POSIX_CLASSES, name)) {
              return null;
            }
            body += POSIX_CLASSES[name];
            prev = EMPTY;
            index = end;
          } else {
            body += escapeMember("[");
            prev = "[";
            index = nameStart - 2;
          }
        } else {
          body += escapeMember(char);
          prev = char;
        }
        index++;
        if (pattern[index] === "]") {
          return {
            end: index,
            source: classSource(negated, body)
          };
        }
      }
    };
    var NEVER_MATCH = "[]";
    var PLACEHOLDER = "\0";
    var REGEX_RESTORE_PLACEHOLDER = new RegExp(
      `${PLACEHOLDER}(\\d+)${PLACEHOLDER}`,
      "g"
    );
    var TRAILING_WILDCARD = "\uE000";
    var TRAILING_DOUBLESTAR = "\uE001";
    var isReserved = (char) => char === PLACEHOLDER || char === TRAILING_WILDCARD || char === TRAILING_DOUBLESTAR;
    var extractBrackets = (pattern) => {
      const sources = [];
      const hold = (source) => `${PLACEHOLDER}${sources.push(source) - 1}${PLACEHOLDER}`;
      const { length } = pattern;
      let out = EMPTY;
      let index = 0;
      while (index < length) {
        const char = pattern[index];
        if (char === ESCAPE) {
          const escaped = pattern[index + 1];
          if (escaped === SLASH && index + 2 === length) {
            out += hold(NEVER_MATCH);
          } else if (escaped === "*" || escaped === "[" || escaped === SPACE) {
            out += pattern.slice(index, index + 2);
          } else {
            out += hold(
              REGEX_LITERAL_SPECIAL.test(escaped) ? ESCAPE + escaped : isReserved(escaped) ? `[${escaped}]` : escaped
            );
          }
          index += 2;
        } else if (isReserved(char)) {
          out += hold(`[${char}]`);
          index++;
        } else if (char === "[") {
          const scanned = scanBracket(pattern, index);
          if (scanned === null) {
            out += hold(NEVER_MATCH);
            index = length;
          } else {
            out += hold(scanned.source);
            index = scanned.end + 1;
          }
        } else {
          out += char;
          index++;
        }
      }
      return {
        source: out,
        sources
      };
    };
    var DIRECT = null;
    var REGEX_INNER_SLASH = /\/(?!$)/;
    var WILDCARD = "[^\\/]*";
    var REPLACERS = [
      // Replace (\ ) with ' '
      // Only a space: an escaped tab or other whitespace is already a literal by
      //   the time it reaches here, and a bare tab must be left as one, not turned
      //   into a space.
      // (\ ) -> ' '
      // (\\ ) -> '\\ '
      // (\\\ ) -> '\\ '
      [
        // A run of backslashes is taken whole, from its first one, so no match
        //   ever starts again inside it -- `(\\+?) ` did, which made a long run
        //   quadratic.
        /(\\+)( ?)/g,
        (_, run, space) => space ? run.slice(0, run.length - run.length % 2) + SPACE : run,
        ESCAPE + SPACE
      ],
      // git's wildmatch() reads a run of two or more asterisks as one globstar
      //   whenever the run fills a path segment: it starts the pattern or follows
      //   a `/`, and it ends the pattern or comes before a `/`. A run of two is
      //   already `**`; a longer one is folded into `**` here, so the steps
      //   below only ever have to know `**`.
      // `***/foo` -> `**/foo`, `a/***/b` -> `a/**/b`, `a/***` -> `a/**`
      // git also takes a run beside a literal prefix (`a***/b`) or beside an
      //   escaped slash (`***\/b`) as a globstar, and this does not; the README
      //   lists both, under "A run of asterisks".
      [
        /(^|\/)\*{3,}(?=\/|$)/g,
        (_, start) => `${start}**`,
        "*"
      ],
      // Escape metacharacters
      // which is written down by users but means special for regular expressions.
      // > There are 12 characters with special meanings:
      // > - the backslash \,
      // > - the caret ^,
      // > - the dollar sign $,
      // > - the period or dot .,
      // > - the vertical bar or pipe symbol |,
      // > - the question mark ?,
      // > - the asterisk or star *,
      // > - the plus sign +,
      // > - the opening parenthesis (,
      // > - the closing parenthesis ),
      // > - and the opening square bracket [,
      // > - the opening curly brace {,
      // > These special characters are often called "metacharacters".
      [
        /[\\$.|*+(){^]/g,
        (match) => `\\${match}`
      ],
      [
        // > a question mark (?) matches a single character
        /(?!\\)\?/g,
        () => "[^/]",
        "?"
      ],
      // leading slash
      [
        // > A leading slash matches the beginning of the pathname.
        // > For example, "/*.c" matches "cat-file.c" but not "mozilla-sha1/sha1.c".
        // A leading slash matches the beginning of the pathname
        /^\//,
        () => "^",
        SLASH
      ],
      // replace special metacharacter slash after the leading slash
      [
        /\//g,
        () => "\\/",
        SLASH
      ],
      [
        // > A leading "**" followed by a slash means match in all directories.
        // > For example, "**/foo" matches file or directory "foo" anywhere,
        // > the same as pattern "foo".
        // > "**/foo/bar" matches file or directory "bar" anywhere that is directly
        // >   under directory "foo".
        // Notice that the '*'s have been replaced as '\\*'
        /^\^*(?:\\\*\\\*\\\/)+/,
        // '**/foo' <-> 'foo'
        () => "(?:^|\\/)",
        "*"
      ],
      // starting
      [
        // there will be no leading '/'
        //   (which has been replaced by section "leading slash")
        // If starts with '**', adding a '^' to the regular expression also works
        DIRECT,
        (source, pattern) => {
          if (!source || source[0] === "^" || source[0] === "(") {
            return source;
          }
          const anchor = !REGEX_INNER_SLASH.test(pattern) ? "(?:^|\\/)" : "^";
          return anchor + source;
        }
      ],
      // two globstars
      [
        // Use lookahead assertions so that we could match more than one `'/**'`
        /\\\/\\\*\\\*(?=\\\/|$)/g,
        // Zero, one or several directories
        // should not use '*', or it will be replaced by the next replacer
        // Check if it is not the last `'/**'`
        (_, index, str) => index + 6 < str.length ? str.slice(index + 6) === "\\/" ? "(?:\\/[^\\/]+)+" : "(?:\\/[^\\/]+)*" : `\\/${TRAILING_DOUBLESTAR}`,
        "*"
      ],
      // normal intermediate wildcards
      [
        // Never replace escaped '*'
        // ignore rule '\*' will match the path '*'
        // 'abc.*/' -> go
        // 'abc.*'  -> skip this rule,
        //    coz trailing single wildcard will be handed by [trailing wildcard]
        /(^|[^\\])(?:\\\*)+(?!$)/g,
        // '*.js' matches '.js'
        // '*.js' doesn't match 'abc'
        // 1. An asterisk "*" matches anything except a slash.
        // 2. Other consecutive asterisks are considered regular asterisks
        //    and collapse into one non-slash wildcard run.
        (_, p1) => p1 + WILDCARD,
        "*"
      ],
      // trailing wildcard, held apart from a literal star
      [
        // The step above leaves a trailing `*` alone, so a single `\*` is all that
        //   can be left at the end here, and what stands in front of it says which
        //   kind it is. A wildcard arrives as the escaper wrote it, `\*` with
        //   nothing before it; a literal arrives as the user's own escape, which
        //   the escaper doubled, and then the star's own -- `\\` and then `\*`.
        //   There is no third case: every backslash still reaching the chain is
        //   one `\*`, `\[` or `\ ` carries itself, and each is followed by its
        //   own character, so a longer run can never form. This runs while the
        //   two are still distinct, before the unescape steps below collapse the
        //   literal onto the very `\*` a wildcard leaves behind.
        /(^|[^\\])((?:\\\\)*)\\\*$/,
        (match, p1, p2) => p2 === EMPTY ? p1 + TRAILING_WILDCARD : match,
        "*"
      ],
      [
        // unescape, revert step 3 except for back slash
        // For example, if a user escape a '\\*',
        // after step 3, the result will be '\\\\\\*'
        /\\\\\\(?=[$.|*+(){^])/g,
        () => ESCAPE,
        ESCAPE + ESCAPE
      ],
      [
        // '\\\\' -> '\\'
        /\\\\/g,
        () => ESCAPE,
        ESCAPE + ESCAPE
      ],
      [
        // Every real bracket expression -- POSIX classes included -- has already
        //   been held aside by `extractBrackets`, so the only `[` left in the
        //   pattern is an escaped, literal one.
        // A backslash could only stand at the end of the range if it quoted the
        //   `]`, and `\]` is held aside long before this.
        /\\\[([^\]/]*?)($|\])/g,
        // '\\[bar]' -> '\\\\[bar]'
        (match, range, close) => `\\[${range}${close}`,
        "["
      ],
      // ending
      [
        // 'js' will not match 'js.'
        // 'ab' will not match 'abc'
        DIRECT,
        // WTF!
        // https://git-scm.com/docs/gitignore
        // changes in [2.22.1](https://git-scm.com/docs/gitignore/2.22.1)
        // which re-fixes #24, #38
        // > If there is a separator at the end of the pattern then the pattern
        // > will only match directories, otherwise the pattern can match both
        // > files and directories.
        // 'js*' will not match 'a.js'
        // 'js/' will not match 'a.js'
        // 'js' will match 'a.js' and 'a.js/'
        (source) => {
          const last = source[source.length - 1];
          if (!last || last === TRAILING_WILDCARD || last === TRAILING_DOUBLESTAR) {
            return source;
          }
          return last === SLASH ? `${source}$` : `${source}(?=$|\\/$)`;
        }
      ]
    ];
    var REGEX_REPLACE_TRAILING_WILDCARD = /(^|\\\/)?\uE000$/;
    var MODE_IGNORE = "regex";
    var MODE_CHECK_IGNORE = "checkRegex";
    var UNDERSCORE = "_";
    var replaceTrailingWildcard = (_, p1) => {
      const prefix = p1 ? `${p1}[^/]+` : "[^/]*";
      return `${prefix}(?=$|\\/$)`;
    };
    var REGEX_REPLACE_TRAILING_DOUBLESTAR = /\uE001$/;
    var replaceTrailingDoublestar = () => "[\\s\\S]";
    var separatorAfter = (run, at2) => {
      let separator = EMPTY;
      for (let index = at2 + 1; index < run.length && !run[index].wildcard; index++) {
        separator += run[index].single;
      }
      return separator;
    };
    var pinWildcards = (source) => {
      if (source.indexOf(WILDCARD) < 0) {
        return source;
      }
      const tokens = [];
      const { length } = source;
      let index = 0;
      while (index < length) {
        const char = source[index];
        if (source.startsWith(WILDCARD, index)) {
          tokens.push({ wildcard: true });
          index += WILDCARD.length;
        } else if (char === "[") {
          let end = index + 1;
          if (source[end] === "^") {
            end++;
          }
          if (source[end] === "]") {
            end++;
          }
          while (end < length && source[end] !== "]") {
            end += source[end] === ESCAPE ? 2 : 1;
          }
          end++;
          tokens.push({ single: source.slice(index, end) });
          index = end;
        } else if (char === ESCAPE) {
          tokens.push({ single: source.slice(index, index + 2) });
          index += 2;
        } else if (char === "(") {
          let depth = 0;
          let end = index;
          do {
            if (source[end] === ESCAPE) {
              end++;
            } else if (source[end] === "(") {
              depth++;
            } else if (source[end] === ")") {
              depth--;
            }
            end++;
          } while (end < length && depth > 0);
          if ("*+?".indexOf(source[end]) >= 0) {
            end++;
          }
          tokens.push({ boundary: source.slice(index, end) });
          index = end;
        } else if (char === "^" || char === "$") {
          tokens.push({ boundary: char });
          index++;
        } else {
          tokens.push({ single: char });
          index++;
        }
      }
      let out = EMPTY;
      let run = [];
      const flush = () => {
        let lastWildcard;
        run.forEach((token, at2) => {
          if (token.wildcard) {
            lastWildcard = at2;
          }
        });
        run.forEach((token, at2) => {
          if (!token.wildcard) {
            out += token.single;
            return;
          }
          out += at2 === lastWildcard ? WILDCARD : `(?:(?!${separatorAfter(run, at2)})[^\\/])*`;
        });
        run = [];
      };
      tokens.forEach((token) => {
        if (token.boundary === void 0) {
          run.push(token);
          return;
        }
        flush();
        out += token.boundary;
      });
      flush();
      return out;
    };
    var makeRegexPrefix = (pattern) => {
      if (REGEX_ANCHORED_GLOBSTAR.test(pattern)) {
        pattern = "**";
      }
      const { source, sources } = extractBrackets(pattern);
      const replaced = REPLACERS.reduce(
        // A pass whose matcher finds nothing hands back the very string it was
        //   given, so asking first costs a search and saves a rewrite. Ten of the
        //   fifteen passes never fire for a typical .gitignore line, and between
        //   them they were 45% of this chain.
        (prev, [matcher, replacer, required]) => {
          if (matcher === DIRECT) {
            return replacer(prev, pattern);
          }
          if (required !== UNDEFINED && prev.indexOf(required) < 0) {
            return prev;
          }
          return matcher.test(prev) ? prev.replace(matcher, replacer.bind(pattern)) : prev;
        },
        source
      );
      return sources.length ? replaced.replace(
        REGEX_RESTORE_PLACEHOLDER,
        (match, index) => sources[index]
      ) : replaced;
    };
    var checkSourceOf = (body, prefix) => {
      if (body[body.length - 1] === SLASH) {
        prefix = makeRegexPrefix(body.slice(0, -1));
      }
      const head = prefix.slice(0, -1);
      const last = prefix[prefix.length - 1];
      return last === TRAILING_WILDCARD ? `${head}$` : last === TRAILING_DOUBLESTAR ? head : NEVER_MATCH;
    };
    var matchesBasename = (body) => {
      const index = body.indexOf(SLASH);
      return index < 0 || index === body.length - 1;
    };
    var basenameOf = (path) => {
      const end = path.length - 1;
      const index = path.lastIndexOf(
        SLASH,
        path[end] === SLASH ? end - 1 : end
      );
      return index < 0 ? path : path.slice(index + 1);
    };
    var parentOf = (path) => {
      if (path.charCodeAt(0) === SLASH_CODE || path.indexOf(DOUBLE_SLASH) >= 0) {
        const slices = path.split(SLASH).filter(Boolean);
        slices.pop();
        return slices.length ? slices.join(SLASH) + SLASH : EMPTY;
      }
      const end = path.length - 1;
      const cut = path.lastIndexOf(
        SLASH,
        path.charCodeAt(end) === SLASH_CODE ? end - 1 : end
      );
      return cut < 0 ? EMPTY : path.slice(0, cut + 1);
    };
    var isString = (subject) => typeof subject === "string";
    var checkPattern = (pattern) => pattern && isString(pattern);
    var splitPattern = (pattern) => (pattern[pattern.length - 1] === "\r" ? pattern.slice(0, -1) : pattern).split(REGEX_SPLITALL_CRLF).filter(Boolean);
    var IgnoreRule = class {
      constructor(pattern, mark, body, ignoreCase, negative, prefix) {
        this.pattern = pattern;
        this.mark = mark;
        this.negative = negative;
        define(this, "body", body);
        define(this, "ignoreCase", ignoreCase);
        define(this, "regexPrefix", prefix);
      }
      // Worked out on first use and kept behind an own property, the way `regex`
      //   caches itself in `_regex`. Deciding it in the constructor instead would
      //   add a fourth `defineProperty` to every rule ever built, which cost 4% of
      //   every compile -- including the compiles of rules that are never matched
      //   against anything.
      get _basenameOnly() {
        return define(this, "_basenameOnly", matchesBasename(this.body));
      }
      get regex() {
        const key = UNDERSCORE + MODE_IGNORE;
        if (this[key]) {
          return this[key];
        }
        return this._make(MODE_IGNORE, key);
      }
      get checkRegex() {
        const key = UNDERSCORE + MODE_CHECK_IGNORE;
        if (this[key]) {
          return this[key];
        }
        return this._make(MODE_CHECK_IGNORE, key);
      }
      _make(mode, key) {
        const str = pinWildcards(
          mode === MODE_IGNORE ? this.regexPrefix.replace(REGEX_REPLACE_TRAILING_WILDCARD, replaceTrailingWildcard).replace(REGEX_REPLACE_TRAILING_DOUBLESTAR, replaceTrailingDoublestar) : checkSourceOf(this.body, this.regexPrefix)
        );
        const regex = this.ignoreCase ? new RegExp(str, "i") : new RegExp(str);
        return define(this, key, regex);
      }
    };
    var hasTrailingBackslash = (str) => {
      let count = 0;
      while (str[str.length - count - 1] === ESCAPE) {
        count++;
      }
      return count % 2 === 1;
    };
    var trimEnd = (body, stripLineEnd) => {
      let lineEnd = body.length;
      let end;
      for (; ; ) {
        if (stripLineEnd && body[lineEnd - 1] === "\r") {
          lineEnd--;
        }
        end = lineEnd;
        while (body[end - 1] === SPACE) {
          end--;
        }
        if (!stripLineEnd || body[end - 1] !== "\n") {
          break;
        }
        lineEnd = end - 1;
      }
      if (end === lineEnd) {
        return body.slice(0, lineEnd);
      }
      let backslashes = 0;
      while (body[end - backslashes - 1] === ESCAPE) {
        backslashes++;
      }
      return backslashes % 2 ? body.slice(0, end - 1) + SPACE : body.slice(0, end);
    };
    var createRule = (pattern, mark, ignoreCase, stripLineEnd, stripBOM) => {
      let body = stripBOM && pattern[0] === BOM ? pattern.slice(1) : pattern;
      if (body[0] === "#") {
        return;
      }
      let negative = false;
      if (body[0] === "!") {
        negative = true;
        body = body.slice(1);
      }
      const last = body[body.length - 1];
      if (last === SPACE || stripLineEnd && (last === "\r" || last === "\n")) {
        body = trimEnd(body, stripLineEnd);
      }
      if (!body || hasTrailingBackslash(body)) {
        return;
      }
      body = body.replace(REGEX_REPLACE_LEADING_EXCAPED_EXCLAMATION, "!").replace(REGEX_REPLACE_LEADING_EXCAPED_HASH, "#");
      const regexPrefix = makeRegexPrefix(body);
      return new IgnoreRule(
        pattern,
        mark,
        body,
        ignoreCase,
        negative,
        regexPrefix
      );
    };
    var RuleManager = class {
      constructor(ignoreCase) {
        this._ignoreCase = ignoreCase;
        this._rules = [];
        this._basenameCount = 0;
      }
      _add(pattern, index) {
        if (pattern && pattern[KEY_IGNORE]) {
          this._rules = this._rules.concat(pattern._rules._rules);
          this._basenameCount += pattern._rules._basenameCount;
          this._added = true;
          return;
        }
        const isStr = isString(pattern);
        const raw = isStr ? pattern : pattern.pattern;
        const rule = checkPattern(raw) && createRule(
          raw,
          isStr ? UNDEFINED : pattern.mark,
          this._ignoreCase,
          !this._split,
          this._stripBOM && !index
        );
        if (rule) {
          this._added = true;
          this._rules.push(rule);
          if (matchesBasename(rule.body)) {
            this._basenameCount++;
          }
        }
      }
      // @param {Array<string> | string | Ignore} pattern
      add(pattern) {
        this._added = false;
        this._split = isString(pattern);
        this._stripBOM = !this._split || pattern[0] === BOM;
        makeArray(
          this._split ? splitPattern(pattern) : pattern
        ).forEach(this._add, this);
        if (this._added) {
          this._literalRules = UNDEFINED;
        }
        return this._added;
      }
      // Match the literal 'abc/' for `checkIgnore`, last rule wins. Only a rule
      //   ending in a wildcard can match it (see `checkSourceOf`), so the rest
      //   are left out once, rather than tested or compiled for every path.
      testLiteral(path) {
        const rules = this._literalRules || (this._literalRules = this._rules.filter(
          ({ body }) => body[body.length - (body[body.length - 1] === SLASH ? 2 : 1)] === "*"
        ));
        let ignored = false;
        let unignored = false;
        let matchedRule;
        for (let index = rules.length - 1; index >= 0; index--) {
          const rule = rules[index];
          if (rule.checkRegex.test(path)) {
            ignored = !rule.negative;
            unignored = rule.negative;
            matchedRule = rule.negative ? UNDEFINED : rule;
            break;
          }
        }
        const ret = {
          ignored,
          unignored
        };
        if (matchedRule) {
          ret.rule = matchedRule;
        }
        return ret;
      }
      // Test one single path without recursively checking parent directories
      //
      // - mode `string` either `MODE_IGNORE` or `MODE_CHECK_IGNORE`
      // @returns {TestResult}
      test(path, mode) {
        const rules = this._rules;
        const { length } = rules;
        const shortcut = this._basenameCount * 2 >= length;
        const basename = shortcut ? basenameOf(path) : path;
        for (let index = length - 1; index >= 0; index--) {
          const rule = rules[index];
          if (rule[mode].test(
            shortcut && rule._basenameOnly ? basename : path
          )) {
            const { negative } = rule;
            const ret = {
              ignored: !negative,
              unignored: negative
            };
            if (!negative) {
              ret.rule = rule;
            }
            return ret;
          }
        }
        return {
          ignored: false,
          unignored: false
        };
      }
    };
    var throwError = (message, Ctor) => {
      throw new Ctor(message);
    };
    var checkPath = (path, originalPath, doThrow) => {
      if (!isString(path)) {
        return doThrow(
          `path must be a string, but got \`${originalPath}\``,
          TypeError
        );
      }
      if (!path) {
        return doThrow(`path must not be empty`, TypeError);
      }
      if (checkPath.isNotRelative(path)) {
        const r = "`path.relative()`d";
        return doThrow(
          `path should be a ${r} string, but got "${originalPath}"`,
          RangeError
        );
      }
      return true;
    };
    var isNotRelative = (path) => {
      const first = path.charCodeAt(0);
      if (first === SLASH_CODE) {
        return true;
      }
      if (first !== DOT_CODE) {
        return false;
      }
      if (path.length === 1) {
        return true;
      }
      const second = path.charCodeAt(1);
      if (second === SLASH_CODE) {
        return true;
      }
      if (second !== DOT_CODE) {
        return false;
      }
      return path.length === 2 || path.charCodeAt(2) === SLASH_CODE;
    };
    checkPath.isNotRelative = isNotRelative;
    checkPath.convert = (p) => p;
    var convertPath = (target) => isString(target) && checkPath.convert(target);
    var Ignore = class {
      constructor({
        ignorecase = true,
        ignoreCase = ignorecase,
        allowRelativePaths = false
      } = {}) {
        define(this, KEY_IGNORE, true);
        this._rules = new RuleManager(ignoreCase);
        this._strictPathCheck = !allowRelativePaths;
        this._initCache();
      }
      _initCache() {
        this._ignoreCache = /* @__PURE__ */ Object.create(null);
        this._testCache = /* @__PURE__ */ Object.create(null);
      }
      add(pattern) {
        if (this._rules.add(pattern)) {
          this._initCache();
        }
        return this;
      }
      // legacy
      addPattern(pattern) {
        return this.add(pattern);
      }
      // @returns {TestResult}
      _test(originalPath, cache, path) {
        checkPath(
          path,
          originalPath,
          this._strictPathCheck ? throwError : RETURN_FALSE
        );
        return path ? this._t(path, cache) : {
          ignored: false,
          unignored: false
        };
      }
      checkIgnore(target) {
        const path = convertPath(target);
        if (!path || path.charCodeAt(path.length - 1) !== SLASH_CODE) {
          return this._test(target, this._testCache, path);
        }
        const dir = this._t(path, this._testCache);
        if (dir.ignored) {
          return dir;
        }
        const literal = this._rules.testLiteral(path);
        return literal.ignored || literal.unignored ? literal : dir;
      }
      _t(path, cache) {
        if (path in cache) {
          return cache[path];
        }
        const parentPath = parentOf(path);
        const parent = parentPath ? this._t(parentPath, cache) : UNDEFINED;
        return cache[path] = parent && parent.ignored ? parent : this._rules.test(path, MODE_IGNORE);
      }
      ignores(path) {
        return this._test(path, this._ignoreCache, convertPath(path)).ignored;
      }
      createFilter() {
        return (path) => !this.ignores(path);
      }
      filter(paths) {
        return makeArray(paths).filter(this.createFilter());
      }
      // @returns {TestResult}
      test(path) {
        return this._test(path, this._testCache, convertPath(path));
      }
    };
    var factory = (options) => new Ignore(options);
    var isPathValid = (path) => checkPath(convertPath(path), path, RETURN_FALSE);
    var setupWindows = () => {
      const makePosix = (str) => /^\\\\\?\\/.test(str) || /["<>|\u0000-\u001F]+/u.test(str) ? str : str.replace(/\\/g, "/");
      checkPath.convert = makePosix;
      const REGEX_TEST_WINDOWS_PATH_ABSOLUTE = /^[a-z]:\//i;
      checkPath.isNotRelative = (path) => REGEX_TEST_WINDOWS_PATH_ABSOLUTE.test(path) || isNotRelative(path);
    };
    if (
      // Detect `process` so that it can run in browsers.
      typeof process !== "undefined" && process.platform === "win32"
    ) {
      setupWindows();
    }
    module.exports = factory;
    factory.default = factory;
    module.exports.isPathValid = isPathValid;
    define(module.exports, /* @__PURE__ */ Symbol.for("setupWindows"), setupWindows);
  }
});

// src/dags/checks-datasets.ts
function datasetUriProblem(uri) {
  if (uri === "") return "Dataset URI cannot be empty";
  if (/^\s+$/.test(uri)) return "Dataset URI cannot be just whitespace";
  if (!/^[\x00-\x7f]*$/.test(uri)) return "Dataset URI must only consist of ASCII characters";
  const scheme = /^[\x00-\x20]*([A-Za-z][A-Za-z0-9+.-]*):/.exec(uri)?.[1];
  if (scheme?.toLowerCase() === "airflow") return "Dataset scheme 'airflow' is reserved";
  const kept = scheme ? uri.replace(/#[\s\S]*$/, "").replace(/\/+$/, "") : uri;
  if (kept.length > 3e3) return "Length of 'uri' must be <= 3000";
  return void 0;
}
function datasetUriFinding(use, problem) {
  const shown = use.uri.length > 60 ? `${use.uri.slice(0, 57)}...` : use.uri;
  return {
    message: `Dataset(${JSON.stringify(shown)}) is refused when it is made: importing the file fails with ValueError: ${problem}`,
    fix: problem.includes("reserved") ? `use your own scheme ("s3://bucket/key", "x-team://table") or a plain name; "airflow" is Airflow's own` : 'give the Dataset a non-empty ASCII URI such as "s3://bucket/key"'
  };
}

// src/dags/cron.ts
var CRONITER_FOR_AIRFLOW = { 2: "5.0.1", 3: "6.0.0" };
var AIRFLOW_CRON_PRESETS = {
  "@hourly": "0 * * * *",
  "@daily": "0 0 * * *",
  "@weekly": "0 0 * * 0",
  "@monthly": "0 0 1 * *",
  "@quarterly": "0 0 1 */3 *",
  "@yearly": "0 0 1 1 *"
};
var CRONITER_ALIASES = {
  "@midnight": "0 0 * * *",
  "@hourly": "0 * * * *",
  "@daily": "0 0 * * *",
  "@weekly": "0 0 * * 0",
  "@monthly": "0 0 1 * *",
  "@yearly": "0 0 1 1 *",
  "@annually": "0 0 1 1 *"
};
var FIELD_NAMES = ["minute", "hour", "day of month", "month", "day of week", "second", "year"];
var MINUTE = 0;
var DAY = 2;
var MONTH = 3;
var DOW = 4;
var YEAR = 6;
var RANGES = [[0, 59], [0, 23], [1, 31], [1, 12], [0, 6], [0, 59], [1970, 2099]];
var LEN_MEANS_ALL = [60, 24, 31, 12, 7, 60, 130];
var MONTH_NAMES = { jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12 };
var DOW_NAMES = { sun: 0, mon: 1, tue: 2, wed: 3, thu: 4, fri: 5, sat: 6 };
var ALPHACONV = [{}, {}, { l: "l" }, MONTH_NAMES, DOW_NAMES, {}, {}];
var DIGIT_ZEROS = [
  48,
  1632,
  1776,
  1984,
  2406,
  2534,
  2662,
  2790,
  2918,
  3046,
  3174,
  3302,
  3430,
  3558,
  3664,
  3792,
  3872,
  4160,
  4240,
  6112,
  6160,
  6470,
  6608,
  6784,
  6800,
  6992,
  7088,
  7232,
  7248,
  42528,
  43216,
  43264,
  43472,
  43504,
  43600,
  44016,
  65296,
  66720,
  68912,
  69734,
  69872,
  69942,
  70096,
  70384,
  70736,
  70864,
  71248,
  71360,
  71472,
  71904,
  72016,
  72784,
  73040,
  73120,
  92768,
  92864,
  93008,
  120782,
  120792,
  120802,
  120812,
  120822,
  123200,
  123632,
  125264,
  130032
];
var PY_WHITESPACE = "	\n\v\f\r \x85\xA0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u2028\u2029\u202F\u205F\u3000";
var hex = (cp) => `\\u{${cp.toString(16)}}`;
var D = `[${DIGIT_ZEROS.map((z) => `${hex(z)}-${hex(z + 9)}`).join("")}]`;
var W = "[\\p{L}\\p{N}_]";
var WEEKDAYS = Object.keys(DOW_NAMES).join("|");
var MONTHS = Object.keys(MONTH_NAMES).join("|");
var STEP_SEARCH = new RegExp(`^([^-]+)-([^-/]+)(/(${D}+))?$`, "u");
var ONLY_INT = new RegExp(`^${D}+$`, "u");
var STAR_OR_INT = new RegExp(`^(${D}+|\\*)$`, "u");
var SPECIAL_DOW = new RegExp(`^(?<pre>((?<he>((${WEEKDAYS})(-(${WEEKDAYS}))?)|((${MONTHS})(-(${MONTHS}))?)|${W}+)#)|l)(?<last>${D}+)$`, "u");
var HASH_EXPRESSION = new RegExp(`^(?<type>h|r)(\\((?<begin>${D}+)-(?<end>${D}+)\\))?(\\/(?<divisor>${D}+))?$`, "u");
var STAR_STEP = /^\*(\/[^\n]+)$/u;
var ANY_STEP = /^([^\n]+)\/([^\n]+)$/u;
var PY_INT_MAX_STR_DIGITS = 4300;
function pyInt(text) {
  const digits = [...text].length;
  if (digits > PY_INT_MAX_STR_DIGITS)
    throw new PyValueError(`Exceeds the limit (${PY_INT_MAX_STR_DIGITS} digits) for integer string conversion: value has ${digits} digits; use sys.set_int_max_str_digits() to increase the limit`);
  let value = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0);
    let digit = -1;
    for (const zero of DIGIT_ZEROS) if (cp >= zero && cp <= zero + 9) digit = cp - zero;
    if (digit < 0) throw new PyValueError(`invalid literal for int() with base 10: '${text}'`);
    value = value * 10 + digit;
  }
  return value;
}
function pySplit(text) {
  const parts = [];
  let current = "";
  for (const ch of text) {
    if (PY_WHITESPACE.includes(ch)) {
      if (current) parts.push(current);
      current = "";
    } else current += ch;
  }
  if (current) parts.push(current);
  return parts;
}
var CroniterBadCron = class extends Error {
};
var PyValueError = class extends Error {
};
function pyRange(start, stop, step) {
  if (step === 0) throw new PyValueError("range() arg 3 must not be zero");
  const out = [];
  for (let v = start; v < stop; v += step) out.push(v);
  return out;
}
function valueAlias(value, field, length) {
  if (field === DAY && value === 0 && length !== 5 && length !== 7) return 1;
  if (field === MONTH && value === 0) return value;
  if (field === DOW && value === 7 && length === 5) return 0;
  return value;
}
function alphaconv(field, key, ctx) {
  const table = ALPHACONV[field];
  if (Object.prototype.hasOwnProperty.call(table, key)) return table[key];
  throw new CroniterBadCron(`[${ctx.expressions.join(" ")}] is not acceptable`);
}
function expandField(field, expr, ctx, nth) {
  const questionSpace = ctx.version === "5.0.1" ? "  " : " ";
  if (expr.includes("?")) {
    if (expr !== "?") throw new CroniterBadCron(`[${ctx.exprFormat}] is not acceptable.${questionSpace}Question mark can not used with other characters`);
    if (field !== DAY && field !== DOW)
      throw new CroniterBadCron(`[${ctx.exprFormat}] is not acceptable.${questionSpace}Question mark can only used in day_of_month or day_of_week`);
    expr = "*";
  }
  const [min, max] = RANGES[field];
  const length = ctx.expressions.length;
  const items = expr.split(",");
  const inItems = /* @__PURE__ */ new Map();
  for (const item of items) inItems.set(item, (inItems.get(item) ?? 0) + 1);
  const res = [];
  while (items.length > 0) {
    let e = items.pop();
    inItems.set(e, (inItems.get(e) ?? 1) - 1);
    if (typeof e === "number") {
      const value = valueAlias(e, field, length);
      if (value < min || value > max) throw new CroniterBadCron(`[${ctx.exprFormat}] is not acceptable, out of range`);
      res.push(value);
      continue;
    }
    let nthValue;
    if (field === DOW) {
      const special = SPECIAL_DOW.exec(String(e));
      if (special?.groups) {
        const { he, last, pre } = special.groups;
        if (he) {
          e = he;
          let parsed;
          try {
            parsed = pyInt(last);
          } catch (error) {
            if (!(error instanceof PyValueError)) throw error;
          }
          if (parsed === void 0 || !(parsed >= 1 && parsed <= 5))
            throw new CroniterBadCron(`[${ctx.exprFormat}] is not acceptable. Invalid day_of_week value: '${parsed ?? "None"}'`);
          nthValue = parsed;
        } else if (last) {
          e = last;
          nthValue = pre;
        }
      }
    }
    let t = String(e).replace(STAR_STEP, `${min}-${max}$1`);
    let m = STEP_SEARCH.exec(t);
    if (!m) {
      t = String(e).replace(ANY_STEP, `$1-${max}/$2`);
      m = STEP_SEARCH.exec(t);
    }
    if (m) {
      let low = m[1];
      let high = m[2];
      const stepText = m[4] ?? "1";
      if (field === DAY && high === "l") high = "31";
      if (!ONLY_INT.test(low)) low = String(alphaconv(field, low, ctx));
      if (!ONLY_INT.test(high)) high = String(alphaconv(field, high, ctx));
      const step = pyInt(stepText);
      for (const band of [low, high]) {
        if (!ONLY_INT.test(band)) throw new CroniterBadCron(`[${ctx.exprFormat}] bands '${low}-${high}' in field ${field} are not acceptable`);
      }
      const lo = valueAlias(pyInt(low), field, length);
      const hi = valueAlias(pyInt(high), field, length);
      if (Math.max(lo, hi) > max) throw new CroniterBadCron(`${ctx.exprFormat} is out of bands`);
      let rng;
      if (lo > hi) {
        const whole = max - min + 1;
        rng = pyRange(lo, max + 1, step);
        let toSkip = 0;
        if (rng.length) {
          const lastValue = rng[rng.length - 1];
          const alreadySkipped = max - lastValue;
          const position = lastValue - min;
          if (position + step > whole && alreadySkipped < step) toSkip = step - alreadySkipped;
        }
        rng.push(...pyRange(min + toSkip, hi + 1, step));
      } else if (lo === hi) {
        rng = pyRange(min, max + 1, step);
      } else {
        try {
          rng = pyRange(lo, hi + 1, step);
        } catch (error) {
          throw new CroniterBadCron(`invalid range: ${error.message}`);
        }
      }
      const next = field === DOW && nthValue !== void 0 && nthValue !== "l" ? rng.map((v) => `${v}#${nthValue}`) : rng;
      const fresh = next.filter((a) => !inItems.get(a));
      for (const a of fresh) {
        items.push(a);
        inItems.set(a, (inItems.get(a) ?? 0) + 1);
      }
    } else {
      if (t.startsWith("-")) throw new CroniterBadCron(`[${ctx.exprFormat}] is not acceptable,negative numbers not allowed`);
      let value;
      if (!STAR_OR_INT.test(t)) {
        value = alphaconv(field, t, ctx);
      } else value = t === "*" ? "*" : pyInt(t);
      value = valueAlias(value, field, length);
      if (value !== "*" && value !== "l" && (value < min || value > max)) throw new CroniterBadCron(`[${ctx.exprFormat}] is not acceptable, out of range`);
      res.push(value);
      if (field === DOW && nthValue !== void 0 && typeof value === "number") {
        const set = nth.get(value) ?? /* @__PURE__ */ new Set();
        set.add(nthValue);
        nth.set(value, set);
      }
    }
  }
  let unique = [...new Set(res)];
  if (unique.length === LEN_MEANS_ALL[field]) {
    const keep = field === DAY && !ctx.expressions[DOW].includes("*") || field === DOW && !ctx.expressions[DAY].includes("*");
    if (!keep) unique = ["*"];
  }
  return unique;
}
function pySetRepr(values) {
  const sorted = [...values].sort((a, b) => typeof a === "number" && typeof b === "number" ? a - b : typeof a === "number" ? -1 : 1);
  const list = sorted.map((v) => typeof v === "number" ? String(v) : `'${v}'`);
  return `{${list.join(", ")}}`;
}
function checkNthMix(dow, nth, ctx) {
  if (nth.size === 0) return;
  const literal = dow.filter((v) => v !== "*" && !(typeof v === "number" && nth.has(v)));
  if (literal.length && new Set(dow).size !== LEN_MEANS_ALL[DOW]) {
    const nthRepr = `{${[...nth].map(([k, v]) => `${k}: ${pySetRepr(v)}`).join(", ")}}`;
    throw new CroniterBadCron(
      `day-of-week field does not support mixing literal values and nth day of week syntax.  Cron: '${ctx.exprFormat}'    dow=${pySetRepr(literal)} vs nth=${nthRepr}`
    );
  }
}
function hashExpansions(field, expr) {
  const match = HASH_EXPRESSION.exec(expr);
  if (!match?.groups) return { random: false, candidates: [expr] };
  const { type, begin, end, divisor } = match.groups;
  if (type === "h") throw new CroniterBadCron("Hashed definitions must include hash_id");
  const [min, max] = RANGES[field];
  if (begin && end && pyInt(begin) >= pyInt(end)) throw new CroniterBadCron("Range end must be greater than range begin");
  const draws = (from, to) => {
    const reachableTo = Math.min(to, from + Math.floor(4294967295 / 2 ** field));
    const values = /* @__PURE__ */ new Set();
    for (let v = from; v <= reachableTo && v <= from + 200; v++) values.add(v);
    for (let v = Math.max(from, reachableTo - 3); v <= reachableTo; v++) values.add(v);
    for (let v = Math.max(from, min - 2); v <= Math.min(reachableTo, max + 2); v++) values.add(v);
    return [...values];
  };
  const drawn = (candidates) => ({ random: candidates.length > 1, candidates });
  if (begin && end && divisor) {
    const d = pyInt(divisor);
    if (d === 0) throw new CroniterBadCron(`Bad expression: ${expr}`);
    const b = pyInt(begin);
    return drawn(draws(b, d - 1 + b).map((v) => `${v}-${pyInt(end)}/${d}`));
  }
  if (begin && end) return drawn(draws(pyInt(begin), pyInt(end)).map(String));
  if (divisor) {
    const d = pyInt(divisor);
    if (d === 0) throw new CroniterBadCron(`Bad expression: ${expr}`);
    return drawn(draws(min, d - 1 + min).map((v) => `${v}-${max}/${d}`));
  }
  return drawn(draws(min, max).map(String));
}
function parseCron(expression, version) {
  const lowered = expression.toLowerCase();
  const efl = CRONITER_ALIASES[lowered] ?? lowered;
  const expressions = pySplit(efl);
  const ctx = { version, exprFormat: expression, expressions };
  if (![5, 6, 7].includes(expressions.length)) return { ok: false, message: "Exactly 5, 6 or 7 columns has to be specified for iterator expression.", randomFields: [] };
  const randomFields = [];
  const expanded = [];
  let nthOfDeterministic = /* @__PURE__ */ new Map();
  let firstFailure;
  let alwaysFails = false;
  const traceback = (error) => `Traceback (most recent call last):
  ...
ValueError: ${error.message}
`;
  for (let field = 0; field < expressions.length; field++) {
    const outcomes = [];
    try {
      const { random, candidates } = hashExpansions(field, expressions[field]);
      if (random) randomFields.push(field);
      for (const candidate of candidates) {
        const nth = /* @__PURE__ */ new Map();
        try {
          const values = expandField(field, candidate, ctx, nth);
          outcomes.push({ ok: true, values, nth });
        } catch (error) {
          if (error instanceof CroniterBadCron) outcomes.push({ ok: false, message: error.message });
          else if (error instanceof PyValueError) outcomes.push({ ok: false, message: traceback(error) });
          else throw error;
        }
      }
    } catch (error) {
      if (error instanceof PyValueError) outcomes.push({ ok: false, message: traceback(error) });
      else if (!(error instanceof CroniterBadCron)) throw error;
      else outcomes.push({ ok: false, message: error.message });
    }
    const failures = outcomes.filter((o) => !o.ok);
    if (failures.length) {
      firstFailure ??= failures[0]?.message;
      if (failures.length === outcomes.length) alwaysFails = true;
    }
    const first = outcomes[0];
    if (first?.ok) {
      expanded.push(first.values);
      if (field === DOW) nthOfDeterministic = first.nth;
    }
  }
  if (firstFailure === void 0) {
    try {
      checkNthMix(expanded[DOW], nthOfDeterministic, ctx);
    } catch (error) {
      if (!(error instanceof CroniterBadCron)) throw error;
      return { ok: false, message: error.message, sometimes: false, randomFields };
    }
  }
  if (firstFailure !== void 0) return { ok: false, message: firstFailure, sometimes: !alwaysFails, randomFields };
  return { ok: true, randomFields, ...randomFields.length ? {} : { expanded, nth: nthOfDeterministic } };
}
var MAX_JUDGED_LENGTH = 262144;
function airflowScheduleVerdict(schedule, airflowMajor) {
  if (schedule === "@once") return { ok: true, kind: "once", randomFields: [] };
  if (schedule === "@continuous") return { ok: true, kind: "continuous", randomFields: [] };
  const expression = AIRFLOW_CRON_PRESETS[schedule] ?? schedule;
  if (expression.length > MAX_JUDGED_LENGTH) return { ok: true, kind: "cron", expression, randomFields: [] };
  const parse = parseCron(expression, CRONITER_FOR_AIRFLOW[airflowMajor]);
  const randomFields = parse.randomFields.map((i) => FIELD_NAMES[i]);
  if (!parse.ok) return { ok: false, kind: "cron", expression, error: `AirflowTimetableInvalid: ${parse.message}`, sometimes: parse.sometimes, randomFields };
  return { ok: true, kind: "cron", expression, randomFields, parse };
}
var DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
var isLeap = (year) => year % 4 === 0 && year % 100 !== 0 || year % 400 === 0;
var daysIn = (year, month) => month === 2 && isLeap(year) ? 29 : DAYS_IN_MONTH[month - 1];
var HOUR = 1;
var SECOND = 5;
function neverFiresReason(verdict, from, years = 50, options = {}) {
  const expanded = verdict.parse?.expanded;
  const nth = verdict.parse?.nth ?? /* @__PURE__ */ new Map();
  if (!verdict.ok || !expanded) return void 0;
  const restricted = (field) => field !== void 0 && !field.includes("*");
  const months = expanded[MONTH];
  const doms = expanded[DAY];
  const dows = expanded[DOW];
  const yearsField = expanded[YEAR];
  const union = restricted(doms) && restricted(dows);
  const nthCache = /* @__PURE__ */ new Map();
  const dayMatches = (year, month, day, part = "both", forward = true, searchStart = false) => {
    if (restricted(yearsField) && !yearsField.includes(year)) return false;
    if (restricted(months) && !months.includes(month)) return false;
    const days = daysIn(year, month);
    const firstWeekday = new Date(Date.UTC(year, month - 1, 1)).getUTCDay();
    let nthDays = nthCache.get(year * 100 + month);
    if (!nthDays) {
      nthDays = /* @__PURE__ */ new Set();
      for (const [weekday2, ns] of nth) {
        const occurrences = [];
        for (let d = 1 + (weekday2 - firstWeekday + 7) % 7; d <= days; d += 7) occurrences.push(d);
        for (const n of ns) {
          const d = n === "l" ? occurrences[occurrences.length - 1] : occurrences[n - 1];
          if (d !== void 0) nthDays.add(d);
        }
      }
      nthCache.set(year * 100 + month, nthDays);
    }
    const weekday = (firstWeekday + day - 1) % 7;
    const lastOk = doms.includes("l") && day === days && (!forward || searchStart || doms.includes(days - 1) || !doms.some((d) => typeof d === "number" && d > days));
    const domOk = !restricted(doms) || doms.includes(day) || lastOk;
    const dowOk = nth.size ? nthDays.has(day) : !restricted(dows) || dows.includes(weekday);
    const domPart = domOk && (nth.size ? nthDays.has(day) : true);
    if (part === "dom") return domPart;
    if (part === "dow") return dowOk;
    return union ? domPart || dowOk : domOk && dowOk;
  };
  const startYear = from.getUTCFullYear();
  const numbers = (field) => restricted(field) ? field.filter((v) => typeof v === "number").sort((a, b) => a - b) : [];
  const span = (field, lo, hi) => {
    const listed = numbers(field);
    return listed.length ? listed : Array.from({ length: hi - lo + 1 }, (_, i) => lo + i);
  };
  const times = [];
  for (const h of span(expanded[HOUR], 0, 23)) for (const m of span(expanded[MINUTE], 0, 59)) for (const sec of expanded.length > 5 ? span(expanded[SECOND], 0, 59) : [0]) times.push(h * 3600 + m * 60 + sec);
  times.sort((a, b) => a - b);
  const yearListed = (year) => !restricted(yearsField) || yearsField.includes(year);
  const monthListed = (month) => !restricted(months) || months.includes(month);
  const nextInstant = (after, part) => {
    const first = new Date(after);
    const [y0, m0, d0] = [first.getUTCFullYear(), first.getUTCMonth() + 1, first.getUTCDate()];
    const t0 = (after - Date.UTC(y0, m0 - 1, d0)) / 1e3;
    for (let year = y0; year <= y0 + years; year++) {
      if (!yearListed(year)) continue;
      for (let month = year === y0 ? m0 : 1; month <= 12; month++) {
        if (!monthListed(month)) continue;
        for (let day = year === y0 && month === m0 ? d0 : 1; day <= daysIn(year, month); day++) {
          const first2 = year === y0 && month === m0 && day === d0;
          if (!dayMatches(year, month, day, part, true, first2)) continue;
          const time = first2 ? times.find((t) => t > t0) : times[0];
          if (time !== void 0) return Date.UTC(year, month - 1, day) + time * 1e3;
        }
      }
    }
    return void 0;
  };
  const previousInstant = (before, part) => {
    const last = new Date(before);
    const [y0, m0, d0] = [last.getUTCFullYear(), last.getUTCMonth() + 1, last.getUTCDate()];
    const t0 = (before - Date.UTC(y0, m0 - 1, d0)) / 1e3;
    const lowest = new Date(before - 1e3).getUTCFullYear() - years;
    for (let year = y0; year >= Math.max(lowest, 1); year--) {
      if (!yearListed(year)) continue;
      for (let month = year === y0 ? m0 : 12; month >= 1; month--) {
        if (!monthListed(month)) continue;
        for (let day = year === y0 && month === m0 ? d0 : daysIn(year, month); day >= 1; day--) {
          if (!dayMatches(year, month, day, part, false)) continue;
          const earlier = year === y0 && month === m0 && day === d0 ? times.filter((t) => t < t0) : times;
          if (earlier.length) return Date.UTC(year, month - 1, day) + earlier[earlier.length - 1] * 1e3;
        }
      }
    }
    return void 0;
  };
  const parts = union ? ["dom", "dow"] : ["both"];
  const S = from.getTime();
  const nexts = parts.map((part) => nextInstant(S, part));
  if (union && nexts.some((n) => n === void 0) && nexts.some((n) => n !== void 0)) {
    const which = nexts[0] === void 0 ? "day-of-month" : "day-of-week";
    return `croniter reads a restricted day-of-month and day-of-week as two schedules and fails when one never matches: its ${which} part matches no date in the next ${years} years`;
  }
  if (nexts.every((n) => n !== void 0)) {
    if (!(options.needsPrevious ?? true) || !restricted(yearsField)) return void 0;
    const N = Math.min(...nexts);
    const firstDate = new Date(N).toISOString().slice(0, 10);
    const previous = parts.map((part) => previousInstant(N, part));
    if (previous.some((p) => p === void 0))
      return union ? `Airflow 2's cron timetable needs the match before a DAG's first run (${firstDate}), and croniter finds none for one half of its day-of-month/day-of-week union ("failed to find prev date")` : `its first match ever is on ${firstDate}, and Airflow 2's cron timetable needs the match before a DAG's first run (croniter raises "failed to find prev date"), so a DAG whose start_date is before then never gets a run`;
    if (Math.max(...previous) === S) return void 0;
    if (parts.every((part) => nextInstant(N, part) !== void 0)) return void 0;
    return `its first match after the start (${firstDate}) is its last, and Airflow 2's cron timetable needs the match after it to end the first data interval (croniter raises "failed to find next date")`;
  }
  if (restricted(yearsField) && yearsField.every((y) => typeof y === "number" && y < startYear)) return `its year field only lists years before ${startYear}`;
  const dayNumbers = restricted(doms) ? doms.filter((d) => typeof d === "number") : [];
  const longest = (month) => month === 2 ? 29 : DAYS_IN_MONTH[month - 1];
  const impossible = restricted(months) && dayNumbers.length > 0 && dayNumbers.every((d) => months.every((m) => d > longest(m)));
  if (impossible && !doms.includes("l") && !restricted(dows) && nth.size === 0) {
    const monthNames = months.map((m) => Object.keys(MONTH_NAMES)[m - 1]).join(", ");
    return `no month in (${monthNames}) has day ${dayNumbers.join(", ")}`;
  }
  if (doms.includes("l") && dayNumbers.some((d) => d > 28))
    return `croniter tries day ${Math.max(...dayNumbers)} before L and jumps past the end of shorter months, so L never matches in them`;
  if (restricted(yearsField)) return `no date after ${from.toISOString().slice(0, 10)} in the years its year field lists matches it`;
  return `no date in the next ${years} years matches it`;
}

// src/dags/checks-schedule.ts
var SCHEDULE_CHECKS = [
  {
    id: "schedule-never-fires",
    defaultLevel: "warning",
    description: "A cron schedule Airflow accepts but that matches no date (e.g. '0 0 31 2 *'): the DAG imports and never runs."
  },
  {
    id: "schedule-random",
    defaultLevel: "warning",
    description: "A cron schedule with an R (random) field: croniter draws a new value every time Airflow parses it, so run times drift."
  }
];
var SCHEDULE_KEYWORDS = ["schedule", "schedule_interval", "timetable"];
function label(dag) {
  return isUnknown(dag.dagId) ? `the DAG at line ${dag.line}` : `DAG '${dag.dagId}'`;
}
function spanOf(argument) {
  return argument && { line: argument.line, column: argument.column, endLine: argument.endLine, endColumn: argument.endColumn };
}
function fixFor(schedule, verdict) {
  const fields = schedule.trim().split(/\s+/);
  const base = "use a 5-field cron expression (minute hour day-of-month month day-of-week) such as '0 6 * * *', or a preset: @hourly, @daily, @weekly, @monthly, @quarterly, @yearly";
  if (/^\s*@(once|continuous)\s*$/i.test(schedule)) return `write '${schedule.trim().toLowerCase()}' exactly: Airflow matches @once and @continuous as written, in lower case and without spaces`;
  if (/^\s*@/.test(schedule) && schedule.trim() !== schedule) return `remove the spaces around '${schedule.trim()}'`;
  if (/^\s*@/.test(schedule)) return `'${schedule.trim()}' is not a preset Airflow or croniter knows; ${base}`;
  if (verdict.sometimes) return "an R (random) field can draw a value outside the field's bounds: narrow the R(...) range or use fixed values";
  if (/hash_id/.test(verdict.error ?? "")) return "croniter's H (hashed) needs a hash id that Airflow never passes: write fixed values instead";
  if (fields.length >= 6 && fields.includes("?")) {
    return "this looks like a Quartz cron (seconds first, '?'): croniter reads minute hour day-of-month month day-of-week, then seconds and year; drop the leading seconds field";
  }
  if (/Question mark/.test(verdict.error ?? "")) return "'?' is allowed alone, and only in the day-of-month or day-of-week field: write '*' elsewhere";
  if (/w/i.test(fields[2] ?? "") && fields.length >= 5) return "croniter has no W (nearest weekday) in the day-of-month field: list the days, or use L for the last day";
  if (/(^|,)\d+l($|,)/i.test(fields[4] ?? "")) return "croniter writes the last weekday of the month as L5 (L before the weekday), not 5L";
  return base;
}
function checkSchedule(dag, ctx, emit) {
  checkCronTimetable(dag, ctx, emit);
  const continuous = (dag.arguments ?? []).find((a) => a.timetableClass !== void 0 && a.timetableCron === void 0 && (ctx.airflowMajor === 2 ? SCHEDULE_KEYWORDS.includes(a.name) : a.name === "schedule"));
  if (continuous?.timetableClass) {
    const wrapped = continuous.timetableClass === "DatasetOrTimeSchedule";
    const at3 = { line: dag.line, ...spanOf(continuous), dagId: isUnknown(dag.dagId) ? void 0 : dag.dagId };
    checkContinuous(dag, ctx, emit, at3, label(dag), wrapped ? "DatasetOrTimeSchedule(timetable=ContinuousTimetable())" : "ContinuousTimetable()", wrapped ? "airflow.timetables.datasets.DatasetOrTimeSchedule" : void 0);
    return;
  }
  if (typeof dag.schedule !== "string") return;
  const schedule = dag.schedule;
  const args = dag.arguments ?? [];
  const scheduleArg = SCHEDULE_KEYWORDS.map((k) => args.find((a) => a.name === k)).find((a) => a !== void 0);
  if (ctx.airflowMajor === 3 && scheduleArg && scheduleArg.name !== "schedule") return;
  const at2 = { line: dag.line, ...spanOf(scheduleArg), dagId: isUnknown(dag.dagId) ? void 0 : dag.dagId };
  const { verdict, neverFires } = scheduleFacts(schedule, ctx);
  const name = label(dag);
  if (!verdict.ok) {
    const shown = scheduleArg?.literal === schedule ? "" : ` (${JSON.stringify(schedule)})`;
    emit("schedule-valid", {
      ...at2,
      message: `${name} has a schedule Airflow ${ctx.airflowMajor} rejects${shown}${verdict.sometimes ? " at some parses (it draws R fields at random)" : ""}: importing it fails with ${verdict.error}`,
      fix: fixFor(schedule, verdict)
    });
    return;
  }
  if (verdict.kind === "continuous") {
    checkContinuous(dag, ctx, emit, at2, name);
    return;
  }
  if (verdict.randomFields.length) {
    emit("schedule-random", {
      ...at2,
      message: `${name}'s schedule '${schedule}' uses R (random) in the ${verdict.randomFields.join(", ")} field${verdict.randomFields.length > 1 ? "s" : ""}: croniter draws a new value every time Airflow reads the schedule, so run times change from one parse to the next`,
      fix: "write fixed values (croniter's H, the stable alternative, needs a hash id that Airflow never passes)"
    });
    return;
  }
  const reason = neverFires();
  if (reason) {
    emit("schedule-never-fires", {
      ...at2,
      message: `${name}'s schedule '${schedule}' imports but never fires: ${reason}; the scheduler finds no next run (croniter raises CroniterBadDateError)`,
      fix: /needs the match before/.test(reason) ? "list a year before the first one you want runs in (the first match only starts the first data interval), or drop the year field" : /two schedules/.test(reason) ? "make the day-of-month and the day-of-week each match some date on their own, or set one of them to '*'" : "check the day-of-month, month and year fields (L is the last day of the month, e.g. '0 0 L 2 *')"
    });
  }
}
function checkCronTimetable(dag, ctx, emit) {
  const argument = (dag.arguments ?? []).find((a) => a.timetableCron !== void 0 && (ctx.airflowMajor === 2 ? SCHEDULE_KEYWORDS.includes(a.name) : a.name === "schedule"));
  const cron = argument?.timetableCron;
  if (argument === void 0 || cron === void 0) return;
  const notCron = cron === "@once" || cron === "@continuous";
  const verdict = notCron ? void 0 : scheduleFacts(cron, ctx).verdict;
  if (verdict?.ok) return;
  const error = verdict?.error ?? "AirflowTimetableInvalid: Exactly 5, 6 or 7 columns has to be specified for iterator expression.";
  emit("schedule-valid", {
    line: argument.line,
    column: argument.column,
    endLine: argument.endLine,
    endColumn: argument.endColumn,
    dagId: isUnknown(dag.dagId) ? void 0 : dag.dagId,
    message: `${label(dag)}'s ${argument.timetableClass ?? "timetable"}(${JSON.stringify(cron)}) is a cron Airflow ${ctx.airflowMajor} rejects${verdict?.sometimes ? " at some parses (it draws R fields at random)" : ""}: importing it fails with ${error}`,
    fix: notCron ? `${cron} is a schedule, not a cron expression: write schedule="${cron}" instead of a cron timetable` : fixFor(cron, verdict)
  });
}
var scheduleMemo = /* @__PURE__ */ new Map();
function scheduleFacts(schedule, ctx) {
  const today = /* @__PURE__ */ new Date();
  const now = ctx.now ?? new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate()));
  const key = `${ctx.airflowMajor}\0${now.toISOString()}\0${schedule}`;
  let entry = scheduleMemo.get(key);
  if (!entry) {
    if (scheduleMemo.size >= 4096) scheduleMemo.clear();
    entry = { verdict: airflowScheduleVerdict(schedule, ctx.airflowMajor), reasonKnown: false };
    scheduleMemo.set(key, entry);
  }
  const memo = entry;
  return {
    verdict: memo.verdict,
    neverFires: () => {
      if (!memo.reasonKnown) {
        memo.reason = neverFiresReason(memo.verdict, now, 50, { needsPrevious: ctx.airflowMajor === 2 });
        memo.reasonKnown = true;
      }
      return memo.reason;
    }
  };
}
function checkContinuous(dag, ctx, emit, at2, name, written = "@continuous", timetableClass = "airflow.timetables.simple.ContinuousTimetable") {
  const args = dag.arguments;
  if (!args) return;
  const raised = ctx.airflowMajor === 2 ? `AirflowException: Invalid max_active_runs: <class '${timetableClass}'> requires max_active_runs <= 1` : `ValueError: Invalid max_active_runs: ${timetableClass.slice(timetableClass.lastIndexOf(".") + 1)} requires max_active_runs <= 1`;
  const maxActiveRuns = args.find((a) => a.name === "max_active_runs");
  if (!maxActiveRuns) {
    if (args.some((a) => a.name === "**" || a.name === "*")) return;
    const projectDefault = ctx.maxActiveRunsPerDag;
    if (projectDefault === "unknown" || projectDefault !== void 0 && projectDefault <= 1) return;
    emit("schedule-valid", {
      ...at2,
      message: projectDefault === void 0 ? `${name} runs ${written} without max_active_runs: Airflow's default (core.max_active_runs_per_dag, 16 unless the Deployment sets it to 1) is above 1, so importing it fails with ${raised}` : `${name} runs ${written} without max_active_runs: the project sets AIRFLOW__CORE__MAX_ACTIVE_RUNS_PER_DAG=${projectDefault} (Dockerfile or .env), above 1, so importing it fails with ${raised}`,
      fix: "add max_active_runs=1"
    });
    return;
  }
  if (typeof maxActiveRuns.literal === "number" && maxActiveRuns.literal > 1) {
    emit("schedule-valid", {
      ...at2,
      ...spanOf(maxActiveRuns),
      message: `${name} runs ${written} with max_active_runs=${maxActiveRuns.literal}: importing it fails with ${raised}`,
      fix: "set max_active_runs=1 (a continuous DAG runs one DAG run at a time)"
    });
  }
}

// src/dags/data/runtime-modules.json
var runtime_modules_default = {
  $comment: "Generated by scripts/derive-runtime-modules.mjs; do not edit by hand. Inputs: apache/airflow generated/provider_dependencies.json (2.10.5) and constraints-2.10.3-python3.12.txt (apache/airflow constraints-2.10.x), and scripts/runtime-data/sources.json (Astronomer's 'Astro Runtime provider package reference' per runtime line, Airflow's core dependencies from apache/airflow hatch_build.py (2.10) and airflow-core/pyproject.toml (3.x), well-known Requires-Dist chains, import names). lines.*.modules: import names certainly present on that runtime line (Airflow core, its preinstalled providers, Astronomer's providers, their declared dependencies, transitively as far as known). knownModules: import names of every distribution Airflow's constraints know: possibly present, never certain. providerIds: provider distribution -> the airflow.providers.<id> package it installs.",
  lines: {
    "airflow2-12": {
      label: "Astro Runtime 12.x (Airflow 2.10)",
      airflow: "2.10",
      confirmed: true,
      source: "Astronomer docs, 'Astro Runtime provider package reference' (https://www.astronomer.io/docs/astro/runtime-provider-reference), Astro Runtime 12.8.0, Standard image",
      providers: [
        "apache-airflow-providers-amazon",
        "apache-airflow-providers-celery",
        "apache-airflow-providers-cncf-kubernetes",
        "apache-airflow-providers-common-compat",
        "apache-airflow-providers-common-io",
        "apache-airflow-providers-common-sql",
        "apache-airflow-providers-datadog",
        "apache-airflow-providers-elasticsearch",
        "apache-airflow-providers-fab",
        "apache-airflow-providers-ftp",
        "apache-airflow-providers-google",
        "apache-airflow-providers-http",
        "apache-airflow-providers-imap",
        "apache-airflow-providers-microsoft-azure",
        "apache-airflow-providers-mysql",
        "apache-airflow-providers-openlineage",
        "apache-airflow-providers-postgres",
        "apache-airflow-providers-redis",
        "apache-airflow-providers-smtp",
        "apache-airflow-providers-sqlite"
      ],
      modules: [
        "MySQLdb",
        "OpenSSL",
        "adal",
        "adlfs",
        "aiofiles",
        "aiohappyeyeballs",
        "aiohttp",
        "aiosignal",
        "airflow",
        "alembic",
        "amqp",
        "annotated_types",
        "anyio",
        "apispec",
        "argcomplete",
        "asgiref",
        "astro",
        "astronomer",
        "attr",
        "attrs",
        "azure",
        "billiard",
        "blinker",
        "boto3",
        "botocore",
        "bs4",
        "cachetools",
        "celery",
        "certifi",
        "cffi",
        "charset_normalizer",
        "click",
        "click_didyoumean",
        "click_plugins",
        "click_repl",
        "colorama",
        "colorlog",
        "configupdater",
        "connexion",
        "cron_descriptor",
        "croniter",
        "cryptography",
        "daemon",
        "datadog",
        "dateutil",
        "db_dtypes",
        "decorator",
        "deprecated",
        "dill",
        "elastic_transport",
        "elasticsearch",
        "email_validator",
        "eval_type_backport",
        "fastapi",
        "flask",
        "flask_appbuilder",
        "flask_babel",
        "flask_caching",
        "flask_jwt_extended",
        "flask_limiter",
        "flask_login",
        "flask_session",
        "flask_sqlalchemy",
        "flask_wtf",
        "flower",
        "frozenlist",
        "fsspec",
        "gcloud",
        "gcsfs",
        "google",
        "google_auth_httplib2",
        "google_auth_oauthlib",
        "googleapiclient",
        "greenlet",
        "grpc_gcp",
        "gunicorn",
        "httpcore",
        "httpx",
        "idna",
        "inflection",
        "isodate",
        "itsdangerous",
        "jinja2",
        "jmespath",
        "json_merge_patch",
        "jsonpath_ng",
        "jsonschema",
        "jsonschema_specifications",
        "jwt",
        "kiota_abstractions",
        "kombu",
        "kubernetes",
        "kubernetes_asyncio",
        "lazy_object_proxy",
        "linkify_it",
        "lockfile",
        "looker_sdk",
        "lxml",
        "markdown_it",
        "markupsafe",
        "marshmallow",
        "marshmallow_oneofschema",
        "marshmallow_sqlalchemy",
        "mdit_py_plugins",
        "methodtools",
        "more_itertools",
        "msal",
        "msal_extensions",
        "msgraph_core",
        "multidict",
        "mysql",
        "mysqlx",
        "numpy",
        "nvd3",
        "oauthlib",
        "openlineage",
        "opentelemetry",
        "packaging",
        "pandas",
        "pandas_gbq",
        "pathspec",
        "pendulum",
        "pluggy",
        "prison",
        "propcache",
        "proto",
        "psutil",
        "psycopg2",
        "pyarrow",
        "pyasn1_modules",
        "pyathena",
        "pycparser",
        "pydantic",
        "pydantic_core",
        "pydata_google_auth",
        "pygments",
        "pytz",
        "re2",
        "redis",
        "redshift_connector",
        "referencing",
        "requests",
        "requests_oauthlib",
        "requests_toolbelt",
        "rfc3339_validator",
        "rich",
        "rich_argparse",
        "rpds",
        "rsa",
        "s3transfer",
        "scramp",
        "setproctitle",
        "six",
        "slugify",
        "sniffio",
        "sqlalchemy",
        "sqlalchemy_bigquery",
        "sqlalchemy_jsonfield",
        "sqlalchemy_redshift",
        "sqlalchemy_spanner",
        "sqlalchemy_utils",
        "sqlparse",
        "starlette",
        "tabulate",
        "tenacity",
        "termcolor",
        "text_unidecode",
        "typing_extensions",
        "tzdata",
        "unicodecsv",
        "upath",
        "urllib3",
        "vine",
        "watchtower",
        "websocket",
        "werkzeug",
        "wtforms",
        "yaml",
        "yarl"
      ],
      possibleModules: [
        "aiofiles",
        "asyncssh",
        "frontmatter",
        "pyarrow",
        "smart_open"
      ]
    },
    "airflow2-slim": {
      label: "Astro Runtime slim image (Airflow 2)",
      airflow: "2.10",
      confirmed: false,
      source: "Astronomer docs, 'Astro Runtime provider package reference', Astro Runtime 11.5.0, Slim image (no 12.x slim list was seen: unconfirmed for 12.x)",
      providers: [
        "apache-airflow-providers-celery",
        "apache-airflow-providers-common-compat",
        "apache-airflow-providers-common-io",
        "apache-airflow-providers-common-sql",
        "apache-airflow-providers-elasticsearch",
        "apache-airflow-providers-fab",
        "apache-airflow-providers-ftp",
        "apache-airflow-providers-http",
        "apache-airflow-providers-imap",
        "apache-airflow-providers-mysql",
        "apache-airflow-providers-postgres",
        "apache-airflow-providers-smtp",
        "apache-airflow-providers-sqlite"
      ],
      modules: [
        "MySQLdb",
        "aiohappyeyeballs",
        "aiohttp",
        "aiosignal",
        "airflow",
        "alembic",
        "amqp",
        "annotated_types",
        "anyio",
        "apispec",
        "argcomplete",
        "asgiref",
        "astronomer",
        "attr",
        "attrs",
        "billiard",
        "blinker",
        "celery",
        "certifi",
        "cffi",
        "charset_normalizer",
        "click",
        "click_didyoumean",
        "click_plugins",
        "click_repl",
        "colorama",
        "colorlog",
        "configupdater",
        "connexion",
        "cron_descriptor",
        "croniter",
        "cryptography",
        "daemon",
        "dateutil",
        "deprecated",
        "dill",
        "elastic_transport",
        "elasticsearch",
        "email_validator",
        "eval_type_backport",
        "fastapi",
        "flask",
        "flask_appbuilder",
        "flask_babel",
        "flask_caching",
        "flask_jwt_extended",
        "flask_limiter",
        "flask_login",
        "flask_session",
        "flask_sqlalchemy",
        "flask_wtf",
        "flower",
        "frozenlist",
        "fsspec",
        "greenlet",
        "gunicorn",
        "httpcore",
        "httpx",
        "idna",
        "itsdangerous",
        "jinja2",
        "jmespath",
        "jsonschema",
        "jsonschema_specifications",
        "jwt",
        "kombu",
        "lazy_object_proxy",
        "linkify_it",
        "lockfile",
        "markdown_it",
        "markupsafe",
        "marshmallow",
        "marshmallow_oneofschema",
        "marshmallow_sqlalchemy",
        "mdit_py_plugins",
        "methodtools",
        "more_itertools",
        "multidict",
        "mysql",
        "mysqlx",
        "nvd3",
        "opentelemetry",
        "packaging",
        "pathspec",
        "pendulum",
        "pluggy",
        "prison",
        "propcache",
        "psutil",
        "psycopg2",
        "pycparser",
        "pydantic",
        "pydantic_core",
        "pygments",
        "re2",
        "referencing",
        "requests",
        "requests_toolbelt",
        "rfc3339_validator",
        "rich",
        "rich_argparse",
        "rpds",
        "setproctitle",
        "slugify",
        "sniffio",
        "sqlalchemy",
        "sqlalchemy_jsonfield",
        "sqlalchemy_utils",
        "sqlparse",
        "starlette",
        "tabulate",
        "tenacity",
        "termcolor",
        "text_unidecode",
        "typing_extensions",
        "tzdata",
        "unicodecsv",
        "upath",
        "urllib3",
        "vine",
        "werkzeug",
        "wtforms",
        "yarl"
      ],
      possibleModules: []
    },
    airflow3: {
      label: "Astro Runtime 3.x (Airflow 3)",
      airflow: "3",
      confirmed: true,
      source: "Astronomer docs, 'Astro Runtime provider package reference' (https://www.astronomer.io/docs/runtime/runtime-provider-reference), Astro Runtime 3.1-11, 3.1-12, 3.3-1 and 3.3-2 (identical sets)",
      providers: [
        "apache-airflow-providers-celery",
        "apache-airflow-providers-common-compat",
        "apache-airflow-providers-common-io",
        "apache-airflow-providers-common-sql",
        "apache-airflow-providers-elasticsearch",
        "apache-airflow-providers-openlineage",
        "apache-airflow-providers-smtp",
        "apache-airflow-providers-standard"
      ],
      modules: [
        "a2wsgi",
        "aiosqlite",
        "airflow",
        "alembic",
        "amqp",
        "annotated_types",
        "anyio",
        "argcomplete",
        "asgiref",
        "astronomer",
        "attr",
        "attrs",
        "billiard",
        "cadwyn",
        "celery",
        "certifi",
        "cffi",
        "charset_normalizer",
        "click",
        "click_didyoumean",
        "click_plugins",
        "click_repl",
        "colorlog",
        "cron_descriptor",
        "croniter",
        "cryptography",
        "daemon",
        "dateutil",
        "deprecated",
        "dill",
        "elastic_transport",
        "elasticsearch",
        "fastapi",
        "flower",
        "fsspec",
        "greenlet",
        "httpcore",
        "httpx",
        "idna",
        "itsdangerous",
        "jinja2",
        "jsonschema",
        "jsonschema_specifications",
        "jwt",
        "kombu",
        "lazy_object_proxy",
        "libcst",
        "linkify_it",
        "lockfile",
        "markdown_it",
        "markupsafe",
        "methodtools",
        "more_itertools",
        "msgspec",
        "natsort",
        "openlineage",
        "opentelemetry",
        "packaging",
        "pathspec",
        "pendulum",
        "pluggy",
        "psutil",
        "pycparser",
        "pydantic",
        "pydantic_core",
        "pygments",
        "pygtrie",
        "re2",
        "referencing",
        "requests",
        "rich",
        "rich_argparse",
        "rpds",
        "setproctitle",
        "slugify",
        "sniffio",
        "sqlalchemy",
        "sqlalchemy_jsonfield",
        "sqlalchemy_utils",
        "sqlparse",
        "starlette",
        "structlog",
        "svcs",
        "tabulate",
        "tenacity",
        "termcolor",
        "text_unidecode",
        "typing_extensions",
        "tzdata",
        "upath",
        "urllib3",
        "uuid6",
        "vine",
        "yaml"
      ],
      possibleModules: []
    }
  },
  knownModules: [
    "Crypto",
    "MySQLdb",
    "OpenSSL",
    "_distutils_hack",
    "_pytest",
    "adal",
    "adlfs",
    "aiobotocore",
    "aiofiles",
    "aiohappyeyeballs",
    "aiohttp",
    "aioitertools",
    "aioresponses",
    "aiosignal",
    "airbyte_api",
    "airflow",
    "alabaster",
    "alembic",
    "alibabacloud_adb20211201",
    "alibabacloud_credentials",
    "alibabacloud_endpoint_util",
    "alibabacloud_gateway_spi",
    "alibabacloud_openapi_util",
    "alibabacloud_tea",
    "alibabacloud_tea_openapi",
    "alibabacloud_tea_util",
    "alibabacloud_tea_xml",
    "aliyun_python_sdk_core",
    "aliyun_python_sdk_kms",
    "amqp",
    "analytics_python",
    "annotated_types",
    "anyascii",
    "anyio",
    "apispec",
    "apprise",
    "arango",
    "argcomplete",
    "asana",
    "asgiref",
    "asn1crypto",
    "astroid",
    "asttokens",
    "asyncssh",
    "atlasclient",
    "atlassian_python_api",
    "attr",
    "attrs",
    "authlib",
    "aws_sam_translator",
    "aws_xray_sdk",
    "azure",
    "babel",
    "backoff",
    "bcrypt",
    "billiard",
    "bitarray",
    "black",
    "blinker",
    "boto3",
    "botocore",
    "bs4",
    "bson",
    "cachelib",
    "cachetools",
    "cassandra",
    "cattrs",
    "celery",
    "certifi",
    "cffi",
    "cfgv",
    "cfn_lint",
    "cgroupspy",
    "chardet",
    "charset_normalizer",
    "checksumdir",
    "ciso8601",
    "click",
    "click_didyoumean",
    "click_plugins",
    "click_repl",
    "clickclick",
    "cloudant",
    "cloudpickle",
    "cohere",
    "colorama",
    "colorlog",
    "configupdater",
    "confluent_kafka",
    "connexion",
    "coverage",
    "crcmod",
    "cron_descriptor",
    "croniter",
    "cryptography",
    "curlify",
    "daemon",
    "databricks_sql_connector",
    "dataclasses_json",
    "datadog",
    "dateutil",
    "db_dtypes",
    "decorator",
    "defusedxml",
    "deltalake",
    "deprecated",
    "diagrams",
    "dill",
    "distlib",
    "distro",
    "dns",
    "docker",
    "docopt",
    "docstring_parser",
    "docutils",
    "dotenv",
    "duckdb",
    "elastic_transport",
    "elasticsearch",
    "email_validator",
    "eralchemy2",
    "et_xmlfile",
    "eventlet",
    "events",
    "execnet",
    "executing",
    "facebook_business",
    "fastapi",
    "fastavro",
    "filelock",
    "flask",
    "flask_appbuilder",
    "flask_babel",
    "flask_bcrypt",
    "flask_caching",
    "flask_jwt_extended",
    "flask_limiter",
    "flask_login",
    "flask_session",
    "flask_sqlalchemy",
    "flask_wtf",
    "flower",
    "frozenlist",
    "fsspec",
    "future",
    "gcloud",
    "gcsfs",
    "geomet",
    "gevent",
    "gitdb",
    "github",
    "gitpython",
    "google",
    "google_auth_httplib2",
    "google_auth_oauthlib",
    "googleapiclient",
    "graphql_core",
    "graphviz",
    "greenlet",
    "gridfs",
    "grpc",
    "grpc_gcp",
    "grpc_interceptor",
    "grpc_status",
    "grpcio_health_checking",
    "grpcio_tools",
    "gssapi",
    "gunicorn",
    "h11",
    "h2",
    "hatch",
    "hatchling",
    "hdfs",
    "hmsclient",
    "hpack",
    "httpcore",
    "httplib2",
    "httpx",
    "humanize",
    "hvac",
    "hyperframe",
    "hyperlink",
    "ibm_cloud_sdk_core",
    "ibmcloudant",
    "icdiff",
    "identify",
    "idna",
    "ijson",
    "imagesize",
    "immutabledict",
    "impala",
    "importlib_metadata",
    "importlib_resources",
    "incremental",
    "inflection",
    "influxdb_client",
    "iniconfig",
    "ipdb",
    "ipython",
    "isodate",
    "itsdangerous",
    "jaraco",
    "jaydebeapi",
    "jedi",
    "jeepney",
    "jenkins",
    "jinja2",
    "jiter",
    "jmespath",
    "joserfc",
    "jpype1",
    "json_merge_patch",
    "jsondiff",
    "jsonpatch",
    "jsonpath_ng",
    "jsonpath_python",
    "jsonpointer",
    "jsonschema",
    "jsonschema_path",
    "jsonschema_specifications",
    "jwt",
    "keyring",
    "kiota_abstractions",
    "kiota_authentication_azure",
    "kiota_http",
    "kiota_serialization_json",
    "kiota_serialization_text",
    "kombu",
    "krb5",
    "kubernetes",
    "kubernetes_asyncio",
    "kylinpy",
    "lazy_object_proxy",
    "ldap",
    "ldap3",
    "ldapurl",
    "ldif",
    "limits",
    "linkify_it",
    "lockfile",
    "looker_sdk",
    "lxml",
    "lz4",
    "mako",
    "markdown",
    "markdown_it",
    "markupsafe",
    "marshmallow",
    "marshmallow_oneofschema",
    "marshmallow_sqlalchemy",
    "matplotlib_inline",
    "mdit_py_plugins",
    "mdurl",
    "mergedeep",
    "methodtools",
    "mmh3",
    "mongomock",
    "more_itertools",
    "moto",
    "mpmath",
    "msal",
    "msal_extensions",
    "msgraph_core",
    "msrest",
    "msrestazure",
    "multi_key_dict",
    "multidict",
    "mypy",
    "mypy_boto3_appflow",
    "mypy_boto3_rds",
    "mypy_boto3_redshift_data",
    "mypy_boto3_s3",
    "mypy_extensions",
    "mysql",
    "mysqlx",
    "nacl",
    "neo4j",
    "networkx",
    "nh3",
    "nodeenv",
    "numpy",
    "nvd3",
    "oauthlib",
    "onelogin",
    "openai",
    "openapi_schema_validator",
    "openapi_spec_validator",
    "openlineage",
    "openlineage_sql",
    "openpyxl",
    "opensearchpy",
    "opentelemetry",
    "opsgenie_sdk",
    "oracledb",
    "ordered_set",
    "oss2",
    "packaging",
    "pandas",
    "pandas_gbq",
    "pandas_stubs",
    "paramiko",
    "parso",
    "pathable",
    "pathspec",
    "pbr",
    "pdpyras",
    "pendulum",
    "pexpect",
    "pgvector",
    "pinecone",
    "pinecone_plugin_inference",
    "pinecone_plugin_interface",
    "pinotdb",
    "pipdeptree",
    "pipx",
    "pkg_resources",
    "pkginfo",
    "platformdirs",
    "pluggy",
    "ply",
    "plyvel",
    "portalocker",
    "pprintpp",
    "pre_commit",
    "prestodb",
    "prison",
    "prometheus_client",
    "prompt_toolkit",
    "propcache",
    "proto",
    "psutil",
    "psycopg2",
    "ptyprocess",
    "pure_eval",
    "puresasl",
    "py",
    "py4j",
    "py_partiql_parser",
    "pyarrow",
    "pyasn1",
    "pyasn1_modules",
    "pyathena",
    "pycountry",
    "pycparser",
    "pydantic",
    "pydantic_core",
    "pydata_google_auth",
    "pydruid",
    "pyenchant",
    "pyexasol",
    "pygments",
    "pygraphviz",
    "pyhive",
    "pyiceberg",
    "pykerberos",
    "pymongo",
    "pymssql",
    "pyodbc",
    "pyparsing",
    "pypsrp",
    "pyspark",
    "pyspnego",
    "pytest",
    "pytest_asyncio",
    "pytest_cov",
    "pytest_custom_exit_code",
    "pytest_icdiff",
    "pytest_instafail",
    "pytest_mock",
    "pytest_rerunfailures",
    "pytest_timeouts",
    "pytest_xdist",
    "python_http_client",
    "pytz",
    "qdrant_client",
    "re2",
    "reactivex",
    "readme_renderer",
    "redis",
    "redshift_connector",
    "referencing",
    "regex",
    "requests",
    "requests_file",
    "requests_kerberos",
    "requests_mock",
    "requests_ntlm",
    "requests_oauthlib",
    "requests_toolbelt",
    "responses",
    "restructuredtext_lint",
    "rfc3339_validator",
    "rfc3986",
    "rich",
    "rich_argparse",
    "rich_click",
    "rpds",
    "rsa",
    "ruff",
    "s3fs",
    "s3transfer",
    "scramp",
    "secretstorage",
    "semver",
    "sendgrid",
    "sentinels",
    "sentry_sdk",
    "setproctitle",
    "setuptools",
    "shapely",
    "shellingham",
    "simple_salesforce",
    "six",
    "slack_sdk",
    "slugify",
    "smbclient",
    "smbprotocol",
    "smmap",
    "sniffio",
    "snowballstemmer",
    "snowflake",
    "sortedcontainers",
    "soupsieve",
    "sphinx",
    "sphinx_airflow_theme",
    "sphinx_argparse",
    "sphinx_autoapi",
    "sphinx_copybutton",
    "sphinx_design",
    "sphinx_jinja",
    "sphinx_rtd_theme",
    "sphinxcontrib",
    "spython",
    "sqlalchemy",
    "sqlalchemy_bigquery",
    "sqlalchemy_drill",
    "sqlalchemy_jsonfield",
    "sqlalchemy_redshift",
    "sqlalchemy_spanner",
    "sqlalchemy_utils",
    "sqlparse",
    "sshtunnel",
    "stack_data",
    "starkbank_ecdsa",
    "starlette",
    "statsd",
    "std_uritemplate",
    "strictyaml",
    "sympy",
    "tableauserverclient",
    "tabulate",
    "telegram",
    "tenacity",
    "teradatasql",
    "teradatasqlalchemy",
    "termcolor",
    "text_unidecode",
    "thrift",
    "thrift_sasl",
    "time_machine",
    "tomli_w",
    "tomlkit",
    "tornado",
    "towncrier",
    "tqdm",
    "traitlets",
    "trino",
    "trove_classifiers",
    "twine",
    "typed_ast",
    "typing_extensions",
    "typing_inspect",
    "tzdata",
    "tzlocal",
    "uc_micro",
    "upath",
    "uritemplate",
    "urllib3",
    "userpath",
    "uv",
    "validators",
    "vertica_python",
    "vine",
    "virtualenv",
    "watchtower",
    "wcwidth",
    "weaviate",
    "websocket",
    "werkzeug",
    "wheel",
    "winrm",
    "wirerope",
    "wrapt",
    "wtforms",
    "xmlsec",
    "xmltodict",
    "yaml",
    "yamllint",
    "yandex_query_client",
    "yandexcloud",
    "yarl",
    "ydb",
    "zeep",
    "zenpy",
    "zipp",
    "zope",
    "zope_event",
    "zstandard"
  ],
  providerIds: {
    "apache-airflow-providers-airbyte": "airbyte",
    "apache-airflow-providers-alibaba": "alibaba",
    "apache-airflow-providers-amazon": "amazon",
    "apache-airflow-providers-apache-beam": "apache.beam",
    "apache-airflow-providers-apache-cassandra": "apache.cassandra",
    "apache-airflow-providers-apache-drill": "apache.drill",
    "apache-airflow-providers-apache-druid": "apache.druid",
    "apache-airflow-providers-apache-flink": "apache.flink",
    "apache-airflow-providers-apache-hdfs": "apache.hdfs",
    "apache-airflow-providers-apache-hive": "apache.hive",
    "apache-airflow-providers-apache-iceberg": "apache.iceberg",
    "apache-airflow-providers-apache-impala": "apache.impala",
    "apache-airflow-providers-apache-kafka": "apache.kafka",
    "apache-airflow-providers-apache-kylin": "apache.kylin",
    "apache-airflow-providers-apache-livy": "apache.livy",
    "apache-airflow-providers-apache-pig": "apache.pig",
    "apache-airflow-providers-apache-pinot": "apache.pinot",
    "apache-airflow-providers-apache-spark": "apache.spark",
    "apache-airflow-providers-apprise": "apprise",
    "apache-airflow-providers-arangodb": "arangodb",
    "apache-airflow-providers-asana": "asana",
    "apache-airflow-providers-atlassian-jira": "atlassian.jira",
    "apache-airflow-providers-celery": "celery",
    "apache-airflow-providers-cloudant": "cloudant",
    "apache-airflow-providers-cncf-kubernetes": "cncf.kubernetes",
    "apache-airflow-providers-cohere": "cohere",
    "apache-airflow-providers-common-compat": "common.compat",
    "apache-airflow-providers-common-io": "common.io",
    "apache-airflow-providers-common-sql": "common.sql",
    "apache-airflow-providers-databricks": "databricks",
    "apache-airflow-providers-datadog": "datadog",
    "apache-airflow-providers-dbt-cloud": "dbt.cloud",
    "apache-airflow-providers-dingding": "dingding",
    "apache-airflow-providers-discord": "discord",
    "apache-airflow-providers-docker": "docker",
    "apache-airflow-providers-elasticsearch": "elasticsearch",
    "apache-airflow-providers-exasol": "exasol",
    "apache-airflow-providers-fab": "fab",
    "apache-airflow-providers-facebook": "facebook",
    "apache-airflow-providers-ftp": "ftp",
    "apache-airflow-providers-github": "github",
    "apache-airflow-providers-google": "google",
    "apache-airflow-providers-grpc": "grpc",
    "apache-airflow-providers-hashicorp": "hashicorp",
    "apache-airflow-providers-http": "http",
    "apache-airflow-providers-imap": "imap",
    "apache-airflow-providers-influxdb": "influxdb",
    "apache-airflow-providers-jdbc": "jdbc",
    "apache-airflow-providers-jenkins": "jenkins",
    "apache-airflow-providers-microsoft-azure": "microsoft.azure",
    "apache-airflow-providers-microsoft-mssql": "microsoft.mssql",
    "apache-airflow-providers-microsoft-psrp": "microsoft.psrp",
    "apache-airflow-providers-microsoft-winrm": "microsoft.winrm",
    "apache-airflow-providers-mongo": "mongo",
    "apache-airflow-providers-mysql": "mysql",
    "apache-airflow-providers-neo4j": "neo4j",
    "apache-airflow-providers-odbc": "odbc",
    "apache-airflow-providers-openai": "openai",
    "apache-airflow-providers-openfaas": "openfaas",
    "apache-airflow-providers-openlineage": "openlineage",
    "apache-airflow-providers-opensearch": "opensearch",
    "apache-airflow-providers-opsgenie": "opsgenie",
    "apache-airflow-providers-oracle": "oracle",
    "apache-airflow-providers-pagerduty": "pagerduty",
    "apache-airflow-providers-papermill": "papermill",
    "apache-airflow-providers-pgvector": "pgvector",
    "apache-airflow-providers-pinecone": "pinecone",
    "apache-airflow-providers-postgres": "postgres",
    "apache-airflow-providers-presto": "presto",
    "apache-airflow-providers-qdrant": "qdrant",
    "apache-airflow-providers-redis": "redis",
    "apache-airflow-providers-salesforce": "salesforce",
    "apache-airflow-providers-samba": "samba",
    "apache-airflow-providers-segment": "segment",
    "apache-airflow-providers-sendgrid": "sendgrid",
    "apache-airflow-providers-sftp": "sftp",
    "apache-airflow-providers-singularity": "singularity",
    "apache-airflow-providers-slack": "slack",
    "apache-airflow-providers-smtp": "smtp",
    "apache-airflow-providers-snowflake": "snowflake",
    "apache-airflow-providers-sqlite": "sqlite",
    "apache-airflow-providers-ssh": "ssh",
    "apache-airflow-providers-standard": "standard",
    "apache-airflow-providers-tableau": "tableau",
    "apache-airflow-providers-tabular": "tabular",
    "apache-airflow-providers-telegram": "telegram",
    "apache-airflow-providers-teradata": "teradata",
    "apache-airflow-providers-trino": "trino",
    "apache-airflow-providers-vertica": "vertica",
    "apache-airflow-providers-weaviate": "weaviate",
    "apache-airflow-providers-yandex": "yandex",
    "apache-airflow-providers-ydb": "ydb",
    "apache-airflow-providers-zendesk": "zendesk"
  },
  distributionModules: {
    adal: [
      "adal"
    ],
    adlfs: [
      "adlfs"
    ],
    aiobotocore: [
      "aiobotocore"
    ],
    aiofiles: [
      "aiofiles"
    ],
    aiohappyeyeballs: [
      "aiohappyeyeballs"
    ],
    aiohttp: [
      "aiohttp"
    ],
    aioitertools: [
      "aioitertools"
    ],
    aioresponses: [
      "aioresponses"
    ],
    aiosignal: [
      "aiosignal"
    ],
    "airbyte-api": [
      "airbyte_api"
    ],
    "airflow-provider-great-expectations": [
      "great_expectations_provider"
    ],
    alabaster: [
      "alabaster"
    ],
    alembic: [
      "alembic"
    ],
    "alibabacloud-adb20211201": [
      "alibabacloud_adb20211201"
    ],
    "alibabacloud-credentials": [
      "alibabacloud_credentials"
    ],
    "alibabacloud-endpoint-util": [
      "alibabacloud_endpoint_util"
    ],
    "alibabacloud-gateway-spi": [
      "alibabacloud_gateway_spi"
    ],
    "alibabacloud-openapi-util": [
      "alibabacloud_openapi_util"
    ],
    "alibabacloud-tea": [
      "alibabacloud_tea"
    ],
    "alibabacloud-tea-openapi": [
      "alibabacloud_tea_openapi"
    ],
    "alibabacloud-tea-util": [
      "alibabacloud_tea_util"
    ],
    "alibabacloud-tea-xml": [
      "alibabacloud_tea_xml"
    ],
    "aliyun-python-sdk-core": [
      "aliyun_python_sdk_core"
    ],
    "aliyun-python-sdk-kms": [
      "aliyun_python_sdk_kms"
    ],
    amqp: [
      "amqp"
    ],
    "analytics-python": [
      "analytics_python"
    ],
    "annotated-types": [
      "annotated_types"
    ],
    anyascii: [
      "anyascii"
    ],
    anyio: [
      "anyio"
    ],
    "apache-airflow-client": [
      "airflow_client"
    ],
    "apache-airflow-providers-airbyte": [
      "airflow"
    ],
    "apache-airflow-providers-alibaba": [
      "airflow"
    ],
    "apache-airflow-providers-amazon": [
      "airflow"
    ],
    "apache-airflow-providers-apache-cassandra": [
      "airflow"
    ],
    "apache-airflow-providers-apache-drill": [
      "airflow"
    ],
    "apache-airflow-providers-apache-druid": [
      "airflow"
    ],
    "apache-airflow-providers-apache-flink": [
      "airflow"
    ],
    "apache-airflow-providers-apache-hdfs": [
      "airflow"
    ],
    "apache-airflow-providers-apache-hive": [
      "airflow"
    ],
    "apache-airflow-providers-apache-iceberg": [
      "airflow"
    ],
    "apache-airflow-providers-apache-impala": [
      "airflow"
    ],
    "apache-airflow-providers-apache-kafka": [
      "airflow"
    ],
    "apache-airflow-providers-apache-kylin": [
      "airflow"
    ],
    "apache-airflow-providers-apache-livy": [
      "airflow"
    ],
    "apache-airflow-providers-apache-pig": [
      "airflow"
    ],
    "apache-airflow-providers-apache-pinot": [
      "airflow"
    ],
    "apache-airflow-providers-apache-spark": [
      "airflow"
    ],
    "apache-airflow-providers-apprise": [
      "airflow"
    ],
    "apache-airflow-providers-arangodb": [
      "airflow"
    ],
    "apache-airflow-providers-asana": [
      "airflow"
    ],
    "apache-airflow-providers-atlassian-jira": [
      "airflow"
    ],
    "apache-airflow-providers-celery": [
      "airflow"
    ],
    "apache-airflow-providers-cloudant": [
      "airflow"
    ],
    "apache-airflow-providers-cncf-kubernetes": [
      "airflow"
    ],
    "apache-airflow-providers-cohere": [
      "airflow"
    ],
    "apache-airflow-providers-common-compat": [
      "airflow"
    ],
    "apache-airflow-providers-common-io": [
      "airflow"
    ],
    "apache-airflow-providers-common-sql": [
      "airflow"
    ],
    "apache-airflow-providers-databricks": [
      "airflow"
    ],
    "apache-airflow-providers-datadog": [
      "airflow"
    ],
    "apache-airflow-providers-dbt-cloud": [
      "airflow"
    ],
    "apache-airflow-providers-dingding": [
      "airflow"
    ],
    "apache-airflow-providers-discord": [
      "airflow"
    ],
    "apache-airflow-providers-docker": [
      "airflow"
    ],
    "apache-airflow-providers-elasticsearch": [
      "airflow"
    ],
    "apache-airflow-providers-exasol": [
      "airflow"
    ],
    "apache-airflow-providers-fab": [
      "airflow"
    ],
    "apache-airflow-providers-facebook": [
      "airflow"
    ],
    "apache-airflow-providers-ftp": [
      "airflow"
    ],
    "apache-airflow-providers-github": [
      "airflow"
    ],
    "apache-airflow-providers-google": [
      "airflow"
    ],
    "apache-airflow-providers-grpc": [
      "airflow"
    ],
    "apache-airflow-providers-hashicorp": [
      "airflow"
    ],
    "apache-airflow-providers-http": [
      "airflow"
    ],
    "apache-airflow-providers-imap": [
      "airflow"
    ],
    "apache-airflow-providers-influxdb": [
      "airflow"
    ],
    "apache-airflow-providers-jdbc": [
      "airflow"
    ],
    "apache-airflow-providers-jenkins": [
      "airflow"
    ],
    "apache-airflow-providers-microsoft-azure": [
      "airflow"
    ],
    "apache-airflow-providers-microsoft-mssql": [
      "airflow"
    ],
    "apache-airflow-providers-microsoft-psrp": [
      "airflow"
    ],
    "apache-airflow-providers-microsoft-winrm": [
      "airflow"
    ],
    "apache-airflow-providers-mongo": [
      "airflow"
    ],
    "apache-airflow-providers-mysql": [
      "airflow"
    ],
    "apache-airflow-providers-neo4j": [
      "airflow"
    ],
    "apache-airflow-providers-odbc": [
      "airflow"
    ],
    "apache-airflow-providers-openai": [
      "airflow"
    ],
    "apache-airflow-providers-openfaas": [
      "airflow"
    ],
    "apache-airflow-providers-openlineage": [
      "airflow"
    ],
    "apache-airflow-providers-opensearch": [
      "airflow"
    ],
    "apache-airflow-providers-opsgenie": [
      "airflow"
    ],
    "apache-airflow-providers-oracle": [
      "airflow"
    ],
    "apache-airflow-providers-pagerduty": [
      "airflow"
    ],
    "apache-airflow-providers-pgvector": [
      "airflow"
    ],
    "apache-airflow-providers-pinecone": [
      "airflow"
    ],
    "apache-airflow-providers-postgres": [
      "airflow"
    ],
    "apache-airflow-providers-presto": [
      "airflow"
    ],
    "apache-airflow-providers-qdrant": [
      "airflow"
    ],
    "apache-airflow-providers-redis": [
      "airflow"
    ],
    "apache-airflow-providers-salesforce": [
      "airflow"
    ],
    "apache-airflow-providers-samba": [
      "airflow"
    ],
    "apache-airflow-providers-segment": [
      "airflow"
    ],
    "apache-airflow-providers-sendgrid": [
      "airflow"
    ],
    "apache-airflow-providers-sftp": [
      "airflow"
    ],
    "apache-airflow-providers-singularity": [
      "airflow"
    ],
    "apache-airflow-providers-slack": [
      "airflow"
    ],
    "apache-airflow-providers-smtp": [
      "airflow"
    ],
    "apache-airflow-providers-snowflake": [
      "airflow"
    ],
    "apache-airflow-providers-sqlite": [
      "airflow"
    ],
    "apache-airflow-providers-ssh": [
      "airflow"
    ],
    "apache-airflow-providers-tableau": [
      "airflow"
    ],
    "apache-airflow-providers-tabular": [
      "airflow"
    ],
    "apache-airflow-providers-telegram": [
      "airflow"
    ],
    "apache-airflow-providers-teradata": [
      "airflow"
    ],
    "apache-airflow-providers-trino": [
      "airflow"
    ],
    "apache-airflow-providers-vertica": [
      "airflow"
    ],
    "apache-airflow-providers-weaviate": [
      "airflow"
    ],
    "apache-airflow-providers-yandex": [
      "airflow"
    ],
    "apache-airflow-providers-ydb": [
      "airflow"
    ],
    "apache-airflow-providers-zendesk": [
      "airflow"
    ],
    "apache-beam": [
      "apache_beam"
    ],
    apispec: [
      "apispec"
    ],
    apprise: [
      "apprise"
    ],
    argcomplete: [
      "argcomplete"
    ],
    asana: [
      "asana"
    ],
    asgiref: [
      "asgiref"
    ],
    asn1crypto: [
      "asn1crypto"
    ],
    astroid: [
      "astroid"
    ],
    "astronomer-cosmos": [
      "cosmos"
    ],
    asttokens: [
      "asttokens"
    ],
    asyncssh: [
      "asyncssh"
    ],
    atlasclient: [
      "atlasclient"
    ],
    "atlassian-python-api": [
      "atlassian_python_api"
    ],
    attrs: [
      "attr",
      "attrs"
    ],
    authlib: [
      "authlib"
    ],
    "aws-sam-translator": [
      "aws_sam_translator"
    ],
    "aws-xray-sdk": [
      "aws_xray_sdk"
    ],
    "azure-batch": [
      "azure"
    ],
    "azure-common": [
      "azure"
    ],
    "azure-core": [
      "azure"
    ],
    "azure-cosmos": [
      "azure"
    ],
    "azure-datalake-store": [
      "azure"
    ],
    "azure-identity": [
      "azure"
    ],
    "azure-keyvault-secrets": [
      "azure"
    ],
    "azure-kusto-data": [
      "azure"
    ],
    "azure-mgmt-containerinstance": [
      "azure"
    ],
    "azure-mgmt-containerregistry": [
      "azure"
    ],
    "azure-mgmt-core": [
      "azure"
    ],
    "azure-mgmt-cosmosdb": [
      "azure"
    ],
    "azure-mgmt-datafactory": [
      "azure"
    ],
    "azure-mgmt-datalake-nspkg": [
      "azure"
    ],
    "azure-mgmt-datalake-store": [
      "azure"
    ],
    "azure-mgmt-nspkg": [
      "azure"
    ],
    "azure-mgmt-resource": [
      "azure"
    ],
    "azure-mgmt-storage": [
      "azure"
    ],
    "azure-nspkg": [
      "azure"
    ],
    "azure-servicebus": [
      "azure"
    ],
    "azure-storage-blob": [
      "azure"
    ],
    "azure-storage-file-datalake": [
      "azure"
    ],
    "azure-storage-file-share": [
      "azure"
    ],
    "azure-synapse-artifacts": [
      "azure"
    ],
    "azure-synapse-spark": [
      "azure"
    ],
    babel: [
      "babel"
    ],
    backoff: [
      "backoff"
    ],
    bcrypt: [
      "bcrypt"
    ],
    beautifulsoup4: [
      "bs4"
    ],
    billiard: [
      "billiard"
    ],
    bitarray: [
      "bitarray"
    ],
    black: [
      "black"
    ],
    blinker: [
      "blinker"
    ],
    boto3: [
      "boto3"
    ],
    botocore: [
      "botocore"
    ],
    cachelib: [
      "cachelib"
    ],
    cachetools: [
      "cachetools"
    ],
    "cassandra-driver": [
      "cassandra"
    ],
    cattrs: [
      "cattrs"
    ],
    celery: [
      "celery"
    ],
    certifi: [
      "certifi"
    ],
    cffi: [
      "cffi"
    ],
    cfgv: [
      "cfgv"
    ],
    "cfn-lint": [
      "cfn_lint"
    ],
    cgroupspy: [
      "cgroupspy"
    ],
    chardet: [
      "chardet"
    ],
    "charset-normalizer": [
      "charset_normalizer"
    ],
    checksumdir: [
      "checksumdir"
    ],
    ciso8601: [
      "ciso8601"
    ],
    click: [
      "click"
    ],
    "click-didyoumean": [
      "click_didyoumean"
    ],
    "click-plugins": [
      "click_plugins"
    ],
    "click-repl": [
      "click_repl"
    ],
    clickclick: [
      "clickclick"
    ],
    cloudant: [
      "cloudant"
    ],
    cloudpickle: [
      "cloudpickle"
    ],
    cohere: [
      "cohere"
    ],
    colorama: [
      "colorama"
    ],
    colorlog: [
      "colorlog"
    ],
    configupdater: [
      "configupdater"
    ],
    "confluent-kafka": [
      "confluent_kafka"
    ],
    connexion: [
      "connexion"
    ],
    coverage: [
      "coverage"
    ],
    crcmod: [
      "crcmod"
    ],
    "cron-descriptor": [
      "cron_descriptor"
    ],
    croniter: [
      "croniter"
    ],
    cryptography: [
      "cryptography"
    ],
    curlify: [
      "curlify"
    ],
    "cx-oracle": [
      "cx_Oracle"
    ],
    "databricks-sql-connector": [
      "databricks_sql_connector"
    ],
    "dataclasses-json": [
      "dataclasses_json"
    ],
    datadog: [
      "datadog"
    ],
    "db-dtypes": [
      "db_dtypes"
    ],
    "dbt-core": [
      "dbt"
    ],
    decorator: [
      "decorator"
    ],
    defusedxml: [
      "defusedxml"
    ],
    "delta-spark": [
      "delta"
    ],
    deltalake: [
      "deltalake"
    ],
    deprecated: [
      "deprecated"
    ],
    diagrams: [
      "diagrams"
    ],
    dill: [
      "dill"
    ],
    distlib: [
      "distlib"
    ],
    distro: [
      "distro"
    ],
    dnspython: [
      "dns"
    ],
    docker: [
      "docker"
    ],
    docopt: [
      "docopt"
    ],
    "docstring-parser": [
      "docstring_parser"
    ],
    docutils: [
      "docutils"
    ],
    duckdb: [
      "duckdb"
    ],
    "elastic-transport": [
      "elastic_transport"
    ],
    elasticsearch: [
      "elasticsearch"
    ],
    "elasticsearch-dsl": [
      "elasticsearch_dsl"
    ],
    "email-validator": [
      "email_validator"
    ],
    eralchemy2: [
      "eralchemy2"
    ],
    "et-xmlfile": [
      "et_xmlfile"
    ],
    eventlet: [
      "eventlet"
    ],
    events: [
      "events"
    ],
    execnet: [
      "execnet"
    ],
    executing: [
      "executing"
    ],
    "facebook-business": [
      "facebook_business"
    ],
    fastapi: [
      "fastapi"
    ],
    fastavro: [
      "fastavro"
    ],
    filelock: [
      "filelock"
    ],
    flask: [
      "flask"
    ],
    "flask-appbuilder": [
      "flask_appbuilder"
    ],
    "flask-babel": [
      "flask_babel"
    ],
    "flask-bcrypt": [
      "flask_bcrypt"
    ],
    "flask-caching": [
      "flask_caching"
    ],
    "flask-jwt-extended": [
      "flask_jwt_extended"
    ],
    "flask-limiter": [
      "flask_limiter"
    ],
    "flask-login": [
      "flask_login"
    ],
    "flask-session": [
      "flask_session"
    ],
    "flask-sqlalchemy": [
      "flask_sqlalchemy"
    ],
    "flask-wtf": [
      "flask_wtf"
    ],
    flower: [
      "flower"
    ],
    frozenlist: [
      "frozenlist"
    ],
    fsspec: [
      "fsspec"
    ],
    future: [
      "future"
    ],
    "gcloud-aio-auth": [
      "gcloud"
    ],
    "gcloud-aio-bigquery": [
      "gcloud"
    ],
    "gcloud-aio-pubsub": [
      "gcloud"
    ],
    "gcloud-aio-storage": [
      "gcloud"
    ],
    gcsfs: [
      "gcsfs"
    ],
    gdal: [
      "osgeo"
    ],
    geomet: [
      "geomet"
    ],
    gevent: [
      "gevent"
    ],
    gitdb: [
      "gitdb"
    ],
    gitpython: [
      "gitpython"
    ],
    "google-ads": [
      "google"
    ],
    "google-analytics-admin": [
      "google"
    ],
    "google-api-core": [
      "google"
    ],
    "google-api-python-client": [
      "googleapiclient"
    ],
    "google-auth": [
      "google"
    ],
    "google-auth-httplib2": [
      "google_auth_httplib2"
    ],
    "google-auth-oauthlib": [
      "google_auth_oauthlib"
    ],
    "google-cloud-aiplatform": [
      "google"
    ],
    "google-cloud-appengine-logging": [
      "google"
    ],
    "google-cloud-audit-log": [
      "google"
    ],
    "google-cloud-automl": [
      "google"
    ],
    "google-cloud-batch": [
      "google"
    ],
    "google-cloud-bigquery": [
      "google"
    ],
    "google-cloud-bigquery-datatransfer": [
      "google"
    ],
    "google-cloud-bigtable": [
      "google"
    ],
    "google-cloud-build": [
      "google"
    ],
    "google-cloud-compute": [
      "google"
    ],
    "google-cloud-container": [
      "google"
    ],
    "google-cloud-core": [
      "google"
    ],
    "google-cloud-datacatalog": [
      "google"
    ],
    "google-cloud-dataflow-client": [
      "google"
    ],
    "google-cloud-dataform": [
      "google"
    ],
    "google-cloud-dataplex": [
      "google"
    ],
    "google-cloud-dataproc": [
      "google"
    ],
    "google-cloud-dataproc-metastore": [
      "google"
    ],
    "google-cloud-dlp": [
      "google"
    ],
    "google-cloud-kms": [
      "google"
    ],
    "google-cloud-language": [
      "google"
    ],
    "google-cloud-logging": [
      "google"
    ],
    "google-cloud-memcache": [
      "google"
    ],
    "google-cloud-monitoring": [
      "google"
    ],
    "google-cloud-orchestration-airflow": [
      "google"
    ],
    "google-cloud-os-login": [
      "google"
    ],
    "google-cloud-pubsub": [
      "google"
    ],
    "google-cloud-redis": [
      "google"
    ],
    "google-cloud-resource-manager": [
      "google"
    ],
    "google-cloud-run": [
      "google"
    ],
    "google-cloud-secret-manager": [
      "google"
    ],
    "google-cloud-spanner": [
      "google"
    ],
    "google-cloud-speech": [
      "google"
    ],
    "google-cloud-storage": [
      "google"
    ],
    "google-cloud-storage-transfer": [
      "google"
    ],
    "google-cloud-tasks": [
      "google"
    ],
    "google-cloud-texttospeech": [
      "google"
    ],
    "google-cloud-translate": [
      "google"
    ],
    "google-cloud-videointelligence": [
      "google"
    ],
    "google-cloud-vision": [
      "google"
    ],
    "google-cloud-workflows": [
      "google"
    ],
    "google-crc32c": [
      "google"
    ],
    "google-re2": [
      "re2"
    ],
    "google-resumable-media": [
      "google"
    ],
    "googleapis-common-protos": [
      "google"
    ],
    "graphql-core": [
      "graphql_core"
    ],
    graphviz: [
      "graphviz"
    ],
    "great-expectations": [
      "great_expectations"
    ],
    greenlet: [
      "greenlet"
    ],
    "grpc-google-iam-v1": [
      "google"
    ],
    "grpc-interceptor": [
      "grpc_interceptor"
    ],
    grpcio: [
      "grpc"
    ],
    "grpcio-gcp": [
      "grpc_gcp"
    ],
    "grpcio-health-checking": [
      "grpcio_health_checking"
    ],
    "grpcio-status": [
      "grpc_status"
    ],
    "grpcio-tools": [
      "grpcio_tools"
    ],
    gssapi: [
      "gssapi"
    ],
    gunicorn: [
      "gunicorn"
    ],
    h11: [
      "h11"
    ],
    h2: [
      "h2"
    ],
    hatch: [
      "hatch"
    ],
    hatchling: [
      "hatchling"
    ],
    hdfs: [
      "hdfs"
    ],
    hmsclient: [
      "hmsclient"
    ],
    hpack: [
      "hpack"
    ],
    httpcore: [
      "httpcore"
    ],
    httplib2: [
      "httplib2"
    ],
    httpx: [
      "httpx"
    ],
    humanize: [
      "humanize"
    ],
    hvac: [
      "hvac"
    ],
    hyperframe: [
      "hyperframe"
    ],
    hyperlink: [
      "hyperlink"
    ],
    "ibm-cloud-sdk-core": [
      "ibm_cloud_sdk_core"
    ],
    ibmcloudant: [
      "ibmcloudant"
    ],
    icdiff: [
      "icdiff"
    ],
    identify: [
      "identify"
    ],
    idna: [
      "idna"
    ],
    ijson: [
      "ijson"
    ],
    imagesize: [
      "imagesize"
    ],
    immutabledict: [
      "immutabledict"
    ],
    "importlib-metadata": [
      "importlib_metadata"
    ],
    "importlib-resources": [
      "importlib_resources"
    ],
    impyla: [
      "impala"
    ],
    incremental: [
      "incremental"
    ],
    inflection: [
      "inflection"
    ],
    "influxdb-client": [
      "influxdb_client"
    ],
    iniconfig: [
      "iniconfig"
    ],
    ipdb: [
      "ipdb"
    ],
    ipython: [
      "ipython"
    ],
    isodate: [
      "isodate"
    ],
    itsdangerous: [
      "itsdangerous"
    ],
    "jaraco-classes": [
      "jaraco"
    ],
    "jaraco-context": [
      "jaraco"
    ],
    "jaraco-functools": [
      "jaraco"
    ],
    jaydebeapi: [
      "jaydebeapi"
    ],
    jedi: [
      "jedi"
    ],
    jeepney: [
      "jeepney"
    ],
    jinja2: [
      "jinja2"
    ],
    jiter: [
      "jiter"
    ],
    jmespath: [
      "jmespath"
    ],
    joserfc: [
      "joserfc"
    ],
    jpype1: [
      "jpype1"
    ],
    "json-merge-patch": [
      "json_merge_patch"
    ],
    jsondiff: [
      "jsondiff"
    ],
    jsonpatch: [
      "jsonpatch"
    ],
    "jsonpath-ng": [
      "jsonpath_ng"
    ],
    "jsonpath-python": [
      "jsonpath_python"
    ],
    jsonpointer: [
      "jsonpointer"
    ],
    jsonschema: [
      "jsonschema"
    ],
    "jsonschema-path": [
      "jsonschema_path"
    ],
    "jsonschema-specifications": [
      "jsonschema_specifications"
    ],
    keyring: [
      "keyring"
    ],
    kombu: [
      "kombu"
    ],
    krb5: [
      "krb5"
    ],
    kubernetes: [
      "kubernetes"
    ],
    "kubernetes-asyncio": [
      "kubernetes_asyncio"
    ],
    kylinpy: [
      "kylinpy"
    ],
    "lazy-object-proxy": [
      "lazy_object_proxy"
    ],
    ldap3: [
      "ldap3"
    ],
    limits: [
      "limits"
    ],
    "linkify-it-py": [
      "linkify_it"
    ],
    lockfile: [
      "lockfile"
    ],
    "looker-sdk": [
      "looker_sdk"
    ],
    lxml: [
      "lxml"
    ],
    lz4: [
      "lz4"
    ],
    mako: [
      "mako"
    ],
    markdown: [
      "markdown"
    ],
    "markdown-it-py": [
      "markdown_it"
    ],
    markupsafe: [
      "markupsafe"
    ],
    marshmallow: [
      "marshmallow"
    ],
    "marshmallow-oneofschema": [
      "marshmallow_oneofschema"
    ],
    "marshmallow-sqlalchemy": [
      "marshmallow_sqlalchemy"
    ],
    "matplotlib-inline": [
      "matplotlib_inline"
    ],
    "mdit-py-plugins": [
      "mdit_py_plugins"
    ],
    mdurl: [
      "mdurl"
    ],
    mergedeep: [
      "mergedeep"
    ],
    methodtools: [
      "methodtools"
    ],
    "microsoft-kiota-abstractions": [
      "kiota_abstractions"
    ],
    "microsoft-kiota-authentication-azure": [
      "kiota_authentication_azure"
    ],
    "microsoft-kiota-http": [
      "kiota_http"
    ],
    "microsoft-kiota-serialization-json": [
      "kiota_serialization_json"
    ],
    "microsoft-kiota-serialization-text": [
      "kiota_serialization_text"
    ],
    mmh3: [
      "mmh3"
    ],
    mongomock: [
      "mongomock"
    ],
    "more-itertools": [
      "more_itertools"
    ],
    moto: [
      "moto"
    ],
    mpmath: [
      "mpmath"
    ],
    msal: [
      "msal"
    ],
    "msal-extensions": [
      "msal_extensions"
    ],
    "msgpack-python": [
      "msgpack"
    ],
    "msgraph-core": [
      "msgraph_core"
    ],
    msrest: [
      "msrest"
    ],
    msrestazure: [
      "msrestazure"
    ],
    "multi-key-dict": [
      "multi_key_dict"
    ],
    multidict: [
      "multidict"
    ],
    mypy: [
      "mypy"
    ],
    "mypy-boto3-appflow": [
      "mypy_boto3_appflow"
    ],
    "mypy-boto3-rds": [
      "mypy_boto3_rds"
    ],
    "mypy-boto3-redshift-data": [
      "mypy_boto3_redshift_data"
    ],
    "mypy-boto3-s3": [
      "mypy_boto3_s3"
    ],
    "mypy-extensions": [
      "mypy_extensions"
    ],
    "mysql-connector-python": [
      "mysql",
      "mysqlx"
    ],
    mysqlclient: [
      "MySQLdb"
    ],
    neo4j: [
      "neo4j"
    ],
    networkx: [
      "networkx"
    ],
    nh3: [
      "nh3"
    ],
    nodeenv: [
      "nodeenv"
    ],
    numpy: [
      "numpy"
    ],
    oauthlib: [
      "oauthlib"
    ],
    openai: [
      "openai"
    ],
    "openapi-schema-validator": [
      "openapi_schema_validator"
    ],
    "openapi-spec-validator": [
      "openapi_spec_validator"
    ],
    "opencv-contrib-python": [
      "cv2"
    ],
    "opencv-contrib-python-headless": [
      "cv2"
    ],
    "opencv-python": [
      "cv2"
    ],
    "opencv-python-headless": [
      "cv2"
    ],
    "openlineage-integration-common": [
      "openlineage"
    ],
    "openlineage-python": [
      "openlineage"
    ],
    "openlineage-sql": [
      "openlineage_sql"
    ],
    openpyxl: [
      "openpyxl"
    ],
    "opensearch-py": [
      "opensearchpy"
    ],
    "opentelemetry-api": [
      "opentelemetry"
    ],
    "opentelemetry-exporter-otlp": [
      "opentelemetry"
    ],
    "opentelemetry-exporter-otlp-proto-common": [
      "opentelemetry"
    ],
    "opentelemetry-exporter-otlp-proto-grpc": [
      "opentelemetry"
    ],
    "opentelemetry-exporter-otlp-proto-http": [
      "opentelemetry"
    ],
    "opentelemetry-exporter-prometheus": [
      "opentelemetry"
    ],
    "opentelemetry-proto": [
      "opentelemetry"
    ],
    "opentelemetry-sdk": [
      "opentelemetry"
    ],
    "opentelemetry-semantic-conventions": [
      "opentelemetry"
    ],
    "opsgenie-sdk": [
      "opsgenie_sdk"
    ],
    oracledb: [
      "oracledb"
    ],
    "ordered-set": [
      "ordered_set"
    ],
    oss2: [
      "oss2"
    ],
    packaging: [
      "packaging"
    ],
    pandas: [
      "pandas"
    ],
    "pandas-gbq": [
      "pandas_gbq"
    ],
    "pandas-stubs": [
      "pandas_stubs"
    ],
    paramiko: [
      "paramiko"
    ],
    parso: [
      "parso"
    ],
    pathable: [
      "pathable"
    ],
    pathspec: [
      "pathspec"
    ],
    pbr: [
      "pbr"
    ],
    pdpyras: [
      "pdpyras"
    ],
    pendulum: [
      "pendulum"
    ],
    pexpect: [
      "pexpect"
    ],
    pgvector: [
      "pgvector"
    ],
    pillow: [
      "PIL"
    ],
    pinecone: [
      "pinecone"
    ],
    "pinecone-client": [
      "pinecone"
    ],
    "pinecone-plugin-inference": [
      "pinecone_plugin_inference"
    ],
    "pinecone-plugin-interface": [
      "pinecone_plugin_interface"
    ],
    pinotdb: [
      "pinotdb"
    ],
    pipdeptree: [
      "pipdeptree"
    ],
    pipx: [
      "pipx"
    ],
    pkginfo: [
      "pkginfo"
    ],
    platformdirs: [
      "platformdirs"
    ],
    pluggy: [
      "pluggy"
    ],
    ply: [
      "ply"
    ],
    plyvel: [
      "plyvel"
    ],
    portalocker: [
      "portalocker"
    ],
    pprintpp: [
      "pprintpp"
    ],
    "pre-commit": [
      "pre_commit"
    ],
    "presto-python-client": [
      "prestodb"
    ],
    prison: [
      "prison"
    ],
    "prometheus-client": [
      "prometheus_client"
    ],
    "prompt-toolkit": [
      "prompt_toolkit"
    ],
    propcache: [
      "propcache"
    ],
    "proto-plus": [
      "proto"
    ],
    protobuf: [
      "google"
    ],
    psutil: [
      "psutil"
    ],
    "psycopg-binary": [
      "psycopg_binary"
    ],
    "psycopg2-binary": [
      "psycopg2"
    ],
    ptyprocess: [
      "ptyprocess"
    ],
    "pure-eval": [
      "pure_eval"
    ],
    "pure-sasl": [
      "puresasl"
    ],
    "py-partiql-parser": [
      "py_partiql_parser"
    ],
    py4j: [
      "py4j"
    ],
    pyarrow: [
      "pyarrow"
    ],
    pyasn1: [
      "pyasn1"
    ],
    "pyasn1-modules": [
      "pyasn1_modules"
    ],
    pyathena: [
      "pyathena"
    ],
    pycountry: [
      "pycountry"
    ],
    pycparser: [
      "pycparser"
    ],
    pycryptodome: [
      "Crypto"
    ],
    pydantic: [
      "pydantic"
    ],
    "pydantic-core": [
      "pydantic_core"
    ],
    "pydata-google-auth": [
      "pydata_google_auth"
    ],
    pydruid: [
      "pydruid"
    ],
    pyenchant: [
      "pyenchant"
    ],
    pyexasol: [
      "pyexasol"
    ],
    pygithub: [
      "github"
    ],
    pygments: [
      "pygments"
    ],
    pygraphviz: [
      "pygraphviz"
    ],
    pyhive: [
      "pyhive"
    ],
    pyiceberg: [
      "pyiceberg"
    ],
    pyjwt: [
      "jwt"
    ],
    pykerberos: [
      "pykerberos"
    ],
    pymongo: [
      "pymongo",
      "bson",
      "gridfs"
    ],
    pymssql: [
      "pymssql"
    ],
    pymupdf: [
      "fitz",
      "pymupdf"
    ],
    pynacl: [
      "nacl"
    ],
    pyodbc: [
      "pyodbc"
    ],
    pyopenssl: [
      "OpenSSL"
    ],
    pyparsing: [
      "pyparsing"
    ],
    pypsrp: [
      "pypsrp"
    ],
    pyspark: [
      "pyspark"
    ],
    pyspnego: [
      "pyspnego"
    ],
    pytest: [
      "pytest",
      "_pytest",
      "py"
    ],
    "pytest-asyncio": [
      "pytest_asyncio"
    ],
    "pytest-cov": [
      "pytest_cov"
    ],
    "pytest-custom-exit-code": [
      "pytest_custom_exit_code"
    ],
    "pytest-icdiff": [
      "pytest_icdiff"
    ],
    "pytest-instafail": [
      "pytest_instafail"
    ],
    "pytest-mock": [
      "pytest_mock"
    ],
    "pytest-rerunfailures": [
      "pytest_rerunfailures"
    ],
    "pytest-timeouts": [
      "pytest_timeouts"
    ],
    "pytest-xdist": [
      "pytest_xdist"
    ],
    "python-arango": [
      "arango"
    ],
    "python-daemon": [
      "daemon"
    ],
    "python-dateutil": [
      "dateutil"
    ],
    "python-dotenv": [
      "dotenv"
    ],
    "python-frontmatter": [
      "frontmatter"
    ],
    "python-http-client": [
      "python_http_client"
    ],
    "python-jenkins": [
      "jenkins"
    ],
    "python-json-logger": [
      "pythonjsonlogger"
    ],
    "python-ldap": [
      "ldap",
      "ldapurl",
      "ldif"
    ],
    "python-multipart": [
      "multipart",
      "python_multipart"
    ],
    "python-nvd3": [
      "nvd3"
    ],
    "python-slugify": [
      "slugify"
    ],
    "python-telegram-bot": [
      "telegram"
    ],
    "python3-saml": [
      "onelogin"
    ],
    pytz: [
      "pytz"
    ],
    pywinrm: [
      "winrm"
    ],
    pyyaml: [
      "yaml"
    ],
    "qdrant-client": [
      "qdrant_client"
    ],
    reactivex: [
      "reactivex"
    ],
    "readme-renderer": [
      "readme_renderer"
    ],
    redis: [
      "redis"
    ],
    "redshift-connector": [
      "redshift_connector"
    ],
    referencing: [
      "referencing"
    ],
    regex: [
      "regex"
    ],
    requests: [
      "requests"
    ],
    "requests-file": [
      "requests_file"
    ],
    "requests-kerberos": [
      "requests_kerberos"
    ],
    "requests-mock": [
      "requests_mock"
    ],
    "requests-ntlm": [
      "requests_ntlm"
    ],
    "requests-oauthlib": [
      "requests_oauthlib"
    ],
    "requests-toolbelt": [
      "requests_toolbelt"
    ],
    responses: [
      "responses"
    ],
    "restructuredtext-lint": [
      "restructuredtext_lint"
    ],
    "rfc3339-validator": [
      "rfc3339_validator"
    ],
    rfc3986: [
      "rfc3986"
    ],
    rich: [
      "rich"
    ],
    "rich-argparse": [
      "rich_argparse"
    ],
    "rich-click": [
      "rich_click"
    ],
    "rpds-py": [
      "rpds"
    ],
    rsa: [
      "rsa"
    ],
    "ruamel-yaml": [
      "ruamel"
    ],
    "ruamel-yaml-clib": [
      "ruamel"
    ],
    ruff: [
      "ruff"
    ],
    s3fs: [
      "s3fs"
    ],
    s3transfer: [
      "s3transfer"
    ],
    "scikit-learn": [
      "sklearn"
    ],
    scramp: [
      "scramp"
    ],
    secretstorage: [
      "secretstorage"
    ],
    semver: [
      "semver"
    ],
    sendgrid: [
      "sendgrid"
    ],
    sentinels: [
      "sentinels"
    ],
    "sentry-sdk": [
      "sentry_sdk"
    ],
    setproctitle: [
      "setproctitle"
    ],
    setuptools: [
      "setuptools",
      "pkg_resources",
      "_distutils_hack"
    ],
    shapely: [
      "shapely"
    ],
    shellingham: [
      "shellingham"
    ],
    "simple-salesforce": [
      "simple_salesforce"
    ],
    six: [
      "six"
    ],
    "slack-sdk": [
      "slack_sdk"
    ],
    "smart-open": [
      "smart_open"
    ],
    smbprotocol: [
      "smbclient",
      "smbprotocol"
    ],
    smmap: [
      "smmap"
    ],
    sniffio: [
      "sniffio"
    ],
    snowballstemmer: [
      "snowballstemmer"
    ],
    "snowflake-connector-python": [
      "snowflake"
    ],
    "snowflake-snowpark-python": [
      "snowflake"
    ],
    "snowflake-sqlalchemy": [
      "snowflake"
    ],
    sortedcontainers: [
      "sortedcontainers"
    ],
    soupsieve: [
      "soupsieve"
    ],
    sphinx: [
      "sphinx"
    ],
    "sphinx-airflow-theme": [
      "sphinx_airflow_theme"
    ],
    "sphinx-argparse": [
      "sphinx_argparse"
    ],
    "sphinx-autoapi": [
      "sphinx_autoapi"
    ],
    "sphinx-copybutton": [
      "sphinx_copybutton"
    ],
    "sphinx-design": [
      "sphinx_design"
    ],
    "sphinx-jinja": [
      "sphinx_jinja"
    ],
    "sphinx-rtd-theme": [
      "sphinx_rtd_theme"
    ],
    "sphinxcontrib-applehelp": [
      "sphinxcontrib"
    ],
    "sphinxcontrib-devhelp": [
      "sphinxcontrib"
    ],
    "sphinxcontrib-htmlhelp": [
      "sphinxcontrib"
    ],
    "sphinxcontrib-httpdomain": [
      "sphinxcontrib"
    ],
    "sphinxcontrib-jquery": [
      "sphinxcontrib"
    ],
    "sphinxcontrib-jsmath": [
      "sphinxcontrib"
    ],
    "sphinxcontrib-qthelp": [
      "sphinxcontrib"
    ],
    "sphinxcontrib-redoc": [
      "sphinxcontrib"
    ],
    "sphinxcontrib-serializinghtml": [
      "sphinxcontrib"
    ],
    "sphinxcontrib-spelling": [
      "sphinxcontrib"
    ],
    spython: [
      "spython"
    ],
    sqlalchemy: [
      "sqlalchemy"
    ],
    "sqlalchemy-bigquery": [
      "sqlalchemy_bigquery"
    ],
    "sqlalchemy-drill": [
      "sqlalchemy_drill"
    ],
    "sqlalchemy-jsonfield": [
      "sqlalchemy_jsonfield"
    ],
    "sqlalchemy-redshift": [
      "sqlalchemy_redshift"
    ],
    "sqlalchemy-spanner": [
      "sqlalchemy_spanner"
    ],
    "sqlalchemy-utils": [
      "sqlalchemy_utils"
    ],
    sqlparse: [
      "sqlparse"
    ],
    sshtunnel: [
      "sshtunnel"
    ],
    "stack-data": [
      "stack_data"
    ],
    "starkbank-ecdsa": [
      "starkbank_ecdsa"
    ],
    starlette: [
      "starlette"
    ],
    statsd: [
      "statsd"
    ],
    "std-uritemplate": [
      "std_uritemplate"
    ],
    strictyaml: [
      "strictyaml"
    ],
    sympy: [
      "sympy"
    ],
    tableauserverclient: [
      "tableauserverclient"
    ],
    tabulate: [
      "tabulate"
    ],
    tenacity: [
      "tenacity"
    ],
    teradatasql: [
      "teradatasql"
    ],
    teradatasqlalchemy: [
      "teradatasqlalchemy"
    ],
    termcolor: [
      "termcolor"
    ],
    "text-unidecode": [
      "text_unidecode"
    ],
    thrift: [
      "thrift"
    ],
    "thrift-sasl": [
      "thrift_sasl"
    ],
    "time-machine": [
      "time_machine"
    ],
    "tomli-w": [
      "tomli_w"
    ],
    tomlkit: [
      "tomlkit"
    ],
    tornado: [
      "tornado"
    ],
    towncrier: [
      "towncrier"
    ],
    tqdm: [
      "tqdm"
    ],
    traitlets: [
      "traitlets"
    ],
    trino: [
      "trino"
    ],
    "trove-classifiers": [
      "trove_classifiers"
    ],
    twine: [
      "twine"
    ],
    "typed-ast": [
      "typed_ast"
    ],
    "types-aiofiles": [],
    "types-certifi": [],
    "types-cffi": [],
    "types-croniter": [],
    "types-deprecated": [],
    "types-docutils": [],
    "types-markdown": [],
    "types-paramiko": [],
    "types-protobuf": [],
    "types-pymysql": [],
    "types-pyopenssl": [],
    "types-python-dateutil": [],
    "types-python-slugify": [],
    "types-pytz": [],
    "types-pyyaml": [],
    "types-redis": [],
    "types-requests": [],
    "types-setuptools": [],
    "types-tabulate": [],
    "types-termcolor": [],
    "types-toml": [],
    "typing-extensions": [
      "typing_extensions"
    ],
    "typing-inspect": [
      "typing_inspect"
    ],
    tzdata: [
      "tzdata"
    ],
    tzlocal: [
      "tzlocal"
    ],
    "uc-micro-py": [
      "uc_micro"
    ],
    "universal-pathlib": [
      "upath"
    ],
    uritemplate: [
      "uritemplate"
    ],
    urllib3: [
      "urllib3"
    ],
    userpath: [
      "userpath"
    ],
    uv: [
      "uv"
    ],
    validators: [
      "validators"
    ],
    "vertica-python": [
      "vertica_python"
    ],
    vine: [
      "vine"
    ],
    virtualenv: [
      "virtualenv"
    ],
    watchtower: [
      "watchtower"
    ],
    wcwidth: [
      "wcwidth"
    ],
    "weaviate-client": [
      "weaviate"
    ],
    "websocket-client": [
      "websocket"
    ],
    werkzeug: [
      "werkzeug"
    ],
    wheel: [
      "wheel"
    ],
    wirerope: [
      "wirerope"
    ],
    wrapt: [
      "wrapt"
    ],
    wtforms: [
      "wtforms"
    ],
    xmlsec: [
      "xmlsec"
    ],
    xmltodict: [
      "xmltodict"
    ],
    yamllint: [
      "yamllint"
    ],
    "yandex-query-client": [
      "yandex_query_client"
    ],
    yandexcloud: [
      "yandexcloud"
    ],
    yarl: [
      "yarl"
    ],
    ydb: [
      "ydb"
    ],
    zeep: [
      "zeep"
    ],
    zenpy: [
      "zenpy"
    ],
    zipp: [
      "zipp"
    ],
    "zope-event": [
      "zope_event"
    ],
    "zope-interface": [
      "zope"
    ],
    zstandard: [
      "zstandard"
    ]
  },
  requirementModules: {
    aiohttp: {
      modules: [
        "aiohappyeyeballs",
        "aiohttp",
        "aiosignal",
        "attr",
        "attrs",
        "frozenlist",
        "idna",
        "multidict",
        "propcache",
        "yarl"
      ],
      providers: []
    },
    "apache-airflow-providers-airbyte": {
      modules: [
        "aiohappyeyeballs",
        "aiohttp",
        "aiosignal",
        "airflow",
        "asgiref",
        "attr",
        "attrs",
        "certifi",
        "charset_normalizer",
        "frozenlist",
        "idna",
        "multidict",
        "propcache",
        "requests",
        "requests_toolbelt",
        "urllib3",
        "yarl"
      ],
      providers: [
        "apache-airflow-providers-airbyte",
        "apache-airflow-providers-http"
      ]
    },
    "apache-airflow-providers-alibaba": {
      modules: [
        "airflow",
        "alibabacloud_adb20211201",
        "alibabacloud_tea_openapi",
        "oss2"
      ],
      providers: [
        "apache-airflow-providers-alibaba"
      ]
    },
    "apache-airflow-providers-amazon": {
      modules: [
        "aiohappyeyeballs",
        "aiohttp",
        "aiosignal",
        "airflow",
        "asgiref",
        "attr",
        "attrs",
        "boto3",
        "botocore",
        "bs4",
        "certifi",
        "charset_normalizer",
        "dateutil",
        "frozenlist",
        "fsspec",
        "idna",
        "inflection",
        "jmespath",
        "jsonpath_ng",
        "lxml",
        "more_itertools",
        "multidict",
        "packaging",
        "propcache",
        "pyathena",
        "pytz",
        "redshift_connector",
        "requests",
        "requests_toolbelt",
        "s3transfer",
        "scramp",
        "sqlalchemy_redshift",
        "sqlparse",
        "tenacity",
        "urllib3",
        "watchtower",
        "yarl"
      ],
      providers: [
        "apache-airflow-providers-amazon",
        "apache-airflow-providers-common-compat",
        "apache-airflow-providers-common-sql",
        "apache-airflow-providers-http"
      ]
    },
    "apache-airflow-providers-apache-beam": {
      modules: [
        "airflow",
        "apache_beam",
        "pyarrow"
      ],
      providers: [
        "apache-airflow-providers-apache-beam"
      ]
    },
    "apache-airflow-providers-apache-cassandra": {
      modules: [
        "airflow",
        "cassandra"
      ],
      providers: [
        "apache-airflow-providers-apache-cassandra"
      ]
    },
    "apache-airflow-providers-apache-drill": {
      modules: [
        "airflow",
        "more_itertools",
        "sqlalchemy_drill",
        "sqlparse"
      ],
      providers: [
        "apache-airflow-providers-apache-drill",
        "apache-airflow-providers-common-sql"
      ]
    },
    "apache-airflow-providers-apache-druid": {
      modules: [
        "airflow",
        "more_itertools",
        "pydruid",
        "sqlparse"
      ],
      providers: [
        "apache-airflow-providers-apache-druid",
        "apache-airflow-providers-common-sql"
      ]
    },
    "apache-airflow-providers-apache-flink": {
      modules: [
        "aiofiles",
        "airflow",
        "asgiref",
        "cachetools",
        "certifi",
        "cffi",
        "charset_normalizer",
        "cryptography",
        "dateutil",
        "google",
        "idna",
        "kubernetes",
        "kubernetes_asyncio",
        "oauthlib",
        "pyasn1_modules",
        "pycparser",
        "re2",
        "requests",
        "requests_oauthlib",
        "rsa",
        "six",
        "urllib3",
        "websocket",
        "yaml"
      ],
      providers: [
        "apache-airflow-providers-apache-flink",
        "apache-airflow-providers-cncf-kubernetes"
      ]
    },
    "apache-airflow-providers-apache-hdfs": {
      modules: [
        "airflow",
        "dateutil",
        "hdfs",
        "numpy",
        "pandas",
        "pytz",
        "tzdata"
      ],
      providers: [
        "apache-airflow-providers-apache-hdfs"
      ]
    },
    "apache-airflow-providers-apache-hive": {
      modules: [
        "airflow",
        "dateutil",
        "hmsclient",
        "jmespath",
        "more_itertools",
        "numpy",
        "pandas",
        "pyhive",
        "pytz",
        "sqlparse",
        "thrift",
        "tzdata"
      ],
      providers: [
        "apache-airflow-providers-apache-hive",
        "apache-airflow-providers-common-sql"
      ]
    },
    "apache-airflow-providers-apache-iceberg": {
      modules: [
        "airflow"
      ],
      providers: [
        "apache-airflow-providers-apache-iceberg"
      ]
    },
    "apache-airflow-providers-apache-impala": {
      modules: [
        "airflow",
        "impala",
        "more_itertools",
        "sqlparse"
      ],
      providers: [
        "apache-airflow-providers-apache-impala",
        "apache-airflow-providers-common-sql"
      ]
    },
    "apache-airflow-providers-apache-kafka": {
      modules: [
        "airflow",
        "asgiref",
        "confluent_kafka"
      ],
      providers: [
        "apache-airflow-providers-apache-kafka"
      ]
    },
    "apache-airflow-providers-apache-kylin": {
      modules: [
        "airflow",
        "kylinpy"
      ],
      providers: [
        "apache-airflow-providers-apache-kylin"
      ]
    },
    "apache-airflow-providers-apache-livy": {
      modules: [
        "aiohappyeyeballs",
        "aiohttp",
        "aiosignal",
        "airflow",
        "asgiref",
        "attr",
        "attrs",
        "certifi",
        "charset_normalizer",
        "frozenlist",
        "idna",
        "multidict",
        "propcache",
        "requests",
        "requests_toolbelt",
        "urllib3",
        "yarl"
      ],
      providers: [
        "apache-airflow-providers-apache-livy",
        "apache-airflow-providers-http"
      ]
    },
    "apache-airflow-providers-apache-pig": {
      modules: [
        "airflow"
      ],
      providers: [
        "apache-airflow-providers-apache-pig"
      ]
    },
    "apache-airflow-providers-apache-pinot": {
      modules: [
        "airflow",
        "more_itertools",
        "pinotdb",
        "sqlparse"
      ],
      providers: [
        "apache-airflow-providers-apache-pinot",
        "apache-airflow-providers-common-sql"
      ]
    },
    "apache-airflow-providers-apache-spark": {
      modules: [
        "airflow",
        "grpc_status",
        "pyspark"
      ],
      providers: [
        "apache-airflow-providers-apache-spark"
      ]
    },
    "apache-airflow-providers-apprise": {
      modules: [
        "airflow",
        "apprise"
      ],
      providers: [
        "apache-airflow-providers-apprise"
      ]
    },
    "apache-airflow-providers-arangodb": {
      modules: [
        "airflow",
        "arango"
      ],
      providers: [
        "apache-airflow-providers-arangodb"
      ]
    },
    "apache-airflow-providers-asana": {
      modules: [
        "airflow",
        "asana"
      ],
      providers: [
        "apache-airflow-providers-asana"
      ]
    },
    "apache-airflow-providers-atlassian-jira": {
      modules: [
        "airflow",
        "atlassian_python_api"
      ],
      providers: [
        "apache-airflow-providers-atlassian-jira"
      ]
    },
    "apache-airflow-providers-celery": {
      modules: [
        "airflow",
        "amqp",
        "billiard",
        "celery",
        "click",
        "click_didyoumean",
        "click_plugins",
        "click_repl",
        "dateutil",
        "flower",
        "kombu",
        "re2",
        "tzdata",
        "vine"
      ],
      providers: [
        "apache-airflow-providers-celery"
      ]
    },
    "apache-airflow-providers-cloudant": {
      modules: [
        "airflow",
        "cloudant"
      ],
      providers: [
        "apache-airflow-providers-cloudant"
      ]
    },
    "apache-airflow-providers-cncf-kubernetes": {
      modules: [
        "aiofiles",
        "airflow",
        "asgiref",
        "cachetools",
        "certifi",
        "cffi",
        "charset_normalizer",
        "cryptography",
        "dateutil",
        "google",
        "idna",
        "kubernetes",
        "kubernetes_asyncio",
        "oauthlib",
        "pyasn1_modules",
        "pycparser",
        "re2",
        "requests",
        "requests_oauthlib",
        "rsa",
        "six",
        "urllib3",
        "websocket",
        "yaml"
      ],
      providers: [
        "apache-airflow-providers-cncf-kubernetes"
      ]
    },
    "apache-airflow-providers-cohere": {
      modules: [
        "airflow",
        "cohere"
      ],
      providers: [
        "apache-airflow-providers-cohere"
      ]
    },
    "apache-airflow-providers-common-compat": {
      modules: [
        "airflow"
      ],
      providers: [
        "apache-airflow-providers-common-compat"
      ]
    },
    "apache-airflow-providers-common-io": {
      modules: [
        "airflow"
      ],
      providers: [
        "apache-airflow-providers-common-io"
      ]
    },
    "apache-airflow-providers-common-sql": {
      modules: [
        "airflow",
        "more_itertools",
        "sqlparse"
      ],
      providers: [
        "apache-airflow-providers-common-sql"
      ]
    },
    "apache-airflow-providers-databricks": {
      modules: [
        "aiohappyeyeballs",
        "aiohttp",
        "aiosignal",
        "airflow",
        "attr",
        "attrs",
        "certifi",
        "charset_normalizer",
        "databricks_sql_connector",
        "dateutil",
        "frozenlist",
        "idna",
        "mergedeep",
        "more_itertools",
        "multidict",
        "numpy",
        "pandas",
        "propcache",
        "pyarrow",
        "pytz",
        "requests",
        "sqlparse",
        "tzdata",
        "urllib3",
        "yarl"
      ],
      providers: [
        "apache-airflow-providers-common-sql",
        "apache-airflow-providers-databricks"
      ]
    },
    "apache-airflow-providers-datadog": {
      modules: [
        "airflow",
        "certifi",
        "charset_normalizer",
        "datadog",
        "idna",
        "requests",
        "urllib3"
      ],
      providers: [
        "apache-airflow-providers-datadog"
      ]
    },
    "apache-airflow-providers-dbt-cloud": {
      modules: [
        "aiohappyeyeballs",
        "aiohttp",
        "aiosignal",
        "airflow",
        "asgiref",
        "attr",
        "attrs",
        "certifi",
        "charset_normalizer",
        "frozenlist",
        "idna",
        "multidict",
        "propcache",
        "requests",
        "requests_toolbelt",
        "urllib3",
        "yarl"
      ],
      providers: [
        "apache-airflow-providers-dbt-cloud",
        "apache-airflow-providers-http"
      ]
    },
    "apache-airflow-providers-dingding": {
      modules: [
        "aiohappyeyeballs",
        "aiohttp",
        "aiosignal",
        "airflow",
        "asgiref",
        "attr",
        "attrs",
        "certifi",
        "charset_normalizer",
        "frozenlist",
        "idna",
        "multidict",
        "propcache",
        "requests",
        "requests_toolbelt",
        "urllib3",
        "yarl"
      ],
      providers: [
        "apache-airflow-providers-dingding",
        "apache-airflow-providers-http"
      ]
    },
    "apache-airflow-providers-discord": {
      modules: [
        "aiohappyeyeballs",
        "aiohttp",
        "aiosignal",
        "airflow",
        "asgiref",
        "attr",
        "attrs",
        "certifi",
        "charset_normalizer",
        "frozenlist",
        "idna",
        "multidict",
        "propcache",
        "requests",
        "requests_toolbelt",
        "urllib3",
        "yarl"
      ],
      providers: [
        "apache-airflow-providers-discord",
        "apache-airflow-providers-http"
      ]
    },
    "apache-airflow-providers-docker": {
      modules: [
        "airflow",
        "docker",
        "dotenv"
      ],
      providers: [
        "apache-airflow-providers-docker"
      ]
    },
    "apache-airflow-providers-elasticsearch": {
      modules: [
        "airflow",
        "certifi",
        "elastic_transport",
        "elasticsearch",
        "more_itertools",
        "sqlparse",
        "urllib3"
      ],
      providers: [
        "apache-airflow-providers-common-sql",
        "apache-airflow-providers-elasticsearch"
      ]
    },
    "apache-airflow-providers-exasol": {
      modules: [
        "airflow",
        "dateutil",
        "more_itertools",
        "numpy",
        "pandas",
        "pyexasol",
        "pytz",
        "sqlparse",
        "tzdata"
      ],
      providers: [
        "apache-airflow-providers-common-sql",
        "apache-airflow-providers-exasol"
      ]
    },
    "apache-airflow-providers-fab": {
      modules: [
        "airflow",
        "apispec",
        "attr",
        "attrs",
        "blinker",
        "click",
        "colorama",
        "dateutil",
        "email_validator",
        "flask",
        "flask_appbuilder",
        "flask_babel",
        "flask_jwt_extended",
        "flask_limiter",
        "flask_login",
        "flask_sqlalchemy",
        "flask_wtf",
        "greenlet",
        "itsdangerous",
        "jinja2",
        "jmespath",
        "jsonschema",
        "jsonschema_specifications",
        "jwt",
        "markupsafe",
        "marshmallow",
        "marshmallow_sqlalchemy",
        "prison",
        "re2",
        "referencing",
        "rpds",
        "sqlalchemy",
        "sqlalchemy_utils",
        "werkzeug",
        "wtforms"
      ],
      providers: [
        "apache-airflow-providers-fab"
      ]
    },
    "apache-airflow-providers-facebook": {
      modules: [
        "airflow",
        "facebook_business"
      ],
      providers: [
        "apache-airflow-providers-facebook"
      ]
    },
    "apache-airflow-providers-ftp": {
      modules: [
        "airflow"
      ],
      providers: [
        "apache-airflow-providers-ftp"
      ]
    },
    "apache-airflow-providers-github": {
      modules: [
        "airflow",
        "github"
      ],
      providers: [
        "apache-airflow-providers-github"
      ]
    },
    "apache-airflow-providers-google": {
      modules: [
        "OpenSSL",
        "aiohappyeyeballs",
        "aiohttp",
        "aiosignal",
        "airflow",
        "anyio",
        "asgiref",
        "attr",
        "attrs",
        "cachetools",
        "certifi",
        "charset_normalizer",
        "dateutil",
        "db_dtypes",
        "decorator",
        "dill",
        "frozenlist",
        "fsspec",
        "gcloud",
        "gcsfs",
        "google",
        "google_auth_httplib2",
        "google_auth_oauthlib",
        "googleapiclient",
        "grpc_gcp",
        "httpcore",
        "httpx",
        "idna",
        "json_merge_patch",
        "looker_sdk",
        "more_itertools",
        "multidict",
        "numpy",
        "packaging",
        "pandas",
        "pandas_gbq",
        "propcache",
        "proto",
        "pyarrow",
        "pyasn1_modules",
        "pydata_google_auth",
        "pytz",
        "requests",
        "rsa",
        "slugify",
        "sniffio",
        "sqlalchemy_bigquery",
        "sqlalchemy_spanner",
        "sqlparse",
        "tenacity",
        "text_unidecode",
        "tzdata",
        "urllib3",
        "yarl"
      ],
      providers: [
        "apache-airflow-providers-common-compat",
        "apache-airflow-providers-common-sql",
        "apache-airflow-providers-google"
      ]
    },
    "apache-airflow-providers-grpc": {
      modules: [
        "airflow",
        "cachetools",
        "google",
        "google_auth_httplib2",
        "grpc",
        "pyasn1_modules",
        "rsa"
      ],
      providers: [
        "apache-airflow-providers-grpc"
      ]
    },
    "apache-airflow-providers-hashicorp": {
      modules: [
        "airflow",
        "hvac"
      ],
      providers: [
        "apache-airflow-providers-hashicorp"
      ]
    },
    "apache-airflow-providers-http": {
      modules: [
        "aiohappyeyeballs",
        "aiohttp",
        "aiosignal",
        "airflow",
        "asgiref",
        "attr",
        "attrs",
        "certifi",
        "charset_normalizer",
        "frozenlist",
        "idna",
        "multidict",
        "propcache",
        "requests",
        "requests_toolbelt",
        "urllib3",
        "yarl"
      ],
      providers: [
        "apache-airflow-providers-http"
      ]
    },
    "apache-airflow-providers-imap": {
      modules: [
        "airflow"
      ],
      providers: [
        "apache-airflow-providers-imap"
      ]
    },
    "apache-airflow-providers-influxdb": {
      modules: [
        "airflow",
        "certifi",
        "charset_normalizer",
        "idna",
        "influxdb_client",
        "requests",
        "urllib3"
      ],
      providers: [
        "apache-airflow-providers-influxdb"
      ]
    },
    "apache-airflow-providers-jdbc": {
      modules: [
        "airflow",
        "jaydebeapi",
        "more_itertools",
        "sqlparse"
      ],
      providers: [
        "apache-airflow-providers-common-sql",
        "apache-airflow-providers-jdbc"
      ]
    },
    "apache-airflow-providers-jenkins": {
      modules: [
        "airflow",
        "jenkins"
      ],
      providers: [
        "apache-airflow-providers-jenkins"
      ]
    },
    "apache-airflow-providers-microsoft-azure": {
      modules: [
        "adal",
        "adlfs",
        "airflow",
        "azure",
        "certifi",
        "cffi",
        "charset_normalizer",
        "cryptography",
        "idna",
        "isodate",
        "kiota_abstractions",
        "msal",
        "msal_extensions",
        "msgraph_core",
        "pycparser",
        "requests",
        "six",
        "typing_extensions",
        "urllib3"
      ],
      providers: [
        "apache-airflow-providers-microsoft-azure"
      ]
    },
    "apache-airflow-providers-microsoft-mssql": {
      modules: [
        "airflow",
        "more_itertools",
        "pymssql",
        "sqlparse"
      ],
      providers: [
        "apache-airflow-providers-common-sql",
        "apache-airflow-providers-microsoft-mssql"
      ]
    },
    "apache-airflow-providers-microsoft-psrp": {
      modules: [
        "airflow",
        "pypsrp"
      ],
      providers: [
        "apache-airflow-providers-microsoft-psrp"
      ]
    },
    "apache-airflow-providers-microsoft-winrm": {
      modules: [
        "airflow",
        "winrm"
      ],
      providers: [
        "apache-airflow-providers-microsoft-winrm"
      ]
    },
    "apache-airflow-providers-mongo": {
      modules: [
        "airflow",
        "bson",
        "dns",
        "gridfs",
        "pymongo"
      ],
      providers: [
        "apache-airflow-providers-mongo"
      ]
    },
    "apache-airflow-providers-mysql": {
      modules: [
        "MySQLdb",
        "airflow",
        "more_itertools",
        "mysql",
        "mysqlx",
        "sqlparse"
      ],
      providers: [
        "apache-airflow-providers-common-sql",
        "apache-airflow-providers-mysql"
      ]
    },
    "apache-airflow-providers-neo4j": {
      modules: [
        "airflow",
        "neo4j"
      ],
      providers: [
        "apache-airflow-providers-neo4j"
      ]
    },
    "apache-airflow-providers-odbc": {
      modules: [
        "airflow",
        "more_itertools",
        "pyodbc",
        "sqlparse"
      ],
      providers: [
        "apache-airflow-providers-common-sql",
        "apache-airflow-providers-odbc"
      ]
    },
    "apache-airflow-providers-openai": {
      modules: [
        "airflow",
        "openai"
      ],
      providers: [
        "apache-airflow-providers-openai"
      ]
    },
    "apache-airflow-providers-openfaas": {
      modules: [
        "airflow"
      ],
      providers: [
        "apache-airflow-providers-openfaas"
      ]
    },
    "apache-airflow-providers-openlineage": {
      modules: [
        "airflow",
        "attr",
        "attrs",
        "certifi",
        "charset_normalizer",
        "dateutil",
        "idna",
        "more_itertools",
        "openlineage",
        "packaging",
        "requests",
        "sqlparse",
        "urllib3",
        "yaml"
      ],
      providers: [
        "apache-airflow-providers-common-sql",
        "apache-airflow-providers-openlineage"
      ]
    },
    "apache-airflow-providers-opensearch": {
      modules: [
        "airflow",
        "opensearchpy"
      ],
      providers: [
        "apache-airflow-providers-opensearch"
      ]
    },
    "apache-airflow-providers-opsgenie": {
      modules: [
        "airflow",
        "opsgenie_sdk"
      ],
      providers: [
        "apache-airflow-providers-opsgenie"
      ]
    },
    "apache-airflow-providers-oracle": {
      modules: [
        "airflow",
        "more_itertools",
        "oracledb",
        "sqlparse"
      ],
      providers: [
        "apache-airflow-providers-common-sql",
        "apache-airflow-providers-oracle"
      ]
    },
    "apache-airflow-providers-pagerduty": {
      modules: [
        "airflow",
        "pdpyras"
      ],
      providers: [
        "apache-airflow-providers-pagerduty"
      ]
    },
    "apache-airflow-providers-papermill": {
      modules: [
        "airflow",
        "dateutil",
        "ipykernel",
        "numpy",
        "pandas",
        "papermill",
        "pytz",
        "scrapbook",
        "tzdata"
      ],
      providers: [
        "apache-airflow-providers-papermill"
      ]
    },
    "apache-airflow-providers-pgvector": {
      modules: [
        "airflow",
        "more_itertools",
        "pgvector",
        "psycopg2",
        "sqlparse"
      ],
      providers: [
        "apache-airflow-providers-common-sql",
        "apache-airflow-providers-pgvector",
        "apache-airflow-providers-postgres"
      ]
    },
    "apache-airflow-providers-pinecone": {
      modules: [
        "airflow",
        "pinecone"
      ],
      providers: [
        "apache-airflow-providers-pinecone"
      ]
    },
    "apache-airflow-providers-postgres": {
      modules: [
        "airflow",
        "more_itertools",
        "psycopg2",
        "sqlparse"
      ],
      providers: [
        "apache-airflow-providers-common-sql",
        "apache-airflow-providers-postgres"
      ]
    },
    "apache-airflow-providers-presto": {
      modules: [
        "airflow",
        "dateutil",
        "more_itertools",
        "numpy",
        "pandas",
        "prestodb",
        "pytz",
        "sqlparse",
        "tzdata"
      ],
      providers: [
        "apache-airflow-providers-common-sql",
        "apache-airflow-providers-presto"
      ]
    },
    "apache-airflow-providers-qdrant": {
      modules: [
        "airflow",
        "qdrant_client"
      ],
      providers: [
        "apache-airflow-providers-qdrant"
      ]
    },
    "apache-airflow-providers-redis": {
      modules: [
        "airflow",
        "redis"
      ],
      providers: [
        "apache-airflow-providers-redis"
      ]
    },
    "apache-airflow-providers-salesforce": {
      modules: [
        "airflow",
        "dateutil",
        "numpy",
        "pandas",
        "pytz",
        "simple_salesforce",
        "tzdata"
      ],
      providers: [
        "apache-airflow-providers-salesforce"
      ]
    },
    "apache-airflow-providers-samba": {
      modules: [
        "airflow",
        "smbclient",
        "smbprotocol"
      ],
      providers: [
        "apache-airflow-providers-samba"
      ]
    },
    "apache-airflow-providers-segment": {
      modules: [
        "airflow",
        "analytics_python"
      ],
      providers: [
        "apache-airflow-providers-segment"
      ]
    },
    "apache-airflow-providers-sendgrid": {
      modules: [
        "airflow",
        "sendgrid"
      ],
      providers: [
        "apache-airflow-providers-sendgrid"
      ]
    },
    "apache-airflow-providers-sftp": {
      modules: [
        "airflow",
        "asyncssh",
        "paramiko",
        "sshtunnel"
      ],
      providers: [
        "apache-airflow-providers-sftp",
        "apache-airflow-providers-ssh"
      ]
    },
    "apache-airflow-providers-singularity": {
      modules: [
        "airflow",
        "spython"
      ],
      providers: [
        "apache-airflow-providers-singularity"
      ]
    },
    "apache-airflow-providers-slack": {
      modules: [
        "airflow",
        "more_itertools",
        "slack_sdk",
        "sqlparse"
      ],
      providers: [
        "apache-airflow-providers-common-sql",
        "apache-airflow-providers-slack"
      ]
    },
    "apache-airflow-providers-smtp": {
      modules: [
        "airflow"
      ],
      providers: [
        "apache-airflow-providers-smtp"
      ]
    },
    "apache-airflow-providers-snowflake": {
      modules: [
        "airflow",
        "dateutil",
        "more_itertools",
        "numpy",
        "pandas",
        "pyarrow",
        "pytz",
        "snowflake",
        "sqlparse",
        "tzdata"
      ],
      providers: [
        "apache-airflow-providers-common-compat",
        "apache-airflow-providers-common-sql",
        "apache-airflow-providers-snowflake"
      ]
    },
    "apache-airflow-providers-sqlite": {
      modules: [
        "airflow",
        "more_itertools",
        "sqlparse"
      ],
      providers: [
        "apache-airflow-providers-common-sql",
        "apache-airflow-providers-sqlite"
      ]
    },
    "apache-airflow-providers-ssh": {
      modules: [
        "airflow",
        "paramiko",
        "sshtunnel"
      ],
      providers: [
        "apache-airflow-providers-ssh"
      ]
    },
    "apache-airflow-providers-standard": {
      modules: [
        "airflow"
      ],
      providers: [
        "apache-airflow-providers-standard"
      ]
    },
    "apache-airflow-providers-tableau": {
      modules: [
        "airflow",
        "tableauserverclient"
      ],
      providers: [
        "apache-airflow-providers-tableau"
      ]
    },
    "apache-airflow-providers-tabular": {
      modules: [
        "airflow"
      ],
      providers: [
        "apache-airflow-providers-apache-iceberg",
        "apache-airflow-providers-tabular"
      ]
    },
    "apache-airflow-providers-telegram": {
      modules: [
        "airflow",
        "telegram"
      ],
      providers: [
        "apache-airflow-providers-telegram"
      ]
    },
    "apache-airflow-providers-teradata": {
      modules: [
        "airflow",
        "more_itertools",
        "sqlparse",
        "teradatasql",
        "teradatasqlalchemy"
      ],
      providers: [
        "apache-airflow-providers-common-sql",
        "apache-airflow-providers-teradata"
      ]
    },
    "apache-airflow-providers-trino": {
      modules: [
        "airflow",
        "dateutil",
        "more_itertools",
        "numpy",
        "pandas",
        "pytz",
        "sqlparse",
        "trino",
        "tzdata"
      ],
      providers: [
        "apache-airflow-providers-common-sql",
        "apache-airflow-providers-trino"
      ]
    },
    "apache-airflow-providers-vertica": {
      modules: [
        "airflow",
        "more_itertools",
        "sqlparse",
        "vertica_python"
      ],
      providers: [
        "apache-airflow-providers-common-sql",
        "apache-airflow-providers-vertica"
      ]
    },
    "apache-airflow-providers-weaviate": {
      modules: [
        "airflow",
        "anyio",
        "certifi",
        "dateutil",
        "httpcore",
        "httpx",
        "idna",
        "numpy",
        "pandas",
        "pytz",
        "sniffio",
        "tzdata",
        "weaviate"
      ],
      providers: [
        "apache-airflow-providers-weaviate"
      ]
    },
    "apache-airflow-providers-yandex": {
      modules: [
        "airflow",
        "yandex_query_client",
        "yandexcloud"
      ],
      providers: [
        "apache-airflow-providers-yandex"
      ]
    },
    "apache-airflow-providers-ydb": {
      modules: [
        "airflow",
        "more_itertools",
        "sqlparse",
        "ydb"
      ],
      providers: [
        "apache-airflow-providers-common-sql",
        "apache-airflow-providers-ydb"
      ]
    },
    "apache-airflow-providers-zendesk": {
      modules: [
        "airflow",
        "zenpy"
      ],
      providers: [
        "apache-airflow-providers-zendesk"
      ]
    },
    "azure-core": {
      modules: [
        "azure",
        "certifi",
        "charset_normalizer",
        "idna",
        "requests",
        "six",
        "typing_extensions",
        "urllib3"
      ],
      providers: []
    },
    "azure-identity": {
      modules: [
        "azure",
        "certifi",
        "cffi",
        "charset_normalizer",
        "cryptography",
        "idna",
        "msal",
        "msal_extensions",
        "pycparser",
        "requests",
        "six",
        "typing_extensions",
        "urllib3"
      ],
      providers: []
    },
    "azure-storage-blob": {
      modules: [
        "azure",
        "certifi",
        "cffi",
        "charset_normalizer",
        "cryptography",
        "idna",
        "isodate",
        "pycparser",
        "requests",
        "six",
        "typing_extensions",
        "urllib3"
      ],
      providers: []
    },
    boto3: {
      modules: [
        "boto3",
        "botocore",
        "dateutil",
        "jmespath",
        "s3transfer",
        "urllib3"
      ],
      providers: []
    },
    botocore: {
      modules: [
        "botocore",
        "dateutil",
        "jmespath",
        "urllib3"
      ],
      providers: []
    },
    celery: {
      modules: [
        "amqp",
        "billiard",
        "celery",
        "click",
        "click_didyoumean",
        "click_plugins",
        "click_repl",
        "dateutil",
        "kombu",
        "tzdata",
        "vine"
      ],
      providers: []
    },
    cffi: {
      modules: [
        "cffi",
        "pycparser"
      ],
      providers: []
    },
    cryptography: {
      modules: [
        "cffi",
        "cryptography",
        "pycparser"
      ],
      providers: []
    },
    datadog: {
      modules: [
        "certifi",
        "charset_normalizer",
        "datadog",
        "idna",
        "requests",
        "urllib3"
      ],
      providers: []
    },
    "elastic-transport": {
      modules: [
        "certifi",
        "elastic_transport",
        "urllib3"
      ],
      providers: []
    },
    elasticsearch: {
      modules: [
        "certifi",
        "elastic_transport",
        "elasticsearch",
        "urllib3"
      ],
      providers: []
    },
    fastapi: {
      modules: [
        "annotated_types",
        "fastapi",
        "pydantic",
        "pydantic_core",
        "starlette",
        "typing_extensions"
      ],
      providers: []
    },
    flask: {
      modules: [
        "blinker",
        "click",
        "flask",
        "itsdangerous",
        "jinja2",
        "markupsafe",
        "werkzeug"
      ],
      providers: []
    },
    "flask-appbuilder": {
      modules: [
        "apispec",
        "attr",
        "attrs",
        "blinker",
        "click",
        "colorama",
        "dateutil",
        "email_validator",
        "flask",
        "flask_appbuilder",
        "flask_babel",
        "flask_jwt_extended",
        "flask_limiter",
        "flask_login",
        "flask_sqlalchemy",
        "flask_wtf",
        "greenlet",
        "itsdangerous",
        "jinja2",
        "jsonschema",
        "jsonschema_specifications",
        "jwt",
        "markupsafe",
        "marshmallow",
        "marshmallow_sqlalchemy",
        "prison",
        "referencing",
        "rpds",
        "sqlalchemy",
        "sqlalchemy_utils",
        "werkzeug",
        "wtforms"
      ],
      providers: []
    },
    gcsfs: {
      modules: [
        "aiohappyeyeballs",
        "aiohttp",
        "aiosignal",
        "attr",
        "attrs",
        "cachetools",
        "certifi",
        "charset_normalizer",
        "decorator",
        "frozenlist",
        "fsspec",
        "gcsfs",
        "google",
        "google_auth_oauthlib",
        "idna",
        "multidict",
        "propcache",
        "proto",
        "pyasn1_modules",
        "requests",
        "rsa",
        "urllib3",
        "yarl"
      ],
      providers: []
    },
    "google-api-core": {
      modules: [
        "cachetools",
        "certifi",
        "charset_normalizer",
        "google",
        "idna",
        "proto",
        "pyasn1_modules",
        "requests",
        "rsa",
        "urllib3"
      ],
      providers: []
    },
    "google-auth": {
      modules: [
        "cachetools",
        "google",
        "pyasn1_modules",
        "rsa"
      ],
      providers: []
    },
    "google-cloud-bigquery": {
      modules: [
        "cachetools",
        "certifi",
        "charset_normalizer",
        "dateutil",
        "google",
        "idna",
        "packaging",
        "proto",
        "pyasn1_modules",
        "requests",
        "rsa",
        "urllib3"
      ],
      providers: []
    },
    "google-cloud-storage": {
      modules: [
        "cachetools",
        "certifi",
        "charset_normalizer",
        "google",
        "idna",
        "proto",
        "pyasn1_modules",
        "requests",
        "rsa",
        "urllib3"
      ],
      providers: []
    },
    httpx: {
      modules: [
        "anyio",
        "certifi",
        "httpcore",
        "httpx",
        "idna",
        "sniffio"
      ],
      providers: []
    },
    jinja2: {
      modules: [
        "jinja2",
        "markupsafe"
      ],
      providers: []
    },
    jsonschema: {
      modules: [
        "attr",
        "attrs",
        "jsonschema",
        "jsonschema_specifications",
        "referencing",
        "rpds"
      ],
      providers: []
    },
    kombu: {
      modules: [
        "amqp",
        "kombu",
        "vine"
      ],
      providers: []
    },
    kubernetes: {
      modules: [
        "cachetools",
        "certifi",
        "charset_normalizer",
        "dateutil",
        "google",
        "idna",
        "kubernetes",
        "oauthlib",
        "pyasn1_modules",
        "requests",
        "requests_oauthlib",
        "rsa",
        "six",
        "urllib3",
        "websocket",
        "yaml"
      ],
      providers: []
    },
    "openlineage-python": {
      modules: [
        "attr",
        "attrs",
        "certifi",
        "charset_normalizer",
        "dateutil",
        "idna",
        "openlineage",
        "packaging",
        "requests",
        "urllib3",
        "yaml"
      ],
      providers: []
    },
    pandas: {
      modules: [
        "dateutil",
        "numpy",
        "pandas",
        "pytz",
        "tzdata"
      ],
      providers: []
    },
    "pandas-gbq": {
      modules: [
        "cachetools",
        "certifi",
        "charset_normalizer",
        "dateutil",
        "db_dtypes",
        "google",
        "google_auth_oauthlib",
        "idna",
        "numpy",
        "packaging",
        "pandas",
        "pandas_gbq",
        "proto",
        "pyarrow",
        "pyasn1_modules",
        "pydata_google_auth",
        "pytz",
        "requests",
        "rsa",
        "tzdata",
        "urllib3"
      ],
      providers: []
    },
    pendulum: {
      modules: [
        "dateutil",
        "pendulum",
        "tzdata"
      ],
      providers: []
    },
    pyathena: {
      modules: [
        "boto3",
        "botocore",
        "dateutil",
        "fsspec",
        "jmespath",
        "pyathena",
        "s3transfer",
        "tenacity",
        "urllib3"
      ],
      providers: []
    },
    pydantic: {
      modules: [
        "annotated_types",
        "pydantic",
        "pydantic_core",
        "typing_extensions"
      ],
      providers: []
    },
    "python-slugify": {
      modules: [
        "slugify",
        "text_unidecode"
      ],
      providers: []
    },
    "redshift-connector": {
      modules: [
        "boto3",
        "botocore",
        "bs4",
        "certifi",
        "charset_normalizer",
        "dateutil",
        "idna",
        "jmespath",
        "lxml",
        "packaging",
        "pytz",
        "redshift_connector",
        "requests",
        "s3transfer",
        "scramp",
        "urllib3"
      ],
      providers: []
    },
    requests: {
      modules: [
        "certifi",
        "charset_normalizer",
        "idna",
        "requests",
        "urllib3"
      ],
      providers: []
    },
    rich: {
      modules: [
        "markdown_it",
        "pygments",
        "rich"
      ],
      providers: []
    },
    s3transfer: {
      modules: [
        "botocore",
        "dateutil",
        "jmespath",
        "s3transfer",
        "urllib3"
      ],
      providers: []
    },
    sqlalchemy: {
      modules: [
        "greenlet",
        "sqlalchemy"
      ],
      providers: []
    },
    watchtower: {
      modules: [
        "boto3",
        "botocore",
        "dateutil",
        "jmespath",
        "s3transfer",
        "urllib3",
        "watchtower"
      ],
      providers: []
    },
    yarl: {
      modules: [
        "idna",
        "multidict",
        "propcache",
        "yarl"
      ],
      providers: []
    }
  }
};

// src/dags/data/airflow3-removed-imports.json
var airflow3_removed_imports_default = {
  $comment: "Imports that raise ImportError on Airflow 3 even when the imported name is never used. Transcribed from ruff's Airflow 3 rules (astral-sh/ruff crates/ruff_linter/src/rules/airflow/rules/removal_in_3.rs = AIR301 and moved_to_provider_in_3.rs = AIR302, commit b333191c) and Airflow 3's upgrade guide; entries ruff moved to AIR311/AIR312 (still importable through a shim in 3.0) are left out. 'modules': the module and everything under it is gone. 'names': the module may remain, these names are gone. Check scripts/list-ruff-airflow3-removals.mjs against a ruff checkout when updating.",
  modules: {
    "airflow.contrib": {
      rule: "AIR301",
      fix: "the whole airflow.contrib package is removed: import the class from its provider package (airflow.providers.<name>)"
    },
    "airflow.executors.celery_executor": {
      rule: "AIR302",
      fix: "import from airflow.providers.celery.executors.celery_executor (apache-airflow-providers-celery)"
    },
    "airflow.executors.celery_kubernetes_executor": {
      rule: "AIR302",
      fix: "import from airflow.providers.celery.executors.celery_kubernetes_executor (apache-airflow-providers-celery)"
    },
    "airflow.executors.dask_executor": {
      rule: "AIR302",
      fix: "DaskExecutor lives in apache-airflow-providers-daskexecutor"
    },
    "airflow.hooks.S3_hook": {
      rule: "AIR302",
      fix: "import S3Hook from airflow.providers.amazon.aws.hooks.s3 (apache-airflow-providers-amazon)"
    },
    "airflow.hooks.base_hook": {
      rule: "AIR301",
      fix: "import BaseHook from airflow.hooks.base (airflow.sdk from 3.1)"
    },
    "airflow.hooks.dbapi": {
      rule: "AIR302",
      fix: "import DbApiHook from airflow.providers.common.sql.hooks.sql"
    },
    "airflow.hooks.dbapi_hook": {
      rule: "AIR302",
      fix: "import DbApiHook from airflow.providers.common.sql.hooks.sql"
    },
    "airflow.hooks.docker_hook": {
      rule: "AIR302",
      fix: "import DockerHook from airflow.providers.docker.hooks.docker (apache-airflow-providers-docker)"
    },
    "airflow.hooks.druid_hook": {
      rule: "AIR302",
      fix: "import the hook from airflow.providers.apache.druid.hooks.druid (apache-airflow-providers-apache-druid)"
    },
    "airflow.hooks.http_hook": {
      rule: "AIR302",
      fix: "import HttpHook from airflow.providers.http.hooks.http (apache-airflow-providers-http)"
    },
    "airflow.hooks.mysql_hook": {
      rule: "AIR302",
      fix: "import MySqlHook from airflow.providers.mysql.hooks.mysql (apache-airflow-providers-mysql)"
    },
    "airflow.hooks.postgres_hook": {
      rule: "AIR302",
      fix: "import PostgresHook from airflow.providers.postgres.hooks.postgres (apache-airflow-providers-postgres)"
    },
    "airflow.hooks.slack_hook": {
      rule: "AIR302",
      fix: "import SlackHook from airflow.providers.slack.hooks.slack (apache-airflow-providers-slack)"
    },
    "airflow.hooks.webhdfs_hook": {
      rule: "AIR302",
      fix: "import WebHDFSHook from airflow.providers.apache.hdfs.hooks.webhdfs (apache-airflow-providers-apache-hdfs)"
    },
    "airflow.kubernetes": {
      rule: "AIR302",
      fix: "import from airflow.providers.cncf.kubernetes (apache-airflow-providers-cncf-kubernetes)"
    },
    "airflow.operators.bash_operator": {
      rule: "AIR302",
      fix: "import BashOperator from airflow.providers.standard.operators.bash"
    },
    "airflow.operators.branch_operator": {
      rule: "AIR301",
      fix: "import BaseBranchOperator from airflow.providers.standard.operators.branch"
    },
    "airflow.operators.check_operator": {
      rule: "AIR302",
      fix: "import the SQL check operators from airflow.providers.common.sql.operators.sql"
    },
    "airflow.operators.dagrun_operator": {
      rule: "AIR302",
      fix: "import TriggerDagRunOperator from airflow.providers.standard.operators.trigger_dagrun"
    },
    "airflow.operators.docker_operator": {
      rule: "AIR302",
      fix: "import DockerOperator from airflow.providers.docker.operators.docker (apache-airflow-providers-docker)"
    },
    "airflow.operators.druid_check_operator": {
      rule: "AIR302",
      fix: "import the operator from airflow.providers.apache.druid (apache-airflow-providers-apache-druid)"
    },
    "airflow.operators.dummy": {
      rule: "AIR301",
      fix: "use EmptyOperator from airflow.providers.standard.operators.empty"
    },
    "airflow.operators.dummy_operator": {
      rule: "AIR301",
      fix: "use EmptyOperator from airflow.providers.standard.operators.empty"
    },
    "airflow.operators.email": {
      rule: "AIR302",
      fix: "import EmailOperator from airflow.providers.smtp.operators.smtp (apache-airflow-providers-smtp)"
    },
    "airflow.operators.email_operator": {
      rule: "AIR302",
      fix: "import EmailOperator from airflow.providers.smtp.operators.smtp (apache-airflow-providers-smtp)"
    },
    "airflow.operators.gcs_to_s3": {
      rule: "AIR302",
      fix: "import GCSToS3Operator from airflow.providers.amazon.aws.transfers.gcs_to_s3 (apache-airflow-providers-amazon)"
    },
    "airflow.operators.google_api_to_s3_transfer": {
      rule: "AIR302",
      fix: "import GoogleApiToS3Operator from airflow.providers.amazon.aws.transfers.google_api_to_s3 (apache-airflow-providers-amazon)"
    },
    "airflow.operators.hive_to_druid": {
      rule: "AIR302",
      fix: "import HiveToDruidOperator from airflow.providers.apache.druid.transfers.hive_to_druid (apache-airflow-providers-apache-druid)"
    },
    "airflow.operators.http_operator": {
      rule: "AIR302",
      fix: "import HttpOperator from airflow.providers.http.operators.http (apache-airflow-providers-http)"
    },
    "airflow.operators.latest_only_operator": {
      rule: "AIR301",
      fix: "import LatestOnlyOperator from airflow.providers.standard.operators.latest_only"
    },
    "airflow.operators.mysql_operator": {
      rule: "AIR302",
      fix: "use SQLExecuteQueryOperator from airflow.providers.common.sql.operators.sql"
    },
    "airflow.operators.postgres_operator": {
      rule: "AIR302",
      fix: "use SQLExecuteQueryOperator from airflow.providers.common.sql.operators.sql"
    },
    "airflow.operators.presto_check_operator": {
      rule: "AIR302",
      fix: "import the SQL check operators from airflow.providers.common.sql.operators.sql"
    },
    "airflow.operators.python_operator": {
      rule: "AIR302",
      fix: "import the operator from airflow.providers.standard.operators.python"
    },
    "airflow.operators.redshift_to_s3_operator": {
      rule: "AIR302",
      fix: "import RedshiftToS3Operator from airflow.providers.amazon.aws.transfers.redshift_to_s3 (apache-airflow-providers-amazon)"
    },
    "airflow.operators.s3_file_transform_operator": {
      rule: "AIR302",
      fix: "import S3FileTransformOperator from airflow.providers.amazon.aws.operators.s3 (apache-airflow-providers-amazon)"
    },
    "airflow.operators.s3_to_redshift_operator": {
      rule: "AIR302",
      fix: "import S3ToRedshiftOperator from airflow.providers.amazon.aws.transfers.s3_to_redshift (apache-airflow-providers-amazon)"
    },
    "airflow.operators.sql_branch_operator": {
      rule: "AIR302",
      fix: "import BranchSQLOperator from airflow.providers.common.sql.operators.sql"
    },
    "airflow.operators.sqlite_operator": {
      rule: "AIR302",
      fix: "use SQLExecuteQueryOperator from airflow.providers.common.sql.operators.sql"
    },
    "airflow.operators.subdag": {
      rule: "AIR301",
      fix: "SubDAGs are removed: use TaskGroups (airflow.sdk.TaskGroup) or separate DAGs"
    },
    "airflow.sensors.base_sensor_operator": {
      rule: "AIR301",
      fix: "import BaseSensorOperator from airflow.sdk (airflow.sdk.bases.sensor)"
    },
    "airflow.sensors.date_time_sensor": {
      rule: "AIR301",
      fix: "import DateTimeSensor from airflow.providers.standard.sensors.date_time"
    },
    "airflow.sensors.external_task_sensor": {
      rule: "AIR301",
      fix: "import ExternalTaskSensor from airflow.providers.standard.sensors.external_task"
    },
    "airflow.sensors.http_sensor": {
      rule: "AIR302",
      fix: "import HttpSensor from airflow.providers.http.sensors.http (apache-airflow-providers-http)"
    },
    "airflow.sensors.s3_key_sensor": {
      rule: "AIR302",
      fix: "import S3KeySensor from airflow.providers.amazon.aws.sensors.s3 (apache-airflow-providers-amazon)"
    },
    "airflow.sensors.sql_sensor": {
      rule: "AIR302",
      fix: "import SqlSensor from airflow.providers.common.sql.sensors.sql"
    },
    "airflow.sensors.time_delta_sensor": {
      rule: "AIR301",
      fix: "import TimeDeltaSensor from airflow.providers.standard.sensors.time_delta"
    },
    "airflow.sensors.web_hdfs_sensor": {
      rule: "AIR302",
      fix: "import WebHdfsSensor from airflow.providers.apache.hdfs.sensors.web_hdfs (apache-airflow-providers-apache-hdfs)"
    }
  },
  names: {
    airflow: {
      PY36: "use sys.version_info",
      PY37: "use sys.version_info",
      PY38: "use sys.version_info",
      PY39: "use sys.version_info",
      PY310: "use sys.version_info",
      PY311: "use sys.version_info",
      PY312: "use sys.version_info"
    },
    "airflow.utils.dates": {
      days_ago: 'use a fixed date, e.g. pendulum.datetime(2024, 1, 1, tz="UTC") (or pendulum.today("UTC").add(days=-N))',
      date_range: "removed without replacement: build the dates with pendulum or datetime",
      parse_execution_date: "removed without replacement: use pendulum.parse",
      round_time: "removed without replacement",
      scale_time_units: "removed without replacement",
      infer_time_unit: "removed without replacement"
    },
    "airflow.utils.decorators": {
      apply_defaults: "remove it: default arguments are applied unconditionally"
    },
    "airflow.utils.helpers": {
      chain: "import chain from airflow.sdk",
      cross_downstream: "import cross_downstream from airflow.sdk"
    },
    "airflow.utils.file": {
      TemporaryDirectory: "use tempfile.TemporaryDirectory",
      mkdirs: "use pathlib.Path(path).mkdir(parents=True, exist_ok=True)"
    },
    "airflow.utils.dag_cycle_tester": {
      test_cycle: "removed without replacement"
    },
    "airflow.utils.state": {
      SHUTDOWN: "removed without replacement",
      terminating_states: "removed without replacement"
    },
    "airflow.configuration": {
      get: "use airflow.configuration.conf.get",
      getboolean: "use airflow.configuration.conf.getboolean",
      getfloat: "use airflow.configuration.conf.getfloat",
      getint: "use airflow.configuration.conf.getint",
      has_option: "use airflow.configuration.conf.has_option",
      remove_option: "use airflow.configuration.conf.remove_option",
      as_dict: "use airflow.configuration.conf.as_dict",
      set: "use airflow.configuration.conf.set"
    },
    "airflow.operators.sql": {
      BaseSQLOperator: "import it from airflow.providers.common.sql.operators.sql",
      BranchSQLOperator: "import it from airflow.providers.common.sql.operators.sql",
      SQLCheckOperator: "import it from airflow.providers.common.sql.operators.sql",
      SQLColumnCheckOperator: "import it from airflow.providers.common.sql.operators.sql",
      SQLIntervalCheckOperator: "import it from airflow.providers.common.sql.operators.sql",
      SQLTableCheckOperator: "import it from airflow.providers.common.sql.operators.sql",
      SQLThresholdCheckOperator: "import it from airflow.providers.common.sql.operators.sql",
      SQLValueCheckOperator: "import it from airflow.providers.common.sql.operators.sql"
    },
    "airflow.sensors.sql": {
      SqlSensor: "import it from airflow.providers.common.sql.sensors.sql"
    },
    "airflow.timetables.simple": {
      DatasetTriggeredTimetable: "use AssetTriggeredTimetable from airflow.timetables.simple"
    },
    "airflow.triggers.external_task": {
      TaskStateTrigger: "removed without replacement"
    },
    "airflow.secrets.local_filesystem": {
      load_connections: "use load_connections_dict"
    },
    "airflow.metrics.validators": {
      AllowListValidator: "use PatternAllowListValidator",
      BlockListValidator: "use PatternBlockListValidator"
    }
  }
};

// src/dags/data/import-names.json
var import_names_default = {
  $comment: "Generated by scripts/derive-import-names.py from the wheels of PyPI distributions (each wheel's top_level.txt, else the top-level entries of its RECORD); do not edit by hand. distribution (PEP 503 normalised) -> the top-level import names it installs, for distributions whose names are not just their own name with '_' for '-'. Read 862 wheels' distributions.",
  importNames: {
    "absl-py": [
      "absl"
    ],
    aiomysql: [
      "aiomysql",
      "docs",
      "examples"
    ],
    "argon2-cffi": [
      "argon2"
    ],
    "argon2-cffi-bindings": [
      "_argon2_cffi_bindings"
    ],
    attrs: [
      "attr",
      "attrs"
    ],
    "automata-lib": [
      "automata"
    ],
    "backports-tarfile": [
      "backports"
    ],
    beautifulsoup4: [
      "bs4"
    ],
    biopython: [
      "Bio",
      "BioSQL"
    ],
    black: [
      "_black_version",
      "black",
      "blackd",
      "blib2to3"
    ],
    bokeh: [
      "bokeh",
      "typings"
    ],
    brotli: [
      "_brotli",
      "brotli"
    ],
    cattrs: [
      "cattr",
      "cattrs"
    ],
    cffi: [
      "_cffi_backend",
      "cffi"
    ],
    cmeel: [
      "cmeel",
      "cmeel_pth"
    ],
    cocotb: [
      "cocotb",
      "cocotb_tools",
      "pygpi"
    ],
    "cocotbext-axi": [
      "cocotbext"
    ],
    configparser: [
      "backports"
    ],
    coolprop: [
      "CoolProp"
    ],
    "cuda-pathfinder": [
      "cuda"
    ],
    cvxopt: [
      "amd",
      "base",
      "blas",
      "cholmod",
      "cvxopt",
      "dsdp",
      "fftw",
      "glpk",
      "gsl",
      "lapack",
      "misc_solvers",
      "umfpack"
    ],
    cvxpy: [
      "_cvxcore",
      "cvxpy",
      "setup"
    ],
    cython: [
      "Cython",
      "cython",
      "pyximport"
    ],
    dateparser: [
      "dateparser",
      "dateparser_cli",
      "dateparser_data",
      "dateparser_scripts"
    ],
    dnspython: [
      "dns"
    ],
    duckdb: [
      "_duckdb",
      "adbc_driver_duckdb",
      "duckdb"
    ],
    ecos: [
      "_ecos",
      "ecos"
    ],
    einx: [
      "docs",
      "einx",
      "test"
    ],
    "faiss-cpu": [
      "faiss"
    ],
    "fastmcp-slim": [
      "fastmcp"
    ],
    "fla-core": [
      "fla"
    ],
    "flash-linear-attention": [
      "fla"
    ],
    flax: [
      "flax",
      "flaxlib_src"
    ],
    fonttools: [
      "fontTools"
    ],
    fpdf2: [
      "fpdf"
    ],
    future: [
      "future",
      "libfuturize",
      "libpasteurize",
      "past"
    ],
    gitpython: [
      "git"
    ],
    "google-api-core": [
      "google"
    ],
    "google-api-python-client": [
      "apiclient",
      "googleapiclient"
    ],
    "google-auth": [
      "google"
    ],
    "google-genai": [
      "google"
    ],
    "google-pasta": [
      "pasta"
    ],
    "googleapis-common-protos": [
      "google"
    ],
    "graphql-core": [
      "graphql"
    ],
    griffelib: [
      "griffe"
    ],
    grpcio: [
      "grpc"
    ],
    "grpcio-tools": [
      "grpc_tools"
    ],
    hypothesis: [
      "_hypothesis_ftz_detector",
      "_hypothesis_globals",
      "_hypothesis_pytestplugin",
      "hypothesis"
    ],
    ipykernel: [
      "ipykernel",
      "ipykernel_launcher"
    ],
    ipython: [
      "IPython"
    ],
    "jaraco-classes": [
      "jaraco"
    ],
    "jaraco-context": [
      "jaraco"
    ],
    "jaraco-functools": [
      "jaraco"
    ],
    "jaraco-text": [
      "jaraco"
    ],
    jsonref: [
      "jsonref",
      "proxytypes"
    ],
    "jupyter-core": [
      "jupyter",
      "jupyter_core"
    ],
    "langgraph-checkpoint": [
      "langgraph"
    ],
    "langgraph-prebuilt": [
      "langgraph"
    ],
    levenshtein: [
      "Levenshtein"
    ],
    libclang: [
      "clang"
    ],
    "markdown-it-py": [
      "markdown_it"
    ],
    matplotlib: [
      "matplotlib",
      "mpl_toolkits",
      "pylab"
    ],
    meson: [
      "mesonbuild"
    ],
    "meson-python": [
      "mesonpy"
    ],
    multiprocess: [
      "_multiprocess",
      "multiprocess"
    ],
    mypy: [
      "mypy",
      "mypyc"
    ],
    "mysql-connector-python": [
      "_mysql_connector",
      "mysql"
    ],
    "nats-py": [
      "nats"
    ],
    netcdf4: [
      "netCDF4"
    ],
    "nvidia-cublas": [
      "nvidia"
    ],
    "nvidia-cuda-cccl": [
      "nvidia"
    ],
    "nvidia-cuda-crt": [
      "nvidia"
    ],
    "nvidia-cuda-cupti": [
      "nvidia"
    ],
    "nvidia-cuda-nvcc": [
      "nvidia"
    ],
    "nvidia-cuda-nvrtc": [
      "nvidia"
    ],
    "nvidia-cuda-runtime": [
      "nvidia"
    ],
    "nvidia-cudnn-cu13": [
      "nvidia"
    ],
    "nvidia-cufft": [
      "nvidia"
    ],
    "nvidia-cufile": [
      "nvidia"
    ],
    "nvidia-curand": [
      "nvidia"
    ],
    "nvidia-cusolver": [
      "nvidia"
    ],
    "nvidia-cusparse": [
      "nvidia"
    ],
    "nvidia-cusparselt-cu13": [
      "nvidia"
    ],
    "nvidia-nccl-cu13": [
      "nvidia"
    ],
    "nvidia-nvjitlink": [
      "nvidia"
    ],
    "nvidia-nvshmem-cu13": [
      "nvidia"
    ],
    "nvidia-nvtx": [
      "nvidia"
    ],
    "nvidia-nvvm": [
      "nvidia"
    ],
    omegaconf: [
      "omegaconf",
      "pydevd_plugins"
    ],
    "open-clip-torch": [
      "open_clip",
      "open_clip_train"
    ],
    "opencv-python": [
      "cv2"
    ],
    "opencv-python-headless": [
      "cv2"
    ],
    "opentelemetry-api": [
      "opentelemetry"
    ],
    "opentelemetry-exporter-otlp-proto-common": [
      "opentelemetry"
    ],
    "opentelemetry-exporter-otlp-proto-http": [
      "opentelemetry"
    ],
    "opentelemetry-proto": [
      "opentelemetry"
    ],
    "opentelemetry-sdk": [
      "opentelemetry"
    ],
    "orbax-checkpoint": [
      "orbax"
    ],
    ortools: [
      "ortools",
      "pybind11_abseil"
    ],
    "paho-mqtt": [
      "paho"
    ],
    "pdfminer-six": [
      "pdfminer"
    ],
    peewee: [
      "peewee",
      "playhouse",
      "pwiz"
    ],
    pillow: [
      "PIL"
    ],
    plotly: [
      "_plotly_utils",
      "plotly"
    ],
    "poetry-core": [
      "poetry"
    ],
    "polars-runtime-32": [
      "_polars_runtime_32"
    ],
    pot: [
      "ot"
    ],
    ppft: [
      "pp",
      "ppft"
    ],
    progressbar2: [
      "progressbar"
    ],
    "proto-plus": [
      "proto"
    ],
    protobuf: [
      "google"
    ],
    "psycopg2-binary": [
      "psycopg2"
    ],
    "py-cpuinfo": [
      "cpuinfo"
    ],
    "py-key-value-aio": [
      "key_value"
    ],
    pyahocorasick: [
      "ahocorasick"
    ],
    pybullet: [
      "eglRenderer",
      "pybullet",
      "pybullet_data",
      "pybullet_envs",
      "pybullet_examples",
      "pybullet_robots",
      "pybullet_utils"
    ],
    pycryptodome: [
      "Crypto"
    ],
    pycryptodomex: [
      "Cryptodome"
    ],
    pyerfa: [
      "erfa"
    ],
    pyevtk: [
      "evtk",
      "pyevtk"
    ],
    "pygame-ce": [
      "pygame"
    ],
    pygithub: [
      "github"
    ],
    pyjwt: [
      "jwt"
    ],
    pymongo: [
      "bson",
      "gridfs",
      "pymongo"
    ],
    pynacl: [
      "_sodium",
      "nacl"
    ],
    pyopengl: [
      "OpenGL"
    ],
    pyopenssl: [
      "OpenSSL"
    ],
    pypdfium2: [
      "pypdfium2",
      "pypdfium2_cfg",
      "pypdfium2_cli",
      "pypdfium2_raw"
    ],
    pyqt5: [
      "PyQt5"
    ],
    pyqt6: [
      "PyQt6"
    ],
    pyserial: [
      "serial"
    ],
    pyshp: [
      "shapefile"
    ],
    "pyside6-essentials": [
      "PySide6",
      "Shiboken"
    ],
    pysocks: [
      "socks",
      "sockshandler"
    ],
    pystemmer: [
      "Stemmer"
    ],
    pytest: [
      "_pytest",
      "py",
      "pytest"
    ],
    "pytest-xdist": [
      "xdist"
    ],
    "python-can": [
      "can"
    ],
    "python-crfsuite": [
      "pycrfsuite"
    ],
    "python-dateutil": [
      "dateutil"
    ],
    "python-docx": [
      "docx"
    ],
    "python-dotenv": [
      "dotenv"
    ],
    "python-flint": [
      "flint"
    ],
    "python-json-logger": [
      "pythonjsonlogger"
    ],
    "python-multipart": [
      "multipart",
      "python_multipart"
    ],
    "python-sat": [
      "pycard",
      "pyformula",
      "pysat",
      "pysolvers"
    ],
    "python-slugify": [
      "slugify"
    ],
    pytokens: [
      "fd7dcdb10166ebd4db98__mypyc",
      "pytokens"
    ],
    "pytorch-lightning": [
      "lightning_fabric",
      "pytorch_lightning"
    ],
    pywavelets: [
      "pywt"
    ],
    pyyaml: [
      "_yaml",
      "yaml"
    ],
    pyzmq: [
      "zmq"
    ],
    resiliparse: [
      "resiliparse",
      "resiliparse_common",
      "resiliparse_inc"
    ],
    "rpds-py": [
      "rpds"
    ],
    "ruamel-yaml": [
      "ruamel"
    ],
    "scikit-fem": [
      "skfem"
    ],
    "scikit-image": [
      "skimage"
    ],
    "scikit-learn": [
      "sklearn"
    ],
    "scikit-rf": [
      "skrf"
    ],
    setuptools: [
      "_distutils_hack",
      "pkg_resources",
      "setuptools"
    ],
    shap: [
      "_kernel_lib",
      "shap"
    ],
    shiboken6: [
      "Shiboken",
      "shiboken6"
    ],
    sounddevice: [
      "_sounddevice",
      "sounddevice"
    ],
    soundfile: [
      "_soundfile",
      "_soundfile_data",
      "licensing",
      "soundfile"
    ],
    "sphinxcontrib-applehelp": [
      "sphinxcontrib"
    ],
    "sphinxcontrib-devhelp": [
      "sphinxcontrib"
    ],
    "sphinxcontrib-htmlhelp": [
      "sphinxcontrib"
    ],
    "sphinxcontrib-jquery": [
      "sphinxcontrib"
    ],
    "sphinxcontrib-jsmath": [
      "sphinxcontrib"
    ],
    "sphinxcontrib-qthelp": [
      "sphinxcontrib"
    ],
    "sphinxcontrib-serializinghtml": [
      "sphinxcontrib"
    ],
    sympy: [
      "isympy",
      "sympy"
    ],
    tensorboardx: [
      "tensorboardX"
    ],
    "tensorflow-cpu": [
      "tensorflow"
    ],
    tiktoken: [
      "tiktoken",
      "tiktoken_ext"
    ],
    "time-machine": [
      "_time_machine",
      "time_machine"
    ],
    toolz: [
      "tlz",
      "toolz"
    ],
    torch: [
      "functorch",
      "torch",
      "torchgen"
    ],
    "universal-pathlib": [
      "upath"
    ],
    vtk: [
      "vtk",
      "vtkCommonCorePython",
      "vtkmodules"
    ],
    "websocket-client": [
      "websocket"
    ],
    xxhash: [
      "_xxhash",
      "xxhash"
    ],
    "z3-solver": [
      "z3"
    ],
    "zope-interface": [
      "zope"
    ]
  }
};

// src/dags/module-resolver.ts
var LINES = runtime_modules_default.lines;
var PROVIDER_IDS = runtime_modules_default.providerIds;
var DISTRIBUTION_MODULES = runtime_modules_default.distributionModules;
var REQUIREMENT_MODULES = runtime_modules_default.requirementModules;
var KNOWN_MODULES = new Set(runtime_modules_default.knownModules);
var WHEEL_IMPORT_NAMES = import_names_default.importNames;
var PROVIDER_BY_ID = Object.entries(PROVIDER_IDS).map(([dist, id]) => ({ dist, id })).sort((a, b) => b.id.length - a.id.length);
var AIRFLOW2_TOP_LEVEL = new Set(
  "__main__ _vendor api api_connexion api_internal auth callbacks cli compat config_templates configuration contrib dag_processing datasets decorators example_dags exceptions executors hooks io jobs kubernetes lineage listeners logging_config macros metrics migrations models notifications operators plugins_manager policies providers providers_manager secrets security sensors sentry serialization settings stats task template templates ti_deps timetables traces triggers typing_compat utils version www".split(" ")
);
function versionAtLeast(version, minimum) {
  const [a1, a2] = version.split(".").map(Number);
  const [b1, b2] = minimum.split(".").map(Number);
  return (a1 ?? 0) > (b1 ?? 0) || (a1 ?? 0) === (b1 ?? 0) && (a2 ?? 0) >= (b2 ?? 0);
}
function importNamesWithCertainty(distribution) {
  const fromWheels = WHEEL_IMPORT_NAMES[distribution];
  const known = DISTRIBUTION_MODULES[distribution];
  if (fromWheels) return { names: [.../* @__PURE__ */ new Set([...fromWheels, ...known ?? []])], guessed: /* @__PURE__ */ new Set() };
  if (known) return { names: known, guessed: /* @__PURE__ */ new Set() };
  const names = guessedImportNames(distribution);
  const plain = distribution.replace(/[-.]/g, "_");
  return { names, guessed: new Set(names.filter((name) => name !== plain)) };
}
function guessedImportNames(distribution) {
  if (distribution.startsWith("apache-airflow")) return ["airflow"];
  for (const family of ["google", "azure", "opentelemetry", "snowflake"]) if (distribution.startsWith(`${family}-`)) return [family];
  const bare = distribution.replace(/^(python3?|py)-/, "").replace(/-(python3?|py|client|sdk|api|binary|lib|cpu|gpu|skinny|headless|learn|six|core|lite|slim)$/, "");
  const glued = distribution.replace(/[-_.]+/g, "");
  const unprefixed = /^py(thon)?[a-z]/.test(glued) ? glued.replace(/^py(thon)?/, "") : void 0;
  const unsuffixed = /[a-z](python|py)$/.test(glued) ? glued.replace(/(python|py)$/, "") : void 0;
  const firstWord = /[-_.]/.test(distribution) ? distribution.split(/[-_.]+/)[0] : void 0;
  const candidates = [distribution, bare].flatMap((d) => [d.replace(/[-.]/g, "_"), d.replace(/[-_.]/g, "")]);
  for (const extra of [unprefixed, unsuffixed, firstWord]) if (extra && extra.length >= 3) candidates.push(extra);
  return [...new Set(candidates)];
}
function pickLine(options) {
  if (options.airflowMajor === 3) {
    const line2 = LINES.airflow3;
    return { line: line2, confirmed: line2.confirmed && !(options.airflowVersion ?? "").startsWith("3.0") };
  }
  if (/-slim\b/.test(options.runtimeImage ?? "")) {
    const line2 = LINES["airflow2-slim"];
    return { line: line2, confirmed: line2.confirmed };
  }
  const line = LINES["airflow2-12"];
  return { line, confirmed: line.confirmed && (options.airflowVersion === void 0 || options.airflowVersion === line.airflow) };
}
function createModuleResolver(options) {
  const stdlibNames = new Set(
    stdlib_modules_default.modules.filter((name) => {
      const removed = stdlib_modules_default.removedIn[name];
      const added = stdlib_modules_default.addedIn[name];
      return !(removed && versionAtLeast(options.pythonVersion, removed)) && !(added && !versionAtLeast(options.pythonVersion, added));
    })
  );
  const { line, confirmed } = pickLine(options);
  const runtimeModules = new Set(line.modules);
  const possibleModules = /* @__PURE__ */ new Set([...line.possibleModules, ...KNOWN_MODULES]);
  const runtimeProviders = new Set(line.providers);
  const requirementModules = /* @__PURE__ */ new Map();
  const guessedModules = /* @__PURE__ */ new Set();
  const requirementProviders = /* @__PURE__ */ new Set();
  for (const dist of options.requirementNames) {
    const brought = REQUIREMENT_MODULES[dist];
    const { names, guessed } = importNamesWithCertainty(dist);
    for (const name of [...names, ...brought?.modules ?? []]) {
      const lower = name.toLowerCase();
      const guess = guessed.has(name);
      if (guess && !requirementModules.has(lower)) guessedModules.add(lower);
      if (!guess) guessedModules.delete(lower);
      if (!requirementModules.has(lower) || !guess) requirementModules.set(lower, dist);
    }
    requirementProviders.add(dist);
    for (const provider of brought?.providers ?? []) requirementProviders.add(provider);
  }
  const local = new Set(options.localModules);
  const uncertainty = options.airflowVersionSource === "config" ? "the project's custom image installs it (astro-ci does not know what the image holds)" : options.unnamedRequirements?.length ? `${options.unnamedRequirements[0]}${options.unnamedRequirements.length > 1 ? ` (or ${options.unnamedRequirements.length - 1} other requirements.txt lines of unknown name)` : ""} installs it` : !confirmed ? `${line.label}'s image installs it (its provider set is not confirmed for Airflow ${options.airflowVersion ?? "?"}${/-slim\b/.test(options.runtimeImage ?? "") ? ", slim image" : ""})` : void 0;
  const missing = (fix) => uncertainty ? { status: "possibly-missing", presentOnlyIf: uncertainty, fix } : { status: "missing", fix };
  return {
    runtimeLabel: line.label,
    isLocal: (top) => local.has(top),
    missingName(moduleName) {
      const parts = moduleName.split(".");
      if (parts[0] !== "airflow" || parts.length < 2) return parts[0] ?? moduleName;
      if (parts[1] !== "providers" || parts.length < 3) return `airflow.${parts[1]}`;
      const installed = PROVIDER_BY_ID.filter((p) => runtimeProviders.has(p.dist) || requirementProviders.has(p.dist)).map((p) => p.id);
      for (let k = 3; k <= parts.length; k++) {
        const prefix = parts.slice(2, k).join(".");
        if (installed.some((id) => prefix === id || prefix.startsWith(`${id}.`))) return moduleName;
        if (!installed.some((id) => id.startsWith(`${prefix}.`))) return parts.slice(0, k).join(".");
      }
      return moduleName;
    },
    resolve(moduleName) {
      const top = moduleName.split(".")[0] ?? moduleName;
      if (top === "airflow") {
        const first = moduleName.split(".")[1];
        if (options.airflowMajor !== 3 && first !== void 0 && !AIRFLOW2_TOP_LEVEL.has(first)) {
          return missing(
            first === "sdk" || first === "assets" ? `'airflow.${first}' is Airflow 3's: on Airflow 2 import dag/task from airflow.decorators, DAG from airflow.models.dag, Dataset from airflow.datasets (or upgrade to an Airflow 3 runtime)` : `Airflow 2 has no module 'airflow.${first}': check the import path`
          );
        }
        if (!moduleName.startsWith("airflow.providers.")) return { status: "provided", by: "airflow" };
        const rest = moduleName.slice("airflow.providers.".length);
        const provider = PROVIDER_BY_ID.find((p) => rest === p.id || rest.startsWith(`${p.id}.`));
        if (!provider) {
          return {
            status: "possibly-missing",
            presentOnlyIf: `a package installed in the image provides it (astro-ci's provider data, from Airflow 2.10.5, does not know airflow.providers.${rest.split(".")[0]})`,
            fix: "add the package that provides it to requirements.txt"
          };
        }
        if (requirementProviders.has(provider.dist)) return { status: "provided", by: "requirements" };
        if (runtimeProviders.has(provider.dist)) return { status: "provided", by: "runtime" };
        return missing(`add ${provider.dist} to requirements.txt (${line.label} does not preinstall it)`);
      }
      if (stdlibNames.has(top)) return { status: "provided", by: "stdlib" };
      if (local.has(top)) return { status: "provided", by: "local" };
      if (requirementModules.has(top.toLowerCase())) return { status: "provided", by: "requirements", ...guessedModules.has(top.toLowerCase()) ? { guess: true } : {} };
      if (runtimeModules.has(top)) return { status: "provided", by: "runtime" };
      const fix = `add the package that provides '${top}' to requirements.txt; if '${top}' is the project's own module, put ${top}.py in plugins/ (on sys.path) or import it by its path from the project root (\`include/${top}.py\` is \`include.${top}\`)`;
      if (possibleModules.has(top)) {
        return {
          status: "possibly-missing",
          presentOnlyIf: `another installed package brings it (Airflow's constraints know '${top}', but ${line.label} does not preinstall it)`,
          fix
        };
      }
      return missing(fix);
    }
  };
}
var REMOVED_MODULES = airflow3_removed_imports_default.modules;
var REMOVED_NAMES = airflow3_removed_imports_default.names;
function airflow3RemovedImports(module, names = []) {
  if (module !== "airflow" && !module.startsWith("airflow.")) return [];
  const moduleGone = (path) => {
    for (const [removed, info] of Object.entries(REMOVED_MODULES)) {
      if (path === removed || path.startsWith(`${removed}.`)) return { path, rule: info.rule, fix: info.fix };
    }
    return void 0;
  };
  const whole = moduleGone(module);
  if (whole) return [whole];
  const out = [];
  for (const name of names) {
    const fix = REMOVED_NAMES[module]?.[name];
    if (fix) out.push({ path: `${module}.${name}`, rule: module === "airflow" || !/operators\.sql|sensors\.sql/.test(module) ? "AIR301" : "AIR302", fix });
    else {
      const submodule = moduleGone(`${module}.${name}`);
      if (submodule) out.push(submodule);
    }
  }
  return out;
}

// src/dags/data/airflow-core-names.json
var airflow_core_names_default = {
  $comment: "Modules of Airflow core (airflow.*, not airflow.providers.*) in apache/airflow 2.10.5 and the names `from module import name` succeeds for (space-separated, dunder names left out; null: the module exists, its names are not known; aliases: the deprecated alias modules without a file, with the longest module path their names moved to; detached: submodules besides the aliases (which all are) that are no attribute of their package; unlocated: namespace packages; shadowed: submodules whose package attribute of that name is another object; attributeErrors: the AttributeError wording of modules with their own __getattr__, besides the aliases' `The module `'m'` has no attribute `'name'``). Generated by scripts/list-airflow-core-names.py run with that Airflow's Python; see its docstring.",
  version: "2.10.5",
  skipped: [
    "airflow.__main__",
    "airflow.migrations",
    "airflow.example_dags"
  ],
  failed: {
    "airflow.api.auth.backend.basic_auth": "ModuleNotFoundError: No module named 'flask_appbuilder'",
    "airflow.api.auth.backend.kerberos_auth": "ModuleNotFoundError: No module named 'kerberos'",
    "airflow.api_connexion.endpoints.config_endpoint": "ModuleNotFoundError: No module named 'connexion'",
    "airflow.api_connexion.endpoints.connection_endpoint": "ModuleNotFoundError: No module named 'connexion'",
    "airflow.api_connexion.endpoints.dag_endpoint": "ModuleNotFoundError: No module named 'connexion'",
    "airflow.api_connexion.endpoints.dag_parsing": "ModuleNotFoundError: No module named 'connexion'",
    "airflow.api_connexion.endpoints.dag_run_endpoint": "ModuleNotFoundError: No module named 'connexion'",
    "airflow.api_connexion.endpoints.dag_source_endpoint": "ModuleNotFoundError: No module named 'connexion'",
    "airflow.api_connexion.endpoints.dag_stats_endpoint": "ModuleNotFoundError: No module named 'connexion'",
    "airflow.api_connexion.endpoints.dag_warning_endpoint": "ModuleNotFoundError: No module named 'connexion'",
    "airflow.api_connexion.endpoints.dataset_endpoint": "ModuleNotFoundError: No module named 'connexion'",
    "airflow.api_connexion.endpoints.event_log_endpoint": "ModuleNotFoundError: No module named 'connexion'",
    "airflow.api_connexion.endpoints.extra_link_endpoint": "ModuleNotFoundError: No module named 'connexion'",
    "airflow.api_connexion.endpoints.forward_to_fab_endpoint": "ModuleNotFoundError: No module named 'connexion'",
    "airflow.api_connexion.endpoints.import_error_endpoint": "ModuleNotFoundError: No module named 'connexion'",
    "airflow.api_connexion.endpoints.log_endpoint": "ModuleNotFoundError: No module named 'connexion'",
    "airflow.api_connexion.endpoints.plugin_endpoint": "ModuleNotFoundError: No module named 'connexion'",
    "airflow.api_connexion.endpoints.pool_endpoint": "ModuleNotFoundError: No module named 'connexion'",
    "airflow.api_connexion.endpoints.provider_endpoint": "ModuleNotFoundError: No module named 'connexion'",
    "airflow.api_connexion.endpoints.task_endpoint": "ModuleNotFoundError: No module named 'connexion'",
    "airflow.api_connexion.endpoints.task_instance_endpoint": "ModuleNotFoundError: No module named 'connexion'",
    "airflow.api_connexion.endpoints.update_mask": "ModuleNotFoundError: No module named 'connexion'",
    "airflow.api_connexion.endpoints.variable_endpoint": "ModuleNotFoundError: No module named 'connexion'",
    "airflow.api_connexion.endpoints.xcom_endpoint": "ModuleNotFoundError: No module named 'connexion'",
    "airflow.api_connexion.exceptions": "ModuleNotFoundError: No module named 'connexion'",
    "airflow.api_connexion.parameters": "ModuleNotFoundError: No module named 'connexion'",
    "airflow.api_connexion.schemas.common_schema": "ModuleNotFoundError: No module named 'marshmallow_oneofschema'",
    "airflow.api_connexion.schemas.dag_run_schema": "ModuleNotFoundError: No module named 'connexion'",
    "airflow.api_connexion.schemas.dag_schema": "ModuleNotFoundError: No module named 'marshmallow_oneofschema'",
    "airflow.api_connexion.schemas.dataset_schema": "ModuleNotFoundError: No module named 'marshmallow_oneofschema'",
    "airflow.api_connexion.schemas.role_and_permission_schema": "ModuleNotFoundError: No module named 'flask_appbuilder'",
    "airflow.api_connexion.schemas.task_instance_schema": "ModuleNotFoundError: No module named 'connexion'",
    "airflow.api_connexion.schemas.task_schema": "ModuleNotFoundError: No module named 'marshmallow_oneofschema'",
    "airflow.api_connexion.schemas.user_schema": "ModuleNotFoundError: No module named 'connexion'",
    "airflow.api_connexion.security": "ModuleNotFoundError: No module named 'connexion'",
    "airflow.api_internal.endpoints.rpc_api_endpoint": "ModuleNotFoundError: No module named 'connexion'",
    "airflow.auth.managers.base_auth_manager": "ModuleNotFoundError: No module named 'flask_appbuilder'",
    "airflow.auth.managers.fab.api.auth.backend.basic_auth": "ModuleNotFoundError: No module named 'flask_appbuilder'",
    "airflow.auth.managers.fab.api.auth.backend.kerberos_auth": "ModuleNotFoundError: No module named 'requests_kerberos'",
    "airflow.auth.managers.fab.fab_auth_manager": "ModuleNotFoundError: No module named 'connexion'",
    "airflow.auth.managers.fab.security_manager.override": "ModuleNotFoundError: No module named 'flask_appbuilder'",
    "airflow.cli.cli_parser": "ModuleNotFoundError: No module named 'rich_argparse'",
    "airflow.cli.commands.celery_command": "ModuleNotFoundError: No module named 'celery'",
    "airflow.cli.commands.cheat_sheet_command": "ModuleNotFoundError: No module named 'rich_argparse'",
    "airflow.cli.commands.dag_command": "ModuleNotFoundError: No module named 'marshmallow_oneofschema'",
    "airflow.cli.commands.internal_api_command": "ModuleNotFoundError: No module named 'flask_appbuilder'",
    "airflow.cli.commands.kubernetes_command": "ModuleNotFoundError: No module named 'kubernetes'",
    "airflow.config_templates.default_webserver_config": "ModuleNotFoundError: No module named 'flask_appbuilder'",
    "airflow.hooks.dbapi": "ModuleNotFoundError: No module named 'sqlparse'",
    "airflow.kubernetes.pre_7_4_0_compatibility.pod_generator": "ModuleNotFoundError: No module named 'kubernetes'",
    "airflow.kubernetes.pre_7_4_0_compatibility.pod_generator_deprecated": "ModuleNotFoundError: No module named 'kubernetes'",
    "airflow.kubernetes.pre_7_4_0_compatibility.secret": "ModuleNotFoundError: No module named 'kubernetes'",
    "airflow.metrics.otel_logger": "ModuleNotFoundError: No module named 'opentelemetry'",
    "airflow.task.task_runner.cgroup_task_runner": "ModuleNotFoundError: No module named 'cgroupspy'",
    "airflow.traces.otel_tracer": "ModuleNotFoundError: No module named 'opentelemetry'",
    "airflow.www.app": "ModuleNotFoundError: No module named 'flask_appbuilder'",
    "airflow.www.auth": "ModuleNotFoundError: No module named 'flask_appbuilder'",
    "airflow.www.extensions.init_appbuilder": "ModuleNotFoundError: No module named 'flask_appbuilder'",
    "airflow.www.extensions.init_views": "ModuleNotFoundError: No module named 'connexion'",
    "airflow.www.forms": "ModuleNotFoundError: No module named 'flask_appbuilder'",
    "airflow.www.security": "ModuleNotFoundError: No module named 'flask_appbuilder'",
    "airflow.www.security_appless": "ModuleNotFoundError: No module named 'flask_appbuilder'",
    "airflow.www.security_manager": "ModuleNotFoundError: No module named 'flask_limiter'",
    "airflow.www.utils": "ModuleNotFoundError: No module named 'flask_appbuilder'",
    "airflow.www.views": "ModuleNotFoundError: No module named 'configupdater'",
    "airflow.www.widgets": "ModuleNotFoundError: No module named 'flask_appbuilder'"
  },
  aliases: {
    "airflow.config_templates.default_celery": "airflow.providers.celery.executors.default_celery",
    "airflow.contrib.hooks.aws_athena_hook": "airflow.providers.amazon.aws.hooks.athena",
    "airflow.contrib.hooks.aws_datasync_hook": "airflow.providers.amazon.aws.hooks.datasync",
    "airflow.contrib.hooks.aws_dynamodb_hook": "airflow.providers.amazon.aws.hooks.dynamodb",
    "airflow.contrib.hooks.aws_firehose_hook": "airflow.providers.amazon.aws.hooks.kinesis",
    "airflow.contrib.hooks.aws_glue_catalog_hook": "airflow.providers.amazon.aws.hooks.glue_catalog",
    "airflow.contrib.hooks.aws_hook": "airflow.providers.amazon.aws.hooks.base_aws",
    "airflow.contrib.hooks.aws_lambda_hook": "airflow.providers.amazon.aws.hooks.lambda_function",
    "airflow.contrib.hooks.aws_logs_hook": "airflow.providers.amazon.aws.hooks.logs",
    "airflow.contrib.hooks.aws_sns_hook": "airflow.providers.amazon.aws.hooks.sns",
    "airflow.contrib.hooks.aws_sqs_hook": "airflow.providers.amazon.aws.hooks.sqs",
    "airflow.contrib.hooks.azure_container_instance_hook": "airflow.providers.microsoft.azure.hooks.container_instance",
    "airflow.contrib.hooks.azure_container_registry_hook": "airflow.providers.microsoft.azure.hooks.container_registry",
    "airflow.contrib.hooks.azure_container_volume_hook": "airflow.providers.microsoft.azure.hooks.container_volume",
    "airflow.contrib.hooks.azure_cosmos_hook": "airflow.providers.microsoft.azure.hooks.cosmos",
    "airflow.contrib.hooks.azure_data_lake_hook": "airflow.providers.microsoft.azure.hooks.data_lake",
    "airflow.contrib.hooks.azure_fileshare_hook": "airflow.providers.microsoft.azure.hooks.fileshare",
    "airflow.contrib.hooks.bigquery_hook": "airflow.providers.google.cloud.hooks.bigquery",
    "airflow.contrib.hooks.cassandra_hook": "airflow.providers.apache.cassandra.hooks.cassandra",
    "airflow.contrib.hooks.cloudant_hook": "airflow.providers.cloudant.hooks.cloudant",
    "airflow.contrib.hooks.databricks_hook": "airflow.providers.databricks.hooks.databricks",
    "airflow.contrib.hooks.datadog_hook": "airflow.providers.datadog.hooks.datadog",
    "airflow.contrib.hooks.datastore_hook": "airflow.providers.google.cloud.hooks.datastore",
    "airflow.contrib.hooks.dingding_hook": "airflow.providers.dingding.hooks.dingding",
    "airflow.contrib.hooks.discord_webhook_hook": "airflow.providers.discord.hooks.discord_webhook",
    "airflow.contrib.hooks.emr_hook": "airflow.providers.amazon.aws.hooks.emr",
    "airflow.contrib.hooks.fs_hook": "airflow.hooks.filesystem",
    "airflow.contrib.hooks.ftp_hook": "airflow.providers.ftp.hooks.ftp",
    "airflow.contrib.hooks.gcp_api_base_hook": "airflow.providers.google.common.hooks.base_google",
    "airflow.contrib.hooks.gcp_bigtable_hook": "airflow.providers.google.cloud.hooks.bigtable",
    "airflow.contrib.hooks.gcp_cloud_build_hook": "airflow.providers.google.cloud.hooks.cloud_build",
    "airflow.contrib.hooks.gcp_compute_hook": "airflow.providers.google.cloud.hooks.compute",
    "airflow.contrib.hooks.gcp_container_hook": "airflow.providers.google.cloud.hooks.kubernetes_engine",
    "airflow.contrib.hooks.gcp_dataflow_hook": "airflow.providers.google.cloud.hooks.dataflow",
    "airflow.contrib.hooks.gcp_dataproc_hook": "airflow.providers.google.cloud.hooks.dataproc",
    "airflow.contrib.hooks.gcp_dlp_hook": "airflow.providers.google.cloud.hooks.dlp",
    "airflow.contrib.hooks.gcp_function_hook": "airflow.providers.google.cloud.hooks.functions",
    "airflow.contrib.hooks.gcp_kms_hook": "airflow.providers.google.cloud.hooks.kms",
    "airflow.contrib.hooks.gcp_mlengine_hook": "airflow.providers.google.cloud.hooks.mlengine",
    "airflow.contrib.hooks.gcp_natural_language_hook": "airflow.providers.google.cloud.hooks.natural_language",
    "airflow.contrib.hooks.gcp_pubsub_hook": "airflow.providers.google.cloud.hooks.pubsub",
    "airflow.contrib.hooks.gcp_spanner_hook": "airflow.providers.google.cloud.hooks.spanner",
    "airflow.contrib.hooks.gcp_speech_to_text_hook": "airflow.providers.google.cloud.hooks.speech_to_text",
    "airflow.contrib.hooks.gcp_sql_hook": "airflow.providers.google.cloud.hooks.cloud_sql",
    "airflow.contrib.hooks.gcp_tasks_hook": "airflow.providers.google.cloud.hooks.tasks",
    "airflow.contrib.hooks.gcp_text_to_speech_hook": "airflow.providers.google.cloud.hooks.text_to_speech",
    "airflow.contrib.hooks.gcp_transfer_hook": "airflow.providers.google.cloud.hooks.cloud_storage_transfer_service",
    "airflow.contrib.hooks.gcp_translate_hook": "airflow.providers.google.cloud.hooks.translate",
    "airflow.contrib.hooks.gcp_video_intelligence_hook": "airflow.providers.google.cloud.hooks.video_intelligence",
    "airflow.contrib.hooks.gcp_vision_hook": "airflow.providers.google.cloud.hooks.vision",
    "airflow.contrib.hooks.gcs_hook": "airflow.providers.google.cloud.hooks.gcs",
    "airflow.contrib.hooks.gdrive_hook": "airflow.providers.google.suite.hooks.drive",
    "airflow.contrib.hooks.grpc_hook": "airflow.providers.grpc.hooks.grpc",
    "airflow.contrib.hooks.imap_hook": "airflow.providers.imap.hooks.imap",
    "airflow.contrib.hooks.jenkins_hook": "airflow.providers.jenkins.hooks.jenkins",
    "airflow.contrib.hooks.jira_hook": "airflow.providers.atlassian.jira.hooks.jira",
    "airflow.contrib.hooks.mongo_hook": "airflow.providers.mongo.hooks.mongo",
    "airflow.contrib.hooks.openfaas_hook": "airflow.providers.openfaas.hooks.openfaas",
    "airflow.contrib.hooks.opsgenie_alert_hook": "airflow.providers.opsgenie.hooks.opsgenie",
    "airflow.contrib.hooks.pagerduty_hook": "airflow.providers.pagerduty.hooks.pagerduty",
    "airflow.contrib.hooks.pinot_hook": "airflow.providers.apache.pinot.hooks.pinot",
    "airflow.contrib.hooks.redis_hook": "airflow.providers.redis.hooks.redis",
    "airflow.contrib.hooks.redshift_hook": "airflow.providers.amazon.aws.hooks.redshift_cluster",
    "airflow.contrib.hooks.sagemaker_hook": "airflow.providers.amazon.aws.hooks.sagemaker",
    "airflow.contrib.hooks.salesforce_hook": "airflow.providers.salesforce.hooks.salesforce",
    "airflow.contrib.hooks.segment_hook": "airflow.providers.segment.hooks.segment",
    "airflow.contrib.hooks.sftp_hook": "airflow.providers.sftp.hooks.sftp",
    "airflow.contrib.hooks.slack_webhook_hook": "airflow.providers.slack.hooks.slack_webhook",
    "airflow.contrib.hooks.snowflake_hook": "airflow.providers.snowflake.hooks.snowflake",
    "airflow.contrib.hooks.spark_jdbc_hook": "airflow.providers.apache.spark.hooks.spark_jdbc",
    "airflow.contrib.hooks.spark_sql_hook": "airflow.providers.apache.spark.hooks.spark_sql",
    "airflow.contrib.hooks.spark_submit_hook": "airflow.providers.apache.spark.hooks.spark_submit",
    "airflow.contrib.hooks.ssh_hook": "airflow.providers.ssh.hooks.ssh",
    "airflow.contrib.hooks.vertica_hook": "airflow.providers.vertica.hooks.vertica",
    "airflow.contrib.hooks.wasb_hook": "airflow.providers.microsoft.azure.hooks.wasb",
    "airflow.contrib.hooks.winrm_hook": "airflow.providers.microsoft.winrm.hooks.winrm",
    "airflow.contrib.operators.adls_list_operator": "airflow.providers.microsoft.azure.operators.adls",
    "airflow.contrib.operators.adls_to_gcs": "airflow.providers.google.cloud.transfers.adls_to_gcs",
    "airflow.contrib.operators.aws_athena_operator": "airflow.providers.amazon.aws.operators.athena",
    "airflow.contrib.operators.aws_sqs_publish_operator": "airflow.providers.amazon.aws.operators.sqs",
    "airflow.contrib.operators.awsbatch_operator": "airflow.providers.amazon.aws",
    "airflow.contrib.operators.azure_container_instances_operator": "airflow.providers.microsoft.azure.operators.container_instances",
    "airflow.contrib.operators.azure_cosmos_operator": "airflow.providers.microsoft.azure.operators.cosmos",
    "airflow.contrib.operators.bigquery_check_operator": "airflow.providers.google.cloud.operators.bigquery",
    "airflow.contrib.operators.bigquery_get_data": "airflow.providers.google.cloud.operators.bigquery",
    "airflow.contrib.operators.bigquery_operator": "airflow.providers.google.cloud.operators.bigquery",
    "airflow.contrib.operators.bigquery_table_delete_operator": "airflow.providers.google.cloud.operators.bigquery",
    "airflow.contrib.operators.bigquery_to_bigquery": "airflow.providers.google.cloud.transfers.bigquery_to_bigquery",
    "airflow.contrib.operators.bigquery_to_gcs": "airflow.providers.google.cloud.transfers.bigquery_to_gcs",
    "airflow.contrib.operators.bigquery_to_mysql_operator": "airflow.providers.google.cloud.transfers.bigquery_to_mysql",
    "airflow.contrib.operators.cassandra_to_gcs": "airflow.providers.google.cloud.transfers.cassandra_to_gcs",
    "airflow.contrib.operators.databricks_operator": "airflow.providers.databricks.operators.databricks",
    "airflow.contrib.operators.dataflow_operator": "airflow.providers.google.cloud.operators.dataflow",
    "airflow.contrib.operators.datapipeline_operator": "airflow.providers.google.cloud.operators.datapipeline",
    "airflow.contrib.operators.dataproc_operator": "airflow.providers.google.cloud.operators.dataproc",
    "airflow.contrib.operators.datastore_export_operator": "airflow.providers.google.cloud.operators.datastore",
    "airflow.contrib.operators.datastore_import_operator": "airflow.providers.google.cloud.operators.datastore",
    "airflow.contrib.operators.dingding_operator": "airflow.providers.dingding.operators.dingding",
    "airflow.contrib.operators.discord_webhook_operator": "airflow.providers.discord.operators.discord_webhook",
    "airflow.contrib.operators.docker_swarm_operator": "airflow.providers.docker.operators.docker_swarm",
    "airflow.contrib.operators.druid_operator": "airflow.providers.apache.druid.operators.druid",
    "airflow.contrib.operators.dynamodb_to_s3": "airflow.providers.amazon.aws.transfers.dynamodb_to_s3",
    "airflow.contrib.operators.ecs_operator": "airflow.providers.amazon.aws",
    "airflow.contrib.operators.file_to_gcs": "airflow.providers.google.cloud.transfers.local_to_gcs",
    "airflow.contrib.operators.file_to_wasb": "airflow.providers.microsoft.azure.transfers.local_to_wasb",
    "airflow.contrib.operators.gcp_bigtable_operator": "airflow.providers.google.cloud",
    "airflow.contrib.operators.gcp_cloud_build_operator": "airflow.providers.google.cloud.operators.cloud_build",
    "airflow.contrib.operators.gcp_compute_operator": "airflow.providers.google.cloud.operators.compute",
    "airflow.contrib.operators.gcp_container_operator": "airflow.providers.google.cloud.operators.kubernetes_engine",
    "airflow.contrib.operators.gcp_dlp_operator": "airflow.providers.google.cloud.operators.dlp",
    "airflow.contrib.operators.gcp_function_operator": "airflow.providers.google.cloud.operators.functions",
    "airflow.contrib.operators.gcp_natural_language_operator": "airflow.providers.google.cloud.operators.natural_language",
    "airflow.contrib.operators.gcp_spanner_operator": "airflow.providers.google.cloud.operators.spanner",
    "airflow.contrib.operators.gcp_speech_to_text_operator": "airflow.providers.google.cloud.operators.speech_to_text",
    "airflow.contrib.operators.gcp_sql_operator": "airflow.providers.google.cloud.operators.cloud_sql",
    "airflow.contrib.operators.gcp_tasks_operator": "airflow.providers.google.cloud.operators.tasks",
    "airflow.contrib.operators.gcp_text_to_speech_operator": "airflow.providers.google.cloud.operators.text_to_speech",
    "airflow.contrib.operators.gcp_transfer_operator": "airflow.providers.google.cloud.operators.cloud_storage_transfer_service",
    "airflow.contrib.operators.gcp_translate_operator": "airflow.providers.google.cloud.operators.translate",
    "airflow.contrib.operators.gcp_translate_speech_operator": "airflow.providers.google.cloud.operators.translate_speech",
    "airflow.contrib.operators.gcp_video_intelligence_operator": "airflow.providers.google.cloud.operators.video_intelligence",
    "airflow.contrib.operators.gcp_vision_operator": "airflow.providers.google.cloud.operators.vision",
    "airflow.contrib.operators.gcs_acl_operator": "airflow.providers.google.cloud.operators.gcs",
    "airflow.contrib.operators.gcs_delete_operator": "airflow.providers.google.cloud.operators.gcs",
    "airflow.contrib.operators.gcs_download_operator": "airflow.providers.google.cloud.transfers.gcs_to_local",
    "airflow.contrib.operators.gcs_list_operator": "airflow.providers.google.cloud.operators.gcs",
    "airflow.contrib.operators.gcs_operator": "airflow.providers.google.cloud.operators.gcs",
    "airflow.contrib.operators.gcs_to_bq": "airflow.providers.google.cloud.transfers.gcs_to_bigquery",
    "airflow.contrib.operators.gcs_to_gcs": "airflow.providers.google.cloud.transfers.gcs_to_gcs",
    "airflow.contrib.operators.gcs_to_gdrive_operator": "airflow.providers.google.suite.transfers.gcs_to_gdrive",
    "airflow.contrib.operators.gcs_to_s3": "airflow.providers.amazon.aws.transfers.gcs_to_s3",
    "airflow.contrib.operators.grpc_operator": "airflow.providers.grpc.operators.grpc",
    "airflow.contrib.operators.hive_to_dynamodb": "airflow.providers.amazon.aws.transfers.hive_to_dynamodb",
    "airflow.contrib.operators.imap_attachment_to_s3_operator": "airflow.providers.amazon.aws.transfers.imap_attachment_to_s3",
    "airflow.contrib.operators.jenkins_job_trigger_operator": "airflow.providers.jenkins.operators.jenkins_job_trigger",
    "airflow.contrib.operators.jira_operator": "airflow.providers.atlassian.jira.operators.jira",
    "airflow.contrib.operators.kubernetes_pod_operator": "airflow.providers.cncf.kubernetes.operators.pod",
    "airflow.contrib.operators.mlengine_operator": "airflow.providers.google.cloud.operators.mlengine",
    "airflow.contrib.operators.mongo_to_s3": "airflow.providers.amazon.aws.transfers.mongo_to_s3",
    "airflow.contrib.operators.mssql_to_gcs": "airflow.providers.google.cloud.transfers.mssql_to_gcs",
    "airflow.contrib.operators.mysql_to_gcs": "airflow.providers.google.cloud.transfers.mysql_to_gcs",
    "airflow.contrib.operators.opsgenie_alert_operator": "airflow.providers.opsgenie.operators.opsgenie",
    "airflow.contrib.operators.oracle_to_azure_data_lake_transfer": "airflow.providers.microsoft.azure.transfers.oracle_to_azure_data_lake",
    "airflow.contrib.operators.oracle_to_oracle_transfer": "airflow.providers.oracle.transfers.oracle_to_oracle",
    "airflow.contrib.operators.postgres_to_gcs_operator": "airflow.providers.google.cloud.transfers.postgres_to_gcs",
    "airflow.contrib.operators.pubsub_operator": "airflow.providers.google.cloud.operators.pubsub",
    "airflow.contrib.operators.redis_publish_operator": "airflow.providers.redis.operators.redis_publish",
    "airflow.contrib.operators.s3_to_gcs_operator": "airflow.providers.google.cloud.transfers.s3_to_gcs",
    "airflow.contrib.operators.s3_to_gcs_transfer_operator": "airflow.providers.google.cloud.operators.cloud_storage_transfer_service",
    "airflow.contrib.operators.s3_to_sftp_operator": "airflow.providers.amazon.aws.transfers.s3_to_sftp",
    "airflow.contrib.operators.segment_track_event_operator": "airflow.providers.segment.operators.segment_track_event",
    "airflow.contrib.operators.sftp_operator": "airflow.providers.sftp.operators.sftp",
    "airflow.contrib.operators.sftp_to_s3_operator": "airflow.providers.amazon.aws.transfers.sftp_to_s3",
    "airflow.contrib.operators.slack_webhook_operator": "airflow.providers.slack.operators.slack_webhook",
    "airflow.contrib.operators.snowflake_operator": "airflow.providers.snowflake.operators.snowflake",
    "airflow.contrib.operators.sns_publish_operator": "airflow.providers.amazon.aws.operators.sns",
    "airflow.contrib.operators.spark_jdbc_operator": "airflow.providers.apache.spark.operators.spark_jdbc",
    "airflow.contrib.operators.spark_sql_operator": "airflow.providers.apache.spark.operators.spark_sql",
    "airflow.contrib.operators.spark_submit_operator": "airflow.providers.apache.spark.operators.spark_submit",
    "airflow.contrib.operators.sql_to_gcs": "airflow.providers.google.cloud.transfers.sql_to_gcs",
    "airflow.contrib.operators.ssh_operator": "airflow.providers.ssh.operators.ssh",
    "airflow.contrib.operators.vertica_operator": "airflow.providers.vertica.operators.vertica",
    "airflow.contrib.operators.vertica_to_hive": "airflow.providers.apache.hive.transfers.vertica_to_hive",
    "airflow.contrib.operators.vertica_to_mysql": "airflow.providers.mysql.transfers.vertica_to_mysql",
    "airflow.contrib.operators.wasb_delete_blob_operator": "airflow.providers.microsoft.azure.operators.wasb_delete_blob",
    "airflow.contrib.operators.winrm_operator": "airflow.providers.microsoft.winrm.operators.winrm",
    "airflow.contrib.secrets.aws_secrets_manager": "airflow.providers.amazon.aws.secrets.secrets_manager",
    "airflow.contrib.secrets.aws_systems_manager": "airflow.providers.amazon.aws.secrets.systems_manager",
    "airflow.contrib.secrets.azure_key_vault": "airflow.providers.microsoft.azure.secrets.key_vault",
    "airflow.contrib.secrets.gcp_secrets_manager": "airflow.providers.google.cloud.secrets.secret_manager",
    "airflow.contrib.secrets.hashicorp_vault": "airflow.providers.hashicorp.secrets.vault",
    "airflow.contrib.sensors.aws_athena_sensor": "airflow.providers.amazon.aws.sensors.athena",
    "airflow.contrib.sensors.aws_glue_catalog_partition_sensor": "airflow.providers.amazon.aws.sensors.glue_catalog_partition",
    "airflow.contrib.sensors.aws_redshift_cluster_sensor": "airflow.providers.amazon.aws.sensors.redshift_cluster",
    "airflow.contrib.sensors.aws_sqs_sensor": "airflow.providers.amazon.aws.sensors.sqs",
    "airflow.contrib.sensors.azure_cosmos_sensor": "airflow.providers.microsoft.azure.sensors.cosmos",
    "airflow.contrib.sensors.bash_sensor": "airflow.sensors.bash",
    "airflow.contrib.sensors.bigquery_sensor": "airflow.providers.google.cloud.sensors.bigquery",
    "airflow.contrib.sensors.cassandra_record_sensor": "airflow.providers.apache.cassandra.sensors.record",
    "airflow.contrib.sensors.cassandra_table_sensor": "airflow.providers.apache.cassandra.sensors.table",
    "airflow.contrib.sensors.celery_queue_sensor": "airflow.providers.celery.sensors.celery_queue",
    "airflow.contrib.sensors.datadog_sensor": "airflow.providers.datadog.sensors.datadog",
    "airflow.contrib.sensors.file_sensor": "airflow.sensors.filesystem",
    "airflow.contrib.sensors.ftp_sensor": "airflow.providers.ftp.sensors.ftp",
    "airflow.contrib.sensors.gcp_transfer_sensor": "airflow.providers.google.cloud.sensors.cloud_storage_transfer_service",
    "airflow.contrib.sensors.gcs_sensor": "airflow.providers.google.cloud.sensors.gcs",
    "airflow.contrib.sensors.imap_attachment_sensor": "airflow.providers.imap.sensors.imap_attachment",
    "airflow.contrib.sensors.jira_sensor": "airflow.providers.atlassian.jira.sensors.jira",
    "airflow.contrib.sensors.mongo_sensor": "airflow.providers.mongo.sensors.mongo",
    "airflow.contrib.sensors.pubsub_sensor": "airflow.providers.google.cloud.sensors.pubsub",
    "airflow.contrib.sensors.python_sensor": "airflow.sensors.python",
    "airflow.contrib.sensors.redis_key_sensor": "airflow.providers.redis.sensors.redis_key",
    "airflow.contrib.sensors.redis_pub_sub_sensor": "airflow.providers.redis.sensors.redis_pub_sub",
    "airflow.contrib.sensors.sagemaker_training_sensor": "airflow.providers.amazon.aws.sensors.sagemaker",
    "airflow.contrib.sensors.sftp_sensor": "airflow.providers.sftp.sensors.sftp",
    "airflow.contrib.sensors.wasb_sensor": "airflow.providers.microsoft.azure.sensors.wasb",
    "airflow.contrib.sensors.weekday_sensor": "airflow.sensors.weekday",
    "airflow.contrib.task_runner.cgroup_task_runner": "airflow.task.task_runner.cgroup_task_runner",
    "airflow.contrib.utils.gcp_field_sanitizer": "airflow.providers.google.cloud.utils.field_sanitizer",
    "airflow.contrib.utils.gcp_field_validator": "airflow.providers.google.cloud.utils.field_validator",
    "airflow.contrib.utils.log.task_handler_with_custom_formatter": "airflow.utils.log.task_handler_with_custom_formatter",
    "airflow.contrib.utils.mlengine_operator_utils": "airflow.providers.google.cloud.utils.mlengine_operator_utils",
    "airflow.contrib.utils.mlengine_prediction_summary": "airflow.providers.google.cloud.utils.mlengine_prediction_summary",
    "airflow.contrib.utils.sendgrid": "airflow.utils.module_loading",
    "airflow.contrib.utils.weekday": "airflow.utils.weekday",
    "airflow.executors.celery_executor": "airflow.providers.celery.executors",
    "airflow.executors.celery_kubernetes_executor": "airflow.providers.celery.executors.celery_kubernetes_executor",
    "airflow.executors.dask_executor": "airflow.providers.daskexecutor.executors.dask_executor",
    "airflow.executors.kubernetes_executor": "airflow.providers.cncf.kubernetes.executors.kubernetes_executor",
    "airflow.executors.kubernetes_executor_types": "airflow.providers.cncf.kubernetes.executors.kubernetes_executor_types",
    "airflow.executors.kubernetes_executor_utils": "airflow.providers.cncf.kubernetes.executors.kubernetes_executor_utils",
    "airflow.executors.local_kubernetes_executor": "airflow.providers.cncf.kubernetes.executors",
    "airflow.hooks.S3_hook": "airflow.providers.amazon.aws.hooks.s3",
    "airflow.hooks.base_hook": "airflow.hooks.base",
    "airflow.hooks.dbapi_hook": "airflow.providers.common.sql.hooks.sql",
    "airflow.hooks.docker_hook": "airflow.providers.docker.hooks.docker",
    "airflow.hooks.druid_hook": "airflow.providers.apache.druid.hooks.druid",
    "airflow.hooks.hive_hooks": "airflow.providers.apache.hive.hooks.hive",
    "airflow.hooks.http_hook": "airflow.providers.http.hooks.http",
    "airflow.hooks.jdbc_hook": "airflow.providers.jdbc.hooks.jdbc",
    "airflow.hooks.mssql_hook": "airflow.providers.microsoft.mssql.hooks.mssql",
    "airflow.hooks.mysql_hook": "airflow.providers.mysql.hooks.mysql",
    "airflow.hooks.oracle_hook": "airflow.providers.oracle.hooks.oracle",
    "airflow.hooks.pig_hook": "airflow.providers.apache.pig.hooks.pig",
    "airflow.hooks.postgres_hook": "airflow.providers.postgres.hooks.postgres",
    "airflow.hooks.presto_hook": "airflow.providers.presto.hooks.presto",
    "airflow.hooks.samba_hook": "airflow.providers.samba.hooks.samba",
    "airflow.hooks.slack_hook": "airflow.providers.slack.hooks.slack",
    "airflow.hooks.sqlite_hook": "airflow.providers.sqlite.hooks.sqlite",
    "airflow.hooks.webhdfs_hook": "airflow.providers.apache.hdfs.hooks.webhdfs",
    "airflow.hooks.zendesk_hook": "airflow.providers.zendesk.hooks.zendesk",
    "airflow.kubernetes.k8s_model": "airflow.kubernetes.pre_7_4_0_compatibility.k8s_model",
    "airflow.kubernetes.kube_client": "airflow.kubernetes.pre_7_4_0_compatibility.kube_client",
    "airflow.kubernetes.kubernetes_helper_functions": "airflow.providers.cncf.kubernetes.kubernetes_helper_functions",
    "airflow.kubernetes.pod": "airflow.providers.cncf.kubernetes.backcompat.pod",
    "airflow.kubernetes.pod_generator": "airflow.kubernetes.pre_7_4_0_compatibility",
    "airflow.kubernetes.pod_generator_deprecated": "airflow.kubernetes.pre_7_4_0_compatibility.pod_generator_deprecated",
    "airflow.kubernetes.pod_launcher": "airflow.providers.cncf.kubernetes.pod_launcher",
    "airflow.kubernetes.pod_launcher_deprecated": "airflow.providers.cncf.kubernetes",
    "airflow.kubernetes.pod_runtime_info_env": "airflow.providers.cncf.kubernetes.backcompat.pod_runtime_info_env",
    "airflow.kubernetes.secret": "airflow.kubernetes.pre_7_4_0_compatibility",
    "airflow.kubernetes.volume": "airflow.providers.cncf.kubernetes.backcompat.volume",
    "airflow.kubernetes.volume_mount": "airflow.providers.cncf.kubernetes.backcompat.volume_mount",
    "airflow.macros.hive": "airflow.providers.apache.hive.macros.hive",
    "airflow.operators.bash_operator": "airflow.operators.bash",
    "airflow.operators.branch_operator": "airflow.operators.branch",
    "airflow.operators.check_operator": "airflow.providers.common.sql.operators.sql",
    "airflow.operators.dagrun_operator": "airflow.operators.trigger_dagrun",
    "airflow.operators.docker_operator": "airflow.providers.docker.operators.docker",
    "airflow.operators.druid_check_operator": "airflow.providers.apache.druid.operators.druid_check",
    "airflow.operators.dummy": "airflow.operators.empty",
    "airflow.operators.dummy_operator": "airflow.operators.empty",
    "airflow.operators.email_operator": "airflow.operators.email",
    "airflow.operators.gcs_to_s3": "airflow.providers.amazon.aws.transfers.gcs_to_s3",
    "airflow.operators.google_api_to_s3_transfer": "airflow.providers.amazon.aws.transfers.google_api_to_s3",
    "airflow.operators.hive_operator": "airflow.providers.apache.hive.operators.hive",
    "airflow.operators.hive_stats_operator": "airflow.providers.apache.hive.operators.hive_stats",
    "airflow.operators.hive_to_druid": "airflow.providers.apache.druid.transfers.hive_to_druid",
    "airflow.operators.hive_to_mysql": "airflow.providers.apache.hive.transfers.hive_to_mysql",
    "airflow.operators.hive_to_samba_operator": "airflow.providers.apache.hive.transfers.hive_to_samba",
    "airflow.operators.http_operator": "airflow.providers.http.operators.http",
    "airflow.operators.jdbc_operator": "airflow.providers.jdbc.operators.jdbc",
    "airflow.operators.latest_only_operator": "airflow.operators.latest_only",
    "airflow.operators.mssql_operator": "airflow.providers.microsoft.mssql.operators.mssql",
    "airflow.operators.mssql_to_hive": "airflow.providers.apache.hive.transfers.mssql_to_hive",
    "airflow.operators.mysql_operator": "airflow.providers.mysql.operators.mysql",
    "airflow.operators.mysql_to_hive": "airflow.providers.apache.hive.transfers.mysql_to_hive",
    "airflow.operators.oracle_operator": "airflow.providers.oracle.operators.oracle",
    "airflow.operators.papermill_operator": "airflow.providers.papermill.operators.papermill",
    "airflow.operators.pig_operator": "airflow.providers.apache.pig.operators.pig",
    "airflow.operators.postgres_operator": "airflow.providers.postgres.operators.postgres",
    "airflow.operators.presto_check_operator": "airflow.providers.common.sql.operators.sql",
    "airflow.operators.presto_to_mysql": "airflow.providers.mysql.transfers.presto_to_mysql",
    "airflow.operators.python_operator": "airflow.operators.python",
    "airflow.operators.redshift_to_s3_operator": "airflow.providers.amazon.aws.transfers.redshift_to_s3",
    "airflow.operators.s3_file_transform_operator": "airflow.providers.amazon.aws.operators.s3_file_transform",
    "airflow.operators.s3_to_hive_operator": "airflow.providers.apache.hive.transfers.s3_to_hive",
    "airflow.operators.s3_to_redshift_operator": "airflow.providers.amazon.aws.transfers.s3_to_redshift",
    "airflow.operators.slack_operator": "airflow.providers.slack.operators.slack",
    "airflow.operators.sql": "airflow.providers.common.sql.operators.sql",
    "airflow.operators.sql_branch_operator": "airflow.providers.common.sql.operators.sql",
    "airflow.operators.sqlite_operator": "airflow.providers.sqlite.operators.sqlite",
    "airflow.operators.subdag_operator": "airflow.operators.subdag",
    "airflow.sensors.base_sensor_operator": "airflow.sensors.base",
    "airflow.sensors.date_time_sensor": "airflow.sensors.date_time",
    "airflow.sensors.external_task_sensor": "airflow.sensors.external_task",
    "airflow.sensors.hive_partition_sensor": "airflow.providers.apache.hive.sensors.hive_partition",
    "airflow.sensors.http_sensor": "airflow.providers.http.sensors.http",
    "airflow.sensors.metastore_partition_sensor": "airflow.providers.apache.hive.sensors.metastore_partition",
    "airflow.sensors.named_hive_partition_sensor": "airflow.providers.apache.hive.sensors.named_hive_partition",
    "airflow.sensors.s3_key_sensor": "airflow.providers.amazon.aws.sensors.s3",
    "airflow.sensors.sql": "airflow.providers.common.sql.sensors.sql",
    "airflow.sensors.sql_sensor": "airflow.providers.common.sql.sensors.sql",
    "airflow.sensors.time_delta_sensor": "airflow.sensors.time_delta",
    "airflow.sensors.web_hdfs_sensor": "airflow.providers.apache.hdfs.sensors.web_hdfs",
    "airflow.utils.log.cloudwatch_task_handler": "airflow.providers.amazon.aws.log.cloudwatch_task_handler",
    "airflow.utils.log.es_task_handler": "airflow.providers.elasticsearch.log.es_task_handler",
    "airflow.utils.log.gcs_task_handler": "airflow.providers.google.cloud.log.gcs_task_handler",
    "airflow.utils.log.s3_task_handler": "airflow.providers.amazon.aws.log.s3_task_handler",
    "airflow.utils.log.stackdriver_task_handler": "airflow.providers.google.cloud.log.stackdriver_task_handler",
    "airflow.utils.log.wasb_task_handler": "airflow.providers.microsoft.azure.log.wasb_task_handler"
  },
  detached: [],
  unlocated: [
    "airflow.www.static",
    "airflow.www.static.js",
    "airflow.www.static.js.components",
    "airflow.www.static.js.dag",
    "airflow.www.static.js.dag.details",
    "airflow.www.static.js.dag.details.taskInstance",
    "airflow.www.static.js.dag.grid",
    "airflow.www.static.js.datasets",
    "airflow.www.templates"
  ],
  shadowed: [
    "airflow.decorators.task_group"
  ],
  attributeErrors: {
    "airflow.configuration": "module airflow.configuration has no attribute {}",
    "airflow.models.errors": "module airflow.models.errors has no attribute {}",
    "airflow.utils.log.logging_mixin": "module airflow.utils.log.logging_mixin has no attribute {}",
    "airflow.utils.yaml": "module 'yaml' has no attribute '{}'"
  },
  modules: {
    airflow: "AirflowException DAG Dataset PY310 PY311 PY312 PY36 PY37 PY38 PY39 TYPE_CHECKING XComArg __lazy_imports _vendor annotations api api_connexion api_internal auth callbacks cli compat config_templates configuration contrib dag_processing datasets decorators example_dags exceptions executors hooks io jobs kubernetes lineage listeners logging_config macros metrics migrations models notifications operators os plugins_manager policies providers providers_manager secrets security sensors sentry serialization settings stats sys task template templates ti_deps timetables traces triggers typing_compat utils version warnings www",
    "airflow.__main__": null,
    "airflow._vendor": "",
    "airflow.api": "AirflowConfigException AirflowException annotations auth client common conf import_module load_auth log logging",
    "airflow.api.auth": "backend",
    "airflow.api.auth.backend": "basic_auth default deny_all kerberos_auth session",
    "airflow.api.auth.backend.basic_auth": null,
    "airflow.api.auth.backend.default": "Any CLIENT_AUTH Callable T TypeVar annotations cast init_app requires_authentication wraps",
    "airflow.api.auth.backend.deny_all": "Any CLIENT_AUTH Callable Response T TypeVar annotations cast init_app requires_authentication wraps",
    "airflow.api.auth.backend.kerberos_auth": null,
    "airflow.api.auth.backend.session": "Any CLIENT_AUTH Callable RemovedInAirflow3Warning Response T TypeVar annotations cast get_auth_manager init_app requires_authentication warnings wraps",
    "airflow.api.client": "TYPE_CHECKING annotations api api_client conf get_current_api_client import_module json_client local_client",
    "airflow.api.client.api_client": "Client annotations httpx",
    "airflow.api.client.json_client": "Client annotations api_client urljoin",
    "airflow.api.client.local_client": "AirflowBadRequest Client Pool PoolNotFound annotations api_client delete_dag get_lineage_api trigger_dag",
    "airflow.api.common": "airflow_health delete_dag experimental mark_tasks trigger_dag",
    "airflow.api.common.airflow_health": "Any DagProcessorJobRunner HEALTHY SchedulerJobRunner TriggererJobRunner UNHEALTHY annotations get_airflow_health",
    "airflow.api.common.delete_dag": "AirflowException DagModel DagNotFound NEW_SESSION ParseImportError SerializedDagModel TYPE_CHECKING TaskFail TaskInstanceState and_ annotations delete delete_dag get_sqla_model_classes log logging models or_ provide_session select",
    "airflow.api.common.experimental": "DagBag DagModel DagNotFound DagRunNotFound TYPE_CHECKING TaskNotFound annotations check_and_get_dag check_and_get_dagrun delete_dag get_code get_dag_run_state get_dag_runs get_lineage get_task get_task_instance mark_tasks pool trigger_dag",
    "airflow.api.common.experimental.delete_dag": "AirflowException DagModel DagNotFound NEW_SESSION ParseImportError SerializedDagModel TYPE_CHECKING TaskFail TaskInstanceState and_ annotations delete delete_dag get_sqla_model_classes log logging models or_ provide_session select warnings",
    "airflow.api.common.experimental.get_code": "AirflowException DagCode DagCodeNotFound RemovedInAirflow3Warning annotations check_and_get_dag deprecated get_code",
    "airflow.api.common.experimental.get_dag_run_state": "RemovedInAirflow3Warning TYPE_CHECKING annotations check_and_get_dag check_and_get_dagrun deprecated get_dag_run_state",
    "airflow.api.common.experimental.get_dag_runs": "Any DagRun DagRunState annotations check_and_get_dag get_dag_runs url_for",
    "airflow.api.common.experimental.get_lineage": "Any NEW_SESSION PIPELINE_INLETS PIPELINE_OUTLETS TYPE_CHECKING XCom annotations check_and_get_dag check_and_get_dagrun defaultdict get_lineage provide_session",
    "airflow.api.common.experimental.get_task": "RemovedInAirflow3Warning TYPE_CHECKING annotations check_and_get_dag deprecated get_task",
    "airflow.api.common.experimental.get_task_instance": "RemovedInAirflow3Warning TYPE_CHECKING TaskInstance TaskInstanceNotFound annotations check_and_get_dag check_and_get_dagrun deprecated get_task_instance",
    "airflow.api.common.experimental.mark_tasks": "_create_dagruns annotations set_dag_run_state_to_failed set_dag_run_state_to_running set_dag_run_state_to_success set_state warnings",
    "airflow.api.common.experimental.pool": "AirflowBadRequest NEW_SESSION Pool PoolNotFound RemovedInAirflow3Warning TYPE_CHECKING annotations create_pool delete_pool deprecated get_pool get_pools provide_session select",
    "airflow.api.common.experimental.trigger_dag": "DagBag DagModel DagNotFound DagRun DagRunAlreadyExists DagRunState DagRunType NEW_SESSION TYPE_CHECKING annotations internal_api_call json provide_session timezone trigger_dag warnings",
    "airflow.api.common.mark_tasks": "Collection DagRun DagRunState DagRunType Iterable Iterator NEW_SESSION NamedTuple State SubDagOperator TYPE_CHECKING TaskInstance TaskInstanceState _DagRunInfo __set_dag_run_state_to_running_or_queued _create_dagruns _iter_existing_dag_run_infos _iter_subdag_run_ids _set_dag_run_state all_subdag_tasks_query and_ annotations exactly_one find_task_relatives get_all_dag_task_query get_execution_dates get_run_ids lazyload or_ provide_session select set_dag_run_state_to_failed set_dag_run_state_to_queued set_dag_run_state_to_running set_dag_run_state_to_success set_state timezone verify_dagruns",
    "airflow.api.common.trigger_dag": "DagBag DagModel DagNotFound DagRun DagRunAlreadyExists DagRunState DagRunType NEW_SESSION TYPE_CHECKING _trigger_dag annotations internal_api_call json provide_session timezone trigger_dag",
    "airflow.api_connexion": "endpoints exceptions parameters schemas security types",
    "airflow.api_connexion.endpoints": "config_endpoint connection_endpoint dag_endpoint dag_parsing dag_run_endpoint dag_source_endpoint dag_stats_endpoint dag_warning_endpoint dataset_endpoint event_log_endpoint extra_link_endpoint forward_to_fab_endpoint health_endpoint import_error_endpoint log_endpoint plugin_endpoint pool_endpoint provider_endpoint request_dict task_endpoint task_instance_endpoint update_mask variable_endpoint version_endpoint xcom_endpoint",
    "airflow.api_connexion.endpoints.config_endpoint": null,
    "airflow.api_connexion.endpoints.connection_endpoint": null,
    "airflow.api_connexion.endpoints.dag_endpoint": null,
    "airflow.api_connexion.endpoints.dag_parsing": null,
    "airflow.api_connexion.endpoints.dag_run_endpoint": null,
    "airflow.api_connexion.endpoints.dag_source_endpoint": null,
    "airflow.api_connexion.endpoints.dag_stats_endpoint": null,
    "airflow.api_connexion.endpoints.dag_warning_endpoint": null,
    "airflow.api_connexion.endpoints.dataset_endpoint": null,
    "airflow.api_connexion.endpoints.event_log_endpoint": null,
    "airflow.api_connexion.endpoints.extra_link_endpoint": null,
    "airflow.api_connexion.endpoints.forward_to_fab_endpoint": null,
    "airflow.api_connexion.endpoints.health_endpoint": "TYPE_CHECKING annotations get_airflow_health get_health health_schema",
    "airflow.api_connexion.endpoints.import_error_endpoint": null,
    "airflow.api_connexion.endpoints.log_endpoint": null,
    "airflow.api_connexion.endpoints.plugin_endpoint": null,
    "airflow.api_connexion.endpoints.pool_endpoint": null,
    "airflow.api_connexion.endpoints.provider_endpoint": null,
    "airflow.api_connexion.endpoints.request_dict": "Any Mapping annotations cast get_json_request_dict",
    "airflow.api_connexion.endpoints.task_endpoint": null,
    "airflow.api_connexion.endpoints.task_instance_endpoint": null,
    "airflow.api_connexion.endpoints.update_mask": null,
    "airflow.api_connexion.endpoints.variable_endpoint": null,
    "airflow.api_connexion.endpoints.version_endpoint": "NamedTuple TYPE_CHECKING VersionInfo airflow annotations get_airflow_git_version get_version version_info_schema",
    "airflow.api_connexion.endpoints.xcom_endpoint": null,
    "airflow.api_connexion.exceptions": null,
    "airflow.api_connexion.parameters": null,
    "airflow.api_connexion.schemas": "common_schema config_schema connection_schema dag_run_schema dag_schema dag_source_schema dag_stats_schema dag_warning_schema dataset_schema enum_schemas error_schema event_log_schema health_schema job_schema log_schema plugin_schema pool_schema provider_schema role_and_permission_schema sla_miss_schema task_instance_schema task_schema trigger_schema user_schema variable_schema version_schema xcom_schema",
    "airflow.api_connexion.schemas.common_schema": null,
    "airflow.api_connexion.schemas.config_schema": "Config ConfigOption ConfigOptionSchema ConfigSchema ConfigSection ConfigSectionSchema NamedTuple Schema annotations config_schema fields",
    "airflow.api_connexion.schemas.connection_schema": "Connection ConnectionCollection ConnectionCollectionItemSchema ConnectionCollectionSchema ConnectionSchema ConnectionTestSchema NamedTuple SQLAlchemySchema Schema annotations auto_field connection_collection_item_schema connection_collection_schema connection_schema connection_test_schema fields json",
    "airflow.api_connexion.schemas.dag_run_schema": null,
    "airflow.api_connexion.schemas.dag_schema": null,
    "airflow.api_connexion.schemas.dag_source_schema": "DagSourceSchema Schema annotations dag_source_schema fields",
    "airflow.api_connexion.schemas.dag_stats_schema": "DagStateField DagStatsCollectionSchema DagStatsSchema DagStatsStateSchema Schema annotations dag_stats_collection_schema dag_stats_schema dag_stats_state_schema fields",
    "airflow.api_connexion.schemas.dag_warning_schema": "DagWarning DagWarningCollection DagWarningCollectionSchema DagWarningSchema NamedTuple SQLAlchemySchema Schema annotations auto_field dag_warning_collection_schema dag_warning_schema fields",
    "airflow.api_connexion.schemas.dataset_schema": null,
    "airflow.api_connexion.schemas.enum_schemas": "DagStateField State TaskInstanceStateField annotations fields validate",
    "airflow.api_connexion.schemas.error_schema": "ImportErrorCollection ImportErrorCollectionSchema ImportErrorSchema NamedTuple ParseImportError SQLAlchemySchema Schema annotations auto_field fields import_error_collection_schema import_error_schema",
    "airflow.api_connexion.schemas.event_log_schema": "EventLogCollection EventLogCollectionSchema EventLogSchema Log NamedTuple SQLAlchemySchema Schema annotations auto_field event_log_collection_schema event_log_schema fields",
    "airflow.api_connexion.schemas.health_schema": "BaseInfoSchema DagProcessorInfoSchema HealthInfoSchema MetaDatabaseInfoSchema SchedulerInfoSchema Schema TriggererInfoSchema annotations fields health_schema",
    "airflow.api_connexion.schemas.job_schema": "Job JobSchema SQLAlchemySchema annotations auto_field",
    "airflow.api_connexion.schemas.log_schema": "LogResponseObject LogsSchema NamedTuple Schema annotations fields logs_schema",
    "airflow.api_connexion.schemas.plugin_schema": "NamedTuple PluginCollection PluginCollectionSchema PluginSchema Schema annotations fields plugin_collection_schema plugin_schema",
    "airflow.api_connexion.schemas.pool_schema": "NamedTuple Pool PoolCollection PoolCollectionSchema PoolSchema SQLAlchemySchema Schema annotations auto_field fields pool_collection_schema pool_schema",
    "airflow.api_connexion.schemas.provider_schema": "NamedTuple Provider ProviderCollection ProviderCollectionSchema ProviderSchema Schema TypedDict annotations fields provider_collection_schema provider_schema",
    "airflow.api_connexion.schemas.role_and_permission_schema": null,
    "airflow.api_connexion.schemas.sla_miss_schema": "SQLAlchemySchema SlaMiss SlaMissSchema annotations auto_field",
    "airflow.api_connexion.schemas.task_instance_schema": null,
    "airflow.api_connexion.schemas.task_schema": null,
    "airflow.api_connexion.schemas.trigger_schema": "SQLAlchemySchema Trigger TriggerSchema annotations auto_field fields",
    "airflow.api_connexion.schemas.user_schema": null,
    "airflow.api_connexion.schemas.variable_schema": "Schema VariableCollectionSchema VariableSchema annotations fields variable_collection_schema variable_schema",
    "airflow.api_connexion.schemas.version_schema": "Schema VersionInfoSchema annotations fields version_info_schema",
    "airflow.api_connexion.schemas.xcom_schema": "NamedTuple SQLAlchemySchema Schema XCom XComCollection XComCollectionItemSchema XComCollectionSchema XComSchemaNative XComSchemaString annotations auto_field fields xcom_collection_item_schema xcom_collection_schema xcom_schema_native xcom_schema_string",
    "airflow.api_connexion.security": null,
    "airflow.api_connexion.types": "APIResponse Any Mapping Optional Response Sequence Tuple Union UpdateMask annotations",
    "airflow.api_internal": "endpoints gunicorn_config internal_api_call",
    "airflow.api_internal.endpoints": "health_endpoint rpc_api_endpoint",
    "airflow.api_internal.endpoints.health_endpoint": "annotations health",
    "airflow.api_internal.endpoints.rpc_api_endpoint": null,
    "airflow.api_internal.gunicorn_config": "annotations post_worker_init setproctitle settings",
    "airflow.api_internal.internal_api_call": "AirflowConfigException AirflowException AirflowHttpException Callable HTTPStatus InternalApiConfig JWTSigner NewConnectionError PS ParamSpec RT TypeVar _ENABLE_AIP_44 annotations conf force_traceback_session_for_untrusted_components inspect internal_api_call json logger logging requests tenacity urlparse wraps",
    "airflow.auth": "managers",
    "airflow.auth.managers": "base_auth_manager fab models utils",
    "airflow.auth.managers.base_auth_manager": null,
    "airflow.auth.managers.fab": "api fab_auth_manager security_manager",
    "airflow.auth.managers.fab.api": "auth",
    "airflow.auth.managers.fab.api.auth": "backend",
    "airflow.auth.managers.fab.api.auth.backend": "basic_auth kerberos_auth",
    "airflow.auth.managers.fab.api.auth.backend.basic_auth": null,
    "airflow.auth.managers.fab.api.auth.backend.kerberos_auth": null,
    "airflow.auth.managers.fab.fab_auth_manager": null,
    "airflow.auth.managers.fab.security_manager": "override",
    "airflow.auth.managers.fab.security_manager.override": null,
    "airflow.auth.managers.models": "base_user batch_apis resource_details",
    "airflow.auth.managers.models.base_user": "BaseUser abstractmethod annotations",
    "airflow.auth.managers.models.batch_apis": "IsAuthorizedConnectionRequest IsAuthorizedDagRequest IsAuthorizedPoolRequest IsAuthorizedVariableRequest TYPE_CHECKING TypedDict annotations",
    "airflow.auth.managers.models.resource_details": "AccessView ConfigurationDetails ConnectionDetails DagAccessEntity DagDetails DatasetDetails Enum PoolDetails VariableDetails annotations dataclass",
    "airflow.auth.managers.utils": "fab",
    "airflow.auth.managers.utils.fab": "ACTION_CAN_ACCESS_MENU ACTION_CAN_CREATE ACTION_CAN_DELETE ACTION_CAN_EDIT ACTION_CAN_READ TYPE_CHECKING _MAP_METHOD_NAME_TO_FAB_ACTION_NAME annotations get_fab_action_from_method_map get_method_from_fab_action_map",
    "airflow.callbacks": "base_callback_sink callback_requests database_callback_sink pipe_callback_sink",
    "airflow.callbacks.base_callback_sink": "BaseCallbackSink TYPE_CHECKING annotations",
    "airflow.callbacks.callback_requests": "CallbackRequest DagCallbackRequest SlaCallbackRequest TYPE_CHECKING TaskCallbackRequest TaskInstanceState annotations json",
    "airflow.callbacks.database_callback_sink": "BaseCallbackSink DatabaseCallbackSink DbCallbackRequest NEW_SESSION TYPE_CHECKING annotations provide_session",
    "airflow.callbacks.pipe_callback_sink": "BaseCallbackSink Callable PipeCallbackSink TYPE_CHECKING annotations",
    "airflow.cli": "cli_config cli_parser commands simple_table utils",
    "airflow.cli.cli_config": "ALTERNATIVE_CONN_SPECS_ARGS ARG_ACCESS_LOGFILE ARG_ACCESS_LOGFORMAT ARG_ALLOW_MULTIPLE ARG_ANONYMIZE ARG_BF_IGNORE_DEPENDENCIES ARG_BF_IGNORE_FIRST_DEPENDS_ON_PAST ARG_CAPACITY ARG_CFG_PATH ARG_CLEAR_ONLY ARG_COLOR ARG_COMMENT_OUT_EVERYTHING ARG_CONF ARG_CONN_DESCRIPTION ARG_CONN_EXPORT ARG_CONN_EXPORT_FILE_FORMAT ARG_CONN_EXPORT_FORMAT ARG_CONN_EXTRA ARG_CONN_HOST ARG_CONN_ID ARG_CONN_ID_FILTER ARG_CONN_IMPORT ARG_CONN_JSON ARG_CONN_LOGIN ARG_CONN_OVERWRITE ARG_CONN_PASSWORD ARG_CONN_PORT ARG_CONN_SCHEMA ARG_CONN_SERIALIZATION_FORMAT ARG_CONN_TYPE ARG_CONN_URI ARG_CONTINUE_ON_FAILURES ARG_DAEMON ARG_DAG_ID ARG_DAG_ID_OPT ARG_DAG_ID_REQ_FLAG ARG_DAG_LIST_COLUMNS ARG_DAG_REGEX ARG_DB_CLEANUP_TIMESTAMP ARG_DB_DROP_ARCHIVES ARG_DB_DRY_RUN ARG_DB_EXPORT_FORMAT ARG_DB_FROM_REVISION ARG_DB_FROM_VERSION ARG_DB_OUTPUT_PATH ARG_DB_RESERIALIZE_DAGS ARG_DB_RETRY ARG_DB_RETRY_DELAY ARG_DB_REVISION__DOWNGRADE ARG_DB_REVISION__UPGRADE ARG_DB_SKIP_ARCHIVE ARG_DB_SKIP_INIT ARG_DB_SQL_ONLY ARG_DB_TABLES ARG_DB_USE_MIGRATION_FILES ARG_DB_VERSION__DOWNGRADE ARG_DB_VERSION__UPGRADE ARG_DEBUG ARG_DEFAULT ARG_DEFAULTS ARG_DELAY_ON_LIMIT ARG_DEPENDS_ON_PAST ARG_DESERIALIZE_JSON ARG_DISABLE_RETRY ARG_DONOT_PICKLE ARG_DOWNSTREAM ARG_DO_PICKLE ARG_DRY_RUN ARG_DR_STATE ARG_END_DATE ARG_ENV_VARS ARG_ERROR_LOGFILE ARG_EXCLUDE_PARENTDAG ARG_EXCLUDE_PROVIDERS ARG_EXCLUDE_SUBDAGS ARG_EXECUTION_DATE ARG_EXECUTION_DATE_OPTIONAL ARG_EXECUTION_DATE_OR_RUN_ID ARG_EXECUTION_DATE_OR_RUN_ID_OPTIONAL ARG_EXEC_DATE ARG_FILE_IO ARG_FORCE ARG_FULL ARG_HOSTNAME ARG_IGNORE_ALL_DEPENDENCIES ARG_IGNORE_DEPENDENCIES ARG_IGNORE_DEPENDS_ON_PAST ARG_IMGCAT ARG_IMGCAT_DAGRUN ARG_INCLUDE_DESCRIPTIONS ARG_INCLUDE_ENV_VARS ARG_INCLUDE_EXAMPLES ARG_INCLUDE_SOURCES ARG_INTERACTIVE ARG_INTERNAL_API_ACCESS_LOGFILE ARG_INTERNAL_API_ACCESS_LOGFORMAT ARG_INTERNAL_API_ERROR_LOGFILE ARG_INTERNAL_API_HOSTNAME ARG_INTERNAL_API_PORT ARG_INTERNAL_API_WORKERCLASS ARG_INTERNAL_API_WORKERS ARG_INTERNAL_API_WORKER_TIMEOUT ARG_JOB_HOSTNAME_CALLABLE_FILTER ARG_JOB_HOSTNAME_FILTER ARG_JOB_ID ARG_JOB_LIMIT ARG_JOB_STATE ARG_JOB_TYPE_FILTER ARG_KERBEROS_ONE_TIME_MODE ARG_KEYTAB ARG_LIMIT ARG_LOCAL ARG_LOG_FILE ARG_MAP_INDEX ARG_MARK_SUCCESS ARG_MARK_SUCCESS_PATTERN ARG_MIGRATION_TIMEOUT ARG_MIN_PENDING_MINUTES ARG_NAMESPACE ARG_NO_BACKFILL ARG_NUM_EXECUTIONS ARG_NUM_RUNS ARG_ONLY_FAILED ARG_ONLY_RUNNING ARG_OPTION ARG_OPTIONAL_SECTION ARG_OUTPUT ARG_OUTPUT_PATH ARG_PICKLE ARG_PID ARG_POOL ARG_POOL_DESCRIPTION ARG_POOL_EXPORT ARG_POOL_IMPORT ARG_POOL_INCLUDE_DEFERRED ARG_POOL_NAME ARG_POOL_SLOTS ARG_PORT ARG_POST_MORTEM ARG_PRINCIPAL ARG_PROVIDER_NAME ARG_RAW ARG_READ_FROM_DB ARG_REPLACE_MICRO ARG_RERUN_FAILED_TASKS ARG_RESET_DAG_RUN ARG_REVISION_RANGE ARG_RUN_BACKWARDS ARG_RUN_ID ARG_SAVE ARG_SAVE_DAGRUN ARG_SECTION ARG_SERIALIZE_JSON ARG_SHIP_DAG ARG_SHOW_DAGRUN ARG_SHUT_DOWN_LOGGING ARG_SKIP_SERVE_LOGS ARG_SSL_CERT ARG_SSL_KEY ARG_START_DATE ARG_STDERR ARG_STDOUT ARG_SUBDIR ARG_TASK_ID ARG_TASK_PARAMS ARG_TASK_REGEX ARG_TREAT_DAG_AS_REGEX ARG_TREAT_DAG_ID_AS_REGEX ARG_TREE ARG_UPSTREAM ARG_USE_EXECUTOR ARG_VAR ARG_VAR_ACTION_ON_EXISTING_KEY ARG_VAR_DESCRIPTION ARG_VAR_EXPORT ARG_VAR_IMPORT ARG_VAR_VALUE ARG_VERBOSE ARG_VERSION_RANGE ARG_WITHOUT_GOSSIP ARG_WITHOUT_MINGLE ARG_WORKERCLASS ARG_WORKERS ARG_WORKER_TIMEOUT ARG_YES ActionCommand Arg BUILD_DOCS CLICommand CONFIG_COMMANDS CONNECTIONS_COMMANDS Callable ColorMode DAGS_COMMANDS DAG_CLI_DICT DB_COMMANDS DagRunState DefaultHelpParser GroupCommand Iterable JOBS_COMMANDS JobState KUBERNETES_COMMANDS NamedTuple POOLS_COMMANDS PROVIDERS_COMMANDS TASKS_COMMANDS Union VARIABLES_COMMANDS _ENABLE_AIP_44 _UNSET _remove_dag_id_opt annotations argparse check_legacy_command conf core_commands dag_cli_commands dagrun_states import_string job_states json lazy_load_command lazy_object_proxy os parsedate positive_int settings string_list_type string_lower_type textwrap",
    "airflow.cli.cli_parser": null,
    "airflow.cli.commands": "celery_command cheat_sheet_command config_command connection_command daemon_utils dag_command dag_processor_command db_command info_command internal_api_command jobs_command kerberos_command kubernetes_command legacy_commands plugins_command pool_command provider_command rotate_fernet_key_command scheduler_command standalone_command task_command triggerer_command variable_command version_command webserver_command",
    "airflow.cli.commands.celery_command": null,
    "airflow.cli.commands.cheat_sheet_command": null,
    "airflow.cli.commands.config_command": "AirflowConfigException IniLexer StringIO annotations conf get_terminal_formatter get_value providers_configuration_loaded pygments should_use_colors show_config",
    "airflow.cli.commands.connection_command": "AirflowConsole AirflowNotFoundException Any BaseHook Connection Path ProvidersManager _connection_mapper _connection_to_dict _format_connections _get_connection_types _import_helper _valid_uri alternative_conn_specs annotations cache cli_utils conf connections_add connections_delete connections_export connections_get connections_import connections_list connections_test create_default_connections create_session db_create_default_connections exc helpers is_stdout json load_connections_dict os print_export_output providers_configuration_loaded select suppress_logs_and_warning urlsplit urlunsplit warnings yaml",
    "airflow.cli.commands.daemon_utils": "Callable Namespace TimeoutPIDLockFile annotations check_if_pidfile_process_is_running daemon run_command_with_daemon_option settings setup_locations setup_logging sigint_handler signal sigquit_handler",
    "airflow.cli.commands.dag_command": null,
    "airflow.cli.commands.dag_processor_command": "Any DagFileProcessorManager DagProcessorJobRunner InternalApiConfig Job _create_dag_processor_job_runner annotations cli_utils conf dag_processor log logging providers_configuration_loaded reload_configuration_for_dag_processing run_command_with_daemon_option run_job timedelta",
    "airflow.cli.commands.db_command": "AirflowException InternalApiConfig InvalidVersion NamedTemporaryFile Retrying TYPE_CHECKING _REVISION_HEADS_MAP all_tables annotations check check_migrations cleanup_tables cli_utils config_dict db downgrade drop_archived drop_archived_tables execute_interactive export_archived export_archived_records get_version_revision initdb log logging migratedb os parse_version providers_configuration_loaded resetdb run_cleanup settings shell stop_after_attempt textwrap upgradedb wait_fixed warnings",
    "airflow.cli.commands.info_command": "AirflowConsole AirflowInfo Anonymizer Architecture Enum FileIoException NullAnonymizer OperatingSystem PiiAnonymizer Protocol ProvidersManager _MACHINE_TO_ARCHITECTURE _send_report_to_fileio _upload_text_to_fileio airflow_version annotations configuration getuser httpx locale log logging os platform providers_configuration_loaded show_info subprocess suppress_logs_and_warning sys tenacity urlsplit urlunsplit",
    "airflow.cli.commands.internal_api_command": null,
    "airflow.cli.commands.jobs_command": "Job JobState NEW_SESSION TYPE_CHECKING annotations check get_hostname provide_session providers_configuration_loaded select",
    "airflow.cli.commands.kerberos_command": "KerberosMode annotations cli_utils kerberos krb providers_configuration_loaded run_command_with_daemon_option settings",
    "airflow.cli.commands.kubernetes_command": null,
    "airflow.cli.commands.legacy_commands": "ArgumentError COMMAND_MAP annotations check_legacy_command",
    "airflow.cli.commands.plugins_command": "AirflowConsole Any PluginsDirectorySource _get_name _join_plugins_names annotations dump_plugins get_plugin_info inspect plugins_manager providers_configuration_loaded suppress_logs_and_warning",
    "airflow.cli.commands.pool_command": "AirflowConsole JSONDecodeError PoolNotFound _show_pools annotations cli_utils get_current_api_client json os pool_delete pool_export pool_export_helper pool_get pool_import pool_import_helper pool_list pool_set providers_configuration_loaded suppress_logs_and_warning",
    "airflow.cli.commands.provider_command": "AirflowConsole ERROR_IMPORTING_HOOK ProvidersManager _remove_rst_syntax annotations auth_backend_list auth_managers_list config_list connection_field_behaviours connection_form_widget_list executors_list extra_links_list hooks_list lazy_loaded logging_list notifications_list provider_get providers_configuration_loaded providers_list re2 secrets_backends_list suppress_logs_and_warning sys triggers_list",
    "airflow.cli.commands.rotate_fernet_key_command": "Connection Trigger Variable annotations cli_utils create_session is_sqlalchemy_v1 providers_configuration_loaded rotate_fernet_key rotate_items_in_batches_v1 rotate_items_in_batches_v2 select",
    "airflow.cli.commands.scheduler_command": "ExecutorLoader Job Namespace Process SchedulerJobRunner _run_scheduler_job _serve_health_check _serve_logs annotations cli_utils conf contextmanager log logging process_subdir providers_configuration_loaded run_command_with_daemon_option run_job scheduler serve_health_check settings",
    "airflow.cli.commands.standalone_command": "ExecutorLoader SchedulerJobRunner StandaloneCommand SubCommand TYPE_CHECKING TriggererJobRunner annotations colored conf db deque executor_constants logging most_recent_job os providers_configuration_loaded socket standalone subprocess threading time",
    "airflow.cli.commands.task_command": "AirflowConsole AirflowException CreateIfNecessary DAG DagPickle DagRun DagRunNotFound DagRunState DepContext ExecutorLoader Generator IS_EXECUTOR_CONTAINER IS_K8S_EXECUTOR_POD InternalApiConfig Job Literal LocalTaskJobRunner LoggerMutationHelper NEW_SESSION ParamsDict ParserError Protocol RAW_TASK_UNSUPPORTED_OPTION RedactedIO SCHEDULER_QUEUED_DEPS SUPPORTED_DEBUGGER_MODULES StreamLogWriter TYPE_CHECKING TaskCommandMarker TaskDeferred TaskInstance TaskInstanceNotFound TaskInstancePydantic TaskReturnCode Union _SupportedDebugger _extract_external_executor_id _generate_temporary_run_id _get_dag_run _get_ti _get_ti_db_access _guess_debugger _move_task_handlers_to_root _redirect_stdout_to_ti_log _run_inline_trigger _run_raw_task _run_task_by_executor _run_task_by_local_task_job _run_task_by_selected_method _set_task_deferred_context_var annotations cast cli_utils conf contextmanager create_session functools get_dag get_dag_by_file_location get_dag_by_pickle get_dags get_hostname get_listener_manager importlib internal_api_call json log logging os pendulum provide_session providers_configuration_loaded redirect_stderr redirect_stdout run_job select set_current_task_instance_session settings should_ignore_depends_on_past suppress suppress_logs_and_warning sys task_clear task_failed_deps task_list task_render task_run task_state task_states_for_dag_run task_test textwrap timezone",
    "airflow.cli.commands.triggerer_command": "Generator Job Process TriggererJobRunner _serve_logs annotations cli_utils conf contextmanager partial providers_configuration_loaded run_command_with_daemon_option run_job serve_logs settings triggerer triggerer_run",
    "airflow.cli.commands.variable_command": "AirflowConsole JSONDecodeError Variable annotations cli_utils create_session json os print_export_output provide_session providers_configuration_loaded select suppress_logs_and_warning variables_delete variables_export variables_get variables_import variables_list variables_set",
    "airflow.cli.commands.version_command": "airflow annotations version",
    "airflow.cli.commands.webserver_command": "AirflowException AirflowWebServerTimeout GunicornMonitor LoggingMixin NoReturn Path annotations cli_utils conf log logging md5 os providers_configuration_loaded psutil read_pid_from_pidfile run_command_with_daemon_option settings setup_locations signal sleep subprocess suppress sys textwrap time webserver",
    "airflow.cli.simple_table": "ASCII_DOUBLE_HEAD AirflowConsole Any Callable Console PluginsDirectorySource Sequence SimpleTable Syntax TYPE_CHECKING Table annotations inspect is_data_sequence is_tty json tabulate yaml",
    "airflow.cli.utils": "CliConflictError Collection TYPE_CHECKING annotations io is_stdout print_export_output sys",
    "airflow.compat": "functools",
    "airflow.compat.functools": "annotations cache cached_property sys",
    "airflow.config_templates": "__deprecated_classes add_deprecated_classes airflow_local_settings annotations default_celery default_webserver_config",
    "airflow.config_templates.airflow_local_settings": "AirflowException Any BASE_LOG_FOLDER COLORED_FORMATTER_CLASS COLORED_LOG COLORED_LOG_FORMAT DAG_PROCESSOR_LOG_FORMAT DAG_PROCESSOR_LOG_TARGET DAG_PROCESSOR_MANAGER_LOG_LOCATION DAG_PROCESSOR_MANAGER_LOG_STDOUT DEFAULT_DAG_PARSING_LOGGING_CONFIG DEFAULT_LOGGING_CONFIG EXTRA_LOGGER_NAMES FAB_LOG_LEVEL FILENAME_TEMPLATE LOG_FORMAT LOG_FORMATTER_CLASS LOG_LEVEL PROCESSOR_FILENAME_TEMPLATE PROCESSOR_LOG_FOLDER Path REMOTE_LOGGING annotations conf os urlsplit",
    "airflow.config_templates.default_celery": "DEFAULT_CELERY_CONFIG",
    "airflow.config_templates.default_webserver_config": null,
    "airflow.configuration": "AIRFLOW_CONFIG AIRFLOW_HOME AirflowConfigException AirflowConfigParser Any ConfigOptionsDictType ConfigParser ConfigSectionSourcesType ConfigSourcesType ConfigType DEFAULT_CONFIG DEFAULT_CONFIG_FILE_PATH DEFAULT_SECRETS_SEARCH_PATH Dict ENV_VAR_PREFIX FERNET_KEY Generator IO Iterable JSONDecodeError NoOptionError NoSectionError Pattern SECRET_KEY Set StringIO TEST_CONFIG_FILE_PATH TEST_DAGS_FOLDER TEST_PLUGINS_FOLDER TYPE_CHECKING Tuple Union WEBSERVER_CONFIG WeightRule _DEFAULT_CONFIG _SQLITE3_VERSION_PATTERN _TEST_CONFIG _TEST_DAGS_FOLDER _TEST_PLUGINS_FOLDER _default_config_file_path _deprecated _generate_fernet_key _get_config_value_from_secret_backend _get_empty_set_for_configuration _is_template _parse_sqlite_version annotations as_dict b64encode conf contextlib contextmanager create_default_config_parser create_pre_2_7_defaults datetime deepcopy ensure_secrets_loaded expand_env_var functools get get_airflow_config get_airflow_home get_all_expansion_variables get_custom_secret_backend getboolean getfloat getint getsection has_option import_string initialize_auth_manager initialize_config initialize_secrets_backends itertools json load_standard_airflow_configuration log logging make_group_other_inaccessible multiprocessing os overload parse_version pathlib providers_configuration_loaded re2 remove_option retrieve_configuration_description run_command secrets_backend_list set shlex stat subprocess sys urlsplit warnings write_default_airflow_configuration_if_needed write_webserver_configuration_if_needed yaml",
    "airflow.contrib": "hooks operators secrets sensors task_runner utils",
    "airflow.contrib.hooks": "RemovedInAirflow3Warning __deprecated_classes add_deprecated_classes annotations aws_athena_hook aws_datasync_hook aws_dynamodb_hook aws_firehose_hook aws_glue_catalog_hook aws_hook aws_lambda_hook aws_logs_hook aws_sns_hook aws_sqs_hook azure_container_instance_hook azure_container_registry_hook azure_container_volume_hook azure_cosmos_hook azure_data_lake_hook azure_fileshare_hook bigquery_hook cassandra_hook cloudant_hook databricks_hook datadog_hook datastore_hook dingding_hook discord_webhook_hook emr_hook fs_hook ftp_hook gcp_api_base_hook gcp_bigtable_hook gcp_cloud_build_hook gcp_compute_hook gcp_container_hook gcp_dataflow_hook gcp_dataproc_hook gcp_dlp_hook gcp_function_hook gcp_kms_hook gcp_mlengine_hook gcp_natural_language_hook gcp_pubsub_hook gcp_spanner_hook gcp_speech_to_text_hook gcp_sql_hook gcp_tasks_hook gcp_text_to_speech_hook gcp_transfer_hook gcp_translate_hook gcp_video_intelligence_hook gcp_vision_hook gcs_hook gdrive_hook grpc_hook imap_hook jenkins_hook jira_hook mongo_hook openfaas_hook opsgenie_alert_hook pagerduty_hook pinot_hook redis_hook redshift_hook sagemaker_hook salesforce_hook segment_hook sftp_hook slack_webhook_hook snowflake_hook spark_jdbc_hook spark_sql_hook spark_submit_hook ssh_hook vertica_hook warnings wasb_hook winrm_hook",
    "airflow.contrib.hooks.aws_athena_hook": "AWSAthenaHook",
    "airflow.contrib.hooks.aws_datasync_hook": "AWSDataSyncHook",
    "airflow.contrib.hooks.aws_dynamodb_hook": "AwsDynamoDBHook",
    "airflow.contrib.hooks.aws_firehose_hook": "FirehoseHook",
    "airflow.contrib.hooks.aws_glue_catalog_hook": "AwsGlueCatalogHook",
    "airflow.contrib.hooks.aws_hook": "AwsBaseHook AwsHook _parse_s3_config boto3",
    "airflow.contrib.hooks.aws_lambda_hook": "AwsLambdaHook",
    "airflow.contrib.hooks.aws_logs_hook": "AwsLogsHook",
    "airflow.contrib.hooks.aws_sns_hook": "AwsSnsHook",
    "airflow.contrib.hooks.aws_sqs_hook": "SQSHook SqsHook",
    "airflow.contrib.hooks.azure_container_instance_hook": "AzureContainerInstanceHook",
    "airflow.contrib.hooks.azure_container_registry_hook": "AzureContainerRegistryHook",
    "airflow.contrib.hooks.azure_container_volume_hook": "AzureContainerVolumeHook",
    "airflow.contrib.hooks.azure_cosmos_hook": "AzureCosmosDBHook",
    "airflow.contrib.hooks.azure_data_lake_hook": "AzureDataLakeHook",
    "airflow.contrib.hooks.azure_fileshare_hook": "AzureFileShareHook",
    "airflow.contrib.hooks.bigquery_hook": "BigQueryBaseCursor BigQueryConnection BigQueryCursor BigQueryHook GbqConnector",
    "airflow.contrib.hooks.cassandra_hook": "CassandraHook",
    "airflow.contrib.hooks.cloudant_hook": "CloudantHook",
    "airflow.contrib.hooks.databricks_hook": "CANCEL_RUN_ENDPOINT DatabricksHook GET_RUN_ENDPOINT RESTART_CLUSTER_ENDPOINT RUN_LIFE_CYCLE_STATES RUN_NOW_ENDPOINT RunState START_CLUSTER_ENDPOINT SUBMIT_RUN_ENDPOINT TERMINATE_CLUSTER_ENDPOINT",
    "airflow.contrib.hooks.datadog_hook": "DatadogHook",
    "airflow.contrib.hooks.datastore_hook": "DatastoreHook",
    "airflow.contrib.hooks.dingding_hook": "DingdingHook requests",
    "airflow.contrib.hooks.discord_webhook_hook": "DiscordWebhookHook",
    "airflow.contrib.hooks.emr_hook": "EmrHook",
    "airflow.contrib.hooks.fs_hook": "FSHook",
    "airflow.contrib.hooks.ftp_hook": "FTPHook FTPSHook",
    "airflow.contrib.hooks.gcp_api_base_hook": "GoogleBaseHook GoogleCloudBaseHook",
    "airflow.contrib.hooks.gcp_bigtable_hook": "BigtableHook",
    "airflow.contrib.hooks.gcp_cloud_build_hook": "CloudBuildHook",
    "airflow.contrib.hooks.gcp_compute_hook": "ComputeEngineHook GceHook",
    "airflow.contrib.hooks.gcp_container_hook": "GKEClusterHook GKEHook",
    "airflow.contrib.hooks.gcp_dataflow_hook": "DataFlowHook DataflowHook",
    "airflow.contrib.hooks.gcp_dataproc_hook": "DataProcHook DataprocHook",
    "airflow.contrib.hooks.gcp_dlp_hook": "CloudDLPHook DlpJob",
    "airflow.contrib.hooks.gcp_function_hook": "CloudFunctionsHook GcfHook",
    "airflow.contrib.hooks.gcp_kms_hook": "CloudKMSHook GoogleCloudKMSHook",
    "airflow.contrib.hooks.gcp_mlengine_hook": "MLEngineHook",
    "airflow.contrib.hooks.gcp_natural_language_hook": "CloudNaturalLanguageHook",
    "airflow.contrib.hooks.gcp_pubsub_hook": "PubSubException PubSubHook",
    "airflow.contrib.hooks.gcp_spanner_hook": "CloudSpannerHook SpannerHook",
    "airflow.contrib.hooks.gcp_speech_to_text_hook": "CloudSpeechToTextHook GCPSpeechToTextHook",
    "airflow.contrib.hooks.gcp_sql_hook": "CloudSQLDatabaseHook CloudSQLHook CloudSqlDatabaseHook CloudSqlHook",
    "airflow.contrib.hooks.gcp_tasks_hook": "CloudTasksHook",
    "airflow.contrib.hooks.gcp_text_to_speech_hook": "CloudTextToSpeechHook GCPTextToSpeechHook",
    "airflow.contrib.hooks.gcp_transfer_hook": "CloudDataTransferServiceHook GCPTransferServiceHook",
    "airflow.contrib.hooks.gcp_translate_hook": "CloudTranslateHook",
    "airflow.contrib.hooks.gcp_video_intelligence_hook": "CloudVideoIntelligenceHook",
    "airflow.contrib.hooks.gcp_vision_hook": "CloudVisionHook",
    "airflow.contrib.hooks.gcs_hook": "GCSHook GoogleCloudStorageHook",
    "airflow.contrib.hooks.gdrive_hook": "GoogleDriveHook",
    "airflow.contrib.hooks.grpc_hook": "GrpcHook",
    "airflow.contrib.hooks.imap_hook": "ImapHook Mail MailPart",
    "airflow.contrib.hooks.jenkins_hook": "JenkinsHook",
    "airflow.contrib.hooks.jira_hook": "JiraHook",
    "airflow.contrib.hooks.mongo_hook": "MongoHook",
    "airflow.contrib.hooks.openfaas_hook": "OK_STATUS_CODE OpenFaasHook requests",
    "airflow.contrib.hooks.opsgenie_alert_hook": "OpsgenieAlertHook",
    "airflow.contrib.hooks.pagerduty_hook": "PagerdutyHook",
    "airflow.contrib.hooks.pinot_hook": "PinotAdminHook PinotDbApiHook",
    "airflow.contrib.hooks.redis_hook": "RedisHook",
    "airflow.contrib.hooks.redshift_hook": "RedshiftHook",
    "airflow.contrib.hooks.sagemaker_hook": "LogState Position SageMakerHook argmin secondary_training_status_changed secondary_training_status_message",
    "airflow.contrib.hooks.salesforce_hook": "SalesforceHook pd",
    "airflow.contrib.hooks.segment_hook": "SegmentHook analytics",
    "airflow.contrib.hooks.sftp_hook": "SFTPHook",
    "airflow.contrib.hooks.slack_webhook_hook": "SlackWebhookHook",
    "airflow.contrib.hooks.snowflake_hook": "SnowflakeHook",
    "airflow.contrib.hooks.spark_jdbc_hook": "SparkJDBCHook",
    "airflow.contrib.hooks.spark_sql_hook": "SparkSqlHook",
    "airflow.contrib.hooks.spark_submit_hook": "SparkSubmitHook",
    "airflow.contrib.hooks.ssh_hook": "SSHHook",
    "airflow.contrib.hooks.vertica_hook": "VerticaHook",
    "airflow.contrib.hooks.wasb_hook": "WasbHook",
    "airflow.contrib.hooks.winrm_hook": "WinRMHook",
    "airflow.contrib.operators": "RemovedInAirflow3Warning __deprecated_classes add_deprecated_classes adls_list_operator adls_to_gcs annotations aws_athena_operator aws_sqs_publish_operator awsbatch_operator azure_container_instances_operator azure_cosmos_operator bigquery_check_operator bigquery_get_data bigquery_operator bigquery_table_delete_operator bigquery_to_bigquery bigquery_to_gcs bigquery_to_mysql_operator cassandra_to_gcs databricks_operator dataflow_operator datapipeline_operator dataproc_operator datastore_export_operator datastore_import_operator dingding_operator discord_webhook_operator docker_swarm_operator druid_operator dynamodb_to_s3 ecs_operator file_to_gcs file_to_wasb gcp_bigtable_operator gcp_cloud_build_operator gcp_compute_operator gcp_container_operator gcp_dlp_operator gcp_function_operator gcp_natural_language_operator gcp_spanner_operator gcp_speech_to_text_operator gcp_sql_operator gcp_tasks_operator gcp_text_to_speech_operator gcp_transfer_operator gcp_translate_operator gcp_translate_speech_operator gcp_video_intelligence_operator gcp_vision_operator gcs_acl_operator gcs_delete_operator gcs_download_operator gcs_list_operator gcs_operator gcs_to_bq gcs_to_gcs gcs_to_gdrive_operator gcs_to_s3 grpc_operator hive_to_dynamodb imap_attachment_to_s3_operator jenkins_job_trigger_operator jira_operator kubernetes_pod_operator mlengine_operator mongo_to_s3 mssql_to_gcs mysql_to_gcs opsgenie_alert_operator oracle_to_azure_data_lake_transfer oracle_to_oracle_transfer postgres_to_gcs_operator pubsub_operator redis_publish_operator s3_to_gcs_operator s3_to_gcs_transfer_operator s3_to_sftp_operator segment_track_event_operator sftp_operator sftp_to_s3_operator slack_webhook_operator snowflake_operator sns_publish_operator spark_jdbc_operator spark_sql_operator spark_submit_operator sql_to_gcs ssh_operator vertica_operator vertica_to_hive vertica_to_mysql warnings wasb_delete_blob_operator winrm_operator",
    "airflow.contrib.operators.adls_list_operator": "ADLSListOperator AzureDataLakeStorageListOperator",
    "airflow.contrib.operators.adls_to_gcs": "ADLSToGCSOperator AdlsToGoogleCloudStorageOperator",
    "airflow.contrib.operators.aws_athena_operator": "AWSAthenaOperator",
    "airflow.contrib.operators.aws_sqs_publish_operator": "SQSPublishOperator SqsPublishOperator",
    "airflow.contrib.operators.awsbatch_operator": "AWSBatchOperator BatchOperator BatchProtocol",
    "airflow.contrib.operators.azure_container_instances_operator": "AzureContainerInstancesOperator",
    "airflow.contrib.operators.azure_cosmos_operator": "AzureCosmosInsertDocumentOperator",
    "airflow.contrib.operators.bigquery_check_operator": "BigQueryCheckOperator BigQueryIntervalCheckOperator BigQueryValueCheckOperator",
    "airflow.contrib.operators.bigquery_get_data": "BigQueryGetDataOperator",
    "airflow.contrib.operators.bigquery_operator": "BigQueryCreateEmptyDatasetOperator BigQueryCreateEmptyTableOperator BigQueryCreateExternalTableOperator BigQueryDeleteDatasetOperator BigQueryExecuteQueryOperator BigQueryGetDatasetOperator BigQueryGetDatasetTablesOperator BigQueryOperator BigQueryPatchDatasetOperator BigQueryUpdateDatasetOperator BigQueryUpsertTableOperator",
    "airflow.contrib.operators.bigquery_table_delete_operator": "BigQueryDeleteTableOperator BigQueryTableDeleteOperator",
    "airflow.contrib.operators.bigquery_to_bigquery": "BigQueryToBigQueryOperator",
    "airflow.contrib.operators.bigquery_to_gcs": "BigQueryToCloudStorageOperator BigQueryToGCSOperator",
    "airflow.contrib.operators.bigquery_to_mysql_operator": "BigQueryToMySqlOperator",
    "airflow.contrib.operators.cassandra_to_gcs": "CassandraToGCSOperator CassandraToGoogleCloudStorageOperator",
    "airflow.contrib.operators.databricks_operator": "DatabricksRunNowOperator DatabricksSubmitRunOperator",
    "airflow.contrib.operators.dataflow_operator": "DataFlowJavaOperator DataFlowPythonOperator DataflowCreateJavaJobOperator DataflowCreatePythonJobOperator DataflowTemplateOperator DataflowTemplatedJobStartOperator",
    "airflow.contrib.operators.datapipeline_operator": "CreateDataPipelineOperator RunDataPipelineOperator",
    "airflow.contrib.operators.dataproc_operator": "DataProcHadoopOperator DataProcHiveOperator DataProcJobBaseOperator DataProcPigOperator DataProcPySparkOperator DataProcSparkOperator DataProcSparkSqlOperator DataprocClusterCreateOperator DataprocClusterDeleteOperator DataprocClusterScaleOperator DataprocCreateClusterOperator DataprocDeleteClusterOperator DataprocInstantiateInlineWorkflowTemplateOperator DataprocInstantiateWorkflowTemplateOperator DataprocJobBaseOperator DataprocScaleClusterOperator DataprocSubmitHadoopJobOperator DataprocSubmitHiveJobOperator DataprocSubmitPigJobOperator DataprocSubmitPySparkJobOperator DataprocSubmitSparkJobOperator DataprocSubmitSparkSqlJobOperator DataprocWorkflowTemplateInstantiateInlineOperator DataprocWorkflowTemplateInstantiateOperator",
    "airflow.contrib.operators.datastore_export_operator": "CloudDatastoreExportEntitiesOperator DatastoreExportOperator",
    "airflow.contrib.operators.datastore_import_operator": "CloudDatastoreImportEntitiesOperator DatastoreImportOperator",
    "airflow.contrib.operators.dingding_operator": "DingdingOperator",
    "airflow.contrib.operators.discord_webhook_operator": "DiscordWebhookOperator",
    "airflow.contrib.operators.docker_swarm_operator": "DockerSwarmOperator",
    "airflow.contrib.operators.druid_operator": "DruidOperator",
    "airflow.contrib.operators.dynamodb_to_s3": "DynamoDBToS3Operator",
    "airflow.contrib.operators.ecs_operator": "EcsOperator EcsProtocol EcsRunTaskOperator",
    "airflow.contrib.operators.file_to_gcs": "FileToGoogleCloudStorageOperator LocalFilesystemToGCSOperator",
    "airflow.contrib.operators.file_to_wasb": "FileToWasbOperator LocalFilesystemToWasbOperator",
    "airflow.contrib.operators.gcp_bigtable_operator": "BigtableClusterUpdateOperator BigtableCreateInstanceOperator BigtableCreateTableOperator BigtableDeleteInstanceOperator BigtableDeleteTableOperator BigtableInstanceCreateOperator BigtableInstanceDeleteOperator BigtableTableCreateOperator BigtableTableDeleteOperator BigtableTableReplicationCompletedSensor BigtableTableWaitForReplicationSensor BigtableUpdateClusterOperator",
    "airflow.contrib.operators.gcp_cloud_build_operator": "CloudBuildCreateBuildOperator",
    "airflow.contrib.operators.gcp_compute_operator": "ComputeEngineBaseOperator ComputeEngineCopyInstanceTemplateOperator ComputeEngineInstanceGroupUpdateManagerTemplateOperator ComputeEngineSetMachineTypeOperator ComputeEngineStartInstanceOperator ComputeEngineStopInstanceOperator GceBaseOperator GceInstanceGroupManagerUpdateTemplateOperator GceInstanceStartOperator GceInstanceStopOperator GceInstanceTemplateCopyOperator GceSetMachineTypeOperator",
    "airflow.contrib.operators.gcp_container_operator": "GKEClusterCreateOperator GKEClusterDeleteOperator GKECreateClusterOperator GKEDeleteClusterOperator GKEPodOperator GKEStartPodOperator",
    "airflow.contrib.operators.gcp_dlp_operator": "CloudDLPCancelDLPJobOperator CloudDLPCreateDLPJobOperator CloudDLPCreateDeidentifyTemplateOperator CloudDLPCreateInspectTemplateOperator CloudDLPCreateJobTriggerOperator CloudDLPCreateStoredInfoTypeOperator CloudDLPDeidentifyContentOperator CloudDLPDeleteDLPJobOperator CloudDLPDeleteDeidentifyTemplateOperator CloudDLPDeleteDlpJobOperator CloudDLPDeleteInspectTemplateOperator CloudDLPDeleteJobTriggerOperator CloudDLPDeleteStoredInfoTypeOperator CloudDLPGetDLPJobOperator CloudDLPGetDLPJobTriggerOperator CloudDLPGetDeidentifyTemplateOperator CloudDLPGetDlpJobOperator CloudDLPGetInspectTemplateOperator CloudDLPGetJobTripperOperator CloudDLPGetStoredInfoTypeOperator CloudDLPInspectContentOperator CloudDLPListDLPJobsOperator CloudDLPListDeidentifyTemplatesOperator CloudDLPListDlpJobsOperator CloudDLPListInfoTypesOperator CloudDLPListInspectTemplatesOperator CloudDLPListJobTriggersOperator CloudDLPListStoredInfoTypesOperator CloudDLPRedactImageOperator CloudDLPReidentifyContentOperator CloudDLPUpdateDeidentifyTemplateOperator CloudDLPUpdateInspectTemplateOperator CloudDLPUpdateJobTriggerOperator CloudDLPUpdateStoredInfoTypeOperator",
    "airflow.contrib.operators.gcp_function_operator": "CloudFunctionDeleteFunctionOperator CloudFunctionDeployFunctionOperator GcfFunctionDeleteOperator GcfFunctionDeployOperator",
    "airflow.contrib.operators.gcp_natural_language_operator": "CloudLanguageAnalyzeEntitiesOperator CloudLanguageAnalyzeEntitySentimentOperator CloudLanguageAnalyzeSentimentOperator CloudLanguageClassifyTextOperator CloudNaturalLanguageAnalyzeEntitiesOperator CloudNaturalLanguageAnalyzeEntitySentimentOperator CloudNaturalLanguageAnalyzeSentimentOperator CloudNaturalLanguageClassifyTextOperator",
    "airflow.contrib.operators.gcp_spanner_operator": "CloudSpannerInstanceDatabaseDeleteOperator CloudSpannerInstanceDatabaseDeployOperator CloudSpannerInstanceDatabaseQueryOperator CloudSpannerInstanceDatabaseUpdateOperator CloudSpannerInstanceDeleteOperator CloudSpannerInstanceDeployOperator SpannerDeleteDatabaseInstanceOperator SpannerDeleteInstanceOperator SpannerDeployDatabaseInstanceOperator SpannerDeployInstanceOperator SpannerQueryDatabaseInstanceOperator SpannerUpdateDatabaseInstanceOperator",
    "airflow.contrib.operators.gcp_speech_to_text_operator": "CloudSpeechToTextRecognizeSpeechOperator GcpSpeechToTextRecognizeSpeechOperator",
    "airflow.contrib.operators.gcp_sql_operator": "CloudSQLBaseOperator CloudSQLCreateInstanceDatabaseOperator CloudSQLCreateInstanceOperator CloudSQLDeleteInstanceDatabaseOperator CloudSQLDeleteInstanceOperator CloudSQLExecuteQueryOperator CloudSQLExportInstanceOperator CloudSQLImportInstanceOperator CloudSQLInstancePatchOperator CloudSQLPatchInstanceDatabaseOperator CloudSqlBaseOperator CloudSqlInstanceCreateOperator CloudSqlInstanceDatabaseCreateOperator CloudSqlInstanceDatabaseDeleteOperator CloudSqlInstanceDatabasePatchOperator CloudSqlInstanceDeleteOperator CloudSqlInstanceExportOperator CloudSqlInstanceImportOperator CloudSqlInstancePatchOperator CloudSqlQueryOperator",
    "airflow.contrib.operators.gcp_tasks_operator": "CloudTasksQueueCreateOperator CloudTasksQueueDeleteOperator CloudTasksQueueGetOperator CloudTasksQueuePauseOperator CloudTasksQueuePurgeOperator CloudTasksQueueResumeOperator CloudTasksQueueUpdateOperator CloudTasksQueuesListOperator CloudTasksTaskCreateOperator CloudTasksTaskDeleteOperator CloudTasksTaskGetOperator CloudTasksTaskRunOperator CloudTasksTasksListOperator",
    "airflow.contrib.operators.gcp_text_to_speech_operator": "CloudTextToSpeechSynthesizeOperator GcpTextToSpeechSynthesizeOperator",
    "airflow.contrib.operators.gcp_transfer_operator": "CloudDataTransferServiceCancelOperationOperator CloudDataTransferServiceCreateJobOperator CloudDataTransferServiceDeleteJobOperator CloudDataTransferServiceGCSToGCSOperator CloudDataTransferServiceGetOperationOperator CloudDataTransferServiceListOperationsOperator CloudDataTransferServicePauseOperationOperator CloudDataTransferServiceResumeOperationOperator CloudDataTransferServiceS3ToGCSOperator CloudDataTransferServiceUpdateJobOperator GcpTransferServiceJobCreateOperator GcpTransferServiceJobDeleteOperator GcpTransferServiceJobUpdateOperator GcpTransferServiceOperationCancelOperator GcpTransferServiceOperationGetOperator GcpTransferServiceOperationPauseOperator GcpTransferServiceOperationResumeOperator GcpTransferServiceOperationsListOperator GoogleCloudStorageToGoogleCloudStorageTransferOperator S3ToGoogleCloudStorageTransferOperator",
    "airflow.contrib.operators.gcp_translate_operator": "CloudTranslateTextOperator",
    "airflow.contrib.operators.gcp_translate_speech_operator": "CloudTranslateSpeechOperator GcpTranslateSpeechOperator",
    "airflow.contrib.operators.gcp_video_intelligence_operator": "CloudVideoIntelligenceDetectVideoExplicitContentOperator CloudVideoIntelligenceDetectVideoLabelsOperator CloudVideoIntelligenceDetectVideoShotsOperator",
    "airflow.contrib.operators.gcp_vision_operator": "CloudVisionAddProductToProductSetOperator CloudVisionAnnotateImageOperator CloudVisionCreateProductOperator CloudVisionCreateProductSetOperator CloudVisionCreateReferenceImageOperator CloudVisionDeleteProductOperator CloudVisionDeleteProductSetOperator CloudVisionDetectDocumentTextOperator CloudVisionDetectImageLabelsOperator CloudVisionDetectImageSafeSearchOperator CloudVisionDetectTextOperator CloudVisionGetProductOperator CloudVisionGetProductSetOperator CloudVisionImageAnnotateOperator CloudVisionProductCreateOperator CloudVisionProductDeleteOperator CloudVisionProductGetOperator CloudVisionProductSetCreateOperator CloudVisionProductSetDeleteOperator CloudVisionProductSetGetOperator CloudVisionProductSetUpdateOperator CloudVisionProductUpdateOperator CloudVisionReferenceImageCreateOperator CloudVisionRemoveProductFromProductSetOperator CloudVisionTextDetectOperator CloudVisionUpdateProductOperator CloudVisionUpdateProductSetOperator",
    "airflow.contrib.operators.gcs_acl_operator": "GCSBucketCreateAclEntryOperator GCSObjectCreateAclEntryOperator GoogleCloudStorageBucketCreateAclEntryOperator GoogleCloudStorageObjectCreateAclEntryOperator",
    "airflow.contrib.operators.gcs_delete_operator": "GCSDeleteObjectsOperator GoogleCloudStorageDeleteOperator",
    "airflow.contrib.operators.gcs_download_operator": "GCSToLocalFilesystemOperator GoogleCloudStorageDownloadOperator",
    "airflow.contrib.operators.gcs_list_operator": "GCSListObjectsOperator GoogleCloudStorageListOperator",
    "airflow.contrib.operators.gcs_operator": "GCSCreateBucketOperator GoogleCloudStorageCreateBucketOperator",
    "airflow.contrib.operators.gcs_to_bq": "GCSToBigQueryOperator GoogleCloudStorageToBigQueryOperator",
    "airflow.contrib.operators.gcs_to_gcs": "GCSToGCSOperator GoogleCloudStorageToGoogleCloudStorageOperator",
    "airflow.contrib.operators.gcs_to_gdrive_operator": "GCSToGoogleDriveOperator",
    "airflow.contrib.operators.gcs_to_s3": "GCSToS3Operator GoogleCloudStorageToS3Operator",
    "airflow.contrib.operators.grpc_operator": "GrpcOperator",
    "airflow.contrib.operators.hive_to_dynamodb": "HiveToDynamoDBOperator",
    "airflow.contrib.operators.imap_attachment_to_s3_operator": "ImapAttachmentToS3Operator",
    "airflow.contrib.operators.jenkins_job_trigger_operator": "JenkinsJobTriggerOperator",
    "airflow.contrib.operators.jira_operator": "JiraOperator",
    "airflow.contrib.operators.kubernetes_pod_operator": "KubernetesPodOperator",
    "airflow.contrib.operators.mlengine_operator": "MLEngineBatchPredictionOperator MLEngineManageModelOperator MLEngineManageVersionOperator MLEngineModelOperator MLEngineStartBatchPredictionJobOperator MLEngineStartTrainingJobOperator MLEngineTrainingOperator MLEngineVersionOperator",
    "airflow.contrib.operators.mongo_to_s3": "MongoToS3Operator",
    "airflow.contrib.operators.mssql_to_gcs": "MSSQLToGCSOperator MsSqlToGoogleCloudStorageOperator",
    "airflow.contrib.operators.mysql_to_gcs": "MySQLToGCSOperator MySqlToGoogleCloudStorageOperator",
    "airflow.contrib.operators.opsgenie_alert_operator": "OpsgenieAlertOperator OpsgenieCreateAlertOperator",
    "airflow.contrib.operators.oracle_to_azure_data_lake_transfer": "OracleToAzureDataLakeOperator",
    "airflow.contrib.operators.oracle_to_oracle_transfer": "OracleToOracleOperator OracleToOracleTransfer",
    "airflow.contrib.operators.postgres_to_gcs_operator": "PostgresToGCSOperator PostgresToGoogleCloudStorageOperator",
    "airflow.contrib.operators.pubsub_operator": "PubSubCreateSubscriptionOperator PubSubCreateTopicOperator PubSubDeleteSubscriptionOperator PubSubDeleteTopicOperator PubSubPublishMessageOperator PubSubPublishOperator PubSubSubscriptionCreateOperator PubSubSubscriptionDeleteOperator PubSubTopicCreateOperator PubSubTopicDeleteOperator",
    "airflow.contrib.operators.redis_publish_operator": "RedisPublishOperator",
    "airflow.contrib.operators.s3_to_gcs_operator": "S3ToGCSOperator",
    "airflow.contrib.operators.s3_to_gcs_transfer_operator": "CloudDataTransferServiceS3ToGCSOperator",
    "airflow.contrib.operators.s3_to_sftp_operator": "S3ToSFTPOperator",
    "airflow.contrib.operators.segment_track_event_operator": "SegmentTrackEventOperator",
    "airflow.contrib.operators.sftp_operator": "SFTPOperator",
    "airflow.contrib.operators.sftp_to_s3_operator": "SFTPToS3Operator",
    "airflow.contrib.operators.slack_webhook_operator": "SlackWebhookOperator",
    "airflow.contrib.operators.snowflake_operator": "SnowflakeOperator",
    "airflow.contrib.operators.sns_publish_operator": "SnsPublishOperator",
    "airflow.contrib.operators.spark_jdbc_operator": "SparkJDBCOperator SparkSubmitOperator",
    "airflow.contrib.operators.spark_sql_operator": "SparkSqlOperator",
    "airflow.contrib.operators.spark_submit_operator": "SparkSubmitOperator",
    "airflow.contrib.operators.sql_to_gcs": "BaseSQLToGCSOperator BaseSQLToGoogleCloudStorageOperator",
    "airflow.contrib.operators.ssh_operator": "SSHOperator",
    "airflow.contrib.operators.vertica_operator": "VerticaOperator",
    "airflow.contrib.operators.vertica_to_hive": "VerticaToHiveOperator VerticaToHiveTransfer",
    "airflow.contrib.operators.vertica_to_mysql": "VerticaToMySqlOperator VerticaToMySqlTransfer",
    "airflow.contrib.operators.wasb_delete_blob_operator": "WasbDeleteBlobOperator",
    "airflow.contrib.operators.winrm_operator": "WinRMOperator",
    "airflow.contrib.secrets": "RemovedInAirflow3Warning __deprecated_classes add_deprecated_classes annotations aws_secrets_manager aws_systems_manager azure_key_vault gcp_secrets_manager hashicorp_vault warnings",
    "airflow.contrib.secrets.aws_secrets_manager": "SecretsManagerBackend",
    "airflow.contrib.secrets.aws_systems_manager": "SystemsManagerParameterStoreBackend",
    "airflow.contrib.secrets.azure_key_vault": "AzureKeyVaultBackend",
    "airflow.contrib.secrets.gcp_secrets_manager": "CloudSecretManagerBackend CloudSecretsManagerBackend",
    "airflow.contrib.secrets.hashicorp_vault": "VaultBackend",
    "airflow.contrib.sensors": "RemovedInAirflow3Warning __deprecated_classes add_deprecated_classes annotations aws_athena_sensor aws_glue_catalog_partition_sensor aws_redshift_cluster_sensor aws_sqs_sensor azure_cosmos_sensor bash_sensor bigquery_sensor cassandra_record_sensor cassandra_table_sensor celery_queue_sensor datadog_sensor file_sensor ftp_sensor gcp_transfer_sensor gcs_sensor imap_attachment_sensor jira_sensor mongo_sensor pubsub_sensor python_sensor redis_key_sensor redis_pub_sub_sensor sagemaker_training_sensor sftp_sensor warnings wasb_sensor weekday_sensor",
    "airflow.contrib.sensors.aws_athena_sensor": "AthenaSensor",
    "airflow.contrib.sensors.aws_glue_catalog_partition_sensor": "AwsGlueCatalogPartitionSensor",
    "airflow.contrib.sensors.aws_redshift_cluster_sensor": "AwsRedshiftClusterSensor",
    "airflow.contrib.sensors.aws_sqs_sensor": "SQSSensor SqsSensor",
    "airflow.contrib.sensors.azure_cosmos_sensor": "AzureCosmosDocumentSensor",
    "airflow.contrib.sensors.bash_sensor": "BashSensor Popen STDOUT TemporaryDirectory gettempdir",
    "airflow.contrib.sensors.bigquery_sensor": "BigQueryTableExistenceSensor BigQueryTableSensor",
    "airflow.contrib.sensors.cassandra_record_sensor": "CassandraRecordSensor",
    "airflow.contrib.sensors.cassandra_table_sensor": "CassandraTableSensor",
    "airflow.contrib.sensors.celery_queue_sensor": "CeleryQueueSensor",
    "airflow.contrib.sensors.datadog_sensor": "DatadogSensor",
    "airflow.contrib.sensors.file_sensor": "FileSensor",
    "airflow.contrib.sensors.ftp_sensor": "FTPSSensor FTPSensor",
    "airflow.contrib.sensors.gcp_transfer_sensor": "CloudDataTransferServiceJobStatusSensor GCPTransferServiceWaitForJobStatusSensor",
    "airflow.contrib.sensors.gcs_sensor": "GCSObjectExistenceSensor GCSObjectUpdateSensor GCSObjectsWithPrefixExistenceSensor GCSUploadSessionCompleteSensor GoogleCloudStorageObjectSensor GoogleCloudStorageObjectUpdatedSensor GoogleCloudStoragePrefixSensor GoogleCloudStorageUploadSessionCompleteSensor",
    "airflow.contrib.sensors.imap_attachment_sensor": "ImapAttachmentSensor",
    "airflow.contrib.sensors.jira_sensor": "JiraSensor JiraTicketSensor",
    "airflow.contrib.sensors.mongo_sensor": "MongoSensor",
    "airflow.contrib.sensors.pubsub_sensor": "PubSubPullSensor",
    "airflow.contrib.sensors.python_sensor": "PythonSensor",
    "airflow.contrib.sensors.redis_key_sensor": "RedisKeySensor",
    "airflow.contrib.sensors.redis_pub_sub_sensor": "RedisPubSubSensor",
    "airflow.contrib.sensors.sagemaker_training_sensor": "SageMakerHook SageMakerTrainingSensor",
    "airflow.contrib.sensors.sftp_sensor": "SFTPSensor",
    "airflow.contrib.sensors.wasb_sensor": "WasbBlobSensor WasbPrefixSensor",
    "airflow.contrib.sensors.weekday_sensor": "DayOfWeekSensor",
    "airflow.contrib.task_runner": "RemovedInAirflow3Warning __deprecated_classes add_deprecated_classes annotations cgroup_task_runner warnings",
    "airflow.contrib.task_runner.cgroup_task_runner": "CgroupTaskRunner",
    "airflow.contrib.utils": "RemovedInAirflow3Warning __deprecated_classes add_deprecated_classes annotations gcp_field_sanitizer gcp_field_validator log mlengine_operator_utils mlengine_prediction_summary sendgrid warnings weekday",
    "airflow.contrib.utils.gcp_field_sanitizer": "GcpBodyFieldSanitizer GcpFieldSanitizerException",
    "airflow.contrib.utils.gcp_field_validator": "GcpBodyFieldValidator GcpFieldValidationException GcpValidationSpecificationException",
    "airflow.contrib.utils.log": "__deprecated_classes add_deprecated_classes annotations task_handler_with_custom_formatter warnings",
    "airflow.contrib.utils.log.task_handler_with_custom_formatter": "TaskHandlerWithCustomFormatter",
    "airflow.contrib.utils.mlengine_operator_utils": "create_evaluate_ops",
    "airflow.contrib.utils.mlengine_prediction_summary": "JsonCoder MakeSummary",
    "airflow.contrib.utils.sendgrid": "import_string",
    "airflow.contrib.utils.weekday": "WeekDay",
    "airflow.dag_processing": "manager processor",
    "airflow.dag_processing.manager": "Any Callable CallbackRequest DagFileProcessorAgent DagFileProcessorManager DagFileProcessorProcess DagFileStat DagModel DagParsingSignal DagParsingStat DagPriorityParsingRequest DagWarning DbCallbackRequest Iterator LoggingMixin MultiprocessingStartMethodMixin NEW_SESSION NamedTuple ParseImportError Path SecretCache SerializedDagModel SlaCallbackRequest Stats TYPE_CHECKING Trace airflow annotations cast conf datetime datetime_to_nano defaultdict delete deque enum get_hostname import_module importlib inspect internal_api_call kill_child_processes_by_pids list_py_file_paths logging might_contain_dag multiprocessing os prohibit_commit provide_session random reap_process_group reload_configuration_for_dag_processing retry_db_transaction select set_new_process_group setproctitle signal span sys tabulate time timedelta timezone update with_row_locks zipfile",
    "airflow.dag_processing.processor": "AirflowException DAG DR DagBag DagCallbackRequest DagFileProcessor DagFileProcessorProcess DagModel DagWarning DagWarningType Generator InternalApiConfig Iterable Iterator LoggingMixin MultiprocessingStartMethodMixin NEW_SESSION ParseImportError SerializedDagModel SlaCallbackRequest SlaMiss Stats StreamLogWriter TI TYPE_CHECKING TaskCallbackRequest TaskInstance TaskInstanceState TaskNotFound _QueryCounter _run_finished_callback annotations conf contextmanager count_queries dataclass delete event func get_email_address_list get_listener_manager importlib internal_api_call iter_airflow_imports logging might_contain_dag or_ os provide_session redirect_stderr redirect_stdout select send_email set_context setproctitle settings signal suppress threading time timedelta timezone zipfile",
    "airflow.datasets": "Any BaseDataset Callable ClassVar DagDependency Dataset DatasetAlias DatasetAliasEvent DatasetAll DatasetAny Iterable Iterator NEW_SESSION TYPE_CHECKING TypedDict _DatasetAliasCondition _DatasetBooleanCondition _get_normalized_scheme _get_uri_normalizer _sanitize_uri annotations attr cast conf expand_alias_to_datasets extract_event_key internal_api_call manager metadata normalize_noop os provide_session select urllib warnings",
    "airflow.datasets.manager": "DagPriorityParsingRequest DagScheduleDatasetAliasReference DagScheduleDatasetReference Dataset DatasetAliasModel DatasetDagRunQueue DatasetEvent DatasetManager DatasetModel Iterable LoggingMixin NEW_SESSION Stats TYPE_CHECKING annotations conf dataset_manager exc get_listener_manager internal_api_call joinedload provide_session resolve_dataset_manager select",
    "airflow.datasets.metadata": "Any DatasetAlias Metadata TYPE_CHECKING annotations attrs extract_event_key warnings",
    "airflow.decorators": "Any Callable ProvidersManager TaskDecorator TaskDecoratorCollection annotations base bash bash_task branch_external_python branch_external_python_task branch_python branch_task branch_virtualenv branch_virtualenv_task condition dag external_python external_python_task python python_task python_virtualenv run_if sensor sensor_task setup setup_task setup_teardown short_circuit short_circuit_task skip_if task task_group teardown teardown_task virtualenv_task",
    "airflow.decorators.base": "Any BaseOperator Callable ClassVar Collection DEFAULT_RETRIES DEFAULT_RETRY_DELAY DagContext Dataset DecoratedMappedOperator DecoratedOperator DictOfListsExpandInput EXPAND_INPUT_EMPTY ExpandableFactory FParams FReturn Generic Iterator KNOWN_CONTEXT_KEYS ListOfDictsExpandInput MappedOperator Mapping NOTSET OperatorSubclass ParamSpec Pool Protocol Sequence TYPE_CHECKING Task TaskDecorator TaskGroupContext TriggerRule TypeVar XComArg _TaskDecorator annotations attr cached_property cast coerce_resources coerce_timedelta ensure_xcomarg_return_value get_merged_defaults get_unique_task_id inspect is_mappable itertools overload parse_retries prevent_duplicates re2 remove_task_decorator task_decorator_factory textwrap timezone typing_extensions warnings",
    "airflow.decorators.bash": "Any BashOperator Callable Collection Context DecoratedOperator Mapping NOTSET Sequence TaskDecorator _BashDecoratedOperator annotations bash_task context_merge determine_kwargs task_decorator_factory warnings",
    "airflow.decorators.branch_external_python": "BranchExternalPythonOperator Callable TYPE_CHECKING _BranchExternalPythonDecoratedOperator _PythonDecoratedOperator annotations branch_external_python_task task_decorator_factory",
    "airflow.decorators.branch_python": "BranchPythonOperator Callable TYPE_CHECKING _BranchPythonDecoratedOperator _PythonDecoratedOperator annotations branch_task task_decorator_factory",
    "airflow.decorators.branch_virtualenv": "BranchPythonVirtualenvOperator Callable TYPE_CHECKING _BranchPythonVirtualenvDecoratedOperator _PythonDecoratedOperator annotations branch_virtualenv_task task_decorator_factory",
    "airflow.decorators.condition": "AirflowSkipException Any Callable TYPE_CHECKING Task TypeVar _T _TaskDecorator annotations combine_hooks run_if skip_if wrap_skip wraps",
    "airflow.decorators.external_python": "Callable ExternalPythonOperator TYPE_CHECKING _PythonDecoratedOperator _PythonExternalDecoratedOperator annotations external_python_task task_decorator_factory",
    "airflow.decorators.python": "Callable DecoratedOperator PythonOperator Sequence TYPE_CHECKING _PythonDecoratedOperator annotations python_task task_decorator_factory",
    "airflow.decorators.python_virtualenv": "Callable PythonVirtualenvOperator TYPE_CHECKING _PythonDecoratedOperator _PythonVirtualenvDecoratedOperator annotations task_decorator_factory virtualenv_task",
    "airflow.decorators.sensor": "Callable DecoratedSensorOperator PythonSensor Sequence TYPE_CHECKING annotations get_unique_task_id sensor_task task_decorator_factory",
    "airflow.decorators.setup_teardown": "AirflowException BaseOperator Callable ContextWrapper SetupTeardownContext TYPE_CHECKING _TaskGroupFactory annotations context_wrapper python_task setup_task teardown_task types",
    "airflow.decorators.short_circuit": "Callable ShortCircuitOperator TYPE_CHECKING _PythonDecoratedOperator _ShortCircuitDecoratedOperator annotations short_circuit_task task_decorator_factory",
    "airflow.decorators.task_group": "Any Callable ClassVar DAGNode DictOfListsExpandInput ExpandableFactory FParams FReturn Generic ListOfDictsExpandInput MappedArgument MappedTaskGroup Mapping ParamSpec Sequence TYPE_CHECKING TaskGroup TypeVar XComArg _TaskGroupFactory annotations attr functools inspect overload prevent_duplicates task_group task_group_sig warnings",
    "airflow.example_dags": null,
    "airflow.example_dags.example_bash_decorator": null,
    "airflow.example_dags.example_bash_operator": null,
    "airflow.example_dags.example_branch_datetime_operator": null,
    "airflow.example_dags.example_branch_day_of_week_operator": null,
    "airflow.example_dags.example_branch_labels": null,
    "airflow.example_dags.example_branch_operator": null,
    "airflow.example_dags.example_branch_operator_decorator": null,
    "airflow.example_dags.example_branch_python_dop_operator_3": null,
    "airflow.example_dags.example_complex": null,
    "airflow.example_dags.example_dag_decorator": null,
    "airflow.example_dags.example_dataset_alias": null,
    "airflow.example_dags.example_dataset_alias_with_no_taskflow": null,
    "airflow.example_dags.example_datasets": null,
    "airflow.example_dags.example_display_name": null,
    "airflow.example_dags.example_dynamic_task_mapping": null,
    "airflow.example_dags.example_dynamic_task_mapping_with_no_taskflow_operators": null,
    "airflow.example_dags.example_external_task_marker_dag": null,
    "airflow.example_dags.example_inlet_event_extra": null,
    "airflow.example_dags.example_kubernetes_executor": null,
    "airflow.example_dags.example_latest_only": null,
    "airflow.example_dags.example_latest_only_with_trigger": null,
    "airflow.example_dags.example_local_kubernetes_executor": null,
    "airflow.example_dags.example_nested_branch_dag": null,
    "airflow.example_dags.example_outlet_event_extra": null,
    "airflow.example_dags.example_params_trigger_ui": null,
    "airflow.example_dags.example_params_ui_tutorial": null,
    "airflow.example_dags.example_passing_params_via_test_command": null,
    "airflow.example_dags.example_python_decorator": null,
    "airflow.example_dags.example_python_operator": null,
    "airflow.example_dags.example_sensor_decorator": null,
    "airflow.example_dags.example_sensors": null,
    "airflow.example_dags.example_setup_teardown": null,
    "airflow.example_dags.example_setup_teardown_taskflow": null,
    "airflow.example_dags.example_short_circuit_decorator": null,
    "airflow.example_dags.example_short_circuit_operator": null,
    "airflow.example_dags.example_skip_dag": null,
    "airflow.example_dags.example_sla_dag": null,
    "airflow.example_dags.example_subdag_operator": null,
    "airflow.example_dags.example_task_group": null,
    "airflow.example_dags.example_task_group_decorator": null,
    "airflow.example_dags.example_time_delta_sensor_async": null,
    "airflow.example_dags.example_trigger_controller_dag": null,
    "airflow.example_dags.example_trigger_target_dag": null,
    "airflow.example_dags.example_workday_timetable": null,
    "airflow.example_dags.example_xcom": null,
    "airflow.example_dags.example_xcomargs": null,
    "airflow.example_dags.libs": null,
    "airflow.example_dags.libs.helper": null,
    "airflow.example_dags.plugins": null,
    "airflow.example_dags.plugins.decreasing_priority_weight_strategy": null,
    "airflow.example_dags.plugins.event_listener": null,
    "airflow.example_dags.plugins.listener_plugin": null,
    "airflow.example_dags.plugins.workday": null,
    "airflow.example_dags.subdags": null,
    "airflow.example_dags.subdags.subdag": null,
    "airflow.example_dags.tutorial": null,
    "airflow.example_dags.tutorial_dag": null,
    "airflow.example_dags.tutorial_objectstorage": null,
    "airflow.example_dags.tutorial_taskflow_api": null,
    "airflow.example_dags.tutorial_taskflow_api_virtualenv": null,
    "airflow.example_dags.tutorial_taskflow_templates": null,
    "airflow.exceptions": "AirflowBadRequest AirflowClusterPolicyError AirflowClusterPolicySkipDag AirflowClusterPolicyViolation AirflowConfigException AirflowDagCycleException AirflowDagDuplicatedIdException AirflowDagInconsistent AirflowException AirflowFailException AirflowFileParseException AirflowInternalRuntimeError AirflowNotFoundException AirflowOptionalProviderFeatureException AirflowProviderDeprecationWarning AirflowRescheduleException AirflowSensorTimeout AirflowSkipException AirflowTaskTerminated AirflowTaskTimeout AirflowTimetableInvalid AirflowWebServerTimeout Any BackfillUnfinished ConnectionNotUnique DagCodeNotFound DagConcurrencyLimitReached DagFileExists DagNotFound DagRunAlreadyExists DagRunNotFound DeserializingResultError DuplicateTaskIdFound FailStopDagInvalidTriggerRule FileSyntaxError HTTPStatus InvalidStatsNameException NamedTuple NoAvailablePoolSlot ParamValidationError PodMutationHookException PodReconciliationError PoolNotFound RemovedInAirflow3Warning SerializationError TYPE_CHECKING TaskAlreadyInTaskGroup TaskConcurrencyLimitReached TaskDeferralError TaskDeferred TaskInstanceNotFound TaskNotFound TriggerRule UnknownExecutorException UnmappableOperator UnmappableXComLengthPushed UnmappableXComTypePushed XComForMappingNotPushed XComNotFound annotations warnings",
    "airflow.executors": "__deprecated_classes add_deprecated_classes annotations base_executor celery_executor celery_kubernetes_executor dask_executor debug_executor executor_constants executor_loader executor_utils kubernetes_executor kubernetes_executor_types kubernetes_executor_utils local_executor local_kubernetes_executor sequential_executor",
    "airflow.executors.base_executor": "Any BaseExecutor DefaultHelpParser ExecutorLoader List Log LoggingMixin NO_TRACE_ID Optional PARALLELISM RemovedInAirflow3Warning RunningRetryAttemptType Sequence Stats TYPE_CHECKING TaskInstanceState Trace Tuple annotations conf dataclass defaultdict deprecated deque field gen_context gen_span_id_from_ti_key gen_trace_id log logging pendulum span sys warnings",
    "airflow.executors.celery_executor": "CeleryExecutor app",
    "airflow.executors.celery_kubernetes_executor": "CeleryKubernetesExecutor",
    "airflow.executors.dask_executor": "DaskExecutor",
    "airflow.executors.debug_executor": "Any BaseExecutor DebugExecutor TYPE_CHECKING TaskInstanceState annotations threading time",
    "airflow.executors.executor_constants": "CELERY_EXECUTOR CELERY_KUBERNETES_EXECUTOR CORE_EXECUTOR_NAMES ConnectorSource DEBUG_EXECUTOR Enum KUBERNETES_EXECUTOR LOCAL_EXECUTOR LOCAL_KUBERNETES_EXECUTOR MOCK_EXECUTOR SEQUENTIAL_EXECUTOR annotations unique",
    "airflow.executors.executor_loader": "AirflowConfigException CELERY_EXECUTOR CELERY_KUBERNETES_EXECUTOR CORE_EXECUTOR_NAMES ConnectorSource DEBUG_EXECUTOR ExecutorLoader ExecutorName InternalApiConfig KUBERNETES_EXECUTOR LOCAL_EXECUTOR LOCAL_KUBERNETES_EXECUTOR SEQUENTIAL_EXECUTOR TYPE_CHECKING UNPICKLEABLE_EXECUTORS UnknownExecutorException _alias_to_executors _classname_to_executors _executor_names _loaded_executors _module_to_executors annotations functools import_string log logging os suppress",
    "airflow.executors.executor_utils": "CORE_EXECUTOR_NAMES ConnectorSource ExecutorName LoggingMixin annotations",
    "airflow.executors.kubernetes_executor": "KubernetesExecutor",
    "airflow.executors.kubernetes_executor_types": "ALL_NAMESPACES POD_EXECUTOR_DONE_KEY",
    "airflow.executors.kubernetes_executor_utils": "AirflowKubernetesScheduler KubernetesJobWatcher ResourceVersion",
    "airflow.executors.local_executor": "AirflowException Any BaseExecutor Empty LocalExecutor LocalWorker LocalWorkerBase LoggingMixin Manager Optional PARALLELISM Process QueuedLocalWorker TYPE_CHECKING TaskInstanceState Trace Tuple _airflow_parsing_context_manager abstractmethod annotations contextlib getproctitle logging os setproctitle settings span subprocess",
    "airflow.executors.local_kubernetes_executor": "LocalKubernetesExecutor",
    "airflow.executors.sequential_executor": "Any BaseExecutor SequentialExecutor TYPE_CHECKING Trace annotations span subprocess",
    "airflow.hooks": "S3_hook __deprecated_classes add_deprecated_classes annotations base base_hook dbapi dbapi_hook docker_hook druid_hook filesystem hive_hooks http_hook jdbc_hook mssql_hook mysql_hook oracle_hook package_index pig_hook postgres_hook presto_hook samba_hook slack_hook sqlite_hook subprocess webhdfs_hook zendesk_hook",
    "airflow.hooks.S3_hook": "S3Hook provide_bucket_name",
    "airflow.hooks.base": "Any BaseHook DiscoverableHook LoggingMixin Protocol RemovedInAirflow3Warning TYPE_CHECKING annotations log logging warnings",
    "airflow.hooks.base_hook": "BaseHook",
    "airflow.hooks.dbapi": null,
    "airflow.hooks.dbapi_hook": "DbApiHook",
    "airflow.hooks.docker_hook": "DockerHook",
    "airflow.hooks.druid_hook": "DruidDbApiHook DruidHook",
    "airflow.hooks.filesystem": "Any BaseHook FSHook Path annotations",
    "airflow.hooks.hive_hooks": "HIVE_QUEUE_PRIORITIES HiveCliHook HiveMetastoreHook HiveServer2Hook",
    "airflow.hooks.http_hook": "HttpHook",
    "airflow.hooks.jdbc_hook": "JdbcHook jaydebeapi",
    "airflow.hooks.mssql_hook": "MsSqlHook",
    "airflow.hooks.mysql_hook": "MySqlHook",
    "airflow.hooks.oracle_hook": "OracleHook",
    "airflow.hooks.package_index": "Any BaseHook PackageIndexHook annotations quote subprocess urlparse",
    "airflow.hooks.pig_hook": "PigCliHook",
    "airflow.hooks.postgres_hook": "PostgresHook",
    "airflow.hooks.presto_hook": "PrestoHook",
    "airflow.hooks.samba_hook": "SambaHook",
    "airflow.hooks.slack_hook": "SlackHook",
    "airflow.hooks.sqlite_hook": "SqliteHook",
    "airflow.hooks.subprocess": "BaseHook Iterator PIPE Popen STDOUT SubprocessHook SubprocessResult TemporaryDirectory annotations contextlib gettempdir namedtuple os signal working_directory",
    "airflow.hooks.webhdfs_hook": "WebHDFSHook",
    "airflow.hooks.zendesk_hook": "ZendeskHook",
    "airflow.io": "Callable LocalFileSystem Mapping ProvidersManager Stats TYPE_CHECKING _BUILTIN_SCHEME_TO_FS _file _register_filesystems annotations cache get_fs has_fs import_string inspect log logging path store typedef utils",
    "airflow.io.path": "Any CloudPath LoggingMixin Mapping ObjectStoragePath PT TrackingFileWrapper annotations attach contextlib default get_hook_lineage_collector get_upath_class os shutil stat_result stringify_path typing urlsplit",
    "airflow.io.store": "ClassVar ObjectStore TYPE_CHECKING _STORE_CACHE annotations attach cached_property get_fs has_fs qualname suppress",
    "airflow.io.typedef": "Dict Properties annotations",
    "airflow.io.utils": "stat",
    "airflow.io.utils.stat": "S_IFDIR S_IFLNK S_IFREG annotations stat_result",
    "airflow.jobs": "backfill_job_runner base_job_runner dag_processor_job_runner job local_task_job_runner scheduler_job_runner triggerer_job_runner",
    "airflow.jobs.backfill_job_runner": "AirflowException Any BACKFILL_QUEUED_DEPS BackfillJobRunner BackfillUnfinished BaseJobRunner DAG DagConcurrencyLimitReached DagPickle DagRun DagRunInfo DagRunState DagRunType DepContext ExecutorLoader Iterable Iterator Job LoggingMixin Mapping NEW_SESSION NoAvailablePoolSlot OperationalError PoolNotFound Sequence State TYPE_CHECKING TaskConcurrencyLimitReached TaskInstance TaskInstanceState UnknownExecutorException annotations attr case helpers make_transient models or_ pendulum perform_heartbeat provide_session select tabulate time timezone tmp_configuration_copy tuple_ update",
    "airflow.jobs.base_job_runner": "AirflowException BaseJobRunner NEW_SESSION TYPE_CHECKING annotations provide_session",
    "airflow.jobs.dag_processor_job_runner": "Any BaseJobRunner DagProcessorJobRunner Job LoggingMixin TYPE_CHECKING annotations empty_callback perform_heartbeat",
    "airflow.jobs.job": "AirflowException Base Callable Column ExecutorLoader ID_LEN Index Integer Job JobPydantic JobState LoggingMixin NEW_SESSION NoReturn OperationalError Stats String TYPE_CHECKING Trace UtcDateTime _resolve_dagrun_model annotations backref cached_property case conf convert_camel_to_snake execute_job foreign get_hostname get_listener_manager getuser health_check_threshold internal_api_call lru_cache make_transient most_recent_job perform_heartbeat provide_session relationship retry_db_transaction run_job select sleep span timezone",
    "airflow.jobs.local_task_job_runner": "AirflowException BaseJobRunner IS_WINDOWS LocalTaskJobRunner LoggingMixin NEW_SESSION SIGSEGV_MESSAGE Stats TYPE_CHECKING TaskInstanceState TaskReturnCode Trace _set_task_deferred_context_var annotations conf get_hostname getuser perform_heartbeat provide_session psutil signal timezone",
    "airflow.jobs.scheduler_job_runner": "Any BaseJobRunner Callable Collection ConcurrencyMap Counter DAG DM DR DagBag DagCallbackRequest DagModel DagRun DagRunState DagRunType DagScheduleDatasetReference DatasetDagRunQueue DatasetEvent DatasetModel DatasetTriggeredTimetable EXECUTION_STATES EventScheduler ExecutorLoader Iterable Iterator Job JobState Log LoggingMixin MAX_DB_RETRIES NEW_SESSION OperationalError Path PipeCallbackSink RemovedInAirflow3Warning SchedulerJobRunner SerializedDagModel SimpleTaskInstance SlaCallbackRequest State Stats TASK_STUCK_IN_QUEUED_RESCHEDULE_EVENT TI TYPE_CHECKING TaskCallbackRequest TaskInstance TaskInstanceState TaskOutletDatasetReference Trace UnknownExecutorException _is_parent_process and_ annotations conf create_session dataclass datetime_to_nano defaultdict delete deprecated deque expression func is_lock_not_available_error itertools lazyload load_only lru_cache make_transient multiprocessing not_ or_ os partial perform_heartbeat prohibit_commit provide_session retry_db_transaction run_with_db_retries select selectinload settings signal span suppress sys text time timedelta timezone trace_utils tuple_in_condition update warnings with_row_locks",
    "airflow.jobs.triggerer_job_runner": "BaseJobRunner DISABLE_LISTENER DISABLE_WRAPPER DropTriggerLogsFilter FileTaskHandler HANDLER_SUPPORTS_TRIGGERER LocalQueueHandler LoggingMixin NEW_SESSION SEND_TRIGGER_END_MARKER SimpleQueue Stats TYPE_CHECKING Trace Trigger TriggerDetails TriggerEvent TriggerMetadataFilter TriggerRunner TriggererHandlerWrapper TriggererJobRunner TypedDict annotations asyncio conf configure_trigger_log_handler copy ctx_indiv_trigger ctx_task_instance ctx_trigger_end ctx_trigger_id deque func import_string logger logging os perform_heartbeat provide_session select setup_queue_listener signal span suppress sys threading time timezone warnings",
    "airflow.kubernetes": "__deprecated_classes __override_deprecated_names add_deprecated_classes annotations k8s_model kube_client kubernetes_helper_functions pod pod_generator pod_generator_deprecated pod_launcher pod_launcher_deprecated pod_runtime_info_env pre_7_4_0_compatibility secret volume volume_mount",
    "airflow.kubernetes.k8s_model": "K8SModel append_to_pod",
    "airflow.kubernetes.kube_client": "_disable_verify_ssl _enable_tcp_keepalive get_kube_client",
    "airflow.kubernetes.kubernetes_helper_functions": "add_pod_suffix annotations_for_logging_task_metadata annotations_to_key create_pod_id get_logs_task_metadata rand_str",
    "airflow.kubernetes.pod": "Port Resources",
    "airflow.kubernetes.pod_generator": "PodDefaults PodGenerator PodGeneratorDeprecated add_pod_suffix datetime_to_label_safe_datestring extend_object_field label_safe_datestring_to_datetime make_safe_label_value merge_objects rand_str",
    "airflow.kubernetes.pod_generator_deprecated": "PodDefaults PodGenerator make_safe_label_value",
    "airflow.kubernetes.pod_launcher": "PodLauncher PodStatus",
    "airflow.kubernetes.pod_launcher_deprecated": "PodDefaults PodLauncher PodStatus get_kube_client",
    "airflow.kubernetes.pod_runtime_info_env": "PodRuntimeInfoEnv",
    "airflow.kubernetes.pre_7_4_0_compatibility": "annotations k8s_model kube_client pod_generator pod_generator_deprecated secret warnings",
    "airflow.kubernetes.pre_7_4_0_compatibility.k8s_model": "ABC K8SModel TYPE_CHECKING abstractmethod annotations append_to_pod reduce",
    "airflow.kubernetes.pre_7_4_0_compatibility.kube_client": "ApiException _enable_tcp_keepalive _import_err annotations conf get_kube_client has_kubernetes log logging urllib3",
    "airflow.kubernetes.pre_7_4_0_compatibility.pod_generator": null,
    "airflow.kubernetes.pre_7_4_0_compatibility.pod_generator_deprecated": null,
    "airflow.kubernetes.pre_7_4_0_compatibility.secret": null,
    "airflow.kubernetes.secret": "K8SModel Secret",
    "airflow.kubernetes.volume": "Volume",
    "airflow.kubernetes.volume_mount": "VolumeMount",
    "airflow.lineage": "AUTO Any Callable LineageBackend PIPELINE_INLETS PIPELINE_OUTLETS T TYPE_CHECKING TypeVar _render_object annotations apply_lineage backend cast conf create_session entities get_backend hook log logging prepare_lineage wraps",
    "airflow.lineage.backend": "LineageBackend TYPE_CHECKING annotations",
    "airflow.lineage.entities": "Any ClassVar Column File Table Tag User annotations attr default_if_none",
    "airflow.lineage.hook": "Dataset DatasetLineageInfo HookLineage HookLineageCollector HookLineageReader LoggingMixin NoOpCollector ProvidersManager TYPE_CHECKING Union _hook_lineage_collector annotations attr defaultdict get_hook_lineage_collector hashlib json",
    "airflow.listeners": "HookimplMarker annotations hookimpl listener spec",
    "airflow.listeners.listener": "ListenerManager TYPE_CHECKING _listener_manager annotations get_listener_manager integrate_listener_plugins log logging pluggy",
    "airflow.listeners.spec": "dagrun dataset importerrors lifecycle taskinstance",
    "airflow.listeners.spec.dagrun": "HookspecMarker TYPE_CHECKING annotations hookspec on_dag_run_failed on_dag_run_running on_dag_run_success",
    "airflow.listeners.spec.dataset": "HookspecMarker TYPE_CHECKING annotations hookspec on_dataset_changed on_dataset_created",
    "airflow.listeners.spec.importerrors": "HookspecMarker annotations hookspec on_existing_dag_import_error on_new_dag_import_error",
    "airflow.listeners.spec.lifecycle": "HookspecMarker annotations before_stopping hookspec on_starting",
    "airflow.listeners.spec.taskinstance": "HookspecMarker TYPE_CHECKING annotations hookspec on_task_instance_failed on_task_instance_running on_task_instance_success",
    "airflow.logging_config": "AirflowConfigException annotations conf configure_logging dictConfig import_string log logging validate_logging_config warnings",
    "airflow.macros": "Any LC_TIME Locale TYPE_CHECKING __deprecated_classes add_deprecated_classes annotations datetime datetime_diff_for_humans dateutil ds_add ds_format ds_format_locale format_datetime hive json random time timedelta uuid yaml",
    "airflow.macros.hive": "closest_ds_partition max_partition",
    "airflow.metrics": "base_stats_logger datadog_logger otel_logger protocols statsd_logger validators",
    "airflow.metrics.base_stats_logger": "Any NoStatsLogger Protocol StatsLogger TYPE_CHECKING Timer annotations",
    "airflow.metrics.datadog_logger": "AllowListValidator BlockListValidator SafeDogStatsdLogger TYPE_CHECKING Timer annotations conf datetime get_dogstatsd_logger get_validator log logging validate_stat",
    "airflow.metrics.otel_logger": null,
    "airflow.metrics.protocols": "DeltaType Protocol Timer TimerProtocol Union annotations datetime time",
    "airflow.metrics.statsd_logger": "AirflowConfigException AllowListValidator BlockListValidator Callable SafeStatsdLogger T TYPE_CHECKING Timer TypeVar annotations cast conf get_statsd_logger get_validator log logging prepare_stat_with_tags validate_stat wraps",
    "airflow.metrics.validators": "ALLOWED_CHARACTERS AllowListValidator BACK_COMPAT_METRIC_NAMES BACK_COMPAT_METRIC_NAME_PATTERNS BlockListValidator Callable DEFAULT_VALIDATOR_TYPE InvalidStatsNameException Iterable ListValidator MetricNameLengthExemptionWarning OTEL_NAME_MAX_LENGTH Pattern PatternAllowListValidator PatternBlockListValidator RemovedInAirflow3Warning abc annotations cast conf get_current_handler_stat_name_func get_validator log logging partial re2 stat_name_default_handler stat_name_otel_handler string validate_stat warnings wraps",
    "airflow.migrations": null,
    "airflow.migrations.db_types": null,
    "airflow.migrations.env": null,
    "airflow.migrations.utils": null,
    "airflow.migrations.versions": null,
    "airflow.models": "Base BaseOperator BaseOperatorLink Connection DAG DagBag DagModel DagPickle DagRun DagTag DagWarning DbCallbackRequest ID_LEN ImportError Log MappedOperator Operator Param Pool RenderedTaskInstanceFields SkipMixin SlaMiss TYPE_CHECKING TaskFail TaskInstance TaskReschedule Trigger Variable XCom __lazy_imports abstractoperator annotations base baseoperator baseoperatorlink clear_task_instances connection crypto dag dagbag dagcode dagparam dagpickle dagrun dagwarning dataset db_callback_request errors expandinput import_all_models log mappedoperator operator param pool renderedtifields serialized_dag skipmixin slamiss taskfail taskinstance taskinstancehistory taskinstancekey tasklog taskmap taskmixin taskreschedule trigger variable xcom xcom_arg",
    "airflow.models.abstractoperator": "AbstractOperator AirflowException Any ArgNotSet Callable ClassVar Collection Context DAGNode DEFAULT_EXECUTOR DEFAULT_IGNORE_FIRST_DEPENDS_ON_PAST DEFAULT_OWNER DEFAULT_POOL_SLOTS DEFAULT_PRIORITY_WEIGHT DEFAULT_QUEUE DEFAULT_RETRIES DEFAULT_RETRY_DELAY DEFAULT_TASK_EXECUTION_TIMEOUT DEFAULT_TRIGGER_RULE DEFAULT_WAIT_FOR_PAST_DEPENDS_BEFORE_SKIPPING DEFAULT_WEIGHT_RULE DependencyMixin Iterable Iterator MAX_RETRY_DELAY MappedTaskGroup NOTSET NotFullyPopulated NotMapped Sequence SetupTeardownContext State TYPE_CHECKING TaskInstanceState TaskStateChangeCallback Templater TriggerRule WeightRule abstractproperty annotations cached_property conf datetime db_safe_priority exists_query inspect methodtools redact select with_row_locks",
    "airflow.models.base": "Any Base COLLATION_ARGS Column ID_LEN Integer MetaData SQL_ALCHEMY_SCHEMA String StringID TYPE_CHECKING TaskInstanceDependencies _get_schema _sentinel annotations conf get_id_collation_args mapper_registry metadata naming_convention registry text",
    "airflow.models.baseoperator": "AbstractOperator AirflowException Any AttributeRemoved BASEOPERATOR_ARGS_EXPECTED_TYPES BaseOperator BaseOperatorLink BaseOperatorMeta Callable Chainable Collection Context DEFAULT_EXECUTOR DEFAULT_IGNORE_FIRST_DEPENDS_ON_PAST DEFAULT_OWNER DEFAULT_POOL_SLOTS DEFAULT_PRIORITY_WEIGHT DEFAULT_QUEUE DEFAULT_RETRIES DEFAULT_RETRY_DELAY DEFAULT_TASK_EXECUTION_TIMEOUT DEFAULT_TRIGGER_RULE DEFAULT_WAIT_FOR_PAST_DEPENDS_BEFORE_SKIPPING DEFAULT_WEIGHT_RULE DagAttributeTypes DependencyMixin EdgeModifier ExecutionCallableRunner ExecutorSafeguard FailStopDagInvalidTriggerRule FunctionType Iterable MappedTaskUpstreamDep NEW_SESSION NOTSET NoResultFound NoReturn NotInRetryPeriodDep NotPreviouslySkippedDep OperatorPartial ParamsDict Pool PrevDagrunDep PriorityWeightStrategy RemovedInAirflow3Warning Resources ScheduleInterval Sequence SetupTeardownContext T TYPE_CHECKING TaskDeferralError TaskDeferred TaskInstance TaskPostExecuteHook TaskPreExecuteHook TriggerRule TriggerRuleDep TypeVar Union XCOM_RETURN_KEY _PARTIAL_DEFAULTS _PartialDescriptor __deprecated_imports _get_parent_defaults _sentinel abc annotations apply_lineage attr cast chain chain_linear clear_task_instances coerce_resources coerce_timedelta collections conf context_get_outlet_events contextlib copy cross_downstream datetime fixup_decorator_warning_stack functools get_merged_defaults inspect local logger logging parse_retries partial pendulum prepare_lineage provide_session relativedelta select sys timedelta timezone total_ordering validate_and_load_priority_weight_strategy validate_instance_args validate_key validate_mapping_kwargs warnings wraps",
    "airflow.models.baseoperatorlink": "ABCMeta BaseOperatorLink ClassVar TYPE_CHECKING abstractmethod annotations attr",
    "airflow.models.connection": "AirflowException AirflowNotFoundException Any Base Boolean CONN_ID_MAX_LEN Column Connection ID_LEN Integer JSONDecodeError LoggingMixin RE_SANITIZE_CONN_ID RemovedInAirflow3Warning SecretCache String Text _parse_netloc_to_hostname annotations declared_attr ensure_secrets_loaded get_fernet import_string json log logging mask_secret parse_netloc_to_hostname parse_qsl prune_dict quote re2 reconstructor sanitize_conn_id suppress synonym unquote urlencode urlsplit warnings",
    "airflow.models.crypto": "AirflowException FernetProtocol NullFernet Protocol _fernet annotations conf get_fernet log logging",
    "airflow.models.dag": "AbstractOperator AirflowDagInconsistent AirflowException Any ArgNotSet Base BaseDataset BaseOperator Boolean Callable Collection Column Container Context ContinuousTimetable CronDataIntervalTimetable CronTriggerTimetable DAG DAG_ARGS_EXPECTED_TYPES DEFAULT_SCHEDULE_INTERVAL DEFAULT_VIEW_PRESETS DagCode DagContext DagModel DagOwnerAttributes DagParam DagPickle DagRun DagRunInfo DagRunState DagRunType DagStateChangeCallback DagTag DataInterval Dataset DatasetAlias DatasetAliasModel DatasetAll DatasetDagRunQueue DatasetModel DatasetTriggeredTimetable DeltaDataIntervalTimetable DuplicateTaskIdFound EdgeInfoType ExecutorLoader ExitStack FAB_VERSION FailStopDagInvalidTriggerRule ForeignKey Generator InconsistentDataInterval Index Integer Interval Iterable Iterator List LocalFilesystemBackend LogTemplate LoggingMixin NEW_SESSION NOTSET NullTimetable ORIENTATION_PRESETS OnceTimetable ParamValidationError ParamsDict Pattern RUN_ID_REGEX RemovedInAirflow3Warning SLAMissCallback STATICA_HACK ScheduleArg ScheduleInterval ScheduleIntervalArg Select Sequence State Stats String StringID TAG_MAX_LEN TYPE_CHECKING TaskDeferred TaskInstance TaskInstanceKey TaskInstanceState TaskNotFound TaskStateChangeCallback Text TimeRestriction Timetable TriggerRule Union UnknownExecutorException UtcDateTime _create_orm_dagrun _get_model_data_interval _get_or_create_dagrun _run_inline_trigger _run_task _triggerer_is_healthy abc airflow airflow_conf and_ annotations association_proxy asyncio at_most_one backref case cast check_cycle clear_task_instances copy create_timetable cron_presets dag dataset_manager datetime defaultdict deque exactly_one expression fixup_decorator_warning_stack func functools get_dataset_triggered_next_run_info get_last_dagrun hybrid_property internal_api_call itertools jinja2 joinedload json load_only lock_rows log logging not_ or_ os overload packaging_version pathlib pendulum permissions pickle provide_session re2 relationship relativedelta run_job secrets_backend_list select settings signature sqlalchemy_jsonfield sys time timedelta timezone traceback tuple_in_condition update urlsplit utils utils_date_range validate_instance_args validate_key warnings weakref with_row_locks",
    "airflow.models.dagbag": "AirflowClusterPolicyError AirflowClusterPolicySkipDag AirflowClusterPolicyViolation AirflowDagCycleException AirflowDagDuplicatedIdException AirflowException AirflowTaskTimeout Base Column DagBag DagPriorityParsingRequest FileLoadStat LoggingMixin MAX_DB_RETRIES NEW_SESSION NOTSET NamedTuple OperationalError Path RemovedInAirflow3Warning Stats String TYPE_CHECKING annotations capture_with_reraise check_cycle conf correct_maybe_zipped datetime generate_md5_hash get_docs_url get_listener_manager get_unique_dag_module_name hashlib importlib list_py_file_paths might_contain_dag os provide_session run_with_db_retries settings sys tabulate textwrap timedelta timeout timezone traceback warnings zipfile",
    "airflow.models.dagcode": "AirflowException Base BigInteger Collection Column DagCode DagCodeNotFound Iterable MEDIUMTEXT NEW_SESSION String TYPE_CHECKING Text UtcDateTime annotations correct_maybe_zipped datetime delete internal_api_call literal log logging open_maybe_zipped os provide_session select struct timezone",
    "airflow.models.dagparam": "DagParam RemovedInAirflow3Warning annotations warnings",
    "airflow.models.dagpickle": "Base BigInteger Column DagPickle Integer PickleType TYPE_CHECKING UtcDateTime annotations dill timezone",
    "airflow.models.dagrun": "AirflowException Any Base Boolean Callable Column DagCallbackRequest DagRun DagRunNote DagRunState DagRunType DepContext ForeignKey ForeignKeyConstraint Index Integer IntegrityError Iterable Iterator Log LogTemplate LoggingMixin NEW_SESSION NOTSET NamedTuple NotFullyPopulated NotMapped PickleType PrimaryKeyConstraint RUN_ID_REGEX RemovedInAirflow3Warning SCHEDULEABLE_STATES Sequence State Stats String StringID TI TISchedulingDecision TYPE_CHECKING TaskInstanceState TaskNotFound Text Trace TypeVar UniqueConstraint UtcDateTime _creator_note airflow_conf and_ annotations association_proxy case chunks datetime_to_nano declared_attr defaultdict false func get_listener_manager internal_api_call is_container itertools joinedload nulls_first or_ os overload provide_session prune_dict re2 relationship select settings synonym text timezone true tuple_in_condition update validates warnings with_row_locks",
    "airflow.models.dagwarning": "Base Column DagWarning DagWarningType Enum ForeignKeyConstraint Index NEW_SESSION String StringID TYPE_CHECKING Text UtcDateTime annotations delete false internal_api_call provide_session retry_db_transaction select timezone",
    "airflow.models.dataset": "Base Boolean Column DagScheduleDatasetAliasReference DagScheduleDatasetReference Dataset DatasetAlias DatasetAliasModel DatasetDagRunQueue DatasetEvent DatasetModel ForeignKey ForeignKeyConstraint Index Integer PrimaryKeyConstraint String StringID Table TaskOutletDatasetReference UtcDateTime alias_association_table annotations association_table dataset_alias_dataset_event_assocation_table json relationship sqlalchemy_jsonfield text timezone urlsplit",
    "airflow.models.db_callback_request": "Base Column DbCallbackRequest ExtendedJSON Integer String TYPE_CHECKING UtcDateTime annotations import_module timezone",
    "airflow.models.errors": "Base Column ImportError Integer ParseImportError RemovedInAirflow3Warning String Text UtcDateTime annotations warnings",
    "airflow.models.expandinput": "Any Dict DictOfListsExpandInput EXPAND_INPUT_EMPTY ExpandInput Iterable ListOfDictsExpandInput MappedArgument Mapping NEW_SESSION NamedTuple NotFullyPopulated OperatorExpandArgument OperatorExpandKwargsArgument ResolveMixin Sequence Sized TYPE_CHECKING Union _EXPAND_INPUT_TYPES _describe_type _is_parse_time_mappable _needs_run_time_resolution annotations attr collections create_expand_input functools get_map_type_key is_mappable operator provide_session",
    "airflow.models.log": "Base Column Index Integer Log String StringID TYPE_CHECKING Text UtcDateTime annotations timezone",
    "airflow.models.mappedoperator": "AbstractOperator AirflowException Any ClassVar Collection DEFAULT_EXECUTOR DEFAULT_IGNORE_FIRST_DEPENDS_ON_PAST DEFAULT_OWNER DEFAULT_POOL_SLOTS DEFAULT_PRIORITY_WEIGHT DEFAULT_QUEUE DEFAULT_RETRIES DEFAULT_RETRY_DELAY DEFAULT_TRIGGER_RULE DEFAULT_WAIT_FOR_PAST_DEPENDS_BEFORE_SKIPPING DEFAULT_WEIGHT_RULE DagAttributeTypes DictOfListsExpandInput Iterable Iterator ListOfDictsExpandInput Literal MappedOperator MappedTaskIsExpanded Mapping NOTSET NotMapped OperatorPartial Pool PriorityWeightStrategy Sequence StartTriggerArgs TYPE_CHECKING Union UnmappableOperator ValidationSource XCOM_RETURN_KEY annotations attr collections context_update_for_unmapped contextlib copy ensure_xcomarg_return_value get_current_task_instance_session is_container is_mappable methodtools prevent_duplicates validate_and_load_priority_weight_strategy validate_mapping_kwargs warnings",
    "airflow.models.operator": "BaseOperator MappedOperator Operator Union annotations",
    "airflow.models.param": "AirflowException Any ArgNotSet ClassVar DagParam ItemsView Iterable MutableMapping NOTSET Param ParamValidationError ParamsDict RemovedInAirflow3Warning ResolveMixin TYPE_CHECKING ValuesView annotations contextlib copy datetime json logger logging parse_iso8601 process_params timezone warnings",
    "airflow.models.pool": "AirflowException Any Base Boolean Column EXECUTION_STATES Integer NEW_SESSION Pool PoolNotFound PoolStats String TYPE_CHECKING TaskInstanceState Text TypedDict annotations exists_query func provide_session select with_row_locks",
    "airflow.models.renderedtifields": "Column ForeignKeyConstraint Integer NEW_SESSION PrimaryKeyConstraint RenderedTaskInstanceFields StringID TYPE_CHECKING TaskInstanceDependencies annotations association_proxy conf delete exists get_serialized_template_fields internal_api_call json os provide_session relationship retry_db_transaction select serialize_template_field sqlalchemy_jsonfield text",
    "airflow.models.serialized_dag": "Base BigInteger COMPRESS_SERIALIZED_DAGS Collection Column DagCode DagDependency DagModel DagRun ID_LEN Index LargeBinary MIN_SERIALIZED_DAG_UPDATE_INTERVAL NEW_SESSION SerializedDAG SerializedDagModel String TYPE_CHECKING TaskNotFound UtcDateTime and_ annotations backref exc foreign func internal_api_call json literal log logging md5 or_ provide_session relationship select sqlalchemy_jsonfield timedelta timezone zlib",
    "airflow.models.skipmixin": "AirflowException GeneratorType Iterable LoggingMixin NEW_SESSION RemovedInAirflow3Warning Sequence SkipMixin TYPE_CHECKING TaskInstance TaskInstanceState XCOM_SKIPMIXIN_FOLLOWED XCOM_SKIPMIXIN_KEY XCOM_SKIPMIXIN_SKIPPED _ensure_tasks annotations internal_api_call provide_session select timezone tuple_in_condition update warnings",
    "airflow.models.slamiss": "Base Boolean COLLATION_ARGS Column ID_LEN Index SlaMiss String Text UtcDateTime annotations",
    "airflow.models.taskfail": "Column ForeignKeyConstraint Index Integer StringID TaskFail TaskInstanceDependencies UtcDateTime annotations relationship text",
    "airflow.models.taskinstance": "AirflowException AirflowFailException AirflowRescheduleException AirflowSensorTimeout AirflowSkipException AirflowTaskTerminated AirflowTaskTimeout Any AttributeRemoved Base Callable Collection Column ConnectionAccessor Context DagBag DagRunNotFound DagRunState Dataset DatasetAlias DatasetAliasModel DatasetModel DateTime DepContext Enum ExecutionCallableRunner ExecutorConfigType ExtendedJSON Float ForeignKey ForeignKeyConstraint Generator Index InletEventsAccessors Integer InternalApiConfig Iterable JobState LazyXComSelectSequence Log LoggingMixin MappedTaskGroup Mapping MutableDict NEW_SESSION NO_VALUE OutletEventAccessors PAST_DEPENDS_MET PrimaryKeyConstraint REQUEUEABLE_DEPS RUNNING_DEPS RemovedInAirflow3Warning STATICA_HACK SandboxedEnvironment Sentry SimpleTaskInstance State Stats String StringID TR TYPE_CHECKING TaskDeferralError TaskDeferred TaskFail TaskInstance TaskInstanceDependencies TaskInstanceKey TaskInstanceNote TaskInstanceState TaskInstanceStateType TaskMap TaskReschedule TaskReturnCode TemplateAssertionError Text Trace Tuple UndefinedError UnmappableXComLengthPushed UnmappableXComTypePushed UtcDateTime VariableAccessor XCOM_RETURN_KEY XCom XComForMappingNotPushed _CURRENT_CONTEXT _add_log _clear_next_method_args _coalesce_to_orm_ti _creator_note _date_or_empty _defer_task _email_alert _execute_task _find_common_ancestor_mapped_group _get_email_subject_content _get_previous_dagrun _get_previous_execution_date _get_previous_start_date _get_previous_ti _get_template_context _handle_failure _handle_reschedule _is_eligible_to_retry _is_further_mapped_inside _is_mappable_value _log_state _merge_ti _record_task_map_for_downstreams _refresh_from_db _refresh_from_task _run_finished_callback _run_raw_task _sentinel _set_duration _set_ti_attrs _stats_tags _stop_remaining_tasks _update_rtif _xcom_pull and_ annotations association_proxy cache case clear_task_instances collections conf context_get_outlet_events context_merge context_to_airflow_vars contextlib create_session dataset_manager defaultdict delete deprecated dill false func get_hostname get_listener_manager get_serialized_template_fields getuser hashlib hybrid_property inspect integrate_macros_plugins internal_api_call itertools jinja2 lazy_object_proxy lazyload log logging math nullcontext operator or_ os pendulum process_params provide_session prune_dict quote reconstructor relationship render_template_to_string run_with_db_retries select send_email set_committed_value set_current_context set_current_task_instance_session settings signal task_instance_mutation_hook text timedelta timeout timezone traceback tuple_in_condition update warnings with_row_locks",
    "airflow.models.taskinstancehistory": "Base Column DateTime ExecutorConfigType ExtendedJSON Float ForeignKeyConstraint Integer MutableDict NEW_SESSION State String StringID TYPE_CHECKING TaskInstanceHistory TaskInstanceState UniqueConstraint UtcDateTime annotations dill func provide_session select text timezone",
    "airflow.models.taskinstancekey": "NamedTuple TaskInstanceKey annotations",
    "airflow.models.tasklog": "Base Column Integer LogTemplate Text UtcDateTime annotations timezone",
    "airflow.models.taskmap": "Any COLLATION_ARGS CheckConstraint Collection Column ExtendedJSON ForeignKeyConstraint ID_LEN Integer String TYPE_CHECKING TaskInstanceDependencies TaskMap TaskMapVariant annotations collections enum",
    "airflow.models.taskmixin": "ABCMeta AirflowException Any DAGNode DependencyMixin Iterable NOTSET RemovedInAirflow3Warning Sequence TYPE_CHECKING TaskMixin abstractmethod annotations warnings",
    "airflow.models.taskreschedule": "COLLATION_ARGS Column ForeignKeyConstraint ID_LEN Index Integer NEW_SESSION RemovedInAirflow3Warning String TYPE_CHECKING TaskInstanceDependencies TaskReschedule UtcDateTime annotations asc association_proxy desc provide_session relationship select text warnings",
    "airflow.models.trigger": "Any Base Column Integer Iterable NEW_SESSION String TYPE_CHECKING TaskInstance TaskInstanceState Text Trigger UtcDateTime annotations coalesce datetime delete format_exception func internal_api_call or_ provide_session relationship run_with_db_retries select selectinload timezone update with_row_locks",
    "airflow.models.variable": "Any Base Boolean Column ID_LEN Integer LoggingMixin MEDIUMTEXT MetastoreBackend SecretCache String TYPE_CHECKING Text Variable annotations declared_attr delete ensure_secrets_loaded get_fernet internal_api_call json log logging mask_secret provide_session reconstructor select synonym",
    "airflow.models.xcom": "Any BaseXCom COLLATION_ARGS Column ForeignKeyConstraint ID_LEN Index Integer Iterable LONGBLOB LargeBinary LazySelectSequence LazyXComSelectSequence LoggingMixin MAX_XCOM_SIZE NEW_SESSION NoResultFound PrimaryKeyConstraint Query RemovedInAirflow3Warning String TYPE_CHECKING TaskInstanceDependencies UtcDateTime XCOM_RETURN_KEY XCom XComDecoder XComEncoder _get_function_params _patch_outdated_serializer annotations association_proxy cast conf delete exactly_one inspect internal_api_call is_container json log logging overload pickle provide_session reconstructor relationship resolve_xcom_backend select text timezone warnings wraps",
    "airflow.models.xcom_arg": "AbstractOperator AirflowException Any ArgNotSet Callable ConcatXComArg DependencyMixin Iterable Iterator MapCallables MapXComArg MappedOperator Mapping NEW_SESSION NOTSET PlainXComArg ResolveMixin Sequence SetupTeardownContext State TYPE_CHECKING TaskInstance TriggerRule Union XCOM_RETURN_KEY XComArg XComNotFound ZipXComArg _ConcatResult _MapResult _XCOM_ARG_TYPES _ZipResult _get_callable_name _get_task_map_length annotations contextlib deserialize_xcom_arg exists_query func inspect internal_api_call itertools or_ overload provide_session select serialize_xcom_arg",
    "airflow.notifications": "basenotifier",
    "airflow.notifications.basenotifier": "BaseNotifier Sequence TYPE_CHECKING Templater abstractmethod annotations context_merge",
    "airflow.operators": "__deprecated_classes add_deprecated_classes annotations bash bash_operator branch branch_operator check_operator dagrun_operator datetime docker_operator druid_check_operator dummy dummy_operator email email_operator empty gcs_to_s3 generic_transfer google_api_to_s3_transfer hive_operator hive_stats_operator hive_to_druid hive_to_mysql hive_to_samba_operator http_operator jdbc_operator latest_only latest_only_operator mssql_operator mssql_to_hive mysql_operator mysql_to_hive oracle_operator papermill_operator pig_operator postgres_operator presto_check_operator presto_to_mysql python python_operator redshift_to_s3_operator s3_file_transform_operator s3_to_hive_operator s3_to_redshift_operator slack_operator smooth sql sql_branch_operator sqlite_operator subdag subdag_operator trigger_dagrun weekday",
    "airflow.operators.bash": "AirflowException AirflowSkipException Any ArgNotSet BaseOperator BashOperator Callable Container RemovedInAirflow3Warning Sequence SubprocessHook SubprocessResult TYPE_CHECKING annotations cached_property cast context_to_airflow_vars os shutil tempfile warnings working_directory",
    "airflow.operators.bash_operator": "BashOperator",
    "airflow.operators.branch": "BaseBranchOperator BaseOperator BranchMixIn Iterable SkipMixin TYPE_CHECKING annotations",
    "airflow.operators.branch_operator": "BaseBranchOperator",
    "airflow.operators.check_operator": "CheckOperator IntervalCheckOperator SQLCheckOperator SQLIntervalCheckOperator SQLThresholdCheckOperator SQLValueCheckOperator ThresholdCheckOperator ValueCheckOperator",
    "airflow.operators.dagrun_operator": "TriggerDagRunLink TriggerDagRunOperator",
    "airflow.operators.datetime": "AirflowException BaseBranchOperator BranchDateTimeOperator Iterable RemovedInAirflow3Warning TYPE_CHECKING annotations datetime target_times_as_dates timezone warnings",
    "airflow.operators.docker_operator": "DockerOperator",
    "airflow.operators.druid_check_operator": "DruidCheckOperator",
    "airflow.operators.dummy": "DummyOperator EmptyOperator",
    "airflow.operators.dummy_operator": "DummyOperator EmptyOperator",
    "airflow.operators.email": "Any BaseOperator EmailOperator Sequence TYPE_CHECKING annotations send_email",
    "airflow.operators.email_operator": "EmailOperator",
    "airflow.operators.empty": "BaseOperator EmptyOperator TYPE_CHECKING annotations",
    "airflow.operators.gcs_to_s3": "GCSToS3Operator",
    "airflow.operators.generic_transfer": "BaseHook BaseOperator GenericTransfer Sequence TYPE_CHECKING annotations",
    "airflow.operators.google_api_to_s3_transfer": "GoogleApiToS3Operator GoogleApiToS3Transfer",
    "airflow.operators.hive_operator": "HiveOperator",
    "airflow.operators.hive_stats_operator": "HiveStatsCollectionOperator",
    "airflow.operators.hive_to_druid": "HiveToDruidOperator HiveToDruidTransfer",
    "airflow.operators.hive_to_mysql": "HiveToMySqlOperator HiveToMySqlTransfer",
    "airflow.operators.hive_to_samba_operator": "HiveToSambaOperator",
    "airflow.operators.http_operator": "SimpleHttpOperator",
    "airflow.operators.jdbc_operator": "JdbcOperator",
    "airflow.operators.latest_only": "BaseBranchOperator Iterable LatestOnlyOperator TYPE_CHECKING annotations pendulum",
    "airflow.operators.latest_only_operator": "LatestOnlyOperator",
    "airflow.operators.mssql_operator": "MsSqlOperator",
    "airflow.operators.mssql_to_hive": "MsSqlToHiveOperator MsSqlToHiveTransfer",
    "airflow.operators.mysql_operator": "MySqlOperator",
    "airflow.operators.mysql_to_hive": "MySqlToHiveOperator MySqlToHiveTransfer",
    "airflow.operators.oracle_operator": "OracleOperator",
    "airflow.operators.papermill_operator": "PapermillOperator",
    "airflow.operators.pig_operator": "PigOperator",
    "airflow.operators.postgres_operator": "Mapping PostgresOperator",
    "airflow.operators.presto_check_operator": "PrestoCheckOperator PrestoIntervalCheckOperator PrestoValueCheckOperator SQLCheckOperator SQLIntervalCheckOperator SQLValueCheckOperator",
    "airflow.operators.presto_to_mysql": "PrestoToMySqlOperator PrestoToMySqlTransfer",
    "airflow.operators.python": "ABCMeta AirflowConfigException AirflowException AirflowSkipException Any BaseOperator BranchExternalPythonOperator BranchMixIn BranchPythonOperator BranchPythonVirtualenvOperator Callable Collection Container DeserializingResultError ExecutionCallableRunner ExternalPythonOperator Iterable KeywordParameters Literal Mapping NamedTuple Path PythonOperator PythonVirtualenvOperator RemovedInAirflow3Warning Sequence ShortCircuitOperator SkipMixin TYPE_CHECKING TemporaryDirectory Variable _BasePythonVirtualenvOperator _CURRENT_CONTEXT _PythonVersionInfo _SERIALIZERS _SerializerTypeDef _load_cloudpickle _load_dill _load_pickle _parse_version_info abstractmethod annotations cache cast context_copy_partial context_get_outlet_events context_merge execute_in_subprocess get_current_context get_unique_dag_module_name hashlib_wrapper importlib inspect is_venv_installed json lazy_object_proxy log logging os prepare_virtualenv shutil subprocess sys task textwrap types warnings write_python_script",
    "airflow.operators.python_operator": "BranchPythonOperator PythonOperator PythonVirtualenvOperator ShortCircuitOperator",
    "airflow.operators.redshift_to_s3_operator": "RedshiftToS3Operator RedshiftToS3Transfer",
    "airflow.operators.s3_file_transform_operator": "S3FileTransformOperator",
    "airflow.operators.s3_to_hive_operator": "S3ToHiveOperator S3ToHiveTransfer",
    "airflow.operators.s3_to_redshift_operator": "S3ToRedshiftOperator S3ToRedshiftTransfer",
    "airflow.operators.slack_operator": "SlackAPIOperator SlackAPIPostOperator",
    "airflow.operators.smooth": "BaseOperator SmoothOperator TYPE_CHECKING annotations",
    "airflow.operators.sql": "BaseSQLOperator BranchSQLOperator SQLCheckOperator SQLColumnCheckOperator SQLIntervalCheckOperator SQLTableCheckOperator SQLThresholdCheckOperator SQLValueCheckOperator _convert_to_float_if_possible parse_boolean",
    "airflow.operators.sql_branch_operator": "BranchSQLOperator BranchSqlOperator",
    "airflow.operators.sqlite_operator": "SqliteOperator",
    "airflow.operators.subdag": "AirflowException BaseSensorOperator DagContext DagRun DagRunState DagRunType Enum InternalApiConfig NEW_SESSION Pool RemovedInAirflow3Warning SkippedStatePropagationOptions SubDagOperator TYPE_CHECKING TaskInstance TaskInstanceNotFound TaskInstanceState annotations create_session get_task_instance provide_session select warnings",
    "airflow.operators.subdag_operator": "SkippedStatePropagationOptions SubDagOperator",
    "airflow.operators.trigger_dagrun": "AirflowException AirflowSkipException Any BaseOperator BaseOperatorLink DagBag DagModel DagNotFound DagRun DagRunAlreadyExists DagRunState DagRunType DagStateTrigger InternalApiConfig NoResultFound RemovedInAirflow3Warning Sequence TYPE_CHECKING TriggerDagRunLink TriggerDagRunOperator XCOM_LOGICAL_DATE_ISO XCOM_RUN_ID XCom annotations build_airflow_url_with_query cast conf datetime json provide_session select time timezone trigger_dag warnings",
    "airflow.operators.weekday": "BaseBranchOperator BranchDayOfWeekOperator Iterable RemovedInAirflow3Warning TYPE_CHECKING WeekDay annotations timezone warnings",
    "airflow.plugins_manager": "AirflowPlugin AirflowPluginException AirflowPluginSource Any EntryPointSource Iterable PLUGINS_ATTRIBUTES_TO_DUMP Path PluginsDirectorySource PriorityWeightStrategy TYPE_CHECKING admin_views airflow_priority_weight_strategies annotations conf ensure_plugins_loaded entry_points_with_dist executors_modules find_path_from_directory flask_appbuilder_menu_links flask_appbuilder_views flask_blueprints get_plugin_info global_operator_extra_links hook_lineage_reader_classes import_errors import_string importlib initialize_extra_operators_links_plugins initialize_hook_lineage_readers_plugins initialize_priority_weight_strategy_plugins initialize_ti_deps_plugins initialize_timetables_plugins initialize_web_ui_plugins inspect integrate_executor_plugins integrate_listener_plugins integrate_macros_plugins is_valid_plugin load_entrypoint_plugins load_plugins_from_plugin_directory load_providers_plugins loaded_plugins log logging macros_modules make_module menu_links operator_extra_links os plugins priority_weight_strategy_classes qualname register_plugin registered_hooks registered_operator_link_classes registered_ti_dep_classes settings sys timetable_classes types warnings",
    "airflow.policies": "DefaultPolicy TYPE_CHECKING annotations dag_policy get_airflow_context_vars get_dagbag_import_timeout hookimpl local_settings_hookspec make_plugin_from_local_settings pluggy pod_mutation_hook task_instance_mutation_hook task_policy",
    "airflow.providers_manager": "AirflowOptionalProviderFeatureException Any Callable ConnectionFormWidgetInfo FSHook HookClassProvider HookInfo KNOWN_UNHANDLED_OPTIONAL_FEATURE_ERRORS LazyDictWithCache LoggingMixin MIN_PROVIDER_VERSIONS MutableMapping NamedTuple NoReturn NotificationInfo PS PackageIndexHook ParamSpec PluginInfo ProviderInfo ProvidersManager RT Singleton TYPE_CHECKING TriggerInfo TypeVar _check_builtin_provider_prefix _correctness_check _create_customized_form_field_behaviours_schema_validator _create_provider_info_schema_validator _ensure_prefix_for_placeholders _read_schema_from_resources_or_local_file annotations canonicalize_name dataclass entry_points_with_dist fnmatch functools import_string inspect json log log_debug_import_from_sources log_import_warning log_optional_feature_disabled logging os perf_counter provider_info_cache resource_files sys traceback warnings wraps yaml",
    "airflow.secrets": "BaseSecretsBackend DEFAULT_SECRETS_SEARCH_PATH annotations base_secrets cache environment_variables local_filesystem metastore",
    "airflow.secrets.base_secrets": "ABC BaseSecretsBackend RemovedInAirflow3Warning TYPE_CHECKING annotations warnings",
    "airflow.secrets.cache": "SecretCache annotations conf datetime multiprocessing timezone",
    "airflow.secrets.environment_variables": "BaseSecretsBackend CONN_ENV_PREFIX EnvironmentVariablesBackend RemovedInAirflow3Warning VAR_ENV_PREFIX annotations os warnings",
    "airflow.secrets.local_filesystem": "AirflowException AirflowFileParseException Any BaseSecretsBackend COMMENT_PATTERN ConnectionNotUnique FILE_PARSERS FileSyntaxError JSONDecodeError LocalFilesystemBackend LoggingMixin RemovedInAirflow3Warning TYPE_CHECKING _create_connection _parse_env_file _parse_json_file _parse_secret_file _parse_yaml_file annotations defaultdict get_connection_parameter_names json load_connections load_connections_dict load_variables log logging os signature warnings yaml",
    "airflow.secrets.metastore": "BaseSecretsBackend MetastoreBackend NEW_SESSION RemovedInAirflow3Warning TYPE_CHECKING annotations internal_api_call provide_session select warnings",
    "airflow.security": "kerberos permissions utils",
    "airflow.security.kerberos": "Enum KerberosMode NEED_KRB181_WORKAROUND annotations conf detect_conf_var get_hostname get_kerberos_principle log logging perform_krb181_workaround renew_from_kt run shlex subprocess sys time",
    "airflow.security.permissions": "ACTION_CAN_ACCESS_MENU ACTION_CAN_CREATE ACTION_CAN_DELETE ACTION_CAN_EDIT ACTION_CAN_READ DAG_ACTIONS DEPRECATED_ACTION_CAN_DAG_EDIT DEPRECATED_ACTION_CAN_DAG_READ PREFIX_LIST PREFIX_RESOURCES_MAP RESOURCE_ACTION RESOURCE_ADMIN_MENU RESOURCE_AUDIT_LOG RESOURCE_BROWSE_MENU RESOURCE_CLUSTER_ACTIVITY RESOURCE_CONFIG RESOURCE_CONNECTION RESOURCE_DAG RESOURCE_DAG_CODE RESOURCE_DAG_DEPENDENCIES RESOURCE_DAG_PREFIX RESOURCE_DAG_RUN RESOURCE_DAG_RUN_PREFIX RESOURCE_DAG_WARNING RESOURCE_DATASET RESOURCE_DETAILS_MAP RESOURCE_DOCS RESOURCE_DOCS_MENU RESOURCE_IMPORT_ERROR RESOURCE_JOB RESOURCE_MY_PASSWORD RESOURCE_MY_PROFILE RESOURCE_PASSWORD RESOURCE_PERMISSION RESOURCE_PLUGIN RESOURCE_POOL RESOURCE_PROVIDER RESOURCE_RESOURCE RESOURCE_ROLE RESOURCE_SLA_MISS RESOURCE_TASK_INSTANCE RESOURCE_TASK_LOG RESOURCE_TASK_RESCHEDULE RESOURCE_TRIGGER RESOURCE_USER RESOURCE_USER_STATS_CHART RESOURCE_VARIABLE RESOURCE_WEBSITE RESOURCE_XCOM ResourceDetails TypedDict annotations resource_name resource_name_for_dag",
    "airflow.security.utils": "annotations get_components get_fqdn get_hostname principal_from_username re2 replace_hostname_pattern socket",
    "airflow.sensors": "__deprecated_classes add_deprecated_classes annotations base base_sensor_operator bash date_time date_time_sensor external_task external_task_sensor filesystem hive_partition_sensor http_sensor metastore_partition_sensor named_hive_partition_sensor python s3_key_sensor sql sql_sensor time_delta time_delta_sensor time_sensor web_hdfs_sensor weekday",
    "airflow.sensors.base": "AirflowException AirflowFailException AirflowRescheduleException AirflowSensorTimeout AirflowSkipException AirflowTaskTimeout Any BaseOperator BaseSensorOperator Callable ExecutorLoader InternalApiConfig Iterable NEW_SESSION PokeReturnValue ReadyToRescheduleDep SkipMixin TYPE_CHECKING TaskDeferralError TaskReschedule _MYSQL_TIMESTAMP_MAX _is_metadatabase_mysql _orig_start_date annotations apply_defaults conf datetime functools hashlib internal_api_call poke_mode_only provide_session select settings time timedelta timezone traceback",
    "airflow.sensors.base_sensor_operator": "BaseSensorOperator",
    "airflow.sensors.bash": "AirflowFailException BaseSensorOperator BashSensor NamedTemporaryFile PIPE Popen STDOUT Sequence TYPE_CHECKING TemporaryDirectory annotations gettempdir os",
    "airflow.sensors.date_time": "Any BaseSensorOperator DateTimeSensor DateTimeSensorAsync DateTimeTrigger NoReturn Sequence StartTriggerArgs TYPE_CHECKING annotations datetime timezone",
    "airflow.sensors.date_time_sensor": "DateTimeSensor",
    "airflow.sensors.external_task": "AirflowException AirflowSkipException Any BaseOperatorLink BaseSensorOperator Callable Collection DagBag DagModel EmptyOperator ExternalDagLink ExternalTaskMarker ExternalTaskSensor ExternalTaskSensorLink Iterable NEW_SESSION RemovedInAirflow3Warning State TYPE_CHECKING TaskInstance TaskInstanceState WorkflowTrigger _get_count _get_external_task_group_task_ids annotations attr build_airflow_url_with_query conf correct_maybe_zipped datetime os provide_session warnings",
    "airflow.sensors.external_task_sensor": "ExternalTaskMarker ExternalTaskSensor ExternalTaskSensorLink",
    "airflow.sensors.filesystem": "AirflowException Any BaseSensorOperator FSHook FileSensor FileTrigger Sequence StartTriggerArgs TYPE_CHECKING annotations cached_property conf datetime glob os",
    "airflow.sensors.hive_partition_sensor": "HivePartitionSensor",
    "airflow.sensors.http_sensor": "HttpSensor",
    "airflow.sensors.metastore_partition_sensor": "MetastorePartitionSensor",
    "airflow.sensors.named_hive_partition_sensor": "NamedHivePartitionSensor",
    "airflow.sensors.python": "Any BaseSensorOperator Callable Mapping PokeReturnValue PythonSensor Sequence TYPE_CHECKING annotations context_merge determine_kwargs",
    "airflow.sensors.s3_key_sensor": "S3KeySensor",
    "airflow.sensors.sql": "SqlSensor",
    "airflow.sensors.sql_sensor": "SqlSensor",
    "airflow.sensors.time_delta": "AirflowSkipException Any BaseSensorOperator DateTimeTrigger NoReturn TYPE_CHECKING TimeDeltaSensor TimeDeltaSensorAsync annotations timezone",
    "airflow.sensors.time_delta_sensor": "TimeDeltaSensor",
    "airflow.sensors.time_sensor": "Any BaseSensorOperator DateTimeTrigger NoReturn StartTriggerArgs TYPE_CHECKING TimeSensor TimeSensorAsync annotations datetime timezone",
    "airflow.sensors.web_hdfs_sensor": "WebHdfsSensor",
    "airflow.sensors.weekday": "BaseSensorOperator DayOfWeekSensor Iterable RemovedInAirflow3Warning TYPE_CHECKING WeekDay annotations timezone warnings",
    "airflow.sentry": "DummySentry ExecutorLoader Sentry TYPE_CHECKING TaskInstanceState annotations conf find_session_idx log logging provide_session wraps",
    "airflow.serialization": "dag_dependency enums helpers json_schema pydantic serde serialized_objects serializers",
    "airflow.serialization.dag_dependency": "DagDependency annotations dataclass",
    "airflow.serialization.enums": "DagAttributeTypes Encoding Enum annotations unique",
    "airflow.serialization.helpers": "Any annotations conf json redact serialize_template_field",
    "airflow.serialization.json_schema": "AirflowException Iterable Protocol TYPE_CHECKING Validator annotations json load_dag_schema load_dag_schema_dict pkgutil",
    "airflow.serialization.pydantic": "dag dag_run dataset job taskinstance tasklog trigger",
    "airflow.serialization.pydantic.dag": "Annotated Any BaseModelPydantic ConfigDict DAG DagModelPydantic DagOwnerAttributesPydantic DagTagPydantic Interval List Optional PlainSerializer PlainValidator PydanticDag PydanticInterval ValidationInfo airflow_conf annotations datetime pathlib relativedelta serialize_interval serialize_operator settings timedelta validate_interval validate_operator",
    "airflow.serialization.pydantic.dag_run": "BaseModelPydantic ConfigDict DagRun DagRunPydantic DatasetEventPydantic Iterable List Optional PydanticDag TYPE_CHECKING annotations datetime is_pydantic_2_installed",
    "airflow.serialization.pydantic.dataset": "BaseModelPydantic ConfigDict DagScheduleDatasetReferencePydantic DatasetEventPydantic DatasetPydantic List Optional TaskOutletDatasetReferencePydantic datetime",
    "airflow.serialization.pydantic.job": "BaseJobRunner BaseModelPydantic ConfigDict ExecutorLoader JobPydantic Optional TYPE_CHECKING cached_property check_runner_initialized datetime",
    "airflow.serialization.pydantic.taskinstance": "AirflowRescheduleException Annotated Any BaseModelPydantic BaseOperator ConfigDict DagModelPydantic DagRunPydantic Iterable LoggingMixin Operator Optional PlainSerializer PlainValidator PydanticOperator TYPE_CHECKING TaskDeferred TaskInstance TaskInstancePydantic TaskReturnCode XCOM_RETURN_KEY _defer_task _handle_reschedule _run_raw_task _set_ti_attrs annotations datetime get_hostname is_pydantic_2_installed serialize_operator validated_operator",
    "airflow.serialization.pydantic.tasklog": "BaseModelPydantic ConfigDict LogTemplatePydantic datetime",
    "airflow.serialization.pydantic.trigger": "Any BaseModelPydantic ConfigDict Dict Optional TriggerPydantic datetime timezone",
    "airflow.serialization.serde": "Any CACHE CLASSNAME DATA DEFAULT_VERSION MAX_RECURSION_DEPTH OLD_DATA OLD_DICT OLD_SOURCE OLD_TYPE Pattern S SCHEMA_ID Stats T TYPE_CHECKING TypeVar U Union VERSION _builtin_collections _convert _deserializers _extra_allowed _get_patterns _get_regexp_patterns _is_namedtuple _is_pydantic _match _match_glob _match_regexp _primitives _register _serializers _stringifiers _stringify airflow annotations attr cast conf dataclasses decode deserialize encode enum fnmatch functools import_module import_string iter_namespace log logging qualname re2 serialize sys",
    "airflow.serialization.serialized_objects": "AirflowException Any ArgNotSet AttributeRemoved BaseDataset BaseOperator BaseSerialization BaseTrigger Collection Connection ConnectionAccessor Context DAG DAGS_FOLDER DAT DagCallbackRequest DagDependency DagModel DagModelPydantic DagRun DagRunPydantic Dataset DatasetAlias DatasetAll DatasetAny DatasetPydantic DependencyDetector EXPAND_INPUT_EMPTY Encoding FixedTimezone Iterable Job JobPydantic LazySelectSequence LogTemplate LogTemplatePydantic MappedOperator MappedTaskGroup Mapping NOTSET NamedTuple OutletEventAccessor OutletEventAccessors Param ParamsDict PriorityWeightStrategy ProvidersManager RemovedInAirflow3Warning Resources SerializationError SerializedBaseOperator SerializedDAG SimpleTaskInstance SlaCallbackRequest StartTriggerArgs TYPE_CHECKING TaskCallbackRequest TaskDeferred TaskGroup TaskGroupSerialization TaskInstance TaskInstanceKey TaskInstancePydantic Timezone Trigger TriggerPydantic Union VariableAccessor XComArg _DatasetAliasCondition _ENABLE_AIP_44 _ExpandInputOriginalValue _ExpandInputRef _ExpandInputSerializedValue _OPERATOR_EXTRA_LINKS _PriorityWeightStrategyNotRegistered _TimetableNotRegistered _XComRef _class_to_type _get_default_mapped_partial _get_registered_priority_weight_strategy _get_registered_timetable _has_kubernetes _orm_to_model _type_to_class add_pydantic_class_type_mapping airflow_priority_weight_strategies airflow_priority_weight_strategies_classes annotations attrs cache cast collections conf create_expand_input create_timetable datetime decode_dataset_condition decode_outlet_event_accessor decode_priority_weight_strategy decode_relativedelta decode_start_trigger_args decode_timetable decode_timezone dedent deserialize_xcom_arg encode_dataset_condition encode_outlet_event_accessor encode_priority_weight_strategy encode_relativedelta encode_start_trigger_args encode_timetable encode_timezone enum from_timestamp get_docs_url get_map_type_key get_operator_extra_links get_python_source import_string inspect json lazy_object_proxy load_dag_schema log logging macros parse_timezone qualname relativedelta serialize_template_field serialize_xcom_arg signature warnings weakref",
    "airflow.serialization.serializers": "bignum builtin datetime deltalake iceberg kubernetes numpy pandas timezone",
    "airflow.serialization.serializers.bignum": "TYPE_CHECKING annotations deserialize deserializers qualname serialize serializers",
    "airflow.serialization.serializers.builtin": "TYPE_CHECKING annotations cast deserialize deserializers qualname serialize serializers stringifiers stringify",
    "airflow.serialization.serializers.datetime": "TIMESTAMP TIMEZONE TYPE_CHECKING annotations deserialize deserialize_timezone deserializers parse_timezone qualname serialize serialize_timezone serializers",
    "airflow.serialization.serializers.deltalake": "TYPE_CHECKING annotations deserialize deserializers qualname serialize serializers stringifiers",
    "airflow.serialization.serializers.iceberg": "TYPE_CHECKING annotations deserialize deserializers qualname serialize serializers stringifiers",
    "airflow.serialization.serializers.kubernetes": "TYPE_CHECKING annotations deserializers log logging qualname serialize serializers",
    "airflow.serialization.serializers.numpy": "Any TYPE_CHECKING annotations deserialize deserializers import_string qualname serialize serializers",
    "airflow.serialization.serializers.pandas": "TYPE_CHECKING annotations deserialize deserializers qualname serialize serializers",
    "airflow.serialization.serializers.timezone": "Any PY39 TYPE_CHECKING _get_tzinfo_name annotations cast datetime deserialize deserializers qualname serialize serializers sys",
    "airflow.settings": "AIRFLOW_DB_UTILS_PATH AIRFLOW_HOME AIRFLOW_MODELS_BASEOPERATOR_PATH AIRFLOW_MODELS_DAG_PATH AIRFLOW_MOVED_TABLE_PREFIX AIRFLOW_PATH AIRFLOW_SETTINGS_PATH AIRFLOW_TESTS_PATH AIRFLOW_UTILS_SESSION_PATH ALLOW_FUTURE_EXEC_DATES AirflowInternalRuntimeError Any CAN_FORK CHECK_SLAS COMPRESS_SERIALIZED_DAGS Callable DAEMON_UMASK DAGS_FOLDER DASHBOARD_UIALERTS DEFAULT_ENGINE_ARGS DONOT_MODIFY_HANDLERS EXECUTE_TASKS_NEW_PYTHON_INTERPRETER GUNICORN_WORKER_READY_PREFIX HEADER HIDE_SENSITIVE_VAR_CONN_FIELDS IS_EXECUTOR_CONTAINER IS_K8S_EXECUTOR_POD IS_K8S_OR_K8SCELERY_EXECUTOR KILOBYTE LAZY_LOAD_PLUGINS LAZY_LOAD_PROVIDERS LOGGING_CLASS_PATH LOGGING_LEVEL LOG_FORMAT MASK_SECRETS_IN_LOGS MEGABYTE MIN_SERIALIZED_DAG_FETCH_INTERVAL MIN_SERIALIZED_DAG_UPDATE_INTERVAL NullPool PLUGINS_FOLDER POLICY_PLUGIN_MANAGER RemovedInAirflow3Warning SIMPLE_LOG_FORMAT SQL_ALCHEMY_CONN STATE_COLORS Session SkipDBTestsSession State TIMEZONE TYPE_CHECKING TracebackSession TracebackSessionForTests USE_JOB_SCHEDULE Version WEBSERVER_CONFIG WEB_COLORS _ENABLE_AIP_44 _get_rich_console _is_sqlite_db_path_relative _run_openlineage_runtime_check airflow_version annotations atexit conf configure_action_logging configure_adapters configure_logging configure_orm configure_policy_plugin_manager configure_vars create_engine custom_show_warning dag_policy dispose_orm engine exc executor_constants force_traceback_session_for_untrusted_components functools get_airflow_context_vars get_cleaned_traceback get_dagbag_import_timeout get_session_lifetime_config import_local_settings initialize is_sqlalchemy_v1 json load_policy_plugins local_timezone log logging metadata original_show_warning os parse_timezone pluggy pod_mutation_hook policies prepare_engine_args prepare_syspath_for_config_and_plugins prepare_syspath_for_dags_folder reconfigure_orm replace_showwarning run_providers_custom_runtime_checks scoped_session sessionmaker setup_event_handlers sys task_instance_mutation_hook task_policy text traceback tz utc validate_session warnings",
    "airflow.stats": "Callable NoStatsLogger Stats TYPE_CHECKING _Stats annotations conf log logging socket",
    "airflow.task": "priority_strategy task_runner",
    "airflow.task.priority_strategy": "ABC AirflowException Any PriorityWeightStrategy TYPE_CHECKING _AbsolutePriorityWeightStrategy _DownstreamPriorityWeightStrategy _UpstreamPriorityWeightStrategy abstractmethod airflow_priority_weight_strategies airflow_priority_weight_strategies_classes annotations validate_and_load_priority_weight_strategy",
    "airflow.task.task_runner": "AirflowConfigException CGROUP_TASK_RUNNER CORE_TASK_RUNNERS STANDARD_TASK_RUNNER TYPE_CHECKING _TASK_RUNNER_NAME annotations base_task_runner cgroup_task_runner conf get_task_runner import_string log logging standard_task_runner",
    "airflow.task.task_runner.base_task_runner": "AirflowConfigException BaseTaskRunner IS_WINDOWS LoggingMixin PYTHONPATH_VAR TYPE_CHECKING _airflow_parsing_context_manager annotations conf get_hostname getpwnam getuser os subprocess threading tmp_configuration_copy",
    "airflow.task.task_runner.cgroup_task_runner": null,
    "airflow.task.task_runner.standard_task_runner": "BaseTaskRunner CAN_FORK StandardTaskRunner Stats TYPE_CHECKING TaskReturnCode _airflow_parsing_context_manager annotations logging os psutil reap_process_group set_new_process_group setproctitle signal threading time",
    "airflow.template": "templater",
    "airflow.template.templater": "Any Collection Iterable LiteralValue LoggingMixin ObjectStoragePath ResolveMixin Sequence TYPE_CHECKING Templater annotations dataclass render_template_as_native render_template_to_string",
    "airflow.templates": "FILTERS NativeEnvironment SandboxedEnvironment TYPE_CHECKING _AirflowEnvironmentMixin annotations ds_filter ds_nodash_filter jinja2 ts_filter ts_nodash_filter ts_nodash_with_tz_filter",
    "airflow.ti_deps": "dep_context dependencies_deps dependencies_states deps",
    "airflow.ti_deps.dep_context": "DepContext State TYPE_CHECKING TaskNotFound annotations attr",
    "airflow.ti_deps.dependencies_deps": "BACKFILL_QUEUEABLE_STATES BACKFILL_QUEUED_DEPS DagRunNotBackfillDep DagTISlotsAvailableDep DagUnpausedDep DagrunRunningDep ExecDateAfterStartDateDep PoolSlotsAvailableDep QUEUEABLE_STATES REQUEUEABLE_DEPS RUNNABLE_STATES RUNNING_DEPS RunnableExecDateDep SCHEDULER_QUEUED_DEPS TaskConcurrencyDep TaskNotRunningDep ValidStateDep annotations",
    "airflow.ti_deps.dependencies_states": "BACKFILL_QUEUEABLE_STATES EXECUTION_STATES QUEUEABLE_STATES RUNNABLE_STATES SCHEDULEABLE_STATES TaskInstanceState annotations",
    "airflow.ti_deps.deps": "base_ti_dep dag_ti_slots_available_dep dag_unpaused_dep dagrun_backfill_dep dagrun_exists_dep exec_date_after_start_date_dep mapped_task_expanded mapped_task_upstream_dep not_in_retry_period_dep not_previously_skipped_dep pool_slots_available_dep prev_dagrun_dep ready_to_reschedule runnable_exec_date_dep task_concurrency_dep task_not_running_dep trigger_rule_dep valid_state_dep",
    "airflow.ti_deps.deps.base_ti_dep": "Any BaseTIDep DepContext Iterator NamedTuple TIDepStatus TYPE_CHECKING annotations provide_session",
    "airflow.ti_deps.deps.dag_ti_slots_available_dep": "BaseTIDep DagTISlotsAvailableDep annotations provide_session",
    "airflow.ti_deps.deps.dag_unpaused_dep": "BaseTIDep DagUnpausedDep annotations provide_session",
    "airflow.ti_deps.deps.dagrun_backfill_dep": "BaseTIDep DagRunNotBackfillDep DagRunType annotations provide_session",
    "airflow.ti_deps.deps.dagrun_exists_dep": "BaseTIDep DagRunState DagrunRunningDep annotations provide_session",
    "airflow.ti_deps.deps.exec_date_after_start_date_dep": "BaseTIDep ExecDateAfterStartDateDep annotations provide_session",
    "airflow.ti_deps.deps.mapped_task_expanded": "BaseTIDep MappedTaskIsExpanded annotations",
    "airflow.ti_deps.deps.mapped_task_upstream_dep": "BaseTIDep Iterator MappedTaskUpstreamDep State TYPE_CHECKING TaskInstance TaskInstanceState annotations select",
    "airflow.ti_deps.deps.not_in_retry_period_dep": "BaseTIDep NotInRetryPeriodDep TaskInstanceState annotations provide_session timezone",
    "airflow.ti_deps.deps.not_previously_skipped_dep": "BaseTIDep LazySelectSequence NotPreviouslySkippedDep PAST_DEPENDS_MET annotations",
    "airflow.ti_deps.deps.pool_slots_available_dep": "BaseTIDep PoolSlotsAvailableDep annotations provide_session select",
    "airflow.ti_deps.deps.prev_dagrun_dep": "BaseTIDep DagRun PAST_DEPENDS_MET PrevDagrunDep TI TYPE_CHECKING TaskInstanceState _SUCCESSFUL_STATES annotations exists_query func or_ provide_session select",
    "airflow.ti_deps.deps.ready_to_reschedule": "BaseTIDep ExecutorLoader ReadyToRescheduleDep TaskInstanceState TaskReschedule annotations provide_session timezone",
    "airflow.ti_deps.deps.runnable_exec_date_dep": "BaseTIDep RunnableExecDateDep annotations provide_session timezone",
    "airflow.ti_deps.deps.task_concurrency_dep": "BaseTIDep TaskConcurrencyDep annotations provide_session",
    "airflow.ti_deps.deps.task_not_running_dep": "BaseTIDep TaskInstanceState TaskNotRunningDep annotations provide_session",
    "airflow.ti_deps.deps.trigger_rule_dep": "BaseTIDep Counter Iterator KeysView MappedTaskGroup NamedTuple PAST_DEPENDS_MET TR TYPE_CHECKING TaskInstanceState TriggerRuleDep _UpstreamTIStates and_ annotations collections func functools or_ select",
    "airflow.ti_deps.deps.valid_state_dep": "AirflowException BaseTIDep ValidStateDep annotations provide_session",
    "airflow.timetables": "_cron base datasets events interval simple trigger",
    "airflow.timetables._cron": "AirflowTimetableInvalid Any CasingTypeEnum CronMixin CroniterBadCronError CroniterBadDateError ExpressionDescriptor FormatException MissingFieldException TYPE_CHECKING _covers_every_hour annotations convert_to_utc cron_presets croniter datetime make_aware make_naive parse_timezone",
    "airflow.timetables.base": "Any BaseDataset DagRunInfo DataInterval Iterator NamedTuple Protocol Sequence TYPE_CHECKING TimeRestriction Timetable _NullDataset annotations runtime_checkable warn",
    "airflow.timetables.datasets": "AirflowTimetableInvalid BaseDataset DagRunType DatasetAll DatasetOrTimeSchedule DatasetTriggeredSchedule annotations typing",
    "airflow.timetables.events": "DagRunInfo DataInterval EventsTimetable Iterable TYPE_CHECKING Timetable annotations itertools pendulum timezone",
    "airflow.timetables.interval": "AirflowTimetableInvalid Any CronDataIntervalTimetable CronMixin DagRunInfo DataInterval DateTime Delta DeltaDataIntervalTimetable TYPE_CHECKING Timetable Union _DataIntervalTimetable annotations coerce_datetime convert_to_utc datetime relativedelta utcnow",
    "airflow.timetables.simple": "Any Collection ContinuousTimetable DagRunInfo DataInterval DatasetAlias DatasetTriggeredTimetable NullTimetable OnceTimetable Sequence TYPE_CHECKING Timetable _DatasetAliasCondition _TrivialTimetable annotations timezone",
    "airflow.timetables.trigger": "Any CronMixin CronTriggerTimetable DagRunInfo DataInterval TYPE_CHECKING Timetable annotations datetime timezone",
    "airflow.traces": "NO_TRACE_ID TRACEPARENT TRACESTATE annotations otel_tracer tracer utils",
    "airflow.traces.otel_tracer": null,
    "airflow.traces.tracer": "Any Callable EMPTY_CTX EMPTY_SPAN EmptyContext EmptySpan EmptyTrace Protocol TYPE_CHECKING Trace Tracer _Trace annotations conf gen_context gen_links_from_kv_list inspect log logging socket span",
    "airflow.traces.utils": "NO_TRACE_ID SPAN_ID TRACE_ID TYPE_CHECKING _gen_id annotations gen_dag_span_id gen_span_id gen_span_id_from_ti_key gen_trace_id is_valid_span_id is_valid_trace_id log logging md5 parse_traceparent parse_tracestate",
    "airflow.triggers": "base external_task file temporal testing",
    "airflow.triggers.base": "Any AsyncIterator BaseTaskEndEvent BaseTrigger DatabaseCallbackSink LoggingMixin NEW_SESSION SimpleTaskInstance StartTriggerArgs TYPE_CHECKING TaskCallbackRequest TaskFailedEvent TaskInstanceState TaskSkippedEvent TaskSuccessEvent TriggerEvent abc annotations dataclass log logging provide_session timedelta",
    "airflow.triggers.external_task": "Any BaseTrigger DagRun DagStateTrigger NEW_SESSION RemovedInAirflow3Warning TaskInstance TaskInstanceState TaskStateTrigger TriggerEvent WorkflowTrigger _get_count annotations asyncio deprecated func provide_session sync_to_async typing utcnow",
    "airflow.triggers.file": "Any BaseTrigger FileTrigger TriggerEvent annotations asyncio datetime glob os typing warnings",
    "airflow.triggers.temporal": "Any AsyncIterator BaseTrigger DateTimeTrigger TaskSuccessEvent TimeDeltaTrigger TriggerEvent annotations asyncio datetime pendulum timezone",
    "airflow.triggers.testing": "Any BaseTrigger FailureTrigger SuccessTrigger TriggerEvent annotations",
    "airflow.typing_compat": "Literal ParamSpec Protocol Self TypeGuard TypedDict annotations runtime_checkable sys",
    "airflow.utils": "airflow_flask_app cli cli_action_loggers code_utils compression configuration context dag_cycle_tester dag_edges dag_parsing_context dates db db_cleanup decorators deprecation_tools docs dot_renderer edgemodifier email empty_set entry_points event_scheduler file hashlib_wrapper helpers json jwt_signer log mixins module_loading net operator_helpers operator_resources orm_event_handlers platform process_utils providers_configuration_loader pydantic python_virtualenv retries scheduler_health sensor_helper serve_logs session setup_teardown singleton sqlalchemy state strings task_group task_instance_session template timeout timezone trigger_rule types warnings weekday weight_rule xcom yaml",
    "airflow.utils.airflow_flask_app": "AirflowApp Any Flask TYPE_CHECKING annotations cast get_airflow_app",
    "airflow.utils.cli": "AirflowException Callable ColorMode InternalApiConfig NEW_SESSION Namespace NonCachingFileHandler Path RemovedInAirflow3Warning T TYPE_CHECKING TypeVar _build_metrics _check_cli_args _search_for_dag_file action_cli annotations cast cli_action_loggers functools get_dag get_dag_by_file_location get_dag_by_pickle get_dags getuser is_terminal_support_colors logger logging os process_subdir provide_session re2 select settings setup_locations setup_logging should_hide_value_for_key should_ignore_depends_on_past should_use_colors sigint_handler sigquit_handler socket suppress_logs_and_warning sys threading timezone traceback warnings",
    "airflow.utils.cli_action_loggers": "Callable NEW_SESSION TYPE_CHECKING __post_exec_callbacks __pre_exec_callbacks _default_action_log_internal annotations default_action_log internal_api_call json logger logging on_post_execution on_pre_execution provide_session register_post_exec_callback register_pre_exec_callback",
    "airflow.utils.code_utils": "Any Path annotations functools get_python_source get_terminal_formatter inspect os prepare_code_snippet",
    "airflow.utils.compression": "NamedTemporaryFile annotations bz2 gzip shutil uncompress_file",
    "airflow.utils.configuration": "IS_WINDOWS annotations conf json mkstemp os tmp_configuration_copy",
    "airflow.utils.context": "AirflowContextDeprecationWarning Any ConnectionAccessor Container Context Dataset DatasetAlias DatasetAliasEvent DatasetAliasModel DatasetEvent DatasetModel InletEventsAccessors ItemsView Iterator KNOWN_CONTEXT_KEYS KeysView LazyDatasetEventSelectSequence LazySelectSequence Mapping MutableMapping NOTSET OutletEventAccessor OutletEventAccessors RemovedInAirflow3Warning SupportsIndex TYPE_CHECKING ValuesView VariableAccessor _create_deprecation_warning annotations attrs context_copy_partial context_get_outlet_events context_merge context_update_for_unmapped contextlib copy extract_event_key functools lazy_mapping_from_context lazy_object_proxy select warnings",
    "airflow.utils.dag_cycle_tester": "AirflowDagCycleException CYCLE_DONE CYCLE_IN_PROGRESS CYCLE_NEW RemovedInAirflow3Warning TYPE_CHECKING annotations check_cycle defaultdict deque test_cycle",
    "airflow.utils.dag_edges": "AbstractOperator TYPE_CHECKING annotations dag_edges",
    "airflow.utils.dag_parsing_context": "AirflowParsingContext NamedTuple _AIRFLOW_PARSING_CONTEXT_DAG_ID _AIRFLOW_PARSING_CONTEXT_TASK_ID _airflow_parsing_context_manager annotations contextmanager get_parsing_context os",
    "airflow.utils.dates": "Collection Literal RemovedInAirflow3Warning TimeUnit annotations cron_presets croniter date_range datetime datetime_to_nano days_ago infer_time_unit parse_execution_date relativedelta round_time scale_time_units timedelta timezone warnings",
    "airflow.utils.db": "AirflowException Any Callable DBLocks Generator Iterable Iterator LazySelectSequence NEW_SESSION Protocol Sequence T TYPE_CHECKING Table TypeVar _REVISION_HEADS_MAP _check_migration_errors _coerce_index _coerce_slice _configured_alembic_environment _create_db_from_orm _create_table_as _dangling_against_dag_run _dangling_against_task_instance _format_airflow_moved_table_name _format_dangling_error _get_alembic_config _get_current_revision _get_flask_db _get_script_object _move_dangling_data_to_new_table _move_duplicate_data_to_new_table _offline_migration _reserialize_dags _revision_greater _revisions_above_min_for_offline add_default_pool_if_not_exists airflow and_ annotations attrs bootstrap_dagbag check check_and_run_migrations check_bad_references check_conn_id_duplicates check_conn_type_null check_migrations check_query_exists check_run_id_null check_table_for_duplicates check_username_duplicates collections column compare_server_default compare_type conf contextlib create_default_connections create_global_lock create_session dataclass delete downgrade drop_airflow_models drop_airflow_moved_tables enum exc exists_query func get_current_task_instance_session get_query_count get_sqla_model_classes gettempdir helpers import_all_models initdb inspect itertools json literal log logging merge_conn or_ os overload print_happy_cat provide_session reflect_tables resetdb select settings synchronize_log_template sys table text time tuple_ upgradedb warnings",
    "airflow.utils.db_cleanup": "ARCHIVE_TABLE_PREFIX AirflowConsole AirflowException Any ClauseElement CreateTableAs Executable NEW_SESSION OperationalError ProgrammingError TYPE_CHECKING _TableConfig _build_query _check_for_rows _cleanup_table _compile_create_table_as__other _confirm_delete _confirm_drop_archives _do_delete _dump_table_to_file _effective_table_names _get_archived_table_names _print_config _subquery_keep_last _suppress_with_logging aliased and_ annotations ask_yesno column compiles conf config_dict config_list contextmanager csv dataclass drop_archived_tables export_archived_records false func inspect logger logging os provide_session reflect_tables run_cleanup select table text timezone tuple_",
    "airflow.utils.decorators": "Callable RemovedInAirflow3Warning T TypeVar _autostacklevel_warn _balance_parens annotations apply_defaults cast deque fixup_decorator_warning_stack remove_task_decorator sys warnings wraps",
    "airflow.utils.deprecation_tools": "ModuleType add_deprecated_classes annotations functools getattr_with_deprecation importlib sys warnings",
    "airflow.utils.docs": "annotations get_doc_url_for_provider get_docs_url get_project_url_from_metadata metadata sys",
    "airflow.utils.dot_renderer": "AirflowException Any BaseOperator MappedOperator State TYPE_CHECKING TaskGroup _draw_nodes _draw_task _draw_task_group _refine_color annotations dag_edges graphviz render_dag render_dag_dependencies warnings",
    "airflow.utils.edgemodifier": "DAGNode DependencyMixin EdgeModifier Label Sequence TaskGroup annotations",
    "airflow.utils.email": "AirflowConfigException AirflowException Any Iterable MIMEApplication MIMEMultipart MIMEText RemovedInAirflow3Warning _get_email_list_from_str _get_smtp_connection annotations build_mime_message collections conf formatdate get_email_address_list log logging os re2 send_email send_email_smtp send_mime_email smtplib ssl warnings",
    "airflow.utils.empty_set": "_get_empty_set_for_configuration annotations",
    "airflow.utils.entry_points": "EPnD Iterator Tuple _get_grouped_entry_points annotations defaultdict entry_points_with_dist functools log logging metadata sys",
    "airflow.utils.event_scheduler": "Callable EventScheduler LoggingMixin annotations scheduler",
    "airflow.utils.file": "COMMENT_PATTERN Generator GitWildMatchPattern MODIFIED_DAG_MODULE_NAME NamedTuple Path Pattern Protocol RemovedInAirflow3Warning TemporaryDirectory TextIOWrapper ZIP_REGEX _GlobIgnoreRule _IgnoreRule _RegexpIgnoreRule _find_imported_modules _find_path_from_directory annotations ast conf correct_maybe_zipped find_dag_file_paths find_path_from_directory get_unique_dag_module_name hashlib iter_airflow_imports list_py_file_paths log logging might_contain_dag might_contain_dag_via_default_heuristic mkdirs open_maybe_zipped os overload re2 zipfile",
    "airflow.utils.hashlib_wrapper": "TYPE_CHECKING annotations hashlib md5 sys",
    "airflow.utils.helpers": "AirflowException Any CAMELCASE_TO_SNAKE_CASE_REGEX Callable GROUP_KEY_REGEX Generator Iterable KEY_REGEX Mapping MutableMapping NOTSET Proxy RemovedInAirflow3Warning S T TYPE_CHECKING TypeVar alchemy_to_dict annotations as_flattened_list as_tuple ask_yesno at_most_one build_airflow_url_with_query cast chain chunks conf convert_camel_to_snake copy cross_downstream datetime exactly_one import_string is_container itertools merge_dicts parse_template_string partition prevent_duplicates prompt_with_timeout prune_dict re reduce reduce_in_chunks render_log_filename render_template render_template_as_native render_template_to_string signal validate_group_key validate_instance_args validate_key warnings",
    "airflow.utils.json": "AirflowJsonEncoder AirflowJsonProvider Any CLASSNAME DATA Decimal JSONProvider SCHEMA_ID WebEncoder XComDecoder XComEncoder annotations convert_to_utc date datetime deserialize is_naive json serialize",
    "airflow.utils.jwt_signer": "Any JWTSigner annotations jwt timedelta timezone",
    "airflow.utils.log": "__deprecated_classes action_logger add_deprecated_classes annotations cloudwatch_task_handler colored_log es_task_handler file_processor_handler file_task_handler gcs_task_handler json_formatter log_reader logging_mixin non_caching_file_handler s3_task_handler secrets_masker stackdriver_task_handler task_context_logger task_handler_with_custom_formatter timezone_aware trigger_handler wasb_task_handler",
    "airflow.utils.log.action_logger": "action_event_from_permission annotations",
    "airflow.utils.log.cloudwatch_task_handler": "CloudwatchTaskHandler",
    "airflow.utils.log.colored_log": "Any BOLD_OFF BOLD_ON ColoredFormatter CustomTTYColoredFormatter DEFAULT_COLORS TYPE_CHECKING TimezoneAware annotations esc escape_codes re2 sys",
    "airflow.utils.log.es_task_handler": "ElasticsearchTaskHandler",
    "airflow.utils.log.file_processor_handler": "DISABLE_PROPOGATE FileProcessorHandler NonCachingFileHandler Path annotations datetime logger logging os parse_template_string settings timezone",
    "airflow.utils.log.file_task_handler": "AirflowException Any Callable Context Enum ExecutorLoader FileTaskHandler Iterable LogType NonCachingRotatingFileHandler Path RemovedInAirflow3Warning SetContextPropagate State TYPE_CHECKING TaskInstanceState _ensure_ti _fetch_logs_from_service _interleave_logs _parse_timestamp _parse_timestamps_in_log_file _set_task_deferred_context_var annotations cached_property conf inspect internal_api_call logger logging os parse_template_string pendulum provide_session render_template_to_string suppress urljoin warnings",
    "airflow.utils.log.gcs_task_handler": "GCSTaskHandler",
    "airflow.utils.log.json_formatter": "JSONFormatter annotations json logging merge_dicts",
    "airflow.utils.log.log_reader": "ExternalLoggingMixin Iterator NEW_SESSION TYPE_CHECKING TaskInstanceState TaskLogReader annotations cached_property conf logging provide_session render_log_filename time",
    "airflow.utils.log.logging_mixin": "ANSI_ESCAPE Any DISABLE_PROPAGATE DISABLE_PROPOGATE ExternalLoggingMixin Handler IO IOBase LoggingMixin Optional RedirectStdHandler SetContextPropagate StreamHandler StreamLogWriter TYPE_CHECKING TypeVar _T abc annotations cast enum logging re2 remove_escape_codes set_context sys",
    "airflow.utils.log.non_caching_file_handler": "FileHandler IO NonCachingFileHandler NonCachingRotatingFileHandler RotatingFileHandler annotations make_file_io_non_caching os",
    "airflow.utils.log.s3_task_handler": "S3TaskHandler",
    "airflow.utils.log.secrets_masker": "Any Callable DEFAULT_SENSITIVE_FIELDS Dict Enum Generator Iterable Iterator List Pattern Redactable Redacted RedactedIO SECRETS_TO_SKIP_MASKING_FOR_TESTS SecretsMasker TYPE_CHECKING TextIO Tuple TypeVar Union _get_v1_env_var_type _is_v1_env_var _secrets_masker annotations cache cached_property collections get_sensitive_variables_fields log logging mask_secret re2 redact settings should_hide_value_for_key sys",
    "airflow.utils.log.stackdriver_task_handler": "StackdriverTaskHandler",
    "airflow.utils.log.task_context_logger": "Logger TYPE_CHECKING TaskContextLogger TaskInstanceKey _ensure_ti annotations conf copy create_session logger logging suppress",
    "airflow.utils.log.task_handler_with_custom_formatter": "TYPE_CHECKING TaskHandlerWithCustomFormatter annotations conf logger logging parse_template_string render_template_to_string",
    "airflow.utils.log.timezone_aware": "TimezoneAware annotations logging timezone",
    "airflow.utils.log.trigger_handler": "ContextVar DropTriggerLogsFilter LocalQueueHandler QueueHandler TYPE_CHECKING TriggerMetadataFilter TriggererHandlerWrapper annotations asyncio copy ctx_indiv_trigger ctx_task_instance ctx_trigger_end ctx_trigger_id logging suppress",
    "airflow.utils.log.wasb_task_handler": "WasbTaskHandler",
    "airflow.utils.mixins": "MultiprocessingStartMethodMixin ResolveMixin annotations conf multiprocessing typing",
    "airflow.utils.module_loading": "Callable TYPE_CHECKING annotations import_module import_string iter_namespace pkgutil qualname",
    "airflow.utils.net": "annotations conf get_host_ip_address get_hostname getfqdn lru_cache socket",
    "airflow.utils.operator_helpers": "AIRFLOW_VAR_NAME_FORMAT_MAPPING Any Callable Collection Context DEFAULT_FORMAT_PREFIX ENV_VAR_FORMAT_PREFIX ExecutionCallableRunner KeywordParameters Mapping R TYPE_CHECKING TypeVar annotations context_to_airflow_vars datetime determine_kwargs lazy_mapping_from_context logging make_kwargs_callable settings",
    "airflow.utils.operator_resources": "AirflowException CpuResource DiskResource EB GB GpuResource MB PB RamResource Resource Resources TB annotations conf",
    "airflow.utils.orm_event_handlers": "annotations conf event exc get_orm_mapper log logging os setup_event_handlers time traceback",
    "airflow.utils.platform": "IS_WINDOWS annotations cache get_airflow_git_version getpass getuser is_terminal_support_colors is_tty log logging os pkgutil platform sys",
    "airflow.utils.process_utils": "AirflowException DEFAULT_TIME_TO_WAIT_AFTER_SIGTERM Generator IS_WINDOWS PIDLockFile annotations check_if_pidfile_process_is_running conf contextmanager errno execute_in_subprocess execute_in_subprocess_with_kwargs execute_interactive kill_child_processes_by_pids log logging os patch_environ psutil pty reap_process_group select set_new_process_group shlex signal subprocess sys termios tty",
    "airflow.utils.providers_configuration_loader": "Callable PS ParamSpec RT TypeVar annotations providers_configuration_loaded wraps",
    "airflow.utils.pydantic": "BaseModel ConfigDict PlainSerializer PlainValidator ValidationInfo annotations is_pydantic_2_installed metadata version",
    "airflow.utils.python_virtualenv": "Path _generate_pip_conf _generate_pip_install_cmd_from_file _generate_pip_install_cmd_from_list _generate_virtualenv_cmd _remove_task_decorator annotations execute_in_subprocess jinja2 os prepare_virtualenv remove_task_decorator select_autoescape sys warnings write_python_script",
    "airflow.utils.retries": "Callable DBAPIError F MAX_DB_RETRIES TypeVar annotations conf functools logging overload retry_db_transaction run_with_db_retries signature",
    "airflow.utils.scheduler_health": "BaseHTTPRequestHandler HTTPServer HealthServer Job SchedulerJobRunner annotations conf create_session get_hostname log logging select serve_health_check",
    "airflow.utils.sensor_helper": "DagBag DagRun NEW_SESSION TYPE_CHECKING TaskInstance _count_query _get_count _get_external_task_group_task_ids annotations cast func provide_session select tuple_in_condition",
    "airflow.utils.serve_logs": "ExpiredSignatureError Flask GunicornOption HTTPException ImmatureSignatureError InvalidAudienceError InvalidIssuedAtError InvalidSignatureError JWTSigner StandaloneGunicornApplication abort annotations conf create_app get_docs_url gunicorn import_string logger logging namedtuple os request send_from_directory serve_logs setproctitle socket",
    "airflow.utils.session": "Callable Generator InternalApiConfig NEW_SESSION PS ParamSpec RT SASession TracebackSession TracebackSessionForTests TypeVar annotations cast contextlib create_session find_session_idx os provide_session settings signature wraps",
    "airflow.utils.setup_teardown": "AirflowException BaseSetupTeardownContext SetupTeardownContext TYPE_CHECKING annotations cast",
    "airflow.utils.singleton": "Generic Singleton T TypeVar annotations",
    "airflow.utils.sqlalchemy": "Any CommitProhibitorGuard Encoding ExecutorConfigType ExtendedJSON Generator Interval Iterable JSON PickleType TIMESTAMP TYPE_CHECKING Text TypeDecorator USE_ROW_LEVEL_LOCKING UtcDateTime annotations conf contextlib copy datetime ensure_pod_is_valid_after_unpickling event get_orm_mapper is_lock_not_available_error is_sqlalchemy_v1 json lock_rows log logging make_naive metadata mysql nulls_first nullsfirst overload prohibit_commit relativedelta sanitize_for_serialization tuple_ tuple_in_condition tuple_not_in_condition utc version with_row_locks",
    "airflow.utils.state": "DagRunState Enum JobState State TaskInstanceState annotations",
    "airflow.utils.strings": "TRUE_LIKE_VALUES annotations get_random_string random string to_boolean",
    "airflow.utils.task_group": "AirflowDagCycleException AirflowException Any DAGNode DagAttributeTypes DuplicateTaskIdFound Generator Iterator MappedTaskGroup Sequence TASKGROUP_ARGS_EXPECTED_TYPES TYPE_CHECKING TaskAlreadyInTaskGroup TaskGroup TaskGroupContext TriggerRule annotations copy functools methodtools operator re2 task_group_to_dict validate_group_key validate_instance_args weakref",
    "airflow.utils.task_instance_session": "InternalApiConfig TYPE_CHECKING TracebackSession __current_task_instance_session annotations contextlib get_current_task_instance_session log logging set_current_task_instance_session settings traceback",
    "airflow.utils.template": "Any LiteralValue annotations literal",
    "airflow.utils.timeout": "AirflowTaskTimeout ContextManager IS_WINDOWS LoggingMixin TimeoutPosix TimeoutWindows Timer _timeout annotations os signal timeout",
    "airflow.utils.timezone": "DateTime TYPE_CHECKING _PENDULUM3 annotations coerce_datetime convert_to_utc datetime dt from_timestamp is_localized is_naive local_timezone make_aware make_naive metadata overload parse parse_timezone pendulum relativedelta td_format utc utc_epoch utcnow version",
    "airflow.utils.trigger_rule": "Enum TriggerRule annotations",
    "airflow.utils.types": "ArgNotSet AttributeRemoved DagRunType EdgeInfoType NOTSET TYPE_CHECKING TypedDict annotations enum",
    "airflow.utils.warnings": "Generator annotations capture_with_reraise contextmanager warnings",
    "airflow.utils.weekday": "Iterable WeekDay annotations enum",
    "airflow.utils.weight_rule": "DB_SAFE_MAXIMUM DB_SAFE_MINIMUM Enum WeightRule annotations db_safe_priority methodtools",
    "airflow.utils.xcom": "MAX_XCOM_SIZE XCOM_RETURN_KEY annotations",
    "airflow.utils.yaml": "AliasEvent AliasToken AnchorToken Any BaseDumper BaseLoader BinaryIO BlockEndToken BlockEntryToken BlockMappingStartToken BlockSequenceStartToken CBaseDumper CBaseLoader CDumper CFullLoader CLoader CSafeDumper CSafeLoader CUnsafeLoader CollectionEndEvent CollectionNode CollectionStartEvent DirectiveToken DocumentEndEvent DocumentEndToken DocumentStartEvent DocumentStartToken Dumper Event FlowEntryToken FlowMappingEndToken FlowMappingStartToken FlowSequenceEndToken FlowSequenceStartToken FullLoader KeyToken Loader MappingEndEvent MappingNode MappingStartEvent Mark MarkedYAMLError Node NodeEvent SafeDumper SafeLoader ScalarEvent ScalarNode ScalarToken SequenceEndEvent SequenceNode SequenceStartEvent StreamEndEvent StreamEndToken StreamStartEvent StreamStartToken TYPE_CHECKING TagToken TextIO Token UnsafeLoader ValueToken YAMLError YAMLObject YAMLObjectMetaclass _yaml add_constructor add_implicit_resolver add_multi_constructor add_multi_representer add_path_resolver add_representer annotations cast compose compose_all composer constructor cyaml dump dump_all dumper emit emitter error events full_load full_load_all io load load_all loader nodes parse parser reader representer resolver safe_dump safe_dump_all safe_load safe_load_all scan scanner serialize serialize_all serializer tokens unsafe_load unsafe_load_all warnings",
    "airflow.version": "annotations version",
    "airflow.www": "api app auth blueprints constants decorators extensions fab_security forms gunicorn_config security security_appless security_manager session static templates utils validators views widgets",
    "airflow.www.api": "experimental",
    "airflow.www.api.experimental": "endpoints",
    "airflow.www.api.experimental.endpoints": "AirflowException Blueprint Callable T TYPE_CHECKING TypeVar add_deprecation_headers annotations api_experimental cast create_pool current_app dag_is_paused dag_paused dag_run_status dag_runs delete delete_dag delete_pool g get_code get_dag_code get_dag_run_state get_dag_runs get_docs_url get_lineage get_lineage_api get_pool get_pools get_task get_task_instance info jsonify latest_dag_runs log logging models pool_api request requires_authentication task_info task_instance_info test timezone to_boolean trigger trigger_dag url_for version wraps",
    "airflow.www.app": null,
    "airflow.www.auth": null,
    "airflow.www.blueprints": "Blueprint annotations index redirect routes url_for",
    "airflow.www.constants": "Path SWAGGER_BUNDLE SWAGGER_ENABLED WWW annotations conf",
    "airflow.www.decorators": "BytesIO Callable Log ParserError T TypeVar _mask_connection_fields _mask_variable_fields action_logging after_this_request annotations cast create_session functools get_auth_manager gzip gzipped itertools json logger logging pendulum request secrets_masker",
    "airflow.www.extensions": "init_appbuilder init_appbuilder_links init_auth_manager init_cache init_dagbag init_jinja_globals init_manifest_files init_robots init_security init_session init_views init_wsgi_middlewares",
    "airflow.www.extensions.init_appbuilder": null,
    "airflow.www.extensions.init_appbuilder_links": "RESOURCE_DOCS RESOURCE_DOCS_MENU annotations conf get_docs_url init_appbuilder_links",
    "airflow.www.extensions.init_auth_manager": "AirflowConfigException TYPE_CHECKING annotations auth_manager conf get_auth_manager get_auth_manager_cls init_auth_manager is_auth_manager_initialized",
    "airflow.www.extensions.init_cache": "AirflowConfigException Cache HASH_METHOD_MAPPING annotations conf gettempdir hashlib init_cache",
    "airflow.www.extensions.init_dagbag": "DAGS_FOLDER DagBag annotations init_dagbag os",
    "airflow.www.extensions.init_jinja_globals": "IS_K8S_OR_K8SCELERY_EXECUTOR STATE_COLORS airflow annotations conf get_airflow_git_version get_auth_manager get_hostname init_jinja_globals logger logging pendulum",
    "airflow.www.extensions.init_manifest_files": "annotations configure_manifest_files json os url_for",
    "airflow.www.extensions.init_robots": "annotations init_robots log logging",
    "airflow.www.extensions.init_security": "AirflowConfigException AirflowException annotations conf get_auth_manager import_module init_api_experimental_auth init_cache_control init_check_user_active init_xframe_protection log logging redirect request",
    "airflow.www.extensions.init_session": "AirflowConfigException AirflowDatabaseSessionInterface AirflowSecureCookieSessionInterface annotations builtin_flask_session conf init_airflow_session_interface",
    "airflow.www.extensions.init_views": null,
    "airflow.www.extensions.init_wsgi_middlewares": "AirflowConfigException DispatcherMiddleware Iterable ProxyFix TYPE_CHECKING _root_app annotations conf init_wsgi_middleware urlsplit",
    "airflow.www.fab_security": "manager",
    "airflow.www.fab_security.manager": "AUTH_DB AUTH_LDAP AUTH_OAUTH AUTH_OID AUTH_REMOTE_USER LOGMSG_WAR_SEC_LOGIN_FAILED __lazy_imports annotations log logging",
    "airflow.www.forms": null,
    "airflow.www.gunicorn_config": "annotations on_starting post_worker_init setproctitle settings",
    "airflow.www.security": null,
    "airflow.www.security_appless": null,
    "airflow.www.security_manager": null,
    "airflow.www.session": "AirflowDatabaseSessionInterface AirflowSecureCookieSessionInterface SecureCookieSessionInterface SessionExemptMixin SqlAlchemySessionInterface annotations request",
    "airflow.www.static": "js",
    "airflow.www.static.js": "components dag datasets",
    "airflow.www.static.js.components": "",
    "airflow.www.static.js.dag": "details grid",
    "airflow.www.static.js.dag.details": "taskInstance",
    "airflow.www.static.js.dag.details.taskInstance": "",
    "airflow.www.static.js.dag.grid": "",
    "airflow.www.static.js.datasets": "",
    "airflow.www.templates": "",
    "airflow.www.utils": null,
    "airflow.www.validators": "CONN_ID_MAX_LEN EqualTo GreaterEqualThan JSONDecodeError ReadOnly ValidConnID ValidJson ValidKey ValidationError annotations helpers json sanitize_conn_id",
    "airflow.www.views": null,
    "airflow.www.widgets": null
  }
};

// src/dags/airflow-core-names.ts
var import_fastest_levenshtein = __toESM(require_mod(), 1);
var MODULES = airflow_core_names_default.modules;
var ALIASES = airflow_core_names_default.aliases;
var DETACHED = /* @__PURE__ */ new Set([...Object.keys(ALIASES), ...airflow_core_names_default.detached]);
var SHADOWED = new Set(airflow_core_names_default.shadowed);
var UNLOCATED = /* @__PURE__ */ new Set([...Object.keys(ALIASES), ...airflow_core_names_default.unlocated]);
var ATTRIBUTE_ERRORS = airflow_core_names_default.attributeErrors;
var namesCache = /* @__PURE__ */ new Map();
var packages;
function providerAliasTarget(module) {
  const target = Object.hasOwn(ALIASES, module) ? ALIASES[module] : void 0;
  return target?.startsWith("airflow.providers.") ? target : void 0;
}
function judgesAirflowCore(airflowVersion) {
  return airflowVersion !== void 0 && /^2\.10(\.|$)/.test(airflowVersion);
}
function namesOf(module) {
  if (!(module in MODULES)) return void 0;
  let names = namesCache.get(module);
  if (names === void 0) {
    const listed = MODULES[module];
    names = listed === null || listed === void 0 ? null : new Set(listed.split(" "));
    namesCache.set(module, names);
  }
  return names;
}
function isPackage(module) {
  if (!packages) {
    packages = /* @__PURE__ */ new Set();
    for (const name of Object.keys(MODULES)) packages.add(name.slice(0, name.lastIndexOf(".")));
  }
  return packages.has(module);
}
function closest(name, candidates) {
  const byLower = /* @__PURE__ */ new Map();
  for (const candidate of candidates) if (!/^_/.test(candidate) || name.startsWith("_")) byLower.set(candidate.toLowerCase(), candidate);
  const found = nearestName(name, [...byLower.keys()]);
  return found === void 0 ? void 0 : byLower.get(found);
}
var isCore = (module) => (module === "airflow" || module.startsWith("airflow.")) && module !== "airflow.providers" && !module.startsWith("airflow.providers.");
var dunder = (name) => /^__\w+__$/.test(name);
function moduleFix(missing, names) {
  const wanted = names.find((n) => n !== "*" && !dunder(n));
  if (wanted) {
    let home;
    const word = ` ${wanted} `;
    for (const [m, listed] of Object.entries(MODULES)) {
      if (m in ALIASES || listed === null || !` ${listed} `.includes(word)) continue;
      const distance = (0, import_fastest_levenshtein.distance)(missing, m);
      if (!home || distance < home.distance) home = { module: m, distance };
    }
    if (home) return `write 'from ${home.module} import ${wanted}'`;
  }
  const parent = missing.slice(0, missing.lastIndexOf("."));
  const siblings = Object.keys(MODULES).filter((m) => m.startsWith(`${parent}.`) && !m.slice(parent.length + 1).includes("."));
  const near = closest(missing.slice(parent.length + 1), siblings.map((m) => m.slice(parent.length + 1)));
  if (near) return `did you mean '${parent}.${near}'?`;
  return missing.startsWith("airflow.contrib.") ? "airflow.contrib holds only the deprecated names Airflow 1 had there, most moved to provider packages: import from the module the name lives in now" : `check the module path: Airflow ${airflow_core_names_default.version} has no '${missing}'`;
}
function missingModule(module) {
  const parts = module.split(".");
  for (let i = 2; i <= parts.length; i++) {
    const prefix = parts.slice(0, i).join(".");
    if (prefix in MODULES) continue;
    const parent = parts.slice(0, i - 1).join(".");
    const notPackage = !isPackage(parent) ? `; '${parent}' is not a package` : "";
    return { error: `ModuleNotFoundError: No module named '${prefix}'${notPackage}`, fix: "" };
  }
  return void 0;
}
function airflowCoreImportProblems(module, names = []) {
  if (!isCore(module)) return [];
  if (!(module in MODULES)) {
    const [, first] = module.split(".");
    if (first !== void 0 && !(`airflow.${first}` in MODULES)) return [];
    const gone = missingModule(module);
    if (gone) {
      const missing = /No module named '([^']+)'/.exec(gone.error)?.[1] ?? module;
      return [{ ...gone, fix: moduleFix(missing, names) }];
    }
  }
  const served = namesOf(module);
  if (!served) return [];
  const out = [];
  for (const name of names) {
    if (name === "*" || dunder(name) || served.has(name)) continue;
    const where = UNLOCATED.has(module) ? " (unknown location)" : "";
    const near = closest(name, served);
    const moved = ALIASES[module];
    out.push({
      error: `ImportError: cannot import name '${name}' from '${module}'${where}`,
      fix: near ? `write 'from ${module} import ${near}'` : moved ? `'${module}' is a deprecated module that only forwards the names moved to ${moved}: import '${name}' from where it lives now (${moved.startsWith("airflow.providers.") ? "a provider package's module, " : ""}e.g. 'from ${moved} import ${name}')` : `check the name: '${module}' has no '${name}' in Airflow ${airflow_core_names_default.version}`
    });
  }
  return out;
}
function airflowCoreAttributeProblem(path) {
  if (!isCore(path)) return void 0;
  const parts = path.split(".");
  let module = "airflow";
  for (let i = 1; i < parts.length; i++) {
    const part = parts[i];
    const child = `${module}.${part}`;
    if (SHADOWED.has(child)) return void 0;
    const detached = DETACHED.has(child);
    if (child in MODULES && !detached) {
      module = child;
      continue;
    }
    const served = namesOf(module);
    if (!detached && (!served || served.has(part) || dunder(part))) return void 0;
    const wording = ATTRIBUTE_ERRORS[module] ?? (module in ALIASES ? `The module \`'${module}'\` has no attribute \`'{}'\`` : `module '${module}' has no attribute '{}'`);
    const error = `AttributeError: ${wording.replace("{}", part)}`;
    if (detached) {
      const moved = ALIASES[child];
      const name = parts[i + 1];
      const how = name ? `write 'from ${child} import ${name}'${moved ? ` (its names moved under '${moved}')` : ""}` : `import from it: 'from ${child} import ...'`;
      return { error, fix: `'${child}' is a deprecated module Airflow serves to imports only, no attribute of '${module}': ${how}` };
    }
    const near = closest(part, served);
    return { error, fix: near ? `write '${module}.${near}'` : `check the name: '${module}' has no '${part}' in Airflow ${airflow_core_names_default.version}` };
  }
  return void 0;
}

// src/dags/data/time-zones.json
var time_zones_default = {
  $comment: "IANA time zone database 2025b zone and link names (zoneinfo.available_timezones() over Debian's tzdata 2025b), the names pendulum and zoneinfo load on an Astro Runtime; see README.md here.",
  version: "2025b",
  names: [
    "Africa/Abidjan",
    "Africa/Accra",
    "Africa/Addis_Ababa",
    "Africa/Algiers",
    "Africa/Asmara",
    "Africa/Asmera",
    "Africa/Bamako",
    "Africa/Bangui",
    "Africa/Banjul",
    "Africa/Bissau",
    "Africa/Blantyre",
    "Africa/Brazzaville",
    "Africa/Bujumbura",
    "Africa/Cairo",
    "Africa/Casablanca",
    "Africa/Ceuta",
    "Africa/Conakry",
    "Africa/Dakar",
    "Africa/Dar_es_Salaam",
    "Africa/Djibouti",
    "Africa/Douala",
    "Africa/El_Aaiun",
    "Africa/Freetown",
    "Africa/Gaborone",
    "Africa/Harare",
    "Africa/Johannesburg",
    "Africa/Juba",
    "Africa/Kampala",
    "Africa/Khartoum",
    "Africa/Kigali",
    "Africa/Kinshasa",
    "Africa/Lagos",
    "Africa/Libreville",
    "Africa/Lome",
    "Africa/Luanda",
    "Africa/Lubumbashi",
    "Africa/Lusaka",
    "Africa/Malabo",
    "Africa/Maputo",
    "Africa/Maseru",
    "Africa/Mbabane",
    "Africa/Mogadishu",
    "Africa/Monrovia",
    "Africa/Nairobi",
    "Africa/Ndjamena",
    "Africa/Niamey",
    "Africa/Nouakchott",
    "Africa/Ouagadougou",
    "Africa/Porto-Novo",
    "Africa/Sao_Tome",
    "Africa/Timbuktu",
    "Africa/Tripoli",
    "Africa/Tunis",
    "Africa/Windhoek",
    "America/Adak",
    "America/Anchorage",
    "America/Anguilla",
    "America/Antigua",
    "America/Araguaina",
    "America/Argentina/Buenos_Aires",
    "America/Argentina/Catamarca",
    "America/Argentina/ComodRivadavia",
    "America/Argentina/Cordoba",
    "America/Argentina/Jujuy",
    "America/Argentina/La_Rioja",
    "America/Argentina/Mendoza",
    "America/Argentina/Rio_Gallegos",
    "America/Argentina/Salta",
    "America/Argentina/San_Juan",
    "America/Argentina/San_Luis",
    "America/Argentina/Tucuman",
    "America/Argentina/Ushuaia",
    "America/Aruba",
    "America/Asuncion",
    "America/Atikokan",
    "America/Atka",
    "America/Bahia",
    "America/Bahia_Banderas",
    "America/Barbados",
    "America/Belem",
    "America/Belize",
    "America/Blanc-Sablon",
    "America/Boa_Vista",
    "America/Bogota",
    "America/Boise",
    "America/Buenos_Aires",
    "America/Cambridge_Bay",
    "America/Campo_Grande",
    "America/Cancun",
    "America/Caracas",
    "America/Catamarca",
    "America/Cayenne",
    "America/Cayman",
    "America/Chicago",
    "America/Chihuahua",
    "America/Ciudad_Juarez",
    "America/Coral_Harbour",
    "America/Cordoba",
    "America/Costa_Rica",
    "America/Coyhaique",
    "America/Creston",
    "America/Cuiaba",
    "America/Curacao",
    "America/Danmarkshavn",
    "America/Dawson",
    "America/Dawson_Creek",
    "America/Denver",
    "America/Detroit",
    "America/Dominica",
    "America/Edmonton",
    "America/Eirunepe",
    "America/El_Salvador",
    "America/Ensenada",
    "America/Fort_Nelson",
    "America/Fort_Wayne",
    "America/Fortaleza",
    "America/Glace_Bay",
    "America/Godthab",
    "America/Goose_Bay",
    "America/Grand_Turk",
    "America/Grenada",
    "America/Guadeloupe",
    "America/Guatemala",
    "America/Guayaquil",
    "America/Guyana",
    "America/Halifax",
    "America/Havana",
    "America/Hermosillo",
    "America/Indiana/Indianapolis",
    "America/Indiana/Knox",
    "America/Indiana/Marengo",
    "America/Indiana/Petersburg",
    "America/Indiana/Tell_City",
    "America/Indiana/Vevay",
    "America/Indiana/Vincennes",
    "America/Indiana/Winamac",
    "America/Indianapolis",
    "America/Inuvik",
    "America/Iqaluit",
    "America/Jamaica",
    "America/Jujuy",
    "America/Juneau",
    "America/Kentucky/Louisville",
    "America/Kentucky/Monticello",
    "America/Knox_IN",
    "America/Kralendijk",
    "America/La_Paz",
    "America/Lima",
    "America/Los_Angeles",
    "America/Louisville",
    "America/Lower_Princes",
    "America/Maceio",
    "America/Managua",
    "America/Manaus",
    "America/Marigot",
    "America/Martinique",
    "America/Matamoros",
    "America/Mazatlan",
    "America/Mendoza",
    "America/Menominee",
    "America/Merida",
    "America/Metlakatla",
    "America/Mexico_City",
    "America/Miquelon",
    "America/Moncton",
    "America/Monterrey",
    "America/Montevideo",
    "America/Montreal",
    "America/Montserrat",
    "America/Nassau",
    "America/New_York",
    "America/Nipigon",
    "America/Nome",
    "America/Noronha",
    "America/North_Dakota/Beulah",
    "America/North_Dakota/Center",
    "America/North_Dakota/New_Salem",
    "America/Nuuk",
    "America/Ojinaga",
    "America/Panama",
    "America/Pangnirtung",
    "America/Paramaribo",
    "America/Phoenix",
    "America/Port-au-Prince",
    "America/Port_of_Spain",
    "America/Porto_Acre",
    "America/Porto_Velho",
    "America/Puerto_Rico",
    "America/Punta_Arenas",
    "America/Rainy_River",
    "America/Rankin_Inlet",
    "America/Recife",
    "America/Regina",
    "America/Resolute",
    "America/Rio_Branco",
    "America/Rosario",
    "America/Santa_Isabel",
    "America/Santarem",
    "America/Santiago",
    "America/Santo_Domingo",
    "America/Sao_Paulo",
    "America/Scoresbysund",
    "America/Shiprock",
    "America/Sitka",
    "America/St_Barthelemy",
    "America/St_Johns",
    "America/St_Kitts",
    "America/St_Lucia",
    "America/St_Thomas",
    "America/St_Vincent",
    "America/Swift_Current",
    "America/Tegucigalpa",
    "America/Thule",
    "America/Thunder_Bay",
    "America/Tijuana",
    "America/Toronto",
    "America/Tortola",
    "America/Vancouver",
    "America/Virgin",
    "America/Whitehorse",
    "America/Winnipeg",
    "America/Yakutat",
    "America/Yellowknife",
    "Antarctica/Casey",
    "Antarctica/Davis",
    "Antarctica/DumontDUrville",
    "Antarctica/Macquarie",
    "Antarctica/Mawson",
    "Antarctica/McMurdo",
    "Antarctica/Palmer",
    "Antarctica/Rothera",
    "Antarctica/South_Pole",
    "Antarctica/Syowa",
    "Antarctica/Troll",
    "Antarctica/Vostok",
    "Arctic/Longyearbyen",
    "Asia/Aden",
    "Asia/Almaty",
    "Asia/Amman",
    "Asia/Anadyr",
    "Asia/Aqtau",
    "Asia/Aqtobe",
    "Asia/Ashgabat",
    "Asia/Ashkhabad",
    "Asia/Atyrau",
    "Asia/Baghdad",
    "Asia/Bahrain",
    "Asia/Baku",
    "Asia/Bangkok",
    "Asia/Barnaul",
    "Asia/Beirut",
    "Asia/Bishkek",
    "Asia/Brunei",
    "Asia/Calcutta",
    "Asia/Chita",
    "Asia/Choibalsan",
    "Asia/Chongqing",
    "Asia/Chungking",
    "Asia/Colombo",
    "Asia/Dacca",
    "Asia/Damascus",
    "Asia/Dhaka",
    "Asia/Dili",
    "Asia/Dubai",
    "Asia/Dushanbe",
    "Asia/Famagusta",
    "Asia/Gaza",
    "Asia/Harbin",
    "Asia/Hebron",
    "Asia/Ho_Chi_Minh",
    "Asia/Hong_Kong",
    "Asia/Hovd",
    "Asia/Irkutsk",
    "Asia/Istanbul",
    "Asia/Jakarta",
    "Asia/Jayapura",
    "Asia/Jerusalem",
    "Asia/Kabul",
    "Asia/Kamchatka",
    "Asia/Karachi",
    "Asia/Kashgar",
    "Asia/Kathmandu",
    "Asia/Katmandu",
    "Asia/Khandyga",
    "Asia/Kolkata",
    "Asia/Krasnoyarsk",
    "Asia/Kuala_Lumpur",
    "Asia/Kuching",
    "Asia/Kuwait",
    "Asia/Macao",
    "Asia/Macau",
    "Asia/Magadan",
    "Asia/Makassar",
    "Asia/Manila",
    "Asia/Muscat",
    "Asia/Nicosia",
    "Asia/Novokuznetsk",
    "Asia/Novosibirsk",
    "Asia/Omsk",
    "Asia/Oral",
    "Asia/Phnom_Penh",
    "Asia/Pontianak",
    "Asia/Pyongyang",
    "Asia/Qatar",
    "Asia/Qostanay",
    "Asia/Qyzylorda",
    "Asia/Rangoon",
    "Asia/Riyadh",
    "Asia/Saigon",
    "Asia/Sakhalin",
    "Asia/Samarkand",
    "Asia/Seoul",
    "Asia/Shanghai",
    "Asia/Singapore",
    "Asia/Srednekolymsk",
    "Asia/Taipei",
    "Asia/Tashkent",
    "Asia/Tbilisi",
    "Asia/Tehran",
    "Asia/Tel_Aviv",
    "Asia/Thimbu",
    "Asia/Thimphu",
    "Asia/Tokyo",
    "Asia/Tomsk",
    "Asia/Ujung_Pandang",
    "Asia/Ulaanbaatar",
    "Asia/Ulan_Bator",
    "Asia/Urumqi",
    "Asia/Ust-Nera",
    "Asia/Vientiane",
    "Asia/Vladivostok",
    "Asia/Yakutsk",
    "Asia/Yangon",
    "Asia/Yekaterinburg",
    "Asia/Yerevan",
    "Atlantic/Azores",
    "Atlantic/Bermuda",
    "Atlantic/Canary",
    "Atlantic/Cape_Verde",
    "Atlantic/Faeroe",
    "Atlantic/Faroe",
    "Atlantic/Jan_Mayen",
    "Atlantic/Madeira",
    "Atlantic/Reykjavik",
    "Atlantic/South_Georgia",
    "Atlantic/St_Helena",
    "Atlantic/Stanley",
    "Australia/ACT",
    "Australia/Adelaide",
    "Australia/Brisbane",
    "Australia/Broken_Hill",
    "Australia/Canberra",
    "Australia/Currie",
    "Australia/Darwin",
    "Australia/Eucla",
    "Australia/Hobart",
    "Australia/LHI",
    "Australia/Lindeman",
    "Australia/Lord_Howe",
    "Australia/Melbourne",
    "Australia/NSW",
    "Australia/North",
    "Australia/Perth",
    "Australia/Queensland",
    "Australia/South",
    "Australia/Sydney",
    "Australia/Tasmania",
    "Australia/Victoria",
    "Australia/West",
    "Australia/Yancowinna",
    "Brazil/Acre",
    "Brazil/DeNoronha",
    "Brazil/East",
    "Brazil/West",
    "CET",
    "CST6CDT",
    "Canada/Atlantic",
    "Canada/Central",
    "Canada/Eastern",
    "Canada/Mountain",
    "Canada/Newfoundland",
    "Canada/Pacific",
    "Canada/Saskatchewan",
    "Canada/Yukon",
    "Chile/Continental",
    "Chile/EasterIsland",
    "Cuba",
    "EET",
    "EST",
    "EST5EDT",
    "Egypt",
    "Eire",
    "Etc/GMT",
    "Etc/GMT+0",
    "Etc/GMT+1",
    "Etc/GMT+10",
    "Etc/GMT+11",
    "Etc/GMT+12",
    "Etc/GMT+2",
    "Etc/GMT+3",
    "Etc/GMT+4",
    "Etc/GMT+5",
    "Etc/GMT+6",
    "Etc/GMT+7",
    "Etc/GMT+8",
    "Etc/GMT+9",
    "Etc/GMT-0",
    "Etc/GMT-1",
    "Etc/GMT-10",
    "Etc/GMT-11",
    "Etc/GMT-12",
    "Etc/GMT-13",
    "Etc/GMT-14",
    "Etc/GMT-2",
    "Etc/GMT-3",
    "Etc/GMT-4",
    "Etc/GMT-5",
    "Etc/GMT-6",
    "Etc/GMT-7",
    "Etc/GMT-8",
    "Etc/GMT-9",
    "Etc/GMT0",
    "Etc/Greenwich",
    "Etc/UCT",
    "Etc/UTC",
    "Etc/Universal",
    "Etc/Zulu",
    "Europe/Amsterdam",
    "Europe/Andorra",
    "Europe/Astrakhan",
    "Europe/Athens",
    "Europe/Belfast",
    "Europe/Belgrade",
    "Europe/Berlin",
    "Europe/Bratislava",
    "Europe/Brussels",
    "Europe/Bucharest",
    "Europe/Budapest",
    "Europe/Busingen",
    "Europe/Chisinau",
    "Europe/Copenhagen",
    "Europe/Dublin",
    "Europe/Gibraltar",
    "Europe/Guernsey",
    "Europe/Helsinki",
    "Europe/Isle_of_Man",
    "Europe/Istanbul",
    "Europe/Jersey",
    "Europe/Kaliningrad",
    "Europe/Kiev",
    "Europe/Kirov",
    "Europe/Kyiv",
    "Europe/Lisbon",
    "Europe/Ljubljana",
    "Europe/London",
    "Europe/Luxembourg",
    "Europe/Madrid",
    "Europe/Malta",
    "Europe/Mariehamn",
    "Europe/Minsk",
    "Europe/Monaco",
    "Europe/Moscow",
    "Europe/Nicosia",
    "Europe/Oslo",
    "Europe/Paris",
    "Europe/Podgorica",
    "Europe/Prague",
    "Europe/Riga",
    "Europe/Rome",
    "Europe/Samara",
    "Europe/San_Marino",
    "Europe/Sarajevo",
    "Europe/Saratov",
    "Europe/Simferopol",
    "Europe/Skopje",
    "Europe/Sofia",
    "Europe/Stockholm",
    "Europe/Tallinn",
    "Europe/Tirane",
    "Europe/Tiraspol",
    "Europe/Ulyanovsk",
    "Europe/Uzhgorod",
    "Europe/Vaduz",
    "Europe/Vatican",
    "Europe/Vienna",
    "Europe/Vilnius",
    "Europe/Volgograd",
    "Europe/Warsaw",
    "Europe/Zagreb",
    "Europe/Zaporozhye",
    "Europe/Zurich",
    "Factory",
    "GB",
    "GB-Eire",
    "GMT",
    "GMT+0",
    "GMT-0",
    "GMT0",
    "Greenwich",
    "HST",
    "Hongkong",
    "Iceland",
    "Indian/Antananarivo",
    "Indian/Chagos",
    "Indian/Christmas",
    "Indian/Cocos",
    "Indian/Comoro",
    "Indian/Kerguelen",
    "Indian/Mahe",
    "Indian/Maldives",
    "Indian/Mauritius",
    "Indian/Mayotte",
    "Indian/Reunion",
    "Iran",
    "Israel",
    "Jamaica",
    "Japan",
    "Kwajalein",
    "Libya",
    "MET",
    "MST",
    "MST7MDT",
    "Mexico/BajaNorte",
    "Mexico/BajaSur",
    "Mexico/General",
    "NZ",
    "NZ-CHAT",
    "Navajo",
    "PRC",
    "PST8PDT",
    "Pacific/Apia",
    "Pacific/Auckland",
    "Pacific/Bougainville",
    "Pacific/Chatham",
    "Pacific/Chuuk",
    "Pacific/Easter",
    "Pacific/Efate",
    "Pacific/Enderbury",
    "Pacific/Fakaofo",
    "Pacific/Fiji",
    "Pacific/Funafuti",
    "Pacific/Galapagos",
    "Pacific/Gambier",
    "Pacific/Guadalcanal",
    "Pacific/Guam",
    "Pacific/Honolulu",
    "Pacific/Johnston",
    "Pacific/Kanton",
    "Pacific/Kiritimati",
    "Pacific/Kosrae",
    "Pacific/Kwajalein",
    "Pacific/Majuro",
    "Pacific/Marquesas",
    "Pacific/Midway",
    "Pacific/Nauru",
    "Pacific/Niue",
    "Pacific/Norfolk",
    "Pacific/Noumea",
    "Pacific/Pago_Pago",
    "Pacific/Palau",
    "Pacific/Pitcairn",
    "Pacific/Pohnpei",
    "Pacific/Ponape",
    "Pacific/Port_Moresby",
    "Pacific/Rarotonga",
    "Pacific/Saipan",
    "Pacific/Samoa",
    "Pacific/Tahiti",
    "Pacific/Tarawa",
    "Pacific/Tongatapu",
    "Pacific/Truk",
    "Pacific/Wake",
    "Pacific/Wallis",
    "Pacific/Yap",
    "Poland",
    "Portugal",
    "ROC",
    "ROK",
    "Singapore",
    "Turkey",
    "UCT",
    "US/Alaska",
    "US/Aleutian",
    "US/Arizona",
    "US/Central",
    "US/East-Indiana",
    "US/Eastern",
    "US/Hawaii",
    "US/Indiana-Starke",
    "US/Michigan",
    "US/Mountain",
    "US/Pacific",
    "US/Samoa",
    "UTC",
    "Universal",
    "W-SU",
    "WET",
    "Zulu",
    "localtime"
  ]
};

// src/dags/time-zones.ts
var KNOWN = new Set(time_zones_default.names);
var BY_LOWER = new Map(time_zones_default.names.map((name) => [name.toLowerCase(), name]));
var LOWER_NAMES = [...BY_LOWER.keys()];
var REMOVED = new Map([
  ["Canada/East-Saskatchewan", "America/Regina"],
  ["US/Pacific-New", "America/Los_Angeles"],
  ...["AST4", "AST4ADT", "CST6", "CST6CDT", "EST5", "EST5EDT", "HST10", "MST7", "MST7MDT", "PST8", "PST8PDT", "YST9", "YST9YDT"].map((z) => [`SystemV/${z}`, void 0])
]);
function knownToIcu(name) {
  try {
    new Intl.DateTimeFormat("en", { timeZone: name });
    return true;
  } catch {
    return false;
  }
}
function timeZoneProblem(name, loader) {
  if (KNOWN.has(name)) return void 0;
  if (name === "posixrules" || name === "localtime") return void 0;
  const copy = /^(posix|right)\/(.+)$/.exec(name);
  if (copy && KNOWN.has(copy[2])) return void 0;
  if (REMOVED.has(name)) return { message: `the IANA time zone database removed this name`, ...REMOVED.get(name) ? { suggestion: REMOVED.get(name) } : {} };
  if (loader === "pendulum" && name.toLowerCase() === "utc") return void 0;
  const sameLetters = BY_LOWER.get(name.toLowerCase());
  if (sameLetters) return { message: `time zone names are case-sensitive`, suggestion: sameLetters };
  if (knownToIcu(name) && !/^[+-]|^Z$/i.test(name)) return void 0;
  const near = nearestName(name, LOWER_NAMES);
  return { message: `no such time zone in the IANA time zone database`, ...near ? { suggestion: BY_LOWER.get(near) } : {} };
}

// src/dags/reimported-dags.ts
import { posix as posix2 } from "node:path";

// src/dags/project-classes.ts
import { readdir } from "node:fs/promises";
import { join, posix, relative, sep } from "node:path";
function projectModuleNames(projectPath) {
  const withoutExt = projectPath.replace(/\.py$/, "").replace(/\/__init__$/, "");
  const dotted = withoutExt.split("/").join(".");
  const names = [dotted];
  for (const folder of ["dags.", "plugins."]) if (dotted.startsWith(folder) && dotted.length > folder.length) names.push(dotted.slice(folder.length));
  return names;
}
function makeResolver(sources) {
  const index = /* @__PURE__ */ new Map();
  for (const source of sources) {
    for (const definition of source.classes) for (const module of source.modules) index.set(`${module}.${definition.name}`, { source, definition });
  }
  const memo = /* @__PURE__ */ new Map();
  const dagClass = (qualified, seen) => {
    const known = KNOWN_DAG_CLASSES.get(qualified);
    if (known !== void 0) return { plain: isAirflowDagClass(known) };
    const cached = memo.get(qualified);
    if (cached !== void 0) return cached;
    if (seen.has(qualified)) return false;
    seen.add(qualified);
    const found = index.get(qualified);
    let result = false;
    for (const base of found?.definition.bases ?? []) {
      for (const q of qualify(base, found.source)) {
        const inherited = dagClass(q, seen);
        if (inherited === false) continue;
        const init = combineClassInits(found?.definition.init, inherited.init);
        result = { ...init ? { init } : {}, plain: found?.definition.plain === true && inherited.plain === true };
        break;
      }
      if (result) break;
    }
    memo.set(qualified, result);
    return result;
  };
  return (name, source) => {
    for (const q of qualify(name, source)) {
      const found = dagClass(q, /* @__PURE__ */ new Set());
      if (found) return { name: q, ...found };
    }
    return void 0;
  };
}
function qualify(name, source) {
  if (name.startsWith("local:")) return source.modules.slice(0, 1).map((m) => `${m}.${name.slice(6)}`);
  if (!name.startsWith(".")) return [name];
  const dots = /^\.+/.exec(name)?.[0].length ?? 1;
  const rest = name.slice(dots);
  return source.modules.map((module) => {
    const parts = module.split(".");
    const base = parts.slice(0, Math.max(0, parts.length - dots));
    return [...base, rest].filter(Boolean).join(".");
  });
}
var CLASS_STATEMENT = /^[ \t]*class[ \t]+\w+[ \t]*\(/m;
async function resolveProjectDagClasses(project, analyses, analyzer, cache) {
  if (!analyses.some((a) => a.inventory?.candidateDags?.length)) return analyses;
  const projectPath = (repoPath) => project.relativeRoot ? posix.relative(project.relativeRoot, repoPath) : repoPath;
  const sources = analyses.filter((a) => a.inventory?.classes?.length).map((a) => ({ file: a.file, modules: projectModuleNames(projectPath(a.file)), classes: a.inventory?.classes ?? [] }));
  sources.push(...await classesOutsideDags(project, analyzer, new Set(analyses.map((a) => a.file)), cache));
  const resolve = makeResolver(sources);
  const sourceOf = new Map(sources.map((s) => [s.file, s]));
  return analyses.map((analysis) => {
    const inventory = analysis.inventory;
    if (!inventory?.candidateDags?.length) return analysis;
    const source = sourceOf.get(analysis.file) ?? { file: analysis.file, modules: projectModuleNames(projectPath(analysis.file)), classes: [] };
    const promoted = [];
    for (const candidate of inventory.candidateDags) {
      const resolved = candidate.dagClass ? resolve(candidate.dagClass, source) : void 0;
      if (!resolved) continue;
      const dag = { ...candidate, dagClass: candidate.dagClass?.startsWith("local:") ? candidate.dagClass.slice(6) : resolved.name };
      if (resolved.init) madeByClassInit(dag, resolved.init, dag.dagClass.slice(dag.dagClass.lastIndexOf(".") + 1));
      if (resolved.plain) dag.dagClassPlain = true;
      promoted.push(dag);
    }
    if (!promoted.length) return analysis;
    const dags = [...inventory.dags, ...promoted].sort((a, b) => a.line - b.line);
    return { ...analysis, inventory: { ...inventory, dags } };
  });
}
async function classesOutsideDags(project, analyzer, analysed, cache) {
  const files = [];
  const walk = async (dir, depth) => {
    if (depth > 20 || files.length >= 2e3) return;
    let entries;
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      if (entry.isDirectory() && !entry.name.startsWith(".") && entry.name !== "__pycache__") await walk(join(dir, entry.name), depth + 1);
      else if (entry.isFile() && entry.name.endsWith(".py")) files.push(join(dir, entry.name));
    }
  };
  for (const dir of [project.dirs.include, project.dirs.plugins, project.dirs.dags]) if (dir) await walk(dir, 0);
  const sources = [];
  for (const abs of files) {
    const bytes = await readProjectModule(abs, project.repoRoot);
    if (!bytes || !CLASS_STATEMENT.test(bytes.toString("utf8"))) continue;
    const rel = relative(project.root, abs).split(sep).join("/");
    if (analysed.has(project.relativeRoot ? `${project.relativeRoot}/${rel}` : rel)) continue;
    sources.push({ rel, bytes });
  }
  const results = await analyseModuleFiles(project, sources, analyzer, cache);
  return results.map(({ rel, analysis }) => ({ file: analysis.file, modules: projectModuleNames(rel), classes: analysis.inventory?.classes ?? [] }));
}
var MAX_MODULE_BYTES = 1e6;
async function readProjectModule(absolutePath, repoRoot) {
  try {
    if (realPathOutside(repoRoot, absolutePath) !== void 0) return void 0;
    const read = await readRegularFile(absolutePath, MAX_MODULE_BYTES);
    return typeof read === "number" ? void 0 : read;
  } catch {
    return void 0;
  }
}
async function analyseModuleFiles(project, sources, analyzer, cache) {
  const out = [];
  const pending = [];
  for (const { rel, bytes } of sources) {
    const key = analysisKey(contentHash(bytes), project.pythonVersion);
    const cached = cache?.get(key);
    const file = project.relativeRoot ? `${project.relativeRoot}/${rel}` : rel;
    out.push(cached ? { rel, analysis: { ...cached, file } } : void 0);
    if (!cached) pending.push({ at: out.length - 1, key, input: { file, bytes, pythonVersion: project.pythonVersion } });
  }
  if (pending.length) {
    const results = await analyzer.analyze(pending.map((p) => p.input));
    results.forEach((analysis, i) => {
      const { at: at2, key, input } = pending[i];
      cache?.set(key, analysis);
      out[at2] = { rel: sources[at2]?.rel ?? input.file, analysis };
    });
  }
  return out.filter((entry) => entry !== void 0);
}

// src/dags/reimported-dags.ts
function reimportRefs(imports, localModules) {
  return imports.filter((ref) => runsAtImport(ref) && localModules.includes(ref.module.split(".")[0]));
}
function runsAtImport(ref) {
  return ref.scope === "module" && !ref.typeCheckingOnly && !ref.relative && ref.module !== "";
}
var capAtWarning = (severity) => severity === "error" ? "warning" : severity;
function reimportedDagFindings(inventories, options) {
  const projectPath = (repoPath) => options.relativeRoot ? posix2.relative(options.relativeRoot, repoPath) : repoPath;
  const byModule = /* @__PURE__ */ new Map();
  for (const entry of inventories) {
    if (!entry.inventory.dags.length) continue;
    for (const module of projectModuleNames(projectPath(entry.file))) byModule.set(module, entry);
  }
  if (byModule.size === 0) return [];
  const local = (module) => {
    const resolution = options.resolver.resolve(module);
    return resolution.status === "provided" && resolution.by === "local";
  };
  const runs = [];
  for (const { file, inventory } of inventories) {
    for (const ref of inventory.imports) {
      if (!runsAtImport(ref) || !local(ref.module)) continue;
      const source = byModule.get(ref.module);
      if (source && source.file !== file) runs.push({ importer: file, ref, module: ref.module, source, names: ref.names ?? [] });
      for (const name of ref.names ?? []) {
        const sub = byModule.get(`${ref.module}.${name}`);
        if (sub && sub.file !== file && !source?.inventory.dagGlobals?.some((g) => g.name === name)) runs.push({ importer: file, ref, module: `${ref.module}.${name}`, source: sub, names: [] });
      }
    }
  }
  const importersOf = /* @__PURE__ */ new Map();
  for (const run of runs) importersOf.set(run.module, (importersOf.get(run.module) ?? /* @__PURE__ */ new Set()).add(run.importer));
  const brought = [];
  for (const run of runs) {
    const { inventory } = run.source;
    const soleImporter = (importersOf.get(run.module)?.size ?? 0) === 1;
    const star = run.names.includes("*");
    const registers = inventory.dags.some((d) => d.definedBy !== "DAG()");
    for (const dag of inventory.dags) {
      if (isUnknown(dag.dagId)) continue;
      const global = (inventory.dagGlobals ?? []).find((g) => g.line === dag.line && (star ? !g.hidden : run.names.includes(g.name)));
      const registered = dag.definedBy !== "DAG()";
      if (!global && !registered) continue;
      const certain = !run.ref.conditional && !dag.branch && (global !== void 0 || soleImporter);
      brought.push({ importer: run.importer, ref: run.ref, source: run.source.file, dag, dagId: dag.dagId, ...global ? { global: global.name } : {}, certain, registers });
    }
  }
  const findings = [];
  const seen = /* @__PURE__ */ new Set();
  const atSource = /* @__PURE__ */ new Map();
  const tailOf = (dagId, unsure) => `${unsure}DagBag finds dag_id '${dagId}' in both files: a whole-folder DagBag (astro dev parse, the DAG integrity test) fails the one it reads second (in the folder's listing order) with AirflowDagDuplicatedIdException, and a running scheduler keeps whichever file it parsed last, without an error`;
  for (const b of brought) {
    const key = `${b.importer}:${b.ref.line}:${b.source}:${b.dag.line}:${b.dagId}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const severity = b.certain ? options.severity : capAtWarning(options.severity);
    const where = `${b.source}:${b.dag.line}`;
    const how = b.global ? `it binds '${b.global}', the DAG object of dag_id '${b.dagId}' (${where}), in this file's globals, where DagBag collects every DAG` : `importing ${b.source} runs it again (DagBag imports each DAG file under a name of its own), and the DAG its ${b.dag.definedBy === "@dag" ? "@dag function call" : "with DAG(...) block"} makes (dag_id '${b.dagId}', ${where}) is registered to this file, the one being imported (Airflow's DagContext auto-registration)`;
    const unsure = b.certain ? "" : b.ref.conditional || b.dag.branch ? "if both the import and the DAG run (one is under a condition astro-ci cannot evaluate), " : `if this is the first DAG file DagBag reads that imports ${b.source} (later importers get the module Python already imported), `;
    const tail = tailOf(b.dagId, unsure);
    const module = b.ref.module;
    const fix = `do not import the DAG object from a DAG file: write the dag_id as a string where it is needed ('${b.dagId}', as ExternalTaskSensor's external_dag_id or TriggerDagRunOperator's trigger_dag_id), and move what both files share into a module that makes no DAG (include/, or a helper module under dags/)` + (!b.registers && b.global ? `; or import the module and read the DAG at run time (\`import ${module}\`, then \`${module}.${b.global}.dag_id\`): a module object in the globals is not collected` : "");
    findings.push({
      checkId: "duplicate-dag-id",
      severity,
      file: b.importer,
      line: b.ref.line,
      dagId: b.dagId,
      message: `this import brings DAG '${b.dagId}' of ${b.source} into this file: ${how}. ${capitalize(tail)}`,
      fix
    });
    const sourceKey = `${b.source}:${b.dag.line}:${b.dagId}`;
    const sourceHow = b.global ? `its import binds this DAG ('${b.global}') in its globals, where DagBag collects every DAG` : `the import runs this file again and registers the DAG to ${b.importer} (Airflow's DagContext auto-registration)`;
    const shortHow = b.global ? `binds '${b.global}' in its globals` : "runs this file again, which registers the DAG to it";
    atSource.set(sourceKey, [...atSource.get(sourceKey) ?? [], { b, severity, how: sourceHow, shortHow, unsure, fix }]);
  }
  for (const group of atSource.values()) {
    const first = group[0];
    const { b } = first;
    const base = { checkId: "duplicate-dag-id", file: b.source, line: b.dag.line, dagId: b.dagId };
    if (group.length === 1) {
      findings.push({
        ...base,
        severity: first.severity,
        message: `dag_id '${b.dagId}' is also found in ${b.importer}, which imports this DAG file (${b.importer}:${b.ref.line}): ${first.how}; ${tailOf(b.dagId, first.unsure)}`,
        fix: `in ${b.importer}: ${first.fix}`
      });
      continue;
    }
    const each = group.map((g) => `${g.b.importer}:${g.b.ref.line} (${g.unsure ? g.unsure.replace(/, $/, "") + ": " : ""}${g.shortHow})`);
    const importers = [...new Set(group.map((g) => g.b.importer))];
    findings.push({
      ...base,
      severity: group.some((g) => g.severity === "error") ? "error" : group.some((g) => g.severity === "warning") ? "warning" : first.severity,
      message: `dag_id '${b.dagId}' is also found in ${importers.length} files that import this DAG file: ${each.join("; ")}. DagBag collects every DAG in a file's globals and every DAG registered while the file is imported (Airflow's DagContext auto-registration), so it finds dag_id '${b.dagId}' in this file and in each of them: a whole-folder DagBag (astro dev parse, the DAG integrity test) fails every one it reads after the first (in the folder's listing order) with AirflowDagDuplicatedIdException, and a running scheduler keeps whichever file it parsed last, without an error`,
      fix: `in ${importers.join(", ")}: ${first.fix}`
    });
  }
  return findings;
}
function capitalize(text) {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

// src/dags/operator-signatures.ts
var shortName = (operator) => operator.slice(operator.lastIndexOf(".") + 1);
function checkOperatorCalls(inventory, ctx, emit) {
  const { airflowVersion } = ctx;
  if (!inventory.operatorCalls && !inventory.triggerRuleMembers || airflowVersion === void 0 || airflowVersion.split(".").slice(0, 2).join(".") !== DATA_MINOR) return;
  const defaultsKnown = inventory.dags.length > 0 && !inventory.candidateDags?.length && !inventory.factoryCalls?.length && inventory.dags.every((dag) => dag.defaultArgsComplete || !dag.arguments || !dag.arguments.some((a) => a.name === "default_args" || a.name === "**"));
  for (const call of inventory.operatorCalls ?? []) checkOperatorCall(call, defaultsKnown, ctx.allowIllegalArguments === true, emit);
  for (const use of inventory.triggerRuleMembers ?? []) {
    const near = nearestName(use.member, TRIGGER_RULES)?.toUpperCase();
    emit("task-argument-invalid", {
      line: use.line,
      column: use.column,
      endLine: use.endLine,
      endColumn: use.endColumn,
      message: `TriggerRule has no member ${use.member}: importing the file fails with AttributeError: ${use.member}`,
      fix: near ? `write TriggerRule.${near}` : `use one of ${TRIGGER_RULES.map((rule) => rule.toUpperCase()).join(", ")}`
    });
  }
}
function checkOperatorCall(call, defaultsKnown, allowIllegal, emit) {
  const signature = CLASSES[call.operator];
  if (!signature) return;
  const name = shortName(call.operator);
  const span = { line: call.line, column: call.column, endLine: call.endLine, endColumn: call.endColumn };
  if (call.mapped) {
    checkMappedCall(call, signature, emit);
    return;
  }
  if (call.positional) {
    emit("task-argument-invalid", {
      ...call.positional,
      message: `${name} is given a positional argument: importing the file fails with AirflowException: Use keyword arguments when initializing operators`,
      fix: 'name every argument (task_id="...", ...)'
    });
  }
  for (const missing of defaultsKnown ? call.missing ?? [] : []) {
    emit("task-argument-invalid", {
      ...span,
      message: `${name} is called without its required argument '${missing}': importing the file fails with AirflowException: missing keyword argument '${missing}'`,
      fix: `pass ${missing}=... (or set it in the DAG's default_args)`
    });
  }
  const accepted = [...signature.parameters, ...BASE_OPERATOR];
  if (!call.splat && !signature.open && signature.buildError === void 0 && !allowIllegal) {
    for (const keyword of call.unknownKeywords) {
      const dropped = signature.droppedWhenTrue?.includes(keyword.name);
      if (dropped && !keyword.falsy) continue;
      const near = nearestName(keyword.name, accepted);
      emit("task-argument-invalid", {
        line: keyword.line,
        column: keyword.column,
        endLine: keyword.endLine,
        endColumn: keyword.endColumn,
        message: `${name} takes no argument '${keyword.name}': importing the file fails with AirflowException: Invalid arguments were passed to ${name} (task_id: ${call.taskId ?? "..."}). Invalid arguments were: **kwargs: {'${keyword.name}': ...}`,
        fix: dropped || keyword.name === "provide_context" ? `remove ${keyword.name} (Airflow 2 passes the context to the callable's **kwargs by itself)` : near ? `write '${near}'` : `remove it (${name} and BaseOperator take no such argument)`
      });
    }
  }
  const sensor = /Sensor$/.test(name) || call.operator.includes(".sensors.");
  for (const value of call.values ?? []) {
    const problem = taskValueProblem(value.name, value.literal, { typed: true, sensor, float: value.valueType === "float" });
    if (!problem) continue;
    const repr = pythonLiteral(value.literal, value.valueType === "float");
    emit("task-argument-invalid", {
      line: value.line,
      column: value.column,
      endLine: value.endLine,
      endColumn: value.endColumn,
      message: `${name}${call.taskId === void 0 ? "" : ` '${call.taskId}'`} has ${value.name}=${repr}: importing the file fails with ${problem.error.replace(" (in its sensor task)", "")}`,
      fix: problem.fix
    });
  }
  const exclusive = call.exclusive;
  const clash = exclusive ? EXCLUSIVE_KEYWORDS[call.operator]?.find(({ names }) => names[0] === exclusive.names[0] && names[1] === exclusive.names[1]) : void 0;
  if (exclusive && clash) {
    const [first, second] = exclusive.names;
    emit("task-argument-invalid", {
      line: exclusive.line,
      column: exclusive.column,
      endLine: exclusive.endLine,
      endColumn: exclusive.endColumn,
      message: `${name}${call.taskId === void 0 ? "" : ` '${call.taskId}'`} is given both ${first}= and ${second}=: importing the file fails with ${clash.error}`,
      fix: `keep one of ${first}= and ${second}=`
    });
  }
  for (const literal of call.literals ?? []) {
    const callable = signature.callable?.includes(literal.name) === true && literal.type !== "lambda";
    if (!callable && !signature.functionOnly?.includes(literal.name)) continue;
    const error = callable ? `AirflowException: \`${literal.name}\` param must be callable` : `ValueError: ${name} only supports functions for ${literal.name} arg`;
    const returned = literal.type.split("|").map((type) => type === "NoneType" ? "None" : `${/^[aeiou]/.test(type) ? "an" : "a"} ${type}`).join(" or ");
    const what = literal.call !== void 0 ? `${literal.call}(...), the function called, which returns ${returned}` : literal.type === "lambda" ? "a lambda" : `a ${literal.type} literal`;
    emit("task-argument-invalid", {
      line: literal.line,
      column: literal.column,
      endLine: literal.endLine,
      endColumn: literal.endColumn,
      message: `${literal.name} of ${name} is ${what}, not a ${callable ? "callable" : "function"}: importing the file fails with ${error}`,
      fix: literal.call !== void 0 ? `pass the function itself without calling it: ${literal.name}=${literal.call} (op_args/op_kwargs give it arguments)` : literal.type === "str" ? `pass the function itself, without quotes` : callable ? `pass a function (def or lambda)` : `pass a function defined with def (${name} runs its source in another Python: no lambda)`
    });
  }
}
function checkMappedCall(call, signature, emit) {
  const name = shortName(call.operator);
  const accepted = [...signature.parameters, ...BASE_OPERATOR];
  if (call.noTaskId) {
    emit("task-argument-invalid", {
      line: call.line,
      column: call.column,
      endLine: call.endLine,
      endColumn: call.endColumn,
      message: `${name}.partial() is called without a task_id: importing the file fails with TypeError: partial() missing 1 required keyword-only argument: 'task_id'`,
      fix: `give the mapped task its task_id in partial(task_id="...")`
    });
  }
  for (const keyword of call.unmappable ?? []) {
    emit("task-argument-invalid", {
      line: keyword.line,
      column: keyword.column,
      endLine: keyword.endLine,
      endColumn: keyword.endColumn,
      message: `${name}.expand() maps ${keyword.name}=, ${keyword.inPartial ? "which partial() already gives" : "a task argument partial() sets for every mapped task"}: importing the file fails with TypeError: unmappable or already specified argument: ${keyword.name}`,
      fix: keyword.inPartial ? `give ${keyword.name} in partial() or map it in expand(), not both` : `set ${keyword.name} once in partial(${keyword.name}=...); only the operator's own arguments can be mapped`
    });
  }
  if (!call.splat) {
    for (const keyword of call.unknownKeywords) {
      const near = nearestName(keyword.name, accepted);
      emit("task-argument-invalid", {
        line: keyword.line,
        column: keyword.column,
        endLine: keyword.endLine,
        endColumn: keyword.endColumn,
        message: `${name}.${call.mapped}() takes no argument '${keyword.name}': importing the file fails with TypeError: ${name}.${call.mapped}() got an unexpected keyword argument '${keyword.name}'`,
        fix: near ? `write '${near}'` : `remove it (${name} and BaseOperator take no such argument)`
      });
    }
  }
}
var PROVIDER_TASK_DECORATORS = /* @__PURE__ */ new Set(["docker", "kubernetes", "kubernetes_cmd", "pyspark", "snowpark", "sftp_sensor", "sql", "databricks", "ray"]);
function checkTaskDecoratorCalls(inventory, ctx, emit) {
  const { airflowVersion } = ctx;
  if (!inventory.taskDecoratorCalls && !inventory.unknownTaskDecorators || airflowVersion === void 0 || airflowVersion.split(".").slice(0, 2).join(".") !== DATA_MINOR) return;
  const seen = /* @__PURE__ */ new Set();
  const once = (span) => {
    const key = `${span.line}:${span.column}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  };
  for (const call of inventory.taskDecoratorCalls ?? []) {
    const signature = DECORATORS[call.kind];
    if (!signature) continue;
    const written = call.kind === "python" ? "@task" : `@task.${call.kind}`;
    for (const keyword of ctx.allowIllegalArguments ? [] : call.unknownKeywords) {
      if (!once(keyword)) continue;
      const near = nearestName(keyword.name, [...signature.parameters, ...BASE_OPERATOR]);
      emit("task-argument-invalid", {
        line: keyword.line,
        column: keyword.column,
        endLine: keyword.endLine,
        endColumn: keyword.endColumn,
        message: `the task '${call.function}' is given '${keyword.name}' (by ${written}(...) or .override(...)), which ${signature.operator} does not take: calling '${call.function}' at import fails with AirflowException: Invalid arguments were passed to ${signature.operator} (task_id: ${call.function}). Invalid arguments were: **kwargs: {'${keyword.name}': ...}`,
        fix: near ? `write '${near}'` : `remove it (${signature.operator} and BaseOperator take no such argument)`
      });
    }
    for (const value of call.values ?? []) {
      const problem = taskValueProblem(value.name, value.literal, { typed: true, sensor: call.kind === "sensor", float: value.valueType === "float" });
      if (!problem || !once(value)) continue;
      const repr = pythonLiteral(value.literal, value.valueType === "float");
      emit("task-argument-invalid", {
        line: value.line,
        column: value.column,
        endLine: value.endLine,
        endColumn: value.endColumn,
        message: `the task '${call.function}' gets ${value.name}=${repr}: calling it at import fails with ${problem.error.replace(" (in its sensor task)", "")}`,
        fix: problem.fix
      });
    }
  }
  if (ctx.extraTaskDecorators) return;
  for (const use of inventory.unknownTaskDecorators ?? []) {
    if (PROVIDER_TASK_DECORATORS.has(use.name)) continue;
    const near = nearestName(use.name, [...Object.keys(DECORATORS), ...PROVIDER_TASK_DECORATORS]);
    emit("task-argument-invalid", {
      line: use.line,
      column: use.column,
      endLine: use.endLine,
      endColumn: use.endColumn,
      message: `@task.${use.name} is no task decorator of Airflow 2.10 or its providers: importing the file fails with AttributeError: task decorator '${use.name}' not found`,
      fix: near ? `write @task.${near}` : `use one of ${Object.keys(DECORATORS).map((kind) => `@task.${kind}`).join(", ")}`
    });
  }
}
var TYPE_NAMES = { string: "str", number: "int", boolean: "bool" };
function checkTaskGroupCalls(inventory, ctx, emit) {
  const { airflowVersion } = ctx;
  if (!inventory.taskGroupCalls || airflowVersion === void 0 || airflowVersion.split(".").slice(0, 2).join(".") !== DATA_MINOR) return;
  const params = TASK_GROUP.parameters;
  for (const call of inventory.taskGroupCalls) {
    const written = call.form === "class" ? "TaskGroup" : call.form === "decorator" ? `@task_group(...) of '${call.function ?? "?"}'` : `${call.function ?? "?"}.override(...)`;
    const init = "TaskGroup.__init__()";
    for (const keyword of call.unknownKeywords) {
      const near = keyword.name === "self" ? void 0 : nearestName(keyword.name, params);
      emit("task-argument-invalid", {
        line: keyword.line,
        column: keyword.column,
        endLine: keyword.endLine,
        endColumn: keyword.endColumn,
        message: keyword.name === "self" ? `${written} is given 'self': importing the file fails with TypeError: ${init} got multiple values for argument 'self'` : call.form === "class" ? `${written} takes no argument '${keyword.name}': importing the file fails with TypeError: ${init} got an unexpected keyword argument '${keyword.name}'` : `${written} is given '${keyword.name}', which TaskGroup does not take: importing the file fails with TypeError: got an unexpected keyword argument '${keyword.name}'`,
        fix: near ? `write '${near}'` : `remove it (TaskGroup takes ${params.join(", ")})`
      });
    }
    if (call.missingGroupId) {
      emit("task-argument-invalid", {
        line: call.line,
        column: call.column,
        endLine: call.endLine,
        endColumn: call.endColumn,
        message: `TaskGroup is called without a group_id: importing the file fails with TypeError: ${init} missing 1 required positional argument: 'group_id'`,
        fix: 'give the group its id first: TaskGroup("my_group", ...) or TaskGroup(group_id="my_group", ...)'
      });
    }
    if (call.extraPositional) {
      const { count, ...at2 } = call.extraPositional;
      emit("task-argument-invalid", {
        ...at2,
        message: `TaskGroup is given ${count} positional arguments: importing the file fails with TypeError: ${init} takes from ${TASK_GROUP.required.length + 1} to ${params.length + 1} positional arguments but ${count + 1} were given`,
        fix: "name the arguments after group_id (tooltip=..., ui_color=...)"
      });
    }
    for (const keyword of call.repeated ?? []) {
      emit("task-argument-invalid", {
        line: keyword.line,
        column: keyword.column,
        endLine: keyword.endLine,
        endColumn: keyword.endColumn,
        message: `TaskGroup is given ${keyword.name} both by position and by keyword: importing the file fails with TypeError: ${init} got multiple values for argument '${keyword.name}'`,
        fix: `give ${keyword.name} once`
      });
    }
    if (call.suffix) {
      emit("task-argument-invalid", {
        ...call.suffix,
        message: `${written} is given add_suffix_on_collision, which @task_group passes TaskGroup itself: making the group at import fails with TypeError: airflow.utils.task_group.TaskGroup() got multiple values for keyword argument 'add_suffix_on_collision'`,
        fix: "remove add_suffix_on_collision (an @task_group function's groups always get a suffix on a clash)"
      });
    }
    for (const value of call.extraPositional ? [] : call.values ?? []) {
      const expected = TASK_GROUP.types[value.name];
      const displayed = value.valueType !== void 0 && value.valueType !== "float";
      const type = displayed ? value.valueType : value.valueType === "float" ? "float" : TYPE_NAMES[typeof value.literal] ?? "object";
      if (expected === void 0 || type === expected) continue;
      const source = displayed ? String(value.literal) : pythonLiteral(value.literal, value.valueType === "float");
      const plainBytes = value.valueType === "bytes" ? /^[bB](["'])([^"'\\]*)\1$/.exec(source) : null;
      const shown = typeof value.literal === "string" && !displayed ? value.literal : plainBytes ? `b'${plainBytes[2]}'` : source;
      const asStr = value.valueType === "bytes" ? `${value.name}=${source.replace(/^([rR]?)[bB]([rR]?)/, "$1$2")} (a str, without the b prefix)` : displayed ? `${value.name}="..." (one string, not a ${type})` : `${value.name}="${shown}"`;
      emit("task-argument-invalid", {
        line: value.line,
        column: value.column,
        endLine: value.endLine,
        endColumn: value.endColumn,
        message: `${written} has ${value.name}=${source}, not a ${expected}: ${call.form === "class" ? "importing the file" : "making the group at import"} fails with TypeError: '${value.name}' has an invalid type <class '${type}'> with value ${shown}, expected type is <class '${expected}'>`,
        fix: expected === "bool" ? `write ${value.name}=True or ${value.name}=False (without quotes)` : `write ${value.name} as a string, e.g. ${asStr}`
      });
    }
  }
}

// src/dags/checks-dependencies.ts
var DEPENDENCY_CHECKS = [
  {
    id: "dag-cycle",
    defaultLevel: "error",
    description: "Task dependencies that loop back (a >> b >> a, set_downstream/set_upstream, lists, chain(), a @task given another's output): DagBag refuses the DAG with AirflowDagCycleException and the file gets an import error. Only dependencies certain statically are read."
  },
  {
    id: "task-dependency-invalid",
    defaultLevel: "error",
    description: "Task dependencies that raise while the file is imported: a list >> a list, an uncalled @task function as a task's relative, tasks of two DAGs, chain() over lists of different lengths, cross_downstream() from one task, a task called like a function. Only dependencies certain statically are read."
  }
];
var FAIL_STOP_RULES = /* @__PURE__ */ new Set(["all_success", "all_done_setup_success"]);
var KNOWN_RULES = /* @__PURE__ */ new Set(["all_success", "all_failed", "all_done", "all_done_setup_success", "one_success", "one_failed", "one_done", "none_failed", "none_failed_or_skipped", "none_skipped", "dummy", "always", "none_failed_min_one_success", "all_skipped"]);
function teardownMessage(rule) {
  switch (rule.problem) {
    case "decorator":
      return rule.keyword === void 0 ? {
        message: `@teardown takes no trigger_rule (teardown function '${rule.function}'): importing the file fails with TypeError: teardown_task() got an unexpected keyword argument 'trigger_rule'`,
        fix: "remove the trigger_rule: a teardown task always runs with all_done_setup_success"
      } : {
        message: `@teardown(...) takes only on_failure_fail_dagrun, not '${rule.keyword}' (teardown function '${rule.function}'): importing the file fails with TypeError: teardown_task() got an unexpected keyword argument '${rule.keyword}'`,
        fix: `put the other arguments in a @task(...) under @teardown (\`@teardown\` then \`@task(${rule.keyword}=...)\`), or pass them with .override(...) when calling it`
      };
    case "override":
      return {
        message: `teardown function '${rule.function}' is given a trigger_rule in .override(...): importing the file fails with ValueError: Trigger rule not configurable for teardown tasks.`,
        fix: "remove the trigger_rule: a teardown task always runs with all_done_setup_success"
      };
    case "reused":
      return {
        message: `teardown function '${rule.function}' is called again ${rule.firstLine === rule.line ? "on the loop's second pass" : `after its call on line ${rule.firstLine}`}: the first call wrote trigger_rule into the decorator's arguments, so importing the file fails with ValueError: Trigger rule not configurable for teardown tasks.`,
        fix: "define the @teardown function once per task (inside the DAG's block or @dag function, or in a small factory function that returns a new one each time), or call it only as .override(task_id=...)() (each override copies the decorator before any call wrote to it)"
      };
    case "setup-call":
      return {
        message: rule.keyword === void 0 ? `@setup is used with parentheses (setup function '${rule.function}'): importing the file fails with TypeError: setup_task() missing 1 required positional argument: 'func'` : `@setup(...) takes no arguments, not '${rule.keyword}' (setup function '${rule.function}'): importing the file fails with TypeError: setup_task() got an unexpected keyword argument '${rule.keyword}'`,
        fix: rule.keyword === void 0 ? "write @setup without parentheses" : `write @setup without arguments and put them in a @task(${rule.keyword}=...) under it, or pass them with .override(...)`
      };
  }
}
function dependencyMessage(error) {
  const [first = "", second = ""] = error.types ?? [];
  switch (error.problem) {
    case "operands":
      return first === "_TaskDecorator" || second === "_TaskDecorator" ? {
        message: `'${error.operator}' between a ${first} and a ${second} (a @task function not called): importing the file fails with TypeError: unsupported operand type(s) for ${error.operator}: '${first}' and '${second}'`,
        fix: "call the @task function to make its task (load() >> ...), and keep one side a task"
      } : {
        message: `'${error.operator}' between a ${first} and a ${second}: Python lists and tuples have no such operator, so importing the file fails with TypeError: unsupported operand type(s) for ${error.operator}: '${first}' and '${second}'`,
        fix: "set each side's dependencies in steps (for t in downstream: upstream >> t), or use cross_downstream(upstream, downstream) for every pair, or chain(upstream, downstream) for pairs of equal-length lists"
      };
    case "task-function":
      return {
        message: `the @task function '${error.name}' is used as a task without being called: importing the file fails with AttributeError: '_TaskDecorator' object has no attribute 'update_relative'`,
        fix: `call it to make its task: ${error.name}()`
      };
    case "dags": {
      const [a = "", b = ""] = error.dagIds ?? [];
      return {
        message: `this dependency joins a task of DAG '${a}' to a task of DAG '${b}': importing the file fails with AirflowException: Tried to set relationships between tasks in more than one DAG`,
        fix: "set dependencies only between tasks of one DAG; to wait for another DAG use an ExternalTaskSensor or a Dataset"
      };
    }
    case "chain-lengths": {
      const [a = 0, b = 0] = error.lengths ?? [];
      return {
        message: `chain() is given neighbouring lists of ${a} and ${b} tasks, which it pairs one to one: importing the file fails with AirflowException: Chain not supported for different length Iterable. Got ${a} and ${b}.`,
        fix: "give chain() neighbouring lists of one length, or use cross_downstream(...) to link every task of one list to every task of the other"
      };
    }
    case "not-iterable":
      return {
        message: `cross_downstream() is given one task as from_tasks, which it iterates over: importing the file fails with TypeError: '${first}' object is not iterable`,
        fix: "put the task in a list (cross_downstream([task], [...])), or write task >> [...]"
      };
    case "not-callable":
      return {
        message: `'${error.name}' is a task (${first}), not a function, and is called: importing the file fails with TypeError: '${first}' object is not callable`,
        fix: `use the task itself (${error.name}, without parentheses)`
      };
  }
}
function findCycle(graph) {
  const next = /* @__PURE__ */ new Map();
  for (const e of graph.edges) next.set(e.from, [...next.get(e.from) ?? [], e.to]);
  const state = new Array(graph.tasks.length).fill(0);
  for (let start = 0; start < graph.tasks.length; start++) {
    if (state[start] !== 0) continue;
    const path = [start];
    const cursor = [0];
    state[start] = 1;
    while (path.length) {
      const task = path[path.length - 1];
      const children = next.get(task) ?? [];
      const at2 = cursor[cursor.length - 1];
      if (at2 >= children.length) {
        state[task] = 2;
        path.pop();
        cursor.pop();
        continue;
      }
      cursor[cursor.length - 1] = at2 + 1;
      const down = children[at2];
      if (state[down] === 1) return [...path.slice(path.indexOf(down)), down];
      if (state[down] === 0) {
        state[down] = 1;
        path.push(down);
        cursor.push(0);
      }
    }
  }
  return void 0;
}
function checkTaskDependencies(inventory, ctx, emit) {
  for (const error of inventory.dependencyErrors ?? []) {
    emit("task-dependency-invalid", { line: error.line, column: error.column, endLine: error.endLine, endColumn: error.endColumn, ...dependencyMessage(error) });
  }
  for (const graph of inventory.taskGraphs ?? []) {
    const dag = graph.dagId !== void 0 ? `DAG '${graph.dagId}'` : `the DAG at line ${graph.line}`;
    const cycle = findCycle(graph);
    if (cycle) {
      const labels = cycle.map((t) => `'${graph.tasks[t]?.label}'`);
      const edges = cycle.slice(1).map((to, i) => graph.edges.find((e) => e.from === cycle[i] && e.to === to)).filter((e) => !!e);
      const last = edges.reduce((a, b) => b.line > a.line || b.line === a.line && b.column > a.column ? b : a);
      emit("dag-cycle", {
        line: last.line,
        column: last.column,
        ...graph.dagId !== void 0 ? { dagId: graph.dagId } : {},
        message: cycle.length === 2 ? `task ${labels[0]} is set downstream of itself in ${dag}: DagBag refuses the DAG (AirflowDagCycleException: Cycle detected in DAG), so the file gets an import error` : `tasks ${labels.join(" >> ")} form a cycle in ${dag}: DagBag refuses the DAG (AirflowDagCycleException: Cycle detected in DAG), so the file gets an import error`,
        fix: cycle.length === 2 ? "remove this dependency: a task cannot run before itself (to repeat work, use another task or dynamic task mapping)" : "remove or reverse one of these dependencies so that no task runs, directly or through others, before itself"
      });
    }
    if (ctx.airflowMajor !== 2) continue;
    const reported = /* @__PURE__ */ new Set();
    for (const edge of graph.edges) {
      const up = graph.tasks[edge.from];
      const down = graph.tasks[edge.to];
      const rule = down?.triggerRule;
      if (!up?.setup || !down || !rule || down.teardown || down.changed || reported.has(edge.to)) continue;
      if (rule.value === "all_success" || !KNOWN_RULES.has(rule.value) || graph.failStop && !FAIL_STOP_RULES.has(rule.value)) continue;
      const key = down.defaulted ? -1 : edge.to;
      if (reported.has(key)) continue;
      reported.add(key);
      emit("task-argument-invalid", {
        line: rule.line,
        column: rule.column,
        endLine: rule.endLine,
        endColumn: rule.endColumn,
        ...graph.dagId !== void 0 ? { dagId: graph.dagId } : {},
        message: `task '${down.label}' runs directly after setup task '${up.label}' with trigger_rule '${rule.value}'${down.defaulted ? " (from the DAG's default_args)" : ""} in ${dag}: DagBag refuses the DAG with ValueError: Setup tasks must be followed with trigger rule ALL_SUCCESS.`,
        fix: down.defaulted ? "give the tasks right after a setup task trigger_rule='all_success' of their own, or drop trigger_rule from default_args" : "keep all_success on the tasks right after a setup task (put a task with the other rule further down), or make this task the setup's teardown"
      });
    }
    if (!graph.failStop) continue;
    let defaultReported = false;
    for (const task of graph.tasks) {
      const rule = task.triggerRule;
      if (!rule || FAIL_STOP_RULES.has(rule.value) || !KNOWN_RULES.has(rule.value)) continue;
      if (task.defaulted) {
        if (defaultReported) continue;
        defaultReported = true;
        emit("task-argument-invalid", {
          line: rule.line,
          column: rule.column,
          endLine: rule.endLine,
          endColumn: rule.endColumn,
          ...graph.dagId !== void 0 ? { dagId: graph.dagId } : {},
          message: `default_args gives trigger_rule '${rule.value}' to task '${task.label}' (and any other task without a trigger_rule of its own) in ${dag}, which sets fail_stop=True: importing the file fails with FailStopDagInvalidTriggerRule: A 'fail-stop' dag can only have all_success trigger rule`,
          fix: "drop trigger_rule from default_args (all_success), or turn fail_stop off for this DAG"
        });
        continue;
      }
      emit("task-argument-invalid", {
        line: rule.line,
        column: rule.column,
        endLine: rule.endLine,
        endColumn: rule.endColumn,
        ...graph.dagId !== void 0 ? { dagId: graph.dagId } : {},
        message: `task '${task.label}' has trigger_rule '${rule.value}' in ${dag}, which sets fail_stop=True: importing the file fails with FailStopDagInvalidTriggerRule: A 'fail-stop' dag can only have all_success trigger rule`,
        fix: "drop the trigger_rule (all_success), or turn fail_stop off for this DAG"
      });
    }
  }
  if (ctx.airflowMajor !== 2) return;
  for (const rule of inventory.teardownRules ?? []) {
    emit("task-argument-invalid", {
      line: rule.line,
      column: rule.column,
      endLine: rule.endLine,
      endColumn: rule.endColumn,
      ...teardownMessage(rule)
    });
  }
}

// src/dags/checks.ts
var CHECKS = [
  { id: "duplicate-dag-id", defaultLevel: "error", description: "The same dag_id is defined in two places; Airflow keeps one and silently drops the other." },
  { id: "tags-required", defaultLevel: "warning", description: "A DAG has no tags." },
  { id: "tags-allowed", defaultLevel: "error", description: "A DAG uses a tag outside the approved list (active when tags-required has `allowed`)." },
  { id: "min-retries", defaultLevel: "warning", description: "default_args retries below the minimum (option `min`, default 2 as in Astronomer's template) or not set." },
  { id: "owner-required", defaultLevel: "warning", description: "default_args owner missing or a placeholder (option `disallowed`, default [airflow])." },
  { id: "schedule-valid", defaultLevel: "error", description: "A string schedule Airflow rejects (croniter's rules for the project's Airflow), or @continuous with max_active_runs above 1." },
  {
    id: "start-date-static",
    defaultLevel: "error",
    description: "start_date is computed from the current time, so it moves at every parse (an error); relative to the current day (pendulum.today(), days_ago()), it moves daily (a warning)."
  },
  { id: "parse-time-work", defaultLevel: "warning", description: "Variables, connections, HTTP or database calls at module level run at every parse of the file." },
  {
    id: "unresolved-import",
    defaultLevel: "warning",
    description: "An import that neither the stdlib, Airflow, requirements.txt, the runtime's preinstalled providers (and what they bring) nor the project provides: a warning when certain, a notice when it is present only if something unseen brings it; a relative import in a DAG file (no parent package) is an error by default."
  },
  {
    id: "airflow3-removed-import",
    defaultLevel: "error",
    description: "On Airflow 3, an import of a module or name Airflow 3 removed (airflow.contrib, airflow.operators.dummy, days_ago...): the import itself fails, even if the name is never used."
  },
  {
    id: "airflow-import-invalid",
    defaultLevel: "error",
    description: "On Airflow 2.10, an import of an Airflow core module or name that 2.10 does not have (a misspelt operator, airflow.contrib paths gone since Airflow 2, a name a deprecated module never forwarded), or a module-level call through a module attribute it lacks: importing the file fails (ModuleNotFoundError, ImportError, AttributeError)."
  },
  {
    id: "task-argument-invalid",
    defaultLevel: "error",
    description: "A classic operator's own trigger_rule or weight_rule string BaseOperator refuses when the task is made (a typo such as 'all_sucess'); on Airflow 2.10, a call of a core operator or sensor with a keyword its class does not take (retires=3), without a required argument (bash_command) that no default_args gives, with a positional argument, with a literal (or a call of a function returning one) as python_callable, or a TriggerRule member that does not exist; a TaskGroup(...), @task_group(...) or .override(...) TaskGroup's signature refuses (an unknown keyword, no group_id, a prefix_group_id or tooltip of the wrong type); a @task called whose parameter named like a context key (ds, params, ti...) has a default other than None: importing the file fails with AirflowException (AttributeError, ValueError, TypeError)."
  },
  {
    id: "task-id-valid",
    defaultLevel: "error",
    description: "A classic operator's task_id Airflow refuses: characters other than letters, digits, _ . - (or longer than 250), a task_id or group_id that is no string (task_id=1), or the same task_id twice in one with DAG/TaskGroup block or @dag function (also a static task_id in a for loop over two or more literal items); a group_id other than letters, digits, _ - (no dots). Importing the file fails (AirflowException, DuplicateTaskIdFound, TypeError)."
  },
  {
    id: "task-mapping-valid",
    defaultLevel: "error",
    description: `A task's or task group's .expand(...) given a literal (a string, a number, True/False, None, a set) instead of a list, dict or XComArg, or one key of a task's output (src()["files"], op.output["rows"]); expand_kwargs(...) given a string, number, set or dict; a keyword a @task function has no parameter for in .expand(...)/.partial(...) (partial(task_id=...)), or one that is an Airflow context key (expand(params=...)); a @task with trigger_rule "always" mapped over another task's output; .expand() with no argument: importing the file fails with ValueError or TypeError.`
  },
  {
    id: "time-zone-valid",
    defaultLevel: "error",
    description: "A time zone name that does not exist (or is written in the wrong case) in a call module-level code runs: pendulum.datetime(..., tz=...) (also positional), pendulum.timezone(...), .in_tz(...), ZoneInfo(...), a cron timetable's timezone=, also through os.getenv (the Dockerfile ENV's value when it sets the variable; else a bad default is a warning, as a Deployment may set it); names IANA removed count as unknown. Importing the file fails (pendulum's InvalidTimezone, zoneinfo's ZoneInfoNotFoundError)."
  },
  {
    id: "dataset-uri-invalid",
    defaultLevel: "error",
    description: "A static URI Airflow 2's Dataset(...) refuses, in code module-level code runs (a schedule, an outlet, a constant): empty, only whitespace, non-ASCII, or the reserved scheme airflow://. Importing the file fails with ValueError."
  },
  { id: "dag-never-created", defaultLevel: "warning", description: "An @dag function that nothing at module level calls: Airflow never creates its DAG." },
  ...SCHEDULE_CHECKS,
  ...DAG_ARGUMENT_CHECKS,
  ...DEPENDENCY_CHECKS
];
var TASK_ID_PATTERN = /^[\p{L}\p{N}_.-]+$/u;
var TASK_ID_MAX_LENGTH = 250;
var GROUP_ID_PATTERN = /^[\p{L}\p{N}_-]+$/u;
var GROUP_ID_MAX_LENGTH = 200;
var DEFAULT_LEVEL = new Map(CHECKS.map((c) => [c.id, c.defaultLevel]));
function levelOf(settings, id) {
  return settings[id]?.level ?? DEFAULT_LEVEL.get(id) ?? "warning";
}
function dagLabel(dag) {
  return isUnknown(dag.dagId) ? `the DAG at line ${dag.line}` : `DAG '${dag.dagId}'`;
}
function dagIdOf(dag) {
  return isUnknown(dag.dagId) ? void 0 : dag.dagId;
}
var DYNAMIC_START = /\b(datetime\.(now|utcnow|today)|pendulum\.(now|today|yesterday)|date\.today|timezone\.utcnow|timezone\.(now)|utcnow)\s*\(/;
var MOVES_EVERY_PARSE = /\b(datetime\.(now|utcnow|today)|pendulum\.now|timezone\.utcnow|timezone\.now|utcnow)\s*\(/g;
function startDateMovement(expression) {
  let readsClock = DYNAMIC_START.test(expression);
  for (const match of expression.matchAll(MOVES_EVERY_PARSE)) {
    readsClock = true;
    if (!cutToDay(expression, (match.index ?? 0) + match[0].length - 1)) return "every-parse";
  }
  return readsClock ? "daily" : void 0;
}
function cutToDay(text, open) {
  let at2 = closingParen(text, open);
  while (at2 !== void 0) {
    const segment = /^\s*\.\s*([A-Za-z_]\w*)/.exec(text.slice(at2 + 1));
    if (!segment) return false;
    const name = segment[1];
    const next = at2 + 1 + segment[0].length;
    const call = /^\s*\(/.exec(text.slice(next));
    const end = call ? closingParen(text, next + call[0].length - 1) : next - 1;
    const args = call && end !== void 0 ? text.slice(next + call[0].length, end) : "";
    if (["year", "month", "day", "date"].includes(name) || name === "isocalendar") return true;
    if (name === "start_of" && /^\s*["'](day|week|month|quarter|year|decade|century)["']/.test(args)) return true;
    if (name === "replace" && ["hour", "minute", "second", "microsecond"].every((unit) => new RegExp(`\\b${unit}\\s*=\\s*0\\b`).test(args))) return true;
    at2 = end;
  }
  return false;
}
function closingParen(text, open) {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === "(") depth++;
    else if (text[i] === ")" && --depth === 0) return i;
  }
  return void 0;
}
function timeScheduled(dag, airflowMajor) {
  const schedule = dag.schedule;
  if (schedule === void 0) return airflowMajor === 2;
  if (schedule === null) return false;
  if (typeof schedule === "string") return !["@once", "@continuous"].includes(schedule);
  const text = schedule.expression.trim();
  if (/^((datetime|dt)\.)?timedelta\s*\(|^(dateutil\.)?(relativedelta\.)?relativedelta\s*\(|^\w*(Cron|Delta)\w*Timetable\s*\(/.test(text)) return true;
  if (/^\[|Dataset\s*\(|^\(|DatasetOrTimeSchedule|Asset\s*\(/.test(text)) return /DatasetOrTimeSchedule|AssetOrTimeSchedule/.test(text) ? true : false;
  return void 0;
}
function argumentSpan(dag, ...names) {
  for (const name of names) {
    const found = dag.arguments?.find((a) => a.name === name);
    if (found) return { line: found.line, column: found.column, endLine: found.endLine, endColumn: found.endColumn };
  }
  return void 0;
}
function defaultArgSpan(dag, key) {
  const found = dag.defaultArgs?.find((a) => a.name === key);
  if (found) return { line: found.line, column: found.column, endLine: found.endLine, endColumn: found.endColumn };
  return argumentSpan(dag, "default_args");
}
function at(dag, span) {
  return span ?? { line: dag.line };
}
function airflowCreates(dag, airflowMajor) {
  return !(airflowMajor === 2 && dag.decoratorWithoutCall) && !dag.callError;
}
function runFileChecks(inventory, ctx) {
  const findings = [];
  const dagLineOf = /* @__PURE__ */ new Map();
  const emitted = /* @__PURE__ */ new Set();
  const emit = (id, finding, dagLine, severity) => {
    const level = levelOf(ctx.settings, id);
    if (level === "off") return;
    const full = { checkId: id, severity: severity ?? level, file: ctx.file, ...finding };
    const key = JSON.stringify([id, full.line, full.column ?? null, full.message]);
    if (emitted.has(key)) return;
    emitted.add(key);
    findings.push(full);
    if (dagLine !== void 0) dagLineOf.set(full, dagLine);
  };
  for (const dag of inventory.dags) {
    const label2 = dagLabel(dag);
    const dagId = dagIdOf(dag);
    if (ctx.airflowMajor === 2 && dag.decoratorWithoutCall) {
      const name = dagId ?? "the function";
      emit(
        "dag-argument-unknown",
        {
          line: dag.definitionLine ?? dag.line,
          message: `@dag without parentheses: Airflow 2's dag() takes the decorated function as its dag_id and returns a decorator, so calling ${name}() fails the import with TypeError: dag.<locals>.wrapper() missing 1 required positional argument: 'f' (no DAG is created)`,
          fix: "write @dag() or @dag(schedule=..., start_date=...) with parentheses"
        },
        dag.line
      );
      continue;
    }
    if (dag.callError) {
      const { message, ...span } = dag.callError;
      emit(
        "dag-argument-unknown",
        {
          ...span,
          dagId,
          message: `this call of the @dag function fails the import with TypeError: ${message} (the @dag factory binds its arguments to the function's signature, whose parameters become the DAG's params, before it builds ${label2})`,
          fix: /missing/.test(message) ? "pass a value for every parameter without a default in this call, or give the parameter a default (it becomes the param's default)" : "pass only the function's parameters, each once"
        },
        dag.line
      );
      continue;
    }
    const onDag = (span, finding) => ({
      ...at(dag, span),
      dagId,
      ...finding
    });
    const allowed = ctx.settings["tags-required"]?.allowed;
    if (dag.tags === void 0 || Array.isArray(dag.tags) && dag.tags.length === 0) {
      emit(
        "tags-required",
        onDag(dag.tags === void 0 ? void 0 : argumentSpan(dag, "tags"), {
          message: `${label2} has no tags`,
          fix: `add tags=[...]${allowed?.length ? ` from: ${allowed.join(", ")}` : ""} so it can be found and owned in the UI`
        }),
        dag.line
      );
    } else if (Array.isArray(dag.tags) && allowed?.length) {
      const outside = dag.tags.filter((t) => !allowed.includes(t));
      if (outside.length) {
        emit("tags-allowed", onDag(argumentSpan(dag, "tags"), { message: `${label2} uses tags not in the approved list: ${outside.join(", ")}`, fix: `use only: ${allowed.join(", ")}` }), dag.line);
      }
    }
    const min = ctx.settings["min-retries"]?.min ?? 2;
    const projectRetries = ctx.defaultTaskRetries;
    if (dag.retries === void 0) {
      if (projectRetries !== "unknown" && (projectRetries === void 0 || projectRetries < min)) {
        const fallback = projectRetries === void 0 ? "Airflow's default is 0" : `the project's AIRFLOW__CORE__DEFAULT_TASK_RETRIES is ${projectRetries}`;
        emit("min-retries", onDag(void 0, { message: `${label2} does not set retries in default_args (${fallback})`, fix: `add "retries": ${min} to default_args` }), dag.line);
      }
    } else if (typeof dag.retries === "number" && dag.retries < min) {
      emit(
        "min-retries",
        onDag(defaultArgSpan(dag, "retries"), { message: `${label2} has retries=${dag.retries}, below the minimum of ${min}`, fix: `set "retries": ${min} or more in default_args` }),
        dag.line
      );
    }
    const disallowed = ctx.settings["owner-required"]?.disallowed ?? ["airflow"];
    if (dag.owner === void 0) {
      const projectOwner = ctx.defaultOwner;
      if (projectOwner === void 0 || typeof projectOwner === "string" && disallowed.includes(projectOwner)) {
        emit("owner-required", onDag(void 0, { message: `${label2} has no owner in default_args (it shows as '${projectOwner ?? "airflow"}')`, fix: `add "owner": "<team>" to default_args` }), dag.line);
      }
    } else if (typeof dag.owner === "string" && disallowed.includes(dag.owner)) {
      emit(
        "owner-required",
        onDag(argumentSpan(dag, "owner") ?? defaultArgSpan(dag, "owner"), { message: `${label2} has the placeholder owner '${dag.owner}'`, fix: `set "owner" to the owning team` }),
        dag.line
      );
    }
    const emitOnDag = (id, finding, severity) => emit(id, { dagId, ...finding }, dag.line, severity);
    checkSchedule(dag, { airflowMajor: ctx.airflowMajor, now: ctx.now, maxActiveRunsPerDag: ctx.maxActiveRunsPerDag }, emitOnDag);
    if (dag.dagClass === void 0 || isAirflowDagClass(dag.dagClass)) {
      checkDagArguments(dag, { airflowMajor: ctx.airflowMajor, airflowVersion: ctx.airflowVersion }, emitOnDag);
      checkDagConstruction(dag, { airflowMajor: ctx.airflowMajor, airflowVersion: ctx.airflowVersion }, emitOnDag);
    } else if (dag.dagClassPlain) {
      checkDagArguments(dag, { airflowMajor: ctx.airflowMajor, airflowVersion: ctx.airflowVersion }, emitOnDag);
    }
    const startLevel = levelOf(ctx.settings, "start-date-static");
    const dailyLevel = startLevel === "off" ? void 0 : capAtWarning2(startLevel);
    const startSpan = argumentSpan(dag, "start_date") ?? defaultArgSpan(dag, "start_date");
    const moving = dag.startDate ? startDateMovement(dag.startDate) : void 0;
    const scheduled = timeScheduled(dag, ctx.airflowMajor);
    if (dag.startDate && moving === "every-parse" && scheduled === true) {
      emit(
        "start-date-static",
        onDag(startSpan, {
          message: `${label2} has a dynamic start_date (${dag.startDate}): it changes at every parse, so runs may never be scheduled`,
          fix: 'use a fixed date, e.g. pendulum.datetime(2024, 1, 1, tz="UTC")'
        }),
        dag.line
      );
    } else if (dag.startDate && moving !== void 0) {
      emit(
        "start-date-static",
        onDag(startSpan, {
          message: moving === "every-parse" ? `${label2} has a dynamic start_date (${dag.startDate}): it changes at every parse; ${scheduled === false ? `harmless while the DAG ${dag.schedule === null ? "is only triggered by hand (schedule=None)" : dag.schedule === "@once" ? "runs once (@once)" : "has no time schedule"}` : "whether that keeps its runs away depends on a schedule astro-ci cannot read"}, but runs may never be scheduled on a time schedule` : `${label2} has a start_date relative to the day it is parsed (${dag.startDate}): it moves every day, so backfills and the first run depend on when the file was parsed`,
          fix: 'use a fixed date, e.g. pendulum.datetime(2024, 1, 1, tz="UTC")'
        }),
        dag.line,
        dailyLevel
      );
    } else if (dag.startDate && /\bdays_ago\s*\(/.test(dag.startDate)) {
      emit(
        "start-date-static",
        onDag(startSpan, {
          message: `${label2} uses days_ago() for start_date: relative to the parse time, and removed in Airflow 3`,
          fix: 'use a fixed date, e.g. pendulum.datetime(2024, 1, 1, tz="UTC")'
        }),
        dag.line,
        dailyLevel
      );
    }
  }
  for (const fn of inventory.uncalledDagFunctions ?? []) {
    const dagId = isUnknown(fn.dagId) ? void 0 : fn.dagId;
    emit("dag-never-created", {
      line: fn.line,
      column: fn.column,
      endLine: fn.endLine,
      endColumn: fn.endColumn,
      dagId,
      message: `the DAG${dagId ? ` '${dagId}'` : ""} is never created: call ${fn.name}() at module level`,
      fix: fn.decoratorWithoutCall && ctx.airflowMajor === 2 ? `write @dag() with parentheses (on Airflow 2 a bare @dag makes calling ${fn.name}() fail with TypeError), then add \`${fn.name}()\` at module level after the function` : `add \`${fn.name}()\` at module level after the function (Airflow only finds DAGs that importing the file creates)`
    });
  }
  for (const call of inventory.parseTimeCalls) {
    const why = {
      variable: "reads an Airflow Variable (a metadata DB or secrets backend query)",
      connection: "looks up a connection (a metadata DB or secrets backend query)",
      http: "makes a network call",
      database: "opens a database connection",
      file: "reads a file",
      sleep: "sleeps",
      hook: "uses a hook"
    };
    emit("parse-time-work", {
      line: call.line,
      column: call.column,
      message: `${call.callee}() at module level ${why[call.kind] ?? "does I/O"} every time the scheduler parses this file (every 30 s by default)`,
      fix: call.kind === "variable" ? "read it inside a task, or use a Jinja template like {{ var.value.<key> }} in operator arguments" : call.kind === "connection" ? "read it inside a task, or use {{ conn.<conn_id> }} templates" : "move the call into a task (a @task function or an operator's callable)"
    });
  }
  for (const argument of inventory.taskArguments ?? []) {
    const rules = argument.name === "trigger_rule" ? TRIGGER_RULES : WEIGHT_RULES;
    if (rules.includes(argument.value) || argument.name === "weight_rule" && argument.value.includes(".")) continue;
    const near = nearestName(argument.value, rules);
    emit("task-argument-invalid", {
      line: argument.line,
      column: argument.column,
      endLine: argument.endLine,
      endColumn: argument.endColumn,
      message: argument.name === "trigger_rule" ? `trigger_rule '${argument.value}' is not a trigger rule: importing the file fails with AirflowException: The trigger_rule must be one of the TriggerRule values` : `weight_rule '${argument.value}' is not a weight rule: importing the file fails with AirflowException: Unknown priority strategy`,
      fix: near ? `write '${near}'` : `use one of ${rules.join(", ")}`
    });
  }
  checkOperatorCalls(inventory, { airflowVersion: ctx.airflowVersion, allowIllegalArguments: ctx.allowIllegalArguments }, (id, finding) => emit(id, finding));
  checkTaskDecoratorCalls(inventory, { airflowVersion: ctx.airflowVersion, allowIllegalArguments: ctx.allowIllegalArguments, extraTaskDecorators: ctx.extraTaskDecorators }, (id, finding) => emit(id, finding));
  checkTaskGroupCalls(inventory, { airflowVersion: ctx.airflowVersion }, (id, finding) => emit(id, finding));
  checkTaskDependencies(inventory, { airflowMajor: ctx.airflowMajor }, (id, finding) => emit(id, finding));
  for (const task of inventory.taskIds ?? []) {
    const at2 = { line: task.line, column: task.column, endLine: task.endLine, endColumn: task.endColumn };
    const earlier = task.duplicateOfGroup ? "task group" : "task";
    if (task.notString) {
      const what = task.group ? "group_id" : "task_id";
      emit("task-id-valid", {
        ...at2,
        message: task.group && task.unprefixed ? `group_id ${task.id} is no string: importing the file fails with ValueError: group_id must be str` : `${what} ${task.id} is no string: importing the file fails with TypeError: The key has to be a string and is <class '${task.notString}'>:${task.id}`,
        fix: task.notString === "NoneType" ? `give the ${task.group ? "group" : "task"} a ${what} string, e.g. ${what}="my_${task.group ? "group" : "task"}"` : `write the ${what} as a string: ${what}="${task.id}"`
      });
      continue;
    }
    if (task.group) {
      if (task.unprefixed || task.id.length <= GROUP_ID_MAX_LENGTH && GROUP_ID_PATTERN.test(task.id)) {
        const raised = task.key !== void 0 ? `Task Group id '${task.key}' has already been added to the DAG` : `group_id '${task.id}' has already been added to the DAG`;
        const written = task.key !== void 0 ? ` (with its parent group's prefix: '${task.key}')` : "";
        if (task.duplicateOf !== void 0) {
          emit("task-id-valid", {
            ...at2,
            message: `group_id '${task.id}'${written} is already used by the ${earlier} at line ${task.duplicateOf} in the same DAG: importing the file fails with DuplicateTaskIdFound: ${raised}`,
            fix: "give the task group a group_id no task or group of the DAG has (or add_suffix_on_collision=True)"
          });
        } else if (task.repeatedInLoop !== void 0) {
          emit("task-id-valid", {
            ...at2,
            message: `group_id '${task.id}'${written} is the same on every pass of the loop at line ${task.repeatedInLoop}: the second pass fails the import with DuplicateTaskIdFound: ${raised}`,
            fix: `put the loop variable in the group_id, e.g. f"${task.id}_{...}"`
          });
        }
        continue;
      }
      emit("task-id-valid", {
        ...at2,
        message: task.id.length > GROUP_ID_MAX_LENGTH ? `group_id is ${task.id.length} characters long: importing the file fails with AirflowException: The key has to be less than ${GROUP_ID_MAX_LENGTH} characters` : `group_id '${task.id}' is not a valid key: importing the file fails with AirflowException: The key '${task.id}' has to be made of alphanumeric characters, dashes and underscores exclusively`,
        fix: `use only letters, digits, '_' and '-', e.g. '${task.id.replace(/[^\p{L}\p{N}_-]+/gu, "_").replace(/^_+|_+$/g, "").slice(0, GROUP_ID_MAX_LENGTH) || "my_group"}'`
      });
      continue;
    }
    const key = task.key ?? task.id;
    const prefixed = task.key !== void 0 ? ` (with its task groups' prefix: '${task.key}')` : "";
    if (key.length > TASK_ID_MAX_LENGTH || !TASK_ID_PATTERN.test(task.id)) {
      const suggestion = task.id.replace(/[^\p{L}\p{N}_.-]+/gu, "_").replace(/^_+|_+$/g, "").slice(0, TASK_ID_MAX_LENGTH) || "my_task";
      emit("task-id-valid", {
        ...at2,
        message: key.length > TASK_ID_MAX_LENGTH ? `task_id is ${key.length} characters long${task.key !== void 0 ? " with its task groups' prefix" : ""}: importing the file fails with AirflowException: The key has to be less than ${TASK_ID_MAX_LENGTH} characters` : `task_id '${task.id}' is not a valid key: importing the file fails with AirflowException: The key '${task.id}' has to be made of alphanumeric characters, dashes, dots and underscores exclusively`,
        fix: task.key !== void 0 && key.length > TASK_ID_MAX_LENGTH ? `shorten the task_id or its task groups' group_ids: the key '<group_id>.<task_id>' may have at most ${TASK_ID_MAX_LENGTH} characters` : `use only letters, digits, '_', '.' and '-', e.g. '${suggestion}'`
      });
    } else if (task.duplicateOf !== void 0) {
      emit("task-id-valid", {
        ...at2,
        message: `task_id '${task.id}'${prefixed} is already used by the ${earlier} at line ${task.duplicateOf}${task.duplicateOfGroup && /\.(up|down)stream_join_id$/.test(key) ? " (the id of its join node)" : ""} in the same DAG: importing the file fails with DuplicateTaskIdFound: Task id '${key}' has already been added to the DAG`,
        fix: task.duplicateOfGroup ? "give the task an id no task group of the DAG has" : "give each task its own task_id"
      });
    } else if (task.repeatedInLoop !== void 0) {
      emit("task-id-valid", {
        ...at2,
        message: `task_id '${task.id}'${prefixed} is the same on every pass of the loop at line ${task.repeatedInLoop}: the second pass fails the import with DuplicateTaskIdFound: Task id '${key}' has already been added to the DAG`,
        fix: `put the loop variable in the task_id, e.g. f"${task.id}_{...}"`
      });
    }
  }
  for (const mapped of inventory.mappedLiterals ?? []) {
    const span = { line: mapped.line, column: mapped.column, endLine: mapped.endLine, endColumn: mapped.endColumn };
    if (mapped.type === "XComArg") {
      emit("task-mapping-valid", {
        ...span,
        message: `expand() gets ${mapped.argument}= a task's output under the key '${mapped.key}', which it cannot map over: importing the file fails with ValueError: cannot map over XCom with custom key '${mapped.key}'`,
        fix: `map over the task's whole output: have it return the list (or add a @task that takes the output and returns output["${mapped.key}"]) and expand over that`
      });
      continue;
    }
    if (mapped.type === "always") {
      const method = mapped.call ?? "expand";
      emit("task-mapping-valid", {
        ...span,
        message: `${method}() maps this task over another task's output, and its trigger_rule is "always": importing the file fails with ValueError: Task-generated mapping within a task using '${method}' is not allowed with trigger rule 'always'.`,
        fix: 'give the mapped task another trigger_rule (e.g. "all_done"), or map it over a literal list'
      });
      continue;
    }
    if (mapped.type === "empty") {
      emit("task-mapping-valid", {
        ...span,
        message: "expand() is called with no argument to map over: importing the file fails with TypeError: no arguments to expand against",
        fix: "pass expand() the argument to map over (expand(name=[...]) or another task's output), or call the task without mapping"
      });
      continue;
    }
    if (mapped.type === "context") {
      const method = mapped.call ?? "expand";
      const names = [mapped.argument, ...mapped.also ?? []];
      const what = names.length > 1 ? `variables ${names.map((n) => `'${n}'`).join(", ")}` : `variable '${mapped.argument}'`;
      emit("task-mapping-valid", {
        ...span,
        message: `${method}() gets ${names.map((n) => `${n}=`).join(", ")}, ${names.length > 1 ? "names" : "a name"} Airflow gives the @task function from the task's context: importing the file fails with ValueError: cannot call ${method}() on task context ${what}`,
        fix: `rename the function's parameter (and the keyword) so that it is no Airflow context key such as ${mapped.argument}, ds or ti`
      });
      continue;
    }
    if (mapped.type === "keyword") {
      const method = mapped.call ?? "expand";
      emit("task-mapping-valid", {
        ...span,
        message: `${method}() gets ${mapped.argument}=, which the decorated function has no parameter for: importing the file fails with TypeError: ${method}() got an unexpected keyword argument '${mapped.argument}'`,
        fix: mapped.argument === "task_id" || method === "partial" ? `pass only the function's own arguments to ${method}(); task arguments such as task_id go in @task(task_id=...) or .override(task_id=...)` : `map over one of the function's parameters, or add a parameter '${mapped.argument}'`
      });
      continue;
    }
    if (mapped.call === "expand_kwargs") {
      emit("task-mapping-valid", {
        ...span,
        message: `expand_kwargs() gets a ${mapped.type}${mapped.type === "list" || mapped.type === "tuple" ? " with an item that is no dict" : ", which is neither a list of dicts nor a task's output"}: importing the file fails with TypeError: expected XComArg or list[dict], not ${mapped.type}`,
        fix: 'pass a list of dicts (expand_kwargs([{"a": 1}, {"a": 2}])) or the output of a task returning one; to map over one argument use expand(name=[...])'
      });
      continue;
    }
    emit("task-mapping-valid", {
      ...span,
      message: `expand() gets ${mapped.argument}= ${/^[aeiou]/.test(mapped.type) ? "an" : "a"} ${mapped.type}, which it cannot map over: importing the file fails with ValueError: expand() got an unexpected type '${mapped.type}' for keyword argument '${mapped.argument}'`,
      fix: `pass a list (${mapped.argument}=[...]), a dict or another task's output; a value every mapped task shares goes in .partial(${mapped.argument}=...)`
    });
  }
  for (const call of inventory.taskCalls ?? []) {
    emit("task-argument-invalid", { line: call.line, column: call.column, endLine: call.endLine, endColumn: call.endColumn, ...taskCallWords(call) });
  }
  if (ctx.airflowMajor === 2) {
    const dags = inventory.dags;
    const slaOfEveryDag = dags.length > 0 && dags.every((dag) => dag.defaultArgs?.some((a) => a.name === "sla" && a.literal !== null));
    for (const task of inventory.mappedTasks ?? []) {
      if (task.sla === false || task.sla === void 0 && !slaOfEveryDag) continue;
      const own = task.sla === true;
      emit("task-mapping-valid", {
        line: task.line,
        column: task.column,
        endLine: task.endLine,
        endColumn: task.endColumn,
        message: `this mapped task has an SLA (${own ? "its own sla=" : "sla in the DAG's default_args"}): importing the file fails with AirflowException: SLAs are unsupported with mapped tasks`,
        fix: own ? "remove sla= from the mapped task (or set sla=None)" : "set sla=None for the mapped task (@task(sla=None), or .partial(sla=None) for an operator), or take sla out of default_args"
      });
    }
  }
  for (const zone of inventory.timeZones ?? []) {
    const variable = zone.environment;
    if (variable !== void 0 && ctx.imageEnv?.unresolved.includes(variable)) continue;
    const imageValue = variable === void 0 ? void 0 : ctx.imageEnv?.env[variable];
    if (imageValue === "local") continue;
    const name = imageValue ?? zone.name;
    const problem = timeZoneProblem(name, zone.loader);
    if (!problem) continue;
    const error = zone.loader === "zoneinfo" ? "ZoneInfoNotFoundError" : "InvalidTimezone";
    const what = variable === void 0 ? "" : imageValue !== void 0 ? ` (the Dockerfile's ENV sets ${variable}=${imageValue})` : ` (the default when the environment variable ${variable} is not set)`;
    const where = variable === void 0 || imageValue !== void 0 ? "" : ` wherever ${variable} is unset (a CI parse, astro dev parse; the Dockerfile does not set it, a Deployment's environment variables may)`;
    emit(
      "time-zone-valid",
      {
        line: zone.line,
        column: zone.column,
        endLine: zone.endLine,
        endColumn: zone.endColumn,
        message: `${zone.callee}() gets the time zone "${name}"${what}: ${problem.message}, so importing the file fails with ${error}${where}`,
        fix: problem.suggestion ? imageValue !== void 0 ? `set ${variable}=${problem.suggestion} in the Dockerfile` : `write "${problem.suggestion}"` : 'use an IANA time zone name such as "UTC" or "Europe/Paris"'
      },
      void 0,
      variable !== void 0 && imageValue === void 0 && levelOf(ctx.settings, "time-zone-valid") !== "off" ? capAtWarning2(levelOf(ctx.settings, "time-zone-valid")) : void 0
    );
  }
  for (const use of inventory.datasetUris ?? []) {
    const problem = ctx.airflowMajor === 2 ? datasetUriProblem(use.uri) : void 0;
    if (problem) emit("dataset-uri-invalid", { line: use.line, column: use.column, endLine: use.endLine, endColumn: use.endColumn, ...datasetUriFinding(use, problem) });
  }
  findings.push(...importFindings(inventory, ctx));
  const suppressions = inventory.suppressions;
  const kept = applySuppressions(findings, { [ctx.file]: suppressions });
  return kept.filter((finding) => {
    const dagLine = dagLineOf.get(finding);
    if (dagLine === void 0 || dagLine === finding.line) return true;
    return applySuppressions([{ ...finding, line: dagLine }], { [ctx.file]: suppressions }).length > 0;
  });
}
function importFindings(inventory, ctx) {
  const findings = [];
  const levels = { unresolved: levelOf(ctx.settings, "unresolved-import"), removed: levelOf(ctx.settings, "airflow3-removed-import"), core: levelOf(ctx.settings, "airflow-import-invalid") };
  const judgeCore = ctx.airflowMajor === 2 && judgesAirflowCore(ctx.airflowVersion) && levels.core !== "off" && !ctx.resolver.isLocal?.("airflow");
  const coreSeverity = levels.core === "off" ? "error" : levels.core;
  if (judgeCore) {
    for (const use of inventory.airflowAttributes ?? []) {
      const problem = use.tried ? void 0 : airflowCoreAttributeProblem(use.path);
      if (!problem) continue;
      findings.push({ checkId: "airflow-import-invalid", severity: coreSeverity, file: ctx.file, line: use.line, column: use.column, message: `importing this DAG fails with ${problem.error}`, fix: problem.fix });
    }
  }
  for (const ref of inventory.imports) {
    if (ref.guarded || ref.typeCheckingOnly) continue;
    const scope = ref.scope ?? "module";
    if (scope === "isolated") continue;
    const atTaskRun = scope === "function";
    const base = { file: ctx.file, line: ref.line };
    if (ref.relative) {
      const relativeLevel = ctx.settings["unresolved-import"]?.level ?? "error";
      if (relativeLevel !== "off") {
        findings.push({
          ...base,
          checkId: "unresolved-import",
          severity: atTaskRun ? capAtWarning2(relativeLevel) : relativeLevel,
          message: `${atTaskRun ? "this relative import fails the task at run time" : "importing this DAG fails"} with ImportError: attempted relative import with no known parent package (Airflow loads each DAG file as a top-level module, not as part of a package)`,
          fix: "import through the dags folder, which is on sys.path: 'from common.settings import X' for dags/common/settings.py, not 'from .common.settings import X'"
        });
      }
      continue;
    }
    if (!ref.module) continue;
    if (ctx.airflowMajor === 3 && levels.removed !== "off") {
      const removed = airflow3RemovedImports(ref.module, ref.names);
      for (const gone of removed) {
        findings.push({
          ...base,
          checkId: "airflow3-removed-import",
          // Inside a task body the ImportError fails that task, not the DAG import: at most a warning.
          severity: atTaskRun ? capAtWarning2(levels.removed) : levels.removed,
          message: atTaskRun ? `'${gone.path}' was removed in Airflow 3 (${gone.rule}): this import fails the task at run time, not the DAG import` : `'${gone.path}' was removed in Airflow 3 (${gone.rule}): importing this DAG fails with ImportError, even if the name is never used`,
          fix: gone.fix
        });
      }
      if (removed.length) continue;
    }
    if (judgeCore) {
      const problems = airflowCoreImportProblems(ref.module, ref.names);
      for (const problem of problems) {
        findings.push({
          ...base,
          checkId: "airflow-import-invalid",
          // Inside a task body the error fails that task, not the DAG import: at most a warning.
          severity: atTaskRun ? capAtWarning2(coreSeverity) : coreSeverity,
          message: atTaskRun ? `this import fails the task at run time with ${problem.error}, not the DAG import` : `importing this DAG fails with ${problem.error}`,
          fix: problem.fix
        });
      }
      if (problems.length) continue;
    }
    if (levels.unresolved === "off") continue;
    const forwarded = judgeCore && ref.names?.length && !ref.names.includes("*") ? providerAliasTarget(ref.module) : void 0;
    if (forwarded) {
      const target = ctx.resolver.resolve(forwarded);
      if (target.status === "provided") continue;
      const name = ref.names?.[0];
      const error = `ImportError: Could not import ${forwarded}.${name} while trying to import ${ref.module}.${name}`;
      findings.push({
        ...base,
        checkId: "unresolved-import",
        severity: target.status === "missing" ? atTaskRun ? capAtWarning2(levels.unresolved) : levels.unresolved : "notice",
        message: target.status === "missing" ? `'${ref.module}' is a deprecated alias of '${forwarded}', which nothing installs: ${atTaskRun ? `this import fails the task at run time with ${error}, not the DAG import` : `importing this DAG fails with ${error}`}` : `'${ref.module}' is a deprecated alias of '${forwarded}', which is not in requirements.txt; present only if ${target.presentOnlyIf}`,
        fix: `${target.fix}; and import from '${forwarded}' itself (the alias is removed in Airflow 3)`
      });
      continue;
    }
    const resolution = ctx.resolver.resolve(ref.module);
    if (resolution.status === "provided") continue;
    if (resolution.status === "missing") {
      findings.push({
        ...base,
        checkId: "unresolved-import",
        severity: atTaskRun ? capAtWarning2(levels.unresolved) : levels.unresolved,
        message: atTaskRun ? `nothing installs '${ref.module}': this import fails the task at run time with ModuleNotFoundError, not the DAG import` : `nothing installs '${ref.module}': importing this DAG fails with ModuleNotFoundError`,
        fix: resolution.fix
      });
    } else {
      findings.push({
        ...base,
        checkId: "unresolved-import",
        severity: "notice",
        message: `'${ref.module}' is not in requirements.txt; present only if ${resolution.presentOnlyIf}${atTaskRun ? " (imported inside a task: it would fail the task, not the DAG import)" : ""}`,
        fix: resolution.fix
      });
    }
  }
  return findings;
}
function capAtWarning2(level) {
  return level === "error" ? "warning" : level;
}
function runProjectChecks(inventories, ctx) {
  const level = levelOf(ctx.settings, "duplicate-dag-id");
  if (level === "off") return [];
  const byId = /* @__PURE__ */ new Map();
  for (const { inventory } of inventories) {
    for (const dag of inventory.dags) {
      const id = dagIdOf(dag);
      if (id === void 0) continue;
      byId.set(id, [...byId.get(id) ?? [], dag]);
    }
  }
  const findings = [];
  for (const [id, dags] of byId) {
    if (dags.length < 2) continue;
    for (const dag of dags) {
      const clashing = dags.filter((d) => d !== dag && !(d.file === dag.file && exclusiveBranches(d.branch, dag.branch)));
      if (clashing.length === 0) continue;
      const others = clashing.map((d) => `${d.file}:${d.line}`);
      const acrossFiles = clashing.some((d) => d.file !== dag.file);
      const certain = !dag.branch && clashing.some((d) => d.file !== dag.file && !d.branch);
      findings.push({
        checkId: "duplicate-dag-id",
        severity: acrossFiles && !certain ? capAtWarning2(level) : level,
        file: dag.file,
        line: dag.line,
        dagId: id,
        message: acrossFiles ? `dag_id '${id}' is also defined at ${others.join(", ")}: ` + (certain ? "" : "if both are made (one is made only under an if/try condition astro-ci cannot evaluate, such as an environment check), ") + `a running scheduler keeps whichever file it parsed last, without an error, while a whole-folder DagBag (astro dev parse, the DAG integrity test) fails with AirflowDagDuplicatedIdException` : `dag_id '${id}' is also defined at ${others.join(", ")} in the same file: Airflow keeps one of them, not always the same one from one parse to the next, without an error anywhere (not even in astro dev parse)`,
        fix: "give each DAG a unique dag_id"
      });
    }
  }
  findings.push(...reimportedDagFindings(inventories, { severity: level, resolver: ctx.resolver, relativeRoot: ctx.relativeRoot ?? "" }));
  const suppressions = Object.fromEntries(inventories.map((i) => [i.file, i.inventory.suppressions]));
  return applySuppressions(findings, suppressions);
}
function applySuppressions(findings, suppressionsByFile) {
  return findings.filter((finding) => {
    const s = suppressionsByFile[finding.file];
    if (!s) return true;
    const covers = (ids) => ids !== void 0 && (ids.length === 0 || ids.includes(finding.checkId));
    return !(covers(s.file) || covers(s.lines[finding.line]));
  });
}
function exclusiveBranches(a, b) {
  if (!a || !b) return false;
  const left = new Map(a.split("/").map((step) => step.split(":")));
  return b.split("/").some((step) => {
    const [statement, branch] = step.split(":");
    const other = left.get(statement);
    return other !== void 0 && other !== branch;
  });
}

// src/dags/validate.ts
var import_ignore = __toESM(require_ignore(), 1);
import { posix as posix5 } from "node:path";

// src/dags/project-factories.ts
import { join as join2, posix as posix3 } from "node:path";
function callsProjectFactories(inventory, localModules) {
  return !!inventory?.factoryCalls?.some((call) => localModules.includes(call.callee.split(".")[0])) || usesProjectWrappers(inventory, localModules);
}
function usesProjectWrappers(inventory, localModules) {
  return !!inventory?.importedWrapperDags?.some((used) => localModules.includes(used.wrapper.split(".")[0]));
}
async function resolveProjectFactories(project, analyses, analyzer, cache) {
  const factoryMade = /* @__PURE__ */ new Set();
  const calling = analyses.filter((a) => callsProjectFactories(a.inventory, project.localModules));
  if (!calling.length) return { analyses, factoryMade };
  const projectPath = (repoPath) => project.relativeRoot ? posix3.relative(project.relativeRoot, repoPath) : repoPath;
  const definitions = /* @__PURE__ */ new Map();
  const wrappers = /* @__PURE__ */ new Map();
  const index = (modules, inventory) => {
    for (const factory of inventory?.factories ?? []) for (const module of modules) definitions.set(`${module}.${factory.name}`, factory);
    for (const wrapper of inventory?.dagWrappers ?? []) for (const module of modules) wrappers.set(`${module}.${wrapper.name}`, wrapper);
  };
  const analysed = /* @__PURE__ */ new Set();
  for (const analysis of analyses) {
    analysed.add(projectPath(analysis.file));
    index(projectModuleNames(projectPath(analysis.file)), analysis.inventory);
  }
  const wanted = /* @__PURE__ */ new Set();
  const moduleOf = (callee) => callee.slice(0, callee.lastIndexOf("."));
  for (const analysis of calling) {
    for (const call of analysis.inventory?.factoryCalls ?? []) if (!definitions.has(call.callee)) wanted.add(moduleOf(call.callee));
    for (const used of analysis.inventory?.importedWrapperDags ?? []) if (!wrappers.has(used.wrapper) && project.localModules.includes(used.wrapper.split(".")[0])) wanted.add(moduleOf(used.wrapper));
  }
  await analyseModules(project, [...wanted], analysed, analyzer, cache, index);
  const resolved = analyses.map((analysis) => {
    if (!callsProjectFactories(analysis.inventory, project.localModules) || !analysis.inventory) return analysis;
    const made = [];
    for (const call of analysis.inventory.factoryCalls ?? []) {
      const factory = definitions.get(call.callee);
      if (!factory) continue;
      factoryMade.add(analysis.file);
      made.push(...dagsOf(call, factory, analysis.file));
    }
    const uncalled = [];
    if (usesProjectWrappers(analysis.inventory, project.localModules)) {
      factoryMade.add(analysis.file);
      for (const used of analysis.inventory.importedWrapperDags ?? []) {
        const wrapper = wrappers.get(used.wrapper);
        const dag = wrapper ? throughImportedWrapper(used, wrapper) : void 0;
        if (!dag) continue;
        if (used.uncalled) uncalled.push({ ...used.uncalled, dagId: dag.dagId });
        else made.push(dag);
      }
    }
    if (!made.length && !uncalled.length) return analysis;
    const dags = [...analysis.inventory.dags, ...made].sort((a, b) => a.line - b.line);
    return { ...analysis, inventory: { ...analysis.inventory, dags, ...uncalled.length ? { uncalledDagFunctions: [...analysis.inventory.uncalledDagFunctions ?? [], ...uncalled] } : {} } };
  });
  return { analyses: resolved, factoryMade };
}
async function analyseModules(project, modules, analysed, analyzer, cache, index) {
  const roots = ["", ...[project.dirs.dags, project.dirs.plugins].filter((d) => !!d && isInside(project.root, d)).map((d) => posix3.relative(project.root.split("\\").join("/"), d.split("\\").join("/")))];
  const sources = [];
  for (const module of modules.slice(0, MAX_MODULES)) {
    if (!/^[A-Za-z_]\w*(\.[A-Za-z_]\w*)*$/.test(module)) continue;
    const base = module.split(".").join("/");
    for (const root of roots) {
      for (const candidate of [`${base}.py`, `${base}/__init__.py`]) {
        const rel = root ? `${root}/${candidate}` : candidate;
        if (analysed.has(rel)) continue;
        analysed.add(rel);
        const bytes = await readProjectModule(join2(project.root, rel), project.repoRoot);
        if (bytes) sources.push({ rel, bytes });
      }
    }
  }
  for (const { rel, analysis } of await analyseModuleFiles(project, sources, analyzer, cache)) index(projectModuleNames(rel), analysis.inventory);
}
var MAX_MODULES = 200;
function throughImportedWrapper(used, wrapper) {
  const written = (used.dag.arguments ?? []).map((a) => a.name);
  if (!written.includes("*") && !written.includes("**")) {
    const positional = written.filter((n) => /^#\d+$/.test(n)).length;
    const keywords = new Set(written);
    const binds = positional <= wrapper.params.length && wrapper.params.every((p, i) => i < positional || keywords.has(p.name) || !p.required) && !wrapper.params.some((p, i) => i < positional && keywords.has(p.name));
    if (!binds) return void 0;
  }
  return throughWrapper({ ...used.dag }, wrapperRules(wrapper), used.call, used.written, used.function);
}
function dagsOf(call, factory, file) {
  const unknown = (expression) => ({ unknown: true, expression });
  const written = `${factory.name}(...)`;
  const dag = (dagId, schedule) => ({
    dagId,
    file,
    line: call.line,
    definedBy: factory.definedBy,
    schedule: schedule ?? unknown(written),
    tags: unknown(written),
    owner: unknown(written),
    retries: unknown(written),
    catchup: unknown(written),
    startDate: void 0,
    taskCount: unknown(written),
    dagClass: AIRFLOW_DAG_CLASS,
    ...call.branch ? { branch: call.branch } : {}
  });
  const held = factory.registers ? "all" : call.held;
  if (held === "none") return [];
  if (!call.passes || held === "unknown") return [dag(unknown(written))];
  const passes = held === "last" ? call.passes.slice(-1) : call.passes;
  const names = new Set(factory.params.map((p) => p.name));
  const binds = (pass) => pass.positional.length <= factory.params.length && factory.params.every((p, i) => i < pass.positional.length || Object.hasOwn(pass.keywords, p.name) || p.default !== void 0) && !factory.params.some((p, i) => i < pass.positional.length && Object.hasOwn(pass.keywords, p.name)) && Object.keys(pass.keywords).every((k) => names.has(k) || factory.acceptsKeywords);
  return passes.filter(binds).map((pass) => {
    if (factory.idKeyword) return dag(typeof pass.keywords.dag_id === "string" ? pass.keywords.dag_id : unknown(written));
    const schedule = factory.scheduleParts ? boundParts(factory.scheduleParts, factory, pass) : void 0;
    const id = boundParts(factory.dagIdParts, factory, pass);
    return dag(id ?? unknown(written), schedule);
  });
}
function boundParts(parts, factory, pass) {
  let out = "";
  for (const part of parts) {
    if (typeof part === "string") {
      out += part;
      continue;
    }
    const param = factory.params[part];
    const value = param === void 0 ? void 0 : part < pass.positional.length ? pass.positional[part] : Object.hasOwn(pass.keywords, param.name) ? pass.keywords[param.name] : param.default;
    if (value === void 0 || value === null) return void 0;
    out += value;
  }
  return out;
}

// src/dags/helper-modules.ts
import { readdir as readdir2, stat } from "node:fs/promises";
import { join as join3, posix as posix4 } from "node:path";
function parseTimeProjectImports(inventory, localModules) {
  return inventory.imports.filter((ref) => parseTime(ref) && localModules.includes(ref.module.split(".")[0]));
}
function parseTime(ref) {
  return ref.scope === "module" && !ref.guarded && !ref.typeCheckingOnly && !ref.conditional && !ref.relative && ref.module !== "";
}
var MAX_HELPER_MODULES = 2e3;
var OPAQUE_PACKAGE = /__path__|pkgutil|sys\.modules|__getattr__|importlib/;
var DYNAMIC_NAMES = /\b(globals|vars|locals|setattr|exec|eval|__import__|import_module)\s*\(|__getattr__|__dict__|\bsys\.modules\b|\bbuiltins\b|\bimport\s*\*|\bimport\s*\(\s*\*/;
var bindingAt = (name) => new RegExp(`^(?:${name}\\s*(?::[^=\\n]*)?=(?!=)|(?:async[ \\t]+)?def[ \\t]+${name}\\b|class[ \\t]+${name}\\b)`);
var SEVERITY_RANK = { notice: 0, warning: 1, error: 2 };
async function helperImportFindings(importers, options) {
  const { project, levels } = options;
  const judgesHelpers = levels["helper-import-failed"] !== "off";
  const judgesBuiltins = !!options.onBuiltins && levels["undefined-name"] !== "off";
  if (!importers.some((i) => i.imports.length) || !judgesHelpers && !judgesBuiltins && !importers.some((i) => i.taskCalls?.length || i.starNameReads?.length)) return [];
  const toPosix = (p) => p.split("\\").join("/");
  const rootPosix = toPosix(project.root);
  const relOf = (abs) => posix4.relative(rootPosix, toPosix(abs));
  const roots = ["", ...[project.dirs.dags, project.dirs.plugins].filter((d) => !!d && isInside(project.root, d)).map(relOf)];
  const repoPath = (rel) => project.relativeRoot ? `${project.relativeRoot}/${rel}` : rel;
  const kinds = /* @__PURE__ */ new Map();
  const kindOf = (rel) => {
    let found = kinds.get(rel);
    if (!found) {
      found = stat(join3(project.root, rel)).then(
        (s) => s.isFile() ? "file" : s.isDirectory() ? "dir" : void 0,
        () => void 0
      );
      kinds.set(rel, found);
    }
    return found;
  };
  const texts = /* @__PURE__ */ new Map();
  const bytesOf = (rel) => {
    let bytes = texts.get(rel);
    if (!bytes) {
      bytes = readProjectModule(join3(project.root, rel), project.repoRoot);
      texts.set(rel, bytes);
    }
    return bytes;
  };
  const located = /* @__PURE__ */ new Map();
  const locateIn = (name, search) => {
    const memoKey = `${search.join("\0")}\0\0${name}`;
    let found = located.get(memoKey);
    if (!found) {
      found = (async () => {
        const portions = [];
        let first;
        for (const dir of search) {
          const pkg = dir ? `${dir}/${name}` : name;
          let hit;
          if (await kindOf(`${pkg}/__init__.py`) === "file") {
            const initText = (await bytesOf(`${pkg}/__init__.py`))?.toString("utf8");
            hit = { kind: "package", rel: `${pkg}/__init__.py`, path: [pkg], initText, opaque: initText === void 0 || OPAQUE_PACKAGE.test(initText) };
          } else if (await kindOf(`${pkg}.py`) === "file") hit = { kind: "module", rel: `${pkg}.py`, path: [] };
          else if (await kindOf(pkg) === "dir") portions.push(pkg);
          if (hit && first) return void 0;
          first ??= hit;
        }
        return first ?? (portions.length ? { kind: "namespace", path: portions } : void 0);
      })();
      located.set(memoKey, found);
    }
    return found;
  };
  const listings = /* @__PURE__ */ new Map();
  const absentIn = async (name, dir) => {
    let listing = listings.get(dir);
    if (!listing) {
      listing = readdir2(join3(project.root, dir)).then(
        (entries2) => entries2,
        () => void 0
      );
      listings.set(dir, listing);
    }
    const entries = await listing;
    return entries !== void 0 && !entries.some((e) => e === name || e.startsWith(`${name}.`));
  };
  const definedNames = (text) => {
    const names = /* @__PURE__ */ new Map();
    const lines = text.split("\n");
    for (const [i, line] of lines.entries()) {
      const found = /^(?:async\s+def|def|class)\s+(\w+)|^(\w+)\s*(?::[^=\n]*)?=(?!=)/.exec(line);
      const name = found?.[1] ?? found?.[2];
      if (name && !names.has(name)) names.set(name, i + 1);
      const imported = /^(?:from\s+\S+\s+)?import\s+([\w\s,.]+)$/.exec(line.replace(/#.*$/, "").trim());
      for (const part of imported?.[1]?.split(",") ?? []) {
        const alias = /(?:^|\s)as\s+(\w+)\s*$/.exec(part)?.[1] ?? part.trim().split(".")[0];
        if (alias && /^\w+$/.test(alias) && !names.has(alias)) names.set(alias, i + 1);
      }
    }
    return names;
  };
  const closestOf = (name, candidates) => {
    const byLower = /* @__PURE__ */ new Map();
    for (const candidate of candidates.keys()) if (!candidate.startsWith("_") || name.startsWith("_")) byLower.set(candidate.toLowerCase(), candidate);
    const near = nearestName(name, [...byLower.keys()]);
    const found = near === void 0 ? void 0 : byLower.get(near);
    if (found === void 0) return "";
    const line = candidates.get(found);
    return `: did you mean '${found}'${line !== void 0 ? ` (line ${line})` : ""}?`;
  };
  const missingName = async (module, found, name) => {
    if (!found.rel || name === "*" || !/^[A-Za-z_]\w*$/.test(name) || /^__\w+__$/.test(name)) return void 0;
    const text = found.kind === "package" ? found.initText : (await bytesOf(found.rel))?.toString("utf8");
    if (text === void 0 || found.opaque || DYNAMIC_NAMES.test(text) || new RegExp(`\\b${name}\\b`).test(text)) return void 0;
    const candidates = new Map(definedNames(text));
    if (found.kind === "package") {
      const dir = found.path[0];
      if (found.path.length !== 1 || dir === void 0 || !await absentIn(name, dir)) return void 0;
      for (const entry of await listings.get(dir) ?? []) {
        const sub = /^([A-Za-z_]\w*)(\.py)?$/.exec(entry);
        if (sub?.[1] && sub[1] !== "__init__" && !candidates.has(sub[1])) candidates.set(sub[1], void 0);
      }
    }
    const file = repoPath(found.rel);
    return {
      error: `ImportError: cannot import name '${name}' from '${module}' (${file})`,
      fix: `${file} defines no '${name}'${found.kind === "package" ? " and has no submodule of that name" : ""}${closestOf(name, candidates) || `: import a name it defines, or define '${name}' there`}`
    };
  };
  const filesMemo = /* @__PURE__ */ new Map();
  const problems = /* @__PURE__ */ new Map();
  const problemOf = (ref) => {
    const memoKey = `${ref.module} ${(ref.names ?? []).join(",")}`;
    return annotatedProblem(memoKey) ?? problems.get(memoKey);
  };
  const filesOf = (ref) => {
    const memoKey = `${ref.module} ${(ref.names ?? []).join(",")}`;
    let files = filesMemo.get(memoKey);
    if (!files) {
      files = lookUpFiles(ref);
      filesMemo.set(memoKey, files);
    }
    return files;
  };
  const lookUpFiles = async (ref) => {
    const top = ref.module.split(".")[0];
    if (!/^[A-Za-z_]\w*(\.[A-Za-z_]\w*)*$/.test(ref.module) || top === "airflow" || options.providedElsewhere(top)) return [];
    const files = [];
    const memoKey = `${ref.module} ${(ref.names ?? []).join(",")}`;
    let search = roots;
    let last;
    const parts = ref.module.split(".");
    for (const [i, part] of parts.entries()) {
      const parent = last;
      last = await locateIn(part, search);
      if (!last) {
        const dir = parent?.path[0];
        if (parent?.kind === "package" && !parent.opaque && parent.path.length === 1 && dir !== void 0 && await absentIn(part, dir)) {
          const missing = parts.slice(0, i + 1).join(".");
          const siblings = /* @__PURE__ */ new Map();
          for (const entry of await listings.get(dir) ?? []) {
            const sub = /^([A-Za-z_]\w*)(\.py)?$/.exec(entry);
            if (sub?.[1] && sub[1] !== "__init__" && sub[1] !== "__pycache__") siblings.set(sub[1], void 0);
          }
          problems.set(memoKey, {
            error: `ModuleNotFoundError: No module named '${missing}'`,
            fix: `${repoPath(dir)}/ has no module ${part}.py nor package ${part}/${closestOf(part, siblings).replace(/'(\w+)'/, `'${parts.slice(0, i).join(".")}.$1'`)}`
          });
        }
        return files;
      }
      if (last.rel) {
        files.push(last.rel);
        importedAt(last.rel, last.kind === "module" ? i : i + 1);
      }
      if (i < parts.length - 1 && (last.kind === "module" || last.opaque)) return files;
      search = last.path;
    }
    if (last) locatedModules.set(ref.module, last);
    if (last && last.kind !== "module" && !last.opaque) {
      for (const name of ref.names ?? []) {
        if (name === "*" || !/^[A-Za-z_]\w*$/.test(name)) continue;
        if (last.initText !== void 0 && new RegExp(`\\b${name}\\b`).test(last.initText)) continue;
        const sub = await locateIn(name, last.path);
        if (sub?.rel) {
          files.push(sub.rel);
          importedAt(sub.rel, sub.kind === "module" ? parts.length : parts.length + 1);
        }
      }
    }
    if (last && (last.kind === "module" || last.kind === "package")) {
      const before = [];
      for (const name of ref.names ?? []) {
        const missing = await missingName(ref.module, last, name);
        if (missing) {
          problems.set(memoKey, missing);
          break;
        }
        before.push(name);
      }
      const text = last.rel === void 0 || last.opaque ? void 0 : last.kind === "package" ? last.initText : (await bytesOf(last.rel))?.toString("utf8");
      if (last.rel && text !== void 0 && !DYNAMIC_NAMES.test(text)) {
        const dir = last.path[0];
        const names = [];
        for (const name of before) {
          if (name === "*" || !/^[A-Za-z_]\w*$/.test(name)) break;
          if (last.kind === "package" && (last.path.length !== 1 || dir === void 0 || !await absentIn(name, dir))) break;
          names.push(name);
        }
        if (names.length) annotatedImports.set(memoKey, { module: ref.module, rel: last.rel, names });
      }
    }
    return files;
  };
  const locatedModules = /* @__PURE__ */ new Map();
  const packageDepths = /* @__PURE__ */ new Map();
  const importedAt = (rel, depth) => void packageDepths.set(rel, Math.max(depth, packageDepths.get(rel) ?? 0));
  const annotatedImports = /* @__PURE__ */ new Map();
  const annotatedProblem = (memoKey) => {
    const entry = annotatedImports.get(memoKey);
    const annotated = entry ? analyses.get(entry.rel)?.inventory?.annotatedOnly : void 0;
    const name = annotated && entry?.names.find((n) => annotated.includes(n));
    if (!entry || !name) return void 0;
    const file = repoPath(entry.rel);
    return {
      error: `ImportError: cannot import name '${name}' from '${entry.module}' (${file})`,
      fix: `${file} only annotates '${name}' (\`${name}: <type>\` with no value binds nothing): give it a value there (\`${name}: int = 10\`)`
    };
  };
  const analyses = /* @__PURE__ */ new Map();
  const importsOf = /* @__PURE__ */ new Map();
  const importerFiles = /* @__PURE__ */ new Map();
  let frontier = /* @__PURE__ */ new Set();
  for (const importer of importers) {
    const followed = [];
    for (const ref of importer.imports) {
      if (!parseTime(ref)) continue;
      const files = await filesOf(ref);
      if (!files.length && !problemOf(ref)) continue;
      followed.push({ ref, files });
      for (const f of files) frontier.add(f);
    }
    if (followed.length) importerFiles.set(importer, followed);
  }
  while (frontier.size && analyses.size < MAX_HELPER_MODULES) {
    const sources = [];
    for (const rel of frontier) {
      if (analyses.has(rel)) continue;
      const mine = options.analysed.get(repoPath(rel));
      if (mine) {
        analyses.set(rel, mine);
        continue;
      }
      analyses.set(rel, void 0);
      const bytes = await bytesOf(rel);
      if (bytes) sources.push({ rel, bytes });
    }
    for (const { rel, analysis } of await analyseModuleFiles(project, sources, options.analyzer, options.cache)) analyses.set(rel, analysis);
    const next = /* @__PURE__ */ new Set();
    for (const rel of frontier) {
      const inventory = analyses.get(rel)?.inventory;
      if (!inventory || importsOf.has(rel)) continue;
      const followed = [];
      for (const ref of inventory.imports) {
        if (!parseTime(ref) || !project.localModules.includes(ref.module.split(".")[0])) continue;
        const files = await filesOf(ref);
        if (!files.length && !problemOf(ref)) continue;
        followed.push({ ref, files });
        for (const f of files) if (!analyses.has(f)) next.add(f);
      }
      importsOf.set(rel, followed);
    }
    frontier = next;
  }
  const judgeCore = project.airflowMajor === 2 && judgesAirflowCore(project.airflowVersion) && !options.resolver.isLocal?.("airflow");
  const failures = /* @__PURE__ */ new Map();
  const inProgress = /* @__PURE__ */ new Set();
  const failureOf = (rel) => {
    const known = failures.get(rel);
    if (known !== void 0) return known;
    if (inProgress.has(rel)) return null;
    const analysis = analyses.get(rel);
    if (!analysis) return null;
    inProgress.add(rel);
    const result = ownFailure(rel, analysis);
    inProgress.delete(rel);
    failures.set(rel, result);
    return result;
  };
  const ownFailure = (rel, analysis) => {
    const file = repoPath(rel);
    if (analysis.unreadable) {
      return levels["syntax-error"] === "off" ? null : { file, line: analysis.unreadable.line, error: `SyntaxError: ${analysis.unreadable.message}`, fix: analysis.unreadable.fix, cause: "syntax-error", through: [] };
    }
    const syntax = analysis.ruff.find((d) => d.code === "syntax-error");
    if (syntax) {
      const error = /^(TabError|IndentationError): /.test(syntax.message) ? syntax.message : `SyntaxError: ${syntax.message}`;
      return levels["syntax-error"] === "off" ? null : { file, line: syntax.line, error, fix: "fix the syntax error (python -m py_compile on the file shows it as Python words it)", cause: "syntax-error", through: [] };
    }
    const inventory = analysis.inventory;
    if (!inventory) return null;
    const candidates = [];
    if (levels["undefined-name"] !== "off") {
      for (const f of undefinedNameFindings(analysis.ruff, inventory, file, "error", project.pythonVersion)) {
        if (f.severity !== "error") continue;
        const name = /'([^']+)' is (?:not defined|a local variable)/.exec(f.message)?.[1] ?? "?";
        if (/^__\w+__$/.test(name)) continue;
        const local = inventory.unboundLocalReads?.find((r) => r.line === f.line && r.column === f.column);
        const error = local ? unboundLocalError(local.name, project.pythonVersion) : `NameError: name '${name}' is not defined`;
        candidates.push({ line: f.line, failure: { file, line: f.line, error, fix: f.fix ?? `define '${name}'`, cause: "undefined-name", through: [] } });
      }
    }
    const followed = new Map((importsOf.get(rel) ?? []).map((entry) => [entry.ref, entry.files]));
    const depth = packageDepths.get(rel);
    const topLevel = depth === 0;
    for (const ref of inventory.imports) {
      const here = (error, fix, cause) => void candidates.push({ line: ref.line, failure: { file, line: ref.line, error, fix, cause, through: [] } });
      const runs = ref.relative && ref.scope === "module" && !ref.guarded && !ref.typeCheckingOnly && !ref.conditional;
      if (runs && !topLevel && depth !== void 0 && ref.level !== void 0 && ref.level > depth) {
        const names = (ref.names ?? []).join(", ") || "...";
        here(
          "ImportError: attempted relative import beyond top-level package",
          `${file} is imported within a package ${depth} level${depth === 1 ? "" : "s"} deep, and '${".".repeat(ref.level)}${ref.module}' goes ${ref.level} up: import it absolutely ('from <module> import ${names}' with the module's name from a folder on sys.path, such as dags/ or the project root)`,
          "project-name"
        );
        continue;
      }
      if (topLevel && runs) {
        const name = posix4.basename(rel, ".py");
        const names = (ref.names ?? []).join(", ") || "...";
        const absolute = ref.module ? `from ${ref.module} import ${names}` : `import ${names}`;
        here(
          "ImportError: attempted relative import with no known parent package",
          `${file} is imported as the top-level module '${name}', which has no parent package: import its neighbours absolutely ('${absolute}' for modules in the same folder of sys.path), or move it into a package and import it as 'pkg.${name}'`,
          "project-name"
        );
        continue;
      }
      if (!parseTime(ref)) continue;
      if (project.airflowMajor === 3 && levels["airflow3-removed-import"] !== "off") {
        const removed = airflow3RemovedImports(ref.module, ref.names)[0];
        if (removed) {
          here(`ImportError: '${removed.path}' was removed in Airflow 3 (${removed.rule})`, removed.fix, "airflow3-removed-import");
          continue;
        }
      }
      if (judgeCore && levels["airflow-import-invalid"] !== "off") {
        const problem2 = airflowCoreImportProblems(ref.module, ref.names)[0];
        if (problem2) {
          here(problem2.error, problem2.fix, "airflow-import-invalid");
          continue;
        }
      }
      const resolution = options.resolver.resolve(ref.module);
      if (resolution.status === "missing") {
        if (levels["unresolved-import"] === "off") continue;
        const parts = ref.module.split(".");
        const missing = options.resolver.missingName?.(ref.module) ?? (parts[0] === "airflow" && parts.length > 1 ? `airflow.${parts[1]}` : parts[0]);
        here(`ModuleNotFoundError: No module named '${missing}'`, resolution.fix, "unresolved-import");
        continue;
      }
      let failed = false;
      for (const dependency of followed.get(ref) ?? []) {
        const inner = failureOf(dependency);
        if (inner) {
          candidates.push({ line: ref.line, failure: { ...inner, through: [`${file}:${ref.line}`, ...inner.through] } });
          failed = true;
          break;
        }
      }
      const problem = failed || !followed.has(ref) ? void 0 : problemOf(ref);
      if (problem) here(problem.error, problem.fix, "project-name");
    }
    let first;
    for (const c of candidates) if (!first || c.line < first.line) first = c;
    return first?.failure ?? null;
  };
  const cyclic = (() => {
    const found = /* @__PURE__ */ new Set();
    const index = /* @__PURE__ */ new Map();
    const low = /* @__PURE__ */ new Map();
    const stack = [];
    const onStack = /* @__PURE__ */ new Set();
    const visit = (rel) => {
      index.set(rel, index.size);
      low.set(rel, index.get(rel));
      stack.push(rel);
      onStack.add(rel);
      for (const { files } of importsOf.get(rel) ?? []) {
        for (const next of files) {
          if (next === rel) found.add(rel);
          if (!index.has(next)) {
            visit(next);
            low.set(rel, Math.min(low.get(rel), low.get(next)));
          } else if (onStack.has(next)) low.set(rel, Math.min(low.get(rel), index.get(next)));
        }
      }
      if (low.get(rel) !== index.get(rel)) return;
      const component = [];
      let top;
      do {
        top = stack.pop();
        onStack.delete(top);
        component.push(top);
      } while (top !== rel);
      if (component.length > 1) for (const member of component) found.add(member);
    };
    for (const rel of importsOf.keys()) if (!index.has(rel)) visit(rel);
    return found;
  })();
  const reachMemo = /* @__PURE__ */ new Map();
  const reachOne = (start) => {
    let all = reachMemo.get(start);
    if (all) return all;
    all = /* @__PURE__ */ new Set();
    const pending = [start];
    while (pending.length) {
      const rel = pending.pop();
      if (all.has(rel)) continue;
      all.add(rel);
      for (const { files: next } of importsOf.get(rel) ?? []) pending.push(...next);
    }
    reachMemo.set(start, all);
    return all;
  };
  const reachOf = (files) => new Set(files.flatMap((f) => [...reachOne(f)]));
  const circularFailure = async (importer, followed, index) => {
    const entry = followed[index];
    if (!entry || !cyclic.size || importer.unfollowedImports || ![...reachOf(entry.files)].some((r) => cyclic.has(r))) return void 0;
    const loaded = /* @__PURE__ */ new Set();
    const running = [];
    const pluginsDir = project.dirs.plugins ? relOf(project.dirs.plugins) : void 0;
    const textOf = async (rel) => codeOf(rel);
    const partial = async (target, atLine, names, module) => {
      const text = await textOf(target.rel);
      if (text === void 0 || DYNAMIC_NAMES.test(text)) return "unsure";
      const lines = text.split("\n");
      const before = lines.slice(0, atLine - 1);
      for (const name of names) {
        if (!/^[A-Za-z_]\w*$/.test(name) || /^__\w+__$/.test(name)) return "unsure";
        const binding = bindingAt(name);
        if (before.some((line) => binding.test(line))) continue;
        if (before.some((line) => new RegExp(`\\b${name}\\b`).test(line))) return "unsure";
        const later = lines.findIndex((line, i) => i >= atLine && (binding.test(line) || /^(from|import)\b/.test(line) && new RegExp(`\\b${name}\\b`).test(line)));
        if (later < 0) return "unsure";
        const file = repoPath(target.rel);
        return {
          file: "",
          line: 0,
          error: `ImportError: cannot import name '${name}' from partially initialized module '${module}' (most likely due to a circular import) (${file})`,
          fix: `${file} imports (its line ${atLine}) a module that imports it back, before it binds '${name}' (its line ${later + 1}): move that import below line ${later + 1}, import the module instead (\`import ${module}\`, reading ${module}.${name} where it is used), or move '${name}' into a module both import`,
          cause: "project-name",
          through: []
        };
      }
      return void 0;
    };
    const run = async (rel) => {
      const inventory = analyses.get(rel)?.inventory;
      const text = await textOf(rel);
      if (pluginsDir !== void 0 && (rel === pluginsDir || rel.startsWith(`${pluginsDir}/`))) return "unsure";
      if (!inventory || text === void 0 || failureOf(rel) || /\b(__import__|import_module)\s*\(/.test(text)) return "unsure";
      loaded.add(rel);
      const lines = text.split("\n");
      const local = (ref) => ref.relative || project.localModules.includes(ref.module.split(".")[0]);
      const unfollowed = Math.min(...inventory.imports.filter((ref) => ref.scope === "module" && !ref.typeCheckingOnly && local(ref) && !parseTime(ref)).map((ref) => ref.line));
      const me = { rel, line: 0 };
      running.push(me);
      try {
        for (const { ref, files } of [...importsOf.get(rel) ?? []].sort((x, y) => x.ref.line - y.ref.line)) {
          if (ref.line >= unfollowed) return "unsure";
          me.line = ref.line;
          const statement = /^(from|import)\b/.test(lines[ref.line - 1] ?? "");
          const target = locatedModules.get(ref.module);
          if (target?.kind === "module" && target.rel && ref.names?.length && !ref.names.includes("*")) {
            const inProgress2 = running.find((r) => r.rel === target.rel);
            if (inProgress2) {
              if (!statement) return "unsure";
              const verdict = await partial({ ...target, rel: target.rel }, inProgress2.line, ref.names, ref.module);
              if (verdict) return verdict === "unsure" ? verdict : { ...verdict, file: repoPath(rel), line: ref.line };
            }
          }
          const fresh = files.filter((f) => !loaded.has(f));
          if (!fresh.length) continue;
          if (!statement) return "unsure";
          for (const next of fresh) {
            if (loaded.has(next)) continue;
            const outcome = await run(next);
            if (outcome === "unsure") return outcome;
            if (outcome) return { ...outcome, through: [`${repoPath(rel)}:${ref.line}`, ...outcome.through] };
          }
        }
        return void 0;
      } finally {
        running.pop();
      }
    };
    for (const rel of entry.files) {
      if (loaded.has(rel)) continue;
      const outcome = await run(rel);
      if (outcome === "unsure") return void 0;
      if (outcome) {
        const others = followed.filter((_, i) => i !== index).map((other) => reachOf(other.files));
        return others.some((reach) => [...loaded].some((r) => reach.has(r))) ? void 0 : { rel, failure: outcome };
      }
    }
    return void 0;
  };
  const codes = /* @__PURE__ */ new Map();
  const codeOf = (rel) => {
    let code = codes.get(rel);
    if (!code) {
      code = bytesOf(rel).then((bytes) => bytes === void 0 ? void 0 : codeOnlyText(bytes.toString("utf8")));
      codes.set(rel, code);
    }
    return code;
  };
  const builtinsWrittenBy = async (files) => {
    let names;
    for (const rel of files) {
      const text = await codeOf(rel);
      if (text === void 0 || !/\b(builtins|__builtins__)\b/.test(text)) continue;
      const inventory = analyses.get(rel)?.inventory;
      if (!inventory || inventory.dynamicGlobals) return "any";
      for (const name of inventory.builtinsNames ?? []) (names ??= /* @__PURE__ */ new Set()).add(name);
    }
    return names;
  };
  const findings = [];
  for (const [importer, followed] of importerFiles) {
    if (judgesBuiltins) {
      const written = await builtinsWrittenBy(reachOf(followed.flatMap((f) => f.files)));
      if (written) options.onBuiltins?.(importer.file, written);
    }
    const reported = /* @__PURE__ */ new Set();
    const mine = [];
    let importFails = false;
    const report = (ref, rel, failure) => {
      const where = `${failure.file}:${failure.line}`;
      if (reported.has(where)) return;
      reported.add(where);
      const severity = capped(levels["helper-import-failed"], failure.cause === "project-name" ? "error" : levels[failure.cause]);
      if (!severity) return;
      const via = failure.through.length ? `; imported through ${failure.through.join(", then ")}` : "";
      mine.push({
        checkId: "helper-import-failed",
        severity,
        file: importer.file,
        line: ref.line,
        message: `importing this DAG fails: it imports the project module ${repoPath(rel)}, which fails with ${failure.error} (raised in ${where}${via})`,
        fix: `in ${failure.file} line ${failure.line}: ${failure.fix}`
      });
    };
    for (const [index, { ref, files }] of followed.entries()) {
      let failed = false;
      for (const rel of files) {
        const failure = failureOf(rel);
        if (!failure) continue;
        failed = true;
        report(ref, rel, failure);
        break;
      }
      const problem = failed ? void 0 : problemOf(ref);
      if (problem && judgesHelpers) {
        mine.push({
          checkId: "helper-import-failed",
          severity: levels["helper-import-failed"],
          file: importer.file,
          line: ref.line,
          message: `importing this DAG fails with ${problem.error}`,
          fix: problem.fix
        });
      }
      const circular = failed || problem || !judgesHelpers ? void 0 : await circularFailure(importer, followed, index);
      if (circular) report(ref, circular.rel, circular.failure);
      importFails ||= failed || !!problem || !!circular;
    }
    if (!importFails) mine.push(...await starNameFindings(importer, followed), ...taskCallFindings(importer, followed));
    findings.push(...importer.suppressions ? mine.filter((f) => !suppressed(f, importer.suppressions)) : mine);
  }
  return findings;
  async function starNameFindings(importer, followed) {
    if (!importer.starNameReads?.length) return [];
    const stars = importer.imports.filter((ref) => ref.names?.includes("*"));
    const exporters = [];
    for (const ref of stars) {
      const found = followed.some((f) => f.ref === ref) ? locatedModules.get(ref.module) : void 0;
      if (!found?.rel || found.opaque || found.kind !== "module" && found.kind !== "package") return [];
      const text = await codeOf(found.rel);
      if (text === void 0) return [];
      const mentions = text.match(/\b__all__\b/g)?.length ?? 0;
      if (mentions === 0) {
        if (DYNAMIC_NAMES.test(text)) return [];
        const dir = found.kind === "package" ? found.path[0] : void 0;
        if (found.kind === "package" && (found.path.length !== 1 || dir === void 0)) return [];
        exporters.push({
          module: ref.module,
          exports: async (name) => !name.startsWith("_") && (new RegExp(`\\b${name}\\b`).test(text) || dir !== void 0 && !await absentIn(name, dir))
        });
        continue;
      }
      const literal = mentions === 1 ? /^__all__[ \t]*(?::[^=\n]*)?=[ \t]*[[(]([^\])]*)[\])][ \t]*(?:#[^\n]*)?$/m.exec(text) : null;
      const items = literal?.[1]?.replace(/#[^\n]*/g, "").split(",").map((item) => item.trim()).filter(Boolean);
      if (!items || !items.every((item) => /^(["'])[A-Za-z_]\w*\1$/.test(item))) return [];
      const all = items.map((item) => item.slice(1, -1));
      exporters.push({ module: ref.module, exports: async (name) => all.includes(name), all });
    }
    const kept = [];
    for (const finding of importer.starNameReads) {
      const name = /'([^']+)' is not defined/.exec(finding.message)?.[1];
      if (name === void 0) continue;
      let exported = false;
      for (const exporter of exporters) if (await exporter.exports(name)) exported = true;
      if (exported) continue;
      const from = exporters.map((e) => `\`from ${e.module} import *\` ${e.all ? `brings only the names of its __all__ (${e.all.join(", ") || "none"})` : name.startsWith("_") ? "leaves out names starting with an underscore" : `binds no '${name}'`}`).join("; ");
      kept.push({ ...finding, fix: `${from}: import '${name}' by name from the module that defines it (or add it to that __all__), or define it (a typo of a defined name?)` });
    }
    return kept;
  }
  function taskCallFindings(importer, followed) {
    const level = levels["task-argument-invalid"];
    if (level === "off" || !importer.taskCalls?.length) return [];
    const out = [];
    for (const call of importer.taskCalls) {
      const dot = call.callee.lastIndexOf(".");
      const module = call.callee.slice(0, dot);
      const name = call.callee.slice(dot + 1);
      if (!followed.some(({ ref }) => ref.module === module && ref.names?.includes(name))) continue;
      const found = locatedModules.get(module);
      if (!found?.rel || found.opaque || found.kind !== "module" && found.kind !== "package" || failureOf(found.rel)) continue;
      const inventory = analyses.get(found.rel)?.inventory;
      const definition = inventory?.moduleTaskFunctions?.find((f) => f.name === name);
      if (!definition) continue;
      const problem = taskCallProblem(definition.signature, call.function, call.positional, call.keywords);
      if (!problem) continue;
      out.push({ checkId: "task-argument-invalid", severity: level, file: importer.file, line: call.line, column: call.column, endLine: call.endLine, endColumn: call.endColumn, ...taskCallWords(problem, `${repoPath(found.rel)} line ${definition.line}`) });
    }
    return out;
  }
}
function capped(a, b) {
  if (a === "off" || b === "off") return void 0;
  return SEVERITY_RANK[a] <= SEVERITY_RANK[b] ? a : b;
}
function suppressed(finding, s) {
  const covers = (ids) => ids !== void 0 && (ids.length === 0 || ids.includes(finding.checkId));
  return covers(s.file) || covers(s.lines[finding.line]);
}

// src/dags/validate.ts
var BUILTIN_CHECKS = [
  { id: "syntax-error", defaultLevel: "error", description: "The file does not compile with the project's Python (ruff's parser), or cannot be decoded." },
  { id: "airflowignore-invalid", defaultLevel: "warning", description: "A line of .airflowignore that Airflow skips (invalid pattern)." },
  { id: "dags-folder-problem", defaultLevel: "warning", description: "Something in dags/ Airflow cannot read: a looping file symlink, a dangling symlink or a FIFO, socket or device it skips (warning), an unreadable file or folder, or a folder symlink looping back into the DAG folder, which fails the whole folder (error)." },
  { id: "file-too-large", defaultLevel: "warning", description: "A DAG file above validate.max-file-size: not parsed, so not checked (Airflow still imports it)." },
  { id: "dag-file-ignored", defaultLevel: "notice", description: "A file that looks like a DAG file (safe mode's test) is hidden by .airflowignore." },
  { id: "zip-not-checked", defaultLevel: "notice", description: "A zipped DAG bundle: listed, not statically checked." },
  {
    id: "undefined-name",
    defaultLevel: "error",
    description: "A name used where nothing defines it (ruff's F821): NameError when Airflow imports the file (module-level code and the functions it calls), else a warning at most (a task's or callback's body, which fails when it runs)."
  },
  {
    id: "helper-import-failed",
    defaultLevel: "error",
    description: "A DAG file imports at parse time a project module (include/, plugins/, dags/) that itself fails to import: a syntax error, a module-level import nothing installs, a module-level undefined name, in it or in a project module it imports. Importing the DAG file fails; each cause at most at its own check's level (unresolved-import: a warning)."
  },
  { id: "import-error", defaultLevel: "error", description: "Airflow's DagBag could not import the file (dynamic tier)." },
  { id: "import-timeout", defaultLevel: "error", description: "The file did not finish importing within the import timeout (dynamic tier)." },
  { id: "import-crash", defaultLevel: "error", description: "Importing the file crashed or ended the interpreter (dynamic tier)." },
  { id: "import-warning", defaultLevel: "warning", description: "Airflow warned while importing the file (dynamic tier)." },
  { id: "dynamic-unavailable", defaultLevel: "error", description: "dynamic: required, but no Airflow could be had to import the DAGs." },
  {
    id: "project-file-invalid",
    defaultLevel: "warning",
    description: "A project file the command only reads for context (requirements.txt, packages.txt, airflow_settings.yaml, .astro/config.yaml) that its own tool would refuse (warning) or partly skip (notice)."
  }
];
function projectFileFindings(project, level) {
  if (level === "off") return [];
  return project.problems.map((p) => ({
    checkId: "project-file-invalid",
    severity: p.severity === "notice" ? "notice" : level,
    file: p.file,
    line: p.line,
    message: p.message,
    fix: p.fix
  }));
}
var SEVERITY_RANK2 = { notice: 0, warning: 1, error: 2 };
var ZIP_SKIP_REASON = "zip archive (not statically checked; the dynamic import check imports it)";
function zipFilesToImport(skipped) {
  return skipped.filter((s) => s.reason === ZIP_SKIP_REASON).map((s) => s.file);
}
function failsAt(findings, failOn) {
  if (failOn === "never") return false;
  return findings.some((f) => SEVERITY_RANK2[f.severity] >= SEVERITY_RANK2[failOn]);
}
function assertKnownChecks(settings, configFile) {
  const known = /* @__PURE__ */ new Set([...CHECKS.map((c) => c.id), ...BUILTIN_CHECKS.map((c) => c.id)]);
  const unknown = Object.keys(settings.checks).filter((id) => !known.has(id) && !/^AIR\d{3}$/.test(id));
  if (unknown.length === 0) return;
  const described = unknown.map((id) => {
    const nearest = nearestName(id, [...known]);
    return { id, line: settings.checkLines[id], text: `unknown check '${id}' in validate.checks${nearest ? `: did you mean '${nearest}'?` : ""}` };
  });
  const fix = `use one of: ${[...known].sort().join(", ")}, or a ruff code like AIR301`;
  if (described.length === 1) throw new ConfigurationError(described[0].text, { file: configFile, line: described[0]?.line, fix });
  const list = described.map((d) => `
  ${d.line ? `line ${d.line}: ` : ""}${d.text}`).join("");
  throw new ConfigurationError(`${described.length} problems:${list}
`, { file: configFile, fix });
}
async function validateProject(entry, deps, configFile) {
  const settings = entry.validate;
  assertKnownChecks(settings, configFile);
  const started = performance.now();
  const elapsed = () => `${Math.round(performance.now() - started)} ms`;
  deps.logger.debug(`${entry.name}: validation starts ${Math.round(started)} ms after the process did`);
  const statIndex = deps.cache && deps.statIndex !== false ? createStatIndexSession(deps.cache, { onUnvouched: () => deps.analyzer.prewarm?.(1), maxFileSize: settings.maxFileSize, statOf: deps.statOf }) : void 0;
  const project = await loadProject(entry.root, {
    repoRoot: deps.repoRoot,
    airflowVersionOverride: settings.airflowVersion,
    pythonVersionOverride: settings.pythonVersion,
    maxFileSize: settings.maxFileSize,
    knownFiles: statIndex
  });
  for (const warning of project.warnings) deps.logger.warning(warning);
  deps.logger.debug(`${entry.name}: project loaded, ${project.discovery.files.length} candidate files (${elapsed()})`);
  if (!deps.cache) deps.analyzer.prewarm?.(project.discovery.files.length);
  const checkSettings = settings.checks;
  const resolverOptions = {
    pythonVersion: project.pythonVersion,
    airflowMajor: project.airflowMajor,
    airflowVersion: project.airflowVersion,
    airflowVersionSource: project.airflowVersionSource,
    runtimeImage: project.runtime?.image,
    requirementNames: installedDistributionNames(project.requirements),
    unnamedRequirements: project.unnamedRequirements.map((u) => `${u.file}:${u.line} (${u.what})`),
    localModules: project.localModules
  };
  const resolver = createModuleResolver(resolverOptions);
  const imageEnv = { env: project.dockerfile?.env ?? {}, unresolved: Object.keys(project.dockerfile?.unresolvedEnv ?? {}) };
  const judgingContext = deps.cache ? digestOf({
    settings: checkSettings,
    airflow3Readiness: settings.airflow3Readiness,
    resolverOptions,
    maxActiveRunsPerDag: project.maxActiveRunsPerDag ?? null,
    defaultTaskRetries: project.defaultTaskRetries ?? null,
    defaultOwner: project.defaultOwner ?? null,
    allowIllegalArguments: project.allowIllegalArguments ?? null,
    imageEnv,
    day: (/* @__PURE__ */ new Date()).toISOString().slice(0, 10)
  }) : "";
  const { analyses: fileAnalyses, keys, skipped, findings: discoveryFindings, analysedAfresh } = await analyzeProjectFiles(project, settings, deps, statIndex, judgingContext);
  const { analyses, factoryMade } = await resolveProjectFactories(project, await resolveProjectDagClasses(project, fileAnalyses, deps.analyzer, deps.cache), deps.analyzer, deps.cache);
  deps.logger.debug(`${entry.name}: ${analyses.length} files analysed (${elapsed()})`);
  const levelOf2 = (id, fallback) => settings.checks[id]?.level ?? fallback;
  const findings = [...discoveryFindings, ...projectFileFindings(project, levelOf2("project-file-invalid", "warning"))];
  const inventories = [];
  const importers = [];
  const analysedByFile = /* @__PURE__ */ new Map();
  let judgedAfresh = 0;
  analyses.forEach((analysis, index) => {
    if (analysis.unreadable) {
      const level = levelOf2("syntax-error", "error");
      if (level !== "off") {
        findings.push({
          checkId: "syntax-error",
          severity: level,
          file: analysis.file,
          line: analysis.unreadable.line,
          column: analysis.unreadable.column,
          message: analysis.unreadable.message,
          fix: analysis.unreadable.fix
        });
      }
      return;
    }
    const compiles = !analysis.ruff.some((d) => d.code === "syntax-error");
    const created = analysis.inventory ? oneDagPerRun(analysis.inventory.dags.filter((dag) => compiles && airflowCreates(dag, project.airflowMajor))) : void 0;
    const inventory = analysis.inventory && created?.length !== analysis.inventory.dags.length ? { ...analysis.inventory, dags: created ?? [] } : analysis.inventory;
    if (inventory) inventories.push({ file: analysis.file, inventory });
    const projectImports = analysis.inventory && compiles ? analysis.judged ? analysis.inventory.imports.filter((ref) => !ref.guarded && !ref.conditional) : parseTimeProjectImports(analysis.inventory, project.localModules) : [];
    const starReads = analysis.judged ? analysis.starNameReads : analysis.inventory && compiles ? starNameReads(analysis.ruff, analysis.inventory, analysis.file, levelOf2("undefined-name", "error"), project.localModules) : void 0;
    const importedTaskCalls = compiles ? analysis.inventory?.importedTaskCalls : void 0;
    if (projectImports.length) {
      importers.push({
        file: analysis.file,
        imports: projectImports,
        suppressions: analysis.inventory?.suppressions,
        ...importedTaskCalls?.length ? { taskCalls: importedTaskCalls } : {},
        ...starReads?.length ? { starNameReads: starReads } : {},
        // Imports of project modules the helper pass does not follow (a judged file's record keeps them as guardedImports).
        ...reimportRefs(analysis.inventory?.imports ?? [], project.localModules).some((ref) => ref.guarded || ref.conditional) ? { unfollowedImports: true } : {}
      });
    }
    if (!analysis.judged) analysedByFile.set(analysis.file, analysis);
    if (analysis.judged) {
      findings.push(...analysis.judged);
      return;
    }
    judgedAfresh++;
    const judged = judgeFile(analysis);
    const key = keys[index];
    if (deps.cache && key && inventory && !inventory.candidateDags?.length && !factoryMade.has(analysis.file)) {
      const { dags, suppressions, classes, factoryCalls, factories, dagGlobals } = inventory;
      const guardedImports = compiles ? reimportRefs(inventory.imports, project.localModules).filter((ref) => ref.guarded || ref.conditional) : [];
      const record = {
        findings: judged,
        dags,
        suppressions,
        ...classes?.length ? { classes } : {},
        ...factoryCalls?.length ? { factoryCalls } : {},
        ...factories?.length ? { factories } : {},
        ...projectImports.length ? { projectImports } : {},
        ...guardedImports.length ? { guardedImports } : {},
        ...dagGlobals?.length ? { dagGlobals } : {},
        ...importedTaskCalls?.length ? { importedTaskCalls } : {},
        ...starReads?.length ? { starNameReads: starReads } : {}
      };
      deps.cache.setJudged(judgedKey(judgingContext, key, analysis.file), record);
    }
    findings.push(...judged);
  });
  function judgeFile(analysis) {
    const ruffFindings = ruffDiagnosticsToFindings(
      analysis.ruff,
      analysis.file,
      (code) => levelOf2(code, defaultRuffLevel(code, project.airflowMajor, settings.airflow3Readiness)),
      project.airflowMajor
    );
    if (!analysis.inventory || analysis.ruff.some((d) => d.code === "syntax-error")) return ruffFindings;
    const undefinedNames = undefinedNameFindings(analysis.ruff, analysis.inventory, analysis.file, levelOf2("undefined-name", "error"), project.pythonVersion);
    return [
      ...applySuppressions([...withoutAnsweredAir002(ruffFindings, analysis.inventory.dags, analysis.inventory.dagSplatLines), ...undefinedNames], { [analysis.file]: analysis.inventory.suppressions }),
      ...runFileChecks(analysis.inventory, {
        settings: checkSettings,
        airflowMajor: project.airflowMajor,
        airflowVersion: project.airflowVersion,
        resolver,
        file: analysis.file,
        maxActiveRunsPerDag: project.maxActiveRunsPerDag,
        defaultTaskRetries: project.defaultTaskRetries,
        defaultOwner: project.defaultOwner,
        allowIllegalArguments: project.allowIllegalArguments,
        imageEnv,
        extraTaskDecorators: resolverOptions.unnamedRequirements.length > 0 || resolverOptions.requirementNames.some((name) => /airflow|provider/i.test(name))
      })
    ];
  }
  const helperBuiltins = /* @__PURE__ */ new Map();
  if (importers.length) {
    let installed;
    const level = (id) => levelOf2(id, [...CHECKS, ...BUILTIN_CHECKS].find((c) => c.id === id)?.defaultLevel ?? "error");
    findings.push(
      ...await helperImportFindings(importers, {
        project,
        analyzer: deps.analyzer,
        cache: deps.cache,
        resolver,
        // A resolver that knows no project module: does anything else provide the name (possibly is enough)?
        providedElsewhere: (top) => (installed ??= createModuleResolver({ ...resolverOptions, localModules: [] })).resolve(top).status !== "missing",
        analysed: analysedByFile,
        levels: {
          "helper-import-failed": level("helper-import-failed"),
          "syntax-error": level("syntax-error"),
          "unresolved-import": level("unresolved-import"),
          "undefined-name": level("undefined-name"),
          "airflow-import-invalid": level("airflow-import-invalid"),
          "airflow3-removed-import": level("airflow3-removed-import"),
          "task-argument-invalid": level("task-argument-invalid")
        },
        onBuiltins: (file, names) => helperBuiltins.set(file, names)
      })
    );
    if (helperBuiltins.size) {
      const judged = withHelperBuiltins(findings, helperBuiltins);
      findings.length = 0;
      for (const f of judged) findings.push(f);
    }
  }
  const failing = /* @__PURE__ */ new Set();
  const refused = /* @__PURE__ */ new Map();
  for (const finding of findings.filter(saysImportFails)) {
    if (project.airflowMajor === 2 && refusesOnlyItsDag(finding)) refused.set(finding.file, (refused.get(finding.file) ?? /* @__PURE__ */ new Set()).add(finding.dagId));
    else failing.add(finding.file);
  }
  const keptDags = (inventory, ids) => inventory.dags.filter((dag) => isUnknown(dag.dagId) || !ids.has(dag.dagId));
  const bagged = inventories.map((i) => {
    if (failing.has(i.file)) return { file: i.file, inventory: { ...i.inventory, dags: [], imports: [] } };
    const ids = refused.get(i.file);
    return ids ? { file: i.file, inventory: { ...i.inventory, dags: keptDags(i.inventory, ids) } } : i;
  });
  findings.push(...runProjectChecks(bagged, { settings: checkSettings, airflowMajor: project.airflowMajor, resolver, relativeRoot: project.relativeRoot }));
  dropDagsCreatedElsewhere(findings, inventories, project.relativeRoot);
  deps.logger.debug(`${entry.name}: checks done, ${judgedAfresh} of ${analyses.length} files judged afresh (${elapsed()})`);
  findings.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || (a.column ?? 0) - (b.column ?? 0) || a.checkId.localeCompare(b.checkId));
  return {
    name: entry.name,
    path: project.relativeRoot,
    airflowVersion: project.airflowVersion,
    airflowMajor: project.airflowMajor,
    airflowVersionSource: project.airflowVersionSource,
    pythonVersion: project.pythonVersion,
    runtimeImage: project.runtime?.image,
    root: project.root,
    dagIntegrityExceptions: project.dagIntegrityExceptions,
    importTimeoutSeconds: project.importTimeoutSeconds,
    filesChecked: analyses.map((a) => a.file),
    filesSkipped: skipped,
    filesIgnored: project.discovery.hiddenDagFiles.map((h) => ({ file: posix5.join(project.relativeRoot, toPosixRelative(project.root, project.dirs.dags), h.path), ignoreFile: h.ignoreFile, line: h.line, pattern: h.pattern })),
    dags: inventories.flatMap((i) => i.inventory.dags),
    findings,
    // Counted by file, not by lookup: a run with nothing changed reports every file a hit.
    cache: deps.cache ? { hits: fileAnalyses.length - analysedAfresh, misses: analysedAfresh } : void 0,
    resolveModule: (moduleName) => resolver.resolve(moduleName)
  };
}
function dropDagsCreatedElsewhere(findings, inventories, relativeRoot) {
  const called = /* @__PURE__ */ new Set();
  for (const { inventory } of inventories) for (const call of inventory.factoryCalls ?? []) called.add(call.callee);
  if (called.size === 0) return;
  const projectPath = (repoPath) => relativeRoot ? posix5.relative(relativeRoot, repoPath) : repoPath;
  for (let i = findings.length - 1; i >= 0; i--) {
    const finding = findings[i];
    if (finding.checkId !== "dag-never-created") continue;
    const name = /call ([A-Za-z_]\w*)\(\) at module level/.exec(finding.message)?.[1];
    if (name && projectModuleNames(projectPath(finding.file)).some((module) => called.has(`${module}.${name}`))) findings.splice(i, 1);
  }
}
async function analyzeProjectFiles(project, settings, deps, statIndex, judgingContext) {
  const dagsRel = posix5.join(project.relativeRoot, toPosixRelative(project.root, project.dirs.dags));
  const repoPath = (dagRelative) => posix5.join(dagsRel, dagRelative);
  const excluded = (0, import_ignore.default)().add(settings.exclude);
  const projectRel = (dagRelative) => posix5.join(toPosixRelative(project.root, project.dirs.dags), dagRelative);
  const level = (id, fallback) => settings.checks[id]?.level ?? fallback;
  const findings = [];
  const skipped = [];
  const toRead = [];
  for (const problem of project.discovery.problems) {
    const isIgnoreFile = /\.airflowignore$/.test(problem.file);
    const id = isIgnoreFile ? "airflowignore-invalid" : "dags-folder-problem";
    const lvl = level(id, "unreadable" in problem && problem.unreadable ? "error" : "warning");
    if (lvl === "off") continue;
    findings.push({ checkId: id, severity: lvl, file: problem.file, line: problem.line ?? 1, message: problem.message, fix: problem.fix });
  }
  for (const big of project.discovery.tooLarge) {
    const file = repoPath(big.path);
    skipped.push({ file, reason: `${formatByteSize(big.size)}, above validate.max-file-size` });
    const lvl = level("file-too-large", "warning");
    if (lvl === "off") continue;
    findings.push({
      checkId: "file-too-large",
      severity: lvl,
      file,
      line: 1,
      message: `not checked: the file is ${formatByteSize(big.size)}, above the ${formatByteSize(settings.maxFileSize)} limit (validate.max-file-size); Airflow still imports it`,
      fix: "split or stop generating such a large DAG file, add it to .airflowignore, or raise validate.max-file-size (--max-file-size)"
    });
  }
  const ignoredLevel = level("dag-file-ignored", "notice");
  for (const hidden of ignoredLevel === "off" ? [] : project.discovery.hiddenDagFiles) {
    findings.push({
      checkId: "dag-file-ignored",
      severity: ignoredLevel,
      file: repoPath(hidden.path),
      line: 1,
      message: `this file looks like a DAG file but is hidden by ${hidden.ignoreFile} line ${hidden.line}: ${hidden.pattern}`,
      fix: `if it holds DAGs, narrow that pattern (${hidden.ignoreFile} line ${hidden.line}); otherwise nothing to do`
    });
  }
  for (const found of project.discovery.files) {
    const file = repoPath(found.path);
    const isExcluded = settings.exclude.length > 0 && excluded.ignores(projectRel(found.path));
    if (found.content && (isExcluded || !found.passesSafeMode)) statIndex?.record(found.absolutePath, contentHash(found.content), found.words ?? safeModeWords(found.content));
    if (isExcluded) {
      skipped.push({ file, reason: "excluded by validate.exclude" });
    } else if (found.kind === "zip") {
      skipped.push({ file, reason: ZIP_SKIP_REASON });
      const lvl = level("zip-not-checked", "notice");
      if (lvl !== "off") {
        findings.push({
          checkId: "zip-not-checked",
          severity: lvl,
          file,
          line: 1,
          message: "zipped DAGs are imported by Airflow but not statically checked by astro-ci; the dynamic import check imports the zip as Airflow's DagBag does, when it runs",
          fix: "ship the DAGs as plain .py files to have them checked statically, or keep the dynamic import check on (--dynamic auto or required, with Airflow available)"
        });
      }
    } else if (!found.passesSafeMode) {
      skipped.push({ file, reason: `not a DAG file for Airflow's safe mode (no "airflow" and "${project.airflowMajor === 3 ? "dag/asset" : "dag"}" in it)` });
    } else toRead.push({ file, absolutePath: found.absolutePath, content: found.content, words: found.words });
  }
  const analyses = new Array(toRead.length);
  const keys = new Array(toRead.length);
  const fromCache = (index, key) => {
    const file = toRead[index].file;
    const judged = judgingContext !== void 0 ? deps.cache?.getJudged(judgedKey(judgingContext, key, file)) : void 0;
    if (judged) {
      keys[index] = key;
      deps.cache?.keep(key);
      const { findings: judgedFindings, dags, suppressions, classes, factoryCalls, factories, projectImports, guardedImports, dagGlobals, importedTaskCalls, starNameReads: starReads } = judged;
      const more = { ...classes ? { classes } : {}, ...factoryCalls ? { factoryCalls } : {}, ...factories ? { factories } : {}, ...dagGlobals ? { dagGlobals } : {}, ...importedTaskCalls ? { importedTaskCalls } : {} };
      const imports = [...projectImports ?? [], ...guardedImports ?? []];
      analyses[index] = { file, ruff: [], inventory: { dags, imports, parseTimeCalls: [], suppressions, ...more }, judged: judgedFindings, ...starReads ? { starNameReads: starReads } : {} };
      return true;
    }
    const cached = deps.cache?.get(key);
    if (!cached || namedAfterAnotherFile(cached.inventory, file)) return false;
    keys[index] = key;
    analyses[index] = { ...cached, file, inventory: cached.inventory && relocate(cached.inventory, file) };
    return true;
  };
  const toAnalyse = [];
  await deps.cache?.loaded;
  toRead.forEach(({ absolutePath }, index) => {
    const hash = statIndex?.hashOf(absolutePath);
    if (!hash || !fromCache(index, analysisKey(hash, project.pythonVersion))) toAnalyse.push(index);
  });
  const misses = [];
  await mapWithConcurrency(toAnalyse, 32, async (index) => {
    const { file, absolutePath, content, words } = toRead[index];
    const bytes = content ?? await readDagFile(absolutePath, settings.maxFileSize);
    const hash = contentHash(bytes);
    statIndex?.record(absolutePath, hash, content && words ? words : safeModeWords(bytes));
    const key = analysisKey(hash, project.pythonVersion);
    if (fromCache(index, key)) return;
    misses.push({ index, key, input: { file, bytes, pythonVersion: project.pythonVersion } });
    deps.analyzer.prewarm?.(misses.length);
  });
  deps.logger.debug(`${toRead.length} files: ${toRead.length - toAnalyse.length} unchanged by stat, ${toAnalyse.length} read, ${misses.length} to analyse`);
  const fresh = misses.length ? await deps.analyzer.analyze(misses.map((m) => m.input)) : [];
  fresh.forEach((analysis, i) => {
    const miss = misses[i];
    analyses[miss.index] = analysis;
    if (deps.cache) {
      deps.cache.set(miss.key, analysis);
      keys[miss.index] = miss.key;
    }
  });
  const namedAfterItsFile = (i) => {
    const inventory = analyses[i]?.inventory;
    return !!inventory && [...inventory.dags, ...inventory.candidateDags ?? []].some((dag) => dag.dagIdFromFile === true);
  };
  const seen = /* @__PURE__ */ new Set();
  const shared = (key) => key !== void 0 && (seen.has(key) || (seen.add(key), false));
  if (deps.cache && deps.cacheCountsMayChange && keys.some((key, i) => shared(key) && namedAfterItsFile(i))) deps.cacheCountsMayChange();
  return { analyses, keys, skipped, findings, analysedAfresh: misses.length };
}
function relocate(inventory, file) {
  const { candidateDags } = inventory;
  return { ...inventory, dags: inventory.dags.map((dag) => ({ ...dag, file })), ...candidateDags ? { candidateDags: candidateDags.map((dag) => ({ ...dag, file })) } : {} };
}
function namedAfterAnotherFile(inventory, file) {
  const other = (dag) => dag.dagIdFromFile === true && dag.file !== file;
  return inventory !== void 0 && (inventory.dags.some(other) || (inventory.candidateDags?.some(other) ?? false));
}
function toPosixRelative(from, to) {
  return posix5.normalize(to.slice(from.length).split("\\").join("/").replace(/^\/+/, "")) || ".";
}
function oneDagPerRun(dags) {
  if (!dags.some((dag) => dag.branch)) return dags;
  const groups = [];
  const idOf = (dag) => isUnknown(dag.dagId) ? void 0 : dag.dagId;
  const fits = (group, dag) => group.every((other) => other.file === dag.file && exclusiveBranches(other.branch, dag.branch));
  for (const dag of dags) {
    const group = groups.find((g) => idOf(dag) !== void 0 && g.every((o) => idOf(o) === idOf(dag)) && fits(g, dag)) ?? groups.find((g) => fits(g, dag));
    if (group) group.push(dag);
    else groups.push([dag]);
  }
  return groups.map((group) => {
    const first = group[0];
    if (group.length === 1 || group.every((dag) => idOf(dag) !== void 0 && idOf(dag) === idOf(first))) return first;
    const ids = [...new Set(group.map((dag) => isUnknown(dag.dagId) ? dag.dagId.expression : JSON.stringify(dag.dagId)))];
    return { ...first, dagId: { unknown: true, expression: `one of ${ids.join(", ")}` } };
  });
}
async function readDagFile(absolutePath, maxFileSize) {
  const read = readRegularFileSync(absolutePath, maxFileSize);
  if (typeof read !== "number") return read;
  throw fileTooLargeError(absolutePath, read, maxFileSize, "(validate.max-file-size)", "split or stop generating such a large DAG file, add it to .airflowignore, or raise validate.max-file-size (--max-file-size)");
}

export {
  CHECKS,
  BUILTIN_CHECKS,
  zipFilesToImport,
  failsAt,
  validateProject
};
