import { createRequire as __astroCiCreateRequire } from "node:module";
import { fileURLToPath as __astroCiFileURLToPath } from "node:url";
import { dirname as __astroCiDirname } from "node:path";
const require = __astroCiCreateRequire(import.meta.url);
const __filename = __astroCiFileURLToPath(import.meta.url);
const __dirname = __astroCiDirname(__filename);
import {
  analyzeFile,
  createPythonParser,
  defaultRuffLevel,
  loadRuff,
  ruffDiagnosticsToFindings
} from "./chunk-NZL7AQT6.js";
import {
  ConfigurationError,
  TOOL_NAME,
  TOOL_VERSION,
  isConfigurationError,
  loadProject,
  mergeDagInventories,
  readYamlFile,
  runDynamicTier,
  validateYamlAgainstSchema
} from "./chunk-ZH65N3KT.js";
import {
  __commonJS,
  __toESM
} from "./chunk-PV4T63TV.js";

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
    var define = (object, key, value2) => {
      Object.defineProperty(object, key, { value: value2 });
      return value2;
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
        (_, run2, space) => space ? run2.slice(0, run2.length - run2.length % 2) + SPACE : run2,
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
    var separatorAfter = (run2, at) => {
      let separator = EMPTY;
      for (let index = at + 1; index < run2.length && !run2[index].wildcard; index++) {
        separator += run2[index].single;
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
      let run2 = [];
      const flush = () => {
        let lastWildcard;
        run2.forEach((token, at) => {
          if (token.wildcard) {
            lastWildcard = at;
          }
        });
        run2.forEach((token, at) => {
          if (!token.wildcard) {
            out += token.single;
            return;
          }
          out += at === lastWildcard ? WILDCARD : `(?:(?!${separatorAfter(run2, at)})[^\\/])*`;
        });
        run2 = [];
      };
      tokens.forEach((token) => {
        if (token.boundary === void 0) {
          run2.push(token);
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
        const basename2 = shortcut ? basenameOf(path) : path;
        for (let index = length - 1; index >= 0; index--) {
          const rule = rules[index];
          if (rule[mode].test(
            shortcut && rule._basenameOnly ? basename2 : path
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

// src/dags/analyzer.ts
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
async function createInProcessAnalyzer(options = {}) {
  let parser;
  return {
    async analyze(inputs) {
      await loadRuff();
      parser ??= await createPythonParser(options);
      const ready = parser;
      return inputs.map((input) => analyzeFile(input, ready));
    },
    async close() {
    }
  };
}
function createWorkerPoolAnalyzer(options) {
  const size = Math.max(1, options.size ?? availableParallelism());
  const workers = [];
  let closed = false;
  return {
    async analyze(inputs) {
      if (closed) throw new Error("analyzer is closed");
      if (inputs.length === 0) return [];
      const results = new Array(inputs.length);
      let next = 0;
      const wanted = Math.min(size, Math.ceil(inputs.length / 8));
      while (workers.length < wanted) workers.push(new Worker(options.workerUrl));
      await Promise.all(
        workers.slice(0, wanted).map(
          (worker) => new Promise((resolve2, reject) => {
            const send = () => {
              if (next >= inputs.length) {
                cleanup();
                resolve2();
                return;
              }
              const id = next++;
              const input = inputs[id];
              worker.postMessage({ id, input });
            };
            const onMessage = (reply) => {
              if ("error" in reply) {
                cleanup();
                reject(new Error(`analysis of ${inputs[reply.id]?.file ?? "?"} failed: ${reply.error}`));
                return;
              }
              results[reply.id] = reply.result;
              send();
            };
            const onError = (error) => {
              cleanup();
              reject(error);
            };
            const cleanup = () => {
              worker.off("message", onMessage);
              worker.off("error", onError);
            };
            worker.on("message", onMessage);
            worker.on("error", onError);
            send();
          })
        )
      );
      return results;
    },
    async close() {
      closed = true;
      await Promise.all(workers.map((w) => w.terminate()));
      workers.length = 0;
    }
  };
}
var SMALL_BATCH = 24;
async function createDefaultAnalyzer(options = {}) {
  if (false) return createInProcessAnalyzer();
  const workerUrl = new URL("./dag-worker.js", import.meta.url);
  const { fileURLToPath } = await import("node:url");
  const { dirname } = await import("node:path");
  const inProcess = await createInProcessAnalyzer({ wasmDir: dirname(fileURLToPath(workerUrl)) });
  if (options.jobs === 1) return inProcess;
  const pool = createWorkerPoolAnalyzer({ workerUrl, size: options.jobs });
  return {
    analyze: (inputs) => inputs.length < SMALL_BATCH ? inProcess.analyze(inputs) : pool.analyze(inputs),
    async close() {
      await Promise.all([inProcess.close(), pool.close()]);
    }
  };
}

// src/commands/validate-dags.ts
import { existsSync as existsSync2 } from "node:fs";
import { join as join2 } from "node:path";

// src/config/config.ts
import { existsSync } from "node:fs";
import { isAbsolute, relative, resolve, basename, sep } from "node:path";

// schema/astro-ci.schema.json
var astro_ci_schema_default = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "https://github.com/astro-ci/astro-ci/schema/astro-ci.schema.json",
  title: "astro-ci configuration (astro-ci.yaml)",
  description: "Optional configuration for astro-ci. Every setting has a default. Point your editor at this schema with the comment `# yaml-language-server: $schema=./schema/astro-ci.schema.json`.",
  type: "object",
  additionalProperties: false,
  properties: {
    version: {
      description: "Version of this file's format.",
      const: 1
    },
    projects: {
      description: "The Astro projects in this repository. Defaults to one project at the repository root.",
      type: "array",
      minItems: 1,
      items: {
        type: "object",
        additionalProperties: false,
        required: [
          "path"
        ],
        properties: {
          path: {
            description: "Folder of the Astro project (the one holding the Dockerfile and dags/), relative to the repository root.",
            type: "string",
            minLength: 1
          },
          name: {
            description: "Name used in reports; defaults to the folder name.",
            type: "string",
            minLength: 1
          },
          validate: {
            $ref: "#/definitions/validate"
          }
        }
      }
    },
    validate: {
      $ref: "#/definitions/validate"
    },
    deployments: {
      description: "Which branches deploy to which Astro Deployment (astro-ci deploy / the deploy action). The first entry naming a branch exactly wins, else the first matching glob.",
      type: "array",
      items: {
        type: "object",
        additionalProperties: false,
        required: [
          "branch"
        ],
        properties: {
          branch: {
            description: "A branch name or glob (* within a path segment, ** across /), or a list of them.",
            oneOf: [
              {
                type: "string",
                minLength: 1
              },
              {
                type: "array",
                items: {
                  type: "string",
                  minLength: 1
                },
                minItems: 1
              }
            ]
          },
          "deployment-id": {
            description: "The Deployment's ID.",
            type: "string",
            minLength: 1
          },
          "deployment-name": {
            description: "The Deployment's name (unique within the workspace).",
            type: "string",
            minLength: 1
          },
          "workspace-id": {
            description: "The workspace holding deployment-name.",
            type: "string",
            minLength: 1
          },
          "deploy-type": {
            description: "infer (from the git diff), dags-only, image-and-dags or image-only.",
            enum: [
              "infer",
              "dags-only",
              "image-and-dags",
              "image-only"
            ]
          },
          wait: {
            description: "Wait until the Deployment is healthy and runs the new DAGs.",
            type: "boolean"
          }
        },
        oneOf: [
          {
            required: [
              "deployment-id"
            ]
          },
          {
            required: [
              "deployment-name"
            ]
          }
        ]
      }
    }
  },
  definitions: {
    level: {
      enum: [
        "error",
        "warning",
        "notice",
        "off"
      ]
    },
    validate: {
      description: "Settings of validate-dags. Under a project they override the top-level ones.",
      type: "object",
      additionalProperties: false,
      properties: {
        "fail-on": {
          description: "Lowest severity that fails the check run and the CLI (exit code 1).",
          enum: [
            "error",
            "warning",
            "never"
          ]
        },
        "airflow3-readiness": {
          description: "Level of Airflow 3 migration findings (ruff AIR3xx) on an Airflow 2 project.",
          $ref: "#/definitions/level"
        },
        "airflow-version": {
          description: `Airflow version to assume when the Dockerfile's runtime image cannot tell (e.g. a custom base image), like "2.10" or "3.1".`,
          type: "string",
          pattern: "^[23]\\.\\d+(\\.\\d+)?$"
        },
        "python-version": {
          description: `Python version DAG files are checked against (syntax), like "3.12". Defaults to the runtime image's Python.`,
          type: "string",
          pattern: "^3\\.\\d+$"
        },
        exclude: {
          description: "Glob patterns (relative to the project folder) of DAG files to leave out of validation.",
          type: "array",
          items: {
            type: "string",
            minLength: 1
          }
        },
        checks: {
          description: "Per-check level (error, warning, notice, off), or an object with `level` and the check's options. Ruff codes (AIR301...) are accepted as check ids too.",
          type: "object",
          propertyNames: {
            pattern: "^([a-z0-9]+(-[a-z0-9]+)*|AIR\\d{3})$"
          },
          additionalProperties: {
            oneOf: [
              {
                $ref: "#/definitions/level"
              },
              {
                type: "object",
                properties: {
                  level: {
                    $ref: "#/definitions/level"
                  },
                  allowed: {
                    description: "tags-required: the approved tags.",
                    type: "array",
                    items: {
                      type: "string"
                    }
                  },
                  min: {
                    description: "min-retries: the minimum retries.",
                    type: "integer",
                    minimum: 0
                  },
                  disallowed: {
                    description: "owner-required: owners that count as unset.",
                    type: "array",
                    items: {
                      type: "string"
                    }
                  }
                },
                additionalProperties: false
              }
            ]
          }
        },
        dynamic: {
          description: "Import every DAG file with the project's real Airflow too (like astro dev parse, one forked process per file): auto runs it when an Airflow can be had, required fails when none can, off skips it.",
          enum: [
            "auto",
            "required",
            "off"
          ]
        },
        airflow: {
          description: "Where the Airflow for the dynamic checks comes from: installed (the python3 on PATH), venv (installed from PyPI with Airflow's constraints, cached), image (the project's runtime image with docker run), auto (installed, else image, else venv).",
          enum: [
            "auto",
            "installed",
            "venv",
            "image"
          ]
        },
        "import-timeout": {
          description: "Seconds one DAG file may take to import (Airflow's [core] dagbag_import_timeout, 30 by default).",
          type: "number",
          exclusiveMinimum: 0
        }
      }
    }
  }
};

// src/config/config.ts
var DEFAULT_CONFIG_FILE = "astro-ci.yaml";
var DEFAULT_VALIDATE = {
  failOn: "error",
  airflow3Readiness: "warning",
  exclude: [],
  checks: {},
  checkLines: {}
};
async function loadConfig(options) {
  const repoRoot = resolve(options.repoRoot);
  let source;
  let displayPath;
  if (options.configPath) {
    const abs = resolve(repoRoot, options.configPath);
    displayPath = toPosix(relative(process.cwd(), abs)) || abs;
    if (!existsSync(abs)) {
      throw new ConfigurationError(`config file not found`, {
        file: displayPath,
        fix: "check the path given to --config / the `config` input, or remove it to use the defaults"
      });
    }
    source = await readYamlFile(abs, displayPath);
  } else if (existsSync(resolve(repoRoot, DEFAULT_CONFIG_FILE))) {
    displayPath = DEFAULT_CONFIG_FILE;
    source = await readYamlFile(resolve(repoRoot, DEFAULT_CONFIG_FILE), displayPath);
  }
  let raw = {};
  if (source) {
    if (source.value === null || source.value === void 0) raw = {};
    else {
      validateYamlAgainstSchema(source, astro_ci_schema_default, "see schema/astro-ci.schema.json for the allowed settings");
      raw = source.value;
    }
  }
  const topValidate = mergeValidate(DEFAULT_VALIDATE, raw.validate, source, ["validate"]);
  const entries = [];
  if (options.projectPath !== void 0) {
    const root = resolveInsideRepo(repoRoot, options.projectPath, void 0, void 0);
    const configured = raw.projects?.findIndex((p) => resolve(repoRoot, p.path) === root) ?? -1;
    const rawProject = configured >= 0 ? raw.projects?.[configured] : void 0;
    entries.push({
      root,
      relativePath: toPosix(relative(repoRoot, root)),
      name: rawProject?.name ?? (basename(root) || "project"),
      validate: mergeValidate(topValidate, rawProject?.validate, source, ["projects", configured, "validate"])
    });
  } else if (raw.projects?.length) {
    raw.projects.forEach((project, index) => {
      const root = resolveInsideRepo(repoRoot, project.path, source, ["projects", index, "path"]);
      entries.push({
        root,
        relativePath: toPosix(relative(repoRoot, root)),
        name: project.name ?? (basename(root) || "project"),
        validate: mergeValidate(topValidate, project.validate, source, ["projects", index, "validate"])
      });
    });
    const seen = /* @__PURE__ */ new Map();
    entries.forEach((entry, index) => {
      const before = seen.get(entry.root);
      if (before !== void 0) {
        throw new ConfigurationError(`projects[${index}] names the same folder as projects[${before}]`, {
          file: source?.file,
          line: source?.lineOf(["projects", index, "path"]),
          fix: "list each Astro project once"
        });
      }
      seen.set(entry.root, index);
    });
  } else {
    entries.push({ root: repoRoot, relativePath: "", name: basename(repoRoot) || "project", validate: topValidate });
  }
  return { file: displayPath, repoRoot, projects: entries, source };
}
function mergeValidate(base, raw, source, at) {
  if (!raw) return base;
  const checks = { ...base.checks };
  const checkLines = { ...base.checkLines };
  for (const [id, setting] of Object.entries(raw.checks ?? {})) {
    checks[id] = typeof setting === "string" ? { ...checks[id], level: setting } : { ...checks[id], ...setting };
    checkLines[id] = source?.lineOf([...at, "checks", id]);
  }
  return {
    failOn: raw["fail-on"] ?? base.failOn,
    airflow3Readiness: raw["airflow3-readiness"] ?? base.airflow3Readiness,
    airflowVersion: raw["airflow-version"] ?? base.airflowVersion,
    pythonVersion: raw["python-version"] ?? base.pythonVersion,
    exclude: [...base.exclude, ...raw.exclude ?? []],
    dynamic: raw.dynamic ?? base.dynamic,
    airflow: raw.airflow ?? base.airflow,
    importTimeout: raw["import-timeout"] ?? base.importTimeout,
    checks,
    checkLines
  };
}
function resolveInsideRepo(repoRoot, userPath, source, at) {
  const abs = resolve(repoRoot, userPath);
  const rel = relative(repoRoot, abs);
  if (rel === ".." || rel.startsWith(`..${sep}`) || isAbsolute(rel)) {
    throw new ConfigurationError(`path '${userPath}' is outside the repository`, {
      file: source?.file,
      line: at && source ? source.lineOf(at) : void 0,
      fix: "use a path relative to the repository root that stays inside it"
    });
  }
  if (!existsSync(abs)) {
    throw new ConfigurationError(`project folder '${userPath}' does not exist`, {
      file: source?.file,
      line: at && source ? source.lineOf(at) : void 0,
      fix: "point it at the folder holding the Astro project's Dockerfile and dags/"
    });
  }
  return abs;
}
function toPosix(path) {
  return path.split(sep).join("/");
}

// src/dags/analysis-cache.ts
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import { createHash } from "node:crypto";
import { join } from "node:path";
var ANALYSIS_VERSION = "1";
function analysisCacheKey(bytes, pythonVersion) {
  return createHash("sha256").update(`${ANALYSIS_VERSION}\0${pythonVersion}\0`).update(bytes).digest("hex");
}
async function openAnalysisCache(dir, scope, logger) {
  const path = join(dir, `analysis-${createHash("sha256").update(scope).digest("hex").slice(0, 16)}.json`);
  let stored = {};
  try {
    const pack = JSON.parse(await readFile(path, "utf8"));
    if (pack.version === 1 && typeof pack.entries === "object" && pack.entries) stored = pack.entries;
  } catch (error) {
    if (error.code !== "ENOENT") logger.warning(`ignoring unreadable cache file ${path}: ${error.message}`);
  }
  const used = {};
  const stats = { hits: 0, misses: 0 };
  return {
    stats,
    get(key) {
      const entry = stored[key];
      if (entry) {
        stats.hits++;
        used[key] = entry;
      } else stats.misses++;
      return entry;
    },
    set(key, analysis) {
      const { file: _file, ...rest } = analysis;
      used[key] = rest;
    },
    async save() {
      await mkdir(dir, { recursive: true });
      const tmp = `${path}.${process.pid}.tmp`;
      await writeFile(tmp, JSON.stringify({ version: 1, entries: used }));
      await rename(tmp, path);
    }
  };
}

// src/core/findings.ts
function isUnknown(value2) {
  return typeof value2 === "object" && value2 !== null && value2.unknown === true;
}

// src/dags/dag-diff.ts
function describeStatic(value2) {
  if (value2 === void 0) return "(not set)";
  if (isUnknown(value2)) return `(dynamic: ${value2.expression})`;
  if (value2 === null) return "None";
  if (Array.isArray(value2)) return value2.length ? [...value2].sort().join(", ") : "(none)";
  return String(value2);
}
function idOf(dag) {
  return isUnknown(dag.dagId) ? void 0 : dag.dagId;
}
function diffDagInventories(base, head) {
  const key = (dag) => idOf(dag) ?? `dynamic:${dag.file}:${describeStatic(dag.dagId)}`;
  const baseByKey = new Map(base.map((d) => [key(d), d]));
  const headByKey = new Map(head.map((d) => [key(d), d]));
  const added = head.filter((d) => !baseByKey.has(key(d)));
  const removed = base.filter((d) => !headByKey.has(key(d)));
  const changed = [];
  let unchanged = 0;
  for (const dag of head) {
    const before = baseByKey.get(key(dag));
    if (!before) continue;
    const changes = compareDag(before, dag);
    if (changes.length) changed.push({ dag, changes });
    else unchanged++;
  }
  const renamed = [];
  for (const gone of [...removed]) {
    const replacement = added.find((a) => a.file === gone.file && a.definedBy === gone.definedBy);
    if (!replacement) continue;
    renamed.push({ before: gone, after: replacement });
    removed.splice(removed.indexOf(gone), 1);
    added.splice(added.indexOf(replacement), 1);
  }
  return { added, removed, renamed, changed, unchanged };
}
function compareDag(before, after) {
  const changes = [];
  const fields = [
    ["schedule", before.schedule, after.schedule],
    ["tags", before.tags, after.tags],
    ["owner", before.owner, after.owner],
    ["taskCount", before.taskCount, after.taskCount],
    ["file", before.file, after.file]
  ];
  for (const [field, a, b] of fields) {
    const was = describeStatic(a);
    const now = describeStatic(b);
    if (was !== now) changes.push({ field, before: was, after: now });
  }
  return changes;
}
function isEmptyDiff(diff) {
  return !diff.added.length && !diff.removed.length && !diff.renamed.length && !diff.changed.length;
}

// src/dags/validate.ts
var import_ignore = __toESM(require_ignore(), 1);
import { readFile as readFile2 } from "node:fs/promises";
import { posix } from "node:path";

// src/dags/cron.ts
var SCHEDULE_PRESETS = ["@once", "@continuous", "@hourly", "@daily", "@weekly", "@monthly", "@quarterly", "@yearly", "@annually", "@midnight"];
var MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
var DAYS = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"];
var FIELDS = [
  { name: "minute", min: 0, max: 59 },
  { name: "hour", min: 0, max: 23 },
  { name: "day of month", min: 1, max: 31, allowL: true },
  { name: "month", min: 1, max: 12, names: MONTHS },
  { name: "day of week", min: 0, max: 7, names: DAYS, allowL: true, allowHash: true }
];
var SECONDS = { name: "second", min: 0, max: 59 };
function scheduleProblem(schedule) {
  const trimmed = schedule.trim();
  if (trimmed.startsWith("@")) return SCHEDULE_PRESETS.includes(trimmed) ? void 0 : `'${trimmed}' is not an Airflow preset (${SCHEDULE_PRESETS.join(", ")})`;
  const parts = trimmed.split(/\s+/);
  if (parts.length !== 5 && parts.length !== 6) return `a cron expression has 5 fields (minute hour day-of-month month day-of-week), '${trimmed}' has ${parts.length}`;
  const specs = parts.length === 6 ? [...FIELDS, SECONDS] : FIELDS;
  for (let i = 0; i < parts.length; i++) {
    const problem = fieldProblem(parts[i], specs[i]);
    if (problem) return problem;
  }
  return void 0;
}
function value(token, spec) {
  if (/^\d+$/.test(token)) return Number(token);
  const index = spec.names?.indexOf(token.toLowerCase()) ?? -1;
  return index >= 0 ? index + (spec.name === "month" ? 1 : 0) : void 0;
}
function fieldProblem(field, spec) {
  for (const item of field.split(",")) {
    if (!item) return `empty list item in the ${spec.name} field '${field}'`;
    if (item === "*" || item === "?") continue;
    if (spec.allowL && (item === "L" || /^\d+L$/i.test(item) || /^[a-z]{3}L$/i.test(item))) continue;
    if (spec.allowHash && /^([0-7]|[a-z]{3})#[1-5]$/i.test(item)) continue;
    const [range, step, extra] = item.split("/");
    if (extra !== void 0) return `'${item}' in the ${spec.name} field has two steps`;
    if (step !== void 0 && !/^[1-9]\d*$/.test(step)) return `step '${step}' in the ${spec.name} field must be a positive number`;
    if (range === "*" || range === "?") continue;
    const [startText, endText, more] = (range ?? "").split("-");
    if (more !== void 0) return `'${range}' in the ${spec.name} field is not a range`;
    const start = value(startText ?? "", spec);
    if (start === void 0) return `'${startText}' is not valid in the ${spec.name} field`;
    if (start < spec.min || start > spec.max) return `${start} is out of range for the ${spec.name} field (${spec.min}-${spec.max})`;
    if (endText !== void 0) {
      const end = value(endText, spec);
      if (end === void 0) return `'${endText}' is not valid in the ${spec.name} field`;
      if (end < spec.min || end > spec.max) return `${end} is out of range for the ${spec.name} field (${spec.min}-${spec.max})`;
    }
  }
  return void 0;
}

// src/dags/checks.ts
var CHECKS = [
  { id: "duplicate-dag-id", defaultLevel: "error", description: "The same dag_id is defined in two places; Airflow keeps one and silently drops the other." },
  { id: "tags-required", defaultLevel: "warning", description: "A DAG has no tags." },
  { id: "tags-allowed", defaultLevel: "error", description: "A DAG uses a tag outside the approved list (active when tags-required has `allowed`)." },
  { id: "min-retries", defaultLevel: "warning", description: "default_args retries below the minimum (option `min`, default 2 as in Astronomer's template) or not set." },
  { id: "owner-required", defaultLevel: "warning", description: "default_args owner missing or a placeholder (option `disallowed`, default [airflow])." },
  { id: "schedule-valid", defaultLevel: "error", description: "The schedule string is neither an Airflow preset nor a valid cron expression." },
  { id: "start-date-static", defaultLevel: "error", description: "start_date is computed from the current time, so it moves at every parse." },
  { id: "parse-time-work", defaultLevel: "warning", description: "Variables, connections, HTTP or database calls at module level run at every parse of the file." },
  { id: "unresolved-import", defaultLevel: "warning", description: "An import that neither the stdlib, Airflow, requirements.txt, a preinstalled provider nor the project provides." }
];
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
function runFileChecks(inventory, ctx) {
  const findings = [];
  const emit = (id, finding) => {
    const level = levelOf(ctx.settings, id);
    if (level === "off") return;
    findings.push({ checkId: id, severity: level, file: ctx.file, ...finding });
  };
  for (const dag of inventory.dags) {
    const label = dagLabel(dag);
    const base = { line: dag.line, dagId: dagIdOf(dag) };
    const allowed = ctx.settings["tags-required"]?.allowed;
    if (dag.tags === void 0 || Array.isArray(dag.tags) && dag.tags.length === 0) {
      emit("tags-required", { ...base, message: `${label} has no tags`, fix: `add tags=[...]${allowed?.length ? ` from: ${allowed.join(", ")}` : ""} so it can be found and owned in the UI` });
    } else if (Array.isArray(dag.tags) && allowed?.length) {
      const outside = dag.tags.filter((t) => !allowed.includes(t));
      if (outside.length) emit("tags-allowed", { ...base, message: `${label} uses tags not in the approved list: ${outside.join(", ")}`, fix: `use only: ${allowed.join(", ")}` });
    }
    const min = ctx.settings["min-retries"]?.min ?? 2;
    if (dag.retries === void 0) {
      emit("min-retries", { ...base, message: `${label} does not set retries in default_args (Airflow's default is 0)`, fix: `add "retries": ${min} to default_args` });
    } else if (typeof dag.retries === "number" && dag.retries < min) {
      emit("min-retries", { ...base, message: `${label} has retries=${dag.retries}, below the minimum of ${min}`, fix: `set "retries": ${min} or more in default_args` });
    }
    const disallowed = ctx.settings["owner-required"]?.disallowed ?? ["airflow"];
    if (dag.owner === void 0) {
      emit("owner-required", { ...base, message: `${label} has no owner in default_args (it shows as 'airflow')`, fix: `add "owner": "<team>" to default_args` });
    } else if (typeof dag.owner === "string" && disallowed.includes(dag.owner)) {
      emit("owner-required", { ...base, message: `${label} has the placeholder owner '${dag.owner}'`, fix: `set "owner" to the owning team` });
    }
    if (typeof dag.schedule === "string") {
      const problem = scheduleProblem(dag.schedule);
      if (problem) emit("schedule-valid", { ...base, message: `${label} has an invalid schedule: ${problem}`, fix: "use a preset like @daily or a 5-field cron expression such as '0 6 * * *'" });
    }
    if (dag.startDate && DYNAMIC_START.test(dag.startDate)) {
      emit("start-date-static", {
        ...base,
        message: `${label} has a dynamic start_date (${dag.startDate}): it changes at every parse, so runs may never be scheduled`,
        fix: 'use a fixed date, e.g. pendulum.datetime(2024, 1, 1, tz="UTC")'
      });
    } else if (dag.startDate && /\bdays_ago\s*\(/.test(dag.startDate)) {
      const level = levelOf(ctx.settings, "start-date-static");
      if (level !== "off") {
        findings.push({
          checkId: "start-date-static",
          severity: "warning",
          file: ctx.file,
          ...base,
          message: `${label} uses days_ago() for start_date: relative to the parse time, and removed in Airflow 3`,
          fix: 'use a fixed date, e.g. pendulum.datetime(2024, 1, 1, tz="UTC")'
        });
      }
    }
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
  for (const ref of inventory.imports) {
    if (ref.relative || ref.guarded || !ref.module) continue;
    const resolution = ctx.resolver.resolve(ref.module);
    if (!resolution.provided) {
      emit("unresolved-import", { line: ref.line, message: `nothing in the project provides '${ref.module}': importing this DAG fails with ModuleNotFoundError`, fix: resolution.fix });
    }
  }
  return applySuppressions(findings, { [ctx.file]: inventory.suppressions });
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
      const others = dags.filter((d) => d !== dag).map((d) => `${d.file}:${d.line}`);
      findings.push({
        checkId: "duplicate-dag-id",
        severity: level,
        file: dag.file,
        line: dag.line,
        dagId: id,
        message: `dag_id '${id}' is also defined at ${others.join(", ")}; Airflow keeps only one of them, without an error`,
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

// src/dags/data/stdlib-modules.json
var stdlib_modules_default = {
  $comment: "Top-level stdlib module names: sys.stdlib_module_names of CPython 3.11.7, plus modules added or removed in 3.8-3.13 (What's New in Python 3.9-3.13).",
  modules: [
    "__future__",
    "_thread",
    "abc",
    "aifc",
    "antigravity",
    "argparse",
    "array",
    "ast",
    "asynchat",
    "asyncio",
    "asyncore",
    "atexit",
    "audioop",
    "base64",
    "bdb",
    "binascii",
    "bisect",
    "builtins",
    "bz2",
    "cProfile",
    "calendar",
    "cgi",
    "cgitb",
    "chunk",
    "cmath",
    "cmd",
    "code",
    "codecs",
    "codeop",
    "collections",
    "colorsys",
    "compileall",
    "concurrent",
    "configparser",
    "contextlib",
    "contextvars",
    "copy",
    "copyreg",
    "crypt",
    "csv",
    "ctypes",
    "curses",
    "dataclasses",
    "datetime",
    "dbm",
    "decimal",
    "difflib",
    "dis",
    "distutils",
    "doctest",
    "email",
    "encodings",
    "ensurepip",
    "enum",
    "errno",
    "faulthandler",
    "fcntl",
    "filecmp",
    "fileinput",
    "fnmatch",
    "fractions",
    "ftplib",
    "functools",
    "gc",
    "genericpath",
    "getopt",
    "getpass",
    "gettext",
    "glob",
    "graphlib",
    "grp",
    "gzip",
    "hashlib",
    "heapq",
    "hmac",
    "html",
    "http",
    "idlelib",
    "imaplib",
    "imghdr",
    "imp",
    "importlib",
    "inspect",
    "io",
    "ipaddress",
    "itertools",
    "json",
    "keyword",
    "lib2to3",
    "linecache",
    "locale",
    "logging",
    "lzma",
    "mailbox",
    "mailcap",
    "marshal",
    "math",
    "mimetypes",
    "mmap",
    "modulefinder",
    "msilib",
    "msvcrt",
    "multiprocessing",
    "netrc",
    "nis",
    "nntplib",
    "nt",
    "ntpath",
    "nturl2path",
    "numbers",
    "opcode",
    "operator",
    "optparse",
    "os",
    "ossaudiodev",
    "pathlib",
    "pdb",
    "pickle",
    "pickletools",
    "pipes",
    "pkgutil",
    "platform",
    "plistlib",
    "poplib",
    "posix",
    "posixpath",
    "pprint",
    "profile",
    "pstats",
    "pty",
    "pwd",
    "py_compile",
    "pyclbr",
    "pydoc",
    "pydoc_data",
    "pyexpat",
    "queue",
    "quopri",
    "random",
    "re",
    "readline",
    "reprlib",
    "resource",
    "rlcompleter",
    "runpy",
    "sched",
    "secrets",
    "select",
    "selectors",
    "shelve",
    "shlex",
    "shutil",
    "signal",
    "site",
    "smtpd",
    "smtplib",
    "sndhdr",
    "socket",
    "socketserver",
    "spwd",
    "sqlite3",
    "sre_compile",
    "sre_constants",
    "sre_parse",
    "ssl",
    "stat",
    "statistics",
    "string",
    "stringprep",
    "struct",
    "subprocess",
    "sunau",
    "symtable",
    "sys",
    "sysconfig",
    "syslog",
    "tabnanny",
    "tarfile",
    "telnetlib",
    "tempfile",
    "termios",
    "textwrap",
    "this",
    "threading",
    "time",
    "timeit",
    "tkinter",
    "token",
    "tokenize",
    "tomllib",
    "trace",
    "traceback",
    "tracemalloc",
    "tty",
    "turtle",
    "turtledemo",
    "types",
    "typing",
    "unicodedata",
    "unittest",
    "urllib",
    "uu",
    "uuid",
    "venv",
    "warnings",
    "wave",
    "weakref",
    "webbrowser",
    "winreg",
    "winsound",
    "wsgiref",
    "xdrlib",
    "xml",
    "xmlrpc",
    "zipapp",
    "zipfile",
    "zipimport",
    "zlib",
    "zoneinfo"
  ],
  addedIn: {
    zoneinfo: "3.9",
    graphlib: "3.9",
    tomllib: "3.11"
  },
  removedIn: {
    distutils: "3.12",
    imp: "3.12",
    asynchat: "3.12",
    asyncore: "3.12",
    smtpd: "3.12",
    aifc: "3.13",
    audioop: "3.13",
    cgi: "3.13",
    cgitb: "3.13",
    chunk: "3.13",
    crypt: "3.13",
    imghdr: "3.13",
    mailcap: "3.13",
    msilib: "3.13",
    nis: "3.13",
    nntplib: "3.13",
    ossaudiodev: "3.13",
    pipes: "3.13",
    sndhdr: "3.13",
    spwd: "3.13",
    sunau: "3.13",
    telnetlib: "3.13",
    uu: "3.13",
    xdrlib: "3.13",
    lib2to3: "3.13"
  }
};

// src/dags/data/airflow-provided-modules.json
var airflow_provided_modules_default = {
  $comment: "Import names of packages that apache-airflow 2.10 / 3.1 itself depends on (its install_requires), so every Astro Runtime image has them. Source: apache-airflow's pyproject dependencies (core, not extras). Deliberately short: a module missing here yields a warning the user can silence by adding the package to requirements.txt.",
  modules: [
    "airflow",
    "alembic",
    "argcomplete",
    "asgiref",
    "attr",
    "attrs",
    "blinker",
    "cachetools",
    "certifi",
    "click",
    "colorlog",
    "configupdater",
    "connexion",
    "cron_descriptor",
    "croniter",
    "cryptography",
    "dateutil",
    "deprecated",
    "dill",
    "fastapi",
    "flask",
    "flask_appbuilder",
    "flask_caching",
    "flask_login",
    "flask_session",
    "flask_wtf",
    "fsspec",
    "google",
    "gunicorn",
    "httpx",
    "importlib_metadata",
    "itsdangerous",
    "jinja2",
    "jsonschema",
    "lazy_object_proxy",
    "linkify_it",
    "lockfile",
    "markdown_it",
    "markupsafe",
    "marshmallow",
    "marshmallow_oneofschema",
    "mdit_py_plugins",
    "methodtools",
    "msgspec",
    "opentelemetry",
    "packaging",
    "pathspec",
    "pendulum",
    "pluggy",
    "psutil",
    "pydantic",
    "pygments",
    "pythonjsonlogger",
    "python_slugify",
    "slugify",
    "pytz",
    "requests",
    "requests_toolbelt",
    "rfc3339_validator",
    "rich",
    "rich_argparse",
    "setproctitle",
    "sqlalchemy",
    "sqlalchemy_jsonfield",
    "sqlalchemy_utils",
    "structlog",
    "tabulate",
    "tenacity",
    "termcolor",
    "typing_extensions",
    "universal_pathlib",
    "upath",
    "urllib3",
    "uvicorn",
    "werkzeug",
    "wtforms",
    "yaml",
    "re2",
    "svcs",
    "uuid6",
    "retryhttp"
  ]
};

// src/dags/data/runtime-preinstalled-providers.json
var runtime_preinstalled_providers_default = {
  $comment: "Provider packages preinstalled in Astro Runtime images (so `airflow.providers.<x>` imports work without requirements.txt). Source: Astronomer's runtime image documentation of included providers. 'uncertain' lists ones we could not confirm for every runtime; they are treated as installed (no finding) to avoid false alarms.",
  airflow2: [
    "apache-airflow-providers-amazon",
    "apache-airflow-providers-celery",
    "apache-airflow-providers-cncf-kubernetes",
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
    "apache-airflow-providers-sqlite",
    "astronomer-providers"
  ],
  airflow3: [
    "apache-airflow-providers-standard",
    "apache-airflow-providers-celery",
    "apache-airflow-providers-cncf-kubernetes",
    "apache-airflow-providers-common-io",
    "apache-airflow-providers-common-sql",
    "apache-airflow-providers-common-compat",
    "apache-airflow-providers-fab",
    "apache-airflow-providers-http",
    "apache-airflow-providers-openlineage",
    "apache-airflow-providers-postgres",
    "apache-airflow-providers-smtp",
    "apache-airflow-providers-elasticsearch",
    "apache-airflow-providers-amazon",
    "apache-airflow-providers-google",
    "apache-airflow-providers-microsoft-azure"
  ],
  uncertain: [
    "apache-airflow-providers-amazon",
    "apache-airflow-providers-google",
    "apache-airflow-providers-microsoft-azure",
    "apache-airflow-providers-datadog",
    "apache-airflow-providers-elasticsearch"
  ]
};

// src/dags/module-resolver.ts
var IMPORT_NAMES = {
  pyyaml: ["yaml"],
  "scikit-learn": ["sklearn"],
  beautifulsoup4: ["bs4"],
  "python-dateutil": ["dateutil"],
  pillow: ["PIL"],
  "opencv-python": ["cv2"],
  "opencv-python-headless": ["cv2"],
  "psycopg2-binary": ["psycopg2"],
  "psycopg-binary": ["psycopg"],
  "snowflake-connector-python": ["snowflake"],
  "snowflake-snowpark-python": ["snowflake"],
  "snowflake-sqlalchemy": ["snowflake"],
  pyjwt: ["jwt"],
  protobuf: ["google"],
  "python-dotenv": ["dotenv"],
  "python-slugify": ["slugify"],
  "pymysql": ["pymysql"],
  "mysqlclient": ["MySQLdb"],
  "mysql-connector-python": ["mysql"],
  "google-api-python-client": ["googleapiclient"],
  "msgpack-python": ["msgpack"],
  "attrs": ["attr", "attrs"],
  "dbt-core": ["dbt"],
  "astronomer-cosmos": ["cosmos"],
  "apache-beam": ["apache_beam"],
  "great-expectations": ["great_expectations"],
  "elasticsearch-dsl": ["elasticsearch_dsl"],
  "kubernetes": ["kubernetes"],
  "pyarrow": ["pyarrow"],
  "duckdb": ["duckdb"],
  "delta-spark": ["delta"],
  "pyspark": ["pyspark"],
  "typing-extensions": ["typing_extensions"],
  "ruamel.yaml": ["ruamel"],
  "ruamel-yaml": ["ruamel"]
};
function versionAtLeast(version, minimum) {
  const [a1, a2] = version.split(".").map(Number);
  const [b1, b2] = minimum.split(".").map(Number);
  return (a1 ?? 0) > (b1 ?? 0) || (a1 ?? 0) === (b1 ?? 0) && (a2 ?? 0) >= (b2 ?? 0);
}
function importNamesOf(distribution) {
  const known = IMPORT_NAMES[distribution];
  if (known) return known;
  if (distribution.startsWith("google-")) return ["google"];
  if (distribution.startsWith("azure-")) return ["azure"];
  if (distribution.startsWith("opentelemetry-")) return ["opentelemetry"];
  if (distribution.startsWith("apache-airflow")) return ["airflow"];
  return [distribution.replace(/-/g, "_"), distribution.replace(/-/g, "")];
}
function createModuleResolver(options) {
  const stdlibNames = new Set(
    stdlib_modules_default.modules.filter((name) => {
      const removed = stdlib_modules_default.removedIn[name];
      const added = stdlib_modules_default.addedIn[name];
      return !(removed && versionAtLeast(options.pythonVersion, removed)) && !(added && !versionAtLeast(options.pythonVersion, added));
    })
  );
  const requirementImports = /* @__PURE__ */ new Map();
  for (const dist of options.requirementNames) for (const name of importNamesOf(dist)) requirementImports.set(name.toLowerCase(), dist);
  const requirementDists = new Set(options.requirementNames);
  const airflowDeps = new Set(airflow_provided_modules_default.modules);
  const local = new Set(options.localModules);
  const preinstalledProviders = new Set(options.airflowMajor === 3 ? runtime_preinstalled_providers_default.airflow3 : runtime_preinstalled_providers_default.airflow2);
  return {
    resolve(moduleName) {
      const top = moduleName.split(".")[0] ?? moduleName;
      if (top === "airflow") {
        const provider = /^airflow\.providers\.([A-Za-z0-9_]+(?:\.[A-Za-z0-9_]+)?)/.exec(moduleName);
        if (!provider) return { provided: true, by: "airflow" };
        const parts = provider[1].split(".");
        const candidates = [parts.join("-"), parts[0]].map((p) => `apache-airflow-providers-${p.replace(/_/g, "-")}`);
        const dist = candidates.find((c) => requirementDists.has(c));
        if (dist) return { provided: true, by: "requirements" };
        if (candidates.some((c) => preinstalledProviders.has(c))) return { provided: true, by: "preinstalled-provider" };
        const wanted = parts.length > 1 && ["common", "cncf", "microsoft", "apache"].includes(parts[0]) ? candidates[0] : candidates[1];
        return { provided: false, fix: `add ${wanted} to requirements.txt` };
      }
      if (stdlibNames.has(top)) return { provided: true, by: "stdlib" };
      if (local.has(top)) return { provided: true, by: "local" };
      if (requirementImports.has(top.toLowerCase())) return { provided: true, by: "requirements" };
      if (airflowDeps.has(top)) return { provided: true, by: "airflow-dependency" };
      return {
        provided: false,
        fix: `add the package that provides '${top}' to requirements.txt, or put the module in include/ or plugins/`
      };
    }
  };
}

// src/dags/validate.ts
var BUILTIN_CHECKS = [
  { id: "syntax-error", defaultLevel: "error", description: "The file does not compile with the project's Python (ruff's parser), or cannot be decoded." },
  { id: "airflowignore-invalid", defaultLevel: "warning", description: "A line of .airflowignore that Airflow skips (invalid pattern)." },
  { id: "dags-folder-problem", defaultLevel: "warning", description: "Something in dags/ Airflow cannot read (symlink loop, unreadable file)." },
  { id: "zip-not-checked", defaultLevel: "notice", description: "A zipped DAG bundle: listed, not statically checked." },
  { id: "import-error", defaultLevel: "error", description: "Airflow's DagBag could not import the file (dynamic tier)." },
  { id: "import-timeout", defaultLevel: "error", description: "The file did not finish importing within the import timeout (dynamic tier)." },
  { id: "import-crash", defaultLevel: "error", description: "Importing the file crashed or ended the interpreter (dynamic tier)." },
  { id: "import-warning", defaultLevel: "warning", description: "Airflow warned while importing the file (dynamic tier)." },
  { id: "dynamic-unavailable", defaultLevel: "error", description: "dynamic: required, but no Airflow could be had to import the DAGs." }
];
var SEVERITY_RANK = { notice: 0, warning: 1, error: 2 };
function failsAt(findings, failOn) {
  if (failOn === "never") return false;
  return findings.some((f) => SEVERITY_RANK[f.severity] >= SEVERITY_RANK[failOn]);
}
function assertKnownChecks(settings, configFile) {
  const known = /* @__PURE__ */ new Set([...CHECKS.map((c) => c.id), ...BUILTIN_CHECKS.map((c) => c.id)]);
  for (const id of Object.keys(settings.checks)) {
    if (known.has(id) || /^AIR\d{3}$/.test(id)) continue;
    throw new ConfigurationError(`unknown check '${id}' in validate.checks`, {
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
  const project = await loadProject(entry.root, {
    repoRoot: deps.repoRoot,
    airflowVersionOverride: settings.airflowVersion,
    pythonVersionOverride: settings.pythonVersion
  });
  deps.logger.debug(`${entry.name}: project loaded, ${project.discovery.files.length} candidate files (${elapsed()})`);
  const { analyses, skipped, findings: discoveryFindings } = await analyzeProjectFiles(project, settings, deps);
  deps.logger.debug(`${entry.name}: ${analyses.length} files analysed (${elapsed()})`);
  const levelOf2 = (id, fallback) => settings.checks[id]?.level ?? fallback;
  const findings = [...discoveryFindings];
  const checkSettings = settings.checks;
  const resolver = createModuleResolver({
    pythonVersion: project.pythonVersion,
    airflowMajor: project.airflowMajor,
    requirementNames: project.requirements.map((r) => r.name),
    localModules: project.localModules
  });
  const inventories = [];
  const suppressionsByFile = {};
  for (const analysis of analyses) {
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
      continue;
    }
    const ruffFindings = ruffDiagnosticsToFindings(
      analysis.ruff,
      analysis.file,
      (code) => levelOf2(code, defaultRuffLevel(code, project.airflowMajor, settings.airflow3Readiness)),
      project.airflowMajor
    );
    if (!analysis.inventory) {
      findings.push(...ruffFindings);
      continue;
    }
    inventories.push({ file: analysis.file, inventory: analysis.inventory });
    suppressionsByFile[analysis.file] = analysis.inventory.suppressions;
    findings.push(...applySuppressions(ruffFindings, suppressionsByFile));
    findings.push(...runFileChecks(analysis.inventory, { settings: checkSettings, airflowMajor: project.airflowMajor, resolver, file: analysis.file }));
  }
  findings.push(...runProjectChecks(inventories, { settings: checkSettings, airflowMajor: project.airflowMajor, resolver }));
  deps.logger.debug(`${entry.name}: checks done (${elapsed()})`);
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
    dags: inventories.flatMap((i) => i.inventory.dags),
    findings,
    cache: deps.cache ? { ...deps.cache.stats } : void 0
  };
}
async function analyzeProjectFiles(project, settings, deps) {
  const dagsRel = posix.join(project.relativeRoot, toPosixRelative(project.root, project.dirs.dags));
  const repoPath = (dagRelative) => posix.join(dagsRel, dagRelative);
  const excluded = (0, import_ignore.default)().add(settings.exclude);
  const projectRel = (dagRelative) => posix.join(toPosixRelative(project.root, project.dirs.dags), dagRelative);
  const level = (id, fallback) => settings.checks[id]?.level ?? fallback;
  const findings = [];
  const skipped = [];
  const toRead = [];
  for (const problem of project.discovery.problems) {
    const isIgnoreFile = /\.airflowignore$/.test(problem.file);
    const id = isIgnoreFile ? "airflowignore-invalid" : "dags-folder-problem";
    const lvl = level(id, "warning");
    if (lvl === "off") continue;
    findings.push({ checkId: id, severity: lvl, file: problem.file, line: problem.line ?? 1, message: problem.message, fix: problem.fix });
  }
  for (const found of project.discovery.files) {
    const file = repoPath(found.path);
    if (settings.exclude.length && excluded.ignores(projectRel(found.path))) {
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
    } else toRead.push({ file, absolutePath: found.absolutePath, content: found.content });
  }
  const inputs = await Promise.all(
    toRead.map(async ({ file, absolutePath, content }) => ({ file, bytes: content ?? await readFile2(absolutePath), pythonVersion: project.pythonVersion }))
  );
  const analyses = new Array(inputs.length);
  const misses = [];
  inputs.forEach((input, index) => {
    const key = analysisCacheKey(input.bytes, input.pythonVersion);
    const cached = deps.cache?.get(key);
    if (cached) analyses[index] = { ...cached, file: input.file, inventory: cached.inventory && relocate(cached.inventory, input.file) };
    else misses.push({ index, key });
  });
  deps.logger.debug(`read ${inputs.length} files, ${misses.length} not in the cache`);
  const fresh = await deps.analyzer.analyze(misses.map((m) => inputs[m.index]));
  fresh.forEach((analysis, i) => {
    const miss = misses[i];
    analyses[miss.index] = analysis;
    deps.cache?.set(miss.key, analysis);
  });
  return { analyses, skipped, findings };
}
function relocate(inventory, file) {
  return { ...inventory, dags: inventory.dags.map((dag) => ({ ...dag, file })) };
}
function toPosixRelative(from, to) {
  return posix.normalize(to.slice(from.length).split("\\").join("/").replace(/^\/+/, "")) || ".";
}

// src/commands/validate-dags.ts
async function runValidation(options) {
  const config = await loadConfig({ repoRoot: options.repoRoot, configPath: options.configPath, projectPath: options.projectPath });
  const projects = [];
  for (const entry of config.projects) {
    const cache = options.cacheDir ? await openAnalysisCache(options.cacheDir, entry.relativePath || ".", options.logger) : void 0;
    const result = await validateProject(entry, { repoRoot: config.repoRoot, analyzer: options.analyzer, cache, logger: options.logger }, config.file);
    let dagDiff;
    if (options.baseRef && options.git) {
      dagDiff = await computeDagDiff(result, entry.relativePath, options.baseRef, options.git, options, cache, config.file);
    }
    await cache?.save();
    options.logger.debug(`${entry.name}: cache saved`);
    const dynamic = await runDynamicForProject(result, entry.validate, options);
    const failOn = options.failOn ?? entry.validate.failOn;
    projects.push({ ...result, failOn, failed: failsAt(result.findings, failOn), dagDiff, dynamic });
  }
  const findings = projects.flatMap((p) => p.findings);
  return {
    tool: { name: TOOL_NAME, version: TOOL_VERSION },
    configFile: config.file,
    projects,
    findings,
    counts: {
      errors: findings.filter((f) => f.severity === "error").length,
      warnings: findings.filter((f) => f.severity === "warning").length,
      notices: findings.filter((f) => f.severity === "notice").length,
      dags: projects.reduce((n, p) => n + p.dags.length, 0),
      files: projects.reduce((n, p) => n + p.filesChecked.length, 0)
    },
    failed: projects.some((p) => p.failed)
  };
}
async function runDynamicForProject(result, settings, options) {
  const dynamicOptions = options.dynamic;
  if (!dynamicOptions) return { status: "off", message: "dynamic import checks are off" };
  const setting = dynamicOptions.setting ?? settings.dynamic ?? dynamicOptions.defaults.setting;
  const mode = dynamicOptions.mode ?? settings.airflow ?? dynamicOptions.defaults.mode;
  const tier = await runDynamicTier({
    setting,
    mode,
    projectRoot: result.root,
    repoRoot: options.repoRoot,
    airflowVersion: result.airflowVersion,
    runtimeImage: result.runtimeImage,
    files: result.filesChecked.map((file) => join2(options.repoRoot, file)),
    integrityExceptions: result.dagIntegrityExceptions,
    timeoutSeconds: settings.importTimeout ?? result.importTimeoutSeconds ?? 30,
    cacheDir: dynamicOptions.workDir,
    jobs: dynamicOptions.jobs,
    commandRunner: dynamicOptions.commandRunner,
    processRunner: dynamicOptions.processRunner,
    env: dynamicOptions.env,
    logger: options.logger
  });
  if (tier.status !== "off") options.logger.info(`${result.name}: ${tier.message}`);
  if (tier.status === "ran") {
    const syntaxBroken = new Set(result.findings.filter((f) => f.checkId === "syntax-error").map((f) => f.file));
    result.findings.push(...tier.findings.filter((f) => !(f.checkId === "import-error" && syntaxBroken.has(f.file))));
    result.findings.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.checkId.localeCompare(b.checkId));
    result.dags = mergeDagInventories(result.dags, tier.results, { repoRoot: options.repoRoot });
  } else if (setting === "required" && tier.status !== "off") {
    result.findings.push({ checkId: "dynamic-unavailable", severity: "error", file: result.path ? `${result.path}/Dockerfile` : "Dockerfile", line: 1, message: tier.message, fix: "install Airflow, allow the venv or image mode, or set dynamic: auto" });
  }
  return { status: tier.status, message: tier.message, environment: tier.environment, airflowVersion: tier.airflowVersion };
}
async function computeDagDiff(head, projectPath, baseRef, git, options, cache, configFile) {
  let base = baseRef;
  if (!await git.hasCommit(base)) {
    if (!await git.fetchCommit(base) || !await git.hasCommit(base)) {
      return { status: "skipped", reason: `base commit ${baseRef} is not available (check out with fetch-depth: 0)` };
    }
  }
  base = await git.revParse(base);
  const tree = await git.exportTree(base, projectPath);
  try {
    const baseRoot = join2(tree.dir, projectPath);
    if (!existsSync2(join2(baseRoot, "dags"))) {
      return { status: "computed", base, diff: diffDagInventories([], head.dags) };
    }
    const config = await loadConfig({ repoRoot: tree.dir, projectPath: projectPath || "." }).catch(() => void 0);
    const entry = config?.projects[0];
    if (!entry) return { status: "skipped", reason: "the project could not be read at the base commit" };
    const baseEntry = { ...entry, validate: { ...entry.validate, checks: {} } };
    const baseResult = await validateProject(baseEntry, { repoRoot: tree.dir, analyzer: options.analyzer, cache, logger: options.logger }, configFile);
    return { status: "computed", base, diff: diffDagInventories(baseResult.dags, head.dags) };
  } catch (error) {
    const reason = isConfigurationError(error) ? error.describe() : error.message;
    return { status: "skipped", reason: `the project at the base commit could not be analysed: ${reason}` };
  } finally {
    await tree.cleanup();
  }
}

// src/util/git.ts
import { execFile, spawn } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join as join3 } from "node:path";
function run(cwd, args, options = {}) {
  return new Promise((resolve2, reject) => {
    execFile("git", args, { cwd, maxBuffer: options.maxBuffer ?? 64 * 1024 * 1024, encoding: "utf8" }, (error, stdout, stderr) => {
      if (error) reject(new Error(`git ${args[0]} failed: ${stderr.trim() || error.message}`));
      else resolve2(stdout);
    });
  });
}
function createGit(repoRoot) {
  return {
    async hasCommit(rev) {
      try {
        await run(repoRoot, ["cat-file", "-e", `${rev}^{commit}`]);
        return true;
      } catch {
        return false;
      }
    },
    async fetchCommit(sha) {
      try {
        await run(repoRoot, ["fetch", "--no-tags", "--quiet", "--depth=1", "origin", sha]);
        return true;
      } catch {
        return false;
      }
    },
    async revParse(rev) {
      return (await run(repoRoot, ["rev-parse", "--verify", "--end-of-options", `${rev}^{commit}`])).trim();
    },
    async diffNames(from, to) {
      const out = await run(repoRoot, ["diff", "--name-only", "--no-renames", "-z", from, to, "--"]);
      return out.split("\0").filter(Boolean);
    },
    async isAncestor(ancestor, descendant) {
      try {
        await run(repoRoot, ["merge-base", "--is-ancestor", ancestor, descendant]);
        return true;
      } catch {
        return false;
      }
    },
    async cleanTreeId(path) {
      try {
        const status = await run(repoRoot, ["status", "--porcelain", "--untracked-files=all", "--ignored=matching", "-z", "--", path]);
        const dirty = status.split("\0").filter(Boolean).filter((line) => !/(^|\/)__pycache__\/|\.pyc$/.test(line.slice(3)));
        if (dirty.length) return void 0;
        return (await run(repoRoot, ["rev-parse", `HEAD:${path}`])).trim() || void 0;
      } catch {
        return void 0;
      }
    },
    async currentBranch() {
      const name = (await run(repoRoot, ["rev-parse", "--abbrev-ref", "HEAD"]).catch(() => "")).trim();
      return name && name !== "HEAD" ? name : void 0;
    },
    async remoteUrl() {
      const url = (await run(repoRoot, ["remote", "get-url", "origin"]).catch(() => "")).trim();
      return url || void 0;
    },
    async exportTree(rev, path) {
      const dir = await mkdtemp(join3(tmpdir(), "astro-ci-base-"));
      const cleanup = () => rm(dir, { recursive: true, force: true });
      try {
        await new Promise((resolve2, reject) => {
          const archive = spawn("git", ["archive", "--format=tar", rev, "--", ...path ? [path] : ["."]], { cwd: repoRoot });
          const extract = spawn("tar", ["-x", "-f", "-", "-C", dir]);
          let stderr = "";
          archive.stderr.on("data", (chunk) => stderr += chunk.toString());
          extract.stderr.on("data", (chunk) => stderr += chunk.toString());
          archive.stdout.pipe(extract.stdin);
          let pending = 2;
          let failed = false;
          const done = (name) => (code) => {
            if (code !== 0 && !failed) {
              failed = true;
              reject(new Error(`${name} failed: ${stderr.trim()}`));
            }
            if (--pending === 0 && !failed) resolve2();
          };
          archive.on("error", reject);
          extract.on("error", reject);
          archive.on("close", done("git archive"));
          extract.on("close", done("tar -x"));
        });
        return { dir, cleanup };
      } catch (error) {
        await cleanup();
        throw error;
      }
    }
  };
}

export {
  createDefaultAnalyzer,
  loadConfig,
  describeStatic,
  isEmptyDiff,
  CHECKS,
  BUILTIN_CHECKS,
  runValidation,
  createGit
};
