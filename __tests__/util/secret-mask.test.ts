import { describe, expect, it } from "vitest";
import { createSecretMask } from "../../src/util/secret-mask.js";

const SECRET = 'p@ss w/0rd"<x>';

describe("the secret mask hides a value in the encodings an echo may use (tester 2, stop 30)", () => {
  it.each([
    ["as is", SECRET],
    ["JSON-escaped", JSON.stringify(SECRET).slice(1, -1)],
    ["encodeURIComponent", encodeURIComponent(SECRET)],
    ["escape()", escape(SECRET)],
    ["a form value (spaces as +)", new URLSearchParams({ v: SECRET }).toString().slice(2)],
    ["base64", Buffer.from(SECRET).toString("base64")],
    ["base64url", Buffer.from(SECRET).toString("base64url")],
  ])("%s", (_how, form) => {
    const mask = createSecretMask();
    mask.mask(SECRET);
    const scrubbed = mask.scrub(`the API said: ${form} (400)`);
    expect(scrubbed).not.toContain(form);
    expect(scrubbed).toContain("***");
  });

  it.each(["", "u:", "us:"])("inside a longer base64 text, at every alignment (a basic-auth header of %j + the secret)", (prefix) => {
    const mask = createSecretMask();
    mask.mask(SECRET);
    const header = Buffer.from(`${prefix}${SECRET}`).toString("base64");
    const scrubbed = mask.scrub(`Authorization: Basic ${header}`);
    expect(scrubbed).toContain("***");
    // What is left shows no more than the characters its neighbours share with the secret.
    const left = scrubbed.slice("Authorization: Basic ".length).replace("***", "");
    expect(left.length).toBeLessThanOrEqual(8);
  });

  it("short values and plain text are left alone", () => {
    const mask = createSecretMask();
    mask.mask("abc");
    mask.mask("hunter22");
    expect(mask.scrub("abc and the word hunter are fine; aGVsbG8h is not hunter22's base64")).toBe("abc and the word hunter are fine; aGVsbG8h is not ***'s base64");
  });
});
