import { createRequire as __astroCiCreateRequire } from "node:module";
import { fileURLToPath as __astroCiFileURLToPath } from "node:url";
import { dirname as __astroCiDirname } from "node:path";
const require = __astroCiCreateRequire(import.meta.url);
const __filename = __astroCiFileURLToPath(import.meta.url);
const __dirname = __astroCiDirname(__filename);

// src/github/check-run.ts
var MAX_ANNOTATIONS_PER_REQUEST = 50;
var MAX_OUTPUT_TEXT = 65535;
var MAX_TITLE = 255;
var MAX_MESSAGE_BYTES = 64 * 1024;
var LEVEL = { error: "failure", warning: "warning", notice: "notice" };
function cutBytes(text, maxBytes) {
  if (Buffer.byteLength(text) <= maxBytes) return text;
  return Buffer.from(text).subarray(0, maxBytes - 3).toString("utf8").replace(/\uFFFD+$/, "") + "...";
}
function toAnnotations(findings) {
  const order = { error: 0, warning: 1, notice: 2 };
  return [...findings].sort((a, b) => order[a.severity] - order[b.severity]).map((f) => {
    const endLine = Math.max(f.endLine ?? f.line, f.line);
    const annotation = {
      path: f.file,
      start_line: f.line,
      end_line: endLine,
      annotation_level: LEVEL[f.severity],
      message: cutBytes(f.fix ? `${f.message}
Fix: ${f.fix}` : f.message, MAX_MESSAGE_BYTES),
      title: f.checkId.slice(0, MAX_TITLE)
    };
    if (endLine === f.line && f.column !== void 0) {
      annotation.start_column = f.column;
      annotation.end_column = f.endColumn !== void 0 && f.endColumn >= f.column ? f.endColumn : f.column;
    }
    return annotation;
  });
}
function truncateForGitHub(text, limit, pointer) {
  if (text.length <= limit) return text;
  let cut = text.slice(0, Math.max(0, limit - pointer.length));
  const newline = cut.lastIndexOf("\n");
  if (newline > 0) cut = cut.slice(0, newline);
  return cut + pointer;
}
function isForbidden(error) {
  const status = error.status;
  return status === 403 || status === 404;
}
async function publishCheckRun(client, request, logger) {
  const batches = [];
  for (let i = 0; i < request.annotations.length; i += MAX_ANNOTATIONS_PER_REQUEST) {
    batches.push(request.annotations.slice(i, i + MAX_ANNOTATIONS_PER_REQUEST));
  }
  const output = (annotations) => ({
    title: request.title.slice(0, MAX_TITLE),
    summary: truncateForGitHub(request.summary, MAX_OUTPUT_TEXT, "\n\n\u2026 truncated"),
    ...request.text ? { text: truncateForGitHub(request.text, MAX_OUTPUT_TEXT, "\n\n\u2026 truncated") } : {},
    ...annotations?.length ? { annotations } : {}
  });
  let created;
  try {
    created = await client.rest.checks.create({
      owner: request.owner,
      repo: request.repo,
      name: request.name,
      head_sha: request.headSha,
      status: "in_progress",
      started_at: (/* @__PURE__ */ new Date()).toISOString(),
      ...request.detailsUrl ? { details_url: request.detailsUrl } : {},
      ...request.externalId ? { external_id: request.externalId } : {},
      output: output(batches[0])
    });
  } catch (error) {
    if (isForbidden(error)) return { status: "forbidden", message: error.message };
    throw error;
  }
  const id = created.data.id;
  for (let i = 1; i < batches.length; i++) {
    logger.debug(`check run ${id}: annotation batch ${i + 1}/${batches.length}`);
    await client.rest.checks.update({ owner: request.owner, repo: request.repo, check_run_id: id, output: output(batches[i]) });
  }
  await client.rest.checks.update({
    owner: request.owner,
    repo: request.repo,
    check_run_id: id,
    status: "completed",
    conclusion: request.conclusion,
    completed_at: (/* @__PURE__ */ new Date()).toISOString(),
    output: output(void 0)
  });
  return { status: "published", id, htmlUrl: created.data.html_url ?? "" };
}

export {
  toAnnotations,
  truncateForGitHub,
  publishCheckRun
};
