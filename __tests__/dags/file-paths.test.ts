import { beforeAll, describe, expect, it } from "vitest";
import { createPythonParser, type PythonParser } from "../../src/dags/python-parser.js";
import { extractDagInventory } from "../../src/dags/inventory.js";
import { fileTail } from "../../src/dags/file-paths.js";
import { isUnknown } from "../../src/core/findings.js";

let parser: PythonParser;
beforeAll(async () => {
  parser = await createPythonParser();
});

const HEADER = "import os\nimport os.path as osp\nfrom os.path import dirname\nfrom pathlib import Path\nfrom airflow import DAG\n";
/** The dag_id of each `DAG(<expression>)`, "?" when unknown, for a file at `file` (repository-relative). */
const idsOf = (expressions: string[], file: string): string[] => {
  const source = HEADER + expressions.map((e, i) => `d${i} = DAG(${e})\n`).join("");
  return extractDagInventory(parser.parse(source), source, file).dags.map((d) => (isUnknown(d.dagId) ? "?" : d.dagId));
};

// Each value was checked against Airflow 2.10.5's DagBag, which imports dags/team_a/export.py by its absolute path.
describe("dag_ids from the DAG file's path (file-paths.ts)", () => {
  it("names the file's folders down from the DAG folder", () => {
    expect(
      idsOf(
        [
          'f"{Path(__file__).parent.name}__{Path(__file__).stem}"',
          'os.path.basename(os.path.dirname(os.path.abspath(__file__))) + "_report"',
          'Path(__file__).with_suffix("").name',
          'Path(__file__).name.replace(".py", "")',
          "os.path.splitext(os.path.basename(__file__))[0]",
          'Path(os.path.dirname(__file__)).name + "_x"',
          "osp.basename(dirname(__file__))",
          'Path(__file__).with_suffix(".cfg").name',
          "Path(__file__).parent.parent.name",
          "os.path.basename(os.path.realpath(__file__))",
        ],
        "dags/team_a/export.py",
      ),
    ).toEqual(["team_a__export", "team_a_report", "export", "export", "export", "team_a_x", "team_a", "export.cfg", "dags", "export.py"]);
  });

  it("stays unknown for what differs between the image and CI, or may follow a symlink", () => {
    expect(
      idsOf(
        [
          // Above the DAG folder: /usr/local/airflow in the image, the checkout's folder in CI.
          "Path(__file__).parent.parent.name",
          "os.path.basename(os.path.dirname(os.path.dirname(__file__)))",
          // The whole path.
          "os.path.dirname(__file__)",
          "str(Path(__file__).parent)",
          // resolve() and realpath() follow symlinks: the folder may not be the one DagBag walked.
          "Path(__file__).resolve().parent.name",
          "os.path.basename(os.path.dirname(os.path.realpath(__file__)))",
          // A str has no .parent/.name; with_suffix refuses "py" (ValueError).
          "__file__.name",
          'Path(__file__).with_suffix("py").name',
        ],
        "dags/top.py",
      ),
    ).toEqual(["?", "?", "?", "?", "?", "?", "?", "?"]);
  });

  it("knows only the base name when the path shows no dags folder", () => {
    expect(idsOf(["Path(__file__).stem", "Path(__file__).parent.name"], "jobs/nightly.py")).toEqual(["nightly", "?"]);
    expect(fileTail("jobs/nightly.py")).toEqual(["nightly.py"]);
    // A project in a folder named dags: only from the deepest dags folder down is certain.
    expect(fileTail("dags/dags/x.py")).toEqual(["dags", "x.py"]);
    expect(fileTail("projects/sales/dags/team/x.py")).toEqual(["dags", "team", "x.py"]);
  });

  it("marks a dag_id from a folder's name as named after its file (the cache then does not move it to another path)", () => {
    const source = `${HEADER}d = DAG(Path(__file__).parent.name)\n`;
    expect(extractDagInventory(parser.parse(source), source, "dags/team_a/x.py").dags[0]).toMatchObject({ dagId: "team_a", dagIdFromFile: true });
  });
});
