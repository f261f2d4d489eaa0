import { beforeAll, describe, expect, it } from "vitest";
import { runFileChecks } from "../../src/dags/checks.js";
import { extractDagInventory } from "../../src/dags/inventory.js";
import { createModuleResolver } from "../../src/dags/module-resolver.js";
import { createPythonParser, type PythonParser } from "../../src/dags/python-parser.js";

/*
 * Required Params on a DAG that can be scheduled (DAG.validate_schedule_and_params, airflow/models/dag.py at 2.10.5):
 * every timetable but NullTimetable can be scheduled. What DagBag 2.10.5 does with the same shapes is in the corpus
 * (scheduled-params); these pin the rule's edges one at a time.
 */
let parser: PythonParser;
beforeAll(async () => {
  parser = await createPythonParser();
});

const resolver = createModuleResolver({ pythonVersion: "3.12", airflowMajor: 2, requirementNames: [], localModules: [] });
const HEADER = `from datetime import datetime, timedelta
from airflow import DAG, Dataset
from airflow.decorators import dag
from airflow.models.param import Param
from airflow.timetables.simple import NullTimetable, OnceTimetable
from airflow.timetables.trigger import CronTriggerTimetable
from airflow.timetables.datasets import DatasetOrTimeSchedule
`;

/** The lines of the Param findings for a file of HEADER then `body`, on Airflow 2 (or 3). */
function paramLines(body: string, airflowMajor: 2 | 3 = 2): number[] {
  const source = HEADER + body;
  const inventory = extractDagInventory(parser.parse(source), source, "dags/x.py");
  return runFileChecks(inventory, { settings: {}, airflowMajor, resolver, file: "dags/x.py" })
    .filter((f) => f.checkId === "dag-argument-invalid" && f.message.includes("can be scheduled"))
    .map((f) => f.line - HEADER.split("\n").length + 1);
}

/** A `with DAG(...)` of `schedule` (a keyword argument, or none) and a required Param, on line 1 of the body. */
const withSchedule = (scheduling: string): string =>
  `with DAG("d", ${scheduling}${scheduling ? ", " : ""}start_date=datetime(2024, 1, 1), params={"x": Param(type="string")}):\n    pass\n`;

describe("required Params on a DAG that can be scheduled", () => {
  it.each([
    ['schedule=CronTriggerTimetable("0 0 * * *", timezone="UTC")'],
    ["schedule=OnceTimetable()"],
    ['schedule=[Dataset("s3://a")]'],
    ["schedule=[]"],
    ['schedule=Dataset("s3://a")'],
    ['schedule=Dataset("s3://a") & (Dataset("s3://b") | Dataset("s3://c"))'],
    ['schedule=DatasetOrTimeSchedule(timetable=NullTimetable(), datasets=[Dataset("s3://a")])'],
    ['schedule="@once"'],
    ['schedule="@continuous", max_active_runs=1'],
    ["schedule=timedelta(days=1)"],
    ['timetable=CronTriggerTimetable("0 0 * * *", timezone="UTC")'],
    ["schedule_interval=timedelta(hours=1)"],
    ["timetable=None"],
    [""],
  ])("%s fails the import", (scheduling) => {
    expect(paramLines(withSchedule(scheduling))).toEqual([1]);
  });

  it.each([["schedule=None"], ["schedule=NullTimetable()"], ['schedule="@daily", schedule_interval=None'], ["timetable=NullTimetable()"]])("%s cannot be scheduled: nothing", (scheduling) => {
    expect(paramLines(withSchedule(scheduling))).toEqual([]);
  });

  it("follows a module-level name bound once to the schedule; says nothing for an unknown one or a project's timetable", () => {
    expect(paramLines(`HOURLY = CronTriggerTimetable("0 * * * *", timezone="UTC")\n${withSchedule("schedule=HOURLY")}`)).toEqual([2]);
    expect(paramLines(`from include.schedules import HOURLY\n${withSchedule("schedule=HOURLY")}`)).toEqual([]);
    expect(paramLines(`from include.timetables import WorkdayTimetable\n${withSchedule("schedule=WorkdayTimetable()")}`)).toEqual([]);
  });

  it("leaves a schedule whose own building fails first to its own finding (a list of strings)", () => {
    expect(paramLines(withSchedule('schedule=["s3://a"]'))).toEqual([]);
  });

  it("no schedule is a daily one on Airflow 2 only", () => {
    expect(paramLines(withSchedule(""), 3)).toEqual([]);
  });
});

describe("@dag function parameters become DAG params", () => {
  const daily = (signature: string, call: string): string =>
    `@dag(schedule="@daily", start_date=datetime(2024, 1, 1))\ndef make(${signature}):\n    pass\n\n\nmake(${call})\n`;

  it("a Param default without a default, or with one its type refuses, fails on a scheduled DAG (at the default)", () => {
    expect(paramLines(daily('x: str = Param(type="string")', ""))).toEqual([2]);
    expect(paramLines(daily('x=Param("five", type="integer")', ""))).toEqual([2]);
    expect(paramLines(daily('*, x=Param(type="string")', ""))).toEqual([2]);
  });

  it("a Param without a default passed in the call is the param as it is (at the call)", () => {
    expect(paramLines(daily("x", 'x=Param(type="string")'))).toEqual([6]);
  });

  it("a value given in the call, by keyword or position, replaces the default; valid defaults are fine", () => {
    expect(paramLines(daily('x=Param(type="string")', 'x="a"'))).toEqual([]);
    expect(paramLines(daily('x=Param(type="string")', '"a"'))).toEqual([]);
    expect(paramLines(daily('x=Param(5, type="integer"), y=None, z=3', ""))).toEqual([]);
  });

  it("says nothing for an unscheduled DAG, a call with a splat, or a call that does not bind", () => {
    expect(paramLines(`@dag(schedule=None, start_date=datetime(2024, 1, 1))\ndef make(x=Param(type="string")):\n    pass\n\n\nmake()\n`)).toEqual([]);
    expect(paramLines(daily('x=Param(type="string")', "**{}"))).toEqual([]);
    expect(paramLines(daily('x=Param(type="string")', "y=1"))).toEqual([]);
  });
});
