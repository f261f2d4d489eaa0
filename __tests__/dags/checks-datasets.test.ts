import { describe, expect, it } from "vitest";
import { datasetUriProblem } from "../../src/dags/checks-datasets.js";

// Each verdict checked with Airflow 2.10.5's own Dataset(...) (airflow/datasets/__init__.py).
describe("datasetUriProblem: what Dataset(uri) raises on Airflow 2.10", () => {
  it.each([
    ["", "Dataset URI cannot be empty"],
    ["\t", "Dataset URI cannot be just whitespace"],
    ["s3://bücket/k", "Dataset URI must only consist of ASCII characters"],
    ["airflow://x", "Dataset scheme 'airflow' is reserved"],
    [" airflow://x", "Dataset scheme 'airflow' is reserved"],
    ["airflow:x", "Dataset scheme 'airflow' is reserved"],
    ["AirFlow://x", "Dataset scheme 'airflow' is reserved"],
    ["a".repeat(3001), "Length of 'uri' must be <= 3000"],
    [`s3://${"a".repeat(3001)}`, "Length of 'uri' must be <= 3000"],
  ])("%j: %s", (uri, problem) => {
    expect(datasetUriProblem(uri)).toBe(problem);
  });

  it.each(["s3://bucket/key", "Airflow+x://y", "1airflow://x", "airflowx://y", "airflow", "x-team://t", "orders_table", "a".repeat(3000)])("%j is taken", (uri) => {
    expect(datasetUriProblem(uri)).toBeUndefined();
  });
});
