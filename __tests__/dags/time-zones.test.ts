import { describe, expect, it } from "vitest";
import { timeZoneProblem } from "../../src/dags/time-zones.js";

// What pendulum 2.1.2 and zoneinfo on Airflow 2.10.5 (Debian tzdata 2025b) load, checked there by hand:
// pendulum.timezone(name) / zoneinfo.ZoneInfo(name).
describe("timeZoneProblem", () => {
  it("accepts IANA zones and links, exactly as written", () => {
    for (const name of ["UTC", "Europe/Paris", "US/Eastern", "America/Argentina/Buenos_Aires", "Etc/GMT+5", "EST5EDT", "Europe/Kyiv"]) {
      expect(timeZoneProblem(name, "pendulum"), name).toBeUndefined();
      expect(timeZoneProblem(name, "zoneinfo"), name).toBeUndefined();
    }
  });

  it("takes 'utc' in any case for pendulum only", () => {
    expect(timeZoneProblem("utc", "pendulum")).toBeUndefined();
    expect(timeZoneProblem("Utc", "pendulum")).toBeUndefined();
    expect(timeZoneProblem("utc", "zoneinfo")).toEqual({ message: "time zone names are case-sensitive", suggestion: "UTC" });
  });

  it("refuses a wrong case, a typo, offsets and made-up names, with the name probably meant", () => {
    expect(timeZoneProblem("europe/paris", "pendulum")?.suggestion).toBe("Europe/Paris");
    expect(timeZoneProblem("Asia/Kolkatta", "pendulum")?.suggestion).toBe("Asia/Kolkata");
    expect(timeZoneProblem("America/Sao_Paolo", "pendulum")?.suggestion).toBe("America/Sao_Paulo");
    for (const name of ["GMT+5", "+05:00", "Z", "local", "Mars/Base", ""]) expect(timeZoneProblem(name, "pendulum"), name).toBeDefined();
  });
});
