import { createRequire as __astroCiCreateRequire } from "node:module";
import { fileURLToPath as __astroCiFileURLToPath } from "node:url";
import { dirname as __astroCiDirname } from "node:path";
const require = __astroCiCreateRequire(import.meta.url);
const __filename = __astroCiFileURLToPath(import.meta.url);
const __dirname = __astroCiDirname(__filename);
import {
  isUnknown
} from "./chunk-DRRYQ44P.js";
import {
  analysisKey,
  contentHash,
  createStatIndexSession,
  digestOf,
  isJudgedRecord,
  judgedKey
} from "./chunk-J2RKS2NV.js";
import {
  AIRFLOW_DAG_CLASS,
  KNOWN_DAG_CLASSES,
  combineClassInits,
  isAirflowDagClass,
  madeByClassInit,
  stdlib_modules_default
} from "./chunk-V7DBBBQH.js";
import {
  defaultRuffLevel,
  ruffDiagnosticsToFindings,
  undefinedNameFindings,
  withoutAnsweredAir002
} from "./chunk-ZFJA62HB.js";
import {
  loadProject,
  mapWithConcurrency,
  safeModeWords
} from "./chunk-43BG6VD2.js";
import {
  installedDistributionNames
} from "./chunk-MZTG3ZSE.js";
import {
  nearestName
} from "./chunk-TM3FLU6S.js";
import {
  formatByteSize
} from "./chunk-3XOK4GTY.js";
import {
  ConfigurationError
} from "./chunk-FKR53V2Z.js";
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
  const span2 = (field, lo, hi) => {
    const listed = numbers(field);
    return listed.length ? listed : Array.from({ length: hi - lo + 1 }, (_, i) => lo + i);
  };
  const times = [];
  for (const h of span2(expanded[HOUR], 0, 23)) for (const m of span2(expanded[MINUTE], 0, 59)) for (const sec of expanded.length > 5 ? span2(expanded[SECOND], 0, 59) : [0]) times.push(h * 3600 + m * 60 + sec);
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
  if (typeof dag.schedule !== "string") return;
  const schedule = dag.schedule;
  const args = dag.arguments ?? [];
  const scheduleArg = SCHEDULE_KEYWORDS.map((k) => args.find((a) => a.name === k)).find((a) => a !== void 0);
  if (ctx.airflowMajor === 3 && scheduleArg && scheduleArg.name !== "schedule") return;
  const at2 = { line: dag.line, ...spanOf(scheduleArg), dagId: isUnknown(dag.dagId) ? void 0 : dag.dagId };
  const { verdict, neverFires } = scheduleFacts(schedule, ctx);
  const name = label(dag);
  if (!verdict.ok) {
    emit("schedule-valid", {
      ...at2,
      message: `${name} has a schedule Airflow ${ctx.airflowMajor} rejects${verdict.sometimes ? " at some parses (it draws R fields at random)" : ""}: importing it fails with ${verdict.error}`,
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
function checkContinuous(dag, ctx, emit, at2, name) {
  const args = dag.arguments;
  if (!args) return;
  const raised = ctx.airflowMajor === 2 ? "AirflowException: Invalid max_active_runs: <class 'airflow.timetables.simple.ContinuousTimetable'> requires max_active_runs <= 1" : "ValueError: Invalid max_active_runs: ContinuousTimetable requires max_active_runs <= 1";
  const maxActiveRuns = args.find((a) => a.name === "max_active_runs");
  if (!maxActiveRuns) {
    if (args.some((a) => a.name === "**" || a.name === "*")) return;
    const projectDefault = ctx.maxActiveRunsPerDag;
    if (projectDefault !== void 0 && projectDefault <= 1) return;
    emit("schedule-valid", {
      ...at2,
      message: projectDefault === void 0 ? `${name} runs @continuous without max_active_runs: Airflow's default (core.max_active_runs_per_dag, 16 unless the Deployment sets it to 1) is above 1, so importing it fails with ${raised}` : `${name} runs @continuous without max_active_runs: the project sets AIRFLOW__CORE__MAX_ACTIVE_RUNS_PER_DAG=${projectDefault} (Dockerfile or .env), above 1, so importing it fails with ${raised}`,
      fix: "add max_active_runs=1"
    });
    return;
  }
  if (typeof maxActiveRuns.literal === "number" && maxActiveRuns.literal > 1) {
    emit("schedule-valid", {
      ...at2,
      ...spanOf(maxActiveRuns),
      message: `${name} runs @continuous with max_active_runs=${maxActiveRuns.literal}: importing it fails with ${raised}`,
      fix: "set max_active_runs=1 (a continuous DAG runs one DAG run at a time)"
    });
  }
}

// src/dags/data/dag-parameters.json
var dag_parameters_default = {
  about: "Keyword parameters of DAG(...) and @dag(...) per Airflow minor version, derived from Airflow's source by scripts/generate-dag-parameters.py. Airflow 3 entries come from the task SDK's attrs class (fields with init=False are not parameters; dag_id is the only positional). Not covered: Airflow 3.0's scheduler-side airflow.models.dag.DAG subclass also takes partial= and last_loaded= (internal fields nobody passes); the 3.0 entry is the 3.1 task-SDK field list without `deadline`, since no 3.0 tag of the file was at hand.",
  removedInAirflow3: {
    schedule_interval: "removed in Airflow 3: pass the same value as schedule=",
    timetable: "removed in Airflow 3: pass the timetable as schedule=",
    concurrency: "removed in Airflow 3: use max_active_tasks=",
    fail_stop: "renamed in Airflow 3: use fail_fast=",
    default_view: "removed in Airflow 3 (the UI chooses the view): delete it",
    orientation: "removed in Airflow 3 (the UI chooses the orientation): delete it",
    full_filepath: "removed in Airflow 3 (it had no effect since 2.0): delete it"
  },
  versions: {
    "2.10": {
      source: "apache/airflow airflow/models/dag.py (DAG.__init__, dag) and airflow/models/baseoperator.py (BaseOperator.__init__) at 2.10.5, read with inspect.signature from an installed Airflow 2.10.5",
      parameters: [
        "dag_id",
        "description",
        "schedule",
        "schedule_interval",
        "timetable",
        "start_date",
        "end_date",
        "full_filepath",
        "template_searchpath",
        "template_undefined",
        "user_defined_macros",
        "user_defined_filters",
        "default_args",
        "concurrency",
        "max_active_tasks",
        "max_active_runs",
        "max_consecutive_failed_dag_runs",
        "dagrun_timeout",
        "sla_miss_callback",
        "default_view",
        "orientation",
        "catchup",
        "on_success_callback",
        "on_failure_callback",
        "doc_md",
        "params",
        "access_control",
        "is_paused_upon_creation",
        "jinja_environment_kwargs",
        "render_template_as_native_obj",
        "tags",
        "owner_links",
        "auto_register",
        "fail_stop",
        "dag_display_name"
      ],
      positional: 35,
      decoratorParameters: [
        "dag_id",
        "description",
        "schedule",
        "schedule_interval",
        "timetable",
        "start_date",
        "end_date",
        "full_filepath",
        "template_searchpath",
        "template_undefined",
        "user_defined_macros",
        "user_defined_filters",
        "default_args",
        "concurrency",
        "max_active_tasks",
        "max_active_runs",
        "max_consecutive_failed_dag_runs",
        "dagrun_timeout",
        "sla_miss_callback",
        "default_view",
        "orientation",
        "catchup",
        "on_success_callback",
        "on_failure_callback",
        "doc_md",
        "params",
        "access_control",
        "is_paused_upon_creation",
        "jinja_environment_kwargs",
        "render_template_as_native_obj",
        "tags",
        "owner_links",
        "auto_register",
        "fail_stop",
        "dag_display_name"
      ],
      decoratorPositional: 35,
      taskArguments: [
        "allow_nested_operators",
        "dag",
        "depends_on_past",
        "do_xcom_push",
        "doc",
        "doc_json",
        "doc_rst",
        "doc_yaml",
        "email",
        "email_on_failure",
        "email_on_retry",
        "execution_timeout",
        "executor",
        "executor_config",
        "ignore_first_depends_on_past",
        "inlets",
        "logger_name",
        "map_index_template",
        "max_active_tis_per_dag",
        "max_active_tis_per_dagrun",
        "max_retry_delay",
        "multiple_outputs",
        "on_execute_callback",
        "on_retry_callback",
        "on_skipped_callback",
        "outlets",
        "owner",
        "pool",
        "pool_slots",
        "post_execute",
        "pre_execute",
        "priority_weight",
        "queue",
        "resources",
        "retries",
        "retry_delay",
        "retry_exponential_backoff",
        "run_as_user",
        "sla",
        "task_concurrency",
        "task_display_name",
        "task_group",
        "task_id",
        "trigger_rule",
        "wait_for_downstream",
        "wait_for_past_depends_before_skipping",
        "weight_rule"
      ]
    },
    "3.0": {
      source: "apache/airflow task-sdk/src/airflow/sdk/definitions/dag.py, class DAG (attrs fields without init=False; dag_id is the only positional, _all_after_dag_id_to_kw_only) and dag(dag_id_or_func=None, ..., **decorator_kwargs), read at commit 4483861dc5f21d98b1244d5848a6764dff8cfe6a; 3.0 lacks `deadline` (Deadline Alerts arrived in 3.1, as the class docstring says). Transcribed by hand: scripts/generate-dag-parameters.py airflow3 regenerates it from a checkout",
      parameters: [
        "dag_id",
        "description",
        "default_args",
        "start_date",
        "end_date",
        "schedule",
        "template_searchpath",
        "template_undefined",
        "user_defined_macros",
        "user_defined_filters",
        "max_active_tasks",
        "max_active_runs",
        "max_consecutive_failed_dag_runs",
        "dagrun_timeout",
        "sla_miss_callback",
        "catchup",
        "on_success_callback",
        "on_failure_callback",
        "doc_md",
        "params",
        "access_control",
        "is_paused_upon_creation",
        "jinja_environment_kwargs",
        "render_template_as_native_obj",
        "tags",
        "owner_links",
        "auto_register",
        "fail_fast",
        "dag_display_name",
        "task_group",
        "disable_bundle_versioning"
      ],
      positional: 1,
      decoratorParameters: [
        "dag_id",
        "description",
        "default_args",
        "start_date",
        "end_date",
        "schedule",
        "template_searchpath",
        "template_undefined",
        "user_defined_macros",
        "user_defined_filters",
        "max_active_tasks",
        "max_active_runs",
        "max_consecutive_failed_dag_runs",
        "dagrun_timeout",
        "sla_miss_callback",
        "catchup",
        "on_success_callback",
        "on_failure_callback",
        "doc_md",
        "params",
        "access_control",
        "is_paused_upon_creation",
        "jinja_environment_kwargs",
        "render_template_as_native_obj",
        "tags",
        "owner_links",
        "auto_register",
        "fail_fast",
        "dag_display_name",
        "task_group",
        "disable_bundle_versioning"
      ],
      decoratorPositional: 1,
      taskArguments: [
        "allow_nested_operators",
        "dag",
        "depends_on_past",
        "do_xcom_push",
        "doc",
        "doc_json",
        "doc_rst",
        "doc_yaml",
        "email",
        "email_on_failure",
        "email_on_retry",
        "execution_timeout",
        "executor",
        "executor_config",
        "ignore_first_depends_on_past",
        "inlets",
        "logger_name",
        "map_index_template",
        "max_active_tis_per_dag",
        "max_active_tis_per_dagrun",
        "max_retry_delay",
        "multiple_outputs",
        "on_execute_callback",
        "on_retry_callback",
        "on_skipped_callback",
        "outlets",
        "owner",
        "pool",
        "pool_slots",
        "post_execute",
        "pre_execute",
        "priority_weight",
        "queue",
        "resources",
        "retries",
        "retry_delay",
        "retry_exponential_backoff",
        "run_as_user",
        "sla",
        "task_concurrency",
        "task_display_name",
        "task_group",
        "task_id",
        "trigger_rule",
        "wait_for_downstream",
        "wait_for_past_depends_before_skipping",
        "weight_rule"
      ]
    },
    "3.1": {
      source: "apache/airflow task-sdk/src/airflow/sdk/definitions/dag.py, class DAG (attrs fields without init=False; dag_id is the only positional, _all_after_dag_id_to_kw_only) and dag(dag_id_or_func=None, ..., **decorator_kwargs), read at commit 4483861dc5f21d98b1244d5848a6764dff8cfe6a. Transcribed by hand: scripts/generate-dag-parameters.py airflow3 regenerates it from a checkout",
      parameters: [
        "dag_id",
        "description",
        "default_args",
        "start_date",
        "end_date",
        "schedule",
        "template_searchpath",
        "template_undefined",
        "user_defined_macros",
        "user_defined_filters",
        "max_active_tasks",
        "max_active_runs",
        "max_consecutive_failed_dag_runs",
        "dagrun_timeout",
        "deadline",
        "sla_miss_callback",
        "catchup",
        "on_success_callback",
        "on_failure_callback",
        "doc_md",
        "params",
        "access_control",
        "is_paused_upon_creation",
        "jinja_environment_kwargs",
        "render_template_as_native_obj",
        "tags",
        "owner_links",
        "auto_register",
        "fail_fast",
        "dag_display_name",
        "task_group",
        "disable_bundle_versioning"
      ],
      positional: 1,
      decoratorParameters: [
        "dag_id",
        "description",
        "default_args",
        "start_date",
        "end_date",
        "schedule",
        "template_searchpath",
        "template_undefined",
        "user_defined_macros",
        "user_defined_filters",
        "max_active_tasks",
        "max_active_runs",
        "max_consecutive_failed_dag_runs",
        "dagrun_timeout",
        "deadline",
        "sla_miss_callback",
        "catchup",
        "on_success_callback",
        "on_failure_callback",
        "doc_md",
        "params",
        "access_control",
        "is_paused_upon_creation",
        "jinja_environment_kwargs",
        "render_template_as_native_obj",
        "tags",
        "owner_links",
        "auto_register",
        "fail_fast",
        "dag_display_name",
        "task_group",
        "disable_bundle_versioning"
      ],
      decoratorPositional: 1,
      taskArguments: [
        "allow_nested_operators",
        "dag",
        "depends_on_past",
        "do_xcom_push",
        "doc",
        "doc_json",
        "doc_rst",
        "doc_yaml",
        "email",
        "email_on_failure",
        "email_on_retry",
        "execution_timeout",
        "executor",
        "executor_config",
        "ignore_first_depends_on_past",
        "inlets",
        "logger_name",
        "map_index_template",
        "max_active_tis_per_dag",
        "max_active_tis_per_dagrun",
        "max_retry_delay",
        "multiple_outputs",
        "on_execute_callback",
        "on_retry_callback",
        "on_skipped_callback",
        "outlets",
        "owner",
        "pool",
        "pool_slots",
        "post_execute",
        "pre_execute",
        "priority_weight",
        "queue",
        "resources",
        "retries",
        "retry_delay",
        "retry_exponential_backoff",
        "run_as_user",
        "sla",
        "task_concurrency",
        "task_display_name",
        "task_group",
        "task_id",
        "trigger_rule",
        "wait_for_downstream",
        "wait_for_past_depends_before_skipping",
        "weight_rule"
      ]
    }
  }
};

// src/dags/checks-dag-arguments.ts
var DAG_ARGUMENT_CHECKS = [
  {
    id: "dag-argument-unknown",
    defaultLevel: "error",
    description: "A DAG(...) or @dag(...) keyword the project's Airflow version does not take, or too many positional arguments: importing the file fails with TypeError."
  },
  {
    id: "dag-argument-invalid",
    defaultLevel: "error",
    description: 'DAG arguments Airflow rejects when it builds the DAG: a dag_id with characters other than letters, digits, _ . - (or longer than 250), more than one of schedule/schedule_interval/timetable, a schedule without any start_date (Airflow 2.8+ on Airflow 2), an interval schedule that is not positive (timedelta(0)), a number or True/False as the schedule, a start_date/end_date that is a string or a date, a literal of the wrong type (catchup="False", tags="x" or ("x",), max_active_runs=1.0, dagrun_timeout=3600; Airflow 2.10), an unknown default_view or orientation, a tag over 100 characters, owner_links that are no links, params that are no dict, a date or (beside an aware start_date) a string as default_args start_date, default_args every task (or sensor) fails on (Airflow 2): importing the file fails or the DAG is not loaded.'
  }
];
var DAG_ID_PATTERN = /^[\p{L}\p{N}_.-]+$/u;
var DAG_ID_MAX_LENGTH = 250;
var SCHEDULING_ARGUMENTS = ["schedule_interval", "timetable", "schedule"];
var EXPECTED_TYPES = {
  description: "str",
  max_active_tasks: "int",
  max_active_runs: "int",
  max_consecutive_failed_dag_runs: "int",
  dagrun_timeout: "timedelta",
  catchup: "bool",
  doc_md: "str",
  is_paused_upon_creation: "bool",
  render_template_as_native_obj: "bool",
  tags: "list",
  auto_register: "bool",
  fail_stop: "bool",
  dag_display_name: "str"
};
var FIX_FOR_TYPE = {
  bool: "write True or False without quotes",
  int: "write the number without quotes",
  list: 'write a list, e.g. tags=["finance"]',
  timedelta: "write a timedelta, e.g. dagrun_timeout=timedelta(hours=1)",
  str: "write a string"
};
var DEFAULT_VIEWS = ["grid", "graph", "duration", "gantt", "landing_times"];
var ORIENTATIONS = ["LR", "TB", "RL", "BT"];
var TRIGGER_RULES = ["all_success", "all_failed", "all_done", "all_done_setup_success", "one_success", "one_failed", "one_done", "none_failed", "none_failed_or_skipped", "none_skipped", "dummy", "always", "none_failed_min_one_success", "all_skipped"];
var WEIGHT_RULES = ["downstream", "upstream", "absolute"];
var TASK_EXPECTED_TYPES = {
  email_on_retry: "bool",
  email_on_failure: "bool",
  retry_exponential_backoff: "bool",
  depends_on_past: "bool",
  ignore_first_depends_on_past: "bool",
  wait_for_past_depends_before_skipping: "bool",
  wait_for_downstream: "bool",
  priority_weight: "int",
  queue: "str",
  pool: "str",
  pool_slots: "int",
  run_as_user: "str",
  max_active_tis_per_dag: "int",
  max_active_tis_per_dagrun: "int",
  executor: "str",
  do_xcom_push: "bool"
};
function checkDefaultArgValues(dag, dagId, ctx, emit) {
  if (typeof dag.taskCount !== "number" || dag.taskCount < 1 || !dag.defaultArgs) return;
  const typed = ctx.airflowVersion === void 0 || compare(minorOf(ctx.airflowVersion), [2, 10]) >= 0;
  const label2 = dagId === void 0 ? "the DAG" : `DAG '${dagId}'`;
  for (const entry of dag.defaultArgs) {
    const value = entry.literal;
    if (value === void 0 || entry.setElsewhere) continue;
    if (value === null) {
      if (entry.name === "trigger_rule" && dag.defaultArgsComplete) {
        emit("dag-argument-invalid", {
          ...span(entry),
          dagId,
          message: `${label2} has default_args trigger_rule=None, which every task gets: importing the file fails with AirflowException: The trigger_rule must be one of the TriggerRule values`,
          fix: "remove the key (the default is 'all_success') or write a rule such as 'all_success'"
        });
      }
      continue;
    }
    const repr = typeof value === "string" ? `'${value}'` : value === true ? "True" : value === false ? "False" : String(value);
    let problem;
    if (entry.name === "execution_timeout") problem = { error: `ValueError: execution_timeout must be timedelta object`, fix: "write a timedelta, e.g. timedelta(minutes=30)" };
    else if (entry.name === "retry_delay" && typeof value === "string") problem = { error: "TypeError: unsupported type for timedelta seconds component: str", fix: "write a timedelta, e.g. timedelta(minutes=5), or a number of seconds" };
    else if (entry.name === "retries" && typeof value === "string" && !/^\s*[+-]?\d+\s*$/.test(value)) problem = { error: "AirflowException: 'retries' type must be int, not str", fix: "write the number without quotes, e.g. 2" };
    else if (entry.name === "trigger_rule" && typeof value === "string" && !TRIGGER_RULES.includes(value)) {
      const near = nearestName(value, TRIGGER_RULES);
      problem = { error: `AirflowException: The trigger_rule must be one of the TriggerRule values`, fix: near ? `write '${near}'` : `use one of ${TRIGGER_RULES.join(", ")}` };
    } else if (entry.name === "weight_rule" && typeof value === "string" && !value.includes(".") && !WEIGHT_RULES.includes(value)) {
      problem = { error: `AirflowException: Unknown priority strategy ${value}`, fix: `use one of ${WEIGHT_RULES.join(", ")}` };
    } else if (entry.name === "priority_weight" && typeof value === "string") {
      problem = { error: "AirflowException: `priority_weight` only accepts integers", fix: FIX_FOR_TYPE.int };
    } else if ((entry.name === "poke_interval" || entry.name === "timeout") && dag.sensorTask && (typeof value === "string" || typeof value === "number" && value < 0)) {
      problem = { error: `AirflowException: Operator arg \`${entry.name}\` must be timedelta object or a non-negative number (in its sensor task)`, fix: `write a number of seconds without quotes or a timedelta, e.g. timedelta(minutes=5)` };
    } else if (entry.name === "pool_slots" && typeof value === "number" && value < 1) problem = { error: "ValueError: pool slots cannot be less than 1", fix: "use 1 or more" };
    else if (typed && TASK_EXPECTED_TYPES[entry.name] && wrongType(value, TASK_EXPECTED_TYPES[entry.name])) {
      const pythonType = typeof value === "string" ? "str" : typeof value === "boolean" ? "bool" : "int";
      problem = { error: `TypeError: '${entry.name}' has an invalid type <class '${pythonType}'>, expected type is <class '${TASK_EXPECTED_TYPES[entry.name]}'>`, fix: FIX_FOR_TYPE[TASK_EXPECTED_TYPES[entry.name]] ?? "" };
    }
    if (!problem) continue;
    emit("dag-argument-invalid", {
      ...span(entry),
      dagId,
      message: `${label2} has default_args ${entry.name}=${repr}, which every task gets: importing the file fails with ${problem.error}`,
      fix: problem.fix
    });
  }
}
function wrongType(literal, expected) {
  if (expected === "timedelta") return true;
  switch (expected) {
    case "str":
      return typeof literal !== "string";
    case "int":
      return typeof literal === "string";
    case "bool":
      return typeof literal !== "boolean";
    case "list":
      return !!literal;
    default:
      return true;
  }
}
function checkScheduledParams(dag, dagId, ctx, emit) {
  if (!dag.invalidParams?.length) return;
  const args = dag.arguments ?? [];
  if (args.some((a) => a.name === "**" || a.name === "*" || /^#[1-9]/.test(a.name))) return;
  if (dag.defaultArgs?.some((a) => a.name === "params") || args.some((a) => a.name === "default_args") && !dag.defaultArgsComplete) return;
  const scheduling = args.filter((a) => SCHEDULING_ARGUMENTS.includes(a.name));
  const scheduled = scheduling.length === 0 ? ctx.airflowMajor === 2 : typeof dag.schedule === "string" || scheduling.some((a) => a.valueType === "list");
  if (!scheduled) return;
  for (const param of dag.invalidParams) {
    emit("dag-argument-invalid", {
      line: param.line,
      column: param.column,
      endLine: param.endLine,
      endColumn: param.endColumn,
      dagId,
      message: `${dagId === void 0 ? "the DAG" : `DAG '${dagId}'`} can be scheduled and its param '${param.name}' ${param.reason}: importing the file fails with AirflowException: DAG is not allowed to define a Schedule, if there are any required params without default values or default values are not valid.`,
      fix: 'give the Param a default its type accepts (Param(10, type="integer")), or set schedule=None for a DAG only triggered by hand'
    });
  }
}
function checkDagConstruction(dag, ctx, emit) {
  if (!CHECKED_DEFINITIONS.has(dag.definedBy)) return;
  const args = dag.arguments ?? [];
  const dagId = isUnknown(dag.dagId) ? void 0 : dag.dagId;
  const idArgument = args.find((a) => a.name === "dag_id") ?? args.find((a) => a.name === "#0");
  if (dagId !== void 0) {
    const at2 = idArgument ? span(idArgument) : { line: dag.line };
    if (dagId.length > DAG_ID_MAX_LENGTH) {
      emit("dag-argument-invalid", { ...at2, dagId, message: `dag_id is ${dagId.length} characters long: importing the file fails with AirflowException: The key has to be less than ${DAG_ID_MAX_LENGTH} characters`, fix: "shorten the dag_id" });
    } else if (!DAG_ID_PATTERN.test(dagId)) {
      emit("dag-argument-invalid", {
        ...at2,
        dagId,
        message: `dag_id '${dagId}' is not a valid key: importing the file fails with AirflowException: The key '${dagId}' has to be made of alphanumeric characters, dashes, dots and underscores exclusively`,
        fix: `use only letters, digits, '_', '.' and '-', e.g. '${dagId.replace(/[^\p{L}\p{N}_.-]+/gu, "_").replace(/^_+|_+$/g, "") || "my_dag"}'`
      });
    }
  }
  if (ctx.airflowMajor !== 2) return;
  for (const argument of args.filter((a) => a.notDatetime && (a.name === "start_date" || a.name === "end_date"))) {
    const kind = argument.notDatetime === "str" ? "a string" : "a date without a time";
    const attribute = argument.name === "start_date" ? "tzinfo" : "utcoffset";
    emit("dag-argument-invalid", {
      ...span(argument),
      dagId,
      message: `${dagId === void 0 ? "the DAG" : `DAG '${dagId}'`} has ${argument.name}= ${kind}: importing the file fails with AttributeError (${argument.notDatetime === "str" ? "'str'" : "a date"} object has no attribute '${attribute}')`,
      fix: `pass a datetime, e.g. ${argument.name}=pendulum.datetime(2024, 1, 1, tz="UTC")`
    });
  }
  const awareStart = args.some((a) => a.name === "start_date" && a.tzAware);
  for (const entry of dag.defaultArgsComplete ? dag.defaultArgs ?? [] : []) {
    if (!entry.notDatetime || entry.name !== "start_date" && entry.name !== "end_date") continue;
    if (entry.notDatetime === "str" && !(entry.name === "start_date" && awareStart)) continue;
    const error = entry.notDatetime === "str" ? "AttributeError: 'str' object has no attribute 'utcoffset' (with a start_date argument, DAG() does not parse the one in default_args)" : entry.name === "start_date" && !awareStart ? "TypeError: expected string or bytes-like object (DAG() parses a start_date in default_args that is no datetime as a string)" : "AttributeError: 'datetime.date' object has no attribute 'utcoffset'";
    emit("dag-argument-invalid", {
      ...span(entry),
      dagId,
      message: `${dagId === void 0 ? "the DAG" : `DAG '${dagId}'`} has default_args ${entry.name}= ${entry.notDatetime === "str" ? "a string" : "a date without a time"}: importing the file fails with ${error}`,
      fix: `pass a datetime, e.g. "${entry.name}": pendulum.datetime(2024, 1, 1, tz="UTC"), or set it only once, as the DAG's ${entry.name}=`
    });
  }
  const longTag = Array.isArray(dag.tags) ? dag.tags.find((t) => t.length > 100) : void 0;
  const tagsArgument = args.find((a) => a.name === "tags");
  if (longTag !== void 0 && tagsArgument) {
    emit("dag-argument-invalid", {
      ...span(tagsArgument),
      dagId,
      message: `${dagId === void 0 ? "the DAG" : `DAG '${dagId}'`} has a tag of ${longTag.length} characters: importing the file fails with AirflowException: tag cannot be longer than 100 characters`,
      fix: "shorten the tag to 100 characters or fewer"
    });
  }
  for (const argument of args.filter((a) => a.name === "params" || a.name === "default_args")) {
    const type = argument.valueType === "list" || argument.valueType === "tuple" || argument.valueType === "set" ? argument.valueType : typeof argument.literal === "string" && argument.literal !== "" ? "str" : typeof argument.literal === "number" && argument.literal !== 0 || argument.literal === true ? typeof argument.literal === "number" ? "int" : "bool" : void 0;
    if (!type) continue;
    if (argument.name === "default_args") {
      emit("dag-argument-invalid", {
        ...span(argument),
        dagId,
        message: `${dagId === void 0 ? "the DAG" : `DAG '${dagId}'`} has default_args= a ${type}: importing the file fails with TypeError: default_args must be a dict`,
        fix: 'pass a dict, e.g. default_args={"owner": "data", "retries": 2}'
      });
      continue;
    }
    emit("dag-argument-invalid", {
      ...span(argument),
      dagId,
      message: `${dagId === void 0 ? "the DAG" : `DAG '${dagId}'`} has params= a ${type}: importing the file fails with AttributeError: '${type}' object has no attribute 'items'`,
      fix: 'pass a dict, e.g. params={"limit": Param(10, type="integer")}'
    });
  }
  for (const argument of args.filter((a) => a.name === "owner_links" && a.badLink !== void 0)) {
    emit("dag-argument-invalid", {
      ...span(argument),
      dagId,
      message: `${dagId === void 0 ? "the DAG" : `DAG '${dagId}'`} has owner_links with '${argument.badLink}', which is no link: importing the file fails with AirflowException: Wrong link format was used for the owner`,
      fix: 'write a full URL ("https://team.example.com/data") or a mailto: link ("mailto:data@example.com")'
    });
  }
  if (ctx.airflowVersion === void 0 || compare(minorOf(ctx.airflowVersion), [2, 10]) >= 0) {
    for (const argument of args) {
      const expected = EXPECTED_TYPES[argument.name];
      if (!expected) continue;
      if (argument.valueType !== void 0 && argument.valueType !== expected && !(expected === "list" && argument.valueType === "float")) {
        emit("dag-argument-invalid", {
          ...span(argument),
          dagId,
          message: `${dagId === void 0 ? "the DAG" : `DAG '${dagId}'`} has ${argument.name}= a ${argument.valueType}: importing the file fails with TypeError: '${argument.name}' has an invalid type <class '${argument.valueType}'>, expected type is <class '${expected === "timedelta" ? "datetime.timedelta" : expected}'>`,
          fix: FIX_FOR_TYPE[expected] ?? `pass a ${expected}`
        });
        continue;
      }
      if (argument.literal === void 0 || argument.literal === null || !wrongType(argument.literal, expected)) continue;
      const pythonType = typeof argument.literal === "string" ? "str" : typeof argument.literal === "boolean" ? "bool" : "int";
      emit("dag-argument-invalid", {
        ...span(argument),
        dagId,
        message: `${dagId === void 0 ? "the DAG" : `DAG '${dagId}'`} has ${argument.name}= ${pythonType === "int" ? "an" : "a"} ${pythonType}: importing the file fails with TypeError: '${argument.name}' has an invalid type <class '${pythonType}'>, expected type is <class '${expected === "timedelta" ? "datetime.timedelta" : expected}'>`,
        fix: FIX_FOR_TYPE[expected] ?? `pass a ${expected}`
      });
    }
  }
  checkDefaultArgValues(dag, dagId, ctx, emit);
  checkScheduledParams(dag, dagId, ctx, emit);
  for (const argument of args.filter((a) => (a.name === "default_view" || a.name === "orientation") && a.literal !== void 0)) {
    const presets = argument.name === "default_view" ? DEFAULT_VIEWS : ORIENTATIONS;
    const value = argument.literal;
    if (typeof value === "string" && presets.includes(value) || argument.name === "default_view" && value === "tree") continue;
    const repr = typeof value === "string" ? `'${value}'` : value === null ? "None" : value === true ? "True" : value === false ? "False" : String(value);
    emit("dag-argument-invalid", {
      ...span(argument),
      dagId,
      message: `${dagId === void 0 ? "the DAG" : `DAG '${dagId}'`} has ${argument.name}=${repr}: importing the file fails with AirflowException (Airflow takes only ${presets.join(", ")})`,
      fix: `use one of ${presets.map((p) => `'${p}'`).join(", ")}`
    });
  }
  for (const interval of args.filter((a) => a.notPositiveInterval && (a.name === "schedule" || a.name === "schedule_interval"))) {
    emit("dag-argument-invalid", {
      ...span(interval),
      dagId,
      message: `${dagId === void 0 ? "the DAG" : `DAG '${dagId}'`} has ${interval.name}= an interval that is not positive: Airflow does not load the DAG (AirflowTimetableInvalid: schedule interval must be positive)`,
      fix: "use a positive interval, e.g. timedelta(hours=1), or schedule=None for a DAG only triggered by hand"
    });
  }
  for (const argument of args.filter((a) => SCHEDULING_ARGUMENTS.includes(a.name) && (typeof a.literal === "number" || typeof a.literal === "boolean"))) {
    const repr = argument.literal === true ? "True" : argument.literal === false ? "False" : String(argument.literal);
    emit("dag-argument-invalid", {
      ...span(argument),
      dagId,
      message: `${dagId === void 0 ? "the DAG" : `DAG '${dagId}'`} has ${argument.name}=${repr}: importing the file fails with ValueError: ${repr} is not a valid schedule_interval.`,
      fix: 'write the schedule as a cron string ("0 * * * *"), a preset ("@hourly"), a timedelta (timedelta(hours=1)), or None for a DAG only triggered by hand'
    });
    return;
  }
  if (args.some((a) => a.name === "*" || /^#\d+$/.test(a.name) && a.name !== "#0")) return;
  const scheduling = SCHEDULING_ARGUMENTS.map((name) => args.find((a) => a.name === name)).filter((a) => a !== void 0);
  const set = scheduling.filter((a) => a.truthy === true).sort((a, b) => a.line - b.line || a.column - b.column);
  if (set.length > 1) {
    const second = set[1];
    emit("dag-argument-invalid", {
      ...span(second),
      dagId,
      message: `${set.map((a) => `${a.name}=`).join(" and ")} are both given: importing the file fails with ValueError: At most one allowed for args 'schedule_interval', 'timetable', and 'schedule'.`,
      fix: "keep only schedule= (schedule_interval and timetable are its deprecated forms)"
    });
    return;
  }
  if (set.length === 0 || args.some((a) => a.name === "**") || ctx.airflowVersion !== void 0 && compare(minorOf(ctx.airflowVersion), [2, 8]) < 0) return;
  const startDate = args.find((a) => a.name === "start_date");
  if (startDate && startDate.truthy !== false) return;
  if (args.some((a) => a.name === "default_args")) {
    if (!dag.defaultArgsComplete || dag.defaultArgs?.some((a) => a.name === "start_date")) return;
  }
  const scheduleArgument = set[0];
  emit("dag-argument-invalid", {
    ...span(startDate ?? scheduleArgument),
    dagId,
    message: `${dagId === void 0 ? "the DAG" : `DAG '${dagId}'`} has ${scheduleArgument.name}= but no start_date (neither an argument nor in default_args): importing the file fails with ValueError: DAG is missing the start_date parameter`,
    fix: 'add a fixed start_date, e.g. start_date=pendulum.datetime(2024, 1, 1, tz="UTC"), or set schedule=None for a DAG only triggered by hand'
  });
}
var VERSIONS = dag_parameters_default.versions;
var REMOVED_IN_AIRFLOW_3 = dag_parameters_default.removedInAirflow3;
var NOT_FOR_DEFAULT_ARGS = /* @__PURE__ */ new Set(["task_id", "dag", "task_group"]);
var CHECKED_DEFINITIONS = /* @__PURE__ */ new Set(["DAG()", "with DAG()", "@dag"]);
var minorOf = (version) => version.split(".").slice(0, 2).map((p) => Number.parseInt(p, 10) || 0);
var compare = (a, b) => (a[0] ?? 0) - (b[0] ?? 0) || (a[1] ?? 0) - (b[1] ?? 0);
function dagSignatureFor(airflowVersion, airflowMajor) {
  const known = Object.keys(VERSIONS).filter((v) => minorOf(v)[0] === airflowMajor).sort((a, b) => compare(minorOf(a), minorOf(b)));
  const newest = known[known.length - 1];
  if (!airflowVersion) return { minor: newest, signature: VERSIONS[newest], exact: true };
  const wanted = minorOf(airflowVersion);
  const atOrAbove = known.find((v) => compare(minorOf(v), wanted) >= 0);
  const minor = atOrAbove ?? newest;
  return { minor, signature: VERSIONS[minor], exact: atOrAbove !== void 0 };
}
function nearestParameter(name, parameters) {
  return nearestName(name, parameters);
}
function fixFor2(name, signature, airflowMajor, parameters) {
  if (airflowMajor === 3 && REMOVED_IN_AIRFLOW_3[name]) return `\`${name}\` was ${REMOVED_IN_AIRFLOW_3[name]}`;
  if (signature.taskArguments?.includes(name) && !NOT_FOR_DEFAULT_ARGS.has(name)) {
    return `\`${name}\` is a task argument, not a DAG argument: put it in default_args (default_args={"${name}": ...}), which every task of the DAG receives`;
  }
  const elsewhere = Object.entries(VERSIONS).find(([minor, s]) => minorOf(minor)[0] !== airflowMajor && s.parameters.includes(name));
  if (airflowMajor === 2 && name === "fail_fast") return "`fail_fast` is Airflow 3's name: on Airflow 2 write fail_stop=";
  if (elsewhere) return `\`${name}\` is a DAG argument of Airflow ${elsewhere[0]}, not of this project's Airflow ${airflowMajor}: remove it`;
  const nearest = nearestParameter(name, parameters);
  return nearest ? `did you mean \`${nearest}\`?` : `remove it (DAG takes: ${parameters.join(", ")})`;
}
var span = (a) => ({ line: a.line, column: a.column, endLine: a.endLine, endColumn: a.endColumn });
function checkDagArguments(dag, ctx, emit) {
  const args = dag.arguments;
  if (!args || !CHECKED_DEFINITIONS.has(dag.definedBy)) return;
  const { minor, signature, exact } = dagSignatureFor(ctx.airflowVersion, ctx.airflowMajor);
  const decorator = dag.definedBy === "@dag";
  const parameters = decorator ? signature.decoratorParameters : signature.parameters;
  const maxPositional = decorator ? signature.decoratorPositional : signature.positional;
  const callee = decorator ? ctx.airflowMajor === 2 ? "dag()" : "DAG.__init__()" : "DAG.__init__()";
  const written = decorator ? "@dag(...)" : "DAG(...)";
  const dagId = isUnknown(dag.dagId) ? void 0 : dag.dagId;
  const severity = exact ? void 0 : "warning";
  const dataNote = exact ? "" : ` (checked against Airflow ${minor}'s parameters, the newest astro-ci knows)`;
  const positionals = args.filter((a) => /^#\d+$/.test(a.name));
  if (!args.some((a) => a.name === "*") && positionals.length > maxPositional) {
    const extra = positionals[maxPositional];
    emit(
      "dag-argument-unknown",
      {
        ...span(extra),
        dagId,
        message: `${written} takes ${maxPositional === 1 ? "only dag_id" : `at most ${maxPositional}`} positionally in Airflow ${minor}, here ${positionals.length} are given: importing the file fails with TypeError${dataNote}`,
        fix: "pass the other arguments by keyword (schedule=..., start_date=...)"
      },
      severity
    );
  }
  positionals.slice(0, maxPositional).forEach((p, i) => {
    const parameter = parameters[i];
    const keyword = parameter === void 0 ? void 0 : args.find((a) => a.name === parameter);
    if (keyword) {
      emit(
        "dag-argument-unknown",
        { ...span(keyword), dagId, message: `${written} gets ${parameter} both positionally and as ${parameter}=: importing the file fails with TypeError: ${callee} got multiple values for argument '${parameter}'`, fix: `keep only ${parameter}=` },
        severity
      );
    }
  });
  for (const argument of args) {
    const name = argument.name;
    if (name.startsWith("#") || name === "*" || name === "**" || parameters.includes(name)) continue;
    emit(
      "dag-argument-unknown",
      {
        ...span(argument),
        dagId,
        message: `${written} does not take ${name}= in Airflow ${minor}: importing the file fails with TypeError: ${callee} got an unexpected keyword argument '${name}'${dataNote}`,
        fix: fixFor2(name, signature, ctx.airflowMajor, parameters)
      },
      severity
    );
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
    "importlib_metadata",
    "importlib_resources",
    "impyla",
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
      "impyla"
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
        "impyla",
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

// src/dags/module-resolver.ts
var LINES = runtime_modules_default.lines;
var PROVIDER_IDS = runtime_modules_default.providerIds;
var DISTRIBUTION_MODULES = runtime_modules_default.distributionModules;
var REQUIREMENT_MODULES = runtime_modules_default.requirementModules;
var KNOWN_MODULES = new Set(runtime_modules_default.knownModules);
var PROVIDER_BY_ID = Object.entries(PROVIDER_IDS).map(([dist, id]) => ({ dist, id })).sort((a, b) => b.id.length - a.id.length);
var AIRFLOW2_TOP_LEVEL = new Set(
  "__main__ _vendor api api_connexion api_internal auth callbacks cli compat config_templates configuration contrib dag_processing datasets decorators example_dags exceptions executors hooks io jobs kubernetes lineage listeners logging_config macros metrics migrations models notifications operators plugins_manager policies providers providers_manager secrets security sensors sentry serialization settings stats task template templates ti_deps timetables traces triggers typing_compat utils version www".split(" ")
);
function versionAtLeast(version, minimum) {
  const [a1, a2] = version.split(".").map(Number);
  const [b1, b2] = minimum.split(".").map(Number);
  return (a1 ?? 0) > (b1 ?? 0) || (a1 ?? 0) === (b1 ?? 0) && (a2 ?? 0) >= (b2 ?? 0);
}
function importNamesOf(distribution) {
  const known = DISTRIBUTION_MODULES[distribution];
  if (known) return known;
  if (distribution.startsWith("apache-airflow")) return ["airflow"];
  for (const family of ["google", "azure", "opentelemetry", "snowflake"]) if (distribution.startsWith(`${family}-`)) return [family];
  const bare = distribution.replace(/^(python3?|py)-/, "").replace(/-(python3?|py|client|sdk|api|binary|lib)$/, "");
  return [...new Set([distribution, bare].flatMap((d) => [d.replace(/-/g, "_"), d.replace(/-/g, "")]))];
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
  const requirementProviders = /* @__PURE__ */ new Set();
  for (const dist of options.requirementNames) {
    const brought = REQUIREMENT_MODULES[dist];
    for (const name of [...importNamesOf(dist), ...brought?.modules ?? []]) if (!requirementModules.has(name.toLowerCase())) requirementModules.set(name.toLowerCase(), dist);
    requirementProviders.add(dist);
    for (const provider of brought?.providers ?? []) requirementProviders.add(provider);
  }
  const local = new Set(options.localModules);
  const uncertainty = options.airflowVersionSource === "config" ? "the project's custom image installs it (astro-ci does not know what the image holds)" : options.unnamedRequirements?.length ? `${options.unnamedRequirements[0]}${options.unnamedRequirements.length > 1 ? ` (or ${options.unnamedRequirements.length - 1} other requirements.txt lines of unknown name)` : ""} installs it` : !confirmed ? `${line.label}'s image installs it (its provider set is not confirmed for Airflow ${options.airflowVersion ?? "?"}${/-slim\b/.test(options.runtimeImage ?? "") ? ", slim image" : ""})` : void 0;
  const missing = (fix) => uncertainty ? { status: "possibly-missing", presentOnlyIf: uncertainty, fix } : { status: "missing", fix };
  return {
    runtimeLabel: line.label,
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
      if (requirementModules.has(top.toLowerCase())) return { status: "provided", by: "requirements" };
      if (runtimeModules.has(top)) return { status: "provided", by: "runtime" };
      const fix = `add the package that provides '${top}' to requirements.txt, or put the module in include/ or plugins/`;
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
    description: "An import that neither the stdlib, Airflow, requirements.txt, the runtime's preinstalled providers (and what they bring) nor the project provides: a warning when certain, a notice when it is present only if something unseen brings it."
  },
  {
    id: "airflow3-removed-import",
    defaultLevel: "error",
    description: "On Airflow 3, an import of a module or name Airflow 3 removed (airflow.contrib, airflow.operators.dummy, days_ago...): the import itself fails, even if the name is never used."
  },
  {
    id: "task-argument-invalid",
    defaultLevel: "error",
    description: "A classic operator's own trigger_rule or weight_rule string BaseOperator refuses when the task is made (a typo such as 'all_sucess'): importing the file fails with AirflowException."
  },
  {
    id: "task-id-valid",
    defaultLevel: "error",
    description: "A classic operator's task_id Airflow refuses: characters other than letters, digits, _ . - (or longer than 250), or the same task_id twice in one with DAG/TaskGroup block or @dag function (also a static task_id in a for loop over two or more literal items); a group_id other than letters, digits, _ - (no dots). Importing the file fails (AirflowException, DuplicateTaskIdFound)."
  },
  {
    id: "task-mapping-valid",
    defaultLevel: "error",
    description: `A task's or task group's .expand(...) given a literal (a string, a number, True/False, None, a set) instead of a list, dict or XComArg, or one key of a task's output (src()["files"], op.output["rows"]); expand_kwargs(...) given a string, number, set or dict; a keyword a @task function has no parameter for in .expand(...)/.partial(...) (partial(task_id=...)): importing the file fails with ValueError or TypeError.`
  },
  {
    id: "time-zone-valid",
    defaultLevel: "error",
    description: "A time zone name that does not exist (or is written in the wrong case) in a call module-level code runs: pendulum.datetime(..., tz=...) (also positional), pendulum.timezone(...), .in_tz(...), ZoneInfo(...), a cron timetable's timezone=, also as an os.getenv default; names IANA removed count as unknown. Importing the file fails (pendulum's InvalidTimezone, zoneinfo's ZoneInfoNotFoundError)."
  },
  {
    id: "dataset-uri-invalid",
    defaultLevel: "error",
    description: "A static URI Airflow 2's Dataset(...) refuses, in code module-level code runs (a schedule, an outlet, a constant): empty, only whitespace, non-ASCII, or the reserved scheme airflow://. Importing the file fails with ValueError."
  },
  { id: "dag-never-created", defaultLevel: "warning", description: "An @dag function that nothing at module level calls: Airflow never creates its DAG." },
  ...SCHEDULE_CHECKS,
  ...DAG_ARGUMENT_CHECKS
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
function at(dag, span2) {
  return span2 ?? { line: dag.line };
}
function airflowCreates(dag, airflowMajor) {
  return !(airflowMajor === 2 && dag.decoratorWithoutCall) && !dag.callError;
}
function runFileChecks(inventory, ctx) {
  const findings = [];
  const dagLineOf = /* @__PURE__ */ new Map();
  const emit = (id, finding, dagLine, severity) => {
    const level = levelOf(ctx.settings, id);
    if (level === "off") return;
    const full = { checkId: id, severity: severity ?? level, file: ctx.file, ...finding };
    if (findings.some((f) => f.checkId === id && f.line === full.line && f.column === full.column && f.message === full.message)) return;
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
      const { message, ...span2 } = dag.callError;
      emit(
        "dag-argument-unknown",
        {
          ...span2,
          dagId,
          message: `this call of the @dag function fails the import with TypeError: ${message} (the @dag factory binds its arguments to the function's signature, whose parameters become the DAG's params, before it builds ${label2})`,
          fix: /missing/.test(message) ? "pass a value for every parameter without a default in this call, or give the parameter a default (it becomes the param's default)" : "pass only the function's parameters, each once"
        },
        dag.line
      );
      continue;
    }
    const onDag = (span2, finding) => ({
      ...at(dag, span2),
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
      if (projectRetries === void 0 || projectRetries < min) {
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
      if (projectOwner === void 0 || disallowed.includes(projectOwner)) {
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
    }
    const startLevel = levelOf(ctx.settings, "start-date-static");
    const dailyLevel = startLevel === "off" ? void 0 : capAtWarning(startLevel);
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
  for (const task of inventory.taskIds ?? []) {
    const at2 = { line: task.line, column: task.column, endLine: task.endLine, endColumn: task.endColumn };
    const earlier = task.duplicateOfGroup ? "task group" : "task";
    if (task.group) {
      if (task.unprefixed || task.id.length <= GROUP_ID_MAX_LENGTH && GROUP_ID_PATTERN.test(task.id)) {
        if (task.duplicateOf !== void 0) {
          emit("task-id-valid", {
            ...at2,
            message: `group_id '${task.id}' is already used by the ${earlier} at line ${task.duplicateOf} in the same DAG: importing the file fails with DuplicateTaskIdFound: group_id '${task.id}' has already been added to the DAG`,
            fix: "give the task group a group_id no task or group of the DAG has (or add_suffix_on_collision=True)"
          });
        } else if (task.repeatedInLoop !== void 0) {
          emit("task-id-valid", {
            ...at2,
            message: `group_id '${task.id}' is the same on every pass of the loop at line ${task.repeatedInLoop}: the second pass fails the import with DuplicateTaskIdFound: group_id '${task.id}' has already been added to the DAG`,
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
    const span2 = { line: mapped.line, column: mapped.column, endLine: mapped.endLine, endColumn: mapped.endColumn };
    if (mapped.type === "XComArg") {
      emit("task-mapping-valid", {
        ...span2,
        message: `expand() gets ${mapped.argument}= a task's output under the key '${mapped.key}', which it cannot map over: importing the file fails with ValueError: cannot map over XCom with custom key '${mapped.key}'`,
        fix: `map over the task's whole output: have it return the list (or add a @task that takes the output and returns output["${mapped.key}"]) and expand over that`
      });
      continue;
    }
    if (mapped.type === "keyword") {
      const method = mapped.call ?? "expand";
      emit("task-mapping-valid", {
        ...span2,
        message: `${method}() gets ${mapped.argument}=, which the decorated function has no parameter for: importing the file fails with TypeError: ${method}() got an unexpected keyword argument '${mapped.argument}'`,
        fix: mapped.argument === "task_id" || method === "partial" ? `pass only the function's own arguments to ${method}(); task arguments such as task_id go in @task(task_id=...) or .override(task_id=...)` : `map over one of the function's parameters, or add a parameter '${mapped.argument}'`
      });
      continue;
    }
    if (mapped.call === "expand_kwargs") {
      emit("task-mapping-valid", {
        ...span2,
        message: `expand_kwargs() gets a ${mapped.type}${mapped.type === "list" || mapped.type === "tuple" ? " with an item that is no dict" : ", which is neither a list of dicts nor a task's output"}: importing the file fails with TypeError: expected XComArg or list[dict], not ${mapped.type}`,
        fix: 'pass a list of dicts (expand_kwargs([{"a": 1}, {"a": 2}])) or the output of a task returning one; to map over one argument use expand(name=[...])'
      });
      continue;
    }
    emit("task-mapping-valid", {
      ...span2,
      message: `expand() gets ${mapped.argument}= a ${mapped.type}, which it cannot map over: importing the file fails with ValueError: expand() got an unexpected type '${mapped.type}' for keyword argument '${mapped.argument}'`,
      fix: `pass a list (${mapped.argument}=[...]), a dict or another task's output; a value every mapped task shares goes in .partial(${mapped.argument}=...)`
    });
  }
  for (const zone of inventory.timeZones ?? []) {
    const problem = timeZoneProblem(zone.name, zone.loader);
    if (!problem) continue;
    const error = zone.loader === "zoneinfo" ? "ZoneInfoNotFoundError" : "InvalidTimezone";
    emit("time-zone-valid", {
      line: zone.line,
      column: zone.column,
      endLine: zone.endLine,
      endColumn: zone.endColumn,
      message: `${zone.callee}() gets the time zone "${zone.name}"${zone.environment === void 0 ? "" : ` (the default when the environment variable ${zone.environment} is not set)`}: ${problem.message}, so importing the file fails with ${error}${zone.environment === void 0 ? "" : ` wherever ${zone.environment} is unset (a CI parse, astro dev parse)`}`,
      fix: problem.suggestion ? `write "${problem.suggestion}"` : 'use an IANA time zone name such as "UTC" or "Europe/Paris"'
    });
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
  const levels = { unresolved: levelOf(ctx.settings, "unresolved-import"), removed: levelOf(ctx.settings, "airflow3-removed-import") };
  for (const ref of inventory.imports) {
    if (ref.guarded || ref.typeCheckingOnly) continue;
    const scope = ref.scope ?? "module";
    if (scope === "isolated") continue;
    const atTaskRun = scope === "function";
    const base = { file: ctx.file, line: ref.line };
    if (ref.relative) {
      if (levels.unresolved !== "off") {
        findings.push({
          ...base,
          checkId: "unresolved-import",
          severity: atTaskRun ? capAtWarning(levels.unresolved) : levels.unresolved,
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
          severity: atTaskRun ? capAtWarning(levels.removed) : levels.removed,
          message: atTaskRun ? `'${gone.path}' was removed in Airflow 3 (${gone.rule}): this import fails the task at run time, not the DAG import` : `'${gone.path}' was removed in Airflow 3 (${gone.rule}): importing this DAG fails with ImportError, even if the name is never used`,
          fix: gone.fix
        });
      }
      if (removed.length) continue;
    }
    if (levels.unresolved === "off") continue;
    const resolution = ctx.resolver.resolve(ref.module);
    if (resolution.status === "provided") continue;
    if (resolution.status === "missing") {
      findings.push({
        ...base,
        checkId: "unresolved-import",
        severity: atTaskRun ? capAtWarning(levels.unresolved) : levels.unresolved,
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
function capAtWarning(level) {
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
        severity: acrossFiles && !certain ? capAtWarning(level) : level,
        file: dag.file,
        line: dag.line,
        dagId: id,
        message: acrossFiles ? `dag_id '${id}' is also defined at ${others.join(", ")}: ` + (certain ? "" : "if both are made (one is made only under an if/try condition astro-ci cannot evaluate, such as an environment check), ") + `a running scheduler keeps whichever file it parsed last, without an error, while a whole-folder DagBag (astro dev parse, the DAG integrity test) fails with AirflowDagDuplicatedIdException` : `dag_id '${id}' is also defined at ${others.join(", ")} in the same file: Airflow keeps one of them, not always the same one from one parse to the next, without an error anywhere (not even in astro dev parse)`,
        fix: "give each DAG a unique dag_id"
      });
    }
  }
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
import { readFile as readFile3 } from "node:fs/promises";
var import_ignore = __toESM(require_ignore(), 1);
import { posix as posix3 } from "node:path";

// src/dags/project-classes.ts
import { readdir, readFile } from "node:fs/promises";
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
    if (KNOWN_DAG_CLASSES.has(qualified)) return {};
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
        result = init ? { init } : {};
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
    const bytes = await readFile(abs).catch(() => void 0);
    if (!bytes || bytes.length > MAX_MODULE_BYTES || !CLASS_STATEMENT.test(bytes.toString("utf8"))) continue;
    const rel = relative(project.root, abs).split(sep).join("/");
    if (analysed.has(project.relativeRoot ? `${project.relativeRoot}/${rel}` : rel)) continue;
    sources.push({ rel, bytes });
  }
  const results = await analyseModuleFiles(project, sources, analyzer, cache);
  return results.map(({ rel, analysis }) => ({ file: analysis.file, modules: projectModuleNames(rel), classes: analysis.inventory?.classes ?? [] }));
}
var MAX_MODULE_BYTES = 1e6;
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

// src/dags/project-factories.ts
import { readFile as readFile2 } from "node:fs/promises";
import { join as join2, posix as posix2 } from "node:path";
function callsProjectFactories(inventory, localModules) {
  return !!inventory?.factoryCalls?.some((call) => localModules.includes(call.callee.split(".")[0]));
}
async function resolveProjectFactories(project, analyses, analyzer, cache) {
  const factoryMade = /* @__PURE__ */ new Set();
  const calling = analyses.filter((a) => callsProjectFactories(a.inventory, project.localModules));
  if (!calling.length) return { analyses, factoryMade };
  const projectPath = (repoPath) => project.relativeRoot ? posix2.relative(project.relativeRoot, repoPath) : repoPath;
  const definitions = /* @__PURE__ */ new Map();
  const index = (modules, factories) => {
    for (const factory of factories ?? []) for (const module of modules) definitions.set(`${module}.${factory.name}`, factory);
  };
  const analysed = /* @__PURE__ */ new Set();
  for (const analysis of analyses) {
    analysed.add(projectPath(analysis.file));
    index(projectModuleNames(projectPath(analysis.file)), analysis.inventory?.factories);
  }
  const wanted = /* @__PURE__ */ new Set();
  for (const analysis of calling) for (const call of analysis.inventory?.factoryCalls ?? []) if (!definitions.has(call.callee)) wanted.add(call.callee.slice(0, call.callee.lastIndexOf(".")));
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
    if (!made.length) return analysis;
    const dags = [...analysis.inventory.dags, ...made].sort((a, b) => a.line - b.line);
    return { ...analysis, inventory: { ...analysis.inventory, dags } };
  });
  return { analyses: resolved, factoryMade };
}
async function analyseModules(project, modules, analysed, analyzer, cache, index) {
  const roots = ["", ...[project.dirs.dags, project.dirs.plugins].filter((d) => !!d).map((d) => posix2.relative(project.root.split("\\").join("/"), d.split("\\").join("/")))];
  const sources = [];
  for (const module of modules.slice(0, MAX_MODULES)) {
    if (!/^[A-Za-z_]\w*(\.[A-Za-z_]\w*)*$/.test(module)) continue;
    const base = module.split(".").join("/");
    for (const root of roots) {
      for (const candidate of [`${base}.py`, `${base}/__init__.py`]) {
        const rel = root ? `${root}/${candidate}` : candidate;
        if (analysed.has(rel) || rel.startsWith("..")) continue;
        analysed.add(rel);
        const bytes = await readFile2(join2(project.root, rel)).catch(() => void 0);
        if (bytes && bytes.length <= MAX_MODULE_BYTES) sources.push({ rel, bytes });
      }
    }
  }
  for (const { rel, analysis } of await analyseModuleFiles(project, sources, analyzer, cache)) index(projectModuleNames(rel), analysis.inventory?.factories);
}
var MAX_MODULES = 200;
function dagsOf(call, factory, file) {
  const unknown = (expression) => ({ unknown: true, expression });
  const written = `${factory.name}(...)`;
  const dag = (dagId) => ({
    dagId,
    file,
    line: call.line,
    definedBy: factory.definedBy,
    schedule: unknown(written),
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
    let id = "";
    for (const part of factory.dagIdParts) {
      if (typeof part === "string") {
        id += part;
        continue;
      }
      const param = factory.params[part];
      const value = param === void 0 ? void 0 : part < pass.positional.length ? pass.positional[part] : Object.hasOwn(pass.keywords, param.name) ? pass.keywords[param.name] : param.default;
      if (value === void 0 || value === null) return dag(unknown(written));
      id += value;
    }
    return dag(id);
  });
}

// src/dags/validate.ts
var BUILTIN_CHECKS = [
  { id: "syntax-error", defaultLevel: "error", description: "The file does not compile with the project's Python (ruff's parser), or cannot be decoded." },
  { id: "airflowignore-invalid", defaultLevel: "warning", description: "A line of .airflowignore that Airflow skips (invalid pattern)." },
  { id: "dags-folder-problem", defaultLevel: "warning", description: "Something in dags/ Airflow cannot read: a symlink loop or a FIFO, socket or device it skips (warning), an unreadable file or folder (error)." },
  { id: "file-too-large", defaultLevel: "warning", description: "A DAG file above validate.max-file-size: not parsed, so not checked (Airflow still imports it)." },
  { id: "dag-file-ignored", defaultLevel: "notice", description: "A file that looks like a DAG file (safe mode's test) is hidden by .airflowignore." },
  { id: "zip-not-checked", defaultLevel: "notice", description: "A zipped DAG bundle: listed, not statically checked." },
  {
    id: "undefined-name",
    defaultLevel: "error",
    description: "A name used where nothing defines it (ruff's F821): NameError when Airflow imports the file (module-level code and the functions it calls), else a warning at most (a task's or callback's body, which fails when it runs)."
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
var SEVERITY_RANK = { notice: 0, warning: 1, error: 2 };
function failsAt(findings, failOn) {
  if (failOn === "never") return false;
  return findings.some((f) => SEVERITY_RANK[f.severity] >= SEVERITY_RANK[failOn]);
}
function assertKnownChecks(settings, configFile) {
  const known = /* @__PURE__ */ new Set([...CHECKS.map((c) => c.id), ...BUILTIN_CHECKS.map((c) => c.id)]);
  for (const id of Object.keys(settings.checks)) {
    if (known.has(id) || /^AIR\d{3}$/.test(id)) continue;
    const nearest = nearestName(id, [...known]);
    throw new ConfigurationError(`unknown check '${id}' in validate.checks${nearest ? `: did you mean '${nearest}'?` : ""}`, {
      file: configFile,
      line: settings.checkLines[id],
      fix: `use one of: ${[...known].sort().join(", ")}, or a ruff code like AIR301`
    });
  }
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
  const judgingContext = deps.cache ? digestOf({
    settings: checkSettings,
    airflow3Readiness: settings.airflow3Readiness,
    resolverOptions,
    maxActiveRunsPerDag: project.maxActiveRunsPerDag ?? null,
    defaultTaskRetries: project.defaultTaskRetries ?? null,
    defaultOwner: project.defaultOwner ?? null,
    day: (/* @__PURE__ */ new Date()).toISOString().slice(0, 10)
  }) : "";
  const { analyses: fileAnalyses, keys, skipped, findings: discoveryFindings, analysedAfresh } = await analyzeProjectFiles(project, settings, deps, statIndex, judgingContext);
  const { analyses, factoryMade } = await resolveProjectFactories(project, await resolveProjectDagClasses(project, fileAnalyses, deps.analyzer, deps.cache), deps.analyzer, deps.cache);
  deps.logger.debug(`${entry.name}: ${analyses.length} files analysed (${elapsed()})`);
  const levelOf2 = (id, fallback) => settings.checks[id]?.level ?? fallback;
  const findings = [...discoveryFindings, ...projectFileFindings(project, levelOf2("project-file-invalid", "warning"))];
  const inventories = [];
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
    if (analysis.judged) {
      findings.push(...analysis.judged);
      return;
    }
    judgedAfresh++;
    const judged = judgeFile(analysis);
    const key = keys[index];
    if (deps.cache && key && inventory && !inventory.candidateDags?.length && !factoryMade.has(analysis.file)) {
      const { dags, suppressions, classes, factoryCalls, factories } = inventory;
      const record = {
        findings: judged,
        dags,
        suppressions,
        ...classes?.length ? { classes } : {},
        ...factoryCalls?.length ? { factoryCalls } : {},
        ...factories?.length ? { factories } : {}
      };
      deps.cache.setJudged(judgedKey(judgingContext, key, analysis.file), JSON.stringify(record));
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
    const undefinedNames = undefinedNameFindings(analysis.ruff, analysis.inventory, analysis.file, levelOf2("undefined-name", "error"));
    return [
      ...applySuppressions([...withoutAnsweredAir002(ruffFindings, analysis.inventory.dags), ...undefinedNames], { [analysis.file]: analysis.inventory.suppressions }),
      ...runFileChecks(analysis.inventory, {
        settings: checkSettings,
        airflowMajor: project.airflowMajor,
        airflowVersion: project.airflowVersion,
        resolver,
        file: analysis.file,
        maxActiveRunsPerDag: project.maxActiveRunsPerDag,
        defaultTaskRetries: project.defaultTaskRetries,
        defaultOwner: project.defaultOwner
      })
    ];
  }
  findings.push(...runProjectChecks(inventories, { settings: checkSettings, airflowMajor: project.airflowMajor, resolver }));
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
    filesIgnored: project.discovery.hiddenDagFiles.map((h) => ({ file: posix3.join(project.relativeRoot, toPosixRelative(project.root, project.dirs.dags), h.path), ignoreFile: h.ignoreFile, line: h.line, pattern: h.pattern })),
    dags: inventories.flatMap((i) => i.inventory.dags),
    findings,
    // Counted by file, not by lookup: a run with nothing changed reports every file a hit.
    cache: deps.cache ? { hits: fileAnalyses.length - analysedAfresh, misses: analysedAfresh } : void 0
  };
}
async function analyzeProjectFiles(project, settings, deps, statIndex, judgingContext) {
  const dagsRel = posix3.join(project.relativeRoot, toPosixRelative(project.root, project.dirs.dags));
  const repoPath = (dagRelative) => posix3.join(dagsRel, dagRelative);
  const excluded = (0, import_ignore.default)().add(settings.exclude);
  const projectRel = (dagRelative) => posix3.join(toPosixRelative(project.root, project.dirs.dags), dagRelative);
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
      skipped.push({ file, reason: "zip archive (not statically checked)" });
      const lvl = level("zip-not-checked", "notice");
      if (lvl !== "off") {
        findings.push({
          checkId: "zip-not-checked",
          severity: lvl,
          file,
          line: 1,
          message: "zipped DAGs are imported by Airflow but not statically checked by astro-ci",
          fix: "ship the DAGs as plain .py files to have them checked, or rely on the dynamic import check"
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
    const judged = judgingContext !== void 0 ? parseJudgedRecord(deps.cache?.getJudged(judgedKey(judgingContext, key, file))) : void 0;
    if (judged) {
      keys[index] = key;
      deps.cache?.keep(key);
      const { findings: judgedFindings, dags, suppressions, classes, factoryCalls, factories } = judged;
      const more = { ...classes ? { classes } : {}, ...factoryCalls ? { factoryCalls } : {}, ...factories ? { factories } : {} };
      analyses[index] = { file, ruff: [], inventory: { dags, imports: [], parseTimeCalls: [], suppressions, ...more }, judged: judgedFindings };
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
    const bytes = content ?? await readFile3(absolutePath);
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
function parseJudgedRecord(json) {
  if (json === void 0) return void 0;
  try {
    const value = JSON.parse(json);
    return isJudgedRecord(value) ? value : void 0;
  } catch {
    return void 0;
  }
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
  return posix3.normalize(to.slice(from.length).split("\\").join("/").replace(/^\/+/, "")) || ".";
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

export {
  CHECKS,
  BUILTIN_CHECKS,
  failsAt,
  validateProject
};
