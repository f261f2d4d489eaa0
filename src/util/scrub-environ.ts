import { closeSync, openSync, readFileSync, readSync, writeSync } from "node:fs";

/**
 * Blanks the values of variables in this process's *initial* environment block, the one Linux shows any process of
 * the same user at `/proc/<pid>/environ`, and keeps them in this process's live environment.
 *
 * Project code astro-ci runs (pytest suites, DAG imports) gets an environment without tokens, but it runs as the same
 * user, and could read astro-ci's own block through /proc (a tester's test read ASTRO_API_TOKEN, GITHUB_TOKEN and
 * the actions' INPUT_GITHUB_TOKEN from `/proc/<parent>/environ`, and later DB_PASS, GH_PAT and SLACK_WEBHOOK_URL,
 * which no secret-looking-name rule caught). That block is the memory the kernel placed at exec
 * (`env_start`..`env_end` in /proc/self/stat); changing `process.env` never touches it. So each hidden value is read,
 * its bytes there overwritten with NULs through /proc/self/mem (a process may write its own memory), and the value
 * set again (setenv keeps a copy on the heap, which /proc does not show). The entries use `hiddenFromProjectCode`:
 * everything project code would not be given is hidden, not only names that look secret.
 *
 * What it cannot do: a process that started astro-ci with the token in its environment (the shell of a workflow
 * step with `env: ASTRO_API_TOKEN`) keeps it in its own block; the README says to `exec` astro-ci or keep such steps
 * apart from ones that run project code. Best effort: anywhere but Linux, or where /proc is not there or refuses the
 * write, nothing changes and the names blanked are none.
 * `mustHide` gets each name and its value (as /proc shows it): a value can make a variable hidden, such as a URL with
 * a password in it (`AIRFLOW__DATABASE__SQL_ALCHEMY_CONN=postgresql://u:secret@db/airflow`).
 * @returns the names whose values were blanked.
 */
export function scrubInheritedSecrets(mustHide: (name: string, value: string) => boolean): string[] {
  if (process.platform !== "linux") return [];
  let fd: number | undefined;
  try {
    const stat = readFileSync("/proc/self/stat", "latin1");
    // Fields after the command name (which may hold spaces and parentheses): the first is field 3 (state).
    const fields = stat.slice(stat.lastIndexOf(")") + 2).trim().split(" ");
    const envStart = Number(fields[50 - 3]);
    const envEnd = Number(fields[51 - 3]);
    const block = readFileSync("/proc/self/environ");
    if (!Number.isSafeInteger(envStart) || envStart <= 0 || envEnd - envStart !== block.length) return [];
    fd = openSync("/proc/self/mem", "r+");
    const scrubbed: string[] = [];
    for (let offset = 0; offset < block.length; ) {
      let end = block.indexOf(0, offset);
      if (end === -1) end = block.length;
      const eq = block.indexOf(0x3d, offset);
      if (eq > offset && eq < end - 1) {
        const name = block.toString("latin1", offset, eq);
        if (mustHide(name, block.toString("utf8", eq + 1, end))) {
          const valueStart = eq + 1;
          const original = block.subarray(valueStart, end);
          // The memory must still hold what /proc showed: never write where the bytes are not that value.
          const inMemory = Buffer.alloc(original.length);
          readSync(fd, inMemory, 0, inMemory.length, envStart + valueStart);
          if (inMemory.equals(original)) {
            const value = process.env[name];
            writeSync(fd, Buffer.alloc(original.length), 0, original.length, envStart + valueStart);
            if (value !== undefined) process.env[name] = value;
            scrubbed.push(name);
          }
        }
      }
      offset = end + 1;
    }
    return scrubbed;
  } catch {
    return [];
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
