import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { reboundIn, reboundNames } from "../../src/dags/rebound-scan.js";

/** The names reboundIn says yes to among every word of `source` (and a few it does not hold). */
const byName = (source: string): string[] => [...new Set([...(source.match(/\w+/g) ?? []), "absent", "x1"])].filter((name) => reboundIn(name, source)).sort();

describe("names a source may bind more than once (reboundNames: all names in one pass)", () => {
  it("says yes to exactly the names reboundIn says yes to, one name at a time", () => {
    const source = `from airflow import DAG
dag = DAG("a")
dag = DAG("b")
one = 1
two: int = 2
two = 3
call(
    dag=dag,
    one=one)
for loop_name in range(3):
    pass
with open("f") as handle:
    pass
# written in a comment: for class Foo
def build():
    global shared
registry.pop("k")
items .clear ()
del gone
table["key"] = 1
obj.attr["key"] = 2
same == 1
same == 2
`;
    const names = byName(source);
    expect(names).toEqual(["Foo", "build", "class", "dag", "gone", "handle", "items", "loop_name", "registry", "shared", "table", "two"]);
    expect([...reboundNames(source)].sort()).toEqual(names);
  });

  it("agrees with reboundIn on every word of the examples and the test corpus", () => {
    const files: string[] = [];
    const walk = (dir: string): void => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) walk(path);
        else if (name.endsWith(".py")) files.push(path);
      }
    };
    walk("examples");
    walk("__tests__/corpus");
    expect(files.length).toBeGreaterThan(100);
    let rebound = 0;
    for (const file of files) {
      const source = readFileSync(file, "utf8");
      const all = reboundNames(source);
      const names = byName(source);
      expect([...all].sort(), file).toEqual(names);
      rebound += names.length;
    }
    expect(rebound).toBeGreaterThan(100);
  });
});
